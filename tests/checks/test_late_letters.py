"""Late letters on the pages real 信箱 print them: every letter a guestbook prints whole on its one page counts, not
the first alone, and a letter list a script draws from JSON shows each record's state (办理中) as the page does."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.sq.gov.cn/"
AS_OF = dt.date(2021, 3, 10)
FOOTER = "<div class='bottom'>主办单位：某区人民政府办公室 网站标识码：5101000002 蜀ICP备06012345号</div>"
HOME = "<ul class='news'><li><a href='/xw/202103/t20210309_1.html'>区政府召开常务会议</a><span>2021-03-09</span></li></ul>"


def _report(tmp_path: Path, path: str, name: str, body: str, extra: dict[str, str] | None = None) -> dict:
    nav = f"<div class='nav'><a href='/'>首页</a><a href='/{path}'>{name}</a></div>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某区人民政府</title></head><body>{nav}{HOME}{FOOTER}</body></html>", depth=0)
    b.page(SEED + path, f"<html><head><title>{name}-某区人民政府</title></head><body>{nav}"
                        f"<div class='loc'>当前位置：<a href='/'>首页</a> &gt; {name}</div>{body}{FOOTER}</body></html>")
    for url, text in (extra or {}).items():
        b.page(SEED + url, text, content_type="application/json")
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _late(report: dict) -> list[str]:
    return sorted(f["submitted"] for f in report["findings"] if f["check"] == "unanswered-message")


def test_every_letter_a_guestbook_prints_whole_is_judged(tmp_path: Path) -> None:
    """A 区长信箱 printing each message whole under its form (no page of its own to open): the messages left without
    an answer past 90 days are late each — the second and third, not only the first block of the page."""
    def msg(who: str, sent: str, reply: str) -> str:
        answer = (f"<dd class='hf'>答复：已转区住建局办理，相关问题已解决。<i>答复时间：{reply}</i></dd>" if reply
                  else "<dd class='hf'>状态：未答复</dd>")
        return f"<dl class='ly'><dt>{who}反映的问题</dt><dd>提交时间：{sent}</dd>{answer}</dl>"
    body = ("<h3>区长信箱</h3>" + msg("市民甲", "2021-03-01", "") + msg("市民乙", "2021-02-02", "2021-02-05")
            + msg("市民丙", "2020-11-16", "") + msg("市民丁", "2020-10-20", "")
            + "<form action='/ly/save.php' method='post'><textarea name='nr'></textarea><input type='submit'></form>")
    report = _report(tmp_path, "qzxx/", "区长信箱", body)
    assert _late(report) == ["2020-10-20", "2020-11-16"]          # the open letter of 2021-03-01 is 9 days old
    assert "interaction-poor" in {v["rule"] for v in report["vetoes"]}


def test_a_letter_list_drawn_from_json_shows_each_state(tmp_path: Path) -> None:
    """Letters a script draws into a list from a JSON file the crawl archived, each record naming its state in a
    field of its own (`"state": "处理中"`): the letter still being handled 140 days on is late; one answered in a week
    is not, and neither is one received last week."""
    body = ("<ul id='letters'></ul><script>fetch('/hd/letters.json').then(r => r.json()).then(d => {"
            "var s = ''; d.list.forEach(x => { s += '<li><a href=\"' + x.link + '\">' + x.subject + '</a><span>'"
            " + x.day + '</span><b>' + x.state + '</b></li>'; });"
            " document.getElementById('letters').innerHTML = s; });</script>")
    data = ('{"list": [{"subject": "关于小区门前道路积水的反映", "day": "2021-03-02", "state": "处理中", "link": "/hd/l/3.html"},'
            ' {"subject": "咨询新生儿医保参保办理", "day": "2021-01-11", "answered": "2021-01-18", "state": "已办结",'
            ' "link": "/hd/l/2.html"},'
            ' {"subject": "建议延长社区图书室开放时间", "day": "2020-10-21", "state": "处理中", "link": "/hd/l/1.html"}]}')
    report = _report(tmp_path, "hd/", "书记信箱", body, {"hd/letters.json": data})
    assert _late(report) == ["2020-10-21"]
    assert "interaction-poor" in {v["rule"] for v in report["vetoes"]}


def test_a_letter_printed_without_a_link_among_answered_ones_counts_in_any_order(tmp_path: Path) -> None:
    """A 书记信箱 list whose answered letters link their pages while the one still 处理中 prints no link, the rows in no
    date order (the open letter of November below one of February): each row says whether it was answered, so the
    list is one of letters however it sorts them — the unlinked letter is a row of it, and late (127 days)."""
    def row(title: str, day: str, state: str, href: str = "") -> str:
        head = f"<a href='{href}'>{title}</a>" if href else f"<span class='bt'>{title}</span>"
        return f"<li>{head}<span class='rq'>{day}</span><em>{state}</em></li>"
    rows = [row("关于菜市场周边占道经营的投诉", "2021-02-20", "已办结", "/sjxx/5.html"),
            row("咨询灵活就业人员养老保险缴费", "2021-02-08", "已办结", "/sjxx/4.html"),
            row("反映老城区雨污管网堵塞问题", "2020-11-03", "处理中"),
            row("建议增设社区老年食堂", "2020-12-10", "已办结", "/sjxx/2.html")]
    report = _report(tmp_path / "status", "sjxx/", "书记信箱", "<ul class='xj'>" + "".join(rows) + "</ul>")
    assert _late(report) == ["2020-11-03"]
    assert "interaction-poor" in {v["rule"] for v in report["vetoes"]}
    assert next(c["items"] for c in report["columns"] if c["url"].endswith("/sjxx/")) == 4
    # the same rows saying nothing of an answer: out of date order, the unlinked line is no row of the list
    plain = [r.replace("<em>已办结</em>", "").replace("<em>处理中</em>", "") for r in rows]
    report = _report(tmp_path / "plain", "sjxx/", "书记信箱", "<ul class='xj'>" + "".join(plain) + "</ul>")
    assert next(c["items"] for c in report["columns"] if c["url"].endswith("/sjxx/")) == 3


def test_letters_stating_their_handling_beside_the_form_to_write_are_the_channels_list(tmp_path: Path) -> None:
    """A 区长信箱 page whose form to write in stands above its letters, each printed with no link of its own and
    stating its handling (已答复, 处理中): the channel's record of its letters — a 互动 column, the letter still
    处理中 after 130 days late. The same rows saying nothing of an answer are the form's examples (回复选登): no list."""
    def row(title: str, sent: str, answered: str, state: str) -> str:
        return f"<li><span class='bt'>{title}</span><span>{sent}</span><span>{answered}</span><i>{state}</i></li>"
    rows = [row("关于老旧小区加装电梯补助的咨询", "2021-03-02", "2021-03-05", "已答复"),
            row("反映滨江路夜间施工噪音扰民", "2021-01-18", "2021-01-22", "已答复"),
            row("建议在城东片区增设公交站点", "2020-10-30", "——", "处理中"),
            row("咨询二孩家庭公租房申请条件", "2020-10-12", "2020-10-15", "已答复")]
    form = ("<form action='/qzxx/post.do' method='post'><p>标题：<input name='bt'></p>"
            "<p><textarea name='nr' rows='5'></textarea></p><p><input type='submit' value='发送'></p></form>")
    report = _report(tmp_path / "stated", "qzxx/", "区长信箱", form + "<ul class='xjgk'>" + "".join(rows) + "</ul>")
    column = next(c for c in report["columns"] if c["url"].endswith("/qzxx/"))
    assert (column["type"], column["items"]) == ("互动", 4)
    assert _late(report) == ["2020-10-30"]
    assert "interaction-poor" in {v["rule"] for v in report["vetoes"]}
    plain = [r.replace("<i>已答复</i>", "").replace("<i>处理中</i>", "") for r in rows if "处理中" not in r]
    report = _report(tmp_path / "plain", "qzxx/", "区长信箱", form + "<ul class='xjgk'>" + "".join(plain) + "</ul>")
    assert not any(c["url"].endswith("/qzxx/") for c in report["columns"])
