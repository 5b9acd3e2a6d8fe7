"""Columns (栏目): discovery, typing, pagination, item dates, staleness, blank columns, homepage freshness.

A column is a list page: one that declares itself (`ColumnName` meta without article meta), one that lists
several dated entries, or one that the navigation names with a column word (动态, 通知公告, 政策文件 …) or that
shows an empty list (暂无信息, 共0条, an empty list container). Function pages (联系我们, 网站地图, 长者模式,
在线访谈, search, login, message forms, 关于我们 …) list nothing and are never columns.
Pages reached through its pager (下一页, 2, 3 …, TRS `createPageHTML`, `index_1.html`) are merged into it.
A column's type comes from its `ColumnType` meta, its name, its title, then its breadcrumb and menu section.
Item dates come from the list row; a month-day-only date takes its year from the item's detail page when it
was crawled, else from the item's dated URL, else the latest year that does not put it after the as-of date;
a row without a date takes the detail page's 发布时间 / PubDate; a row with two full dates (成文 | 发布, 来信 | 答复) the
later one not after the as-of date; an item with no date at all counts as not updated.
A list that a script fills, on a page the browser lane did not render, is not measured (never blank or stale).
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from collections import Counter
from urllib.parse import parse_qsl, urljoin, urlsplit

from govweb.checks.context import SiteContext
from govweb.checks.dates import RawDate, dated_url, to_date, year_from_url
from govweb.checks.integrity import gaps
from govweb.checks.list_rows import Item
from govweb.checks.messages import SUBMIT_LABEL
from govweb.checks.model import Column, Evidence, Finding
from govweb.checks.out_of_service import SUSPENDED
from govweb.checks.page import EMPTY_CELL, PageFacts
from govweb.checks.page_links import MORE
from govweb.checks.scripts import _STATIC_PAGER, EMPTY_LIST
from govweb.htmlstd import parse_refresh
from govweb.urlnorm import folder_of

# Column-name dictionary: first matching type wins, so more specific words come first.
TYPE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("其他", ("建议提案", "提案办理", "建议办理", "议案", "政协提案", "人大建议")),   # 建议 here is no message channel
    ("政策解读", ("解读", "图解", "回应关切", "答记者问", "政策问答")),
    ("互动", ("留言", "信箱", "邮箱", "咨询", "互动", "投诉", "建议", "征集", "访谈", "调查", "问政", "来信", "12345",
            "常见问题")),
    ("办事", ("办事", "服务指南", "办事指南", "政务服务", "便民服务", "办件", "服务事项", "网上服务", "我要办")),
    ("人事", ("人事", "任免", "招聘", "招录", "招考", "公务员", "干部", "人才引进")),
    ("规划计划", ("规划", "计划", "总结")),
    ("通知公告", ("通知", "公告", "公示", "通告")),
    ("政策文件", ("政策文件", "文件", "法规", "规章", "政府令", "规范性", "政策")),
    ("动态要闻", ("动态", "要闻", "新闻", "资讯", "快讯", "头条", "聚焦", "报道", "工作进展", "时政", "热点", "播报")),
)
# A body's kind (街道办事处, 驻京办事处): part of its name, not its services — 办事 inside it types nothing.
BODY_OFFICE = "办事处"
_PAGER_WORD = re.compile(r"^(?:\d{1,4}|第?[一1]页|首页|上一?页|下一?页|前页|后页|尾页|末页)$")   # a pager's links name no page
MIN_DATED_ITEMS = 2
NAV_MIN_PAGES = 3
ENTRY_MAX_INBOUND = 2
# Navigation pages (a catalogue of columns, a site map) are never columns themselves.
NAVIGATION_WORDS = ("目录", "导航", "网站地图", "索引", "站点地图")
# Function pages: what they are for is not to list dated items. A page that lists none and is named so is
# never a column (with dated items it is one: an 在线访谈 archive lists past interviews).
FUNCTION_WORDS = (
    "联系我们", "联系方式", "网站地图", "站点地图", "网站导航", "长者", "关怀版", "适老", "老年版", "无障碍", "读屏",
    "辅助浏览", "在线访谈", "访谈直播", "网上直播", "直播", "搜索", "检索", "查询", "登录", "登陆", "注册", "用户中心",
    "个人中心", "我要留言", "我要写信", "我要咨询", "我要投诉", "我要建议", "写信", "留言板", "在线留言", "在线咨询",
    "关于我们", "关于本站", "关于本网", "网站声明", "免责声明", "隐私", "版权声明", "法律声明", "使用帮助", "帮助中心",
    "网站纠错", "找错", "纠错", "RSS", "English", "ENGLISH", "繁体", "繁體", "手机版", "移动版", "设为首页", "加入收藏",
    "收藏本站", "智能问答", "在线客服", "网站地图", "意见反馈", "预约", "报名", "申报入口", "投票",
    "热线",   # a hotline's page (12345热线, 市长热线): a number to call, its hours and scope
)
# 我要预约, 我要报名, 我要提问 …: a name that is a visitor's action is a page for doing it
_ACTION_NAME = re.compile(r"^\s*我要")
_FUNCTION_PATHS = ("/wza", "/search", "/login", "/sitemap", "/lxwm", "/contact", "/about", "/register", "/rss",
                   "/english", "/en/", "/help", "/jiucuo", "/zfwzzc")
# Names that say what a column is, whatever section it sits in: they do not take their section's type.
NEUTRAL_WORDS = ("专题", "专栏", "图片", "图说", "视频", "影像", "画册", "其他", "概况", "简介", "介绍", "提案", "议案",
                 "人大建议", "统计", "数据")


# 公示 after a subject (执法公示, 双公示, 建设项目公示, 招聘公示) names the disclosure of that subject, typed by the
# subject (招聘 → 人事) or 其他 — not a notice board; 公示 heading a name (公示, 公示公告) or beside 公告 is one.
_SUBJECT_PUBLICITY = re.compile(r"(?<=[\u4e00-\u9fff])(?<!公告|通知|通告)公示")


def type_of(name: str) -> str:
    name = _SUBJECT_PUBLICITY.sub(" ", name).replace(BODY_OFFICE, " ")
    for col_type, words in TYPE_WORDS:
        if any(w in name for w in words):
            return col_type
    return "其他"


def column_named(name: str) -> bool:
    """The name is a column's: it carries a type word, or names a disclosure (…公示)."""
    return type_of(name) != "其他" or "公示" in name


def _dir(url: str) -> str:
    p = urlsplit(url)
    return p.netloc + posixpath.dirname(p.path)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def records(ctx: SiteContext, f: PageFacts) -> frozenset[str]:
    """`numbered_records`, once per page."""
    found: frozenset[str] = ctx.derived(f"records {f.url}", lambda c: numbered_records(c, f))
    return found


def _anchor_texts(ctx: SiteContext) -> dict[str, Counter[str]]:
    """url → the texts of the links to it from other pages (a page's links to itself — `href="#"` placeholders,
    a menu's every entry pointing back — do not name it)."""
    texts: dict[str, Counter[str]] = {}
    for url, facts in ctx.pages.items():
        for link in facts.links:
            t = link.text.strip()
            if not t or MORE.match(t) or len(t) > 20 or _PAGER_WORD.match(t):   # 更多 and 首页 name no page
                continue
            target = ctx.canonical(link.url)
            if target != url:
                texts.setdefault(target, Counter())[t] += 1
    return texts


MIN_UNDATED_ENTRIES = 3


