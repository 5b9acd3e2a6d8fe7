"""Footer marks and badges a script writes into a slot the page holds empty: the official badges' slots
(`badge_slots`: the conac badge, 我为政府网站找错), an empty footer-named element (`footer_slot`), and an inline
script writing footer lines into one from data the page holds (`fills_footer_slot`)."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from govweb.checks.footer import CONAC_NAME, footer_named
from govweb.checks.script_source import FETCH, json_islands, jsonp_call, named_nodes, script_data
from govweb.emptyslot import empty_slot

# Slots the official badge scripts fill (the conac badge, the 找错 entry), named by id, class or data-* setting.
_BADGE_SLOTS = (("我为政府网站找错", re.compile(r"jiucuo|zhaocuo", re.I)),
                ("党政机关网站标识", CONAC_NAME))
# A custom element's attribute holding the site code its script prints (`site-code`, `sitecode`, `data-site-id-code`).
_CODE_ATTR = re.compile(r"(?:data-)?site-?(?:id-?)?code$", re.I)
_SITE_CODE = re.compile(r"\s*\d{10}\s*$")


def badge_slots(tree: LexborHTMLParser, custom: bool = False, stranded: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Badges whose slot the page holds empty (`<div class="dzjg jiucuo" data-setting="{sitecode:…}"></div>`):
    a script fills it, so what it shows is unknown from the HTML. With `custom` (the page holds custom elements,
    `<town-footer>`), an empty custom element named for a badge (`<conac-badge data-sid="…">`) is such a slot too,
    and a custom element holding the site code only in an attribute (`<town-footer site-code="…">`) leaves
    网站标识码 to the script defining it. A slot `stranded` names (its filler, an inline script, cannot run:
    `script_source.drop_failing_scripts`) stays empty: no badge slot."""
    found: list[str] = []
    nodes = list(tree.css("div, span, p, li, td"))
    if custom and tree.body is not None:
        for node in tree.body.traverse():
            if "-" not in node.tag:
                continue
            nodes.append(node)
            if "网站标识码" not in found and any(_CODE_ATTR.match(k) and _SITE_CODE.match(v or "")
                                             for k, v in node.attributes.items()):
                found.append("网站标识码")
    for node in nodes:
        named = node.attributes
        if not named and "-" not in node.tag:
            continue   # (most nodes carry no attribute: nothing to join)
        attrs = " ".join([f"{k}={v}" for k, v in named.items() if v and (k in ("id", "class") or
                                                                         k.startswith("data-"))]
                         + ([node.tag] if "-" in node.tag else []))
        # the badge's name first: a cheap test on a few attributes, the empty-slot walk only for a badge's slot
        el = next((el for el, rx in _BADGE_SLOTS if rx.search(attrs)), None) if attrs else None
        if el is not None and el not in found and named.get("id") not in stranded and empty_slot(node):
            found.append(el)
    return tuple(found)


def fills_footer_slot(tree: LexborHTMLParser, script: str) -> bool:
    """An inline script writing into the page names, by its id, an empty element named for the footer and writes it
    from data the page holds — the slot's own `data-*` attributes (`<div id="footer-record" data-footer='{"icp":
    …}'></div>` filled by `getElementById("footer-record").innerHTML = …`) or a JSON value the script declares or
    reads from an island —, fetching nothing: it writes footer lines (record numbers, badges) the static page does
    not show. (A slot a script fills from a request is a visit counter's as often: `<div id="pv">` and `$.ajax`.)"""
    if FETCH.search(script) or jsonp_call(script):
        return False
    slots = [n for n in named_nodes(tree, script) if footer_named(n) and empty_slot(n)]
    return any(any(k.startswith("data-") and v for k, v in n.attributes.items()) for n in slots) or bool(
        slots and script_data(script, json_islands(tree)))



def footer_slot(tree: LexborHTMLParser) -> bool:
    """The page holds an empty element named for the footer (`<div id="footer_bq"></div>`, `<p class="copyright">
    </p>`, an empty `<footer>`): a slot a script writes footer lines into."""
    return any(footer_named(node) and empty_slot(node)
               for node in tree.css("footer, div, p, span, section, td, ul"))
