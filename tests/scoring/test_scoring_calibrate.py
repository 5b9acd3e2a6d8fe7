"""Calibration on synthetic published tables generated from known weights."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from govweb.errors import JobFailed
from govweb.scoring import calibrate, calibrate_tier, load_methodology, parse_methodology, read_table

from .scoring_helpers import govweb, write_csv

INDICES = ["信息发布", "数据开放", "办事服务", "互动交流", "创新案例"]
BASE = """\
name: synthetic
as_of: 2020-11-26
rounding: {{index: {index}, total: {total}, mode: half-up}}
indices: [信息发布, 数据开放, 办事服务, 互动交流, 创新案例]
tiers:
  直辖市:
    weights: {{信息发布: 25, 数据开放: 25, 办事服务: 25, 互动交流: 25}}
    bonus: {{创新案例: {bonus}}}
    calibrate_with: 地市
  地市:
    weights: {{信息发布: 25, 数据开放: 25, 办事服务: 25, 互动交流: 25}}
    bonus: {{创新案例: {bonus}}}
  区县:
    weights: {{信息发布: 25, 办事服务: 25, 互动交流: 50}}
    bonus: {{创新案例: {bonus}}}
"""


def _round(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _rows(tier: str, n: int, weights: dict[str, Decimal], bonus: Decimal, rnd: random.Random,
          index_places: int = 2, total_places: int = 1) -> list[list[str]]:
    rows = []
    for i in range(n):
        values = {name: _round(Decimal(rnd.randint(5, 100)) / 100 + Decimal(rnd.random()) / 100, index_places)
                  for name in INDICES}
        values = {name: min(v, Decimal(1)) for name, v in values.items()}
        total = sum(weights[name] * values[name] for name in weights) + bonus * values["创新案例"]
        rows.append([tier, f"{tier}{i}", *(str(values[n_]) if n_ in weights or n_ == "创新案例" else "" for n_ in INDICES),
                     str(_round(total, total_places))])
    return rows


def _write(tmp_path: Path, rows: list[list[str]], index: int = 2, total: int = 1, bonus: int = 10
           ) -> tuple[Path, Path]:
    table = write_csv(tmp_path / "pub.csv", [["级别", "名称", *(f"{n}指数" for n in INDICES), "总分"], *rows])
    method = tmp_path / "base.yaml"
    method.write_text(BASE.format(index=index, total=total, bonus=bonus), encoding="utf-8")
    return table, method


CITY = {"信息发布": Decimal(31), "数据开放": Decimal(12), "办事服务": Decimal(40), "互动交流": Decimal(17)}
COUNTY = {"信息发布": Decimal(44), "办事服务": Decimal(21), "互动交流": Decimal(35)}


def test_recovers_known_weights_with_missing_index_and_small_tier(tmp_path: Path) -> None:
    rnd = random.Random(7)
    rows = _rows("地市", 60, CITY, Decimal(10), rnd) + _rows("区县", 50, COUNTY, Decimal(10), rnd)
    rows += _rows("直辖市", 3, CITY, Decimal(10), rnd)
    table_path, method_path = _write(tmp_path, rows)
    m = load_methodology(str(method_path))
    fits = {f.tier: f for f in calibrate(read_table(table_path, m), m)}
    assert fits["地市"].weights == CITY and fits["区县"].weights == COUNTY
    assert fits["直辖市"].weights == CITY and fits["直辖市"].fitted_with == ["直辖市", "地市"]
    assert fits["直辖市"].rows == 63
    for fit in fits.values():
        assert fit.step == 1 and fit.bound == Decimal("0.6")
        assert fit.max_residual <= Decimal("0.05")  # the true weights leave only the total's rounding


def test_half_integer_when_no_integer_vector_fits(tmp_path: Path) -> None:
    rnd = random.Random(3)
    truth = {"信息发布": Decimal("30.5"), "数据开放": Decimal("12"), "办事服务": Decimal("40"), "互动交流": Decimal("17.5")}
    rows = _rows("地市", 40, truth, Decimal(10), rnd, index_places=4, total_places=3)
    table_path, method_path = _write(tmp_path, rows, index=4, total=3)
    m = load_methodology(str(method_path))
    fit = calibrate_tier(read_table(table_path, m), m, "地市")
    assert fit.step == Decimal("0.5") and fit.weights == truth
    assert fit.bound == Decimal("0.006") and fit.max_residual <= Decimal("0.0005")


def test_fit_bonus(tmp_path: Path) -> None:
    rnd = random.Random(11)
    rows = _rows("地市", 60, CITY, Decimal(15), rnd)
    table_path, method_path = _write(tmp_path, rows)
    m = load_methodology(str(method_path))
    table = read_table(table_path, m)
    fit = calibrate_tier(table, m, "地市", fit_bonus=True)
    assert fit.bonus == {"创新案例": Decimal(15)} and fit.weights == CITY
    assert fit.bound == Decimal("0.625")
    with pytest.raises(JobFailed):          # bonus fixed at the methodology's 10: cannot reproduce
        calibrate_tier(table, m, "地市")


def test_unfittable_tier_lists_rows_with_residuals(tmp_path: Path) -> None:
    rnd = random.Random(5)
    rows = _rows("地市", 30, CITY, Decimal(10), rnd)
    rows[4][-1] = str(Decimal(rows[4][-1]) + 9)          # one row published 9 points off
    table_path, method_path = _write(tmp_path, rows)
    m = load_methodology(str(method_path))
    with pytest.raises(JobFailed) as info:
        calibrate_tier(read_table(table_path, m), m, "地市")
    assert info.value.exit_code == 1
    rows_named = {p.row for p in info.value.problems}
    assert 6 in rows_named                              # spreadsheet row of rows[4]
    assert all("残差" in p.message and "允许 ±0.600" in p.message for p in info.value.problems)
    out = tmp_path / "fit.yaml"
    result = govweb("calibrate", table_path, "--out", out, "--methodology", method_path)
    assert result.returncode == 1 and "无法校准" in result.stderr and "第 6 行" in result.stderr
    assert not out.exists()


def test_small_tier_without_partner_fails(tmp_path: Path) -> None:
    rnd = random.Random(9)
    rows = _rows("区县", 5, COUNTY, Decimal(10), rnd)
    table_path, method_path = _write(tmp_path, rows)
    m = load_methodology(str(method_path))
    with pytest.raises(JobFailed, match="只有 5 行"):
        calibrate_tier(read_table(table_path, m), m, "区县")


def test_calibrate_cli_keeps_layout_and_narrative(tmp_path: Path) -> None:
    rnd = random.Random(2)
    table_path, method_path = _write(tmp_path, _rows("地市", 40, CITY, Decimal(10), rnd))
    text = method_path.read_text(encoding="utf-8").replace(
        "  区县:\n", "  区县:\n    narrative: \"{year}年，{names}位列{tier}前10名。\"\n")
    method_path.write_text(text, encoding="utf-8")
    out = tmp_path / "fit.yaml"
    result = govweb("calibrate", table_path, "--out", out, "--methodology", method_path, "--as-of", "2021-03-01")
    assert result.returncode == 0, result.stderr
    fitted = parse_methodology(out.read_text(encoding="utf-8"), str(out))
    assert fitted.tiers["地市"].weights == CITY
    assert fitted.tiers["区县"].weights == load_methodology(str(method_path)).tiers["区县"].weights  # not in table
    assert fitted.tiers["区县"].narrative == "{year}年，{names}位列{tier}前10名。"
    assert str(fitted.as_of) == "2021-03-01"
    assert fitted.calibration is not None and set(fitted.calibration["tiers"]) == {"地市"}
    lines = out.read_text(encoding="utf-8").splitlines()
    tier_block = lines[lines.index("  地市:") + 1: lines.index("  地市:") + 7]
    assert [line.split(":")[0].strip() for line in tier_block] == [
        "weights", "bonus", "tie_order", "publish_top", "calibrate_with", "narrative"]


THREE = """\
name: three
rounding: {index: 2, total: 1, mode: half-up}
indices: [信息发布, 办事服务, 互动交流, 创新案例]
tiers:
  地市:
    weights: {信息发布: 40, 办事服务: 30, 互动交流: 30}
    bonus: {创新案例: 10}
