"""Readings a text's topic settles: the pieces of Chinese chess (车 jū, 将 jiàng, 相 xiàng).

A sentence of a chess text says 两个车 or 把我的将困在角落里 without a word that tells the
context model, which reads one sentence at a time, that 车 is the chariot and 将 the general:
it reads chē and jiāng. A topic (``TOPICS``, data) is a set of cue words of the Simplified
lookup copy and the readings its characters take in it. Where at least ``MIN_CUES`` different
cue words occur within ``WINDOW`` paragraphs of a paragraph (a text about chess, not one that
plays chess once: 下了一盘棋，然后开车回家 has one cue), a topic character of that paragraph
takes the topic's reading when:

- only the context model or the character's first reading decided it (never a dictionary
  word: 开车 汽车 将军 将来 互相 stay as they are; nor a grammar rule);
- it stands as a noun: after a measure word, 的, a conjunction, an opening quote, 把 or the
  side that owns it (两个车, 我的将, 帅或将, “车”, 把车平到中路, 黑将), before a conjunction or
  the end of a clause (将和帅, 两个相或象), or, for 车, at the start of a clause (车走直线; 将
  there is the preposition 'take': 将车移到中路);
- the character is not being named in the word just before it (汽车的车, the car's chē), nor
  opens a word of the topic where it keeps its reading (「将死」 'checkmate', which jieba cuts).

A topic may also read a word of the lexicon otherwise (``words``: 落子 'place a piece' luòzǐ in
a chess text, where the lexicon has the folk opera làozi; 出车 'bring out the chariot' chū jū,
where it has 'dispatch a vehicle').

A topic whose character is a verb in it (``verb_role``: 和 in a text about mahjong is hú 'win
the hand') takes the topic reading where the character stands as a verb: after a negation, a
modal or an adverb (没和, 能和的牌, 又没和成) or before 了/过 or the end of its clause (各和了一
把, 那一圈谁也没和。); 和 between two nouns stays the conjunction hé (老孙和他太太).

A topic may name its verb by what stands right next to it instead (``verb_after``,
``verb_before``: 还 huán 'pay back' in a text about a loan, before an amount, 了, 的 or the end
of a clause, or in 越还越少; before a verb it stays the adverb hái), replace a rule that reads
the character otherwise there (``over_rules``), and give a word the model overruled its
dictionary reading back where the two agree (还款额 huánkuǎn'é).

A topic whose character keeps its topic reading in every role (``any_role``: 帖 in a text
about calligraphy is the model one copies, tiè, whether 看帖 or 帖上; 藏 in a text about a
museum's collection is cáng, 入藏 'entered the collection', where the model reads Tibet's zàng;
倒 in a driving lesson is dào 'reverse', 练倒库 or 往后倒) skips the noun test; the other
conditions hold.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from edition.model import Reading
from edition.readings.source_forms import WEAK

log = logging.getLogger(__name__)

MIN_CUES = 2  # different cue words that make a stretch of text about the topic
WINDOW = 2  # paragraphs each side of a paragraph in which its cues are counted

# what stands right before a noun (a measure word, 的, a conjunction, an opening quote, 把
# before the object it moves: 把车平到中路, 他把将往旁边一挪)
_NOUN_BEFORE = frozenset("个的或和与跟把、“‘「『")
# what stands right after a noun in a list or at the end of a clause
_NOUN_AFTER = frozenset("和或与跟、，。；：！？”’」』")
_CLAUSE_START = frozenset("，。；：！？\n")
# what stands right before a verb (a negation, a modal, an adverb) and right after it (an
# aspect particle, a sentence particle, the end of the clause): 没和, 能和的牌, 和了两把
_VERB_BEFORE = frozenset("没不别能会要想可就才又也都先已刚快")
_VERB_AFTER = frozenset("了过啦吧呢吗啊呀，。；：！？”’」』\n")


@dataclass(frozen=True, slots=True)
class Topic:
    name: str
    cues: tuple[str, ...]  # words of the Simplified lookup copy that name the topic
    readings: dict[str, str]  # character -> its reading in the topic
    clause_start: frozenset[str] = field(default_factory=frozenset)  # nouns opening clauses
    any_role: bool = False  # the topic reading holds whatever the character's role
    verb_role: bool = False  # the topic reading is a verb's: it holds where the character is one
    # words that name a piece's owner right before it (黑将, 红车: the sides of a board)
    owners: frozenset[str] = field(default_factory=frozenset)
    # words a topic character opens where it keeps its own reading, however jieba cut them
    # (将死 'checkmate', cut 将|死 after a quote)
    keep: tuple[str, ...] = ()
    # words the topic reads otherwise than the lexicon (落子 'place a piece' luòzǐ, not the
    # folk opera làozi): their reading in the topic, replacing the lexicon's
    words: dict[str, str] = field(default_factory=dict)
    # the characters a topic verb takes right after it (还 'pay back' + an amount, 了, 的, 清, 完:
    # 每个月要还五千, 还的钱, 还清), or right before it (越还越少); its reading holds there only
    verb_after: frozenset[str] = field(default_factory=frozenset)
    verb_before: frozenset[str] = field(default_factory=frozenset)
    # what, starting right after the character, makes it the other word (还得还 'must still
    # pay': the first 还 is the adverb)
    not_before_words: tuple[str, ...] = ()
    # rules whose reading the topic replaces where its role test holds (hai-adverb reads 还
    # before a numeral as 'still', which a text about a loan's repayments does not mean)
    over_rules: frozenset[str] = frozenset()


TOPICS = (
    Topic(
        "xiangqi",
        cues=(
            "象棋",
            "下棋",
            "棋盘",
            "棋子",
            "棋局",
            "棋谱",
            "楚河",
            "汉界",
            "九宫",
            "红方",
            "黑方",
            "将军",
            "马走日",
            "象走田",
            # the moves and outcomes a chess lesson names (跳马, 和棋 'a draw', 悔棋)
            "跳马",
            "飞象",
            "出车",
            "将死",
            "和棋",
            "悔棋",
            "走棋",
            "棋手",
            "残局",
            "吃子",
        ),
        readings={"车": "ju1", "将": "jiang4", "相": "xiang4"},
        clause_start=frozenset("车"),
        owners=frozenset("红黑"),
        keep=("将死",),
        words={"落子": "luo4 zi3", "出车": "chu1 ju1"},
    ),
    Topic(
        "calligraphy",
        cues=(
            "书法",
            "毛笔",
            "楷书",
            "行书",
            "草书",
            "隶书",
            "篆书",
            "临帖",
            "字帖",
            "碑帖",
            "笔锋",
            "藏锋",
            "宣纸",
            "砚台",
            "墨汁",
            "蘸墨",
            "磨墨",
            "临摹",
        ),
        readings={"帖": "tie4", "藏": "cang2"},
        any_role=True,
    ),
    Topic(
        "collection",
        cues=(
            "收藏",
            "藏品",
            "馆藏",
            "珍藏",
            "典藏",
            "文物",
            "博物馆",
            "本馆",
            "展厅",
            "展柜",
            "展品",
            "古籍",
        ),
        readings={"藏": "cang2"},
        any_role=True,
    ),
    Topic(
        "swimming",
        # 呛 qiāng 'choke on water' in a text about swimming; qiàng is what smoke or a strong
        # smell does to the nose (油烟呛人), which the model reads from its own sentence
        cues=(
            "游泳",
            "泳池",
            "游泳池",
            "泳衣",
            "泳镜",
            "憋气",
            "换气",
            "呛水",
            "蛙泳",
            "自由泳",
            "仰泳",
            "深水区",
            "浅水区",
            "救生圈",
            "溺水",
        ),
        readings={"呛": "qiang1", "划": "hua2"},
        any_role=True,
    ),
    Topic(
        "mahjong",
        cues=(
            "麻将",
            "打麻将",
            "自摸",
            "听牌",
            "碰牌",
            "杠牌",
            "开杠",
            "点炮",
            "放炮",
            "坐庄",
            "庄家",
            "清一色",
            "码牌",
            "摸牌",
            "胡牌",
            "和牌",
            "牌局",
            "三缺一",
            "番数",
        ),
        readings={"和": "hu2"},
        verb_role=True,
    ),
    Topic(
        "laundry",
        # 干 gān 'get dry' in a text about washing and drying clothes, where the clause that
        # says it (中午就干了, 一天也干不透) often names no clothes; the verb gàn 'do' takes
        # its work or a length of time after 了 (干了一整天, 干活), which not_before_words keeps
        cues=(
            "洗衣服",
            "洗衣机",
            "晾衣服",
            "晒衣服",
            "晾干",
            "晒干",
            "衣架",
            "晾衣架",
            "衣夹",
            "洗衣篮",
            "洗衣粉",
            "烘干机",
        ),
        readings={"干": "gan1"},
        verb_after=frozenset("了透，。；！？\n"),
        not_before_words=(
            "了一", "了两", "了三", "了半", "了几", "了好", "了不少", "了很多", "了这",
        ),
        over_rules=frozenset({"gan-do"}),
    ),
    Topic(
        "orchard",
        # 结 jiē 'bear fruit' in a text about fruit trees and their crop (今年本来结得很好, 明年
        # 还会再结), where the clause that says it no longer names the fruit; jié 'tie, freeze,
        # settle' takes a knot, ice or an account after it (结了一层霜), which the role test
        # leaves to the rules and the model
        cues=(
            "果园",
            "果树",
            "果子",
            "果实",
            "摘果",
            "采果",
            "芭乐",
            "桃树",
            "梨树",
            "苹果树",
            "橘子树",
            "柿子树",
            "枣树",
            "荔枝树",
            "龙眼树",
            "芒果树",
        ),
        readings={"结": "jie1"},
        verb_role=True,
        verb_after=frozenset("得满，。；！？\n"),
    ),
    Topic(
        "frying",
        # 炸 zhá 'deep-fry' in a text about frying (负责炸, 炸锅 'the frying pot'); zhà 'explode'
        # is a bomb's or a firecracker's, which a frying text seldom has
        cues=(
            "油锅",
            "油温",
            "炸鸡",
            "鸡排",
            "炸鸡排",
            "油炸",
            "酥脆",
            "地瓜粉",
            "薯条",
            "炸油条",
            "面糊",
        ),
        readings={"炸": "zha2"},
        any_role=True,
        words={"炸锅": "zha2 guo1"},
    ),
    Topic(
        "rowing",
        # 划 huá 'row' in a text about boats and oars (划手, 往前划, 划起来, 划到一半), where the
        # clause often names no boat; huà 'plan, mark off' lives in words (计划 划分 规划)
        cues=(
            "龙舟",
            "龙船",
            "划船",
            "赛龙舟",
            "船桨",
            "桨",
            "划桨",
            "小船",
            "木船",
            "独木舟",
            "皮划艇",
            "划艇",
            "掌舵",
            "舵手",
            "船身",
        ),
        readings={"划": "hua2"},
        any_role=True,
    ),
    Topic(
        "hair",
        # 扎 zā 'tie' in a text about doing hair (扎辫子, 扎好了, 拆了重扎), where the clause
        # that ties it often no longer names the hair; zhā 'prick' takes what is pricked
        # (扎手, 扎了一下), which its role test leaves to the rules and the model
        cues=(
            "辫子",
            "小辫",
            "小辫子",
            "马尾",
            "马尾辫",
            "梳头",
            "头发",
            "发髻",
            "皮筋",
            "橡皮筋",
            "头绳",
            "发夹",
            "梳子",
        ),
        readings={"扎": "za1"},
        verb_role=True,
        verb_after=frozenset("好了一两个辫马头紧起成上，。；！？\n"),
    ),
    Topic(
        "frames",
        # 扎 zā 'tie' in a text about making lanterns or kites on a bamboo frame (扎骨架, 帮他
        # 重新扎了一遍), where the clause that ties often no longer names the frame; zhā 'prick'
        # takes what is pricked (竹刺扎手), which its role test leaves to the rules and the model
        cues=(
            "灯笼",
            "花灯",
            "彩灯",
            "宫灯",
            "风筝",
            "骨架",
            "竹篾",
            "篾条",
            "篾片",
            "竹条",
            "纸扎",
        ),
        readings={"扎": "za1"},
        verb_role=True,
        verb_after=frozenset("好了一两个紧牢起成上出，。；！？\n"),
    ),
    Topic(
        "driving",
        # a driving lesson: 倒 dào 'reverse' (练倒库, 挂倒挡, 往后倒), 刹 and 煞 shā 'brake' (拉好
        # 手刹, Taiwan's 手煞), and 档 dǎng 'gear', the lookup copy of Taiwan's 檔 for the
        # mainland's 挡 (掛一檔, 檔位, 放回空檔), where the clause often names no car; dǎo
        # 'fall' and dàng 'grade' live in words there (摔倒, 档次), which the topic leaves alone
        cues=(
            "驾校",
            "教练车",
            "方向盘",
            "离合",
            "离合器",
            "油门",
            "刹车",
            "手刹",
            "煞车",
            "后视镜",
            "转向灯",
            "挡位",
            "档位",
            "倒车",
            "倒库",
            "侧方停车",
            "科目二",
            "驾照",
        ),
        readings={"倒": "dao4", "刹": "sha1", "煞": "sha1", "档": "dang3"},
        any_role=True,
        words={"空档": "kong1 dang3", "档位": "dang3 wei4"},
    ),
    Topic(
        "loan",
        # 还 huán 'pay back' in a text about a loan or a debt, where it stands as that verb:
        # before an amount, 了, 的, 得, 清, 完 or the end of a clause, or after 越; before a
        # verb it stays the adverb hái (她还提醒我们, 还要还三年)
        cues=(
            "贷款",
            "房贷",
            "车贷",
            "还款",
            "还贷",
            "欠款",
            "借款",
            "欠债",
            "利息",
            "利率",
            "本金",
            "首付",
            "月供",
            "分期",
            "违约金",
            "逾期",
            "信用卡",
            "账单",
        ),
        readings={"还": "huan2"},
        verb_after=frozenset("了的得清完满掉款钱债贷上一二三四五六七八九十百千万几多半两，。；！？\n"),
        verb_before=frozenset("越"),
        not_before_words=(
            "得还", "得交", "得付", "得先", "得再", "得去", "得要", "得多少", "多少年",
        ),
        over_rules=frozenset({"hai-adverb"}),
    ),
    Topic(
        "carrying",
        # 背 bēi 'carry on the back' in a text about a backpack or a load carried (背了三个月,
        # 背的时候, 背一整天, 背着也挺舒服), where the clause that says it often names no load;
        # bèi 'recite' takes a text or a result after it (背课文, 背熟), which
        # not_before_words keeps, and the back itself is a word (后背, 手背) or the rule bei-back
        cues=(
            "双肩包",
            "背包",
            "书包",
            "肩带",
            "背带",
            "登山包",
            "旅行包",
            "电脑包",
            "背篓",
            "竹篓",
            "行李",
            "肩膀",
            "扁担",
            "包袱",
        ),
        readings={"背": "bei1"},
        verb_after=frozenset("了的一起上回走到在去，。；！？\n"),
        verb_before=frozenset("能要会想得来去再还也都就才没不别"),
        not_before_words=(
            "课文", "单词", "书", "诗", "古诗", "唐诗", "台词", "口诀", "公式", "稿", "下来", "熟",
            "会", "完", "得", "出来", "错", "一遍", "一下", "上来",
        ),
        words={"背着": "bei1 zhe5"},
        over_rules=frozenset({"bei-back"}),
    ),
)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for k, ch in enumerate(text):
        if ch == "\n":
            out.append((start, k))
            start = k + 1
    out.append((start, len(text)))
    return out


def topics_at(lookup: str, topics: Sequence[Topic] = TOPICS) -> list[tuple[int, int, Topic]]:
    """The paragraphs (start, end) of ``lookup`` that are about a topic, with the topic."""
    paras = _paragraphs(lookup)
    out = []
    for topic in topics:
        found = [{c for c in topic.cues if c in lookup[a:b]} for a, b in paras]
        for k, (a, b) in enumerate(paras):
            near = set().union(*found[max(0, k - WINDOW) : k + WINDOW + 1])
            if len(near) >= MIN_CUES:
                out.append((a, b, topic))
    return out


def _neighbours(lookup: str, i: int) -> tuple[str, str]:
    """The characters right before and after ``lookup[i]`` (a line break past either end)."""
    return (lookup[i - 1] if i else "\n", lookup[i + 1] if i + 1 < len(lookup) else "\n")


def _named(lookup: str, i: int) -> bool:
    """汽车的车: the character of the word just before, named."""
    return lookup[i] in lookup[max(0, i - 3) : i - 1]


def _noun(lookup: str, i: int, topic: Topic) -> bool:
    ch = lookup[i]
    before, after = _neighbours(lookup, i)
    if _named(lookup, i):
        return False
    if any(lookup.startswith(w, i) for w in topic.keep):
        return False
    return (
        before in _NOUN_BEFORE
        or before in topic.owners
        or after in _NOUN_AFTER
        or after == "\n"
        or (before in _CLAUSE_START and ch in topic.clause_start)
    )


def _verb(lookup: str, i: int) -> bool:
    """没和, 能和的牌, 和了: the character stands as a verb (module docstring)."""
    before, after = _neighbours(lookup, i)
    return after in _VERB_AFTER or (before in _VERB_BEFORE and after in _VERB_AFTER | {"的", "成"})


def _pays(lookup: str, i: int, topic: Topic) -> bool:
    """The character stands as the topic's verb by what is right next to it (``verb_after``,
    ``verb_before``), and no word after it makes it another (``not_before_words``)."""
    if any(lookup.startswith(w, i + 1) for w in topic.not_before_words):
        return False
    before, after = _neighbours(lookup, i)
    return after in topic.verb_after or before in topic.verb_before


def _word_spans(lookup: str, a: int, b: int, word: str, details: Sequence) -> list[int]:
    """Where in ``lookup[a:b]`` the engine read ``word`` as the lexicon's word."""
    out, i = [], lookup.find(word, a, b)
    while i >= 0:
        d = details[i]
        if d is not None and d.word == word:
            out.append(i)
        i = lookup.find(word, i + len(word), b)
    return out


