from __future__ import annotations

import pytest

from govweb.errors import BadInput
from govweb.scoring.inspection import InspectionSheet, inspect_sheet, load_sheet


def _sheet(**kw: object) -> InspectionSheet:
    data = {
        "name": "t", "total": 100, "pass_mark": 60, "unknown_points": 2, "vetoes": ["homepage-stale"],
        "sections": [{"name": "甲", "points": 75}, {"name": "服务", "points": 25, "services": True}],
        "items": [
            {"id": "a", "section": "甲", "name": "栏目不更新", "per": 5, "cap": 10, "count": {"check": "stale-column"}},
            {"id": "b", "section": "甲", "name": "空白栏目", "per": None, "cap": 5, "count": {"check": "empty-column"}},
            {"id": "c", "section": "服务", "name": "指南", "per": 10, "cap": 25,
             "count": {"check": "incomplete-service-guide"}},
            {"id": "d", "section": "甲", "name": "可用率", "per": 3, "cap": 3,
             "count": {"metric": "availability", "below": 0.99}},
        ],
    }
    data.update(kw)
    return InspectionSheet.model_validate(data)


def test_caps_unknown_points_and_metrics() -> None:
    findings = [{"check": "stale-column"}] * 3 + [{"check": "empty-column"}]
    r = inspect_sheet(_sheet(), findings, {"availability": 0.95}, [])
    assert [(d["item"], d["points"]) for d in r["deductions"]] == [("栏目不更新", 10.0), ("空白栏目", 2.0), ("可用率", 3.0)]
    assert r["score"] == 85.0 and r["result"] == "合格"


def test_not_measured_metric_is_not_deducted() -> None:
    r = inspect_sheet(_sheet(), [], {"availability": None}, [])
    assert r["score"] == 100.0 and r["not_measured"] == ["可用率"]


def test_veto_and_pass_mark() -> None:
    assert inspect_sheet(_sheet(), [], {}, ["homepage-stale"])["result"] == "不合格"
    many = [{"check": "incomplete-service-guide"}] * 3 + [{"check": "stale-column"}] * 2
    r = inspect_sheet(_sheet(pass_mark=80), many, {}, [])
    assert r["score"] == 65.0 and r["result"] == "不合格"


def test_departments_without_services_are_scored_out_of_75() -> None:
    findings = [{"check": "stale-column"}] * 3 + [{"check": "incomplete-service-guide"}]
    r = inspect_sheet(_sheet(), findings, {}, [], services_applicable=False)
    assert r["score"] == pytest.approx(round((75 - 10) * 4 / 3, 1))
    assert all(d["item"] != "指南" for d in r["deductions"])


def test_bundled_sheet_loads_and_bad_sheet_is_bad_input(tmp_path) -> None:  # type: ignore[no-untyped-def]
    sheet = load_sheet()
    assert sum(s.points for s in sheet.sections) == 100 and sheet.pass_mark == 60
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nvetoes: []\nsections: [{name: 甲, points: 50}]\nitems: []\n", encoding="utf-8")
    with pytest.raises(BadInput):
        load_sheet(bad)
