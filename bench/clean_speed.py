"""Clean-stage speed: CPU seconds to load the character model and to clean one article.

As on the first build of a new article: the clean stage's own cache is not used (clean() is
called directly), the model's derived tables come from the cache (built once per machine).
``--root`` runs the code of another checkout (for an A/B of two checkouts'
code, timed as whole processes in turn, e.g. with ``hyperfine`` from Debian):

    .venv/bin/python bench/clean_speed.py articles/openai-research.txt
    hyperfine '.venv/bin/python bench/clean_speed.py articles/openai-research.txt' \\
        '.venv/bin/python bench/clean_speed.py articles/openai-research.txt --root ../main'
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("article", type=Path)
    ap.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    args = ap.parse_args()
    article = args.article.resolve()
    sys.path.insert(0, str(args.root.resolve()))
    t0 = time.process_time()
    from edition.text.charfreq import char_model
    from edition.text.clean import clean
    from edition.text.source import load_source

    char_model()
    t1 = time.process_time()
    cleaned = clean(load_source(article))
    t2 = time.process_time()
    print(
        f"{article.name}: model {t1 - t0:.2f} s CPU, clean {t2 - t1:.2f} s CPU, "
        f"{len(cleaned.changes)} changes, {len(cleaned.problems)} warnings"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
