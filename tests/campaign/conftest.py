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


# ---------------------------------------------------------------- sample sites for round tests
# `sample_server` and `round_sites` live in tests/conftest.py (shared with the dashboard's tests: one build).

from pathlib import Path  # noqa: E402


def write_sites_csv(path: Path, rows: list[dict[str, str]], extra_lines: tuple[str, ...] = ()) -> Path:
    header = ["网站标识码", "名称", "首页网址", "级别", "行政区划代码"]
    lines = [",".join(header)] + [",".join(row[h] for h in header) for row in rows] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
