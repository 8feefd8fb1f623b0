"""The vocabulary as a tab-separated word list that Pleco and Anki import.

One card a line, three columns, Pleco's flashcard import format: the headword (``简体[繁體]``
when the edition prints Traditional characters, so Pleco files it under both), the reading,
and the definition: part of speech, gloss, and the sentence the word came from with its
readings. Anki imports the same file (Basic note type, fields separated by tabs).
"""

from __future__ import annotations

from edition.readings.prose import convert_prose
from edition.render.vocabulary import Card


def _field(text: str) -> str:
    """A field on one line: tabs and line breaks become spaces."""
    return " ".join(text.replace("\t", " ").split())


def write_tsv(cards: list[Card]) -> bytes:
    """UTF-8 text, one line per card (no header line: Pleco would import it as a card)."""
    lines = []
    for card in cards:
        simple = convert_prose(card.word, "t2s")
        head = card.word if simple == card.word else f"{simple}[{card.word}]"
        definition = " ".join(x for x in (card.pos, card.gloss) if x)
        if card.sentence:
            definition += f" — {card.sentence}"
            if card.sentence_reading:
                definition += f" ({card.sentence_reading})"
        lines.append("\t".join(_field(x) for x in (head, card.reading, definition)))
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""
