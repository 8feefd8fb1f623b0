"""Benchmark: what the design changes of issue 13 could save, measured on the HTML itself.

Builds one edition of a notes file once, keeps the HTML the PDF stage was given, then lays out
variants of that HTML in the same process, in turn, ``--repeat`` times, and prints for each
the median CPU seconds of the layout (``lay_out``: parse, cascade, boxes, pages) and of the
writing (``LaidOut.write``: drawing, fonts, text-layer fix), its pages, and whether its PDF
is the same as the unchanged HTML's: ``bytes`` (byte-identical), ``pixels`` (every page the
same at 80 dpi, ``pdftoppm``), else ``differs``. Most variants drop something the edition
needs: they are upper bounds of what a change of design there could save, not candidates.

- ``literal-pageref``: the vocabulary's page numbers written as text, read from the laid-out
  pages' anchors, instead of ``target-counter()`` (what computing them ourselves saves);
- ``no-pageref``: no page numbers at all (their absolutely placed boxes too);
- ``no-nowrap``: no ``<span class="nw">`` (fewer elements in the glyph runs);
- ``no-zw-space``: no zero-width spaces between Han characters (justification without them);
- ``vocab-inline``: the vocabulary's columns inline, not shrink-to-fit inline-blocks;
- ``vocab-fixed``: the columns inline-blocks of the column's width (``width``, not
  ``min-width``): no shrink-to-fit, what measuring the strings ourselves could save (differs
  where a word or reading is wider than its column);
- ``vocab-no-columns``: the word, reading and part of speech as plain text, not three elements
  (what the columns' elements and boxes cost);
- ``no-vocabulary``: no vocabulary section (what its pages cost).

In one process the variants share the machine's drift but not its noise; for a figure to
quote, compare two variants as whole processes, each laying its HTML out ``--laps`` times
after the one build (the difference is then ``--laps`` times the per-layout one):

    .venv/bin/python bench/candidates.py [--edition booklet] [--repeat 5] [NOTES]
    hyperfine '.venv/bin/python bench/candidates.py --only unchanged --laps 4' \
        '.venv/bin/python bench/candidates.py --only vocab-fixed --laps 4'
"""

from __future__ import annotations

import argparse
import logging
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TAG = re.compile(r"(<[^>]*>)")
VOID = ("<br", "<img", "<meta", "<link", "<!", "<wbr", "<hr")


def without_han_spaces(html: str) -> str:
    """``html`` with the spaces of text inside ``<span class="han">`` runs (not their notes)
    removed."""
    out, inside = [], []  # for each open element: is its text in a Han run?
    for part in TAG.split(html):
        if part.startswith("</"):
            if inside:
                inside.pop()
        elif part.startswith("<"):
            if not part.endswith("/>") and not part.startswith(VOID):
                parent = bool(inside and inside[-1])
                inside.append('class="han"' in part or (parent and "footnote" not in part))
        elif inside and inside[-1]:
            part = part.replace(" ", "")
        out.append(part)
    return "".join(out)


def with_css(extra: str) -> Callable[[str], str]:
    return lambda html: html.replace("</head>", f"<style>{extra}</style></head>", 1)


def literal_pagerefs(pages: dict[str, int]) -> Callable[[str], str]:
    def change(html: str) -> str:
        html = re.sub(
            r'<a class="pageref" href="#([^"]*)"></a>',
            lambda m: (
                f'<a class="pageref" href="#{m[1]}"><span class="pn">{pages[m[1]]}</span></a>'
            ),
            html,
        )
        return with_css(
            ".vocabulary .pageref::after { content: none }"
            " .vocabulary .pn { font-size: var(--small-size) }"
        )(html)

    return change


