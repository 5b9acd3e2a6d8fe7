"""List shapes: the entries a list shows beside its linked dated rows, found from the shape of its rows and tiles —
messages a guestbook prints whole (`message_rows`), rows printed with no link (`unlinked_rows`), lists typed as
lines of text (`text_line_rows`), rows whose date cell is empty (`blank_date_rows`) and picture tiles
(`picture_tiles`) — and the rows of a box ranking the site's most read pages and other side boxes beside a list
(`side_box_links`), which are no list's own. Each reads a page's tree after `list_rows.read_anchors` read its
anchors."""

from __future__ import annotations

import re
from collections import Counter

from selectolax.lexbor import LexborHTMLParser, LexborNode

from govweb.checks import dates
from govweb.checks.dates import RawDate
from govweb.checks.footer import element_label
from govweb.checks.hidden_blocks import hidden_inline
from govweb.checks.list_rows import PAGINATION_TEXT, Item
from govweb.checks.messages import (
    POSTED_LABEL,
    POSTER_LABEL,
    SUBMIT_LABEL,
    SUBMIT_WORD,
    answers_posts,
    row_status,
    submissions,
    table_cells,
)
from govweb.checks.not_row_dates import not_row_dates_out
from govweb.checks.page_links import MORE, YEAR_ONLY, Joiner, back_or_action
from govweb.checks.printed_lists import nav_named
from govweb.checks.row_dates import DATE_CELL_MAX, RELATIVE_ONLY
from govweb.checks.row_headings import year_heading
from govweb.htmlstd import next_element

_MESSAGE_TITLE = re.compile(r"^(?:主题|标题|留言主题|信件标题|来信标题)\s*[:：]\s*")   # a label before the title
_MESSAGE_TITLE_MAX = 60
_LEFT_BY = re.compile(r"(?:留言|发表)于")   # a label going on from the name before it (王女士 留言于 …)


def message_rows(body: LexborNode, base: str, unlinked: bool = False) -> list[Item]:
    """Messages a guestbook prints whole, with no page of their own to link (主题：… 留言时间：2022-02-16 … 回复时间：…):
    each block holding one 留言时间 label (the largest such block; the label may stand in an element of its own,
    `<b>留言时间：</b>2026-11-19`) is an entry of the list, named by the page's address and its place; two or more
    make a list (one is a message's own page). `unlinked`: the page lists linked rows too (a sidebar's headlines
    beside the board): only blocks holding no link, beside no block of their kind holding one, are messages printed
    whole (a linked letter is read as a link, and so is the line of its dates a table prints under its title).
    Whether 发表于/发表时间 date messages is read on the whole board: its unanswered messages print no answer."""
    blocks: list[LexborNode] = []
    posts: bool | None = None   # (read once, and only on a page printing a label)
    for node in body.traverse(include_text=True):
        if node.tag != "-text" or not ((t := node.text() or "") and (
                SUBMIT_LABEL.search(t) or POSTED_LABEL.search(t) or SUBMIT_WORD.fullmatch(t))):
            continue
        if posts is None:
            posts = answers_posts(" ".join(body.text(deep=True, separator=" ").split()))
        block = node.parent
        while block is not None and block.parent is not None and block.parent.tag not in ("body", "html") \
                and len(submissions(block.parent.text(deep=True, separator=" "), posts)) == 1:
            block = block.parent
        if block is not None and not any(b.mem_id == block.mem_id for b in blocks) and submissions(
                block.text(deep=True, separator=" "), posts) and not (unlinked and _beside_links(block)):
            blocks.append(block)   # (发表时间 with no 发表者 beside it: an article's date line)
    if len(blocks) < 2 or posts is None:
        return []
    rows: list[Item] = []
    for i, block in enumerate(blocks):
        text = " ".join(block.text(deep=True, separator=" ").split())
        m = submissions(text, posts)[0]
        pieces = [p.strip() for p in block.text(deep=True, separator="\n").split("\n") if p.strip()]
        # (a piece the next one's label goes on from is who left the message: <b>王女士</b> 留言于 2026-11-16)
        posters = {i for i in range(len(pieces) - 1) if _LEFT_BY.match(pieces[i + 1])}
        title = next((t for i, t in enumerate(_MESSAGE_TITLE.sub("", p).strip() for p in pieces)
                      if t and i not in posters and not t.endswith((":", "：")) and not SUBMIT_LABEL.search(t)
                      and not POSTED_LABEL.search(t) and not POSTER_LABEL.match(t)), text)[:_MESSAGE_TITLE_MAX]
        rows.append(Item(f"{base}#message-{i}", title, dates.find_date(m.group(1)), text[:200],
                         dates.find_full_dates(text) or dates.find_year_last_dates(text), row_status(text), scripted=True))
    return rows


def _beside_links(block: LexborNode) -> bool:
    """The block, or a sibling of its tag (the row above it in a table of linked titles), holds a link."""
    parent = block.parent
    kin = [k for k in parent.iter(include_text=False) if k.tag == block.tag] if parent is not None else [block]
    return any(k.css_first("a[href]") is not None for k in kin)


