"""Text once read as Windows-1252 and saved again: how much comes back (text/windows1252.py).

Usage: .venv/bin/python bench/double_encoding.py [TEXT ...]   (default: our own texts under
bench/damage/texts and bench/readings)

Each clean text is encoded as UTF-8 and decoded two ways: as a browser does (the five bytes
Windows-1252 lacks become C1 controls: nothing is lost) and as Python's strict cp1252 decoder
with errors="replace" (those bytes become U+FFFD). Prints, for the second way, how many
characters had a lost byte, how many came back right, how many came back wrong but flagged as a
guess, how many came back wrong without a flag (the number that must stay 0), and how many
stay lost (flagged with their candidates); and the CPU time.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from edition.text.segment import is_han  # noqa: E402
from edition.text.windows1252 import _UNDEFINED, undo_double_encoding  # noqa: E402


def main(argv: list[str]) -> None:
    paths = [Path(a) for a in argv] or sorted(
        [
            *(REPO / "bench" / "damage" / "texts").glob("*.txt"),
            *(REPO / "bench" / "readings").glob("*.txt"),
        ]
    )
    han = hit = right = flagged = silent = lost = 0
    browser_exact = 0
    start = time.process_time()
    for path in paths:
        text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
        data = text.encode("utf-8")
        browser_exact += undo_double_encoding(data.decode("latin-1")) == text
        doubts: dict = {}
        back = undo_double_encoding(data.decode("cp1252", errors="replace"), doubts)
        if back is None or len(back) != len(text):
            print(f"{path.name}: not read back")
            continue
        han += sum(map(is_han, text))
        for i, (was, now) in enumerate(zip(text, back, strict=True)):
            had_lost = any(b in was.encode("utf-8") for b in _UNDEFINED)
            hit += had_lost
            if was == now:
                right += had_lost
            elif now == "\ufffd":
                lost += 1
            elif i in doubts:
                flagged += 1
            else:
                silent += 1
    cpu = time.process_time() - start
    print(f"texts: {len(paths)}, Han characters: {han:,}")
    print(f"read as a browser does (nothing lost): {browser_exact} of {len(paths)} exact")
    print(f"read by a strict decoder: {hit:,} characters had a lost byte")
    print(f"  back right {right:,}, wrong but flagged {flagged}, wrong silently {silent},")
    print(f"  still lost (flagged with candidates) {lost:,}")
    print(f"CPU: {cpu:.1f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
