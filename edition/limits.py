"""Bounds on the work one command may do, so a hostile or broken input cannot run away.

Each bound has a default and a command-line option that raises it:

``--max-article-mb`` (default 5)
    An article file larger than this is refused before it is decoded.
``--max-seconds`` (default 600)
    A build of one edition that takes longer is stopped (``SIGALRM``, in the process that
    builds the edition); nothing is written. ``0`` turns the bound off.

The bounds in force are a process-wide value set once by the CLI (:func:`configure`) and handed
to worker processes explicitly, so a build in a ``ProcessPoolExecutor`` sees the same bounds.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limits:
    """The bounds of one run; see the module docstring for their options."""

    max_article_mb: float = 5.0  # article files above this size are refused
    max_seconds: float = 600.0  # per edition; 0 = unbounded

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
