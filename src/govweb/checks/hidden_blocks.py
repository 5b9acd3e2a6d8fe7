"""What the static page hides from a visitor: an element hidden by its own attributes (`hidden_here`), or inside a
hidden block (`hidden`: a tab or panel a script shows later), and a loading line the page shows (`shows_loading`)."""

from __future__ import annotations

import functools
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from govweb.emptyslot import LOADING

HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_COMMENT = re.compile(r"/\*.*?\*/", re.S)
# class words that mark a state a script switches (the tab shown, a slide on, a block to hide or show), not what the
# block is: a rule hiding such a class hides whatever a script gives it, never one block for certain
# (`style_hidden_classes` gives such a class this mark: hidden for certain on a page running no script, or as a
# list's row among rows that show)
SWITCHED = "*"
STATE_WORDS = frozenset({"on", "cur", "curr", "current", "active", "selected", "select", "sel", "hover", "show",
                         "open", "in", "now", "checked", "first", "last", "hide", "hidden"})
# marks a class whose element a hiding rule spares (`.updated:not(.published)`: `!published`), script or none
SPARED = "!"

# what a rule of the page's own <style> declares that no visitor sees: no box (display:none), an invisible one
# (visibility:hidden, opacity:0), a box of no height clipping its text, the 1px box of screen-reader text (sr-only)
_HIDING_RULE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|(?<![\w-])opacity\s*:\s*0*\.?0*\s*(?:!important\s*)?(?:;|$)",
                          re.I)
_CLIPS = re.compile(r"overflow\s*:\s*hidden|(?<![\w-])clip\s*:", re.I)
_NO_HEIGHT = re.compile(r"(?<![\w-])(?:max-)?height\s*:\s*0(?:px)?\s*(?:!important\s*)?(?:;|$)", re.I)
_PIXEL_WIDE = re.compile(r"(?<![\w-])width\s*:\s*[01]px", re.I)
_PIXEL_HIGH = re.compile(r"(?<![\w-])height\s*:\s*[01]px", re.I)
_CLASSES = re.compile(r"\.([\w-]+)((?:\.[\w-]+)*)")
_CLASS_BUT = re.compile(r"\.([\w-]+):not\(\.([\w-]+)\)")   # (a class but on elements carrying another)
_CLASS_WORD = re.compile(r"\.([\w-]+)")
# inline text set to no size, a box of its own with no picture behind it (words over a sprite are seen in the picture)
_NO_SIZE_TEXT = re.compile(r"(?<![\w-])font-size\s*:\s*0(?:px)?\s*(?:;|$)", re.I)
# a quick look whether an inline style may hide anything (`hides`): before walking the page's elements
INLINE_HIDING = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0|height\s*:\s*[01]px"
                           r"|height\s*:\s*0|font-size\s*:\s*0", re.I)


def hides(decls: str) -> bool:
    """CSS declarations that leave nothing to see: display:none, visibility:hidden, opacity:0, a box of no height
    (or sr-only's 1px box) cutting off what overflows or clipped."""
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


def _style_texts(tree: LexborHTMLParser) -> tuple[str, ...]:
    # (`tags` finds the same elements as the selector "style", in the same order, in about two thirds of its time)
    return tuple(style.text() or "" for style in tree.tags("style"))


@functools.lru_cache(maxsize=64)
def _parsed_rules(styles: tuple[str, ...]) -> tuple[tuple[str, str, bool], ...]:
    """`_rules` of the texts of a page's <style> elements, read once for the pages that share them."""
    return tuple(r for text in styles for r in _rules(_COMMENT.sub("", text)))


def _style_rules(tree: LexborHTMLParser) -> tuple[tuple[str, str, bool], ...]:
    """The rules of the page's own `<style>` blocks (`_rules`). A linked stylesheet is not read."""
    return _parsed_rules(_style_texts(tree))


