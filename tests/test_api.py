"""The public API: ``edition.build(notes, edition=...)`` and ``edition.readings(text)``."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
from pdfcheck import pages_text, squeeze

import edition
from edition.errors import EditionError

ROOT = Path(__file__).resolve().parent.parent
NOTES = """
article: ../articles/t.txt
meta:
  title: 測試
editions:
  - name: a
  - name: b
    layout: reader
    script: t2s
"""
ARTICLE = "陳信翰和帕霍基在倫敦見面。\n他們談到了銀行和長城。\n"


def test_readings_of_a_text():
    assert edition.readings("銀行和長城") == [
        ("銀", "yín"),
        ("行", "háng"),
        ("和", "hé"),
        ("長", "cháng"),
        ("城", "chéng"),
    ]
    assert edition.readings("重庆 ok", "numbers") == [
        ("重", "chong2"),
        ("庆", "qing4"),
        (" ", None),
        ("o", None),
        ("k", None),
    ]
    assert [r for _c, r in edition.readings("長城", style="zhuyin")] == ["ㄔㄤˊ", "ㄔㄥˊ"]


@pytest.mark.parametrize(
    "first",
    ["import edition", "import edition.readings.engine", "from edition.readings import styles"],
)
def test_readings_is_callable_whatever_was_imported_first(first):
    """``edition.readings`` is the subpackage too: importing a submodule sets the attribute."""
    code = (
        f"{first}\nimport edition, edition.pipeline.prepare\n"
        "import edition.readings as package\n"
        "assert edition.readings is package\n"
        "print(edition.readings('銀行')[1][1])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout == "háng\n"


def test_build_one_edition(write_notes, project_dir, caplog):
    notes = write_notes(NOTES, article="陳信翰和 Przemys?aw 在倫敦見面。\n")
    with caplog.at_level(logging.WARNING, logger="edition"):
        written = edition.build(notes, edition="a")
    assert written == [Path("output/t-a.pdf")]
    assert "陳信翰和Przemys?aw在倫敦見面。" in squeeze(
        "".join(pages_text(project_dir / written[0]))
    )
    assert [r.getMessage() for r in caplog.records] == [
        "articles/t.txt:1:13: warning: '?' in 'Przemys?aw' stands for a letter GBK lacks "
        "(likely ł, ę, ą, ś, ő, ö, ä, ñ, ç, š, č…); add a correction"
    ]
    assert not (project_dir / "output" / "t-b.pdf").exists()


def test_build_every_edition_as_html_into_a_folder(write_notes, project_dir):
    notes = write_notes(NOTES, article=ARTICLE)
    written = edition.build(str(notes), out=project_dir / "site", format="html")
    assert written == [project_dir / "site" / "t-a.html", project_dir / "site" / "t-b.html"]
    assert "<title>测试" in written[1].read_text(encoding="utf-8")


def test_build_problems_raise(write_notes):
    notes = write_notes(NOTES, article=ARTICLE)
    with pytest.raises(EditionError) as info:
        edition.build(notes, edition="c")
    assert [str(p) for p in info.value.problems] == [
        "notes/t.yaml:1: error: no edition named 'c'; the file declares: a, b"
    ]
