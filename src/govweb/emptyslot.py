"""An element left for a script to fill: one reader, shared by collect (whether a page needs the browser lane) and
checks (what a page's HTML cannot show)."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

# A placeholder shown until a script's data arrives (加载中…, 正在加载, loading..., 数据加载中，请稍候…).
LOADING = re.compile(r"^\s*(?:(?:页面|数据|内容)?加载中|正在加载|loading)[.。…\s]*(?:[，,]\s*请稍(?:候|等)[.。…\s]*)?$",
                     re.I)
_NOT_SHOWN = ("-comment", "_comment", "style", "noscript", "br")
_CONTENT = "a, img, input, iframe, object, embed, video"


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
