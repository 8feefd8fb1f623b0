"""A character bigram model and a word model built from jieba's word-frequency dictionary.

Used to choose between decodings of damaged GBK text (``edition/text/mojibake.py``). The source of
the frequencies is ``jieba/dict.txt`` (349,046 Simplified words with counts and parts of speech,
shipped with the jieba package; the package is located, not imported, so jieba's own logging
set-up never runs). Every word adds its count to each of its characters and to each adjacent
character pair; across a word boundary, the next character is scored by how often words start
with it and the previous one by how often words end with it. Texts are scored by their best
word segmentation, half under word frequencies and half under the class bigram model of
``edition/text/classlm.py``. A Traditional character is looked up through OpenCC's
character-level t2s mapping. ``DocModel`` adds what the document itself says: character pairs
and names that recur, and how much commoner or rarer each character is in its undamaged lines
than in general (a cache model).
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import itertools
import logging
import marshal
import math
import re
from pathlib import Path
from typing import NamedTuple

import opencc

from edition import cache
from edition.text.classlm import ClassLM, derive_class_tables

log = logging.getLogger(__name__)

# Rough unigram probabilities of full-width punctuation in running Chinese text (per character).
PUNCT_P = {
    "，": 0.05, "。": 0.03, "“": 0.01, "”": 0.01, "、": 0.008, "：": 0.004, "？": 0.003,
    "！": 0.002, "；": 0.002, "（": 0.002, "）": 0.002, "《": 0.002, "》": 0.002, "—": 0.002,
    "…": 0.002, "·": 0.001, "‘": 0.001, "’": 0.001, "「": 0.005, "」": 0.005,
}  # fmt: skip
# Punctuation pairs that are common in any Chinese text: P(second | first).
PUNCT_BIGRAM = {
    "。”": 0.3, "？”": 0.4, "！”": 0.4, "…”": 0.3, "。“": 0.05, "：“": 0.4, "，“": 0.1,
    "”。": 0.1, "”，": 0.2, "…。": 0.05, "……": 0.5,
}  # fmt: skip
# the same pairs with corner quotes (Taiwan, Hong Kong): 「」 for “”
PUNCT_BIGRAM |= {k.replace("“", "「").replace("”", "」"): v for k, v in PUNCT_BIGRAM.items()}
# Scores are log-likelihood ratios against a uniform choice among ~5000 common characters, so a
# well-predicted character adds to a reading and a garbled one takes away.
BASE = math.log(5000)
ASCII_LOGP = -BASE
UNKNOWN_LOGP = math.log(1e-9)
CLASS_WEIGHT = 0.5  # the class model's share in text_logp (the rest: word frequencies alone)
LATIN_LOGP = math.log(1 / 30)  # the next character of a Latin word (or URL, or number)
ASCII_MARKS = "?!,:;"
# ... of them, the sentence ends a writer repeats ('真的吗??'): a run of one of them is scored
# as its full-width form, not as two marks the damage left side by side (a clean '主意???' read
# better as the damaged '主意。可,'). Not '?!': the damage makes it of '。”' ('好。”' -> '好?!?')
EMPHATIC = {"?": "？", "!": "！"}
OPENERS = "·“‘（《「"  # no sentence punctuation right after these
CLOSERS = "。，、：；？！”’）》」·"
# A conjunction word (jieba's POS tag 'c') is not followed directly by the correlative 則 (则):
# '而且則', '但是則' do not occur; '而我則', '陳則' do.
CORRELATIVE = "则"
DOC_WORD_MIN = 3
# The cache model: a character's log-ratio of document to general frequency, bounded, weighted;
# only for documents with at least CACHE_MIN Han characters in undamaged lines.
CACHE_WEIGHT = 0.5
CACHE_MAX = 3.0
CACHE_MIN = 300
# Quotation marks by style (0: “” ‘’, 1: 「」 『』): a document that uses one style at least
# QUOTE_MIN times, and never the other, makes the other cost QUOTE_COST.
QUOTE_STYLE = {"“": 0, "”": 0, "‘": 0, "’": 0, "「": 1, "」": 1, "『": 1, "』": 1}
QUOTE_MIN = 3
QUOTE_COST = 3.0
CONJ_COST = 6.0
# After any other character, logp(prev, ch) only depends on prev through the pair's counts.
NOT_PLAIN = frozenset(OPENERS) | {pair[0] for pair in PUNCT_BIGRAM}

# The tables derived from jieba's dictionary are cached, keyed by the dictionary's hash and
# FORMAT (bump FORMAT when the derived tables change).
FORMAT = 8
# jieba's part-of-speech tagger tables, read by the class model (edition/text/classlm.py).
TAGGER_FILES = ("prob_trans.py", "prob_start.py")
# Characters whose OpenCC conversion is tabulated in the cache (the rest are converted on demand).
HAN_RANGES = ((0x3400, 0x9FFF), (0xF900, 0xFAFF))


def _jieba_dict() -> Path | None:
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "dict.txt"
    return path if path.is_file() else None


class CharModel:
    """``logp(prev, ch)``: log P(ch | prev), interpolating word-internal bigrams and unigrams."""

    def __init__(self, words: list[tuple[str, int]] | None = None, *, tables: tuple | None = None):
        """``words``: (word, count) pairs; or ``tables``, as made by :func:`derive_tables`."""
        tables = tables if tables is not None else derive_tables(words or [])
        uni, left, bi, wordfreq, follow, t2s, s2t_changed, conj, starts, ends = tables[:10]
        self.classes = ClassLM(tables[10], wordfreq) if len(tables) > 10 and tables[10] else None
        self.uni, self.left, self.bi, self.follow = uni, left, bi, follow
        self.starts, self.ends = starts, ends
        self.total = max(1, sum(uni.values()))
        self.words = wordfreq
        self.word_total = max(1, sum(wordfreq.values()))
        self._t2s = opencc.OpenCC("t2s")
        self._simple: dict[str, str] = dict(t2s)  # Han characters not in it convert to themselves
        self.s2t_changed = frozenset(s2t_changed)  # Han characters that OpenCC s2t changes
        self.conjunctions = frozenset(conj)  # words of two or more characters tagged 'c'
        self._uni_log: dict[str, float] = {}
        self._start_p: dict[str, float] = {}
        self._end_frac: dict[str, float] = {}
        self._followers: dict[str, frozenset[str]] = {}

    def simplified(self, ch: str) -> str:
        """OpenCC t2s of the single character ``ch`` (``ch`` when that is not one character)."""
        s = self._simple.get(ch)
        if s is None:
            if _tabulated(ch):
                s = ch
            else:
                s = self._t2s.convert(ch)
                s = s if len(s) == 1 else ch
            self._simple[ch] = s
        return s

    def unigram(self, ch: str) -> float:
        v = self._uni_log.get(ch)
        if v is None:
            v = self._uni_log[ch] = self._unigram(ch)
        return v

    def _unigram(self, ch: str) -> float:
        if ch in PUNCT_P:
            return math.log(PUNCT_P[ch])
        if ch.isascii():
            return ASCII_LOGP
        n = self.uni.get(self.simplified(ch), 0)
        if n == 0:
            return UNKNOWN_LOGP
        return math.log(n / self.total)

    def followers(self, simple: str) -> frozenset[str]:
        """The (Simplified) characters that follow ``simple`` inside some word."""
        f = self._followers.get(simple)
        if f is None:
            f = self._followers[simple] = frozenset(self.follow.get(simple, ""))
        return f

    def unseen_logp(self, ch: str) -> float:
        """``logp(prev, ch) - unseen_offset(prev)`` for a ``prev`` outside NOT_PLAIN, not ASCII,
        never followed by ``ch`` inside a word."""
        return math.log(self._next_word(ch)) + BASE

    def _next_word(self, ch: str) -> float:
        """P(ch) as the first character of the next word (a floor of its unigram mixed in)."""
        v = self._start_p.get(ch)
        if v is None:
            p_uni = math.exp(self.unigram(ch))
            n = self.starts.get(self.simplified(ch), 0) if not ch.isascii() else 0
            v = self._start_p[ch] = 0.9 * n / self.word_total + 0.1 * p_uni if n else 0.1 * p_uni
        return v

    def unseen_offset(self, prev: str) -> float:
        """log P(a word ends after ``prev``): what any character not seen after it pays."""
        v = self._end_frac.get(prev)
        if v is None:
            sp = self.simplified(prev)
            n = self.uni.get(sp, 0)
            frac = self.ends.get(sp, 0) / n if n else 1.0
            v = self._end_frac[prev] = math.log(min(1.0, max(0.05, frac)))
        return v

    def logp(self, prev: str, ch: str) -> float:
        """log P(ch | prev) + BASE; ``prev`` may be empty."""
        if ch == prev and ch in EMPHATIC:
            return self.logp(EMPHATIC[prev], EMPHATIC[ch])
        if ch in ASCII_MARKS and prev in ASCII_MARKS and prev:
            return math.log(1e-4)
        if prev and prev in OPENERS and ch in CLOSERS:
            return math.log(1e-5)
        return self._logp(prev, ch) + BASE

    def _logp(self, prev: str, ch: str) -> float:
        p_uni = math.exp(self.unigram(ch))
        pair = prev + ch
        if pair in PUNCT_BIGRAM:
            return math.log(0.5 * PUNCT_BIGRAM[pair] + 0.5 * p_uni)
        if (
            prev.isascii()
            and ch.isascii()
            and prev.isprintable()
            and ch.isprintable()
            and (prev.isalnum() or ch.isalnum() or not (prev in ASCII_MARKS and ch in ASCII_MARKS))
            and (" " not in (prev, ch) or (prev + ch).strip().isalnum())
        ):
            return LATIN_LOGP  # inside a Latin word, a URL, a number, a run of symbols
        if not prev or prev.isascii() or ch.isascii():
            return math.log(p_uni)
        sp, sc = self.simplified(prev), self.simplified(ch)
        n = self.bi.get(sp + sc, 0)
        across = math.exp(self.unseen_offset(prev)) * self._next_word(ch)
        if n == 0:
            return math.log(across)
        return math.log(n / max(n, self.uni.get(sp, n)) + across)

    def text_logp(self, text: str, extra: dict[str, float] | None = None) -> float:
        """Best word segmentation score of ``text``, plus BASE per character: under the class
        bigram model (``edition/text/classlm.py``) when the dictionary has part-of-speech tags,
        else word log-frequencies (jieba-style DAG).

        ``extra``: more words (Simplified, two to six characters) with their scores.
        """
        s = "".join(self.simplified(c) for c in text)
        score = self._unigram_logp(s, text, extra)
        if self.classes is not None:
            more = {w: v - BASE * len(w) for w, v in extra.items()} if extra else None
            classes = self.classes.logp(s, lambda i: self.unigram(text[i]), more) + BASE * len(s)
            score = CLASS_WEIGHT * classes + (1 - CLASS_WEIGHT) * score
        return score - self._conj_cost(s)

    def _unigram_logp(self, s: str, text: str, extra: dict[str, float] | None) -> float:
        """Best segmentation of ``s`` (``text`` simplified) under word log-frequencies."""
        n = len(s)
        best = [0.0] + [-math.inf] * n
        words, total = self.words, self.word_total
        for i in range(n):
            if best[i] == -math.inf:
                continue
            ch = s[i]
            single = words.get(ch)
            one = math.log(single / total) if single else self.unigram(text[i])
            best[i + 1] = max(best[i + 1], best[i] + one + BASE)
            for j in range(i + 2, min(n, i + 6) + 1):
                sub = s[i:j]
                f = words.get(sub)
                score = math.log(f / total) + BASE * (j - i) if f else -math.inf
                if extra and sub in extra:
                    score = max(score, extra[sub])
                if score > -math.inf:
                    best[j] = max(best[j], best[i] + score)
        return best[n]

    def _conj_cost(self, s: str) -> float:
        cost = 0.0
        for j, ch in enumerate(s):
            conj = self.conjunctions
            if ch == CORRELATIVE and any(s[max(0, j - k) : j] in conj for k in (2, 3, 4)):
                cost += CONJ_COST  # two conjunctions in a row: '而且則'
        return cost


def derive_tables(words: list[tuple[str, int]], conj: list[str] | None = None,
                  tagged: list[tuple[str, int, str]] | None = None,
                  posseg: Path | None = None) -> tuple:  # fmt: skip
    """The model's tables: (unigram, left-of-pair, bigram, word) counts from (word, count) pairs;
    for each character the string of characters that follow it in some word; OpenCC's t2s of
    each Han character it changes; the Han characters OpenCC's s2t changes; the conjunctions;
    the counts of words starting and ending with each character; the class model's tables
    (from the tagged words and jieba's tagger tables in ``posseg``; None without them)."""
    uni: dict[str, int] = {}
    left: dict[str, int] = {}
    bi: dict[str, int] = {}
    for word, freq in words:
        for ch in word:
            uni[ch] = uni.get(ch, 0) + freq
        for i in range(len(word) - 1):
            pair = word[i : i + 2]
            bi[pair] = bi.get(pair, 0) + freq
            left[word[i]] = left.get(word[i], 0) + freq
    starts: dict[str, int] = {}
    ends: dict[str, int] = {}
    for word, freq in words:
        if word:
            starts[word[0]] = starts.get(word[0], 0) + freq
            ends[word[-1]] = ends.get(word[-1], 0) + freq
    follow: dict[str, list[str]] = {}
    for pair in bi:
        follow.setdefault(pair[0], []).append(pair[1])
    t2s, s2t = opencc.OpenCC("t2s"), opencc.OpenCC("s2t")
    simple: dict[str, str] = {}
    s2t_changed: list[str] = []
    for lo, hi in HAN_RANGES:
        for code in range(lo, hi + 1):
            ch = chr(code)
            s = t2s.convert(ch)
            if s != ch and len(s) == 1:
                simple[ch] = s
            if s2t.convert(ch) != ch:
                s2t_changed.append(ch)
    follow_str = {k: "".join(v) for k, v in follow.items()}
    wordfreq = dict(words)
    classes = derive_class_tables(tagged, posseg, list(wordfreq)) if tagged and posseg else None
    return (uni, left, bi, wordfreq, follow_str, simple, "".join(s2t_changed), list(conj or []),
            starts, ends, classes)  # fmt: skip


def _tabulated(ch: str) -> bool:
    return any(lo <= ord(ch) <= hi for lo, hi in HAN_RANGES) if len(ch) == 1 else False


# jieba's dictionary gives about 200,000 of its words (睡不着, 通了, 不着) a placeholder count of 2
# or 3, as if they were as rare as any name; the document frequencies of jieba's keyword table
# (jieba/analyse/idf.txt, 270,000 words) say how common most of them are. A word counted at most
# PLACEHOLDER gets the count its idf predicts, by a line fitted (log count on idf) over the words
# that both tables know and the dictionary counts at least FIT_MIN times (110,389 words lifted,
# median count 11; 睡不着 449). Repair of seeds 101-110 Simplified (bench/repair_score.py), Han
# wrong 265 -> 259; without gain: lifting every word the line puts above its count 262, counts
# up to 10 lifted 259, the line's counts times 0.4 / 2.5 258 / 263, and the 21,579 words of the
# idf table the dictionary lacks (这是, 就会: pairs across words) added at their idf's count 260.
PLACEHOLDER = 3
FIT_MIN = 20


def _idf_counts(idf_data: bytes, counts: dict[str, int]) -> dict[str, int]:
    """Counts for the placeholder-counted words of ``counts`` that the idf table knows."""
    idf: dict[str, float] = {}
    for line in idf_data.decode("utf-8").splitlines():
        word, _, value = line.partition(" ")
        try:
            idf[word] = float(value)
        except ValueError:
            continue
    pairs = [(idf[w], math.log(n)) for w, n in counts.items() if n >= FIT_MIN and w in idf]
    if len(pairs) < 100:
        return {}
    mx = sum(x for x, _ in pairs) / len(pairs)
    my = sum(y for _, y in pairs) / len(pairs)
    slope = sum((x - mx) * (y - my) for x, y in pairs) / sum((x - mx) ** 2 for x, _ in pairs)
    lifted = {}
    for w, n in counts.items():
        if n <= PLACEHOLDER and w in idf:
            est = round(math.exp(my + slope * (idf[w] - mx)))
            if est > n:
                lifted[w] = est
    return lifted


def _parse_dict(data: bytes, idf_data: bytes = b"") -> tuple[list, list[str], list]:
    """(word, count) pairs, the conjunctions (POS tag 'c', two or more characters) and
    (word, count, tag) triples; placeholder counts lifted by the idf table ``idf_data``."""
    words: list[tuple[str, int]] = []
    conj: list[str] = []
    tagged: list[tuple[str, int, str]] = []
    lines = [line.split(" ") for line in data.decode("utf-8").splitlines()]
    lines = [parts for parts in lines if len(parts) >= 2 and parts[1].isdigit()]
    counts = {parts[0]: int(parts[1]) for parts in lines}
    lifted = _idf_counts(idf_data, counts) if idf_data else {}
    for parts in lines:
        word = parts[0]
        count = lifted.get(word, int(parts[1]))
        words.append((word, count))
        if len(parts) >= 3:
            tag = parts[2].strip()
            tagged.append((word, count, tag))
            if tag == "c" and len(word) >= 2:
                conj.append(word)
    return words, conj, tagged


def load_tables(path: Path, cache_dir: Path | None = None) -> tuple[dict, ...]:
    """The derived tables of the dictionary at ``path``, from the cache when it has them.

    The entry is keyed by the dictionary's SHA-256 and FORMAT and checked against its digest
    (edition/cache.py); a cache that cannot be read or written is rebuilt or skipped.
    """
    data = path.read_bytes()
    posseg = path.parent / "posseg"
    tagger = b"".join(
        (posseg / name).read_bytes() for name in TAGGER_FILES if (posseg / name).is_file()
    )
    idf_path = path.parent / "analyse" / "idf.txt"
    idf = idf_path.read_bytes() if idf_path.is_file() else b""
    version = getattr(opencc, "__version__", "")
    key = hashlib.sha256(f"{FORMAT}:{version}:".encode() + data + tagger + idf).hexdigest()[:24]
    where = cache.folder("charfreq") if cache_dir is None else cache_dir
    stored = cache.load(where, f"jieba-{key}", ".marshal")
    if stored is not None:
        try:
            tables = marshal.loads(stored)
            if isinstance(tables, tuple) and len(tables) == 11:
                return tables
        except (ValueError, EOFError, TypeError):
            pass
    words, conj, tagged = _parse_dict(data, idf)
    has_tagger = all((posseg / name).is_file() for name in TAGGER_FILES)
    tables = derive_tables(words, conj, tagged, posseg if has_tagger else None)
    cache.save(where, f"jieba-{key}", ".marshal", marshal.dumps(tables))
    return tables


@functools.cache
def char_model() -> CharModel:
    """The shared model; built once per process from jieba's dictionary (about 3 s), or loaded
    from the derived tables in the cache (about 0.2 s)."""
    path = _jieba_dict()
    if path is None:
        log.warning("jieba is not installed: mojibake repair falls back to uniform frequencies")
        return CharModel([])
    return CharModel(tables=load_tables(path))


def _has_word(run: str, words: dict[str, int]) -> bool:
    """Whether ``run`` contains a dictionary word of two or more characters."""
    n = len(run)
    return any(run[i:j] in words for i in range(n) for j in range(i + 2, n + 1))


class Ranked(NamedTuple):
    """Characters ranked by their score after a character they never follow."""

    items: tuple[tuple[float, str], ...]  # (score, char), best first
    by_simple: dict[str, list[str]]
    members: frozenset[str]


INLINE_READING = re.compile(r"(?<=[\u3400-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}\)")


class DocModel:
    """The shared model tuned to one document: character pairs that occur in the document's own
    lines count as evidence (names recur), and in a text that is Traditional (or Simplified)
    overall, characters of the other script are unlikely."""

    def __init__(self, base: CharModel, text: str):
        self.base = base
        # an inline reading splits the pair of its character and the next ('刘(liú)洋'): the
        # document's pairs and words are counted without them
        text = INLINE_READING.sub("", text)
        self.pairs: dict[str, int] = {}
        for line in text.split("\n"):
            for i in range(len(line) - 1):
                pair = line[i : i + 2]
                # a pair with a Han character ('道,' of '說道,“'); two marks ('”,') recur next
                # to damage for the wrong reason
                if "\u3400" <= pair[0] <= "\u9fff" or "\u3400" <= pair[1] <= "\u9fff":
                    self.pairs[pair] = self.pairs.get(pair, 0) + 1
        self._doc_follow: dict[str, set[str]] = {}
        for pair, n in self.pairs.items():
            if n > 1:
                self._doc_follow.setdefault(pair[0], set()).add(pair[1])
        trad = simp = 0
        for ch in set(text):
            kind = self.script(ch)
            trad += kind == "t"
            simp += kind == "s"
        self.wrong = "s" if trad > 2 * simp else "t" if simp > 2 * trad else ""
        self._kind: dict[str, str] = {}
        self._pen: dict[str, float] = {}
        # character counts of the undamaged lines: a document reuses its words (cache model)
        self._counts: dict[str, int] = {}
        for line in text.split("\n"):
            if "?" in line or "\ufffd" in line:
                continue
            for c in line:
                if "\u3400" <= c <= "\u9fff":
                    c = base.simplified(c)
                    self._counts[c] = self._counts.get(c, 0) + 1
        self._han = sum(self._counts.values())
        self._quotes: dict[int, int] = {}
        for c in text:  # damage seldom makes a quotation mark: every line counts
            if c in QUOTE_STYLE:
                self._quotes[QUOTE_STYLE[c]] = self._quotes.get(QUOTE_STYLE[c], 0) + 1
        self._memo: dict[tuple[str, str], float] = {}
        self._texts: dict[str, float] = {}
        self._seen: dict[str, bool] = {}
        self._unseen: dict[str, float] = {}
        self._text = text
        self._doc_words: dict[str, float] | None = None
        self.scratch: dict[str, dict] = {}  # callers' memo tables for this document

    def script(self, ch: str) -> str:
        """'t' for a Traditional-only character, 's' for a Simplified-only one, else ''."""
        if not ("\u4e00" <= ch <= "\u9fff"):
            return ""
        if self.base.simplified(ch) != ch:
            return "t"
        return "s" if ch in self.base.s2t_changed else ""

    def _penalty(self, ch: str) -> float:
        """What a character pays here: a lot for the other script, less (or a bonus) for being
        rarer (or commoner) in the document's undamaged lines than in general."""
        v = self._pen.get(ch)
        if v is None:
            v = 0.0
            if self.wrong:
                k = self._kind.get(ch)
                if k is None:
                    k = self._kind[ch] = self.script(ch)
                v = 5.0 if k == self.wrong else 0.0
            v -= self._cache_bonus(ch)
            self._pen[ch] = v
        return v

    def _cache_bonus(self, ch: str) -> float:
        style = QUOTE_STYLE.get(ch)
        if style is not None:
            # a document keeps one style of quotes: the other one is unlikely here
            mine, other = self._quotes.get(style, 0), self._quotes.get(1 - style, 0)
            return -QUOTE_COST if other >= QUOTE_MIN and mine == 0 else 0.0
        if self._han < CACHE_MIN or not ("\u3400" <= ch <= "\u9fff"):
            return 0.0
        expected = self._han * math.exp(self.base.unigram(ch))
        ratio = (self._counts.get(self.base.simplified(ch), 0) + expected) / (2 * expected)
        return CACHE_WEIGHT * min(CACHE_MAX, max(-CACHE_MAX / 3, math.log(ratio)))

    def _bonus(self, prev: str, ch: str) -> float:
        n = self.pairs.get(prev + ch, 0)
        return 2 * math.log1p(n) if n > 1 else 0.0

    def seen(self, run: str) -> bool:
        """Whether the document (inline readings left out) holds ``run`` somewhere."""
        v = self._seen.get(run)
        if v is None:
            v = self._seen[run] = run in self._text
        return v

    def logp(self, prev: str, ch: str) -> float:
        """The base model's ``logp`` with the document's evidence; memoised per pair."""
        key = (prev, ch)
        v = self._memo.get(key)
        if v is None:
            v = self.base.logp(prev, ch) + self._bonus(prev, ch) - self._penalty(ch)
            self._memo[key] = v
        return v

    def rank(self, chars: tuple[str, ...]) -> Ranked:
        """``chars`` prepared for :meth:`best_after`."""
        memo = self._unseen
        for c in chars:
            if c not in memo:
                memo[c] = self.base.unseen_logp(c) + 0.0 - self._penalty(c)
        items = sorted(((memo[c], c) for c in chars), reverse=True)
        by_simple: dict[str, list[str]] = {}
        for c in chars:
            by_simple.setdefault(self.base.simplified(c), []).append(c)
        return Ranked(tuple(items), by_simple, frozenset(chars))

    def best_after(self, prev: str, ranked: Ranked, limit: int) -> list[tuple[float, str]]:
        """The ``limit`` best ``(logp(prev, c), c)`` over the ranked characters, best first.

        Same result as scoring every character; only those ``prev`` is seen with are scored.
        """
        items, by_simple, members = ranked
        if prev in NOT_PLAIN or prev.isascii():
            return sorted(((self.logp(prev, c), c) for _, c in items), reverse=True)[:limit]
        follow = self.base.followers(self.base.simplified(prev))
        special: set[str] = set()
        if len(follow) < len(by_simple):
            for sc in follow:
                special.update(by_simple.get(sc, ()))
        else:
            for sc, cs in by_simple.items():
                if sc in follow:
                    special.update(cs)
        special.update(c for c in self._doc_follow.get(prev, ()) if c in members)
        out = [(self.logp(prev, c), c) for c in special]
        offset = self.base.unseen_offset(prev)
        n = 0
        for score, c in items:
            if n >= limit:
                break
            if c not in special:
                out.append((score + offset, c))
                n += 1
        out.sort(reverse=True)
        return out[:limit]

    def doc_words(self) -> dict[str, float]:
        """Words the document teaches: runs of three or four Han characters that recur (at least
        DOC_WORD_MIN times in lines without damage), hold no dictionary word and are not always
        part of the same longer run: names (帕霍基)."""
        if self._doc_words is None:
            counts: dict[str, int] = {}
            n_han = 0
            for line in self._text.split("\n"):
                if "?" in line or "\ufffd" in line:
                    continue
                simple = "".join(self.base.simplified(c) for c in line)
                n_han += sum(1 for c in simple if "\u4e00" <= c <= "\u9fff")
                for i in range(len(simple)):
                    for k in (3, 4, 5):
                        sub = simple[i : i + k]
                        if len(sub) == k and all("\u4e00" <= c <= "\u9fff" for c in sub):
                            counts[sub] = counts.get(sub, 0) + 1
            # a run always seen inside the same longer run is not a word of its own
            longest: dict[str, int] = {}
            for sub, c in counts.items():
                for part in (sub[1:], sub[:-1]):
                    longest[part] = max(longest.get(part, 0), c)
            words = self.base.words
            self._doc_words = {
                w: math.log(c / max(1, n_han)) + BASE * len(w)
                for w, c in counts.items()
                if len(w) <= 4 and c >= DOC_WORD_MIN and c > longest.get(w, 0)
                and not _has_word(w, words)
            }  # fmt: skip
        return self._doc_words

    def text_logp(self, text: str) -> float:
        """The base model's ``text_logp`` with the document's evidence; memoised per text."""
        v = self._texts.get(text)
        if v is None:
            extra = sum(self._bonus(a, b) for a, b in itertools.pairwise(text))
            extra -= sum(self._penalty(c) for c in text)
            v = self._texts[text] = self.base.text_logp(text, self.doc_words()) + extra
        return v
