"""Hostile and broken articles: each is refused with one exact line, or builds with exact warnings."""

from __future__ import annotations

import signal
import time

import pytest
from hostile_inputs import NOTES, untouched

A = "articles/t.txt"

REFUSED = [
    pytest.param(b"", f"{A}:1: error: the article is empty", id="empty-file"),
    pytest.param(b" \n\n\t\n", f"{A}:1: error: the article is empty", id="only-whitespace"),
    pytest.param(
        bytes(range(256)) * 4,
        f"{A}:2: error: cannot decode the file: byte 0x80 at offset 128 is not UTF-8, and the file is not GB18030 or Big5 either; save it as UTF-8 and try again",
        id="binary-junk",
    ),
    pytest.param(
        "陳信翰\x00見面。\n".encode(),
        f"{A}:1:4: error: the article contains a NUL character: it is a binary file, not text",
        id="nul-in-utf8",
    ),
    pytest.param(
        ("これは日本語の文章です。東京で会議が開かれました。" * 5).encode("shift_jis"),
        f"{A}:1: error: cannot decode the file: byte 0x82 at offset 0 is not UTF-8, and read as GB18030 it is not plausible Chinese (another encoding?); save it as UTF-8 and try again",
        id="unknown-encoding-shift-jis",
    ),
    pytest.param(
        ("이것은 한국어 문장입니다. 서울에서 회의가 열렸습니다. " * 5).encode("euc-kr"),
        f"{A}:1: error: cannot decode the file: byte 0xc0 at offset 0 is not UTF-8, and read as GB18030 it is not plausible Chinese (another encoding?); save it as UTF-8 and try again",
        id="unknown-encoding-euc-kr",
    ),
    pytest.param(
        b"\xef\xbb\xbf\xe9\x99\xb3\xff\n",
        f"{A}:1: error: cannot decode the file: byte 0xff at offset 6 is not UTF-8 (it starts with a UTF-8 BOM); save it as UTF-8 and try again",
        id="broken-utf8-after-bom",
    ),
    pytest.param(
        b"OpenAI's research chiefs talk about reasoning.\nNothing here is Chinese.\n",
        f"{A}:1: error: the article contains no Chinese characters; check the 'article' path in the notes file",
        id="only-latin-text",
    ),
]


@pytest.mark.parametrize(("article", "line"), REFUSED)
def test_refused_article(article, line, project_dir, write_notes, cli):
    notes = write_notes(NOTES)
    (project_dir / A).write_bytes(article)
    assert cli("check", str(notes)) == (1, [line])


def test_article_over_5_mb_is_refused_naming_the_option(write_notes, cli):
    notes = write_notes(NOTES, article="陳信翰和帕霍基在倫敦見面。\n" * 150_000)  # 5.7 MB
    assert cli("check", str(notes)) == (
        1,
        [
            f"{A}:1: error: the article is 5.7 MB, more than the limit of 5 MB; if it really is one article, raise the limit with --max-article-mb 6"
        ],
    )


def test_size_bound_is_configurable(write_notes, cli):
    notes = write_notes(NOTES, article="陳信翰和帕霍基在倫敦見面。\n" * 4000)  # 0.15 MB
    assert cli("--max-article-mb", "0.1", "check", str(notes)) == (
        1,
        [
            f"{A}:1: error: the article is 0.2 MB, more than the limit of 0.1 MB; if it really is one article, raise the limit with --max-article-mb 1"
        ],
    )
    assert cli("check", "--max-article-mb", "1", str(notes)) == (0, [])


@pytest.mark.parametrize("value", ["0", "-1", "lots", "nan"])
def test_bad_bound_is_a_usage_error(value, write_notes, cli):
    notes = write_notes(NOTES)
    code, err = cli("check", "--max-article-mb", value, str(notes))
    assert code == 2
    expected = f"'{value}' is not a number" if value == "lots" else f"'{value}' must be more than 0"
    assert err[-1] == f"make_edition.py check: error: argument --max-article-mb: {expected}"


def test_paragraph_of_100000_characters_without_punctuation_passes(write_notes, cli):
    """Measured: the stages are linear in the paragraph (check ~6 s; the whole PDF ~35 s CPU, 156
    pages, against ~9 s for 25,000 characters), so it is not refused; --max-seconds bounds it."""
    text = ("陳信翰和帕霍基在倫敦見面他們談到了銀行和長城研究主管說" * 4000)[:100_000]
    notes = write_notes(NOTES, article=text + "\n")
    started = time.process_time()
    assert cli("check", str(notes)) == (0, [])
    assert time.process_time() - started < 60


