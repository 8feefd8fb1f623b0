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
