"""List rows laid out as cards, each card carrying several links — a category tag, its headline, a 阅读全文 or picture
repeating the headline, a 转发 link, attachments, 解读 buttons, a 来源 link —: one row per card, its headline the
row's own link, its date the one the card prints beside its links; a label printed over each card's title, and a
visitor's action right above the rows, are no heading of the list; a portal's 信箱 whose letters are kept on
another host of its own gov.cn domain lists the site's letters."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.page import parse_page
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.qingtang.gov.cn/"
AS_OF = dt.date(2025, 6, 20)
FOOTER = "<div class='dibu'>主办单位：青塘县人民政府办公室 网站标识码：4309990001 湘ICP备16000001号</div>"
ABSTRACT = "6月12日，县政府组织召开全县防汛抗旱工作调度会，分析当前雨情水情，安排部署下一阶段重点工作。"


def _page(body: str, url: str = SEED + "dtyw/") -> list:
    html = f"<html><head><title>动态要闻_青塘县</title></head><body>{body}</body></html>"
    return parse_page(html, url, None, "r", home=False).items


def _story(n: int, day: int, tag: str, *, picture: bool = True) -> str:
    u = f"/dtyw/202506/t202506{day:02d}_{n}.html"
    pic = f"<div class='pic'><a href='{u}'><img src='/p/{n}.jpg' alt='青塘县第{n}次防汛抗旱工作调度会召开'></a></div>" \
        if picture else ""
    return (f"<article class='item'>{pic}<div class='txt'><a class='cat' href='/dtyw/lm/{n % 3}/'>{tag}</a>"
            f"<h4><a href='{u}'>青塘县第{n}次防汛抗旱工作调度会召开</a></h4><p>{ABSTRACT}</p>"
            f"<div class='bar'><time>2025-06-{day:02d}</time><a href='{u}'>阅读全文</a>"
            f"<a href='http://share.example.com/?to=wx&amp;u={u}'>转发</a></div></div></article>")


def test_each_card_is_one_row_whatever_links_it_carries() -> None:
    # a picture and 阅读全文 repeating the headline, a category tag before it and a 转发 link after it: the tag, the
    # share and the picture are parts of the card's row, not rows
    cards = "".join(_story(n, 19 - n, tag, picture=n % 2 == 0)
                    for n, tag in enumerate(("防汛抗旱", "会议", "基层动态", "防汛抗旱", "会议"), start=1))
    rows = _page(f"<section class='items'>{cards}</section>")
    assert [it.title for it in rows] == [f"青塘县第{n}次防汛抗旱工作调度会召开" for n in range(1, 6)]
    assert [it.date for it in rows] == [(2025, 6, 19 - n) for n in range(1, 6)]
    assert all(it.url.endswith(f"_{n}.html") for n, it in enumerate(rows, start=1))


def test_attachment_and_interpretation_links_are_parts_of_the_card() -> None:
    # a notice card with its attachment (a long file name) and 查看 to itself, the day in a box of its own; a policy
    # card with [解读]/[图片解读] buttons and a 来源 link to the issuing bureau (a long name): one row each
    notice = ("<div class='gg'><div class='day'><b>16</b><i>2025-06</i></div><div class='gg-r'>"
              "<h3><a href='/tzgg/202506/t20250616_7.html'>关于2025年青塘县夏季征兵报名工作的通告</a></h3>"
              "<p><a href='/tzgg/202506/P0616.docx'>附件：青塘县夏季征兵报名登记表.docx</a></p>"
              "<a href='/tzgg/202506/t20250616_7.html'>查看</a></div></div>")
    policy = ("<div class='wj'><h3><a href='/zcwj/202506/t20250610_8.html'>青塘县人民政府关于印发青塘县农村人居环境整治方案的通知</a>"
              "</h3><div class='wj-ft'><span>来源：<a href='/bm/nyncj/'>青塘县农业农村局（县乡村振兴局）</a></span>"
              "<span>2025-06-10</span><a href='/zcjd/202506/t20250611_9.html'>[解读]</a>"
              "<a href='/zcjd/202506/t20250611_10.html'>[图片解读]</a></div></div>")
    rows = _page(f"<div class='list'>{notice}{policy}</div>")
    assert [(it.url.rsplit("/", 1)[1], it.date) for it in rows] == [
        ("t20250616_7.html", (2025, 6, 16)), ("t20250610_8.html", (2025, 6, 10))]


def test_a_box_of_short_rows_under_a_linked_heading_is_no_card() -> None:
    # a 信箱 box: its heading links the channel, its letters (short subjects) are rows of their own
    box = ("<div class='xx'><h3><a href='/hdjl/xzxx/'>县长信箱来信选登</a></h3>"
           "<div class='r'><a href='/hdjl/xzxx/1.html'>路灯不亮</a><span>2025-06-12</span></div>"
           "<div class='r'><a href='/hdjl/xzxx/2.html'>噪音扰民</a><span>2025-06-09</span></div></div>")
    assert [it.title for it in _page(box)] == ["路灯不亮", "噪音扰民"]


def test_a_label_over_each_card_or_an_action_above_the_rows_heads_no_list() -> None:
    cards = "".join(f"<div class='c'><em>{kind}</em><h3><a href='/zcjd/202506/t202506{d}_{d}.html'>"
                    f"《青塘县第{d}号文件》{kind}</a></h3><span>2025-06-{d}</span></div>"
                    for d, kind in ((18, "图片解读"), (15, "文字解读"), (12, "图片解读")))
    html = f"<html><body><h2>政策解读</h2>{cards}</body></html>"
    assert parse_page(html, SEED + "zcjd/", None, "r", home=False).list_heading == "政策解读"
    letters = "".join(f"<li><a href='/hdjl/xzxx/{d}.html'>关于小区停车难的问题{d}</a><span>2025-06-{d}</span></li>"
                      for d in (18, 15))
    html = f"<html><body><h2>县长信箱</h2><a href='/hdjl/write.html'>我要写信</a><ul>{letters}</ul></body></html>"
    assert parse_page(html, SEED + "hdjl/xzxx/", None, "r", home=False).list_heading == ""   # (under the button)


def _mailbox(tmp_path: Path, seed: str, letters_host: str, status: str) -> dict:
    nav = f"<div class='nav'><a href='{seed}'>首页</a><a href='{seed}hdjl/xzxx/'>县长信箱</a></div>"
    rows = "".join(f"<tr><td><a href='http://{letters_host}/mail/view.do?id=2506{d}'>关于村道破损需要修补的问题{d}</a></td>"
                   f"<td>2025-06-{d}</td><td>{status}</td></tr>" for d in (17, 12, 5))
    # (the channel's side menu and the 我要写信 button: ways on, beside which a list of nothing is a hub)
    side = (f"<div class='side'><a href='{seed}hdjl/xzxx/'>县长信箱</a><a href='{seed}hdjl/wsdc/'>网上调查</a>"
            f"<a href='{seed}hdjl/yjzj/'>意见征集</a></div>")
    b = SnapshotBuilder(seed)
    b.page(seed, f"<html><head><title>青塘县人民政府</title></head><body>{nav}<ul><li><a href='{seed}dtyw/1.html'>"
                 f"青塘县召开防汛工作会议</a><span>2025-06-18</span></li></ul>{FOOTER}</body></html>", depth=0)
    b.page(seed + "hdjl/xzxx/", f"<html><head><title>县长信箱_青塘县人民政府</title>"
                                "<meta name='ColumnName' content='县长信箱'></head>"
                                f"<body>{nav}{side}<h2>县长信箱</h2><a href='http://{letters_host}/mail/write.do'>我要写信</a>"
                                f"<table>{rows}</table>{FOOTER}</body></html>")
    return {c["url"]: c for c in run_checks(load_snapshot(b.write(tmp_path)), AS_OF)["columns"]}


def test_a_portals_letters_on_another_host_of_its_domain_are_its_column(tmp_path: Path) -> None:
    cols = _mailbox(tmp_path / "a", SEED, "gzhd.qingtang.gov.cn", "已办结")
    assert cols[SEED + "hdjl/xzxx/"]["shown"] == 3 and cols[SEED + "hdjl/xzxx/"]["last_update"] == "2025-06-17"
    # rows saying nothing of how a letter stands are another system's documents, and another domain's letters are
    # another government's: neither makes the page a column
    assert SEED + "hdjl/xzxx/" not in _mailbox(tmp_path / "b", SEED, "gzhd.qingtang.gov.cn", "")
    assert SEED + "hdjl/xzxx/" not in _mailbox(tmp_path / "c", SEED, "gzhd.yuanshi.gov.cn", "已办结")