def apply_topics(lookup: str, readings: Sequence, details: Sequence) -> list:
    """``readings`` of ``lookup`` with the topic readings of the paragraphs about a topic
    (module docstring); ``details`` are the engine's, one per character."""
    out = list(readings)
    for a, b, topic in topics_at(lookup):
        for word, reading in topic.words.items():
            for i in _word_spans(lookup, a, b, word, details):
                for k, syl in enumerate(reading.split()):
                    r = out[i + k]
                    if r is not None and r.origin == "phrase" and r.syllable != syl:
                        out[i + k] = Reading(syl, "rule")
        for i in range(a, b):
            want = topic.readings.get(lookup[i])
            r, d = out[i], details[i]
            if want is None or r is None or d is None or r.syllable == want:
                continue
            overruled = r.origin == "rule" and d.rule_id in topic.over_rules
            # a word the model overruled gets its reading back where the topic agrees with it
            # (还款额 in a text about a loan: the word 还款, huánkuǎn)
            if (r.origin not in WEAK and not overruled) or (len(d.word) > 1 and d.phrase != want):
                continue
            if topic.verb_after or topic.verb_before:
                if not _pays(lookup, i, topic):
                    continue
            elif topic.verb_role:
                if not _verb(lookup, i):
                    continue
            elif not (_noun(lookup, i, topic) or (topic.any_role and not _named(lookup, i))):
                continue
            log.debug("%s at %d: %s in a text about %s", lookup[i], i, want, topic.name)
            out[i] = Reading(want, "rule")
    return out


