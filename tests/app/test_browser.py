"""End to end in Debian chromium against `govweb serve`'s app (uvicorn, started once on a free loopback port):
an evaluator strikes a finding and sees the site's total and rank change; a site owner sees only their own sites
and marks a finding fixed; a viewer cannot reach the review pages; pages fit a 390-px phone."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
import uvicorn
from conftest import BrowserThread

from govweb.app import AppSettings, create_app
from govweb.app.actions import score, strike_finding
from govweb.campaign.rescore import reviewed_document
from govweb.scoring.stake import points_at_stake
from govweb.store import Store, open_store
from services import free_port

from .conftest import CODES, PASSWORD, ROUND

pytestmark = pytest.mark.browser


def _arrange_overtaking(store: Store) -> str:
    """Bring the second site of 地市 within reach of the first, so that striking its most valuable finding moves
    it to rank 1: an expert 创新案例 score and, if needed, other findings struck first (all through the real
    actions). Returns the finding id the browser test strikes."""
    evaluator = store.accounts.user("eval2")
    assert evaluator is not None
    methodology = store.round_methodology(ROUND)
    for _ in range(12):
        first, second = (store.browse.site_results(ROUND, code)[0] for code in (CODES.first, CODES.second))
        assert first.rank == 1 and second.rank == 2 and first.total and second.total
        doc, _ = reviewed_document(store, ROUND, CODES.second, methodology, "地市")
        assert doc is not None
        stakes = [s for s in points_at_stake(doc, methodology, "地市") if s.points > 0]
        top = stakes[0]
        gap = first.total - second.total
        if Decimal("0.3") < top.points - gap and gap > Decimal("0.2"):
            return top.finding_id
        bonus = (gap - top.points / 2) / 10
        current = second.indices.get("创新案例") or Decimal(0)
        if bonus > 0 and current == 0:
            score(store, evaluator, ROUND, CODES.second, "index", "创新案例", min(Decimal(1), bonus).quantize(
                Decimal("0.01")), comment="测试准备")
        elif len(stakes) > 1:
            strike_finding(store, evaluator, ROUND, CODES.second, stakes[1].finding_id, "测试准备")
        else:
            break
    pytest.fail("could not arrange the sample round so that one strike changes the rank")


@pytest.fixture(scope="session")
def served(tmp_path_factory: pytest.TempPathFactory, template_store: Path) -> Iterator[tuple[str, str]]:
    """`govweb serve`'s app on its own copy of the round, in a uvicorn thread: (base URL, finding to strike)."""
    folder = tmp_path_factory.mktemp("served")
    shutil.copyfile(template_store, folder / "govweb.sqlite")
    store = open_store(f"sqlite:///{folder / 'govweb.sqlite'}")
    target = _arrange_overtaking(store)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store, AppSettings(data_dir=folder / "data", run_jobs=False)),
                                           host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started
    yield f"http://127.0.0.1:{port}", target
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


def expect(locator: Any) -> Any:
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


def on_phone(chromium: BrowserThread, steps: Callable[[Any], None], *, scripts: bool = True) -> None:
    """Run `steps(page)` in the session's chromium (its own thread), on a fresh 390-px-wide context."""
    def run(browser: Any) -> None:
        context = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN",
                                      java_script_enabled=scripts)
        try:
            steps(context.new_page())
        finally:
            context.close()

    chromium.run(run)


def _login(page: Any, base: str, name: str) -> None:
    page.goto(f"{base}/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("form[action='/login'] button[type=submit]")
    page.wait_for_url(f"{base}/")


def _fits(page: Any) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # nothing wider than the phone


def test_evaluator_strikes_a_finding_and_the_rank_changes(chromium: BrowserThread, served: tuple[str, str]) -> None:
    on_phone(chromium, lambda page: _strike(page, *served))


def _strike(page: Any, base: str, finding: str) -> None:
    _login(page, base, "eval1")
    page.goto(f"{base}/rounds/{ROUND}/sites/{CODES.second}")
    _fits(page)
    total_before = page.text_content("#total-1")
    assert page.text_content("#rank-1") == "2"
    article = page.locator(f"[id='f-{finding}']")
    article.locator("input[name=reason]").fill("经核实该栏目为专题栏目，不受更新时限约束")
    article.locator("button", has_text="人工核减").click()
    expect(page.locator("#rank-1")).to_have_text("1")  # the page's CSP forbids eval: wait through locators
    assert page.text_content("#total-1") != total_before
    assert Decimal(page.text_content("#total-1").split()[0]) > Decimal(total_before.split()[0])
    assert "已核减" in page.locator(f"[id='f-{finding}']").text_content()
    page.goto(f"{base}/rounds/{ROUND}/tiers/地市")
    first_row = page.locator("#results tr").nth(1)
    assert "湖州市人民政府" in first_row.text_content()


def test_owner_sees_only_their_sites_and_marks_a_finding_fixed(chromium: BrowserThread,
                                                               served: tuple[str, str]) -> None:
    on_phone(chromium, lambda page: _mark_fixed(page, served[0]))


def _mark_fixed(page: Any, base: str) -> None:
    _login(page, base, "huzhou")
    page.goto(f"{base}/followup")
    _fits(page)
    listed = page.locator("#main table a").all_text_contents()
    assert listed == ["湖州市人民政府"]
    page.click("text=湖州市人民政府")
    page.wait_for_url(f"**/sites/{CODES.second}*")
    form = page.locator("form[action$='/rectification']").first
    finding_id = unquote(form.get_attribute("action").split("/findings/")[1].split("/")[0])
    form.locator("select[name=state]").select_option("fixed")
    form.locator("input[name=note]").fill("已补充发布")
    form.locator("button").click()
    expect(page.locator(f"[id='f-{finding_id}']")).to_contain_text("已补充发布")
    assert "已整改" in page.locator(f"[id='f-{finding_id}']").text_content()
    assert page.locator("button", has_text="人工核减").count() == 0  # owners do not review


def test_viewer_cannot_reach_review_pages(chromium: BrowserThread, served: tuple[str, str]) -> None:
    on_phone(chromium, lambda page: _refused(page, served[0]))


def _refused(page: Any, base: str) -> None:
    _login(page, base, "viewer")
    response = page.goto(f"{base}/rounds/{ROUND}/review")
    assert response.status == 403 and "无权访问" in page.text_content("h1")
    page.goto(f"{base}/rounds/{ROUND}/sites/{CODES.first}")
    assert page.locator("button", has_text="人工核减").count() == 0
    assert page.locator("form[action$='/scores']").count() == 0
    assert page.locator("a[href='/registry']").count() == 1 and page.locator("a[href='/followup']").count() == 0


def test_public_pages_read_without_javascript(chromium: BrowserThread, served: tuple[str, str]) -> None:
    def read(page: Any) -> None:
        for path in ("/", f"/rounds/{ROUND}", f"/rounds/{ROUND}/tiers/地市", f"/rounds/{ROUND}/sites/{CODES.first}",
                     f"/rounds/{ROUND}/methodology"):
            response = page.goto(served[0] + path)
            assert response.status == 200, path
            _fits(page)
        assert "指标项" in page.content()

    on_phone(chromium, read, scripts=False)
