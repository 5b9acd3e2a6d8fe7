"""The typer application that every stage's command module adds its commands to."""

from __future__ import annotations

import datetime
import os
import shlex
import sys
import tempfile
import traceback
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from govweb.errors import BadInput, GovwebError
from govweb.safetext import printable

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
OutOpt = Annotated[Path, typer.Option("--out", help="输出文件（不能是目录或设备文件）。")]
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


MAX_PROBLEMS_SHOWN = 50


def report_error(exc: GovwebError) -> NoReturn:
    """A govweb error: its message and up to MAX_PROBLEMS_SHOWN problems (a count of the rest), control
    characters escaped; exit with its code (1 or 2)."""
    err.print(f"[bold red]错误：[/]{escape(printable(exc.message))}", soft_wrap=True)
    for problem in exc.problems[:MAX_PROBLEMS_SHOWN]:
        err.print(f"  - {printable(str(problem))}", markup=False, emoji=False, soft_wrap=True)
    if len(exc.problems) > MAX_PROBLEMS_SHOWN:
        err.print(f"  ……另有 {len(exc.problems) - MAX_PROBLEMS_SHOWN} 处问题未列出（共 {len(exc.problems)} 处）",
                  markup=False)
    sys.exit(exc.exit_code)


def report_crash(exc: Exception) -> NoReturn:
    """An unexpected exception: one Chinese line naming the command and its arguments, the traceback in a log
    file that line names, exit 1."""
    args = sys.argv[1:]
    command = next((arg for arg in args if not arg.startswith("-")), "govweb")
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    fd, log = tempfile.mkstemp(prefix=f"govweb-{command}-{stamp}-", suffix=".log")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(f"govweb {' '.join(shlex.quote(arg) for arg in args)}\n\n")
        traceback.print_exception(exc, file=fh)
    invocation = printable(" ".join(shlex.quote(arg) for arg in args))
    err.print(f"内部错误：govweb {invocation} 意外失败（{type(exc).__name__}），未完成；详细信息已写入 {log}，"
              "报告问题时请附上该文件。", markup=False, emoji=False, soft_wrap=True)
    sys.exit(1)
