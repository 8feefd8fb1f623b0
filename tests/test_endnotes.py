"""Endnotes: an edition (or layout) with 'notes: endnotes' lists its notes after the text."""

from __future__ import annotations

from pypdf import PdfReader

from edition.cli.main import main
from tests.pdfcheck import pages_text, squeeze

NOTES = """
article: ../articles/t.txt
meta:
  title: 測試
editions:
  - name: r
    layout: reader
    notes: {where}
notes:
  - id: chen
    anchor: 陳信翰
    body: 研究主管，畢業於麻省理工學院。
"""


def _build(write_notes, project_dir, where: str):
    notes = write_notes(NOTES.format(where=where))
    assert main(["-q", "build", str(notes)]) == 0
    return project_dir / "output" / "t-r.pdf"


def test_endnotes_follow_the_text_with_linked_calls(write_notes, project_dir):
    pdf = _build(write_notes, project_dir, "endnotes")
    pages = [squeeze(t) for t in pages_text(pdf)]
    body = "研究主管，畢業於麻省理工學院。"
    assert body not in pages[0]
    assert "陳信翰1" in pages[0]
    assert body in pages[-1]
    assert len(pages) >= 2
    links = [a.get_object() for a in PdfReader(str(pdf)).pages[0].get("/Annots") or []]
    assert any(str(a.get("/Dest", "")) == "fn-1" for a in links)


def test_footnotes_stay_on_the_page(write_notes, project_dir):
    pdf = _build(write_notes, project_dir, "footnotes")
    pages = [squeeze(t) for t in pages_text(pdf)]
    assert "研究主管，畢業於麻省理工學院。" in pages[0]


def test_unknown_place_is_an_error(write_notes, capsys):
    notes = write_notes(NOTES.format(where="sidenotes"))
    assert main(["check", str(notes)]) == 1
    assert capsys.readouterr().err.strip() == (
        "notes/t.yaml:7:12: error: unknown notes 'sidenotes'; expected one of: footnotes, endnotes"
    )
