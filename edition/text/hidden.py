"""Characters an article should not hold unseen: bidi controls, control characters, private use.

Part of the clean stage (2): each distinct such character is reported once as a warning, at its
first place in the article with the count of the others; the text is left as it is (a
correction removes them). Bidi controls reorder the text around them wherever it is shown (the
"Trojan Source" trick); a control character prints as an empty box; a private-use character
means whatever some font says, and ours say nothing (an empty box too).
"""

from __future__ import annotations

import re
import unicodedata

from edition.errors import Problem
from edition.text.source import SourceText

_HIDDEN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f"  # C0 and C1 controls but tab and line feed, and DEL
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidi marks, embeddings, overrides, isolates
    "\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]"  # private use
)


_KINDS = ("private-use character ", "control character ", "bidi control ")


def hidden_characters(
    source: SourceText, text: str | None = None, origin: list[int] | None = None
) -> list[Problem]:
    """One warning per distinct hidden character, at its first place in ``source``.

    ``text`` and ``origin``: a changed text and the source offset of each of its characters
    (the text after the corrections: what a correction removed is not reported); by default
    the source text itself.
    """
    first: dict[str, int] = {}
    count: dict[str, int] = {}
    for match in _HIDDEN.finditer(source.text if text is None else text):
        ch = match[0]
        first.setdefault(ch, match.start() if origin is None else origin[match.start()])
        count[ch] = count.get(ch, 0) + 1
    return [
        Problem(source.loc(at), _message(ch, count[ch] - 1), "warning") for ch, at in first.items()
    ]


def is_hidden_warning(problem: Problem) -> bool:
    """Whether ``problem`` is one of :func:`hidden_characters`' warnings."""
    return problem.level == "warning" and problem.message.startswith(_KINDS)


def _message(ch: str, more: int) -> str:
    code = f"U+{ord(ch):04X}"
    name = unicodedata.name(ch, "")
    also = f" (and {more} more place{'s' if more > 1 else ''})" if more else ""
    if unicodedata.category(ch) == "Co":
        what = f"private-use character {code}: it has no meaning outside some font, and prints "
        what += "as an empty box"
    elif unicodedata.category(ch) == "Cc":
        what = f"control character {code}: it prints as an empty box"
    else:
        what = f"bidi control {code} ({name}): it reorders the text around it where it is shown"
    return f"{what}{also}; remove it with a correction"
