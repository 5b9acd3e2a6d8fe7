"""A page that is an XML document a browser shows through its XSL stylesheet (`<?xml-stylesheet type="text/xsl"
href="…"?>`: a CMS's channel exported as data), read as the list the stylesheet draws from its records.

The stylesheet is another file (often not archived), but what it lists is in the document itself: each record — an
element holding a title, a date and a link (`<document><title>…</title><dc:date>…</dc:date><link>…</link>`, an RSS
`<item>`) — is a row, and the document's own name (its root's `name` or `title`) names the page. A document with a
DTD is not read (no entity is ever expanded), nor one without such records.
"""

from __future__ import annotations

import re
from html import escape
from xml.etree import ElementTree

_STYLESHEET = re.compile(r"<\?xml-stylesheet\b[^>]*\btype\s*=\s*['\"](?:text|application)/xsl", re.I)
_DECLARATION = re.compile(r"^\s*<\?xml\b[^>]*\?>")   # (the text is decoded already: its encoding says nothing now)
# A record's fields by their local name (the namespace dropped: `dc:date` is a date)
_TITLE = ("title",)
_DATE = ("date", "pubdate", "publishdate", "published", "issued", "created")
_LINK = ("link", "url", "href")


def is_xsl_document(text: str) -> bool:
    """The text is an XML document naming an XSL stylesheet to show it by (in its prolog)."""
    return text.lstrip()[:5] == "<?xml" and _STYLESHEET.search(text[:2048]) is not None


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _fields(node: ElementTree.Element) -> dict[str, str]:
    """A node's child elements' texts by local name (the first of each name)."""
    fields: dict[str, str] = {}
    for child in node:
        fields.setdefault(_local(child.tag), (child.text or "").strip())
    return fields


def _first(fields: dict[str, str], names: tuple[str, ...]) -> str:
    return next((fields[n] for n in names if fields.get(n)), "")


def as_html(text: str) -> str | None:
    """The page an XSL-styled XML document shows (`is_xsl_document`): its name as title and heading over a list of
    its records, each a link named by the record's title and followed by its date. None when `text` is no such
    document, holds a DTD, does not parse or holds no record."""
    if not is_xsl_document(text) or "<!DOCTYPE" in text or "<!ENTITY" in text:
        return None
    try:
        root = ElementTree.fromstring(_DECLARATION.sub("", text, count=1))
    except ElementTree.ParseError:
        return None
    if _local(root.tag) == "html":
        return None   # (an XHTML page: read as it is)
    rows: list[str] = []
    named: list[str] = [root.get("name") or "", root.get("title") or "", _fields(root).get("title", "")]
    for node in root.iter():
        fields = _fields(node)
        title, date = _first(fields, _TITLE), _first(fields, _DATE)
        link = _first(fields, _LINK) or node.get("href") or node.get("url") or ""
        if title and date and link:
            rows.append(f'<li><a href="{escape(link)}">{escape(title)}</a> <span>{escape(date)}</span></li>')
        elif node is not root and fields.get("title"):
            named.append(fields["title"])   # (an RSS channel's own title, above its items)
    if not rows:
        return None
    name = escape(next((n.strip() for n in named if n.strip()), ""))
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{name}</title></head><body><h1>{name}</h1>'
            f'<ul>{"".join(rows)}</ul></body></html>')
