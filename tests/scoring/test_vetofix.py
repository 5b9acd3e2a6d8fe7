"""The smallest set of fixes that lifts each veto, read backwards from the veto rules and the sheet's limits."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from govweb.scoring.inspection import load_sheet
from govweb.scoring.vetofix import KEY_TYPES, veto_fixes

LIMITS = load_sheet().limits   # the bundled sheet: 5 key stale, 10 stale, 5 blank columns fire 栏目不更新


def _doc(key: int, other: int, empty: int) -> dict[str, Any]:
    findings = [{"id": f"k{n}", "check": "stale-column", "type": KEY_TYPES[n % 3]} for n in range(key)]
    findings += [{"id": f"o{n}", "check": "stale-column", "type": "人事"} for n in range(other)]
    findings += [{"id": f"e{n}", "check": "empty-column", "type": "其他"} for n in range(empty)]
    return {"findings": findings, "vetoes": [{"rule": "columns-stale", "reason": "…"}]}


def _fires(findings: list[dict[str, Any]]) -> bool:
    """The checks' columns-stale rule (checks/vetoes.py) on the bundled limits."""
    stale = [f for f in findings if f["check"] == "stale-column"]
    key = [f for f in stale if f["type"] in KEY_TYPES]
    empty = [f for f in findings if f["check"] == "empty-column"]
    return (len(key) >= LIMITS["stale_key_veto"] or len(stale) >= LIMITS["stale_any_veto"]
            or len(empty) >= LIMITS["blank_veto"])


@settings(max_examples=80, deadline=None)
@given(st.integers(0, 9), st.integers(0, 9), st.integers(0, 8))
def test_columns_stale_fix_lifts_the_veto_and_nothing_smaller_would(key: int, other: int, empty: int) -> None:
    doc = _doc(key, other, empty)
    if not _fires(doc["findings"]):
        return
    [fix] = veto_fixes(doc)
    left = [f for f in doc["findings"] if f["id"] not in fix.fix]
    assert not _fires(left) and fix.lifts
    need_key = max(0, key - LIMITS["stale_key_veto"] + 1)
    need_stale = max(need_key, key + other - LIMITS["stale_any_veto"] + 1)
    need_empty = max(0, empty - LIMITS["blank_veto"] + 1)
    assert len(fix.fix) == need_stale + need_empty   # the smallest number of columns that can lift it
    assert set(fix.fix) <= set(fix.behind) and len(set(fix.fix)) == len(fix.fix)


def test_the_most_valuable_stale_column_is_chosen_and_the_steps_say_how_many() -> None:
    doc = _doc(5, 2, 0)
    [fix] = veto_fixes(doc, stakes={"k3": Decimal("1.20"), "k1": Decimal("0.40")})
    assert fix.fix == ("k3",) and len(fix.behind) == 5  # only the key columns count for this condition
    assert fix.steps == ("动态要闻、通知公告、政策文件类栏目未按期更新 5 个，须少于 5 个：至少更新其中 1 个",)


def test_interaction_and_service_need_the_missing_channel_or_every_finding() -> None:
    late = [{"id": f"m{n}", "check": "unanswered-message"} for n in range(3)]
    guides = [{"id": f"g{n}", "check": "incomplete-service-guide"} for n in range(2)]
    vetoes = [{"rule": "interaction-poor"}, {"rule": "service-unusable"}]
    interaction, service = veto_fixes({"findings": late + guides, "vetoes": vetoes})
    assert interaction.fix == ("m0", "m1", "m2") and "3 条留言" in interaction.steps[0]
    assert service.fix == ("g0", "g1") and service.label == "服务不实用"
    missing = [{"id": "x", "check": "missing-element", "element": "互动交流"}]
    [interaction] = veto_fixes({"findings": missing + late, "vetoes": vetoes[:1]})
    assert interaction.fix == ("x",) and "互动渠道" in interaction.steps[0]


def test_a_veto_no_finding_names_is_said_to_need_more() -> None:
    [fix] = veto_fixes({"findings": [], "vetoes": [{"rule": "site-unreachable", "reason": "20 次探测中 2 次…"}]})
    assert fix.fix == () and not fix.lifts and "5%" in fix.steps[0]
