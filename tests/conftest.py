"""Fixtures for the whole test session: one throwaway PostgreSQL and one redis-server, started on first use on
free loopback ports and stopped at the end (see services.py). Tests that need them are skipped, with the reason,
only when the Debian binaries are not installed; CI installs them (`make install` as root).

One Debian chromium serves the tests that look at the HTML outputs as users do (never `playwright
install`). Playwright's sync API keeps an event loop running in the thread that started it, which would stop
every later `asyncio.run` in the test session; so the browser lives in a thread of its own and tests hand it their
steps: `chromium.run(lambda browser: ...)`.

Also the local sample government sites, built and served once for every test folder that evaluates a round
(tests/campaign, tests/app), and `govweb` (the command line run in-process, tests/clirun.py)."""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from clirun import govweb  # noqa: F401  (the fixture running `govweb ARGS` in-process, for every folder)
from govweb.samplesites import HELD_OUT_FAMILIES, build, serve
from govweb.samplesites.server import SampleServer
from services import PostgresServer, RedisServer, postgres_missing, redis_missing

# Template families the round tests use (held-out families never; the hostile one is slow by design).
ROUND_FAMILIES = ("trs", "hanweb", "dede", "blocked")


@pytest.fixture(autouse=True)
def _store_of_the_test(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Commands that record in the store by default (`govweb evaluate`, in this process or a child) write a store
    of the test's own, never ./govweb.sqlite in the repository."""
    monkeypatch.setenv("GOVWEB_DB", str(tmp_path_factory.mktemp("store", numbered=True) / "govweb.sqlite"))


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


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty store on each database: an SQLite file, or a fresh schema in the session's PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'govweb.sqlite'}"
    server = request.getfixturevalue("postgres_server")
    return str(server.create_schema(request.getfixturevalue("postgres_database")))


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    reason = redis_missing()
    if reason:
        pytest.skip(reason)
    with RedisServer() as server:
        yield server

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
STEPS_TIMEOUT_S = 240
T = TypeVar("T")


class BrowserThread:
    """One chromium for the session, driven from its own thread."""

    def __init__(self) -> None:
        self._thread = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="chromium")
        self._playwright: Any = None
        self._browser: Any = None

    def run(self, steps: Callable[[Any], T]) -> T:
        """Run `steps(browser)` in the browser's thread; its assertion errors come back here."""
        def call() -> T:
            if self._browser is None:
                from playwright.sync_api import sync_playwright

                self._playwright = sync_playwright().start()
                self._browser = self._playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            return steps(self._browser)

        return self._thread.submit(call).result(timeout=STEPS_TIMEOUT_S)

    def close(self) -> None:
        def stop() -> None:
            if self._browser is not None:
                self._browser.close()
                self._playwright.stop()

        self._thread.submit(stop).result(timeout=60)
        self._thread.shutdown()


@pytest.fixture(scope="session")
def chromium() -> Iterator[BrowserThread]:
    """The session's browser (skips without Debian chromium)."""
    if not CHROMIUM.is_file():
        pytest.skip("no Debian chromium")
    browser = BrowserThread()
    try:
        yield browser
    finally:
        browser.close()


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
