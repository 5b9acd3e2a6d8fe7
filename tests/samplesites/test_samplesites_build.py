"""Building the sample sites: deterministic bytes, registry, encodings, ground-truth shape."""

from __future__ import annotations

import csv
import hashlib
import json
from collections import Counter
from datetime import date
from pathlib import Path

from govweb.samplesites import build
from govweb.samplesites.specs import HELD_OUT_FAMILIES
from govweb.terms import ELEMENTS


def tree_digest(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha1(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_same_seed_gives_same_bytes(built: Path, tmp_path: Path) -> None:
    build(tmp_path / "again")
    assert tree_digest(tmp_path / "again") == tree_digest(built)


def profile(truth: dict) -> dict[str, list[tuple[str, int]]]:
    return {sid: sorted(Counter(f["check"] for f in s["findings"]).items()) + [("veto:" + v, 1) for v in s["vetoes"]]
            for sid, s in truth["sites"].items()}


def test_seed_and_as_of_move_text_and_dates_not_defects(built: Path, tmp_path: Path) -> None:
    build(tmp_path / "other", as_of=date(2021, 6, 30), seed=7)
    a = (built / "hosts" / "www.suzhou.gov.cn" / "index.html").read_bytes()
    b = (tmp_path / "other" / "hosts" / "www.suzhou.gov.cn" / "index.html").read_bytes()
    assert a != b
    first = json.loads((built / "ground-truth.json").read_text(encoding="utf-8"))
    other = json.loads((tmp_path / "other" / "ground-truth.json").read_text(encoding="utf-8"))
    assert other["as_of"] == "2021-06-30"
    assert profile(other) == profile(first)
    newest = max(c["last_update"] or "" for c in other["sites"]["3205000007"]["columns"])
    assert "2021-06-16" <= newest <= "2021-06-30"


def test_sites_csv_lists_every_site(built: Path) -> None:
    with open(built / "sites.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ["网站标识码", "名称", "首页网址", "级别", "行政区划代码", "family", "hosts"]
    truth = json.loads((built / "ground-truth.json").read_text(encoding="utf-8"))
    assert {r["网站标识码"] for r in rows} == set(truth["sites"])
    families = {r["family"] for r in rows}
    assert {"trs", "hanweb", "jeecms", "dede", "jsheavy", "zhanqun", "hostile", "blocked"} <= families
    for r in rows:
        assert r["首页网址"] == f"http://{r['hosts']}/"
        if r["行政区划代码"]:
            assert r["网站标识码"].startswith(r["行政区划代码"])
    # several 站群 sites share one parent host
    zq = [r["hosts"] for r in rows if r["family"] == "zhanqun"]
    assert len(zq) >= 3 and len({h.split(".", 1)[1] for h in zq}) == 1


def test_ground_truth_shape(raw_truth: dict) -> None:
    assert raw_truth["as_of"] == "2020-11-26"
    held = {s["family"] for s in raw_truth["sites"].values() if s["held_out"]}
    assert held == set(HELD_OUT_FAMILIES)
    statuses = {s["status"] for s in raw_truth["sites"].values()}
    assert statuses == {"measured", "not-measured"}
    for sid, site in raw_truth["sites"].items():
        if site["status"] != "measured":
            continue
        assert set(site["elements"]) == set(ELEMENTS), sid
        for f in site["findings"]:
            if f["check"] == "missing-element":
                assert site["elements"][f["element"]] is None
        assert any(f["check"] == "insecure-transport" for f in site["findings"])


def test_tested_families_cover_every_check(raw_truth: dict) -> None:
    """The families the tests may use must already plant every check and every veto."""
    checks, vetoes, clean = set(), set(), 0
    for site in raw_truth["sites"].values():
        if site["held_out"] or site["status"] != "measured":
            continue
        checks |= {f["check"] for f in site["findings"]}
        vetoes |= set(site["vetoes"])
        clean += {f["check"] for f in site["findings"]} <= {"insecure-transport"}
    assert checks >= {"stale-column", "empty-column", "homepage-stale", "broken-link", "missing-element",
                      "unanswered-message", "missing-interpretation", "image-missing-alt", "no-mobile-viewport",
                      "insecure-transport", "no-ipv6", "incomplete-service-guide", "search-not-working"}
    assert vetoes >= {"homepage-stale", "columns-stale", "interaction-poor", "service-unusable"}
    assert clean >= 1


def test_gbk_pages_declare_gb2312_but_carry_gbk(built: Path) -> None:
    root = built / "hosts" / "www.zhaoan.gov.cn"
    pages = [p for p in root.rglob("*.html")]
    assert pages
    outside_gb2312 = 0
    for p in pages:
        data = p.read_bytes()
        text = data.decode("gbk")  # every page really is GBK
        assert 'charset="gb2312"' in text.lower() or "charset=gb2312" in text.lower()
        try:
            data.decode("gb2312")
        except UnicodeDecodeError:
            outside_gb2312 += 1
            assert any(ch in text for ch in "镕堃")
    assert outside_gb2312 > 0  # some pages need GBK beyond GB2312 (e.g. 镕, 堃)


def test_pages_are_realistically_heavy(built: Path) -> None:
    sizes = [p.stat().st_size for p in (built / "hosts" / "www.suzhou.gov.cn").rglob("*.html")]
    sizes.sort()
    assert sizes[len(sizes) // 2] >= 20_000
