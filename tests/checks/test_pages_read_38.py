"""Pages read as an evaluator reads them, on pages unlike the blind sites that showed each rule: a page whose dated
rows are its own sub-sections, each beside its last update, is a table of its sub-lists, not a list; a service hall
leading on to the platform's services with one dated download of its own is no list either."""

from __future__ import annotations

from pathlib import Path

from .test_column_reading import SEED as HX
from .test_column_reading import _columns
from .test_column_reading import _site as _hx_site


def test_a_table_of_its_own_sections_with_their_last_update_is_no_list(tmp_path: Path) -> None:
    """A 专项公开 front page printing its sections in a list (保障性住房 · 更新 2021-06-18, each in its folder below)
    leads on to the sub-lists: they are the columns, it is none. The same page whose rows open documents of the
    section's lists (dated addresses, headlines) is a list."""
    def site(folder: str, rows: list[tuple[str, str]]) -> dict:
        body = "".join(f"<dl class='ly'><dt><a href='{u}'>{t}</a></dt><dd>共 9 条</dd><dd>2021-06-{d}</dd></dl>"
                       for (u, t), d in zip(rows, (18, 11, 2), strict=False))
        return _hx_site(tmp_path / folder, {"zxgk/": f"<div class='mainbox'>{body}</div>"}, menu={"zxgk/": "专项公开"})

    sections = [("/zxgk/bzxzf/", "保障性住房"), ("/zxgk/shjz/index.html", "社会救助"), ("/zxgk/ywjy/", "义务教育")]
    assert HX + "zxgk/" not in _columns(site("sections", sections))
    documents = [("/zxgk/bzxzf/202106/t20210618_51.html", "关于2021年第二批保障性住房分配结果的公示"),
                 ("/zxgk/shjz/202106/t20210611_47.html", "2021年5月城乡低保资金发放情况公示")]
    assert HX + "zxgk/" in _columns(site("documents", documents))


def test_a_service_hall_with_one_dated_download_beside_its_services_is_no_list(tmp_path: Path) -> None:
    """A 网上办事 page of tiles to the province's 政务服务网 (three themes and its own way in) with one dated form of
    the site's under 表格下载 is a service hall: the form is a box of it, not a column of one row. The same page
    without the tiles, the one form under the menu, is a column of one document so far."""
    platform = "https://zwfw.example-sheng.gov.cn/hx/"
    tiles = "<div class='tiles'>" + "".join(f"<span class='tile'><a href='{platform}theme/{k}'>{n}</a></span>"
                                            for k, n in (("jy", "就业创业"), ("yl", "医疗卫生"), ("jt", "交通出行"))) + "</div>"
    form = ("<h4>表格下载</h4><p><a href='/wsbs/bgxz/202105/t20210512_3301.html'>和县企业开办登记申请表</a>"
            "　2021-05-12</p>")
    hall = _hx_site(tmp_path / "hall", {"wsbs/": f"<div class='fw'><h4><a href='{platform}'>进入政务服务网</a></h4>{tiles}"
                                                 f"{form}</div>"}, menu={"wsbs/": "网上办事"})
    assert HX + "wsbs/" not in _columns(hall)
    bare = _hx_site(tmp_path / "bare", {"wsbs/": f"<div class='fw'>{form}</div>"}, menu={"wsbs/": "网上办事"})
    assert HX + "wsbs/" in _columns(bare)


def test_a_rendered_list_still_loading_is_not_measured(tmp_path: Path) -> None:
    """The browser ran a React page whose bundle never drew the list: the DOM still says 正在加载 over an empty
    container, with no data call or state in the page. The data never arrived: not measured, never a blank column.
    The same rendered page saying 暂无数据 in its list is blank."""
    from govweb.checks.run import run_checks
    from govweb.checks.snapshot import load_snapshot

    from .snapshot_builder import SnapshotBuilder
    from .test_column_reading import AS_OF, FOOTER, HOME_ROWS

    nav = "<div class='menu'><a href='/xxgk/'>信息公开</a><a href='/gsgg/'>公示公告</a></div>"
    bundle = "<script src='/assets/index.4f2a.js'></script>"
    b = SnapshotBuilder(HX)
    b.page(HX, f"<html><head><title>和县</title></head><body>{nav}<ul>{HOME_ROWS}</ul>{FOOTER}</body></html>", depth=0)
    for path, name, shown in (("xxgk/", "信息公开", "<p class='tip'>正在加载，请稍候…</p>"),
                              ("gsgg/", "公示公告", "<p class='tip'>暂无数据</p>")):
        page = (f"<html><head><title>{name}</title></head><body>{nav}<h2>{name}</h2><ul id='list'></ul>LIST"
                f"{FOOTER}{bundle}</body></html>")
        b.page(HX + path, page.replace("LIST", ""), rendered=page.replace("LIST", shown))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    assert {f["url"] for f in report["findings"] if f["check"] == "empty-column"} == {HX + "gsgg/"}
