"""Where the tool's own files live: layouts, fonts and the cache.

One place computes them, so that moving the package (or installing it) changes one module.
"""

from __future__ import annotations

from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
LAYOUTS_DIR = PROJECT / "layouts"
FONTS_DIR = PROJECT / "fonts"
CACHE_DIR = PROJECT / ".cache"
