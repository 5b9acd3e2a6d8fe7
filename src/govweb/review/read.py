"""Reading and validating an expert file (CSV or XLSX). Every offending cell is listed in one BadInput."""

from __future__ import annotations

import datetime
import re
from collections.abc import Collection, Mapping
from pathlib import Path

from govweb.documents.expert import ExpertEntry, ExpertInput, Removal
from govweb.errors import BadInput, Problem
from govweb.scoring.methodology import Methodology
from govweb.tabular import parse_fraction
from govweb.tabular import read_table as read_registry_table  # shared CSV/XLSX reader
from govweb.terms import INDEX_COLUMN_SUFFIX

COL_SITE = "网站标识码"
COL_REMOVED = "核减问题编号"
COL_REASON = "核减理由"
COL_REVIEWER = "评审人"
COL_DATE = "评审日期"
COL_NOTE = "备注"
REQUIRED = (COL_SITE, COL_REVIEWER, COL_DATE)
_ID_SEPARATORS = re.compile(r"[\s,;，；、]+")
_DATE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?")

Known = Mapping[str, Collection[str] | None]
"""网站标识码 → the finding ids of that site (None: the site is known but its findings are not checked)."""


def _sheet(path: Path) -> tuple[str, list[str], list[tuple[int, list[str]]]]:
    """(label, header, [(spreadsheet row, cells)]) of the CSV or of the first XLSX sheet with 网站标识码."""
    table = read_registry_table(path, COL_SITE)
    return table.file, table.header, [(n, [cells.get(h, "") for h in table.header]) for n, cells in table.rows]


def _item_names(methodology: Methodology) -> dict[str, str]:
    """Column header → item id, for every item the methodology defines (by id and by its Chinese title)."""
    names: dict[str, str] = {}
    for items in (methodology.items or {}).values():
        for item in items:
            item_id = str(item.get("id") or "")
            if item_id:
                names[item_id] = item_id
                label = item.get("title") or item.get("name")
                if label:
                    names[str(label)] = item_id
    return names


def parse_date(text: str) -> datetime.date:
    match = _DATE.fullmatch(text.strip().split(" ")[0]) if text else None
    if match is None:
        raise ValueError(text)
    return datetime.date(*(int(part) for part in match.groups()))


def _shanghai_today() -> datetime.date:
    return datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).date()


def _year_before(day: datetime.date) -> datetime.date:
    return day.replace(year=day.year - 1, day=28 if (day.month, day.day) == (2, 29) else day.day)


