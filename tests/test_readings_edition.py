"""The readings of an edition: the 'neutral' option, Simplified editions of Traditional text,
overrides that would break a word, glossary readings over their word."""

from __future__ import annotations

from edition.cli.main import main
from edition.notes.layer import load_layer
from edition.pipeline.prepare import prepare

ARTICLE = "他們在這個地方看著東西，效果顯著。\n麵要和得軟一點。\n"
NOTES = """
article: ../articles/t.txt
meta:
  title: 測試
editions:
  - name: b
    layout: booklet
{options}
{extra}
"""


def _prepared(write_notes, options: str = "", extra: str = "", edition: str = "b"):
    path = write_notes(NOTES.format(options=options, extra=extra), article=ARTICLE)
    layer = load_layer(path)
    ed = next(e for e in layer.editions if e.name == edition)
    return prepare(layer, ed)


def _syllables(prepared, text: str) -> list[str]:
    start = prepared.text.index(text)
    out: list[str] = []
    for para in prepared.paragraphs:
        for tok in para.tokens:
            for j, r in enumerate(tok.readings):
                if start <= tok.start + j < start + len(text) and r is not None:
                    out.append(r.syllable)
    return out


def test_neutral_tones_as_the_dictionary_has_them(write_notes):
    prepared = _prepared(write_notes)
    assert _syllables(prepared, "地方") == ["di4", "fang5"]
    assert _syllables(prepared, "東西") == ["dong1", "xi5"]


def test_neutral_full_restores_full_tones(write_notes):
    prepared = _prepared(write_notes, "    neutral: full")
    assert _syllables(prepared, "地方") == ["di4", "fang1"]
    assert _syllables(prepared, "看著") == ["kan4", "zhe5"]  # 著 has no full tone spelt zhe


def test_unknown_neutral_mode_is_an_error(write_notes, capsys):
    notes = write_notes(NOTES.format(options="    neutral: light", extra=""), article=ARTICLE)
    assert main(["check", str(notes)]) == 1
    assert capsys.readouterr().err.strip() == (
        "notes/t.yaml:7:14: error: unknown neutral 'light'; expected one of: dictionary, full"
    )


def test_neutral_flag_overrides_the_notes_file(write_notes, project_dir):
    notes = write_notes(NOTES.format(options="", extra=""), article=ARTICLE)
    assert main(["-q", "build", str(notes), "--format", "html", "--neutral", "full"]) == 0
    page = next((project_dir / "output").glob("t-b*.html")).read_text(encoding="utf-8")
    assert "fāng" in page


def test_simplified_edition_writes_zhe_as_read(write_notes):
    prepared = _prepared(write_notes, "    script: t2s")
    assert "看着东西" in prepared.text
    assert "效果显著" in prepared.text  # zhù stays 著
    assert _syllables(prepared, "看着") == ["kan4", "zhe5"]


def test_one_character_override_stays_out_of_words(write_notes):
    prepared = _prepared(write_notes, extra="readings:\n  著: zhuó")
    assert _syllables(prepared, "看著") == ["kan4", "zhuo2"]
    assert _syllables(prepared, "顯著") == ["xian3", "zhu4"]
    assert [str(w) for w in prepared.warnings] == [
        "notes/t.yaml:9:3: warning: reading override '著' is not applied inside the word "
        "'顯著' (xiǎn zhù): it would break the word; anchor the override (exact, prefix, "
        "suffix) to change one place"
    ]


def test_glossary_reading_is_what_the_ruby_prints(write_notes):
    extra = "glossary:\n  - word: 和得\n    reading: huó de\n    gloss: knead (dough)"
    prepared = _prepared(write_notes, extra=extra)
    assert _syllables(prepared, "和得") == ["huo2", "de5"]
