"""HTML remnants and ASCII punctuation inside Chinese sentences."""

from __future__ import annotations

import re

from edition.text.segment import is_han

# Tags a copied web page leaves behind, with or without attributes. Only names HTML has: "a<b"
# in a sentence is no tag. They are removed; the clean stage keeps the lines as they are (one
# paragraph per line), so a <br> inside a line joins what it separated.
_TAGS = (
    "p|br|div|li|ul|ol|dl|dt|dd|h[1-6]|hr|tr|table|tbody|thead|blockquote|section|article"
    "|header|footer|figure|figcaption|pre|center"
    "|a|abbr|b|big|cite|code|del|em|font|i|img|ins|kbd|mark|q|s|small|span|strike|strong|sub|sup"
    "|td|th|time|tt|u"
)
_ATTRS = r"(?:\s+[^<>\n]*)?"
HTML_RE = re.compile(
    rf"</?(?:{_TAGS}){_ATTRS}/?>|(?<![\w<])(?:[?/]?/p>)+$",
    re.IGNORECASE,
)
# Character references: &amp; &nbsp; &#20013; &#x4E2D; (named ones as HTML5 spells them, with
# their semicolon). A no-break or typographic space is an ordinary space in an article.
ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# ... and a reference whose '&' the damage took (GBK decoded out of step reads the byte before
# the '&' as a lead byte and swallows the '&': '見?nbsp;' for '見&nbsp;'): a name of a space or a
# typographic mark, which no word spells, right after a character that is not ASCII (or at a
# line's start, or after the space the repair put for the swallowed byte)
BARE_RE = re.compile(
    r"(?:(?<=[^\x00-\x7f])|(?<=[^\x00-\x7f] )|(?<=^)|(?<=\n))"
    r"(nbsp|ensp|emsp|thinsp|ldquo|rdquo|lsquo|rsquo|laquo|raquo|hellip|mdash|ndash|middot|quot)"
    r"[;；]"
)
SPACES = frozenset("\u00a0\u2002\u2003\u2009\u202f")
FULL = {",": "，", ":": "：", "?": "？", "!": "！", ";": "；", "(": "（", ")": "）"}


def find_html(text: str) -> list[tuple[int, int]]:
    """Spans of HTML tags and of damaged ``</p>`` remnants (``?/p>``, ``/p>`` at a line end)."""
    out = []
    for line_start, line in _lines(text):
        for m in HTML_RE.finditer(line):
            out.append((line_start + m.start(), line_start + m.end()))
    return out


# Tags that end a line on the page: one of them between two pieces of text of one line ends the
# first, as the page showed it ('王晓红<br>2020年12月10日': a signature over its date).
_BREAKS = re.compile(r"</?(?:p|br|div|li|h[1-6]|tr|dt|dd|blockquote|pre|hr)\b", re.IGNORECASE)
_NO_LINE_START = frozenset("，。、；：？！）」』”’》〉…,.;:?!)")


