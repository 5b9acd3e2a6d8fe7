"""Custom elements as a browser shows them with no script: a declarative shadow root's content with its slots
filled, light children no slot takes left unseen, and marks an undefined element's missing script would print
left unmeasured. Pages are hand-written, unlike the corpus's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot
from govweb.htmlstd import show_shadow_roots

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.hx.gov.cn/"
AS_OF = dt.date(2025, 6, 20)
NEWS = ("<ul><li><a href='/dt/202506/t20250618_7.html'>全区防汛工作调度会召开</a>"
        "<span>2025-06-18</span></li></ul>")


def _report(tmp_path: Path, body: str) -> dict:
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某区人民政府</title></head><body>{NEWS}{body}</body></html>", depth=0)
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def test_slots_take_their_children_and_an_unmatched_child_shows_nowhere() -> None:
    tree = LexborHTMLParser(
        "<body><page-foot><template shadowrootmode='closed'><div><slot name='org'>默认单位</slot>"
        "<slot name='tel'>无</slot><slot></slot></div></template>"
        "<b slot='org'>区政府办</b><i slot='legacy'>旧号码</i>你好</page-foot>"
        "<div><template shadowroot='open'><p>旧写法</p></template><p>可见</p></div></body>")
    assert show_shadow_roots(tree)
    text = tree.body.text(separator=" ")
    assert "区政府办" in text and "无" in text and "你好" in text
    assert "默认单位" not in text and "旧号码" not in text and "旧写法" not in text and "可见" in text


def test_footer_marks_inside_a_shadow_root_are_read_and_unslotted_ones_are_not(tmp_path: Path) -> None:
    footer = ("<bottom-bar><template shadowrootmode='open'><section><p>网站标识码 3301080002 "
              "<a href='https://beian.miit.gov.cn/'>浙ICP备05011234号-2</a></p><p><slot name='addr'></slot></p>"
              "<a href='https://bszs.conac.cn/sitename?method=show&id=ABC123'><img src='/dzjg.png' alt='党政机关'></a>"
              "</section></template><em slot='addr'>电话：0571-8765 4321</em>"
              "<em slot='old'>浙ICP备99000001号</em><a slot='aria' href='/wza/'>无障碍浏览</a></bottom-bar>")
    els = _report(tmp_path, footer)["elements"]
    assert els["网站标识码"]["present"] and els["党政机关网站标识"]["present"]
    assert els["ICP备案号"]["value"] == "浙ICP备05011234号-2"
    assert not els["无障碍浏览"]["present"]


def test_an_undefined_elements_site_code_attribute_and_empty_badge_are_not_measured(tmp_path: Path) -> None:
    footer = ("<gz-foot data-site-code='3301080002'><zf-conac-mark></zf-conac-mark>"
              "<p>主办：某区人民政府办公室 <a href='https://beian.miit.gov.cn/'>浙ICP备05011234号-2</a></p></gz-foot>")
    report = _report(tmp_path, footer)
    els = report["elements"]
    assert els["网站标识码"]["measured"] is False and els["党政机关网站标识"]["measured"] is False
    assert not [f for f in report["findings"] if f["check"] == "missing-element"
                and f["element"] in ("网站标识码", "党政机关网站标识")]
