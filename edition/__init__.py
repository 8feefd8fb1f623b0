"""edition: a Chinese article plus a YAML annotation layer, typeset as a pinyin edition.

Logging policy (one place, as WeasyPrint's logger module does): ``error`` is for problems that
stop a build (they are also raised as :class:`edition.errors.EditionError`), ``warning`` for
things the user should look at but that still give a correct edition, ``info`` for the progress
of the stages, ``debug`` for timings and internals.
"""

from __future__ import annotations

__version__ = "0.1.0"
