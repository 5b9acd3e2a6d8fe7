"""Dates an inline script prints from a machine time the row carries (epoch seconds or milliseconds, ISO 8601 with its
zone, in a `data-*` attribute) are read as a browser in China shows them: the day in Beijing time. Where such dates
cannot be read, the homepage's freshness is not measured rather than judged from the older dates it prints."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.dates import machine_day
from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .minisite import page
from .snapshot_builder import SnapshotBuilder

SITE = "http://fgj.nanling.gov.cn/"
# a jQuery template formatting each row's epoch seconds into its 时间 cell
JQUERY = ("<script>$(function(){$('.doc-row').each(function(){var d=new Date($(this).data('pubtime')*1000);"
          "$(this).find('.when').text(d.getFullYear()+'/'+(d.getMonth()+1)+'/'+d.getDate());});});</script>")


def _table(script: str = JQUERY) -> str:
    # 2026-11-29T17:30:00Z (2026-11-30 01:30 in Beijing), 2026-11-10T02:00:00Z, 2026-10-15T07:45:00Z
    rows = [("1795973400", "南岭市房屋征收补偿方案征求意见公告"), ("1794276000", "关于开展物业服务质量检查的通知"),
            ("1792050300", "南岭市住房公积金缴存基数调整公告")]
    return ("<table class='docs'>" + "".join(
        f"<tr class='doc-row' data-pubtime='{ts}'><td><a href='/tzgg/{i}.jhtml'>{t}</a></td>"
        f"<td class='when'></td></tr>" for i, (ts, t) in enumerate(rows)) + "</table>" + script)


def test_a_machine_time_is_read_as_its_day_in_beijing() -> None:
    assert machine_day("1795973400") == (2026, 11, 30)           # epoch seconds, 17:30 UTC
    assert machine_day("1795973400000") == (2026, 11, 30)        # … in milliseconds
    assert machine_day("2026-11-29T17:30:00Z") == (2026, 11, 30)
    assert machine_day("2026-11-29T17:30:00+08:00") == (2026, 11, 29)
    assert machine_day("2026-11-29 17:30") == (2026, 11, 29)     # no zone: as printed
    assert machine_day("n/a") is None


def test_rows_whose_dates_a_script_prints_from_their_epoch_are_dated_in_beijing_time() -> None:
    f = parse_page(page("通知公告_南岭市房管局", _table()), SITE + "tzgg/", None, "r", home=False)
    assert [it.date for it in f.items] == [(2026, 11, 30), (2026, 11, 10), (2026, 10, 15)]
    # the same rows with no script printing the attribute show no date: undated, never guessed
    bare = parse_page(page("通知公告_南岭市房管局", _table(script="")), SITE + "tzgg/", None, "r", home=False)
    assert all(it.date is None for it in bare.items)
    # nor does an attribute named for no time, whatever its digits: a hits counter's ids, its request cache-busted
    hits = ("<script>$('.doc-row').each(function(){var r=$(this);$.get('/hits?id='+r.data('docid')+'&t='"
            "+new Date().getTime(),function(n){r.find('.when').text(n);});});</script>")
    counted = parse_page(page("通知公告_南岭市房管局", _table(script=hits).replace("data-pubtime", "data-docid")),
                         SITE + "tzgg/", None, "r", home=False)
    assert all(it.date is None for it in counted.items)


def test_an_empty_element_a_script_fills_from_its_own_iso_time_shows_the_beijing_day() -> None:
    body = ("<h1>南岭市房屋征收补偿方案</h1><p class='byline'>来源：征收科 发布时间：<em data-published="
            "'2026-11-29T18:05:00Z'></em></p><p>为做好房屋征收补偿工作，现将补偿方案公布如下。</p>"
            "<script>var e=document.querySelector('[data-published]');"
            "e.textContent=new Date(e.dataset.published).toLocaleDateString('zh-CN');</script>")
    f = parse_page(page("南岭市房屋征收补偿方案", body), SITE + "zwgk/content_301.html", None, "r", home=False)
    assert f.is_article and f.pubdate == (2026, 11, 30)


def _homepage_stale(folder: Path, body: str) -> bool:
    b = SnapshotBuilder(SITE)
    b.page(SITE, page("南岭市住房和城乡建设局", body), depth=0)
    b.write(folder)
    report = run_checks(load_snapshot(folder), dt.date(2026, 12, 1))
    found = any(f["check"] == "homepage-stale" for f in report["findings"])
    assert found == ("homepage-stale" in [v["rule"] for v in report["vetoes"]])
    return found


def test_a_homepage_whose_script_printed_dates_cannot_be_read_is_not_judged_stale(tmp_path: Path) -> None:
    # the rows the server dated are three weeks old; the newest rows' dates are printed by a script from their epoch
    printed = "<ul class='gg'><li><a href='/gsgg/9.jhtml'>南岭市物业企业信用评价结果公示</a><span>2026-11-09</span></li></ul>"
    assert not _homepage_stale(tmp_path / "read", _table() + printed)
    # … from a time in no form the checks read: not measured, never stale
    unread = _table().replace("1795973400", "t+1795973400").replace("1794276000", "t+1794276000")
    assert not _homepage_stale(tmp_path / "unread", unread + printed)
    # with no script printing dates, the server's dates are all the homepage shows
    assert _homepage_stale(tmp_path / "bare", _table(script="") + printed)
