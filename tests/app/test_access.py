"""The authorization matrix, route by route and role by role: every page and API route declares a permission,
and a request from each role is let through exactly when the matrix (govweb.app.access.MATRIX) says so."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from govweb.app import create_app
from govweb.app.access import ANONYMOUS, MATRIX, ROLES, P
from govweb.app.auth import digest, new_token
from govweb.app.server import AppSettings, api_routes
from govweb.store import Store

from .conftest import CODES, PASSWORD, ROLE_USER, ROUND, csrf_of, log_in

PLACEHOLDER = re.compile(r"\{(\w+)\}")
LAST = ("/logout", "/account/password")  # they end the session: tried last, then the client logs in again


@pytest.fixture
def app_clients(store: Store, app_settings: AppSettings) -> Iterator[tuple[object, dict[str, tuple[TestClient, str, str]]]]:
    """An app and, per role, a client logged in through the form (CSRF token) and an API token."""
    app = create_app(store, app_settings)
    clients: dict[str, tuple[TestClient, str, str]] = {}
    for role in (ANONYMOUS, *ROLES):
        client = TestClient(app, follow_redirects=False)
        client.__enter__()
        csrf, token = "", ""
        if role == ANONYMOUS:
            csrf = csrf_of(client.get("/login").text)  # the login form's double-submit token
        else:
            csrf = log_in(client, ROLE_USER[role])
            token = new_token()
            store.accounts.add_token(ROLE_USER[role], "matrix", digest(token), actor="tests")
        clients[role] = (client, csrf, token)
    try:
        yield app, clients
    finally:
        for client, _, _ in clients.values():
            client.__exit__(None, None, None)


def _path(route: APIRoute, store: Store) -> str:
    finding = store.findings(ROUND, site_code=CODES.second)[0].finding_id
    values = {"round_name": ROUND, "code": CODES.second, "finding_id": finding, "tier": "地市", "token_id": "1",
              "name": "viewer" if route.path.startswith("/admin/users") else "x.png"}
    path = PLACEHOLDER.sub(lambda m: values[m.group(1)], route.path)
    if path.endswith("/archive"):
        path += "?record=none"
    if path.startswith("/api/v1/rounds/") and path.endswith("/results"):
        path += "?tier=地市"
    return path


FORM = {"reason": "矩阵测试", "note": "矩阵测试", "state": "in-progress", "decision": "reject", "action": "withdraw",
        "target": "index:创新案例", "value": "0.5", "internal": "false", "role": "viewer", "active": "true",
        "label": "x", "current": PASSWORD, "password": "", "repeat": ""}
JSON = {"reason": "矩阵测试", "note": "矩阵测试", "kind": "index", "target": "创新案例", "value": "0.5",
        "action": "withdraw", "accept": False, "state": "in-progress"}


def _refused(role: str, status: int, location: str) -> bool:
    if role == ANONYMOUS:
        return status == 401 or (status == 303 and location.startswith("/login"))
    return status == 403


def test_every_route_declares_a_permission(store: Store, app_settings: AppSettings) -> None:
    app = create_app(store, app_settings)
    routes = api_routes(app)
    undeclared = [r.path for r in routes if "x-permission" not in (r.openapi_extra or {})]
    assert undeclared == []
    assert len(routes) > 40


def test_matrix_over_every_route_and_role(app_clients: tuple[object, dict[str, tuple[TestClient, str, str]]],
                                          store: Store) -> None:
    app, clients = app_clients
    routes = sorted(api_routes(app), key=lambda r: r.path in LAST)  # type: ignore[arg-type]
    checked = 0
    wrong = []
    for route in routes:
        permission = P(route.openapi_extra["x-permission"])
        path = _path(route, store)
        for method in route.methods - {"HEAD"}:
            for role, (client, csrf, token) in clients.items():
                api = path.startswith("/api/")
                headers = {"Authorization": f"Bearer {token}"} if api and token else {}
                if method == "GET":
                    response = client.get(path, headers=headers)
                elif api:
                    response = client.post(path, json=JSON, headers=headers)
                else:
                    response = client.post(path, data={**FORM, "csrf_token": csrf}, headers=headers)
                allowed = role in MATRIX[permission]
                refused = _refused(role, response.status_code, response.headers.get("location", ""))
                if allowed == refused:
                    wrong.append(f"{method} {path} as {role}: {response.status_code} (matrix: "
                                 f"{'allowed' if allowed else 'refused'})")
                checked += 1
                if path in LAST and role != ANONYMOUS and method == "POST":
                    clients[role] = (client, log_in(client, ROLE_USER[role]), token)
    assert wrong == []
    assert checked >= 45 * 6


def test_a_viewer_reaches_no_review_registry_or_admin_page(client: TestClient) -> None:
    log_in(client, "viewer")
    for path in (f"/rounds/{ROUND}/review", "/registry/new", "/admin/users", "/followup"):
        assert client.get(path).status_code == 403, path
    assert client.get(f"/rounds/{ROUND}/tiers/地市").status_code == 200
    assert "人工核减" not in client.get(f"/rounds/{ROUND}/sites/{CODES.first}").text


def test_internal_rounds_need_a_login_and_show_owners_their_sites_only(client: TestClient, store: Store) -> None:
    store.browse.set_internal(ROUND, True, actor="tests")
    assert client.get("/").text.count(f"/rounds/{ROUND}") == 0
    assert client.get(f"/rounds/{ROUND}").status_code == 303
    assert client.get(f"/api/v1/rounds/{ROUND}/results?tier=地市").status_code == 401
    log_in(client, "huzhou")
    overview = client.get(f"/rounds/{ROUND}").text
    assert CODES.second in overview and CODES.first not in overview
    assert client.get(f"/rounds/{ROUND}/sites/{CODES.first}").status_code == 403
    assert client.get(f"/rounds/{ROUND}/sites/{CODES.second}").status_code == 200
    ranking = client.get(f"/rounds/{ROUND}/tiers/地市").text
    assert CODES.second in ranking and CODES.first not in ranking
