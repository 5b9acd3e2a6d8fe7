"""The session's throwaway services are what they claim: PostgreSQL on loopback under its own user, Redis
without persistence whose restart loses every key on the same port."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from govweb.samplesites.tether import stat_fields
from services import PostgresServer, RedisServer, postgres_missing, process_parents, redis_missing

TESTS = Path(__file__).parent
# A test session that holds the services (and the browser, when there is one) and waits to be killed.
HOLDER = """
import os, sys, time
sys.path.insert(0, {tests!r})
from conftest import chromium, postgres_server, redis_server  # noqa: F401  (the session fixtures)

def test_hold(postgres_server, redis_server, request):
    browser = request.getfixturevalue("chromium") if os.path.exists("/usr/bin/chromium") else None
    if browser is not None:
        browser.run(lambda b: b.version)
    with open({ready!r} + ".tmp", "w") as out:
        out.write(f"{{postgres_server.process.pid}} {{redis_server.process.pid}} {{postgres_server.root}}")
    os.replace({ready!r} + ".tmp", {ready!r})
    time.sleep(600)
"""


def test_postgresql_serves_on_loopback_as_a_non_root_user(postgres_server: PostgresServer, postgres_database: str) -> None:
    with psycopg.connect(postgres_database) as connection:
        version = connection.execute("SHOW server_version_num").fetchone()
        listen = connection.execute("SHOW listen_addresses").fetchone()
        data = connection.execute("SHOW data_directory").fetchone()
    assert version is not None and int(version[0]) >= 120000
    assert listen == ("127.0.0.1",)
    assert data is not None and str(postgres_server.root) in data[0]
    owner = os.stat(postgres_server.data).st_uid
    assert owner != 0 or os.geteuid() != 0  # as root, the cluster belongs to the postgres user


def test_redis_keeps_nothing_and_restarts_on_the_same_port(redis_server: RedisServer) -> None:
    assert redis_server.command("PING") == b"+PONG\r\n"
    assert redis_server.command("CONFIG", "GET", "save") == b"*2\r\n$4\r\nsave\r\n$0\r\n\r\n"
    assert redis_server.command("CONFIG", "GET", "appendonly").endswith(b"$2\r\nno\r\n")
    assert redis_server.command("SET", "govweb:probe", "1") == b"+OK\r\n"
    port = redis_server.port
    redis_server.restart()
    assert redis_server.port == port and redis_server.command("GET", "govweb:probe") == b"$-1\r\n"


def _descendants(pid: int) -> set[int]:
    parents = process_parents()
    found: set[int] = set()
    wave = {pid}
    while wave:
        wave = {child for child, parent in parents.items() if parent in wave} - found
        found |= wave
    return found


def _running(pid: int) -> bool:
    """Whether `pid` is a live process (a zombie waiting for its reaper is dead)."""
    fields = stat_fields(pid)
    return fields is not None and fields[0] != "Z"


@pytest.mark.skipif(bool(postgres_missing() or redis_missing()), reason="PostgreSQL or redis-server not installed")
def test_a_killed_test_run_leaves_no_server_behind(tmp_path: Path) -> None:
    """pytest killed with SIGKILL (a timeout) runs no teardown: its PostgreSQL, redis-server and chromium die with it
    all the same, and the next run removes the temporary folders it left."""
    ready = tmp_path / "ready"
    (tmp_path / "test_hold.py").write_text(HOLDER.format(tests=str(TESTS), ready=str(ready)), encoding="utf-8")
    run = subprocess.Popen([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_hold.py"],
                           cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not ready.exists() and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert ready.exists(), "the held session did not start its services"
        postgres_pid, redis_pid, root = ready.read_text().split()
        started = _descendants(run.pid)
        assert {int(postgres_pid), int(redis_pid)} <= started
    finally:
        run.send_signal(signal.SIGKILL)
        run.wait(30)
    deadline = time.monotonic() + 30
    while any(_running(pid) for pid in started) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in started if _running(pid)]
    assert Path(root).is_dir()  # what the killed run left on disk …
    PostgresServer().stop()     # … goes when the next server is set up
    assert not Path(root).exists()
