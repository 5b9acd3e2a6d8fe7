"""The store's API on SQLite and PostgreSQL: sites, rounds, inspections and findings, leases, reviews and the
audit trail, results, publication lock, queries across a round and across rounds."""

from __future__ import annotations

import dataclasses
import datetime
import threading
from decimal import Decimal
from pathlib import Path

import pytest

from govweb.documents.expert import ExpertEntry, Removal
from govweb.errors import BadInput
from govweb.scoring.methodology import Methodology
from govweb.store import (
    SHANGHAI,
    InspectionOutcome,
    ResultRecord,
    ReviewRecord,
    RoundLocked,
    RoundMismatch,
    Store,
    UnknownRound,
    UnknownSites,
    reviews_from_expert,
)

from .conftest import AS_OF, finding, site

BEIJING, SHANGHAI_SITE, CHENGDU = "1100000088", "3100000099", "5101000001"


def _round(store: Store, methodology: Methodology, name: str = "2020", *codes: str) -> None:
    store.open_round(name, methodology, AS_OF)
    store.add_round_sites(name, [site(code) for code in codes or (BEIJING, SHANGHAI_SITE)])


def _stale(key: str, column_type: str = "政策文件") -> dict[str, object]:
    return finding("stale-column", key, type=column_type, url=f"http://x/{key}/", last_update="2020-03-01")


# -- sites ---------------------------------------------------------------------------------------------------


def test_sites_upsert_counts_changes_and_replaces_tiers(store: Store) -> None:
    chengdu = site(CHENGDU, "成都市人民政府", "副省级城市", "省会城市")
    beijing = dataclasses.replace(site(BEIJING, "北京市人民政府", "直辖市"), extra={
        "序号": "1", "网站主管单位": "北京市经信委", "网站状态": "正常", "备注": "门户"})
    counts = store.upsert_sites([chengdu, beijing], source="sites.csv")
    assert (counts.inserted, counts.updated, counts.unchanged) == (2, 0, 0)
    assert store.upsert_sites([chengdu, beijing], source="sites.csv").unchanged == 2

    stored = store.site(BEIJING)
    assert stored is not None
    assert (stored.owner, stored.registry_status, stored.extra) == ("北京市经信委", "正常", {"备注": "门户"})
    assert (stored.source, stored.source_row, stored.admin_code) == ("sites.csv", 2, "110000")
    assert store.site(CHENGDU).tiers == ("副省级城市", "省会城市")  # type: ignore[union-attr]

    renamed = site(CHENGDU, "成都市人民政府门户网站", "副省级城市")
    counts = store.upsert_sites([renamed])
    assert (counts.inserted, counts.updated, counts.unchanged) == (0, 1, 0)
    assert store.site(CHENGDU).tiers == ("副省级城市",)  # type: ignore[union-attr]
    assert store.site(CHENGDU).name == "成都市人民政府门户网站"  # type: ignore[union-attr]
    assert [s.code for s in store.sites(tier="副省级城市")] == [CHENGDU]
    assert [s.code for s in store.sites(admin_prefix="11")] == [BEIJING]
    assert store.count_sites() == 2 and store.site("0000000000") is None


# -- rounds --------------------------------------------------------------------------------------------------


def test_round_resumes_by_name_and_refuses_other_parameters(store: Store, methodology: Methodology) -> None:
    first = store.open_round("2020年度", methodology, AS_OF, folder="out/2020", settings={"max_pages": 500})
    assert not first.resumed and first.status == "open" and first.folder == "out/2020"
    again = store.open_round("2020年度", methodology, AS_OF)
    assert again.resumed and again.methodology_sha256 == first.methodology_sha256 and again.settings == {"max_pages": 500}
    assert store.round_methodology("2020年度") == methodology

    with pytest.raises(RoundMismatch) as as_of:
        store.open_round("2020年度", methodology, datetime.date(2020, 12, 1))
    assert "已有 2020-11-26，本次 2020-12-01" in str(as_of.value) and as_of.value.exit_code == 2

    weights = dict(methodology.tiers["地市"].weights)
    weights["信息发布"], weights["办事服务"] = weights["信息发布"] + 1, weights["办事服务"] - 1
    changed = methodology.model_copy(update={"tiers": {**methodology.tiers, "地市": methodology.tiers["地市"].model_copy(
        update={"weights": weights})}})
    with pytest.raises(RoundMismatch) as content:
        store.open_round("2020年度", changed, AS_OF)
    assert "评估方法" in str(content.value) and "内容摘要" in str(content.value)

    store.open_round("v", methodology, AS_OF, methodology_version="2020.1")
    with pytest.raises(RoundMismatch, match="版本"):
        store.open_round("v", methodology, AS_OF, methodology_version="2020.2")
    with pytest.raises(UnknownRound, match="没有名为「2021」"):
        store.round("2021")
    assert [r.name for r in store.rounds()] == ["2020年度", "v"]


