"""The 政府信息公开年报's reported address comes from a page that leads a visitor to the report — the 政务公开 page's
年报 link opening the report itself — never from the report's own breadcrumb, which only says where it is filed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.xiashan-demo.gov.cn/"
AS_OF = dt.date(2025, 6, 1)
FOOT = ("<div id='bottom'>版权所有：霞山乡人民政府　电话：0578-7120001　网站标识码：3311990021　"
        "浙ICP备19001234号-1　浙公网安备33119902000345号</div>")
BAR = f"<p class='bar'><a href='{SEED}'>首页</a>｜<a href='{SEED}xwzx/'>乡镇新闻</a>｜<a href='{SEED}zwgk/'>政务公开</a></p>"
REPORT = f"{SEED}a/2025/0118/nb2024.html"


def _shell(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body>{BAR}{body}{FOOT}</body></html>"


def _news() -> str:
    return "<dl>" + "".join(f"<dd><a href='{SEED}a/2025/05{d:02d}/x{d}.html'>霞山乡召开第{d}次春耕生产调度会</a>"
                            f"<em>2025-05-{d:02d}</em></dd>" for d in (20, 12, 3)) + "</dl>"


def test_the_report_s_breadcrumb_is_not_the_annual_report_entry(tmp_path: Path) -> None:
    """政务公开's 信息公开年报 opens the 2024 report itself; the report's breadcrumb links the 年报 list, never fetched:
    the report is present, and its address is where the 政务公开 page leads."""
    b = SnapshotBuilder(SEED)
    b.page(SEED, _shell("霞山乡人民政府", f"<h3>乡镇新闻</h3>{_news()}"), depth=0)
    b.page(f"{SEED}xwzx/", _shell("乡镇新闻_霞山乡人民政府", _news()))
    b.page(f"{SEED}zwgk/", _shell("政务公开_霞山乡人民政府", (
        "<table class='gk'><tr><td><a href='/zwgk/zn/'>信息公开指南</a></td><td><a href='/zwgk/zd/'>信息公开制度</a>"
        f"</td><td><a href='{REPORT}'>信息公开年报</a></td></tr></table>")))
    b.page(REPORT, _shell("霞山乡2024年政府信息公开工作年度报告_霞山乡人民政府", (
        f"<div class='wz'>您所在的位置：<a href='{SEED}'>首页</a> > <a href='{SEED}zwgk/'>政务公开</a> > "
        f"<a href='{SEED}zwgk/gknb/'>政府信息公开年报</a></div>"
        "<h1>霞山乡2024年政府信息公开工作年度报告</h1><p class='info'>发布时间：2025-01-18　来源：霞山乡党政办</p>"
        "<div class='text'>" + "<p>本报告依据《中华人民共和国政府信息公开条例》编制，说明本乡政府信息公开工作情况。</p>" * 4
        + "</div>")))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    got = report["elements"]["政府信息公开年报"]
    assert got["present"] and got["url"] == REPORT


def _report_list(rows: str) -> SnapshotBuilder:
    """A homepage whose 政务公开 box links the 年报 list (信息公开年报), that list holding `rows`."""
    b = SnapshotBuilder(SEED)
    b.page(SEED, _shell("霞山乡人民政府", f"<h3>乡镇新闻</h3>{_news()}<div class='gk'>"
                        f"<a href='{SEED}zwgk/gknb/'>信息公开年报</a></div>"), depth=0)
    b.page(f"{SEED}xwzx/", _shell("乡镇新闻_霞山乡人民政府", _news()))
    b.page(f"{SEED}zwgk/gknb/", _shell("信息公开年报_霞山乡人民政府", f"<ul class='nb'>{rows}</ul>"))
    return b


def test_a_report_worded_as_a_yearly_work_report_is_the_year_s_report(tmp_path: Path) -> None:
    """2024年度政府信息公开工作报告 (no 年度报告, no 年报 in the words) is the 2024 report: present."""
    b = _report_list(f"<li><span>2025/01/20</span><a href='{REPORT}'>霞山乡2024年度政府信息公开工作报告</a></li>"
                     f"<li><span>2024/01/22</span><a href='{SEED}a/2024/0122/nb.html'>霞山乡2023年政府信息公开年报</a></li>")
    got = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)["elements"]["政府信息公开年报"]
    assert got["present"] and got["value"] == "2024年"


def test_a_half_year_report_is_not_the_annual_report(tmp_path: Path) -> None:
    """2024年上半年政府信息公开工作情况报告 is no 年报: with 2023's the newest, the 2024 report is missing."""
    b = _report_list(f"<li><a href='{SEED}a/2024/0715/bn.html'>2024年上半年政府信息公开工作情况报告</a></li>"
                     f"<li><a href='{SEED}a/2024/0122/nb.html'>霞山乡2023年政府信息公开年报</a></li>")
    got = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)["elements"]["政府信息公开年报"]
    assert not got["present"] and got["measured"] is True


def test_a_report_row_naming_no_year_leaves_the_report_not_measured(tmp_path: Path) -> None:
    """The list's newest row reads 霞山乡政府信息公开工作情况报告, no year, its page not fetched; the next is 2023's:
    which year that row is cannot be told, so the 2024 report is not measured, never missing."""
    b = _report_list(f"<li><a href='{REPORT}'>霞山乡政府信息公开工作情况报告</a>(2025-01-20)</li>"
                     f"<li><a href='{SEED}a/2024/0122/nb.html'>霞山乡2023年政府信息公开年报</a>(2024-01-22)</li>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert report["elements"]["政府信息公开年报"]["measured"] is False
    assert not any(x.get("element") == "政府信息公开年报" for x in report["findings"])
