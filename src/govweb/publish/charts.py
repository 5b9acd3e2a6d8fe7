"""Charts drawn with matplotlib (Agg) and returned as SVG or PNG bytes, so every format can embed them."""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

import matplotlib

matplotlib.use("Agg")

from matplotlib import pyplot as plt  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

from govweb.publish.fonts import matplotlib_family  # noqa: E402
from govweb.publish.stats import BANDS, band_of  # noqa: E402

BAND_COLOURS = {"卓越": "#1a7f37", "优秀": "#4c9f38", "良好": "#e0b000", "发展": "#e07b00", "准备": "#c0392b"}
ACCENT = "#1f4e79"


@contextmanager
def figure(width: float, height: float) -> Iterator[Figure]:
    with plt.rc_context({"font.family": matplotlib_family(), "axes.unicode_minus": False,
                         "svg.fonttype": "path", "svg.hashsalt": "govweb", "font.size": 9}):
        fig = plt.figure(figsize=(width, height))
        try:
            yield fig
        finally:
            plt.close(fig)


def to_bytes(fig: Figure, fmt: str) -> bytes:
    buf = io.BytesIO()
    meta: dict[str, Any] = {"Date": None} if fmt == "svg" else {}
    fig.savefig(buf, format=fmt, dpi=150, bbox_inches="tight", metadata=meta)
    return buf.getvalue()


def index_profile(index_means: dict[str, Decimal | None], top_means: dict[str, Decimal | None],
                  title: str, fmt: str) -> bytes:
    """Bars: each index's average over the tier, with the top-10 average as markers."""
    names = [n for n, v in index_means.items() if v is not None]
    with figure(6.4, 2.8) as fig:
        ax = fig.add_subplot()
        xs = range(len(names))
        values = [float(index_means[n] or 0) for n in names]
        bars = ax.bar(xs, values, color=ACCENT, width=0.6, label="全部参评网站平均")
        ax.bar_label(bars, labels=[f"{v:.2f}" for v in values], fontsize=7, padding=2)
        tops = [float(top_means.get(n) or 0) for n in names]
        ax.scatter(xs, tops, color="#e07b00", marker="D", s=18, zorder=3, label="前10名平均")
        ax.set_xticks(list(xs), [n for n in names])
        ax.set_ylim(0, 1.1)
        ax.set_ylabel("指数（0–1）")
        ax.set_title(title)
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.1), ncol=2, fontsize=7, frameon=False)
        ax.spines[["top", "right"]].set_visible(False)
        return to_bytes(fig, fmt)


def total_distribution(totals: Sequence[Decimal], title: str, fmt: str) -> bytes:
    """Histogram of totals in 2.5-point bins, coloured by grade band, with band boundaries marked."""
    values = [float(t) for t in totals]
    low = min(50.0, (min(values) // 5) * 5)
    high = max(100.0, (max(values) // 5 + 1) * 5)
    edges = [low + 2.5 * i for i in range(int((high - low) / 2.5) + 1)]
    with figure(6.4, 2.6) as fig:
        ax = fig.add_subplot()
        counts = [sum(1 for v in values if a <= v < b) for a, b in zip(edges, edges[1:], strict=False)]
        counts[-1] += sum(1 for v in values if v == edges[-1])
        colours = [BAND_COLOURS[band_of(Decimal(repr(a)))] for a in edges[:-1]]
        ax.bar(edges[:-1], counts, width=2.4, align="edge", color=colours)
        for label, floor in BANDS:
            if floor is not None and low < float(floor) < high:
                ax.axvline(float(floor), color="#888888", linewidth=0.6, linestyle="--")
                ax.text(float(floor) + 0.3, max(counts) * 1.02 + 0.2, label + "≥" + str(floor), fontsize=7,
                        color="#555555")
        ax.set_xlabel("总分")
        ax.set_ylabel("网站数")
        ax.set_title(title)
        ax.set_ylim(0, max(counts) * 1.15 + 1)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.spines[["top", "right"]].set_visible(False)
        return to_bytes(fig, fmt)

