"""Screenshots as the diagnosis shows them: downscaled JPEGs (Pillow) of the top of the page, or of the part around
the offending element with that element outlined in red, and the caption and wording around them."""

from __future__ import annotations

import functools
import io
import os
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw

from govweb.documents.evidence import Box, Screenshot
from govweb.publish.wording import error_label

WIDTH = 960          # pixels of the embedded image (shown smaller; zooming shows it at this size)
MAX_RATIO = 1.25     # height / width kept from the top of a long page
MARK_RATIO = 0.75    # height / width of the part shown around an outlined element
MARK_COLOUR = (220, 0, 0)
QUALITY = 70


@dataclass(frozen=True)
class Thumbnail:
    jpeg: bytes
    cropped: bool       # only the top of a long page is shown


@functools.lru_cache(maxsize=64)
def _thumbnail(path: str, mtime_ns: int, mark: Box | None) -> Thumbnail:
    with Image.open(path) as image:
        rgb = image.convert("RGB")
    width, height = rgb.size
    top = 0
    keep = min(height, int(width * (MARK_RATIO if mark else MAX_RATIO)))
    if mark is not None:  # the window around the element, the element outlined
        x, y, w, h = mark
        top = max(0, min(height - keep, y + h // 2 - keep // 2))
        pad, line = 6, max(3, width // 320)
        ImageDraw.Draw(rgb).rectangle((x - pad, y - pad, x + w + pad, y + h + pad), outline=MARK_COLOUR, width=line)
    cropped = keep < height
    if cropped:
        rgb = rgb.crop((0, top, width, top + keep))
    if width > WIDTH:
        rgb = rgb.resize((WIDTH, max(1, round(keep * WIDTH / width))), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    rgb.save(buffer, "JPEG", quality=QUALITY, optimize=True, progressive=True)
    return Thumbnail(buffer.getvalue(), cropped)


def thumbnail(path: Path, mark: Box | None = None) -> Thumbnail:
    """The shown image of a screenshot file, around `mark` when given (cached per file version)."""
    return _thumbnail(str(path), path.stat().st_mtime_ns, mark)


def full_path(shot: Screenshot, site_dir: Path | None) -> str:
    """The full screenshot's path relative to the site folder (where the diagnosis is written)."""
    assert shot.path is not None
    return Path(os.path.relpath(shot.path, site_dir)).as_posix() if site_dir is not None else shot.path.name


def caption(shot: Screenshot, site_dir: Path | None = None) -> str:
    """`截图时间：2020-11-26 10:00:00`, plus what part of the page is shown."""
    text = f"截图时间：{shot.taken or '未知'}"
    if shot.path is not None and shot.mark is not None:
        text += "（红框为问题所在"
        text += f"；仅显示页面局部，完整截图见 {full_path(shot, site_dir)}）" if thumbnail(shot.path, shot.mark).cropped \
            else "）"
    elif shot.path is not None and thumbnail(shot.path).cropped:
        text += f"（仅显示页面顶部，完整截图见 {full_path(shot, site_dir)}）"
    return text


class Shown:
    """Which screenshots a document has already shown: each image is embedded once, later mentions refer back."""

    def __init__(self) -> None:
        self._seen: set[tuple[Path, Box | None]] = set()

    def first(self, shot: Screenshot) -> bool:
        """True the first time `shot`'s image (its page and outlined element) is asked for (embed it), False
        afterwards (refer to it)."""
        assert shot.path is not None
        key = (shot.path, shot.mark)
        fresh = key not in self._seen
        self._seen.add(key)
        return fresh

    @staticmethod
    def anchor(shot: Screenshot) -> str:
        stem = shot.path.stem if shot.path is not None else "none"
        return f"shot-{stem}" + ("-" + "-".join(map(str, shot.mark)) if shot.mark else "")


def same_as_above(shot: Screenshot) -> str:
    return f"同一页面的截图见上文（{caption(shot).split('（')[0]}）"


def missing(shot: Screenshot | None) -> str:
    """What the report says when there is no screenshot to show."""
    if shot is None:
        return "无截图（浏览器未截取该页面）"
    return f"无截图：截取失败（{error_label(shot.error)}）"