def apply_topics_lines(lookups: Sequence[str], readings: Sequence, details: Sequence) -> list:
    """``apply_topics`` over lines read one by one (the pinyin command's input, a bench set):
    the lines are the paragraphs of one text."""
    return _over_text(apply_topics, lookups, readings, details)


def _over_text(apply, lookups: Sequence[str], readings: Sequence, details: Sequence) -> list:
    """``apply(text, readings, details)`` over lines read one by one, joined as one text."""
    text = "\n".join(lookups)
    flat_r: list = []
    flat_d: list = []
    for k, (rs, ds) in enumerate(zip(readings, details, strict=True)):
        if k:
            flat_r.append(None)
            flat_d.append(None)
        flat_r.extend(rs)
        flat_d.extend(ds)
    got = apply(text, flat_r, flat_d)
    out, at = [], 0
    for lk in lookups:
        out.append(got[at : at + len(lk)])
        at += len(lk) + 1
    return out


def printed_readings(
    sources: Sequence[str], lookups: Sequence[str], readings: Sequence, details: Sequence
) -> list:
    """The readings the editions print for the lines of one text (``sources``, their Simplified
    ``lookups`` and the engine's ``readings`` and ``details`` of each): a character the source
    writes otherwise keeps the one reading it has (``source_forms.settle``), then the text's
    topics apply (``apply_topics_lines``), then what its people's names settle
    (``edition.readings.names``). Every caller reads a text this way: the build, the library
    call, the pinyin command and the bench."""
    from edition.readings.lexicon import lexicon
    from edition.readings.names import apply_names
    from edition.readings.source_forms import settle, taiwan
    from edition.text.script import written_traditional

    settled = [
        settle(source, lookup, rs, row)
        for source, lookup, rs, row in zip(sources, lookups, readings, details, strict=True)
    ]
    if written_traditional("\n".join(sources), "\n".join(lookups)):
        settled = taiwan(sources, settled)
    topical = apply_topics_lines(lookups, settled, details)
    lex = lexicon()
    return _over_text(
        lambda text, rs, ds: apply_names(text, rs, ds, lex), lookups, topical, details
    )

