"""Print production: finished PDF bytes -> PDF bytes for the printer and for distribution.

Saddle imposition, bleed and crop marks, metadata and PDF/A or PDF/UA variants. Works on PDF
bytes only; never sees the article or the notes.
"""
