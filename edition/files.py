"""The tool's own files and how output is written: where layouts, fonts and the cache live;
atomic writes (readers never see half a file); the date of an output (never the clock).

One place computes the locations, so that moving the package (or installing it) changes one
module.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
LAYOUTS_DIR = PROJECT / "layouts"
FONTS_DIR = PROJECT / "fonts"
CACHE_DIR = PROJECT / ".cache"


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


def source_date() -> datetime | None:
    """``SOURCE_DATE_EPOCH`` as a UTC time, or None when unset: the one date builds may use."""
    value = os.environ.get("SOURCE_DATE_EPOCH")
    if value is None or value == "":
        return None
    try:
        return datetime.fromtimestamp(int(value), UTC)
    except ValueError:
        raise ValueError(
            f"SOURCE_DATE_EPOCH must be whole seconds since 1970, got {value!r}"
        ) from None
