"""Which of an element's entries a visitor picks first (`best_first`).

The words naming each element (`LINK_WORDS`, most exact first) and how exactly a link's name says it (`word_rank`);
the site's own entries before the portal framing a sub-site (`portal_frame`) or a section of a larger site
(`framing`), the homepage's menu before its block of links to other websites (友情链接), then the entries more
pages link to.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from govweb.checks.column_entries import in_folder_of
from govweb.checks.column_names import BODY_OFFICE, reports_news
from govweb.checks.context import SiteContext
from govweb.checks.fold import simplified
from govweb.checks.page import PageFacts
from govweb.checks.site_scope import of_portal_section, portal_section
from govweb.urlnorm import UnsupportedURL, folder_of, front_page, resolve

# element → (words in an entry's name, words that disqualify it); the words run from the names of the whole
# element to those of one part of it (政府文件 before 规范性文件 and 政府公报): the first names it most exactly
LINK_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "政府信息公开指南": (("公开指南",), ()),
    # 法定主动公开内容: the catalogue's name in the 政府信息公开专栏 standard of 2019; (基层)政务公开标准目录: a township's or
    # county department's catalogue, by the 基层政务公开标准指引 of 2019
    "政府信息公开目录": (("公开目录", "基本目录", "法定主动公开", "主动公开内容", "公开标准目录"), ()),
    "概况信息": (("概况", "走进", "市情", "省情", "县情", "区情", "镇情", "简介", "印象"), ("领导", "机构设置", "内设机构")),
    # the body's functions (职责, 职能) before the list of its parts (内设机构, 组织机构), and last the section over
    # both and the leaders (机构信息: the 政务公开 category of a 信息公开 platform)
    "机构职能": (("机构职能", "机构设置", "部门职能", "机构概况", "职责", "职能", "内设机构", "组织机构", "工作机构", "工作部门",
                  "政府机构", "机构信息"), ()),
    "负责人信息": (("领导", "负责人"),
                  ("信箱", "留言", "来信", "活动", "讲话", "调研", "动态", "批示", "接待", "日程", "小组", "专访")),
    # (文件发布: the policy-document list named for publishing them)
    "政策文件": (("政策文件", "政府文件", "部门文件", "政策法规", "法规文件", "文件库", "规范性文件", "文件公告", "文件发布",
                 "政府公报"),
                ("解读",)),
    "政策解读": (("解读",), ()),
    # the whole service (办事服务, 政务服务, 网上办事) before one part of it (个人办事, 办事指南: only 办事); a way to ask
    # about services (服务热线, 投诉, 智能客服, 政务服务问答) or to rate them (政务服务"好差评", 办事评价) is no way to do them
    "办事服务": (("办事服务", "政务服务", "网上办事", "一网通办", "网上服务", "在线服务", "服务大厅", "便民服务", "服务事项",
                 "我要办", "在线办理", "网上办理", "办事"),
                ("热线", "投诉", "客服", "问答", "无障碍", "网站", "好差评", "评价")),
    # a 信访 or 纪检 channel takes no consultation (the veto does not count them), nor does a call for opinions on a
    # draft (意见征集, 民意征集): the public's say on the body's text, not a question of its own
    "互动交流": (("互动", "留言", "信箱", "咨询", "问政", "写信", "政民", "公众参与", "民意", "来信", "诉求", "建言", "论坛"),
                ("信访", "纪检", "举报", "监察", "征集")),
    # (a link named for the site's map or feed is that page, whatever folder its address names: DedeCMS keeps
    # /data/sitemap.html)
    "数据开放": (("数据开放", "开放数据", "数据下载", "公共数据"), ("网站地图", "站点地图", "RSS")),
    # (a 专题 on the work of making sites accessible — 无障碍适老化改造 — is a topic, not the way to browse so; a
    # 无障碍声明 is the site's statement on it, which may only promise a tool: a tool the site has is found by its own link)
    "无障碍浏览": (("无障碍", "适老", "长者", "关怀版", "老年版", "读屏", "辅助浏览", "长辈版"), ("改造", "专题", "推进", "声明")),
    "我为政府网站找错": (("找错",), ()),
}
# element → what the address of a link or script that is its entry holds (its host, path or fragment)
URL_MARKERS: dict[str, tuple[str, ...]] = {
    "党政机关网站标识": ("conac.cn", "#_ideconac"),
    # the national 找错 system: its hosts, its script, and its pages' path (errorInfo_querySiteInfo.action,
    # /errorInfo/search on a mirror's IP address)
    "我为政府网站找错": ("zfwzzc.www.gov.cn", "zfwzgl.www.gov.cn", "jiucuo", "#_jiucuo_", "/errorinfo"),
    "数据开放": ("opendata", "data.", "/data/"),
    "办事服务": ("zwfw", "gjzwfw"),
    "互动交流": ("://12345.",),
    "无障碍浏览": ("wza", "assist", "cniil", "barrier", "accessib"),
}
# A department's service entry named by its business: a short name ending in 服务 (查档服务, 出入境服务, 涉企服务).
_SERVICE_NAME = re.compile(r"^[\u4e00-\u9fa5]{1,6}服务$")
# The services for one audience (个人办事, 法人服务, 企业办事: the 政务服务网's own division), or sorted by the
# department offering them (部门服务, 部门办事: one more view of the platform's services, not a business named 服务): a
# part of the element, named by a link only when no link names all of it.
_AUDIENCE_PART = re.compile(r"^(?:个人|法人|企业|自然人|公民|部门)(?:办事|服务)")
_NARROWER = 100   # the word rank of such a part: after every name of the whole
# The 12345 government service hotline, whose platform takes the public's requests and messages online (12345热线,
# 12345便民服务平台): an interaction channel; not a longer number holding it (皖ICP备05012345号, 0551-12345678).
_HOTLINE = re.compile(r"(?<![\d-])12345(?!\d)")
# A body introducing itself by its kind (所介绍, 本局介绍, 中心介绍, 学校介绍): its 概况信息.
_PROFILE_NAME = re.compile(r"^[本我]?(?:所|局|院|委|厅|办|中心|单位|协会|学会|学校|学院|馆)(?:介绍|概述|简况)$")
# Badges: present when shown, whatever their link answers.
BADGES = frozenset({"党政机关网站标识", "我为政府网站找错"})

# Single-page elements: a short menu link naming one may lead to the document itself (机构职能 → an article, the
# 政府信息公开指南 → the guide, one dated document).
DOCUMENT_ELEMENTS = frozenset({"政府信息公开指南", "概况信息", "机构职能", "负责人信息"})


def names_element(el: str, name: str) -> bool:
    """`name` names the element `el` (`word_rank`)."""
    return word_rank(el, name) is not None


def word_rank(el: str, name: str) -> int | None:
    """How exactly `name` names `el`: the position of the first of the element's words it holds (its words run
    from the most specific: 政策文件, 规范性文件, 政府文件 … 政府公报), or None when it does not name it."""
    words = LINK_WORDS[el][0]
    name = simplified(name)   # (辦事服務, 機構職能, 領導信息: the same names in 繁體 forms)
    if el == "办事服务":
        name = name.replace(BODY_OFFICE, " ")   # 街道办事处: the body's name, not its services
    if named_otherwise(el, name):
        return None
    if el == "办事服务" and _AUDIENCE_PART.match(name):
        return _NARROWER
    for i, w in enumerate(words):
        if w in name:
            return i
    if (el == "办事服务" and _SERVICE_NAME.match(name) or el == "概况信息" and _PROFILE_NAME.match(name)
            or el == "互动交流" and _HOTLINE.search(name)):
        return len(words)
    return None


def news_named_service(ctx: SiteContext, name: str, url: str) -> bool:
    """A link named for services only by the broad words (a short name ending in 服务, one audience's share:
    企业服务) whose page lists news — most of its three or more dated rows report an event (召开, 走访, 举办 …,
    `column_names.EVENT`) — reports the body's work with that audience; it offers no service."""
    rank = word_rank("办事服务", name)
    if rank is None or rank < len(LINK_WORDS["办事服务"][0]):
        return False
    page = ctx.page(url)
    return page is not None and reports_news(page)


