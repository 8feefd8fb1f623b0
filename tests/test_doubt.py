"""The doubt score's evidence: a thin rule the model disputes, and the review table's words."""

from __future__ import annotations

from dataclasses import replace

import pytest

from edition.model import Reading
from edition.readings.doubt import features, in_text, in_text_doubts, reasons, score, thin
from edition.readings.engine import Detail, default_engine
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


def _worded(syllable: str, ranked: tuple[tuple[str, float], ...], **kw) -> Detail:
    return Detail(
        Reading(syllable, "phrase"),
        phrase=syllable,
        word=kw.pop("word", "着手"),
        evidence="word",
        polyphonic=True,
        ranked=ranked,
        **kw,
    )


def test_a_dictionary_word_the_model_reads_otherwise_raises_the_doubt():
    # 拍着手 cut 拍|着手: the word says zhuó, the model aspect zhe
    disputed = features(_worded("zhuo2", (("zhe5", 0.9), ("zhuo2", 0.1))), None, 0)
    agreed = features(_worded("zhuo2", (("zhuo2", 0.9), ("zhe5", 0.1))), None, 0)
    assert (disputed["word_disputed"], agreed["word_disputed"]) == (1.0, 0.0)
    assert score(disputed) > score(agreed)
    assert "the model reads the dictionary word otherwise" in reasons(disputed)


def test_a_neutral_tone_is_no_dispute_with_the_models_full_tone():
    # 东西 xi5 'thing': the model hardly knows neutral tones and says xi1
    f = features(_worded("xi5", (("xi1", 0.95), ("xi3", 0.05)), word="东西"), None, 0)
    assert f["word_disputed"] == 0.0


def test_a_rare_word_of_two_characters_is_doubted_more_than_a_common_one():
    rare = features(_worded("zhuo2", (("zhuo2", 1.0),)), None, 0, word_count=0)
    common = features(_worded("zhuo2", (("zhuo2", 1.0),)), None, 0, word_count=10**6)
    assert (rare["rare_word"], common["rare_word"]) == (1.0, 0.0)
    assert score(rare) > score(common)
    assert "an uncommon word of two characters" in reasons(rare)
    # a word jieba counts 10,000 times (清楚) adds to the doubt but is not called uncommon
    everyday = features(_worded("chu3", (("chu3", 1.0),), word="清楚"), None, 0, word_count=10**4)
    assert "an uncommon word of two characters" not in reasons(everyday)
    three = _worded("zhong4", (("zhong4", 1.0),), word="自行车")
    assert "rare_word" not in features(three, None, 0, word_count=0)


def test_the_engine_marks_a_particle_opening_a_word_after_a_verb():
    from edition.readings.engine import default_engine

    engine = default_engine()
    after_verb = engine.details("我去买得到的东西。")[3]  # 买|得到: 得 may close 买
    assert after_verb.loose
    after_pronoun = engine.details("我们着手准备吧。")[2]  # 我们|着手: nothing to close
    assert not after_pronoun.loose
    loose = features(_worded("de2", (("de2", 1.0),), word="得到", loose=True), None, 0)
    tight = features(_worded("de2", (("de2", 1.0),), word="得到"), None, 0)
    assert score(loose) > score(tight)
    assert reasons(loose) == [
        "a particle opening a word right after a verb may close the verb instead"
    ]


def test_a_neutral_tone_the_lexicon_prints_in_full_is_scored_and_listed_with_its_reason():
    from edition.readings.engine import default_engine
    from edition.readings.proof import review_rows

    engine = default_engine()
    text = "卖菜的吆喝声和豆腐。他们买了东西。"
    details = engine.details(text)
    he, fu, xi = details[4], details[8], details[15]
    # CC-CEDICT prints 吆喝 yāohe, 豆腐 dòufu; the lexicon's light policy gives the full tone
    assert (he.reading.syllable, he.light) == ("he1", True)
    assert (fu.reading.syllable, fu.light, fu.polyphonic) == ("fu3", True, False)
    assert fu.doubt > 0  # scored although 腐 has one reading
    assert not xi.light  # 东西 dōngxi: the lexicon keeps the neutral tone
    assert "the dictionaries differ on its neutral tone" in reasons(engine.doubt_features("腐", fu))
    # in a text with room on its list (45 Han characters and more), 腐 is listed with its reason
    text += "我们今天下午去公园里散步。" * 4
    rows = {r.offset: r for r in review_rows(text, text, engine.read(text), engine=engine)}
    assert "guess" in rows[8].flags
    assert rows[8].evidence == (
        "the dictionary word 豆腐; listed: the dictionaries differ on its neutral tone"
    )


