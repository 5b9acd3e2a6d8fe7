"""Parse a decoded page with selectolax: its <title>, its outgoing links as linked (each with its canonical key and
whether it is navigation; a same-window jump menu's options are links too), malformed links, whether its content
looks written by script, and — for a homepage candidate — where a visitor is sent on to. Also what the trap guard
asks about a page: its list items, and whether a link is its pagination."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl

from selectolax.lexbor import LexborHTMLParser, LexborNode

from govweb.collect.homepage import Hop, base_url, next_hop
from govweb.collect.render_detect import script_signal
from govweb.collect.traps import NAV, url_pattern
from govweb.htmlstd import jump_menu_options, parse_refresh
from govweb.urlnorm import UnsupportedURL, canonical, resolve, try_resolve

_NAV_SELECTOR = (
    "nav a[href], header a[href], [class*=nav] a[href], [id*=nav] a[href], [class*=menu] a[href], "
    "[id*=menu] a[href], [class*=column] a[href], [class*=lanmu] a[href], [id*=lanmu] a[href]"
)
_LINK_SELECTOR = "a[href], area[href], frame[src], iframe[src], link[rel=next][href], link[rel=alternate][href]"
_SPACE = re.compile(r"\s+")
# Data islands that list pages build from in the browser, e.g. Hanweb's <script type="text/xml"><record><![CDATA[…]]>
_DATA_SCRIPT_TYPES = frozenset({"text/xml", "application/xml", "text/html", "text/template", "text/x-template"})
_CDATA = re.compile(r"<!\[CDATA\[|\]\]>")
# A date printed in a list row: 2020-11-30, 2020/11/30, 2020.11.30, 2020年11月30日, [11-30], (11-30).
_ROW_DATE = re.compile(r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|[\[(（【]\s*\d{1,2}\s*[-/.]\s*\d{1,2}\s*[\])）】]"
                       r"|(?<![\d.])\d{1,2}-\d{1,2}(?![\d.])")
_TITLE_CHARS = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_MAX_ROW_TEXT = 300
MIN_LIST_ROWS = 3  # dated rows that make a page a list (a column page, a homepage news block)
_PAGE_KEYS = frozenset({"page", "pageno", "pagenum", "pageindex", "pagenumber", "curpage", "currpage", "currentpage",
                        "cur_page", "page_no", "page_num", "pn", "p", "pg", "start", "offset", "begin", "index", "pagecount"})
_PAGE_SUFFIX = re.compile(r"[_-]?(?<!\d)\d{1,4}(?=\.\w+$|$)")  # a page number, not the end of a long id
_ROW_TAGS = frozenset({"li", "tr", "dd", "dt", "p"})
MAX_BAD_LINKS = 5
MAX_LINKS = 10_000


@dataclass
class ParsedPage:
    title: str | None
    links: dict[str, tuple[str, int]] = field(default_factory=dict)  # URL as linked -> (canonical key, via flags)
    bad_links: list[str] = field(default_factory=list)  # malformed hrefs (the first few)
    scripted: str | None = None  # why the content looks written by script (render_detect), or None
    hop: Hop | None = None  # a homepage candidate's next hop (meta refresh, script redirect, frame, splash)
    dropped: int = 0  # links past max_links
    base: str | None = None  # where its `<base href>` points, when it has one naming another address


def parse_page(html: str, url: str, encoding: str = "utf-8", *, homepage: bool = False,
               scripts: bool = False, max_links: int = MAX_LINKS) -> ParsedPage:
    """Parse a page fetched as `url` (its final URL). With `homepage`, also look for the hop a visitor is sent on
    and whether its content is written by script; with `scripts`, that last for any page. Links past the first
    `max_links` distinct ones are counted, not kept (a page of 100,000 links must not take the crawl's memory)."""
    tree = LexborHTMLParser(html)
    title_node = tree.css_first("title")
    title = _SPACE.sub(" ", title_node.text()).strip() if title_node is not None else None
    base = base_url(tree, url, encoding)
    page = ParsedPage(title or None, base=base if base != url else None)
    resolved: dict[str, str | None] = {}
    links = page.links

    def target(href: str) -> str | None:
        if href in resolved:
            return resolved[href]
        try:
            found = resolve(base, href, encoding)
        except UnsupportedURL:
            found = None
            if len(page.bad_links) < MAX_BAD_LINKS:
                page.bad_links.append(href[:300])
        resolved[href] = found
        return found

    def add(link: str, flags: int) -> None:
        known = links.get(link)
        if known is None:
            if len(links) >= max_links:
                page.dropped += 1
                return
            try:
                links[link] = (canonical(link), flags)
            except UnsupportedURL:
                return
        elif flags & ~known[1]:
            links[link] = (known[0], known[1] | flags)

    islands = _islands(tree)
    for part in (tree, *islands):
        for node in part.css(_LINK_SELECTOR):
            attrs = node.attributes
            href = attrs.get("href") if "href" in attrs else attrs.get("src")
            if href:
                link = resolved[href] if href in resolved else target(href)
                if link and link not in links:
                    add(link, 0)
    for node in tree.css(_NAV_SELECTOR):
        link = target(node.attributes.get("href") or "")
        if link:
            add(link, NAV)
    # a same-window jump menu's options, read as the checks read them (`htmlstd.jump_menu_options`): a way on a
    # visitor takes; a select opening its choice in a new window (友情链接, 部门网站) is not followed
    for link, _ in jump_menu_options(tree, target, url):
        if link not in links:
            add(link, 0)
    for node in tree.css("meta[http-equiv]"):
        attrs = node.attributes
        if (attrs.get("http-equiv") or "").lower() == "refresh":
            refresh = parse_refresh(attrs.get("content") or "")
            link = target(refresh[1]) if refresh and refresh[1] else None
            if link:
                add(link, NAV)
    if homepage or scripts:
        page.scripted = script_signal(tree, html)
    if homepage:
        page.hop = next_hop(tree, url, encoding)
    return page


def _islands(tree: LexborHTMLParser) -> list[LexborHTMLParser]:
    """The page's data islands (lists the browser fills in), parsed."""
    return [LexborHTMLParser(_CDATA.sub("", script.text(deep=True))) for script in tree.css("script[type]")
            if (script.attributes.get("type") or "").strip().lower() in _DATA_SCRIPT_TYPES]


def list_items(html: str, url: str, encoding: str = "utf-8") -> set[str]:
    """The links of a page that are items of a dated list — a titled link in a row (li, tr, dd …) with a date
    printed beside it, in a page showing at least MIN_LIST_ROWS such rows; rows in data islands count. Asked by the
    crawler only for a page some of whose links the trap guard would prune (list items never are)."""
    tree = LexborHTMLParser(html)
    base = base_url(tree, url, encoding)
    items: set[str] = set()
    for part in (tree, *_islands(tree)):
        for anchor in part.css("a[href]"):
            if _is_item(anchor):
                link = try_resolve(base, anchor.attributes.get("href") or "", encoding)
                if link:
                    items.add(link)
    return items if len(items) >= MIN_LIST_ROWS else set()


def _is_item(anchor: LexborNode) -> bool:
    """A titled link in a list row with a date printed beside it (not a bare date: a calendar cell)."""
    row = anchor.parent
    for _ in range(3):
        if row is None or row.tag in _ROW_TAGS:
            break
        row = row.parent
    if row is None or row.tag not in _ROW_TAGS:
        return False
    text = row.text(deep=True)
    if len(text) > _MAX_ROW_TEXT or not _ROW_DATE.search(text) or len(row.css("a[href]")) > 2:
        return False
    label = anchor.text(deep=True)
    return len(_TITLE_CHARS.findall(label)) >= 4 and bool(_ROW_DATE.search(text.replace(label, " ", 1)))


def is_pagination(link: str, here: str) -> bool:
    """Whether `link`, found on page `here`, is that page's pagination: the same page with another page number —
    a page key (pageNum, page, curpage …) changing in the query (keys such as uid may come with it from page 1),
    or index_2.html beside index.html in the same folder — never a date or a random part."""
    if link == here:
        return False
    origin = here[: here.find("/", here.find("//") + 2)]
    if not link.startswith(origin) or link[len(origin) : len(origin) + 1] != "/":
        return False
    path, _, query = here[len(origin) :].partition("?")
    there, _, there_query = link[len(origin) :].partition("?")
    if there != path:
        folder = path[: path.rfind("/") + 1]
        if not there.startswith(folder) or "/" in there[len(folder) :] or _page_stem(there) != _page_stem(path):
            return False
        names = (there.rsplit("/", 1)[-1], path.rsplit("/", 1)[-1])
        if not any(_PAGE_SUFFIX.search(name) for name in names):
            return False  # two different documents of one folder, not two pages of one list
        if _page_stem(there) == "index" and not any(n == "" or n.lower().startswith(("index", "default")) for n in names):
            return False  # 123.html beside 124.html: two articles, not the pages of a list
    pattern = url_pattern(link)
    if pattern.calendar or pattern.random:
        return False
    mine, theirs = dict(parse_qsl(query)), dict(parse_qsl(there_query))
    changed = {k.lower() for k in mine.keys() | theirs.keys() if mine.get(k) != theirs.get(k)}
    differing = {k.lower() for k in mine.keys() & theirs.keys() if mine[k] != theirs[k]}
    if there == path and not changed & _PAGE_KEYS:
        return False  # another query altogether
    return differing <= _PAGE_KEYS


def _page_stem(path: str) -> str:
    """The last path segment without its page number: index_2.html, index.html and the folder itself are one."""
    name = path.rsplit("/", 1)[-1]
    stem = _PAGE_SUFFIX.sub("", name).rsplit(".", 1)[0]
    return "index" if stem in ("", "index", "default") else stem.lower()
