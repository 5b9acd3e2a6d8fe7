"""End to end over generated sample sites (randomised layouts, names and defects) without a browser: build, serve,
crawl with --render never, check, compare with the ground truth. Without rendering, what scripts write is not
measured — so recall may drop, but no check may report a false finding and no veto may be false. Only tuning
sites (no held-out family or option value) are used; splash sites wait for the crawler's homepage resolution."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from govweb.samplesites.accuracy import Tally, evaluate_sample_sites, format_tallies

pytestmark = pytest.mark.slow


def _tuning_without_splash(t: dict[str, Any]) -> bool:
    return not t.get("held_out") and t["layout"]["splash"] == "none"


@pytest.fixture(scope="module")
def evaluation(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Tally], dict, list[str]]:
    work: Path = tmp_path_factory.mktemp("generated-e2e")
    return evaluate_sample_sites(work, dt.date(2020, 11, 26), _tuning_without_splash, seed=5, sites=12,
                                 render="never", parallel=3)


def test_no_false_finding_and_no_false_veto_without_a_browser(
        evaluation: tuple[dict[str, Tally], dict, list[str]]) -> None:
    tallies, reports, _ = evaluation
    assert len(reports) >= 2
    false = {c: t.false_positives for c, t in tallies.items() if t.fp}
    assert not false, format_tallies(tallies) + "\n" + repr(false)
    found = {c for c, t in tallies.items() if t.tp}
    assert {"missing-element", "stale-column", "broken-link"} <= found, format_tallies(tallies)
