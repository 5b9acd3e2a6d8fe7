from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from govweb.checks.annual_report import annual_report_due_year
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.e.gov.cn/"


def _elements(tmp_path: Path, body: str, as_of: dt.date = dt.date(2020, 11, 26), head: str = "") -> dict:
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>示例</title>{head}</head><body>{body}</body></html>", depth=0)
    return run_checks(load_snapshot(b.write(tmp_path)), as_of)["elements"]


@pytest.mark.parametrize("footer,code", [
    ("网站标识码：1100000088", "1100000088"),
    ("网站标识码 bm01000001", "bm01000001"),
    ("网站标识码:12BM010001", "12BM010001"),
])
def test_site_code_both_forms(tmp_path: Path, footer: str, code: str) -> None:
    assert _elements(tmp_path, f"<div class=footer>{footer}</div>")["网站标识码"]["value"] == code


def test_site_code_from_meta(tmp_path: Path) -> None:
    """The SiteIDCode meta counts only where we read no footer; a footer that prints its ICP number or its 主办
    but no 标识码 does not show the code to visitors, whatever the meta says."""
    head = '<meta name="SiteIDCode" content="3301000001">'
    els = _elements(tmp_path / "bare", "<p>首页</p>", head=head)
    assert els["网站标识码"]["value"] == "3301000001"
    footer = "<table class='bottom'><tr><td>版权所有：某市交通运输局 浙ICP备12034567号-1</td></tr></table>"
    shown = _elements(tmp_path / "shown", footer.replace("</td>", " 网站标识码3301000001</td>"), head=head)
    assert shown["网站标识码"]["present"] and shown["网站标识码"]["value"] == "3301000001"
    hidden = _elements(tmp_path / "hidden", footer, head=head)
    assert hidden["网站标识码"] == {**hidden["网站标识码"], "present": False, "measured": True}


def test_report_errors_entry_as_link_or_script(tmp_path: Path) -> None:
    link = _elements(tmp_path / "a", '<a href="https://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteInfo.action?sitecode=1">我为政府网站找错</a>')
    script = _elements(tmp_path / "b", '<script id="_jiucuo_" sitecode="1" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>')
    none = _elements(tmp_path / "c", "<p>没有入口</p>")
    assert link["我为政府网站找错"]["present"] and script["我为政府网站找错"]["present"]
    assert not none["我为政府网站找错"]["present"]


def test_marks_and_conac(tmp_path: Path) -> None:
    els = _elements(tmp_path, '<div>京ICP备05070218号 京公网安备11010502030001号 主办单位：国务院办公厅 '
                              '<a href="http://bszs.conac.cn/sitename?method=show&id=1"><img src="red.png" alt="党政机关"></a></div>')
    assert els["ICP备案号"]["value"] == "京ICP备05070218号"
    assert els["公安机关备案号"]["value"] == "京公网安备11010502030001号"
    assert els["网站主办单位"]["value"] == "国务院办公厅"
    assert els["党政机关网站标识"]["present"]


@pytest.mark.parametrize("as_of,due", [
    (dt.date(2020, 1, 31), 2018), (dt.date(2020, 2, 1), 2019), (dt.date(2020, 11, 26), 2019),
])
def test_annual_report_due_year(as_of: dt.date, due: int) -> None:
    assert annual_report_due_year(as_of) == due


def test_annual_report_counts_only_when_latest_due_is_online(tmp_path: Path) -> None:
    body = '<a href="/nb/2018.html">2018年政府信息公开工作年度报告</a>'
    assert _elements(tmp_path / "a", body, dt.date(2020, 1, 20))["政府信息公开年报"]["present"]
    assert not _elements(tmp_path / "b", body, dt.date(2020, 2, 1))["政府信息公开年报"]["present"]


def test_an_annual_report_list_the_crawl_did_not_fetch_is_not_measured(tmp_path: Path) -> None:
    """A 年报 entry whose list page is not in the archive: which years it holds is unknown — not measured, never
    missing; a fetched list showing only older years is missing."""
    body = "<div class='gk'><a href='/openinfo/annual/list.jsp'>政府信息公开工作年度报告</a></div>"
    unseen = _elements(tmp_path / "a", body)["政府信息公开年报"]
    assert unseen["present"] is False and unseen["measured"] is False
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>示例</title></head><body>{body}</body></html>", depth=0)
    b.page(SEED + "openinfo/annual/list.jsp", "<html><head><title>政府信息公开工作年度报告</title></head><body>"
           "<ul><li><a href='/openinfo/annual/2017.html'>2017年</a></li><li><a href='/openinfo/annual/2016.html'>"
           "2016年</a></li></ul></body></html>")
    seen = run_checks(load_snapshot(b.write(tmp_path / "b")), dt.date(2020, 11, 26))["elements"]["政府信息公开年报"]
    assert seen["present"] is False and seen["measured"] is True


