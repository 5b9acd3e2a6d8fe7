"""Lists a script draws from data the crawl holds, drawn as a browser would show them.

`draw_data_lists` fills the empty list containers an inline script fills from a JSON literal it declares, a JSON
island it reads or a JSON file it fetches that the crawl archived (`page_size`: the first page of a sliced list);
`draw_declared` the lists a script only declares for the site's renderer, naming their container; the list helpers
a page defines (`function loadList(url, ulId)`) are drawn where they are called with literal arguments. The records
(title, dates, link, a letter's state) are read by `data_rows`; `holds_records` says a script's data holds dated
records an app draws. A container drawn is marked `printed_lists.DRAWN`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from functools import lru_cache
from html import escape
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from govweb.checks.footer import element_label, in_footer_part
from govweb.checks.messages import row_status
from govweb.checks.printed_lists import DRAWN, EMPTY_LIST, LIST_CONTAINER, header_only_table
from govweb.checks.script_source import (
    DOM_WRITE,
    FETCH,
    NAMED_ID,
    block_end,
    by_id,
    declared_arrays_once,
    inline_scripts,
    json_islands,
    json_literals,
    jsonp_call,
    named_nodes,
    script_data,
    string_literal,
)
from govweb.emptyslot import empty_slot

# One dated record written in a script's data, quoted keys or not (`{title:"…解读",date:"2026-06-12",url:"/…"}`, an
# app state's literal that is no JSON — Nuxt's `window.__NUXT__=(function(a,b){return {…}})(…)` — included).
_RECORD = re.compile(r"""\{[^{}]{0,300}?\b\w*(?:date|time|riqi|rq)\w*["']?\s*:\s*["']\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"""
                     r"""[^{}]{0,300}?\}""", re.I)
RECORDS_MIN = 2


def holds_records(script: str) -> bool:
    """The script's data holds two or more dated records with a Chinese title: rows of a list an app draws."""
    return sum(1 for m in _RECORD.finditer(script) if _CJK.search(m.group(0))) >= RECORDS_MIN


# Where a script takes a list's data from: an address it fetches, a JSON island it reads, a literal it declares.
_DATA_URL = re.compile(
    r"""(?:\$|jQuery)\s*\.\s*(?:getJSON|get|ajax)\s*\(\s*(?:\{[^{}]*?\burl\s*:\s*)?(?P<q1>['"])(?P<u1>[^'"\s]+)(?P=q1)"""
    r"""|\bfetch\s*\(\s*(?P<q2>['"])(?P<u2>[^'"\s]+)(?P=q2)"""
    r"""|\.open\s*\(\s*(?P<qm>['"])GET(?P=qm)\s*,\s*(?P<q3>['"])(?P<u3>[^'"\s]+)(?P=q3)"""
    r"""|axios\s*\.\s*get\s*\(\s*(?P<q4>['"])(?P<u4>[^'"\s]+)(?P=q4)""", re.I)


_PAGER_LABEL = re.compile(r"page|pager|pagination|fenye|total|count|loading|more", re.I)
_DATE_VALUE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_URL_VALUE = re.compile(r"^(?:https?://|/|\./|\.\./)|\.(?:s?html?|jsp|aspx?|php)(?:[?#]|$)", re.I)
_URL_KEY = re.compile(r"url|href|link|path", re.I)
_TIME_KEY = re.compile(r"date|time|day|riqi|shijian|(?:sj|rq)$", re.I)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_TITLE_MIN = 4


def _date_of(key: str, value: Any) -> str | None:
    """A row field read as a date (YYYY-MM-DD): a dated string, or a Unix time under a date-named key."""
    if isinstance(value, str):
        m = _DATE_VALUE.match(value)
        return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else None
    if isinstance(value, int) and not isinstance(value, bool) and _TIME_KEY.search(key):
        seconds = value / 1000 if value > 10**11 else value
        if 10**8 < seconds < 10**10:
            day = dt.datetime.fromtimestamp(seconds, dt.timezone(dt.timedelta(hours=8)))
            return day.date().isoformat()
    return None


_STATUS_MAX = 6   # a letter's state field (办理中, 已回复, 暂未回复): a word, not a sentence


def _data_row(element: Any) -> tuple[str, str, tuple[str, ...], str] | None:
    """(link, title, dates, state) of one data record — the title its longest Chinese text, the dates its dated
    fields in order (a 成文日期 and a 发布日期 both: a row drawn with both, read as a table row printing both is), the
    link its first address field ("" when it has none), the state a letter's record names in a field of its own
    (`"zt": "办理中"`, `"status": "已回复"`: the row prints it, "" when none) — or None when it has no title or date.
    A record may be an array of its fields (`["《…》解读", "2026-11-26", "/zcjd/…"]`), read as the same fields
    unnamed."""
    if isinstance(element, list) and element and all(isinstance(v, str | int | float) for v in element):
        element = {str(i): v for i, v in enumerate(element)}   # (no name: a number is no Unix time here)
    if not isinstance(element, dict):
        return None
    dates = tuple(dict.fromkeys(d for k, v in element.items() if (d := _date_of(str(k), v)) is not None))
    texts = [v for v in element.values() if isinstance(v, str) and _CJK.search(v) and not _DATE_VALUE.match(v)
             and len(v.strip()) >= _TITLE_MIN and "<" not in v]
    if not dates or not texts:
        return None
    links = [v for k, v in element.items() if isinstance(v, str) and _URL_VALUE.search(v.strip()) and not _CJK.search(v)]
    keyed = [v for k, v in element.items() if isinstance(v, str) and _URL_KEY.search(str(k)) and v.strip()
             and not _CJK.search(v)]
    link = (keyed or links or [""])[0].strip()
    state = next((v.strip() for v in element.values() if isinstance(v, str)
                  and 0 < len(v.strip()) <= _STATUS_MAX and row_status(v)), "")
    return link, max(texts, key=len).strip(), dates, state


def data_rows(value: Any, empty_said: bool = False) -> list[list[tuple[str, str, tuple[str, ...], str]]]:
    """The lists of records a data value holds (`{"total": 6, "list": [{"title": …, "url": …, "date": …}]}`), in
    order: arrays of objects most of which carry a title and a date; an empty array under a list-named key of an
    object that counts no record (`{"total": 0, "list": []}`) is a list with no record — and so, where the script
    drawing the data writes itself what an empty list shows (`empty_said`: `'<div class="empty">暂无数据</div>'`), is
    one under such a key of an object that counts nothing and names no address its rows might come from instead
    (`{"type": "list", "name": "政策解读", "rows": []}`, not `{"rows": [], "dataUrl": "/list.json"}`)."""
    found: list[list[tuple[str, str, tuple[str, ...], str]]] = []

    def walk(v: Any) -> None:
        if isinstance(v, dict):
            total = next((n for k, n in v.items() if str(k).lower() in ("total", "count", "totalcount", "records_total")
                          and isinstance(n, int)), None)
            if total is None and empty_said and not any(
                    isinstance(x, str) and _URL_VALUE.search(x.strip()) and not _CJK.search(x) for x in v.values()):
                total = 0   # (its renderer's own empty-list line is what the visitor sees)
            for k, child in v.items():
                if child == [] and total == 0 and _LIST_KEY.fullmatch(str(k)):
                    found.append([])
                else:
                    walk(child)
        elif isinstance(v, list) and v:
            rows = [r for r in (_data_row(e) for e in v) if r is not None]
            if rows and 2 * len(rows) > len(v):
                found.append(rows)
            else:
                for child in v:
                    walk(child)
    walk(value)
    return found


_LIST_KEY = re.compile(r"list|rows|records|items|data|datas|result|results|docs|articles|news", re.I)


_NOT_JSON = object()


@lru_cache(maxsize=256)
def _json_value(text: str) -> Any:
    """An archived data file's JSON value, parsed once per file (read only), or `_NOT_JSON`."""
    try:
        return json.loads(text)
    except ValueError:
        return _NOT_JSON


def _target(tree: LexborHTMLParser, element_id: str) -> LexborNode | None:
    """The empty list container the element of that id is or holds (a named block's empty ul/ol/tbody; never a
    pager, a total or a loading line), or None."""
    node = by_id(tree, element_id)
    if node is None or _PAGER_LABEL.search(element_label(node)):
        return None
    if node.tag not in ("ul", "ol", "tbody", "dl"):
        inner = node.css_first("tbody, ul, ol") if node.tag in ("table", "div", "section") else None
        if inner is None and not (node.tag in ("div", "section") and LIST_CONTAINER.search(element_label(node))):
            return None
        node = inner if inner is not None else node
    return node if empty_slot(node) and not in_footer_part(node) else None


_APP_SHELL_TEXT = 60   # what an app shell's body shows besides its root (a <noscript> line): a line at most


def _app_root(tree: LexborHTMLParser, script: str) -> list[LexborNode]:
    """The app shell's root a script reading a JSON island draws the whole page into: the one element it names
    (`<div id="app">页面加载中……</div>`) that stands empty or says it is loading, on a page showing nothing else of
    its own (no link, at most a line of text outside it): the island's one list is drawn there, as the visitor sees
    it among the page the script writes."""
    roots = [n for n in named_nodes(tree, script) if n.tag in ("div", "section", "main") and empty_slot(n)]
    body = tree.body
    if len(roots) != 1 or body is None or body.css_first("a[href]") is not None:
        return []
    shown = sum(len((t.text() or "").strip()) for t in body.traverse(include_text=True) if t.tag == "-text"
                and t.parent is not None and t.parent.tag not in ("script", "style", "noscript", "template"))
    return roots if shown - len(roots[0].text(deep=True, strip=True) or "") <= _APP_SHELL_TEXT else []


# A table widget or template app a script hands its data to, naming its element by a selector option: layui's
# `table.render({elem: '#wjTable', data: rows})`, Vue's `new Vue({el: '#listApp', data: {…}})`.
_WIDGET_ELEMENT = re.compile(r"""\b(?:elem|el)\s*:\s*(['"])#([\w-]+)\1""")
_WIDGET_ELEMENT_PART = re.compile(r""":\s*['"]#""")   # (what every such option holds: a cheap first test)
# … and, in an app's template, the one element bound to the data it shows (`<el-table :data="rows">`)
_BOUND_DATA = (":data", "v-bind:data")


def _widget_target(tree: LexborHTMLParser, element_id: str) -> LexborNode | None:
    """Where a widget the script names by a selector option draws its records: the element itself when it is an
    empty list container, or a table of header cells only whose block shows no link (layui renders `<table
    id="wjTable"><thead>…</thead></table>`; once rendered, its rows stand beside it), or the one element of an app's
    template bound to the data, a component holding no text of its own (`<div id="listApp"><h2>…</h2><el-table
    :data="rows">…</el-table></div>`; once rendered, no such element is left)."""
    node = by_id(tree, element_id)
    if node is None or in_footer_part(node) or _PAGER_LABEL.search(element_label(node)):
        return None
    if node.tag == "table" and header_only_table(node):
        block = node.parent
        return node if block is not None and block.css_first("a[href]") is None else None
    target = _target(tree, element_id)
    if target is not None:
        return target
    bound = [n for n in node.css("*") if any(a in n.attributes for a in _BOUND_DATA)]
    if len(bound) != 1 or "-" not in bound[0].tag or bound[0].text(deep=True, strip=True):
        return None
    return bound[0] if bound[0].css_first("a[href]") is None else None


def _targets(tree: LexborHTMLParser, script: str) -> list[LexborNode]:
    """The empty list containers a script names, in the order it names them (`_target`; a widget's element named by
    a selector option: `_widget_target`)."""
    out: list[LexborNode] = []
    named = sorted([(m.start(), m.group(2) or m.group(4), _target) for m in NAMED_ID.finditer(script)]
                   + [(m.start(), m.group(2), _widget_target) for m in _WIDGET_ELEMENT.finditer(script)])
    for _, element_id, find in named:
        node = find(tree, element_id)
        if node is not None and all(node is not t for t in out):
            out.append(node)
    return out


def _rows_html(tag: str, rows: list[tuple[str, str, tuple[str, ...], str]]) -> str:
    def link(u: str, t: str) -> str:
        return f'<a href="{escape(u or "javascript:;")}">{escape(t)}</a>'
    def state(st: str, cell: str) -> str:
        return f"<{cell}>{escape(st)}</{cell}>" if st else ""
    if tag in ("tbody", "table"):
        return "".join(f"<tr><td>{link(u, t)}</td>{''.join(f'<td>{d}</td>' for d in ds)}{state(st, 'td')}</tr>"
                       for u, t, ds, st in rows)
    inner = "".join(f"<li>{link(u, t)}{''.join(f'<span>{d}</span>' for d in ds)}{state(st, 'span')}</li>"
                    for u, t, ds, st in rows)
    return inner if tag in ("ul", "ol") else f"<ul>{inner}</ul>"


# A script showing its data page by page: it slices the records (`list.slice((curr - 1) * size, curr * size)`) and
# names a page size (`size = 15`, `pageSize: 15`, `limit: 10`, `perPage = 20`).
_SLICE = re.compile(r"\.\s*slice\s*\(")
_PAGE_SIZE = re.compile(r"\b(page_?size|per_?page|size|limit|rows|num)\s*[:=]\s*(\d{1,3})\b", re.I)
_SLICE_ARGS = 80


def page_size(script: str) -> int | None:
    """The number of records a script shows per page when it slices its data into pages (the first page is what
    the visitor sees); None when it shows them all."""
    slices = [script[m.end():m.end() + _SLICE_ARGS] for m in _SLICE.finditer(script)]
    if not slices:
        return None
    # the size sliced by: its name (or number) in a slice's arguments (not `title.slice(0, 30)` cutting a title)
    sizes = {int(m.group(2)) for m in _PAGE_SIZE.finditer(script)
             if any(re.search(rf"\b(?:{re.escape(m.group(1))}|{m.group(2)})\b", args) for args in slices)} - {0}
    return sizes.pop() if len(sizes) == 1 else None


def names_widget(text: str) -> bool:
    """The text hands data to a widget or template app it names by a selector option (`elem: '#wjTable'`)."""
    return _WIDGET_ELEMENT_PART.search(text) is not None and _WIDGET_ELEMENT.search(text) is not None


def _list_scripts(tree: LexborHTMLParser) -> list[str]:
    """The inline scripts that may draw a list: those writing into the page, and those handing data to a widget
    or template app they name by a selector option (`_WIDGET_ELEMENT`)."""
    return [t for t in inline_scripts(tree) if DOM_WRITE.search(t) or names_widget(t)]


def draw_data_lists(tree: LexborHTMLParser, data_text: Callable[[str], str | None] | None = None,
                    islands: dict[str, Any] | None = None) -> list[str]:
    """Fill the empty list containers that inline scripts fill from data, as a browser would show them: the data a
    script declares as a JSON literal, reads from a JSON island (`<script id="__NEXT_DATA__" type="application/json">`)
    or fetches from an address whose JSON the crawl archived (`data_text`); each list of records (title, date, link)
    goes into the empty container the script names, in order (one list per container; a script naming a different
    number of empty containers than it has lists is left alone). Returns the scripts whose lists were all drawn (an
    empty list of records included: the visitor sees that list empty). `islands`: the page's `json_islands`, when
    the caller has them."""
    islands = json_islands(tree) if islands is None else islands
    drawn: list[str] = []
    for script in _list_scripts(tree):
        values = script_data(script, islands)
        unread = False   # (a data address the script names whose answer we do not hold)
        for m in _DATA_URL.finditer(script):
            text = data_text(m.group("u1") or m.group("u2") or m.group("u3") or m.group("u4")) if data_text else None
            value = _json_value(text) if text else _NOT_JSON
            if value is not _NOT_JSON:
                values.append(value)
            else:
                unread = True
        # (the script's own empty-list line, where no data it fetches is missing: `data_rows`' empty_said)
        said = None if unread or not values or jsonp_call(script) else EMPTY_LIST.search(script)
        lists = [rows for v in values for rows in data_rows(v, said is not None)]
        if not lists:
            continue
        size = page_size(script)
        if size:
            lists = [rows[:size] for rows in lists]   # the first page is what the visitor sees
        targets = _targets(tree, script)
        root = not targets and len(lists) == 1 and any(k in script for k in islands)
        if root:
            targets = _app_root(tree, script)
        if len(targets) != len(lists):
            continue
        for target, rows in zip(targets, lists, strict=True):
            _draw(target, rows)
            if root and not rows and said is not None:
                # (an app shell's list with no record: the page the script writes says so, in its own words)
                target.insert_child(LexborHTMLParser(f"<p>{escape(said.group(0))}</p>").css_first("p"))
        drawn.append(script)
    drawn += draw_declared(tree)
    if data_text is not None:
        drawn += _draw_helper_calls(tree, data_text)
    return drawn


def _draw(target: LexborNode, rows: list[tuple[str, str, tuple[str, ...], str]]) -> None:
    """Put a list's records into its empty container, as the site's script shows them (none: it stays empty)."""
    target.attrs[DRAWN] = "1"
    for child in list(target.iter(include_text=True)):
        if child.tag != "script":
            child.decompose()   # (a loading line the script writes over: `<div id="app">页面加载中……</div>`)
    if rows:
        shell = "table" if target.tag in ("tbody", "table") else "div"
        parsed = LexborHTMLParser(f"<{shell}>{_rows_html(target.tag, rows)}</{shell}>").css_first(shell)
        holder = parsed.css_first("tbody") if parsed is not None and shell == "table" else parsed
        for child in list(holder.iter(include_text=True)) if holder is not None else ():
            target.insert_child(child)


_ELEMENT_ID = re.compile(r"[A-Za-z][\w-]{2,}")
_QUOTED_ID = re.compile(r"""(["'])([A-Za-z][\w-]{2,})\1""")


def draw_declared(tree: LexborHTMLParser) -> list[str]:
    """Lists a script only declares for the site's renderer, the data naming by id the empty container its rows go
    into (`window.__LIST__ = {"el": "zcjdList", "total": 0, "records": []}` beside `<ul id="zcjdList"></ul>`): the
    renderer (a script file of the site's) draws them there, so the visitor sees those rows — or, the data counting
    no record, that list empty. Only a script that writes nothing and fetches nothing itself, whose every declared
    value naming a container holds one list. Returns the scripts drawn."""
    drawn: list[str] = []
    ids: set[str] | None = None
    for script in inline_scripts(tree):
        if "{" not in script:
            continue
        quoted = {m.group(2) for m in _QUOTED_ID.finditer(script)}
        if not quoted:
            continue
        if ids is None:
            ids = {i for n in tree.css("ul[id], ol[id], tbody[id], dl[id], table[id], div[id], section[id]")
                   if (i := n.attributes.get("id"))}
        if quoted.isdisjoint(ids) or DOM_WRITE.search(script) or FETCH.search(script) or jsonp_call(script):
            continue
        handed = _handed_to_renderer(tree, script)
        if handed:
            for target, rows in handed:
                _draw(target, rows)
            drawn.append(script)
            continue
        placed: list[tuple[LexborNode, list[tuple[str, str, tuple[str, ...], str]]]] = []
        for value in json_literals(script):
            if not isinstance(value, dict):
                continue
            named = [t for v in value.values() if isinstance(v, str) and _ELEMENT_ID.fullmatch(v)
                     and (t := _target(tree, v)) is not None]
            if not named:
                continue
            lists = data_rows(value)
            if len(named) != 1 or len(lists) != 1:
                placed = []
                break
            placed.append((named[0], lists[0]))
        if placed:
            for target, rows in placed:
                _draw(target, rows)
            drawn.append(script)
    return drawn


# A call handing the site's renderer a list by the id of its container and the name of an array the script declares
# (`renderList("list_1372", listData, {dateField: "pubDate"})`)
_RENDER_CALL = re.compile(r"""\b[A-Za-z_$][\w$.]*\s*\(\s*(["'])([A-Za-z][\w-]{2,})\1\s*,\s*([A-Za-z_$][\w$]*)\s*[,)]""")


def _handed_to_renderer(tree: LexborHTMLParser, script: str) -> list[tuple[LexborNode, list[tuple[str, str, tuple[str, ...], str]]]]:
    """The lists a script hands the site's renderer (a script file of the site's) in calls naming an empty list
    container by its id and an array of records the script declares (`var listData = [{"title": …, "pubDate": …}]`):
    the renderer draws those rows there. [] unless every such call names one."""
    calls = list(_RENDER_CALL.finditer(script))
    arrays = dict(declared_arrays_once(script)) if calls else {}
    handed = []
    for m in calls:
        if m.group(3) not in arrays:
            continue
        target, lists = _target(tree, m.group(2)), data_rows(arrays[m.group(3)])
        if target is None or len(lists) != 1:
            return []
        handed.append((target, lists[0]))
    return handed


# A list helper a page defines: `function loadList(url, ulId, …) { … xhr.open("GET", url, true) …
# document.getElementById(ulId).innerHTML = h … }`, called with the data's address and the list's id.
_FUNCTION_DEF = re.compile(r"\bfunction\s+([A-Za-z_$][\w$]*)\s*\(([^()]*)\)\s*\{")
_FETCHES = r"(?:\.open\s*\(\s*['\"]GET['\"]\s*,|\bfetch\s*\(|\.\s*(?:getJSON|get|ajax)\s*\(|\burl\s*:)\s*"
_NAMES_BY = r"(?:getElementById\s*\(\s*|\$\s*\(\s*['\"]#['\"]\s*\+\s*)"
_BY_VARIABLE = re.compile(_NAMES_BY + r"[A-Za-z_$]")   # (an element named by a variable: a helper's parameter)


def _list_helpers(scripts_: list[str]) -> dict[str, tuple[int, int, str]]:
    """The functions the page's scripts define that fetch a data address and write a list into an element, both
    given as parameters: name → (the address's parameter, the element id's parameter, the defining script)."""
    helpers: dict[str, tuple[int, int, str]] = {}
    for script in scripts_:
        for m in _FUNCTION_DEF.finditer(script):
            end = block_end(script, m.end(), "{", "}")
            body = script[m.end():end] if end is not None else ""
            if not DOM_WRITE.search(body):
                continue
            params = [p.strip() for p in m.group(2).split(",")]
            url_at = next((i for i, p in enumerate(params) if p and re.search(_FETCHES + re.escape(p) + r"\b", body)), None)
            id_at = next((i for i, p in enumerate(params) if p and re.search(_NAMES_BY + re.escape(p) + r"\b", body)), None)
            if url_at is not None and id_at is not None and url_at != id_at:
                helpers[m.group(1)] = (url_at, id_at, script)
    return helpers


def _call_args(src: str, i: int) -> list[str | None] | None:
    """The arguments of the call whose "(" ends before src[i]: each a string literal's value, else None (a
    variable, a number, an expression); None when the call cannot be read."""
    args: list[str | None] = []
    n = len(src)
    while i < n:
        while i < n and src[i].isspace():
            i += 1
        if i < n and src[i] == ")" and not args:
            return args
        value: str | None = None
        if i < n and src[i] in "'\"":
            got = string_literal(src, i)
            if got is None:
                return None
            value, i = got
        else:
            start = i
            while i < n and src[i] not in ",)":
                if src[i] in "([{'\"":
                    return None   # (a nested call or literal: not a plain call)
                i += 1
            value = None if src[start:i].strip() else ""
        while i < n and src[i].isspace():
            i += 1
        if i >= n or src[i] not in ",)":
            return None
        args.append(value)
        if src[i] == ")":
            return args
        i += 1
    return None


def _draw_helper_calls(tree: LexborHTMLParser, data_text: Callable[[str], str | None]) -> list[str]:
    """Lists a helper of the page's own draws (`_list_helpers`), called with literal arguments
    (`loadList("/ghjh/list.json", "ghjhList", "ghjhPage", 15)`) whose data file the crawl archived: each call's
    records go into the empty container its id names, as `draw_data_lists` draws a script's own. A helper whose every
    call was drawn leaves nothing unseen: its script and the scripts calling it count as drawn (each only when it
    fetches and writes nothing outside the helpers)."""
    inline = list(inline_scripts(tree))
    helpers = _list_helpers([t for t in inline if _BY_VARIABLE.search(t) and DOM_WRITE.search(t)])
    if not helpers:
        return []
    calls: dict[str, list[bool]] = {name: [] for name in helpers}
    callers: list[str] = []
    pattern = re.compile(r"(?<![\w$.])(" + "|".join(re.escape(name) for name in helpers) + r")\s*\(")
    for script in inline:
        called = False
        for m in pattern.finditer(script):
            if re.search(r"function\s+$", script[max(0, m.start() - 12):m.start()]):
                continue   # (the definition)
            url_at, id_at, _ = helpers[m.group(1)]
            args = _call_args(script, m.end())
            url = args[url_at] if args is not None and url_at < len(args) else None
            element = args[id_at] if args is not None and id_at < len(args) else None
            text = data_text(url) if url else None
            value = _json_value(text) if text else _NOT_JSON
            lists = data_rows(value) if value is not _NOT_JSON else []
            target = _target(tree, element) if element else None
            ok = target is not None and len(lists) == 1
            if ok and target is not None:
                _draw(target, lists[0])
            calls[m.group(1)].append(ok)
            called = True
        if called:
            callers.append(script)
    drawn: list[str] = []
    defined = {script for _, _, script in helpers.values()}
    for script in defined:
        own = [name for name, (_, _, s) in helpers.items() if s == script]
        if not all(calls[name] and all(calls[name]) for name in own):
            continue
        rest = script
        for name in own:   # what the script does outside its helpers
            m = re.search(r"\bfunction\s+" + re.escape(name) + r"\s*\([^()]*\)\s*\{", rest)
            end = block_end(rest, m.end(), "{", "}") if m else None
            if m and end is not None:
                rest = rest[:m.start()] + rest[end:]
        if not _plain(rest):
            continue
        drawn.append(script)
        drawn += [c for c in callers if c is not script and c not in drawn and _plain(c) and all(
            all(calls[name]) for name in helpers if re.search(r"(?<![\w$.])" + re.escape(name) + r"\s*\(", c))]
    return drawn


def _plain(script: str) -> bool:
    """The script fetches and writes nothing itself (the helpers it calls aside)."""
    return not (FETCH.search(script) or DOM_WRITE.search(script) or jsonp_call(script))
