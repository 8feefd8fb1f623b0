"""Short prose in an edition's script: note bodies, titles, glosses, headwords.

OpenCC leaves some characters as they are because only the reading tells which character the
other script writes (a Traditional 著 is Simplified 着 in 牽著 and 著急, 著 in 著名). The article's
text gets them from its readings (``edition.text.script.by_reading``); prose outside it has no
readings of its own, so it is read here, by the same engine, before the choice is made.
"""

from __future__ import annotations

from edition.text.script import (
    HANS_SCRIPTS,
    HANT_SCRIPTS,
    SIMPLIFIED_BY_READING,
    TRADITIONAL_BY_READING,
    convert_string,
    lookup_copy,
)


def convert_prose(text: str, script: str) -> str:
    """``text`` converted with the edition's ``script`` option, readings deciding what OpenCC
    could not (see the module doc)."""
    converted = convert_string(text, script)
    table = (
        SIMPLIFIED_BY_READING
        if script in HANS_SCRIPTS
        else TRADITIONAL_BY_READING
        if script in HANT_SCRIPTS
        else {}
    )
    if not any(ch in table for ch in converted):
        return converted
    from edition.readings.engine import default_engine

    found = default_engine().read(lookup_copy(converted))
    out = []
    for ch, reading in zip(converted, found, strict=True):
        choices = table.get(ch)
        if choices and reading is not None:
            ch = choices.get(reading.syllable) or choices.get("*") or ch
        out.append(ch)
    return "".join(out)
