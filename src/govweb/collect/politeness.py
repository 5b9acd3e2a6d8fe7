"""Per-host politeness: requests to one host are spaced by the larger of --delay and robots Crawl-delay."""

from __future__ import annotations

import asyncio
import time


class HostGate:
    def __init__(self) -> None:
        self._next: dict[str, float] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def wait(self, host: str, delay: float) -> None:
        """Return when a request to `host` may start, `delay` seconds after the previous one."""
        if delay <= 0:
            return
        lock = self._locks.setdefault(host, asyncio.Lock())
        async with lock:
            now = time.monotonic()
            ready = self._next.get(host, 0.0)
            if ready > now:
                await asyncio.sleep(ready - now)
            self._next[host] = time.monotonic() + delay
