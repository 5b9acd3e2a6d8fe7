"""A box the template prints on every page (the newest headlines of one list, under a heading of its own) beside a
page's own list, on a site unlike the blind one that showed each rule: the list the box previews keeps the rows it
prints again below the box; a board printing its letters whole beside the box lists those letters."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.shuangqiao.gov.cn/"
AS_OF = dt.date(2021, 6, 30)
NAV = ("<table class='menu'><tr><td><a href='/'>首页</a></td><td><a href='/plus/list.php?tid=1'>乡镇要闻</a></td>"
       "<td><a href='/plus/list.php?tid=2'>公示公告</a></td><td><a href='/plus/list.php?tid=3'>规范性文件</a></td>"
       "<td><a href='/plus/guestbook.php'>书记信箱</a></td></tr></table>")
FOOTER = "<table class='foot'><tr><td>主办：双桥乡人民政府 网站标识码：4307260001 湘ICP备06001234号</td></tr></table>"
NEWS = [(91, "双桥乡召开夏季防汛工作部署会", "2021-06-28"), (88, "双桥乡开展农村人居环境整治督查", "2021-06-24"),
        (85, "双桥乡举办农业技术培训", "2021-06-19"), (80, "双桥乡完成早稻田间管理巡查", "2021-06-08"),
        (76, "双桥乡组织老年人免费体检", "2021-05-30")]


def _rows(rows: list[tuple[int, str, str]]) -> str:
    return "".join(f"<tr><td><a href='/a/view.php?aid={n}'>{t}</a></td><td class='rq'>[{d}]</td></tr>"
                   for n, t, d in rows)


def _page(title: str, main: str) -> str:
    # the template's 最新动态 box (the three newest 乡镇要闻 rows, 更多 → the list), then the page's own content
    box = ("<table class='sidebox'><tr><th>最新动态</th><th><a href='/plus/list.php?tid=1'>更多</a></th></tr>"
           + _rows(NEWS[:3]) + "</table>")
    return (f"<html><head><title>{title}_双桥乡人民政府</title></head><body>{NAV}<table class='layout'><tr>"
            f"<td class='side'>{box}</td><td class='main'><div class='place'>当前位置：<a href='/'>首页</a> &gt; {title}"
            f"</div>{main}</td></tr></table>{FOOTER}</body></html>")


def _site() -> SnapshotBuilder:
    b = SnapshotBuilder(SEED)
    b.page(SEED, _page("双桥乡人民政府", "<p>欢迎访问双桥乡人民政府网站。</p>"), depth=0)
    b.page(SEED + "plus/list.php?tid=1", _page("乡镇要闻", "<table class='list'>" + _rows(NEWS) + "</table>"))
    notices = [(70, "双桥乡2021年低保对象名单公示", "2021-05-12"), (66, "双桥乡公益性岗位招聘公告", "2021-04-20")]
    b.page(SEED + "plus/list.php?tid=2", _page("公示公告", "<table class='list'>" + _rows(notices) + "</table>"))
    docs = [(40, "双桥乡村规民约修订指导意见", "2020-11-03"), (35, "双桥乡集体资产管理办法", "2020-08-15")]
    b.page(SEED + "plus/list.php?tid=3", _page("规范性文件", "<table class='list'>" + _rows(docs) + "</table>"))
    letters = [("村道路面破损何时修复", "2021-06-02", "乡交通站已列入六月维修计划，6月20日前完工。", "2021-06-07"),
               ("低保申请需要准备哪些材料", "2021-05-18", "请携带户口簿、身份证到乡民政办申请。", "2021-05-21"),
               ("集镇路灯夜间不亮", "2021-04-26", "已通知供电所检修，现已恢复照明。", "2021-04-29")]
    board = ("<form method='post' action='/plus/guestbook.php?action=save'>主题：<input name='title'>"
             "<textarea name='msg'></textarea><button>提交</button></form>" + "".join(
                 f"<dl class='gb'><dt>{t}</dt><dd>提问时间：{sent}</dd><dd>答复：{answer} 答复时间：{replied}</dd></dl>"
                 for t, sent, answer, replied in letters))
    b.page(SEED + "plus/guestbook.php", _page("书记信箱", board))
    for n, t, d in NEWS[:3]:
        b.page(SEED + f"a/view.php?aid={n}", _page(t, f"<h1>{t}</h1><p>发布时间：{d}</p><p>正文。</p>"))
    return b


def test_a_list_keeps_the_rows_the_template_box_beside_it_prints_again(tmp_path: Path) -> None:
    # 乡镇要闻 prints the box's three rows again at the top of its own five: five entries, the newest the box's first;
    # 公示公告 and 规范性文件 keep only their own rows (the box's are no entries of theirs)
    report = run_checks(load_snapshot(_site().write(tmp_path)), AS_OF)
    cols = {c["url"]: c for c in report["columns"]}
    news = cols[SEED + "plus/list.php?tid=1"]
    assert news["items"] == 5 and news["last_update"] == "2021-06-28"
    notices = cols[SEED + "plus/list.php?tid=2"]
    assert notices["items"] == 2 and notices["last_update"] == "2021-05-12"
    docs = cols[SEED + "plus/list.php?tid=3"]
    assert docs["items"] == 2 and docs["last_update"] == "2020-11-03"


def test_a_board_printing_its_letters_whole_beside_the_box_lists_them(tmp_path: Path) -> None:
    # 书记信箱: a form above three letters printed whole (no link each), beside the box's linked headlines: three
    # entries, the newest the latest answer — no blank column
    report = run_checks(load_snapshot(_site().write(tmp_path)), AS_OF)
    board = {c["url"]: c for c in report["columns"]}[SEED + "plus/guestbook.php"]
    assert board["items"] == 3 and board["last_update"] == "2021-06-07"
    assert SEED + "plus/guestbook.php" not in {
        f["url"] for f in report["findings"] if f["check"] == "empty-column"}
