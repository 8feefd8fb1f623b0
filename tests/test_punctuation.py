"""Adjacent full-width punctuation set as clreq asks (edition/render/punctuation.py): the faces'
feature "chws" for the glyph positions of each script, the markup between two marks, the
marks' positions in the PDF of a dialogue sheet in both scripts, and its text layer."""

from __future__ import annotations

import itertools
from pathlib import Path

import pdfplumber
import pytest
from pdfcheck import build_editions, pages_text

from edition.model import SourceLocation, Token
from edition.render.fonts import load_font_set
from edition.render.inline import inline_html
from edition.render.punctuation import CLOSING, CORNER_POINTS, MARKS, half_widths, line_end_blank

ROOT = Path(__file__).resolve().parent.parent
NOTES = ROOT / "tests" / "fixtures" / "punct" / "duihua.yaml"


def shaped(face: Path, text: str, chws: bool = True) -> list[tuple[int, int]]:
    """(x offset, x advance) in font units of each glyph of ``text`` shaped in ``face``."""
    import uharfbuzz as hb

    font = hb.Font(hb.Face(hb.Blob.from_file_path(str(face))))
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(font, buf, {"chws": chws})
    return [(p.x_offset, p.x_advance) for p in buf.glyph_positions]


FULL = (0, 1000)
RIGHT_TRIMMED = (0, 520)  # a blank right half left out (but 0.02 em: MARGIN)
# an opening mark's blank left half, taken from the mark before it: that one is RIGHT_TRIMMED


@pytest.mark.parametrize(
    ("text", "simplified", "traditional"),
    [
        # stop + closing quote: the Simplified corner stop loses its blank half; the
        # Traditional centred stop keeps its width (a quarter em each side)
        ("字。」字", [FULL, RIGHT_TRIMMED, FULL, FULL], [FULL, FULL, FULL, FULL]),
        ("。”", [RIGHT_TRIMMED, FULL], [FULL, FULL]),
        # closing + point mark: the closing mark in both scripts
        ("字）。", [FULL, RIGHT_TRIMMED, FULL], [FULL, RIGHT_TRIMMED, FULL]),
        ("」，", [RIGHT_TRIMMED, FULL], [RIGHT_TRIMMED, FULL]),
        # closing, comma, opening: two ems for three marks in both scripts
        ("」，「", [RIGHT_TRIMMED, RIGHT_TRIMMED, FULL], [RIGHT_TRIMMED, RIGHT_TRIMMED, FULL]),
        # colon + opening quote: the Simplified colon's blank half; the Traditional quote's
        ("：“", [RIGHT_TRIMMED, FULL], [RIGHT_TRIMMED, FULL]),
        ("。「", [RIGHT_TRIMMED, FULL], [RIGHT_TRIMMED, FULL]),
        # opening + opening, closing + closing
        ("（《字", [RIGHT_TRIMMED, FULL, FULL], [RIGHT_TRIMMED, FULL, FULL]),
        ("字》）", [FULL, RIGHT_TRIMMED, FULL], [FULL, RIGHT_TRIMMED, FULL]),
        # marks next to characters, and a mark alone, keep their width
        ("字，字", [FULL, FULL, FULL], [FULL, FULL, FULL]),
        ("「字」", [FULL, FULL, FULL], [FULL, FULL, FULL]),
        # a dash or an ellipsis is no mark to pair with
        ("」……", [FULL, FULL, FULL], [FULL, FULL, FULL]),
    ],
)
def test_pairs_of_marks_in_both_scripts(text, simplified, traditional):
    for variant, want in (("SC", simplified), ("TC", traditional)):
        fonts = load_font_set(variant)
        for face in (fonts.han_regular, fonts.latin_regular, fonts.han_bold):
            assert shaped(face, text) == want, (variant, face.name)
        # the feature is off unless asked for (a layout's font-feature-settings)
        assert shaped(fonts.han_regular, text, chws=False) == [FULL] * len(text)


