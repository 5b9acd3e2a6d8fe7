"""Blocks of a page that no visitor can ever see: hidden in the page itself and opened by nothing on it.

A block hidden by CSS that a visitor can open is the site's: a tab's panel, a slide, an accordion's body, a 更多
panel, a mobile menu, a dialog a script pops up. What no visitor can ever see is not: a staff test block kept in
`<div style="display:none">` (测试栏目, its 测试测试 posts), a retired footer left hidden beneath the new one, a
withdrawn 专栏 hidden when it stopped. The checks never run the page's scripts, so "opened by nothing" is read
from what the page itself says (`unseen_blocks`); anything that may open a block leaves it seen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from selectolax.lexbor import LexborHTMLParser, LexborNode

from govweb.checks.hidden_blocks import (
    INLINE_HIDING,
    STATE_WORDS,
    blocker_free_classes,
    hidden_by_blocker,
    hidden_by_style,
    hidden_inline,
    no_size_text,
    style_hidden_classes,
)

UNSEEN = "data-govweb-unseen"   # set on a block `unseen_blocks` found (read by `in_unseen`)
ROW = "row"   # its value on a list's row found only as a row hidden among rows that show (`unseen_blocks`'s `rows`)

# what a visitor works a widget with: a handler, a link or button that only runs a script, a tab bar or a current
# item (its class), an element named for tabs
_CONTROL = ("[onclick], [onmouseover], [onmouseenter], [ontouchstart], a[href^='javascript'], a[href='#'], button, "
            "[class*='tab'], [id*='tab'], .on, .cur, .current, .active, .selected, .hover, .select")
_HANDLERS = "[onclick], [onmouseover], [onmouseenter], [onmouseout], [onchange], [ontouchstart], [onload]"
_SCRIPT_CONTROLS = f"{_HANDLERS}, a[href^='javascript'], a[href='#'], button"
# a dialog's buttons: a line of its own saying one of these (关闭, ×, 继续访问 … 放弃)
_DIALOG = re.compile(r"\[?(?:关闭|关闭窗口|close|×|x|X|继续访问|取消|确定|放弃)\]?", re.I)
_NAME_MIN = 3          # a class word shorter than this (a, on) names nothing in particular
_CONTROL_LEVELS = 3    # the block and the two blocks around it: the widget a control of it sits in
_ROWS = frozenset({"li", "tr", "dd"})
_STYLE_OPEN = re.compile(r"<style", re.I | re.A)   # (as `"<style" in html.lower()` reads, without lowering a page)
_IMPORTANT = re.compile(r"important", re.I | re.A)   # (what an ad blocker's hiding says: a cheap first test)
_STYLE_BLOCK = re.compile(r"<style\b.*?</style>", re.S | re.I)
_CSS_CLASS = re.compile(r"[A-Za-z_][\w-]*")   # (a class name a CSS selector may name bare)
_NOT_BLOCKS = frozenset({"script", "style", "noscript", "template", "input", "img", "iframe", "frame", "link",
                         "meta", "option", "br", "hr"})


def _label(node: LexborNode) -> str:
    return " ".join(v for k, v in node.attributes.items() if k in ("id", "class") and v)


def _classes(node: LexborNode) -> frozenset[str]:
    return frozenset(c for c in (node.attributes.get("class") or "").split() if c.lower() not in STATE_WORDS)


def _siblings(node: LexborNode) -> Iterable[LexborNode]:
    parent = node.parent
    if parent is None:
        return ()
    return (c for c in parent.iter() if c.tag not in ("-text", "-comment") and c.mem_id != node.mem_id)


def _named_by_code(node: LexborNode, html: str, code: str, levels: int = _CONTROL_LEVELS,
                   scriptless: bool = False) -> bool:
    """Something else on the page names the block, or a block around it: its id anywhere outside it (href="#id", aria-controls,
    getElementById("id"), show('id')), or one of its class words in a script or handler of the page or in the name
    of a control (`$(".dhTc").slideToggle()`, the tab links `<a href="javascript:;" class="sNavA">` of the panels
    `<div class="sNav">`). A link to a block around it (a skip link's `href="#main"`) leads there and opens nothing;
    on a page running no script (`scriptless`: a handler naming the block still names it) a link to the block
    itself is such a jump too."""
    level: LexborNode | None = node
    for depth in range(levels):   # (or a block around it: `$('#elderNav ul').toggle()`)
        if level is None or level.tag in ("body", "html"):
            return False
        ident = (level.attributes.get("id") or "").strip()
        if ident:
            named = re.compile(rf"(?<![\w-]){re.escape(ident)}(?![\w-])")   # (id main is not in SiteDomain)
            jump = rf"""href\s*=\s*["']?#{re.escape(ident)}["'\s>]"""
            skips = len(re.findall(jump, html)) if depth or scriptless else 0
            if len(named.findall(html)) - skips > len(named.findall(level.html or "")):
                return True
        if any(c in code for c in _classes(level) if len(c) >= _NAME_MIN):
            return True
        level = level.parent
    return False


def _panel_of_a_set(node: LexborNode, by_class: dict[str, frozenset[str]] | None = None, inert: bool = False) -> bool:
    """One of like siblings — the same tag and class, a state word (on, cur, active) aside —: a tab's panel, a
    slide, a list page of a carousel, which a control shows in turn. Blocks hidden by a class of the page's own
    `<style>` (`by_class`: those classes) are a set only when one of them is shown — a style of its own (the shown
    one's display:block, a script's switch) or the class that shows it (`.pane.on`): like blocks all hidden alike
    are an old template's parts, none shown."""
    own = _classes(node)
    return any(s.tag == node.tag and _classes(s) == own and (
        by_class is None or "style" in s.attributes or not hidden_by_style(s, by_class, inert)) for s in _siblings(node))


def _in_menu_item(node: LexborNode) -> bool:
    """The block sits in an item of a list (within the two blocks around it): a menu's drop-down (`<li><a>政务公开</a>
    <div class="subnav" style="display:none">`) its item opens on hover, or a part of a list's row."""
    level = node.parent
    for _ in range(_CONTROL_LEVELS - 1):
        if level is None or level.tag in ("body", "html"):
            return False
        if level.tag in ("li", "dd", "dt"):
            return True
        level = level.parent
    return False


def _control_beside(node: LexborNode) -> bool:
    """A control stands in the block's widget — beside it, or beside one of the two blocks around it, below the
    page's body (the page's own regions are no widget): a tab bar, a handler, a button."""
    level: LexborNode | None = node
    for _ in range(_CONTROL_LEVELS):
        if level is None or level.parent is None or level.parent.tag in ("body", "html"):
            return False
        for s in _siblings(level):
            if s.css_matches(_CONTROL) or s.css_first(_CONTROL) is not None:
                return True
        level = level.parent
    return False


def dialog(node: LexborNode) -> bool:
    """The block is a dialog a script pops up: a line of it is a button closing or answering it (关闭, ×, 继续访问)."""
    return any(t.tag == "-text" and _DIALOG.fullmatch((t.text() or "").strip()) is not None
               for t in node.traverse(include_text=True))


def _hidden_row(node: LexborNode, classes: dict[str, frozenset[str]], inert: bool) -> bool:
    """A row of a list hidden on itself while most of its like rows show (a 测试信息 row, duplicates kept hidden): a
    list shows its rows together, so it is no slide of a carousel (whose rows are hidden but the one shown)."""
    if node.tag not in _ROWS:
        return False
    rows = [s for s in _siblings(node) if s.tag == node.tag]
    shown = sum(not hidden_by_style(s, classes, inert, True) for s in rows)
    return shown > len(rows) - shown + 1


def unseen_blocks(tree: LexborHTMLParser, html: str, inline_scripts: Iterable[str] = (), inert: bool = False,
                  rows: bool = False) -> list[LexborNode]:
    """The outermost blocks of the page hidden from every visitor, each marked `UNSEEN`: hidden on the block itself
    (`hidden_blocks.hidden_by_style`: `style="display:none"`, `visibility:hidden`, `hidden`, a zero-size or
    transparent inline box, words of no size, a class the page's own <style> hides for certain) and nothing on the
    page may open it — no script or handler of the page and no other element names it (its id; its class, in code
    or a control's name), it is no panel among like siblings (tabs, slides; blocks all hidden alike by a class are
    none) nor a menu item's drop-down, no control stands in its widget (a tab bar, an onclick, a javascript: link,
    a button: `_control_beside`) and it is no dialog (关闭, 继续访问). On a page that runs no script (`inert`) a link
    to the block (`href="#id"`) is a jump that shows nothing, and with no handler either a control or a dialog's 关闭
    opens nothing. With `rows` (a page other than the homepage, whose tickers and scroll boxes show their rows in
    turn) a list's row hidden among rows that show is unseen too (`_hidden_row`), marked `ROW` when only that finds
    it. A block hidden by a stylesheet the copy lacks, or shown by a script file that names it, is never found: the
    benefit of the doubt is the site's; so is one a visitor's ad blocker hid in a saved copy (`hidden_by_blocker`)."""
    body = tree.body
    classes = style_hidden_classes(tree) if _STYLE_OPEN.search(html) else {}
    if body is None or not classes and not INLINE_HIDING.search(html) and " hidden" not in html:
        return []   # (a class the page's style hides first: the search over the whole page only without one)
    scriptless, inert = inert, inert and tree.css_first(_HANDLERS) is None
    bare = ""   # (the page without its <style> blocks: a rule naming an id opens nothing; read with `code`)
    code: str | None = None
    blocker: dict[str, frozenset[str]] | None = None   # (the page's own hidden classes, beside an ad blocker's sheet)
    out: list[LexborNode] = []
    candidates = "[style], [hidden]" + "".join(f", .{c}" for c in classes if _CSS_CLASS.fullmatch(c))
    for node in body.css(candidates):
        if node.tag in _NOT_BLOCKS or not hidden_by_style(node, classes, inert, rows and node.tag in _ROWS) \
                or in_unseen(node, _NOT_BLOCKS):
            continue   # (inside a block found already, or inside a noscript or template: no block of the page)
        if not (node.text(deep=True, strip=True) or node.css_first("a[href], img, form, input")):
            continue   # (an empty box, a counter's script holder: nothing to see either way)
        if code is None:   # (the page's scripts, its handlers, and the names of its controls)
            code = "\n".join([*inline_scripts, *(v or "" for h in tree.css(_HANDLERS)
                                                   for k, v in h.attributes.items() if k.startswith("on")),
                               *(_label(c) for c in tree.css(_SCRIPT_CONTROLS))])
            bare = _STYLE_BLOCK.sub("", html)
            blocker = blocker_free_classes(tree) if _IMPORTANT.search(html) and _STYLE_OPEN.search(html) else None
        row = rows and _hidden_row(node, classes, inert)   # (a script showing rows names them or their list)
        if not row and not hidden_by_style(node, classes, inert):
            continue   # (hidden only by a state word's class, which counts for a row among rows that show alone)
        if blocker is not None and hidden_by_blocker(node, blocker, inert, row):
            continue   # (hidden by the visitor's ad blocker in a saved copy: the site shows it)
        if _named_by_code(node, bare, code, 2 if row else _CONTROL_LEVELS, scriptless):
            continue
        by_class = classes if not hidden_inline(node) else None   # (hidden by a class of the page's style only)
        set_or_menu = (_panel_of_a_set(node, by_class, inert) or _in_menu_item(node)) and not no_size_text(node)
        if set_or_menu and not row:
            continue   # (tabs, slides and drop-downs are hidden, never shrunk to no size)
        if not inert and (_control_beside(node) or dialog(node)):
            continue
        node.attrs[UNSEEN] = ROW if set_or_menu else "1"
        out.append(node)
    return out


def in_unseen(node: LexborNode, or_in: frozenset[str] = frozenset()) -> bool:
    """The node is, or sits inside, a block `unseen_blocks` found (or an element named in `or_in`)."""
    n: LexborNode | None = node
    while n is not None and n.tag not in ("body", "html"):
        if UNSEEN in n.attributes or n.tag in or_in:
            return True
        n = n.parent
    return False
