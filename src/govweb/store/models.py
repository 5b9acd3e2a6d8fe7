"""The store's tables as SQLAlchemy 2 typed declarative models (portable: SQLite and PostgreSQL).

Evidence stays in files (WARC, screenshots, findings.json); the store references them by path, relative to the
round's folder when relative. Alembic migrations in `migrations/versions/` create exactly these tables (a test
compares them). Every time is an aware datetime in UTC+8; every status is a short English word checked by the
database.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from govweb.store.types import ExactDecimal, ShanghaiDateTime

# Deterministic constraint names, so migrations can name what they alter on both databases.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ROUND_STATUSES = ("open", "published")
INSPECTION_STATUSES = ("pending", "running", "measured", "not-measured", "failed")
DONE_STATUSES = ("measured", "not-measured")        # an inspection that is finished and never run again
FINDING_STATUSES = ("open", "removed")              # removed: struck as false (人工核减) by an evaluator
RECTIFICATIONS = ("in-progress", "fixed")           # the site owner's 整改中 / 已整改
APPEALS = ("pending", "accepted", "rejected")       # the site owner's 申诉 and the evaluators' decision
REVIEW_KINDS = ("index", "item", "removal", "veto")  # an index score (创新案例 …), an item score, a 人工核减, a veto raised
REVIEW_ROLES = ("evaluator", "arbiter")


def _one_of(column: str, values: tuple[str, ...], name: str | None = None) -> CheckConstraint:
    listed = ", ".join(f"'{value}'" for value in values)
    return CheckConstraint(f"{column} IN ({listed})", name=name or column)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {
        datetime.datetime: ShanghaiDateTime(),
        Decimal: ExactDecimal(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
    }


class Site(Base):
    """A government website of the registry (全国政府网站基本信息数据库 or a sites file)."""

    __tablename__ = "sites"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)          # 网站标识码
    name: Mapped[str] = mapped_column(Text)
    url: Mapped[str] = mapped_column(Text)                             # 首页网址, normalised by the registry
    admin_code: Mapped[str | None] = mapped_column(String(6), index=True)  # 行政区划代码
    owner: Mapped[str | None] = mapped_column(Text)                   # 网站主管单位
    registry_status: Mapped[str | None] = mapped_column(String(32))   # 网站状态 as the directory says (正常 …)
    source: Mapped[str | None] = mapped_column(Text)                  # the file it was last imported from
    source_row: Mapped[int | None]
    extra: Mapped[dict[str, Any]]                                     # the file's other columns, as given
    created_at: Mapped[datetime.datetime]
    updated_at: Mapped[datetime.datetime]


class SiteTier(Base):
    """The tiers (级别) a site is evaluated under; a site may have several (成都市: 副省级城市 and 省会城市)."""

    __tablename__ = "site_tiers"

    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), primary_key=True)
    tier: Mapped[str] = mapped_column(String(32), primary_key=True, index=True)
    position: Mapped[int]                                             # 0 = the site's first tier


class Round(Base):
    """One evaluation round: a methodology (name, version, content and its hash) and an as-of date."""

    __tablename__ = "rounds"
    __table_args__ = (_one_of("status", ROUND_STATUSES),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    methodology_name: Mapped[str] = mapped_column(String(100))
    methodology_version: Mapped[str | None] = mapped_column(String(100))
    methodology_sha256: Mapped[str] = mapped_column(String(64))
    methodology: Mapped[dict[str, Any]]                               # the methodology as used (JSON)
    as_of: Mapped[datetime.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))
    internal: Mapped[bool]                                            # results hidden from anonymous readers
    folder: Mapped[str | None] = mapped_column(Text)                  # the round's output folder
    settings: Mapped[dict[str, Any]]                                  # options the round was started with
    created_at: Mapped[datetime.datetime]
    published_at: Mapped[datetime.datetime | None]


class Inspection(Base):
    """One site in one round: its state, outcome, timings, evidence files and the lease of the worker on it."""

    __tablename__ = "inspections"
    __table_args__ = (
        UniqueConstraint("site_id", "round_id"),   # also a site's history
        Index(None, "round_id", "status"),         # also every round-wide query
        _one_of("status", INSPECTION_STATUSES),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    tiers: Mapped[list[Any]]                                          # the site's tiers in this round
    status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)                  # why not measured / failed
    started_at: Mapped[datetime.datetime | None]
    finished_at: Mapped[datetime.datetime | None]
    seconds: Mapped[float | None] = mapped_column(Float)
    timings: Mapped[dict[str, Any]]                                   # seconds per phase (crawl, measure, checks …)
    stats: Mapped[dict[str, Any]]                                     # pages, requests, bytes, cpu_seconds …
    site_dir: Mapped[str | None] = mapped_column(Text)
    warc_path: Mapped[str | None] = mapped_column(Text)
    screenshots_path: Mapped[str | None] = mapped_column(Text)
    metrics: Mapped[dict[str, Any]]                                   # raw measurements (findings.json metrics)
    vetoes: Mapped[list[Any]]                                         # [{"rule", "reason"}]
    indices: Mapped[dict[str, Any] | None] = mapped_column(JSON)      # indices the checks computed (findings.json)
    sheet: Mapped[dict[str, Any] | None] = mapped_column(JSON)        # the inspection sheet (findings.json inspection)
    worker_id: Mapped[str | None] = mapped_column(String(200))
    lease_expires_at: Mapped[datetime.datetime | None]
    heartbeat_at: Mapped[datetime.datetime | None]
    attempts: Mapped[int]
    updated_at: Mapped[datetime.datetime]


class Finding(Base):
    """A finding of one site in one round, with its evidence, its effect on the measurements and its status."""

    __tablename__ = "findings"
    __table_args__ = (
        UniqueConstraint("site_id", "round_id", "finding_id"),  # also a site's findings and history
        Index(None, "round_id", "check_id", "type"),  # findings of a check across a round (stale 政策文件 columns)
        _one_of("status", FINDING_STATUSES),
        _one_of("rectification", RECTIFICATIONS),
        _one_of("appeal", APPEALS),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    finding_id: Mapped[str] = mapped_column(String(100))              # stable id, e.g. stale-column:0123456789ab
    check_id: Mapped[str] = mapped_column(String(64))                 # the check that found it
    index_name: Mapped[str | None] = mapped_column(String(32))        # the index it counts against (信息发布 …)
    type: Mapped[str | None] = mapped_column(String(64))              # column type (政策文件 …)
    element: Mapped[str | None] = mapped_column(String(64))           # missing element (网站标识码 …)
    url: Mapped[str | None] = mapped_column(Text)
    message: Mapped[str] = mapped_column(Text)
    evidence: Mapped[dict[str, Any]]                                  # {"url", "excerpt", "warc_record"}
    metric_deltas: Mapped[dict[str, Any]]
    detail: Mapped[dict[str, Any]]                                    # the finding's other fields, as reported
    status: Mapped[str] = mapped_column(String(16))
    status_reason: Mapped[str | None] = mapped_column(Text)
    rectification: Mapped[str | None] = mapped_column(String(16))
    rectification_note: Mapped[str | None] = mapped_column(Text)
    appeal: Mapped[str | None] = mapped_column(String(16))
    appeal_note: Mapped[str | None] = mapped_column(Text)             # the owner's case, then the decision's reason


class Result(Base):
    """A site's figures in one round and tier: indices, total, rank, 检查结果 and vetoes."""

    __tablename__ = "results"
    __table_args__ = (
        UniqueConstraint("site_id", "round_id", "tier"),
        Index(None, "round_id", "tier", "rank"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    tier: Mapped[str] = mapped_column(String(32))
    indices: Mapped[dict[str, Any]]                                   # index name → 0–1 (null: not applicable)
    total: Mapped[Decimal | None]
    rank: Mapped[int | None]                                          # null: listed apart (not ranked)
    verdict: Mapped[str | None] = mapped_column(String(8))            # 检查结果: 合格 | 不合格
    vetoes: Mapped[list[Any]]                                         # veto rule ids
    note: Mapped[str | None] = mapped_column(Text)                    # 备注
    computed_at: Mapped[datetime.datetime]


class Publication(Base):
    """A file of a round's publication (results.csv, publication.pdf …), referenced by path."""

    __tablename__ = "publications"
    __table_args__ = (UniqueConstraint("round_id", "path"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    format: Mapped[str] = mapped_column(String(16))                   # file suffix without the dot: pdf, xlsx …
    path: Mapped[str] = mapped_column(Text)
    bytes: Mapped[int | None] = mapped_column(BigInteger)
    sha256: Mapped[str | None] = mapped_column(String(64))
    published_at: Mapped[datetime.datetime]


class ExpertReview(Base):
    """One expert decision on a site of a round: an index or item score, a 人工核减, or a veto raised.

    One row per (site, kind, target, reviewer): two evaluators scoring the same item are two rows, an arbiter a
    third (role `arbiter`); a reviewer's new value replaces their old one, and the audit log keeps the old."""

    __tablename__ = "expert_reviews"
    __table_args__ = (
        UniqueConstraint("site_id", "round_id", "kind", "target", "reviewer"),
        _one_of("kind", REVIEW_KINDS),
        _one_of("role", REVIEW_ROLES),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"), index=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    kind: Mapped[str] = mapped_column(String(16))
    target: Mapped[str] = mapped_column(String(100))                  # index name, item id, finding id or veto rule
    value: Mapped[Decimal | None]                                     # 0–1 for scores; null for removals and vetoes
    reviewer: Mapped[str] = mapped_column(String(100))                # 评审人
    role: Mapped[str] = mapped_column(String(16))
    review_date: Mapped[datetime.date] = mapped_column(Date)          # 评审日期
    reason: Mapped[str | None] = mapped_column(Text)                  # 核减理由, comment
    evidence: Mapped[str | None] = mapped_column(Text)                # a link or file supporting it
    source: Mapped[str | None] = mapped_column(Text)                  # expert file and row, or where it was entered
    recorded_at: Mapped[datetime.datetime]


class AuditEntry(Base):
    """Who changed what, when, from what to what, and why (expert scores, finding status, publication)."""

    __tablename__ = "audit_log"
    __table_args__ = (Index(None, "round_name", "site_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime.datetime]
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(32))                   # review, finding-status, rectification, publish
    entity: Mapped[str] = mapped_column(String(32))                   # expert_review, finding, round
    entity_key: Mapped[str] = mapped_column(Text)                     # e.g. stale-column:0123456789ab
    round_name: Mapped[str | None] = mapped_column(String(200))       # names, not ids: the trail outlives rows
    site_code: Mapped[str | None] = mapped_column(String(32))
    old: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    new: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    reason: Mapped[str | None] = mapped_column(Text)


# -- the dashboard: accounts, sessions, API tokens, login attempts, re-checks (revision 0003) ------------------

ROLES = ("admin", "evaluator", "regional", "owner", "viewer")
RECHECK_STATUSES = ("queued", "running", "done", "failed")


class User(Base):
    """A person who logs in to the dashboard, with one role; a regional office sees every site under its
    administrative-code prefix, a site owner the sites bound to it (user_sites)."""

    __tablename__ = "users"
    __table_args__ = (_one_of("role", ROLES),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)      # the login name
    display_name: Mapped[str | None] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(Text)                  # argon2 (pwdlib), never the password
    admin_prefix: Mapped[str | None] = mapped_column(String(6))      # regional office: 行政区划代码 prefix
    active: Mapped[bool]
    created_at: Mapped[datetime.datetime]
    updated_at: Mapped[datetime.datetime]


class UserSite(Base):
    """A site owner's 网站标识码 (by code: a binding may precede the site's import)."""

    __tablename__ = "user_sites"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    site_code: Mapped[str] = mapped_column(String(32), primary_key=True, index=True)


class WebSession(Base):
    """A server-side login session; the browser holds a random token whose SHA-256 is the id."""

    __tablename__ = "web_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)    # SHA-256 hex of the cookie's token
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    csrf: Mapped[str] = mapped_column(String(64))                     # the form token of this session
    created_at: Mapped[datetime.datetime]
    expires_at: Mapped[datetime.datetime]
    last_seen_at: Mapped[datetime.datetime]
    address: Mapped[str | None] = mapped_column(String(64))
    agent: Mapped[str | None] = mapped_column(Text)


class ApiToken(Base):
    """A bearer token for the REST API (writes need one); only its SHA-256 is kept."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime.datetime]
    last_used_at: Mapped[datetime.datetime | None]
    expires_at: Mapped[datetime.datetime | None]
    revoked_at: Mapped[datetime.datetime | None]


class LoginAttempt(Base):
    """One login attempt, for rate limiting by name and by address."""

    __tablename__ = "login_attempts"
    __table_args__ = (Index(None, "name", "at"), Index(None, "address", "at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime.datetime]
    name: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(String(64))
    success: Mapped[bool]


class Recheck(Base):
    """整改 复查: a site of a round inspected again on request, with what that inspection found."""

    __tablename__ = "rechecks"
    __table_args__ = (Index(None, "round_id", "site_id"), Index(None, "status"), _one_of("status", RECHECK_STATUSES))

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    requested_by: Mapped[str] = mapped_column(String(100))
    requested_at: Mapped[datetime.datetime]
    note: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    started_at: Mapped[datetime.datetime | None]
    finished_at: Mapped[datetime.datetime | None]
    as_of: Mapped[datetime.date | None] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(String(16))          # measured | not-measured
    reason: Mapped[str | None] = mapped_column(Text)                 # why not measured, or why the job failed
    site_dir: Mapped[str | None] = mapped_column(Text)
    findings: Mapped[list[Any]]                                       # findings.json entries of the re-check
    vetoes: Mapped[list[Any]]
    metrics: Mapped[dict[str, Any]]
