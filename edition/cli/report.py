"""What the command line prints besides command output: log lines and problems, on stderr."""

from __future__ import annotations

import logging
import sys

from edition.errors import Problem


def setup_logging(args) -> None:
    """Progress at INFO, timings with ``-v``, only problems with ``-q``; one handler on stderr."""
    level = logging.DEBUG if args.verbose else logging.WARNING if args.quiet else logging.INFO
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    root = logging.getLogger("edition")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False


def print_problems(problems: list[Problem]) -> None:
    """Each problem on one line, sorted by file and place."""
    for problem in sorted(problems, key=Problem.sort_key):
        print(problem, file=sys.stderr)
