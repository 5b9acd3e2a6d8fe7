"""Item 4: numbers in results tables and expert files are read exactly or refused with file, row and column."""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from govweb.errors import BadInput, Problem
from govweb.review import read_expert
from govweb.scoring import Methodology, load_methodology, read_table
from govweb.tabular import cell_text, parse_number
from scoring.scoring_helpers import govweb, write_csv, write_xlsx

M = load_methodology("cstc-2020")
HEADER = ["级别", "名称", "所属城市", "信息发布指数", "数据开放指数", "解读回应指数", "办事服务指数", "互动交流指数",
          "管理保障指数", "功能推广指数", "创新案例指数", "总分"]
GOOD = ["0.82", "0.93", "0.87", "0.84", "0.96", "0.96", "0.99", "0.63"]


def _row(name: str, first: str = "0.82", total: str = "94.8", tier: str = "直辖市") -> list[str]:
    return [tier, name, "", first, *GOOD[1:], total]


def _problems(path: Path, methodology: Methodology = M) -> list[Problem]:
    with pytest.raises(BadInput) as caught:
        read_table(path, methodology)
    return caught.value.problems


@pytest.mark.parametrize("text", ["0.5", ".5", "0.50", "０.５", "０．５", " 0.5 ", "\u30000.5", "5e-1", "+0.5"])
def test_accepted_spellings(text: str) -> None:
    assert parse_number(text, 4) == Decimal("0.5")


@pytest.mark.parametrize(("text", "why"), [
    ("0,1", "逗号"), ("94,8", "逗号"), ("1,000", "逗号"), ("０，１", "逗号"), ("0_1", "分隔符"), ("1 000", "分隔符"),
    ("NaN", "不是数值"), ("inf", "不是数值"), ("-Infinity", "不是数值"), ("0x1", "不是数值"), ("1e30", "超出范围"),
    ("1e308", "超出范围"), ("1e-999999", "超出范围"), ("0.12345", "小数位数过多"),
    ("0.12345678901234567", "小数位数过多"),
])
def test_refused_spellings(text: str, why: str) -> None:
    with pytest.raises(ValueError, match=why):
        parse_number(text, 4)


def test_xlsx_floats_rounded_to_15_significant_digits() -> None:
    assert cell_text(0.1 + 0.2) == "0.3" and cell_text(94.80000000000001) == "94.8" and cell_text(70.0) == "70"


def test_csv_refusals_name_file_row_and_column(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "t.csv", [
        HEADER,
        _row("甲", first="0,1"),              # 2: a decimal comma would read as 1 (a 9-point gift)
        _row("乙", total="94,8"),             # 3: would read as 948
        _row("丙", first="0_1"),              # 4: would read as 1
        _row("丁", total="200"),              # 5: above 100 + 10 bonus
        _row("戊", total="1e30"),             # 6
        _row("己", total="1e308"),            # 7
        _row("庚", first="0.123456"),         # 8: 6 decimals, the methodology has 2 (+2 allowed)
        _row("辛", total="94.8000001"),       # 9
        _row("壬", total="-1"),               # 10
        _row("癸", first="nan"),              # 11
        _row("子", first=".5", total=" ９４.８ "),  # 12: fine
    ])
    problems = _problems(path)
    assert {(p.row, p.column) for p in problems} == {
        (2, "信息发布指数"), (3, "总分"), (4, "信息发布指数"), (5, "总分"), (6, "总分"), (7, "总分"),
        (8, "信息发布指数"), (9, "总分"), (10, "总分"), (11, "信息发布指数")}
    assert all(p.file == str(path) for p in problems)
    text = "\n".join(map(str, problems))
    assert "总分应在 0–110（级别「直辖市」的权重与加分之和），实际为 200" in text
    assert "「0,1」" in text and "「94,8」" in text and "「0_1」" in text


