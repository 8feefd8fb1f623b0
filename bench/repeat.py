"""A notes file for the bundled article repeated N times, with every note, correction, anchored
reading and the vocabulary kept (for bench/run.py's growth case).

The article's cleaned text is repeated; each correction, note and anchored reading that
matches ``m`` places in one copy gets one entry per copy, ``occurrence: o + k*m`` for copy
``k``. Corrections are listed from the last copy to the first, so applying one never renumbers
the places of the ones after it. The glossary is kept as it is (its page references point at
the first copy).
"""

from __future__ import annotations

from pathlib import Path

import yaml

from edition.model import Anchor, SourceLocation
from edition.notes.anchor import Resolver, fold
from edition.notes.corrections import apply_corrections
from edition.notes.layer import load_layer
from edition.text.clean import clean
from edition.text.source import load_source


def _count(text: str, find: str) -> int:
    n, i = 0, text.find(find)
    while i >= 0:
        n, i = n + 1, text.find(find, i + 1)
    return n


def _anchor(value, exact: str | None = None) -> Anchor:
    if isinstance(value, str):
        return Anchor(value, "", "", None)
    value = value or {}
    return Anchor(
        exact or value["exact"],
        value.get("prefix", ""),
        value.get("suffix", ""),
        value.get("occurrence"),
    )


def _places(resolver: Resolver, anchor: Anchor) -> int:
    """How many places of one copy match the anchor's exact text, prefix and suffix (as
    ``Resolver.resolve`` counts them)."""
    exact, prefix, suffix = fold(anchor.exact), fold(anchor.prefix), fold(anchor.suffix)
    text, n = resolver.folded, 0
    i = text.find(exact)
    while i >= 0:
        end = i + len(exact)
        if text[max(0, i - len(prefix)) : i] == prefix and text[end : end + len(suffix)] == suffix:
            n += 1
        i = text.find(exact, i + 1)
    return n


def repeated_notes(notes: Path, times: int, folder: Path) -> Path:
    """Write the article repeated ``times`` times and its notes file into ``folder``."""
    layer = load_layer(notes)
    doc = yaml.safe_load(notes.read_text(encoding="utf-8"))
    cleaned = clean(load_source(layer.article))
    # The cleaned text, repeated: the automatic repair of a copy in a longer text may decide
    # otherwise than alone (it weighs the whole text), which is not what this case measures.
    article = folder / f"{layer.article.stem}-x{times}.txt"
    once = cleaned.text.rstrip("\n")
    article.write_text("\n\n".join([once] * times) + "\n", encoding="utf-8")
    corrections = []
    for raw_c, c in zip(doc.get("corrections") or [], layer.corrections, strict=True):
        m = _count(cleaned.text, c.find)
        first = c.occurrence or 1
        corrections += [{**raw_c, "occurrence": first + k * m} for k in reversed(range(times))]
        cleaned = apply_corrections(cleaned, [c])

    resolver = Resolver(cleaned.text, lambda _i: SourceLocation("bench", 1))
    notes_out = []
    for note in doc.get("notes") or []:
        anchor = _anchor(note["anchor"])
        m, first = _places(resolver, anchor), anchor.occurrence or 1
        for k in range(times):
            where = note["anchor"] if isinstance(note["anchor"], dict) else {"exact": anchor.exact}
            notes_out.append(
                {
                    **note,
                    "id": note["id"] if k == 0 else f"{note['id']}-{k + 1}",
                    "anchor": {**where, "occurrence": first + k * m},
                }
            )
    readings: dict = {}
    for word, value in (doc.get("readings") or {}).items():
        if not isinstance(value, list):
            readings[word] = value
            continue
        readings[word] = []
        for item in value:
            anchor = _anchor(item, exact=word)
            m, first = _places(resolver, anchor), anchor.occurrence or 1
            readings[word] += [{**item, "occurrence": first + k * m} for k in range(times)]

    out = {
        **doc,
        "article": str(article),
        "corrections": corrections,
        "notes": notes_out,
        "readings": readings,
    }
    path = folder / f"{notes.stem}-x{times}.yaml"
    path.write_text(yaml.safe_dump(out, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path
