"""Stage 5, readings: the Simplified lookup copy -> one syllable per Han character, with doubts.

Lexicon, context model, overrides, reading styles (marks, numbers, zhuyin), known words and the
proofing review. Gives canonical syllables; never touches layout or files of the user.
"""

from __future__ import annotations

import sys
import types


class _CallablePackage(types.ModuleType):
    """``edition.readings(text)`` is the public function, and ``edition.readings`` is also this
    package. Importing a submodule (``edition.readings.engine``) sets the attribute
    ``edition.readings`` to the package, so a function of that name in ``edition/__init__``
    would be replaced by the module as soon as the pipeline ran. Making the package itself
    callable gives one object that is both, whatever was imported first."""

    def __call__(
        self, text: str, style: str = "marks", *, sandhi: bool = False
    ) -> list[tuple[str, str | None]]:
        """Each character of ``text`` with its reading as the editions print it (``style``:
        marks, numbers or zhuyin), None for characters that are not Han.

        ``edition.readings("銀行和長城")`` gives ``[("銀", "yín"), ("行", "háng"), ("和", "hé"),
        ("長", "cháng"), ("城", "chéng")]``; Traditional and Simplified text both work.
        ``sandhi``: mark the tone changes of 一 and 不.
        """
        from edition.readings.engine import default_engine
        from edition.readings.styles import label
        from edition.readings.topics import printed_readings
        from edition.text.script import lookup_copy

        lookup = lookup_copy(text)
        engine = default_engine()
        details = engine.details(lookup, doubts=False)
        readings = engine.read(lookup, sandhi=sandhi)
        found = printed_readings([text], [lookup], [readings], [details])[0]
        return [
            (ch, None if r is None else label(r.syllable, style))
            for ch, r in zip(text, found, strict=True)
        ]


sys.modules[__name__].__class__ = _CallablePackage
