"""The vocabulary's columns with their texts' widths given (edition/render/measure.py, the
inline-block-width-hint fix of edition/render/patches.py) print byte for byte as WeasyPrint's
own shrink-to-fit put them: short texts in the set columns, a longer word, reading or part of
speech widening its own entry."""

from __future__ import annotations

import pytest

import edition.pipeline.output as output
from edition.notes.layer import load_layer
from edition.pipeline.prepare import prepare
from edition.render.fonts import load_font_set
from edition.render.measure import column_widths, width_em

# Simplified, a match report; words longer than the booklet's columns (7 and 6 characters,
# a 7-syllable reading, a long part of speech) next to short ones.
ARTICLE = (
    "比赛结束后，教练说这场胜利与上一场不可同日而语。\n"
    "队员们齐心协力，终于反败为胜。队长笑着说：一个巴掌拍不响。\n"
)
NOTES = """
article: ../articles/match.txt
meta:
  title: 赛后
  language: zh-Hans
editions:
  - name: booklet
    layout: booklet
  - name: pinyin
    layout: pinyin
glossary:
  - word: 不可同日而语
    pos: idiom
    gloss: not to be mentioned in the same breath
  - word: 一个巴掌拍不响
    pos: proverb
    gloss: it takes two to quarrel
  - word: 齐心协力
    pos: n./v./adj.
    gloss: to work as one
  - word: 教练
    pos: n.
    gloss: coach
"""


def test_width_of_han_is_one_em_a_character():
    fonts = load_font_set("SC")
    assert width_em("不可同日而语", fonts) == 6.0
    assert width_em("\U0010ffff", fonts) is None  # in no face: left to the layout
    widths = column_widths({"word": "教练", "reading": "jiào liàn", "pos": "\U0010ffff"}, fonts)
    assert sorted(widths) == ["reading", "word"]
    assert widths["word"] == "2.000000"
    assert 3 < float(widths["reading"]) < 5  # nine letters and a space of Noto Serif Italic


@pytest.mark.parametrize("edition", [0, 1])
def test_columns_where_weasyprint_put_them(write_notes, tmp_path, monkeypatch, edition):
    notes = write_notes(NOTES, article=ARTICLE, name="match")
    layer = load_layer(notes)
    measured = output.render(prepare(layer, layer.editions[edition]), "pdf")
    import weasyprint.layout.inline as inline  # patched by now

    shrunk = []
    shrink = inline.shrink_to_fit
    monkeypatch.setattr(inline, "shrink_to_fit", lambda *a: shrunk.append(a[1]) or shrink(*a))
    measured = output.render(prepare(layer, layer.editions[edition]), "pdf")
    hinted = len(shrunk)
    monkeypatch.setattr(output, "column_widths", lambda g, f: {})
    laid_out = output.render(prepare(layer, layer.editions[edition]), "pdf")
    # Twelve cells; the fitting ones (at least the words, readings and parts of speech of the
    # last two entries) were not measured with their widths given, the longer ones were.
    assert len(shrunk) - hinted >= 6
    assert hinted >= 3
    assert measured == laid_out