_BOX_HEADING_MAX = 12   # a box's heading is a word or two (热点排行 · TOP10, 网友热评), not a sentence
_UNLINKED_MIN = 3        # rows of one shape that make a list
_UNLINKED_TITLE_MIN = 6  # a title cell: a sentence, not a person's name or a status
# A cell naming only a period or a figure (2026年11月, 2025年第三季度, 1,204, 99.2%): a statistics table's row heading
# or count, no title — a table of monthly figures is no list of documents
_PERIOD_OR_FIGURE = re.compile(r"[\d\s.,%‰:：()（）\-—~～/年月季度第一二三四上下半全至]+")


# A table or list built of elements that declare their roles (an ARIA retrofit's `<div role="table">`, `role="row"`
# over `role="cell"`s): read as `<table>`, `<tr>` and `<td>` are
_ROLE_ROW = {"row": "tr", "listitem": "li"}
_ROLE_CELLS = ("cell", "gridcell", "columnheader", "rowheader")


def _row_tag(row: LexborNode) -> str:
    """The tag a row stands for: its own, or the one its declared role names (`role="row"`: a table row)."""
    return _ROLE_ROW.get(row.attributes.get("role") or "", row.tag)


def _cells(row: LexborNode) -> list[str]:
    """The texts of a row's cells: its `td`/`th` (`role="cell"` children) for a table row, else its child elements
    and text pieces."""
    kids = row.iter(include_text=True)
    table_row = _row_tag(row) == "tr"
    texts = [" ".join(c.text(deep=True, separator=" ").split()) for c in kids
             if not table_row or c.tag in ("td", "th") or c.attributes.get("role") in _ROLE_CELLS]
    return [t for t in texts if t] if not table_row else texts


def unlinked_rows(body: LexborNode, base: str, items: list[Item], beside_form: bool = False,
                  bodies: list[str] | None = None) -> list[Item]:
    """Rows a list prints with no link (a 留言选登 table of answered letters, a 征集 table whose closed calls link no
    feedback): a reader counts them like the linked ones. Three or more sibling rows (`tr`, `li`) of one shape (the
    same number of cells), each with a cell printing only a full date and a cell of a sentence's length (not a month's figures), their dates
    newest first as a list prints them (a CV's timeline runs oldest first, a roster's birth dates in no order, an
    article's dates stand in prose) — or in any order when each row has a cell saying only whether it was answered
    (已回复, 办理中: a table of letters, `_status_cell`): each of them that holds no link is an entry of its own (its linked siblings
    are read as links, and so are rows a script opens on click: a row whose title a row read so far holds is that
    row). Readers' comments under their box's heading (网友热评, 最新评论: a remark, its poster and time) are no
    rows of a list. `items`: the page's rows read so far. `beside_form`: the page holds a form to write in, whose
    examples its rows are (回复选登) — unless each row states its letter's handling (已回复, 办理中): the channel's
    record of its letters, unanswered ones too. `bodies`: gets the text each row's body prints under it (the table row
    after it holding one cell across the row: a 预决算 row's 说明), the row's own text."""
    out: list[Item] = []
    known = [it.row for it in items]
    # rows by list and shape; the lists standing each under its year's heading (2026年 over one table, 2025年 over
    # the next: a 大事记 or a 预决算 page divided by year) are one list, each part newest first
    groups: dict[tuple[int | None, str, int], list[tuple[LexborNode, list[str], RawDate, int]]] = {}
    for parent in body.css('table, tbody, ul, ol, [role="table"], [role="rowgroup"], [role="list"]'):
        if _under_comments_heading(parent):
            continue
        for row in parent.iter(include_text=False):
            if _row_tag(row) not in ("tr", "li"):
                continue
            cells = _cells(row)
            when = [d for c in cells if len(c) <= DATE_CELL_MAX and (d := dates.find_date_cached(
                not_row_dates_out(c))) is not None and d[0] is not None and dates.find_full_dates(c)]
            if when and any(len(c) >= _UNLINKED_TITLE_MIN and dates.find_date_cached(c) is None
                            and not _PERIOD_OR_FIGURE.fullmatch(c) for c in cells):
                part = None if year_heading(row) is not None else parent.mem_id
                groups.setdefault((part, _row_tag(row), len(cells)), []).append((row, cells, when[0], parent.mem_id))
    for group in groups.values():
        rows = [(row, cells, when) for row, cells, when, _ in group]
        if len(rows) < _UNLINKED_MIN or any(a[2] < b[2] and a[3] == b[3] for a, b in zip(group, group[1:], strict=False)) \
                and not all(_status_cell(cells) for _, cells, _ in rows):
            continue   # (a letters table, each row's cell saying whether it was answered, in any order)
        if beside_form and not all(_status_cell(cells) for _, cells, _ in rows):
            continue
        for row, cells, when in rows:
            if row.css_first("a[href]") is not None:
                continue
            title = max((c for c in cells if dates.find_date_cached(c) is None), key=len)
            if any(title in r for r in known):
                continue
            text = " ".join(cells)
            out.append(Item(f"{base}#unlinked-{len(out)}", title, when, text[:200], dates.find_full_dates(text),
                            row_status(text), scripted=True, printed=True))
            if bodies is not None and (under := _body_row(row)) is not None:
                bodies.append(under.text(deep=True, separator=" "))
    return out


