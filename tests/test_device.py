"""Device tests as a desktop browser evaluates them (the forms real portals use to send phones to their m. host)."""

from __future__ import annotations

import pytest

from govweb.device import block_heads, definitions, desktop_truth, phones_only

SCRIPT = """var ua = navigator.userAgent.toLowerCase();
var agents = new Array("Android", "iPhone", "SymbianOS", "Windows Phone", "iPad", "iPod");
var bIsMidp = ua.match(/midp/i) == "midp";
var wide = window.innerWidth > 1100;"""

CASES = {
    "/android|iphone/i.test(navigator.userAgent)": False,
    "/Windows NT|Macintosh/.test(navigator.userAgent)": True,
    "!/android|iphone/i.test(navigator.userAgent)": True,
    "ua.indexOf('android') > -1 || ua.indexOf('iphone') >= 0": False,
    "ua.indexOf('chrome') === -1": False,
    "navigator.userAgent.indexOf(agents[i]) > 0": False,
    "bIsMidp || window.screen.width < 640": False,
    "(bIsMidp) && getCookie('pc') != 'yes'": False,
    "screen.availWidth <= 1024": False,
    "wide": True,
    "ua.match(/ipad/i) != null": False,
    "ua.match(/ipad/i) == null": True,
    "/mobile/.test(ua) || location.hash == '#m'": None,   # the other part is no device test: unknown
    "isMobile()": None,
    "getCookie('pc') != 'yes'": None,
}


@pytest.mark.parametrize("condition", CASES)
def test_a_desktop_browser_evaluates_the_condition(condition: str) -> None:
    assert desktop_truth(condition, definitions(SCRIPT)) is CASES[condition]


def test_a_variable_given_two_values_is_unknown() -> None:
    defs = definitions("var isMobile = false;\nif (/iphone/i.test(navigator.userAgent)) isMobile = true;")
    assert "isMobile" not in defs and desktop_truth("isMobile", defs) is None


# Where a location change sits in a script, and whether a desktop visitor ever runs it.
PLACES = {
    # the change under a screen test, written without braces and through `window.`
    "var narrow = document.documentElement.clientWidth <= 750;\nif (narrow) window.location.href = '/m/';": True,
    # in a function's phone branch, nested
    "function go() {\n  if (/iPad|Android/i.test(navigator.userAgent)) {\n    try { location.replace('/m/'); } catch (e) {}\n"
    "  }\n}\ngo();": True,
    # after a closed phone branch: runs for everyone
    "if (/Android/i.test(navigator.userAgent)) { document.title = 'm'; }\nlocation.href = '/home/';": False,
    # the desktop branch of a device test
    "if (!/Android|iPhone/i.test(navigator.userAgent)) { location.href = '/pc/'; }": False,
    # a test it cannot read is no phone branch
    "if (isMobile()) { location.href = '/m/'; }": False,
}


@pytest.mark.parametrize("script", PLACES)
def test_a_statement_in_a_branch_a_desktop_browser_never_takes_runs_for_phones_only(script: str) -> None:
    at = script.rindex("location")
    assert phones_only(block_heads(script, at), definitions(script)) is PLACES[script]
