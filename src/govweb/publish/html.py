"""HTML: one self-contained file (inline CSS, charts as data: URIs), readable offline."""

from __future__ import annotations

import base64
import functools
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

from govweb.fsutil import atomic_open
from govweb.publish.model import Figure, Report, stats_tables
from govweb.terms import COL_CITY, COL_NAME, COL_RANK, COL_TOTAL, INDEX_COLUMN_SUFFIX

MIME = {"svg": "image/svg+xml", "png": "image/png"}


def _header(text: str) -> Markup:
    """A column header; "信息发布指数" breaks before 指数 so narrow columns stay readable."""
    if text.endswith(INDEX_COLUMN_SUFFIX) and len(text) > len(INDEX_COLUMN_SUFFIX):
        return escape(text[: -len(INDEX_COLUMN_SUFFIX)]) + Markup("<br>") + INDEX_COLUMN_SUFFIX
    return escape(text)


def _column_class(text: str) -> str:
    return {COL_RANK: "rank", COL_NAME: "name", COL_CITY: "city", COL_TOTAL: "total"}.get(text, "index")


@functools.cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("govweb.publish", "templates"),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.filters["header"] = _header
    env.filters["colclass"] = _column_class
    return env


def data_uri(fig: Figure, fmt: str) -> str:
    return f"data:{MIME[fmt]};base64,{base64.b64encode(fig.data(fmt)).decode('ascii')}"


def to_html(report: Report, *, pdf: bool = False) -> str:
    """The report page (for PDF with print margins and page numbers). Charts are embedded as the same PNGs the
    other formats use, so each is drawn once per report."""
    template = _environment().get_template("report.html.j2")
    return template.render(report=report, pdf=pdf, stats=stats_tables,
                            image=lambda fig: data_uri(fig, "png"))


def write(report: Report, path: Path) -> list[Path]:
    with atomic_open(path, "w") as fh:
        fh.write(to_html(report))
    return [path]