def _article_links(ctx: SiteContext, f: PageFacts) -> int:
    """Links of a page to distinct articles of the site outside the template (an undated list's entries)."""
    seen: set[str] = set()
    for link in f.links:
        u = ctx.canonical(link.url)
        if u in seen or u in ctx.template_links or not ctx.same_site(u):
            continue
        target = ctx.pages.get(u)
        # an article, or a page at a dated address that lists nothing (an article printing no date) — or one the
        # crawl did not fetch (its limits), named like a headline (岑阳市2021年国民经济和社会发展统计公报)
        if target is not None and (target.is_article or dated_url(u) and not target.items) or (
                target is None and unfetched_entry(ctx, f, u, link.text)):
            seen.add(u)
    return len(seen)


_NUMBER = re.compile(r"\d+")


def _address_shape(url: str) -> tuple[str, str, tuple[str, ...]]:
    """An address with its numbers blanked and its query's values dropped: `/Show.asp?ID=1160` and
    `/Show.asp?ID=1077` share one, `/content/article/8009000` and `/content/article/8009037` another."""
    parts = urlsplit(url)
    keys = tuple(sorted(k for k, _ in parse_qsl(parts.query, keep_blank_values=True)))
    return parts.netloc, _NUMBER.sub("#", parts.path), keys


def numbered_records(ctx: SiteContext, f: PageFacts) -> frozenset[str]:
    """The rows of a list that prints no dates, told by their addresses: three links or more of the page to documents
    numbered in one address shape (`Show.asp?ID=1160`, `detail.jsp?id=21`, `/content/article/8009000`) that is not
    the page's own (the pager's `list.jsp?cid=12&page=2`, sibling columns `/content/column/N`), each named in more than
    a word or two (a document's title, not a section's name), none of the template, and none a page the crawl opened
    and found to be something else than a document (sub-columns of a landing page) — on a page that pages through
    them (pager links, or a pager's statement: 共4条记录, 1/1页) and says little of its own (a list of titles): a 领导之窗
    or 机构设置 page naming people or bodies has no pager, a 领导分工 page paging through its leaders shows their duties."""
    if not f.pagination and not any(_STATIC_PAGER.search(line) for line in f.lines | f.prose) or (
            own_content_chars(ctx, f, prose=True) >= MIN_CONTENT_CHARS):
        return frozenset()
    own, pager = _address_shape(f.url), {ctx.canonical(u) for u in f.pagination}
    shapes: dict[tuple[str, str, tuple[str, ...]], set[str]] = {}
    other: set[tuple[str, str, tuple[str, ...]]] = set()
    for link in f.links:
        u, text = ctx.canonical(link.url), link.text.strip()
        if (u == f.url or u in pager or u in ctx.template_links or not ctx.same_site(u)
                or len(text) <= SECTION_NAME_MAX or MORE.match(text)):
            continue
        shape = _address_shape(u)
        if shape == own or "#" not in shape[1] and not shape[2]:
            continue   # (an address without a number or a query names a page, not a record)
        target = ctx.pages.get(u)
        if target is not None and not (target.is_article or target.error_page or dated_url(u) and not target.items):
            other.add(shape)
        shapes.setdefault(shape, set()).add(u)
    return frozenset(u for shape, urls in shapes.items() if shape not in other and len(urls) >= MIN_UNDATED_ENTRIES
                     for u in urls)


def unfetched_entry(ctx: SiteContext, f: PageFacts, url: str, text: str, headline: bool = True) -> bool:
    """A link of a list page to a page of the site the crawl did not fetch (its limits) that reads as a document: named
    like a headline, at a dated address or below the list page's folder (`./202203/t20220315_1093150.html`,
    `/518205/3948100/index.html` from `/518205/index.html`) — and not in the folder of a section the page leads to
    (a channel page's 通知公告 block: its headlines are that column's documents, `/zwgk/tzgg/content/…`). Callers
    pass links of the site only."""
    if not ((headline_like(text.strip()) or not headline) and (dated_url(url) or _in_folder_of(url, f.url))):
        return False
    sections: frozenset[str] = ctx.derived(f"sub_sections {f.url}", lambda c: _sub_sections(c, f))
    return not any(folder_of(url).startswith(s) for s in sections)


def _sub_sections(ctx: SiteContext, f: PageFacts) -> frozenset[str]:
    """The folders below a page's own of the sections it links by a name in a word or two (通知公告 → `/zwgk/tzgg/`)."""
    own = folder_of(f.url)
    out: set[str] = set()
    for link in f.links:
        text, u = link.text.strip(), ctx.canonical(link.url)
        if text and len(text) <= SECTION_NAME_MAX and not headline_like(text) and not dated_url(u):
            folder = folder_of(u)
            if folder != own and folder.startswith(own) and urlsplit(folder).path not in ("", "/"):
                out.add(folder)
    return frozenset(out)


def _names(f: PageFacts, texts: dict[str, Counter[str]]) -> list[str]:
    """What a page is called: its ColumnName meta, the texts of the links to it, its title (first part)."""
    names = [f.meta.get("columnname", ""), *texts.get(f.url, {}), title_name(f.title)]
    if f.breadcrumb:
        names.append(f.breadcrumb[-1])
    return [n for n in names if n]


# Headlines and sentences are no names of columns or entries.
HEADLINE = re.compile(
    r"召开|调研|开展|举行|举办|出席|会见|部署|督导|督查|检查|考察|走访|慰问|主持|参加|参观|视察|座谈|会议|活动|印发|"
    r"关于.{2,}|通知$|讲话|强调|要求|指出|深入|推进|落实|启动|荣获|获评|入选|[：:“”《》？?！!，,。]"
)
NAME_MAX_CHARS = 16


DATA_PORTAL_WORDS = ("数据开放", "开放数据", "公共数据", "数据下载", "数据集")


def _open_data_page(f: PageFacts, names: list[str]) -> bool:
    """A page of an open-data portal: it shows datasets, formats or resources, or is named like a portal."""
    d = f.data
    named = any(w in n for n in names if not headline_like(n) for w in DATA_PORTAL_WORDS)
    return named or d is not None and bool(d.labels or d.formats or d.resources or d.stated)


def headline_like(name: str) -> bool:
    return len(name) > NAME_MAX_CHARS or HEADLINE.search(name) is not None


# what separates a page's name from the site's in its title: ASCII and full-width (社区建设－某街道办事处) forms, then a space
TITLE_SEPARATORS = ("_", "-", "|", "—", "–", "－", "｜", "＿", " ")


def title_name(title: str) -> str:
    """The page's own name in its title: 部门动态 of 部门动态_某市人民政府 (also the entries check's)."""
    for sep in TITLE_SEPARATORS:
        if sep in title:
            return title.split(sep)[0].strip()
    return title.strip()


def is_function_page(f: PageFacts, names: list[str]) -> bool:
    """联系我们, 网站地图, 长者模式, 在线访谈 live pages, search, login, message forms, 关于我们 …: pages for doing
    something, not lists of dated items."""
    if f.login_form or f.textarea:
        return True
    if any(_ACTION_NAME.match(n) or any(w in n for w in FUNCTION_WORDS) for n in names):
        return True
    path = urlsplit(f.url).path.lower()
    return any(path.startswith(p) or f"{p}/" in path for p in _FUNCTION_PATHS)


_UNDER_CONSTRUCTION = re.compile(r"建设中|正在建设|敬请期待")