def _body_row(row: LexborNode) -> LexborNode | None:
    """The table row after `row` holding one cell spanning its cells (`<td colspan="2">`): what the row prints of its
    document under its title and date."""
    under = next_element(row)
    if row.tag != "tr" or under is None or under.tag != "tr":
        return None
    cells = table_cells(under)
    return under if len(cells) == 1 and (cells[0].attributes.get("colspan") or "1").strip() not in ("", "1") else None


_TITLED_BLOCKS_MIN = 2   # blocks each opening with another row's title: the rows' documents printed on the page


def titled_blocks(body: LexborNode, items: list[Item], body_text: str) -> list[str]:
    """Blocks holding no link, each opening with the title of another linked row of the list — two or more (a
    咨询 table's answers printed below it: `<div><b>厂房租赁价格咨询</b>（2026-11-26）<br>答复（2026-11-28）：…</div>`):
    what the rows' documents say, printed on the list's page, not text of the page's own. Returns their texts."""
    titles = {t for it in items if not it.printed and len(t := " ".join(it.title.split())) >= _UNLINKED_TITLE_MIN
              and body_text.count(t) >= 2}   # (a title printed again besides its row's link)
    if len(titles) < _TITLED_BLOCKS_MIN:
        return []
    found: dict[str, str] = {}
    for node in body.css("div, p, li, dd, section, blockquote"):
        if node.css_first("a[href]") is not None:
            continue
        said = " ".join(node.text(deep=True, separator=" ").split())
        opener = next((t for t in titles if said.startswith(t) and len(said) > len(t)), None)
        if opener is not None:
            found.setdefault(opener, said)
    return list(found.values()) if len(found) >= _TITLED_BLOCKS_MIN else []


# A section's line saying when it was published: labelled (发布日期：2026-11-30　发布单位：…) or a date alone ((2026-11-10))
_SECTION_DATE = re.compile(r"\s*(?:(?:发布|发文|印发|公开)?(?:时间|日期)\s*[:：]\s*|[\[(（【]\s*)?"
                           r"((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})\s*日?\s*[\])）】]?")
_SECTION_DATE_LINE_MAX = 60   # the date line of a section: the date, a publisher — not a paragraph
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _anchored_heading(node: LexborNode) -> str | None:
    """The anchor a heading carries: its own id or name, or that of an empty `<a name>` (or `id`) just before it."""
    own = node.attributes.get("id") or node.attributes.get("name")
    if own:
        return own
    before = node.prev
    while before is not None and before.tag == "-text" and not (before.text() or "").strip():
        before = before.prev
    if before is not None and before.tag == "a" and not before.attributes.get("href") and not before.text(strip=True):
        return before.attributes.get("name") or before.attributes.get("id")
    return None


def anchored_sections(body: LexborNode, base: str, items: list[Item], bodies: list[str] | None = None) -> list[Item]:
    """The items of a column that is one long page: sections each opening with an anchored heading (`<h3 id="n1">`,
    `<a name="t9"></a><h4>`) over a line saying when it was published (发布日期：…, or a date alone) — two or more on
    the page; a reader counts each once, of its own date (not the dates its text cites). A section a row read so far
    names (a dated table of contents linking it) is that row. `bodies`: gets each section's text, the item's own."""
    found: list[tuple[LexborNode, str, str, RawDate]] = []
    for heading in body.css(", ".join(_HEADINGS)):
        anchor = _anchored_heading(heading)
        line = next_element(heading)
        if not anchor or line is None or line.tag in _HEADINGS or heading.css_first("a[href]") is not None:
            continue
        said = " ".join(line.text(deep=True, separator=" ").split())
        m = _SECTION_DATE.match(said) if len(said) <= _SECTION_DATE_LINE_MAX else None
        title = " ".join(heading.text(deep=True, separator=" ").split())
        if m is None or len(title) < _UNLINKED_TITLE_MIN or (when := dates.find_date_cached(m.group(1))) is None:
            continue
        found.append((heading, anchor, title, when))
    if len(found) < 2:
        return []
    known = [it.title for it in items if len(it.title) >= _UNLINKED_TITLE_MIN]
    out: list[Item] = []
    for heading, anchor, title, when in found:
        if any(k in title for k in known):
            continue
        out.append(Item(f"{base}#{anchor}", title, when, title[:200], [when], None, scripted=True, printed=True))
        if bodies is not None:
            node = next_element(heading)
            while node is not None and not (node.tag in _HEADINGS and _anchored_heading(node)):
                bodies.append(node.text(deep=True, separator=" "))
                node = next_element(node)
    return out


