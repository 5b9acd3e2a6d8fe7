"""Columns (栏目): discovery, pagination, item dates, staleness, blank columns, homepage freshness.

A column is a list page: one that declares itself (`ColumnName` meta without article meta), one that lists
several dated entries, or one that the navigation names with a column word (动态, 通知公告, 政策文件 …) or that
shows an empty list (暂无信息, 共0条, an empty list container). Function pages (联系我们, 网站地图, 长者模式,
在线访谈, search, login, message forms, 关于我们 …) list nothing and are never columns (`page_kinds`).
Pages reached through its pager (下一页, 2, 3 …, TRS `createPageHTML`, `index_1.html`) are merged into it.
Its name and type come from `column_names`, its entries and their dates from `column_entries`: a month-day-only
date takes its year from the item's detail page when it was crawled, else from the item's dated URL, else the
latest year that does not put it after the as-of date; a row without a date takes the detail page's 发布时间 /
PubDate; a row with two full dates (成文 | 发布, 来信 | 答复) the later one not after the as-of date; an item with no
date at all counts as not updated. A list that a script fills, on a page the browser lane did not render, is not
measured (never blank or stale: `list_state`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from urllib.parse import parse_qsl, urlsplit, urlunsplit

from govweb.checks.column_entries import (
    ENTRY_MAX_INBOUND,
    MIN_UNDATED_ENTRIES,
    above_crumb,
    announced_ahead,
    article_links,
    box_beside_empty_list,
    entry_address,
    in_folder_of,
    item_date,
    list_beside_told_boxes,
    list_row_date,
    opened_date,
    own_rows,
    printed_again,
    records,
    section_box,
    section_link,
    shared_box,
    shared_menu_link,
    template_menu_row,
    template_row,
    unfetched_entry,
)
from govweb.checks.column_names import (
    MIN_DATED_ITEMS,
    anchor_texts,
    column_name,
    column_named,
    column_type,
    headline_like,
    names_of,
    title_name,
)
from govweb.checks.context import SiteContext
from govweb.checks.datapage import extension_format
from govweb.checks.dates import dated_url, to_date, upload_folder_day, url_full_date
from govweb.checks.integrity import gaps
from govweb.checks.list_rows import Item, trial_post
from govweb.checks.list_state import (
    DECLARED_EMPTY_CHARS,
    MARKED_EMPTY_MAX_CHARS,
    MIN_CONTENT_CHARS,
    archive_elsewhere,
    awaits_script_list,
    own_content_chars,
    says_empty_beside_rows,
    script_drawn,
    script_list_unseen,
    seen_as_served,
    shows_empty_list,
    unseen_why,
)
from govweb.checks.messages import submissions
from govweb.checks.model import Column, Evidence, Finding
from govweb.checks.page import PageFacts
from govweb.checks.page_kinds import (
    NAVIGATION_WORDS,
    answers_search,
    channel_boxes,
    channel_landing,
    dates_its_sections,
    declared,
    device_fronts,
    documents_beside_ways_on,
    documents_of_more_list,
    empty_archive,
    error_in_template,
    form_library,
    frame_menu_targets,
    framed_documents,
    front_page,
    function_beside_rows,
    gateway_targets,
    homepage_again,
    host_front,
    hub,
    is_function_page,
    list_homepage,
    lists_datasets,
    maps_sections,
    moved_notice,
    navigated_pages,
    not_a_site_page,
    not_an_entry,
    on_way_to_homepage,
    open_data_page,
    other_language,
    part_box,
    placed,
    post_archive,
    reports_box,
    saved_search,
    search_page,
    service_hall,
    shows_a_frame,
    shows_framed_list,
    shows_nothing,
    shows_open_data,
    side_list,
    single_page,
    sub_lists_shown,
    suspended_function,
    tag_page,
    unbuilt_service,
    url_dir,
    view_mode,
)
from govweb.checks.page_links import YEAR_ONLY, YEAR_TAB, back_or_action
from govweb.checks.site_scope import declared_site_page, former_host, other_site, platform_section
from govweb.urlnorm import gov_domain, host_of, on_portal_domain

NAV_MIN_PAGES = 3


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _candidates(ctx: SiteContext, texts: dict[str, Counter[str]]) -> set[str]:
    hp = ctx.homepage_url
    gateway: frozenset[str] = ctx.derived("gateway_targets", gateway_targets)
    nav: frozenset[str] = ctx.derived("navigation", navigated_pages)
    framed: frozenset[str] = ctx.derived("frame_menu", frame_menu_targets) | ctx.derived("framed", framed_documents)
    phone_front: frozenset[str] = ctx.derived("device_fronts", device_fronts)
    cands: set[str] = set()
    for url, f in ctx.pages.items():
        # (a page the site's former host still serves — its front page sends every visitor to the homepage — too, and
        # one of another host declaring the homepage's 网站标识码 and site name)
        platform = not ctx.same_site(url) and (platform_section(ctx, f) or former_host(ctx, url)
                                               or declared_site_page(ctx, f) or own_forum_board(ctx, url, f))
        if url == hp and not list_homepage(ctx, f) or url in gateway or f.is_article or not (
                ctx.same_site(url) or platform):
            continue
        front = front_page(ctx, f)
        parent = front and bool(sub_lists_shown(ctx, f, texts))   # (通知公告 over its 通知 and 公示 boxes: a column)
        if (answers_search(f) or tag_page(f) or view_mode(f) or other_language(f) or front and not parent
                or on_way_to_homepage(ctx, url) or homepage_again(ctx, f) or other_site(ctx, f)
                or host_front(ctx, url) or url in phone_front):
            continue   # search hits (a tag's documents too), the site in another mode or language, a front page, a splash
            # page, the homepage served again at another address, the phone version's homepage (手机版), another
            # site's page (the city's 信箱 a department's sub-site leads to; the portal at the root of the host whose
            # folder the site lives in): rows of other lists
        # navigation: the homepage, the site template, or a section sidebar repeated on several pages
        # (a fragment a page's menu opens in that page's frame: the menu is its navigation)
        navigated = url in nav or len(ctx.inbound.get(url, ())) >= NAV_MIN_PAGES or url in framed
        if dated_url(url) and not (url in ctx.template_links or len(ctx.inbound.get(url, ())) >= NAV_MIN_PAGES):
            continue  # an article page (dated URL) with a list of related articles is no column
        # (a platform section's rows are the platform's documents; rows in the site's section of its platform are
        # the site's, fetched or not)
        host = urlsplit(url).netloc
        # (and a letter on another host of the gov.cn domain whose front the site is, its row saying how it stands —
        # 已答复 —: the government's own letter system, the site's 信箱's letter; so is a letter on any host of the
        # site's gov.cn domain whose row prints both its days, written and answered: a department's 在线咨询 kept on
        # the city's letter system)
        counted = [it for it in own_rows(ctx, f) if it.scripted or (
            urlsplit(it.url).netloc in ctx.site_hosts or platform and urlsplit(it.url).netloc == host
            or ctx.in_site_section(it.url) or it.status and portal_letter(ctx, it.url)
            or answered_letter(f, it) and on_own_domain(ctx, it.url)
        ) and ctx.canonical(it.url) not in ctx.template_links]
        names = names_of(f, texts)
        if post_archive(f, names):
            continue   # a blog's archive filing every post by month: the posts' columns list them
        function = is_function_page(f, names)
        if function and search_page(f) and not saved_search(ctx, f, names):
            continue   # the site search's page (a visitor's query, its hits or none): never a column, nor a blank one
            # — unless the menu opens it as a column (a saved search: 本县要闻 → search.jsp?channelid=…&keyword=…)
        if function:
            counted = [it for it in counted if not announced_ahead(ctx, it)]   # (访谈预告: what is to come)
            if all(it.printed for it in counted) and not (f.textarea and all(it.status for it in counted)
                                                           or all(it.status and len(it.dates) >= 2 for it in counted)):
                counted = []   # a function's table printed with no link to open (a 查询 page's 经办网点 with the
                # date each office's details were checked): records of the tool, no items published — but a
                # writing form's letters each stating its handling (已回复, 办理中) are the channel's letters, and so
                # are rows each stating it and both their days, sent and answered (a 纠错 page's 提交时间, 回复时间, 已处理)
        dated = len(counted)
        if any(w in (f.meta.get("columnname") or f.title) for w in NAVIGATION_WORDS) and (
                dated < MIN_DATED_ITEMS and not (not dated and f.empty_marker and shows_empty_list(ctx, f)
                                                 and not hub(ctx, f))
                or open_data_page(f, names) and not lists_datasets(ctx, f) or maps_sections(ctx, f)):
            continue   # a catalogue of columns, a site map (a 目录 of dated documents or datasets is a list like any;
            # so is one saying its list is empty — 信息公开目录正在完善中, 共0条 — that leads nowhere: a blank one)
        if dated and shows_open_data(f) and not lists_datasets(ctx, f):
            continue   # an open-data portal's page whose dated rows are no datasets: a dataset's files, the names in
            # its home's 最新数据 box (the catalogue is the column)
        if dated and side_list(ctx, f) and not parent:
            continue   # a channel's landing page whose rows preview the list its 更多 opens (最新回复 on 政民互动)
        if dated and part_box(ctx, f, names):
            continue   # a channel's landing page (首页 > 政府信息公开) leading on to its parts, its rows a box under one
            # part's name (政府信息公开年报)
        if dated and reports_box(ctx, f):
            continue   # … or its rows the body's yearly 信息公开年报 filed elsewhere, under whatever heading (Annual Reports)
        if dated and form_library(f, names, counted):
            continue   # a download tool of forms (下载中心 sorted by downloads): its dates are the forms' revisions
        if dated and channel_landing(ctx, f):
            continue   # a 互动交流 landing page: its 我要写信 beside boxes whose one row each opens another column
        if dated and channel_boxes(ctx, f):
            continue   # a hub of boxes each headed by its channel's link (意见征集, 在线访谈), previewing its newest
        if dated and len(f.breadcrumb) == 1 and function_beside_rows(ctx, f):
            continue   # a channel's landing page (首页 > 政务公开) saying more of its own than its rows do (a 公开指南's
            # text beside a short 年报 list): the rows are a box beside what it says
        if not dated and (shows_framed_list(ctx, f) or shows_a_frame(ctx, f)):
            continue   # its list stands in a frame: the framed document is the column; or it only frames another
            # document (the 政务服务网 under 办事服务): what it shows is that document
        if dated and dates_its_sections(ctx, f):
            continue   # a table of its sub-lists with their last update (标准目录's 领域): each sub-list is the column
        if dated >= MIN_DATED_ITEMS and not (function and function_beside_rows(ctx, f)):
            cands.add(url)
            continue
        if (f.redirect or moved_notice(ctx, f) or function and not empty_archive(ctx, f, names)
                or open_data_page(f, names) or unbuilt_service(f, names) or suspended_function(ctx, f, names)
                or (not_a_site_page(f) or error_in_template(ctx, f)) and url not in framed):
            continue   # a jump page (or a notice that the column moved, linking on), a function page, an open-data portal page (judged by its own measures), a
            # service entry not built yet (the entries check judges it), a function out of service
        if dated_url(url) and url not in ctx.template_links and headline_like(title_name(f.title)):
            continue   # an article that prints no date: a dated address and a headline for a name
        if dated and service_hall(ctx, f, names):
            continue   # a 便民服务 page whose dated row is a guide of the site's beside the platform's services
        if navigated and dated:
            cands.add(url)   # a navigated list with a single dated entry (权责清单: one document so far)
            continue
        if navigated and (article_links(ctx, f) >= MIN_UNDATED_ENTRIES or records(ctx, f)) and not service_hall(
                ctx, f, names) and not documents_beside_ways_on(ctx, f) and not documents_of_more_list(ctx, f):
            cands.add(url)   # a list of articles that prints no dates (its entries count as not updated), or of
            continue         # documents numbered in one address shape (not a landing page's box of a few beside
            # more ways on: 政务公开's 年报 links beside its 指南, 目录, 机构职能 …)
        if f.meta.get("columnname") and (dated or f.pagination and own_content_chars(ctx, f, prose=True) < MIN_CONTENT_CHARS):
            cands.add(url)   # a declared column with entries, or with a pager over links (a pager over names
            continue         # and paragraphs of its own pages through a single page such as 领导分工)
        if f.says_none and not dated_url(url) and (navigated or placed(f, names) or declared(f)):
            cands.add(url)   # a column saying its body has nothing of its kind to publish (本机关无行政处罚信息):
            continue         # declared empty, never blank
        if not navigated and declared(f) and not f.items and (script_list_unseen(ctx, f) or shows_empty_list(
                ctx, f)) and own_content_chars(ctx, f, prose=True) < MIN_CONTENT_CHARS:
            cands.add(url)   # a page declaring itself a column, showing nothing of its own but what a script may
            continue         # write (an app shell drawing page, menu and list from data): its entries are not measured
            # — or its list empty (the app shell's data holding no row, its script saying 暂无数据): a blank column
        if not navigated and placed(f, names) and (shows_empty_list(ctx, f) or awaits_script_list(ctx, f)):
            cands.add(url)   # a page its own breadcrumb names, linked from one directory page, showing an empty list
            continue         # (or one a script would fill: its entries are not measured)
        if not navigated and placed(f, names) and any(
                not it.scripted and ctx.same_site(it.url) and not template_row(ctx, ctx.canonical(it.url))
                for it in own_rows(ctx, f)):
            cands.add(url)   # … or listing a dated row of its own (its one entry may be a page the menu links too)
            continue
        if not navigated:
            continue
        # navigated: a column when it shows an empty list (or one a script would fill), is named like one, or is a
        # declared column that shows nothing of its own (a single page such as 领导之窗 or 机构职能 carries text
        # and is no column)
        # (an empty list container on a page at a dated address — an article the menu links to — is its sidebar's)
        # a page that lists nothing yet leads on (service tiles leading to the 政务服务网, boxes leading to 信箱,
        # 访谈 and 征集, cards of sub-sites) is a hub, however it is named: no column
        # a hub saying 暂无 with no empty list container (最新公开：暂无更新提醒, 办件公示：暂无公示信息) says it of a box
        # beside its ways on, not of a list of its own: no column
        # (a dated channel landing page was left above)
        leads_on = hub(ctx, f) or not dated and channel_landing(ctx, f)
        box_empty = leads_on and not (f.empty_container or f.empty_lists)
        # (a page whose rows are all the template's — a sidebar box on every page — saying 暂无信息 shows its own list
        # empty: `says_empty_beside_rows`)
        if (not dated_url(url) and not box_empty and (shows_empty_list(ctx, f) or awaits_script_list(ctx, f)
                                                      or not counted and says_empty_beside_rows(ctx, f))
                or not leads_on and not service_hall(ctx, f, names) and (
                    any(column_named(n) for n in names if not headline_like(n)) and not shows_nothing(ctx, f)
                    and not single_page(ctx, f)
                    or f.meta.get("columnname") and own_content_chars(ctx, f, shortest=1) < DECLARED_EMPTY_CHARS)):
            cands.add(url)
    return cands


def own_forum_board(ctx: SiteContext, url: str, f: PageFacts) -> bool:
    """A forum board of the site's own government on another host of its gov.cn domain (the county's 论坛 a
    township's menu leads to), linked from the homepage, listing threads with their reply counts: the site's 互动
    channel, its threads a list of messages."""
    return (len(f.threads) >= MIN_DATED_ITEMS and on_own_domain(ctx, url)
            and (ctx.homepage_url or ctx.seed) in ctx.inbound.get(url, ()))


def portal_letter(ctx: SiteContext, url: str) -> bool:
    """A row's address on another host of the gov.cn domain whose front the site is (`govweb.urlnorm.on_portal_domain`)."""
    return any(on_portal_domain(site, url) for site in (ctx.seed, ctx.homepage_url) if site)


