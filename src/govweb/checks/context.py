"""The site as the checks see it: parsed pages, the link graph, the crawl records, measurements, the as-of date.

Built once per snapshot (one streaming pass over the WARC, one parse per page); check families read it and
cache what they derive (columns, messages) so nothing is computed twice.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from govweb.checks.dates import RawDate, format_raw, to_date
from govweb.checks.out_of_service import server_refusal
from govweb.checks.page import PageFacts, parse_page, unreadable
from govweb.checks.snapshot import Document, PageRecord, Snapshot, archived_page_html, archived_scripts
from govweb.urlnorm import (
    SiteFolders,
    folder_of,
    on_portal_disclosure_host,
    on_site_platform,
    page_key,
    try_canonical,
    without_query_and_fragment,
)

# A later page's address: its first page's with a page number before the extension (show_88_3.shtml, art_5_9_2.html).
_PAGE_NUMBER = re.compile(r"(.+/[^/]+)_\d{1,3}(\.[A-Za-z]{3,5})")

# Errors that mean "the site could not be measured from here", not "the site is broken".
NOT_MEASURED_ERRORS = {
    "dns": "域名解析失败",
    "connect": "无法建立连接",
    "timeout": "访问超时",
    "tls": "TLS 握手失败",
    "blocked": "被防火墙或访问验证拦截",
    "robots-disallowed": "robots.txt 禁止采集",
    "address-blocked": "地址受限（指向本机、内网或链路本地地址，未访问）",
    "evidence-missing": "的 WARC 证据记录缺失",
}


@dataclass(frozen=True)
class Limits:
    """Update limits in days (国办秘函〔2019〕19号, counted as in methodology.md §2.1)."""

    by_type: dict[str, int] = field(
        default_factory=lambda: {"动态要闻": 14, "通知公告": 183, "政策文件": 183, "人事": 365, "规划计划": 365}
    )
    homepage: int = 14
    reply: int = 90
    message_window: int = 365
    interpretation_window: int = 365
    blank_veto: int = 5
    stale_key_veto: int = 5
    stale_any_veto: int = 10
    probe_min: int = 20
    probe_fail_share: float = 0.05
    probe_timeout_ms: int = 15000

    @classmethod
    def from_mapping(cls, data: dict[str, Any] | None) -> Limits:
        if not data:
            return cls()
        base = cls()
        kwargs: dict[str, Any] = {}
        for key in ("homepage", "reply", "message_window", "interpretation_window", "blank_veto",
                    "stale_key_veto", "stale_any_veto", "probe_min", "probe_timeout_ms"):
            if key in data:
                kwargs[key] = int(data[key])
        if "probe_fail_share" in data:
            kwargs["probe_fail_share"] = float(data["probe_fail_share"])
        if "columns" in data and isinstance(data["columns"], dict):
            kwargs["by_type"] = {**base.by_type, **{str(k): int(v) for k, v in data["columns"].items()}}
        return cls(**kwargs)


def _rendered(doc: Document) -> bool:
    """The document is the browser lane's rendering of its page (the crawl's conversion record)."""
    return doc.record.rendered_record is not None and doc.warc_record == doc.record.rendered_record


class SiteContext:
    def __init__(
        self,
        snapshot: Snapshot,
        as_of: dt.date,
        limits: Limits | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> None:
        self.snapshot = snapshot
        self.as_of = as_of
        self.limits = limits or Limits()
        self.warnings: list[str] = []
        self.pages: dict[str, PageFacts] = {}  # by the URL the crawl recorded (as linked)
        self.records: dict[str, PageRecord] = {}
        self.server_refusals: set[str] = set()  # pages answering the web server's default 403 Forbidden page
        self._by_key: dict[str, str] = {}  # canonical key (govweb.urlnorm) -> the URL the crawl recorded
        self._names: dict[str, str] = {}  # memo of canonical()
        self._keys: dict[str, str] = {}   # memo of key()
        for rec in sorted(snapshot.pages, key=lambda r: r.kind != "page"):  # pages first, in crawl order
            self.records.setdefault(rec.url, rec)
            key = try_canonical(rec.url)
            if key is not None:
                self._by_key.setdefault(key, rec.url)
        self._alias: dict[str, str] = {}
        self.seed = self._recorded(snapshot.seed) if snapshot.seed else ""
        home = self._recorded(snapshot.homepage) if snapshot.homepage else None
        home_urls = {self.seed} | ({home} if home else set())
        for rec in snapshot.pages:
            if rec.url == self.seed and rec.final_url:
                home_urls.add(self._recorded(rec.final_url))
        # script files the crawl archived: a page's document.write calls in them are read as the page's own
        self.scripts = archived_scripts(snapshot)
        for doc in snapshot.documents():
            rec = doc.record
            if not rec.ok or (rec.status is not None and 300 <= rec.status < 400):
                if rec.status == 403 and server_refusal(doc.html):
                    self.server_refusals.add(rec.url)
                continue  # error pages are evidence for broken links, redirects lead elsewhere: not content
            url = rec.url
            if url in self.pages or url in self.scripts:
                continue   # a script file is no page
            rendered = _rendered(doc)
            problem = unreadable(doc.html, rendered)
            if problem is None:
                try:
                    facts = self._parse(doc, url in home_urls)
                except Exception as exc:  # a page the parser cannot handle is reported and skipped
                    problem = f"解析失败：{type(exc).__name__}"
            if problem is not None:
                # a page the checks cannot read is a warning, never a finding against the site
                self.warnings.append(f"页面无法读取，已跳过：{url}（WARC 偏移 {doc.offset}，{problem}）")
                continue
            facts.rendered = rendered
            self.pages[url] = facts
            if progress is not None:
                progress(1)
        # a labelled date line half the pages print in the same words (a header's 更新时间：2026-12-01, a 网站更新时间
        # in the top bar) is the template's, no page's publication: the pages that read one are read again without it
        template = self.shown_on_most_pages(lambda f: f.date_lines)
        self._read_again({u: None for u, f in self.pages.items() if template.intersection(f.date_lines)},
                         home_urls, template)
        # a later page of a document split over pages, printing no date of its own: read again dated as the document
        self._read_again({u: dated for u, f in self.pages.items() if (dated := self._continued(f)) is not None},
                         home_urls, template)
        # a page listing only the rows a box of the template lists on every page (a 新闻 sidebar) lists nothing of
        # its own: read again knowing those rows, its text and form are read as a list-less page's
        rows = self.shown_on_most_pages(lambda f: (it.url for it in f.items if not it.scripted))
        self._read_again({u: None for u, f in self.pages.items() if f.items and not f.is_article and u not in home_urls
                          and all(not it.scripted and it.url in rows for it in f.items)}, home_urls, template, rows)
        # One name per page: a redirect's source stands for its target; a page fetched through redirects is
        # stored under the URL that was asked for, and its final URL stands for it; every hop from the seed to
        # the homepage (a splash page, a meta refresh …) stands for the homepage.
        for rec in snapshot.pages:
            if not rec.final_url:
                continue
            u, fu = rec.url, self._recorded(rec.final_url)
            if fu == u:
                continue
            if rec.status is not None and 300 <= rec.status < 400:
                if u not in self.pages:
                    self._alias.setdefault(u, fu)
            elif u in self.pages and fu not in self.pages:
                self._alias.setdefault(fu, u)
        if home is not None:
            target = self._alias.get(home, home)
            for step in [snapshot.seed, *snapshot.homepage_chain]:
                hop = self._recorded(step)
                if hop != target:
                    self._alias[hop] = target
        if snapshot.measurements is None:
            self.warnings.append("快照中没有 measurements.json：HTTPS、IPv6、站内搜索记为未测量")
        if not snapshot.complete:
            self.warnings.append("抓取未完成（crawl.json 中 complete 为 false），检查结果可能不全")
        self._derived: dict[str, Any] = {}

    def _parse(self, doc: Document, home: bool, template_dates: frozenset[str] = frozenset(),
               continued: tuple[RawDate, str] | None = None, template_rows: frozenset[str] = frozenset()) -> PageFacts:
        """The page a document holds, as the checks read it (`home`: one of the homepage's addresses; `continued`,
        `template_rows`: `parse_page`'s)."""
        rec = doc.record
        facts = parse_page(doc.html, rec.url, rec.final_url, doc.warc_record, rec.depth, home=home or rec.depth == 0,
                           script_text=self._script_text if self.scripts else None, frame_html=self.page_html,
                           template_dates=template_dates, continued=continued, as_of=self.as_of,
                           template_rows=template_rows, rendered=_rendered(doc))
        settled = self._settled(facts.pubdate, facts.settling)
        if settled is not None:
            facts.pubdate, facts.pubdate_excerpt = settled, f"{facts.pubdate_excerpt}（落款或正文所述日期 {format_raw(settled)}）"
        return facts

    def _read_again(self, again: dict[str, tuple[RawDate, str] | None], home_urls: set[str],
                    template: frozenset[str], rows: frozenset[str] = frozenset()) -> None:
        """Read the pages `again` names once more (each with its `continued` date) without the `template`'s date
        lines (knowing the template's `rows`); a page that fails now keeps its first reading."""
        records = {u: self.pages[u].warc_record for u in again}
        for doc in self.snapshot.documents() if records else ():
            rec = doc.record
            if records.get(rec.url) != doc.warc_record:
                continue
            del records[rec.url]
            try:
                facts = self._parse(doc, rec.url in home_urls, template, again[rec.url], rows)
            except Exception:   # (read once already: its first reading stands)
                continue
            facts.rendered = self.pages[rec.url].rendered
            self.pages[rec.url] = facts
            if not records:
                break   # (every page to read again is read: the rest of the WARC holds none)

    def _continued(self, facts: PageFacts) -> tuple[RawDate, str] | None:
        """The date (and its excerpt) of the document the page is a later page of: a page printing no date and listing
        nothing whose pager links its first page — its own address without the page number (`…/show_88_3.shtml` →
        `…/show_88.shtml`) — which the crawl read as a dated article; else None."""
        if facts.is_article or facts.pubdate is not None or facts.items or not facts.pagination:
            return None
        numbered = _PAGE_NUMBER.fullmatch(without_query_and_fragment(facts.final_url))
        first = self.pages.get(self._recorded(numbered.group(1) + numbered.group(2))) if numbered else None
        if first is None or not first.is_article or first.pubdate is None or first.url not in {
                self._recorded(p) for p in facts.pagination}:
            return None
        return first.pubdate, f"{first.pubdate_excerpt}（分页文档第1页 {first.url}）"

    def _settled(self, printed: RawDate | None, settling: RawDate | None) -> RawDate | None:
        """The date of an article printing a publication date after the as-of date (a meeting's day entered as 发布时间,
        2062 for 2026): its sign-off (落款), when not after the as-of date — else, where the printed year lies beyond
        next year (no CMS schedules a publication so far ahead: a mistyped year), the day its text names in the
        latest year not after the as-of date. None where nothing settles it."""
        if printed is None or settling is None or printed[0] is None:
            return None
        shown = to_date(printed, self.as_of)
        if shown is None or shown <= self.as_of or settling[0] is None and printed[0] <= self.as_of.year + 1:
            return None
        d = to_date(settling, self.as_of)
        return (d.year, d.month, d.day) if d is not None and d <= self.as_of else None

    def on_most_pages(self, counts: Mapping[str, int]) -> frozenset[str]:
        """What half of the site's pages or more carry, three at least (`counts`: on how many pages each is), as a
        template prints it on every page: its menu's links, its header's date line, its top bar's buttons."""
        n = len(self.pages)
        if n < 4:
            return frozenset()
        threshold = max(3, n // 2)
        return frozenset(k for k, c in counts.items() if c >= threshold)

    def shown_on_most_pages(self, shown: Callable[[PageFacts], Iterable[str]]) -> frozenset[str]:
        """`on_most_pages` of what each page shows (`shown`: its date lines, its message-only links, its frames)."""
        return self.on_most_pages(Counter(v for f in self.pages.values() for v in set(shown(f))))

    def derived(self, key: str, compute: Callable[[SiteContext], Any]) -> Any:
        """A value derived once per site (columns, messages …) and shared by the checks that read it."""
        if key not in self._derived:
            self._derived[key] = compute(self)
        return self._derived[key]

    # --- lookups -------------------------------------------------------------------------------------------

    def _recorded(self, url: str) -> str:
        """The URL the crawl recorded for the page `url` names (any spelling: query order, index.html …)."""
        if url in self.records:
            return url
        key = try_canonical(url)
        return self._by_key.get(key, url) if key is not None else url

    def _script_text(self, url: str) -> str | None:
        """The archived text of the script file `url` names, or None (not archived: an outside library, a page)."""
        return self.scripts.get(self._recorded(url))

    def page_html(self, url: str) -> str | None:
        """The archived HTML of the crawled page `url` names, or None (not crawled, not a page)."""
        rec = self.records.get(self._recorded(url))
        return archived_page_html(self.snapshot, rec) if rec is not None else None

    def canonical(self, url: str) -> str:
        """The one name of the page `url` points to: the URL the crawl recorded (as the site links it), after
        redirects and the way to the homepage; an URL the crawl never saw stays as given."""
        name = self._names.get(url)
        if name is None:
            recorded = self._recorded(url)
            if recorded not in self.records:
                recorded = self._other_spelling(recorded)
            name = self._names[url] = self._alias.get(recorded, recorded)
        return name

    @cached_property
    def _spelled_hosts(self) -> frozenset[str]:
        """The seed's and the homepage's hosts without www. (as crawl.json names them: no lookup)."""
        return frozenset(urlsplit(u).netloc.lower().removeprefix("www.")
                         for u in (self.snapshot.seed, self.snapshot.homepage) if u) - {""}

    def _other_spelling(self, url: str) -> str:
        """The page the crawl recorded at `url`'s address on another spelling of the site's host — http or https,
        with or without www. (one site, as `on_site_host` holds) — when the crawl did not fetch `url` itself and
        recorded exactly one such page; else `url`. A link to http://x.gov.cn/bsfw/ names the page fetched at
        https://www.x.gov.cn/bsfw/: the same server answers both."""
        try:
            parts = urlsplit(url)
        except ValueError:
            return url
        bare = parts.netloc.lower().removeprefix("www.")
        if parts.scheme not in ("http", "https") or bare not in self._spelled_hosts:
            return url
        found = set()
        for scheme in ("http", "https"):
            for host in (bare, "www." + bare):
                key = try_canonical(urlunsplit((scheme, host, parts.path, parts.query, "")))
                if key is not None and key in self._by_key:
                    found.add(self._by_key[key])
        return found.pop() if len(found) == 1 else url

    def key(self, url: str) -> str:
        """The key that compares pages in any spelling (govweb.urlnorm's canonical form of the page's one name):
        for URLs the crawl never recorded too (pages lost from the WARC), which `canonical` leaves as given."""
        found = self._keys.get(url)
        if found is None:
            found = self._keys[url] = page_key(self.canonical(url))
        return found

    def page(self, url: str) -> PageFacts | None:
        return self.pages.get(self.canonical(url))

    @cached_property
    def homepage_url(self) -> str:
        """The homepage a visitor lands on: crawl.json `homepage` (the crawler followed splash pages, meta refresh,
        script redirects and frames from the seed), else the seed after redirects."""
        if self.snapshot.homepage:
            home = self.canonical(self.snapshot.homepage)
            if home in self.pages or home in self.records:
                return home
        seed = self.canonical(self.seed)
        if seed in self.pages or seed in self.records:
            return seed
        for rec in self.snapshot.pages:
            if rec.depth == 0 and rec.kind == "page":
                return self.canonical(rec.url)
        return seed

    @cached_property
    def homepage(self) -> PageFacts | None:
        return self.pages.get(self.homepage_url)

    @cached_property
    def home_folder(self) -> str:
        """The site's own folder, the homepage's (`http://host/hbz/` of `/hbz/index.shtml`; `http://host/` for a site
        at its host's root)."""
        return folder_of(self.homepage_url)

    @cached_property
    def site_hosts(self) -> frozenset[str]:
        hosts = {urlsplit(self.seed).netloc}
        if self.homepage is not None:
            hosts.add(urlsplit(self.homepage.final_url).netloc)
        return frozenset(h for h in hosts if h)

    @cached_property
    def _bare_hosts(self) -> frozenset[str]:
        return frozenset(h.lower().removeprefix("www.") for h in self.site_hosts)

    def on_site_host(self, url: str) -> bool:
        """On the seed's or the homepage's host, with or without its www. (www.x.gov.cn and x.gov.cn serve one
        site)."""
        return urlsplit(url).netloc.lower().removeprefix("www.") in self._bare_hosts

    def same_site(self, url: str) -> bool:
        """A page of the site: on the seed's or the homepage's host, or an archived page of the site's section of a
        shared platform of its gov.cn domain (xxgk.city.gov.cn/<dept>/ …, `govweb.urlnorm.on_site_platform`) or of a
        folder of another host the crawl took as the site's (`site_folders`) — only pages the crawl fetched there, so
        an unreachable platform is never held against the site. A page of another website of the 站群 below the
        homepage's folder or in such a folder (`of_member_site`) is not the site's."""
        host = urlsplit(url).netloc
        if host in self.site_hosts:
            return not self.of_member_site(url)
        # the platform test first: it turns away every other domain before the page lookup canonicalises the URL
        return self.in_site_section(url) and self.page(url) is not None and not (
            self.site_folders and self.of_member_site(url))

    @cached_property
    def site_folders(self) -> SiteFolders:
        """The folders of other hosts of the site's gov.cn domain the crawl took as the site's (crawl.json
        `scope.folders`: `www.county.gov.cn/xqz/` of a township served at `xq.county.gov.cn` whose `<base href>` or
        menu leads there) — the crawler's own rule (`govweb.urlnorm.SiteFolders`); none in older crawls and in WARCs
        other tools wrote."""
        return SiteFolders.of(self.snapshot.scope_folders)

    @cached_property
    def _member_sites(self) -> tuple[frozenset[str], frozenset[str]]:
        # (site_scope reads the context: imported when first asked)
        from govweb.checks.site_scope import member_site_folders

        return member_site_folders(self)

    def of_member_site(self, url: str) -> bool:
        """A page (or an address in the folder) of another website of the 站群 kept below the homepage's folder on
        its host (or in one of the `site_folders`) — a department's or a township's site at /bm/fgj/ of the county
        portal, with its own name, menu and footer (`site_scope.member_site_folders`): no page of the site's, though
        the crawl fetched it."""
        pages, folders = self._member_sites
        if not pages:
            return False
        head = without_query_and_fragment(url)
        return self.canonical(url) in pages or any(head.startswith(folder) for folder in folders)

    def in_site_section(self, url: str) -> bool:
        """An address in the site's section of a shared platform of its gov.cn domain (xxgk.city.gov.cn/<dept>/…,
        `govweb.urlnorm.on_site_platform`, which also takes the names of the crawl's `site_folders`: `/xxgk/xqz/`)
        or in a folder of another host the crawl took as the site's, fetched or not: a row there is one of the
        site's documents even when the crawl did not open it (a 年报 list of the department's section on the city's
        信息公开 platform)."""
        folders = self.site_folders
        if folders.contains(url):
            return True
        return any(on_site_platform(site, url, folders.names) or on_portal_disclosure_host(site, url)
                   for site in (self.seed, self.homepage_url) if site)

    @cached_property
    def inbound(self) -> dict[str, list[str]]:
        """target url → pages linking to it (sorted, canonical urls)."""
        graph: dict[str, set[str]] = defaultdict(set)
        for src, facts in self.pages.items():
            for link in facts.links:
                graph[self.canonical(link.url)].add(src)
        return {k: sorted(v) for k, v in graph.items()}

    @cached_property
    def template_links(self) -> frozenset[str]:
        """Targets linked from at least half of the pages (navigation, header, footer)."""
        return self.on_most_pages({u: len(srcs) for u, srcs in self.inbound.items()})

    def resolve_date(self, raw: RawDate | None, where: str) -> dt.date | None:
        """A usable date: impossible and future dates are dropped with a warning."""
        if raw is None:
            return None
        d = to_date(raw, self.as_of)
        if d is None:
            self.warnings.append(f"不可能的日期 {format_raw(raw)}，已忽略：{where}")
            return None
        if d > self.as_of:
            self.warnings.append(f"晚于评估基准日的日期 {d.isoformat()}，已忽略：{where}")
            return None
        return d

    def days_since(self, d: dt.date) -> int:
        return (self.as_of - d).days