def test_an_annual_report_list_on_a_platform_our_network_could_not_reach_is_not_measured(tmp_path: Path) -> None:
    """The 年报 entry leads to the department's section of the city's 信息公开 platform (another host), which did
    not answer us (its name did not resolve): which reports it lists is unknown — not measured; the same list on
    the site's own host answering 404 is a list that is not online — missing."""
    def site(where: str, path: str, **kw: object) -> dict:
        b = SnapshotBuilder(SEED)
        b.page(SEED, "<html><head><title>某县统计局</title></head><body><ul class='gk'><li><a href='"
               f"{where}{path}'>信息公开年报</a></li></ul></body></html>", depth=0)
        b.page(where + path, **kw)
        return run_checks(load_snapshot(b.write(tmp_path / str(len(where)))), dt.date(2020, 11, 26))["elements"]
    far = site("http://xxgk.e.gov.cn/", "tjj/ndbg/", kind="external", error="dns")["政府信息公开年报"]
    assert far["present"] is False and far["measured"] is False
    own = site(SEED, "ndbg/", body="<html><body>Not Found</body></html>", status=404)["政府信息公开年报"]
    assert own["present"] is False and own["measured"] is True


def test_an_empty_badge_slot_a_script_fills_is_not_measured_never_missing(tmp_path: Path) -> None:
    footer = ("<div class='foot'>主办单位：某市档案局 网站标识码：3301000001<ul class='ft-icons'>"
              "<li class='icon-conac' data-code='bm0100001'></li><li class='icon-zhaocuo'>{}</li></ul></div>")
    slots = _elements(tmp_path / "a", footer.format(""))
    for el in ("党政机关网站标识", "我为政府网站找错"):
        assert slots[el]["present"] is False and slots[el]["measured"] is False
    # a slot the page filled is read as it is; a footer without slots lacks both badges
    link = "<a href='https://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteInfo.action?sitecode=3301000001'>找错</a>"
    filled = _elements(tmp_path / "b", footer.format(link))
    assert filled["我为政府网站找错"]["present"] and filled["党政机关网站标识"]["measured"] is False
    bare = _elements(tmp_path / "c", "<div class='foot'>主办单位：某市档案局 网站标识码：3301000001</div>")
    assert bare["党政机关网站标识"]["measured"] is True and bare["党政机关网站标识"]["present"] is False


def test_a_script_named_for_the_conac_badge_is_not_measured_never_missing(tmp_path: Path) -> None:
    # the badge's loader copied onto the city's own host (its file named for the badge, not served by conac.cn)
    footer = ("<div class='copyright'>主办单位：某市档案局 网站标识码：3301000001 <span class='badge'>"
              "<script src='//static.e.gov.cn/public/js/dzjg_badge.min.js?v=3'></script></span></div>")
    badge = _elements(tmp_path / "a", footer)["党政机关网站标识"]
    assert badge["present"] is False and badge["measured"] is False
    # another script in the same place writes no badge: missing
    other = _elements(tmp_path / "b", footer.replace("dzjg_badge", "visit_count"))["党政机关网站标识"]
    assert other["present"] is False and other["measured"] is True


def test_a_frameset_homepage_is_a_jump_page(tmp_path: Path) -> None:
    """A homepage that is a frameset shows only its frames' pages: read without them (a snapshot that did not
    follow the frames), its marks and entries are not measured and its freshness is not judged — never missing."""
    b = SnapshotBuilder(SEED)
    b.page(SEED, "<html><head><title>某乡人民政府</title></head><frameset rows='90,*'><frame src='top.htm' name='top'>"
                 "<frame src='home/default.htm' name='main'></frameset></html>", depth=0)
    report = run_checks(load_snapshot(b.write(tmp_path)), dt.date(2020, 11, 26))
    assert not [f for f in report["findings"] if f["check"] == "homepage-stale"
                or f["check"] == "missing-element" and f["element"] != "政府信息公开年报"]   # 年报: any page
    assert report["elements"]["ICP备案号"]["measured"] is False
    assert not report["vetoes"]


def test_a_visit_counter_loader_writes_no_footer_or_menu(tmp_path: Path) -> None:
    # a 51.la counter written with a protocol variable (not decodable) beside a printed footer: the page is read as
    # shown (what it lacks is missing); an undecodable write of anything else may write the menu (not measured)
    footer = "<div class='foot'>主办单位：某县交通运输局 网站标识码：4114240009 豫ICP备15021599号</div>"
    counter = ("<script>var la_protocol = (('https:' == document.location.protocol) ? 'https://' : 'http://');"
               "document.write(unescape('%3Cscript src=\"' + la_protocol + 'js.users.51.la/21012345.js\"%3E%3C/script%3E'));"
               "</script>")
    shown = _elements(tmp_path / "counter", footer + counter)
    assert shown["无障碍浏览"] == {"present": False, "value": None, "url": None, "measured": True}
    other = counter.replace("js.users.51.la/21012345.js", "www.example.gov.cn/js/daohang.js")
    assert _elements(tmp_path / "other", footer + other)["无障碍浏览"]["measured"] is False


