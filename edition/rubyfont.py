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
U+0020, U+00A0, U+200B are blank with zero advance (they are GDEF marks, so kerning reaches
across them); U+3000 is a blank 1 em.

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

from edition.fonts import write_atomically

log = logging.getLogger(__name__)

FORMAT = 4
Placement = Literal["above", "right"]

VS_BASE = 0xE0100  # VS17
MAX_LABELS = 240  # VS17..VS256
PINYIN_SCALE = 0.42
LABEL_RAISE = 30  # font units between the top of the character box and the lowest label ink
LABEL_GAP = 130  # minimum space between two labels, font units
MAX_OVERHANG = 120  # how far a label may reach past its glyph's advance on each side
KERN_STEP = 10  # kerning classes are this many units apart
ZHUYIN_SCALE = 0.32
ZHUYIN_ADVANCE = 1400
ZHUYIN_TONES = "ˊˇˋ˙"
FIXED_DATE = 0x7C259DC0  # 2020-01-01T00:00:00Z in seconds since 1904: no build time in the font

SPACER = "\u2007"  # FIGURE SPACE: no line break on either side; blank, SPACER_WIDTH wide
SPACER_WIDTH = 40
BLANKS = {
    "space": (0x20, 0),
    "uni00A0": (0xA0, 0),
    "uni200B": (0x200B, 0),
    "uni3000": (0x3000, 1000),
    "uni2007": (0x2007, SPACER_WIDTH),
}


@dataclass(frozen=True, slots=True)
class RubyFont:
    """A built ruby font: its file and the labels of each character, first one the default."""

    path: Path
    placement: Placement
    labels: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # (char, label) -> kerning class: ceil((label overhang past the advance + gap/2) / step)
    steps: Mapping[tuple[str, str], int] = field(default_factory=dict)

    def kern(self, a: tuple[str, str], b: tuple[str, str]) -> int:
        """Font units the font's kerning puts between glyphs ``a`` and ``b``, (char, label) each.

        The kerning only acts inside one shaped run: ``edition/inline.py`` inserts no
        justification space between such a pair, and :data:`SPACER` characters where a span
        boundary separates them.
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
    digest.update(f"{FORMAT}:{placement}:{file_hash(face)}:".encode())
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
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


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
        from fontTools.pens.boundsPen import ControlBoundsPen
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
                    placed = [(g, (1 * s, 0, 0, s, dx + x * s, baseline + y * s)) for g, x, y in
                              shaped.glyphs]
                    spans[name] = ((advance - width) / 2, (advance + width) / 2)
                else:
                    advance = ZHUYIN_ADVANCE
                    placed = self.zhuyin(label)
                pen = T2CharStringPen(advance, None)
                bounds = ControlBoundsPen(None)
                centre = (1, 0, 0, 1, (advance - upem) / 2, 0) if placement == "above" else identity
                self.draw(base, pen, centre)
                self.draw(base, bounds, centre)
                for g, transform in placed:
                    self.draw(g, pen, transform)
                    self.draw(g, bounds, transform)
                charstrings[name] = pen.getCharString()
                x_min = bounds.bounds[0] if bounds.bounds else 0
                if bounds.bounds:
                    label_top = max(label_top, bounds.bounds[3])
                metrics[name] = (advance, math.floor(x_min))
                if k == 0:
                    cmap[ord(char)] = name
                uvs.append((ord(char), VS_BASE + k, None if k == 0 else name))

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
        fea = self.features(spans)
        if fea:
            from fontTools.feaLib.builder import addOpenTypeFeaturesFromString

            addOpenTypeFeaturesFromString(fb.font, fea)
        return fb.font

    def zhuyin(self, label: str) -> list[tuple[int, tuple]]:
        """Transforms placing a zhuyin label in a column right of a 1 em character."""
        s = ZHUYIN_SCALE
        symbols = [c for c in label if c not in ZHUYIN_TONES]
        tones = [c for c in label if c in ZHUYIN_TONES]
        cell = 1000 * s
        em_top, em_bottom = 880, -120
        middle = (em_top + em_bottom) / 2
        top = middle + cell * len(symbols) / 2
        x0 = 1000 + 10
        placed = []
        for i, c in enumerate(symbols):
            y = top - cell * (i + 1) - em_bottom * s  # glyph origin: em box bottom at the cell's
            placed.append((self.gid(c), (s, 0, 0, s, x0, y)))
        for c in tones:
            g = self.gid(c)
            ext = self.font.get_glyph_extents(g)
            ink_cx = (ext.x_bearing + ext.width / 2) * s
            ink_cy = (ext.y_bearing + ext.height / 2) * s
            if c == "˙":  # neutral tone: above the column
                cx, cy = x0 + cell / 2, top + cell * 0.25
            else:  # right of the column, beside the last symbol's upper half
                n = max(len(symbols), 1)
                cx = x0 + cell + cell * 0.18
                cy = top - cell * (n - 1) - cell * 0.2 if n > 1 else middle + cell * 0.15
            placed.append((g, (s, 0, 0, s, cx - ink_cx, cy - ink_cy)))
        return placed

    def features(self, spans: Mapping[str, tuple[float, float]]) -> str:
        """FEA source: spaces are marks; class kerning keeps labels LABEL_GAP apart."""
        marks = " ".join(n for n, (_, width) in BLANKS.items() if width == 0)
        bases = " ".join(spans) if spans else ""
        fea = [f"@MARKS = [{marks}];"]
        if bases:
            fea.append(f"@BASES = [{bases}];")
        fea.append(f"table GDEF {{ GlyphClassDef {'@BASES' if bases else ''}, , @MARKS, ; }} GDEF;")
        if not spans:
            return "\n".join(fea)
        # Overhang past the advance on the right of the first glyph / left of the second,
        # negative when there is room; kern = right + left + gap when positive.
        classes: dict[int, list[str]] = {}
        for name, (lo, hi) in spans.items():
            over = -lo  # centred label: lo = (advance - width) / 2
            classes.setdefault(math.ceil((over + LABEL_GAP / 2) / KERN_STEP), []).append(name)
        steps = sorted(classes)
        if steps[-1] * 2 <= 0:
            return "\n".join(fea)

        def tag(step: int) -> str:
            return f"m{-step}" if step < 0 else str(step)

        for step in steps:
            fea.append(f"@R{tag(step)} = [{' '.join(classes[step])}];")
            fea.append(f"@L{tag(step)} = [{' '.join(classes[step])}];")
        rules = [
            f"  pos @R{tag(a)} @L{tag(b)} {(a + b) * KERN_STEP};"
            for a in steps
            for b in steps
            if a + b > 0
        ]
        fea.append("feature kern {\n  lookupflag IgnoreMarks;\n" + "\n".join(rules) + "\n} kern;")
        return "\n".join(fea)
