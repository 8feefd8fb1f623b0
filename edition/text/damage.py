"""Where a text shows the damage of a scrape: characters that are not the author's text.

Used to print the "before" side of an editorial correction: a lost character (U+FFFD, or a
``?`` standing between two letters, as the clean stage reports them) or the remnant of an
inline reading (``cháng)``, ``(jìn``) is shown as a mark explained in a legend, not raw.
"""

from __future__ import annotations

import re

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN = f"a-zü{_TONED}ê"
DAMAGE = re.compile(
    "\ufffd+"  # U+FFFD REPLACEMENT CHARACTER: the bytes did not determine a character
    r"|(?<=[^\W\d_])\?(?=[^\W\d_])"  # '?' between letters: a character the scrape lost
    # A reading left by a scrape, with a tone mark and at least one of its parentheses.
    rf"|\((?=[{_PINYIN}]*[{_TONED}])[{_PINYIN}]{{1,7}}\)?"
    rf"|(?<![{_PINYIN}])(?=[{_PINYIN}]*[{_TONED}])[{_PINYIN}]{{1,7}}\)",
    re.IGNORECASE,
)


def damaged_spans(text: str) -> list[tuple[int, int]]:
    """Start and end offsets of each damaged run of ``text``."""
    return [m.span() for m in DAMAGE.finditer(text)]
