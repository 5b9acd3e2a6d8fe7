"""An element left for a script to fill — empty, loading, or a client-side template's row: one reader, shared by
collect (whether a page needs the browser lane) and checks (what a page's HTML cannot show)."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

# A placeholder shown until a script's data arrives (加载中…, 正在加载, loading..., 数据加载中，请稍候…).
LOADING = re.compile(r"^\s*(?:(?:页面|数据|内容)?加载中|正在加载|loading)[.。…\s]*(?:[，,]\s*请稍(?:候|等)[.。…\s]*)?$",
                     re.I)
_NOT_SHOWN = ("-comment", "_comment", "style", "noscript", "br")
_CONTENT = "a, img, input, iframe, object, embed, video"
# Client-side template markup as written, before a framework draws it: attributes repeating an element over the data
# (v-for, ng-repeat …) or filling it (v-html), and {{ field }} placeholders ({% %}, <% %> too).
LOOP_ATTRS = ("v-for", "ng-repeat", "x-for", "*ngfor", "data-ng-repeat")
TEMPLATE_ATTRS = (*LOOP_ATTRS, "v-html", "ng-bind-html")
PLACEHOLDER = re.compile(r"\{\{[^{}\n]{1,80}\}\}|\{%[^%\n]{1,80}%\}|<%[^%\n]{1,80}%>")
_ROW_TAGS = ("li", "tr", "dd", "dt")
_UNSHOWN_TEXT = ("script", "style", "noscript", "template")


def empty_slot(node: LexborNode) -> bool:
    """The element waits for a script: it is empty, its only elements are scripts (which write into it, beside any
    text: `今天是：<script>document.write(…)</script>`), or it holds only a loading placeholder (`<ul><li
    class="loading">加载中…</li></ul>`). Comments, styles, `<noscript>` and `<br>` do not count."""
    children = [c for c in node.iter(include_text=False) if c.tag not in _NOT_SHOWN]
    if children and all(c.tag == "script" for c in children):
        return True
    text = node.text(deep=True, strip=True) or ""
    if not children:
        return not text or LOADING.match(text) is not None
    return node.css_first(_CONTENT) is None and LOADING.match(text) is not None


def _loops(node: LexborNode) -> bool:
    return any(attr.lower() in LOOP_ATTRS for attr in node.attributes)


def undrawn_row(body: LexborNode) -> LexborNode | None:
    """A row of a client-side template no framework drew, as the page shows it: an element repeated over the data
    (`<li v-for="item in list">`, ng-repeat …) with no text nor address in it, or a list row (li, tr, dd, dt) or
    such an element whose text holds a {{ field }} placeholder (`{{item.title}}`). A framework that ran writes the
    rows in its place (Vue drops the attribute, AngularJS fills the rows keeping it): the page's rows are a
    script's, still unseen."""
    for node in body.traverse(include_text=True):
        if node.tag == "-text":
            if PLACEHOLDER.search(node.text_content or "") and (row := _row_around(node)) is not None:
                return row
        elif _loops(node) and not node.text(deep=True, strip=True) and node.css_first("a[href], img[src]") is None:
            return node   # (bound by attributes only, `:href`, `v-text`: a drawn picture row has its own address)
    return None


def _row_around(node: LexborNode) -> LexborNode | None:
    row = None
    parent = node.parent
    while parent is not None and parent.tag not in ("body", "html"):
        if parent.tag in _UNSHOWN_TEXT:
            return None
        if row is None and (parent.tag in _ROW_TAGS or _loops(parent)):
            row = parent
        parent = parent.parent
    return row
