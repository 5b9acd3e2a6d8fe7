"""A small site's own disclosure column (信息公开, 政务公开) that lists a document of the body's among its other
disclosures (budget and final accounts) may be where it keeps its documents: with no 政策文件 entry found, that entry
is not measured (a warning naming the column), never missing; a column so named listing no document heading, or a
column of another name (村务公开) listing one, leaves it missing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "https://lqnyj.example.gov.cn/"
AS_OF = dt.date(2024, 9, 20)
FOOT = "<footer><p>主办单位：柳泉县农业农村局　电话：0731-2234567　湘ICP备19004411号</p></footer>"
NEWS = [("2024-09-12", "我局组织开展秋季农机安全检查"), ("2024-09-03", "柳泉县召开晚稻病虫害防治现场会"),
        ("2024-08-27", "县农业农村局举办高素质农民培训班")]
BUDGET = [("2024-08-30", "柳泉县农业农村局2024年部门预算"), ("2024-07-16", "柳泉县农业农村局2023年部门决算"),
          ("2024-03-02", "柳泉县农业农村局2023年政府采购意向")]
NOTICE = ("2024-05-08", "柳泉县农业农村局关于做好2024年耕地地力保护补贴发放工作的通知")


def _menu(section: str) -> str:
    return ("<div class='nav'><ul><li><a href='/'>首页</a></li><li><a href='/col/gzdt/'>工作动态</a></li>"
            f"<li><a href='/col/gk/'>{section}</a></li></ul></div>")


def _list(rows: list[tuple[str, str]], folder: str) -> str:
    return "<div class='list'>" + "".join(
        f"<div class='row'><a href='/{folder}/{d[:7].replace('-', '')}/t{d.replace('-', '')}_{i}.html'>{t}</a>"
        f"<em>{d}</em></div>" for i, (d, t) in enumerate(rows)) + "</div>"


def _report(tmp_path: Path, section: str, rows: list[tuple[str, str]]) -> dict:
    menu = _menu(section)
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>柳泉县农业农村局</title></head><body>{menu}{_list(NEWS, 'gzdt')}{FOOT}"
                 "</body></html>", depth=0)
    b.page(SEED + "col/gzdt/", f"<html><head><title>工作动态 - 柳泉县农业农村局</title></head><body>{menu}"
                               f"<p class='where'>当前位置：首页 / 工作动态</p>{_list(NEWS, 'gzdt')}{FOOT}</body></html>")
    b.page(SEED + "col/gk/", f"<html><head><title>{section} - 柳泉县农业农村局</title></head><body>{menu}"
                             f"<p class='where'>当前位置：首页 / {section}</p>{_list(rows, 'gk')}{FOOT}</body></html>")
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _policy_missing(report: dict) -> bool:
    return any(f["check"] == "missing-element" and f.get("element") == "政策文件" for f in report["findings"])


def test_a_document_among_the_disclosures_of_the_disclosure_column_leaves_policy_documents_unmeasured(
        tmp_path: Path) -> None:
    report = _report(tmp_path, "信息公开", [BUDGET[0], NOTICE, *BUDGET[1:]])
    policy = report["elements"]["政策文件"]
    assert not policy["present"] and not policy["measured"]
    assert not _policy_missing(report)
    assert any("政策文件" in w and "信息公开" in w for w in report["warnings"])


@pytest.mark.parametrize("section, rows", [("信息公开", BUDGET), ("村务公开", [BUDGET[0], NOTICE, *BUDGET[1:]])])
def test_a_disclosure_column_without_a_document_or_a_column_of_another_name_leaves_it_missing(
        tmp_path: Path, section: str, rows: list[tuple[str, str]]) -> None:
    report = _report(tmp_path, section, rows)
    assert report["elements"]["政策文件"]["measured"] is not False
    assert _policy_missing(report)
