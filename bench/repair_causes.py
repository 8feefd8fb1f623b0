"""Why the repair chose wrong: each wrong decision of ``edition/text/mojibake.py``, grouped.

The repair decides a damaged line stretch by stretch (``_decide``): the readings the beam search
kept are compared, their destroyed bytes settled by word frequencies, and the best is kept. This
script damages each clean text with each seed (``bench/damage_sim.py``), watches every decision
(it wraps ``_decide``: a bench-only hook, the repair itself is unchanged) and, for each decision
whose text is not the clean one, finds the clean text of the stretch (by the five characters to
its left and three to its right in the clean line; a decision whose context cannot be found is
counted as "not located") and asks two questions:

* where was the clean reading? ``compared``: among the readings compared, with its destroyed
  bytes among the candidates settled (a choosing error); ``candidates``: there, but only with a
  candidate beyond those settled; ``pruned``: in a reading the beam kept but did not compare;
  ``never``: in no reading the beam kept (the search never read it);
* which does the decision's word score (``_seg_score``: word frequencies and part-of-speech
  classes over the stretch and six characters on each side) prefer, the clean text or the
  chosen one? When it prefers the chosen one, no wider search and no other choice among the
  readings can fix the decision: the language knowledge itself is what is missing.

    .venv/bin/python bench/repair_causes.py --seeds 101-110            # every text, both scripts
    .venv/bin/python bench/repair_causes.py --seeds 101-103 --show bench/damage/texts/news.*
    .venv/bin/python bench/repair_causes.py --seeds 101-140 --top 20 bench/damage/texts/*Hans*

Then the wrong decisions by kind (``kind``: Han lost, a pair not put back, one character or
more, and whether the one lost shares its lead byte with the next, so that the reading without
it is fluent text; Han swapped for Han; a mark read for Han; marks; a letter GBK lacks), each
with the spots (text, clean, chosen) and the texts it falls on: a kind in many texts is a
general cause, one with many decisions at few spots is a few places hit at every seed. Seeds
101-110 Simplified, the eleven dev texts: Han lost, one character, 70 decisions at 48 spots in
11 of 11 texts; Han swapped 70 at 55 in 11; Han lost, two or more, 25 at 18 in 10; lost with its
neighbour in its row ('。”他说。' read '。”说。') 12 at 3 in 3; letters GBK lacks 30 at 3 in 3.

``--top N``: the N wrong decisions made at the most seeds (same text, same clean and chosen
text), and how many of all wrong decisions fall on spots wrong at a quarter of the seeds or
more. Much of the damage is the same at every seed (which pairs are undecodable depends on the
text's bytes, not on the seed), so a few spots of the eight texts weigh on every seed: seeds
101-140 Simplified, 617 located wrong decisions at 254 spots, 235 (38%) of them at the 11 spots
wrong at 10 seeds or more (80 of those at two Latin letters GBK lacks, 'Ödön' and 'ł'; '。”他说。'
read '。”说。' at 24 seeds), 168 spots wrong at one seed. More texts, not more seeds, widen the
measure.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
sys.path.insert(0, str(BENCH))

from damage_sim import damage  # noqa: E402
from repair_score import TEXTS, parse_seeds  # noqa: E402

import edition.text.mojibake as mj  # noqa: E402
from edition.text.charfreq import DocModel, char_model  # noqa: E402
from edition.text.segment import is_han  # noqa: E402

LEFT, RIGHT = 5, 3  # characters of context that place a decision in the clean line
# ASCII marks and tag remnants the later clean stages turn into what the clean text has
FULL = str.maketrans(",?!:;()", "，？！：；（）")
WHERE = ("compared", "candidates", "pruned", "never")


def _plain(text: str) -> str:
    return re.sub(r"<?/p>?|[<>]", "", mj._plain(text)).translate(FULL)


def _pattern(items: list[tuple[str, tuple[str, ...]]], limit: int | None) -> str:
    """A regular expression for the texts a reading can give: each destroyed byte one of its
    candidates (the first ``limit`` of them, or all)."""
    text = "".join(ch for ch, _ in items)
    keep = set(mj._unread(text))
    parts = []
    for k, (ch, cands) in enumerate(items):
        if k not in keep:
            continue
        if len(cands) > 1:
            pool = {ch, *(cands[:limit] if limit else cands)}
            parts.append(
                "[" + "".join(re.escape(_plain(c)) for c in sorted(pool) if _plain(c)) + "]"
            )
        elif _plain(ch):
            parts.append(re.escape(_plain(ch)))
    return "".join(parts)


class Watch:
    """Records each decision of the repair: its context, the readings and the chosen text."""

    def __init__(self) -> None:
        self.seen: list[tuple] = []
        self._decide = mj._decide

    def __enter__(self) -> Watch:
        def decide(m, alts, anchor, right, opened, line_end=False):
            left = mj._tail(anchor.out, 12)
            ranked = sorted(alts, key=lambda h: h.score, reverse=True)
            readings = [[(it.ch, it.cands) for it in mj._chain(h.out, anchor.out)] for h in ranked]
            h, d = self._decide(m, alts, anchor, right, opened, line_end)
            chosen = [it.ch for it in mj._chain(h.out, anchor.out)]
            self.seen.append((m, left, right, opened, readings, chosen))
            return h, d

        mj._decide = decide
        return self

    def __exit__(self, *exc) -> None:
        mj._decide = self._decide


def classify(truth_line: str, seen: tuple) -> tuple[str, str, str, str] | None:
    """(where, preference, chosen, clean) of one wrong decision; None when it was right."""
    m, left, right, opened, readings, chosen = seen
    left_p, right_p = _plain(left)[-LEFT:], _plain(right)[:RIGHT]
    got = _plain("".join(chosen))
    if (left_p + got + right_p) in truth_line or (not right_p and (left_p + got) in truth_line):
        return None
    a = truth_line.find(left_p)
    b = -1 if a < 0 else truth_line.find(right_p, a + len(left_p)) if right_p else len(truth_line)
    if a < 0 or b < 0 or b - a - len(left_p) > 60:
        return ("not located", "", got, "")
    clean = truth_line[a + len(left_p) : b]

    def reads(items: list, limit: int | None) -> bool:
        return bool(re.search(re.escape(left_p) + _pattern(items, limit) + re.escape(right_p),
                              truth_line))  # fmt: skip

    compared = readings[: mj.DECIDE_ALTS]
    if any(reads(r, mj.SETTLE_CANDS) for r in compared):
        where = "compared"
    elif any(reads(r, None) for r in compared):
        where = "candidates"
    elif any(reads(r, None) for r in readings[mj.DECIDE_ALTS :]):
        where = "pruned"
    else:
        where = "never"
    # the tag remnant a line's last stretch may hold ('</p') is in both, as the repair has it
    tail = re.search(r"<?/?p?$", "".join(chosen))
    s_clean = mj._seg_score(m, left, list(clean) + list(tail.group(0)), right, opened)
    s_got = mj._seg_score(m, left, chosen, right, opened)
    return (where, "clean" if s_clean > s_got else "chosen", got, clean)


def repeated(wrong: list[tuple[str, str, str]], seeds: int, top: int) -> list[str]:
    """Lines for ``--top``: the ``top`` (text, clean, chosen) decisions made wrong at the most
    seeds, and the share of all of them made at spots wrong at a quarter of ``seeds`` or more."""
    counts: dict[tuple[str, str, str], int] = {}
    for key in wrong:
        counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    often = max(2, seeds // 4)
    heavy = [n for _, n in ranked if n >= often]
    once = sum(n == 1 for _, n in ranked)
    lines = [
        f"{len(wrong)} wrong decisions at {len(counts)} spots; {sum(heavy)} "
        f"({100 * sum(heavy) / max(1, len(wrong)):.0f}%) at the {len(heavy)} spots wrong "
        f"at {often} seeds or more; {once} spots wrong at one"
    ]
    lines += [f"  {n:4}  {text}: {clean!r} -> {got!r}" for (text, clean, got), n in ranked[:top]]
    return lines


def kind(clean: str, got: str) -> str:
    """What a wrong decision did, read off its clean text and the chosen one: Han lost (a
    dropped pair not put back: two or more; one), added, swapped for another Han character,
    a mark read for Han or Han for a mark, other marks, or a letter GBK lacks (no repair can
    read it back)."""
    if any(mj._gbk(c) is None for c in clean if not c.isspace()):
        return "letter GBK lacks"
    n_clean, n_got = sum(map(is_han, clean)), sum(map(is_han, got))
    a, b = mj._differ(clean, got)
    was, now = clean[a : len(clean) - b], got[a : len(got) - b]
    if len(was) == len(now) and not any(map(is_han, now)) and any(map(is_han, was)):
        return "Han read as mark"
    if n_clean > n_got:
        if n_clean - n_got > 1:
            return "Han lost, 2+"
        # the character lost shares its lead byte with the next one (他说 CBFB CBB5): the
        # reading without it is the next character itself, as fluent as the clean one
        after = clean[len(clean) - b : len(clean) - b + 1]
        if len(was) == 1 and not now and after and _same_row(was, after):
            return "Han lost, 1, row"
        return "Han lost, 1"
    if n_clean < n_got:
        return "Han added"
    if any(map(is_han, was)) and any(map(is_han, now)):
        return "Han swapped"
    if any(map(is_han, now)):
        return "mark read as Han"
    if any(map(is_han, was)):
        return "Han read as mark"
    return "marks, other"


def _same_row(c1: str, c2: str) -> bool:
    g1, g2 = mj._gbk(c1), mj._gbk(c2)
    return bool(g1 and g2 and len(g1) == 2 and len(g2) == 2 and g1[0] == g2[0])


def kinds(wrong: list[tuple[str, str, str]]) -> list[str]:
    """Lines of the table of kinds: for each, the wrong decisions, the spots (text, clean,
    chosen) they fall on, and the texts those are in. A kind found in many texts is a general
    cause; one with many decisions at few spots is a few places of a few texts, hit at every
    seed."""
    table: dict[str, list[tuple[str, str, str]]] = {}
    for text, clean, got in wrong:
        table.setdefault(kind(clean, got), []).append((text, clean, got))
    texts = {text for text, _, _ in wrong}
    lines = [f"{'kind':18} {'decisions':>9} {'spots':>6} {'texts':>9}"]
    for name, rows in sorted(table.items(), key=lambda kv: (-len({r[0] for r in kv[1]}),
                                                             -len(kv[1]), kv[0])):  # fmt: skip
        n_texts = len({r[0] for r in rows})
        lines.append(f"{name:18} {len(rows):9} {len(set(rows)):6} {n_texts:4} of {len(texts):2}")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("texts", nargs="*", type=Path, help="clean texts (default: all bundled)")
    ap.add_argument("--seeds", default="101-110", help="e.g. 101-110 (development seeds)")
    ap.add_argument("--show", action="store_true", help="list every wrong decision")
    ap.add_argument("--top", type=int, default=0, help="list the N spots wrong at most seeds")
    args = ap.parse_args()
    wrong: list[tuple[str, str, str]] = []  # (text, clean, chosen) of each located wrong one
    paths = args.texts or sorted(TEXTS.glob("*.txt"))
    counts: dict[str, dict[tuple[str, str], int]] = {}
    shown = []
    model = char_model()
    for path in paths:
        truth = path.read_text(encoding="utf-8")
        script = path.stem.partition(".")[2] or "?"
        table = counts.setdefault(script, {})
        for seed in parse_seeds(args.seeds):
            damaged = damage(truth, seed)
            doc = DocModel(model, damaged)
            for t_line, d_line in zip(truth.split("\n"), damaged.split("\n"), strict=True):
                if "?" not in d_line:
                    continue
                with Watch() as w:
                    mj.repair_line(d_line, doc)
                for seen in w.seen:
                    found = classify(t_line, seen)
                    if found is None:
                        continue
                    where, pref, got, clean = found
                    table[(where, pref)] = table.get((where, pref), 0) + 1
                    if where != "not located":
                        wrong.append((path.stem, clean, got))
                    if args.show:
                        shown.append(f"  {path.stem} seed {seed}: {where:10} word score prefers "
                                     f"{pref or '-':6} {clean!r} -> {got!r}")  # fmt: skip
    print(f"seeds {args.seeds}: wrong decisions by where the clean reading was, and which text "
          "the decision's word score prefers (clean / chosen)")  # fmt: skip
    print(f"{'script':10} " + " ".join(f"{w:>17}" for w in WHERE) + f" {'not located':>12}"
          + f" {'total':>6}")  # fmt: skip
    for script, table in sorted(counts.items()):
        cells = [
            f"{table.get((w, 'clean'), 0):>8} / {table.get((w, 'chosen'), 0):<6}" for w in WHERE
        ]
        lost = table.get(("not located", ""), 0)
        print(f"{script:10} " + " ".join(cells) + f" {lost:>12} {sum(table.values()):>6}")
    for line in shown:
        print(line)
    print("Wrong decisions by kind, with the spots and texts they fall on")
    print("\n".join(kinds(wrong)))
    if args.top:
        print("\n".join(repeated(wrong, len(parse_seeds(args.seeds)), args.top)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
