"""One paragraph's tokens as inline HTML for the glyph-ruby PDF (design/ruby.md).

Spans emitted (their fonts are declared by ``FontSet.css`` in ``edition/render/fonts.py``):

``<span class="han">``
    a run of Han characters and CJK punctuation, set in "Edition Ruby" (falling back to
    "Edition Han"). A character with a reading is written as ``RubyFont.encode(char, label)``
    (the character, plus a variation selector for a label other than its first).
``<span class="plain">``
    inside ``.han``: Han characters without a reading that the ruby font would otherwise
    draw with one ("Edition Han").
``<span class="latin">``
    a run of Latin letters and digits with its own spaces ("Edition Latin"); the ¼ em that
    separates it from Han text (W3C clreq) is one ordinary space inside the span, whether or
    not the source had one.
A web address (one Latin token, ``edition/text/segment.py``) gets a U+200B after each of its
separators (``example.|com/|a?|b=``): it breaks there too, not only at ``/`` and ``-``, so the
justified line before it is filled, not stretched to wide gaps between its Han characters
(``word-break: break-all`` would not do: WeasyPrint breaks before the box instead).
``<span class="sp">``
    a space the source had between two CJK characters, kept visible ("Edition Latin").
``<span class="proof">``, ``<span class="gloss" id="g-<id>">``
    around a token marked ``proof`` / the first occurrence of a glossary word.
``<strong class="emphasis">``, ``<em class="emphasis">``
    around a token the source emphasised (marks ``strong``, ``em``; notes have their own).
``<span class="nw">``
    from a token marked ``nowrap-open`` to one marked ``nowrap-close``: a name's part, a
    heading's word, which a line break must not split.

Justification: WeasyPrint stretches only spaces, so with ``justify`` a U+0020 goes between
CJK characters wherever a line may break (not before closing or after opening punctuation,
not next to ——, …… or ·); the CJK fonts give it zero advance, so it is invisible until the
line is justified. Between two full-width marks the break is a U+200B, which does not stretch,
so the font can set the pair as clreq asks (``edition/render/punctuation.py``). Two readings
too wide to sit side by side get no such space (Pango would shape the space's letter-spacing
as a run of its own): within one shaped run the ruby font then widens the first glyph by
itself (a contextual substitution); where a span boundary or a change of ruby font file
separates them, the first character is written with the selector of its widened copy
(``RubyFont.encode(..., widen=...)``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from markupsafe import Markup, escape

from edition.model import Reading, Token
from edition.render.punctuation import MARKS
from edition.render.rubyfont import Key, RubyFont
from edition.render.weblinks import web_href

LabelFn = Callable[[Reading], "str | None"]

NO_BREAK_BEFORE = frozenset(
    "，。、；：？！）》」』】〕〉〗〙〛］｝’”%％.,;:?!)]}»›｡､ーゝゞ々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
)
NO_BREAK_AFTER = frozenset("（《「『【〔〈〖〘〚［｛‘“([{«‹")
NO_BREAK_AROUND = frozenset("—…·・‧⋯―–～〜/／")
CJK_KINDS = ("han", "punct")
URL = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]*://|www\.)\S", re.ASCII)
# In one: after its separators, before a letter or digit (never between two letters: HarfBuzz
# makes a ligature across a U+200B, fi, and the text layer then lost both letters).
URL_BREAK = re.compile(r"(?<=[/.?&=_#~%+-])(?=[A-Za-z0-9])", re.ASCII)


def break_allowed(a: str, b: str) -> bool:
    """Whether a line may break between CJK characters ``a`` and ``b`` (clreq, simplified)."""
    return not (
        b in NO_BREAK_BEFORE or a in NO_BREAK_AFTER or a in NO_BREAK_AROUND or b in NO_BREAK_AROUND
    )


@lru_cache(maxsize=8)
def memoized(label: LabelFn) -> LabelFn:
    """``label`` remembering its result per reading (a label function is pure; pypinyin's
    tone conversion costs ~70 µs a call, and an article has ~1,000 distinct readings in
    ~6,000 characters, each labelled twice: by ``ruby_pairs`` and by ``inline_html``)."""
    cache: dict[Reading, str | None] = {}

    def cached(reading: Reading) -> str | None:
        try:
            return cache[reading]
        except KeyError:
            cache[reading] = text = label(reading)
            return text

    return cached


def ruby_pairs(tokens: Iterable[Token], label: LabelFn) -> dict[str, list[str]]:
    """Char -> its labels, most frequent first (ties: first seen), for ``build_ruby_font``."""
    label = memoized(label)
    counts: Counter[tuple[str, str]] = Counter()
    for token in tokens:
        if token.kind != "han":
            continue
        for char, reading in zip(token.text, token.readings, strict=False):
            text = label(reading) if reading is not None else None
            if text:
                counts[char, text] += 1
    pairs: dict[str, list[str]] = {}
    for (char, text), _ in sorted(counts.items(), key=lambda kv: -kv[1]):
        pairs.setdefault(char, []).append(text)
    return pairs


def ruby_neighbours(tokens: Iterable[Token], label: LabelFn) -> set[tuple[Key, Key]]:
    """The (char, label) pairs that stand side by side (Han tokens in a row, no space, mark or
    Latin between), for the widened glyphs of ``build_ruby_font``."""
    label = memoized(label)
    found: set[tuple[Key, Key]] = set()
    last: Key | None = None
    for token in tokens:
        if token.kind != "han":
            last = None
            continue
        for i, char in enumerate(token.text):
            reading = token.readings[i] if i < len(token.readings) else None
            text = label(reading) if reading is not None else None
            key = (char, text) if text else None
            if last is not None and key is not None:
                found.add((last, key))
            last = key
    return found


class _Writer:
    """Accumulates the HTML of one paragraph; tracks the open run and the last character."""

    def __init__(self, ruby: RubyFont | None, justify: bool):
        self.ruby = ruby
        self.justify = justify
        self.parts: list[str] = []
        self.run: str | None = None  # "han" | "latin" | None
        self.last: str | None = None  # last CJK char in the open han run
        self.last_key: Key | None = None  # its (char, label) when it has a reading
        self.last_at = -1  # index in ``parts`` of its text
        self.boundary = False  # a tag or note call came after ``last``
        self.prev_kind: str | None = None  # kind of the last non-space token
        self.plain_open = False

    def open_run(self, run: str) -> None:
        if self.run == run:
            return
        self.close_run()
        self.parts.append(f'<span class="{run}">')
        self.run = run
        self.last = self.last_key = None
        self.boundary = False

    def close_run(self) -> None:
        self.close_plain()
        if self.run is not None:
            self.parts.append("</span>")
        self.run = None

    def close_plain(self) -> None:
        if self.plain_open:
            self.parts.append("</span>")
            self.plain_open = False
            self.boundary = True

    def tag(self, html: str) -> None:
        self.close_plain()
        self.parts.append(html)
        self.boundary = True

    def separator(self, char: str, key: Key | None) -> str:
        """What goes between the last CJK character and ``char``: a space or nothing.

        When the two readings need room and the font cannot see the pair (a span boundary, or
        the characters are in different font files), the last character becomes its widened
        copy; otherwise the font widens it, and no space may split the run. Either way the
        pair gets no justification space.
        """
        if self.last is None:
            return ""
        ruby = self.ruby
        if ruby is not None and self.last_key is not None and key is not None:
            kern = ruby.kern(self.last_key, key)
            if kern and (self.boundary or ruby.part_of(self.last) != ruby.part_of(char)):
                self.parts[self.last_at] = str(escape(ruby.encode(*self.last_key, widen=kern)))
            if kern:  # the pair already stands apart: no stretch on top (nor a split run)
                return ""
        if self.justify and break_allowed(self.last, char):
            # Two marks set as one pair by the font's "chws" (punctuation.py): a break
            # without a stretch, so that Pango shapes them together.
            return "\u200b" if self.last in MARKS and char in MARKS else " "
        return ""

    def cjk_char(
        self,
        char: str,
        key: Key | None,
        plain: bool,
        tone: str | None = None,
        separator: str | None = None,
    ) -> None:
        """One CJK character; ``tone`` ('1'..'5'): wrapped in ``<span class="tN">`` (colours).

        The separator (a justification space) goes after any opening tag, never at the end
        of the box before one: WeasyPrint measured such a trailing space, when its box
        started a line, as a Latin space (0.26 em).
        """
        if self.plain_open and not plain:
            self.close_plain()
        if separator is None:
            separator = self.separator(char, key)
        if plain and not self.plain_open:
            self.parts.append('<span class="plain">')
            self.plain_open = True
        if tone:
            self.parts.append(f'<span class="t{tone}">')
        self.parts.append(separator)
        if key is not None and self.ruby is not None:
            self.parts.append(str(escape(self.ruby.encode(*key))))
        else:
            self.parts.append(str(escape(char)))
        self.last, self.last_key, self.last_at = char, key, len(self.parts) - 1
        if tone:
            self.parts.append("</span>")
        self.boundary = bool(tone)


def inline_html(
    tokens: Sequence[Token],
    *,
    ruby: RubyFont | None,
    label: LabelFn | None,
    note_html: Callable[[str], Markup],
    justify: bool = True,
    tone_colors: bool = False,
) -> Markup:
    """The inline HTML of one paragraph; every text escaped.

    ``ruby``/``label``: the ruby font and the reading style's label function, or None for
    plain text. ``note_html(id)`` gives the markup of a note call, inserted after its token.
    ``justify``: insert the zero-width stretchable spaces between CJK characters.
    ``tone_colors``: each character with a reading in a ``tN`` span, for colour by tone.
    """
    w = _Writer(ruby, justify)
    if label is not None:
        label = memoized(label)
    pending_space = False
    for token in tokens:
        kind = token.kind
        if kind == "space":
            pending_space = pending_space or bool(token.text)
            continue
        if kind in ("latin", "digit"):
            gap = pending_space or w.prev_kind == "han"
            if w.run == "han" and gap:
                w.close_run()
            w.open_run("latin")
            if gap and w.prev_kind is not None:
                w.parts.append(" ")
            _open_marks(w, token)
            href = web_href(token.text)
            if href is not None:
                # A link in the PDF (and its text whole: the breaks are U+200B, not in it).
                w.parts.append(f'<a class="url" href="{escape(href)}">')
                w.parts.append(str(escape(URL_BREAK.sub("\u200b", token.text))))
                w.parts.append("</a>")
            elif URL.match(token.text):
                w.parts.append(str(escape(URL_BREAK.sub("\u200b", token.text))))
            else:
                w.parts.append(str(escape(token.text)))
        else:
            if w.run == "latin" and (pending_space or kind == "han"):
                w.parts.append(" ")
            elif w.run == "han" and pending_space:
                w.close_run()
                w.parts.append('<span class="sp"> </span>')
            w.open_run("han")
            _cjk_token(w, token, ruby, label, tone_colors)
            w.prev_kind = kind
        pending_space = False
        if kind in ("latin", "digit"):
            w.prev_kind = "latin"
            _close_marks(w, token)
        if token.note_ids:
            calls = "".join(str(note_html(note_id)) for note_id in token.note_ids)
            # A note call never starts a line: a word joiner (UAX 14 class WJ) glues it to the
            # character before it, whatever tags stand between them.
            w.tag(f"\u2060{calls}")
    w.close_run()
    return Markup("".join(w.parts))


# The source's emphasis (Markdown, web pages, .docx), outermost first.
EMPHASIS = ("strong", "em")
# Marks whose tags wrap a token: the separator before its first character goes outside them.
WRAPPING_MARKS = frozenset({"proof", "nowrap-open", "nowrap-close", *EMPHASIS})


def _open_marks(w: _Writer, token: Token) -> None:
    if "nowrap-open" in token.marks:  # a name's part, a heading's word: no line break inside
        w.tag('<span class="nw">')
    for tag in EMPHASIS:
        if tag in token.marks:
            w.tag(f'<{tag} class="emphasis">')
    if token.glossary_id is not None:
        w.tag(f'<span class="gloss" id="g-{escape(token.glossary_id)}">')
    if "proof" in token.marks:
        w.tag('<span class="proof">')


def _close_marks(w: _Writer, token: Token) -> None:
    if "proof" in token.marks:
        w.tag("</span>")
    if token.glossary_id is not None:
        w.tag("</span>")
    for tag in reversed(EMPHASIS):
        if tag in token.marks:
            w.tag(f"</{tag}>")
    if "nowrap-close" in token.marks:
        w.tag("</span>")


def _cjk_token(
    w: _Writer, token: Token, ruby: RubyFont | None, label: LabelFn | None, tones: bool = False
) -> None:
    wrapped = token.glossary_id is not None or bool(token.marks & WRAPPING_MARKS)
    for i, char in enumerate(token.text):
        key = None
        reading = token.readings[i] if token.kind == "han" and i < len(token.readings) else None
        if ruby is not None and label is not None and reading is not None:
            text = label(reading)
            if text and ruby.has(char, text):
                key = (char, text)
        plain = ruby is not None and key is None and char in ruby.labels
        separator = None
        if i == 0 and wrapped:
            # The separator goes inside the wrapper, before its first character.
            w.close_plain()
            w.boundary = True
            separator = w.separator(char, key)
            _open_marks(w, token)
        tone = (
            reading.syllable[-1]
            if tones and key is not None and reading.syllable[-1].isdigit()
            else None
        )
        w.cjk_char(char, key, plain, tone, separator)
    if wrapped:
        _close_marks(w, token)
