"""Stage 5, readings: one canonical syllable per Han character of the Simplified lookup copy.

How a character gets its reading (``Reading.origin``):

1. ``phrase`` - the sentence is cut by forward maximum matching on pypinyin's phrase table
   (47k words, keyed on Simplified); a character inside a word of two or more characters takes
   the word's reading.
2. ``model`` - characters with several readings are scored in their sentence by g2pM's BiLSTM
   (``edition.readings.context``). Where no phrase settled the character, the model's best
   reading is taken. Inside a phrase the phrase wins, except where the phrase is doubtful and the
   model is sure of another reading (probability >= ``MODEL_OVERRIDES_PHRASE``). A phrase is
   doubtful when the phrase table's greedy longest match produced it by chance - the most probable
   segmentation of the sentence by jieba's general word-frequency dictionary does not have it
   as a word (超出了当今: 了当 is a phrase, but the sentence reads 超出|了|当今) - or when it is
   neither an everyday word (among the ``PROTECTED_WORDS`` most frequent words of that
   dictionary) nor a fixed expression of four or more characters (直截了当). Everyday words
   keep their phrase reading however sure the model is: g2pM was trained on encyclopedic text
   and is confidently wrong on 了解 (le5), 桌子 (zi3), 石头 (tou2).
3. ``char`` - otherwise pypinyin's first reading of the single character.
4. ``rule`` - our own rules: erhua 儿 -> ``r``; opt-in tone sandhi of 一 and 不.

Readings are citation forms: 一 is yi1 and 不 is bu4 unless ``sandhi=True``; neutral tones
(de5, le5, men5, zi5, tou5) as the dictionary gives them; third-tone sandhi is never marked.

Overrides from the notes file and source hints are applied after lookup
(``apply_overrides``, ``compare_hints``); pypinyin's process-wide dictionaries are never changed.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from edition import files
from edition.errors import Problem
from edition.model import Reading, ReadingOverride
from edition.text.script import lookup_copy
from edition.text.segment import is_han

log = logging.getLogger(__name__)

# Model probability needed to overrule a doubtful phrase reading (above 1: never).
MODEL_OVERRIDES_PHRASE = 0.95
# Everyday words: the most frequent words of 2+ characters in jieba's dictionary (general
# Simplified text, 349k words with counts; about the size of a learner's whole vocabulary: the
# HSK 1-9 lists hold 11k words). Their phrase-table reading is never overruled by the model.
PROTECTED_WORDS = 10_000
_PROTECTED_FORMAT = 1
MAX_SENTENCE = 160  # longer stretches are cut (at commas if possible) before the model runs
_CACHE_SIZE = 20_000

_SENTENCE_END = re.compile(r"[^。！？；!?;\n…]*(?:[。！？；!?;\n…]+[”」』’）)]*|$)")
_NUMERALS = frozenset("〇零一二三四五六七八九十百千万亿两")
# 儿 keeps its own syllable ér after these (女儿 婴儿 孤儿 ...); after any other Han character
# in the same word or directly after it, 儿 is the erhua suffix -r (哪儿 这儿 一点儿 玩儿).
_ER_LEXICAL_BEFORE = frozenset("女婴幼孤健宠胎少男孙侄乳育托产弃骄犬患")
_ER_LEXICAL_AFTER = frozenset("童子女孙科歌媳戏时郎")  # 儿 starting a word: 儿童 儿子 儿歌
# 为: wèi "for, because of" vs wéi "be, act as, become".
_WEI4_WORDS = frozenset(("为了", "为什么", "为何", "因为", "为此", "为着", "为啥"))
_WEI2_AFTER = frozenset(
    "成作认以称视改变化分选定评封立任转名译划列升降奉尊拜推结沦较更尤极最颇甚广行人难大充兼互半"
)
_WEI4_BEFORE = (
    "我",
    "你",
    "他",
    "她",
    "它",
    "您",
    "咱",
    "大家",
    "人民",
    "国家",
    "社会",
    "自己",
    "别人",
    "此",
    "谁",
    "祖国",
    "群众",
    "读者",
    "用户",
    "客户",
    "孩子",
    "朋友",
)


@lru_cache(maxsize=4096)
def _tone3(mark: str) -> str:
    """pypinyin tone-mark syllable -> canonical TONE3 (5 = neutral, v = ü)."""
    from pypinyin.contrib.tone_convert import to_tone3

    return to_tone3(mark, v_to_u=False, neutral_tone_with_five=True)


def tone_of(syllable: str) -> int:
    """Tone digit of a canonical syllable (``r`` counts as neutral)."""
    return int(syllable[-1]) if syllable[-1:].isdigit() else 5


@dataclass(frozen=True, slots=True)
class Detail:
    """Why one character got its reading: the chosen reading plus what each source said."""

    reading: Reading
    phrase: str | None = None  # the phrase-table reading, when a word of 2+ chars covered it
    word: str = ""  # that word
    model: str | None = None  # the model's best reading, when the model ran on the character
    confidence: float | None = None  # the model's probability for it
    polyphonic: bool = False  # more than one reading known for the character

    @property
    def disagree(self) -> bool:
        """Phrase and model gave different readings."""
        return self.phrase is not None and self.model is not None and self.phrase != self.model


class ReadingEngine:
    """Phrase lookup + polyphone model + rules. Build once (``default_engine()``), reuse."""

    def __init__(
        self,
        *,
        use_model: bool = True,
        model_overrides_phrase: float = MODEL_OVERRIDES_PHRASE,
        protected: frozenset[str] | None = None,
    ) -> None:
        """``model_overrides_phrase``: model probability needed to overrule a doubtful phrase
        (above 1: phrases always win). ``protected``: None for the default test of doubtful
        phrases (``WordFrequencies``); an empty set lets the model overrule any phrase it is
        sure about (for comparison)."""
        t0 = time.perf_counter()
        from pypinyin.constants import PHRASES_DICT, PINYIN_DICT

        self._phrases = PHRASES_DICT  # read only
        self._chars = PINYIN_DICT  # read only
        self._maxlen = 10
        self._threshold = model_overrides_phrase
        self._words: WordFrequencies | None = None
        self._any_phrase = protected is not None and not protected
        if model_overrides_phrase <= 1 and not self._any_phrase:
            self._words = word_frequencies()
        self._model = None
        if use_model:
            from edition.readings.context import PolyphoneModel

            self._model = PolyphoneModel()
        self._cache: dict[str, tuple[Detail | None, ...]] = {}
        self._char_cache: dict[str, tuple[str, ...]] = {}
        self.load_seconds = time.perf_counter() - t0
        log.debug("readings engine loaded in %.2f s", self.load_seconds)

    # -- single characters ---------------------------------------------------------------

    def char_readings(self, ch: str) -> tuple[str, ...]:
        """Every reading known for one character (pypinyin's list, then the model's)."""
        got = self._char_cache.get(ch)
        if got is not None:
            return got
        raw = self._chars.get(ord(ch))
        out = [_tone3(p) for p in raw.split(",")] if raw else []
        if self._model is not None:
            out += [s for s in self._model.candidates(ch) if s not in out]
        got = self._char_cache[ch] = tuple(dict.fromkeys(out))
        return got

    def is_polyphonic(self, ch: str) -> bool:
        """True for a character with several readings in current use: one the model covers
        (CC-CEDICT readings, as in the CPP benchmark); without the model, pypinyin's list
        (which also keeps rare historical readings: 技 qí, 科 kè)."""
        if self._model is not None:
            return self._model.covers(ch)
        return len(set(self.char_readings(ch)) - {"r"}) > 1

    # -- sentences -----------------------------------------------------------------------

    def _segment(self, s: str) -> list[tuple[int, str, list | None]]:
        """Forward maximum matching on the phrase table: (start, word, readings or None)."""
        out = []
        i, n = 0, len(s)
        phrases = self._phrases
        while i < n:
            if is_han(s[i]):
                for size in range(min(self._maxlen, n - i), 1, -1):
                    w = s[i : i + size]
                    p = phrases.get(w)
                    if p is not None:
                        out.append((i, w, p))
                        i += size
                        break
                else:
                    out.append((i, s[i], None))
                    i += 1
            else:
                out.append((i, s[i], None))
                i += 1
        return out

    def _analyse(self, sentences: list[str]) -> list[tuple[Detail | None, ...]]:
        """Details for each sentence, sandhi off; uses and fills the cache."""
        todo = list(dict.fromkeys(s for s in sentences if s not in self._cache))
        if todo:
            self._analyse_new(todo)
        return [self._cache[s] for s in sentences]

    def _analyse_new(self, sentences: list[str]) -> None:
        model = self._model
        drafts = []
        targets: list[list[int]] = []
        for s in sentences:
            phrase: list[tuple[str, str, int] | None] = [None] * len(s)
            start_of_word = [True] * len(s)
            for start, w, p in self._segment(s):
                if p is not None:
                    for j, syl in enumerate(p):
                        phrase[start + j] = (_tone3(syl[0]), w, start)
                        start_of_word[start + j] = j == 0
            drafts.append((phrase, start_of_word))
            targets.append([i for i, ch in enumerate(s) if model is not None and model.covers(ch)])
        preds = model.predict(sentences, targets) if model is not None else [[] for _ in targets]
        if len(self._cache) > _CACHE_SIZE:
            self._cache.clear()
        for s, (phrase, start_of_word), tg, pr in zip(
            sentences, drafts, targets, preds, strict=True
        ):
            by_pos = dict(zip(tg, pr, strict=True))
            out: list[Detail | None] = []
            for i, ch in enumerate(s):
                if not is_han(ch) or (ord(ch) not in self._chars and i not in by_pos):
                    out.append(None)
                    continue
                ph = phrase[i]
                pred = by_pos.get(i)
                poly = self.is_polyphonic(ch)
                if ph is not None and (
                    pred is None
                    or pred.best == ph[0]
                    or pred.confidence < self._threshold
                    or not self._doubtful(s, ph[2], ph[1])
                ):
                    reading = Reading(ph[0], "phrase")
                elif pred is not None:
                    reading = Reading(pred.best, "model")
                elif ph is not None:
                    reading = Reading(ph[0], "phrase")
                else:
                    reading = Reading(self.char_readings(ch)[0], "char")
                reading = _citation(ch, reading)
                if ch == "儿":
                    reading = _erhua(s, i, reading, ph is not None and start_of_word[i])
                elif ch == "为":
                    reading = _wei(s, i, reading, ph[1] if ph else "")
                elif ch in _ADVERB_RULES and reading.origin != "phrase":
                    reading = _after_degree(s, i, reading)
                out.append(
                    Detail(
                        reading,
                        phrase=ph[0] if ph else None,
                        word=ph[1] if ph else "",
                        model=pred.best if pred else None,
                        confidence=pred.confidence if pred else None,
                        polyphonic=poly,
                    )
                )
            self._cache[s] = tuple(out)

    def _doubtful(self, s: str, start: int, word: str) -> bool:
        """True when the phrase ``word`` at ``s[start:]`` may be overruled by the model: the
        sentence's most probable segmentation does not have it as a word, or it is neither an
        everyday word nor a fixed expression of 4+ characters."""
        words = self._words
        if words is None:
            return self._any_phrase
        if word not in words.protected and len(word) < 4:
            return True
        return not words.is_word_at(s, start, start + len(word))

    # -- public ----------------------------------------------------------------------------

    def details(self, lookup: str, *, sandhi: bool = False) -> list[Detail | None]:
        """Per character of ``lookup``: the chosen reading and the evidence for it."""
        return self.details_many([lookup], sandhi=sandhi)[0]

    def details_many(
        self, lookups: list[str], *, sandhi: bool = False
    ) -> list[list[Detail | None]]:
        """``details`` for many texts; the model runs once over all their new sentences."""
        pieces = [split_sentences(t) for t in lookups]
        flat = self._analyse([p for ps in pieces for p in ps])
        out = []
        k = 0
        for ps in pieces:
            row: list[Detail | None] = []
            for _ in ps:
                row.extend(flat[k])
                k += 1
            out.append(row)
        if sandhi:
            out = [_apply_sandhi(lk, row, self) for lk, row in zip(lookups, out, strict=True)]
        return out

    def read(self, lookup: str, *, sandhi: bool = False) -> list[Reading | None]:
        """One reading per character of the Simplified ``lookup`` (None for non-Han)."""
        return [d.reading if d else None for d in self.details(lookup, sandhi=sandhi)]

    def read_many(self, lookups: list[str], *, sandhi: bool = False) -> list[list[Reading | None]]:
        return [
            [d.reading if d else None for d in row]
            for row in self.details_many(lookups, sandhi=sandhi)
        ]


def _jieba_dict() -> Path | None:
    """jieba's dict.txt, located without importing jieba (its import sets up logging)."""
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "dict.txt"
    return path if path.exists() else None


