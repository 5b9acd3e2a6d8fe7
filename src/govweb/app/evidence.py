"""Evidence files of a stored round (they stay files; the store references them): the archived pages in the
site's WARCs, replayed from their records, and the dated screenshots of screenshots.json.

The WARCs are indexed once per file version (record id → offset, headers only) and a record is then read
directly at its offset. What is replayed is untrusted: `clean_archived_html` takes out scripts, frames, forms and
handlers and masks personal data, and the page is served from its own path with a sandboxing CSP.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from govweb.app.masking import clean_archived_html
from govweb.checks.snapshot import decode_html
from govweb.documents.layout import EVIDENCE_WARCS, SHOTS_INDEX

MAX_REPLAY_BYTES = 5 * 1024 * 1024
# Archived pages: no script, no plugin, no form, no network but inline styles and data: images; a unique origin.
REPLAY_CSP = ("sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src 'none'; "
              "form-action 'none'; base-uri 'none'; frame-ancestors 'self'")


@dataclass(frozen=True)
class Archived:
    url: str
    date: str | None
    record_type: str
    content_type: str | None
    html: str | None              # cleaned and masked HTML; None when the record is not a page
    size: int


def site_folder(round_folder: str | None, site_dir: str | None) -> Path | None:
    if not round_folder or not site_dir:
        return None
    folder = (Path(round_folder) / site_dir).resolve()
    root = Path(round_folder).resolve()
    return folder if folder.is_relative_to(root) and folder.is_dir() else None


@functools.lru_cache(maxsize=64)
def _index(path: str, mtime_ns: int, size: int) -> dict[str, int]:
    offsets: dict[str, int] = {}
    with open(path, "rb") as fh:
        iterator = ArchiveIterator(fh, check_digests=False, ensure_http_headers=False)
        try:
            for record in iterator:
                record_id = record.rec_headers.get_header("WARC-Record-ID")
                if record_id:
                    offsets[record_id] = iterator.offset
        except Exception:  # a torn tail: what was indexed so far stays usable
            pass
    return offsets


def find_record(folder: Path, record_id: str) -> tuple[Path, int] | None:
    for name in EVIDENCE_WARCS:
        path = folder / name
        if path.is_file():
            stat = path.stat()
            offset = _index(str(path), stat.st_mtime_ns, stat.st_size).get(record_id)
            if offset is not None:
                return path, offset
    return None


def read_archived(folder: Path, record_id: str) -> Archived | None:
    """The record as a replayable page (or its description when it is not a page), None when not found."""
    found = find_record(folder, record_id)
    if found is None:
        return None
    path, offset = found
    with open(path, "rb") as fh:
        fh.seek(offset)
        record = next(iter(ArchiveIterator(fh, check_digests=False, ensure_http_headers=False)), None)
        if record is None:
            return None
        headers = record.rec_headers
        url = headers.get_header("WARC-Target-URI") or ""
        if record.rec_type == "response" and record.http_headers is not None:
            content_type = record.http_headers.get_header("Content-Type")
        else:
            content_type = headers.get_header("Content-Type")
        payload = record.content_stream().read(MAX_REPLAY_BYTES)
    html = None
    if record.rec_type in ("response", "conversion") and "html" in (content_type or "text/html").lower():
        html = clean_archived_html(decode_html(payload, None, content_type))
    return Archived(url, headers.get_header("WARC-Date"), record.rec_type, content_type, html, len(payload))


def screenshots(folder: Path) -> dict[str, dict[str, Any]]:
    """URL → the screenshot entry (file relative to the site folder, taken_at) of screenshots.json."""
    path = folder / SHOTS_INDEX
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    entries = data.get("screenshots") if isinstance(data, dict) else data
    found: dict[str, dict[str, Any]] = {}
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, dict) and entry.get("file") and not entry.get("error") and entry.get("url"):
            found[str(entry["url"])] = entry
    return found


def screenshot_path(folder: Path, name: str) -> Path | None:
    """A screenshot listed in screenshots.json, by its file name (nothing else of the folder is served)."""
    for entry in screenshots(folder).values():
        file = (folder / str(entry["file"])).resolve()
        if file.name == name and file.is_relative_to(folder.resolve()) and file.suffix == ".png" and file.is_file():
            return file
    return None
