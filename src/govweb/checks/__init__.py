"""govweb.checks: pure functions over a crawl snapshot and an as-of date — columns, elements, findings with
evidence, vetoes, the national inspection sheet and the automatic indices (see docs/checks.md).

    from govweb.checks import load_snapshot, run_checks, check_directory
    report = run_checks(load_snapshot("snap/"), datetime.date(2020, 11, 26), items=load_items("cstc-2020"))
"""

from __future__ import annotations

from govweb.checks.model import Audit, Column, ElementResult, Evidence, Finding, Veto
from govweb.checks.registry import AUDITS, AUDITS_BY_ID
from govweb.checks.run import FINDINGS_JSON, check_directory, load_items, run_checks, write_findings
from govweb.checks.snapshot import Snapshot, load_snapshot

__all__ = [
    "AUDITS", "AUDITS_BY_ID", "FINDINGS_JSON", "Audit", "Column", "ElementResult", "Evidence", "Finding", "Snapshot",
    "Veto", "check_directory", "load_items", "load_snapshot", "run_checks", "write_findings",
]
