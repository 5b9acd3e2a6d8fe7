"""Values the checks produce: findings with evidence, columns, elements, vetoes, and the audit declaration."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from govweb.documents.catalogue import CheckInfo

if TYPE_CHECKING:
    from govweb.checks.context import SiteContext


@dataclass(frozen=True)
class Evidence:
    url: str
    excerpt: str
    warc_record: str | None

    def to_json(self) -> dict[str, Any]:
        return {"url": self.url, "excerpt": self.excerpt[:300], "warc_record": self.warc_record}


def finding_id(check: str, identity: dict[str, str]) -> str:
    """`<check>:<12 hex>` from the check and its identity fields: stable across re-runs."""
    key = json.dumps([check, identity], ensure_ascii=False, sort_keys=True)
    return f"{check}:{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}"


@dataclass(frozen=True)
class Finding:
    check: str
    index: str
    identity: dict[str, str]                 # the fields that make the finding (url, target, element …)
    evidence: Evidence
    message: str                             # what was seen, in Chinese
    extra: dict[str, Any] = field(default_factory=dict)   # further facts (source pages, dates …)

    @property
    def id(self) -> str:
        return finding_id(self.check, self.identity)

    def sort_key(self) -> tuple[str, str]:
        return self.check, json.dumps(self.identity, ensure_ascii=False, sort_keys=True)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "check": self.check,
            "index": self.index,
            **self.identity,
            **self.extra,
            "message": self.message,
            "evidence": self.evidence.to_json(),
        }


@dataclass(frozen=True)
class Fixed:
    """Findings counted as fixed (their cause removed) when a measurement is recomputed (checks/metrics.py)."""

    findings: tuple[Finding, ...] = ()

    def has(self, check: str) -> bool:
        return any(f.check == check for f in self.findings)

    def values(self, check: str, key: str) -> frozenset[str]:
        """The identity field `key` of the fixed findings of `check` (urls, targets, elements …)."""
        return frozenset(f.identity[key] for f in self.findings if f.check == check and key in f.identity)


NOTHING_FIXED = Fixed()


@dataclass
class Column:
    name: str
    url: str
    type: str
    items: int
    last_update: str | None
    evidence: Evidence
    pages: list[str] = field(default_factory=list)
    item_urls: list[str] = field(default_factory=list)
    undated: int = 0
    shown: int | None = 0   # entries its first page shows (`items` counts every crawled page of it); None: its
    # list is written by a script no browser ran (not measured)
    unfetched: int = 0  # undated entries whose pages the crawl did not fetch (their dates unknown, not absent)
    newest_elsewhere: bool = False   # its list runs oldest first and goes on where the crawl did not follow (尾页,
    # 倒序): its newest rows are there, its freshness not measured

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "url": self.url, "type": self.type, "items": self.items, "shown": self.shown,
                "last_update": self.last_update}


@dataclass(frozen=True)
class ElementResult:
    present: bool
    value: str | None
    url: str | None
    measured: bool = True     # False: a script may write it and the page was not rendered (never "missing")
    problem: str | None = None  # absent because its entry's link does not work: why (not in findings.json)

    def to_json(self) -> dict[str, Any]:
        return {"present": self.present, "value": self.value, "url": self.url, "measured": self.measured}


class FoundElements:
    """The elements found so far, as the element checks gather them: the first finding of each wins."""

    __slots__ = ("bad", "evidence", "results", "unmeasured")

    def __init__(self) -> None:
        self.results: dict[str, ElementResult] = {}
        self.evidence: dict[str, Evidence] = {}
        self.bad: dict[str, tuple[Evidence, str]] = {}   # entries found only with failing targets: the first, and why
        self.unmeasured: dict[str, str] = {}          # element → why it is not measured

    def decided(self, el: str) -> bool:
        """The element is found, found only failing, or said to be not measured: no later check looks again."""
        return el in self.results or el in self.bad or el in self.unmeasured

    def add(self, el: str, value: str | None, url: str, excerpt: str, record: str | None,
            where: str | None = None) -> None:
        """`url`: where the element is (a mark's page, an entry's target); `where`: the page showing it."""
        if el not in self.results:
            self.results[el] = ElementResult(True, value, url)
            self.evidence[el] = Evidence(where or url, excerpt, record)


@dataclass(frozen=True)
class Veto:
    rule: str
    reason: str

    def to_json(self) -> dict[str, str]:
        return {"rule": self.rule, "reason": self.reason}


@dataclass(frozen=True)
class Audit:
    """One check, declared the way Lighthouse declares audits: its catalogue entry (govweb.documents.catalogue:
    id, Chinese titles, remediation, what it reads, its index and veto) and the function that runs it."""

    info: CheckInfo
    run: Callable[[SiteContext], list[Finding]]

    @property
    def id(self) -> str:
        return self.info.id

    @property
    def title(self) -> str:
        return self.info.title

    @property
    def failure_title(self) -> str:
        return self.info.failure_title

    @property
    def remediation(self) -> str:
        return self.info.remediation

    @property
    def index(self) -> str:
        return self.info.index
