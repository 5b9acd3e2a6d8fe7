"""Scoring a site of a stored round again after people changed its inputs — a finding struck (人工核减), an
expert score entered or arbitrated, a veto raised or withdrawn, an appeal accepted — and ranking its tiers again.

    rescore_round_sites(store, "2020", ["3205000007"])

The findings document is rebuilt from the store (`site_document`), the expert input resolved from the store's
reviews (`expert_input`: two evaluators, arbitration), and `scoring.site.score_site` scores the site as
`govweb evaluate` does (indices recomputed, totals, 检查结果, vetoes, notes, listed apart or not);
`campaign.results.build_table` gives its rows and `scoring.ranking.score_table` ranks the tier again.
"""

from __future__ import annotations

import datetime
import functools
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from govweb.campaign.results import (
    CARRIED,
    COL_NOTE,
    COL_RESULT,
    COL_SITE,
    COL_VETOES,
    SiteResult,
    build_table,
)
from govweb.campaign.summary import KIND_LABELS
from govweb.registry import Site
from govweb.review import ExpertEntry, Removal
from govweb.review.consensus import DISPUTED, Consensus, Score, consensus
from govweb.scoring.methodology import Methodology
from govweb.scoring.ranking import score_table
from govweb.scoring.site import SiteScore, score_site
from govweb.scoring.table import InputRow, InputTable
from govweb.store import FindingRow, InspectionInfo, ResultRecord, ResultRow, RoundInfo, SiteInfo, Store
from govweb.store.types import now
from govweb.terms import VETO_RULES

DONE = ("measured", "not-measured")
EXPERT_VETO = "serious-error"      # what only people judge (严重表述错误 and the rest of its list)
VETO_WITHDRAWN = Decimal(0)        # a veto review with value 0 withdraws it; null or 1 raises it
_RULE_BY_LABEL = {label: rule for rule, label in VETO_RULES.items()}


@dataclass(frozen=True)
class ExpertState:
    """What people decided about a site: the expert input that counts, each scored target's consensus, the
    vetoes raised and still standing."""

    entry: ExpertEntry | None
    scores: dict[tuple[str, str], Consensus] = field(default_factory=dict)   # (kind, target) → consensus
    vetoes: list[dict[str, Any]] = field(default_factory=list)              # [{"rule", "reason", "by", "evidence"}]

    @property
    def disputed(self) -> list[tuple[str, str]]:
        return [key for key, c in self.scores.items() if c.state == DISPUTED]


def registry_site(info: SiteInfo, tiers: Sequence[str] | None = None) -> Site:
    """The registry's Site for a stored site (tiers: as the round saw them)."""
    chosen = tuple(tiers or info.tiers)
    extra = {k: str(v) for k, v in info.extra.items()}
    return Site(info.code, info.name, info.url, chosen[0], info.admin_code, info.source_row, chosen[1:], extra)


def site_document(store: Store, round_name: str, site_code: str, *, inspection: InspectionInfo | None = None,
                  findings: Sequence[FindingRow] | None = None) -> dict[str, Any] | None:
    """The site's findings document as the checks wrote it, rebuilt from the store (every finding, struck or
    not, as reported), or None when its inspection did not finish. `inspection`, `findings`: already read."""
    inspection = inspection or store.inspection(round_name, site_code)
    if inspection is None or inspection.status not in DONE:
        return None
    if findings is None:
        findings = store.findings(round_name, site_code=site_code)
    doc: dict[str, Any] = {
        "site": {"status": inspection.status, "reason": inspection.reason},
        "findings": [f.as_finding() for f in findings],
        "vetoes": list(inspection.vetoes), "indices": dict(inspection.indices or {}),
        "inspection": dict(inspection.sheet or {})}
    if inspection.metrics:  # no metrics (an older findings.json): the checks' indices stand
        doc["metrics"] = dict(inspection.metrics)
    return doc


