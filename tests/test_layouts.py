"""Layouts and their options: layout.yaml, paper sizes, pinyin modes end to end, the HTML preview."""

from __future__ import annotations

import re

import pytest

from edition.errors import EditionError
from edition.model import Reading, SourceLocation, Token
from edition.notes.layer import load_layer
from edition.pipeline.output import edition_date, render
from edition.pipeline.prepare import load, prepare
from edition.render import layouts
from edition.render.labels import describe, labels
from edition.render.layouts import known_layouts, load_layout, page_size
from edition.render.preview import preview_html
from tests.pdfcheck import page_sizes_mm

LOC = SourceLocation("articles/t.txt", 1, 1)
ARTICLE = "陳信翰和帕霍基在倫敦見面。\n他們談到了銀行和長城。\n"
HAN = re.compile(r"[\u4e00-\u9fff]")


def test_the_three_layouts_load_with_their_defaults():
    assert {"booklet", "pinyin", "reader"} <= set(known_layouts())
    found = {name: load_layout(name) for name in ("booklet", "pinyin", "reader")}
    assert {n: (lay.paper, lay.pinyin, lay.style) for n, lay in found.items()} == {
        "booklet": ("A5", "all", "marks"),
        "pinyin": ("A4", "all", "marks"),
        "reader": ("A4", "none", "marks"),
    }
    for lay in found.values():
        assert (lay.folder / lay.template).is_file()
        assert lay.description


@pytest.mark.parametrize(
    ("paper", "size"),
    [
        ("A4", "A4"),
        ("a5", "A5"),
        ("A4 landscape", "A4 landscape"),
        ("Letter", "letter"),
        ("jis-b5", "JIS-B5"),
        ("148mm 210mm", "148mm 210mm"),
        ("8.5in 11in", "8.5in 11in"),
        ("A4x", None),
        ("148mm", None),
        ("A4; } body { color: red", None),
    ],
)
def test_page_size(paper, size):
    assert page_size(paper) == size


def test_bad_layout_yaml_lists_every_problem(project_dir):
    (project_dir / "layouts" / "odd").mkdir(parents=True)
    (project_dir / "layouts" / "odd" / "layout.yaml").write_text(
        "paper: A9\npinyin: some\ncolour: red\n", encoding="utf-8"
    )
    with pytest.raises(EditionError) as err:
        load_layout("odd")  # layouts/ of the working folder, before the built-in ones
    assert [str(p) for p in err.value.problems] == [
        "layouts/odd/layout.yaml:3:1: error: unknown key 'colour' in layout.yaml; allowed: "
        + ", ".join(layouts.LAYOUT_KEYS),
        "layouts/odd/layout.yaml:1:8: error: unknown paper 'A9'; expected one of A3, A4, A5, A6, B4, B5, JIS-B4, "
        "JIS-B5, letter, legal, ledger (optionally 'landscape') or 'WIDTH HEIGHT' such as '148mm 210mm'",
        "layouts/odd/layout.yaml:2:9: error: unknown pinyin 'some' in layout.yaml; expected one of: all, glossary, first, none",
        "layouts/odd/layout.yaml:1:1: error: stylesheet 'style.css' not found in layouts/odd/",
        "layouts/odd/layout.yaml:1:1: error: template 'page.html.j2' not found in layouts/odd/",
    ]


def test_labels_follow_the_script():
    assert labels("zh-Hant")["vocabulary"] == "詞彙表"
    assert labels("zh-Hans")["vocabulary"] == "词汇表"
    assert labels("zh-Hans")["colophon"] == "版本说明"
    assert describe("zh-Hans", "t2s", "all", "marks") == {
        "script": "简体",
        "readings": "全文注音，汉语拼音（声调符号）",
    }
    assert describe("zh-Hant", "source", "all", "none")["readings"] == "不注音"


def test_edition_date_from_source_date_epoch_else_the_notes_date(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    assert edition_date("2025-07-31") == "2026-01-01"
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert edition_date("2025-07-31") == "2025-07-31"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "tomorrow")
    with pytest.raises(
        EditionError, match="SOURCE_DATE_EPOCH must be whole seconds since 1970, got 'tomorrow'"
    ):
        edition_date("")