def timeline_rows(body: LexborNode, base: str, items: list[Item]) -> list[Item]:
    """The events a timeline (大事记) prints with no link, under headings that say only the year (`<h3>2025年</h3>
    <ul><li><em>3月8日</em> 某某开工</li>…`, `<div>2025</div>`): a reader counts them as the list's rows, each of
    the day its cell prints in its heading's year. Rows (`tr`, `li`, a `<dl>`'s `dt` with its `dd`) holding no link, each a cell printing only a
    month and day beside a cell of a sentence's length, under a year heading (`row_headings.year_heading`); three or
    more of one shape on the page, newest first across its years as a timeline runs (a CV runs oldest first).
    `items`: the page's rows read so far."""
    known = [it.row for it in items]
    groups: dict[tuple[str, int], list[tuple[list[str], RawDate]]] = {}
    for parent in body.css("table, tbody, ul, ol, dl"):
        for row in parent.iter(include_text=False):
            if _row_tag(row) not in ("tr", "li", "dt") or row.css_first("a[href]") is not None:
                continue
            cells = _cells(row)
            if row.tag == "dt":   # (a <dl>'s term and the description after it: `<dt>3月8日</dt><dd>某某开工</dd>`)
                said = next_element(row)
                if said is None or said.tag != "dd" or said.css_first("a[href]") is not None:
                    continue
                cells = [" ".join(row.text(deep=True, separator=" ").split()),
                         " ".join(said.text(deep=True, separator=" ").split())]
            days = [d for c in cells if len(c) <= DATE_CELL_MAX and (d := dates.find_date_cached(c)) is not None
                    and d[0] is None]
            if len(days) != 1 or not any(len(c) >= _UNLINKED_TITLE_MIN and dates.find_date_cached(c) is None
                                         for c in cells) or (year := year_heading(row)) is None:
                continue
            groups.setdefault((_row_tag(row), len(cells)), []).append((cells, (year, days[0][1], days[0][2])))
    out: list[Item] = []
    for rows in groups.values():
        if len(rows) < _UNLINKED_MIN or any(a[1] < b[1] for a, b in zip(rows, rows[1:], strict=False)):
            continue
        for cells, when in rows:
            title = max((c for c in cells if dates.find_date_cached(c) is None), key=len)
            if any(title in r for r in known):
                continue
            text = " ".join(cells)
            out.append(Item(f"{base}#timeline-{len(out)}", title, when, text[:200], [when], row_status(text),
                            scripted=True, printed=True))
    return out


# The heading of a box of readers' comments (网友热评, 最新评论, 精彩评论): what visitors said of the site's pages
_COMMENTS = re.compile(r"(?:网友|读者|最新|热门|精彩)?\s*(?:热评|评论)\s*$")


def _under_comments_heading(block: LexborNode) -> bool:
    """The block stands right under a short heading naming readers' comments — its own element sibling before it,
    or its parent's (`<div class="tit">网友热评</div><ul>`, `<dt>最新评论</dt><dd><ul>`)."""
    for level in (block, block.parent):
        sib = level.prev if level is not None else None
        while sib is not None and (sib.tag == "-comment" or sib.tag == "-text" and not (sib.text() or "").strip()):
            sib = sib.prev
        if sib is not None:
            said = sib.text(deep=True, strip=True)
            if said and len(said) <= _BOX_HEADING_MAX and _COMMENTS.search(said):
                return True
    return False


_STATUS_CELL_MAX = 6   # a status cell: 已回复, 办理中, 已办结 (not a sentence holding the word)


def _status_cell(cells: list[str]) -> bool:
    """A cell of the row saying, and only saying, whether the message was answered (已回复, 办理中): a row of a list
    of letters, which may sort them by reply, by status or by none (the one still 办理中 among the answered)."""
    return any(len(c) <= _STATUS_CELL_MAX and row_status(c) is not None for c in cells)


def _row_shape(cells: list[LexborNode]) -> tuple[tuple[str, str], ...]:
    """A row's cells as markup: each one's tag and class."""
    return tuple((c.tag, c.attributes.get("class") or "") for c in cells)


