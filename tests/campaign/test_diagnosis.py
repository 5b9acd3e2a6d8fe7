"""The per-site diagnosis from hand-made findings.json documents: XLSX 问题清单, HTML, DOCX, PDF."""

from __future__ import annotations

import datetime
import hashlib
import io
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import docx
import openpyxl
import pytest
from warcio.warcwriter import WARCWriter

from govweb.publish.diagnosis import ISSUE_COLUMNS, OPERATOR_COLUMNS, build_diagnosis, write_diagnosis
from govweb.review import ExpertEntry, ExpertInput, Removal
from govweb.scoring.methodology import Methodology

from .conftest import penalty_engine
from .fixtures import SITE_URL, findings_doc, saturated_doc, write_site

NOW = datetime.datetime(2020, 12, 5, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=8)))


def test_xlsx_issue_list_one_row_per_finding_largest_stake_first(tmp_path: Path, cstc: Methodology) -> None:
    site = write_site(tmp_path / "site", findings_doc())
    diagnosis = build_diagnosis(site, cstc, tier="地市", engine=penalty_engine, now=NOW)
    path = write_diagnosis(diagnosis, tmp_path / "问题清单.xlsx")
    sheet = openpyxl.load_workbook(path)["问题清单"]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == list(ISSUE_COLUMNS)
    body = rows[1:]
    assert sorted(r[1] for r in body) == sorted(f["id"] for f in findings_doc()["findings"])
    points = [r[ISSUE_COLUMNS.index("分值影响")] for r in body]
    assert points == sorted(points, reverse=True) and all(p > 0 for p in points)
    for column in OPERATOR_COLUMNS:
        assert all(r[ISSUE_COLUMNS.index(column)] is None for r in body)
    stale = next(r for r in body if r[1] == "stale-column:0001")
    assert stale[ISSUE_COLUMNS.index("涉及否决")] == "栏目不更新"
    assert stale[ISSUE_COLUMNS.index("位置")] == SITE_URL + "xwdt/"


def test_expert_removal_and_override_change_the_diagnosis(tmp_path: Path, cstc: Methodology) -> None:
    site = write_site(tmp_path / "site", findings_doc())
    day = datetime.date(2020, 12, 1)
    entry = ExpertEntry("1100000088", reviewers=["张三"], dates=[day],
                        indices={"创新案例": Decimal("0.8"), "信息发布": Decimal("0.9")},
                        removals=[Removal("no-ipv6:0004", "已支持 IPv6，检测时链路故障", "张三", day, 2)])
    expert = ExpertInput("expert.csv", {"1100000088": entry})
    before = build_diagnosis(site, cstc, tier="地市", engine=penalty_engine, now=NOW)
    after = build_diagnosis(site, cstc, tier="地市", engine=penalty_engine, expert=expert, now=NOW)
    assert [f.id for f in after.removed] == ["no-ipv6:0004"]
    assert "no-ipv6:0004" not in {f.id for f in after.findings}
    weights = cstc.tiers["地市"]
    # the expert's 信息发布 score replaces the computed one, so its finding has nothing at stake any more
    assert next(f for f in after.findings if f.index == "信息发布").points == 0
    # indices recomputed without the removed finding (管理保障 keeps 2 of 3 findings), then the expert's scores
    expected = {name: Decimal(1) for name in weights.weights} | {"信息发布": Decimal("0.9"), "管理保障": Decimal("0.8")}
    raw = sum((w * expected[n] for n, w in weights.weights.items()), Decimal(0)) + weights.bonus["创新案例"] * Decimal("0.8")
    assert after.total == raw.quantize(Decimal("0.1")) and after.total != before.total
    path = write_diagnosis(after, tmp_path / "d.xlsx")
    removed = list(openpyxl.load_workbook(path)["人工核减"].iter_rows(values_only=True))
    assert removed[1][0] == "no-ipv6:0004" and removed[1][4] == "已支持 IPv6，检测时链路故障" and removed[1][5] == "张三"


def test_html_names_vetoes_findings_and_missing_expert(tmp_path: Path, cstc: Methodology) -> None:
    doc = findings_doc(vetoes=[{"rule": "columns-stale", "reason": "动态要闻栏目 6 个超过 2 周未更新"}])
    site = write_site(tmp_path / "site", doc)
    diagnosis = build_diagnosis(site, cstc, tier="地市", now=NOW)
    html = write_diagnosis(diagnosis, tmp_path / "d.html").read_text(encoding="utf-8")
    assert "栏目不更新" in html and "动态要闻栏目 6 个超过 2 周未更新" in html
    assert "不合格" in html and "未提供专家评分" in html
    for f in doc["findings"]:
        assert f["id"] in html
    assert 'src="http' not in html and "<link" not in html and "<script src" not in html  # self-contained
    assert "要合格，先改这些" in html and html.index("要合格，先改这些") < html.index("按分值影响排列")


def test_not_measured_site(tmp_path: Path, cstc: Methodology) -> None:
    site = write_site(tmp_path / "site", findings_doc(status="not-measured"))
    diagnosis = build_diagnosis(site, cstc, tier="区县", engine=penalty_engine, now=NOW)
    assert diagnosis.status == "not-measured" and diagnosis.total is None and diagnosis.findings == []
    assert "未能测量" in write_diagnosis(diagnosis, tmp_path / "d.html").read_text(encoding="utf-8")


