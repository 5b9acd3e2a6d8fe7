"""整改 follow-up: owners mark findings, ask for a re-check that really inspects the site again (through the
round's own per-site inspection, in the server's job runner), and see per finding 已整改 / 仍存在 / 新增; a round
compared with the previous one."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from govweb.app import AppSettings, create_app
from govweb.campaign.followup import FIXED, NEW, PERSISTING, compare_findings, compare_rounds
from govweb.campaign.record import import_round_folder
from govweb.samplesites.server import SampleServer
from govweb.store import Store

from .conftest import AS_OF, CODES, ROUND, log_in, site_url


def test_owner_sees_only_own_sites_and_marks_a_finding(client: TestClient, store: Store) -> None:
    csrf = log_in(client, "huzhou")
    page = client.get("/followup").text
    assert CODES.second in page and CODES.first not in page and CODES.county not in page
    finding = store.findings(ROUND, site_code=CODES.second)[0]
    url = f"{site_url(CODES.second)}/findings/{finding.finding_id}/rectification"
    assert client.post(url, data={"state": "fixed", "note": "已补充年报", "csrf_token": csrf}).status_code == 303
    marked = {f.finding_id: f for f in store.findings(ROUND, site_code=CODES.second)}[finding.finding_id]
    assert (marked.rectification, marked.rectification_note) == ("fixed", "已补充年报")
    assert "已整改" in client.get(site_url(CODES.second)).text
    other = store.findings(ROUND, site_code=CODES.first)[0]
    assert client.post(f"{site_url(CODES.first)}/findings/{other.finding_id}/rectification",
                       data={"state": "fixed", "csrf_token": csrf}).status_code == 403
    assert client.post(f"{site_url(CODES.first)}/recheck", data={"csrf_token": csrf}).status_code == 403


def test_regional_office_follows_its_region(client: TestClient) -> None:
    log_in(client, "zhejiang")
    page = client.get("/followup").text
    assert CODES.second in page and CODES.first not in page  # 33 (浙江): 湖州, not 苏州 (32)


def test_a_recheck_inspects_the_site_again(store: Store, tmp_path: Path, sample_server: SampleServer) -> None:
    settings = AppSettings(data_dir=tmp_path / "data", run_jobs=False,
                           recheck_resolve=tuple(sample_server.resolve_args()), recheck_timeout=600,
                           recheck_as_of=AS_OF)  # the sample sites are dated for the round's as-of date
    app = create_app(store, settings)
    with TestClient(app, follow_redirects=False) as client:
        csrf = log_in(client, "huzhou")
        assert client.post(f"{site_url(CODES.second)}/recheck", data={"note": "已整改", "csrf_token": csrf}
                           ).status_code == 303
        assert client.post(f"{site_url(CODES.second)}/recheck", data={"csrf_token": csrf}).status_code == 400
        [queued] = store.rechecks.of_site(ROUND, CODES.second)
        assert queued.status == "queued" and queued.requested_by == "huzhou"
        assert app.state.jobs.run_pending() == 1
        [done] = store.rechecks.of_site(ROUND, CODES.second)
        assert done.status == "done", done.reason
        assert done.outcome == "measured" and done.as_of is not None and done.findings
        assert Path(done.site_dir, "crawl.warc.gz").is_file()
        # The sample site has not changed: every finding is found again, none is new (judged as of the same day).
        compared = compare_findings(store.findings(ROUND, site_code=CODES.second), done.findings)
        assert {c.state for c in compared} == {PERSISTING}
        page = client.get(site_url(CODES.second)).text
        assert "复查：仍存在" in page and "已整改 0 个" in page
    # The round's own inspection and results stay as they were.
    assert store.inspection(ROUND, CODES.second).status == "measured"  # type: ignore[union-attr]


def test_compare_findings_by_identity(store: Store) -> None:
    before = store.findings(ROUND, site_code=CODES.second)
    after = [f.as_finding() for f in before[1:]] + [{"id": "broken-link:new", "check": "broken-link",
                                                     "message": "新的错链"}]
    states = {c.finding_id: c.state for c in compare_findings(before, after)}
    assert states[before[0].finding_id] == FIXED and states["broken-link:new"] == NEW
    assert all(states[f.finding_id] == PERSISTING for f in before[1:])


def test_a_round_beside_the_previous_one(store: Store, evaluated_round: Path, client: TestClient) -> None:
    import_round_folder(store, evaluated_round, name="2021")
    assert store.browse.previous_round("2021") == ROUND
    finding = store.findings("2021", site_code=CODES.second)[0]
    store.set_finding_status("2021", CODES.second, finding.finding_id, "removed", actor="eval1", reason="误报")
    changes = {(c.site_code, c.tier): c for c in compare_rounds(store, "2021", ROUND)}
    second = changes[(CODES.second, "地市")]
    assert second.rank_change == 0 and second.fixed == 1 and second.new == 0
    assert second.persisting == len(store.findings(ROUND, site_code=CODES.second)) - 1
    page = client.get("/rounds/2021/compare").text
    assert "湖州市人民政府" in page and "持平" in page
