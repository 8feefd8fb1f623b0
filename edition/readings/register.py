"""Which sentences are classical verse, the register where the classical rules apply.

Classical usage (不教 jiào 'let', 见 xiàn 'appear', 飞将 jiàng, a line-final 还 huán) reads
wrongly with the rules of modern prose, and modern rules (地 de, aspect 过 guo, neutral tones)
read classical lines wrongly. What can be measured without a model of style: regular verse,
a couplet of clauses of five or seven characters each (the 绝句 and 律诗 of the school
curriculum), and no function word only modern Chinese has (的 们 吗 ...). A text that is
mostly such verse (a poem sheet: titles, bylines, verse) is classical throughout, so its
irregular lines (敕勒歌's 天苍苍，野茫茫) and titles are read the same way.

Classical prose (古文: 桃花源记, the 论语) is measured the same way: a line with no modern
function word (verse's list, and 了) whose words of classical grammar (之 乎 矣 焉 曰 其 而 乃
遂 则 皆 亦 吾 汝 ..., outside modern words that hold them: 之间 其中 而且 几乎; 也 closing a
clause; 余 'I' opening or closing a clause) make at least one in twenty of its Han characters
(今天下 'now the world' is no modern 今天), or whose clauses run mostly four characters long
(风烟俱净，天山共色。从流飘荡，任意东西: descriptive 古文 holds few words of grammar). Modern
prose keeps 的 了 们 这 或 很 in nearly every line, and no line of our dev sets' modern prose
holds such words or runs so. A text mostly
of such lines and verse is classical throughout, so a descriptive line with few of those words
(从小丘西行百二十步，隔篁竹，闻水声) is read with its text.

The notes file may say so instead (``meta.register``): ``classical`` for a text of classical
Chinese the measure misses (词, a short quotation), ``modern`` to keep every sentence modern,
``auto`` (the default) to measure.
"""

from __future__ import annotations

from collections.abc import Sequence

from edition.text.segment import is_han
from edition.text.verse import is_classical_prose, is_prose_line, is_verse, plain_line

REGISTERS = ("auto", "classical", "modern")


def classical_sentences(sentences: Sequence[str], register: str = "auto") -> list[bool]:
    """Per sentence of one text, whether the classical rules read it (see the module
    docstring); ``register``: ``auto``, ``classical`` or ``modern``."""
    if register not in REGISTERS:
        raise ValueError(f"unknown register '{register}' (expected one of: {', '.join(REGISTERS)})")
    if register != "auto":
        return [register == "classical"] * len(sentences)
    # a line is measured whole: a question ends a sentence inside a couplet (问君何能尔？心远…)
    lines: list[list[str]] = [[]]
    for s in sentences:
        lines[-1].append(s)
        if s.endswith("\n"):
            lines.append([])
    verse = prose = count = 0
    by_line: list[bool] = []
    for parts in lines:
        line = "".join(parts)
        flag = is_verse(line) or is_classical_prose(line)
        by_line.append(flag)
        han = sum(map(is_han, line))
        if flag:
            verse, count = verse + han, count + 1
        elif han and is_prose_line(line):
            prose += han
    # a text mostly of verse or classical prose (a poem sheet, a 古文 lesson) is read as
    # classical throughout
    if count >= 2 and verse >= prose:
        return [True] * len(sentences)
    _with_neighbours(["".join(parts) for parts in lines], by_line)
    return [
        flag or quoted
        for parts, flag in zip(lines, by_line, strict=True)
        for quoted in _quoted_verse(parts)
    ]


_OPEN, _CLOSE = "“「『", ("”", "」", "』")


def _quoted_verse(parts: Sequence[str]) -> list[bool]:
    """Per sentence of a line, whether it belongs to a quotation of verse inside modern prose
    (大家跟我读：“床前明月光，疑是地上霜。举头望明月，低头思故乡。”): a teacher quoting a poem
    wants its full tones (地上 shàng), not prose's light ones. ``split_sentences`` starts such
    a quotation a sentence of its own."""
    flags = [False] * len(parts)
    k = 0
    while k < len(parts):
        if parts[k].lstrip()[:1] not in _OPEN:
            k += 1
            continue
        j = k
        while j < len(parts) and not parts[j].rstrip().endswith(_CLOSE):
            j += 1
        if j < len(parts) and is_verse("".join(parts[k : j + 1]).strip()[1:-1]):
            flags[k : j + 1] = [True] * (j + 1 - k)
        k = j + 1
    return flags


def _with_neighbours(lines: Sequence[str], flags: list[bool]) -> None:
    """classical5: a line with no modern word (``plain_line``) next to a classical one is read
    with it, and so the run of such lines it stands in: a 古文 passage quoted in a modern
    lesson has descriptive lines with few grammar words (一屠晚归，担中肉尽). Blank lines
    between them do not part them; a modern line does."""
    for order in (range(len(lines)), range(len(lines) - 1, -1, -1)):
        carry = False
        for k in order:
            if flags[k]:
                carry = True
            elif not lines[k].strip():
                continue
            elif carry and plain_line(lines[k]):
                flags[k] = True
            else:
                carry = False
