"""Every note printed exactly once and whole, in every layout and reading style.

The article of tests/fixtures/quanzhou has eight notes, one of them longer than a page's room
for notes. Each layout is built with tone marks and with zhuyin (readings over every
character); the notes are read back from the PDF's text layer and compared with the notes
file word for word. A note at the page foot must stand on the page of its call; the long one
goes to the endnotes, with a warning naming it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pdfplumber
import pytest

from edition.notes.layer import load_layer
from edition.notes.markup import plain_text
from edition.pipeline.output import render
from edition.pipeline.prepare import prepare
from edition.render.layouts import load_layout
from tests.pdfcheck import pages_text, squeeze

NOTES = Path(__file__).resolve().parent / "fixtures" / "quanzhou" / "quanzhou.yaml"
CASES = [
    (layout, style) for layout in ("booklet", "pinyin", "reader") for style in ("marks", "zhuyin")
]
# And one on another paper: the A4 pinyin layout on A5, where its 17 pt text leaves less room.
CASES.append(("pinyin", "marks A5"))
CALL_SIZE = re.compile(r"--call-size:\s*([\d.]+)pt")


@pytest.fixture(scope="module")
def layer():
    return load_layer(NOTES)


@pytest.fixture(scope="module")
def built(layer, tmp_path_factory):
    """(layout, style) -> (PDF path, warnings, note id -> number); built once for all tests."""
    folder = tmp_path_factory.mktemp("notes")
    out = {}
    for layout, case in CASES:
        style, _, paper = case.partition(" ")
        edition = replace(layer.editions[0], layout=layout, style=style, pinyin="all", paper=paper)
        prepared = prepare(layer, edition)
        path = folder / f"{layout}-{case.replace(' ', '-')}.pdf"
        path.write_bytes(render(prepared))
        numbers = {n.id: n.number for n in prepared.notes}
        out[layout, case] = (path, [str(w) for w in prepared.warnings], numbers)
    return out


def _text_pages(pdf: Path, title: str) -> list[str]:
    """Each page's text without the running head and the folio, squeezed of white space."""
    pages = []
    for text in pages_text(pdf):
        lines = [line for line in text.splitlines() if line.strip()]
        if lines and lines[0].strip() == title:
            lines = lines[1:]
        if lines and lines[-1].strip().isdigit():
            lines = lines[:-1]
        pages.append(squeeze("".join(lines)))
    return pages


def _calls(pdf: Path, size: float) -> list[set[int]]:
    """Per page, the note numbers set as calls (Latin digits at the layout's call size)."""
    out = []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            numbers, run, last_x = set(), "", None
            for ch in page.chars:
                is_call = ch["text"].isdigit() and abs(ch["size"] - size) < 0.05
                if is_call and last_x is not None and abs(ch["x0"] - last_x) < 1:
                    run += ch["text"]
                elif is_call:
                    if run:
                        numbers.add(int(run))
                    run = ch["text"]
                elif run:
                    numbers.add(int(run))
                    run = ""
                last_x = ch["x1"] if is_call else None
            if run:
                numbers.add(int(run))
            out.append(numbers)
    return out


def _call_size(layout: str) -> float:
    sizes = []
    for sheet in load_layout(layout).stylesheet_paths():
        sizes += CALL_SIZE.findall(sheet.read_text(encoding="utf-8"))
    return float(sizes[-1])


@pytest.mark.parametrize(("layout", "style"), CASES)
def test_every_note_printed_once_and_whole(built, layer, layout, style):
    path, _, numbers = built[layout, style]
    text = "".join(_text_pages(path, layer.meta["title"]))
    assert len(layer.notes) == 8
    for note in layer.notes:
        body = squeeze(plain_text(note.body))
        # The number, a full stop, the whole note; once.
        assert text.count(f"{numbers[note.id]}.{body}") == 1, note.id
        assert text.count(body) == 1, note.id


@pytest.mark.parametrize(("layout", "style"), CASES)
def test_page_foot_notes_stand_on_their_calls_page(built, layer, layout, style):
    path, warnings, numbers = built[layout, style]
    pages = _text_pages(path, layer.meta["title"])
    calls = _calls(path, _call_size(layout))
    moved = {re.search(r"note '([^']+)'", w)[1] for w in warnings}
    assert moved == {"citong"}
    for note in layer.notes:
        if note.id in moved:
            continue
        number = numbers[note.id]
        start = f"{number}.{squeeze(plain_text(note.body))[:20]}"
        found = [i for i, text in enumerate(pages) if start in text]
        assert len(found) == 1, (note.id, found)
        assert number in calls[found[0]], (note.id, number, found[0], calls[found[0]])


@pytest.mark.parametrize(("layout", "style"), CASES)
def test_the_long_note_goes_to_the_endnotes_with_a_warning(built, layer, layout, style):
    path, warnings, _ = built[layout, style]
    assert warnings == [
        f"tests/fixtures/quanzhou/quanzhou.yaml:26:5: warning: note 'citong' (1934 characters) "
        f"is taller than the room for notes at the foot of a page in layout '{layout}'; it is "
        "printed with the endnotes (shorten it, or set 'notes: endnotes')"
    ]
    pages = _text_pages(path, layer.meta["title"])
    long_note = next(n for n in layer.notes if n.id == "citong")
    start = squeeze(plain_text(long_note.body))[:30]
    page_no = next(i for i, text in enumerate(pages) if start in text)
    heading = pages[page_no][: pages[page_no].find(start)]
    assert heading.endswith("注释1.")


def test_a_moved_note_keeps_its_number(write_notes, layer):
    """Only the second note is too long: the endnotes list it as 2, the page foot keeps 1."""
    long_body = next(n for n in layer.notes if n.id == "citong").body
    notes = f"""
    article: ../articles/t.txt
    meta:
      title: 老街
    editions:
      - name: r
        layout: reader
    notes:
      - id: short
        anchor: 骑楼
        body: 临街的楼房。
      - id: long
        anchor: 南音
        body: {long_body!r}
    """
    path = write_notes(notes, article="西街两旁是骑楼。晚上听南音。\\n")
    small = load_layer(path)
    prepared = prepare(small, small.editions[0])
    pdf = path.parent / "r.pdf"
    pdf.write_bytes(render(prepared))
    assert [w.message.split(" (")[0] for w in prepared.warnings] == ["note 'long'"]
    text = "".join(_text_pages(pdf, "老街"))
    assert text.count("1.临街的楼房。") == 1
    assert text.count("2." + squeeze(plain_text(long_body))) == 1