# -- inspections and findings -------------------------------------------------------------------------------


def test_inspection_round_trip_and_findings_queries(store: Store, methodology: Methodology) -> None:
    _round(store, methodology)
    findings = [_stale("a"), _stale("b", "动态要闻"),
                finding("missing-element", "c", element="网站标识码", index="管理保障"),
                finding("broken-link", "d", url="http://x/404", source=["http://x/"], index="管理保障")]
    started = datetime.datetime(2020, 11, 26, 9, 30, tzinfo=SHANGHAI)
    store.record_inspection("2020", InspectionOutcome(
        BEIJING, "measured", started_at=started, finished_at=started + datetime.timedelta(seconds=75), seconds=75.0,
        timings={"crawl": 60.0, "checks": 15.0}, stats={"pages": 120}, site_dir="sites/1100000088",
        warc_path="sites/1100000088/crawl.warc.gz", screenshots_path="sites/1100000088/screenshots",
        metrics={"homepage_fresh": 1.0}, vetoes=[{"rule": "columns-stale", "reason": "…"}], findings=findings))
    store.record_inspection("2020", InspectionOutcome(SHANGHAI_SITE, "not-measured", reason="首页被防火墙拦截"))

    rows = store.findings("2020")
    assert [row.as_finding() for row in rows] == sorted(findings, key=lambda f: str(f["id"]))
    stale_policy = store.findings("2020", check="stale-column", type="政策文件")
    assert [(r.site_code, r.site_name, r.url) for r in stale_policy] == [(BEIJING, f"网站{BEIJING}", "http://x/a/")]
    assert [r.finding_id for r in store.findings("2020", element="网站标识码")] == ["missing-element:c"]
    assert len(store.findings("2020", index="管理保障")) == 2
    assert [r.finding_id for r in store.findings("2020", limit=2, offset=1)] == ["missing-element:c", "stale-column:a"]
    assert len(store.findings("2020", site_code=SHANGHAI_SITE)) == 0

    inspection = store.inspection("2020", BEIJING)
    assert inspection is not None
    assert (inspection.status, inspection.tiers, inspection.seconds) == ("measured", ("地市",), 75.0)
    assert inspection.started_at == started and inspection.started_at.utcoffset() == datetime.timedelta(hours=8)
    assert (inspection.warc_path, inspection.vetoes) == ("sites/1100000088/crawl.warc.gz",
                                                          [{"rule": "columns-stale", "reason": "…"}])
    not_measured = store.inspection("2020", SHANGHAI_SITE)
    assert not_measured is not None and (not_measured.status, not_measured.reason) == ("not-measured", "首页被防火墙拦截")
    assert [i.site_code for i in store.inspections("2020", status="measured")] == [BEIJING]


