"""End to end: the bundled article's booklet, read back from the PDF."""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest

from edition.notes.layer import load_layer
from edition.pipeline.prepare import prepare
from tests.pdfcheck import fonts, page_sizes_mm, pages_text, sample_phrases, squeeze

ROOT = Path(__file__).resolve().parent.parent
NOTES = ROOT / "notes" / "openai-research.yaml"


def build_booklet(out: Path) -> subprocess.CompletedProcess:
    """The bundled article's booklet, built by the command a user runs."""
    command = [sys.executable, "make_edition.py", "-q", "build", str(NOTES), "--edition", "booklet"]
    return subprocess.run(
        [*command, "--out", str(out)], cwd=ROOT, capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def booklet(tmp_path_factory):
    out = tmp_path_factory.mktemp("booklet") / "booklet.pdf"
    proc = build_booklet(out)
    assert proc.returncode == 0, proc.stderr
    return out


@pytest.fixture(scope="module")
def prepared():
    layer = load_layer(NOTES)
    return prepare(layer, layer.editions[0])


def test_a5_pages(booklet):
    sizes = page_sizes_mm(booklet)
    assert len(sizes) >= 8
    assert set(sizes) == {(148.0, 210.0)}


def test_only_our_fonts_all_embedded(booklet):
    rows = fonts(booklet)
    assert rows
    for row in rows:
        name = row["name"].split("+", 1)[-1]
        # edition/render/fonts.py names every face it serves "Edition-…"; a system fallback would not be
        assert name.startswith("Edition-"), row
        assert row["emb"] == "yes", row
        assert row["uni"] == "yes", row


def test_text_layer_is_searchable_chinese(booklet, prepared):
    body = "\n".join(p.text for p in prepared.paragraphs)
    phrases = sample_phrases(body)
    assert len(phrases) == 500
    pdf_text = squeeze("".join(pages_text(booklet)))
    found = sum(1 for p in phrases if p in pdf_text)
    assert found / len(phrases) >= 0.99, [p for p in phrases if p not in pdf_text][:20]
    # no pinyin interleaved: tone-marked syllables never appear in the text layer of the body
    assert not re.search(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]", squeeze(pages_text(booklet)[2]))


def test_footnotes_on_the_page_of_their_call(booklet, prepared):
    pages = [squeeze(t) for t in pages_text(booklet)]
    assert prepared.notes
    for note in prepared.notes:
        anchor = squeeze(prepared.text[note.start : note.end])
        body = re.sub(r"[*\[\]]", "", squeeze(note.body))[:12]
        on = [i for i, text in enumerate(pages) if body in text]
        assert on, f"note {note.id} body not found"
        assert anchor in pages[on[0]], (
            f"note {note.id}: body on page {on[0] + 1} but its anchor is not"
        )


def test_cover_and_running_title(booklet, prepared):
    pages = pages_text(booklet)
    title = squeeze(prepared.layer.meta["title"])
    assert title in squeeze(pages[0])
    assert title in squeeze(pages[2])  # running header
    assert re.search(r"\b3\s*$", pages[2].strip()) or "3" in pages[2].split()[-3:]


def test_characters_share_a_baseline_and_never_overlap(booklet):
    """Glyph ruby: every glyph of a line sits on one baseline, and glyph boxes never overlap."""
    with pdfplumber.open(booklet) as pdf:
        page = pdf.pages[3]
        chars = sorted((c for c in page.chars if c["text"].strip()), key=lambda c: -c["matrix"][5])
        assert sum("Ruby" in c["fontname"] for c in chars) > 100
        lines: list[list[dict]] = []
        for c in chars:  # a new line starts more than 6 pt below the previous baseline
            if lines and abs(lines[-1][0]["matrix"][5] - c["matrix"][5]) < 6:
                lines[-1].append(c)
            else:
                lines.append([c])
        body = [row for row in lines if any("Ruby" in c["fontname"] for c in row)]
        assert len(body) > 8
        for row in body:
            by_size: dict[float, set[float]] = {}
            for c in row:  # superscript note calls are smaller and sit higher, by design
                by_size.setdefault(round(c["size"], 1), set()).add(round(c["matrix"][5], 1))
            largest = by_size[max(by_size)]
            assert len(largest) == 1, [(c["text"], c["matrix"][5]) for c in row][:10]
            row.sort(key=lambda c: c["x0"])
            # A zero-width glyph (a justification space) has no box to overlap; at a span
            # boundary it may sit 0.01 pt inside the next glyph.
            row = [c for c in row if c["x1"] - c["x0"] > 0.01]
            for a, b in itertools.pairwise(row):
                if "Ruby" in a["fontname"] and "Ruby" in b["fontname"]:
                    assert a["x1"] <= b["x0"] + 0.05, (a["text"], b["text"])


def test_same_bytes_twice(booklet, tmp_path):
    again = tmp_path / "again.pdf"
    assert build_booklet(again).returncode == 0
    assert again.read_bytes() == booklet.read_bytes()


def test_vocabulary_page_numbers_point_at_the_first_occurrence(booklet, prepared):
    """Each vocabulary entry links to its word's first occurrence; the printed number is that page."""
    from pypdf import PdfReader

    reader = PdfReader(str(booklet))
    dests = {
        name: reader.get_destination_page_number(d) for name, d in reader.named_destinations.items()
    }
    pages = [squeeze(t) for t in pages_text(booklet)]
    checked = set()
    with pdfplumber.open(booklet) as pdf:
        for index, page in enumerate(reader.pages):
            for annot in page.get("/Annots") or []:
                annot = annot.get_object()
                name = str(annot.get("/Dest") or "")
                if annot.get("/Subtype") != "/Link" or not name.startswith("g-") or name in checked:
                    continue
                x0, y0, x1, y1 = (float(v) for v in annot["/Rect"])
                height = float(pdf.pages[index].height)
                box = (
                    min(x0, x1) - 1,
                    height - max(y0, y1) - 1,
                    max(x0, x1) + 1,
                    height - min(y0, y1) + 1,
                )
                printed = pdf.pages[index].crop(box).extract_text().strip()
                target = dests[name]
                assert printed == str(target + 1), (name, printed, target + 1)
                entry = next(g for g in prepared.glossary if f"g-{g['id']}" == name)
                assert squeeze(entry["word"]) in pages[target], (name, entry["word"], target + 1)
                checked.add(name)
    assert len(checked) == len(prepared.glossary)
