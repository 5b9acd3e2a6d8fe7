"""Pages that are no columns, whatever rows they carry: function pages (联系我们, search, login, message forms), open-
data portal pages, services not built or out of service, error pages, search answers, the site in another mode,
front pages and hubs, splash and gateway pages — and pages that are one despite their place: the site's section on a
shared platform, a column given as the homepage, a fragment a menu opens in a frame, a page placed by its
breadcrumb."""

from __future__ import annotations

import posixpath
import re
from collections import Counter
from urllib.parse import parse_qsl, urljoin, urlsplit

from govweb.checks.column_entries import (
    ENTRY_MAX_INBOUND,
    MIN_UNDATED_ENTRIES,
    SECTION_NAME_MAX,
    address_shape,
    article_link_urls,
    lists_keeping,
    own_rows,
    records,
    template_row,
)
from govweb.checks.column_names import (
    MIN_DATED_ITEMS,
    MINORITY_LETTERS,
    anchor_texts,
    column_name,
    column_named,
    headline_like,
    names_annual_report,
    names_of,
    title_name,
    type_of,
    without_gloss,
)
from govweb.checks.context import SiteContext
from govweb.checks.datapage import row_formats
from govweb.checks.dates import dated_url
from govweb.checks.guide_labels import is_guide
from govweb.checks.list_rows import Item
from govweb.checks.list_state import (
    CONTENT_LINE,
    MIN_CONTENT_CHARS,
    awaits_script_list,
    own_content_chars,
    own_lines,
    shows_empty_list,
)
from govweb.checks.out_of_service import BUILDING, FAILURE, MOVED, SUSPENDED, says_error
from govweb.checks.page import EMPTY_CELL, PageFacts
from govweb.checks.page_links import ACTION_NAME, MORE, WRITE_LINK, channel_tool, open_button
from govweb.checks.printed_lists import EMPTY_LIST
from govweb.checks.row_dates import opens_file
from govweb.checks.site_scope import HOME_NAME, platform_section
from govweb.htmlstd import parse_refresh
from govweb.urlnorm import folder_of

# Navigation pages (a catalogue of columns, a site map) are never columns themselves.
NAVIGATION_WORDS = ("目录", "导航", "网站地图", "索引", "站点地图")
# An automatic assistant by its name (智能客服, 政务AI助手, 智能问答): a chatbot answering from its knowledge base, a
# function page (its chat window), and no channel taking a message for a human's reply (`entry_targets._chatbot`).
ASSISTANT_WORDS = ("智能客服", "智能问答", "智能助手", "智能机器人", "AI助手", "AI客服", "AI问答")
# Function pages: what they are for is not to list dated items. A page that lists none and is named so is
# never a column (with dated items it is one: an 在线访谈 archive lists past interviews).
FUNCTION_WORDS = (
    "联系我们", "联系方式", "网站地图", "站点地图", "网站导航", "长者", "关怀版", "适老", "老年版", "无障碍", "读屏",
    "辅助浏览", "在线访谈", "访谈直播", "网上直播", "直播", "搜索", "检索", "查询", "登录", "登陆", "注册", "用户中心",
    "个人中心", "我要留言", "我要写信", "我要咨询", "我要投诉", "我要建议", "写信", "留言板", "在线留言", "在线咨询",
    "关于我们", "关于本站", "关于本网", "网站声明", "免责声明", "隐私", "版权声明", "法律声明", "使用帮助", "帮助中心",
    "网站纠错", "找错", "纠错", "RSS", "English", "ENGLISH", "繁体", "繁體", "手机版", "移动版", "设为首页", "加入收藏",
    "收藏本站", *ASSISTANT_WORDS, "在线客服", "网站地图", "意见反馈", "预约", "报名", "申报入口", "投票",
    "热线",   # a hotline's page (12345热线, 市长热线): a number to call, its hours and scope
)
_FUNCTION_PATHS = ("/wza", "/search", "/login", "/sitemap", "/lxwm", "/contact", "/about", "/register", "/rss",
                   "/english", "/en/", "/help", "/jiucuo", "/zfwzzc")
DATA_PORTAL_WORDS = ("数据开放", "开放数据", "公共数据", "数据下载", "数据集")


def shows_open_data(f: PageFacts) -> bool:
    """The page shows datasets, formats or resources, or states how many datasets it holds (共 356 个数据集 — not a
    list's 共5条 beside its pager)."""
    d = f.data
    return d is not None and bool(d.labels or d.formats or d.resources or d.stated and d.named)


def open_data_page(f: PageFacts, names: list[str]) -> bool:
    """A page of an open-data portal: it shows open data (`shows_open_data`) or is named like a portal."""
    named = any(w in n for n in names if not headline_like(n) for w in DATA_PORTAL_WORDS)
    return named or shows_open_data(f)


# a row that is one file of a dataset: its link says 下载, or it names a file (公共自行车站点信息_202611.xlsx)
_DOWNLOAD_LINK = re.compile(r"^\s*(?:点击|立即|文件)?下载\s*$")
_FILE_NAME = re.compile(r"[\w\u4e00-\u9fff)）]\.(?:xlsx|xls|csv|json|geojson|xml|rdf|zip|rar|pdf|docx?|txt|shp|kml|wps|ofd)"
                        r"(?![a-z])", re.I)


def lists_datasets(ctx: SiteContext, f: PageFacts) -> bool:
    """A catalogue of datasets: two dated rows or more, each a dataset naming its format (a card's badges, a download
    table's XLSX link) — not a dataset's own files (rows whose link says 下载 or that name a file), not a portal home's
    box of the latest datasets' names."""
    rows = [it for it in own_rows(ctx, f) if it.date and row_formats(it.row)
            and not _DOWNLOAD_LINK.match(it.title) and not _FILE_NAME.search(it.row)]
    return len(rows) >= MIN_DATED_ITEMS


# a map of places (便民服务地图, 电子地图, 办事地图): a tool to find an office on, not a list (地图审核公示 lists)
_MAP_NAME = re.compile(r"地图\s*$")


def is_function_page(f: PageFacts, names: list[str]) -> bool:
    """联系我们, 网站地图, 长者模式, 在线访谈 live pages, search, login, message forms, 关于我们 …: pages for doing
    something, not lists of dated items."""
    if f.login_form or f.textarea:
        return True
    if any(ACTION_NAME.match(n) or _MAP_NAME.search(n) or any(w in n for w in FUNCTION_WORDS) or channel_tool(n)
           for n in names):
        return True   # (a 信箱's 信件统计 page: its counts by month, no list — never a blank 互动 column)
    path = urlsplit(f.url).path.lower()
    return any(path.startswith(p) or f"{p}/" in path for p in _FUNCTION_PATHS)


_UNDER_CONSTRUCTION = re.compile(BUILDING + r"|正在建设|敬请期待")
# a list of service guides (办事指南, 服务指南): documents about the services, a column of the site's like any list
_GUIDE_LIST = re.compile(r"指南|指引")


def _only_building(f: PageFacts) -> list[str]:
    """The lines of a page listing nothing that say its list is empty when every one only says it is under
    construction (栏目建设中，敬请期待): those lines; else none."""
    if f.items or f.empty_container or not f.empty_marker:
        return []
    said = [line for line in f.lines if EMPTY_LIST.search(line) or EMPTY_CELL.search(line)]
    ok = all(_UNDER_CONSTRUCTION.search(line) and not EMPTY_CELL.search(line)
             and not EMPTY_LIST.search(_UNDER_CONSTRUCTION.sub("", line)) for line in said)
    return said if ok else []


def unbuilt_service(f: PageFacts, names: list[str]) -> bool:
    """A service entry not built yet: a page named for 办事 (网上办事, 办事服务) that shows no list, empty or not, and
    only says it is under construction (页面建设中，敬请期待). What it lacks is the service, not dated items: the
    办事服务 entry leads nowhere (`service-unusable` judges it); it is no blank column. A 办事服务 page saying 暂无数据
    or showing an empty list container is a column with an empty list; so is a list of guides under construction
    (办事指南：栏目建设中 — documents about the services, a column like 政策解读 beside it, not the service itself)."""
    if not any(type_of(n) == "办事" and not _GUIDE_LIST.search(n) for n in names):
        return False
    return bool(_only_building(f))


