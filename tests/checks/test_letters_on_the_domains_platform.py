"""A department's letters channel whose letters are kept on the government's shared 政民互动 system, on another host
of the same gov.cn domain: a row printing both its days, when it was written and when it was answered, is the
department's letter, and the page listing such rows is its 互动 column — not a page of another system's documents."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://zjj.taoxi.gov.cn/"
BOARD = SEED + "gzcy/lyb/"
AS_OF = dt.date(2025, 5, 28)
FOOTER = "<div id='foot'>桃溪市住房和城乡建设局 版权所有 网站标识码：3304990021 浙ICP备09001234号</div>"


def _columns(tmp_path: Path, letters_host: str, *, answered: bool) -> dict:
    nav = (f"<div id='menu'><a href='{SEED}'>网站首页</a><a href='{SEED}xwdt/'>新闻动态</a>"
           f"<a href='{BOARD}'>网上留言</a></div>")
    rows = "".join(
        f"<li><a href='http://{letters_host}/lyb/show.aspx?no=ZJJ25{n}'>咨询老旧小区加装电梯补助标准{n}</a>"
        f"<p>留言日期：2025-05-{day:02d}" + (f"　回复日期：2025-05-{day + 3:02d}" if answered else "") + "</p></li>"
        for n, day in enumerate((20, 11, 2), start=1))
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>桃溪市住房和城乡建设局</title></head><body>{nav}<ul><li>"
                 f"<a href='{SEED}xwdt/202505/t20250526_1.html'>市住建局部署汛期在建工地安全检查</a><span>2025-05-26</span>"
                 f"</li></ul>{FOOTER}</body></html>", depth=0)
    b.page(BOARD, f"<html><head><title>网上留言 - 桃溪市住房和城乡建设局</title></head><body>{nav}"
                  f"<div class='pos'>您的位置：<a href='{SEED}'>网站首页</a> » 网上留言</div>"
                  f"<a class='go' href='http://{letters_host}/lyb/post.aspx?unit=zjj'>我要留言</a>"
                  f"<ul class='msg'>{rows}</ul>{FOOTER}</body></html>")
    return {c["url"]: c for c in run_checks(load_snapshot(b.write(tmp_path)), AS_OF)["columns"]}


def test_answered_letters_on_the_citys_letter_system_are_the_departments_column(tmp_path: Path) -> None:
    cols = _columns(tmp_path / "a", "zmhd.taoxi.gov.cn", answered=True)
    assert cols[BOARD]["type"] == "互动" and cols[BOARD]["shown"] == 3


def test_rows_of_one_date_or_of_another_domain_make_no_column(tmp_path: Path) -> None:
    # a row printing one date says nothing of a letter's handling (another system's document); another domain's
    # letters are another government's
    assert BOARD not in _columns(tmp_path / "b", "zmhd.taoxi.gov.cn", answered=False)
    assert BOARD not in _columns(tmp_path / "c", "zmhd.beishan.gov.cn", answered=True)