def answered_letter(f: PageFacts, it: Item) -> bool:
    """A row of a letters list printing both its days, written and answered: two dates, the row or the table's
    heading saying when the letter was sent (留言日期：… 回复日期：…; 咨询时间 over a column)."""
    return len(it.dates) >= 2 and (f.message_table or bool(submissions(it.row)))


def on_own_domain(ctx: SiteContext, url: str) -> bool:
    """The address is on a host of the site's own gov.cn domain (the city's letter system at `www.city.gov.cn`
    beside the department's `fgw.city.gov.cn`)."""
    domain = gov_domain(host_of(ctx.homepage_url or ctx.seed))
    return domain is not None and gov_domain(host_of(url)) == domain


def _group_pagination(ctx: SiteContext, cands: set[str]) -> dict[str, list[str]]:
    uf = _UnionFind()
    for url in sorted(cands):
        uf.find(url)
        f = ctx.pages[url]
        meta_name = f.meta.get("columnname")
        d = url_dir(url)
        for target in f.pagination:
            t = ctx.canonical(target)
            if t == url or t == ctx.homepage_url or t not in ctx.pages:
                continue
            tf = ctx.pages[t]
            if tf.is_article or url_dir(t) != d:
                continue
            other_name = tf.meta.get("columnname")
            if meta_name and other_name and other_name != meta_name:
                continue
            uf.union(url, t)
        for link in f.links:
            # a year tab of the list opening the same list through that year (2025年(6) → `?nd=2025`), or a sort
            # link opening it in another order (按发布时间倒序 → `?order=desc`): one column
            year = YEAR_TAB.match(link.text)
            t = ctx.canonical(link.url)
            if year is None and not _ORDER_LINK.match(link.text.strip()) or t == url or t == ctx.homepage_url or (
                    t not in ctx.pages or ctx.pages[t].is_article):
                continue
            other_name = ctx.pages[t].meta.get("columnname")
            view = _year_view(url, t, year.group(1)) if year else urlsplit(t)[:3] == urlsplit(url)[:3]
            if view and not (meta_name and other_name and other_name != meta_name):
                uf.union(url, t)
    groups: dict[str, list[str]] = {}
    for url in list(uf.parent):
        groups.setdefault(uf.find(url), []).append(url)
    # the first page of a group: the member most linked from outside the group, then the shortest url
    result: dict[str, list[str]] = {}
    for members in groups.values():
        mset = set(members)

        def outside_links(u: str, mset: set[str] = mset) -> int:
            return sum(1 for s in ctx.inbound.get(u, ()) if s not in mset)

        current = _current_year_view(ctx, members) if len(members) > 1 else None
        first = current or sorted(members, key=lambda u: (-outside_links(u), len(u), u))[0]
        result[first] = sorted(members, key=lambda u: (u != first, len(u), u))
    return result


