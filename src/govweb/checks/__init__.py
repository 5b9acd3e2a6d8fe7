"""govweb.checks: pure functions over a crawl snapshot and an as-of date — columns, elements, findings with
evidence, vetoes and the raw measurements the methodology's items read (see docs/checks.md). Indices and the
inspection sheet are scoring's (`govweb.scoring.site.score_site`).

    from govweb.checks import load_snapshot, run_checks
    document = run_checks(load_snapshot("snap/"), datetime.date(2020, 11, 26))
"""

from __future__ import annotations

from govweb.checks.model import Audit, Column, ElementResult, Evidence, Finding, Veto
from govweb.checks.registry import AUDITS, AUDITS_BY_ID
from govweb.checks.run import run_checks
from govweb.checks.snapshot import Snapshot, load_snapshot

__all__ = [
    "AUDITS", "AUDITS_BY_ID", "Audit", "Column", "ElementResult", "Evidence", "Finding", "Snapshot", "Veto",
    "load_snapshot", "run_checks",
]
