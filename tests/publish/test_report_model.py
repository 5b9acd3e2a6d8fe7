"""The report model: published rows, tie notes, statistics, charts, map data."""

from __future__ import annotations

import statistics
from decimal import Decimal

import pytest
import yaml

from govweb.errors import BadInput
from govweb.publish import build_report
from govweb.publish.chinamap import match_province, provinces
from govweb.publish.stats import band_of
from govweb.scoring import Methodology, load_methodology, parse_methodology
from govweb.scoring.model import RankedRow, RankedTable, Ranking

from .publish_helpers import reference_ranking


@pytest.fixture(scope="module")
def report():
    return build_report(reference_ranking(), load_methodology("cstc-2020"), title="测试标题")


def test_structure_follows_the_publication(report) -> None:
    assert report.title == "测试标题"
    assert [(p.number, p.heading) for p in report.parts] == [
        ("一", "省级政府网站评估结果"), ("二", "地市级以上城市政府网站评估结果"), ("三", "区县政府网站评估结果")]
    assert [s.number for s in report.parts[1].sections] == ["（一）", "（二）", "（三）"]
    assert report.parts[2].sections[0].number == ""
    county = report.parts[2].sections[0]
    assert county.columns[:3] == ["排名", "名称", "所属城市"] and "数据开放指数" not in county.columns


def test_published_rows_and_tie_notes(report) -> None:
    by_tier = {s.tier: s for s in report.sections}
    assert max(r.rank for r in by_tier["省、自治区"].rows) == 20
    assert all(r.rank <= 100 for r in by_tier["地市"].rows)
    assert by_tier["直辖市"].tie_note is None  # no ties among the four
    assert by_tier["省、自治区"].tie_note == "注：排名相同按照行政区划排列。"


def test_statistics_agree_with_the_rows(report) -> None:
    for section in report.sections:
        totals = [float(r.total) for r in section.all_rows]
        stats = section.stats
        assert stats.count == len(section.all_rows)
        assert sum(n for _, n in stats.bands) == stats.count
        assert abs(float(stats.mean) - statistics.fmean(totals)) <= 0.05
        assert abs(float(stats.median) - statistics.median(totals)) <= 0.05
        assert stats.q1 <= stats.median <= stats.q3
        assert stats.maximum == max(r.total for r in section.all_rows)
    municipal = report.sections[0].stats
    assert dict(municipal.bands) == {"卓越": 0, "优秀": 2, "良好": 0, "发展": 2, "准备": 0}
    assert municipal.index_means["信息发布"] == Decimal("0.69")  # (0.82+0.80+0.64+0.49)/4 = 0.6875


def test_bands() -> None:
    assert [band_of(Decimal(v)) for v in ("95", "94.9", "85", "75", "60", "59.9")] == \
        ["卓越", "优秀", "优秀", "良好", "发展", "准备"]


def test_map_covers_every_province_and_marks_missing_ones(report) -> None:
    items, lines = provinces()
    assert len(items) == 34 and lines  # 31 + 台湾省, 香港, 澳门; the 南海诸岛 boundary line
    hainan = next(p for p in items if p.name == "海南省")
    assert min(float(r[:, 1].min()) for r in hainan.rings) < 10  # islands far south of the main island
    assert report.missing_provinces == ["黑龙江省", "西藏自治区", "甘肃省", "新疆维吾尔自治区", "台湾省",
                                        "香港特别行政区", "澳门特别行政区"]
    assert match_province("北京市", None) == "110000"
    assert match_province("深圳市", None) is None
    assert match_province("某省", "650000") == "650000"


def test_figures_render_as_png_and_svg(report) -> None:
    fig = report.sections[0].figures[0]
    assert fig.data("png").startswith(b"\x89PNG")
    assert b"<svg" in fig.data("svg")
    assert report.map_figure is not None and report.map_figure.data("png").startswith(b"\x89PNG")


def small_ranking(tier: str) -> Ranking:
    rows = [RankedRow(tier=tier, rank=rank, name=name, city=None, admin_code=None,
                      indices={"信息发布": Decimal(v)}, total=Decimal(t), source_row=i + 2)
            for i, (rank, name, v, t) in enumerate([(1, "甲站", "0.9", "90.0"), (1, "乙站", "0.9", "90.0"),
                                                    (2, "丙站", "0.5", "50.0")])]
    return Ranking(methodology="t", year=2024, as_of="2024-06-30",
                   tables=[RankedTable(tier=tier, rows=rows, index_names=["信息发布"])], totals_computed=True)


def methodology_with(tier: str, narrative: str | None) -> Methodology:
    return parse_methodology(yaml.safe_dump({
        "name": "t", "indices": ["信息发布"],
        "tiers": {tier: {"weights": {"信息发布": 100}, "tie_order": "input", "narrative": narrative}},
    }, allow_unicode=True), "t.yaml")


def test_custom_tier_with_default_narrative() -> None:
    report = build_report(small_ranking("部门"), methodology_with("部门", None))
    assert [(p.number, p.heading) for p in report.parts] == [("一", "部门政府网站评估结果")]
    section = report.sections[0]
    assert section.sentence == ("2024年政府网站绩效评估中，甲站/乙站（并列第1）、丙站政府网站位列部门政府网站前2名。"
                                "部门政府网站评估结果前3名如下表所示。")
    assert section.tie_note == "注：排名相同按照原表顺序排列。"
    assert report.map_figure is None  # no provincial rows
    assert report.title == "2024年政府网站绩效评估结果"
    assert "总分由评分模块按评估方法计算。" in report.notes


def test_bad_narrative_is_bad_input_naming_the_key() -> None:
    with pytest.raises(BadInput) as info:
        build_report(small_ranking("部门"), methodology_with("部门", "{names|rnaks=3}"))
    assert "tiers.部门.narrative" in str(info.value) and "rnaks" in str(info.value)
