"""Columns that declare nothing to publish (the 56th blind batch's reading): a 基层政务公开 column holding no row but
the body's statement that it has none of the kind (本局无行政许可事项, 本年度未发生…) is a column declared empty — never
a blank column, never stale; a dated statement dates it, an undated one leaves its freshness not measured — while a
document saying the same under its own heading stays a document, and a bare 暂无信息 stays blank."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.lx.gov.cn/"
AS_OF = dt.date(2026, 3, 20)
MENU = ("<div class='sidenav'><a href='/xxgk/xzxk/'>行政许可</a><a href='/xxgk/xzqz/'>行政强制</a>"
        "<a href='/xxgk/tfsj/'>突发事件</a><a href='/xxgk/czzj/'>财政资金</a><a href='/xxgk/shjz/'>社会救助</a>"
        "<a href='/xxgk/zfcg/'>政府采购</a><a href='/xxgk/rsxx/'>人事信息</a></div>")


def _page(title: str, body: str, meta: str = "") -> str:
    return (f"<html><head><meta charset='utf-8'>{meta}<title>{title}</title></head><body>"
            f"<div class='hd'><a href='/'>首页</a></div>{MENU}<div class='content'>{body}</div>"
            f"<div class='ft'>主办：柳溪乡人民政府　电话：0571-6123456</div></body></html>")


def _crumbed(name: str, said: str) -> str:
    return _page(f"{name}｜柳溪乡人民政府",
                 f"<div class='loc'>您所在的位置：首页 » 信息公开 » {name}</div><table class='cont'><tr><td>{said}</td>"
                 "</tr></table>")


def _report(tmp_path: Path, pages: dict[str, str]) -> dict:
    b = SnapshotBuilder(SEED)
    b.page(SEED, _page("柳溪乡人民政府", "<p>欢迎访问</p>", '<meta name="SiteName" content="柳溪乡人民政府">'), depth=0)
    for path, html in pages.items():
        b.page(SEED + path, html)
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _blank(report: dict) -> set[str]:
    return {f["evidence"]["url"] for f in report["findings"] if f["check"] == "empty-column"}


def test_undated_statements_of_nothing_to_publish_are_columns_never_blank(tmp_path: Path) -> None:
    # five statements and one bare 暂无信息: counted blank, the five would make six blank columns (columns-stale)
    report = _report(tmp_path, {
        "xxgk/xzxk/": _crumbed("行政许可", "本乡无行政许可事项。"),
        "xxgk/xzqz/": _crumbed("行政强制", "本单位不涉及行政强制。"),
        "xxgk/tfsj/": _crumbed("突发事件", "2026年度本乡未发生突发事件。"),
        "xxgk/czzj/": _crumbed("财政资金", "暂无需公开的财政资金信息。"),
        "xxgk/shjz/": _crumbed("社会救助", "本机关无此项信息，社会救助由县民政局统一公开。"),
        "xxgk/rsxx/": _crumbed("人事信息", "暂无信息"),
    })
    cols = {c["url"]: c for c in report["columns"]}
    declared = [SEED + f"xxgk/{p}/" for p in ("xzxk", "xzqz", "tfsj", "czzj", "shjz")]
    assert all(cols[u]["items"] == 0 and cols[u]["last_update"] is None for u in declared)
    assert _blank(report) == {SEED + "xxgk/rsxx/"}
    assert "columns-stale" not in {v["rule"] for v in report["vetoes"]}


def test_a_dated_statement_dates_its_column_and_is_no_article(tmp_path: Path) -> None:
    # a labelled date under the statement, a link inside it to where purchases are published: the column's date, no row
    said = ("<div class='gk'><span>　　本局2025年度未开展政府采购活动，采购信息统一在<a href='http://www.ccgp-lx.gov.cn/'>"
            "县政府采购网</a>发布。</span><br>发布日期：2026年1月5日</div>")
    report = _report(tmp_path, {"xxgk/zfcg/": _page(
        "政府采购 - 柳溪乡人民政府", "<div class='bt'>政府采购</div>" + said, '<meta name="ColumnName" content="政府采购">')})
    col = next(c for c in report["columns"] if c["url"] == SEED + "xxgk/zfcg/")
    assert (col["items"], col["last_update"]) == (0, "2026-01-05")
    assert not _blank(report)


def test_a_document_saying_so_under_its_own_heading_stays_a_document(tmp_path: Path) -> None:
    doc = _page("关于2025年度行政处罚信息公开情况的说明 - 柳溪乡人民政府",
                "<h2>关于2025年度行政处罚信息公开情况的说明</h2><div class='info'>发布时间：2026-01-08</div>"
                "<p>　　本局2025年度无行政处罚信息，特此说明。</p>", '<meta name="ColumnName" content="行政处罚">')
    report = _report(tmp_path, {"xxgk/xzcf/": _crumbed("行政处罚", "<a href='/xxgk/xzcf/sm2025.html'>关于2025年度行政处罚"
                                                                   "信息公开情况的说明</a> 2026-01-08"),
                                "xxgk/xzcf/sm2025.html": doc})
    col = next(c for c in report["columns"] if c["url"] == SEED + "xxgk/xzcf/")
    assert (col["items"], col["last_update"]) == (1, "2026-01-08")
    assert SEED + "xxgk/xzcf/sm2025.html" not in {c["url"] for c in report["columns"]}


def test_a_clause_of_a_longer_text_or_a_lists_preface_declares_nothing(tmp_path: Path) -> None:
    # 本单位暂无…收费项目 as a sentence of a guide and above a list of services in the same block: what the page says is
    # the guide, the services — no column declared empty
    guide = _page("政府信息公开指南｜柳溪乡人民政府", "<div class='loc'>您所在的位置：首页 » 信息公开 » 政府信息公开指南</div>"
                  "<div class='txt'><p>一、公开方式：本乡主动公开的政府信息通过柳溪乡人民政府网站信息公开栏目发布，"
                  "一般自信息形成或者变更之日起二十个工作日内予以公开，法律法规另有规定的从其规定。</p>"
                  "<p>二、依申请公开：申请人可通过信函、当面提交等方式向乡党政综合办公室提出申请，受理地点为柳溪乡"
                  "便民服务中心二楼，办公时间为工作日上午八时三十分至十二时、下午二时三十分至五时三十分。</p>"
                  "<p>三、本单位暂无依申请公开收费项目。</p><p>四、监督方式：公民、法人或者其他组织认为本乡在政府信息公开"
                  "工作中侵犯其合法权益的，可以向县政务公开办公室投诉举报。</p><p>更新日期：2026-02-01</p></div>")
    services = _page("便民服务｜柳溪乡人民政府", "<div class='loc'>您所在的位置：首页 » 信息公开 » 便民服务</div>"
                     "<div class='svc'><p>以下事项请在省政务服务网办理。本单位暂无行政事业性收费项目。</p><ul>" + "".join(
                         f"<li><a href='http://www.zjzwfw.gov.cn/item/{i}'>{n}</a></li>"
                         for i, n in enumerate(("农村宅基地审批", "残疾人补贴申领", "临时救助申请"))) + "</ul></div>")
    report = _report(tmp_path, {"xxgk/gkzn/": guide, "bmfw/": services})
    assert {SEED + "xxgk/gkzn/", SEED + "bmfw/"}.isdisjoint(c["url"] for c in report["columns"])
