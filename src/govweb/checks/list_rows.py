"""List rows: the dated (or status-carrying) entries of a page, found from markup-independent structure — an anchor
whose row (its enclosing `li`, `tr`, `dd`, or a short `div`/`p`) carries a date outside the anchor text
(`<li><a>标题</a><span>2020-11-26</span></li>`, table rows, `[11-26]` brackets, dates at the anchor's start or end) —
and script-run rows: how the page's anchors become links and rows (`read_anchors`), and the order a list's dates are
read in (`settle_day_first`, `settle_by_named_months`). (Where an anchor's row prints its date is read by `row_dates`;
the dates a row's text prints that date no row — clocks, periods, deadlines — by `not_row_dates`; the heading and
notes around a list, by `list_headings`; what a list shows beside its linked dated rows — messages printed whole,
rows with no link, blank date cells, picture tiles — by `list_shapes`; the date a row takes from a heading or a
month calendar around it, by `row_headings`; a table's cells spanning rows, by `row_spans`.)"""

from __future__ import annotations

import functools
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from govweb.checks import dates
from govweb.checks.breadcrumb import crumb_step
from govweb.checks.dates import RawDate
from govweb.checks.messages import row_status
from govweb.checks.not_row_dates import not_row_dates_out
from govweb.checks.page_links import (
    ANNOUNCING,
    DETAIL,
    ENTER,
    MORE,
    YEAR_ONLY,
    Joiner,
    Link,
    alert_only,
    announcement,
    back_or_action,
    block_heading,
    card_heading,
    card_name,
    click_cancelled,
    clicked_address,
    does_nothing,
    jumps_within,
    own_section,
    placeholder_href,
    row_label,
    scripted_target,
    summary_heading,
    tile_caption,
    tile_heading,
    version_switch,
    web_address,
)
from govweb.checks.row_dates import (
    ROW_BUTTON_MAX,
    Reads,
    anchor_row,
    card_headline,
    cites_document,
    edge_date,
    file_link,
    filed_under,
    row_of,
    row_tag,
)
from govweb.checks.unseen import in_unseen
from govweb.urlnorm import index_document

# A row the builder posted to try the list and never removed: its whole title is a test or placeholder title
# (测试信息，请勿点击, 这是一条测试新闻, 标题标题标题, test2) — a row a visitor sees, but no update of the site.
_TRIAL_POST = re.compile(r"(这是一?[条篇])?测试(信息|新闻|文章|数据|内容|标题|稿件)?\d*([，,、]?请勿(点击|删除|打开))?"
                        r"|(标题){2,}|test\d*", re.IGNORECASE)
_ROW_DATE_OR_MARK = re.compile(r"[\d\s\-/.:：年月日\[\]【】()（）]+$|^[\s·•\d.、]+")


def trial_post(row: str) -> bool:
    """Whether a list row's text (its title, with the date beside it) is only a test or placeholder title."""
    return bool(_TRIAL_POST.fullmatch(_ROW_DATE_OR_MARK.sub("", row.strip()).strip()))


# The fragment of a hash-routed app's address (`#/mailbox/detail/77120`, `#!/notice/41`): a route its script opens,
# naming a document of its own — not a place in the page (`#top`, `#fdzdgknr`).
_APP_ROUTE = re.compile(r"#(!?/[^#\s]*)$")


def app_route(href: str) -> str:
    """The route a link opens in a hash-routed app (`/app/#!/notice/41` → `!/notice/41`); '' when its fragment, if
    any, is a place in the page. Rows told apart only by their route are different documents: a browser shows each."""
    m = _APP_ROUTE.search(href.strip())
    return m.group(1) if m and len(m.group(1)) > 1 else ""


PAGINATION_TEXT = re.compile(r"^(?:下一页|下页|后页|尾页|末页|上一页|上页|前页|\d{1,4}|>|>>|›|»|next|last)$", re.I)


