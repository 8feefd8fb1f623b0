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


def _units(text: str) -> list[tuple[int, int]]:
    simple = lookup_copy(text)
    units = name_parts(simple)
    taken = {i for a, b in units for i in range(a, b)}
    # From the cache, as the article's: jieba's dictionary takes 0.2 s to load for one title.
    ends = cached("segments", simple, ("edition.text.words",), lambda: word_ends(simple))
    for a, b in zip([0, *ends], ends, strict=False):
        if b - a >= 2 and all(is_han(ch) for ch in simple[a:b]) and taken.isdisjoint(range(a, b)):
            units.append((a, b))
    return sorted(units)


def _wrap_text(text: str) -> str:
    out, last = [], 0
    for a, b in _units(text):
        out += [text[last:a], '<span class="nw">', text[a:b], "</span>"]
        last = b
    out.append(text[last:])
    return "".join(out)


def nowrap_words(html: Markup) -> Markup:
    """``html`` (inline markup, escaped) with its words wrapped; tags and entities untouched."""
    parts = _TAG.split(str(html))
    return Markup("".join(part if i % 2 else _wrap_text(part) for i, part in enumerate(parts)))
