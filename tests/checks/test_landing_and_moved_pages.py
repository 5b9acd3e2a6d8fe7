"""Pages that look like columns and are none, read as a visitor reads them (the nineteenth blind batch, read): a
channel's landing page without a breadcrumb (a unit's page on a shared platform) or boxing its reports under the
name of their kind (年度报告) previews a part it leads to; a page saying its column has moved, with the way on, is a
jump page, not a blank column; a service guide that prints no date is still a document; a 年报 entry the crawl did
not open leaves the 年报 not measured. Pages are hand-written in layouts unlike the corpus pages they generalise."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.qs.gov.cn/"
AS_OF = dt.date(2021, 3, 10)
FOOTER = "<div class='copy'>青山县人民政府办公室 主办 网站标识码：4305230001 湘ICP备09001234号</div>"
MENU = ("<dl class='menu'><dd><a href='/'>首页</a></dd><dd><a href='/plus/list.php?tid=3'>本县新闻</a></dd>"
        "<dd><a href='/gkzl/'>公开专栏</a></dd><dd><a href='/ztbd/gsgg/'>公示公告</a></dd></dl>")
NEWS = ("<dl class='news'><dt>本县新闻</dt><dd><a href='/plus/view.php?aid=301'>全县春季植树造林活动启动</a> "
        "<i>2021-03-08</i></dd><dd><a href='/plus/view.php?aid=298'>县委理论学习中心组召开专题学习会</a> <i>2021-03-02</i></dd></dl>")


def _run(tmp_path: Path, pages: dict[str, str], status: dict[str, int] | None = None) -> dict:
    """pages: path → the page's content (between the menu and the footer; a full document when it starts <html>)."""
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>青山县人民政府</title></head><body>{MENU}{NEWS}{FOOTER}</body></html>", depth=0)
    b.page(SEED + "plus/list.php?tid=3", f"<html><head><title>本县新闻_青山县人民政府</title></head><body>{MENU}"
                                         f"<p class='where'>当前位置：<a href='/'>首页</a> » 本县新闻</p>{NEWS}{FOOTER}</body></html>")
    for path in ("about/lxwm.html", "about/wzsm.html"):   # the menu repeats on the site's pages
        b.page(SEED + path, f"<html><head><title>青山县人民政府</title></head><body>{MENU}<p>地址：青山县迎宾路8号"
                            f"（{path}）</p>{FOOTER}</body></html>")
    for path, body in pages.items():
        html = body if body.startswith("<html") else (
            f"<html><head><title>青山县人民政府</title></head><body>{MENU}{body}{FOOTER}</body></html>")
        b.page(SEED + path, html, status=(status or {}).get(path, 200))
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _columns(report: dict) -> set[str]:
    return {c["url"].removeprefix(SEED) for c in report["columns"]}


def _checks(report: dict, check: str) -> set[str]:
    return {f.get("url", f.get("element", "")).removeprefix(SEED) for f in report["findings"] if f["check"] == check}


# a landing page printing no breadcrumb: the parts of its section, then a box of the reports under their kind's name
LANDING = ("<div class='gk'><p class='unit'>公开专栏</p><p class='parts'><a href='/gkzl/zn/'>公开指南</a> "
           "<a href='/gkzl/ml/'>公开目录</a> <a href='/gkzl/nb/'>信息公开年报</a> <a href='/gkzl/ysq/'>依申请公开</a></p>"
           "<dl class='box'><dt>年度报告</dt>"
           "<dd><a href='/gkzl/nb/2021/0120/77.html'>青山县2020年度政府信息公开工作年度报告</a> <i>2021-01-20</i></dd>"
           "<dd><a href='/gkzl/nb/2020/0117/52.html'>青山县2019年度政府信息公开工作年度报告</a> <i>2020-01-17</i></dd>"
           "</dl></div>")


def test_a_landing_page_boxing_its_reports_under_their_kind_is_no_column(tmp_path: Path) -> None:
    # no breadcrumb (a unit's page on a platform prints none), a hub of the section's parts, two dated reports under
    # 年度报告 — the kind each row is: a preview of the 年报 part, not a list of its own
    report = _run(tmp_path / "landing", {"gkzl/": LANDING})
    assert "gkzl/" not in _columns(report)
    # the same rows under a heading that names nothing of them (通知) stay a list of the page's own
    other = LANDING.replace("<dt>年度报告</dt>", "<dt>通知</dt>")
    assert "gkzl/" in _columns(_run(tmp_path / "other", {"gkzl/": other}))


MOVED = ("<p class='where'>当前位置：<a href='/'>首页</a> » 公示公告</p><div class='tip'>本栏目已于2020年10月迁至县政务公开"
         "平台，原页面停止更新。<br>请访问：<a href='http://zwgk.qs.gov.cn/gsgg/'>新版公示公告</a></div>")