def test_a_texts_list_takes_the_most_doubtful_within_its_budget():
    from edition.readings.doubt import FLOOR, SHARE, THRESHOLD, cut

    assert SHARE == 4.8
    # 200 Han characters: room for 9 readings; two guesses take two of them
    doubts = [0.5, 0.03, 0.03, 0.025, 0.02, 0.02, 0.019, 0.018, 0.017, 0.016, 0.015, 0.001]
    assert cut(doubts, 200, floor=0.01) == 0.017  # the ninth highest
    assert cut(doubts, 200, floor=0.02) == 0.02  # ...not below the floor
    assert FLOOR == 0.015
    assert cut(doubts, 200, guessed=2, floor=0.01) == 0.019  # the seventh highest
    # a tie at the edge that would overflow is left out: the next doubt above it (9 places,
    # 5 readings at 0.9 and 10 tied at 0.02 that cannot all have the 4 left)
    assert cut([0.9] * 5 + [0.02] * 10, 200) == 0.9
    assert cut([0.03, 0.02, 0.02, 0.02], 60) == 0.03  # room for 2
    # ...unless the threshold itself doubts it: the same doubtful word, repeated
    assert cut([0.2, 0.2, 0.1], 30) == 0.2  # room for 1
    # a reading above the threshold waits its turn like any other
    assert cut([0.9, 0.5, 0.4, 0.3], 42) == 0.5  # room for 2
    # room to spare: down to FLOOR, never below
    assert cut([0.5, 0.005], 1000) == FLOOR
    # a line or two has no room for one reading: the threshold decides
    assert cut([0.5, 0.02], 20) == THRESHOLD
    # guesses filling the room leave only the readings scored 1
    assert cut([1.0, 0.5], 100, guessed=4) == 1.0


def test_a_classical_texts_list_takes_its_own_share():
    from edition.readings.doubt import CLASSICAL_SHARE, cut

    assert CLASSICAL_SHARE == 4.9
    doubts = [0.5 - i / 1000 for i in range(100)]
    # 1,000 Han characters: room for 48 readings in modern prose, 49 in classical prose, and
    # each register's share of its own characters in a text of both (600 modern, 400 classical:
    # 28.8 + 19.6)
    assert cut(doubts, 1000) == doubts[47]
    assert cut(doubts, 1000, classical=1000) == doubts[48]
    assert cut(doubts, 1000, classical=400) == doubts[47]
    assert cut(doubts, 2000, classical=1000) == doubts[96]  # 48 + 49


def test_the_proof_list_of_classical_sentences_takes_the_classical_share():
    from edition.readings.engine import text_cut

    doubts = [0.5 - i / 10_000 for i in range(1000)]

    def text(classical: int) -> list[Detail | None]:
        return [
            Detail(Reading("ni3", "model"), doubt=x, scored=True, classical=i < classical)
            for i, x in enumerate(doubts)
        ] + [None]  # a full stop

    assert text_cut(text(0)) == doubts[47]  # 48 places in 1,000 characters of modern prose
    assert text_cut(text(1000)) == doubts[48]  # 49 in classical prose
    assert text_cut(text(500)) == doubts[47]  # 24 + 24.5


def _modelled(ranked: tuple[tuple[str, float], ...]) -> Detail:
    return Detail(
        Reading(ranked[0][0], "model"),
        model=ranked[0][0],
        confidence=ranked[0][1],
        evidence="model",
        polyphonic=True,
        ranked=ranked,
    )


