"""Totals in exact decimal arithmetic, dense ranks per tier, ties in the tier's order."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Hashable, Sequence
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from typing import Any, TypeVar

from govweb.errors import BadInput, Problem
from govweb.scoring.codes import resolve_codes
from govweb.scoring.methodology import Methodology, Rounding, TierSpec
from govweb.scoring.model import RankedRow, RankedTable, Ranking
from govweb.scoring.table import InputRow, InputTable, missing_indices, missing_totals
from govweb.terms import COL_ADMIN_CODE

T = TypeVar("T")


def quantize(value: Decimal, places: int, mode: str = "half-up") -> Decimal:
    rounding = ROUND_HALF_UP if mode == "half-up" else ROUND_HALF_EVEN
    return value.quantize(Decimal(1).scaleb(-places), rounding=rounding)


def raw_total(spec: TierSpec, indices: dict[str, Decimal | None]) -> Decimal:
    """Σ weight·index + Σ bonus·index, unrounded; every applicable index must be present."""
    total = Decimal(0)
    for mapping in (spec.weights, spec.bonus):
        for name, weight in mapping.items():
            value = indices[name]
            assert value is not None
            total += weight * value
    return total


def total_of(spec: TierSpec, indices: dict[str, Decimal | None], rounding: Rounding) -> Decimal:
    return quantize(raw_total(spec, indices), rounding.total, rounding.mode)


def dense_rank(items: Sequence[T], score: Callable[[T], Decimal], tie_key: Callable[[T], Hashable]) -> list[tuple[int, T]]:
    """Order by score (high first) then tie_key; dense ranks 1, 2, 2, 3."""
    ordered = sorted(items, key=lambda item: (-score(item), tie_key(item)))
    ranked: list[tuple[int, T]] = []
    rank = 0
    previous: Decimal | None = None
    for item in ordered:
        value = score(item)
        if value != previous:
            rank += 1
            previous = value
        ranked.append((rank, item))
    return ranked


def _tie_key(tie_order: str) -> Callable[[tuple[InputRow, str | None, int, Decimal]], Any]:
    if tie_order == "admin-code":
        return lambda entry: (entry[1] is None, entry[1] or "", entry[2])
    return lambda entry: entry[2]


def _codes_without_date(table: InputTable, methodology: Methodology, totals: list[Decimal]) -> list[str | None]:
    """The given codes when no as-of date is known. A date is needed only to look up the code of a row that ties
    with another in a tier ordering ties by administrative code; BadInput names every such row."""
    groups: dict[tuple[str, Decimal], list[InputRow]] = {}
    for row, total in zip(table.rows, totals, strict=True):
        groups.setdefault((row.tier, total), []).append(row)
    problems = [
        Problem(f"级别「{row.tier}」中与其他网站并列（总分 {total}），并列名次按行政区划代码排列，但该行没有"
                "行政区划代码：查找代码需要评估基准日。请用 --as-of YYYY-MM-DD 给出评估基准日，或填写该行的"
                "行政区划代码", file=row.file, row=row.source_row, column=COL_ADMIN_CODE)
        for (tier, total), rows in groups.items()
        if len(rows) > 1 and methodology.tiers[tier].tie_order == "admin-code"
        for row in rows if row.admin_code is None
    ]
    if problems:
        raise BadInput(f"评估方法「{methodology.name}」没有 as_of，{len(problems)} 行需要评估基准日", problems)
    return [row.admin_code for row in table.rows]


def _build(table: InputTable, methodology: Methodology, as_of: datetime.date | None,
           totals: list[Decimal], computed: bool) -> Ranking:
    date = as_of or methodology.as_of
    if date is None:
        codes = _codes_without_date(table, methodology, totals)
    else:
        codes = resolve_codes(table.rows, methodology, date.year)
    by_tier: dict[str, list[tuple[InputRow, str | None, int, Decimal]]] = {}
    for position, (row, code, total) in enumerate(zip(table.rows, codes, totals, strict=True)):
        by_tier.setdefault(row.tier, []).append((row, code, position, total))
    tables = []
    for tier, spec in methodology.tiers.items():
        entries = by_tier.get(tier)
        if not entries:
            continue
        ranked = dense_rank(entries, lambda entry: entry[3], _tie_key(spec.tie_order))
        rows = [
            RankedRow(tier=tier, rank=rank, name=row.name, city=row.city, admin_code=code,
                      indices=dict(row.indices), total=total, carried=dict(row.carried), source_row=row.source_row)
            for rank, (row, code, _, total) in ranked
        ]
        applicable = methodology.ordered(set(spec.applicable) & set(table.index_columns))
        tables.append(RankedTable(tier=tier, rows=rows, index_names=applicable))
    return Ranking(methodology=methodology.name, year=date.year if date else None,
                   as_of=date.isoformat() if date else None, tables=tables,
                   totals_computed=computed, carried_columns=list(table.carried_columns),
                   index_columns=list(table.index_columns), index_places=methodology.rounding.index,
                   total_places=methodology.rounding.total)


def rank_table(table: InputTable, methodology: Methodology, as_of: datetime.date | None = None) -> Ranking:
    """Rank on the table's given 总分, rounded half-up to the methodology's total decimals."""
    problems = missing_totals(table)
    if problems:
        raise BadInput(f"表格 {table.file} 无法排名：{len(problems)} 处缺少总分", problems)
    rounding = methodology.rounding
    totals = [quantize(row.total, rounding.total, rounding.mode) for row in table.rows if row.total is not None]
    return _build(table, methodology, as_of, totals, computed=False)


def score_table(table: InputTable, methodology: Methodology, as_of: datetime.date | None = None) -> Ranking:
    """Compute 总分 from the indices (a given 总分 is ignored), then rank."""
    problems = missing_indices(table, methodology)
    if problems:
        raise BadInput(f"表格 {table.file} 无法计算总分：有 {len(problems)} 处缺少指数", problems)
    totals = [total_of(methodology.tiers[row.tier], row.indices, methodology.rounding) for row in table.rows]
    return _build(table, methodology, as_of, totals, computed=True)
