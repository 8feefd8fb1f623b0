"""The engine's cut of a sentence into words: jieba's, then the repairs the readings need.

jieba's dictionary glues characters into words the readings then get wrong (锯木|头 for 锯|木头,
慢慢|地点 for 慢慢|地|点, 把|床铺|好 for 把|床|铺|好). Each repair is a method of ``CutRepairs``,
applied to each of jieba's words in the order of ``REPAIRS``: it looks at the word, the words
already repaired (``_Cut.out``) and jieba's words after it (``_Cut.cut``), and leaves the word as
it is, changes it, or takes it into others. What is left is emitted as the lexicon's words
(``CutRepairs._emit``). ``ReadingEngine`` inherits the repairs; they use its lexicon
(``_lexicon``), word frequencies (``_words``), grammar (``_grammar``) and its tagging of a word
(``_tagged``), which its other stages use too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from edition.readings.grammar import MODALS
from edition.readings.words import NUMERALS, Word
from edition.text.segment import is_han

# A word jieba's corpus counts fewer times than this is rare: when only one dictionary has it,
# the model, sure of itself, may overrule it (拖拽 tuō yè in CC-CEDICT; measured in
# bench/readings.py: CPP +0.1 point, running text unchanged at 10, worse from 300 on).
RARE = 10
# jieba's tags of proper nouns (person, place, organisation, other names)
_NAME_TAGS = frozenset("nr nrfg nrt ns nt nz".split())
# Structural particles a name-tagged word may have swallowed (小美的 cut as 小|美的 'Midea').
_PARTICLES = frozenset("的了得地着过")
# Words before which a following 地X word is cut as 地 + X: the adverbial marker, not 地点 地上.
_ADVERBIAL_TAGS = frozenset("a ad ag z d dg i l".split())
_ADJECTIVE_TAGS = frozenset("a ad an z".split())
# adverbs of degree jieba tags as adjectives: 好得意 is 'so pleased' (得意 dé)
_DEGREE_ADVERBS = frozenset("好 真 挺 太 很 最 更 多 老 怪 蛮")
# The end of a 'one by one' phrase (一本一本, 一步一步): jieba glues its last measure word to
# what follows (一本一|本地, 一步一|步地), which then reads as another word (本地 běndì).
_ONE_BY_ONE = re.compile(r"(一\w)\1$")
# Locatives jieba glues to the verb after them into a noun (地|上铺|了 'the upper bunk'): a noun
# takes no aspect particle, so before one the word is the locative and a verb (地上|铺了).
_LOCATIVE_HEADS = frozenset("上下")
_NOUN_TAGS = frozenset("n ng nr ns nt nz s f".split())
# jieba's tags of characters it has only as parts of words (土 zg) or not at all
_BOUND_PIECE_TAGS = frozenset("zg x".split())
# modals that glue to the verb after them in words jieba has as nouns (要点, 会客)
_MODALS = frozenset("要会能该想")
# verbs jieba tags as measure words or numerals when they stand alone (点 'o'clock')
_VERBS_TAGGED_MEASURES = frozenset("点")
# what 落 'fall' takes after it where jieba glued the 着 before it (转|着落|下来)
_FALLING_AFTER = frozenset("下 下来 下去 在 到 地 进".split())
_ASPECT = frozenset("了着过")
# time words an event's 后 'after' does not follow (时|后背 is 'the back' at that moment)
_TIME_HEADS = frozenset("时 时候 之 的 前".split())
# Resultative complements and aspect particles: the word before them ends in a verb, which a
# re-cut may free from the word the tagger glued it into (不|小|心切|到 -> 不|小心|切|到).
_VERB_COMPLEMENTS = frozenset("到 破 伤 断 掉 坏 开 成 好 了 着 过 住 下".split())
# What a verb of giving or moving takes after it, glued by jieba to the noun before (糖分|给)
_DATIVE_AFTER = frozenset("给 到 走 回")
# Results that close a 把 phrase right after its verb (把床铺好, 把被子叠整齐); locatives
# are left out, since 把床铺上的书 keeps the noun
_BA_RESULTS = frozenset("好 平 满 齐 紧 完 掉 开 成 住 整齐 平整 干净 清楚 好了".split())
_RECUT_RATIO = 10  # the re-cut word must be this many times commoner than the glued one
# jieba's tags of bound morphemes and suffixes, which do not stand as words (型 k, 性 ng)
_BOUND_TAGS = frozenset("k ng vg ag".split())
# what jieba tags the words its dictionary has and the lexicon lacks that glue a verb to the
# first character of the next word (干重 'dry weight' a, in 干重活 'do heavy work')
_GLUED_CONTENT_TAGS = frozenset("a an".split())
# Noun suffixes with a light syllable that jieba sometimes leaves alone after a glued verb and
# noun (锯木|头: the word is 木头)
_LIGHT_SUFFIXES = frozenset("头 子")
# The familiar prefixes of address and of age (老王 小李 老大夫 小大夫): jieba glues 老 to the
# first character of the noun after it (老大|夫)
_FAMILIAR_PREFIXES = frozenset("老小")
# What follows a verb of one character and shows it is one (温度|计量|出 -> 温度计|量|出)
_VERB_AFTER = _VERB_COMPLEMENTS | frozenset("出 出来 一下 一量 准".split())
# Prepositions of place and direction jieba's dictionary glues to the verb before them in
# runs the lexicon lacks (定都在 'made its capital at')
_GLUED_PREPOSITIONS = frozenset("在 于 到 给 向 往".split())
# 一边…一边 'while', 一面…一面: a verb glued after them into an idiom (一边倒) is cut off
# again when an object follows
_PAIRED_OPENERS = frozenset("一边 一面".split())


class CutRepairs:
    """The cut of ``ReadingEngine`` (module docstring)."""

    def _cut(self, s: str, classical: bool = False) -> list[Word]:
        """jieba's words of ``s`` with the repairs of ``REPAIRS`` applied in turn to each (a
        repair returns the word it leaves, or None when it took the word into others);
        ``classical``: the sentence is read in the classical register."""
        if self._words is None:
            return [Word(ch, "x" if is_han(ch) else "w", i) for i, ch in enumerate(s)]
        c = _Cut(s, self._sound_runs(s, self._merge_morphemes(self._words.cut(s))))
        c.classical = classical
        for k, w in enumerate(c.cut):
            if k == c.regrouped:
                continue
            c.k = k
            for repair in REPAIRS:
                w = repair(self, c, w)
                if w is None:
                    break
            else:
                self._emit(c, w)
        _verbs_before_durative(c.out)
        return c.out

    def _emit(self, c: _Cut, w: Word) -> None:
        """Add ``w`` to the cut: as it is, or as the lexicon's words when it has no reading
        of its own (a run jieba glued: ``_fmm``)."""
        out, jieba = c.out, self._words
        pieces = (
            self._fmm(w.text)
            if len(w.text) > 1
            and self._lexicon.get(w.text) is None
            and w.tag not in ("w", "eng")
            else []
        )
        if (
            len(pieces) > 1
            and w.text[0] in _FAMILIAR_PREFIXES
            and pieces[0][1] != w.text[0]
            and self._lexicon.get(w.text[1:]) is not None
            and jieba.count(w.text[1:]) > jieba.count(pieces[0][1])
            and self._middle_differs(w.text[:3], homograph=True)
        ):
            # 老大夫 -> 老|大夫, not 老大|夫: the familiar 老/小 before a noun the lexicon
            # holds, commoner than the word the prefix would glue (老大 'eldest'), when the
            # two cuts may read the character between differently (大夫 dàifu)
            pieces = [(0, w.text[0]), (1, w.text[1:])]
        after = c.cut[c.k + 1].text if c.k + 1 < len(c.cut) else ""
        doubled = (
            len(pieces) == 2 and w.text[0] == w.text[1] and after.startswith("地")
        )
        if (w.tag == "o" or doubled) and all(len(piece) == 1 for _, piece in pieces):
            # a sound word the lexicon holds no part of stays whole (叽叽|地|响): its
            # characters read as they do alone, and the rules after it see a sound that
            # describes the verb rather than bound morphemes (滴答滴答 still reads 滴答); so
            # does a character said twice before 地 that jieba took for a name (滋滋/nz|地|响;
            # a nickname 乐乐 has no 地 after it)
            pieces = []
            if doubled and w.tag in _NAME_TAGS | {"x"}:
                w = replace(w, tag="o")
        if pieces:
            # a common word jieba glued to the preposition after it (定都在 -> 定都|在) is
            # that word, as sure as standing alone: only the rest of a run is a guess
            sure = (
                len(pieces) == 2
                and pieces[1][1] in _GLUED_PREPOSITIONS
                and jieba.count(pieces[0][1]) >= RARE
            )
            for start, piece in pieces:
                tag = jieba.tag(piece)
                if (
                    not start
                    and w.tag in _NOUN_TAGS - _NAME_TAGS
                    and (
                        tag in _BOUND_PIECE_TAGS
                        or (
                            # classical 子 after a noun is often the man himself (舟子 zǐ)
                            not c.classical
                            and len(w.text) == 2
                            and w.text[1] in "子头"
                            and tag[:1] == "n"
                        )
                    )
                ):
                    # the first character of a noun jieba knows (土块 n) and the lexicon has no
                    # reading of, which jieba tags only as a bound morpheme (土 zg), or which
                    # takes a noun suffix (穗|子): a noun morpheme, so a verb before it sees the
                    # noun it takes (挑|土|块 'pick clods') and the suffix after it a morpheme's
                    # (穗子 suìzi); the characters after keep their tags (填|缝|剂: 剂 is no
                    # object of 缝)
                    tag = "ng"
                out.append(self._tagged(piece, tag, w.start + start, not sure))
        else:
            out.append(self._tagged(w.text, w.tag, w.start))

    def _second_joins_next(self, out: list[Word], w: Word, nxt: Word, tag: str) -> Word:
        """``w``'s first character goes to ``out`` alone; its second and ``nxt`` make the word
        returned (锯木|头 -> 锯|木头), tagged as jieba knows it or ``tag``."""
        jieba = self._words
        out.append(self._tagged(w.text[0], jieba.tag(w.text[0]), w.start))
        joined = w.text[1] + nxt.text
        return self._tagged(joined, jieba.tag(joined, tag), w.start + 1)

    def _middle_differs(self, word: str, homograph: bool = False) -> bool:
        """Whether the two words a three-character word splits into read its middle
        character differently (排长 pái zhǎng, 长队 cháng duì); with ``homograph``, in any
        reading of the tail (大夫 dàfū or dàifu)."""
        head, tail = self._lexicon.get(word[:2]), word[1:]
        others = self._lexicon.alternatives.get(tail, ()) if homograph else ()
        tails = (self._lexicon.get(tail), *others)
        return head is not None and any(t is not None and head[1] != t[0] for t in tails)

    def _sound_runs(self, s: str, cut: list[Word]) -> list[Word]:
        """A sound word said twice (滴答滴答, 叮咚叮咚) kept whole where jieba glued its first
        character to the word before it (雨滴|答|滴答 -> 雨|滴答滴答): the reading of each
        half is the sound word's."""
        jieba = self._words
        for i in range(len(s) - 3):
            pair = s[i : i + 2]
            if pair != s[i + 2 : i + 4] or not all(map(is_han, pair)):
                continue
            if jieba.tag(pair, "x") != "o":
                continue
            inside = [w for w in cut if w.start < i + 4 and w.start + len(w.text) > i]
            if not inside or (
                inside[0].start == i and inside[-1].start + len(inside[-1].text) == i + 4
            ):
                continue  # already whole or cut at the pair's edges
            k = cut.index(inside[0])
            parts: list[Word] = []
            head, tail = inside[0], inside[-1]
            if head.start < i:
                text = head.text[: i - head.start]
                parts.append(self._tagged(text, jieba.tag(text), head.start))
            parts.append(Word(pair * 2, "o", i))
            end = tail.start + len(tail.text)
            if end > i + 4:
                text = s[i + 4 : end]
                parts.append(self._tagged(text, jieba.tag(text), i + 4))
            cut[k : k + len(inside)] = parts
        return cut

    def _merge_morphemes(self, words: list[Word]) -> list[Word]:
        """Runs of single characters holding a bound morpheme jieba could not place (园/子:
        tags ``zg``, ``ng``...) or an unknown character, cut again on the lexicon (园子)."""
        out: list[Word] = []
        run: list[Word] = []

        def flush() -> None:
            if len(run) > 1 and any(w.tag.endswith("g") or w.tag == "x" for w in run):
                text = "".join(w.text for w in run)
                for start, piece in _doubled(self._fmm(text)):
                    words = run[start : start + len(piece)]
                    if len(piece) > 1 and self._free_words(words, piece):
                        # 倌|倒酒 -> 倌|倒|酒: the piece holds none of the run's bound
                        # characters, and jieba knows its words but not the piece (倒/v 酒/n)
                        out.extend(words)
                        continue
                    tag = self._words.tag(piece) if self._words else "x"
                    if len(piece) == 2 and piece[0] == piece[1] and tag == "x":
                        tag = "o"  # a sound said twice (咔咔, 滋滋) the lexicon does not hold
                    out.append(Word(piece, tag, run[0].start + start))
            else:
                out.extend(run)
            run.clear()

        for w in words:
            # the aspect 了 jieba placed (升/zg 到 了/ul) stays out of the run: cut again, 到了
            # would read dàoliǎo 'in the end' where 了 follows 升到 (着 and 过 may still join:
            # 逆|着风, 没过 一会儿)
            if run and w.start != run[-1].start + len(run[-1].text):
                flush()  # a space the cut left out lies between: the run's offsets are apart
            if len(w.text) == 1 and w.tag not in ("w", "eng", "ul"):
                run.append(w)
            else:
                flush()
                out.append(w)
        flush()
        return out

    def _free_words(self, words: list[Word], piece: str) -> bool:
        """Whether a piece the lexicon glues in a morpheme run is a verb and its object as
        jieba placed them (倒/v 酒/n) and no word of jieba's: those stay as jieba cut them
        (a particle may still join its run, 逆|着风, and so may an adverb, 碟|都会)."""
        return (
            self._words is not None
            and piece not in self._words
            and len(words) == 2
            and words[0].tag.startswith("v")
            and not words[0].tag.endswith("g")
            and words[1].tag.startswith("n")
            and not words[1].tag.endswith("g")
        )

    def _fmm(self, text: str) -> list[tuple[int, str]]:
        """Forward maximum matching of ``text`` on the lexicon: (start, piece)."""
        out, i, n = [], 0, len(text)
        lex = self._lexicon
        while i < n:
            for size in range(min(lex.max_len, n - i), 1, -1):
                if lex.get(text[i : i + size]) is not None:
                    out.append((i, text[i : i + size]))
                    i += size
                    break
            else:
                out.append((i, text[i]))
                i += 1
        for k in range(len(out) - 1, 0, -1):
            (at, head), (_, tail) = out[k - 1], out[k]
            noun = head[-1] + tail
            if (
                # 头 alone is as often the head itself (低下|头 'lower the head')
                tail == "子"
                and len(head) > 1
                and (len(head) == 2 or lex.get(head[:-1]) is not None)
                and (lex.get(noun) or ("",))[-1][-1:] == "5"
            ):
                # 买房|子 -> 买|房子: the suffix 子 left alone belongs to the noun it makes
                # with the character before it (租房子, 修车子), which reads it light
                out[k - 1 : k + 1] = [(at, head[:-1]), (at + len(head) - 1, noun)]
        return out

    def _suffix_joins_noun(self, c: _Cut, w: Word) -> Word | None:
        """锯木|头 -> 锯|木头, 宽带|子 -> 宽|带子"""
        out, cut, k, jieba = c.out, c.cut, c.k, self._words
        if (
            len(w.text) == 2
            and k + 1 < len(cut)
            and cut[k + 1].text in _LIGHT_SUFFIXES
            and (self._lexicon.get(w.text[1] + cut[k + 1].text) or ("",))[-1][-1:] == "5"
            and (
                (
                    jieba.tag(w.text[0], "x")[:1] == "v"
                    and jieba.count(w.text[1:] + cut[k + 1].text)
                    > _RECUT_RATIO * max(1, jieba.count(w.text))
                )
                or (
                    jieba.tag(w.text[0], "x") == "a"
                    and jieba.count(w.text[1:] + cut[k + 1].text) >= RARE
                )
            )
        ):
            # 锯木|头 -> 锯|木头: a light suffix left alone belongs to the noun it makes with
            # the character before it, far commoner than the verb-object word jieba glued;
            # 宽带|子 -> 宽|带子: after an adjective that describes the noun, however common
            # the glued word ('broadband'), since a suffix does not close it
            w, c.regrouped = self._second_joins_next(out, w, cut[k + 1], "n"), k + 1
        return w

    def _bound_tail_joins_word(self, c: _Cut, w: Word) -> Word | None:
        """验血|型 -> 验|血型, 干重|活 -> 干|重活"""
        out, cut, k, jieba = c.out, c.cut, c.k, self._words
        if not (
            len(w.text) == 2
            and k + 1 < len(cut)
            and len(cut[k + 1].text) == 1
            and is_han(cut[k + 1].text)
        ):
            return w
        joined = w.text[1] + cut[k + 1].text
        if self._lexicon.get(joined) is None or jieba.count(joined) < RARE:
            return w
        if (
            # 验血|型 -> 验|血型: a bound morpheme left alone (型 'type' is no word by itself)
            # closes a far commoner word with the character before it, when the two cuts
            # read that character differently (验血 yànxiě, 血型 xuèxíng)
            cut[k + 1].tag in _BOUND_TAGS
            and jieba.count(joined) > _RECUT_RATIO * max(1, jieba.count(w.text))
            and self._middle_differs(w.text + cut[k + 1].text)
        ) or (
            # 干重|活 -> 干|重活: a word the lexicon lacks (jieba's 干重 'dry weight') gives
            # its last character, a polyphone, to the word it makes with the character after
            # it, which the lexicon reads (重活 zhònghuó, not 重 chóng 'again' before 活)
            self._lexicon.get(w.text) is None
            and w.tag in _GLUED_CONTENT_TAGS
            and w.text[1] not in _PARTICLES
            and "," in self._lexicon.chars.get(w.text[1], "")
        ):
            w, c.regrouped = self._second_joins_next(out, w, cut[k + 1], "n"), k + 1
        return w

    def _suffix_leaves_word(self, c: _Cut, w: Word) -> Word | None:
        """曲|子弹|一遍 -> 曲子|弹|一遍"""
        out, jieba = c.out, self._words
        if (
            len(w.text) == 2
            and w.text[0] in _LIGHT_SUFFIXES
            and out
            and len(out[-1].text) == 1
            and is_han(out[-1].text)
            and (self._lexicon.get(out[-1].text + w.text[0]) or ("",))[-1][-1:] == "5"
            and jieba.tag(w.text[1], "x")[:1] == "v"
            and self._middle_differs(out[-1].text + w.text)
        ):
            # 曲|子弹 -> 曲子|弹, 珠|子弹 -> 珠子|弹: a character jieba left alone (as a
            # measure word, 曲) makes a noun with a light suffix that it glued into the word
            # after (子弹 'bullet'); the noun takes it back, and the verb it leaves (弹 tán
            # 'play') reads as one, when the two cuts read the suffix differently
            noun = out[-1].text + w.text[0]
            out[-1] = self._tagged(noun, jieba.tag(noun, "n"), out[-1].start)
            w = self._tagged(w.text[1], jieba.tag(w.text[1], "v"), w.start + 1)
        return w

    def _verb_takes_dative(self, c: _Cut, w: Word) -> Word | None:
        """一颗|糖分|给|她 -> 一颗|糖|分给|她"""
        out, cut, k, jieba = c.out, c.cut, c.k, self._words
        if (
            len(w.text) == 2
            and w.tag in _NOUN_TAGS
            and k + 1 < len(cut)
            and cut[k + 1].text in _DATIVE_AFTER
            and jieba.tag(w.text[0], "x")[:1] in ("n", "z")
            and self._lexicon.is_verb(w.text[1] + cut[k + 1].text)
            and self._middle_differs(w.text + cut[k + 1].text)
        ):
            # 一颗|糖分|给|她 -> 一颗|糖|分给|她: a noun whose last character makes a verb
            # with the 给/到 after it gives that character up when the two cuts read it
            # differently (糖分 tángfèn 'sugar content', 分给 fēngěi 'hand out to')
            w, c.regrouped = self._second_joins_next(out, w, cut[k + 1], "v"), k + 1
        return w

    def _measure_closes_word(self, c: _Cut, w: Word) -> Word | None:
        """用量|杯 -> 用|量杯"""
        out, cut, k, jieba = c.out, c.cut, c.k, self._words
        if (
            len(w.text) == 2
            and k + 1 < len(cut)
            and len(cut[k + 1].text) == 1
            and cut[k + 1].tag == "q"
            and w.tag not in ("m", "mq", "r", "q")
            and jieba.tag(w.text[0], "x")[:1] in ("v", "p")
            and self._middle_differs(w.text + cut[k + 1].text)
        ):
            # 用量|杯 -> 用|量杯: a measure word alone after a noun with no number before
            # it closes a word with the character before it instead, when the two cuts
            # read that character differently (用量 yòngliàng, 量杯 liángbēi)
            w, c.regrouped = self._second_joins_next(out, w, cut[k + 1], "n"), k + 1
        return w

    def _instrument_before_verb(self, c: _Cut, w: Word) -> Word | None:
        """用|温度|计量|出 -> 用|温度计|量|出"""
        out, cut, k, jieba = c.out, c.cut, c.k, self._words
        if (
            len(w.text) == 2
            and out
            and len(out[-1].text) > 1
            and is_han(out[-1].text[-1])
            and self._grammar is not None
            and w.text[1] in self._grammar.by_char
            and "v" in (jieba.tag(w.text[1], "x")[:1], self._tagged(w.text[1], "x", 0).also)
            and k + 1 < len(cut)
            and cut[k + 1].text in _VERB_AFTER
            and self._lexicon.get(out[-1].text + w.text[0]) is not None
        ):
            # 用|温度|计量|出 -> 用|温度计|量|出: before a complement the last character is
            # the verb, and the first closes the dictionary word before it (an instrument:
            # 温度计 体温计 血压计) rather than starting a noun (计量 'metrology')
            prev = out.pop()
            head = prev.text + w.text[0]
            out.append(self._tagged(head, jieba.tag(head, "n"), prev.start))
            w = Word(w.text[1], jieba.tag(w.text[1]), w.start + 1)
        return w

    def _manner_marker(self, c: _Cut, w: Word) -> Word | None:
        """慢慢|地点 -> 慢慢|地|点"""
        out, cut, k, jieba, s = c.out, c.cut, c.k, self._words, c.s
        if (
            len(w.text) > 1
            and w.text[0] == "地"
            and out
            # a degree adverb of one character describes the word itself (很地道 'quite
            # authentic', 真地道), never a manner marked by 地
            and out[-1].text not in _DEGREE_ADVERBS
            # nor does an adverb closed by 的 take the marker 地 (真的|地震 'a real quake')
            and not out[-1].text.endswith("的")
            # an adjective of one character before a noun is its attribute: 新|地板, 旧|地毯,
            # 红|地毯, 小|地方 (a manner marked by 地 takes two syllables: 慢慢地, 认真地)
            and not (
                len(out[-1].text) == 1 and out[-1].tag in _ADJECTIVE_TAGS and w.tag[:1] == "n"
            )
            and (
                out[-1].tag in _ADVERBIAL_TAGS
                or _is_redup(out[-1].text)
                or _repeated_phrase(s[: w.start])
                # after any word of two characters when an aspect particle follows:
                # 用力|地点|了 -> 用力|地|点|了 ('nodded forcefully'; 比赛|地点|是 stays)
                or (
                    len(out[-1].text) > 1
                    and k + 1 < len(cut)
                    and cut[k + 1].text in ("了", "着", "过")
                )
            )
            and w.text[1:] in jieba
        ):
            # 慢慢|地点 -> 慢慢|地|点: after an adverbial, 地 is the marker
            out.append(Word("地", jieba.tag("地", "uv"), w.start))
            w = Word(w.text[1:], jieba.tag(w.text[1:]), w.start + 1)
        return w

    def _complement_marker(self, c: _Cut, w: Word) -> Word | None:
        """冷|得手|都 -> 冷|得|手|都, 多|得数|不|过来 -> 多|得|数|不|过来"""
        out, cut, k, jieba = c.out, c.cut, c.k, self._words
        if (
            len(w.text) > 1
            and w.text[0] == "得"
            and out
            and (
                # 冷|得手|都 -> 冷|得|手|都: after an adjective, 得 opens its complement
                # ('so cold the hands...'), not 得手 'succeed'
                (
                    len(out[-1].text) == 1
                    and out[-1].tag in _ADJECTIVE_TAGS
                    and out[-1].text not in _DEGREE_ADVERBS
                    and w.text[1:] in jieba
                )
                # 洗|得手|都|皱了 -> 洗|得|手|都|皱了: after a verb of one character, the
                # part of the body that 都/也 then tells of is the complement's subject ('washed
                # till the hands wrinkled'); 得手 'succeed' closes its clause or takes 了
                or (
                    len(w.text) == 2
                    and len(out[-1].text) == 1
                    and out[-1].tag[:1] == "v"
                    and w.text[1:] in jieba
                    and k + 1 < len(cut)
                    and cut[k + 1].text in ("都", "也", "直")
                )
                # 多|得数|不|过来 -> 多|得|数|不|过来: a potential complement follows the
                # verb the word hid ('too many to count'), never a noun like 得数 'result'
                or (
                    len(w.text) == 2
                    and (out[-1].tag in _ADJECTIVE_TAGS or out[-1].text in ("多", "少"))
                    and k + 1 < len(cut)
                    and cut[k + 1].text in ("不", "得", "也")
                )
            )
        ):
            out.append(Word("得", jieba.tag("得", "ud"), w.start))
            w = Word(w.text[1:], jieba.tag(w.text[1:]), w.start + 1)
        return w

    def _modal_before_complement(self, c: _Cut, w: Word) -> Word | None:
        """要点|得|快 -> 要|点|得|快, 会长|得|又|快 -> 会|长|得|又|快"""
        cut, k, jieba = c.cut, c.k, self._words
        if (
            len(w.text) == 2
            and w.tag in _NOUN_TAGS
            and w.text[0] in _MODALS
            and k + 2 < len(cut)
            and cut[k + 1].text == "得"
            and (
                cut[k + 2].tag in _ADJECTIVE_TAGS
                or cut[k + 2].text in _DEGREE_ADVERBS
                # 会长|得|又|快|又|直: how it grows in two words paired by 又 (又快又直)
                or (
                    cut[k + 2].text in ("又", "越")
                    and k + 3 < len(cut)
                    # (jieba may glue the pair into a name: 又|高又壮/nr)
                    and jieba.tag(cut[k + 3].text[0], "x") in _ADJECTIVE_TAGS
                )
            )
        ):
            # 要点|得|快 -> 要|点|得|快: a noun takes no complement marker before how it is
            # done, so a modal glued to a verb (要点 'key point') gives the verb back to 得;
            # 要点得先记下来 keeps its noun, whose 得 děi goes on to a verb
            c.out.append(Word(w.text[0], jieba.tag(w.text[0], "v"), w.start))
            w = Word(w.text[1], "v", w.start + 1)
        return w

    def _verb_said_again(self, c: _Cut, w: Word) -> Word | None:
        """点头|点/m|得 -> 点头|点/v|得, 。|点/m|得 -> 。|点/v|得"""
        out, cut, k = c.out, c.cut, c.k
        if (
            len(w.text) == 1
            and w.tag[:1] != "v"
            and k + 1 < len(cut)
            and cut[k + 1].text == "得"
            and (
                (out and len(out[-1].text) == 2 and out[-1].text[0] == w.text)
                # 点得好不好 opening its clause: no count before it makes it 'o'clock'
                or (w.text in _VERBS_TAGGED_MEASURES and (not out or out[-1].tag == "w"))
            )
        ):
            # 点头点得比谁都快: a verb said again after its object, before the complement
            # marker (点头点得, 走路走得), is the verb, whatever jieba tagged it alone (点 as
            # 'o'clock')
            w = Word(w.text, "v", w.start)
        return w

    def _brief_repeat(self, c: _Cut, w: Word) -> Word | None:
        """晃|一晃 -> 晃|一|晃"""
        out = c.out
        if (
            len(w.text) == 2
            and w.text[0] == "一"
            and out
            and out[-1].text == w.text[1]
            and out[-1].tag[:1] == "v"
        ):
            # a verb said again after 一 is the brief try of it (晃一晃, 摇一摇): jieba's word
            # 一晃 'in a flash' reads the second otherwise than the first
            w = self._particle_leaves_word(out, w, "m", out[-1].tag)
        return w

    def _durative_before_falling(self, c: _Cut, w: Word) -> Word | None:
        """转|着落|下来 -> 转|着|落|下来"""
        out, cut, k = c.out, c.cut, c.k
        if (
            w.text == "着落"
            and out
            and out[-1].tag[:1] == "v"
            and k + 1 < len(cut)
            and cut[k + 1].text in _FALLING_AFTER
        ):
            # 慢慢转着落下来: the durative 着 of the verb before and the verb 落 'fall' before
            # its complement, not 着落 'whereabouts', which takes no 下来 or 在
            w = self._particle_leaves_word(out, w, "uz")
        return w

    def _fish_before_belly(self, c: _Cut, w: Word) -> Word | None:
        """虱|目|鱼肚 -> 虱目鱼|肚"""
        out = c.out
        if w.text != "鱼肚":
            return w
        for k in (3, 2, 1):
            start = w.start - k
            name = c.s[start : w.start + 1]
            kept = [x for x in out if x.start >= start]
            if (
                start >= 0
                and self._lexicon.get(name) is not None
                and kept
                and kept[0].start == start
                and len(out) >= len(kept)
            ):
                # 虱目鱼肚粥 'milkfish belly congee': the fish's name takes its 鱼 back and the
                # belly stands alone (dù), not the fish maw 鱼肚 yúdǔ of a banquet
                del out[len(out) - len(kept) :]
                out.append(Word(name, "n", start))
                return Word("肚", "n", w.start + 1)
        return w

    def _aspect_in_verb_object(self, c: _Cut, w: Word) -> Word | None:
        """碰|过头 -> 碰|过|头"""
        out = c.out
        if (
            len(w.text) == 2
            and w.text[0] == "过"
            and out
            and len(out[-1].text) == 1
            and is_han(out[-1].text)
            and out[-1].text not in NUMERALS
            and self._lexicon.is_verb(out[-1].text + w.text[1])
        ):
            # 碰|过头 -> 碰|过|头: the aspect 过 inside a verb and its object (碰头, 点头:
            # jieba tags 点 a numeral), not 过头 'overdone' (玩过头: 玩头 is a noun)
            w = self._particle_leaves_word(out, w, "ug")
        return w

    def _particle_leaves_word(
        self, out: list[Word], w: Word, tag: str, rest_tag: str | None = None
    ) -> Word:
        """The particle (or the 一 of a brief try) opening ``w`` goes to ``out`` (tagged
        ``tag``) after the verb before it, which is marked a verb whatever jieba tagged it;
        the rest of ``w`` is returned as a word of its own, tagged ``rest_tag`` or as jieba
        tags it (碰|过头 -> 碰|过|头, 踩|着地 -> 踩|着|地, 晃|一晃 -> 晃|一|晃)."""
        if out[-1].tag[:1] != "v":
            out[-1] = replace(out[-1], also="v")
        out.append(Word(w.text[0], tag, w.start))
        rest = w.text[1:]
        return Word(rest, rest_tag or self._words.tag(rest, "n"), w.start + 1)

    def _durative_before_object(self, c: _Cut, w: Word) -> Word | None:
        """踩|着地 -> 踩|着|地"""
        out, jieba = c.out, self._words
        if (
            len(w.text) == 2
            and w.text[0] == "着"
            and out
            and len(out[-1].text) == 1
            and out[-1].text not in MODALS
            and (jieba.tag(out[-1].text, "x")[:1] == "v" or out[-1].tag in ("v", "zg", "vg"))
            and jieba.tag(w.text[1], "x")[:1] not in ("v", "a", "d")
            and not (self._grammar is not None and w.text in self._grammar.by_word)
        ):
            # 踩|着地 -> 踩|着|地, 拖|着地 -> 拖|着|地: right after a verb, 着 is its
            # durative and the noun its object ('treading the ground'), not 着地 'land',
            # which follows a subject or an adverb (双脚|着地, 平稳|着地); 着急 着想
            # keep their verb (等|着急), and a word the rules read inside (烫|着手 'burn the
            # hand', 逆|着风) is theirs
            w = self._particle_leaves_word(out, w, "uz")
        return w

    def _degree_after_marker(self, c: _Cut, w: Word) -> Word | None:
        """说|得很|重 -> 说|得|很|重"""
        out, cut, k, jieba = c.out, c.cut, c.k, self._words
        if w.text == "得很" and k + 1 < len(cut) and cut[k + 1].tag != "w":
            # 说|得很|重 -> 说|得|很|重: before what is described, 得 opens the complement
            # and 很 is its degree word (得很 'very' closes a clause: 热得很。)
            out.append(Word("得", jieba.tag("得", "ud"), w.start))
            w = Word("很", "d", w.start + 1)
        return w

    def _one_by_one(self, c: _Cut, w: Word) -> Word | None:
        """一本一|本地 -> 一本一|本|地"""
        out, jieba = c.out, self._words
        if len(w.text) > 1 and _ONE_BY_ONE.search(
            "".join(x.text for x in out[-3:]) + w.text[0]
        ):
            # 一本一|本地 -> 一本一|本|地: the measure word closes a 'one by one' phrase
            out.append(self._tagged(w.text[0], jieba.tag(w.text[0], "q"), w.start))
            w = Word(w.text[1:], jieba.tag(w.text[1:]), w.start + 1)
        return w

    def _measure_said_twice(self, c: _Cut, w: Word) -> Word | None:
        """一遍|遍地 -> 一|遍遍|地"""
        out, jieba = c.out, self._words
        if (
            len(w.text) == 2
            and w.text[1] == "地"
            and out
            and len(out[-1].text) == 2
            and out[-1].text[0] == "一"
            and out[-1].text[1] == w.text[0]
        ):
            # 一遍|遍地 -> 一|遍遍|地 (一阵|阵地, 一圈|圈地): 'one X after another' said with
            # the measure twice is a manner, and 地 its marker, not the word jieba glued from
            # the second measure and 地 (遍地 'everywhere', 阵地 'position'); cut as jieba
            # cuts 一|天天|地, so the rules see the doubled measure before 地
            one = out.pop()
            out.append(self._tagged("一", jieba.tag("一", "m"), one.start))
            out.append(self._tagged(w.text[0] * 2, "q", one.start + 1))
            return Word("地", jieba.tag("地", "uv"), w.start + 1)
        return w

    def _locative_before_verb(self, c: _Cut, w: Word) -> Word | None:
        """地|上铺|了 -> 地|上|铺|了"""
        out, cut, k, jieba = c.out, c.cut, c.k, self._words
        if (
            len(w.text) == 2
            and w.text[0] in _LOCATIVE_HEADS
            and w.tag in _NOUN_TAGS
            and out
            and k + 1 < len(cut)
            and cut[k + 1].text in _ASPECT
            and jieba.tag(w.text[1], "x")[:1] == "v"
        ):
            # 地|上铺|了 -> 地|上|铺|了: 'spread on the ground', not 'the upper bunk'
            out.append(self._tagged(w.text[0], "f", w.start))
            w = Word(w.text[1], jieba.tag(w.text[1]), w.start + 1)
        return w

    def _place_before_verb(self, c: _Cut, w: Word) -> Word | None:
        """在外|地上|大学 -> 在|外地|上|大学"""
        out, cut, k, jieba = c.out, c.cut, c.k, self._words
        if (
            w.text in ("地上", "地下")
            and out
            and len(out[-1].text) == 2
            and out[-1].text[0] in _GLUED_PREPOSITIONS
            and self._lexicon.get(out[-1].text[1] + "地") is not None
            and k + 1 < len(cut)
            and cut[k + 1].tag in _NOUN_TAGS
        ):
            # 在外|地上|大学 -> 在|外地|上|大学 'attend university away from home': jieba
            # glues the preposition to the place word's first character (在外 'be away', 在场
            # 'be present') and 地 to 上/下, which then reads as the locative of 地上 'on the
            # ground'; before a noun, 上/下 is the verb that takes it (上大学, 下馆子)
            prep = out.pop()
            place = prep.text[1] + "地"
            out.append(self._tagged(prep.text[0], "p", prep.start))
            out.append(self._tagged(place, jieba.tag(place, "s"), prep.start + 1))
            w = self._tagged(w.text[1], "v", w.start + 1)
        return w

    def _potential_complement(self, c: _Cut, w: Word) -> Word | None:
        """记|不得了 -> 记不得|了"""
        out, jieba = c.out, self._words
        if (
            w.text == "不得了"
            and out
            and len(out[-1].text) == 1
            and is_han(out[-1].text)
            and out[-1].text + "不得" in jieba
        ):
            # 记|不得了 -> 记不得|了: after a verb, 不得 is its potential complement ('can
            # no longer remember') and 了 the particle, not 不得了 'terrible' (高兴得|不得了)
            prev = out.pop()
            verb = prev.text + "不得"
            out.append(self._tagged(verb, jieba.tag(verb, "v"), prev.start))
            w = Word("了", jieba.tag("了", "ul"), w.start + 2)
        return w

    def _after_an_event(self, c: _Cut, w: Word) -> Word | None:
        """下班|后背|着 -> 下班|后|背着"""
        out, cut, k, jieba = c.out, c.cut, c.k, self._words
        if (
            len(w.text) == 2
            and w.text[0] == "后"
            and w.tag in _NOUN_TAGS
            and out
            and out[-1].tag[:1] in ("v", "n")
            and out[-1].text not in _TIME_HEADS
            and k + 1 < len(cut)
            and (
                cut[k + 1].text in _ASPECT
                or cut[k + 1].text in ("起", "起来")
                # 后背|着装 -> 后|背着|装 'carrying, after work, a bag filled with...'
                or (
                    len(cut[k + 1].text) == 2
                    and cut[k + 1].text[0] in _ASPECT
                    and jieba.tag(cut[k + 1].text[1], "x")[:1] == "v"
                )
            )
            and jieba.tag(w.text[1], "x")[:1] == "v"
        ):
            # 下班|后背|着 -> 下班|后|背|着: after an event, 后 is 'after' and the verb
            # after it takes the aspect particle ('carrying after work'), not 后背 'the back'
            # (他|后背|着凉, 摔倒|时|后背|着地 keep the noun: no event before 后)
            out.append(self._tagged("后", "f", w.start))
            nxt = cut[k + 1]
            if len(nxt.text) == 2:  # the particle leaves the word it opened (着|装)
                cut[k + 1 : k + 2] = [
                    Word(nxt.text[0], jieba.tag(nxt.text[0]), nxt.start),
                    Word(nxt.text[1], jieba.tag(nxt.text[1]), nxt.start + 1),
                ]
            verb = w.text[1] + cut[k + 1].text
            if verb in jieba:  # 背|着 -> 背着, the word the verb's rules know
                cut[k + 1] = Word(verb, jieba.tag(verb), w.start + 1)
                return None
            w = Word(w.text[1], jieba.tag(w.text[1]), w.start + 1)
        return w

    def _noun_before_particle(self, c: _Cut, w: Word) -> Word | None:
        """本|栏|目的 -> 本|栏目|的"""
        out, jieba = c.out, self._words
        if (
            len(w.text) == 2
            and w.text[1] == "的"
            and out
            and len(out[-1].text) == 1
            and is_han(out[-1].text)
            and out[-1].text + w.text[0] in jieba
            and (self._lexicon.get(w.text) or ("",))[-1] == "di4"
        ):
            # 本|栏|目的 -> 本|栏目|的: the noun the single character starts ends before
            # the particle (栏目 节目 科目), not a word 'aim' glued to the particle
            prev = out.pop()
            noun = prev.text + w.text[0]
            out.append(self._tagged(noun, jieba.tag(noun), prev.start))
            w = Word("的", jieba.tag("的", "uj"), w.start + 1)
        return w

    def _verb_before_result(self, c: _Cut, w: Word) -> Word | None:
        """不|小|心切|到 -> 不|小心|切|到"""
        out, cut, k, jieba = c.out, c.cut, c.k, self._words
        # the object of 把 or 将 with no verb after it but in this word (把|热|气闷|在 'shut the
        # heat in'): the word is no verb, so its last character is, before 在 too
        ba = len(out) > 1 and out[-2].text in ("把", "将") and w.tag[:1] != "v"
        if (
            len(w.text) == 2
            and out
            and len(out[-1].text) == 1
            and is_han(out[-1].text)
            and k + 1 < len(cut)
            and (cut[k + 1].text in _VERB_COMPLEMENTS or (ba and cut[k + 1].text in ("在", "进")))
            and jieba.tag(w.text[1])[:1] == "v"
            and jieba.count(out[-1].text + w.text[0])
            > (max(jieba.count(w.text), RARE) if ba else _RECUT_RATIO * jieba.count(w.text))
        ):
            # 不|小|心切|到 -> 不|小心|切|到: before a resultative complement the last
            # character is the verb, and the character before it closes a far commoner word
            prev = out.pop()
            head = prev.text + w.text[0]
            out.append(self._tagged(head, jieba.tag(head), prev.start))
            w = Word(w.text[1], jieba.tag(w.text[1]), w.start + 1)
        return w

    def _object_then_verb(self, c: _Cut, w: Word) -> Word | None:
        """把|床铺|好 -> 把|床|铺|好, 把|小|床铺|好 -> 把|小|床|铺|好"""
        out, cut, k, jieba = c.out, c.cut, c.k, self._words
        # the 把 or 被 before the noun, or before a one-character word describing it (把小床铺好)
        ba = out[-1].text if out else ""
        if ba not in ("把", "被") and len(out) > 1 and len(ba) == 1 and out[-1].tag in ("a", "b"):
            ba = out[-2].text
        if (
            len(w.text) == 2
            and w.tag in _NOUN_TAGS
            and ba in ("把", "被")
            and k + 1 < len(cut)
            and (
                cut[k + 1].text in _BA_RESULTS
                or (ba == "被" and cut[k + 1].text in ("得", "了", "着"))
            )
            and jieba.tag(w.text[0], "x")[:1] == "n"
            and jieba.tag(w.text[1], "x")[:1] == "v"
        ):
            # 把|床铺|好 -> 把|床|铺|好: the object of 把 needs a verb before its result,
            # and with none between, the noun's last character is that verb ('make the
            # bed'; 把门锁好, 把床铺搬走 keeps the noun: 搬 is the verb); so does the agent
            # of 被 before 得 or an aspect (被|水泡|得 -> 被|水|泡|得 'soaked by water')
            out.append(self._tagged(w.text[0], jieba.tag(w.text[0]), w.start))
            w = Word(w.text[1], jieba.tag(w.text[1]), w.start + 1)
        return w

    def _paired_opener(self, c: _Cut, w: Word) -> Word | None:
        """一边倒|水 -> 一边|倒|水"""
        out, cut, k, jieba = c.out, c.cut, c.k, self._words
        if (
            len(w.text) == 3
            and w.text[:2] in _PAIRED_OPENERS
            and k + 1 < len(cut)
            and cut[k + 1].tag in _NOUN_TAGS
            and jieba.tag(w.text[2], "x")[:1] == "v"
        ):
            # 一边倒|水 -> 一边|倒|水: 'pouring water while...', not the idiom 一边倒
            # 'one-sided', which describes and takes no object
            out.append(self._tagged(w.text[:2], "d", w.start))
            w = Word(w.text[2], jieba.tag(w.text[2]), w.start + 2)
        return w

    def _occasion(self, c: _Cut, w: Word) -> Word | None:
        """上|回去|菜市场 -> 上回|去|菜市场"""
        out, cut, k, jieba = c.out, c.cut, c.k, self._words
        if (
            w.text in ("回去", "回来")
            and out
            and out[-1].text in ("上", "下", "这", "那")
            and not (len(out) > 1 and out[-2].tag[:1] == "v")
            and k + 1 < len(cut)
            and (cut[k + 1].tag in _NOUN_TAGS or cut[k + 1].tag[:1] == "r")
        ):
            # 上|回去|菜市场 -> 上回|去|菜市场: before a destination, 回 after 上/下/这/那
            # counts the occasion ('last time went to the market'), not 'go back'
            prev = out.pop()
            head = prev.text + "回"
            out.append(self._tagged(head, jieba.tag(head, "t"), prev.start))
            w = Word(w.text[1], jieba.tag(w.text[1]), w.start + 1)
        return w

    def _rare_verb_object(self, c: _Cut, w: Word) -> Word | None:
        """量体重 -> 量|体重"""
        out, jieba = c.out, self._words
        if (
            len(w.text) == 3
            and self._grammar is not None
            and (
                w.text[0] in self._grammar.by_char
                # or the cut decides the middle character (排长|队 zhǎng, 排|长队 cháng)
                or self._middle_differs(w.text)
            )
            and "v" in (jieba.tag(w.text[0], "x")[:1], self._tagged(w.text[0], "x", 0).also)
            and jieba.tag(w.text[1:], "x")[:1] == "n"
            and jieba.count(w.text) < RARE
            and jieba.count(w.text[1:]) > _RECUT_RATIO * max(1, jieba.count(w.text))
        ):
            # 量体重 -> 量|体重: a rare word glued from a verb and its object is cut, so
            # the verb's rules see the object (量 liáng 'measure' before a noun) and the
            # object is read as a word (排长队 -> 排|长队, not the lexicon's 排长 'platoon
            # leader')
            out.append(self._tagged(w.text[0], jieba.tag(w.text[0]), w.start))
            w = self._tagged(w.text[1:], jieba.tag(w.text[1:]), w.start + 1)
        return w

    def _name_before_particle(self, c: _Cut, w: Word) -> Word | None:
        """a name glued to the particle after it is cut off it"""
        out, jieba = c.out, self._words
        if w.tag in _NAME_TAGS and len(w.text) == 2 and w.text[1] in _PARTICLES:
            out.append(self._tagged(w.text[0], jieba.tag(w.text[0]), w.start))
            w = Word(w.text[1], jieba.tag(w.text[1]), w.start + 1)
        return w

    def _doubled_into_place_word(self, c: _Cut, w: Word) -> Word | None:
        """当|当|当地 -> 当当当|地"""
        out, cut, k, jieba = c.out, c.cut, c.k, self._words
        if not (
            len(w.text) == 2
            and w.text[1] == "地"
            and is_han(w.text[0])
            and out
            and out[-1].text == w.text[0]
            and out[-1].start == w.start - 1
        ):
            return w
        if k + 1 < len(cut) and cut[k + 1].tag in _NOUN_TAGS:
            return w  # 当|当地|人家: 'act as' before the local word
        # 当|当|当地|剁, 咚|咚地|敲: a character said over before X地 is a sound or a
        # description doubled, and 地 its adverbial marker, not the word jieba glued from the
        # last of them and 地 (当地 'local', 平地 'flat land'); cut as the rules read a
        # reduplication before 地 (di-after-reduplication)
        run = 1
        while run < len(out) and out[-1 - run].text == w.text[0]:
            run += 1
        if run < len(out) and all(ch in NUMERALS for ch in out[-1 - run].text):
            return w  # 一|本|本地: 'one local' or 'one by one', the numeral's rules decide
        del out[-run:]
        start = w.start - run
        out.append(self._tagged(w.text[0] * (run + 1), "z", start))
        return Word("地", jieba.tag("地", "uv"), w.start + 1)

    def _doubled_before_marker(self, c: _Cut, w: Word) -> Word | None:
        """高高地 -> 高高|地"""
        out, jieba = c.out, self._words
        if (
            len(w.text) > 2
            and w.text[-1] == "地"
            and _is_redup(w.text[:-1])
            and self._lexicon.get(w.text) is None
        ):
            # 高高地 -> 高高|地, not 高|高地 'highland' on the lexicon: a reduplicated
            # description before 地 is an adverbial and 地 its marker
            out.append(self._tagged(w.text[:-1], "z", w.start))
            out.append(Word("地", jieba.tag("地", "uv"), w.start + len(w.text) - 1))
            return None
        return w


