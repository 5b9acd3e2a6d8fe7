"""Downloads of what a page shows (a ranking with its filters) as XLSX, through the project's safe spreadsheet
text (`govweb.safetext`): text is typed as text, never a formula. The CSV download is `safetext.csv_bytes`."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook

from govweb.safetext import xlsx_row


def table_xlsx(header: Sequence[str], rows: Sequence[Sequence[Any]], title: str) -> bytes:
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title="".join(c for c in title if c not in "[]:*?/\\")[:31] or "结果")
    for values in [header, *rows]:
        sheet.append(xlsx_row(sheet, values))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
