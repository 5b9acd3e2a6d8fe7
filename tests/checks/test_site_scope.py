"""Which hosts belong to a site: a township whose 政府信息公开 lives in its own folder of the county's portal
(www.county.gov.cn/xxgk/<town>/) owns the columns there; another town's folder, the platform's other pages and
platform pages the crawl never fetched stay outside."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

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