def page_style_rules(tree: LexborHTMLParser) -> list[tuple[str, str]]:
    """The rules of the page's own `<style>` blocks as (one selector, its declarations), outside any @media or
    other at-rule block (what holds on some screens only). A linked stylesheet is not read."""
    return [(sel.strip(), decls) for selectors, decls, at_block in _style_rules(tree) if not at_block
            for sel in selectors.split(",") if sel.strip()]


_GENERATED = re.compile(r"^(.+?)::?(before|after)$", re.I)
_CONTENT = re.compile(r"content\s*:\s*([\"'])([^\"']+)\1", re.I)


def style_written_words(tree: LexborHTMLParser) -> list[tuple[str, str, str]]:
    """The words the page's own `<style>` writes before or after elements (`.bsm::before{content:"网站标识码："}`) as
    (the elements' selector, "before" or "after", the words), in the order of the rules; none without a <style>."""
    return list(_written_words(_style_texts(tree)))   # (no <style>: no texts, no rules, none)


@functools.lru_cache(maxsize=64)
def _written_words(styles: tuple[str, ...]) -> tuple[tuple[str, str, str], ...]:
    """`style_written_words` of the texts of a page's <style> elements, read once for the pages that share them."""
    found = []
    for selectors, declarations, at_block in _parsed_rules(styles):
        if at_block:
            continue
        for sel in selectors.split(","):
            sel = sel.strip()
            if sel and (m := _GENERATED.match(sel)) is not None and (said := _CONTENT.search(declarations)) is not None:
                found.append((m.group(1), m.group(2).lower(), said.group(2)))
    return tuple(found)


def style_hidden_classes(tree: LexborHTMLParser) -> dict[str, frozenset[str]]:
    """The classes the page's own <style> hides for certain (`.v2019{display:none}`, `.sr-only{width:1px;height:1px;
    overflow:hidden}`, `.ticker{opacity:0;height:0;overflow:hidden}`), each with the further classes that would show
    it (`.ticker.on{opacity:1}`: `on`); a class hidden but where another spares it (`.updated:not(.published)`, a
    theme's second time beside the one shown) with that one marked `SPARED`. A class any other rule names — a hover, a parent's state, a @media query, a
    rule of its own that does not hide — is not certain: a visitor may see it. A state word (`.hide`, `.on`: a
    class a script switches) is marked `SWITCHED`: certain only where nothing switches it (`hidden_by_class`). This
    is the one reading of "hidden by the page's own style" (`hidden_by_style`)."""
    return dict(_hidden_classes(_style_texts(tree)))


