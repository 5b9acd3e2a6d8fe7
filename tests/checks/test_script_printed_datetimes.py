"""An empty `<time datetime="…Z">` an inline script fills from its own `datetime` shows, to a visitor in China, the day
in Beijing time; and a publication meta keeping a time with its zone (…T17:20:00Z) names that Beijing day too."""

from __future__ import annotations

from govweb.checks.page import parse_page

from .minisite import page

SITE = "http://jtj.beihe.gov.cn/"
# a jQuery template printing each <time> from its datetime, the browser's local day
JQUERY = ("<script>$(function(){$('time.fmt').each(function(){var d=new Date($(this).attr('datetime'));"
          "$(this).text(d.getFullYear()+'年'+(d.getMonth()+1)+'月'+d.getDate()+'日');});});</script>")


def _table(script: str = JQUERY) -> str:
    # 2026-11-28T19:45:00Z is 2026-11-29 03:45 in Beijing; the others fall on the same day either way
    rows = [("2026-11-28T19:45:00Z", "北河市交通运输局关于春运期间道路客运保障的通告"),
            ("2026-11-03T01:10:00Z", "北河市公路养护工程招标公示"), ("2026-10-12T06:30:00+08:00", "北河市出租汽车运价调整听证公告")]
    return ("<table class='gk'><tr><th>标题</th><th>成文日期</th></tr>" + "".join(
        f"<tr><td><a href='/xxgk/{i}.shtml'>{t}</a></td><td><time class='fmt' datetime='{z}'></time></td></tr>"
        for i, (z, t) in enumerate(rows)) + "</table>" + script)


def test_rows_whose_empty_time_a_script_fills_are_dated_in_beijing_time() -> None:
    f = parse_page(page("信息公开_北河市交通运输局", _table()), SITE + "xxgk/", None, "r", home=False)
    assert [it.date for it in f.items] == [(2026, 11, 29), (2026, 11, 3), (2026, 10, 12)]
    # with no script printing them, the empty <time> elements show nothing: undated, never guessed
    bare = parse_page(page("信息公开_北河市交通运输局", _table(script="")), SITE + "xxgk/", None, "r", home=False)
    assert all(it.date is None for it in bare.items)


def test_a_time_printing_its_date_is_left_as_printed() -> None:
    shown = _table().replace("<time class='fmt' datetime='2026-11-28T19:45:00Z'></time>",
                             "<time class='fmt' datetime='2026-11-28T19:45:00Z'>2026年11月28日</time>")
    f = parse_page(page("信息公开_北河市交通运输局", shown), SITE + "xxgk/", None, "r", home=False)
    assert f.items[0].date == (2026, 11, 28)


def test_an_article_dated_by_a_utc_time_alone_reads_the_beijing_day() -> None:
    # the byline's date printed by a script from the element's dateTime property …
    script = ("<script>var t=document.getElementById('fbsj');"
              "t.innerText=new Date(t.dateTime).toLocaleDateString('zh-CN',{timeZone:'Asia/Shanghai'});</script>")
    body = ("<h1>北河市城市公交线网优化方案解读</h1><p class='xx'>信息来源：运输科　发稿日期：<time id='fbsj' "
            "datetime='2026-11-29T20:05:00Z'></time></p><p>一、优化背景。为提升公交服务水平，现对线网优化方案解读如下。</p>")
    meta = "<meta name='ArticleTitle' content='北河市城市公交线网优化方案解读'>"
    f = parse_page(page("北河市城市公交线网优化方案解读", body + script, meta), SITE + "zcjd/2611/t301.shtml", None, "r",
                   home=False)
    assert f.is_article and f.pubdate == (2026, 11, 30)
    # … and, with no script, by its publication meta keeping the same instant with its zone
    zoned = meta + "<meta name='PubDate' content='2026-11-29T20:05:00Z'>"
    g = parse_page(page("北河市城市公交线网优化方案解读", body, zoned), SITE + "zcjd/2611/t301.shtml", None, "r", home=False)
    assert g.is_article and g.pubdate == (2026, 11, 30)
    local = meta + "<meta name='PubDate' content='2026-11-29 20:05:00'>"   # a time with no zone reads as printed
    h = parse_page(page("北河市城市公交线网优化方案解读", body, local), SITE + "zcjd/2611/t301.shtml", None, "r", home=False)
    assert h.pubdate == (2026, 11, 29)
