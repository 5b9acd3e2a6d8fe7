"""A forum board whose heading row stands alone in a table of its own above the threads' table (a header bar, as
Discuz X draws it), its first heading spanning two columns; a pinned notice (置顶) over the threads; an author whose
name ends in digits printed right before the posted day. Hand-written in a layout unlike the corpus page (a city's
民生论坛, plain <table> markup, no tbody ids)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from govweb.checks.messages import thread_rows
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.hq.gov.cn/"
BOARD = "http://bbs.hq.gov.cn/list.php?board=3"
AS_OF = dt.date(2024, 9, 30)
FOOTER = "<div class='copyright'>主办：禾泉市人民政府办公室 网站标识码：3607000001 赣ICP备07001234号</div>"
THREADS = [(880, "东湖公园夜间照明不足", "hq2024", "2024-09-20", 1, 64, "市城管局", "2024-09-23"),
           (871, "公交12路能否延长到高铁站", "陈先生", "2024-09-02", 2, 120, "市交通局", "2024-09-05"),
           (860, "老旧小区加装电梯补贴标准", "user_0791", "2024-08-15", 1, 99, "市住建局", "2024-08-19"),
           (845, "菜市场周边停车收费过高", "老居民", "2024-07-30", 3, 210, "市发改委", "2024-08-02"),
           (830, "学区划分什么时候公布", "家长张", "2024-07-12", 1, 300, "市教育局", "2024-07-15")]


def _board() -> str:
    rows = "".join(
        f"<tr><td><img src='/img/t.gif'></td><td><a href='thread.php?id={i}'>{t}</a></td><td><a href='u.php?n={w}'>{w}"
        f"</a>{p}</td><td>{r} / {v}</td><td>{lw}<br>{lt}</td></tr>" for i, t, w, p, r, v, lw, lt in THREADS)
    pinned = ("<tr><td><img src='/img/top.gif' alt='置顶'></td><td><a href='thread.php?id=12'>本版须知</a></td><td>"
              "<a href='u.php?n=版主'>版主</a>2024-06-01</td><td>0 / 5000</td><td>版主<br>2024-06-01</td></tr>")
    return ("<html><head><title>民生论坛 - 禾泉论坛</title></head><body>"
            "<table class='hdr'><tr><th colspan='2'>主题 <a href='list.php?board=3&amp;order=new'>最新</a></th>"
            "<th>作者</th><th>回复/查看</th><th>最后发表</th></tr></table>"
            f"<table class='lst'>{pinned}{rows}</table>"
            "<div class='ft'>禾泉论坛 赣ICP备07001234号-3</div></body></html>")


def test_a_heading_row_in_a_table_of_its_own_heads_the_threads_below() -> None:
    rows = thread_rows(LexborHTMLParser(_board()))
    # (the pinned 本版须知 is the board's notice, no message; hq2024 and user_0791 posted on their printed days)
    assert [(r.href, r.posted, r.replies) for r in rows] == [
        (f"thread.php?id={i}", tuple(int(x) for x in p.split("-")), r) for i, _, _, p, r, *_ in THREADS]


def test_the_board_so_headed_is_a_column_of_the_site(tmp_path: Path) -> None:
    nav = f"<div class='menu'><a href='{SEED}'>首页</a><a href='{SEED}xwdt/'>新闻动态</a><a href='{BOARD}'>民生论坛</a></div>"
    news = "".join(f"<li><a href='{SEED}xwdt/2024092{i}.html'>禾泉市召开秋季防火工作会议（{i}）</a><span>2024-09-2{i}</span></li>"
                   for i in range(1, 6))
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>禾泉市人民政府</title></head><body>{nav}<ul>{news}</ul>{FOOTER}</body></html>",
           depth=0)
    b.page(BOARD, _board())
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    board = [c for c in report["columns"] if c["url"] == BOARD]
    assert board and board[0]["type"] == "互动" and board[0]["items"] == len(THREADS)
