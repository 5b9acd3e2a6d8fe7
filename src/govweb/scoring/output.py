"""Writing a ranking as CSV (UTF-8 with BOM so Excel opens it) or as one XLSX sheet, atomically; site-supplied
text is neutralised (`govweb.safetext`)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from govweb.errors import BadInput
from govweb.fsutil import atomic_path
from govweb.safetext import write_csv, xlsx_cell, xlsx_style
from govweb.scoring.model import Ranking
from govweb.terms import COL_ADMIN_CODE, COL_CITY, COL_NAME, COL_RANK, COL_TIER, COL_TOTAL, index_column

LEADING_COLUMNS = (COL_TIER, COL_RANK, COL_NAME, COL_CITY, COL_ADMIN_CODE)
RANKING_FORMATS = (".csv", ".xlsx")


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


def published(value: Decimal, places: int) -> Decimal:
    """A figure with at least the methodology's decimals: 0.9 read from XLSX and 0.90 read from CSV both give 0.90;
    a value given with more decimals keeps them."""
    exponent = value.as_tuple().exponent
    given = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return value.quantize(Decimal(1).scaleb(-max(places, given)))


def ranking_rows(ranking: Ranking) -> tuple[list[str], list[list[object]]]:
    """Header and rows of the output table: ranks as int, indices and totals as Decimal, blanks as None."""
    indices = _index_names(ranking)
    header = [*LEADING_COLUMNS, *(index_column(name) for name in indices), COL_TOTAL]
    taken = set(header)
    for column in ranking.carried_columns:
        name = carried_header(column, taken)
        taken.add(name)
        header.append(name)
    rows: list[list[object]] = []
    for table in ranking.tables:
        for row in table.rows:
            rows.append([
                row.tier, row.rank, row.name, row.city, row.admin_code,
                *(None if value is None else published(value, ranking.index_places)
                  for value in (row.indices.get(name) for name in indices)),
                published(row.total, ranking.total_places),
                *(row.carried.get(column, "") for column in ranking.carried_columns),
            ])
    return header, rows


def check_ranking_format(path: str | Path) -> Path:
    """The path, or BadInput when its suffix is not .csv or .xlsx (checked before any work is done)."""
    path = Path(path)
    if path.suffix.lower() not in RANKING_FORMATS:
        raise BadInput(f"无法识别输出格式「{path.name}」：排名结果的文件名应以 .csv 或 .xlsx 结尾"
                       "（报告请用 govweb report）")
    return path


def write_ranking_csv(ranking: Ranking, path: str | Path) -> None:
    write_csv(path, *ranking_rows(ranking))


def write_ranking_xlsx(ranking: Ranking, path: str | Path) -> None:
    """One sheet 排名 with the CSV's columns: numbers as numbers (shown with their decimals), text as text."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    header, rows = ranking_rows(ranking)
    book = Workbook(write_only=True)
    ws = book.create_sheet("排名")
    ws.freeze_panes = "A2"
    bold = xlsx_style(ws, font=Font(bold=True))
    ws.append([xlsx_cell(ws, name, bold) for name in header])
    formats: dict[int, object] = {}

    def cell(value: object) -> object:
        if isinstance(value, Decimal):  # 0.80 stays 0.80 on screen
            places = max(0, -int(value.as_tuple().exponent))
            if places not in formats:
                formats[places] = xlsx_style(ws, number_format="0." + "0" * places if places else "0")
            return xlsx_cell(ws, value, formats[places])
        return None if value is None else xlsx_cell(ws, value)

    for row in rows:
        ws.append([cell(value) for value in row])
    with atomic_path(path) as tmp:
        book.save(tmp)


def write_ranking(ranking: Ranking, path: str | Path) -> None:
    """CSV or XLSX, as the file name's suffix says."""
    if check_ranking_format(path).suffix.lower() == ".xlsx":
        write_ranking_xlsx(ranking, path)
    else:
        write_ranking_csv(ranking, path)