@dataclass(slots=True)
class Item:
    """A dated (or status-carrying) list entry: a link with the date printed next to it."""

    url: str
    title: str
    date: RawDate | None
    row: str                            # the row's text, for evidence and message lists
    dates: list[RawDate] = field(default_factory=list)   # every full date in the row (message lists: 2)
    status: str | None = None           # "answered" | "unanswered" when the row says so
    scripted: bool = False              # its link only runs a script (javascript:, #): `url` names the row
    route: str = ""                     # the route of a hash-routed app its link opens (`#/detail/77120`), if any
    buttons: list[str] = field(default_factory=list)   # what the row's buttons open ([原文], 查看反馈): no entries
    printed: bool = False               # a row printed with no link at all (a 选登 table's letter): nothing to open
    aside: bool = False                 # only in a side box (热点排行, 最新更新, 推荐阅读 …): no list's own row
    pinned: bool = False                # only in a box of the list's pinned rows (置顶) above it: no row of its page
    boxed_too: bool = False             # in the list and in a side box repeating it (最新更新): the list's own row
    menu_panel: bool = False            # only in the navigation's hover panels (a mega-menu's latest rows)


_CARD_TEXT_MIN = 8   # a link naming more than a word or two may be a card: its heading and a line describing it


def _row_node(a: LexborNode) -> int | None:
    """The node id of the row an anchor stands in (`row_of`)."""
    row = row_of(a)
    return row.mem_id if row is not None else None


def _row_list(a: LexborNode) -> int | None:
    """The node id of the list or table (the parent of the li or tr) an anchor's row stands in."""
    row = row_of(a)
    return row.parent.mem_id if row is not None and row.parent is not None else None


def settle_day_first(items: list[Item]) -> None:
    """A page prints its dates in one order. `dates.find_date` reads a date printed year last month first
    (11/05/2026: 5 November, as an English-locale server prints it) unless its first number can only be a day
    (16/11/2026); where a row of the page is so day first and none can only be month first, its rows that read either
    way are day first too (05/11/2026: 5 November). Dates the rows print otherwise stay as read."""
    if not any("/" in it.row or "-" in it.row for it in items):
        return
    parts = [(it, [dates.year_last_parts(m) for m in dates.YEAR_LAST.finditer(it.row)])
             for it in items if "/" in it.row or "-" in it.row]
    found = [p for _, ps in parts for p in ps]
    if not any(a > 12 for a, _, _ in found) or any(b > 12 for a, b, _ in found if a <= 12):
        return
    for it, ps in parts:
        either = {(y, a, b): (y, b, a) for a, b, y in ps if a <= 12 and b <= 12 and a != b}
        if either:
            if it.date in either:
                it.date = either[it.date]
            it.dates = [either.get(d, d) for d in it.dates]


# A title naming one month of a year (2026年10月财政收支情况, 2026年9月份工作简报), not a span of months (2026年1-9月)
_NAMED_MONTH = re.compile(r"((?:19|20)\d{2})\s*年\s*(1[0-2]|0?[1-9])\s*月(?!\s*[\d\-—~至到])")


def settle_by_named_months(items: list[Item]) -> None:
    """A list whose dates printed year last all read either way (06/11/2026) is day first when its titles name the
    month each row reports on (2026年10月财政收支情况) and, read month first, a row would come before the month its title
    names (11 June for October) while, read day first, none would and the rows run newest first (6 November, 9 October
    …). Else the rows stay month first, as `dates.year_last` reads them."""
    parts = [(it, ps) for it in items if ("/" in it.row or "-" in it.row) and (ps := [
        (y, a, b) for a, b, y in map(dates.year_last_parts, dates.YEAR_LAST.finditer(it.row))])]
    if not parts or any(a > 12 or b > 12 for _, ps in parts for _, a, b in ps):
        return
    named = [(ps[0], (int(n[0][0]), int(n[0][1]))) for it, ps in parts
             if len(ps) == 1 and len(n := _NAMED_MONTH.findall(it.title)) == 1]
    day_first = [(y, b, a) for _, ps in parts for y, a, b in ps]
    if len(named) < 2 or not any((y, a) < month for (y, a, _), month in named) \
            or any((y, b) < month for (y, _, b), month in named) or day_first != sorted(day_first, reverse=True):
        return
    for it, ps in parts:
        either = {(y, a, b): (y, b, a) for y, a, b in ps if a != b}
        if it.date in either:
            it.date = either[it.date]
        it.dates = [either.get(d, d) for d in it.dates]


