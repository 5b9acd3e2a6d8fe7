"""Fixtures shared by every test package: one Debian chromium per test session for the tests that look at the
HTML outputs as users do (never `playwright install`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """A Playwright browser (sync API) on Debian chromium, shared by the session; skips without chromium."""
    if not CHROMIUM.is_file():
        pytest.skip("no Debian chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def open_page(chromium: Any) -> Iterator[Any]:
    """`open_page(path, width)`: a fresh page at that width (900 px tall) showing a local file."""
    contexts: list[Any] = []

    def open_(path: Path, width: int = 1400) -> Any:
        context = chromium.new_context(viewport={"width": width, "height": 900}, locale="zh-CN")
        contexts.append(context)
        page = context.new_page()
        page.goto(path.resolve().as_uri())
        return page

    yield open_
    for context in contexts:
        context.close()
