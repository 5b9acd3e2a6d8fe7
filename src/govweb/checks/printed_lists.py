"""Lists as the server printed them: empty, or filled with dated rows.

This module owns the names of list and menu containers (`LIST_CONTAINER`, `NAV_CONTAINER`), what a CMS prints in a
list with no entry (`EMPTY_LIST`) and what a body states when it has nothing to publish in a column
(`NOTHING_TO_PUBLISH`), the marks the page reader sets on containers (`DRAWN`: drawn from a script's
data; `WRITES_HERE`: holding the script that writes its rows), the labels of blank and filled list containers
(`list_labels`), and the signs that a list was printed empty by the server: a pager or an empty-list line beside it
(`server_pager_beside`), a table of header cells only (`header_only_table`) or saying it is empty
(`said_empty_table`), a list block showing only a heading (`in_list_block`), any empty list container
(`empty_list_container`).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from govweb.checks.dates import find_date
from govweb.checks.footer import element_label
from govweb.checks.hidden_blocks import hidden
from govweb.checks.out_of_service import BUILDING
from govweb.emptyslot import empty_slot

NAV_CONTAINER = re.compile(r"nav|menu|daohang|(?:^|[\s_-])dh(?:$|[\s_-])|lanmu|channel", re.I)


def nav_named(label: str) -> bool:
    """An element's id/class names a menu (nav, menu, daohang …)."""
    return NAV_CONTAINER.search(label) is not None


LIST_CONTAINER = re.compile(
    r"list|lst|news|column|lanmu|xxgk|notice|tzgg|gonggao|dongtai|article|wenzhang|items|result|zcwj|xwzx|docs|con_?box",
    re.I,
)


# What a CMS prints in a list that has no entry (page.py's empty-list marker; here: the server printed a list empty).
EMPTY_LIST = re.compile(
    r"暂无[\u4e00-\u9fff]{0,4}?(?:信息|内容|数据|记录|文章|稿件|文件|文档|新闻|公告)|没有(?:找到)?(?:相关|任何|符合条件的)?(?:信息|内容|记录|数据|文章)"
    r"|无相关(?:信息|内容|记录)|[本该此]栏目(?:下)?(?:暂无|没有|无)|(?<![\d.])共\s*0\s*(?:条|篇|项|个|页)|(?<![\d.])0\s*条记录|记录数\s*[:：]?\s*0(?!\d)"
    r"|无记录|暂无更新|(?:栏目|页面)?(?:正在)?" + BUILDING + r"|敬请期待"
)
# What a body states of a column it has nothing to publish in: itself or the year named, then, in the same clause, what
# it has none of or did not do (本机关无行政处罚信息, 本单位2026年度无此类信息, 本机关未作出行政处罚决定, 本年度未发生突发
# 事件), or that nothing needs publishing (暂无需公开的内容) — a declaration the standard directories ask for, which fills
# the column; not the CMS's word that a list is empty (暂无信息, 本栏目暂无内容: `EMPTY_LIST`)
NOTHING_TO_PUBLISH = re.compile(
    r"(?:本(?:机关|单位|部门|机构|[镇乡局委办院])|(?:19|20)\d{2}\s*年度|本年度?)[^，,。；;！!？?\s]{0,20}?"
    r"(?:无(?:此类|该类|此项|该项|相关)?[\u4e00-\u9fff]{0,8}?(?:信息|事项|内容|项目)|未(?:作出|做出|发生|开展|实施)|不涉及)"
    r"|暂?无(?:需|须)要?公开"
)


# A pager the server printed (第一页 … 最后一页, 共3页): the list beside it was printed by the server too.
_STATIC_PAGER = re.compile(r"第一页|最后一页|尾\s*页|末\s*页|上一页|下一页|共\s*\d+\s*[页条]|第?\s*\d+\s*/\s*\d+\s*页")
_PAGER_BLOCK_MAX = 200


def says_pages(text: str) -> bool:
    """`text` prints a pager's words (上一页, 共3页24条), read across the elements that print them (共<strong>3</strong>页)."""
    return _STATIC_PAGER.search(text) is not None

_STATEMENT_MAX = 30   # an empty-list statement: 暂无信息, 该栏目下没有记录 — a line, not a paragraph


def _shown_statement(text_node: LexborNode) -> bool:
    """A short line saying the list is empty (暂无信息) that the static page shows (not in a hidden block)."""
    line = (text_node.text() or "").strip()
    return len(line) <= _STATEMENT_MAX and EMPTY_LIST.search(line) is not None and (
        text_node.parent is None or not hidden(text_node.parent))


def server_pager_beside(node: LexborNode) -> bool:
    """An empty list whose block (its parent, or the block around an empty table) also holds, in the static HTML, a
    pager or a visible statement that the list is empty (`<ul class="list"></ul><div class="nodata">暂无信息</div>`):
    the server printed the list empty (a script filling a list writes its pager too, and hides its 暂无 line until
    it finds nothing)."""
    parent = node.parent
    for _ in range(2):   # the list's block, or the block around an empty table
        if parent is None:
            return False
        text = parent.text(deep=True, separator=" ", strip=True) or ""
        if len(text) > _PAGER_BLOCK_MAX:
            return False
        if _STATIC_PAGER.search(text) or EMPTY_LIST.search(text) and any(
                _shown_statement(t) for t in parent.traverse(include_text=True) if t.tag == "-text"):
            return True
        parent = parent.parent
    return False


