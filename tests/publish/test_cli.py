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


COMMANDS = [[], ["rank"], ["score"], ["calibrate"], ["report"], ["crawl"], ["probe"], ["measure"], ["check"],
            ["inspect"], ["evaluate"], ["report-site"], ["screenshots"], ["demo"], ["sample-sites"],
            ["sample-sites", "build"], ["sample-sites", "serve"], ["sites"], ["sites", "import"]]
BOILERPLATE = ("Usage", "Options", "Arguments", "Commands", "Show this message", "[default", "[required]", "…")


def test_help_is_chinese_and_fits_80_columns() -> None:
    """Every command's help at COLUMNS=80: no line wider than the terminal (CJK counts two cells), nothing cut
    with …, no English option boilerplate; each option's help appears whole."""
    from rich.cells import cell_len
    from typer.testing import CliRunner

    from govweb.cli import app

    runner = CliRunner()
    for command in COMMANDS:
        result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "80"})
        assert result.exit_code == 0, (command, result.output)
        text = result.output
        assert text.startswith("用法：govweb"), command
        assert [line for line in text.splitlines() if cell_len(line) > 80] == [], command
        assert [word for word in BOILERPLATE if word in text] == [], command
        assert "显示本帮助并退出。" in text
    evaluate = runner.invoke(app, ["evaluate", "--help"], env={"COLUMNS": "80"}).output
    flat = evaluate.replace("\n", "").replace(" ", "")
    assert "检查后用浏览器截取首页及问题页面的证据截图；默认在本机装有chromium时截取。" in flat
    assert "（默认：4；取值≥1）" in flat and "--screenshots/--no-screenshots" in flat


def test_usage_errors_are_chinese() -> None:
    from typer.testing import CliRunner

    from govweb.cli import app

    runner = CliRunner()
    for args, said in ((["evaluate", "--sites", "a", "--out", "b", "--concurrency", "0"], "--concurrency 的值无效：应不小于 1"),
                       (["rank"], "缺少必需的参数 TABLE"), (["report", "x.csv"], "缺少必需的选项 --out"),
                       (["evaluate", "--sits", "x"], "没有选项 --sits")):
        result = runner.invoke(app, args, env={"COLUMNS": "100"})
        assert result.exit_code == 2, args
        assert said in result.output and "用法：govweb" in result.output, result.output
        assert "Error" not in result.output and "Usage" not in result.output


def _own_table(path: Path, with_codes: bool) -> Path:
    header = "级别,名称,行政区划代码,信息发布指数,数据开放指数,解读回应指数,办事服务指数,互动交流指数,管理保障指数,功能推广指数,创新案例指数"
    rows = [("苏州市", "320500"), ("无锡市", "320200" if with_codes else ""), ("常州市", "")]
    lines = [header] + [f"地市,{name},{code},0.9,0.8,0.7,0.9,0.8,0.9,0.8,0.5" for name, code in rows[:2]]
    lines.append(f"地市,{rows[2][0]},,0.5,0.8,0.7,0.9,0.8,0.9,0.8,0.5")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_users_small_table_gets_sentences_that_fit(tmp_path: Path) -> None:
    """Three 地市 rows: the sentence names them, and does not call the table the 前100名."""
    table = _own_table(tmp_path / "t.csv", with_codes=True)
    out = tmp_path / "r.md"
    assert govweb("report", table, "--out", out).returncode == 0
    text = out.read_text(encoding="utf-8")
    assert "前100名" not in text and "地市政府网站评估结果如下表所示。" in text
    assert "苏州市/无锡市（并列第1）、常州市政府网站位列地市政府网站前2名" in text


def test_methodology_without_as_of(tmp_path: Path) -> None:
    """No as_of: ranking works when every tie carries its code, and otherwise names the row that needs a date."""
    import importlib.resources

    import yaml

    bundled = importlib.resources.files("govweb.methodologies").joinpath("cstc-2020.yaml")
    data = yaml.safe_load(bundled.read_text(encoding="utf-8"))
    data.pop("as_of")
    method = tmp_path / "mine.yaml"
    method.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    ok = govweb("score", _own_table(tmp_path / "ok.csv", with_codes=True), "--out", tmp_path / "ok-out.csv",
                "--methodology", method)
    assert ok.returncode == 0, ok.stderr
    missing = govweb("score", _own_table(tmp_path / "bad.csv", with_codes=False), "--out", tmp_path / "bad-out.csv",
                     "--methodology", method)
    assert missing.returncode == 2 and not (tmp_path / "bad-out.csv").exists()
    assert "第 3 行" in missing.stderr and "行政区划代码" in missing.stderr and "--as-of" in missing.stderr
    assert "第 2 行" not in missing.stderr and "第 4 行" not in missing.stderr  # only the row in a tie needs it
    dated = govweb("score", tmp_path / "bad.csv", "--out", tmp_path / "bad-out.csv", "--methodology", method,
                   "--as-of", "2020-11-26")
    assert dated.returncode == 0, dated.stderr


def test_csv_and_xlsx_inputs_give_the_same_figures(tmp_path: Path) -> None:
    """The published table saved as XLSX (Excel stores 0.90 as the number 0.9) ranks to the same CSV as the CSV
    itself; the report's spreadsheet has one 排名 (the input's is 原排名) and numbers stored as numbers."""
    import openpyxl

    rows = list(csv.reader(io.StringIO(REFERENCE_CSV.read_text(encoding="utf-8-sig"))))
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append([float(v) if v.replace(".", "", 1).isdigit() and "." in v else v for v in row])
    xlsx = tmp_path / "published.xlsx"
    book.save(xlsx)
    assert govweb("rank", REFERENCE_CSV, "--out", tmp_path / "from-csv.csv").returncode == 0
    assert govweb("rank", xlsx, "--out", tmp_path / "from-xlsx.csv").returncode == 0
    from_csv = (tmp_path / "from-csv.csv").read_text(encoding="utf-8-sig")
    assert from_csv == (tmp_path / "from-xlsx.csv").read_text(encoding="utf-8-sig")
    assert ",0.90," in from_csv

    assert govweb("report", xlsx, "--out", tmp_path / "r.xlsx").returncode == 0
    report = openpyxl.load_workbook(tmp_path / "r.xlsx")
    tier = report["地市"]
    header = [c.value for c in tier[1]]
    assert header.count("排名") == 1 and header.count("原排名") == 1
    for values in tier.iter_rows(min_row=2, values_only=True):
        assert isinstance(values[header.index("原排名")], int | float)
        assert isinstance(values[header.index("总分")], int | float)
    numbers = [c for row in report["概览"].iter_rows(min_row=1) for c in row
               if c.column > 1 and c.value is not None and c.row > 2 and not isinstance(c.value, str)]
    assert len(numbers) >= 6 * (7 + 5 + 7)  # 6 tiers × (totals, bands, index means) stored as numbers
    assert all(c.number_format in ("0", "0.0", "0.00") for c in numbers)
