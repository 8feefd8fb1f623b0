"""Hostile and broken notes files: unsafe YAML, wrong types, anchors and corrections that cannot work."""

from __future__ import annotations

import re

import pytest
from hostile_inputs import NOTES

N = "notes/t.yaml"

REFUSED = [
    pytest.param(
        "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n",
        [
            f"{N}:1:4: error: YAML aliases (*name) are not supported in notes files; write the value out"
        ],
        id="billion-laughs",
    ),
    pytest.param(
        NOTES + "notes: !!python/object/apply:os.system ['echo owned']\n",
        [
            f"{N}:4:8: error: unsupported YAML tag 'tag:yaml.org,2002:python/object/apply:os.system'; notes files hold plain text, numbers, lists and mappings"
        ],
        id="python-tag",
    ),
    pytest.param(
        NOTES + "base: &m {title: x}\nmore:\n  <<: *m\n",
        [f"{N}:6:3: error: YAML merge keys (<<) are not supported in notes files"],
        id="merge-key",
    ),
    pytest.param(
        NOTES + "x: " + "[" * 5000 + "]" * 5000 + "\n",
        [
            f"{N}:4:53: error: lists and mappings nested more than 50 deep; a notes file needs a few levels"
        ],
        id="deep-nesting",
    ),
    pytest.param(  # within libyaml's own limit: found by its parser, at the same place
        NOTES + "x: " + "[" * 60 + "]" * 60 + "\n",
        [
            f"{N}:4:53: error: lists and mappings nested more than 50 deep; a notes file needs a few levels"
        ],
        id="deep-nesting-60",
    ),
    pytest.param(
        NOTES + "meta:\n  title: 又一個\n",
        [f"{N}:4:1: error: duplicate key 'meta' (first at line 2)"],
        id="duplicate-key",
    ),
    pytest.param(
        "article: ../articles/t.txt\nmeta:\n\ttitle: 測試\n",
        [f"{N}:3:1: error: YAML syntax: found character '\\t' that cannot start any token"],
        id="tab-indentation",
    ),
    pytest.param(
        "- article\n- meta\n",
        [f"{N}:1: error: a notes file is a YAML mapping with at least 'article:' and 'meta:'"],
        id="not-a-mapping",
    ),
    pytest.param(
        NOTES + "notes:\n  - id: chen\n    anchor: 陳信翰\n    body: [研究, 主管]\n",
        [
            f"{N}:5:5: error: note 'chen' needs a 'body'",
            f"{N}:7:11: error: 'body' in a note must be text, not a list",
        ],
        id="wrong-type",
    ),
    pytest.param(
        NOTES + "editions:\n  - name: x\n    bleed: .inf\n    sandhi: yes please\n",
        [
            f"{N}:6:12: error: 'bleed' is in millimetres, from 0 to 20",
            f"{N}:7:13: error: 'sandhi' in an edition must be true or false, not text",
        ],
        id="wrong-values",
    ),
    pytest.param(
        NOTES + "editions:\n  - name: x\n    output: ../../etc/cron.d/x.pdf\n",
        [f"{N}:6:13: error: 'output' is a file name inside output/, without folders"],
        id="output-outside-output",
    ),
    pytest.param(
        NOTES + "editions:\n  - name: x\n    layout: nope\n",
        [f"{N}:6:13: error: unknown layout 'nope'; available: LAYOUTS"],
        id="unknown-layout",
    ),
    pytest.param(
        NOTES
        + "corrections:\n  - find: \"陳信翰和帕霍基在倫敦見面。\\n他們談到了銀行和長城。\\n\"\n    replace: ''\n",
        [
            f"{N}:5:5: error: correction '陳信翰和帕霍基在倫敦見面。\\n他們談到了銀行和長城。\\n' would delete the whole text; refused"
        ],
        id="correction-deletes-everything",
    ),
    pytest.param(
        NOTES + "readings:\n  銀行: yín\n",
        [f"{N}:5:7: error: reading override '銀行': 1 syllables for 2 characters"],
        id="override-too-few-syllables",
    ),
    pytest.param(
        NOTES + "readings:\n  長城: cháng chéng qiáng\n",
        [f"{N}:5:7: error: reading override '長城': 3 syllables for 2 characters"],
        id="override-too-many-syllables",
    ),
    pytest.param(
        NOTES + "notes:\n  - id: x\n    anchor: '.*'\n    body: 注。\n",
        [
            f"{N}:5:5: error: note 'x': anchor '.*' not found in the article; copy the exact text from the article (either script works)"
        ],
        id="regex-anchor-matches-nothing",
    ),
]


