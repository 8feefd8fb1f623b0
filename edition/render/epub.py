"""An EPUB 3 edition: native ``<ruby>`` readings, the notes as pop-up footnotes, the
vocabulary, the colophon, the pictures and the fonts (cut to the characters used).

Reading systems lay ruby out themselves (Apple Books, Kobo, Thorium), so unlike the PDF no
glyph-ruby font is needed. A note call is ``<a epub:type="noteref">`` and its note an
``<aside epub:type="footnote">`` right after the paragraph, which reading systems show as a
pop-up. The container is EPUB 3.3's: ``mimetype`` first and stored, ``META-INF/container.xml``,
a package document (metadata, manifest, spine) and a navigation document with a ``toc`` nav.
The same input gives the same bytes (fixed zip dates, an identifier from the content).
"""

from __future__ import annotations

import hashlib
import io
import uuid
import zipfile
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from edition.render.pictures import EXTENSIONS


@dataclass(slots=True)
class EpubBlock:
    kind: str  # body | heading | caption | source | quote | item | figure | byline | verse
    html: Markup  # inline XHTML of the paragraph (readings as <ruby>, note calls)
    level: int = 2  # the heading's HTML level
    marker: str = ""
    picture: tuple[bytes, str, str] | None = None  # (data, media type, alt)
    notes: list[tuple[int, Markup]] = field(default_factory=list)  # (number, body) called here


@dataclass(slots=True)
class EpubBook:
    title: str
    lang: str
    modified: str  # CCYY-MM-DDThh:mm:ssZ
    blocks: list[EpubBlock]
    meta: dict[str, str]  # author, publication, date, source_url, licence, subtitle...
    vocabulary: list[dict]  # {word, reading, pos, gloss (Markup)}
    colophon: list[tuple[str, str]]  # (label, text)
    labels: dict[str, str]
    fonts: dict[str, bytes]  # file name -> OpenType data: "han.otf", "han-bold.otf"


