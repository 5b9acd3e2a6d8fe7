"""Sites files and the national directory export: reading, skipping bad rows, reporting, writing."""

from __future__ import annotations

import csv
import re
from dataclasses import replace
from importlib import resources
from pathlib import Path

import openpyxl
import pytest

from govweb.errors import BadInput
from govweb.registry import (
    Site,
    SitesResult,
    import_directory,
    read_registry,
    read_sites,
    tier_source,
    write_sites_csv,
)

HEADER = "网站标识码,名称,首页网址,级别,行政区划代码\n"
GOOD = (
    "1100000088,北京市人民政府,www.beijing.gov.cn,直辖市,\n"
    "5101000032,成都市人民政府,http://www.chengdu.gov.cn/,副省级城市,\n"
    "3501020001,福州市鼓楼区人民政府,HTTP://WWW.GL.GOV.CN:80/ ,区县,350102\n"
)


def _write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "sites.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _directory(name: str) -> Path:
    return Path(str(resources.files("govweb") / "data" / "gov-sites" / name))


# -- reading a sites file --------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_read_csv_in_each_encoding(tmp_path: Path, encoding: str) -> None:
    result = read_sites(_write(tmp_path, HEADER + GOOD, encoding))
    assert [s.site_code for s in result.sites] == ["1100000088", "5101000032", "3501020001"]
    beijing, _, gulou = result.sites
    assert (beijing.url, beijing.tier, beijing.admin_code, beijing.row) == (
        "http://www.beijing.gov.cn", "直辖市", "110000", 2,
    )
    assert (gulou.url, gulou.admin_code, gulou.row) == ("http://www.gl.gov.cn/", "350102", 4)
    assert [n.row for n in result.normalised] == [2, 4]
    assert "补全协议" in result.normalised[0].message
    assert {"去除首尾空白", "协议改为小写", "主机名改为小写", "去除默认端口 80"} <= set(
        re.split(r"[：；]", result.normalised[1].message)
    )
    assert result.skipped == []


def test_read_xlsx_with_numeric_cells(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "说明"
    book.active.append(["本表列出参评网站"])
    sheet = book.create_sheet("网站")
    sheet.append(["网站标识码", "网站名称", "首页网址", "级别", "行政区划代码", "备注"])
    sheet.append([1100000088, "北京市人民政府", "http://www.beijing.gov.cn/", "直辖市", None, "门户"])
    sheet.append([4403030001, "深圳市罗湖区人民政府", "http://www.szlh.gov.cn/", "区县", 440303, None])
    path = tmp_path / "sites.xlsx"
    book.save(path)
    result = read_sites(path)
    assert [(s.site_code, s.name, s.admin_code) for s in result.sites] == [
        ("1100000088", "北京市人民政府", "110000"),
        ("4403030001", "深圳市罗湖区人民政府", "440303"),
    ]
    assert result.sites[0].extra == {"备注": "门户"}
    assert "工作表「网站」" in result.file


def test_bad_rows_are_skipped_and_the_rest_goes_on(tmp_path: Path) -> None:
    rows = (
        "1100000088,北京市人民政府,http://www.beijing.gov.cn/,直辖市,\n"  # row 2: fine
        "110000008,缺一位,http://a.gov.cn/,区县,\n"  # row 3: malformed code
        "3300000068,浙江省人民政府,暂无,省、自治区,\n"  # row 4: bad URL
        "3200000084,江苏省人民政府,http://www.jiangsu.gov.cn/,省级,\n"  # row 5: unknown tier
        "bm01000001,中央部门网站,http://www.example.gov.cn/,直辖市,\n"  # row 6: fine (central form)
        "12BM010001,天津市财政局,http://cz.tj.gov.cn,直辖市,\n"  # row 7: fine (provincial department)
        ",无标识码,http://b.gov.cn/,区县,\n"  # row 8: empty code
        "4403030001,,http://c.gov.cn/,区县,44030\n"  # row 9: no name, bad admin code
        ",,,,\n"  # row 10: blank, ignored
        "BT00000020,新疆生产建设兵团,www.xjbt.gov.cn,省、自治区,\n"  # row 11: fine (兵团)
    )
    result = read_sites(_write(tmp_path, HEADER + rows))
    assert [(s.site_code, s.admin_code) for s in result.sites] == [
        ("1100000088", "110000"), ("bm01000001", None), ("12BM010001", "120000"), ("BT00000020", None),
    ]
    skipped = {s.row: s for s in result.skipped}
    assert sorted(skipped) == [3, 4, 5, 8, 9]
    assert "格式不对" in skipped[3].reason and skipped[3].column == "网站标识码"
    assert "不是有效的网址" in skipped[4].reason and skipped[4].column == "首页网址"
    assert "级别「省级」不是已知级别" in skipped[5].reason and skipped[5].column == "级别"
    assert "网站标识码为空" in skipped[8].reason
    assert "名称为空" in skipped[9].reason and "应为 6 位数字" in skipped[9].reason
    assert "跳过 5 行" in result.summary()
    assert any("第 4 行" in str(p) and "已跳过" in str(p) for p in result.problems())


def test_duplicates_are_merged_or_skipped(tmp_path: Path) -> None:
    rows = (
        "5101000032,成都市人民政府,http://www.chengdu.gov.cn/,副省级城市,\n"
        "5101000032,成都市人民政府,http://www.chengdu.gov.cn/,省会城市,\n"  # same site, second tier
        "5101000032,成都市人民政府,http://www.chengdu.gov.cn/,省会城市,\n"  # plain duplicate
        "5101000032,成都市人民政府,http://other.chengdu.gov.cn/,地市,\n"  # same code, another URL
    )
    result = read_sites(_write(tmp_path, HEADER + rows))
    assert len(result.sites) == 1
    assert result.sites[0].tiers == ("副省级城市", "省会城市")
    assert [n.row for n in result.duplicates] == [3]
    assert [(s.row, "与第 2 行重复" in s.reason) for s in result.skipped] == [(4, True), (5, True)]
    assert "首页网址不同" in result.skipped[1].reason
    assert result.duplicate_rows == {"5101000032": [2, 3, 4, 5]}
    assert "网站标识码重复 1 个" in result.summary()


def test_missing_columns_are_bad_input(tmp_path: Path) -> None:
    with pytest.raises(BadInput) as info:
        read_sites(_write(tmp_path, "网站标识码,网址,级别\n1100000088,http://a.gov.cn/,直辖市\n"))
    text = str(info.value)
    assert "「名称」或「网站名称」" in text and "「首页网址」" in text and info.value.exit_code == 2


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"", "空文件"),
        (b"\xef\xbb\xbf\r\n", "空文件"),
        (HEADER.encode(), "没有数据行"),
        (HEADER.encode() + b"1100000088,\xff\xfe\xfa\xfb,http://a.gov.cn/,\x80\x80\x80,\n", "编码无法识别"),
        (b"PK\x03\x04 not really a workbook", "XLSX"),
    ],
)
def test_unreadable_files_are_bad_input(tmp_path: Path, content: bytes, why: str) -> None:
    path = tmp_path / ("sites.xlsx" if why == "XLSX" else "sites.csv")
    path.write_bytes(content)
    with pytest.raises(BadInput) as info:
        read_sites(path)
    assert why in str(info.value)


