"""Service guides (办事指南) read over their key elements in the wordings guides print, a table listing services
that is no guide, and a 办事服务 entry whose guides are the very ones missing key elements."""

from __future__ import annotations

from pathlib import Path

from .test_entries import _missing, _site, _vetoes
from .test_entry_usable import HD, NAV


def _guide(title: str, rows: list[tuple[str, str]]) -> tuple[str, int]:
    cells = "".join(f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in rows)
    return (f"<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; 办事指南</div><h1>{title}办事指南</h1>"
            f"<table class='zn'>{cells}</table>", 200)


_COMPLETE = [("服务名称", "残疾人证新办"), ("实施依据", "《残疾人残疾分类和分级》"), ("办理条件", "本县户籍残疾人"),
             ("所需材料", "身份证、近期免冠照片"), ("办公地址", "县残联一楼服务窗口"), ("受理部门", "县残疾人联合会"),
             ("是否收费", "不收费"), ("法定办结时限", "20个工作日"), ("监督电话", "0911-2234567"),
             ("办事流程", "申请、评定、审核、发证")]


def _guide_findings(report: dict) -> dict[str, list[str]]:
    return {f["url"]: f["missing"] for f in report["findings"] if f["check"] == "incomplete-service-guide"}


def test_a_guide_naming_its_time_limit_and_office_address_is_complete(tmp_path: Path) -> None:
    # 法定办结时限 (how long the service takes) stands for 办理时间, 办公地址 for 办理地点, in a th/td table
    report = _site(tmp_path / "full", NAV, {"wsbs/": _guide("残疾人证新办", _COMPLETE), "gzcy/": HD})
    assert not _guide_findings(report) and "service-unusable" not in _vetoes(report)
    # the same guide printing neither a time limit nor hours still misses 办理时间
    short = [row for row in _COMPLETE if "时限" not in row[0]]
    report = _site(tmp_path / "short", NAV, {"wsbs/": _guide("残疾人证新办", short), "gzcy/": HD})
    assert list(_guide_findings(report).values()) == [["办理时间"]] and "service-unusable" in _vetoes(report)


def test_a_table_listing_services_under_element_headings_is_no_guide(tmp_path: Path) -> None:
    # one row a service, its headings the element labels: a list of guides, not one guide missing five elements
    head = "".join(f"<td>{h}</td>" for h in ("序号", "项目名称", "实施机构", "窗口地址", "法定时限", "在线办理"))
    rows = "".join(f"<tr><td>{i}</td><td>{name}</td><td>县民政局</td><td>县行政服务中心{i}号窗口</td><td>5个工作日</td>"
                   f"<td><a href='https://zwfw.example-prov.gov.cn/item/{i}'>申报</a></td></tr>"
                   for i, name in enumerate(("婚姻登记", "临时救助申请", "殡葬补贴申领"), 1))
    page = ("<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; 服务指南</div><h1>民政服务指南</h1>"
            f"<table class='sx'><tr>{head}</tr>{rows}</table><p>咨询电话：0911-2230000</p>", 200)
    report = _site(tmp_path, NAV, {"wsbs/": page, "gzcy/": HD})
    assert not _guide_findings(report) and "service-unusable" not in _vetoes(report)


def test_a_service_item_page_saying_the_item_was_taken_offline_is_an_error_page(tmp_path: Path) -> None:
    # the province's hall answers 200 for an item it withdrew: nothing to read or apply for
    page = ("<html><head><title>事项详情</title></head><body><div class='tip'><h3>此事项已下线</h3>"
            "<p>请返回首页查看其他事项。</p></div></body></html>", 200)
    report = _site(tmp_path, NAV, {"wsbs/": page, "gzcy/": HD})
    assert "办事服务" in _missing(report) and "service-unusable" in _vetoes(report)


def _guide_list(tmp_path: Path, guides: dict[str, list[tuple[str, str]]]) -> dict:
    rows = "".join(f"<li><a href='/zwfw/zn/2020/11/{i}.html'>{name}办事指南</a><em>2020-11-{10 + i}</em></li>"
                   for i, name in enumerate(guides))
    hall = ("<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; 网上办事</div><h1>网上办事</h1>"
            f"<ul class='zn'>{rows}</ul>", 200)
    pages = {f"zwfw/zn/2020/11/{i}.html": _guide(name, els) for i, (name, els) in enumerate(guides.items())}
    return _site(tmp_path, NAV, {"wsbs/": hall, "gzcy/": HD, **pages})


