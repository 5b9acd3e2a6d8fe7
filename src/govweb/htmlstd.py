"""What the HTML standard says about markup every stage reads: one reader, shared by collect and checks. Also the
one reading of a jump menu's options (the crawler follows them, the checks read them as links)."""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from govweb.urlnorm import front_page, gov_domain

ASCII_WS = " \t\n\f\r"
_REFRESH_DELAY = re.compile(r"[ \t\n\f\r]*(\d*)(\.?)[\d.]*[ \t\n\f\r]*")
_REFRESH_URL_LABEL = re.compile(r"url[ \t\n\f\r]*=[ \t\n\f\r]*", re.I)
# what a browser draws no text for: a comment, a script's or a style sheet's body (`</script >` ends one too), a tag
_MARKUP = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<[^>]+>", re.S | re.I)


def parse_refresh(content: str) -> tuple[float, str] | None:
    """A meta refresh's `content` read as browsers read it (the HTML standard's declarative refresh steps):
    (delay in seconds, the URL as written — '' for a reload of the page itself), or None when browsers ignore it.
    `0; URL='index.html'`, `0;url=/x`, `3,URL=x`, `0; /x` all send on; `url=/x` (no delay) and `5x` do not."""
    delay = _REFRESH_DELAY.match(content)
    assert delay is not None  # every part is optional
    if not delay.group(1) and not delay.group(2):
        return None
    rest = content[delay.end():]
    if rest and content[delay.end() - 1] not in ASCII_WS and rest[0] not in ";,":
        return None
    rest = rest.lstrip(ASCII_WS)
    if rest[:1] in (";", ","):
        rest = rest[1:].lstrip(ASCII_WS)
    label = _REFRESH_URL_LABEL.match(rest)
    if label is not None:
        rest = rest[label.end():]
    if rest[:1] in ("'", '"'):
        rest = rest[1:].split(rest[0], 1)[0]
    return float(delay.group(1) or 0), rest.strip(ASCII_WS)


def visible_text(html: str) -> str:
    """The text a page shows, read from its raw markup without a parser: comments, scripts, style sheets and tags
    dropped, whitespace runs one space (a firewall's challenge page, a web server's own error page)."""
    return " ".join(_MARKUP.sub(" ", html).split())


# Elements a declarative shadow root may be attached to (the HTML standard's valid shadow hosts; a custom element's
# name holds a hyphen).
_SHADOW_HOSTS = frozenset({"article", "aside", "blockquote", "body", "div", "footer", "h1", "h2", "h3", "h4", "h5",
                           "h6", "header", "main", "nav", "p", "section", "span"})
_SHADOW_DEPTH = 8   # shadow trees holding hosts of their own: read again, this many levels deep


def show_shadow_roots(tree: LexborHTMLParser) -> bool:
    """Declarative shadow roots read as a browser shows them, with no script: a host's `<template
    shadowrootmode="open|closed">` (its first) is what the host shows, each `<slot name="x">` showing the host's
    children with `slot="x"` (the default `<slot>` the children without one; a slot no child fills shows its own
    content), and a child whose slot the shadow tree lacks shows nowhere. The pre-standard `shadowroot` attribute and
    a plain `<template>` stay inert. Rewrites `tree` in place; True when a shadow root was read."""
    shown = False
    for _ in range(_SHADOW_DEPTH):
        roots = [t for t in tree.css("template[shadowrootmode]") if t.parent is not None and (
            (t.attributes.get("shadowrootmode") or "").strip().lower() in ("open", "closed"))
            and ("-" in t.parent.tag or t.parent.tag in _SHADOW_HOSTS)]
        hosts: list[LexborNode] = []
        for t in roots:
            if t.parent is not None and not any(t.parent.mem_id == h.mem_id for h in hosts):
                hosts.append(t.parent)   # (a host's second declarative root is ignored, as browsers do)
        if not hosts:
            break
        for host in hosts:
            _show_shadow_root(host)
        shown = True
    return shown


def _show_shadow_root(host: LexborNode) -> None:
    """One host's children replaced by its shadow tree, its light children assigned to the tree's slots."""
    children = list(host.iter(include_text=True))
    root = next(c for c in children if c.tag == "template" and "shadowrootmode" in c.attributes)
    named: dict[str, list[str]] = {}
    for c in children:
        if c.mem_id == root.mem_id or c.tag in ("-comment", "_comment"):
            continue
        slot = (c.attributes.get("slot") or "") if c.tag != "-text" else ""
        named.setdefault(slot, []).append(c.html or "")
    markup = root.html or ""
    inner = markup[markup.find(">") + 1:]
    inner = inner[:len(inner) - len("</template>")] if inner.lower().endswith("</template>") else inner
    shadow = LexborHTMLParser(f"<div data-shadow-root>{inner}</div>").css_first("div[data-shadow-root]")
    if shadow is None:
        return
    for slot in shadow.css("slot"):
        assigned = named.pop((slot.attributes.get("name") or "").strip(), None)
        if assigned:   # (the first slot of a name takes its children; a later one shows its own content)
            slotted = LexborHTMLParser(f"<div data-slotted>{''.join(assigned)}</div>").css_first("div[data-slotted]")
            if slotted is not None:
                slot.insert_before(slotted)
            slot.decompose()
        else:
            slot.unwrap()
    for c in shadow.css("div[data-slotted]"):
        c.unwrap()
    for c in children:
        c.decompose()
    host.insert_child(shadow)
    placed = host.css_first("div[data-shadow-root]")
    if placed is not None:
        placed.unwrap()


