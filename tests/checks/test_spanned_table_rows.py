"""Tables with cells spanning rows (rowspan): a date cell printed once over the rows published that day dates each
of them, and a row with no link under a cell of the linked row above it (its 序号, its letter's number) is that row's
second line — its date and its reply are the entry's, never an entry of their own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.lanxi.gov.cn/"
AS_OF = dt.date(2023, 5, 31)
FOOTER = "<div class='copy'>主办单位：兰溪市人民政府办公室 网站标识码：3307810001 浙ICP备05019876号</div>"


def _rows(body: str, url: str) -> dict[str, tuple[int | None, int, int] | None]:
    f = parse_page(f"<html><head><title>兰溪市</title></head><body>{body}</body></html>", url, None, "r", home=False)
    return {it.title: it.date for it in f.items}


def test_a_date_cell_spanning_rows_dates_every_row_it_spans() -> None:
    # (the date printed first, in Chinese form, over a 人事任免 list: two notices of 5月8日, one of 4月26日)
    body = ("<table class='rsrm'><tbody>"
            "<tr><td class='rq' rowspan='2'>2023年5月8日</td><td><a href='/rsrm/230508/11.html'>兰溪市人民政府关于陈某某等同志职务任免的通知</a></td></tr>"
            "<tr><td><a href='/rsrm/230508/12.html'>兰溪市人民政府关于周某某同志挂职的通知</a></td></tr>"
            "<tr><td class='rq'>2023年4月26日</td><td><a href='/rsrm/230426/10.html'>兰溪市人民政府关于王某某等同志职务任免的通知</a></td></tr>"
            "</tbody></table>")
    assert _rows(body, SEED + "rsrm/") == {
        "兰溪市人民政府关于陈某某等同志职务任免的通知": (2023, 5, 8), "兰溪市人民政府关于周某某同志挂职的通知": (2023, 5, 8),
        "兰溪市人民政府关于王某某等同志职务任免的通知": (2023, 4, 26)}


def test_a_spanning_cell_under_a_deadline_header_dates_nothing() -> None:
    body = ("<table><tr><th>项目名称</th><th>报名截止</th><th>发布日期</th></tr>"
            "<tr><td><a href='/zb/1.html'>兰江街道农村道路硬化工程招标公告</a></td><td rowspan='2'>2023-06-20</td>"
            "<td rowspan='2'>2023-05-22</td></tr>"
            "<tr><td><a href='/zb/2.html'>兰江街道农村饮水提升工程招标公告</a></td></tr></table>")
    assert _rows(body, SEED + "zb/") == {"兰江街道农村道路硬化工程招标公告": (2023, 5, 22),
                                         "兰江街道农村饮水提升工程招标公告": (2023, 5, 22)}


def test_a_second_row_under_the_linked_rows_cell_is_that_entrys_line() -> None:
    # (a 网上咨询 list: each question's number spans its title row and a row giving when it was asked and answered)
    rows = (("A0512", "二手房交易契税缴纳地点咨询", "2023-05-12", "2023-05-16"),
            ("A0503", "新生儿医保参保办理流程", "2023-05-03", "2023-05-05"),
            ("A0421", "老年优待证申领需要哪些材料", "2023-04-21", "2023-04-27"))
    body = "<table class='zx'>" + "".join(
        f"<tr><td rowspan='2'>{n}</td><td colspan='2'><a href='/zx/show.jsp?no={n}'>{t}</a></td></tr>"
        f"<tr><td>咨询时间：{q}</td><td>答复时间：{r}</td></tr>" for n, t, q, r in rows) + "</table>"
    f = parse_page(f"<html><head><title>网上咨询</title></head><body>{body}</body></html>", SEED + "zx/", None, "r",
                   home=False)
    assert [(it.title, it.date, it.dates) for it in f.items] == [
        (t, tuple(map(int, q.split("-"))), [tuple(map(int, q.split("-"))), tuple(map(int, r.split("-")))])
        for _, t, q, r in rows]


def test_a_column_of_rows_sharing_date_cells_counts_each_document(tmp_path: Path) -> None:
    groups = (("2023-05-26", 3), ("2023-05-19", 1), ("2023-05-11", 2))
    trs, k = [], 0
    for day, n in groups:
        for i in range(n):
            k += 1
            cell = f"<td align='center' rowspan='{n}'>{day}</td>" if i == 0 and n > 1 else (
                f"<td align='center'>{day}</td>" if i == 0 else "")
            trs.append(f"<tr><td><a href='/tzgg/{day.replace('-', '')}/{k}.html'>兰溪市第{k}号通告</a></td>{cell}</tr>")
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>兰溪市人民政府</title></head><body><a href='/tzgg/'>通知公告</a>{FOOTER}</body></html>",
           depth=0)
    b.page(SEED + "tzgg/", f"<html><head><title>通知公告_兰溪市</title></head><body><h2>通知公告</h2>"
                           f"<table class='lb'><tr><th>标题</th><th>日期</th></tr>{''.join(trs)}</table>{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    column = next(c for c in report["columns"] if c["url"] == SEED + "tzgg/")
    assert column["items"] == 6 and column["last_update"] == "2023-05-26"
