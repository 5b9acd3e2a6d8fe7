"""The bridge from a round folder to the store (`govweb rounds import`), the rescoring seam, the spreadsheet path
(`govweb rounds expert`) and `govweb publish`, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from clirun import Govweb
from govweb.campaign.record import import_round_folder
from govweb.campaign.rescore import rescore_round_sites
from govweb.store import ReviewRecord, RoundLocked, Store, open_store

from .conftest import CODES, ROUND


def _csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_import_records_the_round_as_evaluate_wrote_it(store_url: str, evaluated_round: Path) -> None:
    with open_store(store_url) as store:
        summary = import_round_folder(store, evaluated_round, name=ROUND, internal=True)
        assert (summary.sites, summary.measured, summary.not_measured) == (4, 3, 1)
        assert summary.round.internal and not summary.round.resumed
        published = {(r["网站标识码"], r["级别"]): r for r in _csv(evaluated_round / "results.csv")}
        stored = {(r.site_code, r.tier): r for r in store.results(ROUND)}
        assert set(published) <= set(stored)
        for key, row in published.items():
            assert stored[key].total == Decimal(row["总分"]) and stored[key].rank == int(row["排名"])
            assert stored[key].verdict == row["检查结果"]
        apart = stored[(CODES.blocked, "地市")]
        assert apart.rank is None and apart.total is None and apart.note.startswith("未能测量")
        inspection = store.inspection(ROUND, CODES.first)
        assert inspection.site_dir == f"sites/{CODES.first}" and inspection.warc_path.endswith("crawl.warc.gz")
        assert inspection.indices and inspection.sheet and inspection.metrics  # enough to score again
        assert store.round(ROUND).settings["crawl_args"] == ["--max-pages", "40", "--render", "never"]
        # Scoring every site again from the store alone gives the round's own table, exactly.
        rescore_round_sites(store, ROUND, list(CODES.__dict__.values()))
        assert {(r.site_code, r.tier): r for r in store.results(ROUND)} == stored


def test_reimport_keeps_what_people_decided(store: Store, evaluated_round: Path) -> None:
    [finding, *_] = store.findings(ROUND, site_code=CODES.second)
    before = store.browse.site_results(ROUND, CODES.second)[0].total
    store.record_reviews(ROUND, [ReviewRecord(CODES.second, "removal", finding.finding_id, "eval1",
                                              datetime.date(2020, 12, 1), reason="误报")], actor="eval1")
    rescore_round_sites(store, ROUND, [CODES.second])
    after = store.browse.site_results(ROUND, CODES.second)[0].total
    summary = import_round_folder(store, evaluated_round, name=ROUND)
    assert summary.round.resumed and summary.rescored == 1
    kept = {f.finding_id: f for f in store.findings(ROUND, site_code=CODES.second)}[finding.finding_id]
    assert kept.status == "removed" and kept.status_reason == "误报"
    assert store.browse.site_results(ROUND, CODES.second)[0].total == after >= before


def test_expert_file_lands_in_the_same_tables_and_publish_locks(store_path: Path, tmp_path: Path,
                                                                govweb: Govweb) -> None:
    db = f"sqlite:///{store_path}"
    with open_store(db) as store:
        total_before = {r.site_code: r.total for r in store.results(ROUND, tier="地市")}[CODES.second]
        finding = store.findings(ROUND, site_code=CODES.first)[0].finding_id
    expert = tmp_path / "expert.csv"
    expert.write_text("网站标识码,评审人,评审日期,创新案例指数,核减问题编号,核减理由\n"
                      f"{CODES.second},王专家,2020-12-01,0.9,,\n"
                      f"{CODES.first},王专家,2020-12-01,,{finding},专题栏目不受更新时限约束\n", encoding="utf-8")
    result = govweb("rounds", "expert", ROUND, str(expert), "--db", db)
    assert result.returncode == 0, result.stderr
    with open_store(db) as store:
        reviews = {(r.site_code, r.kind): r for r in store.reviews(ROUND)}
        assert reviews[(CODES.second, "index")].value == Decimal("0.9")
        assert reviews[(CODES.second, "index")].source.startswith("expert.csv")
        assert reviews[(CODES.first, "removal")].reason == "专题栏目不受更新时限约束"
        second = {r.site_code: r for r in store.results(ROUND, tier="地市")}[CODES.second]
        assert "创新案例" not in (second.note or "")  # the bonus counts now
        assert second.indices["创新案例"] == Decimal("0.9")
        assert second.total == total_before + Decimal("9.0")  # 10 points of bonus × 0.9
    bad = tmp_path / "bad.csv"
    bad.write_text("网站标识码,评审人,评审日期,创新案例指数\n9999999999,王,2020-12-01,2\n", encoding="utf-8")
    result = govweb("rounds", "expert", ROUND, str(bad), "--db", db)
    assert result.returncode == 2 and "9999999999" in result.stderr
    assert govweb("publish", ROUND, "--db", db).returncode == 0
    with open_store(db) as store:
        assert store.round(ROUND).published
        with pytest.raises(RoundLocked):
            rescore_round_sites(store, ROUND, [CODES.second])


def test_import_refuses_a_folder_that_is_not_a_round(tmp_path: Path, govweb: Govweb) -> None:
    result = govweb("rounds", "import", str(tmp_path), "--db", f"sqlite:///{tmp_path / 'x.sqlite'}")
    assert result.returncode == 2 and "round.json" in result.stderr


def test_accounts_sessions_tokens_and_rechecks_in_the_store(store_url: str, evaluated_round: Path) -> None:
    import datetime as dt

    from govweb.errors import BadInput
    from govweb.store.types import now

    with open_store(store_url) as store:
        import_round_folder(store, evaluated_round, name=ROUND)
        accounts = store.accounts
        owner = accounts.add_user("huzhou", "owner", "argon2-hash", sites=[CODES.second], actor="tests")
        assert owner.sites == (CODES.second,) and accounts.password_hash("huzhou") == "argon2-hash"
        with pytest.raises(BadInput):
            accounts.add_user("huzhou", "viewer", "x", actor="tests")  # the name is taken
        with pytest.raises(BadInput):
            accounts.add_user("office", "regional", "x", actor="tests")  # a regional office needs its prefix
        accounts.open_session("huzhou", "s" * 64, "csrf", now() + dt.timedelta(hours=1))
        assert accounts.session("s" * 64).user.name == "huzhou"  # type: ignore[union-attr]
        assert accounts.session("s" * 64, at=now() + dt.timedelta(hours=2)) is None  # expired
        accounts.add_token("huzhou", "ci", "t" * 64, actor="tests")
        assert accounts.token_user("t" * 64).name == "huzhou"  # type: ignore[union-attr]
        accounts.update_user("huzhou", actor="admin", active=False)
        assert accounts.session("s" * 64) is None and accounts.token_user("t" * 64) is None  # deactivated
        for _ in range(3):
            accounts.record_login("huzhou", "127.0.0.1", False)
        assert accounts.failed_logins(name="huzhou", address="127.0.0.1",
                                      since=now() - dt.timedelta(minutes=15)) == (3, 3)
        queued = store.rechecks.request(ROUND, CODES.second, actor="huzhou", note="已整改")
        with pytest.raises(BadInput):
            store.rechecks.request(ROUND, CODES.second, actor="huzhou")  # one at a time per site
        assert store.rechecks.start(queued.id) and not store.rechecks.start(queued.id)  # never run twice
        store.rechecks.finish(queued.id, outcome="measured", as_of=dt.date(2020, 12, 1), site_dir=None,
                              findings=[{"id": "x:1", "check": "x", "message": "m"}])
        [done] = store.rechecks.of_site(ROUND, CODES.second)
        assert (done.status, done.outcome, len(done.findings)) == ("done", "measured", 1)
        assert [a.action for a in store.audit_trail(round_name=ROUND, site_code=CODES.second)] == ["recheck", "recheck"]
