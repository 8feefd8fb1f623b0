"""Stages 7 and 8 for one prepared edition: HTML through the layout, then the PDF."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from markupsafe import Markup, escape

from edition import __version__, cache
from edition.errors import EditionError, Problem
from edition.files import source_date
from edition.model import Note, Paragraph
from edition.notes.layer import Edition
from edition.notes.markup import plain_text, render_inline
from edition.pipeline.prepare import Prepared, Timings
from edition.press.impose import add_bleed_and_marks, impose_saddle
from edition.press.pdfmeta import set_metadata, variant_options
from edition.readings.prose import convert_prose
from edition.readings.styles import label as style_label
from edition.render.fetch import ConfinedFetcher
from edition.render.fonts import FontSet, load_font_set, variant_for_lang
from edition.render.footnotes import CUT, LATER, MISSING, badly_placed
from edition.render.html import base_context, render_html
from edition.render.inline import inline_html, ruby_neighbours, ruby_pairs
from edition.render.labels import describe, labels
from edition.render.layouts import LAYOUTS, Layout, page_size_css, paper_problem
from edition.render.measure import column_widths
from edition.render.pdf import LaidOut, lay_out
from edition.render.pictures import picture_url
from edition.render.preview import preview_html
from edition.render.rubyfont import PITCH, STYLE_PITCH, build_ruby_font
from edition.render.wordwrap import nowrap_words
from edition.text.damage import damaged_spans

log = logging.getLogger(__name__)


def _label_fn(style: str):
    return lambda reading: style_label(reading.syllable, style)


def edition_date(meta_date: str) -> str:
    """The date printed in the colophon: SOURCE_DATE_EPOCH's day (UTC), else the notes file's
    ``meta.date``; never the clock, so the same input gives the same bytes."""
    try:
        stamp = source_date()
    except ValueError as exc:
        raise EditionError(Problem(None, str(exc))) from None
    return stamp.date().isoformat() if stamp else meta_date


def _paper_css(edition: Edition, layout: Layout) -> Path:
    """A stylesheet (in the cache) setting the page size from the edition's or layout's paper."""
    paper = edition.paper or layout.paper
    if problem := paper_problem(paper):
        raise EditionError(Problem(edition.loc, problem))
    css = page_size_css(paper)
    where, key = cache.folder("paper"), f"size-{hashlib.sha256(css.encode()).hexdigest()[:12]}"
    return cache.find(where, key, ".css") or cache.store(
        where, key, ".css", lambda tmp: Path(tmp).write_text(css, encoding="utf-8")
    )


def _preview_css(layout: Layout, lang: str) -> Markup:
    """The layout's CSS and the preview additions, to inline in the HTML preview."""
    sheets = [*layout.stylesheet_paths(), LAYOUTS / "_shared" / "preview.css"]
    text = "\n".join(path.read_text(encoding="utf-8") for path in sheets)
    face = "SC" if variant_for_lang(lang) == "SC" else "TC"
    fonts = (
        f'@font-face {{ font-family: "Edition Han"; src: local("Noto Serif CJK {face}"), '
        f'local("Noto Serif {face}"), local("Source Han Serif {face}"), '
        f'local("Songti {face}"); }}\n'
        '@font-face { font-family: "Edition Latin"; src: local("Noto Serif"), local("Georgia"), '
        'local("Times New Roman"); }\n'
    )
    return Markup((fonts + text).replace("</", "<\\/"))


def block_fields(paragraphs: list[Paragraph], inline_pictures: bool) -> list[dict]:
    """What the templates need of each paragraph beyond its HTML: the heading's HTML level
    (the source's highest heading level is ``h2``, the title being ``h1``; a heading guessed
    from plain text is ``h2``), a list item's depth and marker, a figure's picture."""
    levels = sorted({p.level for p in paragraphs if p.kind == "heading" and p.level})
    out = []
    for p in paragraphs:
        level = p.level
        if p.kind == "heading":
            level = min(2 + levels.index(p.level), 6) if p.level else 2
        picture = None
        if p.picture is not None:
            src = picture_url(p.picture, cache.folder("pictures"), inline=inline_pictures)
            picture = {"src": src, "alt": p.picture.alt}
        out.append({"level": level, "marker": p.marker, "picture": picture})
    return out


# Rounds of moving badly placed notes to the endnotes before every note is printed there.
NOTE_ROUNDS = 3


