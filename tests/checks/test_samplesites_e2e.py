"""End to end over the sample sites the tests may use (held-out families excluded): build, serve, crawl with
--resolve, measure, check, and compare with ground-truth.json — precision and recall 1.0 for every check."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from govweb.samplesites.accuracy import Tally, evaluate_sample_sites, format_tallies

# The module fixture builds, serves and crawls nine sample sites with the browser lane (every script-written page
# of the script-heavy family is rendered): ~280 s on an idle 2-core machine, counted in the first test's time.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]


@pytest.fixture(scope="module")
def evaluation(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Tally], dict, list[str]]:
    work: Path = tmp_path_factory.mktemp("samplesites-e2e")
    result = evaluate_sample_sites(work, dt.date(2020, 11, 26), lambda t: not t.get("held_out"), parallel=4)
    truth.update(json.loads((work / "ground-truth-served.json").read_text(encoding="utf-8"))["sites"])
    return result


truth: dict[str, dict] = {}


def test_every_check_has_precision_and_recall_one(evaluation: tuple[dict[str, Tally], dict, list[str]]) -> None:
    tallies, reports, skipped = evaluation
    # claims about pages that no archived page links to are a crawl-coverage matter, not a check error; they
    # must stay few
    assert len(skipped) <= len(reports) * 3, skipped
    assert len(reports) >= 5
    problems = {c: (t.false_positives, t.false_negatives) for c, t in tallies.items() if t.fp or t.fn}
    assert not problems, format_tallies(tallies) + "\n" + repr(problems)
    # the ground truth plants each of these somewhere: all are exercised
    assert {"stale-column", "empty-column", "broken-link", "missing-element", "unanswered-message",
            "missing-interpretation", "homepage-stale", "image-missing-alt"} <= {c for c, t in tallies.items() if t.tp}


def test_blocked_site_is_not_measured(evaluation: tuple[dict[str, Tally], dict, list[str]]) -> None:
    _, reports, _ = evaluation
    blocked = [r for r in reports.values() if r["site"]["status"] == "not-measured"]
    assert blocked and all(set(r["indices"].values()) == {None} for r in blocked)


def test_open_data_counts_and_formats_match_the_ground_truth(
        evaluation: tuple[dict[str, Tally], dict, list[str]]) -> None:
    _, reports, _ = evaluation
    kinds = set()
    for sid, report in reports.items():
        want = truth[sid]["open_data"]
        if want is None:  # not measured
            assert report["open_data"] == {}
            continue
        got = report["open_data"]
        assert (got["entry"], got["crawled"]) == (want["entry"], want["crawlable"]), sid
        assert got["datasets"] == want["datasets"], (sid, got, want)
        assert got["formats"] == want["formats"], (sid, got, want)
        assert got["last_update"] == want["last_update"], (sid, got, want)
        assert report["metrics"]["open_datasets"] == (None if want["datasets"] is None else want["datasets"])
        kinds.add((want["crawlable"], bool(want["datasets"]), got["source"]))
    # rich portals (stated and counted totals), an empty one, and one outside the crawl are all exercised
    assert {(True, True, "stated"), (True, True, "dataset-pages"), (True, False, "empty-portal"),
            (False, False, None)} <= kinds
    # a stale portal in PDF/XLS scores below a fresh rich one
    idx = {truth[sid]["open_data"]["datasets"]: r["indices"]["数据开放"] for sid, r in reports.items()
           if truth[sid]["open_data"] and truth[sid]["open_data"]["crawlable"]}
    assert idx[2] < min(v for n, v in idx.items() if n > 2)
