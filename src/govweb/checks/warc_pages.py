"""A snapshot from WARC files alone (no crawl.json): evidence written by another tool — wget `--warc-file`,
Heritrix, Browsertrix, warcio's `capture_http` — or a govweb crawl whose crawl.json was lost.

One pass over the record headers builds the page list:

* every http(s) `response` (and `resource` with an HTTP-like URL) is a capture of its URL; the last capture of a
  URL wins; `request` records give the Referer (the page's referrer, and its depth from the homepage);
* a `revisit` (identical-payload-digest or server-not-modified) is a capture whose payload lives in an earlier
  record: found by WARC-Refers-To, else the payload digest, else WARC-Refers-To-Target-URI and -Date; a revisit
  whose original is not in the files is a missing record;
* `conversion` records referring to a response are govweb's rendered DOM; `metadata`, `warcinfo`, `dns:` and
  `urn:` records (Browsertrix page info, screenshots — govweb's own `urn:govweb:screenshot:`) are not pages;
* WARC 1.0 and 1.1, uncompressed or gzipped per record (warcio reads both).

The homepage is `seed` when given, else the first HTML response (or redirect) in the files, followed through its
redirects; those pages have depth 0, as a crawl records them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from govweb.checks.snapshot import (
    EVIDENCE_MISSING,
    Integrity,
    PageRecord,
    Snapshot,
    WarcEntry,
    ends_inside_a_record,
    iter_warc,
)
from govweb.urlnorm import try_canonical

REDIRECTS = frozenset({301, 302, 303, 307, 308})
MAX_HOPS = 10


@dataclass
class Capture:
    url: str
    record: str                  # the record that captured it (response, resource or revisit)
    rec_type: str
    status: int | None
    content_type: str | None
    location: str | None
    digest: str | None = None
    refers_to: str | None = None
    refers_to_uri: str | None = None
    refers_to_date: str | None = None
    date: str | None = None
    payload: str | None = None   # the record holding the payload (itself, or a revisit's original)


def _is_web(uri: str) -> bool:
    return urlsplit(uri).scheme in ("http", "https")


def _capture(e: WarcEntry) -> Capture:
    h = e.headers
    status: int | None = 200 if e.rec_type == "resource" else None
    location = None
    if e.http is not None:
        code = (e.http.get_statuscode() or "").strip()
        status = int(code) if code.isdigit() else None
        location = e.http.get_header("Location")
    return Capture(
        url=e.uri, record=e.record_id, rec_type=e.rec_type, status=status, content_type=e.content_type,
        location=location, digest=h.get_header("WARC-Payload-Digest"),
        refers_to=e.refers_to, refers_to_uri=h.get_header("WARC-Refers-To-Target-URI"),
        refers_to_date=h.get_header("WARC-Refers-To-Date"), date=h.get_header("WARC-Date"),
        payload=None if e.rec_type == "revisit" else e.record_id,
    )


class _Reader:
    """What one pass over the files tells: captures, referrers, conversions, damage."""

    def __init__(self) -> None:
        self.latest: dict[str, Capture] = {}          # URL → its last capture
        self.by_record: dict[str, Capture] = {}
        self.by_digest: dict[str, Capture] = {}        # payload digest → the first capture holding that payload
        self.history: dict[str, list[Capture]] = {}    # URL → captures holding a payload, in order
        self.referrer: dict[str, str] = {}
        self.conversion: dict[str, str] = {}           # response record → its conversion record
        self.damaged = 0
        self.truncated_tail = False
        self._by_key: dict[str, str] | None = None     # canonical URL → the first captured URL with that key

    def find(self, url: str) -> str:
        """The captured URL that `url` names (the same after normalisation), else `url` itself. The captured
        URLs are keyed once, on the first lookup that needs it."""
        if url in self.latest:
            return url
        wanted = try_canonical(url)
        if wanted is None:
            return url
        if self._by_key is None:
            self._by_key = {}
            for u in self.latest:
                key = try_canonical(u)
                if key is not None:
                    self._by_key.setdefault(key, u)
        return self._by_key.get(wanted, url)

    def read(self, warcs: Iterable[Path], warnings: list[str]) -> None:
        for path in warcs:
            damaged: list[int] = []
            last_good = -1
            for e in iter_warc(path, warnings, lambda *_: False, damaged):
                last_good = e.offset
                self._add(e)
            self.damaged += len(damaged)
            self.truncated_tail = ends_inside_a_record(path, last_good, damaged, warnings) or self.truncated_tail

    def _add(self, e: WarcEntry) -> None:
        if e.rec_type == "conversion" and e.refers_to:
            self.conversion.setdefault(e.refers_to, e.record_id)
            return
        if not _is_web(e.uri):
            return
        if e.rec_type == "request":
            referer = e.http.get_header("Referer") if e.http is not None else None
            if referer:
                self.referrer.setdefault(e.uri, referer)
            return
        if e.rec_type not in ("response", "revisit", "resource"):
            return
        capture = _capture(e)
        self.latest[e.uri] = capture
        self.by_record[capture.record] = capture
        if capture.payload is not None:
            self.history.setdefault(e.uri, []).append(capture)
            if capture.digest:
                self.by_digest.setdefault(capture.digest, capture)

    def original(self, revisit: Capture) -> Capture | None:
        """The earlier capture whose payload a revisit stands for."""
        found = self.by_record.get(revisit.refers_to or "")
        if found is None and revisit.digest:
            found = self.by_digest.get(revisit.digest)
        if found is None:
            earlier = self.history.get(revisit.refers_to_uri or revisit.url, [])
            dated = [c for c in earlier if revisit.refers_to_date and c.date == revisit.refers_to_date]
            found = (dated or earlier or [None])[-1]
        return found if found is not None and found.payload is not None else None


def _resolve_revisits(reader: _Reader) -> tuple[dict[str, str], list[str]]:
    """(revisit record → payload record, URLs whose revisit has no original in the files)."""
    payload_of: dict[str, str] = {}
    orphans: list[str] = []
    for capture in reader.latest.values():
        if capture.rec_type != "revisit":
            continue
        original = reader.original(capture)
        if original is None:
            orphans.append(capture.url)
            continue
        capture.payload = original.payload
        payload_of[capture.record] = original.payload or original.record
        if capture.status in (None, 304):  # server-not-modified: the original answered
            capture.status = original.status
        capture.content_type = capture.content_type or original.content_type
    return payload_of, orphans


def _chain(reader: _Reader, start: str) -> list[str]:
    """`start` and the captured URLs its redirects lead to, in order."""
    chain = [start]
    capture = reader.latest.get(start)
    while capture is not None and capture.status in REDIRECTS and capture.location and len(chain) <= MAX_HOPS:
        target = urljoin(capture.url, capture.location.strip())
        if target in chain:
            break
        chain.append(target)
        capture = reader.latest.get(target)
    return chain


def _is_html(capture: Capture) -> bool:
    ctype = (capture.content_type or "").lower()
    return "html" in ctype or ctype == ""


def _first_page(reader: _Reader) -> str | None:
    for url, capture in reader.latest.items():
        if urlsplit(url).path == "/robots.txt" or capture.status is None:
            continue
        if capture.status in REDIRECTS and capture.location or 200 <= capture.status < 300 and _is_html(capture):
            return url
    return None


def _depths(reader: _Reader, home: list[str]) -> dict[str, int]:
    """Depth from the homepage through Referer chains (1 when a page's referrer is unknown)."""
    depth = dict.fromkeys(home, 0)

    def of(url: str, seen: frozenset[str] = frozenset()) -> int:
        if url in depth:
            return depth[url]
        parent = reader.referrer.get(url)
        if parent is None or parent in seen or parent not in reader.latest and parent not in depth:
            value = 1
        else:
            value = of(parent, seen | {url}) + 1
        depth[url] = value
        return value

    for url in reader.latest:
        of(url)
    return depth


def _kind(capture: Capture) -> str:
    if urlsplit(capture.url).path == "/robots.txt":
        return "robots"
    if capture.status in REDIRECTS or _is_html(capture):
        return "page"
    return "attachment"


def snapshot_from_warcs(directory: Path, warcs: list[Path], seed: str | None, measurements: dict[str, Any] | None,
                        probes: list[dict[str, Any]], warnings: list[str]) -> Snapshot:
    reader = _Reader()
    reader.read(warcs, warnings)
    payload_of, orphans = _resolve_revisits(reader)
    start = reader.find(seed.strip()) if seed else _first_page(reader)
    home = _chain(reader, start) if start else []
    depths = _depths(reader, home)
    integrity = Integrity(source="warc", files=[w.name for w in warcs], listed_records=len(reader.latest),
                          missing_records=len(orphans) + reader.damaged, damaged_records=reader.damaged,
                          truncated_tail=reader.truncated_tail, missing_urls=sorted(orphans))
    gone = set(orphans)
    pages: list[PageRecord] = []
    for url, capture in reader.latest.items():
        depth = depths.get(url, 1)
        if url in gone and depth != 0:
            continue
        status = None if url in gone else capture.status
        pages.append(PageRecord(
            url=url, kind=_kind(capture), referrer=reader.referrer.get(url), status=status,
            content_type=capture.content_type, encoding=None, title=None, depth=depth,
            error=EVIDENCE_MISSING if url in gone else ("http-status" if status and status >= 400 else None),
            warc_record=None if url in gone else capture.record,
            final_url=_chain(reader, url)[-1], rendered_record=reader.conversion.get(capture.record),
        ))
    if not start:
        warnings.append("WARC 中没有 HTML 网页，无法确定首页（可用 --seed 给出）")
    elif start not in reader.latest:
        warnings.append(f"WARC 中没有 --seed 给出的首页 {seed}")
    described = "、".join(integrity.files[:3]) + ("等" if len(integrity.files) > 3 else "")
    warnings.append(f"快照没有 crawl.json：页面列表由 WARC（{described}）推导，共 {len(pages)} 个网址，首页 {start or '未知'}")
    return Snapshot(dir=directory, seed=start or (seed or ""), complete=True, pages=pages, measurements=measurements,
                    probes=probes, warnings=warnings, homepage=home[-1] if home else None, homepage_chain=home,
                    warcs=warcs, integrity=integrity, payload_of=payload_of)


__all__ = ["snapshot_from_warcs"]
