"""What stands beside a column's list, on pages unlike the blind sites that showed each rule: a sidebar box printed
above the page's breadcrumb (its content begins there) holds no entries of the column below it; a first-level column
showing boxes of its sub-columns of its own type is that column, while a channel's front page stays none."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.lq.gov.cn/"
AS_OF = dt.date(2021, 6, 30)
FOOTER = "<div class='copyright'>主办单位：临泉县人民政府办公室 网站标识码：3412210001 皖ICP备07012345号</div>"
NAV = ("<div class='navbar'><a href='/gzdt/'>工作动态</a><a href='/zcwj/'>政策文件</a><a href='/gsgg/'>公示公告</a>"
       "</div>")


def _li(folder: str, n: int, title: str, date: str) -> str:
    return f"<li><a href='/{folder}/{n}.shtml'>{title}</a><span class='time'>{date}</span></li>"


def _page(title: str, side: str, crumb: str, rows: str) -> str:
    return (f"<html><head><title>{title}-临泉县人民政府</title></head><body>{NAV}<div class='wrap'>"
            f"<div class='leftbox'>{side}</div><div class='rightbox'><p class='pos'>您的位置：<a href='/'>首页</a>"
            f" &gt; {crumb}</p><ul class='lb'>{rows}</ul></div></div>{FOOTER}</body></html>")


def test_a_sidebar_box_above_the_breadcrumb_holds_no_entries_of_the_column(tmp_path: Path) -> None:
    # 政策文件: a left 热点推荐 box of 工作动态's fresh news, then (您的位置：首页 > 政策文件) the column's own old
    # documents. Its newest entry is its own list's, so it is stale; 公示公告's left box repeats one of its own rows,
    # printed below its crumb too: that row is its list's
    news = [(101, "县政府召开防汛工作调度会", "2021-06-28"), (102, "全县夏粮收购工作有序推进", "2021-06-25")]
    b = SnapshotBuilder(SEED)
    notices = [(301, "2021年城乡居民医保缴费公告", "2021-06-21"), (302, "临泉县第二批拟录用人员公示", "2021-05-30")]
    b.page(SEED, f"<html><head><title>临泉县人民政府</title></head><body>{NAV}<ul class='xw'>"
                 + "".join(_li("gsgg", *r) for r in notices) + f"</ul>{FOOTER}</body></html>", depth=0)
    side = "<h3>热点推荐</h3><ul>" + "".join(_li("gzdt", *r) for r in news) + "</ul>"
    b.page(SEED + "gzdt/", _page("工作动态", "", "工作动态", "".join(_li("gzdt", *r) for r in news)))
    docs = [(201, "临泉县农村集体资产管理办法", "2020-10-12"), (202, "临泉县城市绿化管理实施细则", "2020-08-03"),
            (203, "临泉县政府投资项目管理办法", "2020-05-19")]
    b.page(SEED + "zcwj/", _page("政策文件", side, "政策文件", "".join(_li("zcwj", *r) for r in docs)))
    own_box = "<h3>最新公示</h3><ul>" + _li("gsgg", *notices[0]) + "</ul>"
    b.page(SEED + "gsgg/", _page("公示公告", own_box, "公示公告", "".join(_li("gsgg", *r) for r in notices)))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    cols = {c["url"]: c for c in report["columns"]}
    assert cols[SEED + "zcwj/"]["items"] == 3 and cols[SEED + "zcwj/"]["last_update"] == "2020-10-12"
    assert SEED + "zcwj/" in {f["url"] for f in report["findings"] if f["check"] == "stale-column"}
    assert cols[SEED + "gsgg/"]["items"] == 2 and cols[SEED + "gsgg/"]["last_update"] == "2021-06-21"


def _box(path: str, name: str, rows: list[tuple[int, str, str]]) -> str:
    return (f"<div class='mod'><div class='title'><span>{name}</span><a href='/{path}/'>more+</a></div><table>"
            + "".join(f"<tr><td><a href='/{path}/art/{n}.html'>{t}</a></td><td>{d}</td></tr>" for n, t, d in rows)
            + "</table></div>")


def test_a_first_level_column_showing_its_sub_columns_boxes_is_that_column(tmp_path: Path) -> None:
    # 新闻中心 (menu) shows a box of each of its sub-columns 部门动态 and 乡镇动态, each closed by more+: a visitor
    # opening 新闻中心 reads its news there, so it is a 动态要闻 column dated by its newest box row — while 政务公开's
    # boxes (通知公告, 政策文件: two types) and 互动交流's (县长信箱, 意见征集: a channel's landing page) stay front pages
    bm = [(11, "县交通运输局开展桥梁安全检查", "2021-05-20"), (12, "县市场监管局召开食品安全工作会", "2021-05-11")]
    xz = [(21, "城关镇举办农民技能培训班", "2021-05-26"), (22, "河口乡开展森林防火演练", "2021-05-02")]
    gg = [(31, "关于2021年端午节放假安排的通知", "2021-06-08")]
    wj = [(41, "临泉县养老服务体系建设实施方案", "2021-03-15")]
    xx = [(51, "关于老旧小区改造进度的咨询", "2021-06-22")]
    zj = [(61, "《临泉县城区停车管理办法》征求意见", "2021-06-10")]
    menu = ("<div class='navbar'><a href='/xwzx/'>新闻中心</a><a href='/zwgk/'>政务公开</a><a href='/hdjl/'>互动交流</a>"
            "</div>")
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>临泉县人民政府</title></head><body>{menu}<ul class='xw'>"
                 "<li><a href='/xwzx/bmdt/art/9.html'>县卫健委开展义诊活动</a><span>2021-06-29</span></li>"
                 f"</ul>{FOOTER}</body></html>", depth=0)
    for path, name, boxes in (("xwzx", "新闻中心", (("xwzx/bmdt", "部门动态", bm), ("xwzx/xzdt", "乡镇动态", xz))),
                              ("zwgk", "政务公开", (("zwgk/tzgg", "通知公告", gg), ("zwgk/zcwj", "政策文件", wj))),
                              ("hdjl", "互动交流", (("hdjl/xzxx", "县长信箱", xx), ("hdjl/yjzj", "意见征集", zj)))):
        b.page(SEED + path + "/", f"<html><head><title>{name}-临泉县人民政府</title></head><body>{menu}"
               f"<p class='pos'>您的位置：<a href='/'>首页</a> &gt; {name}</p>"
               + "".join(_box(*box) for box in boxes) + f"{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    cols = {c["url"]: c for c in report["columns"]}
    assert set(cols) == {SEED + "xwzx/"}
    news = cols[SEED + "xwzx/"]
    assert (news["type"], news["items"], news["last_update"]) == ("动态要闻", 4, "2021-05-26")
    assert SEED + "xwzx/" in {f["url"] for f in report["findings"] if f["check"] == "stale-column"}


def test_a_first_level_column_and_its_sub_columns_count_once_for_the_veto(tmp_path: Path) -> None:
    # 通知公告 (menu) shows boxes of its 通知 and 公示 sub-columns, all three stale, beside a stale 工作动态 and a stale
    # 政策文件: five stale columns, but the first-level 通知公告 and its second level are one column for the veto —
    # three counted, no columns-stale; two more stale news columns make five
    def site(path: Path, news_columns: tuple[str, ...]) -> dict:
        menu = ("<div class='navbar'><a href='/tzgg/'>通知公告</a><a href='/zcwj/'>政策文件</a>"
                + "".join(f"<a href='/{c}/'>{c}动态</a>" for c in news_columns) + "</div>")
        b = SnapshotBuilder(SEED)
        b.page(SEED, f"<html><head><title>临泉县人民政府</title></head><body>{menu}<ul class='xw'>"
                     "<li><a href='/xw/1.html'>县政府召开常务会议</a><span>2021-06-29</span></li>"
                     f"</ul>{FOOTER}</body></html>", depth=0)
        tz = [(71, "关于开展安全生产大检查的通知", "2020-11-20"), (72, "关于做好秋冬季防火工作的通知", "2020-10-09")]
        gs = [(81, "2020年度县级文明单位拟命名名单公示", "2020-12-01"), (82, "县城规划调整方案批前公示", "2020-09-14")]
        b.page(SEED + "tzgg/", f"<html><head><title>通知公告-临泉县人民政府</title></head><body>{menu}"
               f"<p class='pos'>您的位置：<a href='/'>首页</a> &gt; 通知公告</p>{_box('tzgg/tz', '通知', tz)}"
               f"{_box('tzgg/gs', '公示', gs)}{FOOTER}</body></html>")
        lists = {"tzgg/tz": ("通知公告 &gt; 通知", tz), "tzgg/gs": ("通知公告 &gt; 公示", gs),
                 "zcwj": ("政策文件", [(91, "临泉县城市绿化管理实施细则", "2020-08-03")])}
        lists |= {c: (f"{c}动态", [(95 + i, f"{c}开展汛期巡查", "2021-04-02")]) for i, c in enumerate(news_columns)}
        for folder, (crumb, rows) in lists.items():
            name = crumb.rsplit("&gt; ", 1)[-1]
            b.page(SEED + folder + "/", f"<html><head><title>{name}-临泉县人民政府</title></head><body>{menu}"
                   f"<p class='pos'>您的位置：<a href='/'>首页</a> &gt; {crumb}</p><table>"
                   + "".join(f"<tr><td><a href='/{folder}/art/{n}.html'>{t}</a></td><td>{d}</td></tr>"
                             for n, t, d in rows) + f"</table>{FOOTER}</body></html>")
        return run_checks(load_snapshot(b.write(path)), AS_OF)

    report = site(tmp_path / "three", ("城关",))
    stale = {f["url"] for f in report["findings"] if f["check"] == "stale-column"}
    assert {SEED + "tzgg/", SEED + "tzgg/tz/", SEED + "tzgg/gs/", SEED + "zcwj/", SEED + "城关/"} <= stale
    assert "columns-stale" not in {v["rule"] for v in report["vetoes"]}
    report = site(tmp_path / "five", ("城关", "河口", "杨桥"))
    assert "columns-stale" in {v["rule"] for v in report["vetoes"]}


def test_a_box_ranking_the_most_read_pages_holds_no_entries_of_the_column(tmp_path: Path) -> None:
    # 公示公告 under its breadcrumb, then a right-hand 阅读排行榜 (a title bar over a table of the site's most read
    # pages, from any column, one of them newer than the list): the column counts and is dated by its own rows
    b = SnapshotBuilder(SEED)
    notices = [(301, "2021年城乡居民医保缴费公告", "2021-06-21"), (302, "临泉县第二批拟录用人员公示", "2021-05-30"),
               (303, "关于城区部分路段临时交通管制的通告", "2021-05-12")]
    b.page(SEED, f"<html><head><title>临泉县人民政府</title></head><body>{NAV}<ul class='xw'>"
                 + "".join(_li("gsgg", *r) for r in notices[:2]) + f"</ul>{FOOTER}</body></html>", depth=0)
    ranked = ("<div class='phb'><div class='phb-bar'><em>阅读排行榜</em></div><table>"
              "<tr><td><a href='/gzdt/101.shtml'>县政府召开防汛工作调度会</a></td><td>2021-06-28</td></tr>"
              "<tr><td><a href='/zcwj/205.shtml'>临泉县政府投资项目管理办法</a></td><td>2020-05-19</td></tr></table></div>")
    news = [(101, "县政府召开防汛工作调度会", "2021-06-28"), (102, "全县夏粮收购工作有序推进", "2021-06-25")]
    b.page(SEED + "gzdt/", _page("工作动态", "", "工作动态", "".join(_li("gzdt", *r) for r in news)))
    rows = "".join(_li("gsgg", *r) for r in notices)
    b.page(SEED + "gsgg/", _page("公示公告", "", "公示公告", rows).replace("</ul></div></div>",
                                                                       f"</ul>{ranked}</div></div>"))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    col = next(c for c in report["columns"] if c["url"] == SEED + "gsgg/")
    assert (col["items"], col["last_update"]) == (3, "2021-06-21")


def test_a_side_menu_link_to_a_section_front_page_beside_dated_rows_is_no_entry(tmp_path: Path) -> None:
    # 政策文件 lists three dated documents; below it a menu of the 公开 section's parts links 依申请公开 (a folder's
    # front page that reads as an article: a heading, a 发布日期 and paragraphs). That link is the section's menu, no
    # fourth entry of the list
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>临泉县人民政府</title></head><body>{NAV}<a href='/gk/ysq/index.html'>依申请公开"
                 f"</a>{FOOTER}</body></html>", depth=0)
    docs = [(201, "临泉县农村集体资产管理办法", "2021-06-12"), (202, "临泉县城市绿化管理实施细则", "2021-05-03"),
            (203, "临泉县政府投资项目管理办法", "2021-04-19")]
    menu = "<dl class='gkmenu'><dt>公开栏目</dt><dd><a href='/gk/ysq/index.html'>依申请公开</a></dd></dl>"
    b.page(SEED + "zcwj/", _page("政策文件", "", "政策文件", "".join(_li("zcwj", *r) for r in docs)).replace(
        "</ul></div>", f"</ul>{menu}</div>"))
    b.page(SEED + "gk/ysq/index.html", f"<html><head><title>依申请公开-临泉县人民政府</title></head><body>{NAV}"
           "<h1>临泉县人民政府依申请公开工作规程</h1><div class='info'>发布日期：2021-01-08</div>"
           "<p>公民、法人或者其他组织可以向本机关申请获取相关政府信息。</p>"
           + "<p>申请人可通过当面、邮寄、网上等方式提出申请，本机关自收到申请之日起二十个工作日内予以答复。</p>"
           + f"{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    column = next(c for c in report["columns"] if c["url"] == SEED + "zcwj/")
    assert (column["items"], column["last_update"]) == (3, "2021-06-12")
