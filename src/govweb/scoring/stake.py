"""Points at stake: for each finding, how many total points fixing it would gain under the methodology.

The index engine (scoring/items.py) turns a findings document into indices; the stake of a finding is the change
of the tier's weighted total when the indices are recomputed with that finding removed:
Σ weightᵢ·(indexᵢ without the finding − indexᵢ with it), over core and bonus weights, unrounded indices,
rounded half-up to 2 decimals at the end.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from govweb.errors import BadInput, JobFailed
from govweb.scoring.methodology import Methodology, TierSpec

IndexValues = Mapping[str, "Decimal | float | None"]
IndexEngine = Callable[[Mapping[str, Any]], IndexValues]
"""findings document → index name → value in 0–1 (None = not applicable / not measured)."""

ENGINE_MODULE = "govweb.scoring.items"
ENGINE_FUNCTION = "compute_indices"   # compute_indices(findings_doc, methodology, tier) -> {index: value}


@dataclass(frozen=True)
class Stake:
    finding_id: str
    check: str
    index: str | None                 # the index the finding counts against
    points: Decimal                   # total points gained by fixing it (2 decimals, ≥ 0 normally)
    deltas: dict[str, Decimal]        # index → change of that index when the finding is fixed (only changed ones)


def index_engine(methodology: Methodology, tier: str) -> IndexEngine:
    """The methodology's index engine for one tier; JobFailed when the scoring stage has none yet."""
    if tier not in methodology.tiers:
        raise BadInput(f"未知的级别「{tier}」（评估方法「{methodology.name}」的级别：{'、'.join(methodology.tiers)}）")
    try:
        module = importlib.import_module(ENGINE_MODULE)
    except ModuleNotFoundError:
        module = None
    function = getattr(module, ENGINE_FUNCTION, None)
    if function is None or not methodology.items:
        raise JobFailed(f"评估方法「{methodology.name}」没有定义指标项（items），无法由问题清单计算指数与分值影响")
    engine: Callable[[Mapping[str, Any], Methodology, str], IndexValues] = function

    def run(doc: Mapping[str, Any]) -> IndexValues:
        return engine(doc, methodology, tier)

    return run


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


def without(doc: Mapping[str, Any], finding_ids: Sequence[str]) -> dict[str, Any]:
    """A shallow copy of a findings document with some findings removed."""
    drop = set(finding_ids)
    return {**doc, "findings": [f for f in doc.get("findings") or [] if str(f.get("id")) not in drop]}


def points_at_stake(doc: Mapping[str, Any], methodology: Methodology, tier: str,
                    engine: IndexEngine | None = None) -> list[Stake]:
    """One Stake per finding of `doc`, largest first (ties by finding id)."""
    spec = methodology.tiers.get(tier)
    if spec is None:
        raise BadInput(f"未知的级别「{tier}」（评估方法「{methodology.name}」的级别：{'、'.join(methodology.tiers)}）")
    run = engine or index_engine(methodology, tier)
    before = dict(run(doc))
    stakes: list[Stake] = []
    for finding in doc.get("findings") or []:
        finding_id = str(finding.get("id"))
        change, deltas = weighted_change(spec, before, run(without(doc, [finding_id])))
        stakes.append(Stake(
            finding_id=finding_id, check=str(finding.get("check", "")), index=finding.get("index"),
            points=change.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), deltas=deltas,
        ))
    stakes.sort(key=lambda stake: (-stake.points, stake.finding_id))
    return stakes
