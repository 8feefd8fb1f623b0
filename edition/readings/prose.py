"""Short prose in an edition's script: note bodies, titles, glosses, headwords.

OpenCC leaves some characters as they are because only the reading tells which character the
other script writes (a Traditional 著 is Simplified 着 in 牽著 and 著急, 著 in 著名). The article's
text gets them from its readings (``edition.text.script.by_reading``); prose outside it has no
readings of its own, so it is read here, by the same engine, before the choice is made.
"""

from __future__ import annotations

from edition.text.script import convert_string, lookup_copy, needs_readings, settle


def convert_prose(text: str, script: str) -> str:
    """``text`` converted with the edition's ``script`` option, readings deciding what OpenCC
    could not (see the module doc)."""
    converted = convert_string(text, script)
    if not needs_readings(converted, script):
        return converted
    from edition.readings.engine import default_engine

    return settle(converted, default_engine().read(lookup_copy(converted)), script)
