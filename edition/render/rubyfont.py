"""Glyph ruby: a font in which each (character, label) pair is one glyph (design/ruby.md).

Each glyph is the character's outline from a Noto Serif CJK face, with its label drawn from the
same face's Latin or bopomofo glyphs:

* ``placement="above"`` (pinyin, tone numbers): the label scaled by :data:`PINYIN_SCALE`,
  centred over the character on one baseline for all glyphs. A glyph's advance is 1 em, or
  wider when its label is wider than 1 em + 2 × :data:`MAX_OVERHANG`; the rest of a wide label
  overhangs its neighbours, and pair kerning (GPOS, one class per overhang step) adds just the
  space that keeps two labels :data:`LABEL_GAP` apart. Readings therefore never touch, and
  short ones are set solid. The ascent is raised to hold the label; the descent is chosen so
  that ``ascent - descent`` equals the face's, which keeps ruby, Han and Latin inline boxes
  on the same line at any fixed ``line-height``.
* ``placement="right"`` (zhuyin): the symbols in a column to the right of the character, tone
  mark to the right of the column (neutral-tone dot on top), fixed advance
  :data:`ZHUYIN_ADVANCE`.

The plain cmap maps each character to the glyph of its first label; a cmap format 14 subtable
maps ``char + chr(0xE0100 + k)`` (VS17 + k) to label ``k``: :meth:`RubyFont.encode`. Spaces
U+0020, U+00A0, U+200B are blank with zero advance; U+3000 is a blank 1 em; U+2007 and U+202F
are blank spacers (:func:`spacers`). The substitution only acts inside one shaped run, so
``edition/render/inline.py`` puts no justification space inside such a pair, and spacers where
a span boundary separates it.

Fonts are cached in ``cache_dir`` by a hash of the face file, the pairs, the placement and
:data:`FORMAT`; the bytes are deterministic (fixed ``head`` dates).
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

from edition.files import write_atomically

log = logging.getLogger(__name__)

FORMAT = 5
Placement = Literal["above", "right"]

VS_BASE = 0xE0100  # VS17
MAX_LABELS = 240  # VS17..VS256
PINYIN_SCALE = 0.42
LABEL_RAISE = 30  # font units between the top of the character box and the lowest label ink
LABEL_GAP = 130  # minimum space between two labels, font units
MAX_OVERHANG = 120  # how far a label may reach past its glyph's advance on each side
KERN_STEP = 10  # overhang classes are this many units apart
WIDEN_UNIT = 30  # widened glyph copies are this many units apart
ZHUYIN_SCALE = 0.40
ZHUYIN_ADVANCE = 1480
ZHUYIN_TONES = "ˊˇˋ˙"
FIXED_DATE = 0x7C259DC0  # 2020-01-01T00:00:00Z in seconds since 1904: no build time in the font

# Blank spacers that keep two readings apart. Both are Unicode line-break class GL (no break on
# either side) and WeasyPrint does not stretch them; the text layer drops them.
SPACER_WIDE, SPACER_WIDE_WIDTH = "\u2007", 80  # FIGURE SPACE
SPACER_FINE, SPACER_FINE_WIDTH = "\u202f", 10  # NARROW NO-BREAK SPACE
BLANKS = {
    "space": (0x20, 0),
    "uni00A0": (0xA0, 0),
    "uni200B": (0x200B, 0),
    "uni3000": (0x3000, 1000),
    "uni2007": (0x2007, SPACER_WIDE_WIDTH),
    "uni202F": (0x202F, SPACER_FINE_WIDTH),
}


def spacers(units: int) -> str:
    """Spacer characters at least ``units`` wide (within SPACER_FINE_WIDTH)."""
    wide, rest = divmod(max(units, 0), SPACER_WIDE_WIDTH)
    return SPACER_WIDE * wide + SPACER_FINE * math.ceil(rest / SPACER_FINE_WIDTH)


@dataclass(frozen=True, slots=True)
class RubyFont:
    """A built ruby font: its file and the labels of each character, first one the default."""

    path: Path
    placement: Placement
    labels: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # (char, label) -> overhang class: ceil((label overhang past the advance + gap/2) / step)
    steps: Mapping[tuple[str, str], int] = field(default_factory=dict)

    def kern(self, a: tuple[str, str], b: tuple[str, str]) -> int:
        """Units needed between glyphs ``a`` and ``b`` ((char, label) each); 0 if none.

        Inside one shaped run the font widens ``a`` by this much (rounded up); across a span
        boundary ``edition/render/inline.py`` writes :func:`spacers` instead.
        """
        if a not in self.steps or b not in self.steps:
            return 0
        return max(0, self.steps[a] + self.steps[b]) * KERN_STEP

    def encode(self, char: str, label: str) -> str:
        """The text that shows ``char`` with ``label``: the char, or char + variation selector.

        Raises KeyError when the pair is not in the font.
        """
        labels = self.labels.get(char, ())
        if label not in labels:
            raise KeyError((char, label))
        k = labels.index(label)
        return char if k == 0 else char + chr(VS_BASE + k)

    def has(self, char: str, label: str) -> bool:
        return label in self.labels.get(char, ())


def build_ruby_font(
    face: Path,
    pairs: Mapping[str, Sequence[str]],
    placement: Placement,
    cache_dir: Path,
) -> RubyFont:
    """Build (or find in ``cache_dir``) the ruby font for ``pairs``: char -> labels.

    ``face`` is a single-face OTF (``FontSet.latin_regular``). The first label of each char
    is its default glyph. A char missing from the face is left out, with a warning.
    """
    labels = {c: tuple(dict.fromkeys(ls))[:MAX_LABELS] for c, ls in sorted(pairs.items()) if ls}
    digest = hashlib.sha256()
    settings = (
        FORMAT,
        PINYIN_SCALE,
        LABEL_RAISE,
        LABEL_GAP,
        MAX_OVERHANG,
        KERN_STEP,
        ZHUYIN_SCALE,
        ZHUYIN_ADVANCE,
        SPACER_WIDE_WIDTH,
        SPACER_FINE_WIDTH,
        WIDEN_UNIT,
    )
    digest.update(f"{settings}:{placement}:{file_hash(face)}:".encode())
    digest.update(json.dumps(labels, ensure_ascii=False, sort_keys=True).encode())
    out = cache_dir / f"ruby-{placement}-{digest.hexdigest()[:20]}.otf"
    drawer = LabelDrawer(face)
    missing = [c for c in labels if not drawer.gid(c)]
    if missing:
        log.warning("ruby font: %s not in %s; printed without reading", "".join(missing), face.name)
    labels = {c: ls for c, ls in labels.items() if drawer.gid(c)}
    steps = {}
    if placement == "above":
        for c, ls in labels.items():
            for label in ls:
                advance, width = drawer.pinyin_box(label)
                steps[c, label] = math.ceil(((width - advance) / 2 + LABEL_GAP / 2) / KERN_STEP)
    if not out.exists():
        log.debug("building ruby font %s (%d chars)", out.name, len(labels))
        font = drawer.build(labels, placement)
        write_atomically(out, font.save)
    return RubyFont(path=out, placement=placement, labels=labels, steps=steps)


@lru_cache(maxsize=16)
def file_hash(path: Path) -> str:
    """A key for the face file: its name, size and modification time.

    The faces come from ``edition/render/fonts.py``, whose cache names already encode what they were
    made from; hashing 24 MB of content on every build cost ~0.1 s for nothing.
    """
    stat = path.stat()
    return f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}"


def with_width(charstring, old: int, width: int, encode):
    """A copy of a T2 charstring whose leading width operand ``old`` becomes ``width``."""
    from fontTools.misc.psCharStrings import T2CharString

    charstring.compile()
    prefix = encode(old)
    assert charstring.bytecode.startswith(prefix)
    return T2CharString(bytecode=encode(width) + charstring.bytecode[len(prefix) :])


def union(a, b):
    if a is None:
        return b
    if b is None:
        return a
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def set_bounds(font, boxes, metrics) -> None:
    """Fill head, hhea and CFF bounds from precomputed glyph boxes."""
    total = None
    for box in boxes.values():
        total = union(total, box)
    x0, y0, x1, y1 = (
        (math.floor(total[0]), math.floor(total[1]), math.ceil(total[2]), math.ceil(total[3]))
        if total
        else (0, 0, 0, 0)
    )
    head = font["head"]
    head.xMin, head.yMin, head.xMax, head.yMax = x0, y0, x1, y1
    hhea = font["hhea"]
    hhea.advanceWidthMax = max(adv for adv, _ in metrics.values())
    hhea.minLeftSideBearing = min((math.floor(b[0]) for b in boxes.values()), default=0)
    hhea.minRightSideBearing = min(
        (metrics[n][0] - math.ceil(b[2]) for n, b in boxes.items()), default=0
    )
    hhea.xMaxExtent = max((math.ceil(b[2]) for b in boxes.values()), default=0)
    font["CFF "].cff.topDictIndex[0].FontBBox = [x0, y0, x1, y1]


@dataclass(slots=True)
class Shaped:
    """A label's outlines placed at scale 1 from x = 0, and its ink extent."""

    glyphs: list[tuple[int, float, float]]  # gid, x, y
    left: float
    right: float