def blank_date_rows(body: LexborNode, join: Joiner, items: list[Item]) -> tuple[str, ...]:
    """The links of a dated list's rows that print an empty date cell (`<td class="rq"></td>`, `<span class="date">
    </span>`: an old document kept as a PDF, a newspaper's story linked off the site): rows of the list, of the very
    shape of its dated siblings (the same cells), the cell where they print their date left empty — or printing only
    a time relative to the day shown that names no day (上周, 1个月前 where the others print 3天前) — entries with no
    date, not links beside the list. Only in a list of two dated rows or more."""
    dated = {it.url for it in items if it.date is not None and not it.scripted}
    if len(dated) < 2:
        return ()
    lists: dict[int, LexborNode] = {}   # the lists holding a dated row (only they are read)
    for a in body.css("a[href]"):
        if join(a.attributes.get("href") or "") in dated:
            row = a.parent
            for _ in range(3):
                if row is None or row.tag in ("tr", "li"):
                    break
                row = row.parent
            if row is not None and row.tag in ("tr", "li") and row.parent is not None:
                lists.setdefault(row.parent.mem_id, row.parent)
    out: list[str] = []
    for parent in lists.values():
        if all(join(a.attributes.get("href") or "") in dated for a in parent.css("a[href]")):
            continue   # (every row of it dated: the common case, read no further)
        rows = [r for r in parent.iter(include_text=False) if r.tag in ("tr", "li")]
        if len(rows) < 3:
            continue
        date_at: dict[tuple[tuple[str, str], ...], int] = {}   # a dated row's shape → where it prints its date
        # the rows' shapes up to their title, for dated rows printing their date in a cell after it: the title part
        # of the row, by how many dated rows have it (a row of that shape alone lacks the cells that date the others)
        heads: Counter[tuple[tuple[str, str], ...]] = Counter()
        blank: list[tuple[tuple[tuple[str, str], ...], list[LexborNode], str]] = []
        for row in rows:
            anchors = row.css("a[href]")
            if not anchors:
                continue
            u = join(anchors[0].attributes.get("href") or "")
            cells = list(row.iter(include_text=False))
            shape = _row_shape(cells)
            if u in dated and row.tag == "li":   # (a table's shorter row spans its cells: a heading, a 更多 line)
                heads.update(set(_title_parts(cells, shape, anchors[0])))
            if len(anchors) != 1:
                continue
            if u in dated:
                for i, c in enumerate(cells):
                    t = c.text(deep=True, strip=True)
                    if c.css_first("a") is None and c.tag != "a" and t and len(t) <= DATE_CELL_MAX and (
                            dates.find_full_dates(t) or RELATIVE_ONLY.fullmatch(t)):
                        date_at.setdefault(shape, i)
                        break
            elif u is not None and len(t := anchors[0].text(deep=True, strip=True)) >= _UNLINKED_TITLE_MIN and not (
                    MORE.match(t) or t.startswith(("更多", "查看更多", "浏览更多")) or PAGINATION_TEXT.match(t)
                    or back_or_action(t)):
                blank.append((shape, cells, u))   # (a 更多 or 返回 line of the list's shape is no row)
        # (a cell printing only a time relative to the day shown that names no day — 上周, 1个月前 beside 3天前 — dates
        # its row no more than an empty one)
        out.extend(u for shape, cells, u in blank
                   if shape in date_at and (not (t := cells[date_at[shape]].text(deep=True, strip=True))
                                            or RELATIVE_ONLY.fullmatch(t))
                   or heads[shape] >= 2 and shape not in date_at)
    return tuple(dict.fromkeys(out))


def _title_parts(cells: list[LexborNode], shape: tuple[tuple[str, str], ...],
                 title: LexborNode) -> list[tuple[tuple[str, str], ...]]:
    """The shapes a dated row has without the cells from its date on: its cells up to the one holding its title,
    then each further one before the first cell printing a full date (`<li><a>标题</a><div>附件：… <em>2026-11-20
    </em></div></li>` → `(a,)`). None when the row dates itself before its title or in its title's cell."""
    at = next((i for i, c in enumerate(cells) if c.mem_id == title.mem_id or c.tag != "a" and any(
        x.mem_id == title.mem_id for x in c.css("a[href]"))), None)
    if at is None:
        return []
    for i in range(at + 1, len(cells)):
        t = cells[i].text(deep=True, strip=True)
        if t and dates.find_full_dates(t):
            return [shape[:j] for j in range(at + 1, i + 1)]
    return []


_TILE_CAPTION_MIN = 4   # a tile's caption names what it shows (垃圾分类小课堂), not a glyph or a number


def picture_tiles(tree: LexborHTMLParser, join: Joiner) -> tuple[tuple[str, ...], list[Item]]:
    """What the tiles of a picture list open (`<div class="item"><a href="play.jsp?vid=1"><img><p>视频解读｜…</p></a>
    </div>`, a 视频 or H5 strip): three or more sibling elements of one tag and class, each holding one link with a
    picture and a caption of a few words — or a picture and a caption each linking the same address — and printing
    no date (dated tiles are rows). A list shows them as its
    entries even when nothing on the page dates them. Second, the rows of such tiles whose picture link names nothing
    and whose caption beside it prints the date (`<dl><dt><a><img alt=""></a></dt><dd>某某视察（十一月十日 摄）<br>
    <em>2026年</em></dd></dl>`: a 图片新闻 grid): no link of theirs made a row, and each is one, named by its caption —
    dated by its date in digits, or by a month and day in Chinese numerals with the year on a line of its own."""
    out: dict[str, None] = {}
    rows: dict[str, Item] = {}
    pictured: set[int] = set()   # the elements holding a picture (or being one), by node id: found once per page
    for img in tree.css("img"):
        node = img
        while node is not None and node.mem_id not in pictured:
            pictured.add(node.mem_id)
            node = node.parent
    if not pictured:
        return (), []
    for parent in tree.css("div, ul, ol, section"):
        if parent.mem_id not in pictured:
            continue
        shapes: dict[tuple[str, str], list[str]] = {}
        dated: dict[tuple[str, str], list[Item]] = {}
        for child in parent.iter(include_text=False):
            if child.mem_id not in pictured:
                continue
            anchors = [child] if child.tag == "a" else child.css("a[href]")
            # (one link, or its picture and its caption each linking the same address)
            if not anchors or len({a.attributes.get("href") for a in anchors}) != 1:
                continue
            caption = child.text(deep=True, separator="", strip=True)
            u = join(anchors[0].attributes.get("href") or "")
            if u is None or len(caption) < _TILE_CAPTION_MIN:
                continue
            shape = (child.tag, child.attributes.get("class") or "")
            row = _caption_row(child, anchors, u)
            if row is not None:
                dated.setdefault(shape, []).append(row)
            elif dates.find_date_cached(caption) is None:
                shapes.setdefault(shape, []).append(u)
        for urls in shapes.values():
            if len(set(urls)) >= _UNLINKED_MIN:
                out.update(dict.fromkeys(urls))
        for found in dated.values():
            if len({it.url for it in found}) >= _UNLINKED_MIN:
                rows.update((it.url, it) for it in found if it.url not in rows)
    return tuple(u for u in out if u not in rows), list(rows.values())


