"""A list page's entries: its own dated rows (not the template's, not a way back or an action button), links to
documents the crawl did not fetch, undated rows numbered in one address shape, and an entry's date (the row's,
with a month-day date's year from the detail page or the dated URL; with two full dates, the latest shown)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from urllib.parse import parse_qsl, urlsplit

from govweb.checks.column_names import MIN_DATED_ITEMS, forum_threads, headline_like
from govweb.checks.context import SiteContext
from govweb.checks.dates import RawDate, address_settles, dated_url, to_date, unusable, year_from_url
from govweb.checks.list_rows import Item
from govweb.checks.list_state import MIN_CONTENT_CHARS, own_content_chars, says_empty_beside_rows
from govweb.checks.page import EMPTY_CONTAINER, PageFacts
from govweb.checks.page_links import ANNOUNCING, MORE, YEAR_ONLY, back_or_action
from govweb.checks.printed_lists import _STATIC_PAGER
from govweb.checks.row_dates import ROW_BUTTON_MAX, opens_file
from govweb.urlnorm import folder_of

ENTRY_MAX_INBOUND = 2


def records(ctx: SiteContext, f: PageFacts) -> frozenset[str]:
    """`numbered_records`, once per page."""
    found: frozenset[str] = ctx.derived(f"records {f.url}", lambda c: numbered_records(c, f))
    return found


MIN_UNDATED_ENTRIES = 3


def article_links(ctx: SiteContext, f: PageFacts) -> int:
    """How many distinct articles of the site a page links outside the template (`article_link_urls`)."""
    return len(article_link_urls(ctx, f))


def article_link_urls(ctx: SiteContext, f: PageFacts) -> set[str]:
    """Links of a page to distinct articles of the site outside the template (an undated list's entries) — not a
    folder's front page named in a word or two (申请情况统计 → `/xxgk/ysqgk/sqtj/`, 公开指南 → `/xxgk/gkzn/` in a 依申请公开
    page's side menu): a part of the section, whatever it holds, not a document of a list (a year, 2025年度, names a
    report)."""
    seen: set[str] = set()
    for link in f.links:
        u = ctx.canonical(link.url)
        if u in seen or u in ctx.template_links or not ctx.same_site(u):
            continue
        if section_link(link.text, u):
            continue
        target = ctx.pages.get(u)
        # an article, or a page at a dated address that lists nothing (an article printing no date) — or one the
        # crawl did not fetch (its limits), named like a headline (岑阳市2021年国民经济和社会发展统计公报)
        if target is not None and (target.is_article or dated_url(u) and not target.items) or (
                target is None and unfetched_entry(ctx, f, u, link.text)):
            seen.add(u)
    return seen


_NUMBER = re.compile(r"\d+")


def address_shape(url: str) -> tuple[str, str, tuple[str, ...]]:
    """An address with its numbers blanked and its query's values dropped: `/Show.asp?ID=1160` and
    `/Show.asp?ID=1077` share one, `/content/article/8009000` and `/content/article/8009037` another."""
    parts = urlsplit(url)
    keys = tuple(sorted(k for k, _ in parse_qsl(parts.query, keep_blank_values=True)))
    return parts.netloc, _NUMBER.sub("#", parts.path), keys


def numbered_records(ctx: SiteContext, f: PageFacts) -> frozenset[str]:
    """The rows of a list that prints no dates, told by their addresses: three links or more of the page to documents
    numbered in one address shape (`Show.asp?ID=1160`, `detail.jsp?id=21`, `/content/article/8009000`) that is not
    the page's own (the pager's `list.jsp?cid=12&page=2`, sibling columns `/content/column/N`), each named in more than
    a word or two (a document's title, not a section's name), none of the template, and none a page the crawl opened
    and found to be something else than a document (sub-columns of a landing page) — on a page that pages through
    them (pager links, or a pager's statement: 共4条记录, 1/1页) and says little of its own (a list of titles): a 领导之窗
    or 机构设置 page naming people or bodies has no pager, a 领导分工 page paging through its leaders shows their duties.
    Little: under MIN_CONTENT_CHARS, or less than the records' titles say (a line on where the letters come from and
    the answering units printed in the rows, beside twelve letters' titles)."""
    if not f.pagination and not f.says_pages and not any(_STATIC_PAGER.search(line) for line in f.lines | f.prose):
        return frozenset()
    found = _numbered_links(ctx, f)
    said = own_content_chars(ctx, f, prose=True)
    if said >= MIN_CONTENT_CHARS and said >= sum(len(t) for t in found.values()):
        return frozenset()
    return frozenset(found)


def _numbered_links(ctx: SiteContext, f: PageFacts) -> dict[str, str]:
    """Links of a page to documents numbered in one address shape, three or more (see `numbered_records`): address →
    name."""
    own, pager = address_shape(f.url), {ctx.canonical(u) for u in f.pagination}
    shapes: dict[tuple[str, str, tuple[str, ...]], dict[str, str]] = {}
    other: set[tuple[str, str, tuple[str, ...]]] = set()
    for link in f.links:
        u, text = ctx.canonical(link.url), link.text.strip()
        if (u == f.url or u in pager or u in ctx.template_links or not ctx.same_site(u)
                or len(text) <= SECTION_NAME_MAX or MORE.match(text)):
            continue
        shape = address_shape(u)
        if shape == own or "#" not in shape[1] and not shape[2]:
            continue   # (an address without a number or a query names a page, not a record)
        target = ctx.pages.get(u)
        if target is not None and not (target.is_article or target.error_page or dated_url(u) and not target.items):
            other.add(shape)
        shapes.setdefault(shape, {}).setdefault(u, text)
    return {u: text for shape, urls in shapes.items() if shape not in other and len(urls) >= MIN_UNDATED_ENTRIES
            for u, text in urls.items()}


def unfetched_entry(ctx: SiteContext, f: PageFacts, url: str, text: str, headline: bool = True) -> bool:
    """A link of a list page to a page of the site the crawl did not fetch (its limits) that reads as a document: named
    like a headline, at a dated address or below the list page's folder (`./202203/t20220315_1093150.html`,
    `/518205/3948100/index.html` from `/518205/index.html`), or a file wherever the site keeps it (a 政策文件 table
    of PDFs in `/uploads/soft/250318/`) — and not in the folder of a section the page leads to (a channel page's 通知公告
    block: its headlines are that column's documents, `/zwgk/tzgg/content/…`). Callers pass links of the site only."""
    if not ((headline_like(text.strip()) or not headline)
            and (dated_url(url) or in_folder_of(url, f.url) or opens_file(url))):
        return False
    sections: frozenset[str] = ctx.derived(f"sub_sections {f.url}", lambda c: _sub_sections(c, f))
    return not any(folder_of(url).startswith(s) for s in sections)


def _sub_sections(ctx: SiteContext, f: PageFacts) -> frozenset[str]:
    """The folders below a page's own of the sections it links by a name in a word or two (通知公告 → `/zwgk/tzgg/`)."""
    own = folder_of(f.url)
    out: set[str] = set()
    for link in f.links:
        text, u = link.text.strip(), ctx.canonical(link.url)
        if text and len(text) <= SECTION_NAME_MAX and not headline_like(text) and not dated_url(u):
            folder = folder_of(u)
            if folder != own and folder.startswith(own) and urlsplit(folder).path not in ("", "/"):
                out.add(folder)
    return frozenset(out)


SECTION_NAME_MAX = 8   # a section is named in a word or two (局长信箱, 新华街道), a document in a sentence


def _template_rows(ctx: SiteContext) -> frozenset[tuple[str, RawDate | None]]:
    """Rows whose link only runs a script and that repeat on at least half of the pages (a sidebar widget of
    the template, as `SiteContext.template_links` for real links): they are no page's own entries."""
    n = len(ctx.pages)
    if n < 4:
        return frozenset()
    counts: Counter[tuple[str, RawDate | None]] = Counter()
    for f in ctx.pages.values():
        counts.update({(it.title, it.date) for it in f.items if it.scripted})
    threshold = max(3, n // 2)
    return frozenset(k for k, c in counts.items() if c >= threshold)


def _template_row_urls(ctx: SiteContext) -> frozenset[str]:
    """Pages the template lists as dated rows (a 最新动态 box on every page) — not those its menu merely links. A box
    repeats one row, so its copies print one day: an address the pages date on different days (lists each printing
    a row of their own under one reused address) counts only the pages agreeing on a day (an undated copy agrees)."""
    n = len(ctx.pages)
    if n < 4:
        return frozenset()
    days: dict[str, list[set[tuple[int, int] | None]]] = {}
    for f in ctx.pages.values():
        on_page: dict[str, set[tuple[int, int] | None]] = {}
        for it in f.items:
            if not it.scripted:
                on_page.setdefault(ctx.canonical(it.url), set()).add(it.date and (it.date[1], it.date[2]))
        for u, ds in on_page.items():
            days.setdefault(u, []).append(ds)
    threshold = max(3, n // 2)
    return frozenset(u for u, pages in days.items() if _agreeing_pages(pages) >= threshold)


def _agreeing_pages(pages: list[set[tuple[int, int] | None]]) -> int:
    """How many of the pages printing an address print it on one day (a page printing it undated agrees with all)."""
    named = {d for ds in pages for d in ds if d is not None}
    return max((sum(1 for ds in pages if d in ds or None in ds) for d in named), default=len(pages))


def template_row(ctx: SiteContext, url: str) -> bool:
    """A row the template repeats: its page is linked from half the pages and listed as a dated row on half of
    them (a page the menu links, listed as a dated row by one page, is that page's own row)."""
    rows: frozenset[str] = ctx.derived("template_row_urls", _template_row_urls)
    return url in ctx.template_links and url in rows


def _template_row_copies(ctx: SiteContext) -> dict[str, int]:
    """Row address the template repeats → how many links to it most pages printing it hold (its box's: one, or two
    where a picture links it too; a tie counts the larger)."""
    rows: frozenset[str] = ctx.derived("template_row_urls", _template_row_urls)
    per_page: dict[str, Counter[int]] = {}
    for f in ctx.pages.values():
        for u, k in Counter(u for link in f.links if (u := ctx.canonical(link.url)) in rows).items():
            per_page.setdefault(u, Counter())[k] += 1
    return {u: max(c.items(), key=lambda kv: (kv[1], kv[0]))[0] for u, c in per_page.items()}


def printed_again(ctx: SiteContext, f: PageFacts, url: str) -> bool:
    """A row the template repeats that the page links more often than most pages do: printed once in the template's
    box and again in the page's own list (a 镇务动态 list whose newest rows the 新闻 box on every page shows too) —
    the list's own row."""
    copies: dict[str, int] = ctx.derived("template_row_copies", _template_row_copies)
    return url in copies and sum(1 for link in f.links if ctx.canonical(link.url) == url) > copies[url]


def list_beside_told_boxes(ctx: SiteContext, f: PageFacts) -> bool:
    """The page prints side boxes it tells apart (`Item.aside`) beside a list of MIN_DATED_ITEMS dated rows of its own
    the template does not repeat: a row of that list in none of the boxes is the list's, whatever box on other pages
    repeats it (a 热点推荐 box of the other columns holding 要闻's newest) — a template box on this page would hold it
    too."""
    if not any(x.aside for x in f.items):
        return False
    own = {ctx.canonical(x.url) for x in f.items if not x.aside and not x.scripted and x.date is not None}
    return sum(1 for u in own if not template_row(ctx, u)) >= MIN_DATED_ITEMS


def template_menu_row(ctx: SiteContext, it: Item) -> bool:
    """A row of the navigation's hover panels (`Item.menu_panel`: a mega-menu's latest three, its featured story) that
    the template repeats on half the pages (`template_row`): the menu's, no row of the page it is printed on."""
    return it.menu_panel and template_row(ctx, ctx.canonical(it.url))


def own_rows(ctx: SiteContext, f: PageFacts) -> list[Item]:
    """A page's dated rows without those of the site template (shared links, repeated script-run rows), nor links
    that only sit near a date: one back to the homepage (返回首页 under a notice dated in its text) or a button for a
    visitor's action (我要写信 above a table of letters) is no entry of a list, nor is a row only in a side box beside
    the list (热点排行, 最新更新, 推荐阅读: `list_shapes.side_box_links`). The template's script-run rows are no
    entries, but a row linking a page of its own is the list's even when such a widget shows the same title and date
    (a 热点排行 of `href="#"` rows naming the list's newest). On a forum board's list only its threads are entries
    (not a last poster's profile link dated by the last post: `PageFacts.threads`)."""
    widget: frozenset[tuple[str, RawDate | None]] = ctx.derived("template_rows", _template_rows)
    threads = forum_threads(f)
    return [it for it in f.items if not (it.scripted and (it.title, it.date) in widget) and not it.aside
            and not _no_entry(ctx, it) and (threads is None or it.url in threads)]


def _listed_in_folder(ctx: SiteContext) -> dict[str, frozenset[str]]:
    """Row address → the pages (not the homepage) listing it as a dated row in their own folder (政务要闻's
    `/zwyw/2026/12/03/art_1.shtml` on `/zwyw/index.shtml`): the list it belongs to."""
    found: dict[str, set[str]] = {}
    for url, f in ctx.pages.items():
        if url == ctx.homepage_url or f.is_article:
            continue
        for it in f.items:
            u = ctx.canonical(it.url)
            if not it.scripted and in_folder_of(u, url):
                found.setdefault(u, set()).add(url)
    return {u: frozenset(ps) for u, ps in found.items()}


def lists_keeping(ctx: SiteContext, url: str) -> frozenset[str]:
    """The pages (not the homepage) listing the row `url` (canonical) as a dated row in their own folder."""
    listed: dict[str, frozenset[str]] = ctx.derived("rows_listed_in_folder", _listed_in_folder)
    return listed.get(url, frozenset())


def _lists_rows(ctx: SiteContext, u: str, f: PageFacts) -> bool:
    """`u` is another crawled page (not `f`) that lists dated rows: a list page of the site."""
    page = ctx.pages.get(u)
    return page is not None and page is not f and not page.is_article and any(it.date is not None for it in page.items)


def box_beside_empty_list(ctx: SiteContext, f: PageFacts, names: list[str]) -> frozenset[str]:
    """The rows of a box beside a page's own empty list (人事信息 saying 暂无信息, 共0条 beside a 热点信息 sidebar of
    政务要闻's latest headlines): the page says a list is empty (not a widget every list page shows), its dated rows
    stand under a heading that is none of its names, and every one of them is a row another list page keeps in its
    own folder, or opens another crawled page listing dated rows (a headline linking 要闻's list itself) — another
    column's rows, none of this page's folder. A folder the page shares with the list keeping the row
    (`/News/NewsList.aspx?cid=7` beside `?cid=3`, both in `/News/`: a CMS telling its columns apart by query) says
    nothing of whose row it is. Their addresses, or none."""
    heading = f.list_heading
    if f.pagination or not heading or not says_empty_beside_rows(ctx, f) or any(
            n and (n in heading or heading in n) for n in names):
        return frozenset()
    rows = [it for it in own_rows(ctx, f) if not it.scripted]
    listed: dict[str, frozenset[str]] = ctx.derived("rows_listed_in_folder", _listed_in_folder)
    urls = {ctx.canonical(it.url) for it in rows}
    if not rows or any(_own_folder_row(u, f.url, keepers := listed.get(u, frozenset()) - {f.url})
                       or not (keepers or _lists_rows(ctx, u, f)) for u in urls):
        return frozenset()
    return frozenset(urls)


def above_crumb(ctx: SiteContext, f: PageFacts) -> frozenset[str]:
    """The rows a page prints only above its breadcrumb (当前位置：…) — a left sidebar's 最新信息 box of another list's
    latest rows, the header's —, when it lists at least MIN_DATED_ITEMS dated rows of its own below the crumb, where
    its content begins: they are no entries of its list. Their addresses (none when the crumb heads no list)."""
    if not f.before_crumb:
        return frozenset()
    below = {it.url for it in own_rows(ctx, f) if not it.scripted and it.date is not None} - f.before_crumb
    if len(below) < MIN_DATED_ITEMS:
        return frozenset()
    return frozenset(ctx.canonical(u) for u in f.before_crumb)


SHARED_BOX_PAGES = 3   # list pages printing one dated row: a box they share (a sidebar), not one list's own row


def _list_pages_per_row(ctx: SiteContext) -> Counter[str]:
    """Row address → how many pages (the homepage and articles aside) list it as a dated row."""
    counts: Counter[str] = Counter()
    for url, f in ctx.pages.items():
        if url != ctx.homepage_url and not f.is_article:
            counts.update({ctx.canonical(it.url) for it in f.items if not it.scripted and it.date is not None})
    return counts


def shared_box(ctx: SiteContext, f: PageFacts, column_url: str) -> frozenset[str]:
    """The rows of a box the site's list pages share (a 县政府要闻 sidebar the county 站群 prints beside every list of a
    department's sub-site, fewer than half the pages): dated rows outside the column's folder that SHARED_BOX_PAGES
    list pages or more print, on a page listing MIN_DATED_ITEMS dated rows or more of its own in the column's folder,
    or saying its list is empty (暂无信息) beside them and nothing else. They say nothing of the column's freshness.
    Their addresses, or none (a column whose rows all lie outside its folder — `/col/col12/` over `/art/2026/…` —
    keeps them, unless it says it has none)."""
    rows = {ctx.canonical(it.url) for it in own_rows(ctx, f) if not it.scripted and it.date is not None}
    counts: Counter[str] = ctx.derived("list_pages_per_row", _list_pages_per_row)
    shared = {u for u in rows if counts[u] >= SHARED_BOX_PAGES and not in_folder_of(u, column_url)}
    if not shared or sum(1 for u in rows if in_folder_of(u, column_url)) < MIN_DATED_ITEMS and not (
            shared == rows and f.template_empty not in ("", EMPTY_CONTAINER)):
        return frozenset()
    return frozenset(shared)


def _own_folder_row(url: str, page_url: str, keepers: frozenset[str]) -> bool:
    """`url` sits in the folder of the list page `page_url`, and no other list keeping it (`keepers`) shares that
    folder: the page's own row."""
    folder = folder_of(page_url)
    return in_folder_of(url, page_url) and not any(folder_of(k) == folder for k in keepers)


def announced_ahead(ctx: SiteContext, it: Item) -> bool:
    """A row printing one full date, after the as-of date (an interview announced for next week, 访谈时间：2026-12-10
    on 2026-12-04): a function page's schedule of what is to come, not a dated item published (a message printed
    with its reply, two dates, records an exchange)."""
    dates = it.dates or ([it.date] if it.date is not None else [])
    if len(dates) != 1 or dates[0][0] is None:
        return False
    d = to_date(dates[0], ctx.as_of)
    return d is not None and d > ctx.as_of


_FRONT_LEAF = re.compile(r"(?:index|default|main)\.\w+$", re.I)


def section_link(text: str, url: str) -> bool:
    """A link to a folder's front page named in a word or two (公开指南 → `/xxgk/gkzn/`, 政府信息公开指南 →
    `/col/col13102/index.html` in a side menu): a part of the section, whatever it holds, not a document of a list (a
    year, 2025年度, names a report)."""
    name = text.strip()
    return bool(name) and len(name) <= SECTION_NAME_MAX and not headline_like(name) and not YEAR_ONLY.match(name) \
        and _front_page(url)


def _front_page(url: str) -> bool:
    """The address is a folder's front page (`/ztzl/zt1/`, `/ztzl/zt1/index.html`): a section, not a document."""
    path = urlsplit(url).path
    return not urlsplit(url).query and (path.endswith("/") or _FRONT_LEAF.search(path) is not None)


def section_box(ctx: SiteContext, f: PageFacts, column_url: str) -> frozenset[str]:
    """The rows of a box of sections beside a page's list (往期专题: 第七次全国人口普查 → `/ztzl/zt2/index.html`, each
    under the date the section opened): rows opening a front page of another folder of the column's own host, on a
    page whose other rows — at least twice as many — are documents in the column's folder. They are no entries of the
    column; a list of 专题 (its rows all such front pages) keeps them, and so does a list linking another site's front
    page (a 意见征集 list's row opening the State Council's 大督查 page is a notice of the list)."""
    rows = {entry_address(ctx, it) for it in own_rows(ctx, f) if not it.scripted}
    host = urlsplit(column_url).netloc
    fronts = {u for u in rows if _front_page(u) and urlsplit(u).netloc == host and not in_folder_of(u, column_url)}
    own = sum(1 for u in rows if in_folder_of(u, column_url) and not _front_page(u))
    return frozenset(fronts) if fronts and own >= max(MIN_UNDATED_ENTRIES, 2 * len(fronts)) else frozenset()


def entry_address(ctx: SiteContext, it: Item) -> str:
    """The page a row names: its one name, and the route a hash-routed app opens there (`#/detail/77120`) — rows told
    apart only by their route are documents of their own."""
    return ctx.canonical(it.url) + (f"#{it.route}" if it.route else "")


def _no_entry(ctx: SiteContext, it: Item) -> bool:
    return back_or_action(it.title) or _announcement(it) or not it.scripted and (
        ctx.canonical(it.url) == ctx.homepage_url)


def _announcement(it: Item) -> bool:
    """A button announcing an event to come (预告 河溪镇农技培训直播 开播时间：12月15日 09:00 [预约直播]; 访谈预告 …
    时间：11月25日 欢迎提前<a>留言提问</a>): a row whose link only runs a script, or is a button's few characters
    (`ROW_BUTTON_MAX`: a form to ask or book), and whose text besides its title says 预告 or 即将开播 — its day the
    event's, it opens no document: no entry of the list (a headline naming a 预告 is one)."""
    return (it.scripted or len(it.title.strip()) <= ROW_BUTTON_MAX) and ANNOUNCING.search(
        it.row.replace(it.title, "")) is not None


def shared_menu_link(ctx: SiteContext, url: str, members: list[str]) -> bool:
    """Pages outside the column (its own pages and the target itself aside) link `url` too: beside dated rows, an
    undated link to it is a side menu the column shares with its sibling pages (指南, 目录 beside a 年报 list),
    even when its target reads as an article — a row of the list is linked from its column (and the homepage)."""
    outside = set(ctx.inbound.get(url, ())) - set(members) - {url}
    return len(outside) >= ENTRY_MAX_INBOUND


def in_folder_of(url: str, column_url: str) -> bool:
    """`url` sits in the folder of a column page below the site root (`http://host/tzgg/…`), or under it."""
    folder = folder_of(column_url)
    return urlsplit(folder).path not in ("", "/") and folder_of(url).startswith(folder)


def item_date(ctx: SiteContext, raw: tuple[int | None, int, int] | None, url: str, where: str) -> dt.date | None:
    """An entry's date: the row's, with a month-day date's year from the detail page or the dated URL, else the
    latest year that puts it after neither the as-of date nor the row above it (`row_bounds`; `where`: the page). A
    row printing only a date after the as-of date (发布会举行时间 of a 预告) takes its opened page's 发布时间."""
    page = ctx.page(where) if raw is not None and raw[0] is None else None
    bound = row_bounds(ctx, page).get(ctx.canonical(url)) if page is not None else None
    return _item_date(ctx, raw, url, where, bound)


def opened_date(ctx: SiteContext, url: str) -> dt.date | None:
    """The date an entry's page, opened, gives it: its 发布时间 — for one message's page (来信 | 回复), the later of when
    it was sent and when it was answered, not after the as-of date: the reply last touched the channel (as a list row
    printing both is dated). None when the crawl did not open it or it says no date."""
    detail = ctx.pages.get(url)
    if detail is None:
        return None
    d = ctx.resolve_date(detail.pubdate, url) if detail.pubdate else None
    message = detail.message
    replied = to_date(message.replied, ctx.as_of) if message is not None and message.replied is not None else None
    if replied is not None and replied <= ctx.as_of and (d is None or replied > d):
        return replied
    return d


def _item_date(ctx: SiteContext, raw: tuple[int | None, int, int] | None, url: str, where: str,
               bound: dt.date | None = None) -> dt.date | None:
    detail = ctx.pages.get(url)
    if raw is None:
        return opened_date(ctx, url)
    if raw[0] is None:
        if detail is not None and detail.pubdate and detail.pubdate[0] is not None and detail.pubdate[1:] == raw[1:]:
            return ctx.resolve_date(detail.pubdate, url)
        year = year_from_url(url, raw[1], raw[2])
        if year is not None:
            return ctx.resolve_date((year, raw[1], raw[2]), where)
        d = ctx.resolve_date(raw, where)
        if d is not None and bound is not None and d > bound:
            try:   # the row above is newer: the latest day of this month-day not after it
                below = d.replace(year=bound.year)
                return below if below <= bound else d.replace(year=bound.year - 1)
            except ValueError:
                return d   # (02-29 in a year without it: left as read)
        return d
    addressed = address_settles(raw, url)
    if addressed is not None and (d := to_date(addressed, ctx.as_of)) is not None and d <= ctx.as_of and (
            unusable(raw) or (below := _row_below(ctx, where, url)) is not None and dt.date(*raw) < below <= d):  # type: ignore[arg-type]
        # a date nobody set or no calendar has, or a mistyped year the list's order gives away (older than the row
        # below it, where the address's day fits): the day the CMS wrote into the address
        return d
    if unusable(raw) and detail is not None and detail.pubdate:
        return ctx.resolve_date(detail.pubdate, url)   # … else the day its opened page settles
    d = ctx.resolve_date(raw, where)
    if d is None and detail is not None and detail.pubdate and (after := to_date(raw, ctx.as_of)) and after > ctx.as_of:
        # a full date after the as-of date dates no publication (the conference a 预告 announces, a deadline): the
        # row's own page, opened, says when it was published
        return ctx.resolve_date(detail.pubdate, url)
    return d


def _row_below(ctx: SiteContext, where: str, url: str) -> dt.date | None:
    """The real day the row right below a list's row prints, on the list page `where` (a list runs newest first)."""
    page = ctx.page(where)
    key = ctx.canonical(url)
    rows = page.items if page is not None else []
    for row, below in zip(rows, rows[1:], strict=False):
        if ctx.canonical(row.url) == key:
            d = to_date(below.date, ctx.as_of) if below.date is not None and below.date[0] is not None else None
            return d if d is not None and d <= ctx.as_of else None
    return None


def _numbered(url: str) -> tuple[tuple[str, str, tuple[str, ...]], int] | None:
    """An address's shape and its last number (content_51207.html: 51207; show.asp?id=1160: 1160), if it has one."""
    parts = urlsplit(url)
    numbers = _NUMBER.findall(f"{parts.path}?{parts.query}")
    return (address_shape(url), int(numbers[-1])) if numbers else None


def row_bounds(ctx: SiteContext, f: PageFacts) -> dict[str, dt.date]:
    """A list runs newest first: a row below another, their addresses of one shape numbered lower (the CMS numbers
    documents as it makes them), is not later than it — the upper row's date bounds a month-day row's year
    ([01-08] then [11-26] on 2026-01-06: 2025-01-08, then 2024-11-26). A row pinned on top (置顶, numbered lower than
    the row below it) bounds nothing. Row address → the date of the row above it."""
    def compute(_: SiteContext) -> dict[str, dt.date]:
        bounds: dict[str, dt.date] = {}
        above: tuple[tuple[str, str, tuple[str, ...]], int, dt.date] | None = None
        for it in f.items:
            u = ctx.canonical(it.url)
            key = _numbered(u)
            bound = above[2] if above and key and above[0] == key[0] and above[1] > key[1] else None
            if bound is not None:
                bounds.setdefault(u, bound)
            d = _item_date(ctx, it.date, u, f.url, bound) if it.date is not None else None
            above = (key[0], key[1], d) if key and d else None
        return bounds
    found: dict[str, dt.date] = ctx.derived(f"row bounds {f.url}", compute)
    return found


def list_row_date(ctx: SiteContext, it: Item, url: str, where: str) -> dt.date | None:
    """A list row's date: with two full dates or more (成文日期 | 发布日期, 来信 | 答复), the latest one not after the
    as-of date — when the list was last touched; a date after it (a 征集's 截止日期, a term's end) neither dates the row
    nor leaves it undated (month-day dates alone, 留言 12-01 回复 12-02, take the latest year that puts them after
    neither). Else the row's date as `item_date` reads it."""
    if len(it.dates) >= 2 and it.date is not None and (it.date[0] is not None or all(r[0] is None for r in it.dates)):
        shown = [d for d in (to_date(r, ctx.as_of) for r in it.dates) if d is not None and d <= ctx.as_of]
        if shown:
            return max(shown)
    return item_date(ctx, it.date, url, where)
