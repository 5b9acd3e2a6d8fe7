"""Read a registry file (CSV in UTF-8 / UTF-8 with BOM / GBK-GB18030, or XLSX) into header + numbered rows.

Also used by other stages' readers (review's expert files): keep `read_table`'s signature stable.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from govweb.errors import BadInput, Problem


@dataclass(frozen=True)
class Table:
    file: str  # label for messages (path, plus the sheet for XLSX)
    header: list[str]
    rows: list[tuple[int, dict[str, str]]]  # (spreadsheet row number, header → cell text); no blank rows


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def _decode(data: bytes, file: str) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise BadInput(
            f"无法读取 {file}：编码无法识别",
            [Problem(f"字节 0x{data[exc.start]:02x} 无法按 UTF-8 或 GBK/GB18030 解码（请另存为 UTF-8 CSV 或 XLSX）",
                     file=file, row=line)],
        ) from None
    raise AssertionError("unreachable")  # pragma: no cover


def _records(header: list[str], body: list[list[str]], strip: bool) -> list[tuple[int, dict[str, str]]]:
    rows = []
    for number, cells in enumerate(body, start=2):
        if not any(cell.strip() for cell in cells):
            continue
        values = [cell.strip() for cell in cells] if strip else cells
        rows.append((number, {name: (values[i] if i < len(values) else "") for i, name in enumerate(header)}))
    return rows


def _read_csv(path: Path, strip: bool) -> Table:
    file = str(path)
    records = list(csv.reader(io.StringIO(_decode(path.read_bytes(), file), newline="")))
    if not records or not any(cell.strip() for cell in records[0]):
        raise BadInput(f"{file} 是空文件", [Problem("文件为空：没有表头和数据", file=file)])
    header = [cell.strip() for cell in records[0]]
    return Table(file, header, _records(header, records[1:], strip))


def _read_xlsx(path: Path, key_column: str, strip: bool) -> Table:
    import openpyxl

    file = str(path)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zipfile / XML errors all mean "not a readable workbook"
        raise BadInput(f"无法读取 {file}", [Problem(f"不是有效的 XLSX 文件：{exc}", file=file)]) from None
    try:
        for sheet in book.worksheets:
            values = sheet.iter_rows(values_only=True)
            first = next(values, None)
            header = [_cell_text(v).strip() for v in first or ()]
            if key_column in header:
                body = [[_cell_text(v) for v in row] for row in values]
                return Table(f"{file}（工作表「{sheet.title}」）", header, _records(header, body, strip))
    finally:
        book.close()
    raise BadInput(
        f"{file} 中没有可用的工作表", [Problem(f"没有任何工作表的第 1 行含有「{key_column}」列", file=file)]
    )


def read_table(path: str | Path, key_column: str, *, strip: bool = True) -> Table:
    """A CSV, or the first XLSX sheet whose header has `key_column`. BadInput if unreadable or empty.
    Cells are stripped of surrounding whitespace unless `strip` is False (a stray space worth reporting)."""
    path = Path(path)
    if not path.is_file():
        raise BadInput(f"找不到文件 {path}", [Problem("文件不存在", file=str(path))])
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path, key_column, strip)
    return _read_csv(path, strip)
