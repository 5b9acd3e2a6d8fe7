"""govweb.publish: a report model built from a scoring `Ranking`, rendered to Markdown, HTML, XLSX, DOCX and PDF.

    report = build_report(ranking, methodology, title=None)
    render(report, "out/report.pdf")          # format from the suffix; atomic; returns the files written

Layout helpers for other documents publish writes (the per-site diagnosis in `govweb.publish.diagnosis`):
`publish.docx` (official_document, paragraph, table, picture, save), `publish.html` (jinja_environment,
bytes_uri), `publish.pdf` (html_to_pdf), `publish.xlsx` (style_header and the cell styles).
"""

from __future__ import annotations

from govweb.publish.model import Report, build_report
from govweb.publish.render import FORMATS, check_format, render

__all__ = ["FORMATS", "Report", "build_report", "check_format", "render"]
