"""Expert review through the dashboard: 人工核减 rescoring and ranking, two evaluators and arbitration, the
serious-error veto, appeals, the audit trail, and scores locked by publication."""

from __future__ import annotations

from decimal import Decimal

from fastapi.testclient import TestClient

from govweb.campaign.rescore import reviewed_document
from govweb.scoring.stake import Stake, points_at_stake
from govweb.store import Store

from .conftest import CODES, ROUND, csrf_of, log_in, site_url


def top_stake(store: Store, code: str) -> Stake:
    """The finding of the site whose fixing gains most points (scoring.stake on the store's document)."""
    methodology = store.round_methodology(ROUND)
    doc, _ = reviewed_document(store, ROUND, code, methodology, "地市")
    assert doc is not None
    stakes = points_at_stake(doc, methodology, "地市")
    assert stakes and stakes[0].points > 0
    return stakes[0]


def _total(store: Store, code: str) -> tuple[Decimal | None, int | None]:
    row = store.browse.site_results(ROUND, code)[0]
    return row.total, row.rank


def test_striking_a_finding_rescores_the_site_and_is_audited(client: TestClient, store: Store) -> None:
    csrf = log_in(client, "eval1")
    before, _ = _total(store, CODES.second)
    # The finding worth most points: striking it must raise the total by about its stake.
    page = client.get(site_url(CODES.second))
    assert page.status_code == 200 and "人工核减" in page.text
    before_page = TestClient(client.app).get(site_url(CODES.second)).text  # an anonymous reader, cached
    stake = top_stake(store, CODES.second)
    finding = {f.finding_id: f for f in store.findings(ROUND, site_code=CODES.second)}[stake.finding_id]
    response = client.post(f"{site_url(CODES.second)}/findings/{finding.finding_id}/strike",
                           data={"reason": "专题栏目，不受更新时限约束", "csrf_token": csrf})
    assert response.status_code == 303
    struck = {f.finding_id: f for f in store.findings(ROUND, site_code=CODES.second)}[finding.finding_id]
    assert struck.status == "removed" and struck.status_reason == "专题栏目，不受更新时限约束"
    after, _ = _total(store, CODES.second)
    assert after is not None and before is not None and abs(after - before - stake.points) <= Decimal("0.1")
    trail = store.audit_trail(round_name=ROUND, site_code=CODES.second)
    assert [(a.actor, a.action, a.old["status"], a.new["status"]) for a in trail if a.action == "finding-status"] == [
        ("eval1", "finding-status", "open", "removed")]
    anonymous = TestClient(client.app, follow_redirects=False)
    assert "已核减" not in before_page  # the public page cached before the strike is not served after it
    assert "已核减" in anonymous.get(site_url(CODES.second)).text
    shown = client.get(site_url(CODES.second)).text
    assert "已核减" in shown and "专题栏目，不受更新时限约束" in shown and "eval1" in shown  # the audit on the page
    # Undo it: the finding counts again and the total comes back.
    client.post(f"{site_url(CODES.second)}/findings/{finding.finding_id}/reinstate",
                data={"reason": "复核后确认问题存在", "csrf_token": csrf})
    assert _total(store, CODES.second)[0] == before


def test_two_evaluators_and_arbitration(store: Store, store_path: object, app_settings: object) -> None:
    from govweb.app import create_app

    clients = {}
    for name in ("eval1", "eval2", "eval3"):
        clients[name] = TestClient(create_app(store, app_settings), follow_redirects=False)  # type: ignore[arg-type]
        clients[name].__enter__()
    try:
        tokens = {name: log_in(c, name) for name, c in clients.items()}
        url = f"{site_url(CODES.first)}/scores"

        def score(name: str, value: str) -> int:
            return clients[name].post(url, data={"target": "index:创新案例", "value": value, "comment": "案例材料",
                                                 "evidence": "https://example.org/case", "csrf_token": tokens[name]}
                                      ).status_code

        base, _ = _total(store, CODES.first)
        assert score("eval1", "0.8") == 303
        assert _total(store, CODES.first)[0] == base + Decimal("8.0")       # one evaluator: their score stands
        assert score("eval2", "0.9") == 303                                  # 0.1 apart: not above 10% → mean
        assert _total(store, CODES.first)[0] == base + Decimal("8.5")
        assert score("eval3", "0.5") == 400                                  # no arbitration needed
        assert score("eval2", "0.4") == 303                                  # now 0.4 apart: disputed
        assert _total(store, CODES.first)[0] == base                         # nothing stands until arbitrated
        review = clients["eval1"].get(f"/rounds/{ROUND}/review").text
        assert "待仲裁" in review and CODES.first in review
        assert score("eval3", "0.7") == 303                                  # the arbiter's value stands
        assert _total(store, CODES.first)[0] == base + Decimal("7.0")
        roles = {(r.reviewer, r.role) for r in store.reviews(ROUND, site_code=CODES.first)}
        assert roles == {("eval1", "evaluator"), ("eval2", "evaluator"), ("eval3", "arbiter")}
        assert score("eval1", "1.5") == 400                                  # out of range
    finally:
        for c in clients.values():
            c.__exit__(None, None, None)


