"""Applying expert input to a site's findings document: removed findings, expert indices, who and when."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from govweb.documents.expert import ExpertEntry
from govweb.scoring.stake import IndexEngine, without

INNOVATION = "创新案例"
NO_EXPERT_NOTE = "未提供专家评分：创新案例加分未计入总分"


def _number(value: Decimal) -> float:
    return float(value)


def apply_expert(doc: Mapping[str, Any], entry: ExpertEntry | None, *, file: str | None,
                 applied_at: datetime.datetime, engine: IndexEngine | None = None) -> dict[str, Any]:
    """A new findings document with `entry` applied; `doc` is left untouched.

    Removed findings move to `removed_findings` with the reason, reviewer and date; when an index engine is
    given the automatic indices are recomputed without them; expert indices (创新案例 …) then replace the
    computed ones; `review` records the file, reviewers, review date and the time it was applied.
    """
    result: dict[str, Any] = dict(doc)
    indices: dict[str, Any] = dict(doc.get("indices") or {})
    stamp = applied_at.isoformat(timespec="seconds")
    if entry is None:
        indices.pop(INNOVATION, None)
        result["indices"] = indices
        result["review"] = {"applied": False, "file": file, "applied_at": stamp, "note": NO_EXPERT_NOTE}
        return result
    removals = {removal.finding_id: removal for removal in entry.removals}
    kept = without(doc, list(removals))
    removed = []
    for finding in doc.get("findings") or []:
        removal = removals.get(str(finding.get("id")))
        if removal is not None:
            removed.append({**finding, "removed": {"reason": removal.reason, "reviewer": removal.reviewer,
                                                   "date": removal.date.isoformat()}})
    result["findings"] = kept["findings"]
    result["removed_findings"] = [*(doc.get("removed_findings") or []), *removed]
    result["review"] = {
        "applied": True, "file": file, "applied_at": stamp, "site": entry.site_code,
        "reviewer": entry.reviewer, "date": entry.date.isoformat(),
        "indices": {name: _number(value) for name, value in entry.indices.items()},
        "items": {name: _number(value) for name, value in entry.items.items()},
        "removed": [finding["id"] for finding in removed],
        "note": None if INNOVATION in entry.indices else NO_EXPERT_NOTE,
    }
    if engine is not None and (removed or entry.items):
        indices.update({name: (None if v is None else float(v)) for name, v in engine(result).items()})
    if INNOVATION not in entry.indices:
        indices.pop(INNOVATION, None)
    indices.update(result["review"]["indices"])
    result["indices"] = indices
    return result
