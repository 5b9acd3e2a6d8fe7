"""Entries (办事服务, 互动交流, 负责人信息 …) come from navigation, entry blocks and footers, never from headlines;
an entry that is broken or leads to an error or empty page is missing; a menu a script writes is not measured."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.xian.gov.cn/"
AS_OF = dt.date(2020, 11, 26)
FOOTER = ("<div id='bottom'>主办：某县人民政府办公室 网站标识码：6101000001 陕ICP备05003261号 陕公网安备61010202000118号 "
          "电话：029-86781234</div>")
NEWS = ("<div class='xw'><h3>要闻</h3><ul>"
        "<li><a href='/xw/2020/11/20/art_1_11.html'>县政务服务中心开展“优化营商环境服务月”活动</a><span>2020-11-20</span></li>"
        "<li><a href='/xw/2020/11/18/art_1_12.html'>县领导调研安全生产工作</a><span>2020-11-18</span></li>"
        "</ul></div>")


def _site(tmp_path: Path, nav: str, extra: dict[str, tuple[str, int]] | None = None, home_extra: str = "",
          rendered: str | None = None) -> dict:
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某县人民政府</title></head><body>{nav}{NEWS}{home_extra}{FOOTER}</body></html>",
           depth=0, rendered=rendered)
    for path, title in (("xw/2020/11/20/art_1_11.html", "县政务服务中心开展“优化营商环境服务月”活动"),
                        ("xw/2020/11/18/art_1_12.html", "县领导调研安全生产工作")):
        b.page(SEED + path, f"<html><head><title>{title}</title><meta name='PubDate' content='2020-11-20'></head>"
                            f"<body>{nav}<h1>{title}</h1><p>正文。</p>{FOOTER}</body></html>")
    for path, (body, status) in (extra or {}).items():
        title = body.split("<h1>", 1)[1].split("</h1>", 1)[0] if "<h1>" in body else "某县人民政府"
        b.page(SEED + path, body if status >= 400 or body.startswith("<html") else
               f"<html><head><title>{title}_某县人民政府</title></head><body>{nav}{body}{FOOTER}</body></html>",
               status=status)
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _missing(report: dict) -> set[str]:
    return {f["element"] for f in report["findings"] if f["check"] == "missing-element"}


def _vetoes(report: dict) -> set[str]:
    return {v["rule"] for v in report["vetoes"]}


def test_headlines_are_no_entries(tmp_path: Path) -> None:
    report = _site(tmp_path, "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/hd/'>互动交流</a></li></ul>",
                   {"hd/": ("<p>欢迎您通过县长信箱、在线咨询与我们交流，我们将在15个工作日内答复。</p>", 200)})
    assert {"办事服务", "负责人信息"} <= _missing(report)
    assert "互动交流" not in _missing(report)
    assert "service-unusable" in _vetoes(report)


def test_a_question_printed_without_its_mark_is_no_entry(tmp_path: Path) -> None:
    # a box of answered questions on the homepage: 新生儿落户可否在网上办理 names 办理 but is a letter's title, not the
    # county's 办事服务 (its page not crawled, it would otherwise stand in as one that may work)
    box = ("<div class='wd'><h3>问答</h3><p><a href='/hd/show?id=5521'>新生儿落户可否在网上办理</a></p>"
           "<p><a href='/hd/show?id=5519'>养老金调整何时到账</a></p></div>")
    report = _site(tmp_path, "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/hd/'>互动交流</a></li></ul>",
                   {"hd/": ("<p>欢迎您通过县长信箱、在线咨询与我们交流，我们将在15个工作日内答复。</p>", 200)},
                   home_extra=box)
    assert "办事服务" in _missing(report) and "service-unusable" in _vetoes(report)


def test_a_broken_services_entry_is_missing_and_vetoes(tmp_path: Path) -> None:
    nav = ("<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/bsfw/'>办事服务</a></li>"
           "<li><a href='/hd/'>互动交流</a></li></ul>")
    report = _site(tmp_path, nav, {"bsfw/": ("<html><body>Not Found</body></html>", 404),
                                  "hd/": ("<p>欢迎您通过县长信箱、在线咨询与我们交流，我们将在15个工作日内答复。</p>", 200)})
    assert report["elements"]["办事服务"]["present"] is False
    veto = next(v for v in report["vetoes"] if v["rule"] == "service-unusable")
    assert "404" in veto["reason"] and "/bsfw/" in veto["reason"]
    broken = next(f for f in report["findings"] if f["check"] == "broken-link")
    assert "页面不存在" in broken["message"]


def test_an_entry_to_an_error_or_empty_page_is_missing(tmp_path: Path) -> None:
    nav = ("<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/hd/'>政民互动</a></li>"
           "<li><a href='/ld/'>领导之窗</a></li></ul>")
    report = _site(tmp_path, nav, {"hd/": ("<div class='main'><p>栏目建设中，敬请期待</p></div>", 200),
                                  "ld/": ("<html><head><title></title></head><body></body></html>", 200)})
    assert {"互动交流", "负责人信息"} <= _missing(report)
    assert "interaction-poor" in _vetoes(report)


def test_an_entry_to_a_maintenance_notice_is_missing(tmp_path: Path) -> None:
    # every 在线办事 link ends on "系统升级维护，暂停访问" served 200: the service does not work
    nav = "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/wsbs/'>在线办事</a></li></ul>"
    notice = "<html><head><title>温馨提示</title></head><body><p>系统升级维护，暂停访问。</p><a href='/'>返回</a></body></html>"
    report = _site(tmp_path, nav, {"wsbs/": (notice, 200)})
    assert "办事服务" in _missing(report) and "service-unusable" in _vetoes(report)


def test_image_entries_with_alt_title_or_a_named_target(tmp_path: Path) -> None:
    nav = ("<div class='rk'><a href='http://www.sxzwfw.gov.cn/'><img src='/images/rk_bsfw.png' alt='网上办事'></a>"
           "<a href='/hd/' title='政民互动'><img src='/images/rk_hd.png'></a>"
           "<a href='/ld/'><img src='/images/rk3.png'></a></div>")
    report = _site(tmp_path, nav, {
        "hd/": ("<p>欢迎您通过县长信箱、在线咨询与我们交流，我们将在15个工作日内答复。</p>", 200),
        "ld/": ("<h1>领导之窗</h1><p>县长：王某某，主持县政府全面工作。副县长：李某某，负责发展改革、财政工作。</p>", 200),
    })
    assert {"办事服务", "互动交流", "负责人信息"}.isdisjoint(_missing(report))


def test_a_menu_written_by_script_is_not_measured(tmp_path: Path) -> None:
    nav = "<div id='nav'></div><script src='/js/nav_menu.js'></script>"
    report = _site(tmp_path, nav)
    els = report["elements"]
    assert els["办事服务"]["measured"] is False and els["互动交流"]["measured"] is False
    assert not {"service-unusable", "interaction-poor"} & _vetoes(report)
    assert not {"办事服务", "互动交流"} & _missing(report)
    # once rendered, the script's menu is read
    rendered = (f"<html><head><title>某县人民政府</title></head><body><div id='nav'><a href='/bsfw/'>办事服务</a>"
                f"<a href='/hd/'>互动交流</a></div>{NEWS}{FOOTER}</body></html>")
    seen = _site(tmp_path / "r", nav, {"bsfw/": ("<p>个体工商户登记、社会保险参保登记等事项的办事指南与在线办理入口。</p>", 200),
                                       "hd/": ("<p>欢迎您通过县长信箱、在线咨询与我们交流，我们将在15个工作日内答复。</p>", 200)},
                 rendered=rendered)
    assert seen["elements"]["办事服务"]["present"] and seen["elements"]["互动交流"]["present"]
    assert seen["elements"]["负责人信息"] == {"present": False, "value": None, "url": None, "measured": True}


def test_a_rendered_menu_that_stayed_empty_is_not_measured(tmp_path: Path) -> None:
    # rendered, but the menu script did not load for us: the DOM still shows an empty menu beside the script
    nav = "<div id='nav'></div><script src='/js/nav_menu.js'></script>"
    rendered = f"<html><head><title>某县人民政府</title></head><body>{nav}{NEWS}{FOOTER}</body></html>"
    report = _site(tmp_path / "empty", nav, rendered=rendered)
    assert report["elements"]["互动交流"]["measured"] is False
    assert not {"service-unusable", "interaction-poor"} & _vetoes(report)
    assert any("渲染后仍未显示" in w for w in report["warnings"])
    # a rendered menu of a full size is read as shown: what it lacks is missing, and may veto
    menu = "".join(f"<a href='/lm{i}/'>{name}{i}</a>" for i, name in enumerate(["工作动态", "通知公告", "专题专栏"] * 11))
    full = rendered.replace("<div id='nav'></div>", f"<div id='nav'><a href='/bsfw/'>办事服务</a>{menu}</div>")
    seen = _site(tmp_path / "full", nav, {"bsfw/": ("<p>个体工商户登记、社会保险参保登记等事项的办事指南与在线办理入口。</p>", 200)},
                 rendered=full)
    assert seen["elements"]["互动交流"] == {"present": False, "value": None, "url": None, "measured": True}
    assert "interaction-poor" in _vetoes(seen)


def test_an_entry_to_an_outside_platform_the_crawl_did_not_fetch_counts(tmp_path: Path) -> None:
    nav = "<ul class='nav'><li><a href='http://zwfw.shaanxi.gov.cn/'>政务服务</a></li></ul>"
    assert "办事服务" not in _missing(_site(tmp_path, nav))


def test_an_outside_platform_we_cannot_reach_is_not_judged_missing(tmp_path: Path) -> None:
    nav = ("<ul class='nav'><li><a href='http://zwfw.shaanxi.gov.cn/'>政务服务</a></li>"
           "<li><a href='/hd/'>互动交流</a></li></ul>")
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某县人民政府</title></head><body>{nav}{NEWS}{FOOTER}</body></html>", depth=0)
    b.page(SEED + "hd/", f"<html><head><title>互动交流_某县</title></head><body>{nav}<p>欢迎您通过县长信箱与我们交流，"
                         f"我们将在15个工作日内答复。</p>{FOOTER}</body></html>")
    b.page("http://zwfw.shaanxi.gov.cn/", kind="external", error="dns")
    b.page("http://www.gov.cn/", kind="external", status=200)
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert "办事服务" not in _missing(report) and "service-unusable" not in _vetoes(report)
    # the same platform answering 404 is a broken entry
    b.fetches[-2] = b.fetches[-2].__class__("http://zwfw.shaanxi.gov.cn/", "", status=404, kind="external")
    report = run_checks(load_snapshot(b.write(tmp_path / "404")), AS_OF)
    assert "办事服务" in _missing(report) and "service-unusable" in _vetoes(report)


@pytest.mark.parametrize("name", ["机构职责", "政府工作部门"])
def test_functions_entry_named_by_duties(tmp_path: Path, name: str) -> None:
    # a department's duties, or a government's list of its working departments (工作部门, 工作机构)
    nav = f"<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/jgzz/'>{name}</a></li></ul>"
    report = _site(tmp_path, nav, {"jgzz/": (f"<h1>{name}</h1><p>" + "负责全县教育事业发展规划的拟订和实施。" * 6 + "</p>", 200)})
    assert "机构职能" not in _missing(report)
    assert report["elements"]["机构职能"]["url"] == SEED + "jgzz/"


def test_an_entry_opened_by_a_script_is_not_measured_never_missing(tmp_path: Path) -> None:
    # a menu item that only runs a script: where it leads is unknown, so no 办事服务 veto on it
    nav = ("<ul class='nav'><li><a href='/'>首页</a></li><li><a href='javascript:void(0);' onmouseover='sub(3)'>网上办事</a>"
           "</li><li><a href='/hd/'>政民互动</a></li></ul>")
    report = _site(tmp_path / "menu", nav, {"hd/": ("<p>欢迎您通过县长信箱、在线咨询与我们交流，我们将在15个工作日内答复。</p>", 200)})
    assert report["elements"]["办事服务"]["measured"] is False and "办事服务" not in _missing(report)
    assert "service-unusable" not in _vetoes(report)
    assert any("网上办事" in w and "未测量" in w for w in report["warnings"])
    # a real 办事服务 link that is broken stays missing, whatever a script tab beside it does
    broken = nav.replace("</ul>", "<li><a href='/bsfw/'>办事服务</a></li></ul>")
    report = _site(tmp_path / "broken", broken, {"bsfw/": ("<html><body>Not Found</body></html>", 404),
                                                 "hd/": ("<p>欢迎您通过县长信箱、在线咨询与我们交流。</p>", 200)})
    assert "办事服务" in _missing(report) and "service-unusable" in _vetoes(report)


def test_a_search_box_without_a_form_is_the_site_search(tmp_path: Path) -> None:
    # the query box a script submits (no <form>): a visitor sees a working search box
    box = ("<div class='ss'><input type='text' name='q' placeholder='请输入搜索内容'>"
           "<a href='javascript:void(0)' onclick='go()'><img src='/img/go.png'></a></div>")
    assert "站内搜索" not in _missing(_site(tmp_path / "box", "", home_extra=box))
    # a text box that is not a search (a subscription e-mail field) is none
    mail = "<div class='dy'><input type='text' name='email' value='邮箱地址'><a href='/dy/'>订阅</a></div>"
    assert "站内搜索" in _missing(_site(tmp_path / "mail", "", home_extra=mail))


def test_a_search_form_in_the_column_pages_only_is_the_site_search(tmp_path: Path) -> None:
    # the homepage has no search box; the column pages' side bar has one (a keyword and a date range)
    nav = "<ul class='menu'><li><a href='/tzgg/'>通知公告</a></li></ul>"
    # (a form written inside a table, as old templates do: the parser moves its inputs out of it)
    side = ("<table class='left'><form method='get' action='/cms/query.php'><tr><td><input type='text' name='kw' "
            "placeholder='请输入关键词'><input type='text' name='date1'><input type='submit' value='查询'></td></tr>"
            "</form></table>")
    col = ("<div class='list'><ul><li><a href='/xw/2020/11/20/art_1_11.html'>关于开展优化营商环境服务月活动的通知</a>"
           "<span>2020-11-20</span></li></ul></div>")
    report = _site(tmp_path / "side", nav, {"tzgg/": (side + col, 200)})
    assert "站内搜索" not in _missing(report)
    assert report["elements"]["站内搜索"]["url"].endswith("/cms/query.php")
    # without that form the search is missing
    assert "站内搜索" in _missing(_site(tmp_path / "none", nav, {"tzgg/": (col, 200)}))


def test_a_search_button_with_its_letters_spaced_out_is_the_site_search(tmp_path: Path) -> None:
    # a form sending to the script's front page (no word of search in its action), a bare keyword box and a submit
    # button whose label is set with a full-width space between its letters: a visitor reads 检索
    spaced = ("<div class='hd-tool'><form method='post' action='/portal/do.aspx'><input type='hidden' name='act' "
              "value='list'><input name='word'><input type='submit' value='检\u3000索'></form></div>")
    assert "站内搜索" not in _missing(_site(tmp_path / "spaced", "", home_extra=spaced))
    # the same form whose button sends something else (订阅) is no search
    other = spaced.replace("检\u3000索", "订\u3000阅")
    assert "站内搜索" in _missing(_site(tmp_path / "other", "", home_extra=other))


def test_a_message_or_login_form_is_no_site_search(tmp_path: Path) -> None:
    # a 领导信箱 page near the homepage: a subject line, a text area and a button; a sign-in page: a name, a
    # password and a button. Neither is a search box.
    nav = "<ul class='menu'><li><a href='/ldxx/'>领导信箱</a></li><li><a href='/dl/'>登录</a></li></ul>"
    letter = ("<form method='post' action='/ldxx/save.do'><p>主题 <input type='text' name='subject'></p>"
              "<p>内容 <textarea name='body'></textarea></p><button type='submit'>发送</button></form>")
    login = ("<form method='post' action='/dl/check.do'><input type='text' name='account'>"
             "<input type='password' name='pw'><button>确定</button></form>")
    report = _site(tmp_path / "forms", nav, {"ldxx/": (letter, 200), "dl/": (login, 200)})
    assert "站内搜索" in _missing(report)


def test_an_entry_to_a_jump_page_leads_where_it_jumps(tmp_path: Path) -> None:
    # 政府信息公开 → /zwgk/ whose page only refreshes on to its first sub-column: the entry works
    nav = "<ul class='menu'><li><a href='/zwgk/'>政府信息公开目录</a></li></ul>"
    jump = ("<html><head><meta http-equiv='refresh' content='0; url=/zwgk/fdzdgknr/'><title>政务公开</title></head>"
            "<body></body></html>", 200)
    assert "政府信息公开目录" not in _missing(_site(tmp_path / "jump", nav, {"zwgk/": jump}))
    blank = ("<html><head><title>政务公开</title></head><body></body></html>", 200)
    assert "政府信息公开目录" in _missing(_site(tmp_path / "blank", nav, {"zwgk/": blank}))


def test_a_small_rendered_menu_is_read_as_shown(tmp_path: Path) -> None:
    # a small site: its menu script ran in the browser (the rendered DOM names several entries), so what the
    # menu lacks is missing even though the page shows fewer than 30 links and keeps its scripts
    script = "<script src='/static/js/lanmu.js'></script>"
    nav = f"<ul id='lm'></ul>{script}"
    menu = ("<ul id='lm'><li><a href='/zwgk/'>政务公开</a></li><li><a href='/zcwj/'>政策文件</a></li>"
            "<li><a href='/ldzc/'>领导之窗</a></li><li><a href='/bsfw/'>办事服务</a></li></ul>")
    rendered = f"<html><head><title>某乡人民政府</title>{script}</head><body>{menu}{NEWS}{FOOTER}</body></html>"
    pages = {p: ("<p>本栏目提供乡政府各项工作的信息与办事指南，欢迎查阅。</p><p>更新于每个工作日。</p>", 200)
             for p in ("zwgk/", "zcwj/", "ldzc/", "bsfw/")}
    seen = _site(tmp_path / "menu", nav, pages, rendered=rendered)
    assert seen["elements"]["互动交流"] == {"present": False, "value": None, "url": None, "measured": True}
    # one entry by name is no menu: the script may not have run
    one = rendered.replace(menu, "<ul id='lm'><li><a href='/bsfw/'>办事服务</a></li></ul>")
    report = _site(tmp_path / "one", nav, pages, rendered=one)
    assert report["elements"]["互动交流"]["measured"] is False
    assert "interaction-poor" not in _vetoes(report)


def test_a_department_names_its_service_entry_by_its_business(tmp_path: Path) -> None:
    # a public security bureau's menu: 出入境服务 is its service entry
    nav = ("<ul class='menu'><li><a href='/crj/'>出入境服务</a></li><li><a href='/rxfw/'>服务热线</a></li>"
           "<li><a href='/wza/'>无障碍服务</a></li></ul>")
    guide = ("<p>往来港澳通行证、护照的申请条件、所需材料与办理流程，可在线预约办理。</p>", 200)
    report = _site(tmp_path / "crj", nav, {"crj/": guide})
    assert report["elements"]["办事服务"]["value"] == "出入境服务"
    assert "service-unusable" not in _vetoes(report)
    # a hotline or an accessibility service is no service entry
    other = _site(tmp_path / "other", nav.replace("<li><a href='/crj/'>出入境服务</a></li>", ""))
    assert "办事服务" in _missing(other)


def test_a_body_introducing_itself_by_its_kind_is_its_profile(tmp_path: Path) -> None:
    # a bureau's menu: 本局介绍 is its 概况信息; 产品介绍 (something else introduced) is none
    nav = ("<ul class='menu'><li><a href='/bjjs/'>本局介绍</a></li><li><a href='/cpjs/'>产品介绍</a></li></ul>")
    intro = ("<h1>本局介绍</h1><p>" + "某县统计局是县人民政府主管全县统计工作的工作部门，内设综合股、普查中心。" * 3 + "</p>", 200)
    product = ("<h1>产品介绍</h1><p>" + "统计年鉴、统计公报与普查资料汇编，可在统计局资料室查阅。" * 3 + "</p>", 200)
    report = _site(tmp_path / "bj", nav, {"bjjs/": intro, "cpjs/": product})
    assert report["elements"]["概况信息"]["url"] == SEED + "bjjs/"
    other = _site(tmp_path / "cp", nav.replace("<li><a href='/bjjs/'>本局介绍</a></li>", ""), {"cpjs/": product})
    assert "概况信息" in _missing(other)


def test_the_entry_is_the_link_that_names_the_element_most_exactly(tmp_path: Path) -> None:
    """A drop-down menu offering several links per element: the one naming the element most exactly wins over the
    section it sits in or a narrower kind of it, a same-named sub-column over its section, a short menu link to the
    document itself for a single-page element (部门职能 → an article page); a placeholder link back to the page
    itself or the homepage (href="index.html" on the homepage) is no entry."""
    nav = ("<ul class='nav'><li><a href='/yx/'>印象某县</a><div><a href='/yx/xqgk/'>县情概况</a></div></li>"
           "<li><a href='/jg/'>组织机构</a><div><a href='/art/2019/3/1/art_5_1.html'>部门职能</a></div></li>"
           "<li><a href='/zc/'>规范性文件</a><a href='/zfwj/'>政府文件</a></li>"
           "<li><a href='/jd/'>政策解读</a><div><a href='/jd/zcjd/'>政策解读</a><a href='/jd/tj/'>图解</a></div></li>"
           "<li><a href='index.html'>公众参与</a><div><a href='/hd/xx/'>县长信箱</a></div></li></ul>")
    page = ("<h1>{}</h1><ul class='list'><li><a href='/art/2020/11/2{}/art_9_1.html'>某县召开工作会议</a>"
            "<span>2020-11-2{}</span></li></ul>", 200)
    extra = {p: (page[0].format(n, i, i), 200) for i, (p, n) in enumerate((
        ("yx/", "印象某县"), ("yx/xqgk/", "县情概况"), ("jg/", "组织机构"), ("zc/", "规范性文件"), ("zfwj/", "政府文件"),
        ("jd/", "政策解读"), ("jd/zcjd/", "政策解读"), ("hd/xx/", "县长信箱")))}
    extra["art/2019/3/1/art_5_1.html"] = (
        "<html><head><title>部门职能</title><meta name='PubDate' content='2019-03-01'></head><body><h1>部门职能</h1>"
        "<p>负责全县发展改革、统计、物价等工作。</p></body></html>", 200)
    report = _site(tmp_path, nav, extra)
    got = {el: report["elements"][el]["url"] for el in ("概况信息", "机构职能", "政策文件", "政策解读", "互动交流")}
    assert got == {"概况信息": SEED + "yx/xqgk/", "机构职能": SEED + "art/2019/3/1/art_5_1.html",
                   "政策文件": SEED + "zfwj/", "政策解读": SEED + "jd/zcjd/", "互动交流": SEED + "hd/xx/"}


def test_disclosure_column_names_of_the_2019_standard(tmp_path: Path) -> None:
    """The 政府信息公开专栏 standard of 2019 names the catalogue 法定主动公开内容; its 指南 is one dated document
    (a menu link straight to it is the entry); a department presents itself as its 机构简介 (概况信息), and a
    county names its bodies 政府机构 (机构职能)."""
    nav = ("<div class='side'><dl><dt>信息公开</dt><dd><a href='/art/2020/3/2/art_7_3.html'>政府信息公开指南</a></dd>"
           "<dd><a href='/zdgk/'>法定主动公开内容</a></dd></dl>"
           "<dl><dt>关于我们</dt><dd><a href='/gy/jj/'>机构简介</a></dd><dd><a href='/gy/jg/'>政府机构</a></dd></dl></div>")
    guide = ("<html><head><title>政府信息公开指南</title><meta name='PubDate' content='2020-03-02'></head><body>"
             "<h1>某镇人民政府信息公开指南</h1><p>发布时间：2020-03-02</p><p>" + "依申请公开的受理机构、申请方式与处理期限如下。" * 3
             + "</p></body></html>", 200)
    column = ("<h1>{}</h1><ul class='list'><li><a href='/art/2020/11/20/art_8_1.html'>某镇2020年财政预算</a>"
              "<span>2020-11-20</span></li></ul>", 200)
    text = ("<h1>{}</h1><p>" + "某镇人民政府下设党政综合办公室、经济发展办公室、社会事务办公室等工作机构。" * 3 + "</p>", 200)
    report = _site(tmp_path / "std", nav, {"art/2020/3/2/art_7_3.html": guide,
                                           "zdgk/": (column[0].format("法定主动公开内容"), 200),
                                           "gy/jj/": (text[0].format("机构简介"), 200),
                                           "gy/jg/": (text[0].format("政府机构"), 200)})
    got = {el: report["elements"][el]["url"] for el in ("政府信息公开指南", "政府信息公开目录", "概况信息", "机构职能")}
    assert got == {"政府信息公开指南": SEED + "art/2020/3/2/art_7_3.html", "政府信息公开目录": SEED + "zdgk/",
                   "概况信息": SEED + "gy/jj/", "机构职能": SEED + "gy/jg/"}
    # 依申请公开 alone is no catalogue; 机构设置 is no profile
    other = _site(tmp_path / "other", "<ul><li><a href='/ysq/'>依申请公开</a></li><li><a href='/jgsz/'>机构设置</a></li></ul>",
                  {"ysq/": (column[0].format("依申请公开"), 200), "jgsz/": (text[0].format("机构设置"), 200)})
    assert {"政府信息公开目录", "概况信息"} <= _missing(other)
    assert "机构职能" not in _missing(other)


def test_an_accessibility_page_is_the_target_before_a_script_toolbar(tmp_path: Path) -> None:
    # a top bar with a script-opened 读屏 toolbar and a link to the 关怀版 pages: the entry is the page a visitor reaches
    bar = ("<div class='tool'><a href='#' onclick='startReader()'>读屏工具</a> <a href='/ghb/index.shtml'>关怀版</a></div>"
           "<ul class='menu'><li><a href='/'>首页</a></li></ul>")
    care = ("<h1>关怀版</h1><p>大字号、高对比度的页面，方便老年人浏览本站的新闻、公告与办事信息。</p>", 200)
    report = _site(tmp_path / "both", bar, {"ghb/index.shtml": care})
    assert report["elements"]["无障碍浏览"]["url"] == SEED + "ghb/index.shtml"
    # the toolbar alone still counts, at the homepage
    alone = _site(tmp_path / "alone", bar.replace(" <a href='/ghb/index.shtml'>关怀版</a>", ""))
    assert report["elements"]["无障碍浏览"]["present"] and alone["elements"]["无障碍浏览"]["url"] == SEED



def test_a_reading_aid_whose_click_is_cancelled_is_a_script_toolbar(tmp_path: Path) -> None:
    # a top bar's 长者模式 link pointing home but cancelling its own click (onclick="return false"): a script of the
    # page bound to it opens the aid, the home address is no way the visitor is sent
    bar = ("<script src='/res/js/site.js'></script><p class='top'><span>欢迎访问</span>"
           "<a class='care' href='/index.html' onclick='return false'>长者模式</a></p>"
           "<ul class='menu'><li><a href='/'>首页</a></li></ul>")
    report = _site(tmp_path / "cancelled", bar)
    assert report["elements"]["无障碍浏览"]["present"] and report["elements"]["无障碍浏览"]["url"] == SEED
    # on a page running no script of its own, the cancelled click does nothing: no aid there
    assert "无障碍浏览" in _missing(_site(tmp_path / "scriptless", bar.replace("<script src='/res/js/site.js'></script>", "")))

def test_a_more_link_is_named_by_its_block_heading(tmp_path: Path) -> None:
    # the homepage's only way to the 政策解读 column is the block's "more+" link; a tab row's 更多 names nothing:
    # which tab it continues is unknown
    block = ("<div class='bk'><div class='bk-title'><b>政策解读</b><span><a href='/zcjd/list.jsp'>more+</a></span></div>"
             "<ul><li><a href='/zcjd/2020/11/19/art_3_1.html'>图解县政府工作报告</a><span>2020-11-19</span></li></ul></div>"
             "<div class='tabs'><span class='on'>办事服务</span><span>工作动态</span><a href='/bmdt/'>更多&gt;&gt;</a></div>")
    column = ("<h1>政策解读</h1><ul class='list'><li><a href='/zcjd/2020/11/19/art_3_1.html'>图解县政府工作报告</a>"
              "<span>2020-11-19</span></li></ul>", 200)
    report = _site(tmp_path, "<ul class='nav'><li><a href='/'>首页</a></li></ul>", {"zcjd/list.jsp": column},
                   home_extra=block)
    assert report["elements"]["政策解读"]["url"] == SEED + "zcjd/list.jsp"
    assert "办事服务" in _missing(report)


def test_the_annual_report_list_by_year_links_and_its_entry(tmp_path: Path) -> None:
    # a 年度报告 list of bare year links (2020年度, 2019年度) behind a menu entry without a year: the report due
    # (2019, as of 2020-11-26) is online, and the entry is the list, not the homepage
    nav = "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/gk/nb.html'>信息公开年度报告</a></li></ul>"
    years = ("<h1>信息公开年度报告</h1><div class='years'><a href='/gk/nb/2020.pdf'>2020年度</a> "
             "<a href='/gk/nb/2019.pdf'>2019年度</a> <a href='/gk/nb/2018.pdf'>2018年度</a></div>", 200)
    report = _site(tmp_path / "list", nav, {"gk/nb.html": years})
    assert report["elements"]["政府信息公开年报"] == {"present": True, "value": "2020年", "url": SEED + "gk/nb.html",
                                                   "measured": True}
    # bare years elsewhere (an archive) are no reports; a list ending at 2018 lacks the report due
    late = _site(tmp_path / "late", nav, {"gk/nb.html": (years[0].replace("2020年度", "").replace("2019年度", ""), 200),
                                          "gk/dag.html": ("<h1>档案</h1><a href='/dag/2019.html'>2019年</a>", 200)},
                 home_extra="<a href='/gk/dag.html'>历史档案</a>")
    assert "政府信息公开年报" in _missing(late)


def test_a_report_seen_in_a_notice_list_is_cited_by_its_own_link(tmp_path: Path) -> None:
    # no 年报 entry or list: the 2019 report is a row of the 公示公告 list, so the element is the report the row
    # leads to, not the list it happened to be seen on
    nav = "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/gsgg/'>公示公告</a></li></ul>"
    notices = ("<h1>公示公告</h1><table><tr><td><a href='/gsgg/2020/0120/c88.html'>某县2019年政府信息公开工作年度报告</a></td>"
               "<td>2020-01-20</td></tr><tr><td><a href='/gsgg/2019/1105/c87.html'>关于开展冬季消防检查的公告</a></td>"
               "<td>2019-11-05</td></tr></table>", 200)
    report = _site(tmp_path / "notices", nav, {"gsgg/": notices})
    assert report["elements"]["政府信息公开年报"]["url"] == SEED + "gsgg/2020/0120/c88.html"


def test_an_annual_report_list_a_script_fills_unrendered_is_not_measured(tmp_path: Path) -> None:
    # the 年度报告 menu entry leads to a list whose rows a jQuery call fetches into an empty <ul>, and no browser ran
    # it: which reports it lists is unknown, so the 年报 is not measured (never missing)
    nav = "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/gk/nb.html'>信息公开年度报告</a></li></ul>"
    fetched = ("<h1>信息公开年度报告</h1><ul id='nbList' class='list'></ul><script>$.getJSON('/api/nb.json', function (d) {"
               " $('#nbList').html(d.rows.map(function (r) { return '<li><a href=\"' + r.u + '\">' + r.t + '</a></li>'; })"
               ".join('')); });</script>", 200)
    report = _site(tmp_path / "fetched", nav, {"gk/nb.html": fetched})
    assert report["elements"]["政府信息公开年报"]["measured"] is False
    assert "政府信息公开年报" not in _missing(report)


def test_the_disclosure_hub_listing_its_categories_is_the_catalogue(tmp_path: Path) -> None:
    # 信息公开专栏 → a page of category links filed under its own folder: the catalogue a visitor browses
    nav = "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/xxgk/index.jsp'>信息公开专栏</a></li></ul>"
    hub = ("<h1>信息公开专栏</h1><div class='cats'><a href='/xxgk/gkzn.jsp'>公开指南</a><a href='/xxgk/jgzz.jsp'>部门职能</a>"
           "<a href='/xxgk/gfxwj.jsp'>规范性文件</a><a href='/xxgk/ysq.jsp'>依申请公开</a></div>", 200)
    report = _site(tmp_path / "hub", nav, {"xxgk/index.jsp": hub})
    assert report["elements"]["政府信息公开目录"]["url"] == SEED + "xxgk/index.jsp"
    # the same names leading elsewhere (the site's menu, another folder) make no catalogue of the page
    menu = hub[0].replace("/xxgk/gkzn.jsp", "/gkzn.jsp").replace("/xxgk/jgzz.jsp", "/jgzz.jsp")
    assert "政府信息公开目录" in _missing(_site(tmp_path / "menu", nav, {"xxgk/index.jsp": (menu, 200)}))


def test_a_profile_page_stating_the_duties_shows_the_functions(tmp_path: Path) -> None:
    # a 本所简介 page that states 工作职责 and 内设股室 in its text: the 机构职能 is shown there
    nav = "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/bsjj.htm'>本所简介</a></li></ul>"
    about = ("<h1>本所简介</h1><p>某县司法所是县司法局的派出机构。</p><p>工作职责：指导管理人民调解工作，组织开展法治宣传教育。</p>", 200)
    report = _site(tmp_path / "duties", nav, {"bsjj.htm": about})
    assert report["elements"]["机构职能"]["url"] == SEED + "bsjj.htm"
    # a profile without them (history, address) shows none; a menu link named 内设机构 is no statement of them
    plain = ("<h1>本所简介</h1><p>某县司法所成立于1986年，位于城关镇府前路8号。</p><p><a href='/'>内设机构</a></p>", 200)
    assert "机构职能" in _missing(_site(tmp_path / "plain", nav, {"bsjj.htm": plain}))


def test_a_profile_published_as_an_article_stating_the_duties_shows_the_functions(tmp_path: Path) -> None:
    # 中心简介 kept as an article (byline with its date, a CMS's show page): its text states the 内设科室 — the
    # 机构职能 is shown there as on a plain page; the same article saying only its history shows none
    nav = "<div id='menu'><a href='/'>首页</a> · <a href='/news/show.php?id=7'>中心简介</a></div>"

    def article(text: str) -> tuple[str, int]:
        return ("<html><head><title>中心简介_某县政务服务中心</title><meta name='PubDate' content='2019-06-03'></head>"
                f"<body>{nav}<div class='article'><h1>中心简介</h1><div class='info'>发布日期：2019-06-03　来源：本中心"
                f"</div><div class='txt'><p>某县政务服务中心是县政府直属事业单位。</p>{text}</div></div>{FOOTER}"
                "</body></html>", 200)

    duties = "<p>内设科室：综合科、审批协调科、监督管理科，分别负责日常运转、窗口协调和效能监督。</p>"
    report = _site(tmp_path / "duties", nav, {"news/show.php?id=7": article(duties)})
    assert report["elements"]["机构职能"]["url"] == SEED + "news/show.php?id=7"
    history = "<p>中心于2008年挂牌成立，2016年迁入新址，设有综合窗口四十个。</p>"
    assert "机构职能" in _missing(_site(tmp_path / "history", nav, {"news/show.php?id=7": article(history)}))


def test_year_links_under_a_row_label_naming_the_report_are_the_reports(tmp_path: Path) -> None:
    # a disclosure page printing 政务信息公开年度报告: 2019年 | 2018年 (the years its label's reports): the due report is
    # linked, its own year link is the entry; the same years under another label (历史专题) are no report
    nav = "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/gk/index.jsp'>政务公开</a></li></ul>"

    def disclosure(label: str) -> tuple[str, int]:
        return ("<h1>政务公开</h1><div class='zt'><p><a href='/gk/guide.jsp'>公开指南</a></p>"
                f"<p><span>{label}</span>: <a href='/gk/report.jsp?y=2019'>2019年</a> | "
                "<a href='/gk/report.jsp?y=2018'>2018年</a></p></div>", 200)

    report = _site(tmp_path / "label", nav, {"gk/index.jsp": disclosure("政务信息公开年度报告")})
    assert report["elements"]["政府信息公开年报"]["url"] == SEED + "gk/report.jsp?y=2019"
    assert "政府信息公开年报" in _missing(_site(tmp_path / "other", nav, {"gk/index.jsp": disclosure("历史专题")}))


def test_a_topic_on_making_the_site_accessible_is_no_accessibility_entry(tmp_path: Path) -> None:
    # a 专题 tile on the site's 适老化 work (its banner's alt text) leads to news of that work, not to an accessible
    # way to browse; a 信息无障碍 link in the top bar is one
    nav = "<ul class='nav'><li><a href='/'>首页</a></li></ul>"
    tile = ("<div class='special'><a href='/special/shilaohua/'><img src='/img/slh.png' alt='信息无障碍和适老化改造专题'>"
            "</a></div>")
    assert "无障碍浏览" in _missing(_site(tmp_path / "topic", nav, home_extra=tile))
    bar = "<div class='topbar'><a href='/assist/start.html'>信息无障碍</a></div>"
    report = _site(tmp_path / "bar", nav, home_extra=bar + tile)
    assert report["elements"]["无障碍浏览"]["url"] == SEED + "assist/start.html"


def test_a_small_static_menu_printed_on_every_page_is_read_as_shown(tmp_path: Path) -> None:
    # an unrendered homepage with a script of its own and few links: its menu is the one the server printed on
    # every page (政策法规, 网上办事, 咨询投诉), so what it lacks (领导, 解读) is missing, not "not measured"
    script = "<script src='/js/site_common.js'></script>"
    nav = (f"{script}<div class='menu'><a href='/'>首页</a><a href='/zcfg/'>政策法规</a><a href='/wsbs/'>网上办事</a>"
           "<a href='/zxts/'>咨询投诉</a></div>")
    pages = {p: (f"<h1>{n}</h1><ul class='list'><li><a href='/{p}2020/11/20/art_1.html'>关于做好冬季安全工作的通知</a>"
                 "<span>2020-11-20</span></li></ul>", 200) for p, n in (("zcfg/", "政策法规"), ("wsbs/", "网上办事"),
                                                                       ("zxts/", "咨询投诉"))}
    report = _site(tmp_path / "printed", nav, pages)
    assert report["elements"]["负责人信息"] == {"present": False, "value": None, "url": None, "measured": True}
    # the same homepage whose inner pages print no such menu: a script may write the rest, not measured
    alone = _site(tmp_path / "alone", script, pages, home_extra=nav.replace(script, ""))
    assert alone["elements"]["负责人信息"]["measured"] is False


def test_a_channel_whose_list_says_it_holds_nothing_of_its_kind_is_missing(tmp_path: Path) -> None:
    # 公众留言 → a message table whose only cell reads 暂无留言 (no 信息/数据 wording): no working channel
    nav = "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/gzly/'>公众留言</a></li></ul>"
    empty = ("<h1>公众留言</h1><table class='ly'><tr><th>主题</th><th>留言时间</th></tr>"
             "<tr><td colspan='2'>暂无留言</td></tr></table>", 200)
    report = _site(tmp_path / "empty", nav, {"gzly/": empty})
    assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report)
    # a sentence starting so is no empty list
    said = ("<h1>公众留言</h1><p>暂无法在线提交的事项请拨打热线，其余请在下方填写。</p><textarea name='nr'></textarea>", 200)
    assert "互动交流" not in _missing(_site(tmp_path / "said", nav, {"gzly/": said}))


def test_the_report_names_the_homepage_it_read_when_not_the_seed(tmp_path: Path) -> None:
    # a frameset at the seed whose frame is the homepage (the crawler's homepage_chain): the report names that page
    import json

    b = SnapshotBuilder(SEED)
    b.page(SEED, "<html><frameset rows='*'><frame src='/zy/main.htm'></frameset></html>", depth=0)
    b.page(SEED + "zy/main.htm", f"<html><head><title>某县人民政府</title></head><body>{NEWS}{FOOTER}</body></html>")
    out = b.write(tmp_path / "frames")
    crawl = json.loads((out / "crawl.json").read_text(encoding="utf-8"))
    crawl.update(homepage=SEED + "zy/main.htm", homepage_chain=[{"url": SEED, "reason": "seed"},
                                                                {"url": SEED + "zy/main.htm", "reason": "frameset"}])
    (out / "crawl.json").write_text(json.dumps(crawl, ensure_ascii=False), encoding="utf-8")
    assert run_checks(load_snapshot(out), AS_OF)["site"]["homepage"] == SEED + "zy/main.htm"
    # a homepage at the seed is not repeated
    assert "homepage" not in _site(tmp_path / "plain", "<ul><li><a href='/'>首页</a></li></ul>")["site"]


def test_a_formless_search_box_leads_where_its_script_sends_the_keyword(tmp_path: Path) -> None:
    box = ("<div class='ss'><input id='kw' placeholder='请输入关键字'><a href='javascript:go()'>搜索</a></div>"
           "<script>function go(){location.href='/was5/web/search?channelid=2831&searchword='"
           "+encodeURIComponent(document.getElementById('kw').value);}</script>")
    report = _site(tmp_path, "<ul><li><a href='/'>首页</a></li></ul>", home_extra=box)
    assert report["elements"]["站内搜索"]["url"] == SEED + "was5/web/search?channelid=2831"


def test_disclosure_on_an_outside_platform_is_not_measured(tmp_path: Path) -> None:
    # a bureau's 信息公开 is its section on the city's platform (another host, not crawled): 指南/目录/年报 are there
    nav = ("<ul class='nav'><li><a href='/'>首页</a></li>"
           "<li><a href='http://xxgk.city.gov.cn/swj/'>政府信息公开</a></li></ul>")
    report = _site(tmp_path / "platform", nav)
    for el in ("政府信息公开指南", "政府信息公开目录", "政府信息公开年报"):
        assert report["elements"][el]["measured"] is False
    assert any("站外平台" in w for w in report["warnings"])
    # on the site itself, what it lacks is missing
    own = _site(tmp_path / "own", nav.replace("http://xxgk.city.gov.cn/swj/", "/xxgk/"),
                {"xxgk/": ("<h1>政府信息公开</h1><p>本局依法主动公开政府信息，欢迎查阅。</p>", 200)})
    assert {"政府信息公开指南", "政府信息公开目录", "政府信息公开年报"} <= _missing(own)


def test_an_entry_to_a_page_showing_nothing_between_crumb_and_footer_is_missing(tmp_path: Path) -> None:
    # 网上办事 → a page with the site's menu, a crumb, its own name and an empty panel, then the footer
    nav = ("<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/wsbs/'>网上办事</a></li>"
           "<li><a href='/zwgk/'>政务公开</a></li><li><a href='/hd/'>政民互动</a></li></ul>")
    crumb = "<p class='loc'><span>您的位置：</span><a href='/'>首页</a> » <span>网上办事</span></p>"
    blank = (f"<html><head><title>网上办事</title></head><body>{nav}<section>{crumb}<div class='clear'></div>"
             f"<h2>网上办事</h2><article class='panel'> </article></section>{FOOTER}</body></html>", 200)
    hd = ("<p>欢迎您通过县长信箱、在线咨询与我们交流，我们将在15个工作日内答复。</p>", 200)
    report = _site(tmp_path / "blank", nav, {"wsbs/": blank, "hd/": hd})
    assert "办事服务" in _missing(report) and "service-unusable" in _vetoes(report)
    # the same crumb over a block that shows something (after an empty clearing div) is a working entry
    shown = (blank[0].replace("<h2>网上办事</h2>", "").replace(
        "<article class='panel'> </article>", "</section><div class='main'><a href='https://zwfw.example.cn/'>"
        "个人办事</a></div><section>"), 200)
    report = _site(tmp_path / "shown", nav, {"wsbs/": shown, "hd/": hd})
    assert "办事服务" not in _missing(report)


def test_a_bilingual_menu_item_is_named_by_its_chinese_name(tmp_path: Path) -> None:
    # 政民互动 with its English name under it in the same link: the menu's entry, before a 信箱 button below
    nav = ("<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/zmhd/'>政民互动<br><em>Public Interaction"
           "</em></a></li><li><a href='/bsfw/'>办事服务<br><em>Online Services</em></a></li></ul>")
    box = "<div class='btns'><a href='/zmhd/xx/'><img src='/i/xx.png' alt='书记信箱'></a></div>"
    page = ("<p>欢迎您通过县长信箱、在线咨询与我们交流，我们将在15个工作日内答复。</p>", 200)
    report = _site(tmp_path, nav, {"zmhd/": page, "zmhd/xx/": page, "bsfw/": page}, home_extra=box)
    assert report["elements"]["互动交流"]["url"] == SEED + "zmhd/"
    assert report["elements"]["互动交流"]["value"] == "政民互动"
    assert report["elements"]["办事服务"]["url"] == SEED + "bsfw/"


def test_an_entry_whose_rendered_list_is_still_loading_is_not_empty(tmp_path: Path) -> None:
    # 办事服务 → a page whose list a script fills; rendered, it still shows 数据加载中 over an empty list: its data
    # never arrived, so the page is not judged empty; the same page saying 暂无数据 is
    nav = ("<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/fw/'>办事服务</a></li>"
           "<li><a href='/hd/'>互动交流</a></li></ul>")
    hd = "<p>欢迎您通过县长信箱、在线咨询与我们交流，我们将在15个工作日内答复。</p>"

    def run(where: str, shown: str) -> dict:
        static = ("<html><head><title>办事服务</title><script src='/js/fw.js'></script></head><body>" + nav +
                  "<table class='fwlist'><tbody id='rows'></tbody></table>" + FOOTER + "</body></html>")
        b = SnapshotBuilder(SEED)
        b.page(SEED, f"<html><head><title>某县人民政府</title></head><body>{nav}{NEWS}{FOOTER}</body></html>", depth=0)
        b.page(SEED + "fw/", static, rendered=static.replace("<tbody id='rows'></tbody>", shown))
        b.page(SEED + "hd/", f"<html><head><title>互动交流</title></head><body>{nav}{hd}{FOOTER}</body></html>")
        return run_checks(load_snapshot(b.write(tmp_path / where)), AS_OF)

    loading = run("loading", "<tbody id='rows'></tbody><p class='tip'>数据加载中...</p>")
    assert "办事服务" not in _missing(loading) and "service-unusable" not in _vetoes(loading)
    hidden = run("hidden", "<tbody id='rows'></tbody><p class='tip' style='display:none'>数据加载中...</p>"
                           "<p>暂无数据</p>")
    assert "办事服务" in _missing(hidden)


def test_the_entry_naming_the_element_whole_before_a_part_of_it(tmp_path: Path) -> None:
    """Of several homepage links to one element: the one holding the element's full name (政策解读 before 解读), the
    services as a whole before one audience's share of them (在线服务 before 企业办事, 自然人服务), a body's
    functions (单位职能) before the list of its parts (组织机构)."""
    nav = ("<ul class='nav'><li><a href='/jd/'>解读</a></li><li><a href='/zzjg/'>组织机构</a></li>"
           "<li><a href='/dwzn/'>单位职能</a></li></ul>")
    blocks = ("<div class='fw'><h3>办事</h3><a href='http://zwfw.example.gov.cn/zrr/'>自然人服务</a>"
              "<a href='http://zwfw.example.gov.cn/qy/'>企业办事</a><a href='http://zwfw.example.gov.cn/'>在线服务</a></div>"
              "<div class='jd'><a href='/zcjd/'>政策解读</a></div>")
    report = _site(tmp_path, nav, home_extra=blocks)
    got = {el: report["elements"][el]["url"] for el in ("政策解读", "办事服务", "机构职能")}
    assert got == {"政策解读": SEED + "zcjd/", "办事服务": "http://zwfw.example.gov.cn/", "机构职能": SEED + "dwzn/"}
    # one audience's share alone still is the services entry
    alone = _site(tmp_path / "alone", nav, home_extra="<div class='fw'><a href='http://zwfw.example.gov.cn/qy/'>企业办事</a></div>")
    assert alone["elements"]["办事服务"]["url"] == "http://zwfw.example.gov.cn/qy/"


def test_the_services_entry_is_the_link_naming_the_whole_service(tmp_path: Path) -> None:
    """A homepage block of service tiles (企业办事, 个人办事, 表格下载, 办事指南) beside a link to the whole platform
    (一网通办): the 办事服务 entry is the platform's, not the first part the block lists."""
    block = ("<div class='fw'><h3>便民服务</h3><a href='http://zwfw.sx.gov.cn/xian/qy/'>企业办事</a>"
             "<a href='http://zwfw.sx.gov.cn/xian/gr/'>个人办事</a><a href='http://zwfw.sx.gov.cn/xian/bszn/'>办事指南</a>"
             "<a href='http://zwfw.sx.gov.cn/xian/'>一网通办</a></div>")
    report = _site(tmp_path, "<ul class='nav'><li><a href='/'>首页</a></li></ul>", home_extra=block)
    assert report["elements"]["办事服务"]["url"] == "http://zwfw.sx.gov.cn/xian/"



