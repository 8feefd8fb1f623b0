"""edition.render.inline: one paragraph's tokens as inline HTML."""

from __future__ import annotations

from pathlib import Path

import pytest
from markupsafe import Markup

from edition.model import Reading, SourceLocation, Token
from edition.render.inline import break_allowed, inline_html, ruby_neighbours, ruby_pairs
from edition.render.rubyfont import KERN_STEP, VS_BASE, RubyFont
from edition.render.weblinks import web_href

LOC = SourceLocation("article.txt", 1, 1)


def tok(text: str, kind: str = "han", syllables: str = "", **kw) -> Token:
    readings = ()
    if kind == "han":
        readings = tuple(Reading(s) if s != "-" else None for s in syllables.split())
    return Token(text, text, kind, LOC, readings=readings, **kw)


def label(reading: Reading) -> str:
    return reading.syllable


def note(note_id: str) -> Markup:
    return Markup('<span class="fn">{}</span>').format(note_id)


# A fake ruby font: 中 has two labels; 裝 and 創 have wide labels that need room; 創 has a
# copy 200 units wider (selector 1).
RUBY = RubyFont(
    paths=(Path("/nonexistent.otf"),),
    placement="above",
    labels={"中": ("zhong1", "zhong4"), "文": ("wen2",), "裝": ("zhuang4",), "創": ("chuang4",)},
    steps={("裝", "zhuang4"): 10, ("創", "chuang4"): 10, ("中", "zhong1"): -15},
    widened={("創", "chuang4", 200): 1},
)
WIDE = chr(VS_BASE + 1)


def html(tokens, ruby=RUBY, justify=True) -> str:
    return str(inline_html(tokens, ruby=ruby, label=label, note_html=note, justify=justify))


def test_plain_han_gets_justification_spaces_without_ruby():
    assert (
        html([tok("中文", syllables="zhong1 wen2")], ruby=None) == '<span class="han">中 文</span>'
    )


def test_second_label_uses_a_variation_selector():
    out = html([tok("中中", syllables="zhong1 zhong4")])
    assert out == '<span class="han">中 中\U000e0101</span>'


def test_no_justification_space_between_wide_readings():
    assert RUBY.kern(("創", "chuang4"), ("裝", "zhuang4")) == 20 * KERN_STEP
    assert html([tok("創裝中", syllables="chuang4 zhuang4 zhong1")]) == (
        '<span class="han">創裝 中</span>'
    )


def test_widened_copy_before_a_span_boundary():
    """The font cannot see across the boundary: the widened copy is asked for by selector."""
    out = html([tok("創", syllables="chuang4"), tok("裝", syllables="zhuang4", marks={"proof"})])
    assert out == f'<span class="han">創{WIDE}<span class="proof">裝</span></span>'


def test_widened_copy_where_ruby_font_files_change():
    split = RubyFont(
        paths=(Path("/a.otf"), Path("/b.otf")),
        placement="above",
        labels=RUBY.labels,
        steps=RUBY.steps,
        widened=RUBY.widened,
        part={"創": 0, "裝": 1},
    )
    out = html([tok("創裝", syllables="chuang4 zhuang4")], ruby=split)
    assert out == f'<span class="han">創{WIDE}裝</span>'


def test_tone_colour_spans_get_the_widened_copy():
    tokens = [tok("創裝", syllables="chuang4 zhuang4")]
    out = str(inline_html(tokens, ruby=RUBY, label=label, note_html=note, tone_colors=True))
    assert out == (
        f'<span class="han"><span class="t4">創{WIDE}</span><span class="t4">裝</span></span>'
    )


def test_ruby_neighbours_are_pairs_side_by_side():
    tokens = [
        tok("中文", syllables="zhong1 wen2"),
        tok("創", syllables="chuang4"),
        tok("，", "punct", "-"),
        tok("裝", syllables="zhuang4"),
        tok(" ", "space"),
        tok("中", syllables="zhong4"),
    ]
    assert ruby_neighbours(tokens, label) == {
        (("中", "zhong1"), ("文", "wen2")),
        (("文", "wen2"), ("創", "chuang4")),
    }


def test_char_without_reading_that_the_ruby_font_has_is_plain():
    out = html([tok("中文中", syllables="zhong1 - zhong1")])
    # Justification spaces open a box, never end one (see _Writer.cjk_char).
    assert out == '<span class="han">中<span class="plain"> 文</span> 中</span>'


def test_latin_run_keeps_its_spaces_and_gets_a_quarter_em_gap():
    tokens = [
        tok("中", syllables="zhong1"),
        tok("Mark", "latin"),
        tok(" ", "space"),
        tok("Chen", "latin"),
        tok("文", syllables="wen2"),
    ]
    assert html(tokens) == (
        '<span class="han">中</span><span class="latin"> Mark Chen </span>'
        '<span class="han">文</span>'
    )


