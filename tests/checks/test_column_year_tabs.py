"""A list opening on this year's view, empty, above tabs for the years that hold its documents (年度 tabs with their
counts, each at the list's own path with its year in the query or the path): the column seen through a year filter.
Its rows are all its views' — not blank, dated by its newest row (stale when that is old), its entry the list — and a
list with no row in any view stays blank."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.columns import _year_view
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "https://www.qingyuan-xq.gov.cn/"
AS_OF = dt.date(2024, 9, 12)
FOOTER = "<footer>主办单位：青苑新区管理委员会 网站标识码：4401990003 粤ICP备11056789号</footer>"
HOME_ROWS = "".join(f"<dd><a href='/dt/{d}.html'>青苑新区第{d}期工作简报</a><span>2024-09-{d:02d}</span></dd>"
                    for d in (6, 10))
NAV = "<nav><a href='/'>首页</a><a href='/dt/'>新区动态</a><a href='/wjfb/'>文件发布</a></nav>"


def _view(year_counts: dict[int, int], rows: list[tuple[str, str]]) -> str:
    tabs = "<p class='nd'>" + "".join(f"<a href='/wjfb/{y}/'>{y}年度（{n}）</a>" for y, n in year_counts.items()) + "</p>"
    body = ("<dl class='wj'>" + "".join(f"<dd><a href='/wjfb/{d[:4]}/{i}.html'>{t}</a><em>{d}</em></dd>"
                                        for i, (t, d) in enumerate(rows)) + "</dl>") if rows else "<dl class='wj'></dl><div class='wu'>暂无数据</div>"
    return f"<html><head><title>文件发布_青苑新区</title></head><body>{NAV}<h2>文件发布</h2>{tabs}{body}{FOOTER}</body></html>"


def _report(tmp_path: Path, older: list[tuple[str, str]]) -> dict:
    counts = {2024: 0, 2023: len(older)}
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>青苑新区管理委员会</title></head><body>{NAV}<dl>{HOME_ROWS}</dl>{FOOTER}</body></html>",
           depth=0)
    b.page(SEED + "wjfb/", _view(counts, []))
    b.page(SEED + "wjfb/2023/", _view(counts, older))
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def test_an_empty_current_year_view_is_the_column_its_year_tabs_fill(tmp_path: Path) -> None:
    # 文件发布 opens on 2024年度（0）: 暂无数据; its tab 2023年度（2） opens /wjfb/2023/ with two documents: one column,
    # its newest 2023-11-20 — stale for a 政策文件 column, not blank — and the menu's 文件发布 its working entry
    report = _report(tmp_path, [("青苑新区管委会关于印发企业扶持资金管理办法的通知", "2023-11-20"),
                                ("青苑新区管委会关于规范临时占道施工管理的通告", "2023-04-03")])
    cols = {c["url"]: c for c in report["columns"]}
    assert SEED + "wjfb/2023/" not in cols
    col = cols[SEED + "wjfb/"]
    assert (col["items"], col["shown"], col["last_update"]) == (2, 0, "2023-11-20")
    found = {(f["check"], f.get("url")) for f in report["findings"]}
    assert ("stale-column", SEED + "wjfb/") in found
    assert ("empty-column", SEED + "wjfb/") not in found
    assert report["elements"]["政策文件"]["url"] == SEED + "wjfb/"


def test_a_list_empty_in_every_year_view_stays_blank(tmp_path: Path) -> None:
    report = _report(tmp_path, [])
    assert any(f["check"] == "empty-column" and f["url"] == SEED + "wjfb/" for f in report["findings"])


def test_a_year_view_is_the_lists_own_address_with_that_year() -> None:
    assert _year_view("http://a.gov.cn/list.asp?cid=8", "http://a.gov.cn/list.asp?cid=8&year=2025", "2025")
    assert _year_view("http://a.gov.cn/list.asp?cid=8&year=2026", "http://a.gov.cn/list.asp?cid=8&year=2025", "2025")
    assert _year_view("http://a.gov.cn/zcwj/index.html", "http://a.gov.cn/zcwj/index_2025.html", "2025")
    assert not _year_view("http://a.gov.cn/list.asp?cid=8", "http://a.gov.cn/list.asp?cid=9&year=2025", "2025")
    assert not _year_view("http://a.gov.cn/list.asp?cid=8", "http://a.gov.cn/list.asp?cid=8&page=2", "2025")
    assert not _year_view("http://a.gov.cn/zcwj/", "http://a.gov.cn/ndbg/2025/", "2025")
