"""Reading tables: encodings, XLSX sheets, carried columns, and one BadInput listing every offending cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from govweb.errors import BadInput, Problem
from govweb.scoring import Methodology, load_methodology, parse_methodology, read_table, score_table

from .scoring_helpers import REFERENCE, SMALL_METHODOLOGY, govweb, write_csv, write_xlsx

HEADER = ["级别", "序号", "名称", "所属城市", "行政区划代码", "信息发布指数", "数据开放指数", "办事服务指数", "创新案例指数",
          "总分", "备注"]
GOOD = [
    HEADER,
    ["地市", "1", "甲市", "", "110100", "0.80", "0.50", "0.60", "0.20", "70.0", "a"],
    ["地市", "2", "乙市", "", "120100", "0.70", "0.50", "0.90", "0.10", "73.0", ""],
    ["区县", "3", "丙区", "甲市", "110101", "0.80", "", "0.50", "0.30", "71.0", "c"],
]


@pytest.fixture
def small() -> Methodology:
    return parse_methodology(SMALL_METHODOLOGY, "small.yaml")


def _problems(path: Path, m: Methodology) -> list[Problem]:
    with pytest.raises(BadInput) as info:
        read_table(path, m)
    assert info.value.exit_code == 2
    return info.value.problems


def _where(problems: list[Problem]) -> set[tuple[int | None, str | None]]:
    return {(p.row, p.column) for p in problems}


def test_reads_good_csv_with_carried_columns(tmp_path: Path, small: Methodology) -> None:
    table = read_table(write_csv(tmp_path / "t.csv", GOOD), small)
    assert table.index_columns == ["信息发布", "数据开放", "办事服务", "创新案例"]
    assert table.carried_columns == ["序号", "备注"]
    assert [r.source_row for r in table.rows] == [2, 3, 4]
    county = table.rows[2]
    assert county.city == "甲市" and county.indices["数据开放"] is None and county.carried == {"序号": "3", "备注": "c"}
    assert table.has_all_totals


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_encodings_of_the_reference_table(tmp_path: Path, encoding: str) -> None:
    m = load_methodology("cstc-2020")
    text = REFERENCE.read_text(encoding="utf-8-sig")
    path = tmp_path / "ref.csv"
    path.write_bytes(text.encode(encoding))
    table = read_table(path, m)
    assert len(table.rows) == 320
    assert table.rows[5].name == "福建省" and table.rows[-1].city is not None


def test_xlsx_every_sheet_with_tier_header(tmp_path: Path, small: Methodology) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", {
        "说明": [["本表说明"], ["无关内容"]],
        "地市": [HEADER, ["地市", 1, "甲市", None, "110100", 0.8, 0.5, 0.6, 0.2, 70, "a"]],
        "区县": [["级别", "名称", "所属城市", "信息发布指数", "办事服务指数", "创新案例指数", "总分"],
                 ["区县", "丙区", "甲市", 0.8, 0.5, 0.3, 71.0]],
    })
    table = read_table(path, small)
    assert [(r.tier, r.name, r.source_row) for r in table.rows] == [("地市", "甲市", 2), ("区县", "丙区", 2)]
    assert str(table.rows[0].indices["信息发布"]) == "0.8" and str(table.rows[1].total) == "71"
    assert "工作表「区县」" in table.rows[1].file


def test_xlsx_without_tier_sheet(tmp_path: Path, small: Methodology) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", {"Sheet": [["名称", "总分"], ["甲市", 1]]})
    assert "没有任何工作表" in str(_problems(path, small)[0])


def test_empty_and_header_only(tmp_path: Path, small: Methodology) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert "文件为空" in str(_problems(empty, small)[0])
    header_only = write_csv(tmp_path / "h.csv", [HEADER])
    assert "没有数据行" in str(_problems(header_only, small)[0])
    blank_lines = tmp_path / "blank.csv"
    blank_lines.write_bytes(b"\r\n\r\n")
    assert "文件为空" in str(_problems(blank_lines, small)[0])


def test_undecodable_bytes(tmp_path: Path, small: Methodology) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes("级别,名称,总分\r\n地市,甲市,1\r\n".encode() + b"\xff\xfe\x81\xff,x,1\r\n")
    problems = _problems(path, small)
    assert len(problems) == 1 and problems[0].row == 3 and "无法按 UTF-8 或 GBK/GB18030 解码" in problems[0].message


def test_missing_required_columns(tmp_path: Path, small: Methodology) -> None:
    path = write_csv(tmp_path / "t.csv", [["名称", "总分"], ["甲市", "1"]])
    problems = _problems(path, small)
    assert [p.message for p in problems] == ["缺少必需的列「级别」"] and problems[0].row == 1


BAD_ROWS = [
    ["级别", "名称", "信息发布指数", "数据开放指数", "办事服务指数", "解读回应指数", "创新案例指数", "总分"],
    ["地市", "甲市", "0.8", "0.5", "0.6", "0.1", "0.2", "70.0"],        # 2: ok
    ["地级市", "乙市", "0.8", "0.5", "0.6", "0.1", "0.2", "70.0"],      # 3: unknown tier
    ["地市", "丙市", "0.8x", "1.2", "-0.1", "0.1", "0.2", "七十"],      # 4: non-numeric, out of range ×2, bad total
    ["地市", "甲市", "0.8", "0.5", "0.6", "0.1", "0.2", "70.0"],        # 5: duplicate
    ["", "", "0.8", "0.5", "0.6", "0.1", "0.2", "70.0"],                # 6: empty tier and name
]
# 解读回应 is not an index of the small methodology: the header cell is reported too.
EXPECTED = {
    (1, "解读回应指数"), (3, "级别"), (4, "信息发布指数"), (4, "数据开放指数"), (4, "办事服务指数"), (4, "总分"),
    (5, "名称"), (6, "级别"), (6, "名称"),
}


def test_every_offending_cell_csv(tmp_path: Path, small: Methodology) -> None:
    problems = _problems(write_csv(tmp_path / "t.csv", BAD_ROWS), small)
    assert _where(problems) == EXPECTED
    text = "\n".join(map(str, problems))
    for fragment in ("未知的级别「地级市」", "指数不是数值：「0.8x」", "指数应在 0–1 之间，实际为 1.2", "实际为 -0.1",
                     "总分不是数值：「七十」", "「甲市」重复（已在第 2 行出现）", "没有指标「解读回应」"):
        assert fragment in text
    assert all(p.file == str(tmp_path / "t.csv") for p in problems)


def test_every_offending_cell_gbk_csv(tmp_path: Path, small: Methodology) -> None:
    problems = _problems(write_csv(tmp_path / "t.csv", BAD_ROWS, encoding="gbk"), small)
    assert _where(problems) == EXPECTED


def test_every_offending_cell_xlsx(tmp_path: Path, small: Methodology) -> None:
    rows: list[list[object]] = [list(BAD_ROWS[0])]
    for row in BAD_ROWS[1:]:
        rows.append([float(c) if c.replace(".", "", 1).isdigit() else (c or None) for c in row])
    problems = _problems(write_xlsx(tmp_path / "t.xlsx", {"结果": rows}), small)
    assert _where(problems) == EXPECTED
    assert all("工作表「结果」" in (p.file or "") for p in problems)


def test_duplicate_across_sheets_named_with_both_places(tmp_path: Path, small: Methodology) -> None:
    header = ["级别", "名称", "总分"]
    path = write_xlsx(tmp_path / "t.xlsx", {"一": [header, ["地市", "甲市", 1]], "二": [header, ["地市", "甲市", 2]]})
    (problem,) = _problems(path, small)
    assert "工作表「一」" in problem.message and "工作表「二」" in (problem.file or "")


def test_same_site_in_two_tiers_is_fine(tmp_path: Path, small: Methodology) -> None:
    rows = [HEADER, GOOD[1], ["区县", "", "甲市", "", "110100", "0.8", "", "0.6", "0.2", "70", ""]]
    assert len(read_table(write_csv(tmp_path / "t.csv", rows), small).rows) == 2


def test_score_lists_missing_index_cells(tmp_path: Path, small: Methodology) -> None:
    rows = [r[:8] + r[9:] for r in GOOD]             # drop 创新案例 column
    rows[2][7] = ""                                 # 乙市 办事服务 blank
    table = read_table(write_csv(tmp_path / "t.csv", rows), small)
    with pytest.raises(BadInput) as info:
        score_table(table, small)
    assert _where(info.value.problems) == {(1, None), (3, "办事服务指数")}
    assert "缺少必需的列「创新案例指数」" in str(info.value)


def test_cli_bad_input_exit_2_and_no_output(tmp_path: Path) -> None:
    bad = write_csv(tmp_path / "t.csv", BAD_ROWS, encoding="gbk")
    out = tmp_path / "out.csv"
    result = govweb("rank", bad, "--out", out)
    assert result.returncode == 2
    assert "第 4 行" in result.stderr and "列「信息发布指数」" in result.stderr and str(bad) in result.stderr
    assert not out.exists() and list(tmp_path.iterdir()) == [bad]


def test_rank_needs_every_total(tmp_path: Path, small: Methodology) -> None:
    from govweb.scoring import rank_table

    rows = [HEADER, GOOD[1], [*GOOD[2][:9], "", ""], [*GOOD[3][:9], "", "c"]]
    table = read_table(write_csv(tmp_path / "t.csv", rows), small)
    assert not table.has_all_totals
    with pytest.raises(BadInput) as info:
        rank_table(table, small)
    assert _where(info.value.problems) == {(3, "总分"), (4, "总分")}
    no_column = read_table(write_csv(tmp_path / "n.csv", [r[:9] for r in GOOD]), small)
    with pytest.raises(BadInput, match="无法排名") as info:
        rank_table(no_column, small)
    assert "缺少必需的列「总分」" in str(info.value)


def test_duplicate_header_and_legacy_formats(tmp_path: Path, small: Methodology) -> None:
    rows = [["级别", "名称", "总分", "总分"], ["地市", "甲市", "1", "2"]]
    assert _where(_problems(write_csv(tmp_path / "t.csv", rows), small)) == {(1, "总分")}
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0 legacy")
    assert "另存为 .xlsx" in str(_problems(xls, small)[0])
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    assert "不是有效的 XLSX 文件" in str(_problems(broken, small)[0])
