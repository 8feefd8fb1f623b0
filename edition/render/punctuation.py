"""Adjacent full-width punctuation set the way a Chinese typesetter sets it (W3C clreq 3.1.6).

A full-width mark is one em: its ink in one part of the box, blank in the rest. Where two marks
meet (``。」``, ``」，「``, ``：「``, ``）。``), the blanks between their inks add up to an em or
more; clreq (and jlreq, whose rules it follows) has a pair of marks take 1.5 em instead of 2:
the mark whose blank half faces the other is set half-width (here: half an em and
:data:`MARGIN`, which keeps text extractors reading the two marks as one word).

Where the blank is depends on the face: Simplified faces set ``，。、：；！？`` in the left
corner (blank right half), Traditional and Hong Kong faces set them centred (a quarter em of
blank on each side); brackets and quotes are alike in both. The shipped Noto Serif CJK says
so itself in its ``halt`` feature (half-width alternates): ``(0, -500)`` trims a blank right
half, ``(-500, -500)`` a blank left half, ``(-250, -500)`` a quarter on each side of a centred
mark. :func:`add_chws` reads those values and writes the contextual rule into the face as the
OpenType feature ``chws`` (contextual half-width spacing, which Noto CJK lacks):

* a mark with a blank right half (closing bracket or quote; a Simplified stop or comma)
  followed by any mark is set half-width (``。」`` ``」」`` ``，「`` ``」。``);
* otherwise a mark with a blank left half (opening bracket or quote) that follows a mark is
  set half-width (``「『`` ``（《``; Traditional ``，「`` ``：「``): the mark before it takes
  half an em less room, which puts the inks where the opening mark's ``halt`` would, without
  drawing a glyph back over the one before it (text extractors read that as a new line);
* a centred mark is never trimmed: its blanks are a quarter em, and trimming one side would
  set it off centre (Traditional ``。」`` keeps its width, as clreq's Taiwanese style does).

So a pair loses half an em at most, and ``」，「`` takes two ems. At the end of a justified
line, a closing mark (or a Simplified point mark) hangs its blank half past the edge, so that
its ink ends flush (:func:`line_end_blank`, used by ``edition/render/justify.py``): the line is
set as if the mark were half-width, without a second layout. The first mark of
closing + opening is the one trimmed, so when a line breaks between them, the closing mark at
the end of the line has no blank to hold the justified edge off, and the opening mark at the
start of the next keeps its full width.

The layouts turn it on with ``font-feature-settings: "chws"`` (``layouts/_shared/base.css``);
a layout that wants the uncompressed Taiwanese style sets ``font-feature-settings: normal``.
Being part of the font, it costs nothing at layout time, adds no markup and leaves the text
layer alone: the PDF keeps the same glyphs and characters, only their positions change.

Between two marks where a line may break (``，「`` ``：“``) ``edition/render/inline.py``
writes a zero-width space U+200B, not its stretchable U+0020: WeasyPrint stretches a U+0020
through a letter-spacing attribute, which makes Pango shape the text on either side apart,
so the font never sees the pair on a justified line. HarfBuzz skips U+200B when it matches a
context. In the Han face (zero-width spaces) a rule with a space between the two marks is
added too; in faces where the space has its width, a space between two marks keeps them
apart as written.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fontTools.ttLib import TTFont

log = logging.getLogger(__name__)

FEATURE = "chws"
# The full-width marks the feature may set half-width, in any face (brackets, quotes, point
# marks): between two of them a line may break, but they must stay in one shaped run.
MARKS = frozenset("，。、；：？！「」『』（）《》〈〉【】〔〕〖〗［］｛｝“”‘’・．")
# Marks whose right half is blank in every face (closing brackets and quotes), and the point
# marks that Simplified faces set in the left corner (Traditional and Hong Kong ones centre
# them). tests/test_punctuation.py checks both against the faces' own ``halt`` values.
CLOSING = frozenset("」』）》〉】〕〗］｝”’")
CORNER_POINTS = frozenset("，。、；：？！．")


def line_end_blank(char: str, variant: str) -> float:
    """The blank (em) at the right of ``char`` that may stand past the justified edge when it
    ends a line, so that its ink ends flush with the lines above and below: half an em for a
    closing mark, and for a point mark of a Simplified face; 0 for anything else (a centred
    mark keeps its quarter em, as it does between two marks)."""
    if char in CLOSING or (variant == "SC" and char in CORNER_POINTS):
        return 0.5
    return 0.0


# Point marks (点号) that count as marks next to a bracket even where the face gives them no
# half-width form (the Traditional face has none for its centred ？).
POINT_MARKS = "，。、；：？！"
# What a trimmed mark keeps of its blank half, in ems (see add_chws).
MARGIN = 0.02


def half_widths(font: TTFont) -> dict[str, tuple[int, int]]:
    """Glyph name -> (x placement, x advance) of the face's ``halt`` feature."""
    gpos = font["GPOS"].table
    values: dict[str, tuple[int, int]] = {}
    for record in gpos.FeatureList.FeatureRecord:
        if record.FeatureTag != "halt":
            continue
        for index in record.Feature.LookupListIndex:
            lookup = gpos.LookupList.Lookup[index]
            if lookup.LookupType != 1:
                continue
            for sub in lookup.SubTable:
                glyphs = sub.Coverage.glyphs
                records = [sub.Value] * len(glyphs) if sub.Format == 1 else sub.Value
                for glyph, value in zip(glyphs, records, strict=True):
                    if value is None:
                        continue
                    move = getattr(value, "XPlacement", 0) or 0
                    advance = getattr(value, "XAdvance", 0) or 0
                    values.setdefault(glyph, (move, advance))
    return values