def test_the_error_report_system_by_its_path(tmp_path: Path) -> None:
    # a picture linking to the 找错 system's page on a mirror's address, with no text and no script
    body = "<div class='foot'><a href='http://10.20.30.40/errorInfo/search?sitecode=4114240009'><img src='/i/zc.png'></a></div>"
    assert _elements(tmp_path, body)["我为政府网站找错"]["present"]


def test_a_footer_slot_a_script_fills_leaves_the_marks_not_found_not_measured(tmp_path: Path) -> None:
    """A footer that prints its sponsor and phone but leaves an empty footer-named element beside the site's footer
    script (which writes the 标识码, ICP and badges into it) is half the site's footer: what it does not show is not
    measured — in the static HTML and in a rendering where the slot stayed empty (the script did not load)."""
    footer = ("<footer><p>主办：某县水利局　联系电话：0571-87001234</p><p class='copyright-info'>{}</p></footer>"
              "<script src='/static/js/site-footer.js'></script>")

    def elements(where: str, html: str, rendered: bool = False) -> dict:
        b = SnapshotBuilder(SEED)
        page = f"<html><head><title>某县水利局</title></head><body><h1>某县水利局</h1>{html}</body></html>"
        b.page(SEED, page, depth=0, rendered=page if rendered else None)
        return run_checks(load_snapshot(b.write(tmp_path / where)), dt.date(2020, 11, 26))["elements"]

    for els in (elements("static", footer.format("")), elements("rendered", footer.format(""), rendered=True)):
        assert els["网站主办单位"]["value"] == "某县水利局" and els["联系方式"]["present"]
        for el in ("网站标识码", "ICP备案号", "公安机关备案号", "我为政府网站找错"):
            assert els[el]["present"] is False and els[el]["measured"] is False, el
    # the slot filled: read as shown; no slot, or no script of the site's to fill it: what is not shown is missing
    filled = elements("filled", footer.format("浙ICP备12034567号"))
    bare = elements("bare", footer.replace("<p class='copyright-info'>{}</p>", ""))
    unscripted = elements("unscripted", footer.format("").replace("<script src='/static/js/site-footer.js'></script>", ""))
    # an empty footer-named element beside scripts that are not the footer's is decoration (a border, a background)
    decorated = elements("decorated", footer.format("").replace("site-footer.js", "common.js"))
    assert filled["ICP备案号"]["present"] and filled["网站标识码"] == {**filled["网站标识码"], "measured": True}
    for els in (bare, unscripted, decorated):
        assert els["ICP备案号"] == {"present": False, "value": None, "url": None, "measured": True}


@pytest.mark.parametrize("anchor,counted", [
    ("<h3 id='gkml'>政府信息公开目录</h3>", True),          # the section the link names is on the page
    ("<a name='gkml'></a><h3>政府信息公开目录</h3>", True),   # an old-style named anchor
    ("<h3>政府信息公开目录</h3>", False),                   # no such part: a placeholder link back to the page
    ("<div class='tab-pane' id='gkml'>", True),            # a tab the link opens (href="#gkml", Bootstrap tabs)
])
def test_a_link_to_a_section_of_its_own_page_is_an_entry(tmp_path: Path, anchor: str, counted: bool) -> None:
    # the 政务公开 page's tiles: one of them opens a section of the same page (index.shtml#gkml) listing the
    # catalogue's parts; that section is the catalogue a visitor reaches
    zwgk = SEED + "zwgk/index.shtml"
    b = SnapshotBuilder(SEED)
    b.page(SEED, "<html><head><title>某区人民政府</title></head><body><div class='menu'>"
                 "<a href='/zwgk/index.shtml'>政务公开</a></div></body></html>", depth=0)
    b.page(zwgk, "<html><head><title>政务公开_某区人民政府</title></head><body><div class='tiles'>"
                 "<a href='/zwgk/zn/index.shtml'>公开指南</a> "
                 + ("<a href='#gkml' data-toggle='tab'>政府信息公开目录</a>" if "tab" in anchor else
                    "<a href='/zwgk/index.shtml#gkml'>政府信息公开目录</a>") + "</div>"
                 f"<div class='part'>{anchor}<ul><li><a href='/zwgk/jgzn/'>机构职能</a></li>"
                 "<li><a href='/zwgk/ghjh/'>规划计划</a></li><li><a href='/zwgk/czzj/'>财政资金</a></li></ul></div>"
                 "</body></html>", depth=1)
    els = run_checks(load_snapshot(b.write(tmp_path)), dt.date(2020, 11, 26))["elements"]
    got = els["政府信息公开目录"]
    assert got["present"] is counted
    if counted:
        assert got["url"] == zwgk


