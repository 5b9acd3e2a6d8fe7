"""A channel's landing page that prints no date, leading on to the parts of its section beside a short box of
documents (the fifty-first blind batch, read): its ways on outnumber the documents, so it is a landing page with a
box, not an undated list whose entries would count as never updated. Hand-written in a layout unlike the corpus page
(a table of parts and a definition list, static folders, no ARIA)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.bx.gov.cn/"
AS_OF = dt.date(2022, 6, 15)
FOOTER = "<div class='bottom'>白溪镇人民政府 主办 网站标识码：3607260012 赣ICP备12004567号</div>"
MENU = ("<table class='topnav'><tr><td><a href='/'>网站首页</a></td><td><a href='/xwdt/'>新闻动态</a></td>"
        "<td><a href='/xxgk/'>信息公开</a></td><td><a href='/hdhy/'>互动回应</a></td></tr></table>")
NEWS = ("<table class='news'><tr><td><a href='/xwdt/202206/t20220613_51.html'>白溪镇开展防汛应急演练</a></td>"
        "<td>2022-06-13</td></tr><tr><td><a href='/xwdt/202206/t20220608_49.html'>镇党委召开理论学习中心组会议</a>"
        "</td><td>2022-06-08</td></tr></table>")
CRUMB = "<div class='pos'>您现在的位置：<a href='/'>网站首页</a> → 信息公开</div>"
PARTS = ("<table class='parts'><tr><td><a href='/xxgk/zd/'>公开制度</a></td><td><a href='/xxgk/zn/'>公开指南</a></td>"
         "<td><a href='/xxgk/ml/'>公开目录</a></td></tr><tr><td><a href='/xxgk/jgsz/'>机构设置</a></td>"
         "<td><a href='/xxgk/czzj/'>财政资金</a></td><td><a href='/xxgk/ysq/'>依申请公开</a></td></tr></table>")
DOCS = [("/xxgk/gzbg/202201/t20220118_31.html", "白溪镇人民政府2021年工作总结和2022年工作安排"),
        ("/xxgk/gzbg/202101/t20210122_27.html", "白溪镇人民政府2020年工作总结和2021年工作安排"),
        ("/xxgk/gzbg/202001/t20200116_19.html", "白溪镇人民政府2019年工作总结和2020年工作安排"),
        ("/xxgk/gzbg/201901/t20190121_12.html", "白溪镇人民政府2018年工作总结和2019年工作安排"),
        ("/xxgk/gzbg/201801/t20180119_08.html", "白溪镇人民政府2017年工作总结和2018年工作安排"),
        ("/xxgk/gzbg/201701/t20170120_03.html", "白溪镇人民政府2016年工作总结和2017年工作安排"),
        ("/xxgk/gzbg/201601/t20160115_01.html", "白溪镇人民政府2015年工作总结和2016年工作安排")]


def _box(n: int) -> str:
    rows = "".join(f"<dd><a href='{u}'>{t}</a></dd>" for u, t in DOCS[:n])
    return f"<dl class='zjbox'><dt>工作总结</dt>{rows}</dl>"


def _columns(tmp_path: Path, landing: str) -> set[str]:
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>白溪镇人民政府</title></head><body>{MENU}{NEWS}{FOOTER}</body></html>", depth=0)
    b.page(SEED + "xwdt/", f"<html><head><title>新闻动态</title></head><body>{MENU}<div class='pos'>您现在的位置："
                           f"<a href='/'>网站首页</a> → 新闻动态</div>{NEWS}{FOOTER}</body></html>")
    b.page(SEED + "hdhy/", f"<html><head><title>互动回应</title></head><body>{MENU}<p>请拨打镇便民服务热线 0793-7260123"
                           f"，工作日 8:30—17:30 受理群众咨询和求助。</p>{FOOTER}</body></html>")
    b.page(SEED + "xxgk/", f"<html><head><title>信息公开_白溪镇人民政府</title></head><body>{MENU}{CRUMB}{landing}"
                           f"{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    return {c["url"].removeprefix(SEED) for c in report["columns"]}


def test_a_landing_page_leading_on_beside_a_few_undated_documents_is_no_column(tmp_path: Path) -> None:
    # six parts of the section beside three undated 工作总结: a landing page with a box, not an undated list
    assert "xxgk/" not in _columns(tmp_path / "few", PARTS + _box(3))
    # documents outnumbering its ways on (seven 工作总结 beside the six parts): a list of its own, printing no dates
    assert "xxgk/" in _columns(tmp_path / "many", PARTS + _box(7))