_HEADING_MAX = 20   # a list block's own text besides its list: a heading such as 政策解读


def in_list_block(node: LexborNode) -> bool:
    """A ul/ol/tbody inside a list-named block that shows nothing else but a heading
    (`<div class="NewsList"><h1>政策解读</h1><ul></ul></div>`): the block's list, whatever the list is called."""
    parent = node.parent
    if node.tag not in ("ul", "ol", "tbody") or parent is None or not LIST_CONTAINER.search(element_label(parent)):
        return False
    if parent.css_first("a, img, input, iframe") is not None:
        return False
    return len(parent.text(deep=True, strip=True) or "") <= _HEADING_MAX


def header_only_table(table: LexborNode) -> bool:
    """A table whose every cell is a header cell, two or more (`<tr><th>标题</th><th>发布日期</th></tr>` and nothing
    else): a list's table with no row in it (a single header cell is a title bar: `<th>货物</th>` over another table).
    Old templates write the header row in plain cells (`<tr><td>标题</td><td>日期</td></tr>`): a one-row table of
    short labels, one of them naming the date column, with no other table of links beside it (the rows' own table
    under a header table of their own)."""
    if table.css_first("a, img, input") is not None or len(table.css("table")) != 1 or hidden(table):
        return False   # (css() counts the table itself)
    if len(table.css("th")) >= 2 and table.css_first("td") is None:
        return True
    return _label_row_table(table)


_DATE_COLUMN = re.compile(r"日期|时间")
_LABEL_MAX = 6   # a column label: 标题, 发布日期, 文号 …


def _label_row_table(table: LexborNode) -> bool:
    rows = table.css("tr")
    if len(rows) != 1:
        return False
    labels = [c.text(deep=True, strip=True) for c in rows[0].css("td, th")]
    if len(labels) < 2 or not all(0 < len(t) <= _LABEL_MAX and not any(ch.isdigit() for ch in t) for t in labels):
        return False
    if not any(_DATE_COLUMN.search(t) for t in labels):
        return False
    parent = table.parent
    return parent is None or parent.css_first("table a[href]") is None


_SAID_EMPTY_MAX = 12   # a cell saying its list is empty: 暂无信息, 暂无公开信件, 没有相关记录
_EMPTY_WORD = re.compile(r"暂无[\u4e00-\u9fff]{1,4}")


def said_empty_table(table: LexborNode) -> bool:
    """A list table holding nothing but a line that it is empty: header cells (信件主题 | 来信时间 | 办理状态) or a
    list-named table (`table.list`) over one row of a single cell saying so (暂无公开信件, 暂无信息) — the list the
    server printed without a row, as `header_only_table`, with its empty sign in the row's place."""
    if table.css_first("a, img, input") is not None or len(table.css("table")) != 1 or hidden(table):
        return False
    rows = [r for r in table.css("tr") if r.css_first("td") is not None]
    if len(rows) != 1 or len(rows[0].css("td")) != 1:
        return False
    said = rows[0].text(deep=True, strip=True) or ""
    if len(said) > _SAID_EMPTY_MAX or not (EMPTY_LIST.search(said) or _EMPTY_WORD.fullmatch(said)):
        return False
    return len(table.css("th")) >= 2 or LIST_CONTAINER.search(element_label(table)) is not None


_PAGER_NAME = re.compile(r"pager|pagination|fenye|pagebar|page[_-]?(?:nav|num|box)", re.I)


_HEADING = "h2, h3, h4, h5, h6"
_BOX_TEXT_CHARS = 10   # a like box beside an empty one shows at least this much text of its own (not its heading)


def _box_shape(node: LexborNode) -> tuple[str, str]:
    return node.tag or "", node.attributes.get("class") or ""


def empty_boxes(body: LexborNode, empty: re.Pattern[str]) -> list[LexborNode]:
    """Boxes of a row of like boxes (three or more siblings of one tag and class, each under a heading of its own:
    a hub's 县长信箱, 12345热线, 在线访谈 …) whose text says they are empty (暂无访谈, `empty`) while a like box shows
    text of its own: the sign is that box's, not the page's list."""
    out: dict[int, LexborNode] = {}   # (by the node's place in memory: a node's == compares its markup)
    for heading in body.css(_HEADING):
        box = heading.parent
        if box is None or box.parent is None or box.mem_id in out or not empty.search(_box_text(box)):
            continue
        like = [n for n in box.parent.iter() if n.mem_id != box.mem_id and _box_shape(n) == _box_shape(box)
                and n.css_first(_HEADING) is not None]
        if len(like) >= 2 and any(not empty.search(t := _box_text(n)) and len(t) >= _BOX_TEXT_CHARS for n in like):
            out[box.mem_id] = box
    return list(out.values())


