"""Input that is the user's or the machine's ends in exit 1 or 2 with one clear line, never 3
(issue 14, point 6); bounds hold for every input (point 7); one output per edition (point 8).
Each case also shows that the previous output is left as it was."""

from __future__ import annotations

import io
import os
import sys

import pytest
from hostile_inputs import NOTES, untouched

N = "notes/t.yaml"
RESTORE = "restore it from git (git checkout -- fonts/) or reinstall the edition"


# -- point 6: exit 1 for bad input, with one line naming the place --------------------------

BUILD_REFUSED = [
    pytest.param(
        NOTES + "  date: 2025-02-30\n",
        [
            f"{N}:4:9: error: '2025-02-30' is not a real date (day is out of range for month); write a date that exists, or quote it to keep it as text"
        ],
        id="impossible-date",
    ),
    pytest.param(
        NOTES + "editions:\n  - name: x\n    bleed: " + "9" * 5000 + "\n",
        [
            f"{N}:6:12: error: the number '{'9' * 37}...' has 5000 characters, too long to read; quote it to keep it as text"
        ],
        id="integer-of-5000-digits",
    ),
    pytest.param(
        NOTES + 'notes:\n  - id: x\n    anchor: 陳信翰\n    body: "研究\\0主管"\n',
        [f"{N}:7:11: error: a NUL character (\\0) in the text; notes files hold text, remove it"],
        id="nul-in-note-body",
    ),
    pytest.param(
        NOTES + 'editions:\n  - name: x\n    output: "x\\0.pdf"\n',
        [f"{N}:6:13: error: a NUL character (\\0) in the text; notes files hold text, remove it"],
        id="nul-in-output-name",
    ),
    pytest.param(
        NOTES + 'editions:\n  - name: x\n    output: "x\\e[2J.pdf"\n',
        [
            f"{N}:6:13: error: 'output' contains the control character U+001B; give a plain file name"
        ],
        id="escape-in-output-name",
    ),
    pytest.param(
        NOTES + '  language: "zh Hant"\n',
        [
            f"{N}:4:13: error: 'language' must be a BCP 47 tag such as 'zh', 'zh-Hant' or 'zh-CN', not 'zh Hant'"
        ],
        id="language-not-bcp47",
    ),
    pytest.param(
        NOTES + "editions:\n  - name: x\n    paper: 1mm 1mm\n",
        [f"{N}:6:12: error: paper '1mm 1mm': each side must be from 50 mm to 1200 mm"],
        id="paper-too-small",
    ),
    pytest.param(
        NOTES + "editions:\n  - name: x\n    paper: 100in 20000pt\n",
        [f"{N}:6:12: error: paper '100in 20000pt': each side must be from 50 mm to 1200 mm"],
        id="paper-too-large",
    ),
    # point 8
    pytest.param(
        NOTES
        + "editions:\n  - name: a\n    output: same.pdf\n  - name: b\n    layout: reader\n    output: same.pdf\n",
        [
            f"{N}:9:13: error: editions 'a' and 'b' both write output/same.pdf; give each edition its own 'output'"
        ],
        id="two-editions-one-output",
    ),
    pytest.param(
        NOTES + "editions:\n  - name: a\n    output: t-b.pdf\n  - name: b\n",
        [
            f"{N}:7:5: error: editions 'a' and 'b' both write output/t-b.pdf; give each edition its own 'output'"
        ],
        id="output-equal-to-a-default-name",
    ),
    pytest.param(
        NOTES + 'editions:\n  - name: "booklet\\n"\n',
        [f"{N}:5:5: error: an edition needs a 'name' made of letters, digits, '-', '_' or '.'"],
        id="edition-name-with-final-newline",
    ),
    pytest.param(
        NOTES + 'notes:\n  - id: "x\\n"\n    anchor: 陳信翰\n    body: 注。\n',
        [f"{N}:5:5: error: a note needs an 'id' made of letters, digits, '-', '_' or '.'"],
        id="note-id-with-final-newline",
    ),
]


@pytest.mark.parametrize(("notes", "lines"), BUILD_REFUSED)
def test_refused_by_check_and_by_build(notes, lines, write_notes, previous_output, cli):
    """'check' finds what 'build' would refuse, with the same line."""
    path = write_notes(notes.lstrip("\n"))
    out = previous_output("pdf")
    assert cli("check", str(path)) == (1, lines)
    assert cli("build", str(path)) == (1, lines)
    assert untouched(out)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("-5", "'-5' must be 0 or more"),
        ("nan", "'nan' must be 0 or more"),
        ("inf", "'inf' must be 0 or more"),
        ("1000", "'1000' must be at most 20"),
    ],
)
def test_bleed_option_has_the_notes_file_bounds(value, expected, write_notes, previous_output, cli):
    path = write_notes(NOTES)
    out = previous_output("pdf")
    code, err = cli("build", "--bleed", value, str(path))
    assert (code, err[-1]) == (2, f"make_edition.py build: error: argument --bleed: {expected}")
    assert untouched(out)


