"""Every check against the hand-written site: each planted defect found, nothing else reported."""

from __future__ import annotations

import json
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot
from govweb.documents.findings import write_document

from . import minisite
from .conftest import AS_OF, scored

IDENTITY = {"broken-link": "target", "stale-column": "url", "empty-column": "url", "missing-element": "element",
            "unanswered-message": "url", "missing-interpretation": "url", "image-missing-alt": "url"}


def _found(report: dict) -> set[tuple[str, str | None]]:
    return {(f["check"], f.get(IDENTITY.get(f["check"], ""))) for f in report["findings"]}


def test_precision_and_recall_are_one(minisite_report: dict) -> None:
    assert _found(minisite_report) == minisite.EXPECTED


def test_columns_are_discovered_and_typed(minisite_report: dict) -> None:
    cols = {c["url"].removeprefix("http://www.example.gov.cn"): c for c in minisite_report["columns"]}
    assert cols["/xwzx/bmdt/"]["type"] == "动态要闻"
    assert cols["/xwzx/bmdt/"]["items"] == 3            # page 2 (index_1.html) merged through the TRS pager
    assert cols["/xwzx/bmdt/"]["shown"] == 2            # the rows of its first page
    assert "/xwzx/bmdt/index_1.html" not in cols
    assert cols["/tzgg/"] == {"name": "通知公告", "url": "http://www.example.gov.cn/tzgg/", "type": "通知公告",
                              "items": 2, "shown": 2, "last_update": "2020-04-30"}
    assert cols["/zcwj/"]["type"] == "政策文件" and cols["/zcwj/"]["last_update"] == "2020-10-08"
    assert cols["/zcjd/"]["type"] == "政策解读"
    assert cols["/rsxx/"]["items"] == 0
    assert cols["/ghjh/"]["items"] == 1 and cols["/ghjh/"]["last_update"] is None


def test_elements(minisite_report: dict) -> None:
    els = minisite_report["elements"]
    assert all(e["present"] for e in els.values()), [k for k, e in els.items() if not e["present"]]
    assert els["网站标识码"]["value"] == "3301000001"
    assert els["ICP备案号"]["value"] == "浙ICP备05012345号-1"
    assert els["公安机关备案号"]["value"] == "浙公网安备 33010202000123号"
    assert els["政府信息公开年报"]["value"] == "2019年"


def test_vetoes_and_inspection(minisite_report: dict) -> None:
    assert [v["rule"] for v in minisite_report["vetoes"]] == ["interaction-poor"]
    ins = minisite_report["inspection"]
    assert ins["result"] == "不合格"                     # a veto fails the sheet whatever the score
    assert 60 <= ins["score"] < 100
    assert sum(d["points"] for d in ins["deductions"]) == 100 - ins["score"]


def test_findings_carry_evidence_and_stable_ids(minisite_report: dict, minisite_dir: Path) -> None:
    for f in minisite_report["findings"]:
        assert f["id"].startswith(f["check"] + ":")
        assert f["evidence"]["url"].startswith("http") and f["evidence"]["warc_record"]
    again = run_checks(load_snapshot(minisite_dir), AS_OF)
    assert [f["id"] for f in again["findings"]] == [f["id"] for f in minisite_report["findings"]]


def test_same_snapshot_same_bytes(minisite_dir: Path, tmp_path: Path) -> None:
    a = write_document(scored(run_checks(load_snapshot(minisite_dir), AS_OF)), tmp_path / "a.json").read_bytes()
    b = write_document(scored(run_checks(load_snapshot(minisite_dir), AS_OF)), tmp_path / "b.json").read_bytes()
    assert a == b
    report = json.loads(a)
    assert list(report) == ["site", "crawl", "columns", "elements", "findings", "vetoes", "indices",
                            "metrics", "inspection", "warnings", "open_data", "schema_version"]
    assert list(report["site"]) == ["url", "name", "as_of", "status", "reason", "evidence"]
    assert report["site"]["evidence"]["complete"] is True and report["site"]["evidence"]["missing_records"] == 0


def test_later_as_of_makes_news_stale(minisite_dir: Path) -> None:
    import datetime as dt

    report = run_checks(load_snapshot(minisite_dir), dt.date(2020, 12, 20))
    found = _found(report)
    assert ("stale-column", "http://www.example.gov.cn/xwzx/bmdt/") in found
    assert ("homepage-stale", None) in found


def test_metric_deltas_recompute_each_measurement_with_the_cause_removed(minisite_report: dict) -> None:
    """Each finding's deltas are the measurement as if that one cause were gone, derived from the counts the
    measurement is computed from (see the planted site in minisite.py)."""
    import pytest

    m = minisite_report["metrics"]
    deltas = {(f["check"], f.get(IDENTITY.get(f["check"], ""))): f["metric_deltas"]
              for f in minisite_report["findings"]}
    site = minisite.SEED.rstrip("/")
    # one broken target: both rates fall back to 0 (the only broken link)
    assert deltas[("broken-link", site + "/dead-link.html")] == {
        "broken_link_rate_home": pytest.approx(-m["broken_link_rate_home"]),
        "broken_link_rate_site": pytest.approx(-m["broken_link_rate_site"])}
    # two stale columns out of n typed columns with entries: each one fixed adds 1/n to the fresh share
    stale = [deltas[("stale-column", site + p)] for p in ("/tzgg/", "/ghjh/")]
    n_typed = 2 / (1 - m["columns_fresh_share"])
    assert all(d == {"columns_fresh_share": pytest.approx(1 / n_typed)} for d in stale)
    assert deltas[("empty-column", site + "/rsxx/")] == {"empty_columns": -1.0}
    # the one uninterpreted document of three recent ones
    assert deltas[("missing-interpretation", site + "/zcwj/3.html")] == {
        "interpretation_share": pytest.approx(1 - m["interpretation_share"])}
    # a message answered in time: the in-time share rises by 1/messages
    for url in ("/hdjl/2.html", "/hdjl/3.html"):
        d = deltas[("unanswered-message", site + url)]
        assert d["answered_in_time_share"] == pytest.approx(1 / 3)
    assert deltas[("image-missing-alt", site + "/zjsl/")] == {"alt_share": pytest.approx(1 - m["alt_share"])}


def test_yes_no_measurements_become_one_when_fixed(tmp_path: Path) -> None:
    builder = minisite.build()
    builder.measurements = {**builder.measurements, "https": {"available": False, "error": "connect"},
                            "ipv6": {"aaaa": [], "connect_ok": False, "error": None}}
    report = run_checks(load_snapshot(builder.write(tmp_path)), AS_OF)
    by_check = {f["check"]: f for f in report["findings"]}
    assert report["metrics"]["https"] == 0.0 and report["metrics"]["ipv6"] == 0.0
    assert by_check["insecure-transport"]["metric_deltas"] == {"https": 1.0}
    assert by_check["no-ipv6"]["metric_deltas"] == {"ipv6": 1.0}
