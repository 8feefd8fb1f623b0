"""Score the clean stage on simulated damage: what it got wrong, and whether it said so.

Each clean text under ``bench/damage/texts/`` is damaged by ``bench/damage_sim.py`` with each
seed, cleaned by ``edition.text.clean.clean`` (automatic repair only, no corrections), and
compared with the clean text line by line (difflib, then the differing stretches). Figures:

* Han wrong: Han characters of the clean text that did not come back, plus Han characters the
  repair made up (per stretch, the larger of the two counts); as a share of all Han characters;
* other wrong: the same for the other characters (reading fragments, ``?``, ASCII marks...);
* spots: differing stretches; flagged: those inside a span the clean stage flagged (a warning);
  recall = flagged / spots, for every spot and for the spots with a wrong Han character;
* false flags: flagged spans with nothing wrong in them, per 1,000 characters of text;
* variants: characters that differ only as variants of one character (OpenCC t2s maps both to
  the same one: 台/臺 from the script stage, which is no damage repair), or as the full-width
  and ASCII forms of one (``～``/``~``, ``％``/``%``: the simulator folds every full-width form
  of the text, step 5, and no repair can tell which ones the text had; the marks the
  punctuation pass made ASCII are not among them), counted apart;
* lines lost: lines whose count changed (must be 0);
* causes: Han wrong in spots that came out with fewer Han characters (lost: a dropped pair not
  put back), as many (swapped: a destroyed byte settled wrong), or more (added);
* destroyed: Han characters of the clean text with a byte the damage destroyed (dropped in an
  undecodable pair, written as '?' or swallowed after one; ``damage_sim.destroyed_bytes``).
  Their bytes are not in the damaged text, so no decoding can recover them, only context can
  choose them among the candidates: the Han wrong among them are the part of the goal that
  depends on guessing; the rest (every byte intact) are the decoding's own errors;
* not given back: of the Han characters with one (or both) bytes destroyed, those inside a
  wrong spot, and how many are destroyed per 1,000 Han: the share not given back is the same
  in both scripts (seeds 101-110: 24.6% / 24.4% with one byte), Simplified has 2.7 times as
  many destroyed (see the comment at the figure).

    .venv/bin/python bench/repair_score.py                 # the report seeds, every text
    .venv/bin/python bench/repair_score.py --seeds 1-3 --show   # development seeds, spots listed
    .venv/bin/python bench/repair_score.py bench/damage/heldout/*.txt   # the held-out texts
    .venv/bin/python bench/repair_score.py --root ../main    # another checkout (no flags there)
"""

from __future__ import annotations

import argparse
import difflib
import functools
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
if "--root" in sys.argv:  # the code of another checkout (a baseline): before any import of it
    ROOT = Path(sys.argv[sys.argv.index("--root") + 1]).resolve()
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

from damage_sim import MARKS, Damage, damage_traced  # noqa: E402

from edition.text.clean import clean  # noqa: E402
from edition.text.segment import is_han  # noqa: E402
from edition.text.source import SourceText  # noqa: E402

TEXTS = BENCH / "damage" / "texts"
DEV_SEEDS = "1-3"  # the seeds the repair was developed on
REPORT_SEEDS = "101-105"  # never looked at while developing


@dataclass(slots=True)
class Score:
    han: int = 0
    chars: int = 0
    han_wrong: int = 0
    other_wrong: int = 0
    spots: int = 0
    flagged: int = 0
    han_spots: int = 0
    han_flagged: int = 0
    flags: int = 0
    false_flags: int = 0
    lines_lost: int = 0
    variants: int = 0
    han_lost: int = 0  # Han wrong in spots that came out with fewer Han (a character dropped)
    han_swapped: int = 0  # ... with as many Han (a destroyed byte chosen wrong)
    han_added: int = 0  # ... with more Han (a character made up)
    han_hit: int = 0  # Han of the clean text with a byte the damage destroyed
    han_both: int = 0  # ... with both bytes destroyed
    wrong_hit: int = 0  # Han wrong in spots whose clean text had such a character
    lost_one: int = 0  # Han of the clean text with one byte destroyed, not given back
    lost_both: int = 0  # ... with both bytes destroyed
    seconds: float = 0.0
    shown: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in self.__slots__:
            if name != "shown":
                setattr(self, name, getattr(self, name) + getattr(other, name))
        self.shown += other.shown


def flag_ranges(ct) -> list[tuple[int, int, str]]:
    """Each flag as a range of the cleaned text: the characters that came from its source span."""
    out = []
    origin = ct.origin
    for f in getattr(ct, "flags", []):
        idx = [i for i in range(len(ct.text)) if f.start <= origin[i] < f.end]
        if idx:
            out.append((idx[0], idx[-1] + 1, f.kind))
        else:  # the span's characters were all removed: the flag sits where they were
            at = next((i for i in range(len(ct.text)) if origin[i] >= f.end), len(ct.text))
            out.append((at, at, f.kind))
    return out


