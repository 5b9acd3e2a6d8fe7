"""One pattern for a link that names nothing but "more of this block" (`page_links.MORE`): 更多, 查看更多, 浏览更多,
more, or its arrow alone (>>, », +, …). The page facts name such a link by its block's heading, and the columns check
takes it for a 更多 link (a front page's blocks) and never for a page's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder
from .test_column_pages import AS_OF, FOOTER, FRESH, SEED, _rows


@pytest.mark.parametrize("more", ["&gt;&gt;", "»", "浏览更多", "更多信息 ＞", "MORE+"])
def test_a_more_link_is_named_by_its_block_heading(more: str) -> None:
    html = (f"<html><body><div class='lm'><div class='bt'><span>政策解读</span><a href='/zcjd/'>{more}</a></div>"
            "<ul><li><a href='/zcjd/1.html'>一图读懂新规</a></li></ul></div></body></html>")
    links = parse_page(html, SEED, None, "r", home=False).links
    assert [(lk.url, lk.name) for lk in links if lk.url.endswith("/zcjd/")] == [(SEED + "zcjd/", "政策解读")]


def test_a_front_page_whose_blocks_end_in_arrows_is_no_column(tmp_path: Path) -> None:
    # a 街道 channel's front page: two blocks, each closed by a link that is only an arrow or 浏览更多
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某市人民政府</title></head><body><a href='/jd/xj/'>西街街道</a>{FRESH}{FOOTER}"
                 "</body></html>", depth=0)
    front = "".join(f"<div class='blk'><h4>{n}</h4><a href='/jd/xj/{k}/'>{more}</a>{_rows('jd/xj/' + k, 3)}</div>"
                    for k, n, more in (("dt", "街道动态", "»"), ("gg", "通知公告", "浏览更多")))
    b.page(SEED + "jd/xj/", f"<html><head><title>西街街道</title></head><body>{front}{FOOTER}</body></html>")
    for k, n in (("dt", "街道动态"), ("gg", "通知公告")):
        b.page(SEED + f"jd/xj/{k}/", f"<html><head><title>{n}</title></head><body>"
               f"<div class='loc'>当前位置：<a href='/'>首页</a> > <a href='/jd/xj/'>西街街道</a> > {n}</div>"
               f"{_rows('jd/xj/' + k, 5)}{FOOTER}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert sorted((c["name"], c["url"]) for c in report["columns"]) == [
        ("街道动态", SEED + "jd/xj/dt/"), ("通知公告", SEED + "jd/xj/gg/")]