def _han(text: str, syllables: str, **kw) -> Token:
    readings = tuple(Reading(s) for s in syllables.split())
    return Token(text=text, lookup=text, kind="han", loc=LOC, readings=readings, **kw)


def test_preview_html_native_ruby_escaped():
    tokens = [
        _han("銀行", "yin2 hang2", glossary_id="bank"),
        Token(text="<b>&", lookup="<b>&", kind="latin", loc=LOC),
        _han("長", "chang2", note_ids=["n1"]),
        Token(text="。", lookup="。", kind="punct", loc=LOC),
    ]
    out = preview_html(
        tokens,
        label=lambda r: r.syllable,
        note_html=lambda i: f'<a href="#{i}">*</a>',
        tone_classes=True,
        gloss_href=lambda gid: f"#v-{gid}",
    )
    # The glossary word links to its vocabulary entry; 'yin2 hang2' would touch: the second
    # ruby gets 0.6 em before it (k6).
    assert str(out) == (
        '<a class="gloss" id="g-bank" href="#v-bank"><ruby class="t2"><rb>銀</rb><rt>yin2</rt>'
        '</ruby><ruby class="t2 k6"><rb>行</rb><rt>hang2</rt></ruby></a>'
        ' &lt;b&gt;&amp; <span class="nw"><ruby class="t2"><rb>長</rb><rt>chang2</rt></ruby>'
        '<a href="#n1">*</a>。</span>'
    )
    plain = preview_html(tokens, label=None, note_html=lambda i: "")
    assert "<ruby" not in plain
    assert "銀行" in plain


def test_preview_html_links_a_web_address_only():
    def latin(text):
        return Token(text=text, lookup=text, kind="latin", loc=LOC)

    out = str(preview_html([latin("www.a.cn/x&y"), latin("file:///etc")], label=None,
                           note_html=lambda i: ""))
    assert out == '<a class="url" href="http://www.a.cn/x&amp;y">www.a.cn/x&amp;y</a>file:///etc'


def test_preview_html_never_starts_a_line_with_a_closing_mark():
    """A browser breaks after a ruby (an inline block) even before '。': the character before
    a closing mark goes with it, a glossary word whole; an opening mark stays free."""
    def html(*tokens):
        return str(preview_html(list(tokens), label=lambda r: r.syllable, note_html=lambda i: ""))

    punct = [Token(text=t, lookup=t, kind="punct", loc=LOC) for t in ("。」", "「")]
    out = html(_han("我們到了", "wo3 men5 dao4 le5"), punct[0], punct[1], _han("好", "hao3"))
    assert out.count('<span class="nw">') == 1
    assert '<span class="nw"><ruby class="k3"><rb>了</rb><rt>le5</rt></ruby>。</span>」「' in out
    assert out.startswith("<ruby><rb>我</rb>")  # the rest of the run may still break
    word = html(_han("老街", "lao3 jie1", glossary_id="g"), punct[0])
    assert word.startswith('<span class="nw"><span class="gloss" id="g-g"><ruby>')
    assert word.endswith("</span>。</span>」")
    assert "nw" not in html(_han("好", "hao3"), punct[1])
    # the mark still parts the readings around it: no room is made after it
    comma = Token(text="，", lookup="，", kind="punct", loc=LOC)
    assert html(_han("點", "dian3"), comma, _han("雲", "yun2")).endswith("<ruby><rb>雲</rb><rt>yun2</rt></ruby>")


@pytest.fixture
def notes_file(write_notes, project_dir):
    (project_dir / "notes" / "known.txt").write_text("他們\n", encoding="utf-8")
    return write_notes(
        """
        article: ../articles/t.txt
        meta:
          title: 測試
          date: 2025-01-02
        editions:
          - {name: all, layout: booklet}
          - {name: glossary, layout: booklet, pinyin: glossary}
          - {name: first, layout: booklet, pinyin: first}
          - {name: none, layout: booklet, pinyin: none}
          - {name: known, layout: booklet, known: known.txt}
          - {name: reader, layout: reader}
          - {name: reader-glossary, layout: reader, pinyin: glossary}
          - {name: pinyin-zhuyin, layout: pinyin, style: zhuyin}
          - {name: a6, layout: reader, paper: A6}
        glossary:
          - word: 銀行
            gloss: bank
        """,
        article=ARTICLE,
    )


