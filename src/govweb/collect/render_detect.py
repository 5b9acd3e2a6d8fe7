"""Decide whether a page needs the browser lane: is its navigation or are its lists built by script?

Signals (any one suffices), all read from the static HTML:
* inline `document.write` / `document.writeln`;
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

_LISTISH = re.compile(
    r"list|lst|news|nav|menu|column|lanmu|xxgk|notice|tzgg|gonggao|dongtai|article|wenzhang|items|feed|"
    r"result|policy|zcwj|xwzx|docs|data-?(?:box|list|wrap)",
    re.I,
)
_LIST_TAGS = {"ul", "ol", "tbody", "dl"}
_CONTAINER_TAGS = _LIST_TAGS | {"div", "section", "table", "nav", "main", "article", "aside"}
_LOADING = re.compile(r"^\s*(?:加载中|正在加载|数据加载中|loading)[.。…\s]*$", re.I)
_FRAMEWORK_ROOT_IDS = {"app", "root", "__next", "__nuxt", "q-app", "main-app", "vue-app", "react-root", "application"}
_FRAMEWORK_TAGS = ("app-root",)
_TEMPLATE_TYPES = re.compile(r"text/(?:template|x-template|html|x-handlebars|x-jsrender|x-tmpl|x-jquery-tmpl)", re.I)
_TEMPLATE_ATTRS = ("v-for", "ng-repeat", "x-for", "*ngfor", "data-ng-repeat", "v-html", "ng-bind-html")
_MUSTACHE = re.compile(r"\{\{[^{}\n]{1,80}\}\}|\{%[^%\n]{1,80}%\}|<%[^%\n]{1,80}%>")
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


def _is_empty_or_placeholder(node: LexborNode) -> bool:
    """Empty, holding only a script that writes it, or holding only a "loading…" placeholder."""
    children = [c for c in node.iter(include_text=False) if c.tag not in ("-comment", "_comment")]
    if children and all(c.tag == "script" for c in children):
        return True
    text = node.text(deep=True, strip=True) or ""
    if not any(c.tag not in ("br", "noscript") for c in children):
        return not text or bool(_LOADING.match(text))
    has_content = node.css_first("a, img, input, iframe, object, embed, video") is not None
    return not has_content and bool(text) and bool(_LOADING.match(text))


def _listish(node: LexborNode) -> bool:
    attrs = node.attributes
    label = " ".join(v for k, v in attrs.items() if k in ("id", "class") and v)
    if node.tag in _LIST_TAGS:
        return bool(label)
    return bool(label) and bool(_LISTISH.search(label))


def _empty_list_container(tree: LexborHTMLParser) -> bool:
    for tag in _CONTAINER_TAGS:
        for node in tree.css(tag):
            if _listish(node) and _is_empty_or_placeholder(node):
                return True
    return False


def _framework_shell(tree: LexborHTMLParser, body: LexborNode) -> bool:
    bundles = [s for s in tree.css("script[src]") if s.attributes.get("src")]
    if not bundles:
        return False
    for node in tree.css("[id]"):
        if (node.attributes.get("id") or "").lower() in _FRAMEWORK_ROOT_IDS and _is_empty_or_placeholder(node):
            return True
    for tag in _FRAMEWORK_TAGS:
        if any(_is_empty_or_placeholder(n) for n in tree.css(tag)):
            return True
    return len(_visible_text(body)) < _SHELL_TEXT_CHARS and len(tree.css("a[href]")) < _SHELL_LINKS


def _visible_text(body: LexborNode) -> str:
    """Body text outside scripts, styles and templates, without whitespace."""
    parts = []
    for node in body.traverse(include_text=True):
        if node.tag == "-text" and node.parent is not None and node.parent.tag not in _INVISIBLE:
            parts.append(node.text_content or "")
    return "".join("".join(parts).split())


def _templates(tree: LexborHTMLParser, body: LexborNode) -> bool:
    if tree.css_first("template"):
        return True
    for node in body.traverse(include_text=False):
        if any(attr.lower() in _TEMPLATE_ATTRS for attr in node.attributes):
            return True
    return bool(_MUSTACHE.search(_visible_text(body)))


def _scripted_data(scripts: list[str]) -> bool:
    return any(_DATA_SOURCE.search(s) and _LOOP.search(s) and _DOM_WRITE.search(s) for s in scripts)


def needs_render(html: str) -> bool:
    """True when the page's navigation or lists are (likely) built by script and need a browser to see them."""
    if "<script" not in html.lower():
        return False
    tree = LexborHTMLParser(html)
    for node in tree.css("style, noscript"):
        node.decompose()
    scripts = _inline_scripts(tree)
    if any(_DOC_WRITE.search(s) for s in scripts):
        return True
    body = tree.body
    if body is None:
        return False
    for node in tree.css("script[type]"):
        if _TEMPLATE_TYPES.search(node.attributes.get("type") or ""):
            return True
    if _scripted_data(scripts):
        return True
    if _framework_shell(tree, body):
        return True
    if _empty_list_container(tree):
        return True
    return _templates(tree, body)
