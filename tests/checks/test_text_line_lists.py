"""Lists typed as lines of text (an editor's rich-text box, no list markup): every dated line is a row, linked or
not — `<br>` lines, a `<pre>`'s lines, a run of `<p>`s, `<dt>`/`<dd>` pairs, rows one after another in a paragraph
closed by semicolons — and lines without a date (a header, a rule, a pager, a note) are none."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.lq.gov.cn/"
AS_OF = dt.date(2022, 5, 20)
FOOTER = "<div class='copy'>主办单位：某市自然资源局 网站标识码：4403000009 粤ICP备10012345号</div>"
HOME = "<ul class='xw'><li><a href='/xw/202205/t20220518_1.html'>局党组召开理论学习中心组会议</a><span>2022-05-18</span></li></ul>"


def _report(tmp_path: Path, path: str, name: str, body: str) -> dict:
    nav = f"<div class='menu'><a href='/'>首页</a><a href='/{path}'>{name}</a></div>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某市自然资源局</title></head><body>{nav}{HOME}{FOOTER}</body></html>", depth=0)
    b.page(SEED + path, f"<html><head><title>{name}|某市自然资源局</title></head><body>{nav}"
                        f"<div class='dqwz'>当前位置：<a href='/'>首页</a> / {name}</div>{body}{FOOTER}</body></html>")
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _items(report: dict, path: str) -> int | None:
    return next((c["items"] for c in report["columns"] if c["url"] == SEED + path), None)


def test_br_lines_printed_without_links_are_rows(tmp_path: Path) -> None:
    """A 用地公示 cell of `<br>` lines, none linked, each a title and a date in brackets after a header line and
    above a closing note: a list of four rows — a column."""
    lines = ["某市2022年第6批次城镇建设用地批后公示 [2022/05/16]", "某市2022年第5批次城镇建设用地批后公示 [2022/04/27]",
             "宗地LQ-2022-03土地使用权出让结果公示 [2022/04/02]", "宗地LQ-2022-01土地使用权出让结果公示 [2022/02/21]"]
    body = ("<table><tr><td class='nr'><b>公示名称　　　　　　公示日期</b><br>" + "<br>".join(lines)
            + "<br>注：公示原件存局档案室，可预约查阅。</td></tr></table>")
    assert _items(_report(tmp_path, "ydgs/", "用地公示", body), "ydgs/") == 4


def test_an_unlinked_line_of_a_pre_block_is_a_row_beside_the_linked_ones(tmp_path: Path) -> None:
    """A `<pre>` list whose lines link their titles, the date padded apart, one line printed without a link (a
    notice kept on paper): five rows; the dashed rule and the 合计 line are none."""
    linked = [("/tz/5.html", "关于开展地质灾害隐患点汛前排查的通知", "2022-05-11"),
              ("/tz/4.html", "关于2022年度耕地卫片执法检查工作的通知", "2022-04-28"),
              ("/tz/2.html", "关于做好不动产登记便民服务工作的通知", "2022-03-09"),
              ("/tz/1.html", "关于印发局机关年度工作要点的通知", "2022-02-14")]
    rows = [f"<a href='{u}'>{t}</a>          {d}" for u, t, d in linked]
    rows.insert(2, "关于林地征占用审核事项调整的公告（纸质件）      2022-04-06")
    body = "<pre>\n" + "\n".join(["-" * 40, *rows, "-" * 40, "合计 5 件"]) + "\n</pre>"
    assert _items(_report(tmp_path, "tzgg/", "通知公告", body), "tzgg/") == 5


def test_rows_one_after_another_in_a_paragraph(tmp_path: Path) -> None:
    """One paragraph listing four notices one after another, each closed by a semicolon, two of them linked: four
    rows, the note after the paragraph none."""
    body = ("<div class='zw'><p>本月公告：<a href='/gg/3.html'>测绘资质复审结果公告</a>（2022年5月12日）；"
            "矿业权出让收益征收标准调整说明（2022年5月3日）；<a href='/gg/2.html'>不动产登记费减免公告</a>"
            "（2022年4月21日）；地名命名方案征求意见公告（2022年4月8日）。</p><p>咨询电话：0755-83300000</p></div>")
    assert _items(_report(tmp_path, "gg/", "公告", body), "gg/") == 4


def test_a_letter_pair_left_unanswered_is_late(tmp_path: Path) -> None:
    """A 局长信箱 of `<dt>` letters each followed by its `<dd>` answer, no link anywhere: the letter whose answer
    still says 尚未回复 five months on is late, and the channel fails."""
    pairs = [("反映某小区违建阳光房问题", "2022-05-06", "已转执法大队现场核查并责令拆除。", "2022-05-10"),
             ("咨询宅基地确权登记所需材料", "2022-04-19", "请携带户口簿、身份证及村委证明到登记中心办理。", "2022-04-22"),
             ("建议公开采砂场整治进展", "2021-12-02", "尚未回复", ""),
             ("询问征地补偿款发放时间", "2021-11-15", "补偿款已于11月30日前发放到户。", "2021-11-26")]
    body = "<dl class='xj'>" + "".join(
        f"<dt>来信：{q} {d}</dt><dd>回复：{a}{(' ' + r) if r else ''}</dd>" for q, d, a, r in pairs) + "</dl>"
    report = _report(tmp_path, "jzxx/", "局长信箱", body)
    assert _items(report, "jzxx/") == 4
    assert sorted(f["submitted"] for f in report["findings"] if f["check"] == "unanswered-message") == ["2021-12-02"]
    assert "interaction-poor" in {v["rule"] for v in report["vetoes"]}


def test_lines_of_dates_in_no_list_order_are_no_rows(tmp_path: Path) -> None:
    """A 局领导 page whose paragraphs print each leader's career oldest first (a CV, not a list) is no column."""
    body = "<div class='ld'>" + "".join(
        f"<p>{y}年{m}月起任某市国土资源局科长职务（{y}-{m:02d}-01）</p>" for y, m in ((2008, 3), (2012, 7), (2016, 9), (2020, 1))
    ) + "</div>"
    assert _items(_report(tmp_path, "jld/", "局领导", body), "jld/") is None


def test_br_between_letter_tables_breaks_no_line(tmp_path: Path) -> None:
    """A guestbook printing each letter whole in a table of its own, the tables parted by `<br>`s: the letters are
    the rows, each once — the `<br>`s break no lines of text between them."""
    def letter(subject: str, sent: str, answered: str) -> str:
        return (f"<table class='ly'><tr><td>主题：{subject}</td><td>留言时间：{sent}</td></tr>"
                f"<tr><td colspan='2'>答复：已转相关科室办理并电话回复。 答复时间：{answered}</td></tr></table><br>")
    body = "<div class='lylist'>" + "".join(letter(*x) for x in (
        ("咨询不动产登记预约办理方式", "2022-05-09", "2022-05-12"), ("反映公园绿地被占用建停车场", "2022-04-18", "2022-04-22"),
        ("询问农房抵押登记是否开放", "2022-03-30", "2022-04-02"), ("建议公布测绘成果查询渠道", "2022-03-07", "2022-03-11"))) + "</div>"
    assert _items(_report(tmp_path, "ly/", "留言板", body), "ly/") == 4
