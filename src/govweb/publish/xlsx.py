"""XLSX (openpyxl): an overview sheet, then one sheet per tier with every row, a frozen header, number formats
and colour scales — only features that Excel and WPS both read."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.drawing.image import Image as XlImage
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from govweb.fsutil import atomic_path
from govweb.publish.model import NOT_RANKED_HEADER, Report, TierSection, stats_tables
from govweb.publish.stats import band_of
from govweb.safetext import xlsx_cell, xlsx_row, xlsx_style
from govweb.scoring.output import carried_header
from govweb.terms import COL_ADMIN_CODE, COL_CITY, COL_NAME, COL_RANK, COL_TOTAL, index_column

FONT = "宋体"
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_FONT = Font(name=FONT, bold=True, color="FFFFFF")
BODY_FONT = Font(name=FONT)
THIN = Side(style="thin", color="9AA9B8")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
RED_YELLOW_GREEN = {"start_type": "min", "start_color": "F8696B", "mid_type": "percentile", "mid_value": 50,
                    "mid_color": "FFEB84", "end_type": "max", "end_color": "63BE7B"}
INVALID_SHEET_CHARS = str.maketrans({c: "_" for c in "[]:*?/\\"})
NUMBER = re.compile(r"-?(?:0|[1-9]\d{0,5})(?:\.\d+)?")   # a short number (no code with leading zeros)


HEADER_ALIGNMENT = Alignment(horizontal="center", vertical="center", wrap_text=True)


def style_header(cells: Iterable[Cell]) -> None:
    """Header cells: bold white on dark blue, bordered, centred and wrapped."""
    for cell in cells:
        cell.font, cell.fill, cell.border = HEADER_FONT, HEADER_FILL, BORDER
        cell.alignment = HEADER_ALIGNMENT


def sheet_title(tier: str) -> str:
    return tier.translate(INVALID_SHEET_CHARS)[:31]


def number_format(places: int) -> str:
    return "0." + "0" * places if places else "0"


def _numeric_column(values: list[str]) -> bool:
    """A carried column of short numbers (an original 排名, a 序号, a score) is stored as numbers; codes (long or
    with leading zeros) stay text."""
    present = [v.strip() for v in values if v.strip()]
    return bool(present) and all(NUMBER.fullmatch(v) for v in present)


def _tier_sheet(ws: WriteOnlyWorksheet, report: Report, section: TierSection) -> None:
    """Streamed (write-only): the sheet's settings first, then one styled row at a time."""
    carried = [c for c in report.carried_columns if any(c in r.carried for r in section.all_rows)]
    fixed = [COL_RANK, COL_NAME, *([COL_CITY] if section.has_city else []), COL_ADMIN_CODE,
             *(index_column(n) for n in section.index_names), COL_TOTAL, "分档"]
    taken = set(fixed)
    header = list(fixed)
    for column in carried:                # a carried column whose name is taken gets 原: the input's 排名 → 原排名
        header.append(carried_header(column, taken))
        taken.add(header[-1])
    numeric = {c for c in carried if _numeric_column([r.carried.get(c, "") for r in section.all_rows])}
    last = len(section.all_rows) + 1
    first_index = header.index(COL_ADMIN_CODE) + 2
    total_col = header.index(COL_TOTAL) + 1
    index_fmt = number_format(report.index_places)
    total_fmt = number_format(report.total_places)
    for col in range(first_index, total_col + 1):
        letter = get_column_letter(col)
        ws.conditional_formatting.add(f"{letter}2:{letter}{last}", ColorScaleRule(**RED_YELLOW_GREEN))
    widths = {COL_RANK: 6, COL_NAME: 18, COL_CITY: 12, COL_ADMIN_CODE: 12, COL_TOTAL: 8, "分档": 6}
    for i, name in enumerate(header, start=1):
        ws.column_dimensions[get_column_letter(i)].width = widths.get(name, 11)
    ws.row_dimensions[1].height = 30
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(header))}{last}"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.append(xlsx_row(ws, header, xlsx_style(ws, font=HEADER_FONT, fill=HEADER_FILL, border=BORDER,
                                              alignment=HEADER_ALIGNMENT)))
    styles = [xlsx_style(ws, font=BODY_FONT, border=BORDER)] * len(header)
    styles[first_index - 1 : total_col - 1] = [xlsx_style(ws, font=BODY_FONT, border=BORDER,
                                                          number_format=index_fmt)] * (total_col - first_index)
    styles[total_col - 1] = xlsx_style(ws, font=BODY_FONT, border=BORDER, number_format=total_fmt)
    styles[header.index(COL_ADMIN_CODE)] = xlsx_style(ws, font=BODY_FONT, border=BORDER, number_format="@")
    for row in section.all_rows:
        values = [row.rank, row.name, *([row.city or ""] if section.has_city else []), row.admin_code or "",
                  *(row.indices.get(n) for n in section.index_names), row.total, band_of(row.total),
                  *(Decimal(row.carried[k]) if k in numeric and row.carried.get(k, "").strip()
                    else row.carried.get(k, "") for k in carried)]
        ws.append([xlsx_cell(ws, value, style) for value, style in zip(values, styles, strict=True)])