def render(
    prepared: Prepared, fmt: str = "pdf", timings: Timings | None = None, progress=None
) -> bytes:
    """HTML (and the PDF unless ``fmt == 'html'``) for a prepared edition.

    ``fmt == 'html'``: a preview for browsers, with native ``<ruby>`` and the layout's CSS inlined.
    A page-bottom note that cannot be printed whole on the page of its call is moved to the
    endnotes, with a warning appended to ``prepared.warnings``.
    Raises EditionError for a bad paper size, template errors and WeasyPrint errors.
    """
    timings = timings or Timings()
    progress = progress or (lambda _m: None)
    edition, layout = prepared.edition, prepared.layout
    style = edition.style
    paper_css = _paper_css(edition, layout) if fmt == "pdf" else None
    timings.start()
    progress("html")
    fonts = load_font_set(variant_for_lang(prepared.lang))
    ruby = ruby_bold = None
    label = _label_fn(style)
    tokens = [t for p in prepared.paragraphs for t in p.tokens]
    pairs = ruby_pairs(tokens, label) if style != "none" else {}
    if pairs and fmt == "pdf":
        placement = "right" if style == "zhuyin" else "above"
        ruby = build_ruby_font(
            fonts.latin_regular,
            pairs,
            placement,
            cache.folder("ruby"),
            neighbours=ruby_neighbours(tokens, label),
            pitch=STYLE_PITCH.get(style, PITCH),
        )
        if any("strong" in t.marks for t in tokens):
            # Bold text with its readings: the same pairs (so the same glyph selectors) cut
            # from the bold face; built only for a source with strong emphasis.
            ruby_bold = build_ruby_font(
                fonts.latin_bold, pairs, placement, cache.folder("ruby"), like=ruby
            )
    # Notes printed after the text: all of them in the preview and in an endnotes edition.
    endnotes = (
        {n.id for n in prepared.notes} if fmt == "html" or edition.notes == "endnotes" else set()
    )
    html = _html(prepared, fmt, ruby, label, endnotes, fonts)
    timings.stop("html")
    if fmt == "html":
        return html.encode("utf-8")
    progress("pdf")
    options = variant_options(edition.pdf_variant) if edition.pdf_variant != "none" else {}
    fetcher = ConfinedFetcher([*layout.roots, *cache.folders(), prepared.layer.article.parent])

    def pdf_pages(html: str) -> LaidOut:
        return lay_out(
            html,
            base_url=layout.folder,
            stylesheets=[*layout.stylesheet_paths(), paper_css],
            fonts=fonts,
            ruby=ruby,
            ruby_bold=ruby_bold,
            url_fetcher=fetcher,
            options=options,
        )

    laid = pdf_pages(html)
    for attempt in range(NOTE_ROUNDS + 1):
        at_foot = [n for n in prepared.notes if n.id not in endnotes]
        bad = badly_placed(laid.document, [n.number for n in at_foot])
        if not bad:
            break
        # A cut note disturbs the pages after it: move those first, then look again.
        cut = {number for number, reason in bad.items() if reason == CUT}
        moved = [n for n in at_foot if n.number in (cut or bad)]
        if attempt == NOTE_ROUNDS:  # the layout keeps changing: every note goes to the end
            moved = at_foot
        endnotes.update(n.id for n in moved)
        prepared.warnings.extend(_moved_note(n, bad.get(n.number), layout) for n in moved)
        laid = pdf_pages(_html(prepared, fmt, ruby, label, endnotes, fonts))
    pdf = laid.write()
    meta = prepared.layer.meta
    convert = lambda s: convert_prose(s, edition.script)  # noqa: E731
    title = convert(str(meta["title"]))
    pdf = set_metadata(
        pdf,
        title=plain_text(title),
        author=convert(str(meta.get("author") or "")),
        subject=convert(str(meta.get("original_title") or "")),
        keywords=[convert(str(k)) for k in meta.get("keywords") or []],
        language=prepared.lang,
        creator=f"edition {__version__}",
    )
    marks = edition.marks == "crop"
    saddle = edition.impose == "saddle"
    if edition.bleed or marks:
        # imposed, the marks go around each sheet's spread, not around each page
        pdf = add_bleed_and_marks(pdf, edition.bleed, marks=marks and not saddle)
    if saddle:
        pdf = impose_saddle(pdf, edition.bleed, marks=marks)
    timings.stop("pdf")
    return pdf


def _moved_note(note: Note, reason: str | None, layout: Layout) -> Problem:
    why = {
        CUT: "is taller than the room for notes at the foot of a page",
        LATER: "does not fit at the foot of the page of its call",
        MISSING: "could not be placed at the foot of a page",
    }.get(reason or "", "could not be placed with the other notes")
    return Problem(
        note.loc,
        f"note '{note.id}' ({len(plain_text(note.body))} characters) {why} in layout "
        f"'{layout.name}'; it is printed with the endnotes (shorten it, or set 'notes: endnotes')",
        "warning",
    )


def _source_line(meta: dict, words: dict[str, str]) -> Markup:
    """The colophon's source: author, original title, publication, date, those that are given,
    separated by commas and ended by a full stop; "not stated" when none is."""
    parts = [
        escape(meta["author"]) if meta["author"] else "",
        Markup("<em>{}</em>").format(render_inline(meta["original_title"]))
        if meta["original_title"]
        else "",
        escape(meta["publication"]),
        escape(meta["date"]),
    ]
    given = [part for part in parts if part]
    return Markup(", ").join(given) + "." if given else Markup(escape(words["no_source"]))


def _damage_marked(before: str, words: dict[str, str]) -> Markup:
    """``before`` with each damaged run (edition/text/damage.py) shown as the damage mark."""
    out, last = [], 0
    for start, end in damaged_spans(before):
        out += [
            escape(before[last:start]),
            Markup('<span class="damage">{}</span>').format(words["damage"]),
        ]
        last = end
    out.append(escape(before[last:]))
    return Markup("").join(out)


