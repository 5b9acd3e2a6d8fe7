"""One sample-sites build and one server per test session (held-out families are never used here)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from govweb.samplesites import build, serve
from govweb.samplesites.server import SampleServer
from govweb.samplesites.specs import HELD_OUT_FAMILIES


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("samplesites")
    build(out)
    return out


@pytest.fixture(scope="session")
def server(built: Path) -> Iterator[SampleServer]:
    with serve(built) as srv:
        yield srv


@pytest.fixture(scope="session")
def truth(server: SampleServer) -> dict[str, Any]:
    """Ground truth with the server's port, restricted to the families tests may use."""
    full = server.ground_truth()
    return {sid: s for sid, s in full["sites"].items() if s["family"] not in HELD_OUT_FAMILIES}


@pytest.fixture(scope="session")
def raw_truth(built: Path) -> dict[str, Any]:
    return json.loads((built / "ground-truth.json").read_text(encoding="utf-8"))
