"""Hard-wrapped paragraphs: text copied from a PDF, an e-mail or a terminal breaks every line at
the same width, in the middle of sentences and words (猫妈\\n妈钓着了). Each line would print as
a paragraph of its own, and the break would cut the word the readings engine sees.

A text is hard-wrapped when many of its lines end at one width (the wrap width, in display
columns: a Han character two, a Latin letter one) and none is much longer. A line that reaches
the wrap width (within ``SLACK`` columns: a wrapper keeps a closing mark with its character)
continues on the next line unless the next line is blank, starts indented (``　　``, spaces:
how Chinese text marks a new paragraph) or starts a list item (``1.``, ``一、``, ``•``). A short
line ends its paragraph. Verse, dialogue and tables are left alone: their lines are short, of
any length, end with their sentence or clause (a wrapper breaks mostly between two
characters), or hold columns (spaces between Han characters).

Two signs hold whatever the widths (a line holding a long Latin name is wider than the rest):
no line starts with a closing mark (``。``, ``，``, ``”``...), so such a line continues the one
before; and in a text whose paragraphs open indented (``　　``), a line that is not indented,
after a line of an indented paragraph that stops inside its sentence (on a character or a
comma, not on ``。！？：；`` or a closing quote) and is as wide as prose (``MIN_WIDTH``: a
letter's indented ``此致`` stands above a flush ``敬礼！``), continues that paragraph.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from edition.text.punct import is_cjk
from edition.text.segment import display_columns

MIN_WIDTH = 24  # shorter lines are verse, headings or list items, never wrapped prose
SLACK = 6  # columns a wrapped line may stop short of the wrap width
MIN_WRAPPED = 3  # lines at the wrap width before a text counts as hard-wrapped
INDENT = (" ", "\u3000", "\t")
# A line that starts a list item (1. 2、 （一） 一、 • -) starts a paragraph of its own.
_ITEM = re.compile(
    r"^(?:\d{1,3}[.、)）]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|[•·\-*－—])"
)
# Spaces between Han characters: columns of a table or a schedule, never wrapped prose.
_COLUMNS = re.compile(r"[\u3400-\u9fff][ \u3000\t]+[\u3400-\u9fff]")
# Marks that close what stands before them: no line of prose starts with one.
_CLOSING = "。，、；：！？）」』”’》〉】"
# ASCII marks the punct stage makes full-width closing marks beside Chinese text (',' -> '，');
# a bracket is converted only with its pair, so it is not among them
_ASCII_CLOSING = frozenset(",:;!?")
# Marks a paragraph (or a line of verse or dialogue) may end on, and the closing quotes and
# brackets that may follow them (“好。” ends its sentence, 之家” does not).
_FINAL = "。！？：；…!?:;"
_CLOSERS = "”’」』）)》〉】"
MIN_INDENTED = 2  # paragraphs opening indented before a text counts as marking them so


def wrap_width(lines: list[str], widths: list[int] | None = None) -> int | None:
    """The width the text was wrapped at, or None when it was not hard-wrapped: the most common
    width of the long lines, reached (within ``SLACK``) by at least ``MIN_WRAPPED`` lines and by
    half of the long lines, and exceeded by none by more than one Han character. ``widths``:
    the lines' widths without their trailing spaces, when the caller has them."""
    if widths is None:
        widths = [display_columns(line.rstrip()) for line in lines]
    tables = [bool(_COLUMNS.search(line.strip())) for line in lines]
    long = [w for w, table in zip(widths, tables, strict=True) if w >= MIN_WIDTH and not table]
    if len(long) < MIN_WRAPPED:
        return None
    top = max(long)
    at_top = [w for w in long if w >= top - SLACK]
    # a line before a blank line or the end closes its paragraph wherever its sentence ends: a
    # short one says nothing of a wrap width, and a long one's last mark nothing of the wrapper
    goes_on = [k + 1 < len(lines) and bool(lines[k + 1].strip()) for k in range(len(lines))]
    telling = [
        w
        for w, table, more in zip(widths, tables, goes_on, strict=True)
        if w >= MIN_WIDTH and not table and (more or w >= top - SLACK)
    ]
    if len(at_top) < MIN_WRAPPED or len(at_top) * 2 < len(telling):
        return None
    # one overlong line (a URL, a Latin sentence that did not break) means nothing was wrapped
    common = Counter(at_top).most_common(1)[0][0]
    if top > common + 2:
        return None
    # A wrapper breaks wherever the width runs out, mostly between two characters; lines that
    # end with their sentence or clause (verse: 國破山河在，城春草木深。) were set so.
    ends = [
        line.rstrip()[-1]
        for line, w, more in zip(lines, widths, goes_on, strict=True)
        if w >= top - SLACK and more
    ]
    in_text = sum(1 for ch in ends if ch.isalnum())
    return top if in_text * 2 >= len(ends) else None


