"""A round on two Celery workers (real redis-server and PostgreSQL, started by the session fixtures) gives the
results of the in-process run — as it is, with a worker SIGKILLed mid-round, and with the broker restarted
(without persistence) mid-round. 20 distinct generated sample sites on loopback, no rendering, few pages."""

from __future__ import annotations

import concurrent.futures as cf
import datetime
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from govweb.campaign import RoundOptions, RoundReport, run_round
from govweb.samplesites import build, serve
from govweb.samplesites.build import sites_csv
from govweb.samplesites.server import SampleServer
from govweb.samplesites.tether import tethered
from govweb.store import open_store
from services import PostgresServer, RedisServer

pytestmark = pytest.mark.timeout(600)

SITES = 20
AS_OF = datetime.date(2020, 11, 26)
CRAWL = ("--max-pages", "8", "--render", "never", "-s", "concurrency=1", "-s", "delay=0.25")
# one fetch at a time: the same pages whichever machine crawls them (a max-pages cut after concurrent fetches
# depends on timing); a polite delay keeps a site under way for ~2 s, long enough to kill its worker mid-site
# (in-process, a site of 8 loopback pages otherwise ends in a fraction of a second)
LEASE_SECONDS = 8.0
ROUND_TIMEOUT_S = 420


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SampleServer, Path]]:
    base = tmp_path_factory.mktemp("scale-sites")
    build(base / "sites", as_of=AS_OF, sites=SITES)
    with serve(base / "sites") as server:
        registry = base / "sites.csv"
        registry.write_text(sites_csv(server.meta["sites"], server.port), encoding="utf-8")
        yield server, registry


