"""A script that fetches one record and writes its readings into a box (a weather or air-quality box, a visit
counter) draws no list: a homepage whose printed rows are old is stale, whatever such a box shows. A script that
writes rows, or hands its data to a function, may still draw a list the static page lacks: not measured. Pages are
hand-written in layouts unlike the blind corpus's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from govweb.checks.run import run_checks
from govweb.checks.script_signs import writes_readings
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.qm.gov.cn/"
AS_OF = dt.date(2025, 3, 31)
ROWS = ("<div class='xwbox'><div class='tt'>区内动态</div><table class='xw'>"
        "<tr><td><a href='/qndt/202503/a1021.shtml'>区政府召开一季度安全生产工作会议</a></td><td>[03-06]</td></tr>"
        "<tr><td><a href='/qndt/202502/a1008.shtml'>我区开展春季植树活动</a></td><td>[02-27]</td></tr>"
        "<tr><td><a href='/qndt/202502/a0996.shtml'>区领导走访慰问困难群众</a></td><td>[02-12]</td></tr>"
        "</table></div>")
FOOT = ("<div class='foot'>版权所有：某区人民政府　网站标识码：3302990003　"
        "<a href='https://beian.miit.gov.cn/'>浙ICP备12003456号</a></div>")
WEATHER = ("<div class='tq'><span>今日天气</span><p id='tqxx'>正在获取天气……</p></div>"
           "<script>fetch('/api/tq/now').then(function (res) { return res.json(); }).then(function (d) {"
           " document.getElementById('tqxx').innerHTML = '气温：' + d.now.wendu + '℃　湿度：' + d.now.shidu + '%'; });"
           "</script>")
LATEST = ("<div class='zx'><span>最新发布</span><div id='zxfb'></div></div>"
          "<script>fetch('/api/zxfb').then(function (res) { return res.json(); }).then(function (d) {"
          " d.forEach(function (x) { document.getElementById('zxfb').innerHTML += x.t + ' ' + x.rq; }); });</script>")


def _report(tmp_path: Path, box: str) -> dict:
    b = SnapshotBuilder(SEED)
    b.page(SEED, "<html><head><meta charset='utf-8'><title>某区人民政府门户网站</title></head><body>"
                 f"<div class='dh'><a href='/'>网站首页</a> <a href='/qndt/'>区内动态</a></div>{box}{ROWS}{FOOT}"
                 "</body></html>", depth=0)
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def test_a_weather_box_a_script_fills_leaves_an_old_homepage_stale(tmp_path: Path) -> None:
    report = _report(tmp_path, WEATHER)
    stale = [f for f in report["findings"] if f["check"] == "homepage-stale"]
    assert stale and stale[0]["last_update"] == "2025-03-06"
    assert "homepage-stale" in {v["rule"] for v in report["vetoes"]}


def test_a_box_a_script_fills_with_rows_leaves_the_homepage_not_measured(tmp_path: Path) -> None:
    report = _report(tmp_path, LATEST)
    assert "homepage-stale" not in {f["check"] for f in report["findings"]}
    assert not report["vetoes"]
    assert any("首页更新情况未测量" in w for w in report["warnings"])


PAGE = LexborHTMLParser("<p id='tqxx'></p><span id='pv'></span><div id='zxfb'></div><ul id='gg'></ul>")


@pytest.mark.parametrize(("script", "readings"), [
    # one record's fields under labels: a reading
    ("$.get('/pv.do', function (r) { $('#pv').text('访问量：' + r.count); });", True),
    ("$.ajax({url: '/aqi', success: function (o) { $('#tqxx').html('AQI ' + o.aqi + '<br>' + o.level); }});", True),
    # the answer written whole (it may be a list's markup), a link, a document's field, a row loop, another call
    ("$.get('/zx.html', function (h) { $('#zxfb').html(h); });", False),
    ("$.getJSON('/zx', function (r) { $('#zxfb').html('<a href=\"' + r.u + '\">' + r.t + '</a>'); });", False),
    ("$.getJSON('/zx', function (r) { $('#zxfb').text(r.first.title); });", False),
    ("$.getJSON('/zx', function (r) { $.each(r, function (i, x) { $('#zxfb').append(x.t); }); });", False),
    ("$.getJSON('/zx', function (r) { $('#pv').text('共' + r.total); render(r); });", False),
    # into a list container, or an element named otherwise than by its id
    ("$.getJSON('/gg', function (r) { $('#gg').html('最新：' + r.t); });", False),
    ("$.getJSON('/zx', function (r) { $('.box').html('气温' + r.t); });", False),
])
def test_writes_readings(script: str, readings: bool) -> None:
    assert writes_readings(PAGE, script) is readings
