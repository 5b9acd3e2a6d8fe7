"""A round over the local sample sites, end to end, for `make demo`: build the sites, serve them on loopback,
evaluate them, and return the round's report (paths of the publication, summary and diagnoses). Beside the sample
sites, not in campaign: campaign evaluates whatever sites it is given and knows nothing of these."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

from govweb.campaign.round import RoundOptions, RoundReport, run_round

AS_OF = datetime.date(2020, 11, 26)


def sample_round(out: Path, *, concurrency: int = 4, max_pages: int = 2000, progress: bool = True,
                 screenshots: bool | None = None, console: Any = None) -> RoundReport:
    """out/samplesites (the sites), out/sites.csv + out/resolve.txt (the registry as served), out/round (the round).
    The server's port changes from run to run, so the round starts afresh each time."""
    import shutil

    from govweb.fsutil import atomic_open
    from govweb.samplesites import build, serve
    from govweb.samplesites.build import sites_csv

    if not (out / "samplesites" / "ground-truth.json").is_file():
        build(out / "samplesites", as_of=AS_OF)
    shutil.rmtree(out / "round", ignore_errors=True)
    with serve(out / "samplesites") as server:
        registry = out / "sites.csv"
        with atomic_open(registry, "w", newline="") as fh:
            fh.write(sites_csv(server.meta["sites"], server.port))
        with atomic_open(out / "resolve.txt", "w") as fh:
            fh.write("\n".join(server.resolve_args()) + "\n")
        return run_round(RoundOptions(sites=registry, as_of=AS_OF, out=out / "round", concurrency=concurrency,
                                      resolve=tuple(server.resolve_args()), crawl_args=("--max-pages", str(max_pages)),
                                      progress=progress, screenshots=screenshots), console=console)
