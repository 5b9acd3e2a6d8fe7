"""Points at stake: for each finding, how many total points fixing it would gain under the methodology.

An index engine turns a findings document into indices. The default one reads the document's raw measurements
(`metrics`, as the checks computed them), applies the `metric_deltas` of every finding counted as fixed, and scores
them with the methodology's items (scoring/items.py). The stake of a finding is the change of the tier's weighted
total when the indices are recomputed with that finding fixed: Σ weightᵢ·(indexᵢ fixed − indexᵢ as found), over
core and bonus weights, unrounded indices, rounded half-up to 2 decimals at the end.

A single finding's stake can be 0 when its item is saturated (six stale columns: fixing one leaves the fresh share
under the item's floor), while fixing them together is worth points. So stakes are also given per check — all of
its findings fixed at once (their metric deltas summed) — and for all findings of the site fixed together. Stakes
are not additive: the per-check stakes need not sum to the all-findings one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from govweb.errors import BadInput, JobFailed
from govweb.scoring.methodology import Methodology, TierSpec

if TYPE_CHECKING:
    from govweb.scoring.items import ItemDef

IndexValues = Mapping[str, "Decimal | float | None"]
IndexEngine = Callable[[Mapping[str, Any]], IndexValues]
"""findings document → index name → value in 0–1 (None = not applicable / not measured)."""

METRICS_KEY = "metrics"            # findings.json: raw measurements the methodology's items read
DELTAS_KEY = "metric_deltas"       # per finding: how each measurement changes if that finding is fixed
FIXED_KEYS = ("removed_findings", "assumed_fixed")  # findings counted as fixed when recomputing
FIXED_PLACES = 9   # a measurement with deltas applied is rounded: 2/30 − 1/30 − 1/30 is 0, not 7e-18


@dataclass(frozen=True)
class Stake:
    finding_id: str
    check: str
    index: str | None                 # the index the finding counts against
    points: Decimal                   # total points gained by fixing it (2 decimals, ≥ 0 normally)
    deltas: dict[str, Decimal]        # index → change of that index when the finding is fixed (only changed ones)


def _fixed_metrics(doc: Mapping[str, Any]) -> dict[str, float | None]:
    """The document's measurements with the `metric_deltas` of every finding counted as fixed added."""
    metrics: dict[str, float | None] = dict(doc[METRICS_KEY])
    changed: set[str] = set()
    for key in FIXED_KEYS:
        for finding in doc.get(key) or []:
            for name, delta in (finding.get(DELTAS_KEY) or {}).items():
                value = metrics.get(name)
                if value is not None and isinstance(delta, int | float) and not isinstance(delta, bool):
                    metrics[name] = value + delta
                    changed.add(name)
    for name in changed:
        value = metrics[name]
        metrics[name] = None if value is None else round(value, FIXED_PLACES)
    return metrics


def _with_expert_items(items: Mapping[str, list[ItemDef]], metrics: dict[str, float | None],
                       scores: Mapping[str, Any]) -> dict[str, list[ItemDef]]:
    """Items an expert scored read that score through an identity transform instead of their measurement."""
    from govweb.scoring.items import Linear

    result: dict[str, list[ItemDef]] = {}
    for index, defs in items.items():
        result[index] = []
        for item in defs:
            if item.id in scores and scores[item.id] is not None:
                name = f"expert:{item.id}"
                metrics[name] = float(scores[item.id])
                item = item.model_copy(update={"measurement": name, "transform": Linear(kind="linear")})
            result[index].append(item)
    return result


def index_engine(methodology: Methodology, tier: str) -> IndexEngine:
    """Indices from a findings document: its `metrics` with the `metric_deltas` of every finding counted as
    fixed (removed by an expert, or assumed fixed for points at stake), scored by the methodology's items, where
    items an expert scored (`review.items`: item id → 0–1) take the expert's score.
    JobFailed when the methodology defines no items."""
    from govweb.scoring.items import index_scores, parse_items

    spec = methodology.tiers.get(tier)
    if spec is None:
        raise BadInput(f"未知的级别「{tier}」（评估方法「{methodology.name}」的级别：{'、'.join(methodology.tiers)}）")
    items = parse_items(methodology.items, source=methodology.name)
    if not items:
        raise JobFailed(f"评估方法「{methodology.name}」没有定义指标项（items），无法由检查结果计算指数与分值影响")
    applicable = set(spec.applicable)
    expert_scored = set(methodology.expert_scored)

    def run(doc: Mapping[str, Any]) -> IndexValues:
        metrics = _fixed_metrics(doc)
        expert = (doc.get("review") or {}).get("items") or {}
        scores = index_scores(_with_expert_items(items, metrics, expert) if expert else items, metrics)
        return {name: value if name in applicable and name not in expert_scored else None
                for name, value in scores.items()}

    return run


def engine_for(doc: Mapping[str, Any], methodology: Methodology, tier: str) -> tuple[IndexEngine | None, str | None]:
    """The index engine for this document, or None with the reason (shown in reports) when it cannot run."""
    if not isinstance(doc.get(METRICS_KEY), Mapping):
        return None, "检查结果（findings.json）中没有原始测量值（metrics），无法计算分值影响"
    try:
        return index_engine(methodology, tier), None
    except JobFailed as exc:
        return None, exc.message