# a link naming a guide to one service (城乡居民养老保险参保登记办事指南, 残疾人证办理服务指引), not 信息公开指南
_GUIDE_NAME = re.compile(r"(?:办事|服务|办理)(?:指南|指引)\s*$")


def service_hall(ctx: SiteContext, f: PageFacts, names: list[str]) -> bool:
    """A service hall: a page named for 办事 (政务服务, 办事服务) that prints no dated row and leads on — a hub, its links
    naming services, not headlines (养老保险参保登记, 临时救助申请 under 个人办事 / 法人办事 tabs). The guides it opens
    are services a visitor uses, not dated items of a list, even where the site keeps them at dated addresses: no
    column (no freshness to judge; the 办事服务 entry and the guides' completeness judge it). So is such a page leading
    on by fewer links, all of them off the site (the province's 政务服务网 and two of its guides, beside the service
    window's address), showing no list sign — no empty list or its statement, no pager; a guide of the site's own it
    opens beside its links to the platform (a 热门办事指南 box: the platform's services and one guide kept on the
    site; the platform may be the homepage's way on too) is such a service too, an article that is no guide is not.
    Dated rows that are all such services — the platform's, on the host of a way on the page offers beside them (its
    政务服务网 tile), and guides the site keeps — make it no list either (a 便民服务 page's 常办事项 box: the platform's
    services dated as it updated them, one guide of the site's). The rows of a box the template lists on every page
    (最新更新 in a left column) are none of the page's. A single dated row of its own beside the services it leads on to
    (a 常用下载 compilation under 个人办事 / 法人办事 tiles) is a box of the hall, not a list."""
    if not any(type_of(n) == "办事" for n in names):
        return False
    rows = _rows_of_its_own(ctx, f)
    if rows and not _service_rows(ctx, f):
        return len(rows) < MIN_DATED_ITEMS and hub(ctx, f)
    if hub(ctx, f):
        return True
    if f.empty_marker or f.empty_container or f.empty_lists or f.pagination or records(ctx, f):
        return False
    nav: frozenset[str] = ctx.derived("navigation", navigated_pages)
    own = {u for link in f.links if (u := ctx.canonical(link.url)) not in nav and u != f.url}
    # (a guide the crawl did not open is known by its name: 农村危房改造申请办事指南)
    named = {ctx.canonical(link.url) for link in f.links if _GUIDE_NAME.search(link.text)}
    guides = {u for u in own if (g := ctx.pages.get(u)) is not None and is_guide(g.guide_elements)} | {
        u for u in own & named if u not in ctx.pages and ctx.same_site(u)}
    ways = own - guides
    # (the platform the homepage links too: its way on all the same)
    platform = {u for link in f.links if not ctx.same_site(u := ctx.canonical(link.url)) and u not in ctx.template_links}
    # (one page of the site's own the crawl did not open, at an undated address, is known by its link alone: beside
    # the platform's ways — the service window's hours under 便民服务 — it is a way on too, no list's one entry)
    unseen = {u for u in ways if ctx.same_site(u) and u not in ctx.pages and not dated_url(u)}
    if len(unseen) == 1 and (ways | platform) - unseen:
        ways -= unseen
    if any(ctx.same_site(u) for u in ways):
        return False
    return bool(ways) or bool(guides or unseen) and bool(platform)


def _rows_of_its_own(ctx: SiteContext, f: PageFacts) -> list[Item]:
    """The page's own rows without those the template lists on every page (`column_entries.template_row`)."""
    return [it for it in own_rows(ctx, f) if not template_row(ctx, ctx.canonical(it.url))]


def _service_rows(ctx: SiteContext, f: PageFacts) -> bool:
    """Every row of the page is a service: a guide the site keeps (a page the crawl opened and read as a guide) or a
    service of a platform off the site the page also leads to beside its rows (on the host of its 政务服务网 tile) —
    one of them at least."""
    rows = {ctx.canonical(it.url) for it in _rows_of_its_own(ctx, f)}
    platforms = {urlsplit(u).netloc for link in f.links if not ctx.same_site(u := ctx.canonical(link.url))
                 and u not in rows and u not in ctx.template_links}
    off = {u for u in rows if not ctx.same_site(u)}
    return bool(off) and all(urlsplit(u).netloc in platforms for u in off) and all(
        (g := ctx.pages.get(u)) is not None and is_guide(g.guide_elements) for u in rows - off)


def suspended_function(ctx: SiteContext, f: PageFacts, names: list[str]) -> bool:
    """An interaction or service function out of service: a page named for 互动 or 办事 (主任信箱, 网上咨询) that
    shows no list, empty or not, and says it takes nothing for now (因系统升级改造，自…起暂停受理) — or shows no list of any
    kind and offers its channel only through a link whose script just shows a message (镇长信箱 → alert('系统维护中'),
    not such a link of the site's template). What it lacks is the
    function (`interaction-poor`, `service-unusable` judge it), not dated items: no blank column. A 信箱 page listing
    its letters, saying 暂无数据 or showing an empty list stays a column."""
    if own_rows(ctx, f) or f.empty_container or f.empty_marker:
        return False   # (a 返回首页 link under the notice, dated by it, is no row)
    if not any(type_of(n) in ("互动", "办事") for n in names):
        return False
    if any(SUSPENDED.search(line) for line in f.lines | f.prose):
        return True
    # a channel offered only through a link whose script shows a message (镇长信箱 → alert('系统维护中')), on a page
    # showing no list of any kind: the function's page, out of service (the site template's such links aside)
    template: frozenset[str] = ctx.derived("template_alerts", lambda c: c.shown_on_most_pages(lambda g: g.alert_links))
    return bool(set(f.alert_links) - template) and not (f.items or f.empty_lists or f.pagination or f.frames or f.textarea)


_ARCHIVE_NAME = re.compile(r"访谈(?!直播)")


def empty_archive(ctx: SiteContext, f: PageFacts, names: list[str]) -> bool:
    """An 在线访谈 page that is an archive of interviews with nothing in it: an empty list container and a line saying
    so (暂无信息) — or, with no list at all, only a line saying the column is being built (栏目建设中，敬请期待: the page
    calls itself a 栏目) —, and nothing else of its own — no live interview's text, frame or form. A blank column, as
    any list saying it is empty; a live page (its transcript, its player) stays a function page."""
    if not any(_ARCHIVE_NAME.search(n) for n in names):
        return False
    unbuilt = any("栏目" in line for line in _only_building(f))
    return bool(f.empty_container or f.empty_lists or unbuilt) and (
        f.empty_marker and not f.frames and not f.textarea and shows_empty_list(ctx, f)
        and own_content_chars(ctx, f, prose=True) < MIN_CONTENT_CHARS)


DOCUMENT_CHARS = 150   # what a page says of its own besides its rows: a document (a transcript, an introduction)
SHORT_DOCUMENT_CHARS = 100   # … or a shorter one that outweighs its rows twice (an interview's summary and opening)


def _prose_counts(ctx: SiteContext) -> Counter[str]:
    counts: Counter[str] = Counter()
    for f in ctx.pages.values():
        counts.update(f.prose | f.lines)
    return counts


BUTTON_CHARS = 4   # a row's link named in a word (已反馈, 查看详情, 进入): a button beside the row's subject


def own_prose_chars(ctx: SiteContext, f: PageFacts) -> int:
    """Characters of the text blocks a page listing rows says of its own: no other page repeats them and no link of
    the page names them."""
    counts: Counter[str] = ctx.derived("prose_counts", _prose_counts)
    anchors = {link.text.strip() for link in f.links}
    # (a guestbook's messages printed whole are its rows, not text of its own beside them; so are the cells of a
    # table's rows whose link is a button, not the subject: 征集主题 | 起始日期 | 截止日期 | 已反馈)
    rows_text = [it.row for it in f.items if it.scripted or len(it.title.strip()) <= BUTTON_CHARS]
    return sum(len(t) for t in f.prose if counts[t] <= 1 and t not in anchors
               and not any(" ".join(t.split()) in row for row in rows_text))


