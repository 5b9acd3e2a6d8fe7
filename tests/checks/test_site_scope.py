"""Which hosts belong to a site: a township whose 政府信息公开 lives in its own folder of the county's portal
(www.county.gov.cn/xxgk/<town>/) owns the columns there; another town's folder, the platform's other pages and
platform pages the crawl never fetched stay outside."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://hezhen.anxian.gov.cn/"
PORTAL = "http://www.anxian.gov.cn/xxgk/"
AS_OF = dt.date(2021, 6, 30)
FOOTER = "<div class='foot'>主办：安县河镇人民政府 网站标识码：5101000003 蜀ICP备11002233号</div>"


TITLES = ("关于做好防汛工作的通知", "关于开展人居环境整治的通知")


def _rows(items: list[tuple[str, str]]) -> str:
    return "<table class='gk'>" + "".join(
        f"<tr><td><a href='{u}'>{TITLES[i]}</a></td><td>{d}</td></tr>" for i, (u, d) in enumerate(items)) + "</table>"


def _report(tmp_path: Path) -> dict:
    nav = ("<div class='nav'><a href='/'>首页</a><a href='/zxdt/'>镇务动态</a>"
           f"<a href='{PORTAL}hezhen/tzgg/'>通知公告</a><a href='{PORTAL}hezhen/czxx/'>财政信息</a>"
           f"<a href='{PORTAL}hezhen/rsxx/'>人事信息</a><a href='{PORTAL}shanxiang/tzgg/'>山乡通知公告</a>"
           f"<a href='{PORTAL}gzdt/'>全县工作动态</a></div>")

    def html(title: str, body: str) -> str:
        return f"<html><head><title>{title}</title></head><body>{nav}<div class='main'>{body}</div>{FOOTER}</body></html>"

    fresh = [("/zxdt/202106/t20210628_1.html", "2021-06-28")]
    b = SnapshotBuilder(SEED)
    b.page(SEED, html("安县河镇人民政府", _rows(fresh)), depth=0)
    b.page(SEED + "zxdt/", html("镇务动态", _rows(fresh)))
    b.page(PORTAL + "hezhen/tzgg/", html("通知公告", _rows([(PORTAL + "hezhen/tzgg/202105/t20210520_7.html", "2021-05-20"),
                                                       (PORTAL + "hezhen/tzgg/202103/t20210311_5.html", "2021-03-11")])))
    b.page(PORTAL + "hezhen/czxx/", html("财政信息", "<table class='gk'><tr><td>暂无信息</td></tr></table>"))
    b.page(PORTAL + "shanxiang/tzgg/", html("通知公告", "<table class='gk'><tr><td>暂无信息</td></tr></table>"))
    b.page(PORTAL + "gzdt/", html("工作动态", "<table class='gk'><tr><td>暂无信息</td></tr></table>"))
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def test_the_towns_folder_on_the_county_platform_is_the_towns(tmp_path: Path) -> None:
    report = _report(tmp_path)
    columns = {c["url"]: c for c in report["columns"]}
    assert columns[PORTAL + "hezhen/tzgg/"]["last_update"] == "2021-05-20"
    assert columns[PORTAL + "hezhen/czxx/"]["items"] == 0
    empty = {f["url"] for f in report["findings"] if f["check"] == "empty-column"}
    assert PORTAL + "hezhen/czxx/" in empty                 # cited as the site links it
    # another town's folder and the platform's own pages are not this site's; an unfetched page is left out
    for outside in (PORTAL + "shanxiang/tzgg/", PORTAL + "gzdt/", PORTAL + "hezhen/rsxx/"):
        assert outside not in columns and outside not in empty


def test_the_towns_section_on_the_county_platform_of_another_domain_is_the_towns(tmp_path: Path) -> None:
    """A town (www.dongba.gov.cn) whose 政务公开 lives on its county's platform (zwgk.pingxian.gov.cn, another gov.cn
    domain, addresses that do not name the town): the platform's pages that name the town in their title (东坝镇 -
    通知公告) are its columns, whose rows are the platform's documents; another town's section and a county article about the
    town (a headline) are not."""
    seed, gk = "http://www.dongba.gov.cn/", "http://zwgk.pingxian.gov.cn/"
    foot = "<div class='foot'>主办：平县东坝镇人民政府 网站标识码：5101000031 蜀ICP备11002299号</div>"
    nav = (f"<div class='nav'><a href='/'>首页</a><a href='{gk}unit/list?u=31&c=2'>通知公告</a>"
           f"<a href='{gk}unit/list?u=31&c=5'>财政信息</a><a href='{gk}unit/list?u=32&c=2'>西湖乡通知公告</a>"
           f"<a href='{gk}news/2021/0601/889.html'>东坝镇召开防汛工作会议</a></div>")

    def html(title: str, body: str) -> str:
        return f"<html><head><title>{title}</title></head><body>{nav}<div class='main'>{body}</div>{foot}</body></html>"

    def rows(unit: int) -> str:
        return "<ul class='gl'>" + "".join(
            f"<li><a href='{gk}unit/doc?u={unit}&id={n}'>关于开展第{n}批农村人居环境整治的通知</a><i>2021年0{n}月1{n}日</i></li>"
            for n in (3, 5)) + "</ul>"

    b = SnapshotBuilder(seed)
    b.page(seed, html("平县东坝镇人民政府", "<ul class='gl'><li><a href='/xw/1.html'>镇党委召开会议</a>"
                                            "<i>2021-06-28</i></li></ul>"), depth=0)
    # (the platform's 年度报告 list is linked from its own pages only)
    b.page(gk + "unit/list?u=31&c=2", html("东坝镇 - 通知公告", rows(31) + f"<a href='{gk}unit/list?u=31&c=9'>年报</a>"))
    b.page(gk + "unit/list?u=31&c=9", html("东坝镇 - 年度报告", rows(31)))
    b.page(gk + "unit/list?u=31&c=5", html("东坝镇 - 财政信息", "<ul class='gl'><li>暂无信息</li></ul>"))
    b.page(gk + "unit/list?u=32&c=2", html("西湖乡 - 通知公告", rows(32)))
    b.page(gk + "news/2021/0601/889.html", html("东坝镇召开防汛工作会议_平县人民政府", "<h4>相关新闻</h4>" + rows(0)))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    columns = {c["url"]: c for c in report["columns"]}
    assert sorted(columns) == [gk + "unit/list?u=31&c=2", gk + "unit/list?u=31&c=5", gk + "unit/list?u=31&c=9"]
    notices = next(c for c in report["columns"] if c["name"] == "通知公告")
    assert (notices["items"], notices["last_update"]) == (2, "2021-05-15")
    assert {f["url"] for f in report["findings"] if f["check"] == "empty-column"} == {gk + "unit/list?u=31&c=5"}


def test_the_portals_own_disclosure_host_is_the_portals(tmp_path: Path) -> None:
    """A county portal at its domain's front (www.pingxian.gov.cn) keeping its older 政府信息公开 system on the domain's
    disclosure host (gk.pingxian.gov.cn): the 年报 list there is the portal's column; a department's site on the
    same domain (jtj.pingxian.gov.cn) gains nothing from that host, nor does the portal from another domain's."""
    def report(seed: str, gk: str, out: Path) -> dict:
        foot = "<div class='foot'>主办：平县人民政府办公室 网站标识码：5101000030 蜀ICP备11002288号</div>"
        nav = f"<p class='nav'><a href='/'>首页</a><a href='{gk}gknb/'>信息公开年报</a></p>"
        rows = "<ol>" + "".join(f"<li><span>{y + 1}年01月2{y % 10}日</span><a href='{gk}gknb/{y + 1}01/t{y}_8.html'>"
                                f"平县{y}年政府信息公开工作年度报告</a></li>" for y in (2020, 2019)) + "</ol>"
        b = SnapshotBuilder(seed)
        b.page(seed, f"<html><head><title>平县人民政府</title></head><body>{nav}{foot}</body></html>", depth=0)
        b.page(gk + "gknb/", f"<html><head><title>信息公开年报</title></head><body>{nav}{rows}{foot}</body></html>")
        return run_checks(load_snapshot(b.write(out)), AS_OF)

    own = report("http://www.pingxian.gov.cn/", "http://gk.pingxian.gov.cn/", tmp_path / "own")
    assert [(c["url"], c["items"]) for c in own["columns"]] == [("http://gk.pingxian.gov.cn/gknb/", 2)]
    assert report("http://jtj.pingxian.gov.cn/", "http://gk.pingxian.gov.cn/", tmp_path / "dept")["columns"] == []
    assert report("http://www.pingxian.gov.cn/", "http://gk.huaxian.gov.cn/", tmp_path / "other")["columns"] == []


