"""Lexicon words the cut does not keep: where a word of 2-4 characters the lexicon knows spans a
word boundary of the engine's cut and would read one of its polyphones otherwise than the engine
printed, and whether the word or the engine is right by the gold.

Usage: .venv/bin/python bench/lexicon_spans.py [--shared DIR] [--sets dev,dev2,...] [-v]

Sets: ``article`` (the bundled article's gold, Traditional and a t2s copy) and any file of
``bench/readings/`` by name (default: the article and dev sets 1-16; ``probe_joins`` is the
probe written for the join of single characters into a dictionary word, ``-v`` lists its wrong
readings). Prints each set's wrong readings, then the places counted under each condition.

Each such place is counted under the conditions a narrow look-up could test (how the cut covers
the span, whether CC-CEDICT has the word, whether a grammar rule decided the engine's reading,
jieba's counts of the word and of its pieces), so the bench shows which condition is safe: one
where the word is right far more often than the engine. The shared data (the bundled article's
gold) is read for measurement only.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import readings as bench  # noqa: E402  (bench/readings.py: the sets and their gold)

DEV = "dev dev2 dev3 dev4 dev5 dev6 dev7 dev8 dev9 dev10 dev11 dev12 dev13 dev14 dev15 dev16"


def spans(engine, cedict_words, lookups, gold):
    """Yield one record per (place, polyphone) where a lexicon word crossing the cut reads a
    polyphone otherwise than the engine."""
    from edition.readings.engine import split_sentences

    lex = engine._lexicon
    jieba = engine._words
    rows = engine.details_many(lookups)
    for lookup, row, g in zip(lookups, rows, gold, strict=True):
        ok_at = dict(g)
        base = 0
        for sent in split_sentences(lookup):
            read_as, words = engine.words(sent)
            starts = {w.start for w in words} | {len(read_as)}
            ends = {w.end for w in words} | {0}
            word_at = {}
            for w in words:
                for k in range(w.start, w.end):
                    word_at[k] = w
            for a in range(len(read_as)):
                for n in (2, 3, 4):
                    b = a + n
                    if b > len(read_as):
                        break
                    text = read_as[a:b]
                    syls = lex.get(text)
                    if syls is None:
                        continue
                    inside = [word_at.get(k) for k in range(a, b)]
                    if inside[0] is not None and inside[0].start == a and inside[0].end == b:
                        continue  # the cut has it as one word
                    if any(w is None or w.tag in ("w", "eng") for w in inside):
                        continue
                    covered = list(dict.fromkeys(inside))
                    aligned = a in starts and b in ends
                    singles = aligned and all(len(w.text) == 1 for w in covered)
                    for j, syl in enumerate(syls):
                        i = base + a + j
                        d = row[i] if i < len(row) else None
                        if d is None or not d.polyphonic:
                            continue
                        got = d.reading.syllable
                        if got == syl:
                            continue
                        want = ok_at.get(i)
                        if want is None:
                            continue
                        yield {
                            "word": text,
                            "char": read_as[a + j],
                            "lex": syl,
                            "got": got,
                            "origin": d.reading.origin,
                            "lex_ok": syl in want,
                            "got_ok": got in want,
                            "cut": "|".join(w.text for w in covered),
                            "aligned": aligned,
                            "singles": singles,
                            "cedict": text in cedict_words,
                            "jieba_word": text in jieba,
                            "count": jieba.count(text),
                            "pieces": min(jieba.count(w.text) for w in covered),
                            "neutral": syl.endswith("5") or got.endswith("5"),
                            "ctx": lookup[max(0, i - a - j - 5) : i - j + n + 5],
                        }
            base += len(sent)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--sets", default="article," + DEV.replace(" ", ","))
    ap.add_argument("-v", "--verbose", action="store_true", help="list every place")
    args = ap.parse_args(argv)

    from edition.readings.engine import ReadingEngine
    from edition.readings.lexicon import _cedict_path, read_cedict
    from edition.text.script import lookup_copy

    engine = ReadingEngine()
    cedict_words = frozenset(read_cedict(_cedict_path()).words)
    sets = {}
    chosen = args.sets.split(",")
    if "article" in chosen:
        texts, gold = bench.load_article_gold(args.shared)
        sets["article T"] = (texts, gold)
        sets["article S"] = (bench.t2s_copy(texts), gold)
    for name in chosen:
        if name == "article":
            continue
        simp, trad, gold = bench.load_bench(REPO / "bench" / "readings" / f"{name}.txt")
        sets[f"{name} S"] = (simp, gold)
        sets[f"{name} T"] = (trad, gold)

    found = []
    for name, (texts, gold) in sets.items():
        wrong = bench.running_text(engine, texts, gold)["wrong"]
        print(f"{name}: {len(wrong)} wrong")
        if args.verbose:
            for ch, syl, want, ctx, _ in wrong:
                print(f"  {ctx} {ch} {syl} (want {want})")
        lookups = [lookup_copy(t) for t in texts]
        for rec in spans(engine, cedict_words, lookups, gold):
            rec["set"] = name
            found.append(rec)

    def verdict(r) -> str:
        if r["lex_ok"] and not r["got_ok"]:
            return "word right"
        if r["got_ok"] and not r["lex_ok"]:
            return "engine right"
        return "both right" if r["lex_ok"] else "both wrong"

    conditions = {
        "all": lambda r: True,
        "not a neutral-tone difference": lambda r: not r["neutral"],
        "span cut into single characters": lambda r: r["singles"],
        "single chars, CC-CEDICT word": lambda r: r["singles"] and r["cedict"],
        "single chars, CC-CEDICT, no rule decided": lambda r: (
            r["singles"] and r["cedict"] and r["origin"] != "rule"
        ),
        "single chars, CC-CEDICT, no rule, not neutral": lambda r: (
            r["singles"] and r["cedict"] and r["origin"] != "rule" and not r["neutral"]
        ),
        "aligned with the cut, several-char pieces": lambda r: r["aligned"] and not r["singles"],
        "crossing a word of the cut": lambda r: not r["aligned"],
        "engine reading from the model": lambda r: r["origin"] == "model",
        "engine reading from a rule": lambda r: r["origin"] == "rule",
        "engine reading from a word": lambda r: r["origin"] == "phrase",
        "engine reading: char default": lambda r: r["origin"] == "char",
    }
    print(
        f"places (set x polyphone) where a lexicon word across the cut reads otherwise: "
        f"{len(found)}"
    )
    for label, test in conditions.items():
        sub = [r for r in found if test(r)]
        c = collections.Counter(verdict(r) for r in sub)
        print(
            f"  {label:<48} {len(sub):>4}: word right {c['word right']:>3}, engine right "
            f"{c['engine right']:>3}, both wrong {c['both wrong']:>3}, both right "
            f"{c['both right']:>3}"
        )
    if args.verbose:
        for r in sorted(found, key=lambda r: (verdict(r), r["word"])):
            print(
                f"  {verdict(r):<12} {r['set']:<10} {r['word']} {r['char']} lex {r['lex']} "
                f"got {r['got']} ({r['origin']}) cut {r['cut']} singles={r['singles']:d} "
                f"cedict={r['cedict']:d} count={r['count']} pieces={r['pieces']} {r['ctx']}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
