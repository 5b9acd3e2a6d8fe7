"""Read a crawl snapshot folder: crawl.json, crawl.warc.gz, measurements.json, probes.jsonl — or, without
crawl.json, the WARC files another tool wrote (wget, Heritrix, Browsertrix, warcio; see `warc_pages`).

The evidence is verified first (`verify_evidence`: one pass over the record headers): records crawl.json lists
but the WARC lacks or holds damaged, and a cut-off tail, make the snapshot incomplete (`Snapshot.integrity`), and
the pages they held are no evidence of anything. Pages are then read in one streaming pass over their records
(found where the verification saw them; the others are skipped). A page's HTML is the browser lane's `conversion`
record when the crawl rendered it, else the response payload decoded with the codec the crawler recorded (or the
one the bytes declare). A truncated or corrupt record becomes a warning naming its
byte offset and reading resumes at the next record; a page whose record was cut short (WARC-Truncated, or a body
shorter than its length) is a warning naming its URL and offset, never read; a file that is not a WARC at all is
bad input.
"""

from __future__ import annotations

import dataclasses
import json
import mmap
import os
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import chardet
from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from govweb.documents.layout import CRAWL_JSON, CRAWL_WARC, MEASUREMENTS_JSON, PROBES_JSONL, SIDE_WARCS
from govweb.errors import BadInput, Problem

WARC_SUFFIXES = (".warc", ".warc.gz", ".warc.gzip")
EVIDENCE_MISSING = "evidence-missing"  # the error of a homepage whose WARC record is gone

_CODEC_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
                  "ascii": "utf-8"}
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
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
    scripted: str | None = None   # why the crawl wanted the browser lane for it (render_detect), None: a static page

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
    warc_file: str = CRAWL_WARC


@dataclass
class Integrity:
    """Is the evidence whole? `source` is crawl.json (records checked against its list) or warc (no crawl.json:
    the pages were derived from the WARC)."""

    source: str = CRAWL_JSON
    files: list[str] = field(default_factory=list)
    listed_records: int = 0            # records the page list rests on
    missing_records: int = 0           # listed but absent or unreadable (a revisit whose original is gone too)
    damaged_records: int = 0           # records that could not be read at all (corrupt, cut short)
    truncated_tail: bool = False       # the file ends inside a record
    missing_urls: list[str] = field(default_factory=list)   # pages whose record is missing
    truncated_pages: list[str] = field(default_factory=list)  # pages whose record was cut short: not read

    @property
    def complete(self) -> bool:
        return not (self.missing_records or self.damaged_records or self.truncated_tail)

    def to_json(self) -> dict[str, Any]:
        return {"complete": self.complete, "source": self.source, "files": self.files,
                "listed_records": self.listed_records, "missing_records": self.missing_records,
                "damaged_records": self.damaged_records, "truncated_tail": self.truncated_tail,
                "missing_urls": self.missing_urls[:MAX_LISTED], "truncated_pages": self.truncated_pages[:MAX_LISTED]}


MAX_LISTED = 200  # URLs listed in findings.json per kind (all are counted)


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
    warcs: list[Path] = field(default_factory=list)
    integrity: Integrity = field(default_factory=Integrity)
    payload_of: dict[str, str] = field(default_factory=dict)  # a revisit's record → the record with its payload
    # where each whole record is (its ID → (index in `warcs`, offset)), when the evidence check read the WARC
    record_offsets: dict[str, list[tuple[int, int]]] | None = None
    render: dict[str, Any] | None = None  # crawl.json `render`: the browser lane's mode, availability, budget
    # folders of other hosts of the site's gov.cn domain the crawl took as the site's (crawl.json `scope.folders`:
    # `http://www.county.gov.cn/xqz/` of a township at xq.county.gov.cn); none in older crawls and other tools' WARCs
    scope_folders: list[str] = field(default_factory=list)

    @property
    def warc_path(self) -> Path:
        return self.warcs[0] if self.warcs else self.dir / CRAWL_WARC

    def documents(self) -> Iterator[Document]:
        """Every HTML page, decoded, in WARC order (one streaming pass over their records, plus re-reads of rendered
        pages whose conversion record is missing)."""
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
        scripted=_str(row.get("scripted")),
    )