def test_a_character_of_three_readings_the_model_decided_is_doubted_more():
    # 着 zhe/zháo/zhuó against 结 jiē/jié, the model as sure of each
    three = features(_modelled((("zhe5", 0.999), ("zhao2", 1e-3), ("zhuo2", 1e-6))), 10**4, 0)
    two = features(_modelled((("jie2", 0.999), ("jie1", 1e-3))), 10**4, 0)
    assert (three["many"], two["many"]) == (1.0, 0.0)
    assert score(three) > score(two)
    assert "a character with three readings or more" in reasons(three)
    assert "a character with three readings or more" not in reasons(two)


def _ruled_by(ranked: tuple[tuple[str, float], ...], syllable: str = "de2") -> Detail:
    return Detail(
        Reading(syllable, "rule"),
        evidence="rule x-test",
        polyphonic=True,
        ranked=ranked,
        rule_id="x-test",
    )


def test_a_rule_where_the_model_is_torn_is_doubted_more():
    # 医生说您得多休息: de-obtain decided dé; a model torn between two readings is evidence
    torn = features(_ruled_by((("de2", 0.6), ("de5", 0.4))), None, 2)
    sure = features(_ruled_by((("de2", 1.0), ("de5", 1e-10))), None, 2)
    assert torn["rule_margin"] > 0.9
    assert sure["rule_margin"] == 0.0
    assert score(torn) > score(sure)
    said = "the model is torn between two readings where a rule decided"
    assert said in reasons(torn)
    assert said not in reasons(sure)


def test_how_surely_the_model_reads_a_rules_character_otherwise_is_graded():
    from edition.readings.doubt import against

    assert (against(0.9), against(0.5), against(1e-4), against(1e-9)) == (0.0, 0.0, 0.5, 1.0)
    # 背上那口剑: bei-carry decided bēi, the model gives it 5e-10
    sure_against = features(_ruled_by((("bei4", 1.0), ("bei1", 5e-10)), "bei1"), None, 2)
    barely = features(_ruled_by((("bei4", 0.6), ("bei1", 0.4)), "bei1"), None, 2)
    agreed = features(_ruled_by((("bei1", 1.0), ("bei4", 5e-10)), "bei1"), None, 2)
    assert (sure_against["rule_against"], agreed["rule_against"]) == (1.0, 0.0)
    assert score(sure_against) > score(barely) > score(agreed)
    said = "the model reads the rule's character otherwise"
    assert said in reasons(sure_against)
    assert said not in reasons(agreed)


def test_a_word_the_model_surely_reads_otherwise_is_doubted_more_and_said_once():
    # 一晃 huǎng in 一晃一晃的, where the model gives huàng 1 - 2e-5
    sure = features(_worded("huang3", (("huang4", 1.0), ("huang3", 2e-5)), word="一晃"), None, 0)
    barely = features(_worded("huang3", (("huang4", 0.6), ("huang3", 0.4)), word="一晃"), None, 0)
    assert sure["word_against"] > 0.5
    assert barely["word_against"] < 0.1
    assert score(sure) > score(barely)
    # the dispute in one step (word_disputed) and graded (word_against) is one reason
    assert reasons(sure).count("the model reads the dictionary word otherwise") == 1
    # a neutral tone the model gives in full is no dispute (东西 xi5 against its xi1)
    light = features(_worded("xi5", (("xi1", 0.95), ("xi3", 0.05)), word="东西"), None, 0)
    assert light["word_against"] == 0.0


def test_nothing_below_the_floor_is_listed_however_much_room():
    from edition.readings.doubt import FLOOR, THRESHOLD, cut

    # 1,000 Han characters have room for 48 readings; ten just under the floor take none
    assert cut([FLOOR - 0.001] * 10, 1000) == FLOOR
    assert cut([FLOOR + 0.001] * 10, 1000) == FLOOR  # above it they are all listed
    # a text too short for a budget lists what reaches the threshold, never below the floor
    assert cut([0.5], 20) == max(THRESHOLD, FLOOR)
    assert cut([0.5], 20, floor=0.6) == 0.6


