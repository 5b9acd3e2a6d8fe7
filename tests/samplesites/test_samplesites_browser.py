"""The script-built pages really render in Debian chromium: lists, pagination and chrome appear only after JS."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from govweb.samplesites.server import SampleServer

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [pytest.mark.browser, pytest.mark.skipif(not CHROMIUM.exists(), reason="no Debian chromium")]


async def rendered(server: SampleServer, urls: list[str]) -> list[str]:
    from playwright.async_api import async_playwright

    rules = ",".join(f"MAP {h} 127.0.0.1" for h, _ in server.sites[0]._all_hosts)
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=str(CHROMIUM), args=[f"--host-resolver-rules={rules}"])
        try:
            page = await browser.new_page()
            out = []
            for url in urls:
                await page.goto(url, wait_until="networkidle", timeout=20_000)
                out.append(await page.content())
            return out
        finally:
            await browser.close()


async def test_script_built_lists_render(server: SampleServer, truth: dict) -> None:
    js = next(s for s in truth.values() if s["family"] == "jsheavy")
    col = next(c for c in js["columns"] if c["items"] > 15)
    hanweb = next(s for s in truth.values() if s["family"] == "hanweb")
    hcol = next(c for c in hanweb["columns"] if c["items"] > 15)
    home, page2, hpage2 = await rendered(server, [js["url"], col["url"] + "?page=2", hcol["url"] + "?uid=1&pageNum=2"])
    assert re.search(r'href="/\w+/detail_\d+\.html"', home)  # homepage lists filled from /data/home.json
    assert col["url"].split(":", 2)[-1].split("/", 1)[-1] in home  # navigation written by document.write
    assert "bszs.conac.cn" in home  # conac mark written by the dcs.conac.cn script
    assert 'class="cur">2<' in page2 and page2.count("detail_") >= 1
    static_html = (server.dir / "hosts" / js["url"].split("/")[2].split(":")[0] / "index.html").read_text()
    assert "detail_" not in static_html  # nothing of the lists is in the static bytes
    assert 'class="cur">2<' in hpage2 and "pageNum=1" in hpage2
