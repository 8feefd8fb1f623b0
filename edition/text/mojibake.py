"""Repair text that was edited byte-wise while GBK-encoded and decoded one byte out of step.

The damage model (issue 3): a pass that turned full-width punctuation into ASCII worked on GBK
bytes, so it also matched a byte pair straddling two characters (``。“`` is ``A1 A3 A1 B0``; the
pair ``A3 A1`` is ``！``, so the bytes became ``A1 21 B0``). From there the decoder ran one byte
out of step until an ASCII byte realigned it. While out of step:

* a lead byte followed by an ASCII byte became ``?``; usually the ASCII byte was lost (the ``<``
  of ``</p>``), but an ASCII punctuation mark written by the pass survives (``?!``);
* a byte pair in GBK's user-defined (undecodable) area was dropped;
* a lone ``0x80`` became ``€``;
* a pinyin annotator working on bytes inserted ``(reading)`` in the middle of a character: a
  "phantom" reading, the reading of the two bytes it followed, not of a real character.

The repair re-encodes the text to GBK bytes and searches (beam search, left to right, per line)
for the byte sequence the damage came from, trying these undo steps wherever the text allows; each
candidate is decoded in step and scored with a character model built from word frequencies
(``edition/text/charfreq.py``, jieba's dictionary) minus a cost per undo step. Bytes the damage
destroyed (the byte under a ``?``, a dropped pair) are chosen by the model; where the choice is
not clear the character stays ``?`` and a warning lists the candidates.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from edition.text.charfreq import DocModel, char_model
from edition.text.segment import is_han

CharModel = DocModel

# ASCII written by the punctuation pass -> the second byte of the full-width form (A3 xx).
# The pass wrote the ASCII form of any full-width character A3 xx (xx = ASCII + 0x80), letters too.
PUNCT_UNDO = {chr(c): c + 0x80 for c in range(0x21, 0x7F)}
KEPT = "!(),:;?"  # marks written by the pass that survive after a '?'

PINYIN_RE = re.compile(r"\(?([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7})\)", re.IGNORECASE)

# Costs (natural log units) of each undo step; the character model pays for the rest.
COST_WILD = 4.0  # a '?' stands for a byte the decoder swallowed
COST_UNDO_PUNCT = 0.5  # an ASCII mark undone to the A3 xx pair it was made from
COST_DROP = 5.0  # a user-defined pair the decoder dropped is put back
COST_PHANTOM = 1.5  # a reading inserted inside a character is removed
COST_KEEP_AFTER_WILD = 1.0  # the ASCII after a '?' survived
MARGIN = 1.0
MARGIN_HAN = 1.0  # a chosen byte is "settled" when its best reading beats the next by this much
BEAM = 48
FANOUT = 10  # candidates kept per unknown byte


@functools.cache
def _pair(lead: int, trail: int) -> str | None:
    try:
        ch = bytes((lead, trail)).decode("gbk")
    except UnicodeDecodeError:
        return None
    return ch if len(ch) == 1 else None


@functools.cache
def _by_trail(trail: int) -> tuple[tuple[int, str], ...]:
    return tuple((lead, ch) for lead in range(0x81, 0xFF) if (ch := _pair(lead, trail)))


@functools.cache
def _by_lead(lead: int) -> tuple[tuple[int, str], ...]:
    return tuple((t, ch) for t in range(0x81, 0xFF) if (ch := _pair(lead, t)))


@functools.cache
def _dropped_after(first: int) -> tuple[int, ...]:
    """Second bytes that make an undecodable pair with ``first`` (so the decoder dropped it)."""
    return tuple(b for b in range(0x81, 0xFF) if _pair(first, b) is None)


DROP_FIRST = tuple(range(0xA1, 0xA8)) + tuple(range(0xAA, 0xB0)) + tuple(range(0xF8, 0xFF))


@functools.cache
def _gbk(ch: str) -> bytes | None:
    if ch == "€":  # cp936 decodes a lone 0x80 as the euro sign
        return b"\x80"
    try:
        return ch.encode("gbk")
    except UnicodeEncodeError:
        return None


@functools.cache
def _readings(ch: str) -> frozenset[str]:
    from pypinyin import Style, pinyin

    if not ch or not ("\u3400" <= ch <= "\u9fff"):
        return frozenset()
    return frozenset(s.lower() for s in pinyin(ch, style=Style.TONE, heteronym=True)[0])


@dataclass(slots=True)
class _Out:
    """One emitted character, linked to the previous one."""

    prev: _Out | None
    ch: str
    src: int  # index in the line of the first unit it came from
    fixed: bool  # not a plain copy of the source character
    cands: tuple[str, ...] = ()  # other values of a byte the damage destroyed
    margin: float = 0.0  # how much better the chosen value scored than the next one


@dataclass(slots=True)
class _Hyp:
    score: float
    pending: int | None  # a lead byte waiting for its trail; -1: unknown (from a '?')
    last: str  # last emitted character (model context)
    out: _Out | None
    last_byte: int = 0  # last byte of the last emitted character
    need: str = ""  # reading the unknown pending byte must give (phantom after '?')
    wild_prev: int = 0  # byte before the unknown pending byte

    def key(self) -> tuple:
        return (self.pending, self.last, self.need)


@dataclass(slots=True)
class Unsure:
    """A character the bytes do not determine: kept as '?' in the output."""

    index: int  # in the repaired line
    candidates: tuple[str, ...]


@dataclass(slots=True)
class LineRepair:
    text: str
    origin: list[int]  # for each char of text, its index in the input line
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, after)
    unsure: list[Unsure] = field(default_factory=list)
    chosen: list[Chosen] = field(default_factory=list)  # bytes chosen by frequency


@dataclass(slots=True)
class Chosen:
    """A character whose byte the damage destroyed, chosen by word frequency."""

    index: int  # in the repaired line
    margin: float  # score lead over the runner-up
    runner_up: str


LOST = "\ufffd"  # U+FFFD REPLACEMENT CHARACTER: a character the bytes do not determine


def _emit(m: CharModel, h: _Hyp, ch: str, src: int, cost: float, pending: int | None,
          fixed: bool = True, cands: tuple[str, ...] = (), last_byte: int = 0) -> _Hyp:  # fmt: skip
    return _Hyp(
        h.score + m.logp(h.last, ch) - cost,
        pending,
        ch,
        _Out(h.out, ch, src, fixed, cands),
        last_byte,
    )


def _wild_by_trail(m: CharModel, h: _Hyp, trail: int, src: int, cost: float,
                   pending: int | None, need: str = "") -> list[_Hyp]:  # fmt: skip
    """The pending lead byte is unknown: one hypothesis per plausible lead."""
    options = []
    for lead, ch in _by_trail(trail):
        if h.need and h.need not in _readings(_pair(h.wild_prev, lead) or ""):
            continue
        if need and need not in _readings(ch):
            continue
        options.append((m.logp(h.last, ch), ch))
    options.sort(reverse=True)
    cands = tuple(ch for _, ch in options)
    return [
        _emit(m, h, ch, src, cost, pending, cands=cands, last_byte=trail)
        for _, ch in options[:FANOUT]
    ]


def _wild_by_lead(m: CharModel, h: _Hyp, lead: int, src: int, cost: float,
                  need: str = "") -> list[_Hyp]:  # fmt: skip
    """The trail byte under a '?' is unknown: one hypothesis per plausible trail."""
    options = []
    for trail, ch in _by_lead(lead):
        if need and need not in _readings(ch):
            continue
        options.append((m.logp(h.last, ch), trail, ch))
    options.sort(reverse=True)
    cands = tuple(ch for _, _, ch in options)
    return [
        _emit(m, h, ch, src, cost, None, cands=cands, last_byte=t) for _, t, ch in options[:FANOUT]
    ]


def _undo_cost(u: str) -> float:
    return COST_UNDO_PUNCT if u in KEPT else COST_UNDO_PUNCT + 2.0


def _reading_at(line: str, i: int) -> re.Match[str] | None:
    """``(reading)`` or ``reading)`` (its '(' swallowed) starting at ``i``."""
    return PINYIN_RE.match(line, i)


def _steps(m: CharModel, line: str, i: int, h: _Hyp) -> list[tuple[int, _Hyp]]:
    """Every way to go on from hypothesis ``h`` at unit ``i``: (next index, hypothesis)."""
    u = line[i]
    nxt = line[i + 1] if i + 1 < len(line) else ""
    out: list[tuple[int, _Hyp]] = []
    code = _gbk(u)
    if h.pending is None:
        out.append(
            (i + 1, _emit(m, h, u, i, 0.0, None, fixed=False, last_byte=(code or b"\0")[-1]))
        )
        if u == "?":
            wild = _Hyp(h.score - COST_WILD, -1, h.last, h.out, h.last_byte, "", h.last_byte)
            out.append((i + 1, wild))
            r = _reading_at(line, i + 1)
            if r and not r.group(0).startswith("("):
                # '?' = a lead byte + the '(' of a reading inserted inside its character
                ph = _Hyp(wild.score - COST_PHANTOM, -1, h.last, h.out, h.last_byte,
                          r.group(1).lower(), h.last_byte)  # fmt: skip
                out.append((r.end(), ph))
        return out
    if h.pending == -1:
        if u in PUNCT_UNDO:
            out += [(i + 1, x) for x in _wild_by_trail(m, h, 0xA3, i, _undo_cost(u), PUNCT_UNDO[u])]
        if code and len(code) == 2:
            out += [(i + 1, x) for x in _wild_by_trail(m, h, code[0], i, 0.0, code[1])]
        elif code and len(code) == 1 and (0x40 <= code[0] <= 0x7E or code[0] == 0x80):
            out += [(i + 1, x) for x in _wild_by_trail(m, h, code[0], i, 0.0, None)]
        return out
    p = h.pending
    if u == "?":
        # '?' = the trail byte of the pending character, then (usually) a lost ASCII byte
        r = _reading_at(line, i + 1)
        if r and not r.group(0).startswith("("):
            for x in _wild_by_lead(m, h, p, i, COST_WILD, need=r.group(1).lower()):
                out.append((i + 1, _emit(m, x, "(", i, 1.0, None)))
        base = _wild_by_lead(m, h, p, i, COST_WILD)
        for x in base:
            if not nxt or nxt in KEPT:
                out.append((i + 1, _Hyp(x.score - COST_KEEP_AFTER_WILD, None, x.last, x.out,
                                        x.last_byte)))  # fmt: skip
            if nxt == "/":
                out.append((i + 1, _emit(m, x, "<", i, 0.5, None)))
            if nxt.isascii() and nxt.isalnum() and not (r and not r.group(0).startswith("(")):
                out.append((i + 1, _emit(m, x, " ", i, 1.0, None)))
            for a in ",:;!?)":
                out.append((i + 1, _emit(m, x, a, i, 3.0, None)))
    if code and len(code) == 1 and 0x40 <= code[0] <= 0x80:
        out += [(i + 1, x) for x in _dropped(m, h, p, code, i)]
    if code and len(code) == 1 and code[0] < 0x80:
        if 0x40 <= code[0] <= 0x7E and (ch := _pair(p, code[0])):
            out.append((i + 1, _emit(m, h, ch, i, 0.0, None, last_byte=code[0])))
        if u in PUNCT_UNDO and (ch := _pair(p, 0xA3)):
            out.append((i + 1, _emit(m, h, ch, i, _undo_cost(u), PUNCT_UNDO[u], last_byte=0xA3)))
        if u == "(" and (r := _reading_at(line, i)):
            prev = line[i - 1] if i else ""
            if r.group(1).lower() in _readings(prev):
                out.append((r.end(), _Hyp(h.score - COST_PHANTOM, p, h.last, h.out, h.last_byte)))
        return out
    if code and len(code) == 1 and code[0] == 0x80 and (ch := _pair(p, 0x80)):
        out.append((i + 1, _emit(m, h, ch, i, 0.0, None, last_byte=0x80)))
    if code and len(code) == 2:
        if ch := _pair(p, code[0]):
            out.append((i + 1, _emit(m, h, ch, i, 0.0, code[1], last_byte=code[0])))
        out += [(i + 1, x) for x in _dropped(m, h, p, code, i)]
    return out


@functools.cache
def _drop_class(first: int) -> int:
    """Firsts with the same undecodable seconds share a class (so a ranking is shared)."""
    return _DROP_CLASSES.setdefault(_dropped_after(first), len(_DROP_CLASSES))


_DROP_CLASSES: dict[tuple[int, ...], int] = {}
DROP_CANDS = 40  # candidates kept for the second character of a dropped pair


def _drop_table(m: CharModel, p: int, b0: int) -> tuple[tuple, ...]:
    """The characters an undecodable pair dropped between lead ``p`` and the byte ``b0``.

    One row per first character c1 (lead ``p``): (c1, best logp(c1, c2), the best DROP_CANDS
    second characters c2 (trail ``b0``), the best eight (logp(c1, c2), c2) with ties). Memoised
    per document model: it does not depend on the hypothesis.
    """
    memo = m.scratch.setdefault("drop", {})
    table = memo.get((p, b0))
    if table is None:
        ranks = m.scratch.setdefault("drop-rank", {})
        rows = []
        for x in DROP_FIRST:
            c1 = _pair(p, x)
            if c1 is None:
                continue
            key = (_drop_class(x), b0)
            ranked = ranks.get(key)
            if ranked is None:
                seconds = tuple(c2 for y in _dropped_after(x) if (c2 := _pair(y, b0)))
                ranked = ranks[key] = m.rank(seconds) if seconds else None
            if ranked is None:
                continue
            c2s = m.best_after(c1, ranked, DROP_CANDS)
            cut = c2s[min(8, len(c2s)) - 1][0]  # only a pair in c1's own top 8 can be in the top 8
            top = tuple(x for x in c2s if x[0] >= cut)
            rows.append((c1, c2s[0][0], tuple(c2 for _, c2 in c2s), top))
        table = memo[(p, b0)] = tuple(rows)
    return table


def _dropped(m: CharModel, h: _Hyp, p: int, code: bytes, i: int) -> list[_Hyp]:
    """Put back an undecodable pair (x, y) before the unit with bytes ``code``."""
    table = _drop_table(m, p, code[0])
    if not table:
        return []
    logp, last = m.logp, h.last
    scored = [(logp(last, row[0]), row) for row in table]
    heads = sorted(((s1 + row[1], row[0], s1, row) for s1, row in scored), reverse=True)
    c1s = tuple(h[1] for h in heads)
    c2s_of: dict[str, tuple[str, ...]] = {}
    best: list[tuple[float, str, str]] = []
    for head, c1, s1, row in heads:
        if len(best) >= 8:
            best.sort(reverse=True)
            del best[8:]
            if head < best[-1][0]:  # rows come best first: no later pair can make the top 8
                break
        c2s_of[c1] = row[2]
        best.extend([(s1 + l2, c1, c2) for l2, c2 in row[3]])
    best.sort(reverse=True)
    result = []
    for s, c1, c2 in best[:8]:
        out = _Out(_Out(h.out, c1, i, True, c1s), c2, i, True, c2s_of[c1])
        h1 = _Hyp(h.score - COST_DROP + s, code[1] if len(code) == 2 else None, c2, out, code[0])
        result.append(h1)
    return result


def _settle(m: CharModel, items: list[_Out], chars: list[str]) -> tuple[list[Unsure], list[Chosen]]:
    """Choose each destroyed byte by word frequency in a window around it (``chars`` is updated);
    a character whose best reading does not beat the next by MARGIN is reported as unsure."""
    unsure = []
    chosen = []
    for k, it in enumerate(items):
        if len(it.cands) < 2:
            continue
        lo, hi = max(0, k - 4), min(len(chars), k + 5)

        def score(c: str, k: int = k, lo: int = lo, hi: int = hi) -> float:
            return m.text_logp("".join(chars[lo:k]) + c + "".join(chars[k + 1 : hi]))

        opened = "".join(chars[:k]).count("“") - "".join(chars[:k]).count("”")

        def quote(c: str, opened: int = opened) -> float:
            if c == "”":
                return 2.5 if opened > 0 else 0.0
            if c == "“":
                return -2.5 if opened > 0 else 0.0
            return 0.0

        prev = chars[k - 1] if k else ""
        scored = sorted(
            ((score(c) + quote(c) + (m.logp(prev, c) if not c.isalpha() else 0.0), c)
             for c in it.cands[:40]),
            reverse=True,
        )  # fmt: skip
        chars[k] = scored[0][1]
        margin = scored[0][0] - scored[1][0]
        # a transliterated name (marked by '·') has no word frequency to go by
        in_name = is_han(scored[0][1]) and "·" in "".join(chars[max(0, k - 3) : k + 4])
        if in_name or margin < (MARGIN if not is_han(scored[0][1]) else MARGIN_HAN):
            unsure.append(Unsure(k, tuple(c for _, c in scored[:5])))
        else:
            chosen.append(Chosen(k, margin, scored[1][1]))
    return unsure, chosen


def repair_line(line: str, model: DocModel | None = None) -> LineRepair:
    """Repair one line (no ``\\n``). Lines without a '?' come back unchanged."""
    if "?" not in line:
        return LineRepair(line, list(range(len(line))))
    m = model or DocModel(char_model(), line)
    agenda: dict[int, dict[tuple, _Hyp]] = {0: {(None, "", ""): _Hyp(0.0, None, "", None)}}
    i = 0
    n = len(line)
    while i < n:
        hyps = agenda.pop(i, None)
        if not hyps:
            i += 1
            continue
        beam = sorted(hyps.values(), key=lambda h: h.score, reverse=True)[:BEAM]
        if len(beam) == 1 and beam[0].pending is None and line[i] != "?" and not agenda:
            h = beam[0]
            h.out = _Out(h.out, line[i], i, False)
            h.last = line[i]
            code = _gbk(line[i])
            h.last_byte = code[-1] if code else 0
            agenda[i + 1] = {h.key(): h}
            i += 1
            continue
        for h in beam:
            for j, h2 in _steps(m, line, i, h):
                slot = agenda.setdefault(j, {})
                old = slot.get(h2.key())
                if old is None or h2.score > old.score:
                    slot[h2.key()] = h2
        i += 1
    final = [h for h in agenda.get(n, {}).values() if h.pending is None]
    if not final:
        return LineRepair(line, list(range(n)))
    best = max(final, key=lambda h: h.score)
    items: list[_Out] = []
    node = best.out
    while node is not None:
        items.append(node)
        node = node.prev
    items.reverse()
    chars = [it.ch for it in items]
    unsure, chosen = _settle(m, items, chars)
    for u in unsure:
        chars[u.index] = LOST
    text = "".join(chars)
    origin = [it.src for it in items]
    spans = _spans(line, items, chars)
    return LineRepair(text, origin, spans, unsure, chosen)


def _spans(line: str, items: list[_Out], chars: list[str]) -> list[tuple[int, int, str]]:
    """Group repaired characters into (start, end, after) spans of the input line."""
    spans: list[tuple[int, int, str]] = []
    start: int | None = None
    after: list[str] = []
    pos = 0
    for k, it in enumerate(items):
        if not it.fixed and chars[k] == line[it.src]:
            if start is None and it.src != pos:
                start = pos
            if start is not None:
                spans.append((start, it.src, "".join(after)))
                start, after = None, []
            pos = it.src + 1
        else:
            if start is None:
                start = pos
            after.append(chars[k])
            pos = max(pos, it.src + 1)
    if start is not None or pos < len(line):
        spans.append((pos if start is None else start, len(line), "".join(after)))
    return spans
