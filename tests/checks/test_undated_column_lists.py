"""Column lists that print no dates: a careful reader dates them from what the rows open — a letter's page (its
answer), the day an unopened document's address names — and counts a table of files, or of records a pager pages
through, as the column's entries."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.dates import upload_folder_day
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.sz.gov.cn/"
AS_OF = dt.date(2024, 6, 20)
FOOTER = "<div class='bottom'>主办单位：某州人民政府办公室 网站标识码：5301990002 滇ICP备06000002号</div>"
HOME = "<div class='yw'><a href='/news/202406/t20240619_8.html'>州政府召开安全生产工作会议</a><span>2024-06-19</span></div>"


def _site(tmp_path: Path, pages: dict[str, tuple[str, str]], extra: dict[str, str] | None = None) -> dict:
    """pages: path → (menu name and title, body of the content area); extra: path → whole page (not in the menu)."""
    nav = "<div class='daohang'>" + "".join(f"<a href='/{p}'>{n}</a>" for p, (n, _) in pages.items()) + "</div>"
    b = SnapshotBuilder(SEED)
    b.page(SEED, f"<html><head><title>某州人民政府</title></head><body>{nav}{HOME}{FOOTER}</body></html>", depth=0)
    for path, (name, body) in pages.items():
        b.page(SEED + path, f"<html><head><title>{name}|某州人民政府</title></head><body>{nav}"
                            f"<div class='weizhi'>首页 » {name}</div><div class='main'>{body}</div>{FOOTER}</body></html>")
    for path, html in (extra or {}).items():
        b.page(SEED + path, html)
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)


def _column(report: dict, path: str) -> dict | None:
    return next((c for c in report["columns"] if c["url"] == SEED + path), None)


def _stale(report: dict) -> set[str]:
    return {f["url"] for f in report["findings"] if f["check"] == "stale-column"}


def test_a_letter_list_is_dated_by_the_answer_its_letter_page_prints(tmp_path: Path) -> None:
    # a 书记信箱 table of titles and 处理状态 only; each letter's page prints when it was written and when answered:
    # the channel was last touched by the newest answer, not by the newest letter
    letters = [(41, "咨询城区学校划片范围", "2024-06-01", "2024-06-12"), (40, "反映小区路灯不亮", "2024-05-20", "2024-05-23"),
               (39, "建议增设公交站点", "2024-05-02", "2024-05-09")]
    rows = "".join(f"<tr><td><a href='/sjxx/show.aspx?lid={n}'>{t}</a></td><td>已答复</td></tr>" for n, t, _, _ in letters)
    pages = {f"sjxx/show.aspx?lid={n}": (
        f"<html><head><title>{t}</title></head><body><div class='xj'><p>信件标题：{t}</p><p>留言时间：{sent}</p>"
        f"<p>留言内容：……</p><p>回复时间：{answered}</p><p>回复内容：您好，……</p></div>{FOOTER}</body></html>")
        for n, t, sent, answered in letters}
    report = _site(tmp_path, {"sjxx/": ("书记信箱", f"<table class='xx'><tr><th>标题</th><th>处理状态</th></tr>{rows}</table>")},
                   extra=pages)
    col = _column(report, "sjxx/")
    assert col is not None and col["last_update"] == "2024-06-12"


def test_documents_the_crawl_did_not_open_take_the_day_their_address_names(tmp_path: Path) -> None:
    # title-only rows whose pages the crawl did not open: the CMS wrote each one's publication day into its address
    # (`/content/2024-06/03/content_51.htm`); a 规划计划 list whose addresses stop in early 2023 is stale (over 365
    # days); an address naming a day after the as-of date dates nothing. Beside such entries, a row too short for a
    # headline (全州防汛应急演练) is one of them, dated or not
    def rows(days: list[str], short: str = "") -> str:
        return "<ol class='wz'>" + "".join(
            f"<li><a href='/content/{d[:7]}/{d[8:]}/content_{50 - i}.htm'>关于做好第{i + 1}批重点项目申报工作的通知</a></li>"
            for i, d in enumerate(days)) + short + "</ol>"
    drill = "<li><a href='/content/2024-04/12/content_40.htm'>全州防汛应急演练</a></li>"
    report = _site(tmp_path, {
        "tzgg/": ("通知公告", rows(["2024-06-03", "2024-05-21", "2024-04-30"], drill)),
        "ghjh/": ("规划计划", rows(["2023-02-14", "2022-11-02", "2022-03-08"])),
        "gsgg/": ("公示公告", rows(["2024-07-01", "2024-05-11", "2024-04-02"])),
    })
    assert _column(report, "tzgg/")["last_update"] == "2024-06-03"   # type: ignore[index]
    assert _column(report, "tzgg/")["items"] == 4   # type: ignore[index]
    assert _column(report, "ghjh/")["last_update"] == "2023-02-14"   # type: ignore[index]
    assert _column(report, "gsgg/")["last_update"] == "2024-05-11"   # type: ignore[index]
    assert _stale(report) == {SEED + "ghjh/"}


def test_a_table_of_files_with_download_buttons_is_a_column(tmp_path: Path) -> None:
    # a 规范性文件 table: each row's name and its 下载 button open the same PDF, kept outside the list's folder: the
    # files are the list's documents (the buttons are no ways on to other places), dated by nothing printed
    rows = "".join(f"<tr><td><a href='/attach/gfxwj/{n}.pdf'>某州人民政府关于{t}的规定</a></td><td>某政规〔2024〕{n}号</td>"
                   f"<td><a href='/attach/gfxwj/{n}.pdf'>下载</a></td></tr>" for n, t in ((3, "加强野生菌市场管理"),
                                                                                    (2, "规范城市道路挖掘"),
                                                                                    (1, "促进旅游民宿发展")))
    report = _site(tmp_path, {"gfxwj/": ("规范性文件", f"<table class='wj'><tr><th>名称</th><th>文号</th><th>下载</th></tr>{rows}</table>")})
    col = _column(report, "gfxwj/")
    assert col is not None and col["items"] == 3 and col["last_update"] is None
    assert SEED + "gfxwj/" not in _stale(report)   # (files of unknown date: not measured, never old)


def test_files_in_six_digit_upload_folders_take_their_upload_day(tmp_path: Path) -> None:
    # DedeCMS keeps an upload under a folder named for its day, yymmdd (`/uploads/media/231120/…`): a 政策文件 list of
    # such files is dated by its newest upload (213 days: stale); six digits that read as a year and month too
    # (`/upload/201203/`) name no day
    assert upload_folder_day("http://x.gov.cn/uploads/media/231120/3-2311201A2.doc") == (2023, 11, 20)
    assert upload_folder_day("http://x.gov.cn/upload/201203/a.pdf") is None
    assert upload_folder_day("http://x.gov.cn/files/231120/a.pdf") is None   # (no upload folder: an id)
    rows = "".join(f"<p class='wj'><a href='/uploads/media/{d}/3-{d}1{n}.doc'>某州人民政府关于印发第{n}号实施办法的通知</a></p>"
                   for n, d in ((3, "231120"), (2, "230915"), (1, "230302")))
    report = _site(tmp_path, {"zcwj/": ("政策文件", rows)})
    col = _column(report, "zcwj/")
    assert col is not None and col["last_update"] == "2023-11-20"
    assert SEED + "zcwj/" in _stale(report)


def test_a_file_a_download_script_serves_is_dated_by_its_name(tmp_path: Path) -> None:
    # a 统计数据 list of files fetched through a download script, the file named in its query with its day
    # (`getfile.php?name=tjyb20240531.xls`); the list pages through them (共 3 条)
    rows = "".join(f"<li><a href='/include/getfile.php?fid={n}&amp;name=tjyb{d}.xls'>某州{d[:4]}年{int(d[4:6])}月统计月报</a></li>"
                   for n, d in ((9, "20240531"), (8, "20240430"), (7, "20240329")))
    report = _site(tmp_path, {"tjsj/": ("统计数据", f"<ul class='sj'>{rows}</ul><div class='fy'>共 3 条</div>")})
    col = _column(report, "tjsj/")
    assert col is not None and col["items"] == 3 and col["last_update"] == "2024-05-31"


def test_a_pager_printed_in_pieces_makes_numbered_records_a_list(tmp_path: Path) -> None:
    # title-only rows on a dynamic script's addresses (`/show.php?tid=…`), the list's pager printing its count in
    # pieces (共<b>4</b>页<b>37</b>条): records of a list, of unknown date — a column, never a stale one
    rows = "".join(f"<div class='t'><a href='/show.php?tid={n}'>{v}村{q}季度财务收支公开</a></div>"
                   for n, v, q in ((88, "东坡", "第二"), (87, "西岭", "第二"), (85, "南湾", "第一"), (84, "北冲", "第一")))
    report = _site(tmp_path, {"cwgk/": ("村务公开", f"{rows}<div class='fenye'>共<b>4</b>页<b>37</b>条</div>")})
    col = _column(report, "cwgk/")
    assert col is not None and col["items"] == 4 and col["last_update"] is None
    assert SEED + "cwgk/" not in _stale(report)
