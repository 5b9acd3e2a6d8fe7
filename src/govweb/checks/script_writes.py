"""What a page's scripts write in literal HTML, read into the page as if rendered.

* `written_html` decodes `document.write(…)` calls whose arguments are string literals (joined with `+`, wrapped in
  `unescape(…)` / `decodeURIComponent(…)`): footers and badges written that way are read as if rendered, and so are
  list rows a `for` loop writes from an array literal the script declares (`rows[i].title`, `rows[i][0]`) — or one a
  script run before it declared —, or appends to a string it sets as an element's `innerHTML` (`built_lists`).
  In a branch-free script a bare variable reads the literal string straight-line code gave it (`_built_string`);
  a call with any other argument (a variable set otherwise, a function call) is reported as not decoded.
* `set_contents`: literal HTML a branch-free script sets as an element's content.
* `apply_document_writes` puts all of that into the tree (in a rendered page, what the DOM does not show already),
  for inline scripts and archived script files
  (`read_whole`: a file whose every write was read; `unread_writes`: one with a write not read); writes of a pager,
  a clock or a visit counter (`clock_script`, `counter_script`) are not counted as undecoded. `drop_clocks` removes an element a script fills
  with the visitor's clock.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any
from urllib.parse import unquote

from selectolax.lexbor import LexborHTMLParser, LexborNode

from govweb.checks import dates
from govweb.checks.script_source import (
    AJAX,
    DOM_WRITE,
    block_end,
    by_id,
    declared_arrays,
    declared_arrays_once,
    jsonp_call,
    named_nodes,
    string_literal,
)

_WRITE = re.compile(r"document\s*\.\s*write(?:ln)?\s*\(")
_UNESCAPE = re.compile(r"(unescape|decodeURIComponent|decodeURI)\s*\(")
_JS_ESCAPE = re.compile(r"%u([0-9a-fA-F]{4})|%([0-9a-fA-F]{2})")


def _expression(src: str, i: int, close: str = ")", row: _Row | None = None,
                upto: int | None = None) -> tuple[str, int] | None:
    """String literals joined by `+` (optionally unescaped) up to `close`: (value, index after close). With a `row`
    (a loop over an inline array), `rows[i].title` / `rows[i]["title"]` read that element's field. With `upto` (a
    branch-free script), a bare variable reads the string it was given before that index (`_built_string`)."""
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
            got = string_literal(src, i)
            if got is None:
                return None
            parts.append(got[0])
            i = got[1]
            continue
        m = _UNESCAPE.match(src, i)
        if m:
            inner = _expression(src, m.end(), row=row, upto=upto)
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
        v = _VARIABLE.match(src, i) if upto is not None else None
        value = _built_string(src, v.group(1), upto) if v is not None and upto is not None else None
        if v is not None and value is not None:
            parts.append(value)
            i = v.end(1)
            continue
        return None   # a call, or a variable given no literal string: not decodable here
    return None


# A loop writing one row per element of an array literal the script declares (rows = [{"title": …}, …]).
_Row = tuple[str, str, Any]   # (array name, index variable, the element: an object or an array)


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


def _array_loop_bodies(script: str, declared: dict[str, list[Any]] | None = None,
                       ) -> Iterator[tuple[re.Match[str], list[Any], int]]:
    """(the loop, the array, the index after its body) of each `for (i = 0; i < rows.length; i++) { … }` over an
    array the script declares as a literal (JSON objects or arrays), or one a script run before it declared
    (`declared`: a data file `/js/data/list.js` holding `var rows = [[…], …]` before the page's loop)."""
    arrays = {**(declared or {}), **declared_arrays(script)}
    for m in _FOR_EACH.finditer(script):
        rows, end = arrays.get(m.group(2)), block_end(script, m.end(), "{", "}")
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
# A bare variable inside an expression (`'网站标识码：' + sitecode + '…'`): no property, call or index follows it.
_VARIABLE = re.compile(r"([A-Za-z_$][\w$]*)(?!\s*[.(\[\w$])")


def _masked(script: str) -> str:
    """The script with its string literals' contents blanked (same length): a name inside a string is no variable."""
    return _STRING_LITERAL.sub(lambda m: m.group(0)[0] + " " * (len(m.group(0)) - 2) + m.group(0)[-1], script)


def _straight(script: str) -> bool:
    """The script holds no branch or loop (`if`, `for`, `?:`): each statement runs once, in order."""
    return _BRANCH.search(_STRING_LITERAL.sub("''", script)) is None


def _built_string(script: str, name: str, end: int) -> str | None:
    """The value of string variable `name` at index `end`, built in straight-line code from literals
    (`var h = ''; h += '<p>…</p>'; …`): None when any assignment to it is not literal, or a branch or loop
    (which may skip or repeat a part) stands among them (`set_contents` reads branch-free scripts only)."""
    value: str | None = None
    for m in re.finditer(rf"(?<![\w$.])(?:(?:var|let|const)\s+)?{re.escape(name)}\s*(\+?=)(?!=)", _masked(script[:end])):
        got = _expression(script, m.end(), close=";", upto=m.start())
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
    if "innerHTML" not in script and ".html" not in script or not _straight(script):
        return []
    out: list[tuple[str, str]] = []
    for m in _SET_CONTENT.finditer(script):
        element_id, close = (m.group(2), ";") if m.group(2) else (m.group(4), ")")
        got = _expression(script, m.end(), close=close, upto=m.start())
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
    straight = not loops and _straight(script)   # (its variables then hold what straight-line code gave them)
    written: set[int] = set()   # loops whose rows are out
    for m in _WRITE.finditer(script):
        loop = next((lp for lp in loops if lp[0] <= m.start() < lp[1]), None)
        if loop is not None:
            if loop[0] not in written:
                written.add(loop[0])
                out.append(loop[2])
            continue
        got = _expression(script, m.end(), upto=m.start() if straight else None)
        if got is None:
            complete = False
        else:
            out.append(got[0])
    return "".join(out), complete


# A script that builds a pager (页码, 上一页/下一页): what it writes is pagination, never a footer or a menu.
_PAGER_SCRIPT = re.compile(r"上一页|下一页|尾页|末页|createPageHTML|[Pp]ager\b|Pager\(|page_?size|pageCount|totalPages?",
                           re.I)


# A visit counter's loader (CNZZ, 51.la, 百度统计 …): `document.write(unescape("<span id='cnzz_stat_icon_…'></span>
# <script src='" + cnzz_protocol + "s13.cnzz.com/z_stat.php…'>"))` writes the counter's icon, never a footer or a menu.
_COUNTER = re.compile(r"cnzz\.com|51\.la\b|51yes\.com|hm\.baidu\.com|google-analytics\.com|googletagmanager\.com|"
                      r"statcounter\.com", re.I)
_COUNTER_SCRIPT_MAX = 600   # the loader snippet alone, not a script doing other things too


def counter_script(script: str) -> bool:
    """A short inline script whose writes load a visit counter: whatever it writes is not the page's content."""
    return len(script.strip()) <= _COUNTER_SCRIPT_MAX and _COUNTER.search(script) is not None


# The visitor's clock (今天是2026年12月7日 星期一, a header's date written every second), taught here once for every
# use: it reads the date (`new Date()`, `new Date;`, `getDay()` …), fetches nothing (`$.get`, `fetch(…)`,
# `JSON.parse`, a JSONP address: what it writes may then be anything), holds no markup of a link, an image, a list,
# a table, a form or a script anywhere in its text, nor sets an address (a list script reading `new Date()` to date
# its rows builds them in a variable as often as in the call that writes them; a clock's `<font>`, `<span>`, `<b>`
# or `<br>` only dresses the date) and names no footer mark (`"&copy; 1999-" + d.getFullYear()`, 版权所有: a
# footer's year, not a clock).
_DATE_READ = re.compile(r"new\s+Date\b|\bget(?:FullYear|Year|Month|Date|Day|Hours)\s*\(")
_LINK_MARKUP = re.compile(r"<\s*(?:a|img|script|iframe|frame|link|form|input|ul|ol|li|dl|dt|dd|table|tr|td)\b"
                          r"|\b(?:href|src)\s*=(?!=)", re.I)
_FOOTER_WORDS = re.compile(r"版权|copyright|©|&copy;|ICP\s*[备证]|公网安备|标识码|主办|承办|技术支持", re.I)


def clock_script(script: str) -> bool:
    """A script writing the visitor's clock, and nothing else a visitor could read or open: what it writes is the
    date (the clock many government headers show), never a list, a menu or a footer. Its uses say where it writes:
    a `document.write` prints where the script stands (`apply_document_writes`), an element it fills by id is a short
    one holding no link in a rendered page (`drop_clocks`) and one that is no list in a static page
    (`script_signs._clock_only`)."""
    return _DATE_READ.search(script) is not None and _LINK_MARKUP.search(script) is None \
        and _FOOTER_WORDS.search(script) is None and AJAX.search(script) is None and not jsonp_call(script)


def apply_document_writes(tree: LexborHTMLParser, external: Callable[[str], str | None] | None = None,
                          rendered: bool = False) -> bool:
    """Replace every inline script's literal document.write output into the tree where the script stands — and
    that of a `<script src>` whose text `external` gives (a script file the crawl archived: /js/footer.js).
    Returns True when some call of an inline script could not be decoded (calls in a pager script do not count:
    they write page numbers; nor do those of a clock script: they write the date). An archived file's undecoded
    calls do not count either: the file was a script of the site's own before it was read. A loop may write the
    elements of an array a script run before it declared (an archived data file, an earlier inline script).
    In a `rendered` page (the browser lane's DOM) the browser ran the writes already: what a script wrote is put in
    only where the DOM after the script does not show it (`_shown_after`: a render that missed the script)."""
    undecoded = False
    earlier: list[str] = []   # the scripts run so far, whose declared arrays a later loop may read
    for s in tree.css("script"):
        src = s.attributes.get("src")
        if src:
            text = external(src) if external is not None else None
            if text:
                written, _, contents = _file_effects(text)
                _insert_written(s, written, rendered)
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
        declared = {k: v for t in earlier for k, v in declared_arrays_once(t)} if _FOR_EACH.search(body) else None
        html, complete = written_html(body, declared)
        earlier.append(body)
        undecoded |= (not complete and _PAGER_SCRIPT.search(body) is None and not clock_script(body)
                      and not counter_script(body))
        _insert_written(s, html, rendered)
    return undecoded


@lru_cache(maxsize=256)
def read_whole(text: str) -> bool:
    """An archived script file whose every write into the page was read: it writes something, each of its
    document.write calls decoded, and it writes in no other way than the element contents `set_contents` reads (no
    data call, no `.load(…)` of an include, no append of what it computes). What a browser shows of it is then what
    the page reader printed — a footer it writes lacks what it lacks."""
    written, complete, contents = _file_effects(text)
    if not complete or AJAX.search(text) or len(DOM_WRITE.findall(text)) > len(contents):
        return False
    return bool(written.strip() or contents)


def unread_writes(text: str) -> bool:
    """An archived script file with a `document.write` call not decoded (a variable set at view time, a call), not
    a pager's, a clock's or a visit counter's: what it prints where its tag stands is unknown."""
    return not _file_effects(text)[1] and _PAGER_SCRIPT.search(text) is None and not clock_script(text) \
        and not counter_script(text)


@lru_cache(maxsize=256)
def _file_effects(text: str) -> tuple[str, bool, tuple[tuple[str, str], ...]]:
    """What an archived script file does to every page including it, read once per file: the HTML its literal
    document.write calls write where its tag stands (and whether every call was decoded), and the contents it sets
    into elements by id."""
    written, complete = written_html(text) if _WRITE.search(text) else ("", True)
    return written, complete, tuple(set_contents(text))


def _insert_written(script: LexborNode, html: str, rendered: bool = False) -> None:
    """Put what `script` writes before it (in a `rendered` page, only what the DOM does not show already)."""
    if html.strip():
        fragment = LexborHTMLParser(f"<div data-written=\"1\">{html}</div>").body
        node = fragment.child if fragment is not None else None
        if node is not None and not (rendered and _shown_after(script, node)):
            script.insert_before(node)


_SPACE = re.compile(r"\s+")
_NOT_SHOWN = frozenset({"script", "style", "noscript", "template"})
_NAMED_BY = ("src", "href", "id")   # the attributes a written element is known by (an image, a link, a slot)


def _readings(top: LexborNode) -> tuple[list[str], set[tuple[str, str]]]:
    """The text pieces (blanks removed) a subtree shows, and the (attribute, value) pairs `_NAMED_BY` of its
    elements."""
    texts: list[str] = []
    named: set[tuple[str, str]] = set()
    for node in top.traverse(include_text=True):
        if node.tag == "-text":
            text = _SPACE.sub("", node.text_content or "")
            if text and (node.parent is None or node.parent.tag not in _NOT_SHOWN):
                texts.append(text)
            continue
        attrs = node.attributes
        named.update((a, v.strip()) for a in _NAMED_BY if (v := attrs.get(a)) and v.strip())
    return texts, named


def _following(node: LexborNode) -> Iterator[LexborNode]:
    """The subtrees after `node` in document order: its next siblings, then each ancestor's."""
    at: LexborNode | None = node
    while at is not None:
        sibling = at.next
        while sibling is not None:
            yield sibling
            sibling = sibling.next
        at = at.parent


def _shown_after(script: LexborNode, written: LexborNode) -> bool:
    """A rendered DOM shows after `script` what it writes (`written`): every text piece of it and every image,
    link and id it names stand somewhere after the script (where a browser's document.write puts them; a later
    script may have filled a slot of it). A write with nothing to read or count is shown too."""
    texts, named = _readings(written)
    seen_text = ""
    seen_named: set[tuple[str, str]] = set()
    for subtree in _following(script):
        more_text, more_named = _readings(subtree)
        seen_text += "".join(more_text)
        seen_named |= more_named
        if named <= seen_named and all(t in seen_text for t in texts):
            return True
    return not texts and not named


def _fill(tree: LexborHTMLParser, element_id: str, html: str) -> None:
    """Put what a script sets as an element's innerHTML into that element (when it stands empty in the page)."""
    target = by_id(tree, element_id)
    body = LexborHTMLParser(f"<{target.tag}>{html}</{target.tag}>").css_first(target.tag) if target is not None else None
    if target is None or body is None or (target.text(deep=True, strip=True) or "") or next(target.iter(), None):
        return
    for child in list(body.iter(include_text=True)):
        target.insert_child(child)


# A script writing the visitor's clock into an element: it reads `new Date()` and sets an element's text.
_CLOCK_WRITE = re.compile(r"\.innerHTML\s*=|\.innerText\s*=|\.textContent\s*=|\.html\s*\(|\.text\s*\(")
CLOCK_MAX_CHARS = 40   # a date and a weekday (2026年12月6日 星期日)


def drop_clocks(tree: LexborHTMLParser, inline_scripts: list[str]) -> None:
    """Remove the elements an inline script fills with the visitor's clock (`var d = new Date();
    getElementById("today").innerHTML = d.getFullYear() + "年" …`), as a browser shows them filled: the date they show
    is the day the page was viewed, no date of a row beside them (a top bar's link to the portal). Only a short
    element holding no link, named by its id in a clock's script (`clock_script`: it fetches nothing — a list's
    script may read the time for a request of its own — and writes no link, list or footer)."""
    for script in inline_scripts:
        if not _CLOCK_WRITE.search(script) or not clock_script(script):
            continue
        for node in named_nodes(tree, script):
            text = node.text(deep=True, strip=True)
            if text and len(text) <= CLOCK_MAX_CHARS and node.css_first("a, ul, ol, table, li") is None:
                node.decompose()


# A script printing a date from a machine time an element carries (`<li data-ts="1795191000000">` … `<span
# class="date"></span>`): it reads the element's `data-*` attribute and writes `new Date(…)` formatted into its text.
_TEXT_WRITE = re.compile(r"\.innerHTML\s*=|\.innerText\s*=|\.textContent\s*=|\.html\s*\(|\.text\s*\(")
_DATE_MADE = re.compile(r"new\s+Date\s*\(")
_SLOT_SELECTOR = re.compile(r"""(?:querySelector(?:All)?|find|children|\$)\s*\(\s*['"]([.#])([\w-]+)['"]"""
                            r"""|getElementsByClassName\s*\(\s*['"]([\w-]+)['"]""")
# … named for a time (data-ts, data-pubtime, data-publish-date, data-rq): a `data-id` a hits counter reads beside a
# cache-busting `new Date()` is no time, however many digits it has
_TIME_NAME = re.compile(r"(?:^|[-_])ts$|time|date|day|stamp|pub|riqi|shijian|(?:sj|rq)$", re.I)
_NO_SLOT = frozenset({"a", "img", "input", "button", "script", "style", "br", "hr", "iframe", "select", "textarea"})
# … or from the `datetime` of an empty `<time>` (`getAttribute('datetime')`, `.dateTime`, `.attr('datetime')`)
_DATETIME_READ = re.compile(r"""getAttribute\s*\(\s*['"]datetime['"]|\.dateTime\b|\.attr\s*\(\s*['"]datetime['"]""")


def _date_attributes(script: str) -> list[str]:
    """The `data-*` attributes named for a time (`_TIME_NAME`) a script reads (`getAttribute('data-ts')`, `[data-ts]`,
    `dataset.ts`, `.data('ts')`) where it formats a date (`new Date(…)`) into an element's text, and `datetime` where
    it reads that (`_DATETIME_READ`); [] for any other script."""
    if not ("data" in script or "atetime" in script or "ateTime" in script) or not _TEXT_WRITE.search(script) or (
            not _DATE_MADE.search(script)):
        return []
    named = {m.group(1).lower() for m in re.finditer(r"\bdata-([\w-]+)", script)}
    named |= {re.sub(r"[A-Z]", lambda c: "-" + c.group(0).lower(), m.group(1) or m.group(2))
              for m in re.finditer(r"""\bdataset\s*(?:\.\s*(\w+)|\[\s*['"](\w+)['"]\s*\])""", script)}
    named |= {m.group(1).lower() for m in re.finditer(r"""\.data\s*\(\s*['"]([\w-]+)['"]\s*\)""", script)}
    return sorted("data-" + n for n in named if _TIME_NAME.search(n)) + (
        ["datetime"] if _DATETIME_READ.search(script) else [])


def _slot(node: LexborNode) -> bool:
    """An element standing empty that a script may write a date into."""
    return node.tag not in _NO_SLOT and node.child is None


def print_timestamps(tree: LexborHTMLParser, inline_scripts: list[str]) -> int:
    """Print, as a browser in China shows it, the date an inline script formats from a machine time an element
    carries (`<li data-ts="1795191000000"><a>…</a><span class="date"></span></li>` under a script reading `data-ts`
    into `.date`): the day that time names in Beijing time (`dates.machine_day`: epoch 1795191000000 is
    2026-11-20T16:10:00Z, 2026-11-21 in Beijing), written into the element's empty slot — the element itself when it
    stands empty, else the empty descendant the script names by class or id, else its only empty descendant. An
    element showing its date already (a rendered page, a date printed beside the attribute) is left alone. Returns
    how many elements' dates the script prints that could not be read (a time in no form `machine_day` reads, no
    slot to tell)."""
    unread = 0
    for script in inline_scripts:
        attributes = _date_attributes(script)
        if not attributes:
            continue
        selectors = list(_SLOT_SELECTOR.finditer(script))
        classes = {m.group(2) for m in selectors if m.group(1) == "."} | {m.group(3) for m in selectors if m.group(3)}
        ids = {m.group(2) for m in selectors if m.group(1) == "#"}
        for name in attributes:
            for node in tree.css(f"[{name}]"):
                value = (node.attributes.get(name) or "").strip()
                if not value:
                    continue
                # (a `<time datetime>` is its own slot: one printing its date, or holding an icon, is shown)
                empty = [node] if _slot(node) else [] if name == "datetime" else [
                    d for d in node.traverse(include_text=False) if d is not node and _slot(d)]
                if not empty:
                    continue   # (nothing left for the script to write into: the date is shown)
                named = [d for d in empty if (d.attributes.get("id") or "") in ids
                         or classes.intersection((d.attributes.get("class") or "").split())]
                slot = named[0] if named else empty[0] if len(empty) == 1 else None
                day = dates.machine_day(value)
                if slot is None or day is None:
                    unread += 1
                else:
                    slot.insert_child(dates.format_raw(day))
    return unread
