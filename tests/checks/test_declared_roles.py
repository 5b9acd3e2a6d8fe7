"""Pages whose markup declares its roles instead of using the elements (an accessibility retrofit's `role="link"`
spans opened by a click, `role="table"` divs of letters), read as a visitor uses them; and a homepage whose dated
rows could not be read at all, which is not measured rather than stale."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.yq.gov.cn/"
AS_OF = dt.date(2025, 5, 20)
FOOT = "<footer>主办单位：某区人民政府办公室 网站标识码：3301000009 浙ICP备05001234号</footer>"


def _html(title: str, body: str) -> str:
    return f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{body}{FOOT}</body></html>"


def test_rows_declared_links_open_are_dated_rows(tmp_path: Path) -> None:
    """A 工作动态 list of `<li role="listitem">` rows whose titles are `<span role="link">` a click opens
    (`location.href=…`), each date in a cell beside the title: every row is an entry the list shows, dated by its
    cell, and the homepage box of such rows dates the homepage (fresh, no homepage-stale)."""
    def rows(n: int) -> str:
        return "".join(f"<li role='listitem'><span role='link' tabindex='0' onclick=\"location.href='/gzdt/2025/{i}.htm'\">"
                       f"区政府召开第{i}次专题工作推进会议</span><em>2025-05-{18 - i:02d}</em></li>" for i in range(1, n + 1))
    nav = ("<nav><span role='link' tabindex='0' onclick=\"location.href='/'\">首页</span>"
           "<span role='link' tabindex='0' onclick=\"location.href='/gzdt/'\">工作动态</span></nav>")
    b = SnapshotBuilder(SEED)
    b.page(SEED, _html("某区人民政府", nav + f"<ul role='list' class='box'>{rows(3)}</ul>"), depth=0)
    b.page(SEED + "gzdt/", _html("工作动态", nav + f"<ul role='list' class='lb'>{rows(7)}</ul>"))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    col = next(c for c in report["columns"] if c["url"] == SEED + "gzdt/")
    assert (col["items"], col["last_update"]) == (7, "2025-05-17")
    assert not any(f["check"] == "homepage-stale" for f in report["findings"])


def test_letters_in_a_table_of_declared_rows_are_rows(tmp_path: Path) -> None:
    """A 区长信箱 printing its letters as `role="row"` divs of `role="cell"`s (no link to open; a header row of
    `role="columnheader"`s; the open letter's reply cell left empty): each letter is a row of the list, and the one
    still 处理中 after 124 days is late."""
    def row(subject: str, sent: str, answered: str, state: str) -> str:
        return (f"<div role='row'><div role='cell'>{subject}</div><div role='cell'>{sent}</div>"
                f"<div role='cell'>{answered}</div><div role='cell'>{state}</div></div>")
    table = ("<div role='table' aria-label='来信列表'><div role='row'><div role='columnheader'>标题</div>"
             "<div role='columnheader'>提交日期</div><div role='columnheader'>答复日期</div>"
             "<div role='columnheader'>状态</div></div>"
             + row("关于老旧小区加装电梯补贴的咨询", "2025-05-06", "2025-05-09", "已办结")
             + row("反映公交站台夜间照明不足", "2025-04-11", "2025-04-15", "已办结")
             + row("建议在菜市场旁增设停车位", "2025-01-16", "", "处理中")
             + row("咨询社区养老服务中心开放时间", "2024-12-02", "2024-12-04", "已办结") + "</div>")
    nav = "<div class='nav'><a href='/'>首页</a><a href='/qzxx/'>区长信箱</a></div>"
    home = "<ul class='news'><li><a href='/xw/1.html'>区政府召开常务会议</a><span>2025-05-19</span></li></ul>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, _html("某区人民政府", nav + home), depth=0)
    b.page(SEED + "qzxx/", _html("区长信箱-某区人民政府", nav + "<h2>区长信箱</h2>" + table))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert sorted(f["submitted"] for f in report["findings"] if f["check"] == "unanswered-message") == ["2025-01-16"]
    assert "interaction-poor" in {v["rule"] for v in report["vetoes"]}


def test_a_homepage_whose_dated_rows_cannot_be_read_is_not_measured(tmp_path: Path) -> None:
    """A homepage whose news rows open by a script given only an id (`showNews(5521)`: no address to read) beside
    their date cells: the checks read no dated row, yet the visitor sees a dated list — not measured, no
    homepage-stale veto. The same homepage printing no date at all is still stale."""
    rows = "".join(f"<tr><td class='t' onclick='showNews({5520 + i})'>全区春季森林防火工作部署会第{i}场</td>"
                   f"<td class='d'>[05-{19 - i:02d}]</td></tr>" for i in range(1, 4))
    b = SnapshotBuilder(SEED)
    b.page(SEED, _html("某区人民政府", f"<table class='xw'>{rows}</table>"), depth=0)
    report = run_checks(load_snapshot(b.write(tmp_path / "dated")), AS_OF)
    assert "homepage-stale" not in [v["rule"] for v in report["vetoes"]]
    assert any("首页更新情况未测量" in w for w in report["warnings"])
    b = SnapshotBuilder(SEED)
    b.page(SEED, _html("某区人民政府", "<table class='xw'><tr><td>全区春季森林防火工作部署会</td></tr></table>"), depth=0)
    report = run_checks(load_snapshot(b.write(tmp_path / "undated")), AS_OF)
    assert "homepage-stale" in [v["rule"] for v in report["vetoes"]]