def _read_by_model(syllable: str, p: float = 0.99) -> Detail:
    return Detail(
        Reading(syllable, "model"),
        evidence=f"model {p:.3f}",
        polyphonic=True,
        ranked=((syllable, p), ("x1", 1.0 - p)),
        doubt=0.05,
    )


def test_a_reading_the_text_gives_again_and_again_is_doubted_less():
    # a cookery text: 和 read huó in every line of it, and once in another text
    text = "和面" * 40
    often = [_read_by_model("huo2") if ch == "和" else None for ch in text]
    said = in_text(text, often)
    assert said[0] == {"repeat": 1.0, "mixed": 0.0}  # 40 times: past REPEAT_ORDERS' ~32
    assert said[1] == {}
    once = in_text("和面", often[:2])
    assert once[0] == {"repeat": 0.0, "mixed": 0.0}
    assert in_text_doubts(text, often)[0].doubt < 0.01
    assert in_text_doubts("和面", often[:2])[0].doubt == pytest.approx(0.05)


def test_a_character_the_text_reads_two_ways_is_doubted_more_and_said():
    text = "和面和他"
    row = [_read_by_model("huo2"), None, _read_by_model("he2"), None]
    said = in_text(text, row)
    assert (said[0]["mixed"], said[2]["mixed"]) == (1.0, 1.0)
    same = [_read_by_model("he2"), None, _read_by_model("he2"), None]
    assert in_text("和面和他", same)[0]["mixed"] == 0.0
    assert in_text_doubts(text, row)[0].doubt > 0.05
    assert "the text reads the character another way elsewhere" in reasons(
        {**features(row[0], 10**6, 0), **said[0]}
    )


def test_the_engine_weighs_the_whole_text_and_leaves_sure_doubts_alone():
    engine = default_engine()
    alone = engine.details("他和我去。")
    many = engine.details("他和我去。" * 40)
    assert 0.0 < many[1].doubt < alone[1].doubt  # 和 hé forty times over
    sure = replace(_read_by_model("huo2"), doubt=1.0)  # always listed, however often
    assert in_text_doubts("和面" * 40, [sure, None] * 40)[0].doubt == 1.0


def test_the_review_table_says_a_character_is_read_two_ways_in_the_text():
    from edition.readings.proof import review_rows

    # 用手和 is huó (knead) like 和面 and 和好的面, which rules read: the model says hé, so
    # the text reads 和 two ways and the table lists each of them, saying so
    text = "奶奶说，包饺子要先和面。她用手和。和好的面盖上湿布。" + "我们今天很高兴。" * 10
    rows = review_rows(text, text, default_engine().read(text), guesses_only=True)
    listed = {r.shown: r.evidence for r in rows if r.char == "和"}
    assert set(listed) == {"1:10", "1:16", "1:18"}
    assert all("the text reads the character another way elsewhere" in e for e in listed.values())


def test_a_character_the_model_has_no_classes_for_is_scored_not_always_listed():
    from edition.readings.doubt import FLOOR

    engine = default_engine()
    text = "我们赶紧把他扶起来。"
    details = engine.details(text)
    ta, lai = details[5], details[8]
    # 他 (tā; pypinyin also tuō) and 起来's neutral lai5 (CC-CEDICT: 来 lái): outside the
    # model's classes, they were never scored; the score now decides, and finds them sure
    assert (ta.reading.origin, ta.polyphonic, ta.scored) == ("char", False, True)
    assert (lai.reading.syllable, lai.polyphonic, lai.scored) == ("lai5", False, True)
    assert 0.0 < ta.doubt < FLOOR
    assert 0.0 < lai.doubt < FLOOR
    f = engine.doubt_features("他", ta)
    assert f["unmodelled"] == 1.0
    assert "sure_doubt" not in f
    # a character the model covers, read by its first reading alone, is still listed always
    first = Detail(Reading("xing2", "char"), polyphonic=True, evidence="first")
    assert score(features(first, None, 0)) == 1.0


