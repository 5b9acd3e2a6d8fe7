"""Typed values going into and coming out of the store (the callers never see ORM rows)."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

# Keys of a findings.json finding that have columns of their own; the rest is kept in `detail`.
FINDING_COLUMNS = {"id": "finding_id", "check": "check_id", "index": "index_name", "type": "type",
                   "element": "element", "url": "url", "message": "message", "evidence": "evidence",
                   "metric_deltas": "metric_deltas"}


@dataclass(frozen=True)
class SiteInfo:
    code: str                                   # 网站标识码
    name: str
    url: str
    tiers: tuple[str, ...]                      # first = the site's tier
    admin_code: str | None
    owner: str | None                           # 网站主管单位
    registry_status: str | None                 # 网站状态
    source: str | None
    source_row: int | None
    extra: dict[str, Any]


@dataclass(frozen=True)
class ImportCounts:
    """What `upsert_sites` did: rows new to the store, changed, and already identical."""

    inserted: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def total(self) -> int:
        return self.inserted + self.updated + self.unchanged


@dataclass(frozen=True)
class RoundInfo:
    name: str
    methodology_name: str
    methodology_version: str | None
    methodology_sha256: str
    as_of: datetime.date
    status: str                                 # open | published
    internal: bool
    folder: str | None
    settings: dict[str, Any]
    created_at: datetime.datetime
    published_at: datetime.datetime | None
    resumed: bool = False                       # open_round found it already there

    @property
    def published(self) -> bool:
        return self.status == "published"


@dataclass(frozen=True)
class InspectionOutcome:
    """What one site's inspection produced, to record in the store (idempotent: recording it again replaces it).

    `findings` are findings.json entries (dicts with id, check, index, …, message, evidence, metric_deltas)."""

    site_code: str
    status: str                                 # measured | not-measured | failed
    reason: str | None = None
    started_at: datetime.datetime | None = None
    finished_at: datetime.datetime | None = None
    seconds: float | None = None
    timings: Mapping[str, float] = field(default_factory=dict)
    stats: Mapping[str, Any] = field(default_factory=dict)
    site_dir: str | None = None
    warc_path: str | None = None
    screenshots_path: str | None = None
    metrics: Mapping[str, Any] = field(default_factory=dict)
    vetoes: Sequence[Mapping[str, Any]] = ()
    findings: Sequence[Mapping[str, Any]] = ()
    indices: Mapping[str, Any] | None = None    # the indices the checks computed (findings.json `indices`)
    sheet: Mapping[str, Any] | None = None      # the inspection sheet (findings.json `inspection`: score, result …)

    @classmethod
    def from_findings_document(cls, site_code: str, doc: Mapping[str, Any], **kw: Any) -> InspectionOutcome:
        """An outcome from a findings.json (or reviewed.json) document: status, reason, metrics, vetoes, findings,
        the checks' indices and the inspection sheet."""
        site = doc.get("site") or {}
        status = site.get("status") or "measured"
        return cls(site_code=site_code, status=status, reason=site.get("reason"), metrics=doc.get("metrics") or {},
                   vetoes=list(doc.get("vetoes") or []), findings=list(doc.get("findings") or []),
                   indices=doc.get("indices"), sheet=doc.get("inspection"), **kw)


@dataclass(frozen=True)
class InspectionInfo:
    round_name: str
    site_code: str
    tiers: tuple[str, ...]
    status: str                                 # pending | running | measured | not-measured | failed
    reason: str | None
    started_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    seconds: float | None
    timings: dict[str, Any]
    stats: dict[str, Any]
    site_dir: str | None
    warc_path: str | None
    screenshots_path: str | None
    metrics: dict[str, Any]
    vetoes: list[dict[str, Any]]
    indices: dict[str, Any] | None
    sheet: dict[str, Any] | None
    worker_id: str | None
    lease_expires_at: datetime.datetime | None
    heartbeat_at: datetime.datetime | None
    attempts: int


@dataclass(frozen=True)
class JobState:
    """A site's state in a round as a dispatcher follows it (Store.job_states)."""

    site_code: str
    status: str                                 # pending | running | measured | not-measured | failed
    attempts: int                               # leases taken so far
    seconds: float | None
    reason: str | None
    job: dict[str, Any]                         # the per-site job's own outcome (state, exit code), when recorded
    worker_id: str | None
    lease_expires_at: datetime.datetime | None


