"""Read a crawl snapshot folder: crawl.json, crawl.warc.gz, measurements.json, probes.jsonl.

The WARC is read in one streaming pass. A page's HTML is the browser lane's `conversion` record when the crawl
rendered it, else the response payload decoded with the codec the crawler recorded. A truncated or corrupt
record becomes a warning naming its byte offset and reading resumes at the next record; a file that is not a
WARC at all is bad input.
"""

from __future__ import annotations

import json
import mmap
import os
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from govweb.errors import BadInput, Problem

CRAWL_JSON = "crawl.json"
CRAWL_WARC = "crawl.warc.gz"
MEASUREMENTS_JSON = "measurements.json"
PROBES_JSONL = "probes.jsonl"

_CODEC_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", re.I)


@dataclass(frozen=True, slots=True)
class PageRecord:
    """One row of crawl.json `pages`."""

    url: str
    kind: str
    referrer: str | None
    status: int | None
    content_type: str | None
    encoding: str | None
    title: str | None
    depth: int
    error: str | None
    warc_record: str | None
    final_url: str | None
    rendered_record: str | None

    @property
    def is_html(self) -> bool:
        ct = (self.content_type or "").lower()
        return self.kind == "page" and ("html" in ct or ct == "") and self.warc_record is not None

    @property
    def ok(self) -> bool:
        return self.error is None and self.status is not None and 200 <= self.status < 400


@dataclass
class Document:
    """An HTML page of the snapshot, decoded."""

    record: PageRecord
    html: str
    warc_record: str          # the record the HTML came from (conversion or response)
    offset: int


@dataclass
class Snapshot:
    dir: Path
    seed: str
    complete: bool
    pages: list[PageRecord]
    measurements: dict[str, Any] | None
    probes: list[dict[str, Any]]
    warnings: list[str] = field(default_factory=list)
    homepage: str | None = None  # the page a visitor lands on (crawl.json `homepage`: splash pages etc. followed)
    homepage_chain: list[str] = field(default_factory=list)  # the URLs from the seed to it (crawl.json)

    @property
    def warc_path(self) -> Path:
        return self.dir / CRAWL_WARC

    def documents(self) -> Iterator[Document]:
        """Every HTML page, decoded, in WARC order (one streaming pass, plus re-reads of rendered pages whose
        conversion record is missing)."""
        return _documents(self)


def _str(v: Any) -> str | None:
    return v if isinstance(v, str) and v else None


def _page(row: dict[str, Any]) -> PageRecord:
    return PageRecord(
        url=str(row["url"]),
        kind=str(row.get("kind") or "page"),
        referrer=_str(row.get("referrer")),
        status=row.get("status") if isinstance(row.get("status"), int) else None,
        content_type=_str(row.get("content_type")),
        encoding=_str(row.get("encoding")),
        title=_str(row.get("title")),
        depth=int(row.get("depth") or 0),
        error=_str(row.get("error")),
        warc_record=_str(row.get("warc_record")),
        final_url=_str(row.get("final_url")),
        rendered_record=_str(row.get("rendered_record")),
    )


