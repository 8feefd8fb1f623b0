"""Speed-ups that change no output: the switch for all of them, and the paused collector.

``EDITION_SPEEDUPS=off`` (or ``0``, ``no``, ``false``) in the environment turns every speed-up
off: the WeasyPrint fixes of :mod:`edition.render.patches`, :func:`paused_gc` and the fast exit
of the command (``edition.cli.main.run``). Builds with and without them give the same bytes
(``tests/test_speedups.py``); ``bench/run.py`` measures what they save.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager

SWITCH = "EDITION_SPEEDUPS"


def enabled() -> bool:
    """Whether speed-ups are on (``EDITION_SPEEDUPS`` unset, or anything but off/0/no/false)."""
    return os.environ.get(SWITCH, "").strip().lower() not in ("off", "0", "no", "false")


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection inside the block (P5).

    A render makes millions of objects that live until it ends (boxes, styles, Pango
    layouts); every collection walks them again and frees next to nothing (at ten times the
    bundled article, 1.5 s of 10.8 s). Objects without reference cycles are still freed at
    once. When the block ends, its survivors and cycles are moved to the oldest generation
    unscanned (``freeze`` then ``unfreeze``), rather than scanned at once by the next young
    collection (0.4 s there): the cycles are freed by the next full collection, after the
    render, when the memory is no longer the peak.
    """
    if not enabled() or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        gc.enable()
