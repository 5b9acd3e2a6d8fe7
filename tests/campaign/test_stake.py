"""Points at stake: the gain in total points from fixing each finding."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govweb.errors import BadInput, JobFailed
from govweb.scoring.items import parse_items
from govweb.scoring.methodology import Methodology
from govweb.scoring.stake import engine_for, index_engine, points_at_stake

from .conftest import PENALTY, penalty_engine
from .fixtures import finding, findings_doc


def test_stake_is_weight_times_index_gain_largest_first(cstc: Methodology) -> None:
    doc = findings_doc()
    stakes = points_at_stake(doc, cstc, "地市", penalty_engine)
    weights = cstc.tiers["地市"].weights
    by_id = {s.finding_id: s for s in stakes}
    assert set(by_id) == {f["id"] for f in doc["findings"]}
    for f in doc["findings"]:
        assert by_id[f["id"]].points == (weights[f["index"]] * PENALTY).quantize(Decimal("0.01"))
        assert by_id[f["id"]].deltas == {f["index"]: PENALTY}
    points = [s.points for s in stakes]
    assert points == sorted(points, reverse=True)
    # the finding against the heavier index comes first
    assert stakes[0].index == max(("信息发布", "管理保障"), key=lambda name: weights[name])


def test_index_the_tier_does_not_weigh_has_nothing_at_stake(cstc: Methodology) -> None:
    assert "数据开放" not in cstc.tiers["区县"].weights
    doc = findings_doc(extra_findings=[finding("x:1", "data-link", "数据开放")])
    stakes = {s.finding_id: s for s in points_at_stake(doc, cstc, "区县", penalty_engine)}
    assert stakes["x:1"].points == 0 and stakes["x:1"].deltas == {}
    assert stakes["no-ipv6:0004"].points > 0


def test_saturated_index_gives_zero(cstc: Methodology) -> None:
    many = [finding(f"b:{n:02d}", "broken-link", "管理保障", target=f"http://x/{n}") for n in range(12)]
    stakes = {s.finding_id: s for s in points_at_stake(findings_doc(extra_findings=many), cstc, "地市", penalty_engine)}
    assert stakes["b:00"].points == 0  # 15 findings against 管理保障: fixing one leaves the index at 0


def test_unknown_tier(cstc: Methodology) -> None:
    with pytest.raises(BadInput):
        points_at_stake(findings_doc(), cstc, "乡镇", penalty_engine)


def test_methodology_engine_reads_metrics_and_deltas(cstc: Methodology) -> None:
    """The default engine: the methodology's items over `metrics`, with fixed findings' `metric_deltas` applied."""
    items = parse_items(cstc.items)
    metrics = {item.measurement: 1.0 for defs in items.values() for item in defs}
    metrics.update({"ipv6": 0.0, "https": 0.0})
    doc = findings_doc()
    doc["metrics"] = metrics
    for f in doc["findings"]:
        f["metric_deltas"] = {"ipv6": 1.0} if f["check"] == "no-ipv6" else {}
    engine, note = engine_for(doc, cstc, "地市")
    assert engine is not None and note is None
    stakes = {s.finding_id: s for s in points_at_stake(doc, cstc, "地市")}
    management = items["管理保障"]
    gain = Decimal(str(next(i.weight for i in management if i.measurement == "ipv6"))) \
        / Decimal(str(sum(i.weight for i in management)))
    expected = cstc.tiers["地市"].weights["管理保障"] * gain
    assert abs(stakes["no-ipv6:0004"].points - expected) <= Decimal("0.005")
    assert stakes["broken-link:0002"].points == 0  # no deltas given: fixing it changes no measurement
    assert engine(doc).get("创新案例") is None  # expert-scored, never computed


def test_engine_needs_metrics(cstc: Methodology) -> None:
    engine, note = engine_for(findings_doc(), cstc, "地市")
    assert engine is None and note is not None and "metrics" in note
    with pytest.raises(JobFailed):
        index_engine(cstc.model_copy(update={"items": None}), "地市")


def test_expert_item_scores_replace_measurements(cstc: Methodology) -> None:
    items = parse_items(cstc.items)
    metrics = {item.measurement: 1.0 for defs in items.values() for item in defs}
    measured = {**findings_doc(), "metrics": {**metrics, "ipv6": 0.0}}
    fixed = {**findings_doc(), "metrics": metrics}
    engine = index_engine(cstc, "地市")
    assert engine(measured)["管理保障"] < engine(fixed)["管理保障"]
    scored = {**measured, "review": {"items": {"ipv6": 1.0}}}
    assert engine(scored)["管理保障"] == engine(fixed)["管理保障"]