def form_library(f: PageFacts, names: list[str], rows: list[Item]) -> bool:
    """A download tool (下载中心 of forms): a page named for 下载 whose rows all open files, printed on one page (no
    pager) in no date order (sorted by download count, by 事项) — its dates are the forms' revisions, no items
    published. A CMS list of files in date order (表格下载, newest first, paged) is a column."""
    if len(rows) < MIN_DATED_ITEMS or f.pagination or not any("下载" in n for n in names) or \
            not all(opens_file(it.url) for it in rows):
        return False
    days = [it.date for it in rows if it.date is not None and None not in it.date]
    return len(days) >= MIN_DATED_ITEMS and days != sorted(days) and days != sorted(days, reverse=True)


def function_beside_rows(ctx: SiteContext, f: PageFacts) -> bool:
    """The page says more of its own than its rows do — text blocks no other page repeats and no link of its names,
    at least DOCUMENT_CHARS long, or SHORT_DOCUMENT_CHARS and twice its rows' text (a live interview's transcript or
    its 访谈主题/嘉宾/时间 and opening lines, with a 往期回顾 box of past ones): on a page named for a function, its rows
    are a box beside what it is for (an archive of interviews shows its rows only)."""
    said = own_prose_chars(ctx, f)
    rows = sum(len(it.row or it.title) for it in f.items)
    return said >= DOCUMENT_CHARS and said > rows or said >= SHORT_DOCUMENT_CHARS and said >= 2 * rows


def not_a_site_page(f: PageFacts) -> bool:
    """An error page (页面不存在, 404 — not a column under construction, which says 建设中) or a bare document with
    no links and no title, or a host name for a title (a browser's rendering of an error text, or of an address it
    could not reach): nothing a visitor knows as a column."""
    return f.error_page and (not f.empty_marker or system_failure(f)) or not f.links and (
        not f.title.strip() or _HOST_NAME.fullmatch(f.title.strip()) is not None)


_LONG_NUMBER = re.compile(r"\d{4,}")   # a phone number or a year (0797-5210404), not an error code


def error_in_template(ctx: SiteContext, f: PageFacts) -> bool:
    """A page listing nothing whose own text — the blocks no other page repeats — is a short error message
    (页面不存在, 您访问的页面不存在或已删除): a soft error page, however much of the site's template (a header, menu and
    footer a browser drew, a long static footer) lengthens the page past a short one — or says that the system behind
    it failed (数据库连接出错，请检查连接字串！ where the script stopped under the breadcrumb). Not a column under
    construction (建设中 is a blank column's sign)."""
    if f.items or f.is_article or f.empty_marker:
        return False
    text = _LONG_NUMBER.sub(" ", " ".join(own_lines(ctx, f)))
    return says_error(text) or says_error(_FAILURE.sub("系统错误", text))   # (the failure read as 系统错误, as short)


# what a page says when the system behind it failed (`out_of_service.FAILURE`), or the data behind it (数据加载失败)
_FAILURE = re.compile(FAILURE + r"|(?:数据库|数据)(?:连接|读取|加载)(?:失败|异常|出错)")


def system_failure(f: PageFacts) -> bool:
    """A soft error page reporting that the system behind it failed (系统错误：信箱配置读取失败（500 Internal Server
    Error）): the empty list under the message (暂无数据) is what the failure left, not a column with nothing in it."""
    return f.error_page and any(_FAILURE.search(line) for line in f.lines)


# the title a browser gives the page it shows for an address it could not reach (a jump to another site)
_HOST_NAME = re.compile(r"[\w-]+(?:\.[\w-]+)+(?::\d+)?")


_SEARCH_NAME = re.compile(r"搜索|检索")


def answers_search(f: PageFacts) -> bool:
    """The page is the answer of its own search form (its address is the form's action with a query in it:
    `/was5/web/search?searchword=…`, or without one where the query was posted back — ASP.NET `Search.aspx` — and
    the page names itself for search: 站内搜索): its dated rows are hits from every column, it is no column."""
    if not f.search_action:
        return False
    page, action = urlsplit(f.url), urlsplit(f.search_action)
    if (page.netloc, page.path) != (action.netloc, action.path):
        return False
    if not page.query or page.query == action.query:
        # the answer to a query posted back (ASP.NET `Search.aspx`): the form's own address, named for search (a
        # WebForms page whose one form posts back to its own address, query and all — `NewsList.aspx?cid=11` — with
        # the header's search box in it, is no answer: its address carries no query of the form's)
        return _named_for_search(f)
    sent = dict(parse_qsl(page.query, keep_blank_values=True))
    if f.search_choices and all(name in f.search_choices for name, value in sent.items() if value):
        return False   # the query only picks a choice the form offers (a 文件库 narrowed to one 发布机构, no keyword):
        # the library's list of that choice, not the hits of a search
    if f.search_words and any(sent.get(name) for name in f.search_choices) and not any(
            sent.get(name) for name in f.search_words):
        return False   # … beside words of the linking page's own (deptName=市医保局: the choice's name), but still no
        # keyword typed in a field of the form: a list narrowed to that choice
    fixed = {name for name, _ in f.search_fields}
    if f.search_words and not any(sent.get(name) for name in f.search_words) and all(
            name in fixed or name in f.search_choices or value.isdigit() for name, value in sent.items() if value
    ) and not _named_for_search(f):
        return False   # the query only repeats what the form fixes (its hidden cat=tzgg&year=2026, a page number), no
        # keyword typed: the list a 标题 filter form searches within, shown as the menu opens it — not the hits of a search
    # a page of another module of the same script (PHPCMS index.php?m=guestbook beside a form sending m=search):
    # its query contradicts a fixed field the form sends — or, no keyword typed, one its own address fixes
    # (index.php?m=content&c=index&a=lists&catid=11 beside a form sent to index.php?m=search&c=index&a=init)
    typed = any(sent.get(name) for name in f.search_words)
    fixed_fields = f.search_fields + (() if typed else tuple(parse_qsl(action.query)))
    return all(sent.get(name, value) == value for name, value in fixed_fields)


def saved_search(ctx: SiteContext, f: PageFacts, names: list[str]) -> bool:
    """A column a search address serves (a saved search: the menu's 本县要闻 opening
    `search.jsp?channelid=2150&keyword=本县要闻`, 政策法规 opening `search.asp?ClassID=7&keyword=…`): a page that is a
    function page for its address alone (`/search…`), reached from the navigation, listing dated rows, none of whose
    names is a function's, and whose own name — its breadcrumb's last step, else its title, no word of search in it —
    is the name the links to it give. A search a visitor runs names itself for search (首页 > 站内搜索, 搜索结果) or by
    no link's words: it stays a function page, never a (blank) column."""
    if not f.items or f.login_form or f.textarea or ctx.canonical(f.url) not in ctx.derived(
            "navigation", navigated_pages):
        return False
    if any(ACTION_NAME.match(n) or _MAP_NAME.search(n) or any(w in n for w in FUNCTION_WORDS) for n in names):
        return False
    own = f.breadcrumb[-1].strip() if f.breadcrumb else "" if _SEARCH_NAME.search(f.title) else title_name(f.title)
    texts: dict[str, Counter[str]] = ctx.derived("anchor_texts", anchor_texts)
    return bool(own) and own in texts.get(f.url, ())


def search_page(f: PageFacts) -> bool:
    """The page is the site search's: it lives under `/search` or names itself for search (站内搜索, 全文检索)."""
    path = urlsplit(f.url).path.lower()
    return path.startswith("/search") or "/search/" in path or _named_for_search(f)


