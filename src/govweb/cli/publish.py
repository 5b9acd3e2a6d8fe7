"""Command `govweb report`: rank (or score) a result table and publish it as .md/.html/.xlsx/.docx/.pdf."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from govweb.cli._app import AsOfOpt, MethodologyOpt, OutOpt, app, err, out
from govweb.errors import BadInput

if TYPE_CHECKING:
    from govweb.publish import Report
    from govweb.scoring import Methodology, Ranking

TableArg = Annotated[Path, typer.Argument(help="结果表格：CSV（UTF-8 / GBK）或 XLSX。", show_default=False)]
TitleOpt = Annotated[str | None, typer.Option("--title", help="报告标题，默认「<年份>年政府网站绩效评估结果」。")]


def _as_of(value: str | None) -> datetime.date | None:
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise BadInput(f"--as-of 应为日期 YYYY-MM-DD，实际为「{value}」") from None


def progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                    TimeElapsedColumn(), console=err, transient=True)


def rank_or_score(table_path: Path, methodology: str, as_of: str | None) -> tuple[Ranking, Methodology]:
    """Ranks on the given 总分 when every row has one, otherwise computes the totals first."""
    from govweb.scoring import load_methodology, rank_table, read_table, score_table

    date = _as_of(as_of)
    method = load_methodology(methodology)
    table = read_table(table_path, method)
    ranking = (rank_table if table.has_all_totals else score_table)(table, method, date)
    return ranking, method


def write_reports(report: Report, paths: list[Path]) -> list[Path]:
    """Render every path with a progress bar (charts are drawn once and shared by the formats)."""
    from govweb.publish import render

    written: list[Path] = []
    with progress() as bar:
        task = bar.add_task("生成报告", total=len(paths))
        for path in paths:
            bar.update(task, description=f"生成 {path.name}")
            written += render(report, path)
            bar.advance(task)
    return written


@app.command()
def report(
    table: TableArg,
    out_file: OutOpt,
    title: TitleOpt = None,
    methodology: MethodologyOpt = "cstc-2020",
    as_of: AsOfOpt = None,
) -> None:
    """生成评估结果报告（按 --out 的扩展名：.md、.html、.xlsx、.docx、.pdf）。表中每行都有总分时按给定总分排名，否则先计算总分。"""
    from govweb.publish import build_report, check_format

    check_format(out_file)
    ranking, method = rank_or_score(table, methodology, as_of)
    written = write_reports(build_report(ranking, method, title), [out_file])
    how = "由各项指数计算总分后排名" if ranking.totals_computed else "按给定总分排名"
    rows = sum(len(t.rows) for t in ranking.tables)
    out.print(f"已写入报告 {written[0]}（{len(ranking.tables)} 个级别，{rows} 行，{how}）", soft_wrap=True)
    if len(written) > 1:
        out.print(f"图表文件 {len(written) - 1} 个，位于 {written[1].parent}", soft_wrap=True)
