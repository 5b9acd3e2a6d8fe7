"""A body's documents listed under a menu name that types nothing, read as an evaluator reads them, on pages unlike
the blind site that showed each rule: a page the menu calls 镇务公开 whose one list is headed 规范性文件 and lists
the body's documents (关于…, numbered or not) is the 政策文件 column and entry; a column of no type and no heading
whose rows are mostly documents leaves the 政策文件 entry not measured, never missing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.shiliang.gov.cn/"
AS_OF = dt.date(2025, 6, 10)
MENU = ("<table class='menu'><tr><td><a href='/'>网站首页</a></td><td><a href='/plus/list.php?tid=3'>工作动态</a></td>"
        "<td><a href='/plus/list.php?tid=5'>镇务公开</a></td></tr></table>")
FOOT = "<div class='bottom'>主办：石梁县石梁镇人民政府 网站标识码：3611270008 赣ICP备15002211号</div>"
NEWS = [("2025-06-05", "石梁镇开展汛前安全隐患排查"), ("2025-05-28", "石梁镇组织农技人员下田指导夏播"),
        ("2025-05-20", "石梁镇举办返乡创业座谈会")]
DOCS = [("2025-04-02", "石梁镇人民政府关于进一步加强农村建房管理的实施意见"),
        ("2024-11-18", "石梁镇人民政府关于成立秸秆禁烧工作领导小组的决定"),
        ("2024-07-09", "石梁镇人民政府关于公布镇级权责清单的决定"),
        ("2024-03-15", "石梁镇2024年农村饮水安全工作方案")]


def _table(rows: list[tuple[str, str]], tid: int) -> str:
    return "<table class='lb'>" + "".join(
        f"<tr><td><a href='/a/{tid}/{d.replace('-', '')}{i}.html'>{t}</a></td><td>[{d}]</td></tr>"
        for i, (d, t) in enumerate(rows)) + "</table>"


def _page(title: str, body: str) -> str:
    return (f"<html><head><title>{title}_石梁县石梁镇人民政府</title></head><body>{MENU}"
            f"<div class='pos'>您现在的位置：<a href='/'>首页</a> &gt;&gt; {title}</div>{body}{FOOT}</body></html>")


def _report(tmp_path: Path, heading: str) -> dict:
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>石梁县石梁镇人民政府</title></head><body>{MENU}{_table(NEWS, 3)}{FOOT}</body></html>",
           depth=0)
    b.page(SEED + "plus/list.php?tid=3", _page("工作动态", _table(NEWS, 3)))
    b.page(SEED + "plus/list.php?tid=5", _page("镇务公开", f"<div class='lm'>{heading}</div>" + _table(DOCS, 5)))
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def test_a_list_headed_for_documents_under_a_name_of_no_type_is_the_policy_documents_column(tmp_path: Path) -> None:
    report = _report(tmp_path, "规范性文件")
    col = next(c for c in report["columns"] if c["url"] == SEED + "plus/list.php?tid=5")
    assert col["type"] == "政策文件"
    policy = report["elements"]["政策文件"]
    assert policy["present"] and policy["url"] == SEED + "plus/list.php?tid=5"


def test_documents_in_a_column_of_no_type_leave_the_policy_documents_entry_unmeasured(tmp_path: Path) -> None:
    report = _report(tmp_path, "")
    col = next(c for c in report["columns"] if c["url"] == SEED + "plus/list.php?tid=5")
    assert col["type"] == "其他"
    policy = report["elements"]["政策文件"]
    assert not policy["present"] and not policy["measured"]
    assert not any(f["check"] == "missing-element" and f.get("element") == "政策文件" for f in report["findings"])
