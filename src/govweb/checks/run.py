"""Run every registered check over a snapshot and build findings.json (deterministic: sorted, no clock)."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from govweb.checks import columns, elements, opendata
from govweb.checks.context import NOT_MEASURED_ERRORS, Limits, SiteContext
from govweb.checks.integrity import evidence_report, evidence_warnings, split_findings, standing_vetoes
from govweb.checks.metrics import Metrics, all_metric_deltas, compute_metrics
from govweb.checks.model import Finding, Fixed, Veto
from govweb.checks.registry import AUDITS
from govweb.checks.snapshot import Snapshot, load_snapshot
from govweb.checks.vetoes import decide_vetoes
from govweb.fsutil import atomic_open
from govweb.scoring.inspection import InspectionSheet, inspect_sheet, load_sheet
from govweb.scoring.items import ItemDef, index_scores, parse_items
from govweb.terms import INDICES, VETO_RULES

FINDINGS_JSON = "findings.json"
EXPERT_INDICES = ("创新案例",)


def load_items(methodology: str | None) -> dict[str, list[ItemDef]]:
    """Item definitions from a methodology (bundled name or YAML path); {} when it defines none."""
    if methodology is None:
        methodology = "cstc-2020"
    from govweb.scoring import load_methodology

    m = load_methodology(methodology)
    return parse_items(getattr(m, "items", None), source=methodology)


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


def run_checks(
    snapshot: Snapshot,
    as_of: dt.date,
    items: dict[str, list[ItemDef]] | None = None,
    sheet: InspectionSheet | None = None,
    services_applicable: bool = True,
    progress: Callable[[int], None] | None = None,
    applicable: list[str] | None = None,
    code: str | None = None,
) -> dict[str, Any]:
    """The findings.json content. `applicable` limits the indices to a tier's (others are null); `code` is the
    site's 网站标识码 when the caller knows it (a round's registry), written as `site.code`."""
    sheet = sheet or load_sheet()
    ctx = SiteContext(snapshot, as_of, Limits.from_mapping(sheet.limits), progress=progress)
    reason = not_measured_reason(ctx)
    warnings = list(snapshot.warnings)
    html_pages = sum(1 for p in snapshot.pages if p.is_html)
    report: dict[str, Any] = {
        "site": {"url": snapshot.seed, "name": _site_name(ctx), "as_of": as_of.isoformat(),
                 "status": "not-measured" if reason else "measured", "reason": reason,
                 **({"code": code} if code else {}), "evidence": evidence_report(ctx, [])},
        "crawl": {"pages": html_pages},
    }
    index_names = list(INDICES)
    if reason:
        report.update({
            "columns": [], "elements": {}, "findings": [], "vetoes": [],
            "indices": dict.fromkeys(index_names),
            "metrics": {},
            "inspection": {"score": None, "result": None, "deductions": []},
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
    indices = _indices(items or {}, metrics, index_names)
    if applicable is not None:
        indices = {k: (v if k in applicable else None) for k, v in indices.items()}
    inspection = inspect_sheet(sheet, finding_json, metrics, [v.rule for v in vetoes], services_applicable)
    els, _ = elements.ctx_elements(ctx)
    open_data = opendata.ctx_open_data(ctx).to_json()   # before the warnings: reading dates may add some
    report.update({
        "columns": [c.to_json() for c in sorted(columns.ctx_columns(ctx), key=lambda c: c.url)],
        "elements": {k: v.to_json() for k, v in els.items()},
        "findings": finding_json,
        "vetoes": [v.to_json() for v in vetoes],
        "indices": indices,
        "metrics": metrics,
        "inspection": {"score": inspection["score"], "result": inspection["result"],
                       "deductions": inspection["deductions"]},
        "warnings": _dedupe(warnings + ctx.warnings),
        "open_data": open_data,
    })
    return report


def _indices(items: dict[str, list[ItemDef]], metrics: Metrics, names: list[str]) -> dict[str, float | None]:
    scores = index_scores(items, metrics)
    out: dict[str, float | None] = {}
    for name in names:
        v = None if name in EXPERT_INDICES else scores.get(name)
        out[name] = round(v, 4) if v is not None else None
    return out


def _dedupe(xs: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def write_findings(report: dict[str, Any], directory: str | os.PathLike[str]) -> Path:
    target = Path(directory) / FINDINGS_JSON
    with atomic_open(target) as fh:
        json.dump(report, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return target


def check_directory(
    directory: str | os.PathLike[str],
    as_of: dt.date,
    methodology: str | None = None,
    services_applicable: bool = True,
    progress: Callable[[int], None] | None = None,
    applicable: list[str] | None = None,
    code: str | None = None,
    seed: str | None = None,
    snapshot: Snapshot | None = None,
) -> dict[str, Any]:
    """Load the snapshot in `directory` (unless given), run every check, write DIR/findings.json, return the
    report. `seed` names the homepage of a folder holding only WARC files (no crawl.json)."""
    snapshot = snapshot or load_snapshot(directory, seed)
    items = load_items(methodology)
    report = run_checks(snapshot, as_of, items, services_applicable=services_applicable, progress=progress,
                        applicable=applicable, code=code)
    write_findings(report, directory)
    return report


__all__ = ["FINDINGS_JSON", "Veto", "check_directory", "load_items", "run_checks", "write_findings"]
