"""Applying expert input to a findings document."""

from __future__ import annotations

import copy
import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from govweb.documents.expert import ExpertEntry, Removal
from govweb.scoring.expert import apply_expert

NOW = datetime.datetime(2020, 12, 5, 9, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=8)))
DAY = datetime.date(2020, 12, 1)
EXPERT = ("创新案例",)

DOC: dict[str, Any] = {
    "site": {"url": "http://www.example.gov.cn/", "name": "示例市人民政府", "as_of": "2020-11-26",
             "status": "measured", "reason": None},
    "findings": [
        {"id": "f-1", "check": "broken-link", "index": "管理保障", "target": "http://x/1",
         "evidence": {"url": "http://www.example.gov.cn/", "excerpt": "x", "warc_record": None}},
        {"id": "f-2", "check": "no-ipv6", "index": "管理保障", "evidence": {}},
    ],
    "indices": {"信息发布": 0.8, "管理保障": 0.6, "创新案例": None},
    "vetoes": [],
}


def count_engine(doc: Mapping[str, Any]) -> dict[str, Decimal | None]:
    """管理保障 loses 0.2 per finding against it (a real, if simple, index rule)."""
    against = sum(1 for f in doc["findings"] if f["index"] == "管理保障")
    return {"信息发布": Decimal("0.8"), "管理保障": Decimal(1) - Decimal("0.2") * against}


def test_removal_and_innovation_recorded_with_who_and_when() -> None:
    original = copy.deepcopy(DOC)
    entry = ExpertEntry("1100000088", reviewers=["张三"], dates=[DAY], indices={"创新案例": Decimal("0.7")},
                        removals=[Removal("f-1", "链接可打开", "张三", DAY, 2)])
    result = apply_expert(DOC, entry, file="e.csv", applied_at=NOW, expert_indices=EXPERT, engine=count_engine)
    assert original == DOC
    assert [f["id"] for f in result["findings"]] == ["f-2"]
    assert result["removed_findings"][0]["id"] == "f-1"
    assert result["removed_findings"][0]["removed"] == {"reason": "链接可打开", "reviewer": "张三", "date": "2020-12-01"}
    assert result["indices"]["管理保障"] == 0.8 and result["indices"]["创新案例"] == 0.7
    review = result["review"]
    assert review["reviewer"] == "张三" and review["date"] == "2020-12-01"
    assert review["applied_at"] == "2020-12-05T09:30:00+08:00" and review["file"] == "e.csv"
    assert review["note"] is None


def test_without_expert_the_bonus_is_absent_and_said_so() -> None:
    result = apply_expert(DOC, None, file=None, applied_at=NOW, expert_indices=EXPERT)
    assert "创新案例" not in result["indices"]
    assert result["review"]["applied"] is False and "创新案例" in result["review"]["note"]
    assert result["findings"] == DOC["findings"]


def test_entry_without_innovation_keeps_note() -> None:
    entry = ExpertEntry("1100000088", reviewers=["李四"], dates=[DAY], indices={"互动交流": Decimal("0.5")})
    result = apply_expert(DOC, entry, file="e.csv", applied_at=NOW, expert_indices=EXPERT)
    assert result["indices"]["互动交流"] == 0.5 and "创新案例" not in result["indices"]
    assert result["review"]["note"] and result["findings"] == DOC["findings"]
