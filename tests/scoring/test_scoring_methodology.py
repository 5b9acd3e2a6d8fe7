"""Methodology files: the documented shape, defaults, and clear Chinese errors naming file and key."""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from govweb.errors import BadInput
from govweb.scoring import load_methodology, methodology_yaml, parse_methodology

from .scoring_helpers import SMALL_METHODOLOGY

ISSUE_SHAPE = """\
name: cstc-2020
rounding: {index: 2, total: 1, mode: half-up}
indices: [信息发布, 数据开放, 解读回应, 办事服务, 互动交流, 管理保障, 功能推广, 创新案例]
tiers:                      # order here = order of tables in outputs
  直辖市:
    weights: {信息发布: 33, 数据开放: 8, 解读回应: 7, 办事服务: 21, 互动交流: 8, 管理保障: 14, 功能推广: 9}
    bonus: {创新案例: 10}
    tie_order: admin-code
  省、自治区:
    weights: {信息发布: 33.5, 数据开放: 7.5, 解读回应: 8, 办事服务: 21, 互动交流: 8, 管理保障: 13, 功能推广: 9}
    bonus: {创新案例: 10}
  省会城市:
    weights: {信息发布: 100}
  地市:
    weights: {信息发布: 100}
  区县:
    weights: {信息发布: 100}
  部门:
    weights: {信息发布: 100}
"""


def _load(tmp_path: Path, text: str) -> object:
    path = tmp_path / "m.yaml"
    path.write_text(text, encoding="utf-8")
    return load_methodology(str(path))


def _errors(tmp_path: Path, text: str) -> str:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BadInput) as info:
        load_methodology(str(path))
    assert info.value.exit_code == 2
    message = str(info.value)
    assert str(path) in message
    return message


def test_issue_shape_with_defaults(tmp_path: Path) -> None:
    m = _load(tmp_path, ISSUE_SHAPE)
    assert m.name == "cstc-2020" and m.as_of is None  # type: ignore[attr-defined]
    tiers = m.tiers  # type: ignore[attr-defined]
    assert list(tiers) == ["直辖市", "省、自治区", "省会城市", "地市", "区县", "部门"]
    assert {t: s.publish_top for t, s in tiers.items()} == {
        "直辖市": None, "省、自治区": 20, "省会城市": 20, "地市": 100, "区县": 100, "部门": None}
    assert tiers["省、自治区"].weights["信息发布"] == Decimal("33.5")
    assert tiers["地市"].tie_order == "admin-code" and tiers["地市"].bonus == {}
    assert all(s.narrative is None and s.calibrate_with is None for s in tiers.values())


def test_optional_keys_and_items(tmp_path: Path) -> None:
    text = SMALL_METHODOLOGY.replace("    tie_order: input\n", "    tie_order: input\n    publish_top: null\n"
                                     "    narrative: \"{year}年，{names}位列{tier}前10名。\"\n"
                                     "    calibrate_with: 地市\n")
    text += "items:\n  信息发布:\n    - {name: 栏目更新, weight: 2}\n"
    m = _load(tmp_path, text)
    county = m.tiers["区县"]  # type: ignore[attr-defined]
    assert county.publish_top is None and county.calibrate_with == "地市"
    assert county.narrative == "{year}年，{names}位列{tier}前10名。"
    assert m.as_of == datetime.date(2020, 11, 26)  # type: ignore[attr-defined]
    assert m.items == {"信息发布": [{"name": "栏目更新", "weight": 2}]}  # type: ignore[attr-defined]


def test_bundled_by_name() -> None:
    m = load_methodology("cstc-2020")
    assert list(m.tiers) == ["直辖市", "省、自治区", "副省级城市", "省会城市", "地市", "区县"]
    assert all(sum(s.weights.values()) == 100 for s in m.tiers.values())
    assert all(s.bonus == {"创新案例": Decimal(10)} and s.tie_order == "admin-code" for s in m.tiers.values())
    assert "数据开放" not in m.tiers["区县"].weights
    assert m.tiers["直辖市"].calibrate_with == "省、自治区"