def test_recording_again_is_idempotent_and_keeps_human_decisions(store: Store, methodology: Methodology) -> None:
    _round(store, methodology)
    outcome = InspectionOutcome(BEIJING, "measured", findings=[_stale("a"), _stale("b"), _stale("c")])
    store.record_inspection("2020", outcome)
    store.set_finding_status("2020", BEIJING, "stale-column:a", "removed", actor="张三", reason="该页面是链接页")
    store.set_rectification("2020", BEIJING, "stale-column:b", "in-progress", actor="北京市", note="已安排更新")
    store.record_inspection("2020", outcome)
    assert [(r.finding_id, r.status, r.rectification) for r in store.findings("2020")] == [
        ("stale-column:a", "removed", None), ("stale-column:b", "open", "in-progress"), ("stale-column:c", "open", None)]

    # A re-inspection no longer reporting c: c goes, a new d comes, the decisions on a and b stay.
    store.record_inspection("2020", InspectionOutcome(BEIJING, "measured", findings=[_stale("a"), _stale("b"), _stale("d")]))
    assert [(r.finding_id, r.status) for r in store.findings("2020")] == [
        ("stale-column:a", "removed"), ("stale-column:b", "open"), ("stale-column:d", "open")]
    assert [(r.finding_id, r.status_reason) for r in store.findings("2020", status="removed")] == [
        ("stale-column:a", "该页面是链接页")]


def test_sites_must_be_known_and_outcomes_valid(store: Store, methodology: Methodology) -> None:
    _round(store, methodology)
    with pytest.raises(UnknownSites, match="1 个网站标识码") as unknown:
        store.record_inspection("2020", InspectionOutcome("4400000001", "measured"))
    assert "4400000001" in str(unknown.value)
    with pytest.raises(ValueError, match="status"):
        store.record_inspection("2020", InspectionOutcome(BEIJING, "done"))
    with pytest.raises(ValueError, match="lacks message"):
        store.record_inspection("2020", InspectionOutcome(BEIJING, "measured", findings=[{"id": "x:1", "check": "x"}]))
    with pytest.raises(ValueError, match="naive"):
        store.record_inspection("2020", InspectionOutcome(BEIJING, "measured", started_at=datetime.datetime(2020, 1, 1)))
    assert store.findings("2020") == [] and store.inspection("2020", BEIJING).status == "pending"  # type: ignore[union-attr]


# -- leases --------------------------------------------------------------------------------------------------


def test_leases_expire_and_pass_to_another_worker(store: Store, methodology: Methodology) -> None:
    _round(store, methodology)
    t0 = datetime.datetime(2020, 11, 26, 10, 0, tzinfo=SHANGHAI)
    assert store.acquire_lease("2020", BEIJING, "worker-1", 60, at=t0)
    assert not store.acquire_lease("2020", BEIJING, "worker-2", 60, at=t0 + datetime.timedelta(seconds=30))
    assert store.renew_lease("2020", BEIJING, "worker-1", 60, at=t0 + datetime.timedelta(seconds=50))
    assert store.expired_leases("2020", at=t0 + datetime.timedelta(seconds=100)) == []
    late = t0 + datetime.timedelta(seconds=111)
    assert store.expired_leases("2020", at=late) == [BEIJING]
    assert store.acquire_lease("2020", BEIJING, "worker-2", 60, at=late)   # the killed worker's site is taken over
    assert not store.renew_lease("2020", BEIJING, "worker-1", 60, at=late)  # and its heartbeat says: stop
    held = store.inspection("2020", BEIJING)
    assert held is not None and (held.worker_id, held.attempts, held.status) == ("worker-2", 2, "running")
    assert held.lease_expires_at == late + datetime.timedelta(seconds=60)

    store.record_inspection("2020", InspectionOutcome(BEIJING, "measured"))
    done = store.inspection("2020", BEIJING)
    assert done is not None and (done.worker_id, done.lease_expires_at, done.attempts) == (None, None, 2)
    assert done.started_at == late  # kept from the lease when the outcome gives no start time
    assert not store.acquire_lease("2020", BEIJING, "worker-3", 60)       # finished: never inspected again
    with pytest.raises(UnknownSites):
        store.acquire_lease("2020", "4400000001", "worker-1", 60)


