"""The report model: everything a publication shows, built once from a `Ranking`; renderers only format it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from govweb.errors import BadInput, Problem
from govweb.publish import charts, chinamap, narrative
from govweb.publish.stats import BANDS, TierStats, tier_stats
from govweb.publish.wording import plain
from govweb.scoring.model import RankedRow, RankedTable, Ranking
from govweb.terms import COL_CITY, COL_NAME, COL_RANK, COL_RESULT, COL_TOTAL, COL_VETOES, index_column

if TYPE_CHECKING:
    from govweb.scoring.methodology import Methodology

# How the tables are grouped into numbered parts, as in the 2020 publication. Tiers not listed get a part each.
PARTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("省级政府网站评估结果", ("直辖市", "省、自治区")),
    ("地市级以上城市政府网站评估结果", ("副省级城市", "省会城市", "地市")),
    ("区县政府网站评估结果", ("区县",)),
)
DEFAULT_NARRATIVE = ("{year}年政府网站绩效评估中，{names}政府网站位列{tier}政府网站前{last}名。"
                     "{tier}政府网站评估结果前{shown}名如下表所示。")
NOT_RANKED_LEAD = "以下网站未能完成测量或检查，不评分、不排名，也不判为不合格："
NOT_RANKED_HEADER = ["名称", "级别", "类别", "原因"]
TIE_NOTES = {"admin-code": "注：排名相同按照行政区划排列。", "input": "注：排名相同按照原表顺序排列。"}
CN_NUMERALS = "一二三四五六七八九十"


def cn_number(n: int) -> str:
    if n <= 10:
        return CN_NUMERALS[n - 1]
    return ("" if n < 20 else CN_NUMERALS[n // 10 - 1]) + "十" + (CN_NUMERALS[n % 10 - 1] if n % 10 else "")


@dataclass
class Figure:
    """A chart drawn on demand in the format a renderer asks for (svg or png), cached per format."""

    key: str                                   # ASCII file stem: fig01 …
    caption: str
    draw: Callable[[str], bytes]
    _cache: dict[str, bytes] = field(default_factory=dict, repr=False)

    def data(self, fmt: str) -> bytes:
        if fmt not in self._cache:
            self._cache[fmt] = self.draw(fmt)
        return self._cache[fmt]


@dataclass
class TierSection:
    number: str                                # "（一）", empty when the part holds only this tier
    heading: str                               # "直辖市政府网站评估结果"
    tier: str
    sentence: str
    columns: list[str]                         # 排名, 名称, [所属城市], 信息发布指数 …, 总分
    index_names: list[str]
    rows: list[RankedRow]                      # the published rows (ranks ≤ publish_top)
    all_rows: list[RankedRow]
    tie_note: str | None
    stats: TierStats
    figures: list[Figure]
    has_city: bool
    has_verdict: bool = False                  # rows carry 检查结果 / 单项否决 (a round's results): shown after 总分
    provinces: list[str] = field(default_factory=list)  # 省份 of each of `all_rows` ("" when unknown)

    def cells(self, row: RankedRow, index_places: int, total_places: int) -> list[str]:
        """One table row as display strings, in `columns` order."""
        cells = [str(row.rank), row.name]
        if self.has_city:
            cells.append(row.city or "")
        cells += [fmt_number(row.indices.get(name), index_places) for name in self.index_names]
        cells.append(fmt_number(row.total, total_places))
        if self.has_verdict:
            cells += [row.carried.get(COL_RESULT, ""), row.carried.get(COL_VETOES, "")]
        return cells


@dataclass(frozen=True)
class NotRanked:
    """A site the ranking leaves out (not measured, not finished …), with the reason in plain words."""

    name: str
    tier: str
    kind: str                  # 未能测量, 检查未完成 …
    reason: str                # plain Chinese
    code: str = ""             # 网站标识码
    url: str = ""
    province: str = ""
    technical: tuple[str, ...] = ()   # error classes taken out of the reason (dns, blocked …)

    @classmethod
    def of(cls, name: str, tier: str, kind: str, reason: str, *, code: str = "", url: str = "",
           province: str = "") -> NotRanked:
        said = plain(reason)
        return cls(name, tier, kind, said.text, code, url, province, said.codes)


@dataclass
class Part:
    number: str                                # "一"
    heading: str
    sections: list[TierSection]


@dataclass
class Report:
    title: str
    year: int | None
    as_of: str | None
    methodology: str
    totals_computed: bool
    index_places: int
    total_places: int
    parts: list[Part]
    map_figure: Figure | None
    map_heading: str
    map_note: str
    missing_provinces: list[str]
    notes: list[str]
    carried_columns: list[str] = field(default_factory=list)   # other input columns, in input order
    not_ranked: list[NotRanked] = field(default_factory=list)

    def _number(self, after_map: bool, after_unranked: bool) -> str:
        return cn_number(len(self.parts) + 1 + (after_map and self.map_figure is not None)
                         + (after_unranked and bool(self.not_ranked)))

    @property
    def map_title(self) -> str:
        return f"{self._number(False, False)}、{self.map_heading}"

    @property
    def not_ranked_title(self) -> str:
        return f"{self._number(True, False)}、未排名的网站"

    @property
    def notes_title(self) -> str:
        return f"{self._number(True, True)}、说明"

    @property
    def sections(self) -> list[TierSection]:
        return [s for part in self.parts for s in part.sections]

    @property
    def figures(self) -> list[Figure]:
        figs = [f for s in self.sections for f in s.figures]
        return figs + ([self.map_figure] if self.map_figure else [])


def fmt_number(value: Decimal | None, places: int) -> str:
    return "—" if value is None else f"{value:.{places}f}"


@dataclass(frozen=True)
class SmallTable:
    caption: str
    header: list[str]
    values: list[Decimal | int | None]   # the figures (spreadsheets store these)
    places: list[int]                    # decimals each is published with (0: a count)

    @property
    def row(self) -> list[str]:
        """The figures as display strings."""
        return [str(v) if p == 0 and v is not None else fmt_number(v if v is None else Decimal(v), p)
                for v, p in zip(self.values, self.places, strict=True)]


def stats_tables(report: Report, section: TierSection) -> list[SmallTable]:
    """A tier's statistics as three one-row tables (totals, grade bands, index averages) for every format."""
    s, p = section.stats, report.total_places
    means = list(s.index_means.values())
    return [
        SmallTable(f"{section.tier}政府网站总分统计",
                   ["参评网站数", "平均值", "中位数", "下四分位数", "上四分位数", "最高分", "最低分"],
                   [s.count, s.mean, s.median, s.q1, s.q3, s.maximum, s.minimum], [0, p, p, p, p, p, p]),
        SmallTable(f"{section.tier}政府网站分档统计（个）", [label for label, _ in s.bands],
                   [n for _, n in s.bands], [0] * len(s.bands)),
        SmallTable(f"{section.tier}政府网站各项指数平均值", [index_column(n) for n in s.index_means],
                   means, [report.index_places] * len(means)),
    ]