# A sort link of a list (按发布时间倒序, 升序, 按日期降序排列): at the list's own path, the same list in another order.
_ORDER_LINK = re.compile(r"^(?:按[\u4e00-\u9fff]{1,6})?(?:正序|倒序|升序|降序|顺序|逆序)(?:排列|排序)?\s*[↑↓▲▼]?$")
_YEAR_PART = re.compile(r"[/_-](?:19|20)\d{2}(?=[/._-]|$)")   # a year as a part of an address's path


def _year_view(page: str, target: str, year: str) -> bool:
    """`target` is `page`'s list through one year: the year a value of its query at the page's own path
    (`list.asp?classid=35&nd=2025`) or a part of its path where the page's has none or another year (`/zcwj/2025/`,
    `/zcwj/index_2025.html`), its query naming nothing else the page's does not (`?classid=36&nd=2025` from
    `?classid=35` is another list's year)."""
    p, t = urlsplit(page), urlsplit(target)
    if p.netloc != t.netloc:
        return False
    query = [(k, v.strip()) for k, v in parse_qsl(t.query)]
    own = set(parse_qsl(p.query))
    if not {(k, v) for k, v in query if v and v != year} <= own:
        return False
    if p.path == t.path:
        return any(v == year for _, v in query)
    return (re.search(rf"[/_-]{year}(?=[/._-]|$)", t.path) is not None
            and _YEAR_PART.sub("", t.path) == _YEAR_PART.sub("", p.path))


