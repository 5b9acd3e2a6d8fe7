"""The 问题清单 operators work from: one row per finding, largest points at stake first, with the
整改责任人 / 整改期限 / 整改状态 columns left for them to fill; plus an overview and the removed findings."""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from govweb.documents.evidence import Screenshot
from govweb.fsutil import atomic_path
from govweb.publish.diagnosis.model import SATURATION_NOTE, Diagnosis
from govweb.publish.diagnosis.shots import missing
from govweb.publish.xlsx import BODY_FONT, BORDER, style_header
from govweb.safetext import xlsx_row

ISSUE_COLUMNS = ("序号", "问题编号", "指数", "问题", "说明", "位置", "证据网址", "证据摘录", "存档记录", "截图",
                 "截图时间", "整改建议", "分值影响", "涉及否决", "整改责任人", "整改期限", "整改状态")
OPERATOR_COLUMNS = ("整改责任人", "整改期限", "整改状态")
STATUS_CHOICES = ("未整改", "整改中", "已整改", "无需整改")
GROUP_COLUMNS = ("序号", "问题类型", "检查项", "指数", "问题数", "全部整改分值影响", "单个最大分值影响")
WIDTHS = {"问题类型": 30, "检查项": 20, "全部整改分值影响": 16, "单个最大分值影响": 16, "问题": 22, "说明": 30, "位置": 40, "证据网址": 40, "证据摘录": 30, "整改建议": 36, "存档记录": 20, "截图": 30, "截图时间": 19}


def _header(ws: Worksheet, header: tuple[str, ...] | list[str]) -> None:
    ws.append(xlsx_row(ws, header))
    style_header(ws[1])
    ws.freeze_panes = "A2"
    for position, name in enumerate(header, start=1):
        ws.column_dimensions[ws.cell(1, position).column_letter].width = WIDTHS.get(name, 12)


def _body(ws: Worksheet) -> None:
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.font, cell.border = BODY_FONT, BORDER
            cell.alignment = Alignment(vertical="top", wrap_text=True)


def _shot_cells(shot: Screenshot | None, base: Path) -> list[str]:
    """截图 (the PNG's path relative to the workbook, or why there is none) and 截图时间."""
    if shot is None or shot.path is None:
        return [missing(shot), ""]
    return [Path(os.path.relpath(shot.path.resolve(), base.resolve())).as_posix(), shot.taken or ""]


def _issues(ws: Worksheet, d: Diagnosis, base: Path) -> None:
    _header(ws, ISSUE_COLUMNS)
    for n, f in enumerate(d.findings, start=1):
        ws.append(xlsx_row(ws, [n, f.id, f.index, f.title, f.message, f.where, f.evidence_url, f.excerpt,
                               f.warc_record or "", *_shot_cells(f.screenshot, base), f.remediation,
                               None if f.points is None else float(f.points), f.veto or "", None, None, None]))
    _body(ws)
    shot_column = ISSUE_COLUMNS.index("截图") + 1
    for row, f in enumerate(d.findings, start=2):
        if f.screenshot is not None and f.screenshot.path is not None:  # opens the PNG beside the workbook
            cell = ws.cell(row, shot_column)
            cell.hyperlink, cell.style = str(cell.value), "Hyperlink"
            cell.border, cell.alignment = BORDER, Alignment(vertical="top", wrap_text=True)
    points = ISSUE_COLUMNS.index("分值影响") + 1
    deadline = ISSUE_COLUMNS.index("整改期限") + 1
    for row in range(2, ws.max_row + 1):
        ws.cell(row, points).number_format = "0.00"
        ws.cell(row, deadline).number_format = "yyyy-mm-dd"
    if d.findings:
        status = ws.cell(1, ISSUE_COLUMNS.index("整改状态") + 1).column_letter
        rule = DataValidation(type="list", formula1='"' + ",".join(STATUS_CHOICES) + '"', allow_blank=True)
        ws.add_data_validation(rule)
        rule.add(f"{status}2:{status}{ws.max_row}")
        ws.auto_filter.ref = ws.dimensions


def _overview(ws: Worksheet, d: Diagnosis) -> None:
    review = d.review
    rows: list[list[object]] = [
        ["网站名称", d.name], ["首页网址", d.url], ["网站标识码", d.code or ""], ["级别", d.tier],
        ["评估基准日", d.as_of], ["评估方法", d.methodology],
        ["测量状态", "已测量" if d.status == "measured" else f"未能测量：{d.status_reason or ''}"],
        ["检查结果", d.result or ""], ["扣分表得分", d.inspection_score],
        ["总分", None if d.total is None else float(d.total)],
        ["单项否决", "；".join(f"{label}（{reason}）" for label, reason in d.vetoes) or "无"],
        ["问题数", len(d.findings)],
        ["全部整改可提高分值", None if d.stake_total is None else float(d.stake_total)],
        ["专家评审", f"{review.get('reviewer')}（{review.get('date')}）" if review.get("applied")
         else str(review.get("note") or "")],
        ["生成时间", d.generated_at],
    ]
    if d.stake_note:
        rows.append(["分值影响说明", d.stake_note])
    _header(ws, ["项目", "内容"])
    for row in rows:
        ws.append(xlsx_row(ws, row))
    ws.append([])
    ws.append(["指数", "权重", "本网站指数", "得分", "本轮同级平均"])
    for line in d.indices:
        ws.append(xlsx_row(ws, [line.index + ("（加分项）" if line.bonus else ""), float(line.weight),
                                None if line.value is None else float(line.value),
                                None if line.points is None else float(line.points),
                                None if line.tier_mean is None else float(line.tier_mean)]))
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 20, 60


def _groups(ws: Worksheet, d: Diagnosis) -> None:
    """分类汇总: one row per problem type, largest combined stake first, then every finding fixed together."""
    _header(ws, GROUP_COLUMNS)
    for n, g in enumerate(d.by_check, start=1):
        ws.append(xlsx_row(ws, [n, g.title, g.check, g.indices, g.count,
                                None if g.points is None else float(g.points),
                                None if g.best_single is None else float(g.best_single)]))
    ws.append(["合计", "全部问题一并整改", "", "", len(d.findings),
               None if d.stake_total is None else float(d.stake_total), None])
    _body(ws)
    for column in ("全部整改分值影响", "单个最大分值影响"):
        letter = ws.cell(1, GROUP_COLUMNS.index(column) + 1).column_letter
        for cell in ws[letter][1:]:
            cell.number_format = "0.00"
    note = d.stake_note or SATURATION_NOTE
    ws.append([])
    ws.append(xlsx_row(ws, [note]))


def _removed(ws: Worksheet, d: Diagnosis) -> None:
    _header(ws, ["问题编号", "指数", "问题", "位置", "核减理由", "评审人", "评审日期"])
    for f in d.removed:
        removal = f.removed or {}
        ws.append(xlsx_row(ws, [f.id, f.index, f.title, f.where, removal.get("reason", ""),
                                removal.get("reviewer", ""), removal.get("date", "")]))
    _body(ws)


def write_xlsx(d: Diagnosis, path: Path) -> None:
    book = Workbook()
    issues = book.active
    issues.title = "问题清单"
    _issues(issues, d, path.parent)
    _groups(book.create_sheet("分类汇总"), d)
    _overview(book.create_sheet("概况"), d)
    _removed(book.create_sheet("人工核减"), d)
    with atomic_path(path) as tmp:
        book.save(tmp)
