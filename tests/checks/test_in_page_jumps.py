"""A link that only jumps to a printed part of its own page (a one-page homepage's menu item, an icon pointing back to
its own section) opens that part, which is read with the page: no script-run entry whose way on is unknown. The
platform's services sorted by department (部门服务) are one view of them, ranked with an audience's share."""

from __future__ import annotations

from pathlib import Path

from .test_entries import _missing, _site, _vetoes

MENU = ("<header><nav class='topbar'><a class='nav-link' href='#top'>网站首页</a>"
        "<a class='nav-link' href='#service'>便民服务</a><a href='/zwgk/'>政务公开</a><a href='/hdjl/'>互动交流</a>"
        "</nav></header><a id='top'></a>")


def _cards(href: str, extra: str = "") -> str:
    return ("<article id='service'><h4 class='t'>便民服务</h4><div class='cards'>"
            + "".join(f"<a href='{href}' class='card'{extra}><b>{n}</b></a>" for n in ("户籍办理", "社保缴纳", "不动产登记"))
            + "</div></article>")


def test_a_menu_item_jumping_to_a_section_whose_cards_lead_nowhere_is_no_service_entry(tmp_path: Path) -> None:
    report = _site(tmp_path, MENU, home_extra=_cards("#service"))
    assert "办事服务" in _missing(report) and "service-unusable" in _vetoes(report)


def test_a_jump_to_an_empty_part_or_a_link_with_a_handler_stays_not_measured(tmp_path: Path) -> None:
    # the part stands empty: a script may fill it
    empty = _site(tmp_path / "empty", MENU, home_extra="<article id='service'></article>")
    # a card with a handler of its own may open the platform
    handled = _site(tmp_path / "handler", MENU.replace("href='#service'", "href='javascript:;'"),
                    home_extra=_cards("#service", " onclick='openHall(this)'"))
    for report in (empty, handled):
        assert "办事服务" not in _missing(report) and "service-unusable" not in _vetoes(report)
        assert report["elements"]["办事服务"]["measured"] is False


def test_services_sorted_by_department_rank_with_an_audience_s_share(tmp_path: Path) -> None:
    tiles = ("<div class='zwfw'><span>政务服务</span><ul><li><a href='http://zwfw.example-prov.gov.cn/xian/person/'>个人办事</a></li>"
             "<li><a href='http://zwfw.example-prov.gov.cn/xian/corp/'>法人办事</a></li>"
             "<li><a href='http://zwfw.example-prov.gov.cn/xian/dept/'>部门服务</a></li></ul></div>")
    report = _site(tmp_path, "<ul class='nav'><li><a href='/'>首页</a></li></ul>", home_extra=tiles)
    assert report["elements"]["办事服务"]["url"] == "http://zwfw.example-prov.gov.cn/xian/person/"