def find_wraps(text: str) -> list[tuple[int, int, str]]:
    """Edits (start, end, replacement) that join the lines of hard-wrapped paragraphs: the line
    break and the spaces around it become nothing between Chinese text, one space between two
    Latin words."""
    lines = text.split("\n")
    widths = [display_columns(line.rstrip()) for line in lines]
    top = wrap_width(lines, widths)
    if top is None:
        return _continued_lines(lines)
    edits = []
    offset = 0
    for (line, nxt), w in zip(itertools.pairwise(lines), widths, strict=False):
        end = offset + len(line)
        body = line.rstrip()
        # A full line goes on whatever its last mark: a paragraph ending right at the wrap width
        # is rare, and its next line would start indented or after a blank line.
        if (
            w >= top - SLACK
            and nxt.strip()
            and not nxt.startswith(INDENT)
            and not _ITEM.match(nxt)
            and not _COLUMNS.search(body.strip())
        ):
            edits.append((offset + len(body), end + 1, _joint(body, nxt)))
        offset = end + 1
    return edits


def _joint(body: str, nxt: str) -> str:
    """What replaces the line break between ``body`` and the line ``nxt``: a space between two
    Latin words or numbers, nothing in Chinese text."""
    last, first = body[-1:], nxt[:1]
    latin = last.isascii() and last.isalnum() and first.isascii() and first.isalnum()
    return " " if latin else ""


def _continued_lines(lines: list[str]) -> list[tuple[int, int, str]]:
    """Edits joining the lines that continue the line before in a text not wrapped at one
    width (see the module docstring: a line opening on a closing mark, and an unindented line
    inside an indented paragraph)."""
    indented = sum(1 for line in lines if line.startswith("\u3000\u3000") and line.strip())
    edits = []
    offset = 0
    in_indented = False  # the line belongs to a paragraph that opened indented
    joined = False  # the line continues the one before
    for line, nxt in itertools.pairwise(lines):
        end = offset + len(line)
        body = line.rstrip()
        if not body:
            in_indented = False
        elif line.startswith(INDENT):
            in_indented = True
        elif not joined:
            # a paragraph of its own that opens flush (a heading, a list item: '五、联系方式'):
            # the indented paragraph before it ended, so the line after it starts anew
            in_indented = False
        joined = False
        head = nxt.lstrip(" \u3000\t")
        if body and head and nxt[:1] not in INDENT and not _ITEM.match(nxt):
            closing = head == nxt and (
                head[0] in _CLOSING
                # an ASCII mark the punct stage makes full-width once the line is joined to
                # Chinese text (',' after '銀'): the same continuation, so that a second clean
                # does not join what the first left
                or (
                    head[0] in _ASCII_CLOSING
                    and is_cjk(body[-1])
                    and (len(head) == 1 or is_cjk(head[1]))
                )
            )
            inside = (
                indented >= MIN_INDENTED
                and in_indented
                # a wrapper breaks a line where the width runs out: a short line ('　　此致'
                # before '敬礼！', a signature before its date) was set so
                and display_columns(body) >= MIN_WIDTH
                and not _ends_sentence(body)
                and not _COLUMNS.search(body.strip())
            )
            if closing or inside:
                edits.append((offset + len(body), end + 1, _joint(body, head)))
                joined = True
        offset = end + 1
    return edits


def _ends_sentence(body: str) -> bool:
    """Whether a line stops at the end of a sentence or clause of its own (on 。！？：；…, or on
    a closing quote or bracket after one): where a paragraph, a line of verse or a line of
    dialogue may end."""
    core = body.rstrip(_CLOSERS)
    if not core:
        return True
    return core[-1] in _FINAL
