"""What scripts put on a page, as far as the static HTML tells.

* `written_html` decodes inline `document.write(…)` calls whose arguments are string literals (joined with `+`,
  wrapped in `unescape(…)` / `decodeURIComponent(…)`): footers and badges written that way are read as if
  rendered, and so are list rows a `for` loop writes from an array literal the script declares (`rows[i].title`,
  `rows[i][0]`), or appends to a string it sets as an element's `innerHTML` (`built_lists`).
  A call with any other argument (a variable, a function call) is reported as not decoded.
* `script_signs` says which parts of a page a script may write that the static HTML does not show: the
  footer (no footer sign at all — ICP, 公网安备, 标识码, 版权所有 — next to scripts of the site's own, or an empty
  footer container), the menu (fewer than `MENU_LINKS` visible links next to such scripts, or an empty menu
  container), lists (an empty or "加载中" list container next to such scripts, an AJAX call), or anything (an
  undecoded `document.write`). The checks use them only for pages the browser lane did not render: there a mark,
  entry or list that is not in the HTML is "not measured", never missing.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from html import escape
from typing import Any
from urllib.parse import unquote, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from govweb.checks.dates import find_date
from govweb.checks.footer import CONAC_NAME, element_label, footer_named, in_footer_part
from govweb.checks.messages import row_status
from govweb.checks.out_of_service import BUILDING
from govweb.emptyslot import LOADING, empty_slot

_WRITE = re.compile(r"document\s*\.\s*write(?:ln)?\s*\(")
_UNESCAPE = re.compile(r"(unescape|decodeURIComponent|decodeURI)\s*\(")
_JS_ESCAPE = re.compile(r"%u([0-9a-fA-F]{4})|%([0-9a-fA-F]{2})")
_ESCAPES = {"n": "\n", "t": "\t", "r": "", "'": "'", '"': '"', "\\": "\\", "/": "/", "b": "", "f": "", "v": ""}

_NAV_SCRIPT = re.compile(r"nav|menu|head|top|daohang|(?:^|[_\-.])dh(?:[_\-.]|$)|common|public|include|site", re.I)
_LIBRARIES = re.compile(r"jquery|bootstrap|swiper|layer|vue|react|echarts|require|seajs|html5shiv|respond|"
                        r"json2|polyfill|analytics|stat|cnzz|baidu|tongji|ucap|jiucuo|conac", re.I)
_NAV_CONTAINER = re.compile(r"nav|menu|daohang|(?:^|[\s_-])dh(?:$|[\s_-])|lanmu|channel", re.I)
_LIST_CONTAINER = re.compile(
    r"list|lst|news|column|lanmu|xxgk|notice|tzgg|gonggao|dongtai|article|wenzhang|items|result|zcwj|xwzx|docs|con_?box",
    re.I,
)
# A request a script makes …
_FETCH = re.compile(r"\$\s*\.\s*(?:ajax|get|getJSON|post)\s*\(|\.load\s*\(\s*['\"]|\bfetch\s*\(|XMLHttpRequest|"
                    r"axios\s*[.(]")
# … or data it parses (fetched, or held by the page)
_AJAX = re.compile(_FETCH.pattern + r"|JSON\s*\.\s*parse\s*\(")
# A JSONP call: an address naming the callback its answer calls (`?callback=showList`, `&jsoncallback=?`, `&cb=draw`),
# a path named for JSONP (`/jsonp/list`), or jQuery's `dataType: "jsonp"`.
_JSONP = re.compile(r"[?&](?:callback|jsoncallback|jsonpcallback|jsonp|cb)=|(?:^|[/_.-])jsonp(?=[/_.?-]|$)"
                    r"|dataType\s*:\s*['\"]jsonp['\"]", re.I)


def jsonp_call(text: str) -> bool:
    """The script (or a `<script src>` address) fetches data by JSONP: a list it fills comes from that data, as
    from an AJAX call (`$.getJSON(…?callback=?)`, a script tag or element whose address names a callback)."""
    return _JSONP.search(text) is not None


_DOM_WRITE_CALLS = (r"\.innerHTML\s*\+?=", r"appendChild\s*\(", r"insertAdjacentHTML\s*\(", r"\.html\s*\(", r"\.append\s*\(")
_DOM_WRITE = re.compile("|".join(_DOM_WRITE_CALLS))
# … one pattern each, for a whole page: a pattern opening with a literal is scanned for fast, an alternation is not
_DOM_WRITE_EACH = tuple(re.compile(call) for call in _DOM_WRITE_CALLS)
MENU_LINKS = 30      # a page showing fewer links may have its menu written by a script
# What a CMS prints in a list that has no entry (page.py's empty-list marker; here: the server printed a list empty).
EMPTY_LIST = re.compile(
    r"暂无[\u4e00-\u9fff]{0,4}?(?:信息|内容|数据|记录|文章|稿件|文件|新闻|公告)|没有(?:找到)?(?:相关|任何|符合条件的)?(?:信息|内容|记录|数据|文章)"
    r"|无相关(?:信息|内容|记录)|[本该此]栏目(?:下)?(?:暂无|没有|无)|(?<![\d.])共\s*0\s*(?:条|篇|项|个|页)|(?<![\d.])0\s*条记录|记录数\s*[:：]?\s*0(?!\d)"
    r"|无记录|暂无更新|(?:栏目|页面)?(?:正在)?" + BUILDING + r"|敬请期待"
)


def _string(src: str, i: int) -> tuple[str, int] | None:
    """A JS string literal starting at src[i] (a quote): (value, index after it)."""
    quote = src[i]
    out: list[str] = []
    j = i + 1
    n = len(src)
    while j < n:
        ch = src[j]
        if ch == quote:
            return "".join(out), j + 1
        if ch == "\\" and j + 1 < n:
            nxt = src[j + 1]
            if nxt == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", src[j + 2 : j + 6]):
                out.append(chr(int(src[j + 2 : j + 6], 16)))
                j += 6
                continue
            if nxt == "x" and re.fullmatch(r"[0-9a-fA-F]{2}", src[j + 2 : j + 4]):
                out.append(chr(int(src[j + 2 : j + 4], 16)))
                j += 4
                continue
            out.append(_ESCAPES.get(nxt, nxt))
            j += 2
            continue
        if ch == "\n":
            return None
        out.append(ch)
        j += 1
    return None


def _expression(src: str, i: int, close: str = ")", row: _Row | None = None) -> tuple[str, int] | None:
    """String literals joined by `+` (optionally unescaped) up to `close`: (value, index after close). With a `row`
    (a loop over an inline array), `rows[i].title` / `rows[i]["title"]` read that element's field."""
    parts: list[str] = []
    n = len(src)
    while i < n:
        while i < n and src[i] in " \t\r\n+":
            i += 1
        if i >= n:
            return None
        ch = src[i]
        if ch == close:
            return "".join(parts), i + 1
        if ch in "'\"":
            got = _string(src, i)
            if got is None:
                return None
            parts.append(got[0])
            i = got[1]
            continue
        m = _UNESCAPE.match(src, i)
        if m:
            inner = _expression(src, m.end(), row=row)
            if inner is None:
                return None
            parts.append(js_unescape(inner[0]) if m.group(1) == "unescape" else unquote(inner[0]))
            i = inner[1]
            continue
        f = _FIELD.match(src, i)
        if row is not None and f and (f.group(1), f.group(2)) == row[:2]:
            value = _field(row[2], f.group(3) or f.group(5), f.group(6))
            if not isinstance(value, (str, int, float)) or isinstance(value, bool):
                return None
            parts.append(str(value))
            i = f.end()
            continue
        return None   # a variable or a call: not decodable here
    return None


