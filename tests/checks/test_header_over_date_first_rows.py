"""A list whose rows write their date cell first (a style sheet shows it last, under the header row's last cell): the
header's 发布时间 followed in the source by the first row's date is the list's column heading, not a byline — the page
is a column, not a document."""

from __future__ import annotations

from govweb.checks.page import parse_page

URL = "http://www.lx.gov.cn/col/col1207/index.html"


def _page(body: str, title: str = "规范性文件_临溪市住房和城乡建设局") -> str:
    return f"<html><head><title>{title}</title></head><body><h3>规范性文件</h3>{body}</body></html>"


def test_a_header_cell_over_date_first_rows_dates_no_document() -> None:
    rows = "".join(f"<tr><td>2025-0{m}-1{m}</td><td><a href='/art/2025/{m}/1{m}/art_1207_{m}.html'>"
                   f"临溪市住房和城乡建设局关于物业服务第{m}号规范的通知</a></td></tr>" for m in (6, 4, 2))
    f = parse_page(_page(f"<table class='wj'><thead><tr><th>文件名称</th><th><b>发布时间</b></th></tr></thead>"
                         f"<tbody>{rows}</tbody></table>"), URL, None, "r", home=False)
    assert not f.is_article and f.pubdate is None
    assert [it.date for it in f.items] == [(2025, 6, 16), (2025, 4, 14), (2025, 2, 12)]


def test_a_byline_cell_beside_its_date_still_dates_the_document() -> None:
    body = ("<h1>临溪市住房和城乡建设局关于物业服务规范的通知</h1>"
            "<table class='info'><tr><td>发布时间</td><td>2025-06-16</td></tr></table>"
            "<p>各物业服务企业：为进一步规范物业服务行为，现将有关事项通知如下。</p>"
            "<ul class='xg'><li><a href='/art/2025/4/14/art_1207_4.html'>关于物业服务收费的通知</a>"
            "<span>2025-04-14</span></li></ul>")
    f = parse_page(_page(body, "临溪市住房和城乡建设局关于物业服务规范的通知_临溪市住房和城乡建设局"),
                   "http://www.lx.gov.cn/art/2025/6/16/art_1207_6.html", None, "r", home=False)
    assert f.is_article and f.pubdate == (2025, 6, 16)