def same_pixels(a: Path, b: Path, folder: Path) -> bool:
    images = []
    for pdf in (a, b):
        prefix = folder / pdf.stem
        subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(prefix)], check=True)
        images.append([p.read_bytes() for p in sorted(folder.glob(f"{pdf.stem}-*.png"))])
    return images[0] == images[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("notes", nargs="?", default=str(ROOT / "notes" / "openai-research.yaml"))
    parser.add_argument("--edition", default="booklet")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--only", help="lay out this variant --laps times, print nothing")
    parser.add_argument("--laps", type=int, default=4)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    logging.disable(logging.WARNING)
    import edition.render  # noqa: F401  (installs the WeasyPrint fixes before its import)
    from edition.notes.layer import load_layer
    from edition.pipeline import output
    from edition.pipeline.prepare import prepare

    kept: dict = {}
    lay_out = output.lay_out

    def keeping(html: str, **kwargs):
        kept.update(html=html, kwargs=kwargs)  # the last one: after any notes moved
        return lay_out(html, **kwargs)

    output.lay_out = keeping
    layer = load_layer(Path(args.notes))
    chosen = next(e for e in layer.editions if e.name == args.edition)
    output.render(prepare(layer, chosen), "pdf")
    output.lay_out = lay_out
    html, kwargs = kept["html"], kept["kwargs"]

    first = lay_out(html, **kwargs)
    pages: dict[str, int] = {}
    for number, page in enumerate(first.document.pages, 1):
        for anchor in page.anchors:
            pages.setdefault(anchor, number)
    del first
    variants: dict[str, Callable[[str], str]] = {
        "unchanged": lambda h: h,
        "literal-pageref": literal_pagerefs(pages),
        "no-pageref": lambda h: re.sub(r'<a class="pageref" href="[^"]*"></a>', "", h),
        "no-nowrap": lambda h: re.sub(r'<span class="nw">(.*?)</span>', r"\1", h),
        "no-zw-space": without_han_spaces,
        "vocab-inline": with_css(
            ".vocabulary .word, .vocabulary .reading, .vocabulary .pos { display: inline }"
        ),
        "vocab-fixed": with_css(
            ".vocabulary .word { min-width: 0; width: calc(var(--word-col) - 2mm) }"
            " .vocabulary .reading { min-width: 0; width: calc(var(--reading-col) - 2mm) }"
            " .vocabulary .pos { min-width: 0; width: calc(var(--pos-col) - 2mm) }"
        ),
        "vocab-no-columns": lambda h: re.sub(
            r'<span class="(?:word|reading|pos)">([^<]*)</span>', r"\1 ", h
        ),
        "no-vocabulary": lambda h: re.sub(
            r'<section class="vocabulary">.*?</section>', "", h, flags=re.S
        ),
    }
    if args.only:
        for _ in range(args.laps):
            laid = lay_out(variants[args.only](html), **kwargs)
            laid.write()
            del laid
        return
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in variants}
    with tempfile.TemporaryDirectory(prefix="edition-candidates-") as tmp_name:
        tmp = Path(tmp_name)
        made: dict[str, tuple[int, bytes]] = {}
        for _ in range(args.repeat):
            for name, change in variants.items():
                text = change(html)
                start = time.process_time()
                laid = lay_out(text, **kwargs)
                middle = time.process_time()
                pdf = laid.write()
                times[name].append((middle - start, time.process_time() - middle))
                made.setdefault(name, (len(laid.document.pages), pdf))
                del laid
        base = tmp / "unchanged.pdf"
        base.write_bytes(made["unchanged"][1])
        print(f"{args.edition}: CPU s, median of {args.repeat} (in one process, in turn)")
        print(f"{'variant':16} {'layout':>7} {'write':>7} {'total':>7} {'pages':>5}  output")
        for name, runs in times.items():
            layout = statistics.median(r[0] for r in runs)
            write = statistics.median(r[1] for r in runs)
            count, pdf = made[name]
            path = tmp / f"{name}.pdf"
            path.write_bytes(pdf)
            if pdf == made["unchanged"][1]:
                same = "bytes"
            elif count == made["unchanged"][0] and same_pixels(base, path, tmp):
                same = "pixels"
            else:
                same = "differs"
            print(f"{name:16} {layout:7.3f} {write:7.3f} {layout + write:7.3f} {count:5d}  {same}")


if __name__ == "__main__":
    main()
