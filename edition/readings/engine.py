"""Stage 5, readings: one canonical syllable per Han character of the Simplified lookup copy.

How a character gets its reading (``Reading.origin``; ``Detail.evidence`` says which word,
rule or probability decided):

1. The sentence is cut into words with their parts of speech (jieba's dictionary and tags,
   ``edition.readings.words``), on the Simplified lookup copy whatever the displayed script.
   A Traditional 著 that no 著-word (著名 显著 著作) covers is read as 着 (the Simplified
   aspect particle, 着急, 着陆): OpenCC leaves 著 unconverted because it cannot tell them apart.
2. ``phrase`` - a word of two or more characters takes its reading from the lexicon
   (``edition.readings.lexicon``: pypinyin's phrase table merged with CC-CEDICT, neutral tones
   as the dictionary gives them). A word jieba knows but the lexicon does not is cut again into
   lexicon words. Single characters jieba cut apart are joined into a CC-CEDICT word jieba
   lacks where that word reads a character otherwise and nothing keeps them apart (当|机 ->
   当机 dàngjī; ``_dictionary_words``). Dictionary words win: the context model overrules a word
   only where it is sure (probability >= ``MODEL_OVERRIDES_PHRASE``), neither reading is a
   neutral tone, and the word is doubtful: a piece of a run the lexicon does not know, or a word
   only one dictionary has (or they disagree) that is not an everyday word
   (``PROTECTED_WORDS``), not an idiom or fixed expression of four characters or more
   (``FIXED_EXPRESSION``), and is a proper noun or rare (fewer than ``RARE`` in jieba's counts).
3. ``rule`` - a grammar rule for the character's role (``edition.readings.rules``): 地 after
   an adverbial is de, 得 after a verb de and before one děi, 着 after a verb zhe, 种 after a
   numeral zhǒng... Word rules adjust a few homographs (穿着 'wearing', 人家 'others').
4. ``model`` - other characters with several readings are scored in their sentence by g2pM's
   BiLSTM (``edition.readings.context``); its best reading is taken.
5. ``char`` - otherwise pypinyin's first reading of the single character.
6. ``rule`` - erhua 儿 -> ``r``; opt-in tone sandhi of 一 and 不.

Readings are citation forms: 一 is yi1 and 不 is bu4 unless ``sandhi=True``; neutral tones
(de5, le5, zi5, 地方 di4 fang5) as the dictionary gives them (``full_tones`` restores the full
tone for editions that want it); third-tone sandhi is never marked.

Overrides from the notes file and source hints are applied after lookup
(``apply_overrides``, ``compare_hints``); pypinyin's process-wide dictionaries are never changed.
"""

from __future__ import annotations

import logging
import math
import re
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from edition.model import Reading
from edition.readings.analysis import Analysis, unreviewed_among  # re-exported
from edition.readings.classical_cut import ClassicalCut
from edition.readings.doubt import THRESHOLD, in_text_doubts, kept_form, thin
from edition.readings.doubt import cut as doubt_cut
from edition.readings.doubt import features as doubt_features
from edition.readings.doubt import score as doubt_score
from edition.readings.neutral import full_tone
from edition.readings.recut import _NAME_TAGS, _PARTICLES, RARE, CutRepairs, _is_redup
from edition.readings.register import classical_sentences
from edition.readings.rules import DOUBLED_MEASURES
from edition.readings.words import (  # re-exported: tests and the bench use them from here
    NUMERALS,
    PROTECTED_WORDS,
    Word,
    WordFrequencies,
    word_frequencies,
)
from edition.text.script import lookup_copy
from edition.text.segment import is_han
from edition.text.verse import is_verse

log = logging.getLogger(__name__)
__all__ = ["PROTECTED_WORDS", "WordFrequencies", "word_frequencies"]

# Words this long are idioms and fixed expressions, never overruled by the model (满头大汗 keeps
# han4 against the model's han2; jieba's dictionary even tags it as a place name), unless
# CC-CEDICT has them only as proper nouns (德累斯顿 Dresden, where dictionaries are thin).
FIXED_EXPRESSION = 4
# Model probability needed to overrule a doubtful dictionary word (above 1: never).
MODEL_OVERRIDES_PHRASE = 0.99
# The model's probability a reading needs to replace its best one when that one is a reading
# the character has only inside words (see ``Lexicon.free``).
FREE_ROOM = 0.05
MAX_SENTENCE = 160  # longer stretches are cut (at commas if possible) before the model runs
_CACHE_SIZE = 20_000

