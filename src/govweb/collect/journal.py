"""The resume journal: an SQLite file holding the frontier, the results and the committed WARC size.

Every fetch is committed in one transaction together with the URLs it discovered and the WARC end offset, right
after its records were appended to the WARC. After a SIGKILL the WARC is cut back to the committed offset and the
crawl continues from the journal: nothing committed is fetched again, nothing discovered is lost.
A URL is stored as linked (`url`) under its canonical key (`key`, unique): the de-duplication happens on the key.
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
    id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, url TEXT NOT NULL, kind TEXT NOT NULL, depth INTEGER NOT NULL,
    prio INTEGER NOT NULL, referrer TEXT, via INTEGER NOT NULL DEFAULT 0, trail INTEGER NOT NULL DEFAULT 0,
    hops INTEGER NOT NULL DEFAULT 0, state INTEGER NOT NULL DEFAULT 0, requests INTEGER NOT NULL DEFAULT 0, result TEXT);
CREATE INDEX IF NOT EXISTS urls_queue ON urls (depth, prio, id) WHERE state = 0;
CREATE TABLE IF NOT EXISTS pruned (key TEXT PRIMARY KEY, url TEXT NOT NULL, reason TEXT NOT NULL, referrer TEXT,
    depth INTEGER);
CREATE TABLE IF NOT EXISTS aliases (key TEXT NOT NULL, url TEXT NOT NULL, PRIMARY KEY (key, url));
CREATE TABLE IF NOT EXISTS robots (origin TEXT PRIMARY KEY, status INTEGER, body TEXT);
"""


class OldJournal(Exception):
    """A resume journal written by an older govweb (another schema)."""


@dataclass(frozen=True)
class Task:
    id: int
    url: str
    kind: str  # page | attachment | external | robots | sitemap
    depth: int
    referrer: str | None
    via: int = 0  # how it was reached (govweb.collect.traps flags)
    trail: int = 0  # consecutive hops within its own URL pattern (trap guard)
    hops: int = 0  # links from the homepage not counting pagination (what max_depth limits)


@dataclass(frozen=True)
class NewURL:
    url: str  # as linked
    kind: str
    depth: int
    prio: int
    referrer: str | None
    key: str = ""  # canonical key; "" = the URL itself
    via: int = 0
    trail: int = 0
    hops: int | None = None  # None: the depth

    @property
    def row(self) -> tuple[object, ...]:
        hops = self.depth if self.hops is None else self.hops
        return (self.key or self.url, self.url, self.kind, self.depth, self.prio, self.referrer, self.via, self.trail,
                hops)


@dataclass(frozen=True)
class Pruned:
    url: str
    key: str
    reason: str
    referrer: str | None
    depth: int


class Journal:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA cache_size=-8000")  # 8 MB page cache
        columns = {row[1] for row in self.db.execute("PRAGMA table_info(urls)")}
        if columns and "hops" not in columns:
            self.db.close()
            raise OldJournal(str(path))
        self.db.executescript(_SCHEMA)

    # -- meta -----------------------------------------------------------------------------------------
    def get(self, key: str) -> Any:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def set(self, key: str, value: Any) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, json.dumps(value, ensure_ascii=False)))

    # -- frontier -------------------------------------------------------------------------------------
    def all_keys(self) -> Iterator[str]:
        for (key,) in self.db.execute("SELECT key FROM urls UNION ALL SELECT key FROM pruned"):
            yield key

    def lease(self, limit: int, kinds: tuple[str, ...], exclude: Collection[int]) -> list[Task]:
        """The next queued tasks, breadth first (depth, then navigation before other links, then discovery)."""
        marks = ",".join("?" * len(kinds))
        rows = self.db.execute(
            f"SELECT id, url, kind, depth, referrer, via, trail, hops FROM urls WHERE state = 0 AND kind IN ({marks}) "
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
        done: Iterable[tuple[int, dict[str, Any], int]],
        new: Iterable[NewURL] = (),
        pruned: Iterable[Pruned] = (),
        warc_size: int | None = None,
        robots: tuple[str, int | None, str | None] | None = None,
        finished: Iterable[tuple[NewURL, dict[str, Any], int]] = (),
        aliases: Iterable[tuple[str, str]] = (),
        meta: dict[str, Any] | None = None,
        unpruned: Iterable[str] = (),
    ) -> None:
        """One transaction: results of finished tasks `(id, result, requests made)` (or of untracked ones,
        `finished`), newly found URLs, keys taken out of `pruned` (found again from a list: queued now), pruned URLs,
        other spellings of known pages (`aliases`: key, url), robots rules, meta values and the WARC end offset."""
        db = self.db
        db.execute("BEGIN")
        try:
            db.executemany(
                "INSERT OR IGNORE INTO urls (key, url, kind, depth, prio, referrer, via, trail, hops) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [n.row for n in new])
            db.executemany("DELETE FROM pruned WHERE key = ?", [(key,) for key in unpruned])
            db.executemany(
                "UPDATE urls SET state = 1, result = ?, requests = ? WHERE id = ?",
                [(json.dumps(result, ensure_ascii=False), requests, task_id) for task_id, result, requests in done],
            )
            db.executemany(
                "INSERT OR REPLACE INTO urls (key, url, kind, depth, prio, referrer, via, trail, hops, state, requests, "
                "result) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                [(*n.row, requests, json.dumps(r, ensure_ascii=False)) for n, r, requests in finished],
            )
            db.executemany("INSERT OR IGNORE INTO pruned VALUES (?, ?, ?, ?, ?)",
                           [(p.key, p.url, p.reason, p.referrer, p.depth) for p in pruned])
            db.executemany("INSERT OR IGNORE INTO aliases VALUES (?, ?)", list(aliases))
            if robots:
                db.execute("INSERT OR REPLACE INTO robots VALUES (?, ?, ?)", robots)
            for name, value in (meta or {}).items():
                self.set(name, value)
            if warc_size is not None:
                db.execute("INSERT OR REPLACE INTO meta VALUES ('warc_size', ?)", (str(warc_size),))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def robots(self) -> dict[str, tuple[int | None, str | None]]:
        return {o: (s, b) for o, s, b in self.db.execute("SELECT origin, status, body FROM robots")}

    # -- results --------------------------------------------------------------------------------------
    def results(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """Finished tasks in discovery order: (key, crawl.json page entry)."""
        for key, result in self.db.execute("SELECT key, result FROM urls WHERE state = 1 ORDER BY id"):
            yield key, json.loads(result)

    def aliases(self) -> dict[str, list[str]]:
        """Other spellings linked for each key, in the order they were found."""
        found: dict[str, list[str]] = {}
        for key, url in self.db.execute("SELECT key, url FROM aliases ORDER BY rowid"):
            found.setdefault(key, []).append(url)
        return found

    def pruned_rows(self, limit_per_reason: int) -> Iterator[dict[str, Any]]:
        query = (
            "SELECT url, reason, referrer, depth FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY reason ORDER BY rowid) "
            "AS n FROM pruned) WHERE n <= ? ORDER BY reason, url"
        )
        for url, reason, referrer, depth in self.db.execute(query, (limit_per_reason,)):
            yield {"url": url, "reason": reason, "referrer": referrer, "depth": depth}

    def pruned_counts(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT reason, COUNT(*) FROM pruned GROUP BY reason").fetchall())

    def requests(self) -> int:
        """HTTP requests made by finished tasks (redirect hops and retries included)."""
        return int(self.db.execute("SELECT COALESCE(SUM(requests), 0) FROM urls").fetchone()[0])

    def close(self) -> None:
        self.db.close()
