"""`govweb check DIR` on WARC files written by other tools, with no crawl.json: GNU wget (`--warc-file`, WARC 1.0,
per-record gzip or uncompressed, revisit records with `--warc-dedup`) and warcio's `capture_http` (WARC 1.1),
recording the mini site served on loopback. The findings match those on govweb's own snapshot of the same site."""

from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
import sys
import threading
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot
from govweb.collect.warc import WarcFile

from . import minisite
from .conftest import AS_OF

WGET = shutil.which("wget")
needs_wget = pytest.mark.skipif(WGET is None, reason="GNU wget (Debian package wget) is not installed")
H = minisite.SEED.rstrip("/")


def _routes() -> dict[str, tuple[int, str, bytes]]:
    """The mini site's pages on this host: path → (status, content type, body)."""
    routes = {}
    for f in minisite.build().fetches:
        if f.url.startswith(H + "/"):
            body = f.body.encode(f.encoding or "utf-8") if isinstance(f.body, str) else f.body
            routes[f.url[len(H):]] = (f.status, f.content_type, body)
    return routes


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    routes = _routes()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            if self.path == "/old/":  # an old address, moved to the homepage
                self.send_response(301)
                self.send_header("Location", "/")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            status, ctype, body = routes.get(self.path, (404, "text/html; charset=utf-8", b"<html>Not Found</html>"))
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def wget(base: str, warc: Path, *extra: str) -> None:
    warc.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([WGET, "--recursive", "--level=3", "--no-verbose", "--tries=3", "--timeout=30",  # type: ignore[list-item]
                    f"--warc-file={warc}", "--directory-prefix", str(warc.parent / "files"), *extra, base + "/"],
                   check=False, capture_output=True, timeout=120)
    shutil.rmtree(warc.parent / "files", ignore_errors=True)


def same_findings(found: set[tuple[str, str]], reference: set[tuple[str, str]]) -> None:
    """Everything govweb's own snapshot shows, and beyond it only the real broken links it did not record (the
    snapshot builder leaves out pages the site links to but does not have; wget asked for them, and images)."""
    assert reference <= found
    served = _routes()
    extra = found - reference
    assert all(check == "broken-link" and url.removeprefix("HOST") not in served for check, url in extra), extra


def core(report: dict, host: str) -> set[tuple[str, str]]:
    """The findings that rest on the site's own pages, with the host made comparable."""
    out = set()
    for f in report["findings"]:
        key = f.get("url") or f.get("target") or f.get("element")
        out.add((f["check"], key.replace(host, "HOST")))
    return out


