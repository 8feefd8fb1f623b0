"""Stage 6, anchor: find where each note, glossary word and anchored reading attaches.

Anchors follow the W3C Web Annotation TextQuoteSelector (``exact`` with optional ``prefix`` and
``suffix``) plus an ``occurrence`` number. They are matched on a script-neutral copy of the
cleaned text (Simplified, full-width forms folded), so an anchor written in Traditional finds
its place in a Simplified edition and the other way round; the span is then carried to the
displayed text through the conversion map.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from edition.errors import Problem
from edition.model import Anchor, SourceLocation
from edition.text.script import lookup_copy


def _fold_char(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 else ch


def fold(text: str) -> str:
    """The matching form of a text: Simplified, NFKC per character, same length as ``text``."""
    return "".join(_fold_char(ch) for ch in lookup_copy(text))


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def _occurrences(haystack: str, needle: str) -> list[int]:
    out, i = [], haystack.find(needle)
    while i >= 0:
        out.append(i)
        i = haystack.find(needle, i + 1)
    return out


class Resolver:
    """Resolves anchors against one cleaned text.

    ``loc`` turns an offset of the cleaned text into its place in the article, for messages.
    """

    def __init__(self, text: str, loc: Callable[[int], SourceLocation]):
        self.text = text
        self.folded = fold(text)
        self.loc = loc

    def _context(self, start: int, end: int) -> str:
        before = self.text[max(0, start - 8) : start].split("\n")[-1]
        after = self.text[end : end + 8].split("\n")[0]
        return f"{before}[{self.text[start:end]}]{after}"

    def _candidates(self, starts: list[int], length: int) -> str:
        shown = [f"line {self.loc(s).line} '{self._context(s, s + length)}'" for s in starts[:5]]
        more = f" and {len(starts) - 5} more" if len(starts) > 5 else ""
        return "; ".join(shown) + more

    def resolve(self, anchor: Anchor, what: str, where: SourceLocation) -> Span | Problem:
        """The span of ``anchor`` in the cleaned text, or a problem naming the candidates."""
        exact, prefix, suffix = fold(anchor.exact), fold(anchor.prefix), fold(anchor.suffix)
        plain = _occurrences(self.folded, exact)
        starts = [
            s
            for s in plain
            if self.folded[max(0, s - len(prefix)) : s] == prefix
            and self.folded[s + len(exact) : s + len(exact) + len(suffix)] == suffix
        ]
        shown = f"'{anchor.exact}'"
        if anchor.prefix or anchor.suffix:
            shown = f"'{anchor.prefix}[{anchor.exact}]{anchor.suffix}'"
        if not starts:
            if plain:
                return Problem(
                    where,
                    f"{what}: anchor {shown} not found with that prefix/suffix; "
                    f"'{anchor.exact}' occurs at {self._candidates(plain, len(exact))}",
                )
            return Problem(
                where,
                f"{what}: anchor {shown} not found in the article; copy the exact text from "
                "the article (either script works)",
            )
        if anchor.occurrence is not None:
            if anchor.occurrence > len(starts):
                return Problem(
                    where,
                    f"{what}: anchor {shown} has occurrence {anchor.occurrence} but occurs "
                    f"{len(starts)} time{'s' if len(starts) > 1 else ''}: "
                    f"{self._candidates(starts, len(exact))}",
                )
            start = starts[anchor.occurrence - 1]
        elif len(starts) > 1:
            return Problem(
                where,
                f"{what}: anchor {shown} occurs {len(starts)} times; pick one with 'anchor: "
                f"{{exact: {anchor.exact}, occurrence: N}}' or a 'prefix'/'suffix': "
                f"{self._candidates(starts, len(exact))}",
            )
        else:
            start = starts[0]
        return Span(start, start + len(exact))

    def all_spans(self, word: str) -> list[Span]:
        """Every place ``word`` occurs (for article-wide reading overrides and the glossary)."""
        needle = fold(word)
        return [Span(s, s + len(needle)) for s in _occurrences(self.folded, needle)]
