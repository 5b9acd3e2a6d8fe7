"""Throwaway PostgreSQL and Redis servers on free loopback ports, for tests and benchmarks.

Both use the Debian binaries (`postgresql`, `redis-server` in debian-packages.txt) and a temporary folder that is
removed when they stop. PostgreSQL refuses to run as root, so as root initdb runs as the `postgres` user
(`runuser -u postgres`) and so does the server; the data folder and the unix socket live in the temporary folder,
owned by that user. Both servers are children of this process tied to its life (`govweb.samplesites.tether`): a
test run killed before its teardown (a timeout's SIGKILL) leaves no server running, and the next run removes the
temporary folders it left.
Redis keeps nothing on disk (no RDB snapshots, no AOF), so a restart loses everything — as a broker restart
without persistence does.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from govweb.samplesites.tether import owned_tempdir, stat_fields, tethered

START_TIMEOUT = 60.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def postgres_bindir() -> Path | None:
    """Where initdb and pg_ctl are: on PATH, else Debian's /usr/lib/postgresql/<version>/bin (newest)."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parts[-3]))
    return Path(versions[-1]).parent if versions else None


def postgres_missing() -> str | None:
    """Why a PostgreSQL server cannot be started here, or None."""
    if postgres_bindir() is None:
        return "PostgreSQL 未安装（Debian 软件包 postgresql，见 debian-packages.txt；make install 以 root 运行时安装）"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "以 root 运行时需要 postgres 用户来启动 PostgreSQL（Debian 软件包 postgresql 会创建它）"
        if shutil.which("runuser") is None:
            return "以 root 运行时需要 runuser 来以 postgres 用户启动 PostgreSQL"
    return None


def redis_missing() -> str | None:
    if shutil.which("redis-server") is None:
        return "redis-server 未安装（Debian 软件包 redis-server，见 debian-packages.txt）"
    return None


def _wait(ready: Callable[[], bool], what: str, log: Path | None = None) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if ready():
            return
        time.sleep(0.05)
    tail = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
    raise RuntimeError(f"{what} did not start within {START_TIMEOUT:.0f} s\n{tail}")