def score_text(truth: str, seed: int, name: str, dmg: Damage, show: bool) -> Score:
    s = Score()
    damaged, destroyed = damage_traced(truth, seed, dmg)
    for t_line, lost in zip(truth.split("\n"), destroyed, strict=True):
        s.han_hit += sum(1 for c, n in zip(t_line, lost, strict=True) if n and is_han(c))
        s.han_both += sum(1 for c, n in zip(t_line, lost, strict=True) if n == 2 and is_han(c))
    t0 = time.process_time()
    ct = clean(SourceText(name, damaged))
    s.seconds = time.process_time() - t0
    s.han = sum(map(is_han, truth))
    s.chars = len(truth)
    out = ct.text
    t_lines, o_lines = truth.split("\n"), out.split("\n")
    if len(t_lines) != len(o_lines):
        s.lines_lost = abs(len(t_lines) - len(o_lines))
        # the text is then compared as one line, so that its wrong characters still count
        # (a line break lost or made is a wrong spot of its own)
        flat = [n for line in destroyed for n in (*line, 0)]
        t_lines, o_lines, destroyed = [truth], [out], [flat[: len(truth)]]
    flags = flag_ranges(ct)
    s.flags = len(flags)
    used = [False] * len(flags)
    base = 0
    for t_line, o_line, lost in zip(t_lines, o_lines, destroyed, strict=True):
        if t_line != o_line:
            sm = difflib.SequenceMatcher(None, t_line, o_line, autojunk=False)
            for op, i1, i2, j1, j2 in sm.get_opcodes():
                if op == "equal":
                    continue
                a, b = t_line[i1:i2], o_line[j1:j2]
                for k in range(i1, i2):
                    if is_han(t_line[k]) and lost[k]:
                        s.lost_one += lost[k] == 1
                        s.lost_both += lost[k] == 2
                if op == "replace" and len(a) == len(b) and _t2s(_narrow(a)) == _t2s(_narrow(b)):
                    s.variants += len(a)
                    continue
                han = max(sum(map(is_han, a)), sum(map(is_han, b)))
                other = max(sum(not is_han(c) for c in a), sum(not is_han(c) for c in b))
                s.han_wrong += han
                # a character with a destroyed byte is not in the damaged text: no decoding can
                # read it back, only context (or a person) can choose it among the candidates
                n_hit = sum(1 for k in range(i1, i2) if lost[k] and is_han(t_line[k]))
                s.wrong_hit += min(han, n_hit)
                n_a, n_b = sum(map(is_han, a)), sum(map(is_han, b))
                if n_a > n_b:
                    s.han_lost += han
                elif n_a < n_b:
                    s.han_added += han
                else:
                    s.han_swapped += han
                s.other_wrong += other
                s.spots += 1
                s.han_spots += han > 0
                lo, hi = base + j1, base + j2
                hit = [k for k, (fs, fe, _) in enumerate(flags) if fs <= lo and hi <= fe]
                for k in hit:
                    used[k] = True
                s.flagged += bool(hit)
                s.han_flagged += bool(hit) and han > 0
                if show:
                    mark = "flagged" if hit else "SILENT"
                    ctx = o_line[max(0, j1 - 6) : j2 + 6]
                    s.shown.append(f"  {name} seed {seed}: {mark:7} {a!r} -> {b!r}  in {ctx!r}")
        base += len(o_line) + 1
    # a flag that overlaps a wrong spot only partly still pointed at it
    s.false_flags = used.count(False)
    if show:
        for k, (fs, fe, kind) in enumerate(flags):
            if not used[k]:
                s.shown.append(f"  {name} seed {seed}: false {kind} flag at {out[fs:fe]!r} in "
                               f"{out[max(0, fs - 6) : fe + 6]!r}")  # fmt: skip
    return s


@functools.cache
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def _t2s(text: str) -> str:
    return _converter().convert(text)


# full-width forms the simulator folds (damage_sim._fold) that the repair is not asked to undo:
# all but the marks the punctuation pass wrote as ASCII
_NARROW = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F) if chr(c) not in MARKS}


def _narrow(text: str) -> str:
    return text.translate(_NARROW)


def parse_seeds(spec: str) -> list[int]:
    seeds: list[int] = []
    for part in spec.split(","):
        lo, _, hi = part.partition("-")
        seeds.extend(range(int(lo), int(hi or lo) + 1))
    return seeds


