"""Readings for the kinds the lead's own texts showed (dev set 11): a surname after 姓, modal
得 before a manner word, 地 after a repeated phrase that jieba glues to the verb after it."""

from __future__ import annotations

import gzip

import opencc
import pytest

from edition.readings.engine import default_engine, lookup_copy
from edition.readings.lexicon import _cedict_path
from edition.readings.rules import SURNAMES

S2T = opencc.OpenCC("s2t")


@pytest.fixture(scope="session")
def engine():
    return default_engine()


def both_scripts(engine, text: str, char: str, nth: int = 0) -> set[str]:
    """The readings of the ``nth`` ``char`` of Simplified ``text`` and of its Traditional copy."""
    idx = [i for i, c in enumerate(text) if c == char][nth]
    trad = S2T.convert(text)
    assert len(trad) == len(text)
    return {engine.read(lookup_copy(t))[idx].syllable for t in (text, trad)}


def test_every_surname_reading_is_a_cedict_surname():
    path = _cedict_path()
    if path is None:
        pytest.skip("CC-CEDICT data not installed")
    surnames: dict[str, set[str]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            head, _, glosses = line.partition("/")
            _trad, simp, rest = head.split(" ", 2)
            if len(simp) == 1 and "surname" in glosses:
                pinyin = rest[rest.index("[") + 1 : rest.index("]")].lower()
                surnames.setdefault(simp, set()).add(pinyin.replace("u:", "v"))
    wrong = {c: r for c, r in SURNAMES.items() if r not in surnames.get(c, set())}
    assert wrong == {}


@pytest.mark.parametrize(
    ("text", "char", "want"),
    [
        ("店里有一位姓单的大哥。", "单", "shan4"),
        ("我们的数学老师姓解，人很和气。", "解", "xie4"),
        ("那个姓仇的商人早就搬走了。", "仇", "qiu2"),
        ("新来的邻居姓区，是广东人。", "区", "ou1"),
        ("他姓朴，从韩国来。", "朴", "piao2"),
    ],
)
def test_surname_after_xing(engine, text, char, want):
    assert both_scripts(engine, text, char) == {want}


@pytest.mark.parametrize(
    ("text", "char", "want"),
    [
        ("这张单子你拿好。", "单", "dan1"),  # not after 姓
        ("这道题我解不出来。", "解", "jie3"),
        ("他们两家结了仇。", "仇", "chou2"),
    ],
)
def test_the_same_characters_elsewhere(engine, text, char, want):
    assert both_scripts(engine, text, char) == {want}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("老祖宗传下来的规矩，就得这么办。", "dei3"),
        ("这件事还得那样处理才行。", "dei3"),
        ("你也得这样想想别人。", "dei3"),
        ("他跑得这么快，谁追得上？", "de5"),  # a complement after a verb
        ("她就得了这么一个奖。", "de2"),  # 'obtain', followed by 了
    ],
)
def test_modal_dei_before_a_manner_word(engine, text, want):
    assert both_scripts(engine, text, "得") == {want}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("爷爷一步一步地陪我练习。", "de5"),
        ("灯一盏接一盏地陪着我们回家。", "de5"),
        ("妈妈一遍一遍地陪他念课文。", "de5"),
        ("旅行社给我们派了一个地陪。", "di4"),  # the word 'local guide'
        ("他是本地陪同人员。", "di4"),
    ],
)
def test_de_after_a_repeated_phrase(engine, text, want):
    assert both_scripts(engine, text, "地") == {want}


@pytest.mark.parametrize(
    ("text", "char", "want"),
    [
        ("明天单老师带我们去春游。", "单", "shan4"),
        ("华先生是一位数学家。", "华", "hua4"),
        ("楼下的仇阿姨养了一只猫。", "仇", "qiu2"),
        ("这张单子请你签个字。", "单", "dan1"),  # no title after it
        ("他们成了仇人。", "仇", "chou2"),
    ],
)
def test_surname_before_a_title(engine, text, char, want):
    assert both_scripts(engine, text, char) == {want}


