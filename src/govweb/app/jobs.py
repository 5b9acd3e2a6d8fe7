"""The re-check runner: re-checks (整改 复查) run one at a time in a background thread of the server process,
from a bounded queue; what is queued lives in the store, so a restarted server picks the queue up again.

`Jobs` is the whole interface the dashboard uses (submit, start, stop): issue 11's executor (Celery workers)
replaces `LocalJobs` by implementing it, with `campaign.followup.run_recheck` as the job.
"""

from __future__ import annotations

import logging
import queue
import threading
from typing import TYPE_CHECKING, Protocol

from govweb.campaign.followup import run_recheck
from govweb.store import Store

if TYPE_CHECKING:
    from govweb.app.server import AppSettings

log = logging.getLogger("govweb.app.jobs")


class Jobs(Protocol):
    def submit(self, recheck_id: int) -> bool:
        """Queue a re-check; False when the queue is full (the request stays queued in the store)."""

    def start(self) -> None: ...

    def stop(self) -> None: ...


class LocalJobs:
    """One worker thread, a queue of at most `settings.recheck_queue` re-checks."""

    def __init__(self, store: Store, settings: AppSettings) -> None:
        self._store = store
        self._settings = settings
        self._queue: queue.Queue[int | None] = queue.Queue(maxsize=settings.recheck_queue)
        self._thread: threading.Thread | None = None

    def submit(self, recheck_id: int) -> bool:
        try:
            self._queue.put_nowait(recheck_id)
        except queue.Full:
            return False
        return True

    def start(self) -> None:
        if self._thread is not None:
            return
        for waiting in self._store.rechecks.active():  # left queued or running by a stopped server
            self.submit(waiting.id)
        self._thread = threading.Thread(target=self._work, name="govweb-rechecks", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._thread is None:
            return
        self._queue.put(None)
        self._thread.join(timeout=5)
        self._thread = None

    def run_pending(self) -> int:
        """Run what is queued now, in this thread (tests, and `govweb serve --no-jobs` maintenance)."""
        done = 0
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return done
            if item is not None:
                self._run(item)
                done += 1

    def _work(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            self._run(item)

    def _run(self, recheck_id: int) -> None:
        try:
            run_recheck(self._store, recheck_id, self._settings.data_dir, resolve=self._settings.recheck_resolve,
                        timeout=self._settings.recheck_timeout, as_of=self._settings.recheck_as_of)
        except Exception:  # the store records failures; anything else is logged, the runner goes on
            log.exception("re-check %s", recheck_id)
