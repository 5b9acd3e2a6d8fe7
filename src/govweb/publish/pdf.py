"""PDF through WeasyPrint from the same page as HTML; fonts come from fontconfig (Noto CJK) and are embedded.

`html_to_pdf(html, path)` is public for the other documents publish writes (the per-site diagnosis)."""

from __future__ import annotations

import logging
from pathlib import Path

from govweb.fsutil import atomic_path
from govweb.publish.fonts import cjk_font_file
from govweb.publish.html import to_html
from govweb.publish.model import Report


def html_to_pdf(html: str, path: Path) -> None:
    """Render an HTML page to `path` atomically; relative URLs resolve against the output folder."""
    import weasyprint

    cjk_font_file()  # fail early with the apt hint when no CJK font is installed
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    document = weasyprint.HTML(string=html, base_url=str(path.parent))
    with atomic_path(path) as tmp:
        document.write_pdf(tmp)


def write(report: Report, path: Path) -> list[Path]:
    html_to_pdf(to_html(report, pdf=True), path)
    return [path]
