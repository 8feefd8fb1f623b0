"""Benchmark: peak memory (resident and address space) of one edition of a long article.

Builds the booklet (or ``--edition``) of the bundled article repeated ``--times N`` (or up to
``--mb`` megabytes) through the command line, in this process, with no time bound, and prints
pages, CPU seconds, peak RSS (VmHWM) and peak address space (VmPeak) from /proc/self/status:
the figures behind the default of ``--max-memory-mb`` (edition/limits.py). The repeated article
is kept in ``.cache/bench-memory/``: a second run of one size finds the caches warm.

    .venv/bin/python bench/memory.py --times 10
    .venv/bin/python bench/memory.py --mb 4.9
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def status_mb(field: str) -> float:
    """A ``kB`` field of /proc/self/status in MB (0 where /proc is missing)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--times", type=int, help="copies of the bundled article")
    parser.add_argument("--mb", type=float, help="repeat the article up to this size instead")
    parser.add_argument("--edition", default="booklet")
    parser.add_argument("--format", default="pdf", choices=("pdf", "html"))
    parser.add_argument("cli", nargs="*", help="more options for make_edition.py build")
    args = parser.parse_args()
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1753920000")
    logging.disable(logging.WARNING)
    from bench.run import repeated_notes
    from edition.cli.main import main as cli

    size = (ROOT / "articles" / "openai-research.txt").stat().st_size
    times = args.times or (max(1, int(args.mb * 1024 * 1024 / size)) if args.mb else 1)
    tmp = ROOT / ".cache" / "bench-memory"
    tmp.mkdir(parents=True, exist_ok=True)
    notes = repeated_notes(tmp, times)
    article_mb = (tmp / f"article-x{times}.txt").stat().st_size / (1024 * 1024)
    out = tmp / f"out.{args.format}"
    argv = ["-q", "build", str(notes), "--edition", args.edition, "--out", str(out)]
    argv += ["--format", args.format, "--max-seconds", "0"]
    argv += ["--max-article-mb", f"{article_mb + 1:.0f}", *args.cli]
    base = status_mb("VmHWM"), status_mb("VmPeak")
    t0, c0 = time.perf_counter(), time.process_time()
    code = cli(argv)
    cpu, wall = time.process_time() - c0, time.perf_counter() - t0
    pages = 0
    if code == 0 and args.format == "pdf":
        import pikepdf

        with pikepdf.open(out) as pdf:
            pages = len(pdf.pages)
    print(
        f"article x{times} ({article_mb:.2f} MB) {args.edition} {args.format}: exit {code}, "
        f"{pages} pages, {cpu:.1f} s CPU, {wall:.1f} s wall; peak RSS {status_mb('VmHWM'):.0f} MB "
        f"(before the build {base[0]:.0f}), peak address space {status_mb('VmPeak'):.0f} MB "
        f"(before the build {base[1]:.0f})"
    )


if __name__ == "__main__":
    main()
