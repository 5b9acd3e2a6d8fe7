"""The Celery application: its settings and the one task, a site's job (`campaign.executor.run_job`).

Settings that make a job safe to lose: acknowledged late (after the job), rejected back to the queue when its
worker process dies, one message prefetched at a time, JSON only (no pickle from the broker), no result backend
(the store holds outcomes), and reconnecting to the broker forever.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from celery import Celery

from govweb.campaign.executor import FINISHED, LeaseLost, SiteJob, run_job, worker_name

if TYPE_CHECKING:
    from govweb.store import Store

TASK_NAME = "govweb.inspect_site"
HOST_BUSY_RETRY_SECONDS = 2.0
QUEUE = "govweb"

_stores: dict[str, Store] = {}
_stores_lock = threading.Lock()


def _store(url: str) -> Store:
    """One store (connection pool) per URL for the worker process's lifetime."""
    from govweb.store import open_store

    with _stores_lock:
        if url not in _stores:
            _stores[url] = open_store(url)
        return _stores[url]


def make_app(broker: str, *, db: str | None = None, folder: Path | None = None) -> Celery:
    """The Celery app on `broker`. `db` and `folder` are the worker's own: the store's URL and where the shared
    round folder is mounted here, when not as the dispatcher sees them (workers on other machines)."""
    app = Celery("govweb", broker=broker, set_as_current=False)
    app.conf.update(
        task_serializer="json", accept_content=["json"], task_ignore_result=True, task_acks_late=True,
        task_reject_on_worker_lost=True, worker_prefetch_multiplier=1, task_default_queue=QUEUE,
        broker_connection_retry_on_startup=True, broker_connection_max_retries=None,
        worker_hijack_root_logger=False, worker_redirect_stdouts=False,
    )

    @app.task(name=TASK_NAME, bind=True, max_retries=None)  # type: ignore[untyped-decorator]
    def inspect_site(task: Any, message: dict[str, Any], store_url: str, lease_seconds: float) -> str:
        """One site's job; returns what happened (done/failed/skipped, or why it was left to others)."""
        job = SiteJob.from_message(message, folder)
        store = _store(db or store_url)
        try:
            return run_job(job, store, worker=worker_name("celery"), lease_seconds=lease_seconds).state
        except LeaseLost:
            state = store.job_states(job.round_name, [job.site.site_code]).get(job.site.site_code)
            if state is not None and state.status in ("pending", "failed"):  # its host is being crawled
                raise task.retry(countdown=HOST_BUSY_RETRY_SECONDS) from None
            return "finished elsewhere" if state is not None and state.status in FINISHED else "held elsewhere"

    return app


def run_worker(broker: str, *, concurrency: int, db: str | None = None, folder: Path | None = None,
               name: str | None = None, loglevel: str = "INFO") -> None:
    """This process becomes a Celery worker (signals reach it: SIGTERM finishes the jobs under way, then stops).
    Jobs run in `concurrency` threads of this process (crawls overlap their waits; start one worker per core)."""
    app = make_app(broker, db=db, folder=folder)
    argv = ["worker", "--pool", "threads", "--concurrency", str(concurrency), "--loglevel", loglevel,
            "--without-gossip", "--without-mingle", "--queues", QUEUE]
    if name:
        argv += ["--hostname", name]
    app.worker_main(argv)
