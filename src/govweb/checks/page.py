"""One parse per page: everything the checks need from a page, extracted in a single pass with selectolax.

The result (`PageFacts`) is small, so a whole site fits in memory without its HTML. `parse_page` reads the page
once and asks the readers of each part: links (`page_links`), dated rows (`list_rows`), messages (`messages`),
breadcrumbs (`breadcrumb`), the site search (`search_form`), splash pages (`splash`), soft errors
(`out_of_service`), when it says it was published (`page_dates`, over `dates` and `article`), footer marks
(`footer`), script-written parts (`scripts`). `parse_page` calls its steps in the order the page is read.
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
from govweb.checks.breadcrumb import (
    blank_after_crumb,
    breadcrumb,
    read_crumb,
    rows_before_crumb,
    within_block,
)
from govweb.checks.datapage import DataFacts
from govweb.checks.dates import RawDate
from govweb.checks.fold import AS_READ, UNREAD
from govweb.checks.guide_labels import guide_labels, is_guide, is_kind_only, service_name, unlabelled_elements
from govweb.checks.list_headings import heading_above_rows, notes_at_rows, title_spans
from govweb.checks.list_rows import Item, read_anchors, row_key, settle_by_named_months, settle_day_first
from govweb.checks.list_shapes import (
    anchored_sections,
    blank_date_rows,
    menu_panel_links,
    message_rows,
    picture_tiles,
    side_box_links,
    text_line_rows,
    timeline_rows,
    titled_blocks,
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
from govweb.checks.not_row_dates import weekday_list
from govweb.checks.out_of_service import is_error_page
from govweb.checks.page_dates import (
    ARTICLE_MAX_ITEMS,
    DATE_ONLY,
    Publication,
    contains_either,
    heading_opens_title,
    read_kept_dates,
    read_publication,
    read_style_date_words,
)
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
from govweb.checks.search_form import Choices, Fields, find_search
from govweb.checks.splash import jump_target, sends_on
from govweb.checks.unseen import ROW, UNSEEN, in_unseen, unseen_blocks
from govweb.htmlstd import show_shadow_roots
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
    list_notes: tuple[str, ...] = ()          # the lines right above its first row and below its last (本栏目已停止更新)
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


@dataclass(slots=True)
class _Reading:
    """One page as `parse_page` reads it: the parsed tree, and what each step has found so far."""
    html: str
    url: str
    final_url: str | None
    home: bool
    tree: LexborHTMLParser
    here: str                                 # the page's own address (its links resolve against its <base>: `join`)
    join: Joiner
    stranded: frozenset[str] = frozenset()    # slots named by scripts a browser cannot parse (they stay empty)
    title: str = ""
    head_title: str = ""                      # its <title> as printed (`title` may become the document's heading)
    meta: dict[str, str] = field(default_factory=dict)
    viewport: bool = False
    # what its footer frames and scripts put into the page
    unread_frames: tuple[str, ...] = ()
    external: Callable[[str], str | None] | None = None   # an archived `<script src>`'s text by its src
    undecoded_write: bool = False
    drawn: list[str] = field(default_factory=list)        # inline scripts whose lists were read
    menu_drawn: bool = False
    # its scripts
    script_srcs: list[str] = field(default_factory=list)
    footer_srcs: list[str] = field(default_factory=list)  # scripts placed inside the footer: they write it
    inline_scripts: list[str] = field(default_factory=list)
    pagination: list[str] = field(default_factory=list)
    record_html: list[str] = field(default_factory=list)  # a data island's records (or a fetched datastore's)
    empty_records: bool = False
    printed_pager: bool = False   # a TRS pager: the server printed its page count into the call
    no_pages: bool = False        # … and that count is 0: the list has no page (TRS prints `var countPage = 0` for it)
    fetched_records: bool = False   # … the records its list script fetched, in the answer the crawl archived
    scriptless: bool = False
    unseen: list[LexborNode] = field(default_factory=list)   # blocks no visitor can ever see (unseen.py)
    search: tuple[bool, str, Fields, Choices, Choices] = (False, "", (), (), ())
    images: tuple[int, int, str] = (0, 0, "")   # images, those missing an alt, the first such one's src
    # its links and rows
    unread_dates: int = 0
    links: list[Link] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    script_entries: list[str] = field(default_factory=list)
    switches: list[str] = field(default_factory=list)
    part_jumps: frozenset[str] = frozenset()
    unseen_links: frozenset[str] = frozenset()
    per_page: int = 0
    # what stands beside its content
    aside: frozenset[str] = frozenset()
    pinned: frozenset[str] = frozenset()
    boxed_too: frozenset[str] = frozenset()
    frame_names: tuple[str, ...] = ()
    targeted: tuple[tuple[str, str], ...] = ()
    alert_links: tuple[str, ...] = ()
    tiles: tuple[str, ...] = ()
    containers: list[str] = field(default_factory=list)        # the homepage's footer containers …
    footer_images: list[str] = field(default_factory=list)
    seen_containers: list[str] = field(default_factory=list)   # … without a footer no visitor can ever see
    seen_images: list[str] = field(default_factory=list)
    sections: dict[str, str] = field(default_factory=dict)
    # its text, and when it says it was published
    body_node: LexborNode | None = None
    body_text: str = ""       # the body's text nodes, one a line
    text: str = ""            # … squeezed
    listless: bool = False
    generated: tuple[RawDate, str] | None = None
    blocks: Callable[[], list[str]] = list              # the body's text blocks, squashed (built once, on first use)
    link_texts: Callable[[], frozenset[str]] = frozenset   # the links' texts (built once, on first use)
    pub: Publication = field(default_factory=Publication)
    is_article: bool = False   # a document: `pub.is_article`, then as later steps find (a declared-empty column, a
                               # message's page, a service guide)
    says_none: str = ""
    # what a page listing nothing, or listing items, says besides
    lines: frozenset[str] = frozenset()
    says_pages: bool = False
    prose: frozenset[str] = frozenset()
    textarea: bool = False
    form_unsent: bool = False
    login_form: bool = False
    empty_marker: bool = False
    empty_container: bool = False
    template_empty: str = ""
    blank_content: bool = False
    loading: bool = False
    frames: int = 0
    frame_urls: tuple[str, ...] = ()
    empty_lists: frozenset[str] = frozenset()
    filled_lists: frozenset[str] = frozenset()
    blank_dated: tuple[str, ...] = ()
    data: DataFacts | None = None
    # its footer marks, breadcrumb, way on, script signs, message and guide
    marks: dict[str, tuple[str, str]] = field(default_factory=dict)
    has_footer: bool = False
    read_seen: bool = False   # the marks are read without the blocks no visitor can ever see
    crumbs: tuple[str, ...] = ()
    redirect: bool = False
    jump_to: str | None = None
    signs: frozenset[str] = frozenset()
    lacks: frozenset[str] = frozenset()
    message: MessageFacts | None = None
    guide: frozenset[str] = frozenset()


def parse_page(
    html: str, url: str, final_url: str | None, warc_record: str, depth: int = 0, home: bool = True,
    script_text: Callable[[str], str | None] | None = None, frame_html: Callable[[str], str | None] | None = None,
    template_dates: frozenset[str] = frozenset(), continued: tuple[RawDate, str] | None = None,
    as_of: dt.date | None = None, template_rows: frozenset[str] = frozenset(), rendered: bool = False,
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
    that stands, on or before it, needs no settling; the day its text names only settles a year beyond the next).
    `rendered`: `html` is the browser lane's DOM, which shows what its scripts wrote (`PageFacts.rendered`)."""
    r = _open(html, url, final_url, home)
    _read_head(r)
    _show_framed_and_scripted(r, script_text, frame_html, rendered)
    _read_scripts(r, script_text, frame_html)
    _set_unseen_apart(r)
    r.search = find_search(r.tree, r.inline_scripts, r.join, r.here, in_unseen if r.unseen else None)
    r.images = _missing_alts(r.tree)
    _read_rows(r)
    if r.record_html:
        _read_records(r)
    _read_side_parts(r)
    _read_body_text(r)
    _settle_rows(r)
    r.listless = not r.items
    _read_publication(r, template_dates, continued, as_of)
    _read_declared_empty(r)
    if r.is_article:
        _title_by_heading(r)
    menu_rows_only = _mark_menu_rows(r)
    _read_own_words(r, template_rows, menu_rows_only)
    _read_empty_signs(r)
    _mark_side_boxes(r)
    row_bodies = _read_unlinked_rows(r)
    _read_prose(r, row_bodies)
    r.data = datapage.data_facts(r.tree, r.text, r.links) if datapage.GATE.search(r.text) else None
    _read_marks(r)
    _read_way_on(r)
    _read_script_signs(r)
    _read_message_and_guide(r)
    return _facts(r, warc_record, depth)


