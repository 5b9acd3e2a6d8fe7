"""The REST API: its OpenAPI document checked by schemathesis (every operation, generated requests, responses
conforming to the document), token authentication for writes, and what the API returns on the real round."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings

from govweb.app import AppSettings, create_app
from govweb.app.auth import digest, new_token
from govweb.store import Store

from .conftest import CODES, ROUND


@pytest.fixture
def evaluator_token(store: Store) -> str:
    token = new_token()
    store.accounts.add_token("eval1", "tests", digest(token), actor="tests")
    return token


def test_every_operation_conforms_to_the_openapi_document(store: Store, app_settings: AppSettings,
                                                          evaluator_token: str) -> None:
    """schemathesis generates requests for every operation of /openapi.json (as an evaluator with a token, so
    writes get through to validation) and checks each response: no server error, documented status code,
    content type and headers, body conforming to the response schema."""
    api = schemathesis.openapi.from_asgi("/openapi.json", create_app(store, app_settings))
    operations = [result.ok() for result in api.get_all_operations()]
    assert len(operations) >= 16
    headers = {"Authorization": f"Bearer {evaluator_token}"}
    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=12, deadline=None, database=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
        def conforms(case: Any) -> None:
            case.call_and_validate(headers=headers)

        conforms()


def test_reads_need_no_login_for_a_public_round(client: TestClient) -> None:
    rounds = client.get("/api/v1/rounds").json()
    assert [r["name"] for r in rounds] == [ROUND] and rounds[0]["status"] == "open"
    page = client.get(f"/api/v1/rounds/{ROUND}/results", params={"tier": "地市", "limit": 1}).json()
    assert page["total"] == 3 and len(page["items"]) == 1 and page["items"][0]["rank"] == 1
    apart = client.get(f"/api/v1/rounds/{ROUND}/results", params={"tier": "地市", "verdict": "不排名"}).json()
    assert [r["site_code"] for r in apart["items"]] == [CODES.blocked]
    region = client.get(f"/api/v1/rounds/{ROUND}/results", params={"tier": "地市", "region": "33"}).json()
    assert [r["site_code"] for r in region["items"]] == [CODES.second]
    found = client.get(f"/api/v1/rounds/{ROUND}/findings", params={"site": CODES.second, "limit": 2}).json()
    assert found["total"] >= len(found["items"]) == 2
    check = found["items"][0]["check"]
    same = client.get(f"/api/v1/rounds/{ROUND}/findings", params={"check": check}).json()
    assert same["items"] and all(f["check"] == check for f in same["items"])
    assert client.get("/api/v1/sites").status_code == 401  # the registry needs a role


def test_writes_need_a_token_and_the_role(client: TestClient, store: Store, evaluator_token: str) -> None:
    finding = store.findings(ROUND, site_code=CODES.first)[0].finding_id
    url = f"/api/v1/rounds/{ROUND}/sites/{CODES.first}/findings/{finding}/strike"
    assert client.post(url, json={"reason": "误报"}).status_code == 401
    assert client.post(url, json={"reason": "误报"}, headers={"Authorization": "Bearer wrong"}).status_code == 401
    viewer = new_token()
    store.accounts.add_token("viewer", "tests", digest(viewer), actor="tests")
    assert client.post(url, json={"reason": "误报"}, headers={"Authorization": f"Bearer {viewer}"}).status_code == 403
    before = store.browse.site_results(ROUND, CODES.first)[0].total
    done = client.post(url, json={"reason": "误报"}, headers={"Authorization": f"Bearer {evaluator_token}"})
    assert done.status_code == 200 and Decimal(str(done.json()["results"][0]["total"])) >= before
    score = client.post(f"/api/v1/rounds/{ROUND}/sites/{CODES.first}/scores", headers={
        "Authorization": f"Bearer {evaluator_token}"}, json={"kind": "index", "target": "创新案例", "value": "0.6"})
    assert score.status_code == 200 and score.json()["role"] == "evaluator"
    assert [r.reviewer for r in store.reviews(ROUND, site_code=CODES.first) if r.kind == "index"] == ["eval1"]
    # A session cookie never authorises an API write (no CSRF token needed there, so none is accepted).
    store.accounts.revoke_token("eval1", store.accounts.tokens("eval1")[0].id, actor="tests")
    assert client.post(url, json={"reason": "x"}, headers={"Authorization": f"Bearer {evaluator_token}"}).status_code == 401
