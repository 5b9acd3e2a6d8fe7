"""An automatic assistant (an AI 客服 answering from a knowledge base) read as a careful evaluator reads it: its chat
page is a function page, not a column, whatever document an answer dates; and it is no 互动交流 channel — it takes
no message for a human's reply —, asked directly or through a suggested question in its address. Pages unlike the
blind corpus's floats: an ASP.NET bureau site with a side-bar robot."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://slj.fengyuan.gov.cn/"
AS_OF = dt.date(2024, 6, 20)
MENU = ("<div class='menu'><a href='/Default.aspx'>首页</a> <a href='/List.aspx?cid=3'>水利要闻</a> "
        "<a href='/List.aspx?cid=4'>通知公告</a></div>")
FOOT = "<div class='foot'>主办单位：丰源县水利局 网站标识码：4210250031 鄂ICP备12004410号</div>"
ROBOT = SEED + "Robot/Chat.aspx"


def _rows(cid: int, days: tuple[int, ...]) -> str:
    return "<ul class='lst'>" + "".join(
        f"<li><a href='/Show.aspx?cid={cid}&id={cid * 100 + d}'>丰源县水利局第{d}期防汛工作简报</a>"
        f"<em>2024-06-{d:02d}</em></li>" for d in days) + "</ul>"


def _page(title: str, body: str, crumb: str = "") -> str:
    where = f"<div class='pos'>当前位置：<a href='/Default.aspx'>首页</a> » {crumb or title}</div>"
    return (f"<html><head><title>{title} - 丰源县水利局</title></head><body>{MENU}{where}{body}{FOOT}"
            "</body></html>")


def _robot(extra: str = "") -> str:
    """The robot's chat page: its notice, two exchanges (one answer dating a document), a box to type in."""
    return _page("AI客服", "<div class='talk'><p class='note'>本页面由人工智能模型自动生成答复，仅供参考。</p>"
                 "<dl><dt>防汛物资怎么申领？</dt><dd>请见<a href='/Show.aspx?cid=4&id=412'>关于2024年防汛物资申领的通知"
                 "</a>（2024-06-12）。</dd><dt>在线咨询</dt><dd>您好，有关水利业务的问题可以直接问我。</dd></dl>"
                 f"{extra}<form action='/Robot/Chat.aspx' method='post'><textarea name='ask'></textarea>"
                 "<input type='submit' value='提问'></form></div>", crumb="政民互动 » AI客服")


def _report(tmp_path: Path, entry: str, robot: str, pages: dict[str, str] | None = None) -> dict:
    """A bureau whose homepage offers `entry` (its only way to ask) beside two dated lists, and the robot's page."""
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>丰源县水利局</title></head><body>{MENU}<div class='box'><h3>水利要闻</h3>"
                 f"{_rows(3, (18, 14, 9))}</div><div class='side'>{entry}</div>{FOOT}</body></html>", depth=0)
    b.page(SEED + "List.aspx?cid=3", _page("水利要闻", _rows(3, (18, 14, 9, 5))))
    b.page(SEED + "List.aspx?cid=4", _page("通知公告", _rows(4, (17, 12, 6))))
    b.page(ROBOT, robot)
    for url, body in (pages or {}).items():
        b.page(url, body)
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _interaction(report: dict) -> dict:
    return report["elements"]["互动交流"]


def _vetoes(report: dict) -> set[str]:
    return {v["rule"] for v in report["vetoes"]}


def test_an_assistants_chat_page_is_a_function_page_not_a_column(tmp_path: Path) -> None:
    """The menu's AI客服 page dates one document in an answer: a chat window, no list of the bureau's items."""
    report = _report(tmp_path, f"<a href='{ROBOT}'>AI客服</a>", _robot())
    assert ROBOT not in {c["url"] for c in report["columns"]}


def test_an_assistant_is_no_interaction_channel_asked_directly_or_by_a_suggested_question(tmp_path: Path) -> None:
    """在线咨询 opening the robot, or its suggested question 在线咨询 (`?ask=在线咨询`, a page the crawl did not open):
    the robot answers by itself, so the bureau offers no channel taking a message for a reply."""
    for i, href in enumerate((ROBOT, ROBOT + "?ask=%E5%9C%A8%E7%BA%BF%E5%92%A8%E8%AF%A2")):
        report = _report(tmp_path / str(i), f"<a href='{href}'>在线咨询</a>", _robot())
        assert _interaction(report)["present"] is False and "interaction-poor" in _vetoes(report)


def test_an_assistant_leading_to_a_person_or_a_mailbox_is_not_judged(tmp_path: Path) -> None:
    """The robot's own link to the 局长信箱 (or to a person: 转人工) is a way to ask beside it: the entry works."""
    mailbox = SEED + "Mail/Write.aspx"
    pages = {mailbox: _page("局长信箱", "<form action='/Mail/Post.aspx' method='post'><input name='title'>"
                                         "<textarea name='body'></textarea><input type='submit' value='提交'></form>")}
    for i, extra in enumerate((f"<p>需要回复的问题请通过<a href='{mailbox}'>局长信箱</a>反映。</p>",
                               "<p><a href='/Robot/Human.aspx'>转人工服务</a></p>")):
        report = _report(tmp_path / str(i), f"<a href='{ROBOT}'>在线咨询</a>", _robot(extra), pages)
        assert _interaction(report)["present"] is True and "interaction-poor" not in _vetoes(report)
