"""The bundled 2020 reference: a `Ranking` built straight from the published CSV (its ranks and row order, as
published), and the published introductory sentences extracted from the report text."""

from __future__ import annotations

import csv
import importlib.resources
import io
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from govweb.scoring.model import RankedRow, RankedTable, Ranking
from govweb.terms import INDICES, TIERS, index_column

REFERENCE = importlib.resources.files("govweb") / "data" / "reference"


def reference_csv_text() -> str:
    return (REFERENCE / "2020-published-results.csv").read_text(encoding="utf-8-sig")


def published_sentences() -> dict[str, str]:
    """tier → the introductory paragraph ("2020年…如下表所示。") of its table in the published text."""
    text = (REFERENCE / "2020-published-report.txt").read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in text.splitlines() if p.strip().startswith("2020年")]
    result = {}
    for paragraph in paragraphs:
        tier = re.search(r"位列(.+?)政府网站", paragraph)
        assert tier is not None, paragraph
        result[tier.group(1)] = paragraph
    return result


def reference_ranking() -> Ranking:
    rows = list(csv.DictReader(io.StringIO(reference_csv_text())))
    tables = []
    for tier in TIERS:
        ranked = []
        names: list[str] = []
        for number, row in enumerate(rows, start=2):
            if row["级别"] != tier:
                continue
            indices = {
                name: (Decimal(row[index_column(name)]) if row.get(index_column(name)) else None)
                for name in INDICES
            }
            names = [n for n in INDICES if any(r["级别"] == tier and r.get(index_column(n)) for r in rows)]
            ranked.append(RankedRow(
                tier=tier, rank=int(row["排名"]), name=row["名称"], city=row["所属城市"] or None,
                admin_code=None, indices={n: indices[n] for n in names}, total=Decimal(row["总分"]),
                source_row=number,
            ))
        tables.append(RankedTable(tier=tier, rows=ranked, index_names=names))
    return Ranking(methodology="cstc-2020", year=2020, as_of="2020-11-26", tables=tables, totals_computed=False)


REFERENCE_CSV = Path(str(REFERENCE / "2020-published-results.csv"))


def govweb(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run the installed CLI as a user would."""
    return subprocess.run([sys.executable, "-c", "from govweb.cli import main; main()", *map(str, args)],
                          capture_output=True, text=True, timeout=300, check=False)
