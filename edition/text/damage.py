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


# What asks a question in a clause of modern Chinese (a particle, a question word, A-not-A:
# 有没有, 是不是; an alternative: 还是): a '?' after a clause with none of them is seldom a
# question mark (edition/text/clean.py flags such a '?' of the source).
QUESTION_WORDS = re.compile(
    r"[吗嗎呢吧么麼嘛啊呀谁誰哪几幾怎岂豈否何]|多少|难道|難道|还是|還是|(\w)[不没沒]\1"
)
_CLAUSE_ENDS = "。！？!?；;，,：:\n"


def asks_nothing(text: str, i: int) -> bool:
    """Whether the clause before ``text[i]`` (a '?' or '？') has no question word in it."""
    start = max(text.rfind(mark, 0, i) for mark in _CLAUSE_ENDS)
    return not QUESTION_WORDS.search(text, start + 1, i)


def damaged_spans(text: str) -> list[tuple[int, int]]:
    """Start and end offsets of each damaged run of ``text``: also a '？' (the clean stage
    makes a '?' full-width) between two Han characters in a clause that asks nothing."""
    spans = [m.span() for m in DAMAGE.finditer(text)]
    for m in re.finditer("(?<=[\u3400-\u9fff])？(?=[\u3400-\u9fff])", text):
        if asks_nothing(text, m.start()):
            spans.append(m.span())
    return sorted(spans)
