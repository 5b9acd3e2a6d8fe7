"""Online services: 办事指南 pages and their completeness over the ten key elements."""

from __future__ import annotations

from dataclasses import dataclass

from govweb.checks.context import SiteContext
from govweb.checks.guide_labels import GUIDE_ELEMENTS, is_guide
from govweb.checks.model import Evidence, Finding


@dataclass(frozen=True)
class Guide:
    url: str
    present: frozenset[str]
    evidence: Evidence

    @property
    def missing(self) -> list[str]:
        return [el for el in GUIDE_ELEMENTS if el not in self.present]


def collect_guides(ctx: SiteContext) -> list[Guide]:
    return [
        Guide(url, f.guide_elements, Evidence(url, f.title, f.warc_record))
        for url, f in sorted(ctx.pages.items())
        if is_guide(f.guide_elements)
    ]


def ctx_guides(ctx: SiteContext) -> list[Guide]:
    got: list[Guide] = ctx.derived("guides", collect_guides)
    return got


def incomplete_guide_findings(ctx: SiteContext) -> list[Finding]:
    return [
        Finding("incomplete-service-guide", "办事服务", {"url": g.url}, g.evidence,
                f"办事指南缺少要素：{'、'.join(g.missing)}", {"missing": g.missing})
        for g in ctx_guides(ctx) if g.missing
    ]


def guide_completeness(ctx: SiteContext, fixed: frozenset[str] = frozenset()) -> float | None:
    """Mean share of the ten key elements over the service guides; guides in `fixed` (urls) count as complete."""
    guides = ctx_guides(ctx)
    if not guides:
        return None
    n = len(GUIDE_ELEMENTS)
    return sum(n if g.url in fixed else len(g.present) for g in guides) / (n * len(guides))
