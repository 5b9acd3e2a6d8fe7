"""What a page's list shows a visitor: filled by a script no browser ran (not measured), printed empty by the server,
an empty-list sign of the template's widget, and the text a page says of its own (blocks no other page repeats)."""

from __future__ import annotations

import re
from collections import Counter

from govweb.checks.context import SiteContext
from govweb.checks.page import EMPTY_CONTAINER, PageFacts


def judged_static(ctx: SiteContext, f: PageFacts) -> bool:
    """The crawl had the browser lane (crawl.json `render.available`) and left the page unrendered because its HTML
    showed no sign of script-written content (its crawl.json row names no `scripted` reason): it shows what its
    HTML shows. A page the lane passed over for want of budget (`scripted` set, not rendered) is not."""
    render = ctx.snapshot.render
    rec = ctx.records.get(f.url)
    return isinstance(render, dict) and render.get("available") is True and rec is not None and rec.scripted is None


def seen_as_served(ctx: SiteContext, f: PageFacts) -> bool:
    """What the page shows is what its HTML holds: a browser rendered it, no script of its own may write it, or the
    browser lane judged it static (`judged_static`)."""
    return f.rendered or "scripted" not in f.signs or judged_static(ctx, f)


def script_list_unseen(ctx: SiteContext, f: PageFacts, shown_only: bool = False) -> bool:
    """The page's list may be filled by a script no browser ran: what it lists is not measured. `shown_only`:
    only a list the visitor sees at once counts (not an empty list in a hidden tab or panel)."""
    signs = {"list"} if shown_only else {"list", "hidden-list"}
    # (a rendered page listing nothing beside a script fetching its list's data, or holding its records in an app's
    # state — window.__NUXT__, a JSON island — with no word that the list is empty: the data never arrived in the
    # browser, or the app that draws it did not load — a library or a data file it could not load — so what the list
    # holds is not measured either; so is one still saying 加载中 where its list should be: its data never arrived)
    drawn_later = not {"list-call", "list-data"}.isdisjoint(f.signs) or f.loading
    # (a rendered page still showing a template's row as written — `<li v-for>{{item.title}}</li>` — ran no
    # framework: a library it could not load; its 暂无信息 line, the template's on a condition no script decided
    # (`v-if`), says nothing either)
    undrawn = "list-template" in f.signs
    return (not f.rendered or undrawn or drawn_later and not f.empty_marker) and not signs.isdisjoint(f.signs) \
        and not judged_static(ctx, f) and not server_list(ctx, f)


def unseen_why(f: PageFacts) -> str:
    """How a warning ends for a part of the page a script writes that the checks could not see."""
    return "经浏览器渲染后仍未显示（脚本或其资源可能未能加载）" if f.rendered else "且未经浏览器渲染（请用 --render auto 重新采集）"


PRINTED_LIST_PAGES = 2   # other pages printing rows into a list container of the same markup


def _printed_lists(ctx: SiteContext) -> Counter[str]:
    """List-container labels (`ul.doc-list`) → how many pages print linked rows into such a container."""
    counts: Counter[str] = Counter()
    for u, f in ctx.pages.items():
        if u != ctx.homepage_url:
            counts.update(f.filled_lists)
    return counts


def server_list(ctx: SiteContext, f: PageFacts) -> bool:
    """Every empty list container of the page is one that other pages of the site print their rows into, in the
    static HTML (`<ul class="doc-list">` with rows on two or more list pages), and no inline script of the page
    fetches data: the site's server prints that list, so here it printed it empty — a script of the site's (the
    same on every page) does not fill it. Never a page still saying 数据加载中… where its list should be: a server
    printing its list empty prints no loading line."""
    if not f.empty_lists or "list-call" in f.signs or f.loading:
        return False
    printed: Counter[str] = ctx.derived("printed_lists", _printed_lists)
    # (a container standing alone in a list-named block is labelled both ways, `ul.list-ul|div.list`: other pages may
    # print their rows into the block under other markup)
    return all(any(printed[part] >= PRINTED_LIST_PAGES for part in label.split("|")) for label in f.empty_lists)


def script_drawn(ctx: SiteContext, f: PageFacts) -> bool:
    """The page runs scripts of the site's own that write into it (an app bundle drawing a `<div id="app">`, a menu
    or blocks built from JSON) and no browser ran them: a page dated nowhere may show dated lists to a visitor."""
    return not f.rendered and not {"scripted", "nav"}.isdisjoint(f.signs) and not judged_static(ctx, f)


TEMPLATE_EMPTY_PAGES = 2   # list pages that also show an empty-list sign: the sign is a widget of the template


