"""Words: headings and titles break between words, names 名·名 never inside a part, and a known
word loses its readings as a whole."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from markupsafe import Markup

from edition.model import Paragraph
from edition.notes.layer import load_layer
from edition.pipeline.prepare import _unbreakable, prepare
from edition.render.inline import inline_html
from edition.render.wordwrap import nowrap_words
from edition.text.words import name_parts, word_ends
from tests.pdfcheck import pages_text, squeeze

ROOT = Path(__file__).resolve().parent.parent


def _words(text: str) -> list[str]:
    ends = word_ends(text)
    return [text[a:b] for a, b in zip([0, *ends], ends, strict=False)]


def test_word_ends_cover_the_text():
    assert _words("泉州：一座老城的第二次生命\n薄荷糕") == [
        "泉州", "：", "一座", "老城", "的", "第二次", "生命", "\n", "薄荷", "糕",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("首席执行官山姆·奥特曼说", ["山姆·", "奥特曼"]),
        ("马克·陈和雅各布·帕霍基", ["马克·", "陈", "雅各布·", "帕霍基"]),
        # A middle part: after one dot and before the next, with its dot.
        ("约翰·菲茨杰拉德·肯尼迪", ["约翰·", "菲茨杰拉德·", "肯尼迪"]),
        ("DALL·E 和 A·B", []),  # not between Han characters
    ],
)
def test_name_parts(text, parts):
    assert [text[a:b] for a, b in name_parts(text)] == parts


def test_title_words_wrapped():
    html = nowrap_words(Markup("泉州：一座老城的<em>第二次</em>生命 &amp; 伊本·白图泰"))
    assert str(html) == (
        '<span class="nw">泉州</span>：<span class="nw">一座</span><span class="nw">老城</span>的'
        '<em><span class="nw">第二次</span></em><span class="nw">生命</span> &amp; '
        '<span class="nw">伊本·</span><span class="nw">白图泰</span>'
    )


NOTES = """
article: ../articles/t.txt
meta:
  title: 老房子
  title_in_text: false
editions:
  - name: a
    layout: pinyin
    known: known.txt
glossary:
  - word: 棚子
    gloss: shed
"""
ARTICLE = "泉州老房子的第二次生命\n伊本·白圖泰在棚子下面吃薄荷糕和一點兒花生。\n"


@pytest.fixture
def prepared(write_notes, project_dir):
    # 薄 and 點 are known, 薄荷 and 一點兒 are not; 棚子 is known but is a glossary word.
    (project_dir / "notes" / "known.txt").write_text("薄 点 棚子 下面 在 吃 和", encoding="utf-8")
    layer = load_layer(write_notes(NOTES, article=ARTICLE))
    return prepare(layer, layer.editions[0])


def _shown(paragraph: Paragraph) -> str:
    """The paragraph with each character that keeps its reading in brackets."""
    out = []
    for token in paragraph.tokens:
        readings = token.readings or (None,) * len(token.text)
        out += [f"[{c}]" if r is not None else c for c, r in zip(token.text, readings, strict=True)]
    return "".join(out)


def test_known_words_lose_readings_whole(prepared):
    assert _shown(prepared.paragraphs[1]) == (
        "[伊][本]·[白][圖][泰]在[棚][子]下面吃[薄][荷][糕]和[一][點][兒][花][生]。"
    )


def test_heading_words_and_names_are_unbreakable(prepared):
    heading, body = prepared.paragraphs
    html = str(inline_html(heading.tokens, ruby=None, label=None, note_html=str, justify=False))
    assert html == (
        '<span class="han"><span class="nw">泉州</span><span class="nw">老房子</span>的'
        '<span class="nw">第二次</span><span class="nw">生命</span></span>'
    )
    html = str(inline_html(body.tokens, ruby=None, label=None, note_html=str, justify=True))
    # Justification spaces stay between the characters: they stretch but never break inside.
    assert html.replace(" ", "").startswith(
        '<spanclass="han"><spanclass="nw">伊本·</span><spanclass="nw">白圖泰</span>'
    )


def test_a_line_takes_the_name_parts_inside_it():
    """The line 10:20 of a text keeps the name parts that lie wholly inside it, found in the
    sorted list of the whole text's parts (those across its start or end are not its own)."""
    text = "甲" * 30
    names = [(2, 5), (8, 11), (10, 12), (14, 16), (18, 20), (19, 22), (20, 23), (25, 27)]
    assert _unbreakable(text, 10, 20, names, ()) == [(10, 12), (14, 16), (18, 20)]
    # ... and with word ends, the Han words between them that touch no part, in order
    assert _unbreakable(text, 10, 20, names, [12, 14, 16, 17, 20]) == [
        (10, 12), (12, 14), (14, 16), (18, 20)
    ]  # fmt: skip


