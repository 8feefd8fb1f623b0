"""Hostile input against the glyph-ruby font (issue 14, points 4 and 5): variation selectors
already in the article, and more character+reading pairs than one font can hold."""

from __future__ import annotations

from hostile_inputs import NOTES

A = "articles/t.txt"


def test_variation_selectors_in_the_article_are_removed_with_a_warning(
    project_dir, write_notes, cli
):
    """``重`` + VS18 printed the glyph of chóng where the readings said zhòng: the selectors are
    removed, each with a warning at its place, and the PDF is the one of the plain text."""
    plain = "重要的事情。\n中文和長城。\n"
    notes = write_notes(NOTES, article=plain)
    assert cli("build", str(notes)) == (0, [])
    expected = (project_dir / "output" / "t-booklet.pdf").read_bytes()
    (project_dir / A).write_text("重\U000e0101要的事情。\n中\ufe00文和長\ufe0f\U000e0100城。\n")
    assert cli("build", str(notes)) == (
        0,
        [
            f"{A}:1:2: warning: variation selector U+E0101 after '重' removed: the edition chooses each character's glyph by its reading",
            f"{A}:2:2: warning: variation selector U+FE00 after '中' removed: the edition chooses each character's glyph by its reading",
            f"{A}:2:6: warning: variation selector U+FE0F U+E0100 after '長' removed: the edition chooses each character's glyph by its reading",
        ],
    )
    assert (project_dir / "output" / "t-booklet.pdf").read_bytes() == expected


def test_more_pairs_than_one_font_holds_are_split_over_fonts(
    project_dir, write_notes, cli, monkeypatch
):
    """About 12,800 pairs once passed the 65,535 glyphs of one font (OverflowError, exit 3).
    Each font file now holds at most MAX_GLYPHS; here a small bound stands in for 60,000
    (a real overflow takes minutes of font building)."""
    from pdfcheck import fonts, pages_text, squeeze

    from edition.render import rubyfont

    monkeypatch.setattr(rubyfont, "MAX_GLYPHS", 20)
    article = "陳信翰和帕霍基在倫敦見面。\n他們談到了銀行、長城、重要和重複的事情，還有天氣。\n"
    notes = write_notes(NOTES, article=article)
    assert cli("build", str(notes)) == (0, [])
    pdf = project_dir / "output" / "t-booklet.pdf"
    names = {row["name"].split("+", 1)[-1] for row in fonts(pdf)}
    assert {"Edition-Ruby", "Edition-Ruby-B", "Edition-Ruby-C"} <= names
    text = squeeze("".join(pages_text(pdf)))
    for line in article.splitlines():
        assert line in text