def load_snapshot(directory: str | os.PathLike[str], seed: str | None = None) -> Snapshot:
    """Read a snapshot folder and verify its evidence. With crawl.json, the WARC is checked against it (records
    listed but absent, damaged records, a cut-off tail: `Snapshot.integrity`); without crawl.json, the page list is
    derived from the WARC files in the folder, written by any tool (`seed`: the homepage URL; default the first
    HTML response). BadInput lists every problem."""
    d = Path(directory)
    problems: list[Problem] = []
    if not d.is_dir():
        raise BadInput(f"快照目录不存在：{d}")
    crawl: dict[str, Any] | None = None
    warcs: list[Path] = []
    cj = d / CRAWL_JSON
    if cj.is_file():
        crawl = _read_crawl_json(cj, problems)
        if any(isinstance(row, dict) and row.get("warc_record") for row in crawl.get("pages", [])):
            warcs = [d / CRAWL_WARC]
    else:
        warcs = find_warcs(d)
        if not warcs:
            problems.append(Problem("缺少 crawl.json（请先运行 govweb crawl），目录中也没有 WARC 文件（*.warc、*.warc.gz）",
                                    file=str(cj)))
    for warc in warcs:
        if not warc.is_file():
            problems.append(Problem(f"缺少 {warc.name}", file=str(warc)))
        elif not _looks_like_warc(warc):
            problems.append(Problem("文件不是 WARC 归档（既非 gzip 压缩的 WARC，也非纯文本 WARC）", file=str(warc)))
    warnings: list[str] = []
    measurements, probes = _side_files(d, problems, warnings)
    if problems:
        raise BadInput("快照无法读取", problems)
    if crawl is None:
        from govweb.checks.warc_pages import snapshot_from_warcs

        return snapshot_from_warcs(d, warcs, seed, measurements, probes, warnings)
    pages = [_page(row) for row in crawl["pages"]]
    snap = Snapshot(dir=d, seed=str(crawl.get("seed") or (pages[0].url if pages else "")),
                    complete=bool(crawl.get("complete")), pages=pages, measurements=measurements, probes=probes,
                    warnings=warnings, warcs=warcs, homepage=_str(crawl.get("homepage")),
                    render=crawl["render"] if isinstance(crawl.get("render"), dict) else None,
                    homepage_chain=[str(step["url"]) for step in crawl.get("homepage_chain") or []
                                    if isinstance(step, dict) and isinstance(step.get("url"), str)],
                    scope_folders=_scope_folders(crawl.get("scope")))
    if seed and seed.strip() != snap.seed:
        warnings.append(f"快照有 crawl.json，首页取其 seed（{snap.seed}），已忽略 --seed {seed}")
    verify_evidence(snap)
    return snap


def _scope_folders(scope: Any) -> list[str]:
    """The folder URLs of crawl.json `scope.folders` (`[{"folder", "reason", "homepage"}]`); [] when absent or
    malformed (an older crawl.json: its `scope` is absent or a list of hosts)."""
    rows = scope.get("folders") if isinstance(scope, dict) else None
    return [row["folder"] for row in rows or () if isinstance(row, dict) and isinstance(row.get("folder"), str)
            and row["folder"].startswith(("http://", "https://"))] if isinstance(rows, list) else []


def _read_crawl_json(path: Path, problems: list[Problem]) -> dict[str, Any]:
    try:
        crawl = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(crawl, dict) or not isinstance(crawl.get("pages"), list):
            raise ValueError("缺少 pages 列表")
    except (ValueError, UnicodeDecodeError) as exc:
        problems.append(Problem(f"不是有效的 crawl.json：{exc}", file=str(path)))
        return {"pages": []}
    rows = []
    for i, row in enumerate(crawl["pages"], start=1):
        if not isinstance(row, dict) or not isinstance(row.get("url"), str):
            problems.append(Problem(f"pages 第 {i} 项缺少 url", file=str(path)))
            continue
        rows.append(row)
    crawl["pages"] = rows
    return crawl


def _side_files(d: Path, problems: list[Problem], warnings: list[str]) -> tuple[dict[str, Any] | None,
                                                                                 list[dict[str, Any]]]:
    """measurements.json and probes.jsonl, when present."""
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
    return measurements, probes


def find_warcs(directory: Path) -> list[Path]:
    """WARC files another tool left in `directory` (or its `warcs/` or `archive/` folder, as Heritrix and WACZ
    lay them out), in name order; govweb's own side archives (measurements, screenshots) are not the crawl."""
    for folder in (directory, directory / "warcs", directory / "archive"):
        found = sorted(p for p in folder.glob("*") if p.is_file() and p.name.lower().endswith(WARC_SUFFIXES)
                       and p.name not in SIDE_WARCS)
        if found:
            return found
    return []