def test_serious_error_veto_needs_evidence_and_makes_the_site_fail(client: TestClient, store: Store) -> None:
    csrf = log_in(client, "eval1")
    url = f"{site_url(CODES.first)}/veto"
    assert client.post(url, data={"action": "raise", "category": "严重表述错误", "reason": "领导姓名错误",
                                  "csrf_token": csrf}).status_code == 400      # no evidence link
    assert client.post(url, data={"action": "raise", "category": "严重表述错误", "reason": "首页领导姓名错误",
                                  "evidence": "https://example.org/shot.png", "csrf_token": csrf}).status_code == 303
    row = store.browse.site_results(ROUND, CODES.first)[0]
    assert row.verdict == "不合格" and "serious-error" in row.vetoes and row.rank is not None  # veto_effect: flag
    page = client.get(site_url(CODES.first)).text
    assert "严重表述错误等" in page and "首页领导姓名错误" in page
    assert client.post(url, data={"action": "withdraw", "reason": "经核实为转载原文", "csrf_token": csrf}
                       ).status_code == 303
    assert "serious-error" not in store.browse.site_results(ROUND, CODES.first)[0].vetoes


def test_appeal_by_the_owner_decided_by_an_evaluator(client: TestClient, store: Store,
                                                     app_settings: object) -> None:
    from govweb.app import create_app

    finding = store.findings(ROUND, site_code=CODES.second)[0]
    owner_csrf = log_in(client, "huzhou")
    base = f"{site_url(CODES.second)}/findings/{finding.finding_id}"
    assert client.post(f"{base}/appeal", data={"note": "该页面为历史归档", "evidence": "https://example.org/a",
                                               "csrf_token": owner_csrf}).status_code == 303
    assert {f.finding_id: f for f in store.findings(ROUND, site_code=CODES.second)}[finding.finding_id].appeal == "pending"
    other = store.findings(ROUND, site_code=CODES.first)[0]  # another site: not the owner's
    assert client.post(f"{site_url(CODES.first)}/findings/{other.finding_id}/appeal",
                       data={"note": "x", "csrf_token": owner_csrf}).status_code == 403
    assert client.post(f"{base}/strike", data={"reason": "x", "csrf_token": owner_csrf}).status_code == 403
    with TestClient(create_app(store, app_settings), follow_redirects=False) as evaluator:  # type: ignore[arg-type]
        csrf = log_in(evaluator, "eval1")
        assert evaluator.post(f"{base}/appeal/decide", data={"decision": "accept", "reason": "申诉理由成立",
                                                             "csrf_token": csrf}).status_code == 303
    decided = {f.finding_id: f for f in store.findings(ROUND, site_code=CODES.second)}[finding.finding_id]
    assert (decided.appeal, decided.status) == ("accepted", "removed")
    assert [a.action for a in store.audit_trail(round_name=ROUND, site_code=CODES.second)] == [
        "appeal", "appeal", "finding-status"]


def test_publication_locks_scores(client: TestClient, store: Store) -> None:
    csrf = log_in(client, "admin")
    assert client.post(f"/rounds/{ROUND}/publish", data={"csrf_token": csrf}).status_code == 303
    assert store.round(ROUND).published
    finding = store.findings(ROUND, site_code=CODES.first)[0]
    response = client.post(f"{site_url(CODES.first)}/findings/{finding.finding_id}/strike",
                           data={"reason": "误报", "csrf_token": csrf})
    assert response.status_code == 409 and "已锁定" in response.text
    page = client.get(site_url(CODES.first)).text
    assert "人工核减</button>" not in page  # no review forms on a published round
    csrf_owner = csrf_of(page)
    assert csrf_owner  # 整改 still possible after publication (admin holds follow-up)
    assert client.post(f"{site_url(CODES.first)}/findings/{finding.finding_id}/rectification",
                       data={"state": "fixed", "note": "已更新", "csrf_token": csrf}).status_code == 303
