"""Content the builder left on a live site: a test row posted to try a list (测试信息，请勿点击, 标题标题标题) is a row a
visitor sees, but no update — neither the column's nor the homepage's newest; a list of test rows only is dated by
them (a test column). The template's sample phone (0000-0000000) is no contact."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.footer import read_marks
from govweb.checks.list_rows import trial_post
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.bq.gov.cn/"
AS_OF = dt.date(2022, 6, 30)
FOOTER = "<p class='foot'>主办单位：北桥乡人民政府 联系电话：0571-6612 3301</p>"


def _page(title: str, body: str) -> str:
    return f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{body}{FOOTER}</body></html>"


def _table(folder: str, rows: list[tuple[str, str]]) -> str:
    return "<table class='lb'>" + "".join(
        f"<tr><td><a href='/{folder}/{i}.jsp'>{t}</a></td><td>[{d}]</td></tr>" for i, (t, d) in enumerate(rows)) + "</table>"


def test_only_a_whole_test_title_is_a_test_row() -> None:
    assert trial_post("这是一篇测试文章 [2022-06-28]") and trial_post("Test2") and trial_post("标题标题标题标题")
    assert not trial_post("北桥乡中小学生体质健康测试结果公示") and not trial_post("关于开展应急通信测试的通知")


def test_a_test_row_is_shown_but_dates_neither_the_column_nor_the_homepage(tmp_path: Path) -> None:
    real = [("北桥乡召开防汛工作部署会", "2022-05-20"), ("北桥乡开展夏季农机安全检查", "2022-05-12")]
    trial = [("这是一篇测试文章", "2022-06-28")]
    b = SnapshotBuilder(SEED)
    b.page(SEED, _page("北桥乡人民政府", "<h3><a href='/xzdt/'>乡镇动态</a></h3>" + _table("xzdt", trial + real)
                       + "<h3><a href='/lm2/'>栏目二</a></h3>"), depth=0)
    b.page(SEED + "xzdt/", _page("乡镇动态", _table("xzdt", trial + real)))
    b.page(SEED + "lm2/", _page("栏目二", _table("lm2", [("标题标题标题标题", "2021-09-01"), ("Test1", "2021-09-01")])))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    columns = {c["url"]: c for c in report["columns"]}
    assert columns[SEED + "xzdt/"]["items"] == 3 and columns[SEED + "xzdt/"]["last_update"] == "2022-05-20"
    assert columns[SEED + "lm2/"]["last_update"] == "2021-09-01"     # a test column: its rows date it
    stale = [f for f in report["findings"] if f["check"] == "homepage-stale"]
    assert len(stale) == 1 and stale[0]["last_update"] == "2022-05-20"


def test_the_templates_sample_phone_is_no_contact_and_a_number_in_two_groups_is_one() -> None:
    own = "版权所有：北桥乡人民政府 办公电话：0571-6612 3301 邮编：311200"
    sample = "主办：XX县人民政府 地址：XX路XX号 联系电话：0000-0000000"
    assert read_marks("", ([sample, own], ""), [])["联系方式"][0] == "0571-6612 3301"
    assert "联系方式" not in read_marks("", ([sample], ""), [])
