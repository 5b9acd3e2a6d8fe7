"""Screenshots as the diagnosis shows them: the top of the page, downscaled, as a small JPEG (Pillow), and the
caption and wording around them."""

from __future__ import annotations

import functools
import io
import os
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from govweb.publish.diagnosis.model import Screenshot

WIDTH = 720          # pixels of the shown image
MAX_RATIO = 1.25     # height / width kept from the top of a long page
QUALITY = 72
ERROR_LABELS = {"timeout": "页面加载超时", "dns": "域名无法解析", "connect": "无法连接", "tls": "证书或加密连接错误",
                "render": "浏览器渲染失败", "address-blocked": "地址受限（指向本机或内网地址，未访问）"}


@dataclass(frozen=True)
class Thumbnail:
    jpeg: bytes
    cropped: bool       # only the top of a long page is shown


@functools.lru_cache(maxsize=64)
def _thumbnail(path: str, mtime_ns: int) -> Thumbnail:
    with Image.open(path) as image:
        rgb = image.convert("RGB")
    width, height = rgb.size
    keep = min(height, int(width * MAX_RATIO))
    cropped = keep < height
    if cropped:
        rgb = rgb.crop((0, 0, width, keep))
    if width > WIDTH:
        rgb = rgb.resize((WIDTH, max(1, round(keep * WIDTH / width))), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    rgb.save(buffer, "JPEG", quality=QUALITY, optimize=True, progressive=True)
    return Thumbnail(buffer.getvalue(), cropped)


def thumbnail(path: Path) -> Thumbnail:
    """The shown image of a screenshot file (cached per file version)."""
    return _thumbnail(str(path), path.stat().st_mtime_ns)


def caption(shot: Screenshot, site_dir: Path | None = None) -> str:
    """`截图时间：2020-11-26 10:00:00`, plus a note when only the top of the page is shown."""
    text = f"截图时间：{shot.taken or '未知'}"
    if shot.path is not None and thumbnail(shot.path).cropped:
        where = os.path.relpath(shot.path, site_dir) if site_dir is not None else shot.path.name
        text += f"（仅显示页面顶部，完整截图见 {where}）"
    return text


class Shown:
    """Which screenshots a document has already shown: each image is embedded once, later mentions refer back."""

    def __init__(self) -> None:
        self._seen: set[Path] = set()

    def first(self, shot: Screenshot) -> bool:
        """True the first time `shot`'s image is asked for (embed it), False afterwards (refer to it)."""
        assert shot.path is not None
        fresh = shot.path not in self._seen
        self._seen.add(shot.path)
        return fresh

    @staticmethod
    def anchor(shot: Screenshot) -> str:
        return "shot-" + (shot.path.stem if shot.path is not None else "none")


def same_as_above(shot: Screenshot) -> str:
    return f"同一页面的截图见上文（{caption(shot).split('（')[0]}）"


def missing(shot: Screenshot | None) -> str:
    """What the report says when there is no screenshot to show."""
    if shot is None:
        return "无截图（浏览器未截取该页面）"
    return f"无截图：截取失败（{ERROR_LABELS.get(shot.error or '', shot.error or '原因不明')}）"
