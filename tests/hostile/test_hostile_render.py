"""Rendering is confined: markup in the text prints as text, layouts cannot reach outside, and
every failure (template, fonts, output folder, a bug of ours) is one line and leaves the output."""

from __future__ import annotations

import errno
import os
import tempfile

from hostile_inputs import ARTICLE, NOTES, untouched

INJECTIONS = [
    "<img src=file:///etc/passwd>",
    "<script>alert(1)</script>",
    "<link rel=stylesheet href=http://evil.example/a.css>",
    "url(file:///etc/passwd)",
    "@import url(http://evil.example/b.css);",
]


def test_markup_in_article_and_notes_prints_as_text(project_dir, write_notes, cli):
    from pdfcheck import pages_text, squeeze

    body = " ".join(INJECTIONS)
    path = write_notes(
        NOTES + f"notes:\n  - id: x\n    anchor: 陳信翰\n    body: '注：{body}'\n",
        article="陳信翰和帕霍基在倫敦見面。\n"
        + "\n".join(INJECTIONS)
        + "\n他們談到了銀行和長城。\n",
    )
    assert cli("build", str(path)) == (0, [])  # nothing was fetched, so nothing was refused
    text = squeeze("".join(pages_text(project_dir / "output" / "t-booklet.pdf")))
    for snippet in INJECTIONS:
        # once in the article, once in the note; the article's <img> tag is a web page's
        # remnant that the clean stage removes (what is left of it prints nowhere as an image)
        expected = 1 if snippet.startswith("<img") else 2
        assert text.count(squeeze(snippet)) == expected, snippet


def test_layout_css_cannot_reach_files_or_network(project_dir, write_notes, extra_layout, cli):
    from edition.render.layouts import LAYOUTS

    css = (LAYOUTS / "booklet" / "style.css").read_text(encoding="utf-8")
    extra_layout(
        "evil",
        css='@import "http://evil.example/x.css";\n'
        + css
        + "\nbody { background: url(file:///etc/passwd); }\np { background-image: url(http://evil.example/y.png); }\n",
    )
    path = write_notes(NOTES + "editions:\n  - name: booklet\n    layout: evil\n")
    assert cli("build", str(path)) == (
        0,
        [
            "warning: refused to load 'http://evil.example/x.css': only files of the project are loaded, never the network",
            "warning: refused to load 'http://evil.example/y.png': only files of the project are loaded, never the network",
            "warning: refused to load 'file:///etc/passwd': outside the layout, fonts and article folders",
        ],
    )
    assert (project_dir / "output" / "t-booklet.pdf").stat().st_size > 0


def test_layout_with_a_jinja_syntax_error(write_notes, extra_layout, previous_output, cli):
    extra_layout("broken", page="<html>\n{% for x in %}\n</html>\n")
    path = write_notes(NOTES + "editions:\n  - name: booklet\n    layout: broken\n")
    out = previous_output("html")
    assert cli("build", "--format", "html", str(path)) == (
        1,
        [
            "layouts/broken/page.html.j2:2: error: template: Expected an expression, got 'end of statement block'"
        ],
    )
    assert untouched(out)


def test_layout_naming_an_unknown_variable(write_notes, extra_layout, cli):
    extra_layout("typo", page="<html>\n<p>{{ article.titel }}</p>\n</html>\n")
    path = write_notes(NOTES + "editions:\n  - name: booklet\n    layout: typo\n")
    assert cli("build", "--format", "html", str(path)) == (
        1,
        ["layouts/typo/page.html.j2:2: error: template: 'dict object' has no attribute 'titel'"],
    )


def test_missing_font_file(project_dir, write_notes, previous_output, monkeypatch, cli):
    import edition.render.fonts

    (project_dir / "nofonts").mkdir()
    monkeypatch.setattr(edition.render.fonts, "FONTS_DIR", project_dir / "nofonts")
    path = write_notes(NOTES)
    out = previous_output("pdf")
    assert cli("build", str(path)) == (
        1,
        [
            "fonts/NotoSerifCJK-Regular.ttc:1: error: font file not found; restore it from git (git checkout -- fonts/)"
        ],
    )
    assert untouched(out)


def test_read_only_output_folder(project_dir, write_notes, previous_output, monkeypatch, cli):
    path = write_notes(NOTES)
    out = previous_output("html")
    out.parent.chmod(0o555)
    if os.geteuid() == 0:  # root writes anyway: make the folder refuse as a read-only one does
        mkstemp = tempfile.mkstemp

        def refuse(*args, dir=None, **kwargs):
            if dir is not None and os.path.samefile(dir, out.parent):
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(dir))
            return mkstemp(*args, dir=dir, **kwargs)

        monkeypatch.setattr(tempfile, "mkstemp", refuse)
    try:
        assert cli("build", "--format", "html", str(path)) == (
            1,
            [
                "output/t-booklet.html:1: error: cannot write the output: Permission denied; check that the folder is writable"
            ],
        )
        assert untouched(out)
    finally:
        out.parent.chmod(0o755)


def test_internal_error_is_one_line_with_exit_3(write_notes, monkeypatch, cli):
    import edition.cli.commands

    def bug(_args):
        raise KeyError("stage\nstate")

    monkeypatch.setattr(edition.cli.commands, "check", bug)
    path = write_notes(NOTES)
    assert cli("check", str(path)) == (
        3,
        ["internal error: KeyError: 'stage\\nstate' (run again with --debug for the traceback)"],
    )
    code, err = cli("--debug", "check", str(path))
    assert code == 3
    assert err[0] == "Traceback (most recent call last):"
    assert err[-1] == "KeyError: 'stage\\nstate'"


def test_exit_codes_are_documented_in_help(capsys):
    import pytest

    from edition.cli.main import main

    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "exit status:\n  0    success\n  1    problems in your files" in out
    assert "  3    internal error" in out


def test_default_article_is_fine(write_notes, cli):
    """The control: the default notes and article of this catalogue pass."""
    path = write_notes(NOTES, article=ARTICLE)
    assert cli("check", str(path)) == (0, [])
