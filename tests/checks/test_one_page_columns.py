"""Columns that are one long page: every item printed on the page itself — a 大事记's or a 预决算 page's rows under
their years' headings, a 问答 page's dated table of contents over its answers, each closed by a 回到顶部 link.
Pages are hand-written in layouts unlike the blind corpus's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.page import parse_page
from govweb.checks.page_links import back_or_action
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.yq.gov.cn/"
AS_OF = dt.date(2026, 6, 10)
FOOTER = "<div class='bottom'>主办单位：岳桥区人民政府办公室 网站标识码：4306030002 湘ICP备10023456号</div>"


def page(title: str, body: str) -> str:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='menu'><a href='/'>首页</a><a href='/zwgk/'>政务公开</a><a href='/hdjl/'>互动交流</a></div>"
            f"{body}{FOOTER}</body></html>")


def test_rows_under_year_headings_are_one_list_however_few_a_year_holds() -> None:
    # a 预决算 page: full dates, one list per year under a bare year line, the oldest year holding two rows
    years = [(2026, [("2026/03/02", "岳桥区2026年区级部门预算公开说明")]),
             (2025, [("2025/09/12", "岳桥区2024年区级部门决算公开说明"), ("2025/03/05", "岳桥区2025年区级部门预算公开说明")]),
             (2024, [("2024/09/10", "岳桥区2023年区级部门决算公开说明"), ("2024/03/01", "岳桥区2024年区级部门预算公开说明")])]
    body = "".join(f"<p class='nian'>{y}</p><ul class='ys'>" + "".join(
        f"<li><span class='bt'>{t}</span><span class='rq'>{d}</span></li>" for d, t in rows) + "</ul>"
        for y, rows in years)
    f = parse_page(page("预决算公开", body), SEED + "yjs/", None, "r", home=False)
    assert [i.date for i in f.items] == [(2026, 3, 2), (2025, 9, 12), (2025, 3, 5), (2024, 9, 10), (2024, 3, 1)]
    # without the years' headings two short lists of two rows each stay no list
    bare = "".join("<ul class='ys'>" + "".join(
        f"<li><span class='bt'>{t}</span><span class='rq'>{d}</span></li>" for d, t in rows) + "</ul>"
        for _, rows in years[1:])
    assert parse_page(page("预决算公开", bare), SEED + "yjs/", None, "r", home=False).items == []


def test_a_way_back_with_an_arrow_is_no_row() -> None:
    # a 问答 page: a dated table of contents linking each answer, each answer closed by 回到顶部▲ beside its date
    qs = [("a3", "2026-05-14", "岳桥区公租房申请需要哪些材料？"), ("a2", "2026-04-02", "新生儿医保参保如何办理？"),
          ("a1", "2026-02-20", "残疾人两项补贴的申领条件是什么？")]
    toc = "<table class='ml'>" + "".join(f"<tr><td><a href='#{k}'>{q}</a></td><td>{d}</td></tr>" for k, d, q in qs) + "</table>"
    answers = "".join(f"<div class='wd'><h4 id='{k}'>{q}</h4><div class='sj'>{d}</div><p>答：请携带身份证到区政务服务中心办理。</p>"
                      f"<div class='fh'><a href='#'>回到顶部▲</a></div></div>" for k, d, q in qs)
    f = parse_page(page("政策问答", toc + answers), SEED + "zcwd/", None, "r", home=False)
    assert [i.title for i in f.items] == [q for _, _, q in qs]
    assert back_or_action("返回顶部 ↑") and back_or_action("回到顶部▲") and not back_or_action("返回家乡创业政策")


def test_a_timelines_terms_and_descriptions_are_its_rows() -> None:
    # 大事记 as a <dl> per year under a bare year line: each term a month and day, its description the event
    years = [(2026, [("6月2日", "岳桥区人民医院新住院大楼投入使用"), ("1月9日", "区第五届人民代表大会第六次会议开幕")]),
             (2025, [("10月30日", "岳桥大道北延线建成通车")])]
    body = "".join(f"<div class='yr'>{y}</div><dl class='jsh'>" + "".join(
        f"<dt>{md}</dt><dd>{what}</dd>" for md, what in rows) + "</dl>" for y, rows in years)
    f = parse_page(page("岳桥大事记", body), SEED + "dsj/", None, "r", home=False)
    assert [i.date for i in f.items] == [(2026, 6, 2), (2026, 1, 9), (2025, 10, 30)]
    assert all(i.printed for i in f.items)


GG = [("g3", "日期：2026/05/28", "岳桥区2026年夏季防汛应急演练的公告",
       "演练定于2026年6月18日举行，届时请市民勿惊慌。本公告有效期至2027年1月1日。"),
      ("g2", "日期：2026/04/16", "关于岳桥区第二批老旧小区改造项目的公示",
       "拟于2026年内完成改造的小区共十二个，公示期七天，如有异议请来电反映。"),
      ("g1", "日期：2026/02/03", "岳桥区2026年春节期间烟花爆竹禁放的通告",
       "2026年2月10日至2026年3月5日，城区范围内禁止燃放烟花爆竹，违者依法处理。")]


def _notices(toc: str) -> str:
    return toc + "".join(f"<section class='gg'><a name='{k}'></a><h4>{t}</h4><div class='xx'>{d}</div>"
                         f"<div class='zw'><p>{said}</p><p>{t}的具体事项以区人民政府公布为准，咨询电话0730-881234{n}。</p></div>"
                         f"<a href='#'>回到顶部</a></section>" for n, (k, d, t, said) in enumerate(GG))


def test_a_long_pages_anchored_dated_sections_are_its_items_counted_once() -> None:
    # notices printed in full, each an anchored heading over its date line; an undated table of contents above them
    toc = "<div class='ml'>" + "".join(f"<p><a href='#{k}'>{t}</a></p>" for k, _, t, _ in GG) + "</div>"
    f = parse_page(page("公示公告", _notices(toc)), SEED + "gsgg/", None, "r", home=False)
    assert [(i.url.rsplit("#", 1)[1], i.date) for i in f.items] == [
        ("g3", (2026, 5, 28)), ("g2", (2026, 4, 16)), ("g1", (2026, 2, 3))]   # (not 2027-01-01, a date the text cites)
    # a dated table of contents names the same items: each counted once
    dated = "<ul class='ml'>" + "".join(f"<li><a href='#{k}'>{t}</a> <i>{d[3:]}</i></li>" for k, d, t, _ in GG) + "</ul>"
    assert len(parse_page(page("公示公告", _notices(dated)), SEED + "gsgg/", None, "r", home=False).items) == 3
    # a guide's anchored sections print no date: no items
    guide = "".join(f"<h4 id='s{n}'>{t}</h4><p>本机关依照条例公开政府信息，申请人可以当面、信函或网络提交申请。</p>"
                    for n, t in enumerate(["一、主动公开的范围", "二、依申请公开的程序", "三、监督和保障方式"]))
    assert parse_page(page("政府信息公开指南", guide), SEED + "gkzn/", None, "r", home=False).items == []


def test_a_one_page_column_is_a_column_however_long_its_notices(tmp_path: Path) -> None:
    # one step below the homepage, the notices' texts longer than their titles: the text is the rows', no landing
    # page's own words beside a box of rows
    crumb = "<div class='dqwz'>当前位置：<a href='/'>首页</a> &gt; <a href='/gsgg/'>公示公告</a></div>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, page("岳桥区人民政府", "<a href='/gsgg/'>公示公告</a><ul><li><a href='/xw/2026/0609/1.html'>"
                                  "岳桥区召开安全生产工作会议</a><span>2026-06-09</span></li></ul>"), depth=0)
    b.page(SEED + "gsgg/", page("公示公告-岳桥区人民政府", crumb + _notices("")))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    col = next(c for c in report["columns"] if c["url"] == SEED + "gsgg/")
    assert (col["shown"], col["last_update"]) == (3, "2026-05-28")


def test_what_a_printed_row_says_under_it_is_the_rows_text() -> None:
    # a table of printed rows, each followed by a row of one cell across the table holding its 说明: no text of the
    # page's own beside its list
    rows = [("2026-03-02", "岳桥区2026年区级部门预算公开说明"), ("2025-09-12", "岳桥区2024年区级部门决算公开说明"),
            ("2025-03-05", "岳桥区2025年区级部门预算公开说明")]
    table = "<table class='yjs'>" + "".join(
        f"<tr><td><strong>{t}</strong></td><td>{d}</td></tr><tr><td colspan='2'>现将{t[:9]}收支总体情况、一般公共预算"
        f"收支情况和三公经费情况公开如下。</td></tr>" for d, t in rows) + "</table>"
    f = parse_page(page("预决算公开", table), SEED + "yjs/", None, "r", home=False)
    assert len(f.items) == 3
    assert not any("收支总体情况" in t for t in f.prose)
