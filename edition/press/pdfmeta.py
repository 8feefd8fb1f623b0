"""PDF metadata (Info dictionary + XMP + /Lang) and the write_pdf options for PDF variants.

What WeasyPrint 70 already does (weasyprint/pdf/__init__.py, weasyprint/pdf/metadata.py):

- Info dictionary from the HTML: ``<title>`` -> /Title, ``<meta name=author>`` -> /Author,
  ``<meta name=description>`` -> /Subject, ``<meta name=keywords>`` -> /Keywords (joined with
  ", "), ``<meta name=generator>`` -> /Creator, ``dcterms.created``/``dcterms.modified`` ->
  /CreationDate, /ModDate; /Producer is always "WeasyPrint 70.0". ``<html lang>`` -> catalog /Lang.
- Bookmarks (/Outlines) from ``h1``-``h6`` (CSS ``bookmark-level``), written without being asked.
- XMP metadata only when a ``pdf_variant`` is given (the variant function calls
  ``DocumentMetadata.include_in_pdf``): dc:title, dc:creator, dc:description, pdf:Keywords,
  xmp:CreatorTool, pdfaid/pdfuaid part and conformance. Without a variant there is no XMP and no
  dc:language anywhere, and no /ID unless ``pdf_identifier`` is given.

So the render stage should put title/author/description/keywords/lang in the HTML head, and
:func:`set_metadata` is for what WeasyPrint misses (XMP for the plain PDF, dc:language,
dc:subject, DisplayDocTitle, dates from SOURCE_DATE_EPOCH) and for PDFs that did not come from
our HTML (imposed sheets). It writes the Info dictionary and the XMP from the same values, so
they agree, as PDF/A requires. :func:`check_metadata` lists what a finished PDF lacks.
"""

from __future__ import annotations

import io
import logging
import re

import pikepdf
from pikepdf import Dictionary

from edition.files import source_date

log = logging.getLogger(__name__)

# BCP 47, the shapes we use: language, optional script, optional region ("zh", "zh-Hant-TW").
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$")

# pdf_variant name -> extra write_pdf options. WeasyPrint fills the rest from its own VARIANTS
# table (weasyprint/pdf/pdfa.py, pdfua.py): pdf/a-3b -> PDF 1.7, /ID from the content hash,
# output intent sRGB (its bundled sRGB2014.icc); pdf/ua-1 -> PDF 1.7, tagged (StructTreeRoot,
# /MarkInfo /Marked true, /ViewerPreferences /DisplayDocTitle true). We add an /ID for UA too:
# WeasyPrint's automatic identifier is a hash of the file, so it is deterministic.
_VARIANTS: dict[str, dict[str, object]] = {
    "pdf/a-3b": {"pdf_variant": "pdf/a-3b", "pdf_identifier": True},
    "pdf/ua-1": {"pdf_variant": "pdf/ua-1", "pdf_identifier": True},
}


def variant_options(name: str) -> dict[str, object]:
    """``write_pdf`` keyword arguments for a PDF variant.

    Input: ``'pdf/a-3b'`` or ``'pdf/ua-1'``. Output: a new dict to pass as ``**kwargs``.
    Both need every font embedded, which WeasyPrint always does (subset). PDF/A-3b gets an sRGB
    output intent from WeasyPrint itself; no ICC profile has to be supplied. PDF/UA-1 needs a
    ``<title>`` and ``<html lang>`` in the HTML and ``alt`` text on images.
    Raises ValueError for any other name.
    """
    try:
        return dict(_VARIANTS[name])
    except KeyError:
        raise ValueError(
            f"unknown PDF variant {name!r}; expected one of {', '.join(map(repr, _VARIANTS))}"
        ) from None


