"""The dashboard's tests share one real round: four local sample sites evaluated once per session (`govweb
evaluate`'s round with `--render never`), imported into a template store with one user per role; each test gets
its own copy of that store (a file copy), so tests may change it freely."""

from __future__ import annotations

import datetime
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from govweb.app import AppSettings, create_app
from govweb.app.auth import hash_password
from govweb.campaign import RoundOptions, run_round
from govweb.campaign.record import import_round_folder
from govweb.samplesites.server import SampleServer
from govweb.store import Store, open_store

ROUND = "2020"
AS_OF = datetime.date(2020, 11, 26)
# Three 地市 sites (one of them blocked: not measured) and a 区县 site in GBK: ranks to change, a site apart.
SITES = ("3205000007", "3305000003", "3506240001", "3711000001")
PASSWORD = "correct-horse-1"


@dataclass(frozen=True)
class Codes:
    first: str          # 苏州 (trs, 地市)
    second: str         # 湖州 (hanweb, 地市): the owner's and the regional office's site
    county: str         # 诏安 (dede, 区县)
    blocked: str        # 日照 (blocked, 地市): not measured


CODES = Codes(*SITES)
USERS = {  # name → (role, scope)
    "admin": ("admin", {}),
    "eval1": ("evaluator", {}),
    "eval2": ("evaluator", {}),
    "eval3": ("evaluator", {}),
    "zhejiang": ("regional", {"admin_prefix": "33"}),
    "huzhou": ("owner", {"sites": [CODES.second]}),
    "viewer": ("viewer", {}),
}
ROLE_USER = {"admin": "admin", "evaluator": "eval1", "regional": "zhejiang", "owner": "huzhou", "viewer": "viewer"}


@pytest.fixture(scope="session")
def evaluated_round(tmp_path_factory: pytest.TempPathFactory, sample_server: SampleServer) -> Path:
    base = tmp_path_factory.mktemp("app-round")
    rows = {s.sid: s for s in sample_server.sites}
    lines = ["网站标识码,名称,首页网址,级别,行政区划代码"] + [
        f"{code},{rows[code].name},{rows[code].url},{rows[code].level},{rows[code].admin_code}" for code in SITES]
    (base / "sites.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = base / "round"
    run_round(RoundOptions(sites=base / "sites.csv", as_of=AS_OF, out=out, concurrency=2,
                           resolve=tuple(sample_server.resolve_args()),
                           crawl_args=("--max-pages", "40", "--render", "never"), publication_formats=(),
                           diagnosis_formats=(), progress=False))
    return out


def add_users(store: Store) -> None:
    hashed = hash_password(PASSWORD)  # one hash for all: argon2 costs ~0.1 s each
    for name, (role, scope) in USERS.items():
        store.accounts.add_user(name, role, hashed, display_name=f"{name} 用户", actor="tests", **scope)


@pytest.fixture(scope="session")
def template_store(tmp_path_factory: pytest.TempPathFactory, evaluated_round: Path) -> Path:
    path = tmp_path_factory.mktemp("app-store") / "govweb.sqlite"
    with open_store(f"sqlite:///{path}") as store:
        import_round_folder(store, evaluated_round, name=ROUND)
        add_users(store)
    return path


@pytest.fixture
def store_path(tmp_path: Path, template_store: Path) -> Path:
    copy = tmp_path / "govweb.sqlite"
    shutil.copyfile(template_store, copy)
    return copy


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    with open_store(f"sqlite:///{store_path}") as opened:
        yield opened


@pytest.fixture
def app_settings(tmp_path: Path) -> AppSettings:
    return AppSettings(data_dir=tmp_path / "data", run_jobs=False)


@pytest.fixture
def client(store: Store, app_settings: AppSettings) -> Iterator[TestClient]:
    with TestClient(create_app(store, app_settings), follow_redirects=False) as test_client:
        yield test_client


_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_of(html: str) -> str:
    found = _CSRF.search(html)
    assert found, "no CSRF field on the page"
    return found.group(1)


def log_in(client: TestClient, name: str, password: str = PASSWORD) -> str:
    """Log in through the form; returns the session's CSRF token."""
    page = client.get("/login")
    response = client.post("/login", data={"name": name, "password": password, "next": "/",
                                           "csrf_token": csrf_of(page.text)})
    assert response.status_code == 303, response.text[:500]
    return csrf_of(client.get("/account").text)


def site_url(code: str, round_name: str = ROUND) -> str:
    return f"/rounds/{round_name}/sites/{code}"
