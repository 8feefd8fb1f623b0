"""Justified lines without holes, and no space between Han characters in the text layer
(edition/render/justify.py).

A line before a long Latin word that must go to the next line has more slack than its Chinese
gaps could take under 0.1 em (where poppler and pdfminer start a new word); the rest went to
the spaces around the Latin words (2.4 em on the bundled booklet). Now every gap of the line
gets the same share, and a gap too wide for the extractors is written as the width of the glyph
before it (a widened copy of its font). Measured from the PDF: glyph origins and natural
advances (bench/holes.py), pdftotext and pdfminer's text, pdfplumber's char boxes.
"""

from __future__ import annotations

import itertools
import re
import subprocess
from pathlib import Path

import pytest

from bench.holes import HOLE, measure
from edition.render.fonts import load_font_set
from edition.render.justify import STEP, capped
from edition.render.pdf import lay_out
from tests.pdfcheck import build_editions, pages_text
from tests.test_editions import stray_spaces

ROOT = Path(__file__).resolve().parent.parent
NOTES = ROOT / "tests" / "fixtures" / "justify" / "shouji.yaml"
EDITIONS = ("booklet", "reader", "zhuyin")  # glyph ruby (pinyin), plain Han, zhuyin ruby

# One paragraph as inline.py writes it: a space between Han characters where a line may break
# (zero-width in our CJK fonts), Latin runs with their own spaces; an underlined word (a box of
# its own, as glossary words are) and a long Latin word that cannot join the first line.
HAN = '<span class="han">{}</span>'
LATIN = '<span class="latin">{}</span>'
LINE = (
    HAN.format("這 裡 是")
    + LATIN.format(" OpenAI ")
    + HAN.format("在 倫 敦 的 小 型")
    + '<span class="han" style="text-decoration: underline"> 據 點</span>'
    + HAN.format("，附 近 有 谷 歌")
    + LATIN.format(" DeepMindResearchLaboratory ")
    + HAN.format("和 雅 各 布 在 倫 敦 見 面 。")
)
SMALL = (
    '<html lang="zh-Hant"><head><style>@page { size: 103mm 60mm; margin: 5mm }'
    " p { font-size: 11pt; text-align: justify; margin: 0 }</style></head><body>"
    f"<p>{LINE}</p></body></html>"
)


def write(tmp_path: Path, name: str) -> Path:
    laid = lay_out(SMALL, base_url=tmp_path, stylesheets=[], fonts=load_font_set("TC"), ruby=None)
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(laid.write())
    return path


def pypdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def first_line(path: Path) -> list[dict]:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        chars = [c for c in pdf.pages[0].chars if c["text"].strip()]
    top = min(c["top"] for c in chars)
    return sorted((c for c in chars if abs(c["top"] - top) < 1), key=lambda c: c["x0"])


def test_slack_is_spread_evenly_and_read_without_spaces(tmp_path):
    path = write(tmp_path, "wide")
    m = measure(path)
    assert m["lines"] >= 1
    assert m["widest"] < HOLE, m["worst"]
    line = first_line(path)
    text = "".join(c["text"] for c in line)
    assert text == "這裡是OpenAI在倫敦的小型據點，附近有谷歌"
    # the Han pitch is even and wider than the 1.08 em the old cap allowed
    pitches = [
        (b["x0"] - a["x0"]) / a["size"]
        for a, b in itertools.pairwise(line)
        if re.fullmatch(r"[\u4e00-\u9fff]", a["text"])
        and re.fullmatch(r"[\u4e00-\u9fff]", b["text"])
    ]
    assert len(pitches) >= 12
    assert max(pitches) - min(pitches) < 0.01
    assert min(pitches) > 1.1
    # a glyph carries its gap: its box reaches the next character (pdfplumber sees no gap)
    pairs = list(itertools.pairwise(line))
    widened = [(a, b) for a, b in pairs if a["width"] > a["size"] * 1.05]
    assert len(widened) >= 10
    assert all(abs(b["x0"] - a["x1"]) < (STEP + 5) / 1000 * a["size"] for a, b in widened)
    poppler = "".join(pages_text(path))
    assert "這裡是 OpenAI 在倫敦的小型據點，附近有谷歌" in poppler
    assert "DeepMindResearchLaboratory 和雅各布在倫敦" in poppler
    from pdfminer.high_level import extract_text

    miner = extract_text(str(path))
    assert "這裡是 OpenAI 在倫敦的小型據點，附近有谷歌" in miner
    assert "DeepMindResearchLaboratory 和雅各布在倫敦" in miner
    # pypdf read '小型 據點': the underlined box began with a lone 0.11 em adjustment, a word
    # space to it however far the widened 型 reached (now the box's text matrix holds it)
    layer = pypdf_text(path)
    assert "這裡是 OpenAI 在倫敦的小型據點，附近有谷歌" in layer
    assert "DeepMindResearchLaboratory 和雅各布在倫敦" in layer


