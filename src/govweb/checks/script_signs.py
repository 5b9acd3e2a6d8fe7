"""Which parts of a page its scripts may write that the static HTML does not show (`script_signs`).

The footer (no footer sign at all — ICP, 公网安备, 标识码, 版权所有 — next to scripts of the site's own, or an empty
footer container), the menu (fewer than `MENU_LINKS` visible links next to such scripts, or an empty menu
container), lists (an empty or "加载中" list container next to such scripts, an AJAX call), or anything (an
undecoded `document.write`). The checks use them only for pages the browser lane did not render: there a mark,
entry or list that is not in the HTML is "not measured", never missing. What a script evidently writes elsewhere
does not count: a footer, header or menu include (`fills_parts_only`), elements named by id that are no list
(`writes_beside_lists`), a reading such as an air-quality box (`writes_readings`); library, badge and toolbar scripts
are known by name or host.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from govweb.checks.footer import element_label, footer_named
from govweb.checks.hidden_blocks import hidden
from govweb.checks.places import higher_places
from govweb.checks.printed_lists import (
    DRAWN,
    LIST_CONTAINER,
    NAV_CONTAINER,
    WRITES_HERE,
    header_only_table,
    in_list_block,
    server_pager_beside,
)
from govweb.checks.script_lists import holds_records
from govweb.checks.script_marks import fills_footer_slot, footer_slot
from govweb.checks.script_source import AJAX, DOM_WRITE, by_id, jsonp_call
from govweb.checks.script_writes import clock_script
from govweb.emptyslot import empty_slot, undrawn_row

_NAV_SCRIPT = re.compile(r"nav|menu|head|top|daohang|(?:^|[_\-.])dh(?:[_\-.]|$)|common|public|include|site", re.I)
# (a share bar's script, share.js / bdshare / jiathis, draws its buttons, nothing a visitor reads)
_LIBRARIES = re.compile(r"jquery|bootstrap|swiper|layer|vue|react|echarts|require|seajs|html5shiv|respond|"
                        r"json2|polyfill|analytics|stat|cnzz|baidu|tongji|ucap|jiucuo|conac|share|jiathis", re.I)


MENU_LINKS = 30      # a page showing fewer links may have its menu written by a script


def _basename(src: str) -> str:
    path = src.split("?", 1)[0].rstrip("/")
    return path.rsplit("/", 1)[-1]


# Hosts of the official badge and visit-counter scripts (dcs.conac.cn/js/…/CA….js, zfwzgl.www.gov.cn, hm.baidu.com).
_BADGE_HOST = re.compile(r"(?:^|\.)(?:conac\.cn|zfwzgl\.www\.gov\.cn|cnzz\.com|hm\.baidu\.com)(?::\d+)?$", re.I)


# The page's inline script that only writes markup in place (document.write(unescape("%3Cspan id='_ideConac'…")): it
# gives no link a handler
_WRITES_ONLY = re.compile(r"\s*(?:document\.write(?:ln)?\s*\((?:[^()]|\([^()]*\))*\)\s*;?\s*)*")


def runs_no_script(srcs: list[str], inline: list[str], join: Callable[[str], str | None]) -> bool:
    """The page runs no script of its own that could give a link a handler: its script files are the official
    badges' of other hosts (conac, 找错), its inline scripts only write markup in place."""
    for src in srcs:
        if src.startswith("#"):
            continue   # (the id of a script tag, kept beside its source)
        u = join(src)
        if u is None or not _BADGE_HOST.search(urlsplit(u).netloc):
            return False
    return all(_WRITES_ONLY.fullmatch(body) for body in inline)


# The accessibility toolbar's script (the 无障碍 service's `/cniil/assist.js`, `wza.js`, `aria.js`): it draws its
# own toolbar over the page on demand, never a list.
_TOOLBAR = re.compile(r"(?:^|[/_.-])(?:cniil|assist|wza|aria|barrier-?free)(?=[/_.-]|$)", re.I)


