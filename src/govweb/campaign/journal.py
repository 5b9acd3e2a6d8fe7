"""The round journal: an SQLite file that records each site's state, so a killed round resumes where it was.

States: pending → running → done | failed | skipped. A site in `done` is never inspected again; a site left in
`running` by a killed process is picked up again and its crawl folder resumes; `failed` is retried on the next run.
"""

from __future__ import annotations

import datetime
import sqlite3
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from govweb.errors import BadInput

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sites (
    code TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    started TEXT, finished TEXT, seconds REAL, exit_code INTEGER, error TEXT
);
"""


@dataclass(frozen=True)
class SiteState:
    code: str
    state: str
    attempts: int
    seconds: float | None
    exit_code: int | None
    error: str | None


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")


class Journal:
    """Thread-safe: one connection in autocommit mode behind a lock; every change is durable on return."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def bind(self, parameters: Mapping[str, str]) -> None:
        """Record the round's parameters; a rerun with different ones is refused (exit 2)."""
        with self._lock:
            stored = dict(self._db.execute("SELECT key, value FROM meta").fetchall())
            if not stored:
                self._db.executemany("INSERT INTO meta VALUES (?, ?)", sorted(parameters.items()))
                return
        changed = [key for key, value in parameters.items() if stored.get(key) != value]
        if changed:
            lines = "；".join(f"{key}：上次「{stored.get(key)}」，本次「{parameters[key]}」" for key in changed)
            raise BadInput(f"输出目录中已有参数不同的评估轮次（{self.path}），无法续跑：{lines}。"
                           "请换一个 --out 目录，或删除该目录后重新开始")

    def add_sites(self, codes: Iterable[str]) -> None:
        with self._lock:
            self._db.executemany("INSERT OR IGNORE INTO sites (code, position) VALUES (?, ?)",
                                 [(code, n) for n, code in enumerate(codes)])

    def start(self, code: str) -> None:
        with self._lock:
            self._db.execute("UPDATE sites SET state='running', attempts=attempts+1, started=?, error=NULL "
                             "WHERE code=?", (_now(), code))

    def finish(self, code: str, state: str, seconds: float, exit_code: int | None, error: str | None) -> None:
        with self._lock:
            self._db.execute("UPDATE sites SET state=?, finished=?, seconds=?, exit_code=?, error=? WHERE code=?",
                             (state, _now(), seconds, exit_code, error, code))

    def states(self) -> dict[str, SiteState]:
        with self._lock:
            rows = self._db.execute("SELECT code, state, attempts, seconds, exit_code, error FROM sites "
                                    "ORDER BY position").fetchall()
        return {row[0]: SiteState(*row) for row in rows}

