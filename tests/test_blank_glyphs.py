"""The zero-width blanks between Han characters are never written (edition/render/textlayer.py).

WeasyPrint's drawing is edited to leave them out; before, they were drawn and then taken out of
every page's content by a second pass. The pages must be the same: pixel for pixel at 80 dpi and
the same text, on the bundled article's booklet and on a small document.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest

from edition.render.fonts import load_font_set
from edition.render.justify import capped
from edition.render.pdf import lay_out
from edition.render.textlayer import _fix_font, _rewrite, blanks_drawn, skip_blanks_when_drawing

ROOT = Path(__file__).resolve().parent.parent
NOTES = ROOT / "notes" / "openai-research.yaml"
SMALL = (
    '<html lang="zh-Hant"><head><style>@page { size: A7; margin: 5mm }'
    " p { font-size: 11pt; text-align: justify }</style></head><body>"
    '<p><span class="han">中 國 銀 行 的 長 城 ， 重 要 的 綠 色 重 複 。 他 們 談 到 了 銀 行'
    ' 和 長 城 ， 也 談 到 了 未 來 。</span><span class="latin"> Mark Chen </span>'
    '<span class="han">在 倫 敦 見 面 。</span></p></body></html>'
)


def blank_runs(pdf: bytes) -> int:
    """Pages whose content shows blank glyphs of our CJK fonts (what fix_text_layer removes)."""
    import pikepdf

    found = 0
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            fonts = page.obj.Resources.get("/Font", {})
            by_name = {str(n): _fix_font(doc, f) if "/ToUnicode" in f else None
                       for n, f in fonts.items()}  # fmt: skip
            if _rewrite(pikepdf.parse_content_stream(page), by_name) is not None:
                found += 1
    return found


def pngs(pdf: bytes, folder: Path, name: str) -> list[bytes]:
    path = folder / f"{name}.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "80", "-png", str(path), str(folder / name)], check=True)
    return [p.read_bytes() for p in sorted(folder.glob(f"{name}-*.png"))]


def text(pdf: bytes, folder: Path, name: str) -> str:
    path = folder / f"{name}.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_the_edit_applies_to_the_pinned_weasyprint():
    assert skip_blanks_when_drawing(), "weasyprint.draw.text.draw_first_line changed"


def test_weasyprint_writes_no_blank_glyph(tmp_path):
    def raw_and_fixed() -> tuple[bytes, bytes]:
        laid = lay_out(SMALL, base_url=tmp_path, stylesheets=[], fonts=fonts, ruby=None)
        return laid.document.write_pdf(), laid.write()

    fonts = load_font_set("TC")
    with capped():  # the second pass widens no glyph: lines within the old cap on both sides
        raw, fixed = raw_and_fixed()
    with blanks_drawn():
        raw_before, fixed_before = raw_and_fixed()
    assert blank_runs(raw_before) == 1  # WeasyPrint's own drawing writes them
    assert blank_runs(raw) == 0
    assert pngs(fixed, tmp_path, "new") == pngs(fixed_before, tmp_path, "old")
    words = text(fixed, tmp_path, "new")
    assert words == text(fixed_before, tmp_path, "old")
    assert (
        "".join(words.split())
        == "中國銀行的長城，重要的綠色重複。他們談到了銀行和長城，也談到了未來。MarkChen在倫敦見面。"
    )


@pytest.fixture(scope="module")
def booklets() -> tuple[bytes, bytes]:
    from edition.notes.layer import load_layer
    from edition.pipeline.output import render
    from edition.pipeline.prepare import prepare

    layer = load_layer(NOTES)
    booklet = next(e for e in layer.editions if e.name == "booklet")
    with capped():  # the second pass widens no glyph: lines within the old cap on both sides
        new = render(prepare(layer, booklet), "pdf")
    with blanks_drawn():
        old = render(prepare(layer, booklet), "pdf")
    return new, old


def test_bundled_booklet_same_pages_and_text(booklets, tmp_path):
    new, old = booklets
    assert new != old  # the content is written once, by WeasyPrint, not again by pikepdf
    new_pages, old_pages = pngs(new, tmp_path, "new"), pngs(old, tmp_path, "old")
    assert len(new_pages) == len(old_pages) > 20
    assert [i for i, (a, b) in enumerate(zip(new_pages, old_pages, strict=True)) if a != b] == []
    assert text(new, tmp_path, "new") == text(old, tmp_path, "old")
