"""A character bigram model built from jieba's word-frequency dictionary.

Used to choose between decodings of damaged GBK text (``edition/mojibake.py``). The source of the
frequencies is ``jieba/dict.txt`` (349,046 Simplified words with counts, shipped with the jieba
package; the package is located, not imported, so jieba's own logging set-up never runs). Every
word adds its count to each of its characters and to each adjacent character pair; a Traditional
character is looked up through OpenCC's character-level t2s mapping.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import logging
import marshal
import math
import os
import tempfile
from pathlib import Path
from typing import NamedTuple

import opencc

log = logging.getLogger(__name__)

# Rough unigram probabilities of full-width punctuation in running Chinese text (per character).
PUNCT_P = {
    "，": 0.05, "。": 0.03, "“": 0.01, "”": 0.01, "、": 0.008, "：": 0.004, "？": 0.003,
    "！": 0.002, "；": 0.002, "（": 0.002, "）": 0.002, "《": 0.002, "》": 0.002, "—": 0.002,
    "…": 0.002, "·": 0.001, "‘": 0.001, "’": 0.001, "「": 0.001, "」": 0.001,
}  # fmt: skip
# Punctuation pairs that are common in any Chinese text: P(second | first).
PUNCT_BIGRAM = {
    "。”": 0.3, "？”": 0.4, "！”": 0.4, "…”": 0.3, "。“": 0.05, "：“": 0.4, "，“": 0.1,
    "”。": 0.1, "”，": 0.2, "…。": 0.05, "……": 0.5,
}  # fmt: skip
# Scores are log-likelihood ratios against a uniform choice among ~5000 common characters, so a
# well-predicted character adds to a reading and a garbled one takes away.
BASE = math.log(5000)
ASCII_LOGP = -BASE
UNKNOWN_LOGP = math.log(1e-9)
ASCII_MARKS = "?!,:;"
OPENERS = "·“‘（《「"  # no sentence punctuation right after these
CLOSERS = "。，、：；？！”’）》」·"
# After any other character, logp(prev, ch) only depends on prev through the pair's counts.
NOT_PLAIN = frozenset(OPENERS) | {pair[0] for pair in PUNCT_BIGRAM}

# The tables derived from jieba's dictionary are cached here, keyed by the dictionary's hash and
# FORMAT (bump FORMAT when the derived tables change).
CACHE_DIR = Path(__file__).resolve().parent.parent / ".cache" / "charfreq"
FORMAT = 2


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
        uni, left, bi, wordfreq, follow = tables
        self.uni, self.left, self.bi, self.follow = uni, left, bi, follow
        self.total = max(1, sum(uni.values()))
        self.words = wordfreq
        self.word_total = max(1, sum(wordfreq.values()))
        self._t2s = opencc.OpenCC("t2s")
        self._simple: dict[str, str] = {}
        self._uni_log: dict[str, float] = {}
        self._followers: dict[str, frozenset[str]] = {}

    def simplified(self, ch: str) -> str:
        s = self._simple.get(ch)
        if s is None:
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
        """``logp(prev, ch)`` for a ``prev`` outside NOT_PLAIN, not ASCII, never followed by ch."""
        return math.log(0.3 * math.exp(self.unigram(ch))) + BASE

    def logp(self, prev: str, ch: str) -> float:
        """log P(ch | prev) + BASE; ``prev`` may be empty."""
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
        if not prev or prev.isascii() or ch.isascii():
            return math.log(p_uni)
        sp, sc = self.simplified(prev), self.simplified(ch)
        n = self.bi.get(sp + sc, 0)
        if n == 0:
            return math.log(0.3 * p_uni)
        return math.log(0.7 * n / self.left.get(sp, n) + 0.3 * p_uni)


    def text_logp(self, text: str) -> float:
        """Best word segmentation score of ``text`` (word log-frequencies, jieba-style DAG)."""
        s = "".join(self.simplified(c) for c in text)
        n = len(s)
        best = [0.0] + [-math.inf] * n
        for i in range(n):
            if best[i] == -math.inf:
                continue
            ch = s[i]
            single = self.words.get(ch)
            one = math.log(single / self.word_total) if single else self.unigram(text[i])
            best[i + 1] = max(best[i + 1], best[i] + one + BASE)
            for j in range(i + 2, min(n, i + 6) + 1):
                f = self.words.get(s[i:j])
                if f:
                    score = math.log(f / self.word_total) + BASE * (j - i)
                    best[j] = max(best[j], best[i] + score)
        return best[n]


def derive_tables(words: list[tuple[str, int]]) -> tuple[dict, dict, dict, dict, dict]:
    """(unigram, left-of-pair, bigram, word) counts from (word, count) pairs, and for each
    character the string of characters that follow it in some word."""
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
    follow: dict[str, list[str]] = {}
    for pair in bi:
        follow.setdefault(pair[0], []).append(pair[1])
    return uni, left, bi, dict(words), {k: "".join(v) for k, v in follow.items()}


def _parse_dict(data: bytes) -> list[tuple[str, int]]:
    words: list[tuple[str, int]] = []
    for line in data.decode("utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) >= 2 and parts[1].isdigit():
            words.append((parts[0], int(parts[1])))
    return words


def load_tables(path: Path, cache_dir: Path | None = None) -> tuple[dict, ...]:
    """The derived tables of the dictionary at ``path``, from the cache when it has them.

    The cache file is named by the dictionary's SHA-256 and FORMAT and written atomically; a cache
    that cannot be read or written is rebuilt or skipped (logged at debug level), never fatal.
    """
    data = path.read_bytes()
    key = hashlib.sha256(f"{FORMAT}:".encode() + data).hexdigest()[:24]
    cache_dir = CACHE_DIR if cache_dir is None else cache_dir
    cached = cache_dir / f"jieba-{key}.marshal"
    try:
        tables = marshal.loads(cached.read_bytes())
        if isinstance(tables, tuple) and len(tables) == 5:
            return tables
    except (OSError, ValueError, EOFError, TypeError):
        pass
    tables = derive_tables(_parse_dict(data))
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache_dir, prefix=".charfreq-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                marshal.dump(tables, fh)
            os.replace(tmp, cached)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        log.debug("cannot write the character-model cache %s: %s", cached, exc)
    return tables


@functools.cache
def char_model() -> CharModel:
    """The shared model; built once per process from jieba's dictionary (about 3 s), or loaded
    from the derived tables cached under ``.cache/charfreq/`` (about 0.2 s)."""
    path = _jieba_dict()
    if path is None:
        log.warning("jieba is not installed: mojibake repair falls back to uniform frequencies")
        return CharModel([])
    return CharModel(tables=load_tables(path))


class Ranked(NamedTuple):
    """Characters ranked by their score after a character they never follow."""

    items: tuple[tuple[float, str], ...]  # (score, char), best first
    by_simple: dict[str, list[str]]
    members: frozenset[str]


class DocModel:
    """The shared model tuned to one document: character pairs that occur in the document's own
    lines count as evidence (names recur), and in a text that is Traditional (or Simplified)
    overall, characters of the other script are unlikely."""

    def __init__(self, base: CharModel, text: str):
        self.base = base
        self.pairs: dict[str, int] = {}
        for line in text.split("\n"):
            for i in range(len(line) - 1):
                pair = line[i : i + 2]
                if not pair.isascii():
                    self.pairs[pair] = self.pairs.get(pair, 0) + 1
        self._doc_follow: dict[str, set[str]] = {}
        for pair, n in self.pairs.items():
            if n > 1:
                self._doc_follow.setdefault(pair[0], set()).add(pair[1])
        self._s2t = opencc.OpenCC("s2t")
        trad = simp = 0
        for ch in set(text):
            kind = self.script(ch)
            trad += kind == "t"
            simp += kind == "s"
        self.wrong = "s" if trad > 2 * simp else "t" if simp > 2 * trad else ""
        self._kind: dict[str, str] = {}
        self._memo: dict[tuple[str, str], float] = {}
        self._unseen: dict[str, float] = {}
        self.scratch: dict[str, dict] = {}  # callers' memo tables for this document

    def script(self, ch: str) -> str:
        """'t' for a Traditional-only character, 's' for a Simplified-only one, else ''."""
        if not ("\u4e00" <= ch <= "\u9fff"):
            return ""
        if self.base.simplified(ch) != ch:
            return "t"
        t = self._s2t.convert(ch)
        return "s" if t != ch else ""

    def _penalty(self, ch: str) -> float:
        if not self.wrong:
            return 0.0
        k = self._kind.get(ch)
        if k is None:
            k = self._kind[ch] = self.script(ch)
        return 5.0 if k == self.wrong else 0.0

    def _bonus(self, prev: str, ch: str) -> float:
        n = self.pairs.get(prev + ch, 0)
        return 2 * math.log1p(n) if n > 1 else 0.0

    def logp(self, prev: str, ch: str) -> float:
        """The base model's ``logp`` with the document's evidence; memoised per pair."""
        key = (prev, ch)
        v = self._memo.get(key)
        if v is None:
            v = self._memo[key] = self.base.logp(prev, ch) + self._bonus(prev, ch) - self._penalty(ch)
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
        n = 0
        for item in items:
            if n >= limit:
                break
            if item[1] not in special:
                out.append(item)
                n += 1
        out.sort(reverse=True)
        return out[:limit]

    def text_logp(self, text: str) -> float:
        extra = sum(self._bonus(a, b) for a, b in zip(text, text[1:], strict=False))
        extra -= sum(self._penalty(c) for c in text)
        return self.base.text_logp(text) + extra
