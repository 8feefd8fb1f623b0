"""Proofing: a review table of every polyphonic character and the evidence for its reading.

Each row gives where the character is on the page (``shown``: line:col of the displayed text,
which keeps the lines of the cleaned article) and in the source file (``loc``), the reading,
what decided it (``evidence``: the dictionary word, the grammar rule, the model's probability)
and flags; ``guess`` marks the readings the engine guessed (``edition.readings.engine.unsure``),
which the proof mode colours until an override or glossary entry settles them. ``doubt`` is how
likely the engine's reading is wrong (``edition.readings.doubt``); a guessed row's evidence also
says what raised its doubt, so an editor sees why it is on the list.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from edition.model import Reading, SourceLocation
from edition.readings import doubt as doubt_mod
from edition.readings.engine import Detail, ReadingEngine, default_engine, text_cut, unsure
from edition.readings.lexicon import lexicon
from edition.readings.names import people_at
from edition.readings.rules import RULES
from edition.readings.styles import label, parse_syllable
from edition.readings.topics import topics_at
from edition.text.segment import display_columns

CONTEXT = 8  # characters shown on each side


@dataclass(frozen=True, slots=True)
class Row:
    """One occurrence of a polyphonic character."""

    offset: int  # in the displayed text
    loc: SourceLocation | None  # in the source file
    char: str  # as displayed
    context: str  # ±8 characters, the character in 【】
    reading: str  # canonical syllable chosen
    origin: str
    phrase: str | None  # what the phrase table said, if a word covered it
    model: str | None  # the model's best reading, if it ran
    hint: str | None  # what the source printed inline, if anything
    flags: tuple[str, ...]  # "hint" (engine vs source differ), "phrase/model" (they differ),
    # "guess" (the engine guessed and no override fixed the reading: see readings.unsure)
    confidence: float | None = None  # the model's probability for its best reading
    shown: str = ""  # line:col in the displayed text (1-based)
    evidence: str = ""  # what decided the engine's reading (and, if guessed, what raised the
    # doubt)
    doubt: float | None = None  # how likely the engine's reading is wrong (None: not scored)


def review_rows(
    display: str,
    lookup: str,
    readings: Sequence[Reading | None],
    locs: Mapping[int, SourceLocation] | Sequence[SourceLocation | None] | None = None,
    hints: Mapping[int, str] | None = None,
    *,
    engine: ReadingEngine | None = None,
    guesses_only: bool = False,
) -> list[Row]:
    """Every occurrence of a polyphonic character in ``display`` (with ``guesses_only``: every
    guessed reading, and every reading the source disputes), in text order.

    ``readings`` are the final readings (after overrides), one per character; ``lookup`` is the
    aligned Simplified copy; ``locs`` gives a SourceLocation per offset; ``hints`` maps offsets
    to the syllable the source printed.
    """
    engine = engine or default_engine()
    details = engine.details(lookup)
    cut = text_cut(details)
    hints = hints or {}
    topical = topics_at(lookup)  # paragraphs whose topic reads some characters (topics)
    # characters a person's name read (周处 ... 处即: names), as the engine had read them
    people = people_at(lookup, [d.reading if d else None for d in details], details, lexicon())
    in_text = doubt_mod.in_text(lookup, details)  # what the whole text says of each reading
    rows = []
    for i, r in enumerate(readings):
        if r is None:
            continue
        d = details[i] if i < len(details) else None
        if d is None or not (d.polyphonic or unsure(d, cut) or i in hints):
            continue
        hint = None
        if i in hints:
            try:
                hint = parse_syllable(hints[i])
            except ValueError:
                hint = hints[i]
        # the source's character allows only this reading (髮 for 发), or its word is another
        # (發卡 fākǎ, not 发卡 fàqiǎ): source_forms
        was = d.reading.syllable if d.reading is not None else r.syllable
        # (a neutral tone given back its full tone is the edition's style, not the source)
        restyled = was.endswith("5") and r.syllable[:-1] == was[:-1]
        settled = r.syllable != was and (
            r.origin == "rule" or (r.origin == "phrase" and not restyled)
        )
        flags = []
        if hint is not None and hint != r.syllable:
            flags.append("hint")
        if d.disagree:
            flags.append("phrase/model")
        if r.origin not in ("override", "glossary") and unsure(d, cut) and not settled:
            flags.append("guess")
        if guesses_only and not {"guess", "hint"} & set(flags):
            continue
        evidence = decided(d)
        topic = next((t for a, b, t in topical if a <= i < b), None)
        if settled and topic is not None and topic.readings.get(lookup[i]) == r.syllable:
            evidence = f"a text about {topic.name} ({lookup[i]} was read {was})"
        elif settled and i in people and people[i][0].syllable == r.syllable:
            evidence = f"{people[i][1]}, named in the text ({lookup[i]} was read {was})"
        elif settled:
            evidence = (
                f"{display[i]} has no other reading ({lookup[i]} was read {was})"
                if r.origin == "rule"
                else f"as the source writes {display[i]} ({lookup[i]} was read {was})"
            )
        elif unsure(d, cut) and not d.guess:
            why = doubt_mod.reasons({**engine.doubt_features(lookup[i], d), **in_text[i]})
            evidence += "; listed: " + ", ".join(named(why, d)) if why else ""
        lo, hi = max(0, i - CONTEXT), min(len(display), i + CONTEXT + 1)
        ctx = (display[lo:i] + "【" + display[i] + "】" + display[i + 1 : hi]).replace("\n", " ")
        loc = None
        if locs is not None:
            loc = locs.get(i) if isinstance(locs, Mapping) else (locs[i] if i < len(locs) else None)
        rows.append(
            Row(
                i,
                loc,
                display[i],
                ctx,
                r.syllable,
                r.origin,
                d.phrase,
                d.model,
                hint,
                tuple(flags),
                d.confidence,
                _line_col(display, i),
                evidence,
                d.doubt if d.scored else None,
            )
        )
    return rows


def decided(d: Detail) -> str:
    """What decided the engine's reading, in words: the dictionary word, the grammar rule and
    what it says, or the context model and its probability (``Detail.evidence`` names them
    tersely: ``word 银行``, ``rule guo-aspect``, ``model 0.998``)."""
    origin = d.reading.origin
    if origin == "phrase" and d.word and d.evidence.startswith(f"word {d.word}"):
        return f"the dictionary word {d.word}" + d.evidence[len(d.word) + 5 :]
    if origin == "rule" and d.rule_id and d.evidence.startswith(f"rule {d.rule_id}"):
        why = _rule_why().get(d.rule_id)
        said = f"grammar rule {d.rule_id}" + (f": {why}" if why else "")
        return said + d.evidence[len(d.rule_id) + 5 :]
    if origin == "model" and d.confidence is not None and d.evidence.startswith("model "):
        said = f"the context model gives {_marks(d.model)} probability {d.confidence:.3f}"
        if d.model != d.reading.syllable:
            # the model's best is a reading the character has only inside words (吗 ma3)
            said += f" ({_marks(d.reading.syllable)} is its best reading standing alone)"
        return said + (f" over the dictionary word {d.word}" if d.word else "")
    return d.evidence


def named(why: Sequence[str], d: Detail) -> list[str]:
    """``why`` (``doubt.reasons``) with the word that crosses the reading named (``Detail.crossed``:
    "the dictionary word 找着 reads it otherwise"), so the editor sees which word to check."""
    said = doubt_mod.SAYS["model_crossed"]
    if not d.crossed:
        return list(why)
    return [f"the dictionary word {d.crossed} reads it otherwise" if w == said else w for w in why]


def _marks(syllable: str | None) -> str:
    return (label(syllable, "marks") or syllable) if syllable else "?"


@lru_cache(maxsize=1)
def _rule_why() -> dict[str, str]:
    """Rule id -> what the rule says (its ``why``), the classical rules' too."""
    return {r.id: r.why for r in RULES}