def _open(html: str, url: str, final_url: str | None, home: bool) -> _Reading:
    """Parse the page as a browser builds it: an XML document through its stylesheet, scripts a browser cannot parse
    dropped, declarative shadow roots shown; its links resolve against its <base>."""
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
    return _Reading(html=html, url=url, final_url=final_url, home=home, tree=tree, here=here, join=Joiner(base),
                    stranded=stranded)


def _read_head(r: _Reading) -> None:
    """The page's <title>, its metas (the first of each name) and whether a viewport meta sets a width."""
    title_node = r.tree.css_first("title")
    r.title = r.head_title = title_node.text(strip=True).translate(AS_READ) if title_node is not None else ""
    for m in r.tree.css("meta"):
        attrs = m.attributes
        name = attrs.get("name") or attrs.get("property") or attrs.get("http-equiv")
        if not name:
            continue
        key = name.strip().lower()
        content = (attrs.get("content") or "").strip()
        if key == "viewport" and "width" in content.lower():
            r.viewport = True
        r.meta.setdefault(key, content)


def _show_framed_and_scripted(r: _Reading, script_text: Callable[[str], str | None] | None,
                              frame_html: Callable[[str], str | None] | None, rendered: bool = False) -> None:
    """Put into the tree what a visitor sees beside the HTML — the homepage's footer frames, what scripts write and
    draw (in a `rendered` DOM, only what it does not show yet) —, then fold it all as a reader sees it."""
    tree, html, join = r.tree, r.html, r.join
    r.unread_frames = _splice_footer_frames(tree, join, frame_html, (r.url, r.final_url or r.url)) if r.home else ()
    # inline document.write with literal arguments: what it writes is part of the page
    # and so is what the literal document.write calls of a script file the crawl archived (`script_text`) write
    r.external = external = _archived(script_text, join)
    r.undecoded_write = script_writes.apply_document_writes(tree, external, rendered) \
        if "document.write" in html or "innerHTML" in html or ".html(" in html or external is not None else False
    # and so are the lists a script draws from data the page declares or the crawl archived (a JSON file)
    writes = script_source.writes_dom(html)
    islands = script_source.json_islands(tree) if writes else {}
    r.drawn = script_lists.draw_data_lists(tree, external, islands) if writes or script_lists.names_widget(html) \
        else script_lists.draw_declared(tree)
    # and so is a menu a script draws from names and addresses the page holds (a JSON island)
    r.menu_drawn = writes and script_menus.draw_data_menus(tree, islands) > 0
    # … and all of it is read as a reader sees it (full-width letters and digits as ASCII, no zero-width characters;
    # the homepage always: its footer frames and script-written footer are not in `html`)
    if r.home or _holds_unread(html):
        _fold_as_read(tree)


