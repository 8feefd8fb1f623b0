"""edition: a Chinese article plus a YAML annotation layer, typeset as a pinyin edition.

Logging policy (one place, as WeasyPrint's logger module does): ``error`` is for problems that
stop a build (they are also raised as :class:`edition.errors.EditionError`), ``warning`` for
things the user should look at but that still give a correct edition, ``info`` for the progress
of the stages, ``debug`` for timings and internals.
"""

from __future__ import annotations

from pathlib import Path

__version__ = "0.1.0"

# The public API: edition.build(...) and edition.readings(...) (the subpackage, callable).
from edition import readings as readings  # after __version__, which the package may use


def build(
    notes: str | Path,
    edition: str | None = None,
    *,
    out: str | Path | None = None,
    format: str | None = None,
    layouts: list[str | Path] | tuple = (),
) -> list[Path]:
    """Build the editions of a notes file, as ``edition build NOTES`` does.

    ``notes``: the notes file. ``edition``: the name of one of its editions (default: all).
    ``out``: a folder for the files (default ``output/`` in the working folder). ``format``:
    ``"pdf"``, ``"html"`` (the browser preview), ``"epub"``, ``"anki"`` or ``"tsv"`` (default:
    each edition's own, else pdf). ``layouts``: folders of one's own layouts, searched first.
    Returns the paths written, in the notes file's order; warnings are logged on the
    ``edition`` logger. Raises :class:`edition.errors.EditionError`, whose ``problems``
    print as ``path:line:col: error: message``; nothing is written for a failed edition.
    """
    from edition.pipeline.build import build_notes

    return build_notes(notes, edition, out=out, format=format, layouts=layouts)