def load_snapshot(directory: str | os.PathLike[str]) -> Snapshot:
    """Read the snapshot's JSON files and validate that the WARC is a WARC. BadInput lists every problem."""
    d = Path(directory)
    problems: list[Problem] = []
    if not d.is_dir():
        raise BadInput(f"快照目录不存在：{d}")
    crawl: dict[str, Any] = {}
    cj = d / CRAWL_JSON
    if not cj.is_file():
        problems.append(Problem("缺少 crawl.json（请先运行 govweb crawl）", file=str(cj)))
    else:
        try:
            crawl = json.loads(cj.read_text(encoding="utf-8"))
            if not isinstance(crawl, dict) or not isinstance(crawl.get("pages"), list):
                raise ValueError("缺少 pages 列表")
        except (ValueError, UnicodeDecodeError) as exc:
            problems.append(Problem(f"不是有效的 crawl.json：{exc}", file=str(cj)))
            crawl = {}
    pages: list[PageRecord] = []
    for i, row in enumerate(crawl.get("pages", []), start=1):
        if not isinstance(row, dict) or not isinstance(row.get("url"), str):
            problems.append(Problem(f"pages 第 {i} 项缺少 url", file=str(cj)))
            continue
        pages.append(_page(row))
    warc = d / CRAWL_WARC
    if any(p.warc_record for p in pages):
        if not warc.is_file():
            problems.append(Problem("缺少 crawl.warc.gz", file=str(warc)))
        elif not _looks_like_warc(warc):
            problems.append(Problem("文件不是 WARC 归档（既非 gzip 压缩的 WARC，也非纯文本 WARC）", file=str(warc)))
    measurements: dict[str, Any] | None = None
    mj = d / MEASUREMENTS_JSON
    if mj.is_file():
        try:
            loaded = json.loads(mj.read_text(encoding="utf-8"))
            measurements = loaded if isinstance(loaded, dict) else None
            if measurements is None:
                problems.append(Problem("measurements.json 应为 JSON 对象", file=str(mj)))
        except (ValueError, UnicodeDecodeError) as exc:
            problems.append(Problem(f"不是有效的 JSON：{exc}", file=str(mj)))
    probes: list[dict[str, Any]] = []
    warnings: list[str] = []
    pj = d / PROBES_JSONL
    if pj.is_file():
        for n, line in enumerate(pj.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError:
                warnings.append(f"probes.jsonl 第 {n} 行不是有效的 JSON，已跳过")
                continue
            if isinstance(obj, dict):
                probes.append(obj)
    if problems:
        raise BadInput("快照无法读取", problems)
    return Snapshot(
        dir=d,
        seed=str(crawl.get("seed") or (pages[0].url if pages else "")),
        complete=bool(crawl.get("complete")),
        pages=pages,
        measurements=measurements,
        probes=probes,
        warnings=warnings,
        homepage=_str(crawl.get("homepage")),
        homepage_chain=[str(step["url"]) for step in crawl.get("homepage_chain") or []
                        if isinstance(step, dict) and isinstance(step.get("url"), str)],
    )


# --- WARC reading -------------------------------------------------------------------------------------------

_GZIP_MAGIC = b"\x1f\x8b\x08"


def _gunzip_head(data: bytes) -> bytes:
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, 16)
    except zlib.error:
        return b""


def _looks_like_warc(path: Path) -> bool:
    with open(path, "rb") as fh:
        head = fh.read(4096)
    if head.startswith(_GZIP_MAGIC):
        return _gunzip_head(head).startswith(b"WARC/")
    return head.startswith(b"WARC/")


def _next_record_start(mm: mmap.mmap, start: int, gzipped: bool) -> int | None:
    """The offset of the next plausible record start at or after `start`."""
    pos = start
    size = len(mm)
    while pos < size:
        if gzipped:
            i = mm.find(_GZIP_MAGIC, pos)
            if i < 0:
                return None
            if _gunzip_head(mm[i : i + 512]).startswith(b"WARC/"):
                return i
        else:
            i = mm.find(b"WARC/1.", pos)
            if i < 0:
                return None
            if i == 0 or mm[i - 1 : i] == b"\n":
                return i
        pos = i + 1
    return None


@dataclass(frozen=True, slots=True)
class WarcEntry:
    offset: int
    rec_type: str
    record_id: str
    refers_to: str | None
    content_type: str | None
    truncated: bool
    payload: bytes | None