def add_chws(font: TTFont, *, across_spaces: bool) -> set[str]:
    """Write the feature ``chws`` (module doc) into ``font``'s GPOS; return the changed tables.

    ``across_spaces``: also when a space glyph stands between the two marks (the Han face,
    whose spaces are zero-width). A face without ``halt`` is left as it is.
    """
    if "GPOS" not in font:
        return set()
    halves = half_widths(font)
    if not halves:
        log.debug("no halt feature in %s: no punctuation compression", font)
        return set()
    cmap = font.getBestCmap()
    right = sorted(g for g, (move, adv) in halves.items() if move == 0 and adv < 0)
    left = sorted(g for g, (move, adv) in halves.items() if move == adv < 0)
    marks = set(halves) | {cmap[ord(c)] for c in POINT_MARKS if ord(c) in cmap}
    rank = font.getReverseGlyphMap()
    not_right = sorted(marks - set(right))
    # Half an em, less MARGIN: a glyph box overlapping the one before it by half an em or
    # more starts a new line for poppler (pdftotext printed "：\n“"); the inks stand
    # MARGIN further apart than halt would set them, which no eye sees.
    units = font["head"].unitsPerEm
    trim = min(adv for _, adv in halves.values()) + round(MARGIN * units)

    gpos = font["GPOS"].table
    lookups = gpos.LookupList.Lookup
    narrower = len(lookups)
    lookups.append(_single_pos({g: (0, trim) for g in sorted(marks)}, rank))
    # Either way the first mark of the pair is the narrower one: an opening mark's blank
    # left half is taken from the advance of the mark before it, so that no glyph is drawn
    # back over the one before it.
    rules = [(right, [sorted(marks)]), (not_right, [left])]
    space = [cmap[0x20]] if across_spaces and 0x20 in cmap else []
    if space:
        rules += [(right, [space, sorted(marks)]), (not_right, [space, left])]
    context = len(lookups)
    lookups.append(_chain_lookup([([], glyphs, ahead, narrower) for glyphs, ahead in rules], rank))
    gpos.LookupList.LookupCount = len(lookups)
    _add_feature(gpos, FEATURE, [context])
    return {"GPOS"}


