"""A shared letters platform narrowed to the site (its rows name the site's bodies as the unit handling them), and a
search form whose address does not exist: pages unlike the blind corpus's 12345 lists and township search boxes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

AS_OF = dt.date(2023, 9, 20)


def _platform_columns(tmp_path: Path, seed: str, site: str, units: list[str], heading: str = "办理单位") -> dict:
    """A site whose 政民互动 link opens a province-wide letters platform (another gov.cn domain) narrowed by an
    `orgid` query: cards, each naming the unit that handled the letter in a cell of its own."""
    url = "https://hd.qmsheng.gov.cn/mail/public.do?orgid=5512"
    cards = "".join(
        f"<div class='card'><h4><a href='https://hd.qmsheng.gov.cn/mail/view.do?no={i}'>咨询第{i}批次补贴发放时间</a></h4>"
        f"<dl><dt>{heading}</dt><dd>{unit}</dd><dt>提交</dt><dd>2023-09-{i + 1:02d}</dd><dt>状态</dt><dd>已答复</dd></dl>"
        f"</div>" for i, unit in enumerate(units))
    b = SnapshotBuilder(seed)
    b.page(seed, f"<html><head><title>{site}</title></head><body><div class='nav'><a href='{url}'>政民互动</a></div>"
                 f"<ul class='news'><li><a href='{seed}xw/1.html'>我县召开秋季防火工作会议</a><span>2023-09-18</span></li>"
                 f"</ul><div class='foot'>主办单位：{site}办公室</div></body></html>", depth=0)
    b.page(url, "<html><head><title>公开信件 - 青麦省民意直通车</title></head><body><div class='top'>青麦省民意直通车</div>"
                f"{cards}</body></html>")
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    return {c["url"]: c for c in report["columns"]}


def test_a_platform_list_whose_rows_name_the_countys_bodies_is_the_countys_column(tmp_path: Path) -> None:
    """Letters handled by 柏岙县 bodies (its 人社局, its township government, its service centre) in each card:
    the province's platform narrowed to the county, the county's 互动 column. Cards of another county's bodies, or
    cards naming the county only in a headline, are no column of the county."""
    seed, url = "http://www.baiao.gov.cn/", "https://hd.qmsheng.gov.cn/mail/public.do?orgid=5512"
    own = ["柏岙县人力资源和社会保障局", "柏岙县东坪镇人民政府", "柏岙县政务服务中心", "柏岙县人力资源和社会保障局"]
    cols = _platform_columns(tmp_path / "own", seed, "柏岙县人民政府", own)
    assert cols[url]["type"] == "互动" and cols[url]["items"] == 4
    other = [u.replace("柏岙县", "榆川县") for u in own]
    assert url not in _platform_columns(tmp_path / "other", seed, "柏岙县人民政府", other)
    headlines = ["柏岙县东坪镇道路积水严重", "柏岙县城区停车难", "柏岙县菜市场噪音扰民", "柏岙县路灯不亮"]
    assert url not in _platform_columns(tmp_path / "headline", seed, "柏岙县人民政府", headlines, heading="摘要")


def test_a_platform_list_naming_the_bureau_by_its_level_and_long_name_is_the_bureaus_column(tmp_path: Path) -> None:
    """A city bureau with a long name (某市人力资源和社会保障局) that the platform's cards call 市人力资源社会保障局 —
    the level, then the name's words without its place — is named there: its letters are its column."""
    seed, url = "http://rsj.qmcity.gov.cn/", "https://hd.qmsheng.gov.cn/mail/public.do?orgid=5512"
    cols = _platform_columns(tmp_path, seed, "青麦市人力资源和社会保障局", ["市人力资源社会保障局"] * 4)
    assert cols[url]["items"] == 4


SITE = "http://www.shuangtan.gov.cn/sxz/"
HOST = "http://www.shuangtan.gov.cn"


def _search(tmp_path: Path, status: int, action: str = "/sxz/so.jsp") -> dict:
    """A township with no search box on its front page; its list pages carry one in a side column, posting to
    `action`, which the crawl fetched (bare and with an empty keyword) and found answering `status`."""
    side = (f"<aside><h5>本站检索</h5><form action='{HOST}{action}' method='get'><input type='text' name='kw'>"
            "<input type='submit' value='检索'></form></aside>")
    b = SnapshotBuilder(SITE)
    b.page(SITE, "<html><head><title>双潭县石溪镇人民政府</title></head><body><div class='nav'>"
                 "<a href='/sxz/xzdt/'>乡镇动态</a></div><ul><li><a href='/sxz/xzdt/2.html'>石溪镇开展秋季征兵体检</a>"
                 "<i>2023-09-15</i></li></ul><div class='foot'>主办单位：双潭县石溪镇人民政府</div></body></html>", depth=0)
    rows = "".join(f"<li><a href='/sxz/xzdt/{i}.html'>石溪镇第{i}次例会召开</a><i>2023-09-{i:02d}</i></li>"
                   for i in range(2, 6))
    b.page(SITE + "xzdt/", f"<html><head><title>乡镇动态_石溪镇</title></head><body>{side}<ul>{rows}</ul></body></html>")
    body = "<html><body><h1>404 Not Found</h1></body></html>" if status >= 400 else (
        "<html><head><title>检索结果</title></head><body><p>请输入检索词</p></body></html>")
    b.page(HOST + action, body, status=status, depth=2)
    b.page(HOST + action + "?kw=", body, status=status, depth=2)
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def test_a_search_form_whose_address_does_not_exist_is_no_search(tmp_path: Path) -> None:
    """The side column's 检索 box sends its keyword to an address answering 404: the site offers no working search,
    and the report says why. The same box answering 200 is the site's search; one answering 405 (a bare GET of an
    address that may take only the form's POST) is not judged against the site."""
    gone = _search(tmp_path / "404", 404)
    assert gone["elements"]["站内搜索"]["present"] is False
    found = [f for f in gone["findings"] if f["check"] == "missing-element" and f.get("element") == "站内搜索"]
    assert found and "404" in found[0]["message"]
    assert _search(tmp_path / "200", 200)["elements"]["站内搜索"]["present"] is True
    assert _search(tmp_path / "405", 405)["elements"]["站内搜索"]["present"] is True
