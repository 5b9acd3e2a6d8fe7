"""Hostile strings and small helpers shared by the safety tests (issue 9)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl

# A cell that Excel turns into a live link when it is written as a formula.
FORMULA = '=HYPERLINK("http://evil.example/","点击")'
# What else a CSV must not start with (OWASP), and Markdown/HTML that must not survive as markup.
FORMULA_LIKE = [FORMULA, "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1"]
HTML = ['<script>alert("x")</script>', '<img src=x onerror="alert(1)">', "<!-- hidden", "[点击](javascript:alert(1))"]


def formulas_in(path: Path) -> list[str]:
    """Every formula an XLSX file holds (cells written with <f>), read from the XML itself."""
    found = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/sheet") and name.endswith(".xml"):
                found += re.findall(r"<f[ >][^<]*", archive.read(name).decode("utf-8"))
    return found


def text_cells(path: Path) -> dict[str, list[str]]:
    """Sheet name → the string values of its cells (openpyxl reads a formula back as its text, so this is used
    together with `formulas_in`)."""
    book = openpyxl.load_workbook(path)
    return {ws.title: [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
            for ws in book.worksheets}
