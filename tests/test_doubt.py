"""The doubt score's evidence: a thin rule the model disputes, and the review table's words."""

from __future__ import annotations

from edition.model import Reading
from edition.readings.doubt import features, reasons, score, thin
from edition.readings.engine import Detail
from edition.readings.grammar import Rule
from edition.readings.proof import decided


def _rule(**patterns: str) -> Rule:
    return Rule("x-test", "过", "guo5", "aspect", "来【过】。", "【过】去。", **patterns)


def test_a_rule_on_one_word_class_alone_is_thin():
    assert thin(_rule(before="VERB ADJ"))
    assert thin(_rule(after="END PARTICLE"))


def test_a_rule_naming_words_or_with_a_second_condition_is_not_thin():
    assert not thin(_rule(before="VERB 来"))  # a literal word is evidence of its own
    assert not thin(_rule(before="VERB", not_after="了"))
    assert not thin(_rule(before="VERB", after="NOUN"))
    word_rule = Rule("x-word", "过", "guo4 qu4", "verb", "【过去】了", "过", word="过去")
    assert not thin(word_rule)


def _ruled(p_rule: float) -> Detail:
    return Detail(
        Reading("guo5", "rule"),
        evidence="rule x-test",
        polyphonic=True,
        ranked=(("guo4", 1.0 - p_rule), ("guo5", p_rule)),
        rule_id="x-test",
    )


def test_a_thin_rule_the_model_is_sure_against_raises_the_doubt():
    # 重新来过。'start over': the model gives aspect guo5 1.5e-4
    disputed = features(_ruled(1.5e-4), None, 2, thin_rule=True)
    assert disputed["thin_disputed"] == 1.0
    agreed = features(_ruled(0.9), None, 2, thin_rule=True)
    assert agreed["thin_disputed"] == 0.0
    assert score(disputed) > score(agreed)
    assert "a rule that looks at one neighbour's word class against a sure model" in reasons(
        disputed
    )


def test_a_rule_with_evidence_of_its_own_is_not_doubted_for_the_models_dispute():
    f = features(_ruled(1.5e-4), None, 2, thin_rule=False)
    assert f["thin_disputed"] == 0.0
    assert score(f) < score(features(_ruled(1.5e-4), None, 2, thin_rule=True))


def test_the_review_table_says_what_decided_in_words():
    word = Detail(Reading("hang2", "phrase"), word="银行", evidence="word 银行, a homograph")
    assert decided(word) == "the dictionary word 银行, a homograph"
    model = Detail(
        Reading("tiao3", "model"), model="tiao3", confidence=0.992, evidence="model 0.992"
    )
    assert decided(model) == "the context model gives tiǎo probability 0.992"
    over = Detail(
        Reading("chong2", "model"),
        word="重量",
        model="chong2",
        confidence=0.995,
        evidence="model 0.995 over word 重量",
    )
    assert decided(over) == (
        "the context model gives chóng probability 0.995 over the dictionary word 重量"
    )
    rule = Detail(Reading("le5", "rule"), evidence="rule le-particle", rule_id="le-particle")
    assert decided(rule) == "grammar rule le-particle: aspect and sentence particle after a word"
    first = Detail(Reading("xing2", "char"), evidence="the character's first reading")
    assert decided(first) == "the character's first reading"


def test_a_far_runner_up_is_not_said_to_be_close():
    from edition.readings.doubt import margin

    near = {"model": 1.0, "margin": margin((("he2", 1.0), ("huo2", 1e-3)))}
    far = {"model": 1.0, "margin": margin((("he2", 1.0), ("huo2", 1e-7)))}
    assert reasons(near) == ["the model's runner-up is close"]
    assert reasons(far) == []
