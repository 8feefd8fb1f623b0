"""Problems found in the user's files, and the exception that carries them to the CLI."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from edition.model import SourceLocation

Level = Literal["error", "warning"]

# What must never reach a terminal as it is: C0 and C1 controls (escape sequences start with
# ESC or CSI), DEL, and the bidi controls that reorder what a line shows.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def escape_controls(text: str) -> str:
    """``text`` with control and bidi characters written as escapes (``\\n``, ``\\x1b``,
    ``\\u202e``): what input puts in a message cannot move the cursor, recolour the terminal,
    reorder the line or start a new one."""
    return _UNSAFE.sub(lambda m: _NAMED.get(m[0]) or _escape(m[0]), text)


def _escape(ch: str) -> str:
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding, printed as ``path:line:col: level: message``."""

    loc: SourceLocation | None
    message: str
    level: Level = "error"

    def __str__(self) -> str:
        where = f"{self.loc}: " if self.loc is not None else ""
        return escape_controls(f"{where}{self.level}: {self.message}")  # one line, nothing raw

    def sort_key(self) -> tuple:
        if self.loc is None:
            return ("", 0, 0, self.message)
        return (self.loc.path, self.loc.line, self.loc.col or 0, self.message)


class EditionError(Exception):
    """Raised when a stage cannot go on; carries every problem found so far."""

    def __init__(self, problems: list[Problem] | Problem):
        if isinstance(problems, Problem):
            problems = [problems]
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def error(loc: SourceLocation | None, message: str) -> EditionError:
    """Shorthand for raising a single-problem error."""
    return EditionError(Problem(loc, message))
