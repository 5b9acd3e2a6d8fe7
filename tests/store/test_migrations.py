"""Alembic: the migrations build exactly the models' schema, upgrade a store from the previous revision without
losing its rows, go down again, and refuse a store written by a newer govweb."""

from __future__ import annotations

import datetime
import threading

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from govweb.errors import JobFailed
from govweb.store import ReviewRecord, head_revision, open_store, upgrade, upgrade_to_head
from govweb.store.engine import make_engine, resolve_url
from govweb.store.models import Base

from .conftest import AS_OF, site

DASHBOARD = {"users", "user_sites", "web_sessions", "api_tokens", "login_attempts", "rechecks"}  # 0003
TABLES = {"sites", "site_tiers", "rounds", "inspections", "findings", "results", "publications", "expert_reviews",
          "audit_log", *DASHBOARD}
HEAD = "0003"
STAMP = datetime.datetime(2020, 11, 1, 8, tzinfo=datetime.timezone(datetime.timedelta(hours=8)))


def _inspect(url: str) -> tuple[set[str], list[object], str | None]:
    """Tables, the differences autogenerate finds between the database and the models, and the revision."""
    engine = make_engine(resolve_url(url))
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            tables = set(sa.inspect(connection).get_table_names()) - {"alembic_version"}
            return tables, compare_metadata(context, Base.metadata), context.get_current_revision()
    finally:
        engine.dispose()


def test_upgrade_from_empty_matches_the_models(store_url: str) -> None:
    assert upgrade_to_head(store_url) == head_revision() == HEAD
    tables, differences, revision = _inspect(store_url)
    assert tables == TABLES
    assert differences == []  # the migrations and the models describe the same schema
    assert revision == HEAD
    assert upgrade_to_head(store_url) == HEAD  # nothing to do the second time


def test_upgrade_from_the_previous_revision_keeps_every_row(store_url: str, methodology: object) -> None:
    assert upgrade(store_url, "0001") == "0001"
    tables, _, _ = _inspect(store_url)
    assert tables == TABLES - {"expert_reviews", "audit_log", *DASHBOARD}
    # Rows written by a govweb at revision 0001 (the findings table had no 整改 columns then).
    engine = make_engine(resolve_url(store_url))
    with engine.begin() as connection:
        insert = connection.execute
        insert(sa.text("INSERT INTO sites (id, code, name, url, admin_code, extra, created_at, updated_at) "
                       "VALUES (1, '1100000088', '北京市人民政府', 'http://www.beijing.gov.cn/', '110000', '{}', :t, :t)"),
               {"t": STAMP})
        insert(sa.text("INSERT INTO site_tiers VALUES (1, '直辖市', 0)"))
        insert(sa.text("INSERT INTO rounds (id, name, methodology_name, methodology_sha256, methodology, as_of, status, "
                       "internal, settings, created_at) VALUES (1, '2020', 'cstc-2020', :sha, :content, :as_of, 'open', "
                       ":no, '{}', :t)"),
               {"sha": "0" * 64, "content": '{"tiers": {"直辖市": {}}}', "as_of": AS_OF, "no": False, "t": STAMP})
        insert(sa.text("INSERT INTO inspections (round_id, site_id, tiers, status, timings, stats, metrics, vetoes, "
                       "attempts, updated_at) VALUES (1, 1, '[\"直辖市\"]', 'measured', '{}', '{}', '{}', '[]', 1, :t)"),
               {"t": STAMP})
        insert(sa.text("INSERT INTO findings (round_id, site_id, finding_id, check_id, type, message, evidence, "
                       "metric_deltas, detail, status) VALUES (1, 1, 'stale-column:a', 'stale-column', '政策文件', "
                       "'政策文件栏目超过 183 天未更新', '{}', '{}', '{}', 'open')"))
    engine.dispose()

    assert upgrade_to_head(store_url) == HEAD
    _, differences, _ = _inspect(store_url)
    assert differences == []
    with open_store(store_url) as store:
        [kept] = store.findings("2020", check="stale-column", type="政策文件")
        assert (kept.site_code, kept.status, kept.rectification) == ("1100000088", "open", None)
        assert store.site("1100000088").tiers == ("直辖市",)  # type: ignore[union-attr]
        # The new tables work on the upgraded store.
        store.record_reviews("2020", [ReviewRecord("1100000088", "removal", "stale-column:a", "王五",
                                                   datetime.date(2020, 12, 1), reason="专题栏目")])
        store.set_rectification("2020", "1100000088", "stale-column:a", "fixed", actor="北京市")
        assert [(a.action, a.site_code) for a in store.audit_trail()] == [
            ("finding-status", "1100000088"), ("review", "1100000088"), ("rectification", "1100000088")]


def test_downgrade_and_upgrade_again(store_url: str) -> None:
    with open_store(store_url) as store:
        store.upsert_sites([site("1100000088")])
    assert upgrade(store_url, "0001") == "0001"
    assert _inspect(store_url)[0] == TABLES - {"expert_reviews", "audit_log", *DASHBOARD}
    engine = make_engine(resolve_url(store_url))
    with engine.connect() as connection:  # the findings table was rebuilt without its 整改 columns; sites stay
        assert connection.execute(sa.text("SELECT code FROM sites")).scalars().all() == ["1100000088"]
        columns = {c["name"] for c in sa.inspect(connection).get_columns("findings")}
    engine.dispose()
    assert "rectification" not in columns and "status" in columns
    assert upgrade(store_url, "base") is None
    assert _inspect(store_url)[0] == set()
    assert upgrade_to_head(store_url) == HEAD


def test_a_store_from_a_newer_govweb_is_refused(store_url: str) -> None:
    upgrade_to_head(store_url)
    engine = make_engine(resolve_url(store_url))
    with engine.begin() as connection:
        connection.execute(sa.text("UPDATE alembic_version SET version_num = '0099'"))
    engine.dispose()
    with pytest.raises(JobFailed, match="结构版本「0099」比本程序新"):
        open_store(store_url)


def test_stores_opened_at_once_migrate_once(store_url: str) -> None:
    """Workers starting together on a new store: one migrates, the others wait and find it done."""
    errors: list[BaseException] = []

    def open_and_write(n: int) -> None:
        try:
            with open_store(store_url) as store:
                store.upsert_sites([site(f"11000000{n:02d}")])
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_and_write, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    with open_store(store_url) as store:
        assert store.count_sites() == 4