def _document_page(url: str) -> bool:
    """The address names a document of its own (`/art/2026/art_61204.html`), not a folder or its index page (`/xw/`,
    `/xw/index.html`): a list's page its rows may name again."""
    return "." in urlsplit(url).path.rsplit("/", 1)[-1] and not index_document(url, paged=True)


def place_row(items: list[Item], url: str, href: str, title: str, row: str) -> str:
    """A dated row linking a place in a page (`zzxx/index.html#reply`) that an earlier row of another title links
    too: a letter or answer of its own printed on that page (a 信箱's replies share one anchor). Returns what tells it
    apart (the place and the row's position: `reply@3`); '' when it is the earlier row again (a second link of the
    same row, the same title repeated)."""
    if any(it.url == url and (it.title == title or it.row[:200] == row[:200]) for it in items):
        return ""
    return f"{href.rsplit('#', 1)[1]}@{len(items)}"


_HAN = re.compile(r"[\u4e00-\u9fff]")


# what a DETAIL link's text opens with: a cheap test before the pattern
_DETAIL_OPENS = ("查看", "了解", "详细", "详情")


def chinese_title(title: str | None, text: str) -> str:
    """A link's `title` when it says in Chinese what the link's text says only in another language or abbreviation
    (`<a title="政府信息公开指南">Guide</a>`, `<a title="办事服务">BSFW</a>`): the name a Chinese reader takes the link by;
    "" when the text holds Chinese of its own or the title none."""
    if not title or not text or _HAN.search(text):
        return ""   # (the cheap tests first: most links print Chinese text)
    title = " ".join(title.split())
    return title if _HAN.search(title) else ""


def row_key(url: str, route: str = "") -> str:
    """What tells two rows of a page apart: the page they open and, in a hash-routed app, the route."""
    return f"{url}#{route}"