def test_a_link_to_another_website_in_a_friendly_links_block_is_not_the_site_s_own_entry(tmp_path: Path) -> None:
    """The menu's 网上办事 leads to the county's own service page; a 相关链接 block at the foot of the homepage lists
    the province's 政务服务网 by its name among other websites: the entry is the menu's, though 政务服务 names the
    whole service more exactly than 网上办事."""
    nav = "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/wsbs/'>网上办事</a></li></ul>"
    links = ("<div class='xglj'><h4>相关链接</h4><ul><li><a href='http://www.sx.gov.cn/'>省人民政府</a></li>"
             "<li><a href='http://zwfw.sx.gov.cn/'>省政务服务网</a></li></ul></div>")
    hall = ("<h1>网上办事</h1><ul class='fw'><li><a href='http://zwfw.sx.gov.cn/xian/gr/'>个人办事</a></li>"
            "<li><a href='http://zwfw.sx.gov.cn/xian/fr/'>法人办事</a></li></ul>", 200)
    report = _site(tmp_path / "block", nav, {"wsbs/": hall}, home_extra=links)
    assert report["elements"]["办事服务"]["url"] == SEED + "wsbs/"
    # the same link outside such a block (a service tile of the homepage) is the entry naming the whole service
    tile = "<div class='fw'><a href='http://zwfw.sx.gov.cn/'>省政务服务网</a></div>"
    report = _site(tmp_path / "tile", nav, {"wsbs/": hall}, home_extra=tile)
    assert report["elements"]["办事服务"]["url"] == "http://zwfw.sx.gov.cn/"
    # a friendly link is still an entry when it is the only one that works (the menu's page answers 404)
    report = _site(tmp_path / "only", nav, {"wsbs/": ("<html><body>Not Found</body></html>", 404)}, home_extra=links)
    assert report["elements"]["办事服务"]["url"] == "http://zwfw.sx.gov.cn/"