@pytest.mark.parametrize("control,present", [
    ("<button type='button' class='care' onclick='careMode(1)'>关怀版</button>", True),
    ("<span class='aged' onclick='toggleAged()'>适老化</span>", True),
    ("<a class='barrier' onclick='aria.start()'>无障碍</a>", True),           # an anchor with no href
    ("<span class='aged'>适老化</span>", False),                                # a bare word runs nothing
])
def test_an_elder_or_accessibility_switch_a_click_runs_in_place(tmp_path: Path, control: str, present: bool) -> None:
    els = _elements(tmp_path, f"<div class='tools'>{control}</div><div class='footer'>主办单位：某县人民政府办公室</div>")
    assert els["无障碍浏览"]["present"] is present


APACHE_403 = ("<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\"><html><head><title>403 Forbidden</title></head><body>"
              "<h1>Forbidden</h1><p>You don't have permission to access this resource.</p><hr>"
              "<address>Apache/2.4.52 (Ubuntu) Server at www.e.gov.cn Port 80</address></body></html>")
FIREWALL_403 = ("<html><head><title>拦截提示</title></head><body><h3>您的请求已被网站安全防护拦截</h3>"
                "<p>如有疑问请联系网站管理员，事件编号 8812</p></body></html>")


def test_an_entry_answering_the_servers_own_forbidden_page_is_missing(tmp_path: Path) -> None:
    """An entry whose folder answers the web server's default 403 page (no index file, listing off) shows every
    visitor "Forbidden": missing. A 403 in a firewall's words may turn only us away (unknown: the entry stands),
    and a channel (办事服务) is not judged by a 403 at all: its failure would raise a veto."""
    def site(answer: str, name: str = "政策解读", path: str = "xxgk/jd/") -> dict:
        b = SnapshotBuilder(SEED)
        b.page(SEED, "<html><head><title>某县人民政府</title></head><body><div class='menu'><a href='/'>首页</a>"
               f"<a href='/{path}'>{name}</a><a href='/xwdt/'>新闻动态</a></div></body></html>", depth=0)
        b.page(SEED + path, body=answer, status=403)
        out = tmp_path / f"{len(tmp_path.name)}-{abs(hash((answer, name)))}"
        return run_checks(load_snapshot(b.write(out)), dt.date(2020, 11, 26))["elements"]
    bare = site(APACHE_403)["政策解读"]
    assert bare["present"] is False and bare["measured"] is True
    assert site(FIREWALL_403)["政策解读"]["present"] is True
    assert site(APACHE_403, "网上办事", "wsbs/")["办事服务"]["present"] is True


def test_a_standard_disclosure_catalogue_is_the_catalogue(tmp_path: Path) -> None:
    """A department's 政务公开标准目录 (the 基层政务公开标准指引's catalogue: 事项 by area, many on the county's
    platform) is its 政府信息公开目录, whatever the menu calls the way to it."""
    b = SnapshotBuilder(SEED)
    b.page(SEED, "<html><head><title>某县农业农村局</title></head><body><div class='menu'><a href='/'>首页</a>"
           "<a href='/gk/ml.htm'>政务公开</a><a href='/dt/'>工作动态</a></div></body></html>", depth=0)
    rows = "".join(f"<tr><td>{i}. 领域{i}</td><td><a href='http://xxgk.e.gov.cn/nyj/{i}/'>事项{i}</a></td></tr>"
                   for i in range(1, 6))
    b.page(SEED + "gk/ml.htm", "<html><head><title>农业农村领域政务公开标准目录_某县农业农村局</title></head><body>"
           f"<div class='pos'>首页 &gt; 政务公开</div><table>{rows}</table></body></html>")
    els = run_checks(load_snapshot(b.write(tmp_path)), dt.date(2020, 11, 26))["elements"]
    assert els["政府信息公开目录"]["present"] and els["政府信息公开目录"]["url"] == SEED + "gk/ml.htm"


def test_a_link_to_rate_services_is_no_service_entry(tmp_path: Path) -> None:
    """政务服务好差评 (the rating of services done) names 政务服务 but does none: the 一网通办 link is the entry."""
    body = ("<ul class='kj'><li><a href='https://pj.zwfw.e.gov.cn/rate?dept=12'><img src='hcp.png' alt='政务服务好差评'></a>"
            "</li><li><a href='https://zwfw.e.gov.cn/dept/12/'>一网通办</a></li></ul>")
    el = _elements(tmp_path, body)["办事服务"]
    assert el["present"] and el["url"] == "https://zwfw.e.gov.cn/dept/12/"
