"""Holes in justified lines, measured from the PDF itself (see edition/render/justify.py).

For every line of body text it places each glyph by its origin and its *natural* advance, the
one its embedded font program gives it (the PDF's /W array may give a glyph more: a gap written
as a widened glyph), and measures the white between one glyph's advance and the next glyph's
origin, in em of the body text. A space glyph is white too; a note call's raised number is a
glyph of the line. A line has a **hole** when one gap is wider than :data:`HOLE` em ("in Han":
such lines that hold Chinese, not a line of English whose word spaces are wide); its
**spread** is its widest gap less its median gap (an evenly justified line has a small one).

    .venv/bin/python bench/holes.py [PDF ...]      # default: output/*.pdf
    .venv/bin/python bench/holes.py --compare [NOTES] [EDITION ...]
        # builds the editions (default: the bundled article's) twice, with the old cap on the
        # Chinese gaps (justify.capped) and as now, and measures both

Prints one row per PDF and its worst lines; nothing is asserted (tests/test_justify.py holds
the bounds).
"""

from __future__ import annotations

import io
import itertools
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOLE = 0.6  # em of the body text
RAISED = 0.6  # em: a glyph this much above the baseline or less belongs to the line
MIN_GLYPHS = 10  # shorter lines (headings, a paragraph's last words) are not measured


@dataclass(slots=True)
class Placed:
    text: str
    x: float  # origin, device space
    y: float  # baseline
    size: float  # font size, device units
    natural: float  # advance the font program gives, device units


@dataclass(slots=True)
class Line:
    page: int
    gaps: list[tuple[float, str]]  # (gap in em, the text around it)
    han: bool  # whether the line holds a Han character (else: a line of Latin text)

    @property
    def widest(self) -> float:
        return max(g for g, _ in self.gaps)

    @property
    def spread(self) -> float:
        return self.widest - statistics.median(g for g, _ in self.gaps)


def read_pages(path: Path) -> list[list[Placed]]:
    """Every glyph of every page, in content order, with its natural advance."""
    from fontTools.ttLib import TTFont
    from pdfminer.pdfdevice import PDFTextDevice
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    advances: dict[str, tuple[list[str], dict, int] | None] = {}

    def natural(font, cid: int) -> float:
        """The advance (em) of glyph ``cid`` in ``font``'s program, else its PDF width."""
        if font.fontname not in advances:
            advances[font.fontname] = None
            descriptor = getattr(font, "descriptor", {}) or {}
            stream = resolve1(descriptor.get("FontFile3") or descriptor.get("FontFile2"))
            if stream is not None:
                program = TTFont(io.BytesIO(stream.get_data()))
                advances[font.fontname] = (
                    program.getGlyphOrder(),
                    program["hmtx"].metrics,
                    program["head"].unitsPerEm,
                )
        known = advances[font.fontname]
        if known is None or cid >= len(known[0]):
            return font.char_width(cid)
        order, metrics, upem = known
        return metrics[order[cid]][0] / upem

    class Device(PDFTextDevice):
        def __init__(self, rsrc):
            super().__init__(rsrc)
            self.glyphs: list[Placed] = []

        def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate):
            try:
                text = font.to_unichr(cid)
            except Exception:
                text = ""
            a, b, _, _, e, f = matrix
            size = fontsize * (a * a + b * b) ** 0.5
            self.glyphs.append(Placed(text, e, f + rise, size, natural(font, cid) * size))
            return font.char_width(cid) * fontsize * scaling

    pages = []
    with open(path, "rb") as fh:
        doc = PDFDocument(PDFParser(fh))
        rsrc = PDFResourceManager()
        for page in PDFPage.create_pages(doc):
            device = Device(rsrc)
            PDFPageInterpreter(rsrc, device).process_page(page)
            pages.append(device.glyphs)
    return pages


def body_size(pages: list[list[Placed]]) -> float:
    """The most common size of the Han glyphs: the body text's."""
    sizes = [
        round(g.size, 1)
        for glyphs in pages
        for g in glyphs
        if g.text and "\u3400" <= g.text[0] <= "\u9fff"
    ]
    return statistics.mode(sizes)