def _named_for_search(f: PageFacts) -> bool:
    """The page names itself for search (站内搜索, 全文检索 in its title or breadcrumb)."""
    return any(_SEARCH_NAME.search(n) for n in (title_name(f.title), f.breadcrumb[-1] if f.breadcrumb else "") if n)


# A step of a breadcrumb filing the page under the site's tags (首页 > 标签 > 乡村振兴, TAG, 热点标签)
_TAG_STEP = re.compile(r"(?:热点|热门)?(?:标签|tags?)(?:云|列表)?", re.I)


def tag_page(f: PageFacts) -> bool:
    """The page gathers the documents a tag marks (JEECMS `tag.jspx?tagId=12`, its breadcrumb 首页 > 标签 > 乡村振兴): its
    dated rows come from many columns, as a search's hits do — no column."""
    return any(_TAG_STEP.fullmatch(step.strip()) for step in f.breadcrumb[:-1])


# A page's name saying it is the site's archive of posts (归档, 文章归档, Archives; 历史博文, the word Docusaurus prints
# for its blog archive in Chinese)
_POST_ARCHIVE = re.compile(r"(?:文章|博文|全部文章)?(?:归档|存档)|历史博文|archives?", re.I)
ARCHIVE_MONTHS = 2   # month headings of such an archive, at least


def post_archive(f: PageFacts, names: list[str]) -> bool:
    """The page is a blog's archive (归档): named so and filing its rows under month headings (2026 › 11月) — every post
    of the site by when it was published, whichever column lists it: a function page, no column. (An 信息归档 column
    of old documents is named otherwise and lists them as a column does.)"""
    return f.month_headings >= ARCHIVE_MONTHS and any(_POST_ARCHIVE.fullmatch(n.strip()) for n in names)


# The site shown in another mode (big print for the elderly, a screen-reader mode, the phone version, the former
# homepage kept as 经典版 beside a new one): a view of the site's own columns, whatever rows it repeats. Not 无障碍
# alone: 无障碍环境建设 may well be a column's subject; nor 经典版本 (a 经典版本推荐 list is a subject too).
_VIEW_MODE = re.compile(r"长者模式|长者版|关怀版|关怀模式|适老化|适老版|老年版|老年模式|大字版|无障碍(?:浏览|阅读|模式|版)|手机版|移动版"
                        r"|经典版(?!本)")


def view_mode(f: PageFacts) -> bool:
    """The page names itself (title, breadcrumb, ColumnName) as a mode of the site (长者模式, 关怀版 …) — or its title
    names the site it belongs to as that mode, in brackets (部门动态 - 某区人民政府（关怀版）: the mode's copy of a column,
    the column itself being the standard site's)."""
    own = (title_name(f.title), f.breadcrumb[-1] if f.breadcrumb else "", f.meta.get("columnname", ""))
    return any(_VIEW_MODE.search(n) for n in own if n) or any(
        _VIEW_MODE.fullmatch(m.group(1)) for m in _BRACKETED.finditer(f.title))


# A homepage link naming the phone version of the site (手机版, 移动版, 触屏版, WAP版)
_DEVICE_SWITCH = re.compile(r"(?:手机|移动|触屏|WAP)(?:版|端|网站)?", re.I)


def device_fronts(ctx: SiteContext) -> frozenset[str]:
    """Pages the homepage links as the site's phone version (手机版 → the m. host's `/`, `/wap/`): that version's front
    page, its rows the phone homepage's boxes — no column (the phone copy of a list, named as the list, is one)."""
    hp = ctx.homepage
    if hp is None:
        return frozenset()
    return frozenset(ctx.canonical(link.url) for link in hp.links
                     if _DEVICE_SWITCH.fullmatch(link.text.strip())) - {ctx.homepage_url}


_BRACKETED = re.compile(r"[（(【\[]\s*([^（()）【】\[\]]{2,8}?)\s*[）)】\]]")


