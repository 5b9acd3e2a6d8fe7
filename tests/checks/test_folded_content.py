"""Folded content read as a visitor who opens it reads it: a letter's answer folded into the hidden table row under
it, a document's information table folded below its heading, and a 年报 branch a 信息公开 page folds in place."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.lx.gov.cn/"
FOOTER = "<div class='ft'>主办单位：某县人民政府办公室 网站标识码：4301000003 湘ICP备07012345号</div>"


def _page(title: str, body: str) -> str:
    nav = "<div class='nav'><a href='/'>首页</a><a href='/hdjl/sjxx/'>书记信箱</a><a href='/zwgk/'>政务公开</a></div>"
    return f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{nav}{body}{FOOTER}</body></html>"


def _report(tmp_path: Path, pages: dict[str, str], as_of: dt.date) -> dict:
    b = SnapshotBuilder(SEED)
    home = "<ul class='xw'><li><a href='/xw/202105/t20210528_9.html'>县政府召开常务会议</a><span>2021-05-28</span></li></ul>"
    b.page(SEED, _page("某县人民政府", home), depth=0)
    for path, html in pages.items():
        b.page(SEED + path, html)
    return run_checks(load_snapshot(b.write(tmp_path)), as_of)


def test_a_letters_answer_folded_into_the_hidden_row_below_it_dates_it(tmp_path: Path) -> None:
    """A 书记信箱 table whose rows each link a letter and say 已办结, each answer (with its date) in a row below it
    hidden until the title is clicked: the folded answer is the letter's — the January letter answered in May (130
    days) is late, and the column was last touched on the latest answer's day."""
    def letter(href: str, title: str, sent: str, answered: str) -> str:
        return (f"<tr><td><a href='{href}'>{title}</a></td><td>{sent}</td><td>已办结</td></tr>"
                f"<tr class='dfnr' hidden><td colspan='3'><span>答复部门：县信访局</span> <span>答复日期：{answered}</span>"
                "<p>来信收悉，现答复如下：已责成相关部门处理。</p></td></tr>")
    rows = (letter("/hdjl/sjxx/3.html", "反映镇中学门口路段缺少减速带", "2021-05-10", "2021-05-14")
            + letter("/hdjl/sjxx/2.html", "咨询城乡居民养老保险补缴办法", "2021-03-22", "2021-03-26")
            + letter("/hdjl/sjxx/1.html", "建议修缮村级文化活动室屋顶", "2021-01-11", "2021-05-21"))
    body = ("<div class='loc'>当前位置：<a href='/'>首页</a> &gt; 书记信箱</div><a href='/hdjl/sjxx/write.html'>我要写信</a>"
            "<table class='xjlb'><tr><th>信件标题</th><th>来信日期</th><th>状态</th></tr>" + rows + "</table>")
    report = _report(tmp_path, {"hdjl/sjxx/": _page("书记信箱", body)}, dt.date(2021, 6, 1))
    late = sorted(f["submitted"] for f in report["findings"] if f["check"] == "unanswered-message")
    assert late == ["2021-01-11"]
    assert "interaction-poor" in {v["rule"] for v in report["vetoes"]}
    mailbox = next(c for c in report["columns"] if c["url"].endswith("/hdjl/sjxx/"))
    assert mailbox["last_update"] == "2021-05-21"


def test_a_comment_between_a_letter_and_its_folded_answer_is_nothing(tmp_path: Path) -> None:
    """A CMS template marking each letter's folded answer with a comment (`<!-- 答复内容 -->`) between the two rows:
    the comment is nothing to a reader, the hidden row under it is still the letter's answer (the March letter
    answered in July, 112 days, is late)."""
    def letter(href: str, title: str, sent: str, answered: str) -> str:
        return (f"<tr><td><a href='{href}'>{title}</a></td><td>{sent}</td><td>已回复</td></tr>\n<!-- 答复内容 -->\n"
                f"<tr style='display:none'><td colspan='3'>回复时间：{answered}　回复单位：县住建局</td></tr>")
    rows = (letter("/hdjl/sjxx/8.html", "小区供暖管道漏水何时维修", "2021-05-06", "2021-05-11")
            + letter("/hdjl/sjxx/7.html", "老旧小区加装电梯补贴如何申请", "2021-03-15", "2021-07-05"))
    body = ("<div class='loc'>当前位置：<a href='/'>首页</a> &gt; 书记信箱</div>"
            "<table class='list'><tr><th>标题</th><th>时间</th><th>状态</th></tr>" + rows + "</table>")
    report = _report(tmp_path, {"hdjl/sjxx/": _page("书记信箱", body)}, dt.date(2021, 8, 1))
    late = sorted(f["submitted"] for f in report["findings"] if f["check"] == "unanswered-message")
    assert late == ["2021-03-15"]


def test_a_folded_information_table_under_the_heading_gives_no_title() -> None:
    """A document whose only 发布日期 sits in its information table, folded under the byline until its [信息属性]
    link is clicked, each label in a cell of its own and its value in the next: the value right above the date (a
    主题词) is a cell of the table, not the document's heading."""
    heading = "某县教育局关于做好2021年秋季学期中小学招生工作的通知"
    body = (f"<div class='wz'><h2>{heading}</h2><div class='ly'>来源：县教育局 "
            "<a href='#sx' onclick=\"$('#sx').slideToggle();return false\">[信息属性]</a></div>"
            "<div id='sx' style='display:none'><table class='sx'>"
            "<tr><td>索引号</td><td>430100-11-2021-0031</td><td>发文机关</td><td>某县教育局</td></tr>"
            "<tr><td>主题词</td><td>义务教育、招生入学</td><td>发布日期</td><td>2021-06-02</td></tr>"
            "</table></div><div class='zw'><p>各乡镇中心学校：现将2021年秋季学期招生工作有关事项通知如下。</p>"
            "</div></div>")
    f = parse_page(_page(heading, body), SEED + "zwgk/jyj/202106/t20210602_31.html", None, "r", home=False)
    assert f.is_article and f.pubdate == (2021, 6, 2)
    assert f.title == heading


def test_a_report_in_a_branch_the_disclosure_page_folds_is_the_entry(tmp_path: Path) -> None:
    """A 政务公开 page whose 年报 node only opens a folded branch of its own tree (`href="#nb"`), the reports listed
    inside: the 年报 entry leads to the report listed there, not back to the page holding the branch."""
    tree = ("<div class='loc'>当前位置：<a href='/'>首页</a> &gt; 政务公开</div><ul class='gkml'>"
            "<li><a href='/zwgk/zn/'>政府信息公开指南</a></li>"
            "<li><a href='#nb' class='zk' data-toggle='collapse'>信息公开年报</a><ul id='nb' style='display:none'>"
            "<li><a href='/zwgk/nb/202101/t20210120_7.html'>2020年度政府信息公开工作年度报告</a></li>"
            "<li><a href='/zwgk/nb/202001/t20200117_5.html'>2019年度政府信息公开工作年度报告</a></li></ul></li></ul>")
    report = _report(tmp_path, {"zwgk/": _page("政务公开", tree)}, dt.date(2021, 6, 1))
    nb = report["elements"]["政府信息公开年报"]
    assert nb["present"] and nb["url"] == SEED + "zwgk/nb/202101/t20210120_7.html"
