"""The ordered stages from a notes file to a PDF; each stage's result feeds the next.

load -> clean -> convert -> anchor -> readings -> segment -> HTML -> PDF. Stages 1-6 finish and
every problem is collected before anything is written; the PDF goes to a temporary file that
is renamed into place, so a failed build leaves the previous edition untouched.
"""

from __future__ import annotations

import itertools
import logging
import re
import time
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from edition.cache import cached
from edition.errors import EditionError, Problem
from edition.model import Note, Paragraph, Reading, ReadingOverride, Token
from edition.notes import corrections as corrections_stage
from edition.notes.anchor import Resolver, Span
from edition.notes.layer import Edition, Layer, load_layer
from edition.notes.markup import plain_text, render_inline
from edition.pipeline.structure import Structure
from edition.readings import overrides as overrides_stage
from edition.readings.analysis import Analysis, unreviewed_among
from edition.readings.known import known_words
from edition.readings.neutral import apply_neutral
from edition.readings.prose import convert_prose
from edition.readings.styles import label as style_label
from edition.render.layouts import Layout, LayoutSearch, paper_problem
from edition.text import clean as clean_stage
from edition.text.clean import CleanText
from edition.text.headline import headline_span
from edition.text.script import (
    HANT_SCRIPTS,
    Converted,
    by_reading,
    convert_text,
)
from edition.text.segment import is_han, split_line
from edition.text.source import SourceText, load_source
from edition.text.verse import poem_lines
from edition.text.words import name_parts, word_ends

log = logging.getLogger(__name__)
# The modules whose code decides what the clean stage returns (for its cache key).
READINGS_MODULES = (
    "edition.readings.engine",
    "edition.readings.analysis",
    "edition.readings.context",
    "edition.readings.doubt",  # the proof list (``Analysis.guesses``) is cut from its score
    "edition.readings.lexicon",
    "edition.readings.words",
    "edition.readings.grammar",
    "edition.readings.rules",
    "edition.readings.register",
    "edition.readings.source_forms",
    "edition.readings.topics",
    "edition.readings.styles",
    "edition.model",
)
WORDS_MODULES = ("edition.text.words",)
CLEAN_MODULES = (
    "edition.text.clean",
    "edition.text.damage",
    "edition.text.mojibake",
    "edition.text.charfreq",
    "edition.text.classlm",
    "edition.text.inline_readings",
    "edition.text.punct",
    "edition.text.leftovers",
    "edition.text.selectors",
    "edition.text.hidden",
    "edition.text.source",
    "edition.text.formats",
    "edition.text.formats.blocks",
    "edition.text.segment",
    "edition.text.unwrap",
    "edition.text.windows1252",
    "edition.text.crossdecode",
    "edition.text.utf8gbk",
    "edition.model",
    "edition.errors",
)


@dataclass(slots=True)
class Timings:
    """CPU and wall seconds per stage, for progress lines and bench/run.py."""

    stages: dict[str, tuple[float, float]] = field(default_factory=dict)
    _t: tuple[float, float] = (0.0, 0.0)

    def start(self) -> None:
        self._t = (time.process_time(), time.perf_counter())

    def stop(self, name: str) -> None:
        cpu, wall = time.process_time() - self._t[0], time.perf_counter() - self._t[1]
        old = self.stages.get(name, (0.0, 0.0))
        self.stages[name] = (old[0] + cpu, old[1] + wall)
        self.start()


@dataclass(slots=True)
class Prepared:
    """Stages 1-6 done: everything the templates need, and the warnings found."""

    layer: Layer
    edition: Edition
    layout: Layout
    lang: str
    paragraphs: list[Paragraph]
    notes: list[Note]
    glossary: list[dict]
    corrections: list[dict]
    warnings: list[Problem]
    text: str  # the displayed text
    source: SourceText  # the article as read: where its characters stand, for warnings


def _lang(layer: Layer, edition: Edition, cleaned: str) -> str:
    if edition.script in HANT_SCRIPTS:
        return "zh-Hant"
    if edition.script == "t2s":
        return "zh-Hans"
    declared = str(layer.meta.get("language", ""))
    if declared:
        return declared
    from edition.text.script import lookup_copy, written_traditional

    return "zh-Hant" if written_traditional(cleaned, lookup_copy(cleaned)) else "zh-Hans"


