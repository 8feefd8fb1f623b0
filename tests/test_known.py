"""Known words: a words file or an HSK 3.0 level suppresses readings."""

from __future__ import annotations

import pytest

from edition.notes.layer import load_layer
from edition.pipeline.prepare import prepare
from edition.readings.known import hsk_words, is_hsk, known_words

NOTES = """
article: ../articles/t.txt
meta:
  title: 測試
editions:
  - name: b
    known: {known}
"""


def test_hsk_levels_grow():
    one, four = set(hsk_words(1)), set(hsk_words(4))
    assert "我" in one
    assert "银行" not in one
    assert one < four
    assert "银行" in four or "银行" in set(hsk_words(7))


@pytest.mark.parametrize(
    ("spec", "expected"),
    [("hsk4", True), ("HSK1", True), ("hsk0", False), ("hsk8", False), ("words.txt", False)],
)
def test_is_hsk(spec, expected):
    assert is_hsk(spec) is expected


def _shown(prepared) -> str:
    """The characters of the body that carry a printed reading."""
    return "".join(
        ch
        for p in prepared.paragraphs
        for t in p.tokens
        if t.kind == "han"
        for ch, r in zip(t.text, t.readings, strict=True)
        if r is not None
    )


def test_hsk1_words_lose_their_readings_in_traditional_text(write_notes):
    notes = write_notes(NOTES.format(known="hsk1"), article="我們在倫敦談論推理模型。\n")
    layer = load_layer(notes)
    shown = _shown(prepare(layer, layer.editions[0]))
    assert "我" not in shown
    assert "們" not in shown
    assert "推理" in shown
    assert "倫敦" in shown


def test_words_file(write_notes, project_dir):
    (project_dir / "notes" / "words.txt").write_text("倫敦\n推理\n", encoding="utf-8")
    notes = write_notes(NOTES.format(known="words.txt"), article="我們在倫敦談論推理模型。\n")
    layer = load_layer(notes)
    assert known_words("words.txt", notes.parent) == ["倫敦", "推理"]
    shown = _shown(prepare(layer, layer.editions[0]))
    assert "倫" not in shown
    assert "推" not in shown
    assert "我們" in shown


def test_unknown_known_spec_is_an_error(write_notes, capsys):
    from edition.cli.main import main

    notes = write_notes(NOTES.format(known="hsk9"))
    assert main(["check", str(notes)]) == 1
    assert capsys.readouterr().err.strip() == (
        "notes/t.yaml:6:12: error: known-words file 'hsk9' not found; give a file of words relative "
        "to the notes file, or an HSK level hsk1 ... hsk7"
    )


def test_a_word_made_of_known_words_read_as_alone_is_known(write_notes, project_dir):
    (project_dir / "notes" / "words.txt").write_text("星期 六 薄 荷 東 西 買\n", encoding="utf-8")
    notes = write_notes(NOTES.format(known="words.txt"), article="星期六買了薄荷，買了東西。\n")
    layer = load_layer(notes)
    shown = _shown(prepare(layer, layer.editions[0]))
    assert "星" not in shown  # 星期 + 六, each read as alone
    assert "六" not in shown
    assert "薄荷" in shown  # bòhe: 薄 alone is báo
    assert "東西" in shown  # dōngxi 'thing': 西 alone is xī
    assert "買" not in shown


READER = """
article: ../articles/t.txt
meta:
  title: 測試
editions:
  - name: r
    layout: reader
{extra}
"""


@pytest.mark.parametrize(
    ("extra", "readings"),
    [
        ("", False),  # the reader's default: no readings
        ("    style: zhuyin", True),  # a style asked for by name prints its readings
        ("    style: zhuyin\n    pinyin: none", False),  # unless readings are turned off
    ],
)
def test_a_style_asked_for_turns_the_readers_readings_on(write_notes, extra, readings):
    notes = write_notes(READER.format(extra=extra), article="我們在倫敦談論推理模型。\n")
    layer = load_layer(notes)
    assert bool(_shown(prepare(layer, layer.editions[0]))) is readings
