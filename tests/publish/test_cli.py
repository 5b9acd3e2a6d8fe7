"""`govweb report` and `govweb demo` as a user runs them."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

from govweb.scoring import load_methodology, read_table, score_table

from .publish_helpers import REFERENCE_CSV, govweb, published_sentences


def test_report_uses_given_totals(tmp_path: Path) -> None:
    out = tmp_path / "r.md"
    result = govweb("report", REFERENCE_CSV, "--out", out, "--title", "二〇二〇年评估")
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# 二〇二〇年评估")
    assert "总分采用输入表中给出的数值" in text
    assert "按给定总分排名" in result.stdout


def test_missing_totals_trigger_scoring(tmp_path: Path) -> None:
    rows = list(csv.reader(io.StringIO(REFERENCE_CSV.read_text(encoding="utf-8-sig"))))
    total = rows[0].index("总分")
    beijing = next(r for r in rows if r[2] == "北京市")
    beijing[total] = ""                       # one row without a total: every total is computed
    table = tmp_path / "t.csv"
    table.write_text("\n".join(",".join(r) for r in rows), encoding="utf-8")
    out = tmp_path / "r.md"
    result = govweb("report", table, "--out", out)
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "总分由评分模块按评估方法计算" in text
    assert "由各项指数计算总分后排名" in result.stdout
    methodology = load_methodology("cstc-2020")
    computed = score_table(read_table(table, methodology), methodology)
    beijing_total = next(r.total for r in computed.tables[0].rows if r.name == "北京市")
    line = next(ln for ln in text.splitlines() if ln.startswith("| 1 | 北京市 |"))
    assert line.split("|")[-2].strip() == f"{beijing_total:.1f}"
    assert abs(beijing_total - Decimal("94.8")) <= Decimal("0.6")  # the calibration bound
    # the narrative is still generated from the (computed) ranks
    assert published_sentences()["直辖市"] in text


def test_bad_output_suffix_is_bad_input(tmp_path: Path) -> None:
    result = govweb("report", REFERENCE_CSV, "--out", tmp_path / "r.txt")
    assert result.returncode == 2
    assert "报告格式" in result.stderr
    assert not list(tmp_path.iterdir())


def test_bad_table_is_bad_input_and_writes_nothing(tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    table.write_text("级别,名称,信息发布指数,总分\n火星,某站,0.5,50\n", encoding="utf-8")
    result = govweb("report", table, "--out", tmp_path / "r.html")
    assert result.returncode == 2
    assert not (tmp_path / "r.html").exists()


def test_demo_writes_ranking_and_five_formats(tmp_path: Path) -> None:
    result = govweb("demo", "--out", tmp_path / "out", "--no-sample-round")  # the round: tests/campaign
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["2020-ranking.csv", "2020-report.docx", "2020-report.files", "2020-report.html",
                     "2020-report.md", "2020-report.pdf", "2020-report.xlsx"]
    for name in names:
        if "." in name and not name.endswith(".files"):
            assert str(tmp_path / "out" / name) in result.stdout
    assert "报告（PDF 文档）" in result.stdout
