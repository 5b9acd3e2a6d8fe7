"""A dated row is an item, not an entry — unless its whole text is a document's own name: a box of entry links
printing the 政府信息公开指南 with its first publication date offers the guide (here a page the crawl did not
open); a headline holding the name (关于修订政府信息公开指南的通知) stays an item."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.hexi.gov.cn/"
AS_OF = dt.date(2025, 4, 10)
FOOTER = ("<div class='foot'>主办单位：河西区人民政府办公室 网站标识码：3201050001 苏ICP备11002233号 "
          "苏公网安备32010502000111号 联系电话：025-8456 7788</div>")
NEWS = ("<table class='news'><tr><th>政务要闻</th></tr>"
        "<tr><td><a href='/art/2025/4/8/art_31_901.html'>区政府召开第十二次常务会议</a></td><td>2025-04-08</td></tr>"
        "<tr><td><a href='/art/2025/4/2/art_31_902.html'>区领导督导春季防火工作</a></td><td>2025-04-02</td></tr>"
        "<tr><td><a href='/art/2025/3/26/art_31_903.html'>河西区一季度重点项目集中开工</a></td><td>2025-03-26</td></tr>"
        "</table>")
ARTICLES = {"art/2025/4/8/art_31_901.html": "区政府召开第十二次常务会议", "art/2025/4/2/art_31_902.html": "区领导督导春季防火工作",
            "art/2025/3/26/art_31_903.html": "河西区一季度重点项目集中开工",
            "art/2025/3/1/art_31_904.html": "关于修订河西区人民政府政府信息公开指南的通知"}


def _missing(tmp_path: Path, box: str) -> set[str]:
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>河西区人民政府</title></head><body>{NEWS}{box}{FOOTER}</body></html>", depth=0)
    for path, title in ARTICLES.items():
        b.page(SEED + path, f"<html><head><title>{title}</title><meta name='PubDate' content='2025-03-01'></head>"
                            f"<body><h1>{title}</h1><p>正文内容。</p>{FOOTER}</body></html>")
    return {f["element"] for f in run_checks(load_snapshot(b.write(tmp_path)), AS_OF)["findings"]
            if f["check"] == "missing-element"}


def test_a_guide_printed_with_its_date_in_an_entry_box_is_the_entry(tmp_path: Path) -> None:
    box = ("<dl class='gk'><dt>信息公开</dt>"
           "<dd><a href='/col/col_zn/index.html'>信息公开指南</a><em>2021-05-17</em></dd>"
           "<dd><a href='/col/col_ml/index.html'>信息公开目录</a></dd>"
           "<dd><a href='/col/col_nb/index.html'>信息公开年报</a></dd></dl>")
    assert "政府信息公开指南" not in _missing(tmp_path, box)


def test_a_dated_headline_holding_the_guides_name_is_no_entry(tmp_path: Path) -> None:
    box = ("<ul class='tz'><li><a href='/art/2025/3/1/art_31_904.html'>关于修订河西区人民政府政府信息公开指南的通知</a>"
           "<span>2025-03-01</span></li></ul>")
    assert "政府信息公开指南" in _missing(tmp_path, box)
