"""The article's first line as its headline: printed as the title, not again in the body."""

from __future__ import annotations

import pytest

from edition.errors import EditionError
from edition.notes.layer import load_layer
from edition.pipeline.prepare import prepare
from edition.text.headline import headline_span

ARTICLE = "泉州:一座老城的第二次生命\n來泉州之前，我對這座城市的印象只停留在課本裡。\n"


@pytest.mark.parametrize(
    ("text", "title", "declared", "expected"),
    [
        # Punctuation, spaces and script differ; the words are the title's.
        ("泉州:一座老城的第二次生命\n正文。", "泉州：一座老城的第二次生命", None, (0, 13)),
        ("\n  塑造 OpenAI 研究未來的兩個人\n正文。", "塑造OpenAI研究未来的两个人", None, (1, 21)),
        ("Two People Shaping AI\n正文。", "two people shaping AI", None, (0, 21)),
        # Another first line: a sentence of the article.
        ("近日，兩人接受了專訪。\n正文。", "塑造 OpenAI 研究未來的兩個人", None, None),
        # The notes file decides when it says so.
        ("近日，兩人接受了專訪。\n正文。", "塑造 OpenAI 研究未來的兩個人", True, (0, 11)),
        ("泉州:一座老城的第二次生命\n正文。", "泉州：一座老城的第二次生命", False, None),
        ("\n\n", "標題", None, None),
    ],
)
def test_headline_span(text, title, declared, expected):
    assert headline_span(text, title, declared) == expected


META = """
article: ../articles/t.txt
meta:
  title: 泉州：一座老城的第二次生命{extra}
editions:
  - name: reader
    layout: reader
"""


def _paragraphs(write_notes, extra="", article=ARTICLE):
    layer = load_layer(write_notes(META.format(extra=extra), article=article))
    return [p.text for p in prepare(layer, layer.editions[0]).paragraphs]


def test_headline_not_printed_twice(write_notes):
    assert _paragraphs(write_notes) == ["來泉州之前，我對這座城市的印象只停留在課本裡。"]


def test_notes_file_keeps_the_line(write_notes):
    extra = "\n  title_in_text: false"
    assert _paragraphs(write_notes, extra) == [
        "泉州：一座老城的第二次生命",
        "來泉州之前，我對這座城市的印象只停留在課本裡。",
    ]


def test_notes_file_drops_another_first_line(write_notes):
    extra = "\n  title_in_text: true"
    article = "老城新生\n來泉州之前。\n"
    assert _paragraphs(write_notes, extra, article) == ["來泉州之前。"]


def test_note_in_the_headline_is_an_error(write_notes):
    notes = META.format(extra="") + "notes:\n  - id: q\n    anchor: 老城\n    body: 說明。\n"
    layer = load_layer(write_notes(notes, article=ARTICLE))
    with pytest.raises(EditionError) as err:
        prepare(layer, layer.editions[0])
    assert [str(p) for p in err.value.problems] == [
        "notes/t.yaml:8:5: error: note 'q' is anchored in the article's first line, which is "
        "printed as the title, not in the text; anchor it in the body (or set "
        "'title_in_text: false' in 'meta' to print the line in the body too)"
    ]


def test_glossary_word_marked_in_the_body(write_notes):
    notes = META.format(extra="") + "glossary:\n  - word: 泉州\n    gloss: Quanzhou\n"
    layer = load_layer(write_notes(notes, article=ARTICLE))
    prepared = prepare(layer, layer.editions[0])
    marked = [t for p in prepared.paragraphs for t in p.tokens if t.glossary_id]
    assert [(t.text, t.loc.line) for t in marked] == [("泉州", 2)]