def _caption_row(tile: LexborNode, anchors: list[LexborNode], url: str) -> Item | None:
    """The row of a picture tile whose link names nothing (a picture without alt, no text) and whose caption, beside
    the link, prints its date: in digits (`dates.find_date`), or a month and day in Chinese numerals (十一月十日 摄) with
    the year, if any, a line of its own (2026年). None otherwise."""
    if any(a.text(deep=True, strip=True) for a in anchors):
        return None   # (a link with words of its own: `read_anchors` reads its row)
    lines = [t.strip() for t in tile.text(deep=True, separator="\n").split("\n") if t.strip()]
    text = " ".join(lines)
    d = dates.find_date_cached(text)
    if d is None and (d := dates.han_month_day(text)) is not None:
        years = {int(t[:4]) for t in lines if YEAR_ONLY.match(t)}
        if len(years) == 1:
            d = (years.pop(), d[1], d[2])
    if d is None:
        return None
    undated = [t for t in lines if dates.find_date_cached(t) is None and not YEAR_ONLY.match(t)]
    title = max(undated, key=len) if undated else text
    return Item(url, title, d, text[:200], [d] if d[0] is not None else [])


# a box ranking the site's pages by their readers (热点排行, 点击排行, 阅读排行榜): ordered by clicks, drawn from every
# column, it is no list's own
_RANKING = re.compile(r"(?:热点|热门|点击|阅读|浏览|访问)\s*(?:排行|排名)\s*榜?|排行榜")
# … and a box of other columns' rows standing beside a list page's own (最新更新, 热点信息, 推荐阅读, 热点推荐, 本站热点,
# 相关阅读, 相关解读 or 政策解读 beside a 政策文件 list, a 图片新闻 strip, 专题专栏, 热门信件 beside a letter board, a higher
# level's 县内要闻): drawn from the site's other lists, or another site's, it says nothing of this one
_DIGEST = re.compile(r"(?:(?:最新|热点|热门|推荐|相关|精彩)\s*(?:更新|信息|发布|文章|阅读|新闻|解读|推荐)"
                     r"|本(?:站|栏目?)\s*(?:热点|热门|推荐)|(?:热点|热门)\s*(?:信件|留言)|政策解读|[县市省区州]内要闻"
                     r"|图片新闻|专题专栏)\s*$")
# … and a box of the list's own pinned rows above it (置顶): its items, not rows of the list's page
PINNED = re.compile(r"置顶\s*$")
_LIST_TAGS = frozenset({"ul", "ol", "dl", "table"})


