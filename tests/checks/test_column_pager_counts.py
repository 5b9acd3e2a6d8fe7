"""What a column page's static HTML proves on its own: a TRS pager whose page count the server printed into a
variable, a list markup named by the column's number, a document's dated address, a footer naming a 数据资源局, and
a service page whose rows are services."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.hq.gov.cn/"
AS_OF = dt.date(2024, 6, 20)
FOOTER = "<div class='copy'>主办：某区人民政府 网站标识码：5101990001 蜀ICP备09011111号</div>"
HOME = "<ul class='hot'><li><a href='/bmdt/202406/t20240618_3.html'>区政府召开防汛工作会</a><em>2024-06-18</em></li></ul>"
SITE_JS = "<script src='/res/site.min.js'></script>"   # a script of the site's own on every page


def _site(tmp_path: Path, pages: dict[str, tuple[str, str]], footer: str = FOOTER,
          extra: dict[str, str] | None = None) -> dict:
    """pages: path → (menu name and title, body of the content area); extra: path → whole page (not in the menu)."""
    nav = "<div class='menu'>" + "".join(f"<a href='/{p}'>{n}</a>" for p, (n, _) in pages.items()) + "</div>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某区人民政府</title>{SITE_JS}</head><body>{nav}{HOME}{footer}</body></html>",
           depth=0)
    for path, (name, body) in pages.items():
        b.page(SEED + path, f"<html><head><title>{name}-某区人民政府</title>{SITE_JS}</head><body>{nav}"
                            f"<div class='content'>{body}</div>{footer}</body></html>")
    for path, html in (extra or {}).items():
        b.page(SEED + path, html)
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _checks(report: dict, check: str) -> set[str]:
    return {f["url"] for f in report["findings"] if f["check"] == check}


def _column(report: dict, path: str) -> dict | None:
    return next((c for c in report["columns"] if c["url"] == SEED + path), None)


def _rows(folder: str, n: int, day: int = 10) -> str:
    return "".join(f"<li><a href='/{folder}/202405/t202405{day + i:02d}_{i}.html'>关于做好第{i}项工作的通知公告事项</a>"
                   f"<em>2024-05-{day + i:02d}</em></li>" for i in range(n))


def test_a_pager_count_printed_into_a_variable_is_the_servers(tmp_path: Path) -> None:
    # 干部任免 prints its table's headings over no row and TRS's own pager call, its count set by the server in a
    # variable (`var pageCount = 0`): the server printed the list, empty — a blank column. 公示公告 sets the count
    # from data a script computes: the list may be the script's, not measured (never blank)
    head = "<table class='tb'><tr><th>名称</th><th>日期</th></tr></table>"
    printed = "<script>var pageIndex = 0; var pageCount = 0;\ncreatePageHTML(pageCount, pageIndex, 'list', 'html');</script>"
    computed = "<script>var pageCount = 0; pageCount = window.total;\ncreatePageHTML(pageCount, 0, 'list', 'html');</script>"
    report = _site(tmp_path, {
        "gbrm/": ("干部任免", head + printed),
        "gsgg/": ("公示公告", head + computed),
    })
    assert _checks(report, "empty-column") == {SEED + "gbrm/"}
    assert (_column(report, "gsgg/") or {}).get("shown", 0) is None


def test_a_pager_count_in_a_variable_pages_through_the_list() -> None:
    html = ("<html><head><title>工作动态</title></head><body><ul class='lb'>" + _rows("gzdt", 2) + "</ul>"
            "<script>var n = 3, c = 0;\ncreatePageHTML(n, c, 'list', 'shtml');</script></body></html>")
    f = parse_page(html, SEED + "gzdt/list.shtml", None, "r", home=False)
    assert f.pagination == [SEED + "gzdt/list_1.shtml", SEED + "gzdt/list_2.shtml"]


def test_a_list_a_script_writes_in_a_loop_is_not_the_servers_however_its_pager_was_printed(tmp_path: Path) -> None:
    # the rows come from an array a loop writes (no literal HTML to read): not measured, never blank
    loop = ("<ul class='lb'><script>var a = [['标题一', '/x/1.html']];\nfor (var i = 0; i < a.length; i++) {"
            "document.write('<li><a href=\"' + a[i][1] + '\">' + a[i][0] + '</a></li>'); }</script></ul>"
            "<script>var pageCount = 2;\ncreatePageHTML(pageCount, 0, 'index', 'html');</script>")
    report = _site(tmp_path, {"qxdt/": ("区县动态", loop)})
    assert SEED + "qxdt/" not in _checks(report, "empty-column")


def test_an_empty_list_with_no_page_beside_a_box_of_other_lists_rows_is_blank(tmp_path: Path) -> None:
    # 专项规划 prints an empty list and a pager the server counted to no page, beside a 热点推荐 box of the latest
    # rows of two other lists (each kept in its own folder): the box is no entry of it, the column is blank
    box = ("<div class='aside'><h4>热点推荐</h4><ul><li><a href='/tzgg/202405/t20240512_2.html'>关于做好第2项工作的"
           "通知公告事项</a><em>2024-05-12</em></li><li><a href='/gzdt/202405/t20240511_1.html'>关于做好第1项工作的通知"
           "公告事项</a><em>2024-05-11</em></li></ul></div>")
    empty = "<h3>专项规划</h3><ul class='info_list'></ul><script>var pageCount = 0;\ncreatePageHTML(pageCount, 0, 'index', 'html');</script>"
    report = _site(tmp_path, {
        "tzgg/": ("通知公告", "<ul class='info_list'>" + _rows("tzgg", 3) + "</ul>"),
        "gzdt/": ("工作动态", "<ul class='lb'>" + _rows("gzdt", 3) + "</ul>"),
        "zxgh/": ("专项规划", empty + box),
    })
    assert SEED + "zxgh/" in _checks(report, "empty-column")
    assert (_column(report, "zxgh/") or {}).get("items") == 0


def test_an_empty_list_named_by_its_columns_number_is_the_one_other_pages_print(tmp_path: Path) -> None:
    # every list page prints `<ol class="news-list cat-NNN">`, its class naming the column's number; the empty one
    # beside the site's own script is the server's list printed empty (a picture saying 暂无 in CSS only)
    def ol(n: int, rows: str) -> str:
        return f"<ol class='news-list cat-{n}'>{rows}</ol>"
    report = _site(tmp_path, {
        "c101/": ("机构动态", ol(101, _rows("c101", 3))),
        "c102/": ("通知公告", ol(102, _rows("c102", 3))),
        "c109/": ("重大建设项目", ol(109, "") + "<div class='empty-pic' style='background:url(/res/empty.png)'></div>"),
    })
    assert SEED + "c109/" in _checks(report, "empty-column")


def test_documents_the_crawl_did_not_open_take_the_day_their_address_names(tmp_path: Path) -> None:
    # a 规范性文件 list of Word and PDF files printing no date; each file sits under the day it was uploaded
    files = "".join(f"<p class='f'><a href='/upload/2023/{md}/{i}.docx'>某区{name}的实施办法</a></p>"
                    for i, (md, name) in enumerate([("1108", "关于加强物业管理"), ("0921", "关于规范农村建房"),
                                                    ("0315", "关于推进垃圾分类")]))
    report = _site(tmp_path, {"gfxwj/": ("规范性文件", files)})
    col = _column(report, "gfxwj/")
    assert col is not None and col["last_update"] == "2023-11-08"
    assert SEED + "gfxwj/" in _checks(report, "stale-column")   # 政策文件: 225 days, over 183


def test_a_footer_naming_a_data_bureau_makes_no_open_data_page(tmp_path: Path) -> None:
    # the site's 承办单位 is the 大数据资源管理局: a list of PDF files is still a column, not a data portal's page
    footer = FOOTER + "<p>承办：某区政务服务和大数据资源管理局</p>"
    pdfs = "".join(f"<li><a href='/zcfg/{n}.pdf'>某区{t}规划（2021—2025年）</a> <i>2024-0{m}-0{m}</i></li>"
                   for n, t, m in ((1, "交通", 3), (2, "水利", 2)))
    report = _site(tmp_path, {"fzgh/": ("发展规划", f"<ul>{pdfs}</ul>")}, footer=footer)
    col = _column(report, "fzgh/")
    assert col is not None and col["items"] == 2 and col["last_update"] == "2024-03-03"


def test_a_service_page_whose_dated_rows_are_services_is_no_column(tmp_path: Path) -> None:
    # 政务服务 leads to the province's platform (a picture tile) and dates its 热门事项: one guide the site keeps
    # (its page prints the guide's labels) and the platform's own services; a 便民服务 page dating one article of
    # the site that is no guide beside the same platform rows stays a column
    platform = "https://zwfw.sc.gov.cn"
    tile = f"<div class='rk'><a href='{platform}/hq/'><img src='/res/zwfw.png' alt='四川政务服务网'></a></div>"
    rows = (f"<li><a href='/bszn/202403/t20240301_9.html'>个体工商户设立登记指南</a><span>2024-03-01</span></li>"
            f"<li><a href='{platform}/item?id=77'>老年人优待证办理</a><span>2024-02-02</span></li>"
            f"<li><a href='{platform}/item?id=78'>就业困难人员认定</a><span>2024-02-02</span></li>")
    labels = "".join(f"<p>{k}：……</p>" for k in ("设定依据", "申请条件", "申请材料", "办理地点", "收费标准", "联系电话"))
    guide = (f"<html><head><title>个体工商户设立登记指南</title></head><body><h1>个体工商户设立登记指南</h1>"
             f"<p>发布时间：2024-03-01</p>{labels}{FOOTER}</body></html>")
    news = rows.replace("/bszn/202403/t20240301_9.html", "/bmfw/202403/t20240305_4.html").replace(
        "个体工商户设立登记指南", "我区启用新的便民服务中心大厅")
    article = ("<html><head><title>我区启用新的便民服务中心大厅</title></head><body><h1>我区启用新的便民服务中心大厅</h1>"
               f"<p>发布时间：2024-03-05</p><p>新大厅位于府前街8号，设综合窗口12个。</p>{FOOTER}</body></html>")
    report = _site(tmp_path, {
        "zwfw/": ("政务服务", f"{tile}<ul class='sx'>{rows}</ul><p>服务中心：某区府前街8号</p>"),
        "bmfw/": ("便民服务", f"{tile}<ul class='sx'>{news}</ul>"),
    }, extra={"bszn/202403/t20240301_9.html": guide, "bmfw/202403/t20240305_4.html": article})
    assert _column(report, "zwfw/") is None
    assert _column(report, "bmfw/") is not None
    assert SEED + "zwfw/" not in _checks(report, "empty-column") | _checks(report, "stale-column")