def _read_scripts(r: _Reading, script_text: Callable[[str], str | None] | None,
                  frame_html: Callable[[str], str | None] | None) -> None:
    """The page's scripts: the files it loads, its inline scripts' bodies, the pages a TRS pager names, the records
    of a data island or of the datastore a list script fetches; then the trees and badges scripts draw."""
    for s in r.tree.css("script"):
        src = s.attributes.get("src")
        if src:
            r.script_srcs.append(src.strip())
            if footer.in_footer_part(s):
                r.footer_srcs.append(src.strip())
            # the official 找错 script carries its site code in an attribute; keep the id too
            sid = s.attributes.get("id")
            if sid:
                r.script_srcs.append("#" + sid)
        else:
            body = s.text()
            r.inline_scripts.append(body)
            if "<record" in body:
                records, empty = _datastore(body)
                r.record_html.extend(records)
                r.empty_records = r.empty_records or empty   # a Hanweb data island with no record: the list is empty
            if "createPageHTML" in body:
                _read_trs_pager(r, body)
    if not r.record_html and not r.empty_records and (frame_html is not None or script_text is not None):
        for body in r.inline_scripts:
            got = _fetched_records(body, r.join, frame_html, script_text) if "url" in body or "GET" in body else None
            if got is not None:
                r.record_html.extend(got[0])
                r.empty_records = r.empty_records or got[1]
                r.fetched_records = True
                r.drawn.append(body)   # (its list is read: the script leaves nothing unseen)
    if "zTree" in r.html:
        script_menus.draw_trees(r.tree, r.inline_scripts)   # (a catalogue tree drawn from nodes the page declares)
    if r.tree.css_first("#_ideConac") is not None:
        r.script_srcs.append("#_ideConac")   # the official conac badge embed (its script writes the badge here)


def _read_trs_pager(r: _Reading, body: str) -> None:
    """The pages a TRS pager call of an inline script names, when the server printed their count into it."""
    pm = _TRS_PAGER.search(body)
    count = _pager_count(pm.group(1), body[:pm.start()]) if pm else None
    if pm and count is not None:
        r.printed_pager = True
        r.no_pages = count == 0
        name, ext = pm.group(3), pm.group(4)
        for i in range(1, min(count, 200)):
            u = r.join(f"{name}_{i}.{ext}")
            if u:
                r.pagination.append(u)


def _set_unseen_apart(r: _Reading) -> None:
    """Find the blocks no visitor can ever see; on a page other than the homepage, drop those printing only a date."""
    # (blocks no visitor can ever see — a staff test block, a retired footer or header: hidden, opened by nothing
    # —: the homepage's marks and freshness, every page's search form and entries, another page's rows and dates
    # are read without them; there a list's row hidden among rows that show is no slide: a 测试信息 row, hidden
    # duplicates)
    r.scriptless = script_signs.runs_no_script(r.script_srcs, r.inline_scripts, r.join)
    unseen = unseen_blocks(r.tree, r.html, r.inline_scripts, r.scriptless, rows=not r.home)
    if unseen and not r.home:
        # (a date printed alone where no visitor sees it dates no row beside the date shown — a theme's hidden
        # `updated` time —: the rows are read without it)
        date_only = [DATE_ONLY.fullmatch(b.text(deep=True).strip()) is not None for b in unseen]
        for block in (b for b, alone in zip(unseen, date_only, strict=True) if alone):
            block.decompose()   # (after every block is read: one may hold another)
        unseen = [b for b, alone in zip(unseen, date_only, strict=True) if not alone]
    r.unseen = unseen


def _missing_alts(tree: LexborHTMLParser) -> tuple[int, int, str]:
    """How many images the page shows, how many have no alt, and the first such image's src."""
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
    return images, missing_alt, missing_example


def _read_rows(r: _Reading) -> None:
    """The page's links and dated rows (`read_anchors`) and its jump menus' options; links and rows only inside
    blocks no visitor can ever see are set apart."""
    tree, html, join, here, inline_scripts, unseen = r.tree, r.html, r.join, r.here, r.inline_scripts, r.unseen
    if "new Date" in html:
        script_writes.drop_clocks(tree, inline_scripts)   # (a rendered page's clock, filled from the visitor's time)
    # (a row's date a script prints from the machine time the row carries, as a browser in China shows it)
    r.unread_dates = script_writes.print_timestamps(tree, inline_scripts) if (
        "data-" in html or "datetime" in html) and "Date" in html else 0
    links, items = r.links, r.items
    jumps: list[str] = []
    read_anchors(tree, join, links, items, r.pagination, set(), r.script_entries, r.switches,
                 clicked=clicked_attributes(inline_scripts), weekdays=weekday_list(html), page_url=here,
                 grouped=grouped_list(html), scriptless=r.scriptless, unseen=bool(unseen),
                 read_data=read_data_attributes(inline_scripts), jumps=jumps)
    # (a name given to a jump and to a link running a script too keeps the script's unknown way on)
    scripted, jumped = Counter(r.script_entries), Counter(jumps)
    r.part_jumps = frozenset(n for n in jumped if jumped[n] == scripted[n])
    # a jump menu's options, a way on a visitor takes like a link (no row of any list)
    links.extend(jump_menu_links(tree, join, here, in_unseen if unseen else None))
    # links only inside blocks no visitor can ever see are no entries (a row found hidden only among rows that show
    # is left to the rows: its link may be an entry elsewhere)
    r.unseen_links = _only_inside(
        [b for b in unseen if r.home or b.attributes.get(UNSEEN) != ROW], tree, join) if unseen else frozenset()
    if unseen and not r.home:
        hidden_rows = _only_inside(unseen, tree, join)
        items[:] = [it for it in items if it.url not in hidden_rows]
        for block in unseen:
            block.decompose()   # (its words date nothing: an sr-only 发布时间 beside the one shown)
        r.unseen = []


