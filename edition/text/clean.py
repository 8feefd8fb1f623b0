"""Stage 2, clean: undo the damage of web scrapes, keeping a map from every character to the source.

Classes of damage (issue 3), in the order they are repaired:

* ``selector``: variation selectors, which would choose the glyph of another reading in the
  glyph-ruby font; removed with a warning (``edition/text/selectors.py``);
* ``mojibake``: GBK text edited byte-wise and decoded out of step (``edition/text/mojibake.py``);
* ``reading``: inline readings ``進(jìn)`` left from ruby; kept as hints
  (``edition/text/inline_readings.py``);
* ``html``: ``</p>`` and its damaged forms;
* ``punct``: ASCII ``, : ? ! ( ) ;`` inside Chinese -> full-width (``edition/text/punct.py``);
* ``wrap``: the lines of a hard-wrapped paragraph (text copied from a PDF or an e-mail) joined
  into one (``edition/text/unwrap.py``);
* ``script``: Simplified leftovers in a Traditional text that OpenCC settles
  (``edition/text/leftovers.py``).

Every spot the repair could not settle is flagged (a warning with its span in the source):

* ``guess``: damaged bytes read by word frequency, with a close runner-up (both are named)
  that differs in a character or in how a sentence ends (``。`` or ``？``);
* ``lost``: damaged text whose bytes do not say which character it was (kept as U+FFFD);
* ``fragment``: a reading fragment (``cháng)``) left next to damaged text;
* ``stray``: a mark inside damaged text that stands for a byte the damage swallowed;
* ``latin``: ``?`` inside a Latin word, a letter GBK lacks (``Micha?`` for ``Michał``).

Editorial corrections from the notes file fix them afterwards (``edition/notes/corrections.py``);
a flag whose span a correction covers is dropped there.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import Literal

from edition.errors import Problem
from edition.model import SourceLocation
from edition.text.damage import asks_nothing
from edition.text.hidden import hidden_characters
from edition.text.source import SourceText

log = logging.getLogger(__name__)

ChangeKind = Literal[
    "reading", "mojibake", "html", "punct", "script", "correction", "selector", "wrap"
]
KINDS: tuple[ChangeKind, ...] = (
    "mojibake",
    "reading",
    "html",
    "punct",
    "script",
    "correction",
    "selector",
    "wrap",
)
FlagKind = Literal["guess", "lost", "fragment", "stray", "latin", "qmark"]
# Letters European names use that GBK lacks (it has the pinyin vowels à á é ê ü ...), most
# frequent first: a '?' inside a Latin word was one of them.
LOST_LETTERS = "łęąśőöäñçšč"
LOST = "\ufffd"  # what the repair writes for a character the bytes do not determine
SENTENCE_ENDS = "。？！"  # a close call between these (or one and another mark) is flagged


@dataclass(frozen=True, slots=True)
class Change:
    """One repair; ``start``/``end`` are the span in the source text."""

    kind: ChangeKind
    start: int
    end: int
    before: str
    after: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Flag:
    """A spot the automatic repair could not settle: ``start``/``end`` is its span in the source,
    ``problem`` the warning printed for it."""

    kind: FlagKind
    start: int
    end: int
    problem: Problem


@dataclass(slots=True)
class CleanText:
    """The cleaned article and how it maps back to the source.

    ``origin[i]`` is the source offset of ``text[i]`` (``len(text) + 1`` entries, the last one
    ``len(source.text)``); ``hints`` maps offsets in ``text`` to tone-number readings the source
    gave; ``remarks`` are spots for the report that are not warnings (source offset, message);
    ``flags`` are the warnings about spots the repair could not settle, with their spans.
    """

    source: SourceText
    text: str
    origin: list[int]
    changes: list[Change] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    hints: dict[int, str] = field(default_factory=dict)
    remarks: list[tuple[int, str]] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)

    def loc(self, i: int) -> SourceLocation:
        """Where ``text[i]`` came from in the source file."""
        i = max(0, min(i, len(self.origin) - 1))
        return self.source.loc(self.origin[i])


Edit = tuple[int, int, str]  # (start, end, replacement) in the current text


@dataclass(slots=True)
class _Spot:
    """A flag before it is worded: its kind, source span and what to say."""

    kind: FlagKind
    start: int
    end: int
    info: dict[str, str] = field(default_factory=dict)


def _apply(text: str, edits: list[Edit]) -> tuple[str, list[int]]:
    """Apply non-overlapping edits; return the new text and, per new char, its old offset."""
    out: list[str] = []
    origin: list[int] = []
    pos = 0
    for start, end, rep in sorted(edits):
        if start < pos:
            continue
        out.append(text[pos:start])
        origin.extend(range(pos, start))
        out.append(rep)
        origin.extend(min(start + k, max(start, end - 1)) for k in range(len(rep)))
        pos = end
    out.append(text[pos:])
    origin.extend(range(pos, len(text)))
    origin.append(len(text))
    return "".join(out), origin


class _Work:
    """The text being cleaned, with its map to the source and the changes so far."""

    def __init__(self, source: SourceText):
        self.source = source
        self.text = source.text
        self.origin = list(range(len(source.text) + 1))
        self.changes: list[Change] = []
        self.spots: list[_Spot] = []  # flags to be worded once the text is clean

    def src(self, i: int) -> int:
        return self.origin[min(i, len(self.origin) - 1)]

    def edit(self, kind: ChangeKind, edits: list[tuple[int, int, str, str]]) -> None:
        """Apply (start, end, replacement, note) edits of one kind, recording each change."""
        if not edits:
            return
        for start, end, rep, note in edits:
            s, e = self.src(start), (self.src(end - 1) + 1 if end > start else self.src(start))
            self.changes.append(Change(kind, s, e, self.text[start:end], rep, note))
        text, origin = _apply(self.text, [(s, e, r) for s, e, r, _ in edits])
        self.origin = [self.origin[o] for o in origin]
        self.text = text


def clean(source: SourceText) -> CleanText:
    """Repair the automatic classes of damage; never raises.

    Input: the loaded article. Output: the cleaned text with changes, warnings and hints.
    """
    w = _Work(source)
    problems: list[Problem] = []
    hints_src: dict[int, str] = {}
    remarks: list[tuple[int, str]] = []
    for name, stage in (
        ("selector", _selectors),
        ("invisible", _invisible),
        ("utf8-as-gbk", _utf8_as_gbk),
        ("mojibake", _mojibake),
        ("reading", _readings),
        ("html", _html),
        ("punct", _punct),
        ("wrap", _wraps),
        # again over the joined lines: a join can make a run of marks (。 + 。。 -> 。。。) that
        # the first pass never saw, and a second clean must change nothing; the first pass
        # comes before the joins, which read a line that opens with a full-width mark
        ("punct", _punct),
        ("script", _script),
    ):
        try:
            stage(w, problems, hints_src, remarks)
        except Exception as exc:  # a bug must not stop the build; say so
            log.debug("clean stage %s failed", name, exc_info=True)
            problems.append(
                Problem(source.loc(0), f"internal: the {name} repair failed ({exc})", "warning")
            )
    _lost_marks(w, problems)
    problems.extend(hidden_characters(source))
    _fragments(w)
    flags = _word_flags(w)
    problems.extend(f.problem for f in flags)
    hints = {i: hints_src[o] for i, o in enumerate(w.origin[:-1]) if o in hints_src}
    w.changes.sort(key=lambda c: (c.start, c.end))
    problems.sort(key=Problem.sort_key)
    return CleanText(source, w.text, w.origin, w.changes, problems, hints, remarks, flags)


def _selectors(w: _Work, problems: list[Problem], hints: dict, remarks: list) -> None:
    from edition.text.selectors import describe, find_selectors

    found = find_selectors(w.text)
    for start, end in found:
        after = f" after '{w.text[start - 1]}'" if start and w.text[start - 1] != "\n" else ""
        problems.append(Problem(
            w.source.loc(w.src(start)),
            f"variation selector {describe(w.text[start:end])}{after} removed: the edition "
            "chooses each character's glyph by its reading",
            "warning",
        ))  # fmt: skip
    w.edit("selector", [(s, e, "", "") for s, e in found])


def _mojibake(w: _Work, problems: list[Problem], hints: dict, remarks: list) -> None:
    from edition.text.charfreq import DocModel, char_model
    from edition.text.mojibake import repair_line

    if "?" not in w.text:
        return
    model = DocModel(char_model(), w.text)
    edits: list[tuple[int, int, str, str]] = []
    start = 0
    for line in w.text.split("\n"):
        if "?" in line:
            r = repair_line(line, model)
            notes: dict[int, str] = {}
            for c in r.chosen:
                notes[r.origin[c.index]] = (f"'{r.text[c.index]}' chosen by word frequency over "
                                            f"'{c.runner_up}'")  # fmt: skip
            for u in r.unsure:
                notes[r.origin[u.index]] = f"lost character; candidates {'/'.join(u.candidates)}"
            for s, e, after in r.spans:
                note = "; ".join(v for k, v in sorted(notes.items()) if s <= k < max(e, s + 1))
                edits.append((start + s, start + e, after, note))
            w.spots.extend(_joined(_mojibake_spots(r, line, start), line, start))
        start += len(line) + 1
    w.edit("mojibake", edits)


def _utf8_as_gbk(w: _Work, problems: list[Problem], hints: dict, remarks: list) -> None:
    """Lines of UTF-8 once read as GBK (``鎴戜滑``) read back; each character rebuilt around a
    byte the wrong reading lost is a guess, flagged with its rival."""
    from edition.text.charfreq import char_model
    from edition.text.utf8gbk import undo_utf8_as_gbk

    edits: list[tuple[int, int, str, str]] = []
    start = 0
    for line in w.text.split("\n"):
        r = undo_utf8_as_gbk(line, char_model())
        if r is not None:
            fixed, guesses = r
            edits.append((start, start + len(line), fixed, "UTF-8 text once read as GBK"))
            if guesses:
                info = {"text": "…".join(fixed[g.index] for g in guesses),
                        "runner": "…".join(g.runner_up for g in guesses)}  # fmt: skip
                w.spots.append(_Spot("guess", start, start + len(line), info))
        start += len(line) + 1
    w.edit("mojibake", edits)


def _bracket_next(s: int, e: int, line: str, start: int, read: str) -> tuple[int, int]:
    """The source span ``s..e`` of a guess, with the ASCII bracket right next to it when a
    reading of the guess holds a bracket: whether that one pairs, and so becomes full-width,
    depends on the guess ('：（一)先' read '：，建议)先' leaves the ')' as it was)."""
    if not set(read) & set("（）()"):
        return s, e
    if e - start < len(line) and line[e - start] in "()":
        e += 1
    if s > start and line[s - start - 1] in "()":
        s -= 1
    return s, e


def _mojibake_spots(r, line: str, start: int) -> list[_Spot]:
    """The flags of one repaired line (``r``: a LineRepair of ``line``; ``start``: the line's
    offset)."""
    def src(a: int, b: int) -> tuple[int, int]:
        """Source span of repaired characters a..b-1 (b > a)."""
        lo = min(r.origin[a:b])
        hi = max(r.origin[a:b]) + 1
        return start + lo, start + hi

    def run(k: int, k_end: int | None = None, touching: bool = False) -> tuple[int, int]:
        """Source span of the damaged run(s) holding repaired characters k..k_end-1
        (``touching``: also a run that only touches them)."""
        lo, hi = src(k, k + 1) if k_end is None else src(k, k_end)
        lo, hi = lo - start, hi - start
        found = [
            (s, max(e, s + 1)) for s, e, _after in r.spans
            if (s <= hi and lo <= max(e, s + 1) if touching else s < hi and lo < max(e, s + 1))
        ]  # fmt: skip
        if not found:
            return start + lo, start + hi
        return start + min(lo, *(s for s, _ in found)), start + max(hi, *(e for _, e in found))

    spots: list[_Spot] = []
    for d in sorted(r.doubts, key=lambda d: d.margin):  # in one run, the closest call speaks
        if not _at_stake(d.text, d.runner_up):
            continue  # nothing a reader would read otherwise: it must not hide a guess in its run
        a, b = (d.start, d.end) if d.end > d.start else (max(0, d.start - 1), d.start + 1)
        s, e = _bracket_next(*run(a, min(b, len(r.text))), line, start, d.text + d.runner_up)
        spots.append(_Spot("guess", s, e, {"text": d.text, "runner": d.runner_up}))
    # characters first: a mark chosen in the same run must not hide one
    for c in sorted(r.chosen, key=lambda c: not _is_han(r.text[c.index])):
        if c.margin < c.limit:
            s, e = _bracket_next(*run(c.index), line, start, r.text[c.index] + c.runner_up)
            if not any(x.start <= s and e <= x.end for x in spots):
                info = {"text": r.text[c.index], "runner": c.runner_up}
                if not _is_han(r.text[c.index]):
                    info["marks"] = "1"  # a mark read from its first byte alone: at stake too
                spots.append(_Spot("guess", s, e, info))
    from edition.text.mojibake import PINYIN_RE

    for u in r.unsure:
        s, e = run(u.index)
        # an inline reading right after it is the lost character's (the reading stage strips
        # one only after a Han character, so it stays: '彼得·��（pǔ）罗' of '彼得·基普罗',
        # its '(' in the run's last '?'): the reader settles the two together
        k = u.index + 1
        while k < len(r.text) and r.text[k] == LOST:  # lost characters side by side
            k += 1
        reading = PINYIN_RE.match(r.text, k)
        if reading:
            e = max(e, start + r.origin[reading.end() - 1] + 1)
        spots.append(_Spot("lost", s, e, {"cands": "/".join(u.candidates)}))
    for k in r.invented:
        # a mark left as it was next to repaired text: the run it touches is as doubtful
        s, e = run(k, touching=True)
        spots.append(_Spot("stray", s, e, {"mark": r.text[k], "at": str(start + r.origin[k])}))
    return spots


def _joined(spots: list[_Spot], line: str, start: int) -> list[_Spot]:
    """Guess spots of one line that nothing but an inline reading separates are one spot
    naming both guesses ('亲…刘' over '清…龙王'): two guesses side by side in a damaged run
    ('一起庆祝(qìng)。刘' read '一起亲(qìng)。。刘') are one doubtful stretch to a reader, and
    two flags each holding half of it point at neither whole."""
    from edition.text.mojibake import PINYIN_RE

    out: list[_Spot] = []
    for spot in sorted(spots, key=lambda s: (s.kind != "guess", s.start, s.end)):
        last = out[-1] if out else None
        if spot.kind == "guess" and last is not None and last.kind == "guess":
            if spot.end <= last.end:
                continue  # a guess in the same run: the closest call (first) speaks for it
            gap = line[last.end - start : spot.start - start]
            if not gap or PINYIN_RE.fullmatch(gap):
                info = dict(last.info)
                if (spot.info["text"], spot.info["runner"]) != (info["text"], info["runner"]):
                    info["text"] += "…" + spot.info["text"]
                    info["runner"] += "…" + spot.info["runner"]
                if "marks" in spot.info:
                    info["marks"] = "1"
                out[-1] = _Spot("guess", last.start, max(last.end, spot.end), info)
                continue
        out.append(spot)
    return out


def _readings(w: _Work, problems: list[Problem], hints: dict, remarks: list) -> None:
    from edition.text.inline_readings import find_readings

    found = find_readings(w.text)
    spans: dict[tuple[int, int], list[str]] = {}
    for s, e, base, syl in found:
        hints[w.src(base)] = syl
        spans.setdefault((s, e), []).append(syl)  # a word's reading: one span, its syllables
    w.edit("reading", [(s, e, "", " ".join(syls)) for (s, e), syls in spans.items()])


def _html(w: _Work, problems: list[Problem], hints: dict, remarks: list) -> None:
    from edition.text.punct import find_entities, find_html, html_edits

    # Once only: '&amp;lt;' on a page showed '&lt;', not '<'.
    w.edit("html", [(s, e, ch, "") for s, e, ch in find_entities(w.text)])
    for _ in range(5):  # '?/p></p>': the damaged remnant reaches the line end once '</p>' is gone
        found = find_html(w.text)
        if not found:
            break
        if w.source.blocks:  # a Markdown or web page's lines are its blocks: none is added
            w.edit("html", [(s, e, "", "") for s, e in found])
        else:  # a plain text: a <br> inside a line ends it, as it did on the page
            w.edit("html", [(s, e, rep, "") for s, e, rep in html_edits(w.text, found)])


def _invisible(w: _Work, problems: list[Problem], hints: dict, remarks: list) -> None:
    from edition.text.punct import find_invisible, find_odd_spaces

    w.edit("html", [(s, e, "", "") for s, e in find_invisible(w.text)])
    w.edit("punct", [(i, i + 1, " ", "") for i in find_odd_spaces(w.text)])


def _punct(w: _Work, problems: list[Problem], hints: dict, remarks: list) -> None:
    from edition.text.punct import (
        find_punct,
        find_spaces_at_marks,
        find_spaces_in_sentences,
        find_typography,
    )

    # A converted mark can make its neighbour Chinese, a removed space bring two marks
    # together: go to a fixed point.
    # Marks first: a '?' before a full-width letter is Chinese punctuation ('？Ａ'); made
    # half-width first, the letter would leave '?A', which reads as GBK damage.
    for _ in range(20):
        # a '?' that stands for a letter of a Latin word ('Gerg?)') is no question mark
        found = [
            (i, i + 1, rep, "")
            for i, rep in find_punct(w.text)
            if not (w.text[i] == "?" and _in_latin_word(w.text, i))
        ]
        if not found:
            found = [(s, e, rep, "") for s, e, rep in find_typography(w.text)]
        if not found:
            found = [(s, e, "", "") for s, e in find_spaces_at_marks(w.text)]
        if not found:
            found = [(s, e, "", "") for s, e in find_spaces_in_sentences(w.text)]
        if not found:
            break
        w.edit("punct", found)


def _wraps(w: _Work, problems: list[Problem], hints: dict, remarks: list) -> None:
    from edition.text.unwrap import find_wraps

    if not w.source.blocks:  # Markdown and HTML sources say where their paragraphs are
        # A join reads the characters around a line break: where the damage repair made one of
        # them (a paragraph's last '。' read as a character, a line's first as '，'), that is a
        # guess, and a paragraph break lost on a guess is a line lost; the break stays.
        guessed = [(c.start, c.end) for c in w.changes if c.kind == "mojibake"]

        def made(i: int) -> bool:
            o = w.src(i)
            return any(s <= o < max(e, s + 1) for s, e in guessed)

        edits = find_wraps(w.text)
        if guessed:
            edits = [(s, e, rep) for s, e, rep in edits if not (made(s - 1) or made(e))]
        w.edit("wrap", [(s, e, rep, "") for s, e, rep in edits])


def _script(w: _Work, problems: list[Problem], hints: dict, remarks: list) -> None:
    from edition.text.leftovers import find_leftovers, is_traditional

    if not is_traditional(w.text):
        return
    fixes, doubts = find_leftovers(w.text)
    for i, old, what in doubts:
        remarks.append((w.src(i), f"'{_context(w.text, i)}': '{old}' may be a Simplified leftover; "
                        f"OpenCC gives {what}; left as is"))  # fmt: skip
    w.edit("script", [(i, i + 1, new, "OpenCC s2t and s2twp agree") for i, _o, new in fixes])


def _context(text: str, i: int, width: int = 6, end: int | None = None) -> str:
    """``text[i..end]`` (one character when ``end`` is None) with ``width`` characters of its
    line on either side."""
    end = i if end is None else end
    line_start = text.rfind("\n", 0, i) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return text[max(line_start, i - width) : min(line_end, end + width + 1)]


def _lost_marks(w: _Work, problems: list[Problem]) -> None:
    """Flag U+FFFD already in the source (a lost character) and a '?' inside a Latin word (a
    letter GBK lacks). U+FFFD the repair wrote is flagged by the repair with its run."""
    text = w.text
    flagged = {i for i, o in enumerate(w.origin[:-1]) if w.source.text[o : o + 1] != "\ufffd"}
    for i, ch in enumerate(text):
        if ch == "\ufffd" and i not in flagged:
            o = w.src(i)
            kind, info = w.source.doubts.get(o, ("lost", {"source": "yes"}))
            w.spots.append(_Spot("lost", o, o + 1, info if kind == "lost" else {"source": "yes"}))
        elif ch == "?" and _in_latin_word(text, i):
            o = w.src(i)
            w.spots.append(_Spot("latin", o, o + 1, {"word": _latin_word(text, i)}))
        elif ch in "?？" and _lost_in_clause(w, i):
            o = w.src(i)
            w.spots.append(_Spot("qmark", o, o + 1, {"before": text[i - 1], "after": text[i + 1]}))
    # characters the decoding restored from a lost byte but could not be sure of
    for o, (kind, info) in w.source.doubts.items():
        if kind == "guess":
            w.spots.append(_Spot("guess", o, o + 1, info))


def _lost_in_clause(w: _Work, i: int) -> bool:
    """Whether the '?' at ``i`` (an ASCII one in the source, the punctuation pass may have made
    it full-width) likely stands for a character GBK lost: between two Han characters, in a
    clause that asks nothing ('请把回?交给老师', not '你去哪里?我不去')."""
    text = w.text
    if not (0 < i < len(text) - 1 and _is_han(text[i - 1]) and _is_han(text[i + 1])):
        return False
    if w.source.text[w.src(i) : w.src(i) + 1] != "?":
        return False  # the source wrote '？': its author asked
    return asks_nothing(text, i)


def _at_stake(text: str, runner: str) -> bool:
    """Whether two readings of damaged text differ in what a reader reads: in a character, or in
    how a sentence ends ('对方？' or '对方。'); not in a '?' left as it was, or a comma."""
    if any(map(_is_han, text + runner)):
        return True
    if "?" in text + runner:
        return False
    ends = [set(x) & set(SENTENCE_ENDS) for x in (text, runner)]
    return bool(ends[0] | ends[1]) and ends[0] != ends[1]


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def _is_latin(ch: str) -> bool:
    return (ch.isalpha() and ch.isascii()) or "\u00c0" <= ch <= "\u024f"


def _in_latin_word(text: str, i: int) -> bool:
    """A '?' touching a Latin letter that stands for a lost letter, not a question mark: a letter
    follows it, or it ends a capitalised word of a short Latin run (a name: 'Micha? Nowak')."""
    before = text[i - 1] if i else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    lo, hi = i, i + 1
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    if "=" in text[lo:hi] or "/" in text[lo:hi]:
        return False  # a URL's query: '?b=1'
    if _is_latin(after) and (_is_latin(before) or not before.isalnum()):
        return True
    if not (_is_latin(before) and before.islower()):
        return False  # 'OK?' is a question
    word = _latin_word(text, i)
    line_start = text.rfind("\n", 0, i) + 1
    line_end = text.find("\n", i)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    k = i - line_start
    lo = k
    while lo > 0 and (_is_latin(line[lo - 1]) or line[lo - 1] in " ?'-.·"):
        lo -= 1
    hi = k
    while hi + 1 < len(line) and (_is_latin(line[hi + 1]) or line[hi + 1] in " ?'-.·"):
        hi += 1
    words = line[lo : hi + 1].split()
    return word[:1].isupper() and len(words) <= 3


def _latin_word(text: str, i: int) -> str:
    lo = i
    while lo > 0 and (_is_latin(text[lo - 1]) or text[lo - 1] == "?"):
        lo -= 1
    hi = i + 1
    while hi < len(text) and (_is_latin(text[hi]) or text[hi] == "?"):
        hi += 1
    return text[lo:hi]


def _fragments(w: _Work) -> None:
    """A reading fragment ('cháng)': its '(' went with the damage) left inside or next to a
    repaired run of damaged text."""
    from edition.text.inline_readings import FRAGMENT_RE, is_syllable

    runs = [(c.start, c.end) for c in w.changes if c.kind == "mojibake"]
    if not runs:
        return
    for m in FRAGMENT_RE.finditer(w.text):
        if not is_syllable(m.group(1)):
            continue
        s, e = w.src(m.start()), w.src(m.end() - 1) + 1
        if any((a - 2 <= s and e <= b + 8) or (a <= e and s <= b) for a, b in runs):
            w.spots.append(_Spot("fragment", s, e, {"frag": m.group(0)}))


def _word_flags(w: _Work) -> list[Flag]:
    """The flags, worded with their place and the cleaned text around them; one per span."""
    src = w.source
    where: dict[int, int] = {}
    for i, o in enumerate(w.origin[:-1]):
        where.setdefault(o, i)
    flags: list[Flag] = []
    seen: set[tuple[str, int, int]] = set()
    for spot in sorted(w.spots, key=lambda x: (x.start, x.end, x.kind)):
        key = (spot.kind, spot.start, spot.end)
        if key in seen:
            continue
        seen.add(key)
        first, last = src.loc(spot.start), src.loc(max(spot.start, spot.end - 1))
        extent = f"{first.line}:{first.col}-{last.col}"
        inside = [i for i in range(len(w.text)) if spot.start <= w.origin[i] < spot.end]
        if not inside and spot.kind == "guess":
            continue  # what was guessed did not survive cleaning (a '<' of '</p>')
        if spot.kind == "guess" and any(
            x.kind == "lost" and x.start < spot.end and spot.start < x.end for x in w.spots
        ):
            continue  # the lost flag of the same run says more
        if (spot.kind == "guess" and "marks" not in spot.info
                and not _at_stake(spot.info["text"], spot.info["runner"])):
            continue  # readings that differ in marks only ('。' or '?'): no character at stake
        if spot.kind == "guess" and any(
            x.kind == "latin" and spot.start <= x.start < spot.end for x in w.spots
        ):
            continue  # a '?' in a Latin word: the latin flag says it better
        at = inside[0] if inside else where.get(spot.end, len(w.text))
        ctx = _context(w.text, at, width=6, end=(inside[-1] if inside else at))
        info = spot.info
        if spot.kind == "guess":
            message = (f"damaged text {extent} read as '{info['text']}' by word frequency, "
                       f"but '{info['runner']}' is almost as likely, in '{ctx}'; check it: a "
                       "correction fixes it, or confirms it with 'replace' equal to "
                       "'find'")  # fmt: skip
        elif spot.kind == "lost" and "source" in info:
            message = (
                f"lost character '{LOST}' in '{_context(w.text, at)}'; the source does not say "
                "which character it was: add a correction to the notes file"
            )
        elif spot.kind == "lost":
            message = (f"damaged text {extent} does not say which character '{LOST}' was "
                       f"(maybe {info['cands']}), in '{ctx}'; add a correction")  # fmt: skip
        elif spot.kind == "fragment":
            message = (f"reading fragment '{info['frag']}' left by damaged text at {extent}, in "
                       f"'{ctx}'; remove it with a correction")  # fmt: skip
        elif spot.kind == "stray":
            at = int(info["at"])
            mark = next((w.text[i] for i in inside if w.origin[i] == at), info["mark"])
            message = (f"stray '{mark}' in damaged text {extent}: it stands for a byte the "
                       f"damage swallowed, in '{ctx}'; check it")  # fmt: skip
        elif spot.kind == "qmark":
            message = (f"'?' between '{info['before']}' and '{info['after']}' in a clause that "
                       f"asks nothing may stand for a character GBK lost, in '{ctx}'; a "
                       "correction fixes it, or confirms it with 'replace' equal to "
                       "'find'")  # fmt: skip
        else:
            letters = ", ".join(LOST_LETTERS)
            if info["word"][:1] == "?":
                letters = ", ".join(LOST_LETTERS.upper())
            message = (f"'?' in '{info['word']}' stands for a letter GBK lacks (likely "
                       f"{letters}…); add a correction")  # fmt: skip
        flags.append(Flag(spot.kind, spot.start, spot.end,
                          Problem(src.loc(spot.start), message, "warning")))  # fmt: skip
    return flags


def report_lines(ct: CleanText) -> list[str]:
    """The clean report: every change by class, every warning and remark, then a summary."""
    lines = []
    for c in ct.changes:
        loc = ct.source.loc(c.start)
        note = f" ({c.note})" if c.note else ""
        lines.append(f"{loc}: {c.kind}: {c.before!r} -> {c.after!r}{note}")
    for p in ct.problems:
        lines.append(str(p))
    for offset, message in ct.remarks:
        lines.append(f"{ct.source.loc(offset)}: note: {message}")
    counts = Counter(c.kind for c in ct.changes)
    parts = [f"{counts.get(k, 0)} {k}" for k in KINDS]
    warnings = sum(1 for p in ct.problems if p.level == "warning")
    errors = sum(1 for p in ct.problems if p.level == "error")
    lines.append(
        f"{ct.source.path}: summary: {', '.join(parts)}; {warnings} warnings, {errors} errors, "
        f"{len(ct.remarks)} notes, {len(ct.hints)} reading hints"
    )
    return lines


def diff_lines(ct: CleanText, width: int = 8) -> list[str]:
    """Every change with its context, the source line above (``-``) and the cleaned one below
    (``+``): first the spots that need the user (each flag, with the changes it overlaps), then
    the other changes in the order of the text."""
    lines: list[str] = []
    shown: set[int] = set()
    for f in sorted(ct.flags, key=lambda f: (f.start, f.end)):
        lines.append(str(f.problem))
        near = [k for k, c in enumerate(ct.changes) if c.start < f.end and f.start < c.end]
        for k in near:
            shown.add(k)
            lines.append("  " + _change_line(ct, ct.changes[k]))
        lo = min([f.start, *(ct.changes[k].start for k in near)])
        hi = max([f.end, *(ct.changes[k].end for k in near)])
        lines += _context_lines(ct, lo, hi, width)
    for k, c in enumerate(ct.changes):
        if k in shown:
            continue
        lines.append(_change_line(ct, c))
        lines += _context_lines(ct, c.start, c.end, width)
    return lines


def _change_line(ct: CleanText, c: Change) -> str:
    note = f" ({c.note})" if c.note else ""
    return f"{ct.source.loc(c.start)}: {c.kind}: {c.before!r} -> {c.after!r}{note}"


def _context_lines(ct: CleanText, start: int, end: int, width: int) -> list[str]:
    """The source text around ``[start, end)`` and the cleaned text that came from it."""
    src = ct.source.text
    line_start = src.rfind("\n", 0, start) + 1
    line_end = src.find("\n", start)
    line_end = len(src) if line_end < 0 else line_end
    before = src[max(line_start, start - width) : min(line_end, max(end, start) + width)]
    inside = [i for i in range(len(ct.text)) if start <= ct.origin[i] < max(end, start + 1)]
    if inside:
        i0, i1 = inside[0], inside[-1] + 1
    else:
        i0 = i1 = next((i for i in range(len(ct.text)) if ct.origin[i] >= end), len(ct.text))
    text = ct.text
    t_start = text.rfind("\n", 0, i0) + 1
    t_end = text.find("\n", i0)
    t_end = len(text) if t_end < 0 else t_end
    after = text[max(t_start, i0 - width) : min(t_end, i1 + width)]
    return [f"  - {before}", f"  + {after}"]
