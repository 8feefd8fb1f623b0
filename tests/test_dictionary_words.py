"""Dictionary words jieba's dictionary lacks: joined from single characters only where the cut
would misread them and nothing says the characters are apart (ReadingEngine._dictionary_words)."""

from __future__ import annotations

import opencc
import pytest

from edition.readings.engine import default_engine, lookup_copy

S2T = opencc.OpenCC("s2t")


@pytest.fixture(scope="module")
def engine():
    return default_engine()


def both_scripts(text: str) -> list[str]:
    trad = S2T.convert(text)
    assert len(trad) == len(text)
    assert trad != text
    return [text, trad]


def cut_and_reading(engine, text: str, at: int) -> tuple[list[str], str]:
    """The words (Simplified) the engine reads ``text`` as, and the reading at offset ``at``."""
    lookup = lookup_copy(text)
    _, words = engine.words(lookup)
    reading = engine.read(lookup)[at]
    assert reading is not None
    return [w.text for w in words], reading.syllable


@pytest.mark.parametrize(
    ("text", "word", "char", "expected"),
    [
        ("我的电脑昨天又当机了。", "当机", "当", "dang4"),  # 'crash', not dāng 'serve as'
        ("老板让我背锅。", "背锅", "背", "bei1"),  # 'take the blame', carried: bēi
        ("周末我想补觉。", "补觉", "觉", "jiao4"),  # 'catch up on sleep': jiào, not jué
        ("我有点晕血。", "晕血", "晕", "yun4"),  # 'faint at blood': yùn
        # after a verb, 中 is no locative closing a noun phrase: 抽|中签 zhòng 'win the draw'
        ("他抽中签的那天，全家都高兴坏了。", "中签", "中", "zhong4"),
    ],
)
def test_a_dictionary_word_jieba_lacks_is_read_as_one(engine, text, word, char, expected):
    for t in both_scripts(text):
        words, got = cut_and_reading(engine, t, text.index(char))
        assert word in words, t
        assert got == expected, t


@pytest.mark.parametrize(
    ("text", "apart", "char", "expected"),
    [
        # 都 is an adverb: 阿伯|都 'even the old man', not the name 伯都 Bódū
        ("连隔壁的阿伯都闻到了香味。", ["伯", "都"], "都", "dou1"),
        # 内 closes 五分钟内 'within five minutes': 传 is the verb, not 内传 nèizhuàn
        ("简讯会在五分钟内传到您的手机。", ["内", "传"], "传", "chuan2"),
        # 中 closes 会议中 'in the meeting': not 中的 zhòngdì 'hit the target'
        ("会议中的发言要简短。", ["中", "的"], "中", "zhong1"),
        # 好 'so' (a rule reads it, and both characters are too common apart for 好强 hàoqiáng)
        ("今天的风好强，我们回家吧。", ["好", "强"], "好", "hao3"),
        # after a verb, 起 is its complement: 转|起|圈|来, not 起圈 qǐjuàn 'clean a pigsty'
        ("小狗绕着桌子转起圈来。", ["起", "圈"], "转", "zhuan4"),
    ],
)
def test_characters_apart_for_a_reason_stay_apart(engine, text, apart, char, expected):
    for t in both_scripts(text):
        words, got = cut_and_reading(engine, t, text.index(char))
        at = words.index(apart[0])
        assert words[at : at + len(apart)] == apart, t
        assert got == expected, t


def test_a_word_jieba_knows_is_left_to_jieba(engine):
    # 当机立断 is jieba's word: 当 dāng 'on the spot', never re-cut as 当机 dàngjī
    for t in both_scripts("他在外面当机立断，马上报了警。"):
        words, got = cut_and_reading(engine, t, 4)
        assert "当机立断" in words, t
        assert got == "dang1", t
