"""Reading an input table (CSV in UTF-8 / UTF-8 BOM / GBK-GB18030, or XLSX) into validated rows."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Literal

from govweb.errors import BadInput, Problem
from govweb.scoring.methodology import Methodology
from govweb.tabular import Sheet, parse_fraction, parse_number, read_sheets
from govweb.terms import (
    COL_ADMIN_CODE,
    COL_CITY,
    COL_NAME,
    COL_TIER,
    COL_TOTAL,
    INDEX_COLUMN_SUFFIX,
    index_column,
)

REQUIRED_COLUMNS = (COL_TIER, COL_NAME)
EXTRA_PLACES = 2  # a cell may have this many decimals beyond the methodology's; more is a misread number
_CODE = re.compile(r"\d{6}")


@dataclass(frozen=True, slots=True)
class InputRow:
    file: str                              # file label for messages (with the sheet for XLSX)
    source_row: int                        # spreadsheet row number (header = 1)
    tier: str
    name: str
    city: str | None
    admin_code: str | None                 # as given (6 digits) or None
    indices: dict[str, Decimal | None]     # every index column of the input; None = blank
    total: Decimal | None                  # 总分 as given, or None
    carried: dict[str, str]


@dataclass(frozen=True)
class InputTable:
    path: Path
    rows: list[InputRow]
    index_columns: list[str]               # index names (信息发布 …) in input order
    carried_columns: list[str]             # other columns in input order
    columns: set[str] = field(default_factory=set)  # every header seen

    @property
    def file(self) -> str:
        return str(self.path)

    @property
    def has_all_totals(self) -> bool:
        return bool(self.rows) and all(row.total is not None for row in self.rows)

    def tiers(self) -> list[str]:
        return list(dict.fromkeys(row.tier for row in self.rows))


# ---------------------------------------------------------------- validation


def _index_name(header: str, methodology: Methodology) -> str | None:
    """The index a header names (信息发布指数 or 信息发布), else None."""
    if header in methodology.indices:
        return header
    if header.endswith(INDEX_COLUMN_SUFFIX) and len(header) > len(INDEX_COLUMN_SUFFIX):
        return header[: -len(INDEX_COLUMN_SUFFIX)]
    return None


# Stands in for a cell already reported as bad, so the blank-cell checks still see the rest of its row.
_REPORTED = Decimal(0)


def _rows_of(sheet: Sheet, methodology: Methodology, problems: list[Problem]) -> Iterator[tuple[InputRow, bool]]:
    """Every data row with a known tier as (row, good); a row that is not good has its problems reported and
    `_REPORTED` in its bad cells."""
    header = sheet.header
    file = sheet.label
    positions: dict[str, int] = {}
    for position, name in enumerate(header):
        if not name:
            continue
        if name in positions:
            problems.append(Problem(f"列名「{name}」重复", file=file, row=1, column=name))
        else:
            positions[name] = position
    missing = [name for name in REQUIRED_COLUMNS if name not in positions]
    for name in missing:
        problems.append(Problem(f"缺少必需的列「{name}」", file=file, row=1))
    index_cols: dict[str, str] = {}
    for name in positions:
        index = _index_name(name, methodology)
        if index is None:
            continue
        if index not in methodology.indices:
            problems.append(Problem(
                f"评估方法「{methodology.name}」中没有指标「{index}」（可用：{'、'.join(methodology.indices)}）",
                file=file, row=1, column=name))
        else:
            index_cols[name] = index
    if missing:
        return
    fixed = {COL_TIER, COL_NAME, COL_CITY, COL_ADMIN_CODE, COL_TOTAL, *index_cols}
    carried = [name for name in positions if name not in fixed and _index_name(name, methodology) is None]
    index_places = methodology.rounding.index + EXTRA_PLACES
    total_places = methodology.rounding.total + EXTRA_PLACES

    def cell(cells: list[str], column: str) -> str:
        position = positions.get(column)
        return cells[position] if position is not None and position < len(cells) else ""

    for number, cells in sheet.rows:
        if not any(cells):
            continue
        row_problems: list[Problem] = []
        tier = cell(cells, COL_TIER)
        name = cell(cells, COL_NAME)
        spec = methodology.tiers.get(tier)
        if not tier:
            row_problems.append(Problem("级别为空", file=file, row=number, column=COL_TIER))
        elif spec is None:
            row_problems.append(Problem(
                f"未知的级别「{tier}」（评估方法「{methodology.name}」的级别：{'、'.join(methodology.tiers)}）",
                file=file, row=number, column=COL_TIER))
        if not name:
            row_problems.append(Problem("名称为空", file=file, row=number, column=COL_NAME))
        code = cell(cells, COL_ADMIN_CODE) or None
        if code is not None and not _CODE.fullmatch(code):
            row_problems.append(Problem(f"行政区划代码应为 6 位数字，实际为「{code}」",
                                        file=file, row=number, column=COL_ADMIN_CODE))
        indices: dict[str, Decimal | None] = {}
        for column, index in index_cols.items():
            try:
                indices[index] = parse_fraction(cell(cells, column), "指数", index_places)
            except ValueError as exc:
                row_problems.append(Problem(str(exc), file=file, row=number, column=column))
                indices[index] = _REPORTED
        total_text = cell(cells, COL_TOTAL)
        total: Decimal | None = None
        try:
            total = parse_number(total_text, total_places)
        except ValueError as exc:
            row_problems.append(Problem(f"总分{exc}：「{total_text}」", file=file, row=number, column=COL_TOTAL))
            total = _REPORTED
        else:
            full = spec.full_marks if spec is not None else None
            if total is not None and (total < 0 or (full is not None and total > full)):
                bound = f"0–{full.normalize():f}（级别「{tier}」的权重与加分之和）" if full is not None else "0 以上"
                row_problems.append(Problem(f"总分应在 {bound}，实际为 {total_text.strip()}",
                                            file=file, row=number, column=COL_TOTAL))
        problems.extend(row_problems)
        if spec is None:
            continue
        yield InputRow(
            file=file,
            source_row=number,
            tier=tier,
            name=name,
            city=cell(cells, COL_CITY) or None,
            admin_code=code,
            indices=indices,
            total=total,
            carried={column: cell(cells, column) for column in carried},
        ), not row_problems


def _duplicates(rows: Sequence[InputRow]) -> list[Problem]:
    seen: dict[tuple[str, str, str | None], InputRow] = {}
    problems = []
    for row in rows:
        key = (row.tier, row.name, row.city)
        first = seen.setdefault(key, row)
        if first is not row:
            where = f"第 {first.source_row} 行" if first.file == row.file else f"{first.file} 第 {first.source_row} 行"
            problems.append(Problem(f"级别「{row.tier}」中「{row.name}」重复（已在{where}出现）",
                                    file=row.file, row=row.source_row, column=COL_NAME))
    return problems


def missing_totals(table: InputTable) -> list[Problem]:
    """What ranking on the given 总分 lacks: the column, or the blank cells."""
    if COL_TOTAL not in table.columns:
        return [Problem(f"缺少必需的列「{COL_TOTAL}」", file=table.file, row=1)]
    return [Problem("总分为空", file=row.file, row=row.source_row, column=COL_TOTAL)
            for row in table.rows if row.total is None]


def missing_indices(table: InputTable, methodology: Methodology) -> list[Problem]:
    """Every applicable index a row lacks for computing 总分: whole columns first, then blank cells."""
    problems: list[Problem] = []
    absent_columns: set[str] = set()
    for tier in table.tiers():
        for index in methodology.tiers[tier].applicable:
            if index not in table.index_columns and index not in absent_columns:
                absent_columns.add(index)
                problems.append(Problem(f"缺少必需的列「{index_column(index)}」（级别「{tier}」要用它计算总分）",
                                        file=table.file, row=1))
    for row in table.rows:
        for index in methodology.tiers[row.tier].applicable:
            if index not in absent_columns and row.indices.get(index) is None:
                problems.append(Problem(f"级别「{row.tier}」需要该指数，但单元格为空",
                                        file=row.file, row=row.source_row, column=index_column(index)))
    return problems


Need = Literal["total", "indices", "auto"] | Callable[["InputTable"], list[Problem]]


def read_table(path: str | Path, methodology: Methodology, need: Need | None = None,
               codes_at: datetime.date | None = None) -> InputTable:
    """Read and validate a results table; every offending cell is reported in one BadInput. `need` adds what a
    use of the table lacks to that one report: "total" (ranking on the given 总分), "indices" (computing 总分),
    "auto" ("total" when every row has a 总分, else "indices"), or a function listing the gaps itself; `codes_at`
    adds every name that ranking cannot resolve to its administrative code at that date."""
    path = Path(path)
    file = str(path)
    sheets = read_sheets(path, COL_TIER, all_sheets=True)
    problems: list[Problem] = []
    scanned: list[tuple[InputRow, bool]] = []
    index_columns: list[str] = []
    carried_columns: list[str] = []
    columns: set[str] = set()
    for sheet in sheets:
        scanned.extend(_rows_of(sheet, methodology, problems))
        for name in sheet.header:
            if not name:
                continue
            columns.add(name)
            index = _index_name(name, methodology)
            if index in methodology.indices:
                if index not in index_columns:
                    index_columns.append(index)
            elif index is None and name not in (COL_TIER, COL_NAME, COL_CITY, COL_ADMIN_CODE, COL_TOTAL) \
                    and name not in carried_columns:
                carried_columns.append(name)
    rows = [row for row, good in scanned if good]
    problems.extend(_duplicates([row for row, _ in scanned if row.name]))
    if need is not None:  # blank cells of every row with a known tier, its other problems reported or not
        every_row = InputTable(path, [row for row, _ in scanned], index_columns, carried_columns, columns)
        if need == "auto":
            need = "total" if every_row.has_all_totals else "indices"
        if need == "total":
            problems.extend(missing_totals(every_row))
        elif need == "indices":
            problems.extend(missing_indices(every_row, methodology))
        else:
            problems.extend(need(every_row))
    if codes_at is not None:
        from govweb.scoring.codes import unresolved_codes

        problems.extend(unresolved_codes([row for row, _ in scanned if row.name], methodology, codes_at.year))
    if not scanned and not problems:
        problems.append(Problem("表格没有数据行", file=file))
    if problems:
        order = {sheet.label: position for position, sheet in enumerate(sheets)}
        problems.sort(key=lambda p: (order.get(p.file or "", 0), p.row or 0))
        raise BadInput(f"表格 {file} 有 {len(problems)} 处错误，未写出任何文件", problems)
    return InputTable(path, rows, index_columns, carried_columns, columns)
