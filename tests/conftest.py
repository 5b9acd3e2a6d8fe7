"""Services for the whole test session: one throwaway PostgreSQL and one redis-server, started on first use on
free loopback ports and stopped at the end (see services.py). Tests that need them are skipped, with the reason,
only when the Debian binaries are not installed; CI installs them (`make install` as root).

Also the local sample government sites, built and served once for every test folder that evaluates a round
(tests/campaign, tests/app)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from clirun import govweb  # noqa: F401  (the fixture running `govweb ARGS` in-process, for every folder)
from govweb.samplesites import HELD_OUT_FAMILIES, build, serve
from govweb.samplesites.server import SampleServer
from services import PostgresServer, RedisServer, postgres_missing, redis_missing

# Template families the round tests use (held-out families never; the hostile one is slow by design).
ROUND_FAMILIES = ("trs", "hanweb", "dede", "blocked")


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


@pytest.fixture(scope="session")
def sample_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SampleServer]:
    out = tmp_path_factory.mktemp("round-samplesites")
    build(out)
    with serve(out) as srv:
        yield srv


@pytest.fixture(scope="session")
def round_sites(sample_server: SampleServer) -> list[dict[str, str]]:
    """One site per family above (first of each), as sites-file rows with the served port."""
    chosen: dict[str, dict[str, str]] = {}
    for s in sample_server.sites:
        assert s.family not in HELD_OUT_FAMILIES or s.family not in ROUND_FAMILIES
        if s.family in ROUND_FAMILIES and s.family not in chosen and s.level != "部门":
            chosen[s.family] = {"网站标识码": s.sid, "名称": s.name, "首页网址": s.url, "级别": s.level,
                                "行政区划代码": s.admin_code, "family": s.family}
    return [chosen[f] for f in ROUND_FAMILIES]