XHTML = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" \
xml:lang="{lang}" lang="{lang}">
<head>
<meta charset="utf-8"/>
<title>{title}</title>
<link rel="stylesheet" type="text/css" href="style.css"/>
</head>
<body{body_class}>
{body}
</body>
</html>
"""
CSS = """@font-face { font-family: "Edition Han"; font-weight: normal; src: url(fonts/han.otf); }
@font-face { font-family: "Edition Han"; font-weight: bold; src: url(fonts/han-bold.otf); }
body { font-family: "Edition Han", serif; line-height: 1.9; margin: 0 4%; }
h1.title { font-size: 1.6em; text-align: center; margin: 1.5em 0 0.3em; }
p.subtitle, p.byline { text-align: center; color: #444; margin: 0.2em 0; }
h2, h3, h4, h5, h6 { font-weight: bold; margin: 1.4em 0 0.5em; line-height: 1.6; }
h2 { font-size: 1.25em; } h3 { font-size: 1.1em; } h4, h5, h6 { font-size: 1em; }
p { text-indent: 2em; margin: 0 0 0.4em; text-align: justify; }
p.caption, p.source, p.item, figcaption { text-indent: 0; }
h2.poem-title, h3.poem-title { text-align: center; margin-bottom: 0.2em; }
p.verse { text-indent: 0; text-align: center; margin: 0 0 0.1em; }
p.caption, figcaption { font-size: 0.85em; color: #555; text-align: center; }
p.item { margin-left: 1.8em; text-indent: -1.2em; }
.marker { display: inline-block; min-width: 1.2em; }
blockquote { margin: 0.6em 2em; color: #333; }
figure { margin: 1em 0; text-align: center; page-break-inside: avoid; break-inside: avoid; }
figure img { max-width: 100%; max-height: 60vh; }
em.emphasis { font-style: normal; text-emphasis: filled dot; -epub-text-emphasis: filled dot; }
strong.emphasis { font-weight: bold; }
ruby rt { font-size: 0.5em; }
aside.footnote { font-size: 0.85em; }
a.noteref { font-size: 0.7em; vertical-align: super; text-decoration: none; }
.entry { text-indent: 0; margin: 0.3em 0; }
.entry .word { font-weight: bold; font-size: 1.1em; }
.entry .reading { color: #555; margin: 0 0.6em; }
.entry .pos { font-style: italic; color: #666; margin-right: 0.4em; }
dl.colophon dt { font-weight: bold; margin-top: 0.6em; }
dl.colophon dd { margin-left: 0; }
"""


def identifier(book: EpubBook) -> str:
    """A UUID from the book's title, language and text: the same edition, the same id."""
    digest = hashlib.sha256()
    for part in (book.title, book.lang, *(str(b.html) for b in book.blocks)):
        digest.update(part.encode())
    return f"urn:uuid:{uuid.UUID(bytes=digest.digest()[:16], version=5)}"


def write_epub(book: EpubBook) -> bytes:
    """The EPUB file's bytes."""
    files: dict[str, bytes] = {}
    images: list[tuple[str, str]] = []  # (href, media type)
    body: list[str] = [_title_block(book)]
    toc: list[tuple[str, str, int]] = []  # (href, text, level)
    for n, block in enumerate(book.blocks, 1):
        poem = n < len(book.blocks) and book.blocks[n].kind in ("byline", "verse")
        body.append(_block(block, n, files, images, toc, poem_title=poem))
    files["EPUB/text.xhtml"] = _page(book, book.title, "\n".join(body), "article")
    spine = ["text"]
    if book.vocabulary:
        files["EPUB/vocabulary.xhtml"] = _page(book, book.labels["vocabulary"], _vocabulary(book))
        spine.append("vocabulary")
    files["EPUB/colophon.xhtml"] = _page(book, book.labels["colophon"], _colophon(book))
    spine.append("colophon")
    files["EPUB/nav.xhtml"] = _nav(book, toc, spine)
    files["EPUB/style.css"] = CSS.encode()
    for name, data in book.fonts.items():
        files[f"EPUB/fonts/{name}"] = data
    files["EPUB/package.opf"] = _package(book, spine, images)
    return _zip(files)


def _title_block(book: EpubBook) -> str:
    meta = book.meta
    parts = [Markup('<section epub:type="titlepage"><h1 class="title">{}</h1>').format(book.title)]
    if meta.get("subtitle"):
        parts.append(Markup('<p class="subtitle">{}</p>').format(meta["subtitle"]))
    byline = " · ".join(filter(None, (meta.get(k) for k in ("author", "publication", "date"))))
    if byline:
        parts.append(Markup('<p class="byline">{}</p>').format(byline))
    parts.append(Markup("</section>"))
    return "".join(parts)


def _block(
    block: EpubBlock,
    n: int,
    files: dict,
    images: list,
    toc: list[tuple[str, str, int]],
    *,
    poem_title: bool = False,
) -> str:
    """One block as XHTML; ``poem_title``: a heading a poem's byline or verse follows, centred
    over them like the PDF layouts' (edition/text/verse.py)."""
    html = block.html
    if block.kind == "heading":
        level = min(max(block.level, 2), 6)
        toc.append((f"text.xhtml#b{n}", _text_of(html), level))
        cls = Markup(' class="poem-title"') if poem_title else Markup("")
        out = Markup('<h{0}{1} id="b{2}">{3}</h{0}>').format(level, cls, n, html)
    elif block.kind == "figure":
        img = Markup("")
        if block.picture is not None:
            data, media, alt = block.picture
            href = f"images/figure{n}{EXTENSIONS.get(media, '.bin')}"
            files[f"EPUB/{href}"] = data
            images.append((href, media))
            img = Markup('<img src="{}" alt="{}"/>').format(href, alt)
        caption = Markup("<figcaption>{}</figcaption>").format(html) if html else Markup("")
        out = Markup('<figure id="b{}">{}{}</figure>').format(n, img, caption)
    elif block.kind == "quote":
        out = Markup('<blockquote id="b{}"><p>{}</p></blockquote>').format(n, html)
    elif block.kind == "item":
        marker = Markup('<span class="marker">{}</span>').format(block.marker or "")
        out = Markup('<p class="item" id="b{}">{}{}</p>').format(n, marker, html)
    else:
        out = Markup('<p class="{}" id="b{}">{}</p>').format(block.kind, n, html)
    for number, note in block.notes:
        out += Markup(
            '\n<aside epub:type="footnote" class="footnote" id="fn{0}"><p>'
            '<a href="#fnref{0}">{0}.</a> {1}</p></aside>'
        ).format(number, note)
    return str(out)


def _text_of(html: Markup) -> str:
    """The base text of inline XHTML (readings and note calls dropped), for the table of
    contents."""
    import re

    text = re.sub(r"<rt>.*?</rt>|<a [^>]*noteref[^>]*>.*?</a>", "", str(html))
    return Markup(re.sub(r"<[^>]+>", "", text)).unescape()


def _vocabulary(book: EpubBook) -> str:
    rows = [Markup('<section epub:type="glossary"><h2>{}</h2>').format(book.labels["vocabulary"])]
    for g in book.vocabulary:
        rows.append(
            Markup(
                '<p class="entry"><span class="word">{}</span><span class="reading">{}</span>'
                '<span class="pos">{}</span>{}</p>'
            ).format(g["word"], g["reading"], g["pos"], g["gloss"])
        )
    rows.append(Markup("</section>"))
    return "\n".join(rows)


def _colophon(book: EpubBook) -> str:
    rows = [Markup('<section epub:type="colophon"><h2>{}</h2><dl class="colophon">').format(
        book.labels["colophon"])]  # fmt: skip
    for label, text in book.colophon:
        rows.append(Markup("<dt>{}</dt><dd>{}</dd>").format(label, text))
    rows.append(Markup("</dl></section>"))
    return "\n".join(rows)


def _page(book: EpubBook, title: str, body: str, body_class: str = "") -> bytes:
    cls = f' class="{body_class}"' if body_class else ""
    return XHTML.format(lang=book.lang, title=escape(title), body_class=cls, body=body).encode()


def _nav(book: EpubBook, toc: list[tuple[str, str, int]], spine: list[str]) -> bytes:
    items = [Markup('<li><a href="text.xhtml">{}</a>').format(book.title)]
    if toc:
        items.append(Markup("<ol>"))
        items.extend(Markup('<li><a href="{}">{}</a></li>').format(h, t) for h, t, _ in toc)
        items.append(Markup("</ol>"))
    items.append(Markup("</li>"))
    if "vocabulary" in spine:
        items.append(Markup('<li><a href="vocabulary.xhtml">{}</a></li>').format(
            book.labels["vocabulary"]))  # fmt: skip
    items.append(Markup('<li><a href="colophon.xhtml">{}</a></li>').format(book.labels["colophon"]))
    body = (
        Markup('<nav epub:type="toc" id="toc"><h1>{}</h1><ol>').format(book.title)
        + Markup("").join(items)
        + Markup("</ol></nav>")
    )
    return _page(book, book.title, str(body))


def _package(book: EpubBook, spine: list[str], images: list[tuple[str, str]]) -> bytes:
    meta = book.meta
    dc = [
        Markup('<dc:identifier id="uid">{}</dc:identifier>').format(identifier(book)),
        Markup("<dc:title>{}</dc:title>").format(book.title),
        Markup("<dc:language>{}</dc:language>").format(book.lang),
    ]
    for key, element in (
        ("author", "creator"),
        ("publication", "publisher"),
        ("date", "date"),
        ("source_url", "source"),
        ("licence", "rights"),
    ):
        if meta.get(key):
            dc.append(Markup("<dc:{0}>{1}</dc:{0}>").format(element, meta[key]))
    dc.append(Markup('<meta property="dcterms:modified">{}</meta>').format(book.modified))
    manifest = [
        '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
        '<item id="text" href="text.xhtml" media-type="application/xhtml+xml"/>',
        '<item id="colophon" href="colophon.xhtml" media-type="application/xhtml+xml"/>',
        '<item id="css" href="style.css" media-type="text/css"/>',
    ]
    if "vocabulary" in spine:
        manifest.append(
            '<item id="vocabulary" href="vocabulary.xhtml" media-type="application/xhtml+xml"/>'
        )
    for k, name in enumerate(sorted(book.fonts), 1):
        manifest.append(f'<item id="font{k}" href="fonts/{name}" media-type="font/otf"/>')
    for k, (href, media) in enumerate(images, 1):
        manifest.append(f'<item id="img{k}" href="{href}" media-type="{media}"/>')
    refs = "".join(f'<itemref idref="{s}"/>' for s in spine)
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" \
xml:lang="{book.lang}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
{chr(10).join(dc)}
</metadata>
<manifest>
{chr(10).join(manifest)}
</manifest>
<spine>{refs}</spine>
</package>
"""
    return text.encode()


CONTAINER = b"""<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
</rootfiles>
</container>
"""


def _zip(files: dict[str, bytes]) -> bytes:
    """The OCF container: ``mimetype`` first and uncompressed, then everything else."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        entries = [("mimetype", b"application/epub+zip"), ("META-INF/container.xml", CONTAINER)]
        entries += sorted(files.items())
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    return out.getvalue()
