"""HTML (one self-contained file) and PDF (WeasyPrint, embedded Noto CJK) renderings of a diagnosis."""

from __future__ import annotations

import base64
import functools
from decimal import Decimal
from pathlib import Path

import jinja2
from markupsafe import Markup

from govweb.documents.evidence import Screenshot
from govweb.fsutil import atomic_open
from govweb.publish.diagnosis.chart import index_profile
from govweb.publish.diagnosis.model import SATURATION_NOTE, Diagnosis
from govweb.publish.diagnosis.shots import Shown, caption, full_path, missing, same_as_above, thumbnail
from govweb.publish.html import asset_text, bytes_uri, jinja_environment
from govweb.publish.model import cn_number
from govweb.publish.pdf import html_to_pdf
from govweb.publish.wording import error_label


@functools.cache
def _environment() -> jinja2.Environment:
    return jinja_environment("govweb.publish.diagnosis", {"num": lambda value: f"{Decimal(value).normalize():f}"})


def _shot_uri(shot: Screenshot) -> str:
    assert shot.path is not None
    return "data:image/jpeg;base64," + base64.b64encode(thumbnail(shot.path, shot.mark).jpeg).decode("ascii")


def to_html(diagnosis: Diagnosis, *, pdf: bool = False) -> str:
    fmt = "png" if pdf else "svg"
    chart = index_profile(diagnosis, fmt)
    return _environment().get_template("diagnosis.html.j2").render(
        d=diagnosis, pdf=pdf, shot=_shot_uri, missing=missing, shown=Shown(), same=same_as_above,
        caption=lambda s: caption(s, diagnosis.folder), chart=bytes_uri(chart, fmt) if chart else None,
        has_means=any(line.tier_mean is not None for line in diagnosis.indices),
        saturation=SATURATION_NOTE, numeral=cn_number, error_label=error_label,
        full=lambda s: full_path(s, diagnosis.folder), css=Markup(asset_text("tables.css")),
    )


def write_html(diagnosis: Diagnosis, path: Path) -> None:
    with atomic_open(path, "w") as fh:
        fh.write(to_html(diagnosis))


def write_pdf(diagnosis: Diagnosis, path: Path) -> None:
    html_to_pdf(to_html(diagnosis, pdf=True), path)
