"""Helper processes (throwaway databases, brokers, web servers, workers) that die with the process that started
them, even when it is killed with SIGKILL and no teardown runs: a test run stopped by a timeout leaves nothing
serving behind.

The tie is the kernel's parent-death signal (Linux `PR_SET_PDEATHSIG`), set by util-linux `setpriv` which then
execs the command: the helper keeps setpriv's pid, nothing sits in between, and a change of user (`user=`, done
by setpriv before it sets the signal, as a change of ids clears it) keeps the tie. The signal fires when the
*thread* that started the helper ends, so start it from one that lives as long as it (the main thread of a test
session or of a benchmark). Where setpriv is missing (not Linux) the command runs untied.

What a killed run still leaves on disk — the temporary folders of its helpers — is removed by the next run:
`owned_tempdir` writes the owner process into the folder and removes the folders of owners that are gone.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import tempfile
from collections.abc import Sequence
from pathlib import Path

OWNER_FILE = "owner"


def tethered(command: Sequence[str], sig: signal.Signals = signal.SIGTERM, user: str | None = None) -> list[str]:
    """`command` made to receive `sig` as soon as the thread starting it is gone (see the module doc); run as
    `user` (needs root) when given."""
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return ["runuser", "-u", user, "--", *command] if user else list(command)
    ids = ["--reuid", user, "--regid", user, "--init-groups"] if user else []
    return [setpriv, *ids, "--pdeathsig", sig.name.removeprefix("SIG"), "--", *command]


def stat_fields(pid: int) -> list[str] | None:
    """The fields of /proc/PID/stat after the command name (state, parent pid, …), or None (no such process)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat[stat.rfind(")") + 2:].split()


def _start_time(pid: int) -> str | None:
    """The start time of process `pid` (field 22 of /proc/PID/stat), to tell it from a later one of the same pid."""
    fields = stat_fields(pid)
    return fields[19] if fields is not None else None


def _owner_alive(folder: Path) -> bool:
    try:
        pid_text, _, started = (folder / OWNER_FILE).read_text().partition(" ")
        pid = int(pid_text)
    except (OSError, ValueError):
        return True  # no owner recorded (not ours, or still being set up): leave it
    if not started.strip():  # no /proc to tell a reused pid from its first owner: whether the pid runs
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except OSError:
            return True
        return True
    return _start_time(pid) == started.strip()


def owned_tempdir(prefix: str) -> Path:
    """A new temporary folder named `prefix…`, marked as this process's; folders of that prefix whose owner
    process is gone (a run killed before its teardown) are removed first."""
    base = Path(tempfile.gettempdir())
    for old in base.glob(f"{prefix}*"):
        if old.is_dir() and not _owner_alive(old):
            shutil.rmtree(old, ignore_errors=True)
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    with contextlib.suppress(OSError):
        (folder / OWNER_FILE).write_text(f"{os.getpid()} {_start_time(os.getpid()) or ''}")
    return folder
