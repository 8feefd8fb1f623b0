"""HTML remnants and ASCII punctuation inside Chinese sentences."""

from __future__ import annotations

import re

from edition.text.segment import is_han

HTML_RE = re.compile(r"</?(?:p|br|div|span|b|i|em|strong)\s*/?>|(?<![\w<])[?/]?/p>$", re.IGNORECASE)
FULL = {",": "，", ":": "：", "?": "？", "!": "！", ";": "；", "(": "（", ")": "）"}


def find_html(text: str) -> list[tuple[int, int]]:
    """Spans of HTML tags and of damaged ``</p>`` remnants (``?/p>``, ``/p>`` at a line end)."""
    out = []
    for line_start, line in _lines(text):
        for m in HTML_RE.finditer(line):
            out.append((line_start + m.start(), line_start + m.end()))
    return out


def _lines(text: str):
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def is_cjk(ch: str) -> bool:
    """A Han character or full-width / CJK punctuation (never the empty string of a line end)."""
    if not ch:
        return False
    return is_han(ch) or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or ch in "“”‘’…—·"


def find_punct(text: str) -> list[tuple[int, str]]:
    """ASCII marks to make full-width: (offset, replacement).

    ``, : ? ! ;`` next to a CJK character; a bracket pair when the text before ``(``, inside, or
    after ``)`` is Chinese. Marks between digits (``10:30``) and inside Latin runs stay ASCII.
    """
    out: list[tuple[int, str]] = []
    for line_start, line in _lines(text):
        stack: list[int] = []
        pairs: dict[int, int] = {}
        for i, ch in enumerate(line):
            if ch == "(":
                stack.append(i)
            elif ch == ")" and stack:
                pairs[stack.pop()] = i
        for o, c in pairs.items():
            before = line[o - 1] if o else ""
            after = line[c + 1] if c + 1 < len(line) else ""
            inside = line[o + 1 : c]
            if is_cjk(before) or is_cjk(after) or any(is_han(x) for x in inside):
                out += [(line_start + o, "（"), (line_start + c, "）")]
        for i, ch in enumerate(line):
            if ch not in ",:?!;":
                continue
            before = line[i - 1] if i else ""
            after = line[i + 1] if i + 1 < len(line) else ""
            if before.isdigit() and after.isdigit():
                continue
            if is_cjk(before) or is_cjk(after) or (before in "）" and before):
                out.append((line_start + i, FULL[ch]))
    return sorted(out)
