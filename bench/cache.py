"""What checking the cache costs a warm build: the entries it uses, and the CPU time of checking
them as edition/cache.py does (a seal, i.e. one stat, for entries used by path; the digest of
entries read into memory) against hashing every one of them in full on every build.

Usage: .venv/bin/python bench/cache.py [NOTES] [--edition NAME] [--runs N]
Uses the cache EDITION_CACHE_DIR names (else the user's); builds the edition once to warm it.
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("notes", nargs="?", default=str(ROOT / "notes" / "openai-research.yaml"))
    ap.add_argument("--edition", default="booklet")
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args()

    from edition import cache
    from edition.notes.layer import load_layer
    from edition.pipeline.output import render
    from edition.pipeline.prepare import prepare

    layer = load_layer(Path(args.notes))
    edition = next(e for e in layer.editions if e.name == args.edition)
    render(prepare(layer, edition), "pdf")  # warm

    used: dict[Path, bool] = {}  # path -> read into memory
    touch, load = cache._touch, cache.load

    def record(path: Path, mtime_ns: int) -> None:
        used.setdefault(path, recording_memory)
        touch(path, mtime_ns)

    def recorded_load(*a):
        nonlocal recording_memory
        recording_memory = True
        try:
            return load(*a)
        finally:
            recording_memory = False

    recording_memory = False
    cache._touch, cache.load = record, recorded_load
    started = time.process_time()
    render(prepare(layer, edition), "pdf")
    build = time.process_time() - started
    cache._touch, cache.load = touch, load

    def checked() -> None:  # what the cache does on each build
        for path, memory in used.items():
            if memory:
                hashlib.sha256(path.read_bytes()).hexdigest()
            else:
                path.stat().st_mtime_ns  # noqa: B018 (the stat is the check)

    def hashed() -> None:  # every entry hashed in full on each build
        for path in used:
            with path.open("rb") as handle:
                hashlib.file_digest(handle, "sha256")

    def cpu_ms(fn) -> float:
        times = []
        for _ in range(args.runs):
            t = time.process_time()
            fn()
            times.append((time.process_time() - t) * 1000)
        return statistics.median(times)

    size = sum(p.stat().st_size for p in used)
    memory = sum(p.stat().st_size for p, m in used.items() if m)
    print(f"warm build of {args.edition}: {build:.2f} s CPU; it uses {len(used)} cache entries")
    print(f"  {size / 2**20:.1f} MB in all, {memory / 2**20:.1f} MB of them read into memory")
    print(f"checking them as the cache does: {cpu_ms(checked):.2f} ms CPU per build")
    print(f"hashing all of them in full:     {cpu_ms(hashed):.2f} ms CPU per build")
    for path, memory in sorted(used.items(), key=lambda item: -item[0].stat().st_size):
        kind = "digest" if memory else "seal"
        print(f"  {kind:6} {path.stat().st_size / 2**20:7.2f} MB  {path.parent.name}/{path.name}")


if __name__ == "__main__":
    main()
