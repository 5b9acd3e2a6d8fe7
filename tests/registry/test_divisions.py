"""Administrative divisions: validity by year, name resolution, errors, and the 2020 published table."""

from __future__ import annotations

import csv
from collections import defaultdict
from importlib import resources

import pytest

from govweb.errors import BadInput
from govweb.registry import Divisions, NameAmbiguous, NameNotFound, NameQuery
from govweb.registry._names import short_forms


@pytest.fixture(scope="module")
def divisions() -> Divisions:
    return Divisions.load()


def _published_rows() -> list[dict[str, str]]:
    path = resources.files("govweb") / "data" / "reference" / "2020-published-results.csv"
    return list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines()))


# -- validity by year ------------------------------------------------------------------------------------


def test_load_is_cached(divisions: Divisions) -> None:
    assert Divisions.load() is divisions


def test_validity_by_year_includes_the_year_of_change(divisions: Divisions) -> None:
    # 新津县 510132 became 新津区 510118 in 2020: both valid in 2020, only one before and after.
    assert divisions.lookup("510132", 2019).name == "新津县"
    assert divisions.lookup("510118", 2019) is None
    assert divisions.lookup("510132", 2020).name == "新津县"
    assert divisions.lookup("510118", 2020).name == "新津区"
    assert divisions.lookup("510132", 2021) is None
    assert divisions.lookup("510118", 2024).valid_from == 2020


def test_renamed_code_in_year_of_change_is_the_new_name(divisions: Divisions) -> None:
    # 130502 was 邢台市桥东区 until 2020 and 襄都区 from 2020 (same code, 状态 变更).
    assert divisions.lookup("130502", 2019).name == "桥东区"
    assert divisions.lookup("130502", 2020).name == "襄都区"
    assert [d.name for d in divisions.history("130502")] == ["桥东区", "襄都区"]


def test_valid_in_year_counts(divisions: Divisions) -> None:
    provinces_2020 = divisions.valid_in(2020, level="省级")
    assert len(provinces_2020) == 34  # 31 provinces + 台湾、香港、澳门
    assert "重庆市" not in {d.name for d in divisions.valid_in(1990, level="省级")}
    assert "重庆市" in {d.name for d in provinces_2020}
    assert {d.code for d in divisions.valid_in(2020)} >= {"510118", "510132"}
    at_end = {d.code for d in divisions.valid_in(2020, year_end=True)}
    assert "510118" in at_end and "510132" not in at_end


@pytest.mark.parametrize(
    ("year", "prefectures", "counties"), [(2019, 333, 2846), (2020, 333, 2844), (2021, 333, 2843)]
)
def test_year_end_counts_match_the_official_statistics(
    divisions: Divisions, year: int, prefectures: int, counties: int
) -> None:
    # 民政部 行政区划统计表 (end of each year): 333 地级, and 2,846 / 2,844 / 2,843 县级 divisions.
    assert len(divisions.valid_in(year, "地级", year_end=True)) == prefectures
    assert len(divisions.valid_in(year, "县级", year_end=True)) == counties


def test_parent_names_are_as_of_the_year(divisions: Divisions) -> None:
    # 樊城区 sits in 襄樊市 until it was renamed 襄阳市 (2010).
    assert divisions.resolve("樊城区", 2005).prefecture == "襄樊市"
    assert divisions.resolve("樊城区", 2020).prefecture == "襄阳市"
    xicheng = divisions.resolve("西城区", 2020, city="北京市")
    assert (xicheng.code, xicheng.prefecture, xicheng.city) == ("110102", None, "北京市")
    assert divisions.resolve("鼓楼区", 2020, city="福州市").full_name == "福建省福州市鼓楼区"


# -- name resolution -------------------------------------------------------------------------------------


@pytest.mark.parametrize("year", [2000, 2010, 2020, 2024])
def test_every_division_resolves_back_from_its_name(divisions: Divisions, year: int) -> None:
    # Every division in force at the year's end is found by its name (counties with their city); in a year
    # where a name moved to a new code, the name means the new code.
    wrong = []
    for division in divisions.valid_in(year, year_end=True):
        city = division.city if division.level == "县级" else None
        if divisions.resolve(division.name, year, city).code != division.code:
            wrong.append(division)
    assert wrong == []


def test_exact_name_wins_in_year_of_change(divisions: Divisions) -> None:
    assert divisions.resolve("新津区", 2020).code == "510118"
    assert divisions.resolve("新津县", 2020).code == "510132"
    # A short form matching both: the code still in force at the year's end.
    assert divisions.resolve("新津", 2020).code == "510118"
    assert divisions.resolve("新津", 2019).code == "510132"


