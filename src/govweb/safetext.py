"""Text from users and from sites we do not control, made safe for the files we write and the messages we print.

* CSV: a text cell beginning with = + - @ tab or CR gets a leading ' (OWASP CSV injection guidance), so no
  spreadsheet evaluates it; numbers, negative ones included, stay numbers.
* XLSX: strings become cells typed as text — never a formula or an error value — without the control
  characters XML forbids, cut to Excel's 32,767 characters per cell. DOCX text goes through the same `xml_text`.
* Markdown: HTML special characters become entities, Markdown punctuation is backslash-escaped and line
  breaks become spaces, so a site name cannot open a tag, a comment or a link.
* Messages: control and bidirectional-override characters are shown as escapes (\\x07, \\u202e).
"""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from govweb.fsutil import atomic_open

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
# C0/C1 controls, DEL, and the invisible direction marks and overrides that make text read differently.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# What XML 1.0 (so XLSX) cannot hold: C0 controls other than tab, LF and CR.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
XLSX_CELL_MAX = 32_767
_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_\[\]{}#|!~])")


_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return _NAMED_ESCAPES.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def printable(text: str) -> str:
    """`text` with control and direction-override characters shown as escapes (for messages on a terminal)."""
    return _UNPRINTABLE.sub(_escape, text)


def csv_cell(value: object) -> str:
    """A CSV cell: None → "", numbers as written, text starting like a formula prefixed with '."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if text.startswith(FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def csv_text(cell: str) -> str:
    """A cell read back from a CSV: the ' that `csv_cell` put before formula-like text taken off again."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in FORMULA_START else cell


def _csv_table(fh: IO[str], header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    writer = csv.writer(fh, lineterminator="\r\n")
    writer.writerow([csv_cell(name) for name in header])
    writer.writerows([csv_cell(value) for value in row] for row in rows)


def write_csv(path: str | Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """A CSV Excel opens as it is (UTF-8 with BOM, CRLF), every cell through `csv_cell`, written atomically."""
    with atomic_open(path, "w", encoding="utf-8-sig", newline="") as fh:
        _csv_table(fh, header, rows)


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """The same CSV as `write_csv`, as bytes (a download)."""
    buffer = io.StringIO(newline="")
    _csv_table(buffer, header, rows)
    return buffer.getvalue().encode("utf-8-sig")


def xml_text(text: str) -> str:
    """A string XML (XLSX, DOCX) can hold: the C0 control characters it forbids shown as escapes."""
    return _XML_ILLEGAL.sub(_escape, text)


def xlsx_text(text: str) -> str:
    """A string an XLSX cell can hold: `xml_text`, at most 32,767 characters."""
    text = xml_text(text)
    return text if len(text) <= XLSX_CELL_MAX else text[: XLSX_CELL_MAX - 1] + "…"


def xlsx_style(ws: Any, **attributes: Any) -> Any:
    """The style (font, border, fill, alignment, number_format …) to give many cells of `ws` via `xlsx_cell`;
    computed once, it costs a cell nothing (a 100,000-row sheet is written in seconds, not minutes)."""
    from openpyxl.cell.cell import Cell

    template = Cell(ws)
    for name, value in attributes.items():
        setattr(template, name, value)
    return template._style


def xlsx_cell(ws: Any, value: object, style: Any = None) -> Any:
    """What to give `ws.append` (normal or write-only sheet) for `value`: a string is typed as text, so
    `=HYPERLINK(…)` or `#N/A` stays what it says; anything else keeps openpyxl's typing (numbers, dates). Without
    a style, a value openpyxl already writes as it is stays a plain value."""
    from openpyxl.cell.cell import ERROR_CODES, Cell

    if isinstance(value, str):
        if style is None and value[:1] != "=" and value not in ERROR_CODES and len(value) <= XLSX_CELL_MAX \
                and not _XML_ILLEGAL.search(value):
            return value  # openpyxl writes it as text already; a plain value streams fastest
        cell = Cell(ws, row=1, column=1, value=xlsx_text(value), style_array=style)
        cell.data_type = "s"  # openpyxl types "=…" as a formula and "#N/A" as an error
        return cell
    if style is None:
        return value
    return Cell(ws, row=1, column=1, value=value, style_array=style)


def xlsx_row(ws: Any, values: Iterable[object], style: Any = None) -> list[Any]:
    """A row for `ws.append`, every value through `xlsx_cell` (with `style`, empty cells are styled too)."""
    return [xlsx_cell(ws, value, style) for value in values]


def markdown_text(value: object) -> str:
    """Text for a Markdown document: no HTML (entities), no Markdown syntax (escaped), one line."""
    text = html.escape(str(value), quote=False)
    text = _MARKDOWN_PUNCTUATION.sub(r"\\\1", text)
    return re.sub(r"[\r\n]+", " ", text)
