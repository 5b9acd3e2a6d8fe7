"""Findings that rest on evidence the snapshot lacks are "not measured", never held against the site.

Gaps are pages the checks could not see: records the WARC lost (missing, damaged, cut off), pages whose record was
truncated, and HTML pages the checks could not read (binary, undecodable). A page with a gap is no evidence of
anything, so:

* a finding that cites a gap (its page, its target, a source page) is not measured;
* a finding of absence (a date, a reply, a 解读 not found) is not measured when a gap is linked from the page it
  cites — what it misses may be on the page we could not see (an element: within two links of it, as elements
  are looked for on pages up to depth 2; a stale or blank column: not for a gap the site template links, which is
  no entry of a column). Findings that stand on the page they cite alone (a broken link between
  two pages we have, images without alt …) are kept;
* a veto decided from the site rather than from the kept findings (no 互动交流 entry, no 办事服务) falls with the
  findings it rests on;
* measurements treat the not-measured findings as fixed (scoring gives the site the benefit of the doubt).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from govweb.checks.context import SiteContext
from govweb.checks.model import Finding, Veto

REACH = 1  # link hops from a finding's page within which a gap may hide what an absence finding misses
REACH_BY_CHECK = {"missing-element": 2}
# Findings on a column's list: a gap the site template links (from half the pages: a 网站地图 in the footer) is no
# entry or page of a column (columns never count template links as entries), so it hides nothing they miss.
COLUMN_CHECKS = frozenset({"stale-column", "empty-column"})
# Findings that rest only on the records they cite (a gap elsewhere cannot change them).
SELF_CONTAINED = frozenset({"broken-link", "image-missing-alt", "no-mobile-viewport", "insecure-transport",
                            "no-ipv6", "search-not-working"})
# Vetoes (partly) decided from the site rather than from the findings passed to them, and the findings (check, or
# check:element) those parts stand on; the rest of each rule is decided again from the findings that stand.
VETO_GROUNDS = {
    "interaction-poor": frozenset({"missing-element:互动交流"}),
    "service-unusable": frozenset({"incomplete-service-guide", "missing-element:办事服务"}),
}


def gaps(ctx: SiteContext) -> frozenset[str]:
    """Pages the checks could not see (their `SiteContext.key`); found once per site."""
    got: frozenset[str] = ctx.derived("gaps", _gaps)
    return got


def _gaps(ctx: SiteContext) -> frozenset[str]:
    integrity = ctx.snapshot.integrity
    found = {*integrity.missing_urls, *integrity.truncated_pages}
    for rec in ctx.snapshot.pages:
        redirect = rec.status is not None and 300 <= rec.status < 400
        if rec.is_html and rec.ok and not redirect and ctx.page(rec.url) is None:
            found.add(rec.url)
    return frozenset(ctx.key(u) for u in found)


def _cited(finding: Finding) -> set[str]:
    urls = {finding.evidence.url, *(v for v in finding.identity.values() if isinstance(v, str))}
    source = finding.extra.get("source")
    if isinstance(source, list):
        urls.update(str(s) for s in source)
    return {u for u in urls if u.startswith(("http://", "https://"))}


class _Reach:
    """Which pages have a gap within a number of links (cached per page and distance)."""

    def __init__(self, ctx: SiteContext, holes: frozenset[str]) -> None:
        self.ctx, self.holes = ctx, holes
        self.cache: dict[tuple[str, int], bool] = {}

    def near(self, url: str, hops: int) -> bool:
        start = self.ctx.canonical(url)
        if (start, hops) not in self.cache:
            frontier, seen = {start}, {start}
            for _ in range(hops):
                nxt = set()
                for page_url in frontier:
                    facts = self.ctx.pages.get(page_url)
                    for link in facts.links if facts is not None else ():
                        target = self.ctx.canonical(link.url)
                        if target not in seen:
                            seen.add(target)
                            nxt.add(target)
                frontier = nxt
            self.cache[start, hops] = any(self.ctx.key(u) in self.holes for u in seen)
        return self.cache[start, hops]


def split_findings(ctx: SiteContext, findings: Iterable[Finding]) -> tuple[list[Finding], list[Finding]]:
    """(findings that stand, findings not measured because they rest on a gap)."""
    holes = gaps(ctx)
    findings = list(findings)
    if not holes:
        return findings, []
    reach = _Reach(ctx, holes)
    column_reach = _Reach(ctx, frozenset(h for h in holes if ctx.canonical(h) not in ctx.template_links))
    kept: list[Finding] = []
    unmeasured: list[Finding] = []
    for f in findings:
        cited = {ctx.key(u) for u in _cited(f)}
        near = column_reach if f.check in COLUMN_CHECKS else reach
        if cited & holes or (f.check not in SELF_CONTAINED
                             and near.near(f.evidence.url, REACH_BY_CHECK.get(f.check, REACH))):
            unmeasured.append(f)
        else:
            kept.append(f)
    return kept, unmeasured


def standing_vetoes(vetoes: Iterable[Veto], unmeasured: Iterable[Finding]) -> list[Veto]:
    """The vetoes that do not rest on a not-measured finding."""
    fallen = {f.check for f in unmeasured} | {f"{f.check}:{f.identity.get('element')}" for f in unmeasured}
    return [v for v in vetoes if not VETO_GROUNDS.get(v.rule, frozenset()) & fallen]


def evidence_report(ctx: SiteContext, unmeasured: list[Finding]) -> dict[str, Any]:
    """findings.json `site.evidence`: the integrity of the WARC and what it left unmeasured."""
    holes = gaps(ctx)
    return {**ctx.snapshot.integrity.to_json(), "unreadable_pages": len(holes),
            "not_measured_findings": [{"id": f.id, "check": f.check, **f.identity, "evidence_url": f.evidence.url}
                                      for f in unmeasured]}


def evidence_warnings(ctx: SiteContext, unmeasured: list[Finding]) -> list[str]:
    """What users must know: the WARC is incomplete, findings went unmeasured."""
    integrity = ctx.snapshot.integrity
    out = []
    if not integrity.complete:
        parts = []
        if integrity.missing_records:
            parts.append(f"缺少 {integrity.missing_records} 条记录")
        if integrity.damaged_records:
            parts.append(f"{integrity.damaged_records} 条记录损坏")
        if integrity.truncated_tail:
            parts.append("文件末尾被截断")
        out.append(f"证据不完整：WARC 与页面清单不符（{'，'.join(parts)}）；缺失记录的页面不作为任何问题的证据")
    if unmeasured:
        out.append(f"{len(unmeasured)} 个问题依赖缺失或无法读取的页面，记为未测量（见 site.evidence.not_measured_findings）")
    return out


__all__ = ["REACH", "REACH_BY_CHECK", "evidence_report", "evidence_warnings", "gaps", "split_findings", "standing_vetoes"]