_SENTENCE_END = re.compile(r"[^。！？；!?;\n…]*(?:[。！？；!?;\n…]+[”」』’）)]*|$)")
# 儿 keeps its own syllable ér after these (女儿 婴儿 孤儿 ...); after any other Han character
# in the same word or directly after it, 儿 is the erhua suffix -r (哪儿 这儿 一点儿 玩儿).
_ER_LEXICAL_BEFORE = frozenset("女婴幼孤健宠胎少男孙侄乳育托产弃骄犬患")
_ER_LEXICAL_AFTER = frozenset("童子女孙科歌媳戏时郎")  # 儿 starting a word: 儿童 儿子 儿歌
# Traditional characters OpenCC's t2s keeps whose reading alone decides the Simplified form
# (see edition.text.script.SIMPLIFIED_BY_READING); in the lookup copy they are read as:
# (and 朮, which the lookup copy keeps: ``edition.text.script._merged_by_role``)
_LOOKUP_FIXED = {"揹": ("背", "bei1"), "甦": ("苏", "su1"), "朮": ("术", "zhu2")}
# jieba's tags of function words, which keep their tag (还 is an adverb, not 'to return').
_FUNCTION_TAGS = frozenset("dpcryeowv")
# Adjectives and verbs of feeling that jieba's dictionary tags by a rarer use of the character
# (气 'air' n, 美 香 咸 as abbreviated place names, 乱 d; the colours 蓝 as a surname, 紫 灰
# 棕 as nouns): they also count as adjectives, so a 得 after them is the complement marker
# (他气得说不出话, 菜咸得没法吃, 天空蓝得发亮).
_STATES = frozenset("气 辣 酸 咸 香 麻 乱 美 富 暗 热 憋 蓝 紫 灰 棕 褐 橙".split())
# Adjectives jieba's dictionary tags as personal names (安静 nr, 古老 nr, 静 nr): read as names they
# would be subjects, so 安静得只听得到 would take the modal děi a subject takes
_NAME_TAGGED_STATES = frozenset(
    "安静 宁静 古老 光荣 英勇 齐全 公正 辛勤 宝贵 高明 吉祥 温馨 朴素 英俊 华丽 周密 卓越 "
    "灵敏 明智 陈旧 高雅 时髦 明朗 空旷 周全 高超 殷勤 麻木 金黄 焦黄 铁青 蓬勃 凌厉 刚毅 "
    "高昂 通达 常青".split()
    # and the characters that are adjectives first and given names after (静得只听见钟响)
    + "静 温 爽 旷 慎".split()
)
# Bound suffixes that make a person of the word before them (放映|员 快递|员 记录|者), as
# jieba cuts the trades its dictionary lacks or counts rarely: tagged as nouns, so the words
# after them see a person (放映员得把… děi), not the verb before.
_AGENT_SUFFIXES = frozenset("员者匠")
# Food a meal is bought or packed as, which jieba's dictionary tags otherwise (便当 a for the
# old sense 'handy', 点心 and 熟食 v): they are nouns, so a verb before them takes them as its
# object (数便当, 热点心 'count the lunch boxes, warm the pastries') and keeps its verb reading
_FOOD_TAGGED_OTHERWISE = frozenset("便当 点心 熟食".split())
# Verbs and adjectives jieba's dictionary tags adverbs (进步/d, 相处/d, 缓慢/d): a 得 after one is
# its complement marker (进步得真快), never the 'must' that follows a real adverb (还得, 一定得).
# Not the adverbs that also open 'must' (通常得, 长期得吃药, 自然得去).
_VERBS_TAGGED_ADVERBS = frozenset("进步 反对 同意 更新 重复 相处 迟疑 较量 忽略 到来".split())
_ADJECTIVES_TAGGED_ADVERBS = frozenset(
    "一致 快速 缓慢 正常 异常 真实 深刻 整齐 恰当 随便 相同".split()
)
# Locatives, which close the noun phrase before them (五分钟内|传到, 会议中|的) whatever tag
# jieba's dictionary gives them (内 and 中 as nouns); after a verb, 中 上 下 are its complement
_LOCATIVES = frozenset("上下内外中里前后间旁")
# Directional complements, which after a verb belong to it (转起圈来, 拿出钱来, 走进门去)
_DIRECTIONALS = frozenset("起来去进出回过开到")
# result complements that make a two-character word a verb and its result (系紧, 拴牢)
_RESULTS = frozenset("紧 牢 住 完 掉 齐 满")


def tone_of(syllable: str) -> int:
    """Tone digit of a canonical syllable (``r`` counts as neutral)."""
    return int(syllable[-1]) if syllable[-1:].isdigit() else 5


@dataclass(frozen=True, slots=True)
class Detail:
    """Why one character got its reading: the chosen reading plus what each source said."""

    reading: Reading
    phrase: str | None = None  # the lexicon's reading, when a word of 2+ chars covered it
    word: str = ""  # that word
    model: str | None = None  # the model's best reading, when the model ran on the character
    confidence: float | None = None  # the model's probability for it
    polyphonic: bool = False  # more than one reading known for the character
    evidence: str = ""  # what decided: "word 地方", "rule di-adverbial", "model", "char"
    guess: bool = False  # a homograph, a contested rule, a rival cut: the proof mode shows it
    weak: bool = False  # the word is neither an everyday word nor agreed by both dictionaries
    word_index: int = 0  # the character's index in ``word``
    # a verb, noun or adjective of one character the model read, which has another reading it
    # could have standing alone
    content: bool = False
    # the model's probability for each reading of the character, best first (empty when the
    # model did not run on it)
    ranked: tuple[tuple[str, float], ...] = ()
    ruled: bool = False  # the character has grammar rules: its reading follows its role
    doubt: float = 0.0  # how likely the reading is wrong (``edition.readings.doubt``)
    rule_id: str = ""  # the grammar rule that decided it, if one did
    # the character opens a word (着手 得到) as a particle that could close the verb before it
    # instead (拍|着手 'clap', 买|得到): a word boundary in doubt
    loose: bool = False
    # a word's syllable CC-CEDICT prints in the neutral tone and the lexicon in full (豆腐 fǔ)
    light: bool = False
    # the reading could be wrong, so it has a doubt score: the character has another reading in
    # a dictionary (``ReadingEngine.could_differ``), or its reading was guessed, or a word reads
    # it in the neutral tone
    scored: bool = False
    # a dictionary word the cut did not take reads the character otherwise (找|着 zhe against
    # 找着 zháo, 从|和|泥 hé against 和泥 huó): a model's or a rule's reading the words dispute
    crossed: str = ""
    # the sentence is read in the classical register (``edition.readings.register``), where
    # the model (it learnt modern prose) and the rules are wrong more often
    classical: bool = False
    # the rule that decided beat a rule of another reading by one condition of the latter's
    # (``edition.readings.grammar.Decision.near``)
    near_rule: bool = False
    # nothing of the clause follows the character: a punctuation mark, the sentence's end or
    # 了 (找着。 着了): where the doubt asks whether 着 is the aspect or the complement zháo
    ends_clause: bool = False

    @property
    def disagree(self) -> bool:
        """Phrase and model gave different readings."""
        return self.phrase is not None and self.model is not None and self.phrase != self.model