def _read_records(r: _Reading) -> None:
    """The rows of the records a script renders (a Hanweb data island's, a fetched datastore's), and how many of
    them its paging script shows at once."""
    # its paging script shows the records a page at a time: the first page shows that many (the rest, its page 2)
    shown_at_once = [int(m.group(1)) for b in r.inline_scripts for m in _PER_PAGE.finditer(b) if int(m.group(1))]
    r.per_page = min(shown_at_once) if shown_at_once else 0
    # Hanweb-style lists kept as XML records for a script to render: parse the records as HTML too — table rows
    # (`<record><![CDATA[<tr><td>…</td></tr>]]>`, which the script writes between `<table>` and `</table>`)
    # inside a table, where their cells stand apart; any other record inside a list
    rows = "".join(r.record_html)
    frame = ("<table>", "</table>") if _TABLE_ROW.match(rows) else ("<ul>", "</ul>")
    read_anchors(LexborHTMLParser(frame[0] + rows + frame[1]), r.join, r.links, r.items, r.pagination,
                 {row_key(it.url, it.route) for it in r.items}, page_url=r.here)


def _read_side_parts(r: _Reading) -> None:
    """What stands beside the page's own content: side boxes, frames, links that only alert, a picture strip's
    tiles; on the homepage, its footer and its menus' sections."""
    tree, join, home, items = r.tree, r.join, r.home, r.items
    # the side boxes beside the page's own list (热点排行, 最新更新, 推荐阅读, a 图片新闻 strip; a 置顶 box): marked below
    r.aside, r.pinned, r.boxed_too = side_box_links(tree, join, r.title) if not home and items else (
        frozenset(), frozenset(), frozenset())
    r.frame_names, r.targeted = frame_facts(tree, join)
    # (only a link with an onclick or `alert` in its href can be `alert_only`: the others are not walked)
    r.alert_links = tuple(dict.fromkeys(name for a in tree.css('a[href]:is([onclick], [href*="alert" i])') if alert_only(a.attributes.get("href") or "", a.attributes)
                                        and (name := a.text(deep=True, separator="", strip=True) or _img_alt(a))))
    if not items:
        r.tiles, tile_rows = picture_tiles(tree, join)
        items.extend(tile_rows)   # (a picture grid's rows its captions date: 十一月十日 摄)
    if home:
        footer.read_label_pictures(tree)   # (主办单位 drawn as a picture with that alt: the word, where it stands)
        footer.read_style_labels(tree)   # (网站标识码： drawn by the page's own ::before rule: the word, where it stands)
    r.containers = footer.footer_containers(tree) if home else []
    r.footer_images = footer.footer_image_texts(tree) if home else []
    # … and the footer as the visitor sees it: without a footer no visitor can ever see (a retired one left hidden)
    r.seen_containers = footer.footer_containers(tree, in_unseen) if r.unseen and home else r.containers
    r.seen_images = footer.footer_image_texts(tree, in_unseen) if r.unseen and home else r.footer_images
    r.sections = nav_sections(tree, join) if home else {}


def _read_body_text(r: _Reading) -> None:
    """The body's text as a visitor reads it, scripts and styles dropped (the lists scripts write and the date words
    a page keeps or draws marked or read first)."""
    tree = r.tree
    for s in tree.css("ul > script, ol > script, tbody > script"):
        if s.parent is not None and "document.write" in (s.text() or ""):
            s.parent.attrs[printed_lists.WRITES_HERE] = "1"   # a list holding the script that writes its rows
    script_signs.mark_syndicated(tree, r.here, r.title)   # (a box another website's script fills)
    if len(r.items) < ARTICLE_MAX_ITEMS:
        read_kept_dates(tree)   # (发布时间：2天前 read with the full date its <time datetime> keeps)
        read_style_date_words(tree)   # (发布日期： or 年/月/日 drawn by the page's own ::before/::after rules)
    tree.strip_tags(["script", "style", "noscript", "template"])
    r.body_node = body_node = tree.body
    # one walk of the body: its text nodes one a line (the blocks of a list-less page), squeezed into `text`
    r.body_text = body_node.text(deep=True, separator="\n") if body_node is not None else ""
    r.text = " ".join(r.body_text.split())


