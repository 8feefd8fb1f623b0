"""Layouts of one's own: ``layouts/`` beside ``notes/`` and ``--layouts DIR`` are searched before
the built-in layouts, and a layout that ``extends: booklet`` takes its settings and templates
and changes only what it gives (here its CSS and paper)."""

from __future__ import annotations

import re

import pdfplumber
import pytest
from pdfcheck import page_sizes_mm

from edition.cli.main import main
from edition.render.layouts import LAYOUTS

NOTES = """
article: ../articles/t.txt
meta:
  title: 測試
editions:
  - name: booklet
    layout: mine
"""
RED = "/* mine */ .cover .title { color: rgb(255, 0, 0); }\n"


def _layout(folder, yaml: str, **files: str) -> None:
    folder.mkdir(parents=True)
    (folder / "layout.yaml").write_text(yaml, encoding="utf-8")
    for name, text in files.items():
        (folder / name.replace("_", ".")).write_text(text, encoding="utf-8")


def _css(html: str) -> str:
    return re.search(r"<style>(.*?)</style>", html, re.S)[1]


def test_a_layout_beside_notes_extends_the_booklet(project_dir, write_notes, capsys):
    _layout(
        project_dir / "layouts" / "mine",
        "extends: booklet\npaper: A6\nstylesheets: [../_shared/base.css, style.css, mine.css]\n",
        mine_css=RED,
    )
    notes = write_notes(NOTES)
    assert main(["-q", "build", str(notes)]) == 0, capsys.readouterr().err
    pdf = project_dir / "output" / "t-booklet.pdf"
    assert set(page_sizes_mm(pdf)) == {(105.0, 148.0)}  # the layout's own paper
    with pdfplumber.open(pdf) as doc:
        cover = doc.pages[0].chars
    title = [c for c in cover if c["text"] in "測試" and c["size"] > 15]
    assert [c["text"] for c in title] == ["測", "試"]
    assert {tuple(c["non_stroking_color"]) for c in title} == {(1, 0, 0)}
    # The booklet's template and its CSS are there, with the layout's own sheet after them.
    assert main(["-q", "build", "--format", "html", str(notes)]) == 0
    css = _css((project_dir / "output" / "t-booklet.html").read_text(encoding="utf-8"))
    booklet = (LAYOUTS / "booklet" / "style.css").read_text(encoding="utf-8")
    assert css.index(booklet) < css.index(RED)


def test_layouts_dir_comes_first_and_may_extend_the_layout_it_replaces(
    project_dir, write_notes, capsys
):
    """--layouts holds a 'booklet' that restyles the next 'booklet' found: the one beside
    notes/, itself restyling the built-in one. The nearest file of a name wins."""
    _layout(project_dir / "house" / "booklet", "extends: booklet\n", style_css=RED)
    _layout(project_dir / "layouts" / "booklet", "extends: booklet\n", style_css="/* beside */")
    notes = write_notes(NOTES.replace("layout: mine", "layout: booklet"))
    argv = ["-q", "build", "--format", "html", str(notes)]
    assert main([*argv, "--layouts", "house"]) == 0, capsys.readouterr().err
    html = (project_dir / "output" / "t-booklet.html").read_text(encoding="utf-8")
    css = _css(html)
    assert RED in css
    assert "/* beside */" not in css
    assert (LAYOUTS / "booklet" / "style.css").read_text(encoding="utf-8") not in css  # replaced
    assert '<body class="booklet' in html  # the built-in booklet's template
    assert main(argv) == 0  # without --layouts: layouts/ beside notes/, a reader restyled
    css = _css((project_dir / "output" / "t-booklet.html").read_text(encoding="utf-8"))
    assert "/* beside */" in css
    assert RED not in css


def test_layouts_command_lists_ones_own_first(project_dir, capsys):
    _layout(project_dir / "house" / "mine", "extends: booklet\ndescription: house style\n")
    assert main(["layouts", "--layouts", "house"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == "mine       house style (extends booklet)  [house/mine/]"
    assert [line.split()[0] for line in lines] == ["booklet", "mine", "pinyin", "reader"]


def test_unknown_layout_names_ones_own(project_dir, write_notes, capsys):
    _layout(project_dir / "layouts" / "mine", "extends: booklet\n")
    notes = write_notes(NOTES.replace("layout: mine", "layout: mien"))
    assert main(["-q", "check", str(notes)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "notes/t.yaml:6:13: error: unknown layout 'mien'; available: booklet, mine, pinyin, reader"
    ]


def test_missing_layouts_folder_is_a_usage_error(write_notes, capsys):
    notes = write_notes(NOTES)
    with pytest.raises(SystemExit) as info:
        main(["check", "--layouts", "nowhere", str(notes)])
    assert info.value.code == 2
    assert (
        capsys.readouterr().err == "make_edition.py: error: --layouts 'nowhere' is not a folder\n"
    )


def test_css_warning_of_ones_own_layout_names_its_file(project_dir, write_notes, capsys):
    _layout(
        project_dir / "layouts" / "mine",
        "extends: booklet\nstylesheets: [../_shared/base.css, style.css, mine.css]\n",
        mine_css="body {\n  colour: red;\n}\n",
    )
    notes = write_notes(NOTES)
    assert main(["-q", "build", str(notes)]) == 0
    assert capsys.readouterr().err.splitlines() == [
        "layouts/mine/mine.css:2:3: warning: WeasyPrint: Ignored `colour: red` at 2:3, unknown "
        "property."
    ]
