"""edition.render.fonts and edition.rubyfont: extracted faces, the glyph-ruby font's geometry."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from edition.errors import EditionError
from edition.render.fonts import load_font_set
from edition.render.rubyfont import (
    LABEL_GAP,
    MAX_OVERHANG,
    VS_BASE,
    ZHUYIN_ADVANCE,
    build_ruby_font,
)

PAIRS = {
    "中": ["zhōng", "zhòng"],
    "創": ["chuàng"],
    "裝": ["zhuàng"],
    "的": ["de", "dí"],
    "一": ["yī"],
    "綠": ["lǜ"],
    "窗": ["chuāng"],
}


@pytest.fixture(scope="module")
def fonts():
    return load_font_set("TC")


@pytest.fixture(scope="module")
def ruby(fonts, tmp_path_factory):
    return build_ruby_font(fonts.latin_regular, PAIRS, "above", tmp_path_factory.mktemp("r"))


def contours(glyphset, name):
    """(xmin, ymin, xmax, ymax) of each contour of a glyph."""
    from fontTools.pens.boundsPen import BoundsPen
    from fontTools.pens.recordingPen import RecordingPen

    rec = RecordingPen()
    glyphset[name].draw(rec)
    boxes, current = [], []
    for op, args in rec.value:
        current.append((op, args))
        if op in ("closePath", "endPath"):
            pen = BoundsPen(None)
            for o, a in current:
                getattr(pen, o)(*a)
            if pen.bounds:
                boxes.append(pen.bounds)
            current = []
    return boxes


def split(glyphset, name):
    """Base-character and label boxes: a label contour starts above the CJK em box (880)."""
    boxes = contours(glyphset, name)
    label = [b for b in boxes if b[1] > 890]
    base = [b for b in boxes if b[1] <= 890]
    return base, label


def test_missing_collection_is_one_clear_error(tmp_path):
    with pytest.raises(EditionError) as info:
        load_font_set("TC", fonts_dir=tmp_path, cache_dir=tmp_path / "cache")
    assert str(info.value) == (
        "fonts/NotoSerifCJK-Regular.ttc:1: error: font file not found; restore it from git "
        "(git checkout -- fonts/) or reinstall the edition"
    )


def test_han_face_has_zero_width_spaces(fonts):
    from fontTools.ttLib import TTFont

    han, latin = TTFont(fonts.han_regular), TTFont(fonts.latin_regular)
    for cp in (0x20, 0xA0, 0x200B):
        assert han["hmtx"][han.getBestCmap()[cp]][0] == 0
    assert latin["hmtx"][latin.getBestCmap()[0x20]][0] > 0
    assert han.getBestCmap()[0x4E2D] == latin.getBestCmap()[0x4E2D]


def test_cmap_and_variation_selectors(ruby):
    from fontTools.ttLib import TTFont

    font = TTFont(ruby.path)
    cmap = font.getBestCmap()
    assert all(ord(c) in cmap for c in PAIRS)
    assert {0x20, 0xA0, 0x200B, 0x3000} <= set(cmap)
    uvs = next(t for t in font["cmap"].tables if t.format == 14).uvsDict
    zhong2 = dict(uvs[VS_BASE + 1])[ord("中")]
    assert zhong2 != cmap[ord("中")]
    assert ruby.encode("中", "zhōng") == "中"
    assert ruby.encode("中", "zhòng") == "中\U000e0101"
    with pytest.raises(KeyError):
        ruby.encode("中", "zhǒng")


def test_labels_sit_above_the_character_and_near_the_advance(ruby):
    from fontTools.ttLib import TTFont

    font = TTFont(ruby.path)
    glyphset = font.getGlyphSet()
    for name in [n for n in font.getGlyphOrder() if n.startswith("r")]:
        base, label = split(glyphset, name)
        advance = font["hmtx"][name][0]
        assert base and label, name
        assert min(b[1] for b in label) > max(b[3] for b in base), name
        assert min(b[0] for b in label) >= -MAX_OVERHANG - 1, name
        assert max(b[2] for b in label) <= advance + MAX_OVERHANG + 1, name
        assert font["hhea"].ascent >= max(b[3] for b in label)


def test_neighbouring_labels_never_touch(ruby):
    """Shape every pair with HarfBuzz (kerning included) and measure the labels' gap."""
    import uharfbuzz as hb
    from fontTools.ttLib import TTFont

    font = TTFont(ruby.path)
    glyphset = font.getGlyphSet()
    order = font.getGlyphOrder()
    hb_font = hb.Font(hb.Face(hb.Blob.from_file_path(str(ruby.path))))
    texts = [ruby.encode(c, lab) for c, labels in PAIRS.items() for lab in labels]
    for a, b in itertools.product(texts, repeat=2):
        buf = hb.Buffer()
        buf.add_str(a + b)
        buf.guess_segment_properties()
        hb.shape(hb_font, buf, {})
        (ga, gb), (pa, _) = buf.glyph_infos, buf.glyph_positions
        _, la = split(glyphset, order[ga.codepoint])
        _, lb = split(glyphset, order[gb.codepoint])
        gap = pa.x_advance + min(x[0] for x in lb) - max(x[2] for x in la)
        assert gap >= LABEL_GAP - 1, (a, b, gap)


