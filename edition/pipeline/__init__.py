"""The ordered stages: a notes file and one of its editions -> the edition's bytes.

``prepare`` runs stages 1-6 and collects every problem before anything is written; ``render``
runs HTML and PDF. Nothing here prints; the CLI reports.
"""