def verify_evidence(snap: Snapshot) -> None:
    """Check the WARC against crawl.json: every record it lists must be present and whole. Pages whose record is
    missing are not evidence of anything: they leave the page list (`integrity.missing_urls`), except the
    homepage and the way to it (depth 0, `homepage_chain`), kept as `evidence-missing` so the site is reported
    not measured."""
    listed = {r for p in snap.pages for r in (p.warc_record, p.rendered_record) if r}
    integrity = Integrity(source=CRAWL_JSON, files=[w.name for w in snap.warcs], listed_records=len(listed))
    if listed:
        present, damaged, tail = scan_records(snap.warcs, snap.warnings)
        snap.record_offsets = present
        integrity.damaged_records, integrity.truncated_tail = damaged, tail
        gone = listed.difference(present)
        integrity.missing_records = len(gone)
        if gone:
            home = {snap.homepage, *snap.homepage_chain}
            kept: list[PageRecord] = []
            for page in snap.pages:
                if page.warc_record in gone:
                    integrity.missing_urls.append(page.url)
                    if page.depth == 0 or page.url in home:
                        kept.append(dataclasses.replace(page, error=EVIDENCE_MISSING, status=None, warc_record=None,
                                                        rendered_record=None))
                    continue
                if page.rendered_record in gone:  # the response is still there: read it instead
                    page = dataclasses.replace(page, rendered_record=None)
                kept.append(page)
            snap.pages = kept
            integrity.missing_urls.sort()
    snap.integrity = integrity


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
    uri: str = ""
    headers: Any = None        # the WARC headers (warcio StatusAndHeaders)
    http: Any = None           # the HTTP headers, for response, request and revisit records


def _warn(warnings: list[str], message: str) -> None:
    if message not in warnings:  # the verification pass and the reading pass meet the same damage
        warnings.append(message)


def iter_warc(
    path: Path, warnings: list[str], wanted: Callable[[str, str, str | None], bool],
    damaged: list[int] | None = None,
) -> Iterator[WarcEntry]:
    """Every record of the WARC with its absolute offset; the payload is read only when
    `wanted(rec_type, record_id, refers_to)`. Corrupt records become warnings (their offsets go to `damaged`);
    reading resumes after them."""
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
                    _damaged(warnings, path, current, exc)
                    if damaged is not None:
                        damaged.append(current)
                    pos = _next_record_start(mm, current + 1, gzipped)
        finally:
            mm.close()


def read_wanted(snap: Snapshot, ids: set[str], wanted: Callable[[str, str, str | None], bool]
                ) -> Iterator[tuple[Path, WarcEntry]]:
    """The records `ids` name (and `wanted` takes), in WARC order, as `iter_warc` reads them: each read where the
    evidence check found it whole, skipping every other record; without that check, in one pass over each file."""
    if snap.record_offsets is None:
        for path in snap.warcs:
            if path.is_file():
                yield from ((path, e) for e in iter_warc(path, snap.warnings, wanted))
        return
    found = sorted(at for rid in ids for at in snap.record_offsets.get(rid, ()))
    for i, path in enumerate(snap.warcs):
        offsets = [offset for j, offset in found if j == i]
        if not offsets:
            continue
        with open(path, "rb") as fh:
            it: ArchiveIterator | None = None
            for offset in offsets:
                try:
                    if it is None or it.offset != offset:  # not the record right after the last one read
                        fh.seek(offset)
                        it = ArchiveIterator(fh, check_digests=False, ensure_http_headers=False)
                    rec = next(it, None)
                    if rec is None:
                        it = None
                        continue
                    entry = _entry(rec, offset, wanted)
                except Exception as exc:  # as iter_warc: zlib.error, EOFError, ArchiveLoadFailed, ValueError …
                    it = None
                    _damaged(snap.warnings, path, offset, exc)
                    continue
                try:
                    it.read_to_end()   # it.offset: where the next record starts
                except Exception as exc:
                    it = None
                    _damaged(snap.warnings, path, offset, exc)
                yield path, entry


