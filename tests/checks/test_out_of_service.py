"""One vocabulary for a channel out of service (`checks/out_of_service.py`), read in both of its uses: a function
page saying it takes nothing in is no blank column, and an entry page saying so is no working entry."""

from __future__ import annotations

from pathlib import Path

from .test_column_pages import _checks
from .test_column_pages import _site as _column_site
from .test_entries import _missing, _site, _vetoes
from .test_entry_usable import HALL, HD, NAV


def test_a_letter_box_that_stopped_receiving_letters_is_no_blank_column(tmp_path: Path) -> None:
    # 停止接收 (no form, no list; long enough to be no soft error page): the function is missing, not dated items
    terms = "".join(f"<p>{i}. 请留下真实姓名与联系电话，以便工作人员核实并答复您反映的具体问题。</p>" for i in range(1, 9))
    report = _column_site(tmp_path, {"sjxx/": ("书记信箱", f"<p>因机构调整，本信箱即日起停止接收来信。</p>{terms}")})
    assert report["columns"] == [] and not _checks(report, "empty-column")


def test_a_service_hall_saying_it_stopped_serving_is_no_working_entry(tmp_path: Path) -> None:
    # 网上办事 → the template around one line: 停止服务 says the hall does not work, like 暂停使用
    hall = ("<div class='loc'>当前位置：<a href='/'>首页</a> &gt; 网上办事</div>"
            "<div class='box'><h2>网上办事</h2><p>本平台已停止服务，感谢您的长期支持。</p></div>", 200)
    report = _site(tmp_path, NAV, {"wsbs/": hall, "gzcy/": HD})
    assert "办事服务" in _missing(report) and "service-unusable" in _vetoes(report)


def test_a_letter_box_saying_it_takes_nothing_for_now_or_was_retired_is_no_working_entry(tmp_path: Path) -> None:
    # 暂不受理 (not now) and 已停用 (retired) say the same as 暂停受理: the 互动交流 entry does not work
    for i, line in enumerate(("因系统升级，书记信箱暂不受理来信，恢复时间另行通知。", "原网上信访系统已停用。")):
        box = ("<div class='loc'>当前位置：<a href='/'>首页</a> &gt; 书记信箱</div>"
               f"<div class='box'><h2>书记信箱</h2><p>{line}</p></div>", 200)
        report = _site(tmp_path / str(i), NAV, {"wsbs/": HALL, "gzcy/": box})
        assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report), line


def test_a_channel_page_saying_it_was_never_opened_here_is_no_working_channel(tmp_path: Path) -> None:
    # 在线咨询 → a short table in the site's own template: this unit's consultation was never opened, nothing to use
    nav = NAV.replace("公众参与", "在线咨询")
    closed = ("<table class='tip'><tr><td><b>温馨提示</b></td></tr><tr><td>本单位网上咨询功能尚未开放。</td></tr>"
              "<tr><td><a href='javascript:window.close()'>关闭窗口</a></td></tr></table>", 200)
    report = _site(tmp_path / "closed", nav, {"gzcy/": closed, "wsbs/": HALL})
    assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report)
    # the same note naming another way to write (an e-mail address): a channel still, not judged failed here
    mail = (closed[0].replace("尚未开放。", "尚未开放，来信请发送至 zixun@xian.gov.cn。"), 200)
    report = _site(tmp_path / "mail", nav, {"gzcy/": mail, "wsbs/": HALL})
    assert "互动交流" not in _missing(report) and "interaction-poor" not in _vetoes(report)

