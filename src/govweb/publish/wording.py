"""Plain Chinese for what site owners read: error classes the collect and checks stages write in parentheses
("（dns）", "（blocked）") become words; the codes are kept for a technical-details toggle."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Error classes of fetches, measurements and screenshots (collect: NOT_MEASURED_ERRORS, screenshot errors).
ERROR_CLASSES: dict[str, str] = {
    "dns": "域名无法解析",
    "connect": "无法建立连接",
    "timeout": "访问超时",
    "tls": "证书或加密连接错误",
    "blocked": "被防火墙或访问验证拦截",
    "robots-disallowed": "robots.txt 禁止采集",
    "render": "浏览器渲染失败",
    "too-large": "页面过大",
    "http-status": "返回错误状态码",
    "address-blocked": "地址受限（指向本机或内网地址，未访问）",
}
_CODE = re.compile(r"（([a-z][a-z0-9_-]*)）")


@dataclass(frozen=True)
class Plain:
    text: str                  # what a reader sees
    codes: tuple[str, ...]     # the technical codes taken out of it (for the details toggle)


def plain(text: str) -> Plain:
    """`text` with each "（code）" replaced by its words, or dropped when the text already says them."""
    codes: list[str] = []

    def words(match: re.Match[str]) -> str:
        code = match.group(1)
        codes.append(code)
        label = ERROR_CLASSES.get(code)
        if label is None or label in text:
            return ""
        return f"（{label}）"

    return Plain(_CODE.sub(words, text), tuple(codes))


def error_label(code: str | None) -> str:
    return ERROR_CLASSES.get(code or "", code or "原因不明")