def expert_input(store: Store, round_name: str, site_code: str, methodology: Methodology, *,
                 findings: Sequence[FindingRow] | None = None) -> ExpertState:
    """The store's reviews of the site as one expert entry: scores resolved by `review.consensus` (two
    evaluators, a third arbitrating above the methodology's threshold), every struck finding as a removal,
    vetoes raised (the most recent decision on a rule stands)."""
    reviews = sorted(store.reviews(round_name, site_code=site_code), key=lambda r: r.recorded_at)
    by_target: dict[tuple[str, str], list[Score]] = defaultdict(list)
    removers: dict[str, Any] = {}
    veto_rows: dict[str, Any] = {}
    for review in reviews:
        if review.kind in ("index", "item") and review.value is not None:
            by_target[(review.kind, review.target)].append(Score(review.reviewer, review.role, review.value))
        elif review.kind == "removal":
            removers[review.target] = review
        elif review.kind == "veto":
            veto_rows[review.target] = review
    scores = {key: found for key, values in by_target.items()
              if (found := consensus(values, methodology.arbitration_threshold)) is not None}
    removals = [Removal(f.finding_id, f.status_reason or "人工核减",
                        removers[f.finding_id].reviewer if f.finding_id in removers else "申诉",
                        removers[f.finding_id].review_date if f.finding_id in removers else now().date(), 0)
                for f in (findings if findings is not None else store.findings(round_name, site_code=site_code))
                if f.status == "removed"]
    vetoes = [{"rule": rule, "reason": row.reason, "by": row.reviewer, "evidence": row.evidence}
              for rule, row in veto_rows.items() if row.value != VETO_WITHDRAWN]
    people = [r for r in reviews if r.kind in ("index", "item", "removal")]
    if not people and not removals:
        return ExpertState(None, scores, vetoes)
    entry = ExpertEntry(site_code=site_code)
    for review in people:
        if review.reviewer not in entry.reviewers:
            entry.reviewers.append(review.reviewer)
        entry.dates.append(review.review_date)
    if not entry.dates:
        entry.dates.append(now().date())
    for (kind, target), found in scores.items():
        if found.value is not None:
            (entry.indices if kind == "index" else entry.items)[target] = found.value
    entry.removals.extend(removals)
    return ExpertState(entry, scores, vetoes)


def disputed_scores(store: Store, round_name: str) -> list[tuple[str, tuple[str, str], Consensus]]:
    """The round's expert scores still waiting for arbitration: (site code, (kind, target), consensus), by site."""
    methodology = store.round_methodology(round_name)
    return [(code, key, state.scores[key]) for code in sorted({r.site_code for r in store.reviews(round_name)})
            for state in [expert_input(store, round_name, code, methodology)] for key in state.disputed]


def scored_site(store: Store, round_name: str, site_code: str, methodology: Methodology, tier: str,
                *, applied_at: datetime.datetime | None = None, inspection: InspectionInfo | None = None,
                findings: Sequence[FindingRow] | None = None) -> tuple[SiteScore | None, ExpertState]:
    """The site scored with the people's decisions applied, as `govweb evaluate` scores it (plus vetoes raised by
    evaluators); None when its inspection did not finish. `inspection`, `findings`: already read."""
    if findings is None:
        findings = store.findings(round_name, site_code=site_code)
    state = expert_input(store, round_name, site_code, methodology, findings=findings)
    doc = site_document(store, round_name, site_code, inspection=inspection, findings=findings)
    if doc is None:
        return None, state
    return score_site(doc, methodology, tier, state.entry, applied_at=applied_at or now(),
                      raised_vetoes=state.vetoes), state


def reviewed_document(store: Store, round_name: str, site_code: str, methodology: Methodology, tier: str,
                      **kwargs: Any) -> tuple[dict[str, Any] | None, ExpertState]:
    """The site's findings document with the people's decisions applied (reviewed.json as `govweb evaluate`
    writes it, plus vetoes raised by evaluators)."""
    score, state = scored_site(store, round_name, site_code, methodology, tier, **kwargs)
    return (score.reviewed if score is not None else None), state


