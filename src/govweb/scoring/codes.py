"""Administrative codes for ranked rows: the 行政区划代码 column wins, otherwise the registry resolves the name."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from govweb.errors import BadInput, JobFailed, Problem
from govweb.scoring.methodology import Methodology
from govweb.scoring.table import InputRow


def _divisions() -> Any:
    try:
        from govweb.registry import Divisions  # type: ignore[attr-defined,unused-ignore]
    except ImportError as exc:  # registry stage not installed
        raise JobFailed(
            "无法按行政区划代码排列并列名次：行政区划库不可用；请在表格中给出「行政区划代码」列，"
            "或在评估方法中设置 tie_order: input"
        ) from exc
    return Divisions.load()


def _query(row: InputRow) -> Any:
    from govweb.registry import NameQuery  # type: ignore[attr-defined,unused-ignore]

    return NameQuery(name=row.name, city=row.city, row=row.source_row, tier=row.tier)


def resolve_codes(rows: Sequence[InputRow], methodology: Methodology, year: int) -> list[str | None]:
    """One code per row. Rows of `admin-code` tiers must resolve (one BadInput lists every failure);
    rows of `input` tiers get a code when the registry finds one, else None."""
    codes: list[str | None] = [row.admin_code for row in rows]
    need = [i for i, row in enumerate(rows) if row.admin_code is None]
    if not need:
        return codes
    strict = [i for i in need if methodology.tiers[rows[i].tier].tie_order == "admin-code"]
    lenient = [i for i in need if methodology.tiers[rows[i].tier].tie_order != "admin-code"]
    try:
        divisions = _divisions()
    except JobFailed:
        if strict:
            raise
        return codes
    by_file: dict[str, list[int]] = {}
    for i in strict:
        by_file.setdefault(rows[i].file, []).append(i)
    problems: list[Problem] = []
    for file, positions in by_file.items():
        try:
            found = divisions.resolve_many([_query(rows[i]) for i in positions], year, file=file)
        except BadInput as exc:
            problems.extend(exc.problems)
            continue
        for i, division in zip(positions, found, strict=True):
            codes[i] = str(division.code)
    if problems:
        raise BadInput(
            f"{len(problems)} 个名称无法在 {year} 年的行政区划中唯一确定（并列名次按行政区划代码排列，需要代码）："
            "请更正名称、填写「所属城市」或给出「行政区划代码」列",
            problems,
        )
    for i in lenient:
        try:
            codes[i] = str(divisions.resolve_many([_query(rows[i])], year)[0].code)
        except BadInput:  # best effort for input-ordered tiers
            codes[i] = None
    return codes


def unresolved_codes(rows: Sequence[InputRow], methodology: Methodology, year: int) -> list[Problem]:
    """The problems `resolve_codes` would raise for these rows, as a list (empty when every code resolves)."""
    try:
        resolve_codes(rows, methodology, year)
    except BadInput as exc:
        return exc.problems
    return []
