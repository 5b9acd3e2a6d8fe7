"""Charts drawn with matplotlib (Agg) and returned as SVG or PNG bytes, so every format can embed them."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

import matplotlib

matplotlib.use("Agg")

from matplotlib import rc_context  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

from govweb.publish.fonts import matplotlib_family  # noqa: E402
from govweb.publish.stats import BANDS, band_of  # noqa: E402

BAND_COLOURS = {"卓越": "#1a7f37", "优秀": "#4c9f38", "良好": "#e0b000", "发展": "#e07b00", "准备": "#c0392b"}
ACCENT = "#1f4e79"
SECOND = "#e07b00"


# matplotlib's settings (rcParams) are one global dict, read while a figure is drawn and saved: a chart drawn in
# one thread while another leaves its settings would lose the CJK font. One chart at a time.
_DRAWING = threading.Lock()


@contextmanager
def figure(width: float, height: float) -> Iterator[Figure]:
    """A figure with the charts' settings (CJK font, deterministic SVG), drawn and saved within the block; a
    `Figure` of its own, not pyplot's (no global figure registry), and one block at a time across threads."""
    with _DRAWING, rc_context({"font.family": matplotlib_family(), "axes.unicode_minus": False,
                               "svg.fonttype": "path", "svg.hashsalt": "govweb", "font.size": 9}):
        yield Figure(figsize=(width, height))


def to_bytes(fig: Figure, fmt: str) -> bytes:
    buf = io.BytesIO()
    meta: dict[str, Any] = {"Date": None} if fmt == "svg" else {}
    fig.savefig(buf, format=fmt, dpi=150, bbox_inches="tight", metadata=meta)
    return buf.getvalue()


def paired_bars(ax: Any, names: Sequence[str], first: Sequence[float | None], second: Sequence[float | None],
                labels: tuple[str, str], ylabel: str = "指数（0–1）") -> None:
    """Two bars per name side by side (ACCENT, then orange; a missing value draws no bar), each with its value
    above it, the legend above the plot: no label ever sits on a marker, a legend or another bar."""
    width = 0.38
    xs = list(range(len(names)))
    for offset, values, colour, label in ((-width / 2, first, ACCENT, labels[0]),
                                          (width / 2, second, SECOND, labels[1])):
        shown = [(x + offset, v) for x, v in zip(xs, values, strict=True) if v is not None]
        if not shown:
            continue
        bars = ax.bar([x for x, _ in shown], [v for _, v in shown], color=colour, width=width, label=label)
        ax.bar_label(bars, labels=[f"{v:.2f}" for _, v in shown], fontsize=6.5, padding=1.5)
    ax.set_xticks(xs, list(names))
    ax.set_ylim(0, 1.12)
    ax.set_ylabel(ylabel)
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=2, fontsize=7.5, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)


def index_profile(index_means: dict[str, Decimal | None], top_means: dict[str, Decimal | None],
                  title: str, fmt: str) -> bytes:
    """Each index's average over the tier, beside the top-10 average."""
    names = [n for n, v in index_means.items() if v is not None]
    with figure(6.4, 2.9) as fig:
        ax = fig.add_subplot()
        paired_bars(ax, names, [float(index_means[n] or 0) for n in names],
                    [None if top_means.get(n) is None else float(top_means[n] or 0) for n in names],
                    ("全部参评网站平均", "前10名平均"))
        ax.set_title(title, pad=18)
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