def _decimal(value: Decimal | float | None) -> Decimal | None:
    if value is None:
        return None
    return value if isinstance(value, Decimal) else Decimal(repr(value))


def weighted_change(spec: TierSpec, before: IndexValues, after: IndexValues) -> tuple[Decimal, dict[str, Decimal]]:
    """Σ weight·(after − before) over the tier's weights and bonus; indices missing on either side count 0."""
    total = Decimal(0)
    deltas: dict[str, Decimal] = {}
    for mapping in (spec.weights, spec.bonus):
        for name, weight in mapping.items():
            old, new = _decimal(before.get(name)), _decimal(after.get(name))
            if old is None or new is None or old == new:
                continue
            deltas[name] = new - old
            total += weight * (new - old)
    return total, deltas


def without(doc: Mapping[str, Any], finding_ids: Sequence[str], key: str = "assumed_fixed") -> dict[str, Any]:
    """A shallow copy of a findings document with some findings moved from `findings` to `key`."""
    drop = set(finding_ids)
    findings = doc.get("findings") or []
    moved = [f for f in findings if str(f.get("id")) in drop]
    return {**doc, "findings": [f for f in findings if str(f.get("id")) not in drop],
            key: [*(doc.get(key) or []), *moved]}


@dataclass(frozen=True)
class GroupStake:
    """Points gained by fixing a group of findings together: all findings of one check, or all of the site."""
    check: str | None                 # the check (problem type); None for all findings of the site
    finding_ids: tuple[str, ...]
    indices: tuple[str, ...]          # the indices its findings count against, in order of first appearance
    points: Decimal                   # total points gained by fixing them all at once (2 decimals)
    deltas: dict[str, Decimal]        # index → change when they are all fixed (only changed ones)

    @property
    def count(self) -> int:
        return len(self.finding_ids)


class _Gain:
    """Recomputes a document's indices with some of its findings fixed, against the indices as found."""

    def __init__(self, doc: Mapping[str, Any], methodology: Methodology, tier: str, engine: IndexEngine | None):
        spec = methodology.tiers.get(tier)
        if spec is None:
            raise BadInput(f"未知的级别「{tier}」（评估方法「{methodology.name}」的级别：{'、'.join(methodology.tiers)}）")
        self.doc, self.spec = doc, spec
        self.run = engine or index_engine(methodology, tier)
        self.before = dict(self.run(doc))

    def __call__(self, finding_ids: Sequence[str]) -> tuple[Decimal, dict[str, Decimal]]:
        change, deltas = weighted_change(self.spec, self.before, self.run(without(self.doc, finding_ids)))
        return change.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), deltas

    def group(self, check: str | None, findings: Sequence[Mapping[str, Any]]) -> GroupStake:
        ids = tuple(str(f.get("id")) for f in findings)
        points, deltas = self(ids)
        indices = tuple(dict.fromkeys(str(f["index"]) for f in findings if f.get("index")))
        return GroupStake(check=check, finding_ids=ids, indices=indices, points=points, deltas=deltas)


def points_at_stake(doc: Mapping[str, Any], methodology: Methodology, tier: str,
                    engine: IndexEngine | None = None) -> list[Stake]:
    """One Stake per finding of `doc`, largest first (ties by finding id)."""
    gain = _Gain(doc, methodology, tier, engine)
    stakes: list[Stake] = []
    for finding in doc.get("findings") or []:
        finding_id = str(finding.get("id"))
        points, deltas = gain([finding_id])
        stakes.append(Stake(finding_id=finding_id, check=str(finding.get("check", "")), index=finding.get("index"),
                            points=points, deltas=deltas))
    stakes.sort(key=lambda stake: (-stake.points, stake.finding_id))
    return stakes


def points_at_stake_by_check(doc: Mapping[str, Any], methodology: Methodology, tier: str,
                             engine: IndexEngine | None = None) -> list[GroupStake]:
    """One GroupStake per check with findings in `doc`: all its findings fixed at once; largest first (ties by
    more findings first, then check id). At least the largest single stake of its findings for the
    methodology's monotone items."""
    gain = _Gain(doc, methodology, tier, engine)
    by_check: dict[str, list[Mapping[str, Any]]] = {}
    for finding in doc.get("findings") or []:
        by_check.setdefault(str(finding.get("check", "")), []).append(finding)
    groups = [gain.group(check, findings) for check, findings in by_check.items()]
    groups.sort(key=lambda group: (-group.points, -group.count, group.check or ""))
    return groups


def points_if_all_fixed(doc: Mapping[str, Any], methodology: Methodology, tier: str,
                        engine: IndexEngine | None = None) -> GroupStake:
    """Every finding of `doc` fixed at once (check None): the total points the site can still gain."""
    return _Gain(doc, methodology, tier, engine).group(None, list(doc.get("findings") or []))