_MINORITY = re.compile(f"[{MINORITY_LETTERS}]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


# Letters of a foreign-language version (English, Russian, Korean) or a minority one: words a title or row is written in
_OTHER_WORD = re.compile(f"[A-Za-z\u0400-\u04ff\u1100-\u11ff\u3130-\u318f\uac00-\ud7af{MINORITY_LETTERS}]+")


def _in_other_letters(text: str) -> bool:
    """Text written in another language: more of its words in other letters than twice its Chinese characters (an
    English page's 中文 switch and ICP line aside; a bilingual menu, 新闻中心 News, stays Chinese)."""
    return len(_OTHER_WORD.findall(text)) > 2 * len(_HAN.findall(text))


def other_language(f: PageFacts) -> bool:
    """The page is the site in another language (a 蒙古文版, 藏文版, 维吾尔文版, an English or Korean version's front
    page or list): its title is written in a minority script with no Chinese character; or its title has no Chinese
    character and what it shows is written in other letters too — most of its rows (News: English headlines), or,
    listing none, its text. Its rows are the other version's, no column of the Chinese site, and its links no entries
    of it. A Chinese list under /en/ or titled in English, a bilingual page, stays the site's."""
    title = f.title.strip()
    if _HAN.search(title) or not _OTHER_WORD.search(title):
        return False
    if _MINORITY.search(title):
        return True
    if f.items:
        return 2 * sum(1 for it in f.items if not _HAN.search(it.title)) > len(f.items)
    return _in_other_letters(f.text_head)


MIN_FRONT_BLOCKS = 2


def _more_targets(f: PageFacts, ctx: SiteContext) -> set[str]:
    return {ctx.canonical(link.url) for link in f.links
            if MORE.match(link.text.strip()) and ctx.same_site(link.url)} - {f.url}


def _template_more(ctx: SiteContext) -> frozenset[str]:
    """Lists a 更多 link on half the pages leads to (a sidebar box of the template)."""
    return ctx.shown_on_most_pages(lambda f: _more_targets(f, ctx))


def front_page(ctx: SiteContext, f: PageFacts) -> bool:
    """A front page (the homepage, a channel's or a sub-site's front page): its rows stand in blocks, each with a
    更多 link to the list it comes from (two lists or more, not counting the template's boxes) — or, where the boxes'
    headings are the links (镇务动态 and 通知公告 over their rows on a township's channel), its rows all stand in lists
    right below it that it links (`_lists_below`). The lists are columns; the front page is none."""
    return len(_boxes(ctx, f)) >= MIN_FRONT_BLOCKS


def _boxes(ctx: SiteContext, f: PageFacts) -> set[str]:
    """The lists a front page's boxes open: its 更多 links' (not the template's), else the lists right below it that
    hold its rows (`_lists_below`)."""
    template: frozenset[str] = ctx.derived("template_more", _template_more)
    more = _more_targets(f, ctx) - template
    return more if len(more) >= MIN_FRONT_BLOCKS else more | _lists_below(ctx, f)


def _lists_below(ctx: SiteContext, f: PageFacts) -> set[str]:
    """Two or more lists right below the page in the site's hierarchy (in a folder below its own — not its pager's —,
    or one step below it in its own breadcrumb) that it links and that the crawl fetched, which hold every dated row it shows — each some of them,
    or showing its list empty (the box of a blank 政策解读 beside 工作动态's): the page's boxes preview those lists (a
    channel's front page whose box headings link their lists, no 更多). None for a page paging through its rows (a
    list of its own) or showing fewer than two."""
    rows = {ctx.canonical(it.url) for it in own_rows(ctx, f) if not it.scripted}
    if len(rows) < MIN_DATED_ITEMS or f.pagination:
        return set()
    folder, host = _section_folder(f.url), urlsplit(f.url).netloc
    lists = {u: target for link in f.links if (u := ctx.canonical(link.url)) != f.url
             and (target := ctx.pages.get(u)) is not None and not target.is_article
             and (_below(u, host, folder) and _section_folder(u) != folder or _placed_below(f, target))}
    rows -= lists.keys()   # (a box's heading read beside the date of the box above it opens a list, no document)
    held: dict[str, set[str]] = {}
    empty: set[str] = set()
    for u, target in lists.items():
        mine = rows.intersection(ctx.canonical(it.url) for it in own_rows(ctx, target)) if target.items else set()
        if mine:
            held[u] = mine
        elif not target.items and shows_empty_list(ctx, target):
            empty.add(u)
    if not held or len(held) + len(empty) < MIN_FRONT_BLOCKS or len(rows) < MIN_DATED_ITEMS or set().union(
            *held.values()) != rows:
        return set()
    return set(held) | empty


# types of lists whose first-level column may show its sub-columns' rows (a 通知公告 over 通知, 公告, 公示): documents,
# not a channel a visitor uses (互动, 办事: their landing pages lead on) nor an untyped section (政务公开, 专题)
_PARENT_TYPES = frozenset({"动态要闻", "通知公告", "政策文件", "政策解读", "人事", "规划计划"})


def sub_lists_shown(ctx: SiteContext, f: PageFacts, texts: dict[str, Counter[str]]) -> frozenset[str]:
    """A first-level column showing its sub-columns' latest rows, a box each with a 更多 link (通知公告 over boxes of
    通知, 公告 and 公示): a front page (`front_page`) whose own name types it as a list of documents and whose every
    box opens a list of its own section — in its folder, or one step below it in its breadcrumb — named as a part of
    that same type. A visitor opening 通知公告 from the menu reads its notices there: the page is that column, its
    rows its entries (a channel's front page over lists of several types, 政务公开 over 通知公告 and 政策文件, is none).
    Returns the sub-lists its boxes open; none when the page is no such column."""
    boxes = _boxes(ctx, f)
    if len(boxes) < MIN_FRONT_BLOCKS:
        return frozenset()
    own = type_of(column_name(f, texts))
    if own == "其他" and f.meta.get("columntype"):
        own = type_of(f.meta["columntype"])
    if own not in _PARENT_TYPES:
        return frozenset()
    host, folder = urlsplit(f.url).netloc, _section_folder(f.url)
    headings = {ctx.canonical(link.url): link.name for link in f.links if link.heading}
    for u in boxes:
        target = ctx.pages.get(u)
        if not (_below(u, host, folder) and u != f.url or _placed_below(f, target)):
            return frozenset()
        names = {*texts.get(u, ()), headings.get(u, ""), target.meta.get("columnname", "") if target else ""}
        types = {type_of(n) for n in names if n} - {"其他"}
        if types != {own}:
            return frozenset()   # (a box of another type, or one no name types: a channel's front page)
    return frozenset(boxes)


MIN_SUB_PAGES = 2


# a section's last update as a site map prints it beside the section's name (最后更新：2023-06-28, 更新于 2021-06-15)
_LAST_UPDATE = re.compile(r"(?:最后|最近|最新)更新(?:时间|日期)?\s*[:：]?|更新于")


def maps_sections(ctx: SiteContext, f: PageFacts) -> bool:
    """Every dated row of the page is a section named in a word or two beside when it was last updated (政务动态
    最后更新：2023-06-28): a map of the site's sections, not a list of documents (a 目录 lists documents, each under
    its own date)."""
    rows = [it for it in own_rows(ctx, f) if not it.scripted]
    return bool(rows) and all(len(it.title.strip()) <= SECTION_NAME_MAX and not headline_like(it.title.strip())
                              and _LAST_UPDATE.search(it.row) is not None for it in rows)


def dates_its_sections(ctx: SiteContext, f: PageFacts) -> bool:
    """Every dated row of the page (two or more) is a section below its own folder, named in a word or two
    (重点领域公开 → 重大建设项目 /jczwgk/zdjsxm/ with its item count and last update): a table of its sub-lists, each the
    column, not a list of documents. A row's button (查看, 详情 beside a letter's subject and days) names no section."""
    rows = [it for it in own_rows(ctx, f) if not it.scripted]
    host, folder = urlsplit(f.url).netloc, _section_folder(f.url)
    return len(rows) >= MIN_SUB_PAGES and all(
        len(t := it.title.strip()) <= SECTION_NAME_MAX and not headline_like(t) and not open_button(t)
        and _section_address(it.url)
        and _below(it.url, host, folder) and ctx.canonical(it.url) != f.url for it in rows)


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
    named like a headline is a document of a list (a list of articles that print no date), not a way on; a link of a
    dated row is a list's entry, not a way on, wherever it leads (a 县长信箱 listing its letters, each kept on the
    letters platform of another host, lists them: it is no hub) — and so is a row's button (its PDF or OFD copy)."""
    entries, below = _ways_on(ctx, f)
    return len(entries | below) >= MIN_UNDATED_ENTRIES or len(below) >= MIN_SUB_PAGES


def documents_beside_ways_on(ctx: SiteContext, f: PageFacts) -> bool:
    """A channel's first page (首页 > 政务公开) printing no date that leads on to more places than the undated documents
    it links (指南, 目录, 机构职能, 政策文件 … beside three 年报 links, none numbered records): a landing page with a box
    of documents beside its ways on, not an undated list of its own."""
    if len(f.breadcrumb) != 1 or own_rows(ctx, f) or records(ctx, f):
        return False
    documents = article_link_urls(ctx, f)
    entries, below = _ways_on(ctx, f)
    return len((entries | below) - documents) > len(documents)


def documents_of_more_list(ctx: SiteContext, f: PageFacts) -> bool:
    """A page printing no date whose documents (two or more) are all rows of the list its own 更多 link opens (a hub's
    年度报告 box of three reports, 更多 → the reports' list, which shows them dated): the box previews that list; the
    page lists nothing of its own."""
    documents = article_link_urls(ctx, f)
    if len(documents) < 2 or f.pagination or own_rows(ctx, f):
        return False
    return any(target is not None and not target.is_article and documents <= {ctx.canonical(it.url) for it in target.items}
               for target in map(ctx.pages.get, _more_targets(f, ctx)))


def _ways_on(ctx: SiteContext, f: PageFacts) -> tuple[set[str], set[str]]:
    """A page's ways on (`hub`): its entries of its own, and the pages of its own section it names in a word or two."""
    pager = {ctx.canonical(u) for u in f.pagination}
    rows = {ctx.canonical(u) for it in (*own_rows(ctx, f), *(x for x in f.items if x.aside)) if not it.scripted
            for u in (it.url, *it.buttons)}   # (a 热点排行 box's rows lead to documents, not places)
    folder, host = _section_folder(f.url), urlsplit(f.url).netloc
    entries: set[str] = set()
    below: set[str] = set()
    for link in f.links:
        u = ctx.canonical(link.url)
        name = (link.card or link.text).strip()   # (a card is named by its heading: 市长信箱 over 向市长反映意见建议)
        name = without_gloss(name)   # (a platform's name glossed with what it offers: 某平台（社保查询、就业登记）)
        if u == f.url or u in pager or u in rows or headline_like(name):
            continue   # (a dated row is an entry of a list, wherever it leads: letters kept on another host)
        # (a tile the homepage's 互动 or 服务 block links too is still the hub's own way on, and so is a platform
        # the pages of its own section send the visitor on to — 网上咨询 moved to the 12345 platform — or a page whose
        # own breadcrumb or menu links it: no other page linking it)
        elsewhere = [s for s in ctx.inbound.get(u, ()) if s != u and (s == f.url or not (
            _below(s, host, folder) or _placed_below(f, ctx.pages.get(s))))]
        if u not in ctx.template_links and len(elsewhere) <= ENTRY_MAX_INBOUND:
            entries.add(u)
        target = ctx.pages.get(u)
        if (len(name) <= SECTION_NAME_MAX and not dated_url(u) and not (target is not None and target.is_article)
                and (_below(u, host, folder) or _placed_below(f, target))):
            below.add(u)
    return entries, below