# A loop writing one row per element of an array literal the script declares (rows = [{"title": …}, …]).
_Row = tuple[str, str, Any]   # (array name, index variable, the element: an object or an array)
_ARRAY = re.compile(r"(?:var|let|const)\s+([A-Za-z_$][\w$]*)\s*=\s*\[")
_FOR_EACH = re.compile(r"for\s*\(\s*(?:var\s+|let\s+)?([A-Za-z_$][\w$]*)\s*=\s*0\s*;\s*\1\s*<\s*([A-Za-z_$][\w$]*)"
                       r"\s*\.\s*length\s*;\s*(?:\1\s*\+\+|\+\+\s*\1|\1\s*\+=\s*1)\s*\)\s*\{")
_FIELD = re.compile(r"([A-Za-z_$][\w$]*)\s*\[\s*([A-Za-z_$][\w$]*)\s*\]\s*"
                    r"(?:\.\s*([A-Za-z_$][\w$]*)|\[\s*(['\"])(\w+)\4\s*\]|\[\s*(\d+)\s*\])")


def _field(element: Any, key: str | None, index: str | None) -> Any:
    """`rows[i].title` / `rows[i]["title"]` of an object, `rows[i][0]` of an array (None when it has none)."""
    if isinstance(element, dict) and key is not None:
        return element.get(key)
    if isinstance(element, list) and index is not None and int(index) < len(element):
        return element[int(index)]
    return None


def _block_end(src: str, i: int, opening: str, closing: str) -> int | None:
    """Index just after the bracket closing the one opened before src[i] (string literals skipped)."""
    depth, n = 1, len(src)
    while i < n:
        ch = src[i]
        if ch in "'\"":
            got = _string(src, i)
            if got is None:
                return None
            i = got[1]
            continue
        depth += (ch == opening) - (ch == closing)
        i += 1
        if depth == 0:
            return i
    return None


# A JavaScript object literal's pieces read as JSON: strings, then a bare key (`name:`), then a trailing comma
_JS_TOKEN = re.compile(r"\"(?:[^\"\\]|\\.)*\"|'((?:[^'\"\\]|\\.)*)'|([A-Za-z_$][\w$]*)(?=\s*:)|,(?=\s*[\]}])")


def js_literal(text: str) -> Any:
    """A JavaScript array or object literal of plain values (bare keys, single-quoted strings, trailing commas) as
    JSON reads it; None when it holds anything else (a function, a variable)."""
    def token(m: re.Match[str]) -> str:
        if m.group(1) is not None:
            return f'"{m.group(1)}"'
        if m.group(2) is not None:
            return f'"{m.group(2)}"'
        return "" if m.group(0) == "," else m.group(0)
    try:
        return json.loads(_JS_TOKEN.sub(token, text))
    except ValueError:
        return None


def _arrays(script: str) -> dict[str, list[Any]]:
    """Arrays the script declares as a literal of plain values (`var rows = [{"title": …}, …]`, `[["/a.htm", "标题"],
    …]`, or as hand-written menus declare them, single-quoted: `var nav = [['首页', '/'], ['网上办事', '/bsfw/']]`)."""
    arrays: dict[str, list[Any]] = {}
    for m in _ARRAY.finditer(script):
        end = _block_end(script, m.end(), "[", "]")
        value = js_literal(script[m.end() - 1:end]) if end is not None else None
        if isinstance(value, list) and value and (all(isinstance(v, dict) for v in value)
                                                 or all(isinstance(v, list) for v in value)):
            arrays[m.group(1)] = value
    return arrays


def _array_loop_bodies(script: str, declared: dict[str, list[Any]] | None = None,
                       ) -> Iterator[tuple[re.Match[str], list[Any], int]]:
    """(the loop, the array, the index after its body) of each `for (i = 0; i < rows.length; i++) { … }` over an
    array the script declares as a literal (JSON objects or arrays), or one a script run before it declared
    (`declared`: a data file `/js/data/list.js` holding `var rows = [[…], …]` before the page's loop)."""
    arrays = {**(declared or {}), **_arrays(script)}
    for m in _FOR_EACH.finditer(script):
        rows, end = arrays.get(m.group(2)), _block_end(script, m.end(), "{", "}")
        if rows is not None and end is not None:
            yield m, rows, end


def _per_element(script: str, loop: re.Match[str], rows: list[Any], starts: list[int], close: str) -> str | None:
    """What the loop's statements starting at `starts` produce for every element of `rows`, joined; None when one
    of them cannot be read."""
    parts = [_expression(script, i, close=close, row=(loop.group(2), loop.group(1), element))
             for element in rows for i in starts]
    if not starts or any(p is None for p in parts):
        return None
    return "".join(p[0] for p in parts if p is not None)


