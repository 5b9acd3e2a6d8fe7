"""The 政府信息公开工作年度报告 (年报): the latest report due by the as-of date (`annual_report_due_year`) must be
linked on the site and open (`annual_report`).
"""

from __future__ import annotations

import datetime as dt
import re

from govweb.checks.column_names import names_annual_report
from govweb.checks.context import SiteContext
from govweb.checks.entry_choice import framing
from govweb.checks.entry_targets import target_problem
from govweb.checks.list_state import script_list_unseen, unseen_why
from govweb.checks.model import Evidence, FoundElements
from govweb.checks.page import PageFacts
from govweb.checks.site_scope import portal_section

# A year in a text naming the report (2021年政府信息公开工作年度报告)
_ANNUAL = re.compile(r"((?:19|20)\d{2})")


def annual_report_due_year(as_of: dt.date) -> int:
    """The latest year whose 政府信息公开工作年度报告 must be online on `as_of` (due 31 January of N+1)."""
    return as_of.year - 1 if as_of > dt.date(as_of.year, 1, 31) else as_of.year - 2


# A report's own title (政府信息公开工作情况报告), not a column's name (信息公开年报)
_WORK_REPORT = re.compile(r"工作.*报告")

# A link to one year's report on a 年报 list: 2021年, 2021年度, 2021年报, 2021年度报告
_REPORT_YEAR = re.compile(r"^\s*((?:19|20)\d{2})\s*(?:年度?)?\s*(?:年报|报告|工作年度报告)?\s*$")