def test_time_bound_beyond_a_week_is_a_usage_error(write_notes, previous_output, cli):
    path = write_notes(NOTES)
    out = previous_output("pdf")
    code, err = cli("build", "--max-seconds", "1e300", str(path))
    assert (code, err[-1]) == (
        2,
        "make_edition.py build: error: argument --max-seconds: '1e300' must be at most 604800",
    )
    assert untouched(out)


@pytest.mark.parametrize("value", ["99999999999999999999", "-5", "253402300800"])
def test_source_date_epoch_out_of_range(value, write_notes, previous_output, monkeypatch, cli):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    path = write_notes(NOTES)
    out = previous_output("pdf")
    assert cli("build", str(path)) == (
        1,
        [
            f"error: SOURCE_DATE_EPOCH must be whole seconds since 1970, from 0 to 253402300799 (the end of 9999), got '{value}'"
        ],
    )
    assert untouched(out)


def test_pinyin_refuses_stdin_that_is_not_utf8(monkeypatch, cli, capsys):
    data = "銀行\n".encode() + "行長".encode("gb18030") + b"\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), errors="surrogateescape"))
    assert cli("pinyin") == (
        1,
        [
            "<stdin>:2:1: error: byte 0xd0 is not UTF-8; pinyin reads UTF-8 text (convert it first, e.g. iconv -f GB18030 -t UTF-8)"
        ],
    )


def test_article_path_in_a_symlink_loop(project_dir, write_notes, previous_output, cli):
    path = write_notes(NOTES.replace("t.txt", "loop.txt"))
    (project_dir / "articles" / "loop.txt").symlink_to("loop2.txt")
    (project_dir / "articles" / "loop2.txt").symlink_to("loop.txt")
    out = previous_output("pdf")
    assert cli("build", str(path)) == (
        1,
        [
            f"{N}:1:10: error: article file '../articles/loop.txt' is a loop of symbolic links; point 'article' at a real file"
        ],
    )
    assert untouched(out)


def test_notes_file_in_a_symlink_loop(project_dir, previous_output, cli):
    (project_dir / "notes" / "t.yaml").symlink_to("u.yaml")
    (project_dir / "notes" / "u.yaml").symlink_to("t.yaml")
    out = previous_output("pdf")
    assert cli("build", "notes/t.yaml") == (
        1,
        [f"{N}:1: error: the notes file is a loop of symbolic links; point it at a real file"],
    )
    assert untouched(out)


def _fonts_with(project_dir, monkeypatch, name: str, data: bytes):
    """A fonts/ folder like the shipped one, with ``name`` replaced by ``data``."""
    import edition.render.fonts

    folder = project_dir / "myfonts"
    folder.mkdir()
    for entry in edition.render.fonts.FONTS_DIR.iterdir():
        if entry.name != name:
            (folder / entry.name).symlink_to(entry)
    (folder / name).write_bytes(data)
    monkeypatch.setattr(edition.render.fonts, "FONTS_DIR", folder)


def test_truncated_font_file(project_dir, write_notes, previous_output, monkeypatch, cli):
    from edition.render.fonts import FONTS_DIR

    whole = (FONTS_DIR / "NotoSerif-Regular.ttf").read_bytes()
    _fonts_with(project_dir, monkeypatch, "NotoSerif-Regular.ttf", whole[:5000])
    path = write_notes(NOTES)
    out = previous_output("pdf")
    assert cli("build", str(path)) == (
        1,
        [
            f"fonts/NotoSerif-Regular.ttf:1: error: the font file is cut short: table 'DSIG' ends at byte 588876, the file at byte 5000; {RESTORE}"
        ],
    )
    assert untouched(out)


def test_truncated_cjk_collection(project_dir, write_notes, previous_output, monkeypatch, cli):
    from edition.render.fonts import FONTS_DIR

    with open(FONTS_DIR / "NotoSerifCJK-Bold.ttc", "rb") as whole:
        head = whole.read(2_000_000)
    _fonts_with(project_dir, monkeypatch, "NotoSerifCJK-Bold.ttc", head)
    path = write_notes(NOTES)
    out = previous_output("pdf")
    assert cli("build", str(path)) == (
        1,
        [
            f"fonts/NotoSerifCJK-Bold.ttc:1: error: the font file is cut short: table 'CFF ' ends at byte 24428768, the file at byte 2000000; {RESTORE}"
        ],
    )
    assert untouched(out)


def test_garbage_latin_font(project_dir, write_notes, previous_output, monkeypatch, cli):
    """Before: one WeasyPrint warning, and the Latin text silently set in another face."""
    _fonts_with(project_dir, monkeypatch, "NotoSerif-Italic.ttf", b"\x13\x37garbage" * 4096)
    path = write_notes(NOTES)
    out = previous_output("pdf")
    assert cli("build", str(path)) == (
        1,
        [
            f"fonts/NotoSerif-Italic.ttf:1: error: not a font file (no font header at byte 0); {RESTORE}"
        ],
    )
    assert untouched(out)


