"""Verse in a plain text: lines of regular verse, and poem blocks (title, byline, verse lines).

A teacher's commonest sheet is a page of classical poems (古诗): each poem a short title line,
an optional byline (the poet, with or without the dynasty: 〔唐〕李白, 唐·李白, （宋）苏轼, 李白),
then its lines, one couplet a line. The layouts print such a block as a poem: the title as a
heading, the byline centred under it, the verse lines centred without the prose indent.
The readings stage uses the same measure of a verse line (``edition.readings.register``).

Lines are measured on the Simplified lookup copy (the modern function words are listed in
Simplified).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from edition.text.segment import is_han

VERSE_LENGTHS = frozenset({5, 7})  # 五言 and 七言 lines
_CLAUSE_END = re.compile(r"[，,。！？；!?;、：:\n]+")
_QUOTES = frozenset("“”‘’「」『』《》（）() 　\t…—")
# modern function words and pronouns no classical line holds (个 is kept: 两个黄鹂)
_MODERN = frozenset("的们吗呢吧她它这么啊呀咱您啦嘛很")
# modern words no line of classical verse holds, in both scripts: two prose clauses of five
# characters (一个人在家，我觉得很闷) are not a couplet
_MODERN_WORDS = tuple(
    "觉得 覺得 什么 什麼 没有 沒有 已经 已經 知道 喜欢 喜歡 可以 因为 因為 所以 但是 就是 还是 "
    "還是 现在 現在 时候 時候 我们 我們 你们 你們 他们 他們 怎么 怎麼 非常 特别 特別 妈妈 媽媽 "
    "爸爸 奶奶 爷爷 爺爺 孩子 老师 老師 学校 學校 今天 明天 昨天 一下 一点 一點 不要 大家 "
    "电话 電話 手机 手機 "
    # household things named with the modern suffix 子 (verse says 箱 盒 杯 衾): a prose line
    # of two seven-character clauses about a parcel (箱子封得太严实，我拿剪刀才拆开) is no couplet
    "箱子 盒子 袋子 桌子 椅子 杯子 瓶子 盘子 筷子 勺子 鞋子 袜子 襪子 裤子 褲子 被子 本子 房子 "
    "肚子 鼻子 脖子 样子 樣子 个子 個子".split()
)
_DYNASTIES = (
    "先秦 秦 汉 西汉 东汉 三国 魏 蜀 吴 晋 西晋 东晋 南北朝 南朝 北朝 宋 齐 梁 陈 北魏 北齐"
    " 北周 隋 唐 五代 后唐 南唐 北宋 南宋 辽 金 元 明 清 近代 现代 当代"
).split()
_DYNASTY = "|".join(sorted(_DYNASTIES, key=len, reverse=True))
_NAME = r"[\u3400-\u9fff]{2,5}"
# 〔唐〕李白  [唐]李白  （唐）李白  【唐】李白  唐·李白  唐代 李白  唐 李白  李白
BYLINE = re.compile(
    rf"^(?P<dynasty>[〔\[【（(]\s*(?:{_DYNASTY})代?\s*[〕\]】）)]\s*"
    rf"|(?:{_DYNASTY})代?\s*[·・•‧.]\s*|(?:{_DYNASTY})代?\s+)?{_NAME}$"
)
# the labels of a lesson's parts, which a name-like line under a title may also be
_SECTION_LABELS = frozenset("原文 译文 注释 正文 前言 序言 题解 作者 简介 赏析 附录 导读".split())
_TITLE_MAX = 16  # characters of a poem's title line (黄鹤楼送孟浩然之广陵, 饮酒（其五）)
_TITLE_END = frozenset("。，、；：！？,.;:!?”」")


def clauses(line: str, modern_words: tuple[str, ...] = _MODERN_WORDS) -> list[str] | None:
    """The clauses of a line, quotes and spaces dropped; None when a clause holds anything but
    Han characters, or a modern function word (of ``modern_words``)."""
    out = []
    for c in _CLAUSE_END.split(line):
        body = "".join(ch for ch in c if ch not in _QUOTES)
        if not body:
            continue
        if not all(is_han(ch) for ch in body) or any(ch in _MODERN for ch in body):
            return None
        if any(w in body for w in modern_words):
            return None
        out.append(body)
    return out


def is_verse(line: str) -> bool:
    """True for a line of two or more clauses of five or seven Han characters each, all the
    same length, nothing in them but Han characters, and no modern function word."""
    got = clauses(line)
    if not got or len(got) < 2:
        return False
    lengths = {len(c) for c in got}
    return len(lengths) == 1 and lengths <= VERSE_LENGTHS


def is_prose_line(line: str) -> bool:
    """A line of sentences: a modern function word, anything but Han, or a clause longer than
    a line of verse (titles, bylines and irregular verse such as 天苍苍，野茫茫 are not)."""
    got = clauses(line)
    return got is None or any(len(c) > max(VERSE_LENGTHS) for c in got)


# words of classical grammar, counted in a line of classical prose
_CLASSICAL = frozenset("之乎矣焉哉兮曰其而吾汝尔乃遂则皆亦予毋勿盍曷奚欤耶")
# modern words holding one of them, masked before counting
_MODERN_HOSTS = tuple(
    "之所以 之间 之后 之前 之一 之类 总之 之外 之中 之下 之上 几乎 似乎 在乎 合乎 关乎 其中 其实 "
    "其他 其它 尤其 极其 与其 其次 其余 而且 而是 然而 因而 反而 从而 进而 而已 而言 否则 规则 "
    "原则 法则 准则 给予 授予 予以 偶尔 也许 乃至 久而久之 总而言之 "
    # 余 (below) is also modern 'remaining, spare' in these
    "多余 剩余 业余 课余 余下 余额 余地 余热 余震 残余 盈余 富余 空余 结余 余数 余生 余音 余味 "
    "余晖 有余 余款 余粮 余温 余波 余党 余孽 茶余饭后".split()
)
# 余 'I' of 古文 (余幼时即嗜学, 以书假余, 当余之从师也) opens or closes its clause or stands
# before a word of grammar; inside a clause it is mostly 'remaining' (余脉, 喘延余息)
_I_YU = re.compile(r"^余|余$|余(?=[之则亦乃独尝因既虽与以])")
# ...but not of prose: 可以 and 所以 are classical words too (可以一战, 师者所以传道也); and
# 今天 'today' is no word in 今天下 'now the world' (今天下三分) unless 天下 is 下午 下雨...
_MODERN_IN_PROSE = tuple(w for w in _MODERN_WORDS if w not in ("可以", "所以", "今天"))
_TODAY = re.compile(r"今天(?!下[^午雨班课来去载了面])")
_PROSE_MIN_HAN = 12  # a title or a byline says nothing of its register
_PROSE_DENSITY = 0.05
# classical5: clauses of a descriptive line of four characters each, and how many of them
_FOUR_MIN_CLAUSES = 4
_FOUR_SHARE = 0.5
_FOUR_LONGEST = 10


def is_classical_prose(line: str) -> bool:
    """A line of classical prose (古文): no modern function word (``_MODERN``, and 了), and words
    of classical grammar (之 乎 矣 焉 曰 其 而 乃 遂 ..., outside the modern words holding
    them; 也 closing a clause) for at least one in twenty of its Han characters
    (``edition.readings.register`` says why)."""
    got = clauses(line, _MODERN_IN_PROSE)
    if not got or any("了" in c or _TODAY.search(c) for c in got):
        return False
    han = sum(map(len, got))
    if han < _PROSE_MIN_HAN:
        return False
    words = sum(c.endswith("也") for c in got)
    for c in got:
        for host in _MODERN_HOSTS:
            c = c.replace(host, "_" * len(host))
        words += sum(ch in _CLASSICAL for ch in c) + len(_I_YU.findall(c))
    return words >= _PROSE_DENSITY * han or _four_character_run(line, got)


def plain_line(line: str) -> bool:
    """A line of Han clauses with no modern word (``is_classical_prose``'s list, 了, 今天) and
    no list or speaker's colon: classical or not, nothing in it says modern."""
    if "：" in line or ":" in line:
        return False
    got = clauses(line, _MODERN_IN_PROSE)
    return bool(got) and not any("了" in c or _TODAY.search(c) for c in got)


def _four_character_run(line: str, got: list[str]) -> bool:
    """A descriptive line of 古文 in clauses of four characters (风烟俱净，天山共色; 一屠晚归，
    担中肉尽): such prose holds few words of grammar, and no line of our sets' modern prose
    runs so, half its clauses of four and none longer than ten; a list or a dialogue's turns
    (材料：面粉三百克、...) are cut by their colon."""
    if "：" in line or ":" in line or len(got) < _FOUR_MIN_CLAUSES:
        return False
    if max(map(len, got)) > _FOUR_LONGEST:  # a modern sentence's long clause among short ones
        return False
    return sum(len(c) == 4 for c in got) >= _FOUR_SHARE * len(got)


def _verse_like(line: str) -> bool:
    """A line an irregular poem may hold (敕勒川，阴山下。): clauses of Han only, none longer
    than a line of verse, ending like a sentence."""
    got = clauses(line)
    return (
        got is not None
        and len(got) >= 2
        and not is_prose_line(line)
        and line.rstrip()[-1:] in "。！？；，"
    )


def _title_like(line: str) -> bool:
    text = line.strip()
    return (
        0 < len(text) <= _TITLE_MAX
        and text[-1:] not in _TITLE_END
        and any(is_han(ch) for ch in text)
        and not any(ch.isdigit() or ch in "：:|｜/" for ch in text)
    )


def _dated(line: str) -> bool:
    m = BYLINE.match(line.strip())
    return bool(m and m.group("dynasty"))


def poem_lines(lines: Sequence[str]) -> dict[int, str]:
    """Line index -> ``heading`` (a poem's title), ``byline`` or ``verse`` for the poem blocks
    of a text's lines (Simplified lookup copy; blank lines end a block). A block is an
    optional title line, an optional byline and a run of verse lines holding two regular
    couplets (a quatrain on one line counts as two); under a byline with its dynasty, one
    regular couplet or two lines of irregular verse are enough, under a bare name two lines
    with one regular couplet, or three of irregular verse (敕勒歌). A heading over one couplet
    of prose-like 5+5 characters (第一章 / 他说他会来，我说我不去。) is not a poem. A title and
    a byline over classical prose (桃花源记 / 陶渊明 / 晋太元中...) are a lesson's: ``heading`` and
    ``byline``, the prose left as it is."""
    out: dict[int, str] = {}
    n = len(lines)
    i = 0
    while i < n:
        line = lines[i].strip()
        j = i
        title = byline = None
        if _title_like(line) and not _dated(line):
            title, j = i, i + 1
        # a bare name is a byline under a title; without one, only with its dynasty
        if j < n and BYLINE.match(lines[j].strip()) and (title is not None or _dated(lines[j])):
            byline, j = j, j + 1
        run = []
        while j < n and lines[j].strip() and (is_verse(lines[j]) or _verse_like(lines[j])):
            run.append(j)
            j += 1
        # regular couplets, a whole quatrain on one line counting as two
        regular = sum((1 + (len(clauses(lines[k]) or ()) >= 4)) * is_verse(lines[k]) for k in run)
        dated = byline is not None and _dated(lines[byline])
        if (
            regular >= 2
            or (dated and (regular >= 1 or len(run) >= 2))
            or (byline is not None and ((regular >= 1 and len(run) >= 2) or len(run) >= 3))
        ):
            if title is not None:
                out[title] = "heading"
            if byline is not None:
                out[byline] = "byline"
            out.update(dict.fromkeys(run, "verse"))
            i = j
        elif byline is not None and _classical_prose_follows(lines, j):
            # a 古文 lesson: its title and author over classical prose, printed as a poem's
            if title is not None:
                out[title] = "heading"
            out[byline] = "byline"
            i = j
        elif (
            title is not None
            and not any(x.strip() for x in lines[:i])  # under the headline, the text's title
            and BYLINE.match(line)
            and line not in _SECTION_LABELS
            and _classical_prose_follows(lines, j)
        ):
            out[title] = "byline"
            i = j
        else:
            i += 1
    return out


def _classical_prose_follows(lines: Sequence[str], j: int) -> bool:
    """Whether the paragraphs from ``j`` on (to a blank line, three at most) hold a line of
    classical prose."""
    for line in lines[j : j + 3]:
        if not line.strip():
            return False
        if is_classical_prose(line):
            return True
    return False
