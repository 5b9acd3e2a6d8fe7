"""Administrative divisions (行政区划) by year: the codes valid in a year and names resolved as of that year.

Data: the bundled 民政部 code history (`data/admin-divisions/areacodes-1981-2024.csv`, provenance in
`data/README.md`) plus the alias file `data/aliases.yaml`. Years are whole years, as the data records them:
a code is valid from its 启用时间 through its 变更/弃用时间 inclusive, so in a year of change both the old and the
new code are valid; an exact name match then wins, and otherwise the code still in force at the year's end.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from govweb.errors import BadInput, Problem
from govweb.registry._names import clean, short_forms
from govweb.terms import COL_CITY, COL_NAME

PROVINCIAL, PREFECTURAL, COUNTY = "省级", "地级", "县级"
LEVELS: tuple[str, ...] = (PROVINCIAL, PREFECTURAL, COUNTY)

# The level of the division a site of each tier (级别) belongs to.
TIER_LEVELS: dict[str, str] = {
    "直辖市": PROVINCIAL,
    "省、自治区": PROVINCIAL,
    "副省级城市": PREFECTURAL,
    "省会城市": PREFECTURAL,
    "地市": PREFECTURAL,
    "区县": COUNTY,
}

_CSV_HEADER = ["代码", "一级行政区", "二级行政区", "名称", "级别", "状态", "启用时间", "变更/弃用时间", "新代码"]
_DIRECT = "直辖"  # 二级行政区 of a county with no prefecture above it

# Match quality, best first: the official name, an alias from the data file, a derived short form.
_EXACT, _ALIAS, _SHORT = 0, 1, 2

Year = int | dt.date


@dataclass(frozen=True)
class Division:
    """One administrative division as of a year. `valid_to` is the year its code was changed or retired
    (it is still valid during that year); None while in use."""

    code: str
    name: str
    level: str
    province: str
    prefecture: str | None
    valid_from: int
    valid_to: int | None

    @property
    def city(self) -> str:
        """The city a site of this division is listed under: the prefecture, else the province (直辖市)."""
        return self.prefecture or self.province

    @property
    def full_name(self) -> str:
        """Province, prefecture and name without repetition: 福建省福州市鼓楼区, 北京市西城区, 四川省."""
        parts = [self.province, self.prefecture, self.name]
        out: list[str] = []
        for part in parts:
            if part and part not in out:
                out.append(part)
        return "".join(out)

    def valid_in(self, year: int) -> bool:
        return self.valid_from <= year and (self.valid_to is None or year <= self.valid_to)

    def describe(self) -> str:
        until = "" if self.valid_to is None else str(self.valid_to)
        return f"{self.full_name}（{self.code}，{self.valid_from}–{until}）"


@dataclass(frozen=True)
class NameQuery:
    """One name to resolve: `row` is the spreadsheet row (header = 1), `tier` the 级别 it was listed under."""

    name: str
    city: str | None = None
    row: int | None = None
    tier: str | None = None


class DivisionNameError(BadInput):
    """A name that does not resolve to exactly one division; `column` is the table column at fault."""

    def __init__(self, message: str, name: str, candidates: Sequence[Division], column: str = COL_NAME) -> None:
        super().__init__(message)
        self.name = name
        self.candidates = list(candidates)
        self.column = column


class NameNotFound(DivisionNameError):
    """No division of that name in that year; `candidates` are near misses (other years, other cities)."""


class NameAmbiguous(DivisionNameError):
    """Several divisions answer to the name; `candidates` lists them in code order."""


@dataclass(frozen=True)
class _Row:
    code: str
    name: str
    level: str
    province: str  # 一级行政区 when the code was introduced
    second: str  # 二级行政区 when the code was introduced ('' for provinces, 直辖 when none)
    start: int
    end: int | None

    def valid_in(self, year: int) -> bool:
        return self.start <= year and (self.end is None or year <= self.end)

    def current_after(self, year: int) -> bool:
        return self.end is None or self.end > year


@dataclass(frozen=True)
class _Alias:
    code: str
    start: int | None
    end: int | None

    def applies(self, year: int) -> bool:
        return (self.start is None or self.start <= year) and (self.end is None or year <= self.end)


def _year(year: Year) -> int:
    return year.year if isinstance(year, dt.date) else int(year)


def _names_list(divisions: Iterable[Division], limit: int = 8) -> str:
    items = sorted(set(divisions), key=lambda d: (d.code, d.valid_from))
    text = "、".join(d.describe() for d in items[:limit])
    return text + (f" 等 {len(items)} 个" if len(items) > limit else "")


class Divisions:
    """All divisions 1981–2024. Use `Divisions.load()` (bundled data, loaded once)."""

    def __init__(self, rows: Iterable[_Row], aliases: dict[str, list[_Alias]]) -> None:
        self._rows = list(rows)
        self._by_code: dict[str, list[_Row]] = defaultdict(list)
        self._by_name: dict[str, list[tuple[int, _Row]]] = defaultdict(list)
        for row in self._rows:
            self._by_code[row.code].append(row)
            self._by_name[row.name].append((_EXACT, row))
            for form in short_forms(row.name):
                self._by_name[form].append((_SHORT, row))
        self._aliases = aliases
        self._cache: dict[tuple[_Row, int], Division] = {}

    @classmethod
    def load(cls) -> Divisions:
        return _load_bundled()

    # -- codes -------------------------------------------------------------------------------------------

    def lookup(self, code: str, year: Year) -> Division | None:
        """The division carrying `code` in `year` (in a year of renaming, the one in force at the year's end)."""
        y = _year(year)
        row = self._row(str(code).strip(), y)
        return None if row is None else self._division(row, y)

    def valid_in(self, year: Year, level: str | None = None, *, year_end: bool = False) -> list[Division]:
        """Every division valid in `year` (optionally of one level), in code order; with `year_end`, only
        those still in force at the end of the year (the state the yearly statistics count)."""
        y = _year(year)
        rows = [r for r in self._rows if r.valid_in(y) and (level is None or r.level == level)
                and (not year_end or r.current_after(y))]
        return sorted((self._division(r, y) for r in rows), key=lambda d: (d.code, d.valid_from))

    def history(self, code: str) -> list[Division]:
        """Every name a code has carried, oldest first, each as of its first year."""
        return [self._division(r, r.start) for r in sorted(self._by_code.get(code, []), key=lambda r: r.start)]

    # -- names -------------------------------------------------------------------------------------------

    def resolve(self, name: str, year: Year, city: str | None = None, *, tier: str | None = None) -> Division:
        """The one division called `name` in `year`. `city` (所属城市: a prefecture, or a province or 直辖市)
        narrows it; `tier` (级别) prefers the level such sites belong to. A name qualified by its province or
        city (福州市鼓楼区, 深圳罗湖区) is understood too. Raises NameNotFound / NameAmbiguous."""
        y = _year(year)
        wanted = clean(name)
        if not wanted:
            raise NameNotFound("名称为空", name, [])
        matches = self._matches(wanted, y) or self._qualified_matches(wanted, y)
        where = ""
        if city and clean(city):
            areas = self._city_areas(city, y)
            where = f"（所属城市「{clean(city)}」）"
            in_area = [(q, d) for q, d in matches if any(self._contains(a, d) for a in areas)]
            if not in_area:
                raise NameNotFound(
                    f"{'、'.join(a.full_name for a in areas)}没有 {y} 年有效的行政区划「{wanted}」"
                    + (f"；同名的有：{_names_list(d for _, d in matches)}" if matches else ""),
                    name,
                    [d for _, d in matches],
                )
            matches = in_area
        level = TIER_LEVELS.get(clean(tier or ""))
        if level:
            at_level = [(q, d) for q, d in matches if d.level == level]
            matches = at_level or matches
        if not matches:
            elsewhere = self._matches(wanted, None)
            raise NameNotFound(
                f"找不到 {y} 年有效的行政区划「{wanted}」{where}"
                + (f"；该名称在其他年份对应：{_names_list(d for _, d in elsewhere)}" if elsewhere else ""),
                name,
                [d for _, d in elsewhere],
            )
        best = self._best(matches, y)
        if len(best) > 1:
            hint = "请写全称" if where else "请在「所属城市」列注明所属城市，或写全称"
            raise NameAmbiguous(
                f"「{wanted}」{where}在 {y} 年对应多个行政区划：{_names_list(best)}；{hint}", name, best
            )
        return best[0]

    def resolve_many(
        self, queries: Sequence[NameQuery], year: Year, file: str | None = None
    ) -> list[Division]:
        """Resolve every query; every failure is collected into one BadInput naming file, row and column."""
        found: list[Division] = []
        problems: list[Problem] = []
        for query in queries:
            try:
                found.append(self.resolve(query.name, year, query.city, tier=query.tier))
            except DivisionNameError as exc:
                problems.append(Problem(exc.message, file=file, row=query.row, column=exc.column))
        if problems:
            raise BadInput(f"{len(problems)} 个名称无法在 {_year(year)} 年的行政区划中唯一确定：", problems)
        return found

    # -- internals ---------------------------------------------------------------------------------------

    def _row(self, code: str, year: int) -> _Row | None:
        rows = [r for r in self._by_code.get(code, ()) if r.valid_in(year)]
        if len(rows) > 1:
            rows = [r for r in rows if r.current_after(year)] or rows
        return rows[0] if rows else None

    def _division(self, row: _Row, year: int) -> Division:
        key = (row, year)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        province_row = self._row(row.code[:2] + "0000", year)
        province = province_row.name if province_row else row.province
        prefecture: str | None = None
        if row.level == PREFECTURAL:
            prefecture = row.name
        elif row.level == COUNTY:
            parent = self._row(row.code[:4] + "00", year)
            if parent is not None and parent.level == PREFECTURAL:
                prefecture = parent.name
            elif row.second not in ("", _DIRECT):
                prefecture = row.second
        division = Division(row.code, row.name, row.level, province, prefecture, row.start, row.end)
        self._cache[key] = division
        return division

    def _matches(self, name: str, year: int | None) -> list[tuple[int, Division]]:
        """(quality, division) for every division answering to `name` in `year` (any year if None)."""
        pairs: list[tuple[int, _Row]] = list(self._by_name.get(name, ()))
        for alias in self._aliases.get(name, ()):
            if year is None or alias.applies(year):
                pairs.extend((_ALIAS, r) for r in self._by_code.get(alias.code, ()))
        best: dict[_Row, int] = {}
        for quality, row in pairs:
            if year is None or row.valid_in(year):
                best[row] = min(quality, best.get(row, quality))
        return sorted(
            ((q, self._division(r, year if year is not None else r.start)) for r, q in best.items()),
            key=lambda qd: (qd[0], qd[1].code, qd[1].valid_from),
        )

    @staticmethod
    def _best(matches: list[tuple[int, Division]], year: int) -> list[Division]:
        top = min(q for q, _ in matches)
        best = [d for q, d in matches if q == top]
        if len(best) > 1:
            best = [d for d in best if d.valid_to is None or d.valid_to > year] or best
        return best

    def _areas(self, name: str, year: int) -> list[Division]:
        """The provinces and prefectures best answering to `name` (several if it is ambiguous)."""
        matches = [(q, d) for q, d in self._matches(name, year) if d.level != COUNTY]
        return self._best(matches, year) if matches else []

    def _qualified_matches(self, name: str, year: int) -> list[tuple[int, Division]]:
        """Matches for a name led by its province or city (四川省成都市新津区, 深圳罗湖区), shortest lead first."""
        for cut in range(2, len(name) - 1):
            areas = self._areas(name[:cut], year)
            if not areas:
                continue
            rest = name[cut:]
            inner = self._matches(rest, year) or self._qualified_matches(rest, year)
            found = [(q, d) for q, d in inner if d.level != PROVINCIAL and any(self._contains(a, d) for a in areas)]
            if found:
                return found
        return []

    def _city_areas(self, city: str, year: int) -> list[Division]:
        wanted = clean(city)
        areas = self._areas(wanted, year) or [
            d for _, d in self._qualified_matches(wanted, year) if d.level == PREFECTURAL
        ]
        if not areas:
            raise NameNotFound(
                f"所属城市「{wanted}」不是 {year} 年有效的地级或省级行政区划", city, [], column=COL_CITY
            )
        return areas

    @staticmethod
    def _contains(area: Division, division: Division) -> bool:
        prefix = 2 if area.level == PROVINCIAL else 4
        return division.code[:prefix] == area.code[:prefix]


def _parse_rows(text: str) -> list[_Row]:
    reader = csv.reader(io.StringIO(text))
    header = next(reader)
    if header != _CSV_HEADER:
        raise RuntimeError(f"unexpected header in the bundled division codes: {header}")
    return [
        _Row(code, name, level, first, second, int(start), int(end) if end else None)
        for code, first, second, name, level, _status, start, end, _new in reader
    ]


def _parse_aliases(data: Any) -> dict[str, list[_Alias]]:
    aliases: dict[str, list[_Alias]] = defaultdict(list)
    for entry in (data or {}).get("aliases", []):
        if not entry.get("source"):
            raise RuntimeError(f"alias without a source note: {entry}")
        aliases[clean(entry["alias"])].append(_Alias(str(entry["code"]), entry.get("from"), entry.get("to")))
    return dict(aliases)


@functools.cache
def _load_bundled() -> Divisions:
    data = resources.files("govweb") / "data"
    rows = _parse_rows((data / "admin-divisions" / "areacodes-1981-2024.csv").read_text(encoding="utf-8-sig"))
    aliases = _parse_aliases(yaml.safe_load((data / "aliases.yaml").read_text(encoding="utf-8")))
    return Divisions(rows, aliases)