def test_a_justification_space_between_two_marks_keeps_the_pair():
    """The Han face's spaces are zero-width justification spaces: the pair holds across one
    (and across U+200B, which inline.py writes between two marks). The Latin face's space is
    a real one: two marks written apart stay apart."""
    for variant in ("SC", "TC"):
        fonts = load_font_set(variant)
        for sep in (" ", "\u200b"):
            got = shaped(fonts.han_regular, f"」{sep}「")
            assert got[0] == RIGHT_TRIMMED, (variant, sep)
        got = shaped(fonts.latin_regular, "」 「")
        assert got[0] == FULL, variant
        assert got[2] == FULL, variant


def test_mark_tables_agree_with_the_faces():
    """The line-end rule's characters (no font at hand in the justification) are those whose
    blank is the right half in the face's own half-width values."""
    for variant in ("SC", "TC", "HK"):
        path = load_font_set(variant).han_regular
        from fontTools.ttLib import TTFont

        font = TTFont(str(path), lazy=True)
        cmap = font.getBestCmap()
        halves = half_widths(font)
        for char in sorted(MARKS):
            value = halves.get(cmap[ord(char)])
            blank = line_end_blank(char, variant)
            if char in CLOSING or (variant == "SC" and char in CORNER_POINTS):
                assert value == (0, -500), (variant, char)
                assert blank == 0.5, (variant, char)
            else:
                assert value != (0, -500), (variant, char, value)
                assert blank == 0.0, (variant, char)


def _tok(text: str, kind: str) -> Token:
    return Token(text, text, kind, SourceLocation("a.txt", 1, 1))


def test_markup_between_marks_is_a_break_without_stretch():
    """A line may break between two marks, but a U+0020 there would be stretched through a
    letter-spacing attribute and Pango would shape the two marks apart (no pair on a
    justified line): a U+200B instead. Elsewhere the stretchable space as before."""
    tokens = [
        _tok("他说", "han"),
        _tok("：“", "punct"),
        _tok("我来", "han"),
        _tok("！”", "punct"),
        _tok("他", "han"),
        _tok("，「", "punct"),
        _tok("好", "han"),
        _tok("」。", "punct"),
    ]
    html = str(inline_html(tokens, ruby=None, label=None, note_html=lambda n: n))
    assert html == '<span class="han">他 说：\u200b“我 来！” 他，\u200b「好」。</span>'
    plain = str(inline_html(tokens, ruby=None, label=None, note_html=lambda n: n, justify=False))
    assert plain == '<span class="han">他说：“我来！”他，「好」。</span>'


# --- the PDFs of a dialogue and poem sheet ---------------------------------------------------

EDITIONS = ("reader", "reader-tc", "pinyin", "zhuyin")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("punct")
    build_editions(NOTES, out)
    return {name: out / f"duihua-{name}.pdf" for name in EDITIONS}


