"""Column types that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from typing import Any

from sqlalchemy import DateTime, Dialect, Numeric
from sqlalchemy.types import TypeDecorator

# The project's clock: China Standard Time (UTC+8), as every date and time users see.
SHANGHAI = datetime.timezone(datetime.timedelta(hours=8))


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # one encoder: json.dumps builds one per call


def dumps_json(value: Any) -> str:
    """JSON as the store writes it (the engine's serialiser too): UTF-8 text, Chinese kept readable, compact."""
    return _ENCODER.encode(value)


def now() -> datetime.datetime:
    """The current time in UTC+8 (what the store records when a caller gives no time)."""
    return datetime.datetime.now(SHANGHAI)


class ShanghaiDateTime(TypeDecorator[datetime.datetime]):
    """An aware datetime, read back in UTC+8 on every database.

    PostgreSQL keeps `timestamptz`; SQLite has no time zones, so the wall-clock time in UTC+8 is stored and the
    offset put back on reading. Naive datetimes are refused: a time without its zone is a bug."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime.datetime | None, dialect: Dialect) -> datetime.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: give a time zone (the project uses UTC+8)")
        local = value.astimezone(SHANGHAI)
        return local.replace(tzinfo=None) if dialect.name == "sqlite" else local

    def process_result_value(self, value: datetime.datetime | None, dialect: Dialect) -> datetime.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=SHANGHAI)
        return value.astimezone(SHANGHAI)


class ExactDecimal(TypeDecorator[Decimal]):
    """A decimal figure (a total such as 94.8) read back exactly as written, without padding to a fixed scale.

    Stored as NUMERIC; SQLite hands back a float, whose shortest repr is the decimal written for figures with
    up to 15 significant digits (every published figure)."""

    impl = Numeric(asdecimal=False)
    cache_ok = True

    def process_bind_param(self, value: Decimal | float | int | None, dialect: Dialect) -> Any:
        return None if value is None else Decimal(str(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(repr(float(value)))
