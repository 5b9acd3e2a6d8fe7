"""Availability probes against a local server that fails some of them, at a compressed interval."""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import signal
import sys
import threading
from datetime import datetime, timedelta
from pathlib import Path

from aiohttp import web

from govweb.collect.netmap import CST
from govweb.collect.probe import append_jsonl, availability, monitor, probe_once, probe_series, read_probes

OK_PAGE = "<html><head><title>首页</title></head><body>ok</body></html>"
CHALLENGE = "<html><script>document.cookie='__jsl_clearance=1';location.reload()</script></html>"


def flaky_routes(app: web.Application) -> None:
    """Every 5th request answers 500, every 5th (offset 3) stalls past the probe timeout."""
    counter = itertools.count()

    async def home(request: web.Request) -> web.Response:
        n = next(counter)
        if n % 5 == 1:
            return web.Response(status=500, text="error")
        if n % 5 == 3:
            await asyncio.sleep(1.0)
        return web.Response(text=OK_PAGE, content_type="text/html")

    async def challenge(request: web.Request) -> web.Response:
        return web.Response(status=412, text=CHALLENGE, content_type="text/html")

    async def moved(request: web.Request) -> web.Response:
        raise web.HTTPFound("/ok")

    async def ok(request: web.Request) -> web.Response:
        return web.Response(text=OK_PAGE, content_type="text/html")

    app.router.add_get("/", home)
    app.router.add_get("/challenge", challenge)
    app.router.add_get("/moved", moved)
    app.router.add_get("/ok", ok)


async def test_series_appends_one_line_per_probe_with_error_classes(site_server, tmp_path: Path) -> None:
    out = tmp_path / "probes.jsonl"
    seen = []
    with site_server(flaky_routes) as server:
        url = f"http://www.probe.gov.cn:{server.port}/"
        resolve = {("www.probe.gov.cn", server.port): "127.0.0.1"}
        results = await probe_series(url, 10, 0.05, out, timeout=0.4, resolve=resolve, on_probe=seen.append)
    lines = read_probes(out)
    assert len(lines) == 10 == len(results) == len(seen)
    assert [r.as_dict() for r in results] == lines
    assert {tuple(sorted(line)) for line in lines} == {("error", "latency_ms", "status", "time", "url")}
    errors = [line["error"] for line in lines]
    assert errors.count("http-status") == 2 and errors.count("timeout") == 2 and errors.count(None) == 6
    assert all(line["status"] == 500 for line in lines if line["error"] == "http-status")
    assert all(line["status"] is None and line["latency_ms"] >= 400 for line in lines if line["error"] == "timeout")
    assert all(line["status"] == 200 and line["url"] == url for line in lines if line["error"] is None)
    stamps = [datetime.fromisoformat(line["time"]) for line in lines]
    assert all(s.utcoffset() == timedelta(hours=8) for s in stamps) and stamps == sorted(stamps)
    offsets = [(s - stamps[0]).total_seconds() for s in stamps]
    assert all(off >= i * 0.05 - 0.005 for i, off in enumerate(offsets)), offsets  # fixed rate: none starts early
    summary = availability(lines, open_within_s=0.4)
    assert (summary.probes, summary.failures, summary.failure_rate) == (10, 4, 0.4)
    assert summary.errors == {"http-status": 2, "timeout": 2}
    assert summary.status == "insufficient-monitoring" and summary.veto is None


async def test_probe_once_classifies_failures(site_server, tmp_path: Path) -> None:
    with site_server(flaky_routes) as server:
        port = server.port
        mapped = {("www.probe.gov.cn", port): "127.0.0.1"}
        blocked = await probe_once(f"http://127.0.0.1:{port}/challenge", 2)
        redirected = await probe_once(f"http://www.probe.gov.cn:{port}/moved", 2, mapped)
        # the host is mapped, but not on this port: like an unresolvable name
        unmapped = await probe_once(f"http://www.probe.gov.cn:{port + 1}/", 2, mapped)
    with socket_closed_port() as closed:
        refused = await probe_once(f"http://127.0.0.1:{closed}/", 2)
    assert (blocked.status, blocked.error) == (412, "blocked")
    assert (redirected.status, redirected.error) == (200, None)
    assert (unmapped.status, unmapped.error) == (None, "dns")
    assert (refused.status, refused.error) == (None, "connect")


class socket_closed_port:
    """A port nothing listens on (bound then closed)."""

    def __enter__(self) -> int:
        import socket

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            return int(sock.getsockname()[1])

    def __exit__(self, *exc: object) -> None:
        return None


def _day_probes(days: int, per_day: int, failing_per_day: int, start: datetime) -> list[dict]:
    probes = []
    for day in range(days):
        for i in range(per_day):
            moment = start + timedelta(days=day, minutes=i * 30)
            failed = i < failing_per_day
            probes.append({"time": moment.isoformat(), "url": "http://x/", "status": None if failed else 200,
                           "latency_ms": 15000 if failed else 120, "error": "timeout" if failed else None})
    return probes


