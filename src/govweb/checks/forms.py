"""A form to write in that sends nothing: a 网上咨询 or 留言 template whose button only checks the fields, alerts
提交成功 and clears the form, as far as the page's own inline scripts tell (`form_sends_nothing`)."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

# What sends a form or its data on: a submit call, a request, a change of address, another window.
_SENDS = re.compile(r"submit\s*\(|\.send\s*\(|ajax|\.post\s*\(|\bpost\b|getJSON|XMLHttpRequest|\bfetch\s*\(|axios"
                    r"|\.action\s*=|location|window\.open|jsonp|\.load\s*\(", re.I)
_CALL = re.compile(r"([A-Za-z_$][\w$]*)\s*\(")
# The calls a form's checking script makes that send nothing: it shows messages, moves the focus, clears the form,
# tests the fields (plus the language's own words before a parenthesis).
_HARMLESS_CALLS = frozenset((
    "alert", "confirm", "focus", "blur", "select", "reset", "test", "match", "replace", "trim", "indexOf", "search",
    "getElementById", "getElementsByName", "querySelector", "charAt", "substring", "substr", "toString", "parseInt",
    "isNaN", "RegExp", "log", "if", "for", "while", "switch", "return", "function", "typeof", "catch"))
_FUNCTION = re.compile(r"function\s+([A-Za-z_$][\w$]*)\s*\([^)]*\)\s*\{")
_SUBMIT_CONTROL = "input[type=submit], input[type=image], button:not([type]), button[type=submit], button[type=SUBMIT]"


def _function_bodies(inline_scripts: list[str]) -> dict[str, str]:
    """The inline scripts' named functions and their bodies (the text to the brace that closes them)."""
    out: dict[str, str] = {}
    for text in inline_scripts:
        for m in _FUNCTION.finditer(text):
            depth, i = 1, m.end()
            while i < len(text) and depth:
                depth += {"{": 1, "}": -1}.get(text[i], 0)
                i += 1
            out.setdefault(m.group(1), text[m.end():i - 1])
    return out


def form_sends_nothing(tree: LexborHTMLParser, inline_scripts: list[str]) -> bool:
    """Every form to write in on the page (one holding a text area) can send nothing: it has no submit control and
    no onsubmit handler, its buttons run only functions the page defines inline, and neither they nor any inline
    script of the page sends anything (a submit call, a request, an address change) — a 网上咨询 template whose 提交
    button checks the fields, alerts 提交成功 and clears the form. A script the page does not show (a file, a call it
    does not define) may send: then the form is not judged so; nor is a text area outside a form (or the table a
    form badly nested in it leaves its fields in)."""
    areas = tree.css("textarea")
    if not areas or any(_SENDS.search(t) for t in inline_scripts):
        return False
    bodies = _function_bodies(inline_scripts)
    forms: dict[int, LexborNode] = {}
    for area in areas:
        node, table = area.parent, None
        while node is not None and node.tag != "form":
            table = table or (node if node.tag == "table" else None)
            node = node.parent
        # a <form> opened between <table> and <tr> is closed at once by the parser, its fields left in the table
        node = node or table
        if node is None:
            return False
        forms[node.mem_id] = node
    for form in forms.values():
        if form.css_first(_SUBMIT_CONTROL) is not None or (form.attributes.get("onsubmit") or "").strip():
            return False
        handlers = [(b.attributes.get("onclick") or "") for b in form.css("[onclick]")]
        if not handlers:
            return False   # nothing to press: a script we do not see may bind one
        for handler in handlers:
            if _SENDS.search(handler):
                return False
            for name in (m.group(1) for m in _CALL.finditer(handler)):
                if name in _HARMLESS_CALLS:
                    continue
                body = bodies.get(name)
                if body is None or any(c.group(1) not in _HARMLESS_CALLS for c in _CALL.finditer(body)):
                    return False
    return True