@pytest.fixture(scope="module")
def reference() -> set[tuple[str, str]]:
    """The findings on govweb's own snapshot of the mini site (crawl.json + crawl.warc.gz)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        report = run_checks(load_snapshot(minisite.build().write(Path(tmp))), AS_OF)
    return {f for f in core(report, H) if "weibo" not in f[1] and "data.example" not in f[1]}


def record_types(warc: Path) -> dict[str, int]:
    counts: dict[str, int] = {}
    with open(warc, "rb") as fh:
        for rec in ArchiveIterator(fh):
            key = f"{rec.rec_headers.protocol} {rec.rec_type}"
            counts[key] = counts.get(key, 0) + 1
    return counts


@needs_wget
@pytest.mark.parametrize("compressed", [True, False], ids=["per-record-gzip", "uncompressed"])
def test_a_wget_warc_is_checked_like_our_own_snapshot(site: str, reference: set[tuple[str, str]], tmp_path: Path,
                                                      compressed: bool) -> None:
    wget(site, tmp_path / "site", *(() if compressed else ("--no-warc-compression",)))
    warc = tmp_path / ("site.warc.gz" if compressed else "site.warc")
    kinds = record_types(warc)
    assert kinds["WARC/1.0 response"] > 20 and kinds["WARC/1.0 request"] and kinds["WARC/1.0 metadata"]
    report = run_checks(load_snapshot(tmp_path), AS_OF)
    assert report["site"]["status"] == "measured" and report["site"]["url"] == site + "/"
    assert report["site"]["evidence"]["source"] == "warc" and report["site"]["evidence"]["complete"] is True
    same_findings(core(report, site), reference)
    broken = next(f for f in report["findings"] if f["check"] == "broken-link" and f["target"].endswith("dead-link.html"))
    assert broken["source"] == [site + "/"]  # the referrer, from wget's request records
    assert {c["url"].replace(site, "HOST") for c in report["columns"]} >= {"HOST/tzgg/", "HOST/ghjh/", "HOST/rsxx/"}


@needs_wget
def test_revisit_records_read_their_payload_from_the_original(site: str, reference: set[tuple[str, str]],
                                                              tmp_path: Path) -> None:
    first, second = tmp_path / "both" / "a-first", tmp_path / "both" / "b-second"
    wget(site, first, "--warc-cdx")
    wget(site, second, f"--warc-dedup={first}.cdx")
    assert record_types(Path(f"{second}.warc.gz")).get("WARC/1.0 revisit", 0) > 20  # wget wrote revisits
    Path(f"{first}.cdx").unlink()
    report = run_checks(load_snapshot(tmp_path / "both"), AS_OF)
    same_findings(core(report, site), reference)
    assert report["site"]["evidence"]["complete"] is True

    alone = tmp_path / "alone"
    alone.mkdir()
    shutil.copy(f"{second}.warc.gz", alone)
    orphaned = run_checks(load_snapshot(alone), AS_OF)  # the originals are in a file we do not have
    evidence = orphaned["site"]["evidence"]
    assert evidence["complete"] is False and evidence["missing_records"] > 20
    assert orphaned["site"]["status"] == "not-measured" and orphaned["findings"] == []


def test_a_warcio_capture_with_a_redirecting_seed(site: str, tmp_path: Path) -> None:
    from warcio.capture_http import capture_http

    warc = tmp_path / "capture.warc.gz"
    with capture_http(str(warc), warc_version="1.1"):
        for path in ("/old/", "/tzgg/", "/zcwj/", "/zcwj/3.html", "/dead-link.html"):
            with contextlib.suppress(urllib.error.HTTPError):  # the dead link answers 404
                urllib.request.urlopen(site + path, timeout=5).read()  # noqa: S310 - loopback test server
    kinds = record_types(warc)
    assert kinds["WARC/1.1 response"] == 6  # /old/ answered 301, then the homepage
    snap = load_snapshot(tmp_path)
    assert snap.seed == site + "/old/"  # the first HTML response (here a redirect) …
    home = next(p for p in snap.pages if p.url == site + "/old/")
    assert home.final_url == site + "/" and home.depth == 0  # … followed to the page a visitor lands on
    assert snap.homepage == site + "/" and snap.homepage_chain == [site + "/old/", site + "/"]
    report = run_checks(snap, AS_OF)
    assert report["site"]["status"] == "measured" and report["site"]["name"]
    assert ("stale-column", "HOST/tzgg/") in core(report, site)
    chosen = run_checks(load_snapshot(tmp_path, seed=site + "/zcwj/"), AS_OF)  # --seed names another homepage
    assert chosen["site"]["url"] == site + "/zcwj/"
    spelled = load_snapshot(tmp_path, seed=site + "/zcwj/index.html")
    assert spelled.seed == site + "/zcwj/"  # … in another spelling of the captured URL


def test_check_cli_takes_a_seed_for_a_warc_only_folder(site: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    from warcio.capture_http import capture_http

    from govweb.cli import main

    with capture_http(str(tmp_path / "a.warc"), gzip=False):  # uncompressed WARC 1.0 (warcio's default version)
        urllib.request.urlopen(site + "/", timeout=5).read()  # noqa: S310
    monkeypatch.setattr(sys, "argv", ["govweb", "check", str(tmp_path), "--as-of", AS_OF.isoformat(),
                                      "--seed", site])
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code in (0, None), capsys.readouterr()
    report = json.loads((tmp_path / "findings.json").read_text(encoding="utf-8"))
    assert report["site"]["url"] == site + "/" and report["site"]["status"] == "measured"


def test_screenshot_records_are_never_the_page(tmp_path: Path) -> None:
    """A replay tool looks records up by their target URI: the page's URL finds the page, never the PNG."""
    from govweb.collect.warc import Exchange

    warc = WarcFile(tmp_path / "crawl.warc.gz", None)
    page = "http://www.example.gov.cn/"
    body = minisite.page("示例市人民政府", "<p>首页</p>").encode("utf-8")
    rid = warc.add_exchange(Exchange(page, "GET", [("Host", "www.example.gov.cn")], 200, "OK", "1.1",
                                     [("Content-Type", "text/html; charset=utf-8")], body))
    warc.add_screenshot(page, b"\x89PNG\r\n\x1a\nfake", rid)
    warc.close()
    index = subprocess.run([sys.executable, "-m", "warcio.cli", "index", "-f", "warc-type,warc-target-uri",
                            str(tmp_path / "crawl.warc.gz")], capture_output=True, text=True, check=True).stdout
    entries = [json.loads(line) for line in index.splitlines()]
    by_uri = {(e.get("warc-target-uri"), e["warc-type"]) for e in entries}
    assert (page, "resource") not in by_uri and ("urn:govweb:screenshot:" + page, "resource") in by_uri
    snap = load_snapshot(tmp_path)  # no crawl.json: the WARC alone
    assert [p.url for p in snap.pages] == [page] and snap.pages[0].kind == "page"