def load(notes: Path, layouts: Sequence[Path] = ()) -> Layer:
    """Read a notes file. Its editions' layouts are looked up in ``layouts`` (``--layouts``),
    then in ``layouts/`` beside the notes file, then among the built-in ones; an unknown name
    is reported with the file's other problems."""
    search = LayoutSearch.for_notes(notes, layouts)
    layer = load_layer(notes, search.names(), paper_problem)
    layer.layout_dirs = search.dirs
    return layer


def layout_search(layer: Layer) -> LayoutSearch:
    """Where the layouts of ``layer``'s editions are found."""
    if layer.layout_dirs:
        return LayoutSearch(layer.layout_dirs)
    return LayoutSearch.for_notes(layer.path)


def clean_article(layer: Layer, source: SourceText | None = None) -> CleanText:
    """The layer's article cleaned (cached: same text and code, same result), then corrected."""
    source = source or load_source(layer.article)
    cleaned = cached("clean", source.cache_key(), CLEAN_MODULES, lambda: clean_stage.clean(source))
    return corrections_stage.apply_corrections(cleaned, layer.corrections)


def prepare(
    layer: Layer,
    edition: Edition,
    timings: Timings | None = None,
    progress: Callable[[str], None] | None = None,
) -> Prepared:
    """Run stages 1-6 for one edition of a notes file; raise EditionError on any error."""
    timings = timings or Timings()
    progress = progress or (lambda _msg: None)
    layout = layout_search(layer).load(edition.layout, edition.layout_loc or edition.loc)
    # Options the edition leaves unset come from the layout's defaults, here and only here.
    # A reading style asked for by name (the reader with 'style: zhuyin') wants readings
    # printed, whatever the layout's default says.
    pinyin = edition.pinyin or layout.pinyin
    if edition.pinyin is None and edition.style not in (None, "none") and pinyin == "none":
        pinyin = "all"
    edition = replace(
        edition,
        pinyin=pinyin,
        style="none" if pinyin == "none" else edition.style or layout.style,
        notes=edition.notes or layout.notes,
    )
    timings.start()

    progress("load")
    source = load_source(layer.article)
    timings.stop("load")

    progress("clean")
    cleaned = clean_article(layer, source)
    errors = [p for p in cleaned.problems if p.level == "error"]
    if errors:
        raise EditionError(errors)
    warnings = [
        *layer.warnings,
        *source.problems,
        *(p for p in cleaned.problems if p.level == "warning"),
    ]
    timings.stop("clean")

    progress("convert")
    conv = convert_text(cleaned.text, edition.script)
    lang = _lang(layer, edition, cleaned.text)
    timings.stop("convert")

    progress("anchor")
    resolver = Resolver(cleaned.text, cleaned.loc)
    problems: list[Problem] = []
    headline = headline_span(
        conv.display, plain_text(str(layer.meta["title"])), layer.meta.get("title_in_text")
    )
    notes = _anchor_notes(layer, resolver, conv, problems)
    gloss_spans = _anchor_glossary(layer, resolver, conv, problems)
    if headline is not None:
        _outside_headline(headline, notes, gloss_spans, layer, problems)
    occurrence_spans: dict[ReadingOverride, Span] = {}
    for ov in layer.overrides:
        if ov.anchor is not None:
            span = resolver.resolve(ov.anchor, f"reading '{ov.word}'", ov.loc)
            if isinstance(span, Problem):
                problems.append(span)
            else:
                occurrence_spans[ov] = _to_display(span, conv)
    if problems:
        raise EditionError(problems)
    timings.stop("anchor")

    progress("readings")
    register = str(layer.meta.get("register", "auto"))
    # the engine reads the Simplified copy: a character the source writes otherwise (髮 for 发)
    # keeps the only reading it has (source_forms, which needs the whole lexicon: cached with
    # the analysis, so a warm build loads neither)
    n = len(cleaned.text)
    origin = "".join(
        cleaned.text[b] if b < n else conv.lookup[i]
        for i, b in enumerate(conv.back[: len(conv.lookup)])
    )

    def analyse() -> tuple[Analysis, list]:
        # the engine and its tables are imported here, on a miss of the cache only: a warm
        # build unpickles the analysis (edition.readings.analysis) and never loads them
        from edition.readings import engine as readings_stage
        from edition.readings.topics import printed_readings

        found = readings_stage.analyse(conv.lookup, sandhi=edition.sandhi, register=register)
        details = readings_stage.default_engine().details(
            conv.lookup, register=register, doubts=False
        )
        return found, printed_readings([origin], [conv.lookup], [found.readings], [details])[0]

    analysis, settled = cached(
        "readings",
        f"{edition.sandhi}\0{conv.lookup}"
        + ("" if register == "auto" else f"\0{register}")
        + ("" if origin == conv.lookup else f"\0{origin}"),
        READINGS_MODULES,
        analyse,
    )
    unsure = analysis.doubts
    hints = {conv.forward[i]: syl for i, syl in cleaned.hints.items()}
    locs = {i: cleaned.loc(conv.back[i]) for i in hints}
    disputed = frozenset(overrides_stage.disputes(settled, hints))
    spans = {id(ov): (span.start, span.end) for ov, span in occurrence_spans.items()}
    readings, ov_problems = overrides_stage.apply_overrides(
        conv.display,
        settled,
        layer.overrides,
        spans,
        lookup=conv.lookup,
        disputed=disputed,
        unsure=unsure,
        words=analysis.words,
    )
    errors = [p for p in ov_problems if p.level == "error"]
    if errors:
        raise EditionError(errors)
    warnings.extend(ov_problems)
    readings, gl_problems = overrides_stage.apply_glossary(
        conv.display, readings, layer.glossary, gloss_spans
    )
    warnings.extend(gl_problems)
    warnings.extend(overrides_stage.compare_hints(readings, hints, locs, conv.display))
    readings = apply_neutral(conv.lookup, readings, edition.neutral)
    # 著 read zhe becomes 着 in a Simplified edition: the reading decides what OpenCC could not
    conv = by_reading(conv, readings, edition.script)
    glossary = _glossary_context(layer, conv, readings, gloss_spans, edition)
    words = cached("segments", conv.lookup, WORDS_MODULES, lambda: word_ends(conv.lookup))
    shown = _pinyin_mask(conv, readings, edition, gloss_spans, layer, headline, words)
    timings.stop("readings")

    progress("segment")
    proof = set()
    if edition.proof:
        # a guess the source itself printed inline (銀行(hang2)) was read so by its author
        proof = unreviewed_among(readings, unsure) - overrides_stage.confirmed_by_hints(
            readings, hints
        )
    paragraphs = _segment(
        conv, readings, shown, notes, gloss_spans, cleaned, proof, headline, words
    )
    timings.stop("segment")
    corrections = [
        {
            "before": c.before,
            "after": c.after,
            "note": c.note,
            "where": str(cleaned.source.loc(c.start)),
        }
        for c in cleaned.changes
        # a correction that keeps its text confirms a flagged spot: nothing to list
        if c.kind == "correction" and c.before != c.after
    ]
    return Prepared(
        layer,
        edition,
        layout,
        lang,
        paragraphs,
        notes,
        glossary,
        corrections,
        warnings,
        conv.display,
        source,
    )


