"""Poems: poem blocks in the text model (title, byline, verse lines) printed as a teacher
expects in every layout, the readings of a poem sheet, and prose left as it was."""

from __future__ import annotations

import pdfplumber
import pytest
from pdfcheck import fonts, pages_text, squeeze

from edition.errors import EditionError
from edition.notes.layer import load_layer
from edition.pipeline.output import render
from edition.pipeline.prepare import prepare
from edition.text.verse import poem_lines

SHEET = (
    "古诗两首\n\n"
    "静夜思\n〔唐〕李白\n床前明月光，疑是地上霜。\n举头望明月，低头思故乡。\n\n"
    "出塞\n唐·王昌龄\n秦时明月汉时关，万里长征人未还。\n但使龙城飞将在，不教胡马度阴山。\n"
)
NOTES = """
article: ../articles/t.txt
meta:
  title: 古诗两首
  title_in_text: true{extra}
editions:
  - name: pinyin
    layout: pinyin
  - name: zhuyin
    layout: pinyin
    style: zhuyin
    script: s2twp
  - name: booklet
    layout: booklet
  - name: reader
    layout: reader
"""


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # title, byline with or without the dynasty, couplets
        (
            ["春晓", "孟浩然", "春眠不觉晓，处处闻啼鸟。", "夜来风雨声，花落知多少。"],
            {0: "heading", 1: "byline", 2: "verse", 3: "verse"},
        ),
        (
            ["登鹳雀楼", "（唐）王之涣", "白日依山尽，黄河入海流。欲穷千里目，更上一层楼。"],
            {0: "heading", 1: "byline", 2: "verse"},
        ),
        # no byline: two couplets make the poem; irregular verse under a byline (敕勒歌)
        (
            ["春晓", "春眠不觉晓，处处闻啼鸟。", "夜来风雨声，花落知多少。"],
            {0: "heading", 1: "verse", 2: "verse"},
        ),
        (
            [
                "敕勒歌",
                "北朝民歌",
                "敕勒川，阴山下。",
                "天似穹庐，笼盖四野。",
                "天苍苍，野茫茫，风吹草低见牛羊。",
            ],
            {0: "heading", 1: "byline", 2: "verse", 3: "verse", 4: "verse"},
        ),
        (["序", "张三", "好，走。", "谢谢，再见。"], {}),  # two short lines under a bare name
        # prose: a heading over one 5+5 sentence, dialogue, a name alone
        (["第一章", "他说他会来，我说我不去。", "后来他还是来了。"], {}),
        (["序", "张三", "好。", "谢谢。"], {}),
        (["我们读了一首诗。", "床前明月光，疑是地上霜。", "这是李白写的。"], {}),
        # a 古文 lesson: title and author over classical prose, the prose left as it is; under
        # the headline (blanked), the author alone; a part's label or modern prose is no byline
        (
            [
                "游西山记",
                "王安石",
                "出城西行三里，过小桥，见古松数株，石径通幽。",
                "吾与二三子坐松下，终日相乐而忘归。",
            ],
            {0: "heading", 1: "byline"},
        ),
        (["", "王安石", "吾与二三子坐松下，饮酒赋诗，终日相乐而忘归。"], {1: "byline"}),
        (["", "原文", "吾与二三子坐松下，饮酒赋诗，终日相乐而忘归。"], {}),
        (["", "李明", "李明今天去了学校，他很高兴，因为考试考得很好。"], {}),
    ],
)
def test_poem_lines(lines, expected):
    assert poem_lines(lines) == expected


def _prepared(write_notes, name="pinyin", article=SHEET, extra=""):
    layer = load_layer(write_notes(NOTES.format(extra=extra), article=article))
    edition = next(e for e in layer.editions if e.name == name)
    return prepare(layer, edition)


