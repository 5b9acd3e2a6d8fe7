"""Command `govweb report`: rank (or score) a result table and publish it as .md/.html/.xlsx/.docx/.pdf."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from govweb.cli._app import AsOfOpt, MethodologyOpt, OutOpt, TableArg, app, out, progress
from govweb.cli.scoring import load_ranking
from govweb.documents import DEFAULT_METHODOLOGY

if TYPE_CHECKING:
    from govweb.publish import Report
    from govweb.scoring import Methodology, Ranking

TitleOpt = Annotated[str | None, typer.Option("--title", help="报告标题，默认「<年份>年政府网站绩效评估结果」。")]


def rank_or_score(table_path: Path, methodology: str, as_of: str | None) -> tuple[Ranking, Methodology]:
    """Ranks on the given 总分 when every row has one, otherwise computes the totals first."""
    return load_ranking(table_path, methodology, as_of)


def write_reports(report: Report, paths: list[Path]) -> list[Path]:
    """Render every path with a progress bar (charts are drawn once and shared by the formats)."""
    from govweb.publish import render

    written: list[Path] = []
    with progress() as bar:
        task = bar.add_task("生成报告", total=len(paths))
        for path in paths:
            bar.update(task, description=f"生成 {escape(path.name)}")
            written += render(report, path)
            bar.advance(task)
    return written


@app.command()
def report(
    table: TableArg,
    out_file: OutOpt,
    title: TitleOpt = None,
    methodology: MethodologyOpt = DEFAULT_METHODOLOGY,
    as_of: AsOfOpt = None,
) -> None:
    """生成评估结果报告（按 --out 的扩展名：.md、.html、.xlsx、.docx、.pdf）。表中每行都有总分时按给定总分排名，否则先计算总分。"""
    from govweb.fsutil import output_file
    from govweb.publish import build_report, check_format

    output_file(out_file)  # a bad --out fails before the table is read
    check_format(out_file)
    ranking, method = rank_or_score(table, methodology, as_of)
    written = write_reports(build_report(ranking, method, title), [out_file])
    how = "由各项指数计算总分后排名" if ranking.totals_computed else "按给定总分排名"
    rows = sum(len(t.rows) for t in ranking.tables)
    out.print(f"已写入报告 {written[0]}（{len(ranking.tables)} 个级别，{rows} 行，{how}）", soft_wrap=True)
    if len(written) > 1:
        out.print(f"图表文件 {len(written) - 1} 个，位于 {written[1].parent}", soft_wrap=True)
