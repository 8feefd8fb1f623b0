"""Stage 2, clean: undo the damage of web scrapes, keeping every line and a map to the source.

Classes of damage (issue 3), in the order they are repaired:

* ``selector``: variation selectors, which would choose the glyph of another reading in the
  glyph-ruby font; removed with a warning (``edition/text/selectors.py``);
* ``mojibake``: GBK text edited byte-wise and decoded out of step (``edition/text/mojibake.py``);
* ``reading``: inline readings ``進(jìn)`` left from ruby; kept as hints
  (``edition/text/inline_readings.py``);
* ``html``: ``</p>`` and its damaged forms;
* ``punct``: ASCII ``, : ? ! ( ) ;`` inside Chinese -> full-width (``edition/text/punct.py``);
* ``script``: Simplified leftovers in a Traditional text that OpenCC settles
  (``edition/text/leftovers.py``).

Lost characters (a ``?`` the bytes do not determine) are warnings; editorial corrections from the
notes file fix them afterwards (``edition/notes/corrections.py``).
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import Literal

from edition.errors import Problem
from edition.model import SourceLocation
from edition.text.hidden import hidden_characters
from edition.text.source import SourceText

log = logging.getLogger(__name__)

ChangeKind = Literal["reading", "mojibake", "html", "punct", "script", "correction", "selector"]
KINDS: tuple[ChangeKind, ...] = (
    "mojibake",
    "reading",
    "html",
    "punct",
    "script",
    "correction",
    "selector",
)


@dataclass(frozen=True, slots=True)
class Change:
    """One repair; ``start``/``end`` are the span in the source text."""

    kind: ChangeKind
    start: int
    end: int
    before: str
    after: str
    note: str = ""


@dataclass(slots=True)
class CleanText:
    """The cleaned article and how it maps back to the source.

    ``origin[i]`` is the source offset of ``text[i]`` (``len(text) + 1`` entries, the last one
    ``len(source.text)``); ``hints`` maps offsets in ``text`` to tone-number readings the source
    gave; ``remarks`` are spots for the report that are not warnings (source offset, message).
    """

    source: SourceText
    text: str
    origin: list[int]
    changes: list[Change] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    hints: dict[int, str] = field(default_factory=dict)
    remarks: list[tuple[int, str]] = field(default_factory=list)

    def loc(self, i: int) -> SourceLocation:
        """Where ``text[i]`` came from in the source file."""
        i = max(0, min(i, len(self.origin) - 1))
        return self.source.loc(self.origin[i])


Edit = tuple[int, int, str]  # (start, end, replacement) in the current text


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
        ("mojibake", _mojibake),
        ("reading", _readings),
        ("html", _html),
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
    hints = {i: hints_src[o] for i, o in enumerate(w.origin[:-1]) if o in hints_src}
    w.changes.sort(key=lambda c: (c.start, c.end))
    problems.sort(key=Problem.sort_key)
    return CleanText(source, w.text, w.origin, w.changes, problems, hints, remarks)


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
        start += len(line) + 1
    w.edit("mojibake", edits)


def _readings(w: _Work, problems: list[Problem], hints: dict, remarks: list) -> None:
    from edition.text.inline_readings import find_readings

    found = find_readings(w.text)
    for _s, _e, base, syl in found:
        hints[w.src(base)] = syl
    w.edit("reading", [(s, e, "", syl) for s, e, _b, syl in found])


def _html(w: _Work, problems: list[Problem], hints: dict, remarks: list) -> None:
    from edition.text.punct import find_html

    for _ in range(5):  # '?/p></p>': the damaged remnant reaches the line end once '</p>' is gone
        found = find_html(w.text)
        if not found:
            break
        w.edit("html", [(s, e, "", "") for s, e in found])


def _punct(w: _Work, problems: list[Problem], hints: dict, remarks: list) -> None:
    from edition.text.punct import find_punct

    for _ in range(20):  # a converted mark can make its neighbour Chinese: go to a fixed point
        found = find_punct(w.text)
        if not found:
            break
        w.edit("punct", [(i, i + 1, rep, "") for i, rep in found])


def _script(w: _Work, problems: list[Problem], hints: dict, remarks: list) -> None:
    from edition.text.leftovers import find_leftovers, is_traditional

    if not is_traditional(w.text):
        return
    fixes, doubts = find_leftovers(w.text)
    for i, old, what in doubts:
        remarks.append((w.src(i), f"'{_context(w.text, i)}': '{old}' may be a Simplified leftover; "
                        f"OpenCC gives {what}; left as is"))  # fmt: skip
    w.edit("script", [(i, i + 1, new, "OpenCC s2t and s2twp agree") for i, _o, new in fixes])


def _context(text: str, i: int, width: int = 6) -> str:
    line_start = text.rfind("\n", 0, i) + 1
    line_end = text.find("\n", i)
    line_end = len(text) if line_end < 0 else line_end
    return text[max(line_start, i - width) : min(line_end, i + width + 1)]


def _lost_marks(w: _Work, problems: list[Problem]) -> None:
    """A '?' between letters, and U+FFFD (a character the damaged bytes do not determine), are
    lost characters: warnings, to be fixed by corrections in the notes file."""
    text = w.text
    for i, ch in enumerate(text):
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if ch == "\ufffd" or (ch == "?" and before.isalpha() and after.isalpha()):
            problems.append(Problem(
                w.source.loc(w.src(i)),
                f"lost character '{ch}' in '{_context(text, i)}'; the source does not say which "
                "character it was: add a correction to the notes file",
                "warning",
            ))  # fmt: skip


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