def _array_loops(script: str, declared: dict[str, list[Any]] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, HTML written) of each loop over an inline array literal whose body calls document.write(…),
    every write of its body read for every element."""
    loops: list[tuple[int, int, str]] = []
    for m, rows, end in _array_loop_bodies(script, declared):
        html = _per_element(script, m, rows, [w.end() for w in _WRITE.finditer(script, m.end(), end)], ")")
        if html is not None:
            loops.append((m.start(), end, html))
    return loops


_APPEND = re.compile(r"([A-Za-z_$][\w$]*)\s*\+=")
_SET_INNER = re.compile(r"""getElementById\s*\(\s*(['"])([\w-]+)\1\s*\)\s*\.\s*innerHTML\s*=\s*([A-Za-z_$][\w$]*)\s*[;\n]""")


def built_lists(script: str) -> list[tuple[str, str]]:
    """(element id, HTML) for each list a script builds from an array literal it declares and sets in place:
    `for (i = 0; i < rows.length; i++) { html += '<li><a href="' + rows[i][0] + '">' + … }` then
    `document.getElementById("list").innerHTML = html` — every append of the loop read for every element."""
    if "innerHTML" not in script:
        return []
    built: dict[str, str] = {}
    for m, rows, end in _array_loop_bodies(script):
        appends = list(_APPEND.finditer(script, m.end(), end))
        if len({a.group(1) for a in appends}) != 1:
            continue   # one string variable built up, or none
        html = _per_element(script, m, rows, [a.end() for a in appends], ";")
        if html is not None:
            built[appends[0].group(1)] = html
    return [(s.group(2), built[s.group(3)]) for s in _SET_INNER.finditer(script) if s.group(3) in built]


# An element a script sets the content of: `getElementById("footer").innerHTML = …;`, `$("#footer").html(…)`.
_SET_CONTENT = re.compile(r"""getElementById\s*\(\s*(['"])([\w-]+)\1\s*\)\s*\.\s*innerHTML\s*=(?!=)|"""
                          r"""(?:\$|jQuery)\s*\(\s*(['"])#([\w-]+)\3\s*\)\s*\.\s*html\s*\(""")
_BRANCH = re.compile(r"\b(?:if|for|while|switch|do)\b|\?")
_STRING_LITERAL = re.compile(r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"")
_IDENT = re.compile(r"\s*([A-Za-z_$][\w$]*)\s*([;)\n])")


def _built_string(script: str, name: str, end: int) -> str | None:
    """The value of string variable `name` at index `end`, built in straight-line code from literals
    (`var h = ''; h += '<p>…</p>'; …`): None when any assignment to it is not literal, or a branch or loop
    (which may skip or repeat a part) stands among them (`set_contents` reads branch-free scripts only)."""
    value: str | None = None
    for m in re.finditer(rf"(?<![\w$.])(?:(?:var|let|const)\s+)?{re.escape(name)}\s*(\+?=)(?!=)", script[:end]):
        got = _expression(script, m.end(), close=";")
        if got is None:
            return None
        value = got[0] if m.group(1) == "=" else (value or "") + got[0]
    return value


def set_contents(script: str) -> list[tuple[str, str]]:
    """(element id, HTML) for each element a script fills with literal HTML in straight-line code: the HTML
    given directly (`….innerHTML = '<p>…</p>' + '…';`) or a string variable built from literals first
    (`html += '<p>主办：…</p>'; …; document.getElementById('footer').innerHTML = html;`) — a footer an include
    script writes reads as if rendered. Anything else it sets (data, a call) is not read, and nothing of a script
    with a branch or a loop (what shows is decided at view time)."""
    if "innerHTML" not in script and ".html" not in script or _BRANCH.search(_STRING_LITERAL.sub("''", script)):
        return []
    out: list[tuple[str, str]] = []
    for m in _SET_CONTENT.finditer(script):
        element_id, close = (m.group(2), ";") if m.group(2) else (m.group(4), ")")
        got = _expression(script, m.end(), close=close)
        if got is not None:
            out.append((element_id, got[0]))
            continue
        ident = _IDENT.match(script, m.end())
        if ident is not None and ident.group(2) in (close, "\n"):
            value = _built_string(script, ident.group(1), m.start())
            if value is not None:
                out.append((element_id, value))
    return out


def js_unescape(text: str) -> str:
    """JavaScript's unescape(): %uXXXX is a UTF-16 code unit, %XX a Latin-1 character."""
    units = _JS_ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)
    return units.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def written_html(script: str, declared: dict[str, list[Any]] | None = None) -> tuple[str, bool]:
    """(HTML written by the literal document.write calls of an inline script — and by loops writing the elements
    of an inline array literal — every call decoded)."""
    out: list[str] = []
    complete = True
    loops = _array_loops(script, declared) if _FOR_EACH.search(script) else []
    written: set[int] = set()   # loops whose rows are out
    for m in _WRITE.finditer(script):
        loop = next((lp for lp in loops if lp[0] <= m.start() < lp[1]), None)
        if loop is not None:
            if loop[0] not in written:
                written.add(loop[0])
                out.append(loop[2])
            continue
        got = _expression(script, m.end())
        if got is None:
            complete = False
        else:
            out.append(got[0])
    return "".join(out), complete


# A script that builds a pager (页码, 上一页/下一页): what it writes is pagination, never a footer or a menu.
_PAGER_SCRIPT = re.compile(r"上一页|下一页|尾页|末页|createPageHTML|[Pp]ager\b|Pager\(|page_?size|pageCount|totalPages?",
                           re.I)


# A clock widget (今天是2020年11月26日 星期四): a script reading the date whose writes hold no link, image or script.
_CLOCK = re.compile(r"new\s+Date\s*\(|\bget(?:FullYear|Year|Month|Date|Day|Hours)\s*\(")
_LINK_MARKUP = re.compile(r"<\s*(?:a|img|script|iframe|link|form|ul|li|table)\b|href|src\s*=", re.I)


def _call_argument(src: str, i: int) -> str:
    """The source text of a call's arguments from src[i] (just after its opening parenthesis) to its closing one."""
    end = _block_end(src, i, "(", ")")
    return src[i:end - 1] if end is not None else src[i:]


# A visit counter's loader (CNZZ, 51.la, 百度统计 …): `document.write(unescape("<span id='cnzz_stat_icon_…'></span>
# <script src='" + cnzz_protocol + "s13.cnzz.com/z_stat.php…'>"))` writes the counter's icon, never a footer or a menu.
_COUNTER = re.compile(r"cnzz\.com|51\.la\b|51yes\.com|hm\.baidu\.com|google-analytics\.com|googletagmanager\.com|"
                      r"statcounter\.com", re.I)
_COUNTER_SCRIPT_MAX = 600   # the loader snippet alone, not a script doing other things too


def counter_script(script: str) -> bool:
    """A short inline script whose writes load a visit counter: whatever it writes is not the page's content."""
    return len(script.strip()) <= _COUNTER_SCRIPT_MAX and _COUNTER.search(script) is not None


def clock_script(script: str) -> bool:
    """A script that reads the date and writes nothing that could hold a link, a mark or a menu: what it writes is
    the date (the clock many government headers show), never a footer or a menu."""
    return _CLOCK.search(script) is not None and not any(
        _LINK_MARKUP.search(_call_argument(script, m.end())) for m in _WRITE.finditer(script))


def apply_document_writes(tree: LexborHTMLParser, external: Callable[[str], str | None] | None = None) -> bool:
    """Replace every inline script's literal document.write output into the tree where the script stands — and
    that of a `<script src>` whose text `external` gives (a script file the crawl archived: /js/footer.js).
    Returns True when some call of an inline script could not be decoded (calls in a pager script do not count:
    they write page numbers; nor do those of a clock script: they write the date). An archived file's undecoded
    calls do not count either: the file was a script of the site's own before it was read. A loop may write the
    elements of an array a script run before it declared (an archived data file, an earlier inline script)."""
    undecoded = False
    earlier: list[str] = []   # the scripts run so far, whose declared arrays a later loop may read
    for s in tree.css("script"):
        src = s.attributes.get("src")
        if src:
            text = external(src) if external is not None else None
            if text:
                written, _, contents = _file_effects(text)
                _insert_written(s, written)
                for element_id, html in contents:
                    _fill(tree, element_id, html)
                earlier.append(text)
            continue
        body = s.text() or ""
        for element_id, html in (*built_lists(body), *set_contents(body)):
            _fill(tree, element_id, html)
        if "document" not in body or not _WRITE.search(body):
            earlier.append(body)
            continue
        declared = {k: v for t in earlier for k, v in _declared_arrays(t)} if _FOR_EACH.search(body) else None
        html, complete = written_html(body, declared)
        earlier.append(body)
        undecoded |= (not complete and _PAGER_SCRIPT.search(body) is None and not clock_script(body)
                      and not counter_script(body))
        _insert_written(s, html)
    return undecoded


@lru_cache(maxsize=256)
def _declared_arrays(text: str) -> tuple[tuple[str, list[Any]], ...]:
    """The arrays a script declares as literals (`_arrays`), read once per script text (read only)."""
    return tuple(_arrays(text).items()) if _ARRAY.search(text) else ()


@lru_cache(maxsize=256)
def read_whole(text: str) -> bool:
    """An archived script file whose every write into the page was read: it writes something, each of its
    document.write calls decoded, and it writes in no other way than the element contents `set_contents` reads (no
    data call, no `.load(…)` of an include, no append of what it computes). What a browser shows of it is then what
    the page reader printed — a footer it writes lacks what it lacks."""
    written, complete, contents = _file_effects(text)
    if not complete or _AJAX.search(text) or len(_DOM_WRITE.findall(text)) > len(contents):
        return False
    return bool(written.strip() or contents)


@lru_cache(maxsize=256)
def _file_effects(text: str) -> tuple[str, bool, tuple[tuple[str, str], ...]]:
    """What an archived script file does to every page including it, read once per file: the HTML its literal
    document.write calls write where its tag stands (and whether every call was decoded), and the contents it sets
    into elements by id."""
    written, complete = written_html(text) if _WRITE.search(text) else ("", True)
    return written, complete, tuple(set_contents(text))


def _by_id(tree: LexborHTMLParser, element_id: str) -> LexborNode | None:
    return next((n for n in tree.css("[id]") if n.attributes.get("id") == element_id), None)


def _insert_written(script: LexborNode, html: str) -> None:
    if html.strip():
        fragment = LexborHTMLParser(f"<div data-written=\"1\">{html}</div>").body
        node = fragment.child if fragment is not None else None
        if node is not None:
            script.insert_before(node)


def _fill(tree: LexborHTMLParser, element_id: str, html: str) -> None:
    """Put what a script sets as an element's innerHTML into that element (when it stands empty in the page)."""
    target = _by_id(tree, element_id)
    body = LexborHTMLParser(f"<{target.tag}>{html}</{target.tag}>").css_first(target.tag) if target is not None else None
    if target is None or body is None or (target.text(deep=True, strip=True) or "") or next(target.iter(), None):
        return
    for child in list(body.iter(include_text=True)):
        target.insert_child(child)


# Slots the official badge scripts fill (the conac badge, the 找错 entry), named by id, class or data-* setting.
_BADGE_SLOTS = (("我为政府网站找错", re.compile(r"jiucuo|zhaocuo", re.I)),
                ("党政机关网站标识", CONAC_NAME))


def badge_slots(tree: LexborHTMLParser) -> tuple[str, ...]:
    """Badges whose slot the page holds empty (`<div class="dzjg jiucuo" data-setting="{sitecode:…}"></div>`):
    a script fills it, so what it shows is unknown from the HTML."""
    found: list[str] = []
    for node in tree.css("div, span, p, li, td"):
        attrs = " ".join(f"{k}={v}" for k, v in node.attributes.items() if v and (k in ("id", "class") or
                                                                                   k.startswith("data-")))
        # the badge's name first: a cheap test on a few attributes, the empty-slot walk only for a badge's slot
        el = next((el for el, rx in _BADGE_SLOTS if rx.search(attrs)), None) if attrs else None
        if el is not None and el not in found and empty_slot(node):
            found.append(el)
    return tuple(found)


def _basename(src: str) -> str:
    path = src.split("?", 1)[0].rstrip("/")
    return path.rsplit("/", 1)[-1]


# Hosts of the official badge and visit-counter scripts (dcs.conac.cn/js/…/CA….js, zfwzgl.www.gov.cn, hm.baidu.com).
_BADGE_HOST = re.compile(r"(?:^|\.)(?:conac\.cn|zfwzgl\.www\.gov\.cn|cnzz\.com|hm\.baidu\.com)(?::\d+)?$", re.I)


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


# One dated record written in a script's data, quoted keys or not (`{title:"…解读",date:"2026-06-12",url:"/…"}`, an
# app state's literal that is no JSON — Nuxt's `window.__NUXT__=(function(a,b){return {…}})(…)` — included).
_RECORD = re.compile(r"""\{[^{}]{0,300}?\b\w*(?:date|time|riqi|rq)\w*["']?\s*:\s*["']\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"""
                     r"""[^{}]{0,300}?\}""", re.I)
RECORDS_MIN = 2


def holds_records(script: str) -> bool:
    """The script's data holds two or more dated records with a Chinese title: rows of a list an app draws."""
    return sum(1 for m in _RECORD.finditer(script) if _CJK.search(m.group(0))) >= RECORDS_MIN


def nav_named(label: str) -> bool:
    """An element's id/class names a menu (nav, menu, daohang …)."""
    return _NAV_CONTAINER.search(label) is not None


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
    return bool(targets) and all(_PART_TARGET.search(t) and not _LIST_CONTAINER.search(t) for t in targets)


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
        node = _by_id(tree, target.lstrip("#"))
        if node is None or _LIST_CONTAINER.search(target) or _LIST_CONTAINER.search(element_label(node)):
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


def script_signs(
    tree: LexborHTMLParser, script_srcs: list[str], inline_scripts: list[str], undecoded_write: bool,
    has_footer: bool, links: int, printed_pager: bool = False, footer_srcs: tuple[str, ...] = (),
    read_files: frozenset[str] = frozenset(),
) -> frozenset[str]:
    """Which parts of the page ("footer", "nav", "list"; "hidden-list": an empty list in a hidden tab or panel) a
    script may write that the static HTML lacks;
    "scripted" when the page runs scripts of its own (not a known library) that could write anything;
    "menu-scripts" (with "scripted") when those are only script files named for the menu or the footer (menu.js,
    nav.js, footer.js) and no inline script writes into the page: where the page prints its menu and footer, they
    run the menu's effects and write the footer, not the page's body (`entry_targets._nothing_but_text`);
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
    `read_files`: the sources of script files the crawl archived and the page reader read whole (`read_whole`): a
    footer slot beside such a footer script hides nothing — what the script writes is already in the page read."""
    signs: set[str] = set()
    own = [_basename(s) for s in script_srcs if not s.startswith("#") and not _library(s)]
    writers = [t for t in inline_scripts if _DOM_WRITE.search(t) or _AJAX.search(t)]
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
    if not has_footer and scripted:
        signs.add("footer")
    if links < MENU_LINKS and (scripted or any(_NAV_SCRIPT.search(b) for b in own)):
        signs.add("nav")
    # (a call whose answer only fills a reading — a real-time AQI box — draws no list: `writes_readings`)
    if any((_AJAX.search(t) or jsonp_call(t)) and not fills_parts_only(t) and not writes_readings(tree, t)
           for t in inline_scripts) or any(
            not s.startswith("#") and not _library(s) and jsonp_call(s) for s in script_srcs):
        signs.update(("list", "list-call"))   # (a call fetching data: the list is a script's, whatever its markup)
    if any(holds_records(t) for t in inline_scripts):
        signs.add("list-data")   # (records an app draws from its state: `window.__NUXT__`, a JSON island)
    if list_writing and not printed_pager:
        for table in tree.css("table"):
            if header_only_table(table) and not server_pager_beside(table) and table.css_first(f"[{DRAWN}]") is None:
                signs.add("list")   # a script of the site's may write the table's rows
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
        elif node.tag == "nav" or _NAV_CONTAINER.search(label):
            if links < MENU_LINKS:
                signs.add("nav")
        elif (node.tag in ("ul", "ol", "tbody") or _LIST_CONTAINER.search(label)) and list_writing \
                and not (printed_pager and WRITES_HERE not in node.attributes) and not server_pager_beside(node):
            # (a list holding the script that writes its rows, `<ul><script>for (…) document.write('<li>' + a[i][0]
            # …)</script></ul>`, is that script's whatever pager the server printed beside it)
            signs.add("hidden-list" if hidden(node) else "list")
    read = {_basename(s) for s in read_files}
    if has_footer and (any(_PART_SCRIPT.search(b) and b not in read for b in own) and footer_slot(tree)
                       or any(_fills_footer_slot(tree, t) for t in writers)):
        signs.update(("footer", "footer-slot"))   # the footer shows, but holds a slot the site's footer script fills
    return frozenset(signs)


def _fills_footer_slot(tree: LexborHTMLParser, script: str) -> bool:
    """An inline script writing into the page names, by its id, an empty element named for the footer and writes it
    from data the page holds — the slot's own `data-*` attributes (`<div id="footer-record" data-footer='{"icp":
    …}'></div>` filled by `getElementById("footer-record").innerHTML = …`) or a JSON value the script declares or
    reads from an island —, fetching nothing: it writes footer lines (record numbers, badges) the static page does
    not show. (A slot a script fills from a request is a visit counter's as often: `<div id="pv">` and `$.ajax`.)"""
    if _FETCH.search(script) or jsonp_call(script):
        return False
    slots = [n for n in named_nodes(tree, script) if footer_named(n) and empty_slot(n)]
    return any(any(k.startswith("data-") and v for k, v in n.attributes.items()) for n in slots) or bool(
        slots and script_data(script, json_islands(tree)))



def footer_slot(tree: LexborHTMLParser) -> bool:
    """The page holds an empty element named for the footer (`<div id="footer_bq"></div>`, `<p class="copyright">
    </p>`, an empty `<footer>`): a slot a script writes footer lines into."""
    return any(footer_named(node) and empty_slot(node)
               for node in tree.css("footer, div, p, span, section, td, ul"))


HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def hidden_here(node: LexborNode) -> bool:
    """The element itself is hidden in the static page (`style="display:none"`, `visibility:hidden`, `hidden`)."""
    attrs = node.attributes
    return "hidden" in attrs or HIDDEN_STYLE.search(attrs.get("style") or "") is not None


def hidden(node: LexborNode) -> bool:
    """The node or a block around it is hidden in the static page (`hidden_here`): a tab or panel a visitor does
    not see until a script shows it."""
    while node is not None and node.tag not in ("body", "html"):
        if hidden_here(node):
            return True
        node = node.parent
    return False


def shows_loading(tree: LexborHTMLParser) -> bool:
    """The page shows a 正在加载… / loading line (not hidden): a list whose data has not arrived, whatever it holds."""
    body = tree.body
    return body is not None and any(
        n.tag == "-text" and LOADING.match(n.text() or "") and (n.parent is None or not hidden(n.parent))
        for n in body.traverse(include_text=True))


# A pager the server printed (第一页 … 最后一页, 共3页): the list beside it was printed by the server too.
_STATIC_PAGER = re.compile(r"第一页|最后一页|尾\s*页|末\s*页|上一页|下一页|共\s*\d+\s*[页条]|第?\s*\d+\s*/\s*\d+\s*页")
_PAGER_BLOCK_MAX = 200
_STATEMENT_MAX = 30   # an empty-list statement: 暂无信息, 该栏目下没有记录 — a line, not a paragraph


def _shown_statement(text_node: LexborNode) -> bool:
    """A short line saying the list is empty (暂无信息) that the static page shows (not in a hidden block)."""
    line = (text_node.text() or "").strip()
    return len(line) <= _STATEMENT_MAX and EMPTY_LIST.search(line) is not None and (
        text_node.parent is None or not hidden(text_node.parent))


def server_pager_beside(node: LexborNode) -> bool:
    """An empty list whose block (its parent, or the block around an empty table) also holds, in the static HTML, a
    pager or a visible statement that the list is empty (`<ul class="list"></ul><div class="nodata">暂无信息</div>`):
    the server printed the list empty (a script filling a list writes its pager too, and hides its 暂无 line until
    it finds nothing)."""
    parent = node.parent
    for _ in range(2):   # the list's block, or the block around an empty table
        if parent is None:
            return False
        text = parent.text(deep=True, separator=" ", strip=True) or ""
        if len(text) > _PAGER_BLOCK_MAX:
            return False
        if _STATIC_PAGER.search(text) or EMPTY_LIST.search(text) and any(
                _shown_statement(t) for t in parent.traverse(include_text=True) if t.tag == "-text"):
            return True
        parent = parent.parent
    return False


_HEADING_MAX = 20   # a list block's own text besides its list: a heading such as 政策解读


def in_list_block(node: LexborNode) -> bool:
    """A ul/ol/tbody inside a list-named block that shows nothing else but a heading
    (`<div class="NewsList"><h1>政策解读</h1><ul></ul></div>`): the block's list, whatever the list is called."""
    parent = node.parent
    if node.tag not in ("ul", "ol", "tbody") or parent is None or not _LIST_CONTAINER.search(element_label(parent)):
        return False
    if parent.css_first("a, img, input, iframe") is not None:
        return False
    return len(parent.text(deep=True, strip=True) or "") <= _HEADING_MAX


def header_only_table(table: LexborNode) -> bool:
    """A table whose every cell is a header cell, two or more (`<tr><th>标题</th><th>发布日期</th></tr>` and nothing
    else): a list's table with no row in it (a single header cell is a title bar: `<th>货物</th>` over another table).
    Old templates write the header row in plain cells (`<tr><td>标题</td><td>日期</td></tr>`): a one-row table of
    short labels, one of them naming the date column, with no other table of links beside it (the rows' own table
    under a header table of their own)."""
    if table.css_first("a, img, input") is not None or len(table.css("table")) != 1 or hidden(table):
        return False   # (css() counts the table itself)
    if len(table.css("th")) >= 2 and table.css_first("td") is None:
        return True
    return _label_row_table(table)


_DATE_COLUMN = re.compile(r"日期|时间")
_LABEL_MAX = 6   # a column label: 标题, 发布日期, 文号 …


def _label_row_table(table: LexborNode) -> bool:
    rows = table.css("tr")
    if len(rows) != 1:
        return False
    labels = [c.text(deep=True, strip=True) for c in rows[0].css("td, th")]
    if len(labels) < 2 or not all(0 < len(t) <= _LABEL_MAX and not any(ch.isdigit() for ch in t) for t in labels):
        return False
    if not any(_DATE_COLUMN.search(t) for t in labels):
        return False
    parent = table.parent
    return parent is None or parent.css_first("table a[href]") is None


_SAID_EMPTY_MAX = 12   # a cell saying its list is empty: 暂无信息, 暂无公开信件, 没有相关记录
_EMPTY_WORD = re.compile(r"暂无[\u4e00-\u9fff]{1,4}")


def said_empty_table(table: LexborNode) -> bool:
    """A list table holding nothing but a line that it is empty: header cells (信件主题 | 来信时间 | 办理状态) or a
    list-named table (`table.list`) over one row of a single cell saying so (暂无公开信件, 暂无信息) — the list the
    server printed without a row, as `header_only_table`, with its empty sign in the row's place."""
    if table.css_first("a, img, input") is not None or len(table.css("table")) != 1 or hidden(table):
        return False
    rows = [r for r in table.css("tr") if r.css_first("td") is not None]
    if len(rows) != 1 or len(rows[0].css("td")) != 1:
        return False
    said = rows[0].text(deep=True, strip=True) or ""
    if len(said) > _SAID_EMPTY_MAX or not (EMPTY_LIST.search(said) or _EMPTY_WORD.fullmatch(said)):
        return False
    return len(table.css("th")) >= 2 or _LIST_CONTAINER.search(element_label(table)) is not None


_PAGER_NAME = re.compile(r"pager|pagination|fenye|pagebar|page[_-]?(?:nav|num|box)", re.I)


def empty_list_container(tree: LexborHTMLParser) -> bool:
    """A list container (a list-named ul/ol/tbody/div/table, any ul/ol/tbody beside a pager the server printed,
    or the list of a list-named block holding only a heading) with no entry at all; or a table of header cells
    only (序号 | 标题 | 发布日期 over no row: a list table the server printed without a row), or one whose only row
    says it is empty (`said_empty_table`)."""
    if any(header_only_table(t) or said_empty_table(t) for t in tree.css("table")):
        return True
    for node in tree.css("ul, ol, tbody, div, table"):
        label = element_label(node)
        named = _LIST_CONTAINER.search(label) is not None
        if node.tag in ("div", "table") and (not named or _PAGER_NAME.search(label)):
            continue   # (a pager's block named for its list, `<div id="pagerTzgg">`, is the pager: no list)
        if node.css_first("a, li, td, p, img") or (node.text(deep=True, strip=True) or "").strip():
            continue
        if _holds_controls(node):
            continue   # a search box or a filter (div.xxgk-search: a form's input and button), no list
        if named or DRAWN in node.attributes or server_pager_beside(node) or in_list_block(node):
            return True   # (a list drawn from a script's data counting no record: shown empty)
    return False


def _holds_controls(node: LexborNode) -> bool:
    """The block holds a control a visitor uses (a text box, a choice, a button; a hidden field is none)."""
    return node.css_first("select, textarea, button") is not None or any(
        (i.attributes.get("type") or "text").strip().lower() != "hidden" for i in node.css("input"))


# --- lists a script draws from data (an inline JSON literal, a JSON island, a JSON file the crawl archived) ------

# Where a script takes a list's data from: an address it fetches, a JSON island it reads, a literal it declares.
_DATA_URL = re.compile(
    r"""(?:\$|jQuery)\s*\.\s*(?:getJSON|get|ajax)\s*\(\s*(?:\{[^{}]*?\burl\s*:\s*)?(?P<q1>['"])(?P<u1>[^'"\s]+)(?P=q1)"""
    r"""|\bfetch\s*\(\s*(?P<q2>['"])(?P<u2>[^'"\s]+)(?P=q2)"""
    r"""|\.open\s*\(\s*(?P<qm>['"])GET(?P=qm)\s*,\s*(?P<q3>['"])(?P<u3>[^'"\s]+)(?P=q3)"""
    r"""|axios\s*\.\s*get\s*\(\s*(?P<q4>['"])(?P<u4>[^'"\s]+)(?P=q4)""", re.I)
_DATA_LITERAL = re.compile(r"(?:(?:var|let|const)\s+)?[A-Za-z_$][\w$.]*\s*=\s*(?=[\[{])")
# The elements a script names: getElementById("list"), $("#list"), querySelector("#wjTable tbody")
_NAMED_ID = re.compile(r"""getElementById\s*\(\s*(['"])([\w-]+)\1|(?:\$|jQuery|querySelector(?:All)?)\s*\(\s*(['"])#([\w-]+)""")
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
    (`"zt": "办理中"`, `"status": "已回复"`: the row prints it, "" when none) — or None when it has no title or date."""
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


def data_rows(value: Any) -> list[list[tuple[str, str, tuple[str, ...], str]]]:
    """The lists of records a data value holds (`{"total": 6, "list": [{"title": …, "url": …, "date": …}]}`), in
    order: arrays of objects most of which carry a title and a date; an empty array under a list-named key of an
    object that counts no record (`{"total": 0, "list": []}`) is a list with no record."""
    found: list[list[tuple[str, str, tuple[str, ...], str]]] = []

    def walk(v: Any) -> None:
        if isinstance(v, dict):
            total = next((n for k, n in v.items() if str(k).lower() in ("total", "count", "totalcount", "records_total")
                          and isinstance(n, int)), None)
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


def _literals(script: str) -> list[Any]:
    """The JSON values the script assigns (`var pageData = {…}`, `rows = […]`)."""
    values: list[Any] = []
    for m in _DATA_LITERAL.finditer(script):
        opening = script[m.end()]
        end = _block_end(script, m.end() + 1, opening, "]" if opening == "[" else "}")
        if end is None:
            continue
        try:
            values.append(json.loads(script[m.end():end]))
        except ValueError:
            continue
    return values


def _target(tree: LexborHTMLParser, element_id: str) -> LexborNode | None:
    """The empty list container the element of that id is or holds (a named block's empty ul/ol/tbody; never a
    pager, a total or a loading line), or None."""
    node = _by_id(tree, element_id)
    if node is None or _PAGER_LABEL.search(element_label(node)):
        return None
    if node.tag not in ("ul", "ol", "tbody", "dl"):
        inner = node.css_first("tbody, ul, ol") if node.tag in ("table", "div", "section") else None
        if inner is None and not (node.tag in ("div", "section") and _LIST_CONTAINER.search(element_label(node))):
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


def _targets(tree: LexborHTMLParser, script: str) -> list[LexborNode]:
    """The empty list containers a script names, in the order it names them (`_target`)."""
    out: list[LexborNode] = []
    for m in _NAMED_ID.finditer(script):
        node = _target(tree, m.group(2) or m.group(4))
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


def writes_dom(text: str) -> bool:
    """The text holds a script call writing into the page (innerHTML, .html(…), appendChild …)."""
    return any(call.search(text) is not None for call in _DOM_WRITE_EACH)


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


def json_islands(tree: LexborHTMLParser) -> dict[str, Any]:
    """The page's JSON islands by id (`<script id="nav-config" type="application/json">[…]</script>`), parsed."""
    islands: dict[str, Any] = {}
    for node in tree.css("script[type]"):
        if "json" in (node.attributes.get("type") or "").lower() and node.attributes.get("id"):
            try:
                islands[node.attributes["id"] or ""] = json.loads(node.text() or "")
            except ValueError:
                continue
    return islands


def named_nodes(tree: LexborHTMLParser, script: str) -> list[LexborNode]:
    """The page's elements a script names by id (getElementById("nav"), $("#nav"), querySelector("#nav")), in order."""
    found = (_by_id(tree, m.group(2) or m.group(4)) for m in _NAMED_ID.finditer(script))
    return [n for n in found if n is not None]


# A script writing the visitor's clock into an element: it reads `new Date()` and sets an element's text.
_CLOCK_WRITE = re.compile(r"\.innerHTML\s*=|\.innerText\s*=|\.textContent\s*=|\.html\s*\(|\.text\s*\(")
CLOCK_MAX_CHARS = 40   # a date and a weekday (2026年12月6日 星期日)


def drop_clocks(tree: LexborHTMLParser, inline_scripts: list[str]) -> None:
    """Remove the elements an inline script fills with the visitor's clock (`var d = new Date();
    getElementById("today").innerHTML = d.getFullYear() + "年" …`), as a browser shows them filled: the date they show
    is the day the page was viewed, no date of a row beside them (a top bar's link to the portal). Only a short
    element holding no link, named by its id in a script that fetches nothing (a list's script may read the time
    for a request of its own)."""
    for script in inline_scripts:
        if "new Date" not in script or not _CLOCK_WRITE.search(script) or _FETCH.search(script):
            continue
        for node in named_nodes(tree, script):
            text = node.text(deep=True, strip=True)
            if text and len(text) <= CLOCK_MAX_CHARS and node.css_first("a, ul, ol, table, li") is None:
                node.decompose()


def dom_writing_scripts(tree: LexborHTMLParser) -> Iterator[str]:
    """The text of each inline script of the page (no JSON island) that writes into the page."""
    for node in tree.css("script"):
        if node.attributes.get("src") or "json" in (node.attributes.get("type") or "").lower():
            continue
        script = node.text() or ""
        if _DOM_WRITE.search(script):
            yield script


def script_data(script: str, islands: dict[str, Any]) -> list[Any]:
    """The data an inline script declares (JSON literals) or reads from a JSON island it names."""
    return _literals(script) + [v for k, v in islands.items() if k in script]


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
    for script in dom_writing_scripts(tree):
        values = script_data(script, islands)
        if data_text is not None:
            for m in _DATA_URL.finditer(script):
                text = data_text(m.group("u1") or m.group("u2") or m.group("u3") or m.group("u4"))
                value = _json_value(text) if text else _NOT_JSON
                if value is not _NOT_JSON:
                    values.append(value)
        lists = [rows for v in values for rows in data_rows(v)]
        if not lists:
            continue
        size = page_size(script)
        if size:
            lists = [rows[:size] for rows in lists]   # the first page is what the visitor sees
        targets = _targets(tree, script)
        if not targets and len(lists) == 1 and any(k in script for k in islands):
            targets = _app_root(tree, script)
        if len(targets) != len(lists):
            continue
        for target, rows in zip(targets, lists, strict=True):
            _draw(target, rows)
        drawn.append(script)
    drawn += draw_declared(tree)
    if data_text is not None:
        drawn += _draw_helper_calls(tree, data_text)
    return drawn


DRAWN = "data-govweb-drawn"   # set on a list container the page reader drew from data: it shows what the data holds


def _draw(target: LexborNode, rows: list[tuple[str, str, tuple[str, ...], str]]) -> None:
    """Put a list's records into its empty container, as the site's script shows them (none: it stays empty)."""
    target.attrs[DRAWN] = "1"
    if rows:
        shell = "table" if target.tag in ("tbody", "table") else "div"
        parsed = LexborHTMLParser(f"<{shell}>{_rows_html(target.tag, rows)}</{shell}>").css_first(shell)
        holder = parsed.css_first("tbody") if parsed is not None and shell == "table" else parsed
        for child in list(holder.iter(include_text=True)) if holder is not None else ():
            target.insert_child(child)


_ELEMENT_ID = re.compile(r"[A-Za-z][\w-]{2,}")
_QUOTED_ID = re.compile(r"""(["'])([A-Za-z][\w-]{2,})\1""")


def _inline_scripts(tree: LexborHTMLParser) -> Iterator[str]:
    for node in tree.css("script"):
        if not node.attributes.get("src") and "json" not in (node.attributes.get("type") or "").lower():
            yield node.text() or ""


def draw_declared(tree: LexborHTMLParser) -> list[str]:
    """Lists a script only declares for the site's renderer, the data naming by id the empty container its rows go
    into (`window.__LIST__ = {"el": "zcjdList", "total": 0, "records": []}` beside `<ul id="zcjdList"></ul>`): the
    renderer (a script file of the site's) draws them there, so the visitor sees those rows — or, the data counting
    no record, that list empty. Only a script that writes nothing and fetches nothing itself, whose every declared
    value naming a container holds one list. Returns the scripts drawn."""
    drawn: list[str] = []
    ids: set[str] | None = None
    for script in _inline_scripts(tree):
        if "{" not in script:
            continue
        quoted = {m.group(2) for m in _QUOTED_ID.finditer(script)}
        if not quoted:
            continue
        if ids is None:
            ids = {i for n in tree.css("ul[id], ol[id], tbody[id], dl[id], table[id], div[id], section[id]")
                   if (i := n.attributes.get("id"))}
        if quoted.isdisjoint(ids) or _DOM_WRITE.search(script) or _FETCH.search(script) or jsonp_call(script):
            continue
        placed: list[tuple[LexborNode, list[tuple[str, str, tuple[str, ...], str]]]] = []
        for value in _literals(script):
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
            end = _block_end(script, m.end(), "{", "}")
            body = script[m.end():end] if end is not None else ""
            if not _DOM_WRITE.search(body):
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
            got = _string(src, i)
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
    inline = list(_inline_scripts(tree))
    helpers = _list_helpers([t for t in inline if _BY_VARIABLE.search(t) and _DOM_WRITE.search(t)])
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
            end = _block_end(rest, m.end(), "{", "}") if m else None
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
    return not (_FETCH.search(script) or _DOM_WRITE.search(script) or jsonp_call(script))


_ROW_LINK_MIN = 2


def written_ids(inline_scripts: list[str]) -> frozenset[str]:
    """The ids of the elements the page's own inline scripts name, in a script that writes into the page
    (`document.getElementById("czList").innerHTML = html`, `$("#list").append(…)`): what such an element shows
    is the script's, not the server's."""
    return frozenset(m.group(2) or m.group(4) for t in inline_scripts if _DOM_WRITE.search(t)
                     for m in _NAMED_ID.finditer(t))


def list_labels(tree: LexborHTMLParser, written: frozenset[str] = frozenset()) -> tuple[frozenset[str], frozenset[str]]:
    """(blank, filled): the labels (`ul.doc-list`, `table.wj-table`) of the page's class-named list containers that
    stand empty (a table: header cells only; never a menu's: `ul.submenu`) and of those holding dated rows with
    links (two or more). A container the page's own inline script writes into (its id in `written`) is never
    blank: it is the script's list, not one the server printed empty (`list_state.server_list`)."""
    blank: set[str] = set()
    filled: set[str] = set()
    for node in tree.css("ul[class], ol[class], tbody[class], dl[class], table[class]"):
        label = _label(node)
        if _NAV_CONTAINER.search(label) or node.attributes.get("id") in written or DRAWN in node.attributes:
            continue   # (a list the page reader drew from a script's data: the server printed neither rows nor none)
        rows = node.css("tr" if node.tag in ("table", "tbody") else "li, dd, dt")
        if _dated_rows(rows):
            filled.add(label)
        elif header_only_table(node) if node.tag == "table" else empty_slot(node):
            block = _empty_block(node, written)
            blank.add(label if block is None else f"{label}|{block}")
    for node in tree.css("div[class]"):
        # a list-named block the rows stand in (`<div class="list"><li>…</li></div>`): the server prints its list
        # there, whatever markup it gives the rows
        label = _label(node)
        if _LIST_CONTAINER.search(label) and not _NAV_CONTAINER.search(label) and _dated_rows(node.css("li, dd, dt, tr")):
            filled.add(label)
    return frozenset(blank), frozenset(filled)


_NUMBER = re.compile(r"\d+")
WRITES_HERE = "data-govweb-written"   # set by the page reader on a list that held a script writing into it


def _label(node: LexborNode) -> str:
    """`tag.classes`, numbers read as one (`ul.doc_list list-#`): a CMS naming each column's list by the column's id
    (`list-7121021` beside `list-7121001`) prints one list markup on every list page."""
    return _NUMBER.sub("#", f"{node.tag}.{' '.join((node.attributes.get('class') or '').split())}")


def _dated_rows(rows: list[LexborNode]) -> bool:
    """Two rows or more, each with a link and a date (counted up to the second)."""
    found = 0
    for r in rows:
        if r.css_first("a[href]") is not None and find_date(r.text(deep=True, separator=" ") or "") is not None:
            found += 1
            if found >= _ROW_LINK_MIN:
                return True
    return False


def _empty_block(node: LexborNode, written: frozenset[str]) -> str | None:
    """The label of the list-named block (`div.list`, up to two levels up) an empty list container stands alone
    in — the block shows no text, link or picture besides it —, or None: the server may print its list into that
    block on other pages under other markup (`<div class="list"><div class="pg"><li>…`), here an empty `<ul>`."""
    p = node.parent
    for _ in range(2):
        if p is None or p.tag != "div" or p.attributes.get("id") in written:
            return None
        if (p.text(deep=True, strip=True) or "").strip() or p.css_first("a, img, td, input"):
            return None
        label = _label(p)
        if p.attributes.get("class") and _LIST_CONTAINER.search(label) and not _NAV_CONTAINER.search(label):
            return label
        p = p.parent
    return None

