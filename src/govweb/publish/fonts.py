"""Locate an installed CJK font (Debian fonts-noto-cjk) for charts and PDFs; nothing is downloaded."""

from __future__ import annotations

import functools
import shutil
import subprocess
from pathlib import Path

from govweb.errors import JobFailed

# Family names tried in order; the Noto families come from Debian fonts-noto-cjk (debian-packages.txt).
SANS_FAMILIES = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Zen Hei")
SERIF_FAMILIES = ("Noto Serif CJK SC", "Noto Serif SC", "Source Han Serif SC", *SANS_FAMILIES)
FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", str(Path.home() / ".local/share/fonts"))
FILE_PATTERNS = ("NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular.otf", "NotoSansCJK*.tt?", "NotoSerifCJK-Regular.ttc")
APT_HINT = "请安装中文字体：apt-get install fonts-noto-cjk"


def _fc_match(family: str) -> Path | None:
    if not shutil.which("fc-match"):
        return None
    try:
        found = subprocess.run(["fc-match", "-f", "%{family}\n%{file}", family],
                               capture_output=True, text=True, timeout=10, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    lines = found.splitlines()
    # fc-match always answers something; accept it only when it is the family asked for
    if len(lines) == 2 and family.lower() in lines[0].lower() and Path(lines[1]).is_file():
        return Path(lines[1])
    return None


@functools.cache
def cjk_font_file() -> Path:
    """Path of a CJK sans font file: fontconfig first, then a scan of the usual font folders."""
    for family in SANS_FAMILIES:
        path = _fc_match(family)
        if path is not None:
            return path
    for folder in FONT_DIRS:
        root = Path(folder)
        if root.is_dir():
            for pattern in FILE_PATTERNS:
                for path in sorted(root.rglob(pattern)):
                    return path
    raise JobFailed(f"找不到中文字体（Noto Sans CJK）。{APT_HINT}")


@functools.cache
def matplotlib_family() -> str:
    """Register the CJK font with matplotlib and return its family name."""
    from matplotlib import font_manager

    path = cjk_font_file()
    font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(path)).get_name()
