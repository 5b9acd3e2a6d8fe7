"""Charts drawn from several threads at once (the dashboard does) keep the CJK font in every output."""

from __future__ import annotations

import re
import threading
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from typing import Any

import pytest
from matplotlib.figure import Figure

from govweb.publish.charts import figure, index_profile, total_distribution

GLYPH_FONT = re.compile(r'<path id="([A-Za-z][\w-]*?)-[0-9a-f]+"')
TOTALS = [Decimal(v) for v in ("58.5", "66", "71.2", "80", "84.9", "91.5", "97")]
MEANS = {"信息发布": Decimal("0.82"), "互动交流": Decimal("0.61"), "办事服务": Decimal("0.74")}


def fonts_of(svg: bytes) -> set[str]:
    """The fonts whose glyphs an SVG chart draws (text is drawn as paths named after the font)."""
    return set(GLYPH_FONT.findall(svg.decode("utf-8")))


def test_a_chart_drawn_while_another_thread_leaves_its_figure_keeps_the_cjk_font(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The race the dashboard once lost: thread A's figure ends (matplotlib's settings restored) while thread B is
    drawing its chart. Drawing one chart at a time makes B wait for A instead."""
    a_inside, a_may_leave, a_left = threading.Event(), threading.Event(), threading.Event()
    add_subplot = Figure.add_subplot

    def add_subplot_after_a_left(fig: Figure, *args: Any, **kwargs: Any) -> Any:
        a_may_leave.set()
        a_left.wait(5)
        return add_subplot(fig, *args, **kwargs)

    def a() -> None:
        with figure(2, 2):
            a_inside.set()
            a_may_leave.wait(2)  # B, drawing at the same time, lets A go now
        a_left.set()

    first = threading.Thread(target=a)
    first.start()
    assert a_inside.wait(5)
    monkeypatch.setattr(Figure, "add_subplot", add_subplot_after_a_left)
    svg = total_distribution(TOTALS, "总分分布", "svg")
    first.join(5)
    assert fonts_of(svg) and all("CJK" in f for f in fonts_of(svg)), fonts_of(svg)


def test_charts_rendered_concurrently_all_use_the_cjk_font() -> None:
    start = threading.Barrier(4)

    def draw(i: int) -> bytes:
        start.wait()
        if i % 2:
            return index_profile(MEANS, {k: v + Decimal("0.1") for k, v in MEANS.items()}, f"指数{i}", "svg")
        return total_distribution(TOTALS, f"总分分布{i}", "svg")

    with ThreadPoolExecutor(4) as pool:
        outputs = list(pool.map(draw, range(4)))
    for i, svg in enumerate(outputs):
        assert fonts_of(svg) and all("CJK" in f for f in fonts_of(svg)), (i, fonts_of(svg))
    assert outputs[0] == total_distribution(TOTALS, "总分分布0", "svg")  # the same drawing as one drawn alone