def _current_year_view(ctx: SiteContext, members: list[str]) -> str | None:
    """Of a list's views by year — pages of one column its year tabs open (2026 | 2025 | 2024: each member named by a
    link that says only its year) —, the view of the latest year not after the as-of date: the column as a visitor
    finds it now, the older years its archive (a menu's link fixed on last year's view opens the archive). None when
    a member is named by no year."""
    mset = set(members)
    years: dict[str, int] = {}
    for m in members:
        for link in ctx.pages[m].links:
            u = ctx.canonical(link.url)
            if u in mset and (year := YEAR_TAB.match(link.text)):
                years.setdefault(u, int(year.group(1)))
    if len(years) < len(members):
        return None
    now = [(y, u) for u, y in years.items() if y <= ctx.as_of.year]
    return max(now)[1] if now else None


def _served_again(ctx: SiteContext, url: str) -> tuple[str, bool] | None:
    """The site's own address of a page another host of the site serves again, and whether that address is written
    in the copy's own (a gate or proxy: `big5.x.gov.cn/gate/big5/www.x.gov.cn/zwgk/zcwj/`, the city's 无障碍 proxy
    `wza.city.gov.cn/rsj.city.gov.cn/Category_15/Index.aspx`) rather than taken from its path on another host of the
    site's gov.cn domain (the phone build `m.x.gov.cn/xwzx/bmdt/` of `www.x.gov.cn/xwzx/bmdt/`). None elsewhere."""
    parts = urlsplit(url)
    if parts.netloc in ctx.site_hosts:
        return None
    bare = {h.lower().removeprefix("www.") for h in ctx.site_hosts}
    segments = parts.path.split("/")
    for i, seg in enumerate(segments[1:-1], 1):
        if seg.lower().removeprefix("www.") in bare:
            return urlunsplit((parts.scheme, seg, "/" + "/".join(segments[i + 1:]), parts.query, "")), True
    home = urlsplit(ctx.homepage.final_url if ctx.homepage is not None else ctx.seed).netloc
    domain = gov_domain(parts.hostname or "")
    if domain is None or gov_domain(urlsplit("//" + home).hostname or "") != domain:
        return None
    return urlunsplit((parts.scheme, home, parts.path, parts.query, "")), False


