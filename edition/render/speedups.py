"""Speed-ups that change no output: the switch for all of them, and the paused collector.

``EDITION_SPEEDUPS=off`` (or ``0``, ``no``, ``false``) in the environment turns every speed-up
off: the WeasyPrint fixes of :mod:`edition.render.patches`, :func:`paused_gc` (and the command's
:func:`pause_gc_until_render`) and the fast exit of the command (``edition.cli.main.run``).
Builds with and without them give the same bytes (``tests/test_speedups.py``); ``bench/run.py``
measures what they save.
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


_uncollected = False  # a render's cycles were left for later (see paused_gc)
_startup = False  # the command paused the collector until its first render
_threshold = (700, 10, 10)  # the collector's thresholds before the pause
# Young collections during the pause come this many allocations apart instead of 700: a warm
# build's start-up is scanned a few times instead of 200-odd (booklet x1 0.993 of the CPU of a
# start-up with no collection at all, 9 paired runs), while a cold build, which reads its
# dictionaries into caches through tens of millions of short-lived objects, still has its
# cycles freed: no collection at all raised a cold booklet's peak memory from 659 to 758 MB,
# this threshold 665 MB (100,000: 711 MB)
STARTUP_THRESHOLD = 10_000


def pause_gc_until_render() -> None:
    """Hardly any cyclic garbage collection from the command's start until its first render
    (or :func:`resume_gc`): young collections ``STARTUP_THRESHOLD`` allocations apart.

    Before the render a build imports its modules and prepares the article: 200-odd young
    collections (about 2% of a booklet's CPU) that find next to nothing to free, the imports'
    objects living until the process ends. Called by the command (``edition.cli.main.run``),
    never by a library call; a long-running command (``serve``) resumes at once.
    """
    global _startup, _threshold
    if enabled() and gc.isenabled():
        _threshold = gc.get_threshold()
        gc.set_threshold(STARTUP_THRESHOLD, *_threshold[1:])
        _startup = True


def resume_gc() -> None:
    """End :func:`pause_gc_until_render`'s pause: what was made meanwhile moves to the oldest
    generation unscanned (``freeze`` then ``unfreeze``, as after a render), so that the first
    young collection does not walk every object the start-up made."""
    global _startup
    if _startup:
        _startup = False
        gc.set_threshold(*_threshold)
        gc.freeze()
        gc.unfreeze()


@contextmanager
def paused_gc(collect_first: bool = True) -> Iterator[None]:
    """No cyclic garbage collection inside the block (P5).

    A render makes millions of objects that live until it ends (boxes, styles, Pango
    layouts); every collection walks them again and frees next to nothing (at ten times the
    bundled article, 1.5 s of 10.8 s). Objects without reference cycles are still freed at
    once. When the block ends, its survivors and cycles are moved to the oldest generation
    unscanned (``freeze`` then ``unfreeze``) instead of being scanned by the next young
    collection (0.4 s there): a command that exits after its build never pays for it, and a
    process that renders again (a server, a worker) collects them before its next render,
    so it never holds the cycles of two renders. ``collect_first=False``: the block goes on
    with the same document (writing the pages laid out by the previous block), nothing to
    collect yet.
    """
    global _uncollected
    resume_gc()
    if not enabled() or not gc.isenabled():
        yield
        return
    if _uncollected and collect_first:
        gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        _uncollected = True
        gc.enable()
