"""Write a report in the format its file name asks for: .md, .html, .xlsx, .docx or .pdf."""

from __future__ import annotations

import importlib
import os
from pathlib import Path

from govweb.errors import BadInput
from govweb.publish.model import Report

# file suffix → renderer module in govweb.publish (each has `write(report, path) -> list[Path]`)
FORMATS: dict[str, str] = {".md": "markdown", ".html": "html", ".htm": "html", ".xlsx": "xlsx",
                           ".docx": "docx", ".pdf": "pdf"}


def check_format(path: str | os.PathLike[str]) -> Path:
    """The path, or BadInput when its suffix names no supported format."""
    path = Path(path)
    if path.suffix.lower() not in FORMATS:
        raise BadInput(f"无法识别报告格式「{path.name}」：输出文件名应以 .md、.html、.xlsx、.docx 或 .pdf 结尾")
    return path


def render(report: Report, path: str | os.PathLike[str]) -> list[Path]:
    """Write `report` to `path` atomically; returns the files written (Markdown adds its chart PNGs)."""
    target = check_format(path)
    module = importlib.import_module(f"govweb.publish.{FORMATS[target.suffix.lower()]}")
    written: list[Path] = module.write(report, target)
    return written
