"""Reading a PDF as a reader sees it: text lines with their boxes (poppler's pdftotext -bbox-layout) and each page
rendered to an image (pdftoppm), to find a heading stranded as the last thing on a page."""

from __future__ import annotations

import subprocess
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

XHTML = "{http://www.w3.org/1999/xhtml}"
DPI = 40
FOOTER_PT = 50.0      # the bottom margin holding the page number is not content


@dataclass(frozen=True)
class Line:
    page: int          # 1-based
    text: str
    top: float         # points from the top of the page
    bottom: float


def text_lines(pdf: Path) -> tuple[list[Line], dict[int, float]]:
    """Every text line of the PDF, and each page's height in points."""
    xml = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], check=True, capture_output=True).stdout
    root = ET.fromstring(xml)
    lines: list[Line] = []
    heights: dict[int, float] = {}
    for number, page in enumerate(root.iter(f"{XHTML}page"), start=1):
        heights[number] = float(page.get("height", "0"))
        for line in page.iter(f"{XHTML}line"):
            words = [w.text or "" for w in line.iter(f"{XHTML}word")]
            lines.append(Line(number, "".join(words), float(line.get("yMin", "0")), float(line.get("yMax", "0"))))
    return lines, heights


def ink_rows(pdf: Path, page: int, page_height: float) -> list[float]:
    """The non-white rows of a rendered page above the footer, in points from the top."""
    with tempfile.TemporaryDirectory() as folder:
        prefix = Path(folder) / "p"
        subprocess.run(["pdftoppm", "-r", str(DPI), "-f", str(page), "-l", str(page), "-gray", "-png", str(pdf),
                        str(prefix)], check=True, capture_output=True)
        with Image.open(next(Path(folder).glob("p*.png"))) as rendered:
            image = rendered.convert("L")
    width, height = image.size
    scale = height / page_height
    limit = min(height, int((page_height - FOOTER_PT) * scale))
    pixels = image.load()
    return [y / scale for y in range(limit) if any(pixels[x, y] < 200 for x in range(0, width, 2))]


def stranded_headings(pdf: Path, headings: Iterable[str], gap_pt: float = 6.0,
                      graphic: bool = True) -> list[tuple[int, str]]:
    """(page, heading) for every heading left at the foot of its page while what it introduces went on to the next.
    With `graphic` (headings that introduce a table or figure): no graphic below it on its page — only its lead text,
    or nothing. Graphics are what the rendered page shows outside the text lines (table rules and fills, images,
    boxes). Without: nothing at all below it (the heading is the page's last block). `gap_pt` allows for a
    heading's underline. The last page is not checked (nothing can follow)."""
    wanted = [h for h in headings if h]
    lines, heights = text_lines(pdf)
    found: list[tuple[int, str]] = []
    last_page = max(heights, default=0)
    graphics: dict[int, list[float]] = {}   # per page: the rows that count as content below a heading
    for line in lines:
        if line.page == last_page or not any(line.text.startswith(h) for h in wanted):
            continue
        if line.page not in graphics:
            spans = [(other.top - 1, other.bottom + 1) for other in lines if other.page == line.page]
            graphics[line.page] = [y for y in ink_rows(pdf, line.page, heights[line.page])
                                   if not graphic or not any(top <= y <= bottom for top, bottom in spans)]
        if not any(y > line.bottom + gap_pt for y in graphics[line.page]):
            found.append((line.page, line.text))
    return found
