"""Lists a careful reader does not judge by the rows on top: a list served oldest first (its sort links offering the
other order, its pager the rest) is dated by its newest-first view when the crawl holds it and is never stale on its
oldest rows when it does not; an archive column saying it is no longer updated is no column a freshness limit
measures; and a 详细>> link closing a summary is named by the heading above the summary."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.heqiao.gov.cn/"
AS_OF = dt.date(2025, 3, 20)
FOOTER = "<div id='ft'>主办单位：禾桥区人民政府 网站标识码：3301990012 浙ICP备10020030号</div>"
NAV = ("<div id='nav'><a href='/'>首页</a><a href='/list.asp?cid=7'>区内动态</a><a href='/list.asp?cid=9'>往年资料</a>"
       "<a href='/hdjl/'>互动交流</a></div>")
HOME = (f"<html><head><title>禾桥区人民政府</title></head><body>{NAV}<table>"
        "<tr><td><a href='/show.asp?id=880'>禾桥区召开春季农业生产动员会</a></td><td>2025-03-18</td></tr>"
        "<tr><td><a href='/show.asp?id=877'>禾桥区开展河道保洁专项行动</a></td><td>2025-03-12</td></tr>"
        f"</table>{FOOTER}</body></html>")


def _rows(days: list[str], first_id: int) -> str:
    return "".join(f"<tr><td><a href='/show.asp?id={first_id + i}'>禾桥区第{first_id + i}号工作信息</a></td>"
                   f"<td class='rq'>{d}</td></tr>" for i, d in enumerate(days))


def _list(order: str, days: list[str], first_id: int) -> str:
    sort = ("<p class='px'>排序方式：<a href='/list.asp?cid=7&amp;sort=asc'>升序</a> "
            "<a href='/list.asp?cid=7&amp;sort=desc'>降序</a></p>")
    pager = ("<p class='fy'>共42条 第1/3页 <a href='/list.asp?cid=7&amp;page=2&amp;sort=" + order + "'>下一页</a> "
             "<a href='/list.asp?cid=7&amp;page=3&amp;sort=" + order + "'>末页</a></p>")
    return (f"<html><head><title>区内动态-禾桥区人民政府</title></head><body>{NAV}<h3>区内动态</h3>{sort}"
            f"<table class='lb'>{_rows(days, first_id)}</table>{pager}{FOOTER}</body></html>")


OLDEST = ["2024-04-02", "2024-04-09", "2024-04-16", "2024-04-25", "2024-05-06"]
NEWEST = ["2025-03-18", "2025-03-12", "2025-03-05", "2025-02-26", "2025-02-19"]


def _report(tmp_path: Path, *, desc_view: bool) -> dict:
    b = SnapshotBuilder(SEED)
    b.page(SEED, HOME, depth=0)
    b.page(SEED + "list.asp?cid=7", _list("asc", OLDEST, 100))
    if desc_view:
        b.page(SEED + "list.asp?cid=7&sort=desc", _list("desc", NEWEST, 880))
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def test_a_list_served_oldest_first_is_dated_by_its_newest_first_view(tmp_path: Path) -> None:
    # the list's address serves 升序 (April 2024 on page 1 of 3); its 降序 link opens the same list newest first: one
    # column, its newest row 2025-03-18 — not stale
    report = _report(tmp_path, desc_view=True)
    cols = {c["url"]: c for c in report["columns"]}
    assert SEED + "list.asp?cid=7&sort=desc" not in cols
    col = cols[SEED + "list.asp?cid=7"]
    assert (col["shown"], col["last_update"]) == (5, "2025-03-18")
    assert not any(f["check"] == "stale-column" for f in report["findings"])


def test_a_list_served_oldest_first_whose_other_pages_were_not_fetched_is_not_judged_stale(tmp_path: Path) -> None:
    # only page 1 of the 升序 list in hand: its newest rows are on the 末页 or in the 降序 view — not measured
    report = _report(tmp_path, desc_view=False)
    assert not any(f["check"] == "stale-column" for f in report["findings"])


def test_an_old_list_running_newest_first_stays_stale(tmp_path: Path) -> None:
    b = SnapshotBuilder(SEED)
    b.page(SEED, HOME, depth=0)
    b.page(SEED + "list.asp?cid=7", _list("desc", list(reversed(OLDEST)), 100))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert any(f["check"] == "stale-column" and f["url"] == SEED + "list.asp?cid=7" for f in report["findings"])


def _archive(notice: str) -> str:
    rows = _rows(["2022-11-30", "2022-08-15", "2021-12-20", "2021-06-08"], 300)
    return (f"<html><head><title>往年资料-禾桥区人民政府</title></head><body>{NAV}"
            "<div class='wz'>当前位置：<a href='/'>首页</a> &gt; <a href='/list.asp?cid=7'>区内动态</a> &gt; 往年资料</div>"
            f"<h3>往年资料</h3>{notice}<table class='lb'>{rows}</table>{FOOTER}</body></html>")


def _archive_report(tmp_path: Path, notice: str) -> dict:
    b = SnapshotBuilder(SEED)
    b.page(SEED, HOME, depth=0)
    b.page(SEED + "list.asp?cid=7", _list("desc", NEWEST, 880).replace("下一页", "").replace("末页", ""))
    b.page(SEED + "list.asp?cid=9", _archive(notice))
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def test_an_archive_column_saying_it_is_no_longer_updated_is_not_stale(tmp_path: Path) -> None:
    report = _archive_report(tmp_path, "<div class='sm'>说明：该栏目汇集2023年以前的区内动态，现已停止更新，资料仅供查询。</div>")
    col = {c["url"]: c for c in report["columns"]}[SEED + "list.asp?cid=9"]
    assert col["type"] == "其他"
    assert not any(f["check"] == "stale-column" and f["url"] == SEED + "list.asp?cid=9" for f in report["findings"])


def test_a_list_without_such_a_notice_keeps_its_type(tmp_path: Path) -> None:
    report = _archive_report(tmp_path, "<div class='sm'>说明：本栏目发布禾桥区各部门的工作信息。</div>")
    col = {c["url"]: c for c in report["columns"]}[SEED + "list.asp?cid=9"]
    assert col["type"] == "动态要闻"


def test_a_detail_link_closing_a_summary_is_named_by_the_heading_above_it(tmp_path: Path) -> None:
    # a box of the homepage: 区情简介 over a summary ending in 查看详情», then other links of the box
    box = ("<div class='mod'><h2>区情简介</h2><div class='txt'>禾桥区地处平原腹地，面积312平方公里，辖6个街道。"
           "<a href='/qqjj/'>查看详情»</a></div><ul><li><a href='/ldxx/'>领导信息</a></li>"
           "<li><a href='/jgzn/'>机构职能</a></li></ul></div>")
    b = SnapshotBuilder(SEED)
    b.page(SEED, HOME.replace(FOOTER, box + FOOTER), depth=0)
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert report["elements"]["概况信息"]["present"]
    assert report["elements"]["概况信息"]["url"] == SEED + "qqjj/"
