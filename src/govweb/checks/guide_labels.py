"""The labels of a service guide's key elements (国办秘函〔2019〕19号 办事指南要素) a page prints, in their usual
wordings; a list of services printing some of them as its table's column headings is no guide."""

from __future__ import annotations

import re
from collections import Counter

from selectolax.lexbor import LexborHTMLParser

# The ten key elements and the labels guides print for them.
GUIDE_ELEMENTS: dict[str, tuple[str, ...]] = {
    # (a 一件事 guide's own wordings: the bundle's name, 一件事名称; the department leading it, 牵头部门 / 牵头单位;
    # 设立依据, 申办条件, the window, 受理窗口)
    "事项名称": ("事项名称", "项目名称", "服务名称", "事项标题", "一件事名称"),
    "设定依据": ("设定依据", "办理依据", "法律依据", "实施依据", "法定依据", "设立依据"),
    "申请条件": ("申请条件", "受理条件", "办理条件", "申报条件", "申办条件"),
    "办理材料": ("办理材料", "申请材料", "提交材料", "所需材料", "申报材料", "材料目录"),
    "办理地点": ("办理地点", "受理地点", "办理地址", "办公地点", "办公地址", "窗口地址", "受理窗口", "办理窗口"),
    "办理机构": ("办理机构", "实施机关", "实施主体", "受理机构", "办理部门", "受理部门", "实施机构", "牵头部门", "牵头单位"),
    "收费标准": ("收费标准", "是否收费", "收费依据", "收费情况", "收费项目"),
    # 办理时间: the hours, or the time the service takes (办理时限, 承诺时限, 法定办结时限) — guides print either
    "办理时间": ("办理时间", "办公时间", "受理时间", "工作时间", "办理时限", "承诺时限", "法定时限", "办结时限"),
    "联系电话": ("联系电话", "咨询电话", "咨询方式", "联系方式", "监督电话"),
    "办理流程": ("办理流程", "办事流程", "办理程序", "流程图"),
}
_GUIDE_LABEL_TO_ELEMENT = {syn: el for el, syns in GUIDE_ELEMENTS.items() for syn in syns}
_GUIDE_RE = re.compile("|".join(sorted(_GUIDE_LABEL_TO_ELEMENT, key=len, reverse=True)))

GUIDE_MIN_LABELS = 5   # a page naming at least this many key elements is a service guide
LIST_ROWS = 2   # rows under a header row naming 事项名称: a table of that many services or more lists services
HEADINGS = 3    # labels in that header row, each a cell of its own (a guide's own table starts 事项名称 | its name)


def is_guide(elements: frozenset[str]) -> bool:
    """A page naming these key elements (`guide_labels`) is a service guide."""
    return len(elements) >= GUIDE_MIN_LABELS


def guide_labels(tree: LexborHTMLParser, own: str) -> frozenset[str]:
    """The key elements whose labels `own` (the page's text, the site footer aside) prints. A table whose header row
    holds three labels or more, each a cell, 事项名称 (or a synonym) among them, over two rows or more lists services,
    one a row (事项名称 | 实施机关 | 办理地点 | 承诺时限): its headings label columns of a list, not one service's
    elements, so a label printed only there is not counted."""
    found = Counter(_GUIDE_RE.findall(own))
    for label in _list_headings(tree):
        found[label] -= 1
    return frozenset(_GUIDE_LABEL_TO_ELEMENT[m] for m, n in found.items() if n > 0)


def _list_headings(tree: LexborHTMLParser) -> list[str]:
    out: list[str] = []
    for table in tree.css("table"):
        rows = [r for r in table.css("tr") if r.css_first("table") is None]
        if len(rows) <= LIST_ROWS:
            continue
        cells = [c.text(strip=True) for c in rows[0].css("th, td")]
        labels = [m for c in cells if (m := _GUIDE_RE.fullmatch(c.rstrip("：:")))]
        if len(labels) >= HEADINGS and any(_GUIDE_LABEL_TO_ELEMENT[m.group(0)] == "事项名称" for m in labels):
            out.extend(m.group(0) for m in labels)
    return out


# A guide's name without its kind (个体工商户设立登记办事指南 → 个体工商户设立登记), and the bodies a breadcrumb step names
_GUIDE_KIND = re.compile(r"[_\-—|｜\s]*(?:(?:办事|服务|事项|办理)?指南|(?:办事|服务|办理)指引|详情)$")
_ORGAN = re.compile(r"(?:局|委员会|委|办公室|中心|厅|院|所|站|支队|大队|人民政府|办事处|管委会)$")
_STEP_BEFORE = r"([^\s>＞»›→]{2,30})\s*(?:>>|>|＞|»|›|→)\s*"


def unlabelled_elements(own: str, heading: str) -> frozenset[str]:
    """Two key elements a guide shows without a label: its heading names the service (个体工商户设立登记办事指南:
    事项名称), and the breadcrumb step just before that name, when it names a body (澜南省 > 县市场监督管理局 >
    个体工商户设立登记), is the department that provides it (办理机构). A heading that is only the kind (办事指南)
    names nothing, nor does one naming a body (a logo's 峦阳县人民政府)."""
    name = _GUIDE_KIND.sub("", heading.strip())
    if len(name) < 2 or _ORGAN.search(name):
        return frozenset()
    step = re.search(_STEP_BEFORE + re.escape(name), own)
    return frozenset({"事项名称", *(("办理机构",) if step and _ORGAN.search(step.group(1)) else ())})


# The service's name printed after its label (事项名称：某某登记, a table's 事项名称 | 某某登记): up to the next blank
_SERVICE_NAME = re.compile(r"(?:" + "|".join(GUIDE_ELEMENTS["事项名称"]) + r")\s*[:：]?\s*([^\s:：]{2,40})")


def is_kind_only(name: str) -> bool:
    """The name says only what kind of page it is (办事指南, 服务指南, 详情), not which service."""
    return not _GUIDE_KIND.sub("", name.strip())


def service_name(own: str) -> str:
    """The name the guide's 事项名称 label prints (its first), unless that is another label (an empty cell)."""
    m = _SERVICE_NAME.search(own)
    if m is None or _GUIDE_RE.match(m.group(1)):
        return ""
    return m.group(1)