@dataclass(slots=True)
class _Slot:
    """Per character of a sentence, what the words and rules said before the model runs."""

    phrase: str | None = None
    word: str = ""
    word_start: bool = True
    doubtful: bool = False
    rule: str | None = None
    rule_id: str = ""
    contested: bool = False
    homograph: bool = False
    weak: bool = False  # the word is neither an everyday word nor agreed by both dictionaries
    rival: str = ""  # an overlapping word that would read the character otherwise
    word_index: int = 0  # the character's index in its word
    content: bool = False  # a word of one character that is a verb, noun or adjective
    loose: bool = False  # a particle opening a word right after a verb (``Detail.loose``)
    near: bool = False  # a rule of another reading came near (``Decision.near``)


def _er(syllable: str) -> str:
    """Erhua r as the neutral syllable er5 it is written for (会儿 huìr, huìer5)."""
    return "er5" if syllable == "r" else syllable


def _cedict_person(w: Word, names: frozenset[str]) -> bool:
    """A person's full name (surname and given name, 曾国藩 刘禅) CC-CEDICT records as a proper
    noun: its reading is the name's own (a surname's zēng, a given name's shàn), which a model
    of common words cannot know."""
    return w.tag.startswith("nr") and len(w.text) in (2, 3) and w.text in names


