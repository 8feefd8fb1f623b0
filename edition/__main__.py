"""``python -m edition``: the same command as ``make_edition.py`` and ``edition``."""

import sys

from edition.cli import main

sys.exit(main())
