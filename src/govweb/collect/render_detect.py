"""Decide whether a page needs the browser lane: is what a visitor sees (navigation, lists, header, footer and
its marks) written by script?

Signals (any one suffices), all read from the static HTML; `script_signal` names the first one found:
* inline `document.write` / `document.writeln` (`document-write`);
* a header, footer or navigation pulled in from an external script: `/resource/js/home_bottom.js`, `footer.js`,
  `top.js`, `nav.js` … (`layout-script`), or a footer mark written by one: the 党政机关 badge script from
  conac.cn, the 找错 (jiucuo) script (`mark-script`);
* an empty header/footer/nav container (id or class saying footer, bottom, copyright, header, nav …) while the
  page has scripts to fill it (`empty-container`);
* a data island the browser builds a list from: `<script type="text/xml">` (Hanweb) (`data-island`);
* a list-ish container (`<ul>`, `<ol>`, `<tbody>`, or an element whose id/class says list, news, nav, menu …) that
  is empty, holds only a loading placeholder, or holds only a `<script>` — while the page has scripts to fill it;
* a framework's empty root (`#app`, `#root`, `#__next`, `<app-root>` …) next to a script bundle, or a shell page
  with almost no text and links but external scripts;
* client-side templates: `<script type="text/template">`, `<template>`, `v-for`/`ng-repeat`-style attributes,
  `{{ … }}` placeholders left in the text;
* inline data (JSON literal, `JSON.parse`, or an AJAX call) looped over and written into the DOM.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from govweb.emptyslot import PLACEHOLDER, TEMPLATE_ATTRS, empty_slot

_LISTISH = re.compile(
    r"list|lst|news|nav|menu|column|lanmu|xxgk|notice|tzgg|gonggao|dongtai|article|wenzhang|items|feed|"
    r"result|policy|zcwj|xwzx|docs|data-?(?:box|list|wrap)|footer|foot\b|bottom|copyright|banquan|dibu|header|toubu",
    re.I,
)
# An external script named for a part of the page layout: it writes that part (home_bottom.js, footer.js, top.js).
_LAYOUT_SCRIPT = re.compile(
    r"(?:^|[_\-.])(?:top|bottom|head|header|foot|footer|nav|navi|navbar|menu|daohang|copyright|dibu|toubu|weibu|"
    r"banquan)(?:[_\-.]|\d)", re.I)
_MARK_SCRIPT = re.compile(r"conac\.cn|jiucuo|/ucap/.*/(?:site|foot)", re.I)
_DATA_ISLAND_TYPES = frozenset({"text/xml", "application/xml"})
_LIST_TAGS = {"ul", "ol", "tbody", "dl"}
_CONTAINER_TAGS = _LIST_TAGS | {"div", "section", "table", "nav", "main", "article", "aside"}
_CHILDLESS = ",".join(f"{tag}:not(:has(*))" for tag in sorted(_CONTAINER_TAGS))
_LOADING_TEXT = re.compile(r">\s*loading", re.I)
_FRAMEWORK_ROOT_IDS = {"app", "root", "__next", "__nuxt", "q-app", "main-app", "vue-app", "react-root", "application"}
_FRAMEWORK_TAGS = ("app-root",)
_TEMPLATE_TYPES = re.compile(r"text/(?:template|x-template|html|x-handlebars|x-jsrender|x-tmpl|x-jquery-tmpl)", re.I)
_TEMPLATE_ATTR_TEXT = (*TEMPLATE_ATTRS, "*ngFor", "V-FOR", "NG-REPEAT")
_DOC_WRITE = re.compile(r"document\s*\.\s*write(?:ln)?\s*\(")
_DATA_SOURCE = re.compile(
    r"JSON\s*\.\s*parse\s*\(|=\s*\[\s*\{|=\s*\{\s*[\"']?\w+[\"']?\s*:\s*\[|\$\s*\.\s*(?:ajax|get|getJSON|post)\s*\(|"
    r"\bfetch\s*\(|XMLHttpRequest|axios\s*[.(]"
)
_LOOP = re.compile(r"\bfor\s*\(|\.forEach\s*\(|\.map\s*\(|\$\s*\.\s*each\s*\(|\.each\s*\(|\bwhile\s*\(")
_DOM_WRITE = re.compile(
    r"\.innerHTML\s*\+?=|appendChild\s*\(|insertAdjacentHTML\s*\(|\.html\s*\(|\.append\s*\(|document\s*\.\s*write"
)
_INVISIBLE = {"script", "style", "noscript", "template"}
_SHELL_TEXT_CHARS = 80
_SHELL_LINKS = 3


def _inline_scripts(tree: LexborHTMLParser) -> list[str]:
    texts = []
    for node in tree.css("script"):
        if node.attributes.get("src"):
            continue
        kind = (node.attributes.get("type") or "").lower()
        if kind and "javascript" not in kind and kind not in ("module", "text/ecmascript"):
            continue
        texts.append(node.text(deep=True) or "")
    return texts


def _listish(node: LexborNode) -> bool:
    attrs = node.attributes
    label = " ".join(v for k, v in attrs.items() if k in ("id", "class") and v)
    if node.tag in _LIST_TAGS:
        return bool(label)
    return bool(label) and bool(_LISTISH.search(label))


def _empty_list_container(tree: LexborHTMLParser, html: str | None) -> bool:
    """A list-ish container that is empty, holds only scripts or only a loading placeholder. Candidates come from
    cheap queries (containers without child elements, parents of scripts); the whole tree is walked only when the
    page says 加载/loading somewhere in its text."""
    candidates = tree.css(_CHILDLESS)
    candidates += [parent for s in tree.css("script") if (parent := s.parent) is not None and parent.tag in _CONTAINER_TAGS]
    if html is None or "加载" in html or _LOADING_TEXT.search(html):
        candidates = [node for tag in _CONTAINER_TAGS for node in tree.css(tag)]
    return any(_listish(node) and empty_slot(node) for node in candidates)


def _framework_shell(tree: LexborHTMLParser, body: LexborNode) -> bool:
    bundles = [s for s in tree.css("script[src]") if s.attributes.get("src")]
    if not bundles:
        return False
    for node in tree.css("[id]"):
        if (node.attributes.get("id") or "").lower() in _FRAMEWORK_ROOT_IDS and empty_slot(node):
            return True
    for tag in _FRAMEWORK_TAGS:
        if any(empty_slot(n) for n in tree.css(tag)):
            return True
    return len(tree.css("a[href]")) < _SHELL_LINKS and len(visible_body_text(body)) < _SHELL_TEXT_CHARS


def visible_body_text(body: LexborNode) -> str:
    """Body text outside scripts, styles and templates, without whitespace."""
    parts = []
    for node in body.traverse(include_text=True):
        if node.tag == "-text" and node.parent is not None and node.parent.tag not in _INVISIBLE:
            parts.append(node.text_content or "")
    return "".join("".join(parts).split())


def _templates(tree: LexborHTMLParser, body: LexborNode, html: str | None) -> bool:
    """A <template>, template attributes (v-for …) or {{ placeholders }} in the text. With the page's `html`,
    substring tests skip the tree walks (css_first("template") alone costs ~1 ms on a 20 KB page)."""
    if (html is None or "<template" in html or "<TEMPLATE" in html) and tree.css_first("template"):
        return True
    if html is None or any(attr in html for attr in _TEMPLATE_ATTR_TEXT):
        for node in body.traverse(include_text=False):
            if any(attr.lower() in TEMPLATE_ATTRS for attr in node.attributes):
                return True
    if html is not None and not any(mark in html for mark in ("{{", "{%", "<%")):
        return False
    return bool(PLACEHOLDER.search(visible_body_text(body)))


def _scripted_data(scripts: list[str]) -> bool:
    return any(_DATA_SOURCE.search(s) and _LOOP.search(s) and _DOM_WRITE.search(s) for s in scripts)


def _external_signal(tree: LexborHTMLParser) -> str | None:
    for node in tree.css("script[src]"):
        src = (node.attributes.get("src") or "").strip()
        if _MARK_SCRIPT.search(src):
            return "mark-script"
        name = src.split("?", 1)[0].rsplit("/", 1)[-1]
        if name.lower().endswith(".js") and _LAYOUT_SCRIPT.search(name):
            return "layout-script"
    return None


def script_signal(tree: LexborHTMLParser, html: str | None = None) -> str | None:
    """Why the page's visible content is (likely) written by script, or None; reads `tree` (parsed from `html`,
    which, when given, lets cheap text tests skip the costly ones) without changing it."""
    if (html is not None and "<script" not in html and "<SCRIPT" not in html) or not tree.css("script"):
        return None
    scripts = _inline_scripts(tree)
    if any(_DOC_WRITE.search(s) for s in scripts):
        return "document-write"
    external = _external_signal(tree)
    if external:
        return external
    body = tree.body
    if body is None:
        return None
    for node in tree.css("script[type]"):
        kind = (node.attributes.get("type") or "").strip().lower()
        if kind in _DATA_ISLAND_TYPES:
            return "data-island"
        if _TEMPLATE_TYPES.search(kind):
            return "template"
    if _scripted_data(scripts):
        return "script-data"
    if _framework_shell(tree, body):
        return "framework-shell"
    if _empty_list_container(tree, html):
        return "empty-container"
    return "template" if _templates(tree, body, html) else None


def needs_render(html: str) -> bool:
    """True when the page's navigation or lists are (likely) built by script and need a browser to see them."""
    if "<script" not in html.lower():
        return False
    return script_signal(LexborHTMLParser(html), html) is not None