# -- writing ---------------------------------------------------------------------------------------------


def test_write_then_read_round_trip(tmp_path: Path) -> None:
    rows = GOOD + "5101000032,成都市人民政府,http://www.chengdu.gov.cn/,省会城市,\n"
    first = read_sites(_write(tmp_path, "网站标识码,网站名称,首页网址,级别,行政区划代码,family\n"
                              + rows.replace(",\n", ",,x\n").replace(",350102\n", ",350102,y\n")))
    out = tmp_path / "out" / "sites.csv"
    write_sites_csv(first.sites, out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf\xe7\xbd\x91")  # BOM, then 网站标识码
    again = read_sites(out)
    assert [replace(s, row=None) for s in again.sites] == [replace(s, row=None) for s in first.sites]
    assert again.normalised == [] and again.skipped == []
    assert [s.extra for s in again.sites] == [s.extra for s in first.sites]
    assert next(csv.reader(out.open(encoding="utf-8-sig")))[-1] == "family"
    assert [p.name for p in out.parent.iterdir()] == ["sites.csv"]  # no temporary file left


def test_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "sites.csv"
    target.write_text("old", encoding="utf-8")
    good = Site("1100000088", "北京市人民政府", "http://www.beijing.gov.cn/", "直辖市", "110000")
    unencodable = Site("1200000052", "天津\ud800", "http://www.tj.gov.cn/", "直辖市", "120000")
    with pytest.raises(UnicodeEncodeError):
        write_sites_csv([good, unencodable], target)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["sites.csv"]


# -- the national directory export -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def local_rows() -> list[dict[str, str]]:
    with _directory("2023-03-09-local-sites.csv").open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def local_import() -> SitesResult:
    return import_directory(_directory("2023-03-09-local-sites.csv"), "地市")


def _has_scheme(url: str) -> bool:
    return url.strip().lower().startswith(("http://", "https://"))


def test_directory_import_counts(local_rows: list[dict[str, str]], local_import: SitesResult) -> None:
    result = local_import
    assert len(local_rows) == 13385
    # Every row imports: all site codes are well formed (42 of them 兵团 BT…, 6 department …BM…), no URL is
    # beyond repair, no code is listed twice.
    assert (len(result.sites), len(result.skipped), result.unselected) == (13385, 0, 0)
    assert sum(1 for r in local_rows if r["网站标识码"].startswith("BT")) == 42
    assert sum(1 for s in result.sites if s.admin_code is None) == 42
    assert result.duplicates == [] and result.duplicate_rows == {}

    notes = {n.row: n.message for n in result.normalised}
    # Stray spaces at either end, as the provenance note counts them (77): exactly these rows say so.
    padded = {i for i, r in enumerate(local_rows, start=2) if r["首页网址"] != r["首页网址"].strip()}
    assert len(padded) == 77
    assert padded == {row for row, message in notes.items() if "去除首尾空白" in message}
    # No usable scheme: 647 bare host names, 10 http:/ or http// and 2 with a full-width colon = 659;
    # with the 4 bare portals of the provincial file, the 663 of the provenance note.
    no_scheme = {i for i, r in enumerate(local_rows, start=2) if not _has_scheme(r["首页网址"])}
    bare = {i for i in no_scheme if not local_rows[i - 2]["首页网址"].strip().lower().startswith("http")}
    assert (len(no_scheme), len(bare)) == (659, 647)
    assert bare == {row for row, message in notes.items() if "补全协议" in message}
    portals = list(csv.DictReader(_directory("2023-03-09-provincial-portals.csv").open(encoding="utf-8-sig")))
    assert len(no_scheme) + sum(1 for r in portals if not _has_scheme(r["首页网址"])) == 663
    # A row is reported as normalised exactly when its URL was not already clean.
    clean = re.compile(r"https?://[a-z0-9.-]+(:\d+)?(/[\x21-\x7e]*)?")
    messy = {i for i, r in enumerate(local_rows, start=2)
             if not clean.fullmatch(r["首页网址"]) or re.search(r"[,;]", r["首页网址"])}
    assert messy == set(notes)
    assert len(notes) == 768
    for site in result.sites:
        assert clean.fullmatch(site.url.lower()), site.url


def test_directory_status_is_reported(local_rows: list[dict[str, str]], local_import: SitesResult) -> None:
    not_open = {i for i, r in enumerate(local_rows, start=2) if r["网站状态"] != "正常"}
    assert len(not_open) == 14
    assert {n.row for n in local_import.not_open} == not_open
    assert all("例外" in n.message for n in local_import.not_open)
    assert local_import.sites[0].extra["网站主管单位"] == "北京市交通委员会"


def test_directory_tiers_by_mapping_and_function(tmp_path: Path) -> None:
    portals = _directory("2023-03-09-provincial-portals.csv")
    chosen = import_directory(portals, {"1100000088": "直辖市", "3200000084": "省、自治区", "5100000062": "省级"})
    assert [(s.site_code, s.tier, s.url) for s in chosen.sites] == [
        ("1100000088", "直辖市", "http://www.beijing.gov.cn"),
        ("3200000084", "省、自治区", "http://www.jiangsu.gov.cn"),
    ]
    assert chosen.unselected == 29 and "级别「省级」" in chosen.skipped[0].reason
    municipal = {"11", "12", "31", "50"}
    by_rule = import_directory(
        portals, lambda row: "直辖市" if row["网站标识码"][:2] in municipal else "省、自治区"
    )
    assert [s.tier for s in by_rule.sites].count("直辖市") == 4 and len(by_rule.sites) == 32
    with pytest.raises(BadInput) as info:
        import_directory(portals, {"9900000001": "地市"})
    assert "9900000001" in str(info.value)
    with pytest.raises(BadInput):
        import_directory(portals, "省")


def test_tier_source_reads_a_file_or_names_one_tier(tmp_path: Path) -> None:
    assert tier_source("区县") == "区县"
    mapping = tmp_path / "tiers.csv"
    mapping.write_text("网站标识码,级别\n1100000088, 直辖市\n3200000084,\n", encoding="utf-8")
    assert tier_source(str(mapping)) == {"1100000088": "直辖市"}  # rows without a tier choose nothing
    portals = _directory("2023-03-09-provincial-portals.csv")
    chosen = read_registry(portals, str(mapping))
    assert [(s.site_code, s.tier) for s in chosen.sites] == [("1100000088", "直辖市")] and chosen.unselected == 31
    no_tier = tmp_path / "codes.csv"
    no_tier.write_text("网站标识码\n1100000088\n", encoding="utf-8")
    with pytest.raises(BadInput, match="缺少必需的列"):
        tier_source(str(no_tier))
    with pytest.raises(BadInput, match="看来是全国政府网站名录的导出文件"):
        read_registry(portals)
