"""A Word file (.docx, through python-docx) -> blocks: paragraphs, headings (the Heading and
Title styles), quotations (Quote styles), list items, and pictures with their captions.

A .docx has no lines and columns: a place in it is ``path:N:col``, N the paragraph's number
in the document (every paragraph counts, empty ones too, table cells after the paragraphs
before the table) and col the character in it. Pictures are inside the file: they travel as
data, never as paths. A paragraph in the Caption style right after a picture is its caption;
the text after a picture in its own paragraph is, too. Bold and italic runs are emphasis.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from pathlib import Path

from edition.errors import EditionError, Problem
from edition.model import Picture, SourceLocation
from edition.text.formats.blocks import Builder, Extracted
from edition.text.formats.pictures import MEDIA_TYPES

log = logging.getLogger(__name__)

NS = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
}
HEADING = re.compile(r"^(?:heading|标题|標題)\s*(\d)$", re.IGNORECASE)
SUPPORTED = set(MEDIA_TYPES.values())


def read_docx(data: bytes, shown: str, folder: Path) -> Extracted:
    """Read a .docx file: its paragraphs as text lines, each character at ``path:N:col``.
    Raises EditionError when the file is not a Word document."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise EditionError(
            Problem(
                SourceLocation(shown, 1),
                f"not a Word .docx file ({exc}); save it from Word as .docx, or as text",
            )
        ) from None
    reader = _Reader(document, shown)
    for number, paragraph in enumerate(_paragraphs(document), 1):
        reader.paragraph(number, paragraph)
    reader.flush()
    return reader.b.finish((reader.count + 1, 1))


def _paragraphs(document):
    """Every paragraph in reading order: the body's, and those of table cells in place."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            yield item
        elif isinstance(item, Table):
            for row in item.rows:
                for cell in row.cells:
                    yield from cell.paragraphs


class _Reader:
    def __init__(self, document, shown: str):
        self.document = document
        self.shown = shown
        self.b = Builder()
        self.count = 0
        self.numbers: dict[tuple[str, int], int] = {}  # (list style, level) -> last number
        self.pending: Picture | None = None  # a picture whose caption may follow

    def paragraph(self, number: int, paragraph) -> None:
        self.count = number
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        kind, extra = self._kind(style, paragraph)
        if kind != "item":
            self.numbers.clear()
        if kind != "caption":
            self.flush()
        col = 1
        for run in _runs(paragraph):
            for picture in self._pictures(run, number, col):
                self.b.end()  # text before the picture stays before it
                self.flush()
                self.pending = picture
            text = run.text
            if not text:
                continue
            if not self.b.open:
                if self.pending is not None:  # text after a picture, or a Caption: its caption
                    picture, self.pending = self.pending, None
                    at = (picture.loc.line, picture.loc.col or 1)
                    self.b.begin("figure", at, picture=picture)
                else:
                    self.b.begin(kind, (number, col), **extra)  # type: ignore[arg-type]
            marks = [m for m, on in (("strong", run.bold), ("em", run.italic)) if on]
            for mark in marks:
                self.b.emphasis_start(mark)
            self.b.add(text.replace("\t", " "), (number, col))
            for mark in marks:
                self.b.emphasis_end(mark)
            col += len(text)
        self.b.end()

    def flush(self) -> None:
        """A picture no caption followed: a figure of its own."""
        if self.pending is not None:
            picture, self.pending = self.pending, None
            self.b.begin("figure", (picture.loc.line, picture.loc.col or 1), picture=picture)
            self.b.end()

    def _kind(self, style: str, paragraph) -> tuple[str, dict]:
        lowered = style.lower()
        m = HEADING.match(style)
        if m:
            return "heading", {"level": int(m.group(1))}
        if lowered in ("title", "标题", "標題"):
            return "heading", {"level": 1}
        if lowered in ("subtitle",):
            return "heading", {"level": 2}
        if "quote" in lowered:
            return "quote", {}
        if lowered == "caption":
            return "caption", {}
        numbered = paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
        if lowered.startswith("list") or numbered:
            level = 0
            if numbered and paragraph._p.pPr.numPr.ilvl is not None:
                level = int(paragraph._p.pPr.numPr.ilvl.val or 0)
            if "number" in lowered:
                key = (style, level)
                self.numbers[key] = self.numbers.get(key, 0) + 1
                marker = f"{self.numbers[key]}."
            else:
                marker = "•"
            return "item", {"level": level + 1, "marker": marker}
        return "body", {}

    def _pictures(self, run, number: int, col: int) -> list[Picture]:
        out = []
        for blip in run._r.findall(".//a:blip", NS):
            rid = blip.get(f"{{{NS['r']}}}embed")
            part = self.document.part.related_parts.get(rid) if rid else None
            loc = SourceLocation(self.shown, number, col)
            if part is None:
                continue
            media = part.content_type
            if media not in SUPPORTED:
                self.b.problems.append(Problem(loc, f"picture of type {media} in the document: "
                                       "editions show PNG, JPEG, GIF, SVG or WebP; left out",
                                       "warning"))  # fmt: skip
                continue
            alt = ""
            for props in run._r.findall(".//wp:docPr", NS):
                alt = props.get("descr") or ""
            out.append(Picture(str(part.partname), loc, data=part.blob, media_type=media, alt=alt))
        return out


def _runs(paragraph):
    """The runs of a paragraph, those inside hyperlinks included, in order."""
    from docx.text.hyperlink import Hyperlink

    for item in paragraph.iter_inner_content():
        if isinstance(item, Hyperlink):
            yield from item.runs
        else:
            yield item