def _to_display(span: Span, conv: Converted) -> Span:
    return Span(conv.forward[span.start], max(conv.forward[span.end], conv.forward[span.start] + 1))


def _anchor_notes(
    layer: Layer, resolver: Resolver, conv: Converted, problems: list[Problem]
) -> list[Note]:
    placed = []
    for note in layer.notes:
        span = resolver.resolve(note.anchor, f"note '{note.id}'", note.loc)
        if isinstance(span, Problem):
            problems.append(span)
            continue
        shown = _to_display(span, conv)
        placed.append(Note(note.id, note.body, note.anchor, note.loc, None, shown.start, shown.end))
    placed.sort(key=lambda n: (n.end, n.start))
    for number, note in enumerate(placed, 1):
        note.number = number
    return placed


def _anchor_glossary(
    layer: Layer, resolver: Resolver, conv: Converted, problems: list[Problem]
) -> dict[str, list[Span]]:
    spans = {}
    for entry in layer.glossary:
        found = [_to_display(s, conv) for s in resolver.all_spans(entry.word)]
        if not found:
            problems.append(
                Problem(entry.loc, f"glossary word '{entry.word}' does not occur in the article")
            )
        spans[entry.id] = found
    return spans


def _outside_headline(
    headline: tuple[int, int],
    notes: list[Note],
    gloss_spans: dict[str, list[Span]],
    layer: Layer,
    problems: list[Problem],
) -> None:
    """The headline is printed as the title only: a note anchored there has no call to print,
    and a glossary word is marked at its first occurrence in the body."""
    start, end = headline
    for note in notes:
        if note.start is not None and note.start < end and note.end > start:
            problems.append(
                Problem(
                    note.loc,
                    f"note '{note.id}' is anchored in the article's first line, which is printed "
                    "as the title, not in the text; anchor it in the body (or set "
                    "'title_in_text: false' in 'meta' to print the line in the body too)",
                )
            )
    for entry in layer.glossary:
        found = gloss_spans.get(entry.id) or []
        body = [s for s in found if s.start >= end or s.end <= start]
        if found and not body:
            problems.append(
                Problem(
                    entry.loc,
                    f"glossary word '{entry.word}' occurs only in the article's first line, "
                    "which is printed as the title; remove the entry (or set "
                    "'title_in_text: false' in 'meta')",
                )
            )
        gloss_spans[entry.id] = body


