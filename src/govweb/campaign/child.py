"""Launcher for per-site jobs: `python -m govweb.campaign.child <govweb arguments>`.

The child asks the kernel to kill it when the round process dies (PR_SET_PDEATHSIG), so a round killed with
SIGKILL leaves no orphan writing into a site folder while the rerun resumes it.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

PR_SET_PDEATHSIG = 1
PARENT_ENV = "GOVWEB_ROUND_PID"  # set by govweb.campaign.inspect


def _die_with_parent() -> None:
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the round still works, orphans are possible
        return
    expected = os.environ.get(PARENT_ENV)
    if expected and os.getppid() != int(expected):  # the parent died before prctl took effect
        os._exit(137)


def main() -> None:
    _die_with_parent()
    from govweb.cli import main as govweb_main

    sys.argv = ["govweb", *sys.argv[1:]]
    govweb_main()


if __name__ == "__main__":
    main()
