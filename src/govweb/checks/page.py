"""One parse per page: everything the checks need from a page, extracted in a single pass with selectolax.

The result (`PageFacts`) is small, so a whole site fits in memory without its HTML. `parse_page` reads the page
once and asks the readers of each part: links (`page_links`), dated rows (`list_rows`), messages (`messages`),
breadcrumbs (`breadcrumb`), the site search (`search_form`), splash pages (`splash`), soft errors
(`out_of_service`), dates and bylines (`dates`, `article`), footer marks (`footer`), script-written parts (`scripts`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from govweb.checks import (
    article,
    datapage,
    dates,
    footer,
    forms,
    hidden_blocks,
    printed_lists,
    script_lists,
    script_marks,
    script_menus,
    script_signs,
    script_source,
    script_writes,
    xml_pages,
)
from govweb.checks.breadcrumb import blank_after_crumb, breadcrumb, rows_before_crumb, within_block
from govweb.checks.datapage import DataFacts
from govweb.checks.dates import RawDate
from govweb.checks.fold import AS_READ, UNREAD
from govweb.checks.guide_labels import guide_labels, is_guide, is_kind_only, service_name, unlabelled_elements
from govweb.checks.list_rows import (
    KEPT_DATE_ATTRIBUTES,
    RELATIVE_ONLY,
    Item,
    heading_above_rows,
    read_anchors,
    row_key,
    settle_by_named_months,
    settle_day_first,
    weekday_list,
)
from govweb.checks.list_shapes import (
    anchored_sections,
    blank_date_rows,
    menu_panel_links,
    message_rows,
    picture_tiles,
    side_box_links,
    text_line_rows,
    timeline_rows,
    unlinked_rows,
)
from govweb.checks.messages import (
    SUBMIT_HEADER,
    MessageFacts,
    ThreadRow,
    floors_all_ordinary,
    message_facts,
    submissions,
    thread_rows,
)
from govweb.checks.out_of_service import is_error_page
from govweb.checks.page_links import (
    Joiner,
    Link,
    alert_only,
    clicked_attributes,
    frame_facts,
    jump_menu_links,
    nav_sections,
    read_data_attributes,
)
from govweb.checks.row_headings import grouped_list, month_headings
from govweb.checks.search_form import find_search
from govweb.checks.splash import jump_target, sends_on
from govweb.checks.unseen import ROW, UNSEEN, in_unseen, unseen_blocks
from govweb.htmlstd import element_children, next_element, show_shadow_roots
from govweb.urlnorm import UnsupportedURL, normalize

_GUIDE_CRUMB = re.compile(r"(?:办事|服务|事项)指南")   # a crumb step naming the guides' column (not 信息公开指南)
# What separates a page's name from the site's in its title (服务指南-某市人民政府, 办事指南_某县人民政府)
_TITLE_PART = re.compile(r"[_|｜\-－—–]")
# A heading naming a guide to a service: 指南, or 办事指引 / 服务指引 / 办理指引 (a 一件事 guide's usual name)
_GUIDE_HEADING = re.compile(r"指南|(?:办事|服务|办理)指引")


_TRS_PAGER = re.compile(r"createPageHTML\(\s*['\"]?(\d+|[A-Za-z_$][\w$]*)['\"]?\s*,\s*['\"]?(\d+|[A-Za-z_$][\w$]*)['\"]?\s*,"
                        r"\s*['\"](\w+)['\"]\s*,\s*['\"](\w+)['\"]")


# The address an inline list script fetches its records from (Hanweb `jpage({unitid: "…", url: "/module/web/jpage/
# dataproxy.jsp?…"})`, `xhr.open("GET", "…")`)
_TOTAL_RECORDS = re.compile(r"<totalrecord>\s*(\d+)\s*</totalrecord>", re.I)
_CUSTOM_ELEMENT = re.compile(r"<[a-z][a-z0-9]*-[a-z0-9-]*[\s>/]", re.I)   # (`<town-footer …>`)
_RECORDS_URL = re.compile(r"""\burl\s*:\s*(['"])([^'"\s]+)\1|\.open\s*\(\s*(['"])GET\3\s*,\s*(['"])([^'"\s]+)\4""")


def _fetched_records(body: str, join: Joiner, frame_html: Callable[[str], str | None] | None,
                     script_text: Callable[[str], str | None] | None) -> tuple[list[str], bool] | None:
    """The records of the XML datastore an inline script fetches its list from (`<recordset><record><![CDATA[<li>…
    </li>]]></record></recordset>`, Hanweb's data proxy answer), when the crawl archived that answer: (the records'
    HTML, whether the recordset is empty); None when the script fetches no archived datastore."""
    for m in _RECORDS_URL.finditer(body):
        address = join(m.group(2) or m.group(5))
        if not address:
            continue
        text = (script_text(address) if script_text is not None else None) or (
            frame_html(address) if frame_html is not None else None)   # (a data file kept in memory, else a page)
        if text and "<recordset" in text:
            records, empty = _datastore(text)
            # (an empty recordset is an empty list only where the answer counts no record elsewhere either)
            counted = _TOTAL_RECORDS.search(text)
            return records, empty and (counted is None or int(counted.group(1)) == 0)
    return None


def _datastore(text: str) -> tuple[list[str], bool]:
    """A Hanweb datastore's records (`<record><![CDATA[<li>…</li>]]></record>`) and whether its recordset is empty."""
    return _CDATA_RECORD.findall(text) if "CDATA" in text else [], _EMPTY_RECORDSET.search(text) is not None


def _pager_count(arg: str, body: str) -> int | None:
    """The page count a TRS pager call names: a number the server printed into the call (`createPageHTML(3, 0, …)`)
    or into a variable the same script sets before it (`var countPage = 3; createPageHTML(countPage, …)`, TRS's own
    template); None when the script does not print it (a variable it computes or never sets)."""
    if arg.isdigit():
        return int(arg)
    # the variable's last assignment before the call: a number printed, or anything a script computes
    found = list(re.finditer(r"(?<![\w$.])" + re.escape(arg) + r"\s*=(?!=)\s*(['\"]?(\d+)['\"]?\s*(?:[;,\n]|$))?", body))
    return int(found[-1].group(2)) if found and found[-1].group(2) else None


# A list's only cell saying it holds nothing of its kind, alone between blocks: 暂无信件, 暂无留言, 暂无来信
EMPTY_CELL = re.compile(r"(?:^|\s)暂无[\u4e00-\u9fff]{1,4}(?:\s|$)")
# Either sign that a page's list is empty
_EMPTY_SIGN = re.compile(f"{printed_lists.EMPTY_LIST.pattern}|{EMPTY_CELL.pattern}")
EMPTY_CONTAINER = "<empty list>"   # the sign of an empty list container a page listing items shows (template_empty)
NO_PAGES = "<0 pages>"   # … an empty list container beside a pager the server printed with no page: it says so
_TAG = re.compile(r"<[^>]*>")   # markup a CMS leaves in a meta value (ArticleTitle "标题<br/>副题")
_CDATA_RECORD = re.compile(r"<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", re.S)
_TABLE_ROW = re.compile(r"\s*<tr[\s>]", re.I)   # a record that is a table's row
_EMPTY_RECORDSET = re.compile(r"<recordset>\s*</recordset>|<recordset\s*/>")
# the paging script of a Hanweb data island: how many of its records it shows on a page (`jpage({… perPage: 15 …})`,
# `perpage:15`, the data proxy's `…&perpage=15` in the call)
_PER_PAGE = re.compile(r"\bper_?page\s*[:=]\s*['\"]?(\d+)", re.I)
# A page's text is read as a reader sees it (`fold.AS_READ`, applied by `_fold_as_read`): a page holding a character
# it folds, literal or as a numeric or named reference (&#8203;, &#xFF11; — an over-wide net, cheap), is folded
_UNREAD_REF = re.compile(r"&#(?:[xX]0*(?:[aA][dD]|200[bcdBCD]|2060|[fF][eEfF][0-5fF][0-9a-fA-F])"
                         r"|0*(?:173|820[345]|8288|65279|652[89]\d|653[0-7]\d))(?![0-9a-fA-F])")


def _holds_unread(html: str) -> bool:
    """The page holds a character `AS_READ` folds: literal, or as a reference (&#8203;, &#xFF11;, &ZeroWidthSpace;,
    &shy;)."""
    return UNREAD.search(html) is not None or ("&#" in html and _UNREAD_REF.search(html) is not None) \
        or "&ZeroWidthSpace;" in html or "&zwj;" in html or "&zwnj;" in html or "&shy;" in html


def _fold_as_read(tree: LexborHTMLParser) -> None:
    """Fold the page's text nodes (not its scripts' or style sheets' bodies) to what a reader sees (`AS_READ`)."""
    unread = [n for n in tree.root.traverse(include_text=True)
              if n.tag == "-text" and UNREAD.search(n.text_content or "")] if tree.root is not None else []
    for node in unread:   # (replaced after the walk: a node replaced during it ends the walk)
        if node.parent is not None and node.parent.tag in ("script", "style"):
            continue
        node.replace_with((node.text_content or "").translate(AS_READ))


_FILE_BEFORE = re.compile(r"\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar|txt|et|dps|pptx?)\s*[（(]?\s*$", re.I)   # a file's name
ARTICLE_MAX_ITEMS = 5   # a page listing this many dated entries is a list, whatever else it prints
MIN_LINE = 2          # shortest text block kept for the own-content tests
PROSE_LINE = 10       # shortest text block of a list page kept as what it says besides its list


@dataclass(slots=True)
class PageFacts:
    url: str
    final_url: str
    warc_record: str
    depth: int
    title: str
    meta: dict[str, str]
    links: list[Link]
    items: list[Item]
    pubdate: RawDate | None
    pubdate_excerpt: str
    is_article: bool
    pagination: list[str]
    images: int
    images_missing_alt: int
    missing_alt_example: str
    viewport: bool
    script_srcs: list[str]
    search_form: bool
    marks: dict[str, tuple[str, str]]         # element → (value, excerpt)
    message: MessageFacts | None
    guide_elements: frozenset[str]
    text_head: str                            # first characters of the main text (evidence, interpretation)
    lines: frozenset[str] = frozenset()       # text blocks of list-less pages (blank-column test)
    says_pages: bool = False                  # … a list-less page printing a pager's words (共3页24条, 下一页)
    prose: frozenset[str] = frozenset()       # text blocks of ≥ PROSE_LINE chars of pages that list items
    textarea: bool = False                    # a form to write in (留言、信箱)
    form_unsent: bool = False                 # … whose button sends nothing (forms.form_sends_nothing)
    empty_marker: bool = False                # the page says its list is empty (暂无信息, 共0条 …)
    says_none: str = ""                       # … or that its body has nothing to publish in it (本机关无此类信息)
    empty_container: bool = False             # it shows a list container with nothing in it
    data: DataFacts | None = None             # open-data facts (datasets, formats, totals), when it shows any
    breadcrumb: tuple[str, ...] = ()          # 首页 > 新闻中心 > 部门动态, without 首页
    signs: frozenset[str] = frozenset()       # parts a script may write that the HTML lacks (script_signs.py;
                                              # "script-dates": dates it prints from machine times left unread)
    lacks: frozenset[str] = frozenset()       # parts the page does not show at all: "footer" (no footer sign on a
                                              # homepage, or an empty footer slot), "nav" (< script_signs.MENU_LINKS links)
    error_page: bool = False                  # answers 200 but says 页面不存在 / 建设中 (a soft error page)
    login_form: bool = False                  # a password field (登录, 注册)
    text_chars: int = 0                       # visible text length
    rendered: bool = False                    # the HTML is the browser lane's rendering (set by the context)
    redirect: bool = False                    # a splash or jump page that sends the visitor on (little else)
    jump_to: str | None = None                # … where such a page sends every visitor, when it says so plainly
    nav_sections: dict[str, str] = field(default_factory=dict)   # homepage menus: entry url → its section name
    frames: int = 0                           # iframes/frames of a list-less page (content shown from elsewhere)
    frame_urls: tuple[str, ...] = ()          # … and the addresses they show
    template_empty: str = ""                  # the empty-list sign a page listing items also shows (a widget's?)
    per_page: int = 0                         # rows of its data island a paging script shows at once (jpage perPage)
    empty_lists: frozenset[str] = frozenset()   # labels of its class-named list containers standing empty (ul.list)
    filled_lists: frozenset[str] = frozenset()  # … and of those holding linked rows (a list page's)
    blank_content: bool = False               # nothing shown between its breadcrumb and its footer
    loading: bool = False                     # it shows a 正在加载… line: its list's data has not arrived
    script_entries: tuple[str, ...] = ()      # names of links that only run a script (无障碍 toolbar, tabs)
    part_jumps: frozenset[str] = frozenset()  # … of those whose every link only jumps to a printed part of the page
    search_action: str = ""                   # where the search form sends its query
    search_fields: tuple[tuple[str, str], ...] = ()   # the fixed (hidden) fields it sends with it (m=search)
    search_choices: tuple[str, ...] = ()      # the fields its form offers as a choice (a <select>: 发布机构)
    search_words: tuple[str, ...] = ()        # the fields a visitor types its keyword in (<input name=kw>)
    badge_slots: tuple[str, ...] = ()         # badges whose slot a script fills, left empty in this HTML
    mark_images: tuple[tuple[str, str, str, bool], ...] = ()   # homepage marks shown as images (footer.image_marks)
    switches: tuple[str, ...] = ()            # names of controls a click runs in place (<button>, <span onclick>)
    list_heading: str = ""                    # the short line just above its first dated row (通知公告)
    tiles: tuple[str, ...] = ()               # what the undated tiles of a picture list open (a 视频 strip)
    frame_names: tuple[str, ...] = ()         # names (and ids) of its iframes and frames
    targeted: tuple[tuple[str, str], ...] = ()  # (url, window name) of links opening in a named window
    unread_frames: tuple[str, ...] = ()       # homepage footer frames whose document the crawl did not give us
    alert_links: tuple[str, ...] = ()         # names of links whose script only shows a message (alert('系统维护中'))
    before_crumb: frozenset[str] = frozenset()  # its dated rows printed only above its breadcrumb (a sidebar's)
    blank_dated: tuple[str, ...] = ()         # links of its dated list's rows whose date cell is empty (no date)
    date_lines: tuple[str, ...] = ()          # its first labelled dates with the words before them (_date_line)
    message_table: bool = False               # a table heading cell over when messages were sent (诉求时间)
    threads: tuple[ThreadRow, ...] = ()       # a forum board's threads (address, posted, reply count: thread_rows)
    no_official_floor: bool = False           # a forum thread's page whose every floor is an ordinary member's
    unseen_links: frozenset[str] = frozenset()  # links only inside blocks no visitor can ever see (unseen.py)
    settling: RawDate | None = None           # what dates an article printed after the as-of date: its sign-off,
    # else (None, month, day) where its text names the printed day (SiteContext)
    bare_sponsor: str = ""   # a body's name the homepage footer prints without a label we can read (footer.bare_sponsor)
    date_cells: int = 0      # a homepage where no dated row was read: its elements printing only a date (a list's
    # date cells, 11-27 beside rows a script opens) — dated rows the checks could not read (`_date_cells`)
    month_headings: int = 0  # a list's headings saying only a month (2026 › 11月): rows filed by month, an archive's


def _img_alt(a: LexborNode) -> str:
    img = a.css_first("img")
    return (img.attributes.get("alt") or "").strip() if img is not None else ""


def _as_fetched(url: str) -> str:
    """A page's address in the crawler's form (lower-case host, no default port …), its query left as it is."""
    try:
        return normalize(url)
    except UnsupportedURL:
        return url


def _archived(script_text: Callable[[str], str | None] | None, join: Joiner) -> Callable[[str], str | None] | None:
    """The archived text of a `<script src>` by its src as the page writes it, or None when no script is archived."""
    if script_text is None:
        return None

    def text(src: str) -> str | None:
        absolute = join(src.strip())
        return script_text(absolute) if absolute else None
    return text


_FRAME_URL_ATTRS = ("href", "src", "action")


def _splice_footer_frames(tree: LexborHTMLParser, join: Joiner, frame_html: Callable[[str], str | None] | None,
                          own: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Read the documents of the page's footer frames (`footer.footer_frames`: `<iframe src="/footer.html">` in
    the footer) as part of the page, where the frame stands: a visitor sees their text as the page's footer. Each
    framed document comes decoded by its own encoding (a GB2312 footer in a UTF-8 page); its addresses are made
    absolute against its own URL. Returns the frames' addresses the crawl did not give us (not read)."""
    unread: list[str] = []
    for fr in footer.footer_frames(tree):
        src = join((fr.attributes.get("src") or "").strip())
        if not src or src in unread or src.split("#")[0] in own:
            continue   # (a frame showing the page itself adds nothing)
        framed = frame_html(src) if frame_html is not None else None
        body = LexborHTMLParser(framed).body if framed else None
        if body is None:
            unread.append(src)
            continue
        for node in body.css("[href], [src], [action]"):
            for attr in _FRAME_URL_ATTRS:
                value = (node.attributes.get(attr) or "").strip()
                if value and not value.lower().startswith(("javascript:", "#", "data:", "mailto:", "tel:")):
                    node.attrs[attr] = urljoin(src, value)
        fragment = LexborHTMLParser(f'<div data-framed="1">{body.html or ""}</div>').body
        node = fragment.child if fragment is not None else None
        if node is not None:
            fr.insert_before(node)
    return tuple(unread)


def parse_page(
    html: str, url: str, final_url: str | None, warc_record: str, depth: int = 0, home: bool = True,
    script_text: Callable[[str], str | None] | None = None, frame_html: Callable[[str], str | None] | None = None,
    template_dates: frozenset[str] = frozenset(), continued: tuple[RawDate, str] | None = None,
    as_of: dt.date | None = None, template_rows: frozenset[str] = frozenset(),
) -> PageFacts:
    """Everything the checks read from one page. Footer marks are read only when `home` (the homepage); there the
    documents of its footer frames (`frame_html`: a crawled page's HTML by its URL) are read as its footer.
    `template_dates`: the labelled date lines (`PageFacts.date_lines`) the site's template prints on every page (a
    header's 更新时间：2026-12-01), no page's publication date (`SiteContext`). `continued`: the date (and its excerpt)
    of the document whose later page this is (`SiteContext`), the page's own where it prints none and lists nothing.
    `template_rows`: the addresses of the dated rows a box of the template lists on every page (a 新闻 sidebar,
    `SiteContext`): a page listing only those lists nothing of its own: its messages (a guestbook's), its text and
    its form are read as a list-less page's.
    With `as_of`, `settling` is read only where `SiteContext` may use it: an article's date after the as-of date (one
    that stands, on or before it, needs no settling; the day its text names only settles a year beyond the next)."""
    if "<?xml-stylesheet" in html[:2048]:   # (an XML document shown through its XSL stylesheet: the list it draws)
        html = xml_pages.as_html(html) or html
    tree = LexborHTMLParser(html)
    # (a script a browser cannot parse writes nothing: the slots it names stay empty)
    stranded = script_source.drop_failing_scripts(tree) if "<![CDATA[" in html else frozenset()
    if b"hadowrootmode" in html.encode("utf-8", "surrogatepass").lower():   # (every page whose tree may hold a
        # `template[shadowrootmode]`, an attribute's name folding ASCII letters only: lowering the encoded bytes costs
        # half lowering the text; on another page `show_shadow_roots` changes nothing)
        show_shadow_roots(tree)   # (a custom element's declarative shadow root: what it shows, slots filled)
    base = here = final_url or url   # (`here`: the page's own address; its links resolve against its <base>)
    base_tag = tree.css_first("base[href]")
    if base_tag is not None:
        bh = base_tag.attributes.get("href")
        if bh:
            base = urljoin(base, bh)
    join = Joiner(base)

    title_node = tree.css_first("title")
    title = title_node.text(strip=True).translate(AS_READ) if title_node is not None else ""
    meta: dict[str, str] = {}
    viewport = False
    for m in tree.css("meta"):
        attrs = m.attributes
        name = attrs.get("name") or attrs.get("property") or attrs.get("http-equiv")
        if not name:
            continue
        key = name.strip().lower()
        content = (attrs.get("content") or "").strip()
        if key == "viewport" and "width" in content.lower():
            viewport = True
        meta.setdefault(key, content)

    unread_frames = _splice_footer_frames(tree, join, frame_html, (url, final_url or url)) if home else ()
    # inline document.write with literal arguments: what it writes is part of the page
    # and so is what the literal document.write calls of a script file the crawl archived (`script_text`) write
    external = _archived(script_text, join)
    undecoded_write = script_writes.apply_document_writes(tree, external) \
        if "document.write" in html or "innerHTML" in html or ".html(" in html or external is not None else False
    # and so are the lists a script draws from data the page declares or the crawl archived (a JSON file)
    writes = script_source.writes_dom(html)
    islands = script_source.json_islands(tree) if writes else {}
    drawn = script_lists.draw_data_lists(tree, external, islands) if writes or script_lists.names_widget(html) \
        else script_lists.draw_declared(tree)
    # and so is a menu a script draws from names and addresses the page holds (a JSON island)
    menu_drawn = writes and script_menus.draw_data_menus(tree, islands) > 0
    # … and all of it is read as a reader sees it (full-width letters and digits as ASCII, no zero-width characters;
    # the homepage always: its footer frames and script-written footer are not in `html`)
    if home or _holds_unread(html):
        _fold_as_read(tree)

    script_srcs: list[str] = []
    footer_srcs: list[str] = []   # scripts placed inside the footer: they write it
    inline_scripts: list[str] = []
    pagination: list[str] = []
    record_html: list[str] = []
    empty_records = False
    printed_pager = False   # a TRS pager: the server printed its page count into the call
    no_pages = False        # … and that count is 0: the list has no page (TRS prints `var countPage = 0` for it)
    for s in tree.css("script"):
        src = s.attributes.get("src")
        if src:
            script_srcs.append(src.strip())
            if footer.in_footer_part(s):
                footer_srcs.append(src.strip())
            # the official 找错 script carries its site code in an attribute; keep the id too
            sid = s.attributes.get("id")
            if sid:
                script_srcs.append("#" + sid)
        else:
            body = s.text()
            inline_scripts.append(body)
            if "<record" in body:
                records, empty = _datastore(body)
                record_html.extend(records)
                empty_records = empty_records or empty   # a Hanweb data island with no record: the list is empty
            if "createPageHTML" in body:
                pm = _TRS_PAGER.search(body)
                count = _pager_count(pm.group(1), body[:pm.start()]) if pm else None
                if pm and count is not None:
                    printed_pager = True
                    no_pages = count == 0
                    name, ext = pm.group(3), pm.group(4)
                    for i in range(1, min(count, 200)):
                        u = join(f"{name}_{i}.{ext}")
                        if u:
                            pagination.append(u)

    fetched_records = False   # … or the records its list script fetched, in the answer the crawl archived
    if not record_html and not empty_records and (frame_html is not None or script_text is not None):
        for body in inline_scripts:
            got = _fetched_records(body, join, frame_html, script_text) if "url" in body or "GET" in body else None
            if got is not None:
                record_html.extend(got[0])
                empty_records = empty_records or got[1]
                fetched_records = True
                drawn.append(body)   # (its list is read: the script leaves nothing unseen)

    if "zTree" in html:
        script_menus.draw_trees(tree, inline_scripts)   # (a catalogue tree drawn from nodes the page declares)
    if tree.css_first("#_ideConac") is not None:
        script_srcs.append("#_ideConac")   # the official conac badge embed (its script writes the badge here)
    # (blocks no visitor can ever see — a staff test block, a retired footer or header: hidden, opened by nothing
    # —: the homepage's marks and freshness, every page's search form and entries, another page's rows and dates
    # are read without them; there a list's row hidden among rows that show is no slide: a 测试信息 row, hidden
    # duplicates)
    scriptless = script_signs.runs_no_script(script_srcs, inline_scripts, join)
    unseen = unseen_blocks(tree, html, inline_scripts, scriptless, rows=not home)
    if unseen and not home:
        # (a date printed alone where no visitor sees it dates no row beside the date shown — a theme's hidden
        # `updated` time —: the rows are read without it)
        dates_only = [b for b in unseen if _DATE_ONLY.fullmatch(b.text(deep=True).strip())]
        unseen = [b for b in unseen if not _DATE_ONLY.fullmatch(b.text(deep=True).strip())]
        for block in dates_only:
            block.decompose()
    search_form, search_action, search_fields, search_choices, search_words = find_search(
        tree, inline_scripts, join, here, in_unseen if unseen else None)

    images = 0
    missing_alt = 0
    missing_example = ""
    for img in tree.css("img"):
        images += 1
        attrs = img.attributes
        if "alt" not in attrs:
            missing_alt += 1
            if not missing_example:
                missing_example = attrs.get("src") or ""

    if "new Date" in html:
        script_writes.drop_clocks(tree, inline_scripts)   # (a rendered page's clock, filled from the visitor's time)
    # (a row's date a script prints from the machine time the row carries, as a browser in China shows it)
    unread_dates = script_writes.print_timestamps(tree, inline_scripts) if (
        "data-" in html or "datetime" in html) and "Date" in html else 0
    links: list[Link] = []
    items: list[Item] = []
    script_entries: list[str] = []
    switches: list[str] = []
    jumps: list[str] = []
    read_anchors(tree, join, links, items, pagination, set(), script_entries, switches,
                 clicked=clicked_attributes(inline_scripts), weekdays=weekday_list(html), page_url=here,
                 grouped=grouped_list(html), scriptless=scriptless, unseen=bool(unseen),
                 read_data=read_data_attributes(inline_scripts), jumps=jumps)
    # (a name given to a jump and to a link running a script too keeps the script's unknown way on)
    scripted, jumped = Counter(script_entries), Counter(jumps)
    part_jumps = frozenset(n for n in jumped if jumped[n] == scripted[n])
    # a jump menu's options, a way on a visitor takes like a link (no row of any list)
    links.extend(jump_menu_links(tree, join, here, in_unseen if unseen else None))
    # links only inside blocks no visitor can ever see are no entries (a row found hidden only among rows that show
    # is left to the rows: its link may be an entry elsewhere)
    unseen_links: frozenset[str] = _only_inside(
        [b for b in unseen if home or b.attributes.get(UNSEEN) != ROW], tree, join) if unseen else frozenset()
    if unseen and not home:
        hidden_rows = _only_inside(unseen, tree, join)
        items[:] = [it for it in items if it.url not in hidden_rows]
        for block in unseen:
            block.decompose()   # (its words date nothing: an sr-only 发布时间 beside the one shown)
        unseen = []
    per_page = 0
    if record_html:
        # its paging script shows the records a page at a time: the first page shows that many (the rest, its page 2)
        shown_at_once = [int(m.group(1)) for b in inline_scripts for m in _PER_PAGE.finditer(b) if int(m.group(1))]
        per_page = min(shown_at_once) if shown_at_once else 0
        # Hanweb-style lists kept as XML records for a script to render: parse the records as HTML too — table rows
        # (`<record><![CDATA[<tr><td>…</td></tr>]]>`, which the script writes between `<table>` and `</table>`)
        # inside a table, where their cells stand apart; any other record inside a list
        rows = "".join(record_html)
        frame = ("<table>", "</table>") if _TABLE_ROW.match(rows) else ("<ul>", "</ul>")
        read_anchors(LexborHTMLParser(frame[0] + rows + frame[1]), join, links, items, pagination,
                 {row_key(it.url, it.route) for it in items}, page_url=here)

    # the side boxes beside the page's own list (热点排行, 最新更新, 推荐阅读, a 图片新闻 strip; a 置顶 box): marked below
    aside, pinned, boxed_too = side_box_links(tree, join, title) if not home and items else (
        frozenset(), frozenset(), frozenset())
    frame_names, targeted = frame_facts(tree, join)
    # (only a link with an onclick or `alert` in its href can be `alert_only`: the others are not walked)
    alert_links = tuple(dict.fromkeys(name for a in tree.css('a[href]:is([onclick], [href*="alert" i])') if alert_only(a.attributes.get("href") or "", a.attributes)
                                      and (name := a.text(deep=True, separator="", strip=True) or _img_alt(a))))
    tiles: tuple[str, ...] = ()
    if not items:
        tiles, tile_rows = picture_tiles(tree, join)
        items.extend(tile_rows)   # (a picture grid's rows its captions date: 十一月十日 摄)
    if home:
        footer.read_label_pictures(tree)   # (主办单位 drawn as a picture with that alt: the word, where it stands)
        footer.read_style_labels(tree)   # (网站标识码： drawn by the page's own ::before rule: the word, where it stands)
    containers = footer.footer_containers(tree) if home else []
    footer_images = footer.footer_image_texts(tree) if home else []
    # … and the footer as the visitor sees it: without a footer no visitor can ever see (a retired one left hidden)
    seen_containers = footer.footer_containers(tree, in_unseen) if unseen and home else containers
    seen_images = footer.footer_image_texts(tree, in_unseen) if unseen and home else footer_images
    sections = nav_sections(tree, join) if home else {}
    for s in tree.css("ul > script, ol > script, tbody > script"):
        if s.parent is not None and "document.write" in (s.text() or ""):
            s.parent.attrs[printed_lists.WRITES_HERE] = "1"   # a list holding the script that writes its rows
    script_signs.mark_syndicated(tree, here)   # (a box another website's script fills)
    if len(items) < ARTICLE_MAX_ITEMS:
        _read_kept_dates(tree)   # (发布时间：2天前 read with the full date its <time datetime> keeps)
        _read_style_date_words(tree)   # (发布日期： or 年/月/日 drawn by the page's own ::before/::after rules)
    tree.strip_tags(["script", "style", "noscript", "template"])
    body_node = tree.body
    # one walk of the body: its text nodes one a line (the blocks of a list-less page), squeezed into `text`
    body_text = body_node.text(deep=True, separator="\n") if body_node is not None else ""
    text = " ".join(body_text.split())
    if body_node is not None and submissions(text):
        # a guestbook printing its messages whole — beside a sidebar's linked rows too (a 新闻 box on every page)
        items.extend(message_rows(body_node, here, unlinked=bool(items)))
    settle_day_first(items)   # (rows printing 05/11/2026 beside 16/11/2026: day first)
    settle_by_named_months(items)   # (2026年10月财政收支情况 dated 06/11/2026: 6 November, day first)
    listless = not items
    generated = dates.generation_time(text) if "生成" in text else None
    generated = generated or dates.render_time(meta)
    if generated is not None:
        # (a static page printing when it was generated, or one rendered per request saying when: its 今天, 3天前 were
        # written then, and count back from that day)
        for it in items:
            if it.date is not None:
                it.date = dates.counted_from(it.date, generated[0])
            if it.status is not None and it.dates:
                # a letter's row printing when it was sent in full and when it was answered relative to that moment
                # (2026-08-10 | 3天前 | 已回复): both its dates; on a page that does not say when it was written, a
                # relative reply time may be months old (no date of the reply)
                rest = it.row.replace(it.title, " ", 1) if it.title else it.row
                it.dates += [dates.counted_from(r, generated[0]) for r in dates.relative_dates(rest)]

    pubdate: RawDate | None = None
    pub_excerpt = ""
    for key in ("pubdate", "publishdate", "firstpublishedtime", "article:published_time", "dc.date"):
        if key in meta:
            if generated is not None and dates.generated_then(meta[key], generated):
                break   # (the moment the page prints as its generation, 本页生成时间: every page's, no document's)
            pubdate = dates.parse_meta_date(meta[key])
            if pubdate is not None:
                pub_excerpt = f'<meta name="{key}" content="{meta[key]}">'
                break
    if pubdate is not None and not meta.get("articletitle") and \
            sum(it.date is not None for it in items) >= ARTICLE_MAX_ITEMS:
        # a page naming no article and listing many dated entries is a list: its meta date is when the platform
        # generated it (a homepage's or a column's PubDate of the capture day), not a document's publication
        pubdate, pub_excerpt = None, ""
    is_article = by_meta = pubdate is not None or bool(meta.get("articletitle"))
    byline_at = -1   # where the date stands in `text`, for the heading above it
    # (a list page with a meta date keeps it: its labels date its entries)
    # (a site's, a page's or a column's own stamp — 网站更新时间, 本页内容更新时间, 本栏目更新时间 — dates no document)
    # (an 上传时间 printed beside a file's name dates that attachment, not the page)
    labelled = [x for x in dates.labelled_publication_dates(text, 8) if not (
        x[2].startswith("更新") and _STAMP.search(text, max(0, x[0] - 4), x[0])) and not (
        "上传" in x[2][:4] and _FILE_BEFORE.search(text, max(0, x[0] - 12), x[0] + x[2].find("上传"))) and not (
        items and _heads_rows(tree, x[2], x[1]))] if pubdate is None or len(items) < ARTICLE_MAX_ITEMS else []
    if not labelled and pubdate is None:
        labelled = dates.issued_dates(text)   # (an information table's 发文日期, where no publication label is printed)
    date_lines = tuple(_date_line(text, at, said) for at, _, said in labelled[:2])
    if template_dates:
        labelled = [x for x in labelled if _date_line(text, x[0], x[2]) not in template_dates]
    if len(labelled) >= 2 and any(article.on_byline(text, x[0]) for x in labelled):
        # a labelled date within the words of the text (（本目录实行动态管理，更新时间：2025年6月30日）) is what the text says of
        # its content; the one on the information line beside 作者, 来源, 点击数 dates the page
        labelled = [x for x in labelled if article.on_byline(text, x[0]) or not article.in_words(text, x[0])]
    labelled = _one_day_once(labelled[:3], not items)[:2]
    # (an information line printing the publication beside an update, 发布日期：2025-03-10 更新日期：2025-09-02: the
    # publication is the one it prints)
    published = [x for x in labelled if not x[2].startswith("更新")]
    printed_at = -1   # where the one publication date a page dated by its metas prints stands in `text`
    if pubdate is not None and len(published) == 1 and (len(labelled) == 1 or _one_line(labelled)) and \
            not dates.LETTER_LABELLED.match(published[0][2]):   # a letter's arrival, not the page's publication
        # the one publication date the document prints is the reader's; a meta PubDate saying otherwise is when the
        # page was generated (a platform regenerating its pages): 日期：2025-02-26 under PubDate 2025-03-27 — or
        # when it was last edited (an erratum: PubDate follows the 更新日期 the byline prints beside 发布日期)
        printed = dates.find_date(published[0][1])
        printed_at = published[0][0]
        if printed is not None and printed[0] is not None and printed != pubdate:
            pubdate, pub_excerpt = printed, published[0][2]
    shown_entry: LexborNode | None = None   # the block showing a list's first entry whole (its heading a link)
    # the body's text blocks, squashed, built once if a heading, a bare date or a sign-off is looked for
    blocks = cache(lambda: article.text_blocks(body_text))
    # the links' texts, built once if a heading is looked for (a crumb step a link names is a column, no heading) —
    # but a dated row linking the page itself names the page (a 热点排行 box listing the article beside it): its own
    # heading, no column
    link_texts = cache(lambda: frozenset(link.text for link in links) - {
        it.title for it in items if not it.scripted and it.url.split("#")[0] == here.split("#")[0]})
    # … and the texts of its heading elements, squashed (a document's heading is set as one)
    headings = cache(lambda: frozenset(" ".join(h.text().split()) for h in tree.css("h1, h2, h3, h4, h5, h6")))
    if pubdate is None and labelled:
        byline_at, date_text, pub_excerpt = labelled[0]
        pubdate = dates.find_date(date_text)
        # one labelled time is an article; a list prints one per entry; an update stamp over no sentence dates a box
        # of figures or links (a 政民互动 hub's 12345 statistics, 更新时间：…), not a document, which has a body of prose
        # (the heading above the one labelled date: a heading element linking elsewhere is a list's first entry shown
        # with its text, a column page; a plain one the <title> opens with is the document's, whatever dated lists —
        # the column's newest, 相关阅读, 点击排行 — stand beside it)
        headed, shown_entry = _byline_heading(tree, article.heading_above(
            blocks(), byline_at, link_texts()), title, join, here, link_texts()) \
            if len(labelled) == 1 else (None, None)
        is_article = len(labelled) == 1 and (len(items) < ARTICLE_MAX_ITEMS or headed is True) and headed is not False \
            and not (pub_excerpt.startswith("更新") and not _says_sentences(body_text, tree))
    if pubdate is None and len(items) < ARTICLE_MAX_ITEMS:
        # an unlabelled date in the byline (来源：… 2019-03-20), else one the address carries (a script writes it)
        bylines = article.byline_dates(text)
        dated = bylines[0] if len(bylines) == 1 else article.script_written_date(text, here, not bylines)
        if dated is not None:
            # a document has its own heading: printed above the byline, named by <title> or set as a heading
            heading = article.heading_above(blocks(), dated[0], link_texts())
            if heading and (_contains_either(title, heading) or heading in headings()):
                byline_at, pubdate, pub_excerpt = dated
                is_article = True
    elif pubdate is None and len(bylines := article.byline_dates(text)) == 1:
        # … and beside many dated rows (a 新闻 box the template sets on every page), one byline under the page's own
        # plain heading, the one its <title> opens with: a document, as one labelled date under it is
        heading = article.heading_above(blocks(), bylines[0][0], link_texts())
        if heading and _byline_heading(tree, heading, title, join, here, link_texts())[0] is True:
            byline_at, pubdate, pub_excerpt = bylines[0]
            is_article = True
    if pubdate is None and not items:
        # a document's print or phone copy, its date printed bare on the line under its heading (2026-11-30　县水利局)
        bare = article.date_under_heading(blocks(), headings(), title, here)
        if bare is not None:
            byline_at, pubdate, pub_excerpt = bare
            is_article = True
    if pubdate is None and len(items) < ARTICLE_MAX_ITEMS and inline_scripts:
        # a date a script of the page writes into its empty publication slot when it is viewed (a 公众号 article's
        # <em id="publish_time"></em> beside `var publish_time = "2026-11-05"`), under a heading the <title> names
        scripted = article.script_variable_date(inline_scripts)
        if scripted is not None and _empty_publish_slot(tree) and any(
                _contains_either(title, h.text()) for h in tree.css("h1, h2, h3")):
            pubdate, pub_excerpt = scripted
            is_article = True
    if pubdate is None and len(items) < ARTICLE_MAX_ITEMS and "年" in text:
        # a document whose only date is its sign-off (落款) in Chinese numerals, under the issuer's name
        signed = article.sign_off_date(blocks(), title,
                                       frozenset(" ".join(it.title.split()) for it in items if it.date is not None))
        if signed is not None:
            pubdate, pub_excerpt = signed
            is_article = True
    if pubdate is None and len(items) < ARTICLE_MAX_ITEMS and _heading_opens_title(tree, title):
        # a post of a static site generator's theme (Jekyll, Hexo, Hugo): the one date its template marks as the
        # post's publication (<time itemprop="datePublished" class="dt-published">), printed under a heading the
        # <title> opens with, with no label before it
        marked = _marked_publication(tree)
        if marked is not None:
            pubdate, pub_excerpt = marked
            is_article = True
    if pubdate is None and (floor := _first_floor(text)) is not None:
        # a forum thread's page: its floors (楼主, 2楼, 沙发 …) each posted on a day; the thread is dated by its first
        pubdate, pub_excerpt = floor
        is_article = True
    settling: RawDate | None = None
    if is_article and pubdate is not None and pubdate[0] not in (None, dates.RELATIVE_YEAR):
        # a printed date that cannot stand (nobody set it, no calendar has it, a mistyped year) is settled by the
        # address, where the CMS wrote the day; else by the sign-off (落款), which also settles a date after the as-of
        # date (`SiteContext`), as does the day the text names (11月20日 under 2062-11-20) for a mistyped year
        addressed = dates.address_settles(pubdate, here)
        day_first = article.day_first_named(pubdate, pub_excerpt, blocks, text)   # (03/12/2026 under 12月3日)
        if day_first is not None:
            pubdate, pub_excerpt = day_first, f"{pub_excerpt}（日在前：{dates.format_raw(day_first)}）"
        elif addressed is not None:
            pubdate, pub_excerpt = addressed, f"{pub_excerpt}（地址中的日期 {dates.format_raw(addressed)}）"
        elif as_of is None or dates.unusable(pubdate) or dates.to_date(pubdate, as_of) > as_of:  # type: ignore[operator]
            settling = article.signed_on(blocks())
            if settling is None and (as_of is None or pubdate[0] > as_of.year + 1) and any(  # type: ignore[operator]
                    day == (None, pubdate[1], pubdate[2]) for day in dates.find_month_days(text)):
                settling = (None, pubdate[1], pubdate[2])
            if dates.unusable(pubdate):
                signed = settling if settling is not None and settling[0] is not None else None
                pubdate, pub_excerpt = signed, f"{pub_excerpt}（落款日期 {dates.format_raw(signed)}）" if signed else ""
    if pubdate is None and continued is not None and not items:
        pubdate, pub_excerpt = continued   # (a later page of a document dated on its first page only)
        is_article = True
    # a page named as a column (`_named_as_column`) saying in a box of its own (`_stands_alone`) that its body has
    # nothing of the column's kind to publish (本机关无行政处罚信息, 本年度未发生突发事件) and listing nothing else is that
    # column, declared empty: a link within the statement leads elsewhere (请查阅部门信息公开), no row, and a labelled
    # date under it (更新时间, 发布日期) dates the statement (kept as `pubdate`), no document
    says_none = ""
    if not home and not by_meta and (not is_article or byline_at >= 0) and (
            "无" in text or "未" in text or "不涉及" in text) and (   # (what every such statement holds: a cheap test first)
            said := printed_lists.NOTHING_TO_PUBLISH.search(text)) is not None and all(
            printed_lists.NOTHING_TO_PUBLISH.search(it.row or it.title) for it in items) and _named_as_column(
            title, meta, text) and _stands_alone(body_node, said.group(0)):
        says_none, is_article, listless = said.group(0), False, True
        items.clear()
    if is_article:
        # the document's own title where the page's <title> is only the site's name (中标公告详细页面, 某某网)
        # … but the heading a visitor reads above the byline wins over an ArticleTitle saying another thing (the
        # column's name, a draft's or the previous document's title left in the template)
        above = byline_at if byline_at >= 0 else printed_at
        visible = article.heading_above(blocks(), above, link_texts()) if above >= 0 else ""
        if byline_at < 0 and not _set_as_heading(tree, visible):
            visible = ""   # on a page dated by its metas, only a line set as the heading (no information table's cell)
        named = _TAG.sub("", meta.get("articletitle", ""))
        heading = visible if visible and "".join(visible.split()) not in "".join(named.split()) else named
        if heading and heading in link_texts():
            # a line above the byline that a link prints names another page (解读文件：the document interpreted), not
            # this one: the page's own heading element titles it
            heading = _plain_h1(tree, link_texts())
        if not heading and byline_at >= 0:
            # a heading set as an image, its words in the alt: the image alone in the block right above the byline
            heading = _heading_image(tree, pub_excerpt)
        # … but not where the page sets as its heading the name its <title> opens with (指南名-某办): a line above
        # the byline is then a part of the document (a 办理流程 cell), not its title
        if heading and not _contains_either(title, heading) and not _heading_opens_title(tree, title):
            title = heading

    # the rows of the navigation's hover panels (a mega-menu's latest three, its featured story) are the menu's: a
    # page showing no other row says what it says beside a menu, as a page listing nothing does
    panel_only = menu_panel_links(tree, join) if items and not is_article else frozenset()
    for it in items:
        it.menu_panel = it.url in panel_only
    menu_rows_only = bool(items) and all(it.menu_panel for it in items)
    lines: frozenset[str] = frozenset()
    says_pages = False
    prose: frozenset[str] = frozenset()
    textarea = False
    form_unsent = False
    empty_marker = False
    login_form = False
    empty_container = False
    template_empty = ""
    blank_content = False
    loading = False
    frames = 0
    frame_urls: tuple[str, ...] = ()
    empty_lists: frozenset[str] = frozenset()
    filled_lists: frozenset[str] = frozenset()
    if not is_article and (not items or len(items) >= 2):
        empty_lists, filled_lists = printed_lists.list_labels(tree, script_source.written_ids(inline_scripts))
        empty_lists = empty_lists if not items else frozenset()
    only_template_rows = bool(template_rows) and all(it.url in template_rows for it in items)
    if not is_article and (not items or only_template_rows or menu_rows_only) and body_node is not None:
        # text blocks of a page that lists nothing: the checks tell a blank column from a single-page column
        # (机构职能, 领导之窗) by the blocks no other page repeats (… nor does one listing only the rows of the
        # template's box: its text and its form to write in are what it is; that box's empty signs are read below)
        lines = frozenset(t for t in (x.strip() for x in body_text.split("\n")) if len(t) >= MIN_LINE)
        says_pages = printed_lists.says_pages(text)   # (its words printed apart: 共<strong>3</strong>页)
        textarea = tree.css_first("textarea") is not None
        form_unsent = textarea and forms.form_sends_nothing(tree, inline_scripts)
        login_form = tree.css_first("input[type=password]") is not None
    if not is_article and not items and body_node is not None:
        empty_container = empty_records or printed_lists.empty_list_container(tree)
        # (a frame inside the footer shows the site's footer, not the page's content: `footer.footer_frames`)
        framed = [fr for fr in tree.css("iframe[src], frame[src]") if not footer.in_footer_part(fr)]
        frames = len(framed)
        frame_urls = tuple(dict.fromkeys(u for fr in framed if (u := join((fr.attributes.get("src") or "").strip()))))
        # (a box of a row of like boxes saying it is empty beside one that is not — a hub's 在线访谈 saying 暂无访谈
        # beside its 县长信箱 — says nothing of the page)
        empty_marker = _EMPTY_SIGN.search(text) is not None
        if empty_marker:
            said_text = text
            for box in printed_lists.empty_boxes(body_node, _EMPTY_SIGN):
                said_text = said_text.replace(" ".join(box.text(deep=True, separator="\n").split()), " ", 1)
            empty_marker = _EMPTY_SIGN.search(said_text) is not None
        blank_content = blank_after_crumb(body_node)
        loading = hidden_blocks.shows_loading(tree) and not fetched_records
    elif not is_article and len(items) >= 2:
        # a page that lists items yet shows an empty-list sign: it may belong to a widget of the template
        said = printed_lists.EMPTY_LIST.search(text)
        container = not said and printed_lists.empty_list_container(tree)
        # (an empty list beside a pager the server printed with no page says the list is empty as 共0条 would)
        template_empty = said.group(0) if said else (
            NO_PAGES if no_pages and not undecoded_write else EMPTY_CONTAINER) if container else ""
    if aside or pinned or boxed_too:
        # rows only in the side boxes are not the page's rows — when it lists rows of its own besides, or says its
        # own list is empty (暂无信息 beside busy boxes): a box every row of a page stands in may be its list
        said_empty = bool(template_empty) and template_empty != EMPTY_CONTAINER
        if said_empty or any(it.url not in aside and it.url not in pinned for it in items):
            for it in items:
                it.aside, it.pinned, it.boxed_too = it.url in aside, it.url in pinned, it.url in boxed_too
    row_bodies: list[str] = []   # what rows printed whole say under their titles (`unlinked_rows`, `anchored_sections`)
    if not is_article and body_node is not None:
        # a list's rows printed with no link (选登 letters); beside a form to write in they are the form's
        # examples, on a page of that function, unless each row states its letter's handling (已回复, 办理中: the
        # channel's record of its letters) (read after the blocks of a page listing nothing: the letters are a
        # record to read)
        beside_form = tree.css_first("textarea") is not None
        items.extend(unlinked_rows(body_node, here, items, beside_form=beside_form, bodies=row_bodies))
        if not beside_form:
            items.extend(timeline_rows(body_node, here, items))   # (a 大事记's events under their years' headings)
            # (a column that is one long page: its notices, answers or reports each an anchored, dated section)
            items.extend(anchored_sections(body_node, here, items, bodies=row_bodies))
        # (a list typed as lines of text: <br> lines, <p>s, <dt>/<dd> pairs, a <pre>'s lines)
        items.extend(text_line_rows(body_node, join, here, items, beside_form=beside_form))
    # (rows of a dated list printing an empty date cell: entries with no date)
    blank_dated = blank_date_rows(body_node, join, items) if not is_article and len(items) >= 2 and body_node is not None else ()
    if not is_article and items:
        # what the page says besides its list (a live interview's transcript beside its 往期回顾 box)
        prose = frozenset(t for t in (x.strip() for x in body_text.split("\n")) if len(t) >= PROSE_LINE)
        if shown_entry is not None:   # (the opening of the first entry, shown under its title: the entry's text)
            prose -= {x.strip() for x in shown_entry.text(deep=True, separator="\n").split("\n")}
        # (what a row prints of its document under it — a section's notice, a 预决算 row's 说明 — is the row's text)
        if row_bodies:
            said = [" ".join(b.split()) for b in row_bodies]
            prose = frozenset(t for t in prose if not any(" ".join(t.split()) in b for b in said))

    data = datapage.data_facts(tree, text, links) if datapage.GATE.search(text) else None

    marks: dict[str, tuple[str, str]] = {}
    has_footer = False
    read_seen = False   # the marks are read without the blocks no visitor can ever see
    if home:
        has_footer = bool(containers) or footer.has_footer_sign(text)
        mark_text = text
        if unseen:
            for block in unseen:
                mark_text = mark_text.replace(" ".join(block.text(deep=True, separator="\n").split()), " ", 1)
            # (unless nothing of a footer is left: a page whose only footer is hidden may show it by a script)
            read_seen = bool(seen_containers) or footer.has_footer_sign(mark_text)
        if not read_seen:
            mark_text, seen_containers, seen_images = text, containers, footer_images
        hidden_links = unseen_links if read_seen else frozenset()
        before, core = footer.footer_window(mark_text)
        marks = footer.read_marks(mark_text, ([*seen_containers, core, *seen_images], before),
                                  ((lk.url, lk.text) for lk in links if lk.url not in hidden_links))
        if "网站标识码" not in marks and meta.get("siteidcode"):
            code = meta["siteidcode"]
            printed = footer.bare_code(code, [*seen_containers, before + core])
            marks["网站标识码"] = (code, printed or f'<meta name="SiteIDCode" content="{code}">')
    elif "联系" in title:
        got = footer.contact(text)   # a 联系我们 page: the contact a footer link leads to
        if got is not None:
            marks["联系方式"] = got
    crumbs = breadcrumb(text) if is_article else within_block(breadcrumb(text), body_node)
    redirect = listless and sends_on(
        tree, text, meta, links, inline_scripts, join, final_url or url, bool(crumbs))
    jump_to = jump_target(meta, inline_scripts, join, final_url or url) if redirect else None
    signs: frozenset[str] = frozenset()
    lacks: frozenset[str] = frozenset()
    if home or (listless and not is_article):
        shown_links = len(links) + len(script_entries)
        undrawn = [t for t in inline_scripts if t not in drawn]   # a script whose lists were read leaves none unseen
        read_files = frozenset(src for src in script_srcs if not src.startswith("#")
                               and script_writes.read_whole(external(src) or "")) if external is not None else frozenset()
        signs = script_signs.script_signs(tree, script_srcs, undrawn, undecoded_write, has_footer or not home,
                                     shown_links, printed_pager, tuple(footer_srcs), read_files)
        if menu_drawn:
            signs -= {"nav"}   # the menu the script writes is drawn from the page's own data: none left unseen
        if unread_dates:
            signs |= {"script-dates"}   # dates a script prints from machine times the checks could not read
        # a footer slot left empty is a part of the footer the page does not show (after rendering too)
        lacks = frozenset({*(("footer",) if home and (not has_footer or "footer-slot" in signs) else ()),
                           *(("nav",) if shown_links < script_signs.MENU_LINKS and not menu_drawn else ())})

    message = message_facts(text, tuple(it.title for it in items if not it.printed))
    if message is not None:
        is_article = True   # a message's own page, not a list

    guide: frozenset[str] = frozenset()
    h1 = tree.css_first("h1")
    heading = (meta.get("articletitle") or "") + title + (h1.text() if h1 is not None else "")
    # a page its breadcrumb files under a 办事指南 column (首页 > 政务服务 > 办事指南), headed by the service's own name
    if _GUIDE_HEADING.search(heading) or any(_GUIDE_CRUMB.search(step) for step in crumbs):
        # the guide's own labels: the footer's 联系电话 is the site's, not the service's
        own = text
        for part in containers or footer.footer_containers(tree):
            own = own.replace(part, " ", 1)
        guide = guide_labels(tree, own)
        if is_guide(guide):   # the service's name and its department, printed without their labels
            guide |= unlabelled_elements(own, h1.text() if h1 is not None else re.split(r"[_|｜]", title)[0])
        if not is_article and not items and is_guide(guide):
            is_article = True   # a service's guide is a document, its date printed or not (a 政务服务网 guide
            # shows its 事项 and their labels, no 发布时间)
        if is_article and is_guide(guide) and is_kind_only(_TITLE_PART.split(title)[0]) and (
                service := service_name(own)):
            title = service   # a <title> naming only the kind of page (办事指南_某县人民政府): the guide is titled by
            # the service it guides, its 事项名称

    return PageFacts(
        url=url, final_url=_as_fetched(final_url or url), warc_record=warc_record, depth=depth, title=title,
        meta=meta, links=links, items=items, pubdate=pubdate, pubdate_excerpt=pub_excerpt,
        is_article=is_article, pagination=pagination, images=images, images_missing_alt=missing_alt,
        missing_alt_example=missing_example, viewport=viewport, script_srcs=script_srcs,
        search_form=search_form, marks=marks, message=message, guide_elements=guide, text_head=text[:300],
        lines=lines, says_pages=says_pages, says_none=says_none, prose=prose, textarea=textarea, form_unsent=form_unsent, empty_marker=empty_marker, empty_container=empty_container, data=data,
        breadcrumb=() if is_article else crumbs, signs=signs, lacks=lacks,
        error_page=is_error_page(title, text, bool(items) or is_article or textarea), login_form=login_form, text_chars=len(text),
        nav_sections=sections, frames=frames, frame_urls=frame_urls, template_empty=template_empty, per_page=per_page, empty_lists=empty_lists, filled_lists=filled_lists, blank_content=blank_content, loading=loading, script_entries=tuple(dict.fromkeys(script_entries)), part_jumps=part_jumps,
        search_action=search_action, search_fields=search_fields, search_choices=search_choices, search_words=search_words, redirect=redirect, jump_to=jump_to, badge_slots=script_marks.badge_slots(tree, _CUSTOM_ELEMENT.search(html) is not None, stranded),
        mark_images=footer.image_marks(tree, in_unseen if read_seen else None) if home else (), switches=tuple(dict.fromkeys(switches)),
        frame_names=frame_names, targeted=targeted, unread_frames=unread_frames, list_heading=heading_above_rows(body_text, items) if not is_article else "",
        tiles=() if is_article else tiles, alert_links=alert_links,
        before_crumb=rows_before_crumb(body_text, ((it.url, it.title) for it in items if not it.scripted))
        if crumbs and not is_article and len(items) >= 2 else frozenset(), blank_dated=blank_dated,
        date_lines=date_lines,
        threads=tuple(ThreadRow(join(t.href) or t.href, t.posted, t.replies) for t in thread_rows(tree))
        if not is_article and len(items) >= 2 and "<table" in html else (),
        no_official_floor="post_" in html and floors_all_ordinary(tree),
        message_table=len(items) >= 2 and "<th" in html and any(
            SUBMIT_HEADER.fullmatch("".join(th.text(deep=True).split())) for th in tree.css("th")),
        unseen_links=unseen_links, settling=settling,
        bare_sponsor=footer.bare_sponsor(tree, in_unseen if read_seen else None)
        if home and "网站主办单位" not in marks else "",
        date_cells=_date_cells(body_node) if home and not items and body_node is not None else 0,
        month_headings=month_headings(tree) if not is_article and len(items) >= 2 else 0,
    )


# An element's whole text is a date a list prints beside its rows (11-27, [2026-11-27], 2026年11月27日)
_DATE_CELL = re.compile(r"[\[(（【]?(?:(?:19|20)\d{2}\s*[-/.年]\s*)?(?:0?[1-9]|1[0-2])\s*[-/.月]\s*(?:0?[1-9]|[12]\d|3[01])\s*日?"
                        r"[\])）】]?")


def _date_cells(body: LexborNode) -> int:
    """How many elements holding no other element print only a date: a list's date cells."""
    return sum(1 for node in body.css("*") if node.child is not None and node.child.tag == "-text"
               and node.child.next is None and _DATE_CELL.fullmatch((node.child.text() or "").strip()))


def _only_inside(blocks: list[LexborNode], tree: LexborHTMLParser, join: Joiner) -> frozenset[str]:
    """The addresses the page links to only from inside `blocks` (every link to them stands in one)."""
    inside = Counter(u for b in blocks for a in b.css("a[href]") if (h := a.attributes.get("href")) and (u := join(h)))
    if not inside:
        return frozenset()
    everywhere = Counter(u for a in tree.css("a[href]") if (h := a.attributes.get("href")) and (u := join(h)) in inside)
    return frozenset(u for u, k in inside.items() if everywhere[u] == k)


# A clause of prose: words closed by a mark that parts or ends a sentence (，。；！？…), a closing quote or bracket between
_CLAUSE = re.compile(r"[\u4e00-\u9fff][”’」』）)》]?[，。；！？…]")


def _says_sentences(body_text: str, tree: LexborHTMLParser) -> bool:
    """The page prints prose outside its footer: a text block holding words closed by a sentence's mark (，。；！？…)
    — what a document's body is made of; a hub of links, labels and figures prints none."""
    said = [" ".join(t.split()) for t in (x.strip() for x in body_text.split("\n")) if _CLAUSE.search(t)]
    if not said:
        return False
    foot = " ".join(footer.footer_containers(tree))
    return any(t not in foot for t in said)


# what an 更新时间 label says was updated when it is no document: the site, the page, the column
# A forum thread's floors: each marked by its place (楼主, 沙发, 板凳, 5楼, #3) and posted on a day (发表于 2026-06-12).
_FLOOR_MARK = re.compile(r"楼主|沙发|板凳|地板|(?<![\d.])\d{1,4}\s*(?:楼(?![层房盘宇道梯])|#)")
_FLOOR_REACH = 40   # characters between a floor's mark and its 发表于 (one floor's header line)
_FLOOR_POSTED = re.compile(r"发表于\s*[:：]?\s*(" + dates.YMD + ")")


def _first_floor(text: str) -> tuple[RawDate, str] | None:
    """A forum thread's page (two or more floors each posted on a day, the first marked 楼主 beside its 发表于): its
    first floor's date and words, the thread's date (a thread list prints 楼主 on its rows, no 发表于)."""
    posted = list(_FLOOR_POSTED.finditer(text))
    if len(posted) < 2 or len(_FLOOR_MARK.findall(text)) < 2 or "楼主" not in text[
            max(0, posted[0].start() - _FLOOR_REACH):posted[0].end() + _FLOOR_REACH]:
        return None
    first = dates.find_date(posted[0].group(1))
    return (first, posted[0].group(0)) if first is not None else None


_STAMP = re.compile(r"(?:网站|本站|站点|本页|页面|栏目|内容)$")
_LABEL_WORD = re.compile(r"[^\d:：\s]+")


def _one_day_once(labelled: list[tuple[int, str, str]], listless: bool) -> list[tuple[int, str, str]]:
    """Two labelled dates naming one day under two labels (a byline's 发布时间 and the document's 信息公开 table's 发布
    日期) are the document's date printed twice; so is one label twice naming one day, the page's only labelled dates,
    on a page listing no dated row (`listless`: the 信息公开 table's 发布日期 over the byline's 发布日期). Otherwise one
    label twice is two rows of a list."""
    if len(labelled) >= 2:
        (_, d1, s1), (_, d2, s2) = labelled[:2]
        w1, w2 = _LABEL_WORD.match(s1), _LABEL_WORD.match(s2)
        if w1 and w2 and (w1.group(0) != w2.group(0) or listless and len(labelled) == 2) and \
                dates.find_date(d1) == dates.find_date(d2):
            return labelled[:1] + labelled[2:]
    return labelled


def _heads_rows(tree: LexborHTMLParser, said: str, date_text: str) -> bool:
    """A labelled date is a list's column heading over its first row's date, no byline: the label alone ends a header
    row and the date alone opens the next row, a row linking an entry (rows written date first, shown date last)."""
    label = "".join(said[:said.find(date_text)].split()).rstrip(":：")
    date = "".join(date_text.split())
    if not label or tree.body is None:
        return False
    for node in tree.body.traverse(include_text=True):
        if node.tag != "-text" or "".join((node.text_content or "").split()).rstrip(":：") != label:
            continue
        cell = node.parent   # (the label's cell: the block around it that stands beside others, <th><b>发布日期</b>)
        while cell is not None and cell.parent is not None and len(element_children(cell.parent)) < 2:
            cell = cell.parent
        row = cell.parent if cell is not None else None
        if cell is None or row is None or next_element(cell) is not None:
            continue
        below = next_element(row)
        if below is None and row.parent is not None and row.parent.tag == "thead":   # (the table's body below its head)
            body = next_element(row.parent)
            below = next(iter(element_children(body)), None) if body is not None and body.tag == "tbody" else None
        opening = element_children(below)
        if below is not None and len(opening) >= 2 and "".join(opening[0].text().split()) == date and \
                below.css_first("a[href]") is not None:
            return True
    return False


_ONE_LINE_SPAN = 40   # characters from one labelled date to the next on one information line


def _one_line(labelled: list[tuple[int, str, str]]) -> bool:
    """Two labelled dates standing on one information line (发布日期：… 更新日期：…), not in two places of the page."""
    return len(labelled) == 2 and labelled[1][0] - labelled[0][0] - len(labelled[0][2]) <= _ONE_LINE_SPAN


_DATE_LINE_HEAD = 12   # characters before a labelled date kept with it: the words it stands in (欢迎访问…网站！)


def _date_line(text: str, at: int, said: str) -> str:
    """A labelled date as the page prints it, with the words just before it: the same on every page that prints
    the site template's line (its header's 更新时间), a title's tail on a document's byline."""
    return text[max(0, at - _DATE_LINE_HEAD):at] + said


_UNREADABLE_SHARE = 0.02    # replacement characters (bytes the codec could not decode) in a readable page


def unreadable(html: str, rendered: bool = False) -> str | None:
    """Why the checks cannot read this page (binary, undecodable, not HTML), or None. A `rendered` page (a
    browser's DOM) shows what a visitor sees: replacement characters there are the browser's own decoding of
    bytes under the charset they declare (mojibake every visitor gets), not bytes the checks failed to read."""
    if not html.strip():
        return None   # an empty page is readable: it shows nothing
    head = html[:4096]
    if head.count("\x00") > 2:
        return "二进制内容"
    bad = html.count("\ufffd")
    if not rendered and bad >= 20 and bad > _UNREADABLE_SHARE * len(html):
        return f"无法解码（{bad} 个字符无法识别）"
    if "<" not in head:
        return "不是 HTML"
    return None


def _plain_h1(tree: LexborHTMLParser, link_texts: frozenset[str]) -> str:
    """The text of the page's first <h1> when it links nowhere and no link prints it (no site name in a logo's
    link), a heading's length; else ""."""
    h1 = tree.css_first("h1")
    text = " ".join(h1.text().split()) if h1 is not None and h1.css_first("a") is None else ""
    return text if article.HEADING_MIN <= len(text) <= article.HEADING_MAX and text not in link_texts else ""


def _heading_image(tree: LexborHTMLParser, byline: str) -> str:
    """The alt of an image set as the document's heading: it links nowhere, its block prints no text, and the next
    block is the one printing the byline (`byline`, the labelled date read there); else ""."""
    byline = "".join(byline.split())
    for img in tree.css("img[alt]"):
        alt = " ".join((img.attributes.get("alt") or "").split())
        block = img.parent
        if not (article.HEADING_MIN <= len(alt) <= article.HEADING_MAX) or block is None or block.tag == "a" or \
                block.text(strip=True) or len(block.css("img")) != 1:
            continue
        after = block.next
        while after is not None and after.tag == "-text" and not (after.text() or "").strip():
            after = after.next
        if after is not None and byline and byline in "".join(after.text().split()):
            return alt
    return ""


# What parts a <title> after its first part (指南名-某办, 名称_站名, 名称 | 站名): a heading the <title> merely starts with
# (the site's name 某镇人民政府 over 某镇人民政府关于…的通知) is no part of it
_TITLE_SEPARATOR = re.compile(r"\s*[-_|｜—–·:：>]|\s")


def _heading_opens_title(tree: LexborHTMLParser, title: str) -> bool:
    """A heading element of the page prints the first part of its <title> (the document's name, then the site's)."""
    for h in tree.css("h1, h2, h3"):
        text = " ".join(h.text().split())
        if _opens_title(title, text) and _TITLE_SEPARATOR.match(title, len(text)):
            return True
    return False


def _byline_heading(tree: LexborHTMLParser, heading: str, title: str, join: Joiner, here: str,
                    link_texts: frozenset[str]) -> tuple[bool | None, LexborNode | None]:
    """What the heading above a page's one labelled date says of the page: False where it is a heading element
    linking to another page (a column showing its first entry's title, date and text above its other rows; with
    the block showing that entry, when it holds no other row), True where it is a plain heading element the <title>
    opens with (the document's own) — or a plain block holding only that line —, None otherwise. With no heading
    above the date (an information table's cells), the page's plain heading the <title> opens with and no link names
    (not a column's name) is the document's."""
    for h in tree.css("h1, h2, h3, h4"):
        text = " ".join(h.text().split())
        if text != heading and (heading or text in link_texts):
            continue
        a = h.css_first("a[href]")
        if a is not None:
            href = (a.attributes.get("href") or "").strip()
            target = join(href) if href and not href.startswith(("#", "javascript:")) else None
            if not target or target.split("#")[0] == here.split("#")[0]:
                return None, None
            block = h.parent
            rows = block.css("li, tr") if block is not None else []
            return False, block if block is not None and block.tag not in ("body", "html") and not rows else None
        if _opens_title(title, text):
            return True, None
        if heading:
            return None, None
    # (an old CMS sets the heading in a plain block, <div class="show_title">: a block holding that one line and no
    # link, the <title> opening with it, is the document's heading as a heading element is)
    if _opens_title(title, heading) and any(
            " ".join(node.text().split()) == heading and node.css_first("a[href]") is None
            for node in tree.css("div, p, td")):
        return True, None
    return None, None


def _named_as_column(title: str, meta: dict[str, str], text: str) -> bool:
    """The page's <title> opens with the name its ColumnName meta declares or its breadcrumb ends with (行政处罚 of
    行政处罚_某县人民政府): a column's name, not a document's."""
    name = re.split(r"[_|｜\-－—–\s]", title.strip(), maxsplit=1)[0]
    crumbs = breadcrumb(text)
    return bool(name) and (name == _TAG.sub("", meta.get("columnname", "")).strip() or bool(crumbs) and crumbs[-1] == name)


DECLARATION_MAX_CHARS = 200   # a box holding a statement, its reason, where to look instead and its date


def _stands_alone(body: LexborNode | None, said: str) -> bool:
    """The statement `said` stands in a box of its own: the element around the one printing it holds under
    DECLARATION_MAX_CHARS and one link at most (its reason, where to look instead, its date) — not a clause of a
    longer text (a 公开指南's 本机关暂无收费事项) nor the preface of a list (本局暂无收费事项 above a table of services)."""
    if body is None:
        return False
    holders = [node for node in body.css("*") if said in "".join(node.text(deep=True).split())]
    if not holders:
        return False
    box = min(holders, key=lambda node: len(node.text(deep=True))).parent
    return box is not None and box.tag not in ("body", "html") and len(
        "".join(box.text(deep=True).split())) < DECLARATION_MAX_CHARS and len(box.css("a[href]")) <= 1


def _opens_title(title: str, text: str) -> bool:
    """The <title> opens with `text`, a heading's length, and goes on (the site's name after it)."""
    return len(text) >= article.HEADING_MIN and len(title) > len(text) and title.startswith(text)


def _set_as_heading(tree: LexborHTMLParser, text: str) -> bool:
    """A heading element of the page, or a block classed as its title (<div class="title">), prints `text`."""
    squashed = "".join(text.split())
    return bool(squashed) and any("".join(node.text().split()) == squashed
                                  for node in tree.css("h1, h2, h3, h4, h5, h6, [class*=title], [class*=tit]"))


def _read_kept_dates(tree: LexborHTMLParser) -> None:
    """A publication label whose date the page prints only relative to the day shown (发布时间：<time
    datetime="2026-11-30T16:20:00+08:00">2天前</time>) is read with the full date that element keeps in its
    `datetime` or `title`, as a visitor reads it on hovering: the words were written when the page was generated and
    name no day. Relative words under no label, or keeping no full date, are left as printed."""
    for el in tree.css("[datetime], [title]"):
        shown = el.text(deep=True)
        if not RELATIVE_ONLY.fullmatch(shown) or len(shown) > _RELATIVE_MAX:
            continue
        before = el.prev
        while before is not None and before.tag == "-text" and not (before.text() or "").strip():
            before = before.prev
        if before is None or not dates.PUBLISH_LABEL_END.search((before.text(deep=True) or "")[-_LABEL_MAX:]):
            continue
        kept = next((d for name in KEPT_DATE_ATTRIBUTES if (d := dates.find_dated(el.attributes.get(name) or ""))),
                    None)
        if kept is not None:
            el.replace_with(f" {dates.format_raw(kept)} ")


# A date part's word a style writes after its number (`.y::after{content:"年"}`), and the number it follows
_DATE_PART_WORD = {"年": re.compile(r"(?:19|20)\d{2}"), "月": re.compile(r"1[0-2]|0?[1-9]"),
                   "日": re.compile(r"3[01]|[12]\d|0?[1-9]")}
# An element printing a full date and nothing else, its time of day optional
_DATE_ONLY = re.compile(dates.YMD + r"日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?")


def _read_style_date_words(tree: LexborHTMLParser) -> None:
    """The words of a date the page's own `<style>` draws are read where they stand, as a visitor reads them: the
    年/月/日 written after an element printing only that part's number (`<span class="y">2026</span>` under
    `.y::after{content:"年"}`), then a publication label written before an element printing only a full date
    (`<span class="t">2026-11-10</span>` under `.info .t::before{content:"发布日期："}`). No other drawn word (a
    bracket, a badge, a letter's 来信日期：) and no element printing more than the date is read so."""
    written = hidden_blocks.style_written_words(tree)
    parts = [w for w in written if w[1] == "after" and w[2] in _DATE_PART_WORD]
    labels = [w for w in written if w[1] == "before" and dates.PUBLISH_LABEL_END.fullmatch(w[2].strip())
              and not dates.LETTER_LABELLED.match(w[2].strip())]
    for sel, where, said in parts + labels:   # (the parts first: a label's element then prints a full date)
        try:
            nodes = tree.css(sel)
        except Exception:   # (a selector the parser does not take)
            continue
        for node in nodes:
            shown = node.text(deep=True).strip()
            if where == "after" and _DATE_PART_WORD[said].fullmatch(shown):
                node.insert_child(said)
            elif where == "before" and _DATE_ONLY.fullmatch(shown) and node.child is not None:
                node.child.insert_before(said)


_RELATIVE_MAX = 12   # 3天前, 昨天 10:12 … — a word or two, not a sentence
_LABEL_MAX = 12   # the end of the text before it: 发布时间：


# What a post's template marks as its publication date: schema.org's datePublished (microdata) and the h-entry class
# dt-published (microformats2), as Jekyll's minima, Hexo's and Docusaurus's themes print a post's date
_PUBLISHED_MARK = '[itemprop~="datePublished"], .dt-published'


def _marked_publication(tree: LexborHTMLParser) -> tuple[RawDate, str] | None:
    """The date the page's one element marked as its publication (`_PUBLISHED_MARK`) shows — as printed, else as its
    `datetime` keeps it, in Beijing time —, the element standing in no link nor in a row holding one (a list's entry
    marks its date so too); None when the page shows none or several."""
    # (an element bearing both marks is found once for each)
    marked = list({el.mem_id: el for el in tree.css(_PUBLISHED_MARK) if el.tag != "meta" and el.text(strip=True)}.values())
    if len(marked) != 1:
        return None
    el = marked[0]
    node: LexborNode | None = el
    while node is not None and node.tag not in ("body", "html"):
        if node.tag == "a" or node.tag in ("li", "tr", "dd") and node.css_first("a[href]") is not None:
            return None
        node = node.parent
    shown = " ".join(el.text(deep=True).split())
    raw = dates.find_date(shown)
    if raw is None or raw[0] in (None, dates.RELATIVE_YEAR):
        raw = dates.machine_day(el.attributes.get("datetime") or "")
    if raw is None or raw[0] is None:
        return None
    return raw, f"<{el.tag} {'itemprop=datePublished' if el.attributes.get('itemprop') else 'class=dt-published'}>{shown}</{el.tag}>"


def _empty_publish_slot(tree: LexborHTMLParser) -> bool:
    """An element named for the page's publication time (id or class publish_time, pubDate …) left empty: a script
    writes the date into it when the page is viewed."""
    for node in tree.css("[id], [class]"):
        attrs = node.attributes
        if any(article.PUBLISH_SLOT.search(attrs.get(a) or "") for a in ("id", "class")) and \
                not node.text(strip=True):
            return True
    return False


def _contains_either(a: str, b: str) -> bool:
    """One text holds the other, whitespace aside (an empty text holds nothing)."""
    a, b = "".join(a.split()), "".join(b.split())
    return bool(a and b) and (a in b or b in a)
