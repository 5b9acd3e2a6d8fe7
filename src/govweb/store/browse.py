"""Reading a round the way the dashboard and the API show it: one page of a tier's results filtered, sorted and
counted in the database (a national tier has 13,000 rows), summaries by tier and region, findings by filter,
and a stamp that changes whenever a round's results do (what caches key on)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import String, and_, case, cast, func, or_, select
from sqlalchemy.orm import Session

from govweb.store import models as m
from govweb.store.records import ResultRow
from govweb.store.types import now

if TYPE_CHECKING:
    from govweb.store.store import Store

SORTS = ("rank", "total", "name", "code", "region")
VERDICT_FILTERS = ("合格", "不合格", "不排名")


@dataclass(frozen=True)
class ResultFilter:
    """What a ranking page shows: one tier, optionally under a region prefix (省 2 digits, 市 4), one 检查结果
    (合格 / 不合格 / 不排名 = listed apart), one veto rule, a search over names and codes, or given sites only."""

    tier: str
    region: str | None = None
    verdict: str | None = None
    veto: str | None = None
    search: str | None = None
    sites: tuple[str, ...] | None = None       # a site owner's sites; None: every site
    sort: str = "rank"
    descending: bool = False


@dataclass(frozen=True)
class RoundCounts:
    round_name: str
    enrolled: int
    measured: int
    not_measured: int
    failed: int
    pending: int
    ranked: int                                 # result rows with a rank (a site in two tiers counts twice)
    passed: int                                 # result rows 合格


@dataclass(frozen=True)
class GroupSummary:
    """A tier or a region: rows, how many ranked, 合格 and 不合格, the mean total of the ranked ones."""

    key: str
    rows: int
    ranked: int
    passed: int
    failed: int
    unranked: int
    mean_total: Decimal | None

    @property
    def pass_rate(self) -> Decimal | None:
        judged = self.passed + self.failed
        return None if not judged else (Decimal(self.passed) / judged * 100).quantize(Decimal("0.1"))


def _decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(repr(float(value)))


class Browse:
    """`store.browse`."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def stamp(self, round_name: str) -> tuple[Any, ...]:
        """Changes whenever the round's results, status or findings' human columns change (cache key)."""
        with self._store._read() as session:
            round_row = self._store._round(session, round_name)
            results = session.execute(select(func.count(), func.max(m.Result.computed_at))
                                      .where(m.Result.round_id == round_row.id)).one()
            audited = session.scalar(select(func.max(m.AuditEntry.id)).where(m.AuditEntry.round_name == round_name))
            return round_row.status, round_row.internal, results[0], results[1], audited

    def round_counts(self) -> dict[str, RoundCounts]:
        with self._store._read() as session:
            names = dict(session.execute(select(m.Round.id, m.Round.name)).all())
            states: dict[int, dict[str, int]] = defaultdict(dict)
            for round_id, status, count in session.execute(
                    select(m.Inspection.round_id, m.Inspection.status, func.count())
                    .group_by(m.Inspection.round_id, m.Inspection.status)):
                states[round_id][status] = count
            results: dict[int, tuple[int, int]] = {}
            for round_id, ranked, passed in session.execute(
                    select(m.Result.round_id, func.count(m.Result.rank),
                           func.sum(case((m.Result.verdict == "合格", 1), else_=0)))
                    .group_by(m.Result.round_id)):
                results[round_id] = (int(ranked or 0), int(passed or 0))
            return {name: RoundCounts(name, sum(states[id_].values()), states[id_].get("measured", 0),
                                      states[id_].get("not-measured", 0), states[id_].get("failed", 0),
                                      states[id_].get("pending", 0) + states[id_].get("running", 0),
                                      *results.get(id_, (0, 0)))
                    for id_, name in names.items()}

    def tiers(self, round_name: str) -> list[str]:
        """The round's tiers with results, in the methodology's order."""
        with self._store._read() as session:
            round_row = self._store._round(session, round_name)
            present = set(session.scalars(select(m.Result.tier).where(m.Result.round_id == round_row.id).distinct()))
            order = list(round_row.methodology.get("tiers") or {})
            return [t for t in order if t in present] + sorted(present - set(order))

    @staticmethod
    def _summaries(session: Session, round_id: int, key: Any, tier: str | None = None) -> list[GroupSummary]:
        query = (select(key, func.count(), func.count(m.Result.rank),
                        func.sum(case((m.Result.verdict == "合格", 1), else_=0)),
                        func.sum(case((m.Result.verdict == "不合格", 1), else_=0)),
                        func.avg(case((m.Result.rank.is_not(None), m.Result.total), else_=None)))
                 .join(m.Site, m.Site.id == m.Result.site_id).where(m.Result.round_id == round_id).group_by(key))
        if tier is not None:
            query = query.where(m.Result.tier == tier)
        found = []
        for group, rows, ranked, passed, failed, mean in session.execute(query):
            mean_total = _decimal(mean)
            found.append(GroupSummary(str(group or ""), rows, ranked, int(passed or 0), int(failed or 0),
                                      rows - ranked, mean_total.quantize(Decimal("0.1")) if mean_total else None))
        return found

    def tier_summary(self, round_name: str) -> list[GroupSummary]:
        with self._store._read() as session:
            round_row = self._store._round(session, round_name)
            found = {g.key: g for g in self._summaries(session, round_row.id, m.Result.tier)}
        return [found[t] for t in self.tiers(round_name) if t in found]

    def region_summary(self, round_name: str, *, tier: str | None = None, within: str | None = None) -> list[GroupSummary]:
        """Per province (2-digit prefix of 行政区划代码), or per city (4 digits) within a province."""
        width = 2 if not within else min(len(within) + 2, 6)
        with self._store._read() as session:
            round_row = self._store._round(session, round_name)
            key = func.substr(m.Site.admin_code, 1, width)
            found = self._summaries(session, round_row.id, key, tier)
        return sorted((g for g in found if not within or g.key.startswith(within)), key=lambda g: g.key)

    def totals(self, round_name: str, tier: str) -> list[Decimal]:
        with self._store._read() as session:
            round_id = self._store._round(session, round_name).id
            return [t for t in session.scalars(select(m.Result.total).where(
                m.Result.round_id == round_id, m.Result.tier == tier, m.Result.rank.is_not(None)))
                if t is not None]

    def index_means(self, round_name: str, tier: str) -> dict[str, Decimal | None]:
        """Each index's mean over the tier's ranked sites (2 decimals)."""
        sums: dict[str, Decimal] = defaultdict(Decimal)
        counts: dict[str, int] = defaultdict(int)
        with self._store._read() as session:
            round_id = self._store._round(session, round_name).id
            for indices in session.scalars(select(m.Result.indices).where(
                    m.Result.round_id == round_id, m.Result.tier == tier, m.Result.rank.is_not(None))):
                for name, value in indices.items():
                    if value is not None:
                        sums[name] += Decimal(repr(float(value)))
                        counts[name] += 1
        return {name: (sums[name] / counts[name]).quantize(Decimal("0.01")) for name in sums}

    # -- a tier's results, one page at a time ----------------------------------------------------------------

    @staticmethod
    def _conditions(round_id: int, f: ResultFilter) -> list[Any]:
        conditions: list[Any] = [m.Result.round_id == round_id, m.Result.tier == f.tier]
        if f.region:
            conditions.append(m.Site.admin_code.startswith(f.region, autoescape=True))
        if f.verdict == "不排名":
            conditions.append(m.Result.rank.is_(None))
        elif f.verdict:
            conditions.append(and_(m.Result.verdict == f.verdict, m.Result.rank.is_not(None)))
        if f.veto:  # vetoes is a JSON list of rule ids: match the quoted id in its text (both databases)
            conditions.append(cast(m.Result.vetoes, String).contains(f'"{f.veto}"', autoescape=True))
        if f.search:
            text = f.search.strip()
            conditions.append(or_(m.Site.name.contains(text, autoescape=True), m.Site.code == text,
                                  m.Site.url.contains(text, autoescape=True)))
        if f.sites is not None:
            conditions.append(m.Site.code.in_(list(f.sites)))
        return conditions

    @staticmethod
    def _order(f: ResultFilter) -> list[Any]:
        """Sort keys; rows without the value (unranked, no total, no region) stay last either way."""
        by: dict[str, tuple[Any, Any]] = {
            "rank": (m.Result.rank.is_(None), m.Result.rank), "total": (m.Result.total.is_(None), m.Result.total),
            "name": (None, m.Site.name), "code": (None, m.Site.code),
            "region": (m.Site.admin_code.is_(None), m.Site.admin_code)}
        missing, value = by.get(f.sort, by["rank"])
        keys = [value.desc() if f.descending else value, m.Site.admin_code, m.Site.code]
        return keys if missing is None else [missing, *keys]

    def count_results(self, round_name: str, f: ResultFilter) -> int:
        """How many rows of the tier match the filter."""
        with self._store._read() as session:
            conditions = self._conditions(self._store._round(session, round_name).id, f)
            return int(session.scalar(select(func.count()).select_from(m.Result).join(
                m.Site, m.Site.id == m.Result.site_id).where(*conditions)) or 0)

    def results_page(self, round_name: str, f: ResultFilter, *, limit: int | None = 100, offset: int = 0,
                     count: int | None = None) -> tuple[list[ResultRow], int]:
        """One page of a tier's results and how many rows match in all (`count`: already known)."""
        with self._store._read() as session:
            round_id = self._store._round(session, round_name).id
            conditions = self._conditions(round_id, f)
            joined = select(m.Result, m.Site.code, m.Site.name, m.Site.admin_code).join(
                m.Site, m.Site.id == m.Result.site_id)
            if count is None:
                count = self.count_results(round_name, f)
            query = joined.where(*conditions).order_by(*self._order(f)).offset(offset)
            if limit is not None:
                query = query.limit(limit)
            rows = [ResultRow(round_name, code, name, admin, r.tier, {k: _decimal(v) for k, v in r.indices.items()},
                              r.total, r.rank, r.verdict, list(r.vetoes), r.note)
                    for r, code, name, admin in session.execute(query)]
            return rows, int(count)

    def site_results(self, round_name: str, site_code: str) -> list[ResultRow]:
        with self._store._read() as session:
            round_id = self._store._round(session, round_name).id
            query = (select(m.Result, m.Site.code, m.Site.name, m.Site.admin_code)
                     .join(m.Site, m.Site.id == m.Result.site_id)
                     .where(m.Result.round_id == round_id, m.Site.code == site_code))
            return [ResultRow(round_name, code, name, admin, r.tier, {k: _decimal(v) for k, v in r.indices.items()},
                              r.total, r.rank, r.verdict, list(r.vetoes), r.note)
                    for r, code, name, admin in session.execute(query)]

    def tier_size(self, round_name: str, tier: str) -> int:
        with self._store._read() as session:
            round_id = self._store._round(session, round_name).id
            return int(session.scalar(select(func.count()).select_from(m.Result).where(
                m.Result.round_id == round_id, m.Result.tier == tier, m.Result.rank.is_not(None))) or 0)

    def count_findings(self, round_name: str, *, site_codes: Sequence[str] | None = None,
                       **filters: str | None) -> int:
        """How many findings `store.findings(round, **filters)` returns (for paging)."""
        columns = {"check": m.Finding.check_id, "type": m.Finding.type, "element": m.Finding.element,
                   "index": m.Finding.index_name, "status": m.Finding.status,
                   "rectification": m.Finding.rectification, "site_code": m.Site.code}
        with self._store._read() as session:
            round_id = self._store._round(session, round_name).id
            query = (select(func.count()).select_from(m.Finding).join(m.Site, m.Site.id == m.Finding.site_id)
                     .where(m.Finding.round_id == round_id))
            for key, value in filters.items():
                if value is not None:
                    query = query.where(columns[key] == value)
            if site_codes is not None:
                query = query.where(m.Site.code.in_(list(site_codes)))
            return int(session.scalar(query) or 0)

    def sites_in_rounds(self, site_codes: Sequence[str] | None, admin_prefix: str | None) -> dict[str, list[str]]:
        """Round name → the codes of the given sites (or of every site under the prefix) inspected in it."""
        with self._store._read() as session:
            query = (select(m.Round.name, m.Site.code).join(m.Inspection, m.Inspection.round_id == m.Round.id)
                     .join(m.Site, m.Site.id == m.Inspection.site_id).order_by(m.Round.as_of.desc(), m.Site.code))
            if site_codes is not None:
                query = query.where(m.Site.code.in_(list(site_codes)))
            if admin_prefix:
                query = query.where(m.Site.admin_code.startswith(admin_prefix, autoescape=True))
            found: dict[str, list[str]] = defaultdict(list)
            for name, code in session.execute(query):
                found[name].append(code)
            return dict(found)

    def previous_round(self, round_name: str) -> str | None:
        """The round before this one (as-of date, then creation), for comparisons."""
        with self._store._read() as session:
            current = self._store._round(session, round_name)
            return session.scalar(select(m.Round.name).where(
                or_(m.Round.as_of < current.as_of,
                    and_(m.Round.as_of == current.as_of, m.Round.created_at < current.created_at)))
                .order_by(m.Round.as_of.desc(), m.Round.created_at.desc()).limit(1))

    def set_internal(self, round_name: str, internal: bool, *, actor: str) -> None:
        stamp = now()
        with self._store._write() as session, session.begin():
            row = self._store._round(session, round_name)
            if row.internal != internal:
                self._store._audit(session, stamp, actor, "round", "round", round_name, round_name, None,
                                   {"internal": row.internal}, {"internal": internal}, None)
                row.internal = internal
