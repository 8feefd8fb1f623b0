"""Glyph ruby: fonts in which each (character, label) pair is one glyph (design/ruby.md).

Each glyph is the character's outline from a Noto Serif CJK face, with its label drawn from the
same face's Latin or bopomofo glyphs:

* ``placement="above"`` (pinyin, tone numbers): the label scaled by :data:`PINYIN_SCALE`
  (and :data:`LABEL_CONDENSE` across), centred over the character on one baseline for all
  glyphs. Every glyph has the same advance, the *pitch* (1 em for tone marks,
  :data:`STYLE_PITCH` per style), so the characters keep an even grid: a label wider than the
  pitch overhangs its neighbours, which is right wherever their own labels are short (ruby
  overhang, clreq and JLREQ). Only where two labels would come closer than :data:`LABEL_GAP`
  does the pair get space, and just that much: the first glyph is replaced by a copy whose
  advance is wider (:func:`widening_features`). The widened copies are made only for the
  pairs that occur in the document (``neighbours``). The ascent is raised to hold the label;
  the descent is chosen so that ``ascent - descent`` equals the face's, which keeps ruby, Han
  and Latin inline boxes on the same line at any fixed ``line-height``.
* ``placement="right"`` (zhuyin): the symbols in a column to the right of the character, tone
  mark to the right of the column (neutral-tone dot on top), fixed advance
  :data:`ZHUYIN_ADVANCE`; columns never meet, so there is no widening.

The plain cmap maps each character to the glyph of its first label; a cmap format 14 subtable
maps ``char + chr(0xE0100 + k)`` (VS17 + k) to label ``k``, and the following selectors to the
widened copies: :meth:`RubyFont.encode`. Within one shaped run a contextual substitution
(``calt``, ``rclt``; blank spaces are skipped as marks) picks the widened copy by itself; across
a span boundary ``edition/render/inline.py`` asks for it with its selector. Spaces U+0020,
U+00A0, U+200B are blank with zero advance (the justification spaces); U+3000 is a blank 1 em.

A glyph id is 16 bits: a document with more pairs than :data:`MAX_GLYPHS` gets several fonts
("Edition Ruby", "Edition Ruby B", ...), each character (all its labels and copies) in one of
them, the most frequent characters first.

Fonts are cached in ``cache_dir`` by a hash of the face file, the glyphs, the placement and
:data:`FORMAT`, and checked before each use (edition/cache.py); the bytes are deterministic
(fixed ``head`` dates).
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

from edition import cache

log = logging.getLogger(__name__)

FORMAT = 6
Placement = Literal["above", "right"]
Key = tuple[str, str]  # (character, label)

VS_BASE = 0xE0100  # VS17
MAX_LABELS = 240  # VS17..VS256: labels and widened copies of one character
MAX_GLYPHS = 60_000  # per font file (glyph ids are 16 bits); more pairs make more files
PINYIN_SCALE = 0.40
# Labels are set 90% wide: the face's Latin is broad (chéng is 2.9 em), and narrower labels
# let many more neighbours sit solid (pairs widened by 0.15 em or more on the bundled article:
# 1.4% at full width, 0.2% at 90%). Uniform for every label, so no syllable looks squeezed.
LABEL_CONDENSE = 0.9
LABEL_RAISE = 30  # font units between the top of the character box and the lowest label ink
LABEL_GAP = 120  # minimum space between two labels, font units (0.3 em of the label)
KERN_STEP = 10  # labels are classed by overhang in steps of this many units
PITCH = 1000  # advance of a glyph with a label above, unless the style asks for more
STYLE_PITCH = {"numbers": 1200}  # tone digits make labels ~0.1 em wider: a wider grid
ZHUYIN_SCALE = 0.40
ZHUYIN_ADVANCE = 1500
ZHUYIN_TONES = "ˊˇˋ˙"
FIXED_DATE = 0x7C259DC0  # 2020-01-01T00:00:00Z in seconds since 1904: no build time in the font
FAMILY = "Edition Ruby"  # = fonts.RUBY_FAMILY

BLANKS = {
    "space": (0x20, 0),
    "uni00A0": (0xA0, 0),
    "uni200B": (0x200B, 0),
    "uni3000": (0x3000, 1000),
}


def family(part: int) -> str:
    """The CSS family of font file ``part``: "Edition Ruby", "Edition Ruby B", ... (a family
    name ending in a digit reads as a size to Pango, which then names the font "... 2,")."""
    if part == 0:
        return FAMILY
    letters = ""
    while part:
        part, k = divmod(part, 26)
        letters = chr(ord("A") + k) + letters
    return f"{FAMILY} {letters}"


@dataclass(frozen=True, slots=True)
class RubyFont:
    """Built ruby fonts: their files, the labels of each character (first one the default)."""

    paths: tuple[Path, ...]
    placement: Placement
    labels: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # (char, label) -> overhang class: ceil((label overhang past the advance + gap/2) / step)
    steps: Mapping[Key, int] = field(default_factory=dict)
    # (char, label, extra units) -> selector index of the widened copy
    widened: Mapping[tuple[str, str, int], int] = field(default_factory=dict)
    part: Mapping[str, int] = field(default_factory=dict)  # char -> index in ``paths``
    pitch: int = PITCH

    @property
    def path(self) -> Path:
        return self.paths[0]

    def kern(self, a: Key, b: Key) -> int:
        """Units needed between glyphs ``a`` and ``b`` ((char, label) each); 0 if none."""
        if a not in self.steps or b not in self.steps:
            return 0
        return max(0, self.steps[a] + self.steps[b]) * KERN_STEP

    def encode(self, char: str, label: str, widen: int = 0) -> str:
        """The text that shows ``char`` with ``label``: the char, or char + variation selector.

        ``widen``: the copy whose advance is that many units wider (as :meth:`kern` gives),
        when the font has it (else the plain glyph). Raises KeyError when the pair is not in
        the font.
        """
        labels = self.labels.get(char, ())
        if label not in labels:
            raise KeyError((char, label))
        k = self.widened.get((char, label, widen), labels.index(label))
        return char if k == 0 else char + chr(VS_BASE + k)

    def has(self, char: str, label: str) -> bool:
        return label in self.labels.get(char, ())

    def part_of(self, char: str) -> int:
        return self.part.get(char, 0)


def build_ruby_font(
    face: Path,
    pairs: Mapping[str, Sequence[str]],
    placement: Placement,
    cache_dir: Path,
    *,
    neighbours: Iterable[tuple[Key, Key]] = (),
    pitch: int = PITCH,
    like: RubyFont | None = None,
) -> RubyFont:
    """Build (or find in ``cache_dir``) the ruby fonts for ``pairs``: char -> labels.

    ``face`` is a single-face OTF (``FontSet.latin_regular``). The first label of each char
    is its default glyph; chars come most frequent first (they fill the first font file).
    ``neighbours``: the (char, label) pairs that stand side by side in the text, for the
    widened copies. ``pitch``: the advance of a glyph with a label above. A char missing from
    the face is left out, with a warning. ``like``: a font of the same pairs built from
    another face (the bold one), whose glyphs, selectors and files this one repeats.
    """
    if like is not None:
        pairs, pitch = like.labels, like.pitch
    labels = {c: tuple(dict.fromkeys(ls))[:MAX_LABELS] for c, ls in pairs.items() if ls}
    drawer = LabelDrawer(face)
    missing = [c for c in labels if not drawer.gid(c)]
    if missing:
        log.warning("ruby font: %s not in %s; printed without reading", "".join(missing), face.name)
    labels = {c: ls for c, ls in labels.items() if drawer.gid(c)}
    if placement == "right":
        pitch = ZHUYIN_ADVANCE
    steps: dict[Key, int] = {}
    copies: dict[str, set[tuple[str, int]]] = {}
    if like is not None:
        steps = dict(like.steps)
        for c, label, extra in like.widened:
            copies.setdefault(c, set()).add((label, extra))
    elif placement == "above":
        for c, ls in labels.items():
            for label in ls:
                overhang = (drawer.label_width(label) - pitch) / 2
                steps[c, label] = math.ceil((overhang + LABEL_GAP / 2) / KERN_STEP)
        for a, b in neighbours:
            if a in steps and b in steps and steps[a] + steps[b] > 0:
                copies.setdefault(a[0], set()).add((a[1], (steps[a] + steps[b]) * KERN_STEP))
    widened: dict[tuple[str, str, int], int] = {}
    for c, ls in labels.items():
        for k, (label, extra) in enumerate(sorted(copies.get(c, ())), start=len(ls)):
            if k >= MAX_LABELS:
                break
            widened[c, label, extra] = k
    by_char: dict[str, list[tuple[str, int, int]]] = {}
    for (c, label, extra), k in widened.items():
        by_char.setdefault(c, []).append((label, extra, k))
    parts: list[dict[str, tuple[str, ...]]] = [{}]
    room = MAX_GLYPHS - len(BLANKS) - 1
    used = 0
    for c, ls in labels.items():
        need = len(ls) + len(by_char.get(c, ()))
        if used + need > room and parts[-1]:
            parts.append({})
            used = 0
        parts[-1][c] = ls
        used += need
    part = {c: i for i, chars in enumerate(parts) for c in chars}
    paths = []
    for i, chars in enumerate(parts):
        glyphs = {c: (ls, sorted(by_char.get(c, ()))) for c, ls in sorted(chars.items())}
        digest = hashlib.sha256()
        settings = (
            FORMAT,
            PINYIN_SCALE,
            LABEL_CONDENSE,
            LABEL_RAISE,
            LABEL_GAP,
            KERN_STEP,
            ZHUYIN_SCALE,
        )
        digest.update(f"{settings}:{placement}:{pitch}:{i}:{file_hash(face)}:".encode())
        digest.update(json.dumps(glyphs, ensure_ascii=False, sort_keys=True).encode())
        name = f"ruby-{placement}-{digest.hexdigest()[:20]}"
        out = cache.find(cache_dir, name, ".otf")
        if out is None:
            log.debug("building ruby font %s (%d chars)", name, len(glyphs))
            font = drawer.build(glyphs, placement, pitch, steps, family(i))
            out = cache.store(cache_dir, name, ".otf", font.save)
        paths.append(out)
    if len(paths) > 1:
        log.info("ruby font: %d characters in %d font files", len(labels), len(paths))
    return RubyFont(
        paths=tuple(paths),
        placement=placement,
        labels=labels,
        steps=steps,
        widened=widened,
        part=part,
        pitch=pitch,
    )


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

    def label_width(self, label: str) -> float:
        """Ink width of ``label`` placed above (font units of the glyph)."""
        shaped = self.shape(label)
        return (shaped.right - shaped.left) * PINYIN_SCALE * LABEL_CONDENSE

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

    def build(
        self,
        glyphs: Mapping[str, tuple[tuple[str, ...], list[tuple[str, int, int]]]],
        placement: Placement,
        pitch: int,
        steps: Mapping[Key, int],
        family_name: str,
    ):
        """The TTFont (not saved) for ``glyphs``: char -> (labels, widened copies).

        A widened copy is (label, extra units, selector index).
        """
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
        baseline = self.pinyin_baseline()
        label_top = baseline
        boxes: dict[str, tuple[float, float, float, float]] = {}
        step_of: dict[str, int] = {}  # glyph -> overhang class
        copies: list[tuple[str, str, int]] = []  # (glyph, copy, extra)
        for char, (char_labels, widened) in glyphs.items():
            base = self.gid(char)
            by_label = {}
            for k, label in enumerate(char_labels):
                name = f"r{len(names):05d}"
                names.append(name)
                by_label[label] = name
                if placement == "above":
                    shaped = self.shape(label)
                    s, sx = PINYIN_SCALE, PINYIN_SCALE * LABEL_CONDENSE
                    dx = pitch / 2 - (shaped.left + shaped.right) / 2 * sx
                    placed = [
                        (g, (sx, 0, 0, s, dx + x * sx, baseline + y * s))
                        for g, x, y in shaped.glyphs
                    ]
                    step_of[name] = steps[char, label]
                else:
                    placed = self.zhuyin(label)
                pen = T2CharStringPen(pitch, None)
                centre = (1, 0, 0, 1, (pitch - upem) / 2, 0) if placement == "above" else None
                box = None
                for g, transform in [(base, centre or (1, 0, 0, 1, 0, 0)), *placed]:
                    self.draw(g, pen, transform)
                    box = union(box, self.box(g, transform))
                charstrings[name] = pen.getCharString()
                boxes[name] = box or (0, 0, 0, 0)
                label_top = max(label_top, boxes[name][3])
                metrics[name] = (pitch, math.floor(boxes[name][0]))
                if k == 0:
                    cmap[ord(char)] = name
                uvs.append((ord(char), VS_BASE + k, None if k == 0 else name))
            for label, extra, k in widened:
                name = by_label[label]
                wide = f"{name}.w{extra}"
                names.append(wide)
                copies.append((name, wide, extra))
                charstrings[wide] = self.with_width(charstrings[name], pitch, pitch + extra)
                metrics[wide] = (pitch + extra, metrics[name][1])
                boxes[wide] = boxes[name]
                step_of[wide] = step_of[name]  # as the glyph after another: class of its base
                uvs.append((ord(char), VS_BASE + k, wide))

        fea = widening_features(step_of, copies) if copies else ""
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
        ps_name = family_name.replace(" ", "") + "-Regular"
        fb.setupCFF(ps_name, {"FullName": family_name}, charstrings, {})
        fb.setupHorizontalMetrics(metrics)
        fb.setupHorizontalHeader(ascent=ascent, descent=descent)
        fb.setupNameTable({"familyName": family_name, "styleName": "Regular", "psName": ps_name})
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

    @staticmethod
    def with_width(charstring, old: int, width: int):
        from fontTools.misc.psCharStrings import encodeIntT2

        return with_width(charstring, old, width, encodeIntT2)

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


def widening_features(step_of: Mapping[str, int], copies: list[tuple[str, str, int]]) -> str:
    """FEA for the widened copies: ``calt`` and ``rclt`` substitute glyph A by its copy
    ``extra`` units wider when the next glyph B is of class ``extra / KERN_STEP - class(A)``.

    A glyph of overhang class ``a`` followed by one of class ``b`` needs ``(a + b) * KERN_STEP``
    more units when that is positive. The space is inside A's advance, so the PDF's text
    positions have no gap there (unlike GPOS kerning, which ``pdftotext`` reads as a word
    space). The substitution acts only within one shaped run: Pango splits runs at the
    justification spaces (each has its own letter-spacing), so ``inline.py`` puts none there.
    """
    by_step: dict[int, list[str]] = {}  # the classes of the glyph after A, copies included
    for name, step in sorted(step_of.items()):
        by_step.setdefault(step, []).append(name)

    def tag(step: int) -> str:
        return f"m{-step}" if step < 0 else str(step)

    fea = [f"@S{tag(step)} = [{' '.join(names)}];" for step, names in sorted(by_step.items())]
    by_extra: dict[int, list[tuple[str, str]]] = {}
    rules: dict[tuple[int, int], list[str]] = {}  # (class of A, extra) -> glyphs A
    for name, wide, extra in copies:
        by_extra.setdefault(extra, []).append((name, wide))
        rules.setdefault((step_of[name], extra), []).append(name)
    for extra, subs in sorted(by_extra.items()):
        fea.append(f"lookup W{extra} {{")
        fea += [f"  sub {name} by {wide};" for name, wide in sorted(subs)]
        fea.append(f"}} W{extra};")
    body = []
    for (a, extra), names in sorted(rules.items()):
        b = extra // KERN_STEP - a
        if b in by_step:
            body.append(f"  sub [{' '.join(sorted(set(names)))}]' lookup W{extra} @S{tag(b)};")
    fea.append("lookup WIDEN {\n" + "\n".join(body) + "\n} WIDEN;")
    fea.append("feature calt { lookup WIDEN; } calt;")
    fea.append("feature rclt { lookup WIDEN; } rclt;")
    return "\n".join(fea)
