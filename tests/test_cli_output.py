"""What the build command prints and where it writes: a 'wrote' line as each edition finishes,
a warnings summary at the end, --out FILE or FOLDER, overrides that get their own file name,
and a missing dependency that says how to set up."""

from __future__ import annotations

import pytest

import edition
import edition.cli.commands
import edition.errors
from edition.cli.main import _parser, main
from edition.pipeline.prepare import load

TWO = """
article: ../articles/t.txt
meta:
  title: 运动会通知
editions:
  - name: a
  - name: b
    layout: reader
"""
# A school notice in Simplified characters, damaged: fourteen characters lost as U+FFFD.
NOTICE = (
    "学校通知：下周一上午八点，全体同学在操场集合，参加春季运动会开幕式。\n"
    "请大家穿好校服，带上水杯和帽子。如果下雨，开幕式改在体育馆举行。\n"
    "运动会共有十二个项目，包括跑步、跳远和拔河。每个班级至少报名五个项目。\n"
    "家长可以在看台观看比赛，但请不要进入跑道。有问题请联系班主任王老师。\n"
)
LOST = "操春校雨体项跑跳拔级家看跑师"


def _damaged() -> str:
    text = NOTICE
    for ch in LOST:
        i = text.index(ch)
        text = text[:i] + "\ufffd" + text[i + 1 :]
    return text


def _err(capsys) -> list[str]:
    return capsys.readouterr().err.splitlines()


def test_wrote_as_each_edition_finishes(write_notes, monkeypatch, capsys):
    """When the second edition starts, the first one's 'wrote' line is already out."""
    notes = write_notes(TWO, article=NOTICE)
    monkeypatch.setattr("edition.cli.workers.cpus", lambda: 1)  # one after the other
    make_one = edition.cli.commands.make_one
    seen_at_start: dict[str, str] = {}

    def spy(layer, ed, *rest, **kw):
        seen_at_start[ed.name] = capsys.readouterr().err
        return make_one(layer, ed, *rest, **kw)

    monkeypatch.setattr(edition.cli.commands, "make_one", spy)
    assert main(["build", "--format", "html", str(notes)]) == 0
    assert "wrote output/t-a.html" in seen_at_start["b"]
    assert "wrote" not in seen_at_start["a"]
    last = _err(capsys)[-1]
    assert last.startswith("2 of 2 editions built in ")
    assert last.endswith(" s")


def test_article_warnings_past_ten_are_counted_not_printed(write_notes, capsys):
    notes = write_notes(TWO, article=_damaged())
    assert main(["build", "--format", "html", str(notes)]) == 0
    err = _err(capsys)
    lost = [line for line in err if ": warning: lost character" in line]
    assert len(lost) == 10
    assert lost[0].startswith("articles/t.txt:1:2: warning: lost character '\ufffd' in '")
    assert err[-1].endswith("; 14 warnings (4 not shown, see --verbose)")
    assert main(["-v", "build", "--format", "html", str(notes)]) == 0
    err = _err(capsys)
    assert len([line for line in err if ": warning: lost character" in line]) == 14
    assert err[-1].endswith("; 14 warnings")
    assert main(["check", str(notes)]) == 0
    assert _err(capsys)[-2:] == [
        "notes/t.yaml: 2 editions, 0 notes, 0 glossary entries, 14 warnings "
        "(4 not shown, see --verbose)",
        "0 automatic repairs, 14 spots need you (see clean --diff)",
    ]


def test_out_folder_gets_each_edition_under_its_name(project_dir, write_notes, capsys):
    notes = write_notes(TWO, article=NOTICE)
    assert main(["-q", "build", "--format", "html", str(notes), "--out", "dist/"]) == 0
    assert sorted(p.name for p in (project_dir / "dist").iterdir()) == ["t-a.html", "t-b.html"]
    (project_dir / "other").mkdir()
    assert main(["-q", "build", "--format", "html", str(notes), "--out", "other"]) == 0
    assert sorted(p.name for p in (project_dir / "other").iterdir()) == ["t-a.html", "t-b.html"]
    assert not (project_dir / "output").exists()


def test_out_file_needs_one_edition(write_notes, capsys):
    notes = write_notes(TWO, article=NOTICE)
    with pytest.raises(SystemExit) as info:
        main(["build", str(notes), "--out", "x.pdf"])
    assert info.value.code == 2
    assert _err(capsys) == [
        "make_edition.py: error: --out x.pdf names one file for 2 editions: add --edition NAME, "
        "or give a folder"
    ]