def named_otherwise(el: str, name: str) -> bool:
    """The name says the link is something else (a 热线 or 投诉 channel, 智能客服 even on the 政务服务网's host): the
    words that disqualify an entry's name (`LINK_WORDS`)."""
    if el not in LINK_WORDS:
        return False
    name = simplified(name)   # (read once, not per word)
    return any(b in name for b in LINK_WORDS[el][1])


def _names_another_document(el: str, name: str) -> bool:
    """A link naming a single-page element that names another one too (机构概况: the body's 概况信息 and, by 机构, its
    职能): a section over both, where a link naming the element alone (主要职责) leads to the page itself."""
    return el in DOCUMENT_ELEMENTS and any(other != el and names_element(other, name) for other in DOCUMENT_ELEMENTS)


# The label of a block of links to other websites (友情链接：, <h3>相关链接</h3>): its links name those sites.
_LINKS_LABELS = ("友情链接", "友情连接", "相关链接", "网站链接", "其他链接")
_LINKS_BLOCK = re.compile(r"^\s*(?:" + "|".join(_LINKS_LABELS) + r")\s*[:：]?\s*$")
_LINKS_BLOCK_CLIMB = 3   # blocks around the label to the one holding its links
_LINKS_BLOCK_MAX = 60    # more links than that: the label's block is the page, not a block of links