def test_an_outside_platforms_own_menu_gives_the_site_no_entry(tmp_path: Path) -> None:
    # the county's 网上办事 answers 404; its footer links the city's credit platform, whose own menu offers 信用服务
    # and 咨询投诉: that is the platform's menu, not an entry of the county's site
    nav = ("<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/wsbs/'>网上办事</a></li>"
           "<li><a href='/hd/'>互动交流</a></li></ul>")
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某县人民政府</title></head><body>{nav}{NEWS}"
                 "<div class='links'>相关链接：<a href='http://credit.example-city.gov.cn/'>信用某市</a></div>"
                 f"{FOOTER}</body></html>", depth=0)
    b.page(SEED + "wsbs/", "<html><body>Not Found</body></html>", status=404)
    b.page(SEED + "hd/", f"<html><head><title>互动交流_某县</title></head><body>{nav}<form action='/hd/save' method='post'>"
                         f"<input name='bt'><textarea name='nr'></textarea><button>提交</button></form>{FOOTER}</body></html>")
    b.page("http://credit.example-city.gov.cn/",
           "<html><head><title>信用某市</title></head><body><div class='top'><a href='/'>首页</a>"
           "<a href='/fw/index.html'>信用服务</a><a href='/zx/index.html'>咨询投诉</a></div>"
           "<p>信用某市是某市社会信用体系建设的官方网站。</p></body></html>", depth=1)
    b.page("http://credit.example-city.gov.cn/fw/index.html",
           "<html><head><title>信用服务</title></head><body><p>信用报告查询、信用修复申请与异议处理。</p></body></html>",
           depth=2)
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert "办事服务" in _missing(report) and "service-unusable" in _vetoes(report)
    assert report["elements"]["互动交流"]["url"] == SEED + "hd/"


