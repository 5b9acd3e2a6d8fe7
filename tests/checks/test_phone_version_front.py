"""The phone version's homepage the desktop homepage links (移动版): that version's front page, no column."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "https://www.songping.gov.cn/"
AS_OF = dt.date(2025, 3, 31)


def _rows(dates: list[str]) -> str:
    return "<table class='news'>" + "".join(
        f"<tr><td><a href='/content/2025/{d.replace('-', '')}_{i}.jsp'>松坪镇召开第{i}次专题工作推进会议</a></td>"
        f"<td>{d}</td></tr>" for i, d in enumerate(dates)) + "</table>"


def _columns(tmp_path: Path) -> set[str]:
    b = SnapshotBuilder(SEED)
    dates = ["2025-03-28", "2025-03-21", "2025-03-14", "2025-03-07"]
    b.page(SEED, "<html><head><meta charset='utf-8'><title>松坪镇人民政府</title></head><body>"
           "<div class='nav'><a href='/channel/zwxx.jsp'>政务信息</a></div>" + _rows(dates)
           + "<div class='ft'><a href='/mobile/'>移动版</a> 松坪镇人民政府主办</div></body></html>", depth=0)
    # the phone homepage: the site's name for a title, one unheaded list of the newest items, no 更多
    b.page(SEED + "mobile/", "<html><head><meta charset='utf-8'><title>松坪镇人民政府</title></head><body>"
           "<div class='bar'><a href='/mobile/'>松坪镇</a></div>" + _rows(dates[:3]) + "</body></html>")
    b.page(SEED + "channel/zwxx.jsp", "<html><head><meta charset='utf-8'><title>政务信息-松坪镇人民政府</title></head>"
           "<body><div class='nav'><a href='/channel/zwxx.jsp'>政务信息</a></div><div class='loc'>首页 » 政务信息</div>"
           + _rows(dates) + "</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    return {c["url"] for c in report["columns"]}


def test_the_page_the_homepage_links_as_its_phone_version_is_no_column(tmp_path: Path) -> None:
    cols = _columns(tmp_path)
    assert SEED + "mobile/" not in cols
    assert SEED + "channel/zwxx.jsp" in cols
