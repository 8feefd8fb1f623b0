"""The yardstick of bench/run.py: the same booklet as a plain ctex + xpinyin LaTeX document.

:func:`latex_source` writes an A5 ``ctexart`` document of a prepared edition: a title page
(title, subtitle, original title, author, date), the cleaned article with xpinyin's readings
over every Han character (``pinyinscope``), the notes as footnotes at their calls, the
vocabulary with the page of each word's first occurrence (``\\pageref``), the editorial notes
and a colophon; the same Noto fonts as the booklet. It is what a LaTeX user would write by
hand, and it does less than edition does:

- readings: xpinyin prints each character's most common reading from its own table, so word
  readings (銀行 háng, 長大 zhǎng, 重新 chóng) and the article's reviewed overrides are not
  there; edition reads words on an aligned Simplified copy, then a context model;
- text layer: the readings are ordinary text, interleaved with the Chinese in copy, search
  and ``pdftotext`` (edition's glyph-ruby font keeps the text layer plain Chinese);
- the vocabulary's page numbers need a second ``xelatex`` run (edition resolves them in one
  build); bench/run.py times one run;
- no cleaning, script conversion, bookmarks, PDF metadata or reproducible bytes (edition does
  these in the same build).
"""

from __future__ import annotations

import re

from edition.files import FONTS_DIR
from edition.notes.markup import plain_text

SPECIAL = re.compile(r"([\\{}$&#^_%~])")
_STRONG = re.compile(r"\*\*([^*\n]+)\*\*")
_EM = re.compile(r"(?<![*\w])\*([^*\n]+)\*(?![*\w])")
_LINK = re.compile(r"\[([^\]\n]+)\]\(((?:https?://|mailto:)[^\s)]+)\)")
_RUBY = re.compile(r"\{([^|{}\n]+)\|([^|{}\n]+)\}")


def escape(text: str) -> str:
    def one(m: re.Match) -> str:
        ch = m.group(1)
        if ch == "\\":
            return r"\textbackslash{}"
        if ch in "^~":
            return rf"\{ch}{{}}"
        return "\\" + ch

    return SPECIAL.sub(one, text)


def _markup(text: str) -> str:
    """Note-body markup (edition/notes/markup.py) as LaTeX."""
    text = _LINK.sub(r"\1", text)
    text = _RUBY.sub(r"\1（\2）", text)
    text = escape(text)
    text = _STRONG.sub(r"\\textbf{\1}", text)
    return _EM.sub(r"\\textit{\1}", text)


def latex_source(prepared, face_index: int = 3) -> str:
    """A ctex + xpinyin booklet of ``prepared`` (a :class:`~edition.pipeline.prepare.Prepared`).

    ``face_index``: the face of the Noto Serif CJK collections (3 = TC, 2 = SC).
    """
    meta = prepared.layer.meta
    notes = {n.id: n for n in prepared.notes}
    fonts = FONTS_DIR.as_posix() + "/"
    out = [
        r"\documentclass[fontset=none,zihao=-4]{ctexart}",
        r"\usepackage[a5paper,top=18mm,bottom=20mm,inner=16mm,outer=14mm]{geometry}",
        r"\usepackage{xpinyin}",
        rf"\setCJKmainfont{{NotoSerifCJK-Regular.ttc}}[Path={fonts}, FontIndex={face_index},"
        rf" BoldFont=NotoSerifCJK-Bold.ttc, BoldFeatures={{FontIndex={face_index}}}]",
        rf"\setmainfont{{NotoSerif-Regular.ttf}}[Path={fonts}, BoldFont=NotoSerif-Bold.ttf,"
        r" ItalicFont=NotoSerif-Italic.ttf, BoldItalicFont=NotoSerif-BoldItalic.ttf]",
        r"\linespread{1.9}",
        r"\begin{document}",
        r"\begin{titlepage}\centering",
    ]
    for key, size in (
        ("publication", r"\large"),
        ("title", r"\LARGE\bfseries"),
        ("subtitle", r"\Large"),
        ("original_title", r"\itshape"),
        ("author", ""),
        ("date", ""),
    ):
        if meta.get(key):
            out.append(rf"{{{size} {escape(plain_text(str(meta[key])))}\par}}\vspace{{1em}}")
    out += [r"\end{titlepage}", r"\begin{pinyinscope}"]
    for paragraph in prepared.paragraphs:
        parts = []
        for token in paragraph.tokens:
            if token.glossary_id:
                parts.append(rf"\label{{g-{token.glossary_id}}}")
            parts.append(escape(token.text))
            for note_id in token.note_ids:
                parts.append(rf"\footnote{{\disablepinyin {_markup(notes[note_id].body)}}}")
        text = "".join(parts)
        if paragraph.kind == "heading":
            out.append(rf"\section*{{{text}}}")
        else:
            out.append(text + "\n")
    out.append(r"\end{pinyinscope}")
    if prepared.glossary:
        out += [r"\newpage\section*{詞彙表}", r"\begin{small}"]
        for g in prepared.glossary:
            gloss = _markup(plain_text(str(g["gloss"])))
            out.append(
                rf"\noindent\makebox[5em][l]{{{escape(g['word'])}}}"
                rf"\makebox[8em][l]{{\textit{{{escape(g['reading'])}}}}}"
                rf"\makebox[3em][l]{{{escape(g['pos'] or '')}}}{gloss}"
                rf"\hfill\pageref{{g-{g['id']}}}\par"
            )
        out.append(r"\end{small}")
    if prepared.corrections:
        out += [r"\section*{編者註}", r"\begin{itemize}\small"]
        for c in prepared.corrections:
            before, after, note = (escape(c[k]) for k in ("before", "after", "note"))
            out.append(rf"\item {before} $\rightarrow$ {after}: {note}")
        out.append(r"\end{itemize}")
    out += [r"\newpage\section*{版權頁}", r"{\small"]
    for key in ("source_url", "credit", "licence"):
        if meta.get(key):
            out.append(escape(str(meta[key])) + r"\par")
    out += ["}", r"\end{document}", ""]
    return "\n".join(out)
