"""Required elements (政府网站发展指引): footer marks, disclosure pages, content sections, functions.

Footer marks (网站标识码 in both forms, ICP, 公安, 主办单位, 联系方式) are read from the homepage footer and meta
tags (`checks/footer.py`); a footer 联系我们 link whose page prints a phone or e-mail counts as the contact. The
conac mark and the 找错 entry come from links, images and script tags (the official 找错 script is `jiucuo.js`
from zfwzgl/zfwzzc.www.gov.cn). Entries (办事服务, 互动交流, 政策文件, 负责人信息 …) come from navigation, entry
blocks and footers — short link names, an image link's alt/title, or the name of the page it leads to — and from
typed columns; never from headlines or article text: a dated list row, a link to an article, a sentence-like
text (召开, 调研, 关于…的通知) is no entry. An entry whose link is broken or leads to an error or empty page counts
as missing. 政府信息公开年报 counts only when the latest report due by the as-of date is online.

On a homepage the browser lane did not render, a mark or entry that only a script could write (the page shows
no footer, or hardly any menu, next to scripts of its own; an undecoded document.write) is "not measured" with a
warning, never missing; so is every homepage element when the homepage is a splash or jump page.

Which of an element's entries counts is `entry_choice.best_first`; whether its target works,
`entry_targets.target_problem`; the 年报, `annual_report.annual_report`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from govweb.checks import links as linkcheck
from govweb.checks.annual_report import annual_report, annual_report_due_year
from govweb.checks.column_names import (
    MINORITY_LETTERS,
    document_heading,
    document_headings,
    headline_like,
    names_annual_report,
    title_name,
    type_of,
)
from govweb.checks.columns import SPLASH_WARNING, ctx_columns
from govweb.checks.context import SiteContext
from govweb.checks.dates import dated_url
from govweb.checks.entry_choice import (
    BADGES,
    DOCUMENT_ELEMENTS,
    LINK_WORDS,
    URL_MARKERS,
    best_first,
    friendly_link,
    named_otherwise,
    names_element,
    news_named_service,
    portal_frame,
    portal_home,
    word_rank,
)
from govweb.checks.entry_targets import target_problem
from govweb.checks.fold import simplified
from govweb.checks.footer import CONAC_NAME
from govweb.checks.guide_labels import is_guide
from govweb.checks.interpretation import INTERPRETATION_WORDS
from govweb.checks.list_rows import app_route
from govweb.checks.list_state import unseen_why
from govweb.checks.model import ElementResult, Evidence, Finding, FoundElements
from govweb.checks.opendata import articles_only
from govweb.checks.page import PageFacts
from govweb.checks.page_kinds import other_language
from govweb.checks.page_links import WRITE_LINK, Link
from govweb.checks.site_scope import portal_section, site_body
from govweb.checks.snapshot import PageRecord
from govweb.terms import ELEMENTS
from govweb.urlnorm import canonical, folder_of, site_names, without_query_and_fragment

FOOTER_MARKS = ("网站标识码", "ICP备案号", "公安机关备案号", "网站主办单位", "联系方式")
# Elements a script may write in the footer (the rest sit in menus and entry blocks).
FOOTER_PART = frozenset({*FOOTER_MARKS, "党政机关网站标识", "我为政府网站找错"})

# Entries whose target's content is judged by measurements of its own (the open-data portal: datasets, formats):
# only a broken link makes them missing.
CONTENT_MEASURED = frozenset({"数据开放"})
# The visitor's channels (办事服务, 互动交流): their hub works only when something it leads to works.
CHANNELS = frozenset({"办事服务", "互动交流"})
COLUMN_ELEMENTS = {"政策文件": "政策文件", "政策解读": "政策解读", "办事": "办事服务", "互动": "互动交流"}
CANDIDATES_MAX = 30
MENU_ENTRIES = 3           # distinct entries named by a rendered homepage's links: its menu is shown
ELEMENT_INDEX = {
    "网站标识码": "管理保障", "ICP备案号": "管理保障", "公安机关备案号": "管理保障", "党政机关网站标识": "管理保障",
    "网站主办单位": "管理保障", "联系方式": "管理保障", "我为政府网站找错": "管理保障",
    "站内搜索": "功能推广", "无障碍浏览": "功能推广",
    "政府信息公开指南": "信息发布", "政府信息公开目录": "信息发布", "政府信息公开年报": "信息发布",
    "概况信息": "信息发布", "机构职能": "信息发布", "负责人信息": "信息发布", "政策文件": "信息发布",
    "政策解读": "解读回应", "办事服务": "办事服务", "互动交流": "互动交流", "数据开放": "数据开放",
}

# Letters of the second language of a bilingual menu (互动交流 / Interaction, 互动交流 + an Uyghur, Tibetan or
# Mongolian line under it): Latin, Arabic-script, Tibetan, Mongolian.
_OTHER_SCRIPT = re.compile(rf"[A-Za-z{MINORITY_LETTERS}]")
_OTHER_SCRIPT_RUN = re.compile(rf"[\sA-Za-z{MINORITY_LETTERS}'’.,&-]+")
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")


def chinese_name(text: str) -> str:
    """The Chinese name of a bilingual link (互动交流 and, in the same link, its English, Uyghur, Tibetan or Mongolian
    name): its words in other scripts aside; a name without Chinese is kept as it is."""
    if not _HAN_CHAR.search(text) or not _OTHER_SCRIPT.search(text):
        return text
    return _OTHER_SCRIPT_RUN.sub("", text) or text


def entry_name(ctx: SiteContext, link: Link) -> str:
    """An entry's name: its text (alt/title for images) — a 更多 link's block heading; a `title` saying in Chinese
    what its text says only in another language or abbreviation (Guide, BSFW) —, else the name of the page it leads
    to."""
    if link.heading:
        return link.heading
    if link.titled:
        return link.titled
    if link.text:
        return chinese_name(link.text)
    target = ctx.page(link.url)
    if target is None or target.is_article:
        return ""
    return _page_name(target)


def _page_name(f: PageFacts) -> str:
    """A page's name: the column name its meta declares, else its title's own part."""
    return f.meta.get("columnname") or title_name(f.title)


def _document_title(ctx: SiteContext, url: str) -> str:
    """The name of the one document a wordless link (a rollover picture without alt, its words only in the image)
    leads to, by that page's title (芩溪概况 behind the menu's picture): an element that is a document (概况, 机构职能)
    is offered by it. A page filed by date is a news item, named by nothing but its headline: ""."""
    target = ctx.page(url)
    if target is None or dated_url(url) or dated_url(target.url):
        return ""
    return _page_name(target)


def is_entry_name(name: str) -> bool:
    return bool(name) and not headline_like(name)


_DOCUMENTS_IN_ORDER = tuple(sorted(DOCUMENT_ELEMENTS))


def _document_named(text: str) -> str | None:
    """The single-document element (`DOCUMENT_ELEMENTS`) a link's whole text names: the element's full name or its
    tail holding one of its words (政府信息公开指南, 信息公开指南, 公开指南) — not a headline holding it (关于修订政府信息公开指南的通知,
    政府信息公开指南解读)."""
    name = simplified(text).strip()
    return next((el for el in _DOCUMENTS_IN_ORDER if name and el.endswith(name) and names_element(el, name)), None)


def _leads_to_article(ctx: SiteContext, url: str) -> bool:
    if dated_url(url):
        return True
    target = ctx.page(url)
    return target is not None and target.is_article


def _leads_to_guide(ctx: SiteContext, url: str) -> bool:
    """The link opens a service guide (a document by its form, but a service's own content: a way to 办事服务)."""
    target = ctx.page(url)
    return target is not None and is_guide(target.guide_elements)


# what a server answers for an address that does not exist (not 403/405/5xx: a bare GET of an address that only
# takes the form's POST, or a query missing, may be refused where the search itself works)
_NOT_FOUND = frozenset({404, 410})


def _search_gone(ctx: SiteContext, action: str) -> str | None:
    """Why the address a search form sends its query to does not exist: every fetch the crawl made of it — bare or
    with a query, as the form submits it — answered 404 or 410 (`HTTP 404 页面不存在`); None when it answered
    otherwise or was not fetched (it may work)."""
    if not action:
        return None
    fetched: dict[str, list[PageRecord]] = ctx.derived("fetched_by_address", _fetched_by_address)
    recs = fetched.get(without_query_and_fragment(ctx.canonical(action)), [])
    if not recs or any(rec.status not in _NOT_FOUND for rec in recs):
        return None
    return linkcheck.failure_text(recs[0])


def _fetched_by_address(ctx: SiteContext) -> dict[str, list[PageRecord]]:
    """The crawl's page records by address (their query aside)."""
    out: dict[str, list[PageRecord]] = {}
    for url, rec in ctx.records.items():
        if rec.kind == "page":
            out.setdefault(without_query_and_fragment(url), []).append(rec)
    return out


# any of URL_MARKERS' words, searched once before each element's (most links hold none)
_ANY_URL_MARKER = re.compile("|".join(re.escape(m) for markers in URL_MARKERS.values() for m in markers))


def detect_elements(ctx: SiteContext) -> tuple[dict[str, ElementResult], dict[str, Evidence]]:
    found = FoundElements()
    hp = ctx.homepage
    ordered = ([hp] if hp is not None else []) + [f for u, f in sorted(ctx.pages.items()) if f is not hp]

    # footer marks: the homepage (other pages only when the homepage could not be read)
    for f in ordered[:1] if hp is not None else ordered:
        for el in FOOTER_MARKS:
            if el in f.marks:
                value, excerpt = f.marks[el]
                if _meta_only_code(f, el, excerpt):
                    found.evidence.setdefault(el, Evidence(
                        f.url, f"页脚未展示网站标识码（仅见于 {excerpt}，访问者看不到）", f.warc_record))
                    continue
                found.add(el, value, f.url, excerpt, f.warc_record)
    if hp is not None and "联系方式" not in found.results:
        _contact_page(ctx, hp, found)
    if hp is not None:
        _image_marks(ctx, hp, found)
        if hp.bare_sponsor and not found.decided("网站主办单位"):
            found.unmeasured["网站主办单位"] = "unlabelled"
            ctx.warnings.append(f"「网站主办单位」未测量：首页页脚只印出单位名称「{hp.bare_sponsor}」，其标签"
                                "（主办？承办？）由未取得的样式表绘制，无法读取")

    # entries: links, images, scripts across the site, homepage first; each (url, name) looked at once
    candidates: dict[str, list[tuple[str, str, PageFacts]]] = {}
    # (the links to a part of the page they are on, `#zzjg`, by address, name and page: `entry_choice.best_first`)
    parts: set[tuple[str, str, int]] = set()
    seen: set[tuple[str, str, bool]] = set()
    names = cache(names_element)   # (the menu's names repeat on every page: each asked of each element once)
    for f in ordered:
        for src in f.script_srcs:
            low = src.lower()
            for el, markers in URL_MARKERS.items():
                if el in ("数据开放", "办事服务"):
                    continue
                if any(m in low for m in markers):
                    found.add(el, src, f.url, f'<script src="{src}">', f.warc_record)
        if f is not hp and (f.depth > 2 or f.is_article or other_language(f)):
            continue   # entries come from navigation pages; an article's own links are its text; the site in another
            # language (its English version's Services page) is not where the Chinese site's visitor finds them
        # a page of another host the site links to: an outside 信息公开 platform carries the body's own disclosure
        # (its 指南, 目录 …), but any other menu there (a data portal's 接口服务, a credit platform's 信用服务, a
        # platform's 找错 badge) is that platform's, not the site's
        own = f is hp or ctx.same_site(f.url) or ctx.on_site_host(f.url)
        rows = {_opened(it.url, it.route) for it in f.items} if f.items else set()
        dated_rows = {it.url for it in f.items if it.dates}   # a dated row under /zwfw/: a guide, not the hall
        for link in f.links:
            key = (link.url, link.text, own)
            if key in seen:
                continue
            seen.add(key)
            if link.url in f.unseen_links:
                continue   # a link only inside a block no visitor can ever see (a retired footer's badges: unseen.py)
            low = link.url.lower()
            for el, markers in URL_MARKERS.items() if own and _ANY_URL_MARKER.search(low) else ():
                if any(m in low for m in markers):
                    if el in BADGES:
                        found.add(el, link.url, link.url, f"{link.text} → {link.url}", f.warc_record, where=f.url)
                    elif not named_otherwise(el, link.text) and not (el == "办事服务" and link.url in dated_rows):
                        candidates.setdefault(el, []).append((link.url, link.text or link.url, f))
            # a link to a part the page holds (`index.html#fdzdgknr`: a tab of a 信息公开 page) names that part
            section = link.section and link.url not in rows
            # (a page's own menu linking the page by its address names it, as its title does: the 政府信息公开目录 link
            # of the platform page that is the catalogue; not a placeholder — `./`, a part the page does not hold,
            # `#gkml` — nor a channel, which works through the pages it leads to)
            itself = f is not hp and not link.placeholder and ctx.canonical(link.url) == f.url
            # a dated row is an item, not an entry — unless its whole text is a document's own name (政府信息公开指南
            # printed with its first publication date in a box of entry links: the guide, as an evergreen item)
            row = _opened(link.url, link.route) in rows
            evergreen = _document_named(link.text) if row else None
            if row and evergreen is None or ctx.canonical(link.url) in (f.url, ctx.homepage_url) and not (
                    section or itself or link.route):
                continue   # a list row; a link back to the homepage (a neutralised href), not a route of its app
            if portal_home(ctx, link.url):
                continue   # a link home to the portal the site's folder sits under (its logo: 某某市人民政府 政民互动)
            document = _leads_to_article(ctx, link.url)
            name = entry_name(ctx, link)
            titled = not name and document   # (a wordless picture link to one document: named by its title)
            if titled:
                name = _document_title(ctx, link.url)
            if not is_entry_name(name):
                continue
            for el in LINK_WORDS if own else DISCLOSURE_ELEMENTS:
                if evergreen is not None and el != evergreen:
                    continue   # (a row named for one document is that document's entry only)
                if (section or itself) and el in CHANNELS:
                    continue   # a channel works through the pages it leads to, not a part of the page naming it
                if titled and el not in DOCUMENT_ELEMENTS:
                    continue
                if el == "互动交流" and f is not hp and _service_item(f, name):
                    continue
                guide = el == "办事服务" and _leads_to_guide(ctx, link.url)   # (a guide: the service's own page)
                if (not document or el in DOCUMENT_ELEMENTS or guide) and names(el, name):
                    got = candidates.setdefault(el, [])
                    if len(got) < CANDIDATES_MAX:
                        got.append((_opened(link.url, link.route), name, f))
                        if section:
                            parts.add((link.url, name, id(f)))
        if not f.is_article and not dated_url(f.url):
            name = title_name(f.title)
            if is_entry_name(name):
                for el in LINK_WORDS if own else DISCLOSURE_ELEMENTS:
                    if names(el, name):
                        candidates.setdefault(el, []).append((f.url, name, f))

    if hp is not None and len(hp.breadcrumb) >= 2 and (section := ctx.derived("portal_section", portal_section)) \
            and hp.breadcrumb[-1].startswith(section) and names_element("政府信息公开目录", hp.breadcrumb[-2]):
        # a section's own page that the platform files under its catalogue (法定主动公开内容 > 青湾镇): the section's node
        # of that catalogue, its 目录
        candidates.setdefault("政府信息公开目录", []).append((hp.url, hp.breadcrumb[-1], hp))

    order = {id(f): i for i, f in enumerate(ordered)}
    frame: frozenset[str] = ctx.derived("portal_frame", portal_frame)
    for el, cands in candidates.items():
        failed: set[str] = set()   # the targets of the element's better entries that do not work
        # a channel's best entry that may work but whose page the crawl did not open, held while a later entry of the
        # homepage seen to work is looked for (`_unopened`)
        unseen: tuple[str, str, PageFacts] | None = None
        for url, name, f in best_first(ctx, el, cands, order, parts):
            if el in found.results:
                break
            if unseen is not None and ctx.canonical(url) in frame:
                break   # (the portal's entries come after the site's own, seen or not)
            if unseen is not None and f is not hp:
                continue   # (a page met deeper in the crawl is no way the homepage offers to the channel)
            if el in BADGES:
                found.add(el, name, url, f"{name} → {url}", f.warc_record, where=f.url)
                break
            if el == "办事服务" and news_named_service(ctx, name, url):
                continue
            if failed and el not in CHANNELS and _known_to_fail_within(ctx, url, f, failed):
                continue
            if el == "互动交流" and el in found.bad and f is hp and not ctx.same_site(url) and friendly_link(ctx, url):
                continue   # (the site's own channel fails: another website its 友情链接 block lists — the province's
                # 12345 platform beside 中国政府网 — is that website, not this site's channel standing in)
            if app_route(url):
                # a route of a hash-routed app (`/#/list?id=18`): a page its script draws, no jump within this page
                # and none the crawl opens — the entry is there by its name; where it leads is not measured
                found.add(el, name, url, f"{name} → {url}", f.warc_record, where=f.url)
                continue
            problem = target_problem(ctx, url, content=el not in CONTENT_MEASURED, hub=el in CHANNELS,
                                     write=el == "互动交流")
            if problem is None and el == "数据开放" and articles_only(ctx, url):
                problem = "入口指向的栏目只有文章（如统计数据），没有数据集、数据格式、下载或接口"
            if problem is None and el == "政策解读":
                problem = _documents_only(ctx, url)
            if unseen is not None:
                if problem is None and ctx.canonical(url) in ctx.pages:
                    found.add(el, name, url, f"{name} → {url}", f.warc_record, where=f.url)
                continue   # (a weaker entry only replaces it when seen to work: nothing else of it is recorded)
            if problem is None and el in CHANNELS and el in found.bad and ctx.canonical(url) in frame:
                # the site's own channel fails and only the portal's works (the county's 县长信箱 above a bureau
                # whose 局长信箱 answers 404): whether the county's channel serves the bureau is not known here
                found.unmeasured[el] = "portal"
                ctx.warnings.append(f"「{el}」未测量：本站入口无法使用，仅所在门户（站群）的入口可用：{url}")
                break
            if problem is None and el in CHANNELS and _unopened(ctx, url):
                unseen = (url, name, f)
            elif problem is None:
                found.add(el, name, url, f"{name} → {url}", f.warc_record, where=f.url)
            else:
                found.bad.setdefault(el, (Evidence(f.url, f"「{name}」→ {url}：{problem}", f.warc_record), problem))
                failed.add(ctx.canonical(url))
                _script_opened_channel(ctx, el, url, found)
        if unseen is not None and el not in found.results:
            url, name, f = unseen   # no weaker entry seen to work: the unopened one stands, with the benefit of the doubt
            found.add(el, name, url, f"{name} → {url}", f.warc_record, where=f.url)

    if hp is not None:
        _script_toolbar(hp, found)

    for col in ctx_columns(ctx):
        col_el = COLUMN_ELEMENTS.get(col.type)
        # a blank column is no working entry; an 互动 column is a channel only when named like one (在线访谈
        # archives and 调查 lists are not), and only when its way to write works
        if col_el == "政策解读" and _CONCERNS.search(col.name) and not names_element(col_el, col.name):
            continue   # 回应关切: the 解读回应 section's other half, answers to public concerns, no policy interpretation
        if col_el == "政策解读" and _documents_only(ctx, col.url) is not None:
            continue   # the policy documents themselves listed under the 解读 name: no interpretation
        if col_el and col.items and (col_el != "互动交流" or names_element(col_el, col.name)):
            if col_el in CHANNELS and target_problem(ctx, col.url, hub=True, write=col_el == "互动交流") is not None:
                continue   # a list of past messages whose way to write fails: a record, no working channel
            found.add(col_el, col.name, col.url, col.name, col.evidence.warc_record)

    if hp is not None:
        _channel_in_rows(ctx, hp, found)
        _channel_to_document(ctx, hp, found)

    # 站内搜索: a search form on the homepage, else on a page near it (many sites put the search box in the
    # column pages' side bar only), or the measurement found one
    # (a form whose search address the crawl found not to exist — HTTP 404/410, bare or as the form sends it — is no
    # working search: the next form counts, and with none left the element is missing with that reason)
    search = (ctx.snapshot.measurements or {}).get("search") or {}
    with_form = None
    for f in ordered:
        if f.search_form and (f is hp or f.depth <= 2):
            gone = _search_gone(ctx, f.search_action)
            if gone is None:
                with_form = f
                break
            found.bad.setdefault("站内搜索", (Evidence(
                f.url, f"<form> 搜索 → {f.search_action}：{gone}", f.warc_record), f"搜索表单的提交地址无法访问（{gone}）"))
    if with_form is not None:
        found.add("站内搜索", "搜索表单", with_form.search_action or with_form.url, "<form> 搜索", with_form.warc_record,
                  where=with_form.url)
    elif isinstance(search, dict) and search.get("form_url"):
        found.add("站内搜索", str(search.get("form_url")), str(search.get("form_url")), "搜索表单", None)

    annual_report(ctx, ordered, found)
    disclosure = list(_disclosure_entries(ordered))   # (the menu's entry on every page: walked once for both)
    if "政府信息公开目录" not in found.results:
        _disclosure_hub(ctx, disclosure, found)
    if "机构职能" not in found.results:
        _duties_in_profile(ctx, found)
    if "负责人信息" not in found.results:
        _leaders_in_profile(ctx, ordered, found)
    if "概况信息" not in found.results and "机构职能" in found.results:
        _profile_by_duties(ctx, found)
    _named_in_other_language(ctx, ordered, found)
    _disclosure_platform(ctx, disclosure, found)
    _unfetched_disclosure_section(ctx, disclosure, found)
    if "政策文件" not in found.results:
        _documents_in_untyped_column(ctx, found)
    _unmeasured(ctx, found)
    _fetched_menu(ctx, hp, found)
    _unread_footer_frames(ctx, hp, found)
    _badge_slots(ctx, ordered[:1], found)
    if hp is not None:
        _script_run_entries(ctx, hp, found)

    results: dict[str, ElementResult] = {}
    for el in ELEMENTS:
        if el in found.results:
            results[el] = found.results[el]
        elif el in found.unmeasured:
            results[el] = ElementResult(False, None, None, measured=False)
        else:
            results[el] = ElementResult(False, None, None)
            if el in found.bad:
                evidence, problem = found.bad[el]
                found.evidence.setdefault(el, evidence)
                results[el] = ElementResult(False, None, None, problem=problem)
    return results, found.evidence


def _opened(url: str, route: str) -> str:
    """What a link or row opens: its address, with the route of a hash-routed app (`/#/list?id=18`) when it has one."""
    return f"{url}#{route}" if route else url


def _unopened(ctx: SiteContext, url: str) -> bool:
    """A channel's entry (办事服务, 互动交流) whose page the crawl did not open on a host it read pages of (its limits,
    robots.txt: the menu's 互动交流 → `/hdjl/`, never fetched, beside the homepage's 县长信箱 tile whose page was): it
    may work, but an evaluator names a channel he saw work, so a weaker entry of the homepage read and working is
    reported instead (not a page met deeper in the crawl) — present either way. An outside platform's page (the
    政务服务网), never crawled, keeps its rank. A page the crawl read that is only a firewall's check (`_firewall_check`:
    the 我要留言 form answered by a slider) was not opened either: what it holds behind the check is not seen."""
    key = ctx.canonical(url)
    hosts: frozenset[str] = ctx.derived("read_hosts", lambda c: frozenset(urlsplit(u).netloc for u in c.pages))
    f = ctx.pages.get(key)
    return (f is None or _firewall_check(f)) and urlsplit(key).netloc in hosts


# What a firewall's check asks of the visitor before showing the page (请完成安全验证, 人机验证, 拖动滑块完成拼图)
_FIREWALL_CHECK = re.compile(r"安全验证|人机验证|滑块")
_FIREWALL_CHECK_CHARS = 300   # visible characters of such a page at most


def _firewall_check(f: PageFacts) -> bool:
    """A page that is only a firewall's check — its title or own lines ask to pass a 安全验证 or a slider, and it
    has no form to write in, no login, no list and no article: the firewall's answer, not the page behind it (a
    letter form or login guarded by a slider shows its fields too)."""
    if f.textarea or f.login_form or f.items or f.is_article or f.text_chars > _FIREWALL_CHECK_CHARS:
        return False
    return any(_FIREWALL_CHECK.search(t) for t in (f.title, *f.lines))


def _known_to_fail_within(ctx: SiteContext, url: str, f: PageFacts, failed: set[str]) -> bool:
    """A weaker entry whose target the crawl did not open (its limits, robots.txt) says nothing more of the element
    when what it would lead to is a better entry already known to fail: the section above that entry's page (解读回应
    `/jdhy/` over the blank 政策解读 column `/jdhy/zcjd/` the homepage's 政策解读 opens — the section's
    interpretations are that column), or the menu of that failing page on another host (the city platform's own
    法定主动公开内容 in the header of the department's blank catalogue page there: the city's catalogue, not the
    department's)."""
    key = ctx.canonical(url)
    rec = ctx.records.get(key)
    if key in ctx.pages or rec is not None and linkcheck.is_broken(rec):
        return False   # opened (or answering an error): judged as any entry — not one robots.txt kept us from
    front = canonical(key)
    folder = folder_of(front)
    section = front == folder and urlsplit(folder).path not in ("", "/")   # a section's front page, not the root
    if section and any(folder_of(u) != folder and folder_of(u).startswith(folder) for u in failed):
        return True
    own = f is ctx.homepage or ctx.same_site(f.url) or ctx.on_site_host(f.url)
    return not own and f.url in failed and not folder_of(key).startswith(folder_of(f.url))


# A 事项's name: its subject, then what is done with it (统计调查项目备案咨询受理, 出版物进口备案查询).
_SERVICE_ITEM = re.compile(r"^[\u4e00-\u9fa5]{4,}(?:受理|办理|审批|登记|备案|查询|证明|核准|许可|审核|申请)$")


def _channel_in_rows(ctx: SiteContext, hp: PageFacts, found: FoundElements) -> None:
    """A channel found nowhere while a link of the homepage's list rows is named for it alone (局长信箱, 网上办事: a
    tile the layout puts in a box's row, read as that row's item) and leads to a page not known to fail: whether it is
    the channel or a row so titled is not known — not measured, never a veto."""
    rows = {it.url for it in hp.items if not it.scripted}
    if rows:
        _unsure_channel(ctx, hp, found, "row", lambda link: link.url in rows and not _leads_to_article(ctx, link.url),
                        "首页仅在列表行中见到名为「{name}」的链接（{url}），无法确定是入口还是一条信息")


def _channel_to_document(ctx: SiteContext, hp: PageFacts, found: FoundElements) -> None:
    """A channel found nowhere while a link of the homepage outside its list rows is named for it (its menu's 办事服务)
    and leads to a page the crawl opened that reads as one document (dated only by its metas, say) and is not known
    to fail: whether that page is the channel's hub or a document so titled is not known — not measured, never a
    veto."""
    rows = {it.url for it in hp.items}

    def opens_document(link: Link) -> bool:
        target = ctx.page(link.url)
        return link.url not in rows and target is not None and target.is_article and not dated_url(link.url)

    _unsure_channel(ctx, hp, found, "document", opens_document,
                    "首页名为「{name}」的链接（{url}）指向的页面读作一篇文章，无法确定是入口还是一条信息")


def _unsure_channel(ctx: SiteContext, hp: PageFacts, found: FoundElements, why: str,
                    candidate: Callable[[Link], bool], said: str) -> None:
    """Each channel found nowhere is not measured (`why`, and the warning `said` of the link's name and address) when
    a `candidate` link of the homepage is named for it and leads to a page not known to fail."""
    for el in CHANNELS:
        if found.decided(el):
            continue
        for link in hp.links:
            if link.placeholder or not candidate(link):
                continue
            name = entry_name(ctx, link)
            if is_entry_name(name) and names_element(el, name) and target_problem(
                    ctx, link.url, hub=True, write=el == "互动交流") is None:
                found.unmeasured[el] = why
                ctx.warnings.append(f"「{el}」未测量：" + said.format(name=name, url=link.url))
                break


def _service_item(f: PageFacts, name: str) -> bool:
    """A 事项 listed on a 办事 page (its title or breadcrumb names 政务服务, 办事服务): a service of that hall, even
    when its name holds an interaction word (…咨询受理) — no 互动 channel."""
    return _SERVICE_ITEM.match(name) is not None and any(
        type_of(n) == "办事" for n in (f.title, *f.breadcrumb))


DOCUMENT_ROWS = 2   # rows of a 政策解读 list that are all the 政策文件 column's own documents: a list of documents


def _documents_only(ctx: SiteContext, url: str) -> str | None:
    """A 政策解读 column whose rows are the policy documents themselves: two or more, every one a document a 政策文件
    column of the site lists too (the same address: the CMS cross-posts the documents under the 解读 name), none
    naming an interpretation (解读, 图解, 答记者问 …). A visitor opening them finds documents, no interpretation."""
    key = ctx.canonical(url)
    cols = ctx_columns(ctx)
    col = next((c for c in cols if c.url == key), None)
    if col is None or len(col.item_urls) < DOCUMENT_ROWS:
        return None
    documents = {u for c in cols if c.type == "政策文件" and c is not col for u in c.item_urls}
    if not documents.issuperset(col.item_urls):
        return None
    if any(w in it.title for p in col.pages for it in ctx.pages[p].items for w in INTERPRETATION_WORDS):
        return None
    return f"入口栏目所列 {len(col.item_urls)} 条均为政策文件本身（与政策文件栏目所列相同），没有解读"


# Answers to public concerns (回应关切, 热点回应): typed with 政策解读 as the 解读回应 section, not an interpretation.
_CONCERNS = re.compile(r"回应")


def _script_toolbar(hp: PageFacts, found: FoundElements) -> None:
    """无障碍 / 长者模式 toolbars a script opens (href="#" onclick=…, a <button> or a span a click runs: a 关怀版
    switch): present, at the homepage — after the real
    links, so that an entry whose page the visitor reaches (a 长者模式 page, a /wza/ tools page) names its target."""
    for name in (*hp.script_entries, *hp.switches):
        if names_element("无障碍浏览", name):
            found.add("无障碍浏览", name, hp.url, f"{name}（脚本打开的辅助工具）", hp.warc_record)
            return


# Marks printed in a footer: a page printing one shows its footer to us.
_PRINTED_MARKS = ("ICP备案号", "公安机关备案号", "网站主办单位")


def _meta_only_code(f: PageFacts, el: str, excerpt: str) -> bool:
    """A 网站标识码 only in the SiteIDCode meta (for machines) of a page whose footer we read — it prints other
    marks — and does not show it: the visitor never sees the code, which must be shown. With no footer read (a
    script writes it, a frame holds it) the meta still counts: a guess against the site is worse."""
    return el == "网站标识码" and excerpt.startswith("<meta") and any(m in f.marks for m in _PRINTED_MARKS)


def _contact_page(ctx: SiteContext, hp: PageFacts, found: FoundElements) -> None:
    """A 联系我们 / 联系方式 link on the homepage whose page prints a phone or e-mail."""
    for link in hp.links:
        if link.text.strip() not in ("联系我们", "联系方式", "联系电话"):
            continue
        target = ctx.page(link.url)
        if target is not None and "联系方式" in target.marks:
            value, excerpt = target.marks["联系方式"]
            found.add("联系方式", value, target.url, f"{link.text} → {excerpt}", target.warc_record)
            return


def _image_marks(ctx: SiteContext, hp: PageFacts, found: FoundElements) -> None:
    """Marks the homepage shows as images only: present when the image says what it shows (网站标识码：N in its
    alt, a conac badge), else — a code printed in pixels — not measured rather than missing."""
    for el, value, excerpt, read in hp.mark_images:
        if el in found.results:
            continue
        if read:
            found.add(el, value, hp.url, excerpt, hp.warc_record)
        else:
            found.unmeasured[el] = "image"
            ctx.warnings.append(f"「{el}」未测量：首页以图片显示（{excerpt}），无法读取其内容")


def _documents_in_untyped_column(ctx: SiteContext, found: FoundElements) -> None:
    """No 政策文件 entry found, yet a column of no type (its name types nothing: 政务公开) lists mostly a document's
    headings (某乡人民政府关于…的通知) — or, named as the disclosure section itself (政务公开, 信息公开), lists one
    among other disclosures (预算公开): the site may keep its documents there, so the entry is not measured, never
    missing."""
    for col in ctx_columns(ctx):
        page = ctx.page(col.url)
        if col.type != "其他" or page is None:
            continue
        own = set(col.item_urls)
        titles = [it.title for it in page.items if ctx.canonical(it.url) in own]
        if document_headings(titles) or (
                _DISCLOSURE_SECTION.match(col.name.strip()) and any(map(document_heading, titles))):
            found.unmeasured["政策文件"] = "documents-column"
            ctx.warnings.append(f"「政策文件」未测量：未见政策文件栏目，栏目「{col.name}」（{col.url}）列有文件标题，"
                                "本站文件可能发布于此")
            return


def _unmeasured(ctx: SiteContext, found: FoundElements) -> None:
    """Elements not found where a script may write them: on a homepage the browser lane did not render, or on one
    it rendered that still shows no footer (or hardly any link, and no menu naming `MENU_ENTRIES` entries) next to
    scripts of its own — the script that writes that part did not run for us (a resource that failed to load), so
    what it writes is unknown."""
    hp = ctx.homepage
    if hp is not None and hp.redirect:
        # a splash page taken for the homepage: what the real homepage carries is not measured
        for el in ELEMENTS:
            if el not in found.results and el != "政府信息公开年报":
                found.unmeasured[el] = "splash"
        ctx.warnings.append(SPLASH_WARNING)
        return
    if hp is None or not hp.signs:
        return
    # a rendered homepage whose links name several entries shows its menu: the scripts that write it ran; so does
    # an unrendered one whose links naming them are the site's printed menu (the same links on half of its pages)
    menu_shown = len({el for link in hp.links if is_entry_name(link.text)
                      and (hp.rendered or ctx.canonical(link.url) in ctx.template_links) for el in LINK_WORDS
                      if el not in BADGES and names_element(el, link.text)}) >= MENU_ENTRIES
    for el in ELEMENTS:
        if el in found.results or el == "政府信息公开年报":
            continue
        part = "footer" if el in FOOTER_PART else "nav"
        if part not in hp.signs or part == "nav" and menu_shown or hp.rendered and part not in hp.lacks:
            continue
        where = "页脚" if part == "footer" else "导航或入口区"
        found.unmeasured[el] = where
        ctx.warnings.append(f"「{el}」未测量：首页{where}由脚本生成，" + unseen_why(hp))


def _fetched_menu(ctx: SiteContext, hp: PageFacts | None, found: FoundElements) -> None:
    """A homepage whose menu panels a script draws from data it fetches (`script_signs`' "menu-data": a mega-menu
    built from a JSON menu file) may offer any entry there, under its printed top items: an entry not found is
    "not measured", never missing (the footer's marks are not in a menu)."""
    if hp is None or "menu-data" not in hp.signs:
        return
    for el in ELEMENTS:
        if el not in FOOTER_PART and el not in found.results and el not in found.unmeasured:
            found.unmeasured[el] = "menu-data"
            ctx.warnings.append(f"「{el}」未测量：首页导航的下拉栏目由脚本从数据文件生成，未能读取")


def _unread_footer_frames(ctx: SiteContext, hp: PageFacts | None, found: FoundElements) -> None:
    """A homepage footer held in a frame (`<iframe src="/footer.html">` in the footer) whose document the crawl did
    not give us: what that footer shows is unknown, so a footer element not found is "not measured", never
    missing (a framed footer the crawl holds is read as part of the page: `page._splice_footer_frames`)."""
    if hp is None or not hp.unread_frames:
        return
    for el in ELEMENTS:
        if el in FOOTER_PART and el not in found.results and el not in found.unmeasured:
            found.unmeasured[el] = "footer-frame"
            ctx.warnings.append(f"「{el}」未测量：首页页脚在框架页 {hp.unread_frames[0]} 中，抓取中没有该页")


def _badge_slots(ctx: SiteContext, pages: list[PageFacts], found: FoundElements) -> None:
    """A badge the page leaves an empty slot for, which a script fills (from another host, often), or a script named
    for the conac badge (a copy of its loader on the county's host: /js/conac.js): not measured rather than missing,
    rendered or not — a render that shows the slot still empty may have lost the script."""
    for f in pages:
        for el in f.badge_slots:
            if el not in found.results and el not in found.unmeasured:
                found.unmeasured[el] = "badge-slot"
                ctx.warnings.append(f"「{el}」未测量：{f.url} 页脚为它留有由脚本填充的位置，页面中未显示")
        el = "党政机关网站标识"
        loader = next((s for s in f.script_srcs if not s.startswith("#")
                       and CONAC_NAME.search(s.split("?", 1)[0].rsplit("/", 1)[-1])), None)
        if loader is not None and el not in found.results and el not in found.unmeasured:
            found.unmeasured[el] = "badge-script"
            ctx.warnings.append(f"「{el}」未测量：{f.url} 由脚本 {loader} 写出该标识，页面中未显示")


def _script_run_entries(ctx: SiteContext, hp: PageFacts, found: FoundElements) -> None:
    """An entry the homepage shows by name whose link only runs a script (a menu item or tab with
    href="javascript:;"): where it leads is unknown, so the element is not measured rather than missing —
    unless a real link to it was found broken. A name whose links only jump to a printed part of the page (a
    one-page homepage's 办事服务 → `#bsfw`, `page.part_jumps`) leads there, and that part's links are read."""
    for name in hp.script_entries:
        if not is_entry_name(name) or name in hp.part_jumps:
            continue
        for el in LINK_WORDS:
            if found.decided(el) or el in BADGES:
                continue
            if names_element(el, name):
                found.unmeasured[el] = "script-entry"
                ctx.warnings.append(f"「{el}」未测量：首页的「{name}」由脚本打开（javascript: 链接），无法确认其去向")


_FILTER_ALL = "全部"   # the first tab of a filter bar over a list


def _script_opened_channel(ctx: SiteContext, el: str, url: str, found: FoundElements) -> None:
    """A channel's entry page that shows nothing of its own but a button naming the channel that only runs a script
    (a 信箱 saying 暂无信件 whose 我要写信 opens the letter form by script; not the page's own name in its crumb, nor an
    item of the site's menu the homepage runs by script too, nor a button that only shows a message —
    `javascript:alert('系统升级中，暂停受理')`): whether the channel works is not known, so the element is not measured
    rather than missing — unless another entry works."""
    page = ctx.page(url)
    if el not in CHANNELS or page is None or page.error_page or el in found.unmeasured:
        return
    own = {page.breadcrumb[-1] if page.breadcrumb else "", title_name(page.title), page.meta.get("columnname", "")}
    hp = ctx.homepage
    if hp is not None and hp is not page:
        # an item the homepage runs by script too is the site menu's (a mega-menu's 政务服务 header over its real
        # links), not a button of this page's own
        own |= set(hp.script_entries)
    if _FILTER_ALL in page.script_entries:
        # a filter bar over the page's list (全部 / 行政许可 / 公共服务, each run by script): a tab named for a kind of
        # service only by the broad words (公共服务, 个人服务) shows a part of that list, not a channel
        broad = len(LINK_WORDS[el][0])
        own |= {n for n in page.script_entries if (word_rank(el, n) or 0) >= broad and not WRITE_LINK.match(n)}
    name = next((n for n in page.script_entries if is_entry_name(n) and names_element(el, n) and n not in own), None)
    if name is not None:
        found.unmeasured[el] = "script-entry"
        ctx.warnings.append(f"「{el}」未测量：{page.url} 的「{name}」由脚本打开（javascript: 链接），无法确认其去向")


# A body's functions stated in its text: 主要职能：…, 主要职责, 职能职责, 内设机构/内设科室 …
_DUTIES = re.compile(r"(?:主要|工作|部门)(?:职能|职责)\s*[:：]|职能职责|内设(?:机构|科室|处室|股室)")
# …or a section heading naming the body's functions, a line of its own (机构职能, 主要职责, 部门职能, 机构设置) — not
# 工作职责 / 职责分工, a leader's share of the work on a leaders' page
_DUTIES_HEADING = re.compile(r"^(?:(?:机构|部门|单位)(?:职能|职责)|主要(?:职能|职责)|职能职责|机构设置|内设机构)\s*[:：]?$")
_SECTION_TEXT = 30   # characters of the sentence a section heading stands over


def _profile_lines(ctx: SiteContext, page: PageFacts) -> frozenset[str]:
    """The text blocks of a profile page: a list-less page's, or — a profile published as an article (本局概况 as a
    CMS's ShowArticle page, with its byline) — those of its archived body."""
    if page.lines or not page.is_article:
        return page.lines
    html = ctx.page_html(page.url)
    body = LexborHTMLParser(html).body if html else None
    if body is None:
        return page.lines
    return frozenset(t for t in (x.strip() for x in body.text(deep=True, separator="\n").split("\n")) if t)


def _duties_in_profile(ctx: SiteContext, found: FoundElements) -> None:
    """机构职能 shown on the 概况信息 page: a department's 单位概况 / 本局简介 that states its functions (主要职能：…,
    内设科室 …) in its own text — not in a link's name — presents its 机构职能 there; so does a 概况信息 or 负责人信息
    page (a township's 领导信息 page) holding a section headed by the functions' name (机构职能, 主要职责) over a
    sentence of text, the heading no link's or script tab's name."""
    for el in ("概况信息", "负责人信息"):
        shown = found.results.get(el)
        page = ctx.page(shown.url) if shown is not None and shown.url else None
        if page is not None and (excerpt := _duties_on(ctx, page, el)) is not None:
            found.add("机构职能", shown.value, page.url, excerpt, page.warc_record)
            return


def _duties_on(ctx: SiteContext, page: PageFacts, el: str | None) -> str | None:
    """Where `page` shows the body's functions (`_duties_in_profile`), as an excerpt, or None: its own text stating
    them (read on the 概况信息 page, `el`, and on a page no element names, None), or a section headed by their name."""
    names = {link.text.strip() for link in page.links} | set(page.script_entries)
    lines = _profile_lines(ctx, page)
    said = any(len(line) >= _SECTION_TEXT and "。" in line and line not in names for line in lines)
    for line in sorted(lines):
        if line in names:
            continue
        m = _DUTIES.search(line) if el in ("概况信息", None) else None
        if m is not None:
            return line[max(0, m.start() - 20): m.end() + 40]
        if said and _DUTIES_HEADING.match(line):
            return f"{line}（{el or title_name(page.title)}页中的一节）"
    return None


# A heading naming the body's leaders (领导信息, 厅领导, 局领导, 领导班子, 现任领导 …, a label too: <b>领导信息：</b>局长
# 某某；…; in English, Leadership, Leaders), numbered as a section of the page or not (四、领导班子, （三）领导信息, 2. 领导
# 分工), and a line giving one leader's post (韦某　厅长、党组书记, 党组书记、局长, 副主任): short, no sentence
_SECTION_NUMBER = r"(?:[一二三四五六七八九十\d]{1,3}\s*[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[部章节])?\s*"
_LEADERS_HEADING = re.compile(r"^" + _SECTION_NUMBER + r"(?:(?:现任|本届)?[\u4e00-\u9fa5]{0,3}?(?:领导|负责人)(?:信息|班子|成员|简介|介绍|分工|名单)?"
                              r"|班子成员|(?i:leadership|leaders|leading\s+officials))\s*[:：]?$")
_POST = r"[厅局处县市区镇乡委署院所部]长|书记|主任|巡视员"
_LEADER_POST = re.compile(_POST)
_POST_LINE_MAX = 24
_SENTENCE_MARK = re.compile(r"[。；;：:]")   # a line that is a sentence or a label, not a name and a post
# 党组书记, 副局长, 常务副主任; a post may give its other name in brackets (局长（主任）, where a body's head is named either)
_TITLED_POST = r"(?:党组)?(?:副|常务副)?[\u4e00-\u9fa5]{0,4}?(?:" + _POST + r")(?:[（(](?:" + _POST + r")[)）])?"
# …or a line that opens with a post as a label and its holder's name (局长：张某　主持全面工作。, 副主任: 李某某)
_POST_LABEL = re.compile(r"^" + _TITLED_POST + r"\s*[：:]\s*[\u4e00-\u9fa5·]{2,4}(?=[\s，,。；;（(、]|$)"
                         # …or with the holder's name first and the posts as the label (张某　党组书记、局长：主持全面工作。)
                         r"|^[\u4e00-\u9fa5·]{2,4}\s+(?:[\u4e00-\u9fa5]{1,6}、)*" + _TITLED_POST + r"\s*[：:]"
                         # …or with the post, then the holder's name, as the label (副乡长 某某某：分管农业农村工作。)
                         r"|^" + _TITLED_POST + r"\s+[\u4e00-\u9fa5·]{2,4}\s*[：:]")
# …or a roll of posts, each followed by its holders' names (局长　陈某某；副局长　谭某、欧阳某。 — 书记 王某, 镇长 李某某)
_POST_ROLL = re.compile(r"^(?:" + _TITLED_POST + r"\s*[\u4e00-\u9fa5·]{2,4}(?:[、，,]\s*[\u4e00-\u9fa5·]{2,4})*"
                        r"\s*[；;，,。]?\s*)+$")
_ROLL_MAX = 60
# …or, with no heading over it, a line rolling two posts or more as labels, each with its holders' names (局长：某某
# 副局长：某某、某某): the body's leaders by post and name, whatever the page is titled
_LABELLED_ROLL = re.compile(r"^(?:" + _TITLED_POST + r"\s*[：:]\s*[\u4e00-\u9fa5·]{2,4}(?:[、，,]\s*[\u4e00-\u9fa5·]{2,4})*"
                            r"\s*[；;，,。]?\s*){2,}$")


def _leaders_in_profile(ctx: SiteContext, ordered: list[PageFacts], found: FoundElements) -> None:
    """负责人信息 shown on the 概况信息 / 机构职能 page: a 机构概况 page that presents the body's leaders in its own
    text — a heading naming them (领导信息, a 厅领导 tab, a 领导信息： label) that is no link's name, and a short line
    giving a leader's post (局长, 党组书记、副厅长) or a roll of posts and names (局长　某某；副局长　某某、某某。) — shows
    them to the visitor who opens it, whatever its link is named; so does a line rolling two posts or more as labels
    with their holders (局长：某某　副局长：某某、某某) under no heading. With no working entry named for the leaders
    (none, or its link broken), the other pages the homepage or its menu pages link by a name of the body's profile
    or organisation (a 信息公开 platform's 机构信息 beside the menu's 机构设置) are read the same way."""
    for el in ("概况信息", "机构职能"):
        shown = found.results.get(el)
        page = ctx.page(shown.url) if shown is not None and shown.url else None
        if page is not None and (excerpt := _leaders_on(ctx, page)) is not None:
            found.add("负责人信息", shown.value, page.url, excerpt, page.warc_record)
            return
    seen: set[str] = set()
    for f in ordered:
        if f is not ctx.homepage and (f.depth > 1 or f.is_article):
            continue
        for link in f.links:
            name, key = link.text.strip(), ctx.canonical(link.url)
            if key in seen or not (names_element("机构职能", name) or names_element("概况信息", name)):
                continue
            seen.add(key)
            page = ctx.page(link.url)
            if page is None or page is ctx.homepage or page.items or not ctx.same_site(page.url):
                continue
            if (excerpt := _leaders_on(ctx, page)) is not None:
                found.add("负责人信息", name, page.url, f"{name} → {page.url}：{excerpt}", page.warc_record, where=f.url)
                return


def _profile_by_duties(ctx: SiteContext, found: FoundElements) -> None:
    """概况信息 of a department's site: the 47号 guideline's 概况 is a locality's overview (经济、人口、地理 …), which a
    body that is no government (a 统计局, a 住建局: `site_body`) is not asked for — its 概况 is its own introduction,
    and its 机构职能 page (职责, 内设机构, 地址) introduces it. Where whose site it is stays unsure, 概况信息 is not
    measured rather than missing; a government's portal still needs its own 概况."""
    body = ctx.derived("site_body", site_body)
    duties, shown = found.results["机构职能"], found.evidence["机构职能"]
    if body == "department":
        found.add("概况信息", duties.value, duties.url or shown.url, f"部门网站以机构职能介绍本单位：{shown.excerpt}",
                  shown.warc_record, where=shown.url)
    elif body == "unsure" and "概况信息" not in found.unmeasured:
        found.unmeasured["概况信息"] = "department"
        ctx.warnings.append("「概况信息」未测量：无法确定本站是政府门户还是部门网站（部门网站的概况即其已找到的机构职能页）")


def _leaders_on(ctx: SiteContext, page: PageFacts) -> str | None:
    """Where `page` presents the body's leaders in its own text (`_leaders_in_profile`), as an excerpt, or None: read
    in its profile lines (those of its archived body when it is published as an article, `_profile_lines`)."""
    names = {link.text.strip() for link in page.links}
    lines = _profile_lines(ctx, page)
    headings = [line for line in sorted(lines) if _LEADERS_HEADING.match(line)]
    # (a heading a link names too is the page's own where its text stands outside links: the page parsed once for it)
    unlinked = _unlinked_lines(ctx, page) if any(line in names for line in headings) else frozenset()
    heading = next((line for line in headings if line not in names or line in unlinked), None)
    post = next((line for line in sorted(lines)
                 if line not in names and (_POST_LABEL.match(line.strip())
                                           or len(line) <= _ROLL_MAX and _POST_ROLL.match(line.strip())
                                           or len(line) <= _POST_LINE_MAX
                                           and _LEADER_POST.search(line) and not _SENTENCE_MARK.search(line))),
                None)
    if heading is not None and post is not None:
        return f"{heading} … {post}"
    return next((line for line in sorted(lines)
                 if line not in names and len(line) <= _ROLL_MAX and _LABELLED_ROLL.match(line.strip())), None)


def _unlinked_lines(ctx: SiteContext, page: PageFacts) -> frozenset[str]:
    """The text blocks of `page` outside its links: a heading that the menu also names as a link (a <b>领导信息</b> in
    the body beside the nav's broken 领导信息 link) is still the page's own text."""
    html = ctx.page_html(page.url)
    body = LexborHTMLParser(html).body if html else None
    if body is None:
        return frozenset()
    for node in body.css("a, script, style"):
        node.decompose()
    return frozenset(t for t in (x.strip() for x in body.text(deep=True, separator="\n").split("\n")) if t)


def _named_in_other_language(ctx: SiteContext, ordered: list[PageFacts], found: FoundElements) -> None:
    """A page of text (no article, no dated row) that the site's menus name only in another language — no Chinese in
    the link's text or `title`: About Us, Who We Are — is read for what it shows, as a visitor who opens it does: its
    own text stating the body's functions (主要职责：…, 内设机构：…) presents 机构职能, a heading over a leader's post
    (Leadership over 某某　党组书记、主任) 负责人信息. A name in Chinese is read by its words alone."""
    wanted = [el for el in ("机构职能", "负责人信息") if el not in found.results]
    seen: set[str] = set()
    for f in ordered:
        if not wanted:
            return
        if f is not ctx.homepage and (f.depth > 2 or f.is_article or other_language(f)):
            continue
        for link in f.links:
            key = ctx.canonical(link.url)
            if key in seen or link.titled or _HAN_CHAR.search(link.text) or not _LATIN_WORD.search(link.text):
                continue
            seen.add(key)
            page = ctx.page(link.url)
            if page is None or page is ctx.homepage or page.is_article or page.items or dated_url(page.url) \
                    or not ctx.same_site(page.url) or other_language(page):
                continue   # (the site's version in that language is no page of the Chinese site's)
            for el in list(wanted):
                excerpt = _duties_on(ctx, page, None) if el == "机构职能" else _leaders_on(ctx, page)
                if excerpt is not None:
                    found.add(el, link.text, page.url, f"{link.text} → {page.url}：{excerpt}", page.warc_record)
                    wanted.remove(el)


_LATIN_WORD = re.compile(r"[A-Za-z]{2}")


# The disclosure section's own name (its menu entry): 政府信息公开, 政务公开, 信息公开专栏 …
_DISCLOSURE_SECTION = re.compile(r"^(?:政府)?(?:信息|政务)公开(?:专栏|平台)?$")
def _disclosure_entries(ordered: list[PageFacts]) -> Iterator[tuple[PageFacts, Link, str]]:
    """(page, link, name) of each link naming the disclosure section (政府信息公开, 政务公开), in page order."""
    for f in ordered:
        for link in f.links:
            name = link.name
            if "公开" in name and _DISCLOSURE_SECTION.match(name := name.strip()):   # (公开: every such name holds it)
                yield f, link, name


# What the 政府信息公开 catalogue lists: the disclosure elements (and the 年报)
_CATEGORIES = ("政府信息公开指南", "概况信息", "机构职能", "负责人信息", "政策文件", "政策解读")
# What an outside 信息公开 platform linked from the site shows of the site's own: the catalogue and its kinds
DISCLOSURE_ELEMENTS = ("政府信息公开目录", *_CATEGORIES)
HUB_CATEGORIES = 3


def _disclosure_hub(ctx: SiteContext, entries: list[tuple[PageFacts, Link, str]], found: FoundElements) -> None:
    """The 政府信息公开目录 as a hub: the page the disclosure section's entry (政府信息公开, 政务公开) leads to lists
    no dated items of its own (none, one, or rows the column reader takes for a box beside its ways on — a 年报 box
    whose 更多 opens the reports' list: no column) and links to `HUB_CATEGORIES` or more kinds of disclosed information (指南, 机构职能, 政策文件,
    年报 …) filed under its own folder (`/zwgk/index.shtml` → `/zwgk/xxgkzn/`, `/zwgk/jgsz/` …) — or, on a platform
    filing every column in a numbered folder of its own (`/col/col6820/` beside `/col/col6821/`), in a numbered
    sibling the page links on its own (not the menu every page carries): it is the catalogue a visitor browses,
    whatever it is called. A hub at the site's root folder is not judged so (every menu link would be under it)."""
    columns: set[str] | None = None
    for f, link, name in entries:
        hub = ctx.page(link.url)
        if hub is None or hub.is_article or target_problem(ctx, link.url) is not None:
            continue
        if len(hub.items) >= 2:
            if columns is None:
                columns = {p for col in ctx_columns(ctx) for p in (col.url, *col.pages)}
            if hub.url in columns:
                continue   # a list of dated documents, no catalogue
        folder = folder_of(hub.url)
        if urlsplit(folder).path in ("", "/"):
            continue
        kinds = {el for x in hub.links if (u := ctx.canonical(x.url)) != hub.url and (
                     folder_of(u).startswith(folder)
                     or _numbered_siblings(folder, folder_of(u)) and u not in ctx.template_links)
                 for el in (*_CATEGORIES, "年报")
                 if (names_annual_report(x.text) if el == "年报" else names_element(el, x.name))}
        if len(kinds) >= HUB_CATEGORIES:
            found.add("政府信息公开目录", name, hub.url, f"{name} → {hub.url}（列出{'、'.join(sorted(kinds))}）",
                      f.warc_record, where=f.url)
            return


# A column's numbered folder (`/col/col6820/`, `/channel/123/`): its parent and the letters before the number
_NUMBERED_FOLDER = re.compile(r"^(.*/)([A-Za-z_-]*)\d+/$")


def _numbered_siblings(a: str, b: str) -> bool:
    """Two numbered folders of one parent, numbered alike (`/col/col6820/` and `/col/col6821/`)."""
    ma, mb = _NUMBERED_FOLDER.match(a), _NUMBERED_FOLDER.match(b)
    return ma is not None and mb is not None and ma.groups() == mb.groups()


# Published on the 政府信息公开 platform itself (a county's or city's platform carries each department's 指南,
# 目录 and 年报)
PLATFORM_ELEMENTS = ("政府信息公开指南", "政府信息公开目录", "政府信息公开年报")


def _disclosure_platform(ctx: SiteContext, entries: list[tuple[PageFacts, Link, str]], found: FoundElements
                         ) -> None:
    """A site whose 政府信息公开 entry leads to a platform on another host that the crawl did not fetch (a city's
    信息公开 platform carrying the department's section) — or, for a site in a folder of a shared host, to the site's
    section of that host's disclosure folder the crawl holds nothing of, neither page nor failure (a town at
    `/xtz/` on its county's host linking `/xxgk/xtz/`): its 指南, 目录 and 年报 are there, unseen — not measured, with
    a warning, rather than missing."""
    for _, link, _ in entries:
        if ctx.page(link.url) is None and (not ctx.same_site(link.url) or _section_beside_site_folder(
                ctx, link.url) and target_problem(ctx, link.url, content=False) is None):
            for el in PLATFORM_ELEMENTS:
                # (an entry of the element's own that was followed and fails is judged: the platform's other pages
                # do not stand in for it)
                if el not in found.results and el not in found.evidence and el not in found.unmeasured \
                        and el not in found.bad:
                    found.unmeasured[el] = "platform"
                    ctx.warnings.append(f"「{el}」未测量：政府信息公开在站外平台（{link.url}），未采集")
            return


def _unfetched_disclosure_section(ctx: SiteContext, entries: list[tuple[PageFacts, Link, str]],
                                  found: FoundElements) -> None:
    """The site's own disclosure section (政府信息公开, 政务公开) the crawl did not fetch, its link not broken: the
    catalogue a visitor browses there is unseen — 政府信息公开目录 not measured, with a warning, rather than missing."""
    el = "政府信息公开目录"
    if found.decided(el):   # (evidence is kept only beside a result)
        return
    for _, link, _ in entries:
        if ctx.same_site(link.url) and ctx.page(link.url) is None \
                and target_problem(ctx, link.url, content=False) is None:
            found.unmeasured[el] = "unfetched"
            ctx.warnings.append(f"「{el}」未测量：政府信息公开栏目（{link.url}）未采集")
            return


def _section_beside_site_folder(ctx: SiteContext, url: str) -> bool:
    """`url` is on the host of a site kept in a folder of it (`www.county.gov.cn/xtz/`), outside that folder, and
    names that folder within its first three folders (`/xxgk/xtz/`): the host's section for the site."""
    target = urlsplit(url)
    folders = target.path.lower().split("/")[1:-1][:3]
    for site in (ctx.seed, ctx.homepage_url):
        own = urlsplit(folder_of(site)) if site else None
        if own is None or own.netloc != target.netloc or own.path in ("", "/") or target.path.startswith(own.path):
            continue
        name = own.path.lower().rstrip("/").rsplit("/", 1)[-1]   # (the site's own folder, not its host's label)
        if name in folders and name in site_names(site):
            return True
    return False


def ctx_elements(ctx: SiteContext) -> tuple[dict[str, ElementResult], dict[str, Evidence]]:
    got: tuple[dict[str, ElementResult], dict[str, Evidence]] = ctx.derived("elements", detect_elements)
    return got


def missing_element_findings(ctx: SiteContext) -> list[Finding]:
    results, evidence = ctx_elements(ctx)
    hp = ctx.homepage
    out: list[Finding] = []
    for el, res in results.items():
        if res.present or not res.measured:
            continue
        ev = evidence.get(el) or Evidence(ctx.homepage_url, "首页及已采集页面均未发现", hp.warc_record if hp else None)
        if el == "政府信息公开年报":
            msg = f"未发现 {annual_report_due_year(ctx.as_of)} 年政府信息公开工作年度报告"
        elif res.problem:  # the site shows the entry: say it does not work, never that it is not there
            msg = f"「{el}」入口不可用：{res.problem}"
        else:
            msg = f"未发现「{el}」"
        out.append(Finding("missing-element", ELEMENT_INDEX[el], {"element": el}, ev, msg))
    return out
