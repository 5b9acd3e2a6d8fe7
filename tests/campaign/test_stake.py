"""Points at stake: the gain in total points from fixing each finding."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govweb.errors import BadInput, JobFailed
from govweb.scoring.items import parse_items
from govweb.scoring.methodology import Methodology
from govweb.scoring.stake import (
    engine_for,
    index_engine,
    points_at_stake,
    points_at_stake_by_check,
    points_if_all_fixed,
    weighted_change,
)

from .conftest import PENALTY, penalty_engine
from .fixtures import finding, findings_doc, saturated_doc


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


# ---------------------------------------------------------------- grouped stakes: all findings of a check at once


def _item_share(cstc: Methodology, index: str, measurement: str) -> Decimal:
    items = parse_items(cstc.items)[index]
    weight = next(i.weight for i in items if i.measurement == measurement)
    return Decimal(str(weight)) / Decimal(str(sum(i.weight for i in items)))


def test_saturated_findings_are_worth_points_only_together(cstc: Methodology) -> None:
    doc = saturated_doc(cstc)
    singles = {s.finding_id: s for s in points_at_stake(doc, cstc, "地市")}
    groups = {g.check: g for g in points_at_stake_by_check(doc, cstc, "地市")}
    stale = groups["stale-column"]
    assert stale.count == 6 and stale.indices == ("信息发布",)
    assert all(singles[i].points == 0 for i in stale.finding_ids)  # each alone leaves the share at the floor
    # all six: the share reaches 1, the columns-fresh item goes from 0 to 1
    expected = cstc.tiers["地市"].weights["信息发布"] * _item_share(cstc, "信息发布", "columns_fresh_share")
    assert stale.points > 0 and abs(stale.points - expected) <= Decimal("0.005")
    assert set(stale.deltas) == {"信息发布"}
    assert groups["broken-link"].points == 0  # no deltas: fixing it changes no measurement


def test_group_stake_at_least_its_best_single_and_largest_first(cstc: Methodology) -> None:
    for doc, engine in ((saturated_doc(cstc), None), (findings_doc(), penalty_engine)):
        singles = {s.finding_id: s.points for s in points_at_stake(doc, cstc, "地市", engine)}
        groups = points_at_stake_by_check(doc, cstc, "地市", engine)
        assert sorted(i for g in groups for i in g.finding_ids) == sorted(singles)
        for group in groups:
            assert {str(f["check"]) for f in doc["findings"] if f["id"] in group.finding_ids} == {group.check}
            assert group.points >= max(singles[i] for i in group.finding_ids)
        points = [g.points for g in groups]
        assert points == sorted(points, reverse=True)
    # penalty rule, 15 findings against 管理保障 (floor 0): one broken link alone is worth 0, all 13 together are not
    many = [finding(f"b:{n:02d}", "broken-link", "管理保障", target=f"http://x/{n}") for n in range(12)]
    doc = findings_doc(extra_findings=many)
    groups = {g.check: g for g in points_at_stake_by_check(doc, cstc, "地市", penalty_engine)}
    assert groups["broken-link"].count == 13
    # 管理保障 goes from 0 (15 findings) to 1 − 0.2 (missing-element, no-ipv6 left)
    assert groups["broken-link"].points == (cstc.tiers["地市"].weights["管理保障"] * Decimal("0.8")).quantize(
        Decimal("0.01"))


def test_all_fixed_equals_every_delta_applied(cstc: Methodology) -> None:
    doc = saturated_doc(cstc)
    total = points_if_all_fixed(doc, cstc, "地市")
    assert total.check is None and total.count == len(doc["findings"])
    # independently: add every finding's deltas to the measurements by hand and score the document without findings
    metrics = dict(doc["metrics"])
    for f in doc["findings"]:
        for name, delta in f["metric_deltas"].items():
            metrics[name] = round(metrics[name] + delta, 9)
    engine = index_engine(cstc, "地市")
    fixed = {**doc, "findings": [], "metrics": metrics}
    change, deltas = weighted_change(cstc.tiers["地市"], engine(doc), engine(fixed))
    assert total.points == change.quantize(Decimal("0.01")) and total.deltas == deltas
    groups = points_at_stake_by_check(doc, cstc, "地市")
    assert total.points >= max(g.points for g in groups) > 0
    assert points_if_all_fixed({**doc, "findings": []}, cstc, "地市").points == 0
