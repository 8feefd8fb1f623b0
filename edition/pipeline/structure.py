"""The block structure of a Markdown, web page or .docx article, carried to the paragraphs.

A format reader (``edition/text/formats/``) marks each line of the text it extracts with a
block (heading, quotation, list item, figure) and the emphasised spans. Cleaning, corrections
and script conversion move characters, so both are found again through the maps back to the
extracted text: a displayed line takes the block its first character came from.
"""

from __future__ import annotations

import bisect

from edition.model import Paragraph, Token
from edition.text.clean import CleanText
from edition.text.script import Converted


class Structure:
    """Blocks and emphasis of a structured source, in displayed offsets."""

    def __init__(self, cleaned: CleanText, conv: Converted):
        self.source = cleaned.source
        self.cleaned = cleaned
        self.conv = conv
        self.marks: dict[int, set[str]] = {}
        self.cuts: set[int] = set()
        self.placed: set[int] = set()  # figures already given to a line
        origin = cleaned.origin
        for s, e, kind in self.source.emphasis:
            a0 = conv.forward[min(bisect.bisect_left(origin, s), len(conv.forward) - 1)]
            a1 = conv.forward[min(bisect.bisect_left(origin, e), len(conv.forward) - 1)]
            for a in range(a0, a1):
                self.marks.setdefault(a, set()).add(kind)
            self.cuts |= {a0, a1}

    def _source_offset(self, a: int) -> int:
        back = self.conv.back[min(a, len(self.conv.back) - 1)]
        return self.cleaned.origin[min(back, len(self.cleaned.origin) - 1)]

    def marks_at(self, a: int) -> set[str]:
        return self.marks.get(a, set())

    def kind_at(self, start: int) -> str | None:
        """The kind of the block of the displayed line starting at ``start`` (None: no block)."""
        block = self.source.block_at(self._source_offset(start))
        return block.kind if block is not None else None

    def paragraph(self, tokens: list[Token], start: int) -> Paragraph | None:
        """The paragraph of the displayed line starting at ``start``; ``tokens`` may be empty
        (a figure without a caption), and None is returned for an empty line of no figure."""
        block = self.source.block_at(self._source_offset(start))
        if block is None:
            return None
        kind, picture = block.kind, block.picture
        if kind == "figure":
            if block.start in self.placed:  # a correction split the caption: one picture
                kind, picture = "caption", None
            self.placed.add(block.start)
        if not tokens and kind != "figure":
            return None
        loc = tokens[0].loc if tokens else picture.loc if picture else self.source.loc(0)
        return Paragraph(tokens, loc, kind, block.level, block.marker, picture)