def options(generated: tuple[SampleServer, Path], out: Path, **kw: object) -> RoundOptions:
    server, registry = generated
    return RoundOptions(sites=registry, as_of=AS_OF, out=out, concurrency=2, resolve=tuple(server.resolve_args()),
                        crawl_args=CRAWL, screenshots=False, publication_formats=(".md",), diagnosis_formats=(),
                        progress=False, **kw)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def in_process(generated: tuple[SampleServer, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The reference: the round in this process (LocalExecutor), recorded in an SQLite store beside it."""
    base = tmp_path_factory.mktemp("in-process")
    report = run_round(options(generated, base / "round", store=f"sqlite:///{base / 'govweb.sqlite'}"))
    assert report.sites == SITES and report.inspected_now == SITES
    return base / "round"


def tables(out: Path) -> tuple[str, str]:
    return ((out / "results.csv").read_text(encoding="utf-8-sig"),
            (out / "not-ranked.csv").read_text(encoding="utf-8-sig"))


class Workers:
    """Two `govweb worker` processes on the broker, one job at a time each."""

    def __init__(self, broker: str, log_dir: Path) -> None:
        self.procs = [subprocess.Popen(tethered(  # SIGQUIT: celery's cold shutdown, pool included
            [sys.executable, "-c", "from govweb.cli import main; main()", "worker", "--broker", broker,
             "--concurrency", "1", "--name", f"w{n}@test"], signal.SIGQUIT),
            stdout=open(log_dir / f"worker{n}.log", "wb"), stderr=subprocess.STDOUT)  # noqa: SIM115
            for n in (1, 2)]

    def stop(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.kill()
            proc.wait(timeout=30)
            assert proc.stdout is None or proc.stdout.close() is None


@pytest.fixture
def broker(redis_server: RedisServer, request: pytest.FixtureRequest) -> str:
    """A Redis database of its own per test (messages of one test never reach another's workers)."""
    return redis_server.url.rsplit("/", 1)[0] + f"/{len(request.node.name) % 15 + 1}"


@pytest.fixture
def workers(broker: str, tmp_path: Path) -> Iterator[Workers]:
    started = Workers(broker, tmp_path)
    try:
        yield started
    finally:
        started.stop()


@pytest.fixture
def store_url(postgres_server: PostgresServer, postgres_database: str) -> str:
    return postgres_server.create_schema(postgres_database, "scale")


def distributed(generated: tuple[SampleServer, Path], out: Path, broker: str, store: str,
                meanwhile: Callable[[], None] | None = None) -> RoundReport:
    """The round dispatched to the workers (this process follows it); `meanwhile` runs while it is under way."""
    from govweb.workers import CeleryExecutor

    executor = CeleryExecutor(broker, lease_seconds=LEASE_SECONDS, poll_seconds=0.5)
    with cf.ThreadPoolExecutor(1) as pool:
        future = pool.submit(run_round, options(generated, out, store=store, executor=executor))
        if meanwhile is not None:
            meanwhile()
        return future.result(timeout=ROUND_TIMEOUT_S)


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    pytest.fail(f"timed out waiting for {what}")


def states(store: str) -> dict[str, tuple[str, str | None, int]]:
    with open_store(store) as opened:
        if not opened.rounds():
            return {}
        return {code: (s.status, s.worker_id, s.attempts) for code, s in opened.job_states("round").items()}


def test_two_workers_give_the_in_process_results(generated: tuple[SampleServer, Path], in_process: Path,
                                                  tmp_path: Path, broker: str, workers: Workers,
                                                  store_url: str) -> None:
    report = distributed(generated, tmp_path / "round", broker, store_url)
    assert report.inspected_now == SITES
    assert tables(tmp_path / "round") == tables(in_process)
    final = states(store_url)
    assert len(final) == SITES and all(attempts == 1 for _, _, attempts in final.values())  # nothing twice
    with open_store(store_url) as store:
        assert len(store.results("round")) >= report.ranked > 0
        workers_seen = {s.worker_id for s in store.inspections("round")}
        assert workers_seen == {None}  # every lease released
    logs = [(tmp_path / f"worker{n}.log").read_text(errors="replace") for n in (1, 2)]
    assert all("succeeded" in log for log in logs)  # both workers took sites


def test_a_worker_killed_and_the_broker_restarted_mid_round_lose_nothing(
        generated: tuple[SampleServer, Path], in_process: Path, tmp_path: Path, broker: str, workers: Workers,
        store_url: str, redis_server: RedisServer) -> None:
    """SIGKILL of a worker in the middle of a site: its lease expires, the dispatcher sends the site again, the
    other worker takes it over and its crawl resumes. Then a broker restart that forgets every queued message:
    the dispatcher sends again every site no worker has taken. (One round for both, to keep the suite short.)"""
    victim = workers.procs[0]
    killed: dict[str, str] = {}

    def finished() -> int:
        return sum(1 for status, _, _ in states(store_url).values() if status in ("measured", "not-measured"))

    def held_by_victim() -> list[str]:
        return [code for code, (status, worker, _) in states(store_url).items()
                if status == "running" and worker and f":{victim.pid}:" in worker]

    def victim_frozen_on_a_site() -> bool:
        """Stop the victim (one process: its jobs run in threads) and read what it holds: a site it finished
        between a read and the kill would otherwise be taken for the interrupted one."""
        if not (held_by_victim() and finished() >= 2):
            return False
        os.kill(victim.pid, signal.SIGSTOP)
        held = held_by_victim()
        if held:
            killed["site"] = held[0]
            return True
        os.kill(victim.pid, signal.SIGCONT)
        return False

    def disrupt() -> None:
        wait_for(victim_frozen_on_a_site, "the first worker to be inspecting a site")
        os.kill(victim.pid, signal.SIGKILL)
        wait_for(lambda: finished() >= 6, "more sites to be inspected")
        redis_server.restart()  # no persistence: every queued message is gone

    report = distributed(generated, tmp_path / "round", broker, store_url, disrupt)
    assert victim.wait(timeout=10) == -signal.SIGKILL
    assert report.inspected_now == SITES
    assert tables(tmp_path / "round") == tables(in_process)
    final = states(store_url)
    assert all(status in ("measured", "not-measured") for status, _, _ in final.values())
    assert final[killed["site"]][2] == 2  # taken over once, by the other worker
    assert f":{victim.pid}:" not in (final[killed["site"]][1] or "")
    assert sum(attempts for _, _, attempts in final.values()) == SITES + 1  # nothing else inspected twice
    crawl = json.loads((tmp_path / "round" / "sites" / killed["site"] / "crawl.json").read_text(encoding="utf-8"))
    urls = [page["url"] for page in crawl["pages"]]
    assert len(urls) == len(set(urls))  # the crawl resumed, no page fetched into it twice


def test_the_round_resumes_from_the_store_and_is_locked_once_published(
        generated: tuple[SampleServer, Path], in_process: Path, tmp_path: Path) -> None:
    """The same round again resumes from the store (its folder's journal gone): nothing is inspected twice, the
    outputs are the same; once published, the round is locked."""
    import shutil

    from govweb.store import RoundLocked

    out = tmp_path / "round"
    shutil.copytree(in_process, out)
    shutil.copy(in_process.parent / "govweb.sqlite", tmp_path / "govweb.sqlite")
    (out / "round.sqlite").unlink()
    store_url = f"sqlite:///{tmp_path / 'govweb.sqlite'}"
    again = run_round(options(generated, out, store=store_url))
    assert (again.inspected_now, again.already_done) == (0, SITES)
    assert tables(out) == tables(in_process)
    with open_store(store_url) as store:
        assert {s.status for s in store.job_states("round").values()} <= {"measured", "not-measured"}
        store.mark_published("round", [out / "results.csv"])
    with pytest.raises(RoundLocked):
        run_round(options(generated, out, store=store_url))


def test_the_end_of_round_import_keeps_what_the_jobs_recorded(in_process: Path) -> None:
    """`evaluate --db` records each site as its job ends, then imports the folder: the import writes the same
    inspection (seconds, `stats.job`, finish time), it never blanks what the live recording wrote."""
    from govweb.campaign.record import import_round_folder

    with open_store(f"sqlite:///{in_process.parent / 'govweb.sqlite'}") as store:
        live = {i.site_code: i for i in store.inspections("round")}
        assert len(live) == SITES
        for inspection in live.values():
            assert inspection.seconds is not None and inspection.seconds > 0
            assert inspection.stats["job"]["state"] == "done" and inspection.finished_at is not None
        import_round_folder(store, in_process, name="round")  # again: idempotent
        again = {i.site_code: i for i in store.inspections("round")}
    assert {c: (i.seconds, i.stats, i.status) for c, i in again.items()} == \
        {c: (i.seconds, i.stats, i.status) for c, i in live.items()}
