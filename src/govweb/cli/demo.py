"""Command `govweb demo`: reproduce and publish the 2020 results (the bundled reference table)."""

from __future__ import annotations

import importlib.resources
from pathlib import Path
from typing import Annotated

import typer

from govweb.cli._app import app, out
from govweb.cli.publish import rank_or_score, write_reports

DemoOutOpt = Annotated[Path, typer.Option("--out", help="输出目录（不存在时自动创建）。")]
FORMATS = (".md", ".html", ".xlsx", ".docx", ".pdf")


@app.command()
def demo(out_dir: DemoOutOpt = Path("out")) -> None:
    """演示：按公布总分为 2020 年评估结果排名，写出排名 CSV 以及五种格式的报告。"""
    from govweb.publish import build_report
    from govweb.scoring import write_ranking_csv

    resource = importlib.resources.files("govweb") / "data" / "reference" / "2020-published-results.csv"
    with importlib.resources.as_file(resource) as table:
        ranking, method = rank_or_score(table, "cstc-2020", None)
    out_dir.mkdir(parents=True, exist_ok=True)
    ranking_csv = out_dir / f"{ranking.year}-ranking.csv"
    write_ranking_csv(ranking, ranking_csv)
    report = build_report(ranking, method)
    paths = [out_dir / f"{ranking.year}-report{suffix}" for suffix in FORMATS]
    write_reports(report, paths)
    out.print(f"已复现 {ranking.year} 年评估结果（{sum(len(t.rows) for t in ranking.tables)} 个网站），输出：", soft_wrap=True)
    out.print(f"  排名表（CSV）：{ranking_csv}", soft_wrap=True)
    labels = {".md": "Markdown", ".html": "HTML 网页", ".xlsx": "Excel 表格", ".docx": "Word 文档", ".pdf": "PDF 文档"}
    for path in paths:
        out.print(f"  报告（{labels[path.suffix]}）：{path}", soft_wrap=True)