def _library(src: str) -> bool:
    """A known library, badge or accessibility-toolbar script, by its file name or its path, or its host (a
    badge's file name says nothing)."""
    return _LIBRARIES.search(_basename(src)) is not None or _BADGE_HOST.search(urlsplit(src).netloc) is not None \
        or _TOOLBAR.search(urlsplit(src).path) is not None


# A script file named for the footer (footer.js, foot.js, site-bottom.js): it writes the footer, no list (a
# menu or header script may carry effects for anything, so only the footer's name tells).
_FOOT_WORD = r"foot(?:er)?|bottom|copyright|banquan"
_PART_SCRIPT = re.compile(rf"^(?:[a-z0-9]+[_\-.])*(?:{_FOOT_WORD})(?:[_\-.]|$)", re.I)
# A script file named for the menu (menu.js, nav.js, topmenu.js, daohang.js): beside a menu the page prints, it
# runs the menu's effects (drop-downs), so on such a page it writes nothing a visitor reads in the body.
_MENU_SCRIPT = re.compile(r"^(?:[a-z0-9]+[_\-.])*(?:[a-z]*menu|nav(?:bar)?|daohang)s?(?:[_\-.]|$)", re.I)
# The parts a script may fill by name that are no list (an include of the footer, header or menu).
_PART_WORD = rf"{_FOOT_WORD}|head(?:er)?|top(?:bar)?|nav(?:bar)?|menu|daohang"
_PART_TARGET = re.compile(rf"(?:^|[^a-z0-9])(?:{_PART_WORD})(?:[^a-z0-9]|$)", re.I)
# A camelCase name's words (megaNav, mainMenu, footerBox): a capital letter opens a word.
_CAMEL_WORD = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
# The elements a script writes into: $("#footer"), jQuery('.top'), getElementById("nav"), querySelector("footer")
_TARGET_CALL = re.compile(r"(?:\$|jQuery|getElementById|querySelector(?:All)?)\s*\(\s*(?:(['\"])(.*?)\1)?")
_NO_TARGET = re.compile(r"function\b|document\b|window\b|this\b|\)")



def fills_parts_only(script: str) -> bool:
    """Every element the script names is a footer, header or menu (`$("#footer").load("/include/foot.html")`,
    `document.getElementById("header").innerHTML = …`) and none is list-named: it fills those parts, no list.
    A camelCase name reads word by word (`getElementById("megaNav")`: a menu).
    A script naming an element by a variable, or no element at all, may fill anything."""
    targets: list[str] = []
    for m in _TARGET_CALL.finditer(script):
        if m.group(2) is not None:
            targets.append(_CAMEL_WORD.sub("-", m.group(2)))
        elif not _NO_TARGET.match(script, m.end()):
            return False   # $(sel), getElementById(id): an element named by a variable
    return bool(targets) and all(_PART_TARGET.search(t) and not LIST_CONTAINER.search(t) for t in targets)


_SIMPLE_ID = re.compile(r"#?[\w-]+")


def writes_beside_lists(tree: LexborHTMLParser, script: str) -> bool:
    """Every element the script writes into is one it names by its id (`getElementById("today").innerHTML = …`, a
    header clock), each in the page, none list-named, none an empty list container nor holding one: it writes
    those elements, not the page's list. A script naming an element any other way may write anything."""
    nodes: list[LexborNode] = []
    for m in _TARGET_CALL.finditer(script):
        target = m.group(2)
        if target is None:
            if not _NO_TARGET.match(script, m.end()):
                return False   # an element named by a variable
            continue
        if not _SIMPLE_ID.fullmatch(target) or (m.group(0).startswith(("$", "jQuery", "querySelector"))
                                                 and not target.startswith("#")):
            return False   # a class, a tag or a compound selector: may name the list
        node = by_id(tree, target.lstrip("#"))
        if node is None or LIST_CONTAINER.search(target) or LIST_CONTAINER.search(element_label(node)):
            return False
        nodes.append(node)
    return bool(nodes) and not any(
        node.tag in ("ul", "ol", "tbody", "table", "dl") or node.css_first("ul, ol, tbody, table, dl") is not None
        for node in nodes)


