"""Index items: which measurement an index reads, how it becomes a 0–1 score, and with what weight.

A methodology's `items:` section maps each index to a list of items:

    items:
      信息发布:
        - {id: homepage-fresh, measurement: homepage_fresh, transform: {kind: threshold, at: 1}, weight: 3}
        - {id: broken-links, measurement: broken_link_rate_site,
           transform: {kind: log-normal, p10: 0.005, median: 0.03}, weight: 2}

Transforms: `threshold` (1 when the value is at or beyond `at`, else 0; `higher_is_better: false` flips the
direction), `linear` (0 at `zero`, 1 at `one`, clamped; `one` may be below `zero`), `log-normal` (Lighthouse's
curve for lower-is-better quantities: the value scoring 0.9 is `p10`, the value scoring 0.5 is `median`;
`higher_is_better: true` mirrors it for counts, with `p10` above `median`).
An index is Σ wᵢ·sᵢ / Σ wᵢ over its items whose measurement is available; a not-applicable item (measurement
None) has weight 0; an index without any applicable item is None (not measured), never 0.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, model_validator

from govweb.errors import BadInput, Problem

_INVERSE_ERFC_ONE_FIFTH = 0.9061938024368232


class Threshold(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: Literal["threshold"]
    at: float
    higher_is_better: bool = True

    def score(self, value: float) -> float:
        ok = value >= self.at if self.higher_is_better else value <= self.at
        return 1.0 if ok else 0.0


class Linear(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: Literal["linear"]
    zero: float = 0.0
    one: float = 1.0

    @model_validator(mode="after")
    def _distinct(self) -> Linear:
        if self.zero == self.one:
            raise ValueError("linear 变换的 zero 与 one 不能相等")
        return self

    def score(self, value: float) -> float:
        return min(1.0, max(0.0, (value - self.zero) / (self.one - self.zero)))


class LogNormal(BaseModel):
    """Lighthouse's log-normal scoring curve (lower values are better), or its mirror for quantities where more is
    better (`higher_is_better: true`, e.g. dataset counts): then `p10` lies above `median`."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: Literal["log-normal"]
    p10: float = Field(gt=0)
    median: float = Field(gt=0)
    higher_is_better: bool = False

    @model_validator(mode="after")
    def _ordered(self) -> LogNormal:
        if self.higher_is_better and self.p10 <= self.median:
            raise ValueError("higher_is_better 的 log-normal 变换要求 p10 > median")
        if not self.higher_is_better and self.p10 >= self.median:
            raise ValueError("log-normal 变换要求 p10 < median")
        return self

    def score(self, value: float) -> float:
        if value <= 0:
            return 0.0 if self.higher_is_better else 1.0
        # mirrored in log space for higher-is-better: log(median/value) plays the part of log(value/median)
        x_log_ratio = math.log(self.median / value if self.higher_is_better else value / self.median)
        p10_log_ratio = abs(math.log(self.p10 / self.median))
        standardized = x_log_ratio * _INVERSE_ERFC_ONE_FIFTH / p10_log_ratio
        p = math.erfc(standardized) / 2
        better_than_p10 = value >= self.p10 if self.higher_is_better else value <= self.p10
        better_than_median = value >= self.median if self.higher_is_better else value <= self.median
        if better_than_p10:
            return max(0.9, min(1.0, p))
        if better_than_median:
            return max(0.5, min(0.8999999999999999, p))
        return max(0.0, min(0.49999999999999994, p))


Transform = Annotated[Threshold | Linear | LogNormal, Field(discriminator="kind")]


class ItemDef(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(min_length=1)
    measurement: str = Field(min_length=1)
    transform: Transform
    weight: float = Field(ge=0)
    title: str | None = None          # Chinese label for reports
    note: str | None = None           # reasoning behind the reconstruction

    def score(self, value: float | None) -> float | None:
        return None if value is None else self.transform.score(value)


_ITEMS = TypeAdapter(dict[str, list[ItemDef]])


def parse_items(raw: Mapping[str, Any] | None, source: str = "methodology") -> dict[str, list[ItemDef]]:
    """Validate an `items:` mapping; BadInput names every offending key."""
    if not raw:
        return {}
    try:
        items = _ITEMS.validate_python(dict(raw))
    except ValidationError as exc:
        problems = [
            Problem(f"键 items.{'.'.join(str(p) for p in e['loc'])}：{e['msg']}", file=source) for e in exc.errors()
        ]
        raise BadInput("评估方法中的指标项定义无效", problems) from exc
    problems = []
    for index, defs in items.items():
        seen: set[str] = set()
        for d in defs:
            if d.id in seen:
                problems.append(Problem(f"键 items.{index}：指标项 id「{d.id}」重复", file=source))
            seen.add(d.id)
    if problems:
        raise BadInput("评估方法中的指标项定义无效", problems)
    return items


def index_scores(
    items: Mapping[str, list[ItemDef]], measurements: Mapping[str, float | None]
) -> dict[str, float | None]:
    """Each index as the weighted mean of its applicable items; None when nothing applies."""
    out: dict[str, float | None] = {}
    for index, defs in items.items():
        total_w = 0.0
        acc = 0.0
        for d in defs:
            s = d.score(measurements.get(d.measurement))
            if s is None or d.weight == 0:
                continue
            total_w += d.weight
            acc += d.weight * s
        out[index] = acc / total_w if total_w else None
    return out
