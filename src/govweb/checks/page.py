"""One parse per page: everything the checks need from a page, extracted in a single pass with selectolax.

The result (`PageFacts`) is small, so a whole site fits in memory without its HTML. List items are found the
way monitoring platforms do it, from markup-independent structure: an anchor whose row (its enclosing `li`,
`tr`, `dd`, or a short `div`/`p`) carries a date outside the anchor text — `<li><a>标题</a><span>2020-11-26</span>
</li>`, table rows, `[11-26]` brackets, dates inside the anchor at its start or end.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from govweb.checks import article, datapage, dates, footer, scripts
from govweb.checks.datapage import DataFacts
from govweb.checks.dates import RawDate
from govweb.checks.out_of_service import MAINTENANCE, SUSPENDED
from govweb.device import block_heads, definitions, phones_only
from govweb.htmlstd import parse_refresh
from govweb.urlnorm import UnsupportedURL, normalize, same_page, try_resolve

# Labels of service-guide key elements (国办秘函〔2019〕19号 办事指南要素) and their usual synonyms.
GUIDE_ELEMENTS: dict[str, tuple[str, ...]] = {
    "事项名称": ("事项名称", "项目名称", "服务名称", "事项标题"),
    "设定依据": ("设定依据", "办理依据", "法律依据", "实施依据", "法定依据"),
    "申请条件": ("申请条件", "受理条件", "办理条件", "申报条件"),
    "办理材料": ("办理材料", "申请材料", "提交材料", "所需材料", "申报材料", "材料目录"),
    "办理地点": ("办理地点", "受理地点", "办理地址", "办公地点", "窗口地址"),
    "办理机构": ("办理机构", "实施机关", "实施主体", "受理机构", "办理部门", "受理部门", "实施机构"),
    "收费标准": ("收费标准", "是否收费", "收费依据", "收费情况", "收费项目"),
    "办理时间": ("办理时间", "办公时间", "受理时间", "工作时间"),
    "联系电话": ("联系电话", "咨询电话", "咨询方式", "联系方式", "监督电话"),
    "办理流程": ("办理流程", "办事流程", "办理程序", "流程图"),
}
_GUIDE_LABEL_TO_ELEMENT = {syn: el for el, syns in GUIDE_ELEMENTS.items() for syn in syns}
_GUIDE_RE = re.compile("|".join(sorted(_GUIDE_LABEL_TO_ELEMENT, key=len, reverse=True)))

# Message (留言/信件) labels on detail pages and list rows.
SUBMIT_LABEL = re.compile(
    r"(?:留言时间|留言日期|提交时间|提交日期|来信时间|来信日期|咨询时间|写信时间|提问时间|发信时间|信件时间|"
    r"受理时间|受理日期|登记时间|诉求时间)\s*[:：]?\s*(" + dates.YMD + r")"
)
_REPLY_LABEL = re.compile(
    r"(?:回复时间|回复日期|答复时间|答复日期|办结时间|办结日期|反馈时间|处理时间|回复于)\s*[:：]?\s*"
    r"(" + dates.YMD + r")"
)
_UNANSWERED = re.compile(r"未回复|待回复|尚未回复|未答复|待答复|暂未回复|正在办理|办理中|处理中|未办结|待处理")
_ANSWERED = re.compile(r"已回复|已答复|已办结|已处理|已反馈")

_PAGINATION_TEXT = re.compile(r"^(?:下一页|下页|后页|尾页|末页|上一页|上页|前页|\d{1,4}|>|>>|›|»|next|last)$", re.I)
# A way back (返回首页, 返回上一页, 返回留言列表): navigation, never a list row — even beside a date (系统已于2016年12月31日
# 停止使用 … 返回首页).
BACK_LINK = re.compile(r"^(?:返回|回到)(?:[\u4e00-\u9fa5]{0,4}?(?:首页|主页|上一?页|上一级|列表|顶部))?$")
_TRS_PAGER = re.compile(r"createPageHTML\(\s*['\"]?(\d+)['\"]?\s*,\s*['\"]?(\d+)['\"]?\s*,\s*['\"](\w+)['\"]\s*,\s*['\"](\w+)['\"]")
_EDGE_DATE = re.compile(
    r"^\s*[\[【(（]?\s*((?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{2}[-/]\d{2})\s*[\]】)）]?"
    r"|[\[【(（]?\s*((?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{2}[-/]\d{2})\s*[\]】)）]?\s*$"
)

# A list's only cell saying it holds nothing of its kind, alone between blocks: 暂无信件, 暂无留言, 暂无来信
EMPTY_CELL = re.compile(r"(?:^|\s)暂无[\u4e00-\u9fff]{1,4}(?:\s|$)")
# A page that answers 200 but says it is an error or a placeholder (a soft 404).
_ERROR_TITLE = re.compile(r"^\s*404|404\s*$|页面不存在|页面未找到|找不到(?:页面|网页)|出错了|错误页|Not Found|not found|无法访问|已删除")
_ERROR_TEXT = re.compile(
    r"(?:页面|网页)(?:不存在|未找到|走丢|不见了|找不回|丢失了|去火星)|找不到(?:该|您要访问的|您所访问的|您要找的|您要的)?(?:页面|网页)"
    r"|您(?:所|要)?(?:访问|请求|查看)的(?:页面|网页|内容|信息|栏目|文章|资源)(?:不存在|已被?删除|出错|已下线|已失效)"
    r"|(?:页面|网页)(?:暂时)?无法(?:访问|显示|打开)|(?i:not found)|Internal Server Error|Bad Gateway"
    r"|Service (?:Temporarily )?Unavailable|Gateway Time-?out|404|页面已删除|(?:栏目|页面|网站)(?:正在)?建设中|正在建设|敬请期待|系统(?:错误|繁忙|异常)|访问出错"
    r"|(?:该|此)(?:栏目|文章|信息|内容|页面|链接)(?:不存在|已被?删除|已下线|已失效)|服务器(?:内部)?错误|网址是否正确|地址有误"
    # a system under maintenance says so as its state (系统维护中, 平台正在进行维护升级，请稍后再试), not in a
    # notice's title (关于系统维护的公告)
    r"|(?:系统|网站|平台|页面)(?:正在(?:进行)?)?(?:维护|升级)+中|(?:维护|升级)中?[，,。！!~\s]*请稍后"
)
# A page whose only job is to send the visitor on (a splash or jump page): a meta refresh, a script redirect,
# or a short page with an "enter" link.
_SCRIPT_REDIRECT = re.compile(
    r"location(?:\.href)?\s*=(?!=)|location\.(?:replace|assign)\s*\(|window\.open\s*\([^)]*['\"]_self['\"]"
    r"|navigate\s*\(\s*['\"]")
_ENTER = re.compile(r"进入|enter", re.I)
_FUNCTION_HEAD = re.compile(r"function\s*([\w$]*)\s*\([^)]*\)$|\)\s*=>$")
_ON_LOAD = re.compile(r"^[(!+]\s*function\s*\([^)]*\)$|(?:\$|jQuery)\s*\(\s*(?:document\s*\)\s*\.\s*ready\s*\(\s*)?function\s*\(\s*\)$|onload\s*=\s*function"
                      r"|setTimeout\s*\(\s*function|addEventListener\s*\(\s*['\"](?:load|DOMContentLoaded)['\"]")
REDIRECT_MAX_CHARS = 300
_ERROR_TEXT_MAX = 400      # a soft-error page prints little more than the message (plus the site template)
# Breadcrumbs: 当前位置：首页 > 新闻中心 > 部门动态
_CRUMB_LABEL = re.compile(r"(?:当前位置|您的位置|您现在的位置|您当前的位置|所在位置|现在位置|当前页面|位置)\s*[:：]\s*")
_CRUMB_BARE = re.compile(r"(?:网站首页|首页|主页)\s*(?:>|＞|»|›|→|>>|/|\s[-－—]\s)")
_CRUMB_SEP = re.compile(r"\s*(?:>>|>|＞|»|›|→|/|\\)\s*|\s+[-－—]\s+")
_TAG = re.compile(r"<[^>]*>")   # markup a CMS leaves in a meta value (ArticleTitle "标题<br/>副题")
_CDATA_RECORD = re.compile(r"<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", re.S)
_EMPTY_RECORDSET = re.compile(r"<recordset>\s*</recordset>|<recordset\s*/>")
_SKIP_HREF = ("javascript:", "mailto:", "tel:", "#", "data:", "about:")
_STOP_CLIMB = frozenset({"ul", "ol", "table", "tbody", "thead", "body", "html", "form", "nav", "header", "footer"})
_ROW_TAGS = frozenset({"li", "tr", "dd", "dt"})
_MAX_ROW_TEXT = 300
_DATE_CELL_MAX = 30   # a row's date cell: the date and little else
_ROW_REST_MAX = 60     # text of a row beyond its link: a date, a source, a status — not a paragraph
ARTICLE_MAX_ITEMS = 5   # a page listing this many dated entries is a list, whatever else it prints
MIN_LINE = 2          # shortest text block kept for the own-content tests
PROSE_LINE = 10       # shortest text block of a list page kept as what it says besides its list


@dataclass(slots=True)
class Link:
    url: str
    text: str
    heading: str = ""     # a 更多 (more) link's block heading, a nameless icon link's tile caption: what it leads to
    section: bool = False   # it leads to a named part of its own page (`index.html#fdzdgknr`: a tab, a section)

    @property
    def name(self) -> str:
        """What the link names: a 更多 link's block heading (a nameless link's caption), else its text."""
        return self.heading or self.text


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


@dataclass(slots=True)
class MessageFacts:
    submitted: RawDate | None
    replied: RawDate | None
    unanswered_marker: bool
    excerpt: str


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
    prose: frozenset[str] = frozenset()       # text blocks of ≥ PROSE_LINE chars of pages that list items
    textarea: bool = False                    # a form to write in (留言、信箱)
    empty_marker: bool = False                # the page says its list is empty (暂无信息, 共0条 …)
    empty_container: bool = False             # it shows a list container with nothing in it
    data: DataFacts | None = None             # open-data facts (datasets, formats, totals), when it shows any
    breadcrumb: tuple[str, ...] = ()          # 首页 > 新闻中心 > 部门动态, without 首页
    signs: frozenset[str] = frozenset()       # parts a script may write that the HTML lacks (scripts.py)
    lacks: frozenset[str] = frozenset()       # parts the page does not show at all: "footer" (no footer sign on a
                                              # homepage, or an empty footer slot), "nav" (< scripts.MENU_LINKS links)
    error_page: bool = False                  # answers 200 but says 页面不存在 / 建设中 (a soft error page)
    login_form: bool = False                  # a password field (登录, 注册)
    text_chars: int = 0                       # visible text length
    rendered: bool = False                    # the HTML is the browser lane's rendering (set by the context)
    redirect: bool = False                    # a splash or jump page that sends the visitor on (little else)
    nav_sections: dict[str, str] = field(default_factory=dict)   # homepage menus: entry url → its section name
    frames: int = 0                           # iframes/frames of a list-less page (content shown from elsewhere)
    template_empty: bool = False              # a page listing items also shows an empty-list sign (a widget)
    empty_lists: frozenset[str] = frozenset()   # labels of its class-named list containers standing empty (ul.list)
    filled_lists: frozenset[str] = frozenset()  # … and of those holding linked rows (a list page's)
    blank_content: bool = False               # nothing shown between its breadcrumb and its footer
    loading: bool = False                     # it shows a 正在加载… line: its list's data has not arrived
    script_entries: tuple[str, ...] = ()      # names of links that only run a script (无障碍 toolbar, tabs)
    search_action: str = ""                   # where the search form sends its query
    badge_slots: tuple[str, ...] = ()         # badges whose slot a script fills, left empty in this HTML
    mark_images: tuple[tuple[str, str, str, bool], ...] = ()   # homepage marks shown as images (footer.image_marks)
    switches: tuple[str, ...] = ()            # names of controls a click runs in place (<button>, <span onclick>)
    list_heading: str = ""                    # the short line just above its first dated row (通知公告)
    frame_names: tuple[str, ...] = ()         # names (and ids) of its iframes and frames
    targeted: tuple[tuple[str, str], ...] = ()  # (url, window name) of links opening in a named window


_JOIN_CACHE: dict[tuple[str, str], str | None] = {}
_JOIN_CACHE_MAX = 200_000


class _Joiner:
    """urljoin with a cache shared across pages: navigation links repeat on every page, so the key is the part
    of the base a link depends on (nothing for full URLs, the origin for /paths, the directory otherwise)."""

    __slots__ = ("base", "dir", "origin")

    def __init__(self, base: str) -> None:
        self.base = base
        parts = urlsplit(base)
        self.origin = f"{parts.scheme}://{parts.netloc}"
        self.dir = self.origin + parts.path[: parts.path.rfind("/") + 1]

    def __call__(self, href: str) -> str | None:
        if href.startswith(("http://", "https://")):
            key = ("", href)
        elif href.startswith("/") and not href.startswith("//"):
            key = (self.origin, href)
        elif href.startswith(("?", "#")) or not href:
            key = (self.base, href)
        else:
            key = (self.dir, href)
        try:
            return _JOIN_CACHE[key]
        except KeyError:
            pass
        url = self._join(href)
        if len(_JOIN_CACHE) >= _JOIN_CACHE_MAX:
            _JOIN_CACHE.clear()
        _JOIN_CACHE[key] = url
        return url

    def _join(self, href: str) -> str | None:
        """The URL as the page links it, in the crawler's form (`govweb.urlnorm.resolve`): the spelling the crawl
        recorded and evidence cites; pages are compared by `urlnorm.canonical` keys, never by this text."""
        h = href.strip()
        if not h or h.lower().startswith(_SKIP_HREF):
            return None
        url = try_resolve(self.base, h)
        return sys.intern(url) if url is not None else None


def _as_fetched(url: str) -> str:
    """A page's address in the crawler's form (lower-case host, no default port …), its query left as it is."""
    try:
        return normalize(url)
    except UnsupportedURL:
        return url


def _row_date(a: LexborNode, atext: str) -> tuple[RawDate | None, str, list[RawDate], LexborNode | None]:
    """Climb from the anchor to its row; return the date printed there (outside the anchor text)."""
    node = a.parent
    level = 0
    while node is not None and level < 3:
        tag = node.tag
        if tag in _STOP_CLIMB:
            break
        t = node.text(deep=True, separator=" ")
        if len(t) > _MAX_ROW_TEXT:
            if tag in _ROW_TAGS:   # a row with a long summary: the date in a short part of its own
                for child in node.iter(include_text=False):
                    ct = child.text(deep=True, separator=" ")
                    if len(ct) <= _DATE_CELL_MAX and child.tag != "a":
                        d = dates.find_date_cached(ct)
                        if d is not None:
                            return d, (atext + " " + ct.strip()).strip(), dates.find_full_dates(ct), node
            break
        rest = t.replace(atext, " ", 1) if atext else t
        d = dates.find_date_cached(rest)
        if d is not None:
            if level >= 1 and tag not in _ROW_TAGS and (len(node.css("a")) > 2 or len(rest.strip()) > _ROW_REST_MAX):
                break  # a block holding several entries, or prose around a link: not one row
            return d, t.strip(), dates.find_full_dates(rest), node
        if tag in _ROW_TAGS:
            if tag in ("dt", "dd"):  # <dl><dt><a>标题</a></dt><dd>2020-11-26</dd></dl>, or <dd> then a <dd> cell
                found = _date_in_next_cells(node, tag)
                if found is not None:
                    return found[0], (t + " " + found[1]).strip(), dates.find_full_dates(found[1]), node
            break
        node = node.parent
        level += 1
    if atext:
        m = _EDGE_DATE.search(atext)
        if m:
            d = dates.find_date(m.group(1) or m.group(2) or "")
            if d is not None:
                return d, atext, [d] if d[0] is not None else [], None
    return None, "", [], None


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


_SEARCH_BOX = re.compile(r"search|keyword|sousuo|搜索|检索|关键字|关键词", re.I)
# Where a script sends a form-less search box's keyword: a search address the keyword is appended to
# (`window.open('https://search.x.cn/s.do?siteID=3&content=' + encodeURIComponent(kw))`)
_SCRIPTED_SEARCH = re.compile(r"""(['"])((?:https?:)?//[^'"\s]+|/[^'"\s]*)\1\s*\+""")
_SEARCH_URL = re.compile(r"search|sousuo|jsearch|query|so\b|ss\b|find", re.I)


def _scripted_search(inline_scripts: list[str], join: _Joiner) -> str:
    """The search address an inline script appends the keyword to, without the keyword's own parameter; ""
    when no script shows one."""
    for script in inline_scripts:
        for m in _SCRIPTED_SEARCH.finditer(script):
            if _SEARCH_URL.search(m.group(2)):
                return join(re.sub(r"[?&][\w.-]+=$", "", m.group(2))) or ""
    return ""


def _archived(script_text: Callable[[str], str | None] | None, join: _Joiner) -> Callable[[str], str | None] | None:
    """The archived text of a `<script src>` by its src as the page writes it, or None when no script is archived."""
    if script_text is None:
        return None

    def text(src: str) -> str | None:
        absolute = join(src.strip())
        return script_text(absolute) if absolute else None
    return text


def parse_page(
    html: str, url: str, final_url: str | None, warc_record: str, depth: int = 0, home: bool = True,
    script_text: Callable[[str], str | None] | None = None,
) -> PageFacts:
    """Everything the checks read from one page. Footer marks are read only when `home` (the homepage)."""
    tree = LexborHTMLParser(html)
    base = final_url or url
    base_tag = tree.css_first("base[href]")
    if base_tag is not None:
        bh = base_tag.attributes.get("href")
        if bh:
            base = urljoin(base, bh)
    join = _Joiner(base)

    title_node = tree.css_first("title")
    title = title_node.text(strip=True) if title_node is not None else ""
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

    # inline document.write with literal arguments: what it writes is part of the page
    # and so is what the literal document.write calls of a script file the crawl archived (`script_text`) write
    external = _archived(script_text, join)
    undecoded_write = scripts.apply_document_writes(tree, external) \
        if "document.write" in html or "innerHTML" in html or ".html(" in html or external is not None else False
    # and so are the lists a script draws from data the page declares or the crawl archived (a JSON file)
    drawn = scripts.draw_data_lists(tree, external) if scripts.writes_dom(html) else []

    script_srcs: list[str] = []
    footer_srcs: list[str] = []   # scripts placed inside the footer: they write it
    inline_scripts: list[str] = []
    pagination: list[str] = []
    record_html: list[str] = []
    empty_records = False
    printed_pager = False   # a TRS pager: the server printed its page count into the call
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
                if "CDATA" in body:
                    record_html.extend(_CDATA_RECORD.findall(body))
                if _EMPTY_RECORDSET.search(body):
                    empty_records = True   # a Hanweb data island with no record: the list is empty
            if "createPageHTML" in body:
                pm = _TRS_PAGER.search(body)
                if pm:
                    printed_pager = True
                    count, name, ext = int(pm.group(1)), pm.group(3), pm.group(4)
                    for i in range(1, min(count, 200)):
                        u = join(f"{name}_{i}.{ext}")
                        if u:
                            pagination.append(u)

    if tree.css_first("#_ideConac") is not None:
        script_srcs.append("#_ideConac")   # the official conac badge embed (its script writes the badge here)
    search_form = False
    search_action = ""
    for f in tree.css("form"):
        if f.css_first("textarea, input[type=password]") is not None:
            continue   # a form to write a message in, or a login form: never the site search
        action = (f.attributes.get("action") or "").lower()
        has_text = f.css_first("input[type=text], input[type=search], input:not([type])") is not None
        searches = any(k in action for k in ("search", "so", "query", "sousuo", "jsearch", "find"))
        # a <form> written inside a <table> is left empty by the parser (its inputs are moved out of it)
        emptied = f.css_first("input, button, select, textarea") is None and tree.css_first("input") is not None
        if (has_text or emptied and searches) and (
            searches or "搜索" in f.text() or "检索" in f.text()
            or f.css_first("input[value*=搜索], input[value*=检索], button") is not None
        ):
            search_form = True
            search_action = join(f.attributes.get("action") or "") or ""
            break
    else:   # a search box without a form: a script sends its keyword (input#keyword + a 搜索 button)
        search_form = any(_SEARCH_BOX.search(" ".join(v or "" for v in i.attributes.values()))
                          for i in tree.css("input[type=text], input[type=search], input:not([type])"))
        if search_form:
            search_action = _scripted_search(inline_scripts, join)

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

    links: list[Link] = []
    items: list[Item] = []
    script_entries: list[str] = []
    switches: list[str] = []
    _anchors(tree, join, links, items, pagination, set(), script_entries, switches)
    if record_html:
        # Hanweb-style lists kept as XML records for a script to render: parse the records as HTML too
        _anchors(LexborHTMLParser("<ul>" + "".join(record_html) + "</ul>"), join, links, items, pagination,
                 {it.url for it in items})

    frame_names, targeted = _frame_facts(tree, join)
    containers = footer.footer_containers(tree) if home else []
    sections = _nav_sections(tree, join) if home else {}
    tree.strip_tags(["script", "style", "noscript", "template"])
    body_node = tree.body
    # one walk of the body: its text nodes one a line (the blocks of a list-less page), squeezed into `text`
    body_text = body_node.text(deep=True, separator="\n") if body_node is not None else ""
    text = " ".join(body_text.split())
    if not items and body_node is not None and SUBMIT_LABEL.search(text):
        items.extend(_message_rows(body_node, join.base))   # a guestbook printing its messages whole
    listless = not items

    pubdate: RawDate | None = None
    pub_excerpt = ""
    for key in ("pubdate", "publishdate", "firstpublishedtime", "article:published_time", "dc.date"):
        if key in meta:
            pubdate = dates.parse_meta_date(meta[key])
            if pubdate is not None:
                pub_excerpt = f'<meta name="{key}" content="{meta[key]}">'
                break
    is_article = pubdate is not None or bool(meta.get("articletitle"))
    byline_at = -1   # where the date stands in `text`, for the heading above it
    if pubdate is None:
        labelled = dates.labelled_publication_dates(text)
        if labelled:
            byline_at, date_text, pub_excerpt = labelled[0]
            pubdate = dates.find_date(date_text)
            # one labelled time is an article; a list prints one per entry
            is_article = len(labelled) == 1 and len(items) < ARTICLE_MAX_ITEMS
    blocks: list[str] = []   # the body's text blocks, squashed, read when a heading is looked for
    # the links' texts, built once if a heading is looked for (a crumb step a link names is a column, no heading)
    link_texts = cache(lambda: frozenset(link.text for link in links))
    if pubdate is None and len(items) < ARTICLE_MAX_ITEMS:
        # an unlabelled date in the byline (来源：… 2019-03-20), else one the address carries (a script writes it)
        bylines = article.byline_dates(text)
        dated = bylines[0] if len(bylines) == 1 else article.script_written_date(text, base, not bylines)
        if dated is not None:
            # a document has its own heading: printed above the byline, named by <title> or set as a heading
            heading = article.heading_above(blocks := article.text_blocks(body_text), dated[0], link_texts())
            if heading and (_contains_either(title, heading) or heading in {
                    " ".join(h.text().split()) for h in tree.css("h1, h2, h3, h4, h5, h6")}):
                byline_at, pubdate, pub_excerpt = dated
                is_article = True
    if is_article:
        # the document's own title where the page's <title> is only the site's name (中标公告详细页面, 某某网)
        heading = _TAG.sub("", meta.get("articletitle", "")) or (
            article.heading_above(blocks or article.text_blocks(body_text), byline_at, link_texts())
            if byline_at >= 0 else "")
        if heading and not _contains_either(title, heading):
            title = heading

    lines: frozenset[str] = frozenset()
    prose: frozenset[str] = frozenset()
    textarea = False
    empty_marker = False
    login_form = False
    empty_container = False
    template_empty = False
    blank_content = False
    loading = False
    frames = 0
    empty_lists: frozenset[str] = frozenset()
    filled_lists: frozenset[str] = frozenset()
    if not is_article and (not items or len(items) >= 2):
        empty_lists, filled_lists = scripts.list_labels(tree)
        empty_lists = empty_lists if not items else frozenset()
    if not is_article and not items and body_node is not None:
        # text blocks of a page that lists nothing: the checks tell a blank column from a single-page column
        # (机构职能, 领导之窗) by the blocks no other page repeats
        lines = frozenset(t for t in (x.strip() for x in body_text.split("\n")) if len(t) >= MIN_LINE)
        empty_container = empty_records or scripts.empty_list_container(tree)
        textarea = tree.css_first("textarea") is not None
        login_form = tree.css_first("input[type=password]") is not None
        frames = len(tree.css("iframe[src], frame[src]"))
        empty_marker = scripts.EMPTY_LIST.search(text) is not None or EMPTY_CELL.search(text) is not None
        blank_content = _blank_after_crumb(body_node)
        loading = scripts.shows_loading(tree)
    elif not is_article and len(items) >= 2:
        # a page that lists items yet shows empty-list signs: they belong to a widget of the template
        template_empty = scripts.EMPTY_LIST.search(text) is not None or scripts.empty_list_container(tree)
    if not is_article and items:
        # what the page says besides its list (a live interview's transcript beside its 往期回顾 box)
        prose = frozenset(t for t in (x.strip() for x in body_text.split("\n")) if len(t) >= PROSE_LINE)

    data = datapage.data_facts(tree, text, links) if datapage.GATE.search(text) else None

    marks: dict[str, tuple[str, str]] = {}
    has_footer = False
    if home:
        before, core = footer.footer_window(text)
        has_footer = bool(containers) or footer.has_footer_sign(text)
        marks = footer.read_marks(text, ([*containers, core], before), ((lk.url, lk.text) for lk in links))
        if "网站标识码" not in marks and meta.get("siteidcode"):
            code = meta["siteidcode"]
            marks["网站标识码"] = (code, f'<meta name="SiteIDCode" content="{code}">')
    elif "联系" in title:
        got = footer.contact(text)   # a 联系我们 page: the contact a footer link leads to
        if got is not None:
            marks["联系方式"] = got
    crumbs = breadcrumb(text)
    redirect = False
    if (home or listless) and len(text) < REDIRECT_MAX_CHARS and not items:
        refresh = parse_refresh(meta.get("refresh", ""))
        target = join(refresh[1]) if refresh is not None and refresh[1] else None
        sends_on = target is not None and not same_page(target, final_url or url)   # to itself: a reload
        redirect = (sends_on or _script_sends_on(inline_scripts)
                    # an 进入 link makes a splash page only outside the site's hierarchy (under a breadcrumb is inside)
                    or not crumbs and any(_ENTER.search(lk.text) for lk in links)
                    # a frameset shows only its frames' pages (the visitor reads the main frame): a gateway too
                    or tree.css_first("frameset frame[src]") is not None)
    signs: frozenset[str] = frozenset()
    lacks: frozenset[str] = frozenset()
    if home or (listless and not is_article):
        shown_links = len(links) + len(script_entries)
        undrawn = [t for t in inline_scripts if t not in drawn]   # a script whose lists were read leaves none unseen
        signs = scripts.script_signs(tree, script_srcs, undrawn, undecoded_write, has_footer or not home,
                                     shown_links, printed_pager, tuple(footer_srcs))
        # a footer slot left empty is a part of the footer the page does not show (after rendering too)
        lacks = frozenset({*(("footer",) if home and (not has_footer or "footer-slot" in signs) else ()),
                           *(("nav",) if shown_links < scripts.MENU_LINKS else ())})

    message: MessageFacts | None = None
    submitted = SUBMIT_LABEL.finditer(text)
    sm = next(submitted, None)
    if sm and next(submitted, None) is None:   # one message's page (a list of messages prints many labels)
        rm = _REPLY_LABEL.search(text)
        message = MessageFacts(
            submitted=dates.find_date(sm.group(1)),
            replied=dates.find_date(rm.group(1)) if rm else None,
            unanswered_marker=bool(_UNANSWERED.search(text)) and rm is None,
            excerpt=_excerpt(text, sm.start(), (rm.end() if rm else sm.end())),
        )
        is_article = True   # a message's own page, not a list

    guide: frozenset[str] = frozenset()
    h1 = tree.css_first("h1")
    heading = (meta.get("articletitle") or "") + title + (h1.text() if h1 is not None else "")
    if "指南" in heading:
        # the guide's own labels: the footer's 联系电话 is the site's, not the service's
        own = text
        for part in containers or footer.footer_containers(tree):
            own = own.replace(part, " ", 1)
        guide = frozenset(_GUIDE_LABEL_TO_ELEMENT[m] for m in _GUIDE_RE.findall(own))

    return PageFacts(
        url=url, final_url=_as_fetched(final_url or url), warc_record=warc_record, depth=depth, title=title,
        meta=meta, links=links, items=items, pubdate=pubdate, pubdate_excerpt=pub_excerpt,
        is_article=is_article, pagination=pagination, images=images, images_missing_alt=missing_alt,
        missing_alt_example=missing_example, viewport=viewport, script_srcs=script_srcs,
        search_form=search_form, marks=marks, message=message, guide_elements=guide, text_head=text[:300],
        lines=lines, prose=prose, textarea=textarea, empty_marker=empty_marker, empty_container=empty_container, data=data,
        breadcrumb=() if is_article else crumbs, signs=signs, lacks=lacks,
        error_page=_is_error_page(title, text, bool(items) or is_article), login_form=login_form, text_chars=len(text),
        nav_sections=sections, frames=frames, template_empty=template_empty, empty_lists=empty_lists, filled_lists=filled_lists, blank_content=blank_content, loading=loading, script_entries=tuple(dict.fromkeys(script_entries)),
        search_action=search_action, redirect=redirect, badge_slots=scripts.badge_slots(tree),
        mark_images=footer.image_marks(tree) if home else (), switches=tuple(dict.fromkeys(switches)),
        frame_names=frame_names, targeted=targeted, list_heading=_list_heading(body_text, items) if not is_article else "",
    )


_INLINE = frozenset({"a", "span", "em", "strong", "b", "i", "font", "small", "label", "-text"})
_SHOWN = frozenset({"img", "input", "select", "textarea", "button", "iframe", "frame", "embed", "object", "video",
                    "audio", "canvas", "svg"})


def _blank_after_crumb(body: LexborNode) -> bool:
    """The page shows nothing between its breadcrumb (当前位置：…) and its footer: the first text, image or control
    after the breadcrumb's block, in reading order, lies in a footer container (`<footer>`, class foot, bottom …),
    its own name under the crumb aside (`<div class="pos">当前位置：首页 > 互动交流</div><div class="main"></div>
    <div class="footer">…`), or nothing at all follows (the footer, too, is left to a script). A page without a
    labelled crumb is not judged."""
    crumb = next((n for n in body.traverse(include_text=True)
                  if n.tag == "-text" and _CRUMB_LABEL.search(n.text() or "")), None)
    if crumb is None:
        return False
    while crumb.parent is not None and crumb.tag in _INLINE:
        crumb = crumb.parent
    steps = breadcrumb(" ".join(crumb.text(deep=True, separator=" ").split()))
    last_step = steps[-1] if steps else ""
    node: LexborNode | None = crumb
    while node is not None and node.tag not in ("body", "html"):
        sib = node.next
        while sib is not None:
            for n in sib.traverse(include_text=True):
                if n.tag == "-text":
                    t = " ".join((n.text() or "").split())
                    if not t or t == last_step:
                        continue
                elif n.tag not in _SHOWN:
                    continue
                return footer.in_footer_part(n)
            sib = sib.next
        node = node.parent
    return True


_HEADING_MAX = 10
_HEADING_LOOKBACK = 3


def _list_heading(body_text: str, items: list[Item]) -> str:
    """The short line just above the first dated row of the page (a list's heading: 通知公告), within a few lines
    (bullets and dashes skipped), or ""."""
    starts = [i for i in (body_text.find(it.title[:12]) for it in items if not it.scripted and len(it.title) >= 4)
              if i >= 0]
    if not starts:
        return ""
    lines = [t.strip() for t in body_text[: min(starts)].split("\n")]
    shown = [t for t in lines if len(t) >= 2][-_HEADING_LOOKBACK:]
    for line in reversed(shown):
        if len(line) <= _HEADING_MAX and not any(ch.isdigit() for ch in line):
            return line
    return ""


_RESERVED_TARGETS = frozenset({"", "_blank", "_self", "_parent", "_top", "blank", "new"})


def _frame_facts(tree: LexborHTMLParser, join: _Joiner) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The names of the page's frames (`<iframe name="if">`, `<frame name="main">`) and its links that open in a
    named window (`<a target="main">`): with a frame of that name on the site, a menu driving the frame."""
    names = {v for fr in tree.css("iframe, frame") for v in (fr.attributes.get("name"), fr.attributes.get("id")) if v}
    targeted: dict[tuple[str, str], None] = {}
    for a in tree.css("a[href][target]"):
        target = (a.attributes.get("target") or "").strip()
        if target.lower() not in _RESERVED_TARGETS:
            u = join(a.attributes.get("href") or "")
            if u is not None:
                targeted[(u, target)] = None
    return tuple(sorted(names)), tuple(targeted)


def _load_context(heads: list[str]) -> bool | str:
    """Whether a statement inside the blocks `heads` (`device.block_heads`) runs when the page loads: True (top level, or inside
    wrappers that run on load: `(function(){…})()`, `$(function(){…})`, `window.onload = function(){…}`,
    `setTimeout(function(){…})`), False (inside an event handler: any other function without a name), or the
    name of the named function holding it (it runs when that function is called)."""
    for head in reversed([h.strip() for h in heads[:-1]]):   # the blocks around it, innermost first
        m = _FUNCTION_HEAD.search(head)
        if m is None or _ON_LOAD.search(head):
            continue   # a block (if, for, try), or a wrapper that runs on load
        return m.group(1) or False
    return True


def _script_sends_on(inline_scripts: list[str]) -> bool:
    """An inline script moves the visitor on when the page loads: a location change that runs on load, directly
    or in a named function called on load — not one in a branch for phones only (`device.phones_only`: `if
    (/Android|iPhone/i.test(navigator.userAgent)) location.replace('/m/')`; a desktop visitor, the evaluator, stays).
    `function search(){ location.href = "/search?q=" + key }` called from a click handler runs only when a visitor
    asks: no jump."""
    defs: dict[str, str] | None = None   # the scripts' variables, read once a location change is found
    for script in inline_scripts:
        for m in _SCRIPT_REDIRECT.finditer(script):
            defs = definitions("\n".join(inline_scripts)) if defs is None else defs
            heads = block_heads(script, m.start())
            if phones_only(heads, defs):
                continue
            where = _load_context(heads)
            if where is True:
                return True
            if not where:
                continue
            name = re.escape(where)
            call = re.compile(rf"(?<![\w$.])(?<!function ){name}\s*\(|setTimeout\s*\(\s*['\"]?{name}\b")
            if any(_load_context(block_heads(t, c.start())) is True for t in inline_scripts for c in call.finditer(t)):
                return True
    return False


_SECTION_NAME_MAX = 8


def _nav_sections(tree: LexborHTMLParser, join: _Joiner) -> dict[str, str]:
    """Menus of the form <li><a>新闻中心</a><div|ul><a>部门动态</a>…</div></li>: each entry url → 新闻中心."""
    out: dict[str, str] = {}
    for li in tree.css("li"):
        parent = li.parent
        nested = False
        while parent is not None and parent.tag not in ("body", "html"):
            if parent.tag == "li":
                nested = True
                break
            parent = parent.parent
        if nested:
            continue
        anchors = li.css("a[href]")
        if len(anchors) < 2:
            continue
        head = anchors[0].text(deep=True, strip=True)
        if not head or len(head) > _SECTION_NAME_MAX or dates.find_date_cached(li.text(deep=True)[:200]):
            continue
        for a in anchors[1:]:
            u = join(a.attributes.get("href") or "")
            if u is not None:
                out.setdefault(u, head)
    return out


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


def breadcrumb(text: str) -> tuple[str, ...]:
    """The names of a breadcrumb (当前位置：首页 > 新闻中心 > 部门动态 → 新闻中心, 部门动态)."""
    m = _CRUMB_LABEL.search(text)
    start = m.end() if m else -1
    if m is None:
        b = _CRUMB_BARE.search(text)
        if b is None:
            return ()
        start = b.start()
    parts = _CRUMB_SEP.split(text[start : start + 120])
    names: list[str] = []
    for i, part in enumerate(parts):
        word = part.strip().split(" ", 1)[0] if part.strip() else ""
        if not word:
            continue
        if i == 0 and word in ("首页", "网站首页", "主页"):
            continue
        names.append(word[:20])
        if " " in part.strip():
            break   # the last name: what follows it is the page
    return tuple(names[:6])


def _contains_either(a: str, b: str) -> bool:
    """One text holds the other, whitespace aside (an empty text holds nothing)."""
    a, b = "".join(a.split()), "".join(b.split())
    return bool(a and b) and (a in b or b in a)


def _is_error_page(title: str, text: str, content: bool) -> bool:
    """A soft error page; `content`: the page lists items or is an article (then no maintenance notice)."""
    if title and _ERROR_TITLE.search(title) and len(title) < 40:
        return True
    # out of service for maintenance only on a page that lists nothing and is no article: a notice row or an article
    # about a coming maintenance says the same words
    return says_error(text) or not content and len(text) <= _ERROR_TEXT_MAX and MAINTENANCE.search(text) is not None


def says_error(text: str) -> bool:
    """A short text saying the page is an error or a placeholder (页面不存在, 系统维护中, 建设中 …)."""
    return len(text) <= _ERROR_TEXT_MAX and _ERROR_TEXT.search(text) is not None


def says_out_of_service(text: str) -> bool:
    """A short text saying the service it stands for is stopped (平台升级维护，暂停使用; 信箱暂停受理)."""
    return len(text) <= _ERROR_TEXT_MAX and (MAINTENANCE.search(text) or SUSPENDED.search(text)) is not None


# A link's script that only shows a message (javascript:alert('系统升级中，暂停受理'); onclick="alert(…);return false;")
_ALERT_ONLY = re.compile(r"^\s*(?:javascript:\s*)?alert\s*\((['\"]).*?\1\)\s*;?\s*(?:return\s+false\s*;?\s*)?$", re.I | re.S)


def _alert_only(href: str, attrs: dict[str, str | None]) -> bool:
    """The link opens nothing: its script only shows the visitor a message (a channel suspended, 建设中)."""
    onclick = attrs.get("onclick") or ""
    if onclick.strip():
        return _ALERT_ONLY.match(onclick) is not None
    return _ALERT_ONLY.match(href) is not None


# A link whose script opens one address (`href="javascript:;" onclick="window.open('https://zwfw.x.gov.cn/')"`,
# `href="javascript:location.href='/hdjl/'"`): the address a visitor's click goes to.
_OPENS_URL = re.compile(
    r"(?:window\.open|location\.(?:assign|replace)|(?:window\.|document\.|top\.|self\.)?location(?:\.href)?\s*=)"
    r"\s*\(?\s*(['\"])((?:https?://|/|\.{1,2}/)[^'\"\s]*)\1")


# A full address handed to a site's own opener (onclick="openUrl('https://zwfw.x.gov.cn/')")
_FULL_URL_ARG = re.compile(r"(['\"])(https?://[^'\"\s]+)\1")


def _scripted_target(href: str, attrs: dict[str, str | None], join: _Joiner) -> str | None:
    """Where a `javascript:` or `#` link's script sends the visitor, when it names one address (opened by
    window.open or a location change, or the one full http address the click hands to a function); else None."""
    script = f"{attrs.get('onclick') or ''} {href}"
    found = {m.group(2) for m in _OPENS_URL.finditer(script)} or {m.group(2) for m in _FULL_URL_ARG.finditer(script)}
    return join(found.pop()) if len(found) == 1 else None


def _anchors(
    tree: LexborHTMLParser, join: _Joiner, links: list[Link], items: list[Item], pagination: list[str],
    seen_items: set[str], script_entries: list[str] | None = None, switches: list[str] | None = None,
) -> None:
    """Every link of the tree into `links`; pager links into `pagination`; dated rows into `items`. A dated row
    whose link only runs a script (javascript:, #) is an entry too (a visitor sees it); short names of such links
    go to `script_entries` (无障碍 toolbars, tabs)."""
    for a in tree.css("a[href]"):
        attrs = a.attributes
        href = attrs.get("href")
        if not href:
            continue
        u = join(href)
        if u is None:
            u = _scripted_target(href, attrs, join)
        atext = a.text(deep=True, separator="", strip=True)
        if not atext:
            atext = (attrs.get("title") or attrs.get("aria-label") or "").strip()
            if not atext:
                inner = a.css_first("img")
                if inner is not None:
                    atext = (inner.attributes.get("alt") or inner.attributes.get("title") or "").strip()
        if u is None:
            if not href.strip().lower().startswith(("javascript", "#")) or not atext:
                continue
            if _own_section(tree, href, join.base, join.base):
                links.append(Link(join.base, atext, section=True))   # a tab of the page (href="#gkml")
            if script_entries is not None and len(atext) <= _SCRIPT_ENTRY_MAX and not _alert_only(href, attrs):
                script_entries.append(atext)
            if len(atext) < _SCRIPT_ROW_MIN or BACK_LINK.match(atext):
                continue
            d, row, all_dates, _ = _row_date(a, atext)
            title = atext
            if d is None and len(atext) > _BLOCK_TITLE_MIN:
                d, title = _block_date(a, atext)
                row = title
                all_dates = [d] if d is not None and d[0] is not None else []
            if d is not None:
                key = f"{join.base}#row-{len(items)}"
                items.append(Item(key, title, d, row[:200], all_dates, _status(row), scripted=True))
            continue
        links.append(Link(u, atext, block_heading(a) if MORE.match(atext) else "" if atext else tile_caption(a),
                          section=_own_section(tree, href, u, join.base)))
        if _PAGINATION_TEXT.match(atext):
            pagination.append(u)
            continue
        if len(atext) < 2 or BACK_LINK.match(atext):
            continue
        d, row, all_dates, _ = _row_date(a, atext)
        title = atext
        if d is None and len(atext) > _BLOCK_TITLE_MIN:
            d, title = _block_date(a, atext)
            row = title
            all_dates = [d] if d is not None and d[0] is not None else []
        if d is None or u in seen_items:
            continue
        seen_items.add(u)
        long_title = (attrs.get("title") or "").strip()
        items.append(Item(u, long_title if len(long_title) > len(title) else title, d, row[:200], all_dates,
                          _status(row)))
    # a tile or menu item that is no link but opens one address on click (<li onclick="window.open('…')">网上办事</li>)
    for node in tree.css("[onclick]"):
        if node.tag == "a" and node.attributes.get("href") is not None or node.css_first("a[href]") is not None:
            continue
        u = _scripted_target("", node.attributes, join)
        img = node.css_first("img")
        name = node.text(deep=True, separator="", strip=True) or (
            (img.attributes.get("alt") or img.attributes.get("title") or "") if img is not None else "")
        if u is not None and name and len(name) <= _SCRIPT_ENTRY_MAX and node.tag != "a":
            links.append(Link(u, name.strip(), ""))
        elif u is None and name and len(name) <= _SCRIPT_ENTRY_MAX and switches is not None:
            switches.append(name.strip())   # a control a click runs in place (a 关怀版 / 无障碍 switch)
    if switches is not None:
        switches.extend(n for n in (b.text(deep=True, strip=True) for b in tree.css("button"))
                        if n and len(n) <= _SCRIPT_ENTRY_MAX)


def _own_section(tree: LexborHTMLParser, href: str, url: str, page_url: str) -> bool:
    """The link leads to a part of its own page that the page holds (`/col/col12/index.html#fdzdgknr` beside
    `<div id="fdzdgknr">`): a section or tab of the page, not a placeholder link back to it."""
    fragment = href.partition("#")[2].strip()
    if not fragment or not _FRAGMENT_ID.fullmatch(fragment) or not same_page(url, page_url):
        return False
    return tree.css_first(f'[id="{fragment}"], a[name="{fragment}"]') is not None


_FRAGMENT_ID = re.compile(r"[A-Za-z][\w-]*")


# A link that names nothing but "more of this block": 更多, 更多>>, 查看更多, more+, MORE », or only its arrow (>>, +, …)
MORE = re.compile(r"^(?=\S)(?:(?:查看|浏览)?更多(?:信息|内容)?|more)?\s*(?:[>＞»›+]+|…+|\.{3})?$|^\+\s*更多$", re.I)
_HEADING_CLIMB = 3
_WORDS = re.compile(r"[\u4e00-\u9fffA-Za-z]{2}")
_BLOCK_HEADING_MAX = 12


def block_heading(a: LexborNode) -> str:
    """The heading of the block a 更多 link closes (`<div class="hd"><h3>政策解读</h3><a>更多</a></div>`,
    `<div class="title">通知公告<span><a>more</a></span></div>`): the one short text beside the link within the
    nearest blocks that hold no other link, or "" when a block around it holds other links or several texts first
    (tabs, a list: which of them the link continues is unknown)."""
    return _text_beside(a, _HEADING_CLIMB, _STOP_CLIMB | _ROW_TAGS)


def _text_beside(a: LexborNode, climb: int, stop: frozenset[str]) -> str:
    """The one short text beside link `a` within the nearest of `climb` blocks around it (none of `stop`'s tags)
    that holds no other link, or "" when a block holds other links or several texts first."""
    own = _text_pieces(a)
    node = a.parent
    for _ in range(climb):
        if node is None or node.tag in stop or len(node.css("a[href]")) > 1:
            return ""
        pieces = _text_pieces(node)
        for piece in own:
            if piece in pieces:
                pieces.remove(piece)
        if len(pieces) > 1:
            return ""
        if pieces:
            text = pieces[0]
            named = len(text) <= _BLOCK_HEADING_MAX and _WORDS.search(text) and not dates.find_date_cached(text)
            return text if named else ""
        node = node.parent
    return ""


_TILE_CLIMB = 2


def tile_caption(a: LexborNode) -> str:
    """The caption of a nameless link (an icon with no alt) in its tile: the one short text of the nearest block
    around it that holds no other link (`<li><a href="…"><img src="i_bsfw.png"></a><p>办事服务</p></li>`), or ""."""
    return _text_beside(a, _TILE_CLIMB, _STOP_CLIMB)


def _text_pieces(node: LexborNode) -> list[str]:
    """The node's text nodes that say something (not bare separators: |, >>, ：)."""
    pieces = ("".join(t.split()).strip("|｜:：>＞»›+-—·") for t in node.text(deep=True, separator="\n").split("\n"))
    return [p for p in pieces if p]


_SCRIPT_ENTRY_MAX = 16
_SCRIPT_ROW_MIN = 4
_BLOCK_TITLE_MIN = 12


_MESSAGE_TITLE = re.compile(r"^(?:主题|标题|留言主题|信件标题|来信标题)\s*[:：]\s*")   # a label before the title
_MESSAGE_TITLE_MAX = 60


def _message_rows(body: LexborNode, base: str) -> list[Item]:
    """Messages a guestbook prints whole, with no page of their own to link (主题：… 留言时间：2022-02-16 … 回复时间：…):
    each block holding one 留言时间 label (the largest such block) is an entry of the list, named by the page's
    address and its place; two or more make a list (one is a message's own page)."""
    blocks: list[LexborNode] = []
    for node in body.traverse(include_text=True):
        if node.tag != "-text" or not SUBMIT_LABEL.search(node.text() or ""):
            continue
        block = node.parent
        while block is not None and block.parent is not None and block.parent.tag not in ("body", "html") \
                and len(SUBMIT_LABEL.findall(block.parent.text(deep=True, separator=" "))) == 1:
            block = block.parent
        if block is not None and not any(b.mem_id == block.mem_id for b in blocks):
            blocks.append(block)
    if len(blocks) < 2:
        return []
    rows: list[Item] = []
    for i, block in enumerate(blocks):
        text = " ".join(block.text(deep=True, separator=" ").split())
        m = SUBMIT_LABEL.search(text)
        if m is None:
            continue
        pieces = [p.strip() for p in block.text(deep=True, separator="\n").split("\n") if p.strip()]
        title = next((t for t in (_MESSAGE_TITLE.sub("", p).strip() for p in pieces)
                      if t and not SUBMIT_LABEL.search(t)), text)[:_MESSAGE_TITLE_MAX]
        rows.append(Item(f"{base}#message-{i}", title, dates.find_date(m.group(1)), text[:200],
                         dates.find_full_dates(text), _status(text), scripted=True))
    return rows


def _status(row: str) -> str | None:
    if _UNANSWERED.search(row):
        return "unanswered"
    if _ANSWERED.search(row):
        return "answered"
    return None


def _block_date(a: LexborNode, atext: str) -> tuple[RawDate | None, str]:
    """An anchor wrapping blocks (<a><h3>标题(2020-09-30)</h3><p>摘要</p></a>): the date printed at the edge of one
    of its lines, and that line as the title."""
    lines = [t.strip() for t in a.text(deep=True, separator="\n").split("\n") if t.strip()]
    if len(lines) < 2:
        return None, atext
    for line in lines:
        m = _EDGE_DATE.search(line)
        if m:
            d = dates.find_date(m.group(1) or m.group(2) or "")
            if d is not None:
                return d, (line[: m.start()] + line[m.end():]).strip() or line
    return None, atext


_excerpt = footer.excerpt
