"""Grammar rules: readings that follow from a character's role in its sentence.

A rule (``edition.readings.rules.RULES``) names a character, the reading it gives, and patterns
for the words around it, matched on the sentence cut into tagged words
(``edition.readings.words.WordFrequencies.cut``). A pattern is a space-separated list of
alternatives; an alternative is

- a word class in capitals (``VERB``, ``VERB1``, ``ADJ``, ``ADV``, ``NOUN``, ``NOUN2``, ``NAME``,
  ``PRON``, ``PERSON``, ``SURNAME``, ``NUM``, ``MEASURE``, ``PREP``, ``CONJ``, ``PARTICLE``,
  ``IDIOM``, ``ONOM``, ``MODAL``, ``PLACE``, ``DEM``, ``REDUP``, ``VIVID``, ``REPEAT``,
  ``MORPHEME``, ``WORD2``, ``CHAR1``, ``HAN``, ``ECHO``, ``AGAIN``, ``START``, ``END``: see
  ``CLASSES``),
- a literal word (``了``), or a word ending or starting with some characters (``*得``, ``回*``).

``before``/``after`` look at the word just before/after; ``before2``/``after2`` at the one beyond;
``near_before``/``near_after`` at any of the ``NEAR`` words before/after within the clause;
``not_before``/``not_after`` (and ``not_after2``, the word beyond) must not match, nor
``not_near_before``/``not_near_after`` any of the ``NEAR`` words before/after within the
clause (把 anywhere before: 把水倒了 is 'pour', 树倒了 'fall'; 的 after: 赢得很漂亮 is the
complement, 取得很大的进步 'obtain'). A rule for a single character applies where that
character is a word by itself; a rule with ``word``
applies inside that word and may give the whole word's reading; a ``word`` starting with ``*``
(``*着``) applies inside every word of two or more characters that ends so, and gives the
reading of that ending only (``?子``: inside the words of one character more than the ending);
``verb=True`` marks a reading that is a verb (和 huó 'knead', 种 zhòng 'plant'), so the words
after it see a verb; ``noun=True`` one that is a noun (地 dì 'land', which jieba tags a
particle), so the words around it see a noun (这块地得翻一翻: 'must'). The first matching
rule of a character decides; when a later rule with another reading also matches, the reading
is a guess the proof mode shows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from edition.readings.words import NUMERALS, Word

MODALS = frozenset(
    "要 会 能 想 肯 敢 该 可 可以 应该 应当 愿意 需要 必须 能够 得以 打算 准备".split()
)
DEMONSTRATIVES = frozenset("这 那 哪 每 各 某 另 本 此 该 这个 那个 哪个 这些 那些".split())
# Personal pronouns, the subjects of a clause. jieba's dictionary tags 您 as a bound morpheme
# (zg), so the class is a closed list rather than the tag r, which also holds 这 那 每天.
PERSONS = frozenset(
    "我 你 您 他 她 它 牠 我们 你们 您们 他们 她们 它们 咱 咱们 俺 俺们".split()
    + "自己 大家 人家 别人 谁".split()
)
_TAGS: dict[str, frozenset[str]] = {
    "VERB": frozenset("v vd vg vi vn vq".split()),
    "ADJ": frozenset("a ad ag an b z".split()),
    "ADV": frozenset("d dg".split()),
    # k: the plural suffix 们 jieba cuts off (孩子|们), which ends a noun phrase
    "NOUN": frozenset("n ng nr nrfg nrt ns nt nz s t f k eng".split()),
    "PRON": frozenset("r rg rr rz".split()),
    "NUM": frozenset("m mq".split()),
    "MEASURE": frozenset("q".split()),
    "PREP": frozenset("p".split()),
    "CONJ": frozenset("c".split()),
    "PARTICLE": frozenset("u uj ul uz ug uv ud y e o".split()),
    "IDIOM": frozenset("i l".split()),
    # onomatopoeia (喀嚓, 哗啦, 咚咚), which describe how a sound is made
    "ONOM": frozenset("o".split()),
}
NEAR = 6  # words the near_* patterns look at, within the clause
# The fields of a ``Rule`` that hold a pattern of the words around it
PATTERN_FIELDS = (
    "before",
    "after",
    "before2",
    "after2",
    "not_before",
    "not_after",
    "not_after2",
    "near_before",
    "near_after",
    "not_near_before",
    "not_near_after",
)
# clause boundaries for START/END and for the near_* windows
_CLAUSE_END = frozenset("，。！？；：、,.!?;:…—“”「」『』（）()《》\n")


def _is_redup(w: str) -> bool:
    """AA, AABB or ABB words: reduplicated adverbs and descriptions (慢慢, 高高兴兴, 红红)."""
    n = len(w)
    if n == 2:
        return w[0] == w[1]
    if n == 3:
        return w[1] == w[2]
    if n == 4:
        return w[0] == w[1] and w[2] == w[3]
    return False


def _word_at(words: Sequence[Word], i: int) -> Word | None:
    return words[i] if 0 <= i < len(words) else None


def _boundary(w: Word | None) -> bool:
    return w is None or (w.tag == "w" and w.text.strip() in _CLAUSE_END | {""})


ClassTest = Callable[[Sequence[Word], int], bool]


def _tagged(tags: frozenset[str]) -> ClassTest:
    return lambda words, i: (
        (w := _word_at(words, i)) is not None and (w.tag in tags or w.also in tags)
    )


_REPEAT = re.compile(r"(一\w{1,2}?)(?:接|又|连|复)?\1$")


def _repeat(words: Sequence[Word], i: int) -> bool:
    """The end of a 'one by one' phrase: 一棵一棵(地), 一盏接一盏(地), 一个一个(地)."""
    text = ""
    for j in range(i, max(-1, i - 6), -1):
        w = words[j] if j >= 0 else None
        if w is None or _boundary(w):
            break
        text = w.text + text
    return bool(_REPEAT.search(text))


_ONE_BY_ONE = re.compile(r"(一\w{1,2}?)(?:接|又|连|复)?\1")


def _echo(words: Sequence[Word], i: int) -> bool:
    w, vo = _word_at(words, i), _word_at(words, i - 2)
    return (
        w is not None
        and vo is not None
        and len(vo.text) == 2
        and w.text[0] == vo.text[0]
        and _tagged(_TAGS["VERB"])(words, i)
        and _tagged(_TAGS["VERB"])(words, i - 2)
    )


def _one_by_one(words: Sequence[Word], i: int) -> bool:
    """The start of a 'one by one' phrase: 一个洞一个洞(的), 一条一条(挂着)."""
    text = ""
    for j in range(i, min(len(words), i + 6)):
        if _boundary(words[j]):
            break
        text += words[j].text
    return bool(_ONE_BY_ONE.match(text))


CLASSES: dict[str, ClassTest] = {name: _tagged(tags) for name, tags in _TAGS.items()}
_tagged_num = CLASSES["NUM"]
# Arabic numerals are numerals too (36扇门, 3种颜色): the segmenter gives them the tag eng;
# and a word of numeral characters whatever its tag (上|百|只: a re-cut leaves 百 a noun)
def _part_word(words: Sequence[Word], i: int) -> bool:
    """零件, 零部件, 零度: jieba tags them numeral-measure words (mq) for their 零, but they name
    a thing or a point on a scale."""
    w = _word_at(words, i)
    return w is not None and w.tag == "mq" and len(w.text) > 1 and w.text[0] == "零"


CLASSES["NUM"] = lambda words, i: (
    (_tagged_num(words, i) and not _part_word(words, i))
    or (
        (w := _word_at(words, i)) is not None
        and (
            (w.tag == "eng" and w.text.isdigit())
            or (w.tag != "w" and all(c in NUMERALS for c in w.text))
        )
    )
)
_tagged_noun = CLASSES["NOUN"]
# ...and not nouns: a quantity after a noun of amount (日处理量500吨) is no object
CLASSES["NOUN"] = lambda words, i: (
    _tagged_noun(words, i)
    and not ((w := _word_at(words, i)) is not None and w.tag == "eng" and w.text.isdigit())
) or _part_word(words, i)
CLASSES.update(
    {
        "MODAL": lambda words, i: (w := _word_at(words, i)) is not None and w.text in MODALS,
        "PERSON": lambda words, i: (w := _word_at(words, i)) is not None and w.text in PERSONS,
        "PRON": lambda words, i: (
            (w := _word_at(words, i)) is not None
            and (w.tag in _TAGS["PRON"] or w.also in _TAGS["PRON"] or w.text in PERSONS)
        ),
        # a verb of one character: the verbs that take the aspect particles (拍着手, 吹倒)
        "VERB1": lambda words, i: (
            (w := _word_at(words, i)) is not None
            and len(w.text) == 1
            and (
                w.tag in _TAGS["VERB"]
                # a character jieba took for a name (老|王, 阿|发) is not the verb it may also be
                or (w.also in _TAGS["VERB"] and w.tag != "nr")
            )
        ),
        # any word of two or more Han characters, whatever jieba tagged it (大声 is m, 小声 n)
        "WORD2": lambda words, i: (
            (w := _word_at(words, i)) is not None and len(w.text) > 1 and w.tag not in ("w", "eng")
        ),
        "DEM": lambda words, i: (w := _word_at(words, i)) is not None and w.text in DEMONSTRATIVES,
        "REDUP": lambda words, i: (w := _word_at(words, i)) is not None and _is_redup(w.text),
        # a vivid description of three or four characters (严严实实, 干干净净, 亮晶晶): the
        # state a verb's complement ends in, never an adverb of how to act (好好 慢慢)
        "VIVID": lambda words, i: (
            (w := _word_at(words, i)) is not None
            and len(w.text) >= 3
            and (w.tag == "z" or (len(w.text) == 4 and _is_redup(w.text)))
        ),
        "REPEAT": _repeat,
        # (after only) a verb saying again the verb of the verb-object word two words before
        # it, across the word between (加班|得|加到, 吃药|得|吃满): 得 there is 'must'
        "ECHO": _echo,
        # the same word as the word next to it (睡着|睡着 'sleeping on and on', V着V着)
        "AGAIN": lambda words, i: (
            (w := _word_at(words, i)) is not None
            and w.tag != "w"
            and any(
                (n := _word_at(words, j)) is not None and n.text == w.text for j in (i - 1, i + 1)
            )
        ),
        "ONE_BY_ONE": _one_by_one,
        # a bound morpheme jieba could not place, or a character it does not know
        "MORPHEME": lambda words, i: (
            (w := _word_at(words, i)) is not None and (w.tag.endswith("g") or w.tag == "x")
        ),
        "NAME": _tagged(frozenset("nr nrfg nrt ns nt nz".split())),
        # a place name (还都洛阳, 东汉都洛阳): jieba's ns, not a person's name
        "PLACE": _tagged(frozenset({"ns"})),
        # a surname standing alone before a given name jieba kept as a word (李|长发, 王|金发)
        "SURNAME": lambda words, i: (
            (w := _word_at(words, i)) is not None and len(w.text) == 1 and w.tag == "nr"
        ),
        # a noun of two or more characters (锄头长 'as long as a hoe'; 旅长 is a title)
        "NOUN2": lambda words, i: (
            (w := _word_at(words, i)) is not None
            and len(w.text) > 1
            and CLASSES["NOUN"](words, i)
        ),
        # a word of one Han character: the pieces of a name jieba does not know (拉|藏|汗)
        "CHAR1": lambda words, i: (
            (w := _word_at(words, i)) is not None
            and len(w.text) == 1
            and w.tag not in ("w", "eng", "m")
        ),
        "HAN": lambda words, i: (w := _word_at(words, i)) is not None and w.tag not in ("w", "eng"),
        "START": lambda words, i: _boundary(_word_at(words, i)),
        "END": lambda words, i: _boundary(_word_at(words, i)),
    }
)


@lru_cache(maxsize=512)
def compile_pattern(pattern: str) -> Callable[[Sequence[Word], int], bool]:
    """A pattern string -> a test of the word at an index (see the module docstring)."""
    tests: list[ClassTest] = []
    for alt in pattern.split():
        if alt in CLASSES:
            tests.append(CLASSES[alt])
        elif alt.startswith("*") and len(alt) > 1:
            tail = alt[1:]
            tests.append(
                lambda ws, i, t=tail: (
                    (w := _word_at(ws, i)) is not None and w.tag != "w" and w.text.endswith(t)
                )
            )
        elif alt.endswith("*") and len(alt) > 1:
            head = alt[:-1]
            tests.append(
                lambda ws, i, h=head: (
                    (w := _word_at(ws, i)) is not None and w.tag != "w" and w.text.startswith(h)
                )
            )
        elif alt.isupper() and alt.isascii():
            raise ValueError(f"unknown word class '{alt}' (known: {', '.join(sorted(CLASSES))})")
        else:
            tests.append(
                lambda ws, i, lit=alt: (w := _word_at(ws, i)) is not None and w.text == lit
            )
    return lambda words, i: any(t(words, i) for t in tests)


# A rule's conditions, as (field, where): the word ``where`` words from the character's
# (``_AT``, ``_NOT_AT``), or the ``NEAR`` words on that side of it within the clause (``_NEAR``,
# ``_NOT_NEAR``); the ``_NOT`` ones are exceptions, met where their pattern is not found.
# ``Rule.matches`` and ``Rule.failing`` both read them.
_AT = (("before", -1), ("after", 1), ("before2", -2), ("after2", 2))
_NOT_AT = (("not_before", -1), ("not_after", 1), ("not_after2", 2))
_NEAR = (("near_before", -1), ("near_after", 1))
_NOT_NEAR = (("not_near_before", -1), ("not_near_after", 1))


@dataclass(frozen=True, slots=True)
class Rule:
    """A reading given by the character's role; see the module docstring for the patterns.

    ``reading``: one canonical syllable for a single-character rule, or one per character of
    ``word`` (space-separated) for a word rule. ``yes``/``no``: an example sentence where the
    rule applies and one where it does not, the character in 【】 (tests run both).
    """

    id: str
    char: str
    reading: str
    why: str
    yes: str
    no: str
    before: str = ""
    after: str = ""
    before2: str = ""
    after2: str = ""
    not_before: str = ""
    not_after: str = ""
    not_after2: str = ""
    near_before: str = ""
    near_after: str = ""
    not_near_before: str = ""
    not_near_after: str = ""
    word: str = ""
    verb: bool = False  # the reading is a verb: words after it see a VERB
    noun: bool = False  # the reading is a noun (地 dì 'land', tagged a particle): seen as a NOUN
    # a rare use of a character read one way nearly everywhere (中 zhòng 'hit' after 打): the
    # character's reading does not follow its role, so the proof list does not doubt it where
    # no rule fired (``Detail.ruled``)
    minor: bool = False
    # "classical": the rule reads classical verse only (``edition.readings.register``), before
    # the modern rules of its character
    register: str = ""

    def matches(self, words: Sequence[Word], i: int) -> bool:
        """True when the rule applies to ``words[i]`` (the character's word)."""
        for field, offset in _AT:
            pat = getattr(self, field)
            if pat and not compile_pattern(pat)(words, i + offset):
                return False
        for field, offset in _NOT_AT:
            pat = getattr(self, field)
            if pat and compile_pattern(pat)(words, i + offset):
                return False
        for field, step in _NOT_NEAR:
            pat = getattr(self, field)
            if pat and _near(words, i, step, compile_pattern(pat)):
                return False
        for field, step in _NEAR:
            pat = getattr(self, field)
            if pat and not _near(words, i, step, compile_pattern(pat)):
                return False
        return True

    def failing(self, words: Sequence[Word], i: int, stop: int = 99) -> tuple[int, int]:
        """(conditions that fail, conditions of its own that hold) of the rule at ``words[i]``:
        how near it came to applying (``matches`` is the fast test of none failing). Its own
        are the conditions that look for something (``before``, ``near_after``...): an
        exception that does not occur (``not_after``) is no evidence for the rule. Counting
        ends at ``stop`` failures."""
        failed = held = 0
        for field, offset in _AT:
            pat = getattr(self, field)
            if pat:
                ok = compile_pattern(pat)(words, i + offset)
                failed, held = failed + (not ok), held + ok
        for field, step in _NEAR:
            pat = getattr(self, field)
            if pat and failed < stop:
                ok = _near(words, i, step, compile_pattern(pat))
                failed, held = failed + (not ok), held + ok
        for field, offset in _NOT_AT:
            pat = getattr(self, field)
            if pat and failed < stop:
                failed += compile_pattern(pat)(words, i + offset)
        for field, step in _NOT_NEAR:
            pat = getattr(self, field)
            if pat and failed < stop:
                failed += _near(words, i, step, compile_pattern(pat))
        return failed, held

    def syllables(self) -> tuple[str, ...]:
        return tuple(self.reading.split())


def _near(words: Sequence[Word], i: int, step: int, test) -> bool:
    left, j, widened = NEAR, i, False
    while left:
        j += step
        w = _word_at(words, j)
        if w is None or _boundary(w):
            return False
        if test(words, j):
            return True
        left -= 1
        if not left and not widened:
            # a 'one by one' phrase is one adverbial however many words jieba cut it into
            # (拿针尖一根一根地挑出来: the needle is two words from 挑, not seven)
            left, widened = _one_by_one_words(words, i, step), True
    return False


def _one_by_one_words(words: Sequence[Word], i: int, step: int) -> int:
    """How many of the ``NEAR`` words on one side of ``words[i]`` belong to a 'one by one'
    phrase (一根一根地, 一个接一个): those words do not count towards the window."""
    lo, hi = sorted((i + step, i + NEAR * step))
    spans, text = [], ""
    for j in range(max(lo, 0), min(hi, len(words) - 1) + 1):
        spans.append((len(text), j))
        text += words[j].text
    inside = set()
    for m in _ONE_BY_ONE.finditer(text):
        end = m.end()
        for start, j in spans:
            if m.start() <= start < end:
                inside.add(j)
            elif start == end and words[j].text in ("地", "的"):
                inside.add(j)
    return len(inside)


@dataclass(frozen=True, slots=True)
class Decision:
    """What the rules said about one word: the rule that decided, and whether another rule
    with a different reading also matched (then the reading is a guess)."""

    rule: Rule
    contested: bool
    # another rule of the word reading it otherwise came within one condition of applying
    # (``_one_short``): the rule's decision rests on that one condition
    near: bool = False


class Grammar:
    """The rules indexed by character (single-character rules) and by word (word rules); the
    rules of classical verse in a grammar of their own (``classical``)."""

    def __init__(self, rules: Sequence[Rule], register: str = "") -> None:
        self.by_char: dict[str, list[Rule]] = {}
        self.by_word: dict[str, list[Rule]] = {}
        self.by_ending: dict[str, list[Rule]] = {}
        self.classical: Grammar | None = None
        seen: set[str] = set()
        for rule in rules:
            if rule.id in seen:
                raise ValueError(f"grammar rule '{rule.id}' is defined twice")
            seen.add(rule.id)
            if rule.register not in ("", "classical"):
                raise ValueError(
                    f"grammar rule '{rule.id}': unknown register '{rule.register}' "
                    "(expected 'classical' or none)"
                )
            if rule.register != register:
                continue
            want = len(rule.word.lstrip("*?")) if rule.word else 1
            if len(rule.syllables()) != want:
                raise ValueError(
                    f"grammar rule '{rule.id}': {rule.reading!r} is not {want} syllables"
                )
            for field in PATTERN_FIELDS:
                compile_pattern(getattr(rule, field))  # unknown classes fail here, once
            if rule.word[:1] in ("*", "?"):
                self.by_ending.setdefault(rule.word[1:], []).append(rule)
            elif rule.word:
                self.by_word.setdefault(rule.word, []).append(rule)
            else:
                self.by_char.setdefault(rule.char, []).append(rule)
        self.role_chars = frozenset(
            ch for ch, found in self.by_char.items() if not all(r.minor for r in found)
        )
        if not register and any(r.register == "classical" for r in rules):
            self.classical = Grammar(rules, "classical")

    def decide(self, words: Sequence[Word], i: int, classical: bool = False) -> Decision | None:
        """The rule deciding ``words[i]``: a word rule for that word or its ending, or a
        single-character rule when the word is one character; in a classical sentence, a
        classical rule that matches first."""
        if classical and self.classical is not None:
            got = self.classical.decide(words, i)
            if got is not None:
                return got
        w = words[i]
        if len(w.text) > 1:
            rules = self.by_word.get(w.text)
            if not rules and self.by_ending:
                rules = [
                    r
                    for end, rs in self.by_ending.items()
                    if len(w.text) > len(end) and w.text.endswith(end)
                    for r in rs
                    if r.word[0] == "*" or len(w.text) == len(r.word)
                ]
        else:
            rules = self.by_char.get(w.text)
        if not rules:
            return None
        first: Rule | None = None
        for rule in rules:
            if rule.matches(words, i):
                if first is None:
                    first = rule
                elif rule.reading != first.reading:
                    return Decision(first, True)
        if first is None:
            return None
        near = any(
            r.reading != first.reading and _one_short(r.failing(words, i, 2)) for r in rules
        )
        return Decision(first, False, near)


def _one_short(failing: tuple[int, int]) -> bool:
    """A rule that one condition alone kept from applying while one of its own held: a rule
    of one condition that fails (its exceptions aside) is not near."""
    failed, held = failing
    return failed == 1 and held >= 1


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    from edition.readings.rules import RULES

    return Grammar(RULES)