def test_with_the_old_cap_the_latin_word_stands_in_a_hole(tmp_path):
    """What the widened glyphs replace: the same line with its Chinese gaps capped."""
    with capped():
        path = write(tmp_path, "capped")
    m = measure(path)
    assert m["holes"] == 2, m["worst"]  # around both Latin words


def test_fonts_embedded_once_each(tmp_path):
    """The widened copies are font dictionaries sharing the font's program."""
    import pikepdf

    path = write(tmp_path, "fonts")
    rows = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert all(row.split()[-5:-2] == ["yes", "yes", "yes"] for row in rows)
    with pikepdf.open(path) as pdf:
        fonts = list(pdf.pages[0].Resources.Font.values())
        programs = {
            f.DescendantFonts[0].FontDescriptor.FontFile3.objgen
            for f in fonts
            if "Edition-Han" in str(f.BaseFont)
        }
        copies = [f for f in fonts if "Edition-Han" in str(f.BaseFont)]
    assert len(copies) > 1  # the font and its widened copies
    assert len(programs) == 1


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("justify")
    build_editions(NOTES, out)
    return {name: out / f"shouji-{name}.pdf" for name in EDITIONS}


@pytest.mark.parametrize("name", EDITIONS)
def test_own_article_has_no_holes(built, name):
    m = measure(built[name])
    assert m["lines"] > 20
    assert m["holes"] == 0, m["worst"]


@pytest.mark.parametrize("name", EDITIONS)
def test_own_article_text_layer(built, name):
    from pdfminer.high_level import extract_text

    source = NOTES.with_suffix(".txt").read_text(encoding="utf-8")
    poppler = "".join(pages_text(built[name]))
    miner = extract_text(str(built[name]))
    layer = pypdf_text(built[name])
    assert stray_spaces(poppler, source) == []
    assert stray_spaces(miner, source) == []
    assert stray_spaces(layer, source) == []
    for text in (poppler, miner, layer):
        flat = "".join(text.split())
        assert "续航方面，GalaxyZFold7的电池是4,400mAh" in flat
        assert "价格方面，12GB+256GB版本在国内售价都在13,999元上下" in flat


NOTICE = ROOT / "tests" / "fixtures" / "justify" / "tingshui.yaml"


@pytest.fixture(scope="module")
def notice(tmp_path_factory) -> dict[str, Path]:
    """A building notice whose justified lines end before long Latin words, with glossary
    words (boxes of their own) right after a widened glyph; glyph ruby in both editions."""
    out = tmp_path_factory.mktemp("notice")
    build_editions(NOTICE, out)
    return {name: out / f"tingshui-{name}.pdf" for name in ("booklet", "pinyin")}


@pytest.mark.parametrize("name", ["booklet", "pinyin"])
def test_box_after_a_widened_glyph_reads_without_space(notice, name):
    """pypdf read '停水 检修' and '志愿者 送水': a glossary word's box began with a lone
    adjustment of 0.095 em or more, a word space to pypdf even where the widened glyph before
    it reached over it. poppler and pdfminer place glyphs and read no space either way."""
    from pdfminer.high_level import extract_text

    source = NOTICE.with_suffix(".txt").read_text(encoding="utf-8")
    layer = pypdf_text(notice[name])
    miner = extract_text(str(notice[name]))
    poppler = "".join(pages_text(notice[name]))
    for text in (layer, miner, poppler):
        assert stray_spaces(text, source) == []
        flat = "".join(text.split())
        assert "将于本周六上午8:00至晚上20:00停水检修，共计12小时" in flat
        assert "由志愿者送水上门，志愿者名单见CommunityVolunteerRegistry公示栏" in flat


