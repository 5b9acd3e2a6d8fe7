"""Veto rules (单项否决, 国办秘函〔2019〕19号) decided from the findings and measurements."""

from __future__ import annotations

from govweb.checks import elements, services, technical
from govweb.checks.column_names import anchor_texts
from govweb.checks.context import SiteContext
from govweb.checks.model import Evidence, Finding, Veto
from govweb.checks.page_kinds import sub_lists_shown
from govweb.checks.site_scope import whose_unsure

KEY_TYPES = ("动态要闻", "通知公告", "政策文件")
# findings a page that may be another website's of the 站群 (`site_scope.whose_unsure`) keeps out of the vetoes
_SET_ASIDE = frozenset({"stale-column", "empty-column", "unanswered-message"})


def decide_vetoes(ctx: SiteContext, findings: list[Finding]) -> list[Veto]:
    lim = ctx.limits
    out: list[Veto] = []
    by_check: dict[str, list[Finding]] = {}
    for f in findings:
        if f.check in _SET_ASIDE and whose_unsure(ctx, f.evidence.url):
            continue   # (a page that may be another website's of the 站群 raises no veto against the site)
        by_check.setdefault(f.check, []).append(f)

    share, n = technical.availability(ctx)
    if share is not None and n >= lim.probe_min and (1 - share) >= lim.probe_fail_share:
        out.append(Veto("site-unreachable", f"{n} 次探测中 {round((1 - share) * n)} 次无法在 15 秒内打开（{(1 - share):.1%}）"))

    if by_check.get("homepage-stale"):
        out.append(Veto("homepage-stale", by_check["homepage-stale"][0].message))

    stale = by_check.get("stale-column", [])
    key = len(_key_families(ctx, [f for f in stale if f.extra.get("type") in KEY_TYPES]))
    empty = len(by_check.get("empty-column", []))
    reasons = []
    if key >= lim.stale_key_veto:
        reasons.append(f"动态要闻、通知公告、政策文件类栏目未按期更新 {key} 个")
    if len(stale) >= lim.stale_any_veto:
        reasons.append(f"应更新未更新栏目 {len(stale)} 个")
    if empty >= lim.blank_veto:
        reasons.append(f"空白栏目 {empty} 个")
    if reasons:
        out.append(Veto("columns-stale", "；".join(reasons)))

    # an element that is not measured (a script may write it, the page was not rendered) raises no veto
    els, evidence = elements.ctx_elements(ctx)
    late = by_check.get("unanswered-message", [])
    interaction, services_entry = els["互动交流"], els["办事服务"]
    if interaction.measured and not interaction.present:
        out.append(Veto("interaction-poor", _absent("未发现可用的在线咨询、留言等互动渠道", evidence.get("互动交流"))))
    elif late:
        out.append(Veto("interaction-poor", f"近一年内 {len(late)} 条留言超过 {lim.reply} 天未答复或答复超时"))

    if services_entry.measured and not services_entry.present:
        out.append(Veto("service-unusable", _absent("未发现可用的办事服务", evidence.get("办事服务"))))
    else:
        incomplete = [g for g in services.ctx_guides(ctx) if g.missing]
        if incomplete:
            out.append(Veto("service-unusable", f"{len(incomplete)} 个办事指南缺少关键要素"))
    return out


def _absent(what: str, evidence: Evidence | None) -> str:
    """The reason for a missing-entry veto; names the broken entry when there was one."""
    return f"{what}（{evidence.excerpt}）" if evidence is not None and "→" in evidence.excerpt else what


def _key_families(ctx: SiteContext, stale: list[Finding]) -> set[str]:
    """The stale key columns the veto counts, a first-level column showing its sub-columns' boxes (通知公告 over
    通知 and 公示) counted once with them: its sub-columns are its own notices, a second level of the one column."""
    texts = ctx.derived("anchor_texts", anchor_texts)
    urls = {f.identity["url"] for f in stale}
    parts: set[str] = set()
    for url in urls:
        page = ctx.pages.get(url)
        if page is not None:
            parts |= sub_lists_shown(ctx, page, texts)
    return urls - parts
