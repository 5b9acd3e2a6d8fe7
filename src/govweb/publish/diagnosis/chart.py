"""The index profile of one site against its tier, drawn with the publish stage's chart helpers."""

from __future__ import annotations

from govweb.publish.charts import ACCENT, figure, to_bytes
from govweb.publish.diagnosis.model import Diagnosis


def index_profile(diagnosis: Diagnosis, fmt: str) -> bytes | None:
    """Bars: each index of the site; markers: the tier's mean in this round. Drawn once per format."""
    if fmt not in diagnosis.charts:
        diagnosis.charts[fmt] = _draw(diagnosis, fmt)
    return diagnosis.charts[fmt]


def _draw(diagnosis: Diagnosis, fmt: str) -> bytes | None:
    lines = [line for line in diagnosis.indices if line.value is not None]
    if not lines:
        return None
    with figure(6.4, 2.6) as fig:
        ax = fig.add_subplot()
        xs = list(range(len(lines)))
        values = [float(line.value or 0) for line in lines]
        bars = ax.bar(xs, values, color=ACCENT, width=0.6, label="本网站")
        ax.bar_label(bars, labels=[f"{v:.2f}" for v in values], fontsize=7, padding=2)
        means = [(x, float(line.tier_mean)) for x, line in zip(xs, lines, strict=True) if line.tier_mean is not None]
        if means:
            ax.scatter([x for x, _ in means], [m for _, m in means], color="#e07b00", marker="D", s=18, zorder=3,
                       label=f"本轮{diagnosis.tier}平均")
            ax.legend(loc="lower right", fontsize=7, frameon=False)
        ax.set_xticks(xs, [f"{line.index}\n(权重{line.weight.normalize():f})" for line in lines])
        ax.set_ylim(0, 1.12)
        ax.set_ylabel("指数（0–1）")
        ax.set_title("指数概况")
        ax.spines[["top", "right"]].set_visible(False)
        return to_bytes(fig, fmt)
