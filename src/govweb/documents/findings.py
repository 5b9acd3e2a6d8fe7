"""The findings document (findings.json, reviewed.json) as typed, versioned pydantic models.

The JSON keys are the documented contract (docs/checks.md "findings.json"): fields are added, never renamed.
`SCHEMA_VERSION` goes up when a field is added; `docs/findings.schema.json` is the exported JSON Schema
(`python -m govweb.documents.findings > docs/findings.schema.json`; a test keeps it current). Finding records
keep their identity fields and further facts (`target`, `url`, `element`, `type` …) as extra keys.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from govweb.errors import BadInput, Problem
from govweb.fsutil import atomic_open

SCHEMA_VERSION = 3  # 2: columns carry `shown` (rows on the column's first page); 3: `site.homepage`
SCHEMA_KEY = "schema_version"


class _Open(BaseModel):
    """A record that may carry further keys (documented elsewhere, or added by a newer version)."""

    model_config = ConfigDict(extra="allow")


class Evidence(_Open):
    url: str
    excerpt: str = ""
    warc_record: str | None = None


class Finding(_Open):
    """One finding: `<check>:<12 hex>` id, the check (documents/catalogue.py), the index it counts against, its
    identity fields as extra keys, the message, the evidence and how each measurement changes if it is fixed."""

    id: str
    check: str
    index: str | None = None
    message: str = ""
    evidence: Evidence | None = None
    metric_deltas: dict[str, float] = Field(default_factory=dict)
    removed: dict[str, str] | None = None       # reviewed.json: expert removal (reason, reviewer, date)


class Veto(_Open):
    rule: str                                   # terms.VETO_RULES
    reason: str = ""


class Deduction(_Open):
    item: str
    points: float
    reason: str = ""


class InspectionSheet(_Open):
    """The national inspection sheet's verdict (scoring/inspection.py)."""

    score: float | None = None
    result: Literal["合格", "不合格"] | None = None
    deductions: list[Deduction] = Field(default_factory=list)


class SiteEvidence(_Open):
    complete: bool | None = None
    not_measured_findings: list[dict[str, Any]] = Field(default_factory=list)


class SiteHeader(_Open):
    url: str
    name: str | None = None
    as_of: str | None = None                    # YYYY-MM-DD
    status: Literal["measured", "not-measured"] = "measured"
    reason: str | None = None
    code: str | None = None                     # 网站标识码, when known
    homepage: str | None = None                 # the homepage the checks read, when not the seed (a splash page's
                                                # target, a frame's page: crawl.json `homepage`); absent before 3
    evidence: SiteEvidence | None = None


class Column(_Open):
    name: str
    url: str
    type: str
    items: int                 # rows on every crawled page of the column
    shown: int | None = None   # rows on its first page (what a visitor sees on opening it); absent before version 2;
    # null: its list is written by a script no browser ran (not measured)
    last_update: str | None = None


class Element(_Open):
    present: bool
    value: str | None = None
    url: str | None = None
    measured: bool = True


class Review(_Open):
    """reviewed.json: how expert input was applied."""

    applied: bool
    file: str | None = None
    applied_at: str | None = None
    note: str | None = None


class FindingsDocument(_Open):
    """findings.json (the checks' findings, scored) and reviewed.json (the same with expert input applied)."""

    site: SiteHeader
    crawl: dict[str, Any] = Field(default_factory=dict)
    columns: list[Column] = Field(default_factory=list)
    elements: dict[str, Element] = Field(default_factory=dict)
    findings: list[Finding] = Field(default_factory=list)
    vetoes: list[Veto] = Field(default_factory=list)
    indices: dict[str, float | None] = Field(default_factory=dict)     # 0–1; null = not applicable / not measured
    metrics: dict[str, float | None] = Field(default_factory=dict)     # raw measurements the items read
    inspection: InspectionSheet = Field(default_factory=InspectionSheet)
    warnings: list[str] = Field(default_factory=list)
    open_data: dict[str, Any] = Field(default_factory=dict)
    schema_version: int = SCHEMA_VERSION
    removed_findings: list[Finding] | None = None   # reviewed.json
    review: Review | None = None                     # reviewed.json


def parse_findings(data: Any, source: str) -> FindingsDocument:
    """The typed document; BadInput naming the file and the key when `data` is not a findings document."""
    if not isinstance(data, Mapping):
        raise BadInput(f"{source} 不是检查结果文件（应为 JSON 对象）")
    version = data.get(SCHEMA_KEY, 1)
    if isinstance(version, int) and version > SCHEMA_VERSION:
        raise BadInput(f"{source} 由更新版本的 govweb 写出（schema_version {version}），请升级 govweb")
    try:
        return FindingsDocument.model_validate(data)
    except ValidationError as exc:
        problems = [Problem(f"键 {'.'.join(str(p) for p in e['loc'])}：{e['msg']}", file=source) for e in exc.errors()]
        raise BadInput(f"{source} 不是有效的检查结果文件", problems) from None


def write_document(doc: Mapping[str, Any], path: Path) -> Path:
    """Write a findings document (findings.json, reviewed.json) atomically: UTF-8, indent 1, keys as given."""
    with atomic_open(path) as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return path


def read_document(path: Path) -> dict[str, Any]:
    """A findings document read back; BadInput naming the file when it is missing or not one."""
    if not path.is_file():
        raise BadInput(f"目录 {path.parent} 中没有 {path.name}：请先运行 govweb check 或 govweb inspect")
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadInput(f"无法读取 {path}：不是有效的 JSON（{exc}）") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("site"), dict):
        raise BadInput(f"{path} 不是检查结果文件（缺少 site）")
    parse_findings(doc, str(path))
    return doc


def findings_schema() -> dict[str, Any]:
    schema = FindingsDocument.model_json_schema()
    schema["$id"] = f"https://govweb.invalid/findings/{SCHEMA_VERSION}"
    schema["title"] = "govweb findings.json / reviewed.json"
    return schema


def schema_text() -> str:
    return json.dumps(findings_schema(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


if __name__ == "__main__":
    print(schema_text(), end="")
