"""Every store test runs on SQLite (a file in tmp_path) and on PostgreSQL (a fresh schema on the session's
server)."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import pytest

from govweb.registry import Site
from govweb.scoring import load_methodology
from govweb.scoring.methodology import Methodology
from govweb.store import Store, open_store

AS_OF = datetime.date(2020, 11, 26)


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with open_store(store_url) as opened:
        yield opened


@pytest.fixture(scope="session")
def methodology() -> Methodology:
    return load_methodology("cstc-2020")


def site(code: str, name: str = "", tier: str = "地市", *more_tiers: str, url: str | None = None) -> Site:
    return Site(code, name or f"网站{code}", url or f"http://www{code}.gov.cn/", tier, code[:6], row=2,
                extra_tiers=tuple(more_tiers))


def finding(check: str, key: str, **fields: object) -> dict[str, object]:
    """A findings.json finding (id, check, identity, facts, message, evidence, metric_deltas)."""
    return {"id": f"{check}:{key}", "check": check, "index": fields.pop("index", "信息发布"), **fields,
            "message": f"{check} {key}", "evidence": {"url": f"http://x/{key}", "excerpt": "摘录", "warc_record": "urn:uuid:1"},
            "metric_deltas": {"columns_fresh_share": 0.25}}
