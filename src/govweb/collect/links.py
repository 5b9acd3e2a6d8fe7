"""Parse a decoded page with selectolax: its <title>, its outgoing links as linked (each with its canonical key and
how it was reached: navigation, dated-list item, pagination), malformed links, whether its content looks written
by script, and — for a homepage candidate — where a visitor is sent on to."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlsplit

from selectolax.lexbor import LexborHTMLParser

from govweb.collect.homepage import Hop, next_hop
from govweb.collect.render_detect import script_signal
from govweb.collect.traps import ITEM, NAV, PAGER, url_pattern
from govweb.urlnorm import UnsupportedURL, canonical, resolve, try_resolve

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
# A date printed in a list row: 2020-11-30, 2020/11/30, 2020.11.30, 2020年11月30日, [11-30], (11-30).
_ROW_DATE = re.compile(r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|[\[(（【]\s*\d{1,2}\s*[-/.]\s*\d{1,2}\s*[\])）】]"
                       r"|(?<![\d.])\d{1,2}-\d{1,2}(?![\d.])")
_YEAR = re.compile(r"(?:19|20)\d\d")
_TITLE_CHARS = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_MAX_ROW_TEXT = 300
MIN_LIST_ROWS = 3  # dated rows that make a page a list (a column page, a homepage news block)
_PAGER_TEXT = re.compile(r"^(?:下一?页|上一?页|尾页|末页|最后一?页|首页|第?\s*\d{1,5}\s*页?|next|prev(?:ious)?|last|first|"
                         r"[<>«»‹›]{1,2}|\[\s*\d{1,5}\s*\])$", re.I)
_PAGE_KEYS = frozenset({"page", "pageno", "pagenum", "pageindex", "pagenumber", "curpage", "currpage", "currentpage",
                        "cur_page", "page_no", "page_num", "pn", "p", "pg", "start", "offset", "begin", "index", "pagecount"})
_PAGE_SUFFIX = re.compile(r"[_-]?\d+(?=\.\w+$|$)")
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


def parse_page(html: str, url: str, encoding: str = "utf-8", *, homepage: bool = False,
               scripts: bool = False, max_links: int = MAX_LINKS) -> ParsedPage:
    """Parse a page fetched as `url` (its final URL). With `homepage`, also look for the hop a visitor is sent on
    and whether its content is written by script; with `scripts`, that last for any page. Links past the first
    `max_links` distinct ones are counted, not kept (a page of 100,000 links must not take the crawl's memory)."""
    tree = LexborHTMLParser(html)
    title_node = tree.css_first("title")
    title = _SPACE.sub(" ", title_node.text()).strip() if title_node is not None else None
    base = url
    base_node = tree.css_first("base[href]")
    if base_node is not None:
        base = try_resolve(url, base_node.attributes.get("href") or "", encoding) or url
    page = ParsedPage(title or None)
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
                link = target(href)
                if link:
                    add(link, 0)
    for node in tree.css(_NAV_SELECTOR):
        link = target(node.attributes.get("href") or "")
        if link:
            add(link, NAV)
    if _worth_flagging(url, links):
        for part in (tree, *islands):
            for link in _list_items(part, target):
                add(link, ITEM)
        for link in _pager_links(tree, target, url):
            add(link, PAGER)
    for node in tree.css("meta[http-equiv]"):
        attrs = node.attributes
        if (attrs.get("http-equiv") or "").lower() == "refresh":
            match = _REFRESH.search(attrs.get("content") or "")
            link = target(match.group(1)) if match else None
            if link:
                add(link, NAV)
    if homepage or scripts:
        page.scripted = script_signal(tree, html)
    if homepage:
        page.hop = next_hop(tree, url, encoding)
    return page


def _worth_flagging(url: str, links: dict[str, tuple[str, int]]) -> bool:
    """Whether finding list items and pagination is worth its cost on this page: a link of the page's own URL
    pattern or of a calendar's (the trap guard could prune it, see govweb.collect.traps), or one that could be the
    page's pagination (its path, or a sibling with the same name but a page number: pagination must not take the
    crawl deeper)."""
    own = url_pattern(url).text
    origin = url[: url.find("/", url.find("//") + 2) + 1]
    path = url[len(origin) - 1 :].split("?", 1)[0]
    folder, stem = path.rsplit("/", 1)[0], _page_stem(path)
    depth = url.count("/")
    for link in links:
        if not link.startswith(origin):
            continue  # another host: another pattern, and not crawled as a page of this one
        there = link[len(origin) - 1 :].split("?", 1)[0]
        if there == path or there.rsplit("/", 1)[0] == folder and _page_stem(there) == stem:
            return True
        if link.count("/") != depth and not _YEAR.search(link, len(origin)):
            continue  # another shape, and no date in it: neither this page's pattern nor a calendar's
        pattern = url_pattern(link)
        if pattern.calendar or pattern.text == own:
            return True
    return False


def _islands(tree: LexborHTMLParser) -> list[LexborHTMLParser]:
    """The page's data islands (lists the browser fills in), parsed."""
    return [LexborHTMLParser(_CDATA.sub("", script.text(deep=True))) for script in tree.css("script[type]")
            if (script.attributes.get("type") or "").strip().lower() in _DATA_SCRIPT_TYPES]


def _list_items(tree: LexborHTMLParser, target: object) -> list[str]:
    """Links that are items of a dated list: one titled link per row with a date printed beside it, in a page
    showing at least MIN_LIST_ROWS such rows."""
    items: list[str] = []
    for row in tree.css("li, tr, dd"):
        text = row.text(deep=True)
        if len(text) > _MAX_ROW_TEXT or not _ROW_DATE.search(text):
            continue
        anchors = row.css("a[href]")
        if not 1 <= len(anchors) <= 2:
            continue
        anchor = anchors[0]
        label = anchor.text(deep=True)
        if len(_TITLE_CHARS.findall(label)) < 4 or not _ROW_DATE.search(text.replace(label, " ", 1)):
            continue  # a title beside a date, not a bare date (a calendar cell)
        link = target(anchor.attributes.get("href") or "")  # type: ignore[operator]
        if link:
            items.append(link)
    return items if len(items) >= MIN_LIST_ROWS else []


def _pager_links(tree: LexborHTMLParser, target: object, url: str) -> Iterator[str]:
    """Pagination links: labelled as such (下一页, 尾页, 3, »), in the page's own folder, with only a page number
    changing (a query key such as pageNum, or index_2.html beside index.html) — never a date or a random part."""
    here = urlsplit(url)
    folder = here.path.rsplit("/", 1)[0]
    for node in tree.css("a[href]"):
        label = _SPACE.sub("", node.text(deep=True) or "")
        if not label or len(label) > 8 or not _PAGER_TEXT.match(label):
            continue
        link = target(node.attributes.get("href") or "")  # type: ignore[operator]
        if not link or link == url:
            continue
        there = urlsplit(link)
        if there.netloc != here.netloc or there.path.rsplit("/", 1)[0] != folder:
            continue
        pattern = url_pattern(link)
        if pattern.calendar or pattern.random:
            continue
        if there.path == here.path or _page_stem(there.path) == _page_stem(here.path):
            mine, theirs = dict(parse_qsl(here.query)), dict(parse_qsl(there.query))
            changed = {k.lower() for k in mine.keys() | theirs.keys() if mine.get(k) != theirs.get(k)}
            differing = {k.lower() for k in mine.keys() & theirs.keys() if mine[k] != theirs[k]}
            if there.path == here.path and not changed & _PAGE_KEYS:
                continue  # the same page, or another query altogether
            if differing <= _PAGE_KEYS and (changed & _PAGE_KEYS or there.path != here.path):
                yield link  # only the page number differs (keys such as uid may come with it from page 1)


def _page_stem(path: str) -> str:
    """The last path segment without its page number: index_2.html, index.html and the folder itself are one."""
    name = path.rsplit("/", 1)[-1]
    stem = _PAGE_SUFFIX.sub("", name).rsplit(".", 1)[0]
    return "index" if stem in ("", "index", "default") else stem.lower()
