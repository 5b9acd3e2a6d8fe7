"""The one owner of a site folder's file layout: every file a stage writes into or reads from a site's folder.

A site folder is what `govweb inspect DIR` writes and what a round keeps under `sites/<网站标识码>/`:

    crawl.json, crawl.warc.gz            collect: the crawl and its evidence
    measurements.json, measurements.warc.gz, probes.jsonl   collect: active measurements
    findings.json                        checks + scoring: the findings document (documents/findings.py)
    reviewed.json                        scoring: the same with expert input applied
    site.json                            campaign: the registry row the round inspected
    inspect.log                          campaign: what the per-site job printed
    screenshots/, screenshots.json, screenshots.warc.gz     evidence screenshots (crawl and after the checks)
    diagnosis.{html,docx,pdf,xlsx}       publish: the per-site diagnosis
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

CRAWL_JSON = "crawl.json"
CRAWL_WARC = "crawl.warc.gz"
MEASUREMENTS_JSON = "measurements.json"
MEASUREMENTS_WARC = "measurements.warc.gz"
PROBES_JSONL = "probes.jsonl"
FINDINGS_JSON = "findings.json"
REVIEWED_JSON = "reviewed.json"
SITE_META = "site.json"
INSPECT_LOG = "inspect.log"
SHOTS_DIR = "screenshots"                  # DIR/screenshots/<sha1(url)[:16]>.png
SHOTS_INDEX = "screenshots.json"           # evidence screenshots: url, file, taken_at, error, marks
SHOTS_WARC = "screenshots.warc.gz"         # … archived as WARC resource records
DIAGNOSIS = "diagnosis"                    # diagnosis.html, diagnosis.pdf …
SIDE_WARCS = frozenset({MEASUREMENTS_WARC, SHOTS_WARC})   # govweb's own WARCs beside the crawl
EVIDENCE_WARCS = (CRAWL_WARC, MEASUREMENTS_WARC, SHOTS_WARC)

ROUND_SITES = "sites"                      # a round: DIR/sites/<网站标识码>/
ROUND_JOURNAL = "round.sqlite"
ROUND_JSON = "round.json"
RESULTS_CSV = "results.csv"
NOT_RANKED_CSV = "not-ranked.csv"


@dataclass(frozen=True)
class SiteFolder:
    """The paths of one site folder."""

    path: Path

    @property
    def crawl_json(self) -> Path:
        return self.path / CRAWL_JSON

    @property
    def crawl_warc(self) -> Path:
        return self.path / CRAWL_WARC

    @property
    def measurements(self) -> Path:
        return self.path / MEASUREMENTS_JSON

    @property
    def findings(self) -> Path:
        return self.path / FINDINGS_JSON

    @property
    def reviewed(self) -> Path:
        return self.path / REVIEWED_JSON

    @property
    def site_meta(self) -> Path:
        return self.path / SITE_META

    @property
    def log(self) -> Path:
        return self.path / INSPECT_LOG

    @property
    def shots_dir(self) -> Path:
        return self.path / SHOTS_DIR

    @property
    def shots_index(self) -> Path:
        return self.path / SHOTS_INDEX

    @property
    def shots_warc(self) -> Path:
        return self.path / SHOTS_WARC

    def diagnosis(self, suffix: str) -> Path:
        return self.path / f"{DIAGNOSIS}{suffix}"

    @property
    def round_dir(self) -> Path | None:
        """The round folder this site folder belongs to (DIR/sites/<code>), or None."""
        parent = self.path.parent
        return parent.parent if parent.name == ROUND_SITES else None


def site_folder(round_dir: Path, code: str) -> SiteFolder:
    """A round's site folder: DIR/sites/<网站标识码>."""
    return SiteFolder(round_dir / ROUND_SITES / code)