@pytest.mark.parametrize("tile", [
    # the address the click opens, in the link's onclick, in its javascript: href, or on a tile that is no link
    "<a href='javascript:;' onclick=\"window.open('http://zwfw.example-prov.gov.cn/county/')\">网上办事</a>",
    "<a href=\"javascript:window.location.href='http://zwfw.example-prov.gov.cn/county/'\">网上办事</a>",
    "<div class='tile' onclick=\"location.href='http://zwfw.example-prov.gov.cn/county/'\"><img src='/i/b.png' alt='网上办事'>"
    "</div>",
    "<a href='#' onclick=\"openWin('http://zwfw.example-prov.gov.cn/county/', 900, 600);return false;\">网上办事</a>",
    # an icon link named only by its aria-label
    "<a href='http://zwfw.example-prov.gov.cn/county/' aria-label='网上办事'><i class='iconfont'></i></a>",
])
def test_a_tile_whose_script_opens_one_address_leads_there(tmp_path: Path, tile: str) -> None:
    nav = f"<ul class='nav'><li><a href='/'>首页</a></li><li>{tile}</li><li><a href='/hd/'>政民互动</a></li></ul>"
    report = _site(tmp_path, nav, {"hd/": ("<p>欢迎您通过县长信箱、在线咨询与我们交流，我们将在15个工作日内答复。</p>", 200)})
    assert report["elements"]["办事服务"] == {"present": True, "value": "网上办事",
                                            "url": "http://zwfw.example-prov.gov.cn/county/", "measured": True}
    # the same tile opening a page of the site that answers 404: missing, and the veto
    local = tile.replace("http://zwfw.example-prov.gov.cn/county/", SEED + "wsbs/")
    nav = f"<ul class='nav'><li><a href='/'>首页</a></li><li>{local}</li><li><a href='/hd/'>政民互动</a></li></ul>"
    report = _site(tmp_path / "404", nav, {"wsbs/": ("<html><body>Not Found</body></html>", 404),
                                           "hd/": ("<p>欢迎您通过县长信箱、在线咨询与我们交流。</p>", 200)})
    assert "办事服务" in _missing(report) and "service-unusable" in _vetoes(report)


