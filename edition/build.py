"""Stages 7 and 8 for one prepared edition: HTML through the layout, then the PDF."""

from __future__ import annotations

import logging
from pathlib import Path

from markupsafe import Markup

from edition import __version__
from edition.fetch import ConfinedFetcher
from edition.impose import add_bleed_and_marks, impose_saddle
from edition.pdfmeta import set_metadata, variant_options
from edition.fonts import FONTS_DIR, load_font_set, variant_for_lang
from edition.layouts import LAYOUTS
from edition.inline import inline_html, ruby_pairs
from edition.labels import labels
from edition.markup import plain_text, render_inline
from edition.pipeline import CACHE, Prepared, Timings
from edition.render_html import base_context, render_html
from edition.render_pdf import render_pdf
from edition.rubyfont import build_ruby_font
from edition.script import convert_string
from edition.styles import label as style_label

log = logging.getLogger(__name__)


def _label_fn(style: str):
    return lambda reading: style_label(reading.syllable, style)


def render(prepared: Prepared, fmt: str = "pdf", timings: Timings | None = None, progress=None) -> bytes:
    """HTML (and the PDF unless ``fmt == 'html'``) for a prepared edition."""
    timings = timings or Timings()
    progress = progress or (lambda _m: None)
    edition, layout = prepared.edition, prepared.layout
    style = edition.style
    convert = lambda s: convert_string(s, edition.script)  # noqa: E731
    timings.start()
    progress("html")
    fonts = load_font_set(variant_for_lang(prepared.lang))
    ruby = None
    label = _label_fn(style)
    tokens = [t for p in prepared.paragraphs for t in p.tokens]
    pairs = ruby_pairs(tokens, label) if style != "none" else {}
    if pairs and fmt == "pdf":
        placement = "right" if style == "zhuyin" else "above"
        ruby = build_ruby_font(fonts.latin_regular, pairs, placement, CACHE / "ruby")
    notes_by_id = {n.id: n for n in prepared.notes}

    def note_html(note_id: str) -> Markup:
        return Markup('<span class="footnote">') + render_inline(notes_by_id[note_id].body, convert) + Markup("</span>")

    paragraphs = [
        {"kind": p.kind, "loc": str(p.loc), "html": inline_html(p.tokens, ruby=ruby, label=label, note_html=note_html)}
        for p in prepared.paragraphs
    ]
    meta = {k: convert(v) if isinstance(v, str) else v for k, v in prepared.layer.meta.items()}
    meta.setdefault("original_title", "")
    for key in ("author", "publication", "date", "source_url", "credit", "subtitle"):
        meta.setdefault(key, "")
    title = str(meta["title"])
    keywords = meta.get("keywords") or []
    context = base_context(
        article={
            "title": plain_text(title),
            "title_html": render_inline(title),
            "lang": prepared.lang,
            "meta": meta,
            "keywords": ", ".join(convert(str(k)) for k in keywords),
            "paragraphs": paragraphs,
        },
        config={"name": edition.name, "script": edition.script, "pinyin": edition.pinyin, "style": style, "proof": edition.proof},
        layout=layout,
        notes=[{"id": n.id, "number": n.number, "html": render_inline(n.body, convert)} for n in prepared.notes],
        glossary=prepared.glossary,
        corrections=prepared.corrections if edition.editorial_notes else [],
        labels=labels(prepared.lang),
    )
    html = render_html(layout, context)
    timings.stop("html")
    if fmt == "html":
        return html.encode("utf-8")
    progress("pdf")
    options = variant_options(edition.pdf_variant) if edition.pdf_variant != "none" else {}
    fetcher = ConfinedFetcher([layout.folder, LAYOUTS / "_shared", FONTS_DIR, CACHE, prepared.layer.article.parent])
    pdf = render_pdf(html, base_url=layout.folder, stylesheets=layout.stylesheet_paths(), fonts=fonts, ruby=ruby, url_fetcher=fetcher, options=options)
    pdf = set_metadata(
        pdf,
        title=plain_text(title),
        author=str(meta.get("author") or ""),
        subject=str(meta.get("original_title") or ""),
        keywords=[convert(str(k)) for k in keywords],
        language=prepared.lang,
        creator=f"edition {__version__}",
    )
    if edition.bleed or edition.marks != "none":
        pdf = add_bleed_and_marks(pdf, edition.bleed, marks=edition.marks == "crop")
    if edition.impose == "saddle":
        pdf = impose_saddle(pdf)
    timings.stop("pdf")
    return pdf


def output_path(prepared: Prepared, out: Path | None, fmt: str) -> Path:
    if out is not None:
        return out
    name = prepared.edition.output
    if fmt == "html":
        name = str(Path(name).with_suffix(".html"))
    return Path("output") / name
