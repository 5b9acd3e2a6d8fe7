"""Typed values at the scoring → publish boundary. Renderers read these; they never compute scores."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class RankedRow:
    tier: str                              # 级别, e.g. "省、自治区"
    rank: int                              # dense rank within the tier (1, 2, 2, 3)
    name: str                              # 名称 as given
    city: str | None                       # 所属城市 (区县 rows), else None
    admin_code: str | None                 # 行政区划代码 (6 digits) resolved as of the evaluation year
    indices: dict[str, Decimal | None]     # index name (信息发布 …) → value as given; None = not applicable
    total: Decimal                         # 总分, one decimal, half-up
    carried: dict[str, str] = field(default_factory=dict)  # other input columns (序号, 备注 …), in input order
    source_row: int | None = None          # spreadsheet row number in the input (header = 1)


@dataclass(frozen=True)
class RankedTable:
    tier: str
    rows: list[RankedRow]                  # ordered: rank, then the tier's tie order
    index_names: list[str]                 # indices that apply to this tier, in methodology order


@dataclass(frozen=True)
class Ranking:
    methodology: str                       # methodology name, e.g. "cstc-2020"
    year: int | None                       # evaluation year (from as_of); None when no as-of date was given
    as_of: str | None                      # YYYY-MM-DD; None when the ranking did not need one
    tables: list[RankedTable]              # in methodology tier order; tiers absent from the input omitted
    totals_computed: bool                  # True when 总分 was computed from indices, False when given
    carried_columns: list[str] = field(default_factory=list)
    index_columns: list[str] = field(default_factory=list)  # index names (信息发布 …) as the input gave them, in order
    index_places: int = 2                  # decimals the methodology publishes indices with (rounding.index)
    total_places: int = 1                  # … and totals with (rounding.total)
