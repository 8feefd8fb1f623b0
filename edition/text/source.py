"""Stage 1, load: read an article file, decode it, and keep line positions for messages."""

from __future__ import annotations

import bisect
import errno
import hashlib
import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path

from edition import limits
from edition.errors import EditionError, Problem
from edition.files import NotARegularFileError, read_bounded
from edition.model import SourceLocation
from edition.text.crossdecode import cross_decoded_warning, undo_cross_decoding
from edition.text.formats.blocks import Block
from edition.text.windows1252 import DOUBLE_ENCODED, double_encoded_warning, undo_double_encoding


@dataclass(slots=True)
class SourceText:
    """A decoded text file. ``text`` uses ``\\n`` line ends; offsets index into it.

    A structured file (Markdown, a web page, a .docx; see ``edition/text/formats/``) is read
    as the text of its blocks, one per line: ``positions`` then gives each character's line
    and column in the file, ``blocks`` the kind of each line (heading, quotation, figure...),
    ``emphasis`` the emphasised spans and ``problems`` what the reader warns about.
    """

    path: str  # as shown in messages (relative to the working directory when possible)
    text: str
    encoding: str = "utf-8"
    _line_starts: list[int] = field(default_factory=list, repr=False)
    format: str = "text"  # text | markdown | html | docx
    positions: list[tuple[int, int]] | None = field(default=None, repr=False)
    blocks: list[Block] | None = field(default=None, repr=False)
    emphasis: list[tuple[int, int, str]] = field(default_factory=list, repr=False)
    problems: list[Problem] = field(default_factory=list)
    # Characters the decoding could not be sure of (offset -> (kind, info)): "guess" with
    # "text"/"runner", or "lost" with "cands"; the clean stage flags them.
    doubts: dict[int, tuple[str, dict[str, str]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        starts = [0]
        for i, ch in enumerate(self.text):
            if ch == "\n":
                starts.append(i + 1)
        self._line_starts = starts

    def loc(self, offset: int) -> SourceLocation:
        """The 1-based line and column of a character offset (in the file the text was read
        from: for a structured file, where that character is written there)."""
        if self.positions is not None:
            line, col = self.positions[max(0, min(offset, len(self.positions) - 1))]
            return SourceLocation(self.path, line, col)
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return SourceLocation(self.path, line + 1, offset - self._line_starts[line] + 1)

    def block_at(self, offset: int) -> Block | None:
        """The block of a structured file whose line holds ``offset``; None for plain text."""
        if not self.blocks:
            return None
        i = bisect.bisect_right(self._block_starts(), offset) - 1
        return self.blocks[max(i, 0)]

    def _block_starts(self) -> list[int]:
        return [b.start for b in self.blocks or ()]

    def cache_key(self) -> str:
        """What the clean stage's result depends on: the text, and for a structured file the
        places of its characters (a changed file can give the same text)."""
        if self.positions is None:
            return f"{self.path}\0{self.text}"
        digest = hashlib.sha256(pickle.dumps((self.positions, self.blocks, self.problems)))
        return f"{self.path}\0{self.text}\0{digest.hexdigest()}"

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its line end."""
        start = self._line_starts[line - 1]
        end = self.text.find("\n", start)
        return self.text[start:] if end < 0 else self.text[start:end]


def display_path(path: Path) -> str:
    """A path as users typed it: relative to the working directory when it lies below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, RuntimeError, OSError):  # outside the folder, or a loop of symlinks
        try:
            return str(Path(os.path.abspath(path)).relative_to(Path.cwd().resolve()))
        except ValueError:
            return str(path)


def read_error(exc: OSError, what: str) -> str:
    """The message for a file that cannot be read (``what``: 'the article', ...)."""
    if isinstance(exc, NotARegularFileError):
        return f"{what} is {exc.kind}, not a text file"
    if exc.errno == errno.ELOOP:
        return f"{what} is a loop of symbolic links; point it at a real file"
    return f"cannot read {what}: {exc.strerror}"


# The most frequent characters of running Chinese text, in both scripts: a decoding that yields
# many of them is plausible; GB18030 decodes almost any bytes, but Big5 text read as GB18030 (or
# the other way round) gives rare characters.
COMMON = set(
    "的一是不了在人有我他這这個个們们中來来上大為为和國国地到以說说時时要就出會会可也你對对生能"
    "而子那得於于著着下自之年過过發发後后作裡里用道行所然家種种事成方多經经麼么去法學学如都同現现"
    "當当沒没動动面起看定天分還还進进好小部其些主樣样理心她本前開开但因只從从想實实日軍军者意無无"
    "力它與与長长把機机十民第公此已工使情明性知全三又關关點点正業业外將将兩两高間间由問问很最重並并"
)


def plausibility(text: str) -> float:
    """Share of the Han characters of ``text`` that are among the most common ones."""
    han = [c for c in text if "\u3400" <= c <= "\u9fff"]
    if not han:
        return 0.0
    return sum(c in COMMON for c in han) / len(han)


# A text decoded from a legacy encoding is accepted when at least this share of its Han
# characters are common ones (real articles: 0.4-0.5; Japanese Shift-JIS or Korean EUC-KR read as
# GB18030: below 0.05), once it has enough Han characters for the share to mean something.
MIN_PLAUSIBILITY = 0.15
MIN_HAN_FOR_PLAUSIBILITY = 20


def is_han(ch: str) -> bool:
    """A CJK ideograph: the unified blocks, Extension A and the supplementary planes."""
    cp = ord(ch)
    return 0x3400 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or 0x20000 <= cp <= 0x3FFFF


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Decode bytes as UTF-8 (BOM or not), UTF-16 with BOM, GB18030 or Big5.

    GB18030 and Big5 are told apart by :func:`plausibility` when both decode. Returns
    ``(text, encoding)``; raises EditionError naming the first undecodable byte and its offset.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise _undecodable(
                data, exc.start + 3, path, "UTF-8 (it starts with a UTF-8 BOM)"
            ) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise _undecodable(
                data, exc.start, path, "UTF-16 (it starts with a UTF-16 BOM)"
            ) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first = exc.start
    decoded: list[tuple[float, str, str]] = []
    for encoding in ("gb18030", "big5"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        decoded.append((plausibility(text), encoding, text))
    if decoded:
        decoded.sort(key=lambda d: (-d[0], d[1] != "gb18030"))
        score, encoding, text = decoded[0]
        han = sum(1 for c in text if "\u3400" <= c <= "\u9fff")
        if han >= MIN_HAN_FOR_PLAUSIBILITY and score < MIN_PLAUSIBILITY:
            raise EditionError(
                Problem(
                    SourceLocation(path, data.count(b"\n", 0, first) + 1),
                    f"cannot decode the file: byte 0x{data[first]:02x} at offset {first} is "
                    "not UTF-8, "
                    f"and read as {' or '.join(d[1].upper() for d in decoded)} it is not plausible "
                    "Chinese (another encoding?); save it as UTF-8 and try again",
                )
            )
        return text, encoding
    raise _undecodable(data, first, path, "UTF-8, and the file is not GB18030 or Big5 either")


def _undecodable(data: bytes, offset: int, path: str, expected: str) -> EditionError:
    line = data.count(b"\n", 0, offset) + 1
    byte = f"0x{data[offset]:02x}" if offset < len(data) else "end of file"
    return EditionError(
        Problem(
            SourceLocation(path, line),
            f"cannot decode the file: byte {byte} at offset {offset} is not {expected}; "
            "save it as UTF-8 and try again",
        )
    )


def load_source(path: Path) -> SourceText:
    """Read and decode an article; line ends become ``\\n``."""
    shown = display_path(path)
    bound = limits.current()
    try:
        data = read_bounded(path, bound.max_article_bytes)
    except FileNotFoundError:
        raise EditionError(
            Problem(
                SourceLocation(shown, 1),
                "article file not found; check the 'article' path in the notes file",
            )
        ) from None
    except OSError as exc:
        raise EditionError(
            Problem(SourceLocation(shown, 1), read_error(exc, "the article"))
        ) from None
    if len(data) > bound.max_article_bytes:
        size = max(len(data), path.stat().st_size)
        raise EditionError(Problem(SourceLocation(shown, 1), _too_large(size, bound)))
    kind = FORMATS.get(path.suffix.lower(), "text")
    if kind == "docx":
        return _structured(path, shown, data, "", kind)
    text, encoding = decode(data, shown)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    written = text  # as the file has it, for the warning
    doubts: dict[int, tuple[str, dict[str, str]]] = {}
    fixed = undo_double_encoding(text, doubts) if encoding == "utf-8" else None
    crossed = None
    if fixed is not None and plausibility(fixed) >= MIN_PLAUSIBILITY:
        text, encoding = fixed, DOUBLE_ENCODED
    elif encoding == "utf-8" and (crossed := undo_cross_decoding(text)) is not None:
        text = crossed[0]
        encoding = f"{crossed[1]}, once read as {crossed[2]}"
    if kind != "text":
        source = _structured(path, shown, text, encoding, kind)
    else:
        _check_text(text, shown)
        source = SourceText(shown, text, encoding)
    if encoding == DOUBLE_ENCODED:
        source.problems.append(double_encoded_warning(written, source.text, source.loc))
        if source.positions is None:  # plain text; a structured file's blocks moved its offsets
            source.doubts.update(doubts)
    if crossed is not None:
        warning = cross_decoded_warning(written, source.text, crossed[1], crossed[2], source.loc)
        source.problems.append(warning)
    return source


# File name endings of the structured formats; any other file is plain text.
FORMATS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
}


def _structured(path: Path, shown: str, content: str | bytes, encoding: str, kind: str):
    """Read a Markdown, web page or .docx file into a SourceText of its blocks."""
    if kind == "markdown":
        from edition.text.formats.markdown import read_markdown as read
    elif kind == "html":
        from edition.text.formats.html import read_html as read
    else:
        from edition.text.formats.docx import read_docx as read
    found = read(content, shown, path.parent)  # type: ignore[arg-type]
    errors = [p for p in found.problems if p.level == "error"]
    if errors:
        raise EditionError(errors)
    source = SourceText(
        shown,
        found.text,
        encoding or kind,
        format=kind,
        positions=found.positions,
        blocks=found.blocks,
        emphasis=found.emphasis,
        problems=found.problems,
    )
    _check_text(found.text, shown, source)
    return source


def _too_large(size: int, bound: limits.Limits) -> str:
    return (
        f"the article is {limits.format_mb(size)}, more than the limit of "
        f"{limits.format_number(bound.max_article_mb)} MB; if it really is one article, raise the "
        f"limit with --max-article-mb {int(size / (1024 * 1024)) + 1}"
    )


def _check_text(text: str, shown: str, structured: SourceText | None = None) -> None:
    """Refuse what cannot be an article: an empty file, binary data, a text without Chinese."""
    if not text.strip():
        what = "has no text" if structured is not None else "is empty"
        raise EditionError(Problem(SourceLocation(shown, 1), f"the article {what}"))
    nul = text.find("\x00")
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        col = nul - (text.rfind("\n", 0, nul) + 1) + 1
        raise EditionError(
            Problem(
                structured.loc(nul) if structured else SourceLocation(shown, line, col),
                "the article contains a NUL character: it is a binary file, not text",
            )
        )
    if not any(is_han(ch) for ch in text):
        raise EditionError(
            Problem(
                SourceLocation(shown, 1),
                "the article contains no Chinese characters; check the 'article' path in the "
                "notes file",
            )
        )