def test_source_space_next_to_latin_is_not_doubled():
    tokens = [
        tok("中", syllables="zhong1"),
        tok(" ", "space"),
        tok("2023", "digit"),
        tok(" ", "space"),
        tok("文", syllables="wen2"),
    ]
    assert html(tokens) == (
        '<span class="han">中</span><span class="latin"> 2023 </span><span class="han">文</span>'
    )


def test_no_gap_between_latin_and_punctuation():
    tokens = [
        tok("（", "punct"),
        tok("Mark", "latin"),
        tok("）", "punct"),
        tok("中", syllables="zhong1"),
    ]
    assert html(tokens) == (
        '<span class="han">（</span><span class="latin">Mark</span><span class="han">） 中</span>'
    )


def test_source_space_between_han_stays_visible():
    tokens = [tok("中", syllables="zhong1"), tok(" ", "space"), tok("文", syllables="wen2")]
    assert html(tokens) == (
        '<span class="han">中</span><span class="sp"> </span><span class="han">文</span>'
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中，文", "中， 文"),  # no break before a closing mark
        ("中「文」", "中 「文」"),  # none after an opening one
        ("中——文", "中——文"),
        ("中……文", "中……文"),
        ("中·文", "中·文"),
    ],
)
def test_break_rules(text, expected):
    tokens = [
        tok(c, "punct" if c in "，「」—…·" else "han", "-" if c in "，「」—…·" else "x")
        for c in text
    ]
    assert html(tokens, ruby=None) == f'<span class="han">{expected}</span>'


def test_break_allowed_table():
    assert break_allowed("中", "文")
    assert not break_allowed("中", "。")
    assert not break_allowed("（", "中")


def test_no_spaces_when_not_justified():
    assert html([tok("中文", syllables="zhong1 wen2")], justify=False) == (
        '<span class="han">中文</span>'
    )


def test_note_call_and_glossary_and_escaping():
    tokens = [
        tok("中文", syllables="zhong1 wen2", glossary_id="zw", note_ids=["n1"]),
        tok("<b>", "latin"),
    ]
    assert html(tokens) == (
        '<span class="han"><span class="gloss" id="g-zw">中 文</span>'
        '\u2060<span class="fn">n1</span></span><span class="latin"> &lt;b&gt;</span>'
    )


def test_ruby_pairs_most_frequent_first():
    tokens = [tok("中中中", syllables="zhong4 zhong1 zhong1"), tok("文", syllables="-")]
    assert ruby_pairs(tokens, label) == {"中": ["zhong1", "zhong4"]}


def test_tone_colors_wrap_each_character_with_a_reading():
    tokens = [tok("中文了", syllables="zhong1 wen2 le5")]
    out = str(inline_html(tokens, ruby=RUBY, label=label, note_html=note, tone_colors=True))
    assert '<span class="t1">中</span>' in out
    assert '<span class="t2"> 文</span>' in out
    assert out.count('class="t') == 2  # 了 has no glyph in this ruby font: no reading, no colour


def test_a_web_address_may_break_after_each_separator():
    url = tok("https://a.cn/x?q=1&fi=2", kind="latin")
    assert html([url], ruby=None) == (
        '<span class="latin"><a class="url" href="https://a.cn/x?q=1&amp;fi=2">'
        + "\u200b".join(["https://", "a.", "cn/", "x?", "q=", "1&amp;", "fi=", "2"])
        + "</a></span>"
    )
    # a name, a version or a bare domain is no web address: it breaks where it did
    for text in ("Müller", "v2.1-beta", "example.com/x"):
        assert html([tok(text, kind="latin")], ruby=None) == f'<span class="latin">{text}</span>'


@pytest.mark.parametrize(
    ("text", "href"),
    [
        ("http://www.example.edu.cn/class2-3/", "http://www.example.edu.cn/class2-3/"),
        ("www.example.cn", "http://www.example.cn"),  # as a browser's address bar reads it
        ("https://a.cn/x.", "https://a.cn/x"),  # the sentence's stop is not the address's
        # not web addresses, or nothing a printed page should open
        ("javascript://alert(1)", None),
        ("file:///etc/passwd", None),
        ("http://", None),
        ("example.com/x", None),
        ("Amélie", None),
    ],
)
def test_web_href(text, href):
    assert web_href(text) == href


def test_only_an_http_address_is_a_link():
    out = html([tok("ftp://a.cn/x", kind="latin")], ruby=None)
    assert "<a " not in out
    assert "ftp://\u200ba." in out
