"""The typer application that every stage's command module adds its commands to."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

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
