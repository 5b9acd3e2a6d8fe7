"""Pages a static site generator writes: a blog list whose posts each open with a header of their own, an archive
filing the posts by month, a category page saying it holds no document yet — what counts as a column, and when it is
blank."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.printed_lists import EMPTY_LIST
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "https://www.baisha.gov.cn/"
AS_OF = dt.date(2025, 9, 30)
MENU = ("<nav class='topbar'><a href='/'>首页</a> <a href='/news/'>乡镇动态</a> <a href='/gfxwj/'>规范性文件</a> "
        "<a href='/bulletin/'>公示公告</a></nav>")


def _page(title: str, body: str) -> str:
    return (f"<html><head><meta charset='utf-8'><title>{title} · 白沙镇人民政府</title></head><body>"
            f"<header class='site-head'><b>白沙镇人民政府</b>{MENU}</header><main>{body}</main>"
            "<footer>白沙镇人民政府主办 电话：0898-6621003 · 本站由 Hexo 生成</footer></body></html>")


def _rows(dates: list[str]) -> str:
    return "<ul class='bulletin'>" + "".join(
        f"<li><a href='/bulletin/{d.replace('-', '/')}/n{i}.html'>白沙镇第{i}批农村危房改造对象名单公示</a>"
        f"<span>{d}</span></li>" for i, d in enumerate(dates)) + "</ul>"


def _report(tmp_path: Path, pages: dict[str, str]) -> dict:
    b = SnapshotBuilder(SEED)
    b.page(SEED, _page("首页", _rows(["2025-09-26", "2025-09-12"])), depth=0)
    b.page(SEED + "bulletin/", _page("公示公告", _rows(["2025-09-26", "2025-09-12", "2025-08-30"])))
    for path, html in pages.items():
        b.page(SEED + path, html)
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _columns(report: dict) -> dict[str, dict]:
    return {c["url"]: c for c in report["columns"]}


def _posts(days: list[str]) -> str:
    # each post an <article> opening with its own <header>: the headline's link, then when it was posted
    return "".join(
        f"<article class='post'><header class='post-head'><h3 class='post-title'><a href='/news/aqsc-{i}.html'>"
        f"白沙镇召开第{i}季度安全生产工作会议</a></h3><div class='post-meta'>发表于 {d} | 分类 乡镇动态</div>"
        f"</header><div class='post-body'><p>会议传达学习了上级有关文件精神。</p></div></article>"
        for i, d in enumerate(days))


def test_a_blog_list_dates_each_post_by_its_own_header(tmp_path: Path) -> None:
    # the date stands in the post's <header>, beside its headline: the post's row, not the page's header
    days = ["2025-09-03", "2025-08-21", "2025-08-06"]
    report = _report(tmp_path, {"news/": _page("乡镇动态", "<h1>乡镇动态</h1>" + _posts(days))})
    col = _columns(report).get(SEED + "news/")
    assert col is not None and col["shown"] == 3 and col["last_update"] == "2025-09-03"
    assert SEED + "news/" in {f["url"] for f in report["findings"] if f["check"] == "stale-column"}


def _archive(name: str, headings: list[str]) -> str:
    blocks = "".join(
        f"<section><h3 class='month'>{h}</h3><ul>"
        + "".join(f"<li><time>{m}-{d:02d}</time> <a href='/news/{m.replace('-', '/')}/{d:02d}/p{d}/'>白沙镇第{d}次村级"
                  f"议事会召开</a></li>" for d in (4, 18)) + "</ul></section>"
        for h, m in zip(headings, ["2025-09", "2025-08", "2025-07"], strict=True))
    return _page(name, f"<h1>{name}</h1>{blocks}")


def test_an_archive_by_month_with_its_post_counts_is_no_column(tmp_path: Path) -> None:
    # month headings printing how many posts each month holds beside the month (2025年9月 <small>2</small>)
    heads = [f"2025年{m}月 <small class='count'>2</small>" for m in (9, 8, 7)]
    report = _report(tmp_path, {"archives/": _archive("归档", heads)})
    assert SEED + "archives/" not in _columns(report)


def test_an_archive_named_as_docusaurus_names_it_is_no_column(tmp_path: Path) -> None:
    # 历史博文: the blog archive's title in Docusaurus's Chinese theme
    report = _report(tmp_path, {"blog/archive": _archive("历史博文", ["2025年9月", "2025年8月", "2025年7月"])})
    assert SEED + "blog/archive" not in _columns(report)


def test_a_category_saying_it_holds_no_document_is_a_blank_column(tmp_path: Path) -> None:
    assert EMPTY_LIST.search("该目录下暂无相关文档") is not None
    body = "<h1>规范性文件</h1><div class='notice'><p>该目录下暂无相关文档</p></div>"
    report = _report(tmp_path, {"gfxwj/": _page("规范性文件", body)})
    assert SEED + "gfxwj/" in _columns(report)
    assert SEED + "gfxwj/" in {f["url"] for f in report["findings"] if f["check"] == "empty-column"}