@pytest.mark.parametrize("link", [
    "<a href='https://www.example-city.gov.cn/rx/'>12345市民热线</a>",
    "<a href='https://12345.example-city.gov.cn/'><img src='/images/rx.png' alt=''></a>",
])
def test_the_12345_platform_is_an_interaction_channel(tmp_path: Path, link: str) -> None:
    # the only channel is the city's 12345 platform, linked from the footer by name or by an unnamed icon
    nav = "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='http://zwfw.example-prov.gov.cn/'>政务服务</a></li></ul>"
    icp = "<a href='https://beian.miit.gov.cn/'>皖ICP备05012345号</a>"
    report = _site(tmp_path / "hotline", nav, home_extra=f"<div class='foot-links'>{link} {icp}</div>")
    assert report["elements"]["互动交流"]["present"] is True and "interaction-poor" not in _vetoes(report)
    # an ICP number holding the five digits is no channel
    report = _site(tmp_path / "icp", nav, home_extra=f"<div class='foot-links'>{icp}</div>")
    assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report)


def test_an_icon_link_is_named_by_its_tile_caption(tmp_path: Path) -> None:
    # icon tiles whose images carry no alt, each captioned beside its link: the caption names the entry
    tiles = ("<ul class='icons'><li><a href='https://banshi.example-prov.gov.cn/county/'><img src='/i/1.png'></a>"
             "<p>办事服务</p></li><li><a href='/hd/'><img src='/i/2.png'></a><p>互动交流</p></li></ul>")
    report = _site(tmp_path, "<ul class='nav'><li><a href='/'>首页</a></li></ul>",
                   {"hd/": ("<p>欢迎您通过县长信箱、在线咨询与我们交流，我们将在15个工作日内答复。</p>", 200)}, home_extra=tiles)
    assert report["elements"]["办事服务"]["url"] == "https://banshi.example-prov.gov.cn/county/"
    assert "service-unusable" not in _vetoes(report)
    # a tile holding two links is no caption of either
    two = tiles.replace("<p>办事服务</p>", "<p>办事服务</p><a href='/more/'>更多</a>")
    assert "办事服务" in _missing(_site(tmp_path / "two", "<ul class='nav'><li><a href='/'>首页</a></li></ul>",
                                      {"hd/": ("<p>欢迎您通过县长信箱与我们交流。</p>", 200)}, home_extra=two))


@pytest.mark.parametrize(("el", "name"), [("互动交流", "群众诉求"), ("互动交流", "建言献策"), ("办事服务", "在线办理")])
def test_channels_named_by_what_the_visitor_does_there(tmp_path: Path, el: str, name: str) -> None:
    nav = (f"<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/rk/'>{name}</a></li>"
           "<li><a href='http://zwfw.example-prov.gov.cn/'>政务服务</a></li><li><a href='/hd/'>县长信箱</a></li></ul>")
    page = ("<h1>" + name + "</h1><form action='/rk/post' method='post'><input name='xm'><textarea name='nr'></textarea>"
            "<button>提交</button></form>", 200)
    report = _site(tmp_path, nav.replace("<li><a href='/hd/'>县长信箱</a></li>", "") if el == "互动交流" else
                   nav.replace("<li><a href='http://zwfw.example-prov.gov.cn/'>政务服务</a></li>", ""), {"rk/": page})
    assert report["elements"][el]["value"] == name


def test_the_site_under_its_bare_host_is_still_the_site(tmp_path: Path) -> None:
    # the seed is www.xian.gov.cn; the 政务公开 section links to pages under xian.gov.cn (no www.), whose side menu is
    # the only place naming the 县长信箱: the same site's entry
    b = SnapshotBuilder(SEED)
    nav = "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='http://xian.gov.cn/zwgk/'>政务公开</a></li></ul>"
    b.page(SEED, f"<html><head><title>某县人民政府</title></head><body>{nav}{NEWS}{FOOTER}</body></html>", depth=0)
    b.page("http://xian.gov.cn/zwgk/", f"<html><head><title>政务公开</title></head><body>{nav}<div class='side'>"
           "<a href='http://xian.gov.cn/xzxx/'>县长信箱</a><a href='http://zwfw.example-prov.gov.cn/'>政务服务</a></div>"
           f"<p>政务公开栏目。</p>{FOOTER}</body></html>", depth=1)
    b.page("http://xian.gov.cn/xzxx/", f"<html><head><title>县长信箱</title></head><body>{nav}<form action='/xzxx/post' "
           f"method='post'><textarea name='nr'></textarea><button>提交</button></form>{FOOTER}</body></html>", depth=2)
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert report["elements"]["互动交流"]["url"] == "http://xian.gov.cn/xzxx/"
    assert not {"service-unusable", "interaction-poor"} & _vetoes(report)


def test_a_channel_page_framing_a_closed_board_takes_nothing_in(tmp_path: Path) -> None:
    # 在线留言 shows one line and a frame of the 留言板 application, which answers that it is closed for upgrades:
    # the frame is the channel, and it takes nothing in
    nav = "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/hd/zxly.html'>在线留言</a></li></ul>"
    page = ("<h1>在线留言</h1><p>请在下方留言板中填写。</p><iframe src='/lyb/post.aspx' width='100%' height='600'></iframe>", 200)
    closed = ("<html><head><title>留言板</title></head><body><h3>通知</h3><p>留言系统维护中，暂停使用。</p></body></html>", 200)
    report = _site(tmp_path / "closed", nav, {"hd/zxly.html": page, "lyb/post.aspx": closed})
    assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report)
    # a frame showing a working form, or a page the crawl did not fetch, may be used: the channel stands
    form = ("<html><head><title>留言板</title></head><body><form method='post'><textarea name='nr'></textarea>"
            "<button>提交</button></form></body></html>", 200)
    assert "互动交流" not in _missing(_site(tmp_path / "open", nav, {"hd/zxly.html": page, "lyb/post.aspx": form}))
    assert "互动交流" not in _missing(_site(tmp_path / "unseen", nav, {"hd/zxly.html": page}))


def test_a_profile_page_presenting_the_leaders_shows_them(tmp_path: Path) -> None:
    # a 单位简介 page (the menu names no 领导 link) with a 现任领导 block naming each leader's post: the visitor who
    # opens it finds the leaders there
    nav = "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/dwjj/'>单位简介</a></li></ul>"
    about = ("<h1>单位简介</h1><p>县疾病预防控制中心是县卫生健康局所属公益一类事业单位。</p><h2>现任领导</h2><ul class='ld'>"
             "<li><span>吕某某</span><em>党支部书记、主任</em></li><li><span>廖某</span><em>副主任</em></li></ul>", 200)
    report = _site(tmp_path / "leaders", nav, {"dwjj/": about})
    assert report["elements"]["负责人信息"]["url"] == SEED + "dwjj/"
    # a profile that only speaks of leadership in a sentence, or names a 领导 heading with nobody under it, does not
    plain = ("<h1>单位简介</h1><p>中心在县委县政府领导下，承担全县疾病预防控制工作。</p><h2>领导信息</h2><p>暂未公开。</p>", 200)
    assert "负责人信息" in _missing(_site(tmp_path / "plain", nav, {"dwjj/": plain}))


def test_a_profile_page_naming_each_post_as_a_label_shows_the_leaders(tmp_path: Path) -> None:
    # a 中心概况 table whose 领导分工 rows open with the post as a label, the holder's name and then the duties
    # (主任：黄某某，主持全面工作。): a sentence, but a leader named under a post all the same
    nav = "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/zxgk/'>中心概况</a></li></ul>"
    about = ("<h1>中心概况</h1><table><tr><th>领导分工</th></tr><tr><td>主任：黄某某，主持中心全面工作。</td></tr>"
             "<tr><td>副主任: 韦某，分管检验科、财务科。</td></tr></table>", 200)
    report = _site(tmp_path / "labels", nav, {"zxgk/": about})
    assert report["elements"]["负责人信息"]["url"] == SEED + "zxgk/"
    # a label naming a post's mailbox or a contact is no leader
    mailbox = ("<h1>中心概况</h1><table><tr><th>领导信息</th></tr><tr><td>主任信箱：欢迎来信反映问题。</td></tr>"
               "<tr><td>联系人：黄某某，电话 0771-1234567。</td></tr></table>", 200)
    assert "负责人信息" in _missing(_site(tmp_path / "mailbox", nav, {"zxgk/": mailbox}))


def test_a_profile_page_naming_each_leader_before_the_posts_shows_the_leaders(tmp_path: Path) -> None:
    # a 所情简介 page whose 所领导 block gives each holder's name, then the posts as the label and the duties
    # (孙某某 党委书记、所长：主持全面工作。)
    nav = "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/sqjj/'>所情简介</a></li></ul>"
    about = ("<h1>所情简介</h1><p>县农业科学研究所是县农业农村局所属事业单位。</p><div class='ld'><b>所领导</b>"
             "<div>孙某某 党委书记、所长：主持全所工作，1975年生。</div><div>龚某 副所长：分管植保、土肥。</div></div>", 200)
    report = _site(tmp_path / "names", nav, {"sqjj/": about})
    assert report["elements"]["负责人信息"]["url"] == SEED + "sqjj/"
    # a name and a post's mailbox, or a contact line, is no leader
    mailbox = about[0].replace("党委书记、所长：主持全所工作，1975年生。", "所长信箱：欢迎来信。").replace(
        "副所长：分管植保、土肥。", "联系电话：0771-1234567。")
    assert "负责人信息" in _missing(_site(tmp_path / "mailbox", nav, {"sqjj/": (mailbox, 200)}))