def _glossary_context(
    layer: Layer,
    conv: Converted,
    readings: list[Reading | None],
    spans: dict[str, list[Span]],
    edition: Edition,
) -> list[dict]:
    out = []
    for entry in layer.glossary:
        found = spans.get(entry.id) or []
        syllables = entry.reading
        if not syllables and found:
            first = found[0]
            syllables = tuple(
                r.syllable for r in readings[first.start : first.end] if r is not None
            )
        reading = " ".join(
            filter(
                None,
                (
                    style_label(s, edition.style if edition.style != "none" else "marks")
                    for s in syllables
                ),
            )
        )
        out.append(
            {
                "id": entry.id,
                "word": conv.display[found[0].start : found[0].end]
                if found
                else convert_prose(entry.word, edition.script),
                "reading": reading,
                "pos": convert_prose(entry.pos, edition.script),
                "gloss": render_inline(convert_prose(entry.gloss, edition.script)),
                "level": entry.level,
            }
        )
    return out


def _pinyin_mask(
    conv: Converted,
    readings,
    edition: Edition,
    gloss_spans: dict[str, list[Span]],
    layer: Layer,
    headline: tuple[int, int] | None = None,
    word_bounds: list[int] = (),
) -> list[bool]:
    """Which characters get a printed reading, by the edition's 'pinyin' and 'known' options.

    ``headline``: the span of a first line that is not printed (its characters are not the
    first occurrences of anything). ``word_bounds``: the offsets where the text's words end.
    """
    n = len(conv.display)
    skip = range(*headline) if headline else range(0)
    if edition.pinyin == "none" or edition.style == "none":
        return [False] * n
    if edition.pinyin == "glossary":
        mask = [False] * n
        for found in gloss_spans.values():
            for span in found:
                mask[span.start : span.end] = [True] * (span.end - span.start)
    elif edition.pinyin == "first":
        mask, seen = [False] * n, set()
        for i, r in enumerate(readings):
            if r is not None and i not in skip and (conv.display[i], r.syllable) not in seen:
                seen.add((conv.display[i], r.syllable))
                mask[i] = True
    else:
        mask = [True] * n
    if edition.known:
        # A known word loses its readings as a whole, and only where it is a whole word of
        # the text (or several), or part of a word made of known words each read as it is
        # alone: 薄 is known, 薄荷 is not, so 薄荷 keeps both readings. A glossary word is to
        # be learnt: it keeps them too.
        bounds = {0, *word_bounds} - {i for i, r in enumerate(readings) if r and r.syllable == "r"}
        learnt = {i for found in gloss_spans.values() for s in found for i in range(s.start, s.end)}
        resolver = Resolver(conv.display, lambda i: None)
        parts: dict[int, list[int]] = {}  # start -> ends of known words read as when alone
        alone = _AloneReadings()
        for word in known_words(edition.known, layer.path.parent):
            for span in resolver.all_spans(word):
                if not learnt.isdisjoint(range(span.start, span.end)):
                    continue
                if span.start in bounds and span.end in bounds:
                    mask[span.start : span.end] = [False] * (span.end - span.start)
                elif alone.same(conv.lookup, readings, span.start, span.end):
                    parts.setdefault(span.start, []).append(span.end)
        for a, b in itertools.pairwise(sorted(bounds | {n})):
            if b - a > 1 and any(mask[a:b]) and _tiled(a, b, parts):
                mask[a:b] = [False] * (b - a)
    return mask


