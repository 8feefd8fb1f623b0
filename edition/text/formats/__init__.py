"""Readers of structured article files: Markdown, a saved web page, a Word .docx.

Each takes the file's bytes and gives the clean stage what a plain-text article gives it: text
with one block per line, each character's place in the source file (for ``path:line:col``),
plus the block structure (headings, quotations, list items, figures) and inline emphasis.
Never cleans, converts or renders.
"""
