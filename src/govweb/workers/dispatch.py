"""`CeleryExecutor`: a round's jobs sent to Celery workers and followed in the store.

The dispatcher sends one message per site, then polls the store: a site is finished when the store records an
outcome newer than the dispatch. It sends a site again when its lease expired (its worker died: replaced within
the lease's length plus one poll) and, when the broker restarted and forgot its queues (Redis's run id changed),
every site no worker has taken yet. Duplicates are harmless: a worker takes a site only under its lease and
never inspects a recorded one again.
"""

from __future__ import annotations

import datetime
import time
from collections.abc import Sequence
from dataclasses import dataclass

from govweb.campaign.executor import (
    FINISHED,
    LEASE_SECONDS,
    JobEvents,
    SiteJob,
    outcome_of,
    reclaim_dead_workers,
)
from govweb.workers.app import TASK_NAME, make_app

OUTCOME_STATUSES = (*FINISHED, "failed")


def broker_run_id(broker: str) -> str | None:
    """The Redis server's run id (new at every start), or None while it cannot be reached."""
    import redis

    try:
        client = redis.Redis.from_url(broker, socket_timeout=2, socket_connect_timeout=2)
        try:
            return str(client.info("server")["run_id"])
        finally:
            client.close()
    except (redis.RedisError, OSError, KeyError):
        return None


@dataclass
class CeleryExecutor:
    broker: str
    lease_seconds: float = LEASE_SECONDS
    poll_seconds: float = 1.0

    def run(self, jobs: Sequence[SiteJob], events: JobEvents, store_url: str | None) -> None:
        from govweb.errors import BadInput
        from govweb.store import open_store

        if store_url is None:
            raise BadInput("分布式执行（--broker）需要评估数据库：执行者通过它领取网站、记录结果")
        if not jobs:
            return
        round_name = jobs[0].round_name
        app = make_app(self.broker)
        by_code = {job.site.site_code: job for job in jobs}
        with open_store(store_url) as store:
            reclaim_dead_workers(store, round_name)
            start = store.job_states(round_name)
            pending = set(by_code)
            for code in sorted(pending):
                if start[code].status in FINISHED:  # recorded by a worker while no dispatcher followed
                    events.finished(outcome_of(start[code]))
                    pending.discard(code)
            sent: dict[str, float] = {}
            unsent: set[str] = set()

            def send(code: str) -> None:
                try:
                    app.send_task(TASK_NAME, args=[by_code[code].to_message(), store_url, self.lease_seconds],
                                  task_id=f"{round_name}:{code}:{time.time_ns()}")
                    sent[code] = time.monotonic()
                    unsent.discard(code)
                except Exception:  # the broker away: sent again when it answers
                    unsent.add(code)

            run_id = broker_run_id(self.broker)
            for code in (c for c in by_code if c in pending and start[c].status != "running"
                         or c in pending and _expired(start[c].lease_expires_at)):
                send(code)
            seen_running: set[str] = set()
            while pending:
                time.sleep(self.poll_seconds)
                states = store.job_states(round_name)
                for code in sorted(pending):
                    state, before = states[code], start[code]
                    if state.status == "running" and code not in seen_running:
                        seen_running.add(code)
                        events.started(code)
                    if state.status in OUTCOME_STATUSES and (state.attempts > before.attempts
                                                             or before.status == "running"):
                        events.finished(outcome_of(state))
                        pending.discard(code)
                    elif (state.status == "running" and _expired(state.lease_expires_at)
                          and time.monotonic() - sent.get(code, 0.0) > self.lease_seconds):
                        send(code)  # its worker stopped heartbeating
                now_id = broker_run_id(self.broker)
                if now_id is not None and now_id != run_id:  # a restarted broker forgot every queued message
                    run_id = now_id
                    for code in sorted(pending):
                        if states[code].status != "running":
                            send(code)
                for code in sorted(unsent & pending):
                    send(code)


def _expired(lease: datetime.datetime | None) -> bool:
    from govweb.store.types import now

    return lease is not None and lease < now()