# Long enough to outlast the bound even with every model loaded and nothing cached.
SLOW_ARTICLE = "陳信翰和帕霍基在倫敦見面，談到了銀行、長城和推理模型的未來。\n" * 300


def test_build_over_the_time_bound_is_stopped(write_notes, previous_output, cli, monkeypatch):
    monkeypatch.setenv("EDITION_NO_CACHE", "1")
    notes = write_notes(NOTES, article=SLOW_ARTICLE)
    out = previous_output("html")
    code, err = cli("build", "--format", "html", "--max-seconds", "0.01", str(notes))
    assert (code, err) == (
        1,
        [
            "notes/t.yaml:1: error: edition 'booklet' stopped after 0.01 s (the time limit); nothing was written; raise the limit with --max-seconds N, or 0 for none"
        ],
    )
    assert untouched(out)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is signal.SIG_DFL


def test_time_bound_names_the_edition_where_declared(write_notes, cli, monkeypatch):
    monkeypatch.setenv("EDITION_NO_CACHE", "1")
    notes = write_notes(
        NOTES + "editions:\n  - name: a5\n    layout: booklet\n", article=SLOW_ARTICLE
    )
    code, err = cli("build", "--format", "html", "--max-seconds", "0.01", str(notes))
    assert (code, err) == (
        1,
        [
            "notes/t.yaml:5:5: error: edition 'a5' stopped after 0.01 s (the time limit); nothing was written; raise the limit with --max-seconds N, or 0 for none"
        ],
    )


def test_characters_outside_the_fonts_build_with_a_warning_at_their_place(
    project_dir, write_notes, cli
):
    """𠀋 (Extension B, in Noto Serif CJK) prints; 𪚥 and 😀 are in no shipped font: a warning
    each, at the first place, and the build goes on; the characters stay in the text layer."""
    from pdfcheck import pages_text, squeeze

    notes = write_notes(
        NOTES + "notes:\n  - id: e\n    anchor: 見面\n    body: 笑😀\n",
        article="陳信翰和𠀋在倫敦見面。😀\n他們談到了𪚥和長城。😀\n",
    )
    code, err = cli("build", str(notes))
    assert code == 0
    # the edition's own problems come last, each once, sorted by place
    assert err[-3:] == [
        f"{A}:1:12: warning: '😀' (U+1F600) is in none of the edition's fonts: it prints as an empty box (and 1 more place); replace it with a correction",
        f"{A}:2:6: warning: '𪚥' (U+2A6A5) is in none of the edition's fonts: it prints as an empty box; replace it with a correction",
        "notes/t.yaml:5:5: warning: note 'e': '😀' (U+1F600) is in none of the edition's fonts: it prints as an empty box; replace it with a correction",
    ]
    for line in err[:-3]:  # what the ruby font and WeasyPrint log about the same characters
        assert line.startswith(
            (
                "ruby font: 𪚥 not in ",
                "warning: WeasyPrint: .notdef glyph rendered for Unicode string unsupported by fonts: ",
            )
        ), line
    text = squeeze("".join(pages_text(project_dir / "output" / "t-booklet.pdf")))
    assert "𠀋" in text
    assert "𪚥" in text
    assert "😀" in text
    from pdfcheck import fonts

    # never a system font, even for characters none of ours has (the machine has DejaVu)
    assert {
        row["name"].split("+", 1)[-1].split("-")[0]
        for row in fonts(project_dir / "output" / "t-booklet.pdf")
    } == {"Edition"}


def test_check_warns_of_characters_outside_the_fonts_as_the_build_does(write_notes, cli):
    notes = write_notes(
        NOTES + "editions:\n  - name: p\n  - name: e\n    format: epub\n",
        article="陳信翰和帕霍基見面。😀\n",
    )
    code, err = cli("check", str(notes))
    assert code == 0
    # once for the two editions: the EPUB leaves the characters to the reader's own fonts
    assert err[0] == (
        f"{A}:1:11: warning: '😀' (U+1F600) is in none of the edition's fonts: it prints as an "
        "empty box; replace it with a correction"
    )
    assert [line for line in err if "none of the edition's fonts" in line] == err[:1]
    code, err = cli("--strict", "check", str(notes))
    assert code == 1


def test_strict_makes_the_font_warning_fatal(project_dir, write_notes, previous_output, cli):
    notes = write_notes(NOTES, article="陳信翰和帕霍基見面。😀\n")
    out = previous_output("pdf")
    code, err = cli("build", "--strict", str(notes))
    assert code == 1
    assert (
        err[-1]
        == f"{A}:1:11: error: '😀' (U+1F600) is in none of the edition's fonts: it prints as an empty box; replace it with a correction"
    )
    assert untouched(out)
