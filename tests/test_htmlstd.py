"""The HTML standard's readers shared by collect and checks."""

from __future__ import annotations

import pytest

from govweb.htmlstd import parse_refresh

REFRESH_CONTENT = {
    "0; URL='index.html'": (0.0, "index.html"),
    "0;url=/x": (0.0, "/x"),
    "5;URL=\"/a b.html\"": (5.0, "/a b.html"),
    "0.5, url = /y": (0.0, "/y"),
    "0 /z": (0.0, "/z"),
    "0; URL='/unclosed": (0.0, "/unclosed"),
    "300": (300.0, ""),
    "url=/x": None,
    "5x": None,
    "": None,
}


@pytest.mark.parametrize("content", REFRESH_CONTENT)
def test_meta_refresh_content_is_read_as_browsers_read_it(content: str) -> None:
    assert parse_refresh(content) == REFRESH_CONTENT[content]
