"""The pages a site keeps about itself (the fifty-fifth blind batch, read): a hub whose box of undated documents
previews the list its 更多 opens, a function page's table of handled items each with the day it was sent and the day
it was answered, and a statement about accessibility that offers no tool. Hand-written in layouts unlike the corpus
pages (definition lists, a feedback page's table, an 无障碍服务声明)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.qs.gov.cn/"
AS_OF = dt.date(2024, 5, 20)
FOOTER = "<div class='copy'>青石乡人民政府 主办 网站标识码：4210230007 鄂ICP备13007788号</div>"
MENU = ("<div class='mainnav'><a href='/'>首页</a> <a href='/xwzx/'>新闻中心</a> <a href='/zwgk/'>政务公开</a> "
        "<a href='/gzbg/'>工作报告</a> <a href='/yjfk/'>意见反馈</a></div>")
NEWS = ("<ul class='news'><li><a href='/xwzx/2024/0516/301.html'>青石乡召开春耕生产推进会</a><em>2024-05-16</em></li>"
        "<li><a href='/xwzx/2024/0509/298.html'>乡卫生院开展义诊进村活动</a><em>2024-05-09</em></li></ul>")
REPORTS = [("/gzbg/2024/0125/88.html", "青石乡人民政府2023年工作报告", "2024-01-25"),
           ("/gzbg/2023/0130/71.html", "青石乡人民政府2022年工作报告", "2023-01-30"),
           ("/gzbg/2022/0127/53.html", "青石乡人民政府2021年工作报告", "2022-01-27")]


def _page(title: str, body: str) -> str:
    return f"<html><head><title>{title}_青石乡人民政府</title></head><body>{MENU}{body}{FOOTER}</body></html>"


def _report(tmp_path: Path, pages: dict[str, str], home: str = NEWS) -> dict:
    b = SnapshotBuilder(SEED)
    b.page(SEED, _page("首页", home), depth=0)
    b.page(SEED + "xwzx/", _page("新闻中心", NEWS))
    for path, body in pages.items():
        b.page(SEED + path, body)
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _columns(report: dict) -> set[str]:
    return {c["url"].removeprefix(SEED) for c in report["columns"]}


def _hub(more: str) -> dict[str, str]:
    box = "".join(f"<dd><a href='{u}'>{t}</a></dd>" for u, t, _ in REPORTS)
    hub = (f"<dl class='pbox'><dt>法规文件</dt><dd><a href='http://www.county-sample.gov.cn/zcfg/'>县政策法规库</a></dd></dl>"
           f"<dl class='pbox'><dt>工作报告</dt>{box}{more}</dl>")
    rows = "".join(f"<li><a href='{u}'>{t}</a><em>{d}</em></li>" for u, t, d in REPORTS)
    pages = {"zwgk/": _page("政务公开", hub), "gzbg/": _page("工作报告", f"<ul class='lst'>{rows}</ul>")}
    for u, t, d in REPORTS:
        pages[u.lstrip("/")] = _page(t, f"<div class='article'><h1>{t}</h1><p>发布日期：{d}</p>"
                                        "<p>各位代表：现在，我代表乡人民政府向大会报告工作，请予审议。</p></div>")
    return pages


def test_undated_documents_a_more_link_shows_in_their_list_preview_it(tmp_path: Path) -> None:
    # the hub's box of three undated reports, its 查看更多 opening the reports' dated list: the list is the column
    with_more = _columns(_report(tmp_path / "more", _hub("<dd><a href='/gzbg/'>查看更多</a></dd>")))
    assert "gzbg/" in with_more and "zwgk/" not in with_more
    # no way to the list beside them: the hub's documents are an undated list of its own
    assert "zwgk/" in _columns(_report(tmp_path / "alone", _hub("")))


def _feedback(cells: str) -> dict[str, str]:
    rows = "".join(f"<tr><td>{t}</td>{cells}</tr>" for t in ("首页图片新闻无法打开", "信息公开指南电话号码有误",
                                                            "工作报告附件下载失败"))
    return {"yjfk/": _page("意见反馈", "<h2>网站意见反馈处理情况</h2><table class='fk'><tr><th>反馈事项</th><th>处理结果"
                                       f"</th><th>反馈日期</th><th>答复日期</th></tr>{rows}</table>")}


def test_a_function_pages_handled_items_with_both_days_are_a_column(tmp_path: Path) -> None:
    # each row says it was answered and both its days (sent, answered): the channel's handled items, a column
    assert "yjfk/" in _columns(_report(tmp_path / "both", _feedback("<td>已答复</td><td>2024-05-06</td><td>2024-05-08</td>")))
    # one day each and no handling said: records of the page's tool, no items published
    assert "yjfk/" not in _columns(_report(tmp_path / "one", _feedback("<td>—</td><td>2024-05-06</td><td></td>")))


def test_a_statement_on_accessibility_is_no_accessible_mode(tmp_path: Path) -> None:
    statement = _page("网站无障碍服务声明", "<div class='article'><h1>网站无障碍服务声明</h1><p>本网站正在按照相关标准推进"
                                              "适老化及无障碍建设，辅助浏览工具预计明年上线。</p></div>")
    footer = "<div class='links'><a href='/wzsm/wza.html'>无障碍服务声明</a></div>"
    only = _report(tmp_path / "only", {"wzsm/wza.html": statement}, NEWS + footer)
    assert only["elements"]["无障碍浏览"]["present"] is False
    # beside the site's own tool, the statement takes nothing from it
    tool = "<div class='tools'><a href='/wza/'>无障碍浏览</a></div>"
    both = _report(tmp_path / "both", {"wzsm/wza.html": statement,
                                       "wza/": _page("无障碍浏览", "<div id='assist'>辅助工具加载中</div>")}, tool + NEWS + footer)
    assert both["elements"]["无障碍浏览"]["present"] is True