def test_availability_veto_needs_a_week_of_monitoring() -> None:
    start = datetime(2020, 11, 1, 0, 30, tzinfo=CST)
    week_bad = availability(_day_probes(7, 20, 1, start))  # 7/140 = 5 %
    assert week_bad.status == "unreachable" and week_bad.veto is True
    assert week_bad.full_days == 7 and week_bad.days_covered == 7
    assert week_bad.probes_per_day == {f"2020-11-0{d}": 20 for d in range(1, 8)}
    good = _day_probes(7, 20, 0, start)
    good[0]["error"] = "connect"  # 1/140 < 5 %
    assert availability(good).status == "reachable" and availability(good).veto is False
    short = availability(_day_probes(6, 24, 5, start))
    assert short.status == "insufficient-monitoring" and short.veto is None and short.failure_rate > 0.05
    thin = availability(_day_probes(7, 19, 5, start))  # a day needs 20 probes
    assert thin.status == "insufficient-monitoring" and thin.full_days == 0


def test_availability_counts_slow_opens_and_sets_blocked_apart() -> None:
    start = datetime(2020, 11, 1, 8, 0, tzinfo=CST)
    probes = _day_probes(7, 20, 0, start)
    for p in probes[:7]:
        p["latency_ms"] = 15001  # answered, but not open within 15 s
    probes += [{"time": start.isoformat(), "url": "http://x/", "status": 412, "latency_ms": 5, "error": "blocked"}]
    summary = availability(probes)
    assert (summary.failures, summary.blocked, summary.probes) == (7, 1, 140)
    assert summary.errors == {"slow": 7} and summary.veto is True
    only_blocked = availability(probes[-1:])
    assert only_blocked.status == "not-measured" and only_blocked.failure_rate is None
    # a UTC timestamp near midnight is counted on its Shanghai calendar day
    late = availability([{"time": "2020-11-01T20:00:00+00:00", "error": None, "latency_ms": 1}])
    assert late.probes_per_day == {"2020-11-02": 1}


def test_appends_are_whole_lines_even_after_a_torn_write(tmp_path: Path) -> None:
    out = tmp_path / "probes.jsonl"
    out.write_bytes(b'{"time": "2020-11-26T10:00:00+08:00", "error": null}\n{"time": "2020-11-2')  # killed mid-write
    record = {"time": "2020-11-26T10:00:05+08:00", "url": "http://x/", "status": 200, "latency_ms": 3, "error": None}

    def writer(tag: int) -> None:
        for i in range(50):
            append_jsonl(out, {**record, "url": f"http://x/{tag}/{i}", "pad": "网" * 2000})

    threads = [threading.Thread(target=writer, args=(t,)) for t in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    probes = read_probes(out)
    assert len(probes) == 1 + 200
    assert {p["url"] for p in probes[1:]} == {f"http://x/{t}/{i}" for t in range(4) for i in range(50)}
    lines = out.read_bytes().split(b"\n")
    assert lines[1] == b'{"time": "2020-11-2' and lines[-1] == b""  # the torn line stays alone


async def test_cli_probe_killed_leaves_no_torn_line_and_appends_on_rerun(site_server, tmp_path: Path) -> None:
    out = tmp_path / "probes.jsonl"
    cmd = [sys.executable, "-c", "from govweb.cli import main; main()", "probe"]
    with site_server(flaky_routes) as server:
        url = f"http://www.probe.gov.cn:{server.port}/"
        resolve = ["--resolve", f"www.probe.gov.cn:{server.port}:127.0.0.1"]
        proc = await asyncio.create_subprocess_exec(
            *cmd, url, "--count", "1000", "--interval", "0.01", "--timeout", "0.3", "--out", str(out), *resolve,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
        )
        for _ in range(600):  # up to 30 s for the interpreter to start on a busy machine
            await asyncio.sleep(0.05)
            if out.exists() and out.read_bytes().count(b"\n") >= 5:
                break
        os.kill(proc.pid, signal.SIGKILL)
        await proc.wait()
        data = out.read_bytes()
        assert data.endswith(b"\n")
        before = [json.loads(line) for line in data.splitlines()]
        assert 5 <= len(before) < 1000
        again = await asyncio.create_subprocess_exec(
            *cmd, url, "--count", "3", "--interval", "0.01", "--timeout", "0.3", "--out", str(out), *resolve,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )
        stdout, _ = await again.communicate()
    assert again.returncode == 0
    after = read_probes(out)
    assert after[: len(before)] == before and len(after) == len(before) + 3
    assert f"累计 {len(after)} 次" in " ".join(stdout.decode().split())  # the console wraps lines


async def test_cli_probe_bad_input_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "probes.jsonl"
    cmd = [sys.executable, "-c", "from govweb.cli import main; main()", "probe"]
    for args in (["ftp://www.example.gov.cn/"], ["http://www.example.gov.cn/", "--resolve", "www.example.gov.cn:80"]):
        proc = await asyncio.create_subprocess_exec(
            *cmd, *args, "--out", str(out), stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
        )
        _, stderr = await proc.communicate()
        assert proc.returncode == 2, stderr.decode()
        assert "错误" in stderr.decode()
    assert not out.exists()


async def test_monitor_probes_several_sites_each_into_its_own_file(site_server, tmp_path: Path) -> None:
    with site_server(flaky_routes) as server:
        targets = [(f"http://127.0.0.1:{server.port}/challenge", tmp_path / "a" / "probes.jsonl"),
                   (f"http://[::1]:{server.port}/moved", tmp_path / "b" / "probes.jsonl")]
        results = await monitor(targets, 3, 0.05, timeout=1, concurrency=1)
    assert [r.error for r in results[targets[0][0]]] == ["blocked"] * 3
    assert [(r.status, r.error) for r in results[targets[1][0]]] == [(200, None)] * 3
    assert [len(read_probes(path)) for _, path in targets] == [3, 3]
    assert availability(read_probes(targets[0][1])).status == "not-measured"
