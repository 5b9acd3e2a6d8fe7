"""The site search a page offers: a search form, or a form-less search box whose keyword a script sends on."""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import SplitResult, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from govweb.checks.page_links import Joiner

_SEARCH_BOX = re.compile(r"search|keyword|sousuo|搜索|检索|关键字|关键词", re.I)
# Where a script sends a form-less search box's keyword: a search address the keyword is appended to
# (`window.open('https://search.x.cn/s.do?siteID=3&content=' + encodeURIComponent(kw))`)
_SCRIPTED_SEARCH = re.compile(r"""(['"])((?:https?:)?//[^'"\s]+|/[^'"\s]*)\1\s*\+""")
_SEARCH_URL = re.compile(r"search|sousuo|jsearch|query|so\b|ss\b|find", re.I)
# a button labelled for search, read without the spaces set between its letters (`value="搜 索"`, `"检　索"`)
_SEARCH_LABEL = re.compile(r"搜索|检索")


def _unspaced(label: str | None) -> str:
    return re.sub(r"\s", "", label or "")


def _scripted_search(inline_scripts: list[str], join: Joiner) -> str:
    """The search address an inline script appends the keyword to, without the keyword's own parameter; ""
    when no script shows one."""
    for script in inline_scripts:
        for m in _SCRIPTED_SEARCH.finditer(script):
            if _SEARCH_URL.search(m.group(2)):
                return join(re.sub(r"[?&][\w.-]+=$", "", m.group(2))) or ""
    return ""


Fields = tuple[tuple[str, str], ...]
Choices = tuple[str, ...]


def _same_path(a: SplitResult, b: SplitResult) -> bool:
    return (a.netloc, a.path) == (b.netloc, b.path)


def find_search(tree: LexborHTMLParser, inline_scripts: list[str], join: Joiner, page_url: str = "",
                unseen: Callable[[LexborNode], bool] | None = None) -> tuple[bool, str, Fields, Choices, Choices]:
    """Whether the page offers a site search, where it sends the query ("" when unknown), the fixed (hidden)
    fields its form sends with it (PHPCMS `m=search`), the fields it offers as a choice (`<select name=fbjg>`) and
    the fields a visitor types the keyword in (`<input type=text name=kw>`).
    Of several search forms, the one sending its query to the page's own address (a 文件检索 form over its results,
    below the header's site search) tells what the page is: the answer of that form."""
    found: list[tuple[bool, str, Fields, Choices, Choices]] = []
    for f in tree.css("form"):
        if f.css_first("textarea, input[type=password]") is not None:
            continue   # a form to write a message in, or a login form: never the site search
        if unseen is not None and unseen(f):
            continue   # a form no visitor can ever see (a retired header left hidden: `unseen.in_unseen`)
        action = (f.attributes.get("action") or "").lower()
        has_text = f.css_first("input[type=text], input[type=search], input:not([type])") is not None
        searches = any(k in action for k in ("search", "so", "query", "sousuo", "jsearch", "find"))
        # a <form> written inside a <table> is left empty by the parser (its inputs are moved out of it)
        emptied = f.css_first("input, button, select, textarea") is None and tree.css_first("input") is not None
        if (has_text or emptied and searches) and (
            searches or "搜索" in f.text() or "检索" in f.text()
            or f.css_first("button") is not None or any(_SEARCH_LABEL.search(_unspaced(i.attributes.get("value")))
                                                          for i in f.css("input[value]"))
            or any(_SEARCH_LABEL.search(_unspaced(i.attributes.get("alt") or i.attributes.get("title")))
                   for i in f.css("input[type=image]"))   # (a picture button whose words are in its alt: 站内搜索)
        ):
            fields = tuple((i.attributes.get("name") or "", i.attributes.get("value") or "")
                           for i in f.css("input[type=hidden]") if i.attributes.get("name"))
            choices = tuple(name for c in f.css("select") if (name := c.attributes.get("name")))
            words = tuple(name for i in f.css("input[type=text], input[type=search], input:not([type])")
                          if (name := i.attributes.get("name")))
            found.append((True, join(f.attributes.get("action") or "") or "", fields, choices, words))
    if found:
        here = urlsplit(page_url or join.base)   # (the page's own address, not its <base>)
        return next((form for form in found if _same_path(urlsplit(form[1]), here)), found[0])
    # a search box without a form: a script sends its keyword (input#keyword + a 搜索 button)
    if any(_SEARCH_BOX.search(" ".join(v or "" for v in i.attributes.values())) and not (unseen and unseen(i))
           for i in tree.css("input[type=text], input[type=search], input:not([type])")):
        return True, _scripted_search(inline_scripts, join), (), (), ()
    return False, "", (), (), ()
