"""Chinese titles and remediation advice for checks, read from the checks stage's audit declarations."""

from __future__ import annotations

import functools
import importlib
from dataclasses import dataclass
from typing import Any

from govweb.terms import VETO_RULES

# Which veto rule a finding of a check feeds (the checks stage decides vetoes; this only labels findings).
VETO_OF_CHECK = {
    "homepage-stale": "homepage-stale",
    "stale-column": "columns-stale",
    "empty-column": "columns-stale",
    "unanswered-message": "interaction-poor",
}


@dataclass(frozen=True)
class CheckText:
    title: str          # what a finding says
    remediation: str    # how to fix it


@functools.cache
def _audits() -> dict[str, Any]:
    """The checks stage's audits by id (govweb.checks.AUDITS or govweb.checks.registry.AUDITS), if present."""
    for module_name in ("govweb.checks", "govweb.checks.registry"):
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        audits = getattr(module, "AUDITS", None)
        if isinstance(audits, dict):
            return dict(audits)
        if isinstance(audits, list | tuple):
            return {audit.id: audit for audit in audits}
    return {}


def check_text(check: str) -> CheckText:
    audit = _audits().get(check)
    if audit is not None:
        return CheckText(str(getattr(audit, "failure_title", check)), str(getattr(audit, "remediation", "")))
    return CheckText(check, "")


def veto_label(rule: str) -> str:
    return VETO_RULES.get(rule, rule)


# The measurement a check needs; when the findings document has none, the check could not run (not "passed").
MEASUREMENT_OF_CHECK = {
    "insecure-transport": "https",
    "no-ipv6": "ipv6",
    "search-not-working": "search_works",
    "unanswered-message": "answered_in_time_share",
    "incomplete-service-guide": "guide_completeness",
    "missing-interpretation": "interpretation_share",
}


def checks_without_findings(found: set[str], metrics: dict[str, Any] | None) -> tuple[list[str], list[str]]:
    """(passed, not measured): the titles of the checks that found nothing, split by whether they could run."""
    passed, unmeasured = [], []
    for check_id, audit in _audits().items():
        if check_id in found:
            continue
        metric = MEASUREMENT_OF_CHECK.get(check_id)
        title = str(getattr(audit, "title", check_id))
        if metrics is not None and metric is not None and metrics.get(metric) is None:
            unmeasured.append(title)
        else:
            passed.append(title)
    return passed, unmeasured
