"""Open data (数据开放): follow the site's data-opening entry into the snapshot and read the portal there.

1. The entry: the first link named like a data portal (数据开放, 开放数据, 公共数据 …) or pointing to one
   (a `data.` / `opendata` host), homepage first.
2. The portal region: every archived page under the entry — the whole host when the portal has a host of its
   own (data.xxx.gov.cn), else the entry's folder (an in-site column such as /sjkf/).
3. Dataset pages: pages of the region (or linked from it) that describe a dataset — at least two dataset labels
   (提供单位, 更新时间, 数据格式 …) and a format (a resource link, a badge, a labelled list, an API address) —
   and are not themselves catalogues. Catalogues: pages linking to two or more dataset pages, and the pages their
   pager reaches that link to one (a last page listing a single dataset).
4. Counts: the largest total a catalogue states (共 N 个数据集, 数据集（N）), else the distinct dataset pages,
   else (catalogues that offer downloads in their rows) the distinct rows naming a format.
   Formats: the union over dataset pages (else catalogue rows); machine-readable share: over every dataset's
   formats, the share that are structured (XLSX, CSV, JSON, XML, RDF, API …); last update: the newest update
   date on dataset pages and in catalogue rows.
A portal whose entry was not archived (out of the crawl's scope) is "not measured"; an archived portal that
shows no dataset counts 0 only when it says so (建设中, 暂无数据 …), else it could not be read (null).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from govweb.checks.context import SiteContext
from govweb.checks.datapage import MACHINE_READABLE, extension_format, row_formats, token_format
from govweb.checks.page import PageFacts
from govweb.checks.page_kinds import lists_datasets, shows_open_data

ENTRY_WORDS = ("数据开放", "开放数据", "公共数据", "数据下载", "数据服务平台", "开放平台")
ENTRY_URL_MARKERS = ("opendata", "open-data", "sjkf", "kfsj")
MIN_LABELS = 2
MIN_LIST_LINKS = 2
TEMPLATE_MIN_PAGES = 4


@dataclass
class OpenData:
    entry: str | None = None                     # the data-opening link
    crawled: bool = False                        # the entry page is in the snapshot
    datasets: int | None = None                  # None: not measured / not readable
    source: str | None = None                    # stated | dataset-pages | catalogue-rows | empty-portal
    formats: list[str] = field(default_factory=list)
    machine_readable_share: float | None = None
    last_update: dt.date | None = None
    dataset_pages: list[str] = field(default_factory=list)
    catalogue_pages: list[str] = field(default_factory=list)
    evidence_url: str | None = None
    excerpt: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "entry": self.entry, "crawled": self.crawled, "datasets": self.datasets, "source": self.source,
            "formats": self.formats, "machine_readable_share": self.machine_readable_share,
            "last_update": self.last_update.isoformat() if self.last_update else None,
            "dataset_pages": len(self.dataset_pages), "catalogue_pages": len(self.catalogue_pages),
            "evidence": {"url": self.evidence_url, "excerpt": self.excerpt[:300]},
        }


def _is_entry(url: str, text: str) -> bool:
    if any(w in text for w in ENTRY_WORDS):
        return True
    p = urlsplit(url)
    return p.netloc.startswith(("data.", "opendata.")) or any(m in p.path.lower() for m in ENTRY_URL_MARKERS)


def find_entry(ctx: SiteContext) -> str | None:
    hp = ctx.homepage
    ordered = ([hp] if hp is not None else []) + [f for _, f in sorted(ctx.pages.items()) if f is not hp]
    tried: set[tuple[str, str]] = set()   # the menu's links repeat on every page: each (url, text) is tried once
    for f in ordered:
        if f is not hp and f.depth > 2:
            continue
        for link in f.links:
            if (link.url, link.text) in tried:
                continue
            tried.add((link.url, link.text))
            if _is_entry(link.url, link.text):
                return ctx.canonical(link.url)
    return None


def _offers_data(f: PageFacts) -> bool:
    """The page shows open data, links a data file or a portal (a `data.` / `opendata` host, a `/sjkf/` folder)."""
    return shows_open_data(f) or any(extension_format(link.url) or _is_entry(link.url, "") for link in f.links)


def articles_only(ctx: SiteContext, url: str) -> bool:
    """An entry named for open data that leads to a list of the site's own articles showing nothing of open data
    (统计数据: monthly figures, statistical bulletins as text): no dataset label, total, format, file, API or portal
    link on the list, in its rows or on any of its articles that were archived. Publishing statistics is 信息公开,
    not 数据开放. Judged only when the list and at least one of its articles were read: otherwise unknown."""
    f = ctx.page(url)
    if f is None or not ctx.same_site(f.url) or f.is_article or len(f.items) < MIN_LIST_LINKS or _offers_data(f):
        return False
    if any(row_formats(it.row) for it in f.items):
        return False
    read = [a for it in f.items if (a := ctx.pages.get(ctx.canonical(it.url))) is not None]
    return bool(read) and all(a.is_article and not _offers_data(a) for a in read)


def _region(ctx: SiteContext, entry: PageFacts) -> dict[str, PageFacts]:
    """The portal's archived pages: its whole host when it has one of its own, else the entry's folder (an in-site
    column), else (an entry page at the site's root) the entry and the pages it links to outside the template."""
    p = urlsplit(entry.url)
    base = f"{p.scheme}://{p.netloc}/"
    folder = p.path.lstrip("/").rpartition("/")[0]
    if not ctx.same_site(entry.url):
        prefix = base
    elif folder:
        prefix = base + folder + "/"
    else:
        linked = {ctx.canonical(link.url) for link in entry.links} - ctx.template_links - {ctx.homepage_url}
        region = {u: f for u in sorted(linked) if (f := ctx.pages.get(u)) is not None}
        region[entry.url] = entry
        return region
    region = {u: f for u, f in ctx.pages.items() if u.startswith(prefix)}
    region[entry.url] = entry
    return region


def page_formats(f: PageFacts, template: frozenset[str] = frozenset()) -> set[str]:
    """Formats a page names; links repeated across the portal (a navigation entry 接口服务) do not count."""
    d = f.data
    if d is None:
        return set()
    return set(d.formats) | {fmt for u, fmt in d.resources if u not in template}


def _describes_dataset(f: PageFacts, template: frozenset[str]) -> bool:
    return f.data is not None and f.data.labels >= MIN_LABELS and bool(page_formats(f, template))


def _template(region: dict[str, PageFacts]) -> frozenset[str]:
    """Links on more than half of the portal's pages (its navigation), when it has a few pages."""
    if len(region) < TEMPLATE_MIN_PAGES:
        return frozenset()
    counts: dict[str, int] = {}
    for f in region.values():
        for u in {link.url for link in f.links}:
            counts[u] = counts.get(u, 0) + 1
    return frozenset(u for u, n in counts.items() if n * 2 > len(region))


def _pager_pages(ctx: SiteContext, region: dict[str, PageFacts], cands: dict[str, PageFacts],
                 catalogues: dict[str, PageFacts]) -> None:
    """A catalogue's pager leads to more of it: its last page may list a single dataset (21 datasets, 10 a page),
    which makes it no catalogue by the two-link rule. Pages a catalogue's pager reaches that link to a dataset page
    are catalogues too (transitively)."""
    queue = list(catalogues)
    while queue:
        for raw in catalogues[queue.pop()].pagination:
            u = ctx.canonical(raw)
            f = region.get(u)
            if f is None or u in catalogues or u in cands:
                continue
            if any(ctx.canonical(link.url) in cands for link in f.links):
                catalogues[u] = f
                queue.append(u)


def read_open_data(ctx: SiteContext) -> OpenData:
    out = OpenData(entry=find_entry(ctx))
    if out.entry is None:
        return out
    entry_page = ctx.page(out.entry)
    if entry_page is None:
        return out
    out.crawled = True
    out.evidence_url = entry_page.url
    out.excerpt = entry_page.title
    region = _region(ctx, entry_page)
    # dataset candidates: in the region, or linked from it on the same host (catalogues may point elsewhere)
    host = urlsplit(entry_page.url).netloc
    template = _template(region) | ctx.template_links
    cands: dict[str, PageFacts] = {u: f for u, f in region.items() if _describes_dataset(f, template)}
    for f in list(region.values()):
        for link in f.links:
            u = ctx.canonical(link.url)
            if u not in cands and urlsplit(u).netloc == host and (t := ctx.pages.get(u)) is not None \
                    and _describes_dataset(t, template):
                cands[u] = t
    catalogues: dict[str, PageFacts] = {}
    for u, f in region.items():
        # (the portal's menu on every page — 开放目录, API服务 — lists no dataset)
        linked = {ctx.canonical(link.url) for link in f.links if link.url not in template} & cands.keys()
        linked.discard(u)
        if len(linked) >= MIN_LIST_LINKS or lists_datasets(ctx, f):
            catalogues[u] = f   # (or its dated rows are datasets naming their formats, their pages not archived)
    _pager_pages(ctx, region, cands, catalogues)
    datasets = {u: f for u, f in cands.items() if u not in catalogues}
    listed = {ctx.canonical(link.url) for f in catalogues.values() for link in f.links if link.url not in template}
    if catalogues:
        datasets = {u: f for u, f in datasets.items() if u in listed}
    out.dataset_pages = sorted(datasets)
    out.catalogue_pages = sorted(catalogues)

    format_sets: list[set[str]] = [page_formats(f, template) for _, f in sorted(datasets.items())]
    # catalogue rows: one per dataset link, or per row text when the row's links are the downloads themselves
    rows: dict[str, tuple[set[str], dt.date | None]] = {}
    for cu, f in sorted(catalogues.items()) if catalogues else sorted(region.items()):
        for it in f.items:
            u = ctx.canonical(it.url)
            key = it.row if extension_format(u) or token_format(it.title) else u
            if key in rows or u == cu:
                continue
            fmts = row_formats(it.row)
            if u in datasets or fmts:
                rows[key] = (fmts, ctx.resolve_date(it.date, cu))
    if not datasets:
        format_sets = [fm for fm, _ in rows.values() if fm]

    # totals a catalogue states (a dataset page's 共 N 条 counts its records, not datasets)
    listing = catalogues or {u: f for u, f in region.items() if u not in cands}
    stated = [f.data.stated for f in listing.values() if f.data is not None and f.data.stated]
    if entry_page.data is not None and entry_page.data.stated:
        stated.append(entry_page.data.stated)
    if stated:
        out.datasets, out.source = max(stated), "stated"
    elif datasets:
        out.datasets, out.source = len(datasets), "dataset-pages"
    elif format_sets:
        out.datasets, out.source = len(format_sets), "catalogue-rows"
    elif any(f.data is not None and f.data.building or f.empty_marker for f in region.values()):
        out.datasets, out.source = 0, "empty-portal"
        hit = next(f for _, f in sorted(region.items()) if f.data is not None and f.data.building or f.empty_marker)
        out.evidence_url, out.excerpt = hit.url, hit.text_head

    names = sorted(set().union(*format_sets)) if format_sets else []
    out.formats = names
    total = sum(len(s) for s in format_sets)
    if total:
        out.machine_readable_share = sum(len(s & MACHINE_READABLE) for s in format_sets) / total
    newest: list[dt.date] = [d for _, d in rows.values() if d is not None]
    for u, f in sorted(datasets.items()):
        raw = f.data.updated if f.data is not None and f.data.updated else f.pubdate
        d = ctx.resolve_date(raw, u) if raw is not None else None
        if d is not None:
            newest.append(d)
    out.last_update = max(newest) if newest else None
    if catalogues:
        # the catalogue stating the largest total, else the first
        first = max(sorted(catalogues), key=lambda u: (d := catalogues[u].data) is not None and d.stated or 0)
        out.evidence_url = first
        out.excerpt = f"{catalogues[first].title}：{out.datasets} 个数据集，格式 {'、'.join(names) or '无'}"
    return out


def ctx_open_data(ctx: SiteContext) -> OpenData:
    got: OpenData = ctx.derived("open_data", read_open_data)
    return got


def datasets(ctx: SiteContext) -> float | None:
    n = ctx_open_data(ctx).datasets
    return None if n is None else float(n)


def machine_readable_share(ctx: SiteContext) -> float | None:
    return ctx_open_data(ctx).machine_readable_share


def data_age_days(ctx: SiteContext) -> float | None:
    od = ctx_open_data(ctx)
    return float(ctx.days_since(od.last_update)) if od.last_update is not None else None
