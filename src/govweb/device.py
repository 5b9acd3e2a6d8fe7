"""What a desktop visitor's browser makes of a script's device test: one reader, shared by collect and checks.

Sites send phones to their mobile version with a test at the top of the homepage: a user-agent regex
(`/iphone|android/i.test(navigator.userAgent)`, `ua.match(/ipad/i) == "ipad"`, `ua.indexOf("Mobile") > -1`, a loop
over a list of phone names), a screen width (`window.screen.width < 768`, `document.documentElement.clientWidth <=
750`), often through variables (`var ua = navigator.userAgent.toLowerCase()`, `var bIsIpad = …`) and joined with
`&&`, `||`, `!`. `desktop_truth` evaluates such a condition for the evaluator — a desktop browser (`DESKTOP_UA`, the
browser lane's viewport width) — in three-valued logic: True, False, or None when any part it needs is not a
device test it can read (a function call, a cookie, the query string …). `phones_only` says whether a statement of
a script (a redirect) sits in a branch such a test closes to desktop browsers.
"""

from __future__ import annotations

import re

DESKTOP_UA = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 "
              "Safari/537.36")
DESKTOP_PLATFORM = "Win32"
DESKTOP_WIDTH = 1280   # a desktop screen; the browser lane's viewport (`collect/render.VIEWPORT`) is this wide
_MAX_DEPTH = 4  # variables defined through variables
_MAX_CHARS = 2000  # a device test is short; a longer expression is not read

_REGEX = r"/((?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\\[\n])+)/([a-z]*)"
_STRING = r"""(["'])((?:\\.|(?!\{q})[^\\\n])*)\{q}"""
_TEST = re.compile(_REGEX + r"\s*\.\s*test\s*\(\s*(.+)\)", re.S)
_MATCH = re.compile(r"(.+?)\s*\.\s*match\s*\(\s*" + _REGEX + r"\s*\)\s*(?:([!=]==?)\s*(null|undefined|"
                    + _STRING.format(q=6) + r"))?", re.S)
_INDEX = re.compile(r"(.+?)\s*\.\s*(indexOf|search|includes)\s*\(\s*(.+?)\s*\)\s*(?:([!=]==?|[<>]=?)\s*(-?\d+))?",
                    re.S)
_WIDTH = (r"(?:window\s*\.\s*)?screen\s*\.\s*(?:avail)?[wW]idth|(?:window\s*\.\s*)?(?:inner|outer)Width|"
          r"document\s*\.\s*(?:documentElement|body)\s*\.\s*(?:client|offset|scroll)Width|"
          r"\$\s*\(\s*window\s*\)\s*\.\s*width\s*\(\s*\)")
_WIDTH_LEFT = re.compile(rf"(?:{_WIDTH})\s*([<>]=?)\s*(\d+)")
_WIDTH_RIGHT = re.compile(rf"(\d+)\s*([<>]=?)\s*(?:{_WIDTH})")
_DEFINITION = re.compile(r"(?<![\w$.])([A-Za-z_$][\w$]*)\s*=(?![=>])\s*([^;\n]+)")
_ARRAY = re.compile(r"^(?:new\s+Array\s*\((.*)\)|\[(.*)\])$", re.S)
_ITEM = re.compile(r"^([A-Za-z_$][\w$]*)\s*\[\s*[\w$]+\s*\]$")
IF = re.compile(r"\bif\s*\((.*)\)\s*$", re.S)
_HEAD_CHARS = 1000   # code kept before each brace: a long device test too
_OWNER = re.compile(r"(?:\b(?:window|self|top|parent|document)\s*\.\s*)+$")   # `window.` before `location`


def definitions(script: str) -> dict[str, str]:
    """Variables given one value in the script (`var ua = navigator.userAgent.toLowerCase()`); a name assigned
    twice (`isMobile = false; … isMobile = true`) holds no known value and is left out."""
    seen: dict[str, set[str]] = {}
    for m in _DEFINITION.finditer(script):
        seen.setdefault(m.group(1), set()).add(m.group(2).strip().rstrip(","))
    return {name: next(iter(values)) for name, values in seen.items() if len(values) == 1}


