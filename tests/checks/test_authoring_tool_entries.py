"""Entries of sites hand-built with old authoring tools (Dreamweaver, FrontPage), read as an evaluator reads them:
an option of a Dreamweaver jump menu (`MM_jumpMenu('self',this,1)`) is a way on like a link, also to another host of
the site's gov.cn domain below its front page (the city platform's folder of the bureau); a search form whose button
is a picture with its words in the alt or title is the site search; a menu picture without alt leading to one
document (an undated page of the site) is named by that document's title, for the elements that are documents."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://sfj.beiling.gov.cn/"
AS_OF = dt.date(2025, 5, 20)
FOOT = ("<p align=center><font size=2>主办：北岭市司法局　地址：北岭市建设路18号　电话：0471-5523301<br>"
        "网站标识码：1502000027　蒙ICP备08002211号　蒙公网安备15020002000311号</font></p>")
NEWS = ("<table><tr><td><b>司法动态</b></td></tr>"
        "<tr><td><a href='/sfdt/2025/0516/a301.htm'>全市人民调解员培训班开班</a></td><td>2025-05-16</td></tr>"
        "<tr><td><a href='/sfdt/2025/0512/a300.htm'>市司法局开展法律援助进社区活动</a></td><td>2025-05-12</td></tr>"
        "</table>")


def _document(title: str, body: str) -> str:
    return (f"<html><head><title>{title}--北岭市司法局</title></head><body><h3 align=center>{title}</h3>"
            f"<p align=center><font size=2>发布时间：2024-09-02　来源：办公室</font></p><p>{body}</p>{FOOT}</body></html>")


def _home(extra: str) -> str:
    return (f"<html><head><title>北岭市司法局</title></head><body><table><tr>"
            f"<td><a href='/'><img src='images/nav01.gif' border=0></a></td>{extra}</tr></table>{NEWS}{FOOT}</body></html>")


def _missing(report: dict) -> set[str]:
    return {f["element"] for f in report["findings"] if f["check"] == "missing-element"}


def _run(tmp_path: Path, b: SnapshotBuilder) -> dict:
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def test_the_options_of_a_dreamweaver_jump_menu_are_entries(tmp_path: Path) -> None:
    menu = ("<td><select name='gk' onChange=\"MM_jumpMenu('self',this,1)\"><option value=''>请选择公开内容</option>"
            "<option value='http://www.beiling.gov.cn/zfxxgk/sfj/guide.htm'>信息公开指南</option>"
            "<option value='/gk/ldfg.htm'>领导分工</option><option value='/gk/zyzz.htm'>主要职责</option></select></td>")
    b = SnapshotBuilder(SEED)
    b.page(SEED, _home(menu), depth=0)
    b.page(SEED + "gk/ldfg.htm", _document("领导分工", "局长王立新主持全面工作；副局长赵敏分管法律援助和人民调解工作。"))
    b.page(SEED + "gk/zyzz.htm", _document("主要职责", "负责全市法治宣传教育、人民调解、法律援助和社区矫正工作。"))
    report = _run(tmp_path, b)
    assert not {"政府信息公开指南", "负责人信息", "机构职能"} & _missing(report)
    assert report["elements"]["政府信息公开指南"]["url"] == "http://www.beiling.gov.cn/zfxxgk/sfj/guide.htm"
    assert report["elements"]["机构职能"]["url"] == SEED + "gk/zyzz.htm"


def test_a_jump_menu_of_other_hosts_front_pages_or_domains_gives_no_link() -> None:
    html = ("<html><body><select onchange=\"MM_jumpMenu('parent',this,0)\"><option>请选择</option>"
            "<option value='http://gaj.beiling.gov.cn/'>市公安局</option>"
            "<option value='http://mzj.beiling.gov.cn/index.htm'>市民政局</option></select>"
            "<select onchange=\"MM_jumpMenu('parent',this,0)\"><option>请选择</option>"
            "<option value='/gk/zn.htm'>信息公开指南</option>"
            "<option value='http://www.nmg.gov.cn/zwgk/zn/'>信息公开指南（自治区）</option></select>"
            "<select onchange=\"MM_jumpMenu('parent',this,0)\"><option>请选择</option>"
            "<option value='/gk/ml.htm'>信息公开目录</option></select></body></html>")
    facts = parse_page(html, SEED, None, "r")
    assert [(lk.url, lk.text) for lk in facts.links] == [(SEED + "gk/ml.htm", "信息公开目录")]


def test_a_form_with_a_picture_button_named_for_search_is_the_site_search() -> None:
    form = ("<html><body><form method='get' action='/cgi-bin/q.cgi'><input type='text' name='q' size=12>"
            "<input type='image' src='images/go.gif' title='全站检索'></form></body></html>")
    assert parse_page(form, SEED, None, "r").search_form
    login = ("<html><body><form method='post' action='/cgi-bin/q.cgi'><input type='text' name='user' size=12>"
             "<input type='image' src='images/go.gif' alt='登录'></form></body></html>")
    assert not parse_page(login, SEED, None, "r").search_form


def test_a_menu_picture_without_alt_is_named_by_the_document_it_opens(tmp_path: Path) -> None:
    nav = "<td><a href='jianjie.htm'><img src='images/nav02.gif' border=0></a></td>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, _home(nav), depth=0)
    b.page(SEED + "jianjie.htm", _document("本局简介", "北岭市司法局是市人民政府主管全市司法行政工作的工作部门，"
                                           "内设办公室、法治宣传科、人民参与和促进法治科等七个科室。"))
    report = _run(tmp_path, b)
    assert "概况信息" not in _missing(report)
    assert report["elements"]["概况信息"]["url"] == SEED + "jianjie.htm"


def test_a_picture_without_alt_names_no_channel_nor_a_news_item(tmp_path: Path) -> None:
    # (an undated page named like a channel is no channel by its title; a page filed by date is a news item)
    nav = ("<td><a href='wsbs.htm'><img src='images/nav03.gif' border=0></a></td>"
           "<td><a href='/sfdt/2025/0508/a299.htm'><img src='images/pic299.jpg' border=0></a></td>")
    b = SnapshotBuilder(SEED)
    b.page(SEED, _home(nav), depth=0)
    b.page(SEED + "wsbs.htm", _document("网上办事", "公证、法律援助等事项请登录内蒙古政务服务网办理。"))
    b.page(SEED + "sfdt/2025/0508/a299.htm", _document("机构设置", "市司法局召开会议研究调整内设机构设置有关事项。"))
    missing = _missing(_run(tmp_path, b))
    assert {"办事服务", "机构职能"} <= missing
