"""edition.render.pdf and edition.textlayer: a small glyph-ruby PDF, read back."""

from __future__ import annotations

import itertools
import re
import subprocess

import pytest
from markupsafe import Markup

from edition.model import Reading, SourceLocation, Token
from edition.render.fonts import load_font_set
from edition.render.inline import inline_html, ruby_pairs
from edition.render.pdf import render_pdf
from edition.render.rubyfont import build_ruby_font

LOC = SourceLocation("article.txt", 1, 1)
PARAGRAPHS = [
    [
        ("中國銀行", "zhong1 guo2 yin2 hang2"),
        ("，", ""),
        ("創裝窗", "chuang4 zhuang4 chuang1"),
        ("的", "de5"),
        ("Mark", None),
        (" ", None),
        ("Chen", None),
        ("。", ""),
    ],
    [
        ("重要的", "zhong4 yao4 de5"),
        ("2023", None),
        ("年", "nian2"),
        ("「", ""),
        ("綠色", "lv4 se4"),
        ("」", ""),
        ("重複", "chong2 fu4"),
        ("。", ""),
    ]
    * 4,
    # A web address that a line must break (inside it, edition/render/inline.py).
    [("照片在", "zhao4 pian4 zai4"), ("：", ""), ("https://example.com/photos/2024/chongqing.html?day=1", None)],
]
TONES = {
    "zhao4": "zhào",
    "pian4": "piàn",
    "zai4": "zài",
    "zhong1": "zhōng",
    "zhong4": "zhòng",
    "guo2": "guó",
    "yin2": "yín",
    "hang2": "háng",
    "chuang4": "chuàng",
    "zhuang4": "zhuàng",
    "chuang1": "chuāng",
    "de5": "de",
    "yao4": "yào",
    "nian2": "nián",
    "lv4": "lǜ",
    "se4": "sè",
    "chong2": "chóng",
    "fu4": "fù",
}


def token(text: str, syllables: str | None) -> Token:
    if syllables is None:
        kind = "space" if text == " " else "digit" if text.isdigit() else "latin"
        return Token(text, text, kind, LOC)
    if not syllables:
        return Token(text, text, "punct", LOC)
    readings = tuple(Reading(s) for s in syllables.split())
    return Token(text, text, "han", LOC, readings=readings)


def label(reading: Reading) -> str:
    return TONES[reading.syllable]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    cache = tmp_path_factory.mktemp("cache")
    fonts = load_font_set("TC")
    paragraphs = [[token(t, s) for t, s in p] for p in PARAGRAPHS]
    pairs = ruby_pairs((t for p in paragraphs for t in p), label)
    ruby = build_ruby_font(fonts.latin_regular, pairs, "above", cache)
    body = "".join(
        f"<p>{inline_html(p, ruby=ruby, label=label, note_html=lambda i: Markup(''))}</p>"
        for p in paragraphs
    )
    html = (
        '<html lang="zh-Hant"><head><style>@page { size: A6; margin: 10mm }'
        'body { font-family: "Edition Latin", "Edition Han"; font-size: 11pt;'
        " line-height: 2.2; text-align: justify }</style></head>"
        f"<body>{body}</body></html>"
    )
    out = tmp_path_factory.mktemp("pdf")

    def render() -> bytes:
        return render_pdf(html, base_url=out, stylesheets=[], fonts=fonts, ruby=ruby)

    pdf = render()
    (out / "a.pdf").write_bytes(pdf)
    return {
        "pdf": pdf,
        "path": out / "a.pdf",
        "render": render,
        "fonts": fonts,
        "out": out,
        "paragraphs": paragraphs,
    }


def run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def test_text_layer_is_plain_chinese(built):
    text = run("pdftotext", str(built["path"]), "-")
    assert not re.search("[\ufe00-\ufe0f\U000e0100-\U000e01ef]", text)
    assert not re.search("[āáǎàōóǒòíìǜè]", text)
    assert "Mark Chen" in text
    assert "\u200b" not in text  # the web address's break points are not in the text
    flat = re.sub(r"\s+", "", text)
    for paragraph in built["paragraphs"]:
        expected = "".join(t.text for t in paragraph if t.kind != "space")
        assert expected in flat


def test_only_our_fonts_embedded(built):
    lines = run("pdffonts", str(built["path"])).splitlines()[2:]
    names = {line.split()[0].split("+")[1] for line in lines}
    assert names == {"Edition-Ruby", "Edition-Han", "Edition-Latin"}
    assert all(" yes yes yes " in line for line in lines)


def test_ruby_glyphs_do_not_overlap(built):
    import pdfplumber

    with pdfplumber.open(built["path"]) as pdf:
        chars = [c for c in pdf.pages[0].chars if c["fontname"].endswith("Edition-Ruby")]
    assert chars
    rows: dict[int, list] = {}
    for c in chars:
        rows.setdefault(round(c["top"]), []).append(c)
    for row in rows.values():
        row.sort(key=lambda c: c["x0"])
        for a, b in itertools.pairwise(row):
            assert a["x1"] <= b["x0"] + 0.01, (a["text"], b["text"])


def test_a_web_address_is_a_link_to_the_whole_address(built):
    import pikepdf

    with pikepdf.open(built["path"]) as doc:
        uris = [
            str(annot.A.URI)
            for page in doc.pages
            for annot in page.get("/Annots", [])
            if annot.get("/Subtype") == "/Link" and "/A" in annot
        ]
    # the address breaks across two lines: each piece links to the whole address
    assert uris
    assert set(uris) == {"https://example.com/photos/2024/chongqing.html?day=1"}


def test_two_renders_are_identical(built):
    assert built["render"]() == built["pdf"]


def test_source_date_epoch(built, monkeypatch):
    import pikepdf

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    pdf = built["render"]()
    with pikepdf.open(__import__("io").BytesIO(pdf)) as doc:
        assert str(doc.docinfo["/CreationDate"]) == "D:20231114221320Z"


def test_css_warning_names_the_stylesheet(built):
    sheet = built["out"] / "style.css"
    sheet.write_text("p {\n  colour: red;\n}\n")
    problems = []
    render_pdf(
        "<p>中</p>",
        base_url=built["out"],
        stylesheets=[sheet],
        fonts=built["fonts"],
        ruby=None,
        problems=problems,
    )
    assert [str(p) for p in problems] == [
        "style.css:2:3: warning: WeasyPrint: Ignored `colour: red` at 2:3, unknown property."
    ]


def test_missing_image_is_an_error(built):
    from edition.errors import EditionError

    with pytest.raises(EditionError, match="error: WeasyPrint: Failed to load image"):
        render_pdf(
            '<img src="nope.png">',
            base_url=built["out"],
            stylesheets=[],
            fonts=built["fonts"],
            ruby=None,
        )
