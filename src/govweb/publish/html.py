"""HTML: one self-contained file (inline CSS, charts as data: URIs), readable offline. `bytes_uri` and
`jinja_environment` are public for the other pages publish writes (the per-site diagnosis)."""

from __future__ import annotations

import base64
import functools
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

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


def jinja_environment(package: str, filters: Mapping[str, Callable[..., Any]]) -> jinja2.Environment:
    """The Jinja environment of a package's `templates` folder (autoescaped), with extra filters."""
    env = jinja2.Environment(loader=jinja2.PackageLoader(package, "templates"),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(filters)
    return env


@functools.cache
def _environment() -> jinja2.Environment:
    return jinja_environment("govweb.publish", {"header": _header, "colclass": _column_class})


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
                            image=lambda fig: data_uri(fig, "png"))


def write(report: Report, path: Path) -> list[Path]:
    with atomic_open(path, "w") as fh:
        fh.write(to_html(report))
    return [path]