def _provinces(rows: list[RankedRow], year: int | None) -> list[str]:
    """The province (省级) of each row, from its administrative code (its latest name without a year); "" where
    unknown."""
    from govweb.registry import Divisions

    divisions = Divisions.load()
    names = []
    for row in rows:
        division = None
        if row.admin_code and year is not None:
            division = divisions.lookup(row.admin_code, year)
        elif row.admin_code:
            division = next(reversed(divisions.history(row.admin_code)), None)
        names.append(division.province if division is not None else "")
    return names


def _section(table: RankedTable, number: str, methodology: Methodology, year: int | None,
             fig_no: list[int]) -> TierSection:
    spec = methodology.tiers.get(table.tier)
    top = spec.publish_top if spec else None
    tie_order = spec.tie_order if spec else "admin-code"
    shown = [r for r in table.rows if top is None or r.rank <= top]
    template = (spec.narrative if spec else None) or DEFAULT_NARRATIVE
    where = f"tiers.{table.tier}.narrative"
    narrative.validate(template, where)
    if year is None and narrative.uses(template, "year"):
        raise BadInput(f"评估方法「{methodology.name}」没有 as_of，报告需要评估年份",
                       [Problem(f"{where if spec and spec.narrative else '默认叙述模板'} 用到 {{year}}："
                                "请用 --as-of YYYY-MM-DD 给出评估基准日")])
    sentence = narrative.render(template, table.rows, year=year, tier=table.tier, shown=top)
    ranks = [r.rank for r in shown]
    has_ties = len(ranks) != len(set(ranks))
    has_city = any(r.city for r in table.rows)
    has_verdict = any(r.carried.get(COL_RESULT) for r in table.rows)
    columns = [COL_RANK, COL_NAME, *([COL_CITY] if has_city else []),
               *(index_column(n) for n in table.index_names), COL_TOTAL,
               *([COL_RESULT, COL_VETOES] if has_verdict else [])]
    stats = tier_stats(table.rows, table.index_names)
    top_stats = tier_stats([r for r in table.rows if r.rank <= 10], table.index_names)

    def new_key() -> str:
        fig_no[0] += 1
        return f"fig{fig_no[0]:02d}"

    figures = [
        Figure(new_key(), f"图：{table.tier}政府网站各项指数平均值",
               lambda fmt: charts.index_profile(stats.index_means, top_stats.index_means,
                                                f"{table.tier}政府网站指数概况", fmt)),
        Figure(new_key(), f"图：{table.tier}政府网站总分分布",
               lambda fmt: charts.total_distribution([r.total for r in table.rows],
                                                     f"{table.tier}政府网站总分分布（{len(table.rows)} 个）", fmt)),
    ]
    return TierSection(
        number=number, heading=f"{table.tier}政府网站评估结果", tier=table.tier, sentence=sentence,
        columns=columns, index_names=list(table.index_names), rows=shown, all_rows=list(table.rows),
        tie_note=TIE_NOTES[tie_order] if has_ties else None, stats=stats, figures=figures, has_city=has_city,
        has_verdict=has_verdict, provinces=_provinces(list(table.rows), year),
    )


