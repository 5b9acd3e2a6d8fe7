"""Broken links: targets the crawl could not fetch (HTTP 404/410/5xx, DNS, connection, redirect loops),
with every page that links to them; homepage and site-wide broken-link rates.

Our side or theirs: when every outside host the crawl tried failed at the network level (all DNS failures, no
route) while the site itself answered, the evaluator's own network is at fault — links to other sites are then
not measured (a warning says why), never counted as broken links against the site.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from govweb.checks.context import SiteContext
from govweb.checks.model import Evidence, Finding
from govweb.checks.snapshot import PageRecord

BROKEN_ERRORS = frozenset({"dns", "connect", "redirect-loop", "tls"})   # a timeout is slow, not broken
NOT_BROKEN_STATUS = frozenset({401, 403, 405, 407, 412, 429})
NETWORK_ERRORS = frozenset({"dns", "connect", "timeout"})
MIN_OUTSIDE_HOSTS = 2     # one dead outside host is a dead link; all of several failing alike is our network
ERROR_TEXT = {
    "dns": "域名无法解析", "connect": "无法建立连接", "timeout": "访问超时", "tls": "TLS 握手失败",
    "redirect-loop": "重定向循环", "blocked": "被防火墙拦截", "robots-disallowed": "robots.txt 禁止访问",
}
STATUS_TEXT = {400: "请求错误", 404: "页面不存在", 410: "页面已删除", 500: "服务器内部错误", 502: "网关错误",
               503: "服务不可用", 504: "网关超时"}


def failure_text(rec: PageRecord) -> str:
    """Why a target could not be opened, in plain Chinese (HTTP 404 页面不存在, 域名无法解析 …)."""
    if rec.status is not None and rec.status >= 400:
        what = STATUS_TEXT.get(rec.status, "服务器错误" if rec.status >= 500 else "访问被拒绝")
        return f"HTTP {rec.status} {what}"
    return ERROR_TEXT.get(rec.error or "", "无法访问")


def _outside_offline(ctx: SiteContext) -> str | None:
    """The reason outside links are not measured, or None: every outside host the crawl tried failed at the
    network level (DNS, no route) while the homepage answered."""
    home = ctx.records.get(ctx.homepage_url)
    if home is None or not home.ok:
        return None
    hosts: dict[str, set[str]] = {}
    for url, rec in ctx.records.items():
        if rec.kind in ("robots", "sitemap") or ctx.same_site(url):
            continue
        host = urlsplit(url).netloc
        if rec.error not in NETWORK_ERRORS:
            return None    # some outside host answered (or failed in a way only that host can)
        hosts.setdefault(host, set()).add(rec.error or "")
    if len(hosts) < MIN_OUTSIDE_HOSTS:
        return None
    errors = set().union(*hosts.values())
    how = "域名均无法解析" if errors == {"dns"} else "均无法建立连接" if "dns" not in errors else "均无法访问（域名解析失败或无法连接）"
    return (f"外部链接未测量：抓取中的 {len(hosts)} 个外部网站{how}，而本站可以访问，应为评估方网络问题，"
            "不计为本站错链")


def outside_offline(ctx: SiteContext) -> str | None:
    got: str | None = ctx.derived("outside_offline", _outside_offline)
    return got


def unmeasured(ctx: SiteContext, url: str) -> bool:
    """A link whose result says nothing about the site: an outside target while our network cannot reach outside."""
    return outside_offline(ctx) is not None and not ctx.same_site(url)


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
    return {url: rec for url, rec in sorted(ctx.records.items())
            if url != hp and is_broken(rec) and not unmeasured(ctx, url)}


def broken_link_findings(ctx: SiteContext) -> list[Finding]:
    out: list[Finding] = []
    reason = outside_offline(ctx)
    if reason:
        ctx.warnings.append(reason)
    for url, rec in broken_targets(ctx).items():
        sources = list(ctx.inbound.get(url, []))
        if not sources and rec.referrer:
            sources = [ctx.canonical(rec.referrer)]
        if not sources:
            continue  # fetched from a sitemap or a guess, not linked from any page: not a broken link
        src = ctx.pages.get(sources[0])
        anchor = ""
        if src is not None:
            anchor = next((lk.text for lk in src.links if ctx.canonical(lk.url) == url), "")
        what = failure_text(rec)
        out.append(Finding(
            "broken-link", "管理保障", {"target": url},
            Evidence(sources[0], f"「{anchor}」→ {url}（{what}）", src.warc_record if src else None),
            f"链接无法访问（{what}），被 {len(sources)} 个页面引用",
            {"source": sources, "kind": rec.kind, "status": rec.status, "error": rec.error},
        ))
    return out


def _link_sets(ctx: SiteContext) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(targets the crawl checked, broken targets, checked targets linked from the homepage)."""
    checked = frozenset(u for u, r in ctx.records.items()
                        if r.kind not in ("robots", "sitemap") and not unmeasured(ctx, u))
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