def unbuilt_service(f: PageFacts, names: list[str]) -> bool:
    """A service entry not built yet: a page named for 办事 (网上办事, 办事服务) that shows no list, empty or not, and
    only says it is under construction (页面建设中，敬请期待). What it lacks is the service, not dated items: the
    办事服务 entry leads nowhere (`service-unusable` judges it); it is no blank column. A 办事服务 page saying 暂无数据
    or showing an empty list container is a column with an empty list."""
    if f.items or f.empty_container or not f.empty_marker or not any(type_of(n) == "办事" for n in names):
        return False
    said = [line for line in f.lines if EMPTY_LIST.search(line) or EMPTY_CELL.search(line)]
    return bool(said) and all(_UNDER_CONSTRUCTION.search(line) and not EMPTY_CELL.search(line)
                              and not EMPTY_LIST.search(_UNDER_CONSTRUCTION.sub("", line)) for line in said)


def suspended_function(ctx: SiteContext, f: PageFacts, names: list[str]) -> bool:
    """An interaction or service function out of service: a page named for 互动 or 办事 (主任信箱, 网上咨询) that
    shows no list, empty or not, and says it takes nothing for now (因系统升级改造，自…起暂停受理). What it lacks is the
    function (`interaction-poor`, `service-unusable` judge it), not dated items: no blank column. A 信箱 page listing
    its letters, saying 暂无数据 or showing an empty list stays a column."""
    if own_rows(ctx, f) or f.empty_container or f.empty_marker:
        return False   # (a 返回首页 link under the notice, dated by it, is no row)
    return any(type_of(n) in ("互动", "办事") for n in names) and any(SUSPENDED.search(line) for line in f.lines | f.prose)


DOCUMENT_CHARS = 150   # what a page says of its own besides its rows: a document (a transcript, an introduction)
SHORT_DOCUMENT_CHARS = 100   # … or a shorter one that outweighs its rows twice (an interview's summary and opening)


def _prose_counts(ctx: SiteContext) -> Counter[str]:
    counts: Counter[str] = Counter()
    for f in ctx.pages.values():
        counts.update(f.prose | f.lines)
    return counts


def function_beside_rows(ctx: SiteContext, f: PageFacts) -> bool:
    """The page says more of its own than its rows do — text blocks no other page repeats and no link of its names,
    at least DOCUMENT_CHARS long, or SHORT_DOCUMENT_CHARS and twice its rows' text (a live interview's transcript or
    its 访谈主题/嘉宾/时间 and opening lines, with a 往期回顾 box of past ones): on a page named for a function, its rows
    are a box beside what it is for (an archive of interviews shows its rows only)."""
    counts: Counter[str] = ctx.derived("prose_counts", _prose_counts)
    anchors = {link.text.strip() for link in f.links}
    said = sum(len(t) for t in f.prose if counts[t] <= 1 and t not in anchors)
    rows = sum(len(it.row or it.title) for it in f.items)
    return said >= DOCUMENT_CHARS and said > rows or said >= SHORT_DOCUMENT_CHARS and said >= 2 * rows


def not_a_site_page(f: PageFacts) -> bool:
    """An error page (页面不存在, 404 — not a column under construction, which says 建设中) or a bare document with
    no links and no title, or a host name for a title (a browser's rendering of an error text, or of an address it
    could not reach): nothing a visitor knows as a column."""
    return f.error_page and not f.empty_marker or not f.links and (
        not f.title.strip() or _HOST_NAME.fullmatch(f.title.strip()) is not None)


# the title a browser gives the page it shows for an address it could not reach (a jump to another site)
_HOST_NAME = re.compile(r"[\w-]+(?:\.[\w-]+)+(?::\d+)?")


def judged_static(ctx: SiteContext, f: PageFacts) -> bool:
    """The crawl had the browser lane (crawl.json `render.available`) and left the page unrendered because its HTML
    showed no sign of script-written content (its crawl.json row names no `scripted` reason): it shows what its
    HTML shows. A page the lane passed over for want of budget (`scripted` set, not rendered) is not."""
    render = ctx.snapshot.render
    rec = ctx.records.get(f.url)
    return isinstance(render, dict) and render.get("available") is True and rec is not None and rec.scripted is None


def answers_search(f: PageFacts) -> bool:
    """The page is the answer of its own search form (its address is the form's action with a query in it:
    `/was5/web/search?searchword=…`): its dated rows are hits from every column, it is no column."""
    if not f.search_action:
        return False
    page, action = urlsplit(f.url), urlsplit(f.search_action)
    return bool(page.query) and (page.netloc, page.path) == (action.netloc, action.path)


# The site shown in another mode (big print for the elderly, a screen-reader mode, the phone version): a view of
# the site's own columns, whatever rows it repeats. Not 无障碍 alone: 无障碍环境建设 may well be a column's subject.
_VIEW_MODE = re.compile(r"长者模式|长者版|关怀版|关怀模式|适老化|适老版|老年版|老年模式|大字版|无障碍(?:浏览|阅读|模式|版)|手机版|移动版")


def view_mode(f: PageFacts) -> bool:
    """The page names itself (title, breadcrumb, ColumnName) as a mode of the site (长者模式, 关怀版 …)."""
    own = (title_name(f.title), f.breadcrumb[-1] if f.breadcrumb else "", f.meta.get("columnname", ""))
    return any(_VIEW_MODE.search(n) for n in own if n)


MIN_FRONT_BLOCKS = 2


def _more_targets(f: PageFacts, ctx: SiteContext) -> set[str]:
    return {ctx.canonical(link.url) for link in f.links
            if MORE.match(link.text.strip()) and ctx.same_site(link.url)} - {f.url}


