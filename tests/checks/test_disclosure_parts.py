"""政务公开 parts read as evaluators read them: a request for government information (依申请公开) is no way to ask
a question, so an 互动交流 hub left with only that request working offers no channel; a 政府信息公开目录 page saying
its catalogue is empty is a blank column (the other tabs its server prints at the same address are its navigation,
no rows). Pages are hand-written in layouts unlike the blind corpus's."""

from __future__ import annotations

from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder
from .test_entries import AS_OF, FOOTER, NEWS, SEED, _missing, _site, _vetoes

NAV = ("<div class='menu'><a href='/'>网站首页</a> <a href='/zwdt/'>政务动态</a> <a href='/wsbs/'>网上办事</a> "
       "<a href='/zmhd/'>政民互动</a></div>")
HALL = ("<h1>网上办事</h1><ul class='fw'><li><a href='https://zwfw.example-prov.gov.cn/county/gr/'>个人办事</a></li>"
        "<li><a href='https://zwfw.example-prov.gov.cn/county/fr/'>法人办事</a></li></ul>", 200)
REQUEST = ("<h1>政府信息公开申请</h1><form action='/ysq/submit.do' method='post'><input name='name'>"
           "<textarea name='content'></textarea><input type='submit' value='提交申请'></form>", 200)
LETTERS = ("<h1>主任信箱</h1><form action='/zmhd/xx/save' method='post'><input name='bt'><textarea name='nr'></textarea>"
           "<button>提交</button></form>", 200)


def test_a_hub_left_with_only_the_information_request_offers_no_channel(tmp_path: Path) -> None:
    # 政民互动 leads to 主任信箱, whose page answers 404, and to the 依申请公开 form, which works: a request for
    # government information is a 政务公开 procedure, no question of the visitor's — no working channel, the veto
    hub = ("<h1>政民互动</h1><div class='entry'><a href='/zmhd/xx/'>主任信箱</a><a href='/ysq/apply/'>依申请公开</a>"
           "</div><p>办公室电话：0917-3216000</p>", 200)
    gone = ("<html><head><title>404</title></head><body><h1>404 Not Found</h1></body></html>", 404)
    pages = {"zmhd/": hub, "zmhd/xx/": gone, "ysq/apply/": REQUEST, "wsbs/": HALL}
    report = _site(tmp_path / "gone", NAV, pages)
    assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report)
    # the same hub whose 主任信箱 takes letters: a channel
    report = _site(tmp_path / "works", NAV, {**pages, "zmhd/xx/": LETTERS})
    assert "互动交流" not in _missing(report) and "interaction-poor" not in _vetoes(report)