def _line_col(text: str, i: int) -> str:
    """1-based line:col of ``text[i]``."""
    start = text.rfind("\n", 0, i) + 1
    return f"{text.count(chr(10), 0, i) + 1}:{i - start + 1}"


def unreviewed(rows: Sequence[Row]) -> set[int]:
    """Offsets of "unreviewed polyphones": rows whose reading no editor has fixed although the
    engine guessed it ("guess") or the source printed another reading ("hint"). Same rule as
    ``edition.readings.engine.unreviewed``, which the proof mode of the booklet uses."""
    return {
        row.offset
        for row in rows
        if row.origin not in ("override", "glossary") and {"guess", "hint"} & set(row.flags)
    }


_HEADER = (
    "shown",
    "source",
    "char",
    "context",
    "reading",
    "origin",
    "phrase",
    "model",
    "p",
    "hint",
    "flags",
    "doubt",
    "evidence",
)


def format_review(rows: Sequence[Row], tsv: bool = False) -> str:
    """The review table as text: TSV with a header row, or aligned columns for reading."""
    table = [_HEADER]
    for r in rows:
        table.append(
            (
                r.shown or str(r.offset),
                str(r.loc) if r.loc else "",
                r.char,
                r.context,
                label(r.reading, "marks") or r.reading,
                r.origin,
                r.phrase or "",
                r.model or "",
                f"{r.confidence:.2f}" if r.confidence is not None else "",
                r.hint or "",
                ",".join(r.flags),
                f"{r.doubt:.3f}" if r.doubt is not None else "",
                r.evidence,
            )
        )
    if tsv:
        return "".join("\t".join(row) + "\n" for row in table)
    widths = [max(display_columns(row[c]) for row in table) for c in range(len(_HEADER))]
    lines = []
    for row in table:
        cells = [
            cell + " " * (w - display_columns(cell)) for cell, w in zip(row, widths, strict=True)
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines) + "\n"
