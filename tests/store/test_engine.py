"""Where the store lives: --db, GOVWEB_DB, ./govweb.sqlite; URLs that cannot work are refused clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from govweb.errors import BadInput, JobFailed
from govweb.store import open_store, resolve_url
from services import free_port


def test_default_is_govweb_sqlite_in_the_working_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GOVWEB_DB", raising=False)
    url = resolve_url()
    assert (url.drivername, url.database) == ("sqlite", str(tmp_path / "govweb.sqlite"))
    with open_store() as store:
        store.count_sites()
    assert (tmp_path / "govweb.sqlite").is_file()


def test_option_wins_over_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOVWEB_DB", f"sqlite:///{tmp_path}/env.sqlite")
    assert resolve_url().database == str(tmp_path / "env.sqlite")
    assert resolve_url(f"sqlite:///{tmp_path}/opt.sqlite").database == str(tmp_path / "opt.sqlite")
    monkeypatch.chdir(tmp_path)
    assert resolve_url("rounds/govweb.db").database == str(tmp_path / "rounds" / "govweb.db")  # a bare path


@pytest.mark.parametrize(("given", "driver"), [
    ("postgresql://govweb:secret@db.internal:5432/govweb", "postgresql+psycopg"),
    ("postgres://govweb@localhost/govweb", "postgresql+psycopg"),
    ("postgresql+psycopg://govweb@localhost/govweb", "postgresql+psycopg"),
])
def test_postgresql_goes_through_psycopg3(given: str, driver: str) -> None:
    assert resolve_url(given).drivername == driver


@pytest.mark.parametrize(("given", "message"), [
    ("mysql://root@localhost/govweb", "不支持的数据库「mysql」"),
    ("postgresql+psycopg2://localhost/govweb", "psycopg 3"),
    ("sqlite+aiosqlite:///x.sqlite", "不支持的 SQLite 驱动"),
    ("://nothing", "无法识别的数据库地址"),
    ("  ", "数据库地址为空"),
    ("sqlite://", "不能是内存数据库"),
])
def test_unusable_urls_are_bad_input(given: str, message: str) -> None:
    with pytest.raises(BadInput, match=message):
        resolve_url(given)


def test_unreachable_postgresql_is_a_failed_job_without_the_password() -> None:
    with pytest.raises(JobFailed) as failed:
        open_store(f"postgresql://govweb:secret@127.0.0.1:{free_port()}/govweb?connect_timeout=5")
    message = str(failed.value)
    assert failed.value.exit_code == 1 and "无法打开数据库" in message and "127.0.0.1" in message
    assert "secret" not in message