def _scope_report(tmp_path: Path) -> dict:
    """A district portal (www.qingshan.gov.cn) linking, in its 街镇站点 box, the 柳湖街道 website kept in a folder of
    its own host (/site/lhjd/: its own name in every title, its own menu and footer, no SiteName meta), and carrying
    the 东岭镇 channel in its own template (/jzpd/dlz/: the portal's menu and footer around the town's lists)."""
    seed = "http://www.qingshan.gov.cn/"
    menu = ("<ul class='menu'><li><a href='/'>首页</a></li><li><a href='/qqgk/'>区情概况</a></li>"
            "<li><a href='/xwdt/'>新闻动态</a></li><li><a href='/zwgk/'>政务公开</a></li>"
            "<li><a href='/gzcy/qzxx/'>区长信箱</a></li><li><a href='/jzpd/'>街镇频道</a></li></ul>")
    foot = "<div class='ft'>主办：清杉区人民政府办公室　网站标识码：3302110001　浙ICP备10020011号</div>"
    sub_menu = ("<div class='jd-nav'><a href='/site/lhjd/'>街道首页</a><a href='/site/lhjd/jddt/'>街道动态</a>"
                "<a href='/site/lhjd/sjxx/'>书记信箱</a><a href='/'>返回区政府网站</a></div>")
    sub_foot = "<div class='jd-ft'>主办：清杉区柳湖街道办事处　电话：0574-8811200</div>"

    def portal(title: str, body: str) -> str:
        return f"<html><head><title>{title}</title></head><body>{menu}<div class='bd'>{body}</div>{foot}</body></html>"

    def street(title: str, body: str) -> str:
        return (f"<html><head><title>{title}</title></head><body><h1>清杉区柳湖街道办事处</h1>{sub_menu}"
                f"<div class='jd-bd'>{body}</div>{sub_foot}</body></html>")

    def letters(rows: list[tuple[str, str, str, str]]) -> str:
        return ("<table class='xj'><tr><th>主题</th><th>来信时间</th><th>回复时间</th><th>办理状态</th></tr>" + "".join(
            f"<tr><td><a href='{u}'>{t}</a></td><td>{s}</td><td>{r}</td><td>{'已回复' if r else '未回复'}</td></tr>"
            for u, t, s, r in rows) + "</table>")

    def news(rows: list[tuple[str, str, str]]) -> str:
        return "<ul class='lb'>" + "".join(f"<li><a href='{u}'>{t}</a><em>{d}</em></li>" for u, t, d in rows) + "</ul>"

    b = SnapshotBuilder(seed)
    b.page(seed, portal("清杉区人民政府", news([("/xwdt/202106/t20210628_1.html", "区政府召开防汛工作会议", "2021-06-28")])
                        + "<div class='jz'>街镇站点：<a href='/site/lhjd/'>柳湖街道</a><a href='/jzpd/dlz/'>东岭镇</a></div>"),
           depth=0)
    b.page(seed + "gzcy/qzxx/", portal("区长信箱 - 清杉区人民政府", letters([
        ("/gzcy/qzxx/202106/t1.html", "关于幸福路路灯损坏的反映", "2021-06-10", "2021-06-15"),
        ("/gzcy/qzxx/202105/t2.html", "咨询老年人优待证办理地点", "2021-05-06", "2021-05-08")])))
    b.page(seed + "site/lhjd/", street("柳湖街道办事处", news([
        ("/site/lhjd/jddt/202003/t20200311_9.html", "柳湖街道开展春季爱国卫生运动", "2020-03-11")])))
    b.page(seed + "site/lhjd/jddt/", street("街道动态 - 清杉区柳湖街道办事处", news([
        ("/site/lhjd/jddt/202003/t20200311_9.html", "柳湖街道开展春季爱国卫生运动", "2020-03-11"),
        ("/site/lhjd/jddt/201912/t20191220_8.html", "柳湖街道召开年终总结大会", "2019-12-20")])))
    b.page(seed + "site/lhjd/sjxx/", street("书记信箱 - 清杉区柳湖街道办事处", letters([
        ("/site/lhjd/sjxx/l/31.html", "小区电梯加装补贴如何申请", "2021-01-05", ""),
        ("/site/lhjd/sjxx/l/30.html", "菜市场周边停车难的问题", "2020-11-12", "2020-11-20")])))
    b.page(seed + "jzpd/dlz/tzgg/", portal("通知公告 - 东岭镇 - 清杉区人民政府", news([
        ("/jzpd/dlz/tzgg/202009/t20200905_3.html", "东岭镇关于秋季防火期野外用火管理的通告", "2020-09-05"),
        ("/jzpd/dlz/tzgg/202007/t20200716_2.html", "东岭镇2020年度低保对象公示", "2020-07-16")])))
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def test_a_website_kept_in_a_folder_of_the_portals_host_is_not_the_portals(tmp_path: Path) -> None:
    """The 柳湖街道 website in /site/lhjd/ of the district portal's host, with its own name, menu and footer, is
    another website of the 站群: its stale 街道动态 is no column of the portal, and the letter its 书记信箱 left
    unanswered past 90 days raises no interaction-poor veto against the portal, whose own 区长信箱 answers in days.
    The 东岭镇 channel in the portal's own template is the portal's: its stale 通知公告 stays the portal's column."""
    report = _scope_report(tmp_path)
    columns = {c["url"] for c in report["columns"]}
    assert "http://www.qingshan.gov.cn/gzcy/qzxx/" in columns
    assert not {u for u in columns if "/site/lhjd/" in u}
    assert "interaction-poor" not in {v["rule"] for v in report["vetoes"]}
    assert not [f for f in report["findings"] if f["check"] == "unanswered-message"]
    stale = {f["url"] for f in report["findings"] if f["check"] == "stale-column"}
    assert stale == {"http://www.qingshan.gov.cn/jzpd/dlz/tzgg/"}


