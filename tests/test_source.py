from __future__ import annotations

import pytest

from edition.errors import EditionError
from edition.text.source import decode

TRAD = "我們在這裡談論的是編程和數學。他說，這將具有里程碑意義，驚天動地。"
SIMP = "我们在这里谈论的是编程和数学。他说，这将具有里程碑意义，惊天动地。"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TRAD.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TRAD.encode("utf-8"), "utf-8-sig"),
        (TRAD.encode("utf-16"), "utf-16"),
        (TRAD.encode("gb18030"), "gb18030"),
        (SIMP.encode("gb18030"), "gb18030"),
        (TRAD.encode("big5"), "big5"),
    ],
)
def test_detects_encoding(data: bytes, encoding: str) -> None:
    text, found = decode(data, "a.txt")
    assert found == encoding
    assert text in (TRAD, SIMP)


def test_undecodable_names_offset() -> None:
    with pytest.raises(EditionError) as exc:
        decode(b"abc\n\xff\xff\xff", "a.txt")
    assert str(exc.value) == (
        "a.txt:2: error: cannot decode the file: byte 0xff at offset 4 is not UTF-8, and the file "
        "is not GB18030 or Big5 either; save it as UTF-8 and try again"
    )


STORY = (
    "外婆的菜園不大，卻種了十幾樣東西：番茄、茄子、空心菜。\n"
    "每天天一亮，她就挑著兩桶水去澆菜。小華說：「我也想去。」\n"
)


def test_text_once_read_as_windows_1252_is_read_back(tmp_path) -> None:
    from edition.text.source import load_source

    # as a browser decodes: the five bytes Windows-1252 lacks become C1 controls, nothing lost
    path = tmp_path / "a.txt"
    path.write_text(STORY.encode("utf-8").decode("latin-1"), encoding="utf-8")
    source = load_source(path)
    assert source.text == STORY
    assert [str(p) for p in source.problems] == [
        f"{source.path}:1:1: warning: the file is Chinese text that was once opened as "
        "Windows-1252 and saved again, so it reads 'å¤\\x96å©\\x86ç\\x9a\\x84è\\x8f\\x9c'; edition "
        "reads it back ('外婆的菜園不'). Save the repaired text with 'edition clean NOTES "
        "--text' if you keep the file"
    ]


def test_lost_bytes_are_restored_by_context_or_flagged(tmp_path) -> None:
    from edition.text.clean import clean
    from edition.text.source import load_source

    # as Python's strict cp1252 decoder with errors="replace": those five bytes became U+FFFD
    path = tmp_path / "a.txt"
    path.write_text(STORY.encode("utf-8").decode("cp1252", errors="replace"), encoding="utf-8")
    source = load_source(path)
    cleaned = clean(source)
    lost = [i for i, ch in enumerate(cleaned.text) if ch == "\ufffd"]
    wrong = [i for i, (a, b) in enumerate(zip(STORY, cleaned.text, strict=True)) if a != b]
    assert len(cleaned.text) == len(STORY)
    flagged = {o for f in cleaned.flags for o in range(f.start, f.end)}
    # every character still wrong is lost (U+FFFD) or a flagged guess; most came back
    assert set(wrong) <= flagged
    assert len(wrong) <= 4
    assert len(lost) <= 3
    assert "番茄、茄子、空心菜" in cleaned.text  # 、 is E3 80 81: its last byte was lost
    for f in cleaned.flags:
        if cleaned.text[f.start] == "\ufffd":
            assert "does not say which character '\ufffd' was (maybe " in str(f.problem)


def test_plain_latin_text_is_not_taken_for_double_encoding() -> None:
    from edition.text.source import undo_double_encoding

    assert undo_double_encoding("Café crème, naïve façade — über alles.") is None
    assert undo_double_encoding("中文 café") is None  # Chinese already: the text is as written


def test_big5_text_once_read_as_gbk_is_read_back(tmp_path) -> None:
    from edition.text.source import load_source

    # as a browser decodes GBK (GB18030): a character for every Big5 pair, nothing lost
    path = tmp_path / "a.txt"
    path.write_text(STORY.encode("big5").decode("gb18030"), encoding="utf-8")
    source = load_source(path)
    assert source.text == STORY
    assert [str(p) for p in source.problems] == [
        f"{source.path}:1:1: warning: the file is Big5 text that was once opened as GBK and "
        "saved again, so it reads '盋垫堕ぃ玱贺碭妓'; edition reads it back ('外婆的菜園不大，'). "
        "Save the repaired text with 'edition clean NOTES --text' if you keep the file"
    ]


def test_gbk_text_once_read_as_big5_is_read_back_and_its_lost_characters_flagged(
    tmp_path,
) -> None:
    from edition.text.clean import clean
    from edition.text.source import load_source

    simplified = "外婆的菜园不大，却种了十几样东西：番茄、茄子、空心菜。\n每天天一亮，她就挑着两桶水去浇菜。\n"
    path = tmp_path / "a.txt"
    path.write_text(simplified.encode("gbk").decode("big5", errors="replace"), encoding="utf-8")
    cleaned = clean(load_source(path))
    # each character the Big5 reader had none for is lost, and only those
    assert cleaned.text == "外婆的菜园不大，\ufffd种了十几样东西：番茄、茄子、空心菜\ufffd\n" + (
        "每天天一亮，她就挑着两桶水\ufffd浇菜\ufffd\n"
    )
    flagged = {o for f in cleaned.flags for o in range(f.start, f.end)}
    assert {i for i, ch in enumerate(cleaned.text) if ch == "\ufffd"} <= flagged


def test_real_text_is_not_taken_for_the_other_encoding() -> None:
    from edition.text.crossdecode import undo_cross_decoding

    assert undo_cross_decoding(STORY) is None
    verse = "床前明月光，疑是地上霜。举头望明月，低头思故乡。白日依山尽，黄河入海流。欲穷千里目，更上一层楼。"
    assert undo_cross_decoding(verse) is None
