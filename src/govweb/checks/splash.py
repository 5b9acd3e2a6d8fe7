"""A splash or jump page: one whose only job is to send the visitor on (a meta refresh, a script redirect that runs
on load for a desktop visitor, an "enter" link outside the site's hierarchy, a frameset)."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from govweb.checks.page_links import Joiner, Link
from govweb.device import IF, block_heads, definitions, phones_only
from govweb.gateway import ENTRY_WORDS, SCRIPT_REDIRECT, SCRIPT_REDIRECT_TO
from govweb.htmlstd import parse_refresh
from govweb.urlnorm import same_page

_FUNCTION_HEAD = re.compile(r"function\s*([\w$]*)\s*\([^)]*\)$|\)\s*=>$")
_ON_LOAD = re.compile(r"^[(!+]\s*function\s*\([^)]*\)$|(?:\$|jQuery)\s*\(\s*(?:document\s*\)\s*\.\s*ready\s*\(\s*)?function\s*\(\s*\)$|onload\s*=\s*function"
                      r"|setTimeout\s*\(\s*function|addEventListener\s*\(\s*['\"](?:load|DOMContentLoaded)['\"]")
REDIRECT_MAX_CHARS = 300
# A statement run under a condition besides an `if`: an else branch, a ternary, a short circuit (`m && location…`).
_CONDITION = re.compile(r"\belse\b|\?|&&|\|\|")


def _load_context(heads: list[str]) -> bool | str:
    """Whether a statement inside the blocks `heads` (`device.block_heads`) runs when the page loads: True (top level, or inside
    wrappers that run on load: `(function(){…})()`, `$(function(){…})`, `window.onload = function(){…}`,
    `setTimeout(function(){…})`), False (inside an event handler: any other function without a name), or the
    name of the named function holding it (it runs when that function is called)."""
    for head in reversed([h.strip() for h in heads[:-1]]):   # the blocks around it, innermost first
        m = _FUNCTION_HEAD.search(head)
        if m is None or _ON_LOAD.search(head):
            continue   # a block (if, for, try), or a wrapper that runs on load
        return m.group(1) or False
    return True


def _script_sends_on(inline_scripts: list[str]) -> bool:
    """An inline script moves the visitor on when the page loads: a location change that runs on load, directly
    or in a named function called on load — not one in a branch for phones only (`device.phones_only`: `if
    (/Android|iPhone/i.test(navigator.userAgent)) location.replace('/m/')`; a desktop visitor, the evaluator, stays).
    `function search(){ location.href = "/search?q=" + key }` called from a click handler runs only when a visitor
    asks: no jump."""
    defs: dict[str, str] | None = None   # the scripts' variables, read once a location change is found
    for script in inline_scripts:
        for m in SCRIPT_REDIRECT.finditer(script):
            defs = definitions("\n".join(inline_scripts)) if defs is None else defs
            heads = block_heads(script, m.start())
            if phones_only(heads, defs):
                continue
            where = _load_context(heads)
            if where is True:
                return True
            if not where:
                continue
            name = re.escape(where)
            call = re.compile(rf"(?<![\w$.])(?<!function ){name}\s*\(|setTimeout\s*\(\s*['\"]?{name}\b")
            if any(_load_context(block_heads(t, c.start())) is True for t in inline_scripts for c in call.finditer(t)):
                return True
    return False


def _refresh_target(meta: dict[str, str], join: Joiner, page_url: str) -> str | None:
    """The other page a meta refresh sends the visitor to (none for a reload of the page itself)."""
    refresh = parse_refresh(meta.get("refresh", ""))
    target = join(refresh[1]) if refresh is not None and refresh[1] else None
    return target if target is not None and not same_page(target, page_url) else None


def sends_on(tree: LexborHTMLParser, text: str, meta: dict[str, str], links: list[Link], inline_scripts: list[str],
             join: Joiner, page_url: str, in_hierarchy: bool) -> bool:
    """A short page that sends the visitor on: a refresh to another page (to itself: a reload), an inline script
    moving on when the page loads, an 进入 link (a splash page only outside the site's hierarchy: `in_hierarchy`,
    under a breadcrumb, is inside), or a frameset (the visitor reads the main frame: a gateway too)."""
    if len(text) >= REDIRECT_MAX_CHARS:
        return False
    return (_refresh_target(meta, join, page_url) is not None or _script_sends_on(inline_scripts)
            or not in_hierarchy and any(ENTRY_WORDS.search(lk.text) for lk in links)
            or tree.css_first("frameset frame[src]") is not None)


def jump_target(meta: dict[str, str], inline_scripts: list[str], join: Joiner, page_url: str) -> str | None:
    """Where a jump page sends every visitor, when it says so plainly: its meta refresh's address, else the
    literal address of a location change that runs when the page loads under no condition at all
    (`window.location.replace("http://wsbs.x.gov.cn/")` at top level or in an on-load wrapper); None when the
    jump is conditional (a branch, even one a desktop browser takes), built from parts, or absent."""
    refresh = parse_refresh(meta.get("refresh", ""))
    if refresh is not None and refresh[1]:
        return _refresh_target(meta, join, page_url)
    for script in inline_scripts:
        for m in SCRIPT_REDIRECT_TO.finditer(script):
            heads = block_heads(script, m.start())
            if _load_context(heads) is not True or any(IF.search(h) or _CONDITION.search(h) for h in heads):
                continue
            target = join(m.group(2) or m.group(4) or m.group(6))
            if target is not None and not same_page(target, page_url):
                return target
    return None
