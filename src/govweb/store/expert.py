"""The spreadsheet path of expert input (`--expert FILE`, read by govweb.review) lands in the store's tables."""

from __future__ import annotations

from govweb.documents.expert import ExpertEntry
from govweb.store.records import ReviewRecord


def reviews_from_expert(entry: ExpertEntry, source: str) -> list[ReviewRecord]:
    """One site's rows of an expert file as review records: index scores (创新案例 …), item scores and removals
    (人工核减, each with its own reviewer, date and reason). `source` names the file."""
    rows = "、".join(str(row) for row in entry.source_rows)
    where = f"{source} 第 {rows} 行" if rows else source
    scores = [ReviewRecord(entry.site_code, kind, target, entry.reviewer, entry.date, value=value, source=where)
              for kind, values in (("index", entry.indices), ("item", entry.items)) for target, value in values.items()]
    removals = [ReviewRecord(entry.site_code, "removal", removal.finding_id, removal.reviewer, removal.date,
                             reason=removal.reason, source=f"{source} 第 {removal.source_row} 行")
                for removal in entry.removals]
    return scores + removals
