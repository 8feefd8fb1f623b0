"""Neutral tones: as the dictionary has them, or full tones restored (the 'neutral' option)."""

from __future__ import annotations

import pytest

from edition.model import Reading
from edition.readings.engine import pinyin_command
from edition.readings.neutral import apply_neutral, full_tone


@pytest.mark.parametrize(
    ("char", "neutral", "full"),
    [
        ("子", "zi5", "zi3"),
        ("西", "xi5", "xi1"),
        ("方", "fang5", "fang1"),
        ("过", "guo5", "guo4"),
        ("个", "ge5", "ge4"),
        ("的", "de5", "de5"),  # no full tone spelt de
        ("了", "le5", "le5"),
        ("着", "zhe5", "zhe5"),
        ("吗", "ma5", "ma5"),  # 吗啡's mǎ is another word
        ("们", "men5", "men5"),
        ("东", "dong1", "dong1"),
    ],
)
def test_full_tone(char, neutral, full):
    assert full_tone(char, neutral) == full


def test_apply_neutral_keeps_the_editors_readings():
    readings = [Reading("dong1"), Reading("xi5"), Reading("zi5", "override"), None]
    assert apply_neutral("东西子。", readings, "dictionary") == readings
    assert apply_neutral("东西子。", readings, "full") == [
        Reading("dong1"),
        Reading("xi1"),
        Reading("zi5", "override"),
        None,
    ]
    with pytest.raises(ValueError, match="unknown neutral mode 'light'"):
        apply_neutral("东", readings[:1], "light")


def test_dictionary_neutral_tones_in_running_text():
    lines = ["這個地方有很多東西。", "我看過那張桌子。"]
    assert list(pinyin_command(lines)) == [
        "zhè ge dì fang yǒu hěn duō dōng xi 。",
        "wǒ kàn guo nà zhāng zhuō zi 。",
    ]
    assert list(pinyin_command(lines, neutral="full")) == [
        "zhè gè dì fāng yǒu hěn duō dōng xī 。",
        "wǒ kàn guò nà zhāng zhuō zǐ 。",
    ]