def _friendly_links(ctx: SiteContext) -> frozenset[str]:
    """The homepage's links in a block of links to other websites (友情链接: the province's and the city's portals,
    the 政务服务网 by its name): each names another site, not an entry of this one. The block is the nearest one
    around a label of its own (not a link's text) holding links, and only a block of at most `_LINKS_BLOCK_MAX`."""
    hp = ctx.homepage
    html = ctx.page_html(hp.url) if hp is not None else None
    if not html or not any(w in html for w in _LINKS_LABELS):
        return frozenset()
    body = LexborHTMLParser(html).body
    out: set[str] = set()
    for node in body.traverse(include_text=True) if body is not None else ():
        if node.tag != "-text" or not _LINKS_BLOCK.match(node.text(deep=False) or ""):
            continue
        block, climbed = node.parent, 0
        while block is not None and block.tag != "a" and not block.css_first("a[href]") and climbed < _LINKS_BLOCK_CLIMB:
            block, climbed = block.parent, climbed + 1
        links = block.css("a[href]") if block is not None and block.tag != "a" else []
        if 0 < len(links) <= _LINKS_BLOCK_MAX:
            out.update(ctx.canonical(u) for a in links if (u := _linked(hp.url, a.attributes.get("href") or "")))
    return frozenset(out)


def _linked(base: str, href: str) -> str | None:
    """The address a link points to, spelled as the page reader spells links (`https://12345.example.gov.cn` as
    `…gov.cn/`), or None for no web link."""
    try:
        return resolve(base, href)
    except UnsupportedURL:
        return None


def friendly_link(ctx: SiteContext, url: str) -> bool:
    """`url` is a link of the homepage's block of links to other websites (`_friendly_links`)."""
    friendly: frozenset[str] = ctx.derived("friendly_links", _friendly_links)
    return ctx.canonical(url) in friendly


SUBSITE_PAGES = 3   # pages of its own folder a sub-site's homepage links to: the folder is the site