def _settle_rows(r: _Reading) -> None:
    """The messages a guestbook prints whole as rows, and every row's dates settled: day first, by the months rows
    name, counted from when the page says it was generated (`generated`)."""
    items, text = r.items, r.text
    if r.body_node is not None and submissions(text):
        # a guestbook printing its messages whole — beside a sidebar's linked rows too (a 新闻 box on every page)
        items.extend(message_rows(r.body_node, r.here, unlinked=bool(items)))
    settle_day_first(items)   # (rows printing 05/11/2026 beside 16/11/2026: day first)
    settle_by_named_months(items)   # (2026年10月财政收支情况 dated 06/11/2026: 6 November, day first)
    generated = dates.generation_time(text) if "生成" in text else None
    r.generated = generated = generated or dates.render_time(r.meta)
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
                it.dates += [dates.counted_from(rest_date, generated[0]) for rest_date in dates.relative_dates(rest)]


def _read_publication(r: _Reading, template_dates: frozenset[str], continued: tuple[RawDate, str] | None,
                      as_of: dt.date | None) -> None:
    """When the page says it was published, and whether it is a document (`page_dates.read_publication`)."""
    body_text, links, items, here = r.body_text, r.links, r.items, r.here
    # the body's text blocks, squashed, built once if a heading, a bare date or a sign-off is looked for
    r.blocks = cache(lambda: article.text_blocks(body_text))
    # the links' texts, built once if a heading is looked for (a crumb step a link names is a column, no heading) —
    # but a dated row linking the page itself names the page (a 热点排行 box listing the article beside it): its own
    # heading, no column
    r.link_texts = cache(lambda: frozenset(link.text for link in links) - {
        it.title for it in items if not it.scripted and it.url.split("#")[0] == here.split("#")[0]})
    r.pub = read_publication(r.tree, r.text, body_text, r.meta, r.title, r.join, here, items, r.inline_scripts,
                             r.generated, r.blocks, r.link_texts, template_dates, continued, as_of)
    r.is_article = r.pub.is_article


def _read_declared_empty(r: _Reading) -> None:
    """A column's page declaring that its body has nothing of the column's kind to publish: that column, empty."""
    # a page named as a column (`_named_as_column`) saying in a box of its own (`_stands_alone`) that its body has
    # nothing of the column's kind to publish (本机关无行政处罚信息, 本年度未发生突发事件) and listing nothing else is that
    # column, declared empty: a link within the statement leads elsewhere (请查阅部门信息公开), no row, and a labelled
    # date under it (更新时间, 发布日期) dates the statement (kept as `pubdate`), no document
    text, items = r.text, r.items
    if not r.home and not r.pub.by_meta and (not r.is_article or r.pub.byline_at >= 0) and (
            "无" in text or "未" in text or "不涉及" in text) and (   # (what every such statement holds: a cheap test first)
            said := printed_lists.NOTHING_TO_PUBLISH.search(text)) is not None and all(
            printed_lists.NOTHING_TO_PUBLISH.search(it.row or it.title) for it in items) and _named_as_column(
            r.title, r.meta, text) and _stands_alone(r.body_node, said.group(0)):
        r.says_none, r.is_article, r.listless = said.group(0), False, True
        items.clear()


def _title_by_heading(r: _Reading) -> None:
    """A document's title: the heading a visitor reads above its byline, else its ArticleTitle, where its <title>
    says another thing."""
    tree, title, pub, link_texts = r.tree, r.title, r.pub, r.link_texts
    # the document's own title where the page's <title> is only the site's name (中标公告详细页面, 某某网)
    # … but the heading a visitor reads above the byline wins over an ArticleTitle saying another thing (the
    # column's name, a draft's or the previous document's title left in the template)
    above = pub.byline_at if pub.byline_at >= 0 else pub.printed_at
    visible = article.heading_above(r.blocks(), above, link_texts()) if above >= 0 else ""
    if pub.byline_at < 0 and not _set_as_heading(tree, visible):
        visible = ""   # on a page dated by its metas, only a line set as the heading (no information table's cell)
    named = _TAG.sub("", r.meta.get("articletitle", ""))
    heading = visible if visible and "".join(visible.split()) not in "".join(named.split()) else named
    if heading and heading in link_texts():
        # a line above the byline that a link prints names another page (解读文件：the document interpreted), not
        # this one: the page's own heading element titles it
        heading = _plain_h1(tree, link_texts())
    if not heading and pub.byline_at >= 0:
        # a heading set as an image, its words in the alt: the image alone in the block right above the byline
        heading = _heading_image(tree, pub.excerpt)
    # … but not where the page sets as its heading the name its <title> opens with (指南名-某办): a line above
    # the byline is then a part of the document (a 办理流程 cell), not its title
    if heading and not contains_either(title, heading) and not heading_opens_title(tree, title):
        r.title = heading


def _mark_menu_rows(r: _Reading) -> bool:
    """Mark the rows of the navigation's hover panels; True when the page shows no other row."""
    # the rows of the navigation's hover panels (a mega-menu's latest three, its featured story) are the menu's: a
    # page showing no other row says what it says beside a menu, as a page listing nothing does
    items = r.items
    panel_only = menu_panel_links(r.tree, r.join) if items and not r.is_article else frozenset()
    for it in items:
        it.menu_panel = it.url in panel_only
    return bool(items) and all(it.menu_panel for it in items)


