"""Totals and dense ranks: exact half-up arithmetic, tie order, and property tests of the ranking invariants."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from govweb.scoring import (
    InputRow,
    InputTable,
    dense_rank,
    parse_methodology,
    quantize,
    rank_table,
    read_table,
    score_table,
)

from .scoring_helpers import SMALL_METHODOLOGY, govweb, read_out, write_csv

totals = st.decimals(min_value=0, max_value=110, places=1, allow_nan=False, allow_infinity=False)
# (total, tie key): tie keys are unique, like admin codes or input positions
entries = st.lists(st.tuples(totals, st.integers(0, 10**6)), max_size=60, unique_by=lambda e: e[1])


def _rank(items: list[tuple[Decimal, int]]) -> list[tuple[int, tuple[Decimal, int]]]:
    return dense_rank(items, lambda e: e[0], lambda e: e[1])


@given(entries)
def test_dense_ranks(items: list[tuple[Decimal, int]]) -> None:
    ranked = _rank(items)
    ranks = [r for r, _ in ranked]
    assert sorted(ranks) == ranks
    assert set(ranks) == set(range(1, len({e[0] for e in items}) + 1))  # 1, 2, 2, 3: no gaps


@given(entries)
def test_monotone_and_ties_share_ranks(items: list[tuple[Decimal, int]]) -> None:
    ranked = _rank(items)
    for (r1, (t1, _)), (r2, (t2, _)) in zip(ranked, ranked[1:], strict=False):
        assert t1 >= t2
        assert (r1 == r2) == (t1 == t2)
        assert r2 in (r1, r1 + 1)


@given(entries, st.randoms(use_true_random=False))
def test_permutation_invariant(items: list[tuple[Decimal, int]], rnd: random.Random) -> None:
    shuffled = list(items)
    rnd.shuffle(shuffled)
    assert _rank(shuffled) == _rank(items)


@given(entries)
def test_ties_follow_tie_key(items: list[tuple[Decimal, int]]) -> None:
    ranked = _rank(items)
    for (r1, (_, k1)), (r2, (_, k2)) in zip(ranked, ranked[1:], strict=False):
        if r1 == r2:
            assert k1 < k2


def test_half_up_not_bankers() -> None:
    assert quantize(Decimal("72.25"), 1) == Decimal("72.3")
    assert quantize(Decimal("72.35"), 1) == Decimal("72.4")
    assert quantize(Decimal("72.25"), 1, "half-even") == Decimal("72.2")


M = parse_methodology(SMALL_METHODOLOGY, "small.yaml")
HEADER = ["级别", "名称", "所属城市", "行政区划代码", "信息发布指数", "数据开放指数", "办事服务指数", "创新案例指数", "总分"]


def _table(tmp_path: Path, rows: list[list[str]]) -> Path:
    return write_csv(tmp_path / "t.csv", [HEADER, *rows])


def test_score_exact_decimal(tmp_path: Path) -> None:
    # 50·0.81 + 20·0.33 + 30·0.55 + 10·0.05 = 40.5 + 6.6 + 16.5 + 0.5 = 64.1; 区县: 60·0.8 + 40·0.5 + 10·0.37 = 71.7
    # 0.145·50 + 0.5·20 + 0.5·30 = 32.25 → 32.3 (half-up; binary floats would give 32.2)
    rows = [["地市", "甲市", "", "110100", "0.81", "0.33", "0.55", "0.05", "1"],
            ["地市", "乙市", "", "120100", "0.145", "0.5", "0.5", "0", "2"],
            ["区县", "丙区", "甲市", "110101", "0.8", "", "0.5", "0.37", "3"]]
    ranking = score_table(read_table(_table(tmp_path, rows), M), M)
    assert ranking.totals_computed
    got = {row.name: row.total for t in ranking.tables for row in t.rows}
    assert got == {"甲市": Decimal("64.1"), "乙市": Decimal("32.3"), "丙区": Decimal("71.7")}


def test_admin_code_ties_and_input_ties(tmp_path: Path) -> None:
    rows = [["地市", "丁市", "", "320100", "0", "0", "0", "0", "80.04"],
            ["地市", "丙市", "", "310100", "0", "0", "0", "0", "79.95"],   # 80.0 after half-up
            ["地市", "乙市", "", "120100", "0", "0", "0", "0", "81"],
            ["区县", "z区", "甲市", "110109", "0", "", "0", "0", "70"],
            ["区县", "a区", "甲市", "110101", "0", "", "0", "0", "70"],
            ["区县", "m区", "甲市", "110105", "0", "", "0", "0", "71"]]
    ranking = rank_table(read_table(_table(tmp_path, rows), M), M)
    city, county = ranking.tables
    assert [(r.rank, r.name, str(r.total)) for r in city.rows] == [(1, "乙市", "81.0"), (2, "丙市", "80.0"),
                                                                  (2, "丁市", "80.0")]
    assert [(r.rank, r.name) for r in county.rows] == [(1, "m区"), (2, "z区"), (2, "a区")]  # tie_order: input


def test_cli_score_and_rank_outputs(tmp_path: Path) -> None:
    rows = [["区县", "丙区", "甲市", "110101", "0.8", "", "0.5", "0.37", "99.9"],
            ["地市", "甲市", "", "110100", "0.81", "0.33", "0.55", "0.05", "1"]]
    table = _table(tmp_path, rows)
    (tmp_path / "m.yaml").write_text(SMALL_METHODOLOGY, encoding="utf-8")
    out = tmp_path / "s.csv"
    result = govweb("score", table, "--out", out, "--methodology", tmp_path / "m.yaml", "--as-of", "2021-01-01")
    assert result.returncode == 0, result.stderr
    got = read_out(out)
    assert [(r["级别"], r["排名"], r["名称"], r["总分"], r["数据开放指数"]) for r in got] == [
        ("地市", "1", "甲市", "64.1", "0.33"), ("区县", "1", "丙区", "71.7", "")]
    result = govweb("rank", table, "--out", out, "--methodology", tmp_path / "m.yaml")
    assert result.returncode == 0 and [r["总分"] for r in read_out(out)] == ["1.0", "99.9"]


def test_cli_bad_arguments_exit_2(tmp_path: Path) -> None:
    table = _table(tmp_path, [["地市", "甲市", "", "110100", "0.8", "0.3", "0.5", "0", "1"]])
    out = tmp_path / "o.csv"
    assert govweb("rank", table, "--out", out, "--as-of", "2020-13-01").returncode == 2
    assert govweb("rank", table, "--out", out, "--methodology", "nope").returncode == 2
    assert govweb("rank", tmp_path / "missing.csv", "--out", out).returncode == 2
    assert govweb("rank", table).returncode == 2                    # --out is required
    assert not out.exists()


def test_names_resolved_by_registry_when_no_code_column(tmp_path: Path) -> None:
    header = ["级别", "名称", "所属城市", "信息发布指数", "数据开放指数", "办事服务指数", "创新案例指数", "总分"]
    rows = [["地市", "杭州市", "", "0", "0", "0", "0", "70"],
            ["地市", "福州市", "", "0", "0", "0", "0", "70"],
            ["区县", "鼓楼区", "福州市", "0", "", "0", "0", "60"],
            ["区县", "鼓楼区", "南京市", "0", "", "0", "0", "60"]]
    ranking = rank_table(read_table(write_csv(tmp_path / "t.csv", [header, *rows]), M), M)
    assert [(r.name, r.admin_code) for r in ranking.tables[0].rows] == [("杭州市", "330100"), ("福州市", "350100")]
    assert [(r.city, r.admin_code) for r in ranking.tables[1].rows] == [("福州市", "350102"), ("南京市", "320106")]


def test_unresolvable_names_exit_2_only_where_codes_order_ties(tmp_path: Path) -> None:
    header = ["级别", "名称", "所属城市", "总分"]
    rows = [["地市", "火星市", "", "70"], ["地市", "杭州市", "", "70"], ["地市", "月球市", "", "60"],
            ["区县", "无名区", "甲市", "60"]]
    table = write_csv(tmp_path / "t.csv", [header, *rows])
    (tmp_path / "m.yaml").write_text(SMALL_METHODOLOGY, encoding="utf-8")
    out = tmp_path / "o.csv"
    result = govweb("rank", table, "--out", out, "--methodology", tmp_path / "m.yaml")
    assert result.returncode == 2 and not out.exists()
    assert "第 2 行" in result.stderr and "第 4 行" in result.stderr and "第 5 行" not in result.stderr
    # the 区县 tier orders ties by input: an unknown name there is fine and gets no code
    county_only = write_csv(tmp_path / "c.csv", [header, rows[3]])
    assert govweb("rank", county_only, "--out", out, "--methodology", tmp_path / "m.yaml").returncode == 0
    assert read_out(out)[0]["行政区划代码"] == ""


codes = st.integers(110000, 659999).map(lambda c: f"{c:06d}")
table_rows = st.lists(st.tuples(st.sampled_from(["地市", "区县"]), totals, codes), min_size=1, max_size=40,
                      unique_by=lambda r: r[2])


def _input_table(rows: list[tuple[str, Decimal, str]]) -> InputTable:
    return InputTable(Path("t.csv"), [
        InputRow(file="t.csv", source_row=i + 2, tier=tier, name=f"站{code}", city=None, admin_code=code,
                 indices={}, total=total, carried={}) for i, (tier, total, code) in enumerate(rows)
    ], [], [], {"级别", "名称", "总分"})


@given(table_rows, st.randoms(use_true_random=False))
def test_rank_table_invariants(rows: list[tuple[str, Decimal, str]], rnd: random.Random) -> None:
    ranking = rank_table(_input_table(rows), M)
    assert [t.tier for t in ranking.tables] == [t for t in M.tiers if t in {r[0] for r in rows}]
    for table in ranking.tables:
        keyed = [(r.rank, r.total, r.admin_code, r.source_row) for r in table.rows]
        for (r1, t1, c1, s1), (r2, t2, c2, s2) in zip(keyed, keyed[1:], strict=False):
            assert t1 >= t2
            assert (r1 == r2) == (t1 == t2)
            assert r2 in (r1, r1 + 1)
            if r1 == r2:  # 地市: admin-code order; 区县: input order
                assert (c1 or "") < (c2 or "") if table.tier == "地市" else s1 < s2
        assert keyed[0][0] == 1
    shuffled = list(rows)
    rnd.shuffle(shuffled)
    again = rank_table(_input_table(shuffled), M)
    city = [(r.rank, r.name) for t in ranking.tables if t.tier == "地市" for r in t.rows]
    assert city == [(r.rank, r.name) for t in again.tables if t.tier == "地市" for r in t.rows]
