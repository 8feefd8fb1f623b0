"""The grammar rules as data: which reading a character takes in which role.

Each rule says why, gives an example where it applies and one where it does not (the character
in 【】; ``tests/test_grammar.py`` checks both), and matches the words around the character
(patterns: ``edition.readings.grammar``). Rules are linguistic generalisations: a part of
speech before or after, a closed class of words (demonstratives, modal verbs, the resultative
complements of a verb). Words the lexicon knows (了解, 着急, 长大, 重新...) never reach a
single-character rule: these rules decide only where the character is a word by itself.
Rules are in the Simplified script: the engine runs on the Simplified lookup copy.
"""

from __future__ import annotations

from edition.readings.grammar import Rule

# Words of degree and comparison before an adjective: 很长 很重 太差.
DEGREE = "很 太 更 最 真 挺 好 多 多么 非常 十分 特别 那么 这么 越来越 比较 较 极 有点 有些 不"
# Verbs of motion and transfer whose 过 is the directional 'across, over' (guò), not the
# experiential aspect (guo): 走过马路, 穿过森林, 递过一杯茶.
MOTION = "走 跑 飞 穿 跨 越 跳 渡 闪 掠 驶 翻 绕 跃 划 滑 漂 流 递 传 转 擦 闯 钻 冲 扑 迈 飘 接 拿 抢 夺 抱 扔 挤 踩 踏 爬"

