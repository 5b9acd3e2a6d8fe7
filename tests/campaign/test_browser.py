"""The round's pages as a reader uses them in Debian chromium: start at index.html, sort and filter the ranking,
follow a row to its diagnosis, expand a finding; and every page readable on a 390 px phone."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from govweb.publish.diagnosis import build_diagnosis, write_diagnosis
from govweb.scoring import load_methodology
from uichecks import LAYOUT_PROBLEMS, page_of

pytestmark = pytest.mark.browser


def _rows(page: Any) -> list[dict[str, str]]:
    """The visible rows of the ranking table, by column header."""
    return page.evaluate("""() => {
      const table = document.querySelector("#ranking");
      const heads = Array.from(table.tHead.rows[0].cells).map((th) => th.textContent.replace(/[▲▼⇅\\s]/g, ""));
      return Array.from(table.tBodies[0].rows).filter((r) => !r.hidden).map((r) =>
        Object.fromEntries(Array.from(r.cells).map((c, i) => [heads[i], c.textContent.trim()])));
    }""")


def _results(out: Path) -> list[dict[str, str]]:
    with open(out / "results.csv", encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_round_index_sorts_filters_searches_and_links_each_row(reference_round: tuple[Path, Path],
                                                               chromium: Any) -> None:
    _, out = reference_round
    results = _results(out)

    def steps(browser: Any) -> None:
        with page_of(browser, out / "index.html") as page:
            _sort_filter_search_follow(page, results)

    chromium.run(steps)


def _sort_filter_search_follow(page: Any, results: list[dict[str, str]]) -> None:
    rows = _rows(page)
    assert sorted(r["名称"] for r in rows) == sorted(r["名称"] for r in results)
    assert {r["检查结果"] for r in rows} <= {"合格", "不合格"}
    assert all(r["省份"] for r in rows)  # each row says its province
    # the site that could not be measured is listed apart with its reason in plain words
    unranked = page.locator("h2:has-text('未排名的网站') + p + .table-box tbody tr")
    assert unranked.count() == 1 and "拦截" in unranked.inner_text() and "（blocked）" not in unranked.inner_text()

    page.locator("#ranking th:has-text('总分') button").click()        # high to low first
    totals = [float(r["总分"]) for r in _rows(page)]
    assert totals == sorted(totals, reverse=True)
    assert page.locator("#ranking th:has-text('总分')").get_attribute("aria-sort") == "descending"
    page.locator("#ranking th:has-text('总分') button").click()
    assert [float(r["总分"]) for r in _rows(page)] == sorted(totals)

    failed = [r["名称"] for r in results if r["检查结果"] == "不合格"]
    page.select_option("select[aria-label='按检查结果筛选']", "不合格")
    assert sorted(r["名称"] for r in _rows(page)) == sorted(failed)
    assert page.locator(".table-tools .count").inner_text() == f"显示 {len(failed)} / {len(results)} 行"
    page.select_option("select[aria-label='按检查结果筛选']", "")
    target = results[0]
    page.fill("input[type=search]", target["名称"][:3])
    assert target["名称"] in [r["名称"] for r in _rows(page)]
    assert all(target["名称"][:3] in r["名称"] for r in _rows(page))
    page.fill("input[type=search]", "")

    page.get_by_role("link", name=target["名称"]).first.click()
    page.wait_for_load_state()
    assert page.url.endswith(f"sites/{target['网站标识码']}/diagnosis.html")
    assert page.locator("h1").inner_text().startswith(target["名称"])
    assert page.get_by_role("link", name="← 返回本轮总览").count() == 1


def test_diagnosis_leads_with_what_to_fix_and_expands_a_finding(reference_round: tuple[Path, Path],
                                                                chromium: Any) -> None:
    _, out = reference_round
    vetoed = [r for r in _results(out) if r["单项否决"]]
    assert vetoed, "the reference round has a vetoed site"
    site = out / "sites" / vetoed[0]["网站标识码"]
    doc = json.loads((site / "reviewed.json").read_text(encoding="utf-8"))

    def steps(browser: Any) -> None:
        with page_of(browser, site / "diagnosis.html") as page:
            _expand_a_finding(page, doc)

    chromium.run(steps)


def _expand_a_finding(page: Any, doc: dict[str, Any]) -> None:
    headings = page.locator("h2").all_inner_texts()
    assert headings[1] == "二、要合格，先改这些"
    assert page.locator(".veto").count() == len(doc["vetoes"])
    fixes = page.locator(".veto details.finding").count()
    assert fixes >= len(doc["vetoes"]) - sum(v["rule"] == "site-unreachable" for v in doc["vetoes"])
    # each finding once: in full in its group, or (a veto fix, shown in full above) as a link back up
    assert page.locator("details.finding").count() + page.locator("p.ref").count() == len(doc["findings"]) + fixes
    assert page.locator("p.ref a").count() == fixes
    first = page.locator("details.finding:visible").first
    assert first.get_attribute("open") is None
    body = first.locator(".body")
    assert not body.is_visible()
    first.locator("> summary").click()
    assert first.get_attribute("open") is not None and body.is_visible()
    evidence = body.locator("a").first
    assert evidence.get_attribute("href", timeout=1000).startswith("http")
    technical = first.locator("details.tech")
    assert not technical.locator("text=问题编号").is_visible()  # jargon waits behind its own toggle
    technical.locator("> summary").click()
    assert technical.inner_text().count("问题编号") == 1
    assert page.locator("h2:has-text('已通过的检查') + p + ul li").count() >= 1


@pytest.mark.parametrize("page_name", ["index.html", "publication.html", "diagnosis"])
def test_pages_fit_a_390px_phone(reference_round: tuple[Path, Path], chromium: Any, page_name: str) -> None:
    """No element wider than the screen outside a scroll box, no cell text spilling into the next, with every
    finding expanded."""
    _, out = reference_round
    if page_name == "diagnosis":
        code = max(_results(out), key=lambda r: len(r["单项否决"]))["网站标识码"]
        path = out / "sites" / code / "diagnosis.html"
    else:
        path = out / page_name

    def problems(browser: Any) -> list[str]:
        with page_of(browser, path, width=390) as page:
            page.evaluate("document.querySelectorAll('details').forEach((d) => { d.open = true; })")
            return list(page.evaluate(LAYOUT_PROBLEMS))

    assert chromium.run(problems) == []


def test_diagnosis_pdf_keeps_headings_with_their_content(reference_round: tuple[Path, Path], tmp_path: Path) -> None:
    from pdfpages import stranded_headings

    _, out = reference_round
    code = max(_results(out), key=lambda r: len(r["单项否决"]))["网站标识码"]
    diagnosis = build_diagnosis(out / "sites" / code, load_methodology("cstc-2020"))
    pdf = write_diagnosis(diagnosis, tmp_path / "diagnosis.pdf")
    headings = [f"{n}、" for n in "一二三四五六七"] + ["单项否决「"]
    assert stranded_headings(pdf, headings, graphic=False) == []
