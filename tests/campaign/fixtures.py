"""Hand-written findings.json documents following the issue-4 contract, for diagnosis and round tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from govweb.scoring.items import parse_items
from govweb.scoring.methodology import Methodology

# A methodology whose index engine works on findings alone: each index starts at 1 and loses a fixed
# amount per finding against it (tests write it to a YAML file; the item engine reads `items`).
SITE_URL = "http://www.example.gov.cn/"


def finding(fid: str, check: str, index: str, **identity: str) -> dict[str, Any]:
    url = identity.get("url") or identity.get("target") or SITE_URL
    return {"id": fid, "check": check, "index": index, **identity, "message": f"{check} 于 {url}",
            "evidence": {"url": identity.get("source", url), "excerpt": "摘录：" + check, "warc_record": None}}


def findings_doc(*, status: str = "measured", vetoes: list[dict[str, str]] | None = None,
                 indices: dict[str, float | None] | None = None, code: str = "1100000088",
                 extra_findings: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    items = [
        finding("stale-column:0001", "stale-column", "信息发布", url=SITE_URL + "xwdt/"),
        finding("broken-link:0002", "broken-link", "管理保障", target=SITE_URL + "gone.html", source=SITE_URL),
        finding("missing-element:0003", "missing-element", "管理保障", element="网站标识码"),
        finding("no-ipv6:0004", "no-ipv6", "管理保障"),
        *(extra_findings or []),
    ]
    measured = status == "measured"
    return {
        "site": {"url": SITE_URL, "name": "示例市人民政府", "as_of": "2020-11-26", "status": status,
                 "reason": None if measured else "防火墙拦截（HTTP 412）"},
        "crawl": {"pages": 120 if measured else 1},
        "columns": [{"name": "政务动态", "url": SITE_URL + "xwdt/", "type": "动态要闻", "items": 20,
                     "last_update": "2020-10-01"}],
        "elements": {"网站标识码": {"present": True, "value": code, "url": SITE_URL}},
        "findings": items if measured else [],
        "vetoes": vetoes or [],
        "indices": indices if indices is not None else (
            {"信息发布": 0.8, "数据开放": 0.7, "解读回应": 0.6, "办事服务": 0.75, "互动交流": 0.9,
             "管理保障": 0.55, "功能推广": 0.65, "创新案例": None} if measured else
            {name: None for name in ("信息发布", "数据开放", "解读回应", "办事服务", "互动交流", "管理保障",
                                     "功能推广", "创新案例")}),
        "inspection": {"score": 82 if not vetoes else 0, "result": "不合格" if vetoes else "合格",
                       "deductions": [{"item": "栏目更新", "points": 5, "reason": "动态要闻栏目超过 14 天未更新"}]},
        "warnings": [],
    }


def write_site(directory: Path, doc: dict[str, Any]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "findings.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    return directory


def saturated_doc(cstc: Methodology) -> dict[str, Any]:
    """10 typed columns, 6 stale: the fresh share 0.4 is under the item's floor (0.5), and fixing one stale column
    (+0.1) leaves it at the floor; IPv6 missing (a yes/no item); one broken link without deltas."""
    metrics = {item.measurement: 1.0 for defs in parse_items(cstc.items).values() for item in defs}
    metrics.update({"columns_fresh_share": 0.4, "ipv6": 0.0})
    stale = [finding(f"stale-column:{n:04d}", "stale-column", "信息发布", url=f"http://x/c{n}/") for n in range(1, 7)]
    for f in stale:
        f["metric_deltas"] = {"columns_fresh_share": 0.1}
    doc = findings_doc()
    doc["findings"] = [*stale, finding("no-ipv6:0007", "no-ipv6", "管理保障"),
                       finding("broken-link:0008", "broken-link", "管理保障", target="http://x/gone")]
    doc["findings"][-2]["metric_deltas"] = {"ipv6": 1.0}
    doc["findings"][-1]["metric_deltas"] = {}
    doc["metrics"] = metrics
    return doc