def test_a_department_website_on_another_host_of_the_citys_domain_is_not_the_citys_section(tmp_path: Path) -> None:
    """A city portal (www.hexi.gov.cn) whose 部门网站 menu links the 生态环境局's own website on another host of the
    city's domain (sthjj.hexi.gov.cn, its own 标识码): a title naming 河西市生态环境局 starts with the city's place but
    names another body, so its blank 环境公告 list is that website's, no blank column of the portal."""
    seed, dept = "http://www.hexi.gov.cn/", "http://sthjj.hexi.gov.cn/"
    nav = (f"<nav><a href='/'>首页</a><a href='/zwdt/'>政务动态</a><a href='{dept}'>部门网站</a>"
           f"<a href='{dept}hjgg/'>生态环境局公告</a></nav>")
    foot = "<footer>主办：河西市人民政府办公室 网站标识码：6207000001</footer>"
    rows = "<ul>" + "".join(f"<li><a href='/zwdt/2021/0{m}/a{m}.html'>市政府召开第{m}次常务会议</a> 2021-0{m}-2{m}</li>"
                            for m in (5, 6)) + "</ul>"
    b = SnapshotBuilder(seed)
    b.page(seed, f"<html><head><title>河西市人民政府</title><meta name='SiteIDCode' content='6207000001'></head>"
                 f"<body>{nav}{rows}{foot}</body></html>", depth=0)
    b.page(seed + "zwdt/", f"<html><head><title>政务动态_河西市人民政府</title><meta name='SiteIDCode' "
                           f"content='6207000001'></head><body>{nav}{rows}{foot}</body></html>")
    b.page(dept + "hjgg/", "<html><head><title>环境公告｜河西市生态环境局</title><meta name='SiteIDCode' content='6207000015'>"
                           "</head><body><div class='top'>河西市生态环境局</div><a href='./'>首页</a><a href='../hjgg/'>环境公告"
                           "</a><p>位置：首页 › 环境公告</p><div class='list'>本栏目暂无信息</div>"
                           "<footer>主办：河西市生态环境局 网站标识码：6207000015</footer></body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert [c["url"] for c in report["columns"]] == [seed + "zwdt/"]
    assert not [f for f in report["findings"] if f["check"] == "empty-column"]


@pytest.mark.parametrize("menu_in_html", [True, False])
def test_a_page_named_for_another_body_raises_a_veto_only_where_the_portals_template_is_told(
        tmp_path: Path, menu_in_html: bool) -> None:
    """A 局长信箱 titled for the 市场监督管理局 with a letter left unanswered past 90 days. In the portal's own template
    (its menu, as on the homepage) it is the portal's channel: column, late letter and interaction-poor veto. Where the
    homepage's menu is drawn by a script (no links in its HTML to tell the template by), whose the page is cannot be
    told: it stays a column and its late letter is reported, but it raises no veto against the portal."""
    seed = "http://www.qingshan.gov.cn/"
    links = ("<a href='/'>首页</a><a href='/xwdt/'>新闻动态</a><a href='/zwgk/'>政务公开</a><a href='/gzcy/'>公众参与</a>"
             "<a href='/gzcy/scjgj/'>局长信箱</a>")
    menu = f"<ul class='menu'>{links}</ul>"
    home_menu = menu if menu_in_html else "<ul class='menu' id='nav'></ul><script src='/js/nav.js'></script>"
    foot = "<div class='ft'>主办：清杉区人民政府办公室　网站标识码：3302110001</div>"
    late = ("<table><tr><th>标题</th><th>提交日期</th><th>答复日期</th><th>状态</th></tr>"
            "<tr><td><a href='/gzcy/scjgj/l/7.html'>超市过期食品的投诉</a></td><td>2021-01-18</td><td></td><td>未答复</td></tr>"
            "<tr><td><a href='/gzcy/scjgj/l/6.html'>餐馆油烟扰民的问题</a></td><td>2020-12-02</td><td>2020-12-09</td>"
            "<td>已答复</td></tr></table>")
    b = SnapshotBuilder(seed)
    b.page(seed, f"<html><head><title>清杉区人民政府</title></head><body>{home_menu}{foot}</body></html>", depth=0)
    b.page(seed + "gzcy/scjgj/", f"<html><head><title>局长信箱_清杉区市场监督管理局</title></head><body>{menu}{late}{foot}"
                                 "</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert seed + "gzcy/scjgj/" in {c["url"] for c in report["columns"]}
    assert [f["submitted"] for f in report["findings"] if f["check"] == "unanswered-message"] == ["2021-01-18"]
    assert ("interaction-poor" in {v["rule"] for v in report["vetoes"]}) is menu_in_html


def test_a_platform_page_titled_with_the_sites_whole_name_is_the_sites(tmp_path: Path) -> None:
    """A township (双河乡 of 桐县) whose lists live on its county's portal under a folder that does not bear the old
    host's name (sh.tongxian.gov.cn → www.tongxian.gov.cn/shxz/): the pages titled with the township's whole name, its
    county first (乡务公开｜桐县双河乡人民政府), are its columns; the county's own list (｜桐县人民政府), another
    township's (｜桐县石门乡人民政府) and a county headline about the township are not."""
    seed, portal = "http://sh.tongxian.gov.cn/", "http://www.tongxian.gov.cn/"
    foot = "<p class='ft'>主办单位：桐县双河乡人民政府 网站标识码：3607000012 赣ICP备10007788号</p>"
    menu = (f"<nav><a href='{portal}shxz/xwgk/'>乡务公开</a><a href='{portal}shxz/czgk/'>财政公开</a>"
            f"<a href='{portal}tzgg/'>县通知公告</a><a href='{portal}smxz/xwgk/'>石门乡务公开</a>"
            f"<a href='{portal}art/2021/6/2/art_77_901.html'>双河乡召开防汛工作会议</a></nav>")

    def html(title: str, body: str) -> str:
        return f"<html><head><title>{title}</title></head><body>{menu}<section>{body}</section>{foot}</body></html>"

    def rows(folder: str) -> str:
        return "<dl>" + "".join(f"<dd><a href='{portal}{folder}{n}.html'>关于做好第{n}季度森林防火工作的通知</a>"
                                f"<span>2021年0{n}月0{n}日</span></dd>" for n in (2, 4)) + "</dl>"

    b = SnapshotBuilder(seed)
    b.page(seed, html("桐县双河乡人民政府", "<dl><dd><a href='/a/1.html'>乡党委召开专题会</a><span>2021-06-25</span></dd></dl>"),
           depth=0)
    b.page(portal + "shxz/xwgk/", html("乡务公开｜桐县双河乡人民政府", rows("shxz/xwgk/")))
    b.page(portal + "shxz/czgk/", html("财政公开｜桐县双河乡人民政府", "<dl><dd>暂无信息</dd></dl>"))
    b.page(portal + "tzgg/", html("通知公告｜桐县人民政府", rows("tzgg/")))
    b.page(portal + "smxz/xwgk/", html("乡务公开｜桐县石门乡人民政府", rows("smxz/xwgk/")))
    b.page(portal + "art/2021/6/2/art_77_901.html", html("双河乡召开防汛工作会议｜桐县人民政府", "<h4>相关</h4>" + rows("x/")))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    columns = {c["url"]: c for c in report["columns"]}
    assert sorted(columns) == [portal + "shxz/czgk/", portal + "shxz/xwgk/"]
    assert columns[portal + "shxz/xwgk/"]["last_update"] == "2021-04-04"
    assert {f["url"] for f in report["findings"] if f["check"] == "empty-column"} == {portal + "shxz/czgk/"}