@pytest.mark.parametrize(
    ("short", "code"),
    [
        ("凉山州", "513400"),
        ("恩施州", "422800"),
        ("黔西南州", "522300"),
        ("黔南州", "522700"),
        ("红河州", "532500"),
        ("伊犁州", "654000"),
        ("延边州", "222400"),
        ("海西州", "632800"),
        ("木里县", "513422"),
        ("阿里", "542500"),
        ("广西", "450000"),
        ("内蒙古", "150000"),
        ("新疆", "650000"),
        ("深圳", "440300"),
        ("广东", "440000"),
    ],
)
def test_short_forms(divisions: Divisions, short: str, code: str) -> None:
    assert divisions.resolve(short, 2020).code == code


def test_short_forms_are_derived_by_rule() -> None:
    assert short_forms("双江拉祜族佤族布朗族傣族自治县") == {"双江", "双江县"}
    assert short_forms("克孜勒苏柯尔克孜自治州") == {"克孜勒苏", "克孜勒苏州"}
    assert short_forms("内蒙古自治区") == {"内蒙古"}  # 蒙古 is not stripped from 内蒙古
    assert short_forms("郊区") == set()  # too short to shorten
    assert short_forms("和县") == set()


def test_full_width_and_spaces_are_ignored(divisions: Divisions) -> None:
    assert divisions.resolve(" 广西壮族自治区\u3000", 2020).code == "450000"
    assert divisions.resolve("鼓楼 区", 2020, city=" 福州 ").code == "350102"


def test_aliases_from_the_data_file(divisions: Divisions) -> None:
    assert divisions.resolve("西海岸新区", 2020).code == "370211"
    assert divisions.resolve("西海岸新区", 2020, city="青岛市").name == "黄岛区"
    assert divisions.resolve("博州", 2020).code == "652700"
    with pytest.raises(NameNotFound):  # the new area was set up in 2014
        divisions.resolve("西海岸新区", 2010)


def test_aliases_carry_a_source_note() -> None:
    import yaml

    data = yaml.safe_load((resources.files("govweb") / "data" / "aliases.yaml").read_text(encoding="utf-8"))
    assert data["aliases"]
    for entry in data["aliases"]:
        assert entry["source"].strip() and len(str(entry["code"])) == 6


RESOLVED_WITH_HINTS = [
    # the city disambiguates districts
    ("鼓楼区", {"city": "福州市"}, "350102"),
    ("鼓楼区", {"city": "南京"}, "320106"),
    ("市中区", {"city": "济南市"}, "370103"),
    ("龙里县", {"city": "黔南州"}, "522730"),
    ("朝阳区", {"city": "北京"}, "110105"),
    # an ambiguous city is narrowed by the name: 吉林 is a province and a prefecture, 海南 a province and a
    # prefecture of 青海, and either can be meant
    ("船营区", {"city": "吉林"}, "220204"),
    ("琼海市", {"city": "海南"}, "469002"),
    ("共和县", {"city": "海南"}, "632521"),
    # names qualified by their province or city
    ("福州市鼓楼区", {}, "350102"),
    ("福建省福州市鼓楼区", {}, "350102"),
    ("深圳罗湖区", {}, "440303"),  # as the publication writes 区县
    ("四川省成都市新津区", {}, "510118"),
    ("鼓楼区", {"city": "江苏省南京市"}, "320106"),
    # the tier hints the level
    ("吉林", {"tier": "省、自治区"}, "220000"),
    ("吉林", {"tier": "地市"}, "220200"),
    ("朝阳", {"tier": "地市"}, "211300"),
    ("成都市", {"tier": "副省级城市"}, "510100"),
]


@pytest.mark.parametrize(("name", "hints", "code"), RESOLVED_WITH_HINTS,
                         ids=[f"{name}-{'-'.join(hints.values())}" for name, hints, _ in RESOLVED_WITH_HINTS])
def test_hints_and_qualifiers_resolve(divisions: Divisions, name: str, hints: dict[str, str], code: str) -> None:
    assert divisions.resolve(name, 2020, **hints).code == code


def test_a_qualifier_from_another_city_is_not_found(divisions: Divisions) -> None:
    with pytest.raises(NameNotFound):
        divisions.resolve("深圳鼓楼区", 2020)


def test_tier_hints_the_level(divisions: Divisions) -> None:
    assert divisions.resolve("北京市", 2020, tier="直辖市").level == "省级"


# -- errors ----------------------------------------------------------------------------------------------


def test_ambiguous_name_lists_candidates(divisions: Divisions) -> None:
    with pytest.raises(NameAmbiguous) as info:
        divisions.resolve("鼓楼区", 2020)
    assert [d.code for d in info.value.candidates] == ["320106", "320302", "350102", "410204"]
    assert "所属城市" in info.value.message and "350102" in info.value.message


