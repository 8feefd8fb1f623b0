"""Words and their parts of speech: jieba's dictionary, segmentation and tags without jieba's HMM.

jieba (MIT) ships a dictionary of 349k Simplified words, each with a corpus count and its most
frequent part of speech (``dict.txt``: ``word count tag``). ``jieba.posseg`` tags a word found in
that dictionary with exactly that tag; its HMM only guesses tags for unknown runs, costs seconds
on Traditional text (every character is unknown there) and cannot change the tag of a function
word. So we cut each Han run into its most probable words (jieba's unigram model, no HMM) and
tag them from the dictionary: the same words and tags as ``jieba.posseg.cut(text, HMM=False)``,
on the Simplified lookup copy whatever the script, in a few milliseconds. The parsed dictionary
is cached (kind ``words``, edition/cache.py).
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from edition import cache

log = logging.getLogger(__name__)

# Everyday words: the most frequent words of 2+ characters in jieba's dictionary (general
# Simplified text; about the size of a learner's whole vocabulary: the HSK 1-9 lists hold 11k).
PROTECTED_WORDS = 10_000
_FORMAT = 3
HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# numeral characters: a word of them is a numeral whatever its tag (the cut and the grammar)
NUMERALS = frozenset("〇零一二三四五六七八九十百千万亿两")


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a sentence: ``text[start:end]`` with its part-of-speech tag (jieba's tag set:
    ``v`` verb, ``a`` adjective, ``d`` adverb, ``n`` noun, ``r`` pronoun, ``p`` preposition, ``m``
    numeral, ``q`` measure word, ``u*`` particles...; ``x`` unknown Han, ``w`` punctuation or
    space, ``eng`` Latin letters and digits)."""

    text: str
    tag: str
    start: int
    also: str = ""  # a second tag the word often has (a single character that is also a verb)
    piece: bool = False  # a piece of a longer run the lexicon does not know as a word
    # a dictionary word jieba's dictionary lacks, joined from single characters by the engine
    # (``ReadingEngine._dictionary_words``)
    joined: bool = False

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True, slots=True)
class WordFrequencies:
    """A general word-frequency dictionary (jieba's format): counts, tags, segmentation.

    ``codes`` maps Simplified words (single characters included) to ``count << 6 | tag
    number``, an index into ``tag_names`` (one table loads twice as fast as two);
    ``protected`` holds the ``PROTECTED_WORDS`` most frequent words of two or more characters.
    """

    codes: dict[str, int]
    tag_names: tuple[str, ...]
    protected: frozenset[str]
    log_total: float
    max_len: int

    def __contains__(self, word: str) -> bool:
        return word in self.codes

    def count(self, word: str) -> int:
        return self.codes.get(word, 0) >> 6

    def tag(self, word: str, default: str = "x") -> str:
        code = self.codes.get(word)
        return default if code is None else self.tag_names[code & 63]

    def segment(self, text: str) -> list[int]:
        """Word ends of the most probable segmentation of ``text`` (one Han run), jieba's
        unigram model without its HMM: maximise the sum of log(count / total) over the words;
        an unknown single character counts once."""
        codes, n = self.codes, len(text)
        best = [0.0] * (n + 1)
        nxt = [n] * (n + 1)
        for i in range(n - 1, -1, -1):
            top, arg = -math.inf, i + 1
            for j in range(i + 1, min(n, i + self.max_len) + 1):
                f = codes.get(text[i:j])
                if f is None and j > i + 1:
                    continue
                score = math.log((f or 64) >> 6 or 1) - self.log_total + best[j]
                if score > top:
                    top, arg = score, j
            best[i], nxt[i] = top, arg
        ends, i = [], 0
        while i < n:
            i = nxt[i]
            ends.append(i)
        return ends

    def is_word_at(self, s: str, start: int, end: int) -> bool:
        """True when ``s[start:end]`` is one word of the segmentation of its Han run."""
        for m in HAN_RUN.finditer(s):
            if m.start() <= start and end <= m.end():
                ends = self.segment(m.group(0))
                a, b = start - m.start(), end - m.start()
                return b in ends and (a == 0 or a in ends)
        return False

    def cut(self, s: str) -> list[Word]:
        """``s`` as tagged words: Han runs segmented, other characters grouped (Latin letters
        and digits as ``eng``, punctuation one ``w`` per character, spaces left out)."""
        out: list[Word] = []
        pos = 0
        for m in HAN_RUN.finditer(s):
            _cut_other(s, pos, m.start(), out)
            a = m.start()
            run = m.group(0)
            prev = 0
            for end in self.segment(run):
                w = run[prev:end]
                out.append(Word(w, self.tag(w), a + prev))
                prev = end
            pos = m.end()
        _cut_other(s, pos, len(s), out)
        return out


_OTHER = re.compile(r"[A-Za-z0-9]+|.", re.DOTALL)


def _cut_other(s: str, start: int, end: int, out: list[Word]) -> None:
    """Latin letters and digits as one ``eng`` word; punctuation one ``w`` word per character;
    spaces are left out (typography between scripts, not a word)."""
    for m in _OTHER.finditer(s, start, end):
        text = m.group(0)
        if text.isspace():
            continue
        out.append(Word(text, "eng" if text[0].isalnum() and text.isascii() else "w", m.start()))


def _jieba_dict() -> Path | None:
    """jieba's dict.txt, located without importing jieba (its import sets up logging)."""
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "dict.txt"
    return path if path.exists() else None


@lru_cache(maxsize=2)
def word_frequencies(source: Path | None = None) -> WordFrequencies | None:
    """Load a jieba-format dictionary (``word count [tag]`` per line; default: the one
    installed with jieba). The parsed table is cached (kind ``words``), keyed by the file's
    size and modification time. None (with a warning) when there is no dictionary."""
    import heapq
    import marshal

    source = source or _jieba_dict()
    if source is None:
        log.warning("jieba's dict.txt not found: readings use the phrase tables alone")
        return None
    st = source.stat()
    where, key = cache.folder("words"), f"words-{_FORMAT}-{st.st_size}-{st.st_mtime_ns}"
    stored = cache.load(where, key, ".marshal")
    try:
        codes, names, top, total, longest = marshal.loads(stored or b"")  # nothing stored: EOFError
    except (EOFError, ValueError, TypeError):
        freq: dict[str, int] = {}
        tags: dict[str, str] = {}
        with source.open(encoding="utf-8") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) >= 2 and parts[1].isdigit():
                    freq[parts[0]] = freq.get(parts[0], 0) + int(parts[1])
                    if len(parts) >= 3:
                        tags.setdefault(parts[0], parts[2])
        names = tuple(sorted(set(tags.values()) | {"x"}))[:64]
        number = {t: k for k, t in enumerate(names)}
        codes = {w: f << 6 | number.get(tags.get(w, "x"), number["x"]) for w, f in freq.items()}
        top = heapq.nlargest(PROTECTED_WORDS, (w for w in freq if len(w) > 1), key=freq.__getitem__)
        total, longest = sum(freq.values()), max(map(len, freq), default=1)
        cache.save(where, key, ".marshal", marshal.dumps((codes, names, top, total, longest)))
    return WordFrequencies(codes, tuple(names), frozenset(top), math.log(total or 1), longest)