def test_a_profile_page_naming_each_post_then_its_holder_as_a_label_shows_the_leaders(tmp_path: Path) -> None:
    # a 乡情简介 page whose 班子成员 table gives each post, then its holder's name as the label and the duties
    # (副乡长　蒙某某：分管农业农村、水利。)
    nav = "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/xqjj/'>乡情简介</a></li></ul>"
    about = ("<h1>乡情简介</h1><p>某乡地处县境西南，辖6个村。</p><table><tr><th>班子成员</th></tr>"
             "<tr><td>乡长　韦某某：主持乡政府全面工作。</td></tr><tr><td>副乡长　蒙某：分管农业农村、水利。</td></tr></table>", 200)
    report = _site(tmp_path / "posts", nav, {"xqjj/": about})
    assert report["elements"]["负责人信息"]["url"] == SEED + "xqjj/"
    # a post's mailbox named as a label (乡长信箱：), or a contact line, is no leader
    mailbox = about[0].replace("乡长　韦某某：主持乡政府全面工作。", "乡长信箱：欢迎来信。").replace(
        "副乡长　蒙某：分管农业农村、水利。", "联系电话：0771-1234567。")
    assert "负责人信息" in _missing(_site(tmp_path / "mailbox", nav, {"xqjj/": (mailbox, 200)}))


def test_a_profile_page_with_a_leaders_label_and_a_roll_of_posts_shows_the_leaders(tmp_path: Path) -> None:
    # a 中心简介 page whose 中心领导： label stands before one line rolling the posts and their holders
    # (主任 郑某某，副主任 冯某、司马某某。)
    nav = "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/zxjj/'>中心简介</a></li></ul>"
    about = ("<h1>中心简介</h1><dl><dt>中心领导：</dt><dd>主任 郑某某，副主任 冯某、司马某某。</dd>"
             "<dt>开放时间：</dt><dd>周一至周五 9:00—17:00。</dd></dl>", 200)
    report = _site(tmp_path / "roll", nav, {"zxjj/": about})
    assert report["elements"]["负责人信息"]["url"] == SEED + "zxjj/"
    # a label over a sentence that only speaks of a post is no roll of leaders
    said = about[0].replace("主任 郑某某，副主任 冯某、司马某某。", "主任办公会每月召开一次，研究中心重要事项。")
    assert "负责人信息" in _missing(_site(tmp_path / "said", nav, {"zxjj/": (said, 200)}))



def test_a_post_given_with_its_other_name_in_brackets_is_a_post(tmp_path: Path) -> None:
    # a 中心概况 page whose 领导班子 block names the head's post with its other name in brackets (主任（所长）), then
    # the deputies: the leaders are there
    nav = "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/zxgk/'>中心概况</a></li></ul>"
    about = ("<h1>中心概况</h1><p>县农业科学研究中心（县农业科学研究所）是县农业农村局所属公益一类事业单位。</p>"
             "<div class='ld'><strong>领导班子</strong><div>主任（所长）: 覃某某，副主任：罗某</div></div>", 200)
    report = _site(tmp_path / "brackets", nav, {"zxgk/": about})
    assert report["elements"]["负责人信息"]["url"] == SEED + "zxgk/"
    # a bracket naming no post (主任（兼）) is no other name of one
    other = about[0].replace("主任（所长）: 覃某某，副主任：罗某", "主任（兼）: 覃某某，副职：罗某")
    assert "负责人信息" in _missing(_site(tmp_path / "other", nav, {"zxgk/": (other, 200)}))

def test_a_leaders_page_with_a_section_on_the_functions_shows_them(tmp_path: Path) -> None:
    # a bureau's 局领导 page (the menu names no 职能 link) whose table ends with a 部门职能 row over a paragraph: the
    # visitor who opens it finds the body's functions there
    nav = "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/jld/'>局领导</a></li></ul>"
    leaders = ("<h1>局领导</h1><table><tr><td><b>钟某某</b></td><td>党组书记、局长</td></tr>"
               "<tr><td><b>杜某</b></td><td>副局长</td></tr><tr><th colspan='2'>部门职能</th></tr>"
               "<tr><td colspan='2'>贯彻落实国家和省市关于统计工作的方针政策，组织实施全县统计调查，管理和公布全县统计数据，"
               "指导乡镇统计工作。</td></tr></table>", 200)
    report = _site(tmp_path / "duties", nav, {"jld/": leaders})
    assert report["elements"]["机构职能"]["url"] == SEED + "jld/"
    # a leader's own share of the work (工作职责) is no statement of the body's functions, nor is a heading with no
    # sentence under it
    own = (leaders[0].replace("部门职能", "工作职责"), 200)
    assert "机构职能" in _missing(_site(tmp_path / "own", nav, {"jld/": own}))
    bare = (leaders[0].split("<tr><td colspan='2'>")[0] + "<tr><td>暂无</td></tr></table>", 200)
    assert "机构职能" in _missing(_site(tmp_path / "bare", nav, {"jld/": bare}))


def test_a_column_answering_public_concerns_is_no_policy_interpretation(tmp_path: Path) -> None:
    # 解读回应: its 政策解读 column shows 暂无信息, its 回应关切 column is full — answers to concerns interpret no policy
    nav = ("<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/zcjd/'>政策解读</a></li>"
           "<li><a href='/rdhy/'>回应关切</a></li></ul>")
    blank = ("<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; 政策解读</div><h1>政策解读</h1><ul class='list'>"
             "<li>暂无信息</li></ul>", 200)
    answers = ("<h1>回应关切</h1><ul class='list'>" + "".join(
        f"<li><a href='/rdhy/2020/1{i}/art_{i}.html'>{t}</a><span>2020-1{i}-05</span></li>" for i, t in enumerate((
            "城区停车难问题答复", "老旧小区加装电梯进展情况说明"))) + "</ul>", 200)
    report = _site(tmp_path / "answers", nav, {"zcjd/": blank, "rdhy/": answers})
    assert "政策解读" in _missing(report)
    # a 图解 column beside them interprets policies: the element stands
    charts = ("<h1>图解政策</h1><ul class='list'><li><a href='/tjzc/2020/11/art_3.html'>一图读懂县十四五规划纲要</a>"
              "<span>2020-11-05</span></li></ul>", 200)
    report = _site(tmp_path / "charts", nav.replace("</ul>", "<li><a href='/tjzc/'>图解政策</a></li></ul>"),
                   {"zcjd/": blank, "rdhy/": answers, "tjzc/": charts})
    assert "政策解读" not in _missing(report)


def test_a_tile_keeping_its_address_in_a_data_attribute_for_the_pages_script(tmp_path: Path) -> None:
    # a card that is no link: its address sits in data-link and the page's script opens it on click
    script = "<script>$(document).on('click', '[data-link]', function () { window.open($(this).data('link')); });</script>"
    tile = ("<div class='cards'><span class='card' data-link='http://data.example-city.gov.cn/county/'>"
            "<b>开放数据</b><i>数据目录 · 接口</i></span></div>")
    report = _site(tmp_path / "tile", "<ul class='nav'><li><a href='/'>首页</a></li></ul>", home_extra=tile + script)
    assert report["elements"]["数据开放"]["url"] == "http://data.example-city.gov.cn/county/"
    assert report["elements"]["数据开放"]["value"] == "开放数据"
    # without a script of the page reading the attribute the card opens nothing we know of
    report = _site(tmp_path / "inert", "<ul class='nav'><li><a href='/'>首页</a></li></ul>", home_extra=tile)
    assert report["elements"]["数据开放"]["url"] is None


def test_a_tile_opening_the_address_of_its_data_attribute_leads_there(tmp_path: Path) -> None:
    # tiles with no link, their address in a data attribute a script of the page opens on click (dataset.link)
    script = ("<script>document.querySelectorAll('.tile').forEach(function(t){t.onclick=function(){"
              "location.href=t.dataset.link;};});</script>")
    tiles = ("<div class='tiles'><span class='tile' data-link='/wsbs/'>网上办事</span>"
             "<span class='tile' data-link='/lyb/'>群众留言</span></div>")
    board = ("<h1>群众留言</h1><p><span class='tile' data-link='/lyb/write/'>我要留言</span></p><table>"
             "<tr><td><a href='/lyb/2020/1101.html'>小区路灯不亮</a></td><td>已回复</td><td>2020-11-03</td></tr>"
             "<tr><td><a href='/lyb/2020/1022.html'>公交站台改造</a></td><td>已回复</td><td>2020-10-25</td></tr></table>"
             + script)
    pages = {"wsbs/": ("<h1>网上办事</h1><form action='/wsbs/q'><input name='sxmc'><textarea name='bz'></textarea>"
                       "<button>查询</button></form>", 200),
             "lyb/": (board, 200),
             "lyb/write/": ("<h1>我要留言</h1><form action='/lyb/save' method='post'><textarea name='nr'></textarea>"
                            "<button>提交</button></form>", 200)}
    nav = "<ul class='nav'><li><a href='/'>首页</a></li></ul>"
    report = _site(tmp_path, nav, pages, home_extra=tiles + script)
    assert report["elements"]["办事服务"]["url"] == SEED + "wsbs/"
    assert report["elements"]["互动交流"]["present"] is True and not _vetoes(report)
    # the board's write tile leads to a suspended notice: a record of past letters, no working channel
    pages["lyb/write/"] = ("<h1>我要留言</h1><p>留言系统升级维护中，暂停受理。</p>", 200)
    report = _site(tmp_path / "closed", nav, pages, home_extra=tiles + script)
    assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report)
    # no script of the page reads the attribute: the tiles are no links we can follow
    report = _site(tmp_path / "unread", nav, home_extra=tiles)
    assert "办事服务" in _missing(report)
    assert "办事服务" not in _missing(_site(tmp_path / "read", nav, home_extra=tiles + script))


def test_a_click_handler_opening_the_elements_own_data_attribute_leads_there(tmp_path: Path) -> None:
    # no script of the page: each element's own onclick opens the address it keeps (this.dataset.url,
    # $(this).attr('data-link') on an <a href="#">, this.getAttribute('data-go') with a protocol-relative address)
    board = ("<h1>群众留言</h1><table>"
             "<tr><td><a href='/lyb/2020/1101.html'>小区路灯不亮</a></td><td>已回复</td><td>2020-11-03</td></tr>"
             "<tr><td><a href='/lyb/2020/1022.html'>公交站台改造</a></td><td>已回复</td><td>2020-10-25</td></tr></table>")
    pages = {"wsbs/": ("<h1>网上办事</h1><form action='/wsbs/q'><input name='sxmc'><textarea name='bz'></textarea>"
                       "<button>查询</button></form>", 200),
             "lyb/": (board, 200)}
    nav = ("<table class='nav'><tr><td data-url='/wsbs/' onclick='window.open(this.dataset.url)'>网上办事</td>"
           "<td><a href='#' data-link='/lyb/' onclick=\"location.href=$(this).attr('data-link');return false;\">"
           "群众留言</a></td><td data-go='//www.example-county.gov.cn/gk/' "
           "onclick=\"window.open(this.getAttribute('data-go'))\">政务公开</td></tr></table>")
    report = _site(tmp_path, nav, pages)
    assert report["elements"]["办事服务"]["url"] == SEED + "wsbs/"
    assert report["elements"]["互动交流"]["url"] == SEED + "lyb/"
    # a handler that hands the attribute to something other than a page change opens nothing we know of
    inert = nav.replace("window.open(this.dataset.url)", "showTip(this.dataset.url)").replace(
        "location.href=$(this).attr('data-link')", "copyText($(this).attr('data-link'))")
    assert {link.url for link in parse_page(inert, SEED, None, "r").links} == {"http://www.example-county.gov.cn/gk/"}
    assert {link.url for link in parse_page(nav, SEED, None, "r").links} == {
        SEED + "wsbs/", SEED + "lyb/", "http://www.example-county.gov.cn/gk/"}
    # the <a href="#"> opens its address (no placeholder of the page), and a clicked 更多 is named by its box's heading
    box = ("<div class='lm'><h4>公示公告</h4><em class='gd' data-url='/gsgg/' "
           "onclick='location.href=this.dataset.url'>更多&gt;&gt;</em></div>")
    links = {link.url: link for link in parse_page(nav + box, SEED, None, "r").links}
    assert not links[SEED + "lyb/"].placeholder and links[SEED + "gsgg/"].heading == "公示公告"


@pytest.mark.parametrize("name", ["在线客服", "政务服务问答"])
def test_a_way_to_ask_about_services_is_no_services_entry(tmp_path: Path, name: str) -> None:
    # the one link to the 政务服务网's host opens its customer-service robot: asking about services, not doing them
    nav = (f"<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/hd/'>互动交流</a></li>"
           f"<li><a href='https://zwfw.example-prov.gov.cn/robot/?area=6101'>{name}</a></li></ul>")
    report = _site(tmp_path, nav, {"hd/": ("<p>欢迎您通过县长信箱、在线咨询与我们交流，我们将在15个工作日内答复。</p>", 200)})
    assert "办事服务" in _missing(report)


