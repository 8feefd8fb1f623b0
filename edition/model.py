"""The document model every stage reads and writes. No project imports here."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True, slots=True)
class SourceLocation:
    """A place in a user's file: relative path, 1-based line, optional 1-based column."""

    path: str
    line: int
    col: int | None = None

    def __str__(self) -> str:
        if self.col is None:
            return f"{self.path}:{self.line}"
        return f"{self.path}:{self.line}:{self.col}"


ReadingOrigin = Literal["phrase", "model", "char", "override", "glossary", "hint", "rule"]


@dataclass(frozen=True, slots=True)
class Reading:
    """The reading of one Han character.

    ``syllable`` is canonical tone-number pinyin (pypinyin TONE3 with ``5`` for the neutral
    tone and ``v`` for ü: ``zhong4``, ``de5``, ``lv4``); ``r`` is the 儿/兒 of an erhua syllable.
    """

    syllable: str
    origin: ReadingOrigin = "phrase"


TokenKind = Literal["han", "latin", "digit", "punct", "space"]


@dataclass(slots=True)
class Token:
    """A run of characters of one kind, as displayed in the edition."""

    text: str  # as displayed (target script)
    lookup: str  # Simplified, same length as text: what readings are looked up on
    kind: TokenKind
    loc: SourceLocation  # where text starts in the article
    start: int = 0  # offset of text in the article's displayed text
    readings: tuple[Reading | None, ...] = ()  # one per character when kind == "han"
    note_ids: list[str] = field(default_factory=list)  # notes whose call follows this token
    glossary_id: str | None = None  # set on the first occurrence of a glossary word
    # layout hints: "proof" for unreviewed, "em"/"strong" for the source's emphasis
    marks: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class Picture:
    """A picture of the article: ``src`` as written in the source, ``path`` the file it names
    (inside the article's folder), or ``data`` when the source file embeds it (a .docx)."""

    src: str
    loc: SourceLocation
    path: str | None = None  # absolute path of the image file
    data: bytes | None = None  # the image itself, for pictures embedded in the source file
    media_type: str = ""  # image/png, image/jpeg, image/gif, image/svg+xml, image/webp
    alt: str = ""


BlockKind = Literal[
    "body", "heading", "caption", "source", "quote", "item", "figure", "byline", "verse"
]


@dataclass(slots=True)
class Paragraph:
    """One line of the article: a body paragraph, a heading, a caption; from a structured
    source (Markdown, a web page, a .docx) also a quotation, a list item or a figure, whose
    tokens are its caption."""

    tokens: list[Token]
    loc: SourceLocation
    kind: BlockKind = "body"
    level: int = 0  # heading level 1-6 as the source gives it (0: guessed from plain text)
    marker: str = ""  # a list item's bullet or number ("•", "3.")
    picture: Picture | None = None  # kind == "figure"

    @property
    def text(self) -> str:
        return "".join(t.text for t in self.tokens)


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a note attaches: W3C Web Annotation TextQuoteSelector plus an occurrence number."""

    exact: str
    prefix: str = ""
    suffix: str = ""
    occurrence: int | None = None  # 1-based; required when ``exact`` occurs more than once


@dataclass(frozen=True, slots=True)
class Correction:
    """An editorial correction applied after automatic cleaning."""

    find: str
    replace: str
    loc: SourceLocation  # where it is written in the notes file
    note: str = ""
    occurrence: int | None = None


@dataclass(frozen=True, slots=True)
class ReadingOverride:
    """A reading fixed by the editor: every occurrence of ``word``, or one anchored place."""

    word: str
    syllables: tuple[str, ...]  # canonical tone-number syllables, one per character of ``word``
    loc: SourceLocation
    anchor: Anchor | None = None  # None: the whole article


@dataclass(slots=True)
class Note:
    """A footnote: the note travels with its anchor; ``number`` is set by the anchor stage."""

    id: str
    body: str  # small inline markup, see edition/notes/markup.py
    anchor: Anchor
    loc: SourceLocation
    number: int | None = None
    start: int | None = None  # resolved offsets in the displayed text
    end: int | None = None


@dataclass(slots=True)
class GlossaryEntry:
    """A vocabulary item; its first occurrence in the text is marked."""

    id: str
    word: str
    gloss: str
    loc: SourceLocation
    reading: tuple[str, ...] = ()  # canonical syllables; filled from the engine unless given
    pos: str = ""
    level: str = ""
    first_start: int | None = None
