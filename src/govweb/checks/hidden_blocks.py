"""What the static page hides from a visitor: an element hidden by its own attributes (`hidden_here`), or inside a
hidden block (`hidden`: a tab or panel a script shows later), and a loading line the page shows (`shows_loading`)."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from govweb.emptyslot import LOADING

HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


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