def _rubies(layer, name: str) -> list[tuple[str, str]]:
    edition = next(e for e in layer.editions if e.name == name)
    page = render(prepare(layer, edition), "html").decode("utf-8")
    return re.findall(r"<ruby[^>]*><rb>(.)</rb><rt>([^<]+)</rt></ruby>", page)


def test_pinyin_modes_end_to_end(notes_file):
    layer = load_layer(notes_file)
    han = HAN.findall(ARTICLE)
    assert [c for c, _ in _rubies(layer, "all")] == han
    assert _rubies(layer, "glossary") == [("銀", "yín"), ("行", "háng")]
    first = _rubies(layer, "first")
    assert len(first) == len(set(first)) == len(set(han))
    assert ("和", "hé") in first
    assert _rubies(layer, "none") == []
    assert [c for c, _ in _rubies(layer, "known")] == [c for c in han if c not in "他們"]
    assert _rubies(layer, "reader") == []  # the reader layout's default: no readings
    assert _rubies(layer, "reader-glossary") == [("銀", "yín"), ("行", "háng")]
    zhuyin = dict(_rubies(layer, "pinyin-zhuyin"))
    assert zhuyin["銀"] == "ㄧㄣˊ"


def test_paper_sets_the_page_size(notes_file, project_dir):
    layer = load_layer(notes_file)
    a6 = next(e for e in layer.editions if e.name == "a6")
    path = project_dir / "a6.pdf"
    path.write_bytes(render(prepare(layer, a6)))
    assert set(page_sizes_mm(path)) == {(105.0, 148.0)}
    # An unknown paper is refused when the notes file is read (so 'check' finds it too).
    text = notes_file.read_text(encoding="utf-8")
    notes_file.write_text(
        text.replace("paper: A6}", "paper: A6}\n  - {name: bad-paper, layout: reader, paper: quarto}"),
        encoding="utf-8",
    )
    with pytest.raises(EditionError) as err:
        load(notes_file)
    assert str(err.value.problems[0]) == (
        "notes/t.yaml:15:46: error: unknown paper 'quarto'; expected one of A3, A4, A5, A6, B4, B5, JIS-B4, "
        "JIS-B5, letter, legal, ledger (optionally 'landscape') or 'WIDTH HEIGHT' such as '148mm 210mm'"
    )


def test_every_layout_starts_from_the_shared_base_stylesheet():
    base = (layouts.LAYOUTS / "_shared" / "base.css").resolve()
    for name in ("booklet", "pinyin", "reader"):
        paths = [p.resolve() for p in load_layout(name).stylesheet_paths()]
        assert paths[0] == base, (name, paths)
        assert all(p.is_file() for p in paths), (name, paths)


@pytest.mark.parametrize(
    ("left", "right", "vertical", "tenths"),
    [
        ("de", "le", False, 0),  # short readings overhang freely
        ("zhuāng", "qiáng", False, 9),
        ("wǒ", "zhuāng", False, 4),
        (None, "zhuāng", False, 0),  # after punctuation or a character without a reading
        ("ㄓㄨㄤ", "ㄑㄧㄤˊ", True, 0),  # zhuyin stands beside its character
    ],
)
def test_preview_space_between_readings(left, right, vertical, tenths):
    from edition.render.preview import kern_tenths

    assert kern_tenths(left, right, vertical) == tenths


def test_preview_links_glossary_and_vocabulary(notes_file):
    layer = load_layer(notes_file)
    edition = next(e for e in layer.editions if e.name == "all")
    page = render(prepare(layer, edition), "html").decode("utf-8")
    assert '<a class="gloss" id="g-w1" href="#v-w1">' in page
    assert '<p class="entry" id="v-w1">' in page
    links = re.findall(r'<a class="pageref" href="#g-w1">([^<]*)</a>', page)
    assert links == ["見正文"]
