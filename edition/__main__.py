"""``python -m edition``: the same command as ``make_edition.py`` and ``edition``."""

from edition.cli.main import run

run()
