"""Stage 1, load: read an article file, decode it, and keep line positions for messages."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path

from edition.errors import EditionError, Problem
from edition.model import SourceLocation


@dataclass(slots=True)
class SourceText:
    """A decoded text file. ``text`` uses ``\\n`` line ends; offsets index into it."""

    path: str  # as shown in messages (relative to the working directory when possible)
    text: str
    encoding: str = "utf-8"
    _line_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        starts = [0]
        for i, ch in enumerate(self.text):
            if ch == "\n":
                starts.append(i + 1)
        self._line_starts = starts

    def loc(self, offset: int) -> SourceLocation:
        """The 1-based line and column of a character offset."""
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return SourceLocation(self.path, line + 1, offset - self._line_starts[line] + 1)

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its line end."""
        start = self._line_starts[line - 1]
        end = self.text.find("\n", start)
        return self.text[start:] if end < 0 else self.text[start:end]


def display_path(path: Path) -> str:
    """A path as users typed it: relative to the working directory when it lies below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Decode bytes as UTF-8 (BOM or not), UTF-16 with BOM, GB18030 or Big5.

    Returns ``(text, encoding)``; raises EditionError naming the first undecodable byte.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise EditionError(Problem(SourceLocation(path, 1), f"not valid UTF-16 at byte {exc.start}")) from None
    errors: list[tuple[str, UnicodeDecodeError]] = []
    for encoding in ("utf-8", "gb18030", "big5"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            errors.append((encoding, exc))
    first = errors[0][1]
    line = data.count(b"\n", 0, first.start) + 1
    raise EditionError(
        Problem(
            SourceLocation(path, line),
            f"cannot decode the file: byte 0x{data[first.start]:02x} at offset {first.start} is not "
            "UTF-8, and the file is not GB18030 or Big5 either; save it as UTF-8 and try again",
        )
    )


def load_source(path: Path) -> SourceText:
    """Read and decode an article; line ends become ``\\n``."""
    shown = display_path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise EditionError(Problem(SourceLocation(shown, 1), "article file not found; check the 'article' path in the notes file")) from None
    except OSError as exc:
        raise EditionError(Problem(SourceLocation(shown, 1), f"cannot read the article: {exc.strerror}")) from None
    text, encoding = decode(data, shown)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return SourceText(shown, text, encoding)
