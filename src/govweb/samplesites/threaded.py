"""Serve an aiohttp application on a free loopback port from a background thread (test and benchmark servers)."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import ssl
import threading
from collections.abc import Iterator, Sequence

from aiohttp import web


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def serve_app(application: web.Application, port: int | Sequence[tuple[int, ssl.SSLContext | None]],
              host: str = "127.0.0.1") -> Iterator[None]:
    """Run `application` on host:port (or on each (port, TLS context) of a list) until the block ends; a handler
    still hanging then does not block the exit. A port that cannot be bound raises its OSError here."""
    listeners = [(port, None)] if isinstance(port, int) else list(port)
    loop = asyncio.new_event_loop()
    runner = web.AppRunner(application, handle_signals=False, shutdown_timeout=0.2, access_log=None)
    ready = threading.Event()
    failed: list[BaseException] = []

    async def start() -> None:
        await runner.setup()
        for number, tls in listeners:
            await web.TCPSite(runner, host, number, ssl_context=tls, reuse_address=True).start()

    def run() -> None:
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(start())
        except BaseException as exc:  # reported to the starting thread
            failed.append(exc)
            loop.run_until_complete(runner.cleanup())
            return
        finally:
            ready.set()
        loop.run_forever()

    thread = threading.Thread(target=run, name=f"server-{listeners[0][0]}", daemon=True)
    thread.start()
    if not ready.wait(10):
        raise RuntimeError(f"the server on {host}:{listeners[0][0]} did not start")
    if failed:
        raise failed[0]
    try:
        yield
    finally:
        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(5)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
