"""Blocks of a page that no visitor can ever see: hidden in the page itself and opened by nothing on it.

A block hidden by CSS that a visitor can open is the site's: a tab's panel, a slide, an accordion's body, a 更多
panel, a mobile menu, a dialog a script pops up. What no visitor can ever see is not: a staff test block kept in
`<div style="display:none">` (测试栏目, its 测试测试 posts), a retired footer left hidden beneath the new one, a
withdrawn 专栏 hidden when it stopped. The checks never run the page's scripts, so "opened by nothing" is read
from what the page itself says (`unseen_blocks`); anything that may open a block leaves it seen.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from selectolax.lexbor import LexborHTMLParser, LexborNode

from govweb.checks.hidden_blocks import HIDDEN_STYLE, hidden_here, page_style_rules

UNSEEN = "data-govweb-unseen"   # set on a block `unseen_blocks` found (read by `in_unseen`)

# class words that mark the current item of a set (the tab shown, the slide on), not what the block is
_STATE = frozenset({"on", "cur", "curr", "current", "active", "selected", "select", "sel", "hover", "show", "open",
                    "in", "now", "checked", "first", "last", "hide", "hidden"})
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
_NOT_BLOCKS = frozenset({"script", "style", "noscript", "template", "input", "img", "iframe", "frame", "link",
                         "meta", "option", "br", "hr"})
# a box drawn with nothing to see: no size (height:0 cutting off what overflows) or fully transparent
_ZERO_BOX = re.compile(r"(?:^|;)\s*opacity\s*:\s*0(?:\.0*)?\s*(?:;|$|!)", re.I)
_NO_HEIGHT = re.compile(r"(?:^|;)\s*(?:max-)?height\s*:\s*0(?:px)?\s*(?:;|$|!)", re.I)
_OVERFLOW_HIDDEN = re.compile(r"overflow\s*:\s*hidden", re.I)
_INLINE_HIDING = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0|height\s*:\s*0", re.I)
_CLASS = re.compile(r"\.([\w-]+)(?![\w-])")


def _hides(declarations: str) -> bool:
    """CSS declarations that leave nothing to see: display:none, visibility:hidden, opacity:0, height:0 with the
    overflow hidden."""
    return (HIDDEN_STYLE.search(declarations) is not None or _ZERO_BOX.search(declarations) is not None
            or _NO_HEIGHT.search(declarations) is not None and _OVERFLOW_HIDDEN.search(declarations) is not None)


def style_hidden_classes(tree: LexborHTMLParser) -> frozenset[str]:
    """Classes the page's own `<style>` hides for certain: a rule of bare classes (`.old-foot,.old-nav{display:none}`,
    `.toolbox{height:0;overflow:hidden}`) that no other rule of the page names (`.tab.on{display:block}`,
    `li:hover .sub` may show it) and no state word (hide, hidden, on: a class a script switches). A stylesheet the
    copy lacks is never read: what it hides stays seen."""
    hiding = {m.group(1) for sel, declarations in page_style_rules(tree)
              if (m := _CLASS.fullmatch(sel)) and _hides(declarations) and m.group(1).lower() not in _STATE}
    if not hiding:
        return frozenset()
    # (named anywhere else in the page's styles — a second rule, a rule for small screens — it may be shown)
    named = Counter(_CLASS.findall("\n".join(st.text() or "" for st in tree.css("style"))))
    return frozenset(c for c in hiding if named[c] == 1)


def _hidden_by_page(node: LexborNode, classes: frozenset[str]) -> bool:
    """The element is hidden by its own attributes (`hidden_blocks.hidden_here`), by a zero-size or transparent
    inline style, or by a class the page's own `<style>` hides (`style_hidden_classes`)."""
    if hidden_here(node):
        return True
    style = node.attributes.get("style") or ""
    if style and _hides(style):
        return True
    return bool(classes) and any(c in classes for c in (node.attributes.get("class") or "").split())


def _label(node: LexborNode) -> str:
    return " ".join(v for k, v in node.attributes.items() if k in ("id", "class") and v)


def _classes(node: LexborNode) -> frozenset[str]:
    return frozenset(c for c in (node.attributes.get("class") or "").split() if c.lower() not in _STATE)


def _siblings(node: LexborNode) -> Iterable[LexborNode]:
    parent = node.parent
    if parent is None:
        return ()
    return (c for c in parent.iter() if c.tag not in ("-text", "-comment") and c.mem_id != node.mem_id)