class ReadingEngine(CutRepairs, ClassicalCut):
    """Words + grammar rules + polyphone model. Build once (``default_engine()``), reuse."""

    def __init__(
        self,
        *,
        use_model: bool = True,
        model_overrides_phrase: float = MODEL_OVERRIDES_PHRASE,
        protected: frozenset[str] | None = None,
        use_rules: bool = True,
        overrule_weak: str = "names",
    ) -> None:
        """``model_overrides_phrase``: model probability needed to overrule a doubtful word
        (above 1: words always win). ``protected``: None for the default test of doubtful
        words (everyday words are never overruled); an empty set lets the model overrule any
        word it is sure about (for comparison). ``use_rules``: False to measure without the
        grammar rules. ``overrule_weak``: which words that are neither everyday words nor
        given the same reading by both dictionaries the model may overrule: ``names`` (proper
        nouns only: place and person names, where dictionaries are thin, but not a person's
        full name CC-CEDICT records) or ``weak`` (all)."""
        self._overrule_weak = overrule_weak
        t0 = time.perf_counter()
        from edition.readings.grammar import grammar
        from edition.readings.lexicon import lexicon

        self._lexicon = lexicon()
        self._chars = self._lexicon.chars  # read only
        self._threshold = model_overrides_phrase
        self._words = word_frequencies()
        self._protected = (
            protected
            if protected is not None
            else (self._words.protected if self._words else frozenset())
        )
        self._grammar = grammar() if use_rules else None
        # how many readings the rules give each character they are written for (得: three)
        self._rule_readings = (
            {ch: len({r.reading for r in rules}) for ch, rules in self._grammar.by_char.items()}
            if self._grammar is not None
            else {}
        )
        # rules that rest on one neighbour's word class (``edition.readings.doubt.thin``)
        self._thin = (
            frozenset(r.id for rules in self._grammar.by_char.values() for r in rules if thin(r))
            if self._grammar is not None
            else frozenset()
        )
        self._model = None
        if use_model:
            from edition.readings.context import PolyphoneModel

            self._model = PolyphoneModel()
        # keyed by (sentence, read as classical verse)
        self._cache: dict[tuple[str, bool], tuple[Detail | None, ...]] = {}
        self._char_cache: dict[str, tuple[str, ...]] = {}
        self._differ_cache: dict[str, bool] = {}
        self.load_seconds = time.perf_counter() - t0
        log.debug("readings engine loaded in %.2f s", self.load_seconds)

    # -- single characters ---------------------------------------------------------------

    def char_readings(self, ch: str) -> tuple[str, ...]:
        """Every reading known for one character (pypinyin's list, then the model's)."""
        got = self._char_cache.get(ch)
        if got is not None:
            return got
        raw = self._chars.get(ch)
        out = raw.split(",") if raw else []
        if self._model is not None:
            out += [s for s in self._model.candidates(ch) if s not in out]
        got = self._char_cache[ch] = tuple(dict.fromkeys(out))
        return got

    def is_polyphonic(self, ch: str) -> bool:
        """True for a character with several readings in current use: one the model covers
        (CC-CEDICT readings, as in the CPP benchmark); without the model, pypinyin's list
        (which also keeps rare historical readings: 技 qí, 科 kè)."""
        if ch in _LOOKUP_FIXED:
            return False
        if self._model is not None:
            return self._model.covers(ch)
        return len(set(self.char_readings(ch)) - {"r"}) > 1

    def could_differ(self, ch: str) -> bool:
        """True for a character some dictionary reads more than one way: pypinyin's table,
        CC-CEDICT (also the readings the model has no class for: 血 xiě, 来 lai5) or a reading
        it has only inside words. Wider than ``is_polyphonic``: the doubt score, not this,
        decides whether such a reading is listed."""
        got = self._differ_cache.get(ch)
        if got is None:
            got = ch not in _LOOKUP_FIXED and (
                self.is_polyphonic(ch)
                or len(set(self.char_readings(ch)) - {"r"}) > 1
                or ch in self._lexicon.bound
                or (self._model is not None and self._model.several(ch))
            )
            self._differ_cache[ch] = got
        return got

    # -- words -----------------------------------------------------------------------------

    def words(self, s: str, classical: bool = False) -> tuple[str, list[Word]]:
        """The sentence as read: its lookup form (著 -> 着 where no 著-word covers it, 揹 ->
        背) and its tagged words, each either a lexicon word, a word of one character, or a
        run the lexicon does not know (cut again into lexicon words and characters)."""
        for trad, (simp, _) in _LOOKUP_FIXED.items():
            s = s.replace(trad, simp)
        cut = self._cut(s, classical)
        if "著" in s:
            chars = list(s)
            for w in cut:
                for k, ch in enumerate(w.text):
                    if ch == "著":
                        got = self._lexicon.get(w.text) if len(w.text) > 1 else None
                        if not got or got[k] != "zhu4":
                            chars[w.start + k] = "着"
            if "".join(chars) != s:
                s = "".join(chars)
                cut = self._cut(s, classical)
        words = self._dictionary_words(cut)
        return s, self._classical_recut(words) if classical else words

    def _dictionary_words(self, cut: list[Word]) -> list[Word]:
        """Join single characters into a dictionary word jieba's dictionary lacks (当|机 ->
        当机 dàngjī 'crash'), but only where a wrong cut would cost a reading and nothing says
        the characters are apart: the word is one of CC-CEDICT's that read a character otherwise
        than standing alone (``Lexicon.marked``); jieba cut every character of it alone; none
        is a function word, numeral, measure word or locative (阿伯|都, 八|家|将, 五分钟内|传到);
        no grammar rule reads one of them; and the word, counted as a rare word of jieba's
        (``RARE``), is likelier than its characters apart in jieba's unigram model (which
        keeps 中|的 and 阿|伯|都 apart: their characters are too common). The context model
        does not overrule a joined word: it learnt its readings from text cut by jieba, and
        reads 当 dāng beside 机 with full confidence."""
        jieba, lex = self._words, self._lexicon
        if jieba is None or not lex.marked:
            return cut
        out: list[Word] = []
        k, n = 0, len(cut)
        while k < n:
            joined = None
            if len(cut[k].text) == 1:
                run, m = cut[k].text, k + 1  # the single characters from k, up to four
                while m < n and m - k < 4 and len(cut[m].text) == 1:
                    run, m = run + cut[m].text, m + 1
                if any(run[:j] in lex.marked for j in range(2, len(run) + 1)):
                    joined = self._join_at(cut, k)
            if joined is None:
                out.append(cut[k])
                k += 1
            else:
                out.append(joined)
                k += len(joined.text)
        return out

    def _join_at(self, cut: list[Word], k: int) -> Word | None:
        jieba, lex = self._words, self._lexicon
        assert jieba is not None
        after_verb = k > 0 and "v" in (cut[k - 1].tag[:1], cut[k - 1].also)
        for n in (4, 3, 2):
            pieces = cut[k : k + n]
            if len(pieces) < n or any(len(w.text) != 1 or not is_han(w.text) for w in pieces):
                continue
            text = "".join(w.text for w in pieces)
            if text not in lex.marked or text in jieba:
                continue
            if not all(_is_content(self._tagged(w.text, w.tag, w.start)) for w in pieces):
                continue
            if any(w.text in _LOCATIVES for w in pieces[1:]) or (
                # after a verb the 'locative' is its complement: 抽|中签 zhòng 'win the draw'
                pieces[0].text in _LOCATIVES and not after_verb
            ):
                continue
            if pieces[0].text in _DIRECTIONALS and after_verb:
                continue  # after a verb, 起 上 出... is its complement: 转|起|圈|来, not 起圈
            if self._grammar is not None and any(
                self._grammar.decide(cut, k + j) is not None for j in range(n)
            ):
                continue
            apart = sum(math.log(max(1, jieba.count(w.text))) for w in pieces)
            if math.log(RARE) + (n - 1) * jieba.log_total <= apart:
                continue
            tag = "v" if lex.is_verb(text) else "n"
            return Word(text, tag, pieces[0].start, joined=True)
        return None

    def _tagged(self, text: str, tag: str, start: int, piece: bool = False) -> Word:
        if text in _STATES:
            return Word(text, tag, start, "a", piece)
        if tag == "nr" and text in _NAME_TAGGED_STATES:
            return Word(text, "a", start, "", piece)
        if text in _AGENT_SUFFIXES and tag in ("zg", "k", "ng"):
            return Word(text, "n", start, "", piece)
        if text in _FOOD_TAGGED_OTHERWISE:
            return Word(text, "n", start, "", piece)
        if tag == "d" and text in _VERBS_TAGGED_ADVERBS:
            return Word(text, "v", start, "", piece)
        if tag == "d" and text in _ADJECTIVES_TAGGED_ADVERBS:
            return Word(text, "a", start, "", piece)
        also = (
            "v"
            if tag[:1] not in _FUNCTION_TAGS
            and text not in _PARTICLES
            and self._lexicon.is_verb(text)
            else ""
        )
        return Word(text, tag, start, also, piece)

    def _slots(self, s: str, words: Sequence[Word], classical: bool = False) -> list[_Slot]:
        slots = [_Slot() for _ in s]
        grammar = self._grammar
        if grammar is not None:
            # a word a rule reads as a verb (和 huó 'knead') or a noun (地 dì) is one for the
            # words around it
            words = list(words)
            for k, w in enumerate(words):
                d = grammar.decide(words, k, classical) if len(w.text) == 1 else None
                role = "" if d is None else "v" if d.rule.verb else "n" if d.rule.noun else ""
                if role and role not in (w.tag[:1], w.also):
                    words[k] = Word(w.text, w.tag, w.start, role, w.piece)
        for k, w in enumerate(words):
            if w.tag in ("w", "eng"):
                continue
            if len(w.text) == 1:
                slots[w.start].content = _is_content(w)
            decision = grammar.decide(words, k, classical) if grammar is not None else None
            if len(w.text) > 1:
                syls = self._lexicon.get(w.text)
                if syls is None:
                    continue
                homograph = w.text in self._lexicon.alternatives
                doubtful = (
                    (len(w.text) < FIXED_EXPRESSION or w.text in self._lexicon.names)
                    # an ABB description (黄澄澄 dēng, 沉甸甸 diàn) is a fixed form the
                    # dictionary gives, though jieba tags it as a rare name (黄澄澄/nr); a
                    # doubled character reads alike twice (薄薄 báobáo, not báo bó)
                    and not _is_redup(w.text)
                    and w.text not in self._lexicon.agreed
                    and w.text not in self._protected
                    and not w.joined
                    and (
                        self._overrule_weak == "weak"
                        # a piece of a run jieba has as one word the lexicon lacks (a name,
                        # or a verb with its particle: 笼罩着 -> 笼罩 着)
                        or w.piece
                        or (w.tag in _NAME_TAGS and not _cedict_person(w, self._lexicon.names))
                        or (
                            # a rare verb is a verb and its complement (切成, 擦干): the
                            # dictionary's reading holds, whatever jieba tags it (系紧/n)
                            not w.tag.startswith("v")
                            # a sound word (刺啦 cīlā, 扑哧 pūchī) is spelt by the dictionary;
                            # the model knows its characters by their other senses (刺 cì)
                            and w.tag != "o"
                            and not (len(w.text) == 2 and w.text[1] in _RESULTS)
                            and self._words is not None
                            and self._words.count(w.text) < RARE
                        )
                    )
                )
                if decision is not None:
                    given = decision.rule.syllables()
                    syls = tuple(syls[: len(syls) - len(given)]) + given
                weak = w.text not in self._lexicon.agreed and w.text not in self._protected
                for j, syl in enumerate(syls):
                    slot = slots[w.start + j]
                    slot.phrase, slot.word, slot.word_start = syl, w.text, j == 0
                    slot.doubtful = doubtful and not self._backed(w.text, j, syl)
                    slot.homograph = homograph and decision is None
                    slot.weak, slot.word_index = weak, j
                    if decision is not None:
                        slot.rule, slot.rule_id = syl, decision.rule.id
                        slot.contested, slot.near = decision.contested, decision.near
                if w.text[0] in _PARTICLES and k and _verbal(words[k - 1]):
                    slots[w.start].loose = True
                if decision is None:
                    self._rivals(s, w, syls, slots)
            elif decision is not None:
                slot = slots[w.start]
                slot.rule, slot.rule_id = decision.rule.reading, decision.rule.id
                slot.contested, slot.near = decision.contested, decision.near
        self._copied_verbs(words, slots)
        self._tentative_repeats(words, slots)
        self._doubled_measures(s, words, slots)
        return slots

    def _backed(self, word: str, j: int, syl: str) -> bool:
        """Whether a shorter word inside ``word`` that both dictionaries agree on reads its
        ``j``-th character as ``syl`` (头发 inside 剪头发, 理发 inside 理发厅): then the
        reading is the dictionaries' own, not a guess of one of them the model may overrule."""
        lex = self._lexicon
        n = len(word)
        for a in range(max(0, j - 3), j + 1):
            for b in range(max(j + 1, a + 2), min(n, a + 4) + 1):
                if b - a >= n:
                    continue
                part = word[a:b]
                if part in lex.agreed and (got := lex.get(part)) and got[j - a] == syl:
                    return True
        return False

    @staticmethod
    def _copied_verbs(words: Sequence[Word], slots: list[_Slot]) -> None:
        """A verb said again after its verb-object word to take a complement (塞车塞得很严重,
        教书教得好, 种地种了十年, 剥花生，剥了一碗) is the verb of that word: it reads as the word
        reads it."""
        for k in range(1, len(words) - 1):
            w, word = words[k], words[k - 1]
            if word.text in ("，", ",") and k > 1:
                # the verb said again after a comma (剥花生，剥了满满一碗)
                word = words[k - 2]
            slot = slots[w.start]
            if (
                len(w.text) == 1
                and len(word.text) in (2, 3)
                and word.text[0] == w.text
                and words[k + 1].text in ("得", "了", "过", "着")
                and slot.rule is None
                and slot.phrase is None
            ):
                first = slots[word.start].phrase
                if first is not None and not first.endswith("5"):
                    slot.phrase, slot.word, slot.word_start = first, word.text, True

    @staticmethod
    def _tentative_repeats(words: Sequence[Word], slots: list[_Slot]) -> None:
        """The second verb of V一V or V了V 'do a little' (撒一撒, 调了调) is the verb said again:
        it reads as a rule read the first, where no rule or word of its own reads it (the rules
        see the first copy's object or complement, not the second's)."""
        for k in range(2, len(words)):
            w, first = words[k], words[k - 2]
            if len(w.text) != 1 or first.text != w.text or words[k - 1].text not in ("一", "了"):
                continue
            slot, said = slots[w.start], slots[first.start]
            if said.rule is not None and slot.rule is None and slot.phrase is None:
                slot.rule, slot.rule_id = said.rule, "verb-said-again-tentative"

    @staticmethod
    def _doubled_measures(s: str, words: Sequence[Word], slots: list[_Slot]) -> None:
        """A measure word said twice after 一 (一只只, 一行行, 一卷卷: ``DOUBLED_MEASURES``)
        reads as the measure both times, whatever word jieba glued the first copy into (一行
        'a party') or took the second for alone (只 'only'), or the word the pair makes (一|圈圈
        'circles', whose second syllable is light); a second copy that opens another word
        (一只|只要) is left to that word."""
        for w in words:
            i, ch = w.start, w.text
            if len(ch) == 2 and ch[0] == ch[1] and i >= 1 and s[i - 1] == "一":
                i, ch = i + 1, ch[0]  # the pair is one word: its second copy, as below
            reading = DOUBLED_MEASURES.get(ch)
            if reading is None or i < 2 or s[i - 1] != ch or s[i - 2] != "一":
                continue
            for j in (i - 1, i):
                slots[j].rule, slots[j].rule_id = reading, "measure-doubled"

    def _homograph_differs(self, slot: _Slot) -> bool:
        """True when another reading of the slot's homograph word reads this character with
        another syllable or another full tone (结果 jiéguǒ / jiēguǒ); a neutral against a full
        tone of the same syllable (告诉 gàosu / gàosù) is a matter of style, not a guess."""
        k = slot.word_index
        mine = slot.phrase or ""
        return any(
            alt[k][:-1] != mine[:-1] or not (alt[k].endswith("5") or mine.endswith("5"))
            for alt in self._lexicon.alternatives.get(slot.word, ())
            if alt[k] != mine
        )

    def _rivals(self, s: str, w: Word, syls: Sequence[str], slots: list[_Slot]) -> None:
        """Mark the polyphones of ``w`` another cut would read otherwise: a word jieba and the
        lexicon both know overlaps ``w`` partly (搓|成长|条 against 长条: 长 zhǎng or cháng;
        用|手把|面 against 用手: 把 bà or bǎ)."""
        jieba = self._words
        if jieba is None:
            return
        a, b = w.start, w.end
        lex = self._lexicon
        spans = [(x, y) for x in range(max(0, a - 3), a) for y in range(a + 1, b)]
        spans += [(x, y) for x in range(a + 1, b) for y in range(b + 1, min(len(s), b + 3) + 1)]
        for x, y in spans:
            other = s[x:y]
            if other not in jieba or lex.get(other) is None:
                continue
            theirs = lex.get(other)
            for j in range(b - a):
                k = a + j
                ch = s[k]
                if not self.is_polyphonic(ch):
                    continue
                if x <= k < y:
                    alt = theirs[k - x]
                else:
                    alt = self.char_readings(ch)[0]  # left alone by the other cut
                if alt != syls[j] and not alt.endswith("5") and not syls[j].endswith("5"):
                    slots[k].rival = other

    # -- sentences -----------------------------------------------------------------------

    def _analyse(self, sentences: list[tuple[str, bool]]) -> list[tuple[Detail | None, ...]]:
        """Details for each (sentence, classical) pair, sandhi off; uses and fills the cache."""
        todo = list(dict.fromkeys(s for s in sentences if s not in self._cache))
        if todo and len(self._cache) + len(todo) > _CACHE_SIZE:
            # room is made before, not while, the new ones are read: a sentence of this batch
            # found in the cache must still be there when the batch is returned
            self._cache.clear()
            todo = list(dict.fromkeys(sentences))
        if todo:
            self._analyse_new(todo)
        return [self._cache[s] for s in sentences]

    def _analyse_new(self, sentences: list[tuple[str, bool]]) -> None:
        model = self._model
        plans = []
        for s, classical in sentences:
            read_as, words = self.words(s, classical)
            plans.append((read_as, self._slots(read_as, words, classical)))
        targets = [
            [i for i, ch in enumerate(r) if model is not None and model.covers(ch)]
            for r, _ in plans
        ]
        preds = (
            model.predict([r for r, _ in plans], targets)
            if model is not None
            else [[] for _ in targets]
        )
        for key, (read_as, slots), tg, pr in zip(sentences, plans, targets, preds, strict=True):
            s, classical = key
            by_pos = dict(zip(tg, pr, strict=True))
            out: list[Detail | None] = []
            for i, ch in enumerate(read_as):
                if not is_han(ch) or (ch not in self._chars and i not in by_pos):
                    out.append(None)
                    continue
                out.append(self._decide(s, read_as, i, slots[i], by_pos.get(i), classical))
            self._cache[key] = tuple(out)

    def _decide(
        self, s: str, read_as: str, i: int, slot: _Slot, pred, classical: bool = False
    ) -> Detail:
        """One character's reading from its slot (word, rule) and the model's prediction;
        ``classical``: the sentence is classical verse (``edition.readings.register``)."""
        ch = read_as[i]
        guess = False
        if s[i] in _LOOKUP_FIXED:
            reading, evidence = Reading(_LOOKUP_FIXED[s[i]][1], "rule"), f"{s[i]} is always so read"
        elif slot.rule is not None:
            reading, evidence = Reading(slot.rule, "rule"), f"rule {slot.rule_id}"
            guess = slot.contested
        elif slot.phrase is not None and not (
            # a classical line's words are the dictionary's: the model learnt modern prose
            not classical
            and pred is not None
            and pred.best != slot.phrase
            and pred.confidence >= self._threshold
            and slot.doubtful
            and not slot.phrase.endswith("5")
            and not pred.best.endswith("5")
        ):
            reading, evidence = Reading(slot.phrase, "phrase"), f"word {slot.word}"
            if slot.homograph and self._homograph_differs(slot):
                guess, evidence = True, f"word {slot.word}, a homograph"
            elif slot.phrase.endswith("5") and slot.word in self._lexicon.light_disputed:
                guess = True
                evidence = f"word {slot.word}, neutral tone in one dictionary only"
            elif slot.rival:
                guess, evidence = True, f"word {slot.word}, or {slot.rival} if cut otherwise"
        elif pred is not None:
            best, p = pred.best, pred.confidence
            if not slot.word and not self._lexicon.free(ch, best, read_as, i):
                # a reading the character has only inside words (吗 ma3 of 吗啡) while no such
                # word is here: the model's best reading the character has standing alone,
                # if the model gives it a chance (names use such readings freely: 李媛 yuán)
                best, p = next(
                    (
                        (s, q)
                        for s, q in pred.ranked
                        if q >= FREE_ROOM and self._lexicon.free(ch, s, read_as, i)
                    ),
                    (best, p),
                )
            reading = Reading(best, "model")
            evidence = f"model {p:.3f}" + (f" over word {slot.word}" if slot.word else "")
        else:
            readings = self.char_readings(ch)
            first = next(
                (r for r in readings if self._lexicon.free(ch, r, read_as, i)), readings[0]
            )
            reading = Reading(first, "char")
            evidence = "the character's first reading" if self.is_polyphonic(ch) else "its reading"
        reading = _citation(ch, reading)
        if classical and reading.origin == "phrase" and reading.syllable.endswith("5"):
            # verse has no neutral tones: the textbook prints 地上 dì shàng, 童子 tóng zǐ
            reading = Reading(full_tone(ch, reading.syllable), "phrase")
        # a name's 儿 is a syllable of its own (笛卡儿 Díkǎ'ér, 台儿庄, 容祖儿), never erhua;
        # nor is a classical line's (黄莺儿 huáng yīng ér)
        if classical and ch == "儿":
            reading = Reading("er2", reading.origin) if reading.syllable == "r" else reading
        elif ch == "儿" and not (slot.phrase == "er2" and slot.word in self._lexicon.names):
            reading = _erhua(read_as, i, reading, slot.phrase is not None and slot.word_start)
        detail = Detail(
            reading,
            phrase=slot.phrase,
            word=slot.word,
            model=pred.best if pred else None,
            confidence=pred.confidence if pred else None,
            polyphonic=self.is_polyphonic(ch),
            evidence=evidence,
            guess=guess,
            weak=slot.weak,
            word_index=slot.word_index,
            content=slot.content
            and pred is not None
            and sum(self._lexicon.free(ch, syl, read_as, i) for syl, _ in pred.ranked) > 1,
            ranked=pred.ranked if pred else (),
            ruled=self._grammar is not None and ch in self._grammar.role_chars,
            rule_id=slot.rule_id if reading.origin == "rule" and slot.rule is not None else "",
            loose=slot.loose,
            classical=classical,
            near_rule=reading.origin == "rule" and slot.near,
            ends_clause=i + 1 == len(read_as)
            or not is_han(read_as[i + 1])
            or read_as[i + 1] == "了",
            light=reading.origin == "phrase"
            and str(slot.word_index) in self._lexicon.light_dropped.get(slot.word, ""),
        )
        if (
            detail.polyphonic
            or guess
            or detail.light
            or (reading.origin == "phrase" and reading.syllable.endswith("5"))
            or self.could_differ(ch)
        ):
            if reading.origin in ("model", "rule"):
                detail = replace(detail, crossed=self._crossed(read_as, i, reading.syllable))
            detail = replace(
                detail, scored=True, doubt=doubt_score(self.doubt_features(ch, detail))
            )
        return detail

    def _crossed(self, s: str, i: int, syllable: str) -> str:
        """A word of 2-4 characters the lexicon has around ``s[i]`` that reads it otherwise
        than ``syllable``, in none of its readings (a homograph such as 背着 bēi/bèi reads it
        both ways; a neutral tone of the same syllable, or erhua r for er5, is no other
        reading), or ""."""
        lex = self._lexicon
        mine = _er(syllable)
        for n in (2, 3, 4):
            for a in range(max(0, i - n + 1), min(i, len(s) - n) + 1):
                word = s[a : a + n]
                got = lex.get(word)
                if got is None:
                    continue
                others = {_er(r[i - a]) for r in (got, *lex.alternatives.get(word, ()))}
                if all(o != mine and (o[:-1] != mine[:-1] or "5" not in o + mine) for o in others):
                    return word
        return ""

    def doubt_features(self, ch: str, detail: Detail) -> dict[str, float]:
        """The evidence the doubt score weighs for one reading (``edition.readings.doubt``;
        ``ch`` as in the lookup copy)."""
        if ch == "著" and detail.reading.syllable != "zhu4":
            # the engine read a Traditional 著 as 着 (``words``): its rules and its count, as
            # for a Simplified text (the rules give 著 itself no reading)
            ch = "着"
        words = self._words
        count = words.count(ch) if words is not None else None
        word_count = words.count(detail.word) if words is not None and detail.word else None
        return doubt_features(
            detail,
            count,
            self._rule_readings.get(ch, 0),
            detail.rule_id in self._thin,
            word_count,
            self._lexicon.literary.get(ch, ()),
            kept_form(ch),
        )

    # -- public ----------------------------------------------------------------------------

    def details(
        self, lookup: str, *, sandhi: bool = False, register: str = "auto", doubts: bool = True
    ) -> list[Detail | None]:
        """Per character of ``lookup``: the chosen reading and the evidence for it.
        ``register``: ``auto`` (classical rules for the sentences that are verse), ``classical``
        or ``modern`` (``edition.readings.register``); ``doubts`` as ``details_many``."""
        return self.details_many([lookup], sandhi=sandhi, register=register, doubts=doubts)[0]

    def details_many(
        self,
        lookups: list[str],
        *,
        sandhi: bool = False,
        register: str = "auto",
        doubts: bool = True,
    ) -> list[list[Detail | None]]:
        """``details`` for many texts, each its own text for the register; the model runs once
        over all their new sentences. ``doubts``: False when only the readings are wanted (the
        doubts then lack what the whole text says: ``doubt.in_text_doubts``)."""
        pieces = [split_sentences(t) for t in lookups]
        flat = self._analyse(
            [
                (p, classical)
                for ps in pieces
                for p, classical in zip(ps, classical_sentences(ps, register), strict=True)
            ]
        )
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
        if not doubts:
            return out
        # what the whole text says of each reading (a sentence alone cannot)
        return [in_text_doubts(lk, row) for lk, row in zip(lookups, out, strict=True)]

    def read(
        self, lookup: str, *, sandhi: bool = False, register: str = "auto"
    ) -> list[Reading | None]:
        """One reading per character of the Simplified ``lookup`` (None for non-Han)."""
        row = self.details_many([lookup], sandhi=sandhi, register=register, doubts=False)[0]
        return [d.reading if d else None for d in row]

    def read_many(self, lookups: list[str], *, sandhi: bool = False) -> list[list[Reading | None]]:
        return [
            [d.reading if d else None for d in row]
            for row in self.details_many(lookups, sandhi=sandhi, doubts=False)
        ]


