"""What a build keeps of the readings engine's work on one text: the readings, the guesses and
the covering words (``Analysis``), and the guesses no override settled (``unreviewed_among``).

Apart from the engine, which computes them, so that a build whose analysis comes from the cache
(a pickle of ``Analysis``) loads neither the engine nor the tables it imports.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from edition.model import Reading


@dataclass(frozen=True, slots=True)
class Analysis:
    """What a build needs from the engine for one text (cached whole by the pipeline, so a
    warm build never loads the engine).

    ``readings``: one per character (None for non-Han); ``guesses``: offset -> the evidence
    that decided a guessed reading (``unsure``); ``words``: offset -> (start, end) of the
    dictionary word of two or more characters that covers it.
    """

    readings: list[Reading | None]
    guesses: dict[int, str]
    words: dict[int, tuple[int, int]]

    @property
    def doubts(self) -> frozenset[int]:
        return frozenset(self.guesses)


def unreviewed_among(readings: list[Reading | None], doubts: Iterable[int]) -> set[int]:
    """The offsets of ``doubts`` (where the engine was unsure) that no override or glossary
    entry has settled."""
    return {
        i
        for i in doubts
        if readings[i] is not None and readings[i].origin not in ("override", "glossary")
    }
