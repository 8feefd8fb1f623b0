"""The classical re-cut: a modern dictionary word cut across classical grammar, taken apart.

jieba's dictionary and the lexicon are modern: in a classical sentence they glue characters
that classical grammar keeps apart (与其 'rather than' where 与 其 are 'give' + 'it', 非得
'must' where 非 得 are 'not' + 'get', 夫君 'husband' where 夫 opens the sentence, 不当
'improper' where 不 当 are 'not' + 'withstand'). A word read whole takes the modern reading of
each of its characters and keeps the classical rules from its characters, which decide single
characters only. In a sentence of the classical register (``edition.readings.register``) a
word of two characters that opens with a classical function word or a negation (之 其 而 以 于
与 夫 不 非 未 ...) is cut so its characters read alone where its second character reads in it
otherwise than alone (非得 děi, 不当 dàng) and a word of the clause follows it: the second
character is then a verb with its object (不当其锋 'did not withstand its edge' dāng, 非得其人
dé), where a word closing its clause keeps its modern sense (赏罚不当 'improper' dàng).
Classical prose's own words (``_CLASSICAL_WORDS``) and a second character that alone would read
as a modern particle (未了 liǎo) stay whole.

(Cutting also where a classical rule claims a character of a word standing alone was tried: it
changed no reading of the classical sets and broke the word rules written for such words,
朝服 cháofú 'court dress' kept, worn or named.)

Each piece is tagged as jieba tags the character alone, so the rules after it see the
characters as words.
"""

from __future__ import annotations

from collections.abc import Sequence

from edition.readings.words import Word

# Function words of classical prose and its negations, which a modern word opening with one
# glues to the verb after it (非得, 不当, 与其)
FUNCTION_WORDS = frozenset(
    "之乎者也其而以于於与與夫焉哉矣兮耶邪欤歟乃则則且所曰亦" "不非未弗勿莫毋无無"
)
# Words of two characters that classical prose uses as they are, opening with a function word
_CLASSICAL_WORDS = frozenset(
    "所以 所谓 所謂 以为 以為 于是 於是 以下 以上 以来 以來 以后 以後 以前 以外 而已 而后 而後 "
    "之所 乎哉 也哉 也夫 夫子 夫人 其实 其實 与其 與其 且夫 则以 何其 不得 不可 未尝 未嘗".split()
)

# Words that take the noun after them as their own (其人, 之子): a modern word glued across
# that noun and the verb after it (其人|数谏 read as 人数 'number of people', 其父|语之 as 父语)
# is cut where a classical rule reads its second character alone
_POSSESSIVES = frozenset("其之")
_NOUN_TAGS = frozenset("n ng nr".split())

# Characters that, standing alone, read as the modern particles: a word that gives them another
# reading (未了 liǎo 'not ended') keeps it
_PARTICLES = frozenset("了着著过過")


class ClassicalCut:
    """Mixed into ``ReadingEngine``: uses its lexicon, jieba and grammar."""

    def _classical_recut(self, words: Sequence[Word]) -> list[Word]:
        grammar = self._grammar
        if grammar is None or grammar.classical is None:
            return list(words)
        out: list[Word] = []
        for k, w in enumerate(words):
            pieces = self._classical_pieces(words, k) if len(w.text) == 2 else None
            out.extend(pieces or [w])
        return out

    def _classical_pieces(self, words: Sequence[Word], k: int) -> list[Word] | None:
        """``words[k]``'s characters as words of their own, or None where the word stays."""
        w = words[k]
        syls = self._lexicon.get(w.text)
        if syls is None or w.text in _CLASSICAL_WORDS or w.text[0] == w.text[1]:
            return None
        jieba = self._words
        pieces = [
            self._tagged(ch, jieba.tag(ch) if jieba is not None else "x", w.start + j)
            for j, ch in enumerate(w.text)
        ]
        head, tail = w.text
        after = words[k + 1] if k + 1 < len(words) else None
        if (
            after is not None
            and after.tag not in ("w", "eng")
            and head in FUNCTION_WORDS
            and tail not in _PARTICLES
            and syls[1] != self.char_readings(tail)[0]
        ):
            return pieces
        before = words[k - 1] if k > 0 else None
        if (
            after is not None
            and after.tag not in ("w", "eng")
            and before is not None
            and before.text in _POSSESSIVES
            and pieces[0].tag in _NOUN_TAGS
        ):
            # 其人数谏 'the man often remonstrated': 其 takes the head as its noun, and a
            # classical rule claims the tail alone as the verb or adverb after it
            trial = [*words[:k], *pieces, *words[k + 1 :]]
            if self._grammar.classical.decide(trial, k + 1) is not None:
                return pieces
        return None
