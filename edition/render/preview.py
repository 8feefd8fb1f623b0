"""One paragraph's tokens as HTML with native ``<ruby>``, for the browser preview
(``--format html``).

Browsers lay ruby out, so the preview needs no ruby font: each Han character with a printed
reading becomes ``<ruby><rb>字</rb><rt>zì</rt></ruby>``. The other spans match those of
``edition/render/inline.py`` where the layouts style them (``.gloss`` with its ``id``, ``.proof``);
a Latin run is separated from Han text by one ordinary space (about ¼ em, W3C clreq), as in
the PDF. Every text is escaped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from markupsafe import Markup, escape

from edition.model import Reading, Token

LabelFn = Callable[[Reading], "str | None"]


def tone_class(reading: Reading) -> str:
    """``t1``..``t5`` from the canonical tone-number syllable (``zhong4`` -> ``t4``)."""
    digits = [c for c in reading.syllable if c.isdigit()]
    return f"t{digits[-1]}" if digits else "t5"


def ruby_html(char: str, text: str, reading: Reading | None = None) -> str:
    """One character and its reading as native ruby; ``reading`` adds its tone class."""
    cls = f' class="{tone_class(reading)}"' if reading is not None else ""
    return f"<ruby{cls}><rb>{escape(char)}</rb><rt>{escape(text)}</rt></ruby>"


def preview_html(
    tokens: Sequence[Token],
    *,
    label: LabelFn | None,
    note_html: Callable[[str], Markup],
    tone_classes: bool = False,
) -> Markup:
    """The inline HTML of one paragraph with native ruby.

    ``label``: the reading style's label function, or None for no readings. ``note_html(id)``
    gives the markup of a note call, inserted after its token. ``tone_classes``: give each
    ``<ruby>`` the class ``t1``..``t5`` of its tone (for tone colours).
    """
    parts: list[str] = []
    prev: str | None = None  # "han", "punct" or "latin": the last non-space token
    pending_space = False
    for token in tokens:
        kind = token.kind
        if kind == "space":
            pending_space = pending_space or bool(token.text)
            continue
        if kind in ("latin", "digit"):
            if prev is not None and (pending_space or prev == "han"):
                parts.append(" ")
            parts.extend(_open(token))
            parts.append(str(escape(token.text)))
            parts.extend(_close(token))
            prev = "latin"
        else:
            if prev is not None and (pending_space or (prev == "latin" and kind == "han")):
                parts.append(" ")
            parts.extend(_open(token))
            for i, char in enumerate(token.text):
                reading = token.readings[i] if kind == "han" and i < len(token.readings) else None
                text = label(reading) if reading is not None and label is not None else None
                if text:
                    parts.append(ruby_html(char, text, reading if tone_classes else None))
                else:
                    parts.append(str(escape(char)))
            parts.extend(_close(token))
            prev = kind
        pending_space = False
        parts.extend(str(note_html(note_id)) for note_id in token.note_ids)
    return Markup("".join(parts))


def _open(token: Token) -> list[str]:
    tags = [f'<{tag} class="emphasis">' for tag in ("strong", "em") if tag in token.marks]
    if token.glossary_id is not None:
        tags.append(f'<span class="gloss" id="g-{escape(token.glossary_id)}">')
    if "proof" in token.marks:
        tags.append('<span class="proof">')
    return tags


def _close(token: Token) -> list[str]:
    spans = ["</span>"] * ((token.glossary_id is not None) + ("proof" in token.marks))
    return spans + [f"</{tag}>" for tag in ("em", "strong") if tag in token.marks]