@dataclass(slots=True)
class _Cut:
    """One sentence's cut while the repairs walk it: jieba's words (``cut``), the repaired
    words so far (``out``), the index of the word at hand (``k``) and of a word a repair took
    into the one before it (``regrouped``), which is then skipped."""

    s: str
    cut: list[Word]
    out: list[Word] = field(default_factory=list)
    k: int = 0
    regrouped: int = -1
    classical: bool = False  # the sentence is read in the classical register


# The repairs of jieba's cut, in the order they apply to each word (CutRepairs._cut)
REPAIRS = (
    CutRepairs._suffix_joins_noun,
    CutRepairs._bound_tail_joins_word,
    CutRepairs._suffix_leaves_word,
    CutRepairs._verb_takes_dative,
    CutRepairs._measure_closes_word,
    CutRepairs._instrument_before_verb,
    CutRepairs._manner_marker,
    CutRepairs._complement_marker,
    CutRepairs._modal_before_complement,
    CutRepairs._verb_said_again,
    CutRepairs._brief_repeat,
    CutRepairs._durative_before_falling,
    CutRepairs._fish_before_belly,
    CutRepairs._aspect_in_verb_object,
    CutRepairs._durative_before_object,
    CutRepairs._degree_after_marker,
    CutRepairs._one_by_one,
    CutRepairs._measure_said_twice,
    CutRepairs._locative_before_verb,
    CutRepairs._place_before_verb,
    CutRepairs._potential_complement,
    CutRepairs._after_an_event,
    CutRepairs._noun_before_particle,
    CutRepairs._verb_before_result,
    CutRepairs._object_then_verb,
    CutRepairs._paired_opener,
    CutRepairs._occasion,
    CutRepairs._rare_verb_object,
    CutRepairs._name_before_particle,
    CutRepairs._doubled_before_marker,
    CutRepairs._doubled_into_place_word,
)