@functools.lru_cache(maxsize=64)
def _hidden_classes(styles: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """`style_hidden_classes` of the texts of a page's <style> elements, read once for the pages of a site that
    share them (a template's stylesheet). The cached value is never handed out: callers get a copy."""
    hiding: set[str] = set()
    shown_with: dict[str, set[str]] = {}
    named: set[str] = set()
    for selectors, decls, at_block in _parsed_rules(styles):
        hidden_so = hides(decls) and not at_block
        for sel in selectors.split(","):
            m = _CLASSES.fullmatch(sel.strip())
            but = _CLASS_BUT.fullmatch(sel.strip()) if hidden_so and not m else None
            if but:
                hiding.add(but.group(1))
                shown_with.setdefault(but.group(1), set()).add(SPARED + but.group(2))
            elif m and not m.group(2) and hidden_so:
                hiding.add(m.group(1))
            elif m and m.group(2) and not at_block:   # (`.ticker.on`: the class with another)
                shown_with.setdefault(m.group(1), set()).update(m.group(2)[1:].split("."))
            else:
                named.update(_CLASS_WORD.findall(sel))
    return {c: frozenset({SWITCHED}) if c.lower() in STATE_WORDS else frozenset(shown_with.get(c, ()))
            for c in hiding - named}


# what a visitor's ad blocker writes into a page saved with it on: a <style> block of element-hiding rules, every
# one only `display:none !important` (`.adsbygoogle, .float-ad { display: none !important; }`), and that declaration
# in the style attribute of each element it hid
_BLOCKER_HIDING = re.compile(r"display\s*:\s*none\s*!\s*important\s*;?", re.I)


def _blocker_sheet(css: str) -> bool:
    """A <style> text whose rules all hide with `display:none !important` alone: an ad blocker's element hiding."""
    rules = _rules(_COMMENT.sub("", css))
    return bool(rules) and all(not at_block and _BLOCKER_HIDING.fullmatch(decls.strip()) is not None
                               for _, decls, at_block in rules)


def blocker_free_classes(tree: LexborHTMLParser) -> dict[str, frozenset[str]] | None:
    """On a page carrying an ad blocker's element-hiding sheet (`_blocker_sheet`), the classes the page's own
    <style> hides without it (`style_hidden_classes` of the other sheets); None on a page carrying none."""
    texts = _style_texts(tree)
    own = tuple(t for t in texts if not _blocker_sheet(t))
    return dict(_hidden_classes(own)) if len(own) < len(texts) else None


def hidden_by_blocker(node: LexborNode, own_classes: dict[str, frozenset[str]], inert: bool = False,
                      row: bool = False) -> bool:
    """An element `hidden_by_style` is hidden only by a visitor's ad blocker, not by the site, on a page carrying the
    blocker's sheet (`blocker_free_classes`: `own_classes`): nothing hides it but `display:none !important` in its
    style attribute or that sheet's rules — no `hidden` attribute, no other hiding style, no class the page's own
    <style> hides (`hidden_by_class`)."""
    rest = _BLOCKER_HIDING.sub("", node.attributes.get("style") or "")
    return ("hidden" not in node.attributes and not hides(rest) and _NO_SIZE_TEXT.search(rest) is None
            and not hidden_by_class(node, own_classes, inert, row))


def no_size_text(node: LexborNode) -> bool:
    """Words of an element of their own set to no size inline, with no picture behind them and no link (words over
    a sprite are seen in the picture)."""
    style = node.attributes.get("style") or ""
    return (_NO_SIZE_TEXT.search(style) is not None and "background" not in style and node.tag != "a"
            and next(node.iter(), None) is None and bool((node.text() or "").strip()))


def hidden_inline(node: LexborNode) -> bool:
    """The element itself is hidden for certain by its own attributes: `hidden_here`, an inline box leaving nothing
    to see (`hides`: opacity:0, height:0 with the overflow hidden) or words of no size (`no_size_text`)."""
    style = node.attributes.get("style") or ""
    return hidden_here(node) or bool(style) and (hides(style) or no_size_text(node))


def hidden_by_class(node: LexborNode, classes: dict[str, frozenset[str]], inert: bool = False,
                    row: bool = False) -> bool:
    """The element carries a class of `style_hidden_classes` — one another class would show (`.ticker.on`) only
    on a page that runs no script and no handler (`inert`) to add it, the element lacking that class; a state
    word's (`.hide`, `SWITCHED`) only there too, or on a list's row (`row`: among rows that show, `unseen._hidden_row`,
    whose hidden rows are no slides whatever the class). An element carrying a class the rule spares (`SPARED`) is
    never hidden by it."""
    own = set((node.attributes.get("class") or "").split())
    return any(c in classes and not any(s[1:] in own for s in classes[c] if s[0] == SPARED) and (
        not (shows := {s for s in classes[c] if s[0] != SPARED}) or inert and not own & shows
        or row and SWITCHED in shows) for c in own)


def hidden_by_style(node: LexborNode, classes: dict[str, frozenset[str]], inert: bool = False,
                    row: bool = False) -> bool:
    """The element itself is hidden for certain: by its inline style (`hidden_inline`: `hidden_here`, a zero-size
    or transparent box, text of no size with no picture behind it, `<span style="font-size:0">更新时间：…</span>`),
    or by a class the page's own <style> hides (`hidden_by_class`)."""
    return hidden_inline(node) or hidden_by_class(node, classes, inert, row)


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
