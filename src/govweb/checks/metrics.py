"""Raw measurements the index items read (see scoring/items.py): one name → number or None (not measured)."""

from __future__ import annotations

from govweb.checks import columns, elements, interaction, interpretation, links, services, technical
from govweb.checks.context import SiteContext
from govweb.checks.model import ElementResult

Metrics = dict[str, float | None]


def _b(v: bool | None) -> float | None:
    return None if v is None else float(v)


def _share(results: dict[str, ElementResult], names: tuple[str, ...]) -> float:
    return sum(1 for n in names if results[n].present) / len(names)


def compute_metrics(ctx: SiteContext) -> Metrics:
    els, _ = elements.ctx_elements(ctx)
    cols = columns.ctx_columns(ctx)
    limited = [c for c in cols if columns.column_limit(ctx, c) is not None and c.items]
    col_urls = {c.url for c in cols}
    last, _, _ = columns.homepage_last_update(ctx)
    home_rate, site_rate = links.broken_link_rates(ctx)
    stats = interaction.reply_stats(ctx)
    avail, _ = technical.availability(ctx)
    m: Metrics = {
        "homepage_fresh": 0.0 if columns.homepage_stale_findings(ctx) else 1.0,
        "homepage_age_days": float(ctx.days_since(last)) if last else None,
        "columns_fresh_share": (
            sum(1 for c in limited if not columns.is_stale(ctx, c)) / len(limited) if limited else None
        ),
        "empty_columns": float(sum(1 for c in cols if columns.is_empty(ctx, c, col_urls))),
        "disclosure_share": _share(els, ("政府信息公开指南", "政府信息公开目录", "政府信息公开年报")),
        "basic_info_share": _share(els, ("概况信息", "机构职能", "负责人信息")),
        "policy_documents_present": _b(els["政策文件"].present),
        "data_open_present": _b(els["数据开放"].present),
        "interpretation_present": _b(els["政策解读"].present),
        "interpretation_share": interpretation.interpretation_share(ctx),
        "services_present": _b(els["办事服务"].present),
        "guide_completeness": services.guide_completeness(ctx),
        "interaction_present": _b(els["互动交流"].present),
        "answered_in_time_share": _opt(stats["answered_in_time_share"]),
        "reply_median_days": _opt(stats["reply_median_days"]),
        "reply_p90_days": _opt(stats["reply_p90_days"]),
        "availability": avail,
        "broken_link_rate_home": home_rate,
        "broken_link_rate_site": site_rate,
        "marks_share": _share(els, ("网站标识码", "ICP备案号", "公安机关备案号", "党政机关网站标识", "网站主办单位",
                                    "联系方式", "我为政府网站找错")),
        "https": _b(technical.https_ok(ctx)),
        "ipv6": _b(technical.ipv6_ok(ctx)),
        "search_present": _b(els["站内搜索"].present),
        "search_works": _b(technical.search_works(ctx)),
        "viewport": _b(ctx.homepage.viewport) if ctx.homepage is not None else None,
        "new_media_links": float(technical.new_media_links(ctx)),
        "accessibility_entry": _b(els["无障碍浏览"].present),
        "alt_share": technical.alt_share(ctx),
        "meta_tag_share": technical.meta_tag_share(ctx),
    }
    return m


def _opt(v: float | int | None) -> float | None:
    return None if v is None else float(v)