def element_children(node: LexborNode | None) -> list[LexborNode]:
    """The element children of `node` (no text, no comment)."""
    return [c for c in node.iter() if c.tag not in ("-text", "-comment")] if node is not None else []


def next_element(node: LexborNode) -> LexborNode | None:
    """The element after `node` among its siblings (text and comments between skipped)."""
    after = node.next
    while after is not None and after.tag in ("-text", "-comment"):
        after = after.next
    return after


# A select whose change sends the visitor, in the same window, to the address its chosen option holds
# (`onchange="if(this.value!=''){location.href=this.value}"`, `window.location=this.options[this.selectedIndex].value`,
# `top.location.replace(this.value)`, Dreamweaver's `MM_jumpMenu('parent',this,0)`: the page's own window, or the
# frameset holding it); `window.open(this.value)` opens another window: no jump menu
JUMPS_HERE = re.compile(r"location(?:\.href\s*=|\s*=|\.(?:assign|replace)\s*\()\s*"
                        r"this\.(?:value|options\s*\[\s*this\.selectedIndex\s*\]\.value)\b"
                        r"|MM_jumpMenu\(\s*['\"](?:parent|self|top|window)['\"]\s*,\s*this\b", re.I)
# a value that is an address (http(s)://…, /path, ./ ../, a file name with a web extension) — never empty, `#`,
# `javascript:` or a heading's words (--请选择--); the checks read data attributes' addresses with it too
ADDRESS_VALUE = re.compile(
    r"^(?:https?://|/(?!/)|\.{1,2}/)\S*$|^[\w./-]+\.(?:s?html?|jsp|jhtml|aspx?|php|do)(?:[?#]\S*)?$", re.I)
# words naming only a year (2019年, 2020年度): a view of a list by year, no place
YEAR_ONLY = re.compile(r"^\s*(?:19|20)\d{2}\s*(?:年度?)?\s*$")
# the heading option of a select listing other websites (--县直部门网站--, 友情链接, 乡镇街道, 某县网站群)
_OTHER_WEBSITES = re.compile(r"网站|站群|链接|部门|乡镇|街道")


def jump_menu_options(tree: LexborHTMLParser, join: Callable[[str], str | None], page_url: str,
                      hidden: Callable[[LexborNode], bool] | None = None) -> list[tuple[str, str]]:
    """The options of the page's jump menus, (address as `join` resolves it, words): a select whose change opens the
    chosen option's address in the same window (`JUMPS_HERE`), every option's address on the page's own host — or on
    another host of its gov.cn domain, none a host's front page (the county's 信息公开 host `xxgk.…/zn/` beside its
    own 机构职能) — and its heading option (the first, holding no address) naming no set of websites. A select
    opening its choice in a new window, or leading to other domains or hosts' front pages, lists other websites
    (部门网站, 友情链接): no entry of the site's own; an option
    naming only a year (2019年) picks a view of the page's list by year, as its pager does, no way on to a place; a
    select with no such onchange (a form's field) leads nowhere. `hidden`: a select no visitor can see is none.
    The checks read these as links (`checks.page_links.jump_menu_links`), the crawler follows them."""
    host = urlsplit(page_url).netloc
    domain = gov_domain(host)
    out: list[tuple[str, str]] = []
    for select in tree.css("select[onchange]"):
        if not JUMPS_HERE.search(select.attributes.get("onchange") or "") or hidden is not None and hidden(select):
            continue
        options: list[tuple[str, str]] = []
        heading = ""
        for option in select.css("option"):
            value = (option.attributes.get("value") or "").strip()
            u = join(value) if ADDRESS_VALUE.match(value) else None
            name = option.text(deep=True, separator="", strip=True)
            if u is None:
                heading = heading or ("" if options else name)   # (--请选择栏目--: no way on)
            elif name and not YEAR_ONLY.match(name):   # (a year chooser: the list's views by year)
                options.append((u, name))
        if options and not _OTHER_WEBSITES.search(heading) and all(_own_option(u, host, domain) for u, _ in options):
            out.extend(options)
    return out


def _own_option(url: str, host: str, domain: str | None) -> bool:
    """A jump menu's option leads within the site: to the page's own host, or into a host of its gov.cn domain
    below that host's front page."""
    parts = urlsplit(url)
    if parts.netloc == host:
        return True
    return domain is not None and gov_domain(parts.hostname or "") == domain and not front_page(url)
