"""Reading a page's script source as far as plain values go, and what a script's calls say it does.

This module owns the lowest layer every other script reader stands on (it imports none of them):
* JavaScript text: a string literal (`string_literal`), the bracket closing an opened one (`block_end`), an array or
  object literal of plain values read as JSON reads it (`js_literal`; an array opened at a declaration:
  `array_literal`, the one reader of an array a script declares), the arrays a script declares with `var`/`let`/
  `const` whose elements are all objects or all arrays (`declared_arrays`), the JSON values it assigns
  (`json_literals`);
* what a script's calls say: it fetches (`FETCH`), fetches or parses data (`AJAX`), calls by JSONP (`jsonp_call`),
  writes into the page (`DOM_WRITE`, `writes_dom`);
* the page's scripts and the elements they name: `inline_scripts` (`drop_failing_scripts`: those that cannot run), `dom_writing_scripts`, `json_islands`, `script_data`,
  `named_nodes`, `by_id`, `written_ids`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

_ESCAPES = {"n": "\n", "t": "\t", "r": "", "'": "'", '"': '"', "\\": "\\", "/": "/", "b": "", "f": "", "v": ""}


# A request a script makes (jQuery's calls by its `$` alias or its own name: `$.get(`, `jQuery.getJSON(`) …
FETCH = re.compile(r"(?:\$|\bjQuery)\s*\.\s*(?:ajax|get|getJSON|post)\s*\(|\.load\s*\(\s*['\"]|\bfetch\s*\(|XMLHttpRequest|"
                    r"axios\s*[.(]")
# … or data it parses (fetched, or held by the page)
AJAX = re.compile(FETCH.pattern + r"|JSON\s*\.\s*parse\s*\(")
# A JSONP call: an address naming the callback its answer calls (`?callback=showList`, `&jsoncallback=?`, `&cb=draw`),
# a path named for JSONP (`/jsonp/list`), or jQuery's `dataType: "jsonp"`.
_JSONP = re.compile(r"[?&](?:callback|jsoncallback|jsonpcallback|jsonp|cb)=|(?:^|[/_.-])jsonp(?=[/_.?-]|$)"
                    r"|dataType\s*:\s*['\"]jsonp['\"]", re.I)


def jsonp_call(text: str) -> bool:
    """The script (or a `<script src>` address) fetches data by JSONP: a list it fills comes from that data, as
    from an AJAX call (`$.getJSON(…?callback=?)`, a script tag or element whose address names a callback)."""
    return _JSONP.search(text) is not None


_DOM_WRITE_CALLS = (r"\.innerHTML\s*\+?=", r"appendChild\s*\(", r"insertAdjacentHTML\s*\(", r"\.html\s*\(", r"\.append\s*\(")
DOM_WRITE = re.compile("|".join(_DOM_WRITE_CALLS))
# … one pattern each, for a whole page: a pattern opening with a literal is scanned for fast, an alternation is not
_DOM_WRITE_EACH = tuple(re.compile(call) for call in _DOM_WRITE_CALLS)
# … and the literal each pattern holds (None: `.html`, which every page's links hold, is left to its pattern)
_DOM_WRITE_WORDS = ("innerHTML", "appendChild", "insertAdjacentHTML", None, ".append")


def string_literal(src: str, i: int) -> tuple[str, int] | None:
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


_ARRAY = re.compile(r"(?:var|let|const)\s+([A-Za-z_$][\w$]*)\s*=\s*\[")


def block_end(src: str, i: int, opening: str, closing: str) -> int | None:
    """Index just after the bracket closing the one opened before src[i] (string literals skipped)."""
    depth, n = 1, len(src)
    while i < n:
        ch = src[i]
        if ch in "'\"":
            got = string_literal(src, i)
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


def array_literal(src: str, i: int) -> Any:
    """The array literal opened just before src[i] (`= [` … `]`), read as `js_literal` reads it; None when its bracket
    does not close or it holds anything but plain values."""
    end = block_end(src, i, "[", "]")
    return js_literal(src[i - 1:end]) if end is not None else None


def declared_arrays(script: str) -> dict[str, list[Any]]:
    """Arrays the script declares as a literal of plain values (`var rows = [{"title": …}, …]`, `[["/a.htm", "标题"],
    …]`, or as hand-written menus declare them, single-quoted: `var nav = [['首页', '/'], ['网上办事', '/bsfw/']]`)."""
    arrays: dict[str, list[Any]] = {}
    for m in _ARRAY.finditer(script):
        value = array_literal(script, m.end())
        if isinstance(value, list) and value and (all(isinstance(v, dict) for v in value)
                                                 or all(isinstance(v, list) for v in value)):
            arrays[m.group(1)] = value
    return arrays


@lru_cache(maxsize=256)
def declared_arrays_once(text: str) -> tuple[tuple[str, list[Any]], ...]:
    """The arrays a script declares as literals (`declared_arrays`), read once per script text (read only)."""
    return tuple(declared_arrays(text).items()) if _ARRAY.search(text) else ()


def by_id(tree: LexborHTMLParser, element_id: str) -> LexborNode | None:
    return next((n for n in tree.css("[id]") if n.attributes.get("id") == element_id), None)


_DATA_LITERAL = re.compile(r"(?:(?:var|let|const)\s+)?[A-Za-z_$][\w$.]*\s*=\s*(?=[\[{])")
# The elements a script names: getElementById("list"), $("#list"), querySelector("#wjTable tbody")
NAMED_ID = re.compile(r"""getElementById\s*\(\s*(['"])([\w-]+)\1|(?:\$|jQuery|querySelector(?:All)?)\s*\(\s*(['"])#([\w-]+)""")


def json_literals(script: str) -> list[Any]:
    """The JSON values the script assigns (`var pageData = {…}`, `rows = […]`)."""
    values: list[Any] = []
    for m in _DATA_LITERAL.finditer(script):
        opening = script[m.end()]
        end = block_end(script, m.end() + 1, opening, "]" if opening == "[" else "}")
        if end is None:
            continue
        try:
            values.append(json.loads(script[m.end():end]))
        except ValueError:
            continue
    return values


def writes_dom(text: str) -> bool:
    """The text holds a script call writing into the page (innerHTML, .html(…), appendChild …)."""
    # (a call's name looked for first as plain text: a page rarely holds one, and `in` scans faster than a pattern)
    return any((word is None or word in text) and call.search(text) is not None
               for word, call in zip(_DOM_WRITE_WORDS, _DOM_WRITE_EACH, strict=True))


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
    found = (by_id(tree, m.group(2) or m.group(4)) for m in NAMED_ID.finditer(script))
    return [n for n in found if n is not None]


# A classic script's text opening with a bare CDATA marker (`<![CDATA[`, no `//` or `/*` before it, as XHTML templates
# write it): in an HTML page that is a JavaScript SyntaxError, so nothing of the script runs
_FAILING_OPEN = re.compile(r"\s*<!\[CDATA\[")


def drop_failing_scripts(tree: LexborHTMLParser) -> frozenset[str]:
    """Remove the inline JavaScript a browser cannot even parse (its text opens with a bare `<![CDATA[`): what it
    would write (a conac badge set as an element's innerHTML) never shows. A data island (`type="text/xml"`) is kept.
    Returns the ids of the elements those scripts name (`getElementById("conac")`): slots they leave empty."""
    stranded: set[str] = set()
    for node in tree.css("script"):
        kind = (node.attributes.get("type") or "").strip().lower()
        text = node.text() or ""
        if node.attributes.get("src") is None and (kind in ("", "module") or "javascript" in kind or "ecmascript" in kind) \
                and _FAILING_OPEN.match(text):
            stranded.update(m.group(2) or m.group(4) for m in NAMED_ID.finditer(text))
            node.decompose()
    return frozenset(stranded)


def inline_scripts(tree: LexborHTMLParser) -> Iterator[str]:
    """The text of each inline script of the page (no script file, no JSON island)."""
    for node in tree.css("script"):
        if not node.attributes.get("src") and "json" not in (node.attributes.get("type") or "").lower():
            yield node.text() or ""


def dom_writing_scripts(tree: LexborHTMLParser) -> Iterator[str]:
    """The text of each inline script of the page (`inline_scripts`) that writes into the page."""
    return (script for script in inline_scripts(tree) if DOM_WRITE.search(script))


def script_data(script: str, islands: dict[str, Any]) -> list[Any]:
    """The data an inline script declares (JSON literals) or reads from a JSON island it names."""
    return json_literals(script) + [v for k, v in islands.items() if k in script]


def written_ids(inline_scripts: list[str]) -> frozenset[str]:
    """The ids of the elements the page's own inline scripts name, in a script that writes into the page
    (`document.getElementById("czList").innerHTML = html`, `$("#list").append(…)`): what such an element shows
    is the script's, not the server's."""
    return frozenset(m.group(2) or m.group(4) for t in inline_scripts if DOM_WRITE.search(t)
                     for m in NAMED_ID.finditer(t))