def _stop(process: subprocess.Popen[bytes] | None, sig: signal.Signals, timeout: float = 30) -> None:
    """Send `sig` to a running server and wait for it to exit; kill it if it does not within `timeout` s."""
    if process is None or process.poll() is not None:
        return
    process.send_signal(sig)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def process_parents() -> dict[int, int]:
    """pid → parent pid of every process (from /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        fields = stat_fields(int(entry.name)) if entry.name.isdigit() else None
        if fields is not None:
            parents[int(entry.name)] = int(fields[1])
    return parents


class PostgresServer:
    """A PostgreSQL cluster in a temporary folder, listening on 127.0.0.1:port and a unix socket there.

    Tuned for tests (fsync off): fast, and worthless after a crash, which is what a throwaway server is for."""

    user = "postgres"

    def __init__(self) -> None:
        bindir = postgres_bindir()
        if bindir is None:
            raise RuntimeError(postgres_missing() or "PostgreSQL not found")
        self.bindir = bindir
        self.root = owned_tempdir("govweb-pg-")
        self.data = self.root / "data"
        self.socket_dir = self.root / "socket"
        self.log = self.root / "server.log"
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None
        self._databases = 0
        self._as_postgres = os.geteuid() == 0

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self._as_postgres:
            command = ["runuser", "-u", self.user, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)

    def start(self) -> PostgresServer:
        self.socket_dir.mkdir()
        if self._as_postgres:
            account = pwd.getpwnam(self.user)
            for path in (self.root, self.socket_dir):
                os.chown(path, account.pw_uid, account.pw_gid)
            self.root.chmod(0o700)
        self._run("initdb", "-D", str(self.data), "-U", self.user, "-A", "trust", "-E", "UTF8", "--locale=C",
                  "--no-sync", "--no-instructions")
        for attempt in range(3):  # a free port may be taken between choosing it and binding it
            self.port = free_port()
            if self._launch():
                break
            if attempt == 2:
                tail = self.log.read_text(errors="replace")[-2000:]
                raise RuntimeError(f"PostgreSQL did not start:\n{tail}")
        return self

    def _launch(self) -> bool:
        """Start the server on self.port as a child tied to this process (SIGQUIT, PostgreSQL's immediate
        shutdown, when it dies); whether it answers."""
        command = [str(self.bindir / "postgres"), "-D", str(self.data), "-p", str(self.port), "-k", str(self.socket_dir)]
        for setting in ("listen_addresses=127.0.0.1", "fsync=off", "synchronous_commit=off", "full_page_writes=off",
                        "max_connections=100"):
            command += ["-c", setting]
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(tethered(command, signal.SIGQUIT, self.user if self._as_postgres else None),
                                            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        process = self.process
        _wait(lambda: process.poll() is not None or self._answers(), "PostgreSQL", self.log)
        return process.poll() is None

    def _answers(self) -> bool:
        import psycopg

        try:
            with psycopg.connect(self.url(), connect_timeout=2):
                return True
        except psycopg.OperationalError:
            return False

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{database}"

    def create_database(self, prefix: str = "govweb_test") -> str:
        """A new empty database; returns its URL."""
        import psycopg

        self._databases += 1
        name = f"{prefix}_{self._databases}"
        with psycopg.connect(self.url(), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\'')
        return self.url(name)

    def create_schema(self, database_url: str, prefix: str = "t") -> str:
        """A new empty schema in an existing database, as the URL of a store living in it (its search_path):
        much cheaper than a database per test."""
        import psycopg

        self._databases += 1
        name = f"{prefix}_{self._databases}"
        with psycopg.connect(database_url, autocommit=True) as connection:
            connection.execute(f'CREATE SCHEMA "{name}"')
        return f"{database_url}?options=-csearch_path%3D{name}"

    def drop_database(self, url: str) -> None:
        import psycopg

        name = url.rsplit("/", 1)[1]
        with psycopg.connect(self.url(), autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        _stop(self.process, signal.SIGQUIT)  # immediate shutdown: the data is throwaway
        self.process = None
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> PostgresServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class RedisServer:
    """redis-server on 127.0.0.1:port without persistence; `restart()` keeps the port and loses every key."""

    def __init__(self) -> None:
        self.root = owned_tempdir("govweb-redis-")
        self.log = self.root / "redis.log"
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def command(self, *args: str) -> bytes:
        """Send one command (RESP) and return the raw reply: enough to probe the server without a client."""
        payload = f"*{len(args)}\r\n".encode() + b"".join(
            f"${len(a.encode())}\r\n".encode() + a.encode() + b"\r\n" for a in args)
        with socket.create_connection(("127.0.0.1", self.port), timeout=5) as sock:
            sock.sendall(payload)
            return sock.recv(65536)

    def _answers(self) -> bool:
        try:
            return self.command("PING").startswith(b"+PONG")
        except OSError:
            return False

    def _launch(self) -> None:
        self.process = subprocess.Popen(tethered(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(self.root), "--logfile", str(self.log), "--daemonize", "no", "--protected-mode", "yes"]),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait(lambda: self._answers() or self.process is None or self.process.poll() is not None, "redis-server", self.log)
        if self.process.poll() is not None:
            raise RuntimeError("redis-server exited:\n" + self.log.read_text(errors="replace")[-2000:])

    def start(self) -> RedisServer:
        for attempt in range(3):
            self.port = free_port()
            try:
                self._launch()
                return self
            except RuntimeError:
                if attempt == 2:
                    raise
        return self

    def stop(self) -> None:
        _stop(self.process, signal.SIGTERM)
        self.process = None

    def restart(self) -> None:
        """Stop and start again on the same port (what a broker restart looks like to its clients)."""
        self.stop()
        self._launch()

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> RedisServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()