def _damaged(warnings: list[str], path: Path, offset: int, exc: Exception) -> None:
    where = f"{path.name} " if path.name != CRAWL_WARC else ""
    _warn(warnings, f"WARC 记录截断或损坏（{where}偏移 {offset}，{type(exc).__name__}），已跳过该记录")


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
    if rec.http_headers is not None and rec_type in ("response", "revisit"):
        ctype = rec.http_headers.get_header("Content-Type")
    else:
        ctype = h.get_header("Content-Type")
    if wanted(rec_type, rid, refers):
        payload = rec.content_stream().read()
    else:
        while rec.raw_stream.read(1 << 20):  # skipped, but read through: a body cut short is damage too
            pass
    if getattr(rec.raw_stream, "limit", 0) > 0:  # the record body ended before its Content-Length
        raise EOFError("record body shorter than its Content-Length")
    return WarcEntry(offset, rec_type, rid, refers, ctype, bool(h.get_header("WARC-Truncated")), payload,
                     h.get_header("WARC-Target-URI") or "", h, rec.http_headers)


def scan_records(warcs: list[Path], warnings: list[str]) -> tuple[dict[str, list[tuple[int, int]]], int, bool]:
    """One pass over the record headers: (the records that are whole: ID → (index in `warcs`, offset) of each
    copy, damaged records, whether a file ends inside a record)."""
    present: dict[str, list[tuple[int, int]]] = {}
    damaged_count, tail = 0, False
    for i, path in enumerate(warcs):
        whole = _plain_records(path)
        if whole is not None:  # every record whole, and the file ends with the last one
            for rid, offset in whole:
                present.setdefault(rid, []).append((i, offset))
            continue
        damaged: list[int] = []
        last_good = -1
        for entry in iter_warc(path, warnings, lambda *_: False, damaged):
            present.setdefault(entry.record_id, []).append((i, entry.offset))
            last_good = entry.offset
        damaged_count += len(damaged)
        tail = tail or ends_inside_a_record(path, last_good, damaged, warnings)
    return present, damaged_count, tail


_PLAIN_HEAD = re.compile(rb"WARC/1\.[01](?:\r\n[!-9;-~]+[ \t]*:[ \t!-~]*)*\r\n\r\n")
_HEAD_BYTES = 1 << 16
_CHUNK = 1 << 16


def _plain_records(path: Path) -> list[tuple[str, int]] | None:
    """The records (ID, offset) of a gzip WARC shown whole by zlib alone (no warcio: its header parsing is most of
    the cost of a pass), or None at the first thing that is not plain — then warcio reads the file and names the
    damage.
    Plain: every gzip member holds one record (a WARC/1.0 or 1.1 header of printable ASCII naming its ID, type,
    Content-Length and, for HTTP records, its URI; a block of that length; CRLF CRLF) and the last member ends the
    file."""
    records: list[tuple[str, int]] = []
    with open(path, "rb") as fh:
        if fh.read(3) != _GZIP_MAGIC:
            return None
        fh.seek(0)
        pending, pos = b"", 0   # pos: the offset of pending's first byte
        while True:
            if not pending:
                pending = fh.read(_CHUNK)
                if not pending:
                    return records
            start = pos
            member = zlib.decompressobj(16 + zlib.MAX_WBITS)
            head, end, size = b"", b"", 0
            while True:
                try:
                    out = member.decompress(pending)
                except zlib.error:
                    return None
                if len(head) < _HEAD_BYTES:
                    head += out[: _HEAD_BYTES - len(head)]
                end = out[-4:] if len(out) >= 4 else (end + out)[-4:]
                size += len(out)
                if member.eof:
                    pos += len(pending) - len(member.unused_data)
                    pending = member.unused_data
                    break
                pos += len(pending)
                pending = fh.read(_CHUNK)
                if not pending:  # the file ends inside the member
                    return None
            stop = head.find(b"\r\n\r\n") + 4
            if stop < 4 or _PLAIN_HEAD.fullmatch(head, 0, stop) is None:
                return None
            fields: dict[bytes, bytes] = {}
            for line in head[: stop - 4].split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                fields.setdefault(name.rstrip(b" \t").lower(), value.strip(b" \t"))
            rid, rec_type, length = fields.get(b"warc-record-id"), fields.get(b"warc-type"), fields.get(b"content-length")
            if rid is None or rec_type is None or length is None or not length.isdigit():
                return None
            if rec_type in (b"response", b"request", b"revisit") and b"warc-target-uri" not in fields:
                return None
            if size != stop + int(length) + 4 or end != b"\r\n\r\n":
                return None
            records.append((rid.decode("ascii"), start))