def _verbal(w: Word) -> bool:
    """A verb by jieba's tag or the second tag the engine gave it."""
    return w.tag[:1] == "v" or w.also == "v"


def _is_content(w: Word) -> bool:
    """A verb, noun or adjective (jieba's tag or the second tag the engine gave it), not a
    particle, pronoun, adverb, preposition, conjunction, numeral, measure or locative word."""
    return w.also in ("v", "a") or not (w.tag[:1] in "dpcryeowmqfu" or w.tag in ("x", "eng"))


def split_sentences(text: str) -> list[str]:
    """Cut ``text`` into sentences (ending punctuation kept); the pieces join back to ``text``.
    A quotation of verse after a colon (大家跟我读：“床前明月光，疑是地上霜。…”) starts a
    sentence of its own, so the register can read it as verse and its prose lead-in as prose."""
    out = []
    cuts = _quoted_verse_starts(text)
    for m in _SENTENCE_END.finditer(text):
        if not m.group(0):
            continue
        a = m.start()
        for b in [c for c in cuts if m.start() < c < m.end()] + [m.end()]:
            piece = text[a:b]
            a = b
            while len(piece) > MAX_SENTENCE:
                cut = max(piece.rfind(c, 0, MAX_SENTENCE) for c in "，,、：:")
                cut = cut + 1 if cut > MAX_SENTENCE // 4 else MAX_SENTENCE
                out.append(piece[:cut])
                piece = piece[cut:]
            out.append(piece)
    return out