# A reading a script writes from the data it fetched: labels and one record's fields joined by `+`
# ("AQI：" + r.aqi + "<br>更新时间：" + r.time), no link or row markup, no field naming a document or markup.
_READING_WRITE = re.compile(r"\.(?:html|text|append)\s*\(|\.(?:innerHTML|innerText|textContent)\s*\+?=(?!=)")
_STRING = r"""(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')"""
_READING_TERM = re.compile(rf"\s*(?:({_STRING})|([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)+))\s*")
_ROW_MARKUP = re.compile(r"<\s*(?:a|li|tr|td|ul|ol|table|dl|dt|dd|iframe)\b|href", re.I)
_DOC_FIELD = re.compile(r"(?:title|name|url|href|link|html|list|rows?|items?|records?|data|content|body|bt|biaoti)$",
                        re.I)
# the calls such a script makes: the request, its callback, naming the element, writing it (anything else — a
# `draw(d)`, a loop's `each`/`map` — may write a list)
_READING_CALLS = frozenset(("$", "jQuery", "getJSON", "ajax", "get", "post", "fetch", "then", "json", "function",
                            "getElementById", "querySelector", "html", "text", "append", "if", "catch"))
_CALL_NAME = re.compile(r"([A-Za-z_$][\w$]*)\s*\(")
_STRING_RE = re.compile(_STRING)


def _argument(script: str, start: int, assignment: bool) -> str | None:
    """The text of a call's argument from `start` (just after its `(`) to its closing parenthesis, or an assignment's
    value up to `;`, a line end or a closing brace; None when it does not close."""
    depth, i, n = 0, start, len(script)
    while i < n:
        c = script[i]
        if c in "\"'":
            m = _STRING_RE.match(script, i)
            if m is None:
                return None
            i = m.end()
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                return script[start:i] if not assignment or c == "}" else None
            depth -= 1
        elif assignment and depth == 0 and c in ";\n":
            return script[start:i]
        i += 1
    return script[start:] if assignment else None


def _reading_value(value: str) -> bool:
    """Labels and fields joined by `+`, at least one field, none naming a document, no link or row markup."""
    pos, fields = 0, 0
    while True:
        m = _READING_TERM.match(value, pos)
        if m is None:
            return False
        if m.group(1) is not None:
            if _ROW_MARKUP.search(m.group(1)):
                return False
        elif _DOC_FIELD.search(m.group(2)):
            return False
        else:
            fields += 1
        pos = m.end()
        if pos == len(value):
            return fields > 0
        if value[pos] != "+":
            return False
        pos += 1


def writes_readings(tree: LexborHTMLParser, script: str) -> bool:
    """A script fetching data that writes one record's readings into elements it names by id (`$.getJSON(u,
    function (r) { $("#aqiBox").html("AQI：" + r.aqi + "<br>更新时间：" + r.time); })`: a real-time air-quality or
    weather box, a visit counter) — no loop, no other call, labels and fields only, into elements that are no list
    (`writes_beside_lists`): it shows a value, not a list of documents a visitor could open."""
    if not writes_beside_lists(tree, script):
        return False
    if any(m.group(1) not in _READING_CALLS for m in _CALL_NAME.finditer(_STRING_RE.sub('""', script))):
        return False
    writes = 0
    for m in _READING_WRITE.finditer(script):
        value = _argument(script, m.end(), assignment=not m.group(0).endswith("("))
        if value is None or not value.strip():
            if value is None:
                return False
            continue   # (`.html()`, `.text()`: reading the element, not writing it)
        if not _reading_value(value):
            return False
        writes += 1
    return writes > 0


