"""footnote-area-append (edition/render/footnote_area.py): a page's footnote area with one note
more lays out only that note, and every value the layout reads from it is the full layout's;
footnote-area-final (edition/render/patches.py): the page ends with the area's last layout.

Each probe renders small pages of many notes (short, wrapped over lines, moved on when the area
is full) in a process of its own with the speed-ups on; each area appended is compared, float
for float, with the whole area laid out as WeasyPrint does, and the PDF with the one made with
every area laid out whole.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import json, sys
from math import inf
from edition.render import patches
patches.apply()
from weasyprint import HTML
from weasyprint.formatting_structure import build
from weasyprint.layout.block import block_level_layout

def seen(area):
    last = area.children[-1]
    return [area.height, area.margin_height(), area.position_y, area.margin_bottom,
            len(area.children), last.position_y, last.margin_height(), last.margin_bottom]

appended, counts = patches.appended, {"appended": 0, "whole": 0, "differ": 0}
def checked(context, area, before):
    got = appended(context, area, before)
    counts["appended" if got is not None else "whole"] += 1
    if got is not None:
        whole = block_level_layout(context, build.create_anonymous_boxes(area.deepcopy()),
                                   -inf, None, area.page)[0]
        counts["differ"] += seen(got) != seen(whole)
    return got

note, note_style = sys.argv[1], sys.argv[2]
calls = "".join(f'line {n} <span class="n">{note.format(n=n, more="more words " * (n % 5))}'
                "</span> and the text goes on " for n in range(1, 40))
html = ("<style>@page { size: 90mm 70mm; margin: 8mm; @footnote { border-top: 1px solid;"
        " padding-top: 2px; margin-top: 3px; max-height: 25mm } }"
        f".n {{ float: footnote; {note_style} }}</style>"
        f"<p>{calls}</p><p>{'word ' * 200}</p>")
from weasyprint.layout import page
final = page._edition_final_footnote_area
def counted(context):
    got = final(context)
    counts["final"] += got is not None
    return got
page._edition_final_footnote_area = counted
patches.appended, counts["final"] = checked, 0
pdf = HTML(string=html).write_pdf()
patches.appended = lambda context, area, before: None
same = pdf == HTML(string=html).write_pdf()
page._edition_final_footnote_area = lambda context: None  # every area laid out as the page ends
print(json.dumps({**counts, "same": same, "same_final": pdf == HTML(string=html).write_pdf()}))
"""


def _probe(note: str, note_style: str = "") -> dict:
    env = {**os.environ, "EDITION_SPEEDUPS": "on"}
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, note, note_style],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(proc.stdout)


def test_only_the_note_added_is_laid_out_and_the_area_is_the_same():
    got = _probe("note {n}: {more}")
    assert got["appended"] > 20
    assert got["differ"] == 0
    assert got["same"]


def test_the_area_laid_out_last_is_the_page_end_area():
    """footnote-area-final: as a page ends, its area is its last layout, not laid out again."""
    got = _probe("note {n}: {more}")
    assert got["final"] > 5
    assert got["same_final"]


@pytest.mark.parametrize(
    ("note", "note_style"),
    [
        # a block inside the note, whose margins could collapse through it
        ('<span style="display: block">note {n}</span> {more}', ""),
        ('<span style="display: block; margin: 1px 0">note {n}</span> {more}', ""),
        ("note {n}: {more}", "margin-bottom: 2px"),  # margins between the notes
        ("note {n}: {more}", "margin-top: 1px"),
        ("note {n}: {more}", "position: relative; top: 1px"),
    ],
)
def test_notes_that_do_not_stack_plainly_are_laid_out_whole(note, note_style):
    got = _probe(note, note_style)
    assert got["appended"] == 0
    assert got["whole"] > 20
    assert got["same"]
    assert got["same_final"]


def test_an_area_holding_a_positioned_box_is_laid_out_again_as_the_page_ends():
    # the page's own layout files the positioned box with the page's: not taken from before
    got = _probe('note {n} <span style="position: absolute; top: 0">*</span> {more}')
    assert got["final"] == 0
    assert got["differ"] == 0
    assert got["same"]
    assert got["same_final"]
