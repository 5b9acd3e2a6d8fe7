from __future__ import annotations

import pytest

from govweb.checks.metrics import compute_metrics
from govweb.errors import BadInput
from govweb.scoring import load_methodology
from govweb.scoring.items import LogNormal, index_scores, parse_items


def test_transforms() -> None:
    items = parse_items({
        "甲": [
            {"id": "t", "measurement": "a", "transform": {"kind": "threshold", "at": 1}, "weight": 1},
            {"id": "l", "measurement": "b", "transform": {"kind": "linear", "zero": 0.5, "one": 1}, "weight": 3},
        ],
        "乙": [{"id": "d", "measurement": "c", "transform": {"kind": "linear", "zero": 10, "one": 0}, "weight": 1}],
        "丙": [{"id": "n", "measurement": "missing", "transform": {"kind": "threshold", "at": 1}, "weight": 1}],
    })
    scores = index_scores(items, {"a": 1.0, "b": 0.75, "c": 2.0, "missing": None})
    assert scores["甲"] == pytest.approx((1 * 1 + 3 * 0.5) / 4)
    assert scores["乙"] == pytest.approx(0.8)
    assert scores["丙"] is None                     # nothing applicable: not measured, never 0
    # an N/A item weighs 0: only the applicable item counts
    assert index_scores(items, {"a": 0.0, "b": None})["甲"] == 0.0


def test_log_normal_control_points() -> None:
    ln = LogNormal(kind="log-normal", p10=5, median=15)
    assert ln.score(5) == pytest.approx(0.9, abs=1e-9)
    assert ln.score(15) == pytest.approx(0.5, abs=1e-9)
    assert ln.score(1) > 0.9 and ln.score(0) == 1.0
    assert ln.score(60) < 0.5
    assert ln.score(10) > ln.score(14) > ln.score(16)


def test_log_normal_higher_is_better_mirrors_the_curve() -> None:
    ln = LogNormal(kind="log-normal", p10=500, median=50, higher_is_better=True)
    assert ln.score(500) == pytest.approx(0.9, abs=1e-9)
    assert ln.score(50) == pytest.approx(0.5, abs=1e-9)
    assert ln.score(0) == 0.0 and ln.score(5000) > 0.9
    assert ln.score(2) < ln.score(30) < ln.score(49) < 0.5 < ln.score(51)
    with pytest.raises(ValueError):
        LogNormal(kind="log-normal", p10=50, median=500, higher_is_better=True)


def test_bad_items_name_every_key() -> None:
    with pytest.raises(BadInput) as exc:
        parse_items({"甲": [{"id": "x", "measurement": "a", "transform": {"kind": "cubic"}, "weight": -1}]})
    text = str(exc.value)
    assert "items.甲.0" in text
    with pytest.raises(BadInput):
        parse_items({"甲": [{"id": "x", "measurement": "a", "transform": {"kind": "log-normal", "p10": 9, "median": 3},
                             "weight": 1}]})


def test_bundled_items_read_existing_measurements(minisite_dir) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from govweb.checks.context import SiteContext
    from govweb.checks.snapshot import load_snapshot

    items = parse_items(load_methodology("cstc-2020").items)
    ctx = SiteContext(load_snapshot(minisite_dir), dt.date(2020, 11, 26))
    metrics = compute_metrics(ctx)
    unknown = {d.measurement for defs in items.values() for d in defs} - set(metrics)
    assert not unknown
    assert "创新案例" not in items