def _box_text(box: LexborNode) -> str:
    """A box's text without its heading's."""
    heading = box.css_first(_HEADING)
    text = " ".join(box.text(deep=True, separator="\n").split())
    return text.replace(" ".join(heading.text(deep=True).split()), " ", 1).strip() if heading is not None else text


def empty_list_container(tree: LexborHTMLParser) -> bool:
    """A list container (a list-named ul/ol/tbody/div/table, any ul/ol/tbody beside a pager the server printed,
    or the list of a list-named block holding only a heading) with no entry at all; or a table of header cells
    only (序号 | 标题 | 发布日期 over no row: a list table the server printed without a row), or one whose only row
    says it is empty (`said_empty_table`)."""
    if any(header_only_table(t) or said_empty_table(t) for t in tree.css("table")):
        return True
    for node in tree.css("ul, ol, tbody, div, table"):
        label = element_label(node)
        named = LIST_CONTAINER.search(label) is not None
        if node.tag in ("div", "table") and (not named or _PAGER_NAME.search(label)):
            continue   # (a pager's block named for its list, `<div id="pagerTzgg">`, is the pager: no list)
        if node.css_first("a, li, td, p, img") or (node.text(deep=True, strip=True) or "").strip():
            continue
        if _holds_controls(node):
            continue   # a search box or a filter (div.xxgk-search: a form's input and button), no list
        if named or DRAWN in node.attributes or server_pager_beside(node) or in_list_block(node):
            return True   # (a list drawn from a script's data counting no record: shown empty)
    return False


def _holds_controls(node: LexborNode) -> bool:
    """The block holds a control a visitor uses (a text box, a choice, a button; a hidden field is none)."""
    return node.css_first("select, textarea, button") is not None or any(
        (i.attributes.get("type") or "text").strip().lower() != "hidden" for i in node.css("input"))


DRAWN = "data-govweb-drawn"   # set on a list container the page reader drew from data: it shows what the data holds


_ROW_LINK_MIN = 2


def list_labels(tree: LexborHTMLParser, written: frozenset[str] = frozenset()) -> tuple[frozenset[str], frozenset[str]]:
    """(blank, filled): the labels (`ul.doc-list`, `table.wj-table`) of the page's class-named list containers that
    stand empty (a table: header cells only; never a menu's: `ul.submenu`) and of those holding dated rows with
    links (two or more). A container the page's own inline script writes into (its id in `written`) is never
    blank: it is the script's list, not one the server printed empty (`list_state.server_list`)."""
    blank: set[str] = set()
    filled: set[str] = set()
    for node in tree.css("ul[class], ol[class], tbody[class], dl[class], table[class]"):
        label = _label(node)
        if NAV_CONTAINER.search(label) or node.attributes.get("id") in written or DRAWN in node.attributes:
            continue   # (a list the page reader drew from a script's data: the server printed neither rows nor none)
        rows = node.css("tr" if node.tag in ("table", "tbody") else "li, dd, dt")
        if _dated_rows(rows):
            filled.add(label)
        elif header_only_table(node) if node.tag == "table" else empty_slot(node):
            block = _empty_block(node, written)
            blank.add(label if block is None else f"{label}|{block}")
    for node in tree.css("div[class]"):
        # a list-named block the rows stand in (`<div class="list"><li>…</li></div>`): the server prints its list
        # there, whatever markup it gives the rows
        label = _label(node)
        if LIST_CONTAINER.search(label) and not NAV_CONTAINER.search(label) and _dated_rows(node.css("li, dd, dt, tr")):
            filled.add(label)
    return frozenset(blank), frozenset(filled)


_NUMBER = re.compile(r"\d+")
WRITES_HERE = "data-govweb-written"   # set by the page reader on a list that held a script writing into it


def _label(node: LexborNode) -> str:
    """`tag.classes`, numbers read as one (`ul.doc_list list-#`): a CMS naming each column's list by the column's id
    (`list-7121021` beside `list-7121001`) prints one list markup on every list page."""
    return _NUMBER.sub("#", f"{node.tag}.{' '.join((node.attributes.get('class') or '').split())}")


def _dated_rows(rows: list[LexborNode]) -> bool:
    """Two rows or more, each with a link and a date (counted up to the second)."""
    found = 0
    for r in rows:
        if r.css_first("a[href]") is not None and find_date(r.text(deep=True, separator=" ") or "") is not None:
            found += 1
            if found >= _ROW_LINK_MIN:
                return True
    return False


def _empty_block(node: LexborNode, written: frozenset[str]) -> str | None:
    """The label of the list-named block (`div.list`, up to two levels up) an empty list container stands alone
    in — the block shows no text, link or picture besides it —, or None: the server may print its list into that
    block on other pages under other markup (`<div class="list"><div class="pg"><li>…`), here an empty `<ul>`."""
    p = node.parent
    for _ in range(2):
        if p is None or p.tag != "div" or p.attributes.get("id") in written:
            return None
        if (p.text(deep=True, strip=True) or "").strip() or p.css_first("a, img, td, input"):
            return None
        label = _label(p)
        if p.attributes.get("class") and LIST_CONTAINER.search(label) and not NAV_CONTAINER.search(label):
            return label
        p = p.parent
    return None