def _without_copies(ctx: SiteContext, groups: dict[str, list[str]],
                    texts: dict[str, Counter[str]]) -> dict[str, list[str]]:
    """The columns less the copies another host of the site serves of them — its phone build on the m. host, a 繁體
    gate, the city's 无障碍 proxy —: the same column, counted once, on the site's own host. A copy at the same path of
    another host of the domain must bear the column's name too (two systems may number their pages alike); one whose
    address writes the column's host and path is that column whatever it is called (繁體 characters)."""
    first_of = {m: first for first, ms in groups.items() for m in ms}
    out: dict[str, list[str]] = {}
    for first, members in groups.items():
        again = _served_again(ctx, first)
        original = first_of.get(ctx.canonical(again[0])) if again else None
        if again and original is not None and original != first and (again[1] or column_name(
                ctx.pages[first], texts) == column_name(ctx.pages[original], texts)):
            continue
        out[first] = members
    return out


def _address_date(ctx: SiteContext, url: str) -> dt.date | None:
    """The day the address of an unopened entry names, when it is a real day not after the as-of date; else None. A
    file (Word, PDF, a spreadsheet) is never a page the crawl opens: what dates it is its row, or the day the CMS wrote
    into its address when it was uploaded — its upload folder (`/uploadfile/2026/0512/方案.docx`, DedeCMS's
    `/uploads/soft/250318/…`) or its name as a download script is asked for it (`downfile.jsp?filename=
    jgjcbg20251031.pdf`). A page the crawl did not open (its limits) is dated by the publication day its CMS writes
    into an article's address (TRS `t20251016_…`, Hanweb `/art/2026/11/27/…`): its own 发布时间 would say the same."""
    file = _named_file(url)
    if file is not None:
        raw = url_full_date(file) or upload_folder_day(file)
    else:
        raw = url_full_date(url) if dated_url(url) else None
    d = to_date(raw, ctx.as_of) if raw is not None else None
    return d if d is not None and d <= ctx.as_of else None


def _named_file(url: str) -> str | None:
    """The file an address opens: the address itself when its path names one (`…/方案.docx`), else the file a download
    script is asked for in its query (`downfile.jsp?classid=0&filename=报告.pdf` → `/报告.pdf`); None for a page."""
    if extension_format(url) is not None:
        return url
    named = [f for _, v in parse_qsl(urlsplit(url).query) if extension_format(f := "/" + v.rsplit("/", 1)[-1]) is not None]
    return named[0] if len(named) == 1 else None


