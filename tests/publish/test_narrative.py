"""Introductory sentences: the cstc-2020 templates reproduce the published ones; the language's options."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govweb.errors import BadInput
from govweb.publish import build_report, narrative
from govweb.scoring import load_methodology, rank_table, read_table
from govweb.scoring.model import RankedRow

from .publish_helpers import REFERENCE_CSV, published_sentences, reference_ranking


@pytest.fixture(scope="module")
def methodology():
    return load_methodology("cstc-2020")


def test_published_text_has_six_sentences() -> None:
    assert set(published_sentences()) == {"直辖市", "省、自治区", "副省级城市", "省会城市", "地市", "区县"}


def test_sentences_from_the_published_order(methodology) -> None:
    report = build_report(reference_ranking(), methodology)
    expected = published_sentences()
    assert {s.tier: s.sentence for s in report.sections} == expected


def test_sentences_after_ranking_by_scoring(methodology) -> None:
    """Scoring reorders ties by administrative code; the names are still those the publication gives."""
    ranking = rank_table(read_table(REFERENCE_CSV, methodology), methodology)
    report = build_report(ranking, methodology)
    assert {s.tier: s.sentence for s in report.sections} == published_sentences()


def row(rank: int, name: str, city: str | None = None, source_row: int | None = None) -> RankedRow:
    return RankedRow(tier="区县", rank=rank, name=name, city=city, admin_code=None, indices={},
                     total=Decimal(100 - rank), source_row=source_row)


ROWS = [row(1, "甲区", "深圳市", 5), row(2, "乙区", "广州市", 4), row(2, "丙县", "黔南州", 3), row(3, "丁区", "北京市", 2)]


def test_ties_marks_and_items() -> None:
    text = narrative.render("{names|ranks=3|item={city_short}{name}}。", ROWS, year=2020, tier="区县", shown=None)
    assert text == "深圳甲区、广州乙区/黔南州丙县（并列第2）、北京丁区。"


def test_tail_goes_before_the_last_tie_mark() -> None:
    text = narrative.render("{names|ranks=2|tail=政府网站}位列", ROWS, year=2020, tier="区县", shown=None)
    assert text == "甲区、乙区/丙县政府网站（并列第2）位列"
    plain = narrative.render("{names|ranks=3|tail=政府网站}位列", ROWS, year=2020, tier="区县", shown=None)
    assert plain.endswith("丁区政府网站位列")


def test_tie_order_input_and_explicit_order() -> None:
    by_input = narrative.render("{names|ranks=2|ties=input|mark=(并列第{rank}，{size}个)}", ROWS,
                                year=2020, tier="区县", shown=None)
    assert by_input == "甲区、丙县/乙区(并列第2，2个)"
    ordered = narrative.render("{names|ranks=2|order=丙县/乙区}", ROWS, year=2020, tier="区县", shown=None)
    assert ordered == "甲区、丙县/乙区（并列第2）"


def test_scalars() -> None:
    text = narrative.render("{year}年{tier}{names|ranks=5}第1到第{last}名，共{count}个，前{shown}名", ROWS,
                            year=2021, tier="区县", shown=3)
    assert text == "2021年区县甲区、乙区/丙县（并列第2）、丁区第1到第3名，共4个，前3名"


def test_no_top_n_above_a_table_with_fewer_ranks(methodology) -> None:
    """A 4-row table is not the 前20名 or 前100名: the sentence just says the results follow."""
    for tier in ("省、自治区", "地市", "区县"):
        rows = [RankedRow(tier=tier, rank=r.rank, name=r.name, city=r.city, admin_code=None, indices={},
                          total=r.total, source_row=r.source_row) for r in ROWS]
        text = narrative.render(methodology.tiers[tier].narrative or "", rows, year=2020, tier=tier,
                                shown=methodology.tiers[tier].publish_top)
        assert "前20名" not in text and "前100名" not in text, text
        assert text.endswith(f"{tier}政府网站评估结果如下表所示。"), text
        assert "前3名" in text  # the names sentence still says which ranks it names


def test_no_doubled_words_whatever_the_registry_calls_a_site(methodology) -> None:
    """A round's registry names sites in full ("湖州市人民政府", "赣州市章贡区人民政府"): no 政府政府, no 赣州赣州."""
    cities = [RankedRow(tier="地市", rank=1, name="湖州市人民政府", city=None, admin_code=None, indices={},
                        total=Decimal(90)),
              RankedRow(tier="地市", rank=2, name="苏州市人民政府网站", city=None, admin_code=None, indices={},
                        total=Decimal(80))]
    text = narrative.render(methodology.tiers["地市"].narrative or "", cities, year=2020, tier="地市", shown=100)
    assert "湖州市人民政府、苏州市人民政府网站位列" in text and "政府政府" not in text
    counties = [RankedRow(tier="区县", rank=1, name="赣州市章贡区人民政府", city="赣州市", admin_code=None, indices={},
                          total=Decimal(90)),
                RankedRow(tier="区县", rank=2, name="宁都县人民政府", city="赣州市", admin_code=None, indices={},
                          total=Decimal(80))]
    text = narrative.render(methodology.tiers["区县"].narrative or "", counties, year=2020, tier="区县", shown=100)
    assert text.startswith("2020年中国政府网站绩效评估中，赣州市章贡区人民政府、赣州宁都县人民政府位列"), text
    provinces = [RankedRow(tier="省、自治区", rank=1, name="浙江省人民政府", city=None, admin_code=None, indices={},
                           total=Decimal(90))]
    text = narrative.render(methodology.tiers["省、自治区"].narrative or "", provinces, year=2020, tier="省、自治区",
                            shown=20)
    assert "浙江省人民政府网站位列" in text


def test_literal_braces() -> None:
    assert narrative.render("{{x}}{tier}", ROWS, year=2020, tier="区县", shown=None) == "{x}区县"


@pytest.mark.parametrize("template", [
    "{nmaes}", "{names|rank=3}", "{names|ranks=x}", "{names|item={nam}}", "{names|ties=admin}", "{year|x=1}",
    "{names", "names}", "{names|ranks}",
])
def test_bad_templates_are_errors(template: str) -> None:
    with pytest.raises(BadInput) as info:
        narrative.validate(template, "tiers.区县.narrative")
    assert "tiers.区县.narrative" in str(info.value)
