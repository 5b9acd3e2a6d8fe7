from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import pytest

from govweb.scoring.methodology import Methodology, load_methodology

INDICES = ("信息发布", "数据开放", "解读回应", "办事服务", "互动交流", "管理保障", "功能推广")
PENALTY = Decimal("0.1")


def penalty_engine(doc: Mapping[str, Any]) -> dict[str, Decimal | None]:
    """A simple index rule over findings: each index is 1 − 0.1 per finding against it (floor 0)."""
    counts = {name: 0 for name in INDICES}
    for finding in doc.get("findings") or []:
        if finding.get("index") in counts:
            counts[finding["index"]] += 1
    return {name: max(Decimal(0), 1 - PENALTY * n) for name, n in counts.items()}


@pytest.fixture(scope="session")
def cstc() -> Methodology:
    return load_methodology("cstc-2020")
