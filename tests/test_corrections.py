from __future__ import annotations

from edition.model import Correction, SourceLocation
from edition.notes.corrections import apply_corrections
from edition.text.clean import clean
from edition.text.source import SourceText

NOTES = SourceLocation("notes/a.yaml", 4, 5)


def base():
    return clean(SourceText("articles/a.txt", "名叫 Przemys?aw 的人\n他和他\n"))


def test_correction_applied_and_warning_dropped() -> None:
    ct = apply_corrections(base(), [Correction("Przemys?aw", "Przemysław", NOTES)])
    assert ct.text.startswith("名叫 Przemysław 的人")
    assert [c.kind for c in ct.changes] == ["correction"]
    assert ct.changes[0].start == 3
    assert not ct.problems
    assert len(ct.origin) == len(ct.text) + 1


def test_zero_matches() -> None:
    ct = apply_corrections(base(), [Correction("不在", "x", NOTES)])
    assert [str(p) for p in ct.problems][-1] == (
        "notes/a.yaml:4:5: error: correction '不在' matches 0 times in articles/a.txt; find "
        "strings match the text after automatic cleaning (see the clean report)"
    )


def test_two_matches_and_occurrence() -> None:
    ct = apply_corrections(base(), [Correction("他", "她", NOTES)])
    assert (
        "notes/a.yaml:4:5: error: correction '他' matches 2 times (lines 2); add "
        "'occurrence: N'" in [str(p) for p in ct.problems]
    )
    ct = apply_corrections(base(), [Correction("他", "她", NOTES, occurrence=2)])
    assert "他和她" in ct.text


def test_delete_everything_is_refused() -> None:
    ct = clean(SourceText("a.txt", "abc"))
    ct = apply_corrections(ct, [Correction("abc", "", NOTES)])
    assert ct.text == "abc"
    assert "would delete the whole text" in ct.problems[-1].message