def test_polite_leases_hold_one_site_per_host_and_dead_workers_are_released(store: Store,
                                                                            methodology: Methodology) -> None:
    store.open_round("2020", methodology, AS_OF)
    same_host = [site("3301000001", url="http://www.hz.gov.cn/"), site("3301000002", url="http://WWW.hz.gov.cn:8080/a/"),
                 site("3302000001", url="http://www.nb.gov.cn/")]
    store.add_round_sites("2020", same_host)
    assert store.acquire_lease("2020", "3301000001", "w1", 60, polite=True)
    assert not store.acquire_lease("2020", "3301000002", "w2", 60, polite=True)  # www.hz.gov.cn is being crawled
    assert store.acquire_lease("2020", "3302000001", "w2", 60, polite=True)
    states = store.job_states("2020")
    assert {code: (s.status, s.worker_id, s.attempts) for code, s in states.items()} == {
        "3301000001": ("running", "w1", 1), "3301000002": ("pending", None, 0), "3302000001": ("running", "w2", 1)}
    assert list(store.job_states("2020", ["3302000001"])) == ["3302000001"]

    assert store.release_leases("2020", ["w1", "w9"]) == 1  # w1 is known dead: its site is free at once
    assert store.job_states("2020")["3301000001"].status == "pending"
    assert store.acquire_lease("2020", "3301000002", "w2", 60, polite=True)
    store.record_inspection("2020", InspectionOutcome("3301000002", "failed", reason="超时", stats={"job": {"state": "failed"}}))
    done = store.job_states("2020")["3301000002"]
    assert (done.status, done.reason, done.job, done.worker_id) == ("failed", "超时", {"state": "failed"}, None)
    assert store.acquire_lease("2020", "3301000001", "w3", 60, polite=True)  # the host is free again


def test_concurrent_writers_wait_for_each_other(store: Store, methodology: Methodology) -> None:
    codes = [f"{330100 + n:06d}0001" for n in range(24)]
    _round(store, methodology, "2020", *codes)
    errors: list[BaseException] = []

    def work(part: list[str]) -> None:
        try:
            for code in part:
                assert store.acquire_lease("2020", code, threading.current_thread().name, 60)
                store.record_inspection("2020", InspectionOutcome(code, "measured", findings=[_stale(code)]))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(codes[n::4],), name=f"w{n}") for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert len(store.inspections("2020", status="measured")) == 24 and len(store.findings("2020")) == 24


# -- expert reviews, audit, publication ---------------------------------------------------------------------


def test_expert_file_lands_in_reviews_with_an_audit_trail(store: Store, methodology: Methodology) -> None:
    _round(store, methodology)
    store.record_inspection("2020", InspectionOutcome(BEIJING, "measured", findings=[_stale("a"), _stale("b")]))
    day = datetime.date(2020, 12, 3)
    entry = ExpertEntry(BEIJING, reviewers=["王五"], dates=[day], indices={"创新案例": Decimal("0.6")},
                        items={"info.columns_fresh": Decimal("0.8")},
                        removals=[Removal("stale-column:a", "专题栏目，不适用更新要求", "王五", day, 3)], source_rows=[2, 3])
    reviews = reviews_from_expert(entry, "expert.xlsx")
    assert store.record_reviews("2020", reviews) == 3
    assert store.record_reviews("2020", reviews) == 0  # the same file again changes nothing
    rows = store.reviews("2020", site_code=BEIJING)
    assert [(r.kind, r.target, r.value, r.reviewer, r.source) for r in rows] == [
        ("index", "创新案例", Decimal("0.6"), "王五", "expert.xlsx 第 2、3 行"),
        ("item", "info.columns_fresh", Decimal("0.8"), "王五", "expert.xlsx 第 2、3 行"),
        ("removal", "stale-column:a", None, "王五", "expert.xlsx 第 3 行")]
    assert [r.status for r in store.findings("2020")] == ["removed", "open"]

    # A second evaluator scores the same item independently: two rows; the first one changing their mind is audited.
    store.record_reviews("2020", [ReviewRecord(BEIJING, "index", "创新案例", "赵六", day, Decimal("0.7"), reason="案例新颖")])
    store.record_reviews("2020", [ReviewRecord(BEIJING, "index", "创新案例", "王五", day, Decimal("0.65"), reason="复核")])
    scores = {(r.reviewer, r.value) for r in store.reviews("2020") if r.target == "创新案例"}
    assert scores == {("王五", Decimal("0.65")), ("赵六", Decimal("0.7"))}
    trail = store.audit_trail(round_name="2020", site_code=BEIJING)
    assert [(a.actor, a.action) for a in trail] == [("王五", "review"), ("王五", "review"), ("王五", "finding-status"),
                                                     ("王五", "review"), ("赵六", "review"), ("王五", "review")]
    last = trail[-1]
    assert (last.old["value"], last.new["value"], last.reason) == ("0.6", "0.65", "复核")  # type: ignore[index]
    assert all(a.at.utcoffset() == datetime.timedelta(hours=8) for a in trail)

    with pytest.raises(BadInput, match="没有问题编号「stale-column:zzz」"):
        store.record_reviews("2020", [ReviewRecord(BEIJING, "removal", "stale-column:zzz", "王五", day, reason="误报")])
    with pytest.raises(ValueError, match="within 0–1"):
        store.record_reviews("2020", [ReviewRecord(BEIJING, "index", "创新案例", "王五", day, Decimal("1.5"))])