def test_a_character_every_dictionary_reads_one_way_is_neither_scored_nor_listed():
    from edition.readings.proof import review_rows

    engine = default_engine()
    text = "我们在湖边散步。" * 8
    details = engine.details(text)
    for k in (0, 3, 6):  # 我 wǒ, 湖 hú, 步 bù: one reading in pypinyin and CC-CEDICT
        assert not engine.could_differ(text[k])
        assert (details[k].scored, details[k].doubt) == (False, 0.0)
    rows = review_rows(text, text, engine.read(text), engine=engine)
    assert not {r.offset % 8 for r in rows} & {0, 3, 6}


def test_a_dictionary_word_the_cut_did_not_take_crosses_a_reading_it_disputes():
    engine = default_engine()
    # 找|着 read as aspect zhe where the lexicon's 找着 'find' reads zháo
    assert engine._crossed("半天都没找着。", 5, "zhe5") == "找着"
    assert engine._crossed("半天都没找着。", 5, "zhao2") == ""  # the word agrees
    # a neutral tone of the same syllable is no other reading (东西 dōngxi against xī)
    assert engine._crossed("去买东西。", 3, "xi1") == ""


def test_a_model_or_rule_reading_a_word_around_it_disputes_is_doubted_more_and_said():
    crossed = replace(_ruled(0.9), crossed="找着")
    f, plain = features(crossed, None, 2), features(_ruled(0.9), None, 2)
    assert (f["rule_crossed"], plain["rule_crossed"]) == (1.0, 0.0)
    assert score(f) > score(plain)
    model = Detail(Reading("he2", "model"), polyphonic=True, ranked=(("he2", 0.99), ("huo2", 0.01)))
    f, plain = features(replace(model, crossed="和面"), 10**5, 0), features(model, 10**5, 0)
    assert (f["model_crossed"], plain["model_crossed"]) == (1.0, 0.0)
    assert score(f) > 4 * score(plain)
    assert "a dictionary word around it reads it otherwise" in reasons(f)
    assert "a dictionary word around it reads it otherwise" not in reasons(plain)


def test_the_review_table_names_the_word_that_crosses_a_reading():
    from edition.readings.proof import named

    said = "a dictionary word around it reads it otherwise"
    d = replace(_ruled(0.9), crossed="找着")
    assert named([said, "the text reads the character another way elsewhere"], d) == [
        "the dictionary word 找着 reads it otherwise",
        "the text reads the character another way elsewhere",
    ]
    assert named([said], _ruled(0.9)) == [said]


def test_a_homograph_word_or_erhua_does_not_cross_a_reading():
    engine = default_engine()
    # 背着 is bēizhe or bèizhe: either reading of 背 agrees with a word of its readings
    assert engine._crossed("他背着书包。", 1, "bei1") == ""
    assert engine._crossed("他背着书包。", 1, "bei4") == ""
    assert engine._crossed("等一会儿。", 3, "r") == ""  # 会儿 huìer5: erhua is the same syllable


def test_a_classical_line_a_rule_or_the_model_decided_is_doubted_more_and_said():
    modern = _ruled(0.9)
    f, plain = features(replace(modern, classical=True), None, 2), features(modern, None, 2)
    assert (f["classical_rule"], plain["classical_rule"]) == (1.0, 0.0)
    assert score(f) > 4 * score(plain)
    assert "a classical line a grammar rule decided" in reasons(f)
    assert "a classical line a grammar rule decided" not in reasons(plain)
    model = Detail(Reading("yu3", "model"), polyphonic=True, ranked=(("yu3", 0.99), ("yu2", 0.01)))
    f, plain = features(replace(model, classical=True), 10**4, 0), features(model, 10**4, 0)
    assert (f["classical_model"], plain["classical_model"]) == (1.0, 0.0)
    assert score(f) > score(plain)
    # a dictionary word's reading is not the model's or a rule's: no register evidence
    word = Detail(Reading("gu3", "phrase"), word="古文", polyphonic=True, classical=True)
    assert not features(word, None, 0).get("classical_model")


