"""End to end: every default edition of the bundled article, built once per session, read back.

One session fixture runs, side by side, what a user runs: ``make_edition.py`` (all editions of
notes/*.yaml, in parallel), the same as ``--format html``, and one imposed booklet with bleed
and crop marks. Each test then reads the files with pdftotext, pypdf and pdffonts.
"""

from __future__ import annotations

import html
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from edition.notes.layer import load_layer
from edition.pipeline.prepare import prepare
from edition.press.impose import add_bleed_and_marks, saddle_order
from tests.pdfcheck import fonts, page_sizes_mm, pages_text, sample_phrases, squeeze

ROOT = Path(__file__).resolve().parent.parent
NOTES = ROOT / "notes" / "openai-research.yaml"
EPOCH = "1767225600"  # 2026-01-01: differs from meta.date, so the colophon shows where it came from
EDITIONS = {  # name -> (layout, page size in mm, lang)
    "booklet": ("booklet", (148.0, 210.0), "zh-Hant"),
    "booklet-simplified": ("booklet", (148.0, 210.0), "zh-Hans"),
    "pinyin": ("pinyin", (210.0, 297.0), "zh-Hant"),
    "reader": ("reader", (210.0, 297.0), "zh-Hant"),
}
NO_LINE_START = "，。、；：？！）」』"
NO_LINE_END = "（「『"


