"""Labels printed in 繁體 forms say what their 简体 forms say: the footer's marks (主辦, 網站識別碼, 諮詢電話)
and the menu's entries (網上辦事, 政民互動, 領導之窗, 部門職能) are read as a reader reads them, and a value keeps the
characters the page prints (`fold.simplified`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.fold import simplified
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.yunxi.gov.cn/"
AS_OF = dt.date(2021, 3, 10)
NEWS = ("<table class='news'><tr><td><a href='/news/202103/t20210308_5.html'>县委常委会召开专题会议</a></td>"
        "<td>2021-03-08</td></tr><tr><td><a href='/news/202103/t20210305_4.html'>全县春耕备耕工作有序推进</a></td>"
        "<td>2021-03-05</td></tr></table>")


def test_simplified_keeps_the_length_and_an_unchanged_text() -> None:
    assert simplified("網站識別碼：主辦單位　諮詢電話") == "网站识别码：主办单位　咨询电话"
    printed = "雲溪縣人民政府辦公室"
    assert len(simplified(printed)) == len(printed)
    plain = "云溪县人民政府办公室"
    assert simplified(plain) is plain


def test_footer_marks_printed_in_traditional_forms(tmp_path: Path) -> None:
    # a footer table in 繁體 forms: no 简体 label in it, no ICP line
    footer = ("<table id='dibu'><tr><td>版權所有：雲溪縣人民政府</td></tr>"
              "<tr><td>主辦：雲溪縣人民政府辦公室　網站識別碼：5301230004</td></tr>"
              "<tr><td>諮詢電話：0871-64310288</td></tr></table>")
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>雲溪縣人民政府</title></head><body>{NEWS}{footer}</body></html>", depth=0)
    els = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)["elements"]
    assert els["网站主办单位"]["value"] == "雲溪縣人民政府辦公室"   # (as printed)
    assert els["网站标识码"]["value"] == "5301230004"
    assert els["联系方式"]["value"] == "0871-64310288"


def test_entries_named_in_traditional_forms(tmp_path: Path) -> None:
    nav = ("<div class='menu'><a href='/wsbs/'>網上辦事</a> <a href='/zmhd/'>政民互動</a> <a href='/ldzc/'>領導之窗</a> "
           "<a href='/bmzn/'>部門職能</a></div>")
    footer = "<div class='footer'>主办：云溪县人民政府办公室 网站标识码：5301230004 滇ICP备05012388号</div>"
    pages = {
        "wsbs/": "<h1>網上辦事</h1><p>社會保障卡申領、不動產登記、營業執照辦理：在線提交材料，網上預約辦理。</p>",
        "zmhd/": "<h1>政民互動</h1><p>歡迎您通過縣長信箱、在線諮詢與我們交流，我們將在15個工作日內答覆。</p>",
        "ldzc/": "<h1>領導之窗</h1><p>縣長：王某某，主持縣政府全面工作。副縣長：李某某，負責發展改革、財政工作。</p>",
        "bmzn/": "<h1>部門職能</h1><p>" + "貫徹執行國家和省市有關方針政策，負責全縣經濟社會發展規劃的擬訂與實施。" * 2 + "</p>",
    }
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>云溪县人民政府</title></head><body>{nav}{NEWS}{footer}</body></html>",
           depth=0)
    for path, body in pages.items():
        b.page(SEED + path, f"<html><head><title>云溪县人民政府</title></head><body>{nav}{body}{footer}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    missing = {f["element"] for f in report["findings"] if f["check"] == "missing-element"}
    assert {"办事服务", "互动交流", "负责人信息", "机构职能"}.isdisjoint(missing)
    assert report["elements"]["办事服务"]["url"] == SEED + "wsbs/"
    assert "service-unusable" not in {v["rule"] for v in report["vetoes"]}