def test_out_without_extension_is_a_folder_for_several_editions(write_notes, project_dir):
    notes = write_notes(TWO, article=NOTICE)
    assert main(["-q", "build", "--format", "html", str(notes), "--out", "new/proofs"]) == 0
    found = sorted(p.name for p in (project_dir / "new" / "proofs").iterdir())
    assert found == ["t-a.html", "t-b.html"]


@pytest.mark.parametrize(
    ("argv", "names"),
    [
        ([], ["t-a.pdf", "t-b.pdf"]),
        (["--script", "t2s"], ["t-a-t2s.pdf", "t-b-t2s.pdf"]),
        (["--layout", "reader"], ["t-a-reader.pdf", "t-b.pdf"]),  # b's layout already
        (
            ["--impose", "saddle", "--bleed", "3"],
            ["t-a-saddle-bleed3.pdf", "t-b-saddle-bleed3.pdf"],
        ),
        (
            ["--pdf-variant", "pdf/a-3b", "--proof"],
            ["t-a-proof-pdfa-3b.pdf", "t-b-proof-pdfa-3b.pdf"],
        ),
        (
            ["--pinyin", "glossary", "--tone-colors"],
            ["t-a-pinyin-glossary-tone-colors.pdf", "t-b-pinyin-glossary-tone-colors.pdf"],
        ),
        (
            ["--notes", "endnotes", "--style", "zhuyin"],
            ["t-a-zhuyin-endnotes.pdf", "t-b-zhuyin-endnotes.pdf"],
        ),
        (["--paper", "A5 landscape"], ["t-a-a5-landscape.pdf", "t-b-a5-landscape.pdf"]),
    ],
)
def test_an_override_gets_its_own_file_name(argv, names, write_notes):
    notes = write_notes(TWO, article=NOTICE)
    args = _parser().parse_args(["build", str(notes), *argv])
    editions = edition.cli.commands._selected(load(notes), args)
    assert [e.output for e in editions] == names


THREE = TWO + "  - name: c\n"


def test_edition_repeated_builds_each_named_one(write_notes, capsys):
    notes = write_notes(THREE, article=NOTICE)
    args = _parser().parse_args(["build", str(notes), "--edition", "c", "--edition", "a"])
    editions = edition.cli.commands._selected(load(notes), args)
    assert [e.name for e in editions] == ["a", "c"]  # the file's order
    args = _parser().parse_args(["build", str(notes), "--edition", "a", "--edition", "x"])
    with pytest.raises(edition.errors.EditionError) as info:
        edition.cli.commands._selected(load(notes), args)
    assert [p.message for p in info.value.problems] == [
        "no edition named 'x'; the file declares: a, b, c"
    ]


def test_override_leaves_the_editions_own_file(project_dir, write_notes, capsys):
    notes = write_notes(TWO, article=NOTICE)
    own = project_dir / "output" / "t-a.html"
    own.parent.mkdir()
    own.write_text("previous", encoding="utf-8")
    argv = ["-q", "build", "--format", "html", "--edition", "a", "--script", "s2twp", str(notes)]
    assert main(argv) == 0
    assert own.read_text(encoding="utf-8") == "previous"
    assert "<title>運動會通知" in (project_dir / "output" / "t-a-s2twp.html").read_text("utf-8")


@pytest.mark.parametrize(
    ("name", "code", "message"),
    [
        (
            "weasyprint",
            1,
            "make_edition.py: error: the Python module 'weasyprint' is not installed; run 'make "
            "setup' in the checkout (it installs the dependencies into .venv), then use "
            ".venv/bin/python make_edition.py, or 'pip install .' into your own environment",
        ),
        (
            "edition.render.gone",
            3,
            "internal error: ModuleNotFoundError: No module named 'edition.render.gone' (run "
            "again with --debug for the traceback)",
        ),
    ],
)
def test_missing_module(name, code, message, write_notes, monkeypatch, capsys):
    def missing(_args):
        raise ModuleNotFoundError(f"No module named '{name}'", name=name)

    monkeypatch.setattr(edition.cli.commands, "check", missing)
    assert main(["check", str(write_notes(TWO, article=NOTICE))]) == code
    assert _err(capsys) == [message]


