"""The tool's own files and how output is written: where layouts, fonts and the cache live;
atomic writes (readers never see half a file); the date of an output (never the clock).

This is the one module that knows where things are. The built-in layouts and the fonts live in
``layouts/`` and ``fonts/`` at the top of a checkout; the wheel maps those two folders into the
package (``edition/layouts/``, ``edition/fonts/``, see ``pyproject.toml``), where they are found
through ``importlib.resources``. Both forms give the same tree below :data:`PROJECT`.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path


def _installed_data() -> Path | None:
    """The package folder when it holds the layouts as package data (an installed wheel)."""
    package = resources.files("edition")
    # Only an unpacked install gives real files, which WeasyPrint and fontconfig need.
    if isinstance(package, Path) and (package / "layouts").is_dir():
        return package
    return None


_INSTALLED = _installed_data()
INSTALLED = _INSTALLED is not None  # False in a checkout (or its editable install)
# The folder holding layouts/ and fonts/: the installed package, or the checkout's top.
PROJECT = _INSTALLED or Path(__file__).resolve().parent.parent
LAYOUTS_DIR = PROJECT / "layouts"
FONTS_DIR = PROJECT / "fonts"
CACHE_ENV = "EDITION_CACHE_DIR"


def cache_dir() -> Path:
    """The cache's folder: ``EDITION_CACHE_DIR`` when set, else the user's cache folder
    (platformdirs: ``~/.cache/edition`` on Linux, ``~/Library/Caches/edition`` on macOS,
    ``%LOCALAPPDATA%\\edition\\Cache`` on Windows), never the package's own folder.

    Read on every call, so a test or a server may point it elsewhere while running.
    """
    chosen = os.environ.get(CACHE_ENV)
    if chosen:
        return Path(os.path.abspath(os.path.expanduser(chosen)))
    import platformdirs

    return Path(platformdirs.user_cache_dir("edition", appauthor=False))


# How to get a shipped file back: the wheel carries the fonts, the checkout has them in git.
RESTORE = (
    "reinstall edition (pip install --force-reinstall edition)"
    if INSTALLED
    else "restore it from git (git checkout -- fonts/)"
)


def shown_path(path: Path) -> str:
    """A path as messages show it: relative to the working folder when below it, else relative
    to :data:`PROJECT` for the tool's own files (``layouts/booklet/style.css``), else whole.
    A link is shown as the link, not as its target."""
    real = path.absolute().parent.resolve() / path.name
    for base in (Path.cwd().resolve(), PROJECT):
        if real.is_relative_to(base):
            return real.relative_to(base).as_posix()
    return path.as_posix()


def write_atomically(out: Path, write: Callable[[str], object]) -> None:
    """Call ``write(tmp_path)`` for a temporary file beside ``out``, then rename it to ``out``."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    os.close(fd)
    try:
        write(tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    write_atomically(path, lambda tmp: Path(tmp).write_bytes(data))


LAST_SOURCE_DATE = 253402300799  # 9999-12-31 23:59:59 UTC: a PDF date has four year digits


def source_date() -> datetime | None:
    """``SOURCE_DATE_EPOCH`` as a UTC time, or None when unset: the one date builds may use."""
    value = os.environ.get("SOURCE_DATE_EPOCH")
    if value is None or value == "":
        return None
    shown = value if len(value) <= 40 else value[:37] + "..."
    if not value.strip().lstrip("+-").isdecimal() or len(value) > 40:
        raise ValueError(f"SOURCE_DATE_EPOCH must be whole seconds since 1970, got {shown!r}")
    seconds = int(value)
    if not 0 <= seconds <= LAST_SOURCE_DATE:
        raise ValueError(
            f"SOURCE_DATE_EPOCH must be whole seconds since 1970, from 0 to {LAST_SOURCE_DATE} "
            f"(the end of 9999), got {shown!r}"
        )
    return datetime.fromtimestamp(seconds, UTC)


class NotARegularFileError(OSError):
    """A path that names a FIFO, a device, a socket or a folder instead of a file; ``kind``
    says which (reading a FIFO or a terminal would wait for ever)."""

    def __init__(self, kind: str):
        super().__init__(f"it is {kind}, not a file")
        self.kind = kind


def file_kind(mode: int) -> str:
    """What a ``st_mode`` names, as messages say it: 'a folder', 'a FIFO (named pipe)', ..."""
    for test, kind in (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return kind
    return "a regular file" if stat.S_ISREG(mode) else "not a file"


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit + 1`` of them (one more than the
    bound, so a caller sees that a file is over it, even one that grows while read).

    Raises NotARegularFileError for anything else (checked on the open file, without blocking on a
    FIFO), and the OSError of open or read (FileNotFoundError, ELOOP for a symlink loop, ...).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotARegularFileError(file_kind(mode))
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(limit + 1 - size, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)
