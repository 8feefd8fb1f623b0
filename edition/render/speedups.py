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

    A render makes millions of objects that live until it ends (boxes, styles, layouts);
    each collection of the oldest generation walks all of them and frees next to nothing
    (6% of a booklet's CPU). Objects without cycles are still freed at once by reference
    counting; the cycles made inside the block are collected by the first collection after
    it. The objects alive before the block are frozen (left out of every collection) until
    it ends, so the collector that resumes after it is the one that was paused.
    """
    if not enabled() or not gc.isenabled():
        yield
        return
    gc.freeze()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.unfreeze()
