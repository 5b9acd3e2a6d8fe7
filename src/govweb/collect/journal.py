"""The resume journal: an SQLite file holding the frontier, the results and the committed WARC size.

Every fetch is committed in one transaction together with the URLs it discovered and the WARC end offset, right
after its records were appended to the WARC. After a SIGKILL the WARC is cut back to the committed offset and the
crawl continues from the journal: nothing committed is fetched again, nothing discovered is lost.
All methods must be called from one thread (the crawler's journal thread).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

QUEUED, DONE = 0, 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS urls (
    id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, depth INTEGER NOT NULL,
    prio INTEGER NOT NULL, referrer TEXT, state INTEGER NOT NULL DEFAULT 0, result TEXT);
CREATE INDEX IF NOT EXISTS urls_queue ON urls (depth, prio, id) WHERE state = 0;
CREATE TABLE IF NOT EXISTS pruned (url TEXT PRIMARY KEY, reason TEXT NOT NULL, referrer TEXT, depth INTEGER);
CREATE TABLE IF NOT EXISTS robots (origin TEXT PRIMARY KEY, status INTEGER, body TEXT);
"""


@dataclass(frozen=True)
class Task:
    id: int
    url: str
    kind: str  # page | attachment | external | robots | sitemap
    depth: int
    referrer: str | None


@dataclass(frozen=True)
class NewURL:
    url: str
    kind: str
    depth: int
    prio: int
    referrer: str | None


class Journal:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA cache_size=-8000")  # 8 MB page cache
        self.db.executescript(_SCHEMA)

    # -- meta -----------------------------------------------------------------------------------------
    def get(self, key: str) -> Any:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def set(self, key: str, value: Any) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, json.dumps(value, ensure_ascii=False)))

    # -- frontier -------------------------------------------------------------------------------------
    def all_urls(self) -> Iterator[str]:
        for (url,) in self.db.execute("SELECT url FROM urls"):
            yield url

    def lease(self, limit: int, kinds: tuple[str, ...], exclude: Collection[int]) -> list[Task]:
        """The next queued tasks, breadth first (depth, then navigation before other links, then discovery)."""
        marks = ",".join("?" * len(kinds))
        rows = self.db.execute(
            f"SELECT id, url, kind, depth, referrer FROM urls WHERE state = 0 AND kind IN ({marks}) "
            "ORDER BY depth, prio, id LIMIT ?",
            (*kinds, limit + len(exclude)),
        ).fetchall()
        return [Task(*row) for row in rows if row[0] not in exclude][:limit]

    def count(self, kind: str | None = None, state: int | None = None) -> int:
        sql, args = "SELECT COUNT(*) FROM urls WHERE 1", list[object]()
        if kind:
            sql, args = sql + " AND kind = ?", [*args, kind]
        if state is not None:
            sql, args = sql + " AND state = ?", [*args, state]
        return int(self.db.execute(sql, args).fetchone()[0])

    def commit(
        self,
        done: Iterable[tuple[int, dict[str, Any]]],
        new: Iterable[NewURL] = (),
        pruned: Iterable[tuple[str, str, str | None, int]] = (),
        warc_size: int | None = None,
        robots: tuple[str, int | None, str | None] | None = None,
        finished: Iterable[tuple[NewURL, dict[str, Any]]] = (),
    ) -> None:
        """One transaction: results of finished tasks (or of untracked ones, `finished`), newly found URLs, pruned
        URLs, robots rules and the WARC end offset."""
        db = self.db
        db.execute("BEGIN")
        try:
            db.executemany(
                "INSERT OR IGNORE INTO urls (url, kind, depth, prio, referrer) VALUES (?, ?, ?, ?, ?)",
                [(n.url, n.kind, n.depth, n.prio, n.referrer) for n in new],
            )
            db.executemany(
                "UPDATE urls SET state = 1, result = ? WHERE id = ?",
                [(json.dumps(result, ensure_ascii=False), task_id) for task_id, result in done],
            )
            db.executemany(
                "INSERT OR REPLACE INTO urls (url, kind, depth, prio, referrer, state, result) VALUES (?, ?, ?, ?, ?, 1, ?)",
                [(n.url, n.kind, n.depth, n.prio, n.referrer, json.dumps(r, ensure_ascii=False)) for n, r in finished],
            )
            db.executemany("INSERT OR IGNORE INTO pruned VALUES (?, ?, ?, ?)", list(pruned))
            if robots:
                db.execute("INSERT OR REPLACE INTO robots VALUES (?, ?, ?)", robots)
            if warc_size is not None:
                db.execute("INSERT OR REPLACE INTO meta VALUES ('warc_size', ?)", (str(warc_size),))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def robots(self) -> dict[str, tuple[int | None, str | None]]:
        return {o: (s, b) for o, s, b in self.db.execute("SELECT origin, status, body FROM robots")}

    # -- results --------------------------------------------------------------------------------------
    def results(self) -> Iterator[dict[str, Any]]:
        """Finished tasks in discovery order, as crawl.json page entries."""
        for (result,) in self.db.execute("SELECT result FROM urls WHERE state = 1 ORDER BY id"):
            yield json.loads(result)

    def pruned_rows(self, limit_per_reason: int) -> Iterator[dict[str, Any]]:
        query = (
            "SELECT url, reason, referrer, depth FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY reason ORDER BY rowid) "
            "AS n FROM pruned) WHERE n <= ? ORDER BY reason, url"
        )
        for url, reason, referrer, depth in self.db.execute(query, (limit_per_reason,)):
            yield {"url": url, "reason": reason, "referrer": referrer, "depth": depth}

    def pruned_counts(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT reason, COUNT(*) FROM pruned GROUP BY reason").fetchall())

    def close(self) -> None:
        self.db.close()
