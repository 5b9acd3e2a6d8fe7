"""A round over local sample sites with the real `govweb inspect`: layout, ranking, expert input, resume."""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from govweb.campaign import RoundOptions, run_round
from govweb.errors import BadInput
from govweb.samplesites.server import SampleServer
from govweb.samplesites.tether import tethered

from .conftest import REFERENCE_AS_OF, REFERENCE_CRAWL, write_sites_csv

AS_OF = REFERENCE_AS_OF
CRAWL = REFERENCE_CRAWL
BAD_ROWS = ("9900000001,坏网址政府,htp//bad url,地市,990000", "bm99000001,某部门网站,http://www.example.gov.cn/,部门,",
            "9900000002,元数据网站,http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/,地市,990000")  # 169.254.169.254


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def attempts(out: Path) -> dict[str, tuple[str, int]]:
    if not (out / "round.sqlite").is_file():
        return {}
    with sqlite3.connect(out / "round.sqlite", timeout=5) as db:
        return {code: (state, n) for code, state, n in db.execute("SELECT code, state, attempts FROM sites")}


@pytest.fixture(scope="module")
def first_round(reference_round: tuple[Path, Path]) -> tuple[Path, Path]:
    return reference_round


def test_layout_results_and_summary(first_round: tuple[Path, Path], round_sites: list[dict[str, str]]) -> None:
    _, out = first_round
    measured = [s for s in round_sites if s["family"] != "blocked"]
    blocked = next(s for s in round_sites if s["family"] == "blocked")
    results = read_csv(out / "results.csv")
    assert sorted(r["网站标识码"] for r in results) == sorted(s["网站标识码"] for s in measured)
    for row in results:
        assert row["检查结果"] in ("合格", "不合格") and row["总分"] and row["排名"]
        assert "创新案例" in row["备注"]  # no expert file: the bonus is absent and the table says so
    unranked = read_csv(out / "not-ranked.csv")
    assert [r["网站标识码"] for r in unranked] == [blocked["网站标识码"]] and unranked[0]["类别"] == "未能测量"
    for site in round_sites:
        folder = out / "sites" / site["网站标识码"]
        assert (folder / "findings.json").is_file() and (folder / "diagnosis.xlsx").is_file()
        assert (folder / "diagnosis.html").is_file()
        assert "分类汇总" in openpyxl.load_workbook(folder / "diagnosis.xlsx").sheetnames
        assert not (folder / "screenshots.json").exists()  # no rendering, no --screenshots: no browser
    publication = (out / "publication.html").read_text(encoding="utf-8")
    # every ranked row says 合格/不合格 and its vetoes; the site that could not be measured is listed with its reason
    assert "<th" in publication and "检查结果</th>" in publication and "单项否决</th>" in publication
    for row in results:
        assert f">{row['检查结果']}</td>" in publication
        assert not row["单项否决"] or f">{row['单项否决']}</td>" in publication
    assert "未排名的网站" in publication and blocked["名称"] in publication and "拦截" in publication
    assert "政府政府" not in publication and "（blocked）" not in publication
    book = openpyxl.load_workbook(out / "inspection-summary.xlsx")
    regions = list(book["按地区汇总"].iter_rows(values_only=True))
    total = regions[-1]
    assert total[0] == "合计" and total[1] == 4 and total[2] == 3 and total[3] == 1
    assert total[5] + total[6] == 3 and total[7] == pytest.approx(total[5] / 3)
    skipped = list(book["已跳过的行"].iter_rows(values_only=True))[1:]
    assert {row[1] for row in skipped} == {"9900000001", "bm99000001", "9900000002"}
    metadata = next(row for row in skipped if row[1] == "9900000002")
    assert metadata[0] == len(round_sites) + 4 and "地址受限" in str(metadata)  # its row number and the reason
    apart = list(book["不排名的网站"].iter_rows(values_only=True))[1:]
    assert [row[0] for row in apart] == [blocked["网站标识码"]]
    vetoed = [r for r in results if r["单项否决"]]
    assert all(r["检查结果"] == "不合格" for r in vetoed)


