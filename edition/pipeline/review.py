"""The readings review of a prepared edition: the proof table with source places and hints."""

from __future__ import annotations

from edition.model import Reading
from edition.notes import corrections as corrections_stage
from edition.pipeline.prepare import Prepared
from edition.readings.proof import Row, review_rows
from edition.text import clean as clean_stage
from edition.text.script import convert_text
from edition.text.source import load_source


def review_document(prepared: Prepared, *, guesses_only: bool = False) -> list[Row]:
    """The review table of a prepared edition (``edition.pipeline.prepare.prepare``).

    The final readings come from the prepared tokens (overrides applied); the source's inline
    readings and the location of each character are recovered by re-running the clean and
    convert stages on the article (they are deterministic). ``guesses_only``: only the
    guessed readings and those the source disputes.
    """
    layer, edition = prepared.layer, prepared.edition
    cleaned = corrections_stage.apply_corrections(
        clean_stage.clean(load_source(layer.article)), layer.corrections
    )
    conv = convert_text(cleaned.text, edition.script)
    readings: list[Reading | None] = [None] * len(conv.display)
    for para in prepared.paragraphs:
        for tok in para.tokens:
            for j, r in enumerate(tok.readings):
                if tok.start + j < len(readings):
                    readings[tok.start + j] = r
    hints = {conv.forward[i]: syl for i, syl in cleaned.hints.items()}
    locs = {i: cleaned.loc(conv.back[i]) for i, r in enumerate(readings) if r is not None}
    # prepared.text is the page as printed (著 already 着 where a Simplified edition reads zhe);
    # conv.lookup is what the engine analysed
    return review_rows(prepared.text, conv.lookup, readings, locs, hints, guesses_only=guesses_only)
