"""The per-site diagnosis (体检报告): HTML, DOCX, PDF, and the XLSX 问题清单.

    from govweb.publish.diagnosis import build_diagnosis, write_diagnosis
    d = build_diagnosis("out/sites/1100000088", methodology, expert=expert)
    write_diagnosis(d, Path("体检报告.pdf"))
"""

from __future__ import annotations

from pathlib import Path

from govweb.errors import BadInput
from govweb.publish.diagnosis.docx import write_docx
from govweb.publish.diagnosis.html import to_html, write_html, write_pdf
from govweb.publish.diagnosis.model import (
    Diagnosis,
    FindingView,
    IndexLine,
    build_diagnosis,
    load_findings,
    site_code_of,
    site_meta,
)
from govweb.publish.diagnosis.xlsx import ISSUE_COLUMNS, OPERATOR_COLUMNS, write_xlsx

WRITERS = {".html": write_html, ".docx": write_docx, ".pdf": write_pdf, ".xlsx": write_xlsx}


def write_diagnosis(diagnosis: Diagnosis, path: Path) -> Path:
    """Write in the format the suffix names (.html, .docx, .pdf, .xlsx)."""
    writer = WRITERS.get(path.suffix.lower())
    if writer is None:
        raise BadInput(f"不支持的输出格式「{path.suffix or path.name}」：可用 {'、'.join(WRITERS)}")
    writer(diagnosis, path)
    return path


__all__ = ["ISSUE_COLUMNS", "OPERATOR_COLUMNS", "WRITERS", "Diagnosis", "FindingView", "IndexLine",
           "build_diagnosis", "load_findings", "site_code_of", "site_meta", "to_html", "write_diagnosis", "write_docx",
           "write_html", "write_pdf", "write_xlsx"]
