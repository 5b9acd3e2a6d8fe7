"""What pages compute once and reuse: an LRU of values keyed by a round's stamp (a tuple that changes whenever
the round's results, status or decisions change, `store.browse.stamp`). Stamps and round records are read again
at most every `ttl` seconds — another process's change shows within that — and this process's own writes clear
them at once (the server calls `invalidate` after every POST)."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

from govweb.store import RoundInfo, Store

T = TypeVar("T")


class PageCache:
    def __init__(self, store: Store, *, size: int = 1024, ttl: float = 1.0) -> None:
        self._store = store
        self._size = size
        self._ttl = ttl
        self._values: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._rounds: dict[str, tuple[float, RoundInfo, tuple[Any, ...]]] = {}
        self._lock = threading.Lock()

    def _fresh(self, name: str) -> tuple[RoundInfo, tuple[Any, ...]]:
        found = self._rounds.get(name)
        now = time.monotonic()
        if found is not None and now - found[0] < self._ttl:
            return found[1], found[2]
        info = self._store.round(name)
        stamp = (name, info.methodology_sha256, *self._store.browse.stamp(name))
        self._rounds[name] = (now, info, stamp)
        return info, stamp

    def round(self, name: str) -> RoundInfo:
        return self._fresh(name)[0]

    def stamp(self, name: str) -> tuple[Any, ...]:
        return self._fresh(name)[1]

    def get(self, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
        with self._lock:
            if key in self._values:
                self._values.move_to_end(key)
                return self._values[key]  # type: ignore[no-any-return]
        value = compute()
        with self._lock:
            self._values[key] = value
            while len(self._values) > self._size:
                self._values.popitem(last=False)
        return value

    def invalidate(self) -> None:
        self._rounds.clear()
