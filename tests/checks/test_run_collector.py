"""The checks turn the cyclic garbage collector off while they run and leave it as they found it."""

from __future__ import annotations

import datetime as dt
import gc
from pathlib import Path

import pytest

from govweb.checks import run as run_module
from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "http://www.lanxian.gov.cn/"


def _snapshot(tmp_path: Path) -> Path:
    b = SnapshotBuilder(SEED)
    b.page(SEED, "<html><head><title>兰县人民政府</title></head><body><ul><li><a href='xw/1.html'>县政府召开常务会议</a>"
                 "<em>2021-06-20</em></li></ul><p>网站标识码：4102000007</p></body></html>", depth=0)
    return b.write(tmp_path)


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_off_during_the_checks_and_as_found_after(tmp_path: Path, enabled: bool,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    real = run_module.SiteContext

    def context(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)   # type: ignore[arg-type]

    monkeypatch.setattr(run_module, "SiteContext", context)
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        run_checks(load_snapshot(_snapshot(tmp_path)), dt.date(2021, 6, 30))
        assert seen == [False]
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_a_run_begun_while_another_holds_the_collector_off_leaves_it_to_that_one() -> None:
    was = gc.isenabled()
    gc.enable()
    try:
        with run_module._no_cycle_collection():
            assert not gc.isenabled()
            with run_module._no_cycle_collection():   # (another thread's site, begun meanwhile)
                assert not gc.isenabled()
            assert not gc.isenabled()   # (the first still runs: off until it ends)
        assert gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
