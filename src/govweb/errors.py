"""Errors users see. Messages are Simplified Chinese; exit codes: 0 ok, 1 job failed, 2 bad input."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One offending place in an input: file, spreadsheet row (header = 1), column header, and why."""

    message: str
    file: str | None = None
    row: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        where = []
        if self.file:
            where.append(f"文件 {self.file}")
        if self.row is not None:
            where.append(f"第 {self.row} 行")
        if self.column:
            where.append(f"列「{self.column}」")
        return ("，".join(where) + "：" if where else "") + self.message


class GovwebError(Exception):
    exit_code = 1

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.problems = list(problems or [])

    def __str__(self) -> str:
        lines = [self.message, *(f"  - {p}" for p in self.problems)]
        return "\n".join(lines)


class BadInput(GovwebError):
    """The input or the arguments are wrong: exit 2, nothing written."""

    exit_code = 2


class JobFailed(GovwebError):
    """The input was fine but the job could not be done (e.g. a tier that cannot be calibrated): exit 1."""

    exit_code = 1