def _clock_only(tree: LexborHTMLParser, script: str) -> bool:
    """An inline script that writes the visitor's clock (`getElementById("today").innerHTML = new
    Date().toLocaleDateString()`, a header's date: `script_writes.clock_script`) only into elements it names by id
    that are no list (`writes_beside_lists`) — it shows the day, never the page's content, so it makes no page one
    a script may write."""
    return clock_script(script) and writes_beside_lists(tree, script)


SYNDICATED = "data-govweb-syndicated"   # set by the page reader on an element holding a script of another website


def bare_host(url: str) -> str:
    return urlsplit(url).netloc.lower().removeprefix("www.")


def mark_syndicated(tree: LexborHTMLParser, page_url: str, title: str = "") -> None:
    """Mark (`SYNDICATED`, its host) each element holding a script loaded from another website — not the page's host,
    nor a known library's or badge's (before the page reader strips the scripts) — outside gov.cn, or on another
    government's host in a box headed by a place the page's title names above the site's own (青岚新闻 on the homepage
    of 青岚县龙湾乡人民政府, filled from the county's site: `places.higher_places`)."""
    own = bare_host(page_url)
    above = higher_places(title) if title else ()
    for script in tree.css("script[src]"):
        src, parent = script.attributes.get("src") or "", script.parent
        host = bare_host(src)
        if parent is None or not host or host == own or _library(src):
            continue
        if host.split(":")[0].endswith("gov.cn") and not _headed_by(parent, above):
            continue   # (a government's platform may serve the site's own list)
        parent.attrs[SYNDICATED] = host if parent.attributes.get(SYNDICATED) in (None, host) else ""


def _headed_by(node: LexborNode, places: tuple[str, ...]) -> bool:
    """The box around `node` (`_box_of`) opens with one of `places`."""
    if not places or (box := _box_of(node)) is None:
        return False
    heading = box.text(deep=True, strip=True) or ""
    return any(heading.startswith(place) for place in places)


def _box_of(node: LexborNode) -> LexborNode | None:
    """The nearest element holding `node` (itself included) with a link: the box around an empty list, its title's
    更多 inside; None when only the body holds one."""
    box: LexborNode | None = node
    while box is not None and box.tag not in ("body", "html") and box.css_first("a[href]") is None:
        box = box.parent
    return None if box is None or box.tag in ("body", "html") else box


def syndicated_host(node: LexborNode) -> str:
    """The website whose news an empty list container shows: the host of the script it held, or that its box held
    beside it as the box's only list (`mark_syndicated`), in a box whose every link leads to that website (`<div
    id="news"><script src="http://media.example.cn/widget/news.js"></script></div>` under a title whose 更多 opens
    media.example.cn): a county media centre's headlines on a township's homepage, not the page's own list; "" when
    none."""
    holder = node
    while SYNDICATED not in holder.attributes:
        if holder.css_first("a[href]") is not None or holder.parent is None or holder.parent.tag in ("body", "html"):
            return ""   # (no such script in the list's own box)
        holder = holder.parent
    if not (host := holder.attributes.get(SYNDICATED) or ""):
        return ""
    if holder is not node and holder.css("ul, ol, tbody") != [node]:
        return ""   # (a script beside several lists: which it fills is unknown)
    box = _box_of(holder if holder is not node else node.parent or node)
    if box is None:
        return ""
    return host if all(bare_host(a.attributes.get("href") or "") == host for a in box.css("a[href]")) else ""


def _fetches_into(script: str, node: LexborNode) -> bool:
    """The script fetches data (`AJAX`) and names the element by its id (`'#megaMenu'`, getElementById("megaMenu"))."""
    ident = (node.attributes.get("id") or "").strip()
    return bool(ident) and AJAX.search(script) is not None and re.search(
        rf"""(['"])#{re.escape(ident)}(?![\w-])|getElementById\s*\(\s*(['"]){re.escape(ident)}\2""", script) is not None