def test_expert_file_changes_totals_without_reinspecting(first_round: tuple[Path, Path], sample_server: SampleServer,
                                                         round_sites: list[dict[str, str]], tmp_path: Path) -> None:
    sites, reference = first_round
    out = tmp_path / "round"
    shutil.copytree(reference, out)  # the reference round stays as it was for the other tests
    before = {r["网站标识码"]: r for r in read_csv(out / "results.csv")}
    site_a, site_b = sorted(before)[:2]
    doc_b = json.loads((out / "sites" / site_b / "findings.json").read_text(encoding="utf-8"))
    if not doc_b["findings"]:
        site_a, site_b = site_b, site_a
        doc_b = json.loads((out / "sites" / site_b / "findings.json").read_text(encoding="utf-8"))
    removed_id = doc_b["findings"][0]["id"]
    options = RoundOptions(sites=sites, as_of=AS_OF, out=out, concurrency=2,
                           resolve=tuple(sample_server.resolve_args()), crawl_args=CRAWL,
                           publication_formats=(), diagnosis_formats=(".xlsx",), progress=False, screenshots=False)
    bad = tmp_path / "bad.csv"
    bad.write_text("网站标识码,创新案例指数,核减问题编号,核减理由,评审人,评审日期\n"
                   f"{site_b},0.5,no-such-id,误报,张三,2020-12-01\n1234567890,2,,,张三,2020-12-01\n", encoding="utf-8")
    mtime = (out / "results.csv").stat().st_mtime_ns
    with pytest.raises(BadInput) as caught:
        run_round(replace(options, expert=bad))
    assert {(p.row, p.column) for p in caught.value.problems} == {(3, "网站标识码"), (3, "创新案例指数")}
    with pytest.raises(BadInput) as caught:  # unknown finding id: only known after inspection, still nothing applied
        run_round(replace(options, expert=_write(tmp_path / "ids.csv", site_b, "no-such-id")))
    assert "no-such-id" in str(caught.value)
    assert (out / "results.csv").stat().st_mtime_ns == mtime
    expert = _write(tmp_path / "both.csv", site_b, removed_id, extra=f"{site_a},0.8,,,李四,2020-12-02\n")
    report = run_round(replace(options, expert=expert))
    assert report.inspected_now == 0 and report.already_done == 4
    after = {r["网站标识码"]: r for r in read_csv(out / "results.csv")}
    bonus = Decimal(10) * Decimal("0.8")
    assert Decimal(after[site_a]["总分"]) - Decimal(before[site_a]["总分"]) == bonus
    assert after[site_a]["创新案例指数"] == "0.80" and "创新案例" not in after[site_a]["备注"]
    reviewed = json.loads((out / "sites" / site_b / "reviewed.json").read_text(encoding="utf-8"))
    assert removed_id in {f["id"] for f in reviewed["removed_findings"]}
    assert removed_id not in {f["id"] for f in reviewed["findings"]}
    assert reviewed["review"]["reviewer"] == "张三" and reviewed["review"]["date"] == "2020-12-01"
    sheet = openpyxl.load_workbook(out / "sites" / site_b / "diagnosis.xlsx")["人工核减"]
    assert list(sheet.iter_rows(values_only=True))[1][0] == removed_id


def _write(path: Path, site: str, finding_id: str, extra: str = "") -> Path:
    path.write_text("网站标识码,创新案例指数,核减问题编号,核减理由,评审人,评审日期\n"
                    f"{site},,{finding_id},人工复核为误报,张三,2020-12-01\n{extra}", encoding="utf-8")
    return path


def _children_of_round(out: Path) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
            except OSError:
                continue
            if "govweb.campaign.child" in cmdline and str(out) in cmdline:
                pids.append(int(entry.name))
    return pids


