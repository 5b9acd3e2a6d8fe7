"""One site's score — the only place a site's indices, totals, rounding, the effect of its vetoes and its points
at stake are computed. Every caller (the per-site job, `govweb check`, a round's table, the diagnosis, the
dashboard's re-scoring) goes through `score_site`:

    score = score_site(findings, methodology, "地市", expert=entry, expert_file="experts.csv", applied_at=now)
    score.document   # findings.json: the checks' findings with the automatic indices and the inspection sheet
    score.reviewed   # reviewed.json: expert removals and scores applied, indices recomputed
    score.line("地市")   # indices rounded as the methodology says, the total, or why the site is listed apart
    score.stakes()   # points at stake per finding (largest first)

The checks stage hands over findings and raw measurements (`metrics`) only; the automatic indices are the
methodology's items over those measurements (scoring/items.py), kept to 4 places in findings.json.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from govweb.documents.expert import ExpertEntry
from govweb.documents.findings import SCHEMA_KEY, SCHEMA_VERSION
from govweb.errors import BadInput
from govweb.scoring.expert import apply_expert
from govweb.scoring.inspection import InspectionSheet, inspect_sheet, load_sheet
from govweb.scoring.items import index_scores, parse_items
from govweb.scoring.methodology import Methodology
from govweb.scoring.ranking import total_of
from govweb.scoring.stake import (
    GroupStake,
    IndexEngine,
    Stake,
    engine_for,
    points_at_stake,
    points_at_stake_by_check,
    points_if_all_fixed,
)
from govweb.terms import INDICES, VETO_RULES

AUTOMATIC_PLACES = 4          # automatic indices in findings.json
# findings.json keys in their documented order; the scores go where the checks leave room for them
DOCUMENT_ORDER = ("site", "crawl", "columns", "elements", "findings", "vetoes", "indices", "metrics", "inspection",
                  "warnings", "open_data")
SHANGHAI = datetime.timezone(datetime.timedelta(hours=8))


@dataclass(frozen=True)
class TierLine:
    """The site against one tier: its indices as the ranking reads them, its total, or why it is listed apart."""

    tier: str
    indices: dict[str, Decimal | None]     # every methodology index, rounded; a missing bonus counts 0
    total: Decimal | None                  # None when listed apart
    note: str                              # e.g. no expert score: bonus not counted
    apart: tuple[str, str] | None = None   # (kind, reason): not-measured | vetoed | unscorable


@dataclass(frozen=True)
class SiteScore:
    methodology: Methodology
    tier: str | None
    document: dict[str, Any]               # findings.json content: findings, automatic indices, inspection sheet
    reviewed: dict[str, Any]               # reviewed.json content: expert input applied
    engine: IndexEngine | None             # indices from a findings document (None: no metrics or no items)
    stake_note: str | None                 # why points at stake cannot be computed, if they cannot
    expert_overrides: dict[str, Decimal] = field(default_factory=dict)

    @property
    def measured(self) -> bool:
        return bool((self.reviewed.get("site") or {}).get("status", "measured") == "measured")

    @property
    def reason(self) -> str | None:
        return (self.reviewed.get("site") or {}).get("reason")

    @property
    def vetoes(self) -> list[str]:
        """The rules of every veto standing (checks' and people's)."""
        return [str(v.get("rule")) for v in self.reviewed.get("vetoes") or []]

    @property
    def veto_labels(self) -> list[str]:
        return [VETO_RULES.get(rule, rule) for rule in self.vetoes]

    @property
    def result(self) -> str:
        """合格 / 不合格 from the inspection sheet; any veto means 不合格."""
        if self.vetoes:
            return "不合格"
        return str((self.reviewed.get("inspection") or {}).get("result") or "")

    @property
    def evidence_note(self) -> str:
        """What a reader of the round's table must know when the site's WARC is incomplete (findings.json
        `site.evidence`): what is missing and how many findings resting on it were not counted; '' when whole."""
        evidence = (self.reviewed.get("site") or {}).get("evidence") or {}
        if evidence.get("complete") is not False:
            return ""
        parts = []
        if evidence.get("missing_records"):
            parts.append(f"{evidence['missing_records']} 个页面缺失")
        if evidence.get("damaged_records"):
            parts.append(f"{evidence['damaged_records']} 条记录损坏")
        if evidence.get("truncated_tail"):
            parts.append("WARC 末尾被截断")
        unmeasured = len(evidence.get("not_measured_findings") or [])
        parts.append(f"相关发现 {unmeasured} 个未计" if unmeasured else "相关发现未计")
        return "证据不完整：" + "，".join(parts)

    @property
    def indices(self) -> dict[str, Decimal | None]:
        """The reviewed indices rounded to the methodology's places."""
        places = self.methodology.rounding.index
        return {name: _rounded(v, places) for name, v in (self.reviewed.get("indices") or {}).items()}

    def line(self, tier: str | None = None, *, veto_effect: bool = True) -> TierLine:
        """The site against `tier` (default: its own); `veto_effect=False` gives the total of a site the
        methodology would list apart for its vetoes (a diagnosis shows it)."""
        tier = tier or self.tier or ""
        m = self.methodology
        if not self.measured:
            return TierLine(tier, {}, None, "", ("not-measured", str(self.reason or "未能测量")))
        if veto_effect and self.vetoes and m.veto_effect == "exclude":
            return TierLine(tier, {}, None, "", ("vetoed", "单项否决：" + "、".join(self.veto_labels)))
        spec = m.tiers.get(tier)
        if spec is None:
            return TierLine(tier, {}, None, "", ("unscorable", f"评估方法中没有级别「{tier}」"))
        indices = self.indices
        missing = [name for name in spec.weights if indices.get(name) is None]
        if missing:
            return TierLine(tier, {}, None, "", ("unscorable", f"级别「{tier}」缺少指数：{'、'.join(missing)}"))
        scored = {name: indices.get(name) for name in m.indices}
        note = ""
        for name in spec.bonus:
            if scored.get(name) is None:
                scored[name] = Decimal(0)
                note = (self.reviewed.get("review") or {}).get("note") or f"未提供{name}评分，加分未计入"
        note = "；".join(n for n in (note, self.evidence_note) if n)
        return TierLine(tier, scored, total_of(spec, scored, m.rounding), note)

    def _stake_engine(self) -> IndexEngine | None:
        if self.engine is None or not self.measured or self.tier is None:
            return None
        engine, overrides = self.engine, self.expert_overrides
        # expert index scores replace computed ones: findings of an expert-scored index have nothing at stake
        return (lambda doc: {**engine(doc), **overrides}) if overrides else engine

    def stakes(self) -> list[Stake]:
        """Points at stake of each finding (largest first); [] when they cannot be computed."""
        engine = self._stake_engine()
        return points_at_stake(self.reviewed, self.methodology, self.tier or "", engine) if engine else []

    def stakes_by_check(self) -> list[GroupStake] | None:
        engine = self._stake_engine()
        return points_at_stake_by_check(self.reviewed, self.methodology, self.tier or "", engine) if engine else None

    def all_fixed(self) -> GroupStake | None:
        engine = self._stake_engine()
        return points_if_all_fixed(self.reviewed, self.methodology, self.tier or "", engine) if engine else None


