"""Broken links: targets the crawl could not fetch (HTTP 404/410/5xx, DNS, connection, redirect loops),
with every page that links to them; homepage and site-wide broken-link rates."""

from __future__ import annotations

from govweb.checks.context import SiteContext
from govweb.checks.model import Evidence, Finding
from govweb.checks.page import normalize_url
from govweb.checks.snapshot import PageRecord

BROKEN_ERRORS = frozenset({"dns", "connect", "redirect-loop", "tls"})   # a timeout is slow, not broken
NOT_BROKEN_STATUS = frozenset({401, 403, 405, 407, 412, 429})


def is_broken(rec: PageRecord) -> bool:
    if rec.kind in ("robots", "sitemap"):
        return False
    if rec.error in BROKEN_ERRORS:
        return True
    if rec.status is not None and rec.status >= 400:
        return rec.status not in NOT_BROKEN_STATUS
    return False


def broken_targets(ctx: SiteContext) -> dict[str, PageRecord]:
    hp = ctx.homepage_url
    return {url: rec for url, rec in sorted(ctx.records.items()) if url != hp and is_broken(rec)}


def broken_link_findings(ctx: SiteContext) -> list[Finding]:
    out: list[Finding] = []
    for url, rec in broken_targets(ctx).items():
        sources = list(ctx.inbound.get(url, []))
        if not sources and rec.referrer:
            sources = [normalize_url(rec.referrer)]
        if not sources:
            continue  # fetched from a sitemap or a guess, not linked from any page: not a broken link
        src = ctx.pages.get(sources[0])
        anchor = ""
        if src is not None:
            anchor = next((lk.text for lk in src.links if ctx.canonical(lk.url) == url), "")
        what = f"HTTP {rec.status}" if rec.status else (rec.error or "无法访问")
        out.append(Finding(
            "broken-link", "管理保障", {"target": url},
            Evidence(sources[0], f"「{anchor}」→ {url}（{what}）", src.warc_record if src else None),
            f"链接无法访问（{what}），被 {len(sources)} 个页面引用",
            {"source": sources, "kind": rec.kind, "status": rec.status, "error": rec.error},
        ))
    return out


def _link_sets(ctx: SiteContext) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(targets the crawl checked, broken targets, checked targets linked from the homepage)."""
    checked = frozenset(u for u, r in ctx.records.items() if r.kind not in ("robots", "sitemap"))
    hp = ctx.homepage
    home = frozenset({ctx.canonical(lk.url) for lk in hp.links} & checked) if hp is not None else frozenset()
    return checked, frozenset(broken_targets(ctx)), home


def broken_link_rates(ctx: SiteContext, fixed: frozenset[str] = frozenset()) -> tuple[float | None, float | None]:
    """(homepage rate, site-wide rate) over the links whose target the crawl checked; targets in `fixed` count
    as working (the rate as it would be with those links repaired)."""
    got: tuple[frozenset[str], frozenset[str], frozenset[str]] = ctx.derived("link_sets", _link_sets)
    checked, broken, home = got
    broken = broken - fixed
    home_rate = None
    if ctx.homepage is not None:
        home_rate = len(home & broken) / len(home) if home else None
    site_rate = len(broken) / len(checked) if checked else None
    return home_rate, site_rate
