"""Channel pages as a reader sees them (the blind batch z, read): a page that only says where the service is had is
a single page, not a column; a list of letters kept on another host is a list, not a hub; rows a hash-routed app
tells apart by their route are entries of their own; a footer slot beside a footer script the crawl archived and
read whole hides nothing. Pages are hand-written in layouts unlike the corpus pages they generalise."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.hx.gov.cn/"
AS_OF = dt.date(2021, 4, 20)
FOOTER = ("<table class='bottom'><tr><td>主办单位：禾溪县人民政府办公室 网站标识码：5201230001 "
          "黔ICP备06001234号</td></tr></table>")
NEWS = "<table class='news'><tr><td><a href='/News/Show.asp?id=88'>全县春耕生产现场会召开</a></td><td>2021-04-19</td></tr></table>"


def _site(tmp_path: Path, pages: dict[str, tuple[str, str]], extra: dict[str, str] | None = None) -> dict:
    """pages: path → (menu name, body in the content cell); extra: path → body of pages no menu links."""
    menu = "<table class='menu'><tr>" + "".join(f"<td><a href='/{p}'>{n}</a></td>" for p, (n, _) in pages.items()) + "</tr></table>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>禾溪县人民政府</title></head><body>{menu}{NEWS}{FOOTER}</body></html>", depth=0)
    for path, (name, body) in pages.items():
        b.page(SEED + path, f"<html><head><title>{name}-禾溪县人民政府</title></head><body>{menu}"
                            f"<table class='where'><tr><td>您现在的位置：<a href='/'>首页</a> → {name}</td></tr></table>"
                            f"<table class='content'><tr><td>{body}</td></tr></table>{FOOTER}</body></html>")
    for path, body in (extra or {}).items():
        b.page(SEED + path, f"<html><head><title>禾溪县人民政府</title></head><body>{body}</body></html>")
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _columns(report: dict) -> dict[str, dict]:
    return {c["url"].removeprefix(SEED): c for c in report["columns"]}


def _checks(report: dict, check: str) -> set[str]:
    return {f["url"].removeprefix(SEED) for f in report["findings"] if f["check"] == check}


NOTICE = ("<p>本局人事任免及招录信息统一在县人力资源和社会保障局网站“人事考试”专栏发布，本栏目不再单独更新。</p>"
          "<p>如需查询，请于工作日上午8:30-12:00到县政务大厅三楼人社窗口咨询，或拨打咨询电话0851-3221106。</p>")


def test_a_channel_page_that_only_says_where_the_service_is_had_is_no_column(tmp_path: Path) -> None:
    # named like a column (人事信息), navigated, but it shows no list of any kind and links nowhere of its own: it
    # says where the visitor gets what the name promises — a single page, as 机构职能 is, never a column
    report = _site(tmp_path / "notice", {"rsxx/": ("人事信息", NOTICE)})
    assert "rsxx/" not in _columns(report)
    assert not _checks(report, "empty-column") and not _checks(report, "stale-column")
    # the same words over an empty list the page shows still make a blank column (the list is there, empty)
    report = _site(tmp_path / "empty", {"rsxx/": ("人事信息", NOTICE + "<div class='nodata'>暂无信息</div>")})
    assert _checks(report, "empty-column") == {"rsxx/"}
    # a short line and nothing else is no single page either: a channel deeper down showing nothing stays a column
    report = _site(tmp_path / "short", {"rsxx/": ("人事信息", "<p>请关注人社局网站。</p>")})
    assert "rsxx/" in _columns(report)


LETTERS = "".join(
    f"<dl class='xj'><dt><a href='https://xf.hx.gov.cn/letter/view?lid={900 + i}'>{t}</a></dt>"
    f"<dd>2021年0{4 - i // 3}月{18 - i}日</dd></dl>"
    for i, t in enumerate(("反映东风路夜市噪音", "咨询农村危房改造补助", "询问城区学校招生划片", "公交站台遮阳棚损坏",
                           "建议增设老年食堂")))


def test_a_list_of_letters_kept_on_another_host_is_a_column_not_a_hub(tmp_path: Path) -> None:
    # the 县长信箱 page prints its letters with their dates; each letter opens on the letters platform of another
    # host: the page lists them — it is no hub leading on, whatever host its rows lead to
    write = "<p><a href='https://xf.hx.gov.cn/letter/write'>写信须知</a></p>"
    report = _site(tmp_path / "letters", {"xzxx/": ("县长信箱", write + LETTERS)})
    col = _columns(report).get("xzxx/")
    assert col is not None and col["type"] == "互动" and col["items"] == 5 and col["last_update"] == "2021-04-18"
    # a page of tiles leading to three platforms, with no dated row, stays a hub (no column)
    tiles = "".join(f"<p><a href='https://{h}.hx.gov.cn/'>{n}</a></p>"
                    for h, n in (("xf", "县长信箱"), ("zx", "网上咨询"), ("zj", "意见征集")))
    report = _site(tmp_path / "hub", {"gzcy/": ("公众参与", tiles)})
    assert "gzcy/" not in _columns(report)


def test_rows_a_hash_routed_app_tells_apart_are_entries_of_their_own(tmp_path: Path) -> None:
    # a 通知公告 list of a single-page app: every row opens /app/ with its own route (#!/notice/N); a browser
    # shows each notice, the crawl can fetch only /app/ — four rows are four entries, not one
    rows = "".join(f"<div class='row'><a href='/app/#!/notice/{n}'>{t}</a><i>2021-0{m}-1{n % 10}</i></div>"
                   for n, t, m in ((41, "关于开展春季植树活动的通知", 4), (40, "关于清明节期间森林防火的通告", 4),
                                   (39, "关于调整城区停车收费标准的公告", 3), (38, "2021年度公开遴选公务员公告", 2)))
    report = _site(tmp_path, {"tzgg/": ("通知公告", rows)})
    col = _columns(report)["tzgg/"]
    assert col["items"] == 4 and col["last_update"] == "2021-04-11"


def test_rows_pointing_at_one_place_of_a_page_are_entries_of_their_own(tmp_path: Path) -> None:
    # a 问答 table whose every question links the answers' anchor on one page (/hd/dy.html#answer): a visitor sees
    # three questions, each dated — three entries; a row's second link to the same place (its 查看 link) is no row
    rows = "".join(f"<tr><td><a href='/hd/dy.html#answer'>{t}</a></td><td>{d}</td>"
                   f"<td><a href='/hd/dy.html#answer'>[查看]</a></td></tr>"
                   for t, d in (("小区停车位收费标准由谁定？", "2021/04/02"), ("公租房申请需要什么条件？", "2021/03/15"),
                                ("失业金网上怎么领取？", "2021/03/01")))
    report = _site(tmp_path, {"wdjd/": ("问答解读", f"<table class='qa'>{rows}</table>")})
    col = _columns(report)["wdjd/"]
    assert col["items"] == 3 and col["last_update"] == "2021-04-02"


HOME = "<html><head><title>禾溪县人民政府</title></head><body>" + NEWS + "{body}</body></html>"


def _home(tmp_path: Path, body: str, script: str | None) -> dict:
    b = SnapshotBuilder(SEED)
    b.page(SEED, HOME.format(body=body), depth=0)
    if script is not None:
        b.page(SEED + "tpl/bottom.js", script, content_type="application/javascript; charset=gbk", encoding="gbk")
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)["elements"]


BOTTOM = ("document.writeln(\"<table width='100%'><tr><td>版权所有：禾溪县人民政府办公室</td></tr>\");\n"
          "document.writeln(\"<tr><td>网站标识码：5201230001 <a href='https://beian.miit.gov.cn'>黔ICP备06001234号</a>"
          " 联系电话：0851-3221000</td></tr></table>\");")


def test_a_footer_slot_beside_an_archived_footer_script_read_whole_hides_nothing(tmp_path: Path) -> None:
    # the page keeps an empty <div id="bottom"> and, after it, /tpl/bottom.js, which the crawl archived: its
    # literal writes print the whole footer where the script stands (the slot stays empty in a browser too), so
    # what that footer lacks — the 找错 entry, the 公安 number — is missing, not unmeasured
    body = "<div id='bottom' class='w1000'></div><script src='/tpl/bottom.js'></script>"
    els = _home(tmp_path / "read", body, BOTTOM)
    assert els["网站标识码"]["value"] == "5201230001"
    for el in ("我为政府网站找错", "公安机关备案号"):
        assert els[el] == {"present": False, "value": None, "url": None, "measured": True}, el
    # the footer script also loads a part we cannot read (an include fetched at view time): not measured
    loads = BOTTOM + "\n$('#bottom').load('/tpl/badges.html');"
    assert _home(tmp_path / "loads", body, loads)["我为政府网站找错"]["measured"] is False
    # a call it writes that cannot be decoded: not measured
    odd = BOTTOM + "\ndocument.write(badge(siteCode));"
    assert _home(tmp_path / "odd", body, odd)["我为政府网站找错"]["measured"] is False
    # the script not archived: the footer is unknown, not measured
    assert _home(tmp_path / "lost", body, None)["我为政府网站找错"]["measured"] is False


def test_a_hub_of_channel_boxes_each_previewing_its_newest_is_no_column(tmp_path: Path) -> None:
    # 公众参与: boxes headed by their channel's link, each showing its newest entry with a date — the page leads on
    # to the channels; the rows preview them, the page lists nothing of its own
    def box(path: str, name: str, row: str) -> str:
        return f"<dl class='pd'><dt><a href='/{path}'>{name}</a></dt><dd>{row}</dd></dl>"
    boxes = (box("gzcy/dc/", "民意调查", "最新一期：<a href='/gzcy/dc/Show.asp?id=31'>城区停车难问题问卷调查</a>〔2021-04-12〕")
             + box("gzcy/zj/", "征求意见", "正在征求：<a href='/gzcy/zj/Show.asp?id=17'>禾溪县养犬管理规定（草案）</a>"
                                        "（2021-04-15—2021-05-10）")
             + box("gzcy/ft/", "访谈直播", "暂无访谈预告"))
    report = _site(tmp_path / "boxes", {"gzcy/": ("公众参与", boxes)})
    assert "gzcy/" not in _columns(report)
    assert not _checks(report, "stale-column")
    # a short list whose rows carry a channel link each as their category, twice over, is a list of its own
    rows = "".join(f"<p><a href='/gzcy/{c}/'>{n}</a> <a href='/gzcy/{c}/Show.asp?id={i}'>{t}</a> 2021-04-{10 + i}</p>"
                   for i, (c, n, t) in enumerate((("dc", "民意调查", "城区停车难问题问卷调查"),
                                                  ("zj", "征求意见", "禾溪县养犬管理规定（草案）"),
                                                  ("dc", "民意调查", "农贸市场改造满意度调查"))))
    report = _site(tmp_path / "list", {"gzcy/": ("公众参与", rows)})
    assert "gzcy/" in _columns(report)
