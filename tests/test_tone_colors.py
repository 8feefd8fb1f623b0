"""Tone colours in the PDF: each character with its reading takes its tone's colour."""

from __future__ import annotations

import pdfplumber

from edition.cli.main import main

NOTES = """
article: ../articles/t.txt
meta:
  title: 測試
editions:
  - name: p
    layout: pinyin
    tone_colors: {on}
"""
RED = (0.753, 0.224, 0.169)  # tone 1, #c0392b


def _colors(write_notes, project_dir, on: str) -> dict[str, tuple]:
    notes = write_notes(NOTES.format(on=on), article="天文很好看。\n")
    assert main(["-q", "build", str(notes)]) == 0
    with pdfplumber.open(project_dir / "output" / "t-p.pdf") as pdf:
        chars = [c for page in pdf.pages for c in page.chars if "Ruby" in c["fontname"]]
    return {c["text"]: tuple(round(v, 3) for v in c["non_stroking_color"]) for c in chars}


def test_first_tone_is_red_and_tones_differ(write_notes, project_dir):
    colors = _colors(write_notes, project_dir, "true")
    assert colors["天"] == RED  # tiān
    assert len({colors["天"], colors["文"], colors["很"], colors["看"]}) == 4  # tones 1, 2, 3, 4
    assert colors["很"] == colors["好"]  # both third tone


def test_off_by_default(write_notes, project_dir):
    colors = _colors(write_notes, project_dir, "false")
    assert len(set(colors.values())) == 1