_CACHE_DIR = files.CACHE_DIR / "readings"
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


@dataclass(frozen=True, slots=True)
class WordFrequencies:
    """A general word-frequency dictionary (jieba's format) used to judge phrase-table cuts.

    ``freq`` maps Simplified words (single characters included) to counts; ``protected`` holds
    the ``PROTECTED_WORDS`` most frequent words of two or more characters.
    """

    freq: dict[str, int]
    protected: frozenset[str]
    log_total: float
    max_len: int

    def segment(self, text: str) -> list[int]:
        """Word ends of the most probable segmentation of ``text`` (one Han run), jieba's
        unigram model without its HMM: maximise the sum of log(count / total) over the words;
        an unknown single character counts once."""
        import math

        freq, n = self.freq, len(text)
        best = [0.0] * (n + 1)
        nxt = [n] * (n + 1)
        for i in range(n - 1, -1, -1):
            top, arg = -math.inf, i + 1
            for j in range(i + 1, min(n, i + self.max_len) + 1):
                f = freq.get(text[i:j])
                if f is None and j > i + 1:
                    continue
                score = math.log(f or 1) - self.log_total + best[j]
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
        for m in _HAN_RUN.finditer(s):
            if m.start() <= start and end <= m.end():
                ends = self.segment(m.group(0))
                a, b = start - m.start(), end - m.start()
                return b in ends and (a == 0 or a in ends)
        return False


