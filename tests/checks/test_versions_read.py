"""Pages read as an evaluator reads them where a site serves its content in several versions, on pages unlike the
blind sites that showed each rule: a document's print or phone copy dated bare under its heading; a link to another
version of the site (关怀版, 手机版, English) is no row, whatever date stands beside it; a row's file copy (its PDF, OFD)
is part of the row, never a way on that makes the list a hub."""

from __future__ import annotations

from pathlib import Path

from govweb.checks.page import parse_page

from .test_column_reading import SEED as HX
from .test_column_reading import _columns
from .test_column_reading import _site as _hx_site

SITE = "http://www.lq.gov.cn/"
PROSE = ("<div class='c'><p>为切实做好今冬明春森林防火工作，市林业局决定在全市范围内开展巡查。</p>"
         "<p>各县区要落实专人值守，发现火情及时报告。</p></div>")


def _read(html: str, url: str):
    return parse_page(html, url, None, "r", home=False)


def test_a_print_or_phone_copy_is_dated_by_the_bare_date_under_its_heading() -> None:
    """A print copy prints its heading, then a line with the date and its source, labelled by nothing; a phone copy
    prints only the month and day, its address carrying the year: both are the document, dated so."""
    title = "关于开展2025年度森林防火巡查的通知"
    printed = (f"<html><head><title>{title}</title></head><body onload='window.print()'><h3 class='t'>{title}</h3>"
               f"<div class='ly'>2025年3月7日 14:20 市林业局</div>{PROSE}</body></html>")
    f = _read(printed, SITE + "print.do?docid=55")
    assert f.is_article and f.pubdate == (2025, 3, 7) and f.title == title
    phone = (f"<html><head><title>{title}</title></head><body><div class='bar'>返回</div><h1>{title}</h1>"
             f"<p class='meta'><em>03-07</em> <em>林业局</em></p>{PROSE}</body></html>")
    g = _read(phone, "http://m.lq.gov.cn/c/2025-03-07/55.html")
    assert g.is_article and g.pubdate == (2025, 3, 7)
    # a month and day the address does not carry: no year to give it, no date claimed
    assert _read(phone, "http://m.lq.gov.cn/c/55.html").pubdate is None
    assert _read(phone, "http://m.lq.gov.cn/c/2025-03-08/55.html").pubdate is None


def test_a_bare_date_under_a_heading_the_title_does_not_name_or_beside_rows_dates_no_document() -> None:
    # the heading is the site's banner, not the document's (the <title> names another): no document
    other = ("<html><head><title>林业局</title></head><body><h2>护林防火 人人有责</h2><div>2025-03-07</div>"
             f"{PROSE}</body></html>")
    assert not _read(other, SITE + "lm/fh.html").is_article
    # a short list under its heading, each row opening with its date: a list, however few its rows
    rows = "".join(f"<li><span>2025-03-0{d}</span><a href='/tz/{d}.html'>第{d}期森林防火简报</a></li>" for d in (7, 4))
    listed = f"<html><head><title>森林防火-林业局</title></head><body><h2>森林防火</h2><ul>{rows}</ul></body></html>"
    f = _read(listed, SITE + "tz/")
    assert not f.is_article and len(f.items) == 2


def test_a_link_to_another_version_of_the_site_is_no_row(tmp_path: Path) -> None:
    """A header printing the day's date before its 长者模式 and English links: switches of the site's version, no
    dated rows — so a 便民服务 page leading on to the province's platform is a service hall, no column."""
    bar = ("<div class='hd'><i>2021年6月30日</i> <a href='/lnb/'>长者模式</a> · <a href='/english/'>English</a>"
           " · <a href='http://m.hx.gov.cn/'>移动版</a></div>")
    f = _read(f"<html><head><title>x</title></head><body>{bar}</body></html>", HX + "bmfw/")
    assert not f.items and {"长者模式", "English", "移动版"} <= {link.text for link in f.links}
    platform = "".join(f"<li><a href='https://www.ahzwfw.gov.cn/item/{i}'>{n}</a></li>" for i, n in enumerate(
        ("和县政务服务中心（安徽政务服务网）", "居民医保参保登记", "临时救助申请")))
    report = _hx_site(tmp_path, {"bmfw/": f"{bar}<ul class='fw'>{platform}</ul><p>咨询电话：0565-5312345</p>",
                                 "tzgg/": bar + "<ul>" + "".join(
                                     f"<li><a href='/tzgg/2021/06{d}/{d}.shtml'>关于第{d}期培训的通知</a>"
                                     f"<span>2021-06-{d}</span></li>" for d in (10, 21, 28)) + "</ul>"},
                      menu={"bmfw/": "便民服务", "tzgg/": "通知公告"})
    assert HX + "bmfw/" not in _columns(report)
    assert _columns(report)[HX + "tzgg/"]["items"] == 3


def test_a_rows_file_copy_is_part_of_the_row_not_a_way_on(tmp_path: Path) -> None:
    """A list under a one-step breadcrumb whose every row carries its document's 下载 copy stays a list: the copies
    are the rows' own, not links leading on from a landing page."""
    rows = "".join(f"<dd><a href='/ghjh/2021/0{m}15/{m}.shtml'>和县2021年第{m}批重点项目计划</a>"
                   f"<a href='/ghjh/file/p{m}.docx'>[下载]</a><i>2021-0{m}-15</i></dd>" for m in (3, 4, 5))
    body = f"<div class='wz'>当前位置：<a href='/'>首页</a> » 规划计划</div><dl class='lb'>{rows}</dl>"
    report = _hx_site(tmp_path, {"ghjh/": body}, menu={"ghjh/": "规划计划"})
    col = _columns(report).get(HX + "ghjh/")
    assert col is not None and col["items"] == 3 and col["last_update"] == "2021-05-15"
