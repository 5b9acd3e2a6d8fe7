"""Name normalisation and the short forms people write for division names.

Short forms are derived by rule, not listed: an autonomous division drops its ethnic groups and the word
自治 (凉山彝族自治州 → 凉山州, 广西壮族自治区 → 广西, 木里藏族自治县 → 木里县); a generic suffix is dropped
(深圳市 → 深圳, 广东省 → 广东, 阿里地区 → 阿里, 罗湖区 → 罗湖).
"""

from __future__ import annotations

import re
import unicodedata

# The 55 minority nationalities recognised by the state (GB/T 3304-1991 民族名称), without the word 族.
# Place names carry them either with 族 (凉山彝族自治州) or, for some, without (伊犁哈萨克自治州).
ETHNIC_GROUPS: tuple[str, ...] = (
    "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼",
    "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土",
    "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克",
    "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
)

# Longest first so that 土家族 is tried before 土族 would be.
_ETHNIC_FORMS: tuple[str, ...] = tuple(
    sorted(
        {g + "族" for g in ETHNIC_GROUPS} | {g for g in ETHNIC_GROUPS if len(g) >= 2},
        key=len,
        reverse=True,
    )
)

# Autonomous suffix → the generic word kept in the short form ('' = none: 广西壮族自治区 → 广西).
_AUTONOMOUS = {"自治区": "", "自治州": "州", "自治县": "县", "自治旗": "旗"}
# Generic suffixes dropped from a name (longest first); the rest must keep at least two characters.
_GENERIC = ("特别行政区", "新区", "地区", "省", "市", "区", "县", "旗", "盟")

_SPACE = re.compile(r"\s+")


def clean(name: str) -> str:
    """Normalise what a user typed: NFKC (full-width forms), no spaces of any kind."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", name or ""))


def _strip_ethnic(stem: str) -> str:
    changed = True
    while changed:
        changed = False
        for form in _ETHNIC_FORMS:
            if stem.endswith(form) and len(stem) - len(form) >= 2:
                stem = stem[: -len(form)]
                changed = True
                break
    return stem


def short_forms(name: str) -> set[str]:
    """Every short form of an official name (never the name itself)."""
    forms: set[str] = set()
    for suffix, kept in _AUTONOMOUS.items():
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            base = _strip_ethnic(stem)
            if len(base) >= 2:
                forms.add(base)
                if kept:
                    forms.add(base + kept)
            return forms - {name}
    for suffix in _GENERIC:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            forms.add(name[: -len(suffix)])
            break
    return forms - {name}