@lru_cache(maxsize=2)
def word_frequencies(source: Path | None = None) -> WordFrequencies | None:
    """Load a jieba-format dictionary (``word count [tag]`` per line; default: the one
    installed with jieba). The parsed table is cached under ``.cache/readings``, keyed by the
    file's size and modification time. None (with a warning) when there is no dictionary: the
    phrase table then always wins."""
    import heapq
    import marshal
    import math

    source = source or _jieba_dict()
    if source is None:
        log.warning("jieba's dict.txt not found: the model never overrules a phrase reading")
        return None
    st = source.stat()
    cached = _CACHE_DIR / f"words-{_PROTECTED_FORMAT}-{st.st_size}-{st.st_mtime_ns}.marshal"
    try:
        freq, top = marshal.loads(cached.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        freq = {}
        with source.open(encoding="utf-8") as fh:
            for line in fh:
                parts = line.split(" ", 2)
                if len(parts) >= 2 and parts[1].isdigit():
                    freq[parts[0]] = freq.get(parts[0], 0) + int(parts[1])
        top = heapq.nlargest(PROTECTED_WORDS, (w for w in freq if len(w) > 1), key=freq.__getitem__)
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            tmp = cached.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(marshal.dumps((freq, top)))
            os.replace(tmp, cached)
        except OSError as exc:
            log.debug("cannot write %s: %s", cached, exc)
    return WordFrequencies(
        freq, frozenset(top), math.log(sum(freq.values()) or 1), max(map(len, freq), default=1)
    )


def split_sentences(text: str) -> list[str]:
    """Cut ``text`` into sentences (ending punctuation kept); the pieces join back to ``text``."""
    out = []
    for m in _SENTENCE_END.finditer(text):
        piece = m.group(0)
        if not piece:
            continue
        while len(piece) > MAX_SENTENCE:
            cut = max(piece.rfind(c, 0, MAX_SENTENCE) for c in "，,、：:")
            cut = cut + 1 if cut > MAX_SENTENCE // 4 else MAX_SENTENCE
            out.append(piece[:cut])
            piece = piece[cut:]
        out.append(piece)
    return out


def _citation(ch: str, r: Reading) -> Reading:
    """Undo tone sandhi some phrase entries carry: 一 yi2/yi4 -> yi1, 不 bu2 -> bu4."""
    if ch == "一" and r.syllable in ("yi2", "yi4"):
        return Reading("yi1", r.origin)
    if ch == "不" and r.syllable == "bu2":
        return Reading("bu4", r.origin)
    return r


_DEGREE = ("很", "太", "更", "最", "非常", "真", "十分", "特别", "那么", "这么", "越来越", "较")
# 得 before a degree word is the complement marker de (跑得很快); 长 after one is the adjective
# cháng (很长).
_ADVERB_RULES = {"得": ("after", "de5"), "长": ("before", "chang2")}


def _after_degree(s: str, i: int, r: Reading) -> Reading:
    side, want = _ADVERB_RULES[s[i]]
    if side == "after":
        hit = i > 0 and is_han(s[i - 1]) and s.startswith(_DEGREE, i + 1)
    else:
        hit = any(s.endswith(w, 0, i) for w in _DEGREE)
    if not hit or r.syllable == want:
        return r
    return Reading(want, "rule")


def _wei(s: str, i: int, r: Reading, word: str) -> Reading:
    """为: wèi in 为了 为什么 因为 ... and before a beneficiary (为人民服务, 为我们); wéi after
    verbs and adverbs it completes (成为 作为 认为 称为 大为 行为); otherwise as chosen."""
    if word in _WEI4_WORDS:
        want = "wei4"
    elif i > 0 and s[i - 1] in _WEI2_AFTER:
        want = "wei2"
    elif s.startswith(_WEI4_BEFORE, i + 1):
        want = "wei4"
    else:
        return r
    return r if r.syllable == want else Reading(want, "rule")


def _erhua(s: str, i: int, r: Reading, word_start: bool) -> Reading:
    """儿 after a Han character is the erhua suffix (哪儿 nǎr) unless lexical (女儿, 儿子)."""
    nxt = s[i + 1] if i + 1 < len(s) else ""
    if i == 0 or not is_han(s[i - 1]) or word_start or nxt in _ER_LEXICAL_AFTER:
        return r if r.syllable != "r" else Reading("er2", "rule")
    if s[i - 1] in _ER_LEXICAL_BEFORE:
        return r if r.syllable == "er2" else Reading("er2", "rule")
    return Reading("r", "rule")


def _next_tone(lookup: str, row: list[Detail | None], i: int, engine: ReadingEngine) -> int | None:
    """Tone of the next character's reading; a neutral tone counts as its citation tone."""
    if i + 1 >= len(row) or row[i + 1] is None:
        return None
    syl = row[i + 1].reading.syllable
    tone = tone_of(syl)
    if tone == 5:
        for cand in engine.char_readings(lookup[i + 1]):
            if tone_of(cand) != 5:
                return tone_of(cand)
    return tone


def _apply_sandhi(lookup: str, row: list[Detail | None], engine: ReadingEngine) -> list:
    """Tone sandhi of 一 and 不 only (third-tone sandhi is never marked).

    不 -> bú before a fourth tone (不是 bú shì). 一 -> yí before a fourth tone (一个 yí gè), yì
    before tones 1-3 (一天 yì tiān); 一 keeps yī as a numeral or ordinal: after 第 or another
    numeral (第一, 十一, 一一), before a numeral or non-Han, and at the end of a word (统一).
    A neutral 不 (差不多 chà bu duō) is left alone.
    """
    out = list(row)
    for i, d in enumerate(row):
        if d is None:
            continue
        ch, syl = lookup[i], d.reading.syllable
        if ch == "不" and syl == "bu4":
            if _next_tone(lookup, row, i, engine) == 4:
                out[i] = _with(d, "bu2")
        elif ch == "一" and syl == "yi1":
            prev = lookup[i - 1] if i > 0 else ""
            nxt = lookup[i + 1] if i + 1 < len(lookup) else ""
            if prev in _NUMERALS or prev == "第" or nxt in _NUMERALS or not nxt:
                continue
            if d.word and d.word.endswith("一") and d.word != "一" and len(d.word) > 1:
                # 一 at the end of a word: 统一, 唯一, 万一
                if lookup.find(d.word, max(0, i - len(d.word) + 1)) == i - len(d.word) + 1:
                    continue
            tone = _next_tone(lookup, row, i, engine)
            if tone is None:
                continue
            out[i] = _with(d, "yi2" if tone == 4 else "yi4")
    return out


def _with(d: Detail, syllable: str) -> Detail:
    return Detail(Reading(syllable, "rule"), d.phrase, d.word, d.model, d.confidence, d.polyphonic)


_ENGINE: ReadingEngine | None = None


def default_engine() -> ReadingEngine:
    """The process-wide engine, built on first use (about 0.2 s)."""
    global _ENGINE
    if _ENGINE is None:
        _ENGINE = ReadingEngine()
    return _ENGINE


def read(lookup: str, *, sandhi: bool = False) -> list[Reading | None]:
    """One ``Reading`` per character of the Simplified ``lookup`` string; None for non-Han."""
    return default_engine().read(lookup, sandhi=sandhi)


# A model reading below this probability is unsure: the proof mode marks it for review.
SURE = 0.95


def unsure(detail: Detail | None) -> bool:
    """True when the engine is unsure of a polyphonic character's reading: no phrase and no
    model settled it (origin ``char``), the model is below ``SURE``, or the phrase table and a
    fairly sure model (p >= 0.5) disagree, whichever won."""
    if detail is None or not detail.polyphonic:
        return False
    origin = detail.reading.origin
    if origin == "char":
        return True
    if detail.disagree and (detail.confidence or 0.0) >= 0.5:
        return True
    return origin == "model" and (detail.confidence or 0.0) < SURE


def read_with_doubts(
    lookup: str, *, sandhi: bool = False
) -> tuple[list[Reading | None], frozenset[int]]:
    """The readings of ``lookup`` and the offsets where the engine is unsure (``unsure``).

    Both come from one analysis; together they are all a build needs from the engine, so a
    cached pair spares loading the model at all.
    """
    engine = default_engine()
    readings = engine.read(lookup, sandhi=sandhi)
    details = engine.details(lookup)
    doubts = frozenset(
        i
        for i, (r, d) in enumerate(zip(readings, details, strict=True))
        if r is not None and unsure(d)
    )
    return readings, doubts


def unreviewed(
    lookup: str, readings: list[Reading | None], engine: ReadingEngine | None = None
) -> set[int]:
    """Offsets of the unreviewed polyphones, for the proof mode: characters the engine is
    unsure of (``unsure``) whose final reading no override or glossary entry fixed.

    ``lookup`` is the aligned Simplified copy; ``readings`` the final readings (after
    overrides), one per character. The engine's analysis of ``lookup`` comes from its cache.
    """
    engine = engine or default_engine()
    details = engine.details(lookup)
    return unreviewed_among(readings, {i for i, d in enumerate(details) if unsure(d)})


def unreviewed_among(readings: list[Reading | None], doubts: Iterable[int]) -> set[int]:
    """The offsets of ``doubts`` (where the engine was unsure) that no override or glossary
    entry has settled."""
    return {
        i
        for i in doubts
        if readings[i] is not None and readings[i].origin not in ("override", "glossary")
    }


# -- overrides and hints ----------------------------------------------------------------------


def apply_overrides(
    display: str,
    readings: list[Reading | None],
    overrides: list[ReadingOverride],
    spans_for_anchored: Mapping[int, tuple[int, int]] | None = None,
    *,
    lookup: str | None = None,
    disputed: frozenset[int] = frozenset(),
    unsure: frozenset[int] | None = None,
) -> tuple[list[Reading | None], list[Problem]]:
    """Apply the editor's readings to the engine's, per word, per occurrence, per character.

    ``display`` is the displayed text (``readings`` has one entry per character of it); words
    are found in ``display`` and, when given, also in the Simplified ``lookup`` copy (as
    written and converted to Simplified), so an override in either script matches text in
    either script. ``spans_for_anchored`` maps
    ``id(override)`` (or the override's index in ``overrides``) to the (start, end) span the
    caller resolved for an anchored override. Order of strength: whole-article word overrides,
    then single-character defaults lose to longer words, and anchored overrides win over all.

    Problems: an error for a wrong syllable count or an invalid syllable; a warning for an
    override the engine already agrees with everywhere ("redundant") or that never occurs.
    ``disputed``: offsets where the source's inline reading differs from the engine's; an
    override covering one settles that dispute, so it is not redundant. Nor is one covering a
    character the engine is unsure of (``unsure``, from :func:`read_with_doubts`; computed
    from ``lookup`` when not given): it records the editor's review.
    """
    from edition.readings.styles import parse_syllable

    spans_for_anchored = spans_for_anchored or {}
    if unsure is not None:
        unsure_at = set(unsure)
    else:
        unsure_at = (
            unreviewed(lookup, readings) if lookup and len(lookup) == len(readings) else set()
        )
    out = list(readings)
    problems: list[Problem] = []
    valid: list[tuple[int, ReadingOverride, tuple[str, ...]]] = []
    for k, ov in enumerate(overrides):
        if len(ov.syllables) != len(ov.word):
            problems.append(
                Problem(
                    ov.loc,
                    f"reading override '{ov.word}': {len(ov.syllables)} syllables "
                    f"for {len(ov.word)} characters",
                )
            )
            continue
        try:
            syls = tuple(parse_syllable(s) for s in ov.syllables)
        except ValueError as exc:
            problems.append(Problem(ov.loc, f"reading override '{ov.word}': {exc}"))
            continue
        valid.append((k, ov, syls))

    def spans_of(word: str) -> list[int]:
        found = set()
        for text, w in ((display, word), (lookup, word), (lookup, lookup_copy(word))):
            if not text:
                continue
            start = text.find(w)
            while start >= 0:
                found.add(start)
                start = text.find(w, start + 1)
        return sorted(found)

    # shortest first so longer words and anchored overrides win where they overlap
    order = sorted(valid, key=lambda t: (t[1].anchor is not None, len(t[1].word)))
    for k, ov, syls in order:
        if ov.anchor is not None:
            span = spans_for_anchored.get(id(ov), spans_for_anchored.get(k))
            if span is None:
                continue  # the anchor stage reports unresolved anchors
            starts = [span[0]] if span[1] - span[0] == len(ov.word) else []
        else:
            starts = spans_of(ov.word)
        if not starts:
            problems.append(
                Problem(ov.loc, f"reading override '{ov.word}': word not found", "warning")
            )
            continue
        agrees = True
        for start in starts:
            for j, syl in enumerate(syls):
                old = out[start + j]
                if old is None or old.syllable != syl:
                    agrees = False
                out[start + j] = Reading(syl, "override")
        settles = any(
            s + j in disputed or s + j in unsure_at for s in starts for j in range(len(syls))
        )
        if (
            agrees
            and not settles
            and all(
                readings[s + j] is not None and readings[s + j].syllable == syl
                for s in starts
                for j, syl in enumerate(syls)
            )
        ):
            problems.append(
                Problem(
                    ov.loc,
                    f"reading override '{ov.word}' is redundant: the engine already reads "
                    f"{' '.join(syls)}",
                    "warning",
                )
            )
    return out, problems


def disputes(readings: list[Reading | None], hints: Mapping[int, str]) -> list[int]:
    """Offsets where the engine's reading differs from the source's inline reading."""
    from edition.readings.styles import parse_syllable

    out = []
    for off in sorted(hints):
        try:
            want = parse_syllable(hints[off])
        except ValueError:
            continue
        got = readings[off] if 0 <= off < len(readings) else None
        if got is not None and not _same(got.syllable, want):
            out.append(off)
    return out


def compare_hints(
    readings: list[Reading | None],
    hints: Mapping[int, str],
    locs: Mapping[int, object] | None = None,
    display: str = "",
) -> list[Problem]:
    """Warnings where the engine's reading differs from the reading the source showed inline.

    ``hints`` maps an offset in the text to the syllable the source printed (any notation
    ``parse_syllable`` accepts); ``locs`` optionally maps offsets to SourceLocation.
    """
    from edition.readings.styles import label, parse_syllable

    problems = []
    for off in sorted(hints):
        loc = locs.get(off) if locs else None
        try:
            want = parse_syllable(hints[off])
        except ValueError:
            continue  # the clean stage reports malformed inline pinyin
        got = readings[off] if 0 <= off < len(readings) else None
        if got is None or got.origin == "override" or _same(got.syllable, want):
            continue  # an override is the editor's decision on the dispute
        ch = display[off] if off < len(display) else ""
        problems.append(
            Problem(
                loc,
                f"reading of '{ch}': the source shows {label(want, 'marks')}, "
                f"the engine reads {label(got.syllable, 'marks')} ({got.origin}); "
                "add a reading override if the source is right",
                "warning",
            )
        )
    return problems


def _same(a: str, b: str) -> bool:
    return a == b or ({a, b} <= {"r", "er5", "er2"} and "r" in (a, b))


# -- the `pinyin` command ------------------------------------------------------------------------


def pinyin_command(
    lines: Iterable[str], style: str = "marks", tsv: bool = False, *, sandhi: bool = False
) -> Iterator[str]:
    """Body of ``make_edition.py pinyin``: readings of each input line (Traditional or Simplified).

    With ``tsv`` one row per Han character ``line<TAB>index<TAB>char<TAB>reading`` (line 1-based,
    index 0-based in the line); otherwise one line of space-separated syllables per input line
    (erhua -r joined to the syllable before it; non-Han runs kept as they are).
    """
    from edition.readings.styles import label

    engine = default_engine()
    batch: list[str] = []

    def flush(first_no: int) -> Iterator[str]:
        lookups = [lookup_copy(x) for x in batch]
        for no, (text, rs) in enumerate(
            zip(batch, engine.read_many(lookups, sandhi=sandhi), strict=True), first_no
        ):
            if tsv:
                for idx, (ch, r) in enumerate(zip(text, rs, strict=True)):
                    if r is not None:
                        yield f"{no}\t{idx}\t{ch}\t{label(r.syllable, style) or ''}"
            else:
                yield _readable(text, rs, style)

    first = 1
    for no, raw in enumerate(lines, 1):
        batch.append(raw.rstrip("\r\n"))
        if len(batch) >= 200:
            yield from flush(first)
            batch, first = [], no + 1
    if batch:
        yield from flush(first)


def _readable(text: str, rs: list[Reading | None], style: str) -> str:
    from edition.readings.styles import label

    words: list[str] = []
    other = ""
    for ch, r in zip(text, rs, strict=True):
        if r is None:
            other += ch
            continue
        if other.strip():
            words.append(other.strip())
        other = ""
        lab = label(r.syllable, style)
        if lab is None:
            continue
        if r.syllable == "r" and words and style in ("marks", "numbers"):
            words[-1] = _join_r(words[-1], style)
        else:
            words.append(lab)
    if other.strip():
        words.append(other.strip())
    return " ".join(words)


def _join_r(prev: str, style: str) -> str:
    if style == "numbers" and prev[-1:].isdigit():
        return prev[:-1] + "r" + prev[-1]
    return prev + "r"