def discover_columns(ctx: SiteContext) -> list[Column]:
    texts: dict[str, Counter[str]] = ctx.derived("anchor_texts", anchor_texts)
    cands = _candidates(ctx, texts)
    groups = _group_pagination(ctx, cands)
    all_members = {m for ms in groups.values() for m in ms}
    groups = _without_copies(ctx, groups, texts)   # (columns another host of the site serves again: counted once)
    excluded = all_members | {ctx.homepage_url}
    holes: frozenset[str] = ctx.derived("gaps", gaps)
    columns: list[Column] = []
    for first_url, members in sorted(groups.items()):
        first = ctx.pages[first_url]
        name = column_name(first, texts)
        # (rows of another list's box beside the column's empty one say nothing of what it reports)
        aside = box_beside_empty_list(ctx, first, names_of(first, texts)) | {
            ctx.canonical(it.url) for it in first.items if it.aside}   # (… nor do a side box's: 最新信息 beside it)
        col_type = column_type(ctx, first, name, frozenset(it.url for it in first.items if ctx.canonical(it.url) in aside)
                               if aside else frozenset())
        seen: set[str] = set()
        newest: tuple[dt.date, str, PageFacts] | None = None
        trial: tuple[dt.date, str, PageFacts] | None = None
        undated = unfetched = unopened = 0   # (unopened: entries the crawl did not fetch, dated or not)
        item_urls: list[str] = []
        shown: int | None = 0
        elsewhere = False
        for m in members:
            mf = ctx.pages[m]
            entries: list[tuple[str, dt.date | None, str]] = []
            buttons: set[str] = set()
            boxed = box_beside_empty_list(ctx, mf, names_of(mf, texts))   # another list's rows beside its empty one
            boxed |= above_crumb(ctx, mf)   # (a sidebar's rows above its breadcrumb, beside its own list below it)
            boxed |= shared_box(ctx, mf, first_url)   # (a sidebar the site's list pages share: 县政府要闻)
            seen |= section_box(ctx, mf, first_url)   # (a 往期专题 box beside the list: no entries, dated or not)
            boxed |= {ctx.canonical(it.url) for it in mf.items if it.aside}   # (a 最新更新 box's: nor undated entries)
            told = list_beside_told_boxes(ctx, mf)
            pinned = 0
            for it in own_rows(ctx, mf):
                # a row whose link only runs a script is an entry a visitor sees: it names no other page
                u = it.url if it.scripted else entry_address(ctx, it)
                if u in excluded or u in seen or u in boxed:
                    continue
                if template_row(ctx, u) and not in_folder_of(u, first_url) and not it.boxed_too and not (
                        printed_again(ctx, mf, u) or told and not it.aside):
                    continue   # a widget the template repeats (its rows under this column's folder are its own, and
                    # so are those its list prints beside the box repeating them, or beside the template's box, or
                    # beside side boxes of its page holding none of them)
                entries.append((u, list_row_date(ctx, it, u, m), it.row or it.title))
                seen.add(u)
                pinned += it.pinned   # (an entry of the column, not a row of its page's list)
                buttons.update(ctx.canonical(b) for b in it.buttons)   # (what its buttons open is part of the row)
            dated_rows = bool(entries)
            tiles = {ctx.canonical(t) for t in mf.tiles} if not dated_rows else set()
            # the list's own further pages its pager links (2, 3, 下一页 → index_2.html) that the crawl did not fetch:
            # the rest of the list, no entries of it (a link naming a year, 2025, is a 年报 list's entry)
            pager = {ctx.canonical(p) for p in mf.pagination} - {
                ctx.canonical(link.url) for link in mf.links if YEAR_ONLY.match(link.text)} if mf.pagination else set()
            blank = {ctx.canonical(b) for b in mf.blank_dated} if dated_rows else set()
            for link in mf.links:
                u = ctx.canonical(link.url)
                if u in blank and u not in seen and u not in buttons and u not in boxed and u not in excluded and (
                        u not in ctx.template_links):
                    # a row of the dated list printing an empty date cell (an old PDF, a story kept off the site): an
                    # entry with no date — its page's, when the crawl opened it (never the one a column's
                    # freshness rests on: unopened, its date is unknown)
                    seen.add(u)
                    target = ctx.pages.get(u)
                    d = opened_date(ctx, u)
                    unfetched += target is None
                    entries.append((u, d, link.text))
                    continue
                if u in tiles and u not in seen and u not in excluded and u not in ctx.template_links and (
                        u not in ctx.pages):
                    # a tile of a picture list (a 视频 strip) opening a page the crawl did not fetch (a player, an H5
                    # host): an entry whose date is unknown, unless it is a file its address dates (below)
                    seen.add(u)
                    d = _address_date(ctx, u)
                    unfetched += d is None
                    entries.append((u, d, link.name))
                    continue
                if u in seen or u in buttons or u in boxed or u in excluded or u in ctx.template_links or not ctx.same_site(u):
                    continue
                target = ctx.pages.get(u)
                if target is None and u in holes and len(ctx.inbound.get(u, ())) <= ENTRY_MAX_INBOUND:
                    # an entry whose page the snapshot lost: there, date unknown (findings resting on it are
                    # not measured, see checks/integrity.py)
                    seen.add(u)
                    entries.append((u, None, link.text))
                    continue
                if target is None and not dated_rows and u not in pager and (unfetched_entry(ctx, mf, u, link.text) or u in records(ctx, mf) or unopened and (
                        unfetched_entry(ctx, mf, u, link.text, headline=False)
                        and len(ctx.inbound.get(u, ())) <= ENTRY_MAX_INBOUND)):
                    # a document the crawl did not fetch (its limits) — and, beside such, any link below the list's
                    # folder that only this page links (2020年岚港关区进出口情况, a short name): an entry whose date is
                    # unknown, not an undated one (the homepage may list it too; a template's widget is skipped) —
                    # unless its address says the day the CMS made it (`/uploadfile/2026/0512/方案.docx`,
                    # `./202510/t20251016_4710384.html`: `_address_date`)
                    seen.add(u)
                    d = _address_date(ctx, u)
                    unfetched += d is None
                    unopened += 1
                    entries.append((u, d, link.text))
                    continue
                # an entry without a date: an article, or a page listed in one or two places only (sidebars and
                # navigation link the same page from many pages) that is no column, function or navigation page
                if target is None or not (target.is_article or len(ctx.inbound.get(u, ())) <= ENTRY_MAX_INBOUND):
                    continue
                if not target.is_article and back_or_action(link.text.strip()):
                    continue   # a way back or the channel's own tool beside its list (信件查询, 信件统计): no row
                if not dated_rows and _another_tab(ctx, u, m, link.text):
                    continue   # another tab of the page (xxgk.asp?tab=zn beside ?tab=ml): its navigation, no row
                if not target.is_article and (dated_rows or u in all_members or not_an_entry(target, texts)):
                    continue   # (beside dated rows, an undated link to a page that is no article is no row)
                if dated_rows and (shared_menu_link(ctx, u, members) or section_link(link.text, u)):
                    continue   # (a side menu's link beside the list: 政府信息公开指南 → a folder's front page)
                seen.add(u)
                d = opened_date(ctx, u)
                entries.append((u, d, link.text))
            if m == first_url:
                # a first page listing nothing while a script no browser ran would fill its list (an empty container,
                # or a declared column's app shell, or one still saying 正在加载…): how many entries it shows is not
                # measured (null), not none — so is one whose only frames are left blank for a script to address
                # (`<iframe src="about:blank" data-src=…>`, a lazy-loading frame holding the list)
                unseen = not entries and (awaits_script_list(ctx, mf) or mf.loading or declared(mf) and (
                    script_list_unseen(ctx, mf)) or mf.frames and not mf.frame_urls)
                # (a paging script's first page shows `per_page` of them)
                shown = None if unseen else min(len(entries) - pinned, mf.per_page or len(entries))
                elsewhere = _newest_elsewhere(ctx, mf, [d for _, d, _ in entries], members)
            for u, d, row in entries:
                item_urls.append(u)
                if d is None:
                    undated += 1
                elif trial_post(row):
                    # a test row left in the list (测试信息，请勿点击) is shown, but no update beside real rows (a
                    # test column's rows date it)
                    if trial is None or d > trial[0]:
                        trial = (d, row, mf)
                elif newest is None or d > newest[0]:
                    newest = (d, row, mf)
        newest = newest or trial
        if newest is None and not item_urls and first.says_none and first.pubdate is not None and (
                said := ctx.resolve_date(first.pubdate, first_url)) is not None:
            newest = (said, f"{first.says_none}（{first.pubdate_excerpt}）", first)   # (the dated statement: its day)
        evidence_page = newest[2] if newest else first
        if newest:
            excerpt = newest[1]
        elif item_urls:
            excerpt = f"{name}：{len(item_urls)} 条信息均无发布时间"
        else:
            excerpt = f"{name}：未发现任何信息条目"
        columns.append(Column(
            name=name, url=first_url, type=col_type, items=len(item_urls),
            last_update=newest[0].isoformat() if newest else None,
            evidence=Evidence(evidence_page.url, excerpt, evidence_page.warc_record),
            pages=members, item_urls=item_urls, undated=undated - unfetched, shown=shown, unfetched=unfetched,
            newest_elsewhere=elsewhere,
        ))
    return columns


