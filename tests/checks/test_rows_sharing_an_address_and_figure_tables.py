"""What a list page shows, read as a visitor counts it: rows an editor linked to one article are rows each, and a
table of monthly (quarterly) figures with a publication day per row is no list of documents."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.hx.gov.cn/"
AS_OF = dt.date(2021, 3, 20)
FOOTER = "<div class='ft'>主办单位：某市人民政府办公室 网站标识码：4401000009 粤ICP备07001234号</div>"
HOME = "<ul class='xw'><li><a href='/gzdt/2021/a9.shtml'>市政府召开专题会议</a><em>2021-03-18</em></li></ul>"


def _report(tmp_path: Path, path: str, name: str, body: str) -> dict:
    nav = f"<div class='menu'><a href='/'>首页</a><a href='/{path}'>{name}</a></div>"
    box = f"<div class='box'><h4>{name}</h4><a class='more' href='/{path}'>更多</a></div>"   # (a homepage box's more)
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某市人民政府</title></head><body>{nav}{HOME}{box}{FOOTER}</body></html>", depth=0)
    b.page(SEED + path, f"<html><head><title>{name}</title></head><body>{nav}"
                        f"<div class='wz'>您的位置：<a href='/'>首页</a> » {name}</div>{body}{FOOTER}</body></html>")
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _column(report: dict, path: str) -> dict | None:
    return next((c for c in report["columns"] if c["url"].endswith(f"/{path}")), None)


def test_rows_of_other_titles_and_days_linking_an_earlier_rows_article_are_rows_each(tmp_path: Path) -> None:
    """A 工作动态 table whose editor linked several rows to the article of another (each row its own title and day):
    the page shows six rows, and a reader counts six — the row printed again (same title, same day) once."""
    def row(title: str, href: str, day: str) -> str:
        return f"<tr><td class='bt'><a href='{href}'>{title}</a></td><td class='sj'>[{day}]</td></tr>"
    rows = [row("市场监管局开展春季食品安全检查", "/gzdt/2021/a9.shtml", "2021-03-18"),
            row("全市特种设备安全工作会议召开", "/gzdt/2021/a8.shtml", "2021-03-15"),
            row("局党组召开党史学习教育动员会", "/gzdt/2021/a9.shtml", "2021-03-11"),
            row("开展3·15消费者权益日宣传活动", "/gzdt/2021/a8.shtml", "2021-03-09"),
            row("市场监管局开展春季食品安全检查", "/gzdt/2021/a9.shtml", "2021-03-18"),
            row("召开2021年度全面从严治党工作会议", "/gzdt/2021/a7.shtml", "2021-03-02"),
            row("我市新增3家省级守合同重信用企业", "/gzdt/2021/a9.shtml", "2021-02-26")]
    report = _report(tmp_path, "gzdt/", "工作动态", "<table class='lb'>" + "".join(rows) + "</table>")
    column = _column(report, "gzdt/")
    assert column is not None and (column["shown"], column["last_update"]) == (6, "2021-03-18")


def test_a_table_of_quarterly_figures_with_a_publication_day_per_row_is_no_column(tmp_path: Path) -> None:
    """A 来电受理情况 page printing a line per quarter (the quarter, calls received, handled, a rate, the day it was
    published) and no link: figures, no documents — the page is no column. The same rows under a title each (a
    通报 of the quarter) are the list of those notices."""
    def row(first: str, got: str, rate: str, day: str) -> str:
        return f"<tr><td>{first}</td><td>{got}</td><td>{rate}</td><td>{day}</td></tr>"
    figures = [row("2020年第四季度", "3,412", "98.7%", "2021-01-12"), row("2020年第三季度", "3,108", "97.9%", "2020-10-14"),
               row("2020年第二季度", "2,966", "98.1%", "2020-07-09"), row("2020年第一季度", "2,540", "96.5%", "2020-04-10"),
               row("2019年第四季度", "2,811", "97.2%", "2020-01-08"), row("2019年第三季度", "2,702", "96.9%", "2019-10-11")]
    report = _report(tmp_path / "figures", "rxtj/", "来电受理情况", "<table class='tj'>" + "".join(figures) + "</table>")
    assert _column(report, "rxtj/") is None
    notices = [r.replace("季度</td>", "季度热线办理情况通报</td>") for r in figures]
    report = _report(tmp_path / "notices", "rxtj/", "来电受理通报", "<table class='tj'>" + "".join(notices) + "</table>")
    column = _column(report, "rxtj/")
    assert column is not None and column["shown"] == 6