def ends_inside_a_record(path: Path, last_good: int, damaged: list[int], warnings: list[str]) -> bool:
    """Was the file cut inside a record? Damage after the last whole record, or bytes after it that are no whole
    gzip member (warcio passes over a torn last member, or one whose trailer was cut, as if the file ended)."""
    if damaged and max(damaged) > last_good:
        return True
    if last_good < 0 or not _looks_gzipped(path):
        return False
    size = path.stat().st_size
    with open(path, "rb") as fh:
        fh.seek(last_good)
        member = zlib.decompressobj(16 + zlib.MAX_WBITS)
        fed = 0
        while not member.eof and (chunk := fh.read(1 << 20)):
            fed += len(chunk)
            member.decompress(chunk)
    end = last_good + fed - len(member.unused_data)
    torn = not member.eof or end < size
    if torn:
        _warn(warnings, f"WARC 文件末尾被截断（{path.name} 偏移 {end if member.eof else last_good} 之后的记录不完整）")
    return torn


def decode_html(payload: bytes, recorded: str | None, content_type: str | None) -> str:
    """A byte-order mark decides, and is no text (WHATWG: the BOM wins over every label). Else the codec the
    crawler recorded (it already sniffed the bytes); else header charset, <meta charset>, UTF-8 — and for pages no
    crawler decoded (WARCs from other tools) GB18030, then what a detector guesses. What none reads cleanly keeps
    its bad bytes as U+FFFD under the recorded (or guessed) codec (the page is then unreadable)."""
    for bom, codec in _BOMS:
        if payload.startswith(bom):
            return payload.decode(codec, errors="replace")
    candidates: list[str] = []
    if recorded:
        candidates.append(recorded)
    if content_type:
        m = _HEADER_CHARSET.search(content_type)
        if m:
            candidates.append(m.group(1))
    m2 = _META_CHARSET.search(payload[:4096])
    if m2:
        candidates.append(m2.group(1).decode("ascii", "replace"))
    candidates += ["utf-8"] if recorded else ["utf-8", "gb18030"]
    for name in candidates:
        codec = _CODEC_ALIASES.get(name.lower(), name.lower())
        try:
            return payload.decode(codec)
        except (LookupError, UnicodeDecodeError):
            continue
    guess = recorded or chardet.detect(payload[:65536]).get("encoding")
    fallback = _CODEC_ALIASES.get((guess or "").lower(), (guess or "utf-8").lower())
    try:
        return payload.decode(fallback, errors="replace")
    except LookupError:
        return payload.decode("utf-8", errors="replace")


def label_misreads(payload: bytes, recorded: str | None, content_type: str | None) -> bool:
    """A browser reads the bytes by their label (the header's charset, else the <meta> one) — no BOM deciding —
    and the label lies: the crawler found them to be in another encoding (UTF-8 bytes under a gb2312 meta), which
    reads them cleanly and as other text than the label does. A rendering of such a page is the label's mojibake
    (in service a header charset, which a replay or an archive may not keep, shows the page right)."""
    if not recorded or any(payload.startswith(bom) for bom, _ in _BOMS):
        return False
    header = _HEADER_CHARSET.search(content_type or "")
    meta = _META_CHARSET.search(payload[:4096])
    label = header.group(1) if header else meta.group(1).decode("ascii", "replace") if meta else None
    if label is None:
        return False
    codec = _CODEC_ALIASES.get(recorded.lower(), recorded.lower())
    shown = _CODEC_ALIASES.get(label.lower(), label.lower())
    if shown == codec:
        return False
    try:
        meant = payload.decode(codec)
        return payload.decode(shown, errors="replace") != meant
    except (LookupError, UnicodeDecodeError):
        return False


def is_script(rec: PageRecord) -> bool:
    """The record holds a script file (served as JavaScript, or named .js), not a page."""
    ct = (rec.content_type or "").lower()
    return "javascript" in ct or "ecmascript" in ct or urlsplit(rec.url).path.lower().endswith(".js")


_FILE_XML = (".xml", ".rss", ".atom")   # an XML file (a sitemap, a feed), not a server program's answer


def is_data(rec: PageRecord) -> bool:
    """The record holds a JSON data file (a list a page's script fetches: /api/column/list_1.json), or the XML a
    server program answers a list script with (Hanweb's `dataproxy.jsp?…` datastore, served as text/xml)."""
    ct = (rec.content_type or "").lower()
    path = urlsplit(rec.url).path.lower()
    return "json" in ct or path.endswith(".json") or (
        ct.split(";")[0].strip() in ("text/xml", "application/xml") and not path.endswith(_FILE_XML))