def test_poem_blocks_in_the_text_model(write_notes):
    got = [(p.kind, p.text) for p in _prepared(write_notes).paragraphs]
    assert got == [
        ("heading", "静夜思"),
        ("byline", "〔唐〕李白"),
        ("verse", "床前明月光，疑是地上霜。"),
        ("verse", "举头望明月，低头思故乡。"),
        ("heading", "出塞"),
        ("byline", "唐·王昌龄"),
        ("verse", "秦时明月汉时关，万里长征人未还。"),
        ("verse", "但使龙城飞将在，不教胡马度阴山。"),
    ]


def _syllables(prepared) -> str:
    """The readings of a prepared edition's Han runs, space-separated, in text order."""
    said = {
        t.text: " ".join(r.syllable for r in t.readings if r)
        for p in prepared.paragraphs
        for t in p.tokens
        if t.kind == "han"
    }
    return " ".join(said.values())


def test_a_poem_sheet_reads_as_classical(write_notes):
    text = _syllables(_prepared(write_notes))
    # 地上 dì shàng without the neutral tone, 还 huán, 将 jiàng 'general', 教 jiào 'let'
    assert "di4 shang4 shuang1" in text
    assert "ren2 wei4 huan2" in text
    assert "fei1 jiang4 zai4" in text
    assert "bu4 jiao4 hu2" in text


LESSON = (
    "游西山记\n王安石\n"
    "出城西行三里，过小桥，见古松数株，石径通幽。\n"
    "吾与二三子坐松下，饮酒赋诗，终日相乐而忘归。人皆好之，而予独恶其远也。\n"
)


def test_a_classical_lesson_reads_as_classical(write_notes):
    prepared = _prepared(write_notes, article=LESSON)
    kinds = [(p.kind, p.text[:4]) for p in prepared.paragraphs]
    assert kinds[0] == ("byline", "王安石")  # the title is the headline, printed once
    assert [k for k, _ in kinds[1:]] == ["body", "body"]
    text = _syllables(prepared)
    # 相乐 lè, 好之 hào, 予 yú 'I': classical readings, the whole lesson read as classical
    assert "xiang1 le4" in text
    assert "hao4 zhi1" in text
    assert "yu2 du2" in text


def test_register_modern_keeps_modern_readings(write_notes):
    prepared = _prepared(write_notes, extra="\n  register: modern")
    syls = [r.syllable for p in prepared.paragraphs for t in p.tokens for r in t.readings if r]
    assert "jiao1" in syls
    assert "jiao4" not in syls


def test_unknown_register_is_an_error(write_notes):
    with pytest.raises(EditionError) as err:
        load_layer(write_notes(NOTES.format(extra="\n  register: poem"), article=SHEET))
    assert [str(p) for p in err.value.problems] == [
        "notes/t.yaml:5:13: error: unknown register 'poem'; expected one of: "
        "auto, classical, modern"
    ]


def test_prose_stays_prose(write_notes):
    article = "古诗两首\n第一章\n他说他会来，我说我不去。\n后来他还是来了，我们一起吃了饭。\n"
    got = [p.kind for p in _prepared(write_notes, article=article).paragraphs]
    assert got == ["heading", "body", "body"]


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    """The sheet in every layout (and the zhuyin style, Traditional), built once."""
    import os
    import textwrap

    root = tmp_path_factory.mktemp("poems")
    (root / "notes").mkdir()
    (root / "articles").mkdir()
    (root / "articles" / "t.txt").write_text(SHEET, encoding="utf-8")
    notes = root / "notes" / "t.yaml"
    notes.write_text(textwrap.dedent(NOTES.format(extra="")).lstrip("\n"), encoding="utf-8")
    here = os.getcwd()
    os.chdir(root)
    try:
        layer = load_layer(notes.relative_to(root))
        out = {}
        for edition in layer.editions:
            path = root / f"{edition.name}.pdf"
            path.write_bytes(render(prepare(layer, edition)))
            out[edition.name] = path
    finally:
        os.chdir(here)
    return out