def _overview(ws: WriteOnlyWorksheet, report: Report) -> None:
    """Streamed (write-only) like the tier sheets: each row's height and merge are set before the row."""
    ws.column_dimensions["A"].width = 16
    for letter in "BCDEFGHI":  # the overview is 9 columns wide: sentences are merged over A:I
        ws.column_dimensions[letter].width = 12
    rows = 0

    def append(values: list[object], style: object = None, caption: bool = False, height: float | None = None,
               merge: bool = False) -> None:
        nonlocal rows
        rows += 1
        if height is not None:
            ws.row_dimensions[rows].height = height
        if merge:
            ws.merged_cells.add(f"A{rows}:I{rows}")
        cells = xlsx_row(ws, values, style)
        if caption:  # a small table's caption, unstyled before its styled header
            cells[0] = xlsx_cell(ws, values[0])
        ws.append(cells)

    heading = xlsx_style(ws, font=Font(name="黑体", size=12, bold=True))
    small_header = xlsx_style(ws, font=HEADER_FONT, fill=HEADER_FILL,
                              alignment=Alignment(horizontal="center", wrap_text=True))
    append([report.title], xlsx_style(ws, font=Font(name="黑体", size=16, bold=True)))
    append([f"评估方法 {report.methodology}；评估基准日 {report.as_of or '未给出'}"])
    figures = {places: xlsx_style(ws, number_format=number_format(places)) for places in range(4)}
    for section in report.sections:
        append([])
        append([section.heading], heading)
        append([section.sentence], xlsx_style(ws, alignment=Alignment(wrap_text=True, vertical="top")),
               height=15 * (len(section.sentence) // 55 + 1), merge=True)
        for small in stats_tables(report, section):
            padding = [None] * (8 - len(small.header))  # the header style spans the 9 columns
            append([small.caption, *small.header, *padding], small_header, caption=True)
            rows += 1  # the figures as numbers, shown with their published decimals
            ws.append(["", *(xlsx_cell(ws, value, figures[min(places, 3)])
                             for value, places in zip(small.values, small.places, strict=True))])
    append([])
    append(["说明"], xlsx_style(ws, font=Font(name="黑体", bold=True)))
    for note in report.notes:
        append([note])
    if report.map_figure:
        append([])
        append([report.map_note])
        image = XlImage(io.BytesIO(report.map_figure.data("png")))
        image.width, image.height = image.width * 0.45, image.height * 0.45
        ws.add_image(image, f"A{rows + 2}")


def _not_ranked(ws: WriteOnlyWorksheet, report: Report) -> None:
    for letter, width in zip("ABCD", (24, 10, 12, 60), strict=True):
        ws.column_dimensions[letter].width = width
    ws.append(xlsx_row(ws, NOT_RANKED_HEADER, xlsx_style(ws, font=HEADER_FONT, fill=HEADER_FILL, border=BORDER,
                                                         alignment=HEADER_ALIGNMENT)))
    for item in report.not_ranked:
        ws.append(xlsx_row(ws, [item.name, item.tier, item.kind, item.reason]))


def write(report: Report, path: Path) -> list[Path]:
    """Write-only workbook: a 100,000-row table streams to disk in constant memory."""
    wb = Workbook(write_only=True)
    _overview(wb.create_sheet("概览"), report)
    for section in report.sections:
        _tier_sheet(wb.create_sheet(sheet_title(section.tier)), report, section)
    if report.not_ranked:
        _not_ranked(wb.create_sheet("未排名的网站"), report)
    with atomic_path(path) as tmp:
        wb.save(tmp)
    return [path]