def archived_scripts(snap: Snapshot) -> dict[str, str]:
    """The text of every script or JSON data file the crawl archived with a 2xx answer, by the URL it was fetched
    as (read where the evidence check found their records, else in one pass over the WARC; only when the crawl
    recorded some)."""
    by_payload: dict[str, PageRecord] = {}
    for p in snap.pages:
        if (p.warc_record and p.status is not None and 200 <= p.status < 300 and p.error is None
                and (is_script(p) or is_data(p))):
            by_payload.setdefault(snap.payload_of.get(p.warc_record, p.warc_record), p)
    texts: dict[str, str] = {}
    if not by_payload:
        return texts

    def wanted(rec_type: str, rid: str, refers: str | None) -> bool:
        return rid in by_payload and rec_type in ("response", "resource", "revisit")

    for _, e in read_wanted(snap, set(by_payload), wanted):
        rec = by_payload.get(e.record_id)
        if rec is not None and e.payload is not None and not e.truncated:
            texts[rec.url] = decode_html(e.payload, rec.encoding, rec.content_type or e.content_type)
    return texts


def archived_page_html(snap: Snapshot, rec: PageRecord) -> str | None:
    """The HTML the crawl archived for the page `rec` (its response, decoded by its own encoding), or None: not
    archived, not HTML, an error, cut short. Read on demand (a homepage's footer frame)."""
    if not rec.is_html or rec.status is None or not 200 <= rec.status < 300 or rec.error is not None:
        return None
    rid = snap.payload_of.get(rec.warc_record or "", rec.warc_record or "")

    def wanted(rec_type: str, record_id: str, refers: str | None) -> bool:
        return record_id == rid and rec_type in ("response", "resource", "revisit")

    for _, e in read_wanted(snap, {rid}, wanted):
        if e.record_id == rid and e.payload is not None and not e.truncated:
            return decode_html(e.payload, rec.encoding, rec.content_type or e.content_type)
    return None


def _documents(snap: Snapshot) -> Iterator[Document]:
    by_payload: dict[str, list[PageRecord]] = {}   # the record holding the payload → pages it is the HTML of
    by_conversion: dict[str, PageRecord] = {}
    for p in snap.pages:
        if p.is_html and p.warc_record:
            by_payload.setdefault(snap.payload_of.get(p.warc_record, p.warc_record), []).append(p)
            if p.rendered_record:
                by_conversion.setdefault(p.rendered_record, p)
    if not by_payload:
        return
    wanted_ids = set(by_payload) | set(by_conversion)

    def wanted(rec_type: str, rid: str, refers: str | None) -> bool:
        return rid in wanted_ids and rec_type in ("response", "conversion", "resource", "revisit")

    pending: dict[str, Document] = {}     # rendered pages whose conversion record has not come yet
    waiting: dict[str, Document] = {}     # conversions whose response has not come yet (is its label honest?)
    converted: set[str] = set()
    misread: set[str] = set()   # rendered pages whose label lies: read from their bytes, not the rendering
    for path, e in read_wanted(snap, wanted_ids, wanted):
        if e.payload is None:
            continue
        if e.rec_type == "conversion" and e.record_id in by_conversion:
            page = by_conversion[e.record_id]
            key = page.warc_record or ""
            if key in misread:
                continue
            rendered = Document(page, decode_html(e.payload, "utf-8", e.content_type), e.record_id, e.offset,
                                path.name)
            if key not in pending:
                waiting[key] = rendered
                continue
            converted.add(key)
            pending.pop(key, None)
            yield rendered
            continue
        for page in by_payload.get(e.record_id, ()):
            if e.truncated:  # a page cut short is no evidence of what it lacks: never read
                snap.integrity.truncated_pages.append(page.url)
                _warn(snap.warnings, f"页面无法读取，已跳过：{page.url}（WARC 偏移 {e.offset}，记录被截断："
                                     f"{e.headers.get_header('WARC-Truncated')}）")
                continue
            doc = Document(page, decode_html(e.payload, page.encoding, page.content_type or e.content_type),
                           page.warc_record or e.record_id, e.offset, path.name)
            if page.rendered_record and page.rendered_record in by_conversion:
                key = page.warc_record or ""
                if key in converted or key in misread:
                    continue
                if label_misreads(e.payload, page.encoding, page.content_type or e.content_type):
                    misread.add(key)
                    waiting.pop(key, None)
                    yield doc
                elif key in waiting:
                    converted.add(key)
                    yield waiting.pop(key)
                else:
                    pending[key] = doc
            else:
                yield doc
    # Rendered pages whose conversion record is missing fall back to the response (and a conversion whose
    # response is gone stands alone).
    yield from pending.values()
    yield from waiting.values()
