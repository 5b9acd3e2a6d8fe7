"""Row headings: the date a list row printing none of it, or only part of it, takes from around it — a year heading
over month-day rows (`year_heading`), a group heading over rows printing a day, a time or a weekday (`group_date`,
gated by `grouped_list`), a timeline's day heading over undated rows (`date_heading`) and a month calendar's day cell
(`calendar_day`) — as `row_dates` dates an anchor's row when the row itself says no full date."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from selectolax.lexbor import LexborHTMLParser, LexborNode

from govweb.checks import dates
from govweb.checks.dates import RawDate

if TYPE_CHECKING:
    from govweb.checks.row_dates import Reads

# the days a weekday names after 星期, 周 or 礼拜 (日 and 天 both Sunday)
WEEKDAY_DAYS = "一二三四五六日天"

# A heading over a group of rows that print only part of their date: a year and month over rows printing a day
# (2026年11月 over 28日), a relative day over rows printing a time (今天 over 09:42), a week over rows printing a
# weekday (本周 over 周一). Such a list names its groups so; the gate is one search of the page.
_GROUP_HEADING = r"(?:((?:19|20)\d{2})\s*年\s*(1[0-2]|0?[1-9])\s*月|(今天|昨天|前天)|(本周|上周))"
_GROUP_HEADING_TAG = re.compile(r">\s*" + _GROUP_HEADING + r"\s*<")
_GROUP_HEADING_TEXT = re.compile(r"\s*" + _GROUP_HEADING + r"\s*")
_DAY_ONLY = re.compile(r"(?<![\d月/.\-])(3[01]|[12]\d|0?[1-9])\s*日(?!\d)")
_TIME_ONLY = re.compile(r"\s*(?:[01]?\d|2[0-3])\s*[:：]\s*[0-5]\d\s*")
_WEEKDAY_ONLY = re.compile(r"\s*(?:星期|周|礼拜)([一二三四五六日天])\s*")
_DAYS_BACK = {"今天": 0, "昨天": 1, "前天": 2}
_WEEKS_BACK = {"本周": 0, "上周": 1}


def grouped_list(html: str) -> bool:
    """The page holds an element saying only a group heading of partly dated rows (`_GROUP_HEADING`)."""
    return _GROUP_HEADING_TAG.search(html) is not None


_YEAR_HEADING = re.compile(r"\s*((?:19|20)\d{2})\s*(?:年\s*(?:(?:1[0-2]|0?[1-9])\s*月)?)?\s*")
_YEAR_CLIMB = 4


def year_heading(a: LexborNode) -> int | None:
    """The year a list prints as the heading of its month-day rows (`<h4>2020年</h4><p>(05月12日) <a>…</a></p>`): the
    element just before the row's block (or one of its blocks, a few levels up) saying only a year, or a year and a
    month (`<h3>2026年11月</h3><table>` over a 信箱's 11-24 | 11-27 rows). `a`: the row's link, or the row itself."""
    node = a.parent
    for _ in range(_YEAR_CLIMB):
        if node is None or node.tag in ("body", "html"):
            return None
        sib = node.prev
        while sib is not None and sib.tag == "-text" and not (sib.text() or "").strip():
            sib = sib.prev
        if sib is not None:
            m = _YEAR_HEADING.fullmatch(sib.text(deep=True, separator=" "))
            if m:
                return int(m.group(1))
        node = node.parent
    return None


# A heading filing the rows under it by month, as a blog's archive does: 2026 › 11月, 2026年11月, 11月 (3), 2026-11 —
# its count of posts in brackets or set apart after it (2026 › 12月 <sup>2</sup>)
_MONTH_HEADING = re.compile(r"\s*(?:(?:(?:19|20)\d{2}\s*(?:年|[›>»/.\-])?\s*)?(?:1[0-2]|0?[1-9])\s*月"
                            r"|(?:19|20)\d{2}\s*[-/.]\s*(?:1[0-2]|0[1-9]))\s*(?:[（(]\s*\d+\s*篇?\s*[）)]|\s\d+\s*篇?)?\s*")


def month_headings(tree: LexborHTMLParser) -> int:
    """How many heading elements (h2–h6) of the page say only a month, its year before it or not (`_MONTH_HEADING`)."""
    return sum(1 for h in tree.css("h2, h3, h4, h5, h6") if _MONTH_HEADING.fullmatch(h.text(deep=True)))


# A month calendar (领导活动, 政务日程 laid out as a month): its caption names one year and month between its switchers
# (‹ 上月 2026年11月 下月 ›), its cells open with their day's number, the titles of that day under it
_CALENDAR_MONTH = re.compile(r"((?:19|20)\d{2})\s*年\s*(1[0-2]|0?[1-9])\s*月")
_CALENDAR_DAY = re.compile(r"\s*(3[01]|[12]\d|0?[1-9])\s*日?\s*")
CALENDAR_DAYS_MIN = 28   # cells numbering the days: a month
_CALENDAR_CLIMB = 4


def cell_day(cell: LexborNode) -> int | None:
    """The day number a table cell opens with, before any link (`<td><span>26</span><ul><li><a>…`), if it says only
    that."""
    said = []
    for node in cell.traverse(include_text=True):
        if node.tag == "a":
            break
        if node.tag == "-text":
            said.append(node.text() or "")
    m = _CALENDAR_DAY.fullmatch("".join(said))
    return int(m.group(1)) if m else None


def calendar_day(a: LexborNode) -> RawDate | None:
    """The day a month calendar files a link under: the link stands in a table cell opening with the day's number
    alone, in a table of a month's day cells (28 or more) whose caption — or the element just before it — names
    one year and month and no day (‹ 上月 2026年11月 下月 ›); the titles under a day are of that day."""
    cell = a.parent
    for _ in range(_CALENDAR_CLIMB):
        if cell is None or cell.tag in ("td", "body", "html"):
            break
        cell = cell.parent
    if cell is None or cell.tag != "td" or (day := cell_day(cell)) is None:
        return None
    table = cell.parent
    while table is not None and table.tag != "table":
        table = table.parent
    if table is None:
        return None
    head = table.css_first("caption") or table.prev
    while head is not None and head.tag == "-text" and not (head.text() or "").strip():
        head = head.prev
    said = head.text(deep=True, separator=" ") if head is not None else ""
    months = _CALENDAR_MONTH.findall(said)
    if len(months) != 1 or dates.find_date(said) is not None:
        return None
    if sum(cell_day(td) is not None for td in table.css("td")) < CALENDAR_DAYS_MIN:
        return None
    return int(months[0][0]), int(months[0][1]), day


def group_date(a: LexborNode, atext: str, reads: Reads) -> RawDate | None:
    """The date of a row printing only part of it under its group's heading (`_GROUP_HEADING`): a day under a year
    and month (`<h3>2026年12月</h3><ul><li><span>01日</span><a>…</a></li>`), a time under 今天, 昨天 or 前天, a weekday
    under 本周 or 上周 (a week runs from Monday). The heading is an element holding no link just before the row's
    block — past the rows above it in its group, of its tag and class — or before one of its blocks a few levels up;
    the part is printed in a block holding this link alone, at or below that level."""
    day = time = weekday = None
    node = a.parent
    for _ in range(_YEAR_CLIMB):
        if node is None or node.tag in ("body", "html"):
            return None
        if day is None and time is None and weekday is None and len(node.css("a")) == 1:
            rest = reads.text(node).replace(atext, " ", 1) if atext else reads.text(node)
            if (m := _WEEKDAY_ONLY.fullmatch(rest)) is not None:
                weekday = WEEKDAY_DAYS.index(m.group(1)) + 1 if m.group(1) not in "日天" else 7
            elif _TIME_ONLY.fullmatch(rest):
                time = True
            elif (m := _DAY_ONLY.search(rest)) is not None:
                day = int(m.group(1))
        heading = _group_heading(node)
        if heading is not None:
            if heading.group(1) and day is not None:
                return int(heading.group(1)), int(heading.group(2)), day
            if heading.group(3) and time:
                return dates.RELATIVE_YEAR, 0, _DAYS_BACK[heading.group(3)]
            if heading.group(4) and weekday is not None:
                return dates.RELATIVE_YEAR, 1 + _WEEKS_BACK[heading.group(4)], weekday
            return None
        node = node.parent
    return None


def _group_heading(node: LexborNode) -> re.Match[str] | None:
    """The group heading (`_GROUP_HEADING_TEXT`) an element holding no link says just before `node`, past the
    siblings of its tag and class (the rows above it in its group) and blank text; else None."""
    sib = node.prev
    while sib is not None and (sib.tag == "-text" and not (sib.text() or "").strip() or (
            sib.tag == node.tag and sib.attributes.get("class") == node.attributes.get("class"))):
        sib = sib.prev
    if sib is None or sib.tag in ("-text", "a") or sib.css_first("a") is not None:
        return None
    return _GROUP_HEADING_TEXT.fullmatch(sib.text(deep=True, separator=" "))


_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "dt"})
HEADING_SELECTOR = ", ".join(sorted(_HEADING_TAGS))
_ONLY_DATE = re.compile(r"[\d０-９年月日\-/.－／．\s]{8,16}")


def date_heading(a: LexborNode, reads: Reads) -> RawDate | None:
    """The day a timeline prints as the heading of a group of undated rows (`<h3>2024年11月26日</h3><ul><li><a>…</a>
    </li></ul>`, `<dt>2023-06-02</dt><dd><a>…</a></dd><dd>…`): a heading element (h1–h6, dt) just before the row's
    block — past the rows above it in its group — or one of its blocks a few levels up, saying only a full date. (A
    clock or a label in a `div` or `span` is no heading of rows.) What a level finds is kept by node (`reads.headed`):
    the rows of one group share the walk back past them, read once per group. A page whose heading elements say no
    full date (`reads.dated_headings`, most pages) has none to find."""
    if not reads.dated_headings():
        return None
    node = a.parent
    for _ in range(_YEAR_CLIMB):
        if node is None or node.tag in ("body", "html"):
            return None
        found = _heading_before(node, reads.headed)
        if found is not _NO_HEADING:
            return found
        node = node.parent
    return None


_NO_HEADING = object()   # no heading element before a block: the climb goes on


def _heading_before(node: LexborNode, seen: dict[int, object]) -> object:
    """The date of the heading element just before `node`, past its siblings of its own tag (the rows above it in its
    group) and blank text: a full date (RawDate), None when that heading says anything else, `_NO_HEADING` when no
    heading element stands there. Kept in `seen` by node id: a sibling of the same tag walks back the same way."""
    got = seen.get(node.mem_id, seen)
    if got is not seen:
        return got
    tag = node.tag
    walked = [node.mem_id]
    sib = node.prev
    found: object = _NO_HEADING
    while sib is not None:
        if sib.tag == tag:
            got = seen.get(sib.mem_id, seen)
            if got is not seen:   # (a row above, walked back already: the same heading)
                found = got
                break
            walked.append(sib.mem_id)
        elif not (sib.tag == "-text" and not (sib.text() or "").strip()):
            break
        sib = sib.prev   # (the rows above it in its group: <dt>日期</dt><dd>…</dd><dd>…</dd>)
    else:
        sib = None
    if sib is not None and found is _NO_HEADING and sib.tag != tag and sib.tag in _HEADING_TAGS:
        found = dated_heading(sib)
    for key in walked:
        seen[key] = found
    return found


def dated_heading(heading: LexborNode) -> RawDate | None:
    """The one full date a heading element says, when it says nothing else (`<h3>2024年11月26日</h3>`); else None."""
    text = heading.text(deep=True, separator="").strip()
    dated = dates.find_full_dates(text) if _ONLY_DATE.fullmatch(text) else []
    return dated[0] if len(dated) == 1 else None
