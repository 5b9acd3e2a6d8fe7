"""`govweb crawl` as a command: SIGKILL and resume, options mismatch, --restart, bad input."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from aiohttp import web
from conftest import SERVER, html, page, serve
from warcio.archiveiterator import ArchiveIterator

from govweb.samplesites.tether import tethered
from services import process_parents

CLI = [sys.executable, "-c", "from govweb.cli import main; main()", "crawl"]
PAGES = 60


def site(app: web.Application) -> None:
    """60 pages in a chain of lists; after `gate` answers, every request hangs until the gate opens again."""

    async def any_page(request: web.Request) -> web.Response:
        server = request.app[SERVER]
        served = sum(1 for m, _, _ in server.log if m == "GET")
        if served >= server.state.get("gate", 10**9):
            await asyncio.sleep(3600)  # hangs; never answered (the crawler gets killed meanwhile)
        n = int(request.path.strip("/").removesuffix(".html") or 0) if request.path != "/robots.txt" else -1
        if n < 0:
            return page("User-agent: *\nDisallow:\n", content_type="text/plain")
        links = [f"/{k}.html" for k in range(3 * n + 1, 3 * n + 4) if k < PAGES]
        return page(html(f"第{n}页", links))

    app.router.add_get("/{tail:.*}", any_page)


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=60)


def children(pid: int) -> list[int]:
    return [child for child, parent in process_parents().items() if parent == pid]


def wait_gone(pids: list[int], seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        alive = [p for p in pids if Path(f"/proc/{p}").exists() and " Z " not in Path(f"/proc/{p}/stat").read_text()]
        if not alive:
            return True
        time.sleep(0.1)
    return False


def read_warc(path: Path) -> list[tuple[str, str | None]]:
    out = []
    with open(path, "rb") as fh:
        for record in ArchiveIterator(fh, check_digests=True):
            record.content_stream().read()
            out.append((record.rec_type, record.rec_headers.get_header("WARC-Target-URI")))
    return out


def test_sigkill_then_resume_loses_nothing_and_fetches_nothing_twice(tmp_path: Path) -> None:
    out = tmp_path / "snap"
    with serve(site) as srv:
        srv.state["gate"] = 25  # robots.txt + 24 pages, then everything hangs
        args = [srv.url("/"), "--out", str(out), "--concurrency", "4", "--timeout", "30"]
        proc = subprocess.Popen(tethered([*CLI, *args]), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while len(srv.log) < 25 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.7)  # the crawler archives and commits what it got, then waits on hanging requests
        helpers = children(proc.pid)  # the page-parser process
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        assert len(srv.log) == 25
        assert helpers and wait_gone(helpers)  # helpers die with the crawl
        # a torn write at the moment of the kill: garbage after the last committed record
        with open(out / "crawl.warc.gz", "ab") as fh:
            fh.write(b"\x1f\x8b\x08\x00torn-gzip-member")
        srv.state["gate"] = 10**9
        done = run_cli(*args)
        assert done.returncode == 0, done.stderr
        hits = srv.hits()
    assert max(hits.values()) == 1, [p for p, n in hits.items() if n > 1]  # nothing fetched twice
    assert set(hits) == {"/robots.txt", "/", *(f"/{k}.html" for k in range(1, PAGES))}  # nothing lost
    data = json.loads((out / "crawl.json").read_text(encoding="utf-8"))
    assert data["complete"] is True
    pages = [p for p in data["pages"] if p["kind"] == "page"]
    assert len(pages) == PAGES and len({p["url"] for p in pages}) == PAGES
    assert all(p["status"] == 200 and p["title"] for p in pages)
    records = read_warc(out / "crawl.warc.gz")  # valid end to end: the torn tail was cut
    assert records[0][0] == "warcinfo"
    responses = [uri for kind, uri in records if kind == "response"]
    assert len(responses) == len(set(responses)) == PAGES + 1
    assert {p["warc_record"] for p in pages} <= set(_record_ids(out / "crawl.warc.gz"))
    check = subprocess.run([sys.executable, "-m", "warcio.cli", "check", str(out / "crawl.warc.gz")], capture_output=True)
    assert check.returncode == 0, check.stdout  # warcio's own validator: every digest and record passes


def _record_ids(path: Path) -> list[str]:
    with open(path, "rb") as fh:
        return [r.rec_headers.get_header("WARC-Record-ID") for r in ArchiveIterator(fh) if r.rec_type == "response"]


def test_rerun_with_other_options_refuses_unless_restart(tmp_path: Path) -> None:
    out = tmp_path / "snap"
    with serve(site) as srv:
        first = run_cli(srv.url("/"), "--out", str(out), "--max-pages", "5")
        assert first.returncode == 0, first.stderr
        before = (out / "crawl.json").read_bytes()
        again = run_cli(srv.url("/"), "--out", str(out), "--max-pages", "5")  # finished, same options: no refetch
        assert again.returncode == 0 and srv.hits()["/"] == 1
        other = run_cli(srv.url("/"), "--out", str(out), "--max-pages", "8")
        assert other.returncode == 2
        assert "不同的选项" in other.stderr and "max_pages" in other.stderr
        assert json.loads((out / "crawl.json").read_text(encoding="utf-8"))["options"]["max_pages"] == 5
        assert (out / "crawl.json").read_bytes() != b"" and before
        fresh = run_cli(srv.url("/"), "--out", str(out), "--max-pages", "8", "--restart")
        assert fresh.returncode == 0, fresh.stderr
        assert srv.hits()["/"] == 2
    data = json.loads((out / "crawl.json").read_text(encoding="utf-8"))
    assert sum(p["kind"] == "page" for p in data["pages"]) == 8 and data["stats"]["stopped"] == "max-pages"


def test_invalid_url_or_scheme_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    for bad in ("ftp://www.example.gov.cn/", "www example", "http://"):
        res = run_cli(bad, "--out", str(tmp_path / "x"))
        assert res.returncode == 2, (bad, res.stderr)
        assert "网址" in res.stderr
    res = run_cli("http://127.0.0.1:1/", "--out", str(tmp_path / "x"), "--resolve", "nonsense", "--render", "sometimes")
    assert res.returncode == 2 and "--resolve" in res.stderr and "--render" in res.stderr
    assert not (tmp_path / "x").exists()


def test_unreachable_site_is_recorded_and_exits_1(tmp_path: Path) -> None:
    res = run_cli("http://127.0.0.1:9/", "--out", str(tmp_path / "s"), "--timeout", "3")
    assert res.returncode == 1, res.stderr
    assert "无法访问网站" in res.stderr and "无法建立连接" in res.stderr and "网页 1 个" not in res.stdout
    data = json.loads((tmp_path / "s" / "crawl.json").read_text(encoding="utf-8"))
    home = next(p for p in data["pages"] if p["kind"] == "page")
    assert home["error"] == "connect" and home["warc_record"] is None
    assert data["complete"] is True and data["stats"]["stopped"] == "unreachable"
    assert data["stats"]["unreachable"] == "connect"
    assert os.path.getsize(tmp_path / "s" / "crawl.warc.gz") > 0
    again = run_cli("http://127.0.0.1:9/", "--out", str(tmp_path / "s"), "--timeout", "3")  # a finished crawl
    assert again.returncode == 1


def test_sigkill_at_any_moment_refetches_only_what_was_in_flight(tmp_path: Path) -> None:
    def slow_site(app: web.Application) -> None:
        async def any_page(request: web.Request) -> web.Response:
            await asyncio.sleep(0.03)
            if request.path == "/robots.txt":
                return page("User-agent: *\nDisallow:\n", content_type="text/plain")
            n = int(request.path.strip("/").removesuffix(".html") or 0)
            return page(html(f"第{n}页", [f"/{k}.html" for k in range(3 * n + 1, 3 * n + 4) if k < 150]))

        app.router.add_get("/{tail:.*}", any_page)

    out = tmp_path / "snap"
    with serve(slow_site) as srv:
        args = [srv.url("/"), "--out", str(out), "--concurrency", "6"]
        proc = subprocess.Popen(tethered([*CLI, *args]), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while len(srv.log) < 60 and time.monotonic() < deadline:
            time.sleep(0.01)
        proc.send_signal(signal.SIGKILL)  # mid-crawl, requests in flight
        proc.wait(10)
        done = run_cli(*args)
        assert done.returncode == 0, done.stderr
        hits = srv.hits()
    assert set(hits) == {"/robots.txt", "/", *(f"/{k}.html" for k in range(1, 150))}  # nothing lost
    assert sum(n - 1 for n in hits.values()) <= 6  # only requests in flight at the kill were made again
    data = json.loads((out / "crawl.json").read_text(encoding="utf-8"))
    urls = [p["url"] for p in data["pages"] if p["kind"] == "page"]
    assert len(urls) == len(set(urls)) == 150
    responses = [uri for kind, uri in read_warc(out / "crawl.warc.gz") if kind == "response"]
    assert len(responses) == len(set(responses)) == 151  # the uncommitted tail was cut: one response per URL


def test_settings_from_the_command_line(tmp_path: Path) -> None:
    with serve(site) as srv:
        bad = run_cli(srv.url("/"), "--out", str(tmp_path / "bad"), "-s", "max_pags=5", "-s", "delay=fast",
                      "-s", "render=sometimes", "-s", "nonsense")
        assert bad.returncode == 2 and not (tmp_path / "bad").exists()
        for expected in ("max_pags", "是否想写 max_pages", "delay=「fast」", "render=「sometimes」", "名称=值"):
            assert expected in bad.stderr, expected
        good = run_cli(srv.url("/"), "--out", str(tmp_path / "good"), "-s", "MAX_PAGES=4", "-s", "max-depth=1",
                       "-s", "max_external_checks=0")
        assert good.returncode == 0, good.stderr
    data = json.loads((tmp_path / "good" / "crawl.json").read_text(encoding="utf-8"))
    assert data["options"]["max_pages"] == 4 and data["options"]["max_depth"] == 1
    assert data["options"]["max_external_checks"] == 0
    assert sum(p["kind"] == "page" for p in data["pages"]) == 4 and "网页 4 个" in good.stdout


def test_an_http_error_or_a_robots_refusal_is_a_finished_crawl(tmp_path: Path) -> None:
    def broken(app: web.Application) -> None:
        async def robots(request: web.Request) -> web.Response:
            return page("User-agent: *\nDisallow: /closed/\n", content_type="text/plain")

        async def fail(request: web.Request) -> web.Response:
            return page("<html><body>服务器错误</body></html>", status=500)

        app.router.add_get("/robots.txt", robots)
        app.router.add_get("/{tail:.*}", fail)

    with serve(broken) as srv:
        error = run_cli(srv.url("/"), "--out", str(tmp_path / "a"), "-s", "retry_times=0")
        refused = run_cli(srv.url("/closed/"), "--out", str(tmp_path / "b"))
    assert error.returncode == 0 and "http-status 1" in error.stdout
    assert refused.returncode == 0 and "robots.txt 禁止抓取首页" in refused.stdout