def set_metadata(
    pdf: bytes,
    *,
    title: str,
    author: str,
    subject: str,
    keywords: list[str],
    language: str,
    creator: str,
) -> bytes:
    """Write the document metadata into both the Info dictionary and the XMP stream.

    Input: PDF bytes and the values; ``language`` is a BCP 47 tag such as ``zh-Hant``.
    Output: PDF bytes with Info /Title /Author /Subject /Keywords /Creator, XMP dc:title,
    dc:creator, dc:description, dc:subject, pdf:Keywords, dc:language, xmp:CreatorTool, the
    catalog /Lang and /ViewerPreferences /DisplayDocTitle true. XMP already there (a PDF/A or
    PDF/UA identification) is kept; the Producer is kept. Dates: none, and existing ones are
    removed, unless the environment variable SOURCE_DATE_EPOCH is set, then /CreationDate and
    /ModDate (and xmp:CreateDate, xmp:ModifyDate, xmp:MetadataDate) are that time in UTC.
    The file /ID is derived from the content: the same input gives the same bytes.
    A bookmark's title loses the note calls of its heading (:func:`_bookmarks_without_note_calls`).
    Raises ValueError for a language that is not a BCP 47 tag of the form above, or a
    SOURCE_DATE_EPOCH that is not an integer.
    """
    if not _LANGUAGE.match(language):
        raise ValueError(
            f"language {language!r} is not a BCP 47 tag such as 'zh', 'zh-Hant' or 'zh-CN'"
        )
    when = source_date()
    doc = pikepdf.open(io.BytesIO(pdf))
    joined = ", ".join(keywords)
    info = doc.docinfo
    for key, value in (
        ("/Title", title),
        ("/Author", author),
        ("/Subject", subject),
        ("/Keywords", joined),
        ("/Creator", creator),
    ):
        info[key] = pikepdf.String(value)
    with doc.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
        xmp["dc:title"] = title
        xmp["dc:creator"] = [author]
        xmp["dc:description"] = subject
        xmp["dc:subject"] = set(keywords)
        xmp["pdf:Keywords"] = joined
        xmp["dc:language"] = {language}
        xmp["xmp:CreatorTool"] = creator
        if "/Producer" in info:
            xmp["pdf:Producer"] = str(info.Producer)
        for key in ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"):
            if when is not None:
                xmp[key] = when.strftime("%Y-%m-%dT%H:%M:%SZ")
            elif key in xmp:
                del xmp[key]
    for key in ("/CreationDate", "/ModDate"):
        if when is not None:
            info[key] = pikepdf.String(when.strftime("D:%Y%m%d%H%M%SZ"))
        elif key in info:
            del info[key]
    doc.Root.Lang = pikepdf.String(language)
    if "/ViewerPreferences" not in doc.Root:
        doc.Root.ViewerPreferences = Dictionary()
    doc.Root.ViewerPreferences.DisplayDocTitle = True
    _bookmarks_without_note_calls(doc)
    out = io.BytesIO()
    doc.save(out, deterministic_id=True, object_stream_mode=pikepdf.ObjectStreamMode.preserve)
    return out.getvalue()


# A note call in a heading, as WeasyPrint's content() puts it in the bookmark: the word joiner
# edition/render/inline.py writes before the calls, then their numbers (the ::footnote-call).
_NOTE_CALLS = re.compile("\u2060[0-9]*")


def _bookmarks_without_note_calls(doc: pikepdf.Pdf) -> None:
    """Bookmark titles as the headings read: '小松鼠数松果', not '小松鼠\u20604数松果'."""
    if "/Outlines" not in doc.Root:
        return
    todo = [doc.Root.Outlines.get("/First")]
    seen: set[tuple[int, int]] = set()
    while todo:
        item = todo.pop()
        while item is not None and item.objgen not in seen:
            seen.add(item.objgen)
            if "/Title" in item:
                title = str(item.Title)
                if "\u2060" in title:
                    item.Title = pikepdf.String(_NOTE_CALLS.sub("", title))
            todo.append(item.get("/First"))
            item = item.get("/Next")


def check_metadata(pdf: bytes) -> list[str]:
    """What a finished PDF lacks for a findable, accessible edition.

    Input: PDF bytes. Output: one message per missing or inconsistent item (empty when all is
    well): no /Title, no catalog /Lang (or not BCP 47), no XMP stream, an XMP dc:title that
    differs from the Info /Title.
    """
    doc = pikepdf.open(io.BytesIO(pdf))
    problems = []
    title = str(doc.docinfo.get("/Title", "")) if "/Info" in doc.trailer else ""
    if not title:
        problems.append("no document title: give the HTML a <title> or call set_metadata()")
    lang = str(doc.Root.get("/Lang", ""))
    if not lang:
        problems.append("no /Lang in the catalog: give <html> a lang attribute")
    elif not _LANGUAGE.match(lang):
        problems.append(f"/Lang {lang!r} is not a BCP 47 tag such as 'zh-Hant'")
    if "/Metadata" not in doc.Root:
        problems.append(
            "no XMP metadata: WeasyPrint writes it only for a pdf_variant; call set_metadata()"
        )
    else:
        xmp_title = doc.open_metadata().get("dc:title", "")
        if title and xmp_title != title:
            problems.append(f"XMP dc:title {xmp_title!r} differs from Info /Title {title!r}")
    return problems
