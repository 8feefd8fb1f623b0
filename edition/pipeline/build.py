"""One edition from a loaded notes file to a file on disk: stages 1-8, the check that every
printed character has a font, and the atomic write (a failed build leaves the old file).

Used by the command line (``edition/cli/commands.py``) and by :func:`edition.build`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from edition.errors import EditionError, Problem
from edition.files import write_atomic
from edition.model import SourceLocation
from edition.notes.layer import Edition, Layer
from edition.pipeline.exports import export, for_vocabulary
from edition.pipeline.fontgaps import font_gaps
from edition.pipeline.output import output_name, output_path, render
from edition.pipeline.prepare import Timings, load, prepare

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Built:
    """An edition written: where, how many pages (0 for HTML), CPU and wall seconds per stage,
    and the warnings found on the way."""

    path: Path
    pages: int
    stages: dict[str, tuple[float, float]]
    warnings: list[Problem]


@dataclass(frozen=True, slots=True)
class Made:
    """An edition made and not yet written: where it goes, its bytes, pages (0 for HTML), CPU
    and wall seconds per stage, and the warnings found on the way."""

    path: Path
    data: bytes
    pages: int
    stages: dict[str, tuple[float, float]]
    warnings: list[Problem]


def build_edition(
    layer: Layer,
    edition: Edition,
    out: Path | None = None,
    fmt: str = "pdf",
    *,
    strict: bool = False,
    progress: Callable[[str], None] | None = None,
) -> Built:
    """Build ``edition`` of ``layer`` into ``out`` (default ``output/<edition's file>``).

    ``fmt``: ``pdf``, ``html`` (the browser preview), ``epub``, ``anki`` or ``tsv`` (the
    vocabulary). ``strict``: warnings are errors.
    Raises EditionError with every problem; nothing is written then.
    """
    return write_edition(make_edition(layer, edition, out, fmt, strict=strict, progress=progress))


def make_edition(
    layer: Layer,
    edition: Edition,
    out: Path | None = None,
    fmt: str = "pdf",
    *,
    strict: bool = False,
    progress: Callable[[str], None] | None = None,
) -> Made:
    """:func:`build_edition` but the write: the command line makes editions in worker
    processes and writes them in its own. Raises EditionError with every problem."""
    timings = Timings()
    if for_vocabulary(fmt):  # a study list has the readings whatever the edition prints
        edition = replace(edition, pinyin="all", known="")
    prepared = prepare(layer, edition, timings, progress)
    if fmt == "pdf":
        prepared.warnings.extend(font_gaps(prepared))
    if prepared.warnings and strict:
        raise EditionError([replace(w, level="error") for w in prepared.warnings])
    if fmt in ("pdf", "html"):
        data = render(prepared, fmt, timings, progress)
    else:
        data = export(prepared, fmt)
    if prepared.warnings and strict:  # the layout's own warnings (a note moved to the endnotes)
        raise EditionError([replace(w, level="error") for w in prepared.warnings])
    pages = _page_count(data) if fmt == "pdf" else 0
    return Made(output_path(prepared, out, fmt), data, pages, timings.stages, prepared.warnings)


def write_edition(made: Made) -> Built:
    """Write a made edition through a temporary file and a rename (the old file stays until
    the new one is whole). Raises EditionError when the folder cannot be written."""
    try:
        write_atomic(made.path, made.data)
    except OSError as exc:
        raise EditionError(
            Problem(
                SourceLocation(str(made.path), 1),
                f"cannot write the output: {exc.strerror}; check that the folder is writable",
            )
        ) from None
    return Built(made.path, made.pages, made.stages, made.warnings)


def build_notes(
    notes: str | Path,
    edition: str | None = None,
    *,
    out: str | Path | None = None,
    format: str | None = None,  # the word of the command line (shadows the builtin here only)
    layouts: Sequence[str | Path] = (),
) -> list[Path]:
    """The body of :func:`edition.build`: every edition of ``notes`` (or the one named
    ``edition``), one after the other; warnings are logged, and each file written is returned.
    ``out``: a folder for the files (default ``output/``). ``format``: as ``--format`` (default:
    each edition's own, else pdf)."""
    layer = load(Path(notes), [Path(d) for d in layouts])
    chosen = [e for e in layer.editions if edition is None or e.name == edition]
    if not chosen:
        names = ", ".join(e.name for e in layer.editions)
        raise EditionError(
            Problem(
                SourceLocation(layer.shown, 1),
                f"no edition named '{edition}'; the file declares: {names}",
            )
        )
    formats = ("pdf", "html", "epub", "anki", "tsv")
    if format is not None and format not in formats:
        raise ValueError(f"format must be one of {', '.join(formats)}, not {format!r}")
    written = []
    for chosen_edition in chosen:
        fmt = format or chosen_edition.format or "pdf"
        target = None if out is None else Path(out) / output_name(chosen_edition.output, fmt)
        built = build_edition(layer, chosen_edition, target, fmt)
        for warning in built.warnings:
            log.warning("%s", warning)
        written.append(built.path)
    return written


def _page_count(pdf: bytes) -> int:
    import io

    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as doc:
        return len(doc.pages)