def _template_more(ctx: SiteContext) -> frozenset[str]:
    """Lists a 更多 link on half the pages leads to (a sidebar box of the template)."""
    n = len(ctx.pages)
    counts: Counter[str] = Counter(u for f in ctx.pages.values() for u in _more_targets(f, ctx))
    return frozenset(u for u, c in counts.items() if n >= 4 and c >= max(3, n // 2))


def front_page(ctx: SiteContext, f: PageFacts) -> bool:
    """A front page (the homepage, a channel's or a sub-site's front page): its rows stand in blocks, each with a
    更多 link to the list it comes from (two lists or more, not counting the template's boxes). The lists are
    columns; the front page is none."""
    template: frozenset[str] = ctx.derived("template_more", _template_more)
    return len(_more_targets(f, ctx) - template) >= MIN_FRONT_BLOCKS


MIN_SUB_PAGES = 2
SECTION_NAME_MAX = 8   # a section is named in a word or two (局长信箱, 新华街道), a document in a sentence


def _section_folder(url: str) -> str:
    """The folder a page heads: `/hdjl/` for `/hdjl/` and `/hdjl/index.html`, `/col/jdzc/` for `/col/jdzc.shtml`."""
    path = urlsplit(url).path or "/"
    if path.endswith("/"):
        return path
    head, leaf = posixpath.split(path)
    stem = leaf.rsplit(".", 1)[0]
    return head.rstrip("/") + "/" if stem in ("index", "default", "main") else f"{head.rstrip('/')}/{stem}/"


def hub(ctx: SiteContext, f: PageFacts) -> bool:
    """A page that lists nothing and leads on, by links that name places rather than documents: three entries or
    more of its own — links, on the site or off it, that are none of the site template's and that at most
    ENTRY_MAX_INBOUND pages link to (the homepage's 互动 or 服务 block may be the other): service tiles to the
    政务服务网, boxes to the 信箱 and 征集 platforms — or two pages or more of its own section named in a word or two: below its folder (`/hdjl/` →
    `/hdjl/jzxx/` 局长信箱, `/hdjl/zxft/` 在线访谈) or, where addresses say nothing of the hierarchy (`col/col1005` →
    `col/col1006`), one step below it in their own breadcrumb (首页 > 互动交流 > 县长信箱), however often the homepage links
    them too — or three ways on of both kinds together (two 信箱 boxes to a platform and a 在线访谈 page below). A link
    named like a headline is a document of a list (a list of articles that print no date), not a way on."""
    pager = {ctx.canonical(u) for u in f.pagination}
    folder, host = _section_folder(f.url), urlsplit(f.url).netloc
    entries: set[str] = set()
    below: set[str] = set()
    for link in f.links:
        u = ctx.canonical(link.url)
        if u == f.url or u in pager or headline_like(link.text.strip()):
            continue
        if u not in ctx.template_links and len(ctx.inbound.get(u, ())) <= ENTRY_MAX_INBOUND:
            entries.add(u)   # (a tile the homepage's 互动 or 服务 block links too is still the hub's own way on)
        parts, target = urlsplit(u), ctx.pages.get(u)
        if (len(link.text.strip()) <= SECTION_NAME_MAX and not dated_url(u) and not (target is not None and target.is_article)
                and (parts.netloc == host and parts.path.startswith(folder) or _placed_below(f, target))):
            below.add(u)
    return len(entries | below) >= MIN_UNDATED_ENTRIES or len(below) >= MIN_SUB_PAGES


def _placed_below(f: PageFacts, target: PageFacts | None) -> bool:
    """`target`'s breadcrumb is `f`'s with one more step: it sits right below `f` in the site's hierarchy."""
    return bool(f.breadcrumb) and target is not None and target.breadcrumb[:-1] == f.breadcrumb


def _navigation(ctx: SiteContext) -> frozenset[str]:
    """The pages the site's navigation leads to: its template's links, the homepage and the homepage's links."""
    nav = set(ctx.template_links) | {ctx.homepage_url}
    if ctx.homepage is not None:
        nav.update(ctx.canonical(link.url) for link in ctx.homepage.links)
    return frozenset(nav)


def script_list_unseen(ctx: SiteContext, f: PageFacts, shown_only: bool = False) -> bool:
    """The page's list may be filled by a script no browser ran: what it lists is not measured. `shown_only`:
    only a list the visitor sees at once counts (not an empty list in a hidden tab or panel)."""
    signs = {"list"} if shown_only else {"list", "hidden-list"}
    # (a rendered page listing nothing beside a script fetching its list's data, with no word that the list is empty:
    # the data never arrived in the browser — a library or a data file it could not load — so what the list holds
    # is not measured either)
    return (not f.rendered or "list-call" in f.signs and not f.empty_marker) and not signs.isdisjoint(f.signs) \
        and not judged_static(ctx, f) and not server_list(ctx, f)


PRINTED_LIST_PAGES = 2   # other pages printing rows into a list container of the same markup


def _printed_lists(ctx: SiteContext) -> Counter[str]:
    """List-container labels (`ul.doc-list`) → how many pages print linked rows into such a container."""
    counts: Counter[str] = Counter()
    for u, f in ctx.pages.items():
        if u != ctx.homepage_url:
            counts.update(f.filled_lists)
    return counts


def server_list(ctx: SiteContext, f: PageFacts) -> bool:
    """Every empty list container of the page is one that other pages of the site print their rows into, in the
    static HTML (`<ul class="doc-list">` with rows on two or more list pages), and no inline script of the page
    fetches data: the site's server prints that list, so here it printed it empty — a script of the site's (the
    same on every page) does not fill it."""
    if not f.empty_lists or "list-call" in f.signs:
        return False
    printed: Counter[str] = ctx.derived("printed_lists", _printed_lists)
    return all(printed[label] >= PRINTED_LIST_PAGES for label in f.empty_lists)


def script_drawn(ctx: SiteContext, f: PageFacts) -> bool:
    """The page runs scripts of the site's own that write into it (an app bundle drawing a `<div id="app">`, a menu
    or blocks built from JSON) and no browser ran them: a page dated nowhere may show dated lists to a visitor."""
    return not f.rendered and not {"scripted", "nav"}.isdisjoint(f.signs) and not judged_static(ctx, f)


TEMPLATE_EMPTY_PAGES = 2   # list pages that also show an empty-list sign: the sign is a widget of the template


def _empty_signs_in_template(ctx: SiteContext) -> bool:
    return sum(1 for f in ctx.pages.values() if f.template_empty) >= TEMPLATE_EMPTY_PAGES


def _empty_widget(ctx: SiteContext) -> bool:
    """Pages that list items show an empty-list sign too: it belongs to a widget of the template (once per site)."""
    widget: bool = ctx.derived("template_empty", _empty_signs_in_template)
    return widget


def shows_empty_list(ctx: SiteContext, f: PageFacts) -> bool:
    """The page says its list is empty (暂无信息, 共0条 …) or shows an empty list container a visitor sees empty (one
    the server prints rows into on other pages, `server_list`, included) —
    unless pages that list items show the same signs (an empty widget of the site template says nothing)."""
    return not script_list_unseen(ctx, f) and bool(f.empty_marker or f.empty_container or server_list(ctx, f)) \
        and not _empty_widget(ctx)


def awaits_script_list(ctx: SiteContext, f: PageFacts) -> bool:
    """The page shows an empty list container that a script no browser ran would fill (a list page whose rows
    arrive by AJAX): a column whose entries are not measured — neither blank nor stale."""
    return f.empty_container and script_list_unseen(ctx, f) and not _empty_widget(ctx)


def _template_rows(ctx: SiteContext) -> frozenset[tuple[str, RawDate | None]]:
    """Rows whose link only runs a script and that repeat on at least half of the pages (a sidebar widget of
    the template, as `SiteContext.template_links` for real links): they are no page's own entries."""
    n = len(ctx.pages)
    if n < 4:
        return frozenset()
    counts: Counter[tuple[str, RawDate | None]] = Counter()
    for f in ctx.pages.values():
        counts.update({(it.title, it.date) for it in f.items if it.scripted})
    threshold = max(3, n // 2)
    return frozenset(k for k, c in counts.items() if c >= threshold)


def _template_row_urls(ctx: SiteContext) -> frozenset[str]:
    """Pages the template lists as dated rows (a 最新动态 box on every page) — not those its menu merely links."""
    n = len(ctx.pages)
    if n < 4:
        return frozenset()
    counts: Counter[str] = Counter()
    for f in ctx.pages.values():
        counts.update({ctx.canonical(it.url) for it in f.items if not it.scripted})
    threshold = max(3, n // 2)
    return frozenset(u for u, c in counts.items() if c >= threshold)


def template_row(ctx: SiteContext, url: str) -> bool:
    """A row the template repeats: its page is linked from half the pages and listed as a dated row on half of
    them (a page the menu links, listed as a dated row by one page, is that page's own row)."""
    rows: frozenset[str] = ctx.derived("template_row_urls", _template_row_urls)
    return url in ctx.template_links and url in rows


def own_rows(ctx: SiteContext, f: PageFacts) -> list[Item]:
    """A page's dated rows without those of the site template (shared links, repeated script-run rows), nor links
    that only sit near a date: one back to the homepage (返回首页 under a notice dated in its text) or a button for a
    visitor's action (我要写信 above a table of letters) is no entry of a list."""
    widget: frozenset[tuple[str, RawDate | None]] = ctx.derived("template_rows", _template_rows)
    return [it for it in f.items if (it.title, it.date) not in widget and not _no_entry(ctx, it)]


def _no_entry(ctx: SiteContext, it: Item) -> bool:
    return _ACTION_NAME.match(it.title) is not None or not it.scripted and (
        ctx.canonical(it.url) == ctx.homepage_url)


def _gateway_targets(ctx: SiteContext) -> frozenset[str]:
    """When the page taken for the homepage is a gateway (a splash or jump page: a snapshot that did not follow it),
    the pages it sends the visitor on to — its refresh target and its links on the site — stand for the homepage."""
    hp = ctx.homepage
    if hp is None or not hp.redirect:
        return frozenset()
    refresh = parse_refresh(hp.meta.get("refresh", ""))
    targets = [link.url for link in hp.links] + ([urljoin(hp.url, refresh[1])] if refresh and refresh[1] else [])
    return frozenset(ctx.canonical(u) for u in targets if ctx.same_site(u))


# a place named with its administrative unit: 岩溪县, 莲山区, 内蒙古自治区, 巴彦塔拉旗, 城关镇
_PLACE = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:自治县|自治州|自治旗|自治区|街道|地区|新区|省|市|州|盟|县|旗|区|镇|乡)")
_PORTAL_SUFFIX = re.compile(r"(?:人民政府|政府)?(?:门户网站|网站|门户)?$")
_TITLE_PARTS = re.compile(r"\s*[" + re.escape("".join(TITLE_SEPARATORS[:-1])) + r"]\s*|\s+")


def _section_name(ctx: SiteContext) -> str:
    """What a shared platform calls the site's section: the innermost place of a government's portal (岩溪县 for
    岩溪县人民政府, 莲山区 for 衡屿市莲山区人民政府), a department's full name (桥城市审计局); '' when unknown."""
    hp = ctx.homepage
    if hp is None:
        return ""
    name = _PORTAL_SUFFIX.sub("", hp.meta.get("sitename") or title_name(hp.title))
    places, end = [], 0
    for m in _PLACE.finditer(name):
        if m.start() != end:
            break
        places.append(m.group())
        end = m.end()
    name = places[-1] if places and end == len(name) else name
    return name if len(name) >= 3 else ""


def platform_section(ctx: SiteContext, f: PageFacts) -> bool:
    """A page of the site's own section on a shared platform of another gov.cn domain (a county's 信息公开 on its
    city's 集约化 platform: xxgk.city.gov.cn/col/col8203/): no article, and its title names the section as the site's
    (县政府文件_岩溪县, 莲山区政府信息公开) in a name, not in a headline about the place."""
    name: str = ctx.derived("section_name", _section_name)
    if not name or f.is_article or not urlsplit(f.url).netloc.endswith(".gov.cn"):
        return False
    return any(part.startswith(name) and not headline_like(part) for part in _TITLE_PARTS.split(f.title.strip())) or any(
        (m := _LABELLED.fullmatch(line.strip())) is not None and m.group(1) == name for line in f.lines | f.prose)


# a label line naming whose the page is (公开主体：桥城市审计局, 发布机构: …): the platform's page of that body
_LABELLED = re.compile(r"[\u4e00-\u9fff]{2,6}\s*[：:]\s*(\S+)")


def on_way_to_homepage(ctx: SiteContext, url: str) -> bool:
    """A page the crawl passed on the way from the seed to the homepage (a splash page, a phone page sending every
    desktop browser on by a script): what it shows is the site's front, whatever rows it carries, no column."""
    return url != ctx.homepage_url and ctx.canonical(url) == ctx.homepage_url


def _candidates(ctx: SiteContext, texts: dict[str, Counter[str]]) -> set[str]:
    hp = ctx.homepage_url
    gateway: frozenset[str] = ctx.derived("gateway_targets", _gateway_targets)
    nav: frozenset[str] = ctx.derived("navigation", _navigation)
    framed: frozenset[str] = ctx.derived("frame_menu", _frame_menu_targets)
    cands: set[str] = set()
    for url, f in ctx.pages.items():
        platform = not ctx.same_site(url) and platform_section(ctx, f)
        if url == hp and not _list_homepage(ctx, f) or url in gateway or f.is_article or not (
                ctx.same_site(url) or platform):
            continue
        if answers_search(f) or view_mode(f) or front_page(ctx, f) or on_way_to_homepage(ctx, url):
            continue   # search hits, the site in another mode, a front page, a splash page: rows of other lists
        # navigation: the homepage, the site template, or a section sidebar repeated on several pages
        # (a fragment a page's menu opens in that page's frame: the menu is its navigation)
        navigated = url in nav or len(ctx.inbound.get(url, ())) >= NAV_MIN_PAGES or url in framed
        if dated_url(url) and not (url in ctx.template_links or len(ctx.inbound.get(url, ())) >= NAV_MIN_PAGES):
            continue  # an article page (dated URL) with a list of related articles is no column
        # (a platform section's rows are the platform's documents; rows in the site's section of its platform are
        # the site's, fetched or not)
        host = urlsplit(url).netloc
        dated = sum(1 for it in own_rows(ctx, f) if it.scripted or (
            urlsplit(it.url).netloc in ctx.site_hosts or platform and urlsplit(it.url).netloc == host
            or ctx.in_site_section(it.url)) and ctx.canonical(it.url) not in ctx.template_links)
        names = _names(f, texts)
        if any(w in (f.meta.get("columnname") or f.title) for w in NAVIGATION_WORDS) and (
                dated < MIN_DATED_ITEMS or _open_data_page(f, names)):
            continue   # a catalogue of columns or datasets, a site map (a 目录 of dated documents is a list like any)
        if dated >= MIN_DATED_ITEMS and not (is_function_page(f, names) and function_beside_rows(ctx, f)):
            cands.add(url)
            continue
        if f.redirect or is_function_page(f, names) or _open_data_page(f, names) or unbuilt_service(f, names) or (
                suspended_function(ctx, f, names)) or (
                not_a_site_page(f) and url not in framed):
            continue   # a jump page, a function page, an open-data portal page (judged by its own measures), a
            # service entry not built yet (the entries check judges it), a function out of service
        if dated_url(url) and url not in ctx.template_links and headline_like(title_name(f.title)):
            continue   # an article that prints no date: a dated address and a headline for a name
        if navigated and dated:
            cands.add(url)   # a navigated list with a single dated entry (权责清单: one document so far)
            continue
        if navigated and (_article_links(ctx, f) >= MIN_UNDATED_ENTRIES or records(ctx, f)):
            cands.add(url)   # a list of articles that prints no dates (its entries count as not updated), or of
            continue         # documents numbered in one address shape
        if f.meta.get("columnname") and (dated or f.pagination and own_content_chars(ctx, f, prose=True) < MIN_CONTENT_CHARS):
            cands.add(url)   # a declared column with entries, or with a pager over links (a pager over names
            continue         # and paragraphs of its own pages through a single page such as 领导分工)
        if not navigated and _placed(f, names) and (shows_empty_list(ctx, f) or awaits_script_list(ctx, f)):
            cands.add(url)   # a page its own breadcrumb names, linked from one directory page, showing an empty list
            continue         # (or one a script would fill: its entries are not measured)
        if not navigated and _placed(f, names) and any(
                not it.scripted and ctx.same_site(it.url) and not template_row(ctx, ctx.canonical(it.url))
                for it in own_rows(ctx, f)):
            cands.add(url)   # … or listing a dated row of its own (its one entry may be a page the menu links too)
            continue
        if not navigated:
            continue
        # navigated: a column when it shows an empty list (or one a script would fill), is named like one, or is a
        # declared column that shows nothing of its own (a single page such as 领导之窗 or 机构职能 carries text
        # and is no column)
        # (an empty list container on a page at a dated address — an article the menu links to — is its sidebar's)
        # a page that lists nothing yet leads on (service tiles leading to the 政务服务网, boxes leading to 信箱,
        # 访谈 and 征集, cards of sub-sites) is a hub, however it is named: no column
        if (not dated_url(url) and (shows_empty_list(ctx, f) or awaits_script_list(ctx, f))
                or not hub(ctx, f) and (
                    any(column_named(n) for n in names if not headline_like(n)) and not shows_nothing(ctx, f)
                    or f.meta.get("columnname") and own_content_chars(ctx, f, shortest=1) < DECLARED_EMPTY_CHARS)):
            cands.add(url)
    return cands


def shows_nothing(ctx: SiteContext, f: PageFacts) -> bool:
    """A first-level section of the site (its breadcrumb: 首页 > 互动交流) whose page holds nothing under the template:
    no entry, no list (an empty container or statement included), no text or link of its own, no frame or form, no
    script that may write one. A channel's landing page showing no list at all is a blank page an entry leads to
    (the entries check judges it), not a column; a page deeper in the hierarchy (首页 > 政务公开 > 人事信息) showing
    nothing is a blank column."""
    if len(f.breadcrumb) != 1 or f.items or f.frames or f.textarea or f.empty_marker or f.empty_container or f.empty_lists or (
            not f.rendered and not {"list", "hidden-list", "scripted"}.isdisjoint(f.signs)):
        return False
    if own_content_chars(ctx, f):
        return False   # (a line of its own: a label shorter than CONTENT_LINE — its breadcrumb's last step — is none)
    return not any(ctx.canonical(link.url) not in ctx.template_links and ctx.canonical(link.url) != f.url
                   and len(ctx.inbound.get(ctx.canonical(link.url), ())) <= ENTRY_MAX_INBOUND for link in f.links)


def _frame_menu_targets(ctx: SiteContext) -> frozenset[str]:
    """Pages a menu opens inside a frame of the site (`<a target="main">` where a page holds `<iframe
    name="main">` or `<frame name="main">`): fragments without a title, navigation or footer of their own (the
    framing page shows them), named by the menu's links."""
    names = {n for f in ctx.pages.values() for n in f.frame_names}
    return frozenset(ctx.canonical(u) for url, f in ctx.pages.items() for u, target in f.targeted
                     if target in names and ctx.canonical(u) != url)


def _placed(f: PageFacts, names: list[str]) -> bool:
    """The page names itself as the last step of its breadcrumb (当前位置：首页 > 工作机构 > 县财政局 on the page
    titled 县财政局): a node of the site's navigation, however few pages of the crawl link to it. Articles carry no
    breadcrumb here (theirs ends with their column's name)."""
    return bool(f.breadcrumb) and f.breadcrumb[-1] in names and not f.is_article


_NEXT_PAGE = frozenset({"下一页", "下页", "后页", "尾页", "末页"})


def _list_homepage(ctx: SiteContext, f: PageFacts) -> bool:
    """The page the crawl took for the homepage is a column page (a site given by the address of one of its
    columns): it lists dated entries and says where it sits (当前位置：首页 > 通知公告) or pages through its list
    (下一页 to a page of its own directory). A homepage does neither, and never sits in the site's root folder."""
    if len(own_rows(ctx, f)) < MIN_DATED_ITEMS or f.redirect or posixpath.dirname(urlsplit(f.url).path) in ("", "/"):
        return False
    pager = set(f.pagination)
    next_page = any(link.text in _NEXT_PAGE and link.url in pager and _dir(link.url) == _dir(f.url)
                    and ctx.canonical(link.url) != f.url for link in f.links)
    # a page that names itself a column (<meta name="ColumnName"> leading its <title>: 通知公告_某某市人民政府)
    declared = f.meta.get("columnname", "").strip()
    names_itself = bool(declared) and not _HOME_WORDS.search(declared) and f.title.strip().startswith(declared)
    return next_page or names_itself or any(n not in ("首页", "网站首页", "主页") for n in f.breadcrumb)


_HOME_WORDS = re.compile(r"首页|主页|门户")


def _group_pagination(ctx: SiteContext, cands: set[str]) -> dict[str, list[str]]:
    uf = _UnionFind()
    for url in sorted(cands):
        uf.find(url)
        f = ctx.pages[url]
        meta_name = f.meta.get("columnname")
        d = _dir(url)
        for target in f.pagination:
            t = ctx.canonical(target)
            if t == url or t == ctx.homepage_url or t not in ctx.pages:
                continue
            tf = ctx.pages[t]
            if tf.is_article or _dir(t) != d:
                continue
            other_name = tf.meta.get("columnname")
            if meta_name and other_name and other_name != meta_name:
                continue
            uf.union(url, t)
    groups: dict[str, list[str]] = {}
    for url in list(uf.parent):
        groups.setdefault(uf.find(url), []).append(url)
    # the first page of a group: the member most linked from outside the group, then the shortest url
    result: dict[str, list[str]] = {}
    for members in groups.values():
        mset = set(members)

        def outside_links(u: str, mset: set[str] = mset) -> int:
            return sum(1 for s in ctx.inbound.get(u, ()) if s not in mset)

        first = sorted(members, key=lambda u: (-outside_links(u), len(u), u))[0]
        result[first] = sorted(members, key=lambda u: (u != first, len(u), u))
    return result


def _name(ctx: SiteContext, first: PageFacts, texts: dict[str, Counter[str]]) -> str:
    """ColumnName meta, unless the name a visitor sees (the links to the page and its title or its breadcrumb agree
    on it) says otherwise (templates copy one page's meta onto others); else the link texts, breadcrumb, title."""
    meta_name = first.meta.get("columnname")
    counter = texts.get(first.url)
    if meta_name:
        for seen in (title_name(first.title), first.breadcrumb[-1] if first.breadcrumb else ""):
            if seen and seen != meta_name and counter and seen in counter and meta_name not in counter:
                return seen
        return meta_name
    if counter:
        best = sorted(counter.items(), key=lambda kv: (-kv[1], type_of(kv[0]) == "其他", kv[0]))
        return best[0][0]
    if first.breadcrumb:
        return first.breadcrumb[-1]
    title = title_name(first.title)
    if type_of(first.list_heading) != "其他" and type_of(title) == "其他" and not headline_like(first.list_heading):
        return first.list_heading   # a list titled with the site's name: its heading names it (通知公告)
    for sep in TITLE_SEPARATORS[:-1]:
        if sep in first.title:
            return first.title.split(sep)[0].strip()
    return first.title.strip() or first.url


def column_type(ctx: SiteContext, first: PageFacts, name: str) -> str:
    """ColumnType meta unless the name carries a type word, else a message list's, else the name, else the title,
    else the nearest typed section above it (breadcrumb, then the homepage menu) unless the name says what it is
    (专题, 图片, 视频 …)."""
    declared = first.meta.get("columntype") if name == first.meta.get("columnname", name) else None
    if declared and type_of(name) != "其他":
        declared = None   # the name a visitor sees says what it is (a ColumnType the template copied does not)
    col_type = type_of(declared) if declared else "其他"
    if col_type == "其他" and _lists_messages(first):
        return "互动"   # rows that print when a message was sent (留言时间：…): a message list, whatever its name
    if col_type == "其他":
        col_type = type_of(name)
    if col_type == "其他" and not first.meta.get("columnname"):
        col_type = type_of(title_name(first.title))
    if col_type != "其他" or any(w in name for w in NEUTRAL_WORDS):
        return col_type
    sections = [n for n in reversed(first.breadcrumb) if n != name]
    hp = ctx.homepage
    if hp is not None and first.url in hp.nav_sections:
        sections.append(hp.nav_sections[first.url])
    for section in sections:
        t = type_of(section)
        if t != "其他":
            return t
    return "其他"


def _lists_messages(f: PageFacts) -> bool:
    """Most of the page's rows print when a message was sent (留言时间, 提交时间, 来信时间 …)."""
    return len(f.items) >= MIN_DATED_ITEMS and 2 * sum(1 for it in f.items if SUBMIT_LABEL.search(it.row)) > len(f.items)


def discover_columns(ctx: SiteContext) -> list[Column]:
    texts = _anchor_texts(ctx)
    cands = _candidates(ctx, texts)
    groups = _group_pagination(ctx, cands)
    all_members = {m for ms in groups.values() for m in ms}
    excluded = all_members | {ctx.homepage_url}
    holes: frozenset[str] = ctx.derived("gaps", gaps)
    columns: list[Column] = []
    for first_url, members in sorted(groups.items()):
        first = ctx.pages[first_url]
        name = _name(ctx, first, texts)
        col_type = column_type(ctx, first, name)
        seen: set[str] = set()
        newest: tuple[dt.date, str, PageFacts] | None = None
        undated = unfetched = 0
        item_urls: list[str] = []
        shown = 0
        for m in members:
            mf = ctx.pages[m]
            entries: list[tuple[str, dt.date | None, str]] = []
            for it in own_rows(ctx, mf):
                # a row whose link only runs a script is an entry a visitor sees: it names no other page
                u = it.url if it.scripted else ctx.canonical(it.url)
                if u in excluded or u in seen:
                    continue
                if template_row(ctx, u) and not _in_folder_of(u, first_url):
                    continue   # a widget the template repeats (its rows under this column's folder are its own)
                entries.append((u, _row_date(ctx, it, u, m), it.row or it.title))
                seen.add(u)
            dated_rows = bool(entries)
            for link in mf.links:
                u = ctx.canonical(link.url)
                if u in seen or u in excluded or u in ctx.template_links or not ctx.same_site(u):
                    continue
                target = ctx.pages.get(u)
                if target is None and u in holes and len(ctx.inbound.get(u, ())) <= ENTRY_MAX_INBOUND:
                    # an entry whose page the snapshot lost: there, date unknown (findings resting on it are
                    # not measured, see checks/integrity.py)
                    seen.add(u)
                    entries.append((u, None, link.text))
                    continue
                if target is None and not dated_rows and (unfetched_entry(ctx, mf, u, link.text) or u in records(ctx, mf) or unfetched and (
                        unfetched_entry(ctx, mf, u, link.text, headline=False)
                        and len(ctx.inbound.get(u, ())) <= ENTRY_MAX_INBOUND)):
                    # a document the crawl did not fetch (its limits) — and, beside such, any link below the list's
                    # folder that only this page links (2020年岚港关区进出口情况, a short name): an entry whose date is
                    # unknown, not an undated one (the homepage may list it too; a template's widget is skipped)
                    seen.add(u)
                    unfetched += 1
                    entries.append((u, None, link.text))
                    continue
                # an entry without a date: an article, or a page listed in one or two places only (sidebars and
                # navigation link the same page from many pages) that is no column, function or navigation page
                if target is None or not (target.is_article or len(ctx.inbound.get(u, ())) <= ENTRY_MAX_INBOUND):
                    continue
                if not target.is_article and (dated_rows or u in all_members or _not_an_entry(target, texts)):
                    continue   # (beside dated rows, an undated link to a page that is no article is no row)
                if dated_rows and _shared_menu_link(ctx, u, members):
                    continue
                seen.add(u)
                d = ctx.resolve_date(target.pubdate, u) if target.pubdate else None
                entries.append((u, d, link.text))
            if m == first_url:
                shown = len(entries)
            for u, d, row in entries:
                item_urls.append(u)
                if d is None:
                    undated += 1
                elif newest is None or d > newest[0]:
                    newest = (d, row, mf)
        evidence_page = newest[2] if newest else first
        if newest:
            excerpt = newest[1]
        elif item_urls:
            excerpt = f"{name}：{len(item_urls)} 条信息均无发布时间"
        else:
            excerpt = f"{name}：未发现任何信息条目"
        columns.append(Column(
            name=name, url=first_url, type=col_type, items=len(item_urls),
            last_update=newest[0].isoformat() if newest else None,
            evidence=Evidence(evidence_page.url, excerpt, evidence_page.warc_record),
            pages=members, item_urls=item_urls, undated=undated - unfetched, shown=shown, unfetched=unfetched,
        ))
    return columns


def _shared_menu_link(ctx: SiteContext, url: str, members: list[str]) -> bool:
    """Pages outside the column (its own pages and the target itself aside) link `url` too: beside dated rows, an
    undated link to it is a side menu the column shares with its sibling pages (指南, 目录 beside a 年报 list),
    even when its target reads as an article — a row of the list is linked from its column (and the homepage)."""
    outside = set(ctx.inbound.get(url, ())) - set(members) - {url}
    return len(outside) >= ENTRY_MAX_INBOUND


def _in_folder_of(url: str, column_url: str) -> bool:
    """`url` sits in the folder of a column page below the site root (`http://host/tzgg/…`), or under it."""
    folder = folder_of(column_url)
    return urlsplit(folder).path not in ("", "/") and folder_of(url).startswith(folder)


def _not_an_entry(target: PageFacts, texts: dict[str, Counter[str]]) -> bool:
    """A page a list never lists as an entry: a function page, a site map or catalogue, a jump page."""
    names = _names(target, texts)
    return target.redirect or is_function_page(target, names) or any(
        w in n for n in names for w in NAVIGATION_WORDS)


def _item_date(ctx: SiteContext, raw: tuple[int | None, int, int] | None, url: str, where: str) -> dt.date | None:
    """An entry's date: the row's, with a month-day date's year from the detail page or the dated URL."""
    detail = ctx.pages.get(url)
    if raw is None:
        return ctx.resolve_date(detail.pubdate, url) if detail is not None and detail.pubdate else None
    if raw[0] is None:
        if detail is not None and detail.pubdate and detail.pubdate[0] is not None and detail.pubdate[1:] == raw[1:]:
            return ctx.resolve_date(detail.pubdate, url)
        year = year_from_url(url, raw[1], raw[2])
        if year is not None:
            return ctx.resolve_date((year, raw[1], raw[2]), where)
    return ctx.resolve_date(raw, where)


def _row_date(ctx: SiteContext, it: Item, url: str, where: str) -> dt.date | None:
    """A list row's date: with two full dates or more (成文日期 | 发布日期, 来信 | 答复), the latest one not after the
    as-of date — when the list was last touched; a date after it (a 征集's 截止日期, a term's end) neither dates the row
    nor leaves it undated. Else the row's date as `_item_date` reads it."""
    if len(it.dates) >= 2 and it.date is not None and it.date[0] is not None:
        shown = [d for d in (to_date(r, ctx.as_of) for r in it.dates) if d is not None and d <= ctx.as_of]
        if shown:
            return max(shown)
    return _item_date(ctx, it.date, url, where)


def column_limit(ctx: SiteContext, col: Column) -> int | None:
    return ctx.limits.by_type.get(col.type)


def is_stale(ctx: SiteContext, col: Column) -> bool:
    limit = column_limit(ctx, col)
    if limit is None or col.items == 0:
        return False
    if script_list_unseen(ctx, ctx.pages[col.url]):
        return False   # the visible list comes from a script: what the HTML shows may be old or partial
    if col.last_update is None:
        return not col.unfetched   # entries whose pages the crawl did not fetch: their dates are unknown
    return ctx.days_since(dt.date.fromisoformat(col.last_update)) > limit


SPLASH_WARNING = "首页为跳转页（自动跳转、框架页或“点击进入”），未能确定访客实际到达的首页：首页相关检查未测量"
MIN_CONTENT_CHARS = 60     # own text of a single-page column (机构职能, 概况 …)
DECLARED_EMPTY_CHARS = 20  # a declared column (ColumnName) showing less text of its own than this shows nothing
MARKED_EMPTY_MAX_CHARS = 200   # a page showing an empty list is blank unless it carries this much text of its own


def _line_counts(ctx: SiteContext) -> Counter[str]:
    counts: Counter[str] = Counter()
    for f in ctx.pages.values():
        counts.update(f.lines)
    return counts


CONTENT_LINE = 10          # text blocks at least this long are content (shorter ones: labels, menu entries)


def own_content_chars(ctx: SiteContext, page: PageFacts, shortest: int = CONTENT_LINE, prose: bool = False) -> int:
    """Characters of the text blocks no other list-less page repeats (not navigation, sidebar or footer);
    `prose`: only blocks that are no link text of the page (what it says, not what it lists)."""
    counts: Counter[str] = ctx.derived("line_counts", _line_counts)
    anchors = {link.text for link in page.links} if prose else set()
    return sum(len(t) for t in page.lines if counts[t] <= 1 and len(t) >= shortest and t not in anchors)


def own_lines(ctx: SiteContext, page: PageFacts) -> list[str]:
    """The text blocks of a list-less page that no other such page repeats (not navigation, sidebar or footer)."""
    counts: Counter[str] = ctx.derived("line_counts", _line_counts)
    return sorted(t for t in page.lines if counts[t] <= 1)


def is_empty(ctx: SiteContext, col: Column, columns_by_url: set[str]) -> bool:
    """No entry since it was opened: it says or shows its list is empty; or it has no items on any of its pages,
    no child columns, no content of its own (a single-page column such as 机构职能 is not blank), no link of its
    own (a page leading to a platform or a document shows something), no frame and no form to write in."""
    if col.items:
        return False
    first = ctx.pages[col.url]
    if first.textarea or script_list_unseen(ctx, first):
        return False
    if first.frames:
        return False  # what it shows is in a frame (a form, a list served by another system)
    own = own_content_chars(ctx, first)
    if shows_empty_list(ctx, first) and own < MARKED_EMPTY_MAX_CHARS:
        return True   # the page says its list is empty (暂无信息, 共0条) or shows an empty list container
    if own >= MIN_CONTENT_CHARS:
        return False
    if not first.rendered and "scripted" in first.signs and not judged_static(ctx, first):
        return False  # whatever a script the browser lane did not run puts there
    for link in first.links:
        u = ctx.canonical(link.url)
        if u == col.url or u in ctx.template_links or u in col.pages:
            continue
        if u in columns_by_url:
            return False  # a channel page leading to sub-columns
        if len(ctx.inbound.get(u, ())) <= ENTRY_MAX_INBOUND:
            return False  # it links somewhere only it (and maybe one other page) does: it shows something
    return True


def stale_column_findings(ctx: SiteContext) -> list[Finding]:
    out: list[Finding] = []
    for col in ctx_columns(ctx):
        if not is_stale(ctx, col):
            continue
        limit = column_limit(ctx, col)
        seen = f"最近更新 {col.last_update}" if col.last_update else "条目均无发布时间（视为未更新）"
        out.append(Finding(
            "stale-column", "信息发布", {"url": col.url}, col.evidence,
            f"{col.type}栏目「{col.name}」超过 {limit} 天未更新（{seen}）",
            {"name": col.name, "type": col.type, "last_update": col.last_update},
        ))
    return out


def empty_column_findings(ctx: SiteContext) -> list[Finding]:
    cols = ctx_columns(ctx)
    urls = {c.url for c in cols}
    return [
        Finding("empty-column", "信息发布", {"url": c.url}, c.evidence, f"栏目「{c.name}」为空白栏目（无任何信息条目）",
                {"name": c.name, "type": c.type})
        for c in cols if is_empty(ctx, c, urls)
    ]


def homepage_last_update(ctx: SiteContext) -> tuple[dt.date | None, str, PageFacts | None]:
    hp = ctx.homepage
    if hp is None:
        return None, "", None
    best: tuple[dt.date, str] | None = None
    for it in hp.items:
        u = ctx.canonical(it.url)
        if u in ctx.template_links:
            continue  # a header showing today's date next to 无障碍 or 登录 links is no update
        d = _item_date(ctx, it.date, u, hp.url)
        if d is not None and (best is None or d > best[0]):
            best = (d, it.row or it.title)
    if best is not None:
        return best[0], best[1], hp
    # a navigation-only homepage: the newest update on the second-level pages
    best_page: tuple[dt.date, str, PageFacts] | None = None
    for link in hp.links:
        f = ctx.page(link.url)
        if f is None or f is hp:
            continue
        for it in f.items:
            d = _item_date(ctx, it.date, ctx.canonical(it.url), f.url)
            if d is not None and (best_page is None or d > best_page[0]):
                best_page = (d, it.row or it.title, f)
    if best_page is not None:
        return best_page
    return None, "", hp


def homepage_stale_findings(ctx: SiteContext) -> list[Finding]:
    if ctx.homepage is None:
        return []
    last, excerpt, where = homepage_last_update(ctx)
    if last is not None and ctx.days_since(last) <= ctx.limits.homepage:
        return []
    # a homepage showing dated lists the server printed: only a list a script fills in plain sight may be newer
    # (an empty list in a hidden tab or panel is no part of what the visitor sees)
    if script_list_unseen(ctx, ctx.homepage, shown_only=where is ctx.homepage and last is not None) \
            or last is None and script_drawn(ctx, ctx.homepage):
        ctx.warnings.append("首页更新情况未测量：首页信息列表由脚本生成，且未经浏览器渲染（请用 --render auto 重新采集）")
        return []
    if ctx.homepage.redirect:
        ctx.warnings.append(SPLASH_WARNING)
        return []
    page = where or ctx.homepage
    seen = f"最近更新 {last.isoformat()}" if last else "首页未发现带发布时间的信息"
    return [Finding(
        "homepage-stale", "信息发布", {}, Evidence(page.url, excerpt or seen, page.warc_record),
        f"首页超过 {ctx.limits.homepage} 天未更新（{seen}）", {"last_update": last.isoformat() if last else None},
    )]


def ctx_columns(ctx: SiteContext) -> list[Column]:
    cols: list[Column] = ctx.derived("columns", discover_columns)
    return cols