def _provincial_totals(ranking: Ranking) -> dict[str, Decimal]:
    values: dict[str, Decimal] = {}
    for table in ranking.tables:
        for row in table.rows:
            if row.city:
                continue
            code = chinamap.match_province(row.name, row.admin_code)
            if code is not None:
                values.setdefault(code, row.total)
    return values


def build_report(ranking: Ranking, methodology: Methodology, title: str | None = None,
                 not_ranked: list[NotRanked] | None = None) -> Report:
    """The publication for a ranking: parts and tier sections in methodology order, statistics, charts, map, and
    the sites left out of the ranking (a round's not measured or unfinished sites) with their reasons."""
    tables = {t.tier: t for t in ranking.tables}
    layout = [(heading, [t for t in tiers if t in tables]) for heading, tiers in PARTS]
    listed = {t for _, tiers in PARTS for t in tiers}
    layout += [(f"{t.tier}政府网站评估结果", [t.tier]) for t in ranking.tables if t.tier not in listed]
    fig_no = [0]
    parts: list[Part] = []
    for heading, tiers in layout:
        if not tiers:
            continue
        single = len(tiers) == 1
        sections = [_section(tables[t], "" if single else f"（{cn_number(i + 1)}）", methodology,
                             ranking.year, fig_no) for i, t in enumerate(tiers)]
        parts.append(Part(cn_number(len(parts) + 1), heading, sections))

    year_text = f"{ranking.year}年" if ranking.year else ""
    values = _provincial_totals(ranking)
    provinces, _ = chinamap.provinces()
    missing = [p.name for p in provinces if p.code not in values]
    map_figure = None
    if values:
        map_figure = Figure(f"fig{fig_no[0] + 1:02d}", "图：省级政府网站总分分布地图",
                            lambda fmt: chinamap.china_map(values, f"{year_text}省级政府网站总分", fmt))
    bands = "，".join(f"{label} ≥{floor}" if floor is not None else f"{label} <60" for label, floor in BANDS)
    notes = [
        f"评估方法：{methodology.name}；评估基准日：{ranking.as_of or '未给出'}。",
        "总分由评分模块按评估方法计算。" if ranking.totals_computed else "总分采用输入表中给出的数值。",
        f"分档：{bands}。统计量基于各级别全部参评网站，表格仅列出公布名次内的网站。",
        f"地图{chinamap.MAP_SOURCE}。",
    ]
    return Report(
        title=title or f"{year_text}政府网站绩效评估结果",
        year=ranking.year, as_of=ranking.as_of, methodology=ranking.methodology,
        totals_computed=ranking.totals_computed,
        index_places=methodology.rounding.index, total_places=methodology.rounding.total,
        parts=parts, map_figure=map_figure, map_heading="省级政府网站总分地图",
        map_note=(f"省级政府网站（直辖市及省、自治区）总分。灰色斜线表示无公布总分：{'、'.join(missing)}。"
                  if missing else "省级政府网站（直辖市及省、自治区）总分。"),
        missing_provinces=missing, notes=notes, carried_columns=list(ranking.carried_columns),
        not_ranked=list(not_ranked or []),
    )
