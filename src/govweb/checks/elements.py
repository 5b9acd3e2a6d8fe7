"""Required elements (政府网站发展指引): footer marks, disclosure pages, content sections, functions.

Footer marks (网站标识码 in both forms, ICP, 公安, 主办单位, 联系方式) are read from the homepage footer and meta
tags (`checks/footer.py`); a footer 联系我们 link whose page prints a phone or e-mail counts as the contact. The
conac mark and the 找错 entry come from links, images and script tags (the official 找错 script is `jiucuo.js`
from zfwzgl/zfwzzc.www.gov.cn). Entries (办事服务, 互动交流, 政策文件, 负责人信息 …) come from navigation, entry
blocks and footers — short link names, an image link's alt/title, or the name of the page it leads to — and from
typed columns; never from headlines or article text: a dated list row, a link to an article, a sentence-like
text (召开, 调研, 关于…的通知) is no entry. An entry whose link is broken or leads to an error or empty page counts
as missing. 政府信息公开年报 counts only when the latest report due by the as-of date is online.

On a homepage the browser lane did not render, a mark or entry that only a script could write (the page shows
no footer, or hardly any menu, next to scripts of its own; an undecoded document.write) is "not measured" with a
warning, never missing; so is every homepage element when the homepage is a splash or jump page.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterator
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser

from govweb.checks import links as linkcheck
from govweb.checks import services
from govweb.checks.column_entries import in_folder_of
from govweb.checks.column_names import (
    BODY_OFFICE,
    MINORITY_LETTERS,
    headline_like,
    reports_news,
    title_name,
    type_of,
)
from govweb.checks.columns import SPLASH_WARNING, ctx_columns, is_empty
from govweb.checks.context import SiteContext
from govweb.checks.dates import YMD, dated_url
from govweb.checks.guide_labels import is_guide
from govweb.checks.interpretation import INTERPRETATION_WORDS
from govweb.checks.list_state import (
    own_lines,
    says_empty_beside_rows,
    script_list_unseen,
    seen_as_served,
    shows_empty_list,
)
from govweb.checks.model import ElementResult, Evidence, Finding
from govweb.checks.opendata import articles_only
from govweb.checks.out_of_service import (
    MOVED,
    says_channel_stopped,
    says_error,
    says_not_opened,
    says_out_of_service,
)
from govweb.checks.page import EMPTY_CONTAINER, PageFacts
from govweb.checks.page_kinds import of_portal_section, portal_section
from govweb.checks.page_links import ACTION_NAME, Link, back_or_action
from govweb.terms import ELEMENTS
from govweb.urlnorm import canonical, folder_of

FOOTER_MARKS = ("网站标识码", "ICP备案号", "公安机关备案号", "网站主办单位", "联系方式")
# Elements a script may write in the footer (the rest sit in menus and entry blocks).
FOOTER_PART = frozenset({*FOOTER_MARKS, "党政机关网站标识", "我为政府网站找错"})

# element → (words in an entry's name, words that disqualify it); the words run from the names of the whole
# element to those of one part of it (政府文件 before 规范性文件 and 政府公报): the first names it most exactly
LINK_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "政府信息公开指南": (("公开指南",), ()),
    # 法定主动公开内容: the catalogue's name in the 政府信息公开专栏 standard of 2019
    "政府信息公开目录": (("公开目录", "基本目录", "法定主动公开", "主动公开内容"), ()),
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
    # about services (服务热线, 投诉, 智能客服, 政务服务问答) is no way to do them
    "办事服务": (("办事服务", "政务服务", "网上办事", "一网通办", "网上服务", "在线服务", "服务大厅", "便民服务", "服务事项",
                 "我要办", "在线办理", "网上办理", "办事"),
                ("热线", "投诉", "客服", "问答", "无障碍", "网站")),
    # a 信访 or 纪检 channel takes no consultation (the veto does not count them), nor does a call for opinions on a
    # draft (意见征集, 民意征集): the public's say on the body's text, not a question of its own
    "互动交流": (("互动", "留言", "信箱", "咨询", "问政", "写信", "政民", "公众参与", "民意", "来信", "诉求", "建言"),
                ("信访", "纪检", "举报", "监察", "征集")),
    "数据开放": (("数据开放", "开放数据", "数据下载", "公共数据"), ()),
    # (a 专题 on the work of making sites accessible — 无障碍适老化改造 — is a topic, not the way to browse so)
    "无障碍浏览": (("无障碍", "适老", "长者", "关怀版", "老年版", "读屏", "辅助浏览", "长辈版"), ("改造", "专题", "推进")),
    "我为政府网站找错": (("找错",), ()),
}
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
# The services for one audience (个人办事, 法人服务, 企业办事: the 政务服务网's own division): a part of the
# element, named by a link only when no link names all of it.
_AUDIENCE_PART = re.compile(r"^(?:个人|法人|企业|自然人|公民)(?:办事|服务)")
_NARROWER = 100   # the word rank of such a part: after every name of the whole
# The 12345 government service hotline, whose platform takes the public's requests and messages online (12345热线,
# 12345便民服务平台): an interaction channel; not a longer number holding it (皖ICP备05012345号, 0551-12345678).
_HOTLINE = re.compile(r"(?<![\d-])12345(?!\d)")
# A body introducing itself by its kind (所介绍, 本局介绍, 中心介绍, 学校介绍): its 概况信息.
_PROFILE_NAME = re.compile(r"^[本我]?(?:所|局|院|委|厅|办|中心|单位|协会|学会|学校|学院|馆)(?:介绍|概述|简况)$")
# Badges: present when shown, whatever their link answers.
BADGES = frozenset({"党政机关网站标识", "我为政府网站找错"})
# Entries whose target's content is judged by measurements of its own (the open-data portal: datasets, formats):
# only a broken link makes them missing.
CONTENT_MEASURED = frozenset({"数据开放"})
# The visitor's channels (办事服务, 互动交流): their hub works only when something it leads to works.
CHANNELS = frozenset({"办事服务", "互动交流"})
# Single-page elements: a short menu link naming one may lead to the document itself (机构职能 → an article, the
# 政府信息公开指南 → the guide, one dated document).
DOCUMENT_ELEMENTS = frozenset({"政府信息公开指南", "概况信息", "机构职能", "负责人信息"})
COLUMN_ELEMENTS = {"政策文件": "政策文件", "政策解读": "政策解读", "办事": "办事服务", "互动": "互动交流"}
_ANNUAL = re.compile(r"((?:19|20)\d{2})")
EMPTY_PAGE_CHARS = 10      # visible characters of a page that shows something
CANDIDATES_MAX = 30
MENU_ENTRIES = 3           # distinct entries named by a rendered homepage's links: its menu is shown
ELEMENT_INDEX = {
    "网站标识码": "管理保障", "ICP备案号": "管理保障", "公安机关备案号": "管理保障", "党政机关网站标识": "管理保障",
    "网站主办单位": "管理保障", "联系方式": "管理保障", "我为政府网站找错": "管理保障",
    "站内搜索": "功能推广", "无障碍浏览": "功能推广",
    "政府信息公开指南": "信息发布", "政府信息公开目录": "信息发布", "政府信息公开年报": "信息发布",
    "概况信息": "信息发布", "机构职能": "信息发布", "负责人信息": "信息发布", "政策文件": "信息发布",
    "政策解读": "解读回应", "办事服务": "办事服务", "互动交流": "互动交流", "数据开放": "数据开放",
}


def annual_report_due_year(as_of: dt.date) -> int:
    """The latest year whose 政府信息公开工作年度报告 must be online on `as_of` (due 31 January of N+1)."""
    return as_of.year - 1 if as_of > dt.date(as_of.year, 1, 31) else as_of.year - 2


class _Found:
    __slots__ = ("bad", "evidence", "results", "unmeasured")

    def __init__(self) -> None:
        self.results: dict[str, ElementResult] = {}
        self.evidence: dict[str, Evidence] = {}
        self.bad: dict[str, tuple[Evidence, str]] = {}   # entries found only with failing targets: the first, and why
        self.unmeasured: dict[str, str] = {}          # element → why it is not measured

    def add(self, el: str, value: str | None, url: str, excerpt: str, record: str | None,
            where: str | None = None) -> None:
        """`url`: where the element is (a mark's page, an entry's target); `where`: the page showing it."""
        if el not in self.results:
            self.results[el] = ElementResult(True, value, url)
            self.evidence[el] = Evidence(where or url, excerpt, record)


# Letters of the second language of a bilingual menu (互动交流 / Interaction, 互动交流 + an Uyghur, Tibetan or
# Mongolian line under it): Latin, Arabic-script, Tibetan, Mongolian.
_OTHER_SCRIPT = re.compile(rf"[A-Za-z{MINORITY_LETTERS}]")
_OTHER_SCRIPT_RUN = re.compile(rf"[\sA-Za-z{MINORITY_LETTERS}'’.,&-]+")
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")


def chinese_name(text: str) -> str:
    """The Chinese name of a bilingual link (互动交流 and, in the same link, its English, Uyghur, Tibetan or Mongolian
    name): its words in other scripts aside; a name without Chinese is kept as it is."""
    if not _HAN_CHAR.search(text) or not _OTHER_SCRIPT.search(text):
        return text
    return _OTHER_SCRIPT_RUN.sub("", text) or text


def entry_name(ctx: SiteContext, link: Link) -> str:
    """An entry's name: its text (alt/title for images) — a 更多 link's block heading —, else the name of the
    page it leads to."""
    if link.heading:
        return link.heading
    if link.text:
        return chinese_name(link.text)
    target = ctx.page(link.url)
    if target is None or target.is_article:
        return ""
    return target.meta.get("columnname") or title_name(target.title)


def is_entry_name(name: str) -> bool:
    return bool(name) and not headline_like(name)


def _leads_to_article(ctx: SiteContext, url: str) -> bool:
    if dated_url(url):
        return True
    target = ctx.page(url)
    return target is not None and target.is_article


def _leads_to_guide(ctx: SiteContext, url: str) -> bool:
    """The link opens a service guide (a document by its form, but a service's own content: a way to 办事服务)."""
    target = ctx.page(url)
    return target is not None and is_guide(target.guide_elements)


def _matches(el: str, name: str) -> bool:
    return _word_rank(el, name) is not None


def _word_rank(el: str, name: str) -> int | None:
    """How exactly `name` names `el`: the position of the first of the element's words it holds (its words run
    from the most specific: 政策文件, 规范性文件, 政府文件 … 政府公报), or None when it does not name it."""
    words = LINK_WORDS[el][0]
    if el == "办事服务":
        name = name.replace(BODY_OFFICE, " ")   # 街道办事处: the body's name, not its services
    if _named_otherwise(el, name):
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


def _news_named_service(ctx: SiteContext, name: str, url: str) -> bool:
    """A link named for services only by the broad words (a short name ending in 服务, one audience's share:
    企业服务) whose page lists news — most of its three or more dated rows report an event (召开, 走访, 举办 …,
    `column_names.EVENT`) — reports the body's work with that audience; it offers no service."""
    rank = _word_rank("办事服务", name)
    if rank is None or rank < len(LINK_WORDS["办事服务"][0]):
        return False
    page = ctx.page(url)
    return page is not None and reports_news(page)


def _named_otherwise(el: str, name: str) -> bool:
    """The name says the link is something else (a 热线 or 投诉 channel, 智能客服 even on the 政务服务网's host): the
    words that disqualify an entry's name (`LINK_WORDS`)."""
    return el in LINK_WORDS and any(b in name for b in LINK_WORDS[el][1])


def _names_another_document(el: str, name: str) -> bool:
    """A link naming a single-page element that names another one too (机构概况: the body's 概况信息 and, by 机构, its
    职能): a section over both, where a link naming the element alone (主要职责) leads to the page itself."""
    return el in DOCUMENT_ELEMENTS and any(other != el and _matches(other, name) for other in DOCUMENT_ELEMENTS)


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
            out.update(ctx.canonical(urljoin(hp.url, a.attributes.get("href") or "")) for a in links)
    return frozenset(out)


SUBSITE_PAGES = 3   # pages of its own folder a sub-site's homepage links to: the folder is the site


def portal_frame(ctx: SiteContext) -> frozenset[str]:
    """The links of the portal around a sub-site (a county department's site in the county 站群's folder `/slj/`): on a
    homepage below its host's root that links three pages or more of its own folder, the pages of its host outside
    that folder it prints before its first link to itself — the portal's top bar and menu (县长信箱, 政民互动, 政务服务,
    走进某县) above the site's own banner and menu — and links nowhere after it. They are the county's entries, not the
    site's; none when the homepage never links itself (the frame cannot be told) or the portal's home is not among
    them (a way home to the portal marks its frame)."""
    hp = ctx.homepage
    if hp is None or _ROOT_PAGE.fullmatch(urlsplit(ctx.homepage_url).path or "/") is not None:
        return frozenset()
    urls = [ctx.canonical(link.url) for link in hp.links]
    first = next((i for i, u in enumerate(urls) if u == ctx.homepage_url), None)
    if first is None or len({u for u in urls[first:] if u != ctx.homepage_url
                             and in_folder_of(u, ctx.homepage_url)}) < SUBSITE_PAGES:
        return frozenset()
    after = set(urls[first:])
    before = {u for u in urls[:first] if ctx.on_site_host(u) and not in_folder_of(u, ctx.homepage_url)} - after
    return frozenset(before) if any(_portal_home(ctx, u) for u in before) else frozenset()


def _best_first(ctx: SiteContext, el: str, cands: list[tuple[str, str, PageFacts]],
                order: dict[int, int]) -> list[tuple[str, str, PageFacts]]:
    """An element's entries, the one a visitor would pick first: the site's own before the links of the portal
    framing a sub-site (`portal_frame`: the county's 政民互动 above a bureau's own menu), then the homepage's (its own entries before its links
    to other websites in a 友情链接 block, `_friendly_links`), then those more pages link to
    (the site's menus before one department's own: 工作机构 on every page before a bureau's 机构设置); among equals
    the link naming the element in full (互动交流 before 互动), then for a single-page element a link naming it alone
    before one naming another such element too (主要职责 before 机构概况), then the link whose name says the element most
    exactly (邯郸概况 before 走进邯郸, 政府文件 before 政府公报; one audience's part, 个人办事, after all), then of
    two links with one name the one inside the other's folder (a 政策解读 menu item over a section, its 政策解读
    sub-column), then the crawl order."""
    def nested(url: str, name: str, f: PageFacts) -> int:
        inner = folder_of(url)
        return sum(1 for u, n, g in cands if g is f and n == name and u != url
                   and inner != folder_of(u) and inner.startswith(folder_of(u)))

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
        return _framing(ctx, url, deeper) if section else 1

    def key(c: tuple[str, str, PageFacts]) -> tuple[bool, bool, bool, int, int, bool, bool, int, int, int]:
        url, name, f = c
        rank = _word_rank(el, name)
        home = f is ctx.homepage
        linked = 0 if home else len(ctx.inbound.get(ctx.canonical(url), ()))
        return (ctx.canonical(url) in frame, not home, home and ctx.canonical(url) in friendly, framed(url), -linked,
                el not in name,
                _names_another_document(el, name), _NARROWER + 1 if rank is None else rank, -nested(url, name, f),
                order[id(f)])

    return sorted(cands, key=key)


def target_problem(ctx: SiteContext, url: str, content: bool = True, hub: bool = False,
                   write: bool = False) -> str | None:
    """Why an entry's link does not work (broken, an error page, an empty page, a hub whose every link fails), or
    None (works, or unknown). With `content` False only a broken link counts; with `hub`, a hub page whose every
    link fails counts too (a channel's hub: `CHANNELS`); with `write` (互动交流: a channel the visitor writes to),
    a page only to read, offering nothing to do (`_dead_end`), fails too. Judged once per site and question
    (entries, columns and hubs ask about the same targets)."""
    known: dict[tuple[str, bool, bool, bool], str | None] = ctx.derived("target_problems", lambda _: {})
    key = (url, content, hub, write)
    if key not in known:
        known[key] = None   # asked again while judged (hubs linking each other): unknown, so it may work
        known[key] = _target_problem(ctx, url, content, hub, write)
    return known[key]


def _target_problem(ctx: SiteContext, url: str, content: bool, hub: bool, write: bool = False) -> str | None:
    canonical = ctx.canonical(url)
    rec = ctx.records.get(canonical) or ctx.records.get(url)
    if rec is not None and linkcheck.is_broken(rec) and not linkcheck.unmeasured(ctx, canonical):
        if rec.error in linkcheck.NETWORK_ERRORS | {"tls"} and not ctx.same_site(canonical):
            return None   # an outside platform we could not reach may work for visitors: not judged here
        return f"入口链接无法访问（{linkcheck.failure_text(rec)}）"
    f = ctx.pages.get(canonical)
    if f is None:
        return None
    if f.jump_to is not None:
        # a jump page sends the visitor straight on (window.location.replace(…), a refresh): judged by where it
        # lands, as a redirect chain is — a jump to an old host answering 404 is a broken entry
        problem = target_problem(ctx, f.jump_to, content, hub, write)
        return f"入口页面跳转至 {f.jump_to}，{problem}" if problem is not None else None
    if not content:
        return None
    if f.error_page or _error_in_template(ctx, f):
        return "入口页面显示错误、“建设中”或暂停受理"
    if _empty_page(ctx, f) and not (hub and _links_to_platform(ctx, f)):
        return "入口页面没有内容"
    if not hub:
        return None
    if write and f.form_unsent and not (f.login_form or f.frames or f.redirect):
        return "入口页面的留言表单无法提交（提交按钮只提示、不发送）"
    return (_dead_hub(ctx, f, write) or _closed_channel(ctx, f) or _closed_frame(ctx, f) or _calls_for_opinions(f)
            or (_dead_end(ctx, f) or _answers_only(ctx, f) or _phones_only(ctx, f) if write
                else _incomplete_guides(ctx, f) or _contacts_only(ctx, f)))


def _dead_hub(ctx: SiteContext, f: PageFacts, write: bool = False) -> str | None:
    """A hub page (no list, no form, no frame) whose own links — the site's menu, the homepage, the page itself and
    links to 信访 or 纪检 channels and calls for opinions aside, and for 互动交流 its parts that take no question
    (`_NO_QUESTIONS`: 在线访谈, 回应关切) — all lead to pages known to fail (broken, an error page, an empty page): the
    互动交流 hub whose 局长信箱 and 在线咨询 both answer 404, beside a 网上信访 link, offers the visitor nothing that
    works; so does one whose 厅长信箱 is a list of past letters whose 我要写信 fails. One link not crawled, or leading
    outside unanswered, may work: then the hub is not judged."""
    if not _takes_nothing(f) or f.redirect:
        return None

    def aside(link: Link) -> bool:
        return _COMPLAINT_CHANNEL.search(link.name) is not None or write and _NO_QUESTIONS.search(link.name) is not None

    own = sorted(_own_targets(ctx, f, aside=aside) | _named_in_text(ctx, f))
    first = _all_fail(ctx, own, hub=True, write=write)
    if not first:
        return None
    links = f"入口页面的 {len(own)} 个链接均不可用" if len(own) > 1 else "入口页面唯一的链接不可用"
    return f"{links}（{first[0]}：{first[1]}）"


# An address to write to printed on a page (an e-mail, a web address), a code to scan (扫码, 二维码) or the 12345
# platform named: a way in without a link.
_ADDRESS_OR_CODE = r"[\w.-]+@[\w-]+\.[\w.-]+|https?://|www\.|\.gov\.cn|二维码|扫码|扫一扫"
_PRINTED_WAY_IN = re.compile(_ADDRESS_OR_CODE + r"|(?<![\d-])12345(?!\d)")


_ROW_DATE = re.compile(YMD)   # a full date in a line
RECORD_ROWS = 2   # dated lines of a page printing past messages without links


def _nothing_but_text(ctx: SiteContext, f: PageFacts) -> list[str] | None:
    """The page's own lines when it offers the visitor nothing but them: no list, form, frame, login or article, no
    button a script runs, no link of its own (the site's menu, the homepage, the badges and ways back aside); None
    otherwise, and for a page a script of its own may fill (a page listing items is not read for forms: a
    guestbook's rows above its form)."""
    if not _takes_nothing(f) or f.redirect or f.script_entries:
        return None
    if not seen_as_served(ctx, f):
        return None
    if not all(_badge_link(u) for u in _own_targets(ctx, f, aside=lambda link: back_or_action(link.text.strip()))):
        return None
    return own_lines(ctx, f)


def _dead_end(ctx: SiteContext, f: PageFacts) -> str | None:
    """A 互动交流 page (an entry or a hub's way on) printing past messages — two or more dated lines — that offers
    the visitor nothing else (`_nothing_but_text`) and names no address, code or 12345 platform to write to — a
    留言选登 table of answered letters printed without links: a record to read, no way to write. Not asked of a 办事
    page (a guide printed in full is a service's content)."""
    own = _nothing_but_text(ctx, f)
    if own is None or sum(1 for line in own if _ROW_DATE.search(line)) < RECORD_ROWS \
            or _PRINTED_WAY_IN.search("\n".join(own)):
        return None   # not a record of past messages, or it names a way to write
    return "入口页面只供阅读，无留言表单、写信链接或其他可用功能"


# A telephone number as a directory prints it (0599-7321006, 13912345678), a whole line of its own.
_PHONE_LINE = re.compile(r"[(（]?0\d{2,3}[)）]?\s*[-－—]?\s*\d{7,8}|1[3-9]\d{9}|\d{7,8}")
# What names a way to do a service besides calling or going there: online (政务服务网, 网上办理, an app, a mini
# program), or a service guide's own labels (申请材料, 办理流程): the page offers a service, not only contacts.
_SERVICE_WAY = re.compile(r"政务服务网|网上办|在线办|网上申[请报]|一网通办|网厅|掌上|[Aa][Pp][Pp]|小程序|公众号|登录|"
                          r"申请材料|所需材料|办理流程|办理条件|受理条件|办理时限|办事指南")
CONTACT_ROWS = 3   # telephone numbers of a directory of offices


def _contacts_only(ctx: SiteContext, f: PageFacts) -> str | None:
    """A 办事服务 page that only lists whom to call or visit — a directory of offices, their telephone numbers and
    rooms (便民服务电话: 党政办 0599-…, 1号窗口) — offering nothing else (`_nothing_but_text`), no guide, and nothing
    its text names to do a service by (an address or code to open, the 政务服务网, an app, a guide's labels): no
    service. Not judged with fewer than three numbers."""
    own = None if is_guide(f.guide_elements) else _nothing_but_text(ctx, f)
    if own is None:
        return None
    text = "\n".join(own)
    if sum(1 for line in own if _PHONE_LINE.fullmatch(line.strip())) < CONTACT_ROWS \
            or _PRINTED_WAY_IN.search(text) or _SERVICE_WAY.search(text):
        return None
    return "入口页面只列出咨询电话和办公地点，无办事指南或办理入口"


# A number to call (12345, 0856-5831002, 13912345678) and the words naming a line to call (热线, 电话, 拨打, 接听).
_CALL_NUMBER = re.compile(r"(?<![\d-])(?:0\d{2,3}\s*[-－—]?\s*)?\d{5,8}(?!\d)|(?<!\d)1[3-9]\d{9}(?!\d)")
_CALL_WORDS = re.compile(r"热线|电话|拨打|致电|来电|接听")
# A way to reach the body besides calling: an address or code to write to or open, a way online (网上, 在线, 平台,
# 微信, 小程序, 登录), or a channel to write to named (信箱, 留言, 写信) — the 12345 number alone is a line to call.
_NOT_ONLY_CALLS = re.compile(_ADDRESS_OR_CODE + r"|\.com|网上|在线|线上|网站|网页|网络|平台|登录|登陆|微信|公众号|小程序|"
                             r"[Aa][Pp][Pp]|客户端|邮箱|信箱|留言|写信|来信")


def _phones_only(ctx: SiteContext, f: PageFacts) -> str | None:
    """A 互动交流 page (an entry or a hub's way on) that only gives numbers to call — a hotline's page printing 12345
    and its hours, an office's telephone — offering nothing else (`_nothing_but_text`), its own text naming no
    address, code, way online or channel to write to (信箱, 留言): a telephone line is no online channel."""
    own = _nothing_but_text(ctx, f)
    if own is None:
        return None
    text = "\n".join(own)
    if not (_CALL_WORDS.search(text) and _CALL_NUMBER.search(text)) or _NOT_ONLY_CALLS.search(text):
        return None
    return "入口页面只提供电话号码，无在线留言、咨询表单或写信链接"


# A page of questions the body answers itself, by its own name: 常见问题(解答), 政策问答, 热点问答, 知识库.
_ANSWERS_NAME = re.compile(r"常见问题|问题解答|问答|知识库|FAQ", re.I)
# A link naming a way to ask or write (我要咨询, 在线留言, 写信, 局长信箱): a channel beside the answers.
_WAY_TO_ASK = re.compile(r"咨询|留言|写信|信箱|邮箱|投诉|建议|来信|提问|诉求|问政|求助|(?<![\d-])12345(?!\d)")


def _answers_only(ctx: SiteContext, f: PageFacts) -> str | None:
    """A 互动交流 page (an entry or a hub's way on) named, by its own title or breadcrumb, for questions the body
    answers itself (常见问题解答, 政策问答) that offers the visitor no way to ask: no form, frame or login, no button a
    script runs, no link of its own naming a way to ask or write (我要咨询, 在线留言, 局长信箱 — its rows, the answers,
    and the site's menu aside), no address, code or 12345 platform printed to write to. The published answers are a
    record to read, not a channel (an FAQ beside a working 信箱 leaves the 信箱 the channel). A page a script of its own
    may fill is not judged."""
    names = [title_name(f.title), *f.breadcrumb[-1:]]
    if not any(_ANSWERS_NAME.search(n) for n in names if n):
        return None
    if f.frames or f.textarea or f.login_form or f.redirect or f.script_entries or f.data is not None:
        return None
    if not seen_as_served(ctx, f):
        return None
    rows = {ctx.canonical(it.url) for it in f.items}
    for link in f.links:
        u, name = ctx.canonical(link.url), link.text.strip()
        if u in rows or u in ctx.template_links or u == f.url or _ANSWERS_NAME.search(name):
            continue   # an answer, the site's menu, the page itself, another page of answers
        if ACTION_NAME.match(name) or _WAY_TO_ASK.search(name):
            return None
    if _PRINTED_WAY_IN.search("\n".join(own_lines(ctx, f))):
        return None
    return "入口页面只有常见问题的答复，无咨询、留言表单或写信链接"


# A 互动交流 hub's parts that take no question of the visitor's own (surveys, interviews, the body's answers to
# concerns, its interpretations): beside them, only a way to ask — a 信箱, 咨询, 留言 — makes the hub a channel.
_NO_QUESTIONS = re.compile(r"调查|访谈|回应关切|解读|发布会")


# The 信访 and 纪检 channels (网上信访, 纪检监察举报) and calls for opinions (意见征集): a hub's link to one offers no 办事
# or 互动 channel (the vetoes do not count them), so it does not keep a hub whose other links all fail working.
_COMPLAINT_CHANNEL = re.compile("|".join(LINK_WORDS["互动交流"][1]))


def _all_fail(ctx: SiteContext, urls: list[str], hub: bool = False,
              write: bool = False) -> tuple[str, str] | None:
    """The first of `urls` and why it does not work, when every one of them is known to fail; None when one may
    work (or there are none). `hub`: they are a channel hub's ways on, judged as channel entries (a list of past
    letters whose way to write fails, a hub below it whose every link fails: no working channel); `write`: as
    ways on of 互动交流, where a page only to read fails too (`_dead_end`)."""
    problems = []
    for u in urls:
        problem = target_problem(ctx, u, hub=hub, write=write)
        if problem is None:
            return None
        problems.append((u, problem))
    return problems[0] if problems else None


def _closed_frame(ctx: SiteContext, f: PageFacts) -> str | None:
    """A channel page offering nothing of its own (no form, no list, no article) but frames showing other pages,
    every one of them known to fail (broken, an error page, 系统升级维护，暂停受理 with no form): the frame is what
    the visitor would use, and it takes nothing in. A frame not crawled, or leading outside unanswered, may work:
    then the page is not judged."""
    if not f.frames or f.items or f.is_article or f.textarea or f.login_form or f.data is not None or f.redirect:
        return None
    shown = sorted(set(f.frame_urls) - {f.url})
    if len(shown) < f.frames:
        return None   # a frame whose address we did not read (srcdoc, the page itself) may hold the form
    first = _all_fail(ctx, [ctx.canonical(u) for u in shown])
    return f"入口页面内嵌的页面均不可用（{first[0]}：{first[1]}）" if first else None


# A link to write to a channel (我要留言, 【我要写信】, 写信, 发表留言): the way in of a list of past messages.
_WRITE_LINK = re.compile(r"^[【\[]?\s*(?:我要(?:留言|写信|咨询|提问|投诉|建议|反映|来信)|写信|写留言|发表留言|提交留言|签写留言)\s*[】\]]?$")


def _closed_channel(ctx: SiteContext, f: PageFacts) -> str | None:
    """A channel's list of past messages (no form of its own) whose every link to write — 我要留言, 我要写信 — leads
    to a page known to fail (broken, an error page, 留言系统升级维护中 with no form): the list is a record, the
    channel takes nothing in. A write link not crawled, leading outside unanswered, to a login wall, or a write
    button only a script opens, may work: then the page is not judged; nor is a list page with no write link."""
    if not f.items or f.textarea or f.login_form or f.frames or f.redirect:
        return None
    if any(_WRITE_LINK.match(name) for name in f.script_entries):
        return None
    writes = sorted({ctx.canonical(link.url) for link in f.links if _WRITE_LINK.match(link.text.strip())} - {f.url})
    if not writes:
        said = _stopped_notice(ctx, f)
        return f"入口页面只列出往期留言，并说明{said}" if said else None
    first = _all_fail(ctx, writes)
    return f"入口页面的留言/写信链接均不可用（{first[0]}：{first[1]}）" if first else None


def _incomplete_guides(ctx: SiteContext, f: PageFacts) -> str | None:
    """A service guide missing key elements, or a list of guides (no form, frame or login of its own) whose every
    row read is one: the guides it offers are those `service-unusable` names, so it is no working 办事服务 either
    (the veto holds on those guides whatever the entry). A row read that is anything else — a complete guide, a
    page of another kind — may serve: then the list is not judged; nor is one none of whose rows was read."""
    guides = {g.url: g for g in services.ctx_guides(ctx)}
    if f.url in guides:
        return "入口页面为缺少关键要素的办事指南" if guides[f.url].missing else None
    if not f.items or f.textarea or f.login_form or f.frames or f.redirect:
        return None
    read = [u for u in (ctx.canonical(it.url) for it in f.items) if u in ctx.pages]
    if not read or not all(u in guides and guides[u].missing for u in read):
        return None
    return f"入口页面所列办事指南（已读 {len(read)} 篇）均缺少关键要素"


def _stopped_notice(ctx: SiteContext, f: PageFacts) -> str | None:
    """The line a list of past messages with no way to write prints of its own (not a row, not the template) saying
    the channel itself takes nothing in now (网上留言功能暂停受理，恢复时间另行通知): a record, no working channel."""
    rows = {it.title for it in f.items} | {it.row for it in f.items}
    counts: Counter[str] = ctx.derived("prose_pages", _prose_pages)   # (f's own prose counts once)
    return next((t for t in sorted(f.prose) if t not in rows and counts[t] <= 1 and says_channel_stopped(t)), None)


def _prose_pages(ctx: SiteContext) -> Counter[str]:
    """How many pages print each text block of prose (the template's repeat on many)."""
    return Counter(t for f in ctx.pages.values() for t in f.prose)


# A row of a list of calls for opinions: its state (已结束, 征集中 …) or its title asking for opinions on a draft.
_CALL_ROW = re.compile(r"已结束|已截止|进行中|征集中|未结束|未截止|征求.{0,40}意见|征集")


def _calls_for_opinions(f: PageFacts) -> str | None:
    """A list of calls for opinions (意见征集, 征集调查; no form of its own), every row a call — open or ended, as its
    state or its title says: the public's say on the body's drafts, no way to ask a question of one's own, so no
    consultation channel (the interaction-poor veto asks for one). A row that is no call, a form, a frame or a
    login on the page leave it unjudged."""
    if not f.items or f.textarea or f.login_form or f.frames or f.redirect:
        return None
    if not all(_CALL_ROW.search(it.row) for it in f.items):
        return None
    return f"入口页面只列出 {len(f.items)} 项意见征集，无咨询、留言渠道"


ERROR_OWN_CHARS = 200   # an error message in the site's template: what the page says of its own is short


def _error_in_template(ctx: SiteContext, f: PageFacts) -> bool:
    """An error page served inside the site's template (its long menu and footer around 抱歉，您访问的页面不存在):
    what the page says of its own — the text blocks no other page repeats — is short and says it is an error, and
    it links nowhere of its own (the site's menu, the homepage and ways back — 返回留言列表 — aside): a hall listing a few services under 更多服务
    敬请期待 is no error page. A channel page that takes nothing in — no form, no list — and says so as its own
    short text (信箱暂停受理, 系统维护中，暂停使用) is one too: the visitor can do nothing there; so is one saying the
    channel was never opened for this unit (该部门暂未开通网上信箱) and naming no other way to write (an e-mail, 12345)."""
    own = "\n".join(own_lines(ctx, f))
    if not 0 < len(own) <= ERROR_OWN_CHARS:
        return False
    if not says_error(own) and not (_takes_nothing(f) and (says_out_of_service(own) or says_not_opened(own)
                                                           and not _PRINTED_WAY_IN.search(own))):
        return False
    return all(_badge_link(u) for u in _own_targets(ctx, f, aside=lambda link: back_or_action(link.text.strip())))


def _own_targets(ctx: SiteContext, f: PageFacts, aside: Callable[[Link], bool]) -> set[str]:
    """Where the page's own links lead: the page itself, the homepage (and the portal's above the site's folder,
    `_portal_home`), the site's menu and the links `aside` sets apart left out."""
    return {ctx.canonical(link.url) for link in f.links if not aside(link) and not _portal_home(ctx, link.url)} - {
        f.url, ctx.homepage_url} - ctx.template_links


_BADGE_MARKERS = tuple(m for el in BADGES for m in URL_MARKERS[el] if not m.startswith("#"))


PLATFORM_LINKS = 3   # a channel page's own links to other hosts that make it a way on, whatever box says 暂无


def _links_to_platform(ctx: SiteContext, f: PageFacts) -> bool:
    """A channel page whose own links lead to three or more pages on other hosts (the province's 政务服务网: 个人办事,
    法人办事, service guides) is a way on to them, not an empty page, though one box of it says 暂无公示信息; whether
    they work is the hub's question (`_dead_hub`)."""
    own = _own_targets(ctx, f, aside=lambda link: back_or_action(link.text.strip()))
    return sum(1 for u in own if not ctx.same_site(u) and not _badge_link(u)) >= PLATFORM_LINKS


def _named_in_text(ctx: SiteContext, f: PageFacts) -> set[str]:
    """On a page saying it moved (该栏目已迁移 … 请点击以下链接办理), where the links its own text prints lead, even
    when the menu repeats them: the new address it sends the visitor to is its way on."""
    own = set(own_lines(ctx, f))
    if not any(MOVED.search(line) for line in own):
        return set()
    return {ctx.canonical(link.url) for link in f.links if link.text.strip() in own} - {f.url, ctx.homepage_url}


def _badge_link(url: str) -> bool:
    """A link to a national badge's platform (党政机关网站标识, 我为政府网站找错): the template's, whatever page
    address its query carries (jiucuo.html?site_code=…&url=<this page>)."""
    low = url.lower()
    return any(m in low for m in _BADGE_MARKERS)


def _takes_nothing(f: PageFacts) -> bool:
    """The page offers no form, no list, no frame and no article: nothing a visitor can use (rows printed with no
    link, a 选登 table's letters, are a record to read)."""
    return not (any(not it.printed for it in f.items) or f.is_article or f.frames or f.textarea or f.login_form or f.data is not None)


def _says_blank_beside_box(ctx: SiteContext, f: PageFacts) -> bool:
    """The page is a column of the site counted with no entry, whose page lists rows and says a list is empty
    (`says_empty_beside_rows`): its rows are a box of another list's beside its own empty one. So is one the columns
    check reports blank (`columns.is_empty`) that says so in the words other such pages print too (暂无信息 on every
    blank column of a department's sub-site, beside the 站群's sidebar of the county's notices): the words are each
    blank list's, not a widget's beside a list."""
    if not f.items:
        return False
    cols = ctx_columns(ctx)
    col = next((c for c in cols if c.url == f.url and not c.items and c.shown == 0), None)
    return col is not None and (says_empty_beside_rows(ctx, f) or f.template_empty not in ("", EMPTY_CONTAINER)
                                and is_empty(ctx, col, {c.url for c in cols}))


def _empty_page(ctx: SiteContext, f: PageFacts) -> bool:
    """A page that shows nothing: it says its list is empty (暂无信息, 建设中), it is (nearly) blank, or nothing
    stands between its breadcrumb and its footer — not one still showing 正在加载… A page showing only the site template otherwise is not judged
    empty: a catalogue of the menu's own links looks the same; nor is
    a jump page (a meta refresh, a script redirect): it sends the visitor on to the entry's content. A column whose
    own list says it is empty beside a box of another list's rows (政策解读 saying 暂无信息 beside 热点关注's headlines,
    `box_beside_empty_list`) shows nothing of its own either."""
    if _says_blank_beside_box(ctx, f):
        return True
    if not _takes_nothing(f) or f.redirect:
        return False
    if f.loading:
        return False     # a list still loading (正在加载…), even in the browser: what it lists is not measured
    if script_list_unseen(ctx, f):
        return False     # a list a script fills: not measured
    if shows_empty_list(ctx, f):
        return True
    # a (nearly) blank page, or one showing nothing between its breadcrumb and its footer, unless a script of its
    # own may fill it
    return (f.text_chars < EMPTY_PAGE_CHARS or f.blank_content) and seen_as_served(ctx, f)


def detect_elements(ctx: SiteContext) -> tuple[dict[str, ElementResult], dict[str, Evidence]]:
    found = _Found()
    hp = ctx.homepage
    ordered = ([hp] if hp is not None else []) + [f for u, f in sorted(ctx.pages.items()) if f is not hp]

    # footer marks: the homepage (other pages only when the homepage could not be read)
    for f in ordered[:1] if hp is not None else ordered:
        for el in FOOTER_MARKS:
            if el in f.marks:
                value, excerpt = f.marks[el]
                if _meta_only_code(f, el, excerpt):
                    found.evidence.setdefault(el, Evidence(
                        f.url, f"页脚未展示网站标识码（仅见于 {excerpt}，访问者看不到）", f.warc_record))
                    continue
                found.add(el, value, f.url, excerpt, f.warc_record)
    if hp is not None and "联系方式" not in found.results:
        _contact_page(ctx, hp, found)
    if hp is not None:
        _image_marks(ctx, hp, found)

    # entries: links, images, scripts across the site, homepage first; each (url, name) looked at once
    candidates: dict[str, list[tuple[str, str, PageFacts]]] = {}
    seen: set[tuple[str, str, bool]] = set()
    for f in ordered:
        for src in f.script_srcs:
            low = src.lower()
            for el, markers in URL_MARKERS.items():
                if el in ("数据开放", "办事服务"):
                    continue
                if any(m in low for m in markers):
                    found.add(el, src, f.url, f'<script src="{src}">', f.warc_record)
        if f is not hp and (f.depth > 2 or f.is_article):
            continue   # entries come from navigation pages; an article's own links are its text
        # a page of another host the site links to: an outside 信息公开 platform carries the body's own disclosure
        # (its 指南, 目录 …), but any other menu there (a data portal's 接口服务, a credit platform's 信用服务, a
        # platform's 找错 badge) is that platform's, not the site's
        own = f is hp or ctx.same_site(f.url) or ctx.on_site_host(f.url)
        rows = {it.url for it in f.items} if f.items else set()
        dated_rows = {it.url for it in f.items if it.dates}   # a dated row under /zwfw/: a guide, not the hall
        for link in f.links:
            key = (link.url, link.text, own)
            if key in seen:
                continue
            seen.add(key)
            low = link.url.lower()
            for el, markers in URL_MARKERS.items():
                if own and any(m in low for m in markers):
                    if el in BADGES:
                        found.add(el, link.url, link.url, f"{link.text} → {link.url}", f.warc_record, where=f.url)
                    elif not _named_otherwise(el, link.text) and not (el == "办事服务" and link.url in dated_rows):
                        candidates.setdefault(el, []).append((link.url, link.text or link.url, f))
            # a link to a part the page holds (`index.html#fdzdgknr`: a tab of a 信息公开 page) names that part
            section = link.section and link.url not in rows
            if link.url in rows or ctx.canonical(link.url) in (f.url, ctx.homepage_url) and not section:
                continue   # a list row; a link back to the page itself or to the homepage (href="" placeholders)
            if _portal_home(ctx, link.url):
                continue   # a link home to the portal the site's folder sits under (its logo: 某某市人民政府 政民互动)
            document = _leads_to_article(ctx, link.url)
            name = entry_name(ctx, link)
            if not is_entry_name(name):
                continue
            for el in LINK_WORDS if own else DISCLOSURE_ELEMENTS:
                if section and el in CHANNELS:
                    continue   # a channel works through the pages it leads to, not a part of the page naming it
                if el == "互动交流" and f is not hp and _service_item(f, name):
                    continue
                guide = el == "办事服务" and _leads_to_guide(ctx, link.url)   # (a guide: the service's own page)
                if (not document or el in DOCUMENT_ELEMENTS or guide) and _matches(el, name):
                    got = candidates.setdefault(el, [])
                    if len(got) < CANDIDATES_MAX:
                        got.append((link.url, name, f))
        if not f.is_article and not dated_url(f.url):
            name = title_name(f.title)
            if is_entry_name(name):
                for el in LINK_WORDS if own else DISCLOSURE_ELEMENTS:
                    if _matches(el, name):
                        candidates.setdefault(el, []).append((f.url, name, f))

    if hp is not None and len(hp.breadcrumb) >= 2 and (section := ctx.derived("portal_section", portal_section)) \
            and hp.breadcrumb[-1].startswith(section) and _matches("政府信息公开目录", hp.breadcrumb[-2]):
        # a section's own page that the platform files under its catalogue (法定主动公开内容 > 青湾镇): the section's node
        # of that catalogue, its 目录
        candidates.setdefault("政府信息公开目录", []).append((hp.url, hp.breadcrumb[-1], hp))

    order = {id(f): i for i, f in enumerate(ordered)}
    frame: frozenset[str] = ctx.derived("portal_frame", portal_frame)
    for el, cands in candidates.items():
        failed: set[str] = set()   # the targets of the element's better entries that do not work
        for url, name, f in _best_first(ctx, el, cands, order):
            if el in found.results:
                break
            if el in BADGES:
                found.add(el, name, url, f"{name} → {url}", f.warc_record, where=f.url)
                break
            if el == "办事服务" and _news_named_service(ctx, name, url):
                continue
            if failed and el not in CHANNELS and _known_to_fail_within(ctx, url, f, failed):
                continue
            problem = target_problem(ctx, url, content=el not in CONTENT_MEASURED, hub=el in CHANNELS,
                                     write=el == "互动交流")
            if problem is None and el == "数据开放" and articles_only(ctx, url):
                problem = "入口指向的栏目只有文章（如统计数据），没有数据集、数据格式、下载或接口"
            if problem is None and el == "政策解读":
                problem = _documents_only(ctx, url)
            if problem is None and el in CHANNELS and el in found.bad and ctx.canonical(url) in frame:
                # the site's own channel fails and only the portal's works (the county's 县长信箱 above a bureau
                # whose 局长信箱 answers 404): whether the county's channel serves the bureau is not known here
                found.unmeasured[el] = "portal"
                ctx.warnings.append(f"「{el}」未测量：本站入口无法使用，仅所在门户（站群）的入口可用：{url}")
                break
            if problem is None:
                found.add(el, name, url, f"{name} → {url}", f.warc_record, where=f.url)
            else:
                found.bad.setdefault(el, (Evidence(f.url, f"「{name}」→ {url}：{problem}", f.warc_record), problem))
                failed.add(ctx.canonical(url))
                _script_opened_channel(ctx, el, url, found)

    if hp is not None:
        _script_toolbar(hp, found)

    for col in ctx_columns(ctx):
        col_el = COLUMN_ELEMENTS.get(col.type)
        # a blank column is no working entry; an 互动 column is a channel only when named like one (在线访谈
        # archives and 调查 lists are not), and only when its way to write works
        if col_el == "政策解读" and _CONCERNS.search(col.name) and not _matches(col_el, col.name):
            continue   # 回应关切: the 解读回应 section's other half, answers to public concerns, no policy interpretation
        if col_el == "政策解读" and _documents_only(ctx, col.url) is not None:
            continue   # the policy documents themselves listed under the 解读 name: no interpretation
        if col_el and col.items and (col_el != "互动交流" or _matches(col_el, col.name)):
            if col_el in CHANNELS and target_problem(ctx, col.url, hub=True, write=col_el == "互动交流") is not None:
                continue   # a list of past messages whose way to write fails: a record, no working channel
            found.add(col_el, col.name, col.url, col.name, col.evidence.warc_record)

    # 站内搜索: a search form on the homepage, else on a page near it (many sites put the search box in the
    # column pages' side bar only), or the measurement found one
    search = (ctx.snapshot.measurements or {}).get("search") or {}
    with_form = next((f for f in ordered if f.search_form and (f is hp or f.depth <= 2)), None)
    if with_form is not None:
        found.add("站内搜索", "搜索表单", with_form.search_action or with_form.url, "<form> 搜索", with_form.warc_record,
                  where=with_form.url)
    elif isinstance(search, dict) and search.get("form_url"):
        found.add("站内搜索", str(search.get("form_url")), str(search.get("form_url")), "搜索表单", None)

    _annual_report(ctx, ordered, found)
    if "政府信息公开目录" not in found.results:
        _disclosure_hub(ctx, ordered, found)
    if "机构职能" not in found.results:
        _duties_in_profile(ctx, found)
    if "负责人信息" not in found.results:
        _leaders_in_profile(ctx, found)
    _disclosure_platform(ctx, ordered, found)
    _unmeasured(ctx, found)
    _unread_footer_frames(ctx, hp, found)
    _badge_slots(ctx, ordered[:1], found)
    if hp is not None:
        _script_run_entries(ctx, hp, found)

    results: dict[str, ElementResult] = {}
    for el in ELEMENTS:
        if el in found.results:
            results[el] = found.results[el]
        elif el in found.unmeasured:
            results[el] = ElementResult(False, None, None, measured=False)
        else:
            results[el] = ElementResult(False, None, None)
            if el in found.bad:
                evidence, problem = found.bad[el]
                found.evidence.setdefault(el, evidence)
                results[el] = ElementResult(False, None, None, problem=problem)
    return results, found.evidence


def _known_to_fail_within(ctx: SiteContext, url: str, f: PageFacts, failed: set[str]) -> bool:
    """A weaker entry whose target the crawl did not open (its limits, robots.txt) says nothing more of the element
    when what it would lead to is a better entry already known to fail: the section above that entry's page (解读回应
    `/jdhy/` over the blank 政策解读 column `/jdhy/zcjd/` the homepage's 政策解读 opens — the section's
    interpretations are that column), or the menu of that failing page on another host (the city platform's own
    法定主动公开内容 in the header of the department's blank catalogue page there: the city's catalogue, not the
    department's)."""
    key = ctx.canonical(url)
    rec = ctx.records.get(key)
    if key in ctx.pages or rec is not None and linkcheck.is_broken(rec):
        return False   # opened (or answering an error): judged as any entry — not one robots.txt kept us from
    front = canonical(key)
    folder = folder_of(front)
    section = front == folder and urlsplit(folder).path not in ("", "/")   # a section's front page, not the root
    if section and any(folder_of(u) != folder and folder_of(u).startswith(folder) for u in failed):
        return True
    own = f is ctx.homepage or ctx.same_site(f.url) or ctx.on_site_host(f.url)
    return not own and f.url in failed and not folder_of(key).startswith(folder_of(f.url))


# A 事项's name: its subject, then what is done with it (统计调查项目备案咨询受理, 出版物进口备案查询).
_SERVICE_ITEM = re.compile(r"^[\u4e00-\u9fa5]{4,}(?:受理|办理|审批|登记|备案|查询|证明|核准|许可|审核|申请)$")


def _service_item(f: PageFacts, name: str) -> bool:
    """A 事项 listed on a 办事 page (its title or breadcrumb names 政务服务, 办事服务): a service of that hall, even
    when its name holds an interaction word (…咨询受理) — no 互动 channel."""
    return _SERVICE_ITEM.match(name) is not None and any(
        type_of(n) == "办事" for n in (f.title, *f.breadcrumb))


_ROOT_PAGE = re.compile(r"/(?:(?:index|default)\.(?:s?html?|jsp|php|aspx?))?", re.IGNORECASE)


def _framing(ctx: SiteContext, url: str, deeper: set[str]) -> int:
    """Where an entry of a section of a larger site (`page_kinds.portal_section`) leads: 0 the section's own page or
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


def _front_page(url: str) -> bool:
    """The root page of a host (`https://www.zjzwfw.gov.cn/`): a website's front, not one of its pages."""
    parts = urlsplit(url)
    return not parts.query and _ROOT_PAGE.fullmatch(parts.path or "/") is not None


def _portal_home(ctx: SiteContext, url: str) -> bool:
    """The root page of the site's own host when the site's homepage sits in a folder below it (a department's
    section `/tjj/` of the city's host): the portal's homepage, a way home whatever its link says — no entry."""
    home = urlsplit(ctx.homepage_url)
    parts = urlsplit(url)
    return (_ROOT_PAGE.fullmatch(home.path or "/") is None and not parts.query and ctx.on_site_host(url)
            and _ROOT_PAGE.fullmatch(parts.path or "/") is not None)


DOCUMENT_ROWS = 2   # rows of a 政策解读 list that are all the 政策文件 column's own documents: a list of documents


def _documents_only(ctx: SiteContext, url: str) -> str | None:
    """A 政策解读 column whose rows are the policy documents themselves: two or more, every one a document a 政策文件
    column of the site lists too (the same address: the CMS cross-posts the documents under the 解读 name), none
    naming an interpretation (解读, 图解, 答记者问 …). A visitor opening them finds documents, no interpretation."""
    key = ctx.canonical(url)
    cols = ctx_columns(ctx)
    col = next((c for c in cols if c.url == key), None)
    if col is None or len(col.item_urls) < DOCUMENT_ROWS:
        return None
    documents = {u for c in cols if c.type == "政策文件" and c is not col for u in c.item_urls}
    if not documents.issuperset(col.item_urls):
        return None
    if any(w in it.title for p in col.pages for it in ctx.pages[p].items for w in INTERPRETATION_WORDS):
        return None
    return f"入口栏目所列 {len(col.item_urls)} 条均为政策文件本身（与政策文件栏目所列相同），没有解读"


# Answers to public concerns (回应关切, 热点回应): typed with 政策解读 as the 解读回应 section, not an interpretation.
_CONCERNS = re.compile(r"回应")


def _script_toolbar(hp: PageFacts, found: _Found) -> None:
    """无障碍 / 长者模式 toolbars a script opens (href="#" onclick=…, a <button> or a span a click runs: a 关怀版
    switch): present, at the homepage — after the real
    links, so that an entry whose page the visitor reaches (a 长者模式 page, a /wza/ tools page) names its target."""
    for name in (*hp.script_entries, *hp.switches):
        if _matches("无障碍浏览", name):
            found.add("无障碍浏览", name, hp.url, f"{name}（脚本打开的辅助工具）", hp.warc_record)
            return


# Marks printed in a footer: a page printing one shows its footer to us.
_PRINTED_MARKS = ("ICP备案号", "公安机关备案号", "网站主办单位")


def _meta_only_code(f: PageFacts, el: str, excerpt: str) -> bool:
    """A 网站标识码 only in the SiteIDCode meta (for machines) of a page whose footer we read — it prints other
    marks — and does not show it: the visitor never sees the code, which must be shown. With no footer read (a
    script writes it, a frame holds it) the meta still counts: a guess against the site is worse."""
    return el == "网站标识码" and excerpt.startswith("<meta") and any(m in f.marks for m in _PRINTED_MARKS)


def _contact_page(ctx: SiteContext, hp: PageFacts, found: _Found) -> None:
    """A 联系我们 / 联系方式 link on the homepage whose page prints a phone or e-mail."""
    for link in hp.links:
        if link.text.strip() not in ("联系我们", "联系方式", "联系电话"):
            continue
        target = ctx.page(link.url)
        if target is not None and "联系方式" in target.marks:
            value, excerpt = target.marks["联系方式"]
            found.add("联系方式", value, target.url, f"{link.text} → {excerpt}", target.warc_record)
            return


def _image_marks(ctx: SiteContext, hp: PageFacts, found: _Found) -> None:
    """Marks the homepage shows as images only: present when the image says what it shows (网站标识码：N in its
    alt, a conac badge), else — a code printed in pixels — not measured rather than missing."""
    for el, value, excerpt, read in hp.mark_images:
        if el in found.results:
            continue
        if read:
            found.add(el, value, hp.url, excerpt, hp.warc_record)
        else:
            found.unmeasured[el] = "image"
            ctx.warnings.append(f"「{el}」未测量：首页以图片显示（{excerpt}），无法读取其内容")


def _unmeasured(ctx: SiteContext, found: _Found) -> None:
    """Elements not found where a script may write them: on a homepage the browser lane did not render, or on one
    it rendered that still shows no footer (or hardly any link, and no menu naming `MENU_ENTRIES` entries) next to
    scripts of its own — the script that writes that part did not run for us (a resource that failed to load), so
    what it writes is unknown."""
    hp = ctx.homepage
    if hp is not None and hp.redirect:
        # a splash page taken for the homepage: what the real homepage carries is not measured
        for el in ELEMENTS:
            if el not in found.results and el != "政府信息公开年报":
                found.unmeasured[el] = "splash"
        ctx.warnings.append(SPLASH_WARNING)
        return
    if hp is None or not hp.signs:
        return
    # a rendered homepage whose links name several entries shows its menu: the scripts that write it ran; so does
    # an unrendered one whose links naming them are the site's printed menu (the same links on half of its pages)
    menu_shown = len({el for link in hp.links if is_entry_name(link.text)
                      and (hp.rendered or ctx.canonical(link.url) in ctx.template_links) for el in LINK_WORDS
                      if el not in BADGES and _matches(el, link.text)}) >= MENU_ENTRIES
    for el in ELEMENTS:
        if el in found.results or el == "政府信息公开年报":
            continue
        part = "footer" if el in FOOTER_PART else "nav"
        if part not in hp.signs or part == "nav" and menu_shown or hp.rendered and part not in hp.lacks:
            continue
        where = "页脚" if part == "footer" else "导航或入口区"
        found.unmeasured[el] = where
        ctx.warnings.append(f"「{el}」未测量：首页{where}由脚本生成，" + (
            "经浏览器渲染后仍未显示（脚本或其资源可能未能加载）" if hp.rendered
            else "且未经浏览器渲染（请用 --render auto 重新采集）"))


def _unread_footer_frames(ctx: SiteContext, hp: PageFacts | None, found: _Found) -> None:
    """A homepage footer held in a frame (`<iframe src="/footer.html">` in the footer) whose document the crawl did
    not give us: what that footer shows is unknown, so a footer element not found is "not measured", never
    missing (a framed footer the crawl holds is read as part of the page: `page._splice_footer_frames`)."""
    if hp is None or not hp.unread_frames:
        return
    for el in ELEMENTS:
        if el in FOOTER_PART and el not in found.results and el not in found.unmeasured:
            found.unmeasured[el] = "footer-frame"
            ctx.warnings.append(f"「{el}」未测量：首页页脚在框架页 {hp.unread_frames[0]} 中，抓取中没有该页")


def _badge_slots(ctx: SiteContext, pages: list[PageFacts], found: _Found) -> None:
    """A badge the page leaves an empty slot for, which a script fills (from another host, often): not measured
    rather than missing, rendered or not — a render that shows the slot still empty may have lost the script."""
    for f in pages:
        for el in f.badge_slots:
            if el not in found.results and el not in found.unmeasured:
                found.unmeasured[el] = "badge-slot"
                ctx.warnings.append(f"「{el}」未测量：{f.url} 页脚为它留有由脚本填充的位置，页面中未显示")


def _script_run_entries(ctx: SiteContext, hp: PageFacts, found: _Found) -> None:
    """An entry the homepage shows by name whose link only runs a script (a menu item or tab with
    href="javascript:;"): where it leads is unknown, so the element is not measured rather than missing —
    unless a real link to it was found broken."""
    for name in hp.script_entries:
        if not is_entry_name(name):
            continue
        for el in LINK_WORDS:
            if el in found.results or el in found.bad or el in found.unmeasured or el in BADGES:
                continue
            if _matches(el, name):
                found.unmeasured[el] = "script-entry"
                ctx.warnings.append(f"「{el}」未测量：首页的「{name}」由脚本打开（javascript: 链接），无法确认其去向")


_FILTER_ALL = "全部"   # the first tab of a filter bar over a list


def _script_opened_channel(ctx: SiteContext, el: str, url: str, found: _Found) -> None:
    """A channel's entry page that shows nothing of its own but a button naming the channel that only runs a script
    (a 信箱 saying 暂无信件 whose 我要写信 opens the letter form by script; not the page's own name in its crumb, nor an
    item of the site's menu the homepage runs by script too, nor a button that only shows a message —
    `javascript:alert('系统升级中，暂停受理')`): whether the channel works is not known, so the element is not measured
    rather than missing — unless another entry works."""
    page = ctx.page(url)
    if el not in CHANNELS or page is None or page.error_page or el in found.unmeasured:
        return
    own = {page.breadcrumb[-1] if page.breadcrumb else "", title_name(page.title), page.meta.get("columnname", "")}
    hp = ctx.homepage
    if hp is not None and hp is not page:
        # an item the homepage runs by script too is the site menu's (a mega-menu's 政务服务 header over its real
        # links), not a button of this page's own
        own |= set(hp.script_entries)
    if _FILTER_ALL in page.script_entries:
        # a filter bar over the page's list (全部 / 行政许可 / 公共服务, each run by script): a tab named for a kind of
        # service only by the broad words (公共服务, 个人服务) shows a part of that list, not a channel
        broad = len(LINK_WORDS[el][0])
        own |= {n for n in page.script_entries if (_word_rank(el, n) or 0) >= broad and not _WRITE_LINK.match(n)}
    name = next((n for n in page.script_entries if is_entry_name(n) and _matches(el, n) and n not in own), None)
    if name is not None:
        found.unmeasured[el] = "script-entry"
        ctx.warnings.append(f"「{el}」未测量：{page.url} 的「{name}」由脚本打开（javascript: 链接），无法确认其去向")


# A link to one year's report on a 年报 list: 2021年, 2021年度, 2021年报, 2021年度报告
_REPORT_YEAR = re.compile(r"^\s*((?:19|20)\d{2})\s*(?:年度?)?\s*(?:年报|报告|工作年度报告)?\s*$")


def _names_annual_report(text: str) -> bool:
    return "信息公开" in text and ("年度报告" in text or "年报" in text)


def _annual_report(ctx: SiteContext, ordered: list[PageFacts], found: _Found) -> None:
    """The latest 政府信息公开工作年度报告 linked on the site: a title or link naming the report with its year, or a
    year link (2021年, 2021年度) on the 年报 list — the page the 年报 entry (a link naming the report without a
    year, a 更多 under a 年报 heading) leads to, or a page titled so. Its url is that entry when there is one. An
    entry whose list the crawl did not fetch, with no report of the due year seen elsewhere: not measured."""
    due = annual_report_due_year(ctx.as_of)
    entries = ((ctx.canonical(link.url), f) for f in ordered for link in f.links
               if _names_annual_report(name := link.name) and not _ANNUAL.search(name))
    if ctx.derived("portal_section", portal_section):
        # a section of a larger site: its own 年报 list before the frame's (`_framing`)
        entry_at = min(entries, key=lambda e: _framing(ctx, e[0], set()), default=None)
    else:
        entry_at = next(entries, None)
    entry = entry_at[0] if entry_at is not None else None
    latest: tuple[int, str, str, str | None, str] | None = None
    failed: tuple[int, str, str, str | None, str] | None = None   # the newest report whose link fails, and why
    unseen: str | None = None   # a 年报 list a script writes that no browser ran: what it lists is unknown
    for f in ordered:
        is_list = f.url == entry or _names_annual_report(f.title) and not _ANNUAL.search(f.title)
        # (text, where it leads): the page's own title, its links' names — a report's link off any 年报 list leads
        # to the report itself
        # (and whether a bare year names a report there: on the 年报 list, or a year link under a row label naming
        # the report — 政府信息公开年报：2025年度　2024年度 — which leads to that year's report)
        # (the last field: the address the text's link opens — a report whose link fails is not online)
        texts = [(f.title, f.url, is_list, None),
                 *((link.name, f.url if is_list else ctx.canonical(link.url), is_list, link.url) for link in f.links),
                 *((link.text, ctx.canonical(link.url), True, link.url) for link in f.links
                   if _names_annual_report(link.label))]
        if is_list and unseen is None and script_list_unseen(ctx, f):
            unseen = f.url
        for text, target, years, opens in texts:
            m = _ANNUAL.search(text) if _names_annual_report(text) else None
            if m is None and years:
                m = _REPORT_YEAR.match(text)
            if m is None:
                continue
            year = int(m.group(1))
            if year > ctx.as_of.year:
                continue
            if latest is None or year > latest[0]:
                problem = _report_link_fails(ctx, opens) if opens is not None else None
                if problem is not None:
                    if failed is None or year > failed[0]:
                        failed = (year, f"「{text}」→ {opens}：{problem}", f.url, f.warc_record, opens)
                    continue
                latest = (year, text, f.url, f.warc_record, target)
    if latest is not None and latest[0] >= due:
        # the element's url: the 年报 entry — unless the homepage offers the report itself while only other pages
        # link the 年报 list (the homepage's 政务公开 box: 2025年政府信息公开工作年度报告 → the report)
        home_report = latest[2] == ctx.homepage_url and latest[4] != latest[2] and (
            entry_at is None or entry_at[1] is not ctx.homepage)
        found.add("政府信息公开年报", f"{latest[0]}年", latest[4] if home_report else entry or latest[4], latest[1],
                  latest[3], where=latest[2])
    elif unseen is not None:
        found.unmeasured["政府信息公开年报"] = "script-list"
        ctx.warnings.append(f"「政府信息公开年报」未测量：年报列表 {unseen} 由脚本生成，且未经浏览器渲染"
                            "（请用 --render auto 重新采集）")
    elif entry is not None and ctx.page(entry) is None and not (
            (rec := ctx.records.get(entry)) is not None and linkcheck.is_broken(rec)):
        # the 年报 entry leads to a list the crawl did not open (its limits): which year it holds is unknown
        found.unmeasured["政府信息公开年报"] = "unfetched-entry"
        ctx.warnings.append(f"「政府信息公开年报」未测量：年报入口 {entry} 未被采集，无法确认最新年报")
    elif failed is not None and failed[0] >= due:
        # the report of the due year is linked, but its link does not work (a 404): not online
        newest = f"，可打开的最新年报为 {latest[0]} 年" if latest is not None else ""
        found.evidence.setdefault("政府信息公开年报", Evidence(failed[2], f"{failed[1]}{newest}", failed[3]))
    elif latest is not None:
        found.evidence.setdefault(
            "政府信息公开年报", Evidence(latest[2], f"最新年报为 {latest[0]} 年，应已发布 {due} 年年报", latest[3])
        )


def _report_link_fails(ctx: SiteContext, url: str) -> str | None:
    """Why a report's link does not open it: broken (404 …) or a page saying it is an error; None otherwise (a
    file the crawl did not fetch may open)."""
    problem = target_problem(ctx, url, content=False)
    page = ctx.page(url)
    return problem or ("页面显示错误" if page is not None and page.error_page else None)


# A body's functions stated in its text: 主要职能：…, 主要职责, 职能职责, 内设机构/内设科室 …
_DUTIES = re.compile(r"(?:主要|工作|部门)(?:职能|职责)\s*[:：]|职能职责|内设(?:机构|科室|处室|股室)")
# …or a section heading naming the body's functions, a line of its own (机构职能, 主要职责, 部门职能, 机构设置) — not
# 工作职责 / 职责分工, a leader's share of the work on a leaders' page
_DUTIES_HEADING = re.compile(r"^(?:(?:机构|部门|单位)(?:职能|职责)|主要(?:职能|职责)|职能职责|机构设置|内设机构)\s*[:：]?$")
_SECTION_TEXT = 30   # characters of the sentence a section heading stands over


def _profile_lines(ctx: SiteContext, page: PageFacts) -> frozenset[str]:
    """The text blocks of a profile page: a list-less page's, or — a profile published as an article (本局概况 as a
    CMS's ShowArticle page, with its byline) — those of its archived body."""
    if page.lines or not page.is_article:
        return page.lines
    html = ctx.page_html(page.url)
    body = LexborHTMLParser(html).body if html else None
    if body is None:
        return page.lines
    return frozenset(t for t in (x.strip() for x in body.text(deep=True, separator="\n").split("\n")) if t)


def _duties_in_profile(ctx: SiteContext, found: _Found) -> None:
    """机构职能 shown on the 概况信息 page: a department's 单位概况 / 本局简介 that states its functions (主要职能：…,
    内设科室 …) in its own text — not in a link's name — presents its 机构职能 there; so does a 概况信息 or 负责人信息
    page (a township's 领导信息 page) holding a section headed by the functions' name (机构职能, 主要职责) over a
    sentence of text, the heading no link's or script tab's name."""
    for el in ("概况信息", "负责人信息"):
        shown = found.results.get(el)
        page = ctx.page(shown.url) if shown is not None and shown.url else None
        if page is None:
            continue
        names = {link.text.strip() for link in page.links} | set(page.script_entries)
        lines = _profile_lines(ctx, page)
        said = any(len(line) >= _SECTION_TEXT and "。" in line and line not in names for line in lines)
        for line in sorted(lines):
            if line in names:
                continue
            m = _DUTIES.search(line) if el == "概况信息" else None
            if m is not None:
                excerpt = line[max(0, m.start() - 20): m.end() + 40]
            elif said and _DUTIES_HEADING.match(line):
                excerpt = f"{line}（{el}页中的一节）"
            else:
                continue
            found.add("机构职能", shown.value, page.url, excerpt, page.warc_record)
            return


# A heading naming the body's leaders (领导信息, 厅领导, 局领导, 领导班子, 现任领导 …) and a line giving one leader's
# post (韦某　厅长、党组书记, 党组书记、局长, 副主任): short, no sentence
_LEADERS_HEADING = re.compile(r"^(?:(?:现任|本届)?[\u4e00-\u9fa5]{0,3}?(?:领导|负责人)(?:信息|班子|成员|简介|介绍|分工|名单)?"
                              r"|班子成员)\s*[:：]?$")   # (a label too: <b>领导信息：</b>局长　某某；…)
_POST = r"[厅局处县市区镇乡委署院所部]长|书记|主任|巡视员"
_LEADER_POST = re.compile(_POST)
_POST_LINE_MAX = 24
_SENTENCE_MARK = re.compile(r"[。；;：:]")   # a line that is a sentence or a label, not a name and a post
_TITLED_POST = r"(?:党组)?(?:副|常务副)?[\u4e00-\u9fa5]{0,4}?(?:" + _POST + r")"   # 党组书记, 副局长, 常务副主任
# …or a line that opens with a post as a label and its holder's name (局长：张某　主持全面工作。, 副主任: 李某某)
_POST_LABEL = re.compile(r"^" + _TITLED_POST + r"\s*[：:]\s*[\u4e00-\u9fa5·]{2,4}(?=[\s，,。；;（(、]|$)"
                         # …or with the holder's name first and the posts as the label (张某　党组书记、局长：主持全面工作。)
                         r"|^[\u4e00-\u9fa5·]{2,4}\s+(?:[\u4e00-\u9fa5]{1,6}、)*" + _TITLED_POST + r"\s*[：:]")
# …or a roll of posts, each followed by its holders' names (局长　陈某某；副局长　谭某、欧阳某。 — 书记 王某, 镇长 李某某)
_POST_ROLL = re.compile(r"^(?:" + _TITLED_POST + r"\s*[\u4e00-\u9fa5·]{2,4}(?:[、，,]\s*[\u4e00-\u9fa5·]{2,4})*"
                        r"\s*[；;，,。]?\s*)+$")
_ROLL_MAX = 60


def _leaders_in_profile(ctx: SiteContext, found: _Found) -> None:
    """负责人信息 shown on the 概况信息 / 机构职能 page: a 机构概况 page that presents the body's leaders in its own
    text — a heading naming them (领导信息, a 厅领导 tab, a 领导信息： label) that is no link's name, and a short line
    giving a leader's post (局长, 党组书记、副厅长) or a roll of posts and names (局长　某某；副局长　某某、某某。) — shows
    them to the visitor who opens it, whatever its link is named."""
    for el in ("概况信息", "机构职能"):
        shown = found.results.get(el)
        page = ctx.page(shown.url) if shown is not None and shown.url else None
        if page is None:
            continue
        names = {link.text.strip() for link in page.links}
        heading = next((line for line in sorted(page.lines)
                        if _LEADERS_HEADING.match(line) and line not in names), None)
        post = next((line for line in sorted(page.lines)
                     if line not in names and (_POST_LABEL.match(line.strip())
                                               or len(line) <= _ROLL_MAX and _POST_ROLL.match(line.strip())
                                               or len(line) <= _POST_LINE_MAX
                                               and _LEADER_POST.search(line) and not _SENTENCE_MARK.search(line))),
                    None)
        if heading is not None and post is not None:
            found.add("负责人信息", shown.value, page.url, f"{heading} … {post}", page.warc_record)
            return


# The disclosure section's own name (its menu entry): 政府信息公开, 政务公开, 信息公开专栏 …
_DISCLOSURE_SECTION = re.compile(r"^(?:政府)?(?:信息|政务)公开(?:专栏|平台)?$")
def _disclosure_entries(ordered: list[PageFacts]) -> Iterator[tuple[PageFacts, Link, str]]:
    """(page, link, name) of each link naming the disclosure section (政府信息公开, 政务公开), in page order."""
    for f in ordered:
        for link in f.links:
            name = link.name.strip()
            if _DISCLOSURE_SECTION.match(name):
                yield f, link, name


# What the 政府信息公开 catalogue lists: the disclosure elements (and the 年报)
_CATEGORIES = ("政府信息公开指南", "概况信息", "机构职能", "负责人信息", "政策文件", "政策解读")
# What an outside 信息公开 platform linked from the site shows of the site's own: the catalogue and its kinds
DISCLOSURE_ELEMENTS = ("政府信息公开目录", *_CATEGORIES)
HUB_CATEGORIES = 3


def _disclosure_hub(ctx: SiteContext, ordered: list[PageFacts], found: _Found) -> None:
    """The 政府信息公开目录 as a hub: the page the disclosure section's entry (政府信息公开, 政务公开) leads to lists
    no dated items and links to `HUB_CATEGORIES` or more kinds of disclosed information (指南, 机构职能, 政策文件,
    年报 …) filed under its own folder (`/zwgk/index.shtml` → `/zwgk/xxgkzn/`, `/zwgk/jgsz/` …): it is the
    catalogue a visitor browses, whatever it is called. A hub at the site's root folder is not judged so (every
    menu link would be under it)."""
    for f, link, name in _disclosure_entries(ordered):
        hub = ctx.page(link.url)
        if hub is None or hub.is_article or len(hub.items) >= 2 or target_problem(ctx, link.url) is not None:
            continue
        folder = folder_of(hub.url)
        if urlsplit(folder).path in ("", "/"):
            continue
        kinds = {el for x in hub.links if folder_of(ctx.canonical(x.url)).startswith(folder)
                 and ctx.canonical(x.url) != hub.url
                 for el in (*_CATEGORIES, "年报")
                 if (_names_annual_report(x.text) if el == "年报" else _matches(el, x.name))}
        if len(kinds) >= HUB_CATEGORIES:
            found.add("政府信息公开目录", name, hub.url, f"{name} → {hub.url}（列出{'、'.join(sorted(kinds))}）",
                      f.warc_record, where=f.url)
            return


# Published on the 政府信息公开 platform itself (a county's or city's platform carries each department's 指南,
# 目录 and 年报)
PLATFORM_ELEMENTS = ("政府信息公开指南", "政府信息公开目录", "政府信息公开年报")


def _disclosure_platform(ctx: SiteContext, ordered: list[PageFacts], found: _Found) -> None:
    """A site whose 政府信息公开 entry leads to a platform on another host that the crawl did not fetch (a city's
    信息公开 platform carrying the department's section): its 指南, 目录 and 年报 are there, unseen — not measured,
    with a warning, rather than missing."""
    for _, link, _ in _disclosure_entries(ordered):
        if not ctx.same_site(link.url) and ctx.page(link.url) is None:
            for el in PLATFORM_ELEMENTS:
                # (an entry of the element's own that was followed and fails is judged: the platform's other pages
                # do not stand in for it)
                if el not in found.results and el not in found.evidence and el not in found.unmeasured \
                        and el not in found.bad:
                    found.unmeasured[el] = "platform"
                    ctx.warnings.append(f"「{el}」未测量：政府信息公开在站外平台（{link.url}），未采集")
            return


def ctx_elements(ctx: SiteContext) -> tuple[dict[str, ElementResult], dict[str, Evidence]]:
    got: tuple[dict[str, ElementResult], dict[str, Evidence]] = ctx.derived("elements", detect_elements)
    return got


def missing_element_findings(ctx: SiteContext) -> list[Finding]:
    results, evidence = ctx_elements(ctx)
    hp = ctx.homepage
    out: list[Finding] = []
    for el, res in results.items():
        if res.present or not res.measured:
            continue
        ev = evidence.get(el) or Evidence(ctx.homepage_url, "首页及已采集页面均未发现", hp.warc_record if hp else None)
        if el == "政府信息公开年报":
            msg = f"未发现 {annual_report_due_year(ctx.as_of)} 年政府信息公开工作年度报告"
        elif res.problem:  # the site shows the entry: say it does not work, never that it is not there
            msg = f"「{el}」入口不可用：{res.problem}"
        else:
            msg = f"未发现「{el}」"
        out.append(Finding("missing-element", ELEMENT_INDEX[el], {"element": el}, ev, msg))
    return out
