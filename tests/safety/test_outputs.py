"""Item 3 (safe outputs) and the `rank` part of item 6: hostile text from sites and users never becomes a formula,
HTML or Markdown in anything govweb writes; `rank --out x.xlsx` writes a real workbook."""

from __future__ import annotations

import csv
import io
import json
import re
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from govweb.safetext import csv_cell, csv_text, markdown_text, printable, write_csv, xlsx_row
from scoring.scoring_helpers import REFERENCE, govweb

from .hostile import FORMULA, FORMULA_LIKE, HTML, formulas_in, text_cells


@pytest.mark.parametrize("text", FORMULA_LIKE)
def test_csv_cell_neutralises_formula_starts(text: str) -> None:
    assert csv_cell(text) == "'" + text
    assert csv_text(csv_cell(text)) == text  # our own readers get the text back


@pytest.mark.parametrize("number", ["-0.5", "-12", "+3", "0.80", "94.8", "-1e-3", ".5"])
def test_csv_numbers_stay_numbers(number: str) -> None:
    assert csv_cell(number) == number
    assert csv_cell(Decimal(number)) == str(Decimal(number))


def test_csv_plain_text_untouched() -> None:
    assert [csv_cell(v) for v in ("北京市", "a=b", "", None, 3)] == ["北京市", "a=b", "", "", "3"]


def test_write_csv_is_excel_ready(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    write_csv(path, ["名称", "总分"], [[FORMULA, Decimal("-1.5")]])
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows == [["名称", "总分"], ["'" + FORMULA, "-1.5"]]


def test_xlsx_strings_are_text_never_formulas(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(xlsx_row(ws, [FORMULA, "#N/A", "bell\x07", "x" * 40_000, 0.5, None]))
    path = tmp_path / "t.xlsx"
    book.save(path)
    assert formulas_in(path) == []
    cells = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))[0]
    assert cells[0] == FORMULA and cells[1] == "#N/A" and cells[2] == "bell\\x07"
    assert len(cells[3]) == 32_767 and cells[4] == 0.5


def test_markdown_text_has_no_markup() -> None:
    for text in HTML:
        escaped = markdown_text(text)
        assert "<" not in escaped and not re.search(r"(?<!\\)\]\(", escaped)  # no tag, no link
    assert markdown_text("A&B|C\n# D") == "A&amp;B\\|C \\# D"


def test_printable_escapes_controls_and_direction_overrides() -> None:
    assert printable("a\x1b[31mb\u202ec\nd") == "a\\x1b[31mb\\u202ec\\nd"


def _hostile_table(tmp_path: Path) -> Path:
    """The reference table with a formula for 北京市's name, HTML in other names and a carried column."""
    rows = list(csv.reader(io.StringIO(REFERENCE.read_text(encoding="utf-8-sig"))))
    name = rows[0].index("名称")
    rows[0] += ["备注", "行政区划代码"]  # codes: hostile names resolve to no division
    for i, row in enumerate(rows[1:], start=1):
        row += [FORMULA_LIKE[i % len(FORMULA_LIKE)] if i < 20 else "", f"{900000 + i}" if i <= len(HTML) + 1 else ""]
    rows[1][name] = FORMULA
    for i, text in enumerate(HTML, start=2):
        rows[i][name] = text
    path = tmp_path / "hostile.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def test_rank_csv_and_xlsx_outputs_are_safe(tmp_path: Path) -> None:
    table = _hostile_table(tmp_path)
    for suffix in ("csv", "xlsx"):
        out = tmp_path / f"ranking.{suffix}"
        result = govweb("rank", table, "--out", out)
        assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO((tmp_path / "ranking.csv").read_text(encoding="utf-8-sig"))))
    cells = [cell for row in rows for cell in row]
    assert "'" + FORMULA in cells and FORMULA not in cells
    assert not any(cell.startswith(("=", "+", "@", "\t", "\r")) for cell in cells)
    assert all(cell.startswith("'") or _is_number(cell) for cell in cells if cell.startswith("-"))
    # item 6: a real workbook, numbers as numbers, the formula as text
    xlsx = tmp_path / "ranking.xlsx"
    assert xlsx.read_bytes()[:2] == b"PK" and formulas_in(xlsx) == []
    sheet = openpyxl.load_workbook(xlsx)["排名"]
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][:3] == ("级别", "排名", "名称") and len(values) == len(rows)
    beijing = dict(zip(values[0], next(v for v in values if v[2] == FORMULA), strict=True))
    assert beijing["排名"] == 1 and beijing["总分"] == 94.8 and beijing["信息发布指数"] == 0.82
    assert beijing["行政区划代码"] == "900001" and beijing["备注"] == FORMULA_LIKE[1]


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def test_rank_refuses_unknown_suffix(tmp_path: Path) -> None:
    result = govweb("rank", REFERENCE, "--out", tmp_path / "ranking.md")
    assert result.returncode == 2 and ".csv 或 .xlsx" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_report_xlsx_and_markdown_are_safe(tmp_path: Path) -> None:
    table = _hostile_table(tmp_path)
    for suffix in ("xlsx", "md"):
        result = govweb("report", table, "--out", tmp_path / f"report.{suffix}", "--title", "<script>x</script>报告")
        assert result.returncode == 0, result.stderr
    xlsx = tmp_path / "report.xlsx"
    assert formulas_in(xlsx) == []
    assert FORMULA in text_cells(xlsx)["直辖市"]
    text = (tmp_path / "report.md").read_text(encoding="utf-8")
    for markup in ("<script", "<img", "<!--"):
        assert markup not in text
    assert "\\[点击\\](javascript" in text and not re.search(r"(?<!\\)\]\(javascript", text)
    assert "&lt;script&gt;x&lt;/script&gt;报告" in text and "&lt;img src=x onerror=" in text