def test_an_accepted_appeal_strikes_the_finding(store: Store, methodology: Methodology) -> None:
    _round(store, methodology)
    store.record_inspection("2020", InspectionOutcome(BEIJING, "measured", findings=[_stale("a"), _stale("b")]))
    store.set_appeal("2020", BEIJING, "stale-column:a", "pending", actor="北京市", note="该栏目 2020-11-20 已更新，见截图")
    store.set_appeal("2020", BEIJING, "stale-column:b", "pending", actor="北京市", note="不服")
    store.set_appeal("2020", BEIJING, "stale-column:a", "accepted", actor="王五", note="核实已更新")
    store.set_appeal("2020", BEIJING, "stale-column:b", "rejected", actor="王五", note="页面仍未更新")
    store.record_inspection("2020", InspectionOutcome(BEIJING, "measured", findings=[_stale("a"), _stale("b")]))
    assert [(r.finding_id, r.appeal, r.status, r.status_reason) for r in store.findings("2020")] == [
        ("stale-column:a", "accepted", "removed", "申诉成立：核实已更新"), ("stale-column:b", "rejected", "open", None)]
    trail = [(a.actor, a.action, a.entity_key) for a in store.audit_trail(site_code=BEIJING)]
    assert trail == [("北京市", "appeal", "stale-column:a"), ("北京市", "appeal", "stale-column:b"),
                     ("王五", "appeal", "stale-column:a"), ("王五", "finding-status", "stale-column:a"),
                     ("王五", "appeal", "stale-column:b")]


def test_publication_locks_the_round(store: Store, methodology: Methodology, tmp_path: Path) -> None:
    _round(store, methodology)
    store.record_inspection("2020", InspectionOutcome(BEIJING, "measured", findings=[_stale("a")]))
    store.record_results("2020", [ResultRecord(BEIJING, "地市", {"信息发布": Decimal("0.82")}, Decimal("88.4"), 1, "合格")])
    report = tmp_path / "publication.pdf"
    report.write_bytes(b"%PDF-1.7 test")
    when = datetime.datetime(2020, 12, 15, 10, tzinfo=SHANGHAI)
    published = store.mark_published("2020", [report, tmp_path / "results.csv"], actor="评估办", at=when)
    assert published.published and published.published_at == when
    files = store.publications("2020")
    assert [(p.format, p.bytes, p.sha256 is not None) for p in files] == [("pdf", 13, True), ("csv", None, False)]

    day = datetime.date(2020, 12, 16)
    locked = [
        lambda: store.record_reviews("2020", [ReviewRecord(BEIJING, "index", "创新案例", "王五", day, Decimal("0.5"))]),
        lambda: store.set_finding_status("2020", BEIJING, "stale-column:a", "removed", actor="王五", reason="误报"),
        lambda: store.record_results("2020", []),
        lambda: store.record_inspection("2020", InspectionOutcome(BEIJING, "measured")),
        lambda: store.add_round_sites("2020", [site(CHENGDU)]),
        lambda: store.acquire_lease("2020", SHANGHAI_SITE, "w", 60),
        lambda: store.set_appeal("2020", BEIJING, "stale-column:a", "pending", actor="北京市", note="申诉"),
    ]
    for attempt in locked:
        with pytest.raises(RoundLocked, match="已于 2020-12-15 10:00 发布"):
            attempt()
    assert store.reviews("2020") == [] and store.findings("2020")[0].status == "open"
    assert len(store.results("2020")) == 1

    # 整改 follows publication: site owners may still mark findings.
    store.set_rectification("2020", BEIJING, "stale-column:a", "fixed", actor="北京市", note="已更新")
    assert store.findings("2020", rectification="fixed")[0].rectification_note == "已更新"
    again = store.mark_published("2020", [report], at=when + datetime.timedelta(days=1))
    assert again.published_at == when
    assert [a.action for a in store.audit_trail(round_name="2020")] == ["publish", "rectification"]


