"""DIR/inspection-summary.xlsx: per region the sites, 合格率 and vetoes by rule; the site list; what was listed
apart (not measured, not finished) and what the sites file skipped, with reasons."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from govweb.campaign.results import RoundTable, SiteResult
from govweb.fsutil import atomic_path
from govweb.publish.xlsx import BODY_FONT, BORDER, HEADER_FILL, HEADER_FONT
from govweb.registry import Divisions, RowNote, SkippedRow
from govweb.safetext import xlsx_row
from govweb.terms import VETO_RULES

KIND_LABELS = {"not-measured": "未能测量", "vetoed": "单项否决（不排名）", "unscorable": "无法计分",
               "failed": "检查未完成", "skipped": "已跳过"}
NOTE_LABELS = {"normalised": "首页网址已规范", "status": "网站状态", "duplicate": "重复列出"}


def region_of(admin_code: str | None, divisions: Divisions, year: int) -> str:
    if not admin_code:
        return "（无行政区划）"
    province = divisions.lookup(admin_code[:2] + "0000", year)
    return province.name if province is not None else admin_code[:2] + "0000"


def _sheet(ws: Worksheet, header: Sequence[str], rows: Sequence[Sequence[object]], widths: dict[int, int]) -> None:
    ws.append(xlsx_row(ws, header))
    for row in rows:
        ws.append(xlsx_row(ws, row))
    for cell in ws[1]:
        cell.fill, cell.font = HEADER_FILL, HEADER_FONT
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for line in ws.iter_rows(min_row=1):
        for cell in line:
            cell.border = BORDER
            if cell.row > 1:
                cell.font = BODY_FONT
    ws.freeze_panes = "A2"
    for column in range(1, len(header) + 1):
        ws.column_dimensions[ws.cell(1, column).column_letter].width = widths.get(column, 12)


def write_summary(path: Path, results: Sequence[SiteResult], table: RoundTable, skipped: Sequence[SkippedRow],
                  year: int, notes: Sequence[RowNote] = ()) -> None:
    divisions = Divisions.load()
    rules = list(VETO_RULES)
    regions: dict[str, Counter[str]] = {}
    ranks: dict[str, str] = {}
    totals: dict[str, float] = {}
    if table.ranking is not None:
        for ranked in table.ranking.tables:
            for row in ranked.rows:
                code = row.carried.get("网站标识码", "")
                ranks[code] = "、".join(filter(None, [ranks.get(code), f"{row.tier}第{row.rank}名"]))
                totals[code] = float(row.total)
    details = []
    for result in results:
        site, doc = result.site, result.doc
        region = region_of(site.admin_code, divisions, year)
        count = regions.setdefault(region, Counter())
        count["sites"] += 1
        measured = doc is not None and (doc.get("site") or {}).get("status", "measured") == "measured"
        if doc is None:
            count["unfinished"] += 1
        elif not measured:
            count["not_measured"] += 1
        else:
            count["measured"] += 1
            outcome = result.score.result if result.score is not None else ""
            count["pass" if outcome == "合格" else "fail"] += 1
            for veto in doc.get("vetoes") or []:
                count["veto:" + str(veto.get("rule"))] += 1
        inspection = (doc or {}).get("inspection") or {}
        details.append([
            site.site_code, site.name, "、".join(site.tiers), region, site.url,
            "已测量" if measured else ("未能测量" if doc is not None else "检查未完成"),
            result.score.result if measured and result.score is not None else "", inspection.get("score") if measured else None,
            "、".join(VETO_RULES.get(str(v.get("rule")), str(v.get("rule"))) for v in (doc or {}).get("vetoes") or []),
            len((doc or {}).get("findings") or []) if measured else None,
            len((doc or {}).get("removed_findings") or []) if measured else None,
            totals.get(site.site_code), ranks.get(site.site_code, ""),
        ])
    book = Workbook()
    overview = book.active
    overview.title = "按地区汇总"
    header = ["地区", "网站数", "已测量", "未能测量", "检查未完成", "合格", "不合格", "合格率",
              *(f"否决：{VETO_RULES[rule]}" for rule in rules)]
    lines = []
    for region in sorted(regions):
        c = regions[region]
        rate = c["pass"] / c["measured"] if c["measured"] else None
        lines.append([region, c["sites"], c["measured"], c["not_measured"], c["unfinished"], c["pass"], c["fail"],
                      rate, *(c["veto:" + rule] for rule in rules)])
    total = sum(regions.values(), Counter())
    lines.append(["合计", total["sites"], total["measured"], total["not_measured"], total["unfinished"],
                  total["pass"], total["fail"], total["pass"] / total["measured"] if total["measured"] else None,
                  *(total["veto:" + rule] for rule in rules)])
    _sheet(overview, header, lines, {1: 16})
    for number in range(2, overview.max_row + 1):
        overview.cell(number, 8).number_format = "0.0%"
    sites_sheet = book.create_sheet("网站明细")
    _sheet(sites_sheet, ["网站标识码", "名称", "级别", "地区", "首页网址", "测量状态", "检查结果", "扣分表得分",
                         "单项否决", "问题数", "人工核减数", "总分", "排名"], details, {2: 24, 5: 36, 9: 24, 13: 18})
    for number in range(2, sites_sheet.max_row + 1):
        sites_sheet.cell(number, 12).number_format = "0.0"
    _sheet(book.create_sheet("不排名的网站"), ["网站标识码", "名称", "级别", "首页网址", "类别", "原因"],
           [[u.site.site_code, u.site.name, "、".join(u.site.tiers), u.site.url, KIND_LABELS.get(u.kind, u.kind),
             u.reason] for u in table.unranked], {2: 24, 4: 36, 6: 40})
    _sheet(book.create_sheet("已跳过的行"), ["行号", "网站标识码", "列", "原因"],
           [[s.row, s.site_code or "", s.column or "", s.reason] for s in skipped], {4: 60})
    _sheet(book.create_sheet("名录说明"), ["行号", "网站标识码", "类别", "说明"],
           [[n.row, n.site_code or "", NOTE_LABELS.get(n.kind, n.kind), n.message] for n in notes], {4: 80})
    with atomic_path(path) as tmp:
        book.save(tmp)
