"""A tiny crawl-snapshot builder for tests: crawl.json + crawl.warc.gz written with warcio, the way the crawler
writes them (request/response pairs, optional conversion records)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Any

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


@dataclass
class Fetch:
    url: str
    body: str | bytes = ""
    status: int = 200
    kind: str = "page"
    content_type: str = "text/html; charset=utf-8"
    encoding: str | None = "utf-8"
    error: str | None = None
    referrer: str | None = None
    depth: int = 1
    rendered: str | None = None          # HTML of a browser-rendered version (conversion record)
    final_url: str | None = None
    truncated: str | None = None         # WARC-Truncated reason: the body was cut ("length", "time")


@dataclass
class SnapshotBuilder:
    seed: str
    fetches: list[Fetch] = field(default_factory=list)
    measurements: dict[str, Any] | None = None
    probes: list[dict[str, Any]] = field(default_factory=list)

    def page(self, url: str, body: str | bytes = "", **kw: Any) -> SnapshotBuilder:
        self.fetches.append(Fetch(url, body, **kw))
        return self

    def write(self, directory: Path, gzip: bool = True) -> Path:
        directory.mkdir(parents=True, exist_ok=True)
        pages: list[dict[str, Any]] = []
        with open(directory / "crawl.warc.gz", "wb") as fh:
            writer = WARCWriter(fh, gzip=gzip)
            for f in self.fetches:
                rid = None
                conv_id = None
                if f.error not in ("dns", "connect", "timeout", "tls", "blocked", "robots-disallowed"):
                    body = f.body.encode(f.encoding or "utf-8") if isinstance(f.body, str) else f.body
                    reason = {200: "OK", 404: "Not Found", 500: "Internal Server Error"}.get(f.status, "X")
                    req = writer.create_warc_record(
                        f.url, "request", payload=BytesIO(b""),
                        http_headers=StatusAndHeaders("GET / HTTP/1.1", [("Host", "x")], is_http_request=True),
                    )
                    writer.write_record(req)
                    resp = writer.create_warc_record(
                        f.url, "response", payload=BytesIO(body),
                        warc_headers_dict={"WARC-Truncated": f.truncated} if f.truncated else None,
                        http_headers=StatusAndHeaders(
                            f"{f.status} {reason}",
                            [("Content-Type", f.content_type), ("Content-Length", str(len(body)))],
                            protocol="HTTP/1.1",
                        ),
                    )
                    writer.write_record(resp)
                    rid = resp.rec_headers.get_header("WARC-Record-ID")
                    if f.rendered is not None:
                        conv = writer.create_warc_record(
                            f.url, "conversion", payload=BytesIO(f.rendered.encode("utf-8")),
                            warc_content_type="text/html; charset=utf-8",
                            warc_headers_dict={"WARC-Refers-To": rid},
                        )
                        writer.write_record(conv)
                        conv_id = conv.rec_headers.get_header("WARC-Record-ID")
                pages.append({
                    "url": f.url, "kind": f.kind, "referrer": f.referrer,
                    "status": f.status if rid else None,
                    "content_type": f.content_type if rid else None, "encoding": f.encoding,
                    "title": None, "depth": 0 if f.url == self.seed else f.depth, "bytes": 0, "elapsed_ms": 1,
                    "error": f.error if f.error else (None if f.status < 400 else "http-status"),
                    "warc_record": rid, "final_url": f.final_url or f.url, "rendered_record": conv_id,
                })
        crawl = {"seed": self.seed, "complete": True, "options": {}, "pages": pages, "stats": {}, "pruned": []}
        (directory / "crawl.json").write_text(json.dumps(crawl, ensure_ascii=False), encoding="utf-8")
        if self.measurements is not None:
            (directory / "measurements.json").write_text(json.dumps(self.measurements), encoding="utf-8")
        if self.probes:
            (directory / "probes.jsonl").write_text(
                "".join(json.dumps(p) + "\n" for p in self.probes), encoding="utf-8"
            )
        return directory