def test_tier_from_site_json_and_bad_tier(tmp_path: Path, cstc: Methodology) -> None:
    from govweb.errors import BadInput

    site = write_site(tmp_path / "site", findings_doc())
    with pytest.raises(BadInput):
        build_diagnosis(site, cstc, now=NOW)
    (site / "site.json").write_text('{"code": "1100000088", "tier": "省会城市", "name": "示例市"}', encoding="utf-8")
    diagnosis = build_diagnosis(site, cstc, engine=penalty_engine, now=NOW)
    assert diagnosis.tier == "省会城市" and diagnosis.name == "示例市"


def _png() -> bytes:
    from govweb.publish.charts import figure, to_bytes

    with figure(1, 1) as fig:
        return to_bytes(fig, "png")


def test_dated_screenshots_are_embedded(tmp_path: Path, cstc: Methodology) -> None:
    site = write_site(tmp_path / "site", findings_doc())
    png = _png()
    with open(site / "crawl.warc.gz", "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        record = writer.create_warc_record("urn:govweb:screenshot:" + SITE_URL, "resource", payload=io.BytesIO(png),
                                           warc_content_type="image/png",
                                           warc_headers_dict={"WARC-Date": "2020-11-26T02:00:00Z",
                                                              "WARC-Refers-To-Target-URI": SITE_URL})
        writer.write_record(record)
    (site / "screenshots").mkdir()
    (site / "screenshots" / f"{hashlib.sha1(SITE_URL.encode()).hexdigest()[:16]}.png").write_bytes(png)
    diagnosis = build_diagnosis(site, cstc, tier="地市", engine=penalty_engine, now=NOW)
    assert diagnosis.homepage_shot is not None and diagnosis.homepage_shot.taken == "2020-11-26 10:00:00"  # +08:00
    html = write_diagnosis(diagnosis, tmp_path / "d.html").read_text(encoding="utf-8")
    assert "data:image/jpeg;base64" in html and "截图时间：2020-11-26 10:00:00" in html
    document = docx.Document(str(write_diagnosis(diagnosis, tmp_path / "d.docx")))
    assert len(document.inline_shapes) >= 2  # homepage screenshot + index chart


def test_docx_and_pdf_carry_the_chinese_text(tmp_path: Path, cstc: Methodology) -> None:
    site = write_site(tmp_path / "site", findings_doc())
    diagnosis = build_diagnosis(site, cstc, tier="地市", engine=penalty_engine, now=NOW)
    document = docx.Document(str(write_diagnosis(diagnosis, tmp_path / "d.docx")))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert "示例市人民政府 网站体检报告" in text and "stale-column:0001" in cells
    pdf = write_diagnosis(diagnosis, tmp_path / "d.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        extracted = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "示例市人民政府" in extracted and "按分值影响排列" in extracted


def test_grouped_stakes_in_every_format(tmp_path: Path, cstc: Methodology) -> None:
    """Six stale columns under the item's floor: each is worth 0 alone, the problem type is worth points; the
    diagnosis shows the per-type table before the per-finding list, and the all-fixed total (not a sum of singles)."""
    site = write_site(tmp_path / "site", saturated_doc(cstc))
    d = build_diagnosis(site, cstc, tier="地市", now=NOW)
    groups = {g.check: g for g in d.by_check}
    stale = groups["stale-column"]
    assert stale.count == 6 and stale.best_single == 0 and stale.points is not None and stale.points > 0
    assert [g.points for g in d.by_check] == sorted((g.points or Decimal(0) for g in d.by_check), reverse=True)
    assert d.stake_total is not None and d.stake_total >= stale.points + (groups["no-ipv6"].points or 0) - Decimal("0.01")
    assert d.stake_total > sum((f.points or Decimal(0) for f in d.findings), Decimal(0))

    html = write_diagnosis(d, tmp_path / "d.html").read_text(encoding="utf-8")
    group = f"{stale.title} · 6 个问题 · 一并整改总分约 +{stale.points} 分（单个整改最多 +0.00）"
    assert group in html and html.index(group) < html.index("stale-column:0001")
    assert f"总分约可提高 {d.stake_total} 分" in html and "须同类问题一并整改" in html
    document = docx.Document(str(write_diagnosis(d, tmp_path / "d.docx")))
    headings = [p.text for p in document.paragraphs]
    assert headings.index("按问题类型") < next(i for i, h in enumerate(headings) if h.startswith("1. "))
    rows = [[c.text for c in row.cells] for t in document.tables for row in t.rows]
    assert [stale.title, "信息发布", "6", str(stale.points), "0.00"] in [r[1:] for r in rows]
    sheet = openpyxl.load_workbook(write_diagnosis(d, tmp_path / "d.xlsx"))["分类汇总"]
    body = list(sheet.iter_rows(min_row=2, values_only=True))
    assert body[0][2] == d.by_check[0].check and [r[2] for r in body[:len(d.by_check)]] == [g.check for g in d.by_check]
    stale_row = next(r for r in body if r[2] == "stale-column")
    assert stale_row[4] == 6 and stale_row[5] == float(stale.points) and stale_row[6] == 0
    total_row = body[len(d.by_check)]
    assert total_row[0] == "合计" and total_row[4] == len(d.findings) and total_row[5] == float(d.stake_total)
