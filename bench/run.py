"""Benchmark: CPU and wall seconds per stage, pages, PDF size and peak RSS per edition.

Runs each case in a fresh child process (so peak RSS is that build's own), after one warm-up
build that fills the font caches. Cases: every edition of the bundled article, and the booklet
of the article repeated 10 times. Targets (reported, never asserted): booklet x1 <= 2 s CPU end
to end with warm caches, x10 <= 6 s, growth linear, peak RSS < 300 MB.

    .venv/bin/python bench/run.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTES = ROOT / "notes" / "openai-research.yaml"


def child(notes: Path, edition_name: str, out: Path) -> None:
    """Build one edition in this process and print its timings as JSON."""
    sys.path.insert(0, str(ROOT))
    t0, c0 = time.perf_counter(), time.process_time()
    import logging

    logging.disable(logging.WARNING)
    from edition.files import write_atomic
    from edition.notes.layer import load_layer
    from edition.pipeline.output import render
    from edition.pipeline.prepare import Timings, prepare

    layer = load_layer(notes)
    edition = next(e for e in layer.editions if e.name == edition_name)
    import_cpu = time.process_time() - c0
    timings = Timings()
    prepared = prepare(layer, edition, timings)
    data = render(prepared, "pdf", timings)
    write_atomic(out, data)
    import pikepdf

    with pikepdf.open(out) as pdf:
        pages = len(pdf.pages)
    print(
        json.dumps(
            {
                "stages": timings.stages,
                "startup_cpu": import_cpu,
                "total_cpu": time.process_time() - c0,
                "total_wall": time.perf_counter() - t0,
                "pages": pages,
                "size": out.stat().st_size,
                "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
    )


def run_case(notes: Path, edition: str, out: Path) -> dict:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", str(notes), edition, str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"bench: {notes.name}/{edition} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def repeated_notes(tmp: Path, times: int) -> Path:
    """The article repeated ``times`` times, with the notes file's metadata and editions only
    (anchored notes and corrections would match ``times`` places)."""
    text = (ROOT / "articles" / "openai-research.txt").read_text(encoding="utf-8")
    article = tmp / f"article-x{times}.txt"
    article.write_text("\n".join([text.rstrip("\n")] * times) + "\n", encoding="utf-8")
    import yaml

    doc = yaml.safe_load(NOTES.read_text(encoding="utf-8"))
    small = {"article": str(article), "meta": doc["meta"], "editions": doc["editions"]}
    path = tmp / f"openai-research-x{times}.yaml"
    path.write_text(yaml.safe_dump(small, allow_unicode=True), encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument(
        "--times", type=int, default=10, help="repetitions of the article for the growth case"
    )
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), args.child[1], Path(args.child[2]))
        return
    sys.path.insert(0, str(ROOT))
    from edition.notes.layer import load_layer

    os.environ.setdefault("SOURCE_DATE_EPOCH", "1753920000")
    layer = load_layer(NOTES)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        cases = [(f"{e.name} x1", NOTES, e.name) for e in layer.editions]
        big = repeated_notes(tmp, args.times)
        cases.append((f"booklet x{args.times}", big, "booklet"))
        for edition in layer.editions:  # fills the font caches of every edition
            run_case(NOTES, edition.name, tmp / "warm.pdf")
        run_case(big, "booklet", tmp / "warm-big.pdf")
        stages = ("load", "clean", "convert", "anchor", "readings", "segment", "html", "pdf")
        header = (
            f"{'case':16} "
            + " ".join(f"{s:>8}" for s in stages)
            + f" {'start':>6} {'CPU':>6} {'wall':>6} {'pages':>5} {'KB':>6} {'RSS MB':>6}"
        )
        print("CPU seconds per stage (warm caches); start = imports and loading the notes")
        print(header)
        for label, notes, edition in cases:
            r = run_case(notes, edition, tmp / "out.pdf")
            cells = " ".join(f"{r['stages'].get(s, [0, 0])[0]:8.3f}" for s in stages)
            print(
                f"{label:16} {cells} {r['startup_cpu']:6.2f} {r['total_cpu']:6.2f} "
                f"{r['total_wall']:6.2f} {r['pages']:5d} {r['size'] / 1024:6.0f} "
                f"{r['peak_rss_mb']:6.0f}"
            )


if __name__ == "__main__":
    main()
