"""Composition of glyph-ruby PDFs, measured from the PDF itself (issue 12, "character pitch").

For every line of body text (characters of one size on one baseline) it reads, with pdfminer,
each glyph's position and id, and from the embedded glyph-ruby font the ink of its reading:

* **pitch**: the distance from one Han character's origin to the next one's, in em of the
  text, for neighbouring Han characters (nothing printed between them); a pair is *off* when it
  stands at least 0.15 em wider than the median pitch of its line (justification stretches a
  whole line evenly, so the line's median is the grid);
* **reading gap**: for two neighbouring characters with readings, the white space between the
  first one's reading and whatever ink of the second one sits at the same height (its reading
  for pinyin above, its character for zhuyin on the right), in em of the reading's size;
* **text layer**: places where ``pdftotext``, pdfminer's and pypdf's ``extract_text`` put a
  space (or a ``(cid:N)``) between two Han characters.

    .venv/bin/python bench/pitch.py [PDF ...]      # default: output/*.pdf

Prints one row per PDF; nothing is asserted (tests/test_composition.py holds the bounds).
"""

from __future__ import annotations

import io
import re
import statistics
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OFF = 0.15  # em of the text: a pair this much wider than its line's median pitch is off-grid
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")
SPACE_BETWEEN_HAN = re.compile(
    r"(?<=[\u3400-\u9fff])(?:[ \u00a0\u3000\t]+|\(cid:\d+\))+(?=[\u3400-\u9fff])"
)
LABEL_FLOOR = 890  # font units: a contour starting above this is part of a reading (above)


@dataclass(slots=True)
class Glyph:
    font: str
    gid: int
    text: str
    x: float  # origin, device space
    y: float
    size: float  # em, device units
    width: float  # advance in em


@dataclass(slots=True)
class Ink:
    """A ruby glyph's ink, in font units: reading boxes and character boxes."""

    label: list[tuple[float, float, float, float]] = field(default_factory=list)
    base: list[tuple[float, float, float, float]] = field(default_factory=list)


def read_glyphs(path: Path) -> tuple[list[list[Glyph]], dict[str, bytes]]:
    """Glyphs per page in content order, and the embedded programs of the ruby fonts."""
    from pdfminer.pdfdevice import PDFTextDevice
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    programs: dict[str, bytes] = {}

    class Device(PDFTextDevice):
        def __init__(self, rsrc):
            super().__init__(rsrc)
            self.glyphs: list[Glyph] = []

        def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate):
            try:
                text = font.to_unichr(cid)
            except Exception:
                text = f"(cid:{cid})"
            width = font.char_width(cid)
            a, b, _, _, e, f = matrix
            size = fontsize * (a * a + b * b) ** 0.5
            self.glyphs.append(Glyph(font.fontname, cid, text, e, f, size, width))
            if "Edition-Ruby" in font.fontname and font.fontname not in programs:
                stream = resolve1(font.descriptor.get("FontFile3"))
                if stream is not None:
                    programs[font.fontname] = stream.get_data()
            return width * fontsize * scaling

    pages = []
    with open(path, "rb") as fh:
        doc = PDFDocument(PDFParser(fh))
        rsrc = PDFResourceManager()
        for page in PDFPage.create_pages(doc):
            device = Device(rsrc)
            PDFPageInterpreter(rsrc, device).process_page(page)
            pages.append(device.glyphs)
    return pages, programs


def ink_of(program: bytes) -> dict[int, Ink]:
    """Reading and character ink boxes of each glyph of an embedded ruby font."""
    from fontTools.pens.boundsPen import BoundsPen
    from fontTools.pens.recordingPen import RecordingPen
    from fontTools.ttLib import TTFont

    font = TTFont(io.BytesIO(program))
    glyphset = font.getGlyphSet()
    result = {}
    for gid, name in enumerate(font.getGlyphOrder()):
        rec = RecordingPen()
        glyphset[name].draw(rec)
        ink, current = Ink(), []
        for op, args in rec.value:
            current.append((op, args))
            if op in ("closePath", "endPath"):
                pen = BoundsPen(None)
                for o, a in current:
                    getattr(pen, o)(*a)
                current = []
                if pen.bounds:
                    (ink.label if pen.bounds[1] > LABEL_FLOOR else ink.base).append(pen.bounds)
        result[gid] = ink
    return result


def zhuyin_ink(ink: Ink) -> Ink:
    """Zhuyin: the column is the ink right of the 1 em character cell."""
    boxes = ink.label + ink.base
    return Ink(label=[b for b in boxes if b[0] >= 1000], base=[b for b in boxes if b[0] < 1000])


BLANK = ("", " ", "\u200b")


