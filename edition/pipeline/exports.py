"""The other outputs of a prepared edition: an EPUB book, an Anki deck, a word list.

Each gathers what its writer in ``edition/render/`` needs from the prepared edition (the
paragraphs with their readings, the notes, the glossary, the metadata) and returns bytes;
nothing is written here. Like the PDF, they depend only on the input (dates come from
``SOURCE_DATE_EPOCH`` or the notes file's ``meta.date``, never the clock).
"""

from __future__ import annotations

import calendar
import datetime as dt
import logging

from markupsafe import Markup

from edition import __version__
from edition.errors import EditionError, Problem
from edition.model import SourceLocation
from edition.notes.markup import plain_text, render_inline
from edition.pipeline.output import edition_date
from edition.pipeline.prepare import Prepared
from edition.readings.prose import convert_prose
from edition.readings.styles import label as style_label
from edition.render.labels import describe, labels
from edition.render.pictures import picture_bytes
from edition.render.preview import preview_html
from edition.render.vocabulary import Card, cards

log = logging.getLogger(__name__)

# Output formats besides pdf and html, and the file name ending of each.
EXPORTS = {"epub": ".epub", "anki": ".apkg", "tsv": ".tsv"}


def export(prepared: Prepared, fmt: str) -> bytes:
    """The bytes of the edition in ``fmt`` (one of :data:`EXPORTS`)."""
    if fmt == "epub":
        return _epub(prepared)
    from edition.render.anki import write_apkg
    from edition.render.tsv import write_tsv

    vocabulary = _cards(prepared)
    if not vocabulary:
        raise EditionError(
            Problem(
                prepared.edition.loc or SourceLocation(prepared.layer.shown, 1),
                f"format '{fmt}' writes the vocabulary, and {prepared.layer.shown} has no "
                "glossary entries; add some under 'glossary:'",
            )
        )
    if fmt == "tsv":
        return write_tsv(vocabulary)
    title = plain_text(str(prepared.layer.meta.get("title", "")))
    return write_apkg(vocabulary, title, _source(prepared), _timestamp(prepared))


def for_vocabulary(fmt: str) -> bool:
    """Whether ``fmt`` is a study list, which has readings whatever the edition prints."""
    return fmt in ("anki", "tsv")


def _label(prepared: Prepared):
    style = prepared.edition.style if prepared.edition.style not in (None, "none") else "marks"
    return lambda reading: style_label(reading.syllable, style)


def _cards(prepared: Prepared) -> list[Card]:
    glosses = {g.id: plain_text(g.gloss) for g in prepared.layer.glossary}
    convert = lambda s: convert_prose(s, prepared.edition.script)  # noqa: E731
    glosses = {k: convert(v) for k, v in glosses.items()}
    return cards(prepared.glossary, glosses, prepared.paragraphs, _label(prepared))


def _source(prepared: Prepared) -> str:
    meta = prepared.layer.meta
    parts = [plain_text(str(meta.get("title", "")))]
    parts += [str(meta[k]) for k in ("author", "publication", "date") if meta.get(k)]
    return convert_prose(", ".join(parts), prepared.edition.script)


def _date(prepared: Prepared) -> dt.datetime:
    day = edition_date(str(prepared.layer.meta.get("date") or ""))
    try:
        return dt.datetime.fromisoformat(day[:10]).replace(tzinfo=dt.UTC)
    except ValueError:
        return dt.datetime(2000, 1, 1, tzinfo=dt.UTC)  # no date given: a fixed one, not the clock


def _timestamp(prepared: Prepared) -> float:
    return float(calendar.timegm(_date(prepared).timetuple()))


def _epub(prepared: Prepared) -> bytes:
    from edition.render.epub import EpubBlock, EpubBook, write_epub
    from edition.render.fonts import load_font_set, variant_for_lang

    edition = prepared.edition
    convert = lambda s: convert_prose(s, edition.script)  # noqa: E731
    style = edition.style
    label = (lambda r: style_label(r.syllable, style)) if style != "none" else None
    notes = {n.id: n for n in prepared.notes}

    def call(note_id: str) -> Markup:
        return Markup('<a epub:type="noteref" class="noteref" id="fnref{0}" href="#fn{0}">{0}</a>'
                      ).format(notes[note_id].number)  # fmt: skip

    levels = sorted({p.level for p in prepared.paragraphs if p.kind == "heading" and p.level})
    blocks = []
    for p in prepared.paragraphs:
        html = preview_html(p.tokens, label=label, note_html=call, tone_classes=False)
        called = [notes[i] for t in p.tokens for i in t.note_ids]
        level = min(2 + levels.index(p.level), 6) if p.kind == "heading" and p.level else 2
        picture = None
        if p.picture is not None:
            picture = (picture_bytes(p.picture), p.picture.media_type, p.picture.alt)
        blocks.append(
            EpubBlock(
                p.kind,
                html,
                level,
                p.marker,
                picture,
                [(n.number or 0, render_inline(n.body, convert)) for n in called],
            )
        )
    meta = {k: convert(str(v)) for k, v in prepared.layer.meta.items() if isinstance(v, str)}
    words = labels(prepared.lang)
    about = describe(prepared.lang, edition.script, edition.pinyin or "none", style or "none")
    colophon = [
        (words["source"], ", ".join(meta[k] for k in ("author", "original_title",
                                                       "publication", "date") if meta.get(k))),
        (words["licence"], meta.get("licence") or words["no_licence"]),
        (words["edition"], f"{edition.name}；{words['script']}：{about['script']}；"
                           f"{words['readings']}：{about['readings']}"),
        (words["made_with"], f"edition {__version__}。{words['fonts']}"),
    ]  # fmt: skip
    if meta.get("source_url"):
        colophon.insert(1, ("URL", meta["source_url"]))
    date = _date(prepared)
    title = plain_text(meta.get("title", ""))
    text = title + "".join(str(b.html) + "".join(str(n) for _, n in b.notes) for b in blocks)
    text += "".join(f"{g['word']}{g['reading']}{g['pos']}{g['gloss']}" for g in prepared.glossary)
    text += "".join(a + b for a, b in colophon) + "".join(words.values()) + "".join(meta.values())
    fonts = load_font_set(variant_for_lang(prepared.lang)).subset(text)
    book = EpubBook(
        title=title,
        lang=prepared.lang,
        modified=date.strftime("%Y-%m-%dT%H:%M:%SZ"),
        blocks=blocks,
        meta=meta,
        vocabulary=prepared.glossary,
        colophon=colophon,
        labels=words,
        fonts={
            "han.otf": fonts.latin_regular.read_bytes(),
            "han-bold.otf": fonts.latin_bold.read_bytes(),
        },
    )
    return write_epub(book)
