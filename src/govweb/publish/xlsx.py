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
from openpyxl.worksheet.worksheet import Worksheet

from govweb.fsutil import atomic_path
from govweb.publish.model import NOT_RANKED_HEADER, Report, TierSection, stats_tables
from govweb.publish.stats import band_of
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
NUMBER = re.compile(r"-?(?:0|[1-9]\d{0,5})(?:\.\d+)?")


def style_header(cells: Iterable[Cell]) -> None:
    """Header cells: bold white on dark blue, bordered, centred and wrapped."""
    for cell in cells:
        cell.font, cell.fill, cell.border = HEADER_FONT, HEADER_FILL, BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def sheet_title(tier: str) -> str:
    return tier.translate(INVALID_SHEET_CHARS)[:31]


def number_format(places: int) -> str:
    return "0." + "0" * places if places else "0"


def _numeric_column(values: list[str]) -> bool:
    """A carried column of short numbers (an original 排名, a 序号, a score) is stored as numbers; codes (long or
    with leading zeros) stay text."""
    present = [v.strip() for v in values if v.strip()]
    return bool(present) and all(NUMBER.fullmatch(v) for v in present)


def _tier_sheet(ws: Worksheet, report: Report, section: TierSection) -> None:
    carried = [c for c in report.carried_columns if any(c in r.carried for r in section.all_rows)]
    fixed = [COL_RANK, COL_NAME, *([COL_CITY] if section.has_city else []), COL_ADMIN_CODE,
             *(index_column(n) for n in section.index_names), COL_TOTAL, "分档"]
    taken = set(fixed)
    names = []
    for column in carried:                # a carried column whose name is taken gets 原: the input's 排名 → 原排名
        names.append(carried_header(column, taken))
        taken.add(names[-1])
    header = fixed + names
    numeric = {c for c in carried if _numeric_column([r.carried.get(c, "") for r in section.all_rows])}
    ws.append(header)
    for row in section.all_rows:
        ws.append([row.rank, row.name, *([row.city or ""] if section.has_city else []), row.admin_code or "",
                   *(row.indices.get(n) for n in section.index_names), row.total, band_of(row.total),
                   *(Decimal(row.carried[k]) if k in numeric and row.carried.get(k, "").strip()
                     else row.carried.get(k, "") for k in carried)])
    last = ws.max_row
    first_index = header.index(COL_ADMIN_CODE) + 2
    total_col = header.index(COL_TOTAL) + 1
    index_fmt = number_format(report.index_places)
    total_fmt = number_format(report.total_places)
    for cells in ws.iter_rows(min_row=2, max_row=last):
        for cell in cells:
            cell.font = BODY_FONT
            cell.border = BORDER
        for cell in cells[first_index - 1 : total_col - 1]:
            cell.number_format = index_fmt
        cells[total_col - 1].number_format = total_fmt
        cells[header.index(COL_ADMIN_CODE)].number_format = "@"
    style_header(ws[1])
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


def _overview(ws: Worksheet, report: Report) -> None:
    ws.title = "概览"
    ws.column_dimensions["A"].width = 16
    for letter in "BCDEFGHI":
        ws.column_dimensions[letter].width = 12
    ws.append([report.title])
    ws["A1"].font = Font(name="黑体", size=16, bold=True)
    ws.append([f"评估方法 {report.methodology}；评估基准日 {report.as_of or '未给出'}"])
    for section in report.sections:
        ws.append([])
        ws.append([section.heading])
        ws.cell(ws.max_row, 1).font = Font(name="黑体", size=12, bold=True)
        ws.append([section.sentence])
        ws.cell(ws.max_row, 1).alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=9)
        ws.row_dimensions[ws.max_row].height = 15 * (len(section.sentence) // 55 + 1)
        for small in stats_tables(report, section):
            ws.append([small.caption, *small.header])
            for cell in ws[ws.max_row][1:]:
                cell.font, cell.fill = HEADER_FONT, HEADER_FILL
                cell.alignment = Alignment(horizontal="center", wrap_text=True)
            ws.append(["", *small.values])   # numbers, shown with the published decimals
            for column, places in enumerate(small.places, start=2):
                ws.cell(ws.max_row, column).number_format = number_format(places)
    ws.append([])
    ws.append(["说明"])
    ws.cell(ws.max_row, 1).font = Font(name="黑体", bold=True)
    for note in report.notes:
        ws.append([note])
    if report.map_figure:
        ws.append([])
        ws.append([report.map_note])
        image = XlImage(io.BytesIO(report.map_figure.data("png")))
        image.width, image.height = image.width * 0.45, image.height * 0.45
        ws.add_image(image, f"A{ws.max_row + 2}")


def write(report: Report, path: Path) -> list[Path]:
    wb = Workbook()
    _overview(wb.active, report)
    for section in report.sections:
        _tier_sheet(wb.create_sheet(sheet_title(section.tier)), report, section)
    if report.not_ranked:
        ws = wb.create_sheet("未排名的网站")
        ws.append(NOT_RANKED_HEADER)
        for item in report.not_ranked:
            ws.append([item.name, item.tier, item.kind, item.reason])
        style_header(ws[1])
        for letter, width in zip("ABCD", (24, 10, 12, 60), strict=True):
            ws.column_dimensions[letter].width = width
    with atomic_path(path) as tmp:
        wb.save(tmp)
    return [path]
