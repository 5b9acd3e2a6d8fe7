"""A column still named for its kind (部门动态) whose list bears a notice of its own saying the column is no longer
updated has been archived, as the 47号 guideline asks of the columns a site stops: 其他, never stale. The notice must
stand at the list (right above or below its rows); the same words far off, in a box beside it, archive nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "https://www.lanxi-sfj.gov.cn/"
AS_OF = dt.date(2025, 9, 10)
FOOTER = "<footer><p>主办：澜溪县司法局 网站标识码：3307990041 浙ICP备18011223号</p></footer>"
MENU = ("<nav><a href='/'>首页</a> <a href='/col/col1201/'>部门动态</a> <a href='/col/col1209/'>法治宣传</a> "
        "<a href='/col/col1215/'>公共法律服务</a></nav>")
HOME = (f"<html><head><title>澜溪县司法局</title></head><body>{MENU}<ul>"
        "<li><a href='/art/2025/9/8/art_1209_5501.html'>澜溪县开展民法典进社区宣讲活动</a> 2025-09-08</li>"
        "<li><a href='/art/2025/9/1/art_1209_5497.html'>县司法局召开人民调解员培训会</a> 2025-09-01</li>"
        f"</ul>{FOOTER}</body></html>")
DAYS = ["2021-12-27", "2021-11-30", "2021-10-18", "2021-09-06", "2021-07-22", "2021-06-15"]
SIDEBAR = ("<aside class='side'><p class='box'>说明：本栏目已停止更新，相关内容见政务公开。</p><ul>"
           + "".join(f"<li><a href='/col/col{1300 + i}/'>服务指南第{i}类</a></li>" for i in range(8))
           + "</ul></aside>")


def _column(notice_below: str = "", aside: str = "") -> str:
    rows = "".join(f"<dl class='item'><dt><a href='/art/{d[:4]}/art_1201_{4400 + i}.html'>司法所开展第{i + 1}次矛盾纠纷"
                   f"排查化解工作</a></dt><dd class='time'>{d}</dd></dl>" for i, d in enumerate(DAYS))
    return (f"<html><head><title>部门动态 - 澜溪县司法局</title></head><body>{MENU}{aside}<main>"
            "<div class='crumb'>您的位置：<a href='/'>首页</a> &gt; <a href='/col/col1201/'>部门动态</a></div>"
            f"<section class='list'>{rows}<div class='pages'>共6条 1/1页</div>{notice_below}</section></main>"
            f"{FOOTER}</body></html>")


def _report(tmp_path: Path, page: str) -> dict:
    b = SnapshotBuilder(SEED)
    b.page(SEED, HOME, depth=0)
    b.page(SEED + "col/col1201/", page)
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def test_a_news_column_whose_list_says_it_is_no_longer_updated_is_archived(tmp_path: Path) -> None:
    notice = "<p class='ts'>温馨提示：该栏目自2022年1月起不再更新，后续信息请移步<a href='/col/col1209/'>法治宣传</a>。</p>"
    report = _report(tmp_path, _column(notice_below=notice))
    col = {c["url"]: c for c in report["columns"]}[SEED + "col/col1201/"]
    assert col["type"] == "其他"
    assert not any(f["check"] == "stale-column" and f["url"] == SEED + "col/col1201/" for f in report["findings"])


def test_the_same_words_far_from_the_list_archive_nothing(tmp_path: Path) -> None:
    report = _report(tmp_path, _column(aside=SIDEBAR))
    col = {c["url"]: c for c in report["columns"]}[SEED + "col/col1201/"]
    assert col["type"] == "动态要闻"
    assert any(f["check"] == "stale-column" and f["url"] == SEED + "col/col1201/" for f in report["findings"])
