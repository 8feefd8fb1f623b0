"""Reading styles registry, labels and syllable parsing."""

from __future__ import annotations

import pytest

from edition.readings.styles import STYLES, label, parse_syllable, register


@pytest.mark.parametrize(
    ("syllable", "marks", "numbers", "zhuyin"),
    [
        ("zhong1", "zhōng", "zhong1", "ㄓㄨㄥ"),
        ("nv3", "nǚ", "nü3", "ㄋㄩˇ"),
        ("lve4", "lüè", "lüe4", "ㄌㄩㄝˋ"),
        ("de5", "de", "de5", "˙ㄉㄜ"),
        ("er2", "ér", "er2", "ㄦˊ"),
        ("r", "r", "r", "ㄦ"),
    ],
)
def test_labels(syllable, marks, numbers, zhuyin):
    assert label(syllable, "marks") == marks
    assert label(syllable) == marks
    assert label(syllable, "numbers") == numbers
    assert label(syllable, "zhuyin") == zhuyin
    assert label(syllable, "none") is None


def test_registry_refuses_duplicates():
    with pytest.raises(ValueError, match="reading style 'marks' is already registered"):
        register("marks")(lambda s: s)
    assert set(STYLES) >= {"marks", "numbers", "zhuyin", "none"}


def test_unknown_style():
    with pytest.raises(ValueError, match="unknown reading style") as exc:
        label("zhong1", "ipa")
    assert str(exc.value) == (
        "unknown reading style 'ipa' (expected one of: marks, none, numbers, zhuyin)"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zhōng", "zhong1"),
        ("zhong1", "zhong1"),
        ("Zhong1", "zhong1"),
        ("nǚ", "nv3"),
        ("nv3", "nv3"),
        ("nu:3", "nv3"),
        ("nü3", "nv3"),
        ("de", "de5"),
        ("de0", "de5"),
        ("lüè", "lve4"),
        ("jv3", "ju3"),
        ("r", "r"),
        ("yuè", "yue4"),
    ],
)
def test_parse_syllable(text, expected):
    assert parse_syllable(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("zhongg1", "invalid syllable 'zhongg1': 'zhongg' is not a Mandarin syllable"),
        (
            "zhong6",
            "invalid syllable 'zhong6': expected pinyin with tone marks or a tone "
            "number 1-5, e.g. zhōng, zhong1, nü3",
        ),
        ("zhōng1", "invalid syllable 'zhōng1': tone mark and tone number together"),
        ("bv4", "invalid syllable 'bv4': 'bv' is not a Mandarin syllable"),
    ],
)
def test_parse_syllable_errors(text, message):
    with pytest.raises(ValueError, match="invalid syllable") as exc:
        parse_syllable(text)
    assert str(exc.value) == message


def test_tone_marks_agree_with_pypinyin_on_every_syllable():
    """Our tone-mark placement (no pypinyin import on the hot path) matches pypinyin's, except
    where pypinyin has no mark for a syllabic nasal and falls back to a digit (n1, m3)."""
    import unicodedata

    from pypinyin.contrib.tone_convert import to_tone

    from edition.readings.styles import label, valid_bases

    differ = []
    for base in sorted(valid_bases()):
        for tone in "12345":
            ours = label(base + tone, "marks")
            theirs = unicodedata.normalize("NFC", to_tone((base + tone).replace("v", "ü")))
            if ours != theirs:
                differ.append((base + tone, ours, theirs))
    assert differ == [
        ("hm3", "hm̌", "hm3"),
        ("hng1", "hn̄g", "hn1g"),
        ("m3", "m̌", "m3"),
        ("n1", "n̄", "n1"),
        ("ng1", "n̄g", "n1g"),
    ]