def iter_warc(
    path: Path, warnings: list[str], wanted: Callable[[str, str, str | None], bool]
) -> Iterator[WarcEntry]:
    """Every record of the WARC with its absolute offset; the payload is read only when
    `wanted(rec_type, record_id, refers_to)`. Corrupt records become warnings; reading resumes after them."""
    gzipped = _looks_gzipped(path)
    with open(path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        if size == 0:
            return
        mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        try:
            pos: int | None = 0
            while pos is not None and pos < size:
                fh.seek(pos)
                it = ArchiveIterator(fh, check_digests=False, ensure_http_headers=False)
                try:
                    for rec in it:
                        entry = _entry(rec, it.offset, wanted)
                        yield entry
                    return
                except Exception as exc:  # zlib.error, EOFError, ArchiveLoadFailed, ValueError …
                    current = it.offset
                    warnings.append(f"WARC 记录截断或损坏（偏移 {current}，{type(exc).__name__}），已跳过该记录")
                    pos = _next_record_start(mm, current + 1, gzipped)
        finally:
            mm.close()


def _looks_gzipped(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(3) == _GZIP_MAGIC


def _entry(rec: ArcWarcRecord, offset: int, wanted: Callable[[str, str, str | None], bool]) -> WarcEntry:
    h = rec.rec_headers
    rec_type = rec.rec_type or ""
    rid = h.get_header("WARC-Record-ID") or ""
    refers = h.get_header("WARC-Refers-To")
    payload: bytes | None = None
    ctype: str | None = None
    if wanted(rec_type, rid, refers):
        if rec.http_headers is not None and rec_type == "response":
            ctype = rec.http_headers.get_header("Content-Type")
        else:
            ctype = h.get_header("Content-Type")
        payload = rec.content_stream().read()
        if getattr(rec.raw_stream, "limit", 0) > 0:  # the record body ended before its Content-Length
            raise EOFError("record body shorter than its Content-Length")
    return WarcEntry(offset, rec_type, rid, refers, ctype, bool(h.get_header("WARC-Truncated")), payload)


def decode_html(payload: bytes, recorded: str | None, content_type: str | None) -> str:
    """Decode with the codec the crawler recorded; else header charset, BOM, <meta charset>, UTF-8."""
    candidates: list[str] = []
    if recorded:
        candidates.append(recorded)
    if content_type:
        m = _HEADER_CHARSET.search(content_type)
        if m:
            candidates.append(m.group(1))
    if payload.startswith(b"\xef\xbb\xbf"):
        candidates.append("utf-8-sig")
    m2 = _META_CHARSET.search(payload[:4096])
    if m2:
        candidates.append(m2.group(1).decode("ascii", "replace"))
    candidates.append("utf-8")
    for name in candidates:
        codec = _CODEC_ALIASES.get(name.lower(), name.lower())
        try:
            return payload.decode(codec)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("utf-8", errors="replace")


def _documents(snap: Snapshot) -> Iterator[Document]:
    by_response: dict[str, PageRecord] = {}
    by_conversion: dict[str, PageRecord] = {}
    for p in snap.pages:
        if p.is_html and p.warc_record:
            by_response.setdefault(p.warc_record, p)
            if p.rendered_record:
                by_conversion.setdefault(p.rendered_record, p)
    if not by_response or not snap.warc_path.is_file():
        return
    wanted_ids = set(by_response) | set(by_conversion)

    def wanted(rec_type: str, rid: str, refers: str | None) -> bool:
        return rid in wanted_ids and rec_type in ("response", "conversion")

    pending: dict[str, Document] = {}     # rendered pages whose conversion record has not come yet
    converted: set[str] = set()
    for e in iter_warc(snap.warc_path, snap.warnings, wanted):
        if e.payload is None:
            continue
        if e.rec_type == "conversion" and e.record_id in by_conversion:
            page = by_conversion[e.record_id]
            converted.add(page.warc_record or "")
            pending.pop(page.warc_record or "", None)
            yield Document(page, decode_html(e.payload, "utf-8", e.content_type), e.record_id, e.offset)
        elif e.rec_type == "response" and e.record_id in by_response:
            page = by_response[e.record_id]
            doc = Document(page, decode_html(e.payload, page.encoding, e.content_type), e.record_id, e.offset)
            if page.rendered_record and page.rendered_record in by_conversion:
                if e.record_id not in converted:
                    pending[e.record_id] = doc
            else:
                yield doc
    # Rendered pages whose conversion record is missing fall back to the response.
    yield from pending.values()
