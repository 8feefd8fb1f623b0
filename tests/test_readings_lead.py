"""Readings for the kinds the lead's own texts showed (dev set 11): a surname after 姓, modal
得 before a manner word, 地 after a repeated phrase that jieba glues to the verb after it."""

from __future__ import annotations

import gzip

import opencc
import pytest

from edition.readings.engine import default_engine, lookup_copy
from edition.readings.lexicon import _cedict_path
from edition.readings.rules import SURNAMES

S2T = opencc.OpenCC("s2t")


@pytest.fixture(scope="session")
def engine():
    return default_engine()


def both_scripts(engine, text: str, char: str, nth: int = 0) -> set[str]:
    """The readings of the ``nth`` ``char`` of Simplified ``text`` and of its Traditional copy."""
    idx = [i for i, c in enumerate(text) if c == char][nth]
    trad = S2T.convert(text)
    assert len(trad) == len(text)
    return {engine.read(lookup_copy(t))[idx].syllable for t in (text, trad)}


def test_every_surname_reading_is_a_cedict_surname():
    path = _cedict_path()
    if path is None:
        pytest.skip("CC-CEDICT data not installed")
    surnames: dict[str, set[str]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            head, _, glosses = line.partition("/")
            _trad, simp, rest = head.split(" ", 2)
            if len(simp) == 1 and "surname" in glosses:
                pinyin = rest[rest.index("[") + 1 : rest.index("]")].lower()
                surnames.setdefault(simp, set()).add(pinyin.replace("u:", "v"))
    wrong = {c: r for c, r in SURNAMES.items() if r not in surnames.get(c, set())}
    assert wrong == {}


@pytest.mark.parametrize(
    ("text", "char", "want"),
    [
        ("店里有一位姓单的大哥。", "单", "shan4"),
        ("我们的数学老师姓解，人很和气。", "解", "xie4"),
        ("那个姓仇的商人早就搬走了。", "仇", "qiu2"),
        ("新来的邻居姓区，是广东人。", "区", "ou1"),
        ("他姓朴，从韩国来。", "朴", "piao2"),
    ],
)
def test_surname_after_xing(engine, text, char, want):
    assert both_scripts(engine, text, char) == {want}


@pytest.mark.parametrize(
    ("text", "char", "want"),
    [
        ("这张单子你拿好。", "单", "dan1"),  # not after 姓
        ("这道题我解不出来。", "解", "jie3"),
        ("他们两家结了仇。", "仇", "chou2"),
    ],
)
def test_the_same_characters_elsewhere(engine, text, char, want):
    assert both_scripts(engine, text, char) == {want}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("老祖宗传下来的规矩，就得这么办。", "dei3"),
        ("这件事还得那样处理才行。", "dei3"),
        ("你也得这样想想别人。", "dei3"),
        ("他跑得这么快，谁追得上？", "de5"),  # a complement after a verb
        ("她就得了这么一个奖。", "de2"),  # 'obtain', followed by 了
    ],
)
def test_modal_dei_before_a_manner_word(engine, text, want):
    assert both_scripts(engine, text, "得") == {want}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("爷爷一步一步地陪我练习。", "de5"),
        ("灯一盏接一盏地陪着我们回家。", "de5"),
        ("妈妈一遍一遍地陪他念课文。", "de5"),
        ("旅行社给我们派了一个地陪。", "di4"),  # the word 'local guide'
        ("他是本地陪同人员。", "di4"),
    ],
)
def test_de_after_a_repeated_phrase(engine, text, want):
    assert both_scripts(engine, text, "地") == {want}


@pytest.mark.parametrize(
    ("text", "char", "want"),
    [
        ("明天单老师带我们去春游。", "单", "shan4"),
        ("华先生是一位数学家。", "华", "hua4"),
        ("楼下的仇阿姨养了一只猫。", "仇", "qiu2"),
        ("这张单子请你签个字。", "单", "dan1"),  # no title after it
        ("他们成了仇人。", "仇", "chou2"),
    ],
)
def test_surname_before_a_title(engine, text, char, want):
    assert both_scripts(engine, text, char) == {want}
