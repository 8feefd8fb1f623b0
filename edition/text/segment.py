"""Stage 4, segment: one line of displayed text -> tokens of one kind each, with offsets.

A Latin run keeps its inner spaces (``Mark Chen``), so the layout can set it in the Latin font
with real spaces; spaces next to Han text become tokens of their own.
"""

from __future__ import annotations

import re
import unicodedata

from edition.model import TokenKind


def is_han(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0x20000 <= cp <= 0x3134F
        or 0xF900 <= cp <= 0xFAFF
        or cp == 0x3007
    )


def display_columns(text: str) -> int:
    """Columns ``text`` takes in a fixed-width font: wide and full-width characters (Han,
    full-width punctuation) two, others one."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _is_latin_letter(ch: str) -> bool:
    return (
        ch.isalnum() and not is_han(ch) and unicodedata.category(ch)[0] in "LN" and ord(ch) < 0x2E80
    )


_JOINERS = set("-'’.&+_/:%#@·=?~")  # inside a Latin run when a letter or digit follows
# A web address's start: a final '/' belongs to it (http://a.cn/class/ links to its folder).
_WEB_START = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]*://|www\.)", re.ASCII)


def char_kind(ch: str) -> TokenKind:
    if is_han(ch):
        return "han"
    if ch.isspace():
        return "space"
    if _is_latin_letter(ch):
        return "digit" if ch.isdigit() else "latin"
    return "punct"


def split_line(text: str, cuts: frozenset[int] = frozenset()) -> list[tuple[TokenKind, int, int]]:
    """Token spans ``(kind, start, end)`` of one line; no token crosses an offset in ``cuts``."""
    spans: list[tuple[TokenKind, int, int]] = []
    i, n = 0, len(text)
    while i < n:
        kind = char_kind(text[i])
        j = i + 1
        if kind in ("latin", "digit"):
            while j < n and j not in cuts:
                ch = text[j]
                k = char_kind(ch)
                if k in ("latin", "digit"):
                    if k == "latin":
                        kind = "latin"
                    j += 1
                elif ch == " " or ch in _JOINERS:
                    # Joiners (and one space) stay in the run when a letter or digit follows them.
                    k2 = j
                    while k2 < n and k2 not in cuts and text[k2] in _JOINERS and ch != " ":
                        k2 += 1
                    if ch == " ":
                        k2 = j + 1
                    if k2 >= n or k2 in cuts or char_kind(text[k2]) not in ("latin", "digit"):
                        if text[j:k2] == "/" and _WEB_START.match(text, i):
                            j = k2
                        break
                    if ch == " " and kind == "digit" and char_kind(text[k2]) == "digit":
                        break  # '2023 25' stays two numbers
                    if not (ch in ".," and kind == "digit"):
                        kind = "latin"
                    j = k2
                else:
                    break
        else:
            while j < n and j not in cuts and char_kind(text[j]) == kind and kind != "punct":
                j += 1
        spans.append((kind, i, j))
        i = j
    return spans