_QUOTED = re.compile(r"(?<=[：:])[“「『]([^”」』\n]+)[”」』]")


def _quoted_verse_starts(text: str) -> list[int]:
    """Offsets of the opening marks of quotations of verse that follow a colon."""
    if "：" not in text and ":" not in text:
        return []
    return [m.start() for m in _QUOTED.finditer(text) if is_verse(m.group(1))]


def _citation(ch: str, r: Reading) -> Reading:
    """Undo tone sandhi some phrase entries carry: 一 yi2/yi4 -> yi1, 不 bu2 -> bu4."""
    if ch == "一" and r.syllable in ("yi2", "yi4"):
        return Reading("yi1", r.origin)
    if ch == "不" and r.syllable == "bu2":
        return Reading("bu4", r.origin)
    return r


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
            if prev in NUMERALS or prev == "第" or nxt in NUMERALS or not nxt:
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
    return Detail(
        Reading(syllable, "rule"),
        d.phrase,
        d.word,
        d.model,
        d.confidence,
        d.polyphonic,
        f"{d.evidence}; tone sandhi",
        d.guess,
        d.weak,
        d.word_index,
        d.content,
        d.ranked,
        d.ruled,
        d.doubt,
        d.rule_id,
        d.loose,
        d.light,
    )


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