def read_expert(path: str | Path, methodology: Methodology, known: Known | None = None,
                as_of: datetime.date | str | None = None, today: datetime.date | None = None) -> ExpertInput:
    """Read an expert file. With `known`, site codes and removed finding ids are checked against it. A review date
    after `today` (default: today in Asia/Shanghai) or more than a year before the round's `as_of` (a date or the
    ISO text a findings.json records) is refused."""
    today = today or _shanghai_today()
    if isinstance(as_of, str):
        as_of = datetime.date.fromisoformat(as_of) if as_of else None
    earliest = _year_before(as_of) if as_of is not None else None
    places = methodology.rounding.index + 2  # as for indices in a results table
    path = Path(path)
    file = str(path)
    if not path.is_file():
        raise BadInput(f"找不到专家评分文件 {file}")
    label, header, rows = _sheet(path)
    problems: list[Problem] = []
    positions: dict[str, int] = {}
    for position, name in enumerate(header):
        if name in positions:
            problems.append(Problem(f"列名「{name}」重复", file=label, row=1, column=name))
        elif name:
            positions[name] = position
    for name in REQUIRED:
        if name not in positions:
            problems.append(Problem(f"缺少必需的列「{name}」", file=label, row=1))
    item_columns = _item_names(methodology)
    index_columns: dict[str, str] = {}
    items: dict[str, str] = {}
    for name in positions:
        if name in (*REQUIRED, COL_REMOVED, COL_REASON, COL_NOTE):
            continue
        stem = name[: -len(INDEX_COLUMN_SUFFIX)] if name.endswith(INDEX_COLUMN_SUFFIX) else name
        if stem in methodology.indices:
            index_columns[name] = stem
        elif name in item_columns:
            items[name] = item_columns[name]
        elif name.endswith(INDEX_COLUMN_SUFFIX):
            problems.append(Problem(
                f"评估方法「{methodology.name}」中没有指标「{stem}」（可用：{'、'.join(methodology.indices)}）",
                file=label, row=1, column=name))
    if COL_REMOVED in positions and COL_REASON not in positions:
        problems.append(Problem(f"有「{COL_REMOVED}」列时必须有「{COL_REASON}」列", file=label, row=1))
    if any(name not in positions for name in REQUIRED):
        raise BadInput(f"专家评分文件 {file} 有 {len(problems)} 处错误，未应用任何内容", problems)

    def cell(cells: list[str], column: str) -> str:
        position = positions.get(column)
        return cells[position].strip() if position is not None and position < len(cells) else ""

    entries: dict[str, ExpertEntry] = {}
    score_origin: dict[tuple[str, str], int] = {}
    for number, cells in rows:
        if not any(cells):
            continue
        code = cell(cells, COL_SITE)
        reviewer = cell(cells, COL_REVIEWER)
        date: datetime.date | None = None
        if not code:
            problems.append(Problem("网站标识码为空", file=label, row=number, column=COL_SITE))
        elif known is not None and code not in known:
            problems.append(Problem(f"未知的网站标识码「{code}」（不在本轮评估的网站中）",
                                    file=label, row=number, column=COL_SITE))
        if not reviewer:
            problems.append(Problem("评审人为空", file=label, row=number, column=COL_REVIEWER))
        try:
            date = parse_date(cell(cells, COL_DATE))
        except ValueError:
            text = cell(cells, COL_DATE)
            problems.append(Problem(f"评审日期应为 YYYY-MM-DD，实际为「{text}」" if text else "评审日期为空",
                                    file=label, row=number, column=COL_DATE))
        if date is not None and (date > today or (earliest is not None and date < earliest)):
            why = (f"晚于今天（{today}）" if date > today
                   else f"早于评估基准日 {as_of} 前一年（{earliest}）")
            problems.append(Problem(f"评审日期 {date} {why}", file=label, row=number, column=COL_DATE))
            date = None
        entry = entries.setdefault(code, ExpertEntry(site_code=code))
        entry.source_rows.append(number)
        if reviewer and reviewer not in entry.reviewers:
            entry.reviewers.append(reviewer)
        if date is not None:
            entry.dates.append(date)
        for columns, target in ((index_columns, entry.indices), (items, entry.items)):
            for column, key in columns.items():
                try:
                    value = parse_fraction(cell(cells, column), "分值", places)
                except ValueError as exc:
                    problems.append(Problem(str(exc), file=label, row=number, column=column))
                    continue
                if value is None:
                    continue
                first = score_origin.setdefault((code, column), number)
                if first != number and target.get(key) != value:
                    problems.append(Problem(f"与第 {first} 行给出的分值 {target[key]} 矛盾",
                                            file=label, row=number, column=column))
                    continue
                target[key] = value
        ids = [part for part in _ID_SEPARATORS.split(cell(cells, COL_REMOVED)) if part]
        reason = cell(cells, COL_REASON)
        if ids and not reason:
            problems.append(Problem("核减问题时必须写明核减理由", file=label, row=number, column=COL_REASON))
        site_ids = known.get(code) if known is not None and code in known else None
        for finding_id in ids:
            if site_ids is not None and finding_id not in site_ids:
                problems.append(Problem(f"网站「{code}」没有编号为「{finding_id}」的问题",
                                        file=label, row=number, column=COL_REMOVED))
            elif finding_id not in entry.removed_ids and date is not None:
                entry.removals.append(Removal(finding_id, reason, reviewer, date, number))
    if not entries and not problems:
        problems.append(Problem("专家评分文件没有数据行", file=label))
    if problems:
        raise BadInput(f"专家评分文件 {file} 有 {len(problems)} 处错误，未应用任何内容", problems)
    return ExpertInput(file=file, entries=entries)
