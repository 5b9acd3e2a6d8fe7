"""Pages written as XML the way XHTML templates and data exporters write them, read as a browser shows them: a
script opening with a bare `<![CDATA[`, an `<a …/>` the parser reopens around what follows, a line rolling the
leaders' posts as labels, a channel exported as an XML document with an XSL stylesheet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.qiaoxi.gov.cn/"
AS_OF = dt.date(2021, 6, 30)
NEWS = ("<ul class='yw'><li><a href='/yw/2021/06/28/art_5_91.html'>桥西区召开防汛工作部署会</a><em>2021-06-28</em></li>"
        "<li><a href='/yw/2021/06/25/art_5_90.html'>区政务服务中心延时服务启动</a><em>2021-06-25</em></li></ul>")
BOTTOM = ("<div class='bottom'>主办：桥西区人民政府办公室　网站标识码：1301040001　冀ICP备11002233号　"
          "冀公网安备13010402000456号　电话：0311-86012345</div>")


def _report(tmp_path: Path, home: str, pages: dict[str, str] | None = None) -> dict:
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>桥西区人民政府</title></head><body>{home}{NEWS}{BOTTOM}</body></html>", depth=0)
    for path, html in (pages or {}).items():
        b.page(SEED + path, html)
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _missing(report: dict) -> set[str]:
    return {f["element"] for f in report["findings"] if f["check"] == "missing-element"}


BADGE = ("'<a href=\"https://bszs.conac.cn/sitename?method=show&id=77\"><img src=\"https://dcs.conac.cn/image/red.png\" "
         "alt=\"党政机关\"></a>'")


def test_a_badge_script_opening_with_a_bare_cdata_marker_never_runs(tmp_path: Path) -> None:
    # `//<![CDATA[` is a comment in JavaScript: the badge it writes shows
    commented = f"<div class='dz'><script>//<![CDATA[\ndocument.write({BADGE});\n//]]></script></div>"
    assert "党政机关网站标识" not in _missing(_report(tmp_path / "commented", commented))
    # a bare `<![CDATA[` is a SyntaxError in an HTML page: nothing of the script runs, no badge shows
    bare = f"<div class='dz'><script type='text/javascript'>\n<![CDATA[\ndocument.write({BADGE});\n]]></script></div>"
    report = _report(tmp_path / "bare", bare)
    assert "党政机关网站标识" in _missing(report)
    # … nor does a slot it was to fill by id wait for some script: it stays empty, the badge is missing (measured)
    slot = (f"<span id='dzjgBadge'></span><script>\n  <![CDATA[ var box = document.getElementById('dzjgBadge');"
            f" box.innerHTML = {BADGE}; ]]>\n</script>")
    report = _report(tmp_path / "slot", slot)
    assert report["elements"]["党政机关网站标识"]["measured"] and "党政机关网站标识" in _missing(report)


def test_a_line_rolling_the_leaders_posts_as_labels_shows_them(tmp_path: Path) -> None:
    # a 单位概况 page with no 领导 heading, whose one line names each post as a label with its holders
    home = "<div class='menu'><a href='/'>首页</a><a href='/dwgk/'>单位概况</a></div>"
    about = ("<html><head><title>单位概况</title></head><body><h2>单位概况</h2><p>区农业科学研究院是区政府直属的公益一类事业单位，"
             "负责全区农业技术的试验、示范和推广工作。</p><p>院长：欧阳某某；副院长：石某，龙某某。</p></body></html>")
    report = _report(tmp_path / "roll", home, {"dwgk/": about})
    assert report["elements"]["负责人信息"]["url"] == SEED + "dwgk/"
    # one post alone, or posts' mailboxes, under no heading are no roll of leaders
    for i, line in enumerate(("院长：欧阳某某。", "院长信箱：来信请写明姓名；副院长信箱：暂停使用。")):
        plain = about.replace("院长：欧阳某某；副院长：石某，龙某某。", line)
        assert "负责人信息" in _missing(_report(tmp_path / f"plain{i}", home, {"dwgk/": plain}))


def test_a_link_left_open_around_a_list_is_no_row_of_it() -> None:
    # `<a …/>` is a start tag in HTML: the parser reopens the link around the table that follows, whose dated rows
    # are the letters — the reopened link is none
    html = ("<html><body><h2>区长信箱</h2><div class='tool'><a href='/qzxx/tj.html' class='btn'/>我要写信</div>\n"
            "<table><tr><th>标题</th><th>时间</th></tr>"
            "<tr><td><a href='/qzxx/show.html?id=41'>小区路灯不亮</a></td><td>2021-06-20</td></tr>"
            "<tr><td><a href='/qzxx/show.html?id=40'>咨询入学报名材料</a></td><td>2021-06-11</td></tr>"
            "<tr><td><a href='/qzxx/show.html?id=39'>反映道路积水</a></td><td>2021-05-30</td></tr></table></body></html>")
    f = parse_page(html, SEED + "qzxx/", None, "r", home=False)
    assert [i.url for i in f.items] == [SEED + f"qzxx/show.html?id={n}" for n in (41, 40, 39)]


RSS = ("<?xml version='1.0' encoding='utf-8'?>\n<?xml-stylesheet type='text/xsl' href='/style/rss.xsl'?>\n"
       "<rss version='2.0'><channel><title>通知公告</title><link>http://www.qiaoxi.gov.cn/tzgg/</link>"
       "<item><title>关于2021年汛期值班安排的通知</title><link>http://www.qiaoxi.gov.cn/tzgg/202106/t20210626_7.html</link>"
       "<pubDate>2021-06-26</pubDate></item>"
       "<item><title>桥西区2021年公开招聘社区工作者公告</title><link>/tzgg/202106/t20210615_6.html</link>"
       "<pubDate>2021-06-15</pubDate></item>"
       "<item><title>关于开展燃气安全隐患排查的通知</title><link>/tzgg/202105/t20210528_5.html</link>"
       "<pubDate>2021-05-28</pubDate></item></channel></rss>")


def test_an_xml_document_shown_through_its_stylesheet_is_the_list_it_draws() -> None:
    f = parse_page(RSS, SEED + "tzgg/index.xml", None, "r", home=False)
    assert f.title == "通知公告"
    assert [(i.title, i.date) for i in f.items] == [("关于2021年汛期值班安排的通知", (2021, 6, 26)),
                                                    ("桥西区2021年公开招聘社区工作者公告", (2021, 6, 15)),
                                                    ("关于开展燃气安全隐患排查的通知", (2021, 5, 28))]
    # without a stylesheet a browser shows the document's tree, no list; a DTD is never read
    assert not parse_page(RSS.replace("<?xml-stylesheet type='text/xsl' href='/style/rss.xsl'?>", ""),
                          SEED + "tzgg/index.xml", None, "r", home=False).items
    dtd = RSS.replace("<rss version", "<!DOCTYPE rss [<!ENTITY t '通知'>]><rss version")
    assert not parse_page(dtd, SEED + "tzgg/index.xml", None, "r", home=False).items
