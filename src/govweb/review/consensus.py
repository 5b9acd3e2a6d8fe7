"""Two evaluators score an expert item independently; a third arbitrates when they differ too much.

The rule (issue 12, the methodology's `arbitration_threshold`): with two evaluators' scores, a difference above
the threshold — a fraction of the item's range, scores being 0–1 — goes to arbitration, and the arbiter's score
stands; otherwise the mean of the two stands. One evaluator's score stands alone until a second one scores (the
spreadsheet path gives one reviewer per site). An arbiter's score always stands.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

SINGLE = "single"                   # one evaluator so far: their score stands
AGREED = "agreed"                   # two evaluators within the threshold: the mean stands
DISPUTED = "disputed"               # two evaluators apart by more than the threshold: awaiting arbitration
ARBITRATED = "arbitrated"           # the arbiter's score stands
STATE_LABELS = {SINGLE: "单人评分", AGREED: "两人评分取平均", DISPUTED: "差异超过阈值，待仲裁", ARBITRATED: "仲裁结果"}


@dataclass(frozen=True)
class Score:
    reviewer: str
    role: str                       # evaluator | arbiter
    value: Decimal                  # 0–1


@dataclass(frozen=True)
class Consensus:
    value: Decimal | None           # the score that counts; None while disputed (nothing stands yet)
    state: str
    scores: tuple[Score, ...]
    difference: Decimal | None      # between the two evaluators

    @property
    def label(self) -> str:
        return STATE_LABELS[self.state]


def consensus(scores: Sequence[Score], threshold: Decimal) -> Consensus | None:
    """The score that stands for one item of one site, from its evaluators' and arbiter's scores (None: none).
    With more than two evaluators, the first two (by the order given: the order they scored in) count."""
    arbiters = [s for s in scores if s.role == "arbiter"]
    evaluators = [s for s in scores if s.role != "arbiter"][:2]
    difference = abs(evaluators[0].value - evaluators[1].value) if len(evaluators) == 2 else None
    given = (*evaluators, *arbiters[-1:])
    if arbiters:
        return Consensus(arbiters[-1].value, ARBITRATED, given, difference)
    if not evaluators:
        return None
    if difference is None:
        return Consensus(evaluators[0].value, SINGLE, given, None)
    if difference > threshold:
        return Consensus(None, DISPUTED, given, difference)
    return Consensus((evaluators[0].value + evaluators[1].value) / 2, AGREED, given, difference)
