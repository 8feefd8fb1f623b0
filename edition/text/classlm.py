"""A word bigram model over part-of-speech classes, for scoring short candidate readings.

Word frequencies alone (a unigram model) cannot tell ``他想了`` from ``他与了``: ``与`` is the more
frequent word. The model here scores a word after its predecessor through their classes:
log P(class | previous class) + log P(word | class), where a class is the word's part of speech
in jieba's dictionary and whether it is one character or more, and the class transitions are
those of jieba's part-of-speech tagger (``jieba/posseg/prob_trans.py``, an HMM trained on a
tagged corpus: the last state of a word, E or S, to the first state of the next, B or S).
Both files ship with the jieba package; they are read as data, jieba is not imported.
"""

from __future__ import annotations

import ast
import math
from pathlib import Path

FLOOR = -10.0  # log-probability of a class transition the tagger never saw
MIX = 0.1  # share of the sentence-start distribution mixed into every transition (smoothing)
OOV = -14.0  # log P(character) for a Han character that is no word of the dictionary


def _read_table(path: Path) -> dict:
    """``P={...}`` as a dict (the tagger's tables are Python literals)."""
    text = path.read_text(encoding="utf-8")
    return ast.literal_eval(text[text.index("=") + 1 :])


def derive_class_tables(tagged: list[tuple[str, int, str]], posseg: Path,
                        order: list[str]) -> tuple:  # fmt: skip
    """(class of each word of ``order`` as one character, class totals, transition rows, start
    row, class names). A word's class is ``chr(k + 1)``, ``"\\0"`` for a word without a tag:
    one string keeps the cached tables small.

    ``tagged``: (word, count, tag) from the dictionary; ``posseg``: jieba's ``posseg`` folder;
    ``order``: the words of the dictionary in the order of the model's word counts.
    """
    trans_src = _read_table(posseg / "prob_trans.py")
    start_src = _read_table(posseg / "prob_start.py")
    names: list[str] = []
    index: dict[str, int] = {}
    totals: list[int] = []
    word_class: dict[str, int] = {}
    for word, count, tag in tagged:
        if not tag or count <= 0:
            continue
        name = ("S" if len(word) == 1 else "B") + tag
        k = index.get(name)
        if k is None:
            k = index[name] = len(names)
            names.append(name)
            totals.append(0)
        totals[k] += count
        word_class[word] = k
    classes = "".join(chr(word_class.get(w, -1) + 1) for w in order)

    def state(name: str) -> tuple[str, str]:
        return name[0], name[1:]

    start = [max(FLOOR, start_src.get(state(n), FLOOR)) for n in names]
    rows = []
    for prev in names:
        last = ("S" if prev[0] == "S" else "E", prev[1:])
        out = trans_src.get(last, {})
        row = []
        for k, name in enumerate(names):
            p = MIX * math.exp(start[k]) + (1 - MIX) * math.exp(out.get(state(name), -math.inf))
            row.append(max(FLOOR, math.log(p)) if p > 0 else FLOOR)
        rows.append(row)
    return classes, totals, rows, start, names


class ClassLM:
    """``logp(text)``: the best segmentation of a Simplified text under the class bigram model."""

    def __init__(self, tables: tuple, counts: dict[str, int]):
        """``tables`` from :func:`derive_class_tables`; ``counts``: the dictionary's word counts,
        in the order the tables were derived from."""
        classes, totals, self.rows, self.start, self.names = tables
        self._counts = counts
        self._class = {w: ord(c) - 1 for w, c in zip(counts, classes, strict=False) if c != "\0"}
        self._log_totals = [math.log(t) for t in totals]
        self._hits: dict[str, tuple[int, float] | None] = {}
        self.name_class = self.names.index("Bnr") if "Bnr" in self.names else 0

    def _word(self, w: str) -> tuple[int, float] | None:
        """(class, log P(word | class)) of a dictionary word, None for other strings."""
        hit = self._hits.get(w, 0)
        if hit == 0:
            k = self._class.get(w)
            hit = None if k is None else (k, math.log(self._counts[w]) - self._log_totals[k])
            self._hits[w] = hit
        return hit

    def logp(self, s: str, char_logp, extra: dict[str, float] | None = None) -> float:
        """log P(s): Simplified text ``s``; ``char_logp(i)``: log P of the character at ``i``
        when it is no word (punctuation, Latin, rare Han); ``extra``: more words (two to six
        characters, names the document teaches) with their log-probabilities."""
        n = len(s)
        word, rows, start = self._word, self.rows, self.start
        # best[i]: {class of the word ending at i (-1: a clause boundary): log-probability}
        best: list[dict[int, float]] = [{} for _ in range(n + 1)]
        best[0][-1] = 0.0
        for i in range(n):
            here = best[i]
            if not here:
                continue
            ch = s[i]
            if not ("\u4e00" <= ch <= "\u9fff"):
                # punctuation or Latin: no word; what follows starts afresh
                v = max(here.values()) + char_logp(i)
                if v > best[i + 1].get(-1, -math.inf):
                    best[i + 1][-1] = v
                continue
            found = False
            for j in range(i + 1, min(n, i + 6) + 1):
                w = s[i:j]
                hit = word(w)
                if hit is None:
                    if extra and w in extra:
                        hit = (self.name_class, extra[w])
                    else:
                        continue
                found = True
                k, lp = hit
                v = max(sc + (start[k] if prev < 0 else rows[prev][k]) for prev, sc in here.items())
                v += lp
                if v > best[j].get(k, -math.inf):
                    best[j][k] = v
            if not found:
                v = max(here.values()) + OOV
                if v > best[i + 1].get(-1, -math.inf):
                    best[i + 1][-1] = v
        return max(best[n].values()) if best[n] else -math.inf
