"""Variation selectors in the source text (issue 14).

The glyph-ruby font chooses each character's reading glyph with a variation selector of its
own (``edition/render/rubyfont.py``), so a selector already in the article (U+FE00–FE0F,
U+E0100–E01EF) picked another reading's glyph: ``重`` followed by U+E0101 printed chóng where the
readings said zhòng. Such selectors are found here and removed by the clean stage, each run
of them with a warning at its place; the edition then picks every glyph itself.
"""

from __future__ import annotations

import re

SELECTORS = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]+")


def find_selectors(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of variation selectors in ``text``."""
    return [m.span() for m in SELECTORS.finditer(text)]


def describe(run: str) -> str:
    """``U+E0101`` (or ``U+FE0F U+E0101`` for a run)."""
    return " ".join(f"U+{ord(c):04X}" for c in run)
