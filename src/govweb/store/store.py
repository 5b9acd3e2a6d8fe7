"""The store: one database holding every round side by side — sites, rounds, inspections, findings, expert
reviews, results and publications — on SQLite (embedded, the default) or PostgreSQL.

    store = open_store()                       # --db, $GOVWEB_DB, or ./govweb.sqlite; schema created/upgraded
    store.upsert_sites(read_sites("sites.csv").sites)
    round = store.open_round("2020", methodology, date(2020, 11, 26))   # same name again ⇒ resumed
    store.record_inspection("2020", InspectionOutcome.from_findings_document(code, doc, site_dir=…))
    store.findings("2020", check="stale-column", type="政策文件")        # every stale 政策文件 column

Every write is idempotent (keyed by round + site, round + site + finding id, round + site + tier) and runs in
its own transaction; many sites at once go through bulk statements. A published round is locked: expert input,
finding status, inspections and results can no longer change (整改 status can: that is what follows publication).
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import json
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, Table, and_, delete, func, or_, select, update
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from govweb.errors import BadInput, Problem
from govweb.registry import Site as RegistrySite
from govweb.scoring.methodology import Methodology
from govweb.store import models as m
from govweb.store.accounts import Accounts
from govweb.store.browse import Browse
from govweb.store.bulk import KEEP_ALL, bulk_upsert
from govweb.store.engine import WRITE, display, make_engine, resolve_url
from govweb.store.migrate import upgrade_to_head
from govweb.store.rechecks import Rechecks
from govweb.store.records import (
    FINDING_COLUMNS,
    AuditRow,
    FindingRow,
    HistoryEntry,
    ImportCounts,
    InspectionInfo,
    InspectionOutcome,
    JobState,
    PublicationRow,
    ResultRecord,
    ResultRow,
    ReviewRecord,
    ReviewRow,
    RoundInfo,
    SiteInfo,
)
from govweb.store.types import now
from govweb.urlnorm import host_of

T = TypeVar("T")
OUTCOME_STATUSES = ("measured", "not-measured", "failed")
VERDICTS = ("合格", "不合格")
# Finding columns people set (evaluators, site owners): an inspection recorded again never overwrites them.
HUMAN_COLUMNS = ("status", "status_reason", "rectification", "rectification_note", "appeal", "appeal_note")
SCORE_KINDS = ("index", "item")
# Columns of the registry export that are facts about the row, not the site (序号 shifts between exports).
_NOT_KEPT = ("序号",)
_OWNER = "网站主管单位"
_HOST_LEASES = 0x676F7677  # advisory lock class: taking leases in a round ("govw"; the round id is the other key)
_REGISTRY_STATUS = "网站状态"


class UnknownRound(BadInput):
    pass


class RoundMismatch(BadInput):
    """A round of that name exists with another methodology or as-of date: resuming it would mix two rounds."""


class RoundLocked(BadInput):
    """The round is published: its scores, findings and results are locked."""


class UnknownSites(BadInput):
    pass


def _chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _table(model: type[m.Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def methodology_content(methodology: Methodology) -> tuple[dict[str, Any], str]:
    """The methodology as JSON and the SHA-256 of its canonical form (what a resumed round must match)."""
    content = methodology.model_dump(mode="json")
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return content, hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _text(value: Any) -> str | None:
    """An identity field of a finding as text (findings.json writes them as strings)."""
    return value if value is None or isinstance(value, str) else str(value)


def _json_number(value: Decimal | float | None) -> float | None:
    return None if value is None else float(value)


def _decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(repr(float(value)))


def _result_values(round_id: int, site_id: int, r: ResultRecord, stamp: datetime.datetime) -> dict[str, Any]:
    return {"round_id": round_id, "site_id": site_id, "tier": r.tier,
            "indices": {k: _json_number(v) for k, v in r.indices.items()}, "total": r.total, "rank": r.rank,
            "verdict": r.verdict, "vetoes": list(r.vetoes), "note": r.note, "computed_at": stamp}


class Store:
    """A store at one URL. Thread-safe: every call opens its own session on a shared connection pool."""

    def __init__(self, url: URL, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self._writer = engine.execution_options(**{WRITE: True})
        self._local = threading.local()

    @functools.cached_property
    def accounts(self) -> Accounts:
        """Dashboard users, sessions, API tokens and login attempts."""
        return Accounts(self)

    @functools.cached_property
    def rechecks(self) -> Rechecks:
        """Re-checks (整改 复查) of sites of a round."""
        return Rechecks(self)

    @functools.cached_property
    def browse(self) -> Browse:
        """Paged, filtered and summarised reads for the dashboard and the API."""
        return Browse(self)

    @property
    def display_url(self) -> str:
        return display(self.url)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing ------------------------------------------------------------------------------------------

    def _read(self) -> AbstractContextManager[Session]:
        shared: Session | None = getattr(self._local, "session", None)
        return nullcontext(shared) if shared is not None else Session(self.engine)

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Reads inside share one session (one connection, one consistent snapshot, rounds looked up once):
        what a page that asks many questions wants. Nested uses join the outer one; writes are unaffected."""
        if getattr(self._local, "session", None) is not None:
            yield
            return
        with Session(self.engine) as session:
            self._local.session, self._local.rounds = session, {}
            try:
                yield
            finally:
                self._local.session, self._local.rounds = None, {}

    def _write(self) -> Session:
        return Session(self._writer)

    @staticmethod
    def _upsert(session: Session, model: type[m.Base], rows: Sequence[dict[str, Any]], keys: Sequence[str] = (),
                keep: Sequence[str] = (), fill: Sequence[str] = ()) -> None:
        """Insert rows in bulk; with `keys`, a row whose keys exist updates every other column except `keep`, and
        the `fill` columns only where the new value is not null."""
        bulk_upsert(session.connection(), _table(model), rows, keys=keys, keep=keep, fill=fill)

    def _round(self, session: Session, name: str, *, writable: bool = False) -> m.Round:
        shared: dict[str, m.Round] | None = getattr(self._local, "rounds", None)
        if not writable and shared is not None and session is self._local.session and name in shared:
            return shared[name]
        found = self._find_round(session, name, writable=writable)
        if not writable and shared is not None and session is self._local.session:
            shared[name] = found
        return found

    @staticmethod
    def _find_round(session: Session, name: str, *, writable: bool = False) -> m.Round:
        query = select(m.Round).where(m.Round.name == name)
        if writable:
            query = query.with_for_update(read=True)  # PostgreSQL: publication waits for writers, and vice versa
        found = session.scalars(query).one_or_none()
        if found is None:
            known = session.scalars(select(m.Round.name).order_by(m.Round.created_at).limit(20)).all()
            raise UnknownRound(f"没有名为「{name}」的评估轮次",
                               [Problem("已有的轮次：" + ("、".join(known) if known else "（无）"))])
        if writable and found.status == "published":
            raise RoundLocked(f"评估轮次「{name}」已于 {found.published_at:%Y-%m-%d %H:%M} 发布，专家评分、问题核减和结果已锁定，不能再修改")
        return found

    @staticmethod
    def _site_ids(session: Session, codes: Iterable[str]) -> dict[str, int]:
        wanted = list(dict.fromkeys(codes))
        found: dict[str, int] = {}
        for chunk in _chunks(wanted, 1000):
            found.update((code, id_) for id_, code in session.execute(
                select(m.Site.id, m.Site.code).where(m.Site.code.in_(chunk))))
        missing = [code for code in wanted if code not in found]
        if missing:
            raise UnknownSites(f"网站名录中没有 {len(missing)} 个网站标识码（请先导入网站名录）",
                               [Problem(f"网站标识码「{code}」") for code in missing[:50]])
        return found

    # -- sites ---------------------------------------------------------------------------------------------

    @staticmethod
    def _site_values(site: RegistrySite, source: str | None) -> dict[str, Any]:
        extra = {k: v for k, v in site.extra.items() if k not in _NOT_KEPT}
        return {"code": site.site_code, "name": site.name, "url": site.url, "admin_code": site.admin_code,
                "owner": extra.pop(_OWNER, None) or None, "registry_status": extra.pop(_REGISTRY_STATUS, None) or None,
                "extra": extra, "source": source, "source_row": site.row, "tiers": list(site.tiers)}

    def upsert_sites(self, sites: Iterable[RegistrySite], *, source: str | None = None, batch: int = 2000,
                     progress: Callable[[int], None] | None = None) -> ImportCounts:
        """Insert or update sites by 网站标识码 (the registry validated them); their tiers are replaced.
        A site whose facts are unchanged is left as it is. `progress(n)` after each batch of n sites."""
        by_code = {values["code"]: values for values in (self._site_values(site, source) for site in sites)}
        facts = ("name", "url", "admin_code", "owner", "registry_status", "extra")
        inserted = updated = unchanged = 0
        for chunk in _chunks(list(by_code.values()), batch):
            stamp = now()
            with self._write() as session, session.begin():
                codes = [values["code"] for values in chunk]
                existing = {row.code: row for row in session.execute(
                    select(m.Site.id, m.Site.code, *(getattr(m.Site, f) for f in facts)).where(m.Site.code.in_(codes)))}
                tiers: dict[int, list[str]] = defaultdict(list)
                for site_id, tier in session.execute(
                        select(m.SiteTier.site_id, m.SiteTier.tier)
                        .where(m.SiteTier.site_id.in_([row.id for row in existing.values()]))
                        .order_by(m.SiteTier.site_id, m.SiteTier.position)):
                    tiers[site_id].append(tier)
                new = [v for v in chunk if v["code"] not in existing]
                changed = [v for v in chunk if v["code"] in existing and (
                    any(getattr(existing[v["code"]], f) != v[f] for f in facts) or tiers[existing[v["code"]].id] != v["tiers"])]
                unchanged += len(chunk) - len(new) - len(changed)
                if new:
                    self._upsert(session, m.Site, [  # an upsert: another process may add the same site now
                        {k: v for k, v in values.items() if k != "tiers"} | {"created_at": stamp, "updated_at": stamp}
                        for values in new], keys=("code",), keep=("created_at",))
                    inserted += len(new)
                if changed:
                    session.execute(update(m.Site), [
                        {k: v for k, v in values.items() if k not in ("tiers", "code")}
                        | {"id": existing[values["code"]].id, "updated_at": stamp} for values in changed])
                    updated += len(changed)
                    session.execute(delete(m.SiteTier).where(
                        m.SiteTier.site_id.in_([existing[v["code"]].id for v in changed])))
                if new or changed:
                    ids = self._site_ids(session, [v["code"] for v in (*new, *changed)])
                    self._upsert(session, m.SiteTier, [
                        {"site_id": ids[v["code"]], "tier": tier, "position": n}
                        for v in (*new, *changed) for n, tier in enumerate(v["tiers"])], keys=("site_id", "tier"))
            if progress:
                progress(len(chunk))
        return ImportCounts(inserted, updated, unchanged)

    @staticmethod
    def _site_info(row: m.Site, tiers: Sequence[str]) -> SiteInfo:
        return SiteInfo(row.code, row.name, row.url, tuple(tiers), row.admin_code, row.owner, row.registry_status,
                        row.source, row.source_row, dict(row.extra))

    def _sites_where(self, *conditions: Any) -> list[SiteInfo]:
        with self._read() as session:
            rows = session.scalars(select(m.Site).where(*conditions).order_by(m.Site.code)).all()
            tiers: dict[int, list[str]] = defaultdict(list)
            query = select(m.SiteTier.site_id, m.SiteTier.tier).order_by(m.SiteTier.site_id, m.SiteTier.position)
            if len(rows) < 1000:
                query = query.where(m.SiteTier.site_id.in_([row.id for row in rows]))
            for site_id, tier in session.execute(query):
                tiers[site_id].append(tier)
            return [self._site_info(row, tiers[row.id]) for row in rows]

    def site(self, code: str) -> SiteInfo | None:
        found = self._sites_where(m.Site.code == code)
        return found[0] if found else None

    def sites(self, *, tier: str | None = None, admin_prefix: str | None = None) -> list[SiteInfo]:
        """Sites by code, optionally of one tier and/or under an administrative code prefix (a city: 4 digits)."""
        conditions: list[Any] = []
        if tier is not None:
            conditions.append(m.Site.id.in_(select(m.SiteTier.site_id).where(m.SiteTier.tier == tier)))
        if admin_prefix:
            conditions.append(m.Site.admin_code.startswith(admin_prefix, autoescape=True))
        return self._sites_where(*conditions)

    def count_sites(self) -> int:
        with self._read() as session:
            return int(session.scalar(select(func.count()).select_from(m.Site)) or 0)

    # -- rounds --------------------------------------------------------------------------------------------

    @staticmethod
    def _round_info(row: m.Round, resumed: bool = False) -> RoundInfo:
        return RoundInfo(row.name, row.methodology_name, row.methodology_version, row.methodology_sha256, row.as_of,
                         row.status, row.internal, row.folder, dict(row.settings), row.created_at, row.published_at,
                         resumed)

    def open_round(self, name: str, methodology: Methodology, as_of: datetime.date, *,
                   methodology_version: str | None = None, folder: str | Path | None = None, internal: bool = False,
                   settings: Mapping[str, Any] | None = None) -> RoundInfo:
        """Create the round, or resume it when one of that name exists with the same methodology (content, and
        version when given) and as-of date; otherwise RoundMismatch says what differs (exit 2)."""
        name = name.strip()
        if not name or len(name) > 200:
            raise BadInput("评估轮次名称应为 1–200 个字符", [Problem(f"轮次名称「{name}」")])
        content, digest = methodology_content(methodology)
        with self._write() as session, session.begin():
            found = session.scalars(select(m.Round).where(m.Round.name == name)).one_or_none()
            if found is not None:
                differences = []
                if found.methodology_sha256 != digest:
                    differences.append(f"评估方法：已有「{found.methodology_name}」（内容摘要 {found.methodology_sha256[:12]}），"
                                       f"本次「{methodology.name}」（内容摘要 {digest[:12]}）")
                if methodology_version is not None and found.methodology_version not in (None, methodology_version):
                    differences.append(f"评估方法版本：已有「{found.methodology_version}」，本次「{methodology_version}」")
                if found.as_of != as_of:
                    differences.append(f"评估基准日：已有 {found.as_of.isoformat()}，本次 {as_of.isoformat()}")
                if differences:
                    raise RoundMismatch(
                        f"评估轮次「{name}」已存在，但与本次参数不同，不能续跑：同一轮次须使用相同的评估方法和基准日；"
                        "要开始新的一轮，请换一个轮次名称（--round）",
                        [Problem(text) for text in differences])
                return self._round_info(found, resumed=True)
            row = m.Round(name=name, methodology_name=methodology.name, methodology_version=methodology_version,
                          methodology_sha256=digest, methodology=content, as_of=as_of, status="open",
                          internal=internal, folder=str(folder) if folder is not None else None,
                          settings=dict(settings or {}), created_at=now(), published_at=None)
            session.add(row)
            session.flush()
            return self._round_info(row)

    def round(self, name: str) -> RoundInfo:
        with self._read() as session:
            return self._round_info(self._round(session, name))

    def rounds(self) -> list[RoundInfo]:
        with self._read() as session:
            return [self._round_info(row) for row in
                    session.scalars(select(m.Round).order_by(m.Round.as_of, m.Round.created_at))]

    def round_methodology(self, name: str) -> Methodology:
        """The methodology exactly as the round used it."""
        with self._read() as session:
            return Methodology.model_validate(self._round(session, name).methodology)

    def add_round_sites(self, round_name: str, sites: Iterable[RegistrySite], *, source: str | None = None,
                        batch: int = 2000) -> int:
        """Upsert the sites into the registry and enrol them in the round (pending), with their tiers as the
        round sees them; sites already enrolled stay as they are. Returns how many were enrolled now."""
        sites = list(sites)
        self.upsert_sites(sites, source=source, batch=batch)
        added = 0
        for chunk in _chunks(sites, batch):
            stamp = now()
            with self._write() as session, session.begin():
                round_id = self._round(session, round_name, writable=True).id
                ids = self._site_ids(session, [site.site_code for site in chunk])
                enrolled = set(session.scalars(select(m.Inspection.site_id).where(
                    m.Inspection.round_id == round_id, m.Inspection.site_id.in_(list(ids.values())))))
                rows = [self._pending(round_id, ids[site.site_code], list(site.tiers), stamp)
                        for site in {s.site_code: s for s in chunk}.values() if ids[site.site_code] not in enrolled]
                self._upsert(session, m.Inspection, rows, keys=("round_id", "site_id"), keep=KEEP_ALL)
                added += len(rows)
        return added

    @staticmethod
    def _pending(round_id: int, site_id: int, tiers: list[str], stamp: datetime.datetime) -> dict[str, Any]:
        return {"round_id": round_id, "site_id": site_id, "tiers": tiers, "status": "pending", "timings": {},
                "stats": {}, "metrics": {}, "vetoes": [], "attempts": 0, "updated_at": stamp}

    # -- inspections and findings --------------------------------------------------------------------------

    def record_inspection(self, round_name: str, outcome: InspectionOutcome) -> None:
        self.record_inspections(round_name, [outcome])

    def record_inspections(self, round_name: str, outcomes: Iterable[InspectionOutcome], *, batch: int = 500,
                           progress: Callable[[int], None] | None = None) -> int:
        """Record finished inspections and their findings, `batch` sites per transaction. Recording a site again
        replaces its outcome; its findings are upserted by finding id — keeping an evaluator's 人工核减 and the
        owner's 整改 status — and findings no longer reported are deleted. The lease is released."""
        outcomes = list({o.site_code: o for o in outcomes}.values())
        for outcome in outcomes:
            if outcome.status not in OUTCOME_STATUSES:
                raise ValueError(f"{outcome.site_code}: status {outcome.status!r} is not one of {OUTCOME_STATUSES}")
        for chunk in _chunks(outcomes, batch):
            stamp = now()
            with self._write() as session, session.begin():
                round_id = self._round(session, round_name, writable=True).id
                ids = self._site_ids(session, [o.site_code for o in chunk])
                tiers: dict[int, list[str]] = defaultdict(list)
                for site_id, tier in session.execute(
                        select(m.SiteTier.site_id, m.SiteTier.tier).where(m.SiteTier.site_id.in_(list(ids.values())))
                        .order_by(m.SiteTier.site_id, m.SiteTier.position)):
                    tiers[site_id].append(tier)
                self._upsert(session, m.Inspection, [
                    self._pending(round_id, ids[o.site_code], tiers[ids[o.site_code]], stamp) | {
                        "status": o.status, "reason": o.reason, "started_at": o.started_at,
                        "finished_at": o.finished_at or stamp, "seconds": o.seconds, "timings": dict(o.timings),
                        "stats": dict(o.stats), "site_dir": o.site_dir, "warc_path": o.warc_path,
                        "screenshots_path": o.screenshots_path, "metrics": dict(o.metrics),
                        "vetoes": [dict(v) for v in o.vetoes],
                        "indices": dict(o.indices) if o.indices is not None else None,
                        "sheet": dict(o.sheet) if o.sheet is not None else None, "worker_id": None, "lease_expires_at": None,
                        "heartbeat_at": None}
                    for o in chunk], keys=("round_id", "site_id"), keep=("tiers", "attempts"), fill=("started_at",))
                findings = [self._finding_values(round_id, ids[o.site_code], o.site_code, f)
                            for o in chunk for f in o.findings]
                findings = list({(f["site_id"], f["finding_id"]): f for f in findings}.values())
                reported = {(f["site_id"], f["finding_id"]) for f in findings}
                stale = [id_ for id_, site_id, finding_id in session.execute(
                    select(m.Finding.id, m.Finding.site_id, m.Finding.finding_id).where(
                        m.Finding.round_id == round_id, m.Finding.site_id.in_(list(ids.values()))))
                    if (site_id, finding_id) not in reported]
                for stale_chunk in _chunks(stale, 1000):
                    session.execute(delete(m.Finding).where(m.Finding.id.in_(stale_chunk)))
                for finding_chunk in _chunks(findings, 5000):
                    self._upsert(session, m.Finding, list(finding_chunk), keys=("round_id", "site_id", "finding_id"),
                                 keep=HUMAN_COLUMNS)
            if progress:
                progress(len(chunk))
        return len(outcomes)

    @staticmethod
    def _finding_values(round_id: int, site_id: int, site_code: str, finding: Mapping[str, Any]) -> dict[str, Any]:
        """Columns of a new finding (status open; the other columns people set start null, and an upsert keeps
        them)."""
        if not (finding.get("id") and finding.get("check") and finding.get("message")):
            missing = [key for key in ("id", "check", "message") if not finding.get(key)]
            raise ValueError(f"{site_code}: finding {finding.get('id')!r} lacks {', '.join(missing)}")
        return {"round_id": round_id, "site_id": site_id, "finding_id": finding["id"], "check_id": finding["check"],
                "index_name": _text(finding.get("index")), "type": _text(finding.get("type")),
                "element": _text(finding.get("element")), "url": _text(finding.get("url")),
                "message": finding["message"], "evidence": dict(finding.get("evidence") or {}),
                "metric_deltas": dict(finding.get("metric_deltas") or {}),
                "detail": {k: v for k, v in finding.items() if k not in FINDING_COLUMNS}, "status": "open"}

    def _inspection_query(self) -> Any:
        return (select(m.Inspection, m.Site.code, m.Round.name).join(m.Site, m.Site.id == m.Inspection.site_id)
                .join(m.Round, m.Round.id == m.Inspection.round_id))

    @staticmethod
    def _inspection_info(row: m.Inspection, code: str, round_name: str) -> InspectionInfo:
        return InspectionInfo(round_name, code, tuple(row.tiers), row.status, row.reason, row.started_at,
                              row.finished_at, row.seconds, dict(row.timings), dict(row.stats), row.site_dir,
                              row.warc_path, row.screenshots_path, dict(row.metrics), list(row.vetoes),
                              dict(row.indices) if row.indices is not None else None,
                              dict(row.sheet) if row.sheet is not None else None, row.worker_id,
                              row.lease_expires_at, row.heartbeat_at, row.attempts)

    def inspections(self, round_name: str, *, status: str | Sequence[str] | None = None) -> list[InspectionInfo]:
        statuses = [status] if isinstance(status, str) else status
        with self._read() as session:
            round_id = self._round(session, round_name).id
            query = self._inspection_query().where(m.Inspection.round_id == round_id).order_by(m.Site.code)
            if statuses is not None:
                query = query.where(m.Inspection.status.in_(statuses))
            return [self._inspection_info(*row) for row in session.execute(query)]

    def inspection(self, round_name: str, site_code: str) -> InspectionInfo | None:
        with self._read() as session:
            round_id = self._round(session, round_name).id
            row = session.execute(self._inspection_query().where(
                m.Inspection.round_id == round_id, m.Site.code == site_code)).one_or_none()
            return self._inspection_info(*row) if row else None

    # -- leases (a worker holds a site while it inspects it) -----------------------------------------------

    def _inspection_id(self, session: Session, round_name: str, site_code: str) -> int:
        round_id = self._round(session, round_name, writable=True).id
        site_id = self._site_ids(session, [site_code])[site_code]
        found = session.scalar(select(m.Inspection.id).where(m.Inspection.round_id == round_id,
                                                              m.Inspection.site_id == site_id))
        if found is None:
            raise UnknownSites(f"网站「{site_code}」不在评估轮次「{round_name}」中")
        return found

    def acquire_lease(self, round_name: str, site_code: str, worker: str, seconds: float, *,
                      at: datetime.datetime | None = None, polite: bool = False) -> bool:
        """Take the site for `worker` until now + `seconds`: True when it was pending or failed, its lease had
        expired, or the worker already held it; False when another worker holds a live lease or it is done.
        `polite`: also False while another site of the round on the same host is held by a live lease (one host
        is crawled by one worker at a time)."""
        stamp = at or now()
        with self._write() as session, session.begin():
            id_ = self._inspection_id(session, round_name, site_code)
            if polite and self._host_busy(session, id_, site_code, stamp):
                return False
            result = session.execute(
                update(m.Inspection).where(
                    m.Inspection.id == id_,
                    or_(m.Inspection.status.in_(("pending", "failed")),
                        and_(m.Inspection.status == "running",
                             or_(m.Inspection.lease_expires_at.is_(None), m.Inspection.lease_expires_at < stamp,
                                 m.Inspection.worker_id == worker))))
                .values(status="running", worker_id=worker, heartbeat_at=stamp, started_at=stamp, updated_at=stamp,
                        lease_expires_at=stamp + datetime.timedelta(seconds=seconds),
                        attempts=m.Inspection.attempts + 1)
                .execution_options(synchronize_session=False))
            return bool(result.rowcount)  # type: ignore[attr-defined]

    @staticmethod
    def _host_busy(session: Session, inspection_id: int, site_code: str, stamp: datetime.datetime) -> bool:
        """Whether another site on this site's host is held by a live lease in the same round. Lease takers of a
        round queue on a transaction-level advisory lock first (PostgreSQL; SQLite's BEGIN IMMEDIATE already
        serialises writers), so two workers never both see the host free. Not a row lock: writers hold the round's
        row FOR SHARE, and upgrading that in two transactions at once would deadlock."""
        round_id = session.scalar(select(m.Inspection.round_id).where(m.Inspection.id == inspection_id))
        if session.get_bind().dialect.name == "postgresql":
            session.execute(select(func.pg_advisory_xact_lock(_HOST_LEASES, round_id)))
        url = session.scalar(select(m.Site.url).where(m.Site.code == site_code))
        host = host_of(url or "")
        held = session.scalars(
            select(m.Site.url).join(m.Inspection, m.Inspection.site_id == m.Site.id)
            .where(m.Inspection.round_id == round_id, m.Inspection.id != inspection_id,
                   m.Inspection.status == "running", m.Inspection.lease_expires_at >= stamp))
        return bool(host) and any(host_of(other) == host for other in held)

    def job_states(self, round_name: str, site_codes: Sequence[str] | None = None) -> dict[str, JobState]:
        """The sites' states in the round (all by default), in one light query (what a dispatcher polls)."""
        with self._read() as session:
            round_id = self._round(session, round_name).id
            query = (select(m.Site.code, m.Inspection.status, m.Inspection.attempts, m.Inspection.seconds,
                            m.Inspection.reason, m.Inspection.stats, m.Inspection.worker_id,
                            m.Inspection.lease_expires_at)
                     .join(m.Site, m.Site.id == m.Inspection.site_id).where(m.Inspection.round_id == round_id))
            if site_codes is not None:
                query = query.where(m.Site.code.in_(list(site_codes)))
            return {code: JobState(code, status, attempts, seconds, reason, dict(stats or {}).get("job") or {},
                                   worker, lease)
                    for code, status, attempts, seconds, reason, stats, worker, lease in session.execute(query)}

    def release_leases(self, round_name: str, workers: Iterable[str]) -> int:
        """Give back the sites these workers hold (known dead: a process of this machine that is gone), so they
        are taken again at once instead of when their leases expire. Returns how many."""
        workers = list(workers)
        if not workers:
            return 0
        with self._write() as session, session.begin():
            round_id = self._round(session, round_name, writable=True).id
            result = session.execute(
                update(m.Inspection).where(m.Inspection.round_id == round_id, m.Inspection.status == "running",
                                           m.Inspection.worker_id.in_(workers))
                .values(status="pending", worker_id=None, lease_expires_at=None, heartbeat_at=None, updated_at=now())
                .execution_options(synchronize_session=False))
            return int(result.rowcount)  # type: ignore[attr-defined]

    def renew_lease(self, round_name: str, site_code: str, worker: str, seconds: float, *,
                    at: datetime.datetime | None = None) -> bool:
        """The worker's heartbeat: extend its lease. False when the lease is no longer its own (expired and taken
        by another worker, or the site recorded): the worker should stop."""
        stamp = at or now()
        with self._write() as session, session.begin():
            id_ = self._inspection_id(session, round_name, site_code)
            result = session.execute(
                update(m.Inspection).where(m.Inspection.id == id_, m.Inspection.status == "running",
                                           m.Inspection.worker_id == worker)
                .values(heartbeat_at=stamp, lease_expires_at=stamp + datetime.timedelta(seconds=seconds),
                        updated_at=stamp)
                .execution_options(synchronize_session=False))
            return bool(result.rowcount)  # type: ignore[attr-defined]

    def expired_leases(self, round_name: str, *, at: datetime.datetime | None = None) -> list[str]:
        """Sites whose worker stopped heartbeating (running, lease expired): the dispatcher re-queues them."""
        stamp = at or now()
        with self._read() as session:
            round_id = self._round(session, round_name).id
            return list(session.scalars(
                select(m.Site.code).join(m.Inspection, m.Inspection.site_id == m.Site.id)
                .where(m.Inspection.round_id == round_id, m.Inspection.status == "running",
                       m.Inspection.lease_expires_at < stamp).order_by(m.Site.code)))

    # -- findings across a round ---------------------------------------------------------------------------

    def findings(self, round_name: str, *, check: str | None = None, type: str | None = None,
                 element: str | None = None, index: str | None = None, status: str | None = None,
                 rectification: str | None = None, site_code: str | None = None, limit: int | None = None,
                 offset: int = 0) -> list[FindingRow]:
        """Findings of a round, filtered; ordered by site code then finding id. E.g. every site with a stale
        政策文件 column: findings(round, check="stale-column", type="政策文件")."""
        with self._read() as session:
            round_id = self._round(session, round_name).id
            query = (select(m.Finding, m.Site.code, m.Site.name).join(m.Site, m.Site.id == m.Finding.site_id)
                     .where(m.Finding.round_id == round_id))
            for column, value in ((m.Finding.check_id, check), (m.Finding.type, type), (m.Finding.element, element),
                                  (m.Finding.index_name, index), (m.Finding.status, status),
                                  (m.Finding.rectification, rectification), (m.Site.code, site_code)):
                if value is not None:
                    query = query.where(column == value)
            query = query.order_by(m.Site.code, m.Finding.finding_id).offset(offset)
            if limit is not None:
                query = query.limit(limit)
            return [FindingRow(round_name, code, site_name, f.finding_id, f.check_id, f.index_name, f.type, f.element,
                               f.url, f.message, dict(f.evidence), dict(f.metric_deltas), dict(f.detail), f.status,
                               f.status_reason, f.rectification, f.rectification_note, f.appeal, f.appeal_note)
                    for f, code, site_name in session.execute(query)]

    def _finding(self, session: Session, round_name: str, site_code: str, finding_id: str,
                 writable: bool) -> tuple[m.Round, m.Finding]:
        round_row = self._round(session, round_name, writable=writable)
        site_id = self._site_ids(session, [site_code])[site_code]
        finding = session.scalars(select(m.Finding).where(
            m.Finding.round_id == round_row.id, m.Finding.site_id == site_id,
            m.Finding.finding_id == finding_id)).one_or_none()
        if finding is None:
            raise BadInput(f"评估轮次「{round_name}」中网站「{site_code}」没有问题编号「{finding_id}」")
        return round_row, finding

    def set_finding_status(self, round_name: str, site_code: str, finding_id: str, status: str, *, actor: str,
                           reason: str) -> None:
        """Strike a finding as false (removed, 人工核减) or reinstate it (open); locked once published."""
        if status not in m.FINDING_STATUSES:
            raise ValueError(f"status {status!r} is not one of {m.FINDING_STATUSES}")
        with self._write() as session, session.begin():
            round_row, finding = self._finding(session, round_name, site_code, finding_id, writable=True)
            self._change_status(session, round_row.name, site_code, finding, status, reason, actor, now())

    def _change_status(self, session: Session, round_name: str, site_code: str, finding: m.Finding, status: str,
                       reason: str | None, actor: str, stamp: datetime.datetime) -> None:
        self._change_finding(session, round_name, site_code, finding, "finding-status",
                             {"status": status, "status_reason": reason}, reason, actor, stamp)

    def _change_finding(self, session: Session, round_name: str, site_code: str, finding: m.Finding, action: str,
                        values: dict[str, Any], why: str | None, actor: str, stamp: datetime.datetime) -> None:
        """Set columns of a finding and audit old → new; nothing (not even an audit entry) when they are unchanged."""
        old = {name: getattr(finding, name) for name in values}
        if old == values:
            return
        for name, value in values.items():
            setattr(finding, name, value)
        self._audit(session, stamp, actor, action, "finding", finding.finding_id, round_name, site_code, old, values,
                    why)

    def set_rectification(self, round_name: str, site_code: str, finding_id: str, state: str | None, *, actor: str,
                          note: str | None = None) -> None:
        """The site owner's 整改 status of a finding (in-progress, fixed, or None); allowed after publication."""
        if state is not None and state not in m.RECTIFICATIONS:
            raise ValueError(f"state {state!r} is not one of {m.RECTIFICATIONS}")
        with self._write() as session, session.begin():
            _, finding = self._finding(session, round_name, site_code, finding_id, writable=False)
            self._change_finding(session, round_name, site_code, finding, "rectification",
                                 {"rectification": state, "rectification_note": note}, note, actor, now())

    def set_appeal(self, round_name: str, site_code: str, finding_id: str, state: str, *, actor: str,
                   note: str) -> None:
        """申诉: the site owner files an appeal on a finding (pending) while the round is open; an evaluator accepts
        it (the finding is struck, as a 人工核减 with the appeal's reason) or rejects it. Audited."""
        if state not in m.APPEALS:
            raise ValueError(f"state {state!r} is not one of {m.APPEALS}")
        stamp = now()
        with self._write() as session, session.begin():
            round_row, finding = self._finding(session, round_name, site_code, finding_id, writable=True)
            self._change_finding(session, round_row.name, site_code, finding, "appeal",
                                 {"appeal": state, "appeal_note": note}, note, actor, stamp)
            if state == "accepted":
                self._change_status(session, round_row.name, site_code, finding, "removed", f"申诉成立：{note}", actor,
                                    stamp)

    # -- expert reviews and the audit trail ----------------------------------------------------------------

    @staticmethod
    def _audit(session: Session, at: datetime.datetime, actor: str, action: str, entity: str, key: str,
               round_name: str | None, site_code: str | None, old: dict[str, Any] | None, new: dict[str, Any] | None,
               reason: str | None) -> None:
        session.add(m.AuditEntry(at=at, actor=actor, action=action, entity=entity, entity_key=key,
                                 round_name=round_name, site_code=site_code, old=old, new=new, reason=reason))

    def record_reviews(self, round_name: str, reviews: Iterable[ReviewRecord], *, actor: str | None = None) -> int:
        """Record expert decisions (upsert by site, kind, target and reviewer). Removals strike their finding
        (人工核减). Every change is audited (who: `actor`, default the reviewer); re-recording the same
        decision changes nothing. Returns how many decisions changed. Locked once the round is published."""
        reviews = list(reviews)
        for review in reviews:
            if review.kind not in m.REVIEW_KINDS or review.role not in m.REVIEW_ROLES:
                raise ValueError(f"{review.site_code}: kind {review.kind!r} / role {review.role!r} unknown")
            if review.kind in SCORE_KINDS and (review.value is None or not Decimal(0) <= review.value <= Decimal(1)):
                raise ValueError(f"{review.site_code}: score {review.target} = {review.value} is not within 0–1")
            if review.kind == "removal" and not (review.reason or "").strip():
                raise ValueError(f"{review.site_code}: removal of {review.target} without a reason")
        stamp = now()
        changed = 0
        with self._write() as session, session.begin():
            round_row = self._round(session, round_name, writable=True)
            ids = self._site_ids(session, [r.site_code for r in reviews])
            for review in reviews:
                site_id = ids[review.site_code]
                if review.kind == "removal":
                    _, finding = self._finding(session, round_name, review.site_code, review.target, writable=True)
                    self._change_status(session, round_name, review.site_code, finding, "removed", review.reason,
                                        actor or review.reviewer, stamp)
                row = session.scalars(select(m.ExpertReview).where(
                    m.ExpertReview.round_id == round_row.id, m.ExpertReview.site_id == site_id,
                    m.ExpertReview.kind == review.kind, m.ExpertReview.target == review.target,
                    m.ExpertReview.reviewer == review.reviewer)).one_or_none()
                new = {"value": str(review.value) if review.value is not None else None, "role": review.role,
                       "review_date": review.review_date.isoformat(), "reason": review.reason,
                       "evidence": review.evidence, "source": review.source}
                old = None if row is None else {
                    "value": str(row.value) if row.value is not None else None, "role": row.role,
                    "review_date": row.review_date.isoformat(), "reason": row.reason, "evidence": row.evidence,
                    "source": row.source}
                if old == new:
                    continue
                if row is None:
                    row = m.ExpertReview(round_id=round_row.id, site_id=site_id, kind=review.kind,
                                         target=review.target, reviewer=review.reviewer)
                    session.add(row)
                row.value, row.role, row.review_date = review.value, review.role, review.review_date
                row.reason, row.evidence, row.source, row.recorded_at = (review.reason, review.evidence,
                                                                         review.source, stamp)
                self._audit(session, stamp, actor or review.reviewer, "review", "expert_review",
                            f"{review.kind}:{review.target}:{review.reviewer}", round_name, review.site_code, old, new,
                            review.reason)
                changed += 1
        return changed

    def reviews(self, round_name: str, *, site_code: str | None = None) -> list[ReviewRow]:
        with self._read() as session:
            round_id = self._round(session, round_name).id
            query = (select(m.ExpertReview, m.Site.code).join(m.Site, m.Site.id == m.ExpertReview.site_id)
                     .where(m.ExpertReview.round_id == round_id))
            if site_code is not None:
                query = query.where(m.Site.code == site_code)
            query = query.order_by(m.Site.code, m.ExpertReview.kind, m.ExpertReview.target, m.ExpertReview.reviewer)
            return [ReviewRow(round_name, code, r.kind, r.target, r.value, r.reviewer, r.role, r.review_date,
                              r.reason, r.evidence, r.source, r.recorded_at) for r, code in session.execute(query)]

    def audit_trail(self, *, round_name: str | None = None, site_code: str | None = None) -> list[AuditRow]:
        """Changes in the order they were made, optionally of one round and/or one site."""
        with self._read() as session:
            query = select(m.AuditEntry).order_by(m.AuditEntry.at, m.AuditEntry.id)
            if round_name is not None:
                query = query.where(m.AuditEntry.round_name == round_name)
            if site_code is not None:
                query = query.where(m.AuditEntry.site_code == site_code)
            return [AuditRow(a.at, a.actor, a.action, a.entity, a.entity_key, a.round_name, a.site_code, a.old, a.new,
                             a.reason) for a in session.scalars(query)]

    # -- results -------------------------------------------------------------------------------------------

    def record_results(self, round_name: str, rows: Iterable[ResultRecord], *, replace: bool = True,
                       batch: int = 5000) -> int:
        """Upsert results by site and tier. With `replace` (the round's table computed as a whole), rows of the
        round that are not given are deleted, so the stored results are exactly `rows`."""
        rows = list({(r.site_code, r.tier): r for r in rows}.values())
        for row in rows:
            if row.verdict is not None and row.verdict not in VERDICTS:
                raise ValueError(f"{row.site_code}: 检查结果 {row.verdict!r} is not one of {VERDICTS}")
        stamp = now()
        with self._write() as session, session.begin():
            round_id = self._round(session, round_name, writable=True).id
            ids = self._site_ids(session, [r.site_code for r in rows])
            values = [_result_values(round_id, ids[r.site_code], r, stamp) for r in rows]
            if replace:
                given = {(v["site_id"], v["tier"]) for v in values}
                stale = [id_ for id_, site_id, tier in session.execute(
                    select(m.Result.id, m.Result.site_id, m.Result.tier).where(m.Result.round_id == round_id))
                    if (site_id, tier) not in given]
                for chunk in _chunks(stale, 1000):
                    session.execute(delete(m.Result).where(m.Result.id.in_(chunk)))
            for values_chunk in _chunks(values, batch):
                self._upsert(session, m.Result, list(values_chunk), keys=("round_id", "site_id", "tier"))
        return len(rows)

    @staticmethod
    def _results_of(session: Session, round_row: m.Round, tier: str | None) -> list[ResultRow]:
        query = (select(m.Result, m.Site.code, m.Site.name, m.Site.admin_code)
                 .join(m.Site, m.Site.id == m.Result.site_id).where(m.Result.round_id == round_row.id))
        if tier is not None:
            query = query.where(m.Result.tier == tier)
        return [ResultRow(round_row.name, code, name, admin, r.tier, {k: _decimal(v) for k, v in r.indices.items()},
                          r.total, r.rank, r.verdict, list(r.vetoes), r.note)
                for r, code, name, admin in session.execute(query)]

    def results(self, round_name: str, *, tier: str | None = None) -> list[ResultRow]:
        """A round's results, per tier in the methodology's order, then by rank (unranked last), admin code, code."""
        with self._read() as session:
            round_row = self._round(session, round_name)
            order = {name: n for n, name in enumerate(round_row.methodology.get("tiers") or {})}
            found = self._results_of(session, round_row, tier)
        return sorted(found, key=lambda r: (order.get(r.tier, len(order)), r.tier, r.rank is None, r.rank or 0,
                                            r.admin_code or "", r.site_code))

    def update_tier_results(self, round_name: str, tier: str,
                            change: Callable[[list[ResultRow]], Iterable[ResultRecord]]) -> int:
        """Rewrite results of one tier from its current rows in one transaction: `change` gets the tier's rows
        and returns those to upsert (a site scored again, the others whose rank moved). Such updates of a round
        run one after another (SQLite: BEGIN IMMEDIATE; PostgreSQL: the round row locked), so two evaluators
        acting at once never rank from stale rows. Locked once the round is published."""
        stamp = now()
        with self._write() as session, session.begin():
            round_row = self._round(session, round_name, writable=True)
            if session.connection().dialect.name == "postgresql":
                session.execute(select(m.Round.id).where(m.Round.id == round_row.id).with_for_update())
            records = list(change(self._results_of(session, round_row, tier)))
            if not records:
                return 0
            ids = self._site_ids(session, [r.site_code for r in records])
            self._upsert(session, m.Result, [_result_values(round_row.id, ids[r.site_code], r, stamp) for r in records],
                         keys=("round_id", "site_id", "tier"))
            return len(records)

    # -- publication ---------------------------------------------------------------------------------------

    def mark_published(self, round_name: str, files: Iterable[str | Path] = (), *, actor: str = "govweb",
                       at: datetime.datetime | None = None) -> RoundInfo:
        """Mark the round published (its expert scores, findings and results lock) and record its files (format,
        size, SHA-256). Publishing again records the files again and keeps the first publication time."""
        stamp = at or now()
        entries = []
        for file in files:
            path = Path(file)
            size = digest = None
            if path.is_file():
                sha = hashlib.sha256()
                with path.open("rb") as fh:
                    for block in iter(lambda: fh.read(1 << 20), b""):
                        sha.update(block)
                size, digest = path.stat().st_size, sha.hexdigest()
            entries.append({"format": path.suffix.lstrip(".").lower() or "?", "path": str(file), "bytes": size,
                            "sha256": digest, "published_at": stamp})
        with self._write() as session, session.begin():
            round_row = self._round(session, round_name)
            session.refresh(round_row, with_for_update=True)
            if round_row.status != "published":
                round_row.status, round_row.published_at = "published", stamp
                self._audit(session, stamp, actor, "publish", "round", round_name, round_name, None,
                            {"status": "open"}, {"status": "published", "published_at": stamp.isoformat()}, None)
            self._upsert(session, m.Publication, [e | {"round_id": round_row.id} for e in entries],
                         keys=("round_id", "path"))
            session.flush()
            return self._round_info(round_row)

    def publications(self, round_name: str) -> list[PublicationRow]:
        with self._read() as session:
            round_id = self._round(session, round_name).id
            return [PublicationRow(round_name, p.format, p.path, p.bytes, p.sha256, p.published_at) for p in
                    session.scalars(select(m.Publication).where(m.Publication.round_id == round_id)
                                    .order_by(m.Publication.path))]

    # -- a site across rounds ------------------------------------------------------------------------------

    def site_history(self, site_code: str) -> list[HistoryEntry]:
        """The site in every round that enrolled it, oldest as-of first: outcome, results per tier, findings."""
        with self._read() as session:
            site_id = self._site_ids(session, [site_code])[site_code]
            rounds = session.execute(
                select(m.Round, m.Inspection).join(m.Inspection, m.Inspection.round_id == m.Round.id)
                .where(m.Inspection.site_id == site_id).order_by(m.Round.as_of, m.Round.created_at)).all()
            counts: dict[tuple[int, str], int] = {
                (round_id, status): count for round_id, status, count in session.execute(
                    select(m.Finding.round_id, m.Finding.status, func.count())
                    .where(m.Finding.site_id == site_id).group_by(m.Finding.round_id, m.Finding.status))}
            site = session.get_one(m.Site, site_id)
            results: dict[int, list[ResultRow]] = defaultdict(list)
            names = {round_row.id: round_row.name for round_row, _ in rounds}
            for r in session.scalars(select(m.Result).where(m.Result.site_id == site_id).order_by(m.Result.tier)):
                results[r.round_id].append(ResultRow(names.get(r.round_id, ""), site_code, site.name, site.admin_code,
                                                     r.tier, {k: _decimal(v) for k, v in r.indices.items()}, r.total,
                                                     r.rank, r.verdict, list(r.vetoes), r.note))
            return [HistoryEntry(round_row.name, round_row.as_of, round_row.status, inspection.status,
                                 inspection.reason, inspection.finished_at, results[round_row.id],
                                 counts.get((round_row.id, "open"), 0), counts.get((round_row.id, "removed"), 0))
                    for round_row, inspection in rounds]


def open_store(url: str | URL | None = None) -> Store:
    """Open the store at `url` (the --db option; None: $GOVWEB_DB, else ./govweb.sqlite), creating or upgrading
    its schema to the newest revision."""
    resolved = url if isinstance(url, URL) else resolve_url(url)
    upgrade_to_head(resolved)
    return Store(resolved, make_engine(resolved))
