"""Command-line interface: a thin typer app over the stage APIs.

Each stage keeps its commands in its own module here (scoring.py, publish.py, collect.py, measure.py …); they all add
to the one `app`. `main` turns govweb errors into a Chinese message and the documented exit code, and any other exception into one
Chinese line naming the command and a log file with the traceback (exit 1).
"""

from __future__ import annotations

import importlib

from govweb.cli._app import app, report_crash, report_error
from govweb.cli._help import localize
from govweb.errors import GovwebError

# Command modules, imported for their side effect of registering commands on `app`.
_COMMAND_MODULES = ("scoring", "publish", "collect", "measure", "samplesites", "checks", "campaign", "demo",
                    "sites", "rounds", "users", "serve", "workers")

for _name in _COMMAND_MODULES:
    try:
        importlib.import_module(f"govweb.cli.{_name}")
    except ModuleNotFoundError as exc:  # a stage not built yet
        if exc.name != f"govweb.cli.{_name}":
            raise

localize(app)  # help and usage errors in Chinese, for every command registered above


def main() -> None:
    # Standalone mode lets typer report usage errors itself (exit 2); govweb errors arrive here.
    try:
        app()
    except GovwebError as exc:
        report_error(exc)
    except Exception as exc:  # a bug or an input we did not foresee: one line, the traceback in a log file
        report_crash(exc)


__all__ = ["app", "main"]
