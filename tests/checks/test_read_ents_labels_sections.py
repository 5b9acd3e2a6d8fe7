"""A list of letters whose one headline ends in words a message label uses (…受理时间) stays a list; a township's letters
on its county's letter system, named for the township only by the page's breadcrumb, are the township's 互动 column;
and a link to a part of the page it is on (a profile's #zzjg anchor) is carried by that page alone, so the page's own
link naming the element in full (主要职责) is the entry."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder


def _letters(first_title: str) -> str:
    rows = [(first_title, "2021-03-18", "2021-03-22"), ("反映东风路积水问题", "2021-03-09", "2021-03-12"),
            ("建议增设便民自行车点", "2021-02-25", "2021-03-03")]
    return ("<html><head><title>局长信箱</title></head><body><div class='nav'><a href='/'>首页</a></div>"
            "<div class='pos'>首页 &gt; 公众参与 &gt; 局长信箱</div><ul class='xj'>" + "".join(
                f"<li><a href='/gzcy/jzxx/show?id={i}'>{t}</a><em>{s}</em><em>答复于 {r}</em><b>已答复</b></li>"
                for i, (t, s, r) in enumerate(rows)) + "</ul></body></html>")


def test_a_label_ending_a_rows_headline_is_no_message_label() -> None:
    # one letter asks about a 受理时间 and prints its date right after the title: the words are the headline's
    f = parse_page(_letters("询问居住证办理受理时间"), "http://www.x.gov.cn/gzcy/jzxx/", None, "r1", depth=1, home=False)
    assert (f.is_article, len(f.items)) == (False, 3)
    # a message's own page, its label standing alone, is still one message
    one = ("<html><head><title>询问居住证办理</title></head><body><h2>询问居住证办理</h2>"
           "<p>受理时间：2021-03-18</p><p>答复时间：2021-03-22</p><p>答复内容：请携带身份证件到窗口办理。</p></body></html>")
    g = parse_page(one, "http://www.x.gov.cn/gzcy/jzxx/show?id=0", None, "r2", depth=2, home=False)
    assert g.is_article and g.message is not None and g.message.submitted == (2021, 3, 18)


def test_a_townships_letters_on_the_county_system_named_by_the_breadcrumb_are_its_column(tmp_path: Path) -> None:
    seed, box = "http://taoyuan.hexian.gov.cn/", "http://www.hexian.gov.cn/gzhd/ldxx/list.do?dept=ty"
    foot = "<div class='foot'>主办：和县桃源镇人民政府 网站标识码：3401000077 皖ICP备12003344号</div>"
    home = (f"<html><head><title>和县桃源镇人民政府</title></head><body><div class='nav'><a href='/'>首页</a>"
            f"<a href='{box}'>书记信箱</a></div><ul class='news'><li><a href='/xw/202104/t20210426_1.html'>"
            f"镇村干部开展春耕督导</a><span>2021-04-26</span></li></ul>{foot}</body></html>")
    letters = ("<html><head><title>领导信箱 | 和县公众参与平台</title></head><body>"
               "<p class='crumb'>当前位置：<a href='http://www.hexian.gov.cn/'>首页</a> &gt; 公众参与 &gt; 桃源镇书记信箱</p>"
               "<p><a href='http://www.hexian.gov.cn/gzhd/ldxx/write.do?dept=ty'>我要写信</a></p><table class='xx'>"
               "<tr><th>主题</th><th>来信日期</th><th>状态</th></tr>" + "".join(
                   f"<tr><td><a href='http://www.hexian.gov.cn/gzhd/ldxx/view.do?id={n}'>{t}</a></td><td>{d}</td>"
                   f"<td>已回复</td></tr>" for n, (t, d) in enumerate([("咨询村道硬化计划", "2021-04-20"),
                                                                      ("反映集镇垃圾清运不及时", "2021-04-02"),
                                                                      ("建议维修桃源桥护栏", "2021-03-15")]))
               + "</table></body></html>")
    b = SnapshotBuilder(seed)
    b.page(seed, home, depth=0)
    b.page(box, letters)
    report = run_checks(load_snapshot(b.write(tmp_path)), dt.date(2021, 4, 28))
    columns = {c["url"]: c for c in report["columns"]}
    assert box in columns and columns[box]["type"] == "互动"
    # the same system's page of another township (its breadcrumb names that one) stays outside
    b2 = SnapshotBuilder(seed)
    b2.page(seed, home, depth=0)
    b2.page(box, letters.replace("桃源镇书记信箱", "杏花乡书记信箱"))
    report = run_checks(load_snapshot(b2.write(tmp_path / "other")), dt.date(2021, 4, 28))
    assert box not in {c["url"] for c in report["columns"]}


def test_a_link_to_a_part_of_its_own_page_is_carried_by_that_page_alone(tmp_path: Path) -> None:
    seed = "http://www.hbj.gov.cn/"
    foot = "<div class='foot'>主办：某市环境保护局 网站标识码：4201000012 鄂ICP备10002345号</div>"
    nav = "<div class='nav'><a href='/'>首页</a><a href='/dwgk/'>单位概况</a><a href='/hbyw/'>环保要闻</a></div>"

    def html(title: str, body: str) -> str:
        return f"<html><head><title>{title}</title></head><body>{nav}<div class='main'>{body}</div>{foot}</body></html>"

    news = "<ul class='list'><li><a href='/hbyw/202104/t20210426_3.html'>全市开展春季大气污染防治检查</a><span>2021-04-26</span></li></ul>"
    profile = ("<div class='tabs'><a href='#dwjj'>单位简介</a> <a href='#zzjg'>组织机构</a></div>"
               "<h3 id='dwjj'>单位简介</h3><p>某市环境保护局是市政府工作部门，负责全市生态环境保护工作，下设七个科室。</p>"
               "<h3 id='zzjg'>组织机构</h3><p>办公室、法规科、监测科、执法支队。各科室职责见"
               "<a href='http://www.hbj.gov.cn/xxgk/zyzz/'>主要职责</a>。</p>")
    b = SnapshotBuilder(seed)
    b.page(seed, html("某市环境保护局", news), depth=0)
    b.page(seed + "hbyw/", html("环保要闻", news))
    b.page(seed + "dwgk/", html("单位概况", profile))
    report = run_checks(load_snapshot(b.write(tmp_path)), dt.date(2021, 4, 28))
    assert report["elements"]["机构职能"]["url"] == "http://www.hbj.gov.cn/xxgk/zyzz/"