# The kinds the lead's first reads of 2026-12-07 showed (dev set 11: a delivery rider, a
# beekeeper, pickling, a bookshop, the dentist, a voice message, a dengue notice, an assembly
# line, a little-league final, a used-car market, a science fair, knitting, a trainer's lesson,
# a bicycle tyre), each with sentences its rule must leave alone.
FIRST_READS_2026_12_07 = [
    # verb result word keeps its reading
    ("我把汤碗系紧，塞进保温箱。", "系", 0, "ji4"),  # 系紧/n: a verb and its result
    ("风大，把帽子的带子系紧一点。", "系", 0, "ji4"),
    ("请系紧安全带。", "系", 0, "ji4"),
    ("我们系里的老师很好。", "系", 0, "xi4"),
    # zhuan going round
    ("我们把巢脾放进摇蜜机里，用手摇着转，蜂蜜就甩出来。", "转", 0, "zhuan4"),
    ("一家人都围着他转。", "转", 0, "zhuan4"),
    ("小狗绕着桌子转个不停。", "转", 0, "zhuan4"),
    ("工人们跟着机器转。", "转", 0, "zhuan4"),
    ("我接着转给他。", "转", 0, "zhuan3"),
    ("他跟着转学了。", "转", 0, "zhuan3"),
    # pickling kinds
    ("奶奶把菜收进来，一棵一棵地择干净。", "择", 0, "zhai2"),
    ("择好了菜，奶奶搬出那口大缸。", "择", 0, "zhai2"),
    ("她坐在门口择着豆角。", "择", 0, "zhai2"),
    ("这是他自己择的路。", "择", 0, "ze2"),
    ("铺菜的时候，最要紧的是压实。", "铺", 0, "pu1"),
    ("妈妈先铺床，再叫我们睡觉。", "铺", 0, "pu1"),
    ("肉铺老板还没开门。", "铺", 0, "pu4"),
    ("她说，咸菜要闷一个月，中间不能打开。", "闷", 0, "men1"),
    ("米饭再闷五分钟就好了。", "闷", 0, "men1"),
    ("他心里闷了好几天。", "闷", 0, "men4"),
    ("今天天气很闷，大概要下雨。", "闷", 0, "men1"),
    ("他心里很闷，不想说话。", "闷", 0, "men4"),
    # rolling door
    ("我把铁卷门拉起来，先扫地。", "卷", 0, "juan3"),
    ("他放下卷帘，屋里暗了。", "卷", 0, "juan3"),
    ("这是第一卷。", "卷", 0, "juan4"),
    # dentist kinds
    ("听见里面传出“嗡嗡”的钻牙声，腿都有点发软。", "钻", 0, "zuan1"),
    ("孩子一下子钻被窝里了。", "钻", 0, "zuan1"),
    ("他用钻打孔。", "钻", 0, "zuan4"),
    ("钻头转得飞快，发出尖尖的声音。", "转", 0, "zhuan4"),
    ("形势转得很快。", "转", 0, "zhuan3"),
    # dengue notice kinds
    ("只要积了水，一个星期就能孳生出上百只蚊子。", "只", 1, "zhi1"),  # 上|百: 百 is a numeral
    ("院子里养了上千只鸡。", "只", 0, "zhi1"),
    ("屡劝不改的，将依法开罚，最高可处新台币六万元罚锾。", "处", 0, "chu3"),
    ("违者可处人民币五千元罚款。", "处", 0, "chu3"),
    ("这一处房子是新台币六百万买的。", "处", 0, "chu4"),
    # factory kinds
    ("看螺丝拧没拧紧，外壳有没有缝。", "缝", 0, "feng4"),
    ("这扇门没有缝。", "缝", 0, "feng4"),
    ("你有没有缝扣子？", "缝", 0, "feng2"),
    ("查下来是一台螺丝刀的扭力调得不对，拧得太松。", "调", 0, "tiao2"),
    ("他被调得很远。", "调", 0, "diao4"),
    # baseball kinds
    ("两队去年在决赛碰过头，那一次海口赢了。", "过", 0, "guo5"),  # 碰|过|头, not 过头
    ("我们以前见过面，也点过头。", "过", 1, "guo5"),
    ("他玩过头了，作业没写。", "过", 0, "guo4"),
    ("第三棒一记长打，轻松拿下一分。", "长", 0, "chang2"),
    ("他一脚长传找到了前锋。", "长", 0, "chang2"),
    ("小树一年长高了一截。", "长", 0, "zhang3"),
    ("东山国小的少棒队争夺冠军。", "少", 0, "shao4"),
    ("他的球棒少了一根。", "少", 0, "shao3"),
    # used car kinds
    ("我小声说：“车况还行，可刹车得换，空调也得修。”", "得", 0, "dei3"),
    ("这台电脑得修了。", "得", 0, "dei3"),
    ("这么多活，他们打扫得完吗？", "得", 0, "de5"),
    ("妹妹难过得哭了。", "得", 0, "de5"),
    ("行，就当交个朋友。", "当", 0, "dang4"),
    ("你就当我没说。", "当", 0, "dang4"),
    ("他毕业后就当老师了。", "当", 0, "dang1"),
    ("他第二年就当上了班长。", "当", 0, "dang1"),
    # science fair kinds
    ("量的时候要很小心，豆芽又细又软。", "量", 0, "liang2"),
    ("小安负责量，我负责记。", "量", 0, "liang2"),
    ("这个量的大小要看情况。", "量", 0, "liang4"),
    ("老师看了我们的数据，说差这么一点，很可能只是误差。", "差", 0, "cha4"),
    # knitting kinds
    ("今年冬天要教我自己织一条围巾，送给妈妈当生日礼物。", "当", 0, "dang4"),
    ("她说围巾要织三十针宽，让我自己数。", "数", 0, "shu3"),
    ("起针数不对，后面织出来就会歪。", "数", 0, "shu4"),
    ("人数不够，还得再找两个人。", "数", 0, "shu4"),
    ("星星多得数不清。", "数", 0, "shu3"),
    ("现在多数两遍，省得以后拆。", "数", 0, "shu3"),
    ("多数人同意了。", "数", 0, "shu4"),
    # gym kinds
    ("上个月我在健身房办了一张卡，送了一节私教课。", "教", 0, "jiao4"),
    ("他请了一个私教。", "教", 0, "jiao4"),
    ("她在中学教课。", "教", 0, "jiao1"),
    ("最后那几秒，我觉得比一个小时还长。", "长", 0, "chang2"),
    ("孩子比去年还长了五公分。", "长", 0, "zhang3"),
    # bicycle kinds
    ("爸爸让我用拇指按着数到一百，说这样黏得才牢。", "得", 0, "de5"),
    ("他得了才艺比赛第一名。", "得", 0, "de2"),
    ("等一两分钟，胶水半干了，再把补丁贴上去。", "干", 0, "gan1"),
    ("他干了一半就走了。", "干", 0, "gan4"),
    # sleep before its verb
    ("我跟你说过多少遍了，觉要睡够，身体是自己的。", "觉", 0, "jiao4"),
    ("午觉还没睡醒，他就被叫起来了。", "觉", 0, "jiao4"),
    ("他不觉睡着了。", "觉", 0, "jue2"),
    ("我觉他睡得太少。", "觉", 0, "jue2"),
    # laundry: a word before the durative 着 is a verb, so 得 before it is the modal
    ("羊毛大衣得平铺着晾干。", "得", 0, "dei3"),
    ("这种被子得平铺着放。", "得", 0, "dei3"),
    ("他跑得飞快。", "得", 0, "de5"),
    # counting what a person did
    ("儿子总爱站在旁边数我熨了几条裤子。", "数", 0, "shu3"),
    ("她坐在窗前数他走了几趟。", "数", 0, "shu3"),
    ("这个数我已经记下了。", "数", 0, "shu4"),
    # start over
    ("要是熨歪了，就得喷点水重新来过。", "过", 0, "guo4"),
    ("写错了也不怕，从头来过就是了。", "过", 0, "guo4"),
    ("我们以前来过这里。", "过", 0, "guo5"),
    # mailman: a denied state calls for what must be done
    ("哪家的老人耳朵不好得多按几次门铃。", "得", 0, "dei3"),
    ("天气不太好得带伞。", "得", 0, "dei3"),
    ("他身体不好得了一场大病。", "得", 0, "de2"),
    ("他不知得了什么病。", "得", 0, "de2"),
    # muddled
    ("挂号信另外放，怕弄混了。", "混", 0, "hun4"),
    ("别把这两个词搞混了。", "混", 0, "hun4"),
    # driving school
    ("我连座椅都调不好。", "调", 0, "tiao2"),
    ("后视镜老是调不准。", "调", 0, "tiao2"),
    ("再慢慢地倒。", "倒", 0, "dao4"),
    ("他慢慢地倒在了地上。", "倒", 0, "dao3"),
    ("后轮撞上了路边的桩子。", "子", 0, "zi5"),
    ("他一连吃了两颗子。", "子", 0, "zi3"),
    ("考场里闷得让人喘不过气。", "闷", 0, "men1"),
    ("帐篷里闷得睡不着。", "闷", 0, "men1"),
    ("直角转弯，一项一项地过。", "地", 0, "de5"),
    ("我们一家一家地问。", "地", 0, "de5"),
    # house hunting
    ("我们终于决定买房子。", "子", 0, "zi5"),
    ("他在城里租房子住。", "子", 0, "zi5"),
    ("屋主急着卖，价格还有得谈。", "得", 0, "de5"),
    ("到了那里，有得吃有得玩。", "得", 0, "de5"),
    ("价格还得再谈谈。", "得", 0, "dei3"),
    ("房贷要还二十年。", "还", 0, "huan2"),
    ("每个月还完房贷，剩下的钱不多。", "还", 0, "huan2"),
    ("房贷还没批下来。", "还", 0, "hai2"),
    ("剩下的钱还得付水电。", "还", 0, "hai2"),
    ("他还完成了作业。", "还", 0, "hai2"),
    # bird watching
    ("大家忍不住拍手，鸟被吓得一下子飞走。", "得", 0, "de5"),
    ("他急得一时说不出话来。", "得", 0, "de5"),
    ("你得一下子做完。", "得", 0, "dei3"),
    ("他问老鹰长什么样子。", "长", 0, "zhang3"),
    ("你弟弟长那么高了？", "长", 0, "zhang3"),
    ("这条绳子有那么长吗？", "长", 0, "chang2"),
    # a market column
    ("行情刚刚起来，别急着满仓。", "刚", 1, "gang1"),
    ("今天涨了就乐，明天跌了就愁。", "乐", 0, "le4"),
    ("他从小就学乐器。", "乐", 0, "yue4"),
    # military training
    ("我昨晚没睡好，鞋带都系反了。", "系", 0, "ji4"),
    ("领带怎么系才好看？", "系", 0, "ji4"),
    ("他是中文系的学生。", "系", 0, "xi4"),
    # temple fair
    ("他让女儿先转转盘上的竹针。", "转", 0, "zhuan4"),
    ("孩子们在院子里转陀螺。", "转", 0, "zhuan4"),
    ("指针转到三点。", "转", 0, "zhuan4"),
    ("这件事转到他手上了。", "转", 0, "zhuan3"),
    # lantern maker
    ("做灯第一步是扎骨架。", "扎", 0, "za1"),
    ("她每天早上扎辫子。", "扎", 0, "za1"),
    ("有的只扎好了骨架。", "扎", 0, "za1"),
    ("护士给他扎了一针。", "扎", 0, "zha1"),
    ("她糊的纸总是鼓起小泡。", "糊", 0, "hu2"),
    ("先把纸糊平再说。", "糊", 0, "hu2"),
    ("小孩子最爱吃芝麻糊。", "糊", 0, "hu4"),
    # parents' group chat: what was missed or left behind
    ("落下的课回来我给他补一补。", "落", 0, "la4"),
    ("口袋里有没有落下的东西。", "落", 0, "la4"),
    ("落下的树叶铺满了小路。", "落", 0, "luo4"),
    # a council's budget: Taiwan's 长照 'long-term care'
    ("针对长照预算，多位议员则是一致支持。", "长", 0, "chang2"),
    ("政府推动长照服务。", "长", 0, "chang2"),
    # mooncakes: a doubled character reads alike twice, dough kneaded into shape
    ("包好以后在外面薄薄地拍一层干粉。", "薄", 1, "bao2"),
    ("刷一层薄薄的蛋黄水。", "薄", 1, "bao2"),
    ("再用手和成一个软软的面团。", "和", 0, "huo2"),
    ("他和成年人一样高。", "和", 0, "he2"),
    # a lost dog
    ("如有发现，请联络陈先生，必有重谢。", "重", 0, "zhong4"),
    ("请你重说一遍。", "重", 0, "chong2"),
    ("家里安静得让人难受。", "得", 0, "de5"),
    ("天气热得叫人受不了。", "得", 0, "de5"),
    ("你得让人家先走。", "得", 0, "dei3"),
    ("尾巴卷卷的，脖子上系着红色项圈。", "卷", 0, "juan3"),
    ("尾巴卷卷的，脖子上系着红色项圈。", "卷", 1, "juan3"),
    ("全书共分三卷。", "卷", 0, "juan4"),
    # West Lake: long between a measure word and its noun
    ("把挖出来的淤泥堆成了这条长堤。", "长", 0, "chang2"),
    ("他手里拿着一根长竹竿。", "长", 0, "chang2"),
    ("这棵树长出了新芽。", "长", 0, "zhang3"),
    # a harvest festival
    ("她问我吃不吃得惯。", "得", 0, "de5"),
    ("男孩子背着小背篮。", "背", 1, "bei1"),
    ("他的背上长了一颗痣。", "背", 0, "bei4"),
    # an earthquake drill: an adverb closed by 的 takes no 地 after it
    ("真的地震来的时候，千万不要搭电梯。", "地", 0, "di4"),
    ("他慢慢地点了点头。", "地", 0, "de5"),
]


@pytest.mark.parametrize(("text", "char", "nth", "want"), FIRST_READS_2026_12_07)
def test_first_reads_of_2026_12_07(engine, text, char, nth, want):
    assert both_scripts(engine, text, char, nth) == {want}
