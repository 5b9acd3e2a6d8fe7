"""How many rows a list a script writes shows: a data island's paging call names its page size in any spelling
(perPage, perpage, per_page, or in its data address); a list still saying 数据加载中 where no browser ran its script
shows what is not measured, never none."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.tl.gov.cn/"
AS_OF = dt.date(2023, 9, 14)
FOOTER = "<div class='footer'>主办：桐岭县人民政府办公室 网站标识码：3607990001 赣ICP备10000001号</div>"
HOME = "<ul class='hot'><li><a href='/xw/2023/9/12/art_1_1.html'>桐岭县召开秋季防火工作会</a><span>2023-09-12</span></li></ul>"


def _site(tmp_path: Path, pages: dict[str, tuple[str, str]]) -> dict:
    nav = "<div class='nav'>" + "".join(f"<a href='/{p}'>{n}</a>" for p, (n, _) in pages.items()) + "</div>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>桐岭县人民政府</title></head><body>{nav}{HOME}{FOOTER}</body></html>", depth=0)
    for path, (name, body) in pages.items():
        b.page(SEED + path, f"<html><head><title>{name}-桐岭县人民政府</title><script src='/js/unit.js'></script></head>"
                            f"<body>{nav}<div class='con'>{body}</div>{FOOTER}</body></html>")
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _island(col: int, n: int) -> str:
    records = "".join(f"<record><![CDATA[<li><span>2023-09-{10 - i:02d}</span><a href='/art/2023/9/{10 - i}/art_{col}_{i}"
                      f".html'>桐岭县第{i + 1}批惠民政策落实情况通报</a></li>]]></record>" for i in range(n))
    return f"<div id='unit{col}'><script type='text/xml'><datastore><recordset>{records}</recordset></datastore></script></div>"


def test_a_page_size_named_in_lower_case_or_in_the_data_address_is_read(tmp_path: Path) -> None:
    report = _site(tmp_path, {
        "col/col31/index.html": ("惠民政策", _island(31, 9) + "<script>showUnit({unit: 'unit31', perpage: 6});</script>"),
        "col/col32/index.html": ("政策通报", _island(32, 9) +
                                 "<script>showUnit('unit32', '/module/list/proxy.jsp?col=32&start=1&end=27&per_page=4');"
                                 "</script>"),
    })
    assert {c["name"]: (c["items"], c["shown"]) for c in report["columns"]} == {"惠民政策": (9, 6), "政策通报": (9, 4)}


def test_a_list_still_loading_shows_what_is_not_measured(tmp_path: Path) -> None:
    body = ("<h3>乡镇动态</h3><table class='tb' id='tb9'><tr><td>数据加载中...</td></tr></table>"
            "<script>loadList('tb9', '/api/list?column=9&size=20');</script>")
    report = _site(tmp_path, {"xzdt/": ("乡镇动态", body)})
    col = next(c for c in report["columns"] if c["url"] == SEED + "xzdt/")
    assert col["items"] == 0 and col["shown"] is None
    assert not any(f["check"] in ("empty-column", "stale-column") for f in report["findings"])
