"""Applying expert input to a site's findings document: removed findings, expert indices, who and when.
Called by `scoring.site.score_site` only."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any

from govweb.documents.expert import ExpertEntry
from govweb.scoring.stake import IndexEngine, without


def no_expert_note(expert_indices: Sequence[str]) -> str:
    """The note of a site without expert scores: its expert indices' bonus is not counted."""
    return f"未提供专家评分：{'、'.join(expert_indices)}加分未计入总分"


def apply_expert(doc: Mapping[str, Any], entry: ExpertEntry | None, *, file: str | None,
                 applied_at: datetime.datetime, expert_indices: Sequence[str],
                 engine: IndexEngine | None = None) -> dict[str, Any]:
    """A new findings document with `entry` applied; `doc` is left untouched.

    Removed findings move to `removed_findings` with the reason, reviewer and date; when an index engine is
    given the automatic indices are recomputed without them; expert indices (the methodology's, 创新案例 …) then
    replace the computed ones; `review` records the file, reviewers, review date and the time it was applied.
    """
    result: dict[str, Any] = dict(doc)
    indices: dict[str, Any] = dict(doc.get("indices") or {})
    stamp = applied_at.isoformat(timespec="seconds")
    note = no_expert_note(expert_indices)
    if entry is None:
        for name in expert_indices:
            indices.pop(name, None)
        result["indices"] = indices
        result["review"] = {"applied": False, "file": file, "applied_at": stamp, "note": note}
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
        "indices": {name: float(value) for name, value in entry.indices.items()},
        "items": {name: float(value) for name, value in entry.items.items()},
        "removed": [finding["id"] for finding in removed],
        "note": None if all(name in entry.indices for name in expert_indices) else note,
    }
    if engine is not None and (removed or entry.items):
        indices.update({name: (None if v is None else float(v)) for name, v in engine(result).items()})
    for name in expert_indices:
        if name not in entry.indices:
            indices.pop(name, None)
    indices.update(result["review"]["indices"])
    result["indices"] = indices
    return result
