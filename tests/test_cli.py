"""The command line: exit codes and the one-line error format, on small projects."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from edition.cli.main import main

ROOT = Path(__file__).resolve().parent.parent

GOOD = """
article: ../articles/t.txt
meta:
  title: 測試
editions:
  - name: booklet
    layout: booklet
notes:
  - id: chen
    anchor: 陳信翰
    body: 研究主管。
"""


def run(argv, capsys):
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.err.strip().splitlines()


def test_check_good_file(write_notes, capsys):
    notes = write_notes(GOOD)
    code, err = run(["-q", "check", str(notes)], capsys)
    assert code == 0, err


def test_broken_yaml(write_notes, capsys):
    notes = write_notes("article: ../articles/t.txt\nmeta: {title: [x\n")
    code, err = run(["check", str(notes)], capsys)
    assert code == 1
    assert err == [
        "notes/t.yaml:3:1: error: YAML syntax: expected ',' or ']', but got '<stream end>'"
    ]


def test_missing_anchor(write_notes, capsys):
    notes = write_notes(GOOD.replace("anchor: 陳信翰", "anchor: 奧特曼"))
    code, err = run(["check", str(notes)], capsys)
    assert code == 1
    assert err == [
        "notes/t.yaml:8:5: error: note 'chen': anchor '奧特曼' not found in the article; copy the exact text from the article (either script works)"
    ]


def test_every_schema_problem_at_once(write_notes, capsys):
    notes = write_notes(
        GOOD.replace("layout: booklet", "layout: bookelt\n    pinyn: all").replace(
            "body: 研究主管。", "bodi: 研究主管。"
        )
    )
    code, err = run(["check", str(notes)], capsys)
    assert code == 1
    assert err == [
        "notes/t.yaml:6:13: error: unknown layout 'bookelt'; available: "
        + ", ".join(sorted(p.parent.name for p in (ROOT / "layouts").glob("*/layout.yaml"))),
        "notes/t.yaml:7:5: error: unknown key 'pinyn' in an edition (did you mean 'pinyin'?)",
        "notes/t.yaml:9:5: error: note 'chen' needs a 'body'",
        "notes/t.yaml:11:5: error: unknown key 'bodi' in a note (did you mean 'body'?)",
    ]


def test_occurrence_beside_the_anchor_says_where_it_goes(write_notes, capsys):
    notes = write_notes(GOOD.replace("    body:", "    occurrence: 2\n    body:"))
    code, err = run(["check", str(notes)], capsys)
    assert code == 1
    assert err == [
        "notes/t.yaml:10:5: error: unknown key 'occurrence' in a note (it goes inside the "
        "anchor: 'anchor: {exact: ..., occurrence: ...}')"
    ]


def test_missing_notes_file(project_dir, capsys):
    code, err = run(["check", "notes/nope.yaml"], capsys)
    assert code == 1
    assert err == ["notes/nope.yaml:1: error: notes file not found"]


def test_usage_error_exit_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["build"])
    assert info.value.code == 2


def test_unknown_layout_flag_is_usage_error(write_notes, capsys):
    notes = write_notes(GOOD)
    with pytest.raises(SystemExit) as info:
        main(["build", str(notes), "--layout", "nope"])
    assert info.value.code == 2


def test_failed_build_leaves_previous_output(write_notes, project_dir, capsys):
    notes = write_notes(GOOD.replace("anchor: 陳信翰", "anchor: 奧特曼"))
    out = project_dir / "output" / "t-booklet.pdf"
    out.parent.mkdir()
    out.write_bytes(b"previous")
    code, _ = run(["build", str(notes)], capsys)
    assert code == 1
    assert out.read_bytes() == b"previous"
    assert [p.name for p in out.parent.iterdir()] == ["t-booklet.pdf"]


def test_no_traceback_from_the_command(tmp_path):
    proc = subprocess.run(
        [sys.executable, str(ROOT / "make_edition.py"), "check", "missing.yaml"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert proc.stderr.strip() == "missing.yaml:1: error: notes file not found"


def test_editions_of_one_article_print_a_shared_warning_once(write_notes, capsys):
    two = GOOD.replace(
        "editions:\n  - name: booklet\n    layout: booklet\n",
        "editions:\n  - name: a\n  - name: b\n    script: t2s\n",
    )
    notes = write_notes(two, article="陳信翰和 Przemys?aw 在倫敦見面。\n")
    code, err = run(["-q", "build", str(notes), "--format", "html"], capsys)
    assert code == 0
    assert len(err) == 1, err
    assert err[0].startswith("articles/t.txt:1:13: warning: '?' in 'Przemys?aw' stands for a letter")
