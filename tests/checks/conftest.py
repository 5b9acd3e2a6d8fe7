from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot
from govweb.documents import DEFAULT_METHODOLOGY
from govweb.scoring import load_methodology
from govweb.scoring.site import scored_document

from . import minisite

AS_OF = dt.date(2020, 11, 26)


@pytest.fixture(scope="session")
def minisite_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return minisite.build().write(tmp_path_factory.mktemp("minisite"))


@pytest.fixture(scope="session")
def minisite_report(minisite_dir: Path) -> dict:
    return scored(run_checks(load_snapshot(minisite_dir), AS_OF))


def scored(report: dict) -> dict:
    """The checks' document as findings.json holds it: scored with the default methodology (all indices)."""
    return scored_document(report, load_methodology(DEFAULT_METHODOLOGY), None)