def side_box_links(tree: LexborHTMLParser, join: Joiner,
                   title: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The links a list page prints only inside its side boxes — boxes headed by a ranking (热点排行) or by a digest of
    other columns (最新更新, 推荐阅读, 图片新闻 …) whose name the page's <title> does not give (a column named 最新信息
    heads its own list so) —, those it prints only inside a 置顶 box of pinned rows, and those it prints both inside
    a side box and outside the boxes: the list's rows a 最新更新 box repeats, the list's own."""
    boxed: Counter[str] = Counter()
    pinned: Counter[str] = Counter()
    for heading, u in _headed_links(tree, join).values():
        if PINNED.match(heading):
            pinned[u] += 1
        elif _RANKING.match(heading) or _DIGEST.match(heading) and heading.strip() not in title:
            boxed[u] += 1
    if not boxed and not pinned:
        return frozenset(), frozenset(), frozenset()
    everywhere = Counter(u for a in tree.css("a[href]") if (u := join((a.attributes.get("href") or "").strip())))
    return (frozenset(u for u, k in boxed.items() if everywhere[u] == k),
            frozenset(u for u, k in pinned.items() if everywhere[u] == k),
            frozenset(u for u, k in boxed.items() if everywhere[u] > k + pinned[u]))


def _headed_links(tree: LexborHTMLParser, join: Joiner) -> dict[int, tuple[str, str]]:
    """The links of the boxes under a short heading (a word or two, no link of its own) naming a ranking, a digest or
    pinned rows — the first block after the heading, or after the heading's own bar, holding links, and the blocks
    of its kind that follow it (a row a block: `<dl>`, `<dl>`): link node → (heading, address), each link once
    (a bar and the `<span>` in it head the same box)."""
    out: dict[int, tuple[str, str]] = {}
    for node in tree.css("h1, h2, h3, h4, h5, h6, div, span, p, strong, b, dt, th"):
        said = node.text(deep=True, strip=True)
        if not said or len(said) > _BOX_HEADING_MAX or not (
                _RANKING.match(said) or _DIGEST.match(said) or PINNED.match(said)) or node.css_first("a[href]"):
            continue
        for level in (node, node.parent):
            sib = level.next if level is not None else None
            boxed = False   # (the heading stands in its box beside blocks of it: an empty box, 暂无信息, ends the box)
            while sib is not None and not (sib.tag not in ("-text", "-comment") and (
                    sib.tag == "a" or sib.css_first("a[href]") is not None)):
                boxed = boxed or sib.tag not in ("-text", "-comment")
                sib = sib.next
            if boxed and sib is None:
                break
            if sib is not None and PINNED.match(said) and sib.tag not in _LIST_TAGS:
                break   # (a 置顶 tag of a row, of a headline: no box of pinned rows — that stands in a list)
            if sib is not None:
                anchors: list[LexborNode] = []
                tag = sib.tag
                while sib is not None and sib.tag in (tag, "-text", "-comment"):   # (rows one block each: <dl>, <dl>)
                    anchors.extend([sib] if sib.tag == "a" else sib.css("a[href]") if sib.tag == tag else [])
                    sib = sib.next
                out.update((a.mem_id, (said, u)) for a in anchors if (u := join((a.attributes.get("href") or "").strip())))
                break
    return out


# A navigation's hover panel (a mega-menu's): a block hidden by its own style beside the list of items that open
# it on hover, in an element named for the menu (the panels of `<div class="menu"><ul><li
# onmouseover="showPanel('zwgk')">…</ul><div id="panel-zwgk" style="display:none">`)
_HOVER_ITEMS = "li[onmouseover], li[onmouseenter]"
_MENU_HOVER_ITEMS = 2   # hover items of a menu (one is a tab or a tooltip)
_PANEL_LEVELS = 2       # the panel's parent and the block around it: where the menu's items stand


def _menu_hover_panel(node: LexborNode) -> bool:
    """The block is hidden by its own style, and its parent or the block around that holds, outside it, two or more
    list items opening something on hover, inside an element that is the page's menu (`_in_menu`)."""
    if not hidden_inline(node):
        return False
    inside = {n.mem_id for n in node.css(_HOVER_ITEMS)}
    level = node.parent
    for _ in range(_PANEL_LEVELS):
        if level is None or level.tag in ("body", "html"):
            return False
        items = [n for n in level.css(_HOVER_ITEMS) if n.mem_id not in inside]
        if len(items) >= _MENU_HOVER_ITEMS and _in_menu(level):
            return True
        level = level.parent
    return False


def _in_menu(node: LexborNode) -> bool:
    """The element, or one around it, is the page's menu: a `<nav>` or one named for a menu (nav, menu, daohang)."""
    level: LexborNode | None = node
    while level is not None and level.tag not in ("body", "html"):
        if level.tag == "nav" or nav_named(element_label(level)):
            return True
        level = level.parent
    return False


def menu_panel_links(tree: LexborHTMLParser, join: Joiner) -> frozenset[str]:
    """The addresses a page links only inside its navigation's hover panels (`_menu_hover_panel`): the rows a
    mega-menu carries (its column's latest three, a featured story), which the template prints on every page."""
    panels = [n for n in tree.css("div, ul, dl, section") if _menu_hover_panel(n)]
    if not panels:
        return frozenset()
    inside: Counter[str] = Counter()
    seen: set[int] = set()
    for panel in panels:
        for a in panel.css("a[href]"):
            if a.mem_id not in seen and (u := join((a.attributes.get("href") or "").strip())):
                seen.add(a.mem_id)
                inside[u] += 1
    everywhere = Counter(u for a in tree.css("a[href]") if (u := join((a.attributes.get("href") or "").strip())))
    return frozenset(u for u, k in inside.items() if everywhere[u] == k)


# A list typed as lines of text (a rich-text box's rows): the `<dt>` and its `<dd>`s of a `<dl>`, the `<p>`s of a
# run of them, the lines `<br>`s or a `<pre>`'s line ends break a block's text into
_LINE_PARAGRAPHS_MIN = 3    # paragraphs of one block that make a run of lines
# blocks no line of text holds (`<br>`s between tables each printing a letter part the letters, not lines)
_LINE_BLOCKS = frozenset({"table", "div", "ul", "ol", "dl", "p", "pre", "form", "section", "article",
                          "h1", "h2", "h3", "h4", "h5", "h6"})
_LINE_DATES_MAX = 2         # a row's full dates: when it was written and when it was answered
_LINE_BREAK = re.compile(r"[；;]")   # rows typed one after another in a paragraph, each closed by a semicolon
_LINE_PIECES = re.compile(r"[|｜\n]|\s{2,}|\u3000{2,}")   # a line's columns: bars, padding, the dates between them
_LINE_LABEL = re.compile(r"[\[【][^\]】\d]{1,4}[\]】]")   # a line's bracketed label: 【问】, 【答】, [置顶]
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LINE_EDGES = " \t\u3000\xa0.、．:：,，。-—·"
_LINE_NUMBER = re.compile(r"^\d{1,3}\s*[.、．]\s*")   # a line's number: 1. 2、


