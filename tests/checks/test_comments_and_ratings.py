"""Pages carrying readers' comments, ratings and related boxes, written unlike the blind sites that showed each rule:
an article listed by its own page's 阅读排行 box is still an article; a list's row that a script-run ranking widget
repeats is still the list's; readers' comments printed with no link under their box's heading are no rows; a
相关解读 box beside a documents list holds none of its rows; a letters table's 评价日期 is no day the site touched it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.bx.gov.cn/"
AS_OF = dt.date(2023, 6, 30)
FOOTER = "<div class='ft'>主办单位：白溪区人民政府办公室 网站标识码：3301990001 浙ICP备10023456号</div>"
MENU = ("<div class='menu'><a href='/'>首页</a><a href='/news/'>白溪动态</a><a href='/notice/'>公示公告</a>"
        "<a href='/docs/'>区政府文件</a><a href='/mail/'>区长信箱</a></div>")


def _page(title: str, body: str) -> str:
    return f"<html><head><title>{title}_白溪区人民政府</title></head><body>{MENU}{body}{FOOTER}</body></html>"


def test_an_article_its_own_ranking_box_lists_is_an_article() -> None:
    """A news page under a crumb ending with its separator: its heading, its 发稿时间, then 上一条 with its date, two
    related rows and a 阅读排行 box listing this very page among others — its heading names the page, no column."""
    here = SEED + "news/2023/0628/c12a771.html"
    ranking = "".join(f"<li><a href='{u}'>{t}</a><em>{d}</em></li>" for u, t, d in (
        ("/news/2023/0628/c12a771.html", "白溪区召开防汛防台工作视频会议", "06-28"),
        ("/news/2023/0615/c12a760.html", "区领导调研夏粮收购工作", "06-15"),
        ("/news/2023/0602/c12a751.html", "白溪区启动安全生产月活动", "06-02")))
    body = ("<div class='loc'>您现在的位置：<a href='/'>首页</a> » <a href='/news/'>白溪动态</a> »</div>"
            "<div class='art'><h1>白溪区召开防汛防台工作视频会议</h1>"
            "<p class='meta'>发稿时间：2023-06-28 16:05　来源：区应急管理局</p>"
            "<div class='txt'><p>6月27日下午，白溪区召开防汛防台工作视频会议，部署当前防汛防台工作。</p></div>"
            "<p class='prev'>上一条：<a href='/news/2023/0626/c12a769.html'>区人大常委会视察城区排涝设施</a>（2023-06-26）</p>"
            "<div class='rel'><h4>相关新闻</h4><ul>"
            "<li><a href='/news/2023/0601/c12a750.html'>白溪区开展防汛应急演练</a> 2023-06-01</li>"
            "<li><a href='/news/2023/0520/c12a741.html'>白溪区部署汛前隐患排查</a> 2023-05-20</li></ul></div></div>"
            f"<div class='side'><h4>阅读排行</h4><ol>{ranking}</ol></div>")
    f = parse_page(_page("白溪区召开防汛防台工作视频会议", body), here, None, "r", home=False)
    assert f.is_article and f.pubdate == (2023, 6, 28)
    assert f.title.startswith("白溪区召开防汛防台工作视频会议")


def test_a_list_row_a_script_run_widget_repeats_is_the_lists_own(tmp_path: Path) -> None:
    """Every page carries a 浏览排行 box whose rows open by `javascript:` links; its first row repeats the notice list's
    newest title and date, which the list links to its own page: the list keeps that row."""
    widget = ("<div class='rank'><b>浏览排行</b><ul>" + "".join(
        f"<li><a href='javascript:;' onclick='go({i})'>{t}</a><span>{d}</span></li>" for i, (t, d) in enumerate((
            ("白溪区2023年公开招聘社区工作者拟录用人员公示", "2023-06-20"), ("白溪区城区道路临时封闭施工公告", "2023-05-08"),
            ("白溪区2023年义务教育招生政策问答", "2023-04-11")))) + "</ul></div>")
    notices = (("/notice/202306/t20230620_88.html", "白溪区2023年公开招聘社区工作者拟录用人员公示", "2023-06-20"),
               ("/notice/202306/t20230602_86.html", "白溪区夏季用电高峰有序用电方案公告", "2023-06-02"),
               ("/notice/202305/t20230516_84.html", "白溪区农村宅基地审批结果公示", "2023-05-16"))
    rows = "".join(f"<tr><td><a href='{u}'>{t}</a></td><td>{d}</td></tr>" for u, t, d in notices)
    b = SnapshotBuilder(SEED)
    b.page(SEED, _page("首页", widget + "<ul class='hot'><li><a href='/news/2023/0628/c12a771.html'>白溪区召开防汛防台工作视频"
                       "会议</a><span>2023-06-28</span></li></ul>"), depth=0)
    b.page(SEED + "notice/", _page("公示公告", f"<table class='lst'>{rows}</table>{widget}"))
    b.page(SEED + "news/", _page("白溪动态", "<ul class='lst'>" + "".join(
        f"<li><a href='/news/2023/06{d:02d}/c12a7{d}.html'>白溪区召开第{d}次防汛工作调度会</a><span>2023-06-{d:02d}</span></li>"
        for d in (28, 21, 14)) + f"</ul>{widget}"))
    b.page(SEED + "about/", _page("走进白溪", widget + "<p>白溪区位于浙江省中部，总面积312平方公里。</p>"))
    b.page(SEED + "contact/", _page("联系我们", widget + "<p>地址：白溪区府前街8号 电话：0579-88012345</p>"))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    col = next(c for c in report["columns"] if c["url"] == SEED + "notice/")
    assert (col["shown"], col["last_update"]) == (3, "2023-06-20")


def test_readers_comments_beside_a_list_are_no_rows() -> None:
    """A news list beside a 最新评论 box printing each remark with its poster and time, no link: no rows of the list;
    a table of letters printed with no link, under its own heading, still lists its letters."""
    rows = "".join(f"<li><a href='/news/2023/06{d:02d}/c12a7{d}.html'>白溪区召开第{d}次防汛工作调度会</a>"
                   f"<span>2023-06-{d:02d}</span></li>" for d in (21, 14, 7))
    comments = ("<dl class='cmt'><dt>最新评论</dt><dd><ul>"
                "<li><span>城东居民老周：排涝泵站终于修好了，为你们点赞。</span><em>2023-06-29 20:15</em></li>"
                "<li><span>游客8721：请问今年汛期什么时候结束呢？</span><em>2023-06-28 09:02</em></li>"
                "<li><span>白溪中学家长：希望学校周边积水也能尽快处理。</span><em>2023-06-25 17:40</em></li>"
                "</ul></dd></dl>")
    f = parse_page(_page("白溪动态", f"<ul class='lst'>{rows}</ul>{comments}"), SEED + "news/", None, "r", home=False)
    assert [it.date for it in f.items] == [(2023, 6, 21), (2023, 6, 14), (2023, 6, 7)]
    letters = ("<h3>来信选登</h3><table class='xd'>"
               "<tr><td>关于城东菜市场周边停车难的问题</td><td>2023-06-20</td><td>已回复</td></tr>"
               "<tr><td>咨询新建小区幼儿园开办时间</td><td>2023-06-12</td><td>已回复</td></tr>"
               "<tr><td>反映白溪大桥路灯不亮的问题</td><td>2023-06-03</td><td>已回复</td></tr></table>")
    g = parse_page(_page("来信选登", letters), SEED + "mail/xd/", None, "r", home=False)
    assert len(g.items) == 3


def test_a_related_interpretations_box_beside_a_documents_list_holds_none_of_its_rows(tmp_path: Path) -> None:
    docs = (("/docs/202306/t20230609_51.html", "白溪区人民政府关于印发白溪区城市更新三年行动方案的通知", "2023-06-09"),
            ("/docs/202305/t20230518_49.html", "白溪区人民政府办公室关于加强城市内涝治理的实施意见", "2023-05-18"))
    related = (("/jd/202306/t20230626_61.html", "一图读懂《白溪区城市更新三年行动方案》", "2023-06-26"),
               ("/jd/202305/t20230522_58.html", "《关于加强城市内涝治理的实施意见》政策解读", "2023-05-22"))
    rows = lambda rs: "".join(f"<li><a href='{u}'>{t}</a><span>{d}</span></li>" for u, t, d in rs)  # noqa: E731
    b = SnapshotBuilder(SEED)
    b.page(SEED, _page("首页", "<ul class='hot'><li><a href='/news/2023/0628/c12a771.html'>白溪区召开防汛防台工作视频会议"
                       "</a><span>2023-06-28</span></li></ul>"), depth=0)
    b.page(SEED + "docs/", _page("区政府文件", f"<ul class='lst'>{rows(docs)}</ul>"
                                 f"<div class='side'><h4>相关解读</h4><ul>{rows(related)}</ul></div>"))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    col = next(c for c in report["columns"] if c["url"] == SEED + "docs/")
    assert (col["shown"], col["last_update"]) == (2, "2023-06-09")


def test_a_letters_tables_rating_date_is_no_update() -> None:
    """A 区长信箱 table printing when each letter came, when it was answered and when the writer rated the answer:
    the rating's day, later than the reply, dates no row."""
    table = ("<table class='xj'><thead><tr><th>标题</th><th>来信日期</th><th>回复日期</th><th>满意度</th><th>评价日期</th></tr>"
             "</thead><tbody>"
             "<tr><td><a href='/mail/show.aspx?id=3051'>城东菜市场周边停车难</a></td><td>2023-06-12</td><td>2023-06-16</td>"
             "<td>满意</td><td>2023-06-29</td></tr>"
             "<tr><td><a href='/mail/show.aspx?id=3042'>新建小区幼儿园何时开办</a></td><td>2023-06-02</td><td>2023-06-08</td>"
             "<td>基本满意</td><td>2023-06-09</td></tr></tbody></table>")
    f = parse_page(_page("区长信箱", table), SEED + "mail/", None, "r", home=False)
    assert {it.title: it.dates for it in f.items} == {"城东菜市场周边停车难": [(2023, 6, 12), (2023, 6, 16)],
                                                      "新建小区幼儿园何时开办": [(2023, 6, 2), (2023, 6, 8)]}
