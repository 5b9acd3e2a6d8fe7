"""Shared helpers for the scoring tests: input files written the way users and Excel write them."""

from __future__ import annotations

import csv
import importlib.resources
import io
import subprocess
import sys
from pathlib import Path

REFERENCE = Path(str(importlib.resources.files("govweb") / "data" / "reference" / "2020-published-results.csv"))
GOVWEB = Path(sys.executable).parent / "govweb"

SMALL_METHODOLOGY = """\
name: small
as_of: 2020-11-26
rounding: {index: 2, total: 1, mode: half-up}
indices: [信息发布, 数据开放, 办事服务, 创新案例]
tiers:
  地市:
    weights: {信息发布: 50, 数据开放: 20, 办事服务: 30}
    bonus: {创新案例: 10}
    tie_order: admin-code
  区县:
    weights: {信息发布: 60, 办事服务: 40}
    bonus: {创新案例: 10}
    tie_order: input
"""


def csv_bytes(rows: list[list[str]], encoding: str = "utf-8") -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode(encoding)


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    path.write_bytes(csv_bytes(rows, encoding))
    return path


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        ws = book.create_sheet(title)
        for row in rows:
            ws.append(row)
    book.save(path)
    return path


def read_out(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "output CSV must start with a UTF-8 BOM"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def govweb(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(GOVWEB), *map(str, args)], capture_output=True, text=True, timeout=120)