@dataclass(frozen=True)
class FindingRow:
    round_name: str
    site_code: str
    site_name: str
    finding_id: str
    check: str
    index: str | None
    type: str | None
    element: str | None
    url: str | None
    message: str
    evidence: dict[str, Any]
    metric_deltas: dict[str, Any]
    detail: dict[str, Any]
    status: str                                 # open | removed (人工核减)
    status_reason: str | None
    rectification: str | None                   # None | in-progress (整改中) | fixed (已整改)
    rectification_note: str | None
    appeal: str | None                          # None | pending | accepted | rejected (申诉)
    appeal_note: str | None

    def as_finding(self) -> dict[str, Any]:
        """The finding as findings.json reports it (keys with a value, in the documented order first)."""
        values = {"id": self.finding_id, "check": self.check, "index": self.index, "type": self.type,
                  "element": self.element, "url": self.url}
        doc: dict[str, Any] = {key: value for key, value in values.items() if value is not None}
        doc.update(self.detail)
        doc.update({"message": self.message, "evidence": self.evidence, "metric_deltas": self.metric_deltas})
        return doc


@dataclass(frozen=True)
class ResultRecord:
    """One ranked (or listed-apart) row of a round's results: a site in one tier."""

    site_code: str
    tier: str
    indices: Mapping[str, Decimal | float | None]
    total: Decimal | None
    rank: int | None                            # None: not ranked (listed apart)
    verdict: str | None = None                  # 检查结果: 合格 | 不合格
    vetoes: Sequence[str] = ()                  # veto rule ids
    note: str | None = None                     # 备注


@dataclass(frozen=True)
class ResultRow:
    round_name: str
    site_code: str
    site_name: str
    admin_code: str | None
    tier: str
    indices: dict[str, Decimal | None]
    total: Decimal | None
    rank: int | None
    verdict: str | None
    vetoes: list[str]
    note: str | None


@dataclass(frozen=True)
class ReviewRecord:
    """One expert decision: a score (kind index|item, value 0–1), a removal (target = finding id) or a veto raised
    (target = rule id), by a named reviewer on a date, with why and where from."""

    site_code: str
    kind: str                                   # index | item | removal | veto
    target: str
    reviewer: str
    review_date: datetime.date
    value: Decimal | None = None
    reason: str | None = None
    evidence: str | None = None
    role: str = "evaluator"                     # evaluator | arbiter
    source: str | None = None


@dataclass(frozen=True)
class ReviewRow:
    round_name: str
    site_code: str
    kind: str
    target: str
    value: Decimal | None
    reviewer: str
    role: str
    review_date: datetime.date
    reason: str | None
    evidence: str | None
    source: str | None
    recorded_at: datetime.datetime


@dataclass(frozen=True)
class AuditRow:
    at: datetime.datetime
    actor: str
    action: str
    entity: str
    entity_key: str
    round_name: str | None
    site_code: str | None
    old: dict[str, Any] | None
    new: dict[str, Any] | None
    reason: str | None


@dataclass(frozen=True)
class PublicationRow:
    round_name: str
    format: str
    path: str
    bytes: int | None
    sha256: str | None
    published_at: datetime.datetime


@dataclass(frozen=True)
class HistoryEntry:
    """A site in one round: how its inspection ended, its results per tier and its findings."""

    round_name: str
    as_of: datetime.date
    round_status: str
    inspection_status: str
    reason: str | None
    finished_at: datetime.datetime | None
    results: list[ResultRow]
    open_findings: int
    removed_findings: int


@dataclass(frozen=True)
class UserInfo:
    """A dashboard user (never the password hash)."""

    id: int
    name: str
    display_name: str | None
    role: str                                   # admin | evaluator | regional | owner | viewer
    admin_prefix: str | None                    # regional office: 行政区划代码 prefix
    sites: tuple[str, ...]                      # site owner: 网站标识码 bound to the user
    active: bool
    created_at: datetime.datetime

    @property
    def label(self) -> str:
        return self.display_name or self.name


@dataclass(frozen=True)
class SessionInfo:
    id: str                                     # SHA-256 of the browser's token
    csrf: str
    created_at: datetime.datetime
    expires_at: datetime.datetime
    last_seen_at: datetime.datetime
    user: UserInfo


@dataclass(frozen=True)
class TokenInfo:
    id: int
    user: str
    label: str
    created_at: datetime.datetime
    last_used_at: datetime.datetime | None
    expires_at: datetime.datetime | None
    revoked_at: datetime.datetime | None


@dataclass(frozen=True)
class RecheckInfo:
    """A re-check (整改 复查) of a site of a round: the request, the job's state and what it found."""

    id: int
    round_name: str
    site_code: str
    requested_by: str
    requested_at: datetime.datetime
    note: str | None
    status: str                                 # queued | running | done | failed
    started_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    as_of: datetime.date | None
    outcome: str | None                         # measured | not-measured
    reason: str | None
    site_dir: str | None
    findings: list[dict[str, Any]]
    vetoes: list[dict[str, Any]]
    metrics: dict[str, Any]