def _read_own_words(r: _Reading, template_rows: frozenset[str], menu_rows_only: bool) -> None:
    """The labels of its class-named lists standing empty or filled; what a page listing nothing of its own says:
    its text blocks, a pager's words, a form to write in or to log in."""
    tree, items, is_article = r.tree, r.items, r.is_article
    if not is_article and (not items or len(items) >= 2):
        r.empty_lists, r.filled_lists = printed_lists.list_labels(tree, script_source.written_ids(r.inline_scripts))
        r.empty_lists = r.empty_lists if not items else frozenset()
    only_template_rows = bool(template_rows) and all(it.url in template_rows for it in items)
    if not is_article and (not items or only_template_rows or menu_rows_only) and r.body_node is not None:
        # text blocks of a page that lists nothing: the checks tell a blank column from a single-page column
        # (机构职能, 领导之窗) by the blocks no other page repeats (… nor does one listing only the rows of the
        # template's box: its text and its form to write in are what it is; that box's empty signs are read below)
        r.lines = frozenset(t for t in (x.strip() for x in r.body_text.split("\n")) if len(t) >= MIN_LINE)
        r.says_pages = printed_lists.says_pages(r.text)   # (its words printed apart: 共<strong>3</strong>页)
        r.textarea = tree.css_first("textarea") is not None
        r.form_unsent = r.textarea and forms.form_sends_nothing(tree, r.inline_scripts)
        r.login_form = tree.css_first("input[type=password]") is not None


def _read_empty_signs(r: _Reading) -> None:
    """Whether the page says or shows that its list is empty: a page listing nothing (its frames too), or a sign
    beside a page's rows (a widget's of the template?)."""
    tree, text, body_node = r.tree, r.text, r.body_node
    if not r.is_article and not r.items and body_node is not None:
        r.empty_container = r.empty_records or printed_lists.empty_list_container(tree)
        # (a frame inside the footer shows the site's footer, not the page's content: `footer.footer_frames`)
        framed = [fr for fr in tree.css("iframe[src], frame[src]") if not footer.in_footer_part(fr)]
        r.frames = len(framed)
        r.frame_urls = tuple(dict.fromkeys(u for fr in framed if (u := r.join((fr.attributes.get("src") or "").strip()))))
        # (a box of a row of like boxes saying it is empty beside one that is not — a hub's 在线访谈 saying 暂无访谈
        # beside its 县长信箱 — says nothing of the page)
        r.empty_marker = _EMPTY_SIGN.search(text) is not None
        if r.empty_marker:
            said_text = text
            for box in printed_lists.empty_boxes(body_node, _EMPTY_SIGN):
                said_text = said_text.replace(" ".join(box.text(deep=True, separator="\n").split()), " ", 1)
            r.empty_marker = _EMPTY_SIGN.search(said_text) is not None
        r.blank_content = blank_after_crumb(body_node)
        r.loading = hidden_blocks.shows_loading(tree) and not r.fetched_records
    elif not r.is_article and len(r.items) >= 2:
        # a page that lists items yet shows an empty-list sign: it may belong to a widget of the template
        said = printed_lists.EMPTY_LIST.search(text)
        container = not said and printed_lists.empty_list_container(tree)
        # (an empty list beside a pager the server printed with no page says the list is empty as 共0条 would)
        r.template_empty = said.group(0) if said else (
            NO_PAGES if r.no_pages and not r.undecoded_write else EMPTY_CONTAINER) if container else ""


def _mark_side_boxes(r: _Reading) -> None:
    """Mark the rows that stand only in the side boxes, when the page has a list of its own."""
    aside, pinned, boxed_too, items = r.aside, r.pinned, r.boxed_too, r.items
    if aside or pinned or boxed_too:
        # rows only in the side boxes are not the page's rows — when it lists rows of its own besides, or says its
        # own list is empty (暂无信息 beside busy boxes): a box every row of a page stands in may be its list
        said_empty = bool(r.template_empty) and r.template_empty != EMPTY_CONTAINER
        if said_empty or any(it.url not in aside and it.url not in pinned for it in items):
            for it in items:
                it.aside, it.pinned, it.boxed_too = it.url in aside, it.url in pinned, it.url in boxed_too


def _read_unlinked_rows(r: _Reading) -> list[str]:
    """A page's rows printed with no link (letters, events, anchored sections, lines of text) and its dated rows
    printing an empty date cell; returns what rows printed whole say under their titles."""
    row_bodies: list[str] = []   # what rows printed whole say under their titles (`unlinked_rows`, `anchored_sections`)
    body_node, items, here = r.body_node, r.items, r.here
    if not r.is_article and body_node is not None:
        # a list's rows printed with no link (选登 letters); beside a form to write in they are the form's
        # examples, on a page of that function, unless each row states its letter's handling (已回复, 办理中: the
        # channel's record of its letters) (read after the blocks of a page listing nothing: the letters are a
        # record to read)
        beside_form = r.tree.css_first("textarea") is not None
        items.extend(unlinked_rows(body_node, here, items, beside_form=beside_form, bodies=row_bodies))
        if not beside_form:
            items.extend(timeline_rows(body_node, here, items))   # (a 大事记's events under their years' headings)
            # (a column that is one long page: its notices, answers or reports each an anchored, dated section)
            items.extend(anchored_sections(body_node, here, items, bodies=row_bodies))
        # (a list typed as lines of text: <br> lines, <p>s, <dt>/<dd> pairs, a <pre>'s lines)
        items.extend(text_line_rows(body_node, r.join, here, items, beside_form=beside_form))
    # (rows of a dated list printing an empty date cell: entries with no date)
    r.blank_dated = blank_date_rows(body_node, r.join, items) if not r.is_article and len(items) >= 2 and body_node is not None else ()
    return row_bodies