def read_anchors(
    tree: LexborHTMLParser, join: Joiner, links: list[Link], items: list[Item], pagination: list[str],
    seen_items: set[str], script_entries: list[str] | None = None, switches: list[str] | None = None,
    clicked: AbstractSet[str] = frozenset(), weekdays: bool = False, page_url: str = "", grouped: bool = False,
    scriptless: bool = False, unseen: bool = False, read_data: AbstractSet[str] = frozenset(),
    jumps: list[str] | None = None,
) -> None:
    """Every link of the tree (an image map's `<area>`s too, named by their alt or title) into `links`; pager links
    into `pagination`; dated rows into `items`. A dated row whose link only runs a script (javascript:, #) is an
    entry too (a visitor sees it); short names of such links
    go to `script_entries` (无障碍 toolbars, tabs); elements keeping an address in one of the `clicked` data
    attributes (page_links.clicked_attributes) are links too. `weekdays`: the page's rows print their weekdays
    (`not_row_dates.weekday_list`), so a date beside a weekday dates a row. `page_url`: the page's own address, which names the
    rows printed on it (its `<base>`, `join.base`, may be another page's). `grouped`: the page prints a group heading
    of partly dated rows (`grouped_list`), so a row printing only a day, a time or a weekday may be dated by it.
    `scriptless`: the page runs no script of its own (`script_signs.runs_no_script`), so a link running nothing
    and given no handler (`does_nothing`: a bare javascript:void(0)) opens nothing, no entry whose way is unknown.
    `unseen`: the tree holds blocks no visitor can ever see (`unseen.unseen_blocks`): a control inside one, or a
    link to a part of the page inside one (a skip link `#hdjl` into a retired block), is no entry a visitor uses.
    `read_data`: the data attributes the page's inline scripts read (`page_links.read_data_attributes`), so a row
    whose empty date slot such a script fills is dated by the attribute (`row_dates._slot_date`). `jumps`: the names of those
    script entries that only jump to a printed part of the page (`page_links.jumps_within`)."""
    # what rows read of the page's nodes, read once
    reads = Reads(weekdays=weekdays, tree=tree, grouped=grouped, read_data=read_data)
    here = page_url or join.base
    last_row: tuple[int | None, int] = (None, -1)   # the row (li, tr) of the last entry read, and the entry count
    first_lists: dict[str, int | None] = {}   # the list (the li's or tr's parent) where each address was first read
    list_opens: dict[int, set[str]] = {}   # the addresses each list's dated rows open
    announcing = ANNOUNCING.search(tree.html or "") is not None   # (a page saying 预告 nowhere announces nothing)
    for a in tree.css("a[href], area[href]"):   # (an image map's areas are links a visitor clicks too)
        attrs = a.attributes
        href = attrs.get("href")
        if not href:
            continue
        u = join(href)
        scripted = u is None
        if scripted:
            u = scripted_target(href, attrs, join)
        atext = a.text(deep=True, separator="", strip=True)
        if not atext:
            atext = ((attrs.get("alt") if a.tag == "area" else "") or attrs.get("title") or attrs.get("aria-label")
                     or "").strip()
            if not atext:
                inner = a.css_first("img")
                if inner is not None:
                    atext = (inner.attributes.get("alt") or inner.attributes.get("title") or "").strip()
        more, enter, year, pager, back, tag = _text_tests(atext)
        if u is None:
            if not href.strip().lower().startswith(("javascript", "#")) or not atext:
                continue
            if unseen and (in_unseen(a) or _jumps_into_unseen(tree, href)):
                continue
            if own_section(tree, href, here, here):
                links.append(Link(here, atext, section=True))   # a tab of the page (href="#gkml")
            if script_entries is not None and len(atext) <= _SCRIPT_ENTRY_MAX and not alert_only(href, attrs) and not (
                    scriptless and does_nothing(a)):
                script_entries.append(atext)
                if jumps is not None and jumps_within(tree, a):
                    jumps.append(atext)
            if len(atext) < _SCRIPT_ROW_MIN or back:
                continue
            d, title, row, all_dates = anchor_row(a, atext, reads)
            if d is not None:
                key = f"{here}#row-{len(items)}"
                items.append(Item(key, title, d, row[:200], all_dates, row_status(row), scripted=True))
            continue
        placeholder, route = _href_tests(href)
        heading = (block_heading(a) if more else tile_heading(a) if enter
                   else tile_heading(a) or summary_heading(a)
                   if atext.startswith(_DETAIL_OPENS) and DETAIL.match(atext)   # (详细>> after a summary)
                   else "" if atext else tile_caption(a))
        links.append(Link(u, atext, heading, section=own_section(tree, href, u, here),
                          label=row_label(a) if year else "", placeholder=not scripted and placeholder,
                          card=card_heading(a) if len(atext) > _CARD_TEXT_MIN else "",
                          titled=chinese_title(attrs.get("title"), atext), announced=announcing and announcement(a),
                          route=route))
        if script_entries is not None and not scripted and not scriptless and len(atext) <= _SCRIPT_ENTRY_MAX \
                and click_cancelled(attrs):
            script_entries.append(atext)   # (a control whose click a script handles: a 无障碍 toggle over href="/")
        if pager:
            pagination.append(u)
            continue
        if len(atext) < 2 or back:
            continue
        if tag:
            if items and anchor_row(a, atext, reads)[0] is not None:
                items[-1].buttons.append(u)   # (a dated row's button, after its title)
            continue
        if filed_under(a):
            continue   # (栏目：<a>政策法规</a>: what the row is filed under, no row)
        if crumb_step(a):
            continue   # (您现在的位置：<a>首页</a> >> …: the page's place in the site, no row)
        if _holds_elements(a) and len(a.css("a[href]")) > 1:   # (its own css includes itself)
            continue   # (a link holding links — an `<a …/>` left open, reopened by the parser around the list that
            # follows —: the rows are the links inside it, it is none)
        d, title, row, all_dates = anchor_row(a, atext, reads)
        if d is not None and (headline := card_headline(a, reads)) is not None:
            own = join(headline.attributes.get("href") or "")
            if items and own is not None and items[-1].url == own != u:
                items[-1].buttons.append(u)   # (a card's attachment, tag or share after its headline: part of the row)
            continue   # (a card's picture, tag, 详情 or share: its headline is the row)
        if d is not None and not route and row_key(u) in seen_items and "#" in href:
            route = place_row(items, u, href, title, row)
        row_list = _row_list(a) if d is not None else None
        first_list = first_lists.setdefault(row_key(u), row_list) if d is not None else None
        if row_list is not None:
            opened = list_opens.setdefault(row_list, set())
            if first_list == row_list and not route and row_key(u) in seen_items and (
                    opened == {row_key(u)} or _document_page(u) and all(it.date != d for it in items if it.url == u)):
                # a list whose every row so far opens one address, read first in it, under another title: a letter
                # of its own (a 信箱 whose rows all open one view page without the letter's id) — each row is one;
                # so is a row of the list opening a document an earlier row of it opens, under another title and
                # another date (a news list whose rows a careless editor linked to one article: ten rows shown)
                route = place_row(items, u, "#row", title, row)
            opened.add(row_key(u))
        if d is None or row_key(u, route) in seen_items:
            continue
        long_title = (attrs.get("title") or "").strip()
        item = Item(u, long_title if len(long_title) > len(title) else title, d, row[:200], all_dates,
                    row_status(row), route=route)
        row_node = _row_node(a)
        if row_node is not None and last_row[0] == row_node and last_row[1] == len(items) and items:
            # a second link of the same row: one row, one entry — its title, not its button (查看反馈, 下载)
            prev = items[-1]
            if cites_document(a):
                prev.buttons.append(u)   # (the document the row refers to, 解读文件：<a>…</a>: part of the row)
                continue
            if len(item.title) <= ROW_BUTTON_MAX < len(prev.title):
                prev.buttons.append(u)
                continue
            if len(prev.title) <= ROW_BUTTON_MAX < len(item.title):
                seen_items.discard(row_key(prev.url, prev.route))
                items.pop()
                item.buttons.append(prev.url)
            elif file_link(u, item.title) and not file_link(prev.url, prev.title):
                prev.buttons.append(u)   # (the row's attachment, 附件：某某登记表.docx under its title: part of the row)
                continue
        seen_items.add(row_key(u, route))
        items.append(item)
        last_row = (row_node, len(items))
    if clicked:
        _read_clicked(tree, join, clicked, links, items, seen_items)
    # a tile or menu item that is no link but opens one address on click (<li onclick="window.open('…')">网上办事</li>)
    for node in tree.css("[onclick]"):
        if node.tag == "a" and node.attributes.get("href") is not None or node.css_first("a[href]") is not None:
            continue
        u = scripted_target("", node.attributes, join)
        img = node.css_first("img")
        name = node.text(deep=True, separator="", strip=True) or (
            (img.attributes.get("alt") or img.attributes.get("title") or "") if img is not None else "")
        if u is not None and name and node.attributes.get("role") == "link" and not (unseen and in_unseen(node)):
            _read_declared_link(node, u, name.strip(), reads, links, items, seen_items)
        elif u is not None and name and len(name) <= _SCRIPT_ENTRY_MAX and node.tag != "a":
            # (a 更多 is named by its block's heading, as a linked one is)
            links.append(Link(u, name.strip(), block_heading(node) if MORE.match(name) else ""))
        elif u is None and name and len(name) <= _SCRIPT_ENTRY_MAX and switches is not None and not (
                unseen and in_unseen(node)):
            switches.append(name.strip())   # a control a click runs in place (a 关怀版 / 无障碍 switch)
    if switches is not None:
        switches.extend(n for b in tree.css("button") if (n := b.text(deep=True, strip=True))
                        and len(n) <= _SCRIPT_ENTRY_MAX and not (unseen and in_unseen(b)))


