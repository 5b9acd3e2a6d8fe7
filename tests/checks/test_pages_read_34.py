"""Pages read as an evaluator reads them, on pages unlike the blind sites that showed each rule: a labelled date that
opens a period is no publication date; a service page leading to the province's platform and to guides of its own
the crawl did not open, known by their names, is a service hall; the portal at the root of the host whose folder the
site lives in is no column of the site; folders' front pages a link names in a word or two are
no documents of an undated list; a list the site's former host still serves is the site's column."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.dates import labelled_publication_dates
from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .minisite import page
from .snapshot_builder import SnapshotBuilder
from .test_column_reading import SEED as HX
from .test_column_reading import _columns, _empty
from .test_column_reading import _site as _hx_site

SITE = "http://www.lq.gov.cn/"


def test_a_labelled_date_opening_a_period_is_no_publication_date() -> None:
    """A notice printing its 发布日期 and, in its body, a bare 日期 label over a period (the days to sign up) is an
    article dated by the former: the period's first day says when something runs, not when the page went online."""
    body = ("<h1>关于举办2025年乡村振兴技能培训班的通知</h1><div class='xx'>发布日期：2025-06-03　来源：县人社局</div>"
            "<div class='zw'><p>各乡镇、有关单位：为提升农村劳动力就业技能，现就举办培训班有关事项通知如下。</p>"
            "<p>一、报名安排</p><p>日期：2025年6月10日到6月20日（节假日除外）</p><p>二、培训地点：县职业技术学校</p></div>")
    f = parse_page(page("关于举办2025年乡村振兴技能培训班的通知", body), SITE + "tzgg/content_5521.html", None, "r",
                   home=False)
    assert f.is_article and f.pubdate == (2025, 6, 3)
    # a period with both years, or ending on a day of the same month, is no publication either; one date is
    assert labelled_publication_dates("时间：2025-06-10 ~ 2025-06-20 地点：县政府") == []
    assert labelled_publication_dates("日期：2025年6月10日至15日") == []
    assert [x[1] for x in labelled_publication_dates("日期：2025年6月10日 地点：县政府")] == ["2025年6月10"]


def test_a_service_page_naming_its_unopened_guides_beside_the_platform_is_a_service_hall(tmp_path: Path) -> None:
    """A 政务服务 page with the province's platform and two guides the site keeps (never opened by the crawl, named
    …服务指引 and …办事指南) lists no dated item: a service hall, never a blank 办事 column. The same page linking two
    notices of its own instead (named as notices) is a column of undated items."""
    platform = "<p><a href='https://www.ahzwfw.gov.cn/bog-bsdt/#/dept?code=07'>安徽政务服务网和县分厅</a></p>"

    def site(folder: str, names: tuple[str, str]) -> dict:
        links = "".join(f"<div class='fw'><a href='/zwfw/sx/{i}.shtml'>{n}</a></div>" for i, n in enumerate(names))
        return _hx_site(tmp_path / folder, {"zwfw/": f"<div class='box'>{platform}{links}"
                                                     "<span>窗口咨询：0565-5312345（工作日）</span></div>"},
                        menu={"zwfw/": "政务服务"})

    report = site("guides", ("困难残疾人生活补贴和重度残疾人护理补贴申领服务指引", "农村独生子女父母奖励扶助对象资格确认办事指南"))
    assert HX + "zwfw/" not in _columns(report) and not _empty(report)
    report = site("notices", ("关于调整残疾人两项补贴标准的通知", "关于独生子女父母奖励扶助对象确认的公示"))
    assert HX + "zwfw/" in _columns(report)


def test_the_portal_at_the_root_of_the_host_is_no_column_of_a_site_in_its_folder(tmp_path: Path) -> None:
    """A bureau's site kept at /sjj/ of the city portal's host links the portal's homepage from its header; that page
    lists the city's news under one heading with no 更多: the portal's front page, not the bureau's column. The
    bureau's own list at /sjj/tjxx/ stays its column."""
    host = "http://www.jz.gov.cn/"
    head = (f"<div class='top'><a href='{host}'>锦洲市人民政府</a></div><div class='nav'><a href='/sjj/'>首页</a>"
            "<a href='/sjj/tjxx/'>统计信息</a></div>")
    foot = "<div class='ft'>主办：锦洲市审计局 网站标识码：3208000012</div>"
    rows = "".join(f"<li><a href='/sjj/tjxx/{d}.html'>全市第{d}季度审计整改情况通报</a><i>2024-0{d}-18</i></li>"
                   for d in (3, 6, 9))
    city = "".join(f"<p><a href='/art/2024/10/{d}/art_7_{d}.html'>锦洲市召开第{d}次政府常务会议</a> 2024-10-{d:02d}</p>"
                   for d in (8, 15, 22))
    b = SnapshotBuilder(host + "sjj/")
    b.page(host + "sjj/", f"<html><head><title>锦洲市审计局</title></head><body>{head}<ul>{rows}</ul>{foot}</body>"
                          "</html>", depth=0)
    b.page(host + "sjj/tjxx/", f"<html><head><title>统计信息-锦洲市审计局</title></head><body>{head}<ul>{rows}</ul>"
                               f"{foot}</body></html>")
    b.page(host, f"<html><head><title>锦洲市人民政府</title></head><body><h2>锦洲要闻</h2><div class='yw'>{city}</div>"
                 "<div class='ft'>主办：锦洲市人民政府办公室</div></body></html>")
    columns = {c["url"] for c in run_checks(load_snapshot(b.write(tmp_path)), dt.date(2024, 10, 31))["columns"]}
    assert columns == {host + "sjj/tjxx/"}