def _empty_signs_in_template(ctx: SiteContext) -> bool:
    # (a page whose only rows are the template's — a sidebar box every page shows — lists nothing of its own: its
    # 暂无信息 is its own list's, not a widget's)
    signs = Counter(f.template_empty for f in ctx.pages.values() if f.template_empty and any(
        ctx.canonical(it.url) not in ctx.template_links for it in f.items))
    return any(n >= TEMPLATE_EMPTY_PAGES for n in signs.values())


def _empty_widget(ctx: SiteContext) -> bool:
    """Pages that list items show the same empty-list sign too (暂无信息 in a side box on each): it belongs to a
    widget of the template (once per site). One block's own sign is not: a homepage's empty 通知公告 box (没有任何文章)
    beside a site map's 暂无更新 says nothing of the template."""
    widget: bool = ctx.derived("template_empty", _empty_signs_in_template)
    return widget


def shows_empty_list(ctx: SiteContext, f: PageFacts) -> bool:
    """The page says its list is empty (暂无信息, 共0条 …) or shows an empty list container a visitor sees empty (one
    the server prints rows into on other pages, `server_list`, included) —
    unless pages that list items show the same signs (an empty widget of the site template says nothing)."""
    return not script_list_unseen(ctx, f) and bool(f.empty_marker or f.empty_container or server_list(ctx, f)) \
        and not _empty_widget(ctx)


def says_empty_beside_rows(ctx: SiteContext, f: PageFacts) -> bool:
    """A page listing rows says too that a list is empty (暂无信息 in a block of its own), and no other page listing
    rows says so: not a widget of the template — one of its blocks is empty (which one: `box_beside_empty_list`)."""
    return bool(f.template_empty) and f.template_empty != EMPTY_CONTAINER and not _empty_widget(ctx)


def awaits_script_list(ctx: SiteContext, f: PageFacts) -> bool:
    """The page shows an empty list container — or a client-side template's row as written (`<tr ng-repeat>`) —
    that a script no browser ran would fill (a list page whose rows arrive by AJAX): a column whose entries are not
    measured — neither blank nor stale."""
    return (f.empty_container or "list-template" in f.signs) and script_list_unseen(ctx, f) and not _empty_widget(ctx)


MIN_CONTENT_CHARS = 60     # own text of a single-page column (机构职能, 概况 …)
DECLARED_EMPTY_CHARS = 20  # a declared column (ColumnName) showing less text of its own than this shows nothing
MARKED_EMPTY_MAX_CHARS = 200   # a page showing an empty list is blank unless it carries this much text of its own


def _line_counts(ctx: SiteContext) -> Counter[str]:
    counts: Counter[str] = Counter()
    for f in ctx.pages.values():
        counts.update(f.lines)
    return counts


CONTENT_LINE = 10          # text blocks at least this long are content (shorter ones: labels, menu entries)


def own_content_chars(ctx: SiteContext, page: PageFacts, shortest: int = CONTENT_LINE, prose: bool = False) -> int:
    """Characters of the text blocks no other list-less page repeats (not navigation, sidebar or footer);
    `prose`: only blocks that are no link text of the page (what it says, not what it lists)."""
    counts: Counter[str] = ctx.derived("line_counts", _line_counts)
    anchors = {link.text for link in page.links} if prose else set()
    return sum(len(t) for t in page.lines if counts[t] <= 1 and len(t) >= shortest and t not in anchors)


def own_lines(ctx: SiteContext, page: PageFacts) -> list[str]:
    """The text blocks of a list-less page that no other such page repeats (not navigation, sidebar or footer)."""
    counts: Counter[str] = ctx.derived("line_counts", _line_counts)
    return sorted(t for t in page.lines if counts[t] <= 1)


# A line sending the reader to the former site for what the column held (2026年11月2日前发布的信息请访问原网站, 历史文件
# 请查阅旧版网站): the column's content may stand there
_ARCHIVE_ELSEWHERE = re.compile(r"(?:访问|登录|查阅|查看|前往|移步|浏览)[^。；;，,]{0,4}(?:原|旧|老)版?(?:网站|站点|门户)")


def archive_elsewhere(ctx: SiteContext, f: PageFacts) -> bool:
    """The page says in a line of its own (no other page repeats it: not the template's 试运行 banner) that its
    earlier items are on the former site: an empty list there is neither plainly blank nor plainly filled — its
    content is not measured, never a blank column."""
    return any(_ARCHIVE_ELSEWHERE.search(t) for t in own_lines(ctx, f))
