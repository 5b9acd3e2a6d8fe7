"""Raw measurements the index items read (see scoring/items.py): one name → number or None (not measured),
and how each of them changes when one finding is fixed (`metric_deltas`, read by scoring/stake.py).

Every measurement is declared once with the checks whose findings it reads (`fixed_by`). A finding's deltas are
found by recomputing those measurements with that finding's cause removed (the stale column counted fresh, the
broken link repaired, the element present …) and subtracting the measurements as found, so they follow the
way the measurement is computed instead of a hand-written formula per check.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from govweb.checks import columns, elements, interaction, interpretation, links, opendata, services, technical
from govweb.checks.context import SiteContext
from govweb.checks.model import NOTHING_FIXED, Finding, Fixed

Metrics = dict[str, float | None]
DELTA_PLACES = 10     # deltas are rounded to drop float noise (1/3 − 1/3 …); measurements are written as computed


@dataclass(frozen=True)
class MetricDef:
    name: str
    compute: Callable[[SiteContext, Fixed], float | None]
    fixed_by: tuple[str, ...] = ()      # checks whose findings, once fixed, can change this measurement


def _b(v: bool | None) -> float | None:
    return None if v is None else float(v)


def _opt(v: float | int | None) -> float | None:
    return None if v is None else float(v)


def _present(ctx: SiteContext, fixed: Fixed, name: str) -> bool | None:
    """Whether the element is there (None: not measured)."""
    els, _ = elements.ctx_elements(ctx)
    if not els[name].measured:
        return None
    return els[name].present or name in fixed.values("missing-element", "element")


def _share(names: tuple[str, ...]) -> Callable[[SiteContext, Fixed], float | None]:
    """The share of the measured elements that are there (None when none was measured)."""
    def compute(ctx: SiteContext, fixed: Fixed) -> float | None:
        seen = [p for p in (_present(ctx, fixed, n) for n in names) if p is not None]
        return sum(seen) / len(seen) if seen else None
    return compute


def _element(name: str) -> Callable[[SiteContext, Fixed], float | None]:
    return lambda ctx, fixed: _b(_present(ctx, fixed, name))


def _flag(value: Callable[[SiteContext], bool | None], check: str) -> Callable[[SiteContext, Fixed], float | None]:
    """A yes/no measurement whose failure is one finding of `check`: fixing it makes the measurement 1."""
    return lambda ctx, fixed: 1.0 if fixed.has(check) else _b(value(ctx))


# --- measurements derived from columns -----------------------------------------------------------------------

def _column_sets(ctx: SiteContext) -> tuple[list[str], frozenset[str], frozenset[str]]:
    """(urls of typed columns with entries, stale column urls, blank column urls)."""
    cols = columns.ctx_columns(ctx)
    urls = {c.url for c in cols}
    limited = [c.url for c in cols if columns.column_limit(ctx, c) is not None and c.items]
    stale = frozenset(c.url for c in cols if columns.is_stale(ctx, c))
    empty = frozenset(c.url for c in cols if columns.is_empty(ctx, c, urls))
    return limited, stale, empty


def _columns(ctx: SiteContext) -> tuple[list[str], frozenset[str], frozenset[str]]:
    got: tuple[list[str], frozenset[str], frozenset[str]] = ctx.derived("column_sets", _column_sets)
    return got


def _columns_fresh_share(ctx: SiteContext, fixed: Fixed) -> float | None:
    limited, stale, _ = _columns(ctx)
    stale = stale - fixed.values("stale-column", "url")
    return sum(1 for u in limited if u not in stale) / len(limited) if limited else None


def _empty_columns(ctx: SiteContext, fixed: Fixed) -> float | None:
    _, _, empty = _columns(ctx)
    return float(len(empty - fixed.values("empty-column", "url")))


def _homepage_fresh(ctx: SiteContext, fixed: Fixed) -> float | None:
    stale: list[Finding] = ctx.derived("homepage_stale", columns.homepage_stale_findings)
    return 0.0 if stale and not fixed.has("homepage-stale") else 1.0


def _homepage_age(ctx: SiteContext, fixed: Fixed) -> float | None:
    last, _, _ = columns.homepage_last_update(ctx)
    return float(ctx.days_since(last)) if last else None


# --- the rest ----------------------------------------------------------------------------------------------

def _reply(key: str) -> Callable[[SiteContext, Fixed], float | None]:
    return lambda ctx, fixed: _opt(
        interaction.reply_stats(ctx, fixed.values("unanswered-message", "url"))[key])


def _broken(which: int) -> Callable[[SiteContext, Fixed], float | None]:
    return lambda ctx, fixed: links.broken_link_rates(ctx, fixed.values("broken-link", "target"))[which]


def _derived(name: str, compute: Callable[[SiteContext], float | None]) -> Callable[[SiteContext, Fixed], float | None]:
    """A measurement no finding changes, computed once per site."""
    return lambda ctx, fixed: ctx.derived(f"metric:{name}", compute)


MARKS = ("网站标识码", "ICP备案号", "公安机关备案号", "党政机关网站标识", "网站主办单位", "联系方式", "我为政府网站找错")
ELEMENT = ("missing-element",)
MESSAGE = ("unanswered-message",)

METRICS: tuple[MetricDef, ...] = (
    MetricDef("homepage_fresh", _homepage_fresh, ("homepage-stale",)),
    MetricDef("homepage_age_days", _homepage_age),
    MetricDef("columns_fresh_share", _columns_fresh_share, ("stale-column",)),
    MetricDef("empty_columns", _empty_columns, ("empty-column",)),
    MetricDef("disclosure_share", _share(("政府信息公开指南", "政府信息公开目录", "政府信息公开年报")), ELEMENT),
    MetricDef("basic_info_share", _share(("概况信息", "机构职能", "负责人信息")), ELEMENT),
    MetricDef("policy_documents_present", _element("政策文件"), ELEMENT),
    MetricDef("data_open_present", _element("数据开放"), ELEMENT),
    MetricDef("open_datasets", _derived("open_datasets", opendata.datasets)),
    MetricDef("open_formats_machine_share", _derived("open_formats_machine_share", opendata.machine_readable_share)),
    MetricDef("open_data_age_days", _derived("open_data_age_days", opendata.data_age_days)),
    MetricDef("interpretation_present", _element("政策解读"), ELEMENT),
    MetricDef("interpretation_share", lambda ctx, fixed: interpretation.interpretation_share(
        ctx, fixed.values("missing-interpretation", "url")), ("missing-interpretation",)),
    MetricDef("services_present", _element("办事服务"), ELEMENT),
    MetricDef("guide_completeness", lambda ctx, fixed: services.guide_completeness(
        ctx, fixed.values("incomplete-service-guide", "url")), ("incomplete-service-guide",)),
    MetricDef("interaction_present", _element("互动交流"), ELEMENT),
    MetricDef("answered_in_time_share", _reply("answered_in_time_share"), MESSAGE),
    MetricDef("reply_median_days", _reply("reply_median_days"), MESSAGE),
    MetricDef("reply_p90_days", _reply("reply_p90_days"), MESSAGE),
    MetricDef("availability", _derived("availability", lambda ctx: technical.availability(ctx)[0])),
    MetricDef("broken_link_rate_home", _broken(0), ("broken-link",)),
    MetricDef("broken_link_rate_site", _broken(1), ("broken-link",)),
    MetricDef("marks_share", _share(MARKS), ELEMENT),
    MetricDef("https", _flag(technical.https_ok, "insecure-transport"), ("insecure-transport",)),
    MetricDef("ipv6", _flag(technical.ipv6_ok, "no-ipv6"), ("no-ipv6",)),
    MetricDef("search_present", _element("站内搜索"), ELEMENT),
    MetricDef("search_works", _flag(technical.search_works, "search-not-working"), ("search-not-working",)),
    MetricDef("viewport", _flag(technical.viewport_ok, "no-mobile-viewport"), ("no-mobile-viewport",)),
    MetricDef("new_media_links", _derived("new_media_links", lambda ctx: float(technical.new_media_links(ctx)))),
    MetricDef("accessibility_entry", _element("无障碍浏览"), ELEMENT),
    MetricDef("alt_share", lambda ctx, fixed: technical.alt_share(ctx, fixed.values("image-missing-alt", "url")),
              ("image-missing-alt",)),
    MetricDef("meta_tag_share", _derived("meta_tag_share", technical.meta_tag_share)),
)


def compute_metrics(ctx: SiteContext, fixed: Fixed = NOTHING_FIXED) -> Metrics:
    """Every measurement, with the findings in `fixed` counted as fixed."""
    return {m.name: m.compute(ctx, fixed) for m in METRICS}


def metric_deltas(ctx: SiteContext, finding: Finding, found: Metrics, base: Fixed = NOTHING_FIXED) -> dict[str, float]:
    """How each measurement changes, additively, if this one finding were fixed (only the ones that change);
    `found` was measured with the findings of `base` counted as fixed."""
    fixed = Fixed((*base.findings, finding))
    out: dict[str, float] = {}
    for m in METRICS:
        if finding.check not in m.fixed_by:
            continue
        before, after = found.get(m.name), m.compute(ctx, fixed)
        if before is None or after is None:
            continue
        delta = round(after - before, DELTA_PLACES)
        if delta:
            out[m.name] = delta
    return out


def all_metric_deltas(ctx: SiteContext, findings: Iterable[Finding], found: Metrics,
                      base: Fixed = NOTHING_FIXED) -> list[dict[str, float]]:
    return [metric_deltas(ctx, f, found, base) for f in findings]