def channel_landing(ctx: SiteContext, f: PageFacts) -> bool:
    """A letter channel's landing page: it offers a link of its own to write (我要写信, 我要留言 — not the template's)
    and lists no document — it prints no dated row, or only rows opening pages of its own address shape, other
    columns of the site (the latest of a 征集 box and of a 访谈 box: `/col/col5012/index.html` on
    `/col/col5010/index.html`). Like a hub, it leads on: a bare 暂无信息 on it speaks of a box beside its buttons
    (留言选登), not of a list of its own."""
    own = address_shape(f.url)
    if any(it.scripted or (u := ctx.canonical(it.url)) == f.url or address_shape(u) != own for it in own_rows(ctx, f)):
        return False   # (a row printed without a link of its own — a letter shown whole — is a row of the page's list)
    return any(WRITE_LINK.match(link.text.strip()) and ctx.canonical(link.url) not in ctx.template_links
               and ctx.canonical(link.url) != f.url for link in f.links)


def channel_boxes(ctx: SiteContext, f: PageFacts) -> bool:
    """A hub of channel boxes: its dated rows stand in two boxes or more, each headed by a link naming another
    column of the site in a word or two, at a section's address (意见征集 → /zmhd/yjzj/, 在线访谈 →
    col1242/index.html), that no other row links, with at most one entry below it (the newest 征集, the last 访谈),
    one box at least showing one: each box previews its channel; the page lists nothing of its own. A page paging
    through its rows lists them itself."""
    rows = [it for it in own_rows(ctx, f) if not it.scripted and not it.printed]
    if f.pagination or not rows:
        return False
    heads: dict[str, str] = {}
    for it in rows:
        u, name = ctx.canonical(it.url), it.title.strip()
        target = ctx.pages.get(u)
        if (name and it.row.startswith(name) and len(name) <= SECTION_NAME_MAX and not headline_like(name)
                and u != f.url and _section_address(u) and not (target is not None and target.is_article)):
            if u in heads:
                return False   # (a link heading several rows is a row's category: 【通知公告】 in a mixed list)
            heads[u] = it.row
    previews = [it for it in rows if ctx.canonical(it.url) not in heads]
    if len(heads) < 2 or not previews:
        return False
    boxes = [[it for it in previews if it.row in box] for box in heads.values()]
    return sum(map(len, boxes)) == len(previews) and all(len(b) <= 1 for b in boxes)


def _section_address(url: str) -> bool:
    """An address naming a section, not a document: a folder (`/zmhd/yjzj/`) or its index page (`col1241/index.html`)."""
    path = urlsplit(url).path or "/"
    return path.endswith("/") or posixpath.basename(path).rsplit(".", 1)[0] in ("index", "default", "main")


def _below(url: str, host: str, folder: str) -> bool:
    """`url` lies in `folder` of `host` (a page of the hub's own section)."""
    parts = urlsplit(url)
    return parts.netloc == host and parts.path.startswith(folder)


def side_list(ctx: SiteContext, f: PageFacts) -> bool:
    """A channel's landing page (a hub: it leads on to places of its own) whose dated rows all lie in the folder of
    the list its 更多 link opens (a 最新回复 box of 政民互动 previewing its 市长信箱's letters, 更多 → /hdjl/szxx/): the rows
    are a preview of that list, not the page's own — a front page with one block. Without a 更多 link, the list a
    link of its own sub-navigation names as a column (政策文件 → /zwgk/zcwj/ on 政务公开, over a 最新公开 box of its
    rows) is the one the rows preview, unless the page pages through them (a list of its own)."""
    host, folder = urlsplit(f.url).netloc, _section_folder(f.url)
    template: frozenset[str] = ctx.derived("template_more", _template_more)
    targets = {u for u in _more_targets(f, ctx) if urlsplit(u).netloc == host}
    boxes = {_section_folder(u) for u in targets - template}
    more = {_section_folder(u) for u in targets}
    if not f.pagination:
        # (the list a link of its own sub-menu names: a column's name, or the heading the rows stand under —
        # 政府信息公开年报 over the reports, its link in the side menu; where it leads asked first: a name is slower to type)
        more |= {_section_folder(u) for link in f.links if _below(u := ctx.canonical(link.url), host, folder) and (
                     (name := link.text.strip()) == f.list_heading or (
                         len(name) <= SECTION_NAME_MAX and column_named(name) and not headline_like(name)))
                 and not dated_url(u)}
    more.discard(folder)
    boxes.discard(folder)
    rows = [it for it in own_rows(ctx, f) if not it.scripted]
    if rows and _box_of_named_list(ctx, f, rows) and hub(ctx, f):
        return True
    if not more or not rows or not all(
            any(urlsplit(ctx.canonical(it.url)).path.startswith(folder) for folder in more) for it in rows):
        return _previews_list_elsewhere(ctx, f, rows)
    return hub(ctx, f) or _says_beside_box(ctx, f, boxes, rows)


def _previews_list_elsewhere(ctx: SiteContext, f: PageFacts, rows: list[Item]) -> bool:
    """No 更多 needed: every dated row (two or more) of a page that pages through nothing is a row one other list page
    of its host keeps in its own folder — a list showing more rows than the page, in a folder the page does not lie
    in —, and the page says text of its own besides (a leader's page: 简历 and 分工 beside a 相关活动 box of his
    activities, every one a row of the 领导活动 list in `/ldzc/ldhd/`): the box previews that list. (A sub-column in its
    parent's folder, all its rows in the parent's list, stays a list.)"""
    if f.pagination or len(rows) < MIN_DATED_ITEMS:
        return False
    urls = {ctx.canonical(it.url) for it in rows}
    keepers: frozenset[str] | None = None
    for u in urls:
        keepers = (lists_keeping(ctx, u) if keepers is None else keepers & lists_keeping(ctx, u)) - {f.url}
        if not keepers:
            return False
    here, host = _section_folder(f.url), urlsplit(f.url).netloc
    return any(urlsplit(k).netloc == host and not here.startswith(_section_folder(k))
               and len(own_rows(ctx, ctx.pages[k])) > len(urls) for k in keepers or ()) and (
        own_prose_chars(ctx, f) >= MIN_CONTENT_CHARS)


def _box_of_named_list(ctx: SiteContext, f: PageFacts, rows: list[Item]) -> bool:
    """The page's dated rows stand under a heading of their own (no row says it: not the first row's 类别 cell) that
    one of its links carries word for word, to another page (a 政务公开 landing page's box 政府信息公开年报 over two
    reports, beside its link 政府信息公开年报 to the reports' list), and none lies in the page's own directory: the box
    previews the list that link opens, wherever the CMS files the rows (Hanweb's `/art/2026/1/20/art_4114_1.html`
    beside the list `/col/col4114/`). A page paging through its rows lists them itself; a link to the page's own
    address with a query (a filter tab above the list: 全部 → `?year=all`) is the same list through a filter."""
    heading = f.list_heading
    own = folder_of(f.url)
    if not heading or f.pagination or any(heading in it.row or ctx.canonical(it.url).startswith(own) for it in rows):
        return False
    return any(link.text.strip() == heading and (u := ctx.canonical(link.url)) != f.url and not dated_url(u)
               and not _own_filtered_view(f.url, u) for link in f.links)


def _own_filtered_view(page_url: str, url: str) -> bool:
    """`url` is the page's own address with a query of its own (`index.html?year=all` of `index.html`)."""
    a, b = urlsplit(page_url), urlsplit(url)
    return bool(b.query) and (a.netloc, a.path) == (b.netloc, b.path)


def _says_beside_box(ctx: SiteContext, f: PageFacts, boxes: set[str], rows: list[Item]) -> bool:
    """Every dated row of a page that pages through nothing lies in the folder of the list its 更多 link opens (not
    a 更多 of the template's sidebar), and the page says text of its own besides (a leader's page: 简历 and 分工 beside
    a 工作活动 box of 要闻 headlines, 更多 → the 要闻 list): the box previews that list; the page is about something else."""
    if not boxes or f.pagination or not all(
            any(urlsplit(ctx.canonical(it.url)).path.startswith(b) for b in boxes) for it in rows):
        return False
    return own_prose_chars(ctx, f) >= MIN_CONTENT_CHARS