def test_links_named_in_a_word_or_two_are_no_documents_of_an_undated_list(tmp_path: Path) -> None:
    """A 网上信访 page says how to lodge a petition and links, in its side menu, the front pages of three folders of its
    section by short names (信访须知, 办理流程, 信访条例), each page printing a 发布时间: parts of the section, not an
    undated list of documents — no column. The same page naming those pages as documents (a notice, a rule) lists
    them: a column of undated items."""
    text = ("<div class='sm'><p>信访人可通过本平台提交信访事项，也可到县信访局接待大厅当面反映，或者邮寄信件至县信访局。</p>"
            "<p>受理机关收到信访事项后，将在十五日内告知是否受理，并在六十日内办结。</p></div>")
    dated = {f"xf/{k}/": f"<h1>{k}</h1><p class='info'>发布时间：2024-01-0{i}</p>"
             f"<p>根据《信访工作条例》，现将有关事项说明如下。</p>" for i, k in enumerate(("xz", "lc", "tl"), 1)}

    def site(folder: str, names: tuple[str, ...]) -> dict:
        side = "".join(f"<li><a href='/{u}'>{n}</a></li>" for u, n in zip(dated, names, strict=True))
        side = f"<ul class='side'>{side}</ul>"
        return _columns(_hx_site(tmp_path / folder, {"xf/": side + text, **dated}, menu={"xf/": "网上信访"}))

    assert HX + "xf/" not in site("parts", ("信访须知", "办理流程", "信访条例"))
    assert HX + "xf/" in site("documents", ("关于规范网上信访事项受理办理程序的通知", "县信访局关于信访事项办理时限的说明",
                                            "《信访工作条例》全文"))


def test_a_list_the_sites_former_host_still_serves_is_a_column_of_the_site(tmp_path: Path) -> None:
    """A city's portal moved from its old host (撤县设市): the old host's front page says so and refreshes to the new
    homepage, and the old host still serves the 网上咨询 list the new menu links, answering questions: the site's own
    column. Where the old host's front page is a portal of its own (no way on to the site), that list stays another
    website's page."""
    new, old = "https://www.qishi.gov.cn/", "http://www.qishixian.gov.cn/"
    nav = f"<div class='dh'><a href='{new}'>首页</a><a href='{new}xwzx/'>新闻中心</a><a href='{old}zxzx/list.jsp'>网上咨询</a></div>"
    news = "".join(f"<li><a href='{new}xwzx/2025/1{d}.html'>岐石市召开第{d}次城市建设推进会</a><span>2025-10-1{d}</span></li>"
                   for d in (2, 5))
    asks = "".join(f"<dl><dt><a href='{old}zxzx/show.jsp?id=8{d}'>咨询第{d}批公租房轮候进度</a></dt><dd>咨询日期：2025-09-0{d}"
                   f"</dd><dd>答复日期：2025-09-1{d}</dd></dl>" for d in (3, 6, 8))

    def site(folder: str, front: str) -> set[str]:
        b = SnapshotBuilder(new)
        b.page(new, f"<html><head><title>岐石市人民政府</title></head><body>{nav}<ul>{news}</ul></body></html>", depth=0)
        b.page(new + "xwzx/", f"<html><head><title>新闻中心-岐石市人民政府</title></head><body>{nav}<ul>{news}</ul>"
                              "</body></html>")
        b.page(old + "zxzx/list.jsp", f"<html><head><title>网上咨询-岐石县人民政府</title></head><body>{asks}</body></html>")
        b.page(old, front)
        return {c["url"] for c in run_checks(load_snapshot(b.write(tmp_path / folder)), dt.date(2025, 10, 20))["columns"]}

    moved = ("<html><head><meta http-equiv='refresh' content='0;url=https://www.qishi.gov.cn/'><title>岐石县人民政府"
             "</title></head><body><p>本网站已迁移至新网址，正在跳转……</p></body></html>")
    assert old + "zxzx/list.jsp" in site("moved", moved)
    portal = (f"<html><head><title>岐石县人民政府</title></head><body><a href='{old}zxzx/list.jsp'>网上咨询</a>"
              "<p>欢迎访问岐石县人民政府网站</p></body></html>")
    assert old + "zxzx/list.jsp" not in site("portal", portal)
