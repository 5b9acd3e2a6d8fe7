"""Bulk upserts of many rows in one statement per batch, fast on both databases.

SQLAlchemy's executemany spends most of its time building a parameter dict per row; a national round writes
hundreds of thousands of findings. Here values are converted column by column (JSON to text with the engine's
serialiser, the rest through the column type's own bind processor, e.g. the UTC+8 datetime type), then:
* SQLite: one `INSERT … ON CONFLICT … DO UPDATE` executed with the driver's executemany;
* PostgreSQL: for many rows, COPY into a temporary table, then one `INSERT … SELECT … ON CONFLICT … DO UPDATE` —
  PostgreSQL's recommended way to load many rows (psycopg 3's copy support); for a few, a pipelined executemany.
`keys` name a unique constraint; on conflict every other column is updated except `keep` (KEEP_ALL: nothing),
and `fill` columns only where the new value is not null.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import JSON, Column, Connection, Table

from govweb.store.types import dumps_json

COPY_FROM = 200  # rows from which PostgreSQL loads through COPY and a temporary table
KEEP_ALL = ("*",)  # keep: an existing row stays as it is (ON CONFLICT DO NOTHING)


def _conflict_clause(table: Table, columns: Sequence[str], keys: Sequence[str], keep: Sequence[str],
                     fill: Sequence[str], quote: Callable[[str], str]) -> str:
    if not keys:
        return ""
    name = quote(table.name)
    updates = [] if keep == KEEP_ALL else [c for c in columns if c not in keys and c not in keep]
    if not updates:
        return f" ON CONFLICT ({', '.join(map(quote, keys))}) DO NOTHING"
    sets = ", ".join(
        f"{quote(c)} = COALESCE(excluded.{quote(c)}, {name}.{quote(c)})" if c in fill else f"{quote(c)} = excluded.{quote(c)}"
        for c in updates)
    return f" ON CONFLICT ({', '.join(map(quote, keys))}) DO UPDATE SET {sets}"


def bulk_upsert(connection: Connection, table: Table, rows: Sequence[dict[str, Any]], *, keys: Sequence[str] = (),
                keep: Sequence[str] = (), fill: Sequence[str] = ()) -> None:
    """Insert `rows` (dicts with the same keys) into `table`; with `keys`, upsert on that unique constraint."""
    if not rows:
        return
    columns = list(rows[0])
    values = list(zip(*(_column_values(connection, table.c[name], [row[name] for row in rows]) for name in columns),
                      strict=True))
    quote = connection.dialect.identifier_preparer.quote
    listed = ", ".join(map(quote, columns))
    conflict = _conflict_clause(table, columns, keys, keep, fill, quote)
    driver = connection.connection.driver_connection
    assert driver is not None
    if connection.dialect.name != "postgresql":
        marks = ", ".join("?" for _ in columns)
        cursor = driver.cursor()
        try:
            cursor.executemany(f"INSERT INTO {quote(table.name)} ({listed}) VALUES ({marks}){conflict}", values)
        finally:
            cursor.close()
        return
    with driver.cursor() as cursor:
        if len(values) < COPY_FROM:  # a few rows (one site): no temporary table, one pipelined executemany
            marks = ", ".join("%s" for _ in columns)
            cursor.executemany(f"INSERT INTO {quote(table.name)} ({listed}) VALUES ({marks}){conflict}", values)
            return
        staging = quote(f"_bulk_{table.name}")
        cursor.execute(f"CREATE TEMPORARY TABLE {staging} AS SELECT {listed} FROM {quote(table.name)} WITH NO DATA")
        with cursor.copy(f"COPY {staging} ({listed}) FROM STDIN") as copy:
            for row in values:
                copy.write_row(row)
        cursor.execute(f"INSERT INTO {quote(table.name)} ({listed}) SELECT {listed} FROM {staging}{conflict}")
        cursor.execute(f"DROP TABLE {staging}")


def _column_values(connection: Connection, column: Column[Any], values: list[Any]) -> list[Any]:
    """A column's values as the driver takes them: JSON as text, others through the column type's processor."""
    if isinstance(column.type, JSON):
        return [None if value is None else dumps_json(value) for value in values]
    process = column.type.dialect_impl(connection.dialect).bind_processor(connection.dialect)
    return values if process is None else [None if value is None else process(value) for value in values]
