"""Downloads of what a page shows (a ranking with its filters) as CSV (UTF-8 with BOM, CRLF, so Excel opens
it) or XLSX, with text that starts like a formula neutralised (OWASP CSV injection) and XLSX text typed as text.

SWITCH WHEN BRANCH `safety` LANDS: `govweb.safetext` (csv_cell, xlsx_row) replaces `_cell` and `_xlsx_rows`
below, the project's one implementation of safe spreadsheet text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import TYPE_STRING

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_XML_ILLEGAL = {c: None for c in (*range(0, 9), 11, 12, *range(14, 32))}


def _cell(value: Any) -> Any:
    """A number stays a number; text starting like a formula gets a leading '."""
    if value is None:
        return ""
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def table_csv(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([_cell(h) for h in header])
    writer.writerows([[_cell(v) for v in row] for row in rows])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def table_xlsx(header: Sequence[str], rows: Sequence[Sequence[Any]], title: str) -> bytes:
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title="".join(c for c in title if c not in "[]:*?/\\")[:31] or "结果")
    for values in [header, *rows]:
        cells = []
        for value in values:
            if isinstance(value, int | float) and not isinstance(value, bool):
                cells.append(value)
            elif isinstance(value, Decimal):
                cells.append(float(value))
            elif value is None:
                cells.append(None)
            else:
                from openpyxl.cell import WriteOnlyCell

                cell = WriteOnlyCell(sheet, value=str(value).translate(_XML_ILLEGAL)[:32767])
                cell.data_type = TYPE_STRING  # never a formula, whatever it starts with
                cells.append(cell)
        sheet.append(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
