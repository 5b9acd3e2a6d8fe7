"""Pages that answer 200 but are not what their link promises: a web server's default page where a channel should be,
the homepage served again at a deleted column's address, a staff office system's login behind 网上办事, a hub whose
channels the menu repeats and all fail; and the columns that say they are not built yet (an 在线访谈 archive, a
guide list), and a column its site files under 其他 whatever its name's subject."""

from __future__ import annotations

from pathlib import Path

import pytest

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder
from .test_entries import AS_OF, FOOTER, NEWS, SEED, _missing, _vetoes

HALL = "<li><a href='https://zwfw.example-prov.gov.cn/xian/'>政务服务</a></li>"
BOX = "<li><a href='/hd/xx/'>县长信箱</a></li>"
FORM = ("<h1>县长信箱</h1><form action='/hd/xx/save' method='post'><input name='bt'><textarea name='nr'></textarea>"
        "<button>提交</button></form>")


def _report(tmp_path: Path, menu: str, pages: dict[str, str], home_extra: str = "") -> dict:
    """A county site: the homepage with `menu`, and `pages` (path → body, or a whole document starting <html)."""
    nav = f"<ul class='nav'><li><a href='/'>首页</a></li>{menu}</ul>"
    b = SnapshotBuilder(SEED)
    home = f"<html><head><title>某县人民政府</title></head><body>{nav}{NEWS}{home_extra}{FOOTER}</body></html>"
    b.page(SEED, home, depth=0)
    for path, body in pages.items():
        if body == "HOME":
            body = home
        title = body.split("<h1>", 1)[1].split("</h1>", 1)[0] if "<h1>" in body else "某县人民政府"
        b.page(SEED + path if "://" not in path else path, body if body.startswith("<html") else
               f"<html><head><title>{title}_某县人民政府</title></head><body>{nav}{body}{FOOTER}</body></html>")
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


@pytest.mark.parametrize("default", [
    "<html><head><title>Welcome to nginx!</title></head><body><h1>Welcome to nginx!</h1><p>If you see this page, the "
    "nginx web server is successfully installed and working.</p></body></html>",
    "<html><head><title>IIS Windows Server</title></head><body><div id='container'><img src='iisstart.png' alt='IIS'>"
    "</div></body></html>",
    "<html><head><meta charset='utf-8'><title>站点创建成功</title></head><body><div><h2>恭喜！站点创建成功</h2>"
    "<p>这是默认index.html，请删除或替换本页面</p></div></body></html>",
])
def test_a_web_server_s_default_page_is_no_channel(tmp_path: Path, default: str) -> None:
    """县长信箱 on a sub-domain where the hosting panel left its default page: no letter system behind it."""
    menu = HALL + "<li><a href='http://xzxx.xian.gov.cn/'>县长信箱</a></li>"
    report = _report(tmp_path / "default", menu, {"http://xzxx.xian.gov.cn/": default})
    assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report)
    report = _report(tmp_path / "works", menu, {"http://xzxx.xian.gov.cn/": "<html><body>" + FORM + "</body></html>"})
    assert "互动交流" not in _missing(report) and "interaction-poor" not in _vetoes(report)


def test_the_homepage_served_again_at_a_column_s_address_is_no_entry(tmp_path: Path) -> None:
    """政策解读 → /jdhy/: the column was deleted and the server answers its address with the homepage itself."""
    menu = HALL + BOX + "<li><a href='/jdhy/'>政策解读</a></li>"
    report = _report(tmp_path / "home", menu, {"jdhy/": "HOME", "hd/xx/": FORM})
    assert "政策解读" in _missing(report)
    # a page of its own at that address (even one listing the same headlines) is the column
    jd = ("<h1>政策解读</h1><ul><li><a href='/jdhy/2020/11/art_3_21.html'>《某县农村供水管理办法》解读</a>"
          "<span>2020-11-12</span></li></ul>")
    report = _report(tmp_path / "column", menu, {"jdhy/": jd, "hd/xx/": FORM})
    assert "政策解读" not in _missing(report)


def test_a_staff_office_system_s_login_is_no_service(tmp_path: Path) -> None:
    """网上办事 → the bureau's 办公自动化 login, for its own staff; a public platform's login, open to sign up, is a
    working way in."""
    oa = ("<html><head><title>某县交通运输局办公自动化系统</title></head><body><form method='post' action='/oa/login.do'>"
          "<input name='user' placeholder='账号'><input type='password' name='pwd'><button>进入系统</button></form>"
          "<div class='tip'>仅限本单位内部职工登录使用，账号由办公室统一分配。</div></body></html>")
    menu = BOX + "<li><a href='http://oa.xian.gov.cn:8088/oa/login.jsp'>网上办事</a></li>"
    report = _report(tmp_path / "oa", menu, {"http://oa.xian.gov.cn:8088/oa/login.jsp": oa, "hd/xx/": FORM})
    assert "办事服务" in _missing(report) and "service-unusable" in _vetoes(report)
    public = oa.replace("办公自动化系统", "政务服务平台").replace(
        "<div class='tip'>仅限本单位内部职工登录使用，账号由办公室统一分配。</div>",
        "<a href='/oa/reg.jsp'>新用户注册</a><p>个人、法人均可登录办理。</p>")
    report = _report(tmp_path / "public", menu, {"http://oa.xian.gov.cn:8088/oa/login.jsp": public, "hd/xx/": FORM})
    assert "办事服务" not in _missing(report) and "service-unusable" not in _vetoes(report)


