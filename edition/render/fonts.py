"""The fonts of an edition: single faces cut from the shipped Noto Serif CJK collections.

WeasyPrint's ``@font-face`` always takes a collection's first face (Japanese), so the face of the
script variant (``SC``, ``TC`` or ``HK``) is extracted once into the cache (kind ``fonts``,
see ``edition/cache.py``) and ``@font-face`` points at that file. Two copies are made of
each weight:

* the *Latin* face: the unmodified Noto Serif CJK face (it has Latin, digits and CJK);
* the *Han* face: the same face whose U+0020, U+00A0 and U+200B have zero advance, so spaces
  inserted between Han characters (see ``edition/render/inline.py``) are invisible but still stretch
  when a line is justified (design/ruby.md, "Justification").

Both get the feature ``chws``, adjacent punctuation set half-width as clreq asks
(``edition/render/punctuation.py``); the layouts turn it on.

Font families declared by :meth:`FontSet.css` (weights 400 and 700), for layouts to use:

``"Edition Latin"``
    Latin text, digits, and anything whose spaces must keep their width.
``"Edition Han"``
    Han text and CJK punctuation (zero-width spaces).
``"Edition Ruby"``
    the glyph-ruby font (``edition/render/rubyfont.py``), regular only (and bold when given);
    a document with more pairs than one font holds adds "Edition Ruby B", ... after it.

:meth:`FontSet.css` also gives the rules for the classes ``edition/render/inline.py`` emits
(``.han``, ``.plain``, ``.latin``, ``.sp``); a layout sets the paragraph font to
``font-family: "Edition Latin", "Edition Han"`` and only styles blocks.

A cache entry is keyed by a hash of (collection file name and size, face index, variant kind,
:data:`FORMAT`), written to a temporary file first, then renamed, so parallel builds never
read half a file, and checked before each use (edition/cache.py).

A whole face is 24 MB; WeasyPrint reads each ``@font-face`` file whole, copies it to a temp
folder, and parses and subsets it again for the PDF (1-2 s and ~60 MB per face per build).
:meth:`FontSet.subset` therefore cuts the four CJK faces down to the code points of one
document plus :data:`BASE_CODEPOINTS` (uharfbuzz, ~0.06 s per face, cached (kind ``subset``)
by a hash of the set): WeasyPrint then loads files of ~1 MB.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from edition import cache, files
from edition.errors import EditionError, Problem
from edition.model import SourceLocation

if TYPE_CHECKING:
    from fontTools.ttLib import TTFont

    from edition.render.rubyfont import RubyFont

log = logging.getLogger(__name__)

FONTS_DIR = files.FONTS_DIR

# Bump when the extracted files change, so old cache entries are not reused.
# 4: the faces have the feature "chws" (edition/render/punctuation.py).
FORMAT = 4

Variant = Literal["SC", "TC", "HK"]
FACE_INDEX: dict[str, int] = {"JP": 0, "KR": 1, "SC": 2, "TC": 3, "HK": 4}
COLLECTIONS = {400: "NotoSerifCJK-Regular.ttc", 700: "NotoSerifCJK-Bold.ttc"}

LATIN_FAMILY = "Edition Latin"
HAN_FAMILY = "Edition Han"
RUBY_FAMILY = "Edition Ruby"

# Characters that get zero advance in the Han face.
ZERO_WIDTH_CHARS = (0x0020, 0x00A0, 0x200B)

# Always kept in a subset face, whatever the document holds: ASCII, Latin-1, general
# punctuation, CJK symbols and punctuation, full-width forms (CSS-generated text such as
# counters and footnote markers is not in the HTML).
BASE_CODEPOINTS = frozenset(
    [
        *range(0x20, 0x7F),
        *range(0xA0, 0x100),
        *range(0x2000, 0x2070),
        *range(0x3000, 0x3040),
        *range(0xFF00, 0xFFF0),
    ]
)
SERIF_FILES = (
    "NotoSerif-Regular.ttf",
    "NotoSerif-Bold.ttf",
    "NotoSerif-Italic.ttf",
    "NotoSerif-BoldItalic.ttf",
)
SERIF_STYLES = ((400, "normal"), (700, "normal"), (400, "italic"), (700, "italic"))
# What "Edition Latin" takes from Noto Serif (where Noto Serif has it): Latin, IPA, modifiers,
# combining marks, Greek, Cyrillic, Latin Extended Additional, Greek Extended, hyphens and en
# dash, currency signs, U+FFFD (a lost character; the CJK face has no glyph). Characters
# shared with Chinese text keep the CJK face's full-width forms: U+00B7 (the dot between
# parts of a name), the zhuyin tone marks, and the rest of General Punctuation
# (quotes “ ” ‘ ’, —, …).
SERIF_BLOCKS = (
    (0x20, 0x52F),
    (0x1E00, 0x1FFF),
    (0x2010, 0x2013),
    (0x20A0, 0x20CF),
    (0xFFFD, 0xFFFD),
)
SERIF_EXCLUDED = frozenset({0xB7, 0x2C7, 0x2C9, 0x2CA, 0x2CB, 0x2D9})


def variant_for_lang(lang: str) -> Variant:
    """The face for a BCP 47 language tag: ``zh-Hant``/``zh-TW`` TC, ``zh-HK`` HK, else SC."""
    tag = lang.lower()
    if "hk" in tag.split("-") or "mo" in tag.split("-"):
        return "HK"
    if "hant" in tag or tag.endswith("-tw"):
        return "TC"
    return "SC"


@dataclass(frozen=True, slots=True)
class FontSet:
    """Single-face font files for one script variant, and the CSS that declares them."""

    variant: Variant
    latin_regular: Path  # the CJK face with ordinary spaces (also what ruby glyphs are cut from)
    latin_bold: Path
    han_regular: Path
    han_bold: Path
    # Noto Serif regular, bold, italic, bold italic: "Edition Latin" for Latin letters
    serif: tuple[Path, Path, Path, Path] | None = None

    def css(self, ruby: RubyFont | None = None, ruby_bold: RubyFont | None = None) -> str:
        """``@font-face`` rules for the three families, plus the inline class rules.

        ``ruby``/``ruby_bold``: the glyph-ruby fonts, or None for an edition without readings.
        """
        faces: list[tuple[str, int, str, Path, str]] = []
        if self.serif is not None:
            for (weight, style), path in zip(SERIF_STYLES, self.serif, strict=True):
                faces.append((LATIN_FAMILY, weight, style, path, serif_unicode_range(path)))
        # The CJK faces of "Edition Latin" are declared semi-expanded: WeasyPrint keys a PDF
        # font by family, weight, style and stretch, so two faces of one family that differ
        # only by unicode-range would share one PDF font (and print each other's glyphs).
        # Text asks for normal stretch: fontconfig ranks Noto Serif first and the CJK face of
        # the same weight next, so each character not in Noto Serif's range falls back to it.
        cjk = "normal" if self.serif is None else "normal; font-stretch: semi-expanded"
        faces += [
            (LATIN_FAMILY, 400, cjk, self.latin_regular, ""),
            (LATIN_FAMILY, 700, cjk, self.latin_bold, ""),
            (HAN_FAMILY, 400, "normal", self.han_regular, ""),
            (HAN_FAMILY, 700, "normal", self.han_bold, ""),
        ]
        from edition.render.rubyfont import family as ruby_family

        ruby_families = []
        if ruby is not None:
            # One family per font file: WeasyPrint keys a PDF font by family, so files of one
            # family would share a PDF font. Each character is in exactly one file.
            bold = ruby_bold.paths if ruby_bold is not None else ruby.paths
            for part, (regular_path, bold_path) in enumerate(zip(ruby.paths, bold, strict=True)):
                name = ruby_family(part)
                ruby_families.append(f'"{name}"')
                faces.append((name, 400, "normal", regular_path, ""))
                faces.append((name, 700, "normal", bold_path, ""))
        rules = [
            f'@font-face {{ font-family: "{family}"; font-weight: {weight}; '
            f'font-style: {style}; src: url("{path.resolve().as_uri()}");'
            + (f" unicode-range: {ranges};" if ranges else "")
            + " }"
            for family, weight, style, path, ranges in faces
        ]
        han = ", ".join([*ruby_families, f'"{HAN_FAMILY}"'])
        rules += [
            f".han {{ font-family: {han}; }}",
            f'.han .plain, .plain {{ font-family: "{HAN_FAMILY}"; }}',
            f'.latin, .sp {{ font-family: "{LATIN_FAMILY}", "{HAN_FAMILY}"; }}',
        ]
        return "\n".join(rules) + "\n"

    def codepoints(self) -> set[int]:
        """Every code point some face of the set has a glyph for (for coverage checks)."""
        import uharfbuzz as hb

        have: set[int] = set()
        for path in (self.latin_regular, *(self.serif or ())):
            have |= set(hb.Face(hb.Blob.from_file_path(str(path))).unicodes)
        return have

    def subset(self, text: str, cache_dir: Path | None = None) -> FontSet:
        """This set with the CJK faces cut down to the code points of ``text`` + the base set.

        Glyphs reachable through the faces' substitutions (GSUB closure) are kept, and so are
        the zero-width spaces of the Han faces.
        """
        cps = BASE_CODEPOINTS | {ord(c) for c in set(text)}
        folder = (cache_dir / "subset") if cache_dir else cache.folder("subset")
        digest = hashlib.sha256(str(sorted(cps)).encode()).hexdigest()[:16]
        paths = {
            name: subset_face(getattr(self, name), cps, digest, folder)
            for name in ("latin_regular", "latin_bold", "han_regular", "han_bold")
        }
        return replace(self, **paths)


def load_font_set(
    variant: Variant = "TC", *, fonts_dir: Path | None = None, cache_dir: Path | None = None
) -> FontSet:
    """Extract (or find in the cache) the faces of ``variant``.

    Raises EditionError when a shipped collection is missing.
    """
    if variant not in ("SC", "TC", "HK"):
        raise ValueError(f"unknown script variant {variant!r}; expected SC, TC or HK")
    fonts_dir = fonts_dir or FONTS_DIR
    cache_dir = cache_dir or cache.folder("fonts")
    paths = {}
    for weight, name in COLLECTIONS.items():
        collection = fonts_dir / name
        _check_shipped(collection)
        paths[weight, "latin"] = extract_face(collection, FACE_INDEX[variant], cache_dir)
        paths[weight, "han"] = extract_face(collection, FACE_INDEX[variant], cache_dir, han=True)
    serif = tuple(fonts_dir / name for name in SERIF_FILES)
    for path in serif:
        _check_shipped(path)
    return FontSet(
        variant=variant,
        latin_regular=paths[400, "latin"],
        latin_bold=paths[700, "latin"],
        han_regular=paths[400, "han"],
        han_bold=paths[700, "han"],
        serif=serif,  # type: ignore[arg-type]
    )


@lru_cache(maxsize=4)
def serif_unicode_range(face: Path) -> str:
    """The CSS ``unicode-range`` of :data:`SERIF_BLOCKS` that ``face`` has glyphs for.

    (WeasyPrint gives fontconfig exactly this charset: a range claiming characters the font
    lacks would print them as boxes instead of falling back to the CJK face.)
    """
    import uharfbuzz as hb

    have = hb.Face(hb.Blob.from_file_path(str(face))).unicodes
    cps = sorted(
        cp
        for lo, hi in SERIF_BLOCKS
        for cp in range(lo, hi + 1)
        if cp in have and cp not in SERIF_EXCLUDED
    )
    ranges: list[list[int]] = []
    for cp in cps:
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return ", ".join(f"U+{lo:X}" if lo == hi else f"U+{lo:X}-{hi:X}" for lo, hi in ranges)


def _check_shipped(path: Path) -> None:
    """A shipped font is there and whole (fontcheck), else EditionError naming how to restore
    it."""
    from edition.render.fontcheck import check_font_file

    try:
        check_font_file(path)
    except FileNotFoundError:
        raise missing_font(path) from None


def missing_font(path: Path) -> EditionError:
    """The error for a shipped font that is not there."""
    return EditionError(
        Problem(
            SourceLocation(f"fonts/{path.name}", 1),
            f"font file not found; {files.RESTORE}",
        )
    )


def extract_face(collection: Path, index: int, cache_dir: Path, *, han: bool = False) -> Path:
    """Path of face ``index`` of ``collection`` as a single-face OTF in ``cache_dir``.

    ``han``: give U+0020, U+00A0 and U+200B zero advance. Raises EditionError when the
    collection is missing.
    """
    try:
        size = collection.stat().st_size
    except FileNotFoundError:
        raise missing_font(collection) from None
    kind = "han" if han else "latin"
    key = hashlib.sha256(f"{FORMAT}:{collection.name}:{size}:{index}:{kind}".encode()).hexdigest()
    name = f"{collection.stem}-{index}-{kind}-{key[:16]}"
    found = cache.find(cache_dir, name, ".otf")
    if found is not None:
        return found
    log.debug("extracting face %d of %s into %s", index, collection.name, cache_dir)
    from fontTools.ttLib import TTCollection

    from edition.render.punctuation import add_chws

    font = TTCollection(str(collection), lazy=True).fonts[index]
    changed = make_spaces_zero_width(font) if han else set()
    changed |= add_chws(font, across_spaces=han)
    return cache.store(cache_dir, name, ".otf", lambda tmp: write_tables(font, changed, tmp))


def subset_face(face: Path, cps: frozenset[int] | set[int], digest: str, folder: Path) -> Path:
    """``face`` cut down to the code points ``cps`` (``digest``: their hash), cached."""
    name = f"{face.stem.split('.')[0]}-{digest}"  # the face's name without its own digest
    found = cache.find(folder, name, ".otf")
    if found is not None:
        return found
    import uharfbuzz as hb

    log.debug("subsetting %s to %d code points", face.name, len(cps))
    blob = hb.Blob.from_file_path(str(face))
    plan = hb.SubsetInput()
    for cp in sorted(cps):
        plan.unicode_set.add(cp)
    plan.flags = hb.SubsetFlags.PASSTHROUGH_UNRECOGNIZED
    result = hb.subset(hb.Face(blob), plan)
    if result is None:
        log.warning("could not subset %s; using the whole face", face.name)
        return face
    data = result.blob.data
    return cache.store(folder, name, ".otf", lambda tmp: Path(tmp).write_bytes(data))


def write_tables(font: TTFont, changed: set[str], path: str) -> None:
    """Write ``font`` copying raw table data, compiling only the ``changed`` tables.

    (``TTFont.save`` recompiles the 20 MB CFF table: minutes instead of a second.)
    """
    from fontTools.ttLib.sfnt import SFNTWriter

    reader = font.reader
    tags = sorted(reader.keys())
    with open(path, "wb") as out:
        writer = SFNTWriter(out, len(tags), sfntVersion=reader.sfntVersion)
        for tag in tags:
            writer[tag] = font[tag].compile(font) if tag in changed else reader[tag]
        writer.close()


def make_spaces_zero_width(font: TTFont) -> set[str]:
    """Give U+0020/U+00A0/U+200B zero advance; map U+200B to the space glyph if absent.

    Returns the tags of the tables changed.
    """
    space = font.getBestCmap()[0x20]
    for table in font["cmap"].tables:
        if table.isUnicode() and table.format in (4, 12):
            for cp in ZERO_WIDTH_CHARS:
                table.cmap.setdefault(cp, space)
    glyphs = {space} | {font.getBestCmap()[cp] for cp in ZERO_WIDTH_CHARS}
    for name in glyphs:
        _, lsb = font["hmtx"][name]
        font["hmtx"][name] = (0, lsb)
    return {"cmap", "hmtx"}