def test_xlsx_cells_rounded_then_checked(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", {"结果": [
        HEADER,
        ["直辖市", "甲", None, 0.1 + 0.2, *map(float, GOOD[1:]), 94.80000000000001],
        ["直辖市", "乙", None, 1 / 3, *map(float, GOOD[1:]), 200.0],
    ]})
    problems = _problems(path)
    assert {(p.row, p.column) for p in problems} == {(3, "信息发布指数"), (3, "总分")}
    first = read_table(write_xlsx(tmp_path / "ok.xlsx", {"结果": [
        HEADER, ["直辖市", "甲", None, 0.1 + 0.2, *map(float, GOOD[1:]), 94.80000000000001]]}), M).rows[0]
    assert first.indices["信息发布"] == Decimal("0.3") and first.total == Decimal("94.8")


def test_calibrate_exits_2_on_huge_precision_and_tiny_exponent(tmp_path: Path) -> None:
    rows = [HEADER] + [_row(f"站{i}", first=f"0.{i:02d}", total=f"{80 + i / 10:.1f}") for i in range(20)]
    rows[1][3] = "0.12345678901234567"
    rows[2][4] = "1e-999999"
    table = write_csv(tmp_path / "t.csv", rows)
    result = govweb("calibrate", table, "--out", tmp_path / "m.yaml")  # used to overflow, and to hang
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "第 2 行，列「信息发布指数」" in result.stderr and "第 3 行，列「数据开放指数」" in result.stderr


@pytest.mark.parametrize("total", ["1e30", "1e308"])
def test_rank_huge_totals_exit_2(tmp_path: Path, total: str) -> None:
    table = write_csv(tmp_path / "t.csv", [HEADER, _row("甲", total=total)])
    result = govweb("rank", table, "--out", tmp_path / "r.csv")
    assert result.returncode == 2 and "Traceback" not in result.stderr and "第 2 行，列「总分」" in result.stderr


def test_csv_cell_over_the_field_limit_exit_2(tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    table.write_text(",".join(HEADER) + "\n" + ",".join(_row("甲")) + "\n"
                     + ",".join(_row("x" * 140_000)) + "\n", encoding="utf-8")
    result = govweb("rank", table, "--out", tmp_path / "r.csv")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"文件 {table}，第 3 行" in result.stderr and "131,072" in result.stderr


EXPERT_HEADER = "网站标识码,创新案例指数,评审人,评审日期\n"
AS_OF = datetime.date(2020, 11, 26)
TODAY = datetime.date(2020, 12, 10)


def _expert(tmp_path: Path, body: str) -> list[Problem]:
    path = tmp_path / "expert.csv"
    path.write_text(EXPERT_HEADER + body, encoding="utf-8")
    with pytest.raises(BadInput) as caught:
        read_expert(path, M, as_of=AS_OF, today=TODAY)
    return caught.value.problems


def test_expert_scores_with_commas_or_separators_refused(tmp_path: Path) -> None:
    problems = _expert(tmp_path, "1100000088,\"0,1\",张三,2020-11-30\n1200000052,0_1,李四,2020-11-30\n"
                                 "3100000001,0.12345,王五,2020-11-30\n")
    assert [(p.row, p.column) for p in problems] == [(2, "创新案例指数"), (3, "创新案例指数"), (4, "创新案例指数")]


def test_expert_dates_in_the_future_or_long_before_the_round(tmp_path: Path) -> None:
    problems = _expert(tmp_path, "1100000088,0.5,张三,2099-01-01\n1200000052,0.5,李四,2019-11-25\n"
                                 "3100000001,0.5,王五,2020-12-11\n")
    assert [(p.row, p.column) for p in problems] == [(2, "评审日期"), (3, "评审日期"), (4, "评审日期")]
    text = "\n".join(map(str, problems))
    assert "晚于今天（2020-12-10）" in text and "早于评估基准日 2020-11-26 前一年（2019-11-26）" in text
    ok = tmp_path / "ok.csv"
    ok.write_text(EXPERT_HEADER + "1100000088,0.5,张三,2019-11-26\n1200000052,0.5,李四,2020-12-10\n", encoding="utf-8")
    assert len(read_expert(ok, M, as_of=AS_OF, today=TODAY).entries) == 2


def test_expert_date_2099_refused_by_default_clock(tmp_path: Path) -> None:
    path = tmp_path / "expert.csv"
    path.write_text(EXPERT_HEADER + "1100000088,0.5,张三,2099-01-01\n", encoding="utf-8")
    with pytest.raises(BadInput, match="1 处错误"):
        read_expert(path, M)
