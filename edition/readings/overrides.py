"""The editor's readings over the engine's: overrides from the notes file, glossary readings,
and the readings the source printed inline (hints).

Overrides are applied after lookup; pypinyin's process-wide dictionaries are never changed. An
override never breaks a dictionary word: a whole-article override of one character (著: zhe)
applies only where no word of two or more characters covers that character, and warns naming
each word it was kept out of (顯著); an anchored override applies at its one place, always.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from edition.errors import Problem
from edition.model import Reading, ReadingOverride
from edition.text.script import lookup_copy


def apply_overrides(
    display: str,
    readings: list[Reading | None],
    overrides: list[ReadingOverride],
    spans_for_anchored: Mapping[int, tuple[int, int]] | None = None,
    *,
    lookup: str | None = None,
    disputed: frozenset[int] = frozenset(),
    unsure: frozenset[int] | None = None,
    words: Mapping[int, tuple[int, int]] | None = None,
) -> tuple[list[Reading | None], list[Problem]]:
    """Apply the editor's readings to the engine's, per word, per occurrence, per character.

    ``display`` is the displayed text (``readings`` has one entry per character of it); words
    are found in ``display`` and, when given, also in the Simplified ``lookup`` copy (as
    written and converted to Simplified), so an override in either script matches text in
    either script. ``spans_for_anchored`` maps
    ``id(override)`` (or the override's index in ``overrides``) to the (start, end) span the
    caller resolved for an anchored override. Order of strength: whole-article word overrides,
    then single-character defaults lose to longer words, and anchored overrides win over all.
    ``words`` maps an offset to the span of the dictionary word covering it (from
    :func:`edition.readings.engine.analyse`; computed from ``lookup`` when not given): a
    whole-article override is not applied where it would break such a word.

    Problems: an error for a wrong syllable count or an invalid syllable; a warning for an
    override the engine already agrees with everywhere ("redundant") or that never occurs.
    ``disputed``: offsets where the source's inline reading differs from the engine's; an
    override covering one settles that dispute, so it is not redundant. Nor is one covering a
    character the engine is unsure of (``unsure``, from :func:`read_with_doubts`; computed
    from ``lookup`` when not given): it records the editor's review.
    """
    from edition.readings.styles import label, parse_syllable

    spans_for_anchored = spans_for_anchored or {}
    if words is None or unsure is None:
        # the pipeline passes both from its (cached) analysis: the engine only for other callers
        from edition.readings.engine import default_engine, unreviewed, word_spans
    if words is None:
        simple = lookup if lookup and len(lookup) == len(readings) else lookup_copy(display)
        words = word_spans(default_engine().details(simple)) if len(simple) == len(readings) else {}
    if unsure is not None:
        unsure_at = set(unsure)
    else:
        unsure_at = (
            unreviewed(lookup, readings) if lookup and len(lookup) == len(readings) else set()
        )
    out = list(readings)
    problems: list[Problem] = []
    valid: list[tuple[int, ReadingOverride, tuple[str, ...]]] = []
    for k, ov in enumerate(overrides):
        if len(ov.syllables) != len(ov.word):
            problems.append(
                Problem(
                    ov.loc,
                    f"reading override '{ov.word}': {len(ov.syllables)} syllables "
                    f"for {len(ov.word)} characters",
                )
            )
            continue
        try:
            syls = tuple(parse_syllable(s) for s in ov.syllables)
        except ValueError as exc:
            problems.append(Problem(ov.loc, f"reading override '{ov.word}': {exc}"))
            continue
        valid.append((k, ov, syls))

    def spans_of(word: str) -> list[int]:
        found = set()
        for text, w in ((display, word), (lookup, word), (lookup, lookup_copy(word))):
            if not text:
                continue
            start = text.find(w)
            while start >= 0:
                found.add(start)
                start = text.find(w, start + 1)
        return sorted(found)

    # shortest first so longer words and anchored overrides win where they overlap
    order = sorted(valid, key=lambda t: (t[1].anchor is not None, len(t[1].word)))
    for k, ov, syls in order:
        if ov.anchor is not None:
            span = spans_for_anchored.get(id(ov), spans_for_anchored.get(k))
            if span is None:
                continue  # the anchor stage reports unresolved anchors
            starts = [span[0]] if span[1] - span[0] == len(ov.word) else []
        else:
            starts = spans_of(ov.word)
            kept_out: dict[str, tuple[int, int]] = {}
            found, applied = bool(starts), []
            for st in starts:
                broken = _broken_word(words, st, st + len(ov.word))
                if broken is None:
                    applied.append(st)
                    continue
                a, b = broken
                if any(
                    out[k] is None or out[k].syllable != syl
                    for k, syl in zip(range(st, st + len(syls)), syls, strict=True)
                ):
                    kept_out.setdefault(display[a:b], broken)
            starts = applied
            for word, (a, b) in kept_out.items():
                said = " ".join(
                    label(r.syllable, "marks") or r.syllable for r in readings[a:b] if r
                )
                problems.append(
                    Problem(
                        ov.loc,
                        f"reading override '{ov.word}' is not applied inside the word "
                        f"'{word}' ({said}): it would break the word; anchor the override "
                        "(exact, prefix, suffix) to change one place",
                        "warning",
                    )
                )
            if found and not starts:
                if not kept_out:
                    problems.append(_redundant(ov, syls))
                continue
        if not starts:
            problems.append(
                Problem(ov.loc, f"reading override '{ov.word}': word not found", "warning")
            )
            continue
        agrees = True
        for start in starts:
            for j, syl in enumerate(syls):
                old = out[start + j]
                if old is None or old.syllable != syl:
                    agrees = False
                out[start + j] = Reading(syl, "override")
        settles = any(
            s + j in disputed or s + j in unsure_at for s in starts for j in range(len(syls))
        )
        if (
            agrees
            and not settles
            and all(
                readings[s + j] is not None and readings[s + j].syllable == syl
                for s in starts
                for j, syl in enumerate(syls)
            )
        ):
            problems.append(_redundant(ov, syls))
    return out, problems


def _redundant(ov: ReadingOverride, syls: tuple[str, ...]) -> Problem:
    return Problem(
        ov.loc,
        f"reading override '{ov.word}' is redundant: the engine already reads {' '.join(syls)}",
        "warning",
    )


def _broken_word(
    words: Mapping[int, tuple[int, int]], start: int, end: int
) -> tuple[int, int] | None:
    """The dictionary word an override of ``[start, end)`` would break: one covering a single
    overridden character, or one that crosses an edge of a longer override (an override of
    部分 inside 一部分 is the editor's word and applies)."""
    for k in range(start, end):
        span = words.get(k)
        if span is None:
            continue
        a, b = span
        if end - start == 1 and (a < start or b > end):
            return span  # a single character inside a longer word
        if (a < start < b < end) or (start < a < end < b):
            return span  # a word across the edge of the override
    return None


def _hinted(
    readings: list[Reading | None], hints: Mapping[int, str]
) -> Iterator[tuple[int, str, Reading, bool]]:
    """Per offset the source gave an inline reading for, in order, where the hint parses and
    the engine read the character: the offset, the hint, the engine's reading and whether
    they say the same (``_same``). A malformed hint is the clean stage's to report."""
    from edition.readings.styles import parse_syllable

    for off in sorted(hints):
        try:
            want = parse_syllable(hints[off])
        except ValueError:
            continue
        got = readings[off] if 0 <= off < len(readings) else None
        if got is not None:
            yield off, want, got, _same(got.syllable, want)


def disputes(readings: list[Reading | None], hints: Mapping[int, str]) -> list[int]:
    """Offsets where the engine's reading differs from the source's inline reading."""
    return [off for off, _, _, same in _hinted(readings, hints) if not same]


def confirmed_by_hints(readings: list[Reading | None], hints: Mapping[int, str]) -> set[int]:
    """The offsets whose reading is the one the source printed inline (銀行(hang2)): its author
    read it so, which settles a guess as an override would."""
    return {off for off, _, _, same in _hinted(readings, hints) if same}


def compare_hints(
    readings: list[Reading | None],
    hints: Mapping[int, str],
    locs: Mapping[int, object] | None = None,
    display: str = "",
) -> list[Problem]:
    """Warnings where the engine's reading differs from the reading the source showed inline.

    ``hints`` maps an offset in the text to the syllable the source printed (any notation
    ``parse_syllable`` accepts); ``locs`` optionally maps offsets to SourceLocation.
    """
    from edition.readings.styles import label

    problems = []
    for off, want, got, same in _hinted(readings, hints):
        if same or got.origin == "override":
            continue  # an override is the editor's decision on the dispute
        ch = display[off] if off < len(display) else ""
        problems.append(
            Problem(
                locs.get(off) if locs else None,
                f"reading of '{ch}': the source shows {label(want, 'marks')}, "
                f"the engine reads {label(got.syllable, 'marks')} ({got.origin}); "
                "add a reading override if the source is right",
                "warning",
            )
        )
    return problems


# The spoken forms of 一 and 不 before another tone, which annotators print and the engine does
# not (its readings are citation forms unless an edition asks for sandhi).
_SANDHI = {"yi1": ("yi2", "yi4"), "bu4": ("bu2",)}


def _same(got: str, shown: str) -> bool:
    """Whether the engine's reading ``got`` and the one a source printed say the same: also
    erhua written out (er), 一 and 不 with their tone sandhi (不要 bú, 一定 yí), and a neutral
    tone the dictionary gives where the source printed the character's own tone (差不多 bu,
    東西 xi: annotators print citation tones)."""
    if got == shown or ({got, shown} <= {"r", "er5", "er2"} and "r" in (got, shown)):
        return True
    if shown in _SANDHI.get(got, ()):
        return True
    return got.endswith("5") and got[:-1] == shown[:-1]


def apply_glossary(
    display: str,
    readings: list[Reading | None],
    entries: list,
    spans: Mapping[str, list],
) -> tuple[list[Reading | None], list[Problem]]:
    """Print each glossary entry's ``reading`` over every occurrence of its word.

    ``entries`` are ``GlossaryEntry`` objects; ``spans`` maps an entry id to the spans (with
    ``start``/``end`` in ``display``) where its word occurs. Where a reading override already
    gives the word another reading, the override stays and a warning names both.
    """
    from edition.readings.styles import label

    out = list(readings)
    problems: list[Problem] = []
    for entry in entries:
        if not entry.reading:
            continue
        for span in spans.get(entry.id, []):
            offsets = [i for i in range(span.start, span.end) if out[i] is not None]
            if len(offsets) != len(entry.reading):
                continue  # the notes stage reports a syllable count that does not fit
            clash = [
                i
                for i, syl in zip(offsets, entry.reading, strict=True)
                if out[i].origin == "override" and out[i].syllable != syl
            ]
            if clash:
                given = " ".join(label(out[i].syllable, "marks") or "" for i in offsets)
                want = " ".join(label(s, "marks") or s for s in entry.reading)
                problems.append(
                    Problem(
                        entry.loc,
                        f"glossary word '{entry.word}' reads {want}, but a reading override "
                        f"prints {given} over '{display[span.start : span.end]}'; make them "
                        "agree",
                        "warning",
                    )
                )
                continue
            for i, syl in zip(offsets, entry.reading, strict=True):
                if out[i].origin != "override":
                    out[i] = Reading(syl, "glossary")
    return out, problems
