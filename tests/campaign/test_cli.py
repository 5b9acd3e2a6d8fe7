"""`govweb report-site` and `govweb evaluate` from the command line: outputs and exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from .fixtures import findings_doc, write_site


def govweb(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", "from govweb.cli import main; main()", *args],
                          capture_output=True, text=True, timeout=120)


def test_report_site_xlsx_with_expert(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", findings_doc())
    expert = tmp_path / "expert.csv"
    expert.write_text("网站标识码,创新案例指数,核减问题编号,核减理由,评审人,评审日期\n"
                      "1100000088,0.6,no-ipv6:0004,已开通 IPv6,王五,2020-12-03\n", encoding="utf-8")
    out = tmp_path / "清单.xlsx"
    result = govweb("report-site", str(site), "--out", str(out), "--tier", "地市", "--expert", str(expert))
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(out)
    ids = [row[1] for row in list(book["问题清单"].iter_rows(values_only=True))[1:]]
    assert "no-ipv6:0004" not in ids and len(ids) == len(findings_doc()["findings"]) - 1
    overview = {row[0]: row[1] for row in book["概况"].iter_rows(values_only=True) if row and row[0]}
    assert overview["专家评审"] == "王五（2020-12-03）"


def test_report_site_bad_expert_file_lists_every_cell_and_writes_nothing(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", findings_doc())
    expert = tmp_path / "expert.csv"
    expert.write_text("网站标识码,创新案例指数,核减问题编号,核减理由,评审人,评审日期\n"
                      "1100000088,1.5,f-unknown,理由,王五,2020-12-03\n"
                      "2200000099,0.5,,,王五,2020-12-03\n", encoding="utf-8")
    out = tmp_path / "d.html"
    result = govweb("report-site", str(site), "--out", str(out), "--tier", "地市", "--expert", str(expert))
    assert result.returncode == 2
    for text in ("第 2 行", "创新案例指数", "f-unknown", "第 3 行", "2200000099"):
        assert text in result.stderr
    assert not out.exists()


def test_bad_arguments_exit_2(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", findings_doc())
    assert govweb("report-site", str(site), "--out", str(tmp_path / "x.txt"), "--tier", "地市").returncode == 2
    assert govweb("report-site", str(tmp_path), "--out", str(tmp_path / "x.html")).returncode == 2
    assert govweb("report-site", str(site), "--out", str(tmp_path / "x.html")).returncode == 2  # no tier known
    missing = govweb("evaluate", "--sites", str(tmp_path / "none.csv"), "--as-of", "2020-11-26", "--out",
                     str(tmp_path / "o"))
    assert missing.returncode == 2 and "none.csv" in missing.stderr
    sites = tmp_path / "sites.csv"
    sites.write_text("网站标识码,名称,首页网址,级别,行政区划代码\n", encoding="utf-8")
    assert govweb("evaluate", "--sites", str(sites), "--as-of", "2020-13-01", "--out", str(tmp_path / "o")).returncode == 2


@pytest.mark.timeout(900)  # a whole demo: the 2020 reproduction and a rendered round over 13 sample sites
def test_demo_reproduces_2020_then_evaluates_the_sample_sites(tmp_path: Path) -> None:
    """`make demo`: the 2020 reproduction, then a round over the locally served sample sites; every path it
    prints exists, and the diagnoses carry real points at stake (no 无法计算分值影响)."""
    import re

    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-c", "from govweb.cli import main; main()", "demo", "--out", str(out),
                             "--no-screenshots"],  # screenshots: test_screenshots; the demo's own take minutes
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr
    stdout = result.stdout
    for label in ("排名表（CSV）", "报告（PDF 文档）", "评估结果（排名表）", "发布报告（PDF 文档）", "检查汇总（按地区）",
                  "体检报告"):
        assert label in stdout
    printed = [Path(p) for p in re.findall(r"：(/\S+\.(?:csv|md|html|xlsx|docx|pdf))\s*$", stdout, re.M)]
    assert len(printed) >= 13 and all(p.is_file() for p in printed)
    assert any(p.name == "index.html" for p in printed)  # where a reader starts
    # every site left out and every skipped row of the registry, each with its reason, on the console
    assert re.search(r"未排名 \d+ 个网站", stdout) and "被防火墙或访问验证拦截" in stdout and "（blocked）" not in stdout
    assert re.search(r"网站清单中跳过 \d+ 行：\n  - 第 \d+ 行", stdout)
    round_dir = out / "sample-round" / "round"
    diagnoses = sorted(round_dir.glob("sites/*/diagnosis.html"))
    assert diagnoses and all((d.parent / "diagnosis.pdf").is_file() for d in diagnoses)
    texts = [d.read_text(encoding="utf-8") for d in diagnoses]
    assert not any("无法计算分值影响" in t for t in texts)
