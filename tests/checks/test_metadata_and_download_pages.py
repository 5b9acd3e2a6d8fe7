"""Page metadata that disagrees with the page, and pages of files, read as a visitor reads them (the forty-seventh
blind batch, read): the heading a visitor reads above the byline wins over an ArticleTitle or a <title> naming another
thing (the column, a draft, the previous document); 文件下载 names files, not the body's documents; a download tool
of forms sorted by downloads is no column. Pages are hand-written in layouts unlike the corpus pages they generalise."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.column_names import type_of
from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .minisite import page
from .snapshot_builder import SnapshotBuilder

SITE = "http://www.hx.gov.cn/"
TEXT = "<div class='nr'><p>各社区居委会：</p><p>现将有关事项通知如下，请遵照执行。</p></div>"


def _read(title: str, body: str, meta: str) -> str:
    return parse_page(page(title, body, meta), SITE + "art/2025/3/14/art_12_881.html", None, "r", home=False).title


def test_the_heading_above_the_byline_wins_over_an_article_title_naming_another_thing() -> None:
    meta = ('<meta name="PubDate" content="2025-03-20 10:15"><meta name="ArticleTitle" content="工作动态">')
    body = ("<div class='art-tit'>关于开展2025年春季爱国卫生运动的通知</div>"
            "<div class='sx'><span>发布时间：2025-03-14</span><span>来源：卫健办</span></div>" + TEXT)
    assert _read("工作动态-华溪区", body, meta) == "关于开展2025年春季爱国卫生运动的通知"
    # an ArticleTitle holding the heading whole (the heading read short of it) keeps its fuller words
    full = '<meta name="PubDate" content="2025-03-20 10:15"><meta name="ArticleTitle" content="关于开展2025年春季爱国卫生运动的通知（第二批）">'
    assert _read("工作动态-华溪区", body, full) == "关于开展2025年春季爱国卫生运动的通知（第二批）"
    # a cell of an information table above the date is no heading set for the page: the ArticleTitle stands
    named = '<meta name="PubDate" content="2025-03-20"><meta name="ArticleTitle" content="华溪区春季爱国卫生运动方案">'
    cells = ("<div class='art-tit'>华溪区春季爱国卫生运动方案</div><table><tr><td>公开方式：</td><td>主动公开</td></tr>"
             "<tr><td>发布日期：2025-03-14</td></tr></table>" + TEXT)
    assert _read("华溪区人民政府", cells, named) == "华溪区春季爱国卫生运动方案"


def test_an_information_tables_cells_do_not_hide_the_heading_above_them() -> None:
    # the <title> of the previous document, the heading above four cells of an information table
    meta = '<meta name="DC.date" content="2025-03-20">'
    body = ("<h2>华溪区关于印发《华溪区防汛抗旱应急预案》的通知</h2><table class='xxgk'><tr><td>索引号：11400/2025-00412</td>"
            "<td>发文机关：华溪区人民政府</td></tr><tr><td>文号：华政发〔2025〕4号</td><td>成文日期：2025-03-11</td></tr>"
            "<tr><td>发布日期：2025-03-14</td><td></td></tr></table>" + TEXT)
    assert _read("华溪区关于调整城区停车收费标准的通知_华溪区人民政府", body, meta) == \
        "华溪区关于印发《华溪区防汛抗旱应急预案》的通知"


def test_a_site_name_heading_the_title_merely_starts_with_does_not_keep_another_documents_title() -> None:
    meta = '<meta name="PubDate" content="2025-03-20">'
    body = ("<h1>华溪区人民政府</h1><div class='con'><h3>华溪区人民政府关于做好春耕生产的通知</h3>"
            "<p class='tm'>日期：2025-03-14 作者：农业办</p>" + TEXT + "</div>")
    assert _read("华溪区人民政府关于表彰2024年度先进集体的决定", body, meta) == "华溪区人民政府关于做好春耕生产的通知"


def test_files_to_download_name_no_documents() -> None:
    assert type_of("文件下载") == "其他"
    assert type_of("规范性文件") == "政策文件"


SEED = "http://www.hx.gov.cn/"
MENU = "<div class='menu'><a href='/'>首页</a> <a href='/bszn/'>办事指南</a> <a href='/bszn/bgxz/'>表格下载</a></div>"
FOOT = "<div class='foot'>华溪区人民政府办公室主办 网站标识码：1101140001 京ICP备05001234号</div>"
FORMS = [("xz/2021/ylbx.docx", "养老保险待遇申领表", "2021-05-10", 920), ("xz/2024/dbsq.doc", "低保申请审批表", "2024-02-01", 715),
         ("xz/2019/syzm.pdf", "生育登记表", "2019-08-20", 644), ("xz/2023/jyzm.xlsx", "就业登记表", "2023-11-02", 301)]


def _forms(rows: list[tuple[str, str, str, int]]) -> str:
    return ("<p class='crumb'>当前位置：<a href='/'>首页</a> → <a href='/bszn/'>办事指南</a> → 表格下载</p><ol class='forms'>"
            + "".join(f"<li><a href='/{u}'>{t}</a> 修订：{d} 下载{n}次</li>" for u, t, d, n in rows) + "</ol>")


def _columns(tmp_path: Path, body: str) -> set[str]:
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>华溪区人民政府</title></head><body>{MENU}{FOOT}</body></html>", depth=0)
    b.page(SEED + "bszn/", f"<html><head><title>办事指南</title></head><body>{MENU}<p>地址：华溪区府前街1号</p>"
                           f"{FOOT}</body></html>")
    b.page(SEED + "bszn/bgxz/", f"<html><head><title>表格下载_华溪区人民政府</title></head><body>{MENU}{body}"
                                f"{FOOT}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), dt.date(2025, 3, 20))
    return {c["url"].removeprefix(SEED) for c in report["columns"]}


def test_a_download_tool_of_forms_sorted_by_downloads_is_no_column(tmp_path: Path) -> None:
    assert "bszn/bgxz/" not in _columns(tmp_path / "tool", _forms(FORMS))
    # the same files in date order are a list the site keeps: a column
    dated = sorted(FORMS, key=lambda r: r[2], reverse=True)
    assert "bszn/bgxz/" in _columns(tmp_path / "list", _forms(dated))