def _html(
    prepared: Prepared,
    fmt: str,
    ruby,
    label,
    endnotes: set[str],
    fonts: FontSet | None = None,
) -> str:
    """The edition's HTML; notes in ``endnotes`` are linked calls and listed after the text.

    ``fonts``: the PDF's fonts, to measure the vocabulary's columns with (edition/render/
    measure.py); the preview (a browser, other fonts) leaves that to the layout.
    """
    edition, layout = prepared.edition, prepared.layout
    style = edition.style
    convert = lambda s: convert_prose(s, edition.script)  # noqa: E731
    notes_by_id = {n.id: n for n in prepared.notes}

    def note_html(note_id: str) -> Markup:
        if note_id in endnotes:
            return note_link(note_id)
        # data-n: the number the layouts print (CSS attr()), and how edition.render.footnotes
        # finds the note in the laid-out pages.
        return (
            Markup('<span class="footnote" data-n="{0}">').format(notes_by_id[note_id].number)
            + render_inline(notes_by_id[note_id].body, convert)
            + Markup("</span>")
        )

    def note_link(note_id: str) -> Markup:
        number = notes_by_id[note_id].number
        return Markup('<a class="fn-call" id="fnref-{0}" href="#fn-{0}"><sup>{0}</sup></a>').format(
            number
        )

    def paragraph_html(p) -> Markup:
        if fmt == "html":
            return preview_html(
                p.tokens,
                label=label if style != "none" else None,
                note_html=note_link,
                tone_classes=edition.tone_colors,
                vertical=style == "zhuyin",
                gloss_href=lambda gid: f"#v-{gid}",
            )
        # Headings are set flush left: no justification spaces, which would also show in bookmarks.
        return inline_html(
            p.tokens,
            ruby=ruby,
            label=label,
            note_html=note_html,
            justify=p.kind in ("body", "quote", "item"),
            tone_colors=edition.tone_colors,
        )

    paragraphs = [
        {"kind": p.kind, "loc": str(p.loc), "html": paragraph_html(p), **block}
        for p, block in zip(
            prepared.paragraphs, block_fields(prepared.paragraphs, fmt == "html"), strict=True
        )
    ]
    meta = {k: convert(v) if isinstance(v, str) else v for k, v in prepared.layer.meta.items()}
    for key in (
        "original_title",
        "author",
        "publication",
        "date",
        "source_url",
        "credit",
        "subtitle",
        "licence",
        "translator",
    ):
        meta.setdefault(key, "")
    title = str(meta["title"])
    keywords = meta.get("keywords") or []
    words = labels(prepared.lang)
    context = base_context(
        article={
            "title": plain_text(title),
            "title_html": nowrap_words(render_inline(title)),
            "subtitle_html": nowrap_words(render_inline(str(meta["subtitle"]))),
            "lang": prepared.lang,
            "meta": meta,
            "keywords": ", ".join(convert(str(k)) for k in keywords),
            "paragraphs": paragraphs,
            "source_html": _source_line(meta, words),
        },
        config={
            "name": edition.name,
            "script": edition.script,
            "pinyin": edition.pinyin,
            "style": style,
            "proof": edition.proof,
            "paper": edition.paper or layout.paper,
            "format": fmt,
            "notes": "endnotes" if fmt == "html" else edition.notes,
            "edition_date": edition_date(str(meta.get("date") or "")),
            "describe": describe(prepared.lang, edition.script, edition.pinyin, style),
            "preview_css": _preview_css(layout, prepared.lang) if fmt == "html" else "",
        },
        layout=layout,
        notes=[
            {
                "id": n.id,
                "number": n.number,
                "html": render_inline(n.body, convert),
                "end": n.id in endnotes,
            }
            for n in prepared.notes
        ],
        glossary=[
            {**g, "widths": column_widths(g, fonts) if fonts and fmt == "pdf" else {}}
            for g in prepared.glossary
        ],
        corrections=[
            {
                **c,
                # the source's text before, the edition's after (在这里 -> 在這裡 stays one)
                "after": convert(c["after"]),
                "note": convert(c["note"]),
                "before_html": _damage_marked(c["before"], words),
                "damaged": bool(damaged_spans(c["before"])),
            }
            for c in prepared.corrections
        ]
        if edition.editorial_notes
        else [],
        labels=words,
    )
    return render_html(layout, context)


def output_path(prepared: Prepared, out: Path | None, fmt: str) -> Path:
    if out is not None:
        return out
    return Path("output") / output_name(prepared.edition.output, fmt)


def output_name(name: str, fmt: str) -> str:
    """The file name of an edition (``output:``, a PDF name) in format ``fmt``."""
    suffix = {"pdf": ".pdf", "html": ".html", "epub": ".epub", "anki": ".apkg", "tsv": ".tsv"}
    return name if fmt == "pdf" else str(Path(name).with_suffix(suffix[fmt]))
