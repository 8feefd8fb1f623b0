"""What the command line prints besides command output: log lines and problems, on stderr."""

from __future__ import annotations

import logging
import sys

from edition.errors import Problem, escape_controls


def setup_logging(args) -> None:
    """Progress at INFO, timings with ``-v``, only problems with ``-q``; one handler on stderr."""
    level = logging.DEBUG if args.verbose else logging.WARNING if args.quiet else logging.INFO
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_EscapingFormatter("%(message)s"))
    root = logging.getLogger("edition")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False


class _EscapingFormatter(logging.Formatter):
    """Log lines may quote the input (a URL of a layout, a path): control characters in them
    are shown escaped, so a line cannot rewrite the terminal or forge another line."""

    def format(self, record: logging.LogRecord) -> str:
        return escape_controls(super().format(record))


def print_problems(problems: list[Problem]) -> None:
    """Each problem on one line, sorted by file and place."""
    for problem in sorted(problems, key=Problem.sort_key):
        print(problem, file=sys.stderr)


class Report:
    """Prints each distinct problem once, as the builds finish; counts the warnings.

    Errors are always printed in full, and so are the warnings about what the user wrote (the
    notes file, a layout, a stylesheet): they are few and each points at a line to change.
    Warnings placed in an article (a lost character, the source's inline reading against the
    engine's, a character no font has) can run to hundreds in a damaged text: the first
    :attr:`ARTICLE_SHOWN`, in the article's order, are printed, the rest only with
    ``--verbose``; ``clean`` lists them all.
    """

    ARTICLE_SHOWN = 10

    def __init__(self, verbose: bool, articles: set[str]):
        self.verbose = verbose
        self.articles = articles  # the articles' paths as problems show them
        self.seen: set[str] = set()
        self.warnings = 0
        self.hidden = 0
        self.shown_in_articles = 0

    def add(self, problems: list[Problem]) -> None:
        for problem in sorted(problems, key=Problem.sort_key):
            line = str(problem)
            if line in self.seen:  # editions of one article share its warnings
                continue
            self.seen.add(line)
            if problem.level == "warning":
                self.warnings += 1
                if problem.loc is not None and problem.loc.path in self.articles:
                    if not self.verbose and self.shown_in_articles >= self.ARTICLE_SHOWN:
                        self.hidden += 1
                        continue
                    self.shown_in_articles += 1
            print(line, file=sys.stderr)

    def summary(self) -> str:
        """``; 70 warnings (60 not shown, see --verbose)``, or nothing without warnings."""
        if not self.warnings:
            return ""
        plural = "s" if self.warnings > 1 else ""
        hidden = f" ({self.hidden} not shown, see --verbose)" if self.hidden else ""
        return f"; {self.warnings} warning{plural}{hidden}"