def _lines(pdf: Path) -> list[list[dict]]:
    """The lines of text at the body's size (not the readings, headings or notes), left to
    right, page after page."""
    with pdfplumber.open(pdf) as doc:
        chars = [c for page in doc.pages for c in page.chars if c["text"].strip()]
        sizes = sorted(c["size"] for c in chars if "\u4e00" <= c["text"] <= "\u9fff")
        size = sizes[len(sizes) // 2]
        rows: dict[tuple[int, int], list[dict]] = {}
        for c in chars:
            if abs(c["size"] - size) < 0.1:
                rows.setdefault((c["page_number"], round(c["top"])), []).append(c)
        return [sorted(cs, key=lambda c: c["x0"]) for _, cs in sorted(rows.items())]


def _steps(pdf: Path, pair: str) -> list[float]:
    """For each occurrence of ``pair`` within a line: the distance between the two glyphs'
    origins, in ems."""
    out = []
    for line in _lines(pdf):
        for a, b in itertools.pairwise(line):
            if a["text"] + b["text"] == pair:
                out.append((b["x0"] - a["x0"]) / a["size"])
    return out


@pytest.mark.parametrize(
    ("name", "pair", "em"),
    [
        ("reader", "。”", 0.5),  # corner stop trimmed
        ("reader", "！”", 0.5),
        ("reader", "：“", 0.5),  # colon trimmed (a break may fall between the two)
        ("reader", "》、", 0.5),
        ("reader-tc", "。”", 1.0),  # centred stop keeps its width
        ("reader-tc", "！”", 1.0),
        ("reader-tc", "：“", 0.5),  # the quote's blank half
        ("reader-tc", "）。", 0.5),  # closing mark
        ("pinyin", "。”", 0.5),  # the readings' ruby font beside the marks' face
        ("pinyin", "：“", 0.5),
        ("zhuyin", "：“", 0.5),
        ("zhuyin", "。”", 1.0),
    ],
)
def test_pairs_in_the_pdf(built, name, pair, em):
    steps = _steps(built[name], pair)
    assert steps, f"no {pair} in {name}"
    # a justified line adds under 0.1 em to a gap
    assert all(em - 0.01 < s < em + 0.1 for s in steps), steps


def test_text_layer_keeps_every_mark(built):
    source = NOTES.with_suffix(".txt").read_text(encoding="utf-8")
    runs = ["问：“今天谁来读《静夜思》？”", "“对！”老师说，“就是‘好像’。”", "（三首都要背）；"]
    for run in runs:
        assert run in source
    for name in ("reader", "pinyin"):
        text = "".join("".join(pages_text(built[name])).split())
        for run in runs:
            assert run in text, (name, run)
    tc = "".join("".join(pages_text(built["reader-tc"])).split())
    assert "“對！”老師說，“就是‘好像’。”" in tc
    assert "問：“今天誰來讀《靜夜思》？”" in tc


def test_a_closing_mark_ends_a_justified_line_flush(built):
    """The blank half of a mark that ends a justified line stands past the edge: its ink
    ends where the other full lines end."""
    checked = 0
    for name in ("reader", "pinyin"):
        lines = _lines(built[name])
        ends = [line[-1] for line in lines if len(line) > 10]
        edge = max(c["x1"] for c in ends if c["text"] not in CLOSING | CORNER_POINTS)
        for c in ends:
            if c["text"] in CLOSING | CORNER_POINTS:
                ink_end = c["x1"] - 0.5 * c["size"]
                # the last line of a paragraph is not justified
                if abs(ink_end - edge) < 0.5 * c["size"]:
                    assert abs(ink_end - edge) < 0.3, (name, c["text"], ink_end, edge)
                    checked += 1
    assert checked, "no justified line ends on a closing mark"


@pytest.mark.parametrize(
    ("setting", "step"),
    [('"chws"', 0.52), ("normal", 1.0)],
)
def test_a_layout_turns_the_compression_off_with_its_css(tmp_path, setting, step):
    """base.css asks for "chws"; a layout that keeps every mark full-width (the uncompressed
    style many Taiwanese prints keep, clreq 3.1.6) sets font-feature-settings: normal."""
    from edition.render.pdf import lay_out

    html = (
        '<html lang="zh-Hans"><head><style>@page { size: 120mm 40mm; margin: 5mm }'
        f" p {{ font-size: 12pt; margin: 0; font-feature-settings: {setting} }}</style>"
        '</head><body><p><span class="han">他说：\u200b“好。”</span></p></body></html>'
    )
    laid = lay_out(html, base_url=tmp_path, stylesheets=[], fonts=load_font_set("SC"), ruby=None)
    path = tmp_path / "off.pdf"
    path.write_bytes(laid.write())
    got = _steps(path, "：“") + _steps(path, "。”")
    assert len(got) == 2
    assert all(abs(s - step) < 0.01 for s in got), got
