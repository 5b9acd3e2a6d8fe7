"""Lists a table widget or template app draws from records the page holds, the widget's element named by a selector
option rather than written into (`script_lists._widget_target`), and records kept as arrays of their fields."""

from __future__ import annotations

from govweb.checks.page import parse_page

SEED = "http://www.shuangxi.gov.cn/"

_ROWS = ('[{"docTitle": "双溪镇关于做好今冬明春防火工作的通知", "pubTime": "2026-10-14", "link": "/xxgk/a/201.html"},'
         ' {"docTitle": "双溪镇关于开展农村人居环境整治的实施方案", "pubTime": "2026-08-02", "link": "/xxgk/a/188.html"},'
         ' {"docTitle": "双溪镇2026年度防汛工作预案印发通知", "pubTime": "2026-05-21", "link": "/xxgk/a/170.html"}]')


def _dates(html: str) -> list[tuple[int, int, int] | None]:
    return [i.date for i in parse_page(html, SEED + "xxgk/", None, "r").items]


def test_a_layui_table_rendered_from_page_data_into_a_head_only_table_is_read() -> None:
    html = ("<html><body><div class='gk-main'><div class='bt'>规范性文件</div>"
            "<table id=\"gfxTab\" class=\"layui-hide\"><tr><th>文件名称</th><th>成文时间</th></tr></table>"
            "<div class='sum'>合计<i id=\"gfxCount\"></i>件</div></div><script>\n"
            f"var gfxRows = {_ROWS};\n"
            "layui.use(['table'], function () {\n"
            "  layui.table.render({ elem: \"#gfxTab\", data: gfxRows, limit: 2, page: true,\n"
            "    cols: [[{ field: 'docTitle', title: '文件名称' }, { field: 'pubTime', title: '成文时间' }]] });\n"
            "  document.getElementById(\"gfxCount\").innerHTML = gfxRows.length;\n});\n</script></body></html>")
    # every record is the page's, however the widget pages them
    assert _dates(html) == [(2026, 10, 14), (2026, 8, 2), (2026, 5, 21)]
    # once a browser rendered the widget its rows stand beside the table: nothing is drawn twice
    rendered = html.replace("<div class='sum'>", "<div class='layui-table-view'><table><tr><td><a href="
                            "'/xxgk/a/201.html'>双溪镇关于做好今冬明春防火工作的通知</a></td><td>2026-10-14</td></tr>"
                            "</table></div><div class='sum'>")
    assert _dates(rendered) == [(2026, 10, 14)]
    # a widget naming no element leaves the list unread
    assert _dates(html.replace('elem: "#gfxTab", ', "")) == []


def test_a_vue_app_whose_table_component_is_bound_to_the_page_data_is_read() -> None:
    html = ("<html><body><section id=\"wjApp\"><h3>通知公告</h3>"
            "<el-input v-model=\"kw\" placeholder=\"输入标题\"></el-input>"
            "<el-table :data=\"filtered\" border><el-table-column prop=\"docTitle\" label=\"标题\">"
            "</el-table-column><el-table-column prop=\"pubTime\" label=\"日期\"></el-table-column></el-table>"
            "</section><script>\n"
            f"window.pageRows = {_ROWS};\n"
            "new Vue({ el: \"#wjApp\", data: { kw: '', rows: window.pageRows }, computed: { filtered: function () {"
            " var k = this.kw; return this.rows.filter(function (r) { return r.docTitle.indexOf(k) >= 0; }); } } });\n"
            "</script></body></html>")
    assert _dates(html) == [(2026, 10, 14), (2026, 8, 2), (2026, 5, 21)]
    # an app binding two elements to data: which shows the records is not read
    two = html.replace("</section>", "<el-select :data=\"years\"></el-select></section>")
    assert _dates(two) == []


def test_records_kept_as_arrays_of_their_fields_are_read() -> None:
    html = ("<html><body><ul class=\"jd-list\" id=\"jdUl\"></ul><script>\n"
            "var jd = [[\"/xxgk/jd/31.html\", \"《双溪镇防汛工作预案》图解\", \"2026/05/23\"],"
            " [\"/xxgk/jd/29.html\", \"关于农村人居环境整治方案的解读\", \"2026/08/05\"]];\n"
            "$(\"#jdUl\").html(jd.map(function (r) { return '<li><a href=\"' + r[0] + '\">' + r[1] + '</a>'"
            " + r[2] + '</li>'; }).join(''));\n</script></body></html>")
    f = parse_page(html, SEED + "xxgk/jd/", None, "r")
    assert [(i.url, i.date) for i in f.items] == [(SEED + "xxgk/jd/31.html", (2026, 5, 23)),
                                                  (SEED + "xxgk/jd/29.html", (2026, 8, 5))]