def unsure(detail: Detail | None, cut: float = THRESHOLD) -> bool:
    """True when the reading is one the proof mode lists for review:

    - a guess (``Detail.guess``): a grammar rule decided it while another rule gave another
      reading, a homograph word (the lexicon gives the word more than one reading), a word
      another plausible cut of the sentence would read otherwise, or a neutral tone only one
      dictionary has;
    - nothing decided it but the character's first reading, or the model overruled a
      dictionary word;
    - otherwise, its doubt score (``edition.readings.doubt``: how likely the reading is wrong,
      from the model's margin, the character's role and frequency, the rules and dictionaries
      that competed) reaches ``cut``: the text's (``text_cut``: its most doubtful readings
      within ``doubt.SHARE`` per cent of its characters), or for a reading judged alone
      ``THRESHOLD``, calibrated on running text.
    """
    if detail is None:
        return False
    return detail.guess or detail.doubt >= cut


def text_cut(details: Sequence[Detail | None]) -> float:
    """The doubt from which a reading of this text is listed (``edition.readings.doubt.cut``)."""
    han = sum(d is not None for d in details)
    scored = [d.doubt for d in details if d is not None and not d.guess and d.doubt > 0]
    guessed = sum(d is not None and d.guess for d in details)
    classical = sum(d is not None and d.classical for d in details)
    return doubt_cut(scored, han, guessed, classical=classical)