def test_an_entry_offering_only_guides_missing_key_elements_is_no_working_service(tmp_path: Path) -> None:
    # every guide the list shows that was read misses key elements: the entry fails with them (its rows, under
    # /zwfw/, are guides, not the service hall)
    thin = _COMPLETE[:5]
    report = _guide_list(tmp_path / "thin", {"低保申请": thin, "临时救助": thin})
    assert "办事服务" in _missing(report) and "service-unusable" in _vetoes(report)
    # one complete guide among them: the entry works (the veto stands on the other guide)
    report = _guide_list(tmp_path / "one", {"低保申请": thin, "临时救助": _COMPLETE})
    assert "办事服务" not in _missing(report) and "service-unusable" in _vetoes(report)


def test_a_bundled_service_s_guide_named_a_guide_to_doing_it_is_read_in_its_own_wording(tmp_path: Path) -> None:
    # a 一件事 page titled 服务指引 (not 指南), its labels in a bundle's wording as a definition list: 一件事名称,
    # 设立依据, 申办条件, 牵头单位, 办理窗口 stand for 事项名称, 设定依据, 申请条件, 办理机构, 办理地点
    rows = [("一件事名称", "军人退役“一件事”"), ("设立依据", "《退役军人保障法》"), ("申办条件", "本县户籍退役军人"),
            ("所需材料", "退役证件、身份证"), ("牵头单位", "县退役军人事务局"), ("办理窗口", "县政务服务中心二楼12号窗口"),
            ("收费标准", "不收费"), ("承诺时限", "3个工作日"), ("咨询电话", "0911-2231188"), ("办理流程", "申请、联审、办结")]
    page = ("<div class='wz'>您的位置：<a href='/'>首页</a> » 一件事一次办</div><div class='detail'>"
            "<h1>军人退役“一件事”服务指引</h1><dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
            + "</dl></div>", 200)
    report = _site(tmp_path / "full", NAV, {"wsbs/": HALL_WITH_GUIDE, "wsbs/yjs/": page, "gzcy/": HD})
    assert not _guide_findings(report) and "service-unusable" not in _vetoes(report)
    # the same guide without its fees, telephone and steps is a guide missing key elements: the veto
    short = (page[0].replace("<dt>收费标准</dt><dd>不收费</dd>", "").replace("<dt>咨询电话</dt><dd>0911-2231188</dd>", "")
             .replace("<dt>办理流程</dt><dd>申请、联审、办结</dd>", ""), 200)
    report = _site(tmp_path / "short", NAV, {"wsbs/": HALL_WITH_GUIDE, "wsbs/yjs/": short, "gzcy/": HD})
    assert list(_guide_findings(report).values()) == [["收费标准", "联系电话", "办理流程"]]
    assert "service-unusable" in _vetoes(report)
    # a page titled 操作指引 (how to use a system) is no service's guide, whatever labels it prints
    other = (short[0].replace("服务指引", "系统操作指引"), 200)
    report = _site(tmp_path / "other", NAV, {"wsbs/": HALL_WITH_GUIDE, "wsbs/yjs/": other, "gzcy/": HD})
    assert not _guide_findings(report)


HALL_WITH_GUIDE = ("<h1>网上办事</h1><ul class='fw'><li><a href='https://zwfw.example-prov.gov.cn/county/gr/'>个人办事</a>"
                   "</li><li><a href='/wsbs/yjs/'>一件事一次办</a></li></ul>", 200)


def test_a_guide_shows_its_service_s_name_and_department_without_labels(tmp_path: Path) -> None:
    # a provincial hall's guide: the service named by its heading, its department by the path step before that
    # name (市本级 » 市民政局 » 最低生活保障审批) — no 事项名称 or 办理机构 label, yet both are there for a reader
    rows = [row for row in _COMPLETE if row[0] not in ("服务名称", "受理部门")]
    cells = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in rows)

    def guide(path: str, heading: str) -> tuple[str, int]:
        return (f"<html><head><title>最低生活保障审批_办事指南_某省政务服务网</title></head><body>"
                f"<p class='path'>{path}</p><h1>{heading}</h1><dl>{cells}</dl></body></html>", 200)

    report = _site(tmp_path / "dept", NAV, {"wsbs/": guide("市本级 » 市民政局 » 最低生活保障审批", "最低生活保障审批"),
                                            "gzcy/": HD})
    assert not _guide_findings(report) and "service-unusable" not in _vetoes(report)
    # a path whose step before the name is the guides' column names no department: 办理机构 stays missing
    report = _site(tmp_path / "column", NAV, {"wsbs/": guide("市本级 » 办事指南 » 最低生活保障审批", "最低生活保障审批"),
                                              "gzcy/": HD})
    assert list(_guide_findings(report).values()) == [["办理机构"]]
    # a heading that is only the page's kind names no service
    report = _site(tmp_path / "kind", NAV, {"wsbs/": guide("市本级 » 市民政局 » 办事指南", "办事指南"), "gzcy/": HD})
    assert list(_guide_findings(report).values()) == [["事项名称", "办理机构"]]
