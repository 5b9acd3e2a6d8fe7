"""Columns named in local wording and entries that go nowhere, read as an evaluator reads them, on pages unlike the
blind sites that showed each rule: a 明白纸 is an interpretation; rows printing document numbers are the body's
documents; a sub-column takes what its section's own list reports; a bare javascript: link on a page running no
script of its own opens nothing; a guide titled only 服务指南 is titled by its service."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.context import SiteContext
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.yq.gov.cn/"
AS_OF = dt.date(2022, 6, 20)
FOOTER = "<div id='foot'>主办单位：燕泉市人民政府办公室 网站标识码：1306110001 冀ICP备11002233号 电话：0312-5551234</div>"


def _builder(menu: dict[str, str], home_body: str = "", home_head: str = "") -> SnapshotBuilder:
    nav = "<nav class='mainnav'>" + "".join(f"<a href='/{p}'>{n}</a>" for p, n in menu.items()) + "</nav>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>燕泉市人民政府</title>{home_head}</head><body>{nav}{home_body}{FOOTER}"
                 "</body></html>", depth=0)
    b.nav = nav   # type: ignore[attr-defined]
    return b


def _list(b: SnapshotBuilder, path: str, name: str, rows: list[tuple[str, str, str]], crumb: str = "") -> None:
    """rows: (title, extra cell, date) in <li> markup."""
    body = "<ul>" + "".join(f"<li><a href='/{path}{i}.shtml'>{t}</a><span class='wh'>{extra}</span><em>{d}</em></li>"
                            for i, (t, extra, d) in enumerate(rows)) + "</ul>"
    b.page(SEED + path, f"<html><head><title>{name}|燕泉市人民政府</title></head><body>{b.nav}"  # type: ignore[attr-defined]
                        f"{crumb}<div class='lm'>{body}</div>{FOOTER}</body></html>")


def _types(b: SnapshotBuilder, tmp_path: Path) -> dict[str, str]:
    return {c["url"]: c["type"] for c in run_checks(load_snapshot(b.write(tmp_path)), AS_OF)["columns"]}


def test_a_plain_words_sheet_is_an_interpretation(tmp_path: Path) -> None:
    """惠农明白纸: policies told in plain words, one sheet each — 政策解读, no 其他."""
    b = _builder({"mbz/": "惠农明白纸"})
    _list(b, "mbz/", "惠农明白纸", [("耕地地力保护补贴怎么领？一张图看懂", "", "2022-06-10"),
                                   ("农机购置补贴申领须知", "", "2022-05-28"), ("玉米大豆带状复合种植补贴这样发", "", "2022-05-02")])
    assert _types(b, tmp_path)[SEED + "mbz/"] == "政策解读"


def test_rows_printing_document_numbers_are_the_bodys_documents(tmp_path: Path) -> None:
    """公文速览, a name of no type, whose rows print each a document's heading (关于…) and its 文号 in a cell: 政策文件
    — the same rows without numbers (and reporting no events) stay 其他."""
    docs = [("燕泉市人民政府关于印发燕泉市城市更新实施办法的通知", "燕政发[2022]7号", "2022-06-08"),
            ("燕泉市人民政府办公室关于加强夏季防汛工作的意见", "燕政办字[2022]21号", "2022-05-19"),
            ("燕泉市人民政府关于公布第二批历史建筑名录的决定", "燕政发[2022]5号", "2022-04-11")]
    b = _builder({"gwsl/": "公文速览"})
    _list(b, "gwsl/", "公文速览", docs)
    assert _types(b, tmp_path / "numbered")[SEED + "gwsl/"] == "政策文件"
    b = _builder({"gwsl/": "公文速览"})
    _list(b, "gwsl/", "公文速览", [(t, "", d) for t, _, d in docs])
    assert _types(b, tmp_path / "plain")[SEED + "gwsl/"] == "其他"
    # permits numbered beside the holder's name: no documents of the body's
    b = _builder({"xkgs/": "双随机结果"})
    _list(b, "xkgs/", "双随机结果", [("燕泉市某某商贸有限公司 食品经营许可（延续）", f"燕市监许[2022]{n}号", d)
                                    for n, (_, _, d) in enumerate(docs)])
    assert _types(b, tmp_path / "permits")[SEED + "xkgs/"] == "其他"


def test_a_sub_column_reports_what_its_sections_own_list_does(tmp_path: Path) -> None:
    """燕泉视窗 (in the menu, its rows reporting events: news) and, below it by the breadcrumb, 基层来风, whose rows
    report no event word: news of the same section, 动态要闻 — not 其他."""
    b = _builder({"yqsc/": "燕泉视窗"})
    _list(b, "yqsc/", "燕泉视窗", [("市政府召开常务会议", "", "2022-06-15"), ("市领导调研重点项目建设", "", "2022-06-12"),
                                  ("燕泉市举办第三届梨花节", "", "2022-04-09")])
    crumb = ("<div class='weizhi'>您现在的位置：<a href='/'>首页</a> » <a href='/yqsc/'>燕泉视窗</a> » "
             "<a href='/jclf/'>基层来风</a></div>")
    _list(b, "jclf/", "基层来风", [("南关街道：老旧小区换新颜", "", "2022-06-14"), ("西苑村草莓丰收", "", "2022-06-01"),
                                  ("城东社区的“百家宴”", "", "2022-05-20")], crumb)
    b.page(SEED + "yqsc/index2.shtml", f"<html><head><title>燕泉视窗</title></head><body>{b.nav}"  # type: ignore[attr-defined]
                                       "<a href='/jclf/'>基层来风</a></body></html>")
    assert _types(b, tmp_path)[SEED + "jclf/"] == "动态要闻"


def _interaction(tmp_path: Path, home_head: str, link: str) -> dict:
    b = _builder({"xwzx/": "新闻中心"}, f"<div class='hd'>政民互动：{link}</div>", home_head)
    _list(b, "xwzx/", "新闻中心", [("市政府召开常务会议", "", "2022-06-15"), ("燕泉市举办第三届梨花节", "", "2022-06-09")])
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)["elements"]["互动交流"]


def test_a_bare_script_link_on_a_page_running_no_script_of_its_own_opens_nothing(tmp_path: Path) -> None:
    """在线咨询 as a bare `javascript:;` link on a homepage whose only script is the conac badge's: it opens nothing,
    互动交流 is missing (measured) — but with a script of the site's own on the page (or written in by one), or an id a
    script could find the link by, or a handler, where it leads is unknown: not measured."""
    badge = "<script src='https://dcs.conac.cn/js/13/000/0000/40123456/CA130000000401234560001.js'></script>"
    dead = _interaction(tmp_path / "dead", badge, "<a href='javascript:;'>在线咨询</a>")
    assert dead["present"] is False and dead["measured"] is True
    own = _interaction(tmp_path / "own", badge + "<script src='/js/yq-common.js'></script>",
                       "<a href='javascript:;'>在线咨询</a>")
    assert own["measured"] is False
    hooked = _interaction(tmp_path / "hooked", badge, "<a href='javascript:;' class='zx-open'>在线咨询</a>")
    assert hooked["measured"] is False
    handled = _interaction(tmp_path / "handled", badge, "<span onclick='zx()'><a href='javascript:;'>在线咨询</a></span>")
    assert handled["measured"] is False
    # a script of the site's own written in by an inline script, beside the badge's: where the link leads is unknown
    # (the badge's own script written so leaves the bare link measured)
    written = "<script>document.write(unescape(\"%3Cscript src='/js/zx.js'%3E%3C/script%3E\"));</script>"
    brought = _interaction(tmp_path / "brought", badge + written, "<a href='javascript:;'>在线咨询</a>")
    assert brought["measured"] is False
    conac = "<script>document.write(unescape(\"%3Cscript src='https://dcs.conac.cn/js/13/x.js'%3E%3C/script%3E\"));</script>"
    assert _interaction(tmp_path / "conac", conac, "<a href='javascript:;'>在线咨询</a>")["measured"] is True


def test_a_guide_titled_only_by_its_kind_is_titled_by_its_service(tmp_path: Path) -> None:
    """服务指南-燕泉市人民政府 over a guide whose labels run in paragraphs (项目名称：…): its title is the service,
    动物诊疗许可证核发 — a guide whose <title> names the service keeps it."""
    labels = ["项目名称：动物诊疗许可证核发", "法定依据：《动物防疫法》", "受理条件：具有固定的诊疗场所", "申请材料：申请表",
              "办公地址：市民服务中心二楼", "实施机关：市农业农村局", "是否收费：不收费", "办理时限：20个工作日",
              "咨询电话：0312-5556789", "办理程序：受理、审查、决定"]
    body = "".join(f"<p>{x}</p>" for x in labels)
    b = _builder({})
    b.page(SEED + "fwzn/1.shtml", f"<html><head><title>服务指南-燕泉市人民政府</title></head><body>{body}{FOOTER}"
                                  "</body></html>")
    b.page(SEED + "fwzn/2.shtml", f"<html><head><title>犬只免疫证办理-燕泉市人民政府</title></head><body>{body}"
                                  f"{FOOTER}</body></html>")
    ctx = SiteContext(load_snapshot(b.write(tmp_path)), AS_OF)
    assert ctx.pages[SEED + "fwzn/1.shtml"].title == "动物诊疗许可证核发"
    assert ctx.pages[SEED + "fwzn/2.shtml"].title == "犬只免疫证办理-燕泉市人民政府"
