"""`build(dir)`: plan every sample site, render it, and write the registry and ground truth.

Layout of DIR:
  hosts/<host>/…          static files of each site (served by `serve`, virtual host = folder name)
  _meta/sites.json        what the server needs per host (family, encoding, search, hostile, ipv6 …)
  _meta/search/<host>.json   the article titles the search endpoint searches
  sites.csv               网站标识码,名称,首页网址,级别,行政区划代码,family,hosts (URLs without a port)
  ground-truth.json       the contract's ground truth (URLs without a port; `with_port` adds one)
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from govweb.fsutil import atomic_open
from govweb.samplesites import hostile
from govweb.samplesites.model import Site
from govweb.samplesites.plan import Planner
from govweb.samplesites.portal import PortalRenderer
from govweb.samplesites.render import Renderer, assets_dir, search_index
from govweb.samplesites.specs import SPECS
from govweb.samplesites.truth import site_truth
from govweb.samplesites.variety import generated_specs

DEFAULT_AS_OF = date(2020, 11, 26)
CSV_HEADER = ("网站标识码", "名称", "首页网址", "级别", "行政区划代码", "family", "hosts")

# Hosts outside the sample sites that their pages link to; the server answers for them too, so a crawl
# with `--resolve` never needs the real network. The expired host answers 404 everywhere (dead links).
EXTERNAL_HOSTS = (
    "www.gov.cn", "bszs.conac.cn", "dcs.conac.cn", "zfwzzc.www.gov.cn", "beian.miit.gov.cn", "www.beian.gov.cn",
    "weibo.com", "www.cniil.com",
)
DEAD_HOSTS = ("www.expired-zt.gov.cn",)


@dataclass
class BuildResult:
    dir: Path
    sites: list[Site]
    pages: int


def server_meta(site: Site) -> dict[str, Any]:
    return {
        "sid": site.sid, "name": site.name, "host": site.host, "family": site.family, "encoding": site.encoding,
        "meta_charset": site.meta_charset, "ipv6": site.ipv6, "status": site.status,
        "search_path": site.search_path, "search_param": site.search_param, "search_broken": site.search_broken,
        "hostile": site.family == "hostile", "blocked": site.status == "not-measured",
        "level": site.level, "admin_code": site.admin_code, "held_out": site.held_out,
        # moved pages that still answer with a permanent redirect (links to them are not broken)
        "redirects": {"/zwgk/xxgk/index.html": site.pages.get("xxgk_catalog", "/")} if site.family in ("trs", "hostile")
        else {},
    }


def external_hosts(sites: list[Site]) -> list[str]:
    from govweb.samplesites.plan import province_host

    hosts = set(EXTERNAL_HOSTS)
    for s in sites:
        hosts.add(f"data.{province_host(s)}.gov.cn")
        hosts.add(f"www.{province_host(s)}zwfw.gov.cn")
    return sorted(hosts)


def portal_hosts(sites: list[Site]) -> list[str]:
    """Hosts of their own that the open-data portals live on (served from hosts/<host>/ like the sites)."""
    own = {s.host for s in sites}
    return sorted({s.portal.host for s in sites if s.portal and s.portal.kind != "province"} - own)


def sites_csv(sites: list[dict[str, Any]], port: int | None = None) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_HEADER)
    for s in sites:
        w.writerow([s["sid"], s["name"], with_port(f"http://{s['host']}/", port), s["level"], s["admin_code"],
                    s["family"], s["host"]])
    return buf.getvalue()


def with_port(obj: Any, port: int | None, hosts: set[str] | None = None) -> Any:
    """Insert `:port` after the host of every http:// URL in a ground-truth structure (None or 80: unchanged)."""
    if not port or port == 80:
        return obj
    if isinstance(obj, str):
        if obj.startswith("http://"):
            host, sep, rest = obj[7:].partition("/")
            if ":" not in host and (hosts is None or host in hosts):
                return f"http://{host}:{port}{sep}{rest}"
        return obj
    if isinstance(obj, list):
        return [with_port(x, port, hosts) for x in obj]
    if isinstance(obj, dict):
        return {k: with_port(v, port, hosts) for k, v in obj.items()}
    return obj


def build(dir: str | Path, as_of: date = DEFAULT_AS_OF, seed: int = 0, progress: Any = None,
          sites: int | None = None) -> BuildResult:
    """Build every sample site into `dir` (deterministic for a given as_of and seed). With `sites`, build that
    many generated sites instead (variety.py: distinct names, layouts and defects, spread over the families)."""
    out = Path(dir)
    out.mkdir(parents=True, exist_ok=True)
    tmp = out / ".building"
    if tmp.exists():
        shutil.rmtree(tmp)
    (tmp / "hosts").mkdir(parents=True)
    (tmp / "_meta" / "search").mkdir(parents=True)
    specs = SPECS if sites is None else tuple(generated_specs(sites, seed))
    planned = [Planner(spec, as_of, seed).build() for spec in specs]
    assets = assets_dir()
    pages = 0
    for site in planned:
        root = tmp / "hosts" / site.host
        root.mkdir(parents=True, exist_ok=True)
        if site.status == "not-measured":
            continue
        if site.family == "hostile":
            hostile.prepare(site)
        siblings = [(x.host, x.name) for x in planned if x.family == site.family == "zhanqun"][:8]
        r = Renderer(site, root, assets, siblings)
        r.render()
        if site.family == "hostile":
            hostile.write_static(site, root)
        pages += len(r.written)
        if site.portal is not None:
            pages += len(PortalRenderer(site.portal, tmp / "hosts").render())
        (tmp / "_meta" / "search" / f"{site.host}.json").write_text(
            json.dumps(search_index(site), ensure_ascii=False, sort_keys=True), encoding="utf-8")
        if progress:
            progress(site)
    meta: dict[str, Any] = {"as_of": as_of.isoformat(), "seed": seed, "sites": [server_meta(s) for s in planned],
            "external_hosts": external_hosts(planned), "dead_hosts": list(DEAD_HOSTS),
            "static_hosts": portal_hosts(planned)}
    (tmp / "_meta" / "sites.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1, sort_keys=True),
                                              encoding="utf-8")
    truth = {"as_of": as_of.isoformat(), "seed": seed,
             "sites": {s.sid: site_truth(s, as_of) | hostile.truth_extra(s) for s in planned}}
    if sites is not None:
        truth["generated"] = sites
    # Swap the new tree in.
    for name in ("hosts", "_meta"):
        if (out / name).exists():
            shutil.rmtree(out / name)
        (tmp / name).rename(out / name)
    shutil.rmtree(tmp)
    with atomic_open(out / "ground-truth.json") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1, sort_keys=True)
    with atomic_open(out / "sites.csv", newline="") as fh:
        fh.write(sites_csv(meta["sites"]))
    return BuildResult(out, planned, pages)
