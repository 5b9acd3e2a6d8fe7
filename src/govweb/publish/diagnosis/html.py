"""HTML (one self-contained file) and PDF (WeasyPrint, embedded Noto CJK) renderings of a diagnosis."""

from __future__ import annotations

import base64
import functools
import logging
from decimal import Decimal
from pathlib import Path

import jinja2

from govweb.fsutil import atomic_open, atomic_path
from govweb.publish.diagnosis.chart import index_profile
from govweb.publish.diagnosis.model import Diagnosis, Screenshot
from govweb.publish.fonts import cjk_font_file


@functools.cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("govweb.publish.diagnosis", "templates"),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.filters["num"] = lambda value: f"{Decimal(value).normalize():f}"
    return env


def _shot_uri(shot: Screenshot) -> str:
    return "data:image/png;base64," + base64.b64encode(shot.path.read_bytes()).decode("ascii")


def to_html(diagnosis: Diagnosis, *, pdf: bool = False) -> str:
    fmt = "png" if pdf else "svg"
    chart = index_profile(diagnosis, fmt)
    mime = "image/png" if pdf else "image/svg+xml"
    return _environment().get_template("diagnosis.html.j2").render(
        d=diagnosis, pdf=pdf, shot=_shot_uri,
        chart=f"data:{mime};base64,{base64.b64encode(chart).decode('ascii')}" if chart else None,
        has_means=any(line.tier_mean is not None for line in diagnosis.indices),
    )


def write_html(diagnosis: Diagnosis, path: Path) -> None:
    with atomic_open(path, "w") as fh:
        fh.write(to_html(diagnosis))


def write_pdf(diagnosis: Diagnosis, path: Path) -> None:
    import weasyprint

    cjk_font_file()  # fail early with the apt hint when no CJK font is installed
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    document = weasyprint.HTML(string=to_html(diagnosis, pdf=True), base_url=str(path.parent))
    with atomic_path(path) as tmp:
        document.write_pdf(tmp)
