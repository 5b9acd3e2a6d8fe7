"""Breadcrumbs (当前位置：首页 > 新闻中心 > 部门动态): the names they hold, and a page showing nothing under its own."""

from __future__ import annotations

import re
from collections.abc import Iterable

from selectolax.lexbor import LexborNode

from govweb.checks import footer

# Breadcrumbs: 当前位置：首页 > 新闻中心 > 部门动态
_CRUMB_PLACE = r"(?:当前|您的|您现在的|您当前的|所在|现在)位置"
_CRUMB_LABEL = re.compile(r"(?:" + _CRUMB_PLACE + r"|当前页面|位置)\s*[:：]\s*")
_CRUMB_BARE = re.compile(r"(?:网站首页|首页|主页)\s*(?:>|＞|»|›|→|>>|/|\s[-－—]\s)")
_CRUMB_SEP = re.compile(r"\s*(?:>>|>|＞|»|›|→|/|\\)\s*|\s+[-－—]\s+")
# The rarer separators of a labelled crumb (当前位置：首页 | 部门动态, 首页 :: 部门动态, 首页 · 部门动态), read only in
# its own block where the usual ones find no step: a bar or a dot also parts the words after it (联系我们 | 网站地图)
_CRUMB_SEP_MORE = re.compile(r"\s*(?:>>|>|＞|»|›|→|/|\\|::|\||｜)\s*|\s+[-－—·•]\s+")
# An image or an icon font between a crumb's steps (<a>首页</a><img src="arrow.gif"><a>部门动态</a>, <i class="icon">)
_MARK_TAGS = frozenset({"img", "i", "span", "em", "b", "svg"})
_INLINE = frozenset({"a", "span", "em", "strong", "b", "i", "font", "small", "label", "-text"})
_SHOWN = frozenset({"img", "input", "select", "textarea", "button", "iframe", "frame", "embed", "object", "video",
                    "audio", "canvas", "svg"})


def blank_after_crumb(body: LexborNode) -> bool:
    """The page shows nothing between its breadcrumb (当前位置：…) and its footer: the first text, image or control
    after the breadcrumb's block, in reading order, lies in a footer container (`<footer>`, class foot, bottom …),
    its own name under the crumb aside (`<div class="pos">当前位置：首页 > 互动交流</div><div class="main"></div>
    <div class="footer">…`; a heading ending with the crumb's last step, the body's name before it: `_own_name`), or
    nothing at all follows (the footer, too, is left to a script). A page without a labelled crumb is not judged."""
    crumb = _crumb_block(body)
    if crumb is None:
        return False
    steps = breadcrumb(" ".join(crumb.text(deep=True, separator=" ").split()))
    last_step = steps[-1] if steps else ""
    node: LexborNode | None = crumb
    while node is not None and node.tag not in ("body", "html"):
        sib = node.next
        while sib is not None:
            for n in sib.traverse(include_text=True):
                if n.tag == "-text":
                    t = " ".join((n.text() or "").split())
                    if not t or _own_name(t, last_step):
                        continue
                elif n.tag not in _SHOWN:
                    continue
                return footer.in_footer_part(n)
            sib = sib.next
        node = node.parent
    return True


def _crumb_block(body: LexborNode) -> LexborNode | None:
    """The block holding the labelled breadcrumb (当前位置：…): the first text so labelled, with its inline parents."""
    crumb = next((n for n in body.traverse(include_text=True)
                  if n.tag == "-text" and _CRUMB_LABEL.search(n.text() or "")), None)
    if crumb is None:
        return None
    while crumb.parent is not None and crumb.tag in _INLINE:
        crumb = crumb.parent
    return crumb


# A breadcrumb's label ending the text right before its first step (您现在的位置：<a>首页</a>)
_CRUMB_LABEL_END = re.compile(_CRUMB_PLACE + r"\s*[:：]\s*$")
_CRUMB_STEPS_MAX = 12   # the siblings a crumb's step looks back over for its label


def crumb_step(a: LexborNode) -> bool:
    """The link is a step of a labelled breadcrumb (您现在的位置：<a>首页</a> &gt;&gt; <a>政务服务</a>): the page's
    place in the site, never a row of a list, whatever date its block prints (a guide's 更新时间 under it)."""
    node = a.prev
    for _ in range(_CRUMB_STEPS_MAX):
        if node is None:
            return False
        if node.tag == "-text":
            said = node.text() or ""
            if _CRUMB_LABEL_END.search(said):
                return True
            if _CRUMB_SEP.sub("", said).strip():
                return False   # (words between: no crumb's separator)
        elif node.tag not in _INLINE and node.tag not in _MARK_TAGS:
            return False
        node = node.prev
    return False


