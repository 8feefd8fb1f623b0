"""The vocabulary as an Anki deck (.apkg, through genanki): one note per glossary word.

Fields: the word, its reading, part of speech, gloss, the sentence it came from (with native
``<ruby>`` readings, the word in bold), the sentence's readings as text, and the source.
The same input gives the same bytes: note, deck and model ids come from the content, the
collection's timestamps from the edition date, and the zip entries carry a fixed date.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import sqlite3
import tempfile
import zipfile
from pathlib import Path

from markupsafe import escape

from edition.render.vocabulary import Card

MODEL_ID = 1_731_604_927  # our note type; fixed so re-imported decks update their notes
FIELDS = ["Word", "Reading", "PartOfSpeech", "Gloss", "Sentence", "SentenceReading", "Source"]
CSS = """.card { font-family: "Noto Serif CJK SC", "Noto Serif CJK TC", serif; font-size: 22px;
  text-align: center; color: #111; background: #fff; }
.word { font-size: 44px; margin: 0.4em 0; }
.reading { font-size: 24px; color: #555; }
.gloss { margin: 0.6em 0; }
.pos { color: #777; font-style: italic; }
.sentence { font-size: 24px; line-height: 2.2; margin-top: 1em; }
.sentence rt { font-size: 0.5em; color: #666; }
.source { font-size: 13px; color: #999; margin-top: 1em; }
"""
FRONT = '<div class="word">{{Word}}</div>'
BACK = (
    '{{FrontSide}}<hr id="answer"><div class="reading">{{Reading}}</div>'
    '<div class="gloss"><span class="pos">{{PartOfSpeech}}</span> {{Gloss}}</div>'
    '<div class="sentence">{{Sentence}}</div><div class="source">{{Source}}</div>'
)


def deck_id(name: str) -> int:
    """A deck id from the deck's name (Anki ids are positive 63-bit numbers)."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:6], "big") | (1 << 40)


def write_apkg(cards: list[Card], deck_name: str, source: str, timestamp: float) -> bytes:
    """The .apkg bytes. ``timestamp``: seconds since 1970 for the collection's dates."""
    import genanki

    model = genanki.Model(
        MODEL_ID,
        "edition vocabulary",
        fields=[{"name": f} for f in FIELDS],
        templates=[{"name": "Word → meaning", "qfmt": FRONT, "afmt": BACK}],
        css=CSS,
    )
    deck = genanki.Deck(deck_id(deck_name), deck_name)
    for card in cards:
        deck.add_note(
            genanki.Note(
                model=model,
                fields=[
                    str(escape(card.word)),
                    str(escape(card.reading)),
                    str(escape(card.pos)),
                    str(card.gloss_html),
                    str(card.sentence_html),
                    str(escape(card.sentence_reading)),
                    str(escape(source)),
                ],
                guid=genanki.guid_for(deck_name, card.id, card.word),
            )
        )
    package = genanki.Package(deck)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "collection.anki2"
        conn = sqlite3.connect(db)
        try:
            package.write_to_db(conn.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
            conn.commit()
        finally:
            conn.close()
        data = db.read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in (("collection.anki2", data), ("media", b"{}")):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, content)
    return out.getvalue()
