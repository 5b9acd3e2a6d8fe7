"""Running the command line in the test process, as `govweb ARGS` (exit codes and output as a user sees them)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from govweb.cli import main


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


Govweb = Callable[..., Run]


@pytest.fixture
def govweb(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Govweb:
    """Run the command line in this process (as `govweb ARGS`), in `cwd`, with extra environment variables."""

    def run(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None, stdin: str | None = None) -> Run:
        with monkeypatch.context() as patch:
            patch.setattr(sys, "argv", ["govweb", *args])
            if cwd is not None:
                patch.chdir(cwd)
            for name, value in (env or {}).items():
                patch.setenv(name, value)
            if stdin is not None:
                import io

                patch.setattr(sys, "stdin", io.StringIO(stdin))
            capsys.readouterr()
            try:
                main()
                code = 0
            except SystemExit as exit_:
                code = int(exit_.code or 0)
            captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run