def _score(site: Site, score: SiteScore | None, methodology: Methodology, as_of: datetime.date,
           status: str) -> list[ResultRecord]:
    """The site's rows (one per tier), ranked alone: totals, 检查结果, vetoes and notes, or listed apart."""
    doc = score.reviewed if score is not None else None
    table = build_table([SiteResult(site, score, "done" if score is not None else status)], methodology, as_of,
                        Path("store"))
    records = []
    for ranked in table.ranking.tables if table.ranking else []:
        for row in ranked.rows:
            records.append(ResultRecord(site.site_code, ranked.tier, dict(row.indices), row.total, row.rank,
                                        row.carried.get(COL_RESULT) or None, vetoes_of(row.carried.get(COL_VETOES)),
                                        row.carried.get(COL_NOTE) or None))
    vetoed = [str(v.get("rule")) for v in (doc or {}).get("vetoes") or []]
    for unranked in table.unranked:
        tiers = [t for t in site.tiers if t not in {r.tier for r in records}]
        note = f"{KIND_LABELS.get(unranked.kind, unranked.kind)}：{unranked.reason}"
        records += [ResultRecord(site.site_code, tier, {}, None, None, "不合格" if vetoed else None, vetoed, note)
                    for tier in tiers]
    return records


def vetoes_of(labels: str | None) -> list[str]:
    """Veto rule ids from the 单项否决 column's labels (站点无法访问、互动回应差 …)."""
    return [_RULE_BY_LABEL.get(label, label) for label in (labels or "").split("、") if label]


def rank_tier(tier: str, methodology: Methodology, as_of: datetime.date, changed: Mapping[str, ResultRecord],
              rows: Sequence[ResultRow]) -> list[ResultRecord]:
    """A tier ranked again with some sites' rows replaced: the records of those sites and of every other site
    whose rank or total moved (dense ranks, the tier's tie order, by `score_table`)."""
    current = {row.site_code: row for row in rows}
    entries: dict[str, ResultRecord] = {
        code: ResultRecord(code, row.tier, dict(row.indices), row.total, row.rank, row.verdict, row.vetoes, row.note)
        for code, row in current.items()}
    entries.update(changed)
    ranked = [e for e in entries.values() if e.rank is not None]
    names = {code: row.site_name for code, row in current.items()}
    admin = {code: row.admin_code for code, row in current.items()}
    input_rows = [InputRow(file="store", source_row=n + 2, tier=tier, name=names.get(e.site_code, e.site_code),
                           city=None, admin_code=admin.get(e.site_code), indices=dict(e.indices), total=None,
                           carried={COL_SITE: e.site_code}) for n, e in enumerate(ranked)]
    result: dict[str, ResultRecord] = dict(changed)
    if input_rows:
        columns = [n for n in methodology.indices if any(r.indices.get(n) is not None for r in input_rows)]
        for row in input_rows:  # a bonus without expert input counts 0, as in `build_table`
            row.indices.update({n: Decimal(0) for n in methodology.tiers[tier].bonus if row.indices.get(n) is None})
        table = InputTable(path=Path("store"), rows=input_rows, index_columns=columns, carried_columns=list(CARRIED),
                           columns=set(CARRIED))
        for ranked_table in score_table(table, methodology, as_of).tables:
            for row in ranked_table.rows:
                code = row.carried[COL_SITE]
                entry = entries[code]
                if code in changed or entry.rank != row.rank or entry.total != row.total:
                    result[code] = ResultRecord(code, tier, entry.indices, row.total, row.rank, entry.verdict,
                                                entry.vetoes, entry.note)
    return list(result.values())


def rescore_round_sites(store: Store, round_name: str, site_codes: Iterable[str]) -> dict[str, list[ResultRow]]:
    """Score the sites again from the store and rank their tiers again; returns each site's stored rows.
    Raises RoundLocked once the round is published."""
    info: RoundInfo = store.round(round_name)
    methodology = store.round_methodology(round_name)
    changed: dict[str, dict[str, ResultRecord]] = defaultdict(dict)   # tier → code → record
    for code in dict.fromkeys(site_codes):
        inspection = store.inspection(round_name, code)
        stored = store.site(code)
        if inspection is None or stored is None:
            continue
        site = registry_site(stored, inspection.tiers)
        score, _ = scored_site(store, round_name, code, methodology, site.tier)
        for record in _score(site, score, methodology, info.as_of, inspection.status):
            changed[record.tier][code] = record
    for tier, records in changed.items():
        store.update_tier_results(round_name, tier, functools.partial(rank_tier, tier, methodology, info.as_of, records))
    return {code: store.browse.site_results(round_name, code) for code in dict.fromkeys(site_codes)}