def _lines(pdf) -> list[tuple[str, float]]:
    """(text, centre against the page's) of each line of the text's size or larger on the
    first page holding the poems (the readings, smaller, are left out)."""
    with pdfplumber.open(pdf) as doc:
        page = next(p for p in doc.pages if "静" in p.extract_text() or "靜" in p.extract_text())
        sizes = sorted(c["size"] for c in page.chars if "\u3400" <= c["text"] <= "\u9fff")
        size = sizes[len(sizes) // 2]
        rows: dict[int, list[dict]] = {}
        for c in page.chars:
            if c["size"] >= 0.75 * size and c["text"].strip():
                rows.setdefault(round(c["matrix"][5] / 3), []).append(c)
        out = []
        for _, cs in sorted(rows.items(), reverse=True):  # PDF baselines grow upwards
            cs.sort(key=lambda c: c["x0"])
            out.append(("".join(c["text"] for c in cs), (cs[0]["x0"] + cs[-1]["x1"]) / 2))
        return [(t, x - page.width / 2) for t, x in out]


@pytest.mark.parametrize("name", ["pinyin", "zhuyin", "booklet", "reader"])
def test_poems_printed_centred_one_couplet_a_line(pdfs, name):
    lines = _lines(pdfs[name])
    texts = [t for t, _ in lines]
    trad = name == "zhuyin"
    want = (
        ["靜夜思", "〔唐〕李白", "床前明月光，疑是地上霜。", "舉頭望明月，低頭思故鄉。"]
        if trad
        else ["静夜思", "〔唐〕李白", "床前明月光，疑是地上霜。", "举头望明月，低头思故乡。"]
    )
    start = texts.index(want[0])
    assert texts[start : start + 4] == want
    # title, byline and verse lines share the text block's centre line (the booklet's A5
    # pages have a gutter: a few points either way)
    centres = [c for _, c in lines[start : start + 4]]
    assert max(centres) - min(centres) < 3, lines
    assert abs(centres[2]) < 20, lines


def test_poem_sheet_pdf_text_layer_and_fonts(pdfs):
    text = squeeze("".join(pages_text(pdfs["pinyin"])))
    assert "静夜思〔唐〕李白床前明月光，疑是地上霜。" in text
    assert "但使龙城飞将在，不教胡马度阴山。" in text
    assert all(f["emb"] == "yes" for f in fonts(pdfs["pinyin"]))


def test_a_quatrain_on_one_line_prints_one_couplet_a_line(write_notes):
    article = "古诗\n静夜思\n李白\n床前明月光，疑是地上霜。举头望明月，低头思故乡。\n"
    got = [(p.kind, p.text, p.loc.line) for p in _prepared(write_notes, article=article).paragraphs]
    assert got == [
        ("heading", "静夜思", 2),
        ("byline", "李白", 3),
        ("verse", "床前明月光，疑是地上霜。", 4),
        ("verse", "举头望明月，低头思故乡。", 4),
    ]


def test_an_article_may_end_with_a_heading(write_notes):
    # a heading as the last paragraph: no poem title (there is nothing after it); a plain
    # text's short last lines head nothing (祝好 closes a letter), so it is a numbered one
    article = "古诗两首\n你好！收到你的信，我高兴得跳了起来。\n二、下一封信\n"
    html = render(_prepared(write_notes, "reader", article=article), "html").decode()
    assert '<h2 class="heading" id="h2">' in html
    assert "heading poem-title" not in html


def test_a_letters_closing_line_is_no_heading(write_notes):
    article = "古诗两首\n你好！收到你的信，我高兴得跳了起来。\n祝好\n"
    html = render(_prepared(write_notes, "reader", article=article), "html").decode()
    assert '<h2 class="heading"' not in html


def test_a_closing_quote_inside_a_couplet_does_not_cut_it(write_notes):
    article = "古诗\n静夜思\n李白\n「床前明月光」，疑是地上霜。举头望明月，「低头思故乡」。\n"
    got = [(p.kind, p.text) for p in _prepared(write_notes, article=article).paragraphs]
    assert got[2:] == [
        ("verse", "「床前明月光」，疑是地上霜。"),
        ("verse", "举头望明月，「低头思故乡」。"),
    ]