def test_round_outputs_are_safe(tmp_path: Path) -> None:
    """A round whose sites file, expert file and crawled pages are hostile: results.csv, not-ranked.csv,
    inspection-summary.xlsx, publication.xlsx/.md and each diagnosis.xlsx hold the text, never a formula."""
    import datetime

    from campaign.fixtures import finding, findings_doc, write_site
    from govweb.campaign import RoundOptions, run_round
    from govweb.campaign.inspect import SiteInspection

    sites = tmp_path / "sites.csv"
    sites.write_text("网站标识码,名称,首页网址,级别,行政区划代码\n"
                     f'1100000088,"{FORMULA.replace(chr(34), chr(34) * 2)}",http://www.beijing.gov.cn/,直辖市,110000\n'
                     "1200000052,<script>alert(1)</script>天津,http://www.tj.gov.cn/,直辖市,120000\n"
                     "3100000001,@SUM(A1)[/b]上海,http://www.sh.gov.cn/,直辖市,310000\n", encoding="utf-8")
    expert = tmp_path / "expert.csv"
    expert.write_text("网站标识码,核减问题编号,核减理由,评审人,评审日期\n"
                      f'1100000088,no-ipv6:0004,"{FORMULA.replace(chr(34), chr(34) * 2)}",-张三,2020-11-30\n',
                      encoding="utf-8")

    def inspector(site, options) -> SiteInspection:  # type: ignore[no-untyped-def]
        folder = options.folder(site)
        doc = findings_doc(code=site.site_code, status="not-measured" if site.site_code == "3100000001" else "measured",
                           extra_findings=[finding("stale-column:0005", "stale-column", "信息发布",
                                                   url="http://www.beijing.gov.cn/=1")])
        doc["site"]["name"] = FORMULA
        for f in doc["findings"]:
            f["evidence"]["excerpt"] = FORMULA  # a page title on a hostile site
            f["message"] = "页面标题：" + FORMULA
        write_site(folder, doc)
        (folder / "site.json").write_text(json.dumps({"code": site.site_code, "tier": "直辖市"}), encoding="utf-8")
        return SiteInspection(site.site_code, "done", 0.1, 0)

    out = tmp_path / "round"
    run_round(RoundOptions(sites=sites, as_of=datetime.date(2020, 11, 26), out=out, expert=expert,
                           publication_formats=(".md", ".xlsx"), diagnosis_formats=(".xlsx",)), inspector)
    for name in ("results.csv", "not-ranked.csv"):
        cells = [c for row in csv.reader(io.StringIO((out / name).read_text(encoding="utf-8-sig"))) for c in row]
        assert not any(c.startswith(("=", "+", "@", "\t", "\r")) for c in cells), name
        assert any(c.startswith("'") for c in cells), name
    workbooks = [out / "inspection-summary.xlsx", out / "publication.xlsx",
                 *sorted((out / "sites").glob("*/diagnosis.xlsx"))]
    assert len(workbooks) == 5
    for path in workbooks:
        assert formulas_in(path) == [], path
    diagnosis = text_cells(out / "sites" / "1100000088" / "diagnosis.xlsx")
    assert FORMULA in diagnosis["问题清单"] and FORMULA in diagnosis["人工核减"] and "-张三" in diagnosis["人工核减"]
    assert FORMULA in text_cells(out / "inspection-summary.xlsx")["网站明细"]
    assert "<script>" not in (out / "publication.md").read_text(encoding="utf-8")


def test_diagnosis_with_control_characters_and_formulas(tmp_path: Path) -> None:
    """A hostile page's title with a bell and an escape in it, and a formula: DOCX and XLSX are written (python-docx
    and openpyxl refuse such characters), the characters shown escaped, the formula as text."""
    import datetime

    import docx

    from campaign.conftest import penalty_engine
    from campaign.fixtures import findings_doc, write_site
    from govweb.publish.diagnosis import build_diagnosis, write_diagnosis
    from govweb.scoring import load_methodology

    doc = findings_doc()
    doc["site"]["name"] = "示例\x07市\x1b[2J"
    doc["findings"][0]["evidence"]["excerpt"] = FORMULA + "\x00\x08"
    site = write_site(tmp_path / "site", doc)
    now = datetime.datetime(2020, 12, 5, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=8)))
    diagnosis = build_diagnosis(site, load_methodology("cstc-2020"), tier="地市", engine=penalty_engine, now=now)
    write_diagnosis(diagnosis, tmp_path / "d.docx")
    write_diagnosis(diagnosis, tmp_path / "d.xlsx")
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "d.docx")).paragraphs)
    assert "示例\\x07市\\x1b[2J 网站体检报告" in text
    assert formulas_in(tmp_path / "d.xlsx") == []
    assert FORMULA + "\\x00\\x08" in text_cells(tmp_path / "d.xlsx")["问题清单"]
