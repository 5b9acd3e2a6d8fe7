"""A forum board as the site's 互动交流: a township whose menu leads to the county forum's board on another host of the
county's gov.cn domain. The board is the site's channel and its thread list a 互动 column; a thread's reply count
and its last poster are floors by anyone, so only a thread at 0 replies is known to be unanswered."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from govweb.checks.messages import thread_rows
from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.hexian.gov.cn/lqx/"
BOARD = "http://luntan.hexian.gov.cn/forum.php?mod=forumdisplay&fid=8"
AS_OF = dt.date(2022, 6, 30)
FOOTER = "<div class='copyright'>主办：和县柳桥乡人民政府 网站标识码：3405230012 皖ICP备05001234号</div>"


def _thread(tid: int, title: str, who: str, posted: str, replies: int, views: int, last: str, when: str) -> str:
    return (f"<tbody id='normalthread_{tid}'><tr><th><a href='forum.php?mod=viewthread&amp;tid={tid}' class='s xst'>"
            f"{title}</a></th><td class='by'><cite><a href='home.php?uid={tid}'>{who}</a></cite><em><span>{posted}"
            f"</span></em></td><td class='num'><a class='xi2'>{replies}</a><em>{views}</em></td><td class='by'><cite>"
            f"<a href='home.php?username={last}'>{last}</a></cite><em><a href='forum.php?mod=redirect&amp;tid={tid}'>"
            f"{when}</a></em></td></tr></tbody>")


THREADS = [
    (501, "乡卫生院周末能否开放疫苗接种", "小区业主", "2022-06-20", 0, 35, "小区业主", "2022-06-20 09:10"),
    (488, "村口桥面坑洼多次反映无果", "河边住户", "2022-02-11", 0, 210, "河边住户", "2022-02-11 18:40"),
    (470, "集镇自来水几时通到新村", "新村村民", "2022-01-05", 3, 150, "新村村民", "2022-05-02 08:00"),
    (455, "低保申请要准备哪些材料", "王大姐", "2021-12-20", 1, 98, "柳桥乡民政办", "2021-12-22 10:30"),
]


def _board() -> str:
    rows = "".join(_thread(*t) for t in THREADS)
    return ("<html><head><title>百姓论坛·柳桥 - 和县论坛 - Powered by Discuz!</title></head><body>"
            "<div id='pt'><a href='http://luntan.hexian.gov.cn/'>论坛</a> › <a href='" + BOARD + "'>百姓论坛·柳桥</a></div>"
            "<table id='threadlisttableid'><tbody><tr class='th'><th>主题</th><th>作者</th><th>回复/查看</th>"
            "<th>最后发表</th></tr></tbody>" + rows + "</table>"
            "<div class='ft'>和县论坛 皖ICP备05001234号-2</div></body></html>")


def _report(tmp_path: Path) -> dict:
    nav = (f"<div class='menu'><a href='{SEED}'>首页</a><a href='{SEED}xwdt/'>新闻动态</a>"
           f"<a href='{BOARD}'>百姓论坛</a></div>")
    news = "".join(f"<li><a href='{SEED}xwdt/2022062{i}.html'>柳桥乡召开防汛工作会议（{i}）</a><span>2022-06-2{i}</span></li>"
                   for i in range(1, 6))
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>和县柳桥乡人民政府</title></head><body>{nav}<ul>{news}</ul>{FOOTER}</body></html>",
           depth=0)
    b.page(BOARD, _board())
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def test_a_thread_list_reads_each_threads_posted_day_and_reply_count() -> None:
    rows = thread_rows(LexborHTMLParser(_board()))
    assert [(r.posted, r.replies) for r in rows] == [
        ((2022, 6, 20), 0), ((2022, 2, 11), 0), ((2022, 1, 5), 3), ((2021, 12, 20), 1)]


def test_the_county_forum_board_is_the_townships_channel_and_its_unanswered_threads_count(tmp_path: Path) -> None:
    report = _report(tmp_path)
    interaction = report["elements"]["互动交流"]
    assert interaction["present"] is True
    board = [c for c in report["columns"] if c["url"] == BOARD]
    assert board and board[0]["type"] == "互动"
    late = sorted(f["submitted"] for f in report["findings"] if f["check"] == "unanswered-message")
    # (the thread at 3 replies whose last post is the asker's own is not judged from the list: who answered is unknown)
    assert late == ["2022-02-11"]
    assert "interaction-poor" in {v["rule"] for v in report["vetoes"]}


def test_a_thread_page_is_dated_by_its_first_floor() -> None:
    """A thread's page (Discuz floors: 发表于 then the floor's place) is an article dated by its 楼主 floor, not by a
    later floor where a department answered."""
    def floor(who: str, when: str, place: str, words: str) -> str:
        return (f"<div id='post_{place}'><table><tr><td class='pls'><a href='home.php?username={who}'>{who}</a></td>"
                f"<td class='plc'><div class='pi'><em>发表于 {when}</em> <strong>{place}</strong></div>"
                f"<div class='t_f'>{words}</div></td></tr></table></div>")
    thread = ("<html><head><title>村口桥面坑洼多次反映无果 - 百姓论坛·柳桥 - 和县论坛</title></head><body>"
              "<h1>村口桥面坑洼多次反映无果</h1>" + floor("河边住户", "2022-02-11 18:40", "楼主", "桥面坑洼，雨天积水。")
              + floor("过路人", "2022-02-12 07:15", "沙发", "确实难走。")
              + floor("柳桥乡交通办", "2022-03-01 10:00", "板凳", "已安排施工队修补，预计三月中旬完工。")
              + "</body></html>")
    got = parse_page(thread, "http://luntan.hexian.gov.cn/forum.php?mod=viewthread&tid=488", None, "")
    assert got.is_article and got.pubdate == (2022, 2, 11)
