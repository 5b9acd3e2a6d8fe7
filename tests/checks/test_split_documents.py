"""Documents published over several pages: a later page that prints no date of its own is a page of the document its
pager leads back to, dated as that document; an information table's 发文日期 dates the page that prints no 发布日期."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.context import SiteContext
from govweb.checks.page import parse_page
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "https://www.qingshi.gov.cn/"
AS_OF = dt.date(2025, 6, 30)
MENU = ("<nav><a href='/'>首页</a> <a href='/zxdt/list.shtml'>最新动态</a> <a href='/gsgg/list.shtml'>公示公告</a>"
        " <a href='/zmhd/'>政民互动</a></nav>")
FOOT = "<footer><p>青石市人民政府 主办　网站标识码：3504000001</p></footer>"
DOC = "/zxdt/2025/0612/show_7731"
TITLE = "青石市2025年夏季防汛工作方案解读"


def _page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body>{MENU}<main>{body}</main>{FOOT}</body></html>"


def _pager(n: int, of: int) -> str:
    """A pager of a document split in `of` pages, on page `n`: 上页, the page numbers, 下页."""
    def addr(i: int) -> str:
        return f"{DOC}.shtml" if i == 1 else f"{DOC}_{i}.shtml"
    cells = [f"<a href='{addr(n - 1)}'>上页</a>"] if n > 1 else []
    cells += [f"<b>{i}</b>" if i == n else f"<a href='{addr(i)}'>{i}</a>" for i in range(1, of + 1)]
    cells += [f"<a href='{addr(n + 1)}'>下页</a>"] if n < of else []
    return "<p class='pages'>" + " ".join(cells) + "</p>"


def _site(tmp_path: Path, later: str) -> SiteContext:
    b = SnapshotBuilder(SEED)
    rows = "".join(f"<tr><td><a href='/zxdt/2025/06{d:02d}/show_77{d:02d}.shtml'>动态{d}</a></td><td>2025-06-{d:02d}</td></tr>"
                   for d in range(1, 11))
    b.page(SEED, _page("青石市人民政府", f"<table>{rows}</table>"), depth=0)
    b.page(SEED + "zxdt/list.shtml", _page("最新动态", f"<table>{rows}</table><p class='pages'><b>1</b> "
                                          "<a href='/zxdt/list_2.shtml'>2</a> <a href='/zxdt/list_2.shtml'>下页</a></p>"))
    b.page(SEED + DOC[1:] + ".shtml", _page(f"{TITLE}_青石市人民政府", (
        f"<div class='tit'>{TITLE}</div><div class='src'>来源：市水利局　发布时间：2025年06月12日</div>"
        f"<p>一、总体要求。</p>{_pager(1, 3)}")))
    b.page(SEED + DOC[1:] + "_3.shtml", later)
    return SiteContext(load_snapshot(b.write(tmp_path / "site")), AS_OF)


def test_a_later_page_printing_no_date_is_a_page_of_the_document_its_pager_leads_back_to(tmp_path: Path) -> None:
    # page 3 of 3: its own words only (三、保障措施), no title line, no date; its pager's 1 is the document's first page
    later = _page(f"{TITLE}(3)_青石市人民政府", f"<p>三、保障措施。</p><p>各地要落实责任。</p>{_pager(3, 3)}")
    ctx = _site(tmp_path, later)
    f = ctx.pages[SEED + DOC[1:] + "_3.shtml"]
    assert f.is_article and f.pubdate == (2025, 6, 12)
    assert SEED + DOC[1:] + ".shtml" in f.pubdate_excerpt   # (the evidence names the page the date is read on)


def test_a_later_page_dates_only_itself_a_list_and_a_page_of_no_document_stay_as_they_are(tmp_path: Path) -> None:
    # a page numbered as a later page whose pager does not lead back to its own first page is no page of the document
    stray = _page("防汛知识问答", "<h2>防汛知识问答</h2><p>问：汛期如何防范？</p><p class='pages'><a href='/zmhd/'>返回</a>"
                  " <a href='/zmhd/wd_2.shtml'>2</a></p>")
    f = _site(tmp_path, stray).pages[SEED + DOC[1:] + "_3.shtml"]
    assert not f.is_article and f.pubdate is None
    # a later page of a list is the list's, whatever its number: its first page is no article to date it
    b = SnapshotBuilder(SEED)
    b.page(SEED, _page("青石市人民政府", "<p>欢迎。</p>"), depth=0)
    b.page(SEED + "gsgg/list.shtml", _page("公示公告", "<ul><li><a href='/gsgg/a1.shtml'>公示一</a> 2025-06-20</li>"
                                          "<li><a href='/gsgg/a2.shtml'>公示二</a> 2025-06-18</li></ul>"
                                          "<p class='pages'><b>1</b> <a href='/gsgg/list_2.shtml'>2</a></p>"))
    b.page(SEED + "gsgg/list_2.shtml", _page("公示公告", "<p>暂无更多。</p><p class='pages'>"
                                            "<a href='/gsgg/list.shtml'>上页</a> <a href='/gsgg/list.shtml'>1</a> <b>2</b></p>"))
    ctx = SiteContext(load_snapshot(b.write(tmp_path / "list")), AS_OF)
    f = ctx.pages[SEED + "gsgg/list_2.shtml"]
    assert not f.is_article and f.pubdate is None


def test_an_information_table_s_issue_date_dates_a_page_printing_no_publication_date() -> None:
    info = ("<dl class='meta'><dt>索引号</dt><dd>11350400/2025-00087</dd><dt>发文机关</dt><dd>青石市人民政府</dd>"
            "<dt>发文日期：</dt><dd>2025年05月20日</dd></dl>")
    f = parse_page(_page("关于印发青石市节水行动方案的通知", f"{info}<h2>关于印发青石市节水行动方案的通知</h2><p>各区县：</p>"
                         "<p>现将方案印发给你们，请认真贯彻执行。</p>"), SEED + "zwgk/t20250520_301.html", None, "r", 1,
                   home=False)
    assert f.is_article and f.pubdate == (2025, 5, 20)
    # … but where the page prints its 发布日期 too, that is its date (发文日期 is when it was issued)
    f = parse_page(_page("关于印发青石市节水行动方案的通知", info.replace("</dl>", "<dt>发布日期：</dt><dd>2025年05月23日</dd></dl>")
                         + "<h2>关于印发青石市节水行动方案的通知</h2><p>现将方案印发给你们。</p>"),
                   SEED + "zwgk/t20250520_301.html", None, "r", 1, home=False)
    assert f.is_article and f.pubdate == (2025, 5, 23)


def test_an_information_table_s_written_date_dates_a_page_printing_no_publication_date() -> None:
    # (a 成文日期 cell in a 公开 table is the day the document was issued, as 发文日期 is)
    info = ("<table class='gkxx'><tr><th>主题分类</th><td>农业</td><th>成文日期</th><td>2025-04-11</td></tr></table>")
    f = parse_page(_page("关于做好春耕备耕工作的意见", f"{info}<h2>关于做好春耕备耕工作的意见</h2><p>各乡镇：</p>"
                         "<p>现就做好春耕备耕工作提出如下意见。</p>"), SEED + "zwgk/content_7741.html", None, "r", 1,
                   home=False)
    assert f.is_article and f.pubdate == (2025, 4, 11)


def test_a_byline_date_beside_its_source_dates_the_page_before_a_written_date() -> None:
    # (成文日期 is the day the document was signed; the information line's 2025-04-14 beside 来源 is when it was published)
    info = ("<div class='xx'><span>2025-04-14 10:20</span><span>来源：县农业农村局</span></div>"
            "<table class='gkxx'><tr><th>文号</th><td>某农发〔2025〕3号</td><th>成文日期</th><td>2025-04-11</td></tr></table>")
    f = parse_page(_page("关于做好春耕备耕工作的意见", f"<h2>关于做好春耕备耕工作的意见</h2>{info}<p>各乡镇：</p>"
                         "<p>现就做好春耕备耕工作提出如下意见。</p>"), SEED + "zwgk/content_7742.html", None, "r", 1,
                   home=False)
    assert f.is_article and f.pubdate == (2025, 4, 14)
