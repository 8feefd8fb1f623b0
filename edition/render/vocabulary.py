"""The vocabulary as study cards: each glossary word with the sentence it first occurs in.

Shared by the Anki deck, the word list and the EPUB: the word as displayed, its reading, part
of speech and gloss, and the sentence around its first occurrence with the readings of that
sentence (as text and as native ``<ruby>``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from markupsafe import Markup

from edition.model import Paragraph, Reading, Token
from edition.render.preview import preview_html

SENTENCE_END = frozenset("。！？!?；;…")
CLOSERS = frozenset("”」』’）)》")


@dataclass(frozen=True, slots=True)
class Card:
    id: str
    word: str
    reading: str
    pos: str
    gloss: str  # plain text
    gloss_html: Markup
    level: str
    sentence: str
    sentence_reading: str  # the readings of its Han characters, space-separated, and its
    # Latin words and numbers as written (Müller, 3.5, 25°C): a line a learner reads aloud
    sentence_html: Markup  # the sentence with <ruby>, the word in <b>


def sentence_of(paragraph: Paragraph, index: int) -> list[Token]:
    """The tokens of the sentence of ``paragraph`` that holds token ``index``."""
    tokens = paragraph.tokens
    start = 0
    for i in range(index - 1, -1, -1):
        if tokens[i].kind == "punct" and tokens[i].text in SENTENCE_END:
            start = i + 1
            while start < len(tokens) and tokens[start].text in CLOSERS:
                start += 1
            break
    end = len(tokens)
    for i in range(index, len(tokens)):
        if tokens[i].kind == "punct" and tokens[i].text in SENTENCE_END:
            end = i + 1
            while end < len(tokens) and tokens[end].text in CLOSERS:
                end += 1
            break
    while start < end and tokens[start].kind == "space":
        start += 1
    return tokens[start:end]


def cards(
    glossary: list[dict],
    glosses: dict[str, str],
    paragraphs: list[Paragraph],
    label: Callable[[Reading], str | None],
) -> list[Card]:
    """One card per glossary entry (``glossary``: the templates' entries; ``glosses``: entry id
    -> gloss as plain text). An entry whose word does not occur gets no sentence."""
    first: dict[str, tuple[Paragraph, int]] = {}
    for paragraph in paragraphs:
        for i, token in enumerate(paragraph.tokens):
            if token.glossary_id is not None:
                first.setdefault(token.glossary_id, (paragraph, i))
    out = []
    for g in glossary:
        sentence: list[Token] = []
        if g["id"] in first:
            paragraph, index = first[g["id"]]
            sentence = sentence_of(paragraph, index)
        text = "".join(t.text for t in sentence).strip()
        readings = _reading_line(sentence, label)
        html = preview_html(
            [_bold(t, g["id"]) for t in sentence], label=label, note_html=lambda _id: Markup("")
        )
        out.append(
            Card(
                g["id"],
                g["word"],
                g["reading"],
                g["pos"],
                glosses.get(g["id"], ""),
                g["gloss"],
                g["level"],
                text,
                " ".join(r for r in readings if r),
                html,
            )
        )
    return out


def _reading_line(sentence: list[Token], label: Callable[[Reading], str | None]) -> list[str]:
    """The sentence read aloud: each Han character's reading, and each run of Latin words,
    numbers and the signs inside them (``25°C``, ``18:30``) as written; Chinese punctuation
    and a sign alone (``&``, ``——``) are left out, as before."""
    out: list[str] = []
    run: list[Token] = []

    def flush() -> None:
        words = [k for k, t in enumerate(run) if t.kind in ("latin", "digit")]
        if words:  # the signs inside the run, not those around it ('Müller.' is 'Müller')
            out.append("".join(t.text for t in run[words[0] : words[-1] + 1]))
        run.clear()

    for t in sentence:
        if t.kind in ("latin", "digit") or (t.kind == "punct" and max(t.text) < "\u3000"):
            run.append(t)
            continue
        flush()
        if t.kind == "han":
            out.extend(label(r) or "" for r in t.readings if r is not None)
    flush()
    return out


def _bold(token: Token, gid: str) -> Token:
    """The token as it goes into a card's sentence: the glossary word strong, nothing else
    marked (no gloss anchors, no note calls)."""
    from dataclasses import replace

    marks = {"strong"} if token.glossary_id == gid else set()
    return replace(token, note_ids=[], glossary_id=None, marks=marks)