def _read_declared_link(node: LexborNode, u: str, name: str, reads: Reads, links: list[Link], items: list[Item],
                        seen_items: set[str]) -> None:
    """An element declaring itself a link (`<div role="link" onclick="window.open('…')">`, an ARIA retrofit's row or
    menu item standing in for an `<a>`) that a click opens: a link of any length, as an anchor is, and the row it
    stands in dated as an anchor's row is (its date in a sibling cell)."""
    links.append(Link(u, name, block_heading(node) if MORE.match(name) else ""))
    if len(name) < 2 or MORE.match(name) or back_or_action(name):
        return
    d, title, row, all_dates = anchor_row(node, name, reads)
    if d is None or row_key(u) in seen_items:
        return
    seen_items.add(row_key(u))
    long_title = (node.attributes.get("title") or "").strip()
    items.append(Item(u, long_title if len(long_title) > len(title) else title, d, row[:200], all_dates,
                      row_status(row)))


def _holds_elements(node: LexborNode) -> bool:
    """The node holds an element or more than one node (a cheap first test before a query into it: most links hold
    only their name's text)."""
    child = node.child
    return child is not None and (child.tag != "-text" or child.next is not None)


def _jumps_into_unseen(tree: LexborHTMLParser, href: str) -> bool:
    """`href="#part"` leads to a part of the page inside a block no visitor can ever see."""
    part = href.strip()[1:]
    target = tree.css_first(f'[id="{part}"]') if part and '"' not in part and "\\" not in part else None
    return target is not None and in_unseen(target)


