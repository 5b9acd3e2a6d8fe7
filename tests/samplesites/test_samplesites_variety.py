"""Generated sample sites (`build(dir, sites=N)`): distinct, deterministic, spread over the families, with every
layout choice reflected in the files and in the ground truth."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from govweb.samplesites import build
from govweb.samplesites.render import site_path_to_file
from govweb.samplesites.variety import CHOICES, FAMILIES, FUNCTIONS, HELD_OUT_FUNCTIONS, generated_specs
from govweb.terms import ELEMENTS

N = 6


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("generated")
    build(out, seed=3, sites=N)
    return out


def _truth(root: Path) -> dict:
    return json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))


def _digest(root: Path) -> str:
    h = hashlib.sha1()
    for p in sorted(root.rglob("*")):
        if p.is_file():
            h.update(str(p.relative_to(root)).encode() + p.read_bytes())
    return h.hexdigest()


def _read(path: Path) -> str:
    data = path.read_bytes()
    charset = re.search(rb"charset=[\"']?([\w-]+)", data)
    name = charset.group(1).decode() if charset else "utf-8"
    return data.decode("gb18030" if name.lower().startswith("gb") else name)


def _home(root: Path, site: dict) -> str:
    host = site["url"].split("/")[2]
    return _read(site_path_to_file(root / "hosts" / host, "/" + site["homepage"].split("/", 3)[3]))


def test_distinct_deterministic_and_spread_over_families(generated: Path, tmp_path: Path) -> None:
    truth = _truth(generated)
    assert truth["generated"] == N and len(truth["sites"]) == N
    sites = truth["sites"].values()
    assert len({s["url"] for s in sites}) == N and len({s["name"] for s in sites}) == N
    assert Counter(s["family"] for s in sites) == dict.fromkeys(FAMILIES, N // len(FAMILIES))
    build(tmp_path / "again", seed=3, sites=N)
    assert _digest(tmp_path / "again") == _digest(generated)
    other = [s.host for s in generated_specs(N, seed=4)]
    assert other != [s.host for s in generated_specs(N, seed=3)]


def test_held_out_sites_and_tuning_sites_do_not_share_held_out_choices(generated: Path) -> None:
    held = [s for s in generated_specs(60, seed=3) if s.held_out]
    tune = [s for s in generated_specs(60, seed=3) if not s.held_out]
    assert held and tune
    for s in tune:
        assert s.layout is not None and not s.layout.held_out_values(), s.key
        assert s.family not in ("jeecms", "zhanqun")
    for s in held:
        assert s.layout is not None
        assert s.family in ("jeecms", "zhanqun") or s.layout.held_out_values(), s.key
    # every held-out option value is drawn somewhere
    seen = {v for s in held for v in s.layout.held_out_values()}  # type: ignore[union-attr]
    assert {f"{d}={v}" for d, (_, vs) in CHOICES.items() for v in vs} | {f"functions={f}" for f in HELD_OUT_FUNCTIONS} <= seen


def test_the_files_follow_the_layout(generated: Path) -> None:
    truth = _truth(generated)
    for sid, site in truth["sites"].items():
        lay = site["layout"]
        host = site["url"].split("/")[2]
        root = generated / "hosts" / host
        home = _home(generated, site)
        if lay["splash"] != "none":
            splash = _read(root / "index.html")
            assert lay["home_path"] in splash and site["homepage"].endswith(lay["home_path"]), sid
        if lay["footer_delivery"] == "static":
            if site["elements"]["网站主办单位"]:
                org = site["elements"]["网站主办单位"]
                form = {"label": f"主办单位：{org}", "short": f"主办：{org}", "fang": f"主办方：{org}",
                        "suffix": f"{org}主办", "you": f"由{org}主办", "space": f"主办单位 {org}"}[lay["sponsor_form"]]
                assert form in home, (sid, form)
            if site["elements"]["网站标识码"]:
                assert sid in home
        elif lay["footer_delivery"] == "footerjs":
            assert "/js/footer.js" in home and (root / "js" / "footer.js").is_file()
        else:
            assert "document.write(" in home
        if lay["nav"] == "script":
            assert (root / "js" / "menu.js").is_file()
        for key in lay["functions"]:
            name, path = FUNCTIONS[key]
            page = site_path_to_file(root, path)
            assert page.is_file() and name in _read(page), (sid, key)
        assert set(site["elements"]) == set(ELEMENTS)


def test_broken_entries_are_missing_in_truth_and_absent_on_disk(generated: Path) -> None:
    specs = {s.sid: s for s in generated_specs(N, seed=3)}
    truth = _truth(generated)
    for sid, spec in specs.items():
        site = truth["sites"][sid]
        for entry in spec.broken_entries:
            assert site["elements"][entry] is None
            assert {"办事服务": "service-unusable", "互动交流": "interaction-poor"}[entry] in site["vetoes"]
        if not spec.broken_entries:
            assert site["elements"]["办事服务"] and site["elements"]["互动交流"]


def test_sites_option_of_the_cli(tmp_path: Path) -> None:
    import subprocess
    import sys

    cli = [sys.executable, "-c", "from govweb.cli import main; main()"]
    r = subprocess.run([*cli, "sample-sites", "build", str(tmp_path / "x"), "--sites", "0"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "--sites" in r.stderr
    r = subprocess.run([*cli, "sample-sites", "build", str(tmp_path / "y"), "--sites", "2", "--seed", "5"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert len(_truth(tmp_path / "y")["sites"]) == 2