def annual_report(ctx: SiteContext, ordered: list[PageFacts], found: FoundElements) -> None:
    """The latest 政府信息公开工作年度报告 linked on the site: a title or link naming the report with its year, or a
    year link (2021年, 2021年度) on the 年报 list — the page the 年报 entry (a link naming the report without a
    year, a 更多 under a 年报 heading) leads to, or a page titled so. Its url is that entry when there is one. An
    entry whose list the crawl did not fetch, with no report of the due year seen elsewhere: not measured."""
    due = annual_report_due_year(ctx.as_of)
    section = ctx.derived("portal_section", portal_section)

    def first_entry(pages: list[PageFacts]) -> tuple[str, PageFacts, bool] | None:
        # (and whether it only opens a part of the page it stands on: a folded tree branch, a tab — `#t-nb`)
        entries = ((ctx.canonical(link.url), f, link.section and ctx.canonical(link.url) == f.url)
                   for f in pages for link in f.links
                   if names_annual_report(name := link.name) and not _ANNUAL.search(name))
        if section:
            # a section of a larger site: its own 年报 list before the frame's (`framing`)
            return min(entries, key=lambda e: framing(ctx, e[0], set()), default=None)
        return next(entries, None)

    entry_at = first_entry(ordered)
    entry = entry_at[0] if entry_at is not None else None
    # the address reported: an entry on a page that is no article — a report's own breadcrumb (首页 > 政务公开 >
    # 政府信息公开年报) files it under its list, it is not how a visitor is led to it (the 政务公开 catalogue's 年报
    # node opening the report itself), as no entry comes from an article's links — else that one
    shown_at = entry_at if entry_at is None or not entry_at[1].is_article else (
        first_entry([f for f in ordered if not f.is_article]) or entry_at)
    latest: tuple[int, str, str, str | None, str] | None = None
    failed: tuple[int, str, str, str | None, str] | None = None   # the newest report whose link fails, and why
    unseen: PageFacts | None = None   # a 年报 list a script writes that no browser showed: what it lists is unknown
    undated: tuple[str, str] | None = None   # (list, row) a report on the 年报 list whose link names no year
    for f in ordered:
        is_list = f.url == entry or names_annual_report(f.title) and not _ANNUAL.search(f.title)
        # (text, where it leads): the page's own title, its links' names — a report's link off any 年报 list leads
        # to the report itself
        # (and whether a bare year names a report there: on the 年报 list, or a year link under a row label naming
        # the report — 政府信息公开年报：2025年度　2024年度 — which leads to that year's report)
        # (the last field: the address the text's link opens — a report whose link fails is not online)
        # (off the 年报 list only a link naming the report can name one: the others are not resolved)
        # (on the page whose 年报 part the entry only opens in place, a report's link leads to that report)
        in_place = entry_at is not None and entry_at[2] and f.url == entry
        texts = [(f.title, f.url, is_list, None),
                 *((link.name, f.url if is_list and not in_place else ctx.canonical(link.url), is_list, link.url) for link in f.links
                   if is_list or names_annual_report(link.name)),
                 *((link.text, ctx.canonical(link.url), True, link.url) for link in f.links
                   if names_annual_report(link.label))]
        if is_list and unseen is None and script_list_unseen(ctx, f):
            unseen = f
        for text, target, years, opens in texts:
            m = _ANNUAL.search(text) if names_annual_report(text) else None
            if m is None and years:
                m = _REPORT_YEAR.match(text)
            if m is None:
                # a row of the 年报 list naming a report but no year (政府信息公开工作情况报告): of which year is unknown
                # (a report's title — 工作…报告 —, not a menu's column name such as 信息公开年报)
                if (undated is None and is_list and opens is not None and names_annual_report(text)
                        and _WORK_REPORT.search(text) and ctx.canonical(opens) not in (f.url, entry)):
                    undated = (f.url, text)
                continue
            year = int(m.group(1))
            if year > ctx.as_of.year:
                continue
            if latest is None or year > latest[0]:
                problem = _report_link_fails(ctx, opens) if opens is not None else None
                if problem is not None:
                    if failed is None or year > failed[0]:
                        failed = (year, f"「{text}」→ {opens}：{problem}", f.url, f.warc_record, opens)
                    continue
                latest = (year, text, f.url, f.warc_record, target)
    if latest is not None and latest[0] >= due:
        # the element's url: the 年报 entry — unless the homepage offers the report itself while only other pages
        # link the 年报 list (the homepage's 政务公开 box: 2025年政府信息公开工作年度报告 → the report)
        home_report = latest[2] == ctx.homepage_url and latest[4] != latest[2] and (
            entry_at is None or entry_at[1] is not ctx.homepage)
        # (an entry only opening a part of its own page — a folded 年报 branch of the 信息公开 tree — leads to no page
        # of its own: the report listed there is where it leads the visitor)
        shown = shown_at[0] if shown_at is not None and not shown_at[2] else None
        found.add("政府信息公开年报", f"{latest[0]}年", latest[4] if home_report else shown or latest[4], latest[1],
                  latest[3], where=latest[2])
    elif unseen is not None:
        found.unmeasured["政府信息公开年报"] = "script-list"
        ctx.warnings.append(f"「政府信息公开年报」未测量：年报列表 {unseen.url} 由脚本生成，" + unseen_why(unseen))
    elif entry is not None and ctx.page(entry) is None and target_problem(ctx, entry, content=False) is None:
        # the 年报 entry leads to a list the crawl did not open (its limits, or a platform of another host our
        # network could not reach — never held against the site): which year it holds is unknown
        found.unmeasured["政府信息公开年报"] = "unfetched-entry"
        ctx.warnings.append(f"「政府信息公开年报」未测量：年报入口 {entry} 未被采集，无法确认最新年报")
    elif failed is not None and failed[0] >= due:
        # the report of the due year is linked, but its link does not work (a 404): not online
        newest = f"，可打开的最新年报为 {latest[0]} 年" if latest is not None else ""
        found.evidence.setdefault("政府信息公开年报", Evidence(failed[2], f"{failed[1]}{newest}", failed[3]))
    elif undated is not None:
        found.unmeasured["政府信息公开年报"] = "undated-report"
        ctx.warnings.append(f"「政府信息公开年报」未测量：年报列表 {undated[0]} 中「{undated[1]}」未注明年份，无法确认最新年报")
    elif latest is not None:
        found.evidence.setdefault(
            "政府信息公开年报", Evidence(latest[2], f"最新年报为 {latest[0]} 年，应已发布 {due} 年年报", latest[3])
        )
    elif entry_at is not None and (problem := _report_link_fails(ctx, entry)) is not None:
        # the 年报 entry answers an error (a 404) and no report shows anywhere: judged missing here — an outside
        # 信息公开 platform's unseen pages do not stand in for the entry that was followed and fails
        found.evidence.setdefault("政府信息公开年报", Evidence(entry_at[1].url, f"年报入口 → {entry}：{problem}",
                                                         entry_at[1].warc_record))


def _report_link_fails(ctx: SiteContext, url: str) -> str | None:
    """Why a report's link does not open it: broken (404 …) or a page saying it is an error; None otherwise (a
    file the crawl did not fetch may open)."""
    problem = target_problem(ctx, url, content=False)
    page = ctx.page(url)
    return problem or ("页面显示错误" if page is not None and page.error_page else None)
