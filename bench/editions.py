"""Benchmark: the ways of building every edition of one notes file (issue 13, P7).

Each run builds all editions of ``--notes`` into a temporary folder, one of three ways:

``fork``        what ``make_edition.py build`` does: the pipeline imported once, then one forked
                worker per edition, as many at a time as there are processors
                (edition/cli/workers.py);
``pool``        the previous way: a ``ProcessPoolExecutor`` whose workers import the pipeline
                themselves, one import per worker;
``sequential``  one process building the editions in turn.

Time whole processes from outside, CPU and wall, e.g. with ``/usr/bin/time -v`` or a
benchmark harness that alternates two commands. Measured 2026-12-06 on the 2-core machine
while other builds kept it busy (load 6-9), the four editions of the bundled notes, warm
caches, medians of 7 alternated pairs: fork 9.93 s CPU against pool 10.16 s (ratio 0.987),
peak RSS 120 MB against 133 MB; fork 10.47 s against sequential 9.64 s (ratio 1.064). Wall
ratios were 0.99 and 1.09: with no processor free, workers cannot win time. On free cores
the two workers share the 9-10 s of CPU.

    .venv/bin/python bench/editions.py fork
    .venv/bin/python bench/editions.py pool
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("strategy", choices=("fork", "pool", "sequential"))
    parser.add_argument("--notes", type=Path, default=ROOT / "notes" / "openai-research.yaml")
    args = parser.parse_args()
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1753920000")
    logging.disable(logging.WARNING)
    os.chdir(ROOT)
    from edition.cli import commands, workers
    from edition.notes.layer import load_layer

    layer = load_layer(args.notes)
    with tempfile.TemporaryDirectory() as tmp:
        jobs = [(layer, e, Path(tmp) / e.output) for e in layer.editions]
        if args.strategy == "pool":
            return _pool(jobs)
        if args.strategy == "sequential":
            workers.cpus = lambda: 1
        run = argparse.Namespace(strict=False, format="pdf", verbose=False)
        return commands._run_builds(jobs, run)


def _pool(jobs) -> int:
    """The orchestration of edition/cli/commands.py before the forked workers."""
    from concurrent.futures import ProcessPoolExecutor

    from edition import limits
    from edition.cli.commands import build_one

    with ProcessPoolExecutor(max_workers=min(len(jobs), os.cpu_count() or 1)) as pool:
        futures = [
            pool.submit(build_one, layer, e, out, "pdf", False, limits.current())
            for layer, e, out in jobs
        ]
        for future in futures:
            future.result()
    return 0


if __name__ == "__main__":
    sys.exit(main())