def test_a_page_saying_its_column_moved_is_a_jump_page_not_a_blank_column(tmp_path: Path) -> None:
    # (the old list's 暂无信息 left below the notice)
    report = _run(tmp_path / "moved", {"ztbd/gsgg/": MOVED + "<div class='list'>暂无信息</div>"})
    assert "ztbd/gsgg/" not in _columns(report)
    assert "ztbd/gsgg/" not in _checks(report, "empty-column")
    # the move said without a way on in its own text is no jump page: the menu's column, its list empty, is blank
    bare = MOVED.split("<br>", 1)[0] + "</div><div class='list'>暂无信息</div>"
    assert "ztbd/gsgg/" in _checks(_run(tmp_path / "bare", {"ztbd/gsgg/": bare}), "empty-column")


GUIDE = ("<html><head><title>建筑工程施工许可证核发_办事指南_湘政务服务</title></head><body><div class='hd'>省政务服务网</div>"
         "<h1>建筑工程施工许可证核发</h1><dl class='zn'><dt>实施主体</dt><dd>青山县住房和城乡建设局</dd>"
         "<dt>法定依据</dt><dd>《中华人民共和国建筑法》第八条</dd><dt>受理条件</dt><dd>已办理用地批准手续。</dd>"
         "<dt>申请材料</dt><dd>施工许可申请表；施工合同。</dd><dt>受理地点</dt><dd>县政务服务中心一楼</dd>"
         "<dt>咨询电话</dt><dd>0739-5221100</dd><dt>办理程序</dt><dd>申请、受理、审核、办结</dd></dl></body></html>")


def test_a_service_guide_printing_no_date_is_a_document() -> None:
    f = parse_page(GUIDE, "https://zwfw.hunan.gov.cn/guide/detail?id=4305230001", None, "r", home=False)
    assert f.is_article and f.pubdate is None
    # a page naming a few of the labels is no guide, and no document for that
    few = GUIDE.split("<dt>受理地点</dt>", 1)[0] + "</dl></body></html>"
    assert not parse_page(few, "https://zwfw.hunan.gov.cn/guide/detail?id=1", None, "r", home=False).is_article


def test_an_annual_report_entry_the_crawl_did_not_open_leaves_the_report_not_measured(tmp_path: Path) -> None:
    # the 信息公开年报 entry of the landing page (no rows of its own here) leads to a list the crawl never fetched
    hub = LANDING.split("<dl class='box'>", 1)[0] + "</div>"
    report = _run(tmp_path / "unfetched", {"gkzl/": hub})
    assert report["elements"]["政府信息公开年报"]["measured"] is False
    assert "政府信息公开年报" not in _checks(report, "missing-element")
    # a list that answers 404 is fetched and broken: the report is missing
    broken = _run(tmp_path / "broken", {"gkzl/": hub, "gkzl/nb/": "<html><body>404 Not Found</body></html>"},
                  status={"gkzl/nb/": 404})
    assert "政府信息公开年报" in _checks(broken, "missing-element")


def _rows(*rows: tuple[str, str, str]) -> str:
    return "<ul class='lb'>" + "".join(f"<li><a href='{u}'>{t}</a><span>{d}</span></li>" for u, t, d in rows) + "</ul>"


ROWS = (("/xwzx/bxxw/202103/t20210308_9.html", "全县春季植树造林活动在城东新区启动", "2021-03-08"),
        ("/xwzx/bxxw/202103/t20210302_7.html", "县委理论学习中心组召开专题学习会议", "2021-03-02"),
        ("/xwzx/bxxw/202102/t20210225_5.html", "青山县召开二〇二一年安全生产工作会议", "2021-02-25"))


def test_a_channel_page_previewing_the_list_below_it_is_no_column(tmp_path: Path) -> None:
    # 首页 » 新闻中心: two ways on (its 本县新闻 list below it, the province's portal) — too few for a hub — and a
    # 最新动态 box whose rows are all rows of that list: a preview of the column below, not a list of its own
    channel = ("<p class='where'>当前位置：<a href='/'>首页</a> » 新闻中心</p><div class='tiles'><a href='/xwzx/bxxw/'>"
               "本县新闻</a> <a href='http://www.hunan.gov.cn/'>湖南省人民政府</a></div><h4>最新动态</h4>" + _rows(*ROWS[:2]))
    below = ("<p class='where'>当前位置：<a href='/'>首页</a> » <a href='/xwzx/'>新闻中心</a> » 本县新闻</p>"
             + _rows(*ROWS))
    report = _run(tmp_path / "preview", {"xwzx/": channel, "xwzx/bxxw/": below})
    assert "xwzx/" not in _columns(report) and "xwzx/bxxw/" in _columns(report)
    # a row the list below does not hold: the box is the page's own list
    own = channel.replace(ROWS[1][0], "/xwzx/202103/t20210302_8.html")
    assert "xwzx/" in _columns(_run(tmp_path / "own", {"xwzx/": own, "xwzx/bxxw/": below}))
