"""Descriptive statistics of a tier's published figures (totals and indices): no scoring happens here."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from govweb.scoring.model import RankedRow

# Grades used by later CSTC editions (docs/methodology.md §1): (label, lower bound inclusive).
BANDS: tuple[tuple[str, Decimal | None], ...] = (
    ("卓越", Decimal(95)),
    ("优秀", Decimal(85)),
    ("良好", Decimal(75)),
    ("发展", Decimal(60)),
    ("准备", None),
)


def band_of(total: Decimal) -> str:
    for label, floor in BANDS:
        if floor is None or total >= floor:
            return label
    raise AssertionError("unreachable")


def _q(value: float, places: str) -> Decimal:
    return Decimal(repr(value)).quantize(Decimal(places), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class TierStats:
    count: int
    mean: Decimal
    median: Decimal
    q1: Decimal
    q3: Decimal
    minimum: Decimal
    maximum: Decimal
    index_means: dict[str, Decimal | None]    # index → mean over rows where it applies (2 decimals)
    bands: list[tuple[str, int]]              # (label, count) in BANDS order


def tier_stats(rows: Sequence[RankedRow], index_names: Sequence[str]) -> TierStats:
    totals = [float(r.total) for r in rows]
    if len(totals) >= 2:
        q1, median, q3 = statistics.quantiles(totals, n=4, method="inclusive")
    else:
        q1 = median = q3 = totals[0]
    means: dict[str, Decimal | None] = {}
    for name in index_names:
        values = [float(v) for r in rows if (v := r.indices.get(name)) is not None]
        means[name] = _q(statistics.fmean(values), "0.01") if values else None
    counts = {label: 0 for label, _ in BANDS}
    for row in rows:
        counts[band_of(row.total)] += 1
    return TierStats(
        count=len(rows),
        mean=_q(statistics.fmean(totals), "0.1"),
        median=_q(median, "0.1"),
        q1=_q(q1, "0.1"),
        q3=_q(q3, "0.1"),
        minimum=min(r.total for r in rows),
        maximum=max(r.total for r in rows),
        index_means=means,
        bands=[(label, counts[label]) for label, _ in BANDS],
    )
