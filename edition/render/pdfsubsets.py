"""WeasyPrint's font subsets for a PDF, kept in edition's cache between builds.

Writing a PDF, WeasyPrint 70.0 cuts each font down to the glyphs the document uses
(``Font._harfbuzz_subset``: two passes of HarfBuzz's subsetter, desubroutinizing the CFF of
the CJK faces): some 40 ms for the booklet's nine fonts, the same fonts and glyphs at every
build of an unchanged text. The subset is a function of the font's bytes (``file_content``,
still the face's blob when ``Font.clean`` subsets first), its face index, the glyph ids, whether
glyphs are missing, the hinting option and HarfBuzz's version: hashed together they name the
cache entry (kind ``pdfsubset``) holding the subset's bytes, which the font takes instead of
subsetting again. Only for the function as 70.0 writes it (its source's SHA-256, checked by
``tests/test_pdf_subsets.py``), under ``EDITION_SPEEDUPS``, and not without the cache. A font
HarfBuzz cannot subset keeps WeasyPrint's way (its warning) and nothing is stored.

Not a fix of WeasyPrint (it keeps nothing between runs), so there is no upstream diff.
"""

from __future__ import annotations

import hashlib
import logging

log = logging.getLogger(__name__)

# sha256 of the source of weasyprint.pdf.fonts.Font._harfbuzz_subset in WeasyPrint 70.0
HARFBUZZ_SUBSET = "f80805663ede8080a3e1ffff831e20c74bd25fa3b8e4410334ba807158dc685f"
FORMAT = 1  # of the entries' names: change when what goes into them changes
_installed: dict = {}


def install() -> bool:
    """Put the cached subsetting in place (idempotent); whether it is in place."""
    if "original" in _installed:
        return _installed["on"]
    from weasyprint.pdf.fonts import Font

    from edition import cache
    from edition.render.patches import source_hash
    from edition.render.speedups import enabled

    original = _installed["original"] = Font._harfbuzz_subset
    on = enabled() and cache.enabled() and source_hash(original) == HARFBUZZ_SUBSET
    if on:
        Font._harfbuzz_subset = _cached(original)
    elif enabled() and cache.enabled():
        log.debug("WeasyPrint's Font._harfbuzz_subset is not 70.0's: subsets not cached")
    _installed["on"] = on
    return on


def _cached(original):
    from edition import cache

    def _harfbuzz_subset(self, to_unicode, hinting):
        name = entry_name(self.file_content, self.index, to_unicode, bool(self.missing), hinting)
        where = cache.folder("pdfsubset")
        data = cache.load(where, name, ".otf")
        if data is not None:
            self.file_content = data
            return
        before = self.file_content
        original(self, to_unicode, hinting)
        if self.file_content is not before:  # subset (else WeasyPrint warned: keep the font)
            cache.save(where, name, ".otf", self.file_content)

    _harfbuzz_subset.__wrapped__ = original
    return _harfbuzz_subset


def entry_name(content: bytes, index: int, glyphs, missing: bool, hinting: bool) -> str:
    """The cache entry's name for one subset: a hash of everything the subset depends on."""
    digest = hashlib.sha256(
        repr((FORMAT, harfbuzz_version(), index, missing, bool(hinting), sorted(glyphs))).encode()
    )
    digest.update(content)
    return digest.hexdigest()[:32]


def harfbuzz_version() -> tuple[int, int, int]:
    """The version of the HarfBuzz WeasyPrint loaded, found with ``hb_version_atleast`` (the
    one version function its declarations have)."""
    if "version" not in _installed:
        from weasyprint.text.ffi import harfbuzz

        found = [0, 0, 0]
        for part in range(3):
            low, high = 0, 1 << 16  # the largest value at which the version is still at least
            while low < high:
                mid = (low + high + 1) // 2
                found[part] = mid
                if harfbuzz.hb_version_atleast(*found):
                    low = mid
                else:
                    high = mid - 1
            found[part] = low
        _installed["version"] = tuple(found)
    return _installed["version"]