def _verbs_before_durative(out: list[Word]) -> None:
    """The durative 着 follows only a verb, whatever jieba tagged the word before it
    (大衣得|平铺|着|晾干: 'must be laid flat', so 得 is the modal)."""
    for i in range(len(out) - 1):
        if out[i + 1].text == "着" and out[i].tag in _NOUN_TAGS and not out[i].also:
            out[i] = replace(out[i], also="v")


def _repeated_phrase(before: str) -> bool:
    """Whether the text ``before`` 地 ends in a repeated phrase, an adverbial of manner:
    一步一步, 一遍一遍, 一盏接一盏 (jieba glues 地 to the verb after it: 一步一步|地陪)."""
    for n in (2, 3):
        tail = before[-2 * n :]
        if len(tail) == 2 * n and tail[:n] == tail[n:]:
            return True
        tail = before[-2 * n - 1 :]
        if len(tail) == 2 * n + 1 and tail[n] == "接" and tail[:n] == tail[n + 1 :]:
            return True
    # 一招一式, 一针一线, 一字一句: two things taken one at a time; and a count said aloud
    # (一二三四地数)
    tail = before[-4:]
    if len(tail) == 4 and tail[0] == tail[2] == "一" and is_han(tail[1]) and is_han(tail[3]):
        return True
    return len(before) >= 3 and all(ch in "一二三四五六七八九十" for ch in before[-3:])


def _is_redup(w: str) -> bool:
    from edition.readings.grammar import _is_redup as redup

    return redup(w)


def _doubled(pieces: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A character said twice before 地 that the lexicon holds no word for, left as two single
    pieces of a run of bound morphemes (咔|咔|地|响), joined into the one doubled word it is: a
    sound or description, so the rules after it see a reduplication (咔咔地响: de)."""
    out: list[tuple[int, str]] = []
    for k, (start, piece) in enumerate(pieces):
        after = pieces[k + 1][1] if k + 1 < len(pieces) else ""
        if (
            out
            and len(piece) == 1
            and out[-1][1] == piece
            and is_han(piece)
            and start == out[-1][0] + 1
            and after.startswith("地")
        ):
            out[-1] = (out[-1][0], piece * 2)
        else:
            out.append((start, piece))
    return out
