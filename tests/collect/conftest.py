"""Local aiohttp test servers for the crawler tests (127.0.0.1 and ::1, run in a background thread)."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import web

Routes = Callable[[web.Application], None]


@dataclass
class Server:
    port: int
    log: list[tuple[str, str, str]] = field(default_factory=list)  # (method, host header, path_qs) served
    state: dict[str, object] = field(default_factory=dict)

    def url(self, path: str = "/", host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def hits(self, method: str | None = "GET") -> Counter[str]:
        return Counter(p for m, _, p in self.log if method is None or m == method)


SERVER = web.AppKey("server", Server)  # handlers reach their Server as request.app[SERVER]


def _free_port() -> int:
    with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
        sock.bind(("::", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serve(routes: Routes) -> Iterator[Server]:
    """Serve an app on 127.0.0.1 and ::1 (same port) from a thread; every answered request is logged."""
    server = Server(port=_free_port())

    @web.middleware
    async def logger(request: web.Request, handler: Callable) -> web.StreamResponse:  # type: ignore[type-arg]
        response = await handler(request)
        server.log.append((request.method, request.headers.get("Host", ""), request.path_qs))
        return response

    app = web.Application(middlewares=[logger])
    app[SERVER] = server
    routes(app)
    loop = asyncio.new_event_loop()
    runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=0.5)
    ready = threading.Event()

    async def start() -> None:
        await runner.setup()
        for host in ("127.0.0.1", "::1"):
            await web.TCPSite(runner, host, server.port).start()
        ready.set()

    def run() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(start())
        loop.run_forever()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    ready.wait(10)
    try:
        yield server
    finally:
        fut = asyncio.run_coroutine_threadsafe(runner.cleanup(), loop)
        with contextlib.suppress(Exception):  # a hung handler must not fail the test
            fut.result(5)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)


def html(title: str, links: list[str] = (), body: str = "", charset: str = "utf-8", nav: list[str] = ()) -> str:  # type: ignore[assignment]
    nav_html = "".join(f'<li><a href="{h}">栏目</a></li>' for h in nav)
    items = "".join(f'<li><a href="{h}">链接 {i}</a></li>' for i, h in enumerate(links))
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title></head><body>'
            f'<div class="nav"><ul>{nav_html}</ul></div><ul class="list">{items}</ul>{body}</body></html>')


def page(text: str, status: int = 200, content_type: str = "text/html; charset=utf-8", **headers: str) -> web.Response:
    return web.Response(body=text.encode("utf-8"), status=status, headers={"Content-Type": content_type, **headers})


@pytest.fixture
def site_server() -> Callable[[Routes], contextmanager]:  # type: ignore[type-arg]
    return serve


@pytest.fixture(scope="module")
def sample_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The local sample government sites (govweb.samplesites), built and served once per test module."""
    samplesites = pytest.importorskip("govweb.samplesites")
    root = tmp_path_factory.mktemp("sites")
    samplesites.build(root)
    with samplesites.serve(root) as server:
        yield server
