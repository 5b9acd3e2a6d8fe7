"""A desktop homepage with no viewport meta serves phones badly — unless the site serves phones from a version of its
own (a `mobile-agent` meta, a 手机版 link to an m. host): then the viewport is not measured, never a finding."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.qingshui.gov.cn/"
AS_OF = dt.date(2026, 3, 2)
NEWS = ("<table class='news'><tr><td><a href='/art/2026/2/27/art_3_101.html'>清水县召开春耕备耕工作会</a></td>"
        "<td>2026-02-27</td></tr></table>")
FOOT = "<p>主办单位：清水县人民政府办公室　联系电话：0931-6621234</p>"


def _report(tmp_path: Path, head: str = "", top: str = "") -> dict:
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><meta charset='gbk'>{head}<title>清水县人民政府</title></head>"
                 f"<body><div class='top'>{top}</div>{NEWS}{FOOT}</body></html>", depth=0)
    b.page(SEED + "art/2026/2/27/art_3_101.html", "<html><head><title>清水县召开春耕备耕工作会</title></head>"
           f"<body><h1>清水县召开春耕备耕工作会</h1><p>发布时间：2026-02-27</p><p>正文。</p>{FOOT}</body></html>")
    b.page("http://m.qingshui.gov.cn/", "<html><head><meta name='viewport' content='width=device-width'>"
           f"<title>清水县人民政府手机版</title></head><body>{NEWS}</body></html>")
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _viewport(report: dict) -> bool:
    return any(f["check"] == "no-mobile-viewport" for f in report["findings"])


def test_a_desktop_homepage_without_viewport_is_a_finding(tmp_path: Path) -> None:
    report = _report(tmp_path)
    assert _viewport(report) and report["metrics"]["viewport"] == 0.0


def test_a_phone_version_the_homepage_links_leaves_the_viewport_not_measured(tmp_path: Path) -> None:
    report = _report(tmp_path, top="<span><a href='http://m.qingshui.gov.cn/'>手机版</a></span>")
    assert not _viewport(report) and report["metrics"]["viewport"] is None
    assert any("另有手机版" in w and "m.qingshui.gov.cn" in w for w in report["warnings"])


def test_a_mobile_agent_meta_leaves_the_viewport_not_measured(tmp_path: Path) -> None:
    report = _report(tmp_path, head="<meta name='mobile-agent' content='format=html5; url=http://m.qingshui.gov.cn/'>")
    assert not _viewport(report) and report["metrics"]["viewport"] is None