def part_box(ctx: SiteContext, f: PageFacts, names: list[str]) -> bool:
    """A channel's first page (首页 > 政府信息公开, or a unit's page on a shared platform printing no breadcrumb at
    all) that leads on to the pages of its section (a hub: 指南, 目录, 依申请公开) and shows its dated rows under the
    name of another list — a heading that lengthens the page's own name (政府信息公开年报, 政府信息公开工作年度报告 under
    政府信息公开), names a column type of its own (服务动态 under 政务服务), or names the kind of document every row
    is (年度报告 over each year's 政府信息公开工作年度报告) —: the channel's landing page with a box previewing that
    list, not a list of its own (a column's list stands under its own name, or none)."""
    heading = f.list_heading
    if len(f.breadcrumb) > 1 or not heading or heading in names or f.pagination:
        return False   # (a list paging through its rows is the page's own, whatever stands above it)
    lengthens = any(len(n) >= 2 and n in heading for n in names if n)
    typed = column_named(heading) and not headline_like(heading) and all(
        link.text.strip() != heading for link in f.links)   # (a side menu's last link is no heading)
    rows = [it.title for it in own_rows(ctx, f) if not it.scripted]
    kind = len(heading) >= 2 and bool(rows) and all(heading in t for t in rows)
    return (lengthens or typed or kind) and (hub(ctx, f) or _previews_list_below(ctx, f))


def reports_box(ctx: SiteContext, f: PageFacts) -> bool:
    """A channel's first page (a breadcrumb of one step or none) that leads on to the pages of its section (a hub:
    指南, 制度, 目录) and whose dated rows, two or more and none filed in its own folder, are all the body's
    政府信息公开工作年度报告: the section's landing page with a box of its yearly reports, whatever heads the box (年度报告,
    an English Annual Reports, nothing) — not a list of its own. A page paging through its rows lists them itself."""
    if len(f.breadcrumb) > 1 or f.pagination:
        return False
    rows = [it for it in own_rows(ctx, f) if not it.scripted]
    own = folder_of(f.url)
    if len(rows) < MIN_DATED_ITEMS or any(not names_annual_report(it.title) or ctx.canonical(it.url).startswith(own)
                                          for it in rows):
        return False
    return hub(ctx, f)


def _previews_list_below(ctx: SiteContext, f: PageFacts) -> bool:
    """The page links a list page right below it in the site's hierarchy (in its folder, or one step below it in
    its own breadcrumb: 首页 > 建设服务 > 办事指南) whose own rows hold every dated row the page shows (two or more):
    the page's box (最新办事指南) previews that list, the column, beside its other ways on."""
    rows = {ctx.canonical(it.url) for it in own_rows(ctx, f) if not it.scripted}
    if len(rows) < MIN_DATED_ITEMS:
        return False
    folder, host = _section_folder(f.url), urlsplit(f.url).netloc
    for link in f.links:
        u = ctx.canonical(link.url)
        target = ctx.pages.get(u)
        if u == f.url or u in rows or target is None or target.is_article or len(target.items) < len(rows):
            continue
        if (_below(u, host, folder) or _placed_below(f, target)) and rows <= {
                ctx.canonical(it.url) for it in own_rows(ctx, target)}:
            return True
    return False


def moved_notice(ctx: SiteContext, f: PageFacts) -> bool:
    """A page listing nothing whose own text says that what was here has moved (该栏目已迁移) and links on in that
    text (the new address, working or not: a link of its own, 点击进入新版通知公告, or the address printed as the link,
    which the menu may link too): a jump page the visitor follows by hand, not a blank column — its list, if any, is
    at the address it gives (an old list's 暂无信息 left below the notice says nothing more)."""
    if f.items or f.is_article:
        return False
    own = own_lines(ctx, f)
    said = " ".join(own)
    return any(MOVED.search(line) for line in own) and any(
        (u := ctx.canonical(link.url)) not in (f.url, ctx.homepage_url) and (text := link.text.strip())
        and text in said and text not in f.breadcrumb   # (its breadcrumb leads back, not on)
        and (u not in ctx.template_links or _ADDRESS.match(text)) for link in f.links)   # (the menu's: only printed)


_ADDRESS = re.compile(r"(?:https?://|www\.)\S+$", re.I)   # an address printed as a link's text


def _placed_below(f: PageFacts, target: PageFacts | None) -> bool:
    """`target`'s breadcrumb is `f`'s with one more step: it sits right below `f` in the site's hierarchy."""
    return bool(f.breadcrumb) and target is not None and target.breadcrumb[:-1] == f.breadcrumb


def navigated_pages(ctx: SiteContext) -> frozenset[str]:
    """The pages the site's navigation leads to: its template's links, the homepage and the homepage's links."""
    nav = set(ctx.template_links) | {ctx.homepage_url}
    if ctx.homepage is not None:
        nav.update(ctx.canonical(link.url) for link in ctx.homepage.links)
    return frozenset(nav)


def single_page(ctx: SiteContext, f: PageFacts) -> bool:
    """A page that shows no list of any kind — no row (dated or not, on the site or off it), no empty list or its
    statement, no list container a script may fill, no pager, frame or form — links nowhere of its own (its links
    are the site's navigation) or only to one or two places named in a word or two, no documents (进入某省政务服务网某区
    站点 under 网上办事: fewer ways on than a hub's), and says at least MIN_CONTENT_CHARS of its own (闽政通 QR codes
    and a phone number under 办事服务, a 人事信息 page saying where the appointments are published, a service
    centre's address and hours beside its link to the 政务服务网): a single page, as 机构职能 is, whatever its name —
    never a column (it could never be a blank one: it has text of its own). The rows of a box the template repeats on
    every page (a 新闻 sidebar, the menu's hover panels) are no list of the page's."""
    listed = any(it.scripted or not template_row(ctx, ctx.canonical(it.url)) for it in f.items)
    if listed or f.empty_marker or f.empty_container or f.empty_lists or f.frames or f.textarea or f.login_form or (
            f.pagination or f.data is not None or records(ctx, f)) or (
            not f.rendered and not {"list", "hidden-list"}.isdisjoint(f.signs)):
        return False
    nav: frozenset[str] = ctx.derived("navigation", navigated_pages)
    own = [(u, link.text) for link in f.links if (u := ctx.canonical(link.url)) not in nav and u != f.url]
    if len({u for u, _ in own}) >= MIN_UNDATED_ENTRIES or not all(_way_on(ctx, f, u, text) for u, text in own):
        return False
    # a page sending its visitor to a platform of another host needs only a line of its own beside that link (a
    # service centre's address, hours and telephone): what it is for is the way on
    leaves = any(not ctx.same_site(u) for u, _ in own)
    return own_content_chars(ctx, f, prose=True) >= (CONTENT_LINE if leaves else MIN_CONTENT_CHARS)


def _way_on(ctx: SiteContext, f: PageFacts, u: str, text: str) -> bool:
    """The link (to canonical `u`) names a place to go (a platform, another section: 贵州政务服务网·某县农业农村局),
    not a document: a name in a word or a short phrase, at no dated address, to no article, file (`row_dates.opens_file`: a
    plan in a PDF, a form to download) or page below the
    page's own folder."""
    name, target, to = text.strip(), ctx.pages.get(u), urlsplit(u)
    folder = _section_folder(f.url)
    below = to.netloc == urlsplit(f.url).netloc and _section_folder(u) != folder and to.path.startswith(folder)
    if ACTION_NAME.match(name):
        return True   # a button for a visitor's action (我要写信 under a 信箱's notes): a function, wherever it sits
    return bool(name) and not headline_like(name) and not dated_url(u) and not (
        target is not None and target.is_article) and not opens_file(u) and not below