def portal_frame(ctx: SiteContext) -> frozenset[str]:
    """The links of the portal around a sub-site (a county department's site in the county 站群's folder `/slj/`): on a
    homepage below its host's root that links three pages or more of its own folder, the pages of its host outside
    that folder it prints before its first link to itself — the portal's top bar and menu (县长信箱, 政民互动, 政务服务,
    走进某县) above the site's own banner and menu — and links nowhere after it. They are the county's entries, not the
    site's; none when the homepage never links itself (the frame cannot be told) or the portal's home is not among
    them (a way home to the portal marks its frame)."""
    hp = ctx.homepage
    if hp is None or _at_root(ctx.homepage_url):
        return frozenset()
    urls = [ctx.canonical(link.url) for link in hp.links]
    first = next((i for i, u in enumerate(urls) if u == ctx.homepage_url), None)
    if first is None or len({u for u in urls[first:] if u != ctx.homepage_url
                             and in_folder_of(u, ctx.homepage_url)}) < SUBSITE_PAGES:
        return frozenset()
    after = set(urls[first:])
    before = {u for u in urls[:first] if ctx.on_site_host(u) and not in_folder_of(u, ctx.homepage_url)} - after
    return frozenset(before) if any(portal_home(ctx, u) for u in before) else frozenset()


def best_first(ctx: SiteContext, el: str, cands: list[tuple[str, str, PageFacts]], order: dict[int, int],
               parts: AbstractSet[tuple[str, str, int]] = frozenset()) -> list[tuple[str, str, PageFacts]]:
    """An element's entries, the one a visitor would pick first: the site's own before the links of the portal
    framing a sub-site (`portal_frame`: the county's 政民互动 above a bureau's own menu), then the homepage's (its own entries before its links
    to other websites in a 友情链接 block, `_friendly_links`), then those more pages link to
    (the site's menus before one department's own: 工作机构 on every page before a bureau's 机构设置); among equals
    the link naming the element in full (互动交流 before 互动), then for a single-page element a link naming it alone
    before one naming another such element too (主要职责 before 机构概况) or opening a section over such elements
    (镇情简介 before 走进石桥, `_section_over_documents`), then the link whose name says the element most exactly
    (邯郸概况 before 走进邯郸, 政府文件 before 政府公报; one audience's part, 个人办事, after all), then of two links
    with one name the one inside the other's folder (a 政策解读 menu item over a section, its 政策解读 sub-column),
    then the crawl order. `parts`: the candidates (url, name, id of the page) that link a part of the
    page they are on (`#zzjg`), carried by that page alone."""
    def nested(url: str, name: str, f: PageFacts) -> int:
        inner = folder_of(url)
        return sum(1 for u, n, g in cands if g is f and n == name and u != url
                   and inner != folder_of(u) and inner.startswith(folder_of(u)))

    def opens_section(url: str, f: PageFacts) -> bool:
        return el in DOCUMENT_ELEMENTS and _section_over_documents(el, url, f, [u for u, _, g in cands if g is f])

    # (the homepage's blocks of links to other websites are read only when it offers the element more than one way,
    # one of them off the site)
    homes = {u for u, _, f in cands if f is ctx.homepage}
    friendly: frozenset[str] = ctx.derived("friendly_links", _friendly_links) if len(homes) > 1 and any(
        not ctx.same_site(u) for u in homes) else frozenset()

    # a site inside a larger one: the portal's top bar and menu printed above a 站群 member's own (`portal_frame`)
    # last; on a section of a larger government's site, its own pages and its pages on other websites first, the
    # frame's entries — pages of the larger site on the host, the front page of a platform the section links deeper
    # into — last (`portal_section`)
    frame: frozenset[str] = ctx.derived("portal_frame", portal_frame)
    section: str = ctx.derived("portal_section", portal_section)
    deeper = {urlsplit(u).netloc for u, _, _ in cands if not ctx.on_site_host(u) and not _front_page(u)} if section \
        else set()

    def framed(url: str) -> int:
        return framing(ctx, url, deeper) if section else 1

    def key(c: tuple[str, str, PageFacts]) -> tuple[bool, bool, bool, bool, int, int, bool, bool, int, int, int]:
        url, name, f = c
        rank = word_rank(el, name)
        home = f is ctx.homepage
        # (a link to a part of the page it is on, `#zzjg` of 单位概况, is on that page alone: the menus' links to the
        # page name the page, not the part)
        linked = 0 if home else 1 if (url, name, id(f)) in parts else len(ctx.inbound.get(ctx.canonical(url), ()))
        return (ctx.canonical(url) in frame, el in DOCUMENT_ELEMENTS and _section_link(ctx, el, url, f), not home,
                home and ctx.canonical(url) in friendly, framed(url), -linked,
                el not in name,
                _names_another_document(el, name) or opens_section(url, f),
                _NARROWER + 1 if rank is None else rank, -nested(url, name, f), order[id(f)])

    return sorted(cands, key=key)


