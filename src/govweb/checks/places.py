"""Places named with their administrative unit (岩溪县, 莲山区, 城关镇) in a site's or page's name: one reader for the
checks that ask which places a name chains (`site_scope`) and which of them lie above the site's own (`script_signs`)."""

from __future__ import annotations

import re

# a place named with its administrative unit: 岩溪县, 莲山区, 内蒙古自治区, 巴彦塔拉旗, 城关镇
PLACE = re.compile(r"([\u4e00-\u9fff]{1,6}?)(?:自治县|自治州|自治旗|自治区|街道|地区|新区|省|市|州|盟|县|旗|区|镇|乡)")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def leading_places(name: str) -> tuple[list[str], int]:
    """The places a name opens with, one after another (衡屿市, 莲山区 of 衡屿市莲山区人民政府), and where they end."""
    places, end = [], 0
    for m in PLACE.finditer(name):
        if m.start() != end:
            break
        places.append(m.group())
        end = m.end()
    return places, end


def higher_places(title: str) -> tuple[str, ...]:
    """The places a title's name chains above its innermost one — the levels the site belongs to (青岚县 of
    青岚县龙湾乡人民政府, 衡屿市 of 衡屿市莲山区人民政府) — each also as it is called without its unit (青岚, 衡屿);
    () for a name of one place (岩溪县人民政府) or none."""
    out: list[str] = []
    for part in _CJK_RUN.findall(title):
        places, _ = leading_places(part)
        for place in places[:-1]:
            bare = PLACE.fullmatch(place)
            out += [place] + ([bare.group(1)] if bare is not None and len(bare.group(1)) >= 2 else [])
    return tuple(out)
