"""Pages that say when they were generated (the fifty-ninth blind batch, read): a static site printing its generation
time on every page (页面生成时间) and carrying it in every page's PubDate meta, its lists dated relative to that moment
(昨天, 2天前). Hand-written in layouts unlike the corpus pages (a table list, a definition-list menu, a town's site)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.yx.gov.cn/"
AS_OF = dt.date(2025, 6, 16)    # read six days after the pages were generated
STAMP = "页面生成时间 2025/06/10 08:05"
META = "<meta name='PubDate' content='2025-06-10 08:05:00'>"
MENU = ("<dl class='menu'><dd><a href='/'>网站首页</a></dd><dd><a href='/xzdt/'>乡镇动态</a></dd>"
        "<dd><a href='/wsbs/'>办事服务</a></dd></dl>")


def _page(title: str, body: str, meta: str = META, stamp: str = STAMP) -> str:
    return (f"<html><head><meta charset='utf-8'>{meta}<title>{title}-云岫镇人民政府</title></head><body>{MENU}{body}"
            f"<div class='bottom'>云岫镇人民政府 主办　网站标识码：5301230009　滇ICP备12004567号<br>{stamp}</div>"
            "</body></html>")


ROWS = [("/xzdt/2025/0610/77.html", "云岫镇召开防汛工作部署会", "今天"),
        ("/xzdt/2025/0609/76.html", "镇卫生院开展健康义诊进村活动", "昨天"),
        ("/xzdt/2025/0608/75.html", "云岫镇完成烤烟移栽工作", "2天前"),
        ("/xzdt/2025/0605/74.html", "镇党委理论学习中心组开展专题学习", "5天前"),
        ("/xzdt/2025/0601/73.html", "云岫镇举办儿童节主题活动", "9天前")]


def _news() -> str:
    return "<table class='lst'>" + "".join(
        f"<tr><td><a href='{u}'>{t}</a></td><td>{d}</td></tr>" for u, t, d in ROWS) + "</table>"


def _report(tmp_path: Path, service: str, meta: str = META, stamp: str = STAMP) -> dict:
    b = SnapshotBuilder(SEED)
    b.page(SEED, _page("首页", _news(), meta, stamp), depth=0)
    b.page(SEED + "xzdt/", _page("乡镇动态", _news(), meta, stamp))
    b.page(SEED + "wsbs/", _page("办事服务", service, meta, stamp))
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


HALL = ("<h2>办事服务</h2><ul class='fw'><li><a href='https://zwfw.yn.gov.cn/yx/grbs'>个人办事</a></li>"
        "<li><a href='https://zwfw.yn.gov.cn/yx/frbs'>法人办事</a></li></ul>")


def test_relative_dates_count_back_from_the_printed_generation_time(tmp_path: Path) -> None:
    # 今天 on a list generated 2025-06-10 is 2025-06-10, not the day it is read
    report = _report(tmp_path, HALL)
    news = next(c for c in report["columns"] if c["url"] == SEED + "xzdt/")
    assert news["last_update"] == "2025-06-10"


def test_a_pubdate_meta_naming_the_printed_generation_time_dates_no_document(tmp_path: Path) -> None:
    # the 办事服务 hub carries the generation time in its PubDate meta, as every page does: a hub, not an article
    report = _report(tmp_path, HALL)
    assert report["elements"]["办事服务"]["present"] is True
    assert all(v["rule"] != "service-unusable" for v in report["vetoes"])


def test_a_menu_channel_leading_to_a_page_read_as_a_document_is_not_measured(tmp_path: Path) -> None:
    # no generation time printed: the 办事服务 page dated by its meta reads as one document — whether it is the hub
    # is not known, so no service-unusable veto is raised
    report = _report(tmp_path, HALL, stamp="")
    assert report["elements"]["办事服务"]["measured"] is False
    assert all(v["rule"] != "service-unusable" for v in report["vetoes"])
