"""Make a glyph-ruby PDF's text layer plain Chinese (design/ruby.md).

WeasyPrint writes each glyph's ToUnicode entry from its cluster's text, so a ruby glyph
selected by ``char + VS`` maps to both, and the zero-width justification spaces map to
U+0020. :func:`fix_text_layer` rewrites the ToUnicode CMaps: variation selectors
(U+FE00–FE0F, U+E0100–E01EF) are dropped from every mapped string, and in our CJK fonts
("Edition Han", "Edition Ruby") entries of blank glyphs (zero advance, or the U+2007/U+202F
spacers of ``rubyfont.spacers``) are dropped, so copy, search and ``pdftotext`` give the
text as written.
"""

from __future__ import annotations

import io
import logging
import re

from edition.files import source_date

log = logging.getLogger(__name__)

OUR_CJK_FONTS = (b"Edition-Han", b"Edition-Ruby")
BFCHAR = re.compile(rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>")
SELECTORS = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")
BLANK_TEXT = frozenset({" ", "\u00a0", "\u200b", "\u2007", "\u202f", ""})


def fix_text_layer(pdf: bytes) -> bytes:
    """Return ``pdf`` with cleaned ToUnicode maps, deterministic ID, dates from the environment.

    When ``SOURCE_DATE_EPOCH`` is set, /CreationDate and /ModDate are set to it.
    """
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as doc:
        seen = set()
        for page in doc.pages:
            fonts = page.obj.get("/Resources", {}).get("/Font", {})
            for _, font in fonts.items():
                if font.objgen in seen or "/ToUnicode" not in font:
                    continue
                seen.add(font.objgen)
                _fix_font(doc, font)
        if stamp := source_date():
            when = stamp.strftime("D:%Y%m%d%H%M%SZ")
            doc.docinfo["/CreationDate"] = when
            doc.docinfo["/ModDate"] = when
        out = io.BytesIO()
        doc.save(out, deterministic_id=True, compress_streams=True)
    return out.getvalue()


def _fix_font(doc, font) -> None:
    import pikepdf

    ours = any(name in bytes(font.get("/BaseFont", b"")) for name in OUR_CJK_FONTS)
    blank = _blank_glyphs(font) if ours else set()
    stream = font.ToUnicode
    data = stream.read_bytes()

    def replace(match: re.Match[bytes]) -> bytes:
        glyph = int(match.group(1), 16)
        text = bytes.fromhex(match.group(2).decode()).decode("utf-16-be", "replace")
        clean = SELECTORS.sub("", text)
        if glyph in blank or (ours and clean in BLANK_TEXT):
            return b""
        if clean == text:
            return match.group(0)
        return b"<%s> <%s>" % (match.group(1), clean.encode("utf-16-be").hex().encode())

    lines = []
    for block in re.split(rb"(\d+ beginbfchar.*?endbfchar)", data, flags=re.S):
        if not block.endswith(b"endbfchar"):
            lines.append(block)
            continue
        entries = [replace(m) for m in BFCHAR.finditer(block)]
        entries = [e for e in entries if e]
        if entries:
            lines.append(b"%d beginbfchar\n" % len(entries) + b"\n".join(entries) + b"\nendbfchar")
    new = b"".join(lines)
    if new != data:
        font.ToUnicode = pikepdf.Stream(doc, new)


def _blank_glyphs(font) -> set[int]:
    """Glyph ids with zero width in the font's /W array."""
    import pikepdf

    blank: set[int] = set()
    try:
        widths = font.DescendantFonts[0].get("/W", [])
    except (AttributeError, IndexError, KeyError):
        return blank
    items = list(widths)
    i = 0
    while i < len(items):
        first = int(items[i])
        nxt = items[i + 1]
        if isinstance(nxt, pikepdf.Array):
            for k, w in enumerate(nxt):
                if float(w) == 0:
                    blank.add(first + k)
            i += 2
        else:
            last, w = int(nxt), float(items[i + 2])
            if w == 0:
                blank.update(range(first, last + 1))
            i += 3
    return blank
