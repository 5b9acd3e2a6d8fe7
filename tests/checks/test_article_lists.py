"""Articles carrying dated lists of their own (a 栏目 side list, 相关文章, 点击排行, 附件 with upload times), and
column pages that look like articles (the first entry shown with its title, date and opening above the rows)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .minisite import page
from .snapshot_builder import SnapshotBuilder

SITE = "http://www.qz.gov.cn/"
TEXT = "<td class='zw'><p>本周，我区组织开展春季植树活动，各街道干部群众踊跃参加。</p><p>活动共栽种苗木三千余株。</p></td>"


def _rows(folder: str, days: range) -> str:
    return "".join(f"<tr><td><a href='/{folder}/2024/03{d:02d}/{d}.htm'>第{d}期区级工作情况通报</a></td>"
                   f"<td>2024/03/{d:02d}</td></tr>" for d in days)


def test_a_headed_article_stays_an_article_beside_dated_lists() -> None:
    side = "<table class='phb'><tr><th>阅读排行</th></tr>" + _rows("gzdt", range(1, 8)) + "</table>"
    body = (f"<table><tr><td>{side}</td><td><h2>我区开展春季义务植树活动</h2>"
            f"<div>信息来源：区林业站　发布日期：2024/03/12</div></td></tr><tr>{TEXT}</tr></table>")
    f = parse_page(page("我区开展春季义务植树活动-工作动态-某某区", body), SITE + "gzdt/2024/0312/12.htm", None, "r",
                   home=False)
    assert f.is_article and f.pubdate == (2024, 3, 12)
    # no heading the <title> opens with: seven dated rows make it a list, as before
    g = parse_page(page("工作动态-某某区", body), SITE + "gzdt/2024/0312/12.htm", None, "r", home=False)
    assert not g.is_article


def test_an_upload_time_beside_a_file_name_does_not_date_the_document() -> None:
    # (an information table over the heading, its labels spaced to align; files uploaded later; related documents)
    head = ("<table class='meta'><tr><td>索　引　号：</td><td>QZ-2024-0031</td></tr>"
            "<tr><td>文　　号：</td><td>某区发〔2024〕5号</td><td>发布日期：</td><td>2024-04-02</td></tr></table>")
    files = "".join(f"<p><a href='/u/{n}.xls'>{n}.统计表.xls</a>（上传时间：2024-04-{n + 2:02d}）</p>" for n in (1, 2, 3))
    body = (head + "<h1>某某区关于印发春季造林工作要点的通知</h1><div><p>各街道：现将工作要点印发给你们，请遵照执行。</p></div>"
            + files + "<table class='xg'>" + _rows("wj", range(1, 6)) + "</table>")
    f = parse_page(page("某某区关于印发春季造林工作要点的通知_文件_某某区", body), SITE + "wj/2024/0402/31.htm", None,
                   "r", home=False)
    assert f.is_article and f.pubdate == (2024, 4, 2)


def test_a_list_showing_its_first_entry_whole_is_a_column(tmp_path: Path) -> None:
    first = ("<div class='lead'><h3><a href='/gzbg/2024/0305/9.htm'>2024年某某区政府工作报告</a></h3>"
             "<div>发布日期：2024-03-05</div><p>各位代表：现在，我代表区人民政府，向大会报告工作，请予审议。</p>"
             "<p>过去一年，全区上下坚持稳中求进，经济运行持续回升向好，民生保障更加有力，各项事业取得新进展。</p>"
             "<p>今年工作的总体要求是：坚持高质量发展，统筹发展和安全，着力扩大内需，持续改善民生福祉。</p>"
             "<p><a href='/gzbg/2024/0305/9.htm'>详细内容</a></p></div>")
    rows = ("<ul class='lb'><li><a href='/gzbg/2023/0228/8.htm'>2023年某某区政府工作报告</a><span>2023-02-28</span></li>"
            "<li><a href='/gzbg/2022/0301/7.htm'>2022年某某区政府工作报告</a><span>2022-03-01</span></li></ul>")
    nav = "<div class='nav'><a href='/'>首页</a><a href='/gzbg/'>政府工作报告</a></div>"
    b = SnapshotBuilder(SITE)
    b.page(SITE, f"<html><head><title>某某区人民政府</title></head><body>{nav}<ul>" + "".join(
        f"<li><a href='/gzdt/2024/03{d:02d}/{d}.htm'>某某区第{d}次常务会议召开</a>2024-03-{d:02d}</li>" for d in (20, 25))
        + "</ul><p>主办单位：某某区人民政府办公室 网站标识码：3308020001</p></body></html>", depth=0)
    b.page(SITE + "gzbg/", f"<html><head><title>政府工作报告_某某区人民政府</title></head><body>{nav}"
           f"<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; <a href='/gzbg/'>政府工作报告</a></div>"
           f"{first}{rows}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), dt.date(2024, 3, 31))
    column = {c["url"]: c for c in report["columns"]}.get(SITE + "gzbg/")
    assert column is not None and column["items"] == 3


def test_a_publication_date_beside_an_attachment_dates_the_file_not_the_document() -> None:
    # (the byline's 发布日期, then an attachment printing the same label after its name, a 上一篇 and related rows)
    body = ("<h2>某某区关于2024年度城区供热计划调整的公告</h2><p class='info'>发布日期：2024-04-08 来源：区住建局</p>"
            "<div><p>根据供热工作安排，现将2024年度城区供热计划调整如下，特此公告。</p></div>"
            "<ul class='att'><li>附件：<a href='/u/gr.pdf'>供热计划调整表.pdf</a> 发布日期：2024-04-08</li></ul>"
            "<p>上一篇：<a href='/tz/2024/0402/40.htm'>某某区关于春季道路养护的通告</a>（2024-04-02）</p>"
            "<ul class='xg'><li><a href='/xw/2024/0420/55.htm'>某某区召开春季防汛工作会议</a>2024-04-20</li>"
            "<li><a href='/xw/2024/0418/54.htm'>区领导调研城区供热管网改造</a>2024-04-18</li></ul>")
    f = parse_page(page("某某区关于2024年度城区供热计划调整的公告-某某区", body), SITE + "tz/2024/0408/41.htm", None,
                   "r", home=False)
    assert f.is_article and f.pubdate == (2024, 4, 8)