def test_an_entry_page_showing_only_its_name_above_a_framed_footer_is_empty(tmp_path: Path) -> None:
    # 部门职责: under its crumb the page shows its own name and nothing else; its footer is a frame (site-wide
    # /inc/foot.shtml in <td class="bottom">) — the site's footer, not a frame showing the page's content
    framed_foot = "<table><tr><td class='bottom'><iframe src='/inc/foot.shtml' width='980'></iframe></td></tr></table>"
    nav = "<div class='menu'><a href='/'>网站首页</a> <a href='/bmzz/'>部门职责</a></div>"
    bare = (f"<html><head><title>部门职责</title></head><body>{nav}<div class='weizhi'>您现在的位置：首页 &gt;&gt; "
            f"部门职责</div><div class='zw'><div class='bt'>部门职责</div><div class='nr'> </div></div>"
            f"{framed_foot}</body></html>")
    report = _site(tmp_path / "bare", nav, {"bmzz/": (bare, 200)})
    assert "机构职能" in _missing(report)
    # the same page printing duties is no empty target
    full = bare.replace("<div class='nr'> </div>", "<div class='nr'><p>贯彻执行国家和省有关农业农村工作的方针政策，"
                        "拟订全县农业农村发展规划并组织实施。</p></div>")
    assert "机构职能" not in _missing(_site(tmp_path / "full", nav, {"bmzz/": (full, 200)}))


def test_a_link_naming_one_single_page_element_alone_is_its_entry(tmp_path: Path) -> None:
    # a sidebar's 机构概况 names the body's 概况信息 and, by its 机构, its 机构职能: a section over both; the 工作职责
    # link beside it names the 机构职能 alone and leads to the duties page itself
    nav = ("<div class='side'><ul><li><a href='/zjwj/'>机构概况</a></li><li><a href='/zjwj/gzzz.html'>工作职责</a></li>"
           "<li><a href='/zjwj/ldfg.html'>领导分工</a></li><li><a href='/hdjl/'>互动交流</a></li></ul></div>")
    duties = "<h1>工作职责</h1><p>" + "负责全县交通运输行业管理，拟订并组织实施发展规划。" * 3 + "</p>"
    overview = "<h1>机构概况</h1><ul><li><a href='/zjwj/gzzz.html'>工作职责</a></li><li><a href='/zjwj/ldfg.html'>领导分工</a></li></ul>"
    els = _site(tmp_path, nav, {"zjwj/": (overview, 200), "zjwj/gzzz.html": (duties, 200)})["elements"]
    assert els["机构职能"]["url"] == SEED + "zjwj/gzzz.html"
    assert els["概况信息"]["url"] == SEED + "zjwj/"


def test_a_document_inside_a_section_over_several_comes_before_the_section(tmp_path: Path) -> None:
    # a table of links: 走进青山 opens a folder holding 县情介绍 (the profile itself), 县政府领导 and 政府机构 — a
    # section over several single-page elements; the profile is read from the link to the page inside it
    table = ("<table class='portal'><tr><td><a href='/qsgk/index.html'>走进青山</a></td></tr>"
             "<tr><td><a href='/qsgk/xqjs/index.html'>县情介绍</a> | <a href='/qsgk/ld/index.html'>县政府领导</a> | "
             "<a href='/qsgk/zfjg/index.html'>政府机构</a></td></tr></table>")
    profile = "<h1>县情介绍</h1><p>" + "青山县地处丘陵地带，辖八镇四乡，境内河流纵横，盛产茶叶与毛竹。" * 3 + "</p>"
    els = _site(tmp_path / "section", table, {"qsgk/xqjs/index.html": (profile, 200)})["elements"]
    assert els["概况信息"]["url"] == SEED + "qsgk/xqjs/index.html"
    # a folder holding the profile alone is no section over several: the closer name stays first
    alone = table.replace("/qsgk/ld/", "/ld/").replace("/qsgk/zfjg/", "/zfjg/")
    els = _site(tmp_path / "alone", alone, {"qsgk/xqjs/index.html": (profile, 200)})["elements"]
    assert els["概况信息"]["url"] == SEED + "qsgk/index.html"


def test_a_menu_link_named_for_publishing_documents_is_the_policy_entry(tmp_path: Path) -> None:
    """The menu names the county's policy-document list 文件发布; a 规章 list sits deeper, linked from its section
    only (named 规范性文件, a word of the element): the menu's 文件发布 is the 政策文件 entry a visitor opens."""
    nav = "<div class='menu'><a href='/wjfb/'>文件发布</a><a href='/zwgk/'>政务公开</a></div>"
    row = ("<h1>{}</h1><ul class='list'><li><a href='/{}/2020/11/2{}/t1.html'>某县人民政府关于印发工作方案的通知</a>"
           "<span>2020-11-2{}</span></li></ul>")
    extra = {"wjfb/": (row.format("文件发布", "wjfb", 1, 1), 200), "zwgk/gz/": (row.format("规范性文件", "zwgk/gz", 2, 2), 200),
             "zwgk/": ("<h1>政务公开</h1><ul class='sub'><li><a href='/zwgk/gz/'>规范性文件</a></li></ul>", 200)}
    report = _site(tmp_path, nav, extra)
    assert report["elements"]["政策文件"]["url"] == SEED + "wjfb/"


def test_a_services_entry_to_a_directory_of_office_phones_offers_no_service(tmp_path: Path) -> None:
    """The menu's 便民服务 opens a page listing the county's service windows, each with its telephone number and
    room, and nothing else: no guide, no online way, no link of its own — 办事服务 is missing and service-unusable
    holds. The same directory saying the services are handled on the province's 政务服务网 names a way to do
    them: not judged missing."""
    nav = "<div class='menu'><a href='/bmfw/'>便民服务</a><a href='/xw/'>要闻</a></div>"
    offices = (("民政办", "029-86781101", "一楼3号窗口"), ("社保中心", "029-86781102", "一楼5号窗口"),
               ("不动产登记", "029-86781103", "二楼201室"), ("税务窗口", "029-86781104", "二楼203室"))
    directory = "<h1>便民服务</h1><dl class='tel'>" + "".join(
        f"<dt>{n}</dt><dd>{t}</dd><dd>{r}</dd>" for n, t, r in offices) + "</dl>"
    report = _site(tmp_path / "a", nav, {"bmfw/": (directory, 200)})
    assert "办事服务" in _missing(report) and "service-unusable" in _vetoes(report)
    online = directory + "<p>各类事项均可登录省政务服务网申请办理。</p>"
    report = _site(tmp_path / "b", nav, {"bmfw/": (online, 200)})
    assert "办事服务" not in _missing(report)


def test_a_link_named_for_the_body_s_information_leads_to_its_functions(tmp_path: Path) -> None:
    """机构信息, the 信息公开 platforms' category over a body's functions, its parts and its leaders: a link so named is
    the 机构职能 entry, and the page it opens shows the leaders too when it lists them under a heading of their own."""
    nav = ("<div class='gk-menu'><span><a href='/'>首页</a></span><span><a href='/gk/jgxx.html'>机构信息</a></span></div>")
    page = ("<div class='gk-body'><h2>机构信息</h2><dl><dt>主要职责</dt><dd>负责全县农业农村发展规划的拟订和组织实施，"
            "指导农村社会事业发展和农民增收工作。</dd><dt>内设机构</dt><dd>办公室、规划财务股、农村经济股。</dd>"
            "<dt>领导信息</dt><dd><span>局长</span></dd><dd>赵某某</dd></dl></div>", 200)
    report = _site(tmp_path, nav, {"gk/jgxx.html": page})
    assert report["elements"]["机构职能"]["url"] == SEED + "gk/jgxx.html"
    assert report["elements"]["负责人信息"]["url"] == SEED + "gk/jgxx.html"
    assert not {"机构职能", "负责人信息"} & _missing(report)


def _street_section(tmp_path: Path, title: str, column: str) -> dict:
    """A street's section on its district's 信息公开 platform (flat /col/colN/ addresses): the platform's frame (its
    menu, its top bar) around the street's own box of links."""
    host = "http://xxgk.example-qu.gov.cn"
    seed = f"{host}/col/col300/index.html"
    frame = (f"<div class='topbar'><a href='{host}/'>区政府门户</a><a href='https://www.example-zwfw.gov.cn/'>省政务服务网</a></div>"
             f"<ul class='menu'><li><a href='{host}/col/col2/index.html'>政府信息公开指南</a></li>"
             f"<li><a href='{host}/col/col3/index.html'>法定主动公开内容</a></li>"
             f"<li><a href='{host}/col/col4/index.html'>政府信息公开年报</a></li>"
             f"<li><a href='{host}/col/col9/index.html'>互动交流</a></li></ul>")
    own = (f"<div class='jd-box'><p>东湖街道办事处　地址：某区东湖路1号</p>"
           f"<a href='{host}/col/col301/index.html'>东湖街道政府信息公开指南</a>"
           f"<a href='{host}/col/col302/index.html'>东湖街道政府信息公开年报</a>"
           f"<a href='https://www.example-zwfw.gov.cn/street/index.do?area=330100001'>网上办事</a>"
           f"<a href='{host}/col/col305/index.html'>街道信箱</a></div>")
    crumb = "<div class='crumb'>当前位置：<a href='/'>首页</a> » <a href='/col/col3/index.html'>法定主动公开内容</a> » 东湖街道</div>"
    b = SnapshotBuilder(seed)
    b.page(seed, f"<html><head><title>{title}</title><meta name='SiteName' content='某区人民政府'>{column}</head>"
                 f"<body>{frame}{crumb}{own}{FOOTER}</body></html>", depth=0)
    b.page(f"{host}/col/col2/index.html", "<html><head><title>政府信息公开指南-某区政府信息公开</title></head><body>"
           f"{frame}<h1>某区人民政府政府信息公开指南</h1><p>为了更好地提供政府信息公开服务，特编制本指南。</p>{FOOTER}</body></html>")
    b.page(f"{host}/col/col301/index.html", "<html><head><title>政府信息公开指南-东湖街道-某区政府信息公开</title></head>"
           f"<body>{frame}<h1>东湖街道政府信息公开指南</h1><p>本街道政府信息公开的范围、方式和程序如下。</p>{FOOTER}</body></html>")
    b.page(f"{host}/col/col302/index.html", "<html><head><title>政府信息公开年报-东湖街道-某区政府信息公开</title></head>"
           f"<body>{frame}<ul><li><a href='{host}/art/2025/1/20/art_302_1.html'>东湖街道2024年政府信息公开工作年度报告</a>"
           f"<span>2025-01-20</span></li></ul>{FOOTER}</body></html>")
    b.page(f"{host}/col/col305/index.html", "<html><head><title>街道信箱-东湖街道-某区政府信息公开</title></head><body>"
           f"{frame}<form action='/col/col305/save' method='post'><input name='title'><textarea name='content'></textarea>"
           f"<button>提交</button></form>{FOOTER}</body></html>")
    # (the district's own 互动交流 page, read and working too: which of the two is named is the frame's question alone)
    b.page(f"{host}/col/col9/index.html", "<html><head><title>互动交流-某区政府信息公开</title></head><body>"
           f"{frame}<form action='/col/col9/save' method='post'><input name='title'><textarea name='content'></textarea>"
           f"<button>提交</button></form>{FOOTER}</body></html>")
    return run_checks(load_snapshot(b.write(tmp_path)), dt.date(2025, 6, 1))


def test_a_section_of_a_larger_site_is_entered_by_its_own_links_before_the_frames(tmp_path: Path) -> None:
    """A street's section on its district's platform (the homepage names itself 东湖街道 inside 某区人民政府's frame): its
    own 指南, 年报 list, 信箱 and its page on the province's service platform are its entries, not the platform's menu
    (the district's 指南, 年报, 互动交流) or the service platform's front page; the page the platform files under its
    法定主动公开内容 as the street's is the street's 目录."""
    host = "http://xxgk.example-qu.gov.cn"
    report = _street_section(tmp_path / "street", "东湖街道-某区政府信息公开", "")
    got = {el: report["elements"][el]["url"] for el in
           ("政府信息公开指南", "政府信息公开目录", "政府信息公开年报", "办事服务", "互动交流")}
    assert got == {"政府信息公开指南": f"{host}/col/col301/index.html",
                   "政府信息公开目录": f"{host}/col/col300/index.html",
                   "政府信息公开年报": f"{host}/col/col302/index.html",
                   "办事服务": "https://www.example-zwfw.gov.cn/street/index.do?area=330100001",
                   "互动交流": f"{host}/col/col305/index.html"}
    # the platform's own front page (named for no place inside the district's): its menu's entries come first
    report = _street_section(tmp_path / "platform", "某区政府信息公开", "<meta name='ColumnName' content='首页'>")
    assert report["elements"]["政府信息公开指南"]["url"] == f"{host}/col/col2/index.html"
    assert report["elements"]["政府信息公开目录"]["url"] == f"{host}/col/col3/index.html"
    assert report["elements"]["互动交流"]["url"] == f"{host}/col/col9/index.html"


def test_an_image_map_s_areas_are_entries_named_by_alt_or_title(tmp_path: Path) -> None:
    # a banner picture cut into clickable areas (<map><area>): each area is a link a visitor clicks, named by its
    # alt (网上办事) or, without one, its title (县长信箱); an area naming nothing names no entry
    nav = "<ul class='nav'><li><a href='/'>首页</a></li></ul>"
    banner = ("<div class='tj'><img src='/img/tj.jpg' usemap='#tj' alt='专题入口'><map name='tj'>"
              "<area shape='rect' coords='0,0,300,90' href='https://zwfw.example.gov.cn/xian/' alt='网上办事'>"
              "<area shape='rect' coords='300,0,600,90' href='/hd/xzxx/' title='县长信箱'>"
              "<area shape='rect' coords='600,0,900,90' href='/ld/'></map></div>")
    box = ("<h1>县长信箱</h1><form action='/hd/xzxx/send.do' method='post'><input name='bt'><textarea name='nr'>"
           "</textarea><button type='submit'>提交</button></form>", 200)
    report = _site(tmp_path, nav, {"hd/xzxx/": box}, home_extra=banner)
    els = report["elements"]
    assert els["办事服务"]["url"] == "https://zwfw.example.gov.cn/xian/"
    assert els["互动交流"]["url"] == SEED + "hd/xzxx/"
    assert "负责人信息" in _missing(report)   # (the nameless area to /ld/ names nothing)