def html_edits(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, replacement) for the tags at ``spans`` (from :func:`find_html`): nothing,
    or a line end for a tag that ended a line of the page inside a line of ``text``, with text
    before and after it (one line end for a run of them: '</p><p>')."""
    out = []
    last_break = -1
    for s, e in spans:
        rep = ""
        if _BREAKS.match(text, s):
            line_start = text.rfind("\n", 0, s) + 1
            line_end = text.find("\n", e)
            line_end = len(text) if line_end < 0 else line_end
            before = HTML_RE.sub("", text[max(line_start, last_break) : s])
            after = HTML_RE.sub("", text[e:line_end])
            # a tag before a comma or a closing mark is no line's end: no line opens with one
            # (and the wrap stage would join it back when the text is cleaned again)
            if before.strip() and after.strip() and after.strip()[0] not in _NO_LINE_START:
                rep, last_break = "\n", e
        out.append((s, e, rep))
    return out


def find_entities(text: str) -> list[tuple[int, int, str]]:
    """(start, end, character) of the HTML character references in ``text``."""
    import html

    out = []
    for m in ENTITY_RE.finditer(text):
        ch = html.unescape(m.group())
        if ch == m.group() or not ch:
            continue  # not a reference HTML knows
        if ch in SPACES:
            ch = " "
        elif ch == "\u00ad":  # a soft hyphen: nothing to print
            ch = ""
        elif any(c < " " and c not in "\t\n" for c in ch):
            continue  # a control character is not text; the hidden-character check says so
        out.append((m.start(), m.end(), ch))
    for m in BARE_RE.finditer(text):
        ch = html.unescape(f"&{m.group(1)};")
        start = m.start()
        if ch in SPACES:
            ch = " "
            if start and text[start - 1] == " ":
                start -= 1  # the repair's space for the swallowed '&' is this one
        out.append((start, m.end(), ch))
    out.sort()
    return out


def _lines(text: str):
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def is_cjk(ch: str) -> bool:
    """A Han character or full-width / CJK punctuation (never the empty string of a line end)."""
    if not ch:
        return False
    return is_han(ch) or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or ch in "“”‘’…—·"


def find_punct(text: str) -> list[tuple[int, str]]:
    """ASCII marks to make full-width: (offset, replacement).

    ``, : ? ! ;`` next to a CJK character; a ``.`` that ends a Chinese sentence; a bracket pair
    when the text before ``(``, inside, or after ``)`` is Chinese; a ``)`` that closes a ``（``.
    Marks between digits (``10:30``) and inside Latin runs stay ASCII.
    """
    out: list[tuple[int, str]] = []
    for line_start, line in _lines(text):
        stack: list[int] = []
        pairs: dict[int, int] = {}
        wide = 0  # full-width brackets open
        for i, ch in enumerate(line):
            if ch == "(":
                stack.append(i)
            elif ch == ")" and stack:
                pairs[stack.pop()] = i
            elif ch == ")" and wide:
                # it closes a '（' (the damage made ASCII of one mark of the pair: '（Adam)')
                wide -= 1
                out.append((line_start + i, "）"))
            elif ch in "（）":
                wide = wide + 1 if ch == "（" else max(0, wide - 1)
        for o, c in pairs.items():
            before = line[o - 1] if o else ""
            after = line[c + 1] if c + 1 < len(line) else ""
            inside = line[o + 1 : c]
            if is_cjk(before) or is_cjk(after) or any(is_han(x) for x in inside):
                out += [(line_start + o, "（"), (line_start + c, "）")]
        for i, ch in enumerate(line):
            if ch == ".":
                if _full_stop(line, i):
                    out.append((line_start + i, "。"))
                continue
            if ch not in ",:?!;":
                continue
            before = line[i - 1] if i else ""
            after = line[i + 1] if i + 1 < len(line) else ""
            if before.isdigit() and after.isdigit():
                continue
            if is_cjk(before) or is_cjk(after) or (before in "）" and before):
                out.append((line_start + i, FULL[ch]))
    return sorted(out)


def _full_stop(line: str, i: int) -> bool:
    """An ASCII '.' that ends a Chinese sentence: after a Han character or a closing mark and
    before the line's end, a space or Chinese (原樣. 第二次). A dot after a digit or a letter
    (3.5, U.S., OpenAI.com) and a run of dots (an ellipsis, typography's) stay."""
    before = line[i - 1] if i else ""
    after = line[i + 1] if i + 1 < len(line) else ""
    if before == "." or after == ".":
        return False
    if not before or not (is_han(before) or before in "」』”’）"):
        return False
    return after in ("", " ", "\u3000") or is_cjk(after)


# Typography a copied text carries that a Chinese edition sets otherwise: letters and digits typed
# full-width (ＯｐｅｎＡＩ ２０２５: Latin is set proportional, W3C clreq 3.2), invisible break
# hints a web page left (zero-width space, a byte-order mark in the middle of the text, zero-width
# non-joiner), straight double quotes around Chinese, an ellipsis or dash typed with ASCII.
_FULLWIDTH_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+")
_INVISIBLE = re.compile("[\u200b\u200c\ufeff]")
# (⋯⋯ and ―― are the ellipsis and dash some Taiwan and Hong Kong texts use: they stay.)
_DOTS = re.compile(r"\.{3,}|(?<!…)…(?!…)|。{3,}")
_DASHES = re.compile(r"-{2,}|(?<!—)—(?!—)")


def find_invisible(text: str) -> list[tuple[int, int]]:
    """Spans of the invisible break hints above (removed before any other repair reads the
    text: '?\u200bb' is no GBK damage, '?b' may be)."""
    return [(m.start(), m.end()) for m in _INVISIBLE.finditer(text)]


_ODD_SPACES = re.compile(f"[{''.join(sorted(SPACES))}]")


def find_odd_spaces(text: str) -> list[int]:
    """Offsets of no-break and typographic spaces typed as characters: each is an ordinary
    space in an article (as their character references are), so that the rules for spaces
    (beside a full-width mark, in an indent) see them."""
    return [m.start() for m in _ODD_SPACES.finditer(text)]


def find_typography(text: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) for the marks above, never across a line; a mark typed ASCII
    changes only next to Chinese (``wait...`` in an English quotation stays)."""
    out: list[tuple[int, int, str]] = []
    for m in _FULLWIDTH_ALNUM.finditer(text):
        out.append((m.start(), m.end(), "".join(chr(ord(c) - 0xFEE0) for c in m.group())))
    for line_start, line in _lines(text):
        out += [(line_start + s, line_start + e, rep) for s, e, rep in _line_marks(line)]
    return sorted(out)


def _line_marks(line: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []

    def chinese_around(s: int, e: int) -> bool:
        return is_cjk(line[s - 1] if s else "") or is_cjk(line[e] if e < len(line) else "")

    for m in _DOTS.finditer(line):
        if chinese_around(m.start(), m.end()):
            out.append((m.start(), m.end(), "……"))
    for m in _DASHES.finditer(line):
        if chinese_around(m.start(), m.end()):
            out.append((m.start(), m.end(), "——"))
    quotes = [i for i, ch in enumerate(line) if ch == '"']
    if len(quotes) % 2 == 0:
        for o, c in zip(quotes[::2], quotes[1::2], strict=True):
            if any(is_han(x) for x in line[o + 1 : c]):
                out += [(o, o + 1, "“"), (c, c + 1, "”")]
    return out


# Full-width punctuation carries its own space: an ASCII space beside it (what is left of
# "段 (括號) 與" once the brackets are full-width) only widens the gap.
_MARKS = "，。、；：？！（）「」『』《》〈〉【】“”"
_SPACE_AT_MARK = re.compile(f"[ \u3000]+(?=[{_MARKS}])|(?<=[{_MARKS}])[ \u3000]+")


def find_spaces_at_marks(text: str) -> list[tuple[int, int]]:
    """Spans of spaces beside full-width punctuation, inside a line (not its indent)."""
    out = []
    for line_start, line in _lines(text):
        body = len(line) - len(line.lstrip())
        for m in _SPACE_AT_MARK.finditer(line):
            if body <= m.start() and m.end() <= len(line.rstrip()):
                out.append((line_start + m.start(), line_start + m.end()))
    return out


# A space between two Han characters (a typed one, or what &nbsp; became) is a gap a web page
# left inside a sentence: Chinese puts no space between words. It is one only in a line that
# breaks its clauses with full-width commas and ends its sentences with marks; a title, a
# signature (孫女 小雯 敬上) or a line of verse may use a space as its only separator.
_SPACE_IN_HAN = re.compile(r"(?<=[\u3400-\u4dbf\u4e00-\u9fff]) +(?=[\u3400-\u4dbf\u4e00-\u9fff])")


def find_spaces_in_sentences(text: str) -> list[tuple[int, int]]:
    """Spans of spaces between two Han characters inside a line of punctuated prose."""
    out = []
    for line_start, line in _lines(text):
        if "，" not in line or not any(m in line for m in "。！？"):
            continue
        for m in _SPACE_IN_HAN.finditer(line):
            out.append((line_start + m.start(), line_start + m.end()))
    return out