@pytest.mark.parametrize(("notes", "lines"), REFUSED)
def test_refused_notes(notes, lines, write_notes, cli):
    from edition.render.layouts import known_layouts

    path = write_notes(notes.lstrip("\n"))
    lines = [line.replace("LAYOUTS", ", ".join(known_layouts())) for line in lines]
    assert cli("check", str(path)) == (1, lines)


def test_notes_file_not_utf8(project_dir, write_notes, cli):
    """Decoded as articles are (GB18030, Big5, UTF-16 with BOM), with a warning."""
    path = write_notes(NOTES)
    text = "article: ../articles/t.txt\nmeta:\n  title: 陳信翰和帕霍基在倫敦見面\n"
    path.write_bytes(text.encode("big5"))
    warning = (
        f"{N}:1: warning: read as BIG5, not UTF-8; save the notes file as UTF-8 so that every "
        "editor and tool reads it the same"
    )
    assert cli("check", str(path)) == (0, [warning])
    path.write_bytes(text.encode("utf-16"))
    assert cli("check", str(path)) == (0, [warning.replace("BIG5", "UTF-16")])


def test_notes_file_not_text(project_dir, write_notes, cli):
    path = write_notes(NOTES)
    path.write_bytes(b"article: ../articles/t.txt\nmeta:\n  title: \x80\xff\xfe\n")
    assert cli("check", str(path)) == (
        1,
        [
            f"{N}:3: error: cannot decode the file: byte 0x80 at offset 42 is not UTF-8, and the file is not GB18030 or Big5 either; save it as UTF-8 and try again"
        ],
    )


def test_unknown_layout_option_is_a_usage_error(write_notes, cli):
    from edition.render.layouts import known_layouts

    path = write_notes(NOTES)
    assert cli("build", str(path), "--layout", "../../etc") == (
        2,
        [
            f"make_edition.py: error: unknown --layout '../../etc'; expected one of: {', '.join(known_layouts())}"
        ],
    )


def test_anchor_of_regex_metacharacters_is_taken_literally(write_notes, cli, project_dir):
    meta = ".*+?[](){}|^$\\"
    path = write_notes(
        NOTES + f"notes:\n  - id: meta\n    anchor: '{meta}'\n    body: 元字符。\n",
        article=f"陳信翰寫了{meta}和長城。\n他們談到了銀行。\n",
    )
    assert cli("build", "--format", "html", str(path)) == (0, [])
    html = (project_dir / "output" / "t-booklet.html").read_text(encoding="utf-8")
    assert html.count("元字符。") == 1


def test_overlapping_notes_both_print_in_reading_order(write_notes, cli, project_dir):
    """Overlapping anchors are allowed: each call follows its own anchor's last character."""
    path = write_notes(
        NOTES
        + "notes:\n  - id: b\n    anchor: 信翰和帕\n    body: 乙注。\n  - id: a\n    anchor: 陳信翰\n    body: 甲注。\n  - id: c\n    anchor: 陳信翰\n    body: 丙注。\n"
    )
    assert cli("build", "--format", "html", str(path)) == (0, [])
    html = (project_dir / "output" / "t-booklet.html").read_text(encoding="utf-8")
    assert re.findall("[甲乙丙]注", html) == ["甲注", "丙注", "乙注"]