def analyse(lookup: str, *, sandhi: bool = False, register: str = "auto") -> Analysis:
    """Readings, guesses and covering words of the Simplified ``lookup`` copy; ``register``
    as ``ReadingEngine.details`` takes it."""
    engine = default_engine()
    readings = engine.read(lookup, sandhi=sandhi, register=register)
    details = engine.details(lookup, register=register)
    cut = text_cut(details)
    guesses = {
        i: d.evidence
        for i, (r, d) in enumerate(zip(readings, details, strict=True))
        if r is not None and unsure(d, cut)
    }
    return Analysis(readings, guesses, word_spans(details))


def word_spans(details: Sequence[Detail | None]) -> dict[int, tuple[int, int]]:
    """Offset -> (start, end) of the dictionary word of 2+ characters covering it."""
    out = {}
    for i, d in enumerate(details):
        if d is not None and len(d.word) > 1:
            start = i - d.word_index
            out[i] = (start, start + len(d.word))
    return out


def read_with_doubts(
    lookup: str, *, sandhi: bool = False
) -> tuple[list[Reading | None], frozenset[int]]:
    """The readings of ``lookup`` and the offsets of guessed readings (``unsure``)."""
    got = analyse(lookup, sandhi=sandhi)
    return got.readings, got.doubts


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
    cut = text_cut(details)
    return unreviewed_among(readings, {i for i, d in enumerate(details) if unsure(d, cut)})


# -- the `pinyin` command ------------------------------------------------------------------------


def pinyin_command(
    lines: Iterable[str],
    style: str = "marks",
    tsv: bool = False,
    *,
    sandhi: bool = False,
    neutral: str = "dictionary",
) -> Iterator[str]:
    """Body of ``make_edition.py pinyin``: readings of each input line (Traditional or Simplified).

    With ``tsv`` one row per Han character ``line<TAB>index<TAB>char<TAB>reading`` (line 1-based,
    index 0-based in the line); otherwise one line of space-separated syllables per input line
    (erhua -r joined to the syllable before it; non-Han runs kept as they are). ``neutral``:
    ``dictionary`` or ``full`` (``edition.readings.neutral``).
    """
    from edition.readings.neutral import apply_neutral
    from edition.readings.styles import label
    from edition.readings.topics import printed_readings

    engine = default_engine()
    batch: list[str] = []

    def flush(first_no: int) -> Iterator[str]:
        lookups = [lookup_copy(x) for x in batch]
        rows = engine.details_many(lookups, doubts=False)  # for the source forms and topics
        # the lines are one text's paragraphs
        found = printed_readings(batch, lookups, engine.read_many(lookups, sandhi=sandhi), rows)
        for no, (text, lookup, rs) in enumerate(zip(batch, lookups, found, strict=True), first_no):
            rs = apply_neutral(lookup, rs, neutral)
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