def script_signs(
    tree: LexborHTMLParser, script_srcs: list[str], inline_scripts: list[str], undecoded_write: bool,
    has_footer: bool, links: int, printed_pager: bool = False, footer_srcs: tuple[str, ...] = (),
    read_files: frozenset[str] = frozenset(), unread_files: frozenset[str] = frozenset(),
) -> frozenset[str]:
    """Which parts of the page ("footer", "nav", "list"; "hidden-list": an empty list in a hidden tab or panel) a
    script may write that the static HTML lacks;
    "scripted" when the page runs scripts of its own (not a known library) that could write anything;
    "menu-scripts" (with "scripted") when those are only script files named for the menu or the footer (menu.js,
    nav.js, footer.js) and no inline script writes into the page: where the page prints its menu and footer, they
    run the menu's effects and write the footer, not the page's body (`entry_targets._nothing_but_text`);
    "list-template" (with "list") when a row of a client-side template stands as written (`undrawn_row`);
    "syndicated-list" (with "list") when every list in view a script may fill is another website's box
    (`syndicated_host`);
    "menu-data" when an empty element named for a menu (`<div id="megaMenu">`) is the one a script fetching data
    draws into (`$.getJSON('/menu/nav.json', m => MegaMenu.render('#megaMenu', m))`): the menu's sub-items (its
    panels) are in data the page does not hold, whatever its top items print;
    "footer-slot" (with "footer") when a footer that shows some of its lines (主办单位, 电话) leaves an empty
    footer-named element (`<div id="footer_bq"></div>`) beside a script of the site's named for the footer
    (foot_bq.js, footer.js): the script writes the rest there. (An empty footer-named element alone is often
    decoration: bg_footer, footer-links-split, copyright-border.)

    A part counts as possibly script-written only when the static page lacks it: no footer sign at all (no ICP,
    公网安备, 标识码, 版权所有 …) for the footer, fewer than `MENU_LINKS` visible links for the menu. A page that
    shows its footer and a full menu in its HTML is read as it is, whatever its scripts are called.
    `printed_pager`: the page carries a pager whose page count the server printed (TRS `createPageHTML(1, 0, …)`, or
    `var countPage = 1;` before `createPageHTML(countPage, …)`): its lists are the server's too, unless a script of the
    page writes something we could not read (`undecoded_write`). `footer_srcs`: the sources of the scripts placed inside the footer.
    `read_files`: the sources of script files the crawl archived and the page reader read whole (`script_writes.read_whole`): a
    footer slot beside such a footer script hides nothing — what the script writes is already in the page read.
    `unread_files`: the sources of archived script files with a `document.write` the page reader could not decode
    (`script_writes.unread_writes`): one named for the footer or placed inside it prints footer lines we did not
    read, so the footer is a script's ("footer") whatever the static part shows."""
    signs: set[str] = set()
    own = [_basename(s) for s in script_srcs if not s.startswith("#") and not _library(s)]
    writers = [t for t in inline_scripts if (DOM_WRITE.search(t) or AJAX.search(t)) and not _clock_only(tree, t)]
    dom_writing = undecoded_write or bool(writers)
    scripted = bool(own) or dom_writing
    # a script file named for the footer (footer.js) or placed inside the footer's container (`<div id="footer">
    # <script src="/script/0/1.js">`, where its document.write prints) writes the footer, nothing else
    in_footer = {_basename(s) for s in footer_srcs}
    footer_only = [b for b in own if _PART_SCRIPT.search(b) or b in in_footer]
    if len(footer_only) < len(own) or dom_writing:
        signs.add("scripted")
        if not dom_writing and all(b in footer_only or _MENU_SCRIPT.search(b) for b in own):
            signs.add("menu-scripts")   # only the menu's and the footer's own script files run
    # a list may be a script's unless every script of the site's own evidently fills another part of the page
    # (footer.js, `$("#footer").load("/include/foot.html")`)
    list_writing = undecoded_write or len(footer_only) < len(own) or any(
        not fills_parts_only(t) and not writes_beside_lists(tree, t) for t in writers)
    if undecoded_write:
        signs.update(("footer", "nav"))
    if not has_footer and scripted or any(_basename(s) in footer_only for s in unread_files):
        signs.add("footer")
    if links < MENU_LINKS and (scripted or any(_NAV_SCRIPT.search(b) for b in own)):
        signs.add("nav")
    # (a call whose answer only fills a reading — a real-time AQI box — draws no list: `writes_readings`)
    inline_call = any((AJAX.search(t) or jsonp_call(t)) and not fills_parts_only(t) and not writes_readings(tree, t)
                      for t in inline_scripts)
    jsonp_srcs = [s for s in script_srcs if not s.startswith("#") and not _library(s) and jsonp_call(s)]
    if inline_call or jsonp_srcs:
        signs.update(("list", "list-call"))   # (a call fetching data: the list is a script's, whatever its markup)
    if any(holds_records(t) for t in inline_scripts):
        signs.add("list-data")   # (records an app draws from its state: `window.__NUXT__`, a JSON island)
    if tree.body is not None and (row := undrawn_row(tree.body)) is not None:
        # (a template's row left as written, `<li v-for="item in list">{{item.title}}</li>`: no framework drew it)
        signs.update(("hidden-list" if hidden(row) else "list", "list-template"))
    own_list, syndicated = inline_call, set()   # (a JSONP script of another website filling its box: below)
    if list_writing and not printed_pager:
        for table in tree.css("table"):
            if header_only_table(table) and not server_pager_beside(table) and table.css_first(f"[{DRAWN}]") is None:
                signs.add("list")   # a script of the site's may write the table's rows
                own_list = True
    for node in tree.css("footer, nav, ul, ol, tbody, div, section, table"):
        label = element_label(node)
        if node.tag not in ("footer", "nav") and not label and not in_list_block(node):
            continue
        if not empty_slot(node):
            continue
        if DRAWN in node.attributes or node.css_first(f"[{DRAWN}]") is not None:
            continue   # (a list drawn from data the page reader read: it shows what the data holds)
        if footer_named(node):
            if not has_footer:
                signs.add("footer")
        elif node.tag == "nav" or NAV_CONTAINER.search(label):
            if links < MENU_LINKS:
                signs.add("nav")
            if any(_fetches_into(t, node) for t in writers):
                signs.add("menu-data")   # a menu's panels a script draws from data it fetches (a mega-menu's JSON)
        elif (node.tag in ("ul", "ol", "tbody") or LIST_CONTAINER.search(label)) and list_writing \
                and not (printed_pager and WRITES_HERE not in node.attributes) and not server_pager_beside(node):
            # (a list holding the script that writes its rows, `<ul><script>for (…) document.write('<li>' + a[i][0]
            # …)</script></ul>`, is that script's whatever pager the server printed beside it)
            signs.add("hidden-list" if hidden(node) else "list")
            if not hidden(node):
                if host := syndicated_host(node):
                    syndicated.add(host)
                else:
                    own_list = True
    own_list = own_list or any(bare_host(s) not in syndicated for s in jsonp_srcs)
    read = {_basename(s) for s in read_files}
    if syndicated and not own_list:
        signs.add("syndicated-list")   # the only lists in view a script may fill are other websites' boxes
    if has_footer and (any(_PART_SCRIPT.search(b) and b not in read for b in own) and footer_slot(tree)
                       or any(fills_footer_slot(tree, t) for t in writers)):
        signs.update(("footer", "footer-slot"))   # the footer shows, but holds a slot the site's footer script fills
    return frozenset(signs)
