"""One paragraph's tokens as HTML with native ``<ruby>``, for the browser preview
(``--format html``).

Browsers lay ruby out, so the preview needs no ruby font: each Han character with a printed
reading becomes ``<ruby><rb>字</rb><rt>zì</rt></ruby>``. The preview stylesheet
(``layouts/_shared/preview.css``) sets each reading centred over its character without
widening it, so the characters keep one pitch and a reading may overhang a neighbour whose
own reading is short; where two readings would touch, the second ruby gets a class ``kN``
(N tenths of an em of space before it), from an estimate of the readings' widths. Zhuyin
stands in a column to the right of its character. The other spans match those of
``edition/render/inline.py`` (``.gloss`` with its ``id``, in the preview a link to its
vocabulary entry, ``.proof``, ``.nw``); a Latin run is separated from Han text by one
ordinary space (about ¼ em, W3C clreq), as in the PDF. Every text is escaped.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import replace

from markupsafe import Markup, escape

from edition.model import Reading, Token
from edition.render.weblinks import web_href

# Marks a line never starts with (closing brackets and quotes, stops, commas, ellipsis)
NO_BREAK_BEFORE = frozenset("，。、；：？！」』）》〉】〕”’…‥·・ー〜～%％")

LabelFn = Callable[[Reading], "str | None"]


def tone_class(reading: Reading) -> str:
    """``t1``..``t5`` from the canonical tone-number syllable (``zhong4`` -> ``t4``)."""
    digits = [c for c in reading.syllable if c.isdigit()]
    return f"t{digits[-1]}" if digits else "t5"


def ruby_html(char: str, text: str, reading: Reading | None = None, kern: int = 0) -> str:
    """One character and its reading as native ruby; ``reading`` adds its tone class, ``kern``
    the class ``kN`` that puts N tenths of an em before it."""
    classes = [tone_class(reading)] if reading is not None else []
    if kern:
        classes.append(f"k{kern}")
    cls = f' class="{" ".join(classes)}"' if classes else ""
    return f"<ruby{cls}><rb>{escape(char)}</rb><rt>{escape(text)}</rt></ruby>"


# Estimated reading widths, in em of the text: the preview's readings are set at half the text
# size, where a Latin letter with its tone mark averages about 0.6 em (more in a browser's sans
# serif); two readings keep this much apart.
LETTER = 0.31
GAP = 0.15
MAX_KERN = 9  # classes k1..k9 in preview.css


def kern_tenths(left: str | None, right: str | None, vertical: bool = False) -> int:
    """Tenths of an em to put between two characters whose readings are ``left`` and ``right``
    (None: no reading), so that the readings, centred over characters 1 em apart, keep
    :data:`GAP` between them. Zhuyin (``vertical``) stands beside its character: nothing."""
    if vertical or not left or not right:
        return 0
    half = LETTER * (len(left) + len(right)) / 2
    need = half + GAP - 1.0
    return min(MAX_KERN, max(0, math.ceil(round(need * 10, 6))))


def preview_html(
    tokens: Sequence[Token],
    *,
    label: LabelFn | None,
    note_html: Callable[[str], Markup],
    tone_classes: bool = False,
    vertical: bool = False,
    gloss_href: Callable[[str], str] | None = None,
) -> Markup:
    """The inline HTML of one paragraph with native ruby.

    ``label``: the reading style's label function, or None for no readings. ``note_html(id)``
    gives the markup of a note call, inserted after its token. ``tone_classes``: give each
    ``<ruby>`` the class ``t1``..``t5`` of its tone (for tone colours). ``vertical``: readings
    stand beside their characters (zhuyin), no space is added between rubies. ``gloss_href(id)``:
    where a glossary word links to (its vocabulary entry); None: the word is a ``span``.
    """
    parts: list[str] = []
    prev: str | None = None  # "han", "punct" or "latin": the last non-space token
    last_reading: str | None = None  # the reading of the character just written
    pending_space = False
    glue: int | None = None  # where in parts the last character (or glossary word) began
    for token in tokens:
        kind = token.kind
        if kind == "space":
            pending_space = pending_space or bool(token.text)
            glue = None
            continue
        if kind == "punct" and glue is not None and token.text[0] in NO_BREAK_BEFORE:
            # A ruby is an inline block, and browsers break after one even before '。': the
            # mark would open the next line. The character before it goes with it.
            parts.insert(glue, '<span class="nw">')
            parts.append(str(escape(token.text[0])))
            parts.append("</span>")
            token = replace(token, text=token.text[1:], readings=token.readings[1:])
            glue, prev, last_reading = None, kind, None  # a mark between: no reading touches
            if not token.text:
                if token.note_ids:
                    parts.extend(str(note_html(note_id)) for note_id in token.note_ids)
                pending_space = False
                continue
        if kind in ("latin", "digit"):
            if prev is not None and (pending_space or prev == "han"):
                parts.append(" ")
            parts.extend(_open(token, gloss_href))
            href = web_href(token.text)
            text = str(escape(token.text))
            if href is not None:
                text = f'<a class="url" href="{escape(href)}">{text}</a>'
            parts.append(text)
            parts.extend(_close(token, gloss_href))
            prev, last_reading, glue = "latin", None, None
        else:
            if prev is not None and (pending_space or (prev == "latin" and kind == "han")):
                parts.append(" ")
                last_reading = None
            opened = _open(token, gloss_href)
            start = len(parts)
            parts.extend(opened)
            for i, char in enumerate(token.text):
                reading = token.readings[i] if kind == "han" and i < len(token.readings) else None
                text = label(reading) if reading is not None and label is not None else None
                # the span may hold a glossary word whole (a few characters), never a longer
                # marked stretch or a name's part, whose tags open and close elsewhere
                if kind != "han" or any(m.startswith("nowrap") for m in token.marks):
                    glue = None
                elif not opened:
                    glue = len(parts)
                else:
                    glue = start if token.glossary_id is not None and "em" not in token.marks \
                        and "strong" not in token.marks else None
                if text:
                    kern = kern_tenths(last_reading, text, vertical)
                    parts.append(ruby_html(char, text, reading if tone_classes else None, kern))
                else:
                    parts.append(str(escape(char)))
                last_reading = text
            parts.extend(_close(token, gloss_href))
            prev = kind
        pending_space = False
        if token.note_ids:
            parts.extend(str(note_html(note_id)) for note_id in token.note_ids)
            last_reading = None
    return Markup("".join(parts))


def _open(token: Token, gloss_href: Callable[[str], str] | None) -> list[str]:
    tags = []
    if "nowrap-open" in token.marks:  # a name's part, a heading's word: no line break inside
        tags.append('<span class="nw">')
    tags += [f'<{tag} class="emphasis">' for tag in ("strong", "em") if tag in token.marks]
    if token.glossary_id is not None and gloss_href is not None:
        gid, href = escape(token.glossary_id), escape(gloss_href(token.glossary_id))
        tags.append(f'<a class="gloss" id="g-{gid}" href="{href}">')
    elif token.glossary_id is not None:
        tags.append(f'<span class="gloss" id="g-{escape(token.glossary_id)}">')
    if "proof" in token.marks:
        tags.append('<span class="proof">')
    return tags


def _close(token: Token, gloss_href: Callable[[str], str] | None) -> list[str]:
    tags = ["</span>"] if "proof" in token.marks else []
    if token.glossary_id is not None:
        tags.append("</a>" if gloss_href is not None else "</span>")
    tags += [f"</{tag}>" for tag in ("em", "strong") if tag in token.marks]
    if "nowrap-close" in token.marks:
        tags.append("</span>")
    return tags
