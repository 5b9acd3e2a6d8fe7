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



def test_a_letter_form_whose_notes_name_maintenance_is_a_working_channel(tmp_path: Path) -> None:
    # 我要咨询 → a short form page whose notes say what happens during maintenance and what the box turns away:
    # a notice beside a form to write in, not the page's state
    box = ("<div class='loc'>当前位置：<a href='/'>首页</a> &gt; 在线咨询</div>"
           "<dl class='ts'><dt>温馨提示</dt><dd>平台升级维护时段内提交的咨询顺延答复；本栏目暂不受理投诉举报。</dd></dl>"
           "<form method='post' action='/gzcy/tj'><label>主题</label><input name='zt'><label>内容</label>"
           "<textarea name='nr'></textarea><input type='submit' value='提交'></form>", 200)
    report = _site(tmp_path / "notes", NAV, {"wsbs/": HALL, "gzcy/": box})
    assert "互动交流" not in _missing(report) and "interaction-poor" not in _vetoes(report)
    # the same form under a line stating the system's state fails still
    down = (box[0].replace("<dl class='ts'>", "<p class='zt'>咨询系统升级维护中，请稍后再试。</p><dl class='ts'>"), 200)
    report = _site(tmp_path / "down", NAV, {"wsbs/": HALL, "gzcy/": down})
    assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report)


def _letters(note: str) -> tuple[str, int]:
    rows = "".join(f"<tr><td><a href='/gzcy/{i}.html'>反映小区路灯损坏问题{i}</a></td><td>2020-0{i}-0{i}</td>"
                   f"<td>已办结</td></tr>" for i in range(1, 5))
    return (f"<h2 class='lm'>书记信箱</h2><div class='gg'>{note}</div><table class='xj'>{rows}</table>", 200)


def test_a_list_of_past_letters_saying_the_box_stopped_is_no_working_channel(tmp_path: Path) -> None:
    # 公众参与 → past letters, no way to write, and its own note: the box takes nothing in now
    report = _site(tmp_path / "stopped", NAV, {"wsbs/": HALL, "gzcy/": _letters("书记信箱即日起停止接收来信，敬请谅解。")})
    assert "互动交流" in _missing(report) and "interaction-poor" in _vetoes(report)
    # a note about one kind of letter turned away, or about another system, leaves the channel judged working
    for i, note in enumerate(("本信箱暂不受理涉法涉诉事项。", "原行政审批系统已停用，请前往政务服务网办理。")):
        report = _site(tmp_path / str(i), NAV, {"wsbs/": HALL, "gzcy/": _letters(note)})
        assert "互动交流" not in _missing(report) and "interaction-poor" not in _vetoes(report), note


def test_a_moved_notice_whose_printed_address_fails_is_no_working_entry(tmp_path: Path) -> None:
    # 办事服务 → 本页面已迁移 printing the new address, which the menu links too (网上办事); it answers 404
    moved = ("<div class='yq'><p>本页面已迁移至新的服务平台，请访问：</p>"
             "<p><a href='/wsbs/'>新版网上办事大厅</a></p></div>", 200)
    nav = NAV.replace("</div>", " <a href='/bsdt/'>办事服务</a></div>")
    gone = ("<html><body><h1>404 Not Found</h1></body></html>", 404)
    report = _site(tmp_path / "gone", nav, {"bsdt/": moved, "wsbs/": gone, "gzcy/": HD})
    assert "办事服务" in _missing(report) and "service-unusable" in _vetoes(report)
    # the printed address works: the entry works
    report = _site(tmp_path / "works", nav, {"bsdt/": moved, "wsbs/": HALL, "gzcy/": HD})
    assert "办事服务" not in _missing(report)


def test_a_service_page_linking_to_the_platform_is_no_empty_page_for_its_empty_box(tmp_path: Path) -> None:
    # 网上办事 → links into the province's platform beside a 办件公示 box saying 暂无数据
    links = "".join(f"<li><a href='https://banshi.example-prov.gov.cn/county/{k}/'>{n}</a></li>"
                    for k, n in (("sb", "社保医保"), ("hj", "户籍证照"), ("kb", "企业开办"), ("hy", "婚育收养")))
    hall = (f"<h1>网上办事</h1><ul class='rk'>{links}</ul><div class='bjgs'><h3>办件公示</h3><p>暂无数据</p></div>", 200)
    report = _site(tmp_path, NAV, {"wsbs/": hall, "gzcy/": HD})
    assert report["elements"]["办事服务"]["url"].endswith("/wsbs/") and "service-unusable" not in _vetoes(report)


def test_a_retired_system_saying_it_stopped_running_is_no_working_entry(tmp_path: Path) -> None:
    # 网上办事 → a bare notice of the old approval system: 停止运行 / 不再受理 say it takes nothing in any more
    for i, line in enumerate(("原网上审批平台自2024年6月30日起停止运行，相关事项请到政务大厅窗口办理。",
                              "本系统已完成整合，不再受理网上申报。")):
        hall = ("<div class='loc'>当前位置：<a href='/'>首页</a> &gt; 网上办事</div>"
                f"<div class='notice'><h3>公告</h3><p>{line}</p></div>", 200)
        report = _site(tmp_path / str(i), NAV, {"wsbs/": hall, "gzcy/": HD})
        assert "办事服务" in _missing(report) and "service-unusable" in _vetoes(report), line
    # the same words above a form to use are a notice about another system, not the page's state
    form = ("<div class='loc'>当前位置：<a href='/'>首页</a> &gt; 网上办事</div><p>旧版申报入口已停止运行。</p>"
            "<form method='post' action='/wsbs/sb'><input name='xm'><textarea name='sm'></textarea>"
            "<input type='submit' value='提交申报'></form>", 200)
    report = _site(tmp_path / "form", NAV, {"wsbs/": form, "gzcy/": HD})
    assert "办事服务" not in _missing(report) and "service-unusable" not in _vetoes(report)
