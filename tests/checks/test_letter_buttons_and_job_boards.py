"""Two readings of a list's rows. A letter table whose every row opens its letter by a 查看 button, at the channel
script's own address with a query, lists letters: the button names no section, so the page is no table of its
sub-lists. A 招聘 list of firms' job offers (某某公司招聘焊工) is a job board the 人社 office keeps for the labour
market, 其他 — no 人事 disclosure of a public body's hiring, which is announced by notices (公开招聘…公告)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.hemingrs.gov.cn/"
AS_OF = dt.date(2025, 6, 20)
FOOTER = "<div id='foot'>主办单位：鹤鸣县人力资源和社会保障局 网站标识码：5104990027 蜀ICP备19001234号</div>"
MENU = ("<div id='nav'><a href='/'>首页</a> <a href='/news/'>工作动态</a> <a href='/jycy/zpgw/'>招聘岗位</a> "
        "<a href='/gbook/default.asp'>来信选登</a></div>")
HOME = (f"<html><head><title>鹤鸣县人力资源和社会保障局</title></head><body>{MENU}<ul>"
        "<li><a href='/news/2025/0618/81.html'>县人社局开展根治欠薪专项检查</a><em>2025-06-18</em></li>"
        "<li><a href='/news/2025/0611/80.html'>鹤鸣县举办春风行动专场招聘会</a><em>2025-06-11</em></li>"
        f"</ul>{FOOTER}</body></html>")
LETTERS = [("养老保险断缴如何补缴", "2025-06-02", "2025-06-05"), ("失业金申领需要哪些材料", "2025-05-20", "2025-05-22"),
           ("工伤认定进度咨询", "2025-05-06", "2025-05-13"), ("社保卡补办地点", "2025-04-21", "2025-04-23")]


def _report(tmp_path: Path, url: str, page: str) -> dict:
    b = SnapshotBuilder(SEED)
    b.page(SEED, HOME, depth=0)
    b.page(url, page)
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def test_a_letter_table_opened_by_view_buttons_is_a_column(tmp_path: Path) -> None:
    rows = "".join(f"<tr><td>{t}</td><td>{sent}</td><td>{answered}</td>"
                   f"<td><a href='/gbook/default.asp?action=view&amp;id={40 - i}'>查看</a></td></tr>"
                   for i, (t, sent, answered) in enumerate(LETTERS))
    page = (f"<html><head><title>来信选登 - 鹤鸣县人力资源和社会保障局</title></head><body>{MENU}"
            "<div class='here'>当前位置：<a href='/'>首页</a> » 来信选登</div><table class='letters'>"
            f"<tr><th>来信标题</th><th>来信日期</th><th>答复日期</th><th>操作</th></tr>{rows}</table>{FOOTER}</body></html>")
    url = SEED + "gbook/default.asp"
    cols = {c["url"]: c for c in _report(tmp_path, url, page)["columns"]}
    assert url in cols
    assert cols[url]["type"] == "互动"


def _board(titles: list[str]) -> str:
    days = ["2024-03-28", "2024-03-15", "2024-03-02", "2024-02-20", "2024-02-06"]
    rows = "".join(f"<p class='item'><a href='/jycy/zpgw/2024/{d[5:7]}{d[8:]}/{30 + i}.html'>{t}</a>"
                   f"<span class='d'>{d}</span></p>" for i, (t, d) in enumerate(zip(titles, days, strict=True)))
    return (f"<html><head><title>招聘岗位 - 鹤鸣县人力资源和社会保障局</title></head><body>{MENU}"
            f"<div class='here'>当前位置：<a href='/'>首页</a> » 就业创业 » 招聘岗位</div><div class='lst'>{rows}</div>"
            f"{FOOTER}</body></html>")


def test_a_list_of_firms_job_offers_is_no_personnel_disclosure(tmp_path: Path) -> None:
    page = _board(["鹤鸣机械制造有限公司招聘焊工5名", "城南大酒店招聘前厅服务员", "新锐汽配招聘质检员",
                   "县中医医院招聘护工", "宏发建材招聘叉车司机"])
    url = SEED + "jycy/zpgw/"
    report = _report(tmp_path, url, page)
    assert {c["url"]: c for c in report["columns"]}[url]["type"] == "其他"
    assert not any(f["check"] == "stale-column" and f["url"] == url for f in report["findings"])


def test_a_list_of_public_hiring_notices_stays_personnel(tmp_path: Path) -> None:
    page = _board(["鹤鸣县2024年事业单位公开招聘工作人员公告", "县中医医院招聘护理人员", "新锐汽配招聘质检员",
                   "县人社局招聘编外人员", "宏发建材招聘叉车司机"])
    url = SEED + "jycy/zpgw/"
    report = _report(tmp_path, url, page)
    assert {c["url"]: c for c in report["columns"]}[url]["type"] == "人事"
    assert any(f["check"] == "stale-column" and f["url"] == url for f in report["findings"])
