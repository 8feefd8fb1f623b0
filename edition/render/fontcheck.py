"""Is a shipped font file whole? Its table directory is read and checked against its size.

A font cut short (an interrupted copy, a disk that filled up) or a file that is not a font at
all would otherwise reach fontTools (an internal error) or WeasyPrint (one warning, then the
text silently set in another face). Reading the directory costs a few hundred bytes per face.
"""

from __future__ import annotations

import functools
import struct
from pathlib import Path

from edition.errors import EditionError, Problem
from edition.model import SourceLocation

SFNT_VERSIONS = {b"\x00\x01\x00\x00", b"OTTO", b"true"}
# Without these a face cannot map characters to glyphs or draw them.
REQUIRED = ("cmap", "head", "hhea", "hmtx", "maxp")
OUTLINES = (("glyf", "loca"), ("CFF ",), ("CFF2",))
RESTORE = "restore it from git (git checkout -- fonts/) or reinstall the edition"


def check_font_file(path: Path) -> None:
    """Raise EditionError (at ``fonts/<name>:1``) when ``path`` is not a whole font file."""
    stat = path.stat()
    problem = _problem(str(path), stat.st_size, stat.st_mtime_ns)
    if problem:
        raise EditionError(Problem(SourceLocation(f"fonts/{path.name}", 1), problem))


@functools.cache
def _problem(path: str, size: int, _mtime_ns: int) -> str | None:
    with open(path, "rb") as handle:
        head = handle.read(12)
        if head[:4] == b"ttcf":
            if len(head) < 12:
                return f"the font file is cut short at byte {size}; {RESTORE}"
            count = struct.unpack(">I", head[8:12])[0]
            if not 1 <= count <= 64 or 12 + 4 * count > size:
                return f"the font collection's header is damaged; {RESTORE}"
            offsets = struct.unpack(f">{count}I", handle.read(4 * count))
        else:
            offsets = (0,)
        for offset in offsets:
            problem = _face_problem(handle, offset, size)
            if problem:
                return problem
    return None


def _face_problem(handle, offset: int, size: int) -> str | None:
    handle.seek(offset)
    head = handle.read(12)
    if len(head) < 12 or head[:4] not in SFNT_VERSIONS:
        return f"not a font file (no font header at byte {offset}); {RESTORE}"
    count = struct.unpack(">H", head[4:6])[0]
    records = handle.read(16 * count)
    if len(records) < 16 * count:
        return f"the font file is cut short at byte {size}, in its table directory; {RESTORE}"
    tables = {}
    for i in range(count):
        tag, _checksum, start, length = struct.unpack(">4sIII", records[16 * i : 16 * i + 16])
        name = tag.decode("latin-1")
        if start + length > size:
            return (
                f"the font file is cut short: table '{name}' ends at byte {start + length}, "
                f"the file at byte {size}; {RESTORE}"
            )
        tables[name] = length
    missing = [t for t in REQUIRED if t not in tables]
    if missing or not any(all(t in tables for t in group) for group in OUTLINES):
        what = ", ".join(missing) if missing else "glyph outlines"
        return f"not a usable font: it has no {what}; {RESTORE}"
    return None
