"""The site in another language: a foreign-language version's lists are no columns of the Chinese site and its pages
give none of its entries, while a Chinese list under a foreign-looking address or title, or a bilingual page, stays
the site's own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.q.gov.cn/"
AS_OF = dt.date(2021, 6, 30)
FOOT = "<div class='bottom'>主办单位：某州人民政府办公室 电话：0991-1234567 网站标识码：6523000001 新ICP备05000123号</div>"
TOP = "<div class='switch'><a href='/'>汉文</a> <a href='/rus/'>Русский</a> <a href='/english/'>ENG</a></div>"
MENU = ("<div class='menu'><a href='/dt/'>工作动态</a><a href='/bsfw/'>网上办事</a><a href='/xinwen/'>News Center</a>"
        "<a href='/shuangyu/'>双语动态</a></div>")


def _page(title: str, body: str, lang: str = "zh-CN") -> str:
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body>{TOP}{MENU}"
            f"{body}{FOOT}</body></html>")


def _list(folder: str, titles: list[str], month: int) -> str:
    return "<table class='tb'>" + "".join(
        f"<tr><td><a href='/{folder}/2021{month:02d}/a{i}.shtml'>{t}</a></td><td>2021/{month:02d}/{10 + i}</td></tr>"
        for i, t in enumerate(titles)) + "</table>"


def _site(tmp_path: Path) -> dict:
    b = SnapshotBuilder(SEED)
    b.page(SEED, _page("某州人民政府", _list("dt", ["州政府召开常务会议", "全州春耕生产现场会举行"], 6)), depth=0)
    b.page(SEED + "dt/", _page("工作动态-某州人民政府", _list("dt", ["州政府召开常务会议", "全州春耕生产现场会举行",
                                                                "州长调研边境口岸建设"], 6)))
    # the Chinese site's 网上办事 leads to a page that is gone
    b.page(SEED + "bsfw/", "<html><head><title>404</title></head><body>Not Found</body></html>", status=404)
    # a Chinese list at an English-looking address, titled in English by its template: the site's own column
    b.page(SEED + "xinwen/", _page("News Center", _list("xinwen", ["州直机关开展志愿服务活动", "我州举办职业技能大赛",
                                                                   "边境贸易洽谈会开幕"], 6), lang="en"))
    # a bilingual list: Chinese headlines, each with its Uyghur line
    b.page(SEED + "shuangyu/", _page("双语动态 Bilingual News", _list("shuangyu", [
        "州民族团结进步宣传月启动 Unity month opens", "双语法律宣传进社区 Law in two languages"], 6)))
    # the Russian version (a border prefecture's): its own menu, stale news rows, a services page to the region's
    # platform — all the other version's
    rus_nav = ("<div class='rnav'><a href='/rus/'>Главная</a><a href='/rus/novosti/'>Новости</a>"
               "<a href='/rus/uslugi/'>Услуги</a></div>")
    b.page(SEED + "rus/", "<html lang='ru'><head><title>Народное правительство округа</title></head><body>"
           f"<a href='/'>中文</a>{rus_nav}" + _list("rus/novosti", [
               "Открылась приграничная ярмарка", "Заседание правительства округа"], 1) + "</body></html>")
    b.page(SEED + "rus/novosti/", "<html lang='ru'><head><title>Новости</title></head><body>"
           f"<a href='/'>中文</a>{rus_nav}" + _list("rus/novosti", [
               "Открылась приграничная ярмарка", "Заседание правительства округа", "Весенний сев начался"], 1)
           + "<p>新ICP备05000123号</p></body></html>")
    b.page(SEED + "rus/uslugi/", "<html lang='ru'><head><title>Услуги</title></head><body>"
           f"<a href='/'>中文</a>{rus_nav}<p>Государственные услуги онлайн: "
           "<a href='https://zwfw.xinjiang.gov.cn/'>Портал государственных услуг</a> (только на китайском языке)."
           "</p></body></html>")
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def test_a_foreign_language_version_is_no_part_of_the_chinese_site(tmp_path: Path) -> None:
    report = _site(tmp_path)
    columns = {c["url"] for c in report["columns"]}
    # the Russian lists (five months old) are no columns, so no stale column either
    assert not {u for u in columns if "/rus/" in u}
    assert not [f for f in report["findings"] if "/rus/" in (f.get("url") or "")]
    # the Chinese lists stay columns, whatever their address or English title, and so does the bilingual one
    assert {SEED + "dt/", SEED + "xinwen/", SEED + "shuangyu/"} <= columns
    # the Russian services page is not the Chinese site's 办事 entry: that one leads to a page that is gone
    service = report["elements"]["办事服务"]
    assert service["present"] is False
    assert "zwfw.xinjiang" not in str(service.get("url"))


def test_a_channel_tool_beside_its_letters_is_no_letter(tmp_path: Path) -> None:
    """A 信箱 whose buttons (留言查询, 我要留言) stand in the block holding its letters: the letters are its rows,
    the look-up button none."""
    b = SnapshotBuilder(SEED)
    b.page(SEED, _page("某州人民政府", "<a href='/zzxx/'>州长信箱</a>" + _list("dt", ["州政府召开常务会议",
                                                                                "全州春耕生产现场会举行"], 6)), depth=0)
    letters = "".join(
        f"<li><a href='/zzxx/show_{i}.html'>反映第{i}号小区停车难问题</a><i>2021-06-{10 + i}</i><i>2021-06-{12 + i}</i>"
        "</li>" for i in range(4))
    b.page(SEED + "zzxx/", _page("州长信箱", "<div class='mail'><a href='/zzxx/cx.html'>留言查询</a>"
                                 f"<a href='/zzxx/xx.html'>我要留言</a><ul class='letters'>{letters}</ul></div>"))
    report = run_checks(load_snapshot(b.write(tmp_path)), AS_OF)
    col = next(c for c in report["columns"] if c["url"] == SEED + "zzxx/")
    assert col["items"] == 4
