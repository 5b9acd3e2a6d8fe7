"""How a round's per-site jobs run: the executor interface, the job a worker runs, and the local executor.

A round hands its executor the sites still to inspect and hears back, through `JobEvents`, when each starts and
ends. The executor decides where jobs run: `LocalExecutor` (the default) runs them here, `concurrency` at a time,
with no service; `govweb.workers.CeleryExecutor` sends them to Celery workers. Campaign knows only this interface.

Every job goes through `run_job`, wherever it runs: take the site's lease in the store (politely: one host at a
time per round), heartbeat it while the inspection runs, call the per-site job function (`inspect_site`: a plain
function of site and options, run in this process), then record the outcome in the store, which releases the lease. A job is
idempotent: keyed by round + site, its outcome upserted, and a site already recorded is never inspected again.
Without a store (the Python API's default) jobs just run.
"""

from __future__ import annotations

import concurrent.futures as cf
import dataclasses
import functools
import json
import os
import socket
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from govweb.campaign.inspect import InspectOptions, SiteInspection, inspect_site
from govweb.documents.layout import SiteFolder
from govweb.registry import Site

if TYPE_CHECKING:
    from govweb.store import JobState, Store

Inspector = Callable[[Site, InspectOptions], SiteInspection]   # the per-site job (campaign.inspect.inspect_site)

LEASE_SECONDS = 60.0            # a worker that stops heartbeating loses its site after this long
FINISHED = ("measured", "not-measured")   # store statuses of a site whose inspection is over for good
JOB_STATES = ("done", "failed", "skipped")


@dataclass(frozen=True)
class SiteJob:
    """One site of a round to inspect into its folder (DIR/sites/<网站标识码>); `methodology`: the methodology's
    name or path as the round was given it (what a worker loads)."""

    round_name: str
    site: Site
    options: InspectOptions
    methodology: str

    @property
    def directory(self) -> Path:
        return self.options.folder(self.site)

    def to_message(self) -> dict[str, Any]:
        """The job as JSON-safe values (what travels through a broker): the loaded methodology and inspection sheet
        travel as the methodology's name, loaded again (once per process) by the worker."""
        options = {f.name: getattr(self.options, f.name) for f in dataclasses.fields(self.options)
                   if f.name not in ("methodology", "sheet")}
        options.update(out=str(self.options.out), as_of=self.options.as_of.isoformat())
        return {"round": self.round_name, "site": dataclasses.asdict(self.site), "methodology": self.methodology,
                "options": options}

    @classmethod
    def from_message(cls, message: dict[str, Any], folder: Path | None = None) -> SiteJob:
        """The job back from `to_message`; `folder`: where this machine mounts the round folder (shared), when
        not at the dispatcher's path."""
        import datetime

        site = dict(message["site"])
        site["extra_tiers"] = tuple(site.get("extra_tiers") or ())
        options: dict[str, Any] = {key: tuple(value) if isinstance(value, list) else value
                   for key, value in message["options"].items()}
        options["out"] = folder if folder is not None else Path(options["out"])
        options["as_of"] = datetime.date.fromisoformat(options["as_of"])
        name = str(message["methodology"])
        return cls(str(message["round"]), Site(**site), InspectOptions(**options, methodology=_methodology(name)),
                   name)


@functools.cache
def _methodology(name: str) -> Any:
    """A methodology loaded once per process (a worker runs many sites of the same round)."""
    from govweb.scoring import load_methodology

    return load_methodology(name)


class JobEvents(Protocol):
    def started(self, code: str) -> None: ...

    def finished(self, outcome: SiteInspection) -> None: ...


class Executor(Protocol):
    """Runs every job once to its end (or until interrupted), reporting each through `events` from any thread.
    `store_url`: the store the round is recorded in (None: no store)."""

    def run(self, jobs: Sequence[SiteJob], events: JobEvents, store_url: str | None) -> None: ...


def worker_name(kind: str) -> str:
    """`kind@host:pid:thread`: unique per job thread, and telling which process of which machine holds a lease."""
    return f"{kind}@{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def reclaim_dead_workers(store: Store, round_name: str) -> int:
    """Release the leases held by processes of this machine that are gone (a round or worker killed), so a rerun
    takes their sites at once; leases of other machines expire on their own."""
    here = socket.gethostname()
    dead = set()
    for state in store.job_states(round_name).values():
        if state.status != "running" or not state.worker_id or "@" not in state.worker_id:
            continue
        host, _, rest = state.worker_id.partition("@")[2].partition(":")
        pid = rest.partition(":")[0]
        if host == here and pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            dead.add(state.worker_id)
    return store.release_leases(round_name, dead)


class LeaseLost(Exception):
    """Another worker holds the site (or it is recorded already): this job must not run or record it."""


