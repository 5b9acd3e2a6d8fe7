"""整改 follow-up of a stored round: re-checking a site (复查) and comparing what was found.

* `run_recheck` inspects a site of a round again through the round's own per-site inspection (`inspect_site`,
  today's date, the round's methodology and crawl options) and records what it found as a re-check of the round
  (the round's inspection and results stay as published).
* `compare_findings` says per finding 已整改 (fixed: not found again), 仍存在 (persisting) or 新增 (new), by the
  findings' stable ids (check + identity, `checks.model.finding_id`).
* `compare_rounds` sets a round beside the previous one: rank and total changes per site and tier, and findings
  new, fixed and persisting.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from govweb.campaign.inspect import InspectOptions, inspect_site
from govweb.campaign.rescore import registry_site
from govweb.fsutil import atomic_open
from govweb.scoring.methodology_yaml import methodology_yaml
from govweb.store import FindingRow, RecheckInfo, Store
from govweb.store.types import now

FIXED, PERSISTING, NEW = "fixed", "persisting", "new"


def recheck_dir(data_dir: Path, recheck: RecheckInfo) -> Path:
    safe_round = "".join(c if c.isalnum() or c in "-_." else "_" for c in recheck.round_name)
    return data_dir / "rechecks" / safe_round / recheck.site_code / str(recheck.id)


def run_recheck(store: Store, recheck_id: int, data_dir: Path, *, resolve: Sequence[str] = (),
                timeout: float | None = None, as_of: datetime.date | None = None) -> RecheckInfo | None:
    """Run one queued re-check to its end (done or failed); None when it was not queued or running. The site is
    judged as of `as_of` (default: today, UTC+8 — a re-check looks at the site as it is now)."""
    recheck = store.rechecks.get(recheck_id)
    if recheck is None or not store.rechecks.start(recheck_id):
        return None
    directory = recheck_dir(data_dir, recheck)
    try:
        info = store.round(recheck.round_name)
        inspection = store.inspection(recheck.round_name, recheck.site_code)
        stored = store.site(recheck.site_code)
        if inspection is None or stored is None:
            store.rechecks.fail(recheck_id, "该网站不在评估轮次中")
            return store.rechecks.get(recheck_id)
        directory.mkdir(parents=True, exist_ok=True)
        methodology = store.round_methodology(recheck.round_name)
        with atomic_open(directory / "methodology.yaml", "w") as fh:   # what the re-check was judged by
            fh.write(methodology_yaml(methodology, [f"评估轮次「{info.name}」所用的评估方法（复查用）"]))
        as_of = as_of or now().date()
        crawl_args = tuple(str(a) for a in info.settings.get("crawl_args") or ())
        options = InspectOptions(out=directory, as_of=as_of, methodology=methodology,
                                 resolve=tuple(resolve), crawl_args=crawl_args, timeout=timeout)
        outcome = inspect_site(registry_site(stored, inspection.tiers), options, directory)
        doc = outcome.document  # what the job wrote to findings.json
        if outcome.state != "done" or doc is None:
            store.rechecks.fail(recheck_id, outcome.error or "复查未能完成", site_dir=str(directory))
            return store.rechecks.get(recheck_id)
        site = doc.get("site") or {}
        store.rechecks.finish(recheck_id, outcome=str(site.get("status") or "measured"), as_of=as_of,
                              site_dir=str(directory), reason=site.get("reason"),
                              findings=doc.get("findings") or [], vetoes=doc.get("vetoes") or [],
                              metrics=doc.get("metrics") or {})
    except Exception as exc:  # a broken job must end as failed, never stay running
        store.rechecks.fail(recheck_id, f"{type(exc).__name__}: {exc}", site_dir=str(directory))
    return store.rechecks.get(recheck_id)


@dataclass(frozen=True)
class Compared:
    finding_id: str
    state: str                       # fixed | persisting | new
    check: str
    index: str | None
    message: str
    url: str | None
    before: FindingRow | None        # the round's finding (fixed, persisting)
    after: Mapping[str, Any] | None  # the later inspection's finding (persisting, new)


def compare_findings(before: Sequence[FindingRow], after: Sequence[Mapping[str, Any]]) -> list[Compared]:
    """Each finding of the round (struck ones left out) as fixed or persisting, then each new finding."""
    later = {str(f.get("id")): f for f in after if f.get("id")}
    compared = []
    for finding in before:
        if finding.status == "removed":
            continue
        again = later.pop(finding.finding_id, None)
        compared.append(Compared(finding.finding_id, PERSISTING if again else FIXED, finding.check, finding.index,
                                 finding.message, finding.url, finding, again))
    for finding_id, finding in later.items():
        compared.append(Compared(finding_id, NEW, str(finding.get("check") or ""), finding.get("index"),
                                 str(finding.get("message") or ""), finding.get("url"), None, finding))
    order = {PERSISTING: 0, NEW: 1, FIXED: 2}
    return sorted(compared, key=lambda c: (order[c.state], c.check, c.finding_id))


@dataclass(frozen=True)
class SiteChange:
    site_code: str
    site_name: str
    tier: str
    rank_before: int | None
    rank_now: int | None
    total_before: Decimal | None
    total_now: Decimal | None
    new: int
    fixed: int
    persisting: int

    @property
    def rank_change(self) -> int | None:
        """Places gained (positive) or lost (negative); None when either round did not rank the site."""
        if self.rank_before is None or self.rank_now is None:
            return None
        return self.rank_before - self.rank_now


def compare_rounds(store: Store, current: str, previous: str, *, site_codes: Sequence[str] | None = None,
                   tier: str | None = None) -> list[SiteChange]:
    """Every site of `current` (or the given ones) that `previous` also inspected: ranks, totals, findings."""
    now_rows = [r for r in store.results(current, tier=tier) if site_codes is None or r.site_code in site_codes]
    before = {(r.site_code, r.tier): r for r in store.results(previous, tier=tier)}
    codes = sorted({r.site_code for r in now_rows if (r.site_code, r.tier) in before})
    findings_now: dict[str, list[FindingRow]] = {code: [] for code in codes}
    findings_before: dict[str, list[FindingRow]] = {code: [] for code in codes}
    for target, round_name in ((findings_now, current), (findings_before, previous)):
        few = len(codes) <= 50  # a site owner's few sites: one query each; else the round's findings at once
        found = [f for code in codes for f in store.findings(round_name, site_code=code)] if few else \
            store.findings(round_name)
        for finding in found:
            if finding.site_code in target and finding.status != "removed":
                target[finding.site_code].append(finding)
    changes = []
    for row in now_rows:
        old = before.get((row.site_code, row.tier))
        if old is None:
            continue
        compared = compare_findings(findings_before[row.site_code],
                                    [f.as_finding() for f in findings_now[row.site_code]])
        counts = {state: sum(1 for c in compared if c.state == state) for state in (NEW, FIXED, PERSISTING)}
        changes.append(SiteChange(row.site_code, row.site_name, row.tier, old.rank, row.rank, old.total, row.total,
                                  counts[NEW], counts[FIXED], counts[PERSISTING]))
    return changes