@functools.lru_cache(maxsize=100_000)
def _text_tests(atext: str) -> tuple[bool, bool, bool, bool, bool, bool]:
    """What a link's text alone says, read once per text (a template's links repeat on every page): a 更多 link
    (`MORE`), an 进入 link (`ENTER`), a year (`YEAR_ONLY`), a pager's link, a way back, a visitor's action
    (`back_or_action`), a switch to another version of the site (`version_switch`) or a web address printed as the
    name (`web_address`: no row), a row's bracketed tag (`row_tag`)."""
    return (MORE.match(atext) is not None, ENTER.match(atext) is not None, YEAR_ONLY.match(atext) is not None,
            PAGINATION_TEXT.match(atext) is not None,
            back_or_action(atext) or version_switch(atext) or web_address(atext),
            row_tag(atext))


@functools.lru_cache(maxsize=100_000)
def _href_tests(href: str) -> tuple[bool, str]:
    """What a link's href alone says, read once per href: whether it names no address of its own
    (`placeholder_href`), and the route of a hash-routed app it opens (`app_route`)."""
    return placeholder_href(href), app_route(href)


def _read_clicked(tree: LexborHTMLParser, join: Joiner, clicked: AbstractSet[str], links: list[Link],
                  items: list[Item], seen_items: set[str]) -> None:
    """Tiles and rows that are no links but that the page's own script opens on click (page_links.clicked_address):
    links, as a visitor uses them. A tile showing no date is named as a card (`<div data-href="/bsfw/"><div>办事服务
    </div><div>事项清单</div></div>`); a row (`<div data-href="/a/1.html"><span>标题</span><span>2025-06-17</span>
    </div>`, `<tr data-href>` cells) is named by its longest part and dated by a date in its other parts."""
    for node in tree.css(", ".join(f"[{a}]" for a in sorted(clicked))):
        value = clicked_address(node, clicked)
        u = join(value) if value else None
        if u is None:
            continue
        text = node.text(deep=True, separator="", strip=True)
        if not dates.find_date_cached(text):
            name = card_name(node)
            if name:
                links.append(Link(u, name))
            continue
        inner = node
        while True:   # (a card's wrapper: <a data-url><div><div>名称</div><div>2025-06-17</div></div></a>)
            kids = [(c, t) for c in inner.iter(include_text=True) if (t := c.text(deep=True, separator="", strip=True))]
            if len(kids) != 1 or kids[0][0].tag == "-text":
                break
            inner = kids[0][0]
        parts = [t for _, t in kids]
        undated = [t for t in parts if dates.find_date_cached(t) is None]
        title = max(undated, key=len) if len(parts) > 1 and undated else text
        links.append(Link(u, title))
        if len(title) < 2 or back_or_action(title):
            continue
        rest = not_row_dates_out(" ".join(t for t in parts if t != title)) if len(parts) > 1 else ""
        d = dates.find_date_cached(rest) if rest else None
        if d is None and len(parts) <= 1:
            d = edge_date(text)
        if d is None or row_key(u) in seen_items:
            continue
        seen_items.add(row_key(u))
        row = " ".join(parts)
        items.append(Item(u, title, d, row[:200], dates.find_full_dates(rest or text), row_status(row)))


_SCRIPT_ENTRY_MAX = 16
_SCRIPT_ROW_MIN = 4
