"""Where the store lives: its URL (--db, GOVWEB_DB, or govweb.sqlite here) and the engine that reaches it.

SQLite gets WAL, a busy timeout, foreign keys on, and explicit transactions (BEGIN IMMEDIATE for writes, so two
processes writing at once wait for each other instead of failing); PostgreSQL goes through psycopg 3.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from govweb.errors import BadInput, Problem
from govweb.store.types import dumps_json

ENV_VAR = "GOVWEB_DB"
BUSY_SECONDS = 60
DEFAULT_FILE = "govweb.sqlite"
WRITE = "govweb_write"          # execution option: this connection's transactions write (BEGIN IMMEDIATE on SQLite)
_DRIVERS = {"sqlite": "sqlite", "postgresql": "postgresql+psycopg", "postgres": "postgresql+psycopg"}
_URL_HELP = "应为 sqlite:///路径、postgresql://用户@主机:端口/数据库，或 SQLite 文件路径"


def resolve_url(url: str | None = None) -> URL:
    """The store's URL: `url` (the --db option), else $GOVWEB_DB, else the SQLite file govweb.sqlite in the
    working directory. A bare path means an SQLite file; postgresql:// uses psycopg 3. BadInput otherwise."""
    given = url if url is not None else os.environ.get(ENV_VAR) or DEFAULT_FILE
    text = given.strip()
    if not text:
        raise BadInput("数据库地址为空", [Problem(_URL_HELP)])
    if "://" not in text:
        return URL.create("sqlite", database=str(Path(text).expanduser().absolute()))
    try:
        parsed = make_url(text)
    except ArgumentError:
        raise BadInput(f"无法识别的数据库地址「{text}」", [Problem(_URL_HELP)]) from None
    backend, _, driver = parsed.drivername.partition("+")
    if backend not in _DRIVERS:
        raise BadInput(f"不支持的数据库「{backend}」", [Problem("只支持 SQLite 和 PostgreSQL；" + _URL_HELP)])
    if backend == "sqlite":
        if driver and driver != "pysqlite":
            raise BadInput(f"不支持的 SQLite 驱动「{driver}」", [Problem(_URL_HELP)])
        if not parsed.database or parsed.database == ":memory:":
            raise BadInput("评估数据库不能是内存数据库：请给出 SQLite 文件路径（sqlite:///路径）", [Problem(_URL_HELP)])
        return parsed.set(drivername="sqlite", database=str(Path(parsed.database).expanduser().absolute()))
    if driver and driver != "psycopg":
        raise BadInput(f"不支持的 PostgreSQL 驱动「{driver}」：govweb 使用 psycopg 3（postgresql+psycopg://）",
                       [Problem(_URL_HELP)])
    return parsed.set(drivername=_DRIVERS[backend])


def display(url: URL) -> str:
    """The URL as users may see it (password hidden)."""
    return url.render_as_string(hide_password=True)


def make_engine(url: URL, *, foreign_keys: bool = True) -> Engine:
    """An engine for the store. `foreign_keys=False` is for migrations on SQLite (batch table rebuilds)."""
    if url.get_backend_name() == "postgresql":
        return create_engine(url, pool_pre_ping=True, json_serializer=dumps_json)
    assert url.database, "resolve_url refuses in-memory SQLite"
    Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": BUSY_SECONDS}, json_serializer=dumps_json)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, record: Any) -> None:
        dbapi_connection.isolation_level = None  # transactions are begun below, not by the driver
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_SECONDS * 1000}")
        _use_wal(cursor)
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA cache_size=-65536")  # 64 MiB of page cache: bulk writes touch several indexes
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE" if connection.get_execution_options().get(WRITE) else "BEGIN")

    return engine


def _use_wal(cursor: sqlite3.Cursor) -> None:
    """Put the file in WAL mode (kept in the file). SQLite answers "locked" at once, without waiting its busy
    timeout, when connections opening a new file at the same moment all ask for the switch: wait and ask again."""
    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)
