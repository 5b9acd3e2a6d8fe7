"""Pages of 负责人信息 and 文件资料 read as an evaluator reads them, on pages unlike the blind sites that showed each
rule: a leader's page with a box of his activities and no 更多 is a page, not a column; a list of the leaders'
activities whose rows report events is news; a document printing its one date twice under one label is a document."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "https://fgw.hexian.gov.cn/"
AS_OF = dt.date(2025, 3, 20)
TOP = ("<table class='top'><tr><td><a href='/'>网站首页</a></td><td><a href='/jgjj/'>机构简介</a></td>"
       "<td><a href='/ldzc/'>领导之窗</a></td><td><a href='/fzgg/'>发展改革动态</a></td></tr></table>")
FOOT = "<table class='foot'><tr><td>主办：禾县发展和改革局 网站标识码：4305230015 湘ICP备12004321号</td></tr></table>"

ACTS = [  # the 政务活动 list's rows (the events its leaders took part in), newest first
    ("20250318", "局长周明远带队调研重点项目"), ("20250314", "副局长林岚出席价格监测工作会议"),
    ("20250311", "周明远主持召开局党组会议"), ("20250305", "林岚督导检查粮食储备库"),
    ("20250227", "周明远走访慰问困难企业"), ("20250221", "副局长陈实参加全县经济运行调度会"),
]


def _page(title: str, crumb: str, body: str) -> str:
    return (f"<html><head><title>{title}-禾县发展和改革局</title></head><body>{TOP}"
            f"<div class='weizhi'>位置：<a href='/'>首页</a> » {crumb}</div><div class='nr'>{body}</div>{FOOT}</body></html>")


def _row(stamp: str, title: str) -> str:
    return (f"<tr><td><a href='/ldzc/zwhd/{stamp[:6]}/t{stamp}_1.shtml'>{title}</a></td>"
            f"<td>{stamp[:4]}年{stamp[4:6]}月{stamp[6:]}日</td></tr>")


def _site(tmp_path: Path) -> dict:
    b = SnapshotBuilder(SEED)
    news = "".join(f"<li><a href='/fzgg/2025031{d}/{d}.shtml'>全县项目建设第{d}次调度</a>（2025-03-1{d}）</li>"
                   for d in (2, 5, 8))
    b.page(SEED, f"<html><head><title>禾县发展和改革局</title></head><body>{TOP}<ul>{news}</ul>{FOOT}</body></html>",
           depth=0)
    b.page(SEED + "fzgg/", _page("发展改革动态", "发展改革动态", f"<ul>{news}</ul>"))
    # 领导之窗: three leaders' names leading to their pages, and the list of their activities
    b.page(SEED + "ldzc/", _page("领导之窗", "领导之窗", "<p><a href='/ldzc/zmy.shtml'>周明远 局长</a></p>"
                                 "<p><a href='/ldzc/ll.shtml'>林岚 副局长</a></p><p><a href='/ldzc/cs.shtml'>陈实 副局长</a></p>"
                                 "<p><a href='/ldzc/zwhd/'>政务活动</a></p>"))
    b.page(SEED + "ldzc/zwhd/", _page("政务活动", "<a href='/ldzc/'>领导之窗</a> » 政务活动",
                                      "<table>" + "".join(_row(*r) for r in ACTS) + "</table>"))
    # the 局长's page: his 简历 and 分工, and a box of his own activities with no 更多 — all rows of 政务活动
    mine = [r for r in ACTS if "周明远" in r[1]]
    b.page(SEED + "ldzc/zmy.shtml", _page(
        "周明远", "<a href='/ldzc/'>领导之窗</a> » 周明远",
        "<h2>周明远</h2><p>职务：禾县发展和改革局党组书记、局长</p><p>简历：周明远，男，汉族，1976年3月生，湖南禾县人，"
        "研究生学历，1998年8月参加工作。历任禾县财政局副局长，禾县白沙镇党委书记，2022年6月任现职。</p>"
        "<p>分工：主持局全面工作，分管办公室、规划科和重大项目推进中心。</p>"
        "<table class='xghd'><caption>近期活动</caption>" + "".join(_row(*r) for r in mine) + "</table>"))
    # 文体活动: a list of events to come (报名, 安排), no reports of events
    fun = [("20250310", "春季职工羽毛球赛报名通知"), ("20250301", "三月读书分享会安排"), ("20250220", "职工趣味运动会项目表")]
    b.page(SEED + "ghgz/wthd/", _page("文体活动", "<a href='/ghgz/'>工会工作</a> » 文体活动", "<table>" + "".join(
        f"<tr><td><a href='/ghgz/wthd/t{s}_2.shtml'>{t}</a></td><td>{s[:4]}-{s[4:6]}-{s[6:]}</td></tr>" for s, t in fun)
        + "</table>"))
    b.page(SEED + "ghgz/", _page("工会工作", "工会工作", "<p><a href='/ghgz/wthd/'>文体活动</a></p>"
                                 "<p><a href='/ghgz/ghdt/'>工会动态</a></p><p><a href='/ghgz/zgzj/'>职工之家</a></p>"
                                 "<p><a href='/ghgz/ztjy/'>主题教育活动</a></p>"))
    # a campaign's 主题教育活动, its rows reporting events: no leader's activities
    camp = [("20250312", "召开主题教育专题读书班"), ("20250226", "开展主题教育调研走访"), ("20250218", "举办主题教育动员会")]
    b.page(SEED + "ghgz/ztjy/", _page("主题教育活动", "<a href='/ghgz/'>工会工作</a> » 主题教育活动", "<table>" + "".join(
        f"<tr><td><a href='/ghgz/ztjy/t{s}_3.shtml'>{t}</a></td><td>{s[:4]}-{s[4:6]}-{s[6:]}</td></tr>" for s, t in camp)
        + "</table>"))
    # 政策文件 with its 部门文件 sub-column in its folder: the sub-column's rows are all on the parent's list too,
    # and it says a line of its own; it stays a column
    docs = [("bmwj/2025031", "禾县价格认证管理办法", "2025-03-11"), ("bmwj/2025020", "禾县粮食储备管理细则", "2025-02-06"),
            ("xzwj/2025011", "禾县招商引资考核办法", "2025-01-15")]
    b.page(SEED + "zcwj/", _page("政策文件", "政策文件", "<ul>" + "".join(
        f"<li><a href='/zcwj/{p}.shtml'>{t}</a><span>{d}</span></li>" for p, t, d in docs) + "</ul>"))
    b.page(SEED + "zcwj/bmwj/", _page(
        "部门文件", "<a href='/zcwj/'>政策文件</a> » 部门文件",
        "<p>本栏目发布禾县发展和改革局制定的规范性文件和其他政策文件，文件的效力状态以文件文本和清理结果为准。</p><ul>"
        + "".join(f"<li><a href='/zcwj/{p}.shtml'>{t}</a><span>{d}</span></li>" for p, t, d in docs[:2]) + "</ul>"))
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def test_a_leader_s_page_with_a_box_of_his_activities_and_no_more_link_is_no_column(tmp_path: Path) -> None:
    cols = {c["url"]: c for c in _site(tmp_path)["columns"]}
    assert SEED + "ldzc/zmy.shtml" not in cols
    # the list they preview is the column, and a list named for the body's activities reporting events is news
    assert cols[SEED + "ldzc/zwhd/"]["items"] == 6 and cols[SEED + "ldzc/zwhd/"]["type"] == "动态要闻"
    # a list of events to come named 活动 reports none, and a campaign's activities are no leader's: no news
    assert cols[SEED + "ghgz/wthd/"]["type"] == "其他" and cols[SEED + "ghgz/ztjy/"]["type"] == "其他"
    # a sub-column in its parent's folder, its rows all on the parent's list, saying a line of its own: a column
    assert cols[SEED + "zcwj/bmwj/"]["items"] == 2


def _doc(info: str) -> str:
    return (f"<html><head><title>禾县价格认证管理办法_禾县发展和改革局</title></head><body>{TOP}"
            f"<div class='weizhi'>位置：<a href='/'>首页</a> » <a href='/zcwj/'>政策文件</a></div>{info}"
            f"<h2 class='bt'>禾县价格认证管理办法</h2><div class='ly'>发布时间：2025-03-11 09:30　来源：价格认证中心</div>"
            f"<div class='zw'><p>第一条　为规范价格认证工作，制定本办法。</p></div>{FOOT}</body></html>")


def test_a_document_printing_its_one_date_twice_under_one_label_is_a_document() -> None:
    # the 信息公开 box above the heading prints 发布时间 as the byline below it does, the very same day
    box = ("<ul class='gkxx'><li>索引号：HX-FGW-2025-0031</li><li>文号：禾发改规〔2025〕1号</li>"
           "<li>发布时间：2025年03月11日</li><li>有效性：有效</li></ul>")
    f = parse_page(_doc(box), SEED + "zcwj/bmwj/2025031.shtml", None, "r", 2, home=False)
    assert f.is_article and f.pubdate == (2025, 3, 11) and "禾县价格认证管理办法" in f.title
    # … but two days under one label, or one day three times, are rows of a list
    for other in (box.replace("2025年03月11日", "2025年03月12日"),
                  box + "<p>发布时间：2025-03-11</p>"):
        f = parse_page(_doc(other), SEED + "zcwj/bmwj/2025031.shtml", None, "r", 2, home=False)
        assert not f.is_article, other
