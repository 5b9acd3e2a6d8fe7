"""Read a user's spreadsheet — CSV (UTF-8, UTF-8 with BOM, GBK/GB18030 as Excel saves it) or XLSX — into
numbered rows. Shared by every stage that takes a table from users (results tables, site registries, expert files).
Row numbers are the spreadsheet's (header = 1); blank rows are skipped; every failure is a BadInput in Chinese.
`parse_number` / `parse_fraction` read the numeric cells those tables hold."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from govweb.errors import BadInput, Problem


@dataclass(frozen=True)
class Sheet:
    label: str                              # file label for messages (with the sheet name for XLSX)
    header: list[str]
    rows: list[tuple[int, list[str]]]       # (spreadsheet row number, cells); blank rows left out

    def records(self) -> list[tuple[int, dict[str, str]]]:
        """Rows as header → cell text (a missing trailing cell reads as "")."""
        return [(number, {name: cells[i] if i < len(cells) else "" for i, name in enumerate(self.header)})
                for number, cells in self.rows]


@dataclass(frozen=True)
class Table:
    """One sheet with rows as header → cell text (the shape the registry and review readers use)."""

    file: str
    header: list[str]
    rows: list[tuple[int, dict[str, str]]]


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def parse_number(text: str) -> Decimal | None:
    """A numeric cell as Decimal, None when blank; ValueError when not a finite number (thousands commas allowed)."""
    if not text:
        return None
    try:
        value = Decimal(text.replace("，", ",").replace(",", ""))
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite():
        raise ValueError(text)
    return value


def parse_fraction(text: str, what: str) -> Decimal | None:
    """A 0–1 score cell (an index, an expert score) as Decimal, None when blank. ValueError carries the Chinese
    message naming `what` (指数, 分值 …) for a non-number or a value outside 0–1."""
    try:
        value = parse_number(text)
    except ValueError:
        raise ValueError(f"{what}不是数值：「{text}」") from None
    if value is not None and not Decimal(0) <= value <= Decimal(1):
        raise ValueError(f"{what}应在 0–1 之间，实际为 {text}")
    return value


def decode(data: bytes, file: str) -> str:
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
            f"无法读取表格 {file}：编码无法识别",
            [Problem(f"字节 0x{data[exc.start]:02x} 无法按 UTF-8 或 GBK/GB18030 解码（请另存为 UTF-8 CSV 或 XLSX）",
                     file=file, row=line)],
        ) from None
    raise AssertionError("unreachable")  # pragma: no cover


def _body(rows: list[list[str]], strip: bool) -> list[tuple[int, list[str]]]:
    return [(number, [c.strip() for c in cells] if strip else cells)
            for number, cells in enumerate(rows, start=2) if any(c.strip() for c in cells)]


def _csv_sheet(path: Path, strip: bool) -> Sheet:
    file = str(path)
    records = list(csv.reader(io.StringIO(decode(path.read_bytes(), file), newline="")))
    if not records or not any(cell.strip() for cell in records[0]):
        raise BadInput(f"表格 {file} 是空文件", [Problem("文件为空：没有表头和数据", file=file)])
    return Sheet(file, [cell.strip() for cell in records[0]], _body(records[1:], strip))


def _xlsx_sheets(path: Path, key_column: str, all_sheets: bool, strip: bool) -> list[Sheet]:
    import openpyxl

    file = str(path)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zipfile / XML errors all mean "not a readable workbook"
        raise BadInput(f"无法读取表格 {file}", [Problem(f"不是有效的 XLSX 文件：{exc}", file=file)]) from None
    sheets = []
    try:
        for ws in book.worksheets:
            values = ws.iter_rows(values_only=True)
            header = [cell_text(v).strip() for v in next(values, None) or ()]
            if key_column not in header:
                continue
            body = [[cell_text(v) for v in row] for row in values]
            sheets.append(Sheet(f"{file}（工作表「{ws.title}」）", header, _body(body, strip)))
            if not all_sheets:
                break
    finally:
        book.close()
    if not sheets:
        raise BadInput(f"表格 {file} 中没有可用的工作表",
                       [Problem(f"没有任何工作表的第 1 行含有「{key_column}」列", file=file)])
    return sheets


def read_sheets(path: str | Path, key_column: str, *, all_sheets: bool = False, strip: bool = True) -> list[Sheet]:
    """A CSV as one sheet, or the XLSX sheets whose header has `key_column` (the first only unless `all_sheets`).
    Cells are stripped of surrounding whitespace unless `strip` is False (a stray space worth reporting)."""
    path = Path(path)
    file = str(path)
    if not path.is_file():
        raise BadInput(f"找不到文件 {file}", [Problem("文件不存在", file=file)])
    if path.stat().st_size == 0:
        raise BadInput(f"表格 {file} 是空文件", [Problem("文件为空：没有表头和数据", file=file)])
    suffix = path.suffix.lower()
    if suffix in (".xls", ".et", ".ods", ".numbers"):
        raise BadInput(f"不支持的表格格式 {file}", [Problem("请在 Excel / WPS 中另存为 .xlsx 或 CSV", file=file)])
    if suffix in (".xlsx", ".xlsm"):
        return _xlsx_sheets(path, key_column, all_sheets, strip)
    return [_csv_sheet(path, strip)]


def read_table(path: str | Path, key_column: str, *, strip: bool = True) -> Table:
    """The first sheet with `key_column` in its header, rows as header → cell text."""
    sheet = read_sheets(path, key_column, strip=strip)[0]
    return Table(sheet.label, sheet.header, sheet.records())
