"""The command line: arguments -> commands -> printed problems and an exit code.

The only package that prints. ``main`` is the entry of ``make_edition.py``, ``python -m
edition`` and the ``edition`` console script.
"""

from edition.cli.main import main

__all__ = ["main"]
