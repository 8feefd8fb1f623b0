"""Grammar rules: each rule's own example applies it, its counter-example does not."""

from __future__ import annotations

import pytest

from edition.readings.engine import default_engine
from edition.readings.grammar import Grammar, Rule, compile_pattern
from edition.readings.rules import RULES
from edition.readings.words import Word


def _marked(example: str) -> tuple[str, int]:
    assert example.count("【") == 1, example
    i = example.index("【")
    return example.replace("【", "").replace("】", ""), i


@pytest.fixture(scope="module")
def engine():
    return default_engine()


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_applies_to_its_example(engine, rule: Rule):
    text, i = _marked(rule.yes)
    d = engine.details(text, register=rule.register or "auto")[i]
    assert d.evidence == f"rule {rule.id}"
    syls = rule.syllables()
    if rule.word[:1] in ("*", "?"):  # the rule reads the end of the word
        want = syls[d.word_index - (len(d.word) - len(syls))]
    else:
        want = syls[d.word_index] if rule.word else rule.reading
    assert d.reading.syllable == want


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_does_not_apply_to_its_counter_example(engine, rule: Rule):
    text, i = _marked(rule.no)
    d = engine.details(text, register=rule.register or "auto")[i]
    assert d is not None
    assert d.evidence != f"rule {rule.id}"


def test_rules_are_checked_when_loaded():
    base = {"id": "x", "char": "地", "why": "", "yes": "", "no": ""}
    with pytest.raises(ValueError, match="grammar rule 'x' is defined twice"):
        Grammar([Rule(reading="de5", **base), Rule(reading="di4", **base)])
    with pytest.raises(ValueError, match="grammar rule 'x': 'de5 de5' is not 1 syllables"):
        Grammar([Rule(reading="de5 de5", **base)])
    with pytest.raises(ValueError, match="unknown word class 'VERBS'"):
        Grammar([Rule(reading="de5", before="VERBS", **base)])


def test_not_after2_looks_at_the_word_beyond():
    # the ladle rule leaves a period to the model: 盛|水|期 is shèng 'at its peak'
    rule = Rule("x", "盛", "cheng2", "", "", "", after="NOUN", not_after2="期 季")
    peak = [Word("盛", "v", 0), Word("水", "n", 1), Word("期", "n", 2)]
    ladle = [Word("盛", "v", 0), Word("水", "n", 1), Word("。", "w", 2)]
    assert not rule.matches(peak, 0)
    assert rule.matches(ladle, 0)


def test_a_rule_counts_the_conditions_that_keep_it_from_applying():
    rule = Rule("x", "盛", "cheng2", "", "", "", after="NOUN", not_after2="期 季")
    peak = [Word("盛", "v", 0), Word("水", "n", 1), Word("期", "n", 2)]
    twice = [Word("盛", "v", 0), Word("满", "a", 1), Word("期", "n", 2)]
    assert rule.failing(peak, 0) == (1, 1)  # its noun after holds, its exception 期 occurs
    assert rule.failing(twice, 0) == (2, 0)


def test_a_rule_of_another_reading_one_condition_short_is_a_near_rival():
    base = {"char": "得", "why": "", "yes": "", "no": ""}
    modal = Rule(id="m", reading="dei3", before="PRON", after="VERB", **base)
    complement = Rule(id="c", reading="de5", before="VERB ADJ", **base)
    grammar = Grammar([complement, modal])
    # 跑得快: the modal rule has its verb after but no pronoun before: one condition short
    near = [Word("跑", "v", 0), Word("得", "ud", 1), Word("走", "v", 2)]
    got = grammar.decide(near, 1)
    assert got is not None
    assert got.rule.id == "c"
    assert got.near
    # 跑得好: neither of the modal rule's conditions holds
    far = [Word("跑", "v", 0), Word("得", "ud", 1), Word("好", "a", 2)]
    got = grammar.decide(far, 1)
    assert got is not None
    assert got.rule.id == "c"
    assert not got.near
    # a rule whose one condition fails is not near, however many exceptions do not occur
    lone = Rule(id="l", reading="dei3", before="PRON", not_after="完", **base)
    got = Grammar([complement, lone]).decide(near, 1)
    assert got is not None
    assert not got.near


@pytest.mark.parametrize(
    ("pattern", "word", "tag", "expected"),
    [
        ("VERB", "走", "v", True),
        ("VERB", "走", "n", False),
        ("NOUN ADJ", "红", "a", True),
        ("*得", "觉得", "v", True),
        ("回*", "回家", "n", True),
        ("了", "了", "ul", True),
        ("REDUP", "慢慢", "d", True),
        ("REDUP", "慢走", "d", False),
        ("PRON", "您", "zg", True),  # jieba's dictionary tags 您 as a bound morpheme
        ("PERSON", "这", "r", False),
        ("VERB1", "拍", "v", True),
        ("VERB1", "开始", "v", False),
        ("WORD2", "大声", "m", True),
        ("WORD2", "，", "w", False),
    ],
)
def test_patterns(pattern, word, tag, expected):
    assert compile_pattern(pattern)([Word(word, tag, 0)], 0) is expected


def test_contested_rule_is_a_guess(engine):
    # 为 after the verb 晋升 (become) while 'for' would also fit the clause: a guess
    d = engine.details("他进一步晋升为首席研究官。")[6]
    assert d.reading.syllable == "wei2"
    assert d.guess


def test_word_ending_rule_reads_only_the_ending(engine):
    # 点着 is one word (diǎn zháo 'set alight'); before a number the 着 is the durative zhe
    d = engine.details("洞里点着一盏灯。")
    assert [d[2].reading.syllable, d[3].reading.syllable] == ["dian3", "zhe5"]
    assert d[3].evidence == "rule zhe-durative-word"
