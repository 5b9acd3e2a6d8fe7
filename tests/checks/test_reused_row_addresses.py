"""Lists that reuse one another's row addresses (a CMS numbering each column's articles from the same ids) on a site
unlike the blind one that showed the rule: a list's rows printed under another list's addresses, with titles and
days of their own, are its own rows, not the template's box; a box that does repeat one row on every page stays the
template's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "https://www.hexi.gov.cn/"
AS_OF = dt.date(2024, 3, 31)
MENU = ("<div class='nav'><ul><li><a href='/'>首页</a></li><li><a href='/col/news.jsp'>工作动态</a></li>"
        "<li><a href='/col/notice.jsp'>公示公告</a></li><li><a href='/col/docs.jsp'>规范性文件</a></li>"
        "<li><a href='/col/staff.jsp'>人事信息</a></li></ul></div>")
FOOT = "<div class='footer'>主办单位：河西街道办事处 网站标识码：6201020003 甘ICP备10002345号</div>"
# the template's 要闻 box: one row, the same day on every page
BOX = ("<div class='side'><h3>要闻</h3><ul><li><a href='/content.jsp?id=990'>河西街道召开年度工作会议</a>"
       "<em>2024-01-05</em></li></ul></div>")


def _page(title: str, rows: list[tuple[int, str, str]]) -> str:
    items = "".join(f"<li><a href='/content.jsp?id={n}'>{t}</a><span class='time'>{d}</span></li>" for n, t, d in rows)
    return (f"<html><head><title>{title}-河西街道</title></head><body>{MENU}{BOX}<div class='main'>"
            f"<div class='crumb'>当前位置：首页 &gt; {title}</div><ul class='list'>{items}</ul></div>{FOOT}</body></html>")


def _site() -> SnapshotBuilder:
    b = SnapshotBuilder(SEED)
    b.page(SEED, _page("河西街道办事处", []), depth=0)
    lists = {
        "news": ("工作动态", [(11, "河西街道开展春季植树活动", "2024-03-28"), (12, "街道举办消防安全培训", "2024-03-21"),
                             (13, "河西街道走访慰问困难群众", "2024-03-12"), (14, "街道召开党建工作推进会", "2024-03-04")]),
        "notice": ("公示公告", [(11, "2024年度公益性岗位拟聘人员公示", "2024-02-26"), (12, "关于春节期间值班安排的通知", "2024-02-06"),
                               (13, "街道低保对象动态调整公示", "2023-12-18")]),
        "docs": ("规范性文件", [(11, "河西街道社区网格化管理办法", "2023-11-20"), (12, "河西街道财务管理制度", "2023-06-15"),
                              (13, "河西街道应急管理工作规则", "2023-02-09")]),
        "staff": ("人事信息", [(11, "关于李明同志任职的通知", "2023-09-01"), (12, "关于王芳同志职务调整的通知", "2023-04-18"),
                             (13, "关于街道领导分工调整的通知", "2023-01-10")]),
    }
    for slug, (title, rows) in lists.items():
        b.page(SEED + f"col/{slug}.jsp", _page(title, rows))
    b.page(SEED + "content.jsp?id=990", _page("河西街道召开年度工作会议", []))
    return b


def test_lists_keep_their_own_rows_under_addresses_other_lists_reuse(tmp_path: Path) -> None:
    # every list prints ids 11–13 under titles and days of its own (5 of the 7 pages): each keeps its rows; the 要闻
    # box's one row, printed on every page on one day, is none of theirs
    report = run_checks(load_snapshot(_site().write(tmp_path)), AS_OF)
    cols = {c["url"]: c for c in report["columns"]}
    news = cols[SEED + "col/news.jsp"]
    assert news["items"] == 4 and news["last_update"] == "2024-03-28"
    notices = cols[SEED + "col/notice.jsp"]
    assert notices["items"] == 3 and notices["last_update"] == "2024-02-26"
    docs = cols[SEED + "col/docs.jsp"]
    assert docs["items"] == 3 and docs["last_update"] == "2023-11-20"
    staff = cols[SEED + "col/staff.jsp"]
    assert staff["items"] == 3 and staff["last_update"] == "2023-09-01"
