"""What the HTML standard says about markup every stage reads: one reader, shared by collect and checks."""

from __future__ import annotations

import re

ASCII_WS = " \t\n\f\r"
_REFRESH_DELAY = re.compile(r"[ \t\n\f\r]*(\d*)(\.?)[\d.]*[ \t\n\f\r]*")
_REFRESH_URL_LABEL = re.compile(r"url[ \t\n\f\r]*=[ \t\n\f\r]*", re.I)
# what a browser draws no text for: a comment, a script's or a style sheet's body (`</script >` ends one too), a tag
_MARKUP = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<[^>]+>", re.S | re.I)


def parse_refresh(content: str) -> tuple[float, str] | None:
    """A meta refresh's `content` read as browsers read it (the HTML standard's declarative refresh steps):
    (delay in seconds, the URL as written — '' for a reload of the page itself), or None when browsers ignore it.
    `0; URL='index.html'`, `0;url=/x`, `3,URL=x`, `0; /x` all send on; `url=/x` (no delay) and `5x` do not."""
    delay = _REFRESH_DELAY.match(content)
    assert delay is not None  # every part is optional
    if not delay.group(1) and not delay.group(2):
        return None
    rest = content[delay.end():]
    if rest and content[delay.end() - 1] not in ASCII_WS and rest[0] not in ";,":
        return None
    rest = rest.lstrip(ASCII_WS)
    if rest[:1] in (";", ","):
        rest = rest[1:].lstrip(ASCII_WS)
    label = _REFRESH_URL_LABEL.match(rest)
    if label is not None:
        rest = rest[label.end():]
    if rest[:1] in ("'", '"'):
        rest = rest[1:].split(rest[0], 1)[0]
    return float(delay.group(1) or 0), rest.strip(ASCII_WS)


def visible_text(html: str) -> str:
    """The text a page shows, read from its raw markup without a parser: comments, scripts, style sheets and tags
    dropped, whitespace runs one space (a firewall's challenge page, a web server's own error page)."""
    return " ".join(_MARKUP.sub(" ", html).split())