def test_sigkill_then_rerun_resumes(tmp_path: Path, sample_server: SampleServer,
                                    round_sites: list[dict[str, str]]) -> None:
    sites = write_sites_csv(tmp_path / "sites.csv", round_sites)
    resolve = tmp_path / "resolve.txt"
    resolve.write_text("\n".join(sample_server.resolve_args()), encoding="utf-8")
    out = tmp_path / "out"
    argv = [sys.executable, "-c", "from govweb.cli import main; main()", "evaluate", "--sites", str(sites),
            "--as-of", AS_OF.isoformat(), "--out", str(out), "--concurrency", "1", "--resolve-file", str(resolve),
            "--max-pages", "40", "--render", "never", "--diagnosis", "xlsx", "--publication", "md", "--no-screenshots"]
    proc = subprocess.Popen(tethered(argv), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        time.sleep(0.2)
        try:  # the journal may not have its tables yet
            states = attempts(out)
        except sqlite3.OperationalError:
            continue
        done = sum(1 for state, _ in states.values() if state == "done")
        if done >= 1 and any(state == "running" for state, _ in states.values()):
            break
    else:
        proc.kill()
        pytest.fail("the round did not get going")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    for _ in range(50):  # the running inspection dies with the round (PR_SET_PDEATHSIG)
        if not _children_of_round(out):
            break
        time.sleep(0.1)
    assert _children_of_round(out) == []
    before = attempts(out)
    assert sum(1 for state, _ in before.values() if state == "running") <= 1  # --concurrency 1
    done_before = {code for code, (state, _) in before.items() if state == "done"}
    stamps = {code: (out / "sites" / code / "findings.json").stat().st_mtime_ns for code in done_before}
    rerun = subprocess.run(argv, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    after = attempts(out)
    assert all(state == "done" for state, _ in after.values()) and len(after) == len(round_sites)
    for code in done_before:
        assert after[code][1] == 1  # not inspected again
        assert (out / "sites" / code / "findings.json").stat().st_mtime_ns == stamps[code]
    for code, (state, _) in before.items():
        if state == "running":
            assert after[code][1] == 2  # picked up again; its crawl folder resumed
            crawl = json.loads((out / "sites" / code / "crawl.json").read_text(encoding="utf-8"))
            urls = [p["url"] for p in crawl["pages"]]
            assert len(urls) == len(set(urls))
    assert len(read_csv(out / "results.csv")) + len(read_csv(out / "not-ranked.csv")) == len(round_sites)


def test_report_site_in_a_round_folder(first_round: tuple[Path, Path], round_sites: list[dict[str, str]],
                                       tmp_path: Path) -> None:
    _, out = first_round
    code = round_sites[0]["网站标识码"]
    target = tmp_path / "体检报告.html"
    result = subprocess.run([sys.executable, "-c", "from govweb.cli import main; main()", "report-site",
                             str(out / "sites" / code), "--out", str(target)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    html = target.read_text(encoding="utf-8")
    assert round_sites[0]["名称"] in html and "本轮同级平均" in html  # tier from site.json, means from results.csv


def test_points_at_stake_end_to_end(first_round: tuple[Path, Path], sample_server: SampleServer,
                                    round_sites: list[dict[str, str]], tmp_path: Path) -> None:
    """Real inspections of sample sites with planted defects: findings.json carries the measurements, stakes are
    real and ordered, removing a finding (expert input) raises the total by its stake, 创新案例 adds 10 × it."""
    import shutil

    from govweb.publish.diagnosis import build_diagnosis
    from govweb.review import read_expert
    from govweb.scoring import load_methodology
    from govweb.scoring.stake import points_at_stake, points_at_stake_by_check, points_if_all_fixed

    cstc = load_methodology("cstc-2020")
    _, out = first_round
    truth = sample_server.ground_truth()["sites"]
    checked_any = False
    for site in round_sites:
        if site["family"] == "blocked":
            continue
        code, tier = site["网站标识码"], site["级别"]
        folder = out / "sites" / code
        doc = json.loads((folder / "findings.json").read_text(encoding="utf-8"))
        assert doc["site"]["code"] == code and isinstance(doc["metrics"], dict)
        assert all(isinstance(f["metric_deltas"], dict) for f in doc["findings"])
        planted = {d["check"] for d in truth[code]["findings"]}
        stakes = points_at_stake(doc, cstc, tier)
        assert [s.points for s in stakes] == sorted((s.points for s in stakes), reverse=True)
        assert len(stakes) == len(doc["findings"]) and all(s.points >= 0 for s in stakes)
        by_check: dict[str, Decimal] = {}
        for s in stakes:
            by_check[s.check] = max(by_check.get(s.check, Decimal(0)), s.points)
        # a planted defect whose item cannot saturate is worth points: yes/no items, elements, broken links
        for check in planted & {"no-ipv6", "insecure-transport", "missing-element", "broken-link",
                                "no-mobile-viewport", "homepage-stale", "empty-column"}:
            if check in by_check:
                assert by_check[check] > 0, (code, check)
        # per check, all its findings fixed together: at least its best single finding, largest first; every
        # finding fixed together: at least any one check
        groups = points_at_stake_by_check(doc, cstc, tier)
        assert [g.points for g in groups] == sorted((g.points for g in groups), reverse=True)
        assert {g.check: g.count for g in groups} == Counter(str(f["check"]) for f in doc["findings"])
        for group in groups:
            assert group.points >= by_check[str(group.check)], (code, group)
        every = points_if_all_fixed(doc, cstc, tier)
        assert every.count == len(stakes) and all(every.points >= g.points for g in groups)
        diagnosis = build_diagnosis(folder, cstc, tier=tier, site_code=code)
        assert [(g.check, g.points) for g in diagnosis.by_check] == [(g.check, g.points) for g in groups]
        assert diagnosis.stake_total == every.points
        if not stakes or stakes[0].points <= 0:
            continue
        checked_any = True
        # remove the largest-stake finding through an expert file: the diagnosis total rises by its stake
        top = stakes[0]
        expert = tmp_path / f"{code}.csv"
        expert.write_text("网站标识码,核减问题编号,核减理由,评审人,评审日期\n"
                          f"{code},{top.finding_id},复核为误报,王五,2020-12-03\n", encoding="utf-8")
        known = {code: [str(f["id"]) for f in doc["findings"]]}
        before = build_diagnosis(folder, cstc, tier=tier, site_code=code)
        after = build_diagnosis(folder, cstc, tier=tier, site_code=code, expert=read_expert(expert, cstc, known))
        assert before.total is not None and after.total is not None
        spec = cstc.tiers[tier]
        # rounding: each changed index is rounded to 2 places on both sides, the total to 1 place
        slack = sum(spec.weights[i] for i in top.deltas if i in spec.weights) * Decimal("0.01") + Decimal("0.1")
        assert abs((after.total - before.total) - top.points) <= slack, (before.total, after.total, top)
        # the same through `govweb check --expert` on a copy of the site folder: identical findings.json bytes
        # (deterministic), reviewed.json with the finding removed and the indices recomputed
        copy = tmp_path / code
        shutil.copytree(folder, copy)
        result = subprocess.run([sys.executable, "-c", "from govweb.cli import main; main()", "check", str(copy),
                                 "--as-of", AS_OF.isoformat(), "--tier", tier, "--code", code,
                                 "--expert", str(expert)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        assert (copy / "findings.json").read_bytes() == (folder / "findings.json").read_bytes()
        reviewed = json.loads((copy / "reviewed.json").read_text(encoding="utf-8"))
        assert [f["id"] for f in reviewed["removed_findings"]] == [top.finding_id]
        for index, delta in top.deltas.items():
            assert reviewed["indices"][index] == pytest.approx(float(Decimal(str(doc["indices"][index])) + delta),
                                                               abs=6e-5)  # findings.json indices: 4 places
        # an expert 创新案例指数 adds 10 × its value (the tier's bonus weight)
        expert.write_text("网站标识码,创新案例指数,评审人,评审日期\n"
                          f"{code},0.65,王五,2020-12-03\n", encoding="utf-8")
        bonus = build_diagnosis(folder, cstc, tier=tier, site_code=code, expert=read_expert(expert, cstc, known))
        assert spec.bonus["创新案例"] == 10
        assert bonus.total is not None and bonus.total - before.total == Decimal("6.5")
    assert checked_any