# -- point 7: bounds that hold for every input ----------------------------------------------


def test_notes_file_over_the_size_bound(write_notes, previous_output, cli):
    path = write_notes(NOTES + "# padding\n" * 30_000)  # 0.3 MB
    out = previous_output("pdf")
    assert cli("build", "--max-article-mb", "0.1", str(path)) == (
        1,
        [
            f"{N}:1: error: the notes file is 0.3 MB, more than the limit of 0.1 MB (the bound of the article and its notes); if it really is one, raise it with --max-article-mb 1"
        ],
    )
    assert untouched(out)


def test_corrections_cannot_grow_the_text_past_the_bound(write_notes, previous_output, cli):
    article = "陳信翰和帕霍基在倫敦見面。\n" * 2000  # 0.08 MB
    grown = "長" * 30_000  # 0.09 MB more
    path = write_notes(
        NOTES + f"corrections:\n  - find: 帕霍基\n    replace: {grown}\n    occurrence: 1\n",
        article=article,
    )
    out = previous_output("pdf")
    assert cli("build", "--max-article-mb", "0.1", str(path)) == (
        1,
        [
            f"{N}:5:5: error: correction '帕霍基' makes the text 0.2 MB, more than the article limit of 0.1 MB; refused"
        ],
    )
    assert untouched(out)


def test_memory_bound_stops_a_runaway_layout(write_notes, extra_layout, previous_output, cli):
    """A template that doubles a string until the memory runs out (before: 2.2 GB in 30 s)."""
    extra_layout(
        "greedy",
        page="{% set s = namespace(x='x') %}{% for i in range(60) %}{% set s.x = s.x ~ s.x %}"
        "{% endfor %}{{ s.x|length }}",
    )
    path = write_notes(
        NOTES + "editions:\n  - name: x\n    layout: greedy\n    output: t-booklet.pdf\n"
    )
    out = previous_output("html")
    assert cli("build", "--format", "html", "--max-memory-mb", "3000", str(path)) == (
        1,
        [
            f"{N}:5:5: error: edition 'x' needed more than 3000 MB of memory (the limit); nothing was written; raise the limit with --max-memory-mb N, or 0 for none"
        ],
    )
    assert untouched(out)


@pytest.mark.parametrize(
    ("make", "kind"),
    [
        pytest.param(lambda path: os.mkfifo(path), "a FIFO (named pipe)", id="fifo"),
        pytest.param(lambda path: path.mkdir(), "a folder", id="folder"),
    ],
)
def test_notes_file_that_is_not_a_file(make, kind, project_dir, previous_output, cli):
    """A FIFO used to make the command wait for ever for a writer."""
    make(project_dir / "notes" / "t.yaml")
    out = previous_output("pdf")
    assert cli("build", "notes/t.yaml") == (
        1,
        [f"{N}:1: error: the notes file is {kind}, not a text file"],
    )
    assert untouched(out)


def test_device_as_the_notes_file(previous_output, cli):
    out = previous_output("pdf")
    assert cli("check", "/dev/zero") == (
        1,
        ["/dev/zero:1: error: the notes file is a character device, not a text file"],
    )
    assert untouched(out)


def test_fifo_as_the_article(project_dir, write_notes, previous_output, cli):
    path = write_notes(NOTES.replace("t.txt", "pipe.txt"))
    os.mkfifo(project_dir / "articles" / "pipe.txt")
    out = previous_output("pdf")
    assert cli("build", str(path)) == (
        1,
        [
            f"{N}:1:10: error: article file '../articles/pipe.txt' is a FIFO (named pipe), not a text file"
        ],
    )
    assert untouched(out)


# -- point 8: one output, one edition ---------------------------------------------------------


def test_a_layout_for_every_edition_gives_each_its_own_file(project_dir, write_notes, cli):
    """Before: every edition moved to the layout wrote t-reader.html, each over the last."""
    path = write_notes(NOTES + "editions:\n  - name: a\n  - name: b\n    layout: pinyin\n")
    assert cli("build", "--format", "html", "--layout", "reader", str(path)) == (0, [])
    assert sorted(p.name for p in (project_dir / "output").iterdir()) == [
        "t-a-reader.html",
        "t-b-reader.html",
    ]


def test_two_notes_files_writing_one_output(project_dir, write_notes, previous_output, cli):
    write_notes(NOTES + "editions:\n  - name: a\n    output: t-booklet.pdf\n")
    write_notes(
        NOTES.replace("t.txt", "u.txt") + "editions:\n  - name: b\n    output: t-booklet.pdf\n",
        name="u",
    )
    out = previous_output("pdf")
    assert cli() == (
        1,
        [
            "notes/u.yaml:5:5: error: editions 'a' and 'b' both write output/t-booklet.pdf; give each edition its own 'output'"
        ],
    )
    assert untouched(out)
