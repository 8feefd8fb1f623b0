"""Which lines of a plain text are headings, and the bookmarks they give."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from edition.cli.main import main
from edition.pipeline.prepare import _paragraph_kinds


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        # a section's number makes a heading of a line with a colon, or longer than 16
        (["三、讲给孩子听的小故事：小松鼠数松果", "从前有一只松鼠。"], ["heading", "body"]),
        (["（二）我们班这个月的几件小事和活动", "下周一开学。"], ["heading", "body"]),
        # ... not of a sentence, however it starts
        (["一、每天早上七点四十分以前到校。", "二、带好水杯。"], ["body", "body"]),
        # short lines that end the text head nothing: a signature and its date
        (
            ["近期安排", "下周一开学。", "班主任 王晓红", "", "2020年12月10日", ""],
            ["heading", "body", "body", "", "body", ""],
        ),
    ],
)
def test_paragraph_kinds(lines, kinds):
    assert _paragraph_kinds(lines, {}) == kinds


NOTES = """
article: ../articles/t.txt
meta:
  title: 通讯
editions:
  - name: r
    layout: reader
notes:
  - id: squirrel
    anchor: 松鼠
    body: 一种小动物。
"""


def test_a_bookmark_reads_as_its_heading_without_the_note_call(write_notes, project_dir):
    article = "三、故事：小松鼠数松果\n秋天到了，它出门了。\n"
    notes = write_notes(NOTES, article=article)
    assert main(["-q", "build", str(notes)]) == 0
    outline = PdfReader(str(project_dir / "output" / "t-r.pdf")).outline
    titles = [item.title for item in outline if not isinstance(item, list)]
    assert "三、故事：小松鼠数松果" in titles  # it read 小松鼠\u20601数松果


def test_an_epub_contents_entry_reads_as_its_heading_without_the_note_call():
    from markupsafe import Markup

    from edition.render.epub import _text_of

    html = Markup(
        '<ruby><rb>松</rb><rt>sōng</rt></ruby><ruby><rb>鼠</rb><rt>shǔ</rt></ruby>'
        '<a epub:type="noteref" class="noteref" id="fnref4" href="#fn4">4</a>数 &amp; 果'
    )
    assert _text_of(html) == "松鼠数 & 果"


FIRST = """
article: ../articles/t.txt
meta:
  title: 通讯
editions:
  - name: f
    layout: booklet
    pinyin: first
  - name: r
    layout: reader
"""


def test_a_heading_is_of_one_weight_with_readings_and_bold_without(write_notes, project_dir):
    import pdfplumber

    article = "我们班的安排很多。\n二、我们班的安排\n下周一开学，请准时到校。\n"
    notes = write_notes(FIRST, article=article)
    assert main(["-q", "build", str(notes)]) == 0

    def heading_fonts(name: str) -> set[str]:
        with pdfplumber.open(project_dir / "output" / f"t-{name}.pdf") as pdf:
            chars = [c for page in pdf.pages for c in page.chars if c["text"] in "二我们班的安排"]
        rows: dict[int, list] = {}
        for c in chars:
            rows.setdefault(round(c["top"]), []).append(c)
        # the heading's line: the one holding 二 at the left, the largest characters
        line = max(rows.values(), key=lambda row: max(c["size"] for c in row))
        return {c["fontname"].split("+")[-1] for c in line}

    # 二 has a reading (first time), 我们班的安排 none (read in the line before): one weight
    assert not any("Bold" in name for name in heading_fonts("f"))
    assert all("Bold" in name for name in heading_fonts("r"))  # no readings: bold
