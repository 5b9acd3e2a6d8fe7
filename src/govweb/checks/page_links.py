"""A page's links as a visitor reads them: joined against the page's base, named (a 更多 link by its block's heading, a
nameless icon by its tile's caption), script links' targets, a jump menu's options, links to a section of the page,
frames and named windows, and a homepage's menu sections."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from govweb.checks import dates
from govweb.htmlstd import ADDRESS_VALUE, jump_menu_options
from govweb.htmlstd import YEAR_ONLY as YEAR_ONLY  # (re-exported: the checks read year links with it)
from govweb.urlnorm import same_page, try_resolve

_SKIP_HREF = ("javascript:", "mailto:", "tel:", "#", "data:", "about:")
STOP_CLIMB = frozenset({"ul", "ol", "table", "tbody", "thead", "body", "html", "form", "nav", "header", "footer"})
ROW_TAGS = frozenset({"li", "tr", "dd", "dt"})


@dataclass(slots=True)
class Link:
    url: str
    text: str
    heading: str = ""     # a 更多 (more) link's block heading, a nameless icon link's tile caption: what it leads to
    section: bool = False   # it leads to a named part of its own page (`index.html#fdzdgknr`: a tab, a section)
    label: str = ""       # a year link's row label (政府信息公开年报：2025年度 2024年度): what its years are of
    placeholder: bool = False   # its href names no address of its own: a part (`#gkml`), a bare query, `./`
    card: str = ""        # a card's heading, the place it names (`<a><h4>市长信箱</h4><p>向市长反映意见建议</p></a>`)
    titled: str = ""      # its `title` in Chinese when its text has none (`<a title="政府信息公开指南">Guide</a>`)
    announced: bool = False   # it stands in an announcement of an event to come (直播预告: its headline, 预约)
    route: str = ""       # the route of a hash-routed app it opens (`/#/list?id=18` → `/list?id=18`): a page of the app

    @property
    def name(self) -> str:
        """What the link names: a 更多 link's block heading (a nameless link's caption), else its text."""
        return self.heading or self.text


_JOIN_CACHE: dict[tuple[str, str], str | None] = {}
_JOIN_CACHE_MAX = 200_000


class Joiner:
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


_RESERVED_TARGETS = frozenset({"", "_blank", "_self", "_parent", "_top", "blank", "new"})


def frame_facts(tree: LexborHTMLParser, join: Joiner) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
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


_SECTION_NAME_MAX = 8


def nav_sections(tree: LexborHTMLParser, join: Joiner) -> dict[str, str]:
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


# An href that runs nothing by itself (javascript:void(0), javascript:;)
_NO_OP = re.compile(r"\s*javascript\s*:\s*(?:void\s*\(\s*0?\s*\)\s*;?|;)?\s*", re.I)


def does_nothing(a: LexborNode) -> bool:
    """A bare link whose href runs nothing (javascript:void(0)): no id, class or data-* a script could find it by
    (a 无障碍 toggle's `id="wza"`), no handler (onclick …) on it or its parents — on a page running no script of its
    own (`runs_no_script`), a click on it goes nowhere."""
    attrs = a.attributes
    if not _NO_OP.fullmatch(attrs.get("href") or "") or any(
            k.lower() in ("id", "class") or k.lower().startswith("data-") for k in attrs):
        return False
    node: LexborNode | None = a
    while node is not None and node.tag not in ("body", "html"):
        if any(k.lower().startswith("on") for k in node.attributes):
            return False
        node = node.parent
    return True


# A click handler that only cancels the click (onclick="return false;"): the link's href is no way anywhere
_CANCELS_CLICK = re.compile(r"^\s*return\s+false\s*;?\s*$", re.I)


def click_cancelled(attrs: dict[str, str | None]) -> bool:
    """The link's own handler stops the visitor's click from following its href (`<a href="/" id="wzaBtn"
    onclick="return false;">无障碍</a>`): what a click does is left to a script bound to it (a toolbar's toggle)."""
    return _CANCELS_CLICK.match(attrs.get("onclick") or "") is not None


# A link's script that only shows a message (javascript:alert('系统升级中，暂停受理'); onclick="alert(…);return false;")
_ALERT_ONLY = re.compile(r"^\s*(?:javascript:\s*)?alert\s*\((['\"]).*?\1\)\s*;?\s*(?:return\s+false\s*;?\s*)?$", re.I | re.S)


def alert_only(href: str, attrs: dict[str, str | None]) -> bool:
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
# A click handler opening an address the element itself keeps in a data attribute
# (`<li data-href="/swj/gzdt/" onclick="location.href=this.getAttribute('data-href')">`,
# `onclick="window.open(this.dataset.url)"`, `$(this).attr('data-url')`, `$(this).data('url')`)
_OPENS_OWN_DATA = re.compile(
    r"(?:window\.open|location\.(?:assign|replace)|(?:window\.|document\.|top\.|self\.)?location(?:\.href)?\s*=)"
    r"\s*\(?\s*(?:this\.getAttribute\(\s*['\"](data-[\w-]+)['\"]\s*\)|this\.dataset\.([a-zA-Z]\w*)"
    r"|\$\(\s*this\s*\)\.(?:attr\(\s*['\"](data-[\w-]+)['\"]|data\(\s*['\"]([\w-]+)['\"])\s*\))")


def scripted_target(href: str, attrs: dict[str, str | None], join: Joiner) -> str | None:
    """Where a `javascript:` or `#` link's script sends the visitor, when it names one address (opened by
    window.open or a location change, or the one full http address the click hands to a function, or the address
    the element keeps in the data attribute its click handler opens); else None."""
    onclick = attrs.get("onclick") or ""
    script = f"{onclick} {href}"
    found = {m.group(2) for m in _OPENS_URL.finditer(script)} or {m.group(2) for m in _FULL_URL_ARG.finditer(script)}
    if not found and "this" in onclick:
        for m in _OPENS_OWN_DATA.finditer(onclick):
            named = m.group(1) or m.group(3) or (
                "data-" + re.sub(r"[A-Z]", lambda c: "-" + c.group().lower(), m.group(2) or m.group(4)))
            value = (attrs.get(named.lower()) or "").strip()
            if value.startswith("//") or ADDRESS_VALUE.match(value):
                found.add(value)
    return join(found.pop()) if len(found) == 1 else None


# An element carrying its address in a data attribute (`<a class="card" data-url="/channels/150.html">`,
# `<div data-href="/bsfw/">`, `<tr data-href>`) that a click handler of the page opens: the attribute's name in an
# inline script that clicks or navigates (`closest('[data-href]')`, `$(this).attr('data-url')`, `.data('url')`,
# `dataset.detailUrl`), and a value that reads as an address (a data-id="5" the handler also reads names no page).
_DATA_ATTR = re.compile(r"\b(data-[a-z][\w-]*)")
_DATA_READ = re.compile(r"(?:\.data\(\s*['\"]|dataset\.)([a-zA-Z]\w*)")
_NAVIGATES = re.compile(r"click|location|window\.open")


def clicked_attributes(scripts: Iterable[str]) -> set[str]:
    """The `data-*` attributes the page's inline scripts read to open an address when a visitor clicks (a script in
    a file we may not have is not read)."""
    out: set[str] = set()
    for code in scripts:
        if "data" not in code or not _NAVIGATES.search(code):
            continue
        out.update(a.lower() for a in _DATA_ATTR.findall(code))
        out.update("data-" + re.sub(r"[A-Z]", lambda c: "-" + c.group().lower(), n) for n in _DATA_READ.findall(code))
    return out


def read_data_attributes(scripts: Iterable[str]) -> set[str]:
    """The `data-*` attributes the page's inline scripts read, whatever for (`$(this).data('date')`, `el.dataset.pubDate`,
    `getAttribute('data-date')`): values the page's own script may print."""
    out: set[str] = set()
    for code in scripts:
        if "data" in code:
            out.update(a.lower() for a in _DATA_ATTR.findall(code))
            out.update("data-" + re.sub(r"[A-Z]", lambda c: "-" + c.group().lower(), n) for n in _DATA_READ.findall(code))
    return out


def clicked_address(node: LexborNode, names: set[str]) -> str | None:
    """The address a click on `node` opens through one of the data attributes `names`, when it is no link itself."""
    attrs = node.attributes
    if node.tag == "a" and attrs.get("href") is not None or node.css_first("a[href]") is not None:
        return None
    return next((v.strip() for k, v in attrs.items() if k in names and v and ADDRESS_VALUE.match(v.strip())), None)


def jump_menu_links(tree: LexborHTMLParser, join: Joiner, page_url: str,
                    hidden: Callable[[LexborNode], bool] | None = None) -> list[Link]:
    """The options of the page's jump menus as links, named by their words (`govweb.htmlstd.jump_menu_options`, the
    reading the crawler follows too): a select whose change opens the chosen option's address in the same window,
    within the site, listing no other websites."""
    return [Link(u, name) for u, name in jump_menu_options(tree, join, page_url, hidden)]


_BLOCKS = frozenset({"div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "li"})


def card_name(node: LexborNode) -> str:
    """A card's name: the text of its first innermost block that shows some (办事服务 over 事项清单 · 在线申报), or,
    when it holds no block, its first piece of text (<b>开放数据</b><i>数据目录</i>; a one-character glyph aside),
    or its picture's alt or title."""
    for child in node.traverse(include_text=False):
        if child is node or child.tag not in _BLOCKS or any(c.tag in _BLOCKS for c in child.iter(include_text=False)):
            continue
        text = child.text(deep=True, separator="", strip=True)
        if text:
            return text
    pieces = [t.strip() for t in node.text(deep=True, separator="\n").split("\n") if t.strip()]
    if pieces:
        return next((t for t in pieces if len(t) >= 2), pieces[0])
    img = node.css_first("img")
    return (img.attributes.get("alt") or img.attributes.get("title") or "").strip() if img is not None else ""


_PLACEHOLDER_HREF = re.compile(r"\s*(?:\./?)?(?:[?#].*)?\s*|.*#.*", re.S)


def placeholder_href(href: str) -> bool:
    """The href names no address of its own (`./`, `.`, `?`, `#gkml`, `index.html#gkml`): a way back to the page a
    template leaves, or a part of it, not the page named by its address."""
    return "#" in href or _PLACEHOLDER_HREF.fullmatch(href) is not None   # (any '#' makes its second branch)


def own_section(tree: LexborHTMLParser, href: str, url: str, page_url: str) -> bool:
    """The link leads to a part of its own page that the page holds (`/col/col12/index.html#fdzdgknr` beside
    `<div id="fdzdgknr">`): a section or tab of the page, not a placeholder link back to it."""
    fragment = href.partition("#")[2].strip()
    if not fragment or not _FRAGMENT_ID.fullmatch(fragment) or not same_page(url, page_url):
        return False
    return tree.css_first(f'[id="{fragment}"], a[name="{fragment}"]') is not None


_FRAGMENT_ID = re.compile(r"[A-Za-z][\w-]*")


def jumps_within(tree: LexborHTMLParser, a: LexborNode) -> bool:
    """A link that only jumps to a printed part of its own page (`href="#bsfw"` beside `<div id="bsfw">` holding
    text: a one-page homepage's menu item, or an icon pointing back to its own section), with no handler or data-*
    of its own a script could open something else by: a click shows that part, which is read with the page — it is
    no script-run entry whose way on is unknown. A part standing empty (a script may fill it) is not one."""
    attrs = a.attributes
    fragment = (attrs.get("href") or "").strip()[1:]
    if not (attrs.get("href") or "").strip().startswith("#") or not _FRAGMENT_ID.fullmatch(fragment) or any(
            k.lower().startswith(("on", "data-")) for k in attrs):
        return False
    part = tree.css_first(f'[id="{fragment}"]')
    return part is not None and bool(part.text(deep=True, strip=True))
# A way back (返回首页, 返回上一页, 返回留言列表) — navigation, even beside a date (系统已于2016年12月31日停止使用 …
# 返回首页) — and a visitor's action (我要写信 above a table of letters; 我要预约, 我要报名: a page named so is for doing it)
# (an arrow after the words points the way: 返回顶部 ↑, 回到顶部▲)
_BACK_LINK = re.compile(r"^(?:返回|回到)(?:[\u4e00-\u9fa5]{0,4}?(?:首页|主页|上一?页|上一级|列表|顶部))?\s*[↑⇧⬆▲△︿∧^]?$")
ACTION_NAME = re.compile(r"^\s*我要")
# … or said without 我要: a 信箱's 写信 button above its table of letters
_WRITE = re.compile(r"^(?:在线)?写信$")
# A link to write to a channel (我要留言, 【我要写信】, 写信, 发表留言): the way in of a list of past messages.
WRITE_LINK = re.compile(r"^[【\[]?\s*(?:我要(?:留言|写信|咨询|提问|投诉|建议|反映|来信)|写信|写留言|发表留言|提交留言|签写留言)\s*[】\]]?$")
# a channel's own tool beside its list of letters (信件查询, 留言查询: a visitor looks up a letter by its code; 信件统计,
# 来信统计: the channel's counts by month, naming no letter)
_LOOK_UP = re.compile(r"^(?:信件|来信|留言|诉求|咨询|投诉|回复|答复)(?:查询|检索|统计)$")
# the characters these four open with (ACTION_NAME's `\s*` aside: a name opening with a space is read whole)
_BACK_OR_ACTION_FIRST = frozenset("返回我信来留诉咨投答写在")


def channel_tool(name: str) -> bool:
    """A letter channel's own tool named so (信件查询, 留言统计): a page for looking a letter up or for the channel's
    counts, never a list of documents."""
    return _LOOK_UP.match(name.strip()) is not None


def back_or_action(text: str) -> bool:
    """The link is a way back or a button for a visitor's action: never an entry of a list, whatever date it sits
    beside (the one reader of this question: rows, a list's own rows, an entry page's own links)."""
    if text[:1] not in _BACK_OR_ACTION_FIRST and not text[:1].isspace():
        return False   # (no name opening with another character matches: most links' names are rejected here)
    return _BACK_LINK.match(text) is not None or ACTION_NAME.match(text) is not None or _LOOK_UP.match(text) is not None \
        or _WRITE.match(text) is not None


# A link naming another version of the site — a mode (关怀版, 长者模式, 无障碍), a device (手机版, 电脑版) or a language
# (English, 繁體) —: a switch of how the site is shown, never a document, whatever date stands beside it (a top bar's
# 2026年12月4日 before 关怀版 | 手机版)
_VERSION_SWITCH = re.compile(
    r"(?:关怀|长者|长辈|适老|老年|大字|无障碍|手机|移动|触屏|电脑|PC|繁体|繁體|简体|簡體|英文|中文)(?:版|模式|浏览|阅读|网站)?"
    r"|English|EN", re.I)


def version_switch(text: str) -> bool:
    """The link names another version of the site (关怀版, 手机版, English): a switch, never an entry of a list."""
    return _VERSION_SWITCH.fullmatch(text.strip()) is not None


# A link printing a web address for its name (http://old.x.gov.cn, www.x.gov.cn/zwgk/): a notice's pointer to a site
# (原网站：http://…, 保留至…), never a document's headline — no list row, whatever date the sentence around it prints
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[A-Za-z0-9.-]+(?::\d+)?(?:/\S*)?", re.I)


def web_address(text: str) -> bool:
    """The link's name is a web address (a URL, or a host name opening with www.): it names a place, not an entry."""
    return _WEB_ADDRESS.fullmatch(text.strip()) is not None


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
    return _text_beside(a, _HEADING_CLIMB, STOP_CLIMB | ROW_TAGS)


def _own_blocks(a: LexborNode, climb: int, stop: frozenset[str]) -> Iterator[LexborNode]:
    """The nearest of `climb` blocks around link `a`, innermost first, up to one of `stop`'s tags or one holding
    another link."""
    node = a.parent
    for _ in range(climb):
        if node is None or node.tag in stop or len(node.css("a[href]")) > 1:
            return
        yield node
        node = node.parent


def _short_name(text: str) -> str:
    """`text` when it is a short name (a heading, a caption: words, no date), else ""."""
    named = len(text) <= _BLOCK_HEADING_MAX and _WORDS.search(text) and not dates.find_date_cached(text)
    return text if named else ""


def _text_beside(a: LexborNode, climb: int, stop: frozenset[str]) -> str:
    """The one short text beside link `a` within the nearest of `climb` blocks around it (none of `stop`'s tags)
    that holds no other link, or "" when a block holds other links or several texts first."""
    own = _text_pieces(a)
    for node in _own_blocks(a, climb, stop):
        pieces = _text_pieces(node)
        for piece in own:
            if piece in pieces:
                pieces.remove(piece)
        if len(pieces) > 1:
            return ""
        if pieces:
            return _short_name(pieces[0])
    return ""


_TILE_CLIMB = 2


def tile_caption(a: LexborNode) -> str:
    """The caption of a nameless link (an icon with no alt) in its tile: the one short text of the nearest block
    around it that holds no other link (`<li><a href="…"><img src="i_bsfw.png"></a><p>办事服务</p></li>`), or ""."""
    return _text_beside(a, _TILE_CLIMB, STOP_CLIMB)


_CARD_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

# words announcing an event to come (直播预告, 即将开播)
ANNOUNCING = re.compile(r"预告|即将(?:开播|直播|开讲|上线)")


def announcement(a: LexborNode) -> bool:
    """The link stands in an announcement of an event to come: the block right around it (none of `STOP_CLIMB`'s
    tags) says 预告 or 即将开播 besides the link's own text (`<div>直播预告 <a>农技培训直播</a> 12月15日开播 <a>预约</a>
    </div>`). Its words name the event, not the page it opens (the video column that will show it); a menu's 直播预告
    link names its page."""
    node = a.parent
    if node is None or node.tag in STOP_CLIMB:
        return False
    beside = (node.text(deep=True) or "").replace(a.text(deep=True) or "", "")
    return ANNOUNCING.search(beside) is not None


def card_heading(a: LexborNode) -> str:
    """The heading a card link opens with (`<a class="card"><h4>市长信箱</h4><p>向市长反映意见建议</p></a>`): the
    place the card names, its line under the heading a description of it; "" when no heading element of its own
    (a direct child) is a short name."""
    for child in a.iter(include_text=False):
        if child.tag in _CARD_HEADINGS:
            return _short_name("".join(child.text(deep=True).split()))
    return ""


# A link that names nothing but "read the rest" (详细>>, 查看详情, 详情»): named by the heading of what it closes.
DETAIL = re.compile(r"^(?:查看|了解)?(?:详细|详情)(?:内容|信息|介绍)?\s*[>＞»›]*$")


_VIEW = re.compile(r"查看\s*[>＞»›]*")


def open_button(text: str) -> bool:
    """A row's button that only opens the row's document (查看, 详情 in the last cell of a table of letters): it
    names no place of the site."""
    t = text.strip()
    return DETAIL.match(t) is not None or _VIEW.fullmatch(t) is not None


def summary_heading(a: LexborNode) -> str:
    """The heading right above the summary a 详细>> link closes (`<h4>本局简介</h4><p>…<a>详细>></a></p>`, the box
    listing other links below): the element just before the nearest block around the link holding no other link,
    when it is a heading (h1–h6) and a short name; else ""."""
    for node in _own_blocks(a, _TILE_CLIMB, STOP_CLIMB):
        before = node.prev
        while before is not None and before.tag == "-text" and not (before.text() or "").strip():
            before = before.prev
        if before is not None and before.tag in _CARD_HEADINGS:
            return _short_name("".join(before.text(deep=True).split()))
    return ""


# A link that names nothing but "go in" (进入, 点击进入, 立即进入>>, 进入办理): named by the heading of its tile.
ENTER = re.compile(r"^(?:点击|立即|马上|直接)?进入(?:系统|平台|办理|专栏|通道)?\s*[>＞»›]*$")
_TILE_HEADINGS = "h1, h2, h3, h4, h5, h6, dt, strong, b"


def tile_heading(a: LexborNode) -> str:
    """The heading of the tile a 进入 link sits in (`<div class="item"><h3>网上信访</h3><p>…</p><a>进入>></a></div>`,
    `<dl><dt>书记信箱</dt><dd>…</dd><dd><a>点击进入</a></dd></dl>`): the first heading (h1–h6, dt, strong) of the
    nearest block around it holding no other link, when it is a short name; else ""."""
    for node in _own_blocks(a, _TILE_CLIMB, STOP_CLIMB):
        head = node.css_first(_TILE_HEADINGS)
        if head is not None:
            return _short_name("".join(head.text(deep=True).split()))
    return ""


# (YEAR_ONLY, from govweb.htmlstd — a link naming only a year (2025年度, 2024年): one year of what its row's label names)
# A year tab over a list (2025, 2025年, 2025年(6), 2024年（41）): a year, maybe with the count of its rows
YEAR_TAB = re.compile(r"^\s*((?:19|20)\d{2})\s*(?:年度?)?\s*(?:[(（]\s*\d+\s*[)）])?\s*$")
_ROW_LABEL = re.compile(r"^\s*([^:：]{2,16}?)\s*[:：]\s*$")
_LABEL_CLIMB = 2


def row_label(a: LexborNode) -> str:
    """The label opening the row a link stands in (`<td><b>政府信息公开年报</b>：<a>2025年度</a>　<a>2024年度</a></td>`):
    the row's text before its first link, when that is a short name and a colon; else ""."""
    node = a.parent
    for _ in range(_LABEL_CLIMB):
        if node is None or node.tag in STOP_CLIMB:
            return ""
        before: list[str] = []
        for n in node.traverse(include_text=True):
            if n.tag == "a":
                break
            if n.tag == "-text":
                before.append(n.text(deep=False) or "")
        m = _ROW_LABEL.match("".join(before))
        if m is not None:
            return _short_name("".join(m.group(1).split()))
        node = node.parent
    return ""


def _text_pieces(node: LexborNode) -> list[str]:
    """The node's text nodes that say something (not bare separators: |, >>, ：)."""
    pieces = ("".join(t.split()).strip("|｜:：>＞»›+-—·") for t in node.text(deep=True, separator="\n").split("\n"))
    return [p for p in pieces if p]
