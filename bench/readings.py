"""Benchmark the readings engine on the CPP polyphone dev split and on the bundled article.

Usage: .venv/bin/python bench/readings.py [--data DIR] [--limit N]

DIR defaults to ../shared/data/cpp relative to the repository (dev.sent + dev.lb). The data is
read for measurement only; nothing from it is stored in the project. Prints accuracy on the
Simplified sentences and on the same sentences converted to Traditional with OpenCC s2t (looked
up on an aligned t2s copy), sentences per second, engine load time, and the CPU time of the
readings stage on articles/openai-research.txt.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

MARK = "\u2581"


def load_cpp(data: Path, limit: int | None):
    sents, pos, gold = [], [], []
    with (data / "dev.sent").open(encoding="utf-8") as fs, (data / "dev.lb").open() as fl:
        for line, lb in zip(fs, fl, strict=True):
            line = line.rstrip("\n")
            pos.append(line.index(MARK))
            sents.append(line.replace(MARK, ""))
            gold.append(lb.strip().replace("u:", "v"))
            if limit and len(sents) >= limit:
                break
    return sents, pos, gold


def accuracy(engine, lookups, pos, gold) -> tuple[float, float, dict]:
    t0 = time.process_time()
    out = engine.read_many(lookups)
    dt = time.process_time() - t0
    ok = 0
    origins: dict[str, list[int]] = {}
    for rs, p, g in zip(out, pos, gold, strict=True):
        r = rs[p]
        syl = r.syllable if r else None
        hit = syl == g or (syl == "r" and g == "r5")
        ok += hit
        if r:
            o = origins.setdefault(r.origin, [0, 0])
            o[0] += hit
            o[1] += 1
    return ok / len(gold), dt, origins


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data" / "cpp")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--article", type=Path, default=REPO / "articles" / "openai-research.txt")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    from edition.readings.engine import ReadingEngine, lookup_copy

    engine = ReadingEngine()
    load = time.perf_counter() - t0
    rows = [("engine load (incl. imports)", f"{load:.2f} s")]

    if not (args.data / "dev.sent").exists():
        print(f"CPP data not found in {args.data}; skipping the accuracy benchmark")
    else:
        import opencc

        sents, pos, gold = load_cpp(args.data, args.limit)
        for name, kw in (
            ("phrase always wins", {"model_overrides_phrase": 1.01}),
            ("model overrides any phrase at p>=0.95", {"protected": frozenset()}),
        ):
            acc_v, _, _ = accuracy(ReadingEngine(**kw), sents, pos, gold)
            rows.append((f"CPP dev Simplified, {name}", f"{acc_v:.2%}"))
        acc, dt, origins = accuracy(engine, sents, pos, gold)
        rows.append((f"CPP dev Simplified ({len(sents)} sentences), default engine", f"{acc:.2%}"))
        rows.append(("sentences/second (CPU, cold cache)", f"{len(sents) / dt:,.0f}"))
        for o, (hit, n) in sorted(origins.items()):
            rows.append((f"  origin {o}", f"{hit / n:.2%} of {n}"))
        s2t = opencc.OpenCC("s2t")
        trad = [s2t.convert(s) for s in sents]
        keep = [k for k, t in enumerate(trad) if len(t) == len(sents[k])]
        engine2 = ReadingEngine()
        lookups = [lookup_copy(trad[k]) for k in keep]
        acc_t, _, _ = accuracy(engine2, lookups, [pos[k] for k in keep], [gold[k] for k in keep])
        acc_t = acc_t * len(keep) / len(sents)  # length-changed sentences count as misses
        rows.append(("CPP dev Traditional (s2t, lookup on t2s copy), default", f"{acc_t:.2%}"))

    if args.article.exists():
        text = args.article.read_text(encoding="utf-8")
        text = re.sub(r"\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü\s]+\)", "", text)  # (pinyin) remnants
        lookup = lookup_copy(text)
        han = sum(1 for c in lookup if "\u4e00" <= c <= "\u9fff")
        engine3 = ReadingEngine()
        t0 = time.process_time()
        engine3.read(lookup)
        cold = time.process_time() - t0
        t0 = time.process_time()
        engine3.read(lookup)
        warm = time.process_time() - t0
        rows.append((f"article stage, {han} Han chars, CPU", f"{cold:.3f} s (cached {warm:.3f} s)"))

    width = max(len(a) for a, _ in rows)
    for a, b in rows:
        print(f"{a:<{width}}  {b}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
