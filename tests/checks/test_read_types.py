"""Column kinds and types read as an evaluator reads them, on pages unlike the blind sites that showed each rule: a
service page whose ways on are glossed with what they offer is a hall, no column; a subject's 公示 the site declares a
notice is a notice; a notice board of personnel notices only is the 人事 disclosure."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.column_names import without_gloss
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.ly.gov.cn/"
AS_OF = dt.date(2021, 3, 10)
FOOTER = "<div class='bottom'>主办：临峪区人民政府办公室 网站标识码：3310040001 浙ICP备07012345号</div>"
HOME_ROWS = "".join(f"<p class='r'><a href='/art/2021/3/{d}/art_11_{d}.html'>临峪区召开第{d}次区长办公会议</a> [2021-03-{d:02d}]</p>"
                    for d in (5, 8))


def _site(tmp_path: Path, pages: dict[str, tuple[str, str, str]]) -> dict:
    """pages: path → (name in the menu and title, extra <head> markup, body)."""
    nav = "<div class='topnav'>" + "".join(f"<span><a href='/{p}'>{n}</a></span>" for p, (n, _, _) in pages.items())
    nav += "</div>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>临峪区人民政府</title></head><body>{nav}{HOME_ROWS}{FOOTER}</body></html>", depth=0)
    for path, (name, head, body) in pages.items():
        b.page(SEED + path, f"<html><head><title>{name}－临峪区人民政府</title>{head}</head><body>{nav}"
                            f"<div class='content'>{body}</div>{FOOTER}</body></html>")
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _types(report: dict) -> dict[str, str]:
    return {c["url"]: c["type"] for c in report["columns"]}


def _stale(report: dict) -> set[str]:
    return {f["url"] for f in report["findings"] if f["check"] == "stale-column"}


def test_a_service_page_whose_ways_on_are_glossed_with_what_they_offer_is_a_hall(tmp_path: Path) -> None:
    """政务服务: two platforms named with a bracket listing what each offers (浙江政务服务网临峪区站点（个人办事、法人办事）)
    and the site's own 表格下载 page. The bracket glosses the place's name: three ways on, a hall, not a column — a
    headline's bracket (县（市、区）, one-character items) stays part of the headline."""
    hall = ("<dl class='tiles'><dd><a href='https://zjzwfw.example-prov.gov.cn/col/col3310/' target='_blank'>"
            "浙江政务服务网临峪区站点（个人办事、法人办事）</a></dd><dd><a href='https://gjj.example-prov.gov.cn/wt/'"
            " target='_blank'>住房公积金网上业务大厅（提取、贷款/还款）</a></dd><dd><a href='/zwfw/bgxz/'>表格下载</a></dd></dl>"
            "<div class='addr'>区行政服务中心地址：临峪区府前路8号，咨询电话0570-6021234。</div>")
    report = _site(tmp_path, {"zwfw/": ("政务服务", "", hall)})
    assert SEED + "zwfw/" not in _types(report)
    assert without_gloss("住房公积金网上业务大厅（提取、贷款/还款）") == "住房公积金网上业务大厅"
    assert without_gloss("长期护理保险试点扩面至全部县（市、区）") == "长期护理保险试点扩面至全部县（市、区）"


def _rows(titles: list[str], days: list[str]) -> str:
    return "<table class='lb'>" + "".join(
        f"<tr><td><a href='/info/{i}.jhtml'>{t}</a></td><td>{d}</td></tr>"
        for i, (t, d) in enumerate(zip(titles, days, strict=True))) + "</table>"


def test_a_subjects_publicity_the_site_declares_a_notice_is_a_notice(tmp_path: Path) -> None:
    """规划许可公示 declared 公示公告 (the CMS's notice type): the site files the disclosure as the notice its name also
    says — 通知公告, stale after six months —; the same name declared 工作动态 (a template's copy) or not declared
    at all is typed by its subject (规划 → 规划计划), as before."""
    titles = ["临峪区滨江单元控规修改方案批前公示", "临峪区第三中学迁建工程设计方案批前公示"]
    days = ["2020-08-20", "2020-07-02"]   # newest 202 days before the as-of date
    head = "<meta name='ColumnName' content='规划许可公示'><meta name='ColumnType' content='{}'>"
    report = _site(tmp_path, {
        "ghxk/": ("规划许可公示", head.format("公示公告"), _rows(titles, days)),
        "ghgs/": ("规划批后公示", head.format("工作动态").replace("规划许可公示", "规划批后公示"), _rows(titles, days)),
    })
    assert _types(report) == {SEED + "ghxk/": "通知公告", SEED + "ghgs/": "规划计划"}
    assert _stale(report) == {SEED + "ghxk/"}


def test_a_notice_board_of_personnel_notices_only_is_the_personnel_disclosure(tmp_path: Path) -> None:
    """公告公示 listing only personnel notices (选调 拟录用名单, 招聘护理人员, 任职前公示, 职称评审结果) is the body's 人事
    disclosure (a year's limit, not six months); a board with one notice of another matter stays 通知公告."""
    titles = ["临峪区2020年公开选调工作人员拟录用名单公示", "区卫健系统公开招聘护理人员公告",
              "关于王某某等同志任职前公示", "2020年度中级职称评审结果公示"]
    days = ["2020-08-03", "2020-07-15", "2020-06-01", "2020-05-20"]   # newest 219 days old
    other = titles[:3] + ["关于做好冬季森林防火工作的通知"]
    report = _site(tmp_path, {"gggs/": ("公告公示", "", _rows(titles, days)),
                              "tzgs/": ("通知公示", "", _rows(other, days))})
    assert _types(report) == {SEED + "gggs/": "人事", SEED + "tzgs/": "通知公告"}
    assert _stale(report) == {SEED + "tzgs/"}
