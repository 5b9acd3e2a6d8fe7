"""Writing a ranking as CSV (UTF-8 with BOM so Excel opens it), atomically."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from govweb.fsutil import atomic_open
from govweb.scoring.model import Ranking
from govweb.terms import COL_ADMIN_CODE, COL_CITY, COL_NAME, COL_RANK, COL_TIER, COL_TOTAL, index_column

LEADING_COLUMNS = (COL_TIER, COL_RANK, COL_NAME, COL_CITY, COL_ADMIN_CODE)


def _index_names(ranking: Ranking) -> list[str]:
    if ranking.index_columns:
        return list(ranking.index_columns)
    names: list[str] = []
    for table in ranking.tables:
        names.extend(name for name in table.index_names if name not in names)
    return names


def carried_header(column: str, taken: set[str]) -> str:
    """A carried input column keeps its name unless an output column has it (排名 → 原排名)."""
    header = column
    while header in taken:
        header = "原" + header
    return header


def published(value: Decimal, places: int) -> str:
    """A figure with at least the methodology's decimals: 0.9 read from XLSX and 0.90 read from CSV both give 0.90;
    a value given with more decimals keeps them."""
    exponent = value.as_tuple().exponent
    given = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return f"{value:.{max(places, given)}f}"


def ranking_rows(ranking: Ranking) -> tuple[list[str], list[list[str]]]:
    """Header and rows of the output table."""
    indices = _index_names(ranking)
    header = [*LEADING_COLUMNS, *(index_column(name) for name in indices), COL_TOTAL]
    taken = set(header)
    for column in ranking.carried_columns:
        name = carried_header(column, taken)
        taken.add(name)
        header.append(name)
    rows = []
    for table in ranking.tables:
        for row in table.rows:
            values = [row.indices.get(name) for name in indices]
            rows.append([
                row.tier, str(row.rank), row.name, row.city or "", row.admin_code or "",
                *("" if value is None else published(value, ranking.index_places) for value in values),
                published(row.total, ranking.total_places),
                *(row.carried.get(column, "") for column in ranking.carried_columns),
            ])
    return header, rows


def write_ranking_csv(ranking: Ranking, path: str | Path) -> None:
    header, rows = ranking_rows(ranking)
    with atomic_open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
