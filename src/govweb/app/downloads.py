"""Downloads of what a page shows (a ranking with its filters) as CSV (UTF-8 with BOM, CRLF, so Excel opens
it) or XLSX, through the project's safe spreadsheet text (`govweb.safetext`): text that starts like a formula is
neutralised in CSV and typed as text in XLSX."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook

from govweb.safetext import csv_cell, xlsx_row


def table_csv(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([csv_cell(h) for h in header])
    writer.writerows([[csv_cell(v) for v in row] for row in rows])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def table_xlsx(header: Sequence[str], rows: Sequence[Sequence[Any]], title: str) -> bytes:
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title="".join(c for c in title if c not in "[]:*?/\\")[:31] or "结果")
    for values in [header, *rows]:
        sheet.append(xlsx_row(sheet, values))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
