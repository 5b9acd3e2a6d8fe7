"""Lists of small sites heavy with attachments and pictures: dates written inside file names, a row's attachment
beside its title, a row printing no date where its siblings do, picture tiles linking picture and caption, and a
document heading naming a day in its sentence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from govweb.checks.dates import find_date
from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.heshan.gov.cn/"
AS_OF = dt.date(2024, 3, 1)


def _page(title: str, body: str) -> str:
    menu = ("<div class='daohang'><a href='/'>首页</a> <a href='/wjxz/'>政策文件</a> <a href='/gsgs/'>公示公告</a> "
            "<a href='/zpxw/'>组图新闻</a></div>")
    return (f"<html><head><meta charset='utf-8'><title>{title}-鹤山镇人民政府</title></head><body>{menu}"
            f"<p class='weizhi'>您的位置：<a href='/'>首页</a> 您的位置：<a href='/'>首页</a> » {title}gt; {title}</p><div class='nr'>{body}</div>"
            "<div class='bottom'>鹤山镇人民政府主办 电话：0830-7712345</div></body></html>")


def _report(tmp_path: Path, pages: list[tuple[str, str]]) -> dict:
    b = SnapshotBuilder(SEED)
    b.page(SEED, _page("首页", "<a href='/wjxz/'>政策文件</a> <a href='/gsgs/'>公示公告</a> <a href='/zpxw/'>组图新闻</a>"),
           depth=0)
    for url, html in pages:
        b.page(url, html)
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _column(report: dict, url: str) -> dict:
    return next(c for c in report["columns"] if c["url"] == url)


@pytest.mark.parametrize("text,expected", [
    ("鹤山镇2023年度农机购置补贴名单（20231215）.xlsx", (2023, 12, 15)),
    ("[20240108] 关于春运安全的提示", (2024, 1, 8)),
    ("20240220鹤山镇春耕生产方案.wps", (2024, 2, 20)),
    ("合计20201110元", None),                 # an amount between words: no date
    ("编号A20201110号", None),
    ("（20241340）", None),                   # no month 13
    ("【2024-02-01】通知（20230105）", (2024, 2, 1)),   # a printed date first
])
def test_a_date_written_as_eight_digits_in_a_title(text: str, expected: tuple | None) -> None:
    assert find_date(text) == expected


def test_a_list_of_files_dated_only_in_their_names(tmp_path: Path) -> None:
    # each row a file link whose only date is in its name: bracketed at its end (before the extension), or opening it
    rows = "".join(f"<tr><td class='ico'></td><td><a href='/wjxz/{i}.{ext}'>{name}</a></td></tr>" for i, (name, ext) in
                   enumerate([("鹤山镇2024年春季森林防火值班表（20240226）.xlsx", "xlsx"),
                              ("20240203鹤山镇春耕备耕工作方案.docx", "docx"),
                              ("鹤山镇困难群众救助资金发放明细（2024.01.18）.pdf", "pdf")]))
    report = _report(tmp_path, [(SEED + "wjxz/", _page("政策文件", f"<table class='wj'>{rows}</table>"))])
    col = _column(report, SEED + "wjxz/")
    assert col["items"] == 3 and col["last_update"] == "2024-02-26"


def test_a_rows_attachment_is_part_of_the_row_and_a_row_without_its_date_line_is_an_entry(tmp_path: Path) -> None:
    # each notice's row: its title, then a line with its attachment and the date; one notice has no attachment, so
    # no date line: still a row of the list (an entry with no date), while the attachments are no rows of their own
    dated = "".join(
        f"<li><h4><a href='/gsgs/2024{m}/t2024{m}15_{m}.html'>鹤山镇关于第{m}批次低保对象审核结果的公示</a></h4>"
        f"<p class='fu'>附件下载：<a href='/gsgs/2024{m}/P{m}.pdf'>第{m}批低保对象名单.pdf</a> <span>2024-{m}-15</span></p></li>"
        for m in ("02", "01"))
    older = ("<li><h4><a href='/gsgs/202312/t20231211_9.html'>鹤山镇2023年冬季征兵体检结果公示</a></h4>"
             "<p class='fu'>附件下载：<a href='/gsgs/202312/P9.doc'>体检合格人员名单.doc</a> <span>2023-12-11</span></p></li>")
    bare = "<li><h4><a href='/gsgs/202401/t20240110_5.html'>鹤山镇便民服务大厅春节期间办公时间调整</a></h4></li>"
    report = _report(tmp_path, [(SEED + "gsgs/", _page("公示公告", f"<ul class='gs'>{dated}{bare}{older}</ul>"))])
    col = _column(report, SEED + "gsgs/")
    assert col["items"] == 4 and col["last_update"] == "2024-02-15"


def test_a_shorter_table_row_is_no_row_without_its_date(tmp_path: Path) -> None:
    # (a table row spanning the others is a heading or a 更多 line, not a row missing its date cell)
    dated = "".join(f"<tr><td><a href='/gsgs/2024{m}/t2024{m}03_{m}.html'>鹤山镇第{m}期农村集体三资管理公示</a></td>"
                    f"<td>2024-{m}-03</td></tr>" for m in ("02", "01"))
    span = "<tr><td colspan='2'><a href='/gsgs/wq/'>查看二〇二三年全部公示内容</a></td></tr>"
    report = _report(tmp_path, [(SEED + "gsgs/", _page("公示公告", f"<table>{dated}{span}</table>"))])
    assert _column(report, SEED + "gsgs/")["items"] == 2


def test_picture_tiles_linking_picture_and_caption_are_entries(tmp_path: Path) -> None:
    # a grid of photos, each linked twice (the picture, and its caption under it), no dates printed: each tile is an
    # entry, its page not fetched — the entry's date unknown (never blank) —, the one captioned in a few words too
    # (the addresses, outside the list's folder and undated, say nothing of it)
    tiles = "".join(f"<div class='pic'><a href='/news/show-{i + 70}.html'><img src='/img/{i}.jpg' alt=''></a>"
                    f"<div class='bt'><a href='/news/show-{i + 70}.html'>{cap}</a></div></div>"
                    for i, cap in enumerate(["鹤山镇举办2024年迎春游园会活动现场", "村民冬修水渠", "鹤山镇中心学校第十届冬季运动会开幕", "镇领导走访慰问敬老院五保老人"]))
    report = _report(tmp_path, [(SEED + "zpxw/", _page("组图新闻", f"<div class='grid'>{tiles}</div>"
                                                                 "<div class='fy'><a href='/zpxw/index_2.html'>下一页</a></div>"))])
    col = _column(report, SEED + "zpxw/")
    assert col["items"] == 4 and col["last_update"] is None
    assert not any(f["check"] == "empty-column" and f["evidence"]["url"] == col["url"] for f in report["findings"])


def test_a_heading_naming_a_day_in_its_sentence_is_the_documents() -> None:
    html = ("<html><head><meta charset='utf-8'><title>关于2024年3月10日起调整镇内公交班次的通告_鹤山镇</title></head><body>"
            "<div class='daohang'><a href='/'>首页</a></div><p class='weizhi'>您的位置：<a href='/'>首页</a> » 通知</p>"
            "<h2>关于2024年3月10日起调整镇内公交班次的通告</h2><div class='xx'>2024-02-27 16:20 来源：镇交管站</div>"
            "<div class='zw'><p>为方便群众出行，经研究决定调整班次。</p></div></body></html>")
    f = parse_page(html, SEED + "tzgg/2024/0227/77.html", None, "r", home=False)
    assert f.is_article and f.pubdate == (2024, 2, 27)
    # a line that is itself a date stays no heading: the byline under the breadcrumb names no document
    g = parse_page(html.replace("<h2>关于2024年3月10日起调整镇内公交班次的通告</h2>", "<h2>2024年3月10日</h2>"),
                   SEED + "tzgg/2024/0227/77.html", None, "r", home=False)
    assert not g.is_article