def test_the_engine_marks_the_readings_of_a_classical_sentence():
    engine = default_engine()
    line = "予独爱莲之出淤泥而不染。"
    classical = engine.details(line, register="classical")
    modern = engine.details(line, register="modern")
    assert all(d.classical for d in classical if d is not None)
    assert not any(d.classical for d in modern if d is not None)


def test_a_rule_a_rival_rule_nearly_beat_is_doubted_more_and_said():
    near, plain = replace(_ruled(0.9), near_rule=True), _ruled(0.9)
    f, g = features(near, None, 2), features(plain, None, 2)
    assert (f["rule_near"], g["rule_near"]) == (1.0, 0.0)
    assert score(f) > score(g)
    assert "a rule of another reading missed by one condition" in reasons(f)
    # only a rule's reading: a word's is decided by the dictionary, not against rules
    word = Detail(Reading("de2", "phrase"), word="得到", polyphonic=True, near_rule=True)
    assert not features(word, None, 0).get("rule_near")


def test_the_engine_marks_a_rule_a_rule_of_another_reading_nearly_beat():
    engine = default_engine()
    # 我们得走了: the modal rule decided; the rule of 有得吃 de had its verb after, not its 有
    d = engine.details("我们得走了。")[2]
    assert d.rule_id
    assert d.near_rule
    # 她高兴地笑了: no rule of another reading of 地 came that near
    d = engine.details("她高兴地笑了。")[3]
    assert d.rule_id
    assert not d.near_rule


def test_a_classical_line_reading_a_character_otherwise_than_its_literary_sense_is_doubted():
    # 将 in a classical line read jiāng, where CC-CEDICT gives jiàng a sense of classical Chinese
    model = Detail(
        Reading("jiang1", "model"), polyphonic=True, ranked=(("jiang1", 0.98), ("jiang4", 0.02))
    )
    old = features(replace(model, classical=True), 10**4, 0, literary=("jiang4",))
    assert old["classical_rival"] == 1.0
    assert score(old) > score(features(replace(model, classical=True), 10**4, 0))
    assert "a classical line where the character has a literary reading" in reasons(old)
    # the literary reading itself, or the same character in a modern line: no such evidence
    read_so = replace(model, classical=True, reading=Reading("jiang4", "model"))
    assert not features(read_so, 10**4, 0, literary=("jiang4",))["classical_rival"]
    assert not features(model, 10**4, 0, literary=("jiang4",))["classical_rival"]


def test_the_lexicon_keeps_the_readings_cc_cedict_marks_as_classical(tmp_path):
    import gzip

    from edition.readings.lexicon import read_cedict

    path = tmp_path / "cedict.txt.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("汝 汝 [ru3] /(archaic) thou/\n")  # marked: kept
        fh.write("汝 汝 [ru2] /a made-up modern sense/\n")  # not marked: left out
        fh.write("尔 尔 [er3] /archaic variant of 你[ni3]/\n")
        fh.write("猫 猫 [mao1] /cat/\n")
    got = read_cedict(path).literary
    assert got == {"汝": ("ru3",), "尔": ("er3",)}


def test_an_aspect_zhe_closing_its_clause_is_doubted_more_and_said():
    aspect = Detail(
        Reading("zhe5", "rule"),
        polyphonic=True,
        ranked=(("zhe5", 0.9), ("zhao2", 0.1)),
        rule_id="x-test",
    )
    end, inside = replace(aspect, ends_clause=True), aspect
    f, g = features(end, 10**5, 3), features(inside, 10**5, 3)
    assert (f["zhe_end"], g["zhe_end"]) == (1.0, 0.0)
    assert score(f) > score(g)
    assert "an aspect 着 closing its clause may be the complement zháo" in reasons(f)
    # another particle closing its clause (了 le, 过 guo) is not this evidence
    guo = replace(end, reading=Reading("guo5", "rule"), ranked=(("guo5", 0.9), ("guo4", 0.1)))
    assert not features(guo, 10**5, 2)["zhe_end"]