def test_unknown_name_in_that_year_names_other_years(divisions: Divisions) -> None:
    with pytest.raises(NameNotFound) as info:
        divisions.resolve("新津县", 2024)
    assert "510132" in info.value.message and "2020" in info.value.message
    assert {d.code for d in info.value.candidates} == {"510132", "512732"}


def test_wrong_city_is_reported(divisions: Divisions) -> None:
    with pytest.raises(NameNotFound) as info:
        divisions.resolve("鼓楼区", 2020, city="成都市")
    assert "四川省成都市" in info.value.message and len(info.value.candidates) == 4
    with pytest.raises(NameNotFound) as city_info:
        divisions.resolve("鼓楼区", 2020, city="火星市")
    assert city_info.value.column == "所属城市"


def test_resolve_many_collects_every_failure(divisions: Divisions) -> None:
    queries = [
        NameQuery("福州市", row=2, tier="省会城市"),
        NameQuery("鼓楼区", row=3),
        NameQuery("不存在县", row=4),
        NameQuery("罗湖区", city="深圳市", row=5),
        NameQuery("鼓楼区", city="不存在市", row=6),
    ]
    with pytest.raises(BadInput) as info:
        divisions.resolve_many(queries, 2020, file="sites.csv")
    problems = info.value.problems
    assert [(p.row, p.column) for p in problems] == [(3, "名称"), (4, "名称"), (6, "所属城市")]
    assert all(p.file == "sites.csv" for p in problems)
    assert "320106" in problems[0].message  # candidates are listed
    assert "文件 sites.csv，第 3 行，列「名称」" in str(info.value)
    assert info.value.exit_code == 2
    ok = divisions.resolve_many(queries[::3], 2020)
    assert [d.code for d in ok] == ["350100", "440303"]


# -- the 2020 published results --------------------------------------------------------------------------


def test_every_published_2020_row_resolves_uniquely(divisions: Divisions) -> None:
    rows = _published_rows()
    assert len(rows) == 320
    queries = [
        NameQuery(r["名称"], r["所属城市"] or None, row=i + 2, tier=r["级别"]) for i, r in enumerate(rows)
    ]
    resolved = divisions.resolve_many(queries, 2020, file="2020-published-results.csv")
    by_tier: dict[str, set[str]] = defaultdict(set)
    for row, division in zip(rows, resolved, strict=True):
        assert division.valid_in(2020)
        by_tier[row["级别"]].add(division.code)
        if row["级别"] == "区县":
            assert division.level == "县级"
    # no two rows of one table resolve to the same division
    assert {t: len(c) for t, c in by_tier.items()} == {
        "直辖市": 4, "省、自治区": 23, "副省级城市": 15, "省会城市": 23, "地市": 131, "区县": 124,
    }
    assert "510100" in by_tier["副省级城市"] & by_tier["省会城市"]  # 成都市 in two tables
    assert "510118" in by_tier["区县"]  # 新津区, not 新津县
    assert "370211" in by_tier["区县"]  # 西海岸新区
    assert {"513400", "422800", "522700", "522300"} <= by_tier["地市"]  # 凉山州 恩施州 黔南州 黔西南州


def _tied_pairs(divisions: Divisions, tier: str) -> list[tuple[str, str]]:
    """(code, next code) for each pair of neighbouring rows sharing a rank, in published order."""
    rows = [r for r in _published_rows() if r["级别"] == tier]
    queries = [NameQuery(r["名称"], r["所属城市"] or None, tier=tier) for r in rows]
    codes = [d.code for d in divisions.resolve_many(queries, 2020)]
    return [(codes[i], codes[i + 1]) for i in range(len(rows) - 1) if rows[i]["排名"] == rows[i + 1]["排名"]]


@pytest.mark.parametrize(("tier", "ties"), [("直辖市", 0), ("省、自治区", 3), ("副省级城市", 3), ("省会城市", 3)])
def test_published_ties_follow_admin_code_order(divisions: Divisions, tier: str, ties: int) -> None:
    # These tables carry the note "排名相同按照行政区划排列" (直辖市 has no tie to order).
    pairs = _tied_pairs(divisions, tier)
    assert len(pairs) == ties
    assert all(a < b for a, b in pairs), pairs


def test_tables_without_the_note_are_not_in_code_order(divisions: Divisions) -> None:
    # The check above can fail: 地市 ties are printed in another order (苏州市 before 无锡市).
    assert ("320500", "320200") in _tied_pairs(divisions, "地市")