def test_a_hub_whose_channels_the_menu_repeats_all_failing_is_missing(tmp_path: Path) -> None:
    """公众参与 lists its channels as tiles that the menu's drop-down repeats on every page: they are still its ways on —
    here a 404 template and a page under construction —, beside a 信访 link that does not count."""
    drop = ("<li><a href='/gzcy/'>公众参与</a><div class='sub'><a href='/gzcy/szxx/'>书记信箱</a>"
            "<a href='/gzcy/wszx/'>网上咨询</a></div></li>")
    hub = ("<h1>公众参与</h1><div class='tiles'><a href='/gzcy/szxx/'><b>书记信箱</b></a><a href='/gzcy/wszx/'>"
           "<b>网上咨询</b></a><a href='https://wsxf.example.gov.cn/'><b>网上信访</b></a></div>")
    gone = "<div class='e'><p>对不起，您访问的页面不存在！</p><a href='/'>返回首页</a></div>"
    pages = {"gzcy/": hub, "gzcy/szxx/": gone, "gzcy/wszx/": "<h1>网上咨询</h1><p>页面正在建设中</p>"}
    report = _report(tmp_path / "dead", HALL + drop, pages)
    assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report)
    report = _report(tmp_path / "works", HALL + drop, {**pages, "gzcy/szxx/": FORM})
    assert "互动交流" not in _missing(report) and "interaction-poor" not in _vetoes(report)


def _columns(report: dict) -> dict[str, str]:
    return {c["name"]: c["url"] for c in report["columns"]}


def _blank(report: dict) -> set[str]:
    return {f["url"] for f in report["findings"] if f["check"] == "empty-column"}


def test_an_interview_archive_and_a_guide_list_under_construction_are_blank_columns(tmp_path: Path) -> None:
    """访谈回顾 and 服务指南 saying their column is being built are blank columns; a 网上办事 page saying so lacks its
    service (no column), and an 在线访谈 page saying only 暂无信息, with no list, stays a live page's."""
    menu = HALL + BOX + "".join(f"<li><a href='/{p}/'>{n}</a></li>" for p, n in (
        ("ftgk", "访谈回顾"), ("fwzn", "服务指南"), ("wsbs", "网上办事"), ("zxft", "在线访谈")))
    report = _report(tmp_path, menu, {
        "ftgk/": "<h1>访谈回顾</h1><div class='wait'><p>本栏目正在建设中，敬请关注</p></div>",
        "fwzn/": "<h1>服务指南</h1><div class='wait'><i class='icon'></i>该栏目建设中</div>",
        "wsbs/": "<h1>网上办事</h1><div class='wait'>页面正在建设，敬请期待</div>",
        "zxft/": "<h1>在线访谈</h1><p>暂无信息</p>",
        "hd/xx/": FORM,
    })
    assert {"访谈回顾", "服务指南"} <= set(_columns(report)) and not {"网上办事", "在线访谈"} & set(_columns(report))
    assert {SEED + "ftgk/", SEED + "fwzn/"} <= _blank(report)


def test_a_column_its_site_files_under_no_type_keeps_it_whatever_its_subject(tmp_path: Path) -> None:
    """ColumnType 其他 (or 专题) on 惠企政策一点通: 政策 is its subject, not what it lists; a ColumnType of the
    template's (今日要闻) still yields to the name's type word (公告)."""
    b = SnapshotBuilder(SEED)
    menu = "<ul class='nav'><li><a href='/hqzc/'>惠企政策一点通</a></li><li><a href='/gsgg/'>公示公告</a></li></ul>"
    b.page(SEED, f"<html><head><title>某县人民政府</title></head><body>{menu}{NEWS}{FOOTER}</body></html>", depth=0)
    for path, name, declared in (("hqzc", "惠企政策一点通", "其他"), ("gsgg", "公示公告", "今日要闻")):
        rows = "".join(f"<dl><dt><a href='/{path}/{i}.html'>{name}第{i}期内容</a></dt><dd>2020-0{i}-09</dd></dl>"
                       for i in (4, 5))
        b.page(SEED + f"{path}/", f"<html><head><title>{name}-某县人民政府</title><meta name='ColumnName' content='{name}'>"
                                  f"<meta name='ColumnType' content='{declared}'></head><body>{menu}{rows}{FOOTER}"
                                  "</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    types = {c["name"]: c["type"] for c in report["columns"]}
    assert types["惠企政策一点通"] == "其他" and types["公示公告"] == "通知公告"