def _section_over_documents(el: str, url: str, f: PageFacts, same_page: list[str]) -> bool:
    """A single-page element's link whose target folder holds both another of the element's entries on the same
    page (`same_page`) and a page that page links under another single-page element's name (走进石桥 `/a/zjsq/` over
    镇情简介 `/a/zjsq/zhengqing/`, 领导分工 and 机构设置): it opens a section over several documents, and the entry
    inside it leads to the document itself. A folder at the host's root holds everything: not judged so."""
    folder = folder_of(url)
    if urlsplit(folder).path in ("", "/"):
        return False

    def inside(u: str) -> bool:
        return (g := folder_of(u)) != folder and g.startswith(folder)

    return any(inside(u) for u in same_page) and any(
        inside(link.url) and any(names_element(other, link.name) for other in DOCUMENT_ELEMENTS if other != el)
        for link in f.links)


SECTION_LINK_NAMES = 2   # other names a page gives the same link target: it opens a section, not one document


def _section_link(ctx: SiteContext, el: str, url: str, f: PageFacts) -> bool:
    """The page links the target under `SECTION_LINK_NAMES` other names or more besides the element's (公开指南, 公开目录,
    公开年报 and 依申请公开 icons all opening the 政务公开 page): the link opens a section, not the single document the
    element is — an entry naming the element that leads to the document itself comes first."""
    target = ctx.canonical(url)
    others = {name for link in f.links if (name := link.name.strip()) and not names_element(el, name)
              and ctx.canonical(link.url) == target}
    return len(others) >= SECTION_LINK_NAMES


_ROOT_EXTENSIONS = ("htm", "html", "shtm", "shtml", "jsp", "php", "asp", "aspx")   # a root page's index documents


def framing(ctx: SiteContext, url: str, deeper: set[str]) -> int:
    """Where an entry of a section of a larger site (`site_scope.portal_section`) leads: 0 the section's own page or
    a page inside another website (a platform's page for the section), 2 the frame's (a page of the larger site on
    the host; the front page of a platform whose `deeper` pages the section links to), 1 a page of the host the crawl
    did not fetch, or another website's front page."""
    mine = of_portal_section(ctx, url)
    if mine is not None:
        return 0 if mine else 2
    if ctx.on_site_host(url):
        return 1
    if _front_page(url):
        return 2 if urlsplit(url).netloc in deeper else 1
    return 0


def _at_root(url: str) -> bool:
    """The address's path is its host's root page (`/`, `/index.html`)."""
    return front_page(url, _ROOT_EXTENSIONS)


def _front_page(url: str) -> bool:
    """The root page of a host (`https://www.zjzwfw.gov.cn/`): a website's front, not one of its pages."""
    return not urlsplit(url).query and _at_root(url)


def portal_home(ctx: SiteContext, url: str) -> bool:
    """The root page of the site's own host when the site's homepage sits in a folder below it (a department's
    section `/tjj/` of the city's host): the portal's homepage, a way home whatever its link says — no entry."""
    return not _at_root(ctx.homepage_url) and ctx.on_site_host(url) and _front_page(url)