RULES: tuple[Rule, ...] = (
    # -- 着: aspect zhe, resultative zháo; 着急 着陆 着想 穿着(衣着) are lexicon words ----------
    Rule("zhe-potential", "着", "zhao2", "V不着 / V得着: 'manage to, reach' (睡不着 用不着)",
         yes="我们看得【着】月亮。", no="他笑【着】说。", before="不 得", before2="VERB"),
    Rule("zhe-aspect", "着", "zhe5", "aspect particle after a verb or adjective: 看着 笑着 亮着",
         yes="路灯一盏接一盏地亮【着】。", no="他急得睡不【着】。", before="HAN"),
    Rule("chuanzhe-wearing", "着", "chuan1 zhe5", "穿着 'wearing' (the noun 'attire' after 的)",
         yes="他穿【着】一件红衣服。", no="他的穿【着】很朴素。", word="穿着",
         not_before="的 *的"),
    # -- 地: adverbial marker de after a description, dì 'ground, land' ----------------------
    Rule("di-adverbial", "地", "de5", "adverbial marker after an adjective, adverb, idiom, "
         "reduplication or 'one by one' phrase, before the verb it describes",
         yes="河水慢慢【地】流着。", no="外婆先用铁锹把【地】翻了一遍。",
         before="ADJ ADV IDIOM REDUP REPEAT", after="VERB ADV PREP ADJ MODAL NUM"),
    Rule("di-adverbial-clause", "地", "de5", "a verb phrase or noun used as the manner of "
         "the verb after it (不停地说, 有点私心地想, 如你所愿地工作)",
         yes="他有点私心【地】想。", no="这块【地】很肥。", before="VERB NOUN",
         after="VERB ADV PREP MODAL",
         not_before="种 扫 下 耕 犁 翻 买 卖 租 分 的 把 将 在 到 从 PREP MEASURE DEM"),
    Rule("di-ground", "地", "di4", "the noun 'ground, land' after a preposition, measure word, "
         "demonstrative or a verb of farming",
         yes="外婆把【地】翻了一遍。", no="他慢慢【地】走了。",
         before="PREP MEASURE DEM 种 扫 耕 犁 翻 块 片 满 一 下 落"),
    # -- 得: complement marker de, modal děi, verb dé ---------------------------------------
    Rule("de-complement", "得", "de5", "complement marker after a verb or adjective "
         "(跑得快, 高兴得跳了起来, 说得没错)",
         yes="她高兴【得】跳了起来。", no="他【得】了第一名。", before="VERB ADJ",
         not_after="了 到 NUM"),
    Rule("dei-modal", "得", "dei3", "modal 'must' between a subject or adverb and a verb "
         "(你得早点睡, 还得等, 就得起床)",
         yes="你【得】早点睡觉。", no="他【得】了冠军。",
         before="PRON NOUN ADV START MODAL", after="VERB ADV MODAL PREP 有",
         not_after="了 到"),
    Rule("de-obtain", "得", "de2", "the verb 'obtain' before 了 or a numeral (得了第一)",
         yes="他【得】了冠军。", no="他跑【得】很快。", after="了 NUM", not_before="VERB ADJ"),
    # -- 了: le, liǎo in potential complements ----------------------------------------------
    Rule("le-potential", "了", "liao3", "V得了 / V不了: 'be able to finish' (走得了 去不了)",
         yes="我去得【了】。", no="他去【了】。", before="得 不", before2="VERB",
         after="END PARTICLE"),
    Rule("le-particle", "了", "le5", "aspect and sentence particle after a word",
         yes="他去【了】。", no="我去不【了】。", before="HAN"),
    # -- 过: aspect guo, directional guò -----------------------------------------------------
    Rule("guo-directional", "过", "guo4", "'across, over' after a verb of motion or transfer "
         "followed by its goal (走过马路, 转过头来, 递过一杯茶)",
         yes="他转【过】头来。", no="我来【过】这里。", before=MOTION,
         after="NOUN NUM MEASURE DEM 头 身 脸 来 去"),
    Rule("guo-aspect", "过", "guo5", "experiential aspect after a verb or adjective "
         "(来过, 教过, 接受过, 种过的)",
         yes="我们来【过】这里。", no="他【过】了马路。", before="VERB ADJ"),
    # -- 为: wèi 'for', wéi 'be, become, act as' ---------------------------------------------
    Rule("wei-frame", "为", "wei2", "以…为… 'take as' and 为…所… passive",
         yes="我们以他【为】榜样。", no="我们【为】人民服务。", near_before="以"),
    Rule("wei-passive", "为", "wei2", "为…所… passive (为人所知)",
         yes="这件事不【为】外人所知。", no="这是【为】你准备的。", near_after="所 所*"),
    Rule("wei-become", "为", "wei2", "after a verb: 'be, become, as' (选为, 划分为, 预计为)",
         yes="他被选【为】班长。", no="我们要【为】人民服务。", before="VERB",
         not_before="MODAL"),
    Rule("wei-equals", "为", "wei2", "'is' between a noun and a quantity (借期为一个月)",
         yes="借期【为】一个月。", no="他们【为】一个目标努力。", before="NOUN",
         after="NUM"),
    Rule("wei-for", "为", "wei4", "'for, on behalf of, in order to' at the start of a clause "
         "or after its subject, adverb or modal verb, with a verb or 而 following (专为攻克难题, "
         "正为胜利而兴奋; 为 'is' has no verb after it: 女性为六成)",
         yes="这些模型专【为】攻克难题而设计。", no="此地原【为】一片荒地。",
         before="START PRON NOUN ADV MODAL CONJ", near_after="VERB 而"),
    # -- 还: hái 'still, also', huán 'give back' -----------------------------------------------
    Rule("huan-return", "还", "huan2", "the verb 'give back' (还给, 把书还了, 还钱)",
         yes="你把书【还】了吗？", no="天【还】没亮。", after="给 了 回 回去 回来 清 债 钱 书",
         not_after="VERB ADV ADJ"),
    Rule("hai-adverb", "还", "hai2", "the adverb 'still, also, yet' before a verb, adjective, "
         "adverb or negation",
         yes="天【还】没亮。", no="请把书【还】给我。", after="VERB ADJ ADV PRON NUM MODAL PREP 有 是 没 不 要"),
    # -- 长: cháng 'long', zhǎng 'grow' --------------------------------------------------------
    Rule("zhang-grow", "长", "zhang3", "the verb 'grow' with its complement (长得, 长出, 长到, 长高)",
         yes="西红柿【长】得比她还高。", no="这条路很【长】。",
         after="得 出 出来 到 高 大 成 满 着 胖 起来"),
    Rule("chang-long", "长", "chang2", "the adjective 'long' after a degree word, a length or "
         "a noun it describes (很长, 四百米长, 没有锄头长)",
         yes="他的个子还没有锄头【长】。", no="孩子【长】高了。",
         before=DEGREE + " NUM MEASURE NOUN2 米 尺 里 寸", after="END PARTICLE 的"),
    Rule("chang-longer", "长", "chang2", "'long' between a degree word and a noun (更长时间)",
         yes="他还得花更【长】时间。", no="孩子又【长】高了。", before=DEGREE, after="NOUN"),
    # -- 重: zhòng 'heavy', chóng 'again' ---------------------------------------------------
    Rule("zhongzhong-heavily", "重", "zhong4 zhong4", "重重地 'heavily' (重重 'layer upon layer' "
         "elsewhere)", yes="他【重】重地点了点头。", no="困难【重】重。", word="重重", after="地"),
    Rule("zhong-heavy", "重", "zhong4", "the adjective 'heavy' after a degree word or a weight "
         "(很重, 十克重)", yes="每个约十克【重】。", no="他【重】写了一遍。",
         before=DEGREE + " NUM MEASURE 克 斤 公斤 吨"),
    Rule("lei-tired", "累", "lei4", "'tired' after a degree word or before 得/死/坏 (很累, "
         "累得满头大汗)", yes="种菜只是更【累】一点。", no="积【累】经验",
         before=DEGREE + " 好 真", after="得 死 坏 了 极 END PARTICLE ADV NUM"),
    Rule("hao-complement", "好", "hao3", "'done, properly' as the complement of a verb (穿好, "
         "量好, 调好)", yes="小美穿【好】衣服。", no="他【好】学。", before="VERB",
         not_before="爱 喜 友 讨 嗜 癖 MODAL"),
    Rule("zhan-stick", "粘", "zhan1", "the verb 'stick to' with 在/到/住/上 (粘在锅底)",
         yes="免得【粘】在锅底。", no="米饭很【粘】。", after="在 到 住 上 了 满"),
    Rule("sa-scatter", "撒", "sa3", "'scatter, sprinkle' before what is scattered or where "
         "(撒一点盐, 撒在地上; 撒谎 撒娇 撒手 are words)", yes="切碎以后【撒】一点盐。",
         no="他爱【撒】谎。", after="NUM 在 到 上 满 了 下 一点 些",
         verb=True),
    Rule("yao-want", "要", "yao4", "'want, will, must' by itself (要求 要挟 are words)",
         yes="他非【要】请我吃冰淇淋。", no="【要】求", after="HAN"),
    Rule("zi-suffix", "子", "zi5", "the noun suffix after a character the lexicon has no word "
         "for (园子); 子 zǐ as a word of its own follows a numeral or opens a clause",
         yes="园【子】不大。", no="孔戣之【子】", before="MORPHEME"),
    # -- 量: liáng 'measure', liàng 'amount' ----------------------------------------------------
    Rule("liang-measure", "量", "liang2", "the verb 'measure' with its object or complement "
         "(量血压, 量一量, 量好, 量着)",
         yes="又教小美用尺子【量】行距。", no="这个【量】很大。",
         after="NOUN 一 了 着 好 错 过 完 出 一下 一量", not_before="NUM DEM ADJ 的", verb=True),
    Rule("liang-measure-adv", "量", "liang2", "the verb 'measure' after an adverbial (认真地量)",
         yes="你先【量】，我再剪。", no="饭【量】很大。", before="地 别 再 先 又 去 来 会 要", verb=True),
    Rule("liang-redup", "量", "liang2", "the second verb of 量一量 / 量了量",
         yes="你量一【量】。", no="一量【量】", before="一 了", before2="量", verb=True),
    # -- 数: shǔ 'count', shù 'number' ---------------------------------------------------------
    Rule("shu-count", "数", "shu3", "the verb 'count' with its object or complement "
         "(数种子, 数一数, 数了数, 数不清)",
         yes="她正在【数】种子。", no="这个【数】很大。",
         after="NOUN 一 了 着 不 得 过 完 好 错 清 到 一下", not_before="NUM DEM ADJ 的", verb=True),
    Rule("shu-count-adv", "数", "shu3", "the verb 'count' after an adverbial or at the end of "
         "a clause after 地 (一棵一棵地数)", yes="她一棵一棵地【数】。", no="这个【数】不对。",
         before="地 在 正在 别 再 先 又 去 来 会 要 能", after="END NOUN 着 了", verb=True),
    Rule("shu-redup", "数", "shu3", "the second verb of 数一数 / 数了数",
         yes="她数了【数】。", no="多【数】人", before="一 了", before2="数", verb=True),
    # -- 种: zhǒng 'kind, seed', zhòng 'plant' ------------------------------------------------
    Rule("zhong-kind", "种", "zhong3", "measure word 'kind' after a numeral or demonstrative "
         "(三种, 十几种)", yes="他买了三【种】颜色的笔。", no="我们去【种】树。",
         before="NUM DEM MEASURE 多 几"),
    Rule("zhong-plant", "种", "zhong4", "the verb 'plant' with its object or complement "
         "(种树, 种完, 种过, 种出来)", yes="明天咱们一起去【种】西红柿。",
         no="这【种】花很香。", after="NOUN 完 了 过 好 出 出来 下 在 着 满 上 东西",
         not_before="NUM DEM MEASURE", verb=True),
    # -- 教: jiāo 'teach' (the word by itself); jiào in 教育 教室 宗教 -------------------------
    Rule("jiao-teach", "教", "jiao1", "the verb 'teach' by itself (教我, 教过, 教小美)",
         yes="外婆【教】小美量行距。", no="他信【教】。", not_before="信 传 宗 国 佛 道 回 邪 请", verb=True),
    # -- 背: bēi 'carry on the back', bèi 'back; recite' ------------------------------------
    Rule("bei-carry", "背", "bei1", "the verb 'carry on the back' (背着书包, 背起, 背我)",
         yes="他【背】起孩子就走。", no="他把课文【背】得很熟。",
         after="着 起 起来 上 走 回 回去 PRON 孩子 包 书包", not_before="NOUN MEASURE", verb=True),
    Rule("beizhe-carrying", "背", "bei1 zhe5", "背着 'carrying on the back' before what is "
         "carried (背着书包; bèizhe 'behind the back' before a person or 手)",
         yes="小美【背】着书包。", no="他【背】着手走来走去。", word="背着",
         after="NOUN ADJ NUM 小 一", not_after="手 双手 PRON"),
    Rule("bei-back", "背", "bei4", "the noun 'back (of something)' after a noun (勺背, 刀背)",
         yes="用勺【背】轻轻推动。", no="他【背】着孩子。", before="NOUN MEASURE",
         not_after="着 起 起来"),
    # -- 差: chà 'lack, poor' ------------------------------------------------------------------
    Rule("cha-lack", "差", "cha4", "'short of, poor' before a quantity or after a degree word "
         "(差三个月, 很差)", yes="这笔钱还【差】三个月到期。", no="【差】别很大。",
         after="NUM END PARTICLE", not_after="VERB"),
    # -- 少: shǎo 'few'; shào in 少年 少女 少儿 (lexicon words) ----------------------------------
    Rule("shao-few", "少", "shao3", "'few, little, lack' as a word by itself",
         yes="利息会【少】很多。", no="【少】儿读物", after="HAN END PARTICLE"),
    # -- 更: gèng 'more'; gēng in 更新 更换 三更 (lexicon words) --------------------------------
    Rule("geng-more", "更", "geng4", "the adverb 'more, even more' as a word by itself",
         yes="味道【更】好。", no="系统【更】新了。", after="HAN", not_after="新 换 改 衣 正 替 迭"),
    # -- 行: xíng 'go, all right', háng 'row' ------------------------------------------------------
    Rule("hang-row", "行", "hang2", "the measure word 'row, line' after a numeral "
         "(两行字, 第二行)", yes="第二【行】有错。", no="这样做不【行】。",
         before="NUM 每 几", not_after="人 人员"),
    Rule("yihang-row", "行", "yi1 hang2", "一行 'a row' after 每/这/那/第",
         yes="每一【行】之间", no="我们一【行】五人", word="一行", before="每 这 那 第 DEM 一行"),
    Rule("yihang-row-next", "行", "yi1 hang2", "一行 'a row' before what it holds or another 一行 "
         "(一行字, 一行一行地读)", yes="一【行】一行地读。", no="我们一【行】人", word="一行",
         after="一行 字 诗 文字 代码 之间 地 泪"),
    Rule("xing-ok", "行", "xing2", "'all right, will do' at the end of a clause (不行, 就行)",
         yes="这样就【行】。", no="这一【行】字", before="ADV 不 就 才 也 都 还 可", after="END PARTICLE"),
    # -- 为 of 调, 和, 干 and other verbs with a resultative complement -------------------------
    Rule("tiao-adjust", "调", "tiao2", "'adjust, mix' with a resultative complement "
         "(调低, 调好, 调匀)", yes="请把空调【调】低一点。", no="他被【调】到北京工作。",
         after="好 低 高 大 小 匀 整 成 准 亮 暗 快 慢 馅 馅儿", verb=True),
    Rule("huo-knead", "和", "huo2", "'mix, knead (dough)' before its complement 得 (和得太软)",
         yes="面【和】得太软。", no="我【和】他一起去。", after="得", after2="ADV ADJ", verb=True),
    Rule("huo-dough", "和", "huo2", "和面 'knead dough' closing a clause (the conjunction "
         "和 needs something after 面)", yes="第一步是【和】面。", no="我爱吃米饭【和】面。",
         after="面", after2="END", not_before="NOUN", verb=True),
    Rule("gan-dry", "干", "gan1", "'dry' as the complement of a verb (晒干, 挤干, 擦干)",
         yes="再用纱布把水挤【干】。", no="你在【干】什么？", before="VERB",
         after="END PARTICLE 了 净"),
    Rule("gan-do", "干", "gan4", "the verb 'do' with 得, 活 or a question word",
         yes="【干】得不错！", no="衣服晒【干】了。", after="得 活 吗 嘛 什么 啥 完 了 过",
         not_before="VERB", verb=True),
    # -- measure words after a numeral ----------------------------------------------------------
    Rule("zhi-measure", "只", "zhi1", "measure word for animals and one of a pair after a "
         "numeral (两只狗, 三只小猫)", yes="他有两【只】狗。", no="他【只】吃了一口。",
         before="NUM DEM 几 每", not_after="VERB ADV"),
    Rule("gan-measure", "杆", "gan3", "measure word for guns and pens after a numeral (一杆枪)",
         yes="他扛着一【杆】枪。", no="旗【杆】很高。", before="NUM 几"),
    # -- single characters whose other readings live only in words ----------------------------
    Rule("qie-cut", "切", "qie1", "the verb 'cut' by itself (一切 亲切 切实 are words)",
         yes="他先【切】菜。", no="一【切】都好。", after="HAN"),
    Rule("xiao-peel", "削", "xiao1", "the verb 'peel, pare' by itself (剥削 削弱 are words)",
         yes="他在【削】苹果。", no="剥【削】", after="HAN"),
    Rule("bao-thin", "薄", "bao2", "the colloquial adjective 'thin' after a degree word or "
         "closing a clause (稍薄, 很薄; 薄弱 单薄 are words)", yes="边上稍【薄】。",
         no="掌握了【薄】谷开来的事", before=DEGREE + " 稍 ADV", after="END PARTICLE 的 了"),
    Rule("mei-not", "没", "mei2", "'not have, not' by itself (淹没 没收 are words)",
         yes="天还【没】亮。", no="淹【没】", after="HAN"),
    Rule("dou-all", "都", "dou1", "the adverb 'all, already' by itself (首都 都市 are words)",
         yes="谁【都】能包得又快又好。", no="福建【都】指挥使司", after="HAN",
         not_before="NAME"),
    Rule("ceng-once", "曾", "ceng2", "the adverb 'once, ever' before a verb (曾经 is a word)",
         yes="他【曾】参加过比赛。", no="【曾】先生来了。", after="VERB ADV", not_before="START"),
    Rule("renjia-others", "人", "ren2 jia5", "人家 'other people, he, she' (rén jiā 'household' "
         "after a numeral or measure word)", yes="【人】家说得对。", no="村里有几户【人】家。",
         word="人家", not_before="NUM MEASURE 户 家 好 有"),
    Rule("duoshao-somewhat", "多", "duo1 shao3", "多少 'more or less' before a verb or adverb "
         "(多少有些, 多少会)", yes="他【多】少有些失望。", no="你有【多】少钱？",
         word="多少", after="有 有些 有点 会 也 能 ADV VERB"),
)
