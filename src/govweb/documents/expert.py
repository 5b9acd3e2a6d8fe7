"""Expert input (专家评分与人工核减) as typed values: what review reads from a file or the store and scoring applies."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Removal:
    """A detector finding an expert removed as a false positive (人工核减)."""

    finding_id: str
    reason: str
    reviewer: str
    date: datetime.date
    source_row: int


@dataclass
class ExpertEntry:
    """Everything the expert file says about one site (several rows may contribute)."""

    site_code: str
    reviewers: list[str] = field(default_factory=list)        # in order of appearance, unique
    dates: list[datetime.date] = field(default_factory=list)
    indices: dict[str, Decimal] = field(default_factory=dict)  # index name (创新案例 …) → 0–1
    items: dict[str, Decimal] = field(default_factory=dict)    # methodology item id → 0–1
    removals: list[Removal] = field(default_factory=list)
    source_rows: list[int] = field(default_factory=list)

    @property
    def reviewer(self) -> str:
        return "、".join(self.reviewers)

    @property
    def date(self) -> datetime.date:
        return max(self.dates)

    @property
    def removed_ids(self) -> list[str]:
        return [removal.finding_id for removal in self.removals]


@dataclass(frozen=True)
class ExpertInput:
    file: str
    entries: dict[str, ExpertEntry]                            # 网站标识码 → entry

    def get(self, site_code: str) -> ExpertEntry | None:
        return self.entries.get(site_code)
