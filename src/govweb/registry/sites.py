"""The sites of an evaluation round: read a sites file or import the national directory export, write sites.csv.

A row that cannot be used (bad 网站标识码, URL or 级别) is skipped with its reason and row number; the rest goes
on. Messy URLs are normalised and every change is reported. A file that cannot be read at all, or lacks a
required column, is BadInput (exit 2).
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from govweb.errors import BadInput, Problem
from govweb.registry._urls import normalise_url
from govweb.safetext import write_csv
from govweb.tabular import Table, read_table
from govweb.terms import COL_ADMIN_CODE, COL_NAME, COL_TIER, TIERS

COL_SITE_CODE = "网站标识码"
COL_SITE_NAME = "网站名称"  # accepted for 名称
COL_URL = "首页网址"
COL_STATUS = "网站状态"  # directory export: 正常 or not
COL_OWNER = "网站主管单位"  # directory export
STATUS_OPEN = "正常"
SITES_COLUMNS: tuple[str, ...] = (COL_SITE_CODE, COL_NAME, COL_URL, COL_TIER, COL_ADMIN_CODE)

# Forms of 网站标识码, each with how its region code follows from it (None: no region code).
_SITE_CODE_FORMS: tuple[tuple[re.Pattern[str], Callable[[str], str] | None], ...] = (
    (re.compile(r"\d{10}"), lambda code: code[:6]),  # 6-digit region code + 4-digit serial
    (re.compile(r"\d{2}BM\d{6}", re.IGNORECASE), lambda code: code[:2] + "0000"),  # provincial department
    (re.compile(r"BM\d{8}", re.IGNORECASE), None),  # central department (bm01000001)
    (re.compile(r"BT\d{8}", re.IGNORECASE), None),  # 新疆生产建设兵团 (BT00000020)
)
_ADMIN_CODE = re.compile(r"\d{6}")
_SITE_CODE_HELP = "应为 6 位行政区划代码加 4 位数字（如 1100000088），或部门网站的 bm/BM 形式（如 bm01000001、12BM010001）"

TierSource = Mapping[str, str] | Callable[[dict[str, str]], str | None] | str


@dataclass(frozen=True)
class Site:
    """One site of a round. `row` is its spreadsheet row (header = 1); a site listed under several tiers
    (成都市: 副省级城市 and 省会城市) has the first as `tier` and the others in `extra_tiers`."""

    site_code: str
    name: str
    url: str
    tier: str
    admin_code: str | None
    row: int | None = None
    extra_tiers: tuple[str, ...] = ()
    extra: dict[str, str] = field(default_factory=dict, compare=False)  # other columns, as given

    @property
    def tiers(self) -> tuple[str, ...]:
        return (self.tier, *self.extra_tiers)


@dataclass(frozen=True)
class RowNote:
    """Something changed or worth knowing about a row that was kept. kind: normalised | status | duplicate."""

    row: int | None
    kind: str
    message: str
    site_code: str | None = None
    column: str | None = None


@dataclass(frozen=True)
class SkippedRow:
    row: int | None
    reason: str
    site_code: str | None = None
    column: str | None = None


@dataclass
class SitesResult:
    file: str
    sites: list[Site] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)
    notes: list[RowNote] = field(default_factory=list)
    unselected: int = 0  # directory rows left out because no tier was supplied for them
    duplicate_rows: dict[str, list[int | None]] = field(default_factory=dict)  # code → every row listing it

    def notes_of(self, kind: str) -> list[RowNote]:
        return [note for note in self.notes if note.kind == kind]

    @property
    def normalised(self) -> list[RowNote]:
        return self.notes_of("normalised")

    @property
    def duplicates(self) -> list[RowNote]:
        return self.notes_of("duplicate")

    @property
    def not_open(self) -> list[RowNote]:
        return self.notes_of("status")

    def problems(self) -> list[Problem]:
        """Skipped rows, then notes, as problems naming file, row and column (for display)."""
        skipped = [Problem("已跳过：" + s.reason, self.file, s.row, s.column) for s in self.skipped]
        notes = [Problem(n.message, self.file, n.row, n.column) for n in self.notes]
        return skipped + notes

    def summary(self) -> str:
        parts = [f"{self.file}：读入 {len(self.sites)} 个网站"]
        if self.skipped:
            parts.append(f"跳过 {len(self.skipped)} 行")
        if self.normalised:
            parts.append(f"规范首页网址 {len(self.normalised)} 个")
        if self.not_open:
            parts.append(f"网站状态非「{STATUS_OPEN}」{len(self.not_open)} 个")
        if self.duplicate_rows:
            parts.append(f"网站标识码重复 {len(self.duplicate_rows)} 个")
        if self.unselected:
            parts.append(f"未指定级别而未导入 {self.unselected} 行")
        return "，".join(parts)


@dataclass(frozen=True)
class _Entry:
    row: int
    site_code: str
    name: str
    url: str
    tier: str
    admin_code: str
    status: str | None
    extra: dict[str, str]


def _fold(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def _region(site_code: str) -> tuple[bool, str | None]:
    """(is the code well formed, the region code it implies)."""
    for pattern, region in _SITE_CODE_FORMS:
        if pattern.fullmatch(site_code):
            return True, region(site_code) if region else None
    return False, None


class _Builder:
    """Validates entries one by one into a SitesResult; duplicates are merged or skipped."""

    def __init__(self, file: str) -> None:
        self.result = SitesResult(file)
        self._index: dict[str, int] = {}

    def add(self, entry: _Entry) -> None:
        reasons: list[tuple[str, str]] = []  # (column, reason)
        code = _fold(entry.site_code)
        well_formed, region = _region(code)
        if not code:
            reasons.append((COL_SITE_CODE, "网站标识码为空"))
        elif not well_formed:
            reasons.append((COL_SITE_CODE, f"网站标识码「{entry.site_code.strip()}」格式不对（{_SITE_CODE_HELP}）"))
        name = entry.name.strip()
        if not name:
            reasons.append((COL_NAME, "名称为空"))
        url = normalise_url(entry.url)
        if url.error:
            reasons.append((COL_URL, url.error))
        tier = _fold(entry.tier)
        if not tier:
            reasons.append((COL_TIER, "级别为空"))
        elif tier not in TIERS:
            known = "".join(f"「{t}」" for t in TIERS)
            reasons.append((COL_TIER, f"级别「{entry.tier.strip()}」不是已知级别（可用：{known}）"))
        admin_code = _fold(entry.admin_code) or region
        if admin_code and not _ADMIN_CODE.fullmatch(admin_code):
            reasons.append((COL_ADMIN_CODE, f"行政区划代码「{entry.admin_code.strip()}」应为 6 位数字"))
        if reasons:
            column = reasons[0][0] if len({c for c, _ in reasons}) == 1 else None
            self.result.skipped.append(SkippedRow(entry.row, "；".join(r for _, r in reasons), code or None, column))
            return
        assert url.url is not None
        site = Site(code, name, url.url, tier, admin_code, entry.row, extra=dict(entry.extra))
        if code in self._index:
            self.result.duplicate_rows.setdefault(code, [self.result.sites[self._index[code]].row])
            self.result.duplicate_rows[code].append(entry.row)
            if not self._merge(site):
                return
        else:
            self._index[code] = len(self.result.sites)
            self.result.sites.append(site)
        if url.changes:
            self._note(entry, "normalised", f"首页网址「{entry.url}」规范为「{url.url}」："
                       + "；".join(url.changes), code, COL_URL)
        if entry.status is not None and _fold(entry.status) != STATUS_OPEN:
            self._note(entry, "status", f"网站状态为「{entry.status.strip()}」（不是「{STATUS_OPEN}」）", code, COL_STATUS)

    def _note(self, entry: _Entry, kind: str, message: str, code: str, column: str) -> None:
        self.result.notes.append(RowNote(entry.row, kind, message, code, column))

    def _merge(self, site: Site) -> bool:
        """Fold a row repeating a site code into the first: True if merged (another tier), False if skipped."""
        position = self._index[site.site_code]
        first = self.result.sites[position]
        where = f"网站标识码「{site.site_code}」与第 {first.row} 行重复"
        if site.tier in first.tiers:
            self.result.skipped.append(SkippedRow(site.row, f"{where}（级别也相同）", site.site_code, COL_SITE_CODE))
            return False
        if site.url != first.url:
            self.result.skipped.append(
                SkippedRow(site.row, f"{where}，但首页网址不同（「{first.url}」与「{site.url}」）", site.site_code, COL_URL)
            )
            return False
        merged = dataclasses.replace(first, extra_tiers=(*first.extra_tiers, site.tier))
        self.result.sites[position] = merged
        tiers = "".join(f"「{t}」" for t in merged.tiers)
        self.result.notes.append(
            RowNote(site.row, "duplicate", f"{where}：同一网站列入{tiers}级别", site.site_code, COL_TIER)
        )
        return True


def _require(table: Table, columns: Iterable[tuple[str, ...]]) -> None:
    missing = [alternatives for alternatives in columns if not any(c in table.header for c in alternatives)]
    if missing:
        problems = [Problem("缺少列「" + "」或「".join(alts) + "」", file=table.file, row=1) for alts in missing]
        raise BadInput(f"{table.file} 缺少必需的列", problems)


def _extra(cells: dict[str, str], used: Iterable[str]) -> dict[str, str]:
    skip = set(used)
    return {k: v.strip() for k, v in cells.items() if k and k not in skip}


def read_sites(path: str | Path) -> SitesResult:
    """Read a sites file: 网站标识码, 名称 (or 网站名称), 首页网址, 级别, optional 行政区划代码; other columns
    are kept in `Site.extra`. CSV (UTF-8, UTF-8 with BOM, GBK/GB18030) or XLSX."""
    table = read_table(path, COL_SITE_CODE, strip=False)
    if COL_TIER not in table.header and COL_OWNER in table.header:
        raise BadInput(f"{table.file} 没有「{COL_TIER}」列，看来是全国政府网站名录的导出文件",
                       [Problem("请用 --tiers 给出级别：所有网站一个级别，或含「网站标识码、级别」两列的文件",
                                file=table.file, row=1, column=COL_TIER)])
    _require(table, [(COL_SITE_CODE,), (COL_NAME, COL_SITE_NAME), (COL_URL,), (COL_TIER,)])
    name_column = COL_NAME if COL_NAME in table.header else COL_SITE_NAME
    used = (COL_SITE_CODE, name_column, COL_URL, COL_TIER, COL_ADMIN_CODE)
    if not table.rows:
        raise BadInput(f"{table.file} 没有数据行", [Problem("只有表头，没有网站", file=table.file, row=2)])
    builder = _Builder(table.file)
    for row, cells in table.rows:
        builder.add(_Entry(row, cells[COL_SITE_CODE], cells[name_column], cells[COL_URL], cells[COL_TIER],
                           cells.get(COL_ADMIN_CODE, ""), cells.get(COL_STATUS), _extra(cells, used)))
    return builder.result


def import_directory(path: str | Path, tiers: TierSource) -> SitesResult:
    """Import the national directory export (序号, 网站标识码, 网站名称, 首页网址, 网站主管单位, 网站状态).

    `tiers` gives each site its 级别: one tier for every row (str), a mapping 网站标识码 → tier (rows not in it
    are left out and counted in `unselected`; codes not in the file are BadInput), or a function of the row
    (header → cell text) returning a tier or None to leave the row out."""
    table = read_table(path, COL_SITE_CODE, strip=False)
    _require(table, [(COL_SITE_CODE,), (COL_SITE_NAME, COL_NAME), (COL_URL,)])
    name_column = COL_SITE_NAME if COL_SITE_NAME in table.header else COL_NAME
    choose = _tier_chooser(tiers)
    builder = _Builder(table.file)
    seen: set[str] = set()
    for row, cells in table.rows:
        seen.add(_fold(cells[COL_SITE_CODE]))
        tier = choose(cells)
        if tier is None:
            builder.result.unselected += 1
            continue
        used = (COL_SITE_CODE, name_column, COL_URL, COL_ADMIN_CODE, COL_TIER)
        builder.add(_Entry(row, cells[COL_SITE_CODE], cells[name_column], cells[COL_URL], tier,
                           cells.get(COL_ADMIN_CODE, ""), cells.get(COL_STATUS), _extra(cells, used)))
    if isinstance(tiers, Mapping):
        unknown = sorted(set(map(_fold, tiers)) - seen)
        if unknown:
            raise BadInput(
                f"级别表中有 {len(unknown)} 个网站标识码不在 {table.file} 中",
                [Problem(f"网站标识码「{code}」不在名录中", file=table.file, column=COL_SITE_CODE) for code in unknown],
            )
    return builder.result


def _tier_chooser(tiers: TierSource) -> Callable[[dict[str, str]], str | None]:
    if isinstance(tiers, str):
        if _fold(tiers) not in TIERS:
            known = "".join(f"「{t}」" for t in TIERS)
            raise BadInput(f"级别「{tiers}」不是已知级别", [Problem(f"可用的级别：{known}", column=COL_TIER)])
        return lambda cells: tiers
    if isinstance(tiers, Mapping):
        by_code = {_fold(code): tier for code, tier in tiers.items()}
        return lambda cells: by_code.get(_fold(cells[COL_SITE_CODE]))
    return tiers


def write_sites_csv(sites: Iterable[Site], path: str | Path) -> None:
    """Write sites.csv (UTF-8 with BOM, atomically): the five columns, then any extra columns; one row per
    tier, so reading it back gives the same sites."""
    sites = list(sites)
    extra_columns = list(dict.fromkeys(k for site in sites for k in site.extra if k not in SITES_COLUMNS))
    write_csv(path, [*SITES_COLUMNS, *extra_columns],
              ([site.site_code, site.name, site.url, tier, site.admin_code or "",
                *(site.extra.get(k, "") for k in extra_columns)] for site in sites for tier in site.tiers))


def tier_source(value: str) -> TierSource:
    """The --tiers option: a file with 网站标识码 and 级别 columns (a mapping), else one 级别 for every row."""
    path = Path(value)
    if not path.is_file():
        return value
    table = read_table(path, COL_SITE_CODE)
    _require(table, [(COL_SITE_CODE,), (COL_TIER,)])
    return {cells[COL_SITE_CODE].strip(): cells[COL_TIER].strip() for _, cells in table.rows if cells[COL_TIER].strip()}


def read_registry(path: str | Path, tiers: str | None = None) -> SitesResult:
    """A sites file (`read_sites`), or with `tiers` (the --tiers option) a national directory export
    (`import_directory`)."""
    return read_sites(path) if tiers is None else import_directory(path, tier_source(tiers))


def site_from_fields(site_code: str, name: str, url: str, tier: str, admin_code: str = "",
                     source: str = "表单") -> SitesResult:
    """One site typed into a form, validated as a sites-file row is: the site, or the row skipped with reasons
    (bad 网站标识码, URL, 级别 or 行政区划代码); the URL normalised, with what changed in `notes`."""
    builder = _Builder(source)
    builder.add(_Entry(1, site_code, name, url, tier, admin_code, None, {}))
    return builder.result
