"""`govweb sites import FILE [--tiers …] [--db URL]`: the registry validates, the store keeps; bad rows are listed
and skipped, the rest imported; exit 2 when nothing can be imported."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from clirun import Govweb
from govweb.store import open_store

NATIONAL = resources.files("govweb") / "data" / "gov-sites" / "2023-03-09-local-sites.csv"


def test_the_whole_national_directory(govweb: Govweb, tmp_path: Path) -> None:
    db = tmp_path / "govweb.sqlite"
    result = govweb("sites", "import", str(NATIONAL), "--tiers", "区县", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "已导入 13385 个网站" in result.stdout and "新增 13385 个" in result.stdout
    assert "规范首页网址 768 个" in result.stdout and "网站状态非「正常」14 个" in result.stdout
    with open_store(str(db)) as store:
        assert store.count_sites() == 13385
        first = store.site("1100000005")
        assert first is not None
        assert (first.name, first.owner, first.registry_status, first.tiers) == (
            "北京市交通委员会", "北京市交通委员会", "正常", ("区县",))
        assert first.source == "2023-03-09-local-sites.csv" and first.source_row == 2
        assert len(store.sites(admin_prefix="3201")) > 0
        bingtuan = [s for s in store.sites() if s.code.startswith("BT")]
        assert len(bingtuan) == 42 and all(s.admin_code is None for s in bingtuan)
    again = govweb("sites", "import", str(NATIONAL), "--tiers", "区县", "--db", str(db))
    assert again.returncode == 0 and "未变 13385 个" in again.stdout


def test_bad_rows_are_listed_and_skipped(govweb: Govweb, tmp_path: Path) -> None:
    sites = tmp_path / "sites.csv"
    sites.write_text("网站标识码,名称,首页网址,级别,行政区划代码\n"
                     "3201000001,南京市人民政府,http://www.nanjing.gov.cn/,副省级城市,320100\n"
                     "12345,坏标识码,http://a.gov.cn/,地市,\n"
                     "3202000001,无锡市人民政府,www.wuxi.gov.cn ,地市,320200\n"
                     "3203000001,徐州市人民政府,http://www.xz.gov.cn/,地级市,320300\n", encoding="utf-8")
    result = govweb("sites", "import", str(sites), env={"GOVWEB_DB": f"sqlite:///{tmp_path}/env.sqlite"})
    assert result.returncode == 0, result.stderr
    assert "已导入 2 个网站" in result.stdout and "跳过 2 行" in result.stdout
    assert "第 3 行，列「网站标识码」：网站标识码「12345」格式不对" in result.stdout
    assert "第 5 行，列「级别」：级别「地级市」不是已知级别" in result.stdout
    assert "用 --details 逐条列出" in result.stdout
    with open_store(f"sqlite:///{tmp_path}/env.sqlite") as store:  # GOVWEB_DB, since --db was not given
        assert [s.code for s in store.sites()] == ["3201000001", "3202000001"]
        assert store.site("3202000001").url == "http://www.wuxi.gov.cn"  # type: ignore[union-attr]
    details = govweb("sites", "import", str(sites), "--details", "--db", str(tmp_path / "env.sqlite"))
    assert "补全协议" in details.stdout and "未变 2 个" in details.stdout


def test_nothing_to_import_is_exit_2_and_writes_nothing(govweb: Govweb, tmp_path: Path) -> None:
    sites = tmp_path / "sites.csv"
    sites.write_text("网站标识码,名称,首页网址,级别\n1,甲,http://a.gov.cn/,地市\n2,乙,http://b.gov.cn/,乡镇\n",
                     encoding="utf-8")
    result = govweb("sites", "import", str(sites), cwd=tmp_path, env={"GOVWEB_DB": ""})
    assert result.returncode == 2
    assert "没有可导入的网站" in result.stderr and "第 2 行" in result.stderr and "第 3 行" in result.stderr
    assert not (tmp_path / "govweb.sqlite").exists()

    missing = govweb("sites", "import", str(tmp_path / "nope.csv"), cwd=tmp_path)
    assert missing.returncode == 2 and "找不到网站名录文件" in missing.stderr and "nope.csv" in missing.stderr
    export = govweb("sites", "import", str(NATIONAL), cwd=tmp_path)
    assert export.returncode == 2 and "--tiers" in export.stderr
    bad_db = govweb("sites", "import", str(NATIONAL), "--tiers", "区县", "--db", "mysql://x/y", cwd=tmp_path)
    assert bad_db.returncode == 2 and "不支持的数据库「mysql」" in bad_db.stderr
    assert not (tmp_path / "govweb.sqlite").exists()


def test_tiers_from_a_file_into_postgresql(govweb: Govweb, tmp_path: Path, postgres_server: object,
                                          postgres_database: str) -> None:
    tiers = tmp_path / "tiers.csv"
    tiers.write_text("网站标识码,级别\n1100000005,直辖市\n3201000001,副省级城市\n", encoding="utf-8")
    url = postgres_server.create_schema(postgres_database)  # type: ignore[attr-defined]
    result = govweb("sites", "import", str(NATIONAL), "--tiers", str(tiers), "--db", url)
    assert result.returncode == 0, result.stderr
    assert "已导入 2 个网站" in result.stdout and "未指定级别而未导入 13383 行" in result.stdout
    with open_store(url) as store:
        assert [(s.code, s.tiers) for s in store.sites()] == [("1100000005", ("直辖市",)), ("3201000001", ("副省级城市",))]


def test_findings_of_a_kind_across_a_round(govweb: Govweb, tmp_path: Path) -> None:
    """`govweb rounds findings`: every site with a stale 政策文件 column, on screen and as CSV; unknown round: exit 2."""
    import csv
    import datetime

    from govweb.registry import Site
    from govweb.scoring import load_methodology
    from govweb.store import InspectionOutcome

    db = str(tmp_path / "govweb.sqlite")

    def stale(code: str, key: str, column_type: str) -> dict[str, object]:
        return {"id": f"stale-column:{key}", "check": "stale-column", "index": "信息发布", "type": column_type,
                "url": f"http://www.{code}.gov.cn/{key}/", "message": f"{column_type}栏目超过期限未更新",
                "evidence": {}, "metric_deltas": {}}

    with open_store(db) as store:
        store.open_round("2020", load_methodology("cstc-2020"), datetime.date(2020, 11, 26))
        store.add_round_sites("2020", [Site(code, f"网站{code}", f"http://www.{code}.gov.cn/", "地市", code[:6])
                                       for code in ("3201000001", "3202000001", "3203000001")])
        store.record_inspections("2020", [
            InspectionOutcome("3201000001", "measured", findings=[stale("3201000001", "a", "政策文件"),
                                                                   stale("3201000001", "b", "动态要闻")]),
            InspectionOutcome("3202000001", "measured", findings=[stale("3202000001", "c", "政策文件")]),
            InspectionOutcome("3203000001", "measured", findings=[stale("3203000001", "d", "通知公告")])])
    shown = govweb("rounds", "findings", "2020", "--check", "stale-column", "--type", "政策文件", "--db", db)
    assert shown.returncode == 0, shown.stderr
    assert "3201000001" in shown.stdout and "3202000001" in shown.stdout and "3203000001" not in shown.stdout
    assert "共 2 个网站，2 个问题" in shown.stdout
    out = tmp_path / "stale.csv"
    written = govweb("rounds", "findings", "2020", "--type", "政策文件", "--out", str(out), "--db", db)
    assert written.returncode == 0, written.stderr
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["网站标识码"], r["问题编号"]) for r in rows] == [("3201000001", "stale-column:a"),
                                                              ("3202000001", "stale-column:c")]
    assert govweb("rounds", "findings", "2019", "--db", db).returncode == 2
