"""What the static page hides from a visitor: an element hidden by its own attributes (`hidden_here`), or inside a
hidden block (`hidden`: a tab or panel a script shows later), and a loading line the page shows (`shows_loading`)."""

from __future__ import annotations

import functools
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from govweb.emptyslot import LOADING

HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

# what a rule of the page's own <style> declares that no visitor sees: no box (display:none), an invisible one
# (visibility:hidden, opacity:0), a box of no height clipping its text, the 1px box of screen-reader text (sr-only)
_HIDING_RULE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|(?<![\w-])opacity\s*:\s*0*\.?0*\s*(?:!important\s*)?(?:;|$)",
                          re.I)
_CLIPS = re.compile(r"overflow\s*:\s*hidden|(?<![\w-])clip\s*:", re.I)
_NO_HEIGHT = re.compile(r"(?<![\w-])(?:max-)?height\s*:\s*0(?:px)?\s*(?:!important\s*)?(?:;|$)", re.I)
_PIXEL_WIDE = re.compile(r"(?<![\w-])width\s*:\s*[01]px", re.I)
_PIXEL_HIGH = re.compile(r"(?<![\w-])height\s*:\s*[01]px", re.I)
_CLASSES = re.compile(r"\.([\w-]+)((?:\.[\w-]+)*)")
_CLASS_WORD = re.compile(r"\.([\w-]+)")
# inline text set to no size, a box of its own with no picture behind it (words over a sprite are seen in the picture)
_NO_SIZE_TEXT = re.compile(r"(?<![\w-])font-size\s*:\s*0(?:px)?\s*(?:;|$)", re.I)


def _hides(decls: str) -> bool:
    return _HIDING_RULE.search(decls) is not None or _CLIPS.search(decls) is not None and (
        _NO_HEIGHT.search(decls) is not None
        or _PIXEL_WIDE.search(decls) is not None and _PIXEL_HIGH.search(decls) is not None)


def _rules(css: str) -> list[tuple[str, str, bool]]:
    """The rules of a stylesheet: (selectors, declarations, inside an @media or other @-block)."""
    out: list[tuple[str, str, bool]] = []
    depth, at_depth, start = 0, 0, 0
    selector = ""
    for i, ch in enumerate(css):
        if ch == "{":
            head = css[start:i].strip()
            if head.startswith("@"):
                at_depth += 1
            else:
                selector = head
            depth += 1
            start = i + 1
        elif ch == "}":
            if depth > at_depth:
                out.append((selector, css[start:i], at_depth > 0))
            elif at_depth:
                at_depth -= 1
            depth = max(depth - 1, 0)
            start = i + 1
        elif ch == ";" and depth == at_depth:
            start = i + 1   # (an @import line)
    return out


def style_hidden_classes(tree: LexborHTMLParser) -> dict[str, frozenset[str]]:
    """The classes the page's own <style> hides for certain (`.v2019{display:none}`, `.sr-only{width:1px;height:1px;
    overflow:hidden}`, `.ticker{opacity:0;height:0;overflow:hidden}`), each with the further classes that would show
    it (`.ticker.on{opacity:1}`: `on`). A class any other rule names — a hover, a parent's state, a @media query, a
    rule of its own that does not hide — is not certain: a visitor may see it."""
    return dict(_hidden_classes(tuple(style.text() or "" for style in tree.css("style"))))


_COMMENT = re.compile(r"/\*.*?\*/", re.S)


@functools.lru_cache(maxsize=64)
def _hidden_classes(styles: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """`style_hidden_classes` of the texts of a page's <style> elements, read once for the pages of a site that
    share them (a template's stylesheet). The cached value is never handed out: callers get a copy."""
    hiding: set[str] = set()
    shown_with: dict[str, set[str]] = {}
    named: set[str] = set()
    for text in styles:
        css = _COMMENT.sub("", text)
        for selectors, decls, at_block in _rules(css):
            hides = _hides(decls) and not at_block
            for sel in selectors.split(","):
                m = _CLASSES.fullmatch(sel.strip())
                if m and not m.group(2) and hides:
                    hiding.add(m.group(1))
                elif m and m.group(2) and not at_block:   # (`.ticker.on`: the class with another)
                    shown_with.setdefault(m.group(1), set()).update(m.group(2)[1:].split("."))
                else:
                    named.update(_CLASS_WORD.findall(sel))
    return {c: frozenset(shown_with.get(c, ())) for c in hiding - named}


def no_size_text(node: LexborNode) -> bool:
    """Words of an element of their own set to no size inline, with no picture behind them and no link (words over
    a sprite are seen in the picture)."""
    style = node.attributes.get("style") or ""
    return (_NO_SIZE_TEXT.search(style) is not None and "background" not in style and node.tag != "a"
            and next(node.iter(), None) is None and bool((node.text() or "").strip()))


def hidden_by_style(node: LexborNode, classes: dict[str, frozenset[str]], inert: bool = False) -> bool:
    """The element itself is hidden for certain: by its inline style (`hidden_here`), as text of no size with no
    picture behind it (`<span style="font-size:0">更新时间：…</span>`), or by a class of `style_hidden_classes` —
    one another class would show (`.ticker.on`) only on a page that runs no script (`inert`) to add it."""
    if hidden_here(node) or no_size_text(node):
        return True
    own = set((node.attributes.get("class") or "").split())
    return any(c in classes and (not classes[c] or inert and not own & classes[c]) for c in own)


def hidden_here(node: LexborNode) -> bool:
    """The element itself is hidden in the static page (`style="display:none"`, `visibility:hidden`, `hidden`)."""
    attrs = node.attributes
    return "hidden" in attrs or HIDDEN_STYLE.search(attrs.get("style") or "") is not None


def hidden(node: LexborNode) -> bool:
    """The node or a block around it is hidden in the static page (`hidden_here`): a tab or panel a visitor does
    not see until a script shows it."""
    while node is not None and node.tag not in ("body", "html"):
        if hidden_here(node):
            return True
        node = node.parent
    return False


def shows_loading(tree: LexborHTMLParser) -> bool:
    """The page shows a 正在加载… / loading line (not hidden): a list whose data has not arrived, whatever it holds."""
    body = tree.body
    return body is not None and any(
        n.tag == "-text" and LOADING.match(n.text() or "") and (n.parent is None or not hidden(n.parent))
        for n in body.traverse(include_text=True))