def test_the_engine_marks_a_character_closing_its_clause_in_either_script():
    engine = default_engine()
    # 门口等着。 and 等着了: nothing of the clause follows 着; 等着他: its object does
    for text, i, ends in (("我在门口等着。", 5, True), ("我在门口等着他。", 5, False)):
        d = engine.details(text)[i]
        assert (d.rule_id, d.ends_clause) == ("zhe-aspect", ends)
    # a Traditional 著 the engine read as 着 weighs as 着 does (the rules give 著 none)
    for text in ("他一直看着。", "他一直看著。"):
        d = engine.details(text)[4]
        f = engine.doubt_features(text[4], d)
        assert f["zhe_end"] == 1.0
        assert f["rule_three"] == 1.0


def test_a_text_of_talk_is_measured_by_its_particles_and_pronouns_of_speech():
    from edition.readings.doubt import talk

    # 吧 呢 啊 咱: four in 19 Han characters, far past TALK_RATE per thousand
    assert talk("咱们今天就吃豆腐吧？好吃呢！快来啊，别等了。") == 1.0
    assert talk("本店出售豆腐与豆浆，价格公道，欢迎选购。") == 0.0
    assert talk("") == 0.0
    # one particle in 250 Han characters: 4 per thousand, half of TALK_RATE's 8
    assert talk("好吧" + "我" * 248) == pytest.approx(0.5)


def test_a_light_syllable_in_a_text_of_talk_is_doubted_more_and_said():
    engine = default_engine()
    spoken = "咱们今天就吃豆腐吧？好吃呢！快来啊，别等了。"
    written = "本店出售豆腐与豆浆，价格公道，欢迎选购。"
    said, plain = in_text(spoken, engine.details(spoken)), in_text(written, engine.details(written))
    fu_spoken, fu_written = spoken.index("腐"), written.index("腐")
    assert said[fu_spoken]["light_talk"] == 1.0  # 豆腐 dòufu, the lexicon's fǔ
    assert "light_talk" not in plain[fu_written]
    # a scored reading that is not light gets nothing from the talk (好吃 hǎo)
    assert said[spoken.index("好")] == {"repeat": 0.0, "mixed": 0.0}
    assert engine.details(spoken)[fu_spoken].doubt > engine.details(written)[fu_written].doubt
    f = {**engine.doubt_features("腐", engine.details(spoken)[fu_spoken]), **said[fu_spoken]}
    assert "a text of talk where the neutral tone is spoken" in reasons(f)


def test_a_traditional_form_the_lookup_copy_kept_and_read_by_its_first_reading_is_listed():
    from edition.readings.doubt import kept_form
    from edition.text.script import lookup_copy

    engine = default_engine()
    # OpenCC's phrase 魏徵 keeps 徵 (征 alone), which no Simplified word reads: the engine
    # falls back on its first reading, zhǐ of the musical note, with nothing to support it
    source = "魏徵是唐朝的名臣。"
    look = lookup_copy(source)
    assert look[1] == "徵"
    assert kept_form("徵")
    d = engine.details(look)[1]
    assert (d.reading.origin, d.polyphonic) == ("char", False)
    assert engine.doubt_features(look[1], d) == {"sure_doubt": 1.0}
    assert d.doubt == 1.0
    # the Simplified twin writes 征, a form of its own, read by the word 魏征
    twin = engine.details("魏征是唐朝的名臣。")[1]
    assert not kept_form("征")
    assert twin.doubt < 1.0


def test_a_kept_traditional_form_a_dictionary_word_reads_is_scored_as_any_word():
    from edition.readings.doubt import kept_form
    from edition.text.script import lookup_copy

    engine = default_engine()
    look = lookup_copy("這是乾隆年間的瓷器。")
    assert look[2] == "乾"  # t2s keeps the 乾 of 乾隆; alone it is 干
    assert kept_form("乾")
    d = engine.details(look)[2]
    assert (d.reading.syllable, d.reading.origin) == ("qian2", "phrase")
    assert "sure_doubt" not in engine.doubt_features(look[2], d)
    assert d.doubt < 0.5
