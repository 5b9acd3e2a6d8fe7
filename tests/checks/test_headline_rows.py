"""A column's cover page: a 头条 above the list — its headline in a heading, its picture and summary, its date in a
line of its own — is an entry of the column like the rows under it; prose around a link, or a block linking several
documents, stays no row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.lq.gov.cn/"
AS_OF = dt.date(2025, 3, 20)
FOOTER = "<div class='ft'>主办单位：临泉区人民政府办公室 网站标识码：3412990001 皖ICP备12000001号</div>"
SUMMARY = ("3月14日上午，区政府召开春季农业生产暨高标准农田建设推进会，总结去年工作，部署今年春耕备耕、"
           "农资保供和农田水利设施建设任务，要求各镇街压实责任，确保不误农时。")


def _rows(body: str, url: str = SEED + "nyxx/") -> dict[str, tuple[int | None, int, int] | None]:
    f = parse_page(f"<html><head><title>农业信息_临泉区</title></head><body>{body}</body></html>", url, None, "r",
                   home=False)
    return {it.title: it.date for it in f.items}


def test_a_headline_card_with_its_summary_is_a_dated_row() -> None:
    # the date in a line of its own under the summary, the summary closing with a 阅读全文 link to the same document,
    # the picture linking it too (outside the card)
    card = ("<section class='focus'><figure><a href='/nyxx/2025/0314/a901.shtml'><img src='/p/901.jpg' alt=''></a>"
            "</figure><article class='focus-body'><h4 class='focus-title'><a href='/nyxx/2025/0314/a901.shtml'>"
            "区政府部署春季农业生产和高标准农田建设</a></h4>"
            f"<div class='focus-abs'>{SUMMARY}<a href='/nyxx/2025/0314/a901.shtml'>阅读全文</a></div>"
            "<div class='focus-meta'>2025年03月14日</div></article></section>")
    rows = ("<dl class='lst'>" + "".join(
        f"<dd><a href='/nyxx/2025/03{d:02d}/a8{d}.shtml'>临泉区第{d}期农技服务下乡活动开展</a><i>2025.03.{d:02d}</i></dd>"
        for d in (12, 9, 5)) + "</dl>")
    got = _rows(card + rows)
    assert got["区政府部署春季农业生产和高标准农田建设"] == (2025, 3, 14)
    assert len(got) == 4


def test_prose_or_a_block_of_several_documents_stays_no_row() -> None:
    # a heading beside links to other documents (a box of its own): no row of the heading's; a link inside prose
    # with a date line below: no heading, no row
    box = ("<div class='intro'><h3><a href='/nyxx/zt/cg.shtml'>春耕专题</a></h3>"
           f"<p>{SUMMARY}</p><p><a href='/nyxx/zt/cg1.shtml'>春耕备耕工作方案</a></p><span>2025-03-01</span></div>")
    prose = ("<div class='note'><p>为做好今年春耕备耕工作，区农业农村局组织技术人员深入各镇街田间地头开展病虫害防治、良种推广和农机作业指导服务，"
             "帮助农户解决生产中的实际困难，详见<a href='/nyxx/2025/0301/b1.shtml'>有关通知</a>。</p>"
             "<p>2025-03-01</p></div>")
    assert _rows(box + prose) == {}


def test_a_cover_page_counts_its_headline_and_dates_the_column_by_it(tmp_path: Path) -> None:
    cover = ("<div class='tt'><h2><a href='/nyxx/2025/0314/a901.shtml'>区政府部署春季农业生产和高标准农田建设</a></h2>"
             f"<p class='abs'>{SUMMARY}</p><p class='tm'>发布日期：2025-03-14</p></div>"
             "<ul class='lst'>" + "".join(
                 f"<li><a href='/nyxx/2025/02{d:02d}/a7{d}.shtml'>临泉区第{d}期农技服务下乡活动开展</a>"
                 f"<span>2025-02-{d:02d}</span></li>" for d in (26, 20, 17, 11, 6)) + "</ul>"
             "<a class='more' href='/nyxx/index_1.shtml'>查看更多&gt;&gt;</a>")
    nav = "<div class='nav'><a href='/'>首页</a><a href='/nyxx/'>农业信息</a></div>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>临泉区人民政府</title></head><body>{nav}<ul><li>"
                 "<a href='/nyxx/2025/0314/a901.shtml'>区政府部署春季农业生产和高标准农田建设</a><span>2025-03-14</span>"
                 f"</li></ul>{FOOTER}</body></html>", depth=0)
    b.page(SEED + "nyxx/", f"<html><head><title>农业信息_临泉区人民政府</title></head><body>{nav}"
                           f"<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; 农业信息</div>{cover}{FOOTER}"
                           "</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    col = next(c for c in report["columns"] if c["url"] == SEED + "nyxx/")
    assert col["items"] == 6 and col["last_update"] == "2025-03-14"
    assert not any(f["check"] == "columns-stale" and f["url"] == SEED + "nyxx/" for f in report["findings"])