def _read_prose(r: _Reading, row_bodies: list[str]) -> None:
    """What a page listing items says besides its list, its rows' own words aside."""
    if not r.is_article and r.items:
        # what the page says besides its list (a live interview's transcript beside its 往期回顾 box)
        prose = frozenset(t for t in (x.strip() for x in r.body_text.split("\n")) if len(t) >= PROSE_LINE)
        shown_entry = r.pub.shown_entry
        if shown_entry is not None:   # (the opening of the first entry, shown under its title: the entry's text)
            prose -= {x.strip() for x in shown_entry.text(deep=True, separator="\n").split("\n")}
        # (what a row prints of its document under it — a section's notice, a 预决算 row's 说明 — is the row's text;
        # so are two blocks or more each opening with a linked row's title: a 咨询 table's answers printed below it)
        if r.body_node is not None:
            row_bodies = row_bodies + titled_blocks(r.body_node, r.items, r.body_text)
        if row_bodies:
            said = [" ".join(b.split()) for b in row_bodies]
            prose = frozenset(t for t in prose if not any(" ".join(t.split()) in b for b in said))
        r.prose = prose


def _read_marks(r: _Reading) -> None:
    """The homepage's footer marks (read without the blocks no visitor can ever see), or a 联系我们 page's contact."""
    text, links = r.text, r.links
    if r.home:
        r.has_footer = bool(r.containers) or footer.has_footer_sign(text)
        mark_text = text
        seen_containers, seen_images = r.seen_containers, r.seen_images
        if r.unseen:
            for block in r.unseen:
                mark_text = mark_text.replace(" ".join(block.text(deep=True, separator="\n").split()), " ", 1)
            # (unless nothing of a footer is left: a page whose only footer is hidden may show it by a script)
            r.read_seen = bool(seen_containers) or footer.has_footer_sign(mark_text)
        if not r.read_seen:
            mark_text, seen_containers, seen_images = text, r.containers, r.footer_images
        hidden_links = r.unseen_links if r.read_seen else frozenset()
        before, core = footer.footer_window(mark_text)
        r.marks = marks = footer.read_marks(mark_text, ([*seen_containers, core, *seen_images], before),
                                            ((lk.url, lk.text) for lk in links if lk.url not in hidden_links))
        if "网站标识码" not in marks and r.meta.get("siteidcode"):
            code = r.meta["siteidcode"]
            printed = footer.bare_code(code, [*seen_containers, before + core])
            marks["网站标识码"] = (code, printed or f'<meta name="SiteIDCode" content="{code}">')
    elif "联系" in r.title:
        got = footer.contact(text)   # a 联系我们 page: the contact a footer link leads to
        if got is not None:
            r.marks["联系方式"] = got


def _read_way_on(r: _Reading) -> None:
    """The page's breadcrumb, and whether it is a splash or jump page sending the visitor on (and where)."""
    crumbs = read_crumb(r.text, r.body_node)
    r.crumbs = crumbs = crumbs if r.is_article else within_block(crumbs, r.body_node)
    r.redirect = r.listless and sends_on(
        r.tree, r.text, r.meta, r.links, r.inline_scripts, r.join, r.final_url or r.url, bool(crumbs))
    r.jump_to = jump_target(r.meta, r.inline_scripts, r.join, r.final_url or r.url) if r.redirect else None


def _read_script_signs(r: _Reading) -> None:
    """On the homepage or a page listing nothing: the parts a script may write that the HTML lacks, and the parts
    the page does not show at all."""
    home, external = r.home, r.external
    if home or (r.listless and not r.is_article):
        shown_links = len(r.links) + len(r.script_entries)
        undrawn = [t for t in r.inline_scripts if t not in r.drawn]   # a script whose lists were read leaves none unseen
        texts = {src: external(src) or "" for src in r.script_srcs if not src.startswith("#")} \
            if external is not None else {}
        read_files = frozenset(src for src, text in texts.items() if script_writes.read_whole(text))
        unread = frozenset(src for src, text in texts.items() if text and script_writes.unread_writes(text))
        signs = script_signs.script_signs(r.tree, r.script_srcs, undrawn, r.undecoded_write, r.has_footer or not home,
                                          shown_links, r.printed_pager, tuple(r.footer_srcs), read_files, unread)
        if r.menu_drawn:
            signs -= {"nav"}   # the menu the script writes is drawn from the page's own data: none left unseen
        if r.unread_dates:
            signs |= {"script-dates"}   # dates a script prints from machine times the checks could not read
        r.signs = signs
        # a footer slot left empty is a part of the footer the page does not show (after rendering too)
        r.lacks = frozenset({*(("footer",) if home and (not r.has_footer or "footer-slot" in signs) else ()),
                             *(("nav",) if shown_links < script_signs.MENU_LINKS and not r.menu_drawn else ())})