def block_heads(script: str, at: int) -> list[str]:
    """What decides whether the statement at `at` runs: for each block open around it, the code before its brace
    (`if (…)`, `function name()`, `else`), outermost first, then the statement's own start (`if (m) ` of
    `if (m) location.href = …`)."""
    heads: list[str] = []
    last = 0
    code = script[:at]
    for i, ch in enumerate(code):
        if ch == "{":
            heads.append(code[max(last, i - _HEAD_CHARS) : i])
            last = i + 1
        elif ch == "}":
            if heads:
                heads.pop()
            last = i + 1
        elif ch == ";":
            last = i + 1
    return [*heads, _OWNER.sub("", code[last:])]


def head_truths(heads: list[str], defs: dict[str, str]) -> list[tuple[str, bool | None] | None]:
    """For each of `heads` (`block_heads`) that is an `if`: its condition and the value a desktop browser gives it
    (`desktop_truth`); None for the other heads."""
    return [(cond.group(1), desktop_truth(cond.group(1), defs)) if cond else None for cond in map(IF.search, heads)]


def phones_only(heads: list[str], defs: dict[str, str],
                truths: list[tuple[str, bool | None] | None] | None = None) -> bool:
    """Code under `heads` (`block_heads`) runs for no desktop visitor: an `if` among them tests something a
    desktop browser finds false (a phone's user agent, a small screen), wherever it sits. `truths`: the heads'
    `head_truths`, when the caller has them."""
    return any(t is not None and t[1] is False for t in (head_truths(heads, defs) if truths is None else truths))


def desktop_truth(condition: str, defs: dict[str, str], depth: int = 0) -> bool | None:
    """The value of `condition` in a desktop visitor's browser, or None when it cannot be read."""
    if len(condition) > _MAX_CHARS or depth > _MAX_DEPTH:
        return None
    expr = _unwrap(condition.strip())
    if not expr:
        return None
    parts = _split(expr, "||")
    if len(parts) > 1:   # true when any part is; false only when every part is known false
        values = [desktop_truth(p, defs, depth) for p in parts]
        return True if True in values else None if None in values else False
    parts = _split(expr, "&&")
    if len(parts) > 1:   # false when any part is; true only when every part is known true
        values = [desktop_truth(p, defs, depth) for p in parts]
        return False if False in values else None if None in values else True
    if expr.startswith("!") and not expr.startswith("!="):
        value = desktop_truth(expr[1:], defs, depth)
        return None if value is None else not value
    return _atom(expr, defs, depth)


def _atom(expr: str, defs: dict[str, str], depth: int) -> bool | None:
    if expr in ("true", "false"):
        return expr == "true"
    if re.fullmatch(r"[A-Za-z_$][\w$]*", expr):
        return desktop_truth(defs[expr], defs, depth + 1) if expr in defs else None
    m = _TEST.fullmatch(expr)
    if m:
        text = _source(m.group(3), defs, depth)
        return None if text is None else _search(m.group(1), m.group(2), text) is not None
    m = _MATCH.fullmatch(expr)
    if m:
        text = _source(m.group(1), defs, depth)
        if text is None:
            return None
        hit = _search(m.group(2), m.group(3), text) is not None
        # match() gives an array or null: `== "ipad"` holds when it matched, `== null` when it did not
        return hit if not m.group(4) else hit == (m.group(4).startswith("!") == (m.group(5) in ("null", "undefined")))
    m = _INDEX.fullmatch(expr)
    if m:
        return _index_test(m, defs, depth)
    m = _WIDTH_LEFT.fullmatch(expr)
    if m:
        return _compare(DESKTOP_WIDTH, m.group(1), int(m.group(2)))
    m = _WIDTH_RIGHT.fullmatch(expr)
    if m:
        return _compare(int(m.group(1)), m.group(2), DESKTOP_WIDTH)
    return None


def _index_test(m: re.Match[str], defs: dict[str, str], depth: int) -> bool | None:
    """`ua.indexOf("iphone") > -1`, `ua.search(/android/i) != -1`, `ua.includes("Mobile")`, and the loop form
    `ua.indexOf(phones[i]) != -1` over an array of names (true when any name occurs)."""
    text = _source(m.group(1), defs, depth)
    if text is None or (m.group(2) == "includes") == bool(m.group(4)):
        return None
    arg = m.group(3)
    if m.group(2) == "search":
        rx = re.fullmatch(_REGEX, arg)
        if rx is None:
            return None
        hit = _search(rx.group(1), rx.group(2), text)
        positions = [hit.start() if hit else -1]
    else:
        needles = _strings(arg, defs)
        if needles is None:
            return None
        positions = [text.find(n) for n in needles] or [-1]
    if m.group(2) == "includes":
        return any(p >= 0 for p in positions)
    return any(_compare(p, m.group(4), int(m.group(5))) for p in positions)


