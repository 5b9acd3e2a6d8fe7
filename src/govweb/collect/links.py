"""Parse a decoded page with selectolax: its <title> and its outgoing links (navigation links flagged)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from govweb.collect.urls import absolute, origin_of

_NAV_SELECTOR = (
    "nav a[href], header a[href], [class*=nav] a[href], [id*=nav] a[href], [class*=menu] a[href], "
    "[id*=menu] a[href], [class*=column] a[href], [class*=lanmu] a[href], [id*=lanmu] a[href]"
)
_LINK_SELECTOR = "a[href], area[href], frame[src], iframe[src], link[rel=next][href], link[rel=alternate][href]"
_REFRESH = re.compile(r"url\s*=\s*['\"]?([^'\";]+)", re.I)
_SPACE = re.compile(r"\s+")
# Data islands that list pages build from in the browser, e.g. Hanweb's <script type="text/xml"><record><![CDATA[…]]>
_DATA_SCRIPT_TYPES = frozenset({"text/xml", "application/xml", "text/html", "text/template", "text/x-template"})
_CDATA = re.compile(r"<!\[CDATA\[|\]\]>")


@dataclass
class ParsedPage:
    title: str | None
    links: dict[str, bool] = field(default_factory=dict)  # canonical URL -> found in navigation


def parse_page(html: str, url: str) -> ParsedPage:
    tree = LexborHTMLParser(html)
    title_node = tree.css_first("title")
    title = _SPACE.sub(" ", title_node.text()).strip() if title_node is not None else None
    base = url
    base_node = tree.css_first("base[href]")
    if base_node is not None:
        base = absolute(url, base_node.attributes.get("href") or "") or url
    origin = origin_of(base)
    resolved: dict[str, str | None] = {}
    links: dict[str, bool] = {}
    for node in _link_nodes(tree):
        attrs = node.attributes
        href = attrs.get("href") if "href" in attrs else attrs.get("src")
        if href and href not in resolved:
            target = resolved[href] = absolute(base, href, origin)
            if target and target not in links:
                links[target] = False
    for node in tree.css(_NAV_SELECTOR):
        href = node.attributes.get("href") or ""
        target = resolved[href] if href in resolved else absolute(base, href, origin)
        if target:
            links[target] = True
    for node in tree.css("meta[http-equiv]"):
        attrs = node.attributes
        if (attrs.get("http-equiv") or "").lower() == "refresh":
            match = _REFRESH.search(attrs.get("content") or "")
            target = absolute(base, match.group(1)) if match else None
            if target:
                links.setdefault(target, True)
    return ParsedPage(title or None, links)


def _link_nodes(tree: LexborHTMLParser) -> Iterator[LexborNode]:
    """Link elements of the page, then those inside its data islands (lists the browser fills in)."""
    yield from tree.css(_LINK_SELECTOR)
    for script in tree.css("script[type]"):
        if (script.attributes.get("type") or "").strip().lower() in _DATA_SCRIPT_TYPES:
            yield from LexborHTMLParser(_CDATA.sub("", script.text(deep=True))).css(_LINK_SELECTOR)