@pytest.fixture(scope="session")
def session(tmp_path_factory) -> tuple[Path, dict]:
    """A user's folder with the bundled notes file, every edition built there (PDF and HTML);
    and stages 1-6 of each edition, run here while the builds run."""
    work = tmp_path_factory.mktemp("editions")
    (work / "notes").mkdir()
    shutil.copy(NOTES, work / "notes" / NOTES.name)
    (work / "articles").symlink_to(ROOT / "articles")
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    tool = [sys.executable, str(ROOT / "make_edition.py")]
    notes = f"notes/{NOTES.name}"
    commands = [
        [*tool],
        [*tool, "-q", "build", notes, "--format", "html"],
        [
            *tool,
            "-q",
            "build",
            notes,
            "--edition",
            "booklet",
            "--impose",
            "saddle",
            "--bleed",
            "3",
            "--marks",
            "crop",
            "--out",
            "imposed.pdf",
        ],
    ]
    procs = [
        subprocess.Popen(
            c, cwd=work, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for c in commands
    ]
    layer = load_layer(NOTES)
    prepared = {e.name: prepare(layer, e) for e in layer.editions if e.name in EDITIONS}
    outputs = [p.communicate(timeout=600) for p in procs]
    for command, proc, (_out, err) in zip(commands, procs, outputs, strict=True):
        assert proc.returncode == 0, f"{command}: {err}"
    (work / "build-all.log").write_text(outputs[0][1], encoding="utf-8")
    return work, prepared


@pytest.fixture(scope="session")
def built(session) -> Path:
    return session[0]


@pytest.fixture(scope="session")
def prepared(session) -> dict:
    return session[1]


def pdf(built: Path, name: str) -> Path:
    return built / "output" / f"openai-research-{name}.pdf"


def test_the_notes_file_declares_the_default_editions():
    layer = load_layer(NOTES)
    assert {e.name: e.layout for e in layer.editions} == {n: v[0] for n, v in EDITIONS.items()}
    assert {e.name: e.script for e in layer.editions}["booklet-simplified"] == "t2s"


def test_make_edition_builds_them_all_and_reports_the_total(built):
    log = (built / "build-all.log").read_text(encoding="utf-8")
    assert f"{len(EDITIONS)} of {len(EDITIONS)} editions built in" in log
    for name in EDITIONS:
        assert pdf(built, name).stat().st_size > 10_000


@pytest.mark.parametrize("name", EDITIONS)
def test_page_size_of_the_layout(built, name):
    sizes = page_sizes_mm(pdf(built, name))
    assert len(sizes) >= 6
    assert set(sizes) == {EDITIONS[name][1]}


@pytest.mark.parametrize("name", EDITIONS)
def test_text_layer_is_the_displayed_text(built, prepared, name):
    """≥ 99% of 500 sampled 4-character Han phrases of the text are found in the PDF's text."""
    phrases = sample_phrases(prepared[name].text)
    assert len(phrases) == 500
    text = squeeze("".join(pages_text(pdf(built, name))))
    missing = [p for p in phrases if p not in text]
    assert len(missing) <= 5, missing[:20]


@pytest.mark.parametrize("name", EDITIONS)
def test_bookmarks_from_the_headings(built, prepared, name):
    outline = PdfReader(str(pdf(built, name))).outline
    titles = [item.title for item in outline if not isinstance(item, list)]
    headings = [p.text.strip() for p in prepared[name].paragraphs if p.kind == "heading"]
    assert headings
    assert titles[0] == PdfReader(str(pdf(built, name))).metadata.title  # the cover's h1
    for heading in headings:
        assert heading in titles, (heading, titles)  # no justification spaces in the labels
    simplified = EDITIONS[name][2] == "zh-Hans"
    assert ("词汇表" if simplified else "詞彙表") in titles
    assert ("版本说明" if simplified else "版本說明") in titles


@pytest.mark.parametrize("name", EDITIONS)
def test_metadata(built, name):
    reader = PdfReader(str(pdf(built, name)))
    meta = reader.metadata
    simplified = EDITIONS[name][2] == "zh-Hans"
    assert meta.title == (
        "塑造 OpenAI 研究未来的两个人" if simplified else "塑造 OpenAI 研究未來的兩個人"
    )
    assert meta.author == "Will Douglas Heaven"
    assert meta.creator.startswith("edition ")
    assert str(reader.trailer["/Root"]["/Lang"]) == EDITIONS[name][2]


@pytest.mark.parametrize("name", EDITIONS)
def test_fonts_embedded_and_ruby_only_with_pinyin(built, name):
    rows = fonts(pdf(built, name))
    assert rows, rows
    assert all(r["emb"] == "yes" and r["uni"] == "yes" for r in rows), rows
    has_ruby = any("Ruby" in r["name"] for r in rows)
    assert has_ruby == (name != "reader")


@pytest.mark.parametrize("name", EDITIONS)
def test_colophon_source_licence_date_version(built, name):
    last = squeeze(pages_text(pdf(built, name))[-1])
    assert "technologyreview.com" in last
    assert "Thetwopeopleshaping" in last
    assert "2026-01-01" in last  # SOURCE_DATE_EPOCH, not the clock
    assert "edition0.1.0" in last
    assert ("授权" if EDITIONS[name][2] == "zh-Hans" else "授權") in last


def test_simplified_edition_is_simplified_throughout(built, prepared):
    assert prepared["booklet-simplified"].lang == "zh-Hans"
    text = squeeze("".join(pages_text(pdf(built, "booklet-simplified"))))
    for traditional in ("詞彙表", "編者說明", "版本說明", "兩個人", "學習版"):
        assert traditional not in text
    for simplified in ("词汇表", "编者说明", "版本说明", "两个人", "学习版"):
        assert simplified in text


def test_reader_clreq_line_edges(built):
    """No closing punctuation starts a line, no opening one ends a line (W3C clreq)."""
    path = pdf(built, "reader")
    pages = pages_text(path)
    assert len(pages) >= 8
    layout = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines = [line.strip() for line in layout.splitlines() if line.strip()]
    assert len(lines) > 200
    assert [line for line in lines if line[0] in NO_LINE_START] == []
    assert [line for line in lines if line[-1] in NO_LINE_END] == []


def test_imposed_booklet_page_order(built):
    """Sheets are the spread of two A5 pages with its 3 mm bleed and room for the crop marks
    (296 + 2 x 9 by 210 + 2 x 9 mm); each half shows the page saddle_order puts there."""
    pages = [squeeze(t) for t in pages_text(pdf(built, "booklet"))]
    imposed = built / "imposed.pdf"
    sizes = page_sizes_mm(imposed)
    order = saddle_order(len(pages))
    assert len(sizes) == len(order) == -(-len(pages) // 4) * 2
    assert set(sizes) == {(314.0, 228.0)}
    width, height = (
        PdfReader(str(imposed)).pages[0].mediabox.width,
        PdfReader(str(imposed)).pages[0].mediabox.height,
    )
    for side, (left, right) in enumerate(order, 1):
        for slot, number in enumerate((left, right)):
            half = subprocess.run(
                [
                    "pdftotext",
                    "-enc",
                    "UTF-8",
                    "-f",
                    str(side),
                    "-l",
                    str(side),
                    "-x",
                    str(int(slot * width / 2)),
                    "-y",
                    "0",
                    "-W",
                    str(int(width / 2)),
                    "-H",
                    str(int(height)),
                    str(imposed),
                    "-",
                ],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            got = squeeze(half)
            if number > len(pages):
                assert got == "", (side, slot)
            else:
                assert pages[number - 1][:30] in got, (side, slot, number)


def test_bleed_and_crop_marks_around_the_booklet(built):
    out = add_bleed_and_marks(pdf(built, "booklet").read_bytes(), 3, marks=True)
    page = PdfReader(io.BytesIO(out)).pages[0]
    trim = [round(float(v) * 25.4 / 72, 1) for v in page.trimbox]
    media = [round(float(v) * 25.4 / 72, 1) for v in page.mediabox]
    assert (trim[2] - trim[0], trim[3] - trim[1]) == (148.0, 210.0)
    assert (round(media[2] - media[0], 1), round(media[3] - media[1], 1)) == (166.0, 228.0)


@pytest.mark.parametrize("name", EDITIONS)
def test_html_preview_is_self_contained_with_native_ruby(built, prepared, name):
    page = (built / "output" / f"openai-research-{name}.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert f'<html lang="{EDITIONS[name][2]}">' in page
    assert "<style>" in page
    assert "@page" in page
    assert "file:" not in page
    assert "url(" not in page
    rubies = re.findall(r"<ruby[^>]*><rb>(.)</rb><rt>([^<]+)</rt></ruby>", page)
    if name == "reader":
        assert rubies == []
    else:
        assert len(rubies) > 3000
        assert ("行", "háng") in rubies or ("行", "xíng") in rubies
    for note in prepared[name].notes:
        assert f'href="#fn-{note.number}"' in page
        assert f'id="fn-{note.number}"' in page
    text = html.unescape(re.sub(r"<rt>[^<]*</rt>|<[^>]+>", "", page))
    phrases = sample_phrases(prepared[name].text, 100)
    assert sum(p in squeeze(text) for p in phrases) >= 99


HAN_GAP = re.compile(r"([\u3400-\u9fff])(?:[ \t\u00a0\u3000]|\(cid:\d+\))+(?=([\u3400-\u9fff]))")


def stray_spaces(text: str, source: str) -> list[str]:
    """Places of ``text`` where whitespace (or an unmapped glyph) stands between two Han
    characters that the source has side by side."""
    return [
        m.group(0) + m.group(2)
        for m in HAN_GAP.finditer(text)
        if not re.search(re.escape(m.group(1)) + r"[ \t\u3000]+" + re.escape(m.group(2)), source)
    ]


@pytest.mark.parametrize("name", EDITIONS)
def test_justified_lines_have_no_holes(built, name):
    """A line before a long Latin word spread its slack evenly, no gap over 0.6 em in a line
    with Chinese (it put 2.4 em around ``OpenAI`` on the booklet's page 4)."""
    from bench.holes import measure

    m = measure(pdf(built, name))
    assert m["lines"] > 150
    assert m["han_holes"] == 0, m["worst"]


@pytest.mark.parametrize("name", EDITIONS)
def test_no_space_between_han_characters_in_the_text_layer(built, prepared, name):
    """Issue 12: justified lines put ``和 雅 各 布`` into the text layer. Neither poppler nor
    pdfminer may read a space between two Han characters the source has side by side."""
    from pdfminer.high_level import extract_text

    from edition.text.script import convert_string

    path = pdf(built, name)
    p = prepared[name]
    notes = NOTES.read_text(encoding="utf-8")
    source = p.text + convert_string(notes, p.edition.script)
    poppler = "".join(pages_text(path))
    assert stray_spaces(poppler, source) == []
    assert stray_spaces(extract_text(str(path)), source) == []
    assert "(cid:" not in extract_text(str(path), maxpages=3)


@pytest.mark.parametrize("name", ["booklet", "booklet-simplified", "pinyin"])
def test_even_character_pitch_and_readings_apart(built, name):
    """Issue 12: at most 1% of neighbouring Han pairs 0.15 em wider than their line's pitch,
    and at least 0.15 em (of the reading's size) between two neighbouring readings."""
    from bench.pitch import measure

    m = measure(pdf(built, name))
    assert m["pairs"] > 5000
    assert m["off"] / m["pairs"] <= 0.01, m["off"]
    assert min(m["gaps"]) >= 0.15
