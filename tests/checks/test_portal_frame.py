"""A site inside a portal's 站群 (a bureau's or a town's folder on the county host), on pages unlike the blind sites
that showed each rule: the portal's top bar and menu printed above the site's own banner are the county's entries,
not the site's, and a box of the county's news its list pages all print is no part of their lists."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

HOST = "http://www.qingshan.gov.cn/"
SEED = HOST + "jtysj/index.html"
AS_OF = dt.date(2025, 3, 20)
TOP = ("<div class='topbar'><a href='/'>青山县人民政府门户网站</a> <a href='/hdjl/xzxx/'>县长信箱</a> "
       "<a href='/hdjl/'>互动交流</a></div><div class='menu'><a href='/'>首页</a> <a href='/zwgk/'>政务公开</a> "
       "<a href='/bsfw/'>网上办事</a> <a href='/hdjl/'>互动交流</a> <a href='/xqgk/'>县情概况</a></div>")
BAND = ("<div class='dept'><a href='/jtysj/index.html'><img src='/jtysj/logo.png' alt='青山县交通运输局'></a></div>"
        "<div class='deptmenu'><a href='/jtysj/index.html'>网站首页</a> <a href='/jtysj/jgzn/'>本局简介</a> "
        "<a href='/jtysj/jtxw/'>交通新闻</a> <a href='/jtysj/gsgg/'>公示公告</a> <a href='/jtysj/zcfg/'>政策法规</a> "
        "<a href='/jtysj/zcjd/'>政策解读</a> <a href='/jtysj/bszn/'>办事指南</a> <a href='/jtysj/jzxx/'>局长信箱</a></div>")
FOOT = ("<div class='foot'>主办单位：青山县交通运输局 电话：0797-6612345 网站标识码：3607990001 "
        "赣ICP备10000001号 赣公网安备36079902000001号</div>")
COUNTY = [(9001, "县政府召开春季农业生产工作会议", "2025-03-19"), (9002, "青山县开展森林防火专项督查", "2025-03-17"),
          (9003, "县领导检查重点项目复工情况", "2025-03-12")]


def _side() -> str:
    # the 站群 prints the county's latest news beside every list of the bureau's site
    return "<div class='r'><b>全县要闻</b>" + "".join(
        f"<p><a href='/xwzx/qxyw/{n}.html'>{t}</a> <i>{d}</i></p>" for n, t, d in COUNTY) + "</div>"


def _list(name: str, folder: str, rows: list[tuple[int, str, str]]) -> str:
    own = "".join(f"<p><a href='/jtysj/{folder}/{n}.html'>{t}</a> <i>{d}</i></p>" for n, t, d in rows) \
        if rows else "<div class='l'></div><p class='none'>暂无数据</p>"
    return (f"<html><head><title>{name}-青山县交通运输局</title></head><body>{TOP}{BAND}"
            f"<div class='where'>当前位置：<a href='/jtysj/index.html'>首页</a> > {name}</div>"
            f"<div class='l'><b>{name}</b>{own}</div>{_side()}{FOOT}</body></html>")


def _site(tmp_path: Path, mailbox: int = 200, blank_policies: bool = False) -> dict:
    b = SnapshotBuilder(SEED)
    news = [(11, "县交通运输局开展春运安全检查", "2025-03-18"), (12, "农村公路养护工作会议召开", "2025-03-10"),
            (13, "县交通运输局召开党风廉政建设会议", "2025-03-03")]
    notices = [(21, "关于青山县2024年度道路运输企业质量信誉考核结果的公示", "2024-07-30"),
               (22, "关于开展出租汽车驾驶员从业资格考试的通知", "2024-06-12"),
               (23, "关于公路超限运输许可办理的公告", "2024-05-08")]
    laws = [(31, "青山县农村公路管理养护办法", "2024-12-02"), (32, "青山县城市公共交通管理办法", "2024-11-05")]
    talks = [(41, "《青山县农村公路管理养护办法》政策解读", "2024-12-03"), (42, "图解：城市公共交通管理办法", "2024-11-06")]
    b.page(SEED, f"<html><head><title>青山县交通运输局</title></head><body>{TOP}{BAND}<div class='box'><b>交通新闻</b>"
           + "".join(f"<p><a href='/jtysj/jtxw/{n}.html'>{t}</a> <i>{d}</i></p>" for n, t, d in news)
           + f"</div>{FOOT}</body></html>", depth=0)
    for folder, rows in (("jtxw", news), ("gsgg", notices)):   # (its documents: the box stands on fewer than half the pages)
        for n, t, d in rows:
            b.page(f"{HOST}jtysj/{folder}/{n}.html", f"<html><head><title>{t}</title></head><body>{TOP}{BAND}<h1>{t}</h1>"
                   f"<p class='info'>发布时间：{d}</p><p>正文。</p>{FOOT}</body></html>")
    b.page(HOST + "jtysj/jtxw/", _list("交通新闻", "jtxw", news))
    b.page(HOST + "jtysj/gsgg/", _list("公示公告", "gsgg", notices))
    b.page(HOST + "jtysj/zcfg/", _list("政策法规", "zcfg", [] if blank_policies else laws))
    b.page(HOST + "jtysj/zcjd/", _list("政策解读", "zcjd", [] if blank_policies else talks))
    b.page(HOST + "jtysj/jgzn/", f"<html><head><title>本局简介-青山县交通运输局</title></head><body>{TOP}{BAND}"
           "<div class='txt'><p>青山县交通运输局是县人民政府工作部门。</p><p>主要职责：贯彻执行交通运输法律法规，负责全县公路、"
           f"水路交通行业管理，组织农村公路建设养护。</p></div>{FOOT}</body></html>")
    b.page(HOST + "jtysj/bszn/", f"<html><head><title>办事指南-青山县交通运输局</title></head><body>{TOP}{BAND}"
           "<table class='sx'><tr><td><a href='https://zwfw.example.gov.cn/item/101'>道路货物运输经营许可</a></td>"
           "<td><a href='https://zwfw.example.gov.cn/apply/101'>在线办理</a></td></tr>"
           "<tr><td><a href='https://zwfw.example.gov.cn/item/102'>公路超限运输许可</a></td>"
           f"<td><a href='https://zwfw.example.gov.cn/apply/102'>在线办理</a></td></tr></table>{FOOT}</body></html>")
    box = (f"<html><head><title>局长信箱-青山县交通运输局</title></head><body>{TOP}{BAND}<form action='/jtysj/jzxx/send'>"
           f"<textarea name='c'></textarea><button>提交</button></form>{FOOT}</body></html>")
    b.page(HOST + "jtysj/jzxx/", box if mailbox == 200 else "<html><body><h1>Not Found</h1></body></html>",
           status=mailbox)
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def test_a_box_the_list_pages_share_is_no_part_of_their_lists(tmp_path: Path) -> None:
    # 公示公告 stopped in July 2024; beside it, as beside every list, the county's news of this week
    report = _site(tmp_path)
    cols = {c["url"]: c for c in report["columns"]}
    notices = cols[HOST + "jtysj/gsgg/"]
    assert notices["items"] == 3 and notices["last_update"] == "2024-07-30"
    assert HOST + "jtysj/gsgg/" in {f["url"] for f in report["findings"] if f["check"] == "stale-column"}
    assert cols[HOST + "jtysj/jtxw/"]["last_update"] == "2025-03-18"


def test_the_portal_menu_above_the_site_gives_way_to_the_sites_own_entries(tmp_path: Path) -> None:
    report = _site(tmp_path)
    els = report["elements"]
    assert els["互动交流"]["url"] == HOST + "jtysj/jzxx/"
    assert els["办事服务"]["url"] == HOST + "jtysj/bszn/"
    assert els["概况信息"]["url"] == HOST + "jtysj/jgzn/" and els["机构职能"]["present"] is True


def test_a_failed_own_mailbox_beside_the_portals_is_not_measured_never_a_veto(tmp_path: Path) -> None:
    # the bureau's 局长信箱 answers 404; the county's 县长信箱 above its banner may or may not take the bureau's
    # letters: not measured, and no veto
    report = _site(tmp_path, mailbox=404)
    assert report["elements"]["互动交流"]["present"] is False
    assert report["elements"]["互动交流"]["measured"] is False
    assert "interaction-poor" not in {v["rule"] for v in report["vetoes"]}


def test_entries_to_blank_lists_beside_the_shared_box_are_missing(tmp_path: Path) -> None:
    # 政策法规 and 政策解读 say 暂无数据 beside the county's news: blank columns, and their entries lead to nothing of
    # the bureau's
    report = _site(tmp_path, blank_policies=True)
    missing = {f["element"] for f in report["findings"] if f["check"] == "missing-element"}
    assert {"政策文件", "政策解读"} <= missing
    blank = {f["url"] for f in report["findings"] if f["check"] == "empty-column"}
    assert {HOST + "jtysj/zcfg/", HOST + "jtysj/zcjd/"} <= blank