def lines_of(pages: list[list[Placed]], size: float) -> list[Line]:
    """The body lines: glyphs of the body size on one baseline, with the glyphs raised less
    than :data:`RAISED` em above it (note calls) that stand between them."""
    found = []
    for number, glyphs in enumerate(pages, 1):
        baselines: dict[float, list[Placed]] = {}
        for g in glyphs:
            if abs(g.size - size) < 0.05 and g.text.strip():
                baselines.setdefault(round(g.y, 1), []).append(g)
        for y, on_line in baselines.items():
            if len(on_line) < MIN_GLYPHS:
                continue
            left, right = min(g.x for g in on_line), max(g.x for g in on_line)
            raised = [
                g
                for g in glyphs
                if g.text.strip()
                and abs(g.size - size) >= 0.05
                and 0 < abs(g.y - y) <= RAISED * size
                and left < g.x < right
            ]
            row = sorted(on_line + raised, key=lambda g: g.x)
            gaps = []
            for i, (a, b) in enumerate(itertools.pairwise(row)):
                around = "".join(g.text for g in row[max(0, i - 3) : i + 5])
                gaps.append(((b.x - a.x - a.natural) / size, around))
            if gaps:
                han = any("\u3400" <= g.text[0] <= "\u9fff" for g in row)
                found.append(Line(number, gaps, han))
    return found


def measure(path: Path) -> dict:
    """Lines, lines with a hole, the widest gap and the worst lines of ``path``."""
    pages = read_pages(path)
    size = body_size(pages)
    lines = lines_of(pages, size)
    holes = [line for line in lines if line.widest > HOLE]
    han_holes = [line for line in holes if line.han]
    worst = sorted(lines, key=lambda line: -line.widest)[:5]
    return {
        "size": size,
        "lines": len(lines),
        "holes": len(holes),
        "han_holes": len(han_holes),  # holes in lines with Chinese (not English word spaces)
        "widest": max((line.widest for line in lines), default=0.0),
        "spread": statistics.median(line.spread for line in lines) if lines else 0.0,
        "max_spread": max((line.spread for line in lines), default=0.0),
        "worst": [(line.page, round(line.widest, 2), max(line.gaps)[1]) for line in worst],
    }


def compare(argv: list[str], folder: Path) -> list[Path]:
    """Build the editions of a notes file with the old cap and as now; the PDFs written."""
    sys.path.insert(0, str(ROOT))
    from edition.notes.layer import load_layer
    from edition.pipeline.output import render
    from edition.pipeline.prepare import prepare
    from edition.render.justify import capped

    notes = Path(argv[0]) if argv else ROOT / "notes" / "openai-research.yaml"
    layer = load_layer(notes)
    wanted = argv[1:] or [e.name for e in layer.editions]
    paths = []
    for edition in (e for e in layer.editions if e.name in wanted):
        prepared = prepare(layer, edition)
        for label in ("capped", "now"):
            if label == "capped":
                with capped():
                    data = render(prepared, "pdf")
            else:
                data = render(prepared, "pdf")
            path = folder / f"{notes.stem}-{edition.name}-{label}.pdf"
            path.write_bytes(data)
            paths.append(path)
    return paths


def main(argv: list[str]) -> None:
    if argv[:1] == ["--compare"]:
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            report(compare(argv[1:], Path(folder)))
        return
    report([Path(a) for a in argv] or sorted((ROOT / "output").glob("*.pdf")))


def report(paths: list[Path]) -> None:
    print(
        f"{'pdf':42} {'body':>5} {'lines':>6} {'holes':>6} {'in Han':>6} {'widest':>6} "
        f"{'spread':>6} {'max sp':>6}"
    )
    for path in paths:
        m = measure(path)
        print(
            f"{path.name[:42]:42} {m['size']:5.1f} {m['lines']:6d} {m['holes']:6d} "
            f"{m['han_holes']:6d} {m['widest']:6.2f} {m['spread']:6.2f} {m['max_spread']:6.2f}"
        )
        for page, widest, around in m["worst"][:3]:
            print(f"    p. {page}: {widest:.2f} em at {around!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
