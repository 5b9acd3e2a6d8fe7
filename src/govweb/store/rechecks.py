"""Re-checks (整改 复查) in the store: a site owner asks, a job runner inspects the site again, and what that
inspection found is kept beside the round's findings (the round's own inspection is never changed)."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update

from govweb.errors import BadInput
from govweb.store import models as m
from govweb.store.records import RecheckInfo
from govweb.store.types import now

if TYPE_CHECKING:
    from govweb.store.store import Store

ACTIVE = ("queued", "running")


class Rechecks:
    """`store.rechecks`."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def _query(self) -> Any:
        return (select(m.Recheck, m.Round.name, m.Site.code).join(m.Round, m.Round.id == m.Recheck.round_id)
                .join(m.Site, m.Site.id == m.Recheck.site_id))

    @staticmethod
    def _info(row: m.Recheck, round_name: str, code: str) -> RecheckInfo:
        return RecheckInfo(row.id, round_name, code, row.requested_by, row.requested_at, row.note, row.status,
                           row.started_at, row.finished_at, row.as_of, row.outcome, row.reason, row.site_dir,
                           list(row.findings), list(row.vetoes), dict(row.metrics))

    def request(self, round_name: str, site_code: str, *, actor: str, note: str | None = None) -> RecheckInfo:
        """Queue a re-check; BadInput when one is already queued or running for the site, or the site was not
        inspected in the round. Allowed after publication (整改 follows it). Audited."""
        stamp = now()
        with self._store._write() as session, session.begin():
            round_row = self._store._round(session, round_name)
            site_id = self._store._site_ids(session, [site_code])[site_code]
            if session.scalar(select(m.Inspection.id).where(m.Inspection.round_id == round_row.id,
                                                            m.Inspection.site_id == site_id)) is None:
                raise BadInput(f"网站「{site_code}」不在评估轮次「{round_name}」中")
            if session.scalar(select(m.Recheck.id).where(m.Recheck.round_id == round_row.id,
                                                         m.Recheck.site_id == site_id,
                                                         m.Recheck.status.in_(ACTIVE))) is not None:
                raise BadInput(f"网站「{site_code}」已有排队或进行中的复查，请等待其完成")
            row = m.Recheck(round_id=round_row.id, site_id=site_id, requested_by=actor, requested_at=stamp,
                            note=note, status="queued", findings=[], vetoes=[], metrics={})
            session.add(row)
            session.flush()
            self._store._audit(session, stamp, actor, "recheck", "recheck", str(row.id), round_name, site_code,
                               None, {"status": "queued"}, note)
            return self._info(row, round_name, site_code)

    def get(self, recheck_id: int) -> RecheckInfo | None:
        with self._store._read() as session:
            found = session.execute(self._query().where(m.Recheck.id == recheck_id)).one_or_none()
            return self._info(*found) if found else None

    def of_site(self, round_name: str, site_code: str) -> list[RecheckInfo]:
        """The site's re-checks in the round, newest first."""
        with self._store._read() as session:
            round_id = self._store._round(session, round_name).id
            return [self._info(*row) for row in session.execute(
                self._query().where(m.Recheck.round_id == round_id, m.Site.code == site_code)
                .order_by(m.Recheck.requested_at.desc(), m.Recheck.id.desc()))]

    def active(self) -> list[RecheckInfo]:
        """Queued and running re-checks, oldest first (a restarted server queues them again)."""
        with self._store._read() as session:
            return [self._info(*row) for row in session.execute(
                self._query().where(m.Recheck.status.in_(ACTIVE)).order_by(m.Recheck.id))]

    def start(self, recheck_id: int, *, stale_after: datetime.timedelta = datetime.timedelta(hours=1)) -> bool:
        """queued → running (or running for longer than `stale_after`: its server stopped); False when another
        process runs it or it is finished. Atomic: two server processes never run the same re-check."""
        stamp = now()
        with self._store._write() as session, session.begin():
            result = session.execute(update(m.Recheck).where(
                m.Recheck.id == recheck_id,
                (m.Recheck.status == "queued") | ((m.Recheck.status == "running")
                                                  & (m.Recheck.started_at < stamp - stale_after)))
                .values(status="running", started_at=stamp))
            return bool(result.rowcount)  # type: ignore[attr-defined]

    def finish(self, recheck_id: int, *, outcome: str, as_of: datetime.date, site_dir: str | None,
               reason: str | None = None, findings: Sequence[Mapping[str, Any]] = (),
               vetoes: Sequence[Mapping[str, Any]] = (), metrics: Mapping[str, Any] | None = None) -> None:
        """Record what the re-inspection found (outcome measured or not-measured)."""
        self._end(recheck_id, status="done", outcome=outcome, as_of=as_of, site_dir=site_dir, reason=reason,
                  findings=[dict(f) for f in findings], vetoes=[dict(v) for v in vetoes], metrics=dict(metrics or {}))

    def fail(self, recheck_id: int, reason: str, *, site_dir: str | None = None) -> None:
        """The job could not run the inspection (the reason is shown to the owner)."""
        self._end(recheck_id, status="failed", reason=reason, site_dir=site_dir)

    def _end(self, recheck_id: int, **values: Any) -> None:
        stamp = now()
        with self._store._write() as session, session.begin():
            found = session.execute(self._query().where(m.Recheck.id == recheck_id)).one_or_none()
            if found is None:
                raise BadInput(f"没有编号为 {recheck_id} 的复查")
            row, round_name, code = found
            for name, value in values.items():
                setattr(row, name, value)
            row.finished_at = stamp
            self._store._audit(session, stamp, "govweb", "recheck", "recheck", str(row.id), round_name, code,
                               {"status": "running"}, {"status": row.status, "outcome": row.outcome}, row.reason)