def test_zhuyin_column_right_of_the_character(fonts, tmp_path):
    from fontTools.ttLib import TTFont

    ruby = build_ruby_font(
        fonts.latin_regular, {"中": ["ㄓㄨㄥ"], "的": ["˙ㄉㄜ"]}, "right", tmp_path
    )
    font = TTFont(ruby.path)
    name = font.getBestCmap()[ord("中")]
    assert font["hmtx"][name][0] == ZHUYIN_ADVANCE
    boxes = contours(font.getGlyphSet(), name)
    column = [b for b in boxes if b[0] >= 1000]
    assert column
    assert all(b[2] <= ZHUYIN_ADVANCE for b in column)


def test_build_is_cached_and_deterministic(fonts, tmp_path):
    one = build_ruby_font(fonts.latin_regular, PAIRS, "above", tmp_path / "a")
    two = build_ruby_font(fonts.latin_regular, PAIRS, "above", tmp_path / "b")
    assert one.path.read_bytes() == two.path.read_bytes()
    mtime = one.path.stat().st_mtime_ns
    again = build_ruby_font(fonts.latin_regular, PAIRS, "above", tmp_path / "a")
    assert again.path == one.path
    assert again.path.stat().st_mtime_ns == mtime
    assert again.steps == one.steps


def test_fontset_css_names_the_families(fonts, ruby):
    css = fonts.css(ruby)
    for family in ("Edition Latin", "Edition Han", "Edition Ruby"):
        assert f'font-family: "{family}"; font-weight: 400' in css
        assert f'font-family: "{family}"; font-weight: 700' in css
    assert Path(ruby.path).as_uri() in css
    assert '.han { font-family: "Edition Ruby", "Edition Han"; }' in css


@pytest.mark.parametrize(
    ("units", "expected"),
    [(0, ""), (10, "\u202f"), (85, "\u2007\u202f"), (170, "\u2007\u2007\u202f")],
)
def test_spacers(units, expected):
    from edition.render.rubyfont import spacers

    assert spacers(units) == expected


def test_spacers_are_blank_in_the_font(ruby):
    from fontTools.ttLib import TTFont

    from edition.render.rubyfont import SPACER_FINE_WIDTH, SPACER_WIDE_WIDTH

    font = TTFont(ruby.path)
    cmap = font.getBestCmap()
    assert font["hmtx"][cmap[0x2007]][0] == SPACER_WIDE_WIDTH
    assert font["hmtx"][cmap[0x202F]][0] == SPACER_FINE_WIDTH