def _named_by_code(node: LexborNode, html: str, code: str, scripted: bool = True) -> bool:
    """Something else on the page names the block, or a block around it: its id anywhere outside it (href="#id", aria-controls,
    getElementById("id"), show('id')), or one of its class words in a script or handler of the page or in the name
    of a control (`$(".dhTc").slideToggle()`, the tab links `<a href="javascript:;" class="sNavA">` of the panels
    `<div class="sNav">`)."""
    level: LexborNode | None = node
    for _ in range(_CONTROL_LEVELS):   # (or a block around it: `$('#elderNav ul').toggle()`)
        if level is None or level.tag in ("body", "html"):
            return False
        ident = (level.attributes.get("id") or "").strip()
        # (on a page running no script a link to the block, `href="#id"`, is a jump only: it shows no hidden block)
        jumps = 0 if scripted or not ident else len(re.findall(rf"""href\s*=\s*["']?#{re.escape(ident)}["'\s>]""", html))
        if ident and html.count(ident) - jumps > (level.html or "").count(ident):
            return True
        if any(c in code for c in _classes(level) if len(c) >= _NAME_MIN):
            return True
        level = level.parent
    return False


def _panel_of_a_set(node: LexborNode, by_class: bool = False) -> bool:
    """One of like siblings — the same tag and class, a state word (on, cur, active) aside —: a tab's panel, a
    slide, a list page of a carousel, which a control shows in turn. Blocks hidden by a class of the page's own
    `<style>` (`by_class`) are a set only when one of them carries a style of its own (the shown one's
    display:block, a script's switch): like blocks all hidden alike are an old template's parts, none shown."""
    own = _classes(node)
    return any(s.tag == node.tag and _classes(s) == own and (not by_class or "style" in s.attributes)
               for s in _siblings(node))


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


def unseen_blocks(tree: LexborHTMLParser, html: str, inline_scripts: Iterable[str] = ()) -> list[LexborNode]:
    """The outermost blocks of the page hidden from every visitor, each marked `UNSEEN`: hidden on the block itself
    (`style="display:none"`, `visibility:hidden`, `hidden`) and nothing on the page may open it — no script or
    handler of the page and no other element names it (its id; its class, in code or a control's name), it is no
    panel among like siblings (tabs, slides) nor a menu item's drop-down, no control stands in its widget (a tab
    bar, an onclick, a javascript: link, a button: `_control_beside`) and it is no dialog (关闭, 继续访问). Hidden
    also means a zero-size or transparent inline box (height:0 with overflow hidden, opacity:0) or a class the
    page's own `<style>` hides for certain (`style_hidden_classes`); on a page running no script, a link to the
    block's id is a jump only, which opens nothing. A block hidden by a stylesheet the copy lacks, or shown by a
    script file that names it, is never found: the benefit of the doubt is the site's."""
    body = tree.body
    classes = style_hidden_classes(tree) if "<style" in html else frozenset()
    if body is None or not classes and not _INLINE_HIDING.search(html) and " hidden" not in html:
        return []
    scripted = tree.css_first("script") is not None
    code: str | None = None
    out: list[LexborNode] = []
    for node in body.css("[style], [hidden], [class]" if classes else "[style], [hidden]"):
        if node.tag in _NOT_BLOCKS or not _hidden_by_page(node, classes) or in_unseen(node, _NOT_BLOCKS):
            continue   # (inside a block found already, or inside a noscript or template: no block of the page)
        if not (node.text(deep=True, strip=True) or node.css_first("a[href], img, form, input")):
            continue   # (an empty box, a counter's script holder: nothing to see either way)
        if code is None:   # (the page's scripts, its handlers, and the names of its controls)
            code = "\n".join([*inline_scripts, *(v or "" for h in tree.css(_HANDLERS)
                                                   for k, v in h.attributes.items() if k.startswith("on")),
                               *(_label(c) for c in tree.css(_SCRIPT_CONTROLS))])
        by_class = not hidden_here(node) and not _hides(node.attributes.get("style") or "")
        if (_named_by_code(node, html, code, scripted) or _panel_of_a_set(node, by_class) or _in_menu_item(node)
                or _control_beside(node) or dialog(node)):
            continue
        node.attrs[UNSEEN] = "1"
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