# -- results and history ------------------------------------------------------------------------------------


def test_results_are_exact_ordered_and_replaced(store: Store, methodology: Methodology) -> None:
    codes = ["3201000001", "3202000001", "3203000001", "1100000088"]
    store.open_round("2020", methodology, AS_OF)
    store.add_round_sites("2020", [site(code, tier="直辖市" if code == BEIJING else "地市") for code in codes])
    rows = [ResultRecord("3201000001", "地市", {"信息发布": Decimal("0.82"), "数据开放": None}, Decimal("94.8"), 1, "合格"),
            ResultRecord("3203000001", "地市", {"信息发布": Decimal("0.5")}, Decimal("60.0"), None, "不合格",
                         vetoes=["homepage-stale"], note="单项否决"),
            ResultRecord("3202000001", "地市", {"信息发布": Decimal("0.81")}, Decimal("94.8"), 1, "合格"),
            ResultRecord(BEIJING, "直辖市", {"信息发布": Decimal("1")}, Decimal("100.0"), 1, "合格")]
    assert store.record_results("2020", rows) == 4
    stored = store.results("2020")
    # Tiers in methodology order (直辖市 before 地市); rank, unranked last; ties by admin code.
    assert [(r.tier, r.site_code, r.rank) for r in stored] == [
        ("直辖市", BEIJING, 1), ("地市", "3201000001", 1), ("地市", "3202000001", 1), ("地市", "3203000001", None)]
    first = stored[1]
    assert first.total == Decimal("94.8") and str(first.total) == "94.8"
    assert first.indices == {"信息发布": Decimal("0.82"), "数据开放": None}
    assert stored[0].total == Decimal("100.0") and stored[3].vetoes == ["homepage-stale"]
    assert [r.site_code for r in store.results("2020", tier="直辖市")] == [BEIJING]

    store.record_results("2020", rows[:2])
    assert {r.site_code for r in store.results("2020")} == {"3201000001", "3203000001"}
    store.record_results("2020", rows[2:3], replace=False)
    assert len(store.results("2020")) == 3
    with pytest.raises(ValueError, match="检查结果"):
        store.record_results("2020", [ResultRecord(BEIJING, "直辖市", {}, None, None, "通过")])


def test_site_history_across_rounds(store: Store, methodology: Methodology) -> None:
    for name, as_of, total in (("2020", AS_OF, "88.4"), ("2019", datetime.date(2019, 11, 20), "80.1")):
        store.open_round(name, methodology, as_of)
        store.add_round_sites(name, [site(BEIJING, tier="直辖市")])
        store.record_inspection(name, InspectionOutcome(BEIJING, "measured", findings=[_stale("a"), _stale("b")]))
        store.record_results(name, [ResultRecord(BEIJING, "直辖市", {}, Decimal(total), 2, "合格")])
    store.set_finding_status("2020", BEIJING, "stale-column:b", "removed", actor="王五", reason="误报")
    history = store.site_history(BEIJING)
    assert [(h.round_name, h.as_of.year, h.inspection_status, h.open_findings, h.removed_findings) for h in history] == [
        ("2019", 2019, "measured", 2, 0), ("2020", 2020, "measured", 1, 1)]
    assert [h.results[0].total for h in history] == [Decimal("80.1"), Decimal("88.4")]