def _strings(arg: str, defs: dict[str, str]) -> list[str] | None:
    """The string(s) an indexOf looks for: a literal, or every item of an array of literals indexed in a loop."""
    lit = re.fullmatch(_STRING.format(q=1), arg)
    if lit:
        return [lit.group(2)]
    item = _ITEM.fullmatch(arg)
    array = _ARRAY.fullmatch(defs.get(item.group(1), "")) if item else None
    if array is None:
        return None
    body = array.group(1) if array.group(1) is not None else array.group(2)
    items = [s.strip() for s in body.split(",") if s.strip()]
    values = [re.fullmatch(_STRING.format(q=1), s) for s in items]
    return [v.group(2) for v in values if v] if values and all(values) else None


def _source(expr: str, defs: dict[str, str], depth: int) -> str | None:
    """The text a test reads, as a desktop browser gives it: the user agent (lower-cased by `.toLowerCase()`)
    or the platform; None when the expression reads something else."""
    if len(expr) > _MAX_CHARS:
        return None
    expr = _unwrap(expr.strip())
    lower = re.search(r"\.\s*toLowerCase\s*\(\s*\)", expr) is not None
    upper = re.search(r"\.\s*toUpperCase\s*\(\s*\)", expr) is not None
    base = re.sub(r"\s*\.\s*to(?:Lower|Upper)Case\s*\(\s*\)", "", expr).strip()
    if re.fullmatch(r"(?:window\s*\.\s*)?navigator\s*\.\s*(?:userAgent|appVersion)", base):
        text: str | None = DESKTOP_UA
    elif re.fullmatch(r"(?:window\s*\.\s*)?navigator\s*\.\s*platform", base):
        text = DESKTOP_PLATFORM
    elif re.fullmatch(r"[A-Za-z_$][\w$]*", base) and base in defs and depth < _MAX_DEPTH:
        text = _source(defs[base], defs, depth + 1)
    else:
        return None
    if text is None:
        return None
    return text.lower() if lower else text.upper() if upper else text


def _search(pattern: str, flags: str, text: str) -> re.Match[str] | None:
    try:
        return re.search(pattern, text, re.I if "i" in flags else 0)
    except re.error:
        return None


def _compare(left: int, op: str, right: int) -> bool:
    return {"<": left < right, "<=": left <= right, ">": left > right, ">=": left >= right,
            "==": left == right, "===": left == right, "!=": left != right, "!==": left != right}[op]


def _unwrap(expr: str) -> str:
    """The expression without parentheses around all of it."""
    while expr.startswith("(") and expr.endswith(")") and _closing(expr) == len(expr) - 1:
        expr = expr[1:-1].strip()
    return expr


def _closing(expr: str) -> int | None:
    """The index of the parenthesis closing the one `expr` starts with."""
    depth = 0
    for i, ch, in _scan(expr):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth == 0:
            return i
    return None


def _split(expr: str, op: str) -> list[str]:
    """The parts of `expr` joined by `op` outside brackets, strings and regex literals."""
    parts, depth, start = [], 0, 0
    for i, ch in _scan(expr):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif depth == 0 and expr.startswith(op, i) and i >= start:
            parts.append(expr[start:i])
            start = i + len(op)
    parts.append(expr[start:])
    return [p.strip() for p in parts]


def _scan(expr: str) -> list[tuple[int, str]]:
    """The characters of `expr` outside string and regex literals, with their positions."""
    out: list[tuple[int, str]] = []
    i = 0
    before = ""   # the last character outside literals that is not a space
    while i < len(expr):
        ch = expr[i]
        if ch in "\"'" or ch == "/" and (not before or before in "(,=:[!&|?{};"):
            end = i + 1
            in_class = False
            while end < len(expr):
                c = expr[end]
                if c == "\\":
                    end += 2
                    continue
                if ch == "/" and c in "[]":
                    in_class = c == "["
                elif c == ch and not in_class:
                    break
                end += 1
            i = end + 1
            before = ch
            continue
        out.append((i, ch))
        if not ch.isspace():
            before = ch
        i += 1
    return out
