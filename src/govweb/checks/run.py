"""Run every registered check over a snapshot: the findings document's findings, vetoes and raw measurements
(deterministic: sorted, no clock). Indices and the inspection sheet are scoring's (`scoring.site.score_site`)."""

from __future__ import annotations

import datetime as dt
import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from govweb.checks import columns, elements, opendata
from govweb.checks.context import NOT_MEASURED_ERRORS, Limits, SiteContext
from govweb.checks.integrity import evidence_report, evidence_warnings, split_findings, standing_vetoes
from govweb.checks.metrics import all_metric_deltas, compute_metrics
from govweb.checks.model import Finding, Fixed, Veto
from govweb.checks.registry import AUDITS
from govweb.checks.snapshot import Snapshot
from govweb.checks.vetoes import decide_vetoes
from govweb.terms import VETO_RULES
from govweb.urlnorm import page_key


def not_measured_reason(ctx: SiteContext) -> str | None:
    rec = ctx.records.get(ctx.homepage_url)
    if rec is None:
        return "快照中没有首页记录"
    if rec.error in NOT_MEASURED_ERRORS:
        return f"首页{NOT_MEASURED_ERRORS[rec.error]}（{rec.error}）"
    if rec.error is not None and rec.error != "http-status":
        return f"首页无法采集（{rec.error}）"
    if rec.status is not None and rec.status >= 400:
        return f"首页返回 HTTP {rec.status}"
    if ctx.homepage is None:
        return "首页内容无法读取"
    return None


def _site_name(ctx: SiteContext) -> str | None:
    hp = ctx.homepage
    if hp is None:
        return None
    name = hp.meta.get("sitename") or hp.title
    return name.strip() or None


_GC_LOCK = threading.Lock()
_gc_off = False   # a run_checks call has turned the collector off (a round checks sites in threads)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """The cyclic garbage collector off while the checks of a site run. Its pages and facts are many small objects
    kept to the end, none in a reference cycle (what is dropped is freed by its count), so the collector's passes
    over them, more and longer as they pile up, find nothing: about a twentieth of the checks' time. Only where the
    collector is on, and by one call at a time: the call that turned it off turns it on as it ends, whatever other
    threads' calls begun meanwhile still run (a round's sites), so it is never off for longer than one site's checks."""
    global _gc_off
    with _GC_LOCK:
        owner = not _gc_off and gc.isenabled()
        if owner:
            _gc_off = True
            gc.disable()
    try:
        yield
    finally:
        if owner:
            with _GC_LOCK:
                _gc_off = False
                gc.enable()


def run_checks(
    snapshot: Snapshot,
    as_of: dt.date,
    limits: Limits | None = None,
    progress: Callable[[int], None] | None = None,
    code: str | None = None,
) -> dict[str, Any]:
    """The checks' findings document (findings.json before scoring adds `indices` and `inspection`). `limits`:
    the update limits and veto thresholds (the inspection sheet's `limits:`; default: the national ones);
    `code` is the site's 网站标识码 when the caller knows it (a round's registry), written as `site.code`."""
    with _no_cycle_collection():
        return _run_checks(snapshot, as_of, limits, progress, code)


def _run_checks(snapshot: Snapshot, as_of: dt.date, limits: Limits | None,
                progress: Callable[[int], None] | None, code: str | None) -> dict[str, Any]:
    ctx = SiteContext(snapshot, as_of, limits or Limits(), progress=progress)
    reason = not_measured_reason(ctx)
    warnings = list(snapshot.warnings)
    html_pages = sum(1 for p in snapshot.pages if p.is_html)
    report: dict[str, Any] = {
        "site": {"url": snapshot.seed, "name": _site_name(ctx), "as_of": as_of.isoformat(),
                 "status": "not-measured" if reason else "measured", "reason": reason,
                 **({"code": code} if code else {}), **_homepage(ctx), "evidence": evidence_report(ctx, [])},
        "crawl": {"pages": html_pages},
    }
    if reason:
        report.update({
            "columns": [], "elements": {}, "findings": [], "vetoes": [],
            "metrics": {},
            "warnings": sorted(set(warnings + ctx.warnings + evidence_warnings(ctx, []))),
            "open_data": {},
        })
        return report

    findings: list[Finding] = []
    for audit in AUDITS:
        findings.extend(audit.run(ctx))
    findings.sort(key=Finding.sort_key)
    findings, unmeasured = split_findings(ctx, findings)  # resting on pages we could not see: not measured
    report["site"]["evidence"] = evidence_report(ctx, unmeasured)
    warnings += evidence_warnings(ctx, unmeasured)
    vetoes = standing_vetoes(decide_vetoes(ctx, findings), unmeasured)
    vetoes.sort(key=lambda v: list(VETO_RULES).index(v.rule) if v.rule in VETO_RULES else 99)
    benefit = Fixed(tuple(unmeasured))  # measurements give the site the benefit of the doubt
    metrics = compute_metrics(ctx, benefit)
    finding_json = [{**f.to_json(), "metric_deltas": deltas}
                    for f, deltas in zip(findings, all_metric_deltas(ctx, findings, metrics, benefit), strict=True)]
    els, _ = elements.ctx_elements(ctx)
    open_data = opendata.ctx_open_data(ctx).to_json()   # before the warnings: reading dates may add some
    report.update({
        "columns": [c.to_json() for c in sorted(columns.ctx_columns(ctx), key=lambda c: c.url)],
        "elements": {k: v.to_json() for k, v in els.items()},
        "findings": finding_json,
        "vetoes": [v.to_json() for v in vetoes],
        "metrics": metrics,
        "warnings": _dedupe(warnings + ctx.warnings),
        "open_data": open_data,
    })
    return report


def _homepage(ctx: SiteContext) -> dict[str, str]:
    """`site.homepage`: the page the homepage checks read, when it is not the seed (the crawler followed a splash
    page, a redirect or a frameset to it) — also when both share a canonical key: a splash page at `/` sending on to
    `/index.asp` answers a page of its own, so the homepage is another page."""
    home = ctx.homepage_url
    other = home != ctx.seed and (page_key(home) != page_key(ctx.seed) or ctx.seed in ctx.pages)
    return {"homepage": home} if home and other else {}


def _dedupe(xs: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


__all__ = ["Veto", "run_checks"]
