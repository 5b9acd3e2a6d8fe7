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

from govweb.samplesites.server import SampleServer  # noqa: E402


def write_sites_csv(path: Path, rows: list[dict[str, str]], extra_lines: tuple[str, ...] = ()) -> Path:
    header = ["网站标识码", "名称", "首页网址", "级别", "行政区划代码"]
    lines = [",".join(header)] + [",".join(row[h] for h in header) for row in rows] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# ---------------------------------------------------------------- one reference round per test session

import datetime  # noqa: E402

REFERENCE_AS_OF = datetime.date(2020, 11, 26)
REFERENCE_CRAWL = ("--max-pages", "40", "--render", "never")
BAD_ROWS = ("9900000001,坏网址政府,htp//bad url,地市,990000", "bm99000001,某部门网站,http://www.example.gov.cn/,部门,",
            "9900000002,元数据网站,http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/,地市,990000")  # 169.254.169.254


@pytest.fixture(scope="session")
def reference_round(tmp_path_factory: pytest.TempPathFactory, sample_server: SampleServer,
                    round_sites: list[dict[str, str]]) -> tuple[Path, Path]:
    """(sites file, round folder): one round over a site of each family and two bad rows, without the browser
    (no rendering, no screenshots), with the HTML publication and HTML/XLSX diagnoses. Read-only for tests: a test
    that changes a round copies it first."""
    from govweb.campaign import RoundOptions, run_round

    base = tmp_path_factory.mktemp("reference-round")
    sites = write_sites_csv(base / "sites.csv", round_sites, BAD_ROWS)
    options = RoundOptions(sites=sites, as_of=REFERENCE_AS_OF, out=base / "out", concurrency=2,
                           resolve=tuple(sample_server.resolve_args()), crawl_args=REFERENCE_CRAWL,
                           publication_formats=(".html",), diagnosis_formats=(".xlsx", ".html"), progress=False,
                           screenshots=False)
    report = run_round(options)
    assert report.inspected_now == 4 and report.already_done == 0
    return sites, base / "out"
