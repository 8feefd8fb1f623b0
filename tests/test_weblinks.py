"""A web address in the article's text is a link in the PDF, its text layer whole."""

from __future__ import annotations

from pypdf import PdfReader

from edition.cli.main import main
from tests.pdfcheck import pages_text, squeeze

NOTES = """
article: ../articles/t.txt
meta:
  title: 網頁
editions:
  - name: r
    layout: {layout}
"""
ARTICLE = "班級的照片都在網頁上：http://www.example.edu.cn/class2-3/ 歡迎去看。\n"


def _links(pdf) -> list[tuple[str, float]]:
    """(target, height of the clickable area) of each link to a web page."""
    found = []
    for page in PdfReader(str(pdf)).pages:
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            action = annot.get("/A")
            if action is not None and "/URI" in action:
                _, bottom, _, top = (float(v) for v in annot["/Rect"])
                found.append((str(action["/URI"]), abs(top - bottom)))
    return found


def test_a_web_address_in_the_text_is_a_link_that_can_be_clicked(write_notes, project_dir):
    notes = write_notes(NOTES.format(layout="booklet"), article=ARTICLE)
    assert main(["-q", "build", str(notes)]) == 0
    pdf = project_dir / "output" / "t-r.pdf"
    links = _links(pdf)
    assert {target for target, _ in links} == {"http://www.example.edu.cn/class2-3/"}
    # the text's line-height is 0 (the readings are drawn in the glyphs): the link keeps one
    assert all(height > 8 for _, height in links)
    assert "http://www.example.edu.cn/class2-3/" in "".join(map(squeeze, pages_text(pdf)))


def test_a_domain_without_a_scheme_is_no_link(write_notes, project_dir):
    notes = write_notes(NOTES.format(layout="reader"), article="請看 example.edu.cn 上的照片。\n")
    assert main(["-q", "build", str(notes)]) == 0
    assert _links(project_dir / "output" / "t-r.pdf") == []
