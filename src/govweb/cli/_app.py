"""The typer application that every stage's command module adds its commands to."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from govweb.errors import BadInput

app = typer.Typer(
    name="govweb",
    help="govweb：政府网站绩效评估工具（采集、检查、评分、排名、发布）。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# User-facing output: stdout for results, stderr for errors and progress.
out = Console(highlight=False)
err = Console(stderr=True, highlight=False)

MethodologyOpt = Annotated[
    str, typer.Option("--methodology", help="评估方法：内置名称（如 cstc-2020）或 YAML 文件路径。")
]
AsOfOpt = Annotated[
    str | None, typer.Option("--as-of", help="评估基准日 YYYY-MM-DD，默认取评估方法中的 as_of。")
]
OutOpt = Annotated[Path, typer.Option("--out", help="输出文件或目录。")]
DbOpt = Annotated[str | None, typer.Option(
    "--db", show_default=False,
    help="评估数据库：sqlite:///路径、SQLite 文件路径或 postgresql://用户@主机:端口/库；默认取环境变量 GOVWEB_DB，"
         "再默认为当前目录下的 govweb.sqlite。")]
TableArg = Annotated[Path, typer.Argument(metavar="TABLE", help="结果表格：CSV（UTF-8 / GBK）或 XLSX。", show_default=False)]


def parse_date(value: str | None, option: str = "--as-of") -> datetime.date | None:
    """An ISO date option (None stays None); BadInput naming the option otherwise."""
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise BadInput(f"{option} 应为日期 YYYY-MM-DD，实际为「{value}」") from None


def progress() -> Progress:
    """The progress bar every long command shows on stderr (removed when done)."""
    return Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                    TimeElapsedColumn(), console=err, transient=True)