def _tiled(a: int, b: int, parts: dict[int, list[int]]) -> bool:
    """Whether known words laid end to end cover ``a:b`` exactly."""
    reach = {a}
    for i in range(a, b):
        if i in reach:
            reach.update(e for e in parts.get(i, ()) if e <= b)
    return b in reach


class _AloneReadings:
    """Whether a known word inside a longer word of the text is read there as it is alone: a
    text word made of such words (星期六: 星期 + 六, 坐满: 坐 + 满) is known too, but not one whose
    parts change their reading in it (薄荷 bòhe: 薄 báo, 荷 hé; 东西 dōngxi: 西 xī)."""

    def __init__(self) -> None:
        self._read: dict[str, tuple[str | None, ...]] = {}

    def same(self, lookup: str, readings, start: int, end: int) -> bool:
        word = lookup[start:end]
        got = self._read.get(word)
        if got is None:
            from edition.readings.engine import read  # only for editions with known words

            got = tuple(r.syllable if r else None for r in read(word))
            self._read[word] = got
        here = tuple(r.syllable if r else None for r in readings[start:end])
        return None not in here and here == got


def _segment(
    conv: Converted,
    readings,
    shown: list[bool],
    notes: list[Note],
    gloss_spans,
    cleaned,
    proof: set[int],
    headline: tuple[int, int] | None = None,
    word_bounds: list[int] = (),
) -> list[Paragraph]:
    """Tokens per line; ``proof``: offsets of unreviewed polyphones, marked for the proof mode;
    ``headline``: the span of the first line when it is printed as the title only;
    ``word_bounds``: where the text's words end (a heading breaks only there)."""
    note_at: dict[int, list[str]] = {}
    for note in notes:
        note_at.setdefault(note.end, []).append(note.id)
    first_gloss = {
        found[0].start: (gid, found[0].end) for gid, found in gloss_spans.items() if found
    }
    cuts = set(note_at) | {s for s in first_gloss} | {e for _, e in first_gloss.values()}
    cuts |= proof | {i + 1 for i in proof}
    structure = Structure(cleaned, conv) if cleaned.source.blocks else None
    if structure is not None:
        cuts |= structure.cuts
    names = sorted(name_parts(conv.lookup))
    # Sorted once, so that each line takes its own cuts and names by bisection: a scan of the
    # whole text's for every line grew with the square of the text (0.2 s at ten times the
    # bundled article).
    cut_list = sorted(cuts)
    # poem blocks of a plain text: title, byline, verse lines (the lookup copy, line for line)
    poem = {}
    if structure is None:
        lines = conv.lookup.split("\n")
        if headline is not None:  # printed as the title: no poem's title
            lines[conv.lookup.count("\n", 0, headline[0])] = ""
        poem = poem_lines(lines)
    kinds = _paragraph_kinds(conv.display.split("\n"), poem)
    paragraphs = []
    offset = 0
    for number, line in enumerate(conv.display.split("\n")):
        start = offset
        offset += len(line) + 1
        if headline is not None and start == headline[0]:
            continue
        if not line.strip():
            figure = structure.paragraph([], start) if structure is not None else None
            if figure is not None:
                paragraphs.append(figure)
            continue
        paragraph_kind = kinds[number]
        end = start + len(line)
        kind_here = structure.kind_at(start) if structure is not None else paragraph_kind
        heading = kind_here == "heading"
        units = _unbreakable(conv.lookup, start, end, names, word_bounds if heading else ())
        tokens = []
        inside = cut_list[bisect_right(cut_list, start) : bisect_left(cut_list, end)]
        local_cuts = frozenset(
            [c - start for c in inside] + [i - start for u in units for i in u if start < i < end]
        )
        for kind, s, e in split_line(line, local_cuts):
            a, b = start + s, start + e
            token = Token(
                text=line[s:e],
                lookup=conv.lookup[a:b],
                kind=kind,
                loc=cleaned.loc(conv.back[a]),
                start=a,
                readings=tuple(r if shown[i] else None for i, r in enumerate(readings[a:b], a))
                if kind == "han"
                else (),
            )
            token.note_ids = note_at.get(b, [])
            if a in first_gloss and first_gloss[a][1] >= b:
                token.glossary_id = first_gloss[a][0]
            if a in proof:
                token.marks.add("proof")
            if structure is not None:
                token.marks |= structure.marks_at(a)
            tokens.append(token)
        _mark_unbreakable(tokens, units)
        if paragraph_kind == "verse":  # one couplet a line, as a quatrain on one line is not
            paragraphs += [Paragraph(part, part[0].loc, "verse") for part in _couplets(tokens)]
            continue
        if structure is not None:
            paragraph = structure.paragraph(tokens, start)
            if paragraph is not None:
                paragraphs.append(paragraph)
            continue
        paragraphs.append(Paragraph(tokens, tokens[0].loc, paragraph_kind))
    return paragraphs


