"""A forum board as the 互动 channel whose thread at some replies has, on its own page, only ordinary members' floors:
no department answered, so the thread is unanswered since it was posted. Hand-written in a layout unlike the corpus
page (a city's 市民论坛, floors as <div> blocks with a 用户组 line, the reply count in a stats bar)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.hq.gov.cn/"
BBS = "http://bbs.hq.gov.cn/"
BOARD = BBS + "forum.php?mod=forumdisplay&fid=7"
AS_OF = dt.date(2024, 9, 30)
FOOTER = "<div class='copyright'>主办：禾泉市人民政府办公室 网站标识码：3607000001 赣ICP备07001234号</div>"
THREADS = [(901, "东湖公园夜间照明不足", "晨跑的人", "2024-09-20", 1, 64, "市城管局", "2024-09-23"),
           (877, "公交12路能否延长到高铁站", "陈先生", "2024-09-02", 1, 120, "市交通局", "2024-09-05"),
           (842, "老旧小区加装电梯补贴标准", "梧桐里住户", "2024-08-15", 1, 99, "市住建局", "2024-08-19"),
           (815, "城北工地夜间施工噪音扰民", "城北住户", "2024-05-06", 2, 310, "路过的", "2024-06-01"),
           (790, "学区划分什么时候公布", "家长张", "2024-04-12", 1, 300, "市教育局", "2024-04-15")]


def _board() -> str:
    rows = "".join(
        f"<tbody><tr><th><a href='forum.php?mod=viewthread&amp;tid={i}'>{t}</a></th><td>{w}<em>{p}</em></td>"
        f"<td><a class='xi2'>{r}</a><em>{v}</em></td><td>{lw} <em>{lt}</em></td></tr></tbody>"
        for i, t, w, p, r, v, lw, lt in THREADS)
    return ("<html><head><title>市民论坛 - 禾泉论坛</title></head><body><table id='threadlist'>"
            "<tr><th>标题</th><td>作者</td><td>回复/查看</td><td>最后发表</td></tr>" + rows + "</table>"
            "<div class='ft'>禾泉论坛 赣ICP备07001234号-3</div></body></html>")


def _floor(pid: int, who: str, group: str, when: str, words: str) -> str:
    return (f"<div id='post_{pid}' class='floor'><div class='pls'><a href='space.php?username={who}'>{who}</a>"
            f"<p>用户组：{group}</p></div><div class='plc'><span>发表于 {when}</span> <b>{pid % 10}#</b>"
            f"<div class='msg'>{words}</div></div></div>")


def _thread(second: str, group: str, replies: int = 2) -> str:
    return ("<html><head><title>城北工地夜间施工噪音扰民 - 市民论坛 - 禾泉论坛</title></head><body>"
            f"<div class='stat'>浏览：310　回复：{replies}</div><h1>城北工地夜间施工噪音扰民</h1>"
            + _floor(7701, "城北住户", "中级会员", "2024-05-06 22:10", "工地每晚施工到凌晨，请有关部门处理。")
            + _floor(7702, second, group, "2024-05-07 08:30", "同样受影响，希望尽快解决。")
            + _floor(7703, "路过的", "新手上路", "2024-06-01 19:45", "快一个月了，还没有回音。")
            + "<div class='ft'>禾泉论坛 赣ICP备07001234号-3</div></body></html>")


def _report(tmp_path: Path, thread: str) -> dict:
    nav = f"<div class='menu'><a href='{SEED}'>首页</a><a href='{SEED}xwdt/'>新闻动态</a><a href='{BOARD}'>市民论坛</a></div>"
    news = "".join(f"<li><a href='{SEED}xwdt/2024092{i}.html'>禾泉市召开秋季防火工作会议（{i}）</a><span>2024-09-2{i}</span></li>"
                   for i in range(1, 6))
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>禾泉市人民政府</title></head><body>{nav}<ul>{news}</ul>{FOOTER}</body></html>",
           depth=0)
    b.page(BOARD, _board())
    b.page(BBS + "forum.php?mod=viewthread&tid=815", thread)
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _late(report: dict) -> list[str]:
    return [f["submitted"] for f in report["findings"] if f["check"] == "unanswered-message"]


def test_a_thread_whose_every_floor_is_an_ordinary_members_is_unanswered(tmp_path: Path) -> None:
    report = _report(tmp_path, _thread("邻居小王", "注册会员"))
    assert _late(report) == ["2024-05-06"]
    assert "interaction-poor" in {v["rule"] for v in report["vetoes"]}


def test_a_floor_by_an_account_named_as_a_body_may_be_the_answer(tmp_path: Path) -> None:
    # (a department posting under an ordinary member group, no badge: its name says whose it is)
    report = _report(tmp_path, _thread("市生态环境局", "注册会员"))
    assert _late(report) == []
    assert "interaction-poor" not in {v["rule"] for v in report["vetoes"]}


def test_a_floor_of_an_official_group_is_an_answer(tmp_path: Path) -> None:
    report = _report(tmp_path, _thread("小李", "认证用户"))
    assert _late(report) == []


def test_a_thread_showing_fewer_floors_than_its_replies_is_not_judged(tmp_path: Path) -> None:
    # (回复：5 over three floors: the others on a next page, one of them maybe the answer)
    report = _report(tmp_path, _thread("邻居小王", "注册会员", replies=5))
    assert _late(report) == []
