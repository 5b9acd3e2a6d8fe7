"""The session's throwaway services are what they claim: PostgreSQL on loopback under its own user, Redis
without persistence whose restart loses every key on the same port."""

from __future__ import annotations

import os

import psycopg

from services import PostgresServer, RedisServer


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
