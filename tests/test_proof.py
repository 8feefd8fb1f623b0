"""Overrides, source hints, the review table and the pinyin command."""

from __future__ import annotations

import pytest

from edition.model import Anchor, Reading, ReadingOverride, SourceLocation
from edition.readings.doubt import THRESHOLD
from edition.readings.engine import lookup_copy, pinyin_command, read
from edition.readings.overrides import (
    apply_overrides,
    compare_hints,
    confirmed_by_hints,
    disputes,
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


def test_character_override_never_breaks_a_word():
    # 著: zhe for the whole article must not turn 顯著 into xiǎn zhe
    text = "他看著我，效果顯著。"
    lookup = lookup_copy(text)
    ov = ReadingOverride("著", ("zhe",), LOC)
    out, problems = apply_overrides(text, read(lookup), [ov], lookup=lookup)
    assert syl(out)[2] == "zhe5"
    assert out[2].origin == "override"
    assert syl(out)[7:9] == ["xian3", "zhu4"]
    assert [str(p) for p in problems] == [
        "notes/t.yaml:4:3: warning: reading override '著' is not applied inside the word "
        "'顯著' (xiǎn zhù): it would break the word; anchor the override (exact, prefix, "
        "suffix) to change one place",
        "notes/t.yaml:4:3: warning: reading override '著' is redundant: the engine already "
        "reads zhe5",
    ]


def test_character_override_only_inside_words_is_not_applied():
    text = "银行"
    ov = ReadingOverride("行", ("xíng",), LOC)
    out, problems = apply_overrides(text, read(text), [ov])
    assert syl(out) == ["yin2", "hang2"]
    assert [p.message for p in problems] == [
        "reading override '行' is not applied inside the word '银行' (yín háng): it would "
        "break the word; anchor the override (exact, prefix, suffix) to change one place"
    ]


def test_anchored_override_may_change_a_word():
    text = "银行"
    ov = ReadingOverride("行", ("xíng",), LOC, anchor=Anchor("行", prefix="银"))
    out, problems = apply_overrides(text, read(text), [ov], {id(ov): (1, 2)})
    assert problems == []
    assert syl(out) == ["yin2", "xing2"]


def test_glossary_reading_prints_over_its_word():
    from edition.model import GlossaryEntry
    from edition.notes.anchor import Span
    from edition.readings.overrides import apply_glossary

    text = "第一步是和面。"
    rs = read(text)
    entry = GlossaryEntry("hm", "和面", "knead dough", LOC, reading=("huo2", "mian4"))
    out, problems = apply_glossary(text, rs, [entry], {"hm": [Span(4, 6)]})
    assert problems == []
    assert out[4] == Reading("huo2", "glossary")
    ov_out = list(rs)
    ov_out[4] = Reading("he2", "override")
    _, problems = apply_glossary(text, ov_out, [entry], {"hm": [Span(4, 6)]})
    assert [str(p) for p in problems] == [
        "notes/t.yaml:4:3: warning: glossary word '和面' reads huó miàn, but a reading "
        "override prints hé miàn over '和面'; make them agree"
    ]


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


def test_a_guess_the_source_printed_inline_is_not_marked_for_proof(write_notes):
    # 早上's light 上 is a guess the proof edition marks; the source printing it inline
    # (早上(shang5)) settles it as its author's reading, as an override would
    from edition.notes.layer import load_layer
    from edition.pipeline.prepare import prepare

    yaml_text = """
        article: ../articles/t.txt
        meta: {title: 測試, language: zh-Hant}
        editions:
          - {name: p, layout: pinyin, proof: true}
    """

    def marked(article: str) -> list[str]:
        layer = load_layer(write_notes(yaml_text, article))
        prepared = prepare(layer, layer.editions[0])
        return [t.text for para in prepared.paragraphs for t in para.tokens if "proof" in t.marks]

    tail = "七點出門。\n他說銀行的工作很忙，常常加班到晚上。\n"
    assert marked("我哥哥在銀行上班，每天早上" + tail) == ["上"]
    assert marked("我哥哥在銀行上班，每天早上(shang5)" + tail) == []
    # so does its citation tone, which annotators print for a light syllable; a hint the
    # engine does not agree with stays marked (and is warned about)
    assert marked("我哥哥在銀行上班，每天早上(shang4)" + tail) == []
    assert marked("我哥哥在銀行上班，每天早上(zhang3)" + tail) == ["上"]


def test_confirmed_by_hints_takes_any_notation():
    readings = read("银行")
    assert confirmed_by_hints(readings, {1: "háng", 0: "yin2"}) == {0, 1}
    assert confirmed_by_hints(readings, {1: "xing2"}) == set()


def test_review_rows_and_format():
    display = "他們在銀行。"
    lookup = lookup_copy(display)
    rs = read(lookup)
    rows = review_rows(display, lookup, rs, None, {4: "xíng"})
    by_char = {r.char: r for r in rows}
    assert by_char["行"].context == "他們在銀【行】。"
    assert by_char["行"].flags == ("hint", "phrase/model")
    assert by_char["行"].shown == "1:5"
    assert by_char["行"].evidence == "the dictionary word 银行"
    assert 4 in unreviewed(rows)
    tsv = format_review(rows, tsv=True)
    assert tsv.splitlines()[0] == (
        "shown\tsource\tchar\tcontext\treading\torigin\tphrase\tmodel\tp\thint\tflags\tdoubt"
        "\tevidence"
    )
    row = next(line for line in tsv.splitlines() if line.startswith("1:5\t"))
    assert row.startswith("1:5\t\t行\t他們在銀【行】。\tháng\tphrase\thang2\txing2\t")
    doubt = f"{by_char['行'].doubt:.3f}"
    assert row.endswith(f"\txing2\thint,phrase/model\t{doubt}\tthe dictionary word 银行")
    text = format_review(rows)
    assert text.splitlines()[0].split() == [
        "shown",
        "source",
        "char",
        "context",
        "reading",
        "origin",
        "phrase",
        "model",
        "p",
        "hint",
        "flags",
        "doubt",
        "evidence",
    ]


def test_review_table_says_why_a_reading_is_listed():
    # 挑 read by the model alone although its reading follows its role (挑 tiāo 'carry,
    # choose' / tiǎo 'raise'): listed, and the evidence says what raised the doubt
    text = "这担子他挑得动。他们在银行。"
    rows = {r.char: r for r in review_rows(text, text, read(text))}
    tiao = rows["挑"]
    assert "guess" in tiao.flags
    assert tiao.doubt is not None
    assert tiao.doubt >= THRESHOLD
    assert tiao.evidence.startswith("the context model gives tiǎo probability ")
    assert "its reading follows its role but no grammar rule decided it" in (
        tiao.evidence.split("; listed: ")[1].split(", ")
    )
    # 银行 is an everyday word both dictionaries agree on: not listed, no reasons given
    hang = rows["行"]
    assert "guess" not in hang.flags
    assert hang.doubt is not None
    assert hang.doubt < THRESHOLD
    assert hang.evidence == "the dictionary word 银行"
    guessed = review_rows(text, text, read(text), guesses_only=True)
    assert [r.char for r in guessed if r.char in "挑行"] == ["挑"]


def test_pinyin_command():
    out = list(pinyin_command(["銀行", "你去哪兒了？"], style="marks", tsv=True))
    assert out[:2] == ["1\t0\t銀\tyín", "1\t1\t行\tháng"]
    assert "2\t3\t兒\tr" in out
    lines = list(pinyin_command(["我們去哪兒？ OK"], style="marks", tsv=False))
    assert lines == ["wǒ men qù nǎr ？ OK"]
    assert list(pinyin_command(["一個"], style="numbers", sandhi=True)) == ["yi2 ge4"]


def test_unreviewed_offsets_and_override_confirms():
    from edition.readings.engine import unreviewed as unreviewed_offsets

    text = "研究结果很好。"  # 结果 jiéguǒ 'result' or jiēguǒ 'bear fruit': a homograph
    rs = read(text)
    open_ = unreviewed_offsets(text, rs)
    assert open_ == {2}
    ov = ReadingOverride("结果", ("jié", "guǒ"), LOC)
    out, problems = apply_overrides(text, rs, [ov], lookup=text)
    assert problems == []  # not redundant: it settles a guess
    assert out[2] == Reading("jie2", "override")
    assert unreviewed_offsets(text, out) == set()


def test_override_in_traditional_matches_simplified_text():
    text = "他去银行。"
    ov = ReadingOverride("銀行", ("yín", "xíng"), LOC)
    out, problems = apply_overrides(text, read(text), [ov], lookup=text)
    assert problems == []
    assert syl(out)[2:4] == ["yin2", "xing2"]


def test_hints_in_another_convention_are_no_dispute():
    # 不要 bú and 一定 yí: the spoken sandhi; 差不多 bù, 東西 xī: citation tones where the
    # dictionary gives a neutral tone. The source and the engine agree on each.
    text = "我不要这个，他一定来。差不多好了。东西很多。"
    hints = {1: "bú", 7: "yí", 12: "bù", 18: "xī"}
    assert compare_hints(read(text), hints, {}, text) == []
    assert disputes(read(text), hints) == []


def test_a_hint_with_another_syllable_is_still_a_dispute():
    text = "我吃好了，他一定来。"
    hints = {3: "liǎo", 6: "yí"}  # 了 le against liǎo is a dispute; 一定 yí is not
    assert [p.message.split(":")[0] for p in compare_hints(read(text), hints, {}, text)] == [
        "reading of '了'"
    ]
