"""A round's `index.html`: where a reader starts — the summary (合格率 by tier and region, map, distribution), one
ranking table to sort, filter and search with each row linked to its site's diagnosis, the sites left out with
their reasons, and the files of the round. One self-contained page (inline CSS, JavaScript and charts): it works
offline from the folder or from a zip.

Renders what scoring and the round produced: it counts results and vetoes, it never computes a score."""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from govweb.fsutil import atomic_open
from govweb.publish import chinamap
from govweb.publish.html import bytes_uri, jinja_environment, screen_assets
from govweb.publish.model import Figure, NotRanked, Report, fmt_number
from govweb.terms import COL_RESULT, COL_SITE_CODE, COL_VETOES, index_column

PASS, FAIL = "合格", "不合格"


@dataclass(frozen=True)
class SkippedLine:
    """A row of the sites file the round left out before inspecting anything."""

    row: int | None
    code: str
    reason: str


@dataclass(frozen=True)
class IndexRow:
    tier: str
    rank: int
    name: str
    code: str
    city: str
    province: str
    result: str
    vetoes: str
    indices: list[str]          # display strings in `RoundIndex.index_names` order ("—": not applicable)
    total: str
    href: str | None            # the site's diagnosis, relative to index.html


@dataclass(frozen=True)
class RateLine:
    label: str
    sites: int
    passed: int
    failed: int
    not_ranked: int = 0
    mean_total: str = ""

    @property
    def rate(self) -> str:
        measured = self.passed + self.failed
        return f"{100 * self.passed / measured:.1f}%" if measured else "—"


@dataclass
class RoundIndex:
    report: Report
    sites: int                                   # sites the round inspected
    generated_at: str
    index_names: list[str]
    rows: list[IndexRow]
    by_tier: list[RateLine]
    by_region: list[RateLine]
    total: RateLine
    vetoes: list[tuple[str, int]]
    not_ranked: list[tuple[NotRanked, str | None]]   # with the diagnosis link when there is one
    skipped: list[SkippedLine]
    downloads: list[tuple[str, str]]             # (label, relative href)
    map_figure: Figure | None = None
    figures: list[Figure] = field(default_factory=list)


def _province_code(admin_code: str | None) -> str | None:
    return admin_code[:2] + "0000" if admin_code and len(admin_code) == 6 else None


def build_round_index(report: Report, *, sites: int, diagnoses: Mapping[str, str],
                      skipped: Sequence[SkippedLine] = (), downloads: Sequence[tuple[str, str]] = (),
                      now: datetime.datetime | None = None) -> RoundIndex:
    """`diagnoses`: 网站标识码 → the diagnosis page relative to index.html (sites without one are not linked)."""
    index_names: list[str] = []
    for section in report.sections:
        index_names += [n for n in section.index_names if n not in index_names]
    rows: list[IndexRow] = []
    by_tier: list[RateLine] = []
    site_result: dict[str, tuple[str, str, str | None]] = {}   # code → (result, province, province code)
    for section in report.sections:
        outcomes: Counter[str] = Counter()
        for row, province in zip(section.all_rows, section.provinces, strict=True):
            code = row.carried.get(COL_SITE_CODE, "")
            result = row.carried.get(COL_RESULT, "")
            outcomes[result] += 1
            site_result.setdefault(code or row.name, (result, province, _province_code(row.admin_code)))
            rows.append(IndexRow(
                tier=section.tier, rank=row.rank, name=row.name, code=code, city=row.city or "", province=province,
                result=result, vetoes=row.carried.get(COL_VETOES, ""),
                indices=[fmt_number(row.indices.get(n), report.index_places) if n in section.index_names else "—"
                         for n in index_names],
                total=fmt_number(row.total, report.total_places), href=diagnoses.get(code)))
        by_tier.append(RateLine(section.tier, len(section.all_rows), outcomes[PASS], outcomes[FAIL],
                                mean_total=fmt_number(section.stats.mean, report.total_places)))
    regions: dict[str, Counter[str]] = {}
    for result, province, _ in site_result.values():
        count = regions.setdefault(province or "（未知地区）", Counter())
        count["sites"] += 1
        count[result] += 1
    for item in report.not_ranked:
        count = regions.setdefault(item.province or "（未知地区）", Counter())
        count["sites"] += 1
        count["not_ranked"] += 1
    by_region = [RateLine(name, c["sites"], c[PASS], c[FAIL], c["not_ranked"]) for name, c in sorted(regions.items())]
    total = RateLine("合计", sum(c["sites"] for c in regions.values()), sum(c[PASS] for c in regions.values()),
                     sum(c[FAIL] for c in regions.values()), len(report.not_ranked))
    vetoes: Counter[str] = Counter()
    seen: set[str] = set()
    for row in rows:
        if row.code in seen:
            continue
        seen.add(row.code)
        vetoes.update(v for v in row.vetoes.split("、") if v)

    shares: dict[str, list[int]] = {}
    for result, _, province_code in site_result.values():
        if province_code and result in (PASS, FAIL):
            share = shares.setdefault(province_code, [0, 0])
            share[0] += result == PASS
            share[1] += 1
    values = {code: Decimal(100 * passed) / Decimal(n) for code, (passed, n) in shares.items()}
    map_figure = None
    if values:
        map_figure = Figure("round-map", "图：各省份参评网站合格率",
                            lambda fmt: chinamap.china_map(values, "各省份参评网站合格率", fmt, label="合格率（%）",
                                                           no_data="本轮无已测量的网站", bounds=(0.0, 100.0)))
    moment = now or datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8)))
    return RoundIndex(
        report=report, sites=sites, generated_at=moment.isoformat(timespec="seconds"), index_names=index_names,
        rows=rows, by_tier=by_tier, by_region=by_region, total=total, vetoes=vetoes.most_common(),
        not_ranked=[(item, diagnoses.get(item.code)) for item in report.not_ranked], skipped=list(skipped),
        downloads=list(downloads), map_figure=map_figure,
        figures=[section.figures[-1] for section in report.sections if section.figures],
    )


def to_html(index: RoundIndex) -> str:
    env = jinja_environment("govweb.publish", {})
    return env.get_template("round_index.html.j2").render(
        x=index, r=index.report, index_column=index_column, image=lambda fig: bytes_uri(fig.data("png"), "png"),
        **screen_assets())


def write_round_index(index: RoundIndex, path: Path) -> Path:
    with atomic_open(path, "w") as fh:
        fh.write(to_html(index))
    return path
