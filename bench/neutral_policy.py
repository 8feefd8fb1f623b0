"""Measure finer neutral-tone policies for the lexicon against the "light" one on every set.

Usage: .venv/bin/python bench/neutral_policy.py [--shared DIR] [--variants A,B] [-v]

The lexicon (edition/readings/lexicon.py) keeps CC-CEDICT's neutral tone only on light
syllables (子 们 的 上 来..., ``_light_only``) and homographs. Each variant here keeps it also
where a further test says so, and is measured on every running-text set of bench/readings.py
(both scripts), the bundled article's gold and CPP dev, each as wrong readings against the
light policy's (the readings that turned right and turned wrong, with ``-v``):

- ``all``: wherever CC-CEDICT marks it (the policy before "light");
- ``cedict-two``: the second syllable of a two-character word pypinyin's phrase table lacks
  (its full tone then comes from the character alone: 师傅 麻烦 作料, but also 学生 太阳);
- ``cedict-nophrase``: any syllable of a word pypinyin's phrase table lacks;
- ``zdic``: where the 汉典 (zdic.net) word list of the ``pypinyin-dict`` package also marks it
  (相声 打量 吆喝 认识 铃铛): measured only when that package is importable; it is not a
  dependency of the project (``pip install pypinyin-dict`` into a scratch venv to measure).

Each variant runs in its own process with the lexicon cache off, so nothing is stored. The shared
data is read for measurement only.

Measured on main 5fa2df4, sets dev to dev16 and heldout to heldout14 (light: article 3 wrong
per script, CPP dev 211 of 9,893 wrong = 97.87%); a set "worse" is one script of one set with
more wrong readings:

- ``all``: 41 sets worse, 4 better; article 3 -> 16, dev13 0 -> 15, CPP 211 -> 248 wrong;
- ``cedict-two``: 23 worse, 2 better (dev5 7 -> 5: 师傅 麻烦); article 3 -> 4 (近乎), dev10
  3 -> 8 (学生 five times), CPP 211 -> 221; the dev sets read 学生 太阳 护士 味道 位置 势力
  清楚 老是 那是 with the full tone, as the article's gold reads 知识 任务 还是;
- ``cedict-nophrase``: 29 worse, 4 better (dev5: 师傅 麻烦; dev: 薄荷糖 he5),
  CPP 211 -> 221;
- ``zdic`` (pypinyin-dict 0.9.0; 77 lexicon words change: 相声 打量 吆喝 认识 铃铛 玻璃 规矩
  馄饨 胳膊 逻辑...): no running-text set worse, 8 better (吆喝 in dev2 and dev5, 打量 in
  dev9, 相声 in dev15, each in both scripts), but CPP 211 -> 219: 认识到 shi5 three times and
  铃铛 dang5 five times, where CPP's labels (172 neutral of 9,893, all particles and suffixes)
  print every word-internal neutral syllable with its full tone. Not adopted: CPP gets worse,
  and the 汉典 word list's own licence is not stated by the package (MIT for its code).
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO))

VARIANTS = ("light", "all", "cedict-two", "cedict-nophrase", "zdic")
# the running-text sets of bench/readings.py, in its order
SETS = sorted(
    (
        p.stem
        for p in (REPO / "bench" / "readings").glob("*.txt")
        if p.stem.startswith(("dev", "heldout", "verse"))
    ),
    key=lambda n: (
        n.startswith("heldout"),
        "verse" in n,
        int("0" + "".join(filter(str.isdigit, n))),
    ),
)


def _zdic() -> dict[str, list[list[str]]] | None:
    import importlib

    try:
        importlib.import_module("pypinyin_dict.phrase_pinyin_data.zdic_cibs")
    except ImportError:
        return None
    out: dict[str, list[list[str]]] = {}
    for k in range(100):
        try:
            part = importlib.import_module(f"pypinyin_dict.phrase_pinyin_data.zdic_cibs_{k}")
        except ImportError:
            break
        for value in vars(part).values():
            if isinstance(value, dict):
                out.update(value)
    return out


def _install(variant: str) -> bool:
    """Make the lexicon module build under ``variant``; False when it cannot be measured."""
    from edition import cache
    from edition.readings import lexicon as lx

    cache.load = lambda *a, **k: None  # build afresh, store nothing
    cache.save = lambda *a, **k: None
    if variant == "light":
        return True
    if variant == "all":
        lx.NEUTRAL_POLICY = "all"
        return True
    from pypinyin.constants import PHRASES_DICT

    zdic = _zdic() if variant == "zdic" else None
    if variant == "zdic" and zdic is None:
        return False

    def keep(word: str, k: int) -> bool:
        if variant == "cedict-two":
            return len(word) == 2 and k == 1 and word not in PHRASES_DICT
        if variant == "cedict-nophrase":
            return word not in PHRASES_DICT
        got = zdic.get(word) if zdic else None
        return bool(got) and len(got) == len(word) and lx.tone3(got[k][0]).endswith("5")

    light_only = lx._light_only

    def patched(word, syls, pp):
        light = light_only(word, syls, pp)
        pairs = enumerate(zip(syls, light, strict=True))
        return tuple(a if keep(word, k) else b for k, (a, b) in pairs)

    lx._light_only = patched
    return True


def _measure(variant: str, shared: Path) -> dict | None:
    """Wrong readings per set under one variant (run in a child process)."""
    if not _install(variant):
        return None
    import readings as rb

    from edition.readings.engine import ReadingEngine
    from edition.text.script import lookup_copy

    engine = ReadingEngine()
    sets = {}
    if (shared / "readings").exists():
        texts, gold = rb.load_article_gold(shared)
        sets["article Traditional"] = (texts, gold)
        sets["article t2s"] = (rb.t2s_copy(texts), gold)
    for name in SETS:
        simp, trad, gold = rb.load_bench(REPO / "bench" / "readings" / f"{name}.txt")
        sets[f"{name} Simplified"] = (simp, gold)
        sets[f"{name} Traditional"] = (trad, gold)
    out = {}
    for name, (texts, gold) in sets.items():
        got = rb.running_text(engine, texts, gold)
        out[name] = [f"{ctx} {syl} (want {want})" for _, syl, want, ctx, _ in got["wrong"]]
    if (shared / "cpp" / "dev.sent").exists():
        sents, pos, gold = rb.load_cpp(shared / "cpp", None)
        rows = engine.read_many([lookup_copy(s) for s in sents])
        wrong = []
        for s, p, g, rs in zip(sents, pos, gold, rows, strict=True):
            syl = rs[p].syllable if p < len(rs) and rs[p] else None
            if syl != g and not (syl == "r" and g == "r5"):
                wrong.append(f"{s[max(0, p - 8) : p]}【{s[p]}】{s[p + 1 : p + 6]} {syl} (want {g})")
        out[f"CPP dev ({len(sents)} sentences)"] = wrong
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--variants", default=",".join(VARIANTS))
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("-v", "--verbose", action="store_true", help="list what each variant changes")
    args = ap.parse_args(argv)
    if args.child:
        json.dump(_measure(args.child, args.shared), sys.stdout, ensure_ascii=False)
        return 0
    results = {}
    for variant in ["light"] + [v for v in args.variants.split(",") if v != "light"]:
        got = subprocess.run(
            [sys.executable, __file__, "--child", variant, "--shared", str(args.shared)],
            capture_output=True,
            text=True,
            check=True,
        )
        results[variant] = json.loads(got.stdout)
    base = results["light"]
    for name, wrong in base.items():
        print(f"{name}: light {len(wrong)} wrong")
    for variant, got in results.items():
        if variant == "light":
            continue
        if got is None:
            print(f"\n{variant}: not measured (its data package is not installed)")
            continue
        worse = better = 0
        print(f"\n{variant}:")
        for name, wrong in got.items():
            fixed = collections.Counter(base[name]) - collections.Counter(wrong)
            broke = collections.Counter(wrong) - collections.Counter(base[name])
            if not (fixed or broke):
                continue
            worse += len(wrong) > len(base[name])
            better += len(wrong) < len(base[name])
            print(f"  {name}: {len(base[name])} -> {len(wrong)} wrong")
            if args.verbose:
                for line in sorted(fixed.elements()):
                    print(f"    right now: {line}")
                for line in sorted(broke.elements()):
                    print(f"    wrong now: {line}")
        print(f"  sets worse: {worse}, better: {better}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