def is_blank(g: Glyph) -> bool:
    """Nothing printed: no text, or a space of no width (a visible space separates)."""
    return (g.text in BLANK and g.width == 0) or g.text.startswith("(cid:")


def neighbour_pairs(glyphs: list[Glyph]) -> list[list[tuple[Glyph, Glyph]]]:
    """Pairs of Han glyphs with only blank glyphs between them, grouped by line."""
    lines: dict[tuple[float, float], list[tuple[Glyph, Glyph]]] = {}
    last = None
    for g in glyphs:
        if HAN.fullmatch(g.text):
            if last is not None and abs(last.y - g.y) < 0.5 and abs(last.size - g.size) < 0.01:
                lines.setdefault((round(g.y, 1), round(g.size, 2)), []).append((last, g))
            last = g
        elif not is_blank(g):
            last = None
    return list(lines.values())


def measure(path: Path) -> dict:
    pages, programs = read_glyphs(path)
    inks = {name: ink_of(data) for name, data in programs.items()}
    zhuyin = any(
        any(box[0] >= 1000 and box[1] < LABEL_FLOOR for box in ink.label + ink.base)
        for font in inks.values()
        for ink in font.values()
    )
    pitches, off, gaps = [], [], []
    for glyphs in pages:
        for pairs in neighbour_pairs(glyphs):
            line_pitch = [(b.x - a.x) / a.size for a, b in pairs]
            median = statistics.median(line_pitch)
            pitches += line_pitch
            off += [p for p in line_pitch if p - median >= OFF]
            for a, b in pairs:
                ia, ib = inks.get(a.font, {}).get(a.gid), inks.get(b.font, {}).get(b.gid)
                if ia is None or ib is None:
                    continue
                if zhuyin:
                    ia, ib = zhuyin_ink(ia), zhuyin_ink(ib)
                    others = ib.base
                else:
                    others = ib.label
                if not ia.label or not others:
                    continue
                right = max(box[2] for box in ia.label) / 1000 * a.size + a.x
                left = min(box[0] for box in others) / 1000 * b.size + b.x
                # the reading's size: its x-height box is ~PINYIN_SCALE of the text; measure in
                # em of the reading, i.e. of the text size times the scale used by the font
                gaps.append((left - right) / (a.size * reading_scale(zhuyin)))
    return {
        "pairs": len(pitches),
        "median": statistics.median(pitches) if pitches else 0.0,
        "off": len(off),
        "max": max(pitches, default=0.0),
        "gaps": gaps,
        "zhuyin": zhuyin,
    }


def reading_scale(zhuyin: bool) -> float:
    sys.path.insert(0, str(ROOT))
    from edition.render import rubyfont

    return rubyfont.ZHUYIN_SCALE if zhuyin else rubyfont.PINYIN_SCALE


def text_layer_spaces(path: Path) -> tuple[int, int, int, list[str]]:
    """Spaces between two Han characters: (pdftotext, pdfminer, pypdf), and a few examples."""
    from pdfminer.high_level import extract_text
    from pypdf import PdfReader

    poppler = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    miner = extract_text(str(path))
    layer = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    examples = []
    for text in (poppler, miner, layer):
        for m in list(SPACE_BETWEEN_HAN.finditer(text))[:3]:
            examples.append(text[max(0, m.start() - 8) : m.end() + 8].replace("\n", "⏎"))
    return (
        len(SPACE_BETWEEN_HAN.findall(poppler)),
        len(SPACE_BETWEEN_HAN.findall(miner)),
        len(SPACE_BETWEEN_HAN.findall(layer)),
        examples,
    )


def main(argv: list[str]) -> None:
    paths = [Path(a) for a in argv] or sorted((ROOT / "output").glob("*.pdf"))
    print(
        f"{'pdf':42} {'pairs':>6} {'median':>6} {'off':>5} {'off%':>6} {'max':>5} "
        f"{'gaps':>5} {'<0.15':>5} {'min gap':>7} {'poppler':>7} {'miner':>6} {'pypdf':>6}"
    )
    for path in paths:
        m = measure(path)
        gaps = m["gaps"]
        tight = sum(1 for g in gaps if g < 0.15)
        poppler, miner, layer, examples = text_layer_spaces(path)
        share = m["off"] / m["pairs"] if m["pairs"] else 0.0
        print(
            f"{path.name[:42]:42} {m['pairs']:6d} {m['median']:6.3f} {m['off']:5d} {share:6.2%} "
            f"{m['max']:5.2f} {len(gaps):5d} {tight:5d} {min(gaps, default=0):7.3f} "
            f"{poppler:7d} {miner:6d} {layer:6d}"
        )
        for example in examples[:6]:
            print(f"    text layer: {example!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
