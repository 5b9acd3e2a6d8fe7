"""Services for the whole test session: one throwaway PostgreSQL and one redis-server, started on first use on
free loopback ports and stopped at the end (see services.py). Tests that need them are skipped, with the reason,
only when the Debian binaries are not installed; CI installs them (`make install` as root)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from services import PostgresServer, RedisServer, postgres_missing, redis_missing


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    reason = postgres_missing()
    if reason:
        pytest.skip(reason)
    with PostgresServer() as server:
        yield server


@pytest.fixture(scope="session")
def postgres_database(postgres_server: PostgresServer) -> str:
    """One database for the session; tests take a fresh schema in it (`postgres_server.create_schema`)."""
    return postgres_server.create_database()


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    reason = redis_missing()
    if reason:
        pytest.skip(reason)
    with RedisServer() as server:
        yield server
