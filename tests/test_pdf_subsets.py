"""WeasyPrint's font subsets kept in edition's cache (edition/render/pdfsubsets.py): the same
PDF bytes whether a subset is made or read back, one entry per font and glyph set, nothing
kept for a font HarfBuzz could not subset, and WeasyPrint's function as it was pinned."""

from __future__ import annotations

import pytest

import edition.render  # noqa: F401  (the import hook, before WeasyPrint)
from edition.render import pdfsubsets
from edition.render.patches import source_hash

HTML_TEXT = "<p style='font-family: serif'>Subsets: quick brown fox, 1234 <b>bold</b></p>"


@pytest.fixture
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("EDITION_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("EDITION_NO_CACHE", raising=False)
    return tmp_path / "pdfsubset"


def _pdf(html: str = HTML_TEXT) -> bytes:
    from weasyprint import HTML

    return HTML(string=html).write_pdf()


def test_pinned_source():
    """A changed ``Font._harfbuzz_subset`` fails here: check what the subset depends on."""
    from weasyprint.pdf.fonts import Font

    original = pdfsubsets._installed.get("original", Font._harfbuzz_subset)
    assert source_hash(original) == pdfsubsets.HARFBUZZ_SUBSET


def test_subsets_read_back_give_the_same_pdf(own_cache, monkeypatch):
    from weasyprint.pdf.fonts import Font

    original = pdfsubsets._installed.get("original", Font._harfbuzz_subset)
    made = []

    def counting(font, to_unicode, hinting):
        made.append(font.family)
        return original(font, to_unicode, hinting)

    monkeypatch.setattr(Font, "_harfbuzz_subset", original)
    plain = _pdf()  # WeasyPrint's own way
    monkeypatch.setattr(Font, "_harfbuzz_subset", pdfsubsets._cached(counting))
    first = _pdf()
    fonts = len(made)
    entries = sorted(own_cache.glob("*.otf"))
    second = _pdf()
    assert plain == first == second
    assert fonts >= 2  # regular and bold
    assert len(made) == fonts  # none made again
    assert len(entries) == fonts
    assert sorted(own_cache.glob("*.otf")) == entries
    _pdf(HTML_TEXT + "<p>xyz</p>")  # other glyphs: other entries
    assert len(list(own_cache.glob("*.otf"))) > fonts


def test_nothing_kept_when_harfbuzz_cannot_subset(own_cache, monkeypatch):
    from weasyprint.pdf.fonts import Font

    monkeypatch.setattr(Font, "_harfbuzz_subset", pdfsubsets._cached(lambda *args: None))
    _pdf()
    assert not list(own_cache.glob("*.otf"))


def test_entry_names_change_with_each_input():
    base = (b"font", 0, {3, 1, 2}, False, True)
    name = pdfsubsets.entry_name(*base)
    assert pdfsubsets.entry_name(b"font", 0, [1, 2, 3], False, True) == name
    for changed in (
        (b"fonT", 0, {1, 2, 3}, False, True),
        (b"font", 1, {1, 2, 3}, False, True),
        (b"font", 0, {1, 2}, False, True),
        (b"font", 0, {1, 2, 3}, True, True),
        (b"font", 0, {1, 2, 3}, False, False),
    ):
        assert pdfsubsets.entry_name(*changed) != name


def test_harfbuzz_version_is_the_loaded_one():
    from weasyprint.text.ffi import harfbuzz

    version = pdfsubsets.harfbuzz_version()
    assert harfbuzz.hb_version_atleast(*version)
    assert not harfbuzz.hb_version_atleast(version[0], version[1], version[2] + 1)
    assert version >= (4, 1, 0)
