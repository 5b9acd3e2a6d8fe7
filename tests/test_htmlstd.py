"""The HTML standard's readers shared by collect and checks."""

from __future__ import annotations

import pytest

from govweb.htmlstd import parse_refresh, visible_text

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


def test_visible_text_drops_what_a_browser_draws_no_text_for() -> None:
    html = ("<html><head><style>p { color: red }</style><script>var a = '<b>x</b>';</script >"
            "<!-- padding > to disable the browser's own page --></head>\n<body><h1>403 Forbidden</h1>"
            "<hr><center>nginx</center></body></html>")
    assert visible_text(html) == "403 Forbidden nginx"
