"""Every format, written once for the 2020 table and read back with the tools users have."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import docx
import openpyxl
import pytest
from selectolax.lexbor import LexborHTMLParser

from govweb.errors import BadInput
from govweb.publish import build_report, render
from govweb.publish.xlsx import sheet_title
from govweb.scoring import load_methodology, rank_table, read_table

from .publish_helpers import REFERENCE_CSV, published_sentences


@pytest.fixture(scope="module")
def ranking():
    methodology = load_methodology("cstc-2020")
    return rank_table(read_table(REFERENCE_CSV, methodology), methodology)


@pytest.fixture(scope="module")
def outputs(ranking, tmp_path_factory) -> dict[str, Path]:
    report = build_report(ranking, load_methodology("cstc-2020"))
    folder = tmp_path_factory.mktemp("report")
    result = {}
    for suffix in ("md", "html", "xlsx", "docx", "pdf"):
        written = render(report, folder / f"r.{suffix}")
        assert written[0] == folder / f"r.{suffix}"
        result[suffix] = written[0]
    return result


def published_rows(ranking) -> list[tuple[str, str]]:
    """(tier, name) of every row the printed tables show (ranks within publish_top: all 320 for 2020)."""
    return [(t.tier, r.name) for t in ranking.tables for r in t.rows]


def test_markdown_contains_the_published_sentences(outputs) -> None:
    text = outputs["md"].read_text(encoding="utf-8")
    for tier, sentence in published_sentences().items():
        assert sentence in text, tier
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert len(images) == 13  # two charts per tier and the map
    assert all((outputs["md"].parent / image).is_file() for image in images)


def test_markdown_tables_carry_every_row(outputs, ranking) -> None:
    text = outputs["md"].read_text(encoding="utf-8")
    for tier, name in published_rows(ranking):
        assert f"| {name} |" in text, (tier, name)


def test_html_is_self_contained(outputs) -> None:
    text = outputs["html"].read_text(encoding="utf-8")
    tree = LexborHTMLParser(text)
    assert not tree.css("script[src], link[href], iframe, object, embed")
    sources = [node.attributes.get("src") or "" for node in tree.css("img")]
    assert len(sources) == 13 and all(src.startswith("data:image/") for src in sources)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", text)
    assert not re.search(r"url\(\s*['\"]?(?:https?:)?//|@import", text)
    for sentence in published_sentences().values():
        assert sentence in text


def test_xlsx_sheet_per_tier_with_every_row(outputs, ranking) -> None:
    book = openpyxl.load_workbook(outputs["xlsx"])
    assert book.sheetnames == ["概览", *(sheet_title(t.tier) for t in ranking.tables)]
    for table in ranking.tables:
        sheet = book[sheet_title(table.tier)]
        header = [c.value for c in sheet[1]]
        assert sheet.freeze_panes == "C2"
        names = [r[header.index("名称")] for r in sheet.iter_rows(min_row=2, values_only=True)]
        assert names == [r.name for r in table.rows]
        totals = [r[header.index("总分")] for r in sheet.iter_rows(min_row=2, values_only=True)]
        assert totals == [float(r.total) for r in table.rows]
        assert sheet.cell(2, header.index("总分") + 1).number_format == "0.0"
        assert sheet.cell(2, header.index("信息发布指数") + 1).number_format == "0.00"
        assert sheet.conditional_formatting, "colour scales"


def test_docx_tables_carry_every_row(outputs, ranking) -> None:
    document = docx.Document(str(outputs["docx"]))
    names = [row.cells[1].text for table in document.tables for row in table.rows[1:]
             if table.rows[0].cells[0].text == "排名"]
    assert names == [name for _, name in published_rows(ranking)]
    text = "\n".join(p.text for p in document.paragraphs)
    for sentence in published_sentences().values():
        assert sentence in text
    normal = document.styles["Normal"].element.rPr.rFonts
    assert normal.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia") == "仿宋"


def test_docx_keeps_headings_sentences_and_captions_with_what_follows(outputs) -> None:
    """Word moves a heading, the sentence above a table, a statistics caption and the map's note onto the page of
    what they introduce (keep_with_next), and keeps a picture with its caption."""
    document = docx.Document(str(outputs["docx"]))
    paragraphs = document.paragraphs
    headings = [p for p in paragraphs if p.style.name.startswith("Heading")]
    assert len(headings) >= 10 and all(p.paragraph_format.keep_with_next for p in headings)
    introducing = [p for p in paragraphs if not p.text.startswith("图：") and (
        p.text in published_sentences().values() or p.text.endswith(("统计（个）", "总分统计", "平均值"))
        or p.text.startswith("省级政府网站（"))]
    assert len(introducing) >= 6 * 4 and all(p.paragraph_format.keep_with_next for p in introducing)
    pictures = [p for p in paragraphs if p._p.xpath(".//w:drawing")]
    assert len(pictures) == 13 and all(p.paragraph_format.keep_with_next for p in pictures)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)")
def test_pdf_text_has_every_name_and_embedded_fonts(outputs, ranking) -> None:
    text = subprocess.run(["pdftotext", "-layout", str(outputs["pdf"]), "-"], capture_output=True, text=True,
                          check=True).stdout
    missing = [(tier, name) for tier, name in published_rows(ranking) if name not in text]
    assert not missing
    fonts = subprocess.run(["pdffonts", str(outputs["pdf"])], capture_output=True, text=True, check=True).stdout
    cjk = [line for line in fonts.splitlines() if "CJK" in line]
    assert cjk and all(" yes " in line for line in cjk)  # embedded


def test_unknown_format_writes_nothing(ranking, tmp_path) -> None:
    report = build_report(ranking, load_methodology("cstc-2020"))
    with pytest.raises(BadInput):
        render(report, tmp_path / "r.odt")
    assert not list(tmp_path.iterdir())


def test_pdf_headings_keep_with_their_table_or_figure(outputs) -> None:
    """Rendered page by page, no part or tier heading (nor the map's) is left at the foot of a page while its table
    or figure starts on the next."""
    from pdfpages import stranded_headings

    headings = [f"{n}、" for n in "一二三四五六"] + [f"（{n}）" for n in "一二三"]
    assert stranded_headings(outputs["pdf"], headings) == []


@pytest.mark.browser
def test_html_prefecture_table_sorts_filters_searches_with_sticky_header(outputs, ranking, chromium) -> None:
    """The 131-row 地市 table: a 省份 column, sort by any index, filter by province, search by name, and the
    header stays visible while the table scrolls in its box."""
    from uichecks import page_of

    def steps(browser) -> None:
        with page_of(browser, outputs["html"]) as page:
            _use_the_prefecture_table(page, ranking)

    chromium.run(steps)


def _use_the_prefecture_table(page, ranking) -> None:
    prefectures = next(t for t in ranking.tables if t.tier == "地市")
    table = page.locator("table[data-table]").nth([t.tier for t in ranking.tables].index("地市"))
    rows = table.locator("tbody tr:visible")
    assert rows.count() == len(prefectures.rows) == 131
    heads = table.locator("thead th").all_inner_texts()
    province = [h.strip(" ⇅▲▼\n") for h in heads].index("省份")
    assert all(cell for cell in table.locator(f"tbody td:nth-child({province + 1})").all_inner_texts())

    table.locator("thead th", has_text="办事服务").locator("button").click()
    column = [h.replace("\n", "") for h in heads].index(next(h.replace("\n", "") for h in heads if "办事服务" in h))
    values = [float(v) for v in table.locator(f"tbody td:nth-child({column + 1})").all_inner_texts()]
    assert values == sorted(values, reverse=True)

    tools = page.locator(".table-tools").nth([t.tier for t in ranking.tables].index("地市"))
    tools.locator("select[aria-label='按省份筛选']").select_option("浙江省")
    shown = table.locator(f"tbody tr:visible td:nth-child({province + 1})").all_inner_texts()
    assert shown and set(shown) == {"浙江省"}
    tools.locator("select[aria-label='按省份筛选']").select_option("")
    tools.locator("input[type=search]").fill("苏州")
    assert [n for n in table.locator("tbody tr:visible td.name").all_inner_texts()] == ["苏州市"]
    tools.locator("input[type=search]").fill("")

    box = table.locator("xpath=..")
    box.evaluate("(el) => { el.scrollTop = 1500; }")
    header_top = table.locator("thead th").first.evaluate("(el) => el.getBoundingClientRect().top")
    box_top = box.evaluate("(el) => el.getBoundingClientRect().top")
    assert abs(header_top - box_top) <= 2
