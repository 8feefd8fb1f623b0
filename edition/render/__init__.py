"""Stages 7-8, render: a prepared document -> HTML through a layout -> PDF bytes.

Layouts, Jinja, the shipped fonts, the per-document glyph-ruby font, WeasyPrint, the text-layer
fix and the browser preview. Arranges finished data; never decides a reading or a repair.
"""
