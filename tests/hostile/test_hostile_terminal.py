"""Nothing from the input reaches the terminal raw: control characters and escape sequences are
shown escaped in every message, and the article's hidden characters are reported where they
are (issue 14, point 9)."""

from __future__ import annotations

import pytest
from hostile_inputs import NOTES, untouched

N = "notes/t.yaml"
A = "articles/t.txt"
RAW = ("\x1b", "\x07", "\x9b", "\u202e", "\r")


def _raw_free(lines: list[str]) -> bool:
    return not any(ch in line for line in lines for ch in RAW)


# Controls next to the text the notes name: messages that quote the article show them escaped.
ARTICLE_WITH_CONTROLS = "陳信翰和帕霍基在倫敦見面。\x1b[5m\n他們談到了銀行和長城。\x9b\n"
ESCAPED = [
    pytest.param(
        NOTES + 'notes:\n  - id: x\n    anchor: "陳信翰\\e]0;owned\\a"\n    body: 注。\n',
        [
            f"{N}:5:5: error: note 'x': anchor '陳信翰\\x1b]0;owned\\x07' not found in the article; copy the exact text from the article (either script works)"
        ],
        id="osc-sequence-in-an-anchor",
    ),
    pytest.param(
        NOTES + 'corrections:\n  - find: "\\e[2J\\e[H倫敦"\n    replace: 倫敦\n',
        [
            f"{N}:5:5: error: correction '\\x1b[2J\\x1b[H倫敦' matches 0 times in {A}; find strings match the text after automatic cleaning (see the clean report)"
        ],
        id="clear-screen-in-a-correction",
    ),
    pytest.param(
        NOTES + 'readings:\n  "銀\\u202e行": yín háng\n',
        [f"{N}:5:15: error: reading override '銀\\u202e行': 2 syllables for 3 characters"],
        id="bidi-override-in-a-reading",
    ),
    pytest.param(
        NOTES + 'glossary:\n  - word: "銀\\e[1m行"\n    gloss: bank\n',
        [f"{N}:5:5: error: glossary word '銀\\x1b[1m行' does not occur in the article"],
        id="bold-in-a-glossary-word",
    ),
    pytest.param(
        NOTES + 'editions:\n  - name: a\n    layout: "reader\\e[8m"\n',
        [
            f"{N}:6:13: error: unknown layout 'reader\\x1b[8m'; available: LAYOUTS",
        ],
        id="hidden-text-in-a-layout-name",
    ),
]


@pytest.mark.parametrize(("notes", "lines"), ESCAPED)
def test_messages_show_control_characters_escaped(notes, lines, write_notes, previous_output, cli):
    from edition.render.layouts import known_layouts

    path = write_notes(notes.lstrip("\n"), article=ARTICLE_WITH_CONTROLS)
    out = previous_output("pdf")
    lines = [line.replace("LAYOUTS", ", ".join(known_layouts())) for line in lines]
    code, err = cli("build", str(path))
    assert (code, err) == (1, lines)
    assert _raw_free(err)
    assert untouched(out)


def test_article_quoted_in_a_message_is_escaped(write_notes, previous_output, cli):
    path = write_notes(
        NOTES + "notes:\n  - id: x\n    anchor: 陳信翰\n    body: 注。\n",
        article="陳信翰\x1b[5m說。\n陳信翰\x9b說。\n",
    )
    out = previous_output("pdf")
    code, err = cli("build", str(path))
    assert (code, err) == (
        1,
        [
            f"{N}:5:5: error: note 'x': anchor '陳信翰' occurs 2 times; pick one with 'anchor: {{exact: 陳信翰, occurrence: N}}' or a 'prefix'/'suffix': line 1 '[陳信翰]\\x1b[5m說。'; line 2 '[陳信翰]\\x9b說。'"
        ],
    )
    assert _raw_free(err)
    assert untouched(out)


ARTICLE = "陳信翰\x1b[31m和帕霍基\n在倫\u202e敦見面。\ue000他們\u202e談到了銀\x07行和長城。\n"


def test_hidden_characters_of_the_article_are_warned_at_their_place(write_notes, cli):
    path = write_notes(NOTES, article=ARTICLE)
    expected = [
        f"{A}:1:4: warning: control character U+001B: it prints as an empty box; remove it with a correction",
        f"{A}:2:3: warning: bidi control U+202E (RIGHT-TO-LEFT OVERRIDE): it reorders the text around it where it is shown (and 1 more place); remove it with a correction",
        f"{A}:2:8: warning: private-use character U+E000: it has no meaning outside some font, and prints as an empty box; remove it with a correction",
        f"{A}:2:16: warning: control character U+0007: it prints as an empty box; remove it with a correction",
    ]
    assert cli("check", str(path)) == (0, expected)
    errors = [line.replace(": warning: ", ": error: ", 1) for line in expected]
    assert cli("--strict", "check", str(path)) == (1, errors)


def test_hidden_characters_a_correction_removes_are_not_reported(write_notes, cli):
    path = write_notes(
        NOTES
        + 'corrections:\n  - find: "\\u202e敦"\n    replace: 敦\n  - find: "\\e[31m"\n    replace: ""\n',
        article=ARTICLE,
    )
    assert cli("check", str(path)) == (
        0,
        [
            f"{A}:2:8: warning: private-use character U+E000: it has no meaning outside some font, and prints as an empty box; remove it with a correction",
            f"{A}:2:11: warning: bidi control U+202E (RIGHT-TO-LEFT OVERRIDE): it reorders the text around it where it is shown; remove it with a correction",
            f"{A}:2:16: warning: control character U+0007: it prints as an empty box; remove it with a correction",
        ],
    )


def test_review_table_and_clean_report_escape_the_article(write_notes, capsys):
    from edition.cli.main import main

    path = write_notes(NOTES, article="銀行\x1b[31m行長說他們的行程很長。\n")
    assert main(["-q", "readings", "--tsv", str(path)]) == 0
    table = capsys.readouterr().out.splitlines()
    assert _raw_free(table)
    columns = table[0].count("\t")  # the header: the escapes add no cell
    assert all(row.count("\t") == columns for row in table)
    assert any("\\x1b[31m" in row for row in table)
    assert main(["-q", "clean", str(path)]) == 0
    report = capsys.readouterr().out.splitlines()
    assert _raw_free(report)
    assert report[0] == (
        f"{A}:1:3: warning: control character U+001B: it prints as an empty box; remove it with a correction"
    )


def test_layout_list_shows_control_characters_escaped(extra_layout, capsys):
    """The description of a shared layout is data: it is listed escaped."""
    from edition.cli.main import main

    extra_layout(
        "hostile",
        yaml='description: "looks fine\\e[2K\\rbooklet   A5 study booklet"\npaper: A5\n',
    )
    assert main(["-q", "layouts", "--layouts", "layouts"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert (
        "hostile    looks fine\\x1b[2K\\rbooklet   A5 study booklet  [layouts/hostile/]" in listed
    )
    assert _raw_free(listed)
