"""Readings engine: trap characters in Simplified and Traditional, sandhi, erhua, neutral tones."""

from __future__ import annotations

import opencc
import pytest

import edition
from edition.model import Reading
from edition.readings.engine import default_engine, lookup_copy, read, split_sentences
from edition.readings.words import Word

S2T = opencc.OpenCC("s2t")


def read_in_both_scripts(engine, text: str, char: str, nth: int) -> list[tuple[str, str]]:
    """The reading of the ``nth`` ``char`` of Simplified ``text`` and of its OpenCC Traditional
    copy (character for character: the same offset), each with the text it was read in."""
    idx = [i for i, c in enumerate(text) if c == char][nth]
    trad = S2T.convert(text)
    assert len(trad) == len(text)
    return [(engine.read(lookup_copy(t))[idx].syllable, t) for t in (text, trad)]


@pytest.fixture(scope="session")
def engine():
    return default_engine()


def syllables(text: str, *, sandhi: bool = False) -> list[str | None]:
    return [r.syllable if r else None for r in read(lookup_copy(text), sandhi=sandhi)]


def reading_at(text: str, char: str, nth: int = 0, *, sandhi: bool = False) -> str:
    idx = [i for i, c in enumerate(text) if c == char][nth]
    r = syllables(text, sandhi=sandhi)[idx]
    assert r is not None
    return r


# (sentence in Simplified, trap character, which occurrence, expected reading)
TRAPS = [
    ("我们要为人民服务。", "为", 0, "wei4"),
    ("为了明天，大家都很努力。", "为", 0, "wei4"),
    ("你为什么不来？", "为", 0, "wei4"),
    ("他被选为班长。", "为", 0, "wei2"),
    ("这本书可以作为参考。", "为", 0, "wei2"),
    ("这条河很长。", "长", 0, "chang2"),
    ("孩子长大了。", "长", 0, "zhang3"),
    ("他是我们的校长。", "长", 0, "zhang3"),
    ("他跑得很快。", "得", 0, "de5"),
    ("她得到了一个奖。", "得", 0, "de2"),
    ("我得走了，明天见。", "得", 0, "dei3"),
    ("这支队伍很强。", "强", 0, "qiang2"),
    ("不要勉强自己。", "强", 0, "qiang3"),
    ("他被调到北京工作。", "调", 0, "diao4"),
    ("请把空调调低一点。", "调", 1, "tiao2"),
    ("这首歌的曲调很好听。", "调", 0, "diao4"),
    ("他调整了计划。", "调", 0, "tiao2"),
    ("这个问题很重要。", "重", 0, "zhong4"),
    ("我们重新开始吧。", "重", 0, "chong2"),
    ("他在银行工作。", "行", 0, "hang2"),
    ("这样做不行。", "行", 0, "xing2"),
    ("我们应该早点出发。", "应", 0, "ying1"),
    ("他答应了我的请求。", "应", 0, "ying4"),
    ("我的朋友来了。", "的", 0, "de5"),
    ("我吃了饭。", "了", 0, "le5"),
    ("我了解你的意思。", "了", 0, "liao3"),
    ("桌子上有书。", "子", 0, "zi5"),
    ("孔子是思想家。", "子", 0, "zi3"),
    ("他的头很疼。", "头", 0, "tou2"),
    ("石头很硬。", "头", 0, "tou5"),
    ("我们走吧。", "们", 0, "men5"),
    ("效果超出了当今的水平。", "当", 0, "dang1"),  # 了当 is a chance cut across 当今
    ("他一下子就明白了当时的情况。", "当", 0, "dang1"),
    ("他直截了当地拒绝了。", "当", 0, "dang4"),
    ("我觉得他说得很对。", "得", 1, "de5"),
    # kinds running text showed wrong (issue 11's second round), each with a counter-case
    ("她小声地说。", "地", 0, "de5"),  # 地 after a manner word jieba tags as a noun
    ("他用力地点了点头。", "地", 0, "de5"),
    ("那片地种满了玉米。", "地", 0, "di4"),
    ("您得多休息。", "得", 0, "dei3"),  # modal after a pronoun, before a quantity
    ("每天早上得六点起床。", "得", 0, "dei3"),
    ("他得了第一名。", "得", 0, "de2"),
    ("今天比昨天冷得多。", "得", 0, "de5"),  # X得多
    ("他气得说不出话来。", "得", 0, "de5"),  # after a verb of feeling
    ("小熊累得腿都软了。", "累", 0, "lei4"),
    ("你累不累？", "累", 0, "lei4"),
    ("大树被风吹倒了。", "倒", 0, "dao3"),  # resultative 'fall over'
    ("请你帮我倒一杯水。", "倒", 0, "dao4"),
    ("它已经长了一米多。", "长", 0, "zhang3"),  # 'grow' with 了 and a quantity
    ("这条绳子太长了。", "长", 0, "chang2"),
    ("河上结了一层薄冰。", "薄", 0, "bao2"),  # 'thin' before a noun
    ("我们的力量还很薄弱。", "薄", 0, "bo2"),
    ("这是我自己种的。", "种", 0, "zhong4"),
    ("这种花很香。", "种", 0, "zhong3"),
    ("把面粉和鸡蛋和在一起。", "和", 1, "huo4"),
    ("把面粉和鸡蛋和在一起。", "和", 0, "he2"),
    ("请按量服药，不要多吃。", "量", 0, "liang4"),  # 'amount' after 按
    ("护士给他量体温。", "量", 0, "liang2"),
    ("前锋连续晃过两名后卫。", "过", 0, "guo4"),  # 'past' after a verb of dodging
    ("他以前晃过好几次。", "过", 0, "guo5"),
    ("他侥幸躲过一劫。", "过", 0, "guo4"),
    # kinds dev set 5 showed on its first read, each with sentences of other texts and a
    # counter-case the rule must leave alone
    ("钥匙我到现在还没找着。", "着", 0, "zhao2"),  # result denied: 没找着, 别碰着
    ("小心，别碰着头。", "着", 0, "zhao2"),
    ("孩子被雷声吓着了。", "着", 0, "zhao2"),  # result reached: 吓着了
    ("她一边走一边找着座位。", "着", 0, "zhe5"),
    ("别拿着剪刀跑。", "着", 0, "zhe5"),
    ("昨晚风太大，院子里的墙倒了。", "倒", 0, "dao3"),  # its subject falls
    ("爷爷突然倒在路边。", "倒", 0, "dao3"),
    ("他把杯子里的茶倒了。", "倒", 0, "dao4"),  # 把 + what is poured
    ("妈妈把米倒进锅里。", "倒", 0, "dao4"),
    ("服务员给我倒了一杯水。", "倒", 0, "dao4"),
    ("大风把树吹倒了。", "倒", 0, "dao3"),
    ("下雨了，我们还是得走。", "得", 0, "dei3"),  # modal after an adverb, before a verb
    ("明天你也得去。", "得", 0, "dei3"),
    ("他也得了奖。", "得", 0, "de2"),
    ("他的歌声盖过了掌声。", "过", 0, "guo4"),  # 'over' after a verb of covering
    ("我以前赢过一次。", "过", 0, "guo5"),
    ("他的个子高过他爸爸了。", "过", 0, "guo4"),  # 'more than' after an adjective
    ("她年轻时胖过一阵。", "过", 0, "guo5"),
    ("他把借来的书还回去了。", "还", 0, "huan2"),  # 'give back' with 把
    ("他把作业写完了，还回去看了一眼。", "还", 0, "hai2"),
    ("请帮我看着行李。", "看", 0, "kan1"),
    ("把多收的钱找还给顾客。", "还", 0, "huan2"),  # 'give back' after a verb
    ("我还回去看看。", "还", 0, "hai2"),
    ("你觉得考试难吗？", "难", 0, "nan2"),  # 'hard' closing the clause
    ("曾老师今天没来上课。", "曾", 0, "zeng1"),  # the surname before a title
    ("我们去问问曾阿姨吧。", "曾", 0, "zeng1"),
    ("他曾来过这里。", "曾", 0, "ceng2"),
    ("好啦，我们出发啦！", "啦", 1, "la5"),
    ("你替我看店，我去进货。", "看", 0, "kan1"),  # 'mind' a shop for someone
    ("请帮我看行李，我去买票。", "看", 0, "kan1"),
    ("请帮我看一下这道题。", "看", 0, "kan4"),
    ("这个箱子重得搬不动。", "重", 0, "zhong4"),  # held-out set 5's kinds, after its scoring
    ("这个西瓜有多重？", "重", 0, "zhong4"),
    ("他有多重国籍。", "重", 0, "chong2"),
    ("他们一起干了好几年。", "干", 0, "gan4"),
    ("来，我们干一杯！", "干", 0, "gan1"),
    ("开水很烫，小心烫着。", "着", 0, "zhao2"),
    ("天冷了，多穿点，免得冻着。", "着", 0, "zhao2"),
    ("王长发是我们村的村长。", "发", 0, "fa1"),  # a given name after a surname
    ("她有一头乌黑的长发。", "发", 0, "fa4"),
]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(("text", "char", "nth", "expected"), TRAPS)
def test_trap(engine, script, text, char, nth, expected):
    idx = [i for i, c in enumerate(text) if c == char][nth]
    if script == "traditional":
        trad = S2T.convert(text)  # 了解 becomes 瞭解: the place is found in the Simplified text
        assert len(trad) == len(text)
        text = trad
    assert syllables(text)[idx] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("銀行", ["yin2", "hang2"]),
        ("長城", ["chang2", "cheng2"]),
        ("重慶", ["chong2", "qing4"]),
        ("音樂", ["yin1", "yue4"]),
        ("银行", ["yin2", "hang2"]),
    ],
)
def test_traditional_words(engine, text, expected):
    assert syllables(text) == expected


def test_lookup_copy_keeps_length():
    for text in ["銀行長城", "乾隆皇帝", "頭髮和發展", "abc 123 測試。\n第二行"]:
        assert len(lookup_copy(text)) == len(text)
    assert lookup_copy("銀行長城") == "银行长城"


@pytest.mark.parametrize(
    ("text", "char", "expected"),
    [
        # 朮 is only zhú, the herb (術 is shù); t2s merges both into 术
        ("白朮和蒼朮都是中藥。", "朮", "zhu2"),
        ("这味药里有白朮。", "朮", "zhu2"),
        # 閤 is gé (a variant of 閣) except where it stands for 合 'whole, close'
        ("閤下有何吩咐？", "閤", "ge2"),
        ("宮中的東閤已經修好了。", "閤", "ge2"),
        ("祝您閤家歡樂。", "閤", "he2"),
        ("他累得閤上眼睛就睡著了。", "閤", "he2"),
    ],
)
def test_characters_t2s_merges_read_as_their_source_writes_them(engine, text, char, expected):
    i = text.index(char)
    assert engine.details(lookup_copy(text))[i].reading.syllable == expected
    assert len(lookup_copy(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("你去哪儿了？", ["ni3", "qu4", "na3", "r", "le5", None]),
        ("你去哪兒了？", ["ni3", "qu4", "na3", "r", "le5", None]),
        ("她的女儿", ["ta1", "de5", "nv3", "er2"]),
        ("儿童节", ["er2", "tong2", "jie2"]),
        # a name's 儿 is its own syllable; the erhua suffix after a name is still -r
        ("笛卡儿坐标", ["di2", "ka3", "er2", "zuo4", "biao1"]),
        ("我们去台儿庄玩儿。", ["wo3", "men5", "qu4", "tai2", "er2", "zhuang1", "wan2", "r", None]),
    ],
)
def test_erhua(engine, text, expected):
    assert syllables(text) == expected


@pytest.mark.parametrize(
    ("text", "plain", "sandhi"),
    [
        ("一个", ["yi1", "ge4"], ["yi2", "ge4"]),
        ("不是", ["bu4", "shi4"], ["bu2", "shi4"]),
        ("一天", ["yi1", "tian1"], ["yi4", "tian1"]),
        ("一起", ["yi1", "qi3"], ["yi4", "qi3"]),
        ("第一", ["di4", "yi1"], ["di4", "yi1"]),
        ("一一", ["yi1", "yi1"], ["yi1", "yi1"]),
        ("十一", ["shi2", "yi1"], ["shi2", "yi1"]),
        ("统一", ["tong3", "yi1"], ["tong3", "yi1"]),
        ("不好", ["bu4", "hao3"], ["bu4", "hao3"]),
        ("不对", ["bu4", "dui4"], ["bu2", "dui4"]),
        ("差不多", ["cha4", "bu5", "duo1"], ["cha4", "bu5", "duo1"]),
        ("一個", ["yi1", "ge4"], ["yi2", "ge4"]),
    ],
)
def test_yi_bu_sandhi(engine, text, plain, sandhi):
    assert syllables(text) == plain
    assert syllables(text, sandhi=True) == sandhi


def test_no_third_tone_sandhi(engine):
    assert syllables("你好", sandhi=True) == ["ni3", "hao3"]


def test_non_han_is_none(engine):
    assert syllables("AI 模型 2023") == [None, None, None, "mo2", "xing2", None] + [None] * 4


def test_origins(engine):
    rs = read("我们为人民服务")
    assert {r.origin for r in rs} <= {"phrase", "model", "char", "rule"}
    assert rs[0].origin == "phrase"


def test_split_sentences_joins_back():
    text = "第一句。第二句！\n第三句，" + "很长" * 200 + "。尾"
    pieces = split_sentences(text)
    assert "".join(pieces) == text
    assert all(len(p) <= 160 for p in pieces)


def test_cache_and_batch_agree(engine):
    texts = ["他得走了。", "我们重新开始。"]
    assert engine.read_many(texts) == [engine.read(t) for t in texts]


def test_a_batch_that_fills_the_cache_returns_the_sentences_it_found_cached(monkeypatch):
    # a batch mixing cached and new sentences once overflowed the cache while reading the new
    # ones and lost a cached one (KeyError): a book, or the bench's CPP run after the dev sets
    from edition.readings import engine as engine_module

    monkeypatch.setattr(engine_module, "_CACHE_SIZE", 3)
    eng = engine_module.ReadingEngine()
    first = eng.read_many(["他得走了。", "我们重新开始。", "天还早。", "行长来了。"])
    both = eng.read_many(["天还早。", "他长得很高。", "这行字写歪了。", "他得走了。"])
    assert both[0] == first[2]
    assert both[3] == first[0]
    assert both[1] == eng.read("他长得很高。")


def test_everyday_words_and_segmentation():
    from edition.readings.engine import word_frequencies

    words = word_frequencies()
    assert len(words.protected) == 10_000
    assert {"了解", "桌子", "石头", "当今", "银行"} <= words.protected
    assert "了当" not in words.protected
    assert words.is_word_at("效果超出了当今的水平。", 5, 7)  # 当今
    assert not words.is_word_at("效果超出了当今的水平。", 4, 6)  # 了当: a chance cut
    assert words.is_word_at("他直截了当地拒绝了。", 1, 5)


def test_when_the_model_may_overrule_a_word():
    from edition.readings.engine import ReadingEngine

    strict = ReadingEngine(model_overrides_phrase=1.01)
    default = default_engine()
    # a place name only one dictionary has (呵叻 kē lè in pypinyin): the sure model wins
    assert strict.read("他从呵叻出发。")[2] == Reading("ke1", "phrase")
    assert default.read("他从呵叻出发。")[2] == Reading("he1", "model")
    # an everyday word, or a word of running text: the dictionary wins however sure the model
    for text, i, want in (("小镇子很热闹。", 2, "zi5"), ("你种菜吗？", 1, "zhong4")):
        assert default.read(text)[i] == Reading(want, "phrase")


def test_idioms_are_never_overruled(engine):
    # 满头大汗 is in one dictionary only and jieba tags it as a place name; four characters
    # make it a fixed expression the model does not overrule (it would read 汗 hán)
    d = engine.details("他累得满头大汗。")[6]
    assert (d.reading, d.evidence) == (Reading("han4", "phrase"), "word 满头大汗")
    # a four-character proper noun CC-CEDICT has (Dresden) is not protected so
    from edition.readings.lexicon import lexicon

    assert "德累斯顿" in lexicon().names
    assert "满头大汗" not in lexicon().names


def test_words_reviewed_by_hand_read_as_reviewed_and_hold_against_the_model(engine):
    # the lexicon's own corrections (the 现代汉语词典's reading where a dictionary slipped):
    # one syllable per character, taken as they are, and agreed, so the model never
    # overrules them (it read 玄参 cān at p=1.000 over CC-CEDICT's shēn)
    from edition.readings.lexicon import _XIANDAI_WORDS, lexicon

    lex = lexicon()
    for word, syls in _XIANDAI_WORDS.items():
        assert len(syls) == len(word), word
        assert lex.get(word) == syls, word
        assert word in lex.agreed, word
    d = engine.details("山西玄参为玄参科植物。")[3]
    assert (d.reading.syllable, d.evidence) == ("shen1", "word 玄参")


@pytest.mark.parametrize(
    ("text", "i", "expected"),
    [
        ("放两大匙面粉。", 3, "chi2"),  # 匙 alone is 'spoon'; shi5 is only the 匙 of 钥匙
        ("我找不到钥匙了。", 5, "shi5"),
        ("这件衣服很便宜。", 5, "pian2"),
    ],
)
def test_readings_found_only_inside_words(engine, text, i, expected):
    assert engine.read(text)[i].syllable == expected


def test_bound_readings_from_cedict():
    from edition.readings.lexicon import lexicon

    lex = lexicon()
    assert lex.bound["匙"] == {"shi5": ("鑰匙", "钥匙")}
    assert not lex.free("匙", "shi5", "两大匙", 2)
    assert lex.free("匙", "shi5", "把钥匙", 2)
    assert lex.free("匙", "chi2")
    # a variant's or a surname's reading is a reading of the character alone (李媛 yuán)
    assert lex.free("桔", "ju2")


# Sentences with nothing doubtful (no reading above ``doubt.FLOOR``) that give a sentence under
# test the room of running text on the proof list (``doubt.cut``): 52 Han characters, room 2.
_PLAIN = "我们今天下午去公园里散步。" * 4


def _listed(engine, text: str, i: int) -> bool:
    """Whether the proof list of ``text`` followed by ``_PLAIN`` holds its ``i``th character."""
    from edition.readings.engine import text_cut, unsure

    details = engine.details(text + _PLAIN)
    return unsure(details[i], text_cut(details))


def test_guesses_of_running_text(engine):
    from edition.readings.engine import unsure

    # a verb of one character the model read: listed even when the model is sure of itself
    # (it reads 熬 'simmer' as áo with probability 1.0, the runner-up at 1e-6)
    d = engine.details("妈妈在厨房熬粥。")[5]
    assert d.reading.origin == "model"
    assert _listed(engine, "妈妈在厨房熬粥。", 5)
    # a particle the model read is not listed
    assert not _listed(engine, "这是我的书。", 3)
    # a neutral tone only one dictionary has (pypinyin: shuō fǎ)
    d = engine.details("这种说法不对。")[3]
    assert (d.reading.syllable, d.evidence) == (
        "fa5",
        "word 说法, neutral tone in one dictionary only",
    )
    assert unsure(d)


def test_doubt_margin_counts_orders_of_magnitude():
    from edition.readings.doubt import margin

    assert margin((("he2", 0.5), ("huo2", 0.5))) == 1.0
    assert margin((("he2", 1.0),)) == 0.0
    assert abs(margin((("he2", 1.0), ("huo2", 1e-4))) - 0.5) < 1e-9
    assert margin((("he2", 1.0), ("huo2", 1e-30))) == 0.0  # no rival: clipped


def test_doubt_reasons_name_what_raised_it():
    from edition.readings.doubt import reasons

    # a rule for 得 (three readings): the three-way reading is said, not the two-way one too
    f = {"guess": 0.0, "rule": 1.0, "rule_disputed": 1.0, "rule_two": 1.0, "rule_three": 1.0}
    assert reasons(f) == ["the grammar rules give the character three readings"]
    # the model on a role-decided verb with a close runner-up: largest share first
    f = {"model": 1.0, "margin": 1.0, "ruled": 1.0, "content": 1.0, "freq": 0.6}
    assert reasons(f, most=2) == [
        "the model's runner-up is close",
        "its reading follows its role but no grammar rule decided it",
    ]
    # nothing but weights below zero (a rule the model disputes on a one-way character): none
    assert reasons({"guess": 0.0, "rule": 1.0, "rule_disputed": 1.0}) == []


def test_doubt_lists_what_running_text_gets_wrong(engine):
    from edition.readings.engine import unsure

    # the model read a character the grammar rules are written for, and no rule applied
    # (泥没和好 'the clay is not mixed well': huó; the model says hé with probability 1.0)
    d = engine.details("泥没和好，烧的时候就会裂。")[2]
    assert (d.reading.origin, d.reading.syllable) == ("model", "he2")
    assert _listed(engine, "泥没和好，烧的时候就会裂。", 2)
    # a frequent verb the model reads with a margin of many orders of magnitude is not
    d = engine.details("老师说，明天不上课。")[2]
    assert (d.reading.origin, d.reading.syllable) == ("model", "shuo1")
    assert not _listed(engine, "老师说，明天不上课。", 2)
    # a rule for 得, which has three readings in running text, is listed; one for 了 is not
    text = "有时候一窑东西全得扔掉了。"
    d = engine.details(text)[text.index("得")]
    assert (d.reading.origin, d.reading.syllable) == ("rule", "dei3")
    assert unsure(d)
    assert not _listed(engine, text, text.index("了"))


def test_char_table_is_pypinyins_in_canonical_form():
    from edition.readings.lexicon import lexicon

    chars = lexicon().chars
    assert set(chars["行"].split(",")) >= {"xing2", "hang2"}
    assert chars["了"].split(",")[0] == "le5"
    assert "hao3" in chars["好"].split(",")


@pytest.mark.parametrize(
    ("text", "i", "expected"),
    [
        ("球进了篮框。", 4, "kuang4"),  # pypinyin lists kuāng first; CC-CEDICT only kuàng
        ("他摔断了一根肋。", 6, "lei4"),
        ("缅甸的甸。", 3, "dian4"),
        ("冯先生来了。", 0, "feng2"),  # a surname's reading counts: no reorder for 冯
        ("鸡蛋的壳很薄。", 3, "ke2"),  # CC-CEDICT's qiào is not the everyday 壳
    ],
)
def test_a_character_alone_takes_its_everyday_reading(engine, text, i, expected):
    assert engine.read(text)[i].syllable == expected


def test_warm_engine_never_imports_pypinyin(engine):
    """The engine's character table comes with the cached lexicon (the fixture built it): a
    process that loads the engine and reads skips pypinyin's 47k-word phrase table."""
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys\nfrom edition.readings.engine import ReadingEngine\n"
        "r = ReadingEngine().read_many(['银行行长说得对。'])[0]\n"
        "print(' '.join(x.syllable for x in r if x), 'pypinyin' in sys.modules)\n"
    )
    root = Path(__file__).resolve().parent.parent
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root)
    assert run.stdout.split() == [
        "yin2",
        "hang2",
        "hang2",
        "zhang3",
        "shuo1",
        "de5",
        "dui4",
        "False",
    ]


@pytest.mark.parametrize(
    ("text", "i", "expected"),
    [
        ("他把书一本一本地放好。", 7, "de5"),  # jieba: 一本|一|本地
        ("我们一步一步地往前走。", 6, "de5"),
        ("本地人很多。", 1, "di4"),
        ("晚上看得到星星吗？", 3, "de5"),  # 看得到 'can see'
        ("你找得到他吗？", 2, "de5"),
        ("他得到了奖学金。", 1, "de2"),
        ("只要努力就能得到回报。", 6, "de2"),  # after a modal verb
        ("他希望得到大家的支持。", 3, "de2"),
        ("我真想得到一只小狗。", 3, "de2"),  # 想 'want' after a degree word
        ("这个问题谁都想得到。", 7, "de5"),  # 想得到 'can imagine'
    ],
)
def test_one_by_one_and_potential_complements(engine, text, i, expected):
    assert engine.read(text)[i].syllable == expected


@pytest.mark.parametrize(
    ("text", "i", "expected"),
    [
        ("时间过了很久。", 2, "guo4"),  # the verb 'pass' before a length of time
        ("又过了三天，他来了。", 1, "guo4"),
        ("这本书我看过了三遍。", 5, "guo5"),  # after a verb: the aspect
        ("他工作过了三年。", 3, "guo5"),
        ("这条河这么长一段都是浅滩。", 5, "chang2"),
        ("孩子长了五公分。", 2, "zhang3"),
        ("长三米，宽两米。", 0, "chang2"),
        ("我们要重写作业。", 3, "chong2"),
        ("下了一场大雨。", 3, "chang2"),
        ("他得了一场大病。", 4, "chang2"),
        ("我们看了一场电影。", 5, "chang3"),
        ("这是一场误会。", 3, "chang2"),
        ("门缝里透出光来。", 1, "feng4"),
        ("沿着这道缝往下看。", 4, "feng4"),
        ("妈妈在缝衣服。", 3, "feng2"),
        ("地球一直在转。", 5, "zhuan4"),
        ("他把照片转给我。", 4, "zhuan3"),
        ("你有多重？", 3, "zhong4"),
        ("他有多重国籍。", 3, "chong2"),
        ("好的不多，你随便挑。", 8, "tiao1"),
        ("来，干了这杯！", 2, "gan1"),  # drain a glass
        ("这条路我走过，很好走。", 5, "guo5"),  # 走过 'have walked'
        ("我走过两次。", 2, "guo5"),
        ("妈妈从窗前走过。", 6, "guo4"),  # walking past
        ("我们走过两条街。", 3, "guo4"),
        ("一条鱼也没钓着，爸爸说。", 6, "zhao2"),  # the catch denied
        ("小心别打着人。", 4, "zhao2"),
        ("他打着伞走了。", 2, "zhe5"),  # holding it: durative
        ("他干了一整天的活，喝了一杯酒。", 1, "gan4"),  # the drink is in another clause
    ],
)
def test_role_rules_on_other_sentences(engine, text, i, expected):
    assert engine.read(text)[i].syllable == expected


def test_three_character_words_take_the_neutral_tone_of_their_last_word():
    """贪便宜 takes 便宜's piányi; a homograph by tone only (大方 dàfāng 'experts' in 贻笑大方)
    and a locative (路上 in 一路上) keep the longer word's full tone, and so does a word whose
    tail has the other spelling (不便宜 read bù biànyí in this made-up table)."""
    from edition.readings.lexicon import _inherit_neutral

    words = {
        "便宜": ("pian2", "yi5"),
        "贪便宜": ("tan1", "pian2", "yi2"),
        "不便宜": ("bu4", "bian4", "yi2"),
        "大方": ("da4", "fang5"),
        "笑大方": ("xiao4", "da4", "fang1"),
        "路上": ("lu4", "shang5"),
        "一路上": ("yi1", "lu4", "shang4"),
    }
    alternatives = {"便宜": (("bian4", "yi2"),), "大方": (("da4", "fang1"),)}
    _inherit_neutral(words, {"便宜", "大方", "路上"}, alternatives)
    assert words["贪便宜"] == ("tan1", "pian2", "yi5")
    assert words["不便宜"] == ("bu4", "bian4", "yi2")
    assert words["笑大方"] == ("xiao4", "da4", "fang1")
    assert words["一路上"] == ("yi1", "lu4", "shang4")
    assert syllables("别贪便宜。")[3] == "yi5"


# The kinds dev set 7 (a schoolchild's diary, a mountain-trip blog) showed on its first read,
# each on sentences of other texts, with ones the rules must leave alone; both scripts.
DEV7_KINDS_ON_OTHER_SENTENCES = [
    ("书包太重了，我背不动。", "背", 0, "bei1"),
    ("行李这么多，你背得动吗？", "背", 0, "bei1"),
    ("爷爷背了一会儿柴，就坐下休息。", "背", 0, "bei1"),
    ("他背着妹妹走了一路。", "背", 0, "bei1"),
    ("这首诗我背不出来。", "背", 0, "bei4"),
    ("他背了三首唐诗。", "背", 0, "bei4"),
    ("他背了一会儿书就睡着了。", "背", 0, "bei4"),
    ("这次的假期不算长。", "长", 0, "chang2"),
    ("这条裙子还算长，可以穿。", "长", 0, "chang2"),
    ("他嫌这根绳子太长了。", "长", 0, "chang2"),
    ("孩子大了，个子也跟着长了。", "长", 0, "zhang3"),
    ("春天到了，小草渐渐长了出来。", "长", 0, "zhang3"),
    ("随着年龄，他的胆子也慢慢长了。", "长", 0, "zhang3"),
    ("这条路很长。", "长", 0, "chang2"),
    ("这是奶奶种的青菜。", "种", 0, "zhong4"),
    ("院子里的花都是邻居种的。", "种", 0, "zhong4"),
    ("农民种的稻子熟了。", "种", 0, "zhong4"),
    ("这种的确很好。", "种", 0, "zhong3"),
    ("他买了三种的糖果。", "种", 0, "zhong3"),
    ("一路的累都忘了。", "累", 0, "lei4"),
    ("旅途的累让他睡了一整天。", "累", 0, "lei4"),
    ("经验是日积月累的。", "累", 0, "lei3"),
    ("同行的朋友都累了。", "行", 0, "xing2"),
    ("同行的游客都上车了。", "行", 0, "xing2"),
    ("我们三个人结伴同行。", "行", 0, "xing2"),
    ("他们是同行。", "行", 0, "hang2"),
    ("同行的竞争很激烈。", "行", 0, "hang2"),
    ("门缝里透出一道光。", "缝", 0, "feng4"),
    ("墙缝中长出一棵小草。", "缝", 0, "feng4"),
    ("把扣子缝上。", "缝", 0, "feng2"),
    ("妈妈把钱缝在衣服里面。", "缝", 0, "feng2"),
    ("坐了一路车，我有点想吐。", "吐", 0, "tu4"),
    ("他喝多了酒，又吐了。", "吐", 0, "tu4"),
    ("宝宝快要吐了，快拿毛巾。", "吐", 0, "tu4"),
    ("请把果皮吐在盘子里。", "吐", 0, "tu3"),
    ("他吐了一口气。", "吐", 0, "tu3"),
    ("不要随地吐痰。", "吐", 0, "tu3"),
    ("孩子吃坏了肚子，又吐了。", "吐", 0, "tu4"),
    ("他又吐了一口痰。", "吐", 0, "tu3"),
    ("他把葡萄核吐了。", "吐", 0, "tu3"),
    ("头发也跟着长了。", "长", 0, "zhang3"),
    ("会议开得不算长。", "长", 0, "chang2"),
    ("这些菜是谁种的？", "种", 0, "zhong4"),
    ("这是什么品种的？", "种", 0, "zhong3"),
    ("他背了一会儿英语单词。", "背", 0, "bei4"),
    ("他是我的同行。", "行", 0, "hang2"),
    ("把破洞缝好。", "缝", 0, "feng2"),
]


# The kinds dev set 9 (a lyrical essay, a wuxia excerpt) showed on its first read, each on
# sentences of other texts, with ones the rules must leave alone; both scripts. The ABB
# descriptions (黄澄澄 dēng, 沉甸甸) keep the dictionary's reading against the model. The
# kinds a probe of thirty more sentences in the same registers showed (挑眉, 扎得紧紧的, 露了一手,
# 教他弹的, 大家都乐了, 蓝得发亮) and a second probe (会议散了, 敌军降了, 咳嗽又重了, 重重的一拳,
# 日子过得好) and a third (点着头, 高兴得一夜没睡着, 把行李扎好) are below the 背上 rows.
DEV9_KINDS_ON_OTHER_SENTENCES = [
    ("她眯着眼看了看天。", "着", 0, "zhe5"),
    ("他瞪着眼骂人。", "着", 0, "zhe5"),
    ("他红着眼说不出话。", "着", 0, "zhe5"),
    ("我们要从长远着眼。", "着", 0, "zhuo2"),
    ("这个计划着眼于未来。", "着", 0, "zhuo2"),
    ("冬天的夜很长，长得让人睡不着。", "长", 1, "chang2"),
    ("队伍很长，长得看不到尾。", "长", 1, "chang2"),
    ("他小时候很瘦，长得很慢。", "长", 0, "zhang3"),
    ("这孩子长得很像他爸爸。", "长", 0, "zhang3"),
    ("请把他背上的泥擦干净。", "背", 0, "bei4"),
    ("快把你背上那个包放下来。", "背", 0, "bei4"),
    ("少掌门来了。", "少", 0, "shao4"),
    ("你少帮他说话。", "少", 0, "shao3"),
    ("你把他背上，我们走。", "背", 0, "bei1"),
    ("少庄主今天不在家。", "少", 0, "shao4"),
    ("这位少侠请留步。", "少", 0, "shao4"),
    ("今天来的人很少。", "少", 0, "shao3"),
    ("他少说了一句。", "少", 0, "shao3"),
    ("这件事还得有人去说。", "得", 0, "dei3"),
    ("你可得有点耐心。", "得", 0, "dei3"),
    ("他也得了一个奖。", "得", 0, "de2"),
    ("他抡着大锤砸石头。", "抡", 0, "lun1"),
    ("她抡起胳膊扔了出去。", "抡", 0, "lun1"),
    ("球正打在他头上。", "正", 0, "zheng4"),
    ("我们正要出门。", "正", 0, "zheng4"),
    ("正月十五闹元宵。", "正", 0, "zheng1"),
    ("他咽了一口口水。", "咽", 0, "yan4"),
    ("这口气我咽不下。", "咽", 0, "yan4"),
    ("她咽喉发炎了。", "咽", 0, "yan1"),
    ("她哽咽着说不出话。", "咽", 0, "ye4"),
    ("气温降到了零下五度。", "降", 0, "jiang4"),
    ("价格降了不少。", "降", 0, "jiang4"),
    ("飞机慢慢降下来了。", "降", 0, "jiang4"),
    ("敌人终于投降了。", "降", 0, "xiang2"),
    ("一物降一物。", "降", 0, "xiang2"),
    ("桌角上放着一盆花。", "角", 0, "jiao3"),
    ("他的眉角有一颗痣。", "角", 0, "jiao3"),
    ("他在戏里演主角。", "角", 0, "jue2"),
    ("这个角色很难演。", "角", 0, "jue2"),
    ("他一斧头把木头劈成两半。", "劈", 0, "pi1"),
    ("他把木头劈成几块。", "劈", 0, "pi1"),
    ("把这股麻绳劈成两股。", "劈", 0, "pi3"),
    ("把土豆刨成丝。", "刨", 0, "bao4"),
    ("木匠把木板刨平了。", "刨", 0, "bao4"),
    ("小狗在院子里刨坑。", "刨", 0, "pao2"),
    ("他刨出了一个红薯。", "刨", 0, "pao2"),
    ("奶奶在给我缝书包。", "缝", 0, "feng2"),
    ("她缝了几针就好了。", "缝", 0, "feng2"),
    ("门缝里透出一道光。", "缝", 0, "feng4"),
    ("墙上有一道缝。", "缝", 0, "feng4"),
    ("风车在风里呼呼地转着。", "转", 0, "zhuan4"),
    ("我们在公园里转了转。", "转", 0, "zhuan4"),
    ("我们在公园里转了转。", "转", 1, "zhuan4"),
    ("他拿起杯子转了转。", "转", 1, "zhuan4"),
    ("他转身走了。", "转", 0, "zhuan3"),
    ("天气转凉了。", "转", 0, "zhuan3"),
    ("请把这封信转给他。", "转", 0, "zhuan3"),
    ("小船在水上一摇一晃的。", "晃", 0, "huang4"),
    ("灯笼一晃一晃的。", "晃", 1, "huang4"),
    ("时间一晃就过去了。", "晃", 0, "huang3"),
    ("桌上放着一盘黄澄澄的橘子。", "澄", 0, "deng1"),
    ("麦田黄澄澄的，风一吹就起浪。", "澄", 1, "deng1"),
    ("口袋沉甸甸的。", "甸", 0, "dian4"),
    ("他把孩子背上楼。", "背", 0, "bei1"),
    ("把行李背上车。", "背", 0, "bei1"),
    ("他把妈妈背上了车。", "背", 0, "bei1"),
    ("油滴在勺背上。", "背", 0, "bei4"),
    ("菜刀背上沾着葱花。", "背", 0, "bei4"),
    ("她得意地挑了挑眉毛。", "挑", 0, "tiao3"),
    ("她得意地挑了挑眉毛。", "挑", 1, "tiao3"),
    ("老板冲他挑了挑大拇指。", "挑", 0, "tiao3"),
    ("他挑了挑西瓜，买了一个。", "挑", 0, "tiao1"),
    ("她挑了两桶水。", "挑", 0, "tiao1"),
    ("把袋口扎得紧紧的。", "扎", 0, "za1"),
    ("绳子扎得牢牢的。", "扎", 0, "za1"),
    ("玻璃扎得他满手是血。", "扎", 0, "zha1"),
    ("他一不小心露了馅。", "露", 0, "lou4"),
    ("老师傅露了一手绝活。", "露", 0, "lou4"),
    ("清晨的露水很凉。", "露", 0, "lu4"),
    ("他的身份暴露了。", "露", 0, "lu4"),
    ("她会弹钢琴。", "弹", 0, "tan2"),
    ("他用手指弹了一下我的额头。", "弹", 0, "tan2"),
    ("士兵的子弹打光了。", "弹", 0, "dan4"),
    ("听完这个笑话，他也乐了。", "乐", 0, "le4"),
    ("孩子们一下乐开了花。", "乐", 0, "le4"),
    ("他喜欢听音乐。", "乐", 0, "yue4"),
    ("乐队开始演奏了。", "乐", 0, "yue4"),
    ("湖水蓝得像宝石。", "得", 0, "de5"),
    ("天空灰得吓人。", "得", 0, "de5"),
    ("你得早点来。", "得", 0, "dei3"),
    ("电影散场了，观众慢慢走了出来。", "散", 0, "san4"),
    ("雾散了，山露了出来。", "散", 0, "san4"),
    ("人都散了，广场上空荡荡的。", "散", 0, "san4"),
    ("宴席散了，客人都回家了。", "散", 0, "san4"),
    ("山贼见打不过，只好降了。", "降", 0, "xiang2"),
    ("气温终于降了。", "降", 0, "jiang4"),
    ("气温一下子降了十度。", "降", 0, "jiang4"),
    ("敌军终于降了。", "降", 0, "xiang2"),
    ("奶奶的病又重了。", "重", 0, "zhong4"),
    ("雨越下越大，背包也越来越重。", "重", 0, "zhong4"),
    ("他又重写了一遍。", "重", 0, "chong2"),
    ("他挨了重重的一拳。", "重", 0, "zhong4"),
    ("他重重地摔了一跤。", "重", 0, "zhong4"),
    ("她一副心事重重的样子。", "重", 0, "chong2"),
    ("困难重重，可是他没有放弃。", "重", 0, "chong2"),
    ("你在国外过得怎么样？", "得", 0, "de5"),
    ("他们的日子过得很幸福。", "得", 0, "de5"),
    ("他点着头说：“好，好。”", "着", 0, "zhe5"),
    ("老人摸着头想了半天。", "着", 0, "zhe5"),
    ("灯点着了，屋里亮了起来。", "着", 0, "zhao2"),
    ("他难过得三天吃不下饭。", "得", 0, "de5"),
    ("她激动得一句话也说不出来。", "得", 0, "de5"),
    ("他这次考试得了一百分。", "得", 0, "de2"),
    ("把袋口扎住，别让米漏出来。", "扎", 0, "za1"),
    ("妈妈把包裹扎好寄走了。", "扎", 0, "za1"),
    ("小心别让刺扎进手里。", "扎", 0, "zha1"),
]


@pytest.mark.parametrize(
    ("text", "char", "expected"),
    [
        ("请你调两杯果汁。", "调", "tiao2"),  # mix: what is measured in cups and bowls
        ("奶奶给他单独调一盘凉菜。", "调", "tiao2"),
        ("公司调一批工人来。", "调", "diao4"),  # transfer: people
        ("他调一个人过来帮忙。", "调", "diao4"),
        ("睡了这一觉，精神好多了。", "觉", "jiao4"),  # a sleep, counted
        ("孩子一觉睡到天亮。", "觉", "jiao4"),
        ("我一觉得冷就穿衣服。", "觉", "jue2"),  # 一 + 觉得 'feel'
        ("你别着什么急。", "着", "zhao2"),  # 着急 split by its object
        ("车还没来，你着啥急？", "着", "zhao2"),
        ("他笑着什么也没说。", "着", "zhe5"),
        ("等泥和好了再砌墙。", "和", "huo2"),  # knead, its result after it
        ("面和米都买好了。", "和", "he2"),
        ("糖容易粘牙。", "粘", "zhan1"),  # stick to, a risk
        ("这种米煮出来很粘。", "粘", "nian2"),
        ("他在数我们的人。", "数", "shu3"),  # count a person
        ("这块再擀薄一点。", "薄", "bao2"),
        ("他站不稳，一下子倒下来。", "倒", "dao3"),  # fall down
        ("往锅里倒下去一碗水。", "倒", "dao4"),
        ("把他乐得直拍手。", "乐", "le4"),  # made happy
        ("他每天听音乐。", "乐", "yue4"),
        ("哟！你怎么来了？", "哟", "yo1"),  # interjection
        ("大家快来哟！", "哟", "yo5"),
        ("他从我面前走过，一句话也没说。", "过", "guo4"),  # pass by
        ("你得自己学会做饭。", "得", "dei3"),  # must, oneself
        ("他得亲自去一趟。", "得", "dei3"),
        ("他得了自己的第一个奖。", "得", "de2"),
        ("看来今天要下雨。", "来", "lai2"),  # it seems
        ("这件事看来不简单。", "来", "lai2"),
        ("你过来看看。", "来", "lai2"),
        ("来，我们再干一杯！", "干", "gan1"),  # drink up: its cup named
        ("等干了再贴上去。", "干", "gan1"),  # get dry, if one waits
        ("玉米地里长满了草。", "地", "di4"),  # a field, after its crop
        ("他不停地说。", "地", "de5"),
        ("把头发扎起来再做饭。", "扎", "za1"),  # tie
        ("袋口要扎紧。", "扎", "za1"),
        ("小心别让针扎破手。", "扎", "zha1"),
        ("你先干吧，我马上就来。", "干", "gan4"),  # do it, nothing named after
        ("今天累了，明天接着干。", "干", "gan4"),
    ],
)
def test_fable_and_kitchen_rules_on_other_sentences(engine, text, char, expected):
    """Rules written after dev set 6's first read, on sentences that are not in it."""
    assert reading_at(text, char) == expected
    trad = S2T.convert(text)  # character for character: the same offset
    assert reading_at(trad, trad[text.index(char)]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("床上铺了一条毯子。", "chuang2 shang4 pu1 le5 yi1 tiao2 tan3 zi5"),
        ("院子地上铺着一层落叶。", "yuan4 zi5 di4 shang4 pu1 zhe5 yi1 ceng2 luo4 ye4"),
        ("他睡在上铺。", "ta1 shui4 zai4 shang4 pu4"),  # the bunk: no aspect particle after
        ("上铺的同学走了。", "shang4 pu4 de5 tong2 xue2 zou3 le5"),
    ],
)
def test_a_locative_glued_to_a_verb_before_an_aspect_particle_is_cut_off(engine, text, expected):
    assert " ".join(r.syllable for r in engine.read(text) if r) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("冬天冷得手都握不住。", "dong1 tian1 leng3 de5 shou3 dou1 wo4 bu4 zhu4"),
        ("他急得手心出汗。", "ta1 ji2 de5 shou3 xin1 chu1 han4"),
        ("小偷终于得手了。", "xiao3 tou1 zhong1 yu2 de2 shou3 le5"),  # 'succeed': no adjective
        ("这次他得分最高。", "zhe4 ci4 ta1 de2 fen1 zui4 gao1"),
        ("我觉得好得意。", "wo3 jue2 de5 hao3 de2 yi4"),  # 好 'so', a degree adverb
    ],
)
def test_after_an_adjective_de_is_cut_off_the_word_it_was_glued_to(engine, text, expected):
    assert " ".join(r.syllable for r in engine.read(text) if r) == expected


CLAUSE_FINAL_HAO_AND_THE_TRADE_HANG = [
    # 好 closing a clause is the state 'well, ready'; hào takes an object
    ("后来他好了，还来看我们。", "好", "hao3"),
    ("饭好了吗？", "好", "hao3"),
    ("他从小就好动。", "好", "hao4"),
    # 行 after a demonstrative is the trade or the row, unless asked or denied
    ("干我们这行的人都起得早。", "行", "hang2"),
    ("你是哪行的？", "行", "hang2"),
    ("这行不行？", "行", "xing2"),
    ("你看这样行吗？", "行", "xing2"),
]


@pytest.mark.parametrize(
    ("text", "char", "nth", "expected"),
    [
        ("病人应按时吃药。", "应", 0, "ying1"),  # the modal 'should' before what is to be done
        ("游客应在入口处排队。", "应", 0, "ying1"),
        ("过马路时应小心。", "应", 0, "ying1"),
        ("他应了一声就走了。", "应", 0, "ying4"),  # 'answer': 了, 下, 声 after it
        ("这件事他一口就应下了。", "应", 0, "ying4"),
        ("大家都要积极响应。", "应", 0, "ying4"),
        ("这些问题应如何处理？", "应", 0, "ying1"),
        ("应广大读者要求，本书再版。", "应", 0, "ying4"),
        ("他把书包塞得满满的。", "塞", 0, "sai1"),  # the verb 'stuff' before its complement
        ("下水道堵塞得很厉害。", "塞", 0, "se4"),
        ("获奖的曾小红是五年级学生。", "曾", 0, "zeng1"),  # the surname opening a name after 的
        ("跑在最前面的曾明是我的同学。", "曾", 0, "zeng1"),
        ("这是我们曾去过的地方。", "曾", 0, "ceng2"),
        ("一位曾在这里教书的老师回来了。", "曾", 0, "ceng2"),
        ("竹子的根往四周长。", "长", 0, "zhang3"),  # 'grow' toward a place
        ("藤蔓沿着墙往上长。", "长", 0, "zhang3"),
        ("小树苗朝着太阳的方向长。", "长", 0, "zhang3"),
        ("往前走还有很长一段路。", "长", 0, "chang2"),
        ("往东的路很长。", "长", 0, "chang2"),
        ("雪下得正紧。", "得", 0, "de5"),  # 下/上 as the verb, then its complement
        ("今天的课上得很好。", "得", 0, "de5"),
        ("路上得小心。", "得", 0, "dei3"),
        ("大家忙着为晚会布置教室。", "为", 0, "wei4"),  # after a verb of going on or being busy
        ("他们继续为孩子们筹钱。", "为", 0, "wei4"),
        ("他被选为班长。", "为", 0, "wei2"),
        ("她把孩子高高地举过头顶。", "地", 0, "de5"),  # 高高地 cut 高高|地, not 高|高地 'highland'
        ("风筝高高地飞在天上。", "地", 0, "de5"),
        ("我们在高地上扎营。", "地", 0, "di4"),
        ("我把钥匙落在家里了。", "落", 0, "la4"),  # 'leave behind' with 把 and a place
        ("她又把雨伞落在车上了。", "落", 0, "la4"),
        ("他把目光落在那幅画上。", "落", 0, "luo4"),
        ("鸟儿落在树枝上。", "落", 0, "luo4"),
        ("太阳将落在山后。", "落", 0, "luo4"),
        ("苹果树今年结果了。", "结", 0, "jie1"),  # 'bear fruit', said of a tree
        ("桃树开花结果要三年。", "结", 0, "jie1"),
        ("这次比赛的结果很好。", "结", 0, "jie2"),
        ("种树的结果是空气变好了。", "结", 0, "jie2"),
    ],
)
def test_dev10_kinds_on_other_sentences(engine, text, char, nth, expected):
    """Rules and a segmentation repair written after dev set 10's first read, on sentences that
    are not in it, with sentences of the same shape they must leave alone."""
    for got, script in read_in_both_scripts(engine, text, char, nth):
        assert got == expected, script


# Rules and segmentation repairs written after dev set 8's first read (a doctor's column, an
# office chat and e-mail thread), on sentences of other texts; both scripts.
DEV8_KINDS_ON_OTHER_SENTENCES = [
    ("护士每天给他量两次血压。", "量", 0, "liang2"),  # measure, counted in times
    ("你先量一遍，我再记下来。", "量", 0, "liang2"),
    ("把身高量出来再填表。", "量", 0, "liang2"),
    ("这药的量一次不能太大。", "量", 0, "liang4"),  # the amount
    ("这个量两个人吃不完。", "量", 0, "liang4"),
    ("再过几天就能拆线了。", "过", 0, "guo4"),  # pass, before a span of time
    ("这种病还得过一阵子才能好。", "过", 0, "guo4"),
    ("他跟我要过三次钱。", "过", 0, "guo5"),  # aspect, before how often
    ("等过一阵子就好了。", "过", 0, "guo4"),  # wait until a span has passed
    ("我在这里等过三个小时。", "过", 0, "guo5"),  # waited: nothing follows the span
    ("我们都上过他的当。", "过", 0, "guo5"),  # aspect after 上 and 下
    ("这条路下过雨就很滑。", "过", 0, "guo5"),
    ("就差你一个人了。", "差", 0, "cha4"),  # short of, after an adverb of what remains
    ("这件衣服只差一颗扣子。", "差", 0, "cha4"),
    ("孩子们在操场上转了好几圈。", "转", 0, "zhuan4"),  # go round, rounds or how long
    ("电脑转了老半天也没反应。", "转", 0, "zhuan4"),
    ("他给妈妈转了一笔钱。", "转", 0, "zhuan3"),
    ("她往我手里塞钱。", "塞", 0, "sai1"),  # stuff, before what is stuffed
    ("他偷偷塞给我一张纸条。", "塞", 0, "sai1"),
    ("屋里太闷，烟散不出去。", "散", 0, "san4"),  # give off, before its complement
    ("把窗户打开，味道就散出去了。", "散", 0, "san4"),
    ("他摔了一跤，膝盖流了好多血。", "血", 0, "xie3"),  # spoken, after how much bled
    ("他咳了两口血。", "血", 0, "xie3"),
    ("他吐了一口血。", "血", 0, "xie3"),
    ("伤口流出一点血。", "血", 0, "xie3"),
    ("流了这么多血，快去医院。", "血", 0, "xie3"),
    ("献血是光荣的事。", "血", 0, "xue4"),
    ("他病了，请了三天假。", "假", 0, "jia4"),  # leave, asked for
    ("我想请个假回家。", "假", 0, "jia4"),
    ("这个消息是假的。", "假", 0, "jia3"),
    ("请不要相信假消息。", "假", 0, "jia3"),
    ("你别上了他们的当。", "当", 0, "dang4"),  # 上当 split by who fooled one
    ("他上了一次当，就不再相信了。", "当", 0, "dang4"),
    ("他上台当主持人。", "当", 0, "dang1"),
    ("最近压力大，掉头发很厉害。", "发", 0, "fa4"),  # hair, split after a verb with 头
    ("她每天早上梳头发。", "发", 0, "fa4"),
    ("本栏目的编辑都是医生。", "的", 0, "de5"),  # 栏目|的, not 目的
    ("这次旅行的目的是休息。", "的", 1, "di4"),
    ("他一不小心切破了手指。", "切", 0, "qie1"),  # 小心|切|破, not 心切
    ("爱子心切的母亲。", "切", 0, "qie4"),
]


DEV8_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("他还差人送来一封信。", "差", "cha-still-short"),  # chāi 'send': the person sent
    ("绳子没捆好，行李都散了。", "散", "san-give-off"),  # sǎn 'come loose'
    ("他回头发了一条消息。", "发", "fa-hair-split"),  # fā 'send'
    ("等过了年再说。", "过", "guo-wait-time"),  # 过年, not a span
    ("他头发散得乱七八糟。", "散", "san-give-off"),  # sǎn 'loose', described
    ("请不要相信假消息。", "假", "jia-leave"),  # 'false', before what is false
    ("他舌头发白，可能是贫血。", "发", "fa-hair-split"),  # 舌头|发白 'turns pale'
]


# Rules and a segmentation repair written after dev set 12's first read (a temple procession
# with its night market, a railway customer-service call), on sentences of other texts; both
# scripts. Each 'yes' sentence here was read wrong by main 6b345d3, before these rules.
DEV12_KINDS_ON_OTHER_SENTENCES = [
    ("我真为你高兴。", "为", 0, "wei4"),  # 'for' a person, then what is felt or done
    ("我们选他为代表。", "为", 0, "wei2"),
    ("校长调我们到三楼上课。", "调", 0, "diao4"),  # transfer a person somewhere
    ("把音量调小一点。", "调", 0, "tiao2"),
    ("累是累了点，但是很开心。", "累", 0, "lei4"),  # 'tired' opening a clause
    ("这些经验都是日积月累的。", "累", 0, "lei3"),
    ("这次连假有四天，我们去花莲。", "假", 0, "jia4"),  # 连假 a run of days off
    ("连假结束以后，路上车很多。", "假", 0, "jia4"),
    ("这里连假的名牌包都有。", "假", 0, "jia3"),
    ("他在路边卖炸地瓜。", "炸", 0, "zha2"),  # fried food sold, bought or eaten
    ("奶奶想吃炸茄子。", "炸", 0, "zha2"),
    ("我买了两块炸豆腐。", "炸", 0, "zha2"),
    ("他们炸开了一块大石头。", "炸", 0, "zha4"),
    ("她一边倒茶一边聊天。", "倒", 0, "dao4"),  # 一边|倒|茶, not the idiom 一边倒
    ("比赛的结果是一边倒。", "倒", 0, "dao3"),
]


DEV12_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("我们选他为代表。", "为", "wei-for-person"),  # wéi 'as': no person after it
    ("这里连假的名牌包都有。", "假", "jia-holiday-run"),  # 连 'even', 假 'fake'
    ("敌人炸了大桥。", "炸", "zha-fried-food"),  # zhà 'blow up' a target
    ("他在吧台点了一杯咖啡。", "吧", "ba-particle-end"),  # 吧台 'bar counter'
]


# Rules written after dev set 14's first read (a car-repair shop, the folk tale 虎姑婆), on
# sentences of other texts; both scripts. Marked '# main' where main ae225d2 read it wrong.
DEV14_KINDS_ON_OTHER_SENTENCES = [
    ("他急得满头大汗。", "得", 0, "de5"),  # a result spread over a surface
    ("他把房间弄得满地都是纸。", "得", 0, "de5"),
    ("你得满十八岁才能考驾照。", "得", 0, "dei3"),
    ("她端起一杯水往花盆里一倒。", "倒", 0, "dao4"),  # main; a liquid poured in one go
    ("他把剩下的汤往锅里一倒，又加了点盐。", "倒", 0, "dao4"),  # main
    ("他往床上一倒，就睡着了。", "倒", 0, "dao3"),
    ("今天外面好冷。", "好", 0, "hao3"),  # 'so' before a state
    ("跑了一整天，我的腿好酸。", "好", 0, "hao3"),
    ("他从小就好学。", "好", 0, "hao4"),
    ("他的背上有一道很长的疤。", "背", 0, "bei4"),  # main; the back, something on it
    ("跑完步，背上全是汗。", "背", 0, "bei4"),  # main
    ("他背上书包就出门了。", "背", 0, "bei1"),
    ("爸爸把我背上楼。", "背", 0, "bei1"),
    ("把冷气的温度调到二十六度。", "调", 0, "tiao2"),  # main; a setting adjusted
    ("请把电视的音量调回原来那样。", "调", 0, "tiao2"),  # main
    ("他把座椅的角度调回来了。", "调", 0, "tiao2"),  # main
    ("公司把他调回总部了。", "调", 0, "diao4"),
    ("瓶口的橡皮塞掉了。", "塞", 0, "sai1"),  # main; a plug after what it is made of
    ("厨房的水管塞住了。", "塞", 0, "sai1"),
    ("他们在边塞守了十年。", "塞", 0, "sai4"),
    ("把鸡腿放进油锅里炸一炸。", "炸", 1, "zha2"),  # main; fried a little
    ("虾子先炸了炸，再放调料。", "炸", 1, "zha2"),  # main
    ("出门的时候，记得看好孩子。", "看", 0, "kan1"),  # main; look after
    ("你在这里看好行李，我去买票。", "看", 0, "kan1"),  # main
    ("大家都很看好这支球队。", "看", 0, "kan4"),
    ("专家看好明年的经济。", "看", 0, "kan4"),
    ("风车在风里不停地转。", "转", 0, "zhuan4"),  # main; spinning, closing the clause
    ("陀螺在地上慢慢地转。", "转", 0, "zhuan4"),  # main
    ("他慢慢地转过身来。", "转", 0, "zhuan3"),
    ("这件事大家都会知道。", "都", 0, "dou1"),
    ("台北都会区的房价很高。", "都", 0, "du1"),
    ("吃饭以前先把手洗干净。", "手", 0, "shou3"),  # main; 把 + 手 before a verb
    ("请大家把手举起来。", "手", 0, "shou3"),  # main
    ("门的把手坏了。", "手", 0, "shou5"),
    ("停车以后，排档打到空档，再拉手刹。", "档", 0, "dang3"),  # main; Taiwan's 檔 gear
    ("停车以后，排档打到空档，再拉手刹。", "档", 1, "dang3"),  # main
    ("我下午有个空档，可以见面。", "档", 0, "dang4"),
    ("晚上我们去吃大排档。", "档", 0, "dang4"),
]


DEV14_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("经理把小王调到台中分公司。", "调", "tiao-setting"),  # a person transferred
    ("他往后一倒，躺在沙发上。", "倒", "dao-pour-liquid"),  # no liquid: he falls back
    ("他慢慢地转过身来。", "转", "zhuan-spinning-manner"),  # turning round to face
    ("门的把手坏了。", "把", "ba-hand-disposal"),  # the handle of a thing
    ("专家看好明年的经济。", "看", "kan-mind-keep"),  # a prospect, not a charge
]


# Rules and a segmentation repair written after dev set 15's first read (a crosstalk script, a
# fishing trip at a reservoir), on sentences of other texts; both scripts. Each sentence marked
# "main" was read wrong by main d4fceab, before them.
DEV15_KINDS_ON_OTHER_SENTENCES = [
    ("服务员给每个人倒上一杯茶。", "倒", 0, "dao4"),  # main; pour onto, what is poured
    ("锅热了就倒上两勺油。", "倒", 0, "dao4"),  # main
    ("他被绊倒在地上。", "倒", 0, "dao3"),
    ("买苹果要挑红的。", "挑", 0, "tiao1"),  # main; choose the kind named with 的
    ("他挑起了这场争端。", "挑", 0, "tiao3"),
    ("我跟邻居处得很好。", "处", 0, "chu3"),  # main; get along with
    ("他和同事处不来。", "处", 0, "chu3"),  # main
    ("他跟我提起了那处院子。", "处", 0, "chu4"),
    ("我们学校的住处很小。", "处", 0, "chu4"),
    ("妈妈一数，鸡蛋少了三个。", "数", 0, "shu3"),  # main; count, 'as soon as'
    ("我一数就知道不对。", "数", 0, "shu3"),  # main
    ("这家饭馆差是差了点，可是便宜。", "差", 0, "cha4"),  # main; conceding 差是差
    ("字写得差是差点儿，可是很认真。", "差", 0, "cha4"),  # main
    ("你都长这么大了！", "长", 0, "zhang3"),  # main; grown to a size
    ("小树已经长那么高了。", "长", 0, "zhang3"),  # main
    ("这根绳子有这么长。", "长", 0, "chang2"),
    ("妈妈端着装汤的碗。", "着", 0, "zhe5"),  # main; V着|装, not 着装 'attire'
    ("上班要注意着装。", "着", 0, "zhuo2"),
    ("您受累了，快坐下歇歇。", "累", 0, "lei4"),  # main; put to trouble
    ("这点小事，让你受累了。", "累", 0, "lei4"),  # main
    ("他受累于朋友的生意。", "累", 0, "lei3"),
    ("上回去北京的时候，我们住在朋友家。", "去", 0, "qu4"),  # main; 上回|去, not 回去
    ("下回去公园记得带水。", "去", 0, "qu4"),  # main
    ("这孩子真有本事。", "事", 0, "shi5"),  # main; 'ability'
    ("他没什么本事，就会吹牛。", "事", 0, "shi5"),  # main
    ("这出戏的本事出自唐人小说。", "事", 0, "shi4"),
]


def test_dev15_heyou_in_traditional(engine):
    # 合著 opening a clause is Taiwan's spelling of 合着 'so, after all'; after its authors it
    # is 'co-author' (main d4fceab read both zhù)
    assert [r.syllable for r in engine.read(lookup_copy("合著你早就知道了？"))[:2]] == [
        "he2",
        "zhe5",
    ]
    assert engine.read(lookup_copy("這是他們兩人合著的書。"))[7].syllable == "zhu4"


def test_dev15_occasion_cut(engine):
    # 上/下/这 + 回去 before a destination: 回 counts the occasion; elsewhere 回去 'go back'
    assert [w.text for w in engine.words("上回去菜市场买菜。")[1]][:3] == ["上回", "去", "菜市场"]
    assert [w.text for w in engine.words("我们马上回去吃饭。")[1]][:3] == ["我们", "马上", "回去"]
    assert [w.text for w in engine.words("他把书放上回去了。")[1]][-3:-1] == ["回去", "了"]


DEV15_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("他往碗里倒上面的汤。", "倒", "dao-pour-onto"),  # no 上 + thing: 上面 is a word
    ("他用竹竿挑开了门帘。", "挑", "tiao-choose-kind"),  # raising, 挑开
    ("这件事你跟他说处理好了吗？", "处", "chu-get-along"),  # 处理 is a word
    ("最后只差一数。", "数", "shu-count-once"),  # a number, not counting
    ("误差是多少？", "差", "cha-granted"),  # no echo of 差
    ("这条路有这么长吗？", "长", "zhang-grow-size"),  # the size is 'long' itself
    ("他的着装很得体。", "着", "zhezhuang-carrying"),  # attire after 的
    ("他受累于朋友的生意。", "累", "lei-put-to-trouble"),  # implicated
    ("这出戏的本事出自唐人小说。", "事", "shi-ability"),  # the source story
]


# Rules written after dev set 13's first read (a lawyer's rental column, a history lesson on the
# Eastern Han), on sentences of other texts; both scripts. Each 'yes' sentence here was read
# wrong by main ae225d2, before these rules.
DEV13_KINDS_ON_OTHER_SENTENCES = [
    ("这些事要由地方政府决定。", "方", 0, "fang1"),  # 'local' before an office
    ("地方官员纷纷响应。", "方", 0, "fang1"),
    ("中央与地方的关系要理顺。", "方", 0, "fang1"),  # paired with 中央
    ("他在地方上工作了十年。", "方", 0, "fang1"),  # 地方上 with no determiner
    ("我们那地方上的人都很客气。", "方", 0, "fang5"),  # a place
    ("找个地方坐下来。", "方", 0, "fang5"),
    ("抗战胜利后，国民政府还都南京。", "还", 0, "huan2"),  # move the capital back
    ("抗战胜利后，国民政府还都南京。", "都", 0, "du1"),
    ("秦朝都咸阳。", "都", 0, "du1"),  # 'have its capital at'
    ("孩子们还都很小。", "还", 0, "hai2"),
    ("孩子们还都很小。", "都", 0, "dou1"),
    ("少帝即位时才九岁。", "少", 0, "shao4"),  # the boy emperor
    ("汉朝的少帝被废了。", "少", 0, "shao4"),
    ("这条山路挺好走。", "好", 0, "hao3"),  # 'easy to' before a verb
    ("这种纸又便宜又好用。", "好", 0, "hao3"),
    ("他又好学又肯干。", "好", 0, "hao4"),
    # the same registers, sentences of our own read wrong by main ae225d2
    ("他死也不降。", "降", 0, "xiang2"),  # surrender refused
    ("守城的将士宁死不降。", "宁", 0, "ning4"),  # 'would rather'
    ("曹操说过，宁我负人，毋人负我。", "宁", 0, "ning4"),
    ("宁先生是我们的老师。", "宁", 0, "ning2"),
    ("气温不降反升。", "降", 0, "jiang4"),  # against a rise
    ("今年的成绩不升反降。", "降", 0, "jiang4"),
    ("敌军终于降了。", "降", 0, "xiang2"),
    ("他在朝中做官。", "朝", 0, "chao2"),  # the court
    ("朝中无人莫做官。", "朝", 0, "chao2"),
    ("周末我空出时间陪你。", "空", 0, "kong4"),  # leave free
    ("那间屋子空了两年。", "空", 0, "kong4"),  # stand vacant for a time
    ("肚子空了。", "空", 0, "kong1"),
    ("请空出一行再写。", "行", 0, "hang2"),  # a line a verb leaves
    ("市长陪同代表团一行参观了工厂。", "行", 0, "xing2"),  # a party
    # 得很 glued before what is described (说|得很|重): cut into 得|很
    ("他的话说得很重，我听了很难受。", "重", 0, "zhong4"),
    ("他病得很重，住进了医院。", "重", 0, "zhong4"),
    ("头发留得很长。", "长", 0, "chang2"),
    ("绳子放得很长。", "长", 0, "chang2"),
    ("今天热得很。", "得", 0, "de5"),
    ("她胆小得像只兔子。", "只", 0, "zhi1"),  # 像(一)只 before the animal
    ("他像只猴子一样爬上了树。", "只", 0, "zhi1"),
    ("这里好像只有我一个人。", "只", 0, "zhi3"),
    # a person's full name CC-CEDICT records keeps its reading against the model
    ("曾国藩是晚清重臣。", "曾", 0, "zeng1"),
    ("诸葛亮受命辅佐后主刘禅。", "禅", 0, "shan4"),
    ("他曾在北京住过。", "曾", 0, "ceng2"),
]


DEV13_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("这个地方风景很好。", "地", "fang-local-office"),  # a determiner: a place
    ("我们这地方上有一座古庙。", "地", "fang-local-shang"),
    ("他们还都在北京。", "还", "huan-capital"),  # 还都 'still all' before a verb
    ("他们还都在北京。", "都", "du-capital"),
    ("他又好酒又好色。", "好", "hao-easy"),  # 'be fond of' wine: no verb after
    ("温度终于降了。", "降", "xiang-refuse"),
    ("敌军不降反攻。", "降", "jiang-against-rise"),  # 反攻 'counter-attack', no rise
    ("朝发夕至。", "朝", "chao-court"),
    ("肚子空着，没力气。", "空", "kong-vacant-for"),
    ("我们一行五人。", "行", "yihang-row-verb"),
    ("他像只会说不会做的人。", "只", "zhi-measure-like"),  # zhǐ before a verb
]


# -- classical verse (edition.readings.register and the rules ``*-classical-*``) ------------
# Lines of poems and classical prose outside the verse bench sets: (text, register, character,
# which occurrence, reading). "auto" lines are verse the engine must recognise by itself.
CLASSICAL = [
    ("谁教岁岁红莲夜，两处沉吟各自知。", "auto", "教", 0, "jiao4"),  # 姜夔
    ("可惜一溪风月，莫教踏碎琼瑶。", "classical", "教", 0, "jiao4"),  # 苏轼 西江月
    ("老来不教书，闲坐看云起。", "auto", "教", 0, "jiao1"),  # teaching, not letting
    ("何时眼前突兀见此屋，吾庐独破受冻死亦足！", "classical", "见", 0, "xian4"),  # 杜甫
    ("食不饱，力不足，才美不外见。", "classical", "见", 0, "xian4"),  # 韩愈 马说
    ("旧时茅店社林边，路转溪桥忽见。", "classical", "见", 0, "jian4"),  # 辛弃疾: seeing
    ("良将劲弩守要害之处。", "classical", "将", 0, "jiang4"),  # 过秦论
    ("休对故人思故国，且将新火试新茶。", "auto", "将", 0, "jiang1"),  # 苏轼: 'take'
    ("春来燕子归，客子几时还。", "auto", "还", 0, "huan2"),
    ("人老心还壮，春深花更繁。", "auto", "还", 0, "hai2"),  # 'still'
    ("隔水呼渔父，渔父不应人。", "auto", "应", 0, "ying4"),
    ("知否，知否？应是绿肥红瘦。", "classical", "应", 0, "ying1"),  # 李清照: 'surely'
    ("天下云集响应，赢粮而景从。", "classical", "景", 0, "ying3"),  # 过秦论
    ("寒烟笼翠竹，细雨湿青苔。", "auto", "笼", 0, "long3"),
    ("卷地风来忽吹散，望湖楼下水如天。", "auto", "地", 0, "di4"),  # 苏轼
    ("北风卷地白草折，胡天八月即飞雪。", "auto", "地", 0, "di4"),  # 岑参
    ("芒鞋破钵无人识，踏过樱花第几桥。", "auto", "过", 0, "guo4"),  # 苏曼殊
    ("夫天地者，万物之逆旅也。", "classical", "夫", 0, "fu2"),  # 李白
    ("两个黄鹂鸣翠柳，一行白鹭上青天。", "auto", "个", 0, "ge4"),  # no neutral tone in verse
    ("床前明月光，疑是地上霜。", "auto", "上", 0, "shang4"),
    ("打起黄莺儿，莫教枝上啼。", "auto", "儿", 0, "er2"),  # a syllable, not erhua
]


@pytest.mark.parametrize(("text", "register", "char", "nth", "expected"), CLASSICAL)
def test_classical_usage_in_both_scripts(engine, text, register, char, nth, expected):
    idx = [i for i, c in enumerate(text) if c == char][nth]
    for t in (text, S2T.convert(text)):
        got = engine.read(lookup_copy(t), register=register)[idx]
        assert (got.syllable, t) == (expected, t)


# The same characters in modern prose: the classical rules never read it.
MODERN = [
    ("周末去农家乐，有得吃有得玩。", "得", 0, "de5"),  # classical6's 有得 dé is 文言's
    ("这枚钯金戒指是她买的。", "钯", 0, "ba3"),  # classical6's 钯 pá 'rake' is 文言's
    ("老师不教我们画画，只教写字。", "教", 0, "jiao1"),
    ("他慢慢地走过来，说：“我看过了。”", "地", 0, "de5"),
    ("他慢慢地走过来，说：“我看过了。”", "过", 1, "guo5"),
    ("地上有很多落叶。", "上", 0, "shang5"),
    ("借的书还没还。", "还", 0, "hai2"),
]


@pytest.mark.parametrize(("text", "char", "nth", "expected"), MODERN)
def test_modern_prose_keeps_modern_readings(engine, text, char, nth, expected):
    idx = [i for i, c in enumerate(text) if c == char][nth]
    assert engine.read(lookup_copy(text))[idx].syllable == expected


def test_a_couplet_in_a_prose_paragraph_stays_modern(engine):
    from edition.readings.register import classical_sentences, is_verse

    assert is_verse("朝辞白帝彩云间，千里江陵一日还。")
    assert is_verse("问君何能尔？心远地自偏。")
    assert not is_verse("天苍苍，野茫茫，风吹草低见牛羊。")  # irregular: only with the text
    assert not is_verse("他说的话，我们都记得。")
    assert not is_verse("2024年春天，我们去了苏州。")
    prose = split_sentences("他说他会来，我说我不去。后来他还是来了，我们一起吃了饭。\n")
    assert classical_sentences(prose) == [False, False]
    sheet = split_sentences(
        "敕勒歌\n北朝民歌\n敕勒川，阴山下。\n天似穹庐，笼盖四野。\n"
        "天苍苍，野茫茫，风吹草低见牛羊。\n静夜思\n李白\n"
        "床前明月光，疑是地上霜。\n举头望明月，低头思故乡。\n"
    )
    assert all(classical_sentences(sheet))  # a text mostly of verse is classical throughout
    assert not any(classical_sentences(sheet, "modern"))
    with pytest.raises(
        ValueError, match=r"^unknown register 'poem' \(expected one of: auto, classical, modern\)$"
    ):
        classical_sentences(sheet, "poem")


def test_classical_prose_is_measured_by_its_grammar_words():
    from edition.readings.register import classical_sentences, is_classical_prose

    assert is_classical_prose("见其子勤学不倦，心乐之，遂以书赠之。")
    assert is_classical_prose("世人皆好之，而吾独恶之，此何故也？")
    # modern prose: a modern function word, or classical words only inside modern ones
    assert not is_classical_prose("他之所以迟到，是因为路上堵车，而且下着大雨。")
    assert not is_classical_prose("本店营业时间为上午九时至晚上九时，逢周一休息。")
    assert not is_classical_prose("其实我们早就知道了，总之不必再说。")
    assert not is_classical_prose("子曰：学而时习之。")  # too short to tell alone
    # 可以 and 所以 are classical words too: they keep a line of 古文 classical...
    assert is_classical_prose("吾与汝毕力而为之，可以成其事，何惧之有？")
    assert is_classical_prose("学者所以求师，非独求其言也，亦求其道焉。")
    # ...but not a modern one (a modern function word, or too few classical words)
    assert not is_classical_prose("你们可以先回家吃饭，我所以留下来是为了等他。")
    assert not is_classical_prose("这个问题可以明天再讨论，所以大家先回去休息。")
    # 今天下 'now the world' holds no 今天 'today' (今天下午 does); 余 'I' opening or closing a
    # clause is a word of classical grammar, 余 'remaining' inside one (秦岭余脉) is not
    assert is_classical_prose("今天下大乱，民不聊生，此诚存亡之秋也。")
    assert not is_classical_prose("今天下午，王老师与其学生皆去博物馆参观。")
    assert is_classical_prose("余幼时家贫，每借书于人，手自抄录，计日以还。")
    assert not is_classical_prose("小镇位于河口，地处秦岭余脉东端。")
    # a lesson: a descriptive line with few such words is read with its text
    lesson = split_sentences(
        "游西山记\n出城西行三里，过小桥，见古松数株，石径通幽。\n"
        "吾与二三子坐松下，饮酒赋诗，终日相乐而忘归。\n"
        "日既暮，乃循旧路而还，客皆醉矣。\n"
    )
    assert all(classical_sentences(lesson))
    # one quotation in a modern paragraph is classical alone
    mixed = split_sentences(
        "老师今天讲了一句话，大家都记住了。\n世人皆好之，而吾独恶之，此何故也？\n"
        "我们讨论了很久，才明白它的意思。\n"
    )
    assert classical_sentences(mixed) == [False, True, False]


def test_descriptive_classical_prose_is_measured_by_its_four_character_clauses():
    from edition.readings.register import is_classical_prose

    # classical5: few words of grammar, but clauses of four characters
    assert is_classical_prose("日出江上，云霞满天。渔舟唱晚，鸥鹭齐飞。远山如黛，近水含烟。")
    assert is_classical_prose("一樵暮归，担中柴尽，仅余枯枝。林间群鸦，聒噪不休。")
    # modern prose: a modern word, a list after its colon, a long clause, or too few clauses
    assert not is_classical_prose("春暖花开，阳光明媚，我们一起去公园放风筝吧。")
    assert not is_classical_prose("材料：面粉两百克、鸡蛋两个、白糖少许、清水适量。")
    assert not is_classical_prose("万历年间，寺僧将全部经板移至城外另一座大寺继续刊印，世称某某藏。")
    assert not is_classical_prose("风和日丽，万里无云。")


def test_a_plain_line_beside_classical_prose_is_read_with_it():
    from edition.readings.register import classical_sentences

    # classical5: a 古文 passage quoted in a modern lesson; its line with no word of grammar
    # (行数里) is read with the classical line beside it, the modern lines stay modern
    text = split_sentences(
        "今天我们读一段古文，大家先看注释，再跟着老师一起朗读，读完以后我们讨论它的意思。\n"
        "有樵者入山，行数里，见一老翁。\n"
        "翁曰：吾居此三十年矣，未尝见外人也。\n"
        "读完了这一段，你们觉得老翁是一个什么样的人？请写在本子上，下课前交给我。\n"
    )
    # 有樵者入山，行数里 (second) is plain, beside the classical 翁曰 line
    assert classical_sentences(text) == [False, True, True, False, False]
    assert classical_sentences(split_sentences("今天我们读了一段课文。\n风和日丽，万里无云。\n")) == [
        False,
        False,
    ]


LEAD_CLASSICAL_PROSE_KINDS = [
    # the lead's classical dev set (桃花源记, 论语十二章, 小石潭记): its kinds on sentences of our
    # own, read by the register's measure of classical prose
    ("见其子勤学不倦，心乐之，遂以书赠之。", "乐", 0, "le4"),
    ("吾与二三子游于山水之间，终日相乐而忘归。", "乐", 0, "le4"),
    ("闻乐而泣，不能自已，左右皆怪之。", "乐", 0, "yue4"),
    ("世人皆好之，而吾独恶之，此何故也？", "好", 0, "hao4"),
    ("其人年三十有二，始发愤读书，遂成大儒。", "有", 0, "you4"),
    ("年三十，有二子，皆好学而能文。", "有", 0, "you3"),
    ("岁月之去也，其速如此夫！吾辈当惜之。", "夫", 0, "fu2"),
    ("其夫出门未归，其妻日夜望之而泣。", "夫", 0, "fu1"),
    ("寻之数日，乃得其人，遂与之同归。", "得", 0, "de2"),
    ("天色既晚，客人遂还家，不复再来。", "还", 0, "huan2"),
    ("四顾寂寥，悄怆不能去，乃归而记之。", "悄", 0, "qiao3"),
    ("学者当切问而慎思，不察则殆矣。", "切", 0, "qie4"),
    ("客至，主人为具言其事，客皆叹之。", "为", 0, "wei4"),
    ("渡河以后，众人舍舟登岸。", "舍", 0, "she3"),
    ("客舍青青柳色新。", "舍", 0, "she4"),
    ("舍南舍北皆春水。", "舍", 0, "she4"),
    ("舍弟今年十岁。", "舍", 0, "she4"),
    ("百姓以箪食壶浆迎之，其喜可知也。", "食", 0, "si4"),
    ("登高望远，江山之乐，非言语所能尽也。", "乐", 0, "le4"),
    ("其乐无穷，而人莫之知也。", "乐", 0, "le4"),
    ("丝竹之乐，不绝于耳，宾客皆醉矣。", "乐", 0, "yue4"),
    ("朝而出，夕而返，日日如此，未尝一日废也。", "朝", 0, "zhao1"),
    ("予少时好读书，日诵千言，人皆异之。", "予", 0, "yu2"),
    ("取之于民，予之于民，此古之道也。", "予", 0, "yu3"),
    ("友人属余为之序，辞不获已，遂书之。", "属", 0, "zhu3"),
    ("此地属楚，其民多善射，而俗尚武。", "属", 0, "shu3"),
    ("吾观夫山川之胜，莫过于此者也。", "夫", 0, "fu2"),
    ("古今之人，其好恶得无异乎？吾不能知也。", "得", 0, "de2"),
    ("处深山之中，与鹿豕游，其乐无穷。", "处", 0, "chu3"),
    ("其真不知此理耶？抑知之而不为也？", "耶", 0, "ye2"),
    ("他的同事舍温来自英国，是个画家。", "舍", 0, "she4"),
    # classical2's dev texts (马说, 曹刿论战, 鱼我所欲也): their kinds on sentences of our own
    ("富与贵，人之所欲也；贫与贱，人之所恶也。", "恶", 0, "wu4"),
    ("其人为恶，乡里皆畏之，莫敢与之言。", "恶", 0, "e4"),
    ("邻人闻其言，皆恶之，遂不与往来。", "恶", 0, "wu4"),
    ("吾求之十年而不可得，今乃见之。", "得", 0, "de2"),
    ("君子不苟取，亦不苟得，此其所以贵也。", "得", 0, "de2"),
    ("防民之口，甚于防川，不可不慎也。", "甚", 0, "shen4"),
    ("知其有害而不辟，是自取其祸也。", "辟", 0, "bi4"),
    ("乃辟田百亩，以养其亲，乡人皆称之。", "辟", 0, "pi4"),
    ("乡使汝早归，则无此患矣。", "乡", 0, "xiang4"),
    ("去乡三十年，今始归，而故人皆老矣。", "乡", 0, "xiang1"),
    ("今为一时之名为之，而忘其本，可乎？", "为", 0, "wei4"),
    ("是非汝之所为与？何其不智也！", "与", 0, "yu2"),
    ("吾与汝同往，可乎？", "与", 0, "yu3"),
    ("然则天下果无贤者邪？吾不信也。", "邪", 0, "ye2"),
    ("扶正去邪，民乃安之，国乃治焉。", "邪", 0, "xie2"),
    ("虽有美玉，祗见弃于市，不以宝称也。", "祗", 0, "zhi3"),
    ("善食马者，必先知其性，而后可以致远。", "食", 0, "si4"),
    ("日食粟一升，而力不衰，人皆异之。", "食", 0, "shi2"),
    ("舍本而逐末，非治国之道也，君子不为。", "舍", 0, "she3"),
    ("有行道者过其门，主人留之饮。", "行", 0, "xing2"),
    # classical3's dev texts (出师表, 送东阳马生序, 孙权劝学, 卖油翁) and kinds earlier sets left
    ("河水暴至，乡人筑堤以塞其流，而民得安。", "塞", 0, "se4"),
    ("将军率师出塞，三年而不得归，其妻日夜思之。", "塞", 0, "sai4"),
    ("乡里有为善者，必赏之；有为恶者，必罚之。", "为", 0, "wei2"),
    ("吾为汝言之，汝当谨记，勿忘也。", "为", 0, "wei4"),
    ("会其友自远方至，吾因得见之，遂与之语。", "得", 0, "de2"),
    ("年二十而加冠，乃辞其亲，游学于四方。", "冠", 0, "guan4"),
    ("其人峨冠博带，行于市中，人皆异之。", "冠", 0, "guan1"),
    ("其枝劲而不折，虽经霜雪，人皆奇之。", "劲", 0, "jing4"),
    ("大家一起使劲，把车推上了坡。", "劲", 0, "jin4"),  # modern: the rule stays out
    ("其人居于山中，终岁无鲜肥之奉，而乐之不倦。", "鲜", 0, "xian1"),
    ("世之知其道者鲜矣，吾独何人哉？", "鲜", 0, "xian3"),
    ("吾与其人同舍三年，未尝见其怒也。", "舍", 0, "she4"),
    ("吾宁舍之，而不与人争利，君子之道也。", "舍", 0, "she3"),
    ("其人被裘而行，虽风雪不畏也。", "被", 0, "pi1"),
    ("其人被执，终不屈而死，乡人哀之。", "被", 0, "bei4"),
    ("兰生于幽谷，其臭甚清，人皆爱之。", "臭", 0, "xiu4"),
    ("鱼肉既臭，乃弃之于野，犬亦不食。", "臭", 0, "chou4"),
    ("群贤毕至，吾以后学处其中，而不敢多言。", "处", 0, "chu3"),
    ("此处其地最高，可以望远，游者皆至焉。", "处", 0, "chu4"),
    ("山中之游，亦有足乐者，而人莫之知也。", "乐", 0, "le4"),
    ("天下之大，岂无一贤者邪！吾当求之。", "邪", 0, "ye2"),
    ("君子扶正而去邪，故民皆从之。", "邪", 0, "xie2"),
    ("蒙先帝厚恩，不敢忘也，乃尽其力以报之。", "蒙", 0, "meng2"),
    ("众人议之不决，乃更定其约，而后行之。", "更", 0, "geng1"),
    ("登高而望，更见其远，乃知天下之大也。", "更", 0, "geng4"),
    ("樵夫释担于道旁，坐而歇之，日暮乃去。", "担", 0, "dan4"),
    ("樵夫担柴下山，日暮方归，其妻迎之。", "担", 0, "dan1"),
    ("其人引弓而射，百发而中九十，观者皆服之。", "中", 0, "zhong4"),
    ("十中取一，余皆弃之，而民不怨。", "中", 0, "zhong1"),
    ("农人春则种桑，秋则获粟，终岁勤苦而不怨。", "种", 0, "zhong4"),
    ("此种之马，日行千里，而人莫之识也。", "种", 0, "zhong3"),
    ("主人见之甚喜，遂要至其家，设酒以待之。", "要", 0, "yao1"),
    ("其言甚要，君当记之，勿忘也。", "要", 0, "yao4"),
    ("水中有坻，白鹭集焉，渔人往来其间。", "坻", 0, "chi2"),
    ("兄弟之争，外人何间焉？君勿忧之。", "间", 0, "jian4"),
    ("游于林间，乐而忘返，日暮乃归。", "间", 0, "jian1"),
    ("乃募壮士三夫，与之同往，夜半而至。", "夫", 0, "fu1"),
    ("其中甘苦，不足为外人道也。", "为", 0, "wei4"),
    ("这些年的辛苦，不足为外人道。", "为", 0, "wei4"),  # the idiom in modern prose
    # helper classical4's kinds (湖心亭看雪, 伤仲永, 狼) on sentences of our own
    ("三年，还自京师，复见其友，相与饮酒。", "还", 0, "huan2"),
    ("今还有人知之乎？吾不信也。", "还", 0, "hai2"),
    ("虽有其才而不学，得为君子乎？", "得", 0, "de2"),
    ("二虎相争，一虎得鹿而归，其一伏于草中。", "得", 0, "de2"),
    ("鸟飞得高，人不能及也。", "得", 0, "de5"),
    ("秋收既毕，农人皆聚于麦场，终日不息，其勤如此也。", "场", 0, "chang2"),
    ("有老翁为场主，日夜守其禾，人皆敬之焉。", "场", 0, "chang2"),
    ("两军相遇于战场，死者甚众。", "场", 0, "chang3"),
    ("樵者暮归，担中柴尽，乃复入山。", "担", 0, "dan4"),
    ("其人挥剑而前，身中数刀而不退。", "数", 0, "shu4"),
    ("童子铺席于地，请客坐之，客乃坐焉。", "铺", 0, "pu1"),
    ("城东有一药铺，主人甚贤。", "铺", 0, "pu4"),
    ("友人将别，吾强笑送之，归而泣下。", "强", 0, "qiang3"),
    ("其国兵强马壮，邻国皆畏之。", "强", 0, "qiang2"),
    ("其父日扳之遍谒亲友，不使读书。", "扳", 0, "pan1"),
    ("农人以茅苫其屋，以御风雨，其勤如此也。", "苫", 0, "shan4"),
    ("孝子寝苫枕块，三年不出其门。", "苫", 0, "shan1"),
    ("其文不能称其名也，人皆笑之。", "称", 0, "chen4"),
    ("人皆称之，以为贤者，莫不敬之。", "称", 0, "cheng1"),
    ("其人游学四方，谒于诸侯，诸侯皆礼之。", "于", 0, "yu2"),
    # helper classical5's kinds (与朱元思书, 周亚夫军细柳, 生于忧患死于安乐) and the lead's two
    # (与其 yù, 夫君子 fú), on sentences of our own
    ("其人少孤，漂泊江湖，随意东西，不知所止。", "西", 0, "xi1"),
    ("吾不知其东西南北，乃问于途人。", "西", 0, "xi1"),
    ("马闻鼓声而惊，众马皆奔，御者不能止之。", "奔", 0, "ben1"),
    ("春深林静，黄鹂千转，其声清越。", "转", 0, "zhuan4"),
    ("山路千转，行者苦之，乃凿石为道。", "转", 0, "zhuan3"),
    ("太守出迎于郊，将以下皆拜于道。", "将", 0, "jiang4"),
    ("吾将以此书赠之，汝其慎之。", "将", 0, "jiang1"),
    ("国有良将，敌岂得而犯邪！吾无忧矣。", "邪", 0, "ye2"),
    ("君子正其身，远邪而近贤，故人皆敬之。", "邪", 0, "xie2"),
    ("勤学不辍，所以曾益其才也，岂可废乎？", "曾", 0, "zeng1"),
    ("吾曾见其人，貌甚恭而言甚寡。", "曾", 0, "ceng2"),
    ("殷之贤臣傅说，起于版筑之间，其德甚高。", "说", 0, "yue4"),
    ("其友说之曰：不可，汝其思之。", "说", 0, "shuo1"),
    ("天下之士，未有能与其事者，独吾师与焉。", "与", 0, "yu4"),
    ("吾不与其人言，以其不信也。", "与", 0, "yu3"),
    ("与其坐而待亡，孰若起而拯之？", "与", 0, "yu3"),
    ("夫君子之学，不求闻达，而求其心之安也。", "夫", 0, "fu2"),
    ("周亚夫治军甚严，天子亦敬之，至于亚夫，人莫敢犯。", "夫", 1, "fu1"),
    # classical6: helper classical6's kinds (得道多助失道寡助, 富贵不能淫, 河中石兽), on
    # sentences of our own
    ("其弟失其书，求之旬日，乃得于井中。", "得", 0, "de2"),
    ("天下之士，必有得其心者，吾将从之。", "得", 0, "de2"),
    ("男子年二十而冠，父命之，乃字之。", "冠", 0, "guan4"),
    ("既冠，乃辞其亲而游学四方。", "冠", 0, "guan4"),
    ("君子正其衣冠，尊其瞻视，人望而畏之。", "冠", 0, "guan1"),
    ("其人头戴高冠，腰佩长剑，行于市中，人皆异之。", "冠", 0, "guan1"),
    ("渔者结庐于河干，朝出暮归，乐其业而忘其老。", "干", 0, "gan1"),
    ("此人精明能干，太守甚器之。", "干", 0, "gan4"),
    ("老农荷钯而出，耕于南亩，日暮乃归。", "钯", 0, "pa2"),
    ("其势转转不已，终不可止，人皆畏之。", "转", 0, "zhuan3"),
    # classical7: helper classical7's kinds (邹忌讽齐王纳谏, 北冥有鱼, 塞翁失马) and 女 rǔ
    # 'you' (富贵不能淫's 往之女家), on sentences of our own
    ("其弟好猎，每出必数日乃归，其母忧之。", "好", 0, "hao4"),
    ("少好读书，不求甚解，每有会意，便欣然忘食。", "好", 0, "hao4"),
    ("其人好饮酒，醉则卧于道旁，人皆笑之。", "好", 0, "hao4"),
    ("此马甚好，骑之如飞，人皆爱之。", "好", 0, "hao3"),
    ("朝服其冠，出见宾客，宾客皆叹其美。", "朝", 0, "zhao1"),
    ("其人朝服冠带，暮释兵甲，终岁不怠也。", "朝", 0, "zhao1"),
    ("朝服而立于堂上，宾客皆肃然，莫敢哗者。", "朝", 0, "chao2"),
    ("乃具朝服，入见于王，王甚悦之。", "朝", 0, "chao2"),
    ("其人形貌昳丽，见者皆爱之。", "昳", 0, "yi4"),
    ("《鬼谷子》者，纵横家之书也。", "子", 0, "zi3"),
    ("子曰：“吾语女，女其识之，勿忘也。”", "女", 0, "ru3"),
    ("子曰：“吾语女，女其识之，勿忘也。”", "女", 1, "ru3"),
    ("其母谓之曰：“女何不往，而独居于此乎？”", "女", 0, "ru3"),
    ("明日往之女家，女其待我于门。", "女", 0, "ru3"),
    ("其人有女三人，皆善歌舞，邻里称之。", "女", 0, "nv3"),
    ("其女亦善织，乡人皆称之。", "女", 0, "nv3"),
    ("有一女安坐于堂上，众皆异之。", "女", 0, "nv3"),
]


CLASSICAL_MORE = [
    ("千嶂里，长烟落日孤城闭。", "classical", "长", 0, "chang2"),  # 范仲淹 渔家傲
    ("黄四娘家花满蹊，千朵万朵压枝低。", "auto", "压", 0, "ya1"),  # no rule: left alone
    ("朝饮木兰之坠露兮，夕餐秋菊之落英。", "classical", "朝", 0, "zhao1"),  # 离骚
    ("朝发白帝，暮到江陵。", "classical", "朝", 0, "zhao1"),  # 水经注
    ("更那堪冷落清秋节！", "classical", "那", 0, "na3"),  # 柳永
    ("洛阳城里见秋风，欲作家书意万重。", "auto", "重", 0, "chong2"),  # 张籍 秋思
    ("一山放过一山拦，千重万重到几重。", "auto", "重", 2, "chong2"),
    # classical8: 缴 zhuó the arrow's cord after the bow, jiǎo handing over; 惠子 zǐ
    ("猎者持弓缴，伏于林下以待雁。", "classical", "缴", 0, "zhuo2"),
    ("民皆缴其粮于官，官不受。", "classical", "缴", 0, "jiao3"),
    ("惠子相梁，庄子往见之。", "classical", "子", 0, "zi3"),
    # classical9: the kinds of 陈涉世家 and 世说新语 (管宁割席, 华歆王朗, 荀巨伯), on sentences of
    # our own, each with one its rule must leave alone
    ("臣宁死于此，不以身事贼。", "classical", "宁", 0, "ning4"),
    ("君宁有意乎？何不早言之。", "classical", "宁", 0, "ning4"),
    ("天下既宁，民得休息。", "classical", "宁", 0, "ning2"),
    ("使者数请见，王终不许。", "classical", "数", 0, "shuo4"),
    ("留数月，乃辞而归。", "classical", "数", 0, "shu4"),
    ("其数有三，不可不知也。", "classical", "数", 0, "shu4"),
    ("吾少时从父学射。", "classical", "少", 0, "shao4"),
    ("少时，风起，舟几覆。", "classical", "少", 0, "shao3"),
    ("客坐少时，起而辞去。", "classical", "少", 0, "shao3"),
    ("王之少子好勇，常从猎。", "classical", "少", 0, "shao4"),
    ("或问之，笑而不应。", "classical", "应", 0, "ying4"),
    ("主人呼之，僮应声而出。", "classical", "应", 0, "ying4"),
    ("其罪应死，王赦之。", "classical", "应", 0, "ying1"),
    ("其父坐法，子亦适戍辽东。", "classical", "适", 0, "zhe2"),
    ("将适齐，过宋而止。", "classical", "适", 0, "shi4"),
    ("度其必来，伏兵于道旁。", "classical", "度", 0, "duo2"),
    ("使其子将骑三千，夜袭敌营。", "classical", "将", 0, "jiang4"),
    ("大军将至，民皆入城。", "classical", "将", 0, "jiang1"),
    ("勿舍此人，其必有以报君。", "classical", "舍", 0, "she3"),
    ("客还舍，主人设酒。", "classical", "舍", 0, "she4"),
    ("老者语其孙曰：汝当勤学。", "classical", "语", 0, "yu4"),
    ("其语曰：有志者事竟成。", "classical", "语", 0, "yu3"),
    ("华歆与管宁同学，后绝交。", "classical", "华", 0, "hua4"),
    ("春华秋实，各得其时。", "classical", "华", 0, "hua2"),
    ("其先陈郡阳夏人，后徙江东。", "classical", "夏", 0, "jia3"),
    ("其弟亦为郡吏，以廉闻。", "classical", "为", 0, "wei2"),
    ("汝为我守此城，吾往求救。", "classical", "为", 0, "wei4"),
    # classical9: the brief's list of 文言 readings, probed on sentences of our own
    ("苏秦往说齐王，齐王不听。", "classical", "说", 0, "shui4"),
    ("其言甚辩，人皆说之。", "classical", "说", 0, "yue4"),
    ("沛公欲王关中，诸将皆不服。", "classical", "王", 0, "wang4"),
    ("沛公欲王关中，诸将皆不服。", "classical", "将", 0, "jiang4"),
    ("齐王好乐，国人从之。", "classical", "王", 0, "wang2"),
    ("其国有车百乘，骑千匹。", "classical", "乘", 0, "sheng4"),
    ("乘舟而下，一日千里。", "classical", "乘", 0, "cheng2"),
    ("张仪相秦，秦日以强。", "classical", "相", 0, "xiang4"),
    ("其父为相，其子为将。", "classical", "相", 0, "xiang4"),
    ("其父为相，其子为将。", "classical", "为", 0, "wei2"),
    ("其父为相，其子为将。", "classical", "将", 0, "jiang4"),
    ("二人相视而笑，莫逆于心。", "classical", "相", 0, "xiang1"),
    ("图穷而匕首见，秦王大惊。", "classical", "见", 0, "xian4"),
    ("使者请以璧见，王许之。", "classical", "见", 0, "jian4"),
    ("其家贫，以糠食其犬。", "classical", "食", 0, "si4"),
    ("主人轻之，食以草具。", "classical", "食", 0, "si4"),
    ("其人食之而甘，尽一器。", "classical", "食", 0, "shi2"),
    # classical10: the kinds of 周处 and 六国论, on sentences of our own, each with one its rule
    # must leave alone
    ("兄弟三人更相扶持，卒成其家。", "classical", "更", 0, "geng1"),
    ("此山更高，人不能上。", "classical", "更", 0, "geng4"),
    ("诸侯相攻，小国皆丧。", "classical", "丧", 0, "sang4"),
    ("其父卒，子居丧三年。", "classical", "丧", 0, "sang1"),
    ("其骸暴于野，无人收之。", "classical", "暴", 0, "pu4"),
    ("秦王暴虐，天下苦之。", "classical", "暴", 0, "bao4"),
    ("吾思之三日，乃得之。", "classical", "得", 0, "de2"),
    ("其人言得甚是，众皆服。", "classical", "得", 0, "de5"),
    ("其弟日横，父不能制。", "classical", "横", 0, "heng4"),
    ("一舟横于江上，不知其主。", "classical", "横", 0, "heng2"),
    ("其父为农，其母织布。", "classical", "为", 0, "wei2"),
    ("众为之请于王，王不许。", "classical", "为", 0, "wei4"),
    ("或说太守开仓济民，太守从之。", "classical", "说", 0, "shui4"),
    ("或说或歌，至夜乃散。", "classical", "说", 0, "shuo1"),
    # classical10: the brief's list of 文言 readings probed on sentences of our own
    ("乃从间道归，夜半至营。", "classical", "间", 0, "jian4"),
    ("一日之间，三易其主。", "classical", "间", 0, "jian1"),
    ("苏秦约六国合从以拒秦。", "classical", "从", 0, "zong4"),
    ("从横千里，皆其地也。", "classical", "从", 0, "zong4"),
    ("其人从东来，不知其名。", "classical", "从", 0, "cong2"),
    ("伯乐使其子相其马，三日不得。", "classical", "相", 0, "xiang4"),
    ("兄弟相助，乃成其事。", "classical", "相", 0, "xiang1"),
    ("乃令军中曰：敢言降者斩。", "classical", "降", 0, "xiang2"),
    ("神降于其庭，国人皆惧。", "classical", "降", 0, "jiang4"),
    ("客鼓琴而歌，主人起而和之。", "classical", "和", 0, "he4"),
    ("君臣和，则国治。", "classical", "和", 0, "he2"),
    ("余少孤，母教之读书。", "classical", "少", 0, "shao4"),
    ("吾少也贫，常为人牧羊。", "classical", "少", 0, "shao4"),
    ("敌众我少，不可轻战。", "classical", "少", 0, "shao3"),
    # classical11: the kinds of 管晏列传 and 游褒禅山记, on sentences of our own
    ("某，齐人也。少时好读书，不事生产。", "classical", "少", 0, "shao4"),
    ("少时，风起，舟行甚疾。", "classical", "少", 0, "shao3"),
    ("其兄少时常与人斗。", "classical", "少", 0, "shao4"),  # jieba's 少|时常
    ("其人少言，时常独坐。", "classical", "少", 0, "shao3"),
    ("其人与乡人贾，岁得百金。", "classical", "贾", 0, "gu3"),
    ("吾与贾君相识十年。", "classical", "贾", 0, "jia3"),
    ("其客尝为其主请命于王。", "classical", "为", 0, "wei4"),
    ("其客尝为郡守，有能名。", "classical", "为", 0, "wei2"),
    ("其为书犹存，人皆读之。", "classical", "为", 0, "wei2"),
    ("其为我请于王，王许之。", "classical", "为", 0, "wei4"),
    ("此乃华山之阳，故名。", "classical", "华", 0, "hua4"),  # jieba's 乃|华|山
    ("其华满山，春色可爱。", "classical", "华", 0, "hua2"),
    ("其马仆于道，不能起。", "classical", "仆", 0, "pu1"),
    ("风大，树皆仆地。", "classical", "仆", 0, "pu1"),
    ("遣其仆往视之。", "classical", "仆", 0, "pu2"),
    ("其仆持马而立。", "classical", "仆", 0, "pu2"),
    ("召伯听讼于甘棠之下。", "classical", "召", 0, "shao4"),
    ("乃召其子而告之。", "classical", "召", 0, "zhao4"),
    # classical11: the brief's list of 文言 readings probed on sentences of our own
    ("公输盘为楚造云梯之械。", "classical", "为", 0, "wei4"),
    ("其人为楚将，攻秦，大败。", "classical", "为", 0, "wei2"),
    ("余语之，勿复言此事。", "classical", "语", 0, "yu4"),
    ("其语甚奇，人莫能解。", "classical", "语", 0, "yu3"),
    ("王数使人问其病。", "classical", "数", 0, "shuo4"),
    ("其数使然，非人力也。", "classical", "数", 0, "shu4"),
    ("张仪往说楚怀王，怀王不听。", "classical", "说", 0, "shui4"),
    ("其师说周公之德，弟子皆听。", "classical", "说", 0, "shuo1"),
    ("乃使人遗赵王书，约为兄弟。", "classical", "遗", 0, "wei4"),
    ("其人遗其书于道，不复得。", "classical", "遗", 0, "yi2"),
    ("其人衣帛，出入乘车。", "classical", "衣", 0, "yi4"),
    ("其衣甚敝，不能御寒。", "classical", "衣", 0, "yi1"),
    ("其友见其寒，乃解衣衣之。", "classical", "衣", 1, "yi4"),
    ("天寒，解衣而卧。", "classical", "衣", 0, "yi1"),
    ("主人薄之，衣以敝衣，食以粗粮。", "classical", "衣", 0, "yi4"),
    ("衣以蔽体，食以充饥。", "classical", "衣", 0, "yi1"),
    ("其友见其饥，乃推食食之。", "classical", "食", 1, "si4"),
    ("其友见其饥，乃推食食之。", "classical", "食", 0, "shi2"),
    ("燕王欲王其弟，群臣不从。", "classical", "王", 1, "wang4"),
    ("其王其臣皆贤。", "classical", "王", 0, "wang2"),
    ("其人好善而恶恶。", "classical", "好", 0, "hao4"),
    ("其子甚好，人皆爱之。", "classical", "好", 0, "hao3"),
    ("吾少而孤，长而好游。", "classical", "长", 0, "zhang3"),
    ("河水长而清，可以濯缨。", "classical", "长", 0, "chang2"),
    ("卒然临之而不惊。", "classical", "卒", 0, "cu4"),
    ("其卒三千，皆楚人也。", "classical", "卒", 0, "zu2"),
    ("王内之于宫中。", "classical", "内", 0, "na4"),
    ("宫内之人皆出。", "classical", "内", 0, "nei4"),
    ("盗要于途，夺其马。", "classical", "要", 0, "yao1"),
    ("吾要于明年行。", "classical", "要", 0, "yao4"),
    ("国有难，士皆奋。", "classical", "难", 0, "nan4"),  # jieba's 国有 'state-owned'
    ("其事有难有易。", "classical", "难", 0, "nan2"),
    ("吾为之立传，以示后人。", "classical", "传", 0, "zhuan4"),
    ("口耳相传，至今不绝。", "classical", "传", 0, "chuan2"),
    ("先度其力，而后战。", "classical", "度", 0, "duo2"),
    ("乃度其河，夜至彼岸。", "classical", "度", 0, "du4"),
    ("士皆被坚执锐，无敢后者。", "classical", "被", 0, "pi1"),  # jieba's 被|坚执|锐
    ("其人被执，不屈而死。", "classical", "被", 0, "bei4"),
    ("其人吴人也，少孤，事母至孝。", "classical", "少", 0, "shao4"),
    ("少则得，多则惑。", "classical", "少", 0, "shao3"),
    ("见人之过，则内自省。", "classical", "省", 0, "xing3"),
    ("王省刑罚，薄税敛，民皆悦。", "classical", "省", 0, "sheng3"),
    ("其人好为大言，人皆笑之。", "classical", "好", 0, "hao4"),
    ("相如因持璧却立，倚柱。", "classical", "相", 0, "xiang4"),  # 蔺相如 by his given name
    ("王问蔺相如，相如对曰：可。", "classical", "相", 0, "xiang4"),  # the lexicon's slip mended
    ("二者相如，不可辨也。", "classical", "相", 0, "xiang1"),
]


@pytest.mark.parametrize(("text", "register", "char", "nth", "expected"), CLASSICAL_MORE)
def test_more_classical_usage(engine, text, register, char, nth, expected):
    idx = [i for i, c in enumerate(text) if c == char][nth]
    for t in (text, S2T.convert(text)):
        assert engine.read(lookup_copy(t), register=register)[idx].syllable == expected


# The classical re-cut (edition.readings.classical_cut): a modern word that opens with a
# function word or a negation, cut apart before the rest of its clause; our own sentences.
CLASSICAL_RECUT = [
    ("兵不当其锋，退而守之。", "当", 0, "dang1"),  # not + withstand its edge
    ("此非得其人也。", "得", 0, "de2"),  # not + get (非得 'must' děi)
    ("赏罚不当，则民不服。", "当", 0, "dang4"),  # closing its clause: 'improper' stays
    ("此事犹未了，明日再议。", "了", 0, "liao3"),  # 了 alone would be the particle
    ("单于遣使来朝。", "单", 0, "chan2"),  # a name, no function word opening it
    ("吾朝服衣冠，入见其君。", "朝", 0, "zhao1"),  # not cut: the word rule of 朝服 reads it
    # classical9: a modern word glued across the noun 其 takes and the verb after it
    ("其人数谏，王不听。", "数", 0, "shuo4"),  # 其人|数谏, not 人数 'number of people'
    ("其母语其子曰：勿忘此言。", "语", 0, "yu4"),  # 其母|语, not 母语 'mother tongue'
    ("其人数百，皆持兵。", "数", 0, "shu4"),  # 数百 a numeral: no rule claims 数, no cut
]


@pytest.mark.parametrize(("text", "char", "nth", "expected"), CLASSICAL_RECUT)
def test_classical_recut_readings(engine, text, char, nth, expected):
    idx = [i for i, c in enumerate(text) if c == char][nth]
    for t in (text, S2T.convert(text)):
        got = engine.read(lookup_copy(t), register="classical")[idx].syllable
        assert (got, t) == (expected, t)


def test_classical_recut_cuts_only_classical_sentences(engine):
    def cut(text, classical):
        return [w.text for w in engine.words(text, classical)[1]]

    assert cut("兵不当其锋。", True)[:3] == ["兵", "不", "当"]
    assert "不当" in cut("兵不当其锋。", False)  # the modern register keeps jieba's word
    assert "不当" in cut("赏罚不当，则民不服。", True)  # the word closes its clause
    assert "未了" in cut("此事犹未了，明日再议。", True)
    assert "处处" in cut("处处有花。", True)  # a doubled word is one word
    # a word after 其 is cut where a classical rule reads its second character alone
    assert cut("其人数谏，王不听。", True)[:4] == ["其", "人", "数", "谏"]
    assert "人数" in cut("其人数谏，王不听。", False)
    assert "父母" in cut("其父母皆在。", True)  # no rule claims 母: the word stays


# Rules written after dev set 16's first read (a zookeeper's diary, a smartphone review), on
# sentences of other texts; both scripts. "main": read wrong by main d4fceab, before them.
DEV16_KINDS_ON_OTHER_SENTENCES = [
    ("护士每天下午帮病人量体温。", "量", 0, "liang2"),  # cut 量|体温 by the repair
    ("妈妈每个月给宝宝量身高。", "量", 0, "liang2"),  # main; 身高 tagged a verb
    ("这次的用量比上次多。", "量", 0, "liang4"),
    ("这只猫比上周重了半斤。", "重", 0, "zhong4"),  # main; heavier than
    ("这本字典比那本重了不少。", "重", 0, "zhong4"),  # main
    ("两个人的名字重了。", "重", 0, "chong2"),  # duplicated: no comparison
    ("他比赛完又重写了一遍报告。", "重", 0, "chong2"),
    ("他跑完步出了一身大汗。", "汗", 0, "han4"),  # main; a heavy sweat
    ("搬完家，大家累得浑身大汗。", "汗", 0, "han4"),  # main
    ("蒙古的大汗率军西征。", "汗", 0, "han2"),  # the khan
    ("他淋了雨，着了凉，发起烧来。", "着", 0, "zhao2"),  # main; caught a chill
    ("仓库昨天晚上着了火。", "着", 0, "zhao2"),  # main
    ("他拿着一把伞。", "着", 0, "zhe5"),
    ("长时间坐着对腰不好。", "长", 0, "chang2"),  # a long time
    ("他长时期在外地工作。", "长", 0, "chang2"),  # main
    ("孩子长时间没长高。", "长", 1, "zhang3"),
    ("这些配件得额外付费。", "得", 0, "dei3"),  # main; must pay extra
    ("报名表不见了，你得重新填。", "得", 0, "dei3"),  # main
    ("电池不能拆，得整个送修。", "得", 0, "dei3"),  # main
    ("他跑得额外卖力。", "得", 0, "de5"),
    ("这次他得了全部的奖金。", "得", 0, "de2"),
    # from a probe of the same registers after dev set 16's rules
    ("相机的曝光调得太亮了。", "调", 0, "tiao2"),  # main; adjusted too bright
    ("晚上睡觉前，把音量调得小一点。", "调", 0, "tiao2"),  # main
    ("这碗酱汁调得太咸了。", "调", 0, "tiao2"),  # main
    ("冷气调得太冷，大家都在发抖。", "调", 0, "tiao2"),  # main
    ("公司把他调得远远的。", "调", 0, "diao4"),  # a person sent far away
]


DEV16_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("两个人的名字重了。", "重", "zhong-heavier-than"),  # no comparison: duplicated
    ("成吉思汗是蒙古的大汗。", "汗", "dahan-sweat"),  # a title after a people
    ("他拿着了吗？", "着", "zhao-catch-split"),  # nothing caught after 了
    ("孩子长大了。", "长", "chang-of-time"),  # grows, no time after it
    ("他还得另外一个奖。", "得", "dei-separately"),  # obtains: no verb follows
    ("他跑得额外卖力。", "得", "dei-separately"),  # after a verb: the complement
    ("公司把他调得远远的。", "调", "tiao-adjusted-how"),  # a person, not a setting
]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("帮猩猩量体重。", ["量", "体重"]),  # a rare glued word: the verb is cut off
        ("护士给他量体温。", ["量", "体温"]),
        ("他们在打电话。", ["打电话"]),  # a common word stays whole
    ],
)
def test_a_rare_verb_object_word_is_cut_for_the_rules(engine, text, words):
    _, cut = engine.words(text)
    got = [w.text for w in cut]
    assert got[got.index(words[0]) : got.index(words[0]) + len(words)] == words


# Rules and segmentation repairs written after dev set 17's first read (a carpenter grandfather
# teaching a stool, a school science report), on sentences of other texts; both scripts. "main":
# read wrong by main e73645e, before them.
DEV17_KINDS_ON_OTHER_SENTENCES = [
    ("裁缝说腰围要多量两遍才准。", "量", 0, "liang2"),  # main; more times
    ("尺寸一定要量对。", "量", 0, "liang2"),
    ("木板的长度量准了再锯。", "量", 0, "liang2"),  # main
    ("同学们分成两组，有的量树干，有的数叶子。", "量", 0, "liang2"),  # main
    ("有的量大，有的量小。", "量", 0, "liang4"),  # amounts
    ("护士用体温计量了三次。", "量", 0, "liang2"),  # main; cut 体温计|量
    ("用血压计量一下。", "量", 0, "liang2"),  # main
    ("他们统一计量了产量。", "量", 0, "liang4"),  # 计量 'measurement' stays
    ("老师让我们把数报给组长。", "数", 0, "shu4"),  # main; the figure
    ("他把数写错了。", "数", 0, "shu4"),  # main
    ("把钱数一数。", "数", 0, "shu3"),
    ("两只袖子一只长一只短。", "长", 0, "chang2"),  # main; long against short
    ("桌子腿一条长一条短，放不平。", "长", 0, "chang2"),  # main
    ("这几根线有的长有的短。", "长", 0, "chang2"),  # main
    ("孩子长高以后裤子就短了。", "长", 0, "zhang3"),
    ("木匠在门板上钻三个眼。", "钻", 0, "zuan1"),  # main
    ("在墙上钻两个孔。", "钻", 0, "zuan1"),
    ("瓶口太小，塞不进去。", "塞", 0, "sai1"),  # main
    ("一颗纽扣掉在缝里了。", "缝", 0, "feng4"),  # main
    ("灰尘落在缝里。", "缝", 0, "feng4"),  # main
    ("奶奶坐在灯下缝衣服。", "缝", 0, "feng2"),
    ("他在院子里锯木头。", "头", 0, "tou5"),  # main; cut 锯|木头
    # from a probe of the same registers after dev set 17's rules
    ("桌子的四条腿都得一样长。", "得", 0, "dei3"),  # main; must be equally long
    ("桌子的四条腿都得一样长。", "长", 0, "chang2"),  # main
    ("每块木板都得一样厚。", "得", 0, "dei3"),  # main
    ("两根绳子剪得一样长。", "长", 0, "chang2"),  # main
    ("这根棍子和门一般长。", "长", 0, "chang2"),  # main
    ("他跟爸爸一样长了胡子。", "长", 0, "zhang3"),
    ("爷爷把木料一块一块地码好。", "地", 0, "de5"),  # main; 码 tagged a noun
    ("工人把砖一块一块地码整齐。", "地", 0, "de5"),  # main
    ("轮子转得很快。", "转", 0, "zhuan4"),  # main; a wheel spins
    ("风扇转个不停。", "转", 0, "zhuan4"),  # main
    ("陀螺在地上转起来了。", "转", 0, "zhuan4"),  # main
    ("形势转得很快。", "转", 0, "zhuan3"),  # things change
    ("这块木头太硬，钉子钉不进去。", "钉", 1, "ding4"),  # main; cannot be nailed in
    ("墙太硬了，钉不牢。", "钉", 0, "ding4"),  # main
    ("称量前要先把秤调平。", "调", 0, "tiao2"),  # main; level the scale
    ("木匠把桌腿调平了。", "调", 0, "tiao2"),  # main
    ("把琴弦调紧一点。", "调", 0, "tiao2"),  # main
    ("他把这把刨子当宝贝。", "当", 0, "dang4"),  # main; treats it as
    ("奶奶把邻居家的孩子当亲孙子。", "当", 0, "dang4"),  # main
    ("别把我当外人。", "当", 0, "dang4"),  # main
    ("他把儿子送去当学徒。", "当", 0, "dang1"),  # serves as
]


DEV17_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("有的量大，有的量小。", "量", "liang-some-do"),  # no object: the amount
    ("多量的水倒回去。", "量", "liang-more-times"),  # no count of times
    ("把钱数一数。", "数", "shu-number-moved"),  # counting, the object before it
    ("孩子长高以后裤子就短了。", "长", "chang-beside-short"),  # grows
    ("奶奶坐在灯下缝衣服。", "缝", "feng-crack-put-in"),  # sewing, no locative
    ("他们都得一样的分数。", "得", "dei-alike"),  # obtained the same score
    ("他跟爸爸一样长了胡子。", "长", "chang-as-long"),  # grew a beard
    ("一块一块地都种上了麦子。", "地", "di-one-by-one-result"),  # no result after 都
    ("形势转得很快。", "转", "zhuan-wheel-spins"),  # nothing that spins
    ("他把儿子送去当学徒。", "当", "dang-treat-as"),  # after a verb: serves as
]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("他在院子里锯木头。", ["锯", "木头"]),  # a light suffix joins its noun
        ("用温度计量出水温。", ["温度计", "量", "出"]),  # an instrument before its verb
        ("他们统一计量了产量。", ["计量"]),  # no instrument word before: stays whole
    ],
)
def test_dev17_segmentation_repairs(engine, text, words):
    _, cut = engine.words(text)
    got = [w.text for w in cut]
    assert got[got.index(words[0]) : got.index(words[0]) + len(words)] == words


# Rules written after dev set 18's first read (a Mazu pilgrimage report, a parents' group chat),
# on sentences of other texts; both scripts. "main": read wrong by main e73645e, before them.
DEV18_KINDS_ON_OTHER_SENTENCES = [
    ("她下班后背着孩子去买菜。", "背", 0, "bei1"),  # main; cut 后|背着 by the repair
    ("吃完饭以后背起书包就走。", "背", 0, "bei1"),  # main
    ("下课后背起书包跑回家。", "背", 0, "bei1"),  # main
    ("他后背着凉了。", "背", 0, "bei4"),  # the back: no event before 后
    ("妹妹唐诗背到第十首就睡着了。", "背", 0, "bei4"),  # main; recited how far
    ("这首诗他背到一半就忘了。", "背", 0, "bei4"),  # main
    ("他把课文背到第三段就停了。", "背", 0, "bei4"),  # main
    ("他把孩子背到三楼。", "背", 0, "bei1"),  # carried, 把 names what
    ("再苦再累也值得。", "累", 0, "lei4"),  # main; however tired
    ("她再累也不休息。", "累", 0, "lei4"),  # main
    ("他心里还是累积了很多不满。", "累", 0, "lei3"),
    ("大家就地解散，明天再来。", "地", 0, "di4"),  # main; on the spot
    ("地震以后，灾民只好就地搭起帐篷。", "地", 1, "di4"),  # main
    ("他慢慢地走回家。", "地", 0, "de5"),
    ("明天要看牙医，假单我已经写好了。", "假", 0, "jia4"),  # main; leave form
    ("请把假单交给班长。", "假", 0, "jia4"),  # main
    ("这张发票是假的。", "假", 0, "jia3"),
    # from a probe of the same registers after dev set 18's rules
    ("他在朋友家住了两宿。", "宿", 0, "xiu3"),  # main; counting nights
    ("我一宿没睡，眼睛都红了。", "宿", 0, "xiu3"),  # main
    ("他们只好露宿街头。", "宿", 0, "su4"),
    ("他把作业背在背上，一路跑回家。", "背", 1, "bei4"),  # main; the back as a place
    ("猴子跳到他的背上。", "背", 0, "bei4"),  # main; the back of its owner
    ("爸爸的背很宽。", "背", 0, "bei4"),
    ("他把孩子背在背上。", "背", 0, "bei1"),
    ("奶奶老了，很多事都记不得了。", "了", 1, "le5"),  # main; cut 记不得|了
    ("他一紧张就记不得了。", "了", 0, "le5"),  # main
    ("他高兴得不得了。", "了", 0, "liao3"),  # 不得了 'extremely'
    ("店家摆了一长排的供品。", "长", 0, "chang2"),  # main; a long row
    ("门口排起了一长列队伍。", "长", 0, "chang2"),
    ("小狗绕着桌子转起圈来。", "转", 0, "zhuan4"),  # main; spinning round
    ("你转个圈让我看看。", "转", 0, "zhuan4"),  # main
    ("他刚给我转了一笔钱。", "转", 0, "zhuan3"),
    ("这条路我走过好几次，闭着眼睛都认得。", "过", 0, "guo5"),  # main; been, how often
    ("我们走过好几条街才找到。", "过", 0, "guo4"),  # crossed
]


DEV18_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("他回家后背着手在客厅走来走去。", "背", "bei-carry-after-event"),  # 后背 'the back'
    ("他把孩子背到三楼。", "背", "bei-recite-how-far"),  # 把: what is carried
    ("他把孩子背到医院。", "背", "bei-recite-ordinal"),  # a place, not counted
    ("他心里还是累积了很多不满。", "累", "lei-however-tired"),  # the word 累积
    ("他慢慢地走回家。", "地", "di-jiudi-on-the-spot"),  # the adverbial marker
    ("这张发票是假的。", "假", "jia-leave-slip"),  # false: no 单 after it
    ("他背着孩子。", "背", "bei-back-possessed"),  # no 的 before the verb
    ("他们只好露宿街头。", "宿", "xiu-nights"),  # lodging, no numeral
    ("头发一长就得剪。", "长", "chang-a-long-row"),  # 'as soon as it grows'
]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("她下班后背着孩子去买菜。", ["下班", "后", "背着", "孩子"]),  # after an event
        ("放学后背起书包就走。", ["放学", "后", "背", "起"]),
        ("他后背着凉了。", ["他", "后背"]),  # no event before 后: the noun 'back'
        ("他摔倒时后背着地。", ["时", "后背"]),  # a time word before it
        ("很多事都记不得了。", ["记不得", "了"]),  # a verb's potential complement
        ("他高兴得不得了。", ["得", "不得了"]),  # 'extremely' stays whole
        ("这下可不得了了！", ["可", "不得了", "了"]),
    ],
)
def test_dev18_segmentation_repairs(engine, text, words):
    _, cut = engine.words(text)
    got = [w.text for w in cut]
    assert got[got.index(words[0]) : got.index(words[0]) + len(words)] == words


DEV19_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("大风一吹，倒了一大片。", "倒", "dao-pour-amount"),  # nothing holds what fell
    ("台风过后，路边倒了三棵树。", "倒", "dao-pour-amount"),  # trees, not cups
    ("公司要把他调到外地。", "调", "tiao-try-adjusting"),  # no reduplication
    ("他另一只会说话。", "只", "zhi-measure"),  # a verb after it
    ("医生说他有点贫血。", "血", "xue-bleed-colloquial"),  # a word
    ("他说累积的经验最宝贵。", "累", "lei-tired-start"),  # the word 累积
    ("他们家的猪是好种。", "种", "zhong-easy-to-plant"),  # 是 before 好: a breed
]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("他的体温升到了三十八度。", ["到", "了", "三十"]),  # 升/zg: the morpheme run re-cut
        ("气温一下子升到了四十度。", ["到", "了", "四十"]),
        ("要逆着风跑。", ["逆", "着风"]),  # 着 may still join its morpheme run
        # dev set 32: jieba's own words after the morpheme stay apart (倌|倒|茶, not 倒茶/x)
        ("新郎倌倒茶。", ["倌", "倒", "茶"]),
        ("新郎倌倒酒，新娘夹菜。", ["倌", "倒", "酒"]),
    ],
)
def test_dev19_aspect_le_stays_out_of_a_morpheme_run(engine, text, words):
    _, cut = engine.words(text)
    got = [w.text for w in cut]
    assert got[got.index(words[0]) : got.index(words[0]) + len(words)] == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a character said twice before 地, cut as morphemes or taken for a name, is one word
        ("雨点打在铁皮屋顶上，噼噼地响个不停。", ["噼噼", "地", "响"]),
        ("锅里的油滋滋地响。", ["滋滋", "地", "响"]),
        # without 地 after it a doubled nickname stays as jieba's characters, for its rules
        ("谢谢乐乐妈妈！", ["乐", "乐", "妈妈"]),
    ],
)
def test_dev31_a_character_said_twice_before_di_is_one_word(engine, text, words):
    _, cut = engine.words(text)
    got = [w.text for w in cut]
    assert got[got.index(words[0]) : got.index(words[0]) + len(words)] == words


LEAD_ZHONG_HIT_AFTER_A_VERB_OF_AIMING = [
    ("他一下子打中了靶心。", "中", 0, "zhong4"),  # jieba's pieces 打|中 after 一下子
    ("这次考试他考中了。", "中", 0, "zhong4"),
    ("妈妈看中的那件衣服太贵了。", "中", 0, "zhong4"),
    ("老师选中他当代表。", "中", 0, "zhong4"),
    ("把鱼放进水中。", "中", 0, "zhong1"),  # after a noun: the locative
    ("考试中不能说话。", "中", 0, "zhong1"),
    ("他在梦中笑了。", "中", 0, "zhong1"),
]


def test_taiwan_reads_zi_elder_sister_jie_in_traditional_text():
    # 姊 is jiě where Taiwan writes it; a Simplified text keeps the mainland's bookish zǐ
    assert edition.readings("老闆娘阿芬姊說，今天最忙。", "numbers")[5] == ("姊", "jie3")
    assert edition.readings("這是她的姊妹。", "numbers")[4] == ("姊", "jie3")
    assert edition.readings("这是那本书的姊妹篇。", "numbers")[6] == ("姊", "zi3")


def test_a_minor_rule_does_not_make_its_character_doubtful_elsewhere(engine):
    # 中 has one rule, for a rare use (打中 zhòng): its other readings are not role-governed
    d = engine.details(lookup_copy("我们在中国的中部。"))
    assert (d[3].ruled, d[6].ruled) == (False, False)
    assert engine.details(lookup_copy("他跑得很快。"))[2].ruled  # 得: three readings by role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他划着小船去对岸。", "hua2"),  # rowing: the boat after it
        ("孩子们在湖上划龙舟。", "hua2"),
        ("他们划着竹筏过河。", "hua2"),  # jieba's pieces 竹|筏
        ("老师在书上划了一条线。", "hua4"),
    ],
)
def test_lead_hua_rowing_a_boat(engine, text, expected):
    for got, script in read_in_both_scripts(engine, text, "划", 0):
        assert got == expected, script


LEAD_TABLE_TENNIS_KINDS = [
    ("这次赢得有点运气。", "得", "de5"),  # how it was won
    ("他们赢得很漂亮。", "得", "de5"),
    ("他赢得很大的支持。", "得", "de2"),  # what was gained
    ("他们赢得了大家的尊重。", "得", "de2"),
    ("他的发球又低又转。", "转", "zhuan4"),  # spin, described
    ("这个球太转了，我接不住。", "转", "zhuan4"),
    ("走到路口向左转。", "转", "zhuan3"),
    ("他又转到别的学校去了。", "转", "zhuan3"),
]


def test_not_near_after_keeps_a_rule_off_before_a_word_in_the_clause():
    from edition.readings.grammar import Rule

    rule = Rule("t", "得", "de5", "", "", "", after="很", not_near_after="的")
    cut = [Word("赢", "v", 0), Word("得", "ud", 1), Word("很", "d", 2), Word("好", "a", 3)]
    assert rule.matches(cut, 1)
    cut[3:] = [Word("大", "a", 3), Word("的", "uj", 4), Word("支持", "vn", 5)]
    assert not rule.matches(cut, 1)


def test_a_sound_said_twice_stays_whole(engine):
    _, cut = engine.words("听着雨滴答滴答地落")
    assert [w.text for w in cut][2:5] == ["雨", "滴答", "滴答"]


LEAD_LAB_REPORT_KINDS = [
    ("每次用量杯量二十毫升。", "量", 0, "liang2"),  # 用|量杯, not 用量|杯
    ("每次用量杯量二十毫升。", "量", 1, "liang2"),  # measuring out an amount
    ("这种药的用量很大。", "量", 0, "liang4"),
    ("这个量两个人吃不完。", "量", 0, "liang4"),
    ("乙组的豆芽又细又长，颜色发黄。", "长", 0, "chang2"),
    ("她的头发又长又黑。", "长", 0, "chang2"),
    ("孩子又长高了。", "长", 0, "zhang3"),
]


LEAD_THE_AGENT_OF_BEI_GIVES_UP_ITS_VERB = [
    ("阳台的地面被水泡得发黑。", "得", "de5"),  # 被|水|泡|得, not 水泡 'blister'
    ("铁锅被火烧得通红。", "得", "de5"),
    ("他被风车吸引了。", "车", "che1"),  # a verb follows: the noun stays
]


def test_a_doubled_character_keeps_its_own_tone_where_only_the_level_tone_differs():
    from edition.readings.lexicon import _level_reduplication

    assert _level_reduplication("狗狗", ("gou3", "gou1"), ("gou3", "gou3"))
    # an ABB word keeps CC-CEDICT's reading: the dictionaries differ word by word
    assert not _level_reduplication("懒洋洋", ("lan3", "yang1", "yang1"), ("lan3", "yang2", "yang2"))
    assert not _level_reduplication("妈妈", ("ma1", "ma5"), ("ma1", "ma1"))


LEAD_KINDERGARTEN_KINDS = [
    ("她把新书包背上又拿下来。", "背", "bei1"),  # carried, moved by 把
    ("他把孩子背起来就走。", "背", "bei1"),
    ("用勺背轻轻推动。", "背", "bei4"),
    ("还把口袋里的一颗糖分给她。", "分", "fen1"),  # 糖|分给, not 糖分 'sugar content'
    ("这种饮料的糖分太高。", "分", "fen4"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他走起路来腰板挺得笔直。", "de5"),  # 挺 'straighten', tagged an adverb
        ("他的胸挺得高高的。", "de5"),
        ("他挺得意的。", "de2"),  # 得意
    ],
)
def test_lead_de_after_ting(engine, text, expected):
    for got, script in read_in_both_scripts(engine, text, "得", 0):
        assert got == expected, script


LEAD_APOLOGY_LETTER_KINDS = [
    ("这封信是想为上星期三的事向您道歉。", "为", "wei4"),  # the matter it is about
    ("妈妈总是为我的事操心。", "为", "wei4"),
    ("此地原为一片荒地。", "为", "wei2"),
    ("我因为玩手机玩得太晚，睡过了头。", "过", "guo4"),  # overdone
    ("我看过了这本书。", "过", "guo5"),
]

# batch 48 of the lead's texts: a beekeeper, a fishing trip, a clod kiln (sentences of our own)
LEAD_BEE_FISH_KILN_KINDS = [
    ("爷爷用碎玉米先和鱼饵。", "和", "huo2"),
    ("我和鱼饵店的老板很熟。", "和", "he2"),
    ("她买了一只五公斤多重的西瓜。", "重", "zhong4"),
    ("这种人往往有多重性格。", "重", "chong2"),
    ("你来转手柄，我往里加豆子。", "转", "zhuan4"),
    ("他摇着辘轳打水，转得手臂都麻了。", "转", "zhuan4"),
    ("天气转得很快，下午就晴了。", "转", "zhuan3"),
    ("孩子们在田里挑土块。", "挑", "tiao1"),
    ("院子里堆着好多干树叶。", "干", "gan1"),
    ("他这个月多干了三天。", "干", "gan4"),
    ("他在地上挖了一个洞当炉子。", "当", "dang4"),
    ("他们选了一个同学当班长。", "当", "dang1"),
    ("把刚蒸好的红薯闷在被子里保温。", "闷", "men1"),
]

# batch 49 of the lead's texts: planting trees, chores, frying rice noodles (our own sentences)
LEAD_TREES_CHORES_NOODLES_KINDS = [
    ("爷爷打算种两亩花生。", "种", "zhong4"),
    ("这家店卖三种月饼。", "种", "zhong3"),
    ("馒头蒸得有点干也没关系。", "干", "gan1"),
    ("这活儿他干得太慢了。", "干", "gan4"),
    ("洗完的袜子先在水盆边拧一拧。", "拧", "ning2"),
    ("他在水池边拧开了水龙头。", "拧", "ning3"),
    # batch 50: a diabolo spinning up
    ("他轻轻一拨，让地球仪转起来。", "转", "zhuan4"),
    ("洗衣机越转越慢，最后停了。", "转", "zhuan4"),
    ("病情渐渐好转起来。", "转", "zhuan3"),
    # batch 51: sweat running down
    ("爬到山顶，汗不停地往下淌。", "汗", "han4"),
    # batch 52: the full tone of a light 当 'proper' is dàng
    ("老师傅干这个行当干了四十年。", "当", "dang4"),
    ("梯子放得很稳当。", "当", "dang4"),
    # batch 53: a banquet counted, a thread lifted, a suffix after a noun the lexicon lacks
    ("他们下个月要办一场婚宴。", "场", "chang3"),
    ("昨晚下了一场大雪。", "场", "chang2"),
    ("奶奶把线头挑起来，穿进针眼里。", "挑", "tiao3"),
    ("帽子顶上缝了一排穗子。", "子", "zi5"),
    # batch 54: tying a flag, kneading by hand, turning dough, much better
    ("他把小狗的绳子系在栏杆上。", "系", "ji4"),
    ("鞋带系得太松，走两步就开了。", "系", "ji4"),
    ("他们那个系在新教学楼里。", "系", "xi4"),
    ("加一点凉水，再用筷子轻轻地和。", "和", "huo2"),
    ("师傅把陶坯放在转盘上，一边转一边修。", "转", "zhuan4"),
    ("练了一个月，他的琴拉得好多了。", "得", "de5"),
    # batch 55: a brief shake, batter mixed, things poured together, a shallow cut, a chin strap
    ("喝之前把瓶子摇一摇。", "摇", "yao2"),
    ("妈妈在厨房里调面糊。", "调", "tiao2"),
    ("公司要调他去上海。", "调", "diao4"),
    ("把两碗汤倒在一起热一热。", "倒", "dao4"),
    ("刻字的时候别划得太浅。", "划", "hua2"),
    ("安全帽的带子要系在下巴底下。", "系", "ji4"),
    # batch 57: stretched very long
    ("一听说要加班，他的脸拉得老长。", "长", "chang2"),
    ("几年不见，小侄子长得好高了。", "长", "zhang3"),
]


def test_the_object_of_ba_is_freed_from_a_word_glued_to_its_verb(engine):
    # 把|热|气闷|在: 气闷 is no verb, so 闷 is the verb the object of 把 needs
    assert [w.text for w in engine.words("把热气闷在锅里。")[1]][:4] == ["把", "热气", "闷", "在"]
    # a verb jieba knows stays whole after its object (把|门|关上|了)
    assert "关上" in [w.text for w in engine.words("他把门关上了。")[1]]


def test_a_verb_said_again_after_yi_is_cut_from_the_word_yihuang(engine):
    # 晃|一晃 'in a flash' read the second 晃 huǎng; the brief try is 晃|一|晃, both huàng
    words = [w.text for w in engine.words("把瓶子前后晃一晃。")[1]]
    assert words[-4:-1] == ["晃", "一", "晃"]
    assert [w.text for w in engine.words("时间一晃就过去了。")[1]][1] == "一晃"


def test_a_noun_the_lexicon_lacks_keeps_its_tag_on_its_characters(engine):
    # jieba has 土块 as a noun; cut into characters for their readings, 土 (a bound morpheme
    # to jieba) is still the object the verb before it takes
    words = engine.words("他先挑土块。")[1]
    assert [(w.text, w.tag) for w in words if w.text == "土"] == [("土", "ng")]


@pytest.mark.parametrize("text", ["学生 林志明 敬上", "林志明 敬上", "林志明敬上"])
def test_a_space_inside_a_run_of_single_characters_keeps_their_places(engine, text):
    # jieba's cut leaves the space out; the re-cut of the run must not close the gap
    i = text.index("敬")
    d = engine.details(lookup_copy(text))
    assert (d[i].reading.syllable, d[i + 1].reading.syllable) == ("jing4", "shang4")


# -- dev set 20 (helper readings18): a fraud trial report and a baseball play-by-play ----------


@pytest.mark.parametrize(
    ("text", "char", "rule_id"),
    [
        ("山脚下有一处三百年的老宅。", "处", "chu-impose-penalty"),  # 一处: a place
        ("两地的温差一点也不大。", "差", "cha-almost-glued"),  # 一点也不: 'not at all'
        ("卖橘子的小伙子赵强却在发愁。", "赵", "zi-given-name-glued"),
        ("林子里有一只鸟。", "子", "zi-given-name-glued"),
        ("他被选为大家的代表。", "为", "wei-for-named-person"),  # 选为 'elected as'
        ("这座桥还在建中。", "中", "zhong-hit-target"),  # 'under construction'
    ],
)
def test_dev20_rules_leave_other_roles_alone(engine, text, char, rule_id):
    i = text.index(char)
    if char == "赵":  # the 子 of 小伙子 just before the name
        i -= 1
    for script in (text, S2T.convert(text)):
        assert engine.details(lookup_copy(script))[i].evidence != f"rule {rule_id}", script


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一好一坏", "一好一坏"),  # t2s's phrase 一坏 -> 一坯 (一坏土) is not applied
        ("一好一壞", "一好一坏"),  # the Traditional form is converted
        ("反覆咳嗽", "反复咳嗽"),  # 覆 is also Simplified, but t2s alone keeps it: converted
        ("據瞭解", "据了解"),
    ],
)
def test_lookup_copy_keeps_simplified_forms(text, expected):
    assert lookup_copy(text) == expected


# Dev set 21's kinds (helper readings19) on sentences of other texts; "main" marks the ones
# main f10a696 read wrong.
DEV21_KINDS_ON_OTHER_SENTENCES = [
    ("我们一起数星星吧。", "数", 0, "shu3"),  # main; 一起 is tagged a numeral
    ("孩子们慢慢数，别着急。", "数", 0, "shu3"),  # main
    ("他把硬币一枚一枚数进罐子里。", "数", 0, "shu3"),  # main
    ("全班就数他跑得最快。", "数", 0, "shu3"),  # main; 'reckon'
    ("他心里没数。", "数", 0, "shu4"),
    ("这几个数都是单数。", "数", 0, "shu4"),
    ("你跟得上吗？", "得", 0, "de5"),  # main; 跟 is tagged a preposition
    ("他的账对得上吗？", "得", 0, "de5"),  # main
    ("医生对得了重病的人格外细心。", "得", 0, "de2"),
    ("他把零钱数得一个也不少。", "得", 0, "de5"),  # main
    ("碗里的饭吃得一粒也不剩。", "得", 0, "de5"),  # main
    ("这次比赛他得一等奖。", "得", 0, "de2"),
    ("快把倒在路边的自行车立起来。", "倒", 0, "dao3"),  # main
    ("他把倒了的瓶子扶起来。", "倒", 0, "dao3"),  # main
    ("他把茶倒在杯子里，扶着奶奶喝。", "倒", 0, "dao4"),
    ("把倒在碗里的汤喝掉。", "倒", 0, "dao4"),
    ("店面装修好以后重开张。", "重", 0, "chong2"),  # main
    ("密码改了，要重登录一次。", "重", 0, "chong2"),  # main
    ("这台机器很重，开机要两个人。", "重", 0, "zhong4"),
    ("附近的人家都来帮忙。", "家", 0, "jia1"),  # main
    ("住在河边的人家都认识他。", "家", 0, "jia1"),  # main
    ("那是人家的事，你别管。", "家", 0, "jia5"),
    ("我们找了三天才找着。", "着", 0, "zhao2"),  # main
    ("钥匙总算找着。", "着", 0, "zhao2"),  # main
    ("他才拿着书出门。", "着", 0, "zhe5"),
    ("他才烧着一壶水。", "着", 0, "zhe5"),
]


DEV21_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("他心里没数。", "数", "shu-count-manner"),  # 'no idea': the noun
    ("医生对得了重病的人格外细心。", "得", "de-after-coverb"),  # 得了 'contract'
    ("他这次考试得一百分。", "得", "de-not-even-one"),  # no 也/都 after the amount
    ("把倒在碗里的汤喝掉。", "倒", "dao-fallen-set-upright"),  # drunk, not stood up
    ("这台机器很重，开机要两个人。", "重", "chong-restart"),  # 重 closes its clause
    ("别乱动人家的东西。", "人", "renjia-household-de"),  # 的 after 人家, not before
    ("他才烧着一壶水。", "着", "zhao-result-finally"),  # the clause goes on
]


LEAD_MOUNTAIN_HIKE_KINDS = [
    ("我每天下班后背着装了水瓶的背包爬楼梯。", "背", 0, "bei1"),  # 后|背着|装, not 着装
    ("我每天下班后背着装了水瓶的背包爬楼梯。", "着", 0, "zhe5"),
    ("他后背着凉了。", "背", 0, "bei4"),
    ("她背着刚买的一袋米回家。", "背", 0, "bei1"),
    ("周末再去郊山走长一点的路。", "长", 0, "chang2"),
    ("等小树再长一点就移栽。", "长", 0, "zhang3"),
]


@pytest.mark.parametrize("text", ["再帮大树长出新的叶子。", "春天树枝长出新芽。"])
def test_lead_zhang_before_glued_chuxin(engine, text):
    for got, script in read_in_both_scripts(engine, text, "长", 0):
        assert got == "zhang3", script


def test_lead_prose_of_two_five_character_clauses_is_not_verse(engine):
    from edition.readings.register import is_verse

    assert not is_verse("一个人在家，我觉得很闷。")
    assert not is_verse("一個人在家，我覺得很悶。")
    assert is_verse("床前明月光，疑是地上霜。")
    for got, script in read_in_both_scripts(engine, "一个人在家，我觉得很闷。", "得", 0):
        assert got == "de5", script  # verse has no neutral tones: it read 觉得 jué dé


def test_prose_of_two_seven_character_clauses_about_household_things_is_not_verse(engine):
    from edition.readings.register import is_verse

    assert not is_verse("袋子装得太满了，我用绳子才捆上。")
    assert not is_verse("袋子裝得太滿了，我用繩子才捆上。")
    assert is_verse("碧玉妆成一树高，万条垂下绿丝绦。")
    for got, script in read_in_both_scripts(engine, "盒子包得太结实，我拿小刀才划开。", "子", 0):
        assert got == "zi5", script  # read as verse, 盒子 was hé zǐ


def test_lead_verse_quoted_in_prose_is_read_as_verse(engine):
    """A poem quoted after a colon inside a modern paragraph keeps verse's full tones (地上
    shàng), and its prose lead-in and what follows stay modern (觉得 de; 地上 of prose light)."""
    from edition.readings.engine import split_sentences

    text = "老师说：“床前明月光，疑是地上霜。举头望明月，低头思故乡。”我觉得地上很凉。"
    assert split_sentences(text)[:2] == ["老师说：", "“床前明月光，疑是地上霜。"]
    assert "".join(split_sentences(text)) == text
    # a quotation that is no verse stays in its sentence
    assert split_sentences("他说：“我们明天去爬山吧。”") == ["他说：“我们明天去爬山吧。”"]
    for script, sheet in (("S", text), ("T", S2T.convert(text))):
        got = [r.syllable if r else None for r in engine.read(lookup_copy(sheet))]
        first, last = text.index("地上") + 1, text.rindex("地上") + 1
        assert got[first] == "shang4", script
        assert got[last] == "shang5", script
        assert got[text.index("觉得") + 1] == "de5", script


DEV23_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("乐团从外地调来一架钢琴。", "调", "tiao-tune-instrument"),  # brought in, after it
    ("他只吃了半碗饭。", "只", "zhi-measure-whole"),
    ("两组的成绩差在十分以内。", "差", "cha-lies-in"),  # a difference of ten points
    ("实验最后得出了结论。", "得", "dechu-potential"),  # 'reached', no verb before
    ("离考试只剩倒数三天。", "倒", "shu-daoshu-reciprocal"),  # counting down
    ("小孩正在学数数。", "数", "shu-shushu-redup"),  # 'count numbers' alone
]


DEV23_PROBE_ADJUSTING_A_SETTING = [
    ("老师帮我擦干净琴键，又调了一下椅子的高度。", "调", 0, "tiao2"),  # main
    ("你帮我调一下音量好吗？", "调", 0, "tiao2"),  # main
    ("公司把他调到了温度很低的北方。", "调", 0, "diao4"),
    ("他从南部调来这里，还不习惯这里的温度。", "调", 0, "diao4"),
    ("这学期学校调来一位新老师。", "调", 0, "diao4"),
]


def test_dev23_rate_rule_leaves_leading_alone(engine):
    text = "校长率全体老师迎接新生。"  # 'lead': the people led follow it
    i = text.index("率")
    for script in (text, S2T.convert(text)):
        assert engine.details(lookup_copy(script))[i].evidence != "rule lv-rate-suffix", script


@pytest.mark.parametrize(
    ("text", "nth"),
    [("她终于把那段难弹的琶音弹顺了。", 0), ("这把吉他的弦太硬，很难弹。", 0)],  # main
)
def test_dev23_probe_hard_to_play(engine, text, nth):
    for got, script in read_in_both_scripts(engine, text, "弹", nth):
        assert got == "tan2", script


DEV22_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("他在铺里忙了一天。", "铺", "pu-lay-object"),  # in the shop
    ("用钉固定木板。", "钉", "ding-nail-with"),  # the nail is what is used
    ("第二卷讲的是宋代。", "卷", "juan-roll-object"),  # numbered volume
    ("他买了两卷书。", "卷", "juan-roll-measure"),  # books
    ("书架上放着一卷古书。", "卷", "juan-roll-measure-one"),
    ("公司把他调到总部。", "调", "tiao-adjust-device"),  # a person moved
    ("所以得到了奖励。", "得", "dei-modal-consequence"),  # the word 得到
    ("干了再说。", "干", "gan-dry-then"),  # 'do it first'
]

DEV28_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("他把借来的钱还给了我。", "还", "hai-also-for-someone"),  # 把: giving back
    ("他扛起一个重麻袋。", "重", "chong-layer"),  # counted with its measure: heavy
    ("他累得倒在沙发上。", "倒", "dao-rather-secondary"),  # lying somewhere
    ("好面子的人不爱认错。", "好", "hao-good-subject"),  # the clause goes on with 的
    ("这个乐团明年来演出。", "乐", "le-fun-after-ge"),  # a word: the music
    ("这场比赛为他赢得更多球迷。", "得", "yingde-won-most"),  # what is gained, after it
    ("这块地过了冬再翻。", "地", "di-idiom-before-guo"),  # the land
    ("他带了一打铅笔去学校。", "打", "da-once-then"),  # a dozen
    ("果树上结了一层霜。", "结", "jie-bear-fruit"),  # frost forms
    ("这活儿越干越顺手。", "干", "gan-dry-adj"),  # the second 越 follows: 'work'
]


# cpp22: sentences its rules must leave alone (text, char, rule_id): 肖 'resemble' after what
# resembles; 地 after 新 'new' is the land; 待 before a bare 月 waits for the moon; and the
# chirp and the fright are not the snap and the deterrent; a period is not ladled.
CPP22_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("俗话说，子肖其父。", "肖", "xiao-surname"),
    ("他们在新地上种了树。", "地", "di-adverbial"),
    ("他们在湖边待月升起。", "待", "dai-stay"),
    ("每年七八月是这条河的盛水期。", "盛", "cheng-ladle"),  # a period is not ladled
    ("喜鹊在枝头喳喳地叫。", "喳", "cha-snap"),  # the chirp
    ("你别吓唬他。", "吓", "he-deter"),
]


# cpp23: sentences its rules must leave alone (text, char, rule_id)
CPP23_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("你得释放那个人。", "得", "de-granted-release"),  # what must be done: a word of two
    ("他去井边挑水。", "挑", "tiao-beam"),
    ("他很会揣人心思。", "揣", "chuai-tuck-into"),  # guess a mind: chuǎi
    ("他很会揣人心思。", "揣", "chuai-tuck-bosom"),
    ("他在家门口摆擂，等人来挑战。", "擂", "lei-pound"),  # the ring
    ("他们在院子里斗蛐蛐。", "斗", "dou-bracket"),
    ("他是我们校射击队的队长。", "校", "jiao-ranging-fire"),  # the school's team
    ("敌军终于投降了。", "降", "jiang-gradient"),
    ("洪水冲垮了村外的圩。", "圩", "xu-market-day"),  # the dyke
    ("他家住在六圩镇。", "圩", "xu-market-day"),  # a polder town's name
    ("这次来访的是朴先生。", "朴", "pu-plain"),  # the surname
    ("村口新盖了一幢楼。", "幢", "chuang-pillar"),  # the measure
    ("这位訾先生是本地人。", "訾", "zi-slander"),  # the surname
    ("海边的滩涂上有很多蛤。", "蛤", "ha-toad"),  # the clam
    ("墙上嵌着一块石碑。", "嵌", "kan-chikan"),  # inlaid
]


DEV22_PROBE_SETTING_AND_DRYING = [
    ("我把浮标调到一米深。", "调", 0, "tiao2"),  # an instrument set to a value
    ("收音机调得太响了。", "调", 0, "tiao2"),
    ("公司把他调到台中。", "调", 0, "diao4"),  # a person moved
    ("地板干了才能走人。", "干", 0, "gan1"),  # what dries
    ("涂料干得很快。", "干", 0, "gan1"),
    ("衣服干了没有？", "干", 0, "gan1"),
    ("工人们干得很快。", "干", 0, "gan4"),  # people do the job
]


DEV22_PROBE_ATTRIBUTE_AND_DIGGING = [
    ("新地板踩上去软软的。", "地", 0, "di4"),  # 新|地板, not the marker
    ("把旧地毯卷成两卷。", "地", 0, "di4"),
    ("他慢慢地点了点头。", "地", 0, "de5"),  # a manner of two syllables
    ("小狗在院子里刨了个坑。", "刨", 0, "pao2"),  # dig a hole
    ("爷爷在地里刨红薯。", "刨", 0, "pao2"),
    ("师傅在阳台上刨木板。", "刨", 0, "bao4"),  # plane wood
    ("柜子的门关不上，得调一下铰链。", "调", 0, "tiao2"),  # adjust a hinge a little
    ("明天我想跟你调一下班。", "调", 0, "diao4"),  # swap a shift
]


@pytest.mark.parametrize(
    "text",
    [
        "那台机器的日处理量500吨。",
        "这台空调的制冷量3500瓦。",
        "该井的日出油量80吨。",
        "这口井日供水量1500吨。",
    ],
)
def test_cpp20_amount_before_arabic_number(engine, text):
    # an Arabic number is a numeral, not the object of the verb 量 'measure'
    for got, script in read_in_both_scripts(engine, text, "量", 0):
        assert got == "liang4", script


def test_cpp20_arabic_number_is_no_noun():
    from edition.readings.grammar import CLASSES

    words = [Word("量", "n", 0), Word("500", "eng", 1), Word("OpenAI", "eng", 4)]
    assert [CLASSES["NOUN"](words, i) for i in (1, 2)] == [False, True]
    assert [CLASSES["NUM"](words, i) for i in (1, 2)] == [True, False]
    assert CLASSES["NOUN2"](words, 1) is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("此楼原为存放粮食的仓库。", "wei2"),
        ("该村原为坐落在河边的一个渔村。", "wei2"),
        ("那片空地今为居民休闲的广场。", "wei2"),
        ("该厂原本为生产农具的小作坊。", "wei2"),
        ("他现为公司的副总经理。", "wei2"),
        ("这座寺庙原为纪念一位将军而建。", "wei4"),  # the purpose before 而
        ("大家正为明天的比赛做准备。", "wei4"),
    ],
)
def test_cpp20_wei_after_formerly(engine, text, expected):
    for got, script in read_in_both_scripts(engine, text, "为", 0):
        assert got == expected, script


CPP20_VERB_AFTER_SUO = [
    ("博物馆所藏的青铜器非常珍贵。", "藏", "cang2"),
    ("他把家中所藏古籍都捐给了图书馆。", "藏", "cang2"),
    ("这里所藏瓷器大多是明代的。", "藏", "cang2"),
    ("他们在山洞里发现了当年所藏的粮食。", "藏", "cang2"),
    ("这些都是他亲手所种的树。", "种", "zhong4"),
    ("农民们所种的庄稼今年长得特别好。", "种", "zhong4"),
    ("我们所处的时代变化很快。", "处", "chu3"),
    ("他当时所处的位置非常危险。", "处", "chu3"),
    ("这处老房子已经三百年了。", "处", "chu4"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("月亮周围出现了一圈淡淡的晕。", "yun4"),
        ("灯光在雾里化成一团模糊的晕。", "yun4"),
        ("太阳周围的晕中常常带着彩色。", "yun4"),
        ("他一下子就晕了过去。", "yun1"),
        ("坐了一天船，我有点晕。", "yun1"),
        ("这几天他身体有些晕。", "yun1"),
    ],
)
def test_cpp20_yun_halo(engine, text, expected):
    for got, script in read_in_both_scripts(engine, text, "晕", 0):
        assert got == expected, script


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("东濠涌两岸种满了树。", "chong1"),
        ("猎德涌口有一座小桥。", "chong1"),
        ("他老家在虾涌村。", "chong1"),
        ("这条涌的水很清。", "chong1"),
        ("潮水涌上了岸。", "yong3"),
        ("人们纷纷涌向广场。", "yong3"),
    ],
)
def test_cpp20_chong_creek(engine, text, expected):
    # Simplified only: Traditional writes the verb 湧, which s2t would put in the creek's name
    assert engine.read(lookup_copy(text))[text.index("涌")].syllable == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("这么多问题一下子把他问蒙了。", "meng1"),
        ("他被这一拳打蒙了。", "meng1"),
        ("他一下子被吓蒙了。", "meng1"),
        ("这次我又被他蒙了。", "meng1"),
        ("桌子上蒙了一层灰。", "meng2"),
        ("她用手帕蒙住了脸。", "meng2"),
        ("草原上的蒙汉两族人民世代友好。", "meng3"),
    ],
)
def test_cpp20_meng_roles(engine, text, expected):
    for got, script in read_in_both_scripts(engine, text, "蒙", 0):
        assert got == expected, script


CPP20_READINGS_BY_ROLE = [
    ("他退休以后体胖了不少。", "胖", "pang4"),
    ("他心广体胖，整天乐呵呵的。", "胖", "pan2"),
    ("工人们抡起铁镐挖沟。", "镐", "gao3"),
    ("爷爷扛着一把镐上山去了。", "镐", "gao3"),
    ("王志镐获得了冠军。", "镐", "hao4"),
    ("周武王建都于镐京。", "镐", "hao4"),
    ("炒菜时放一撮盐就够了。", "撮", "cuo1"),
    ("再撒两撮芝麻。", "撮", "cuo1"),
    ("他下巴上留着一撮胡子。", "撮", "zuo3"),
    ("接到电话，他连夜奔医院。", "奔", "ben4"),
    ("大家收拾好行李，直接奔火车站。", "奔", "ben4"),
    ("马在草原上奔了一整天。", "奔", "ben1"),
    ("两个人挨肩走进了会场。", "挨", "ai1"),
    ("他又挨了一顿揍。", "挨", "ai2"),
    ("这只公鸡头上的冠又大又红。", "冠", "guan1"),
    ("他头上戴着一顶冠。", "冠", "guan1"),
    ("人们给他冠以英雄的美名。", "冠", "guan4"),
]


DEV25_RESULT_BACK_CRACK_PASSING = [
    # harm warned of, or suffered after 被: 着 zháo (zhao-harm-*)
    ("搬箱子的时候当心砸着脚。", "着", 0, "zhao2"),
    ("孩子被鞭炮声吓着了，哭个不停。", "着", 0, "zhao2"),
    ("别让孩子给烫着。", "着", 0, "zhao2"),
    ("走路看着点，免得碰着头。", "着", 1, "zhao2"),
    ("千万别让门夹着手。", "着", 0, "zhao2"),
    ("他的手脚都被绑着。", "着", 0, "zhe5"),
    ("免得孩子抱着手机不放。", "着", 0, "zhe5"),
    ("他拍着手说。", "着", 0, "zhe5"),
    # 吸着 / 沉着 before an object: the verb with durative zhe
    ("磁铁吸着一排铁钉。", "着", 0, "zhe5"),
    ("他嘴里吸着烟，一句话也不说。", "着", 0, "zhe5"),
    ("这种材料的吸着能力很强。", "着", 0, "zhuo2"),
    ("爸爸沉着脸走进屋。", "着", 0, "zhe5"),
    ("他遇事很沉着。", "着", 0, "zhuo2"),
    # 过 'pass by' a place before 的时候/时 (guo-passing-by-when)
    ("一只小鸟从头顶飞过时叫了一声。", "过", 0, "guo4"),
    ("他从旁边经过的时候看了我一眼。", "过", 0, "guo4"),
    ("这是我们去年来过的地方。", "过", 0, "guo5"),
    ("我从小就学过游泳。", "过", 0, "guo5"),
    # 它背上 'on its back' (bei-back-its)
    ("它们背上都长着刺。", "背", 0, "bei4"),
    ("它背上驮着两袋米。", "背", 0, "bei4"),
    ("他背上书包就走了。", "背", 0, "bei1"),
    ("猴妈妈背着小猴。", "背", 0, "bei1"),
    # a crack in a hard thing (feng-crack-of-hard)
    ("墙缝里长出一棵小草。", "缝", 0, "feng4"),
    ("风从门缝钻进来。", "缝", 0, "feng4"),
    ("她在灯下缝衣服。", "缝", 0, "feng2"),
    ("把这块布缝好。", "缝", 0, "feng2"),
]


# Readings by role, one group per kind a text or a probe showed (the group's former test name),
# each with sentences its rule must leave alone; every sentence is read in both scripts.
BY_ROLE = [
    # return layers rows and mornings
    # 还 closing its clause gives back; the adverb goes before what it modifies
    ("千里江陵一日还。", "还", 0, "huan2"),
    ("这本书你看完就还，不用急。", "还", 0, "huan2"),
    ("天还早，再睡一会儿。", "还", 0, "hai2"),
    # 重 between a numeral and what is layered; a weight has its unit between
    ("山外有一重山。", "重", 0, "chong2"),
    ("这个西瓜有八斤重。", "重", 0, "zhong4"),
    # 一行 before what stands in a row; a party of people is yī xíng
    ("窗外有一行白杨树。", "行", 0, "hang2"),
    ("代表团一行人到了北京。", "行", 0, "xing2"),
    # 朝 opening a clause before its verb is the morning; before a place it is 'towards'
    ("朝闻道，夕死可矣。", "朝", 0, "zhao1"),
    ("朝前走一百米就到了。", "朝", 0, "chao2"),
    # sore limbs modal before direction dry and tying
    # a sore or numb body part before 得: the complement marker
    ("走了一天，脚酸得抬不起来。", "得", 0, "de5"),
    ("蹲久了，腿麻得站不住。", "得", 0, "de5"),
    # modal 得 after an adverb before a verb of direction
    ("明天大家都得上山。", "得", 0, "dei3"),
    ("下雨了，我们还得回家。", "得", 0, "dei3"),
    ("他们都得了奖。", "得", 0, "de2"),
    # 干干的 'nice and dry'; the verb doubled takes its object
    ("碗要擦得干干的再放好。", "干", 0, "gan1"),
    # 'should' before 及时, which jieba tags a conjunction, or before an idiom
    ("发现问题，应及时报告老师。", "应", 0, "ying1"),
    ("大家应一视同仁。", "应", 0, "ying1"),
    ("有空帮妈妈干干活。", "干", 0, "gan4"),
    # tying with a cord or band; a needle pricks
    ("她用皮筋把头发扎起来。", "扎", 0, "za1"),
    ("奶奶用红线扎紧了袋口。", "扎", 0, "za1"),
    ("小心，别用针扎到手。", "扎", 0, "zha1"),
    # lead check kinds on other sentences
    ("这块地得好好翻一翻。", "得", 0, "dei3"),  # 地 read 'land' is a noun: 得 'must'
    ("那片地得浇水了。", "得", 0, "dei3"),
    ("这块地得了奖。", "得", 0, "de2"),  # obtains
    ("外婆把地扫得干干净净。", "得", 0, "de5"),  # after the verb
    ("他高兴地跳了起来。", "地", 0, "de5"),  # the manner marker stays a particle
    ("这块地不肥，种不出东西。", "种", 0, "zhong4"),  # plant, in a potential complement
    ("沙地里种得活吗？", "种", 0, "zhong4"),
    ("我们种不了那么多。", "种", 0, "zhong4"),
    ("这种不好吃。", "种", 0, "zhong3"),  # the kind
    ("小猫趴在妈妈的背上。", "背", 0, "bei4"),  # the back, whose
    ("把孩子背在背上。", "背", 1, "bei4"),  # on the back, after 在
    ("把孩子背在背上。", "背", 0, "bei1"),  # carry
    ("他背上书包就走了。", "背", 0, "bei1"),  # carry, after its subject
    ("他把孩子背上楼。", "背", 0, "bei1"),
    ("大夫说他得了重感冒。", "大", 0, "dai4"),  # the doctor
    ("张大夫说要多喝水。", "夫", 0, "fu5"),
    ("孔子做过鲁国的大夫。", "大", 0, "da4"),  # an official of a state
    ("分子和分母都是整数。", "分", 0, "fen1"),  # numerator
    ("这些恐怖分子被抓住了。", "分", 0, "fen4"),  # members of a group
    ("这条隧道总长约三公里。", "长", 0, "chang2"),  # total length
    ("参谋总长说明天开会。", "长", 0, "zhang3"),
    ("他琢磨着怎么开口。", "琢", 0, "zuo2"),  # ponder
    ("玉器要经过反复琢磨才能成器。", "琢", 0, "zhuo2"),  # polish
    ("她靠打零工供养一家老小。", "供", 0, "gong1"),  # provide for
    ("寺里供养着一尊佛像。", "供", 0, "gong4"),  # offerings
    ("他们在教会学校读书。", "教", 0, "jiao4"),  # the church
    ("是她教会我游泳的。", "教", 0, "jiao1"),  # taught
    ("冻得他直打冷战。", "战", 0, "zhan5"),  # a shiver
    ("冷战结束以后，两国恢复了往来。", "战", 0, "zhan4"),  # the Cold War
    ("他们在山里挖了好几条地道。", "道", 0, "dao4"),  # tunnels
    ("她的英语说得真地道。", "道", 0, "dao5"),  # authentic: 真 is no manner for 地
    ("考试的时候千万别大意。", "意", 0, "yi5"),  # careless
    ("请用一句话概括这段话的大意。", "意", 0, "yi4"),  # the gist
    ("这是我们之间的秘密，不得外传。", "传", 0, "chuan2"),
    ("工厂偷偷往河里倾倒废水。", "倒", 0, "dao4"),  # dump
    ("那棵老树被风吹得倾倒了。", "倒", 0, "dao3"),  # topple
    ("这次的卷子特别难。", "卷", 0, "juan4"),  # exam paper
    ("邻居之间难免会有口角。", "角", 0, "jue2"),  # quarrel
    ("她挑了半天，没有一件中意的。", "中", 0, "zhong4"),
    ("我小时候常帮奶奶劈柴。", "劈", 0, "pi1"),
    ("这个名字太常见，很容易重名。", "重", 0, "chong2"),
    ("小狗冲他摇了摇尾巴。", "冲", 0, "chong4"),  # at someone
    ("厨房里的油烟味太冲了。", "冲", 0, "chong4"),  # pungent
    ("他一下子冲了出去。", "冲", 0, "chong1"),  # rush
    ("他的胳膊摔折了。", "折", 0, "she2"),  # snapped
    ("绳子都折了，换一根吧。", "折", 0, "she2"),
    ("他把信折了两下，放进信封。", "折", 0, "zhe2"),  # folded
    ("她折了一只纸船。", "折", 0, "zhe2"),
    ("他的手背被划了一道口子。", "划", 0, "hua2"),  # scratched
    ("哥哥划了一根火柴，点着了蜡烛。", "划", 0, "hua2"),  # struck
    ("他们用力划着桨。", "划", 0, "hua2"),  # rowed
    ("老师在黑板上划了一条线。", "划", 0, "hua4"),  # drew a line
    ("这笔钱已经划到你的账户了。", "划", 0, "hua4"),  # transferred
    ("这把扇子扇起来很凉快。", "扇", 1, "shan1"),  # fan, the verb
    ("这把扇子扇起来很凉快。", "扇", 0, "shan4"),  # the fan
    ("路上塞车塞得很严重。", "塞", 1, "sai1"),  # the verb of 塞车, said again
    ("他教书教了三十年。", "教", 1, "jiao1"),
    ("他当兵当得很开心。", "当", 1, "dang1"),
    ("我去剪头发。", "发", 0, "fa4"),  # 头发 inside 剪头发: the model may not overrule
    ("巷口有一家理发厅。", "发", 0, "fa4"),  # 理发 inside 理发厅
    ("雨哗啦哗啦地下个不停。", "地", 0, "de5"),  # after a sound word
    ("他咚咚地敲门。", "地", 0, "de5"),
    ("这间房子一直空着没人住。", "空", 0, "kong4"),  # left vacant
    ("前排还有几个空着的座位。", "空", 0, "kong4"),
    ("他空着手来了。", "空", 0, "kong1"),  # empty-handed
    ("她每天早上扎辫子。", "扎", 0, "za1"),  # tie
    ("绳子扎得有点松。", "扎", 0, "za1"),
    ("针扎得太深了。", "扎", 0, "zha1"),  # prick
    ("你看得见山顶吗？", "得", 0, "de5"),  # the potential complement
    # dev19 kinds on other sentences
    # dev set 19's kinds (a ward nurse's notes, a market stall) on other sentences
    ("伤口又渗了一点血出来。", "血", 0, "xie3"),  # main; seeping is bleeding
    ("地上滴了好几滴血。", "血", 0, "xie3"),  # main; 滴 the measure
    ("他的鼻子流了好多血。", "血", 0, "xie3"),
    ("医生说他有点贫血。", "血", 0, "xue4"),  # the word 贫血
    ("妈妈给爷爷倒了一碗热汤。", "倒", 0, "dao4"),  # main; how much is poured
    ("服务员给我们倒了两杯茶。", "倒", 0, "dao4"),
    ("他喝了两杯就倒了。", "倒", 0, "dao3"),  # the glasses come before: he fell
    ("你把座椅调一调，坐得舒服点。", "调", 0, "tiao2"),  # main; adjusting, tentative
    ("你把座椅调一调，坐得舒服点。", "调", 1, "tiao2"),  # main
    ("师傅把火候调了调。", "调", 0, "tiao2"),  # main
    ("公司要把他调到外地。", "调", 0, "diao4"),
    ("他另一只手插在口袋里。", "只", 0, "zhi1"),  # main; after 另一
    ("我把另一只鞋也找到了。", "只", 0, "zhi1"),  # main
    ("他另一只会说话。", "只", 0, "zhi3"),  # 'only', before a verb
    ("孩子的体温降到了三十七度。", "了", 0, "le5"),
    ("气温一下子升到了四十度。", "了", 0, "le5"),  # main; 升到|了, not 到了 dàoliǎo
    ("到了晚上，风就停了。", "了", 0, "le5"),
    ("他心想累归累，钱总算挣到了。", "累", 0, "lei4"),  # after a verb of thinking
    ("她觉得累就歇一会儿。", "累", 0, "lei4"),  # main
    ("他说累积的经验最宝贵。", "累", 0, "lei3"),  # the word 累积
    # from a probe of the same registers after dev set 19's rules
    ("这种菜很好种。", "种", 1, "zhong4"),  # main; easy to plant
    ("地瓜不难种，随便插一根藤就能活。", "种", 0, "zhong4"),  # main
    ("番茄好种吗？", "种", 0, "zhong4"),  # main
    ("这是个好种，收成一定好。", "种", 0, "zhong3"),  # a good breed
    ("他的伤口已经长好了。", "长", 0, "zhang3"),  # main; healed
    ("宝宝的牙还没长齐。", "长", 0, "zhang3"),  # main
    ("这条路长好几公里呢。", "长", 0, "chang2"),  # 好几, not 好
    # lead moving house kinds
    ("妈妈让我们先把床铺好。", "铺", 0, "pu1"),  # 把 needs its verb: 床|铺|好
    ("睡前把床铺平整。", "铺", 0, "pu1"),
    ("他把床铺上的书拿走了。", "铺", 0, "pu4"),  # a locative: the noun stays
    ("他把床铺搬走了。", "铺", 0, "pu4"),  # 搬 is the verb
    ("一箱装一半，再塞些衣服。", "塞", 0, "sai1"),  # 'stuff some more'
    ("出门前往口袋里塞点零钱。", "塞", 0, "sai1"),
    ("他在边塞住了十年。", "塞", 0, "sai4"),  # the word 边塞
    # lead probe kinds
    ("他跑过了终点线。", "过", 0, "guo4"),  # motion, 了, then the goal
    ("她接过了我手里的包。", "过", 0, "guo4"),
    ("他爬过了三座山才到。", "过", 0, "guo4"),
    ("我们吃过了饭再走。", "过", 0, "guo5"),  # 吃 is no verb of motion
    ("这条路我走过了。", "过", 0, "guo5"),  # the experience closes the clause
    ("他从我身边走过了。", "过", 0, "guo4"),
    ("他把钱数清楚了。", "数", 0, "shu3"),
    ("这个数清楚吗？", "数", 0, "shu4"),
    ("他是班上的一分子。", "分", 0, "fen4"),
    ("我们都是这个家庭的一分子。", "分", 0, "fen4"),
    ("一分子水里有两个氢原子。", "分", 0, "fen1"),
    # lead typhoon day kinds
    ("巷口的那棵老榕树也倒了，横在路中间。", "倒", 0, "dao3"),  # an adverb between
    ("台风过后，墙都倒了。", "倒", 0, "dao3"),
    ("他也倒了一杯水。", "倒", 0, "dao4"),
    ("电扇也不转了。", "转", 0, "zhuan4"),
    ("屋子里一下子安静得可怕。", "得", 0, "de5"),  # jieba: 安静/nr 可怕/c
    ("他的牙疼得要命。", "得", 0, "de5"),
    ("他得了一场大病。", "得", 0, "de2"),
    ("弟弟一直黏着妈妈。", "着", 0, "zhe5"),
    ("鞋底粘着一块泥。", "着", 0, "zhe5"),
    ("这种胶的黏着力很强。", "着", 0, "zhuo2"),
    ("听着雨滴答滴答地落在屋檐上。", "答", 0, "da1"),  # jieba: 雨滴|答|滴答
    # lead travel guide kinds
    ("历史遗迹多得数不过来。", "得", 0, "de5"),  # jieba's 得数 'result' re-cut
    ("历史遗迹多得数不过来。", "数", 0, "shu3"),
    ("天上的星星多得数也数不清。", "得", 0, "de5"),
    ("这种东西多得是。", "得", 0, "de5"),
    ("他比我多得了一分。", "得", 0, "de2"),
    ("我们做好排长队的准备。", "长", 0, "chang2"),  # 排|长队, not 排长 'platoon leader'
    ("他是我们的排长。", "长", 0, "zhang3"),
    ("这是我们去年秋天走过的路线。", "过", 0, "guo5"),
    ("从门前走过的人都停了下来。", "过", 0, "guo4"),
    # lead pet clinic kinds
    ("狗狗吃完饭常常吐。", "吐", 0, "tu4"),  # vomiting
    ("胃受不了，就会吐出来。", "吐", 0, "tu4"),
    ("如果它吐完还精神不好，就带来看。", "吐", 0, "tu4"),
    ("他把鱼骨头吐出来。", "吐", 0, "tu3"),  # spitting out, moved by 把
    ("他长长地吐出一口气。", "吐", 0, "tu3"),
    ("剪完给它一点零食当奖励。", "当", 0, "dang4"),
    ("他拿纸箱当桌子用。", "当", 0, "dang4"),
    ("他毕业以后去学校当老师。", "当", 0, "dang1"),
    ("剪一两只就好。", "只", 0, "zhi1"),
    ("他一两天只吃一顿饭。", "只", 0, "zhi3"),
    ("狗狗吃完饭常常吐。", "狗", 1, "gou3"),  # not CC-CEDICT's spoken gǒugōu
    # dev20 kinds on other sentences
    ("法院判处其有期徒刑三年，并处罚金五万元。", "处", 1, "chu3"),  # main
    ("犯本罪的，处三年以下有期徒刑或者拘役。", "处", 0, "chu3"),  # main
    ("对违规者处五百元以上罚款。", "处", 0, "chu3"),  # main
    ("山脚下有一处三百年的老宅。", "处", 0, "chu4"),  # counted: a place
    ("他的住处离法院不远。", "处", 0, "chu4"),
    ("射门！球差一点点就进了。", "差", 0, "cha4"),  # main; 球差 'spherical aberration'
    ("他差一点点就摔倒了。", "差", 0, "cha4"),
    ("两地的温差一点也不大。", "差", 0, "cha1"),  # 'not at all'
    ("老师叫林子轩上台。", "子", 0, "zi3"),  # main; 林子|轩
    ("林子里有一只鸟。", "子", 0, "zi5"),  # the woods
    ("林子大了，什么鸟都有。", "子", 0, "zi5"),
    ("卖橘子的小伙子赵强却在发愁。", "子", 1, "zi5"),  # a longer noun before a name
    ("两次考试一好一坏。", "坏", 0, "huai4"),  # main (Simplified): the lookup copy's 坯
    ("这些苹果有好有坏。", "坏", 0, "huai4"),
    # from a probe of the same registers after the rules above
    ("本场比赛由我和老张为大家转播。", "为", 0, "wei4"),  # main; 张 also a verb
    ("请小王为我们介绍一下。", "为", 0, "wei4"),  # main
    ("由小刘为您服务。", "为", 0, "wei4"),  # main
    ("他被选为大家的代表。", "为", 0, "wei2"),
    ("他这一球投得有点偏，差点砸中打者。", "中", 0, "zhong4"),  # main
    ("一脚踢中了门柱。", "中", 0, "zhong4"),  # main
    ("他被飞来的球砸中了。", "中", 0, "zhong4"),  # main
    ("这座桥还在建中。", "中", 0, "zhong1"),
    ("他把垃圾扔进垃圾桶中。", "中", 0, "zhong1"),
    # lead new year kinds
    ("妈妈剁肉馅，奶奶和面，我包饺子。", "和", 0, "huo2"),  # the person kneads
    ("奶奶正在和面。", "和", 0, "huo2"),
    ("我爱吃米饭和面。", "和", 0, "he2"),  # two foods
    ("我和奶奶一起包饺子。", "和", 0, "he2"),
    ("年夜饭有红烧鱼、炖鸡、炸丸子。", "炸", 0, "zha2"),  # a dish
    ("敌人炸了大桥。", "炸", 0, "zha4"),
    # dev23 kinds on other sentences
    ("这把小提琴很久没调，音都不准了。", "调", 0, "tiao2"),  # main
    ("吉他的弦松了要先调一下再弹。", "调", 0, "tiao2"),  # main
    ("乐团从外地调来一架钢琴。", "调", 0, "diao4"),
    ("钢琴厂把他调到上海。", "调", 0, "diao4"),
    ("他把整只鸡放进锅里炖。", "只", 0, "zhi1"),  # main
    ("奶奶买了半只烤鸭。", "只", 0, "zhi1"),
    ("他只吃了半碗饭。", "只", 0, "zhi3"),
    ("你说说他的作文差在哪儿。", "差", 0, "cha4"),  # main
    ("两个数的差是多少？", "差", 0, "cha1"),
    ("这道题我算得出来。", "得", 0, "de5"),
    ("你看得出他哪里不对劲吗？", "得", 0, "de5"),
    ("这个方法可以得出正确的答案。", "得", 0, "de2"),
    ("实验最后得出了结论。", "得", 0, "de2"),
    ("五的倒数等于零点二。", "数", 0, "shu4"),  # main
    ("这两个数互为倒数吗？", "数", 1, "shu4"),  # main
    ("他这次考了倒数第一。", "数", 0, "shu3"),
    ("离考试只剩倒数三天。", "数", 0, "shu3"),
    ("请大家数数自己的票。", "数", 1, "shu5"),  # main
    ("小孩正在学数数。", "数", 1, "shu4"),
    # dev23 probe counting backwards
    ("小明倒着数，从十数到一。", "倒", 0, "dao4"),  # main
    ("小明倒着数，从十数到一。", "着", 0, "zhe5"),  # main
    ("小明倒着数，从十数到一。", "数", 1, "shu3"),  # main
    ("请大家从一数到十。", "数", 0, "shu3"),  # main
    ("从人数到规模都变了。", "数", 0, "shu4"),
    ("他把画倒着挂在墙上。", "倒", 0, "dao4"),  # main
    ("这首诗你能倒着背吗？", "倒", 0, "dao4"),  # main
    ("路边倒着一棵大树。", "倒", 0, "dao3"),
    ("孩子们掰着指头数日子。", "数", 0, "shu3"),
    # dev23 probe rates
    ("这次考试全班的及格率是百分之九十五。", "率", 0, "lv4"),  # main
    ("今年小麦的发芽率很高。", "率", 0, "lv4"),
    ("这个月的出勤率达到了百分之九十八。", "率", 0, "lv4"),
    # dev22 kinds on other sentences
    ("他们在院子里铺石板。", "铺", 0, "pu1"),  # lay what is laid
    ("我先铺桌布再摆碗筷。", "铺", 0, "pu1"),
    ("地毯铺上去以后屋里暖和多了。", "铺", 0, "pu1"),
    ("爷爷开了一间小铺。", "铺", 0, "pu4"),  # the shop
    ("他一锤子就把钉子钉进去了。", "钉", 1, "ding4"),
    ("拿锤子钉，别用石头砸。", "钉", 0, "ding4"),
    ("工地上的钉枪声响个不停。", "钉", 0, "ding1"),  # 'nail gun'
    ("他卷起袖子，又卷裤腿。", "卷", 1, "juan3"),  # 'roll up' the trouser legs
    ("他买了两卷卫生纸。", "卷", 0, "juan3"),  # the measure of rolls
    ("她把旧地毯卷成一卷靠在墙边。", "卷", 1, "juan3"),
    ("全书共分三卷。", "卷", 0, "juan4"),  # volumes
    ("睡前记得调闹钟。", "调", 0, "tiao2"),  # adjust a device
    ("仓库临时调货过来。", "调", 0, "diao4"),  # move goods
    ("因此得先把钱还上。", "得", 0, "dei3"),  # 'must' after a consequence
    ("不然得多花一倍的钱。", "得", 0, "dei3"),
    ("所以得了第一名。", "得", 0, "de2"),
    ("胶水干了之后再贴上去。", "干", 0, "gan1"),  # dry, then handled
    ("这活儿干了以后才知道有多累。", "干", 0, "gan4"),
    ("小鸟在树上叽叽地叫。", "地", 0, "de5"),  # after a sound word jieba keeps whole
    ("雨滴答滴答地落在屋檐上。", "答", 0, "da1"),  # the sound word the lexicon knows
    # dev22 probe nail kinds
    ("他把窗帘杆钉在墙上。", "钉", 0, "ding4"),  # 杆 cut as a measure word
    ("这块板子要重新钉。", "钉", 0, "ding4"),  # after an adverb
    ("钉子没钉牢，再钉一下。", "钉", 2, "ding4"),
    ("我还没钉完。", "钉", 0, "ding4"),
    ("墙上还有钉吗？", "钉", 0, "ding1"),  # the nail there is
    ("鞋底钉了几颗钉。", "钉", 1, "ding1"),  # counted
    # dev22 probe flush or rise
    ("他的脸涨得通红。", "涨", 0, "zhang4"),  # the face flushes
    ("他气得脖子涨得粗粗的。", "涨", 0, "zhang4"),
    ("今晚的潮水涨得特别高。", "涨", 0, "zhang3"),  # the tide rises
    ("房价又涨了。", "涨", 0, "zhang3"),
    # dev24 readings by role
    # dev set 24's kinds: 只 after a count with its measure is the adverb
    ("他每次只买两个苹果。", "只", 0, "zhi3"),
    ("我们一周只上两节体育课。", "只", 0, "zhi3"),
    ("奶奶一天只吃两顿饭。", "只", 0, "zhi3"),
    ("他一次买了三只小鸡。", "只", 0, "zhi1"),
    ("桌上有两只杯子。", "只", 0, "zhi1"),
    # a belonging left behind somewhere is là; what drops is luò
    ("我的手机落在出租车上了。", "落", 0, "la4"),
    ("他的钥匙又落在家里了。", "落", 0, "la4"),
    ("你的作业本落在我这儿了。", "落", 0, "la4"),
    ("钥匙落在地上，叮当一声。", "落", 0, "luo4"),
    ("他的帽子落在水里了。", "落", 0, "luo4"),
    ("一只鸟落在树枝上。", "落", 0, "luo4"),
    ("雪花落在她的围巾上。", "落", 0, "luo4"),
    ("他的钱包落在了小偷手里。", "落", 0, "luo4"),
    # the nickname 乐乐 is lè lè wherever it stands
    ("乐乐今天没来上学。", "乐", 1, "le4"),
    ("我们去接乐乐吧。", "乐", 1, "le4"),
    ("我们去接乐乐吧。", "乐", 0, "le4"),
    ("他在乐队里弹吉他。", "乐", 0, "yue4"),
    ("音乐课上大家都很快乐。", "乐", 0, "yue4"),
    # dev set 28's kinds (a mahjong evening, pickling radish), on sentences of our own:
    # 还给 with a verb after the receiver is the adverb hái; without one, 'give back'
    ("他还给我们带了两盒点心。", "还", 0, "hai2"),
    ("借的伞明天还给你。", "还", 0, "huan2"),
    ("看完的杂志我还给了表哥。", "还", 0, "huan2"),
    # 重 after a numeral with its measure is 'heavy'; after a bare numeral, the layer
    ("院子里堆着一个重木箱。", "重", 0, "zhong4"),
    ("他扛起一个重麻袋。", "重", 0, "zhong4"),
    ("轻舟已过万重山。", "重", 0, "chong2"),
    # X倒在其次 'X matters less'; a person falls where they lie
    ("成绩好坏倒在其次，身体要紧。", "倒", 0, "dao4"),
    ("他累得倒在沙发上。", "倒", 0, "dao3"),
    # 'good' opening a clause before its noun, the subject
    ("好东西都留给客人了。", "好", 0, "hao3"),
    # 撒 'sprinkle' before a directional complement
    ("切好的葱花撒进去。", "撒", 0, "sa3"),
    # 乐 'fun' after 个 closing its clause; in its words, music
    ("大家凑在一起就是找个乐。", "乐", 0, "le4"),
    ("这个乐团明年来演出。", "乐", 0, "yue4"),
    # 赢 + the complement marker before 最 closing the clause; 赢得 'gain' takes its object
    ("比了三局，小陈赢得最多。", "得", 0, "de5"),
    ("这部电影赢得最多的好评。", "得", 0, "de2"),
    # 地 after an idiom before 过 'spend'; the land before 过
    ("他们无忧无虑地过了一个暑假。", "地", 0, "de5"),
    ("这块地过了冬再翻。", "地", 0, "di4"),
    # 一打就 'as soon as it is dialled'; 一打 'a dozen' before what is counted
    ("这个号码一打就通。", "打", 0, "da3"),
    ("超市里买了一打鸡蛋。", "打", 0, "da2"),
    # and from a probe of the same registers: 干 'dry' after 越 closing its clause
    ("腊肉挂在窗外，风吹得越干，味道越香。", "干", 0, "gan1"),
    ("这活儿越干越顺手。", "干", 0, "gan4"),
    # 结 'bear fruit' said of a plant; ice forms (jié)
    ("今年院子里的葡萄结得特别多。", "结", 0, "jie1"),
    ("今年院子里的葡萄结得特别多。", "得", 0, "de5"),
    ("湖面上结了一层薄冰。", "结", 0, "jie2"),
    # 赢 + the complement marker before 也 and how
    ("这盘棋他赢得也不轻松。", "得", 0, "de5"),
    # the bookshelf, chickens, lost-wallet and rice-cooker texts: 折 zhé before how many were
    # folded; 撒 sǎ before the feed or seed scattered; 倒 dào with 把 before 得; 用 + a measuring
    # tool jieba glued into 用量
    ("她又折了三只纸鹤挂在窗前。", "折", 0, "zhe2"),
    ("风太大，竹竿也折了。", "折", 0, "she2"),
    ("爷爷一大早就去地里撒种子。", "撒", 0, "sa3"),
    ("渔民把网撒在海里，等着鱼进来。", "撒", 0, "sa1"),
    ("你把酱油倒得太多了，咸死了。", "倒", 0, "dao4"),
    ("大风把树刮倒了。", "倒", 0, "dao3"),
    ("做蛋糕要先用量勺量好糖。", "量", 0, "liang2"),
    ("医生说这种药的用量要减半。", "量", 0, "liang4"),
    # the film-night and school-band texts: a trade jieba cuts before its 员 is a person before
    # the modal 得; a machine spins; 扇 shān before the fan; 重拍 the strong beat stepped on
    ("检票员得把每张票都撕一个角。", "得", 0, "dei3"),
    ("售票员得了一个先进奖。", "得", 0, "de2"),
    ("发电机一转，灯就亮了。", "转", 0, "zhuan4"),
    ("飞机一转，往南边飞去了。", "转", 0, "zhuan3"),
    ("天太热，爷爷坐在门口扇蒲扇。", "扇", 0, "shan1"),
    ("他买了一把蒲扇。", "扇", 0, "shan4"),
    ("打鼓的时候，鼓槌要敲在重拍上。", "重", 0, "zhong4"),
    ("这一段没拍好，明天重拍。", "重", 0, "chong2"),
    # the pickled-cabbage, bamboo-shoot and New Year cleaning texts: 得 before a vivid state;
    # 得 cut from 得手 before 都; 缝 fèng after a numeral and measure; 一切 'one cut'; the 福
    # turned upside down
    ("被子叠得方方正正的。", "得", 0, "de5"),
    ("你得好好睡一觉。", "得", 0, "dei3"),
    ("他搓衣服搓得手都红了。", "得", 0, "de5"),
    ("他们偷袭了三次才得手。", "得", 0, "de2"),
    ("门板上裂了一条缝。", "缝", 0, "feng4"),
    ("奶奶在灯下缝扣子。", "缝", 0, "feng2"),
    ("把土豆一切两半，再切成片。", "切", 0, "qie1"),
    ("这一切都是他安排的。", "切", 0, "qie4"),
    ("门上的福倒着贴，意思是福到了。", "倒", 0, "dao4"),
    ("院子里的花盆被风吹倒了。", "倒", 0, "dao3"),
    # the spring-outing and perm texts: 吐 tù filling a bag; 卷 juǎn before 得; 卷子 the curler
    # hair is rolled on and taken off
    ("他一上船就晕，吐了半塑料袋。", "吐", 0, "tu4"),
    ("他把瓜子壳吐在塑料袋里。", "吐", 0, "tu3"),
    ("她把袖子卷得高高的。", "卷", 0, "juan3"),
    ("理发师把她的头发卷在卷子上。", "卷", 1, "juan3"),
    ("老师把卷子拿回去改了。", "卷", 0, "juan4"),
    # the water-calligraphy, roller-skating and oyster texts: 干 gān after 慢慢 and what dries;
    # 一行 'a line' that is written; 倒 dào 'backwards' before 着滑; 这行 the trade one works in;
    # 蚵 é 'oyster'
    ("雨停了，操场上的字迹渐渐干了。", "干", 0, "gan1"),
    ("别着急，慢慢干，活儿总能干完。", "干", 0, "gan4"),
    ("他写字很慢，一行抄完要好几分钟。", "行", 0, "hang2"),
    ("考察团一行参观了工厂。", "行", 0, "xing2"),
    ("她能在冰上倒着滑好几圈。", "倒", 0, "dao4"),
    ("他脚下一滑，倒在冰上。", "倒", 0, "dao3"),
    ("他老了，不想再干这行了。", "行", 0, "hang2"),
    ("你再改一遍，这下行了吧？", "行", 0, "xing2"),
    ("退潮以后，阿公去蚵田收蚵仔。", "蚵", 0, "e2"),
    # the candied-haws and garbage-truck texts: 划 huá cutting once (jieba's 划一); 挑 tiǎo
    # poking out a pit; 把子 bǎ a bundle of straw; 倒 dào gone out to do
    ("鱼洗好以后，在背上划一刀，再抹上盐。", "划", 0, "hua2"),
    ("他在纸上划一道线，把两边分开。", "划", 0, "hua4"),
    ("吃荔枝的时候，她用牙签把核挑出来。", "挑", 0, "tiao3"),
    ("她把坏了的橘子都挑出来了。", "挑", 0, "tiao1"),
    ("卖糖葫芦的老人扛着一个稻草把子。", "把", 0, "ba3"),
    ("水桶满了，你提出去倒掉。", "倒", 0, "dao4"),
    ("他刚走出去就倒在了地上。", "倒", 0, "dao3"),
    # the tooth and shaved-ice texts: 会长 cut before 得 and a pair of 又 (又快又直); a blade spins
    ("这棵小树会长得又高又壮。", "得", 0, "de5"),
    ("会长得又去北京开会了。", "得", 0, "dei3"),
    ("电源一开，刀片一转，果汁就打好了。", "转", 0, "zhuan4"),
    ("他把刀一转，用刀背拍蒜。", "转", 0, "zhuan3"),
    # the canteen text: modal 得 between a noun or a pronoun and a bare adjective
    ("孩子睡了，脚步得轻，别吵醒他。", "得", 0, "dei3"),
    ("这件事你得急，明天就要交。", "得", 0, "dei3"),
    ("雨天路滑，他开得慢，晚到了。", "得", 0, "de5"),
    # a name's character jieba also knows as a verb (老|王 wàng) is no verb of one character
    ("天黑了，老王得赶紧回家做饭。", "得", 0, "dei3"),
    ("一声雷响，他吓得赶紧跑回家。", "得", 0, "de5"),
    # the stationery, rooftop-garden and school-trip texts: 一卷 counting a roll named further
    # on; the complement 得 before a one-by-one picture; 多种 'plant more'; adjectives jieba's
    # dictionary tags as names (安静 nr)
    ("妈妈买回来一卷厨房里用的保鲜膜。", "卷", 0, "juan3"),
    ("桌上摆着一卷旧书。", "卷", 0, "juan4"),
    ("年糕被切得一片一片的。", "得", 0, "de5"),
    ("这些箱子得一个一个地搬。", "得", 0, "dei3"),
    ("今年院子里要多种几棵桃树。", "种", 0, "zhong4"),
    ("这款手机有多种颜色。", "种", 0, "zhong3"),
    ("夜里静得只听得见虫叫。", "得", 0, "de5"),
    ("图书馆里安静得能听见翻书的声音。", "得", 0, "de5"),
    ("大家得安静，考试开始了。", "得", 0, "dei3"),
    # the new-school, dragon-boat and glutinous-rice texts: 乐 lè as a given name; the
    # complement 得 before 像 after a describing word; flours among what is kneaded
    ("我的好朋友叫李乐，住在我家楼下。", "乐", 0, "le4"),
    ("晚会上，乐队为大家奏乐。", "乐", 1, "yue4"),
    ("队伍走得整齐，整齐得像一堵墙。", "得", 0, "de5"),
    ("这件事情还得像上次一样办。", "得", 0, "dei3"),
    ("妈妈把面粉和好了，盖上湿布。", "和", 0, "huo2"),
    ("面粉和白糖都买好了。", "和", 0, "he2"),
    # the zoo text: 一卷 'it rolls once' before a comma and 就
    ("青蛙的舌头一卷，就把蚊子吃掉了。", "卷", 0, "juan3"),
    ("这套书的第一卷，就讲了三个故事。", "卷", 0, "juan4"),
    # the fish-tank and orchid texts: a chore tagged an idiom after a span of time; 剥 bāo;
    # wounds and soil among what dries; 种 'plant' before 进/到; 活 is work, not a verb
    ("这间屋子一个月得大扫除一次。", "得", 0, "dei3"),
    ("妹妹把橘子皮剥掉，分给我一半。", "剥", 0, "bao1"),
    ("他剥了一碗花生。", "剥", 0, "bao1"),
    ("老房子的墙皮都剥落了。", "剥", 0, "bo1"),
    ("膝盖上的伤口干了，结了一层痂。", "干", 0, "gan1"),
    ("这点活干了再休息。", "干", 0, "gan4"),
    ("把小树苗种进花盆里。", "种", 0, "zhong4"),
    # the shoe review: 只 zhī after 单 'single' before the thing or its weight
    ("这副耳机的单只耳塞只有五克重。", "只", 0, "zhi1"),
    ("这件事单只靠我们是办不成的。", "只", 0, "zhi3"),
    # the Cao Chong and bus texts: 都 dū closing a one-character city name after a verb of
    # going; 塞 sāi 'jammed' closing its clause
    ("汉献帝被迎到许都以后，曹操掌了大权。", "都", 0, "du1"),
    ("我们回到家都累坏了。", "都", 0, "dou1"),
    ("下班时间，环城路又塞了。", "塞", 0, "sai1"),
    ("长城沿线有许多要塞。", "塞", 0, "sai4"),
    # the baby's-first-steps and rice-mill texts: 钻 'burrow' closing its clause after 往…里;
    # 当 dàng 'serve as' a payment
    ("小猫一害怕就往床底下钻。", "钻", 0, "zuan1"),
    ("他把旧衣服留给裁缝当工钱。", "当", 0, "dang4"),
    ("他长大了想当裁缝。", "当", 0, "dang1"),
    # the kite text: 扎 zā before the 的 of who made the bound thing, and making one more
    ("这盏灯笼是外公亲手扎的。", "扎", 0, "za1"),
    ("做风筝不难，我教你再扎一个。", "扎", 0, "za1"),
    ("打针的时候，护士在他胳膊上扎了一针。", "扎", 0, "zha1"),
    # readings44's note: 'must' after a person before a degree word (我得很早出门)
    ("下周要搬家，我们得很早就开始收拾。", "得", 0, "dei3"),
    ("这孩子长得很快。", "得", 0, "de5"),
    # the square-dance, fire-drill and jogging texts: 一A一B and a count said aloud before 地;
    # 好几 'quite a few'; races among what 一场 chǎng counts
    ("奶奶一笔一画地教我写名字。", "地", 0, "de5"),
    ("体育委员一二一地喊着口令。", "地", 0, "de5"),
    ("这块地种的是玉米。", "地", 0, "di4"),
    ("我等了好几天才收到信。", "好", 0, "hao3"),
    ("下个月他要跑一场全程马拉松。", "场", 0, "chang3"),
    ("昨晚下了一场大雪。", "场", 0, "chang2"),
    # the noodle and couplet texts: 和 huó before 好的 closing a clause that named the dough;
    # ink among what dries
    ("饺子的面是奶奶一早和好的。", "和", 0, "huo2"),
    ("我买了面包和好几瓶牛奶。", "和", 0, "he2"),
    ("画上的墨汁还没干，别碰。", "干", 0, "gan1"),
    # the peach-stall and red-turtle texts: 看 kān a stall; 供 gòng what is offered to; 模 mú
    # before where in it
    ("妈妈去上厕所，我在路边看摊。", "看", 0, "kan1"),
    ("初一十五，奶奶都要供菩萨。", "供", 0, "gong4"),
    ("这个水库给全城供水。", "供", 0, "gong1"),
    ("把糯米团压进模里。", "模", 0, "mu2"),
]


LEAD_BARBER_TYPHOON_VET_KINDS = [
    # the lead's barber, typhoon and vet texts (dev set 11): a perm's curl 卷 juǎn; 过 'pass' after
    # a modal of ability; 吐 'vomit' counted by times; 钻 'slip' before a direction back or down;
    # 得 'must' in what was said to be needed; 手把 glued before what the hand moves; 倒是 dàoshì;
    # and the baseball coach's talk: 一场 chǎng counts a ball game; the dentist's: 那个钻牙的声音;
    # the temple visit's: 拜拜 at a temple, 供桌 gòng, 筊 jiǎo; the swimmer's: 抬得多高 de; the
    # scooter test's: 车头一晃 huàng, 一个月只准 zhǐ; the stuck lift's: 一边哄 hǒng
    ("她想去发廊烫个卷，换个心情。", "卷", 0, "juan3"),
    ("妈妈上周刚烫了卷，头发蓬蓬的。", "卷", 0, "juan3"),
    ("这本书分上下两卷。", "卷", 0, "juan4"),
    ("老师把试卷烫平了。", "卷", 0, "juan4"),
    ("雨停了，车子终于可以过了。", "过", 0, "guo4"),
    ("桥太窄，大卡车不能过。", "过", 0, "guo4"),
    ("这条河水太深，小孩子不敢过。", "过", 0, "guo4"),
    ("我们来过这里。", "过", 0, "guo5"),
    ("这本书我看过。", "过", 0, "guo5"),
    ("宝宝昨晚吐了两次，今天好多了。", "吐", 0, "tu4"),
    ("他吐过好几回，脸色发白。", "吐", 0, "tu4"),
    ("他往地上吐了一口痰。", "吐", 0, "tu3"),
    ("她把葡萄皮吐了出来。", "吐", 0, "tu3"),
    ("老鼠一下子钻回洞里去了。", "钻", 0, "zuan1"),
    ("孩子们从栏杆底下钻过去。", "钻", 0, "zuan1"),
    ("小狗钻进被窝。", "钻", 0, "zuan1"),
    ("他买了一把电钻。", "钻", 0, "zuan4"),
    ("医生说得住院观察两天。", "得", 0, "dei3"),
    ("老师说得写两页才行。", "得", 0, "dei3"),
    ("妈妈说得先做完功课。", "得", 0, "dei3"),
    ("你说得有道理。", "得", 0, "de5"),
    ("她说得像个大人一样。", "得", 0, "de5"),
    ("这话说得让人心里暖暖的。", "得", 0, "de5"),
    ("他说得出这种话。", "得", 0, "de5"),
    ("他说得眉飞色舞。", "得", 0, "de5"),
    ("他用手把门推开了。", "把", 0, "ba3"),
    ("另一只手把碗端起来。", "把", 0, "ba3"),
    ("机车的手把有点松了。", "把", 0, "ba4"),
    ("弟弟倒是很高兴。", "是", 0, "shi4"),
    ("这倒是个好主意。", "是", 0, "shi4"),
    ("你倒是说话呀。", "是", 0, "shi4"),
    ("他说得很快。", "得", 0, "de5"),
    ("他说得太多了。", "得", 0, "de5"),
    ("爸爸说得马上回家。", "得", 0, "dei3"),
    ("奶奶嘱咐得好好休息。", "得", 0, "dei3"),
    ("我们上周末踢了一场球，输了两个。", "场", 0, "chang3"),
    ("明天下午有一场篮球，你去看吗？", "场", 0, "chang3"),
    ("昨晚下了一场大雨。", "场", 0, "chang2"),
    ("我最怕那个钻牙的声音。", "钻", 0, "zuan1"),
    ("这个钻孔的位置不对。", "钻", 0, "zuan1"),
    ("那个钻太旧了，换一个吧。", "钻", 0, "zuan4"),
    ("我们周末去行天宫拜拜，求个平安。", "拜", 0, "bai4"),
    ("好了，我先走了，拜拜！", "拜", 0, "bai2"),
    ("供桌上摆满了水果和鲜花。", "供", 0, "gong4"),
    ("这一带由水库供水。", "供", 0, "gong1"),
    ("她连丢了三次，都是笑筊。", "筊", 0, "jiao3"),
    ("过年要拜拜祖先。", "拜", 0, "bai4"),
    ("你看他跳得多高！", "得", 0, "de5"),
    ("这次考试你考得多好？", "得", 0, "de5"),
    ("你得多休息几天。", "得", 0, "dei3"),
    ("船身一晃，他差点掉进水里。", "晃", 0, "huang4"),
    ("一晃就是十年，孩子都上中学了。", "晃", 0, "huang3"),
    ("时间过得真快，一晃三年就过去了。", "晃", 0, "huang3"),
    ("头一个月只准你看半小时电视。", "只", 0, "zhi3"),
    ("院子里养了三四只鸡。", "只", 0, "zhi1"),
    ("孩子一直哭，奶奶边哄边唱歌。", "哄", 0, "hong3"),
    ("她一边哄一边给孩子喂奶。", "哄", 0, "hong3"),
    ("下课铃一响，大家一哄而散。", "哄", 0, "hong4"),
]


LEAD_ECLIPSE_CAT_TEA_KINDS = [
    # the lead's batch 59 (dev set 11): 哄 hǒng after how it is tried (怎么哄, 都哄不好); 撮 zuǒ
    # the tuft of hair, with its colour cut apart (一撮|黑|毛); 调 tiáo mixing a number of drinks;
    # 背 bēi before what is carried (背水壶); 长 zhǎng growing back (长回来)
    ("宝宝一直哭，爸爸怎么哄都哄不好。", "哄", 0, "hong3"),
    ("宝宝一直哭，爸爸怎么哄都哄不好。", "哄", 1, "hong3"),
    ("台下一阵起哄，他只好又唱了一首。", "哄", 0, "hong4"),
    ("演员一出场，全场哄堂大笑。", "哄", 0, "hong1"),
    ("老人的下巴上有两撮白胡子。", "撮", 0, "zuo3"),
    ("这只黑猫的胸口有一撮白毛。", "撮", 0, "zuo3"),
    ("出锅前撒一撮葱花。", "撮", 0, "cuo1"),
    ("他在吧台后面调了十几杯鸡尾酒。", "调", 0, "tiao2"),
    ("公司调了三个人去外地。", "调", 0, "diao4"),
    ("他背着水壶走在最前面。", "背", 0, "bei1"),
    ("弟弟抢着帮我背行李。", "背", 0, "bei1"),
    ("这篇课文我已经背熟了。", "背", 0, "bei4"),
    ("剃掉的头发很快就长回来了。", "长", 0, "zhang3"),
    ("两根绳子一样长。", "长", 0, "chang2"),
    # batch 60: 没接着 'did not catch' at the clause's end; 得 after a verb jieba tags an
    # adverb (进步得快); 量 done once (一量，); 请了假 before where one stays; 落下 lessons
    # missed; 系 with the rope named before it; the space 空 left (留点儿空)
    ("他伸手去抓，可还是没接着。", "着", 0, "zhao2"),
    ("老师咳了一声，没接着往下讲。", "着", 0, "zhe5"),
    ("这孩子的钢琴进步得很快。", "得", 0, "de5"),
    ("他们俩相处得不错。", "得", 0, "de5"),
    ("你还得再等一会儿。", "得", 0, "dei3"),
    ("妈妈拿体温计一量，三十九度。", "量", 0, "liang2"),
    ("这一量杯是两百毫升。", "量", 0, "liang2"),
    ("他请了假回老家看奶奶。", "假", 0, "jia4"),
    ("这张钞票是假的。", "假", 0, "jia3"),
    ("她住院两周，落下了不少功课。", "落", 0, "la4"),
    ("秋天一到，树叶纷纷落下。", "落", 0, "luo4"),
    ("爷爷用细绳把报纸系好。", "系", 0, "ji4"),
    ("他是历史系的学生。", "系", 0, "xi4"),
    ("书架上的书之间留一点空，好拿。", "空", 0, "kong4"),
    ("打开柜子一看，里面是空的。", "空", 0, "kong1"),
    # batch 61: 一切 'once cut' before 就 and what the cut thing does; a sound word keeps the
    # dictionary's reading (刺啦); 还 before a doubled description jieba tags a place; 干 not
    # dry after days (三四天都干不了); 数 counting along a direction (往上数)
    ("黄瓜很脆，一切就断成两截。", "切", 0, "qie1"),
    ("只要你在，一切就都好办。", "切", 0, "qie4"),
    ("油一下锅，就听见刺啦一声。", "刺", 0, "ci1"),
    ("他手上扎了一根刺。", "刺", 0, "ci4"),
    ("刚才他还高高兴兴的，怎么就哭了？", "还", 0, "hai2"),
    ("雨下个不停，床单晾了三天都干不了。", "干", 0, "gan1"),
    ("他病得很重，半年都干不了重活。", "干", 0, "gan4"),
    ("从左往右数，第二个是我。", "数", 0, "shu3"),
    ("这个数太大了。", "数", 0, "shu4"),
    # batch 62: 地 after a long adverb before a word jieba took for a place (一个劲儿地朝);
    # 劈柴 chopping as an activity with what it takes (劈柴不能光靠力气); 劈成柴火
    ("他一个劲儿地朝门口张望。", "地", 0, "de5"),
    ("麦子熟了，满地金黄。", "地", 0, "di4"),
    ("劈柴的时候，斧头要握紧。", "劈", 0, "pi1"),
    ("冬天烧的劈柴都堆在屋后。", "劈", 0, "pi3"),
    ("他一上午就把这堆木头劈成了柴火。", "劈", 0, "pi1"),
    # batch 63 (a news report, a how-to, a review, a letter, a phone call): 为 'are' after the
    # part of a whole; 中签 zhòng; 越长越 + how a growing thing turns out; 闷 mēn bringing out
    # a sweat; 过得好不好; 睡一觉 jiào; V得了 'can manage' (养得了狗, 干得了吗); 背电脑
    ("报名的有五十人，其余为家长。", "为", 0, "wei2"),
    ("大家都在为比赛做准备。", "为", 0, "wei4"),
    ("他连续三年没中签。", "中", 0, "zhong4"),
    ("小狗越长越胖，抱都抱不动了。", "长", 0, "zhang3"),
    ("天气太热，在屋里也闷出一身汗。", "闷", 0, "men1"),
    ("这几年你过得好不好？", "得", 0, "de5"),
    ("太困了，我得先睡一觉。", "觉", 0, "jiao4"),
    ("他一觉得冷就去加衣服。", "觉", 0, "jue2"),
    ("这么多菜，你一个人吃得了吗？", "得", 0, "de5"),
    ("这么多菜，你一个人吃得了吗？", "了", 0, "liao3"),
    ("家里这么小，哪还养得了猫。", "了", 0, "liao3"),
    ("他得了一场大病。", "得", 0, "de2"),
    ("他每天背着电脑去公司。", "背", 0, "bei1"),
    # batch 64: 老公 'husband' lǎogōng (the light lǎogong is the court's eunuch); 把 + 手
    # after what it is done with (用肥皂把手洗干净)
    ("她老公每天做饭。", "公", 0, "gong1"),
    ("皇帝身边的老公们都退下了。", "公", 0, "gong5"),
    ("他用湿纸巾把手擦了擦。", "手", 0, "shou3"),
    ("这扇门的把手坏了。", "手", 0, "shou5"),
    # batch 65: 长 zhǎng before one's height (长个子); 夫差 Fūchāi cut 夫|差
    ("这孩子今年长个儿了。", "长", 0, "zhang3"),
    ("越王勾践最后打败了夫差。", "差", 0, "chai1"),
    ("她丈夫差点儿忘了带钥匙。", "差", 0, "cha4"),
    # batch 66 (a manual, a speech): 将 jiāng 'take, will' after an adverb or 请 before its
    # object; 过少 shǎo; 干 gān before a cloth or 烧; 转 zhuàn wandering for a while
    ("请将垃圾扔进垃圾桶。", "将", 0, "jiang1"),
    ("公司将于明年上市。", "将", 0, "jiang1"),
    ("三国时期名将辈出。", "将", 0, "jiang4"),
    ("人数过少，活动只好取消。", "少", 0, "shao3"),
    ("先拿干毛巾把头发擦一擦。", "干", 0, "gan1"),
    ("她在商场里转了一整天。", "转", 0, "zhuan4"),
    ("到了路口再转两个弯就到了。", "转", 0, "zhuan3"),
    # batch 67: 只 zhī with its 一 dropped after 有 before the animal (前面有只狗)
    ("树上有只鸟在唱歌。", "只", 0, "zhi1"),
    ("昨天路上看见只野猫。", "只", 0, "zhi1"),
    ("他家只有一只狗。", "只", 0, "zhi3"),
    # found by newuser5: a doubled name jieba cut in two before 睡着 (豆|豆睡着了) is not
    # V着V着; 藏 cáng before how much is kept back
    ("豆豆睡着了，妈妈轻轻关上了门。", "着", 0, "zhao2"),
    ("冬天快到了，松鼠要多藏一些松果。", "藏", 0, "cang2"),
    # batch 68: 倒 dào pouring up to a mark
    ("奶瓶上有刻度，倒到一百毫升那条线。", "倒", 0, "dao4"),
    ("他太累了，一回家就倒到沙发上睡着了。", "倒", 0, "dao3"),
    # batch 69: 一场 chǎng before an exhibition; 重 zhòng after a verb of becoming
    ("周末我们去看了一场画展。", "场", 0, "chang3"),
    ("昨晚下了一场大雪。", "场", 0, "chang2"),
    ("书包装满了书，变重了不少。", "重", 0, "zhong4"),
    ("这一段要重新写。", "重", 0, "chong2"),
    # batch 70: 倒是 dào 'for all that' after who it says so of
    ("别人都紧张得要命，她倒是很镇定。", "倒", 0, "dao4"),
    ("这倒是个好主意。", "倒", 0, "dao4"),
]

LEAD_BIKE_GARDEN_TAILOR_KINDS = [
    # the lead's bike lesson, balcony garden and tailor texts (dev set 11): 着 the durative right
    # after a one-character verb, before a noun that would make 着地 着手 (踩着地); 撒 sǎ sowing
    # what is scattered down (撒下去), a net sā; a garment's part too long (裤腿长了); 得 'it
    # takes' after 少说 and other estimates; 量 liáng after 一边
    ("她弯着腰，两手撑着地。", "着", 1, "zhe5"),
    ("他用拖把拖着地，一边哼歌。", "着", 0, "zhe5"),
    ("他拍着手笑个不停。", "着", 0, "zhe5"),
    ("运动员落下时双脚稳稳着地。", "着", 0, "zhao2"),
    ("公司已经着手调查这件事。", "着", 0, "zhuo2"),
    ("把花生撒下去，再翻炒几下。", "撒", 0, "sa3"),
    ("孩子一撒手，气球就飞走了。", "撒", 0, "sa1"),
    ("袖口长了两厘米，盖住了手背。", "长", 0, "chang2"),
    ("孩子半年长了五厘米。", "长", 0, "zhang3"),
    ("这辆车要大修，少说得两万块。", "得", 0, "dei3"),
    ("这么多书，起码得半天才搬完。", "得", 0, "dei3"),
    ("他说得很清楚。", "得", 0, "de5"),
    ("他这次至少得了第二名。", "得", 0, "de2"),
    ("护士一边量体温一边问话。", "量", 0, "liang2"),
    ("他饭量很大，一顿能吃三碗。", "量", 0, "liang4"),
    # the zongzi, soccer and dorm texts: 长 'long' after a weight before the noun (三斤长豆角);
    # the verb said again after a comma reads as its word did (剥花生，剥了); 看住 kān; the harm
    # of a fall warned of (容易摔着); 得出 before a sum 'must pay out'
    ("她去菜市场称了三斤长豆角。", "长", 0, "chang2"),
    ("这棵树今年长了不少新枝。", "长", 0, "zhang3"),
    ("我们一起剥花生，剥了一大盆。", "剥", 1, "bao1"),
    ("守门员一定要看住球。", "看", 0, "kan1"),
    ("我们去看住处吧。", "看", 0, "kan4"),
    ("地上有水，小心别摔着。", "着", 0, "zhao2"),
    ("她摔着门走了出去。", "着", 0, "zhe5"),
    ("修这台电脑，你得出一千块。", "得", 0, "dei3"),
    ("实验做完以后，我们得出了结论。", "得", 0, "de2"),
    # the funeral text: the adverb 都 after jieba's 东西/ns; 崴 'sprain' wǎi
    ("搬家以后，箱子里的东西都没打开。", "都", 0, "dou1"),
    ("东汉都洛阳。", "都", 0, "du1"),
    ("他打球时崴了脚。", "崴", 0, "wai3"),
    ("我的同学王崴住在隔壁。", "崴", 0, "wei1"),
    # the kite, school lunch and electrician texts: a tool glued to 把 after 用 (用|刀把|竹子);
    # 得 'must' be alike before 一样 and a quality; 调 'mix' done before a bowlful; 粘 zhān
    # before a direction; one's back to the wind 背着风 bèi; 盛 chéng before how much, shèng
    # after a word of degree
    ("她用剪刀把彩带剪成两段。", "把", 0, "ba3"),
    ("他用刀把敲了敲桌子。", "把", 0, "ba4"),
    ("桌子的四条腿得一样长。", "得", 0, "dei3"),
    ("妈妈调了两杯蜂蜜水。", "调", 0, "tiao2"),
    ("公司调了一批人去南方。", "调", 0, "diao4"),
    ("把邮票粘上去就行了。", "粘", 0, "zhan1"),
    ("他背着书包上学。", "背", 0, "bei1"),
    ("别盛太多，吃不完就浪费了。", "盛", 0, "cheng2"),
    ("院子里的桂花开得正盛。", "盛", 0, "sheng4"),
    # the New Year, dog training and second-hand phone texts: 数 shǔ after what was opened to
    # count (拆开一数); 得 'must be' a quality things need (电池得耐用); 查查 chá as 看看 is;
    # Taiwan's 姊姊 jiějie
    ("他把信封拆开一数，正好十张。", "数", 0, "shu3"),
    ("这个题目只差一数。", "数", 0, "shu4"),
    ("登山的鞋子，鞋底得耐磨，鞋面得结实。", "得", 1, "dei3"),
    ("这张桌子做得结实。", "得", 0, "de5"),
    ("你再查查邮箱，看看有没有回信。", "查", 0, "cha2"),
    ("我姊姊今年上大学了。", "姊", 0, "jie3"),
    # the photography club text: 背着相机 bēi (jieba's 相机/d); 得以 glued before 以 X 为准
    ("他背着相机走遍了全国。", "背", 0, "bei1"),
    ("价格以发票上的为准，两边不一样时得以发票为准。", "得", 0, "dei3"),
    ("这个愿望终于得以实现。", "得", 0, "de2"),
    # the blood donation, square dance, flower shop and beach clean-up texts: 血型 cut off the
    # verb-object word before it (验血|型); 重活 zhòng after a verb of doing; 地 after a quoted
    # sound; 待 dāi 'stayed' before 过; 卡 qiǎ 'wedged' before 着; 秤 chēng 'weigh' before an
    # aspect; 弄 nòng 'handle' after 难
    ("护士先给病人验血型，再准备输血。", "血", 0, "xue4"),
    ("护士先给病人验血型，再准备输血。", "血", 1, "xue4"),
    ("他早上空着肚子去医院验血。", "血", 0, "xie3"),
    ("他腰不好，医生不让他干重活。", "重", 0, "zhong4"),
    ("这篇文章写得不好，得重写一遍。", "重", 0, "chong2"),
    ("只听见玻璃“啪”地一声碎了。", "地", 0, "de5"),
    ("他们在“老”地方见面。", "地", 0, "di4"),
    ("她年轻时在北京待过三年。", "待", 0, "dai1"),
    ("他一向待人很好。", "待", 0, "dai4"),
    ("鞋底的纹路里卡着一颗小石子。", "卡", 0, "qia3"),
    ("我的卡放在钱包里。", "卡", 0, "ka3"),
    ("老板把鱼秤了一下，两斤半。", "秤", 0, "cheng1"),
    ("他把鱼放到秤上。", "秤", 0, "cheng4"),
    ("这个结打得太紧，真难弄。", "弄", 0, "nong4"),
    ("她外婆家在上海的一条老弄堂里。", "弄", 0, "long4"),
    # the Hakka lei cha text: 夹 jiā 'clamp' before its result; 转 zhuàn for a stretch of time
    ("她用膝盖夹住篮子，腾出手来开门。", "夹", 0, "jia1"),
    ("这件夹袄是外婆亲手缝的。", "夹", 0, "jia2"),
    ("我们在商场里转了两个小时，什么也没买。", "转", 0, "zhuan4"),
    ("他到了车站又转了一趟车。", "转", 0, "zhuan3"),
    # the ice-fishing, glove-puppet, grandmother's phone and sugar-mill texts: the AABB form of
    # a word with a light syllable (结结实实 jiē jie shí shí); 长 cháng between a measure and a
    # noun jieba tags a measure (一根长杆); 缝 féng before what comes of the sewing; 划 huá
    # 'swipe' once in a direction, or said to go fast
    ("这双鞋做得结结实实的，穿了五年也没坏。", "结", 0, "jie1"),
    ("这双鞋做得结结实实的，穿了五年也没坏。", "实", 0, "shi2"),
    ("我爸爸妈妈都是老师。", "妈", 1, "ma5"),
    ("他用一根长竿把风筝够了下来。", "长", 0, "chang2"),
    ("这棵树长得很快。", "长", 0, "zhang3"),
    ("这件旗袍是外婆一针一针缝起来的。", "缝", 0, "feng2"),
    ("墙上裂了一道缝。", "缝", 0, "feng4"),
    ("打开相册，往左一划就是下一张照片。", "划", 0, "hua2"),
    ("他在纸上划了一条线。", "划", 0, "hua4"),
    # the market day, head-lice letter, sleeper train and shrimp-fishing texts: 分上 fèn after
    # 的 'for the sake of'; the lexicon's 发根 fàgēn; 数 shǔ up to a number; the sentence-final
    # 喔 o
    ("看在你爷爷的分上，我再借你一次。", "分", 0, "fen4"),
    ("他把苹果分给了弟弟。", "分", 0, "fen1"),
    ("理发师说他的发根很健康。", "发", 1, "fa4"),
    ("我数到五，你们就一起跑。", "数", 0, "shu3"),
    ("这道题的数太大了。", "数", 0, "shu4"),
    ("明天要早点来喔！", "喔", 0, "o5"),
    # the hot-pot, breakfast-shop, mountain-school and pigeon texts: tripe 肚 dǔ in the words
    # the model overruled (毛肚); 钉 dìng before 起来; 没 mò 'come up to' a part of the body
    ("这家店的毛肚又脆又嫩。", "肚", 0, "du3"),
    ("他吃得太多，肚子疼。", "肚", 0, "du4"),
    ("爷爷把书架钉起来了。", "钉", 0, "ding4"),
    ("河水涨得很快，几乎没过了膝盖。", "没", 0, "mo4"),
    ("到了中午，人都还没到齐。", "没", 0, "mei2"),
    # the emergency-room, turtle, heating and exam-eve texts: 地 after a verb said twice with
    # 上…下; 着 zháo 'affect' a person closed by 了; 干 gān for what dries before 得, and dried
    # food (虾干); 过 guò 'pass' asked how long after a verb of knowing
    ("她为了这件事跑上跑下地忙了一个月。", "地", 0, "de5"),
    ("他一早就下地干活去了。", "地", 0, "di4"),
    ("这么冷的天，可别冻着孩子了。", "着", 0, "zhao2"),
    ("妈妈一路都背着孩子。", "着", 0, "zhe5"),
    ("屋里开着暖气，皮肤干得发痒。", "干", 0, "gan1"),
    ("这活儿他干得又快又好。", "干", 0, "gan4"),
    ("奶奶晒了一筐鱼干。", "干", 0, "gan1"),
    ("我也记不清过了几年，他才回来。", "过", 0, "guo4"),
    # the new baby brother, snorkelling, night-shift and kueh texts: 把 + a describing word +
    # 床铺 + result is making the bed (pū); 呛 qiāng 'choke' on a mouthful; a conveyor belt
    # turns zhuàn; 干 gān between a verb of wringing and the water wrung out
    ("妈妈把大床铺好，又去收拾客厅。", "铺", 0, "pu1"),
    ("他们把旧床铺卖给了邻居。", "铺", 0, "pu4"),
    ("孩子吃得太快，呛了一口饭。", "呛", 0, "qiang1"),
    ("辣椒炒得满屋子都是烟，呛得人直咳嗽。", "呛", 0, "qiang4"),
    ("机器一开，皮带就呼呼地转起来。", "转", 0, "zhuan4"),
    ("把洗好的菜沥干水，再下锅炒。", "干", 0, "gan1"),
    # the barbecue, rainy-season, loom and shared-umbrella texts: 闷 mēn 'stuffy' said with
    # another word of the air; 拧 níng 'wring' what is wet; 得 before 够; the lexicon's 背袋
    # bēi; rain pours 倒 dào; 还 huán before what is returned; 弹 tán 'spring' open; 淋着
    # zháo; 哩 in a sound word cut apart
    ("梅雨天屋里又闷又潮。", "闷", 0, "men1"),
    ("这几天他心里很闷。", "闷", 0, "men4"),
    ("洗完的床单太重，两个人一起才拧得干。", "拧", 0, "ning2"),
    ("这瓶盖太紧，我拧不开。", "拧", 0, "ning3"),
    ("今年雨下得够多，稻子长得好。", "得", 0, "de5"),
    ("他背着一个旧背袋上山。", "背", 1, "bei1"),
    ("雨像是从天上往下倒一样。", "倒", 0, "dao4"),
    ("我去图书馆还书，顺便还伞。", "还", 1, "huan2"),
    ("他还想再待一会儿。", "还", 0, "hai2"),
    ("弹簧一松，盖子就弹起来了。", "弹", 1, "tan2"),
    ("幸好带了伞，一点也没淋着。", "着", 0, "zhao2"),
    ("鞭炮劈哩啪啦响了半天。", "哩", 0, "li5"),
    # the stroke rehabilitation, ID photo, longevity noodles and braised pork texts: 劲 jìn
    # standing alone at a clause's end; 得 between a state and what it is like; 干 gān
    # describing a noun after a measure
    ("他咬着牙用了很大的劲。", "劲", 0, "jin4"),
    ("这支球队是我们的劲敌。", "劲", 0, "jing4"),
    ("他紧张得像块石头似的。", "得", 0, "de5"),
    ("包里要带一块干毛巾。", "干", 0, "gan1"),
    # the parcel, horse-riding, stray-cat and herbal-medicine texts: 只 zhī counting an animal
    # described first; 帖 tiē counting doses of medicine
    ("院子里养了十几只受伤的小鸟。", "只", 0, "zhi1"),
    ("他十几天只吃了一次肉。", "只", 0, "zhi3"),
    ("医生开了五帖药，让他回家煎。", "帖", 0, "tie1"),
    ("她写了一张请帖。", "帖", 0, "tie3"),
    # the carpenter, claw machine, piano-moving and temple-lot texts: 卷 juǎn doubled as a
    # measure; 得 děi before a one-character verb and a night; 长 zhǎng 'grow' for years after
    # a modal; the lexicon's 卡住 qiǎ; 带子 zi after an adjective jieba glued to 带; 要 'want'
    # before 求个
    ("雨后，雾气一卷一卷地从山谷里升起来。", "卷", 0, "juan3"),
    ("这部小说一共有三卷。", "卷", 0, "juan4"),
    ("这锅汤得炖一夜才入味。", "得", 0, "dei3"),
    ("他忙得一夜没合眼。", "得", 0, "de5"),
    ("这种树要长十几年才能开花。", "长", 0, "zhang3"),
    ("这条路要比那条长两公里。", "长", 0, "chang2"),
    ("抽屉卡住了，怎么也拉不开。", "卡", 0, "qia3"),
    ("他把卡插进机器里。", "卡", 0, "ka3"),
    ("她在腰上系了一条红带子。", "子", 0, "zi5"),
    ("我家的宽带每个月两百块。", "宽", 0, "kuan1"),
    ("她说考试前一定要求个好运气。", "求", 0, "qiu2"),
    ("她说考试前一定要求个好运气。", "要", 0, "yao4"),
    ("学校要求每个学生穿校服。", "要", 0, "yao1"),
    # the melon stall, pickled plums, lost child and tea-shop texts: 挑 tiāo 'sort' through
    # or out; 铺 pū before 进; 看 kān 'mind' luggage; 要|塞 'insist on stuffing'; 倒 dào
    # where a pot or a liquid was named; 调 tiáo 'mix' a drink or a flavour before 的
    ("这筐橘子得一个一个挑过，坏的都挑出来。", "挑", 0, "tiao1"),
    ("这筐橘子得一个一个挑过，坏的都挑出来。", "挑", 1, "tiao1"),
    ("他用针把手上的刺挑出来。", "挑", 0, "tiao3"),
    ("把晒干的稻草铺进鸡窝里。", "铺", 0, "pu1"),
    ("他开了一家小铺子。", "铺", 0, "pu4"),
    ("你去买票，我在这儿看行李。", "看", 0, "kan1"),
    ("海关要看一下行李。", "看", 0, "kan4"),
    ("他临走非要塞给我一包茶叶。", "塞", 0, "sai1"),
    ("这座要塞建在山顶上。", "塞", 0, "sai4"),
    ("汤锅烧开了，把面条倒下去。", "倒", 0, "dao4"),
    ("他晃了两下，就倒下去了。", "倒", 0, "dao3"),
    ("这杯是老板亲手调的鸡尾酒。", "调", 0, "tiao2"),
    ("他是上个月刚调的岗位。", "调", 0, "diao4"),
    # the village banquet, rice harvest, school-morning and fishmonger texts: 炸 zhá a food
    # named before it; 盛 chéng and 卷 juǎn before a directional complement; 撒 sǎ back to
    # where it is scattered; 当 dàng 'serve as' a thing; the back 后背 before a clause's
    # last 上; 划 huá cuts of a knife; 秤 chēng 'weigh' what it names; a fish's belly cut open
    ("虾仁先炸一下，捞出来沥油。", "炸", 0, "zha2"),
    ("工人把山上的石头炸出来。", "炸", 0, "zha4"),
    ("锅里的粥盛出来晾一晾。", "盛", 0, "cheng2"),
    ("院子里的月季开得正盛。", "盛", 0, "sheng4"),
    ("一阵大风把落叶卷进去了。", "卷", 0, "juan3"),
    ("把种子撒回地里。", "撒", 0, "sa3"),
    ("他从小就爱撒谎。", "撒", 0, "sa1"),
    ("玉米秆晒干了可以当柴火烧。", "当", 0, "dang4"),
    ("他长大以后想当厨师。", "当", 0, "dang1"),
    ("汗水顺着脖子流到后背上。", "背", 0, "bei4"),
    ("下课后背上书包就跑。", "背", 0, "bei1"),
    ("在茄子上划两刀再下锅。", "划", 0, "hua2"),
    ("老师在黑板上划了一条线。", "划", 0, "hua4"),
    ("秤肉的时候，她总要多给一点。", "秤", 0, "cheng1"),
    ("他的秤很准。", "秤", 0, "cheng4"),
    ("他把鱼肚剖开，掏出内脏。", "肚", 0, "du4"),
    ("这道红烧鱼肚很贵。", "肚", 0, "du3"),
    # the village well, dumpling shop and temple fair texts: 系 jì with 把 before 在; 铺 pū
    # after the material it is paved with; 挑 tiǎo with chopsticks or a needle; 中 zhòng after
    # 套 'ring toss'; 得 de before 人心 after a verb
    ("他把小船系在岸边的木桩上。", "系", 0, "ji4"),
    ("院子里的小路是鹅卵石铺的。", "铺", 0, "pu1"),
    ("街角新开了一家杂货铺。", "铺", 0, "pu4"),
    ("她用筷子挑了一点酱放在碗边。", "挑", 0, "tiao3"),
    ("她在菜摊上仔细地挑了两把青菜。", "挑", 0, "tiao1"),
    ("他扔了五个圈，套中了两个。", "中", 0, "zhong4"),
    ("这场比赛看得人心都揪起来了。", "得", 0, "de5"),
    ("这项政策很得人心。", "得", 0, "de2"),
    # the moving-day, chess-park and laundry texts: 还没|收好 over 没收; the manner 地 after
    # 自顾自; 得 de after 下 'play' tagged 'below'; 倒 dào into a container; a washing machine
    # spins zhuàn
    ("玩具都还没收好，就要吃饭了。", "没", 0, "mei2"),
    ("老师没收了他的手机。", "没", 0, "mo4"),
    ("他没理大家，自顾自地吃起饭来。", "地", 0, "de5"),
    ("他的围棋下得真好。", "得", 0, "de5"),
    ("他把一袋米全倒在桶里。", "倒", 0, "dao4"),
    ("一个醉汉倒在垃圾桶旁边。", "倒", 0, "dao3"),
    ("洗衣机转的时候声音很大。", "转", 0, "zhuan4"),
    # the pottery, swimming-test and last-bus texts: 卷 juǎn before 回来; 吐 tù 'vomit' all
    # over a place
    ("他把袖子又卷回来了。", "卷", 0, "juan3"),
    ("孩子晕车，在车上吐了一身。", "吐", 0, "tu4"),
    ("他吐了一口痰在地上。", "吐", 0, "tu3"),
    # the school cleaning, sugar figures, school uniform and snowman texts: 干 gān before 不了
    # after what dries; 待 dāi the longest; 长 cháng 'a bit too long' weighed up; 当 dàng a
    # part of what is made
    ("刚拖的地板一时干不了。", "干", 0, "gan1"),
    ("这么重的活儿，他一个人干不了。", "干", 0, "gan4"),
    ("厨房是妈妈每天待最久的地方。", "待", 0, "dai1"),
    ("她待人最真诚。", "待", 0, "dai4"),
    ("这件外套很暖和，只是长了一点。", "长", 0, "chang2"),
    ("孩子这个月又长了三公分。", "长", 0, "zhang3"),
    ("我们用两颗石子当眼睛，一根树枝当鼻子。", "当", 0, "dang4"),
    ("我们用两颗石子当眼睛，一根树枝当鼻子。", "当", 1, "dang4"),
    # the couplets and first-cooking texts: 磨 mó what is ground on a stone named after it;
    # 倒 dào with 把 before 下去
    ("这把刀是他自己磨的，特别快。", "磨", 0, "mo2"),
    ("这是奶奶亲手磨的豆浆。", "磨", 0, "mo4"),
    ("他把面条倒下去，用筷子拨散。", "倒", 0, "dao4"),
    # the cashier, strawberry-picking, bird-walking and computer-class texts: 数 shǔ so many
    # times; 挑 tiāo the whole one; 没多久 méi over the model; 只 zhī between a count and a
    # noun the tagger also calls a verb; 引得 yǐn de before whom it moves; Taiwan's 秤重
    # chēngzhòng; 要|点 before 得 and how it is done
    ("他把零钱数两遍才放进口袋。", "数", 0, "shu3"),
    ("这个数两遍都算错了。", "数", 0, "shu4"),
    ("买西瓜要挑整个圆滚滚的。", "挑", 0, "tiao1"),
    ("吃完饭没多久，他就睡着了。", "没", 0, "mei2"),
    ("河水几乎没过了膝盖。", "没", 0, "mo4"),
    ("笼子里养着两只画眉。", "只", 0, "zhi1"),
    ("我们两个只想早点回家。", "只", 0, "zhi3"),
    ("他一句话，引得大家哈哈大笑。", "得", 0, "de5"),
    ("这部书后面附了一部引得。", "得", 0, "de2"),
    ("水果採好以後要先秤重。", "重", 0, "zhong4"),
    ("按钮要点得轻，不然会卡住。", "得", 0, "de5"),
    ("这篇文章的要点得先记下来。", "得", 0, "dei3"),
    # the library-night and tutoring texts: 泡 pào before a count of cups; a verb said again
    # after its object before 得 (点头点得), whatever the tagger made of it alone
    ("渴了就自己泡一杯茶。", "泡", 0, "pao4"),
    ("他说话说得太快了。", "得", 0, "de5"),
    ("她点头点得比谁都快。", "得", 0, "de5"),
    # the key-cutter, spring rolls, silkworms and bamboo-dragonfly texts: 卷 juǎn before 不
    # and 紧, in 一卷就 and 往上卷; 钻 zuān before 得; 转 zhuàn spinning in flight; 着|落 after
    # a verb before 下来; 当 dàng 'serve as' a handle; 重 zhòng of the heavier side
    ("纸太硬，卷不起来。", "卷", 0, "juan3"),
    ("这种纸太脆，一卷就裂。", "卷", 0, "juan3"),
    ("把袖子往上卷起来。", "卷", 0, "juan3"),
    ("这部小说分上卷和下卷。", "卷", 0, "juan4"),
    ("洞别钻得太深。", "钻", 0, "zuan1"),
    ("风车转着飞上了天。", "转", 0, "zhuan4"),
    ("树叶打着旋，慢慢转着落下来。", "着", 1, "zhe5"),
    ("这件事一直没有着落。", "着", 0, "zhuo2"),
    ("他找了一截木头当把手。", "当", 0, "dang4"),
    ("秤杆一翘，左边重了。", "重", 0, "zhong4"),
    ("这两个字重了。", "重", 0, "chong2"),
    # the tofu-pudding and dragon-boat texts: 点 opening its clause before 得 is the verb;
    # 选上|当 'chosen to serve as' where jieba glued 上当 'be fooled'
    ("点得太多会苦。", "得", 0, "de5"),
    ("他今年被选上当班长。", "当", 0, "dang1"),
    ("他又上当了。", "当", 0, "dang4"),
    # the coal-stove text: 着 zháo before 以后 after a verb of catching fire or finding; the
    # lexicon's 烟筒 tǒng, not pypinyin's tóng
    ("火点着以后，再慢慢加柴。", "着", 0, "zhao2"),
    ("这些东西先放着，以后再说。", "着", 0, "zhe5"),
    ("屋顶上竖着一根烟筒。", "筒", 0, "tong3"),
    # the roast sweet potato and bike-repair texts: 倒 dǎo shifted back and forth; 转 zhuàn
    # turning pedals or a key a few times; 汗 hàn before 把; 白干 gàn 'work for nothing'
    ("烤饼太烫，他只好两只手来回倒着。", "倒", 0, "dao3"),
    ("他倒着走了几步。", "倒", 0, "dao4"),
    ("他转了几下钥匙，门就开了。", "转", 0, "zhuan4"),
    ("跑完步，汗把背心都湿透了。", "汗", 0, "han4"),
    ("忙了一整年，总算没有白干。", "干", 0, "gan4"),
    ("他晚饭时喝了二两白干。", "干", 0, "gan1"),
    # newuser3's Tainan walk: a fish's name takes its 鱼 back from 鱼肚 (a cut repair), and
    # the belly after it is dù
    ("早餐吃了一碗虱目鱼肚粥。", "肚", 0, "du4"),
    ("这道红烧鱼肚很贵。", "肚", 0, "du3"),
]

# Every table of sentences read by role, in both scripts: the rules' kinds as each dev set or
# text of the lead's showed them, on sentences of other texts.
BY_ROLE_ELSEWHERE = (
    DEV7_KINDS_ON_OTHER_SENTENCES
    + DEV9_KINDS_ON_OTHER_SENTENCES
    + DEV8_KINDS_ON_OTHER_SENTENCES
    + DEV12_KINDS_ON_OTHER_SENTENCES
    + DEV14_KINDS_ON_OTHER_SENTENCES
    + DEV15_KINDS_ON_OTHER_SENTENCES
    + DEV13_KINDS_ON_OTHER_SENTENCES
    + DEV16_KINDS_ON_OTHER_SENTENCES
    + DEV17_KINDS_ON_OTHER_SENTENCES
    + DEV18_KINDS_ON_OTHER_SENTENCES
    + LEAD_ZHONG_HIT_AFTER_A_VERB_OF_AIMING
    + LEAD_LAB_REPORT_KINDS
    + DEV21_KINDS_ON_OTHER_SENTENCES
    + LEAD_MOUNTAIN_HIKE_KINDS
    + DEV23_PROBE_ADJUSTING_A_SETTING
    + DEV22_PROBE_SETTING_AND_DRYING
    + DEV22_PROBE_ATTRIBUTE_AND_DIGGING
    + DEV25_RESULT_BACK_CRACK_PASSING
    + LEAD_BARBER_TYPHOON_VET_KINDS
    + LEAD_BIKE_GARDEN_TAILOR_KINDS
    + LEAD_ECLIPSE_CAT_TEA_KINDS
    + LEAD_CLASSICAL_PROSE_KINDS
)


# The same for sentences where the character comes once (text, char, expected).
ONCE_BY_ROLE = (
    CLAUSE_FINAL_HAO_AND_THE_TRADE_HANG
    + LEAD_TABLE_TENNIS_KINDS
    + LEAD_THE_AGENT_OF_BEI_GIVES_UP_ITS_VERB
    + LEAD_KINDERGARTEN_KINDS
    + LEAD_APOLOGY_LETTER_KINDS
    + LEAD_BEE_FISH_KILN_KINDS
    + LEAD_TREES_CHORES_NOODLES_KINDS
    + CPP20_VERB_AFTER_SUO
    + CPP20_READINGS_BY_ROLE
)


@pytest.mark.parametrize(("text", "char", "expected"), ONCE_BY_ROLE)
def test_reading_by_role_once(engine, text, char, expected):
    for got, script in read_in_both_scripts(engine, text, char, 0):
        assert got == expected, script


DEV29_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("这个办法你想过没有？", "过", "guo-cross-after-able"),
    ("他背着我的面偷偷拿走了书包。", "背", "beizhe-carrying-own"),
    ("她背着自己的父母偷偷报了名。", "背", "beizhe-carrying-own"),
    ("这个房间空荡荡的，什么家具也没有。", "空", "kong-vacant-room"),
    ("月光落在屋里的地板上。", "落", "la-left-at-home"),
    ("扶好了，它就不会再倒。", "倒", "dao-again-command"),
    ("这匹马跑得有多快，谁也说不清。", "得", "dei-estimate"),
    ("山上落下东西来了，快躲开！", "落", "la-left-behind-thing"),
    ("他手里拿着一本书。", "着", "zhao-a-move"),
]


DEV30_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("这次比赛我行的，你放心！", "行", "hang-our-bank"),
    ("试了这么多次，这回总行了吧。", "行", "zonghang-head-office"),
    ("我们行里程最长的那天走了三十公里。", "行", "hang-our-trade-inside"),
    ("他一步就跨过了水沟，这样也行。", "行", "hang-across-banks"),
    ("这一行不好做。", "行", "xing-ok-asked"),
    ("结果不能为负数。", "为", "wei-for-after-denied-modal"),
    ("违规带进考场的手机一律没收。", "没", "mei-not-received"),
    ("我们先数人数，再分饭。", "数", "shu-count-copied"),
    ("这个特征值的重数是三。", "数", "chongshu-count-again"),
]

DEV31_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("他就着咸菜吃了两个馒头。", "着", "zhao-catch-fire"),
    ("天黑了，灯还亮着。", "着", "zhao-catch-fire"),
    ("他脑子一下子转不过弯来。", "转", "zhuan-cannot-spin"),
    ("你们班这学期一共得多少分？", "得", "dei-cost-how-much"),
    ("他一个人能跑得多久？", "得", "dei-how-long"),
    ("他的新书赢得多人称赞。", "得", "de-much-then-more"),
    ("敌人炸毁了三座桥和两包弹药。", "炸", "zha-fry-portions"),
    ("他把秤一放，转身就走了。", "秤", "cheng-weigh-brief"),
    ("他把秤一放，转身就走了。", "秤", "cheng-weigh-brief2"),
    ("烟花在天上炸开了，闻着有点香。", "炸", "zha-fry-taste"),
    ("他们一边炸山，一边修路。", "炸", "zha-fry-while"),
]


DEV32 = [
    # 量 before a complement of how it went or where it starts (liang-measure-how)
    ("姐姐量得很仔细，一点也没错。", "量", 0, "liang2"),
    ("这段木板要从左边量起。", "量", 0, "liang2"),
    ("他的饭量大得吓人。", "量", 0, "liang4"),
    # 重 'weigh' before a numeral and a unit of weight (zhong-weighs)
    ("那只小狗重六公斤。", "重", 0, "zhong4"),
    ("每个鸡蛋大约重五十克。", "重", 0, "zhong4"),
    ("这首歌我们重唱两遍。", "重", 0, "chong2"),
    # 得 'receive as a share' after a verb of sharing or winning before how much
    ("比赛结束后，每队分得一箱水果。", "得", 0, "de2"),
    ("他在选举中获得三百多票。", "得", 0, "de2"),
    ("这几个字写得一样大。", "得", 0, "de5"),
    # 干 'drain' in one gulp (gan-drink-one-gulp)
    ("叔叔端起酒杯，一口干了。", "干", 0, "gan1"),
    ("他们一口气干到天黑。", "干", 0, "gan4"),
    # 几米 a count of metres (ji-how-many-metres)
    ("前面还有几米就到了。", "几", 0, "ji3"),
    ("这块布只剩几米了。", "几", 0, "ji3"),
    # probes of the same registers: 先干为敬 'drain first' gān (gan-drink-toast); the noun
    # 'length' after 的 closing its clause or paired with 宽 cháng (chang-length-of)
    ("今天是你的好日子，我先干为敬！", "干", 0, "gan1"),
    ("你们先干着，我去买饭。", "干", 0, "gan4"),
    ("量一下这张床的长和宽。", "长", 0, "chang2"),
    ("操场的长是一百米。", "长", 0, "chang2"),
    ("他是我们村的村长。", "长", 0, "zhang3"),
    # a morpheme run keeps jieba's own words apart (倌|倒|酒): 倒 'pour' by its rule
    ("新郎倌倒酒，新娘夹菜。", "倒", 0, "dao4"),
    # 差 'difference' after 之 (cha-difference-of); 量 while another thing goes on
    # (liang-measure-adv after 一边); 数 before a complement of how (shu-count-how)
    ("甲乙两数之差是二十。", "差", 0, "cha1"),
    ("他的成绩比去年差。", "差", 0, "cha4"),
    ("工人们一边量一边画线。", "量", 0, "liang2"),
    ("小明数得又快又对。", "数", 0, "shu3"),
    ("这个数得乘以二。", "数", 0, "shu4"),
]


DEV32_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("药的用量得听医生的。", "量", "liang-measure-how"),
    ("这重担落在他一个人肩上。", "重", "zhong-weighs"),
    ("老师把作业分得很清楚。", "得", "de-obtain-share"),
    ("他一口气干了一整天。", "干", "gan-drink-one-gulp"),
    ("我小时候最爱看几米的漫画。", "几", "ji-how-many-metres"),
    ("这件事的长远影响还要再看。", "长", "chang-length-of"),
    ("他先干为主，学为辅。", "干", "gan-drink-toast"),
    ("这次考试他差得远。", "差", "cha-difference-of"),
    ("这些数得按大小排好。", "数", "shu-count-how"),
]


LEAD_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("这件事和他没有关系。", "系", "ji-tie-ba-onto"),
    ("他用筷子挑选了最大的那块肉。", "挑", "tiao-lift-with-tool"),
    ("他把开水来回倒进两个杯子里晾凉。", "倒", "dao-shift-hands"),
    ("他转着头四处看。", "转", "zhuan-spin-flying"),
    ("这部小说分上卷和下卷。", "卷", "juan-roll-upward"),
    ("这个数两遍都算错了。", "数", "shu-count-times"),
    ("他俩只顾着说话。", "只", "zhi-measure-noun"),
    ("孩子比去年长了一点个子。", "长", "chang-a-bit-too-long"),
    ("他一个人干不了这么多。", "干", "gan-dry-cannot"),
    ("把炸弹炸出来的坑填平。", "炸", "zha-fry-food-named"),
    ("他去部队当兵。", "当", "dang-serve-as-thing"),
    ("鱼肚汤要慢慢熬。", "肚", "du-fish-belly-opened"),
    ("一杆秤挂在墙上。", "秤", "cheng-weigh-object"),
    ("我们坐在这儿看行李箱上的贴纸。", "看", "kan-mind-luggage"),
    ("要塞里住着三百个士兵。", "塞", "sai-stuff-after-want"),
    ("她拿牙签把螺肉挑出来。", "挑", "tiao-choose-through"),
    ("那张桌子他得用一整夜去修，还是算了。", "得", "dei-verb-for-a-span"),
    ("我们的寒假要比他们长一个星期。", "长", "zhang-grow-for-years"),
    ("这套书的第一卷一直没找到。", "卷", "juan-roll-measure-doubled"),
    # one's back to the light or the wind is bèi, not carrying (OpenCC's s2t writes 揹 there,
    # so the reading is checked on the rule alone)
    ("拍照的时候别背着光站。", "背", "beizhe-carrying"),
    ("我们得背着风点火。", "背", "beizhe-carrying"),
]


DEV33 = [
    # 得 before 越 'the more' or 不够 after a verb jieba takes for a noun (de-complement-the-more)
    ("啤酒冰得不够，喝着不过瘾。", "得", 0, "de5"),
    ("水果冰得越久越甜。", "得", 0, "de5"),
    ("天黑前你得越过这道山梁。", "得", 0, "dei3"),
    # modal 得 before a time adverb and its verb (dei-modal-quantity)
    ("您得每天按时吃药。", "得", 0, "dei3"),
    ("孩子得天天练琴。", "得", 0, "dei3"),
    # 觉 'a sleep' after 补个 or 眯个 (jiao-catch-up)
    ("夜班下来，他先回宿舍补个觉。", "觉", 0, "jiao4"),
    ("午饭后在沙发上眯个觉。", "觉", 0, "jiao4"),
    ("补了半天，她还是觉不出哪里不对。", "觉", 0, "jue2"),
    # 铺 'spread' before 满, also after a preposition (pu-spread-all-over)
    ("孩子们躺在铺满落叶的草坡上。", "铺", 0, "pu1"),
    ("院子里铺满了鹅卵石。", "铺", 0, "pu1"),
    # 秤 'weigh' as Taiwan writes it, after 重 or 再 (cheng-weigh-again)
    ("分量不对，拿回去重秤一次。", "秤", 0, "cheng1"),
    ("老板把篮子放上秤。", "秤", 0, "cheng4"),
    ("秤不准，你再秤一次。", "秤", 1, "cheng1"),
]
DEV34 = [
    # 得 'it takes' after the task, the time closing the clause (dei-duration-of-task)
    ("这种发型做下来得两个多小时。", "得", 0, "dei3"),
    ("这锅汤慢慢炖得三个钟头。", "得", 0, "dei3"),
    ("小狗看见主人回来了，高兴得一整天都摇着尾巴。", "得", 0, "de5"),
    ("题目做对了得五分。", "得", 0, "de2"),
    # 倒 'will not fall' after a word of certainty (dao-cannot-fall)
    ("那棵老松树根深，怎么也倒不了。", "倒", 0, "dao3"),
    ("这家老字号生意好，一定倒不了。", "倒", 0, "dao3"),
    # the sound word 劈哩啪啦 cut apart (pi-sound-word, la-sound-word)
    ("鞭炮在院子里劈哩啪啦的，吵得人睡不着。", "劈", 0, "pi1"),
    ("鞭炮在院子里劈哩啪啦的，吵得人睡不着。", "啦", 0, "la1"),
    ("门一开，大家都喊：生日快乐啦！", "啦", 0, "la5"),
    # probes of the same registers: 理发 split by its verb's complement (fa-hair-split-verb),
    # 长长 'grow long' (zhangchang-grow-long), a fallen thing moved away
    # (dao-fallen-moved-away), 钉牢 'nail fast' (the lexicon's dīng mended)
    ("理完发，他对着镜子左看右看。", "发", 0, "fa4"),
    ("他昨天刚理了发。", "发", 0, "fa4"),
    ("等头发长长了再去烫。", "长", 0, "zhang3"),
    ("等头发长长了再去烫。", "长", 1, "chang2"),
    ("小姑娘扎着两根长长的辫子。", "长", 0, "chang2"),
    ("雨停以后，工人把倒在马路上的大树锯开搬走。", "倒", 0, "dao3"),
    ("窗框得用钉子钉牢。", "钉", 1, "ding4"),
    ("木板要一块一块钉牢。", "钉", 0, "ding4"),
    # a second probe: 场 cháng before a storm (chang-rain), 长 'grow' eyes or teeth after a
    # denial (zhang-grow-body), 塞 sāi after 用 whatever jieba tagged the stuffing
    # (sai-stuff-with), 得 děi before 用 after the thing to deal with (dei-must-with), the
    # hair fà after how it is treated or lost (fa-hair-loose)
    ("那场台风刮了整整一夜。", "场", 0, "chang2"),
    ("我们看了一场球赛。", "场", 0, "chang3"),
    ("这把刀可不长眼睛，离远点。", "长", 0, "zhang3"),
    ("他还得花更长时间。", "长", 0, "chang2"),
    ("她用毛巾塞住了瓶口。", "塞", 0, "sai1"),
    ("倒下的树枝得用锯子锯开。", "得", 0, "dei3"),
    ("她累得用手撑着腰。", "得", 0, "de5"),
    ("枕头上都是掉发。", "发", 0, "fa4"),
    ("理完头，衣领里全是碎发。", "发", 0, "fa4"),
    ("他把照片发给了我。", "发", 0, "fa1"),
]
DEV34_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("他忙得三天没合眼。", "得", "dei-duration-of-task"),
    ("这道题答对得两分。", "得", "dei-duration-of-task"),
    ("瓶口太小，倒不了油。", "倒", "dao-cannot-fall"),
    ("他把杯子翻过来，也倒不了几滴。", "倒", "dao-cannot-fall"),
    ("哎呀，外面下雨啦！", "啦", "la-sound-word"),
    ("这块木头太硬，劈不开。", "劈", "pi-sound-word"),
    ("我整理了发过来的文件。", "发", "fa-hair-split-verb"),
    ("她留着长长的头发。", "长", "zhangchang-grow-long"),
    ("他把倒在杯里的茶一口喝了。", "倒", "dao-fallen-moved-away"),
    ("这条路比那条长，多走十分钟。", "长", "zhang-grow-body"),
    ("他们用了一天才走到边塞。", "塞", "sai-stuff-with"),
    ("他笑得用手捂住了嘴。", "得", "dei-must-with"),
    ("他把剪好的视频发给了我。", "发", "fa-hair-loose"),
]
DEV33_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("天黑前你得越过这道山梁。", "得", "de-complement-the-more"),
    ("补了半天，她还是觉不出哪里不对。", "觉", "jiao-catch-up"),
    ("那间杂货铺满是灰尘。", "铺", "pu-spread-all-over"),
    ("老板把篮子放上秤。", "秤", "cheng-weigh-again"),
    ("店里新添了两台计重秤。", "秤", "cheng-weigh-again"),
]


CPP24_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("大家听完都乐了。", "乐", "yue-music-review"),  # 'glad'
    ("他在柏林住了三年。", "柏", "bai-old-cypress"),  # Berlin
    ("他揣上钱就出门了。", "揣", "chuai-guess-intent"),  # 'tuck' money
    ("几匹马奔了过来。", "奔", "ben-head-for-town"),
    ("他把社区的事弄清楚了。", "弄", "long-lane-community"),
    ("你别弄社区的东西。", "弄", "long-lane-community"),
    ("孩子们弄社区的花坛。", "弄", "long-lane-community"),
    ("他擦了擦汗，接着干活。", "汗", "han-khan-after-name"),
    ("他满头是汗。", "汗", "han-khan-after-name"),
    ("跑完步出了身汗。", "汗", "han-khan-after-name"),
]


# Rules written after dev set 35's first read (a piano lesson, a building-site safety talk), on
# sentences of our own; both scripts.
DEV35 = [
    # a light suffix jieba glued into the word after goes back to its noun (曲|子弹 -> 曲子|弹)
    ("你先把这支曲子弹熟，再学新的。", "弹", 0, "tan2"),
    ("那颗珠子弹到了桌子底下。", "弹", 0, "tan2"),
    ("枪膛里还剩两颗子弹。", "弹", 0, "dan4"),
    # 弹 before 得, also after a measure word (tan-play-how)
    ("他这一首弹得很有感情。", "弹", 0, "tan2"),
    ("这一段弹得太慢了。", "弹", 0, "tan2"),
    # 走调 and 跑调 'off key' (diao-off-key)
    ("他一紧张，唱歌就跑调。", "调", 0, "diao4"),
    ("小提琴放了一冬天，有两根弦走调了。", "调", 0, "diao4"),
    ("他把小提琴的弦调了一下。", "调", 0, "tiao2"),
    # rebar is tied, zā (BOUND; za-bound-done)
    ("工人们一早就在扎钢筋。", "扎", 0, "za1"),
    ("楼板的钢筋扎好了，下午浇混凝土。", "扎", 0, "za1"),
    ("小心别让钢筋扎了脚。", "扎", 0, "zha1"),
    # 和 huó 'mix' in 和好的 + what is mixed, 现和现X, and after a paste (huo-mixed-done,
    # huo-mix-fresh, huo-dough-done)
    ("和好的面要盖上湿布醒一会儿。", "和", 0, "huo2"),
    ("砂浆和好了就得赶紧用。", "和", 0, "huo2"),
    ("这家的包子都是现和现蒸的。", "和", 0, "huo2"),
    ("他们俩和好的那天下了一场雨。", "和", 0, "he2"),
    # 干 gān after a clause that leaves a thing to dry (gan-dry-left)
    ("衣服在太阳底下晒一会儿就干了。", "干", 0, "gan1"),
    ("胶水瓶没盖好，搁了一夜就干了。", "干", 0, "gan1"),
    ("他放下书包就干了起来。", "干", 0, "gan4"),
    # kinds a probe of the same registers showed: 长音 'a long note' (chang-long-note), modal
    # 得 before a 'one by one' phrase (dei-one-by-one), 干 after a count of people
    # (gan-do-by-count)
    ("这个长音要拖满四拍。", "长", 0, "chang2"),
    ("他是我们的队长。", "长", 0, "zhang3"),
    ("碗得一个一个地摞起来。", "得", 0, "dei3"),
    ("他这次考试得了一百分。", "得", 0, "de2"),
    ("搬家的活儿得四个人干。", "干", 0, "gan4"),
    # 把 + a car + 倒 + a directional complement: 'back (it) in', dào (dao-pour-ba)
    ("你把车倒进来一点，再往左打方向盘。", "倒", 0, "dao4"),
    ("把剩下的汤倒回去。", "倒", 0, "dao4"),
    ("他把椅子碰倒了。", "倒", 0, "dao3"),
    # a metronome is set, tiáo (DEVICES); rebar tied at the end of its clause (za-bound-at-end);
    # modal 得 after a part named by its measure word (dei-separately)
    ("把节拍器调到八十再练一遍。", "调", 0, "tiao2"),
    ("楼梯的钢筋明天再扎。", "扎", 0, "za1"),
    ("小心别被钢筋扎。", "扎", 0, "zha1"),
    ("最后那一段得重新写。", "得", 0, "dei3"),
]
# Rules written after dev set 36's first read (a lost wallet at a police station, a pickup
# basketball game), on sentences of our own; both scripts.
DEV36 = [
    # modal 得 after a word of contrast (dei-but-must)
    ("房子可以看，不过得先跟房东约时间。", "得", 0, "dei3"),
    ("材料都齐了，只是得多等几天。", "得", 0, "dei3"),
    ("他没拿到冠军，不过得了个第二名。", "得", 0, "de2"),
    # 'it takes' before 过 and a span of time (dei-wait-span)
    ("新护照得过一个月才能寄到。", "得", 0, "dei3"),
    ("他年轻时得过三次奖。", "得", 0, "de2"),
    # 得 dé 'score' before points (de-score-points, de-score-points-glued)
    ("三分线外投进一球得三分。", "得", 0, "de2"),
    ("他这一场一共得了十八分。", "得", 0, "de2"),
    ("罚球只进了一个，我们又得一分。", "得", 0, "de2"),
    ("你得三分钟内回来。", "得", 0, "dei3"),
    # 一场 chǎng: the next round or one more, the match left unsaid (yichang-next-round)
    ("我们先歇一会儿，下一场换你们上。", "场", 0, "chang3"),
    ("输了不服气，他们嚷着要再来一场。", "场", 0, "chang3"),
    ("下一场雪来的时候，我们去堆雪人。", "场", 0, "chang2"),
    # 一|起来 + a verb: together, come (lai-together-come)
    ("明天你们一起来帮我搬家吧。", "来", 0, "lai2"),
    ("他一下子从椅子上站了起来。", "来", 0, "lai5"),
    # kinds a probe of the same registers showed: modal 得 right after a clause closed by 了
    # (dei-after-done); 打一场 'play a match' with the match unsaid (yichang-next-round)
    ("水管裂了得赶紧关上总阀。", "得", 0, "dei3"),
    ("他淋了雨，第二天得了重感冒。", "得", 0, "de2"),
    ("天还早，我们再打一场吧。", "场", 0, "chang3"),
    ("两国又打了一场硬仗。", "场", 0, "chang2"),
]
DEV36_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("他输了两场，不过得了第三名。", "得", "dei-but-must"),
    ("他年轻时得过两次冠军。", "得", "dei-wait-span"),
    ("这事你得三分钟内办完。", "得", "de-score-points-glued"),
    ("你得两分钟内跑完。", "得", "de-score-points"),
    ("你得十分小心。", "得", "de-score-points-glued"),
    ("下一场雨要到月底才来。", "场", "yichang-next-round"),
    ("他委屈得大哭了一场。", "场", "yichang-next-round"),
    ("听到铃声，他马上站起来。", "来", "lai-together-come"),
    ("他淋了雨，第二天得了重感冒。", "得", "dei-after-done"),
    ("两国又打了一场硬仗。", "场", "yichang-next-round"),
]
DEV35_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("队长音量开得太大了。", "长", "chang-long-note"),
    ("他这次考试得了一百分。", "得", "dei-one-by-one"),
    ("小心别被钢筋扎。", "扎", "za-bound-at-end"),
    ("他把小提琴的弦调了一下。", "调", "diao-off-key"),
    ("钢筋扎进了轮胎。", "扎", "za-bound-done"),
    ("他放下书包就干了起来。", "干", "gan-dry-left"),
    ("这条街现和以前不一样了。", "和", "huo-mix-fresh"),
    ("他们俩和好的那天下了一场雨。", "和", "huo-mixed-done"),
    ("两颗炸弹被拆除了。", "弹", "tan-play-how"),
]
DEV37 = [
    # V不中 / V得中 'can (not) guess right, hit' after a verb of aiming (zhong-hit-potential)
    ("这道题我连猜了三次都猜不中。", "中", 0, "zhong4"),
    ("离这么远，你射得中吗？", "中", 0, "zhong4"),
    # 把手 after 一起 'together' (tagged a numeral) is 把 + 手 (ba-hand-disposal)
    ("听到口令，大家一起把手放下。", "手", 0, "shou3"),
    # 系 'tie' next to a scarf (ji-tie with SCARVES, ji-tie-scarf-before)
    ("出门前他忘了系围巾。", "系", 0, "ji4"),
    ("妹妹的头巾系得歪歪的。", "系", 0, "ji4"),
    # 得 'it takes' before a verb of one character and a span of time (dei-verb-for-a-span)
    ("这套操得练一个多月。", "得", 0, "dei3"),
    ("这场表演得排两个多月。", "得", 0, "dei3"),
]
DEV37_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("他说得不中听，你别往心里去。", "中", "zhong-hit-potential"),
    ("柜门上的两个把手一起掉了。", "把", "ba-hand-disposal"),
    ("这条丝巾是外语系的同学送的。", "系", "ji-tie-scarf-before"),
    ("他高兴得跳了三下。", "得", "dei-verb-for-a-span"),
]
DEV38 = [
    # 把手 before 一 and a verb: the hand moved in one motion (ba-hand-one-move)
    ("我吓得连忙把手一缩。", "手", 0, "shou3"),
    # 唱和 glued before 声: 唱 with its object 和声 'harmony' (he-sing-harmony)
    ("比赛那天，我们班的女生唱和声。", "和", 0, "he2"),
    # 得 'must' before 再/先 and a verb, after a verb-object word (dei-must-again-first)
    ("吃完晚饭得再复习一遍。", "得", 0, "dei3"),
    ("放了学得先回家写作业。", "得", 0, "dei3"),
    # the measure said twice before 地 (the repair 一遍|遍地 -> 一|遍遍|地)
    ("他把生词一遍遍地抄在本子上。", "地", 0, "de5"),
    # from a probe of the same registers: 豆|干才 glued after a food (gan-dried-food-talent)
    ("卤了一夜的豆干才入味。", "干", 0, "gan1"),
    # a liquid right before 倒在/倒进 is poured (dao-pour-liquid-onto)
    ("锅里的热油倒在葱花上。", "倒", 0, "dao4"),
    # 切 'cut' alone closing its clause (qie-cut-at-end)
    ("面包太软了，等凉了再切。", "切", 0, "qie1"),
]
DEV38_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("门的把手一拧就掉了。", "把", "ba-hand-one-move"),
    ("两位诗人常常写诗唱和。", "和", "he-sing-harmony"),
    ("这首歌练得再熟也会紧张。", "得", "dei-must-again-first"),
    # 说得再 … 也 is a concession, not 'said it must' (dei-said-must)
    ("这件事说得再明白也没用。", "得", "dei-said-must"),
    ("公司里他算是个干才。", "干", "gan-dried-food-talent"),
    ("醉汉一头倒在路边。", "倒", "dao-pour-liquid-onto"),
    ("这事切记不要声张。", "切", "qie-cut-at-end"),
]
DEV40 = [
    # a measure said twice after 一 reads as the measure both times (DOUBLED_MEASURES), and a
    # second copy inside another word is that word's (一只|只要 'one only costs')
    ("河边的鸭子一只只跳进了水里。", "只", 1, "zhi1"),
    ("本子上写着一行行小字。", "行", 0, "hang2"),
    ("一卷卷布堆在墙角。", "卷", 0, "juan3"),
    ("一担担粮食挑进了仓库。", "担", 1, "dan4"),
    ("这种小鸡一只只要五块钱。", "只", 1, "zhi3"),
    # 长 'gain' before what experience gives (zhang-gain)
    ("摔了这么多回，他还是不长记性。", "长", 0, "zhang3"),
    ("多读书能长知识。", "长", 0, "zhang3"),
    # 地 the object of a verb that takes land (di-ground)
    ("今年雨水少，他们只好换地种玉米。", "地", 0, "di4"),
    ("他飞快地转过身。", "地", 0, "de5"),
    # 转 'spin' inside the place before it (zhuan-spin-inside); a turn inward takes 往
    ("把湿衣服扔进甩干机里转。", "转", 0, "zhuan4"),
    ("那句话一直在我脑子里转。", "转", 0, "zhuan4"),
    ("车到了小区门口往里转。", "转", 0, "zhuan3"),
    # 秤 'weigh' before what is weighed (cheng-weigh-what); the scale after 用
    ("我先秤米，再秤面。", "秤", 0, "cheng1"),
    ("外婆教我秤糖。", "秤", 0, "cheng1"),
    ("老板娘用秤称了称。", "秤", 0, "cheng4"),
    # 弹回 'spring back', a reviewed word the model no longer overrules
    ("弹簧一下子弹回去了。", "弹", 1, "tan2"),
    # a probe of the same registers: 过 'pass through' once after a word of need
    # (guo-pass-once), not the aspect after 要 'ask for'
    ("洗好的菜要过一遍水。", "过", 0, "guo4"),
    ("他跟我要过一次钱。", "过", 0, "guo5"),
    # 干 'dry' after 点/些 with 一 dropped (gan-dry-noun); work after it is done
    ("手上沾点干面粉就不粘了。", "干", 0, "gan1"),
    ("快点干活吧。", "干", 0, "gan4"),
    # what flies lands, luò, even at someone's home (la-left-at-home)
    ("那只蝴蝶落在了奶奶家的窗台上。", "落", 0, "luo4"),
    ("他的书落在同学家了。", "落", 0, "la4"),
    # 蜇 'sting' standing alone (zhe-sting); the jellyfish is the word 海蜇
    ("他戴着纱帽，不怕马蜂蜇。", "蜇", 0, "zhe1"),
    ("凉拌海蜇很爽口。", "蜇", 0, "zhe2"),
]
DEV40_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("这种小鸡一只只要五块钱。", "只", "measure-doubled"),
    ("他还得花更长时间。", "长", "zhang-gain"),
    ("他飞快地转过身。", "地", "di-ground"),
    ("车到了小区门口往里转。", "转", "zhuan-spin-inside"),
    ("老板娘用秤称了称。", "秤", "cheng-weigh-what"),
    ("他跟我要过一次钱。", "过", "guo-pass-once"),
    ("快点干活吧。", "干", "gan-dry-noun"),
    ("凉拌海蜇很爽口。", "蜇", "zhe-sting"),
]
DEV39 = [
    # 钉 'nail, drive in' before where the nail goes or holds (ding-nail-in)
    ("他拿起锤子，把钉子一下一下钉牢。", "钉", 1, "ding4"),
    ("这块木板太硬，钉子钉不进去，得一根一根慢慢钉进去。", "钉", 2, "ding4"),
    # 地 'the ground' right after a conjunction (di-ground-after-conjunction)
    ("天已经晴了，但是地还是滑的。", "地", 0, "di4"),
    # 干 'dry' naming the sorted rubbish (gan-dry-waste)
    ("喝完的奶茶杯要扔进干垃圾桶。", "干", 0, "gan1"),
    # 干 'dry' after a bare 点 or 些 'some' before its noun (gan-dry-noun)
    ("生火之前，先去林子里捡点干树叶。", "干", 0, "gan1"),
    # 干 'do' before 点 'some' and the work (gan-do-some-work)
    ("周末在家多干点家务吧。", "干", 0, "gan4"),
    # 得 between a state and what it is enough for (de-so-that-can)
    ("屋里静得能听见钟表走动的声音。", "得", 0, "de5"),
    # 着 'found' closing the clause after where, 才/终于 before (zhao-result-finally-where)
    ("钥匙丢了一上午，终于在沙发缝里找着。", "着", 0, "zhao2"),
    # 倒 'pour' before 完 (dao-pour-done)
    ("剩下的半锅粥倒完以后，锅要马上泡上水。", "倒", 0, "dao4"),
]
DEV39_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("墙上那颗钉生锈了。", "钉", "ding-nail-in"),
    ("可是她仍然耐心地一遍遍解释。", "地", "di-ground-after-conjunction"),
    ("这几天他一直在干垃圾清运的工作。", "干", "gan-dry-waste"),
    ("他倒完时差第二天就上班了。", "倒", "dao-pour-done"),
    ("你闲着也是闲着，不如帮我干点活。", "干", "gan-dry-noun"),
    ("先去买点干粮再上山。", "干", "gan-do-some-work"),
    ("你得能吃苦才行。", "得", "de-so-that-can"),
    ("挤了半天，他终于在人群里抓着妈妈的手。", "着", "zhao-result-finally-where"),
]
DEV44 = [
    # 行 háng 'shop' after the trade it deals in (hang-shop); xíng 'all right' is asked after it
    ("巷子里那家琴行已经开了三十年。", "行", 0, "hang2"),
    ("爷爷年轻时在米行当过学徒。", "行", 0, "hang2"),
    # 倒 dào 'upside down' after a verb of putting up or printing (dao-upside-down), or as the
    # state 倒过来 (dao-inverted-state); what is knocked or blown falls, dǎo
    ("墙上的地图挂倒了，快取下来重挂。", "倒", 0, "dao4"),
    ("小孩一伸手把积木推倒了。", "倒", 0, "dao3"),
    ("这张照片你得倒过来看。", "倒", 0, "dao4"),
    # 切 'cut' closing its clause after who cuts (qie-cut-at-end)
    ("生日蛋糕让寿星自己切。", "切", 0, "qie1"),
    # 还 'give back' after 来/去 closing its clause (huan-come-to-return); the adverb hái
    # goes before its verb
    ("借的书看完了，下午我去还。", "还", 0, "huan2"),
    ("他搬来还不到半年。", "还", 0, "hai2"),
    # 下回|来 'next time come' where jieba glued 回来 (lai-come-next-time)
    ("这次钱没带够，等我下回来再买。", "来", 0, "lai2"),
    # a probe of the same registers: paper sold by the roll (ROLLS), a band one ties with
    # (za-tie-with), a machine or a colour adjusted (DEVICES), the row after 第 (hang-row-ordinal),
    # what was found counted (zhao-found-count), 当…用 'use as' (dang-serve-as-use)
    ("仓库里还堆着三卷牛皮纸。", "卷", 0, "juan3"),
    ("她用橡皮筋把一沓收据扎好。", "扎", 0, "za1"),
    ("她拿缝衣针扎了一下手指。", "扎", 0, "zha1"),
    ("打印出来的字发虚，得调一下机器。", "调", 0, "tiao2"),
    ("厂里从外地调来两台机器。", "调", 0, "diao4"),
    ("合同第三行写错了一个数字。", "行", 0, "hang2"),
    ("钓了一上午，终于钓着两条鲫鱼。", "着", 0, "zhao2"),
    ("锅里才炖着两条鱼。", "着", 0, "zhe5"),
    ("这块木板可以当桌子用。", "当", 0, "dang4"),
    # a second probe: 拧 nǐng a tap or bulb off (ning-twist), money counted out to someone
    # (shu-count-out-money), a machine running (zhuan-wheel-spins), 卷得 'curls' (juan-curl-
    # complement), what was found at last named after 着 (zhao-found-count)
    ("师傅把坏灯泡拧下来，装上了新的。", "拧", 0, "ning3"),
    ("她把湿衣服拧干，晾在绳子上。", "拧", 0, "ning2"),
    ("收银员把零钱数给顾客。", "数", 0, "shu3"),
    ("这个数给我再核对一下。", "数", 0, "shu4"),
    ("车间的机器转个不停。", "转", 0, "zhuan4"),
    ("他的袖子卷得高高的。", "卷", 0, "juan3"),
    ("找了一下午，终于找着他家了。", "着", 0, "zhao2"),
    ("夜里他才借着月光找到路。", "着", 0, "zhe5"),
]
DEV44_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("这份稿子今天就送去印刷行吗？", "行", "hang-shop"),
    ("小孩一伸手把积木推倒了。", "倒", "dao-upside-down"),
    ("一阵风过，那根竹竿朝我们倒过来了。", "倒", "dao-inverted-state"),
    ("他搬来还不到半年。", "还", "huan-come-to-return"),
    ("你们去还是不去？", "还", "huan-come-to-return"),
    ("他明天下午就回来。", "来", "lai-come-next-time"),
    ("她拿缝衣针扎了一下手指。", "扎", "za-tie-with"),
    ("第二天，我们一行人去了海边。", "行", "hang-row-ordinal"),
    ("锅里才炖着两条鱼。", "着", "zhao-found-count"),
    ("他以后想当医生，用医术帮人。", "当", "dang-serve-as-use"),
    ("全班人的心要拧成一股绳。", "拧", "ning-twist"),
    ("这个数给我再核对一下。", "数", "shu-count-out-money"),
    ("夜里他才借着月光找到路。", "着", "zhao-found-count"),
]
DEV43 = [
    # 得 'must' before a doubled adverb of manner (dei-must-slowly); after a verb the doubled
    # word says how it went
    ("学书法急不来，得慢慢练。", "得", 0, "dei3"),
    ("这些瓷碗你得轻轻放。", "得", 0, "dei3"),
    ("老人走得慢慢的，一步一停。", "得", 0, "de5"),
    # 得 'must' be a bit more so, before an adjective and 一点 (dei-must-adj-bit); after a verb
    # it marks the complement
    ("前面路滑，车速得慢一点。", "得", 0, "dei3"),
    ("屋里有人睡觉，你得轻一点。", "得", 0, "dei3"),
    ("他跑得慢一点也没关系。", "得", 0, "de5"),
    # 长了 set against 短了 is 'too long' (zhang-grow-aspect gives way to chang-beside-short);
    # a tree grows by a length
    ("做衣服要量准尺寸，长了短了都不行。", "长", 0, "chang2"),
    ("这棵小树又长了一截。", "长", 0, "zhang3"),
    # the measure said twice after 一, which jieba glued into the word 圈圈 'circles'
    ("她把毛线一圈圈地缠在手上。", "圈", 1, "quan1"),
    ("小朋友在地上画圈圈。", "圈", 1, "quan5"),
    # 手刹 'handbrake' shǒushā, a word of the lexicon now; 刹那 stays chà
    ("下车前记得拉手刹。", "刹", 0, "sha1"),
    ("这位选手刹那间就冲了过去。", "刹", 0, "cha4"),
    # a probe of the same registers: 倒 'reverse' into a bay or into gear (dao-reverse-park)
    ("明天考试，今晚还得去练倒库。", "倒", 0, "dao4"),
    ("挂上倒挡以后，先看看后面有没有人。", "倒", 0, "dao4"),
    ("大风把院子里的树吹倒了。", "倒", 0, "dao3"),
    # 干 'do' it this way after a warning or a modal (gan-do-this-way); 'so dry' describes
    ("路口那么多人，你可别那样干。", "干", 0, "gan4"),
    ("这活儿就得这么干。", "干", 0, "gan4"),
    ("今年冬天怎么这么干，嘴唇都裂了。", "干", 0, "gan1"),
    # 得 'must' before an adverb of doing it early or at once (dei-in-advance)
    ("雨天路滑，过路口得提前刹车。", "得", 0, "dei3"),
    ("发现煤气泄漏，得马上开窗。", "得", 0, "dei3"),
    ("他说得马上就能修好似的。", "得", 0, "de5"),
    ("小猫吓得马上钻到床底下。", "得", 0, "de5"),
    # 调 'adjust' to a setting named after it (tiao-setting-after); a transfer takes a place
    ("把座椅的靠背调到合适的角度。", "调", 0, "tiao2"),
    ("老师傅把表带调成合适的长度。", "调", 0, "tiao2"),
    ("他去年被调到县里的分公司。", "调", 0, "diao4"),
    # a second probe: the instrument named before 调 and moved a little (tiao-adjust-device-bit)
    ("开车前先把后视镜再调一点。", "调", 0, "tiao2"),
    ("收音机的声音太小，把音量再调一些。", "调", 0, "tiao2"),
    ("这周末能不能跟你调一下班？", "调", 0, "diao4"),
]
DEV43_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("老人走得慢慢的，一步一停。", "得", "dei-must-slowly"),
    ("他把碗放得轻轻的。", "得", "dei-must-slowly"),
    ("他跑得慢一点也没关系。", "得", "dei-must-adj-bit"),
    ("这次他得了一点小奖。", "得", "dei-must-adj-bit"),
    ("做衣服要量准尺寸，长了短了都不行。", "长", "zhang-grow-aspect"),
    ("大风把院子里的树吹倒了。", "倒", "dao-reverse-park"),
    ("今年冬天怎么这么干，嘴唇都裂了。", "干", "gan-do-this-way"),
    ("别把衣服晒得这么干。", "干", "gan-do-this-way"),
    ("他说得马上就能修好似的。", "得", "dei-in-advance"),
    ("小猫吓得马上钻到床底下。", "得", "dei-in-advance"),
    ("他去年被调到县里的分公司。", "调", "tiao-setting-after"),
    ("这周末能不能跟你调一下班？", "调", "tiao-adjust-device-bit"),
]
DEV42 = [
    # 相簿 'photo album' xiàngbù, a reviewed word the model no longer overrules
    ("抽屉里有两本发黄的相簿。", "相", 0, "xiang4"),
    # 结 'bear fruit' with the fruit named after it, the plant in another clause
    # (jie-bear-fruit-named); what is settled or forms is jié
    ("葡萄架搭好第二年，就结了满满一架葡萄。", "结", 0, "jie1"),
    ("这种草开完花会结籽。", "结", 0, "jie1"),
    ("他结了账才去买西瓜。", "结", 0, "jie2"),
    # 扎 'tie' bundle by bundle (za-bundle-done); a prick goes in
    ("旧报纸要一捆一捆地扎紧。", "扎", 0, "za1"),
    ("他背着一捆柴，手被刺扎了一下。", "扎", 0, "zha1"),
    # 得 'must' before 好好 and a verb (dei-must-well); a state after 得好好 is the complement
    ("跑完步回来，我得好好洗个澡。", "得", 0, "dei3"),
    ("书架上的书摆得好好的。", "得", 0, "de5"),
    # a probe of the same registers: 沓 the measure of a pile after a numeral (da-measure),
    # tà inside its words
    ("他从包里掏出厚厚一沓钞票。", "沓", 0, "da2"),
    ("这篇文章写得有点拖沓。", "沓", 0, "ta4"),
    # 得 'must' after the span a task is set for (dei-per-span); 'obtained' takes 了
    ("送外卖的小王一天得跑四五十单。", "得", 0, "dei3"),
    ("他一年得了三次奖。", "得", 0, "de2"),
]
DEV42_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("他结了账才去买西瓜。", "结", "jie-bear-fruit-named"),
    ("一夜北风，湖面结了冰，岸边的柿子都冻了。", "结", "jie-bear-fruit-named"),
    ("他背着一捆柴，手被刺扎了一下。", "扎", "za-bundle-done"),
    ("这首歌她唱得好好听。", "得", "dei-must-well"),
    ("书架上的书摆得好好的。", "得", "dei-must-well"),
    ("这篇文章写得有点拖沓。", "沓", "da-measure"),
    ("他一年得了三次奖。", "得", "dei-per-span"),
]
DEV45 = [
    # 地 after a 'one by one' phrase of any measure but a field's (di-one-by-one-any), also
    # before a verb jieba tags a noun (码) or where it glues 地上
    ("工人把砖一摞一摞地码在墙角。", "地", 0, "de5"),
    ("书店店员把新书一套一套地上架。", "地", 0, "de5"),
    # 数 'count' after an interrogative of manner (shu-count-manner); the number goes before it
    ("这沓钞票我怎么数都少一张。", "数", 0, "shu3"),
    ("不知道这些票该怎样数才不会乱。", "数", 0, "shu3"),
    ("这个数怎么算都不对。", "数", 0, "shu4"),
    # 把 + what was left + 落下 closing the clause (la-left-behind-ba); a curtain or a sail
    # lowered on purpose is luò
    ("下车的时候，他把雨伞落下了。", "落", 0, "la4"),
    ("别把作业本落下。", "落", 0, "la4"),
    ("天黑了，妈妈把窗帘落下了。", "落", 0, "luo4"),
    ("风停了，船工把帆落下。", "落", 0, "luo4"),
    # a probe of the same registers: 背 'carry on the back' in a potential complement of where
    # the load goes (bei-carry-unable-home); a text that will not come out is recited
    ("这袋米太沉，我一个人背不回去。", "背", 0, "bei1"),
    ("柴火太多，他背不上山。", "背", 0, "bei1"),
    ("这首诗我背不出来。", "背", 0, "bei4"),
    # 得 'will cost' between a charge and a sum (dei-costs); 'gets' has a person before it
    ("寄到北京，运费得十二块。", "得", 0, "dei3"),
    ("分糖的时候，他得八块，我得五块。", "得", 0, "de2"),
    # 端|的 'carry' and the particle before when or what (duande-carried-what)
    ("汤很烫，端的时候要小心。", "的", 0, "de5"),
    # 找着 'found' at last before the thing found (zhao-found-at-last-what); a hand holds on
    ("翻了一上午，他才在床底下找着那双鞋。", "着", 0, "zhao2"),
    ("他终于在人群里抓着妈妈的手不放。", "着", 0, "zhe5"),
    # a microwave's turntable spins (zhuan-wheel-spins)
    ("这台微波炉转得很慢。", "转", 0, "zhuan4"),
    # a second probe: 数 'count' after a noun in 人 jieba split to glue 人数
    # (shu-count-after-split-noun); the head count is compared or reached
    ("那位客人数了两遍零钱。", "数", 0, "shu3"),
    ("报名的人数多了一倍。", "数", 0, "shu4"),
    # 挣|得 'earn' and the complement marker before how much (de-earns-how-much); 挣得 'win'
    # takes its object
    ("他在工地干活，一天挣得不少。", "得", 0, "de5"),
    ("他靠双手挣得一份家业。", "得", 0, "de2"),
]
DEV46 = [
    # 打 'dozen' after a numeral other than 一 and before what is counted (da-dozen); a numeral
    # before a number counts sides, dǎ
    ("他一口气买了三打铅笔。", "打", 0, "da2"),
    ("聚会上大家喝掉了半打啤酒。", "打", 0, "da2"),
    ("场上形成了两打一的局面。", "打", 0, "da3"),
    # 在外|地上 re-cut as 在|外地|上 before a noun (CutRepairs._place_before_verb): 上 is the
    # verb 'attend'; 地上 'on the ground' stays where 在 stands alone
    ("他妹妹在外地上中学。", "上", 0, "shang4"),
    ("孩子们在地上打滚。", "上", 0, "shang5"),
    # 脊 jǐ in the words whose neutral or pypinyin-only reading gave it the old jí
    ("中午炒了一盘里脊。", "脊", 0, "ji3"),
    ("房脊上站着一只猫。", "脊", 0, "ji3"),
    # a probe of the same registers: 秤 the scale after a demonstrative (cheng-weigh-what
    # leaves it), 待 'stay' before jieba's 在家 (dai-stay), 撇 'skim' before its result
    # (pie-skim), the stroke after a numeral (pie-stroke), the lips said twice
    # (pie-lips-said-twice)
    ("师傅，您那秤是不是不太准？", "秤", 0, "cheng4"),
    ("每天放学他就待在家里写作业。", "待", 0, "dai1"),
    ("他对客人待得很周到。", "待", 0, "dai4"),
    ("熬骨头汤要先把血沫撇干净。", "撇", 0, "pie1"),
    ("这个字少写了一撇。", "撇", 0, "pie3"),
    ("他留着两撇小胡子。", "撇", 0, "pie3"),
    ("她撇了撇嘴，没说话。", "撇", 0, "pie3"),
    # 得 after a verb jieba tags a bound morpheme (黏), before a degree word and a state
    # (de-complement-after-morpheme); 'must' after its doer
    ("饭粒黏得好牢，碗很难洗。", "得", 0, "de5"),
    ("我得很早就去排队。", "得", 0, "dei3"),
    # 假 'days off' after the occasion that gives them (jia-leave-kind); a false thing is jiǎ
    ("台风假一共放了两天。", "假", 0, "jia4"),
    ("这次的防疫假放得太突然了。", "假", 0, "jia4"),
    ("他的笑容看起来很假。", "假", 0, "jia3"),
]
DEV46_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("场上形成了两打一的局面。", "打", "da-dozen"),
    ("爷爷最爱讲三打白骨精。", "打", "da-dozen"),
    ("接下来两个打者都出局了。", "打", "da-dozen"),  # a numeral with its measure
    ("师傅，您那秤是不是不太准？", "秤", "cheng-weigh-what"),
    ("他对客人待得很周到。", "待", "dai-stay"),
    ("这个字少写了一撇。", "撇", "pie-skim"),
    ("熬骨头汤要先把血沫撇干净。", "撇", "pie-stroke"),
    ("他把汤上的油撇了一遍。", "撇", "pie-lips-said-twice"),
    ("我得很早就去排队。", "得", "de-complement-after-morpheme"),
]
DEV45_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("这首诗我背不出来。", "背", "bei-carry-unable-home"),
    ("分糖的时候，他得八块，我得五块。", "得", "dei-costs"),
    ("那人端的是一条好汉。", "的", "duande-carried-what"),
    ("他终于在人群里抓着妈妈的手不放。", "着", "zhao-found-at-last-what"),
    ("报名的人数多了一倍。", "数", "shu-count-after-split-noun"),
    ("看完账本，老板心里就有数了。", "数", "shu-count-after-split-noun"),
    ("他靠双手挣得一份家业。", "得", "de-earns-how-much"),
    ("一亩一亩地都种上了麦子。", "地", "di-one-by-one-any"),
    ("这个数怎么算都不对。", "数", "shu-count-manner"),
    ("天黑了，妈妈把窗帘落下了。", "落", "la-left-behind-ba"),
    ("风停了，船工把帆落下。", "落", "la-left-behind-ba"),
]
DEV47 = [
    # 和面 'kneading dough' opening its clause before a modal or 的 (huo-dough-subject); a
    # conjunction opening the clause compares
    ("和面要趁早，面醒透了才好擀。", "和", 0, "huo2"),
    ("和面的时候，水要一点点往里加。", "和", 0, "huo2"),
    ("和面比起来，我更爱吃米饭。", "和", 0, "he2"),
    # a character said over before X地 is a doubled sound, 地 its marker (the cut 当|当地 ->
    # 当当|地); after a numeral the measure keeps the word 本地
    ("铁匠抡起锤子，当当地敲打着烧红的铁块。", "地", 0, "de5"),
    ("钟楼上的大钟当当地敲了十二下。", "地", 0, "de5"),
    ("这是一本本地出版的杂志。", "地", 0, "di4"),
    # 着 the harm of a verb that cuts, warned of (zhaoshou-harm-hand with CUTS,
    # zhao-cut-harm-warned); cutting that goes on has what is cut after it
    ("切菜的时候留神，别切着手。", "着", 0, "zhao2"),
    ("剪刀很利，小心别剪着手指。", "着", 0, "zhao2"),
    ("她小心地切着土豆丝。", "着", 0, "zhe5"),
    # 着 'get a share' closed by 了 at the clause's end (zhao-got-share); eating goes on
    ("那盘饺子里包了一颗糖，你吃着了吗？", "着", 0, "zhao2"),
    ("大家吃着喝着，一直聊到半夜。", "着", 0, "zhe5"),
    # 数 'count' before a directional complement (shu-count-directional); the number after a
    # demonstrative comes out as a noun
    ("奶奶把存的零钱倒出来，数来数去还是差十块。", "数", 0, "shu3"),
    ("奶奶把存的零钱倒出来，数来数去还是差十块。", "数", 1, "shu3"),
    ("这个数出来以后，大家都愣住了。", "数", 0, "shu4"),
    # 过 'past' one's stop after riding or sleeping (guo-ride-past-stop); the aspect counts rides
    ("昨晚加班太累，我在公交车上睡过站了。", "过", 0, "guo4"),
    ("一路看手机，他又坐过了站。", "过", 0, "guo4"),
    ("这趟夜车我以前坐过两次。", "过", 0, "guo5"),
    # a probe of the same registers: 数数 'count a little' asked of someone
    # (shu-shushu-redup-asked), learnt as 'counting' after 会/学; 和 'knead' before the
    # texture it came out (huo-kneaded-texture), a conjunction before a noun
    ("你数数，锅里还剩几个饺子？", "数", 1, "shu5"),
    ("钱我放在信封里了，你再数数。", "数", 1, "shu5"),
    ("我家小侄子两岁就会数数了。", "数", 1, "shu4"),
    ("幼儿园老师耐心地教他们数数。", "数", 1, "shu4"),
    ("面和软了不好擀，和硬了又不好捏。", "和", 0, "huo2"),
    ("面和软了不好擀，和硬了又不好捏。", "和", 1, "huo2"),
    ("馒头和软饼都卖完了。", "和", 0, "he2"),
    # 得手 after a verb of one character: the complement marker and the hand worn out
    # (de-hands-ache); 'succeed' follows who tried or a denial
    ("他在案板上剁排骨，剁得手都麻了。", "得", 0, "de5"),
    ("小偷得手以后马上跑了。", "得", 0, "de2"),
    ("这次偷袭没有得手。", "得", 0, "de2"),
    # 得到 'must be at' a place after 就/都 (dei-must-be-at); 'obtain' a place's approval
    ("重考班的学生每天早上七点就得到教室。", "得", 0, "dei3"),
    ("明天一早大家都得到公司集合。", "得", 0, "dei3"),
    ("他的方案很快就得到公司批准了。", "得", 0, "de2"),
    # the second verb of V一V reads as a rule read the first (the tentative repeat)
    ("面团擀开以前，案板上要撒一撒干面粉。", "撒", 1, "sa3"),
    # 干 'dry' right after a verb of scattering or spreading (gan-dry-scattered); work is done
    ("面团擀开以前，案板上要撒一撒干面粉。", "干", 0, "gan1"),
    ("鸡窝里铺上干稻草，小鸡就不冷了。", "干", 0, "gan1"),
    ("吃完饭，他又去干活了。", "干", 0, "gan4"),
]
DEV47_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("我家小侄子两岁就会数数了。", "数", "shu-shushu-redup-asked"),
    ("幼儿园老师耐心地教他们数数。", "数", "shu-shushu-redup-asked"),
    ("馒头和软饼都卖完了。", "和", "huo-kneaded-texture"),
    ("小偷得手以后马上跑了。", "得", "de-hands-ache"),
    ("他的方案很快就得到公司批准了。", "得", "dei-must-be-at"),
    ("他撒完种子就去干农活了。", "干", "gan-dry-scattered"),
    ("和面比起来，我更爱吃米饭。", "和", "huo-dough-subject"),
    ("她小心地切着土豆丝。", "着", "zhao-cut-harm-warned"),
    ("大家吃着喝着，一直聊到半夜。", "着", "zhao-got-share"),
    ("这个数出来以后，大家都愣住了。", "数", "shu-count-directional"),
    ("这趟夜车我以前坐过两次。", "过", "guo-ride-past-stop"),
    ("这趟车我坐过了，到站再说。", "过", "guo-ride-past-stop"),
]
DEV48 = [
    # 倒 'rotate' before the shift one works (dao-shift-work); tea is poured
    ("下个月他们车间要倒夜班。", "倒", 0, "dao3"),
    ("护士们这周倒白班，下周倒大夜班。", "倒", 1, "dao3"),
    ("他给上夜班的工友倒了一杯热茶。", "倒", 0, "dao4"),
    # 背上包 'put the bag on one's back' (bei-carry-bag); the back has a bandage wrapped on it
    ("吃完早饭，她背上包就去赶公交了。", "背", 0, "bei1"),
    ("他受了伤，背上包着厚厚的纱布。", "背", 0, "bei4"),
    # 得 'must' before the verb of a verb-object word said again (dei-verb-object-again);
    # after the verb said again it is the complement marker
    ("医生说吃药得吃满七天。", "得", 0, "dei3"),
    ("这种病打针得打一个疗程。", "得", 0, "dei3"),
    ("他吃药吃得直皱眉头。", "得", 0, "de5"),
    # 得 'must' before 接着 'go on' (dei-modal)
    ("这件事做完了，咱们还得接着开会。", "得", 0, "dei3"),
    # 划 huá with the marks a scratch leaves (hua-scratch-row); a line is drawn, huà
    ("小狗的爪子在门上划了好几道印子。", "划", 0, "hua2"),
    ("老师在黑板上划了一道线。", "划", 0, "hua4"),
    # 转 'spin' said to go fast or slow (zhuan-spin-speed); a body turns, zhuǎn
    ("她踮起脚尖，在冰上转得越来越快。", "转", 0, "zhuan4"),
    ("他身子转得太快，差点扭了腰。", "转", 0, "zhuan3"),
    # 卷 'roll, reel' toward where it goes (juan-roll-direction) or before 得手 worn out
    # (juan-curl-complement); a volume is numbered
    ("他把钓线慢慢往回卷。", "卷", 0, "juan3"),
    ("她把凉席卷起来，卷得手都酸了。", "卷", 1, "juan3"),
    ("他往回翻到第三卷。", "卷", 0, "juan4"),
    # a probe of the same registers: V着V着 said twice is the durative zhe
    # (zhe-durative-doubled, -second), 'fall asleep' said once is zháo
    ("她在车上睡着睡着就靠到了我肩上。", "着", 0, "zhe5"),
    ("她在车上睡着睡着就靠到了我肩上。", "着", 1, "zhe5"),
    ("她在车上很快就睡着了。", "着", 0, "zhao2"),
    # a sleep counted before 醒, where jieba glues 觉醒 (jiao-counted-woke); an awakening
    ("他一觉醒来，天已经大亮了。", "觉", 0, "jiao4"),
    ("那本小说写的是一个女人的觉醒。", "觉", 0, "jue2"),
    # 得 'must' before 提前 and how long before (dei-in-advance)
    ("请假得提前三天跟组长说。", "得", 0, "dei3"),
    ("买卧铺票得提前半个月。", "得", 0, "dei3"),
    # 长 'long' as what a verb of letting out or leaving made of it (chang-made-longer);
    # a child grows, zhǎng
    ("他把风筝线又放长了一些。", "长", 0, "chang2"),
    ("她说今年想把头发留长。", "长", 0, "chang2"),
    ("这孩子个子又长了一点。", "长", 0, "zhang3"),
    # a second probe: 把包背好 'carry', 包 tagged a verb (bei-carry-ba); the back of a spoon
    ("出门前，他把包背好，又检查了一遍钥匙。", "背", 0, "bei1"),
    ("用勺背轻轻推动。", "背", 0, "bei4"),
    # 卷 'reel' before where the rolled thing goes (juan-roll-back-onto); a volume counted
    ("收工的时候，他把水管一圈圈卷回架子上。", "卷", 0, "juan3"),
    ("这本小说的第一卷到现在还没出版。", "卷", 0, "juan4"),
    # 勒 lēi 'cut into' (lei-bind-tight); 勒住 lè 'rein in' a horse (le-rein-in)
    ("背包带把肩膀勒出了两道红印子。", "勒", 0, "lei1"),
    ("背包带勒得肩膀生疼。", "勒", 0, "lei1"),
    ("他猛地勒住缰绳，马停了下来。", "勒", 0, "le4"),
    # a third probe: 干了 and how long one worked is gàn (gan-dry's not_after2); 擦干了 dries
    ("车间里的老张干了二十年，什么机器都会修。", "干", 0, "gan4"),
    ("他把桌子擦干了。", "干", 0, "gan1"),
    # 零件 and 零部件, numeral-measure words to jieba, are nouns: a subject before modal 得
    ("这些零件得在天亮以前装完。", "得", 0, "dei3"),
    ("这批零部件得重新检验一遍。", "得", 0, "dei3"),
]
DEV48_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("这本小说的第一卷到现在还没出版。", "卷", "juan-roll-back-onto"),
    ("他猛地勒住缰绳，马停了下来。", "勒", "lei-bind-tight"),
    ("绳子勒住了他的脖子。", "勒", "le-rein-in"),
    ("车间里的老张干了二十年，什么机器都会修。", "干", "gan-dry"),
    ("她在车上很快就睡着了。", "着", "zhe-durative-doubled"),
    ("她在车上很快就睡着了。", "着", "zhe-durative-doubled-second"),
    ("那本小说写的是一个女人的觉醒。", "觉", "jiao-counted-woke"),
    ("这孩子个子又长了一点。", "长", "chang-made-longer"),
    ("他给上夜班的工友倒了一杯热茶。", "倒", "dao-shift-work"),
    ("他受了伤，背上包着厚厚的纱布。", "背", "bei-carry-bag"),
    ("他吃药吃得直皱眉头。", "得", "dei-verb-object-again"),
    ("老师在黑板上划了一道线。", "划", "hua-scratch-row"),
    ("他身子转得太快，差点扭了腰。", "转", "zhuan-spin-speed"),
    ("他往回翻到第三卷。", "卷", "juan-roll-direction"),
]
DEV49 = [
    # 得 'must' before 先/再 and a preposition opening the verb's phrase (dei-must-again-first);
    # a complement 先X后Y describes how it was done
    ("墙上有个洞，得先用石膏填平。", "得", 0, "dei3"),
    ("吃饭前得先把手洗干净。", "得", 0, "dei3"),
    ("这首曲子她弹得先慢后快。", "得", 0, "de5"),
    # 得 'must' before 等 'wait' (dei-must-wait); the complement before 等不及
    ("这批货得等下个月才能到。", "得", 0, "dei3"),
    ("她高兴得等不及要告诉大家。", "得", 0, "de5"),
    # 得 'will cost' before 花 and a sum (dei-costs-to-do); a faded shirt has no sum
    ("这台旧电脑修一修得花三百块。", "得", 0, "dei3"),
    ("这件衬衫洗得花了，颜色都掉了。", "得", 0, "de5"),
    # 重 'heavy' in 又重又X (zhong-heavy-pair) and after 记, the measure of blows
    # (zhong-heavy-blow); chóng 'again' before its verb
    ("这床棉被又重又厚。", "重", 0, "zhong4"),
    ("他跳起来就是一记重扣。", "重", 0, "zhong4"),
    ("他又重写了一遍。", "重", 0, "chong2"),
    ("账要记清楚，别重记了。", "重", 0, "chong2"),
    # 和 huó 'mix' cement or putty opening its clause (huo-dough-subject with MIXES' putty),
    # before a likeness of how it came out (huo-knead); a conjunction compares
    ("和水泥要按比例加水。", "和", 0, "huo2"),
    ("泥和得像稠粥一样就能用了。", "和", 0, "huo2"),
    ("腻子和好了要赶紧用。", "和", 0, "huo2"),
    ("和腻子比起来，刷漆要轻松得多。", "和", 0, "he2"),
    # 冲着 'towards' a thing (chong-towards-thing); waves dash against rocks
    ("小狗冲着门口汪汪叫。", "冲", 0, "chong4"),
    ("他站在窗前，冲着院子喊了一声。", "冲", 0, "chong4"),
    ("海浪一下一下地冲着礁石。", "冲", 0, "chong1"),
    # 干 'do it' oneself closing the clause (gan-do-oneself); a wall left to dry by itself
    ("装修队要价太高，咱们自己干吧。", "干", 0, "gan4"),
    ("墙别用电扇吹，让它自己干。", "干", 0, "gan1"),
    # 下一场 'the next match' before a modal (yichang-next-round); the next rain is cháng
    ("这一场赢了，下一场要怎么踢还得商量。", "场", 1, "chang3"),
    ("天气预报说，下一场雨要到月底才来。", "场", 0, "chang2"),
    # 调 tiáo tried again and again until it is right (tiao-until-right); a post is diào
    ("这杯奶茶的甜度，他调了好几次才满意。", "调", 0, "tiao2"),
    ("这几年他被调了好几次岗位。", "调", 0, "diao4"),
    # a probe of the same registers: 着地 'touch the ground' before a time clause
    # (zhao-touch); the durative after a verb. 干 'get dry' before 得 and how fast, what dries
    # cut apart by jieba (gan-dry-how-fast); a worker's work
    ("摔倒的时候，他的手肘先着地的。", "着", 0, "zhao2"),
    ("飞机着地以后，大家都鼓起掌来。", "着", 0, "zhao2"),
    ("他踩着地的时候很小心。", "着", 0, "zhe5"),
    ("风扇开着，墙面干得很快。", "干", 0, "gan1"),
    ("工人刷墙的时候干得很快。", "干", 0, "gan4"),
]
DEV51 = [
    # 便当 'lunch box' (jieba: an adjective, 'handy'), 点心 and 熟食 (jieba: verbs) are nouns, so
    # the verb before them counts them; the number of them is still the noun shù
    ("午饭前，他站在门口数便当，一共三十份。", "数", 0, "shu3"),
    ("奶奶让我先数点心，再一盒一盒装好。", "数", 0, "shu3"),
    ("今天便当的数不对，少了两份。", "数", 0, "shu4"),
]
DEV49_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("这首曲子她弹得先慢后快。", "得", "dei-must-again-first"),
    ("她高兴得等不及要告诉大家。", "得", "dei-must-wait"),
    ("这件衬衫洗得花了，颜色都掉了。", "得", "dei-costs-to-do"),
    ("他又重写了一遍。", "重", "zhong-heavy-pair"),
    ("账要记清楚，别重记了。", "重", "zhong-heavy-blow"),
    ("和腻子比起来，刷漆要轻松得多。", "和", "huo-dough-subject"),
    ("我和得奖的同学合了影。", "和", "huo-knead"),
    ("海浪一下一下地冲着礁石。", "冲", "chong-towards-thing"),
    ("墙别用电扇吹，让它自己干。", "干", "gan-do-oneself"),
    ("天气预报说，下一场雨要到月底才来。", "场", "yichang-next-round"),
    ("这几年他被调了好几次岗位。", "调", "tiao-until-right"),
    ("他踩着地的时候很小心。", "着", "zhao-touch"),
    ("工人刷墙的时候干得很快。", "干", "gan-dry-how-fast"),
]
DEV50 = [
    # 盛 chéng 'hold' before 着 and what or how much is held (cheng-holding); shèng after a
    # word of degree
    ("瓶子里盛着一些清水。", "盛", 0, "cheng2"),
    ("桌上的碗里盛着半碗米饭。", "盛", 0, "cheng2"),
    ("今年的荷花开得很盛。", "盛", 0, "sheng4"),
    # 划 huá 'strike' a match named before it (hua-strike-match), and its 着 zháo 'catch fire'
    # (zhao-struck-alight); a line drawn is huà, a match played with goes on, zhe
    ("潮湿的火柴划了好几次也没亮。", "划", 0, "hua2"),
    ("他的火柴划着了，赶紧用手护住火苗。", "着", 0, "zhao2"),
    ("火柴用完了，他在本子上划了一条线记下来。", "划", 0, "hua4"),
    ("小孩拿着火柴在桌上划着玩。", "着", 1, "zhe5"),
    # 倒 dào 'pour' back into a bottle (dao-pour-into-container's 倒回); falling back onto a bed
    ("剩下的酱油倒回瓶子里。", "倒", 0, "dao4"),
    ("他累得倒回床上就睡着了。", "倒", 0, "dao3"),
    # 还 huán 'give back' what was borrowed before it in the clause (huan-borrowed-return);
    # the adverb before a negation
    ("从图书馆借来的书明天得还回去。", "还", 0, "huan2"),
    ("借来的雨伞明天要还回去。", "还", 0, "huan2"),
    ("我借给他的书，他还没还回来。", "还", 0, "hai2"),
]
DEV52 = [
    # 得 'it costs, it takes' after a verb of asking or knowing, before 多少 and a sum
    # (dei-cost-asked); how often one asked is the complement
    ("我想先问问得多少钱再说。", "得", 0, "dei3"),
    ("这台空调修一修，不知道得多少钱。", "得", 0, "dei3"),
    # a garment 'longer by' a length named after 长出 or 长了 (chang-garment-longer-by)
    ("她的袖子改完还是长出一点。", "长", 0, "chang2"),
    ("他个子又长了一大截，去年的裤子都短了。", "长", 0, "zhang3"),
    # the needle poking 挑 tiǎo is seen past a 'one by one' phrase (the near windows count it
    # as one adverbial); sorting through is still tiāo
    ("他用牙签把核一颗一颗地挑出来。", "挑", 0, "tiao3"),
    ("他把烂了的一颗一颗地挑出来。", "挑", 0, "tiao1"),
    # 干 'work' for a while before the rest or sweat it ends in (gan-do-a-while)
    ("天太热，干一会儿就满身是汗。", "干", 0, "gan4"),
    ("这件衣服晾在外面，干一会儿就能收了。", "干", 0, "gan1"),
    # 还 'give back' after 来/去 before what was borrowed (huan-come-to-return-borrowed)
    ("下午他去还上周借的自行车。", "还", 0, "huan2"),
    ("他来还不到一个月，就借了三次钱。", "还", 0, "hai2"),
    # a probe of the same register: 缝 féng closing its clause after 再/先 (feng-sew-then), the
    # gap fèng that is still there (还有缝); 卷 juǎn counting a tape measure; 钉 dìng before
    # 一下; 挑 tiǎo the thread ends (tiao-poke-thread-ends, tiao-poke-out); 量 liáng before a
    # count of what it measures, liàng 'amount' after 的 or a demonstrative
    ("这两片布要对齐了再缝。", "缝", 0, "feng2"),
    ("门关不严，底下还有缝。", "缝", 0, "feng4"),
    ("她买了一卷皮尺。", "卷", 0, "juan3"),
    ("扣子松了，我帮你钉一下。", "钉", 0, "ding4"),
    ("墙上钉着一排钉子，挂满了衣架。", "钉", 1, "ding1"),
    ("线头挑出来就干净了。", "挑", 0, "tiao3"),
    ("她坐在灯下挑线头。", "挑", 0, "tiao3"),
    ("她挑了一块深蓝色的布料。", "挑", 0, "tiao1"),
    ("做一套西装得量十几个尺寸。", "量", 0, "liang2"),
    ("布料的量不够，只能做短袖。", "量", 0, "liang4"),
    ("这个量三天都吃不完。", "量", 0, "liang4"),
    # a second probe: 得 'must' opening its clause or after its subject before a vivid
    # description (dei-must-vivid); 干 'work' hurried (gan-do-hurry); 卷 juǎn before turns
    ("交出去的衣服得平平整整。", "得", 0, "dei3"),
    ("她把床单叠得整整齐齐。", "得", 0, "de5"),
    ("订单压了一堆，大家只好赶紧干。", "干", 0, "gan4"),
    ("挂在阳台上的被单很快就干。", "干", 0, "gan1"),
    ("裤腿太长，卷几道再穿。", "卷", 0, "juan3"),
    ("这本书的第二卷我还没看。", "卷", 0, "juan4"),
]
DEV52_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("这种事问得多了，他也就不耐烦了。", "得", "dei-cost-asked"),
    ("他个子又长了一大截，去年的裤子都短了。", "长", "chang-garment-longer-by"),
    ("这件衣服晾在外面，干一会儿就能收了。", "干", "gan-do-a-while"),
    ("他来还不到一个月，就借了三次钱。", "还", "huan-come-to-return-borrowed"),
    ("门关不严，底下还有缝。", "缝", "feng-sew-then"),
    ("她在布店里挑了一块花布。", "挑", "tiao-poke-thread-ends"),
    ("锅里剩下的量两个人吃正好。", "量", "liang-measure-how-many"),
    ("撒上一层盐，码得严严实实的。", "得", "dei-must-vivid"),
    ("她把床单叠得整整齐齐。", "得", "dei-must-vivid"),
    ("这本书的第二卷我还没看。", "卷", "juan-roll-turns"),
]
DEV50_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("今年的荷花开得很盛。", "盛", "cheng-holding"),
    ("火柴用完了，他在本子上划了一条线记下来。", "划", "hua-strike-match"),
    ("小孩拿火柴在桌上划着玩。", "着", "zhao-struck-alight"),
    ("他累得倒回床上就睡着了。", "倒", "dao-pour-into-container"),
    ("我借给他的书，他还没还回来。", "还", "huan-borrowed-return"),
]
DEV53 = [
    # 倒 dào 'pour' before a liquid named for its use or what it is made of, one word or cut
    # from its use (dao-pour-liquid-product, dao-pour-liquid-of-use); a commodity traded is dǎo
    ("拖地前先倒消毒液，再兑一桶清水。", "倒", 0, "dao4"),
    ("水桶里再倒杀虫剂就行了。", "倒", 0, "dao4"),
    ("锅热了以后，倒橄榄油，再放蒜。", "倒", 0, "dao4"),
    ("那年头他靠倒石油发了家。", "倒", 0, "dao3"),
    # a probe of the same register: 背着 bēi before 这/那 and the measure of a load or an
    # animal, cut apart (beizhe-carrying-this-load); people counted are who it is hidden from
    # (LEFT_ALONE: OpenCC's s2t writes every 背着 揹着, so the Traditional copy cannot show it)
    ("爸爸背着那袋大米爬上了五楼。", "背", 0, "bei1"),
    ("她背着这只小猫去打针。", "背", 0, "bei1"),
    # 看 kān 'watch over' as a task handed over by 让/叫 (kan-mind-keep-told) or with 着 after
    # one's duty or turn (kan-mind-charged); a person thought promising, a screen looked at
    ("奶奶去买菜，让我看好妹妹。", "看", 0, "kan1"),
    ("值夜班的时候，我负责看着这些刚生下来的小狗。", "看", 0, "kan1"),
    ("这场比赛以后，球迷都更看好他们了。", "看", 0, "kan4"),
    ("保安负责看着监控画面。", "看", 0, "kan4"),
    # 铺 pū after 多/少 before how much is laid (pu-spread-more); 长 zhǎng before the
    # direction it grows back (zhang-grow-back)
    ("床板太硬，给他多铺两条褥子。", "铺", 0, "pu1"),
    ("剃掉的胡子没几天就长回来了。", "长", 0, "zhang3"),
    ("这段山路太长，回来的时候腿都软了。", "长", 0, "chang2"),
    # 过得 'get along' before the question or judgement glued after it (guode-living)
    ("小狗在新家过得好不好，我们每个月都会问。", "得", 0, "de5"),
    ("奶奶一个人住，过得挺好。", "得", 0, "de5"),
    # 一量 'as soon as measured' before what it showed or its object (liang-once-measured)
    ("医生给孩子一量体温，发现烧还没退。", "量", 0, "liang2"),
    ("小猫放到秤上一量，才两斤重。", "量", 0, "liang2"),
    # 处 chǔ 'get along' with an adverb after its partner (chu-get-along), after the pair
    # (chu-get-along-pair) and in 处得来/处不来 (chu-get-along-potential); places counted
    ("搬来以后，我们跟邻居也处得很好。", "处", 0, "chu3"),
    ("他们夫妻处得像朋友一样。", "处", 0, "chu3"),
    ("两只猫放在一起，不知道处得来处不来。", "处", 0, "chu3"),
    ("墙上有两处得重新刷漆。", "处", 0, "chu4"),
    # 得 děi before the verb 点 and its object, which jieba takes for 'a little'
    # (dei-must-dot); 'get a little' takes what is got
    ("猫的眼睛红了，得点眼药水。", "得", 0, "dei3"),
    ("停电了，我们得点蜡烛。", "得", 0, "dei3"),
    ("这次帮忙，他多少得点好处。", "得", 0, "de2"),
    # 帮/替 someone 看着 a child or an animal in one's charge (kan-mind-durative)
    ("你先去挂号，我帮你看着孩子。", "看", 0, "kan1"),
    ("姐姐替我看着小狗，我去倒垃圾。", "看", 0, "kan1"),
]
DEV53_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("那年头他靠倒石油发了家。", "倒", "dao-pour-liquid-product"),
    ("他往沙发上一倒，洗发水还拿在手里。", "倒", "dao-pour-liquid-product"),
    ("大风一吹，门口的牌子倒了，清洁工扶了起来。", "倒", "dao-pour-liquid-of-use"),
    ("她背着那些大人偷偷养了一只猫。", "背", "beizhe-carrying-this-load"),
    ("这场比赛以后，球迷都更看好他们了。", "看", "kan-mind-keep-told"),
    ("保安负责看着监控画面。", "看", "kan-mind-charged"),
    ("他家楼下开了一间卖烟酒的小铺。", "铺", "pu-spread-more"),
    ("这段山路太长，回来的时候腿都软了。", "长", "zhang-grow-back"),
    ("这么窄的门，车子过得去吗？", "得", "guode-living"),
    ("这孩子饭量大，一顿的量顶我两顿。", "量", "liang-once-measured"),
    ("墙上有两处得重新刷漆。", "处", "chu-get-along-pair"),
    ("这一处得来回检查三遍。", "处", "chu-get-along-potential"),
    ("这次帮忙，他多少得点好处。", "得", "dei-must-dot"),
    ("他替我看着说明书，一步一步地装。", "看", "kan-mind-durative"),
]
DEV41 = [
    # 得 'must' after 是不是 or 是否 before its verb (dei-whether-must); dé 'get' takes 了
    ("雨越下越大，你看是不是得叫辆出租车？", "得", 0, "dei3"),
    ("明天去办证，是否得带户口本？", "得", 0, "dei3"),
    ("他咳了一夜，是不是得了流感？", "得", 0, "de2"),
    # 削平 'pare flat' closing its clause (xiao-shave-flat); xuē píng 'put down' takes its object
    ("他用刨子把门框的毛边削平。", "削", 0, "xiao1"),
    ("桌腿长短不齐，先削平了再装。", "削", 0, "xiao1"),
    ("大军南下，很快就削平了叛乱。", "削", 0, "xue1"),
    # 劈成 the strips a blade splits wood into (pi-cleave); strands are shared out, pǐ
    ("爷爷把一根毛竹劈成细条。", "劈", 0, "pi1"),
    ("把毛线劈成细细的两股。", "劈", 0, "pi3"),
    # 扎出 'tie into being' a frame (za-bound-how); a prick draws blood
    ("没几分钟就扎出了一只风筝的骨架。", "扎", 0, "za1"),
    ("针头扎出血来了。", "扎", 0, "zha1"),
    # 干 'dry' with an adverb after what dries (gan-dry-what-dries-adverb); work is done
    ("太阳一晒，院子里的床单很快都干了。", "干", 0, "gan1"),
    ("墙上的油漆已经干了。", "干", 0, "gan1"),
    ("地里的这些活儿，他们早就干了。", "干", 0, "gan4"),
    # a probe of the same registers: 才干 closing a clause of drying (gan-dry-at-last), a reel
    # spins (zhuan-wheel-spins), paste is what dries (DRIES)
    ("这双鞋在阳台上晒了整整两天才干。", "干", 0, "gan1"),
    ("这次比赛让他充分展示了才干。", "干", 0, "gan4"),
    ("放风筝的时候，手里的线轴转个不停。", "转", 0, "zhuan4"),
    ("糨糊干了以后，纸绷得很平。", "干", 0, "gan1"),
]
DEV41_RULES_LEAVE_OTHER_ROLES_ALONE = [
    ("这次比赛让他充分展示了才干。", "干", "gan-dry-at-last"),
    ("他咳了一夜，是不是得了流感？", "得", "dei-whether-must"),
    ("大军南下，很快就削平了叛乱。", "削", "xiao-shave-flat"),
    ("把毛线劈成细细的两股。", "劈", "pi-cleave"),
    ("针头扎出血来了。", "扎", "za-bound-how"),
    ("地里的这些活儿，他们早就干了。", "干", "gan-dry-what-dries-adverb"),
]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("这支曲子弹得真好。", ["曲子", "弹"]),  # the light suffix goes back to its noun
        ("一颗子弹打中了靶心。", ["子弹"]),  # no noun of a light suffix before: stays whole
        ("他拿来一根宽带子。", ["宽", "带子"]),  # an adjective gives 带 back to 带子
        ("我家的宽带很快。", ["宽带"]),  # no suffix after: broadband stays whole
        ("按钮要点得轻。", ["要", "点", "得"]),  # a modal gives the verb back to 得
        ("文章的要点得先记下来。", ["要点", "得"]),  # 得 děi before a verb: the noun stays
    ],
)
def test_dev35_segmentation_repairs(engine, text, words):
    _, cut = engine.words(text)
    got = [w.text for w in cut]
    assert got[got.index(words[0]) : got.index(words[0]) + len(words)] == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("他把生词一遍遍地抄在本子上。", ["一", "遍遍", "地"]),  # the measure said twice
        ("秋天到了，遍地都是落叶。", ["遍地"]),  # no 一 and the measure before: stays whole
    ],
)
def test_dev38_measure_said_twice_before_marker(engine, text, words):
    _, cut = engine.words(text)
    got = [w.text for w in cut]
    assert got[got.index(words[0]) : got.index(words[0]) + len(words)] == words

@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("钟楼上的大钟当当地敲了十二下。", ["当当", "地"]),  # the sound doubled before 地
        ("这是一本本地出版的杂志。", ["本地"]),  # after a numeral: the word stays whole
    ],
)
def test_dev47_doubled_sound_before_marker(engine, text, words):
    _, cut = engine.words(text)
    got = [w.text for w in cut]
    assert got[got.index(words[0]) : got.index(words[0]) + len(words)] == words


def test_dev47_tentative_repeat_copies_only_an_unread_second_verb(engine):
    # 撒一撒: the second 撒 has no rule of its own and takes the first's (sa-scatter)
    text = "面团擀开以前，案板上要撒一撒干面粉。"
    second = text.rindex("撒")
    d = engine.details(lookup_copy(text))[second]
    assert (d.reading.syllable, d.evidence) == ("sa3", "rule verb-said-again-tentative")
    # 调一调: the second 调 has a rule of its own, which stays
    text = "你把音量调一调。"
    assert engine.details(text)[text.rindex("调")].evidence == "rule tiao-try-adjusting-second"


# Sentences each dev set's rules must leave alone: the rule named does not decide the character.
LEFT_ALONE = (
    DEV8_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV12_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV14_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV15_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV13_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV16_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV17_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV18_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV19_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV21_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV23_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV22_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV28_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV29_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV30_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV31_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV32_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV33_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV34_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV35_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV36_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV37_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV38_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV40_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV39_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV42_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV45_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV46_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV44_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV43_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV41_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV47_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV48_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV49_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV50_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV53_RULES_LEAVE_OTHER_ROLES_ALONE
    + DEV52_RULES_LEAVE_OTHER_ROLES_ALONE
    + CPP22_RULES_LEAVE_OTHER_ROLES_ALONE
    + LEAD_RULES_LEAVE_OTHER_ROLES_ALONE
    + CPP23_RULES_LEAVE_OTHER_ROLES_ALONE
    + CPP24_RULES_LEAVE_OTHER_ROLES_ALONE
)


@pytest.mark.parametrize(("text", "char", "rule_id"), LEFT_ALONE)
def test_rules_leave_other_roles_alone(engine, text, char, rule_id):
    i = text.index(char)
    for script in (text, S2T.convert(text)):
        assert engine.details(lookup_copy(script))[i].evidence != f"rule {rule_id}", script


DEV26_TITLE_DOSE_SWEAT_FRYER_KINDS = [
    # dev set 26: the surname 曾 before every title (曾大夫 曾护士 曾队长)
    ("曾护士给我量了体温。", "曾", 0, "zeng1"),
    ("曾队长带大家上山。", "曾", 0, "zeng1"),
    ("他曾当过队长。", "曾", 0, "ceng2"),
    # 服 fù, the measure of doses, after a numeral; fú after a count of people or times, or 一
    ("医生开了三服中药。", "服", 0, "fu4"),
    ("这服药要煎两次。", "服", 0, "fu4"),
    ("吃了两服就好多了。", "服", 0, "fu4"),
    ("两人服药后都好了。", "服", 0, "fu2"),
    ("每日三次服药。", "服", 0, "fu2"),
    ("这药一服下去，烧就退了。", "服", 0, "fu2"),
    # 汗 hàn where sweat flows or breaks out; the khan hán after a name
    ("他擦了擦头上的汗。", "汗", 0, "han4"),
    ("跑完步，汗顺着脸往下流。", "汗", 0, "han4"),
    ("唐太宗被尊为天可汗。", "汗", 0, "han2"),
    ("他被土谢图汗杀害了。", "汗", 0, "han2"),  # the khan after his name
    # 背上 in a list of places on the body (、)
    ("背上、腰上都贴着膏药。", "背", 0, "bei4"),
    ("把包背上，我们出发。", "背", 0, "bei1"),
    # 炸锅 the fryer after its kind or a measure, 现炸 fried on the spot
    ("买了一个气炸锅。", "炸", 0, "zha2"),
    ("我家的炸锅坏了。", "炸", 0, "zha2"),
    ("消息一出，网上就炸锅了。", "炸", 0, "zha4"),
    ("这家店的鸡排是现炸的。", "炸", 0, "zha2"),
    ("桥被炸了。", "炸", 0, "zha4"),
    # 当回事 'take seriously' dàng, cut whole or apart
    ("他太把自己当回事了。", "当", 0, "dang4"),
    ("大家都不当一回事。", "当", 0, "dang4"),
    ("他应当回家了。", "当", 0, "dang1"),
    ("他曾当过队长。", "当", 0, "dang1"),
    # 干 gān 'dried' right after the food jieba cut off
    ("我买了一包虾干和鱼干。", "干", 1, "gan1"),
    ("卤味有豆干和海带。", "干", 0, "gan1"),
    ("这些菜干什么用？", "干", 0, "gan4"),
]


DEV26_PROBE_LENGTH_DRY_REGULATE_BACK = [
    # dev set 26 probe: a garment's length 长 cháng; hair and children grow
    ("我来量一下袖长给大家看。", "长", 0, "chang2"),
    ("这条裙子裙长到膝盖。", "长", 0, "chang2"),
    ("她的头发长到肩膀了。", "长", 0, "zhang3"),
    ("孩子一年长高了五公分。", "长", 0, "zhang3"),
    # 干 gān after 发 'turn, feel'
    ("嗓子发干都是这个原因。", "干", 0, "gan1"),
    ("早上起来嘴唇发干。", "干", 0, "gan1"),
    ("大家一起干活。", "干", 0, "gan4"),
    # 调 tiáo closing the clause after 慢慢 or 好好
    ("湿气重，得慢慢调。", "调", 0, "tiao2"),
    ("身体要好好调。", "调", 0, "tiao2"),
    ("他被调到北京工作。", "调", 0, "diao4"),
    # 背上 the back, before how its skin looks
    ("刮痧以后背上红了一大片。", "背", 0, "bei4"),
    ("他背上书包就走了。", "背", 0, "bei1"),
]


DEV26_PROBE_COUNT_POUR_OLD_DOCTOR = [
    # dev set 26 probe: 数 shǔ counted out for someone to see
    ("他把药包解开，一样一样地数给我看。", "数", 0, "shu3"),
    ("他把钱数给我看。", "数", 0, "shu3"),
    ("老师把人数给大家念了一遍。", "数", 0, "shu4"),
    ("你把这个数给我。", "数", 0, "shu4"),
    # 倒 dào before 在 and a vessel or sheet that holds what is poured
    ("药童把药一味一味地称好，倒在一张大纸上。", "倒", 0, "dao4"),
    ("米洗好了，倒在锅里，加两碗水。", "倒", 0, "dao4"),
    ("剩下的汤倒在这个碗里吧。", "倒", 0, "dao4"),
    ("他一下子倒在地上。", "倒", 0, "dao3"),
    ("老人晕倒在床上。", "倒", 0, "dao3"),
    # 老|大夫, not 老大|夫: the familiar prefix before the noun
    ("老大夫把了一会儿脉，说我湿气重。", "大", 0, "dai4"),
    ("这位老大夫医术很高。", "夫", 0, "fu5"),
    ("他是家里的老大，夫人是本地人。", "大", 0, "da4"),
    ("老大难的问题终于解决了。", "大", 0, "da4"),
]


# cpp21: the kinds of decision CPP loses, on sentences of our own. 处 counted or pointed at is
# the measure chù; 将 after the state or rank of a general is jiàng, as 'will' before a verb or
# a preposition it stays jiāng; 长 joined by 而 to the next quality is cháng.
CPP21_KINDS = [
    ("河边有一处废弃的码头。", "处", 0, "chu4"),
    ("城里还保留着多处古迹。", "处", 0, "chu4"),
    ("他身上有好几处伤。", "处", 0, "chu4"),
    ("数处伤口都在流血。", "处", 0, "chu4"),
    ("我们所处的时代变化很快。", "处", 0, "chu3"),
    ("蜀军生擒了一员魏将。", "将", 0, "jiang4"),
    ("他斩杀了三名秦将。", "将", 0, "jiang4"),
    ("两军交战，吴将被擒。", "将", 0, "jiang4"),
    ("朝廷任命他为参将，驻守边关。", "将", 0, "jiang4"),
    ("晋将于明年举办全省运动会。", "将", 0, "jiang1"),
    ("明天我们将出发。", "将", 0, "jiang1"),
    ("这部电影因为片子太长而被观众批评。", "长", 0, "chang2"),
    ("那座桥因工期长而一再延误。", "长", 0, "chang2"),
    ("他个子长得快。", "长", 0, "zhang3"),
    # 传 closing a biography's title is zhuàn; 挑 before where the load goes is tiāo 'carry';
    # 削 before a rank taken away is xuē; 尽得 'gained all' is jìn; 还 before home is huán
    ("这本《李白传》写得很好。", "传", 0, "zhuan4"),
    ("《张骞传·第一章》讲的是他出使西域。", "传", 0, "zhuan4"),
    ("他通读了《春秋左氏传》。", "传", 0, "zhuan4"),
    ("这个消息很快就传开了。", "传", 0, "chuan2"),
    ("农民把新摘的菜挑到集市上去卖。", "挑", 0, "tiao1"),
    ("他把担子挑回家。", "挑", 0, "tiao1"),
    ("他用竹竿挑起帘子。", "挑", 0, "tiao3"),
    ("他因罪被削籍为民。", "削", 0, "xue1"),
    ("他在削苹果。", "削", 0, "xiao1"),
    ("他跟着老师傅学了十年，尽得其法。", "尽", 0, "jin4"),
    ("他们在外漂泊多年，终于得以还故里。", "还", 0, "huan2"),
    ("他还在故乡住着。", "还", 0, "hai2"),
    # 都指挥使 the Ming title is dū; 蒙 paired with another people is Měng; 过 after what one
    # has ever done is the aspect, though jieba tags the verb a noun
    ("他后来升任四川都指挥使。", "都", 0, "du1"),
    ("他们都指挥过大型乐队。", "都", 0, "dou1"),
    ("这里蒙汉两族杂居。", "蒙", 0, "meng3"),
    ("他研究过蒙藏关系史。", "蒙", 0, "meng3"),
    ("这位老师曾任教过三所中学。", "过", 0, "guo5"),
    ("他曾经服役过五年。", "过", 0, "guo5"),
    ("他没有一天过得舒心。", "过", 0, "guo4"),
    # 背着 a person taken somewhere is bēi 'carry'; 矫情 said of someone is jiáoqing 'fussy'
    ("他背着她往山下走。", "背", 0, "bei1"),
    ("他背着奶奶上楼。", "背", 0, "bei1"),
    ("大家都说他太矫情了。", "矫", 0, "jiao2"),
    ("你别矫情了，快点决定吧。", "矫", 0, "jiao2"),
    # 煞气 but for a tyre losing air is shàqì; 闷 until soft or cooked is mēn 'keep covered'
    ("他满脸煞气地走了进来。", "煞", 0, "sha4"),
    ("车胎煞气了，得去补一补。", "煞", 0, "sha1"),
    ("盖上锅盖，把牛肉闷烂。", "闷", 0, "men1"),
    ("他心里闷得慌。", "闷", 0, "men4"),
]


# cpp22: the kinds of decision CPP loses, on sentences of our own. 肖 opening a name in a list
# or after a preposition is the surname Xiāo; 新 and 旧 before 地 qualify the land (dì), as a
# manner word of one character (猛地) does not; 待 before a bare 月 or 时 is 'wait for' (dài),
# a stay's length takes a number (待一个月 dāi).
CPP22_KINDS = [
    ("王强、肖红和李明都报了名。", "肖", 0, "xiao1"),
    ("这件事你去问肖老师吧。", "肖", 0, "xiao1"),
    ("明天由肖主任主持会议。", "肖", 0, "xiao1"),
    ("村里把这块新地分给了他家。", "地", 0, "di4"),
    ("开发商又拍下了一块旧地。", "地", 0, "di4"),
    ("他猛地站了起来。", "地", 0, "de5"),
    ("大家慢慢地走回家。", "地", 0, "de5"),
    ("他们在湖边待月升起。", "待", 0, "dai4"),
    ("将士们养精蓄锐，待时而动。", "待", 0, "dai4"),
    ("他要在北京待一个月。", "待", 0, "dai1"),
    ("她在家里待了三天。", "待", 0, "dai1"),
    # 盛 before a season or period is shèng 'at its peak' (the ladle rule leaves it to the
    # model); what is ladled is chéng; 喳 after
    # 喀 or 咔 is the snap chā; 吓 after 阻 'deter' is hè
    ("梨树要到第五年才进入盛果期。", "盛", 0, "sheng4"),
    ("每年七八月是这条河的盛水期。", "盛", 0, "sheng4"),
    ("用大碗盛水。", "盛", 0, "cheng2"),
    ("奶奶盛汤时洒了一些。", "盛", 0, "cheng2"),
    ("只听喀喳一声，门开了。", "喳", 0, "cha1"),
    ("核武器的阻吓作用一直有争议。", "吓", 0, "he4"),
    ("他被吓了一跳。", "吓", 0, "xia4"),
    # 为 before the family or genus of a species is 'is'; before the department it is 'for'
    ("这种蜗牛为大蜗牛科的一种。", "为", 0, "wei2"),
    ("银杏为银杏科银杏属的植物。", "为", 0, "wei2"),
    ("他为科里争了光。", "为", 0, "wei4"),
    ("学校为理科学生增加了实验课。", "为", 0, "wei4"),
    # 率部 'lead one's troops' is shuài, as 率军 率队
    ("将军率部连夜南下。", "率", 0, "shuai4"),
    ("他率部起义，投向了革命。", "率", 0, "shuai4"),
    ("这个部门的效率很高。", "率", 0, "lv4"),
    # 高差 the difference in height is chā; 卷柏 the spike moss juǎn
    ("两座山峰的高差有三百米。", "差", 0, "cha1"),
    ("这家店的服务太差了。", "差", 0, "cha4"),
    ("卷柏是一种耐旱的蕨类植物。", "卷", 0, "juan3"),
    ("老师把试卷发了下来。", "卷", 0, "juan4"),
    # 角斗士 the gladiator is jué, as 角斗; a particle 吧 jieba glues to the noun before it
    # (书吧 'book bar') keeps ba: a rule for the bar would misread 多读点书吧
    ("你还是多读点书吧。", "吧", 0, "ba5"),
    ("古罗马的角斗士要和猛兽搏斗。", "角", 0, "jue2"),
]


# cpp23: the kinds CPP's losses showed, on sentences of our own: 得 dé 'be granted' before a
# bare verb of release; 挑 tiǎo before a beam; 揣 chuāi 'tuck' in the bosom or into a place;
# 擂 léi 'pound' standing alone; 斗栱 dǒu; 校射 jiào; and lexicon slips reviewed by hand.
CPP23_KINDS = [
    ("他因病得免一死。", "得", 0, "de2"),
    ("他上书自辩，不久得释。", "得", 0, "de2"),
    ("你得释放那个人。", "得", 0, "dei3"),
    ("这台机器你得免费给人家修。", "得", 0, "dei3"),
    ("这座楼的阳台靠两根挑梁撑着。", "挑", 0, "tiao3"),
    ("他一早就去井边挑水。", "挑", 0, "tiao1"),
    ("她怀揣着梦想来到上海。", "揣", 0, "chuai1"),
    ("出门前他把钥匙揣在兜里。", "揣", 0, "chuai1"),
    ("他抡起拳头擂了几下门。", "擂", 0, "lei2"),
    ("守城的士兵往下投擂石。", "擂", 0, "lei2"),
    ("斗栱是中国古建筑特有的构件。", "斗", 0, "dou3"),
    ("大炮先校射，再齐射。", "校", 0, "jiao4"),
    ("他不小心泄露了公司的秘密。", "露", 0, "lou4"),
    ("公园里有一条长长的林荫道。", "荫", 0, "yin1"),
    ("这张桌子是用柚木做的。", "柚", 0, "you2"),
    ("晚饭有一盘凉拌猪肚。", "肚", 0, "du3"),
    ("他装模作样地看了半天书。", "模", 0, "mu2"),
    ("价格之高，令人咋舌。", "咋", 0, "ze2"),
    ("刺参是一种名贵的海参。", "参", 0, "shen1"),
    ("玄参的根可以入药。", "参", 0, "shen1"),
    ("他们都是梁山上的绿林好汉。", "绿", 0, "lu4"),
    ("温度降到饱和点以下就会结露。", "和", 0, "he2"),
    # minor readings named by their neighbour: 比降 jiàng, 圩日 赶圩 xū, 简朴 实朴 pǔ, 石幢
    # chuáng, 门樘 táng, 诋訾 zǐ, 蛤蚂 há, 赤嵌 kǎn
    ("这条河下游的比降很小，水流平缓。", "降", 0, "jiang4"),
    ("镇上逢三六九是圩日。", "圩", 0, "xu1"),
    ("他挑着两筐鸡蛋去赶圩。", "圩", 0, "xu1"),
    ("这套家具的风格简洁实朴。", "朴", 0, "pu3"),
    ("寺里还保存着一座唐代石幢。", "幢", 0, "chuang2"),
    ("小区里新建了三幢高楼。", "幢", 0, "zhuang4"),
    ("木匠正在修门樘。", "樘", 0, "tang2"),
    ("有人写文章诋訾他的人品。", "訾", 0, "zi3"),
    ("雨后田边的蛤蚂叫成一片。", "蛤", 0, "ha2"),
    ("赤嵌是台南的旧称。", "嵌", 0, "kan3"),
    ("戒指上嵌着一颗红宝石。", "嵌", 0, "qian4"),
    # a creek's name in a list of places is chōng
    ("广州有猎德、杨涌、车陂几条老村。", "涌", 0, "chong1"),
    ("人群、潮水一起涌向广场。", "涌", 0, "yong3"),
    # 勾当 the verb 'manage' before what is managed; the shady deal is gòu
    ("朝廷命他勾当河渠事务。", "勾", 0, "gou1"),
    ("他干的尽是些见不得人的勾当。", "勾", 0, "gou4"),
    ("这种勾当你也干得出来？", "勾", 0, "gou4"),
    # 上调 a person to a place or a team is diào; a price or a rate is raised, tiáo
    ("他从县里上调北京工作。", "调", 0, "diao4"),
    ("油价今晚上调。", "调", 0, "tiao2"),
    ("央行决定上调存款利率。", "调", 0, "tiao2"),
    # 为 'is' after a direction walked from one side to another; 'for' takes whom it serves
    ("一楼由东向西为超市和快餐店。", "为", 0, "wei2"),
    ("展厅从北往南为青铜器、陶器和玉器。", "为", 0, "wei2"),
    ("这条路由南向北为我们省了不少时间。", "为", 0, "wei4"),
    # 垛 duò a stack and 'stack up'; duǒ the battlement
    ("他家房后有一个大麦秸垛。", "垛", 0, "duo4"),
    ("把这些木头垛整齐。", "垛", 0, "duo4"),
    ("村口堆着几个草垛。", "垛", 0, "duo4"),
    ("古城墙的垛口还在。", "垛", 0, "duo3"),
]

# cpp24: kinds CPP lost, on sentences of our own (both scripts)
CPP24_KINDS = [
    # 乐 'music' before 评 'review'
    ("他是一位很有名的乐评人。", "乐", 0, "yue4"),
    ("报上登了一篇乐评。", "乐", 0, "yue4"),
    ("大家听完都乐了。", "乐", 0, "le4"),
    # 柏 the cypress after 古 老 苍 翠; Berlin bó
    ("山门外有一棵古柏。", "柏", 0, "bai3"),
    ("院子里那棵老柏长得很高。", "柏", 0, "bai3"),
    ("他在柏林住了三年。", "柏", 0, "bo2"),
    # 揣 chuǎi 'guess' before an intention; chuāi 'tuck' before a thing
    ("他总能揣其意，事事办得妥帖。", "揣", 0, "chuai3"),
    ("他把钱揣进了口袋。", "揣", 0, "chuai1"),
    # 奔 bèn 'head for' a town or county standing alone
    ("天一亮，大家就奔县里去了。", "奔", 0, "ben4"),
    ("当晚他们奔城而去。", "奔", 0, "ben4"),
    ("几匹马奔了过来。", "奔", 0, "ben1"),
    # the khan after a name cut into single characters; sweat after what brings it out
    ("后来，巴图木汗也被部下杀害了。", "汗", 0, "han2"),
    ("他擦了擦汗，接着干活。", "汗", 0, "han4"),
    ("跑完步出了身汗。", "汗", 0, "han4"),
    # 劲歌 jìnggē as 劲舞 jìngwǔ
    ("晚会上他唱了一首劲歌。", "劲", 0, "jing4"),
    ("他干活很有劲。", "劲", 0, "jin4"),
    # 弄 lòng the lane naming a neighbourhood; the verb nòng
    ("我家住在安乐弄社区。", "弄", 0, "long4"),
    ("别把小区弄脏了。", "弄", 0, "nong4"),
]


# dev set 27's kinds (a museum's bronzes, a calligraphy class), each with sentences its rule
# must leave alone; every sentence is read in both scripts.
DEV27 = [
    # 大方 before a noun: 大 'big', 方 'square' (fang-big-square); 'generous' keeps dàfang
    ("桌上放着一个大方盒子。", "方", 0, "fang1"),
    ("展柜正中是一只大方鼎。", "方", 0, "fang1"),
    ("她是个大方的姑娘。", "方", 0, "fang5"),
    # 藏 after a modal or an adverb is the verb (cang-hide-after-modal); Tibet is zàng
    ("写字时起笔要藏锋。", "藏", 0, "cang2"),
    ("他想藏私房钱，被老婆发现了。", "藏", 0, "cang2"),
    ("他们明年打算进藏旅游。", "藏", 0, "zang4"),
    ("藏族同胞能歌善舞。", "藏", 0, "zang4"),
    # 磨: grain milled is mò, what is rubbed or sharpened mó (mo-*)
    ("先把墨磨好，再蘸墨写字。", "磨", 0, "mo2"),
    ("这把剪刀磨得很亮。", "磨", 0, "mo2"),
    ("他的鞋底都磨破了。", "磨", 0, "mo2"),
    ("把泡软的黄豆磨成浆，再煮开。", "磨", 0, "mo4"),
    ("把咖啡豆磨好了再冲。", "磨", 0, "mo4"),
    ("奶奶每天早上磨豆浆。", "磨", 0, "mo4"),
    # a word jieba glued to the preposition after it is that word (定都在 -> 定都|在)
    ("秦朝定都在咸阳。", "都", 0, "du1"),
    ("最后定都在殷，就是今天的安阳。", "都", 0, "du1"),
    ("他们肯定都在家。", "都", 0, "dou1"),
    ("我们都在家。", "都", 0, "dou1"),
]

DEV29 = [
    # 过 after a word of ability or daring is the verb 'cross' (guo-cross-after-able)
    ("桥修好以前，大车不能过这条河。", "过", 0, "guo4"),
    ("天黑了，小孩子一个人不敢过马路。", "过", 0, "guo4"),
    ("这道菜我以前吃过。", "过", 0, "guo5"),
    # 背着 before whose bag it is: 'carrying' (beizhe-carrying-own)
    ("哥哥背着他的大背包出了门。", "背", 0, "bei1"),
    # 空 before a place or seat left free is kòng (kong-vacant-room); a container is kōng
    ("后排还有三个空位子，你们坐吧。", "空", 0, "kong4"),
    ("冰箱里留出一块空地方放西瓜。", "空", 0, "kong4"),
    ("他拿着一个空杯子走了过来。", "空", 0, "kong1"),
    # 落在 a home, room or shop: 'left behind' là (la-left-at-home); what falls there is luò
    ("我的雨衣好像落在办公室了。", "落", 0, "la4"),
    ("那本相册搬家时落在旧家了。", "落", 0, "la4"),
    ("几片树叶落在教室门口。", "落", 0, "luo4"),
    # 再倒 closing its clause: a call to back up or pour more, dào (dao-again-command)
    ("茶喝完了，他举起杯子说：「再倒！」", "倒", 0, "dao4"),
    ("司机往后看了一眼，又喊了一声：「再倒，慢点！」", "倒", 0, "dao4"),
    # 得 in an estimate before 有 and an amount: 'must be' děi (dei-estimate)
    ("这条鱼拎起来掂一掂，估计得有三斤。", "得", 0, "dei3"),
    ("那棵老树看样子得有一百岁了。", "得", 0, "dei3"),
    # 落下 before what one may forget, checked for or warned of: là (la-left-behind-thing)
    ("走的时候检查一下，别落下行李。", "落", 0, "la4"),
    # 着 'a move' counted by 一 (zhao-a-move); the aspect follows a verb
    ("高手往往比你多看一着。", "着", 0, "zhao1"),
    ("这盘棋他就差一着没走对。", "着", 0, "zhao1"),
    # 得 after 下 'play' when the game before it is tagged a verb (de-shangxia-verb)
    ("我们班数他象棋下得最好。", "得", 0, "de5"),
]


DEV30 = [
    # 行 asked as A-not-A is xíng, even after a numeral (xing-ok-asked); a row after one is háng
    ("你把这段再念两遍行不行？", "行", 0, "xing2"),
    ("第二行不对，请改一下。", "行", 0, "hang2"),
    # 跨行 'between banks' háng (hang-across-banks)
    ("用别家的卡在这台机器取钱算跨行，要扣两块钱。", "行", 0, "hang2"),
    ("跨行汇款一般第二天才能到。", "行", 0, "hang2"),
    # 我行 'our bank' before what belongs to it (hang-our-bank); 'I can' closes its clause
    ("我行客户可以免费办理这项业务。", "行", 0, "hang2"),
    ("请通过我行的官方应用查询余额。", "行", 0, "hang2"),
    # 行 between a plural pronoun and 里: 'the firm' (hang-our-trade-inside)
    ("他们行里的年轻人都很能干。", "行", 0, "hang2"),
    # 总行 'head office' after a verb or preposition (zonghang-head-office)
    ("这件事支行做不了主，得请示总行。", "行", 1, "hang2"),
    ("她去年从分行调到了总行。", "行", 1, "hang2"),
    # 为 after a denied modal before a verb is 'for' (wei-for-after-denied-modal)
    ("他不能为一点面子就把朋友得罪了。", "为", 0, "wei4"),
    ("我们不会为这个问题再开一次会。", "为", 0, "wei4"),
    ("这个数不能为零。", "为", 0, "wei2"),
    # 没 before 收到, glued by jieba into 没收 (mei-not-received)
    ("我发的邮件你没收到吗？", "没", 0, "mei2"),
    ("他的手机上课时被老师没收了。", "没", 0, "mo4"),
    # 数 said again after its object before how the counting went (shu-count-copied)
    ("奶奶数鸡蛋数到一半，门铃响了。", "数", 1, "shu3"),
    ("门口排队的人数不少。", "数", 0, "shu4"),
    # 重数 'count again' after asking or needing it (chongshu-count-again)
    ("零钱好像少了，只好重数一遍。", "数", 0, "shu3"),
    ("钱不对，你再数一次。", "数", 0, "shu3"),
    ("柜台的钱大家要求重数。", "数", 0, "shu3"),
    ("这个方程有一个重数为二的根。", "数", 0, "shu4"),
    # probes of the class meeting: 干得好 'well done' is gàn (gan-dry leaves it); the modal
    # 得 before a state one is told to keep is děi (dei-modal)
    ("队长拍拍他的肩膀说：干得好！", "干", 0, "gan4"),
    ("衣服晒了一天，全都晒干了。", "干", 0, "gan1"),
    ("考试的时候，你们得安静。", "得", 0, "dei3"),
    ("过马路时，孩子们得小心。", "得", 0, "dei3"),
    ("他这次得了第一名。", "得", 0, "de2"),
]


# dev set 31's kinds (a garage, a night-market stall) on sentences of our own, with the roles
# the rules must leave alone beside them
DEV31 = [
    # a character said twice before 地, cut into single morphemes or taken for a name
    ("雨点打在铁皮屋顶上，噼噼地响个不停。", "地", 0, "de5"),
    ("小狗听见门外有动静，汪汪地叫了起来。", "地", 0, "de5"),
    ("水壶里的水咕咕地冒着泡。", "地", 0, "de5"),
    ("这块地种了三年玉米。", "地", 0, "di4"),
    # 转 with a potential complement of starting or moving (zhuan-cannot-spin)
    ("天太冷，风扇的叶子冻得转不动了。", "转", 0, "zhuan4"),
    ("电池没电了，这个小马达转不起来。", "转", 0, "zhuan4"),
    ("他脑子一下子转不过弯来。", "转", 0, "zhuan3"),
    ("这笔钱今天转不出去。", "转", 0, "zhuan3"),
    # 着 'catch fire, start up' after an adverb closing the clause (zhao-catch-fire)
    ("柴太湿了，划了好几根火柴才着。", "着", 0, "zhao2"),
    ("摩托车踩了两下就着了。", "着", 0, "zhao2"),
    ("炉子里的火又着了起来。", "着", 0, "zhao2"),
    ("他一直坐着，没有说话。", "着", 0, "zhe5"),
    ("妈妈就着灯光缝扣子。", "着", 0, "zhe5"),
    # 得 'it costs, it takes' before 多少 and money or time, or 多久 (dei-cost-how-much, dei-how-long)
    ("这双鞋换个鞋底得多少钱？", "得", 0, "dei3"),
    ("坐高铁去广州得多久？", "得", 0, "dei3"),
    ("你们班这学期一共得多少分？", "得", 0, "de2"),
    ("这次比赛第一名得多少奖金？", "得", 0, "de2"),
    # V得多/V得少 before the next predicate (de-much-then-more)
    ("弟弟玩得多学得少，成绩就下来了。", "得", 0, "de5"),
    ("你得多喝水，少吃辣的。", "得", 0, "dei3"),
    # 炸 'deep-fry' a count of portions or a fried food (zha-fry-portions, zha-fried-dish)
    ("这家店一个中午要炸上百份鸡块。", "炸", 0, "zha2"),
    ("桌上摆着炸红薯和一锅稀饭。", "炸", 0, "zha2"),
    ("那家小店还有炸洋葱圈。", "炸", 0, "zha2"),
    ("工人用炸药炸碎了几块大石头。", "炸", 1, "zha4"),
    ("他听了这话，肺都要气炸了。", "炸", 0, "zha4"),
    # 秤 'weigh' said twice (Taiwan's spelling of 称; cheng-weigh-brief, cheng-weigh-brief2)
    ("你把这包茶叶拿去秤一秤。", "秤", 0, "cheng1"),
    ("老板把葡萄秤了秤，说刚好两斤。", "秤", 1, "cheng1"),
    ("这杆秤不准，少了二两。", "秤", 0, "cheng4"),
    # probes of the stall: 炸 as the task kept at beside another (zha-fry-while), or where
    # the clause goes on to how the food tastes (zha-fry-taste)
    ("他边炸边尝，生怕咸了。", "炸", 0, "zha2"),
    ("炸得外酥里嫩才好吃。", "炸", 0, "zha2"),
    ("鞭炮在门口炸得震天响。", "炸", 0, "zha4"),
    ("他们一边炸山，一边修路。", "炸", 0, "zha4"),
    ("他把鱼放在秤上。", "秤", 0, "cheng4"),
]


def _text_reading(text: str, char: str, nth: int) -> str:
    import edition

    got = [r for _, r in edition.readings(text)]
    return got[[i for i, c in enumerate(text) if c == char][nth]]


# Whole texts whose topic reads a character (edition.readings.topics), and texts without it
DEV27_TOPICS = [
    # a text about calligraphy: 帖 is the model one copies, tiè, whatever its role
    ("今天的书法课先讲楷书。\n老师说，先看帖，再动笔。", "帖", 0, "tiè"),
    ("我们练毛笔字，要备好宣纸和砚台。\n这本帖是王老师送的。", "帖", 0, "tiè"),
    # a text about a museum's collection: 入藏 'entered the collection', cáng
    ("这批文物去年捐给了博物馆。\n入藏时，器身已经裂成三块。", "藏", 0, "cáng"),
    # no topic: the context model reads them as it does (a forum post, Tibet)
    ("我在论坛上看帖，看到半夜。", "帖", 0, "tiě"),
    ("文成公主入藏的故事流传很广。", "藏", 0, "zàng"),
]


# Every table of sentences read by role, in both scripts (BY_ROLE, BY_ROLE_ELSEWHERE and the
# tables of dev sets 26 and 27 and of CPP's kinds above).
@pytest.mark.parametrize(
    ("text", "char", "nth", "expected"),
    BY_ROLE
    + BY_ROLE_ELSEWHERE
    + DEV26_TITLE_DOSE_SWEAT_FRYER_KINDS
    + DEV26_PROBE_LENGTH_DRY_REGULATE_BACK
    + DEV26_PROBE_COUNT_POUR_OLD_DOCTOR
    + CPP21_KINDS
    + DEV27
    + DEV29
    + DEV30
    + DEV31
    + DEV32
    + DEV33
    + DEV34
    + DEV35
    + DEV36
    + DEV37
    + DEV38
    + DEV40
    + DEV39
    + DEV42
    + DEV45
    + DEV46
    + DEV44
    + DEV43
    + DEV41
    + DEV47
    + DEV48
    + DEV49
    + DEV51
    + DEV50
    + DEV53
    + DEV52
    + CPP22_KINDS
    + CPP23_KINDS
    + CPP24_KINDS,
)
def test_reading_by_role(engine, text, char, nth, expected):
    for got, script in read_in_both_scripts(engine, text, char, nth):
        assert got == expected, script


DEV43_TOPICS = [
    # a driving lesson: 倒 dào 'reverse', 刹 and Taiwan's 煞 shā 'brake', and 档 dǎng, the
    # lookup copy of Taiwan's 檔 'gear', whatever their role
    ("今天练倒车。先调好后视镜。\n挂好挡以后，慢慢往后倒。", "倒", 1, "dào"),
    ("教練說，先踩煞車再看後視鏡。\n現在掛一檔，慢慢鬆開離合。", "檔", 0, "dǎng"),
    ("教練說，先踩煞車再看後視鏡。\n最後拉好手煞，把檔位放回空檔。", "煞", 1, "shā"),
    ("教練說，先踩煞車再看後視鏡。\n最後拉好手煞，把檔位放回空檔。", "檔", 1, "dǎng"),
    # no topic: a fall backwards, a grade of goods
    ("他脚下一滑，往后倒，摔在地上。", "倒", 0, "dǎo"),
    ("这批货按质量一档一档地排好。", "档", 0, "dàng"),
]


LEAD_CARRYING_TOPIC = [
    # a text about a backpack: 背 bēi where it carries (背了半年, 背一整天, 背着也不累), and the
    # recited bèi still before what is recited (背课文) or the back itself (后背)
    ("这个登山包我背了半年，肩带很宽。\n装满了水背一整天，肩膀也不疼。", "背", 1, "bēi"),
    ("这个登山包我背了半年，肩带很宽。\n背着也不累。", "背", 1, "bēi"),
    ("这个登山包我背了半年，肩带很宽。\n回家还得背课文。", "背", 1, "bèi"),
    ("这个登山包我背了半年，肩带很宽。\n后背有透气网。", "背", 1, "bèi"),
    # no topic: the back of a spoon, reciting
    ("用勺背一整天都压不平。", "背", 0, "bèi"),
]


@pytest.mark.parametrize(
    ("text", "char", "nth", "expected"), DEV27_TOPICS + DEV43_TOPICS + LEAD_CARRYING_TOPIC
)
def test_topic_reading_of_a_whole_text(text, char, nth, expected):
    assert _text_reading(text, char, nth) == expected


# classical10: a man named in full in a classical text, then by his given name alone
# (edition.readings.names); our own sentences
_ZHOU = "周处者，吴人也，少而好斗，乡里皆患之。\n"
_GUAN = "管宁者，北海人也，少而好学，不慕荣利。\n"
_CAO = "曹参者，沛人也，与萧何俱为县吏。\n"
_FU = "傅说者，殷之贤臣也，王举之于版筑之间。\n"
NAMES_IN_TEXT = [
    (_ZHOU + "处闻之，乃自悔，遂折节读书，卒为名将。", "处", 0, "chǔ"),  # the name in full
    (_ZHOU + "处闻之，乃自悔，遂折节读书，卒为名将。", "处", 1, "chǔ"),  # the man alone
    (_GUAN + "客有过其门者，宁读书如故，不出视之。", "宁", 1, "níng"),
    # a classical rule keeps its reading (宁可以 'how could'); 其处 'the place' is no man
    (_GUAN + "或谓之曰：宁可以利易其志乎？", "宁", 1, "nìng"),
    (_ZHOU + "乡人至其处，见其室空。", "处", 1, "chù"),
    (_ZHOU + "乡人皆曰：此周处", "处", 1, "chǔ"),  # the name closing the text
    # the given name alone before the man is named, and a modern text
    ("处闻之，乃自悔，遂折节读书。\n" + _ZHOU, "处", 0, "chù"),
    ("这周处理完文件，下周处处都要检查。", "处", 1, "chù"),
    # classical11: CC-CEDICT's 傅说 and 曹参 as classical sentences read them (names.py's
    # CLASSICAL_NAMES), 召忽 in the lexicon; modern sentences keep 师傅|说 and 曹|参加
    (_CAO, "参", 0, "shēn"),
    (_CAO + "参闻之，乃辞其友而去。", "参", 1, "shēn"),
    (_FU + "说对曰：臣闻之，学于古训乃有获。", "说", 1, "yuè"),
    ("召忽，齐人也，与管仲俱事公子纠。", "召", 0, "shào"),
    ("老曹参加了比赛，师傅说他跑得很快。", "参", 0, "cān"),
    ("老曹参加了比赛，师傅说他跑得很快。", "说", 0, "shuō"),
]


@pytest.mark.parametrize(("text", "char", "nth", "expected"), NAMES_IN_TEXT)
def test_a_name_said_in_full_reads_its_given_name_alone(text, char, nth, expected):
    for t, c in ((text, char), (S2T.convert(text), S2T.convert(char))):
        assert (_text_reading(t, c, nth), t) == (expected, t)


def test_review_table_names_the_person():
    from edition.readings.proof import review_rows
    from edition.readings.topics import printed_readings

    engine = default_engine()
    text = _ZHOU + "处闻之，乃自悔。"
    details = engine.details(text, doubts=False)
    found = printed_readings([text], [text], [engine.read(text)], [details])[0]
    rows = {r.offset: r for r in review_rows(text, text, found)}
    row = rows[text.index("处闻")]
    assert (row.reading, row.evidence) == ("chu3", "周处, named in the text (处 was read chu4)")


def test_persons_are_named_people_not_places_dynasties_or_books():
    from edition.readings.lexicon import lexicon

    persons = lexicon().persons
    assert {"周处", "诸葛亮", "管宁"} <= persons
    assert not {"东晋", "左传", "长沙"} & persons



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他妹妹在外地上中学。", "他|妹妹|在|外地|上|中学|。"),
        ("孩子们在地上打滚。", "孩子|们|在|地上|打滚|。"),  # 在 alone: 地上 'on the ground'
    ],
)
def test_a_place_word_split_by_a_glued_preposition_is_joined_again(engine, text, expected):
    assert "|".join(w.text for w in engine._cut(text)) == expected


def test_a_neutral_syllable_given_back_its_full_tone_takes_the_living_reading():
    from edition.readings.lexicon import _own_reading

    # CC-CEDICT reads 脊 alone only jǐ: pypinyin's old jí gives way
    assert _own_reading("脊", "ji2", {"脊": ("ji3",)}) == "ji3"
    # two readings alone, or none spelled alike: pypinyin's syllable stays
    assert _own_reading("糊", "hu1", {"糊": ("hu2", "hu4")}) == "hu1"
    assert _own_reading("脊", "ji2", {"脊": ("bei4",)}) == "ji2"


def test_the_lexicon_cache_key_follows_the_lexicon_module_text(monkeypatch):
    # a word added to the hand-checked tables without a bump of _FORMAT must not be served a
    # lexicon built before the edit
    import types
    import zlib

    from edition.readings import lexicon as lx

    names: list[str] = []
    monkeypatch.setattr(lx.cache, "load", lambda where, name, ext: names.append(name))
    monkeypatch.setattr(lx.cache, "save", lambda *args: None)
    lx.lexicon.cache_clear()
    try:
        first = lx.lexicon()
        edited = types.SimpleNamespace(crc32=lambda data: zlib.crc32(data + b"# edited\n"))
        monkeypatch.setattr(lx, "zlib", edited)
        lx.lexicon.cache_clear()
        lx.lexicon()
    finally:
        lx.lexicon.cache_clear()
    assert len(names) == 2
    assert names[0] != names[1]
    assert first.get("行当") == ("hang2", "dang4")
