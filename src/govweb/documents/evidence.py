"""The evidence screenshots of a site folder, read for whoever shows them (the diagnosis, the dashboard): the
pages the crawl screenshotted (resource records in crawl.warc.gz, PNGs in screenshots/) and the evidence
screenshots taken after the checks (screenshots.json). Part of the site folder's layout, so no stage reads
another stage's files itself."""

from __future__ import annotations

import datetime
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from govweb.documents.layout import CRAWL_WARC, SHOTS_DIR, SHOTS_INDEX

SHANGHAI = datetime.timezone(datetime.timedelta(hours=8))

Box = tuple[int, int, int, int]  # x, y, width, height in page pixels of a full-page screenshot


@dataclass(frozen=True)
class Screenshot:
    path: Path | None          # the PNG; None when the capture failed
    taken: str | None          # capture time, "YYYY-MM-DD HH:MM:SS" in +08:00, when known
    error: str | None = None   # why the capture failed (timeout, dns, connect, tls, render)
    mark: Box | None = None    # the offending element of the finding shown with it, outlined
    marks: Mapping[str, Box] = field(default_factory=dict, hash=False, compare=False)  # finding id → element


def shot_time(value: str | None) -> str | None:
    """A capture time (WARC-Date in UTC, or ISO 8601 with an offset) shown as +08:00 `YYYY-MM-DD HH:MM:SS`."""
    if not value:
        return None
    try:
        moment = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M:%S")


def _crawl_screenshots(site_dir: Path, folder: Path) -> dict[str, Screenshot]:
    """Screenshots the crawl took (the homepage): resource records in crawl.warc.gz give the page (its URL in
    WARC-Refers-To-Target-URI; older crawls used it as the record's own URI) and the capture time."""
    warc = site_dir / CRAWL_WARC
    if not warc.is_file():
        return {}
    from warcio.archiveiterator import ArchiveIterator

    shots: dict[str, Screenshot] = {}
    try:
        with open(warc, "rb") as fh:
            for record in ArchiveIterator(fh):
                if record.rec_type != "resource":
                    continue
                headers = record.rec_headers
                url = headers.get_header("WARC-Refers-To-Target-URI") or headers.get_header("WARC-Target-URI") or ""
                path = folder / f"{hashlib.sha1(url.encode('utf-8')).hexdigest()[:16]}.png"
                if path.is_file():
                    shots[url] = Screenshot(path, shot_time(record.rec_headers.get_header("WARC-Date")))
    except Exception:  # a damaged WARC: keep the screenshots found so far (checks report the damage)
        pass
    return shots


def _box(value: Any) -> Box | None:
    """[x, y, w, h] from screenshots.json as whole pixels; None when malformed or empty."""
    try:
        x, y, w, h = (int(round(float(v))) for v in value)
    except (TypeError, ValueError):
        return None
    return (x, y, w, h) if w > 0 and h > 0 else None


def screenshots(site_dir: Path) -> dict[str, Screenshot]:
    """Screenshots by page URL: the crawl's, then the evidence screenshots of screenshots.json (newer, they win;
    a failed evidence capture only shows when the crawl took none of that page)."""
    folder = site_dir / SHOTS_DIR
    shots = _crawl_screenshots(site_dir, folder) if folder.is_dir() else {}
    try:
        index = json.loads((site_dir / SHOTS_INDEX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return shots
    for entry in index.get("screenshots") or [] if isinstance(index, dict) else []:
        url = str(entry.get("url") or "")
        path = site_dir / str(entry["file"]) if entry.get("file") else None
        if path is not None and path.is_file() and not entry.get("error"):
            marks = {str(k): _box(v) for k, v in (entry.get("marks") or {}).items() if _box(v) is not None}
            shots[url] = Screenshot(path, shot_time(entry.get("taken_at")), marks=marks)  # type: ignore[arg-type]
        elif url not in shots:
            shots[url] = Screenshot(None, None, str(entry.get("error") or "render"))
    return shots
