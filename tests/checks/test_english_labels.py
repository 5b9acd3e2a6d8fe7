"""Labels printed in English or as abbreviations (the fifty-ninth blind batch, read): a footer's English sponsor
label, a link whose Chinese name is only in its `title`, a page the menu names only in English that shows the body's
functions and leaders, and a disclosure landing page whose box of yearly reports stands under an English heading.
Hand-written in layouts unlike the corpus pages (a county bureau on a DedeCMS-like template, definition lists,
tables)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from govweb.checks.footer import read_marks
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://sjj.lh.gov.cn/"
AS_OF = dt.date(2025, 3, 18)
FOOT = ("<div id='ft'><p>Sponsored by：临禾县审计局　Tel：0736-7712345</p>"
        "<p>网站标识码：4307990021　湘ICP备11002233号-1</p></div>")
NEWS = ("<dl class='xw'><dt>Audit Updates</dt>"
        "<dd><a href='/a/gzdt/20250312/77.html'>县审计局开展2024年度预算执行审计进点会</a><i>2025.03.12</i></dd>"
        "<dd><a href='/a/gzdt/20250305/75.html'>县审计局召开全面从严治党工作会议</a><i>2025.03.05</i></dd></dl>")


def _page(title: str, body: str, menu: str) -> str:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='nv'>{menu}</div>{body}{FOOT}</body></html>")


def _report(tmp_path: Path, menu: str, pages: dict[str, str]) -> dict:
    b = SnapshotBuilder(SEED)
    b.page(SEED, _page("临禾县审计局", NEWS, menu), depth=0)
    for path, body in pages.items():
        title, said = body.split("|", 1)
        b.page(SEED + path, _page(f"{title}_临禾县审计局", said, menu))
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _present(report: dict, el: str) -> bool:
    return bool(report["elements"][el]["present"])


def _marks(footer: str) -> dict[str, str]:
    return {k: v for k, (v, _) in read_marks(footer, ([footer], ""), []).items()}


@pytest.mark.parametrize("line,sponsor", [
    ("Sponsored by：临禾县审计局　Organizer: 临禾县信息中心", "临禾县审计局"),
    ("SPONSOR 临禾县人民政府办公室 | Tel: 0736-7712000", "临禾县人民政府办公室"),
])
def test_an_english_sponsor_label_names_the_sponsor(line: str, sponsor: str) -> None:
    assert _marks(line + " 网站标识码：4307990021")["网站主办单位"] == sponsor


def test_an_english_sponsor_named_in_english_or_an_organizer_is_not_read() -> None:
    # the body named in English is no name read here; an Organizer (承办) is not the sponsor
    assert "网站主办单位" not in _marks("Sponsored by the Audit Bureau of Linhe County 网站标识码：4307990021")
    assert "网站主办单位" not in _marks("Organizer: 临禾县信息中心 网站标识码：4307990021")


def test_a_links_chinese_title_names_its_abbreviated_text(tmp_path: Path) -> None:
    # (the guide's own page not crawled: only the link says what it is)
    titled = _report(tmp_path / "titled", "<a href='/'>SY</a> <a href='/gk/zn/' title='政府信息公开指南'>GKZN</a>", {})
    assert _present(titled, "政府信息公开指南")
    # the same link without its title names nothing a reader could take for the guide
    bare = _report(tmp_path / "bare", "<a href='/'>SY</a> <a href='/gk/zn/'>GKZN</a>", {})
    assert not _present(bare, "政府信息公开指南")


def test_a_page_named_in_english_shows_functions_and_leaders(tmp_path: Path) -> None:
    about = ("关于本局|<table class='jg'><tr><th>Our Duties</th></tr><tr><td>临禾县审计局是县人民政府组成部门。主要职能："
             "负责全县审计监督工作，对县级预算执行情况进行审计。</td></tr><tr><th>Leaders</th></tr>"
             "<tr><td>欧阳明　局长</td></tr><tr><td>谭小红　副局长</td></tr></table>")
    menu = "<a href='/'>Home</a> <a href='/jgxx/'>Who We Are</a>"
    read = _report(tmp_path / "read", menu, {"jgxx/": about})
    assert _present(read, "机构职能") and _present(read, "负责人信息")
    # the page says neither (an address and a phone): nothing is taken from its English name
    plain = _report(tmp_path / "plain", menu, {"jgxx/": "关于本局|<p>地址：临禾县城关镇人民路8号</p>"})
    assert not _present(plain, "机构职能") and not _present(plain, "负责人信息")


def _hub(rows: list[tuple[str, str, str]]) -> dict[str, str]:
    box = "".join(f"<tr><td><a href='{u}'>{t}</a></td><td>{d}</td></tr>" for u, t, d in rows)
    return {"xxgk/": "政府信息公开|<h2>Government Information</h2><ul class='gk'>"
                     "<li><a href='/xxgk/zn/'>Guide</a></li><li><a href='/xxgk/zd/'>Rules</a></li>"
                     "<li><a href='/xxgk/ml/'>Catalogue</a></li></ul>"
                     f"<table class='nb'><tr><th>Yearly Reports</th><th>Date</th></tr>{box}</table>"}


REPORTS = [("/a/nb/20250120/12.html", "临禾县审计局2024年政府信息公开工作年度报告", "2025.01.20"),
           ("/a/nb/20240125/9.html", "临禾县审计局2023年政府信息公开工作年度报告", "2024.01.25")]


def test_a_disclosure_hubs_box_of_yearly_reports_is_no_list(tmp_path: Path) -> None:
    menu = "<a href='/'>Home</a> <a href='/xxgk/'>Disclosure</a>"
    boxed = _report(tmp_path / "boxed", menu, _hub(REPORTS))
    assert SEED + "xxgk/" not in {c["url"] for c in boxed["columns"]}
    # a notice among the rows: the page lists documents of its own
    mixed = _report(tmp_path / "mixed", menu, _hub(
        [*REPORTS, ("/a/tz/20250301/31.html", "关于开展2025年度审计项目计划征集的通知", "2025.03.01")]))
    assert SEED + "xxgk/" in {c["url"] for c in mixed["columns"]}
