"""Append-only WARC 1.1 evidence file: one gzip member per record, built with warcio, resumable at a byte offset.

A screenshot is a `resource` record of its own URI, `urn:govweb:screenshot:<page URL>` (the page's URL is in
`WARC-Refers-To-Target-URI`, its response record in `WARC-Refers-To`), so replay tools (pywb, ReplayWeb.page),
which look records up by their target URI, never serve the PNG in place of the page.
"""

from __future__ import annotations

import io
import os
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import govweb

WARC_VERSION = "1.1"
SCREENSHOT_URN = "urn:govweb:screenshot:"


@dataclass
class Exchange:
    """One HTTP request and what came back (body possibly truncated)."""

    url: str
    method: str
    request_headers: list[tuple[str, str]]
    status: int
    reason: str
    http_version: str
    response_headers: list[tuple[str, str]]
    body: bytes
    truncated: str | None = None  # WARC-Truncated reason: "length", "time"
    ip: str | None = None


class WarcFile:
    """Writes records to `path`; `size` is the committed end offset (records past it are torn and dropped)."""

    def __init__(self, path: Path, size: int | None, gzip_level: int = 6) -> None:
        self.path = path
        self.level = gzip_level
        fresh = size is None or not path.exists()
        self.fh = open(path, "wb" if fresh else "r+b")  # noqa: SIM115 - lives as long as the crawl
        if not fresh:
            self.fh.truncate(size)
            self.fh.seek(size or 0)
        self._buf = io.BytesIO()
        self._writer = WARCWriter(self._buf, gzip=False, warc_version=WARC_VERSION)
        self._pending: list[bytes] = []
        if fresh:
            info = {"software": f"govweb/{getattr(govweb, '__version__', '0')} (warcio)", "format": "WARC File Format 1.1",
                    "conformsTo": "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"}
            self._add(self._writer.create_warcinfo_record(path.name, info))
            self.commit()

    @property
    def size(self) -> int:
        return self.fh.tell()

    def _add(self, record: object) -> str:
        self._buf.seek(0)
        self._buf.truncate()
        self._writer.write_record(record)
        comp = zlib.compressobj(self.level, zlib.DEFLATED, 31)
        self._pending.append(comp.compress(self._buf.getvalue()) + comp.flush())
        return str(record.rec_headers.get_header("WARC-Record-ID"))  # type: ignore[attr-defined]

    def add_exchange(self, ex: Exchange) -> str:
        """Add the request and response records; returns the response's WARC-Record-ID."""
        w = self._writer
        path = ex.url.split("/", 3)[3] if ex.url.count("/") >= 3 else ""
        req_http = StatusAndHeaders(f"{ex.method} /{path} HTTP/1.1", ex.request_headers, is_http_request=True)
        resp_headers = [(k, v) for k, v in ex.response_headers if k.lower() != "transfer-encoding"]
        resp_headers += [("X-Archive-Orig-" + k, v) for k, v in ex.response_headers if k.lower() == "transfer-encoding"]
        resp_http = StatusAndHeaders(f"{ex.status} {ex.reason}".strip(), resp_headers, protocol=f"HTTP/{ex.http_version}")
        extra = {"WARC-IP-Address": ex.ip} if ex.ip else {}
        if ex.truncated:
            extra["WARC-Truncated"] = ex.truncated
        resp = w.create_warc_record(ex.url, "response", payload=io.BytesIO(ex.body), length=len(ex.body),
                                    http_headers=resp_http, warc_headers_dict=extra)
        resp_id = resp.rec_headers.get_header("WARC-Record-ID")
        req = w.create_warc_record(ex.url, "request", payload=io.BytesIO(b""), length=0, http_headers=req_http,
                                   warc_headers_dict={"WARC-Concurrent-To": resp_id})
        self._add(req)
        self._add(resp)
        return str(resp_id)

    def add_conversion(self, url: str, html: str, refers_to: str) -> str:
        data = html.encode("utf-8")
        rec = self._writer.create_warc_record(url, "conversion", payload=io.BytesIO(data), length=len(data),
                                              warc_content_type="text/html; charset=utf-8",
                                              warc_headers_dict={"WARC-Refers-To": refers_to})
        return self._add(rec)

    def add_screenshot(self, url: str, png: bytes, refers_to: str | None, taken_at: datetime | None = None) -> str:
        """A screenshot of the page `url`: its own URI, the page in WARC-Refers-To-Target-URI."""
        headers = {"WARC-Refers-To-Target-URI": url}
        if refers_to:
            headers["WARC-Refers-To"] = refers_to
        if taken_at is not None:  # WARC-Date = capture time (UTC)
            headers["WARC-Date"] = taken_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        rec = self._writer.create_warc_record(SCREENSHOT_URN + url, "resource", payload=io.BytesIO(png),
                                              length=len(png), warc_content_type="image/png",
                                              warc_headers_dict=headers)
        return self._add(rec)

    def commit(self) -> int:
        """Append the pending records and hand them to the OS; returns the new end offset."""
        if self._pending:
            self.fh.write(b"".join(self._pending))
            self._pending.clear()
            self.fh.flush()
        return self.fh.tell()

    def close(self) -> None:
        self.commit()
        os.fsync(self.fh.fileno())
        self.fh.close()
