"""Benchmark: how often WeasyPrint lays out a page, and the PDF stage's CPU, with and without
the fixes of edition/render/patches.py.

Prints, for one edition: pages in the PDF, page layouts done (``make_page`` calls: a page laid
out again for the vocabulary's ``target-counter`` counts twice), layout passes, the PDF
stage's CPU seconds, and the footnotes printed (lines of the text layer that start with a
note number).

    .venv/bin/python bench/layout_passes.py [--edition pinyin] [--unpatched] [NOTES]

For an A/B timing, time the two commands in turn as whole processes (``hyperfine`` from
Debian, or ``/usr/bin/time -v``): ``.venv/bin/python bench/layout_passes.py --edition pinyin``
against the same with ``--unpatched``.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTE_LINE = re.compile(r"^ *[0-9]+\. ", re.MULTILINE)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("notes", nargs="?", default=str(ROOT / "notes" / "openai-research.yaml"))
    parser.add_argument("--edition", default="pinyin")
    parser.add_argument("--style", default=None)
    parser.add_argument("--unpatched", action="store_true", help="leave WeasyPrint as installed")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    logging.disable(logging.WARNING)
    from dataclasses import replace

    from edition.notes.layer import load_layer
    from edition.pipeline.output import render
    from edition.pipeline.prepare import Timings, prepare
    from edition.render import patches

    if args.unpatched:
        patches.apply = list
    else:
        patches.apply()
    from weasyprint.layout import page

    counts = {"layouts": 0, "passes": 0}
    make_page, make_all_pages = page.make_page, page.make_all_pages

    def counted_make_page(*a, **k):
        counts["layouts"] += 1
        return make_page(*a, **k)

    def counted_make_all_pages(*a, **k):
        counts["passes"] += 1
        return make_all_pages(*a, **k)

    page.make_page = counted_make_page
    import weasyprint.layout

    weasyprint.layout.make_all_pages = counted_make_all_pages
    layer = load_layer(Path(args.notes))
    edition = next(e for e in layer.editions if e.name == args.edition)
    if args.style:
        edition = replace(edition, style=args.style)
    timings = Timings()
    data = render(prepare(layer, edition, timings), "pdf", timings)
    with tempfile.NamedTemporaryFile(suffix=".pdf") as tmp:
        Path(tmp.name).write_bytes(data)
        text = subprocess.run(
            ["pdftotext", tmp.name, "-"], capture_output=True, text=True, check=True
        ).stdout
    print(
        json.dumps(
            {
                "edition": args.edition,
                "patched": not args.unpatched,
                "pages": text.count("\f"),
                "page_layouts": counts["layouts"],
                "passes": counts["passes"],
                "pdf_cpu_s": round(timings.stages["pdf"][0], 2),
                "notes_printed": len(NOTE_LINE.findall(text)),
            }
        )
    )


if __name__ == "__main__":
    main()
