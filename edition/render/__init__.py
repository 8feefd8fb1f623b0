"""Stages 7-8, render: a prepared document -> HTML through a layout -> PDF bytes.

Layouts, Jinja, the shipped fonts, the per-document glyph-ruby font, WeasyPrint, the text-layer
fix and the browser preview. Arranges finished data; never decides a reading or a repair.
"""

from edition.render.patches import install as _install_weasyprint_fixes

_install_weasyprint_fixes()  # before anything imports WeasyPrint (edition/render/patches.py)
