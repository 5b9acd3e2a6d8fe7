"""Personal data in evidence, masked before anyone sees it: citizens' ID numbers, mobile numbers, e-mail
addresses outside gov.cn, and the names written after the labels of 留言 pages (留言人：张三 → 张**).

Government contact data stays (an office's landline or gov.cn mailbox on 联系我们 is evidence of the 联系方式
element): landlines are kept, names masked only after a citizen's label; ID and mobile numbers always. Archived pages get the same on
their text, after their scripts, frames and event handlers are taken out (`clean_archived_html`).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

# 18-digit ID (region, birth date, sequence, check digit) and the old 15-digit form.
_ID = re.compile(r"(?<![0-9A-Za-z])([1-9]\d{2})\d{11}(\d{3}[\dXx])(?![0-9A-Za-z])"
                 r"|(?<!\d)([1-9]\d{2})\d{8}(\d{4})(?!\d)(?=\D|$)")
_MOBILE = re.compile(r"(?<!\d)(?:\+?86[- ]?)?(1[3-9]\d)[- ]?\d{4}[- ]?(\d{4})(?!\d)")
_EMAIL = re.compile(r"([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@((?![A-Za-z0-9.-]*gov\.cn\b)[A-Za-z0-9.-]+\.[A-Za-z]{2,})")
_CITIZEN = "留言人|来信人|写信人|提问人|咨询人|投诉人|举报人|反映人|求助人|建议人|网友|市民|群众|申请人|姓名|用户名|昵称"
_LABELLED_NAME = re.compile(rf"((?:{_CITIZEN})\s*[:：]\s*)([\u4e00-\u9fa5])([\u4e00-\u9fa5·]{{1,3}})")
_DROP = ("script", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "link",
         "meta[http-equiv]", "form", "template")


def _keep_ends(text: str, keep_start: int = 3, keep_end: int = 4) -> str:
    return text[:keep_start] + "*" * max(0, len(text) - keep_start - keep_end) + text[-keep_end:]


def mask_text(text: str | None) -> str:
    """The text with personal data masked (a rough, conservative pass: it may mask more than needed)."""
    if not text:
        return text or ""
    text = _ID.sub(lambda m: _keep_ends(m.group(0)), text)
    text = _MOBILE.sub(lambda m: f"{m.group(1)}****{m.group(2)}", text)
    text = _EMAIL.sub(lambda m: f"{m.group(1)}***@{m.group(2)}", text)
    return _LABELLED_NAME.sub(lambda m: m.group(1) + m.group(2) + "*" * len(m.group(3)), text)


def clean_archived_html(html: str) -> str:
    """An archived page made inert for replay: no scripts, frames, plugins, forms or event handlers, links
    pointing nowhere (evidence, not a way back to the live site), personal data masked in its text."""
    tree = LexborHTMLParser(html)
    for selector in _DROP:
        for node in tree.css(selector):
            node.decompose()
    for node in tree.css("*"):
        attributes = node.attributes
        for name in list(attributes):
            lowered = name.lower()
            if lowered.startswith("on") or lowered in ("srcdoc", "formaction", "ping"):
                del node.attrs[name]
            elif lowered in ("href", "action", "xlink:href") and (attributes.get(name) or "").strip():
                node.attrs[name] = "#"
            elif lowered in ("src", "srcset", "poster", "background", "data") and node.tag != "img":
                del node.attrs[name]
    for node in tree.css("img"):  # images were not archived: show their alt text, fetch nothing
        if "src" in node.attributes:
            del node.attrs["src"]
        if "srcset" in node.attributes:
            del node.attrs["srcset"]
    return mask_text(tree.html or "")  # the patterns are specific enough to run over markup too
