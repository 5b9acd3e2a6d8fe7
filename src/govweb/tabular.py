"""Read a user's spreadsheet — CSV (UTF-8, UTF-8 with BOM, GBK/GB18030 as Excel saves it) or XLSX — into
numbered rows. Shared by every stage that takes a table from users (results tables, site registries, expert files).
Row numbers are the spreadsheet's (header = 1); blank rows are skipped; every failure is a BadInput in Chinese.
`parse_number` / `parse_fraction` read the numeric cells those tables hold."""

from __future__ import annotations

import csv
import functools
import io
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from govweb.errors import BadInput, Problem
from govweb.safetext import csv_text


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
    """A spreadsheet cell as text; a float first rounded to 15 significant digits, as Excel shows it
    (0.30000000000000004 is 0.3)."""
    if value is None:
        return ""
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return format(value, ".15g")
    return str(value)


_PLAIN = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_EXPONENT = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)[eE][+-]?[0-9]+")
MAX_EXPONENT = 15  # no score, index or total is 10^±15 away from 1


@functools.lru_cache(maxsize=4096)  # tables repeat a few hundred values: one Decimal each, parsed once
def parse_number(text: str, places: int | None = None) -> Decimal | None:
    """A numeric cell as Decimal, None when blank. Accepts 0.5, .5, 0.50, full-width digits and surrounding
    spaces. ValueError, its text the Chinese reason, for a decimal comma or digit separator (0,1  1,000  0_1),
    NaN/inf or anything else that is not a plain number, a value beyond 10^±15, more than `places` decimals."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)  # full-width digits, point and signs; U+3000 space
    text = text.strip()
    if not text:
        return None
    if _PLAIN.fullmatch(text):
        value = Decimal(text)
        decimals = len(text.partition(".")[2].rstrip("0"))
    elif _EXPONENT.fullmatch(text):
        value = Decimal(text)
        if value and abs(value.adjusted()) > MAX_EXPONENT:
            raise ValueError("超出范围")
        value = Decimal(format(value, "f"))  # 9.48E+01 is 94.8 from here on
        decimals = len(format(value, "f").partition(".")[2].rstrip("0"))
    elif "," in text:
        raise ValueError("使用了逗号（小数点请用「.」，如 0.1；不要用千位分隔符）")
    elif "_" in text or " " in text:
        raise ValueError("含有数字分隔符（「_」或空格）")
    else:
        raise ValueError("不是数值")
    if value and abs(value.adjusted()) > MAX_EXPONENT:
        raise ValueError("超出范围")
    if places is not None and decimals > places:
        raise ValueError(f"小数位数过多（最多 {places} 位）")
    return value


def parse_fraction(text: str, what: str, places: int | None = None) -> Decimal | None:
    """A 0–1 score cell (an index, an expert score) as Decimal, None when blank. ValueError carries the Chinese
    message naming `what` (指数, 分值 …) for a non-number (see `parse_number`) or a value outside 0–1."""
    try:
        value = parse_number(text, places)
    except ValueError as exc:
        raise ValueError(f"{what}{exc}：「{text}」") from None
    if value is not None and not Decimal(0) <= value <= Decimal(1):
        raise ValueError(f"{what}应在 0–1 之间，实际为 {text.strip()}")
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
    text = decode(path.read_bytes(), file)
    reader = csv.reader(io.StringIO(text, newline=""))
    records: list[list[str]] = []
    last_line = 0
    quoted = "'" in text  # a CSV of ours may have neutralised cells (govweb.safetext.csv_cell)
    try:
        for record in reader:
            records.append([csv_text(cell) for cell in record] if quoted else record)
            last_line = reader.line_num
    except csv.Error as exc:  # a cell beyond csv.field_size_limit(), usually a quote never closed
        why = (f"从此行开始的单元格超过 {csv.field_size_limit():,} 个字符（常见原因：引号「\"」没有配对）"
               if "field larger" in str(exc) else f"CSV 格式错误：{exc}")
        raise BadInput(f"无法读取表格 {file}", [Problem(why, file=file, row=last_line + 1)]) from None
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
