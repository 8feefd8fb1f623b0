"""A poem in the EPUB prints as in the PDF layouts: title and byline centred, the verse lines
centred without the prose indent (the blocks' kinds come from edition/text/verse.py)."""

from __future__ import annotations

import io
import zipfile

from markupsafe import Markup

from edition.render.epub import EpubBlock, EpubBook, write_epub


def book(blocks: list[EpubBlock]) -> EpubBook:
    return EpubBook(
        title="古诗两首",
        lang="zh-Hans",
        modified="2026-12-06T00:00:00Z",
        blocks=blocks,
        meta={},
        vocabulary=[],
        colophon=[],
        labels={"vocabulary": "词语", "colophon": "版本说明"},
        fonts={},
    )


def test_a_poem_is_centred_and_prose_is_not():
    blocks = [
        EpubBlock("heading", Markup("静夜思")),
        EpubBlock("byline", Markup("〔唐〕李白")),
        EpubBlock("verse", Markup("床前明月光，疑是地上霜。")),
        EpubBlock("heading", Markup("读后")),
        EpubBlock("body", Markup("这首诗写的是思乡。")),
    ]
    with zipfile.ZipFile(io.BytesIO(write_epub(book(blocks)))) as z:
        text = z.read("EPUB/text.xhtml").decode()
        css = z.read("EPUB/style.css").decode()
    assert '<h2 class="poem-title" id="b1">静夜思</h2>' in text
    assert '<p class="byline" id="b2">〔唐〕李白</p>' in text
    assert '<p class="verse" id="b3">床前明月光，疑是地上霜。</p>' in text
    assert '<h2 id="b4">读后</h2>' in text  # a heading prose follows stays a heading
    assert "p.verse { text-indent: 0; text-align: center;" in css
    assert "h2.poem-title, h3.poem-title { text-align: center;" in css