def _single_pos(values: dict[str, tuple[int, int]], rank: dict[str, int]):
    from fontTools.otlLib.builder import buildSinglePosSubtable
    from fontTools.ttLib.tables import otTables as ot  # noqa: N813 (fontTools' own name)

    subtable = buildSinglePosSubtable({g: _value(*v) for g, v in values.items()}, rank)
    lookup = ot.Lookup()
    lookup.LookupType = 1
    lookup.LookupFlag = 0
    lookup.SubTable = [subtable]
    lookup.SubTableCount = 1
    return lookup


def _value(move: int, advance: int):
    from fontTools.ttLib.tables import otTables as ot  # noqa: N813 (fontTools' own name)

    value = ot.ValueRecord()
    if move:
        value.XPlacement = move
    value.XAdvance = advance
    return value


def _coverage(glyphs: list[str], rank: dict[str, int]):
    from fontTools.otlLib.builder import buildCoverage

    return buildCoverage(glyphs, rank)


def _chain_lookup(
    rules: list[tuple[list[list[str]], list[str], list[list[str]], int]], rank: dict[str, int]
):
    """One chained-context lookup (type 8, format 3 subtables): for each rule (backtrack
    classes nearest first, input glyphs, lookahead classes, lookup to apply to the input)."""
    from fontTools.ttLib.tables import otTables as ot  # noqa: N813 (fontTools' own name)

    subtables = []
    for backtrack, glyphs, lookahead, index in rules:
        sub = ot.ChainContextPos()
        sub.Format = 3
        sub.BacktrackCoverage = [_coverage(g, rank) for g in backtrack]
        sub.BacktrackGlyphCount = len(backtrack)
        sub.InputCoverage = [_coverage(glyphs, rank)]
        sub.InputGlyphCount = 1
        sub.LookAheadCoverage = [_coverage(g, rank) for g in lookahead]
        sub.LookAheadGlyphCount = len(lookahead)
        record = ot.PosLookupRecord()
        record.SequenceIndex = 0
        record.LookupListIndex = index
        sub.PosLookupRecord = [record]
        sub.PosCount = 1
        subtables.append(sub)
    lookup = ot.Lookup()
    lookup.LookupType = 8
    lookup.LookupFlag = 0
    lookup.SubTable = subtables
    lookup.SubTableCount = len(subtables)
    return lookup


def _add_feature(gpos, tag: str, lookup_indices: list[int]) -> None:
    """Add feature ``tag`` to every script and language of ``gpos``, keeping the feature list
    sorted by tag (HarfBuzz looks features up by binary search)."""
    from fontTools.ttLib.tables import otTables as ot  # noqa: N813 (fontTools' own name)

    records = gpos.FeatureList.FeatureRecord
    at = 0
    while at < len(records) and records[at].FeatureTag <= tag:
        at += 1
    record = ot.FeatureRecord()
    record.FeatureTag = tag
    record.Feature = ot.Feature()
    record.Feature.FeatureParams = None
    record.Feature.LookupListIndex = list(lookup_indices)
    record.Feature.LookupCount = len(lookup_indices)
    records.insert(at, record)
    gpos.FeatureList.FeatureCount = len(records)
    for script in gpos.ScriptList.ScriptRecord:
        systems = [script.Script.DefaultLangSys] + [r.LangSys for r in script.Script.LangSysRecord]
        for system in systems:
            if system is None:
                continue
            indices = [i + 1 if i >= at else i for i in system.FeatureIndex]
            system.FeatureIndex = sorted([*indices, at])
            system.FeatureCount = len(system.FeatureIndex)
            if system.ReqFeatureIndex != 0xFFFF and system.ReqFeatureIndex >= at:
                system.ReqFeatureIndex += 1
