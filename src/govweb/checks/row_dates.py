"""Row dates: where an anchor's row prints its date (`anchor_row`) — in the row around the anchor (its `li`, `tr`,
`dd`, or a short `div`/`p`; its line of a block broken by `<br>`), in a cell of its own (`<td>22-04-26</td>`, a `<dd>`
after the title, a cell spanning rows down from above) unless the table's header says its dates are no publication
(开标时间, 施行日期), under a headline or in a card's block, at the edge of the anchor's text (标题(2020-09-30)), in a
date badge of a block the anchor wraps — or in the markup: the full date kept for a row printing only 昨天 or 3天前,
the year a tooltip keeps for a month-day, a data attribute a script prints into an empty slot. `Reads` keeps what the
rows of one page read of its nodes. The links of a row that are parts of it, no entries of their own (a bracketed
tag, what the row is filed under, a file, a short button), are told here too: a card is dated only when its other
links are such parts. (The dates a row's text prints that date no row are blanked by `not_row_dates`; the date a row
takes from a heading or a month calendar around it is read by `row_headings`.)"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from govweb.checks import dates
from govweb.checks.dates import RawDate
from govweb.checks.messages import letter_dates, prints_reply, submissions
from govweb.checks.not_row_dates import DIGIT, not_row_dates_out
from govweb.checks.page_links import ROW_TAGS, STOP_CLIMB
from govweb.checks.row_headings import (
    CALENDAR_DAYS_MIN,
    HEADING_SELECTOR,
    calendar_day,
    cell_day,
    date_heading,
    dated_heading,
    group_date,
    year_heading,
)
from govweb.checks.row_spans import Spans, answer_after, continues_row, folded_answer, row_spans
from govweb.urlnorm import without_query_and_fragment

# (an attachment's name ends with its file's extension after the date: 某某公示（2026.11.24）.pdf, 20260512某方案.docx)
_FILE_EXT = r"pdf|docx?|xlsx?|wps|ofd|zip|rar|txt|et"   # a document's file: PDF, Word, Excel, WPS, OFD, an archive
_FILE = re.compile(rf"\.(?:{_FILE_EXT})$", re.I)
_EDGE_DATE = re.compile(
    r"^\s*[\[【(（]?\s*((?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{2}[-/]\d{2}|(?:19|20)\d{6}(?=\s*[\]】)）]|[\u4e00-\u9fff]))"
    r"\s*[\]】)）]?"
    r"|[\[【(（]?\s*((?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{2}[-/]\d{2}|[\[【(（]\s*(?:19|20)\d{6}\s*[\]】)）])"
    r"\s*[\]】)）]?(?:\.(?:" + _FILE_EXT + r"))?\s*$"
)
# A short bracketed word a row links beside its title ([在线办理], 【原文】, [详情]): a button or a tag of the row,
# no entry of its own (a bracketed date, [11-26], is the row's date).
_ROW_TAG = re.compile(r"^\s*[\[【]\s*[^\]】\d\s]{1,6}\s*[\]】]\s*$")


def row_tag(text: str) -> bool:
    """A link's name is a row's bracketed tag ([在线办理], [受理公示]), no name of the place it opens."""
    return _ROW_TAG.match(text) is not None


_MAX_ROW_TEXT = 300
DATE_CELL_MAX = 30   # a row's date cell: the date and little else
_ROW_REST_MAX = 60     # text of a row beyond its link: a date, a source, a status — not a paragraph


_WEEKDAY_TITLE_MIN = 8   # a row's headline, not a tool link beside the clock (读屏, 网站地图, 长者模式)


def _row_date(a: LexborNode, atext: str, reads: Reads) -> tuple[RawDate | None, str, list[RawDate]]:
    """Climb from the anchor to its row; return the date printed there (outside the anchor text). `reads`: what
    the page's rows read so far (rows sharing an ancestor read its text once). On a page whose rows print their
    weekdays, a date beside a weekday dates a headline's row, or a list row holding no other link (a short letter
    subject, 路灯不亮), never a tool link's (the clock's bar)."""
    weekdays = reads.weekdays and (len(atext) >= _WEEKDAY_TITLE_MIN or _sole_link_row(a))
    node = a.parent
    if node is not None and node.tag not in STOP_CLIMB:
        line = _br_line(a, node, reads)
        if line is not None:   # lines a block breaks with <br>, each its own linked row: this anchor's line
            rest = not_row_dates_out(line.replace(atext, " ", 1) if atext else line, weekdays)
            d = dates.find_date_cached(rest)
            if d is not None:
                return d, line.strip(), dates.find_full_dates(rest)
            node = None
    level = 0
    while node is not None and level < 3:
        tag = node.tag
        if tag in STOP_CLIMB and not _post_header(node, a):
            break
        t = reads.row_text(node) if tag == "tr" else reads.text(node)
        if len(t) > _MAX_ROW_TEXT:
            if level >= 1 and tag not in ROW_TAGS and (row := _headline_row(a, atext, node, reads, weekdays)):
                return row
            if tag in ROW_TAGS:   # a row with a long summary: the date in a short part of its own
                for child in node.iter(include_text=False):
                    ct = not_row_dates_out(reads.text(child), weekdays)
                    if len(ct) <= DATE_CELL_MAX and child.tag != "a":
                        d = dates.find_date_cached(ct)
                        if d is not None:
                            return d, (atext + " " + ct.strip()).strip(), dates.find_full_dates(ct)
            break
        # (a row printing no digit, 年, 天 or 刚 prints no date — `dates.find_date` — nor does a cell of it: most links,
        # a menu's and a toolbar's, are read no further)
        signed = _date_signed(t)
        if signed:
            shown = _published_cells(node, reads) if tag == "tr" else None
            if shown is not None and t != reads.text(node):   # (its second row's text, as `row_text` joins it)
                shown += " " + t[len(reads.text(node)):]
            base = (shown or t).replace(atext, " ", 1) if atext else (shown or t)
            if tag in ROW_TAGS and node.mem_id in reads.nesting():
                base = _outside_nested_lists(node, base, reads)
            rest = not_row_dates_out(base, weekdays)
            d = dates.find_date_cached(rest)
            if d is not None:
                if level >= 1 and tag not in ROW_TAGS and (len(node.css("a")) > 2 or len(
                        rest.strip()) > _ROW_REST_MAX and not _message_block(rest)):
                    if row := _headline_row(a, atext, node, reads, weekdays):
                        return row   # a headline over its summary, dated in a line of its own: one row
                    # a block holding several entries, or prose around a link: not one row (a letter's block, its one
                    # 来信时间 with the reply printed under it, is one row however long the reply) — unless it holds this
                    # link alone and says when it was published in a short part of its own (a search hit's block: its
                    # title, an abstract, its address, 发布时间：2026-12-02 08:00)
                    found = _published_part(node, weekdays) if len(node.css("a")) == 1 else None
                    if found is not None:
                        return found[0], t.strip(), dates.find_full_dates(found[1])
                    break
                if _message_block(rest) or len(node.css("a[href]")) == 1:
                    return _letter_row(node, d, t, rest, reads, weekdays)
                return d, t.strip(), _row_dates(rest)
        if tag in ROW_TAGS:
            if signed:
                found = _date_cell(node, reads, weekdays, rest if shown is not None or rest != base else None)
            else:   # a row dated only by a month and day in Chinese numerals, in a cell of its own (十一月十八日)
                found = _date_cell(node, reads, weekdays) if "月" in t and "日" in t else None
            if found is not None:   # a cell printing only a date its row's text hides (22-04-26 after a 文号 cell)
                return found[0], t.strip(), dates.find_full_dates(found[1])
            if tag == "tr" and (found := _spanning_date(node, reads, weekdays)) is not None:
                return found[0], (t.strip() + " " + found[1]).strip(), dates.find_full_dates(found[1])
            if tag in ("dt", "dd"):  # <dl><dt><a>标题</a></dt><dd>2020-11-26</dd></dl>, or <dd> then a <dd> cell
                found = _date_in_next_cells(node, tag)
                if found is not None:
                    return found[0], (t + " " + found[1]).strip(), _row_dates(found[1])
            break
        node = node.parent
        level += 1
    d = edge_date(atext) if atext else None
    if d is not None:
        return d, atext, [d] if d[0] is not None else []
    return None, "", []


def _post_header(node: LexborNode, a: LexborNode) -> bool:
    """`node` is the `<header>` of an `<article>` and `a` the link of its headline (a blog list's post: `<article>
    <header><h2><a>标题</a></h2><time>2026年11月20日</time></header>`): the post's own header, holding its row's date —
    not the page's header, whose menu is no row."""
    return (node.tag == "header" and node.parent is not None and node.parent.tag == "article"
            and a.parent is not None and a.parent.tag in _HEADLINE_TAGS)


def _row_dates(rest: str) -> list[RawDate]:
    """Every date of a row (`list_rows.Item.dates`): its full dates, else the month-day dates of a row printing two or more
    (留言 12-01 回复 12-02: when the letter came and when it was answered, both of one row), or the dates printed year
    last or with the month's English name of a row printing two or more (29/11/2026 | 01/12/2026; Nov 26, 2026 |
    Dec 1, 2026: `list_rows.settle_day_first` reads them in the page's order)."""
    found = dates.find_full_dates(rest)
    if found or not DIGIT.search(rest):
        return found
    days = dates.find_month_days(rest) or dates.find_year_last_dates(rest)
    return days if len(days) >= 2 else []


def _outside_nested_lists(row: LexborNode, text: str, reads: Reads) -> str:
    """A row's `text` without the lists it nests that hold links of their own (a layout table's `<tr>` whose one cell
    holds a box's table of dated headlines and whose other cell holds the 网上办事 and 局长信箱 tiles; a menu's `<li>`
    over its sub-list): their dates are their own rows', none of a link beside them. (The climb from an anchor stops at
    a list, so a list the row nests never holds the anchor.)"""
    for sub in row.css("table, ul, ol"):
        if sub.css_first("a") is not None:
            inner = reads.text(sub).strip()
            if inner:
                text = text.replace(inner, " ", 1)
    return text


_HEADLINE_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_HEADLINE_LINKS = ", ".join(f"{h} a[href]" for h in sorted(_HEADLINE_TAGS))


def _headline_row(a: LexborNode, atext: str, block: LexborNode, reads: Reads, weekdays: bool,
                  ) -> tuple[RawDate, str, list[RawDate]] | None:
    """The row of a headline's block — a 头条 or a card — as `_row_date` gives it (its date, its text, its full
    dates): the anchor stands in a heading (h1–h6) of the block, every link of the block opens the anchor's own
    address (its [详细], its picture), and a child element of the block that links nowhere prints the date and little
    else (`<div><h2><a>标题</a></h2><p>发布时间：2026-12-01</p><p>摘要……</p></div>`): the summary is the entry's, not
    prose around a link. A card whose other links are parts of its row (`_card_date`: a tag, a share, attachments,
    解读 buttons) is dated the same way. None for any other block."""
    node = a.parent
    while node is not None and node.mem_id != block.mem_id and node.tag not in _HEADLINE_TAGS:
        node = node.parent
    if node is None or node.mem_id == block.mem_id:
        return None
    href = a.attributes.get("href")
    if any(other.attributes.get("href") != href for other in block.css("a")):
        found = _card_date(a, atext, block, reads, weekdays)
        return (found[0], (atext + " " + found[1]).strip(), dates.find_full_dates(found[1])) if found else None
    for child in block.iter(include_text=False):
        if child.mem_id != node.mem_id and child.css_first("a") is None and (found := _short_date(child, reads, weekdays)):
            return found[0], (atext + " " + found[1]).strip(), dates.find_full_dates(found[1])
    return None


def _row_part(link: LexborNode, href: str | None) -> bool:
    """A link of a card beside its headline (whose href is `href`) that is a part of the headline's row, no entry of
    its own: the headline's address again (its picture, 详情>>), a file (附件：名单.xlsx, [原件下载]), a button or tag
    of a few characters (分享, 工作动态, [图解], 查看原文件), or what the row is filed under (来源：<a>县民政局</a>)."""
    other = link.attributes.get("href") or ""
    if other == href:
        return True
    text = link.text(deep=True, separator="", strip=True)
    return (len(text) <= ROW_BUTTON_MAX or _ROW_TAG.match(text) is not None or opens_file(other)
            or filed_under(link))


def _card_date(a: LexborNode, atext: str, block: LexborNode, reads: Reads, weekdays: bool,
               ) -> tuple[RawDate, str] | None:
    """The date of a card: `block` around the one headline `a` (a title longer than a button), every other link
    of it a part of that row (`_row_part`) and none in a list row of its own (a box of short rows under a heading is
    no card), printing one date, in a part that links nowhere standing in the block or beside the row's links
    (`<div class="card-foot"><span>2026-12-03</span><a>详情>></a><a>分享</a></div>`); with that part's text. None
    for any other block."""
    if len(atext) <= ROW_BUTTON_MAX:
        return None
    href = a.attributes.get("href")
    for other in block.css("a"):
        if other.mem_id == a.mem_id:
            continue
        if not _row_part(other, href) or _row_of_within(other, block):
            return None
    found: list[tuple[RawDate, str]] = []
    for node in block.traverse(include_text=False):
        if node.mem_id == block.mem_id or node.tag == "a" or node.css_first("a") is not None:
            continue
        parent = node.parent
        if parent is None or parent.mem_id != block.mem_id and parent.css_first("a") is None:
            continue   # (a date inside a summary's paragraph is the story's, not the card's)
        if part := _short_date(node, reads, weekdays):
            found.append(part)
    return found[0] if len(found) == 1 else None


def _row_of_within(link: LexborNode, block: LexborNode) -> bool:
    """The link stands in a list row (li, tr, dd, dt) inside `block`."""
    node = link.parent
    while node is not None and node.mem_id != block.mem_id:
        if node.tag in ROW_TAGS:
            return True
        node = node.parent
    return False


_CARD_CLIMB = 2   # blocks above a headline's heading a card may span (the reach of `_row_date`'s climb)


def _cards(tree: LexborHTMLParser, reads: Reads) -> dict[int, LexborNode]:
    """The cards of a page (by node id) with their headlines: the largest block, within `_CARD_CLIMB` above a
    heading's link, that holds no other headline and whose date `_card_date` reads — the headline's row."""
    cards: dict[int, LexborNode] = {}
    for a in tree.css(_HEADLINE_LINKS):
        atext = a.text(deep=True, separator="", strip=True)
        if len(atext) <= ROW_BUTTON_MAX:
            continue
        heading = a.parent
        while heading is not None and heading.tag not in _HEADLINE_TAGS:
            heading = heading.parent
        node = heading.parent if heading is not None else None
        card = None
        for _ in range(_CARD_CLIMB):
            if node is None or node.tag in STOP_CLIMB or len(node.css(_HEADLINE_LINKS)) != 1:
                break
            if _card_date(a, atext, node, reads, False) is not None:
                card = node
            elif card is not None:
                break
            if node.tag in ROW_TAGS:
                break
            node = node.parent
        if card is not None:
            cards[card.mem_id] = a
    return cards


def card_headline(a: LexborNode, reads: Reads) -> LexborNode | None:
    """The headline of the card the anchor stands in (`Reads.cards`), when it is another link: the anchor is a
    part of that row (its picture, tag, 详情, share, attachment), no row of its own."""
    cards = reads.cards()
    if not cards:
        return None
    node = a.parent
    for _ in range(_CARD_CLIMB + 2):
        if node is None or node.tag in STOP_CLIMB:
            return None
        headline = cards.get(node.mem_id)
        if headline is not None:
            return headline if headline.mem_id != a.mem_id else None
        node = node.parent
    return None


def _sole_link_row(a: LexborNode) -> bool:
    """The anchor stands directly in a list row (li, tr cell's row, dd) that holds no other link."""
    node = a.parent
    if node is not None and node.tag in ("td", "th"):
        node = node.parent
    return node is not None and node.tag in ROW_TAGS and len(node.css("a")) == 1


# a part of a row opening with when it was published (发布时间：, 发布日期：, 日期： — not 报名时间：, 活动时间：)
_PUBLISHED_LABEL = re.compile(r"^\s*(?:发布|发文|成文|印发|更新|公开)?(?:时间|日期)\s*[:：]")


def _published_part(block: LexborNode, weekdays: bool) -> tuple[RawDate, str] | None:
    """The date of a short part of `block` labelled as its publication (`<span>发布时间：2026-12-02 08:00</span>`), and
    that part's text; None when no such part holds a date."""
    for node in block.traverse(include_text=False):
        if node.mem_id == block.mem_id or node.tag == "a":
            continue
        text = node.text(deep=True, separator=" ")
        if len(text) <= DATE_CELL_MAX and _PUBLISHED_LABEL.search(text):
            d = dates.find_date_cached(not_row_dates_out(text, weekdays))
            if d is not None:
                return d, text.strip()
    return None


def _message_block(text: str) -> bool:
    """A block saying when one message was sent (来信时间：…, with its 回复时间 and reply under it): one letter."""
    return len(submissions(text)) == 1


def _letter_row(block: LexborNode, d: RawDate, t: str, rest: str, reads: Reads, weekdays: bool,
                ) -> tuple[RawDate, str, list[RawDate]]:
    """The row of a letter's block (`_message_block`, or a block around its one link), as `_row_date` gives it: with
    its answer printed in the block right after it (`row_spans.answer_after`) when it prints none itself, so the
    letter keeps both its days; its dates those its labels say (`messages.letter_dates`), not the days its prose
    cites."""
    if not prints_reply(rest) and block.tag != "tr" and (answer := answer_after(block)) is not None:
        more = reads.text(answer)
        t, rest = t + " " + more, rest + " " + not_row_dates_out(more, weekdays)
    return d, t.strip(), letter_dates(rest) or _row_dates(rest)


def _date_cell(row: LexborNode, reads: Reads, weekdays: bool = False, within: str | None = None,
               ) -> tuple[RawDate, str] | None:
    """The date of a row's own cell holding nothing else (`<td>22-04-26</td>`): a two-digit-year date is one only
    when it is the whole of its cell, which the row's joined text no longer shows. `within`: the row's text with its
    cells that are no publication dates blanked (`_published_cells`), when it has such: a cell out of it dates nothing."""
    for cell in row.iter(include_text=False):
        if cell.tag == "a" or cell.css_first("a") is not None:
            continue
        if within is not None and reads.text(cell).strip() not in within:
            continue
        if found := _short_date(cell, reads, weekdays):
            return found
    return None


def _short_date(node: LexborNode, reads: Reads, weekdays: bool) -> tuple[RawDate, str] | None:
    """The date an element printing little else holds (at most `DATE_CELL_MAX` characters, dates that are no
    publication left out), with that text; None otherwise."""
    ct = not_row_dates_out(reads.text(node), weekdays).strip()
    if ct and len(ct) <= DATE_CELL_MAX:
        d = dates.find_date_cached(ct) or dates.han_month_day_cell(ct)
        if d is not None:
            return d, ct
    return None


# A table's header naming a column of dates that are no publication: 开标时间, 投标截止时间, 有效期, 办理时限, the
# 结束时间 of a survey or a call for opinions (its 开始时间 is when it went online) …
_NOT_PUBLISHED_HEADER = re.compile(r"截止|开标|有效期|时限|失效|到期|结束")
# … or a document's own dates in a 政策文件 table: 施行日期, 废止日期, a 有效性 cell (已废止（2026-11-26）,
# 有效期至2031-06-30). Left out only where the row prints another date (its 发布日期): they are no day the list was
# touched, but a row dated by nothing else is not left undated for them.
_DOCUMENT_DATE_HEADER = re.compile(r"施行|生效|废止|有效性")
# … and a letters table's column of when the writer rated the answer (答复时间 | 群众评价 | 评价时间): a citizen's act
# after the reply, no day the site touched the list — left out the same way
_RATED_HEADER = re.compile(r"评价\s*(?:时间|日期)")
# … and one naming dates (发布日期, 留言时间, 生成日期): a cell under it printing eight digits alone is a date (20250519),
# which anywhere else is as likely a number (an amount, a code, a telephone)
_DATE_HEADER = re.compile(r"日期|时间")
_HEADER_CELL_MAX = 12
_NO_CELLS: tuple[frozenset[int], frozenset[int], frozenset[int]] = (frozenset(), frozenset(), frozenset())


def _header_columns(table: LexborNode, reads: Reads) -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
    """The places of a table's columns whose header names dates that are no publication (项目名称 | 开标时间 | 发布时间:
    the second), of those naming a document's own dates (`_DOCUMENT_DATE_HEADER`) and of those naming dates at all
    (`_DATE_HEADER`): its first row, when that links nothing and each cell is a short label. Read once per table."""
    got = reads.headers.get(table.mem_id)
    if got is None:
        got = _NO_CELLS
        first = table.css_first("tr")
        if first is not None and first.css_first("a") is None:
            labels = [reads.text(c).strip() for c in first.iter(include_text=False) if c.tag in ("th", "td")]
            if all(len(x) <= _HEADER_CELL_MAX and not any(ch.isdigit() for ch in x) for x in labels):
                got = (frozenset(i for i, x in enumerate(labels) if _NOT_PUBLISHED_HEADER.search(x)),
                       frozenset(i for i, x in enumerate(labels) if (
                           _DOCUMENT_DATE_HEADER.search(x) or _RATED_HEADER.search(x)) and not _NOT_PUBLISHED_HEADER.search(x)),
                       frozenset(i for i, x in enumerate(labels) if _DATE_HEADER.search(x)))
        reads.headers[table.mem_id] = got
    return got


def _published_cells(row: LexborNode, reads: Reads) -> str | None:
    """A table row's text without the cells its header says are no publication dates (the 开标时间 of a tender list
    printing 发布时间 beside it; a 政策文件 table's 施行日期 and 有效性 beside its 发布日期, when the rest still holds a
    date), its cells under a date header printing eight digits alone read as dates (提问日期 | 答复日期 as 20250519 |
    20250522); None when its table's header names none of these."""
    table = row.parent
    if table is not None and table.tag in ("tbody", "thead"):
        table = table.parent
    if table is None or table.tag != "table":
        return None
    closing, own, dated = _header_columns(table, reads)
    if not closing and not own and not dated:
        return None
    cells = [reads.text(c) for c in row.iter(include_text=False) if c.tag in ("td", "th")]
    compact = {i: day for i in dated if i < len(cells) and (day := dates.compact_cell(cells[i]))}
    if not closing and not own and not compact:
        return None
    cells = [compact.get(i, c) for i, c in enumerate(cells)]
    shown = " ".join(" " if i in closing or i in own else c for i, c in enumerate(cells))
    if own and dates.find_date_cached(not_row_dates_out(shown)) is None:
        shown = " ".join(" " if i in closing else c for i, c in enumerate(cells))
    return shown


def _spanning_date(row: LexborNode, reads: Reads, weekdays: bool) -> tuple[RawDate, str] | None:
    """The date of a cell of a row above that spans down into this one (`<td rowspan="3">2026-12-03</td>` printed once
    for the rows published that day), printing only a date: the date of every row it spans. A cell under a header
    saying its dates are no publication (开标时间) dates nothing."""
    section = row.parent
    if section is None:
        return None
    for cell in reads.spans(section).into.get(row.mem_id, ()):
        above = cell.parent
        table = section.parent if section.tag in ("tbody", "thead", "tfoot") else section
        if above is not None and table is not None and table.tag == "table":
            closing = _header_columns(table, reads)[0]
            at = [c.mem_id for c in above.iter(include_text=False) if c.tag in ("td", "th")].index(cell.mem_id)
            if at in closing:
                continue
        if found := _short_date(cell, reads, weekdays):
            return found
    return None


ROW_BUTTON_MAX = 6   # 查看反馈, 在线办理, 下载附件: a row's button, not its title


def row_of(a: LexborNode) -> LexborNode | None:
    """The list item or table row an anchor stands in (a few levels up); None outside one."""
    node = a.parent
    for _ in range(3):
        if node is None or node.tag in STOP_CLIMB:
            return None
        if node.tag in ("li", "tr"):
            return node
        node = node.parent
    return None


@dataclass(slots=True)
class _BrLines:
    """A block whose `<br>` lines each hold a link: which line each child stands in, the lines' texts, which link."""

    line_of: dict[int, int]
    texts: list[str]
    linked: list[bool]


# a label naming what a row is filed under, before a link to it (栏目：<a>政策法规</a>, 来源：<a>市农业农村局</a>)
_FILED_UNDER = re.compile(r"(?:所属|信息)?(?:栏目|分类|类别|来源)\s*[:：]\s*$")


def filed_under(a: LexborNode) -> bool:
    """The link follows a label naming what its row is filed under (栏目：<a>政策法规</a> under a search hit's title):
    a property of the row, no row of its own."""
    return _FILED_UNDER.search(_label_before(a)) is not None


# a label naming the document a row refers to, before a link to it (解读文件：<a>某府发〔2026〕9号</a> under an
# interpretation's title, 相关解读：<a>图解：…</a> under a document's, 原文链接：<a>…</a>)
_CITES = re.compile(r"(?:(?:关联|相关|对应|被?解读|政策)(?:文件|政策|解读)|原文(?:链接)?)\s*[:：]\s*$")
_LABEL_TAGS = frozenset({"span", "em", "strong", "b", "i", "label", "small", "font"})


def cites_document(a: LexborNode) -> bool:
    """The link follows a label naming the document its row refers to (关联文件：<a>某府办发〔2026〕41号</a> under an
    interpretation's title): the row's reference, no row of its own."""
    return _CITES.search(_label_before(a)) is not None


def _label_before(a: LexborNode) -> str:
    """The text right before a link — a text node, or an inline element of its own (<em>原文：</em>) — past blank
    text: where a label of the link's row stands."""
    prev = a.prev
    while prev is not None and prev.tag == "-text" and not (prev.text() or "").strip():
        prev = prev.prev
    if prev is None or prev.tag != "-text" and prev.tag not in _LABEL_TAGS:
        return ""
    return prev.text(deep=True) or ""


def _br_lines(parent: LexborNode) -> _BrLines | None:
    lines: list[list[LexborNode]] = [[]]
    for child in parent.iter(include_text=True):
        if child.tag == "br":
            lines.append([])
        else:
            lines[-1].append(child)
    if len(lines) < 2:
        return None   # (no <br>: one line, a block of no lines of links)
    # (a line whose links only name what the row is filed under — 栏目：<a>政策法规</a> 发布日期：… — holds none)
    linked = [any(c.tag == "a" and not filed_under(c) or c.tag != "-text" and c.tag != "a" and any(
        not filed_under(x) for x in c.css("a")) for c in ln) for ln in lines]
    if sum(linked) < 2:
        return None
    return _BrLines({c.mem_id: i for i, ln in enumerate(lines) for c in ln},
                    [" ".join(c.text(deep=True, separator=" ") for c in ln) for ln in lines], linked)


def _br_line(a: LexborNode, parent: LexborNode, reads: Reads) -> str | None:
    """The anchor's line, when its parent breaks its text with `<br>` into several lines that each hold a link
    (`<p>(05月12日) <a>标题一</a><br/>(03月02日) <a>标题二</a><br/></p>`): its rows are its lines, and a date on
    another line dates another row. A line holding no date takes the next line when that holds no link (a date
    printed under its title). None when the parent is no such block. The parent's lines are read once per page."""
    key = parent.mem_id
    if key not in reads.broken():
        return None   # (no <br> child: one line)
    if key not in reads.lines:
        reads.lines[key] = _br_lines(parent)
    block = reads.lines[key]
    at = block.line_of.get(a.mem_id) if block is not None else None
    if block is None or at is None:
        return None
    text = block.texts[at]
    if dates.find_date_cached(text) is None and at + 1 < len(block.texts) and not block.linked[at + 1]:
        text += " " + block.texts[at + 1]
    return text


@dataclass(slots=True)
class Reads:
    """What the rows of one page read of its nodes, kept so that each is read once: deep texts (words spaced) and
    the `<br>` lines of blocks, by node id."""

    texts: dict[int, str] = field(default_factory=dict)
    lines: dict[int, _BrLines | None] = field(default_factory=dict)
    headers: dict[int, tuple[frozenset[int], frozenset[int], frozenset[int]]] = field(default_factory=dict)   # (`_header_columns`)
    weekdays: bool = False   # the page's rows print their weekdays (`not_row_dates.weekday_list`): a date beside one is a row's
    tree: LexborHTMLParser | None = None
    nests: set[int] | None = None   # the rows (li, tr, dd, dt) nesting a list or table that links: `nesting`
    headed: dict[int, object] = field(default_factory=dict)   # a block's heading before it (`row_headings._heading_before`)
    breaks: set[int] | None = None   # the elements with a `<br>` child: `broken`
    headings: bool | None = None   # a heading element of the page says a full date: `dated_headings`
    grouped: bool = False   # an element of the page says only a group heading (`grouped_list`): `group_date`
    section_spans: dict[int, Spans] = field(default_factory=dict)   # by table section: `spans`
    read_data: AbstractSet[str] = frozenset()   # the data attributes the page's inline scripts read: `_slot_date`
    card_heads: dict[int, LexborNode] | None = None   # the page's cards and their headlines: `cards`
    day_cells: bool | None = None   # the page has cells enough to be a month calendar's days: `calendar_days`

    def broken(self) -> set[int]:
        """The elements of the page (by node id) with a `<br>` child, found once per page: the only blocks
        `_br_lines` can break into lines."""
        if self.breaks is None:
            self.breaks = {br.parent.mem_id for br in self.tree.css("br") if br.parent is not None} \
                if self.tree is not None else set()
        return self.breaks

    def dated_headings(self) -> bool:
        """A heading element of the page (h1–h6, dt) says one full date and nothing else, as
        `row_headings._heading_before` reads it: found once per page — only such a heading dates rows below it
        (`date_heading`)."""
        if self.headings is None:
            self.headings = self.tree is None or any(dated_heading(h) is not None
                                                     for h in self.tree.css(HEADING_SELECTOR))
        return self.headings

    def calendar_days(self) -> bool:
        """The page has as many cells opening with a day's number alone as a month calendar's table (`calendar_day`
        counts them per table), found once per page."""
        if self.day_cells is None:
            self.day_cells = self.tree is None or (len(tds := self.tree.css("td")) >= CALENDAR_DAYS_MIN and sum(
                cell_day(td) is not None for td in tds) >= CALENDAR_DAYS_MIN)
        return self.day_cells

    def cards(self) -> dict[int, LexborNode]:
        """The page's cards with their headlines (`_cards`), found once per page."""
        if self.card_heads is None:
            self.card_heads = _cards(self.tree, self) if self.tree is not None else {}
        return self.card_heads

    def nesting(self) -> set[int]:
        """The rows of the page (by node id) that nest a list or table holding links, found once per page: the few
        rows `_outside_nested_lists` reads again."""
        if self.nests is None:
            self.nests = set()
            for sub in self.tree.css("table, ul, ol") if self.tree is not None else ():
                if sub.css_first("a") is None:
                    continue
                node = sub.parent
                while node is not None and node.mem_id not in self.nests:
                    if node.tag in ROW_TAGS:
                        self.nests.add(node.mem_id)
                    node = node.parent
        return self.nests

    def spans(self, section: LexborNode) -> Spans:
        """The cells of a table section spanning several rows (`row_spans`), read once per section."""
        got = self.section_spans.get(section.mem_id)
        if got is None:
            got = self.section_spans[section.mem_id] = row_spans(section)
        return got

    def row_text(self, row: LexborNode) -> str:
        """A table row's text, followed by that of the rows below it that continue it (`continues_row`) or fold
        its letter's answer away (`folded_answer`)."""
        t = self.text(row)
        section = row.parent
        below = self.spans(section).below.get(row.mem_id) if section is not None else None
        if below:
            spans = self.spans(section)
            more = [self.text(r) for r in below if continues_row(r, spans)]
            if more:
                t = " ".join((t, *more))
        answer = folded_answer(row)
        if answer is not None:
            t = " ".join((t, self.text(answer)))
        return t

    def text(self, node: LexborNode) -> str:
        t = self.texts.get(node.mem_id)
        if t is None:
            # (words spaced, a date's month or day split over two elements read joined)
            t = self.texts[node.mem_id] = dates.joined_split_numbers(node.text(deep=True, separator=" "))
        return t


@functools.lru_cache(maxsize=100_000)
def _date_signed(text: str) -> bool:
    """`dates.may_hold_date`, tested once per text: a template's rows repeat on every page."""
    return dates.may_hold_date(text)


@functools.lru_cache(maxsize=100_000)
def edge_date(text: str) -> RawDate | None:
    """The date printed at the start or the end of `text` (标题(2020-09-30), [11-30]标题)."""
    m = _EDGE_DATE.search(text)
    if m is None:
        return None
    edge = m.group(1) or m.group(2) or ""
    # (eight digits opening a title are read with their brackets or the word after them: that makes them a date)
    return dates.find_date(text[m.start():m.end() + 1] if m.group(1) and edge.isdigit() else edge)


_ROW_CELLS_MAX = 4   # the cells of one <dl> entry after its title: 文号, 发布机构, 日期 …


def _date_in_next_cells(node: LexborNode, tag: str) -> tuple[RawDate, str] | None:
    """The date of a `<dt>`/`<dd>` entry printed in one of the `<dd>` cells after it (`<dt><a>标题</a></dt>
    <dd>澄新管发〔2024〕20号</dd><dd>2024年08月09日</dd>`): the first dated cell among the next few that link
    nowhere, up to the next entry (a `<dt>`, or a linked `<dd>` — after a `<dt>`, its first cell may link)."""
    sib = node.next
    cells = 0
    while sib is not None and cells < _ROW_CELLS_MAX:
        if sib.tag == "-text":
            sib = sib.next
            continue
        if sib.tag != "dd" or (tag != "dt" or cells) and sib.css_first("a") is not None:
            return None
        st = sib.text(deep=True, separator=" ")
        d = dates.find_date_cached(st) if len(st) <= _MAX_ROW_TEXT else None
        if d is not None:
            return d, st
        sib = sib.next
        cells += 1
    return None


# A row's date printed only relative to the day it is shown (刚刚, 2小时前, 昨天, 3天前, 上周五, 2周前, 1个月前): the
# whole of what the row prints beside its link.
RELATIVE_ONLY = re.compile(
    r"\s*(?:刚刚|\d{1,3}\s*(?:分钟|小时|天|周|个?星期|个?月)前|今天|昨天|前天|[本上](?:周|星期)[一二三四五六日天]?"
    r"|(?:周|星期)[一二三四五六日天])\s*")
_RELATIVE_SIGNS = frozenset("刚前天周期")
KEPT_DATE_ATTRIBUTES = ("datetime", "title")


def _kept_date(a: LexborNode, atext: str, reads: Reads) -> tuple[RawDate, str] | None:
    """The full date a row printing its date only relative to the day shown (`RELATIVE_ONLY`) keeps in its markup —
    a `<time datetime>`, the `title` of its date or of its link (发布时间：2026-04-16) — and the row's text. The words
    may have been written when a static page was published months ago (昨天 on a page last published in April), and
    2周前 or 1个月前 name no day: the kept date says when. None for any other row (one link alone, a few levels up)."""
    node = a.parent
    for _ in range(3):
        if node is None or node.tag in STOP_CLIMB:
            return None
        t = reads.text(node)
        rest = t.replace(atext, " ", 1) if atext else t
        if rest.strip():
            if not _RELATIVE_SIGNS.intersection(rest) or not RELATIVE_ONLY.fullmatch(rest) or len(node.css("a")) != 1:
                return None
            # (the date's own element first; the link's title says more than its date: only a labelled one counts)
            kept = [dates.find_date(el.attributes.get(name) or "") for name in KEPT_DATE_ATTRIBUTES
                    for el in node.css(f"[{name}]") if el.mem_id != a.mem_id]
            kept.append(dates.find_publication_date(a.attributes.get("title") or ""))
            d = next((d for d in kept if d is not None and d[0] not in (None, dates.RELATIVE_YEAR)), None)
            return (d, t.strip()) if d is not None else None
        node = node.parent
    return None


def _tooltip_years(a: LexborNode) -> dict[tuple[int, int], int]:
    """The years a list row (li, tr) printing month-day dates (11-10) keeps for them in its markup, as a visitor reads
    them on hovering: month and day → year, from the full dates of the same month and day in the `title` or
    `datetime` of its elements (<span title="2025-11-10 答复">11-10</span>; the link's own title only when labelled,
    发布时间：…). A month and day kept with two years keeps none."""
    row = row_of(a)
    if row is None:
        return {}
    found: dict[tuple[int, int], set[int]] = {}
    for name in KEPT_DATE_ATTRIBUTES:
        for el in row.css(f"[{name}]"):
            value = el.attributes.get(name) or ""
            kept = dates.find_full_dates(value) if el.mem_id != a.mem_id else [
                d for d in (dates.find_publication_date(value),) if d is not None and d[0] is not None]
            for y, m, day in kept:
                found.setdefault((m, day), set()).add(y)   # type: ignore[arg-type]
    return {md: next(iter(ys)) for md, ys in found.items() if len(ys) == 1}


_SLOT_TAGS = frozenset({"span", "em", "i", "b", "font", "time", "td", "div", "p"})


def _slot_date(a: LexborNode, read_data: AbstractSet[str], reads: Reads) -> tuple[RawDate, str] | None:
    """The date of a list row (li, tr) printing none, that leaves an empty element for the page's own script to print
    it from a data attribute of the row the script reads (`<li data-date="2026-11-18"><a>…</a><span class="date">
    </span></li>` under `$(this).find('.date').text(fmt($(this).data('date')))`): the full date that attribute holds
    — the date the page prints when its scripts run —, and the row's text with it."""
    row = row_of(a)
    if row is None:
        return None
    within = row.css("*")   # (the row itself first)
    if not any(el.tag in _SLOT_TAGS and next(el.iter(include_text=False), None) is None and not el.text().strip()
               for el in within):
        return None
    for el in within:
        for name, value in el.attributes.items():
            if name in read_data and value and (d := dates.find_dated(value)) is not None:
                return d, f"{reads.text(row).strip()} {value.strip()}"
    return None


def _with_tooltip_year(raw: RawDate, years: dict[tuple[int, int], int]) -> RawDate:
    """A month-day date with the year its row keeps for it (`_tooltip_years`); a full date as read."""
    return (years[(raw[1], raw[2])], raw[1], raw[2]) if raw[0] is None else raw


def anchor_row(a: LexborNode, atext: str, reads: Reads) -> tuple[RawDate | None, str, str, list[RawDate]]:
    """The date, title, row text and full dates of the row an anchor stands in: its row's date, else (a long anchor
    wrapping blocks) the date at the edge of one of its lines, that line being the title. A row printing its date
    only relative to the day shown is dated by the full date its markup keeps (`_kept_date`), when it keeps one; a
    row printing month-day dates, by the years its tooltips keep for them (`_tooltip_years`)."""
    d, row, all_dates = _row_date(a, atext, reads)
    if d is None or d[0] == dates.RELATIVE_YEAR:
        kept = _kept_date(a, atext, reads)
        if kept is not None:
            d, row, all_dates = kept[0], kept[1], [kept[0]]
    if d is None and reads.read_data:
        slot = _slot_date(a, reads.read_data, reads)
        if slot is not None:
            d, row, all_dates = slot[0], slot[1], [slot[0]]
    if d is not None and d[0] is None and (years := _tooltip_years(a)) and all(
            (r[1], r[2]) in years for r in (d, *all_dates) if r[0] is None):   # (every month-day of the row, or none)
        d = _with_tooltip_year(d, years)
        all_dates = [_with_tooltip_year(r, years) for r in all_dates]
    if d is not None and d[0] is None:
        year = year_heading(a)
        if year is not None:
            d = (year, d[1], d[2])
            all_dates = [(year, r[1], r[2]) if r[0] is None else r for r in all_dates]
    if d is None and reads.grouped:
        d = group_date(a, atext, reads)
        all_dates = [d] if d is not None and d[0] else all_dates   # (a day relative to the as-of date is no full date)
    if d is None:
        d = date_heading(a, reads)
        all_dates = [d] if d is not None else all_dates
    if d is None and reads.calendar_days():
        d = calendar_day(a)
        all_dates = [d] if d is not None else all_dates
    title = atext
    if d is None and len(atext) > _BLOCK_TITLE_MIN:
        d, title = _block_date(a, atext)
        row = title
        all_dates = [d] if d is not None and d[0] is not None else []
    return d, title, row, all_dates


def opens_file(url: str) -> bool:
    """The link opens a file (a PDF, a Word or Excel document, an archive), not a page."""
    return _FILE.search(without_query_and_fragment(url)) is not None


def file_link(url: str, name: str) -> bool:
    """The link opens a file, or is named as one (自评表.doc to a download script, `downfile.jsp?filename=…`)."""
    return opens_file(url) or _FILE.search(name.strip()) is not None


_BLOCK_TITLE_MIN = 12


def _block_date(a: LexborNode, atext: str) -> tuple[RawDate | None, str]:
    """An anchor wrapping blocks (<a><h3>标题(2020-09-30)</h3><p>摘要</p></a>): the date printed at the edge of one
    of its lines, and that line as the title; else the month-day of its date badge (`_BADGE_MONTH`)."""
    lines = [t.strip() for t in a.text(deep=True, separator="\n").split("\n") if t.strip()]
    if len(lines) < 2:
        return None, atext
    for line in lines:
        m = _EDGE_DATE.search(line)
        if m:
            d = dates.find_date(m.group(1) or m.group(2) or "")
            if d is not None:
                return d, (line[: m.start()] + line[m.end():]).strip() or line
    # a card's date badge printing the month and the day as lines of their own, no year (11月 above 24, or 24
    # above 11月): that month-day, the year left to the page as for 11-24; the title is the line after the badge
    for i, (first, second) in enumerate(itertools.pairwise(lines)):
        month, day = _BADGE_MONTH.fullmatch(first), _BADGE_DAY.fullmatch(second)
        if month is None or day is None:
            month, day = _BADGE_MONTH.fullmatch(second), _BADGE_DAY.fullmatch(first)
        if month is not None and day is not None:
            return (None, int(month.group(1)), int(day.group(0))), lines[i + 2] if i + 2 < len(lines) else atext
    return None, atext


_BADGE_MONTH = re.compile(r"(1[0-2]|0?[1-9])\s*月")
_BADGE_DAY = re.compile(r"3[01]|[12]\d|0?[1-9]")
