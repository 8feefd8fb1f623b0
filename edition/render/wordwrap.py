"""Titles that break between words: each Han word of two or more characters, and each part of a
name ``名·名``, wrapped in ``<span class="nw">`` (``white-space: nowrap``).

For the cover's and the title block's title and subtitle, which are laid out from the notes
file's text, not from the article's tokens (headings get the same spans from
``edition/pipeline/prepare.py`` and ``edition/render/inline.py``).
"""

from __future__ import annotations

import re

from markupsafe import Markup

from edition.cache import cached
from edition.text.script import lookup_copy
from edition.text.segment import is_han
from edition.text.words import name_parts, word_ends

_TAG = re.compile(r"(<[^>]*>|&[#\w]+;)")


def _units(text: str, last: bool = False) -> list[tuple[int, int]]:
    """Spans of ``text`` a line must not break inside: names' parts, then Han words.

    A dot that a dictionary word runs across is no name's dot (通讯·第十二期: 通讯 and 第十二
    are words, not the parts 讯· and 第). ``last``: ``text`` ends the title, and a character
    standing alone at its end goes with the word (or character) before it: 第十二期, 来了,
    never 期 or 了 alone on the title's last line.
    """
    simple = lookup_copy(text)
    # From the cache, as the article's: jieba's dictionary takes 0.2 s to load for one title.
    ends = cached("segments", simple, ("edition.text.words",), lambda: word_ends(simple))
    words = [
        (a, b)
        for a, b in zip([0, *ends], ends, strict=False)
        if b - a >= 2 and all(is_han(ch) for ch in simple[a:b])
    ]
    units = [
        (a, b)
        for a, b in name_parts(simple)
        if not any(c < a < d or c < b < d for c, d in words)  # a word runs across its edge
    ]
    taken = {i for a, b in units for i in range(a, b)}
    units += [(a, b) for a, b in words if taken.isdisjoint(range(a, b))]
    units.sort()
    end = len(simple.rstrip())
    alone = (
        last
        and end >= 2
        and is_han(simple[end - 1])
        and is_han(simple[end - 2])
        and not any(a <= end - 1 < b for a, b in units)
    )
    if alone:  # 期 of 第十二|期, 了 of 春天来|了: it goes with what is before it
        if units and units[-1][1] == end - 1:
            units[-1] = (units[-1][0], end)
        elif not any(a <= end - 2 < b for a, b in units):
            units.append((end - 2, end))
    return units


def _wrap_text(text: str, last: bool = False) -> str:
    out, at = [], 0
    for a, b in _units(text, last):
        out += [text[at:a], '<span class="nw">', text[a:b], "</span>"]
        at = b
    out.append(text[at:])
    return "".join(out)


def nowrap_words(html: Markup) -> Markup:
    """``html`` (inline markup, escaped) with its words wrapped; tags and entities untouched."""
    parts = _TAG.split(str(html))
    texts = [i for i, part in enumerate(parts) if i % 2 == 0 and part.strip()]
    final = texts[-1] if texts else -1
    return Markup(
        "".join(
            part if i % 2 else _wrap_text(part, last=i == final) for i, part in enumerate(parts)
        )
    )