_ASCENDING_MIN = 3   # dated rows that show a list running oldest first
_LAST_PAGE = re.compile(r"^(?:尾页|末页|最后一?页)$")


def _newest_elsewhere(ctx: SiteContext, f: PageFacts, dates: list[dt.date | None], members: list[str]) -> bool:
    """The column's first page lists its rows oldest first (three dated rows or more, never a later one above an
    earlier one) and goes on to a page of its list the crawl did not fetch — a further page its pager links (尾页),
    or the list in another order at its own address (按发布时间倒序) — unless the column holds its last page or that
    other order's view: its newest rows are there, not on this page (the newest date stays the one read, no
    staleness is judged on it)."""
    dated = [d for d in dates if d is not None]
    if len(dated) < _ASCENDING_MIN or dated[0] == dated[-1] or dated != sorted(dated):
        return False
    here = urlsplit(f.url)[:3]
    orders = {u for link in f.links if _ORDER_LINK.match(link.text.strip())
              and urlsplit(u := ctx.canonical(link.url))[:3] == here} - {f.url}
    ends = {ctx.canonical(link.url) for link in f.links if _LAST_PAGE.match(link.text.strip())} - {f.url}
    if (orders | ends) & set(members):
        return False   # the list's end or its other order is at hand: its newest rows are read there
    return bool(({ctx.canonical(p) for p in f.pagination} | orders) - set(members) - {f.url})


def _another_tab(ctx: SiteContext, url: str, page_url: str, text: str) -> bool:
    """The link names a part (信息公开指南, not a headline) at the page's own address but for its query, and both
    pages print the same row of links to that address's parts: another tab of the page a server serves at an address
    of its own (`xxgk.asp?tab=zn` beside `?tab=ml`, each linking every tab), navigation of the page — not a document
    of its list (an article at `list.asp?id=7` links back to its list, not to every other article)."""
    if url == page_url or urlsplit(url)[:3] != urlsplit(page_url)[:3] or headline_like(text):
        return False
    page, target = ctx.pages.get(page_url), ctx.pages.get(url)
    if page is None or target is None:
        return False
    return _tabs(ctx, page_url) == _tabs(ctx, url)


def _tabs(ctx: SiteContext, key: str) -> frozenset[str]:
    """The archived page at `key`, and what it links at that address but for the query: its row of tabs. Once per
    page (`_another_tab` asks it of the list page at each of its links)."""
    known: dict[str, frozenset[str]] = ctx.derived("page_tabs", lambda _: {})
    found = known.get(key)
    if found is None:
        where = urlsplit(key)[:3]
        found = known[key] = frozenset(
            {key, *(u for link in ctx.pages[key].links if urlsplit(u := ctx.canonical(link.url))[:3] == where)})
    return found


def column_limit(ctx: SiteContext, col: Column) -> int | None:
    return ctx.limits.by_type.get(col.type)


def is_stale(ctx: SiteContext, col: Column) -> bool:
    limit = column_limit(ctx, col)
    if limit is None or col.items == 0:
        return False
    if script_list_unseen(ctx, ctx.pages[col.url]):
        return False   # the visible list comes from a script: what the HTML shows may be old or partial
    if col.newest_elsewhere:
        return False   # its newest rows are on a page or view of its list the crawl did not fetch: not measured
    if col.last_update is None:
        return not col.unfetched   # entries whose pages the crawl did not fetch: their dates are unknown
    return ctx.days_since(dt.date.fromisoformat(col.last_update)) > limit


SPLASH_WARNING = "首页为跳转页（自动跳转、框架页或“点击进入”），未能确定访客实际到达的首页：首页相关检查未测量"


def is_empty(ctx: SiteContext, col: Column, columns_by_url: set[str]) -> bool:
    """No entry since it was opened: it says or shows its list is empty; or it has no items on any of its pages,
    no child columns, no content of its own (a single-page column such as 机构职能 is not blank), no link of its
    own (a page leading to a platform or a document shows something), no frame and no form to write in."""
    if col.items:
        return False
    first = ctx.pages[col.url]
    if first.says_none:
        return False  # its body says it has nothing of the kind to publish (本机关无此类信息): declared empty, not blank
    if first.textarea or script_list_unseen(ctx, first):
        return False
    if first.frames:
        return False  # what it shows is in a frame (a form, a list served by another system)
    if archive_elsewhere(ctx, first):
        return False  # its earlier items are on the former site, it says (请访问原网站): not measured, never blank
    own = own_content_chars(ctx, first)
    if (shows_empty_list(ctx, first) or says_empty_beside_rows(ctx, first)) and own < MARKED_EMPTY_MAX_CHARS:
        return True   # the page says its list is empty (暂无信息, 共0条) or shows an empty list container (beside
        # another list's rows, a box: `box_beside_empty_list`)
    if own >= MIN_CONTENT_CHARS:
        return False
    if not seen_as_served(ctx, first):
        return False  # whatever a script the browser lane did not run puts there
    for link in first.links:
        u = ctx.canonical(link.url)
        if u == col.url or u in ctx.template_links or u in col.pages:
            continue
        if u in columns_by_url:
            return False  # a channel page leading to sub-columns
        if len(ctx.inbound.get(u, ())) <= ENTRY_MAX_INBOUND:
            return False  # it links somewhere only it (and maybe one other page) does: it shows something
    return True


