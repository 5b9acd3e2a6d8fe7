"""The benchmark site: exact page count, weight, reachability from the homepage, served by Debian nginx."""

from __future__ import annotations

import re
import shutil
from collections import deque
from pathlib import Path

import pytest
from ss_fetch import get

from govweb.samplesites import build_large_site, nginx_server

HREF = re.compile(r'href="(/[^"]*)"')


def test_large_site_pages_weight_and_reachability(tmp_path: Path) -> None:
    root = build_large_site(tmp_path / "big", 700, seed=3)
    files = {"/" + str(p.relative_to(root)) for p in root.rglob("*.html")}
    assert len(files) == 700
    assert min((root / f.lstrip("/")).stat().st_size for f in files) >= 20_000
    seen, queue, depth = {"/index.html"}, deque([("/index.html", 0)]), 0
    while queue:
        path, d = queue.popleft()
        depth = max(depth, d)
        for href in HREF.findall((root / path.lstrip("/")).read_text(encoding="utf-8")):
            href = href + "index.html" if href.endswith("/") else href
            if href.endswith(".html") and href not in seen:
                assert href in files, href
                seen.add(href)
                queue.append((href, d + 1))
    assert seen == files
    assert depth <= 8
    again = build_large_site(tmp_path / "again", 700, seed=3)
    assert (again / "xwzx/jrgz/index_1.html").read_bytes() == (root / "xwzx/jrgz/index_1.html").read_bytes()


@pytest.mark.skipif(shutil.which("nginx") is None and not Path("/usr/sbin/nginx").exists(), reason="no nginx")
def test_nginx_serves_the_large_site(tmp_path: Path) -> None:
    root = build_large_site(tmp_path / "big", 100)
    with nginx_server(root, 0) as srv:
        r = get(srv.url)
        assert r.status == 200 and len(r.body) >= 20_000
        assert get(f"http://[::1]:{srv.port}/xwzx/jrgz/index.html", addr="::1").status == 200
        assert get(srv.url + "nope.html").status == 404
        work = srv.workdir
    assert not work.exists()