class Heartbeat:
    """Renews a lease every third of its length in a thread; `lost` once the store refuses a renewal."""

    def __init__(self, store: Store, round_name: str, code: str, worker: str, seconds: float) -> None:
        self.lost = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._beat, args=(store, round_name, code, worker, seconds),
                                        name=f"lease-{code}", daemon=True)

    def _beat(self, store: Store, round_name: str, code: str, worker: str, seconds: float) -> None:
        while not self._stop.wait(seconds / 3):
            try:
                if not store.renew_lease(round_name, code, worker, seconds):
                    self.lost = True
                    return
            except Exception:  # the store unreachable for a moment: the next beat tries again
                continue

    def __enter__(self) -> Heartbeat:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def record_outcome(store: Store, job: SiteJob, outcome: SiteInspection) -> None:
    """The outcome in the store: the findings document when the job is done, its state and reason otherwise."""
    from govweb.campaign.record import job_stats, site_outcome
    from govweb.store import InspectionOutcome

    folder = SiteFolder(job.directory)
    relative = job.directory.relative_to(job.options.out).as_posix()
    common: dict[str, Any] = {"seconds": outcome.seconds, "stats": job_stats(outcome.state, outcome.exit_code)}
    doc = outcome.document if outcome.state == "done" else None
    if doc is None and outcome.state == "done":
        try:
            doc = json.loads(folder.findings.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            doc = None
    if isinstance(doc, dict):
        record = site_outcome(job.site.site_code, doc, folder, relative, **common)
    else:
        record = InspectionOutcome(job.site.site_code, "failed", reason=outcome.error or "检查未完成",
                                   site_dir=relative, **common)
    store.record_inspection(job.round_name, record)


def outcome_of(state: JobState) -> SiteInspection:
    """A recorded job's outcome as the round's journal keeps it."""
    job_state = state.job.get("state")
    if job_state not in JOB_STATES:
        job_state = "done" if state.status in FINISHED else "failed"
    return SiteInspection(state.site_code, job_state, state.seconds or 0.0, state.job.get("exit_code"),
                   None if job_state == "done" else state.reason)


def run_job(job: SiteJob, store: Store | None, *, worker: str, lease_seconds: float = LEASE_SECONDS,
            inspector: Inspector = inspect_site, started: Callable[[str], None] | None = None) -> SiteInspection:
    """Run one site's job under its lease (see the module's docstring). LeaseLost when the site is not this
    worker's to inspect: held by another worker, on a host another worker is crawling, or already recorded."""
    code = job.site.site_code
    if store is None:
        if started:
            started(code)
        return _inspect(job, inspector)
    if not store.acquire_lease(job.round_name, code, worker, lease_seconds, polite=True):
        raise LeaseLost(code)
    if started:
        started(code)
    with Heartbeat(store, job.round_name, code, worker, lease_seconds) as heartbeat:
        outcome = _inspect(job, inspector)
    if heartbeat.lost or not store.renew_lease(job.round_name, code, worker, lease_seconds):
        raise LeaseLost(code)  # taken over after a missed heartbeat: the new holder records it
    record_outcome(store, job, outcome)
    return outcome


def _inspect(job: SiteJob, inspector: Inspector) -> SiteInspection:
    started = time.monotonic()
    try:
        return inspector(job.site, job.options)
    except Exception as exc:  # a bug in one site's job must not stop the round
        return SiteInspection(job.site.site_code, "failed", time.monotonic() - started, None, f"{type(exc).__name__}: {exc}")


@dataclass
class LocalExecutor:
    """Jobs in this process's threads, `concurrency` at a time (crawls overlap their waits; the checks' CPU work
    shares this process's interpreter lock: run more processes — workers — for more cores). A job whose host another job is crawling waits its turn; in a round sharing its
    store with other dispatchers, a site another worker holds is left to it."""

    concurrency: int = 4
    inspector: Inspector = inspect_site
    lease_seconds: float = LEASE_SECONDS
    poll_seconds: float = 0.5

    def run(self, jobs: Sequence[SiteJob], events: JobEvents, store_url: str | None) -> None:
        from contextlib import nullcontext

        from govweb.store import open_store

        with open_store(store_url) if store_url is not None else nullcontext() as store:
            if store is not None and jobs:
                reclaim_dead_workers(store, jobs[0].round_name)
            queue = list(jobs)
            lock = threading.Lock()

            def work() -> None:
                worker = worker_name("local")
                while True:
                    with lock:
                        if not queue:
                            return
                        job = queue.pop(0)
                    try:
                        outcome = run_job(job, store, worker=worker, lease_seconds=self.lease_seconds,
                                          inspector=self.inspector, started=events.started)
                    except LeaseLost:
                        if store is not None and _finished_elsewhere(store, job, events):
                            continue
                        with lock:
                            queue.append(job)  # its host is busy: the next free site first
                        time.sleep(self.poll_seconds)
                        continue
                    events.finished(outcome)

            with cf.ThreadPoolExecutor(max_workers=max(1, self.concurrency), thread_name_prefix="site") as pool:
                futures = [pool.submit(work) for _ in range(max(1, min(self.concurrency, len(jobs))))]
                try:
                    for future in futures:
                        future.result()
                except BaseException:  # Ctrl+C: no new site starts; the running ones end with their children
                    with lock:
                        queue.clear()
                    raise


def _finished_elsewhere(store: Store, job: SiteJob, events: JobEvents) -> bool:
    """A site recorded by someone else (another dispatcher's worker) counts as finished here too."""
    state = store.job_states(job.round_name, [job.site.site_code]).get(job.site.site_code)
    if state is not None and state.status in FINISHED:
        events.finished(outcome_of(state))
        return True
    return False


__all__ = ["FINISHED", "LEASE_SECONDS", "Executor", "Heartbeat", "JobEvents", "LeaseLost", "LocalExecutor",
           "SiteJob", "outcome_of", "reclaim_dead_workers", "record_outcome", "run_job", "worker_name"]