# A breadcrumb's block ending with a separator (当前位置：首页 > 三务公开 >): the page's own step is left unprinted
_TRAILING_SEP = re.compile(r"(?:>>|>|＞|»|›|→)\s*$")


def within_block(steps: tuple[str, ...], body: LexborNode | None) -> tuple[str, ...]:
    """The breadcrumb `steps` read from the page's text, cut to its own block where that block ends with a separator
    (当前位置：某镇 > 三务公开 >): the text after it is the next block's (a sidebar's heading, 最新要闻), no step."""
    if not steps or body is None:
        return steps
    block = _crumb_block(body)
    if block is None:
        return steps
    said = " ".join(block.text(deep=True, separator=" ").split())
    if not _TRAILING_SEP.search(said):
        return steps
    own = breadcrumb(said)
    return own if own and steps[:len(own)] == own and len(steps) > len(own) else steps


_OWN_NAME_MAX = 40   # a heading naming the page: the body's name and the page's (某市某局政府信息公开指南)


def _own_name(text: str, last_step: str) -> bool:
    """`text` names the page its breadcrumb ends on: that step itself, or a heading ending with it, the body's name
    before it (洛川县水利局政府信息公开指南 under 首页 > 信息公开 > 公开指南) — the page's title over its content, none
    of it."""
    return bool(last_step) and (text == last_step or len(text) <= _OWN_NAME_MAX and text.endswith(last_step))


def read_crumb(text: str, body: LexborNode | None) -> tuple[str, ...]:
    """The names of the page's breadcrumb, read from its squashed `text`; where that finds none under a crumb's label,
    from the crumb's own block (`_crumb_block`, never the text after it: a footer's 联系我们 | 网站地图), with its rarer
    separators (首页 | 部门动态, 首页 :: 部门动态, 首页 · 部门动态) and each image or icon between two steps read as one
    (<a>首页</a><img src="arrow.gif">部门动态, <i class="iconfont">)."""
    steps = breadcrumb(text)
    if steps or body is None or _CRUMB_LABEL.search(text) is None:
        return steps
    block = _crumb_block(body)
    if block is None:
        return ()
    said: list[str] = []
    for n in block.traverse(include_text=True):
        if n.tag == "-text":
            said.append(n.text() or "")
        elif n.tag in _MARK_TAGS and not (n.text(deep=True) or "").strip() and said and said[-1] != " > ":
            said.append(" > ")
    return breadcrumb(" ".join(" ".join(said).split()), _CRUMB_SEP_MORE)


def breadcrumb(text: str, seps: re.Pattern[str] = _CRUMB_SEP) -> tuple[str, ...]:
    """The names of a breadcrumb (当前位置：首页 > 新闻中心 > 部门动态 → 新闻中心, 部门动态)."""
    m = _CRUMB_LABEL.search(text)
    start = m.end() if m else -1
    if m is None:
        b = _CRUMB_BARE.search(text)
        if b is None:
            return ()
        start = b.start()
    parts = seps.split(text[start : start + 120])
    names: list[str] = []
    for i, part in enumerate(parts):
        word = part.strip().split(" ", 1)[0] if part.strip() else ""
        if not word:
            continue
        if i == 0 and word in ("首页", "网站首页", "主页"):
            continue
        names.append(word[:20])
        if " " in part.strip():
            break   # the last name: what follows it is the page
    return tuple(names[:6])


_ROW_KEY = 12   # the first characters of a row's title, as the page text prints them


def rows_before_crumb(body_text: str, rows: Iterable[tuple[str, str]]) -> frozenset[str]:
    """The addresses of the dated rows (url, title) a page prints only before its labelled breadcrumb (当前位置：…) in
    reading order: rows of the header or a left sidebar (a 最新信息 box), above where the page's own content begins.
    A row printed after the crumb as well is the content's. A page without a labelled crumb has none."""
    m = _CRUMB_LABEL.search(body_text)
    if m is None:
        return frozenset()
    at = m.start()
    out: set[str] = set()
    for url, title in rows:
        key = title.strip()[:_ROW_KEY]
        if len(key) < 4:
            continue
        first = body_text.find(key)
        if 0 <= first < at and body_text.find(key, m.end()) < 0:
            out.add(url)
    return frozenset(out)
