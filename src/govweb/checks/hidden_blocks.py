"""What the static page hides from a visitor: an element hidden by its own attributes (`hidden_here`), or inside a
hidden block (`hidden`: a tab or panel a script shows later), and a loading line the page shows (`shows_loading`)."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from govweb.emptyslot import LOADING

HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_COMMENT = re.compile(r"/\*.*?\*/", re.S)


def page_style_rules(tree: LexborHTMLParser) -> list[tuple[str, str]]:
    """The rules of the page's own `<style>` blocks as (one selector, its declarations), outside any @media or
    other at-rule block (what holds on some screens only). A linked stylesheet is not read."""
    css = _COMMENT.sub("", "\n".join(st.text() or "" for st in tree.css("style")))
    depth, start, out = 0, 0, []
    for i, ch in enumerate(css):
        if ch == "{":
            depth += 1
        elif ch == "}" and depth:
            depth -= 1
            if depth == 0:
                m = _RULE.fullmatch(css[start:i + 1].strip())
                if m is not None and not m.group(1).strip().startswith("@"):
                    out.extend((sel.strip(), m.group(2)) for sel in m.group(1).split(",") if sel.strip())
                start = i + 1
    return out


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
