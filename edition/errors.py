"""Problems found in the user's files, and the exception that carries them to the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from edition.model import SourceLocation

Level = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding, printed as ``path:line:col: level: message``."""

    loc: SourceLocation | None
    message: str
    level: Level = "error"

    def __str__(self) -> str:
        where = f"{self.loc}: " if self.loc is not None else ""
        message = self.message.replace("\r", "\\r").replace("\n", "\\n")  # one line per problem
        return f"{where}{self.level}: {message}"

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
