"""From reviewed findings to the round's table: who is ranked, who is listed apart and why."""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from govweb.campaign.results import SiteResult, build_table
from govweb.registry import Site
from govweb.scoring import load_methodology
from govweb.scoring.methodology import Methodology
from govweb.scoring.site import SiteScore, score_site

from .fixtures import findings_doc

AS_OF = datetime.date(2020, 11, 26)
NOW = datetime.datetime(2020, 12, 1, tzinfo=datetime.UTC)


def site(code: str, tier: str, admin: str | None, name: str = "") -> Site:
    return Site(site_code=code, name=name or f"网站{code}", url=f"http://{code}.gov.cn/", tier=tier, admin_code=admin)


def reviewed(doc: dict[str, Any], methodology: Methodology | None = None) -> SiteScore:
    """A site's findings scored without expert input, as a round scores it."""
    return score_site(doc, methodology or load_methodology("cstc-2020"), None, applied_at=NOW)


def test_ranked_apart_and_flagged(cstc: Methodology, tmp_path: Path) -> None:
    veto = [{"rule": "columns-stale", "reason": "栏目不更新 6 个"}]
    results = [
        SiteResult(site("3205000007", "地市", "320500", "苏州市人民政府"), reviewed(findings_doc()), "done"),
        SiteResult(site("4201000012", "地市", "420100", "武汉市人民政府"), reviewed(findings_doc(vetoes=veto)), "done"),
        SiteResult(site("3711000001", "地市", "371100"), reviewed(findings_doc(status="not-measured")), "done"),
        SiteResult(site("3305230003", "区县", "330523", "安吉县人民政府"), reviewed(findings_doc()), "done"),
        SiteResult(site("5110000002", "地市", "511000"), None, "failed"),
        SiteResult(site("3506240001", "区县", "350624"),
                   reviewed(findings_doc(indices={"信息发布": 0.5, "创新案例": None})), "done"),
    ]
    table = build_table(results, cstc, AS_OF, tmp_path / "results.csv")
    assert table.veto_effect == "flag" and table.ranking is not None
    ranked = {row.carried["网站标识码"]: row for t in table.ranking.tables for row in t.rows}
    assert set(ranked) == {"3205000007", "4201000012", "3305230003"}
    assert ranked["4201000012"].carried["检查结果"] == "不合格" and ranked["4201000012"].carried["单项否决"] == "栏目不更新"
    assert ranked["3205000007"].carried["检查结果"] == "合格"
    assert ranked["3305230003"].city == "湖州市"  # 区县 named with their city, from the registry
    assert ranked["3205000007"].indices["创新案例"] == 0 and "创新案例" in ranked["3205000007"].carried["备注"]
    # same indices, same tier weights: same total; the veto flags, it does not change the score
    assert ranked["3205000007"].total == ranked["4201000012"].total
    apart = {u.site.site_code: u for u in table.unranked}
    assert apart["3711000001"].kind == "not-measured" and "412" in apart["3711000001"].reason
    assert apart["5110000002"].kind == "failed"
    assert apart["3506240001"].kind == "unscorable" and "解读回应" in apart["3506240001"].reason


def test_exclude_effect_lists_vetoed_sites_apart(cstc: Methodology, tmp_path: Path) -> None:
    excluding = cstc.model_copy(update={"veto_effect": "exclude"})
    veto = [{"rule": "homepage-stale", "reason": "首页 30 天未更新"}]
    results = [SiteResult(site("3205000007", "地市", "320500"), reviewed(findings_doc(), excluding), "done"),
               SiteResult(site("4201000012", "地市", "420100"), reviewed(findings_doc(vetoes=veto), excluding), "done")]
    table = build_table(results, excluding, AS_OF, tmp_path / "results.csv")
    assert table.ranking is not None
    assert [row.carried["网站标识码"] for t in table.ranking.tables for row in t.rows] == ["3205000007"]
    assert [(u.site.site_code, u.kind) for u in table.unranked] == [("4201000012", "vetoed")]
    assert "首页长期不更新" in table.unranked[0].reason


def test_site_in_two_tiers_is_ranked_in_each(cstc: Methodology, tmp_path: Path) -> None:
    chengdu = Site(site_code="5101000001", name="成都市人民政府", url="http://chengdu.gov.cn/", tier="副省级城市",
                   admin_code="510100", extra_tiers=("省会城市",))
    table = build_table([SiteResult(chengdu, reviewed(findings_doc()), "done")], cstc, AS_OF, tmp_path / "r.csv")
    assert table.ranking is not None
    assert [(t.tier, t.rows[0].rank) for t in table.ranking.tables] == [("副省级城市", 1), ("省会城市", 1)]
    total = sum((w * Decimal(str(findings_doc()["indices"][n])) for n, w in cstc.tiers["副省级城市"].weights.items()),
                Decimal(0))
    assert table.ranking.tables[0].rows[0].total == total.quantize(Decimal("0.1"))


def test_directory_export_with_a_tiers_file(cstc: Methodology, tmp_path: Path) -> None:
    """The national directory export (no 级别 column) imports once tiers are supplied; messy URLs are reported."""
    import importlib.resources

    from govweb.campaign.round import RoundOptions, _sites

    resource = importlib.resources.files("govweb") / "data" / "gov-sites" / "2023-03-09-local-sites.csv"
    with importlib.resources.as_file(resource) as directory:
        rows = directory.read_text(encoding="utf-8-sig").splitlines()
        header, picked = rows[0], [line for line in rows[1:] if '"www.beijing.gov.cn"' in line]
        export = tmp_path / "export.csv"
        export.write_text("\n".join([header, *picked]) + "\n", encoding="utf-8")
    code = picked[0].split(",")[1].strip('"')
    tiers = tmp_path / "tiers.csv"
    tiers.write_text(f"网站标识码,级别\n{code},直辖市\n", encoding="utf-8")
    options = RoundOptions(sites=export, as_of=AS_OF, out=tmp_path / "out", tiers=str(tiers), screenshots=False)
    sites, skipped, notes = _sites(options, cstc)
    assert [(s.site_code, s.tier, s.admin_code) for s in sites] == [(code, "直辖市", code[:6])]
    assert sites[0].url.startswith("http://www.beijing.gov.cn") and not skipped
    assert any(n.kind == "normalised" for n in notes)  # the scheme was added, and that is reported
