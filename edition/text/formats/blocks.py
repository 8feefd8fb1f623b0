"""What a format reader gives: one block per line of text, each character placed in the file.

:class:`Builder` collects the characters of one block at a time, each with its (line, column)
in the source file and its emphasis; a finished block has its whitespace collapsed as a browser
would (no space where the source broke a line between two CJK characters) and becomes one line
of :attr:`Extracted.text`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from edition.errors import Problem
from edition.model import BlockKind, Picture

Position = tuple[int, int]  # 1-based line and column in the source file


@dataclass(frozen=True, slots=True)
class Block:
    """A line of the extracted text: its kind and where that line starts in the text."""

    kind: BlockKind
    start: int
    level: int = 0  # heading level (1-6) or list depth (1 for a top-level item)
    marker: str = ""  # a list item's bullet or number
    picture: Picture | None = None  # kind == "figure"; the line is its caption


@dataclass(slots=True)
class Extracted:
    """A structured file read as text: ``text`` holds one block per line."""

    text: str
    positions: list[Position]  # per character of ``text``, plus one for its end
    blocks: list[Block]
    emphasis: list[tuple[int, int, str]]  # (start, end, "em" | "strong") in ``text``
    problems: list[Problem] = field(default_factory=list)


def _cjk(ch: str) -> bool:
    """Characters between which a line break in the source means no space (CSS Text 3:
    segment breaks between East Asian wide characters are removed)."""
    cp = ord(ch)
    return (
        0x2E80 <= cp <= 0x9FFF
        or 0xF900 <= cp <= 0xFAFF
        or 0xFE30 <= cp <= 0xFE4F
        or 0xFF00 <= cp <= 0xFF60
        or 0x20000 <= cp <= 0x3FFFF
        or ch in "“”‘’—…·"
    )


class Builder:
    """Accumulates blocks; :meth:`finish` gives the :class:`Extracted` text."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.positions: list[Position] = []
        self.blocks: list[Block] = []
        self.emphasis: list[tuple[int, int, str]] = []
        self.problems: list[Problem] = []
        self.length = 0
        self._chars: list[str] = []
        self._pos: list[Position] = []
        self._marks: list[frozenset[str]] = []
        self._open: dict[str, int] = {}  # emphasis kind -> nesting depth
        self._block: dict | None = None

    # -- one block --------------------------------------------------------------------------
    def begin(self, kind: BlockKind, at: Position, **extra) -> None:
        """Start a block (ending the open one); ``at``: where it starts in the source."""
        self.end()
        self._block = {"kind": kind, "at": at, **extra}

    @property
    def open(self) -> bool:
        return self._block is not None

    def kind(self) -> BlockKind | None:
        return self._block["kind"] if self._block else None

    def add(self, text: str, at: Position | list[Position]) -> None:
        """Characters of the open block: ``at`` is where the first is (the next ones follow it
        on the same line, or a newline moves to the next line), or one position per character."""
        if self._block is None:
            return
        marks = frozenset(k for k, depth in self._open.items() if depth > 0)
        if isinstance(at, list):
            positions = at
        else:
            line, col = at
            positions = []
            for ch in text:
                positions.append((line, col))
                if ch == "\n":
                    line, col = line + 1, 1
                else:
                    col += 1
        self._chars.extend(text)
        self._pos.extend(positions)
        self._marks.extend([marks] * len(text))

    def emphasis_start(self, kind: str) -> None:
        self._open[kind] = self._open.get(kind, 0) + 1

    def emphasis_end(self, kind: str) -> None:
        self._open[kind] = max(0, self._open.get(kind, 0) - 1)

    def end(self) -> None:
        """Finish the open block: collapse whitespace and append it as a line."""
        block, self._block = self._block, None
        if block is None:
            return
        chars, pos, marks = _collapse(self._chars, self._pos, self._marks)
        self._chars, self._pos, self._marks = [], [], []
        if not chars and block["kind"] != "figure":
            return  # an empty paragraph: nothing to print
        if self.lines:
            self.positions.append(pos[0] if pos else block["at"])  # the line end before it
            self.length += 1
        start = self.length
        self.blocks.append(
            Block(
                block["kind"],
                start,
                block.get("level", 0),
                block.get("marker", ""),
                block.get("picture"),
            )
        )
        for kind in ("em", "strong"):
            i = 0
            while i < len(chars):
                if kind in marks[i]:
                    j = i
                    while j < len(chars) and kind in marks[j]:
                        j += 1
                    self.emphasis.append((start + i, start + j, kind))
                    i = j
                else:
                    i += 1
        self.lines.append("".join(chars))
        self.positions.extend(pos)
        self.length += len(chars)

    def finish(self, end: Position) -> Extracted:
        self.end()
        self.emphasis.sort()
        return Extracted(
            "\n".join(self.lines), [*self.positions, end], self.blocks, self.emphasis, self.problems
        )


def _collapse(
    chars: list[str], pos: list[Position], marks: list[frozenset[str]]
) -> tuple[list[str], list[Position], list[frozenset[str]]]:
    """Whitespace runs become one space, or nothing between two CJK characters when the run
    holds a line break; the block's ends lose theirs (ideographic spaces too, the indentation
    of Chinese paragraphs: the layout indents)."""
    out_c: list[str] = []
    out_p: list[Position] = []
    out_m: list[frozenset[str]] = []
    i, n = 0, len(chars)
    while i < n and chars[i].isspace():  # indentation, also the ideographic spaces of Word
        i += 1
    while n > i and chars[n - 1].isspace():
        n -= 1
    while i < n:
        ch = chars[i]
        if not ch.isspace() or ch == "\u3000":  # an ideographic space is text
            out_c.append(ch)
            out_p.append(pos[i])
            out_m.append(marks[i])
            i += 1
            continue
        j = i
        while j < n and chars[j].isspace() and chars[j] != "\u3000":
            j += 1
        before = out_c[-1] if out_c else ""
        after = chars[j] if j < n else ""
        broken = any(c in "\n\r" for c in chars[i:j])
        if before and after and not (broken and _cjk(before) and _cjk(after)):
            out_c.append(" ")
            out_p.append(pos[i])
            out_m.append(marks[i] & marks[j - 1])
        i = j
    return out_c, out_p, out_m
