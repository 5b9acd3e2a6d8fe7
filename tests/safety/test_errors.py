"""Item 5: every problem of a table or an expert file in one report (capped, control characters escaped), exit-2
messages naming the file, and any unexpected exception as one Chinese line plus a log file (exit 1)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from govweb.cli import main
from govweb.cli._app import MAX_PROBLEMS_SHOWN
from govweb.errors import BadInput
from govweb.review import read_expert
from govweb.scoring import load_methodology, read_table
from scoring.scoring_helpers import govweb, write_csv

M = load_methodology("cstc-2020")
HEADER = ["级别", "名称", "信息发布指数", "数据开放指数", "解读回应指数", "办事服务指数", "互动交流指数", "管理保障指数",
          "功能推广指数", "创新案例指数", "总分"]
INDICES = ["0.82", "0.93", "0.87", "0.84", "0.96", "0.96", "0.99", "0.63"]


def test_results_table_every_kind_of_problem_at_once(tmp_path: Path) -> None:
    """A bad cell, a duplicate and a missing total used to come out one per run; now one report lists them all,
    including the blank total of a row that also has a bad cell."""
    path = write_csv(tmp_path / "t.csv", [
        HEADER,
        ["直辖市", "北京市", *INDICES, "94.8"],
        ["直辖市", "北京市", *INDICES, "94.8"],              # 3: duplicate
        ["直辖市", "上海市", "0,8", *INDICES[1:], ""],        # 4: bad cell and a missing total
        ["直辖市", "天津市", *INDICES, ""],                   # 5: missing total
        ["直辖市", "重庆市", *INDICES, "200"],                # 6: out of range
    ])
    with pytest.raises(BadInput) as caught:
        read_table(path, M, need="total")
    assert [(p.row, p.column) for p in caught.value.problems] == [
        (3, "名称"), (4, "信息发布指数"), (4, "总分"), (5, "总分"), (6, "总分")]
    result = govweb("rank", path, "--out", tmp_path / "r.csv")
    assert result.returncode == 2 and result.stderr.count("\n  - ") == 5
    scored = govweb("score", path, "--out", tmp_path / "r.csv")  # score needs indices, not totals
    assert scored.returncode == 2 and scored.stderr.count("\n  - ") == 3


def test_unresolvable_names_reported_with_the_cells(tmp_path: Path) -> None:
    """Ties in 直辖市 are ordered by administrative code: a name no division has is listed with the bad cells."""
    path = write_csv(tmp_path / "t.csv", [
        HEADER,
        ["直辖市", "北京市", "0,8", *INDICES[1:], "94.8"],
        ["直辖市", "不存在市", *INDICES, "90.1"],
    ])
    result = govweb("rank", path, "--out", tmp_path / "r.csv")
    assert result.returncode == 2 and result.stderr.count("\n  - ") == 2
    assert "第 2 行，列「信息发布指数」" in result.stderr and "第 3 行，列「名称」" in result.stderr


def test_expert_file_every_problem_at_once(tmp_path: Path) -> None:
    path = tmp_path / "expert.csv"
    path.write_text("网站标识码,创新案例指数,核减问题编号,核减理由,评审人,评审日期\n"
                    "9999999999,0.5,,,张三,2020-11-30\n"           # unknown site
                    "1100000088,\"0,5\",f-zz,理由,张三,2099-01-01\n"  # comma, unknown finding, future date
                    "1100000088,0.6,,,,2020-11-30\n", encoding="utf-8")  # missing reviewer
    with pytest.raises(BadInput) as caught:
        read_expert(path, M, known={"1100000088": ["f-aa"]}, as_of="2020-11-26")
    assert [(p.row, p.column) for p in caught.value.problems] == [
        (2, "网站标识码"), (3, "评审日期"), (3, "创新案例指数"), (3, "核减问题编号"), (4, "评审人")]


def test_long_reports_are_capped_with_a_count(tmp_path: Path) -> None:
    rows = [HEADER] + [["直辖市", f"站{i}", "x", *INDICES[1:], "1"] for i in range(120)]
    result = govweb("rank", write_csv(tmp_path / "t.csv", rows), "--out", tmp_path / "r.csv")
    assert result.returncode == 2
    assert result.stderr.count("\n  - ") == MAX_PROBLEMS_SHOWN
    # 120 bad cells, and 120 names no division has (ties need codes)
    assert f"另有 {240 - MAX_PROBLEMS_SHOWN} 处问题未列出（共 240 处）" in result.stderr


def test_control_characters_in_messages_are_escaped(tmp_path: Path) -> None:
    rows = [HEADER, ["直辖市", "北京市", "\x1b[2J\u202e0.5\x07", *INDICES[1:], "1"]]
    result = govweb("rank", write_csv(tmp_path / "t.csv", rows), "--out", tmp_path / "r.csv")
    assert result.returncode == 2
    assert "\\x1b[2J\\u202e0.5\\x07" in result.stderr
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e]", result.stderr)


@pytest.mark.parametrize("args", [
    ("rank", "{missing}", "--out", "{tmp}/r.csv"),
    ("calibrate", "{missing}", "--out", "{tmp}/m.yaml"),
    ("report", "{missing}", "--out", "{tmp}/r.md"),
    ("rank", "{table}", "--out", "{tmp}/r.csv", "--methodology", "{missing}"),
    ("report-site", "{missing}", "--out", "{tmp}/d.html"),
    ("check", "{missing}", "--as-of", "2020-11-26"),
    ("evaluate", "--sites", "{missing}", "--out", "{tmp}/round", "--as-of", "2020-11-26"),
])
def test_exit_2_names_the_missing_file(tmp_path: Path, args: tuple[str, ...]) -> None:
    missing = tmp_path / "没有这个文件.csv"
    table = write_csv(tmp_path / "t.csv", [HEADER, ["直辖市", "北京市", *INDICES, "94.8"]])
    result = govweb(*(a.format(missing=missing, tmp=tmp_path, table=table) for a in args))
    assert result.returncode == 2 and str(missing) in result.stderr and "Traceback" not in result.stderr


def test_unexpected_exception_one_line_and_a_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """A bug (here: the ranking step raising) is not a traceback on the terminal: one Chinese line with the
    command and its input, the traceback in the log file that line names, exit 1."""
    import govweb.scoring

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("simulated bug")

    monkeypatch.setattr(govweb.scoring, "rank_table", broken)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    table = write_csv(tmp_path / "t.csv", [HEADER, ["直辖市", "北京市", *INDICES, "94.8"]])
    monkeypatch.setattr(sys, "argv", ["govweb", "rank", str(table), "--out", str(tmp_path / "r.csv")])
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # re-read TMPDIR
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("\n") == 1
    assert err.startswith(f"内部错误：govweb rank {table}") and "ZeroDivisionError" in err
    (log,) = tmp_path.glob("govweb-rank-*.log")
    assert str(log) in err.replace("\n", "")
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "simulated bug" in text and str(table) in text
    assert not (tmp_path / "r.csv").exists()
