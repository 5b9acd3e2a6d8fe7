"""Device tests as a desktop browser evaluates them (the forms real portals use to send phones to their m. host)."""

from __future__ import annotations

import pytest

from govweb.collect.device import definitions, desktop_truth

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
