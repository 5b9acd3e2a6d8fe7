"""HTML: one self-contained file (inline CSS, charts as data: URIs), readable offline. `bytes_uri` and
`jinja_environment` are public for the other pages publish writes (the per-site diagnosis)."""

from __future__ import annotations

import base64
import functools
import importlib.resources
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from govweb.fsutil import atomic_open
from govweb.publish.model import NOT_RANKED_HEADER, NOT_RANKED_LEAD, Figure, Report, stats_tables
from govweb.terms import COL_CITY, COL_NAME, COL_RANK, COL_RESULT, COL_TOTAL, COL_VETOES, INDEX_COLUMN_SUFFIX

MIME = {"svg": "image/svg+xml", "png": "image/png"}


def _header(text: str) -> Markup:
    """A column header; "信息发布指数" breaks before 指数 so narrow columns stay readable."""
    if text.endswith(INDEX_COLUMN_SUFFIX) and len(text) > len(INDEX_COLUMN_SUFFIX):
        return escape(text[: -len(INDEX_COLUMN_SUFFIX)]) + Markup("<br>") + INDEX_COLUMN_SUFFIX
    return escape(text)


def _column_class(text: str) -> str:
    return {COL_RANK: "rank", COL_NAME: "name", COL_CITY: "city", COL_TOTAL: "total", COL_RESULT: "result",
            COL_VETOES: "vetoes"}.get(text, "index")


def cell_class(column: str, value: str) -> str:
    """The class of a table cell: its column's, and good/bad for a 检查结果."""
    if column == COL_RESULT:
        return {"合格": "good", "不合格": "bad"}.get(value, "")
    return {COL_NAME: "name", COL_TOTAL: "total", COL_VETOES: "wrap"}.get(column, "")


def sort_attributes(column: str) -> Markup:
    """How tables.js treats a column of a ranking table: sort, filter, search."""
    attributes = {
        COL_RANK: 'data-sort="num"',
        COL_NAME: 'data-sort="text" data-search',
        COL_CITY: 'data-sort="text" data-filter="所属城市"',
        COL_RESULT: 'data-sort="text" data-filter="检查结果"',
        COL_VETOES: 'data-filter="单项否决" data-split="、"',
    }.get(column, 'data-sort="num" data-first="desc"')
    return Markup(" " + attributes)


@functools.cache
def asset_text(name: str) -> str:
    """A text file of publish/assets (tables.js, tables.css), inlined into the pages so they work offline."""
    return (importlib.resources.files("govweb.publish") / "assets" / name).read_text(encoding="utf-8")


def screen_assets() -> dict[str, Markup]:
    """The CSS and JavaScript every interactive HTML page inlines (`css`, `js` in the templates)."""
    return {"css": Markup(asset_text("tables.css")), "js": Markup(asset_text("tables.js"))}


def jinja_environment(package: str, filters: Mapping[str, Callable[..., Any]]) -> jinja2.Environment:
    """The Jinja environment of a package's `templates` folder (autoescaped), with extra filters."""
    env = jinja2.Environment(loader=jinja2.PackageLoader(package, "templates"),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(filters)
    return env


@functools.cache
def _environment() -> jinja2.Environment:
    return jinja_environment("govweb.publish", {"header": _header, "colclass": _column_class,
                                                "cellclass": cell_class, "sortattrs": sort_attributes})


def bytes_uri(data: bytes, fmt: str) -> str:
    """A data: URI for image bytes in `fmt` ("svg" or "png")."""
    return f"data:{MIME[fmt]};base64,{base64.b64encode(data).decode('ascii')}"


def data_uri(fig: Figure, fmt: str) -> str:
    return bytes_uri(fig.data(fmt), fmt)


def to_html(report: Report, *, pdf: bool = False) -> str:
    """The report page (for PDF with print margins and page numbers). Charts are embedded as the same PNGs the
    other formats use, so each is drawn once per report."""
    template = _environment().get_template("report.html.j2")
    return template.render(report=report, pdf=pdf, stats=stats_tables,
                           image=lambda fig: data_uri(fig, "png"), not_ranked_lead=NOT_RANKED_LEAD,
                           not_ranked_header=NOT_RANKED_HEADER, **screen_assets())


def write(report: Report, path: Path) -> list[Path]:
    with atomic_open(path, "w") as fh:
        fh.write(to_html(report))
    return [path]
