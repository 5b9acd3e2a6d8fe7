"""Menus an inline script draws from data the page itself holds.

A site's menu is often an empty `<ul id="nav-list">` inside `<nav>` that an inline script fills from a JSON island
(`<script type="application/json" id="nav-config">[{"name": "政务公开", "url": "/zwgk/", "children": […]}]</script>`)
or a literal it declares (`var menu = [{…}]`). The names and addresses are in the static page: drawn as links into
the slot, they are the menu a visitor sees, and its entries are read like any other (a 数据开放 item leading to a
404 page is a broken entry, not an unknown one).
"""

from __future__ import annotations

import re
from html import escape
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from govweb.checks.footer import element_label
from govweb.checks.printed_lists import nav_named
from govweb.checks.script_source import (
    array_literal,
    dom_writing_scripts,
    json_islands,
    named_nodes,
    script_data,
)
from govweb.emptyslot import empty_slot

MENU_ITEMS_MIN = 3     # records of one list that make it a menu
_NAME_MAX = 12         # a menu item's name is short (政府信息公开指南), never a headline
_CJK_NAME = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9（）()·、\s]*[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9（）()·、\s]*$")
_ADDRESS = re.compile(r"^(?:https?://|/|\./|\.\./)", re.I)
_DATED = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}")


def _item(record: Any) -> tuple[str, str] | None:
    """(name, address) of a menu record: one short Chinese name and one address among its values; no date (a dated
    record is a list's row, drawn by `script_lists.draw_data_lists`)."""
    if not isinstance(record, dict):
        return None
    values = [v.strip() for v in record.values() if isinstance(v, str)]
    if any(_DATED.search(v) for v in values):
        return None
    names = [v for v in values if len(v) <= _NAME_MAX and _CJK_NAME.match(v)]
    addresses = [v for v in values if _ADDRESS.match(v) and " " not in v]
    return (names[0], addresses[0]) if names and addresses else None


def _items(records: list[Any]) -> list[tuple[str, str]]:
    """The items of a menu list and of the lists its records hold (sub-menus), in order."""
    out: list[tuple[str, str]] = []
    for record in records:
        item = _item(record)
        if item is not None:
            out.append(item)
        if isinstance(record, dict):
            for child in record.values():
                if isinstance(child, list):
                    out.extend(_items(child))
    return out


def menu_items(value: Any) -> list[tuple[str, str]]:
    """The items of the first menu a data value holds: a list `MENU_ITEMS_MIN` or more of whose records are menu
    items (a name and an address), with their sub-menus; [] when it holds none."""
    if isinstance(value, list):
        if sum(1 for r in value if _item(r) is not None) >= MENU_ITEMS_MIN:
            return _items(value)
        children = value
    elif isinstance(value, dict):
        children = list(value.values())
    else:
        return []
    for child in children:
        found = menu_items(child)
        if found:
            return found
    return []


def _menu_slot(node: LexborNode) -> bool:
    """An empty element standing for a menu: a `<nav>`, an element named for one (nav, menu, daohang), or a list
    inside a `<nav>`."""
    if not empty_slot(node):
        return False
    if node.tag == "nav" or nav_named(element_label(node)):
        return True
    parent = node.parent
    while parent is not None and parent.tag not in ("body", "html"):
        if parent.tag == "nav":
            return True
        parent = parent.parent
    return False


def draw_data_menus(tree: LexborHTMLParser, islands: dict[str, Any] | None = None) -> int:
    """Draw into each empty menu slot that an inline script writing into the page names by id the menu items of
    the data it declares or reads from a JSON island (`islands`: the page's `script_source.json_islands`, when the caller
    has them); returns the number of links drawn."""
    islands = json_islands(tree) if islands is None else islands
    drawn = 0
    for script in dom_writing_scripts(tree):
        slots = [n for n in named_nodes(tree, script) if _menu_slot(n)]
        if not slots:
            continue
        items = next((found for v in script_data(script, islands) if (found := menu_items(v))), [])
        if not items:
            continue
        _draw_links(slots[0], items)
        drawn += len(items)
    return drawn


def _draw_links(slot: LexborNode, items: list[tuple[str, str]]) -> None:
    """Insert (name, url) pairs into the element as the links a script would draw there (list items in a list)."""
    wrap = "li" if slot.tag in ("ul", "ol") else "span"
    html = "".join(f'<{wrap}><a href="{escape(u)}">{escape(t)}</a></{wrap}>' for t, u in items)
    parsed = LexborHTMLParser(f"<div>{html}</div>").css_first("div")
    for child in list(parsed.iter(include_text=True)) if parsed is not None else ():
        slot.insert_child(child)


# A tree a script builds on an element of the page from nodes it declares (zTree, which many 信息公开 platforms use
# for their catalogue: `$.fn.zTree.init($("#gkTree"), setting, zNodes)` over `var zNodes = [{id: 1, pId: 0, name:
# "政府信息公开指南", url: "/col/col12/index.html"}, …]`): zTree draws each node with a `url` as a link named by its
# `name`; a node without one is a folder, no link.
_TREE_INIT = re.compile(r"zTree\s*\.\s*init\s*\(\s*(?:\$|jQuery)\s*\(\s*(['\"])#([\w-]+)\1\s*\)\s*,[^,()]*,\s*"
                        r"([A-Za-z_$][\w$]*)\s*\)")
_TREE_NAME_MAX = 20


def _tree_nodes(value: Any) -> list[tuple[str, str]]:
    """(name, url) of the tree's nodes that carry an address (children included, in order)."""
    out: list[tuple[str, str]] = []
    for node in value if isinstance(value, list) else ():
        if not isinstance(node, dict):
            continue
        name, url = node.get("name"), node.get("url")
        if isinstance(name, str) and isinstance(url, str) and 0 < len(name.strip()) <= _TREE_NAME_MAX \
                and _ADDRESS.match(url.strip()) and " " not in url.strip():
            out.append((name.strip(), url.strip()))
        out.extend(_tree_nodes(node.get("children")))
    return out


def draw_trees(tree: LexborHTMLParser, inline_scripts: list[str]) -> int:
    """Draw into each empty element a script builds a tree on (`_TREE_INIT`) the nodes of the literal it declares
    for it, as links; returns the number of links drawn. Only nodes holding an address (`url`) are drawn: a name
    alone in a script is no link."""
    drawn = 0
    source = ""
    for script in inline_scripts:
        for init in _TREE_INIT.finditer(script):
            slot = tree.css_first(f'[id="{init.group(2)}"]')
            if slot is None or not empty_slot(slot):
                continue
            source = source or "\n".join(inline_scripts)
            declared = re.search(rf"\b{re.escape(init.group(3))}\s*=\s*\[", source)
            nodes = _tree_nodes(array_literal(source, declared.end())) if declared is not None else []
            if not nodes:
                continue
            _draw_links(slot, nodes)
            drawn += len(nodes)
    return drawn
