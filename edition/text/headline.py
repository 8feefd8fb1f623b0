"""Whether an article's first line is its headline, which the layouts print as the title.

A saved web article usually starts with its headline; ``make_edition.py new`` copies that line
into ``meta.title``, and the body must not print it a second time. ``meta.title_in_text`` in
the notes file says so explicitly; without it, the first line is the headline when it is the
title, compared without spaces, punctuation, case or script differences.
"""

from __future__ import annotations

import unicodedata

from edition.text.script import lookup_copy


def _key(text: str) -> str:
    """``text`` reduced to its letters and digits, Simplified, case-folded."""
    kept = "".join(ch for ch in text if unicodedata.category(ch)[0] in "LN")
    return lookup_copy(kept).casefold()


def first_line(text: str) -> tuple[int, int] | None:
    """Start and end offsets of the first line of ``text`` that is not blank."""
    start = 0
    for line in text.split("\n"):
        if line.strip():
            return start, start + len(line)
        start += len(line) + 1
    return None


def headline_span(text: str, title: str, declared: bool | None = None) -> tuple[int, int] | None:
    """The span of ``text``'s first line when it is the headline titled ``title``, else None.

    ``declared``: the notes file's ``title_in_text`` (True, False, or None for not given).
    """
    span = first_line(text)
    if span is None or declared is False:
        return None
    if declared:
        return span
    line = text[span[0] : span[1]]
    return span if _key(line) and _key(line) == _key(title) else None
