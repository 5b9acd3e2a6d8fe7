"""Serve an aiohttp application on a free loopback port from a background thread (test and benchmark servers)."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from collections.abc import Iterator

from aiohttp import web


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def serve_app(application: web.Application, port: int, host: str = "127.0.0.1") -> Iterator[None]:
    """Run `application` on host:port until the block ends; a handler still hanging then does not block the exit."""
    loop = asyncio.new_event_loop()
    runner = web.AppRunner(application, handle_signals=False, shutdown_timeout=0.2, access_log=None)
    ready = threading.Event()

    async def start() -> None:
        await runner.setup()
        await web.TCPSite(runner, host, port).start()
        ready.set()

    def run() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(start())
        loop.run_forever()

    thread = threading.Thread(target=run, name=f"server-{port}", daemon=True)
    thread.start()
    if not ready.wait(10):
        raise RuntimeError(f"the server on {host}:{port} did not start")
    try:
        yield
    finally:
        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(5)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
