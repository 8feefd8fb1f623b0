"""Make a glyph-ruby PDF's text layer plain Chinese (design/ruby.md, issue 12).

WeasyPrint writes each glyph's ToUnicode entry from its cluster's text, so a ruby glyph
selected by ``char + VS`` maps to both, and the zero-width justification spaces between Han
characters are glyphs mapped to U+0020 (pdfminer printed them as ``(cid:1)`` once their entry
was dropped). :func:`fix_text_layer` rewrites the ToUnicode maps, dropping variation
selectors (U+FE00–FE0F, U+E0100–E01EF) from every mapped string, and takes the blank glyphs
(zero advance, whitespace text) of our CJK fonts ("Edition Han", "Edition Ruby...") out of
the page content: they draw nothing and have no width, so every other glyph keeps its place.

What is left between two characters is the stretch of justification, which
``edition/render/justify.py`` keeps under the 0.1 em at which poppler and pdfminer start a
new word. Copy, search, ``pdftotext`` and pdfminer then give the text as written.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, field

from edition.files import source_date

log = logging.getLogger(__name__)

OUR_CJK_FONTS = (b"Edition-Han", b"Edition-Ruby")
BFCHAR = re.compile(rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>")
SELECTORS = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")
BLANK_TEXT = frozenset({" ", "\u00a0", "\u200b", ""})


@dataclass(slots=True)
class FontText:
    """What the rewrite needs of one of our fonts: its blank glyphs."""

    blanks: set[int] = field(default_factory=set)


def fix_text_layer(pdf: bytes) -> bytes:
    """Return ``pdf`` with a clean text layer, deterministic ID, dates from the environment.

    When ``SOURCE_DATE_EPOCH`` is set, /CreationDate and /ModDate are set to it.
    """
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as doc:
        fonts: dict[tuple[int, int], FontText | None] = {}
        done: set[tuple[int, int]] = set()
        for page in doc.pages:
            _fix_content(doc, page.obj, fonts, done)
        if stamp := source_date():
            when = stamp.strftime("D:%Y%m%d%H%M%SZ")
            doc.docinfo["/CreationDate"] = when
            doc.docinfo["/ModDate"] = when
        out = io.BytesIO()
        doc.save(out, deterministic_id=True, compress_streams=True)
    return out.getvalue()


def _fix_content(doc, holder, fonts, done) -> None:
    """Fix the fonts and the text operators of a page or form XObject (and its forms)."""
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
            _fix_content(doc, xobject, fonts, done)
    if not any(by_name.values()):
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