def _read_message_and_guide(r: _Reading) -> None:
    """A message's own page, and a service guide's labels (its title the service's name where <title> names only
    the kind of page): both documents."""
    tree, text, items = r.tree, r.text, r.items
    r.message = message_facts(text, tuple(it.title for it in items if not it.printed))
    if r.message is not None:
        r.is_article = True   # a message's own page, not a list
    h1 = tree.css_first("h1")
    heading = (r.meta.get("articletitle") or "") + r.head_title + r.title + (h1.text() if h1 is not None else "")
    # a page its breadcrumb files under a 办事指南 column (首页 > 政务服务 > 办事指南), headed by the service's own name
    if _GUIDE_HEADING.search(heading) or any(_GUIDE_CRUMB.search(step) for step in r.crumbs):
        # the guide's own labels: the footer's 联系电话 is the site's, not the service's
        own = text
        for part in r.containers or footer.footer_containers(tree):
            own = own.replace(part, " ", 1)
        guide = guide_labels(tree, own)
        if is_guide(guide):   # the service's name and its department, printed without their labels
            guide |= unlabelled_elements(own, h1.text() if h1 is not None else re.split(r"[_|｜]", r.title)[0])
        if not r.is_article and not items and is_guide(guide):
            r.is_article = True   # a service's guide is a document, its date printed or not (a 政务服务网 guide
            # shows its 事项 and their labels, no 发布时间)
        # (a line above a date printed at the guide's foot — its table's last cell, 承诺时限 | 20个工作日 — titles
        # nothing: only a heading element wins over the 事项名称)
        kind_only = is_kind_only(_TITLE_PART.split(r.title)[0]) or r.title != r.head_title and is_kind_only(
            _TITLE_PART.split(r.head_title)[0]) and not _set_as_heading(tree, r.title)
        if r.is_article and is_guide(guide) and kind_only and (service := service_name(own)):
            r.title = service   # a <title> naming only the kind of page (办事指南_某县人民政府): the guide is titled by
            # the service it guides, its 事项名称
        r.guide = guide


def _facts(r: _Reading, warc_record: str, depth: int) -> PageFacts:
    """The page's facts as the checks read them, the rest of its HTML dropped."""
    tree, html, text, items, is_article, home, join = r.tree, r.html, r.text, r.items, r.is_article, r.home, r.join
    search_form, search_action, search_fields, search_choices, search_words = r.search
    images, missing_alt, missing_example = r.images
    url, final_url, title, crumbs, marks, read_seen = r.url, r.final_url, r.title, r.crumbs, r.marks, r.read_seen
    spans = title_spans(r.body_text, items) if not is_article else []   # (where its rows' titles stand: read once)
    return PageFacts(
        url=url, final_url=_as_fetched(final_url or url), warc_record=warc_record, depth=depth, title=title,
        meta=r.meta, links=r.links, items=items, pubdate=r.pub.date, pubdate_excerpt=r.pub.excerpt,
        is_article=is_article, pagination=r.pagination, images=images, images_missing_alt=missing_alt,
        missing_alt_example=missing_example, viewport=r.viewport, script_srcs=r.script_srcs,
        search_form=search_form, marks=marks, message=r.message, guide_elements=r.guide, text_head=text[:300],
        lines=r.lines, says_pages=r.says_pages, says_none=r.says_none, prose=r.prose, textarea=r.textarea,
        form_unsent=r.form_unsent, empty_marker=r.empty_marker, empty_container=r.empty_container,
        data=r.data,
        breadcrumb=() if is_article else crumbs, signs=r.signs, lacks=r.lacks,
        error_page=is_error_page(title, text, bool(items) or is_article or r.textarea), login_form=r.login_form,
        text_chars=len(text), nav_sections=r.sections, frames=r.frames, frame_urls=r.frame_urls,
        template_empty=r.template_empty, per_page=r.per_page, empty_lists=r.empty_lists, filled_lists=r.filled_lists,
        blank_content=r.blank_content, loading=r.loading, script_entries=tuple(dict.fromkeys(r.script_entries)),
        part_jumps=r.part_jumps, search_action=search_action, search_fields=search_fields,
        search_choices=search_choices, search_words=search_words, redirect=r.redirect, jump_to=r.jump_to,
        badge_slots=script_marks.badge_slots(tree, _CUSTOM_ELEMENT.search(html) is not None, r.stranded),
        mark_images=footer.image_marks(tree, in_unseen if read_seen else None) if home else (),
        switches=tuple(dict.fromkeys(r.switches)), frame_names=r.frame_names, targeted=r.targeted,
        unread_frames=r.unread_frames, list_heading=heading_above_rows(r.body_text, spans),
        list_notes=notes_at_rows(r.body_text, spans),
        tiles=() if is_article else r.tiles, alert_links=r.alert_links,
        before_crumb=rows_before_crumb(r.body_text, ((it.url, it.title) for it in items if not it.scripted))
        if crumbs and not is_article and len(items) >= 2 else frozenset(), blank_dated=r.blank_dated,
        date_lines=r.pub.date_lines,
        threads=tuple(ThreadRow(join(t.href) or t.href, t.posted, t.replies) for t in thread_rows(tree))
        if not is_article and len(items) >= 2 and "<table" in html else (),
        no_official_floor="post_" in html and floors_all_ordinary(tree),
        message_table=len(items) >= 2 and "<th" in html and any(
            SUBMIT_HEADER.fullmatch("".join(th.text(deep=True).split())) for th in tree.css("th")),
        unseen_links=r.unseen_links, settling=r.pub.settling,
        bare_sponsor=footer.bare_sponsor(tree, in_unseen if read_seen else None)
        if home and "网站主办单位" not in marks else "",
        date_cells=_date_cells(r.body_node) if home and not items and r.body_node is not None else 0,
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


def _set_as_heading(tree: LexborHTMLParser, text: str) -> bool:
    """A heading element of the page, or a block classed as its title (<div class="title">), prints `text`."""
    squashed = "".join(text.split())
    return bool(squashed) and any("".join(node.text().split()) == squashed
                                  for node in tree.css("h1, h2, h3, h4, h5, h6, [class*=title], [class*=tit]"))


