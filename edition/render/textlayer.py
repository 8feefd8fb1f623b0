"""Make a glyph-ruby PDF's text layer plain Chinese (design/ruby.md, issue 12).

WeasyPrint writes each glyph's ToUnicode entry from its cluster's text, so a ruby glyph
selected by ``char + VS`` maps to both, and the zero-width justification spaces between Han
characters are glyphs mapped to U+0020 (pdfminer printed them as ``(cid:1)`` once their entry
was dropped). :func:`fix_text_layer` rewrites the ToUnicode maps, dropping variation
selectors (U+FE00–FE0F, U+E0100–E01EF) from every mapped string, and takes the blank glyphs
(zero advance, whitespace text) of our CJK fonts ("Edition Han", "Edition Ruby...") out of
the page content: they draw nothing and have no width, so every other glyph keeps its place.

What is left between two characters is the stretch of justification: under 0.08 em it stays
a TJ adjustment (under the 0.1 em at which poppler and pdfminer start a new word); a wider
one becomes the width of the glyph before it, drawn from a widened copy of its font
(``edition/render/justify.py``; :func:`_add_widened` adds the copies to the pages' fonts).
Copy, search, ``pdftotext`` and pdfminer then give the text as written.

The blank glyphs are about half the glyphs of a Han run. :func:`skip_blanks_when_drawing`
makes WeasyPrint leave them out as it writes each line (the same test: one of our CJK fonts,
zero width, blank text; the justification stretch after each is kept), so no page's content
has to be parsed and written again here: the same pages, pixel for pixel, and the same text,
about 0.1 s less for the bundled article's booklet. When WeasyPrint's drawing function is not
the one the edit was written for, it is left alone and the content is rewritten as before.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from edition.files import source_date
from edition.render.justify import show_widened

log = logging.getLogger(__name__)

OUR_CJK_FONTS = (b"Edition-Han", b"Edition-Ruby")
BFCHAR = re.compile(rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>")
SELECTORS = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")
BLANK_TEXT = frozenset({" ", "\u00a0", "\u200b", ""})


# sha256 of inspect.getsource(weasyprint.draw.text.draw_first_line) in WeasyPrint 70.0, the
# function whose one line skip_blanks_when_drawing edits.
DRAW_FIRST_LINE = "1bb8eae6d88e71b17096a034656f3be17da8f1f513c78536c1c38d971927638b"
KERNING = "kerning = logical_width + offset - width * 1000 * FROM_UNITS / font_size"
# The glyph (four hex digits, just written) goes again when it is one of our blanks; the
# kerning written next carries its advance, the justification stretch.
SKIP = (
    KERNING + "\n"
    "            if not (rise or logical_width or font.bitmap) and (\n"
    "                    _edition_blank(font, glyph_id)):\n"
    "                string = string[:-4]"
)
# Each finished TJ array goes through edition/render/justify.py, which widens the glyph before
# a wide gap between CJK characters.
SHOW_RUN = (
    "            if string:\n                stream.show_text(string)\n            string = ''"
)
SHOW_RUN_WIDENED = (
    "            if string:\n                _edition_show(stream, string)\n            string = ''"
)
SHOW_LINE = "    # Draw text.\n    stream.show_text(string)"
SHOW_LINE_WIDENED = "    # Draw text.\n    _edition_show(stream, string)"
# WeasyPrint's draw_first_line ("original") and ours ("edited", when it could be made).
_drawing: dict = {}
_skipping = False


def skip_blanks_when_drawing() -> bool:
    """Make WeasyPrint write no blank glyph of our CJK fonts (idempotent); whether it does."""
    global _skipping
    if "original" in _drawing:
        return _skipping
    from weasyprint.draw import text

    from edition.render.patches import (
        _edited,
        draw_glyph_buffers,
        draw_glyph_pieces,
        draw_kept_fonts,
        draw_kept_lines,
        draw_spaced_lines,
        glyph_buffers_fit,
        glyph_infos,
        glyph_pieces,
        source_hash,
    )
    from edition.render.speedups import enabled

    original = _drawing["original"] = text.draw_first_line
    if source_hash(original) == DRAW_FIRST_LINE:
        text._edition_blank = blank_of
        text._edition_show = show_widened
        text._edition_glyphs = glyph_infos
        text._edition_pieces = glyph_pieces
        # Speed fixes of the same function (the same bytes): edited with ours in one go.
        fits = enabled() and glyph_buffers_fit()
        faster = (*draw_glyph_buffers(), *draw_glyph_pieces()) if fits else ()
        if fits and _draw_kept_lines(text):
            faster += (*draw_kept_lines(), *draw_spaced_lines(), *draw_kept_fonts())
        text.draw_first_line = _drawing["edited"] = _edited(
            original,
            KERNING,
            SKIP,
            (SHOW_RUN, SHOW_RUN_WIDENED),
            (SHOW_LINE, SHOW_LINE_WIDENED),
            *faster,
        )
        _skipping = True
    else:
        log.debug("WeasyPrint's draw_first_line is not 70.0's: blank glyphs removed afterwards")
    return _skipping


def _draw_kept_lines(text) -> bool:
    """Put the edit of ``draw_text`` that draws a box from the line its layout kept in place
    (``kept-lines``, ``edition/render/patches.py``), with ``draw_first_line``'s edit that the
    caller makes; whether it could be (the layout keeps lines, ``draw_text`` is 70.0's)."""
    from weasyprint import draw
    from weasyprint.text import line_break

    from edition.render.patches import (
        DRAW_TEXT,
        _edited,
        add_font,
        draw_text_kept_lines,
        kept_first_line,
        kept_line,
        source_hash,
    )

    if not hasattr(line_break, "_keep_line") or source_hash(text.draw_text) != DRAW_TEXT:
        return False
    edits = draw_text_kept_lines()
    if hasattr(text, "_imported"):  # function-imports-once's edit of the same function
        edits += (
            (
                "    from ..layout.percent import percentage\n",
                "    percentage = _imported('..layout.percent', 'percentage')\n",
            ),
        )
    text._edition_kept = kept_line
    text._edition_first_line = kept_first_line
    text._edition_add_font = add_font
    _drawing["draw_text"] = text.draw_text
    text.draw_text = draw.draw_text = _edited(text.draw_text, *edits[0], *edits[1:])
    return True


@contextmanager
def blanks_drawn() -> Iterator[None]:
    """WeasyPrint draws the blank glyphs inside the block, and fix_text_layer takes them out
    of the content afterwards: the way without the edit, to compare with."""
    global _skipping
    skipping = skip_blanks_when_drawing()
    from weasyprint.draw import text

    text.draw_first_line, _skipping = _drawing["original"], False
    try:
        yield
    finally:
        if skipping:
            text.draw_first_line, _skipping = _drawing["edited"], True


def is_blank(font, glyph_id: int) -> bool:
    """Whether ``glyph_id``, written in WeasyPrint's PDF font ``font`` with zero width, is a
    blank of one of our CJK fonts (what fix_text_layer takes out of the content)."""
    text = font.to_unicode.get(glyph_id)
    return (
        text is not None
        and SELECTORS.sub("", text) in BLANK_TEXT
        and any(name in font.name for name in OUR_CJK_FONTS)
    )


def blank_of(font, glyph_id: int) -> bool:
    """:func:`is_blank`, kept per font: a glyph's text in the font does not change once
    drawn (drawing asks for every zero-width glyph, most of them the same few blanks)."""
    known = font.__dict__.get("_edition_blanks")
    if known is None:
        known = font._edition_blanks = {}
    blank = known.get(glyph_id)
    if blank is None:
        blank = known[glyph_id] = is_blank(font, glyph_id)
    return blank


@dataclass(slots=True)
class FontText:
    """What the rewrite needs of one of our fonts: its blank glyphs."""

    blanks: set[int] = field(default_factory=set)


def fix_text_layer(
    pdf: bytes,
    blanks_written: bool = True,
    widened: dict[str, tuple[str, int, set[int]]] | None = None,
) -> bytes:
    """Return ``pdf`` with a clean text layer, deterministic ID, dates from the environment.

    When ``SOURCE_DATE_EPOCH`` is set, /CreationDate and /ModDate are set to it.
    ``blanks_written``: whether the pages may hold blank glyphs of our fonts (not when
    WeasyPrint drew them with :func:`skip_blanks_when_drawing` in effect).
    ``widened``: the widened font copies the pages name (``edition.render.justify.widened``),
    added to the pages' font resources.
    """
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as doc:
        fonts: dict[tuple[int, int], FontText | None] = {}
        done: set[tuple[int, int]] = set()
        for page in doc.pages:
            _fix_content(doc, page.obj, fonts, done, blanks_written)
        if widened:
            _add_widened(doc, widened)
        if stamp := source_date():
            when = stamp.strftime("D:%Y%m%d%H%M%SZ")
            doc.docinfo["/CreationDate"] = when
            doc.docinfo["/ModDate"] = when
        out = io.BytesIO()
        # The widened copies are ~40 small objects: packed into object streams they cost
        # 2 KB, not 12 (WeasyPrint's own objects are in object streams already).
        mode = pikepdf.ObjectStreamMode.generate if widened else pikepdf.ObjectStreamMode.preserve
        doc.save(out, deterministic_id=True, compress_streams=True, object_stream_mode=mode)
    return out.getvalue()


def _fix_content(doc, holder, fonts, done, blanks_written: bool = True) -> None:
    """Fix the fonts and (``blanks_written``) the text operators of a page or form XObject
    (and its forms)."""
    import pikepdf

    resources = holder.get("/Resources", {})
    by_name: dict[str, FontText | None] = {}
    for name, font in resources.get("/Font", {}).items():
        if font.objgen not in fonts:
            fonts[font.objgen] = _fix_font(doc, font) if "/ToUnicode" in font else None
        by_name[str(name)] = fonts[font.objgen]
    for _, xobject in resources.get("/XObject", {}).items():
        if xobject.get("/Subtype") == "/Form" and xobject.objgen not in done:
            done.add(xobject.objgen)
            _fix_content(doc, xobject, fonts, done, blanks_written)
    if not blanks_written or not any(by_name.values()):
        return
    is_page = holder.get("/Type") == "/Page"
    instructions = pikepdf.parse_content_stream(pikepdf.Page(holder) if is_page else holder)
    new = _rewrite(instructions, by_name)
    if new is None:
        return
    data = pikepdf.unparse_content_stream(new)
    if is_page:
        holder.Contents = doc.make_stream(data)
    else:
        holder.write(data)


def _rewrite(instructions, by_name: dict[str, FontText | None]):
    """The instructions with blank glyphs of our fonts taken out, or None if there were none."""
    import pikepdf

    out = []
    font: FontText | None = None
    changed = False
    for inst in instructions:
        op = str(inst.operator)
        if op == "Tf":
            font = by_name.get(str(inst.operands[0]))
        elif op in ("TJ", "Tj") and font is not None and font.blanks:
            items = list(inst.operands[0]) if op == "TJ" else [inst.operands[0]]
            array = _without_blanks(items, font.blanks)
            if array is not None:
                out.append(
                    pikepdf.ContentStreamInstruction([pikepdf.Array(array)], pikepdf.Operator("TJ"))
                )
                changed = True
                continue
        out.append(inst)
    return out if changed else None


def _without_blanks(items, blanks: set[int]) -> list | None:
    """A TJ array's items without the blank (zero-width) glyphs; None if it had none.

    A blank glyph has no width, so the glyphs after it keep their places; the adjustments on
    either side of it are added up.
    """
    import pikepdf

    array: list = []
    found = False
    for item in items:
        if isinstance(item, pikepdf.String):
            data = bytes(item)
            kept = b"".join(
                data[i : i + 2]
                for i in range(0, len(data) - 1, 2)
                if int.from_bytes(data[i : i + 2], "big") not in blanks
            )
            found = found or len(kept) < len(data)
            if kept:
                array.append(pikepdf.String(kept))
        elif array and not isinstance(array[-1], pikepdf.String):
            array[-1] += float(item)
        else:
            array.append(float(item))
    return array if found else None


def _fix_font(doc, font) -> FontText | None:
    """Clean ``font``'s ToUnicode map; for our CJK fonts return what the rewrite needs."""
    import pikepdf

    ours = any(name in bytes(font.get("/BaseFont", b"")) for name in OUR_CJK_FONTS)
    zero = _zero_width_glyphs(font) if ours else set()
    result = FontText()
    stream = font.ToUnicode
    data = stream.read_bytes()

    def replace(match: re.Match[bytes]) -> bytes:
        glyph = int(match.group(1), 16)
        text = bytes.fromhex(match.group(2).decode()).decode("utf-16-be", "replace")
        clean = SELECTORS.sub("", text)
        if ours and glyph in zero and clean in BLANK_TEXT:
            result.blanks.add(glyph)  # taken out of the content: no text either
            return b""
        if clean == text:
            return match.group(0)
        return b"<%s> <%s>" % (match.group(1), clean.encode("utf-16-be").hex().encode())

    lines = []
    for block in re.split(rb"(\d+ beginbfchar.*?endbfchar)", data, flags=re.S):
        if not block.endswith(b"endbfchar"):
            lines.append(block)
            continue
        entries = [e for e in (replace(m) for m in BFCHAR.finditer(block)) if e]
        if entries:
            lines.append(b"%d beginbfchar\n" % len(entries) + b"\n".join(entries) + b"\nendbfchar")
    new = b"".join(lines)
    if new != data:
        font.ToUnicode = pikepdf.Stream(doc, new)
    return result if ours else None


def _zero_width_glyphs(font) -> set[int]:
    """Glyph ids with zero width in the font's /W array."""
    try:
        cid_font = font.DescendantFonts[0]
    except (AttributeError, IndexError, KeyError):
        return set()
    return {glyph for glyph, width in _widths(cid_font).items() if width == 0}


def _add_widened(doc, widened: dict[str, tuple[str, int, set[int]]]) -> None:
    """Add to every font resource dictionary holding a widened copy's font that copy: the
    same font dictionary, program and text map, its glyphs' /W widths plus the extra width."""
    made: dict[str, object] = {}
    seen: set[tuple[int, int]] = set()
    holders = [page.obj for page in doc.pages]
    while holders:
        resources = holders.pop().get("/Resources", {})
        holders += [x for _, x in resources.get("/XObject", {}).items() if "/Resources" in x]
        fonts = resources.get("/Font")
        if fonts is None or (fonts.is_indirect and fonts.objgen in seen):
            continue
        if fonts.is_indirect:
            seen.add(fonts.objgen)
        for copy in sorted(widened):
            base, extra, glyphs = widened[copy]
            if f"/{base}" not in fonts or f"/{copy}" in fonts:
                continue
            if copy not in made:
                made[copy] = _widened_font(doc, fonts[f"/{base}"], extra, glyphs)
            fonts[f"/{copy}"] = made[copy]


def _widened_font(doc, font, extra: int, glyphs: set[int]):
    """A copy of Type 0 ``font`` whose ``glyphs`` are ``extra`` 1/1000 em wider."""
    import pikepdf

    cid_font = font.DescendantFonts[0]
    widths = _widths(cid_font)
    default = float(cid_font.get("/DW", 1000))
    array = pikepdf.Array()
    for glyph in sorted(glyphs):
        array.append(glyph)
        array.append(pikepdf.Array([widths.get(glyph, default) + extra]))
    copy_cid = pikepdf.Dictionary({key: cid_font[key] for key in cid_font.keys()})
    copy_cid.W = array
    copy = pikepdf.Dictionary({key: font[key] for key in font.keys()})
    copy.DescendantFonts = pikepdf.Array([doc.make_indirect(copy_cid)])
    return doc.make_indirect(copy)


def _widths(cid_font) -> dict[int, float]:
    """Glyph id -> width from a CIDFont's /W array."""
    import pikepdf

    found: dict[int, float] = {}
    items = list(cid_font.get("/W", []))
    i = 0
    while i + 1 < len(items):
        first, nxt = int(items[i]), items[i + 1]
        if isinstance(nxt, pikepdf.Array):
            for k, w in enumerate(nxt):
                found[first + k] = float(w)
            i += 2
        else:
            for glyph in range(first, int(nxt) + 1):
                found[glyph] = float(items[i + 2])
            i += 3
    return found
