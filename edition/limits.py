"""Bounds on the work one command may do, so a hostile or broken input cannot run away.

Each bound has a default and a command-line option that raises it:

``--max-article-mb`` (default 5)
    An article file larger than this is refused before it is decoded, and so is a notes file
    (real ones are a few dozen KB), and a text that corrections make larger.
``--max-seconds`` (default 600, at most :data:`MAX_SECONDS`)
    A build of one edition that takes longer is stopped (``SIGALRM``, in the process that
    builds the edition); nothing is written. ``0`` turns the bound off.
``--max-memory-mb`` (default :data:`DEFAULT_MEMORY_MB`)
    The address space of the process that builds an edition (``RLIMIT_AS``); a build that
    needs more stops with an error naming the option, and nothing is written. ``0`` turns the
    bound off. The default comes from bench/memory.py: see the figures by the constant.

The bounds in force are a process-wide value set once by the CLI (:func:`configure`); worker
processes are forked from the CLI's process and inherit it.
"""

from __future__ import annotations

import resource
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

MAX_SECONDS = 7 * 24 * 3600  # the largest --max-seconds: a week (setitimer overflows far above)
# Peak address space of one build (bench/memory.py, booklet of the bundled article repeated,
# warm caches; a first build of a new article needs up to 0.3 GB more): 17 pages 0.3 GB,
# 493 pages 0.7 GB (1.0 GB cold), 3069 pages (4.9 MB, just under the article bound) 3.3 GB
# (RSS 3.0 GB); the pinyin edition of the same 4.9 MB, 3945 pages, 3.1 GB. The default lets
# every article the size bound admits build, with a quarter to spare.
DEFAULT_MEMORY_MB = 4096


@dataclass(frozen=True, slots=True)
class Limits:
    """The bounds of one run; see the module docstring for their options."""

    max_article_mb: float = 5.0  # article (and notes) files above this size are refused
    max_seconds: float = 600.0  # per edition; 0 = unbounded
    max_memory_mb: float = DEFAULT_MEMORY_MB  # address space of a build; 0 = unbounded

    @property
    def max_article_bytes(self) -> int:
        return int(self.max_article_mb * 1024 * 1024)


DEFAULT = Limits()
_current = DEFAULT


def configure(limits: Limits) -> None:
    """Set the bounds for this process (the CLI does it once; workers do it per task)."""
    global _current
    _current = limits


def current() -> Limits:
    """The bounds in force in this process."""
    return _current


def format_mb(n_bytes: int) -> str:
    """A size in MB with one decimal, as shown in messages: ``5.2 MB``."""
    return f"{n_bytes / (1024 * 1024):.1f} MB"


def format_number(value: float) -> str:
    """``5`` rather than ``5.0``; ``0.5`` stays."""
    return f"{value:g}"


class TimeLimitExceeded(BaseException):
    """Raised inside the build when its time bound is reached."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`TimeLimitExceeded` in the block after ``seconds`` (wall clock).

    Only in the main thread of a process with ``SIGALRM`` (Linux, macOS); elsewhere, and for
    ``seconds <= 0``, the block runs unbounded. The previous handler and timer are restored.
    """
    if (
        seconds <= 0
        or not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return

    def on_alarm(_signum, _frame) -> None:
        raise TimeLimitExceeded

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def memory_limit(megabytes: float) -> Iterator[None]:
    """Limit this process's address space (``RLIMIT_AS``) to ``megabytes`` during the block.

    Allocations past it fail: Python raises MemoryError. Never raises the hard limit; for
    ``megabytes <= 0`` the block runs unbounded. The previous limit is restored.
    """
    if megabytes <= 0 or not hasattr(resource, "RLIMIT_AS"):
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    want = int(megabytes * 1024 * 1024)
    for bound in (soft, hard):
        if bound != resource.RLIM_INFINITY:
            want = min(want, bound)
    resource.setrlimit(resource.RLIMIT_AS, (want, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
