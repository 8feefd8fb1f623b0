"""Overrides, source hints, the review table and the pinyin command."""

from __future__ import annotations

import pytest

from edition.model import Anchor, Reading, ReadingOverride, SourceLocation
from edition.readings.engine import (
    apply_overrides,
    compare_hints,
    lookup_copy,
    pinyin_command,
    read,
)
from edition.readings.proof import format_review, review_rows, unreviewed

LOC = SourceLocation("notes/t.yaml", 4, 3)


def syl(rs):
    return [r.syllable if r else None for r in rs]


def test_override_whole_article_and_redundant():
    text = "他重新来。重新开始。"
    rs = read(text)
    ov = ReadingOverride("重新", ("chóng", "xīn"), LOC)
    out, problems = apply_overrides(text, rs, [ov])
    assert [str(p) for p in problems] == [
        "notes/t.yaml:4:3: warning: reading override '重新' is redundant: "
        "the engine already reads chong2 xin1"
    ]
    assert out[1] == Reading("chong2", "override")


def test_override_wins_and_counts():
    text = "银行"
    ov = ReadingOverride("行", ("xíng",), LOC)
    out, problems = apply_overrides(text, read(text), [ov])
    assert problems == []
    assert syl(out) == ["yin2", "xing2"]


@pytest.mark.parametrize(
    ("syllables", "message"),
    [
        (("chong2", "xin1", "a1"), "reading override '重新': 3 syllables for 2 characters"),
        (("chong2",), "reading override '重新': 1 syllables for 2 characters"),
        (
            ("chongg2", "xin1"),
            "reading override '重新': invalid syllable 'chongg2': 'chongg' is not a Mandarin syllable",
        ),
    ],
)
def test_override_errors(syllables, message):
    ov = ReadingOverride("重新", syllables, LOC)
    _, problems = apply_overrides("重新", read("重新"), [ov])
    assert [str(p) for p in problems] == [f"notes/t.yaml:4:3: error: {message}"]


def test_anchored_override_only_its_span():
    text = "行不行，行不行"
    ov = ReadingOverride("行", ("hang2",), LOC, anchor=Anchor("行", occurrence=3))
    out, problems = apply_overrides(text, read(text), [ov], {id(ov): (4, 5)})
    assert problems == []
    assert out[4] == Reading("hang2", "override")
    assert out[0].syllable == "xing2"


def test_traditional_override_via_lookup():
    text = "銀行"
    ov = ReadingOverride("银行", ("yin2", "xing2"), LOC)
    out, _ = apply_overrides(text, read(lookup_copy(text)), [ov], lookup=lookup_copy(text))
    assert syl(out) == ["yin2", "xing2"]


def test_compare_hints():
    text = "银行"
    problems = compare_hints(read(text), {1: "xíng", 0: "yin2"}, {1: LOC}, text)
    assert [str(p) for p in problems] == [
        "notes/t.yaml:4:3: warning: reading of '行': the source shows xíng, the engine reads "
        "háng (phrase); add a reading override if the source is right"
    ]


def test_review_rows_and_format():
    display = "他們在銀行。"
    lookup = lookup_copy(display)
    rs = read(lookup)
    rows = review_rows(display, lookup, rs, None, {4: "xíng"})
    by_char = {r.char: r for r in rows}
    assert by_char["行"].context == "他們在銀【行】。"
    assert by_char["行"].flags == ("hint", "phrase/model", "unsure")
    assert 4 in unreviewed(rows)
    tsv = format_review(rows, tsv=True)
    assert tsv.splitlines()[0] == (
        "location\tchar\tcontext\treading\torigin\tphrase\tmodel\tp\thint\tflags"
    )
    row = next(line for line in tsv.splitlines() if line.startswith("4\t"))
    assert row.startswith("4\t行\t他們在銀【行】。\tháng\tphrase\thang2\txing2\t")
    assert row.endswith("\txing2\thint,phrase/model,unsure")
    text = format_review(rows)
    assert text.splitlines()[0].split() == [
        "location",
        "char",
        "context",
        "reading",
        "origin",
        "phrase",
        "model",
        "p",
        "hint",
        "flags",
    ]


def test_pinyin_command():
    out = list(pinyin_command(["銀行", "你去哪兒了？"], style="marks", tsv=True))
    assert out[:2] == ["1\t0\t銀\tyín", "1\t1\t行\tháng"]
    assert "2\t3\t兒\tr" in out
    lines = list(pinyin_command(["我們去哪兒？ OK"], style="marks", tsv=False))
    assert lines == ["wǒ men qù nǎr ？ OK"]
    assert list(pinyin_command(["一個"], style="numbers", sandhi=True)) == ["yi2 ge4"]


def test_unreviewed_offsets_and_override_confirms():
    from edition.readings.engine import unreviewed as unreviewed_offsets

    text = "你说得没错，你得让模型读书。"
    rs = read(text)
    open_ = unreviewed_offsets(text, rs)
    assert {2, 7} <= open_  # 得 rests on the model alone
    ov = ReadingOverride("你得让", ("nǐ", "děi", "ràng"), LOC)
    out, problems = apply_overrides(text, rs, [ov], lookup=text)
    assert problems == []
    assert out[7] == Reading("dei3", "override")
    assert 7 not in unreviewed_offsets(text, out)


def test_override_in_traditional_matches_simplified_text():
    text = "他去银行。"
    ov = ReadingOverride("銀行", ("yín", "xíng"), LOC)
    out, problems = apply_overrides(text, read(text), [ov], lookup=text)
    assert problems == []
    assert syl(out)[2:4] == ["yin2", "xing2"]