def row(label: str, s: Score) -> str:
    pct = 100 * s.han_wrong / max(1, s.han)
    recall = 100 * s.flagged / max(1, s.spots)
    han_recall = 100 * s.han_flagged / max(1, s.han_spots)
    false = 1000 * s.false_flags / max(1, s.chars)
    return (
        f"{label:24} {s.han:6} {s.han_wrong:5} {pct:6.2f}% {s.other_wrong:5} {s.spots:5} "
        f"{recall:6.1f}% {han_recall:6.1f}% {s.false_flags:5} {false:6.2f} {s.lines_lost:4} "
        f"{s.variants:4} {s.seconds:6.2f}"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("texts", nargs="*", type=Path, help="clean texts (default: all bundled)")
    ap.add_argument("--seeds", default=REPORT_SEEDS, help=f"e.g. 1-3,7 (default {REPORT_SEEDS})")
    ap.add_argument("--show", action="store_true", help="list every wrong spot and false flag")
    ap.add_argument("--root", type=Path, help="score the clean stage of another checkout")
    ap.add_argument("--straddle-rate", type=float, default=Damage().straddle_rate)
    ap.add_argument("--reading-rate", type=float, default=Damage().reading_rate)
    args = ap.parse_args()
    paths = args.texts or sorted(TEXTS.glob("*.txt"))
    dmg = Damage(args.reading_rate, args.straddle_rate)
    seeds = parse_seeds(args.seeds)
    clean(SourceText("warm-up", "預熱?!岸"))  # load the character model outside the timings
    total = Score()
    by_script: dict[str, Score] = {}
    by_register: dict[str, Score] = {}
    lines = []
    for path in paths:
        truth = path.read_text(encoding="utf-8")
        register, _, script = path.stem.partition(".")
        per = Score()
        for seed in seeds:
            per.add(score_text(truth, seed, path.name, dmg, args.show))
        lines.append(row(path.stem, per))
        total.add(per)
        by_script.setdefault(script or "?", Score()).add(per)
        by_register.setdefault(register, Score()).add(per)
    head = (f"{'text':24} {'han':>6} {'wrong':>5} {'share':>7} {'other':>5} {'spots':>5} "
            f"{'recall':>7} {'hanrec':>7} {'false':>5} {'/1000':>6} {'lost':>4} {'var':>4} "
            f"{'cpu s':>6}")  # fmt: skip
    print(f"seeds {args.seeds}; straddle rate {dmg.straddle_rate}, "
          f"reading rate {dmg.reading_rate}")  # fmt: skip
    print(head)
    print("\n".join(lines))
    print("-" * len(head))
    for name, s in sorted(by_register.items()):
        print(row(name, s))
    for name, s in sorted(by_script.items()):
        print(row(name, s))
    print(row("all", total))
    print("Han wrong by cause: lost (fewer Han out) / swapped (as many) / added (more)")
    for name, s in [*sorted(by_script.items()), ("all", total)]:
        print(f"{name:24} {s.han_lost:5} {s.han_swapped:5} {s.han_added:5}")
    print("Han with a byte the damage destroyed (no decoding reads it back: only context chooses "
          "it) / of them with both bytes / Han wrong among them (share of all Han) / Han wrong "
          "with every byte intact (the decoding's own errors)")  # fmt: skip
    for name, s in [*sorted(by_script.items()), ("all", total)]:
        print(f"{name:24} {s.han_hit:5} {s.han_both:5} {s.wrong_hit:5} "
              f"({100 * s.wrong_hit / max(1, s.han):.2f}%) {s.han_wrong - s.wrong_hit:5} "
              f"({100 * (s.han_wrong - s.wrong_hit) / max(1, s.han):.2f}%)")
    # Simplified text is hit harder by the same damage, not read back worse: GB2312 trail bytes
    # are all A1-FE, so a decoder out of step stays so until the next ASCII byte, and each pair
    # it reads across two characters is undecodable (the pair dropped) one time in seven; a
    # Traditional character outside GB2312 has a trail byte below 0x80 one time in six (the
    # damage texts: 16%), which puts the decoder back in step after a few characters
    print("Destroyed Han not given back, by bytes destroyed: one (of them) / both (of them), "
          "and per 1,000 Han of the text destroyed")  # fmt: skip
    for name, s in [*sorted(by_script.items()), ("all", total)]:
        one = s.han_hit - s.han_both
        print(f"{name:24} {s.lost_one:5} of {one:5} ({100 * s.lost_one / max(1, one):4.1f}%) "
              f"{s.lost_both:5} of {s.han_both:5} "
              f"({100 * s.lost_both / max(1, s.han_both):4.1f}%) "
              f"{1000 * s.han_hit / max(1, s.han):6.1f}")
    for line in total.shown:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
