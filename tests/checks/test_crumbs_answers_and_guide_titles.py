"""Pages read as an evaluator reads them, on pages unlike the blind sites that showed each rule: a breadcrumb's link is
the page's place in the site, never a row beside the document's date; the answers a 咨询 list prints below it, each
under its letter's subject, are the letters' text, not the page's own; a guide dated at its foot is titled by its
事项名称, not by the table cell above that date."""

from __future__ import annotations

from pathlib import Path

from .test_column_reading import SEED as HX
from .test_column_reading import _columns, _empty
from .test_column_reading import _site as _hx_site

_LABELS = (("事项名称", "个体工商户设立登记"), ("设定依据", "《促进个体工商户发展条例》第八条"),
           ("受理条件", "在本县从事工商业经营的自然人"), ("申请材料", "登记申请书、经营者身份证明"),
           ("办理地点", "县市民中心二楼市场监管窗口"), ("实施主体", "县市场监督管理局"), ("收费标准", "不收费"),
           ("办公时间", "工作日9:00-17:00"), ("联系电话", "0555-5312345"), ("办理流程", "申请—受理—核准—发照"))


def test_a_breadcrumb_link_beside_a_guide_date_is_no_row(tmp_path: Path) -> None:
    """A 服务指南 page at an undated address, its crumb (您的位置：<a>网站首页</a> » …) and the guide with its 更新日期
    in one block: the crumb's link is no row of a list, so the guide is a document, never a blank column."""
    cells = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in _LABELS)
    body = (f"<div class='wrap'><p class='dqwz'>您的位置：<a href='/'>网站首页</a> » 便民服务 » 服务指南</p>"
            f"<div class='zw'><h2>个体工商户设立登记</h2><p class='sj'>更新日期：2021-05-17</p><dl>{cells}</dl></div></div>")
    report = _hx_site(tmp_path, {"bmfw/zn/": body}, menu={"bmfw/zn/": "服务指南"})
    assert HX + "bmfw/zn/" not in _columns(report)
    assert HX + "bmfw/zn/" not in _empty(report)


def test_answers_printed_under_their_subjects_are_the_letters_text(tmp_path: Path) -> None:
    """A 留言板 list of linked letters with each answer printed below the list, opening with the letter's subject
    (<div><strong>subject</strong>…答复…</div>): the answers are the letters', the page says nothing of its own beside
    them — it is the channel's list. A page printing a guide of its own beside the same rows stays that guide."""
    rows = [("/lyb/show.php?no=31", "小区门前道路积水何时修复", "2021-06-21"),
            ("/lyb/show.php?no=27", "农村医保缴费截止时间咨询", "2021-06-02"),
            ("/lyb/show.php?no=22", "新生儿落户需要准备哪些证件", "2021-05-18")]
    listed = "<ul class='zxlist'>" + "".join(f"<li><a href='{u}'>{t}</a><i>{d}</i><b>已答复</b></li>"
                                             for u, t, d in rows) + "</ul>"
    answers = "".join(f"<div class='dfnr'><strong>{t}</strong><p>答复单位：县政务服务中心　{d}</p><p>您好，您反映的问题已转"
                      f"相关部门核实办理，经核实情况属实，现已安排专人跟进处理，预计本月内办结，感谢您对我县工作的关心和支持。</p></div>"
                      for _, t, d in rows)
    report = _hx_site(tmp_path / "answers", {"lyb/": f"<div class='zx'>{listed}{answers}</div>"}, menu={"lyb/": "留言板"})
    assert _columns(report)[HX + "lyb/"]["items"] == 3
    guide = ("<div class='sm'>" + "".join(f"<p>第{i}条　网上咨询受理范围为本县政务服务相关事项，涉及诉讼、仲裁、信访的事项请通过相应"
                                          "法定途径办理，咨询人应如实填写联系方式以便答复。</p>" for i in range(1, 4)) + "</div>")
    beside = _hx_site(tmp_path / "guide", {"lyb/": f"{guide}<div class='zx'>{listed}</div>"}, menu={"lyb/": "留言板"})
    assert HX + "lyb/" not in _columns(beside)


def test_a_guide_dated_at_its_foot_is_titled_by_its_service(tmp_path: Path) -> None:
    """A guide whose <title> names only the kind of page (服务指南-和县人民政府) and prints its 发布日期 under its
    table, the last cell of which (承诺时限 | 15个工作日) stands right above that date: titled by its 事项名称."""
    from govweb.checks.page import parse_page

    cells = "".join(f"<tr><td class='l'>{k}</td><td>{v}</td></tr>" for k, v in (*_LABELS, ("承诺时限", "15个工作日")))
    html = (f"<html><head><title>服务指南-和县人民政府</title></head><body><div class='menu'><a href='/'>首页</a>"
            f"<a href='/bmfw/'>便民服务</a></div><div class='con'><h1>个体工商户设立登记</h1><table>{cells}</table>"
            f"<p class='time'>发布日期：2021-05-17</p></div></body></html>")
    f = parse_page(html, HX + "bmfw/zn/gtgsh.html", None, "<urn:uuid:1>")
    assert f.is_article
    assert f.title == "个体工商户设立登记"
