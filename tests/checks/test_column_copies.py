"""Columns served twice, error pages in a template, lists saying they are empty beside the template's rows, and a
function's table of records, a blog's archive by month: what counts as a column."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "https://www.qingshi.gov.cn/"
AS_OF = dt.date(2024, 6, 30)
SITE = '<meta name="SiteName" content="青石县人民政府">'


def _page(title: str, body: str, side: str = "") -> str:
    menu = ('<div class="menu"><a href="/">首页</a> <a href="/gsgg/list.shtml">公示公告</a> '
            '<a href="/xwdt/list.shtml">县内新闻</a> <a href="/hd/ly.shtml">网上留言</a></div>')
    return (f"<html><head><meta charset='utf-8'>{SITE}<title>{title}_青石县人民政府</title></head><body>{menu}"
            f"<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; {title}</div><div class='con'>{body}</div>"
            f"<div class='aside'>{side}</div><div class='foot'>青石县人民政府办公室主办 联系电话：0571-5551234</div>"
            "</body></html>")


def _copy(title: str, body: str) -> str:
    # a phone build's or a proxy's page: the site's name over the list, no menu of the desktop site
    return (f"<html><head><meta charset='utf-8'>{SITE}<title>{title}_青石县人民政府</title></head><body>"
            f"<header>青石县人民政府</header><h2>{title}</h2>{body}</body></html>")


def _rows(folder: str, dates: list[str]) -> str:
    return "<div class='lst'>" + "".join(
        f"<p><em>{d}</em><a href='/{folder}/{d.replace('-', '')}/a{i}.shtml'>青石县第{i}项工作安排情况的说明</a></p>"
        for i, d in enumerate(dates)) + "</div>"


def _report(tmp_path: Path, pages: list[tuple[str, str]]) -> dict:
    b = SnapshotBuilder(SEED)
    links = "".join(f"<a href='{u}'>{n}</a> " for u, n in (
        ("/gsgg/list.shtml", "公示公告"), ("/xwdt/list.shtml", "县内新闻"), ("/hd/ly.shtml", "网上留言")))
    b.page(SEED, _page("首页", links + _rows("xwdt", ["2024-06-28", "2024-06-20"])), depth=0)
    for url, html in pages:
        b.page(url, html)
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _columns(report: dict) -> dict[str, str]:
    return {c["url"]: c["name"] for c in report["columns"]}


def test_the_same_column_served_by_a_phone_host_and_a_proxy_counts_once(tmp_path: Path) -> None:
    old = ["2023-09-01", "2023-08-15", "2023-07-02"]
    news = _page("公示公告", _rows("gsgg", old))
    pages = [
        (SEED + "gsgg/list.shtml", news),
        (SEED + "xwdt/list.shtml", _page("县内新闻", _rows("xwdt", ["2024-06-28", "2024-06-20"]))),
        # the phone build at the same path, and a reading proxy writing the site's host and path in its own
        ("https://wap.qingshi.gov.cn/gsgg/list.shtml", _copy("公示公告", _rows("gsgg", old))),
        ("https://fanti.qingshi.gov.cn/proxy/www.qingshi.gov.cn/gsgg/list.shtml", _copy("公示公告", _rows("gsgg", old))),
    ]
    report = _report(tmp_path, pages)
    cols = _columns(report)
    assert SEED + "gsgg/list.shtml" in cols
    assert not [u for u in cols if "wap." in u or "/proxy/" in u]
    assert sum(1 for f in report["findings"] if f["check"] == "stale-column") == 1


def test_a_page_at_the_same_path_of_another_host_named_otherwise_is_no_copy(tmp_path: Path) -> None:
    pages = [
        (SEED + "gsgg/list.shtml", _page("公示公告", _rows("gsgg", ["2024-06-01", "2024-05-15"]))),
        (SEED + "xwdt/list.shtml", _page("县内新闻", _rows("xwdt", ["2024-06-28", "2024-06-20"]))),
        ("https://wap.qingshi.gov.cn/gsgg/list.shtml", _copy("招标公告", _rows("gsgg", ["2024-06-02", "2024-05-16", "2024-04-03"]))),
    ]
    cols = _columns(_report(tmp_path, pages))
    assert SEED + "gsgg/list.shtml" in cols
    assert "https://wap.qingshi.gov.cn/gsgg/list.shtml" in cols


def test_a_message_board_that_failed_to_read_its_data_is_no_column(tmp_path: Path) -> None:
    # (beside two pages of text that print the same template: what the board says of its own is the message)
    pages = [(SEED + "hd/ly.shtml", _page("网上留言", "<div class='err'>数据加载异常，请与管理员联系。</div>")),
             (SEED + "jgzn/", _page("机构职能", "<p>" + "县人民政府办公室负责处理县政府日常工作，协助县政府领导同志处理政务。" * 2 + "</p>")),
             (SEED + "ldxx/", _page("领导信息", "<p>" + "县长主持县政府全面工作，分管审计、编制和机构改革方面的工作。" * 2 + "</p>"))]
    report = _report(tmp_path, pages)
    assert SEED + "hd/ly.shtml" not in _columns(report)
    assert not any(f["check"] == "empty-column" for f in report["findings"])


def test_a_list_saying_it_is_empty_beside_the_templates_box_is_a_blank_column(tmp_path: Path) -> None:
    # every page carries the same 热点 box of dated rows (the template's); pages whose only rows are that box say
    # 暂无内容 of their own list: each is a blank column, named like a column or not (三务公开)
    box = "<h4>热点关注</h4>" + _rows("rd", ["2024-06-25", "2024-06-18", "2024-06-11"])
    empty = "<h3>{}</h3><ul class='lb'></ul><div class='none'>暂无内容</div>"
    pages = [(SEED + f"{k}/list.shtml", _page(n, empty.format(n), box))
             for k, n in (("swgk", "三务公开"), ("rsxx", "人事信息"), ("ghjh", "规划计划"))]
    pages.append((SEED + "xwdt/list.shtml", _page("县内新闻", _rows("xwdt", ["2024-06-28", "2024-06-20"]), box)))
    b = SnapshotBuilder(SEED)
    links = "".join(f"<a href='/{k}/list.shtml'>{n}</a> " for k, n in (
        ("swgk", "三务公开"), ("rsxx", "人事信息"), ("ghjh", "规划计划"), ("xwdt", "县内新闻")))
    b.page(SEED, _page("首页", links + _rows("xwdt", ["2024-06-28"]), box), depth=0)
    for url, html in pages:
        b.page(url, html)
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    blank = {f["evidence"]["url"] for f in report["findings"] if f["check"] == "empty-column"}
    assert {SEED + f"{k}/list.shtml" for k in ("swgk", "rsxx", "ghjh")} <= blank


@pytest.mark.parametrize("name,column", [("服务网点查询", False), ("来信选登", True)])
def test_a_lookup_pages_table_of_records_printed_without_links_is_no_column(
        tmp_path: Path, name: str, column: bool) -> None:
    # a 查询 page's table of offices, each row dated when its details were checked, lists no published item; the same
    # table on a page named for letters is a list of them
    rows = "".join(f"<tr><td>青石县第{i}便民服务站（示范点）</td><td>青石大道{i}号</td><td>2024-0{6 - i}-1{i}</td></tr>"
                   for i in range(1, 5))
    table = f"<form action='/cx/wd.shtml'><input name='kw'><button>查询</button></form><table>{rows}</table>"
    report = _report(tmp_path, [(SEED + "cx/wd.shtml", _page(name, table))]
                     + [(SEED + "gsgg/list.shtml", _page("公示公告", "<a href='/cx/wd.shtml'>" + name + "</a>"))])
    assert (SEED + "cx/wd.shtml" in _columns(report)) is column


def test_rows_of_a_dated_list_printing_an_empty_date_cell_are_entries_without_a_date(tmp_path: Path) -> None:
    # a table of documents whose two oldest rows link scanned files and leave their 发布日期 cell empty: rows of the list
    # (entries with no date), counted beside the dated ones, which still date the column; a row of another shape
    # (a 更多 line spanning the table) is none
    dated = "".join(f"<tr><td><a href='/zfwj/2024/0{m}/w{m}.shtml'>青石县人民政府关于第{m}批惠民政策的实施意见</a></td>"
                    f"<td>青政发〔2024〕{m}号</td><td class='sj'>2024-0{m}-08</td></tr>" for m in (5, 3, 1))
    blank = "".join(f"<tr><td><a href='/uploads/old{i}.pdf'>青石县人民政府关于农村饮水安全工程管理的第{i}号文件</a></td>"
                    f"<td>青政发〔2012〕{i}号</td><td class='sj'></td></tr>" for i in (1, 2))
    more = "<tr><td colspan='3'><a href='/zfwj/list_2.shtml'>查看往年政府文件汇编</a></td></tr>"
    table = f"<table><tr><th>标题</th><th>文号</th><th>日期</th></tr>{dated}{blank}{more}</table>"
    report = _report(tmp_path, [(SEED + "zfwj/list.shtml", _page("政府文件", table))]
                     + [(SEED + "gsgg/list.shtml", _page("公示公告", "<a href='/zfwj/list.shtml'>政府文件</a>"))])
    col = next(c for c in report["columns"] if c["url"] == SEED + "zfwj/list.shtml")
    assert col["items"] == 5 and col["last_update"] == "2024-05-08"
    assert not any(f["check"] == "stale-column" and f["evidence"]["url"] == col["url"] for f in report["findings"])


def test_a_columns_copy_in_the_large_font_mode_is_no_column(tmp_path: Path) -> None:
    # the 长者版 build keeps copies of the lists in a folder of its own, titled with the site's name as that mode
    dates = ["2023-09-01", "2023-08-15", "2023-07-02", "2023-06-20"]
    copy = (f"<html><head><meta charset='utf-8'>{SITE}<title>公示公告 | 青石县人民政府(长者版)</title></head><body>"
            f"<div class='big'><a href='/zzb/'>长者版首页</a></div><h2>公示公告</h2>{_rows('gsgg', dates[:2])}</body></html>")
    report = _report(tmp_path, [
        (SEED + "gsgg/list.shtml", _page("公示公告", _rows("gsgg", dates))), (SEED + "zzb/gsgg.shtml", copy),
        (SEED + "xwdt/list.shtml", _page("县内新闻", _rows("xwdt", ["2024-06-28", "2024-06-20"])))])
    assert SEED + "gsgg/list.shtml" in _columns(report)
    assert SEED + "zzb/gsgg.shtml" not in _columns(report)


def test_a_more_line_of_the_lists_shape_is_no_row_without_a_date() -> None:
    from selectolax.lexbor import LexborHTMLParser

    from govweb.checks.list_rows import read_anchors
    from govweb.checks.list_shapes import blank_date_rows
    from govweb.checks.page_links import Joiner

    rows = "".join(f"<li><i>2024-0{m}-02</i><a href='/tz/{m}.htm'>青石县关于第{m}季度重点工作安排的通知</a></li>" for m in (6, 4))
    html = (f"<ol>{rows}<li><i></i><a href='/tz/old.doc'>青石县二〇一五年防汛值班安排表（附件）</a></li>"
            "<li><i></i><a href='/tz/list_2.htm'>更多通知公告</a></li></ol>")
    tree, join, items = LexborHTMLParser(html), Joiner("http://www.qingshi.gov.cn/tz/"), []
    read_anchors(tree, join, [], items, [], set())
    assert blank_date_rows(tree.body, join, items) == ("http://www.qingshi.gov.cn/tz/old.doc",)


def _linked(tmp_path: Path, name: str, url: str, body: str) -> dict:
    # a site whose homepage menu links the page by its name
    b = SnapshotBuilder(SEED)
    menu = f"<a href='/xwdt/list.shtml'>县内新闻</a> <a href='{url}'>{name}</a> "
    b.page(SEED, _page("首页", menu + _rows("xwdt", ["2024-06-28", "2024-06-20"])), depth=0)
    b.page(SEED + "xwdt/list.shtml", _page("县内新闻", menu + _rows("xwdt", ["2024-06-28", "2024-06-20"])))
    b.page(SEED + url.lstrip("/"), _page(name, menu + body))
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def test_a_blogs_archive_filing_its_posts_by_month_is_no_column(tmp_path: Path) -> None:
    # a 文章存档 page (a static site's archive) filing every post under a month heading (2023-11, 2023-10): the posts'
    # columns list them, the archive is a function page — not a column, nor a stale one
    by_month = ("<h4>2023-11</h4>" + _rows("xwdt", ["2023-11-20", "2023-11-02"])
                + "<h4>2023-10</h4>" + _rows("gsgg", ["2023-10-18", "2023-10-09"]))
    report = _linked(tmp_path / "archive", "文章存档", "/archives/", by_month)
    assert SEED + "archives/" not in _columns(report)
    assert not [f for f in report["findings"] if f["check"] == "stale-column" and f["url"] == SEED + "archives/"]
    # a column of archived documents (信息归档), or a column filing its rows by month under its own name, is a column
    for name, folder in (("信息归档", "xxgd"), ("通知公告", "tzgg")):
        assert SEED + f"{folder}/" in _columns(_linked(tmp_path / folder, name, f"/{folder}/", by_month))