def _rounded(value: Any, places: int) -> Decimal | None:
    if value is None:
        return None
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value))
    return number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def automatic_indices(document: Mapping[str, Any], methodology: Methodology,
                      tier: str | None) -> dict[str, float | None]:
    """The indices the methodology's items give the document's measurements (4 places); expert-scored indices
    and indices the tier does not use are null, as is every index of a site that was not measured."""
    names = list(INDICES)
    measured = (document.get("site") or {}).get("status", "measured") == "measured"
    if not measured:
        return dict.fromkeys(names)
    items = parse_items(methodology.items, source=methodology.name)
    scores = index_scores(items, document.get("metrics") or {})
    expert = set(methodology.expert_scored)
    applicable = set(methodology.tiers[tier].applicable) if tier is not None else None
    out: dict[str, float | None] = {}
    for name in names:
        value = None if name in expert else scores.get(name)
        if applicable is not None and name not in applicable:
            value = None
        out[name] = round(value, AUTOMATIC_PLACES) if value is not None else None
    return out


def scored_document(document: Mapping[str, Any], methodology: Methodology, tier: str | None,
                    sheet: InspectionSheet | None = None, services: bool = True) -> dict[str, Any]:
    """findings.json: the checks' document with the automatic indices and the inspection sheet's verdict, keys in
    the documented order. A document without measurements (an older findings.json) keeps its indices; one with
    a sheet already keeps it (the sheet's inputs — findings, measurements, vetoes — are the checks' own)."""
    doc = dict(document)
    if "metrics" in doc or "indices" not in doc:
        doc["indices"] = automatic_indices(doc, methodology, tier)
    if "inspection" not in doc:
        measured = (doc.get("site") or {}).get("status", "measured") == "measured"
        if measured:
            found = inspect_sheet(sheet or load_sheet(), doc.get("findings") or [], doc.get("metrics") or {},
                                  [str(v.get("rule")) for v in doc.get("vetoes") or []], services)
            doc["inspection"] = {k: found[k] for k in ("score", "result", "deductions")}
        else:
            doc["inspection"] = {"score": None, "result": None, "deductions": []}
    doc.setdefault(SCHEMA_KEY, SCHEMA_VERSION)
    ordered = {key: doc[key] for key in (*DOCUMENT_ORDER, SCHEMA_KEY) if key in doc}
    return {**ordered, **{key: value for key, value in doc.items() if key not in ordered}}


def score_site(inspection: Mapping[str, Any], methodology: Methodology, tier: str | None,
               expert: ExpertEntry | None = None, *, expert_file: str | None = None,
               applied_at: datetime.datetime | None = None, raised_vetoes: Sequence[Mapping[str, Any]] = (),
               services: bool = True, sheet: InspectionSheet | None = None,
               engine: IndexEngine | None = None) -> SiteScore:
    """Score one site: `inspection` is its findings document (fresh from the checks, or findings.json read
    back), `tier` its tier (None: every index, no totals), `expert` the expert input for it (None: none given;
    the expert indices then count 0 with a note), `raised_vetoes` vetoes people raised (单项否决 by evaluators),
    `engine` an index engine to use instead of the methodology's items."""
    if tier is not None and tier not in methodology.tiers:
        raise BadInput(f"未知的级别「{tier}」（评估方法「{methodology.name}」的级别：{'、'.join(methodology.tiers)}）")
    document = scored_document(inspection, methodology, tier, sheet, services)
    note = None
    if engine is None and tier is not None:
        engine, note = engine_for(document, methodology, tier)
    reviewed = apply_expert(document, expert, file=expert_file, applied_at=applied_at or datetime.datetime.now(SHANGHAI),
                            expert_indices=methodology.expert_scored, engine=engine)
    if raised_vetoes:
        reviewed["vetoes"] = [*reviewed.get("vetoes", []), *raised_vetoes]
    overrides = dict(expert.indices) if expert is not None else {}
    if (reviewed.get("site") or {}).get("status", "measured") != "measured":
        note = "网站未能测量，不计算分值影响"
    return SiteScore(methodology, tier, document, reviewed, engine, note, overrides)


__all__ = ["SiteScore", "TierLine", "automatic_indices", "score_site", "scored_document"]
