"""Whether a 办事服务 or 互动交流 entry works, in the ways a real one fails: an error status, a 200 page saying it is
an error, an empty template, a link back to the homepage or nowhere, a redirect ending in an error, a platform that
does not answer, a login wall, an empty message list, a menu only a script opens. A failed entry is missing (and
vetoes); where the crawl cannot tell, the entry is not measured, never missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder
from .test_entries import AS_OF, FOOTER, NEWS, SEED, _missing, _site, _vetoes

NAV = ("<div class='menu'><a href='/'>网站首页</a> <a href='/zwdt/'>政务动态</a> <a href='/wsbs/'>网上办事</a> "
       "<a href='/gzcy/'>公众参与</a></div>")
HD = ("<h1>公众参与</h1><form action='/gzcy/save' method='post'><input name='bt'><textarea name='nr'></textarea>"
      "<button>提交</button></form>", 200)
HALL = ("<h1>网上办事</h1><ul class='fw'><li><a href='https://zwfw.example-prov.gov.cn/county/gr/'>个人办事</a></li>"
        "<li><a href='https://zwfw.example-prov.gov.cn/county/fr/'>法人办事</a></li></ul>", 200)


def _services(tmp_path: Path, body: str, status: int = 200) -> dict:
    return _site(tmp_path, NAV, {"wsbs/": (body, status), "gzcy/": HD})


def _unusable(report: dict) -> bool:
    return "办事服务" in _missing(report) and "service-unusable" in _vetoes(report)


@pytest.mark.parametrize("status", [404, 410, 500, 502])
def test_an_entry_answering_an_error_status_is_missing(tmp_path: Path, status: int) -> None:
    report = _services(tmp_path, "<html><head><title>Error</title></head><body><h1>Error</h1></body></html>", status)
    assert _unusable(report)
    assert f"HTTP {status}" in next(v["reason"] for v in report["vetoes"] if v["rule"] == "service-unusable")


def test_an_unusable_entry_is_reported_as_not_working_never_as_not_there(tmp_path: Path) -> None:
    """The operator sees 网上办事 on the homepage: the finding says the entry does not work and why."""
    report = _services(tmp_path, "<html><head><title>Error</title></head><body><h1>Error</h1></body></html>", 404)
    message = next(f["message"] for f in report["findings"]
                   if f["check"] == "missing-element" and f["element"] == "办事服务")
    assert message == "「办事服务」入口不可用：入口链接无法访问（HTTP 404 页面不存在）"


@pytest.mark.parametrize("says", [
    "<h2>404</h2><p>抱歉，您访问的页面不存在或已被删除！</p><a href='/'>返回首页</a>",
    "<div class='err'><img src='/img/wh.png' alt=''><p>系统维护中，请稍后再访问。</p></div>",
    "<p class='tip'>访问出错了！请检查网址是否正确。</p>",
    "<div class='box'><h3>此路不通！</h3><p>抱歉，您访问的页面地址有误。</p><p>您可以：<a href='/'>返回首页</a></p></div>",
    "<div class='wh'><h2>平台正在进行维护升级，请稍后再试。</h2></div>",
    # the CMS's "no such column" answer (the column was deleted in a rebuild), not only "no such page"
    "<table class='msg'><tr><td>温馨提示</td></tr><tr><td>对不起，您要访问的栏目已失效！<br>"
    "<a href='javascript:history.back()'>返回上一页</a></td></tr></table>",
    "<div class='tips'><span>您访问的网页已被删除。</span></div>",
    # the playful and the terse 404 templates of real CMSs
    "<div class='e404'><h2>哎呀，页面走丢了~</h2><p><a href='/'>返回首页</a></p></div>",
    "<p>对不起，您所请求的网页不存在或已被删除。</p>",
    "<p>很抱歉，找不到您要找的页面。</p>",
    "<p>该链接已失效。</p>",
    "<p>抱歉！页面暂时无法访问</p>",
    # a CMS's answer for a tool or board it no longer has (going back by script after a few seconds)
    "<center><font color='red'>您来自的链接不存在！</font></center><script>setTimeout('history.back()',2000);</script>",
    "<p>提示：您访问的链接不存在，<a href='javascript:history.back()'>点此返回</a></p>",
    # a server's own error page answered with 200 behind a proxy
    "<h1>HTTP Status 500 – Internal Server Error</h1>",
    "<h1>502 Bad Gateway</h1><hr><center>nginx</center>",
    "<p>The requested URL was not found on this server.</p>",
])
def test_an_entry_to_a_page_answering_200_that_says_it_is_an_error_is_missing(tmp_path: Path, says: str) -> None:
    assert _unusable(_services(tmp_path, f"<html><head><title>提示信息</title></head><body>{says}</body></html>"))


def test_a_long_service_hall_mentioning_maintenance_is_no_error_page(tmp_path: Path) -> None:
    # a working hall that announces a maintenance window among its service links is a working entry
    hall = ("<h1>网上办事</h1><p>公告：12月5日22:00至24:00系统维护，期间暂停申报。</p><ul class='fw'>" + "".join(
        f"<li><a href='https://zwfw.example.cn/item/{i}'>{name}</a></li>" for i, name in enumerate(
            ("医师执业注册", "护士执业注册", "母婴保健技术服务执业许可", "放射诊疗许可", "公共场所卫生许可",
             "饮用水供水单位卫生许可", "医疗机构执业登记", "消毒产品生产企业卫生许可"))) + "</ul>")
    report = _services(tmp_path, hall)
    assert "办事服务" not in _missing(report) and "service-unusable" not in _vetoes(report)


def test_an_entry_to_an_empty_template_whose_footer_a_script_writes_is_missing(tmp_path: Path) -> None:
    # 网上办事 → the site's header and menu, a crumb, an empty panel, and a footer block holding only the script
    # that writes it: nothing between the crumb and the end of the page
    shell = ("<html><head><title>网上办事</title><script src='/js/common/jquery-1.8.3.min.js'></script></head><body>"
             f"{NAV}<div class='position'>您现在的位置：<a href='/'>首页</a> &gt; 网上办事</div>"
             "<div class='content'><div class='con-right'></div></div>"
             "<div class='copyright'><script type='text/javascript' src='/include/js/c2019.js'></script></div>"
             "</body></html>")
    assert _unusable(_services(tmp_path / "shell", shell))
    # the same page whose panel a script of its own (outside the footer) may fill: not measured, no veto
    filled = shell.replace("<div class='con-right'></div>",
                           "<div class='con-right'></div><script src='/js/bsfw-list.js'></script>")
    report = _services(tmp_path / "filled", filled)
    assert "办事服务" not in _missing(report) and "service-unusable" not in _vetoes(report)


@pytest.mark.parametrize("href", ["/", SEED, "./"])
def test_an_entry_linking_back_to_the_homepage_is_no_entry(tmp_path: Path, href: str) -> None:
    # 网上办事 whose href is the homepage (a placeholder the CMS left): no 办事服务 at all
    report = _site(tmp_path, NAV.replace("'/wsbs/'", f"'{href}'"), {"gzcy/": HD})
    assert _unusable(report)


@pytest.mark.parametrize("href", ["#", "javascript:void(0)", "javascript:;"])
def test_an_entry_going_nowhere_by_itself_is_not_measured(tmp_path: Path, href: str) -> None:
    # a menu item whose link goes nowhere by itself: a script of the page's own (its menu.js) bound to it may open
    # the service hall, unseen (on a page running no script of its own, a bare javascript: link opens nothing:
    # test_local_column_names)
    nav = NAV.replace("'/wsbs/'", f"'{href}'") + "<script src='/js/menu.js'></script>"
    report = _site(tmp_path, nav, {"gzcy/": HD})
    assert report["elements"]["办事服务"]["measured"] is False
    assert "service-unusable" not in _vetoes(report)


def test_a_redirect_ending_in_an_error_is_a_broken_entry(tmp_path: Path) -> None:
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某县人民政府</title></head><body>{NAV}{NEWS}{FOOTER}</body></html>", depth=0)
    b.page(SEED + "wsbs/", "<html><body><h1>404 Not Found</h1><hr>nginx</body></html>", status=404,
           final_url=SEED + "error/404.html")
    b.page(SEED + "gzcy/", f"<html><head><title>公众参与</title></head><body>{NAV}{HD[0]}{FOOTER}</body></html>")
    assert _unusable(run_checks(load_snapshot(b.write(tmp_path / "404")), AS_OF))
    # a redirect ending on a 200 page that says the page is gone
    b.fetches[1] = b.fetches[1].__class__(
        SEED + "wsbs/", "<html><head><title>页面不存在</title></head><body><p>您访问的页面不存在</p></body></html>",
        final_url=SEED + "404.html")
    assert _unusable(run_checks(load_snapshot(b.write(tmp_path / "soft")), AS_OF))


@pytest.mark.parametrize("jump", [
    "<script>setTimeout(function(){ top.location.href = 'http://bs.xian.gov.cn/hall/'; }, 0);</script>",
    "<meta http-equiv='refresh' content='0;url=http://bs.xian.gov.cn/hall/'>",
])
def test_a_jump_page_is_judged_by_where_it_lands(tmp_path: Path, jump: str) -> None:
    """网上办事 opens a page whose only job is to send the visitor on to the old hall's host: the entry works as
    that host does — a 404 there is a broken entry; a working hall, or a host the crawl did not reach, is not."""
    def report(hall: tuple[str, int] | None, sub: str) -> dict:
        b = SnapshotBuilder(SEED)
        b.page(SEED, f"<html><head><title>某县人民政府</title></head><body>{NAV}{NEWS}{FOOTER}</body></html>", depth=0)
        b.page(SEED + "wsbs/", f"<html><head><title>网上办事</title>{jump}</head><body></body></html>")
        b.page(SEED + "gzcy/", f"<html><head><title>公众参与</title></head><body>{NAV}{HD[0]}{FOOTER}</body></html>")
        if hall is not None:
            b.page("http://bs.xian.gov.cn/hall/", hall[0], status=hall[1], kind="external")
        return run_checks(load_snapshot(b.write(tmp_path / sub)), AS_OF)

    gone = report(("<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1></body></html>", 404),
                  "404")
    assert _unusable(gone)
    assert "bs.xian.gov.cn/hall/" in next(f["message"] for f in gone["findings"] if f.get("element") == "办事服务")
    for hall, sub in ((HALL, "hall"), (None, "unfetched")):
        works = report(hall if hall is None else (f"<html><head><title>网上办事大厅</title></head><body>{hall[0]}"
                                                  "</body></html>", 200), sub)
        assert "办事服务" not in _missing(works) and "service-unusable" not in _vetoes(works)


def test_a_jump_only_some_visitors_take_is_not_followed(tmp_path: Path) -> None:
    # the location change sits in a branch (a phone's, or one the reader cannot judge): where a desktop visitor
    # lands is not known, so a dead mobile host says nothing of the entry
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某县人民政府</title></head><body>{NAV}{NEWS}{FOOTER}</body></html>", depth=0)
    b.page(SEED + "wsbs/", "<html><head><title>网上办事</title><script>if (isMobile()) { window.location.replace("
                           "'http://m.xian.gov.cn/bs/'); }</script></head><body></body></html>")
    b.page(SEED + "gzcy/", f"<html><head><title>公众参与</title></head><body>{NAV}{HD[0]}{FOOTER}</body></html>")
    b.page("http://m.xian.gov.cn/bs/", "<html><body><h1>404 Not Found</h1></body></html>", status=404,
           kind="external")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert "service-unusable" not in _vetoes(report)


@pytest.mark.parametrize("error", ["dns", "connect", "timeout", "tls"])
def test_a_platform_host_that_does_not_answer_is_not_judged(tmp_path: Path, error: str) -> None:
    nav = NAV.replace("/wsbs/", "https://zwfw.example-prov.gov.cn/county/")
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某县人民政府</title></head><body>{nav}{NEWS}{FOOTER}</body></html>", depth=0)
    b.page(SEED + "gzcy/", f"<html><head><title>公众参与</title></head><body>{nav}{HD[0]}{FOOTER}</body></html>")
    b.page("https://zwfw.example-prov.gov.cn/county/", kind="external", error=error)
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert "办事服务" not in _missing(report) and "service-unusable" not in _vetoes(report)


def test_a_login_wall_is_a_working_entry(tmp_path: Path) -> None:
    # real service halls and message boards ask visitors to sign in first: the channel works
    wall = ("<h1>网上办事</h1><form action='/sso/login' method='post'><label>用户名</label><input name='u'>"
            "<label>密码</label><input type='password' name='p'><button>登录</button></form>")
    report = _services(tmp_path, wall)
    assert "办事服务" not in _missing(report) and "service-unusable" not in _vetoes(report)


def test_a_letter_box_with_an_empty_published_list_and_a_form_works(tmp_path: Path) -> None:
    # 局长信箱: no letter published yet (暂无信件) but a 我要写信 link to the form: the channel works
    box = ("<h1>局长信箱</h1><a href='/gzcy/xx/write.html' class='btn'>我要写信</a><table class='xjlb'>"
           "<tr><th>标题</th><th>来信时间</th><th>状态</th></tr><tr><td colspan='3'>暂无信件</td></tr></table>")
    form = ("<html><head><title>我要写信</title></head><body>" + NAV + "<form method='post'><input name='bt'>"
            "<textarea name='nr'></textarea><button>提交</button></form>" + FOOTER + "</body></html>")
    report = _site(tmp_path, NAV.replace("公众参与", "局长信箱"), {"gzcy/": (box, 200), "gzcy/xx/write.html": (form, 200),
                                                             "wsbs/": HALL})
    assert "互动交流" not in _missing(report) and "interaction-poor" not in _vetoes(report)


def test_a_channel_hub_whose_every_channel_fails_is_missing(tmp_path: Path) -> None:
    # 公众参与 → a hub of channel buttons; 局长信箱 answers 404 and 在线咨询 a page saying it does not exist
    hub = ("<h1>公众参与</h1><p>欢迎您参与我局工作，提出意见建议。</p><div class='rk'>"
           "<a href='/gzcy/jzxx/'><img src='/img/jzxx.png' alt='局长信箱'></a>"
           "<a href='/gzcy/zxzx/'><img src='/img/zxzx.png' alt='在线咨询'></a></div>", 200)
    gone = ("<html><head><title>提示</title></head><body><p>您访问的页面不存在！</p></body></html>", 200)
    dead = {"gzcy/": hub, "gzcy/jzxx/": ("<html><body>Not Found</body></html>", 404), "gzcy/zxzx/": gone,
            "wsbs/": HALL}
    report = _site(tmp_path / "dead", NAV, dead)
    assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report)
    # one channel the crawl did not fetch may work: the hub is not judged against the site
    report = _site(tmp_path / "unseen", NAV, {**dead, "gzcy/": (hub[0].replace("/gzcy/zxzx/", "/gzcy/zxzx/list/"), 200)})
    assert "互动交流" not in _missing(report) and "interaction-poor" not in _vetoes(report)
    # one channel that works: the hub works
    report = _site(tmp_path / "works", NAV, {**dead, "gzcy/zxzx/": HD})
    assert "互动交流" not in _missing(report) and "interaction-poor" not in _vetoes(report)


def test_a_letter_box_with_an_empty_list_and_a_write_button_a_script_opens_is_not_missing(tmp_path: Path) -> None:
    # 局长信箱: 暂无信件, and a 我要写信 button that opens the letter form by script: the channel may well work
    box = ("<h1>局长信箱</h1><a href='javascript:void(0)' onclick='openForm()' class='btn'>我要写信</a><table class='xjlb'>"
           "<tr><th>标题</th><th>来信时间</th><th>状态</th></tr><tr><td colspan='3'>暂无信件</td></tr></table>"
           "<script src='/js/letter.js'></script>")
    report = _site(tmp_path, NAV.replace("公众参与", "局长信箱"), {"gzcy/": (box, 200), "wsbs/": HALL})
    assert "互动交流" not in _missing(report) and "interaction-poor" not in _vetoes(report)


def test_an_error_message_inside_the_site_template_is_an_error_page(tmp_path: Path) -> None:
    # the CMS serves its 404 inside the full template (a long menu and footer): the message is all the page's own
    menu = "".join(f"<li><a href='/lm{i}/'>栏目名称{i}</a></li>" for i in range(40))
    nav = NAV.replace("</div>", f"<ul class='sub'>{menu}</ul></div>")
    gone = ("<div class='pos'>当前位置：<a href='/'>首页</a></div><div class='err'><h3>抱歉，您访问的页面不存在或已被删除！</h3>"
            "<p>您可以<a href='/'>返回首页</a>继续浏览。</p></div>", 200)
    other = ("<h1>工作简报</h1><p>本栏目刊载我局工作简报，供社会各界了解工作进展。</p>", 200)
    report = _site(tmp_path / "gone", nav, {"wsbs/": gone, "gzcy/": HD, "lm1/": other, "lm2/": other})
    assert _unusable(report)
    # a hall listing a few services of its own under 更多服务敬请期待 is no error page
    hall = ("<div class='pos'>当前位置：<a href='/'>首页</a></div><h1>网上办事</h1><ul><li><a href='/wsbs/yszc/'>"
            "医师执业注册</a></li><li><a href='/wsbs/hszc/'>护士执业注册</a></li></ul><p>更多服务，敬请期待。</p>", 200)
    report = _site(tmp_path / "hall", nav, {"wsbs/": hall, "gzcy/": HD, "lm1/": other, "lm2/": other})
    assert "办事服务" not in _missing(report) and "service-unusable" not in _vetoes(report)


def test_a_write_button_that_only_shows_a_message_opens_nothing(tmp_path: Path) -> None:
    # 县长信箱 → no letter, and 写信 only pops up "系统升级中，暂停受理": no working channel
    for where, button in (("href", "<a href=\"javascript:alert('系统升级中，暂停受理来信！')\">写信</a>"),
                          ("onclick", "<a href='#' onclick=\"alert('暂停使用，敬请谅解');return false;\">"
                                      "<img src='/i/xx.png' alt='我要写信'></a>")):
        box = ("<div class='wz'>当前位置：<a href='/'>首页</a> &gt; <a href='#'>县长信箱</a></div>" + button +
               "<ul class='xj'><li>暂无信件</li></ul>")
        report = _site(tmp_path / where, NAV.replace("公众参与", "县长信箱"), {"gzcy/": (box, 200), "wsbs/": HALL})
        assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report), where
    # the homepage's 网上办事 that only pops up "栏目建设中": no entry, so no 办事服务
    nav = NAV.replace("href='/wsbs/'", "href=\"javascript:alert('栏目建设中，敬请期待！');\"")
    assert _unusable(_site(tmp_path / "home", nav, {"gzcy/": HD}))


def test_a_channel_page_saying_it_takes_nothing_in_is_no_working_channel(tmp_path: Path) -> None:
    # 在线咨询 → the site's template around one short notice: the channel stopped taking questions, no form
    nav = NAV.replace("公众参与", "在线咨询")
    notice = ("<div class='dqwz'>您现在的位置：<a href='/'>首页</a> &gt; 在线咨询</div><div class='zx'><h3>在线咨询</h3>"
              "<p>在线咨询系统迁移期间停止受理网民咨询，迁移完成后将另行公告。</p></div>"
              # the 找错 badge of the rendered page carries this page's address: still the template's
              "<div class='ft'><a href='https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=6101000001&amp;"
              "url=http%3A%2F%2Fwww.xian.gov.cn%2Fgzcy%2F'>政府网站找错</a></div>", 200)
    report = _site(tmp_path / "stopped", nav, {"gzcy/": notice, "wsbs/": HALL})
    assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report)
    # the same notice above the channel's form: the form still takes questions
    form = (notice[0] + "<form action='/gzcy/save' method='post'><textarea name='nr'></textarea><button>提交</button>"
            "</form>", 200)
    report = _site(tmp_path / "form", nav, {"gzcy/": form, "wsbs/": HALL})
    assert "互动交流" not in _missing(report) and "interaction-poor" not in _vetoes(report)


def test_an_empty_entry_page_that_sends_only_phones_elsewhere_is_empty(tmp_path: Path) -> None:
    # 网上办事 → 暂无信息 under the crumb; its head sends phones to the mobile site: a desktop visitor stays there
    jump = ("<script>var ua = navigator.userAgent.toLowerCase();\n"
            "if (ua.indexOf('iphone') > -1 || ua.indexOf('android') > -1) { location.href = '/wap/wsbs/'; }</script>")
    empty = (f"{jump}<div class='wz'>当前位置：<a href='/'>首页</a> &gt; 网上办事</div><div class='list'><p>暂无信息</p></div>")
    assert _unusable(_services(tmp_path / "phones", empty))
    # a page that sends every visitor on is a jump page, not an empty one
    everyone = empty.replace("if (ua.indexOf('iphone') > -1 || ua.indexOf('android') > -1) ", "")
    report = _services(tmp_path / "everyone", everyone)
    assert "办事服务" not in _missing(report) and "service-unusable" not in _vetoes(report)
    # nor is one sending desktop browsers on (the test negated)
    desktop = empty.replace("if (ua.indexOf('iphone') > -1", "if (!(ua.indexOf('iphone') > -1").replace(
        "> -1) {", "> -1)) {")
    report = _services(tmp_path / "desktop", desktop)
    assert "办事服务" not in _missing(report) and "service-unusable" not in _vetoes(report)


def test_an_office_named_in_a_link_is_no_service_entry(tmp_path: Path) -> None:
    # a county portal links its 驻京办事处 (a body, 办事处 in its name): that is no 办事服务 entry
    office = "<div class='jg'><a href='/jg/zjbsc/'>县人民政府驻京办事处</a></div>"
    page = ("<h1>县人民政府驻京办事处</h1><p>驻京办事处负责联络服务在京企业和人员，地址：北京市西城区某路8号。</p>", 200)
    report = _site(tmp_path / "broken", NAV, {"jg/zjbsc/": page, "gzcy/": HD,
                                              "wsbs/": ("<html><body>Not Found</body></html>", 404)}, home_extra=office)
    assert _unusable(report)
    # with a working 网上办事 the entry is that hall
    report = _site(tmp_path / "works", NAV, {"jg/zjbsc/": page, "gzcy/": HD, "wsbs/": HALL}, home_extra=office)
    assert report["elements"]["办事服务"]["url"] == SEED + "wsbs/"


def test_a_retired_system_notice_dated_beside_its_back_link_is_no_working_entry(tmp_path: Path) -> None:
    # 网上办事 → one dated notice (the system stopped on a day) and a way back: the date and 返回上一页 make no list row
    notice = ("<div class='tz'><b>温馨提示</b><br>本县网上申报平台于2021年6月30日起停止服务。<br>"
              "<a href='javascript:history.back()'>返回上一页</a> <a href='/index.html'>返回首页</a></div>")
    assert _unusable(_services(tmp_path / "retired", notice))
    # the same notice sending the visitor on to the platform that replaced it: a working entry
    onward = notice.replace("停止服务。", "停止服务，请前往<a href='https://zwfw.example-prov.gov.cn/county/'>省政务服务网</a>办理。")
    report = _services(tmp_path / "onward", onward)
    assert "办事服务" not in _missing(report) and "service-unusable" not in _vetoes(report)


def test_a_letter_list_whose_way_to_write_is_closed_is_no_working_channel(tmp_path: Path) -> None:
    # 县长信箱 → past letters and a 我要写信 link to a page that only says the system is down: nothing is taken in
    nav = NAV.replace("公众参与", "县长信箱")
    letters = ("<h1>县长信箱</h1><p><a href='/gzcy/xx/'>我要写信</a></p><ul class='xj'>" + "".join(
        f"<li><a href='/gzcy/show/{i}.html'>{t}</a> 来信时间：2020-0{i}-12 已答复</li>"
        for i, t in enumerate(("关于小区供暖不足的反映", "咨询老年证办理地点", "建议增设公交站点"), start=3)) + "</ul>", 200)
    closed = ("<div class='wz'>当前位置：<a href='/'>首页</a> &gt; 县长信箱</div><div class='ts'>"
              "<p>信箱系统正在维护，暂停使用。</p><p><a href='/gzcy/'>返回信件列表</a></p></div>", 200)
    pages = {"gzcy/": letters, "gzcy/xx/": closed, "wsbs/": HALL}
    report = _site(tmp_path / "closed", nav, pages)
    assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report)
    # the way to write leads to a form, or to a login wall: the channel works
    form = ("<h1>我要写信</h1><form action='/gzcy/save' method='post'><input name='bt'><textarea name='nr'></textarea>"
            "<button>提交</button></form>", 200)
    login = ("<h1>用户登录</h1><form action='/login' method='post'><input name='u'><input type='password' name='p'>"
             "<button>登录</button></form>", 200)
    for name, page in (("form", form), ("login", login)):
        report = _site(tmp_path / name, nav, {**pages, "gzcy/xx/": page})
        assert "互动交流" not in _missing(report) and "interaction-poor" not in _vetoes(report), name
    # a way to write the crawl did not fetch may work: not judged against the site
    report = _site(tmp_path / "unseen", nav, {**pages, "gzcy/": (letters[0].replace("/gzcy/xx/", "/gzcy/xx/new/"), 200)})
    assert "互动交流" not in _missing(report) and "interaction-poor" not in _vetoes(report)


def test_a_filter_tab_of_an_empty_guide_list_is_no_service_a_script_opens(tmp_path: Path) -> None:
    # 网上办事 → an empty guide table under a filter bar (全部 | 个人服务 | 法人服务, each run by script): the tabs show
    # parts of that empty list, no channel — the entry fails, the services are unusable
    empty = ("<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; 网上办事</div><div class='tabs'>"
             "<a href='#' onclick='pick(0)'>全部</a><a href='#' onclick='pick(1)'>个人服务</a>"
             "<a href='#' onclick='pick(2)'>法人服务</a></div><table class='gl'><tr><th>事项名称</th><th>办理</th></tr>"
             "<tr><td colspan='2'>暂无数据</td></tr></table>")
    report = _services(tmp_path / "tabs", empty)
    assert _unusable(report)
    # a button that may open the hall (在线办理 run by script) beside the same tabs: not measured, never missing
    button = empty.replace("</table>", "</table><a href='javascript:;' onclick='openHall()'>在线办理</a>")
    report = _services(tmp_path / "button", button)
    assert "办事服务" not in _missing(report) and "service-unusable" not in _vetoes(report)


def test_a_menu_header_a_script_opens_on_every_page_is_no_button_of_the_entry_page(tmp_path: Path) -> None:
    # the site's drop-down menu opens 便民服务 by script (href="javascript:;") on every page, over a real 网上办事 link
    # that leads to an empty guide list: the header is the menu's, not a button of that page — the entry fails
    nav = NAV.replace("<a href='/wsbs/'>网上办事</a>",
                      "<span class='dd'><a href='javascript:;'>便民服务</a><a href='/wsbs/'>网上办事</a></span>")
    empty = ("<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; 网上办事</div><h1>网上办事</h1>"
             "<table class='gl'><tr><th>事项名称</th><th>办理</th></tr><tr><td colspan='2'>暂无数据</td></tr></table>")
    report = _site(tmp_path / "menu", nav, {"wsbs/": (empty, 200), "gzcy/": HD})
    assert _unusable(report)
    # the same script-run 便民服务 only on the entry page (a button of its own, its script the page's): it may open
    # the hall, not measured
    report = _site(tmp_path / "own", NAV, {"wsbs/": (empty.replace("</table>", "</table><a href='javascript:;'>"
                                                                    "便民服务</a><script src='/js/bmfw.js'></script>"),
                                                     200), "gzcy/": HD})
    assert "办事服务" not in _missing(report) and "service-unusable" not in _vetoes(report)


def test_a_list_of_calls_for_opinions_is_no_working_channel(tmp_path: Path) -> None:
    # 公众参与 → a list of calls, every one 已截止 or still 征集中: the public's say on drafts, no way to ask
    def calls(states: tuple[str, ...]) -> tuple[str, int]:
        rows = "".join(f"<tr><td><a href='/gzcy/zj/{i}.html'>征求《县城市容管理规定》修订意见第{i}期</a></td>"
                       f"<td>2020-0{i}-01</td><td>{s}</td></tr>" for i, s in enumerate(states, start=3))
        return "<h1>民意征集</h1><table><tr><th>主题</th><th>发布日期</th><th>状态</th></tr>" + rows + "</table>", 200
    for states in (("已截止", "已截止", "已截止"), ("征集中", "已截止", "已截止")):
        report = _site(tmp_path / states[0], NAV, {"gzcy/": calls(states), "wsbs/": HALL})
        assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report)
    # a link named for the calls names no channel at all; a row that is no call (a letter answered) leaves the list
    # unjudged
    report = _site(tmp_path / "named", NAV.replace("公众参与", "民意征集"), {"gzcy/": calls(("征集中",)), "wsbs/": HALL})
    assert "民意征集" not in str(report["elements"]["互动交流"])
    letter = ("<h1>公众参与</h1><table><tr><td><a href='/gzcy/xx/1.html'>关于小区停车难的来信</a></td><td>2020-11-02</td>"
              "<td>已答复</td></tr></table>", 200)
    report = _site(tmp_path / "letter", NAV, {"gzcy/": letter, "wsbs/": HALL})
    assert "互动交流" not in _missing(report)


def test_a_news_list_named_for_one_audience_s_services_offers_no_service(tmp_path: Path) -> None:
    # the only working link named for services, 人才服务, lists news of the body's work (座谈, 走访, 举办): no service
    nav = NAV.replace("<a href='/wsbs/'>网上办事</a>", "<a href='/wsbs/'>网上办事</a> <a href='/rcfw/'>人才服务</a>")
    news = ("<h1>人才服务</h1><ul class='list'>" + "".join(
        f"<li><a href='/rcfw/2020/0{i}/art_{i}.html'>{t}</a><span>2020-0{i}-15</span></li>" for i, t in enumerate((
            "我县召开引进人才座谈会", "县人社局走访重点企业了解用工需求", "县里举办高校毕业生专场招聘会",
            "一批青年人才到我县挂职锻炼"), start=3)) + "</ul>", 200)
    gone = ("<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>", 404)
    report = _site(tmp_path / "news", nav, {"wsbs/": gone, "rcfw/": news, "gzcy/": HD})
    assert _unusable(report)
    # the same name over a list of service guides: a department's services, the entry works
    guides = ("<h1>人才服务</h1><ul class='list'>" + "".join(
        f"<li><a href='/rcfw/2020/0{i}/art_{i}.html'>{t}</a><span>2020-0{i}-15</span></li>" for i, t in enumerate((
            "高层次人才认定办理指南", "人才公寓申请须知", "人才落户办理流程", "安家补贴申领材料清单"), start=3)) + "</ul>", 200)
    report = _site(tmp_path / "guides", nav, {"wsbs/": gone, "rcfw/": guides, "gzcy/": HD})
    assert "办事服务" not in _missing(report) and "service-unusable" not in _vetoes(report)


def test_a_channel_hub_left_with_a_page_only_to_read_is_missing(tmp_path: Path) -> None:
    # 公众参与 → 在线咨询 answers 404 and 咨询回复 prints past questions and answers as text, no form, no link of its
    # own: a record to read, nowhere to write — no working channel
    hub = ("<h1>公众参与</h1><div class='rk'><a href='/gzcy/zxzx/'><img src='/img/zx.png' alt='在线咨询'></a>"
           "<a href='/gzcy/hf/'><img src='/img/hf.png' alt='咨询回复'></a></div>", 200)
    answers = ("<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; 咨询回复</div><div class='qa'>"
               + "".join(f"<div class='q'>问：{q}</div><div class='a'>答：{a}（{d}）</div>" for q, a, d in (
                   ("新生儿落户需要哪些材料？", "请携带出生医学证明和父母户口簿到派出所办理。", "2020-05-11"),
                   ("农机购置补贴何时申报？", "每年三月起在乡镇农业服务中心受理。", "2020-04-02"))) + "</div>", 200)
    dead = {"gzcy/": hub, "gzcy/zxzx/": ("<html><body>Not Found</body></html>", 404), "gzcy/hf/": answers,
            "wsbs/": HALL}
    report = _site(tmp_path / "dead", NAV, dead)
    assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report)
    # the page prints an address to write to (an e-mail): a way in without a link, not judged against the site
    mailed = answers[0].replace("</div><div class='qa'>", "</div><p>来信请发送至 gzcy@example.gov.cn</p><div class='qa'>")
    report = _site(tmp_path / "mail", NAV, {**dead, "gzcy/hf/": (mailed, 200)})
    assert "互动交流" not in _missing(report) and "interaction-poor" not in _vetoes(report)
    # a 办事 hub's way on printing a guide in full is the service's content, never a page only to read
    guide = ("<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; 办事指南</div><h2>居民身份证办理</h2>"
             "<p>受理条件：本县户籍居民。</p><p>申请材料：户口簿、近期照片。</p><p>办理地点：县政务服务中心。</p>", 200)
    hall = ("<h1>网上办事</h1><div class='rk'><a href='/wsbs/dt/'><img src='/img/dt.png' alt='网上大厅'></a>"
            "<a href='/wsbs/zn/'><img src='/img/zn.png' alt='办事指南'></a></div>", 200)
    report = _site(tmp_path / "guide", NAV, {"wsbs/": hall, "wsbs/dt/": ("<html><body>Not Found</body></html>", 404),
                                             "wsbs/zn/": guide, "gzcy/": HD})
    assert "办事服务" not in _missing(report) and "service-unusable" not in _vetoes(report)


def test_a_link_in_another_spelling_of_the_site_s_host_names_the_page_fetched_in_one(tmp_path: Path) -> None:
    # the menu links the service page as http://xian.gov.cn/wsbs/ (bare host); the crawl fetched it as
    # https://www.xian.gov.cn/wsbs/ — one server, one page: its 404 judges the entry
    from govweb.checks.context import SiteContext
    nav = NAV.replace("href='/wsbs/'", "href='http://xian.gov.cn/wsbs/'")
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某县人民政府</title></head><body>{nav}{FOOTER}</body></html>", depth=0)
    b.page("https://www.xian.gov.cn/wsbs/", "<html><body>Not Found</body></html>", status=404)
    b.page(SEED + "gzcy/", f"<html><head><title>公众参与</title></head><body>{nav}{HD[0]}{FOOTER}</body></html>")
    snap = load_snapshot(b.write(tmp_path / "one"))
    ctx = SiteContext(snap, AS_OF)
    assert ctx.canonical("http://xian.gov.cn/wsbs/") == "https://www.xian.gov.cn/wsbs/"
    assert ctx.canonical("http://other.gov.cn/wsbs/") == "http://other.gov.cn/wsbs/"   # another site: as given
    assert _unusable(run_checks(snap, AS_OF))
    # two fetched spellings of that address: which one the link names is unknown, it stays as given
    b.page("http://xian.gov.cn/wsbs/index.html", "<html><body>Not Found</body></html>", status=404)
    b.page("https://xian.gov.cn/wsbs/", "<html><body>Not Found</body></html>", status=404)
    ctx = SiteContext(load_snapshot(b.write(tmp_path / "two")), AS_OF)
    assert ctx.canonical("http://www.xian.gov.cn/wsbs/") == "http://www.xian.gov.cn/wsbs/"


@pytest.mark.parametrize("way_in", ["请登录 www.xian.gov.cn/hd 留言", "也可通过12345网上平台反映"])
def test_a_page_only_to_read_naming_a_way_to_write_is_not_judged(tmp_path: Path, way_in: str) -> None:
    # the reading page names where to write (a web address, the 12345 platform) though it links nowhere: may work
    hub = ("<h1>公众参与</h1><ul class='qd'><li><a href='/gzcy/xx/'>县长信箱</a></li>"
           "<li><a href='/gzcy/xd/'>信件选登</a></li></ul>", 200)
    read = (f"<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; 信件选登</div><p>{way_in}</p>"
            "<table><tr><td>关于路灯不亮的反映</td><td>2020-10-12</td></tr>"
            "<tr><td>咨询社保卡补办</td><td>2020-09-03</td></tr></table>", 200)
    pages = {"gzcy/": hub, "gzcy/xx/": ("<html><body>Not Found</body></html>", 404), "gzcy/xd/": read, "wsbs/": HALL}
    report = _site(tmp_path / "named", NAV, pages)
    assert "互动交流" not in _missing(report) and "interaction-poor" not in _vetoes(report)
    # naming none, the page is a record of answered letters only: no working channel
    report = _site(tmp_path / "none", NAV, {**pages, "gzcy/xd/": (read[0].replace(way_in, "本栏目选登已办结来信。"), 200)})
    assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report)


def test_a_section_site_takes_no_channel_from_the_portal_logo_or_a_service_name(tmp_path: Path) -> None:
    # a bureau's section /swj/ of the county host: its 留言 channel says it was never opened; the channel page's logo
    # (某县人民政府 政民互动 → the host's root) leads home to the portal, and a 事项 on the 政务服务 page naming 咨询 is
    # a service: neither is the bureau's channel
    seed = SEED + "swj/index.html"
    b = SnapshotBuilder(seed)
    menu = "<div class='menu'><a href='/swj/index.html'>首页</a> <a href='/bs/swj.html'>网上办事</a> " \
           "<a href='/ly/swj.html'>我要留言</a></div>"
    b.page(seed, f"<html><head><title>某县水利局</title></head><body>{menu}{NEWS}{FOOTER}</body></html>", depth=0)
    for path, title in (("xw/2020/11/20/art_1_11.html", "县政务服务中心开展“优化营商环境服务月”活动"),
                        ("xw/2020/11/18/art_1_12.html", "县领导调研安全生产工作")):
        b.page(SEED + path, f"<html><head><title>{title}</title><meta name='PubDate' content='2020-11-20'></head>"
                            f"<body>{menu}<h1>{title}</h1><p>正文。</p>{FOOTER}</body></html>")
    b.page(SEED + "ly/swj.html", "<html><head><title>留言-某县政民互动</title></head><body>"
           "<a href='/'><img src='/ly/logo.png' alt='某县人民政府 政民互动'></a><div class='box'>"
           "<p>县水利局暂未开通网上留言。</p><a href='javascript:history.go(-1)'>返回</a></div></body></html>")
    b.page(SEED + "bs/swj.html", "<html><head><title>县水利局-某县政务服务</title></head><body><dl class='sx'>"
           "<dd><a href='/bs/zn/77.html'>取水许可证延续咨询受理</a> 即办件 <a href='/bs/sb/77.html'>在线办理</a></dd>"
           "<dd><a href='/bs/zn/78.html'>水利工程质量检测结果查询</a> 即办件 <a href='/bs/sb/78.html'>在线办理</a></dd>"
           "</dl></body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert report["elements"]["互动交流"]["present"] is False, report["elements"]["互动交流"]
    assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report)


def test_an_faq_of_answers_offering_no_way_to_ask_is_no_working_channel(tmp_path: Path) -> None:
    # 公众参与 opens 常见问题: questions the office answers itself, each linking its answer, and no form, no link to
    # ask, no address to write to — published answers to read, no channel: missing, and the veto
    faq = ("<h1>常见问题</h1><dl class='wt'>" + "".join(
        f"<dt><a href='/xw/2020/11/{d}/art_9_{d}.html'>{q}</a></dt><dd>{2020}-11-{d}</dd>" for q, d in (
            ("居住证到期后如何续签？", 16), ("小微企业社保费减免怎样申请？", 9))) + "</dl>", 200)
    answers = {f"xw/2020/11/{d}/art_9_{d}.html": (f"<h1>问：第{d}号问题</h1><p class='info'>发布日期：2020-11-{d}</p>"
                                                 "<p>答：请携带身份证件到县政务服务中心办理。</p>", 200) for d in (16, 9)}
    report = _site(tmp_path / "faq", NAV, {"gzcy/": faq, "wsbs/": HALL, **answers})
    assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report)
    # the same answers beside a link to ask one's own question (its form works): a channel
    asking = (faq[0].replace("</dl>", "</dl><p><a href='/gzcy/tw/'>我要提问</a></p>"), 200)
    report = _site(tmp_path / "ask", NAV, {"gzcy/": asking, "gzcy/tw/": HD, "wsbs/": HALL, **answers})
    assert "互动交流" not in _missing(report) and "interaction-poor" not in _vetoes(report)


def test_calls_for_opinions_and_interviews_beside_a_failed_mailbox_are_no_channel(tmp_path: Path) -> None:
    # 公众参与 is a hub of 民意征集 (an open call on a draft, opinions by e-mail), 访谈直播 and 书记信箱, which answers
    # 404: a call on a draft and an interview take no question of the visitor's own — no working channel, the veto
    hub = ("<h1>公众参与</h1><ul class='rk'><li><a href='/gzcy/myzj/'><img src='/i/zj.png' alt='民意征集'></a></li>"
           "<li><a href='/gzcy/ftzb/'>访谈直播</a></li><li><a href='/gzcy/sjxx/'>书记信箱</a></li></ul>", 200)
    calls = ("<h1>民意征集</h1><table class='zj'><tr><th>主题</th><th>开始日期</th><th>状态</th></tr>"
             "<tr><td><a href='/gzcy/myzj/2020/art_31.html'>关于《县城市容管理办法（征求意见稿）》公开征求意见的公告</a></td>"
             "<td>2020-11-20</td><td>征集中</td></tr></table>", 200)
    talks = ("<h1>访谈直播</h1><ul><li><a href='/gzcy/ftzb/2020/art_7.html'>县长谈营商环境</a> 2020-10-12</li></ul>", 200)
    call = ("<h1>关于《县城市容管理办法（征求意见稿）》公开征求意见的公告</h1><p>发布日期：2020-11-20</p>"
            "<p>意见请发送至 csgl@example-county.gov.cn。</p>", 200)
    gone = ("<html><head><title>404</title></head><body><h1>404 Not Found</h1></body></html>", 404)
    pages = {"gzcy/": hub, "gzcy/myzj/": calls, "gzcy/myzj/2020/art_31.html": call, "gzcy/ftzb/": talks,
             "gzcy/sjxx/": gone, "wsbs/": HALL}
    report = _site(tmp_path / "gone", NAV, pages)
    assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report)
    # the same hub whose 书记信箱 takes letters: a channel
    report = _site(tmp_path / "works", NAV, {**pages, "gzcy/sjxx/": HD})


def test_a_channel_hub_left_with_a_telephone_line_only_is_missing(tmp_path: Path) -> None:
    # 公众参与 → 局长信箱 answers 404 and 服务热线 is a page giving numbers to call and the hours (no form, no link of
    # its own, nothing to write to online): a telephone line is no online channel — missing, and the veto
    hub = ("<h1>公众参与</h1><div class='rk'><a href='/gzcy/jzxx/'>局长信箱</a><a href='/gzcy/rx/'>服务热线</a></div>", 200)
    line = ("<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; 服务热线</div><div class='con'>"
            "<p>政务服务热线由县便民服务中心值守，工作日人工接听来电。</p><ul><li>热线号码</li><li>0911-2236000</li>"
            "<li>夜间值班</li><li>13909112345</li></ul></div>", 200)
    pages = {"gzcy/": hub, "gzcy/jzxx/": ("<html><body>Not Found</body></html>", 404), "gzcy/rx/": line,
             "wsbs/": HALL}
    report = _site(tmp_path / "line", NAV, pages)
    assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report)
    # the same page naming a way to write online (the hotline's platform, a mailbox address) may work: not judged
    for way in ("也可登录热线网上平台留言反映。", "也可发送邮件至 rx@example.gov.cn。"):
        named = (line[0].replace("</ul>", f"</ul><p>{way}</p>"), 200)
        report = _site(tmp_path / f"named{len(way)}", NAV, {**pages, "gzcy/rx/": named})
        assert "互动交流" not in _missing(report) and "interaction-poor" not in _vetoes(report), way
    # a page of the site's own script (it may write a form) is not judged either
    scripted = (f"<html><head><title>服务热线</title><script src='/js/hotline.js'></script></head><body>{NAV}"
                f"{line[0]}{FOOTER}</body></html>", 200)
    report = _site(tmp_path / "scripted", NAV, {**pages, "gzcy/rx/": scripted})
    assert "互动交流" not in _missing(report) and "interaction-poor" not in _vetoes(report)


def test_a_telephone_line_page_running_only_its_menus_script_is_read_as_served(tmp_path: Path) -> None:
    # 政民互动 → 书记信箱 answers 404 and 便民热线 gives only numbers to call; the line's page runs one script file of
    # the site's, named for its menu (a drop-down's effects: /skin/js/navbar.js) beside the menu it prints: the menu's
    # script writes the menu, not the page's body — the page is read as served, missing and the veto
    hub = ("<h2>政民互动</h2><ul class='hd'><li><a href='/zmhd/sjxx/'>书记信箱</a></li>"
           "<li><a href='/zmhd/bmrx/'>便民热线</a></li></ul>", 200)
    line = ("<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; 便民热线</div><div class='con'>"
            "<p>便民热线受理群众求助、投诉，人工接听时间为每日8:00-20:00。</p><p>拨打：0733-8821345</p></div>")

    def served(head: str, body: str = "") -> tuple[str, int]:
        return (f"<html><head><title>便民热线</title>{head}</head><body>{NAV}{line}{body}{FOOTER}</body></html>", 200)

    pages = {"gzcy/": hub, "zmhd/sjxx/": ("<html><body>Not Found</body></html>", 404), "wsbs/": HALL}
    menu = "<script src='/skin/js/navbar.js'></script><script src='/skin/js/footer.js'></script>"
    report = _site(tmp_path / "menu", NAV, {**pages, "zmhd/bmrx/": served(menu)})
    assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report)
    # a script file named for anything else, or an inline script writing into the page, may write a form: not judged
    for n, (head, body) in enumerate((("<script src='/skin/js/navbar.js'></script><script src='/skin/js/rx.js'>"
                                       "</script>", ""),
                                      (menu, "<script>document.getElementById('rx').innerHTML = form;</script>"))):
        report = _site(tmp_path / f"other{n}", NAV, {**pages, "zmhd/bmrx/": served(head, body)})
        assert "互动交流" not in _missing(report) and "interaction-poor" not in _vetoes(report), n


def test_a_template_s_script_buttons_do_not_keep_a_telephone_page_a_channel(tmp_path: Path) -> None:
    # every page's top bar holds buttons a script runs (加入收藏, 繁體): the template's, no part of what a page offers —
    # the 咨询电话 page behind 公众参与 still gives only numbers to call: missing, and the veto
    bar = ("<div class='tb'><a href='javascript:void(0)' onclick='addFav()'>加入收藏</a> "
           "<a href='javascript:;' onclick='toFan()'>繁體</a></div>")
    nav = bar + NAV
    line = ("<div class='pos'>当前位置：首页 &gt; 咨询电话</div><div class='nr'><p>咨询服务专线：0722-3318620（工作日上午8:30至"
            "12:00）</p><p>监督投诉电话：0722-3318699</p></div>", 200)
    pages = {"gzcy/": line, "wsbs/": HALL}
    report = _site(tmp_path / "bar", nav, pages)
    assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report)
    # a button of the page's own (not the template's) may open a channel: not judged
    own = (line[0] + "<p><a href='javascript:;' onclick='openKf()'>在线客服</a></p>", 200)
    report = _site(tmp_path / "own", nav, {**pages, "gzcy/": own})
    assert "互动交流" not in _missing(report) and "interaction-poor" not in _vetoes(report)


def test_a_login_whose_sign_up_is_closed_keeps_the_public_out(tmp_path: Path) -> None:
    # 政民互动 → a hub of two tiles, each to the one member login with its own return address (only one crawled);
    # the login's 立即注册 leads to a page saying sign-ups stopped: nobody outside can get an account
    nav = NAV.replace("<a href='/gzcy/'>公众参与</a>", "<a href='/hdjl/'>政民互动</a>")
    hub = ("<h1>政民互动</h1><ul class='tiles'>"
           "<li><a href='/user/login.do?redirect=/hdjl/sjxx/add.do'><b>书记信箱</b></a></li>"
           "<li><a href='/user/login.do?redirect=/hdjl/zxzx/add.do'><b>网上咨询</b></a></li></ul>", 200)
    login = ("<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; 用户登录</div><form method='post' action='/user/login.do'>"
             "账号<input name='u'> 密码<input type='password' name='p'><input type='submit' value='登录'></form>"
             "<p><a href='/user/reg.do'>立即注册</a></p>", 200)
    closed = ("<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; 用户注册</div><div class='tip'>本站暂停新用户注册。</div>",
              200)
    pages = {"wsbs/": HALL, "hdjl/": hub, "user/login.do?redirect=/hdjl/sjxx/add.do": login, "user/reg.do": closed}
    report = _site(tmp_path / "closed", nav, pages)
    assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report)
    # sign-ups open (a form to register): the login is a working way in
    open_reg = ("<h1>用户注册</h1><form method='post' action='/user/reg.do'>账号<input name='u'> 密码"
                "<input type='password' name='p'><input type='submit' value='注册'></form>", 200)
    report = _site(tmp_path / "open", nav, {**pages, "user/reg.do": open_reg})
    assert "互动交流" not in _missing(report) and "interaction-poor" not in _vetoes(report)
    # the login names another way in (the province's unified identity account): not judged closed
    other = (login[0].replace("</form>", "</form><p>也可使用省统一身份认证平台账号登录。</p>"), 200)
    report = _site(tmp_path / "other", nav, {**pages, "user/login.do?redirect=/hdjl/sjxx/add.do": other})
    assert "互动交流" not in _missing(report) and "interaction-poor" not in _vetoes(report)
    # the sign-up page not crawled: it may be open
    report = _site(tmp_path / "unseen", nav, {k: v for k, v in pages.items() if k != "user/reg.do"})
    assert "互动交流" not in _missing(report) and "interaction-poor" not in _vetoes(report)


def test_an_empty_item_list_on_the_provincial_hall_is_no_working_service(tmp_path: Path) -> None:
    # the entry opens the department's 事项 list in the province's hall, which lists nothing (暂无数据, 共0条); the
    # hall's own template links (登录, 注册, 帮助, 无障碍) are no way on to services
    hall = "https://zwfw.example-prov.gov.cn/hall/dept/items?dept=ZJJ"
    nav = NAV.replace("/wsbs/", hall)
    chrome = "".join(f"<a href='https://zwfw.example-prov.gov.cn/{p}'>{t}</a> "
                     for p, t in (("sso/login", "登录"), ("sso/register", "注册"), ("help/", "帮助"), ("wza/", "无障碍")))
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某县人民政府</title></head><body>{nav}{NEWS}{FOOTER}</body></html>", depth=0)
    b.page(SEED + "gzcy/", f"<html><head><title>公众参与</title></head><body>{nav}{HD[0]}{FOOTER}</body></html>")
    b.page(hall, f"<html><head><title>县住建局_某省政务服务网</title></head><body><div class='top'>{chrome}</div>"
                 "<table class='list'><tr><th>事项名称</th><th>事项类型</th></tr><tr><td colspan='2'>暂无数据</td></tr>"
                 "</table><div class='page'>共0条</div></body></html>")
    assert _unusable(run_checks(load_snapshot(b.write(tmp_path)), AS_OF))


def test_a_small_homepage_running_only_a_clock_a_counter_and_a_share_bar_is_read_as_served(tmp_path: Path) -> None:
    # few links and scripts of its own, but they write the date, load a visit counter and draw share buttons: no
    # menu is left unseen, so the only 办事 link answering 404 makes the entry missing (not "not measured")
    scripts = ("<div class='date'><script>var d=new Date();document.write(d.getFullYear()+'年'+(d.getMonth()+1)+'月'"
               "+d.getDate()+'日');</script></div>")
    tail = ("<script src='/static/bshare_buttons.js'></script><script>document.write(unescape(\"%3Cspan id='cnzz_stat_"
            "icon_1279'%3E%3C/span%3E%3Cscript src='https://s9.cnzz.com/z_stat.php%3Fid%3D1279'%3E%3C/script%3E\"));"
            "</script>")

    def report(extra: str) -> dict:
        b = SnapshotBuilder(SEED)
        b.page(SEED, f"<html><head><title>某县人民政府</title></head><body>{scripts}{NAV}{NEWS}{FOOTER}{extra}</body>"
                     "</html>", depth=0)
        b.page(SEED + "wsbs/", "<html><body><h1>404 Not Found</h1><hr>nginx</body></html>", status=404)
        b.page(SEED + "gzcy/", f"<html><head><title>公众参与</title></head><body>{NAV}{HD[0]}{FOOTER}</body></html>")
        return run_checks(load_snapshot(b.write(tmp_path / str(len(extra)))), AS_OF)

    assert _unusable(report(tail))
    # a script of the page's own writing markup it builds is another matter: the menu may be its
    unknown = report(tail + "<script>document.write(topMenuHtml);</script>")
    assert "办事服务" not in _missing(unknown) and "service-unusable" not in _vetoes(unknown)


def test_a_small_homepage_whose_clock_is_dressed_or_reads_new_date_bare_is_read_as_served(tmp_path: Path) -> None:
    # the top bar's clock fills `#jt` by its id, the date dressed in a `<font>` (`"今天是<font color=red>" + …`) or
    # read by `new Date` with no parentheses: still the visitor's clock — no menu is left unseen, the 404 办事 link is
    # missing; a script of the same shape writing a link there may be writing the menu
    def report(name: str, script: str) -> dict:
        top = f"<p><span id='jt'></span></p><script>{script}</script>"
        b = SnapshotBuilder(SEED)
        b.page(SEED, f"<html><head><title>某县人民政府</title></head><body>{top}{NAV}{NEWS}{FOOTER}</body></html>",
               depth=0)
        b.page(SEED + "wsbs/", "<html><body><h1>404 Not Found</h1><hr>nginx</body></html>", status=404)
        b.page(SEED + "gzcy/", f"<html><head><title>公众参与</title></head><body>{NAV}{HD[0]}{FOOTER}</body></html>")
        return run_checks(load_snapshot(b.write(tmp_path / name)), AS_OF)

    font = ("var t = new Date();document.getElementById('jt').innerHTML = '今天是<font color=\"red\">' + "
            "t.getFullYear() + '年' + (t.getMonth() + 1) + '月</font>';")
    assert _unusable(report("font", font))
    assert _unusable(report("bare", font.replace("new Date()", "new Date").replace("<font color=\"red\">", "")
                            .replace("</font>", "")))
    linked = report("linked", font.replace("'月</font>'", "'月</font><a href=\"' + u + '\">' + n + '</a>'"))
    assert "办事服务" not in _missing(linked) and "service-unusable" not in _vetoes(linked)


def test_a_record_of_answered_questions_with_a_link_to_write_is_a_channel(tmp_path: Path) -> None:
    # 公众参与 prints past questions and answers as text, no link of its own but 我要咨询 to a form the crawl did not
    # open: the link to write is the channel's way in (it may work), never set aside as a mere action
    board = ("<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; 公众参与</div>"
             "<p class='ask'><a href='/gzcy/ask.jsp?lm=3'>我要咨询</a></p><div class='qa'>"
             + "".join(f"<dl><dt>问：{q}</dt><dd>答：{a}</dd><dd>答复日期：{d}</dd></dl>" for q, a, d in (
                 ("县城公交线路能否延伸到工业园区？", "已纳入明年线路调整方案。", "2020-11-02"),
                 ("老旧小区加装电梯如何申请补助？", "请向所在街道提交申请，由住建局审核。", "2020-10-19"))) + "</div>", 200)
    report = _site(tmp_path / "open", NAV, {"gzcy/": board, "wsbs/": HALL})
    assert "互动交流" not in _missing(report) and "interaction-poor" not in _vetoes(report)
    assert report["elements"]["互动交流"]["url"] == SEED + "gzcy/"
    # the same link answering 404: the page's only way on fails, no working channel
    gone = {"gzcy/": board, "gzcy/ask.jsp?lm=3": ("<html><body>Not Found</body></html>", 404), "wsbs/": HALL}
    report = _site(tmp_path / "gone", NAV, gone)
    assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report)


def test_a_guide_page_holding_only_its_heading_under_a_header_clock_is_empty(tmp_path: Path) -> None:
    # 公开指南 → a page whose top bar shows the visitor's date by a script of its own, then the crumb, a heading naming
    # the page (the body's name before the crumb's last step) and an empty panel: the guide shows nothing
    top = ("<div class='tb'>今天是：<span id='riqi'></span></div><script>var d = new Date(); "
           "$('#riqi').html(d.getFullYear() + '年' + (d.getMonth() + 1) + '月' + d.getDate() + '日');</script>")
    shell = ("<html><head><title>公开指南_某县人民政府</title></head><body>" + top + NAV
             + "<div class='wz'>所在位置：<a href='/'>首页</a> » <a href='/zwgk/'>政务公开</a> » 公开指南</div>"
             "<div class='art'><h3>某县人民政府办公室政府信息公开指南</h3><div class='txt'></div></div>"
             + FOOTER + "</body></html>")
    home = "<p class='gk'><a href='/zwgk/gkzn/'>公开指南</a></p>"
    report = _site(tmp_path / "empty", NAV, {"zwgk/gkzn/": (shell, 200), "gzcy/": HD, "wsbs/": HALL}, home_extra=home)
    assert "政府信息公开指南" in _missing(report)
    # the same page printing the guide under its heading: present
    full = shell.replace("<div class='txt'></div>", "<div class='txt'><p>一、主动公开的范围与方式。本机关主动公开的"
                                                     "政府信息通过本网站政务公开栏目发布。</p></div>")
    report = _site(tmp_path / "full", NAV, {"zwgk/gkzn/": (full, 200), "gzcy/": HD, "wsbs/": HALL}, home_extra=home)
    assert "政府信息公开指南" not in _missing(report)
    # a script of the page's own that may write the panel (not a clock): not measured, never missing
    filled = shell.replace("<div class='txt'></div>", "<div class='txt' id='zn'></div><script>$('#zn').load("
                                                       "'/zwgk/gkzn/content.html');</script>")
    report = _site(tmp_path / "filled", NAV, {"zwgk/gkzn/": (filled, 200), "gzcy/": HD, "wsbs/": HALL},
                   home_extra=home)
    assert "政府信息公开指南" not in _missing(report)


def test_a_letter_box_page_showing_letters_taken_lately_is_not_judged_only_to_read(tmp_path: Path) -> None:
    # 公众参与 → the 书记信箱 page itself lists letters as text (no form, no 我要写信): letters received and settled
    # within the reply limit show the box in use, so its missing form is no proof the visitor cannot write
    def box(name: str, dates: tuple[tuple[str, str], ...]) -> tuple[str, int]:
        rows = "".join(f"<div class='xj'><p>关于{t}的来信</p><span>收信：{a}</span> <span>办结：{b}</span></div>"
                       for t, (a, b) in zip(("小区路灯维修", "农村医保缴费", "校车接送时间"), dates, strict=True))
        return f"<h1>{name}</h1><div class='xjlb'>{rows}</div>", 200
    lately = (("2020年11月9日", "2020年11月13日"), ("2020年10月2日", "2020年10月9日"), ("2020年8月21日", "2020年8月30日"))
    report = _site(tmp_path / "lately", NAV, {"gzcy/": box("书记信箱", lately), "wsbs/": HALL})
    assert "互动交流" not in _missing(report) and "interaction-poor" not in _vetoes(report)
    # the letters all older than the reply limit: a record to read, nowhere to write
    old = (("2020年3月9日", "2020年3月13日"), ("2020年2月2日", "2020年2月9日"), ("2019年12月21日", "2019年12月30日"))
    report = _site(tmp_path / "old", NAV, {"gzcy/": box("书记信箱", old), "wsbs/": HALL})
    assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report)
    # recent letters on a page named for a selection of them (来信选登), not for the box: still only to read
    report = _site(tmp_path / "chosen", NAV, {"gzcy/": box("来信选登", lately), "wsbs/": HALL})
    assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report)


def test_a_service_hub_on_a_retired_platform_host_is_missing(tmp_path: Path) -> None:
    # 网上办事 → a plain list of four services on the city's old hall; the two the crawl opened answer 404 and 410:
    # the host is gone, so the two not opened fail too and the hub offers no working service
    host = "https://bs.example-city.gov.cn/ting/"
    hub = ("<h1>网上办事</h1><p>请选择需要办理的事项：</p><ul class='sx'>" + "".join(
        f"<li><a href='{host}{p}.do'>{n}</a></li>" for p, n in (
            ("hyjhdj", "婚姻登记预约"), ("gjjtq", "公积金提取"), ("jdcjf", "交通违法缴款"), ("xwdj", "学位登记"))) + "</ul>")

    def report(name: str, opened: dict[str, int]) -> dict:
        b = SnapshotBuilder(SEED)
        b.page(SEED, f"<html><head><title>某县人民政府</title></head><body>{NAV}{NEWS}{FOOTER}</body></html>", depth=0)
        b.page(SEED + "wsbs/", f"<html><head><title>网上办事</title></head><body>{NAV}{hub}{FOOTER}</body></html>")
        b.page(SEED + "gzcy/", f"<html><head><title>公众参与</title></head><body>{NAV}{HD[0]}{FOOTER}</body></html>")
        for i in (11, 12):   # (pages enough for the menu to be read as the site's template)
            b.page(f"{SEED}xw/2020/11/20/art_1_{i}.html", f"<html><head><title>县领导调研{i}</title><meta name="
                   f"'PubDate' content='2020-11-20'></head><body>{NAV}<h1>县领导调研{i}</h1><p>正文。</p>{FOOTER}</body></html>")
        for p, status in opened.items():
            body = "<html><body><h1>办事大厅</h1><form><input name='q'></form></body></html>" if status == 200 else (
                "<html><head><title>Not Found</title></head><body>Not Found</body></html>")
            b.page(f"{host}{p}.do", body, status=status, kind="external")
        return run_checks(load_snapshot(b.write(tmp_path / name)), AS_OF)

    assert _unusable(report("gone", {"hyjhdj": 404, "gjjtq": 410}))
    # a single 404 says nothing of the host's other pages; a page of it that answers means the host is alive
    for name, opened in (("one", {"hyjhdj": 404}), ("alive", {"hyjhdj": 404, "gjjtq": 200})):
        got = report(name, opened)
        assert "办事服务" not in _missing(got) and "service-unusable" not in _vetoes(got), name