class LabelDrawer:
    """Draws characters and labels from one face with uharfbuzz."""

    def __init__(self, face: Path):
        import uharfbuzz as hb

        self.hb = hb
        self.font = hb.Font(hb.Face(hb.Blob.from_file_path(str(face))))
        extents = self.font.get_font_extents("ltr")
        self.ascender, self.descender = extents.ascender, extents.descender
        self.recordings: dict[int, object] = {}
        self.shaped: dict[str, Shaped] = {}

    def gid(self, char: str) -> int:
        return self.font.get_nominal_glyph(ord(char)) or 0

    def shape(self, text: str) -> Shaped:
        if text not in self.shaped:
            buf = self.hb.Buffer()
            buf.add_str(text)
            buf.guess_segment_properties()
            self.hb.shape(self.font, buf, {"kern": True, "liga": False})
            x, glyphs, left, right = 0.0, [], math.inf, -math.inf
            for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
                gx, gy = x + pos.x_offset, pos.y_offset
                glyphs.append((info.codepoint, gx, gy))
                ext = self.font.get_glyph_extents(info.codepoint)
                if ext.width:
                    left = min(left, gx + ext.x_bearing)
                    right = max(right, gx + ext.x_bearing + ext.width)
                x += pos.x_advance
            if left > right:
                left = right = 0.0
            self.shaped[text] = Shaped(glyphs, left, right)
        return self.shaped[text]

    def box(self, gid: int, t: tuple) -> tuple[float, float, float, float] | None:
        """Ink box of glyph ``gid`` under a scale-and-translate transform ``t``."""
        ext = self.font.get_glyph_extents(gid)
        if not ext.width:
            return None
        x0, y1 = ext.x_bearing, ext.y_bearing
        x1, y0 = x0 + ext.width, y1 + ext.height
        return (t[0] * x0 + t[4], t[3] * y0 + t[5], t[0] * x1 + t[4], t[3] * y1 + t[5])

    def draw(self, gid: int, pen, transform: tuple[float, float, float, float, float, float]):
        from fontTools.pens.recordingPen import RecordingPen
        from fontTools.pens.transformPen import TransformPen

        if gid not in self.recordings:
            rec = RecordingPen()
            self.font.draw_glyph_with_pen(gid, rec)
            self.recordings[gid] = rec
        self.recordings[gid].replay(TransformPen(pen, transform))

    # -- layout of one glyph -------------------------------------------------------------------

    def pinyin_box(self, label: str) -> tuple[int, float]:
        """Advance and ink width of a glyph whose label is ``label``, placed above."""
        shaped = self.shape(label)
        width = (shaped.right - shaped.left) * PINYIN_SCALE
        return max(1000, math.ceil(width - 2 * MAX_OVERHANG)), width

    def pinyin_baseline(self) -> float:
        """One baseline for every label: clears the character box and the deepest descender."""
        top = self.font.get_glyph_extents(self.gid("中")).y_bearing if self.gid("中") else 880
        top = max(top, 880)
        deepest = min(
            self.font.get_glyph_extents(self.gid(c)).y_bearing
            + self.font.get_glyph_extents(self.gid(c)).height
            for c in "gjpqy"
        )
        return top + LABEL_RAISE - deepest * PINYIN_SCALE

    def build(self, labels: Mapping[str, tuple[str, ...]], placement: Placement):
        """The TTFont for ``labels`` (not saved)."""
        from fontTools.fontBuilder import FontBuilder
        from fontTools.pens.t2CharStringPen import T2CharStringPen

        upem = 1000
        names = [".notdef", *BLANKS]
        metrics = {".notdef": (upem, 0)}
        metrics.update({n: (width, 0) for n, (_, width) in BLANKS.items()})
        charstrings = {}
        for n in names:
            charstrings[n] = T2CharStringPen(metrics[n][0], None).getCharString()
        cmap = {cp: n for n, (cp, _) in BLANKS.items()}
        uvs = []
        spans: dict[str, tuple[float, float]] = {}  # glyph -> label ink left/right, glyph coords
        baseline = self.pinyin_baseline()
        label_top = baseline
        boxes: dict[str, tuple[float, float, float, float]] = {}
        identity = (1, 0, 0, 1, 0, 0)
        for char, char_labels in labels.items():
            base = self.gid(char)
            for k, label in enumerate(char_labels):
                name = f"r{len(names):05d}"
                names.append(name)
                if placement == "above":
                    shaped = self.shape(label)
                    s = PINYIN_SCALE
                    advance, width = self.pinyin_box(label)
                    dx = (advance - width) / 2 - shaped.left * s
                    placed = [
                        (g, (1 * s, 0, 0, s, dx + x * s, baseline + y * s))
                        for g, x, y in shaped.glyphs
                    ]
                    spans[name] = ((advance - width) / 2, (advance + width) / 2)
                else:
                    advance = ZHUYIN_ADVANCE
                    placed = self.zhuyin(label)
                pen = T2CharStringPen(advance, None)
                centre = (1, 0, 0, 1, (advance - upem) / 2, 0) if placement == "above" else identity
                box = None
                for g, transform in [(base, centre), *placed]:
                    self.draw(g, pen, transform)
                    box = union(box, self.box(g, transform))
                charstrings[name] = pen.getCharString()
                boxes[name] = box or (0, 0, 0, 0)
                label_top = max(label_top, boxes[name][3])
                metrics[name] = (advance, math.floor(boxes[name][0]))
                if k == 0:
                    cmap[ord(char)] = name
                uvs.append((ord(char), VS_BASE + k, None if k == 0 else name))

        fea = ""
        if placement == "above":
            wide, fea = self.widen(spans, charstrings, metrics, boxes)
            names += wide
        face_height = self.ascender - self.descender  # descender is negative
        if placement == "above":
            ascent = math.ceil(label_top + 20)
            descent = -(ascent - (self.ascender + self.descender))
            descent = min(descent, self.descender)
        else:
            ascent, descent = self.ascender, self.descender
        log.debug("ruby font: ascent %d, descent %d (face %d)", ascent, descent, face_height)

        fb = FontBuilder(upem, isTTF=False)
        fb.font.recalcTimestamp = False
        # Bounds come from HarfBuzz extents: recomputing them from the charstrings on save
        # (hhea, CFF FontBBox) would cost seconds.
        fb.font.recalcBBoxes = False
        fb.setupGlyphOrder(names)
        fb.setupCharacterMap(cmap, uvs=uvs)
        family = "Edition Ruby"
        ps_name = "EditionRuby-Regular"
        fb.setupCFF(ps_name, {"FullName": family}, charstrings, {})
        fb.setupHorizontalMetrics(metrics)
        fb.setupHorizontalHeader(ascent=ascent, descent=descent)
        fb.setupNameTable({"familyName": family, "styleName": "Regular", "psName": ps_name})
        fb.setupOS2(
            sTypoAscender=ascent,
            sTypoDescender=descent,
            sTypoLineGap=0,
            usWinAscent=ascent,
            usWinDescent=-descent,
            fsSelection=0x40 | 0x80,  # REGULAR | USE_TYPO_METRICS
            version=4,
        )
        fb.setupPost()
        fb.font["head"].created = fb.font["head"].modified = FIXED_DATE
        set_bounds(fb.font, boxes, metrics)
        if fea:
            from fontTools.feaLib.builder import addOpenTypeFeaturesFromString

            addOpenTypeFeaturesFromString(fb.font, fea)
        return fb.font

    def zhuyin(self, label: str) -> list[tuple[int, tuple]]:
        """Transforms placing a zhuyin label in a column right of a 1 em character.

        Each symbol's ink is centred in a cell of ZHUYIN_SCALE x 700 units; the cells are
        centred on the middle of the CJK em box; the tone mark (smaller) is right of the
        column beside the last symbol, the neutral-tone dot above the column.
        """
        s, ts = ZHUYIN_SCALE, ZHUYIN_SCALE * 0.75
        symbols = [c for c in label if c not in ZHUYIN_TONES]
        tones = [c for c in label if c in ZHUYIN_TONES]
        cell = 700 * s
        middle = (880 - 120) / 2
        top = middle + cell * len(symbols) / 2
        column_cx = 1000 + 30 + 360 * s  # ink of a bopomofo symbol is ~720 units wide
        placed = []

        def put(char: str, scale: float, cx: float, cy: float) -> None:
            g = self.gid(char)
            ext = self.font.get_glyph_extents(g)
            ink_cx = (ext.x_bearing + ext.width / 2) * scale
            ink_cy = (ext.y_bearing + ext.height / 2) * scale
            placed.append((g, (scale, 0, 0, scale, cx - ink_cx, cy - ink_cy)))

        for i, c in enumerate(symbols):
            put(c, s, column_cx, top - cell * (i + 0.5))
        for c in tones:
            if c == "˙":
                put(c, s, column_cx, top + cell * 0.35)
            else:
                n = max(len(symbols), 1)
                cy = top - cell * (n - 1) if n > 1 else middle + cell * 0.2
                put(c, ts, column_cx + 360 * s + 20 + 200 * ts, cy)
        return placed

    def widen(self, spans, charstrings, metrics, boxes) -> tuple[list[str], str]:
        """Wider copies of glyphs whose label needs room from the next one, and their GSUB.

        A glyph whose label overhangs its advance by ``o`` (negative: room to spare) is in
        class ``ceil((o + LABEL_GAP / 2) / KERN_STEP)``; glyph A followed by glyph B needs
        ``(class A + class B) * KERN_STEP`` more units when that is positive. A contextual
        substitution (features ``calt`` and ``rclt``) then replaces A by a copy whose
        advance is that much wider (rounded up to WIDEN_UNIT). The space is inside A's
        advance, so the PDF's text positions have no gap there (unlike GPOS kerning, which
        ``pdftotext`` reads as a word space). Returns the new glyph names and the FEA source.
        """

        classes: dict[int, list[str]] = {}
        for name, (lo, _) in spans.items():
            classes.setdefault(math.ceil((-lo + LABEL_GAP / 2) / KERN_STEP), []).append(name)
        steps = sorted(classes)

        def tag(step: int) -> str:
            return f"m{-step}" if step < 0 else str(step)

        from fontTools.misc.psCharStrings import encodeIntT2

        new: list[str] = []
        fea = [f"@S{tag(step)} = [{' '.join(classes[step])}];" for step in steps]
        by_level: dict[int, list[tuple[str, str]]] = {}
        rules = []
        for a in steps:
            levels: dict[int, list[int]] = {}
            for b in steps:
                if a + b > 0:
                    levels.setdefault(math.ceil((a + b) * KERN_STEP / WIDEN_UNIT), []).append(b)
            for level, bs in sorted(levels.items()):
                extra = level * WIDEN_UNIT
                for name in classes[a]:
                    wname = f"{name}.w{level}"
                    advance, lsb = metrics[name]
                    charstrings[wname] = with_width(
                        charstrings[name], advance, advance + extra, encodeIntT2
                    )
                    metrics[wname] = (advance + extra, lsb)
                    boxes[wname] = boxes[name]
                    by_level.setdefault(level, []).append((name, wname))
                    new.append(wname)
                ahead = " ".join(f"@S{tag(b)}" for b in bs)
                rules.append(f"  sub @S{tag(a)}' lookup W{level} [{ahead}];")
        if not rules:
            return new, ""
        for level, subs in sorted(by_level.items()):
            fea.append(f"lookup W{level} {{")
            fea += [f"  sub {name} by {wname};" for name, wname in subs]
            fea.append(f"}} W{level};")
        fea.append("lookup WIDEN {\n" + "\n".join(rules) + "\n} WIDEN;")
        fea.append("feature calt { lookup WIDEN; } calt;")
        fea.append("feature rclt { lookup WIDEN; } rclt;")
        return new, "\n".join(fea)
