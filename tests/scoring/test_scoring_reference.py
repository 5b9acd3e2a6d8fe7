"""The 2020 published results: ranks, row order and totals reproduced by the shipped methodology."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from govweb.scoring import calibrate, load_methodology, rank_table, read_table
from govweb.scoring.ranking import raw_total

from .scoring_helpers import REFERENCE, govweb, read_out

# Tables whose published note says "排名相同按照行政区划排列" (直辖市 shares the 省级 section's note).
CODE_ORDERED = ("直辖市", "省、自治区", "副省级城市", "省会城市")


def _published() -> list[dict[str, str]]:
    with REFERENCE.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def ranked_csv(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, str]]:
    out = tmp_path_factory.mktemp("rank") / "r.csv"
    result = govweb("rank", REFERENCE, "--out", out)
    assert result.returncode == 0, result.stderr
    return read_out(out)


def test_rank_reproduces_every_published_rank(ranked_csv: list[dict[str, str]]) -> None:
    published = {(r["级别"], r["名称"], r["所属城市"]): r["排名"] for r in _published()}
    assert len(ranked_csv) == len(published) == 320
    got = {(r["级别"], r["名称"], r["所属城市"]): r["排名"] for r in ranked_csv}
    assert got == published


def test_rank_output_columns_and_carried_rank(ranked_csv: list[dict[str, str]]) -> None:
    header = list(ranked_csv[0])
    assert header[:5] == ["级别", "排名", "名称", "所属城市", "行政区划代码"]
    assert header[5:14] == [f"{n}指数" for n in ("信息发布", "数据开放", "解读回应", "办事服务", "互动交流", "管理保障",
                                                 "功能推广", "创新案例")] + ["总分"]
    assert header[14:] == ["原排名"]  # the input's own 排名 column is carried under a distinct name
    assert all(r["排名"] == r["原排名"] for r in ranked_csv)
    assert all(len(r["行政区划代码"]) == 6 for r in ranked_csv if r["级别"] in CODE_ORDERED)


@pytest.mark.parametrize("tier", CODE_ORDERED)
def test_published_order_where_ties_follow_admin_code(ranked_csv: list[dict[str, str]], tier: str) -> None:
    expected = [r["名称"] for r in _published() if r["级别"] == tier]
    got = [r["名称"] for r in ranked_csv if r["级别"] == tier]
    assert got == expected
    codes = [(int(r["排名"]), r["行政区划代码"]) for r in ranked_csv if r["级别"] == tier]
    assert codes == sorted(codes)


def test_tables_follow_methodology_order(ranked_csv: list[dict[str, str]]) -> None:
    tiers = list(dict.fromkeys(r["级别"] for r in ranked_csv))
    assert tiers == list(load_methodology("cstc-2020").tiers)


def test_site_in_two_tables_ranked_in_each(ranked_csv: list[dict[str, str]]) -> None:
    chengdu = {r["级别"]: r["排名"] for r in ranked_csv if r["名称"] == "成都市"}
    assert chengdu == {"副省级城市": "2", "省会城市": "1"}


def test_shipped_weights_reproduce_every_published_total() -> None:
    m = load_methodology("cstc-2020")
    table = read_table(REFERENCE, m)
    for row in table.rows:
        spec = m.tiers[row.tier]
        bound = Decimal("0.005") * (sum(spec.weights.values()) + sum(spec.bonus.values())) + Decimal("0.05")
        assert row.total is not None
        residual = raw_total(spec, row.indices) - row.total
        assert abs(residual) <= bound, (row.tier, row.name, residual)
    recorded = m.calibration["tiers"] if m.calibration else {}
    assert set(recorded) == set(m.tiers)
    assert all(Decimal(str(rec["max_residual"])) <= Decimal("0.6") for rec in recorded.values())


def test_calibration_reproduces_shipped_weights() -> None:
    m = load_methodology("cstc-2020")
    table = read_table(REFERENCE, m)
    fits = calibrate(table, m)
    assert [f.tier for f in fits] == list(m.tiers)
    for fit in fits:
        assert fit.weights == m.tiers[fit.tier].weights, fit.tier
        assert fit.bonus == {"创新案例": Decimal(10)}
        assert fit.max_residual <= fit.bound == Decimal("0.6")
    by_tier = {f.tier: f for f in fits}
    assert by_tier["直辖市"].fitted_with == ["直辖市", "省、自治区"]  # 4 rows < 2 × 7 weights
    assert "数据开放" not in by_tier["区县"].weights                    # 区县 has no 数据开放 index


def test_calibrate_cli_writes_loadable_methodology(tmp_path: Path) -> None:
    out = tmp_path / "fit.yaml"
    result = govweb("calibrate", REFERENCE, "--out", out)
    assert result.returncode == 0, result.stderr
    fitted = load_methodology(str(out))
    shipped = load_methodology("cstc-2020")
    assert {t: s.weights for t, s in fitted.tiers.items()} == {t: s.weights for t, s in shipped.tiers.items()}
    # every published total within the bound with the written weights
    table = read_table(REFERENCE, fitted)
    assert all(abs(raw_total(fitted.tiers[r.tier], r.indices) - (r.total or 0)) <= Decimal("0.6") for r in table.rows)


def test_rank_table_api_matches_published_ranks() -> None:
    m = load_methodology("cstc-2020")
    ranking = rank_table(read_table(REFERENCE, m), m)
    assert ranking.year == 2020 and not ranking.totals_computed
    assert all(str(row.rank) == row.carried["排名"] for t in ranking.tables for row in t.rows)
    county = next(t for t in ranking.tables if t.tier == "区县")
    assert "数据开放" not in county.index_names
    assert all(row.indices["数据开放"] is None for row in county.rows)