"""


def _brute_force(rows: list[tuple[list[Decimal], Decimal, Decimal]], step: Decimal) -> list[Decimal] | None:
    """Every composition of 100 on the grid, scored exactly: the documented choice, the slow way."""
    units = int(1 / step)
    best: tuple[Decimal, Decimal, list[Decimal]] | None = None
    for a in range(100 * units + 1):
        for b in range(100 * units + 1 - a):
            w = [Decimal(a) * step, Decimal(b) * step, Decimal(100 * units - a - b) * step]
            residuals = [sum(wi * xi for wi, xi in zip(w, x, strict=True)) + 10 * bonus - total
                         for x, bonus, total in rows]
            worst = max(abs(r) for r in residuals)
            if worst > Decimal("0.6"):
                continue
            key = (worst, sum(r * r for r in residuals), w)
            if best is None or key < best:
                best = key
    return None if best is None else best[2]


@pytest.mark.parametrize("seed", range(6))
def test_choice_matches_exhaustive_search(tmp_path: Path, seed: int) -> None:
    rnd = random.Random(seed)
    truth = [Decimal(rnd.randint(10, 50)), Decimal(rnd.randint(10, 40))]
    truth.append(100 - sum(truth))
    rows, published = [], []
    for i in range(6):                  # few, similar rows and noisy totals: dozens of acceptable vectors
        x = [Decimal(rnd.randint(50, 65)) / 100 for _ in range(3)]
        bonus = Decimal(rnd.randint(0, 100)) / 100
        noise = Decimal(rnd.randint(-3, 3)) / 10
        total = _round(sum(w * v for w, v in zip(truth, x, strict=True)) + 10 * bonus + noise, 1)
        rows.append(["地市", f"市{i}", *map(str, x), str(bonus), str(total)])
        published.append((x, bonus, total))
    table_path = write_csv(tmp_path / "t.csv",
                           [["级别", "名称", "信息发布指数", "办事服务指数", "互动交流指数", "创新案例指数", "总分"], *rows])
    m = parse_methodology(THREE, "three.yaml")
    expected = _brute_force(published, Decimal(1))
    step = Decimal(1)
    if expected is None:
        expected, step = _brute_force(published, Decimal("0.5")), Decimal("0.5")
    table = read_table(table_path, m)
    if expected is None:
        with pytest.raises(JobFailed):
            calibrate_tier(table, m, "地市")
        return
    fit = calibrate_tier(table, m, "地市")
    assert list(fit.weights.values()) == expected and fit.step == step


def test_fractional_fixed_bonus(tmp_path: Path) -> None:
    rnd = random.Random(13)
    table_path, method_path = _write(tmp_path, _rows("地市", 50, CITY, Decimal("7.5"), rnd))
    method_path.write_text(method_path.read_text(encoding="utf-8").replace("创新案例: 10", "创新案例: 7.5"),
                           encoding="utf-8")
    m = load_methodology(str(method_path))
    fit = calibrate_tier(read_table(table_path, m), m, "地市")
    assert fit.weights == CITY and fit.bonus == {"创新案例": Decimal("7.5")} and fit.max_residual <= Decimal("0.05")
