"""The index profile of one site against its tier, drawn with the publish stage's chart helpers."""

from __future__ import annotations

from govweb.publish.charts import figure, paired_bars, to_bytes
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
    with figure(6.4, 2.9) as fig:
        ax = fig.add_subplot()
        names = [f"{line.index}\n(权重{line.weight.normalize():f})" for line in lines]
        means = [None if line.tier_mean is None else float(line.tier_mean) for line in lines]
        paired_bars(ax, names, [float(line.value or 0) for line in lines], means,
                    ("本网站", f"本轮{diagnosis.tier}平均"))
        ax.set_title("指数概况", pad=18)
        return to_bytes(fig, fmt)
