"""A letter list rendered per request that prints each reply's time relative to that moment (2天前, 昨天 09:12)
beside the letter's full date, and names the moment in a meta (renderTime): the reply's day counts back from it.
Hand-written in a layout unlike the corpus page (a town's 书记信箱 as a list of labelled spans, no table)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.qs.gov.cn/"
BOX = SEED + "hdjl/sjxx/"
AS_OF = dt.date(2025, 6, 16)
RENDERED = "<meta name='renderTime' content='2025-06-16 08:40:12'>"
MENU = f"<div class='nav'><a href='{SEED}'>首页</a><a href='{SEED}xwzx/'>新闻中心</a><a href='{BOX}'>书记信箱</a></div>"
FOOTER = "<div class='foot'>主办：青石镇人民政府 网站标识码：3301850011 浙ICP备13004411号</div>"
LETTERS = [("2025-06-13", "昨天 09:12", "已答复"),
           ("2025-05-20", "2025-05-26", "已答复"),
           ("2025-02-03", "2天前", "已答复"),   # answered 2025-06-14: 131 days
           ("2025-01-08", "2025-01-15", "已答复")]


def _page(title: str, body: str, meta: str) -> str:
    return (f"<html><head><meta charset='utf-8'>{meta}<title>{title}-青石镇人民政府</title></head><body>{MENU}{body}"
            f"{FOOTER}</body></html>")


def _report(tmp_path: Path, meta: str) -> dict:
    rows = "".join(f"<li><a href='{BOX}show/{90 + i}.html'>关于镇区路灯维修的询问{i}</a><span>来信 {sent}</span>"
                   f"<span>答复 {answered}</span><em>{state}</em></li>"
                   for i, (sent, answered, state) in enumerate(LETTERS))
    news = "".join(f"<li><a href='{SEED}xwzx/2025061{i}.html'>青石镇开展夏季安全检查（{i}）</a><span>2025-06-1{i}</span></li>"
                   for i in range(1, 6))
    b = SnapshotBuilder(SEED)
    b.page(SEED, _page("首页", f"<ul>{news}</ul>", meta), depth=0)
    b.page(SEED + "xwzx/", _page("新闻中心", f"<ul>{news}</ul>", meta))
    b.page(BOX, _page("书记信箱", f"<h2>书记信箱</h2><ul class='xj'>{rows}</ul>", meta))
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def test_a_reply_time_relative_to_the_stated_render_moment_dates_the_reply(tmp_path: Path) -> None:
    report = _report(tmp_path, RENDERED)
    late = [(f["submitted"], f["replied"]) for f in report["findings"] if f["check"] == "unanswered-message"]
    assert late == [("2025-02-03", "2025-06-14")]
    assert "interaction-poor" in {v["rule"] for v in report["vetoes"]}


def test_without_a_stated_render_moment_a_relative_reply_time_dates_nothing(tmp_path: Path) -> None:
    # (a static page's 2天前 may have been written months ago: the letter answered on an unknown day is not judged)
    report = _report(tmp_path, "")
    assert not [f for f in report["findings"] if f["check"] == "unanswered-message"]
    assert "interaction-poor" not in {v["rule"] for v in report["vetoes"]}