def gateway_targets(ctx: SiteContext) -> frozenset[str]:
    """When the page taken for the homepage is a gateway (a splash or jump page: a snapshot that did not follow it),
    the pages it sends the visitor on to — its refresh target and its links on the site — stand for the homepage."""
    hp = ctx.homepage
    if hp is None or not hp.redirect:
        return frozenset()
    refresh = parse_refresh(hp.meta.get("refresh", ""))
    targets = [link.url for link in hp.links] + ([urljoin(hp.url, refresh[1])] if refresh and refresh[1] else [])
    return frozenset(ctx.canonical(u) for u in targets if ctx.same_site(u))


def on_way_to_homepage(ctx: SiteContext, url: str) -> bool:
    """A page the crawl passed on the way from the seed to the homepage (a splash page, a phone page sending every
    desktop browser on by a script): what it shows is the site's front, whatever rows it carries, no column."""
    return url != ctx.homepage_url and ctx.canonical(url) == ctx.homepage_url


def host_front(ctx: SiteContext, url: str) -> bool:
    """The front page of the homepage's host (`/`, `/index.html`, no query) where the site lives in a folder below it:
    the portal of the 站群 the site is a member of (a township at `/hyz/` of the county's host, whose 站群 header links
    the county's homepage) — another website's homepage, its rows that website's boxes; no column of the site."""
    to, home = urlsplit(url), urlsplit(ctx.homepage_url)
    return (url != ctx.homepage_url and to.netloc == home.netloc and not to.query and _section_folder(url) == "/"
            and _section_folder(ctx.home_folder) != "/")


def homepage_again(ctx: SiteContext, f: PageFacts) -> bool:
    """The page at another address shows the homepage itself — its title, text and links, the same: a deleted
    column's path the server answers with its front page (nginx `try_files … /index.html`, a CMS sending unknown
    paths home). Its rows are the homepage's boxes, no column; an entry leading there leads nowhere of its own."""
    hp = ctx.homepage
    return hp is not None and f.url != ctx.homepage_url and f.title == hp.title and f.text_chars == hp.text_chars \
        and f.text_head == hp.text_head and [link.text for link in f.links] == [link.text for link in hp.links]


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


def frame_menu_targets(ctx: SiteContext) -> frozenset[str]:
    """Pages a menu opens inside a frame of the site (`<a target="main">` where a page holds `<iframe
    name="main">` or `<frame name="main">`): fragments without a title, navigation or footer of their own (the
    framing page shows them), named by the menu's links."""
    names = {n for f in ctx.pages.values() for n in f.frame_names}
    return frozenset(ctx.canonical(u) for url, f in ctx.pages.items() for u, target in f.targeted
                     if target in names and ctx.canonical(u) != url)


def framed_documents(ctx: SiteContext) -> frozenset[str]:
    """Pages of the site another crawled page shows in a frame (`<iframe src>`): what the framing page shows."""
    return frozenset(u for url, f in ctx.pages.items() for src in f.frame_urls
                     if ctx.same_site(u := ctx.canonical(src)) and u != url and u in ctx.pages)


def shows_framed_list(ctx: SiteContext, f: PageFacts) -> bool:
    """The page shows its list in a frame: a document of the site — or of the site's section on a shared platform
    (the county 互动 platform's 县长信箱 board, titled for the county) — it frames lists dated rows or shows a list
    container a script of its fills (a 市长信箱 page framing its board of letters). The framed document is the
    column; the framing page is its frame (the letters' page, with its 我要写信 button)."""
    for src in f.frame_urls:
        inner = ctx.pages.get(ctx.canonical(src))
        if inner is not None and inner.url != f.url and (own_rows(ctx, inner) or inner.empty_container) and (
                ctx.same_site(inner.url) or platform_section(ctx, inner)):
            return True
    return False


def shows_a_frame(ctx: SiteContext, f: PageFacts) -> bool:
    """The page is a frame around another document: it lists nothing — no row, no empty list or its statement, no
    pager, no form —, says no more of its own than a notice on what it frames (under `DOCUMENT_CHARS` characters: a
    信箱's 使用须知, a line saying the services are handled on the county's platform), links nowhere beyond the site's
    navigation, and shows a frame that is not the site template's (a 办事服务 page framing the province's 政务服务网, a
    12345 widget, a 局长信箱 framing the city platform's form). What it shows is the framed document, fetched or not,
    working or not (the entries check judges the way to it): no column, and never a blank one."""
    if not f.frames or f.items or f.empty_marker or f.empty_container or f.empty_lists or f.pagination or f.textarea or (
            f.login_form or f.data is not None or f.alert_links):
        return False
    template: frozenset[str] = ctx.derived("template_frames", lambda c: c.shown_on_most_pages(lambda g: g.frame_urls))
    if not set(f.frame_urls) - template or own_content_chars(ctx, f, prose=True) >= DOCUMENT_CHARS:
        return False
    nav: frozenset[str] = ctx.derived("navigation", navigated_pages)
    # (a link to the framed platform's own host — 新窗口打开 the form it frames — is a way to what it shows)
    framed_hosts = {urlsplit(src).netloc for src in f.frame_urls} - {urlsplit(f.url).netloc}
    return all(u in nav or u == f.url or urlsplit(u).netloc in framed_hosts
               for link in f.links if (u := ctx.canonical(link.url)))


def placed(f: PageFacts, names: list[str]) -> bool:
    """The page names itself as the last step of its breadcrumb (当前位置：首页 > 工作机构 > 县财政局 on the page
    titled 县财政局): a node of the site's navigation, however few pages of the crawl link to it. Articles carry no
    breadcrumb here (theirs ends with their column's name)."""
    return bool(f.breadcrumb) and f.breadcrumb[-1] in names and not f.is_article


def declared(f: PageFacts) -> bool:
    """The page declares itself a column: a `ColumnName` meta naming no homepage (首页, 主页, 门户)."""
    name = f.meta.get("columnname", "").strip()
    return bool(name) and not _HOME_WORDS.search(name) and not f.is_article


_NEXT_PAGE = frozenset({"下一页", "下页", "后页", "尾页", "末页"})


def list_homepage(ctx: SiteContext, f: PageFacts) -> bool:
    """The page the crawl took for the homepage is a column page (a site given by the address of one of its
    columns): it lists dated entries and says where it sits (当前位置：首页 > 通知公告) or pages through its list
    (下一页 to a page of its own directory). A homepage does neither, and never sits in the site's root folder. A page
    naming itself a column whose list a script no browser ran would fill is one too (its entries are not measured)."""
    if f.redirect or posixpath.dirname(urlsplit(f.url).path) in ("", "/"):
        return False
    name = f.meta.get("columnname", "").strip()
    if HOME_NAME.fullmatch(name) or HOME_NAME.fullmatch(title_name(f.title)):
        return False   # a page naming itself the homepage (ColumnName 首页, 首页-某镇-某县平台): a sub-site's front
        # page in a deep folder, its rows boxes of its lists, is no column of them
    # a page that names itself a column (<meta name="ColumnName"> leading its <title>: 通知公告_某某市人民政府)
    names_itself = declared(f) and f.title.strip().startswith(name)
    if len(own_rows(ctx, f)) < MIN_DATED_ITEMS:
        return names_itself and not f.items and awaits_script_list(ctx, f)
    pager = set(f.pagination)
    next_page = any(link.text in _NEXT_PAGE and link.url in pager and url_dir(link.url) == url_dir(f.url)
                    and ctx.canonical(link.url) != f.url for link in f.links)
    return next_page or names_itself or any(n not in ("首页", "网站首页", "主页") for n in f.breadcrumb)


_HOME_WORDS = re.compile(r"首页|主页|门户")


def not_an_entry(target: PageFacts, texts: dict[str, Counter[str]]) -> bool:
    """A page a list never lists as an entry: a function page, a site map or catalogue, a jump page."""
    names = names_of(target, texts)
    return target.redirect or is_function_page(target, names) or any(
        w in n for n in names for w in NAVIGATION_WORDS)


def url_dir(url: str) -> str:
    p = urlsplit(url)
    return p.netloc + posixpath.dirname(p.path)
