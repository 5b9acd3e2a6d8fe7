"""govweb.workers: a round's per-site jobs on Celery workers with a Redis broker.

    executor = CeleryExecutor("redis://127.0.0.1:6379/0")          # what `govweb evaluate --broker` uses
    run_round(RoundOptions(..., store="postgresql://…", executor=executor))
    make_app(broker).worker_main([...])                               # what `govweb worker --broker` runs

This package imports campaign (the executor interface, the job); campaign never imports it. The store is the
source of truth: workers take leases and record outcomes there, the dispatcher follows the store, so a broker
that forgets its queues (a Redis restart without persistence) or a worker killed mid-job loses nothing.
"""

from govweb.workers.app import TASK_NAME, make_app, run_worker
from govweb.workers.dispatch import CeleryExecutor

__all__ = ["TASK_NAME", "CeleryExecutor", "make_app", "run_worker"]