def test_justified_boxes_keep_what_drawing_reads_without_a_pango_layout():
    """A justified text box's layout is made without shaping, holding what WeasyPrint's own
    create_layout + deactivate leave for drawing (text cut after its first line break, the
    spacing, no width); decorated text (its underline is drawn from the kept metrics) still
    goes WeasyPrint's way."""
    from weasyprint import HTML
    from weasyprint.text.line_break import create_layout

    from edition.render.justify import _drawing_layout

    doc = HTML(string="<p style='text-decoration: underline'>a</p><p>b</p>").render()
    underlined, plain = [
        box for box in doc.pages[0]._page_box.descendants() if type(box).__name__ == "TextBox"
    ]
    drawn = ("text", "justification_spacing", "max_width", "first_line_direction")
    for text in ("兩個 人", "一\n二三", " "):
        theirs = create_layout(text, plain.style, None, None, 1.5)
        theirs.deactivate()
        ours = _drawing_layout(text, plain.style, 1.5)
        assert {k: getattr(ours, k) for k in drawn} == {k: getattr(theirs, k) for k in drawn}
        assert not hasattr(ours, "layout")
    assert _drawing_layout("a b", underlined.style, 1.5) is None


def test_what_runs_for_every_line_and_box_imports_nothing_each_time():
    """The functions WeasyPrint calls for every justified line, text box and run of glyphs
    take WeasyPrint's names from one import (an import statement costs ~2 us even when the
    module is loaded: some 25,000 of them for the bundled booklet)."""
    import dis

    from edition.render import justify, patches

    hot = (
        justify.justify_line,
        justify.hanging_blank,
        justify.text_boxes,
        justify.add_spacing,
        justify._drawing_layout,
        patches.glyph_infos,
    )
    importing = [
        function.__name__
        for function in hot
        for op in dis.get_instructions(function)
        if op.opname == "IMPORT_NAME"
    ]
    assert importing == []
    names = justify._names()
    assert names is justify._names()
    from weasyprint.layout.inline import count_expandable_spaces

    assert names.count_expandable_spaces is count_expandable_spaces


# Lines of every kind a justified box may hold: Han with breaks (zero-width spaces), Latin words,
# a no-break space, boxes that start or end with a space, Latin letters in a Han box (their
# spaces drawn in another face than a lone space would be: left to Pango), and
# spacing of the text's own (letter-spacing, word-spacing), which Pango's way keeps.
SPACED = (
    LINE
    + HAN.format(" 第 一 季 度 營 收 \u00a0達 到 十 億 元 ，")
    + LATIN.format(" 3\u00a0km and Mark Chen ")
    + '<span class="han" style="letter-spacing: 1px">兩 個 人 在 說 話</span>'
    + '<span class="latin" style="word-spacing: 2px"> wide words here </span>'
    + HAN.format("（再 見）「好 的」 ")
    + "<span style=\"font-family: 'Edition Latin', 'Edition Han'\"> 和 平 與 Ada 的 </span>"
)


def test_justified_boxes_drawn_from_their_kept_lines_are_pangos_spaced_lines(tmp_path):
    """A justified box drawn from the runs made of the line its layout kept
    (edition/render/spaced.py) is the box Pango lays out again with its spacing: the same PDF
    bytes, with most justified boxes so drawn; those with spacing of their own are not."""
    from edition.render import spaced

    html = SMALL.replace(f"<p>{LINE}</p>", f"<p>{SPACED * 3}</p>").replace("60mm", "160mm")
    made = spaced.spaced_line
    drawn: list[str] = []

    def counting(layout, style, kept):
        line = made(layout, style, kept)
        if line is not None:
            drawn.append(layout.text)
        return line

    def write_pdf() -> bytes:
        fonts = load_font_set("TC")
        laid = lay_out(html, base_url=tmp_path, stylesheets=[], fonts=fonts, ruby=None)
        return laid.write()

    try:
        spaced.spaced_line = counting
        ours = write_pdf()
        spaced.drawing = False
        theirs = write_pdf()
    finally:
        spaced.spaced_line, spaced.drawing = made, True
    assert ours == theirs
    assert len(drawn) > 20
    assert any(text.startswith(" ") for text in drawn)
    assert any("\u00a0" in text for text in drawn)
    assert not any("兩 個 人" in text or "wide" in text for text in drawn)


@pytest.mark.parametrize(
    ("spacing", "halves"),
    [(2048, (1024, 1024)), (3000, (1500, 1500)), (1025, (512, 513)), (3072, (2048, 1024))],
)
def test_letter_spacing_is_split_as_pango_splits_it(spacing, halves):
    """Half before the glyph, half after; a whole number of pixels puts a whole pixel first."""
    from edition.render.spaced import distribute

    assert distribute(spacing) == halves
