"""The colophon's source line and the editorial notes' damage marks."""

from __future__ import annotations

import itertools
import re

import pytest
from markupsafe import Markup

from edition.notes.layer import load_layer
from edition.pipeline.output import _damage_marked, _source_line, render
from edition.pipeline.prepare import prepare
from edition.render.labels import labels
from edition.text.damage import damaged_spans

FIELDS = ("author", "original_title", "publication", "date")
VALUES = {
    "author": "Will Douglas Heaven",
    "original_title": "The two people",
    "publication": "MIT Technology Review",
    "date": "2025-07-31",
}


@pytest.mark.parametrize("given", list(itertools.product([False, True], repeat=4)))
def test_source_line_has_no_dangling_punctuation(given):
    meta = {f: VALUES[f] if g else "" for f, g in zip(FIELDS, given, strict=True)}
    line = str(_source_line(meta, labels("zh-Hant")))
    shown = [VALUES[f] for f, g in zip(FIELDS, given, strict=True) if g]
    if not shown:
        assert line == "未註明"
        return
    text = re.sub("</?em>", "", line)
    assert text == ", ".join(shown) + "."


def test_source_line_examples():
    words = labels("zh-Hant")
    meta = dict.fromkeys(FIELDS, "")
    assert _source_line({**meta, "date": "2025-01-15"}, words) == Markup("2025-01-15.")
    full = _source_line(VALUES, words)
    assert full == Markup(
        "Will Douglas Heaven, <em>The two people</em>, MIT Technology Review, 2025-07-31."
    )
    assert _source_line({**meta, "author": "A <b>"}, words) == Markup("A &lt;b&gt;.")


@pytest.mark.parametrize(
    ("before", "damage"),
    [
        ("勞倫斯·\ufffd康內特", ["\ufffd"]),
        ("Przemys?aw D?biak", ["?", "?"]),
        ("成長cháng)的", ["cháng)"]),
        ("進(jìn)行", ["(jìn)"]),
        ("（Sam Altman）說：為什麼？", []),
        ("what? no (Sam)", []),
        # a '?' the clean stage made full-width: lost where the clause asks nothing
        ("把回？交给", ["？"]),
        ("你去哪？我不去", []),
    ],
)
def test_damaged_spans(before, damage):
    assert [before[a:b] for a, b in damaged_spans(before)] == damage


def test_damage_marked():
    assert _damage_marked("勞倫斯·\ufffd康內特 <x>", labels("zh-Hant")) == Markup(
        '勞倫斯·<span class="damage">〔損〕</span>康內特 &lt;x&gt;'
    )


NOTES = """
article: ../articles/t.txt
meta:
  title: 講解員
  publication: 城市漫步
editions:
  - name: r
    layout: reader
corrections:
  - find: "蔡\\uFFFD玲"
    replace: 蔡雅玲
    note: 補字。
  - find: 在这里
    replace: 在這裡
"""


def test_editorial_notes_show_damage_as_a_mark_with_a_legend(write_notes):
    notes = write_notes(NOTES, article="講解員蔡\ufffd玲說，博物館在这里。\n")
    layer = load_layer(notes)
    page = render(prepare(layer, layer.editions[0]), "html").decode("utf-8")
    editorial = page[page.index('<section class="editorial">') :]
    editorial = editorial[: editorial.index("</section>")]
    assert "\ufffd" not in page
    assert '<span class="before">蔡<span class="damage">〔損〕</span>玲</span>' in editorial
    assert "〔損〕：原文此處損壞" in editorial
    colophon = page[page.index('<section class="colophon">') :]
    assert "<dd>城市漫步.\n" in colophon


TRAD = """
article: ../articles/t.txt
meta:
  title: 通知
editions:
  - name: r
    layout: reader
    script: s2t
corrections:
  - find: 把回？交给
    replace: 把回执交给
"""


def test_the_after_side_of_a_correction_is_in_the_editions_script(write_notes):
    notes = write_notes(TRAD, article="请家长把回?交给老师。\n")
    layer = load_layer(notes)
    page = render(prepare(layer, layer.editions[0]), "html").decode("utf-8")
    editorial = page[page.index('<section class="editorial">') :]
    assert (
        '<span class="before">把回<span class="damage">〔損〕</span>交给</span> → '
        '<span class="after">把回執交給</span>'
    ) in editorial
