"""Breadcrumbs as sites write them: any separator between the steps (>, &gt;, >>, ›, », →, /, |, -, ·, ::, an arrow
image or an icon font), the page's own step often left unlinked; a pager's ‹ … › is no breadcrumb."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from govweb.checks.breadcrumb import breadcrumb
from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.c.gov.cn/"
AS_OF = dt.date(2020, 11, 26)
FOOTER = "<div class='foot'>主办单位：某市人民政府办公室 网站标识码：4401000001 粤ICP备05012345号</div>"
HOME = "<a href='/'>首页</a>"
ROWS = "<ul class='list'>" + "".join(
    f"<li><a href='/bmdt/202011/t202011{10 + i}_{i}.html'>市应急局开展第{i}次安全生产检查</a><span>2020-11-{10 + i}</span></li>"
    for i in range(1, 7)) + "</ul>"


def _page(crumb: str) -> str:
    return (f"<html><head><title>某市人民政府</title></head><body><div class='main'><div class='pos'>{crumb}</div>"
            f"{ROWS}</div>{FOOTER}</body></html>")


def test_an_unlinked_last_step_after_a_chevron_makes_a_column(tmp_path: Path) -> None:
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某市人民政府</title></head><body><a href='/bmdt/'>更多</a>{FOOTER}</body></html>",
           depth=0)
    b.page(SEED + "bmdt/", _page(f"您的位置：{HOME} › 部门动态"))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert SEED + "bmdt/" in {c["url"] for c in report["columns"]}


@pytest.mark.parametrize("sep", [
    ">", "&gt;", "&gt;&gt;", ">>", "›", "&rsaquo;", "»", "&raquo;", "→", "/", "|", "｜", "-", "·", "::",
    "<img src='/images/arrow.gif'>", "<i class='iconfont icon-arrow-right'></i>", "<span class='sep'></span>",
])
@pytest.mark.parametrize("linked", [True, False])
def test_every_separator_reads_the_steps(sep: str, linked: bool) -> None:
    last = "<a href='/xwzx/bmdt/'>部门动态</a>" if linked else "部门动态"
    crumb = f"当前位置：{HOME} {sep} <a href='/xwzx/'>新闻中心</a> {sep} {last}"
    f = parse_page(_page(crumb), SEED + "xwzx/bmdt/", None, "r", home=False)
    assert f.breadcrumb == ("新闻中心", "部门动态")


def test_a_pager_is_no_breadcrumb() -> None:
    assert breadcrumb("‹ 上一页 1 2 3 下一页 ›") == ()
    assert breadcrumb("首页 ‹ 上一页 1 2 3 下一页 › 尾页") == ()
    pager = "<div class='page'><a href='?p=1'>‹ 上一页</a> <a>1</a> <a>2</a> <a>3</a> <a href='?p=2'>下一页 ›</a></div>"
    f = parse_page(_page(pager), SEED + "bmdt/", None, "r", home=False)
    assert f.breadcrumb == ()
