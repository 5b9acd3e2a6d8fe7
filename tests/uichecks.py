"""Looking at a rendered HTML page as a reader: `page_of` opens one in the session's browser (inside
`chromium.run`), `LAYOUT_PROBLEMS` is a script returning what a reader would notice."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any


@contextlib.contextmanager
def page_of(browser: Any, path: Path, width: int = 1400) -> Iterator[Any]:
    """A fresh page at that width (900 px tall) showing a local file; closed afterwards. Inside `chromium.run`."""
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="zh-CN")
    try:
        page = context.new_page()
        page.goto(path.resolve().as_uri())
        yield page
    finally:
        context.close()



# Elements wider than the viewport outside a scroll box, and table cells whose text overflows the cell (digits of
# neighbouring columns running together); each as "tag.class: what".
LAYOUT_PROBLEMS = """() => {
  const width = document.documentElement.clientWidth;
  const inScrollBox = (el) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      if (["auto", "scroll", "hidden"].includes(getComputedStyle(p).overflowX)) { return true; }
    }
    return false;
  };
  const name = (el) => el.tagName.toLowerCase() + (el.className && typeof el.className === "string"
                                                   ? "." + el.className.trim().split(/\\s+/).join(".") : "");
  const problems = [];
  if (document.documentElement.scrollWidth > width + 1) {
    const widest = Array.from(document.body.querySelectorAll("*"))
      .filter((el) => el.getBoundingClientRect().right > width + 1).map(name).slice(0, 3).join(", ");
    problems.push("page scrolls sideways: " + document.documentElement.scrollWidth + " > " + width + " (" + widest + ")");
  }
  for (const el of document.body.querySelectorAll("*")) {
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height) { continue; }
    if ((r.right > width + 1 || r.left < -1) && !inScrollBox(el)) {
      problems.push(name(el) + ": spans " + Math.round(r.left) + "–" + Math.round(r.right));
    }
    if ((el.tagName === "TD" || el.tagName === "TH") && el.scrollWidth > el.clientWidth + 1) {
      problems.push(name(el) + ": text overflows its cell (" + el.textContent.trim().slice(0, 20) + ")");
    } else if (el.clientWidth && el.scrollWidth > el.clientWidth + 1 && !inScrollBox(el)
               && getComputedStyle(el).overflowX === "visible") {
      problems.push(name(el) + ": content overflows it (" + el.textContent.trim().slice(0, 30) + ")");
    }
  }
  return problems.slice(0, 12);
}"""