def _block_lines(block: LexborNode) -> list[tuple[str, list[LexborNode]]]:
    """A block's lines of text, each with the links it holds (none when it is no block of lines: `<br>`s between
    blocks — tables, paragraphs — break no line)."""
    lines: list[tuple[list[str], list[LexborNode]]] = []
    if block.tag == "dl":
        for child in block.iter(include_text=False):
            if child.tag == "dt" or child.tag == "dd" and not lines:
                lines.append(([], []))
            if child.tag in ("dt", "dd"):
                lines[-1][0].append(child.text(deep=True, separator=" "))
                lines[-1][1].extend(child.css("a[href]"))
    elif block.tag != "pre" and sum(c.tag == "p" for c in block.iter(include_text=False)) >= _LINE_PARAGRAPHS_MIN:
        lines = [([p.text(deep=True, separator=" ")], p.css("a[href]"))
                 for p in block.iter(include_text=False) if p.tag == "p"]
    elif not any(c.tag in _LINE_BLOCKS for c in block.iter(include_text=False)):
        lines.append(([], []))
        for child in block.iter(include_text=True):
            if child.tag == "br":
                lines.append(([], []))
            elif child.tag == "-text" and block.tag == "pre":
                first, *rest = (child.text() or "").split("\n")
                lines[-1][0].append(first)
                lines.extend(([t], []) for t in rest)
            elif child.tag != "-comment":
                lines[-1][0].append(child.text(deep=True, separator=" "))
                lines[-1][1].extend([child] if child.tag == "a" else child.css("a[href]"))
    out: list[tuple[str, list[LexborNode]]] = []
    for texts, anchors in lines:
        text = " ".join(texts)
        parts = _LINE_BREAK.split(text)
        if len(dates.find_full_dates(text)) > _LINE_DATES_MAX and sum(bool(dates.find_full_dates(p)) for p in parts) > 1:
            # (several rows in one paragraph, one after another: each part its own line, with the links it names)
            out += [(p, [a for a in anchors if (a.text(deep=True, strip=True) or "\0") in p]) for p in parts]
        else:
            out.append((text, anchors))
    return out


def _line_title(text: str) -> str:
    """The title of a line: of its pieces between bars, padding and dates before its first date (its first
    column's, a letter's question), else anywhere, the one of most words (not a period 2026年第48期), without a
    bracketed label (【问】, [置顶]), numbering or brackets."""
    parts = _LINE_LABEL.sub(" ", dates.full_dates_out(text, "\0")).split("\0")
    for part in (parts[0], " ".join(parts)):
        pieces = [_LINE_NUMBER.sub("", p.strip(_LINE_EDGES)).lstrip("）)]】").rstrip("（([【").strip(_LINE_EDGES)
                  for p in _LINE_PIECES.split(part)]
        title = max(pieces, key=lambda p: len(_HAN.findall(p)), default="")
        if len(title) >= _UNLINKED_TITLE_MIN:
            return title
    return ""


def text_line_rows(body: LexborNode, join: Joiner, base: str, items: list[Item], beside_form: bool = False) -> list[Item]:
    """Rows a list types as lines of text (`_block_lines`): a block of three or more lines each printing one full
    date (or two: a letter's and its answer's) beside a title of a sentence's length, newest first — or in any order
    when each says whether it was answered — is a list, and each of its lines is a row: one holding no link (a notice
    printed only, a private letter) an entry with nothing to open, one whose link no row read so far opens (the
    date printed apart from it, or only a [详情] linked) an entry opening that link. Lines without such a date (a
    header, a dashed rule, a divider, pager text, a closing note) are no rows. `items`: the page's rows read so far;
    `beside_form`: as `unlinked_rows`."""
    out: list[Item] = []
    read = {it.url for it in items}
    titles = {(it.title, it.date) for it in items}
    broken = {br.parent.mem_id: br.parent for br in body.css("br") if br.parent is not None}
    paragraphs = body.css("p")
    blocks = [*body.css("dl, pre"), *broken.values(), *(p.parent for p in paragraphs if p.parent is not None),
              *(p for p in paragraphs if _LINE_BREAK.search(p.text(deep=True) or ""))]
    seen: set[int] = set()
    for block in blocks:
        if block.mem_id in seen:
            continue
        seen.add(block.mem_id)
        rows = []
        for text, anchors in _block_lines(block):
            rest = not_row_dates_out(text)
            when = dates.find_full_dates(rest)
            title = _line_title(rest) if 0 < len(when) <= _LINE_DATES_MAX else ""
            rest = " ".join(rest.split())
            if len(title) >= _UNLINKED_TITLE_MIN:
                rows.append((rest, anchors, when, title))
        if len(rows) < _UNLINKED_MIN:
            continue
        answered = all(row_status(rest) is not None for rest, _, _, _ in rows)
        if not answered and (beside_form or any(a[2][0] < b[2][0] for a, b in zip(rows, rows[1:], strict=False))):
            continue
        for rest, anchors, when, title in rows:
            links = [u for a in anchors if (u := join(a.attributes.get("href") or "")) is not None
                     and not back_or_action(a.text(deep=True, strip=True) or "")]
            if any(u in read for u in links) or not links and (title, when[0]) in titles:
                continue   # (read as a link's row already)
            url = links[0] if links else f"{base}#line-{len(out)}"
            read.add(url)
            titles.add((title, when[0]))
            out.append(Item(url, title, when[0], rest[:200], when, row_status(rest), scripted=not links,
                            printed=not links))
    return out