def _couplets(tokens: list[Token]) -> list[list[Token]]:
    """A verse line's tokens cut after each sentence's end (床前明月光，疑是地上霜。|举头…);
    a piece without Han characters (a trailing space) stays with the one before."""
    parts: list[list[Token]] = [[]]
    for token in tokens:
        parts[-1].append(token)
        mark = token.text.rstrip("”」』’）)")[-1:]
        if token.kind == "punct" and mark and mark in "。！？；!?;":
            parts.append([])
    out: list[list[Token]] = []
    for part in parts:
        if out and not any(t.kind == "han" for t in part):
            out[-1] += part
        elif part:
            out.append(part)
    return out


def _unbreakable(
    lookup: str, start: int, end: int, names: list[tuple[int, int]], word_bounds
) -> list[tuple[int, int]]:
    """Spans of the line ``start:end`` that a line break must not split: the parts of names
    (everywhere; ``names`` sorted), and words of two or more Han characters where
    ``word_bounds`` are given."""
    units = []
    for i in range(bisect_left(names, (start,)), len(names)):
        a, b = names[i]
        if a > end:
            break
        if b <= end:
            units.append((a, b))
    taken = {i for a, b in units for i in range(a, b)}
    bounds = [b for b in word_bounds if start < b <= end]
    for a, b in zip([start, *bounds], bounds, strict=False):
        if b - a >= 2 and all(is_han(ch) for ch in lookup[a:b]) and taken.isdisjoint(range(a, b)):
            units.append((a, b))
    return sorted(units)


def _mark_unbreakable(tokens: list[Token], units: list[tuple[int, int]]) -> None:
    """Mark the first and last token of each unit (``nowrap-open``, ``nowrap-close``)."""
    opening = {a for a, _ in units}
    closing = {b for _, b in units}
    for token in tokens:
        if token.start in opening:
            token.marks.add("nowrap-open")
        if token.start + len(token.text) in closing:
            token.marks.add("nowrap-close")


# A section's number as Chinese writes it: 三、 or （三）. A short line that opens with one is
# a heading even with a colon in it (三、讲给孩子听的小故事：小松鼠数松果); a sentence ends
# with a mark.
_NUMERALS = "[一二三四五六七八九十]{1,3}"
_SECTION_NUMBER = re.compile(rf"(?:{_NUMERALS}、|[（(]{_NUMERALS}[）)])\S")


def _paragraph_kinds(lines: list[str], poem: dict[int, str]) -> list[str]:
    """Each line's kind: a poem's, else :func:`_paragraph_kind`'s; a heading heads something,
    so the short lines that end the text (a letter's signature and date, 祝好) are body text,
    unless they open with a section's number (二、)."""
    kinds = [poem.get(n) or (_paragraph_kind(line) if line.strip() else "") for n, line in
             enumerate(lines)]  # fmt: skip
    for n in reversed(range(len(lines))):
        if kinds[n] not in ("heading", "") or _SECTION_NUMBER.match(lines[n].strip()):
            break  # a section's number says heading wherever it stands
        if kinds[n] == "heading":
            kinds[n] = "body"
    return kinds


def _paragraph_kind(line: str) -> str:
    text = line.strip()
    if text[:1] in ("圖", "图") and text[1:3].strip().startswith(("|", "｜")):
        return "caption"
    if (
        _SECTION_NUMBER.match(text)
        and len(text) <= 30
        and text[-1:] not in ("。", "，", "：", "；", "！", "？", "…", "”", "」", "）", ")")
    ):
        return "heading"
    if (
        len(text) <= 16
        and not any(c in text for c in "：:|｜/")
        and text[-1:] not in ("。", "，", "：", "；", "”", "」", "）", ")")
        and not text.startswith(("http", "“", "「"))
    ):
        return "heading"
    return "body"