def test_a_catalogue_in_numbered_sibling_folders_is_the_catalogue(tmp_path: Path) -> None:
    # a platform filing every column in a numbered folder of its own: 政务公开 → /col/col500/ whose own links go to
    # its numbered siblings /col/col501/ (公开指南), /col/col502/ (部门职能), /col/col503/ (规范性文件) — the catalogue
    nav = "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/col/col500/index.html'>政务公开</a></li></ul>"
    hub = ("<h1>政务公开</h1><ul class='gkml'><li><a href='/col/col501/index.html'>公开指南</a></li>"
           "<li><a href='/col/col502/index.html'>部门职能</a></li><li><a href='/col/col503/index.html'>规范性文件</a></li>"
           "</ul>", 200)
    report = _site(tmp_path / "own", nav, {"col/col500/index.html": hub})
    assert report["elements"]["政府信息公开目录"]["url"] == SEED + "col/col500/index.html"
    # the same links in the menu every page carries are the site's menu, no catalogue of that page; nor do
    # numbered folders of another kind (/art/…) count
    menu = nav.replace("</ul>", "<li><a href='/col/col501/index.html'>公开指南</a></li><li><a href='/col/col502/"
                                "index.html'>部门职能</a></li><li><a href='/col/col503/index.html'>规范性文件</a></li></ul>")
    assert "政府信息公开目录" in _missing(_site(tmp_path / "menu", menu, {"col/col500/index.html": hub}))
    other = (hub[0].replace("/col/col50", "/art/art50"), 200)
    assert "政府信息公开目录" in _missing(_site(tmp_path / "other", nav, {"col/col500/index.html": other}))


def test_a_link_the_homepage_gives_under_several_names_opens_a_section_not_the_guide(tmp_path: Path) -> None:
    """The homepage's 信息公开 box offers 公开指南, 公开制度 and 公开年报 icons that all open the 信息公开 page; that page
    links 政府信息公开指南 to the guide itself: the guide is the entry's target, not the section the icons share. A
    公开指南 link of its own to the section page stays the entry."""
    box = "".join(f"<a href='/xxgk/index.jhtml'><img src='/i/{i}.png'>{n}</a>" for i, n in enumerate(
        ("公开指南", "公开制度", "公开年报")))
    section = ("<h1>信息公开</h1><ul class='gkdh'><li><a href='/xxgk/gkzn/index.jhtml'>政府信息公开指南</a></li>"
               "<li><a href='/xxgk/gkzd/index.jhtml'>政府信息公开制度</a></li><li><a href='/xxgk/jgzn/'>机构职能</a></li></ul>")
    guide = "<h1>政府信息公开指南</h1><p>" + "为了更好地提供政府信息公开服务，特编制本指南。" * 4 + "</p>"
    extra = {"xxgk/index.jhtml": (section, 200), "xxgk/gkzn/index.jhtml": (guide, 200)}
    els = _site(tmp_path, f"<div class='gk'>{box}</div>", extra)["elements"]
    assert els["政府信息公开指南"]["url"] == SEED + "xxgk/gkzn/index.jhtml"
    own = "<div class='gk'><a href='/xxgk/index.jhtml'>公开指南</a></div>"
    els = _site(tmp_path / "own", own, extra)["elements"]
    assert els["政府信息公开指南"]["url"] == SEED + "xxgk/index.jhtml"


def test_a_page_whose_own_menu_names_it_the_catalogue_is_the_catalogue(tmp_path: Path) -> None:
    """The 政务公开 page the menu opens lists the disclosure links, one of them — 政府信息公开目录 — to that very page by
    its address (the menu's current item): the page is the catalogue, as its title would make it. Without that link,
    or with a placeholder `./` for it, nothing names a catalogue."""
    def gk(itself: str) -> str:
        return ("<h1>政务公开</h1><table class='gkdh'><tr><td><a href='/zwgk/gkzn.html'>政府信息公开指南</a></td>"
                f"{itself}<td><a href='/ndbg/list.html'>政府信息公开年报</a></td></tr></table>")
    nav = "<ul class='menu'><li><a href='/zwgk/'>政务公开</a></li></ul>"
    report = _site(tmp_path, nav, {"zwgk/": (gk("<td><a href='/zwgk/index.html'>政府信息公开目录</a></td>"), 200)})
    assert report["elements"]["政府信息公开目录"]["url"] == SEED + "zwgk/index.html"
    report = _site(tmp_path / "none", nav, {"zwgk/": (gk(""), 200)})
    assert "政府信息公开目录" in _missing(report)
    # a placeholder a template leaves (`./`) names no page
    report = _site(tmp_path / "placeholder", nav, {"zwgk/": (gk("<td><a href='./'>政府信息公开目录</a></td>"), 200)})
    assert "政府信息公开目录" in _missing(report)


def test_a_hotline_in_a_friendly_links_block_does_not_stand_in_for_the_site_s_failing_channel(tmp_path: Path) -> None:
    """The menu's 在线咨询 page says it does not exist; the homepage's 友情链接 block lists the city's 12345 platform
    beside the province's portal (its address written without a path): that is another website the block names, not
    the county's channel — 互动交流 is missing and the veto stands. The same platform as a link of the site's own (a
    tile of the homepage) is the channel; and the block's link leaves the channel alone when the site's own works."""
    nav = "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/zxzx/'>在线咨询</a></li></ul>"
    links = ("<div class='yqlj'><span>友情链接：</span><a href='http://www.sx.gov.cn'>省人民政府</a> "
             "<a href='http://12345.example-city.gov.cn'>市12345政务服务热线</a></div>")
    gone = {"zxzx/": ("<html><body>Not Found</body></html>", 404)}
    report = _site(tmp_path / "block", nav, gone, home_extra=links)
    assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report)
    tile = "<div class='rk'><a href='http://12345.example-city.gov.cn'>12345网上诉求</a></div>"
    report = _site(tmp_path / "tile", nav, gone, home_extra=tile)
    assert "互动交流" not in _missing(report) and "interaction-poor" not in _vetoes(report)
    board = {"zxzx/": ("<h1>在线咨询</h1><form action='/zxzx/save' method='post'><textarea name='nr'></textarea>"
                       "<button>提交</button></form>", 200)}
    report = _site(tmp_path / "own", nav, board, home_extra=links)
    assert report["elements"]["互动交流"]["url"] == SEED + "zxzx/"


def test_a_profile_published_as_an_article_presenting_the_leaders_shows_them(tmp_path: Path) -> None:
    # 局情简介 kept as an article (byline with its date): its 局领导 block naming each post is read in the article's
    # body as on a plain page
    nav = "<div id='menu'><a href='/'>首页</a> · <a href='/content.jsp?id=31'>局情简介</a></div>"

    def article(text: str) -> tuple[str, int]:
        return ("<html><head><title>局情简介_某县林业局</title><meta name='PubDate' content='2021-04-12'></head>"
                f"<body>{nav}<div class='article'><h1>局情简介</h1><div class='info'>发布时间：2021-04-12　来源：办公室"
                f"</div><div class='txt'><p>某县林业局是县政府工作部门。</p>{text}</div></div>{FOOTER}</body></html>", 200)

    leaders = "<h4>局领导</h4><p>蓝某某</p><p>党组书记、局长</p><p>覃某</p><p>副局长</p>"
    report = _site(tmp_path / "leaders", nav, {"content.jsp?id=31": article(leaders)})
    assert report["elements"]["负责人信息"]["url"] == SEED + "content.jsp?id=31"
    # the same article saying only its history shows none
    history = "<p>林业局组建于1984年，2019年机构改革后保留。</p>"
    assert "负责人信息" in _missing(_site(tmp_path / "history", nav, {"content.jsp?id=31": article(history)}))


def test_a_numbered_section_naming_the_leaders_shows_them(tmp_path: Path) -> None:
    # a 街道概况 page in numbered sections (1. 辖区概况 … 3. 班子成员): the numbered heading names the leaders
    nav = "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/jdgk.html'>街道概况</a></li></ul>"
    about = ("<h1>街道概况</h1><h3>1. 辖区概况</h3><p>某街道位于城区中部，面积6.2平方公里，辖8个社区。</p>"
             "<h3>3. 班子成员</h3><div class='row'><span>邓某某</span><span>党工委书记</span></div>"
             "<div class='row'><span>农某</span><span>办事处主任</span></div>", 200)
    report = _site(tmp_path / "numbered", nav, {"jdgk.html": about})
    assert report["elements"]["负责人信息"]["url"] == SEED + "jdgk.html"
    # a numbered section that only speaks of the leadership in a sentence shows no leader
    said = about[0].replace("<div class='row'><span>邓某某</span><span>党工委书记</span></div>"
                            "<div class='row'><span>农某</span><span>办事处主任</span></div>",
                            "<p>街道党工委统一领导辖区各项工作，办事处主任办公会每周召开。</p>")
    assert "负责人信息" in _missing(_site(tmp_path / "said", nav, {"jdgk.html": (said, 200)}))


def test_leaders_listed_on_a_linked_organisation_page_show_them_when_their_own_entry_is_broken(tmp_path: Path) -> None:
    # the menu's 领导成员 answers 404, while the 政务公开 block links 机构信息 to a page whose body lists the leaders
    # under a 领导成员 heading (the menu's link name, but the page's own text here): the leaders are shown there
    nav = ("<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/znjg/'>职能机构</a></li>"
           "<li><a href='/ldcy/'>领导成员</a></li></ul>")
    block = "<div class='gk'><a href='/gk/jgxx/'>机构信息</a><a href='/gk/zn/'>公开指南</a></div>"
    duties = ("<h1>职能机构</h1><p>主要职责：负责全县交通运输行业管理，组织实施公路建设养护。</p>", 200)
    gone = ("<html><head><title>404</title></head><body>页面不存在</body></html>", 404)
    roster = ("<h1>机构信息</h1><p>单位名称：某县交通运输局</p><h3>领导成员</h3><table><tr><th>姓名</th><th>职务</th></tr>"
              "<tr><td>莫某某</td><td>党组书记、局长</td></tr><tr><td>黎某</td><td>副局长</td></tr></table>", 200)
    pages = {"znjg/": duties, "ldcy/": gone, "gk/jgxx/": roster}
    report = _site(tmp_path / "roster", nav, pages, home_extra=block)
    assert report["elements"]["负责人信息"]["url"] == SEED + "gk/jgxx/"
    # the same page giving only the body's name and address leaves the leaders missing
    plain = ("<h1>机构信息</h1><p>单位名称：某县交通运输局</p><p>办公地址：某县城南路18号</p>", 200)
    assert "负责人信息" in _missing(_site(tmp_path / "plain", nav, {**pages, "gk/jgxx/": plain}, home_extra=block))


def test_a_disclosure_hub_with_a_box_previewing_a_sub_list_is_still_the_catalogue(tmp_path: Path) -> None:
    # 政府信息公开 → a page of category links beside a 政策解读 box of two dated rows whose 更多 opens that list: the
    # rows preview a list below it, the page is no list of its own — still the catalogue a visitor browses
    nav = "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/zfxxgk/'>政府信息公开</a></li></ul>"

    def hub(rows_in: str, more: str) -> tuple[str, int]:
        return ("<h1>政府信息公开</h1><div class='cats'><a href='/zfxxgk/zn/'>公开指南</a>"
                "<a href='/zfxxgk/jgzn/'>部门职能</a><a href='/zfxxgk/gfxwj/'>规范性文件</a></div>"
                f"<div class='box'><h3>政策解读</h3>{more}<ul>"
                f"<li><a href='{rows_in}202011/t20201120_5.html'>《某县农村人居环境整治方案》解读</a><span>2020-11-20</span></li>"
                f"<li><a href='{rows_in}202011/t20201102_3.html'>《某县养老服务补贴办法》政策问答</a><span>2020-11-02</span></li>"
                "</ul></div>", 200)

    report = _site(tmp_path / "box", nav, {"zfxxgk/": hub("/zfxxgk/zcjd/", "<a class='more' href='/zfxxgk/zcjd/'>更多</a>")})
    assert report["elements"]["政府信息公开目录"]["url"] == SEED + "zfxxgk/"
    # the same rows filed in the page's own folder, paged through: a list of dated documents, no catalogue
    listed = hub("/zfxxgk/", "") [0] + "<div class='page'>共3页 <a href='/zfxxgk/index_1.html'>下一页</a></div>"
    assert "政府信息公开目录" in _missing(_site(tmp_path / "list", nav, {"zfxxgk/": (listed, 200)}))
