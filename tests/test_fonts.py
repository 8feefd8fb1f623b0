"""edition.render.fonts: per-document subsets of the CJK faces, and the Latin family's faces."""

from __future__ import annotations

from fontTools.ttLib import TTFont

from edition.render.fonts import BASE_CODEPOINTS, load_font_set


def test_subset_keeps_the_document_and_the_base_set(tmp_path):
    fonts = load_font_set("TC")
    small = fonts.subset("中國銀行，《評論》", cache_dir=tmp_path)
    assert small.latin_regular.parent == tmp_path / "subset"
    assert small.latin_regular.stat().st_size < fonts.latin_regular.stat().st_size / 10
    han = TTFont(small.han_regular)
    cmap = han.getBestCmap()
    assert {ord(c) for c in "中國銀行，《評論》"} <= set(cmap)
    assert {0x20, ord("A"), 0x3000, 0xFF08} <= set(cmap)
    assert 0x4E00 not in cmap
    assert han["hmtx"][cmap[0x20]][0] == 0  # the Han face's spaces stay zero-width
    assert small.serif == fonts.serif
    again = fonts.subset("中國銀行，《評論》", cache_dir=tmp_path)
    assert again == small
    assert len(BASE_CODEPOINTS) < 1000


def test_latin_family_is_noto_serif_then_the_cjk_face():
    fonts = load_font_set("TC")
    css = fonts.css()
    rules = [r for r in css.splitlines() if '"Edition Latin"' in r and "@font-face" in r]
    assert len(rules) == 6
    assert all("NotoSerif-" in r and "unicode-range" in r for r in rules[:4])
    assert "font-style: italic" in rules[2]
    assert "font-weight: 700" in rules[3]
    assert all("semi-expanded" in r and "unicode-range" not in r for r in rules[4:])
    ranges = rules[0].split("unicode-range:")[1]
    assert "U+B8-" in ranges
    assert "U+B7" not in ranges
    assert ord("ł") in fonts.codepoints()
    assert ord("中") in fonts.codepoints()
