"""The neutral documents package: the exported schema is current, the catalogue names every check the checks
stage runs, and real findings documents validate against the typed model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govweb.checks.registry import AUDITS
from govweb.documents import CHECKS, FindingsDocument, parse_findings
from govweb.documents.findings import schema_text
from govweb.errors import BadInput
from govweb.terms import INDICES, VETO_RULES

ROOT = Path(__file__).resolve().parents[1]


def test_exported_schema_is_current() -> None:
    exported = (ROOT / "docs" / "findings.schema.json").read_text(encoding="utf-8")
    assert exported == schema_text(), "run: python -m govweb.documents.findings > docs/findings.schema.json"


def test_catalogue_and_checks_agree() -> None:
    assert [a.id for a in AUDITS] == [c.id for c in CHECKS]
    for check in CHECKS:
        assert check.veto is None or check.veto in VETO_RULES
        assert check.index in INDICES or check.index == "（按要素）"


def test_document_round_trips(tmp_path: Path) -> None:
    doc = {"site": {"url": "https://www.example.gov.cn/", "name": None, "as_of": "2020-11-26", "status": "measured",
                    "reason": None},
           "findings": [{"id": "broken-link:0123456789ab", "check": "broken-link", "index": "管理保障",
                         "target": "https://www.example.gov.cn/x", "message": "404",
                         "evidence": {"url": "https://www.example.gov.cn/", "excerpt": "x", "warc_record": None},
                         "metric_deltas": {"broken_link_rate_site": -0.5}}],
           "vetoes": [{"rule": "homepage-stale", "reason": "30 天"}], "indices": {"信息发布": 0.5},
           "inspection": {"score": 98.0, "result": "合格", "deductions": []}}
    typed = parse_findings(doc, "findings.json")
    assert typed.findings[0].model_extra == {"target": "https://www.example.gov.cn/x"}
    assert typed.schema_version == 3
    again = FindingsDocument.model_validate(json.loads(typed.model_dump_json()))
    assert again == typed


def test_bad_document_names_file_and_key() -> None:
    with pytest.raises(BadInput) as raised:
        parse_findings({"site": {"url": "x", "status": "maybe"}}, "sites/1/findings.json")
    assert "sites/1/findings.json" in raised.value.message
    assert any("site.status" in p.message for p in raised.value.problems)
    with pytest.raises(BadInput):
        parse_findings({"site": {"url": "x"}, "schema_version": 99}, "f.json")
