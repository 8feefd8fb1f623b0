"""edition.render.fonts and edition.rubyfont: extracted faces, the glyph-ruby font's geometry."""

from __future__ import annotations

from pathlib import Path

import pytest

from edition.errors import EditionError
from edition.render.fonts import load_font_set
from edition.render.rubyfont import (
    KERN_STEP,
    LABEL_GAP,
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


KEYS = [(c, lab) for c, labels in PAIRS.items() for lab in labels]
# Every pair side by side, except 裝 before 創 (to show that copies are made only when needed).
NEIGHBOURS = [(a, b) for a in KEYS for b in KEYS if (a[0], b[0]) != ("裝", "創")]


@pytest.fixture(scope="module")
def ruby(fonts, tmp_path_factory):
    return build_ruby_font(
        fonts.latin_regular, PAIRS, "above", tmp_path_factory.mktemp("r"), neighbours=NEIGHBOURS
    )


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
        "(git checkout -- fonts/)"
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


def test_labels_are_centred_over_the_character_on_an_even_pitch(ruby):
    from fontTools.ttLib import TTFont

    font = TTFont(ruby.path)
    glyphset = font.getGlyphSet()
    for name in [n for n in font.getGlyphOrder() if n.startswith("r") and "." not in n]:
        base, label = split(glyphset, name)
        assert font["hmtx"][name][0] == 1000, name  # wide labels overhang, never widen
        assert base, name
        assert label, name
        assert min(b[1] for b in label) > max(b[3] for b in base), name
        centre = (min(b[0] for b in label) + max(b[2] for b in label)) / 2
        assert abs(centre - 500) < 2, name
        assert font["hhea"].ascent >= max(b[3] for b in label)


def shape_pair(ruby, a: str, b: str):
    """(advance of a, label boxes of a, label boxes of b) as HarfBuzz sets ``a + b``."""
    import uharfbuzz as hb
    from fontTools.ttLib import TTFont

    font = TTFont(ruby.path)
    order = font.getGlyphOrder()
    hb_font = hb.Font(hb.Face(hb.Blob.from_file_path(str(ruby.path))))
    buf = hb.Buffer()
    buf.add_str(a + b)
    buf.guess_segment_properties()
    hb.shape(hb_font, buf, {})
    (ga, gb), (pa, _) = buf.glyph_infos, buf.glyph_positions
    _, la = split(font.getGlyphSet(), order[ga.codepoint])
    _, lb = split(font.getGlyphSet(), order[gb.codepoint])
    return pa.x_advance, la, lb


def test_neighbouring_labels_never_touch_and_short_ones_get_no_space(ruby):
    """Shape every pair with HarfBuzz and measure the labels' gap: never under LABEL_GAP,
    and a pair is widened only by what the gap needs (within one class step)."""
    widened = 0
    for a, b in NEIGHBOURS:
        advance, la, lb = shape_pair(ruby, ruby.encode(*a), ruby.encode(*b))
        gap = advance + min(x[0] for x in lb) - max(x[2] for x in la)
        assert gap >= LABEL_GAP - 1, (a, b, gap)
        assert advance == 1000 + ruby.kern(a, b), (a, b)
        if advance > 1000:
            widened += 1
            assert gap < LABEL_GAP + 2 * KERN_STEP + 1, (a, b, gap)
    assert widened > 0
    assert shape_pair(ruby, "一", "的")[0] == 1000  # yī de: set solid


def test_copies_only_for_pairs_that_occur(ruby, fonts, tmp_path):
    """One widened copy per (glyph, extra width) the text's neighbours need, no more."""
    from fontTools.ttLib import TTFont

    font = TTFont(ruby.path)
    need = {(a, ruby.kern(a, b)) for a, b in NEIGHBOURS if ruby.kern(a, b)}
    assert len([n for n in font.getGlyphOrder() if ".w" in n]) == len(need)
    alone = build_ruby_font(fonts.latin_regular, PAIRS, "above", tmp_path)
    order = TTFont(alone.path).getGlyphOrder()
    assert not [n for n in order if ".w" in n]
    assert len(order) == 1 + 4 + len(KEYS)  # .notdef, four blanks, one glyph per pair


def test_widened_copy_by_selector_across_a_boundary(ruby):
    """inline.py asks for the widened copy where the font cannot see the next glyph."""
    import uharfbuzz as hb

    extra = ruby.kern(("創", "chuàng"), ("窗", "chuāng"))
    assert extra > 0
    text = ruby.encode("創", "chuàng", widen=extra)
    assert text[0] == "創"
    assert len(text) == 2
    hb_font = hb.Font(hb.Face(hb.Blob.from_file_path(str(ruby.path))))
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(hb_font, buf, {})
    assert [p.x_advance for p in buf.glyph_positions] == [1000 + extra]
    assert ruby.encode("創", "chuàng", widen=7) == "創"  # no such copy: the plain glyph


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


def test_a_font_too_big_for_16_bit_glyph_ids_is_split(fonts, tmp_path, monkeypatch):
    """Issue 14: ~12,800 pairs passed 65,535 glyphs. Each file holds at most MAX_GLYPHS, each
    character whole in one file; the CSS lists one family per file."""
    from fontTools.ttLib import TTFont

    from edition.render import rubyfont

    monkeypatch.setattr(rubyfont, "MAX_GLYPHS", 12)
    ruby = build_ruby_font(fonts.latin_regular, PAIRS, "above", tmp_path, neighbours=NEIGHBOURS)
    assert len(ruby.paths) > 1
    seen = set()
    for i, path in enumerate(ruby.paths):
        font = TTFont(path)
        assert len(font.getGlyphOrder()) <= 12
        chars = {chr(cp) for cp in font.getBestCmap()} & set(PAIRS)
        assert chars == {c for c, part in ruby.part.items() if part == i}
        assert font["name"].getDebugName(1) == rubyfont.family(i)
        seen |= chars
    assert seen == set(PAIRS)
    css = fonts.css(ruby)
    families = ", ".join(f'"{rubyfont.family(i)}"' for i in range(len(ruby.paths)))
    assert f'.han {{ font-family: {families}, "Edition Han"; }}' in css


def test_numbers_get_a_wider_pitch(fonts, tmp_path):
    from fontTools.ttLib import TTFont

    from edition.render.rubyfont import STYLE_PITCH

    ruby = build_ruby_font(
        fonts.latin_regular, {"中": ["zhong1"]}, "above", tmp_path, pitch=STYLE_PITCH["numbers"]
    )
    font = TTFont(ruby.path)
    assert font["hmtx"][font.getBestCmap()[ord("中")]][0] == STYLE_PITCH["numbers"] > 1000


def test_fontset_css_names_the_families(fonts, ruby):
    css = fonts.css(ruby)
    for family in ("Edition Latin", "Edition Han", "Edition Ruby"):
        assert f'font-family: "{family}"; font-weight: 400' in css
        assert f'font-family: "{family}"; font-weight: 700' in css
    assert Path(ruby.path).as_uri() in css
    assert '.han { font-family: "Edition Ruby", "Edition Han"; }' in css
