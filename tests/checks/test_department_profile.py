"""概况信息 of a department's site read as an evaluator reads it, on pages unlike the blind sites that showed the rule:
a body that is no government (a 卫生健康委员会) is not asked for its locality's overview — the page stating its
duties, its 机构职能 entry, introduces it and stands as its 概况信息; a county's portal still needs its own 概况, and a
site whose names disagree on whose it is leaves 概况信息 not measured rather than missing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from govweb.checks.run import run_checks
from govweb.checks.snapshot import load_snapshot

from .snapshot_builder import SnapshotBuilder

SEED = "https://wjw.tanhe.gov.cn/"
AS_OF = dt.date(2025, 9, 12)
MENU = ("<dl class='nav'><dd><a href='/'>本站首页</a></dd><dd><a href='/bmzz/'>部门职责</a></dd>"
        "<dd><a href='/wsdt/'>卫健动态</a></dd></dl>")


def _elements(tmp_path: Path, site_name: str, sponsor: str) -> dict:
    b = SnapshotBuilder(SEED)
    foot = f"<dl class='copy'><dd>{sponsor} 网站标识码：4415220009 粤ICP备16043210号</dd></dl>"
    news = "".join(f"<dd><a href='/wsdt/2025090{d}/n{d}.html'>谭河县开展第{d}轮健康义诊进社区活动</a>"
                   f"<i>2025-09-0{d}</i></dd>" for d in (2, 5, 8))
    b.page(SEED, f"<html><head><meta name='SiteName' content='{site_name}'><title>{site_name}</title></head>"
           f"<body>{MENU}<dl class='list'>{news}</dl>{foot}</body></html>", depth=0)
    b.page(SEED + "wsdt/", f"<html><head><title>卫健动态-{site_name}</title></head><body>{MENU}"
           f"<dl class='list'>{news}</dl>{foot}</body></html>")
    b.page(SEED + "bmzz/", f"<html><head><title>部门职责-{site_name}</title></head><body>{MENU}<article>"
           "<h3>部门职责</h3><p>负责拟订全县卫生健康事业发展规划并组织实施，统筹规划卫生健康资源配置，指导区域卫生健康规划的编制和实施。</p>"
           "<h3>科室设置</h3><p>委机关设综合股、医政医管股、疾病预防控制股、基层卫生健康股。</p>"
           "<p>办公地点：谭河县滨江东路12号　咨询电话：0768-2213456</p></article>"
           f"{foot}</body></html>")
    return run_checks(load_snapshot(b.write(tmp_path)), AS_OF)["elements"]


def test_a_department_s_duties_page_is_its_profile(tmp_path: Path) -> None:
    got = _elements(tmp_path, "谭河县卫生健康委员会", "主办：谭河县卫生健康委员会")
    assert got["机构职能"]["present"] and got["概况信息"]["present"]
    assert got["概况信息"]["url"] == got["机构职能"]["url"] == SEED + "bmzz/"


def test_a_government_s_portal_still_needs_its_own_overview(tmp_path: Path) -> None:
    got = _elements(tmp_path, "谭河县人民政府", "主办：谭河县人民政府办公室")
    assert got["机构职能"]["present"]
    assert not got["概况信息"]["present"] and got["概况信息"]["measured"]


def test_a_site_whose_names_disagree_on_whose_it_is_leaves_its_profile_unmeasured(tmp_path: Path) -> None:
    # (a bureau's name over a footer saying the county's government runs the site: whose site it is stays unsure)
    got = _elements(tmp_path, "谭河县卫生健康委员会", "主办：谭河县人民政府")
    assert got["机构职能"]["present"]
    assert not got["概况信息"]["present"] and not got["概况信息"]["measured"]