COMMANDS = (
    "build",
    "check",
    "clean",
    "readings",
    "pinyin",
    "new",
    "completion",
    "layouts",
    "serve",
    "cache",
)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_version_a_description_and_examples(command, capsys):
    with pytest.raises(SystemExit) as info:
        main([command, "--version"])
    assert (info.value.code, capsys.readouterr().out) == (0, f"edition {edition.__version__}\n")
    with pytest.raises(SystemExit):
        main([command, "--help"])
    help_text = capsys.readouterr().out
    usage, description = help_text.split("\n\n")[:2]
    assert usage.startswith(f"usage: make_edition.py {command} ")
    assert len(description.split()) >= 10  # a sentence or more, not the one-line help
    examples = help_text.split("examples:\n")[1].splitlines()
    assert examples
    assert all("make_edition.py" in line for line in examples)


@pytest.mark.parametrize(
    ("argv", "unknown"),
    [
        (["pinyin", "--strict"], "--strict"),
        (["pinyin", "--max-seconds", "5"], "--max-seconds"),
        (["new", "story.txt", "--layouts", "x"], "--layouts"),
        (["clean", "n.yaml", "--max-seconds", "5"], "--max-seconds"),
    ],
)
def test_options_only_where_they_apply(argv, unknown, capsys):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert (
        capsys.readouterr()
        .err.splitlines()[-1]
        .startswith(f"make_edition.py: error: unrecognized arguments: {unknown}")
    )


def test_output_to_a_reader_that_goes_away(tmp_path):
    """'edition pinyin < long.txt | head -1': no 'internal error', the status of SIGPIPE."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    long_text = tmp_path / "long.txt"
    long_text.write_text("他們在銀行門口見面，談到了長城和重慶。\n" * 20000, encoding="utf-8")
    with long_text.open("rb") as stdin:
        proc = subprocess.Popen(
            [sys.executable, str(ROOT / "make_edition.py"), "pinyin"],
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=tmp_path,
        )
    first = proc.stdout.readline()
    proc.stdout.close()  # the reader goes away with most of the output unread
    err = proc.stderr.read().decode("utf-8")
    assert proc.wait(timeout=120) == 141
    assert first.decode("utf-8").startswith("tā men zài yín háng")
    assert err == ""


def test_paper_on_the_command_line_sets_the_page_size(write_notes, project_dir):
    from pypdf import PdfReader

    notes = write_notes(TWO, article=NOTICE)
    assert main(["-q", "build", str(notes), "--edition", "b", "--paper", "148mm 210mm"]) == 0
    box = PdfReader(str(project_dir / "output" / "t-b-148mm-210mm.pdf")).pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (148, 210)


@pytest.mark.parametrize(
    ("paper", "message"),
    [
        (
            "A9",
            "unknown paper 'A9'; expected one of A3, A4, A5, A6, B4, B5, JIS-B4, JIS-B5, letter, "
            "legal, ledger (optionally 'landscape') or 'WIDTH HEIGHT' such as '148mm 210mm'",
        ),
        ("10mm 20mm", "paper '10mm 20mm': each side must be from 50 mm to 1200 mm"),
    ],
)
def test_a_bad_paper_on_the_command_line_is_a_usage_error(paper, message, write_notes, capsys):
    notes = write_notes(TWO, article=NOTICE)
    with pytest.raises(SystemExit) as info:
        main(["build", str(notes), "--paper", paper])
    assert info.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1].endswith(f"error: argument --paper: {message}")


COVER = """
article: ../articles/t.txt
meta:
  title: 二年级（3）班家长通讯·第十二期
  subtitle: 附：讲给孩子听的小故事
  author: 王晓红
  date: 2020-12-10
editions:
  - name: b
    layout: pinyin
"""


def test_the_pinyin_cover_stays_one_page_on_a5(write_notes, project_dir):
    from tests.pdfcheck import pages_text, squeeze

    notes = write_notes(COVER, article=NOTICE)
    assert main(["-q", "build", str(notes), "--paper", "A5"]) == 0
    pages = [squeeze(t) for t in pages_text(project_dir / "output" / "t-b-a5.pdf")]
    assert "拼音朗读版" in pages[0]  # the edition note on the cover, not on a page of its own
    assert "学校通知" in pages[1]
