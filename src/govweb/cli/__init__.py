"""Command-line interface: a thin typer app over the stage APIs.

Each stage keeps its commands in its own module here (scoring.py, publish.py, collect.py, measure.py …); they all add
to the one `app`. `main` turns govweb errors into a Chinese message and the documented exit code.
"""

from __future__ import annotations

import importlib
import sys

from govweb.cli._app import app, err
from govweb.errors import GovwebError

# Command modules, imported for their side effect of registering commands on `app`.
_COMMAND_MODULES = ("scoring", "publish", "collect", "measure", "samplesites", "checks", "campaign", "demo",
                    "sites", "rounds", "users", "serve")

for _name in _COMMAND_MODULES:
    try:
        importlib.import_module(f"govweb.cli.{_name}")
    except ModuleNotFoundError as exc:  # a stage not built yet
        if exc.name != f"govweb.cli.{_name}":
            raise


def main() -> None:
    # Standalone mode lets typer report usage errors itself (exit 2); govweb errors arrive here.
    try:
        app()
    except GovwebError as exc:
        err.print(f"[bold red]错误：[/]{exc.message}", soft_wrap=True)
        for problem in exc.problems:
            err.print(f"  - {problem}", markup=False, emoji=False, soft_wrap=True)
        sys.exit(exc.exit_code)


__all__ = ["app", "main"]
