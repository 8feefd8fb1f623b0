"""A vocabulary card's sentence read aloud (the TSV word list and the Anki deck print it)."""

from __future__ import annotations

from edition.model import Paragraph, Reading, SourceLocation, Token
from edition.render.vocabulary import cards
from edition.text.segment import split_line


def _paragraph(text: str, syllables: dict[str, str]) -> Paragraph:
    """``text`` cut as the segment stage cuts it, each Han character read from ``syllables``."""
    loc = SourceLocation("a.txt", 1, 1)
    tokens = []
    for kind, a, b in split_line(text):
        part = text[a:b]
        readings = tuple(Reading(syllables[c]) for c in part) if kind == "han" else ()
        gid = "g" if part == "公里" else None
        tokens.append(Token(part, part, kind, loc, a, readings, glossary_id=gid))
    return Paragraph(tokens, loc)


def test_the_sentence_reading_keeps_latin_words_and_numbers_in_place() -> None:
    syl = {"他": "ta1", "走": "zou3", "了": "le5", "公": "gong1", "里": "li3", "先": "xian1",
           "生": "sheng1", "在": "zai4", "和": "he2", "點": "dian3"}  # fmt: skip
    p = _paragraph("Müller先生在25°C走了3.5公里，和Anna在18:30走了。", syl)
    entry = {"id": "g", "word": "公里", "reading": "gōng lǐ", "pos": "n.", "gloss": "km",
             "level": ""}  # fmt: skip
    [card] = cards([entry], {"g": "km"}, [p], lambda r: r.syllable)
    # Chinese punctuation is not read; Müller, 25°C, 3.5, 18:30 are, where they stand
    assert card.sentence_reading == (
        "Müller xian1 sheng1 zai4 25°C zou3 le5 3.5 gong1 li3 he2 Anna zai4 18:30 zou3 le5"
    )