PAGE_NOTES = """
article: ../articles/t.txt
meta:
  title: 老泉州的第二次生命
  subtitle: 游记作者伊本·白图泰
editions:
  - name: narrow
    layout: pinyin
    paper: 100mm 160mm
"""
TITLE = "老泉州的第二次生命"
SUBTITLE = "游记作者伊本·白图泰"
HEADING = "老房子的第二次生命开始了"


def _breaks(lines: list[str], text: str) -> list[int]:
    """Offsets in ``text`` after which its printed lines end (``lines`` in order, spaces aside).

    Lines that are not the next piece of ``text`` are skipped (readings, other text)."""
    points, at = [], 0
    for line in map(squeeze, lines):
        if line and text.startswith(line, at):
            at += len(line)
            points.append(at)
        if at == len(text):
            return points[:-1]
    raise AssertionError(f"{text} not found whole in {lines}")


def _allowed(text: str) -> set[int]:
    """Where a line may end in ``text``: after a word, never inside a name's part."""
    inside = {i for a, b in name_parts(text) for i in range(a + 1, b)}
    return set(word_ends(text)) - inside


@pytest.fixture
def narrow(write_notes, project_dir):
    """A narrow page: the cover title, the subtitle and a heading wrap; a paragraph has the
    name at every offset from the start of a line."""
    body = "".join(f"{'这是一个句子'[:k]}伊本·白图泰到了。" for k in range(7))
    notes = write_notes(PAGE_NOTES, article=f"{HEADING}\n{body}\n")
    out = project_dir / "narrow.pdf"
    command = [sys.executable, str(ROOT / "make_edition.py"), "-q", "build", str(notes)]
    proc = subprocess.run(
        [*command, "--out", str(out)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    pages = [[line for line in page.splitlines() if line.strip()] for page in pages_text(out)]
    return pages, body


def test_cover_breaks_between_words(narrow):
    pages, _ = narrow
    title = _breaks(pages[0], TITLE)
    subtitle = _breaks(pages[0], SUBTITLE)
    assert title, pages[0]
    assert subtitle, pages[0]
    assert set(title) <= _allowed(TITLE), [TITLE[:p] for p in title]
    assert set(subtitle) <= _allowed(SUBTITLE), [SUBTITLE[:p] for p in subtitle]


def _body_lines(pages) -> list[str]:
    return [line for page in pages[1:] for line in page if squeeze(line) != TITLE]


def test_heading_breaks_between_words(narrow):
    pages, _ = narrow
    heading = _breaks(_body_lines(pages), HEADING)
    assert heading, pages
    assert set(heading) <= _allowed(HEADING), [HEADING[:p] for p in heading]


def test_names_never_break_inside_a_part(narrow):
    pages, body = narrow
    breaks = _breaks(_body_lines(pages), body)
    inside = {i for a, b in name_parts(body) for i in range(a + 1, b)}
    assert len(breaks) >= 4
    assert inside.isdisjoint(breaks), [body[p - 3 : p] + "|" + body[p : p + 2] for p in breaks]


def test_compounds_split_idioms_whole():
    """A compound of dictionary words is known or not word by word; an idiom as a whole."""
    assert _words("他的推理模型黯然失色了一点儿") == [
        "他", "的", "推理", "模型", "黯然失色", "了", "一点儿",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("title", "html"),
    [
        # a dot between two words is no name's: 通讯 and 第十二 stay whole, and 期 goes with
        # the word before it (the cover printed 期 alone on the title's second line)
        (
            "二年级（3）班家长通讯·第十二期",
            '<span class="nw">二年级</span>（3）班<span class="nw">家长</span>'
            '<span class="nw">通讯</span>·<span class="nw">第十二期</span>',
        ),
        # a last character after a single one: the two go together
        ("春天来了", '<span class="nw">春天</span><span class="nw">来了</span>'),
        # a name's last part stays as it is; so does a title of one character
        ("马克·陈", '<span class="nw">马克·</span><span class="nw">陈</span>'),
        ("<em>我</em>", "<em>我</em>"),
        # only the title's end: 来了 inside is free to break
        ("来了<em>春天</em>", '来了<em><span class="nw">春天</span></em>'),
    ],
)
def test_titles_never_leave_a_character_alone_or_cut_a_word_at_a_dot(title, html):
    assert nowrap_words(Markup(title)) == html
