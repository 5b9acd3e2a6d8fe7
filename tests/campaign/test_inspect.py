"""The per-site job in this process (`inspect_site`) and the one scoring entry (`score_site`): a round's files agree
with what `score_site` computes, and one site's failure stays that site's."""

from __future__ import annotations

import csv
import json
from decimal import Decimal
from pathlib import Path

from govweb.campaign.inspect import InspectOptions, inspect_site
from govweb.documents.findings import parse_findings
from govweb.documents.layout import SiteFolder
from govweb.registry import Site
from govweb.samplesites.server import SampleServer
from govweb.scoring.methodology import Methodology
from govweb.scoring.site import score_site

from .conftest import REFERENCE_AS_OF, REFERENCE_CRAWL


def _site(row: dict[str, str]) -> Site:
    return Site(row["网站标识码"], row["名称"], row["首页网址"], row["级别"], row["行政区划代码"])


def _options(tmp_path: Path, server: SampleServer, cstc: Methodology, **changes: object) -> InspectOptions:
    base = {"out": tmp_path, "as_of": REFERENCE_AS_OF, "methodology": cstc, "resolve": tuple(server.resolve_args()),
            "crawl_args": REFERENCE_CRAWL}
    return InspectOptions(**{**base, **changes})  # type: ignore[arg-type]


def test_round_files_are_what_score_site_computes(reference_round: tuple[Path, Path], cstc: Methodology) -> None:
    _, out = reference_round
    with open(out / "results.csv", encoding="utf-8-sig", newline="") as fh:
        rows = {row["网站标识码"]: row for row in csv.DictReader(fh)}
    checked = 0
    for folder in sorted((out / "sites").iterdir()):
        files = SiteFolder(folder)
        if not files.findings.is_file():
            continue
        meta = json.loads(files.site_meta.read_text(encoding="utf-8"))
        findings = json.loads(files.findings.read_text(encoding="utf-8"))
        parse_findings(findings, str(files.findings))            # every file the round wrote is a valid document
        score = score_site(findings, cstc, meta["tier"])
        assert score.document["indices"] == findings["indices"]   # the same automatic indices, recomputed
        reviewed = json.loads(files.reviewed.read_text(encoding="utf-8"))
        assert reviewed["indices"] == score.reviewed["indices"] and reviewed["review"]["note"] == score.reviewed["review"]["note"]
        line = score.line(meta["tier"])
        if meta["code"] in rows:
            assert line.apart is None and Decimal(rows[meta["code"]]["总分"]) == line.total
            assert rows[meta["code"]]["检查结果"] == score.result
            checked += 1
        else:
            assert line.apart is not None
    assert checked >= 2


def test_inspect_site_runs_the_stages_in_this_process(tmp_path: Path, sample_server: SampleServer,
                                                      round_sites: list[dict[str, str]], cstc: Methodology) -> None:
    site = _site(round_sites[0])
    outcome = inspect_site(site, _options(tmp_path, sample_server, cstc))
    assert outcome.state == "done" and outcome.exit_code == 0 and outcome.error is None
    files = SiteFolder(tmp_path / "sites" / site.site_code)
    written = json.loads(files.findings.read_text(encoding="utf-8"))
    assert written == outcome.document
    assert written["site"]["code"] == site.site_code and written["schema_version"] == 3
    assert written["indices"]["创新案例"] is None and written["inspection"]["result"] in ("合格", "不合格")
    assert json.loads(files.site_meta.read_text(encoding="utf-8"))["tier"] == site.tier
    assert "检查中……" in files.log.read_text(encoding="utf-8")


def test_one_sites_failure_is_that_sites_alone(tmp_path: Path, sample_server: SampleServer,
                                               round_sites: list[dict[str, str]], cstc: Methodology) -> None:
    broken, fine = _site(round_sites[0]), _site(round_sites[1])
    options = _options(tmp_path, sample_server, cstc)
    journal = tmp_path / "sites" / broken.site_code / "crawl.journal.sqlite"
    journal.mkdir(parents=True)                                  # the crawl cannot open its resume journal
    failed = inspect_site(broken, options)
    assert failed.state == "failed" and failed.exit_code == 1 and failed.document is None
    assert failed.error and "Error" in failed.error.split(":")[0]
    assert failed.error in SiteFolder(journal.parent).log.read_text(encoding="utf-8")
    assert inspect_site(fine, options).state == "done"          # the next site of the same round is unaffected


def test_bad_crawl_options_skip_and_a_timeout_fails(tmp_path: Path, sample_server: SampleServer,
                                                    round_sites: list[dict[str, str]], cstc: Methodology) -> None:
    site = _site(round_sites[0])
    skipped = inspect_site(site, _options(tmp_path / "a", sample_server, cstc, crawl_args=("--max-pages", "0")))
    assert skipped.state == "skipped" and skipped.exit_code == 2 and "--max-pages" in (skipped.error or "")
    late = inspect_site(site, _options(tmp_path / "b", sample_server, cstc, timeout=0.001))
    assert late.state == "failed" and late.exit_code is None and "检查超时" in (late.error or "")


def test_govweb_inspect_is_the_same_job(tmp_path: Path, sample_server: SampleServer,
                                         round_sites: list[dict[str, str]], cstc: Methodology) -> None:
    import subprocess
    import sys

    site = _site(round_sites[0])
    resolve = [arg for entry in sample_server.resolve_args() for arg in ("--resolve", entry)]
    result = subprocess.run([sys.executable, "-c", "from govweb.cli import main; main()", "inspect", site.url,
                             "--out", str(tmp_path / "site"), "--as-of", REFERENCE_AS_OF.isoformat(),
                             "--tier", site.tier, "--code", site.site_code, *REFERENCE_CRAWL, *resolve],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert "抓取完成" in result.stderr and "主动测量中" in result.stderr and "单项否决" in result.stdout
    by_cli = json.loads((tmp_path / "site" / "findings.json").read_text(encoding="utf-8"))
    in_round = inspect_site(site, _options(tmp_path / "round", sample_server, cstc))
    assert in_round.document is not None
    assert by_cli["indices"] == in_round.document["indices"] and by_cli["inspection"] == in_round.document["inspection"]
    assert [f["id"] for f in by_cli["findings"]] == [f["id"] for f in in_round.document["findings"]]

