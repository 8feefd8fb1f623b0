"""The editorial notes' list on the page: a short one whole on one page, a long one all printed."""

from __future__ import annotations

import pytest

from edition.notes.layer import load_layer
from edition.pipeline.output import render
from edition.pipeline.prepare import prepare
from tests.pdfcheck import pages_text, squeeze

# Words to correct, each once in the article: one editorial line each.
POOL = "天地山水日月風雲花草木石火春夏秋冬東南西北前後新舊黑白紅綠"
WORDS = [a + b for a in POOL[:10] for b in POOL[10:17]]


def _build(write_notes, tmp_path, n: int, filler: int = 12):
    body = "".join(f"第{i}段說的是{word}這件事。" for i, word in enumerate(WORDS[:n]))
    # Text before the list, so that it starts low on a page.
    article = "\n".join(
        [body] + ["城裡的老街每天早上都很熱鬧，賣菜的人和買菜的人擠在一起。" * 6] * filler
    )
    fixes = "".join(
        f"  - find: {word}\n    replace: {word[::-1]}\n    note: 第{i}處。\n"
        for i, word in enumerate(WORDS[:n])
    )
    notes = write_notes(
        "article: ../articles/t.txt\nmeta:\n  title: 老街\n"
        "editions:\n  - name: b\n    layout: booklet\n"
        f"corrections:\n{fixes}",
        article=article + "\n",
    )
    layer = load_layer(notes)
    pdf = tmp_path / "b.pdf"
    pdf.write_bytes(render(prepare(layer, layer.editions[0])))
    return pages_text(pdf)


def _pages_with(pages: list[str], text: str) -> list[int]:
    return [i for i, page in enumerate(pages) if text in squeeze(page)]


# Text before the list in steps of a few lines: one of them ends a page inside an unkept list.
@pytest.mark.parametrize("filler", [8, 9, 10])
def test_a_short_list_stays_whole_on_one_page(write_notes, tmp_path, filler):
    pages = _build(write_notes, tmp_path, 8, filler)
    heading = _pages_with(pages, "編者說明")
    assert len(heading) == 1
    for i, word in enumerate(WORDS[:8]):
        assert _pages_with(pages, f"{word}→{word[::-1]}") == heading, i


def test_a_list_longer_than_a_page_is_printed_whole(write_notes, tmp_path):
    pages = _build(write_notes, tmp_path, 70)
    found = [_pages_with(pages, f"{word}→{word[::-1]}") for word in WORDS]
    assert all(len(where) == 1 for where in found), found
    assert len({where[0] for where in found}) >= 2  # it did need more than one page