def stale_column_findings(ctx: SiteContext) -> list[Finding]:
    out: list[Finding] = []
    for col in ctx_columns(ctx):
        if not is_stale(ctx, col):
            continue
        limit = column_limit(ctx, col)
        seen = f"最近更新 {col.last_update}" if col.last_update else "条目均无发布时间（视为未更新）"
        out.append(Finding(
            "stale-column", "信息发布", {"url": col.url}, col.evidence,
            f"{col.type}栏目「{col.name}」超过 {limit} 天未更新（{seen}）",
            {"name": col.name, "type": col.type, "last_update": col.last_update},
        ))
    return out


def empty_column_findings(ctx: SiteContext) -> list[Finding]:
    cols = ctx_columns(ctx)
    urls = {c.url for c in cols}
    return [
        Finding("empty-column", "信息发布", {"url": c.url}, c.evidence, f"栏目「{c.name}」为空白栏目（无任何信息条目）",
                {"name": c.name, "type": c.type})
        for c in cols if is_empty(ctx, c, urls)
    ]


def homepage_last_update(ctx: SiteContext) -> tuple[dt.date | None, str, PageFacts | None]:
    hp = ctx.homepage
    if hp is None:
        return None, "", None
    best: tuple[dt.date, str] | None = None
    # rows of the template printing different dates are a box of documents it shows on every page (最新更新 in a
    # left column): the site's newest, on the homepage too — a header prints one date, today's
    # … but not the rows of the navigation's hover panels (a mega-menu's latest three on every page): the menu's,
    # not the homepage's lists, whatever they show
    rows = [it for it in hp.items if not template_menu_row(ctx, it)]
    template_list = len({it.date for it in rows if ctx.canonical(it.url) in ctx.template_links}) >= 2
    for it in rows:
        if it.url in hp.unseen_links:
            continue  # a row of a block no visitor can ever see (a staff test block left hidden: unseen.py)
        u = ctx.canonical(it.url)
        if u in ctx.template_links and not template_list:
            continue  # a header showing today's date next to 无障碍 or 登录 links is no update
        d = item_date(ctx, it.date, u, hp.url)
        if d is not None and (best is None or d > best[0]) and not trial_post(it.row or it.title):
            best = (d, it.row or it.title)
    if best is not None:
        return best[0], best[1], hp
    # a navigation-only homepage: the newest update on the second-level pages
    best_page: tuple[dt.date, str, PageFacts] | None = None
    for link in hp.links:
        f = ctx.page(link.url)
        if f is None or f is hp:
            continue
        for it in f.items:
            d = item_date(ctx, it.date, ctx.canonical(it.url), f.url)
            if d is not None and (best_page is None or d > best_page[0]):
                best_page = (d, it.row or it.title, f)
    if best_page is not None:
        return best_page
    return None, "", hp


def syndicated_only(ctx: SiteContext) -> bool:
    """The only lists in view a script may fill on the homepage are other websites' boxes (a county media centre's
    headlines drawn by its own widget, the box leading only there: `script_signs.syndicated_host`), and no page of
    another host the homepage links declares itself the site's (`declared_site_page`): what such a box shows is
    that website's news, no update of the site, so the homepage's printed rows are judged."""
    hp = ctx.homepage
    if hp is None or "syndicated-list" not in hp.signs:
        return False
    return not any((f := ctx.page(link.url)) is not None and declared_site_page(ctx, f) for link in hp.links)


HOMEPAGE_DATE_CELLS = 2   # a homepage's date cells that make a dated list (one may be a header's date)


def homepage_stale_findings(ctx: SiteContext) -> list[Finding]:
    if ctx.homepage is None:
        return []
    last, excerpt, where = homepage_last_update(ctx)
    if last is not None and ctx.days_since(last) <= ctx.limits.homepage:
        return []
    # a homepage showing dated lists the server printed: only a list a script fills in plain sight may be newer
    # (an empty list in a hidden tab or panel is no part of what the visitor sees)
    shown_only = where is ctx.homepage and last is not None
    if script_list_unseen(ctx, ctx.homepage, shown_only=shown_only) and not (shown_only and syndicated_only(ctx)) \
            or last is None and script_drawn(ctx, ctx.homepage):
        ctx.warnings.append("首页更新情况未测量：首页信息列表由脚本生成，" + unseen_why(ctx.homepage))
        return []
    if "script-dates" in ctx.homepage.signs:
        # rows whose dates a script prints from machine times we could not read: the newest may be among them
        ctx.warnings.append("首页更新情况未测量：首页信息的发布时间由脚本生成，且未能读出（请用 --render auto 重新采集）")
        return []
    if ctx.homepage.redirect:
        ctx.warnings.append(SPLASH_WARNING)
        return []
    if last is None and ctx.homepage.date_cells >= HOMEPAGE_DATE_CELLS:
        # a homepage printing a list's dates beside rows the checks could not read (a row a script opens by an id,
        # no address): finding no dated row is no sign it is stale
        ctx.warnings.append("首页更新情况未测量：首页列出带日期的条目，但未能读出这些条目（条目不是可识别的链接）")
        return []
    page = where or ctx.homepage
    seen = f"最近更新 {last.isoformat()}" if last else "首页未发现带发布时间的信息"
    return [Finding(
        "homepage-stale", "信息发布", {}, Evidence(page.url, excerpt or seen, page.warc_record),
        f"首页超过 {ctx.limits.homepage} 天未更新（{seen}）", {"last_update": last.isoformat() if last else None},
    )]


def ctx_columns(ctx: SiteContext) -> list[Column]:
    cols: list[Column] = ctx.derived("columns", discover_columns)
    return cols
