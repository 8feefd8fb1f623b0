"""Word boundaries for line breaking and for known words: jieba's segmentation, and names ``名·名``.

Takes a Simplified text (the aligned lookup copy, same length as the displayed text) and gives
offsets; never changes the text. jieba's dictionary is Simplified, hence the lookup copy.
jieba's prefix dictionary is built once (about 0.8 s) and cached (kind ``segments``); callers
cache the segmentation of a whole article there too.
"""

from __future__ import annotations

import functools
import hashlib
import io
import logging
import marshal

from edition import cache

log = logging.getLogger(__name__)
FORMAT = 1  # of the cached prefix dictionary

DOTS = "·・‧•"
# Characters used to transliterate foreign names (Simplified). A name's part next to a middle
# dot is the run of these characters touching the dot: 首席执行官山姆·奥特曼 -> 山姆·奥特曼.
TRANSLIT = set(
    "阿埃艾爱安昂敖奥澳巴拜班邦鲍贝本比彼毕宾波伯博布查彻达戴丹德登邓迪蒂丁杜顿多厄恩尔法范菲芬"
    "丰冯佛夫福弗伏盖甘冈戈哥格葛根古圭果哈汉豪赫亨胡怀惠霍基吉贾简杰捷卡凯坎康考柯科克肯孔库夸"
    "奎昆拉莱赖兰朗劳勒雷蕾里利莉丽列林琳留隆卢鲁路伦罗洛马玛迈麦曼芒梅蒙米密摩莫墨姆穆纳娜南瑙"
    "内妮尼宁纽努诺欧帕派潘庞佩彭皮珀普奇齐恰乔钦琼丘萨塞赛桑瑟森沙莎山什史施舒斯松苏索塔泰坦汤"
    "唐陶特提汀图托瓦万旺威韦维温沃乌伍西希锡谢辛休雅亚扬耶伊尤约泽扎詹朱兹茨各翰瑞蒂娅妮"
)
MAX_NAME_PART = 5


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


@functools.cache
def _tokenizer():
    """jieba's tokenizer with its prefix dictionary, and the dictionary's set phrases, from the
    cache (kind ``segments``) when it has them: building them takes about 0.8 s."""
    import jieba

    jieba.setLogLevel(logging.WARNING)  # jieba logs its set-up to stderr at DEBUG otherwise
    tokenizer = jieba.Tokenizer()
    with tokenizer.get_dict_file() as handle:
        data = handle.read()
    key = "jieba-" + hashlib.sha256(str(FORMAT).encode() + data).hexdigest()[:24]
    where = cache.folder("segments")
    stored = cache.load(where, key, ".marshal")
    try:
        freq, total, phrases = marshal.loads(stored) if stored is not None else (None, 0, ())
    except (ValueError, EOFError, TypeError):
        freq = None
    if freq is None:
        freq, total = tokenizer.gen_pfdict(io.BytesIO(data))
        phrases = _phrases(data)
        cache.save(where, key, ".marshal", marshal.dumps((freq, total, phrases)))
    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = freq, total, True
    return tokenizer, frozenset(phrases)


def dictionary_words() -> dict[str, int]:
    """jieba's dictionary: word (Simplified) -> count; prefixes of words count 0."""
    return _tokenizer()[0].FREQ


def _phrases(data: bytes) -> list[str]:
    """Words of four or more characters that jieba's dictionary tags as idioms (i) or set
    phrases (l): 黯然失色, 声名远播 are words, not compounds."""
    out = []
    for raw in data.decode("utf-8").splitlines():
        word, _, rest = raw.strip().partition(" ")
        if len(word) >= 4 and rest.rpartition(" ")[2] in ("i", "l"):
            out.append(word)
    return out


def word_ends(text: str) -> list[int]:
    """The offset after each word of ``text`` (Simplified), in order; the last is ``len(text)``.

    Words are jieba's (default mode, HMM on: an unknown name such as 帕霍基 stays one word),
    a compound of four or more characters split into the dictionary words it is made of;
    punctuation, spaces and Latin runs come out as words of their own.
    """
    ends = []
    start = 0
    tokenizer, phrases = _tokenizer()
    for line in text.split("\n"):
        for word, first, _ in tokenizer.tokenize(line):
            ends.extend(start + first + e for e in _parts(word, tokenizer.FREQ, phrases))
        start += len(line) + 1
        if start <= len(text):
            ends.append(start)  # the newline is a word of its own
    if ends and ends[-1] > len(text):
        ends.pop()
    return ends


def _parts(word: str, freq: dict[str, int], phrases: frozenset[str]) -> list[int]:
    """Ends of the words a compound of jieba's dictionary is made of (推理模型: 推理 模型),
    when each has two or more characters; else the word's own end (一点儿, 薄荷, and the
    idioms and set phrases: 黯然失色)."""
    n = len(word)
    if n < 4 or not all(_is_han(ch) for ch in word) or word in phrases:
        return [n]
    # Fewest parts: best[i] is the shortest split of word[:i] into dictionary words.
    best: list[list[int] | None] = [[]] + [None] * n
    for i in range(n):
        if best[i] is None:
            continue
        for j in range(i + 2, n + 1 if i else n):  # not the whole word itself
            if freq.get(word[i:j]) and (best[j] is None or len(best[i]) + 1 < len(best[j])):
                best[j] = [*best[i], j]
    return best[n] or [n]


def name_parts(text: str) -> list[tuple[int, int]]:
    """Spans of the parts of transliterated names ``名·名`` in ``text`` (Simplified).

    A part is the Han character touching a middle dot and the transliteration characters
    that follow it away from the dot (at most five characters in all); a part before a dot
    includes the dot, so a line may break after the dot but never inside a part or before
    the dot: 约翰· / 菲茨杰拉德· / 肯尼迪.
    """
    spans: list[tuple[int, int]] = []
    for dot, ch in enumerate(text):
        if ch not in DOTS:
            continue
        if dot == 0 or dot + 1 >= len(text):
            continue
        if not (_is_han(text[dot - 1]) and _is_han(text[dot + 1])):
            continue
        # The character touching the dot always belongs to the part (白 of 伊本·白图泰, 陈 of
        # 马克·陈); the part goes on over transliteration characters.
        k = 1
        while k < MAX_NAME_PART and dot - 1 - k >= 0 and text[dot - 1 - k] in TRANSLIT:
            k += 1
        j = 1
        while j < MAX_NAME_PART and dot + 1 + j < len(text) and text[dot + 1 + j] in TRANSLIT:
            j += 1
        spans.append((dot - k, dot + 1))
        spans.append((dot + 1, dot + 1 + j))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:  # a middle part: after one dot, before the next
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
