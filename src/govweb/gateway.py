"""What a gateway page (a splash or jump page that sends the visitor on) says: one vocabulary, shared by collect
(following the hops from the seed to the homepage, `collect/homepage.py`) and checks (telling such a page among the
pages read, `checks/splash.py`)."""

from __future__ import annotations

import re

# The words of a splash page's link into the site (进入, 点击进入, 立即访问, 跳转, Enter)
ENTRY_WORDS = re.compile(r"进入|進入|enter|跳转|跳轉|立即访问|点击访问|点此访问", re.I)

_OWNER = r"(?:\b(?:window|self|top|parent|document)\s*\.\s*)?"
_LOCATION_SET = r"\blocation\s*(?:\.\s*href\s*)?=(?!=)"
_LOCATION_CALL = r"\blocation\s*\.\s*(?:replace|assign)\s*\("
_NAVIGATE = r"\bwindow\s*\.\s*navigate\s*\("


def _literal(n: int) -> str:
    """A whole string literal (not the start of a concatenation) as groups n (quote) and n + 1 (text)."""
    return rf"""(["'])((?:(?!\{n}).){{1,2000}}?)\{n}(?!\s*\+)"""


# A script statement sending the page elsewhere, whatever its target: location = …, location.href = …,
# location.replace(…) / assign(…), window.navigate('…'), window.open(…, '_self')
SCRIPT_REDIRECT = re.compile(_LOCATION_SET + "|" + _LOCATION_CALL + "|" + _NAVIGATE + r"""\s*['"]"""
                             + r"""|\bwindow\s*\.\s*open\s*\([^)]*['"]_self['"]""")
# … one whose target is written whole as a string literal (group 2, 4 or 6): where the visitor goes
SCRIPT_REDIRECT_TO = re.compile(
    _OWNER + _LOCATION_SET + r"\s*" + _literal(1) + "|" + _OWNER + _LOCATION_CALL + r"\s*" + _literal(3)
    + "|" + _NAVIGATE + r"\s*" + _literal(5),
    re.S,
)