def _tabbed(tmp_path: Path, catalogue: str) -> dict:
    """A bureau's 政务公开 served as tabs of one address (gk.php?part=…), each tab page printing the tab bar."""
    b = SnapshotBuilder(SEED)
    bar = ("<div class='gk-tabs'>" + "".join(f"<a href='/gk.php?part={p}'>{n}</a>" for p, n in (
        ("guide", "政府信息公开指南"), ("catalog", "政府信息公开目录"), ("report", "政府信息公开年报"))) + "</div>")
    menu = "<div class='menu'><a href='/'>首页</a> <a href='/zwdt/'>政务动态</a> <a href='/gk.php?part=catalog'>政务公开</a></div>"

    def page(title: str, body: str, meta: str = "") -> str:
        return (f"<html><head><title>{title}_某县教育局</title>{meta}</head><body>{menu}<div class='crumb'>当前位置："
                f"<a href='/'>首页</a> &gt; 政务公开 &gt; {title}</div>{bar}{body}{FOOTER}</body></html>")

    b.page(SEED, f"<html><head><title>某县教育局</title></head><body>{menu}{NEWS}"
                 f"<a href='/gk.php?part=guide'>政府信息公开指南</a><a href='/gk.php?part=catalog'>政府信息公开目录</a>"
                 f"<a href='/gk.php?part=report'>政府信息公开年报</a>{FOOTER}</body></html>", depth=0)
    b.page(SEED + "gk.php?part=guide", page("政府信息公开指南", "<h1>某县教育局政府信息公开指南</h1>"
                                          "<p class='info'>发布时间：2020-03-02</p><p>一、主动公开……</p>",
                                          "<meta name='PubDate' content='2020-03-02'>"))
    b.page(SEED + "gk.php?part=catalog", page("政府信息公开目录", catalogue))
    b.page(SEED + "gk.php?part=report", page("政府信息公开年报", "<ul class='nb'><li><a href='/up/nb2019.pdf'>"
                                          "某县教育局2019年政府信息公开工作年度报告</a><span>2020-01-20</span></li></ul>"))
    news = [("xw/2020/11/20/art_1_11.html", "县政务服务中心开展“优化营商环境服务月”活动"),
            ("xw/2020/11/18/art_1_12.html", "县领导调研安全生产工作")]
    b.page(SEED + "zwdt/", f"<html><head><title>政务动态_某县教育局</title></head><body>{menu}" + "<ul class='list'>" + "".join(
        f"<li><a href='/xw/2020/11/{d}/art_1_{d}.html'>县教育局开展第{d}期校园安全检查</a><span>2020-11-{d}</span></li>"
        for d in (10, 12, 14, 16)) + f"</ul>{FOOTER}</body></html>")
    news += [(f"xw/2020/11/{d}/art_1_{d}.html", f"县教育局开展第{d}期校园安全检查") for d in (10, 12, 14, 16)]
    for path, title in news:   # (pages enough that the tab bar is no template of the site)
        b.page(SEED + path, f"<html><head><title>{title}</title><meta name='PubDate' content='2020-11-20'></head>"
                            f"<body>{menu}<h1>{title}</h1><p>正文。</p>{FOOTER}</body></html>")
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def test_an_empty_catalogue_is_a_blank_column_its_tabs_no_rows(tmp_path: Path) -> None:
    empty = ("<table class='ml'><tr><th>索引号</th><th>信息名称</th><th>发布日期</th></tr>"
             "<tr><td colspan='3'>暂无数据</td></tr></table>")
    report = _tabbed(tmp_path / "empty", empty)
    catalogue = SEED + "gk.php?part=catalog"
    column = next((c for c in report["columns"] if c["url"] == catalogue), None)
    assert column is not None and column["items"] == 0, column
    assert catalogue in {f["evidence"]["url"] for f in report["findings"] if f["check"] == "empty-column"}
    # the same 目录 listing its documents: a column with rows, no blank one
    listed = ("<ul class='ml'><li><a href='/gk/2020/11/art_5.html'>关于2020年秋季学期中小学收费标准的公示</a>"
              "<span>2020-11-10</span></li><li><a href='/gk/2020/10/art_4.html'>某县教育局2020年部门预算</a>"
              "<span>2020-10-12</span></li></ul>")
    report = _tabbed(tmp_path / "listed", listed)
    assert catalogue not in {f["evidence"]["url"] for f in report["findings"] if f["check"] == "empty-column"}


def test_documents_at_the_lists_own_address_stay_its_rows(tmp_path: Path) -> None:
    # a CMS serving lists and documents at one address (news.php?cat=9, news.php?id=N), the documents short-named
    # and undated on the list: each document links back to its list, not to every other one — they are rows
    b = SnapshotBuilder(SEED)
    menu = "<div class='menu'><a href='/'>首页</a> <a href='/news.php?cat=9'>工作总结</a></div>"
    b.page(SEED, f"<html><head><title>某县教育局</title></head><body>{menu}{NEWS}{FOOTER}</body></html>", depth=0)
    years = (2017, 2018, 2019)
    b.page(SEED + "news.php?cat=9", f"<html><head><title>工作总结_某县教育局</title></head><body>{menu}<ul class='list'>"
           + "".join(f"<li><a href='/news.php?id={y}'>{y}年工作总结</a></li>" for y in years) + f"</ul>{FOOTER}</body></html>")
    for y in years:
        b.page(SEED + f"news.php?id={y}", f"<html><head><title>{y}年工作总结</title><meta name='PubDate' "
               f"content='{y + 1}-01-15'></head><body>{menu}<div class='crumb'><a href='/'>首页</a> &gt; "
               f"<a href='/news.php?cat=9'>工作总结</a></div><h1>{y}年工作总结</h1><p>正文。</p>{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    column = next(c for c in report["columns"] if c["url"] == SEED + "news.php?cat=9")
    assert column["items"] == 3, column