def test_veto_effect_defaults_to_flag_and_is_explicit_in_cstc(tmp_path: Path) -> None:
    assert _load(tmp_path, SMALL_METHODOLOGY).veto_effect == "flag"  # type: ignore[attr-defined]
    text = SMALL_METHODOLOGY.replace("name: small\n", "name: small\nveto_effect: exclude\n")
    excluding = _load(tmp_path, text)
    assert excluding.veto_effect == "exclude"  # type: ignore[attr-defined]
    assert parse_methodology(methodology_yaml(excluding), "again.yaml").veto_effect == "exclude"  # type: ignore[arg-type]
    from importlib.resources import files

    assert "\nveto_effect: flag" in (files("govweb") / "methodologies" / "cstc-2020.yaml").read_text(encoding="utf-8")


def test_yaml_round_trip_keeps_everything() -> None:
    m = load_methodology("cstc-2020")
    m2 = m.model_copy(update={"tiers": {**m.tiers, "区县": m.tiers["区县"].model_copy(
        update={"narrative": '区县: "{names}" #1'})}})
    again = parse_methodology(methodology_yaml(m2, ["header"]), "again.yaml")
    assert again == m2


def test_weights_must_sum_to_100(tmp_path: Path) -> None:
    message = _errors(tmp_path, SMALL_METHODOLOGY.replace("办事服务: 30}", "办事服务: 28}"))
    assert "tiers.地市.weights" in message and "核心权重之和应为 100，实际为 98" in message


def test_unknown_index_names(tmp_path: Path) -> None:
    text = SMALL_METHODOLOGY.replace("{信息发布: 60, 办事服务: 40}", "{信息发布: 60, 服务办事: 40}")
    text = text.replace("bonus: {创新案例: 10}\n    tie_order: input", "bonus: {创新: 10}\n    tie_order: input")
    message = _errors(tmp_path, text)
    assert "tiers.区县.weights" in message and "未知指标「服务办事」" in message
    assert "tiers.区县.bonus" in message and "未知指标「创新」" in message


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("tie_order: input", "tie_order: random"), "tiers.区县.tie_order：取值无效"),
        (("tie_order: input", "tie_order: input\n    colour: red"), "tiers.区县.colour：未知的键"),
        (("name: small\n", ""), "name：缺少必填项"),
        (("as_of: 2020-11-26", "as_of: yesterday"), "as_of：应为日期"),
        (("tie_order: input", "tie_order: input\n    calibrate_with: 省级"), "calibrate_with：「省级」不是"),
        (("tie_order: input", "tie_order: input\n    publish_top: 0"), "tiers.区县.publish_top：取值过小"),
        (("{信息发布: 60, 办事服务: 40}", "{信息发布: 60, 办事服务: abc}"), "tiers.区县.weights"),
        (("{信息发布: 60, 办事服务: 40}", "{信息发布: 140, 办事服务: -40}"), "权重不能为负数：办事服务"),
        (("indices: [信息发布, 数据开放, 办事服务, 创新案例]", "indices: [信息发布, 数据开放, 办事服务, 创新案例, 信息发布]"),
         "指标名称重复：信息发布"),
        (("rounding: {index: 2, total: 1, mode: half-up}", "rounding: {index: 2, total: 1, mode: bankers}"),
         "rounding.mode：取值无效"),
        (("name: small\n", "name: small\nveto_effect: drop\n"), "veto_effect：取值无效"),
    ],
)
def test_invalid_files_name_the_key(tmp_path: Path, change: tuple[str, str], expected: str) -> None:
    assert change[0] in SMALL_METHODOLOGY
    assert expected in _errors(tmp_path, SMALL_METHODOLOGY.replace(*change))


def test_every_problem_in_one_error(tmp_path: Path) -> None:
    text = SMALL_METHODOLOGY.replace("办事服务: 30}", "办事服务: 31}").replace("tie_order: input", "tie_order: x")
    with pytest.raises(BadInput) as info:
        _load(tmp_path, text)
    keys = {p.message.split("：")[0] for p in info.value.problems}
    assert keys == {"键 tiers.地市.weights", "键 tiers.区县.tie_order"}


def test_yaml_syntax_error_names_line(tmp_path: Path) -> None:
    message = _errors(tmp_path, "name: x\ntiers: {a: [1, 2\n")
    assert "不是有效的 YAML" in message and "第 3 行" in message


def test_missing_file_and_unknown_name(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="找不到评估方法文件"):
        load_methodology(str(tmp_path / "none.yaml"))
    with pytest.raises(BadInput, match="未知的评估方法「cstc-1999」.*cstc-2020"):
        load_methodology("cstc-1999")
