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
DEGREE = (
    "很 太 更 最 真 挺 好 多 多么 非常 十分 特别 那么 这么 越来越 比较 较 极 有点 有些 不 稍 稍微"
)
# Words ending in a feeling or sensation (肚子饿, 头疼, 心急): a 得 after them is the complement
# marker (肚子饿得咕咕叫), whatever jieba tagged the whole word.
FEELINGS = (
    "*饿 *累 *疼 *痛 *急 *渴 *困 *冷 *热 *忙 *慌 *怕 *气 *烦 *闷 *晕 *饱 *撑"
    " *酸 *麻 *痒 *胀 *肿"  # 腰酸得直不起来, 腿麻得站不住
)
# Debts one repays (房贷要还二十年, 还完贷款): 还 next to them is huán 'repay'.
DEBT = "贷 房贷 车贷 贷款 债 债务 欠款 借款 利息 本金 信用卡 卡债 欠债 账单 学贷"
# Things tied or bound (扎骨架, 扎辫子): 扎 before or around them is zā 'bind'.
BOUND = (
    "骨架 风筝 灯笼 花灯 辫子 小辫 小辫儿 马尾 彩 篱笆 架子 头发 口袋 袋口 腰带 绷带 伤口 扫帚"
    " 花束 稻草人 钢筋 钢筋笼 钢筋网"  # 扎钢筋 'tie the rebar' (钢筋绑扎)
)
# Bundles counted by the bundle (一捆一捆地, 一束束, 扎成捆): what is done up in them is tied, zā.
BUNDLES = "捆 一捆 捆捆 成捆 束 一束 束束 成束"
# Fruit, seed and crops a plant bears (结了好多果子, 结籽, 结了两个南瓜): 结 before them is jiē.
FRUITS = (
    "果 果子 果实 果儿 籽 种子 穗 豆荚 荚 桃 桃子 李子 杏 杏子 枣 枣子 橘子 柿子 石榴 苹果 梨"
    " 芒果 荔枝 龙眼 葡萄 番茄 西红柿 瓜 南瓜 黄瓜 冬瓜 西瓜 丝瓜 苦瓜 辣椒 茄子 豆角 花生"
)
# What is mixed with water into a paste or a dough (和 huó 'mix': 和水泥, 和好的砂浆, 和面).
MIXES = (
    "面 面团 泥 泥巴 水泥 砂浆 灰浆 灰 馅 馅儿 饺子馅 面粉 白面 玉米面 *粉"
    " 腻子 石膏"  # putty and plaster, stirred with water into a paste (和腻子, 腻子和好了)
)
# Garments and cloths, and the parts of them that have a length (袖子, 裤腿, 裙摆): they are
# long or short, never growing (长 cháng after them).
GARMENTS = (
    "袖 裙 裤 衣 袖子 裙子 裤子 衣服 外套 大衣 上衣 衬衫 窗帘 床单 围巾 裙摆 裤腿 裤脚 裤管 袖口"
    " 衣袖 衣摆 裙边"
)
# Scarves and neckerchiefs, tied round the neck (系红领巾, 丝巾系好): 系 next to them is jì.
SCARVES = "红领巾 领巾 丝巾 头巾 围巾 方巾 纱巾"
# Tufts of hair or grass, which 撮 counts as zuǒ (一撮胡子, 两撮白毛); a pinch of a powder is cuō
TUFTS = "毛 胡子 胡须 头发 白发 黑发 须 毛发 草 鬃毛 羽毛 黄毛 白毛 黑毛"
# Paper and what is papered (糊窗户, 糊纸): 糊 with them is hú 'paste'.
PAPER = "纸 窗户 窗 信封 风筝 灯笼 花灯 墙纸 报纸 纸盒 纸箱 窗纸 墙"
# Verbs of motion and transfer whose 过 is the directional 'across, over' (guò), not the
# experiential aspect (guo): 走过马路, 穿过森林, 递过一杯茶.
MOTION = (
    "走 跑 飞 穿 跨 越 跳 渡 闪 掠 驶 翻 绕 跃 划 滑 漂 流 递 传 转 擦"
    " 闯 钻 冲 扑 迈 飘 接 拿 抢 夺 抱 扔 挤 踩 踏 爬 晃 躲 避 溜"
)

# Verbs whose 着 is the result 'reach, hit, manage' (zháo) once the result is denied, warned of
# or reached: 没找着 'did not find', 别烧着窗帘 'do not set it alight', 吓着了 'got frightened'.
# With the durative zhe they describe a state (找着找着, 烧着火), which is neither.
RESULT_ZHAO = (
    "找 烧 碰 猜 够 借 买 见 冻 凉 吓 撞 烫 逮 捉 熏 磕 饿 累 伤 睡 晒 淋 呛 扭 闪"
    " 钓 抓 打 踢 射 砸 咬 追 抢 赶 摸 接"  # catching and hitting: 没钓着, 打着了, 没接着
)
# The verbs of RESULT_ZHAO that hurt or frighten (砸着人, 吓着了, 烫着手): warned of, or after 被,
# their 着 is the harm done; catching and holding verbs (抓着, 抱着) go on in their state.
HARM_ZHAO = "吓 砸 烫 冻 碰 撞 磕 伤 呛 熏 扎 闪 扭 摔 绊 噎 咬"
# Verbs that cut or prick (切 剁 割 砍...): warned of, their 着 is the harm 'hurt' (别剁着手,
# 小心切着手指); the durative zhe goes on with what is cut (切着菜, 剁着肉馅).
CUTS = "切 剁 割 砍 剪 削 刮 锯 划 戳"
# Words of denial and warning before such a verb (没找着, 别烫着, 千万别碰着).
DENY = "没 没有 别 不要 甭 可别 千万别 未"
# An amount estimated after 少说/起码 (少说得一个礼拜, 起码得两百块): how it opens, and the span
# of time or the sum of money it closes with
AMOUNT = "NUM 半 好几 几 上百 上千 十来"
SPANS_AND_SUMS = "月 个月 天 年 小时 钟头 分钟 星期 礼拜 周 块 元 万 千 *天 *年 *块"
# What a mixture is measured out in (调一碗蘸料, 调了两杯蜂蜜水): 调 tiáo 'mix', not diào
SERVINGS = "碗 杯 盆 壶 盘 份 锅 勺 瓶"
# Trades a shop deals in (印刷行, 五金行, 琴行, 米行): a 行 after them is háng 'shop, firm'.
TRADES = (
    "印刷 五金 电器 家电 机车 脚踏车 自行车 琴 钢琴 乐器 米 粮 粮食 布 布匹 药 药材 茶 茶叶 珠宝"
    " 木材 建材 水电 杂货 钟表 眼镜 古董 电料 皮货 山货 干货 海产"
    " 零件 零部件 配件"  # a parts dealer (零件行, 配件行)
)
# Things sold and kept in rolls, counted with the measure 卷 juǎn (两卷卫生纸, 一卷胶带): books and
# scrolls are counted juàn (三卷书).
ROLLS = (
    "纸 卫生纸 胶带 胶布 布 绳子 铁丝 毛线 电线 地毯 席子 凉席 草席 铺盖 行李 钞票 保鲜膜 锡纸"
    " 彩带 胶卷 宣纸 壁纸 墙纸 纱布 绷带"
    " 砂纸 *纸 *胶带 *胶布 *膜"  # any paper, tape or film sold by the roll (两卷砂纸, 一卷封箱胶带)
    " 皮尺 软尺 布尺 花边 松紧带 丝带 缎带 棉线 丝线"  # a tailor's tape measures, trims and threads
)
# Instruments and settings one adjusts (调 tiáo): 调浮标 'set the float', 调闹钟, 调琴弦.
DEVICES = (
    "浮标 闹钟 钟 表 手表 收音机 琴 琴弦 弦 音 焦距 焦 镜头 座椅 椅子 天线 频率 频道 音量 音响"
    " 灯光 水温 室温 温度 亮度 空调 电视 仪器 仪表 望远镜 显微镜 后视镜 油门 气门 刹车 秤 钓竿"
    " 鱼竿 线组 铰链 合页 螺丝 节拍器"
    " 机器 颜色 色彩 色调"  # a printing press set right, a colour matched (调一下机器, 调颜色)
)
# What is milled (磨 mò 'mill', not mó 'rub, sharpen'): grains, beans and what they are
# milled into (把黄豆磨成浆, 磨豆浆, 磨面粉).
GRAINS = (
    "豆 豆子 黄豆 绿豆 黑豆 大豆 咖啡豆 麦子 小麦 荞麦 米 大米 糯米 玉米 高粱 芝麻 花生 面 面粉"
    " 豆浆 米浆 米粉 粮食 谷子 辣椒面"
)
# What gets dry (干 gān after it, not gàn 'do'): coats and glues, washed things, surfaces.
DRIES = (
    "油漆 漆 底漆 面漆 涂料 胶 胶水 水泥 墨 墨水 墨迹 颜料 腻子 泥 地板 地面 墙 墙面 衣服 被子"
    " 床单 毛巾 头发 袜子 鞋子 鞋 指甲油 路面 被单 衣裳 裤子 纸 灯笼 字迹 糨糊 浆糊 白胶 笔迹 字"
    " 伤口 土 泥土 盆土 皮肤 嘴唇 嗓子 喉咙 河床 池塘 水苔 苔藓 木头 木柴 柴"  # wounds, soil, lips
    " 墨汁 *墨"  # ink
)
# What one is left in charge of and keeps an eye on (看好孩子, 看好行李, 看好门): after 看好
# they make it kān 'look after', where kàn hǎo 'think promising' takes a prospect.
# MINDED holds the charges alone; IN_CHARGE adds any person (看好他), for the rules whose
# context already says 'mind' (a modal, 帮, 记得): a person may also be a prospect (看好他们).
MINDED = (
    "孩子 小孩 孩子们 弟弟 妹妹 宝宝 孙子 儿子 女儿 门 家 家门 大门 行李 东西 钱包 包 摊子 店"
    " 火 炉子 羊 牛 鸡 狗 猫 小狗 小猫 狗狗 猫咪"
)
IN_CHARGE = MINDED + " PERSON"
# Liquids one pours: named before 倒 they make it dào 'pour', not dǎo 'fall'.
LIQUIDS = (
    "油 水 汤 酒 茶 热油 开水 热水 冷水 凉水 牛奶 果汁 汤汁 酱油 醋 糖水 香油 豆浆 可乐 咖啡"
    " 啤酒 饮料"
)
# What is scattered by hand, sǎ (撒食 撒种子 撒盐): a net, a lie or a tantrum is sā (撒网 撒谎
# 撒娇), words of their own (sa-scatter).
SCATTERED = (
    "食 米 碎米 谷子 饲料 鸡食 鸟食 鱼食 种 种子 菜籽 盐 糖 白糖 胡椒 胡椒粉 辣椒粉 孜然 芝麻 葱花"
    " 香菜 面粉 干面粉 粉 石灰 化肥 肥料 沙子 沙 土 花瓣 纸钱 面包屑 豆子 玉米"
)
# Foods dried into a 干 gān of their own (豆干 鱼干 笋干), which jieba cuts from it: after them
# 干 is 'dried (food)', never gàn 'do' (gan-dried-food-24, gan-dried-food-talent).
DRIED_FOODS = (
    "豆 肉 鱼 小鱼 虾 菜 笋 萝卜 香菇 鱿鱼 芒果 葡萄 地瓜 红薯 番薯 柿 柿子 牛肉 猪肉 鸡肉 豆腐"
    " 海带 梅 贝"
)
# Things one carries about and can leave behind somewhere (围巾落在教室里了, 钥匙落在车上了):
# before 落在 + a place they make it là 'leave behind' (Xiandai Hanyu Cidian), not luò 'fall'.
BELONGINGS = (
    "钥匙 手机 钱包 包 书包 背包 提包 雨伞 伞 围巾 帽子 手套 外套 大衣 衣服 眼镜 作业 作业本"
    " 课本 本子 书 笔 铅笔盒 文具盒 水壶 水杯 杯子 饭盒 充电器 耳机 证件 身份证 护照 卡 钱"
    " 东西 行李 箱子 文件 U盘"
)

# What the measure 场 cháng counts, a course of events (一场大雨, 一场误会): 场 chǎng counts
# shows and matches
RAINS_AND_EVENTS = (
    "*雨 *雪 *病 *梦 *仗 *战 *灾 *火 *风波 误会 官司 虚惊 战争 革命 运动 浩劫 "
    "悲剧 灾难 冰雹 暴风雨 大风 台风 飓风 狂风 风暴 龙卷风 洪水 寒潮 沙尘暴"
)
# Points scored, after a numeral (得两分) or glued to it (得|一分): 得 before them is dé 'score'
POINTS = "分 一分 两分 三分 四分 五分 六分 七分 八分 九分"
# Measure words with another reading as a word of their own, said twice after 一 'one by one,
# every one' (一只只小鸟, 一行行字, 一卷卷布, 一担担粮食): jieba glues the first copy to 一 (一行
# 'a party', 一卷 'volume one') or leaves the second alone (只 'only'), and both read as the
# measure (``ReadingEngine._doubled_measures``); a copy inside another word stays (一只|只要).
DOUBLED_MEASURES = {
    "只": "zhi1",
    "行": "hang2",
    "卷": "juan3",
    "担": "dan4",
    "处": "chu4",
    "间": "jian1",
    "片": "pian4",
    "把": "ba3",
    "排": "pai2",
    "种": "zhong3",
    "曲": "qu3",
    "圈": "quan1",
    "挑": "tiao1",
    "重": "chong2",
}

# Surnames read otherwise than the character's commoner reading (Xiandai Hanyu Cidian's 姓
# senses; every one is a "surname" entry of CC-CEDICT, which tests/test_readings.py checks).
SURNAMES = {
    "单": "shan4", "解": "xie4", "查": "zha1", "仇": "qiu2", "区": "ou1", "朴": "piao2",
    "盖": "ge3", "缪": "miao4", "覃": "qin2", "华": "hua4", "召": "shao4", "纪": "ji3",
    "曾": "zeng1", "任": "ren2", "那": "na1", "翟": "zhai2", "燕": "yan1", "应": "ying1",
}


# ...of them, those whose other readings do not stand before a title or kinship term (解 jiě,
# 查 chá, 任 rèn, 那 nà, 区 qū... do: 查老师的资料, 那老师): 单老师 Shàn, 华先生 Huà
SURNAMES_BEFORE_TITLES = "单仇朴缪覃华纪翟燕"
TITLES = (
    "老师 先生 女士 小姐 太太 医生 大夫 师傅 同学 主任 校长 教授 经理 老板 阿姨 叔叔 伯伯 "
    "大哥 大姐 大妈 大爷 大叔 大婶 奶奶 爷爷 警官 队长 院长 局长 师父"
)


def surname_after_xing() -> tuple[Rule, ...]:
    """The character right after the verb 姓 'be surnamed' is a surname (他姓单, 姓解的老师):
    one rule per character of ``SURNAMES``."""
    return tuple(
        Rule(
            f"{reading[:-1]}-surname-xing",
            char,
            reading,
            f"the surname after 姓 'be surnamed' (姓{char}的大哥)",
            yes=f"新来的老师姓【{char}】。",
            no=f"他在纸上写了一个【{char}】字。",
            before="姓",
        )
        for char, reading in SURNAMES.items()
    ) + tuple(
        Rule(
            f"{SURNAMES[char][:-1]}-surname-title",
            char,
            SURNAMES[char],
            f"the surname before a title or kinship term ({char}老师, {char}先生)",
            yes=f"今天是【{char}】老师给我们上课。",
            no=f"他在纸上写了一个【{char}】字。",
            after=TITLES,
        )
        for char in SURNAMES_BEFORE_TITLES
    )


RULES: tuple[Rule, ...] = (
    *surname_after_xing(),
    # -- 着: aspect zhe, resultative zháo; 着急 着陆 着想 穿着(衣着) are lexicon words ----------
    Rule(
        "zhao-a-move",
        "着",
        "zhao1",
        "'a move' (in chess, a trick) counted by 一 (这一着走得妙, 一着不慎, 只差一着): the "
        "aspect follows a verb (拿着一张纸), and 一着急 一着凉 are words",
        yes="他这一【着】走得真妙。",
        no="他手里拿【着】一张纸。",
        before="一",
        # 一着急, 一着凉...: the words of 着 zháo, should the cut leave them apart
        not_after="急 凉 地 火 慌 迷 风 陆 手 想 魔",
    ),
    Rule(
        "zhe-potential",
        "着",
        "zhao2",
        "V不着 / V得着: 'manage to, reach' (睡不着 用不着)",
        yes="我们看得【着】月亮。",
        no="他笑【着】说。",
        before="不 得",
        before2="VERB",
    ),
    Rule(
        "zhao-touch",
        "着",
        "zhao2",
        "着地 'touch the ground' closing the clause (把手着地, 双脚着地) or a time clause (膝盖"
        "着地的时候, 着地以后); right after a verb 着 is its durative (踩着地, 拖着地)",
        yes="让座垫和把手【着】地。",
        no="他两只脚一直踩【着】地。",
        after="地",
        after2="END 了 的 时 时候 后 以后 之后 前 之前 瞬间 一瞬间 那",
        before="START NOUN PRON ADJ ADV NUM WORD2",
    ),
    Rule(
        "zhao-result-denied",
        "着",
        "zhao2",
        "the result 'reach, manage' of a verb that takes it, the result denied or warned of "
        "(没找着 'did not find', 别烧着 'do not set alight', 别吓着孩子)",
        yes="我找了半天都没找【着】。",
        no="他没拿【着】东西就走了。",
        before=RESULT_ZHAO,
        before2=DENY,
    ),
    Rule(
        "zhao-caught-denied",
        "着",
        "jie1 zhao2",
        "接着 'caught' denied at the end of its clause (球扔过来，他没接着): jieba keeps 接着 "
        "'go on' as one word, which goes on to what is done next (没接着说)",
        yes="球飞得太快，我没接【着】。",
        no="他喝了口水，没接【着】说下去。",
        word="接着",
        before=DENY,
        after="END PARTICLE 了",
    ),
    Rule(
        "zhao-result-risk",
        "着",
        "zhao2",
        "the same result as a risk (强光会伤着文物, 小心烫着, 免得冻着)",
        yes="强光会伤【着】文物。",
        no="他会拿【着】书等你。",
        before=RESULT_ZHAO,
        before2="会 容易 可能 怕 免得 以免 小心 当心",
    ),
    Rule(
        "zhao-fall-risk",
        "着",
        "zhao2",
        "the harm of a fall or a choke warned of, closing the clause (容易摔着, 小心绊着, 慢点吃"
        "别噎着): a fall that goes on takes its place (摔着跟头 is rare; 摔着东西 throws things)",
        yes="楼梯太陡，老人家容易摔【着】。",
        no="他一生气就摔【着】东西出气。",
        before="摔 绊 噎 磕",
        before2="会 容易 可能 怕 免得 以免 小心 当心 别 不要 千万别",
        after="END 了",
    ),
    Rule(
        "zhao-result-reached",
        "着",
        "zhao2",
        "the same result reached, closed by 了 (找着了, 吓着了, 烫着了); the durative zhe "
        "goes on (找着找着, 烧着一锅水)",
        yes="钥匙终于找【着】了。",
        no="炉子上烧【着】一锅水。",
        before=RESULT_ZHAO,
        after="了",
    ),
    Rule(
        "zhao-result-then",
        "着",
        "zhao2",
        "the result 'catch fire, fall asleep, find' reached, before 以后 or 之后 (炉子生着以后, 火"
        "点着之后, 找着以后): the durative zhe does not end in 'after' (先放着，以后再说)",
        yes="炉子生【着】以后，再慢慢加煤。",
        no="这些东西先放【着】，以后再说。",
        before="生 点 烧 睡 找 划 打 引 逮 抓 捉 碰 遇",
        after="以后 之后",
    ),
    Rule(
        "zhao-result-finally",
        "着",
        "zhao2",
        "the result 'reach, manage' reached at last, closing the clause (找了半天才找着, 总算"
        "买着, 终于逮着): the durative zhe goes on to what is done meanwhile (才拿着书出门)",
        yes="找了半天才找【着】。",
        no="他才烧【着】一壶水。",
        before=RESULT_ZHAO,
        before2="才 终于 总算 可算 好容易 好不容易",
        after="END PARTICLE",
    ),
    Rule(
        "zhao-found-count",
        "着",
        "zhao2",
        "'find, get' reached at last before what or how many were found (翻了半天才找着两颗, "
        "总算买着一张票, 总算买着合适的螺母): a durative verb keeps its zhe before what it holds "
        "(才炖着两只鸡; 借着灯光 'by the light' is not among these verbs)",
        yes="跑了三家店，总算买【着】一张票。",
        no="炉子上才炖【着】两只鸡。",
        before="找 买 钓 逮 捉 抢 淘 捞",
        before2="才 终于 总算 可算 好容易 好不容易",
        after="NUM 一 两 几 半 好几 NOUN ADJ PRON PERSON",
    ),
    Rule(
        "zhao-result-finally-where",
        "着",
        "zhao2",
        "the result 'find, manage' reached at last after where it was reached (才在草丛里找着, "
        "终于在车站买着): the clause closes on the result; the durative zhe goes on to what "
        "is done there (终于在人群里抓着妈妈的手)",
        yes="翻遍了抽屉，最后才在床底下找【着】。",
        no="他终于在人群里抓【着】妈妈的手不放。",
        before=RESULT_ZHAO,
        near_before="才 终于 总算 可算 好容易 好不容易",
        after="END PARTICLE",
    ),
    Rule(
        "zhao-found-at-last-what",
        "着",
        "zhao2",
        "找着 or 买着 'found, managed to buy' at last, before the one thing found (才在柜子里找着那"
        "把钥匙, 终于买着一张票): the durative zhe of a hand that holds on goes with 抓 拉 牵 "
        "(终于在人群里抓着妈妈的手不放)",
        yes="翻了一上午，他才在床底下找【着】那双鞋。",
        no="他终于在人群里抓【着】妈妈的手不放。",
        before="找 买 借",
        near_before="才 终于 总算 可算 好容易 好不容易",
        after="DEM NUM 一 那个 这个",
    ),

    Rule(
        "zhao-harm-done-to",
        "着",
        "zhao2",
        "the result 'affect, hurt' done to a person, closed by 了 (累着你了, 吓着孩子了, 冻着他了):"
        " a verb that goes on holds the person without 了 after (抱着孩子走)",
        yes="这一路上可累【着】你了。",
        no="他一路上都抱【着】孩子。",
        before=RESULT_ZHAO,
        after="PRON PERSON 孩子 人 老人 宝宝 大家",
        after2="了",
    ),
    Rule(
        "zhao-harm-passive",
        "着",
        "zhao2",
        "the result 'be hit, be hurt' of a verb of harm after 被/让/给 closing the clause (鱼会"
        "被吓着, 别让孩子给烫着, 小心被砸着): what is held or carried after 被 goes on "
        "(被绑着, 被人抬着走)",
        yes="请不要拍玻璃，鱼会被吓【着】。",
        no="他的手脚都被绑【着】。",
        before=HARM_ZHAO,
        before2="被 让 给 叫",
        after="END 了 PARTICLE",
    ),
    Rule(
        "zhao-harm-risk-near",
        "着",
        "zhao2",
        "the same result as a risk warned of further back in the clause (免得晃下来砸着人, 小心"
        "别让开水烫着手, 以免磕着头): harm that may come is not going on",
        yes="箱子要推紧，免得晃下来砸【着】人。",
        no="他一路小心地抱【着】孩子。",
        before=HARM_ZHAO,
        near_before="免得 以免 省得 小心 当心 留神 怕 生怕 别 千万别 不要",
    ),
    Rule(
        "zhao-cut-harm-warned",
        "着",
        "zhao2",
        "the harm 'cut, hurt' of a verb that cuts, warned of, on a part of the body or closing "
        "the clause (小心别切着手指, 刀快，别割着): cutting that goes on has what is cut after "
        "it (她小心地切着土豆丝)",
        yes="刀刚磨过，你削苹果的时候别削【着】手指。",
        no="她小心地切【着】土豆丝。",
        before=CUTS,
        near_before="免得 以免 省得 小心 当心 留神 怕 生怕 别 千万别 不要",
        after="手 手指 指头 脚 脚趾 自己 END 了 PARTICLE",
    ),
    Rule(
        "zhao-got-share",
        "着",
        "zhao2",
        "'get (a share, a bite)' reached, closed by 了 at the end of the clause (谁吃着了, 我也"
        "喝着了, 红包抢着了): the durative zhe goes on to what is eaten or done next (吃着饭, "
        "吃着喝着)",
        yes="那块包着硬币的年糕，最后谁吃【着】了？",
        no="大家吃【着】喝着，一直聊到半夜。",
        before="吃 喝 尝 抢 分",
        after="了",
        after2="END PARTICLE",
    ),
    Rule(
        "zhao-anxious-split",
        "着",
        "zhao2",
        "着急 'worry' split by what is worried about, in a rebuke (着什么急, 着啥急)",
        yes="你【着】什么急呀？",
        no="他笑【着】什么也没说。",
        after="什么 啥 哪门子",
        after2="急",
    ),
    Rule(
        "zhao-catch-split",
        "着",
        "zhao2",
        "着 'catch, be affected by' with 了 between it and what caught it (着了凉 'caught a "
        "chill', 着了火 'caught fire', 着了迷): the words 着凉 着火 着迷 着慌 split by their "
        "aspect particle; the durative zhe takes no 了 after it",
        yes="前几天忽冷忽热，他【着】了凉。",
        no="他看【着】我笑了。",
        after="了",
        after2="凉 火 迷 慌 急 魔",
    ),
    Rule(
        "zhao-catch-fire",
        "着",
        "zhao2",
        "着 'catch fire, start up' right after an adverb of time or of at last, closing the "
        "clause (车一下就着了, 火又着了, 试了几次才着): the durative zhe follows a verb, never "
        "an adverb alone",
        yes="打了好几次火，炉子才【着】了。",
        no="门口一直站【着】一个人。",
        before="就 又 才 也 都 终于 总算 马上 立刻 一下子 很快 火",
        after="了 END",
        not_after2="NOUN NUM",
    ),
    Rule(
        "zhao-struck-alight",
        "着",
        "zhao2",
        "着 'catch fire' after striking a match or a lighter named in the clause (火柴划着了, "
        "打火机打着了再点): the durative zhe of striking goes on into what is done meanwhile "
        "(拿火柴划着玩)",
        yes="他的火柴划【着】了，赶紧用手护住火苗。",
        no="小孩拿着火柴在桌上划【着】玩。",
        before="划 擦 打",
        near_before="火柴 洋火 打火机 火机",
        after="了 END 以后 之后",
    ),
    Rule(
        "zhe-aspect",
        "着",
        "zhe5",
        "aspect particle after a verb or adjective: 看着 笑着 亮着",
        yes="路灯一盏接一盏地亮【着】。",
        no="他急得睡不【着】。",
        before="HAN",
    ),
    Rule(
        "zhe-durative-word",
        "着",
        "zhe5",
        "a verb the dictionary joins with 着 zháo (点着 'set alight', 睡着 'fall asleep') "
        "before a number is the verb with the durative zhe: 洞里点着一盏灯, 床上睡着一个孩子",
        yes="洞里点【着】一盏小油灯。",
        no="火已经点【着】了。",
        word="*着",
        after="NUM",
    ),
    Rule(
        "zhe-durative-doubled",
        "着",
        "zhe5",
        "a verb the dictionary joins with 着 zháo said twice, V着V着 'on and on, until' (睡着睡着"
        "就打起了呼噜, 找着找着就迷了路): the durative zhe; 'fall asleep' is said once",
        yes="她在车上睡【着】睡着就靠到了我肩上。",
        no="她在车上很快就睡【着】了。",
        word="*着",
        after="AGAIN",
    ),
    Rule(
        "zhe-durative-doubled-second",
        "着",
        "zhe5",
        "the second verb of V着V着 (睡着睡着, 找着找着): the durative zhe like the first",
        yes="她在车上睡着睡【着】就靠到了我肩上。",
        no="她在车上很快就睡【着】了。",
        word="*着",
        before="AGAIN",
        # a name jieba cut in two (豆|豆睡着了) repeats a noun, not the verb
        not_before="NOUN NAME PRON MEASURE NUM",
    ),
    Rule(
        "nianzhe-clinging",
        "着",
        "nian2 zhe5",
        "黏着 before whom or what it clings to is the verb with the durative zhe (一直黏着妈妈, "
        "鞋底黏着泥): niánzhuó 'adhesion' is the noun (黏着力, 黏着剂)",
        yes="弟弟一直黏【着】妈妈。",
        no="这种胶的黏【着】力很强。",
        word="黏着",
        after="PERSON PRON NOUN NAME 在 一 NUM",
        not_after="力 剂 性",
    ),

    Rule(
        "xizhe-sucking",
        "着",
        "xi1 zhe5",
        "吸着 before what is sucked or held by suction is the verb with the durative zhe (吸盘"
        "吸着玻璃, 嘴里吸着烟, 磁铁吸着铁钉): xīzhuó 'adsorption' is the technical noun "
        "(吸着剂, 吸着作用)",
        yes="它用小吸盘吸【着】玻璃，慢慢地爬。",
        no="活性炭的吸【着】作用很强。",
        word="吸着",
        after="PERSON PRON NOUN NAME 一 NUM",
        not_after="剂 作用 力 性 能力",
    ),
    Rule(
        "chenzhe-sulking",
        "着",
        "chen2 zhe5",
        "沉着 before 脸 is 沉 'pull a long face' with the durative zhe (沉着脸不说话): chénzhuó "
        "'calm' describes how one acts (沉着应战, 沉着冷静)",
        yes="他沉【着】脸一句话也不说。",
        no="面对危险，他十分沉【着】。",
        word="沉着",
        after="脸 一张脸 个脸",
    ),
    Rule(
        "zhe-durative-body",
        "着",
        "zhe5",
        "the same verbs before a part of the body they move (点着头 'nodding', 摸着头): "
        "nodding goes on, nothing is set alight",
        yes="我点【着】头，眼泪却掉了下来。",
        no="火柴怎么也点不【着】。",
        word="*着",
        after="头 脑袋 手 脚 腰 下巴",
    ),
    Rule(
        "zhaoshou-harm-hand",
        "着",
        "zhao2 shou3",
        "着手 after a verb of harm warned of is that verb's result 'hurt' and 手 'hand' (小心别"
        "让开水烫着手, 别让门夹着手): the risk is of harm done, not of a hand held",
        yes="小心别让开水烫【着】手。",
        no="他拍【着】手说。",
        word="着手",
        before=HARM_ZHAO + " 夹 " + CUTS,  # 别剁着手, 小心切着手
        near_before="免得 以免 省得 小心 当心 留神 怕 生怕 别 千万别 不要",
    ),
    Rule(
        "zheshou-hands",
        "着",
        "zhe5 shou3",
        "着手 'set about' after a verb of one character is that verb with zhe and 手 "
        "'hand' (拍着手, 背着手, 搓着手); after 开始, 准备 or at the start it is zhuóshǒu",
        yes="他拍【着】手说。",
        no="我们开始【着】手准备。",
        word="着手",
        before="VERB1",
    ),
    Rule(
        "zheyan-eyes",
        "着",
        "zhe5 yan3",
        "着眼 'focus on' after a verb of one character is that verb with zhe and 眼 'eye' "
        "(斜着眼, 眯着眼, 瞪着眼, 红着眼); 着眼 'focus on' follows its subject or 从... and "
        "takes 于",
        yes="他斜【着】眼打量来人。",
        no="我们要从大处【着】眼。",
        word="着眼",
        before="VERB1 红",
        not_after="于",
    ),
    Rule(
        "zhefeng-against-wind",
        "着",
        "zhe5 feng1",
        "着风 'catch a chill' after a verb of one character is that verb with zhe and 风 "
        "'wind' (逆着风跑, 顶着风走); after its subject it is zháofēng",
        yes="要逆【着】风跑。",
        no="他昨天【着】风了。",
        word="着风",
        before="VERB1",
    ),
    Rule(
        "zhezhuang-carrying",
        "着",
        "zhe5 zhuang1",
        "着装 'attire' after a verb of one character is that verb with zhe and 装 'hold, "
        "contain' (抱着装鱼的桶, 提着装满菜的篮子, 拿着装水的瓶子); the attire follows 的 or "
        "is what is described",
        yes="他拿【着】装水的瓶子。",
        no="他今天的【着】装很得体。",
        word="着装",
        before="VERB1",
    ),
    Rule(
        "zheshu-counting",
        "着",
        "zhe5 shu3",
        "着数 'a move, a trick' after a verb of one character is that verb with zhe and 数 "
        "'count' (倒着数, 掰着数, 扳着指头数 cut 扳着数): a move is what one has or plays",
        yes="小明倒【着】数，从十数到一。",
        no="他的【着】数很多。",
        word="着数",
        before="VERB1",
    ),
    Rule(
        "zhe-heyou-so",
        "著",
        "he2 zhe5",
        "合著 opening a clause before its subject is the Traditional spelling of 合着 'so, "
        "after all' (合著你早就知道了); 合著 'co-author' follows its authors (兩人合著的書)",
        yes="合【著】你早就知道了？",
        no="这是他们两人合【著】的书。",
        word="合著",
        before="START",
        after="PERSON",
    ),
    Rule(
        "chuanzhe-wearing",
        "着",
        "chuan1 zhe5",
        "穿着 'wearing' (the noun 'attire' after 的)",
        yes="他穿【着】一件红衣服。",
        no="他的穿【着】很朴素。",
        word="穿着",
        not_before="的 *的",
    ),
    # -- 地: adverbial marker de after a description, dì 'ground, land' ----------------------
    Rule(
        "di-adverbial",
        "地",
        "de5",
        "adverbial marker after an adjective, adverb, idiom, "
        "reduplication or 'one by one' phrase, before the verb it describes",
        yes="河水慢慢【地】流着。",
        no="孩子们满【地】跑。",
        before="ADJ ADV IDIOM REDUP REPEAT",
        # cpp22: 新 and 旧 'new, old' qualify the land (新地, 旧地王): a manner word of one
        # character before 地 is an adverb (猛地, 忽地), not an adjective of age
        not_before="满 遍 就 新 旧",
        after="VERB ADV PREP ADJ MODAL NUM",
    ),
    Rule(
        "di-jiudi-on-the-spot",
        "地",
        "di4",
        "就地 'on the spot, where one is' (现代汉语词典 jiùdì; 就地睡觉, 就地解散, 就地休息) when "
        "the tagger cuts it 就|地: 就 'then' takes no adverbial marker 地 after it",
        yes="不少人在骑楼下铺一张纸箱就【地】睡觉。",
        no="他慢慢【地】走回家。",
        before="就",
    ),
    Rule(
        "di-after-reduplication",
        "地",
        "de5",
        "after a reduplicated description (慢慢地, 轻轻地, 高高兴兴地) whatever jieba made of "
        "the verb after it (慢慢地放线: 放线 tagged a noun); not after a repeated measure "
        "(块块, 片片) or place (处处)",
        yes="这回小华慢慢【地】放线。",
        no="他们把块块【地】都种上了。",
        before="REDUP",
        not_before="块块 片片 处处 亩亩 条条 人人 家家 天天 年年 时时",
    ),
    Rule(
        "di-one-by-one-end",
        "地",
        "de5",
        "after a 'one by one' phrase, before a verb of one character that closes the clause "
        "(一项一项地过, 一家一家地问, 一个一个地数): jieba tags some of those verbs particles (过) "
        "or nouns; counted fields are followed by what is done with them (一块一块地都种上了)",
        yes="直角转弯，一项一项【地】过，最后广播说考试合格。",
        no="一块一块【地】都种上了麦子。",
        before="REPEAT",
        after="HAN",
        after2="END",
    ),
    Rule(
        "di-idiom-before-guo",
        "地",
        "de5",
        "the adverbial marker after an idiom, before 过 'spend, pass (time)', which jieba tags the "
        "aspect particle there (无忧无虑地过了一个暑假): a piece of land is not described by an "
        "idiom",
        yes="一家人无忧无虑【地】过了一个暑假。",
        no="这块【地】过了冬再翻。",
        before="IDIOM",
        after="过",
    ),
    Rule(
        "di-one-by-one-result",
        "地",
        "de5",
        "after a 'one by one' phrase, before a word and its result (一块一块地码好, 一根一根地"
        "摆齐, 一张一张地叠起来) whatever jieba tagged the verb (码 'stack' as a noun): fields "
        "counted one by one (一块一块地都种上了) take no result after the next word",
        yes="爷爷把木料一块一块【地】码好。",
        no="一块一块【地】都种上了麦子。",
        before="REPEAT",
        after="HAN",
        after2="好 完 齐 整齐 上 下 进 出 起来 下来 出来 进去 成 到 平 紧",
    ),
    Rule(
        "di-one-by-one-any",
        "地",
        "de5",
        "after a 'one by one' phrase of any measure but a field's, before whatever word follows "
        "(一箱一箱地码在墙角, 一层一层地往上垒, 一格一格地上色): jieba tags such verbs nouns "
        "(码) or glues 地上 'on the ground'; the fields themselves are counted in 块, 片, 亩, 垄 "
        "and 畦 (一块一块地都种上了), where the model decides",
        yes="工人把砖一摞一摞【地】码在墙角。",
        no="一亩一亩【地】都种上了麦子。",
        before="REPEAT",
        not_before="*块 *片 *亩 *垄 *畦 *方",
    ),
    Rule(
        "di-crop-field",
        "地",
        "di4",
        "'field' after the crop grown in it (胡萝卜地, 玉米地, 白菜地): a crop is never the "
        "manner of a verb",
        yes="河边的胡萝卜【地】就要被雪盖住了。",
        no="他不停【地】说。",
        before="*菜 *麦 *米 *豆 *瓜 *薯 萝卜 胡萝卜 花生 棉花 甘蔗 高粱 稻子 水稻 茶",
    ),
    Rule(
        "di-adverbial-clause",
        "地",
        "de5",
        "a verb phrase or noun used as the manner of "
        "the verb after it (不停地说, 有点私心地想, 如你所愿地工作)",
        yes="他有点私心【地】想。",
        no="这块【地】很肥。",
        before="VERB NOUN",
        after="VERB ADV PREP MODAL",
        not_before="种 扫 下 耕 犁 翻 买 卖 租 分 的 把 将 在 到 从 满 遍"
        # the verbs that take land as their object (di-ground below)
        " 换 转 占 征 圈 选"
        " PREP MEASURE DEM *块 *片 *亩",
    ),
    Rule(
        "de-counting-aloud",
        "地",
        "de5",
        "the manner marker after a count said aloud, numeral after numeral, before the verb it "
        "goes with (一二三四地数, 一二一地喊着口令): land is counted with a measure word (三四亩"
        "地, 两块地)",
        yes="老师一二三四【地】喊着口令。",
        no="他家有三四亩【地】。",
        before="NUM",
        before2="NUM",
        after="VERB",
    ),
    Rule(
        "di-adverbial-word",
        "地",
        "de5",
        "after any word of two or more characters, before the verb it describes (大声地说, "
        "小声地问, 用力地点头, 满意地点点头): jieba tags many such manner words as nouns or "
        "numerals, and a reduplicated verb (点点) as a noun",
        yes="它大声【地】说。",
        no="他们把那块【地】卖了。",
        before="WORD2",
        after="VERB ADV PREP MODAL NUM REDUP",
        # a conjunction opens the clause, so the ground is its subject (可是地太硬, 但是地还湿)
        not_before="PREP MEASURE DEM CONJ 的 *块 *片 *亩",
    ),
    Rule(
        "di-ground-after-conjunction",
        "地",
        "di4",
        "'the ground' as the subject right after a conjunction that opens its clause (可是地还"
        "很干, 但是地太滑): the manner marker follows the manner word, never the conjunction",
        yes="下过一场雨了，可是【地】还很干。",
        no="他很累，可是还是开心【地】笑了。",
        # one condition only: a manner word before 地 (高兴地笑) then misses it by more than
        # the word after, and the rule does not make every manner 地 a near miss
        before="可是 但是 但 不过 而且 因为 所以 要是 如果 虽然 只是 于是 结果",
        noun=True,
    ),
    Rule(
        "di-after-sound",
        "地",
        "de5",
        "the manner marker after a sound word (喀嚓喀嚓地响, 哗啦哗啦地流, 咚咚地敲): a sound "
        "describes how something is done, never a piece of ground",
        yes="剪刀在耳边喀嚓喀嚓【地】响。",
        no="外婆把【地】翻了一遍。",
        before="ONOM",
    ),
    Rule(
        "di-after-quoted-sound",
        "地",
        "de5",
        "the manner marker after a sound or word in quotation marks, before the verb or the "
        "一声 it describes (“砰”地关上, “哗”地一声): ground is not quoted",
        yes="门“砰”【地】关上了。",
        no="他们把那块【地】卖了。",
        before='” 」 ’ 』 "',
        after="HAN",
    ),
    Rule(
        "di-up-and-down",
        "地",
        "de5",
        "the manner marker after a verb said twice with 上…下 or 来…去 (跑上跑下地办手续, 走来走去"
        "地想): the 下 before it closes the pair, it does not go down to the fields (下地)",
        yes="他楼上楼下、跑上跑下【地】找了一圈。",
        no="天一亮，爷爷就扛着锄头下【地】了。",
        before="下 去",
        before2="VERB",
        not_after="了 干活",
    ),
    Rule(
        "di-ground",
        "地",
        "di4",
        "the noun 'ground, land' after a preposition, measure word, "
        "demonstrative or a verb of farming",
        yes="外婆把【地】翻了一遍。",
        no="他慢慢【地】走了。",
        # and the verbs that take land as their object (换地种菜, 转地放蜂 'move the hives to
        # other grounds', 征地, 圈地, 选地): 地 after them is no adverbial marker
        before="PREP MEASURE DEM 种 扫 耕 犁 翻 块 片 满 一 下 落 换 转 占 征 圈 选",
        noun=True,
    ),
    Rule(
        "dei-whether-must",
        "得",
        "dei3",
        "modal 'must' after 是不是 or 是否 asking whether a thing is needed, before its verb "
        "(是不是得先挂号, 是否得带身份证): dé 'get' takes 了 or 到 (是不是得了流感)",
        yes="雨越下越大，你看是不是【得】叫辆出租车？",
        no="他咳了一夜，是不是【得】了流感？",
        before="是不是 是否",
        after="VERB ADV MODAL PREP 有 多 少 早",
        not_after="了 到",
    ),
    # cpp23: 得 dé 'be granted' before a verb of pardon or release: 得释 得赦 得免 (一死) are
    # what befalls the subject, not what it must do (děi takes what one has to do: 得释放他)
    Rule(
        "de-granted-release",
        "得",
        "de2",
        "'obtain, be granted' before a bare 释 赦 免 'release, pardon, spare' (因病得免一死, "
        "上书后得释): the subject is let off; modal děi takes a verb of two characters for "
        "what must be done (你得释放他, 你得免费修)",
        yes="他因病【得】免一死。",
        no="你【得】释放那个人。",
        after="释 赦 免",
    ),
    # -- 得: complement marker de, modal děi, verb dé ---------------------------------------
    Rule(
        "dei-per-span",
        "得",
        "dei3",
        "modal 'must' after the span of time a task is set for and before its verb (一天得卖上千"
        "张, 每个月得交房租, 一周得去两趟): 得 'obtain' takes 了 or a result (一天得了两次奖, "
        "那年得到消息)",
        yes="这家小店一天【得】做三百个包子。",
        no="他一天【得】了两次奖。",
        before="天 年 月 个月 周 星期 个星期 礼拜 晚 晚上 一天 每天 天天 一年 每年 每个月 每月"
        " 每周 一周 每晚 每次 一次",
        # and a set phrase of a chore, which jieba tags an idiom (一个月得大扫除一次)
        after="VERB IDIOM",
        not_after="了 到 过 着 知 出 奖 病",
    ),
    Rule(
        "dei-verb-for-a-span",
        "得",
        "dei3",
        "'must, it takes' before a bare verb of one character and how long it goes on (这段舞"
        "得跳两个月, 还得等三天, 得住好几个星期), whatever the word before (动作 is also a verb "
        "to jieba): the complement marker's verb takes 了 or a result (累得睡了三天)",
        yes="这段舞【得】跳两个月才能上台。",
        no="他累【得】睡了一整天。",
        after="VERB1",
        # 有 是 像: an estimate after a complement marker (听得有二十分钟), not a task
        not_after="有 是 像 在",
        after2="NUM 好几 几 半",
        near_after="小时 钟头 个钟头 分钟 天 月 个月 年 星期 个星期 礼拜 周 半天 *天 *年 "
        "夜 *夜 晚 晚上 宿 通宵",
    ),
    Rule(
        "de-much",
        "得",
        "de5",
        "X得多 'much more X' after an adjective or verb closing the clause (大得多, 硬得多, "
        "多得多, 好得多了)",
        yes="您的力气比我们大【得】多！",
        no="他【得】多少分？",
        before="ADJ VERB 多",
        after="多",
        after2="END PARTICLE 了",
    ),
    Rule(
        "de-much-then-more",
        "得",
        "de5",
        "V得多 / V得少 'does much, does little' before the next predicate (吃得多睡得少, 赚得多"
        "花得也多): 得 'obtain' takes what is won (赢得多人支持 is a noun after 多)",
        yes="他最近吃【得】多睡得少。",
        no="你【得】多休息几天。",
        before="VERB ADJ",
        after="多 少",
        after2="VERB ADV",
    ),
    Rule(
        "lede-very-happy",
        "得",
        "le4 de5",
        "乐得 'be glad to' (乐得清闲) is 乐 'happy' with the complement marker before a degree "
        "or a result (乐得很, 乐得合不拢嘴, 乐得直拍手)",
        yes="可是心里乐【得】很。",
        no="他也乐【得】清闲。",
        word="乐得",
        after="很 不得了 要命 不行 极了 直 合不拢嘴 跳 哈哈大笑 眉开眼笑 手舞足蹈",
    ),
    Rule(
        "dei-after-adverb",
        "得",
        "dei3",
        "modal 'must' after an adverb and before what must be done (可得好好学习, 就得重新检查, "
        "还得等, 也得去, 就得这么念: a manner word then the verb); 得 'obtain' is followed by 了 "
        "or its object",
        yes="你可【得】好好学习。",
        no="他就【得】了第一名。",
        before="可 就 也 还 都 全 全都 总 又 才 真 还是 恐怕 必须 一定",
        after="VERB ADV MODAL PREP ADJ REDUP 好好* 有 有* 多 少 早 先 在* 上 下 进 出 回 "
        "这么 那么 这样 那样",
        not_after="了 到",
    ),
    Rule(
        "dei-estimate",
        "得",
        "dei3",
        "modal 'must be, surely is' in an estimate after a word of trying or guessing, before 有 "
        "and an amount (称一下得有四十斤, 看样子得有上百人, 少说得有三米高): the complement "
        "marker follows a verb or an adjective (跑得有多快)",
        yes="这只西瓜掂一下【得】有十来斤。",
        no="你到底跑【得】有多快？",
        before="一下 一看 一称 一量 一算 一数 一估 估计 看样子 看来 少说 起码 至少 怎么也 大概",
        after="有",
        after2="NUM 多 好几 几 上 将近 近 上百 上千 十来",
    ),
    Rule(
        "dei-costs",
        "得",
        "dei3",
        "'will cost, comes to' between a charge and a sum (运费得八块, 房租得两千多): 'gets' has a "
        "person before it (分糖的时候，他得八块)",
        yes="寄到北京，运费【得】十二块。",
        no="分糖的时候，他【得】八块，我得五块。",
        before="*费 费用 价钱 价格 房租 租金 车钱 饭钱 *钱",
        after="NUM 好几 几 上百 上千 十来",
        near_after="块 元 万 千 百 毛 角 块钱",
    ),
    Rule(
        "de-hands-ache",
        "得",
        "de5 shou3",
        "得手 after a verb of one character is that verb's complement marker and 手 'hand', "
        "the hand worn out by it (剁肉剁得手都酸了, 搓得手直发红): dé shǒu 'succeed' follows who "
        "tried or an adverb (小偷得手了, 没有得手)",
        yes="奶奶剁肉剁【得】手都酸了。",
        no="这次偷袭没有【得】手。",
        word="得手",
        before="VERB1 MORPHEME",
        after="都 直 发 也 又 还 ADJ 冰凉 通红 生疼 发麻 发抖",
    ),
    Rule(
        "de-earns-how-much",
        "得",
        "zheng4 de5",
        "挣 'earn' and the complement marker before how much or how well (挣得不多, 挣得比我多, "
        "挣得挺辛苦): jieba glues the word 挣得 zhèngdé 'obtain by effort', which takes what was "
        "won as its object (挣得一份家业)",
        yes="他在工地干活，一天挣【得】不少。",
        no="他靠双手挣【得】一份家业。",
        word="挣得",
        after="不 很 太 挺 多 少 不多 不少 很多 很少 还 比 可 真 更 越来越 最 比较",
    ),
    Rule(
        "dei-alike",
        "得",
        "dei3",
        "modal 'must' after an adverb and before 一样/同样 with the quality that must be equal "
        "(四条腿都得一样长, 大家也得一样认真): 得 'obtain' takes 一样的 and its object (都得一样"
        "的分数)",
        yes="桌子的四条腿都【得】一样长。",
        no="他们都【得】一样的分数。",
        before="可 就 也 还 都 全 全都 总 又 才 必须 一定",
        after="一样 同样",
        after2="ADJ 长 短 高 大 重 多 快 慢 宽 厚 认真 小心",
    ),
    Rule(
        "dei-alike-subject",
        "得",
        "dei3",
        "'must' be alike after what must be so, before 一样 and a quality (两边得一样重, 两根"
        "绳子得一样长): 得 'obtain' takes what is obtained (他们得一样的奖)",
        yes="这两块木板【得】一样宽。",
        no="他们俩【得】一样的奖。",
        before="NOUN PRON PERSON",
        after="一样 同样",
        after2="ADJ 重 长 高 宽 厚 粗 细 大 小 多 少 快 慢 深 浅 平 直",
    ),
    Rule(
        "dei-must-be-quality",
        "得",
        "dei3",
        "'must be' between a thing and a quality things are required to have (电池得耐用, 桌子"
        "得结实, 字得工整); after a verb 得 marks its complement (桌子做得结实), and a quality "
        "that is a verb's result (好 准 干净: 这首歌唱得好, where jieba glues 歌唱) is left to "
        "the other rules",
        yes="买鞋子，鞋底【得】结实。",
        no="这张桌子做【得】结实。",
        before="NOUN",
        after="耐用 结实 牢固 整齐 工整 安全 可靠 耐穿 耐洗",
    ),
    Rule(
        "dei-separately",
        "得",
        "dei3",
        "modal 'must' before how it must be done (apart, anew, all of it) and the verb "
        "(得另外购买, 得额外付费, 得重新填, 得整个送修, 得一起去): jieba tags some of these "
        "adjectives or numerals; 得 'obtain' takes its object (得另外一个奖)",
        yes="盒子里没有附充电器，【得】另外购买。",
        no="他还【得】另外一个奖。",
        # MEASURE: a part named by its measure word (这一段得单独练)
        before="PRON NOUN ADV START MODAL MEASURE",
        after="另外 额外 单独 自行 分开 各自 重新 整个 一起 全部",
        near_after="VERB",
    ),
    Rule(
        "dei-after-denied-state",
        "得",
        "dei3",
        "modal 'must' after a denied state and before what it calls for (耳朵不好得多按几次, "
        "身体不舒服得早点睡, 天气不好得带伞): a state said not to hold takes no complement of "
        "how it holds (*不高兴得跳起来), and 得 'obtain' takes 了 or 到",
        yes="老人耳朵不好【得】多按几次门铃。",
        no="他不知【得】了什么病。",
        before="不* 没*",
        # 没得 alone is 'have nothing to' (没得洗): the state is a word after the denial
        not_before="不 没 没有 不知 不料 不久 不仅 不但 不光 不只 不管 不论 不过 没想到",
        after="VERB MODAL PREP ADV 多 少 早 先 再 有",
        # jieba tags some verbs prepositions when alone (按 'press', 按照 'according to')
        near_after="VERB PREP",
        # a potential complement (吃不吃得惯, 去不去得了): A-not-A is a verb, not a state
        not_after="了 到 很 太 要命 不得了 惯 完 动 起 下 上 出 来 去 住 清 懂 着 开 成 及",
    ),
    Rule(
        "de-there-is-to",
        "得",
        "de5",
        "有得/没得 'there is (nothing) to' before a bare verb (价格还有得谈, 有得吃有得穿, 没得"
        "选): what is there to be done, not the modal 'must' (还得谈 without 有)",
        yes="屋主急着卖，价格还有【得】谈。",
        no="价格还【得】再谈谈。",
        before="有 还有 没 没有 都有 也有",
        after="VERB1",
    ),
    Rule(
        "de-complement-enough",
        "得",
        "de5",
        "the complement marker between a verb and 够 'enough' (雨下得够, 睡得够, 吃得够): 得 děi "
        "'must' takes the thing that must suffice before it (钱得够)",
        yes="这几天觉睡【得】够，精神好多了。",
        no="出门旅行，钱【得】够才行。",
        # jieba tags 下 'fall (of rain)' a locative
        before="VERB 下",
        after="够",
    ),
    Rule(
        "de-like",
        "得",
        "de5",
        "the complement marker before 像 'like' after a word of two characters that describes "
        "(整齐得像一个人, 安静得像没有人; jieba tags some such words adverbs): 'must be like' "
        "follows a subject or an adverb of need (你得像他一样, 还得像上次那样)",
        yes="他们划桨划得整齐，整齐【得】像一个人。",
        no="明年还【得】像今年这样忙。",
        before="WORD2",
        not_before="PRON PERSON NOUN MODAL 还 就 也 都 总 总是 先 又 再 才 只 一定 必须 肯定 恐怕 "
        "大概 可能 至少 起码 最好 然后 也许 一直 当然 必然 势必 早晚 迟早 到底 终究 现在",
        after="像 好像 如同",
    ),
    Rule(
        "de-so-that-like",
        "得",
        "de5",
        "the complement marker between a state and what it is like (僵得像木头一样, 冻得像冰块"
        "似的): 得 děi 'must' follows the one who must (你得像他一样用功)",
        yes="他的手冻【得】像冰块一样。",
        no="你【得】像他一样用功。",
        before="VERB ADJ 僵 硬 软 冻 吓 累 热 冷 气 急 红 胖 瘦 黑 白 亮 圆 细 薄 厚 甜 酸 苦 辣 "
        "咸 静",
        after="像",
        near_after="一样 似的 一般",
    ),
    Rule(
        "de-so-that-can",
        "得",
        "de5",
        "the complement marker between a state and what it is enough for (水清得能看见鱼, 屋里"
        "静得能听见针掉地上): 得 děi 'must' follows the one who must (当老师得能说会道), and "
        "jieba tags some such states as times (清) or nouns",
        yes="这条河的水浅【得】能看见底下的石头。",
        no="当老师【得】能说会道才行。",
        before="ADJ 清 浅 亮 静 满 深 稳 软 硬 烂 熟 薄 厚 大 小 轻 重 干净 透明",
        after="能 能够 可以",
    ),
    Rule(
        "dei-person-degree",
        "得",
        "dei3",
        "modal 'must' after a person before a degree word and what is to be so (我得很早出门, "
        "你得非常小心): a complement 得 follows the verb or adjective it describes (跑得很快)",
        yes="明天有考试，我【得】很早起床。",
        no="他跑【得】很快。",
        before="PERSON",
        after="很 太 非常 特别 十分 更",
    ),
    Rule(
        "de-degree",
        "得",
        "de5",
        "complement marker before a degree word and its adjective (上得太厚, 跑得很快, 写得"
        "非常好): the modal děi is followed by what must be done",
        yes="釉上【得】太厚，就会往下流。",
        no="你【得】早点睡觉。",
        after="太 很 挺 非常 特别 十分 那么 这么 更 越来越 比较 有点",
        after2="ADJ",
        # a person is who must, never what a complement describes (我得很早出门)
        not_before="PERSON",
    ),
    Rule(
        "de-much-better",
        "得",
        "de5",
        "complement marker after a verb before 好多 or 好些 cut as one word, 'much better' "
        "(滑得好多了, 写得好些了): 'get' (dé) takes its object after 了 (得了好多奖) and "
        "follows its subject, not a verb",
        yes="他的字写【得】好多了。",
        no="她【得】了好多奖。",
        before="VERB",
        after="好多 好些",
        after2="了 END",
    ),
    Rule(
        "de-shangxia-verb",
        "得",
        "de5",
        "complement marker after 下 'fall, play' or 上 'go up, give (a lesson)' as the verb of "
        "its subject or opening a clause (雨下得快, 雪下得正紧, 课上得好): jieba tags them "
        "locatives, but a locative stands glued to its noun (路上得小心 is 'on the road, must')",
        yes="这场雪下【得】正紧。",
        no="路上【得】小心。",
        before="下 上",
        # the board games jieba tags verbs (象棋下得最好)
        before2="NOUN START 象棋 围棋 跳棋 五子棋 军棋",
        after="ADJ ADV REDUP " + DEGREE,
        not_after="有 要 去 来 VERB1",
    ),
    Rule(
        "yingde-won-how",
        "得",
        "ying2 de5",
        "赢 'win' and the complement marker before how it was won (赢得很漂亮, 赢得有点侥幸, 这次"
        "赢得不容易): 赢得 yíngdé 'gain' takes what is gained (赢得掌声, 赢得很大的支持)",
        yes="这次赢【得】有点运气。",
        no="他们赢【得】了很大的支持。",
        word="赢得",
        after="很 太 挺 非常 特别 十分 那么 这么 比较 有点 有些 不 不太 真 实在 相当 也",
        not_near_after="的 支持 尊重 信任 好评 掌声 赞誉 认可 机会 时间",
    ),
    Rule(
        "yingde-won-most",
        "得",
        "ying2 de5",
        "赢 'win' and the complement marker before 最/更 and how much, closing the clause (谁赢得"
        "最多, 这一局他赢得更快): 赢得 'gain' takes what is gained after it (赢得最多的掌声, "
        "赢得更多选票)",
        yes="三个人里，老周赢【得】最多。",
        no="她的演讲赢【得】最多的掌声。",
        word="赢得",
        after="最 更",
        not_near_after="的 NOUN",
    ),
    Rule(
        "de-after-ting",
        "得",
        "de5",
        "the complement marker after 挺 'straighten' (腰板挺得笔直, 胸挺得高高的): jieba tags "
        "挺 the adverb 'quite', which never takes 得 (挺得意 is 得意 'pleased')",
        yes="他走起路来腰板挺【得】笔直。",
        no="他【得】了第一名。",
        before="挺",
    ),
    Rule(
        "de-many-few",
        "得",
        "de5",
        "the complement marker after 多 or 少 as the predicate (多得数不过来, 多得是, 少得可怜): "
        "jieba tags them numerals; 多得了一分 'gained one more' takes what was gained",
        yes="历史遗迹多【得】数不过来。",
        no="他比我多【得】了一分。",
        before="多 少",
        not_after="了 到 NUM 一 几",
    ),
    Rule(
        "de-extreme",
        "得",
        "de5",
        "the complement marker before a complement of extreme degree, which follows nothing "
        "else (安静得可怕, 疼得要命, 高兴得不得了, 冷得厉害, 闷得发慌): whatever jieba tagged "
        "the word before",
        yes="屋子里一下子安静【得】可怕。",
        no="他【得】了一场大病。",
        after="可怕 要命 要死 不得了 不行 厉害 出奇 吓人 发慌 慌 够呛 受不了 不像话 惊人 发抖",
    ),
    Rule(
        "dei-must-bare-verb",
        "得",
        "dei3",
        "modal 'must' after a word of two characters and before a bare verb that closes the "
        "clause (刹车得换, 这台电脑得修了, 衣服得洗): a complement after 得 describes or is a "
        "result (打扫得完, 解决得了, 准备得好)",
        yes="车况还行，可刹车【得】换。",
        no="这么多活，他们打扫【得】完吗？",
        before="WORD2",
        # a feeling or a quality reaches a degree (高兴得跳了起来; 难过得哭了: 哭 below)
        not_before="ADJ " + FEELINGS,
        after="VERB1",
        after2="END 了 吧 啊 呀 呢",
        not_after="见 到 完 动 了 起 过 住 开 着 上 下 来 去 出 进 回 懂 清 透 成 好 掉 走 够 赢 "
        "输 饱 醒 会 通 及 对 错 准 稳 牢 死 活 惯 遍 哭 笑 跳 叫 喊 抖 吐 晕 疯 傻 呆",
    ),
    Rule(
        "de-complement-only-then",
        "得",
        "de5",
        "the complement marker with 才 before how it came out (这样黏得才牢, 说得才清楚): 才 "
        "'only then' sits inside the complement; dé 'get' and děi 'must' come before their verb",
        yes="说这样黏【得】才牢。",
        no="他【得】了才艺比赛第一名。",
        before="VERB ADJ HAN",
        not_before="PERSON PRON MODAL ADV",
        after="才",
        after2="ADJ 牢 稳 对 好 行 够 清楚 明白 结实 干净",
    ),
    Rule(
        "de-complement-sudden",
        "得",
        "de5",
        "the complement marker after a verb or feeling before how suddenly its result came "
        "(吓得一下子飞走, 急得一时说不出话, 笑得一口气没喘上): jieba tags those words "
        "numerals, but nothing is obtained in a moment",
        yes="鸟被吓【得】一下子飞走了。",
        no="你【得】一下子做完。",
        before="VERB ADJ " + FEELINGS,
        not_before="MODAL PERSON PRON",
        after="一下子 一时 一时间 一口气 一下",
    ),
    Rule(
        "de-makes-one-feel",
        "得",
        "de5",
        "the complement marker before 让人/叫人/使人 and what one is made to feel (安静得让人"
        "难受, 热得叫人受不了, 好得让人嫉妒), whatever jieba tagged the state before it (安静 as "
        "a name): 'must' is said of its subject, a person (你得让人家先走)",
        yes="家里安静【得】让人难受。",
        no="你【得】让人家先走。",
        not_before="PRON PERSON MODAL ADV START",
        after="让 叫 使 令",
        after2="人",
    ),
    Rule(
        "dei-said-must",
        "得",
        "dei3",
        "modal 'must' after a verb of saying, before the verb with its object that was said to "
        "be needed (医生说得拍个片子, 老师说得写两页): a complement of 说 describes the "
        "saying or its effect (说得有道理, 说得像个大人, 说得让人心酸, 说得出口, 说得很快)",
        yes="医生一听，马上说【得】拍个片子看看。",
        no="你说【得】有道理。",
        before="说 讲 告诉 嘱咐 交代 吩咐 提醒",
        after="VERB 先 再 马上 赶紧 立刻 尽快 重新 好好",
        after2="NOUN NUM MEASURE PRON PERSON DEM VERB 一 个",
        not_after="有 没 没有 是 像 让 叫 使 令 出 出来 清 清楚 完 动 了 起 起来 过 过去 上 下 到 "
        "通 明白 好 对 准 懂 成 透 遍 头头是道 来 去",
        # 说得再多也没用: 得再 … 也 is a concession, the complement however much was said
        not_near_after="也",
    ),
    # -- 过: aspect guo, directional guò -----------------------------------------------------
    Rule(
        "de-how-degree",
        "得",
        "de5",
        "the complement marker before 多 and an adjective asking or exclaiming how far (抬得多高, "
        "跑得多快, 调得多大): a numeral after 得 'obtain' counts what is got (得多少分)",
        yes="关键不是把头抬【得】多高，而是动作要快。",
        no="你【得】多休息几天。",
        before="VERB ADJ",
        after="多",
        after2="ADJ 远 高 快 慢 大 小 好 久 深 长",
    ),
    Rule(
        "dei-must-with",
        "得",
        "dei3",
        "modal 'must' before 用 or 拿 and the thing one must use, then the verb (积水得用桶舀, "
        "这事得拿钱解决), after the thing that must be dealt with: after a verb the complement "
        "marker may go on to what one did with one's hands (笑得用手捂住了嘴)",
        yes="地上的泥浆【得】用铲子铲走。",
        no="他笑【得】用手捂住了嘴。",
        before="NOUN",
        not_before=FEELINGS,
        after="用 拿",
        not_after2="VERB ADJ",
    ),
    Rule(
        "dei-wait-span",
        "得",
        "dei3",
        "'it takes' before 过 and a span of time to pass (这药得过三天才见效, 新证得过一个月才"
        "能拿到), after what takes it or an adverb: 得过 'have obtained' takes prizes and times "
        "(他得过两次冠军), and after a verb 得过 is 'can last' (熬得过两个月吗); a noun jieba "
        "also tags a verb (证) is still the subject",
        yes="这种药【得】过三天才见效。",
        no="他年轻时【得】过两次冠军。",
        before="NOUN PRON PERSON ADV START",
        after="过",
        after2="NUM 两 几 好几 半",
        near_after="天 个月 月 年 星期 礼拜 周 小时 钟头 个钟头 分钟 会儿 阵子 *天 *年",
    ),
    Rule(
        "dei-must-again-first",
        "得",
        "dei3",
        "modal 'must' before 再 or 先 and a verb (回家得再练练, 吃完饭得先洗碗, 这件事得再想想): "
        "after 得再 a complement is a quality, never a verb (跑得再快也追不上, 说得再多也没用)",
        yes="这篇课文我回家【得】再读几遍。",
        no="你跑【得】再快也追不上他。",
        after="再 先",
        # or a preposition opening the verb's phrase (得先用腻子补上, 得先把碗洗了)
        after2="VERB PREP",
        not_after2="ADJ",
        # 得再 … 也 is a concession (练得再熟也会紧张): the complement, whatever follows 再
        not_near_after="也",
    ),
    Rule(
        "dei-must-well",
        "得",
        "dei3",
        "modal 'must' before 好好 and a verb (回家得好好歇歇, 这事得好好商量): a complement "
        "after 得好好 is a state (收得好好的) or 好 with an adjective of the senses (好好听 'so "
        "nice to hear', 好好看), which the rule leaves to the others",
        yes="下个月就考试了，他【得】好好复习。",
        no="他把玩具收【得】好好的。",
        after="好好 好好儿",
        after2="VERB",
        not_after2="听 看 玩 吃 喝 闻 受",
    ),
    Rule(
        "dei-must-slowly",
        "得",
        "dei3",
        "modal 'must' after its subject or at the head of a clause, before a doubled adverb of "
        "manner and what must be done so (学手艺得慢慢来, 这件得轻轻放, 你得早早出门): after a "
        "verb the doubled word is how it was done (走得慢慢的), which the rule leaves alone",
        yes="学书法急不来，【得】慢慢练。",
        no="老人走【得】慢慢的，一步一停。",
        before="PRON NOUN ADV START",
        after="慢慢 慢慢来 慢慢儿 轻轻 细细 早早 悄悄 稳稳",
        not_after2="的",
    ),
    Rule(
        "dei-must-adj-bit",
        "得",
        "dei3",
        "modal 'must' be a bit more so, after its subject or at the head of a clause and before "
        "an adjective with 一点/点/些 (你得慢一点, 字得写大点 has its verb, 声音得小一点): the "
        "complement marker follows a verb (跑得慢一点也行)",
        yes="前面路滑，车速【得】慢一点。",
        no="他跑【得】慢一点也没关系。",
        before="PRON NOUN ADV START",
        after="ADJ 慢 快 早 晚 轻 重 小心",
        after2="一点 点 一些 些 一点儿 点儿",
    ),
    Rule(
        "dei-in-advance",
        "得",
        "dei3",
        "modal 'must' before an adverb of doing a thing early or at once and its verb (弯道得提前"
        "减速, 发现漏水得马上关阀门), whatever the tagger made of the word "
        "before (it tags some nouns verbs): a complement of how a thing went does not go on "
        "to another verb (他来得很及时), and a fright makes one act at once (吓得马上躲开)",
        yes="这个弯道【得】提前减速。",
        no="救护车来【得】很及时。",
        after="提前 预先 事先 及早 尽早 及时 马上 立刻 立即 赶紧 赶快",
        after2="VERB",
        # after 了, dei-after-done (钥匙丢了得马上换锁); after a verb of one character or a
        # feeling, what it made one do at once (吓得马上抬起头, 急得赶紧跑回去)
        not_before="了 VERB1 吓* 惊* 慌* " + FEELINGS,
    ),
    Rule(
        "dei-in-advance-span",
        "得",
        "dei3",
        "modal 'must' after a verb (jieba tags 请假 and 买票 verbs) before 提前 and how long "
        "before (请假得提前三天说, 买票得提前半个月): how early a thing came is said with 早 "
        "(他来得比我早半天)",
        yes="请假【得】提前三天跟主管说。",
        no="他今天来【得】比我早半天。",
        before="VERB",
        after="提前 预先 事先",
        after2="NUM 几 好几 半",
        not_before="VERB1 吓* 惊* 慌* " + FEELINGS,
    ),
    Rule(
        "dei-verb-object-again",
        "得",
        "dei3",
        "modal 'must' between a verb-object word and its verb said again with what it takes "
        "(加班得加到周六, 吃药得吃满七天, 洗澡得洗十分钟): the complement marker follows the "
        "verb said again (加班加得很晚), never the verb-object word",
        yes="医生说吃药【得】吃满七天。",
        no="他吃药吃【得】直皱眉头。",
        before="VERB",
        after="ECHO",
    ),
    Rule(
        "dei-must-wait",
        "得",
        "dei3",
        "'must' before 等 'wait' (第二遍得等头一遍干透, 这事得等他回来再说): the complement "
        "marker meets words of their own, 等不及 'can't wait' or 等于 'equals' (急得等不及)",
        yes="这锅汤【得】等水开了再放盐。",
        no="她高兴【得】等不及要告诉大家。",
        after="等",
    ),
    Rule(
        "dei-costs-to-do",
        "得",
        "dei3",
        "'will take, must spend' before 花 and a sum or a span (请人修得花好几百, 考驾照得花两"
        "个月): the complement marker before 花 is a state (洗得花了 'faded'), with no amount",
        yes="这台旧冰箱修一修【得】花三百块。",
        no="这件衬衫洗【得】花了，颜色都掉了。",
        after="花",
        after2=AMOUNT + " 上万 两",
        near_after=SPANS_AND_SUMS + " 百",
    ),
    Rule(
        "de-complement",
        "得",
        "de5",
        "complement marker after a verb or adjective (跑得快, 高兴得跳了起来, 说得没错)",
        yes="她高兴【得】跳了起来。",
        no="他【得】了第一名。",
        before="VERB ADJ " + FEELINGS,
        not_after="了 到 NUM",
    ),
    Rule(
        "de-complement-after-morpheme",
        "得",
        "de5",
        "the complement marker after a verb jieba tags a bound morpheme (黏 'stick', Taiwan's "
        "粘: 黏得好紧), before a degree word and the state it ends in: 得 dé 'obtain' takes an "
        "object, and děi 'must' a person before it (我得很早就去)",
        yes="胶带黏【得】好紧，撕都撕不下来。",
        no="我【得】很早就去排队。",
        before="MORPHEME",
        after="很 太 真 挺 好 非常 特别 十分 这么 那么 多么",
        after2="ADJ",
    ),
    Rule(
        "dei-must-vivid",
        "得",
        "dei3",
        "'must' opening its clause or after its subject, before the vivid way a thing is to "
        "be (做人得实实在在, 针脚得密密麻麻的才结实): the complement marker follows the verb or "
        "adjective whose result it describes (码得整整齐齐)",
        yes="她常说，做衣服跟做人一样，【得】实实在在。",
        no="箱子被他码【得】整整齐齐的。",
        before="START NOUN PRON",
        # a word of one character may be a verb jieba took for a noun (码得严严实实 'stacked')
        not_before="VERB ADJ MEASURE CHAR1",
        # 把 and 被 bring a verb, whatever jieba tagged it (被他码得整整齐齐)
        not_near_before="把 将 被 让 叫",
        after="VIVID",
    ),
    Rule(
        "de-before-vivid",
        "得",
        "de5",
        "the complement marker before the vivid state the action ends in (码得严严实实, 擦得干干"
        "净净, 晒得黑黝黝的), whatever jieba took the verb for (码 'code' n): 得 dé 'obtain' and "
        "děi 'must' take an object or a verb, never such a description",
        yes="箱子被他码【得】整整齐齐的。",
        no="你【得】好好想一想。",
        after="VIVID",
        # opening its clause 得 has no verb to complement: 'must' (做人得实实在在)
        not_before="START",
    ),
    Rule(
        "de-after-coverb",
        "得",
        "de5",
        "the complement marker after a verb jieba tags a preposition (对得上 'tally', 跟得上 "
        "'keep up'): a preposition takes an object, so a 得 right after it belongs to the verb; "
        "得 'obtain' takes 了 or an amount (对得了病的人)",
        yes="数目对【得】上才能签名。",
        no="医生对【得】了重病的人格外细心。",
        before="PREP",
        not_after="了 NUM 到",
    ),
    Rule(
        "de-not-even-one",
        "得",
        "de5",
        "the complement marker before 'not even one' (找零找得一块也不差, 数得一个也不少, 吃得"
        "一粒也不剩): 一 and a measure with 也/都 and a denial is how the action came out; "
        "得 'obtain' takes its amount with no 也/都 after it (考试得一百分)",
        yes="找零找【得】一块也不差。",
        no="他这次考试【得】一百分。",
        before="VERB ADJ",
        after="一 一*",
        near_after="也 都",
    ),
    Rule(
        "de-complement-adj-num",
        "得",
        "de5",
        "the complement marker after an adjective of feeling before a span it lasted "
        "(高兴得一夜没睡着, 难过得三天吃不下饭): an adjective obtains nothing",
        yes="她高兴【得】一夜没睡着。",
        no="他【得】了一百分。",
        before="ADJ 难过 伤心 难受 感动 激动 兴奋 害怕 紧张 生气 委屈 后悔 担心 想念 " + FEELINGS,
        after="NUM",
    ),
    Rule(
        "de-spread-over",
        "得",
        "de5",
        "the complement marker before a result spread over a surface (流得满地都是, 急得满头"
        "大汗, 笑得满脸通红): modal 'must' before 满 takes an amount reached (得满十八岁)",
        yes="水缸倒了，水流【得】满地都是。",
        no="你【得】满十八岁才能考驾照。",
        after="满",
        after2="地 脸 身 头 手 屋 屋子 院子 街 桌子 嘴 头大汗 身是汗 脸通红",
    ),
    Rule(
        "de-complement-the-more",
        "得",
        "de5",
        "the complement marker before 越 'the more' or 不够 'not enough' (跑得越快越好, 冰得越凉"
        "越好, 煮得不够), after a verb jieba takes for a noun (冰, 油, 漆): how the action "
        "turns out; modal 'must' takes a verb, and 越过 'cross' is a word (你得越过这条沟)",
        yes="西瓜冰【得】越凉越好吃。",
        no="天黑前你【得】越过这道山梁。",
        after="越 不够 不足",
    ),
    Rule(
        "de-score-points",
        "得",
        "de2",
        "'score' before a number of points (每投进一个球得两分, 先得二十一分的赢): modal 'must' "
        "takes a verb, and minutes are 分钟 (你得两分钟内跑完)",
        yes="每投进一个球【得】两分。",
        no="你【得】两分钟内跑完。",
        after="NUM",
        after2=POINTS,
        not_near_after="钟 钟头 分钟 *分钟",
    ),
    Rule(
        "de-score-points-glued",
        "得",
        "de2",
        "'score' before points glued to their numeral (得|一分, 得|三分), as de-score-points; "
        "three minutes cut 三分|钟 are a span of time (你得三分钟内办完)",
        yes="这一球投进了，他又【得】一分。",
        no="这事你【得】三分钟内办完。",
        after=POINTS,
        not_after2="钟 钟头 之* 钟内",
    ),
    Rule(
        "dei-after-done",
        "得",
        "dei3",
        "modal 'must' right after a clause closed by 了, before what it now calls for (证件丢了"
        "得赶紧挂失, 下雨了得带伞, 门锁坏了得找人修): a complement marker follows its verb or "
        "adjective, never 了; dé 'get' takes 了 or its object (吃坏了得了病 has 了 after)",
        yes="钥匙丢了【得】马上换锁。",
        no="他淋了雨，第二天【得】了重感冒。",
        before="了",
        after="VERB ADV MODAL PREP 先 早 多 少 再 马上 赶紧 赶快",
        not_after="了 到",
    ),
    Rule(
        "de-played-how",
        "得",
        "de5",
        "the complement marker after 下 'play, fall' that follows its noun (棋下得好, 雨下得很大, "
        "雪下得真厚), where the tagger took 下 for 'below': a modal 得 děi follows a person or a "
        "place word (楼下得装电梯)",
        yes="他棋下【得】好，人也和气。",
        no="他在楼下【得】等半个小时。",
        before="下",
        before2="NOUN",
        after="ADJ 很 太 真 挺 不错 好 快 慢 大 小 不 这么 那么",
    ),
    Rule(
        "dei-modal",
        "得",
        "dei3",
        "modal 'must' between a subject or adverb and a verb (你得早点睡, 还得等, 就得起床)",
        yes="你【得】早点睡觉。",
        no="他【得】了冠军。",
        before="PRON NOUN ADV START MODAL",
        # and the states one is told to keep (你们得安静, 你得小心), which jieba tags anyhow
        # 接着 'go on' (还得接着干), which jieba tags a conjunction
        after="VERB ADV MODAL PREP 有 安静 小心 冷静 耐心 认真 仔细 细心 当心 接着",
        not_after="了 到 越 不够 不足",
    ),
    Rule(
        "dei-modal-state",
        "得",
        "dei3",
        "modal 'must' between a person, a thing or a time and a bare adjective (你得快, 这事得急, "
        "出门的时候得早): a complement 得 de follows a verb or an adjective (跑得快), never a noun",
        yes="赶车的时候【得】快，别磨蹭。",
        no="他跑【得】快，第一个到。",
        before="PRON NOUN",
        after="ADJ",
        not_after="了 到",
    ),
    Rule(
        "dei-modal-consequence",
        "得",
        "dei3",
        "modal 'must' after a word of consequence opening the clause, before a verb (所以得趁早"
        "走, 因此得先还钱, 不然得多花钱): what follows from the facts before is a need; dé "
        "'get' takes 了 or 到 (所以得了第一名)",
        yes="所以【得】趁天还亮先把钓位占好。",
        no="所以【得】了第一名。",
        before="所以 因此 因而 于是 不然 否则 要不 要不然 那么 然后 结果",
        after="VERB ADV MODAL PREP 有 多 少 早",
        not_after="了 到",
    ),
    Rule(
        "dei-but-must",
        "得",
        "dei3",
        "modal 'must' after a word of contrast opening the clause, before a verb (不过得先排队, "
        "但是得提前预订, 只是得多等几天): the condition set against what was said is a need; dé "
        "'get' takes 了 or 到 (不过得了第三名)",
        yes="票不算贵，不过【得】提前两天预订。",
        no="他输了两场，不过【得】了第三名。",
        before="不过 但是 但 可是 只是 然而 就是",
        after="VERB ADV MODAL PREP 有 多 少 早",
        not_after="了 到",
    ),
    Rule(
        "dei-self",
        "得",
        "dei3",
        "modal 'must' before 自己 and what one must do oneself (你得自己学, 他得亲自去); "
        "'obtain' takes 自己的 thing",
        yes="光靠朋友也不是办法，你【得】自己学会过日子。",
        no="他【得】了自己的第一个奖。",
        before="PRON PERSON NOUN ADV START",
        after="自己 亲自 自个儿",
        after2="VERB ADV MODAL PREP NOUN 去 来 想",
    ),
    Rule(
        "de-complement-one-by-one",
        "得",
        "de5",
        "the complement marker after a verb before the state it left one after another (咬得一个"
        "洞一个洞的, 切得一片一片的): the numeral starts a picture, not an amount obtained; 'must' "
        "follows its subject (砖得一块一块搬)",
        yes="衣服被虫蛀【得】一个洞一个洞的。",
        no="这些砖【得】一块一块地搬上楼。",
        before="VERB",
        not_before="MODAL",
        after="ONE_BY_ONE",
    ),
    Rule(
        "dei-modal-quantity",
        "得",
        "dei3",
        "modal 'must' after its subject or a time, before an adverbial of quantity or time and "
        "the verb (您得多休息, 早上得六点起床); 得 'obtain' has no verb after its object",
        yes="每天早上【得】六点半起床。",
        no="每人【得】三本书。",
        before="PRON NOUN ADV START MODAL",
        after="多 少 早 NUM 每天 天天 每晚 每次 每周 每顿 按时 准时",
        near_after="VERB",
        not_after="了 到",
    ),
    Rule(
        "dei-at-least",
        "得",
        "dei3",
        "'it takes' after a word of estimate before an amount of time or money (少说得一个礼拜, "
        "起码得两百块, 怎么也得半年): 得 'obtain' takes 了 (至少得了三分)",
        yes="这么大的院子，扫一遍起码【得】三个钟头。",
        no="他这学期至少【得】了两张奖状。",
        before="少说 起码 至少 最少 怎么也 大概 估计 看样子 看来",
        after=AMOUNT,
        near_after=SPANS_AND_SUMS,
    ),
    Rule(
        "dei-at-least-said",
        "得",
        "dei3",
        "少说 'to say the least' cut as 少|说, then 'it takes' before an amount (少说得一个礼拜, "
        "少说得两千块): 说得 after a subject is 'speak in a manner' (他说得很快)",
        yes="这面墙要重新刷，少说【得】两天。",
        no="你说【得】一点也没错。",
        before="说",
        before2="少 至少 起码",
        after=AMOUNT,
        near_after=SPANS_AND_SUMS,
    ),
    Rule(
        "dei-duration",
        "得",
        "dei3",
        "'it takes' before a length of time (前前后后得一个多月, 至少得三天); 得 'obtain' "
        "takes 了 or a thing (得三分)",
        yes="前前后后【得】一个多月。",
        no="他这次考试【得】三分。",
        after="NUM",
        near_after="月 个月 天 年 小时 钟头 分钟 星期 礼拜 周 *天 *年",
        not_before="VERB ADJ",
    ),
    Rule(
        "dei-cost-how-much",
        "得",
        "dei3",
        "'it takes, it costs' before 多少 and money or time (修好得多少钱, 这一趟得多少时间): "
        "得 'obtain' asks after points or prizes (考试得多少分)",
        yes="修好这台旧电脑【得】多少钱？",
        no="你这次数学考试【得】多少分？",
        after="多少",
        after2="钱 块 块钱 时间 天 年 小时 分钟 工夫 功夫 个月",
        not_before="VERB ADJ",
    ),
    Rule(
        "dei-cost-asked",
        "得",
        "dei3",
        "'it takes, it costs' opening what is asked or reckoned after a verb of asking, "
        "saying or knowing (她问得多少钱, 算算得多少钱, 不知道得几天): the question is its "
        "object, not a complement of the verb (考试得多少分 asks after points)",
        yes="我到店里问【得】多少钱，店员说两百。",
        no="他问这次比赛【得】多少分才能进决赛。",
        before="问 问问 说 算 算算 估计 估算 知道 不知道 猜 猜猜 打听 想想 看看 合计",
        after="多少 几",
        after2="钱 块 块钱 时间 天 年 小时 钟头 分钟 工夫 功夫 个月 月 星期 礼拜 *天 *年",
    ),
    Rule(
        "dei-how-long",
        "得",
        "dei3",
        "'it takes' before 多久 or 多长 (坐车过去得多久, 得多长时间): after a verb 得 is the "
        "complement marker (跑得多久都不累)",
        yes="从学校走到车站【得】多久？",
        no="他一个人能跑【得】多久？",
        after="多久 多长",
        not_before="VERB ADJ",
    ),
    Rule(
        "dei-duration-of-task",
        "得",
        "dei3",
        "'it takes' after the task and before the time it takes, closing the clause "
        "(烫头发得三个钟头, 走过去得二十分钟): the complement marker goes on to what happened "
        "(忙得三天没合眼) and 'obtain' takes points or prizes (答对得两分)",
        yes="这件毛衣织完【得】一个多月。",
        no="他忙【得】三天没合眼。",
        before="VERB",
        after="NUM",
        near_after="小时 钟头 个钟头 分钟 天 月 个月 年 星期 礼拜 周 半天",
        not_near_after="VERB ADJ 没 不 都 也 才 就 还",
    ),
    Rule(
        "guode-living",
        "得",
        "guo4 de5",
        "过得 'live, get along' before how (日子过得好, 过得怎么样, 过得很开心) is the verb 过 "
        "with the complement marker; 过得去 'can get by' is a word of its own",
        yes="这些日子你过【得】好吗？",
        no="这些日子还过【得】去。",
        word="过得",
        # and the question or judgement glued after it (过得好不好, 过得挺好)
        after=DEGREE + " ADJ ADV 怎么样 怎样 如何 不错 开心 舒服 幸福 辛苦 好不好 *好 还行 还可以 "
        "好吗 好么",
    ),
    Rule(
        "de-potential-liao-word",
        "得",
        "de5 liao3",
        "得了 after a verb, closing a question or its clause: 'can manage' (一个人干得了吗, 这么远"
        "走得了吗), the potential complement; dé 'got' has who got it before it (他得了冠军)",
        yes="这么多活，他一个人干【得】了吗？",
        no="他一下子【得】了冠军。",
        word="得了",
        before="VERB",
        after="END PARTICLE 吗 呢 吧 啊",
    ),
    Rule(
        "de-potential-liao-object",
        "得",
        "de5",
        "V得了 'can manage' before its object in a question or a doubt (哪还养得了狗, 怎么吃得了"
        "这么多): dé 'got' has who got it before it (他得了冠军)",
        yes="我连自己都顾不过来，哪还管【得】了别人。",
        no="他一下子【得】了冠军。",
        before="VERB",
        after="了",
        after2="NOUN PRON",
        near_before="哪 哪儿 怎么 怎能 谁 还 也 都 一个人",
    ),
    Rule(
        "dejian-can-see",
        "得",
        "de5 jian4",
        "V得见 'can see, can hear' (看得见, 听得见, 望得见): the potential complement's 得 is "
        "light, as in 看得清 听得到 (CC-CEDICT's 看得见 and 听得见 give dé)",
        yes="大家只听【得】见雨声。",
        no="他【得】了第一名。",
        word="*得见",
    ),
    Rule(
        "deiyi-take-as-standard",
        "得",
        "dei3 yi3",
        "得以 glued before 以 X 为准 'take X as the standard' is 'must' and 以 (得以亮部为准, 得以"
        "合同为准); déyǐ 'be able to' goes before a verb (计划得以实现)",
        yes="数字有出入的时候，【得】以合同为准。",
        no="这项计划终于【得】以实现。",
        word="得以",
        near_after="为准 为主 为限 为宜 为标准 为依据",
    ),
    Rule(
        "dedao-potential",
        "得",
        "de5 dao4",
        "得到 'obtain' after a verb of one character is the potential complement 'can V' "
        "(买得到, 看得到, 找得到, 做得到); after a verb of wanting (想得到 'want to get') or "
        "its subject it is dédào",
        yes="这种材料在五金行都买【得】到。",
        no="他很想【得】到那份工作。",
        word="得到",
        before="VERB1",
        not_before="MODAL 没 不 获 求 渴 盼 争 应",
    ),
    Rule(
        "dei-must-be-at",
        "得",
        "dei3 dao4",
        "得到 after 就/都/也/先 before the place one must be at, closing the clause or before "
        "what is done there (七点就得到教室, 明天一早都得到公司集合): 'obtain' takes what it "
        "obtains, a place's approval or its thing (就得到公司批准, 得到学校的表扬)",
        yes="明天的早班车六点开，我们五点半就【得】到车站。",
        no="他的方案很快就【得】到公司批准了。",
        word="得到",
        before="就 都 也 还 先 必须 每天 天天 早早",
        after="教室 学校 公司 医院 车站 机场 码头 现场 门口 楼下 楼上 家 店里 补习班 办公室 "
        "银行 市场 单位 工地 操场 礼堂 会场 那儿 那里 这儿 这里",
        after2="END PARTICLE 上课 上班 报到 集合 开会 排队 等 等着 值班 帮忙 去 来 签到 打卡",
    ),
    Rule(
        "dechu-potential",
        "得",
        "de5 chu1",
        "得出 'reach (a result)' after a verb of one character is the potential complement 'can "
        "V out' (听得出来, 看得出, 说得出口, 想得出办法); after a modal or 由此 it is déchū",
        yes="她自己就听【得】出来差在哪里。",
        no="由此可以【得】出结论。",
        word="得出",
        before="VERB1",
        not_before="MODAL 没 不 才 就 可 可以 能 由此 从而 最终 最后",
    ),
    Rule(
        "deichu-pay-out",
        "得",
        "dei3 chu1",
        "得出 before a sum of money is 'must pay out' (每人得出八百块, 我们得出两万元); déchū "
        "'reach' takes a result (得出三点结论)",
        yes="这次旅行每个人【得】出五千块。",
        no="大家讨论以后【得】出三条结论。",
        word="得出",
        after="NUM 两 几 好几 上百 上千 上万",
        near_after="块 元 块钱 万 万块 万元 千块 百块 *块 *元",
    ),
    Rule(
        "xiangdedao-want",
        "得",
        "xiang3 de2 dao4",
        "想得到 'can imagine' after a word of degree is 想 'want' and 得到 'obtain' (很想得到, "
        "多么想得到): a degree describes the wish",
        yes="他很想【得】到那份工作。",
        no="谁也想【得】到结果。",
        word="想得到",
        before="很 真 非常 特别 十分 多么 好 太 更 最 挺 多",
    ),
    Rule(
        "dei-one-by-one",
        "得",
        "dei3",
        "modal 'must' before a 'one by one' phrase and its verb (砖得一块一块地码, 得一个一个"
        "来): 'obtain' takes one amount, not the same amount twice (得了一块又一块 has 了)",
        yes="书【得】一本一本地码整齐。",
        no="他【得】了一百分。",
        after="NUM",
        not_before="VERB ADJ",
        near_after="REPEAT",
    ),
    Rule(
        "dei-must-dot",
        "得",
        "dei3",
        "'must' before the verb 点 'apply drops, order, light, call' and its object (得点眼药, "
        "得点菜, 得点火, 得点名), where jieba takes 点 for 'a little' and de-obtain would read dé: "
        "'get a little' takes what is got (得点好处, 得点面子)",
        yes="狗的眼睛发炎了，每天【得】点两次眼药水。",
        no="帮了这么大的忙，总该【得】点好处吧。",
        after="点",
        after2="NUM 两 几 个 眼药 眼药水 滴眼液 药水 菜 火 灯 蜡烛 香 名 外卖 餐 单",
    ),
    Rule(
        "de-obtain",
        "得",
        "de2",
        "the verb 'obtain' before 了 or a numeral (得了第一)",
        yes="他【得】了冠军。",
        no="他跑【得】很快。",
        after="了 NUM",
        not_before="VERB ADJ",
    ),
    Rule(
        "de-obtain-share",
        "得",
        "de2",
        "'receive (as one's share)' after a verb of sharing or winning before how much (每人分得"
        "两块, 获得三票, 赚得一千元): the complement 得 after them says how it went (分得很清楚)",
        yes="表演结束，每个孩子都分【得】两颗糖。",
        no="这两种颜色分【得】很清楚。",
        before="分 获 夺 领 赚 换 赢 抢",
        after="NUM 两 几 一 半 多少",
    ),
    # -- 了: le, liǎo in potential complements ----------------------------------------------
    Rule(
        "le-potential",
        "了",
        "liao3",
        "V得了 / V不了: 'be able to finish' (走得了 去不了)",
        yes="我去得【了】。",
        no="他去【了】。",
        before="得 不",
        before2="VERB",
        after="END PARTICLE",
    ),
    Rule(
        "le-potential-object",
        "了",
        "liao3",
        "V得了 'can manage' before its object in a question or a doubt (哪还养得了狗, 怎么吃得了"
        "这么多): 他得了冠军 has who got it before 得",
        yes="我连自己都顾不过来，哪还管得【了】别人。",
        no="他一下子得【了】冠军。",
        before="得",
        before2="VERB",
        after="NOUN PRON",
        near_before="哪 哪儿 怎么 怎能 谁 还 也 都 一个人",
    ),
    Rule(
        "le-particle",
        "了",
        "le5",
        "aspect and sentence particle after a word",
        yes="他去【了】。",
        no="我去不【了】。",
        before="HAN",
    ),
    Rule(
        "guo-pass-time",
        "过",
        "guo4",
        "the verb 'pass' with 了 before a length of time, where no verb comes before it "
        "(结果过了半年, 又过了三天, 时间过了很久): after a verb it is the aspect (看过了三遍)",
        yes="结果【过】了半年又漏了。",
        no="这本书我看【过】了三遍。",
        before="START NOUN PRON CONJ ADV",
        after="了",
        after2="NUM 很久 好久 不久 一会儿 许久",
    ),
    Rule(
        "guo-pass-how-long",
        "过",
        "guo4",
        "the verb 'pass' asked how long, after a verb of knowing (不知道过了多久, 记不清过了几年):"
        " what one knows is not an event one has been through",
        yes="他睡得很沉，不知道【过】了多久才醒。",
        no="这件事我早就知道【过】了。",
        before="知道 晓得 记得 记不清 清楚 不知",
        after="了",
        after2="多久 多少年 多少天 多长时间 几天 几年 几个月 几个钟头",
    ),
    Rule(
        "guo-directional",
        "过",
        "guo4",
        "'across, over' after a verb of motion or transfer "
        "followed by its goal (走过马路, 转过头来, 递过一杯茶)",
        yes="他转【过】头来。",
        no="我来【过】这里。",
        before=MOTION,
        after="NOUN NUM MEASURE DEM 头 身 脸 来 去",
    ),
    Rule(
        "guo-directional-done",
        "过",
        "guo4",
        "'across, over' after a verb of motion or transfer with 了 before the goal (跑过了终点线, "
        "走过了那座桥, 接过了他的包); the aspect closes its clause (这条路我走过了。)",
        yes="他第一个跑【过】了终点线。",
        no="这条路我走【过】了。",
        before=MOTION,
        after="了",
        after2="NOUN DEM NUM MEASURE PRON PERSON",
    ),
    Rule(
        "guo-passing-by",
        "过",
        "guo4",
        "'pass by' after a verb of motion closing the clause, past a place beside someone "
        "(从他身边跑过, 在我面前走过); without the place it is the aspect (这条路我走过)",
        yes="小松鼠从白白身边跑【过】，大声喊道。",
        no="这条路我走【过】。",
        before=MOTION,
        after="END",
        near_before="身边 旁边 身旁 面前 眼前 跟前 门口 门前 窗前 头顶",
    ),

    Rule(
        "guo-passing-by-when",
        "过",
        "guo4",
        "'pass by' after a verb of motion with the place beside it, before 的时候/时/之后 "
        "(鲨鱼从旁边游过的时候, 火车从窗前开过时): the aspect names no place passed "
        "(我们来过的时候)",
        yes="尤其是鲨鱼从旁边游【过】的时候。",
        no="我们小时候来【过】的地方。",
        before=MOTION + " 游 开 驶 经",
        after="的 时 时候 之后 以后 后",
        near_before="身边 旁边 身旁 面前 眼前 跟前 门口 门前 窗前 窗外 头顶 头上 脚下 桥下",
    ),
    Rule(
        "guo-surpass",
        "过",
        "guo4",
        "'over, beyond' after a verb of covering or winning, before what is surpassed "
        "(盖过了所有的声音, 压过他一头, 胜过千言万语)",
        yes="风雨声几乎盖【过】了所有的声音。",
        no="他以前也压【过】腿。",
        before="盖 压 胜 赢 强 高 响 亮",
        after="了 NOUN PRON PERSON DEM 所有 一切",
        not_after="腿",
    ),
    Rule(
        "guo-more-than",
        "过",
        "guo4",
        "'more than' after an adjective of degree before what it is compared with (强过对手, "
        "高过他爸爸, 大过天); the aspect guo after an adjective takes a time (胖过一阵)",
        yes="我们队的实力远远强【过】对手。",
        no="她年轻时胖【过】一阵。",
        before="强 高 大 重 长 远 深 亮 响 快 胖 矮 低 弱",
        after="NOUN PRON PERSON DEM WORD2",
        not_after="NUM 一阵 一段 一回 一次 几次 好几次",
    ),
    Rule(
        "zouguo-been",
        "过",
        "zou3 guo5",
        "走过 (the dictionaries' zǒuguò 'walk past') closing the clause or before how often "
        "or how many is the experience 'have walked' (这条路我走过, 走过很多地方); walking "
        "past someone (从他身边走过) stays guò",
        yes="这条路我走【过】。",
        no="他从我身边走【过】。",
        word="走过",
        after="END",
        not_near_before="从 身边 旁边 面前 门前 眼前 窗前 跟前",
    ),
    Rule(
        "zouguo-been-done",
        "过",
        "zou3 guo5",
        "走过了 closing the clause is the experience too (这条路我走过了。); past someone it "
        "stays guò (他从我身边走过了。)",
        yes="这条路我走【过】了。",
        no="他从我身边走【过】了。",
        word="走过",
        after="了",
        after2="END",
        not_near_before="从 身边 旁边 面前 门前 眼前 窗前 跟前",
    ),
    Rule(
        "zouguo-been-then",
        "过",
        "zou3 guo5",
        "走过的 after a past time is the experience (去年走过的路线, 小时候走过的路); walking "
        "past takes a place or a person (从门前走过的人)",
        yes="这是我们去年秋天走【过】的路线。",
        no="从门前走【过】的人都停了下来。",
        word="走过",
        after="的",
        near_before="去年 前年 以前 从前 曾经 当年 那年 那时 小时候 年轻时 这些年 多年 上次 "
        "上回 以往 过去",
        not_near_before="从 身边 旁边 面前 门前 眼前 窗前 跟前",
    ),
    Rule(
        "zouguo-been-often",
        "过",
        "zou3 guo5",
        "走过 before how often or how many places is the experience (走过两次, 走过很多地方); "
        "before what is crossed it stays guò (走过两条街)",
        yes="我们走【过】很多地方。",
        no="我们走【过】两条街。",
        word="走过",
        after="很 很多 许多 好多 不少 好 好几 一次 两次 几次 多次 好几次 无数次 NUM",
        after2="END 多 地方 次 回 遍 趟 PARTICLE *次 *遍 *回 *趟",
        not_near_before="从 身边 旁边 面前 门前 眼前 窗前 跟前",
    ),
    Rule(
        "guo-wait-time",
        "过",
        "guo4",
        "the verb 'pass' right before a length of time after a modal or an adverb of time "
        "(要过两三个月才, 再过几天, 还得过一阵): the aspect takes an event, not a span "
        "(要过三次钱)",
        yes="一般要【过】两三个月才看得出效果。",
        no="他跟我要【过】三次钱。",
        before="要 再 还要 还得 得 又 才 需要",
        after="NUM",
        near_after="*月 *天 *年 *周 *星期 *小时 *分钟 *秒 *会儿 *阵 *阵子 *礼拜 *钟头",
    ),
    Rule(
        "guo-wait-until",
        "过",
        "guo4",
        "等过 'wait until ... has passed' before a span and what follows it (等过两天再说, "
        "等过一阵子就好了); with nothing after the span it is the aspect (我等过三个小时)",
        yes="这事等【过】两天再说。",
        no="我在这里等【过】三个小时。",
        before="等 等到",
        after="NUM",
        near_after="再 再说 才 就 以后 之后 后",
    ),
    Rule(
        "guo-been-up-down",
        "过",
        "guo5",
        "the aspect after 上 or 下 as verbs before what was gone up to or down into "
        "(上过大学, 上过这个当, 下过雨); the tagger takes them for places, which never take 过",
        yes="以前我也上【过】这个当。",
        no="他从我家门前走【过】。",
        before="上 下",
        after="DEM NOUN NUM PRON 这个 那个 一次 两次 几次 END 的",
    ),
    Rule(
        "guo-overdone",
        "过",
        "guo4",
        "'beyond the mark' in V过了头 (睡过了头, 玩过了头, 高兴过了头): the aspect closes on what "
        "was done, not on 头",
        yes="我因为玩手机玩得太晚，睡【过】了头。",
        no="我看【过】了这本书。",
        before="VERB ADJ",
        after="了",
        after2="头",
    ),
    Rule(
        "guo-start-over",
        "过",
        "guo4",
        "来过 'do over' after 重新 or 从头 (重新来过, 一切从头来过, 从头再来过): the phrase "
        "starts again, it reports no past visit (我们来过这里)",
        yes="要是熨歪了，就得重新来【过】。",
        no="我们以前来【过】这里。",
        before="来",
        near_before="重新 从头 从新",
        after="END 一次 一遍 吧 了 就是 就行 就好",
    ),
    Rule(
        "guo-cross-after-able",
        "过",
        "guo4",
        "the verb 'cross, get through' after a word of ability or daring (不能过河, 可以过桥, "
        "不敢过马路, 没法过去): an aspect follows a verb of action, not 能 or 敢; 想 要 会 are "
        "left out, being verbs too (想过 'have thought of', 要过 'have asked for')",
        yes="水太深了，孩子们不能【过】这条小溪。",
        no="你以前想【过】这个问题吗？",
        before="能 能够 可以 敢 不能 不敢 不可以 才能 就能 还能 也能 都能 只能 无法 没法 不得 "
        "应该 应当 必须 没能",
        verb=True,
    ),
    Rule(
        "guo-aspect-ever-cpp",
        "过",
        "guo5",
        "the experiential aspect after a verb jieba tags a noun (效力, 任职), where 曾, 曾经 or a "
        "denial before it says what one has or has never done (曾任教过三所中学): passing "
        "one's days takes 得 or a time (没有一天过得舒心)",
        yes="这位老师曾任教【过】三所中学。",
        no="他没有一天【过】得舒心。",
        before="NOUN",
        near_before="曾 曾经 未曾 不曾 从未 从来没 从没",
        not_after="得 了 着 日子 年 节 生日",
    ),
    Rule(
        "guo-pass-once",
        "过",
        "guo4",
        "the verb 'pass (through), go over' after a word of need, before one pass of it (面粉要"
        "过一遍筛, 菜要过一道水, 这份稿子需要过一遍): the aspect 'have done' after 要 'ask "
        "for' counts times, not passes (跟我要过一次钱)",
        yes="洗好的菜要【过】一遍水。",
        no="他跟我要【过】一次钱。",
        before="要 需要 必须 应该 还要 都要",
        after="一遍 一道 遍 道",
    ),
    Rule(
        "guo-ride-past-stop",
        "过",
        "guo4",
        "'past' one's stop after a verb of riding or of sleeping through it (坐过站, 睡过站, 坐过"
        "了站): the aspect guo 'have done' takes what was ridden, not 站 alone (这趟车我坐过)",
        yes="他在地铁上打了个盹，结果坐【过】站了。",
        no="这趟夜车我以前坐【过】两次。",
        before="坐 乘 搭 睡 开 骑",
        after="站 了",
        near_after="站",  # 坐过了站, 坐过了两站
    ),
    Rule(
        "guo-aspect",
        "过",
        "guo5",
        "experiential aspect after a verb or adjective (来过, 教过, 接受过, 种过的)",
        yes="我们来【过】这里。",
        no="他【过】了马路。",
        before="VERB ADJ",
    ),
    # -- 为: wèi 'for', wéi 'be, become, act as' ---------------------------------------------
    Rule(
        "wei-frame",
        "为",
        "wei2",
        "以…为… 'take as' and 为…所… passive",
        yes="我们以他【为】榜样。",
        no="我们【为】人民服务。",
        near_before="以",
    ),
    Rule(
        "wei-passive",
        "为",
        "wei2",
        "为…所… passive (为人所知): the agent follows 为; a verb after it is what is done for "
        "someone (一一为具言所闻 wèi)",
        yes="这件事不【为】外人所知。",
        no="这是【为】你准备的。",
        near_after="所 所*",
        not_after="VERB",
    ),
    Rule(
        "wei-was-formerly",
        "为",
        "wei2",
        "'was, is' after 原 现 今 'originally, now' (此楼原为存放粮食的仓库, 他现为副经理): "
        "the copula, whatever verb describes the noun after it; 'for' takes the person served "
        "(现为您播报) or 而 before the purpose's verb (原为纪念他而建)",
        yes="此楼原【为】存放粮食的仓库。",
        no="这座庙原【为】纪念一位将军而建。",
        before="原 现 今 原本 现已 今已",
        not_after="PERSON PRON",
        not_near_after="而",
    ),
    Rule(
        "wei-for-going-on",
        "为",
        "wei4",
        "'for' after a verb of beginning, going on or being busy, which takes a verb phrase "
        "(开始为冬天做准备, 继续为孩子们筹钱, 忙着为晚会布置教室); after other verbs 为 is "
        "'become, as' and closes on what one becomes (被选为班长)",
        yes="他们继续【为】孩子们筹钱。",
        no="他被选【为】班长。",
        before="开始 继续 着手 坚持 着",
        near_after="VERB 而",
    ),
    Rule(
        "wei-for-named-person",
        "为",
        "wei4",
        "'for' after a person called by 老/小 and the surname, before whom it is done for and "
        "what is done (由老张为大家转播, 请小王为我们介绍): the character after 老/小 is the "
        "name, not a verb whose result 为 'as' names (选为); 老张为人 is the word 为人",
        yes="本场比赛由我和老张【为】大家转播。",
        no="他被选【为】大家的代表。",
        before="HAN",
        before2="老 小",
        after="PERSON PRON",
        near_after="VERB",
    ),
    Rule(
        "wei-for-after-denied-modal",
        "为",
        "wei4",
        "'for, over' after a modal verb denied as jieba glues it (不会为这点小事生气, 不能为了"
        "省钱就…), before the verb of what is (not) done: jieba tags 不会 a verb, so the rule "
        "for 'be, become' after a verb would read wéi; what cannot be (不能为零) has no verb",
        yes="放心，保险公司不会【为】这种小事刁难您。",
        no="分母不能【为】零。",
        before="不会 不能 不要 不想 不肯 不敢 不该 不愿 不愿意 不必 不用 不应该 不可以",
        near_after="VERB",
    ),
    Rule(
        "wei-become",
        "为",
        "wei2",
        "after a verb: 'be, become, as' (选为, 划分为, 预计为)",
        yes="他被选【为】班长。",
        no="我们要【为】人民服务。",
        before="VERB",
        not_before="MODAL",
    ),
    Rule(
        "wei-for-person",
        "为",
        "wei4",
        "'for, on behalf of' before the person served and what is done or felt for them "
        "(高兴为您服务, 真为你高兴, 替我们为他加油); 为 'be, as' names what one is, not a "
        "person who then acts (选他为代表)",
        yes="很高兴【为】您服务。",
        no="我们以他【为】榜样。",
        after="PERSON",
        near_after="VERB ADJ",
    ),
    Rule(
        "wei-equals",
        "为",
        "wei2",
        "'is' between a noun and a quantity (借期为一个月)",
        yes="借期【为】一个月。",
        no="他们【为】一个目标努力。",
        before="NOUN",
        after="NUM",
    ),
    # cpp22: the classification of a species names what it is (wéi), before wei-for, which
    # took the genus 属 (tagged a verb by jieba) for the verb of 'for the sake of'
    Rule(
        "wei-is-genus",
        "为",
        "wei2",
        "'is' before the family or genus a species belongs to (银杏为银杏科银杏属的植物): 科 "
        "'family' and 属 'genus' cut off a name jieba does not know name a rank, where 为 "
        "'for' takes a verb (为家属争取权益, 为科里争光: the department right after 为)",
        yes="这种蜗牛【为】大蜗牛科的一种。",
        no="他们【为】家属争取了赔偿。",
        near_after="科 属",
        not_after="科",
    ),
    # cpp23: what lies along a direction (自南向北为办公区): the copula after 自/由/从 X 向 Y,
    # before wei-for, which took the verb inside a place's name (进站口) for a purpose
    Rule(
        "wei-is-along",
        "为",
        "wei2",
        "'is, are' after a direction walked from one side to another (自南向北为办公区、会议区, "
        "由东向西为超市和快餐店): what lies there follows; 'for' takes whom it serves",
        yes="大楼自南向北【为】办公区、会议区和食堂。",
        no="这条路由南向北【为】我们省了不少时间。",
        before="东 西 南 北 向东 向西 向南 向北 往东 往西 往南 往北",
        near_before="自 由 从",
        not_after="PRON PERSON",
    ),
    Rule(
        "wei-the-rest-are",
        "为",
        "wei2",
        "'are' after the part of a whole it describes (其余为健康跑选手, 分别为, 均为, 多为, "
        "主要为): jieba may tag the noun after it a verb (选手/v), where 'for the sake of' "
        "takes a purpose closed by 而",
        yes="参赛的有三百人，其余【为】观众。",
        no="他主要【为】孩子而活。",
        before="其余 其余的 其他 其他的 余下 余下的 剩下 剩下的 剩余 剩余的 分别 均 皆 多 大多 "
        "大多数 多数 主要",
        not_after="了 什么 何 啥",
        not_near_after="而",
    ),
    Rule(
        "wei-for",
        "为",
        "wei4",
        "'for, on behalf of, in order to' at the start of a clause "
        "or after its subject, adverb or modal verb, with a verb or 而 following (专为攻克难题, "
        "正为胜利而兴奋; 为 'is' has no verb after it: 女性为六成)",
        yes="这些模型专【为】攻克难题而设计。",
        no="此地原【为】一片荒地。",
        before="START PRON NOUN ADV MODAL CONJ 在 正在",
        near_after="VERB 而",
    ),
    Rule(
        "wei-about-matter",
        "为",
        "wei4",
        "'for, about' before the matter a feeling or an apology concerns (为上星期的事道歉, 为这"
        "件事操心, 为孩子的事发愁); 为 'be' names what something is (此事为实)",
        yes="我写信是想【为】上星期三的事向您道歉。",
        no="此地原【为】一片荒地。",
        before="START PRON NOUN ADV MODAL CONJ PERSON 在 正在",
        near_after="事 事情 事儿 缘故",
    ),
    # -- 还: hái 'still, also', huán 'give back' -----------------------------------------------
    Rule(
        "huan-capital",
        "还",
        "huan2",
        "还都 'move the court back to the capital' before a place name (还都洛阳, 还都南京): "
        "the adverbs 还都 'still all' go before a verb, never a bare place name",
        yes="献帝于公元196年【还】都洛阳。",
        no="他们【还】都在北京。",
        after="都",
        after2="PLACE",
    ),
    Rule(
        "huan-return",
        "还",
        "huan2",
        "the verb 'give back' (还给, 把书还了, 还钱)",
        yes="你把书【还】了吗？",
        no="天【还】没亮。",
        # and what one borrows and returns (还伞的时候, 还车)
        after="给 了 回 回去 回来 清 债 钱 书 伞 雨伞 车 卡 钥匙 工具",
        not_after="VERB ADV ADJ",
    ),
    Rule(
        "huan-return-person",
        "还",
        "huan2",
        "'give back' to a person closing the clause or before what is given (就还我, 还你钱)",
        yes="你看完了就【还】我。",
        no="他【还】你们班最好。",
        after="PERSON",
        after2="END PARTICLE 了 钱 书 NUM 一",
        verb=True,
    ),
    Rule(
        "huan-return-ba",
        "还",
        "huan2",
        "'give back' with 把 before what is returned (把借来的书还回去, 把钱还给他)",
        yes="他把借来的书【还】回去了。",
        no="他把作业写完了，【还】回去看了一眼。",
        near_before="把 将",
        after="回 回去 回来 给",
        verb=True,
    ),
    Rule(
        "huan-come-to-return-borrowed",
        "还",
        "huan2",
        "'give back', come or go to return what was borrowed or rented, named after it (来还"
        "上回借的伞, 去还租来的车): the adverb hái before a verb or an adverb goes on with "
        "the action (他要来还特意借了车)",
        yes="隔壁的小孙来【还】昨天借走的梯子。",
        no="他听说我要来【还】特意借了一辆车。",
        before="来 去 过来 过去 拿去 送去",
        after="NOUN PRON DEM NUM 上回 上次 那天 借 借来 借去 借的 租 租来 租的",
        near_after="借 借来 借去 借的 借走 租 租来 租的",
        not_after="没 不 也 都 就 才 再 要 是 得 在 有 会 能",
        verb=True,
    ),
    Rule(
        "huan-borrowed-return",
        "还",
        "huan2",
        "'give back' what was borrowed or rented earlier in the clause, before where it goes "
        "(借来的伞要还回去, 租的车得还回去): the adverb hái goes before a negation or another "
        "verb (借的书还没看完)",
        yes="从图书馆借来的书明天得【还】回去。",
        no="我借给他的书，他【还】没还回来。",
        near_before="借 借来 借的 租 租来 租的",
        after="回 回去 回来 给",
        not_before="说 问 想 是",
    ),
    Rule(
        "huan-return-after-verb",
        "还",
        "huan2",
        "'give back' as the second verb of 找还, 退还, 送还 before where it goes (找还回去, "
        "送还给他); the adverb hái follows its subject, not a verb",
        yes="多付的钱，还得一笔一笔地找【还】回去。",
        no="你走了，我【还】回去干什么？",
        before="VERB1",
        after="回 回去 回来 给",
        not_before="MODAL 说 问 想 是",
    ),
    Rule(
        "huan-come-to-return",
        "还",
        "huan2",
        "'come, go to give back' (到时候会来还的, 明天去还): 来 and 去 before the verb they "
        "come for, closing the clause; the adverb hái after them goes before its verb (来还不到"
        "一年, 去还是不去)",
        yes="借了他的伞，明天我就去【还】。",
        no="他来【还】不到一个月。",
        before="来 去 过来 过去",
        after="END 的 吧 了",
    ),
    Rule(
        "huan-return-end",
        "还",
        "huan2",
        "'give back, return' closing its clause (借了总要还, 一日还): the adverb hái never "
        "ends a clause, it goes before what it modifies",
        yes="借了钱总要【还】。",
        no="天【还】没亮。",
        after="END",
    ),
    Rule(
        "huan-repay-debt",
        "还",
        "huan2",
        "'repay' a debt named before it, with how long or how much, or its end (房贷要还二十年, "
        "贷款还完了, 债还清了, 卡债还上了): the adverb hái takes a verb or adjective after it "
        "(贷款还没批, 房贷还很多)",
        yes="房贷要【还】二十年。",
        no="房贷【还】没批下来。",
        near_before=DEBT,
        after="完 清 上 掉 NUM",
        verb=True,
    ),
    Rule(
        "huan-repay-debt-named-after",
        "还",
        "huan2",
        "the same 'repay' with the debt named after it (每个月还完房贷, 还清贷款, 按时还信用卡)",
        yes="每个月【还】完房贷，剩下的钱不多。",
        no="他【还】完成了作业。",
        after="完 清 上 掉 NUM " + DEBT,
        near_after=DEBT,
        verb=True,
    ),
    Rule(
        "huan-home-cpp",
        "还",
        "huan2",
        "'return' before the home country, town or court one goes back to (还本国, 还故里, "
        "还京师): the adverb hái 'still' goes before a verb, not a bare place",
        yes="他们在外漂泊多年，终于得以【还】故里。",
        no="他【还】在故乡住着。",
        after="本国 故国 故乡 故里 家乡 乡里 京师 京城 本土",
    ),
    Rule(
        "hai-also-for-someone",
        "还",
        "hai2 gei3",
        "the adverb 'also, even' before the preposition 给 and a verb further on (还给我买了一本"
        "书, 还给邻居送了橘子): jieba's word 还给 'give back' has no verb after its receiver "
        "(还给你一本书), nor 把 before it (把钱还给他)",
        yes="奶奶【还】给我们包了饺子。",
        no="看完了记得把书【还】给图书馆。",
        word="还给",
        # the receiver, then the clause goes on to a verb (jieba tags some receivers verbs:
        # 邻居, 同学; 还给了邻居 and 还给同学， end with the receiver)
        not_after="了 过 END PARTICLE",
        after2="HAN",
        near_after="VERB",
        not_near_before="把 将",
    ),
    Rule(
        "hai-adverb",
        "还",
        "hai2",
        "the adverb 'still, also, yet' before a verb, adjective, adverb or negation, or a "
        "doubled description that jieba may tag a place (她还高高兴兴地…)",
        yes="天【还】没亮。",
        no="请把书【还】给我。",
        after="VERB ADJ ADV PRON NUM MODAL PREP REDUP 有 是 没 不 要",
    ),
    # -- 长: cháng 'long', zhǎng 'grow' --------------------------------------------------------
    Rule(
        "chang-long-note",
        "长",
        "chang2 yin1",
        "长音 'a long note, a long vowel' (这个长音要拖满四拍, 你的长音不够长), a word the model "
        "reads zhǎng after a demonstrative or a possessive: a note does not grow",
        yes="你的【长】音还可以再拖一拍。",
        no="队【长】音量开得太大了。",
        word="长音",
    ),
    Rule(
        "chang-echo",
        "长",
        "chang2",
        "a clause ending in the adjective 长 echoed by the next clause's 长得 'so long that' "
        "(路很长，长得走不完): the repeated word keeps the reading it closed the clause with",
        yes="这条河很长，【长】得望不到头。",
        no="他个子不高，【长】得很壮。",
        before="，",
        before2="长",
        after="得",
    ),
    Rule(
        "chang-long-play",
        "长",
        "chang2",
        "a long hit, pass or shot counted by its measure word (一记长打, 一脚长传, 一个长射): "
        "after a measure word 长 describes the play, it does not grow",
        yes="第三棒一记【长】打，轻松拿下一分。",
        no="小树一年【长】高了一截。",
        # jieba tags the measure words of a kick or a blow as nouns or verbs (一记 一脚)
        before="MEASURE 记 脚 支 个",
        after="打 传 射 吊 传球",
    ),
    Rule(
        "chang-longer-than",
        "长",
        "chang2",
        "'long' closing a comparison with 比 (比一个小时还长, 这条比那条更长): growing takes "
        "了, 得 or what grew (比去年还长了五公分, 比我还长得高)",
        yes="最后那几秒，我觉得比一个小时还【长】。",
        no="孩子比去年还【长】了五公分。",
        near_before="比",
        before="还 更 都 也 要 还要 更加",
        after="END 呢 啊 吧 呀 一些 一点 多了 得多",
    ),
    Rule(
        "chang-garment-length-24",
        "长",
        "chang2",
        "the length of a garment or a cloth right after it (袖长, 裙长到膝盖, 裤长, 衣长, 窗帘"
        "长两米): clothes do not grow; hair and children do (头发长到肩膀)",
        yes="我来量一下袖【长】给大家看。",
        no="她的头发【长】到肩膀了。",
        before=GARMENTS,
    ),
    Rule(
        "chang-garment-longer-by",
        "长",
        "chang2",
        "a garment 'longer by' a length, 长出 or 长了 and how much, with the garment named "
        "before in the clause (袖子也长出一截, 这条裤子长了两公分): clothes are too long, not "
        "growing; a plant or a child grows by it (竹子又长出一截)",
        yes="他新买的外套，两只袖子都【长】出一截。",
        no="院子里的竹子，一夜又【长】出一截。",
        near_before=GARMENTS,
        after="出 出来 了",
        after2="一截 一大截 半截 一点 一些 一点儿 一块 NUM 好几 几",
    ),
    Rule(
        "chang-and-cpp",
        "长",
        "chang2",
        "the adjective 'long' joined by 而 to the next quality or result after what is long "
        "(时间长而乏味, 因工期长而延误, 又细又长而柔软): the verb zhǎng takes its complement; "
        "classical 长而不宰 opens its clause",
        yes="这部电影因为片子太【长】而被观众批评。",
        no="生而不有，为而不恃，【长】而不宰。",
        before="NOUN ADV ADJ 又 很 太 较",
        after="而",
    ),
    Rule(
        "chang-a-bit-too-long",
        "长",
        "chang2",
        "'a bit too long' after a word that weighs it up (只是长了一点, 稍微长了些, 就是长了点): "
        "growth is told with what grew or how much (又长了一点个子, 长了三公分)",
        yes="这条裤子挺好看，就是【长】了一点。",
        no="孩子这个月又【长】了三公分。",
        before="只是 就是 稍微 稍 略 略微 有点 有点儿 只不过 不过",
        after="了",
        after2="一点 一些 点 些 一点儿 点儿",
    ),
    Rule(
        "zhongpai-strong-beat",
        "重",
        "zhong4 pai1",
        "重拍 'the strong beat' as the place a step, a stroke or the stress lands (左脚踩在重拍上, "
        "鼓点落在重拍上): chóngpāi 'shoot again' is done to a scene, not stepped on",
        yes="跳的时候，脚要踩在【重】拍上。",
        no="导演说这场戏得【重】拍一遍。",
        word="重拍",
        after="上",
        near_before="踩 踩在 落 落在 打 打在 敲 敲在 脚 左脚 右脚 鼓 鼓点 鼓声 重音 小节",
    ),
    Rule(
        "zhong-heavier-side",
        "重",
        "zhong4",
        "'heavy' of one side or end weighed against the other (哪一边重了, 左边重一点, 前头太重): "
        "what is repeated (重了一遍) is not a side",
        yes="秤杆一翘，左边【重】了。",
        no="这两个字【重】了。",
        before="边 头 一边 这边 那边 哪边 哪一边 左边 右边 两边 前头 后头 这头 那头",
        after="了 一点 一些 点 些 太多 得多",
    ),
    Rule(
        "zhong-got-heavier",
        "重",
        "zhong4",
        "'heavy' after a verb of becoming or 越来越 (水就变重了, 越来越重, 变得重了): chóng "
        "'again' goes before the verb it repeats (重来, 重写), not after 变",
        yes="盐放多了，水就变【重】了。",
        no="写错了就得【重】写。",
        before="变 变得 越来越 越发 更加 显得",
        not_after="VERB 新",
    ),
    Rule(
        "men-stuffy-sweat",
        "闷",
        "men1",
        "'stuffy, close' that brings out a sweat or a rash (闷出一身汗, 闷出痱子): mèn 'bored, "
        "low' brings out no sweat (闷得慌)",
        yes="穿着雨衣走了一路，【闷】出了一身汗。",
        no="一个人在家待着，【闷】得慌。",
        after="出 出了",
        near_after="汗 一身汗 痱子 湿疹",
    ),
    Rule(
        "zhong-lot-won",
        "中",
        "zhong4 qian1",
        "中签 'win a draw, a lottery' (中签率, 没中签): zhòng 'hit'; zhōng would be 'in the "
        "middle'",
        yes="今年的报名人数太多，【中】签率很低。",
        no="他在文件【中】签了字。",
        word="中签",
    ),
    Rule(
        "zhang-grow",
        "长",
        "zhang3",
        "the verb 'grow' with its complement (长得, 长出, 长到, 长高, 伤口长好 'heal', 牙长齐, "
        "头发长回来) or its height (长个子)",
        yes="西红柿【长】得比她还高。",
        no="这条路很【长】。",
        # 出新: jieba glues 出 to the 新 of what grows (长|出新|的叶子, 长|出新|芽)
        after="得 出 出来 出新 到 高 大 成 满 着 胖 起来 好 齐 歪 壮 结实 回 个子 个儿 个头",
    ),
    Rule(
        "zhang-the-more-it-grows",
        "长",
        "zhang3",
        "越长越 + how a growing thing turns out (越长越茂密, 越长越高, 越长越像他爸): 'longer' "
        "is cháng after it (越长越长: grows longer and longer)",
        yes="这棵树越【长】越高。",
        no="影子越拉越【长】。",
        before="越",
        after="越",
        after2="茂密 茂盛 高 大 壮 胖 粗 多 密 旺 好 好看 漂亮 可爱 像 快 结实 壮实 歪 粗壮 茁壮",
        verb=True,
    ),
    Rule(
        "zhang-grow-back",
        "长",
        "zhang3",
        "'grow back, grow out' before a directional complement of where the growth goes (毛才长"
        "回来, 指甲又长回去了, 草长上来了): a length, cháng, takes no direction; after a degree "
        "word it is 'long' (太长, 回来晚了)",
        yes="剪短的头发，过几个月就【长】回来了。",
        no="这条路太【长】，回来的时候天都黑了。",
        after="回来 回去 上来 上去 出去 进去 下去",
        not_before=DEGREE,
    ),
    Rule(
        "zhang-looks",
        "长",
        "zhang3",
        "'look (like)', the verb 'grow' before the look it came to (老鹰长什么样子, 他长这样, "
        "长啥样; 长那么高: zhang-grow-size): 'long' is said of a length after a degree word "
        "(有那么长, 这么长)",
        yes="他问老鹰【长】什么样子。",
        no="这条绳子有那么【长】吗？",
        after="什么 什么样 什么样子 啥 啥样 这样 那样 这个样子 那个样子 这副 那副",
        not_before=DEGREE,
    ),
    Rule(
        "chang-time",
        "长",
        "chang2",
        "'long' of a time (时间长了, 日子长了): time does not grow",
        yes="时间【长】了肩膀会累。",
        no="孩子【长】了不少。",
        before="时间 日子 时日 时候",
    ),
    Rule(
        "chang-made-longer",
        "长",
        "chang2",
        "'long' as the result of a verb that lets out, stretches or leaves a thing longer (把线"
        "放长了一点, 头发留长了, 把绳子接长): zhǎng 'grow' is what a living thing does by itself "
        "(个子长了一点)",
        yes="他把风筝线又放【长】了一些。",
        no="这孩子个子又【长】了一点。",
        before="放 拉 留 接 抻 伸 扯 加 变 写 剪 裁 擀 搓 续 延",
        after="了 一点 一些 点 些 一截 得 END",
    ),
    Rule(
        "chang-very-long",
        "长",
        "chang2",
        "'long' as a complement of degree after 得 and 老, 好 or 多 (拉得老长, 拖得好长, 脸拉得"
        "老长): growing, zhǎng, comes before its 得 (长得老高)",
        yes="糖丝被他拉得老【长】。",
        no="这孩子【长】得老高了。",
        before="老 好 多 那么 这么",
        before2="得",
        after="END 了 的 PARTICLE 啊 呀",
    ),
    Rule(
        "zhang-grow-aspect",
        "长",
        "zhang3",
        "the verb 'grow' with 了/过 and a quantity or what grew (长了一米多, 长了不少, "
        "长了新叶); after a degree word it is 'too long' (太长了)",
        yes="它已经【长】了一公尺多。",
        no="这条绳子太【长】了。",
        after="了 过",
        after2="NUM NOUN MEASURE ADJ 不少 很多 好多 很 好",
        # 长了短了 'too long or too short': the opposite 短 makes it the adjective
        # (chang-beside-short)
        not_after2="短",
        not_before=DEGREE,
    ),
    Rule(
        "zhang-grow-toward",
        "长",
        "zhang3",
        "'grow' toward a place after 往, 向 or 朝 and the place (往深处长, 往上长, 朝着有光的"
        "地方长): the adjective 'long' takes no direction",
        yes="竹子的根往四周【长】。",
        no="往前走还有很【长】一段路。",
        before="上 下 里 外 前 后 四周 旁边 两边 地下 地方 方向 *处 *面 *边 *方",
        near_before="往 向 朝 朝着 向着",
    ),
    Rule(
        "chang-long",
        "长",
        "chang2",
        "the adjective 'long' after a degree word, a length or "
        "a noun it describes (很长, 四百米长, 没有锄头长)",
        yes="他的个子还没有锄头【长】。",
        no="孩子【长】高了。",
        before=DEGREE + " NUM MEASURE NOUN2 米 尺 里 寸",
        after="END PARTICLE 的",
    ),
    Rule(
        "chang-as-long",
        "长",
        "chang2",
        "'long' closing a comparison of equals (一样长, 跟桌面差不多长的): growing to the same "
        "length takes 了 or what grew (跟爸爸一样长了胡子)",
        yes="桌子的四条腿都得一样【长】。",
        no="他跟爸爸一样【长】了胡子。",
        before="一样 一般 同样 差不多 那样 这样",
        after="END 的",
    ),
    Rule(
        "zhang-grow-body",
        "长",
        "zhang3",
        "'grow' before what grows on a body or a thing, after a denial or an adverb (不长眼睛, "
        "没长牙, 又长痘了, 墙上都长青苔了): 'long' before a noun takes a degree word of "
        "length (更长时间) and is not said of eyes or teeth",
        yes="走路看着点，石头不【长】眼睛。",
        no="他还得花更【长】时间。",
        before="不 没 没有 会 又 还 都 也 开始 不会 容易 爱 已经",
        after="眼睛 眼 牙 牙齿 胡子 痘 痘痘 青苔 虫 霉 锈 茧 老茧 疙瘩 新芽 心眼 脑子 个子 白头发",
    ),
    Rule(
        "zhang-gain",
        "长",
        "zhang3",
        "'gain, grow in' before what a person gains from experience (不长记性, 长长见识, 让孩子"
        "长知识, 长本事, 长志气): a length is not said of memory or knowledge; a degree word "
        "before 'long' takes a time or a road (更长时间)",
        yes="摔了这么多回，他还是不【长】记性。",
        no="他还得花更【长】时间。",
        after="记性 见识 知识 本事 志气 出息 能耐 学问 教训",
    ),
    Rule(
        "chang-longer",
        "长",
        "chang2",
        "'long' between a degree word and a noun (更长时间)",
        yes="他还得花更【长】时间。",
        no="孩子又【长】高了。",
        before=DEGREE,
        after="NOUN",
    ),
    Rule(
        "chang-after-measure",
        "长",
        "chang2",
        "'long' between a measure word and the noun it describes (这条长堤, 一根长竹竿, 一道长"
        "疤): what grows follows its subject, not a measure word (这棵树长出了新芽)",
        yes="把挖出来的淤泥堆成了这条【长】堤。",
        no="这棵树【长】出了新芽。",
        # jieba tags 斤 a numeral: the weights and containers sold by (五斤长糯米, 一包长面)
        before="MEASURE 条 根 道 段 座 件 一条 这条 那条 一根 一道 一段 "
        "斤 公斤 尺 包 袋 盒 箱 捆 匹",
        # and the nouns jieba tags measure words after it (一根长杆, 一把长把)
        after="NOUN 杆 竿 把 柄 棍 条 枝",
    ),
    Rule(
        "chang-of-time",
        "长",
        "chang2",
        "'long' before the time or distance it describes (长时间, 长时期, 长距离; 长照, Taiwan's "
        "short form of 长期照顾 'long-term care', 长照服务): a time is long, it does not grow",
        yes="【长】时间看手机对眼睛不好。",
        no="孩子【长】大了。",
        after="时间 时期 距离 期间 篇幅 假期 岁月 照 照护",
    ),
    Rule(
        "chang-long-nominal",
        "长",
        "chang2",
        "长的 'the long one' opening a phrase after a preposition (从长的一边卷起, 把长的留下)",
        yes="从【长】的一边卷起来。",
        no="孩子们【长】得很快。",
        before="START PREP 从 把 用 挑 选",
        after="的",
    ),
    Rule(
        "chengchang-cut",
        "长",
        "cheng2 chang2",
        "a verb of one character before 成长 takes 成 as its complement and 长 starts the next "
        "word (卷成长条, 搓成长条, 变成长方形); 成长 'grow up' follows its subject",
        yes="把面团搓成【长】条。",
        no="孩子们健康成【长】。",
        word="成长",
        before="VERB1",
    ),
    Rule(
        "chang-long-stretch",
        "长",
        "chang2",
        "'long' after a degree word before a stretch of way or time (好长一段路, 很长一段时间, "
        "这么长一条河)",
        yes="走了好【长】一段路才到。",
        no="小树又【长】了一截。",
        before=DEGREE,
        after="NUM",
    ),
    Rule(
        "chang-a-long-row",
        "长",
        "chang2",
        "'long' between 一 and the measure of a row or stretch (一长排供品, 排成一长列, 一长条, "
        "一长段路): 一 'as soon as' before 'grow' has a verb or 就 after it (头发一长就剪)",
        yes="店家摆了一【长】排的供品。",
        no="头发一【长】就得剪。",
        before="一",
        after="排 列 串 条 队 行 溜 段 趟 截 片",
    ),
    Rule(
        "chang-dimension",
        "长",
        "chang2",
        "a dimension opening its clause before its number (长八十，高六十; 长三米): 'grow' "
        "takes 了 or a result (长了三公分)",
        yes="我量了一下，【长】八十，高六十。",
        no="孩子一年【长】了五公分。",
        before="START",
        after="NUM",
    ),
    Rule(
        "chang-length-of",
        "长",
        "chang2",
        "the noun 'length' after 的 closing its clause or paired with another dimension (桌子的长"
        "和宽, 量一量床的长): a head of something (部门的长) is glued into its word (部长, 组长)",
        yes="请你量一量黑板的【长】。",
        no="他说了一句很【长】的话。",
        before="的",
        # a thing before 的: 「生长」的长 names the character's word, not a length
        before2="NOUN",
        after="END 和 与 跟 是 为 有 宽 大约 约",
    ),
    Rule(
        "chang-judged",
        "长",
        "chang2",
        "'long' judged by a verb of rating closing the clause (不算长, 还算长, 显得长, 嫌长): "
        "those verbs take an adjective, not the verb 'grow'",
        yes="步道不算【长】，可是很陡。",
        no="这棵树不算【长】得快。",
        before="算 不算 算是 还算 显得 嫌",
        after="END PARTICLE 了",
    ),
    Rule(
        "zhang-grow-for-years",
        "长",
        "zhang3",
        "'grow' for a number of years after 要 得 能 or 需要 (一棵树要长几十年, 人参得长好几年): "
        "a span that is 'longer' by some years is compared (刑期比原来长三年)",
        yes="这种竹子至少要【长】三年才能砍。",
        no="新的合同比旧的要【长】两年。",
        before="要 得 能 会 需要 还要 还得 至少要 才能",
        after="NUM 几 好几 十几 几十",
        near_after="年 多年",
        not_near_before="比 *期 假期",
    ),
    Rule(
        "zhang-grow-along",
        "长",
        "zhang3",
        "'grow' after words of gradual or joint change (跟着长, 随着长, 慢慢长, 渐渐长了): "
        "the adjective 'long' takes a degree word, not a course of change",
        yes="饭量也跟着【长】了。",
        no="这条路也很【长】。",
        before="跟着 随着 慢慢 渐渐 逐渐 不断 继续 开始 还在",
    ),
    Rule(
        "zhang-grow-size",
        "长",
        "zhang3",
        "'grow' to a size named after it with 这么/那么 (长这么大, 长那么高, 都长这么高了): "
        "the adjective 'long' comes after the 这么 that measures it (有这么长)",
        yes="孩子都【长】这么高了。",
        no="这条路有这么【长】。",
        after="这么 那么 这样 那样",
        after2="大 高 胖 壮 结实",
    ),
    Rule(
        "chang-paired-after",
        "长",
        "chang2",
        "'long' paired with another adjective by 又…又… (又细又长, 又粗又长的): growing is "
        "no quality (又长高了 keeps its verb)",
        yes="豆芽又细又【长】，颜色发黄。",
        no="孩子又【长】高了。",
        before="又",
        before2="ADJ",
        after="END PARTICLE 的",
    ),
    Rule(
        "chang-paired-before",
        "长",
        "chang2",
        "'long' paired with the adjective after it by 又…又… (头发又长又黑)",
        yes="她的头发又【长】又黑。",
        no="孩子又【长】高了。",
        before="又",
        after="又",
        after2="ADJ",
    ),
    Rule(
        "chang-longer-one",
        "长",
        "chang2",
        "'longer' before 一点/一些 and the 的 of what it describes (走长一点的路, 留长一些的头发): "
        "growing a little more has no noun after it (等树再长一点)",
        yes="周末再去郊山走【长】一点的路。",
        no="等小树再【长】一点就移栽。",
        after="一点 一些 点 些",
        after2="的",
    ),
    Rule(
        "chang-beside-short",
        "长",
        "chang2",
        "'long' set against 短 'short' later in its clause (一段长一段短, 有的长有的短, 剪得长一点"
        "还是短一点): growing has no opposite 'short'; 长高/长大 before a 短 keep their verb rules",
        yes="刨出来的花一段【长】一段短。",
        no="他【长】了个子，裤子就短了。",
        near_after="短 短些 短点 更短 太短",
    ),
    # -- 重: zhòng 'heavy', chóng 'again' ---------------------------------------------------
    Rule(
        "zhongzhong-heavily",
        "重",
        "zhong4 zhong4",
        "重重地 'heavily' (重重 'layer upon layer' elsewhere)",
        yes="他【重】重地点了点头。",
        no="困难【重】重。",
        word="重重",
        after="地",
    ),
    Rule(
        "zhongzhong-heavy-de",
        "重",
        "zhong4 zhong4",
        "重重的 'heavy' opening a phrase (重重的一拳, 挨了重重的一击); after what is piled up "
        "it is chóngchóng (心事重重的样子, 顾虑重重的)",
        yes="【重】重的一拳打在他脸上。",
        no="他一副心事【重】重的样子。",
        word="重重",
        after="的",
        not_before="NOUN",
    ),
    Rule(
        "zhong-generous-thanks",
        "重",
        "zhong4",
        "'generous, heavy' before a reward or thanks (必有重谢, 定当重谢, 重赏之下; jieba keeps "
        "重谢 whole, the lexicon does not): thanks are not given again (重说 chóng 'say again')",
        yes="如有发现，请联络陈先生，必有【重】谢。",
        no="请你【重】说一遍。",
        after="谢 酬 赏 金",
    ),
    Rule(
        "zhong-heavy-blow",
        "重",
        "zhong4",
        "'heavy' after 记, the measure of blows (一记重扣, 挨了一记重拳, 一记重锤; ahead of "
        "chong-again, which takes 重扣 closing a clause for 'deduct again'): chóng 'again' "
        "follows an adverb or a subject, never a measure",
        yes="他跳起来就是一记【重】扣。",
        no="账要记清楚，别【重】记了。",
        before="记",
        before2="NUM 一",
    ),
    Rule(
        "chong-again",
        "重",
        "chong2",
        "the adverb 'again, anew' before a verb of one character and how often or at the end "
        "(重说一遍, 重写, 重来一次)",
        yes="请你【重】说一遍。",
        no="这个箱子很【重】。",
        after="VERB1",
        after2="一遍 一次 一下 遍 次 了 END",
        # 必有重谢 'a generous reward will follow': what there is, not what is done again
        not_before="有 必有 将有 另有 干 做 搬 扛 挑 抬",
    ),
    Rule(
        "chong-redo",
        "重",
        "chong2",
        "'anew' before a verb of making or doing, whatever follows (整片重做防水, 重写作业, "
        "重装系统): the verbs a hard blow goes with (重打, 重踩) are not among them",
        yes="屋顶要整片【重】做防水。",
        no="他【重】打了一下桌子。",
        after="做 写 画 来 装 建 修 拍 选 排 考 算 编 印 录 唱 演 抄 填 搭 盖 造 铺 刷 涂 包 "
        "订 设 配 组 洗 煮 织 缝 焊 砌 种 栽 启",
    ),
    Rule(
        "chong-restart",
        "重",
        "chong2",
        "'re-, anew' before starting a machine, a shop or a term again and the computer's "
        "steps (重开机, 重开张, 重登录, 重安装): nothing is started 'heavily'",
        yes="电脑卡住了，只好【重】开机。",
        no="这台机器很【重】，开机要两个人。",
        after="开机 开张 开业 开学 开工 开课 开播 开局 启动 登录 登入 注册 安装 下载 连接 "
        "连线 输入 打印 上线",
    ),
    Rule(
        "chong-layer",
        "重",
        "chong2",
        "the measure 'layer, fold' between a numeral and what is layered (万重山, 千重浪, "
        "一重又一重); a weight puts its unit between (十斤重)",
        yes="轻舟已过万【重】山。",
        no="这袋米有十斤【重】。",
        # a bare numeral: a numeral with its measure (一块, 一个) counts a heavy thing (一块重石)
        before="NUM",
        not_before="*个 *块 *只 *件 *张 *条 *根 *颗 *袋 *包 *箱 *桶 *把 *堆 *片 *本 *台 *辆",
        after="NOUN 又",
    ),
    Rule(
        "zhong-heavy",
        "重",
        "zhong4",
        "the adjective 'heavy' after a degree word or a weight (很重, 十克重), or a numeral "
        "with its measure (一块重石, 两个重箱子)",
        yes="每个约十克【重】。",
        no="他【重】写了一遍。",
        before=DEGREE + " NUM MEASURE 克 斤 公斤 吨 *个 *块 *只 *件 *袋 *包 *箱 *桶",
    ),
    Rule(
        "zhong-heavier-again",
        "重",
        "zhong4",
        "'heavy, serious' again or more so, closing the clause (咳嗽又重了, 病越重): chóng "
        "'again' comes before its verb (又重写了一遍)",
        yes="爷爷的咳嗽又【重】了。",
        no="他又【重】写了一遍。",
        before="又 越 愈",
        after="了 END PARTICLE 起来",
    ),
    Rule(
        "zhong-heavy-complement",
        "重",
        "zhong4",
        "'heavy' with a complement of degree (还重得多, 重得搬不动); chóng 'again' comes "
        "before its verb",
        yes="它比讲台还【重】得多。",
        no="他【重】写了一遍。",
        after="得",
    ),
    Rule(
        "zhong-heavier-than",
        "重",
        "zhong4",
        "'heavier' in a comparison with 比, closing the clause or before 了 and by how much "
        "(比上个月重了两公斤, 比我重一点, 比旧的重): chóng 'again' comes before its verb",
        yes="阿宝比上个月【重】了快两公斤。",
        no="他比我先【重】写了一遍作业。",
        near_before="比",
        after="了 一点 一点儿 一些 些 不少 很多 许多 END PARTICLE",
    ),
    Rule(
        "zhong-heavy-pair",
        "重",
        "zhong4",
        "'heavy' in 又重又X 'both heavy and X' (发球又重又刁, 箱子又重又大): chóng 'again' "
        "after 又 comes before its verb (又重写了一遍)",
        yes="这只箱子又【重】又大，一个人搬不动。",
        no="他又【重】写了一遍。",
        before="又",
        after="又",
    ),
    Rule(
        "zhong-weighs",
        "重",
        "zhong4",
        "'weigh' before a numeral and a unit of weight (这只箱子重五公斤, 鸡蛋重六十克): "
        "chóng 'again, layer' takes no weight (重来两遍, 万重山)",
        yes="这只西瓜【重】四公斤半。",
        no="这一段【重】来两遍。",
        after="NUM 两 几 半 一",
        near_after="克 公克 千克 公斤 斤 公两 吨 公吨 磅 盎司 *克 *斤 *吨",
        not_after2="遍 次 回 下",
    ),
    Rule(
        "lei-bind-tight",
        "勒",
        "lei1",
        "'tie tight, cut into' with what it does to what it binds (勒出一道印子, 勒得手疼, 勒进肉"
        "里, 勒住脖子): lè 'rein in' takes the horse or its reins (勒住了马), and lives in words "
        "(勒令, 勒索)",
        yes="背包带把肩膀【勒】出了两道红印子。",
        no="他猛地【勒】住了马。",
        after="出 出来 得 紧 进 进去 疼 痛 红 破 死 着 到 住",
        not_near_after="马 缰绳 缰 马头 马缰 缰绳儿",
        verb=True,
    ),
    Rule(
        "le-rein-in",
        "勒",
        "le4 zhu4",
        "勒住 'rein in' a horse, with the horse or its reins named after it (勒住了马, 勒住缰绳):"
        " what is held tight is a neck or a waist (勒住脖子)",
        yes="他猛地【勒】住缰绳，马停了下来。",
        no="绳子【勒】住了他的脖子。",
        word="勒住",
        near_after="马 缰绳 缰 马头 马缰",
        verb=True,
    ),
    Rule(
        "lei-tired",
        "累",
        "lei4",
        "'tired' after a degree word or a negation (很累, 不累, 更累)",
        yes="种菜只是更【累】一点。",
        no="积【累】经验",
        before=DEGREE + " 好 真 没",
    ),
    Rule(
        "lei-however-tired",
        "累",
        "lei4",
        "'however tired' after 再 of a concession (再累也要…, 走得再累, 再苦再累): lěi "
        "'accumulate' and léi 'burden' live in words (积累 累计 累赘), not after 再",
        yes="走得再【累】也不能让轿子晃得太厉害。",
        no="积【累】经验",
        before="再",
    ),
    Rule(
        "lei-tired-complement",
        "累",
        "lei4",
        "'tired' by itself before its complement or closing the clause (累得满头大汗, "
        "累了, 累死了, 你不累吗); lěi 'accumulate' lives in words (积累 累计 日积月累)",
        yes="小熊【累】得腿都软了。",
        no="积【累】经验",
        after="得 死 坏 极 了 着 过 不 吗 呢 吧 啊 END",
    ),
    Rule(
        "lei-tiredness",
        "累",
        "lei4",
        "'tiredness' as a noun after 的 (一天的累, 旅途的累和冷): lěi 'accumulate' and léi "
        "'burden' live in words (积累 累积 拖累 累赘)",
        yes="前一天的【累】都忘了。",
        no="日积月【累】的经验",
        before="的",
    ),
    Rule(
        "lei-tired-start",
        "累",
        "lei4",
        "'tired' opening a clause before 是/归 of a concession or 就/也 of a consequence "
        "(累是累，可是…; 累归累; 累就歇一会儿): lěi 'repeatedly' opens a clause in written "
        "Chinese before a verb or a time (累迁刑部, 累年不任)",
        yes="他说：「【累】是累，可是值得。」",
        no="【累】迁刑部、工部侍郎。",
        # reported speech opens its clause after a verb of saying or thinking with no comma
        # (她说累是累, 他觉得累归累)
        before="START 说 说道 道 想 心想 觉得 承认",
        after="是 归 就 也 还",
    ),
    Rule(
        "dao-fu-upside-down",
        "倒",
        "dao4",
        "the 福 pasted upside down at the New Year, 'turned over' dào (福倒了, 福字倒着贴, 把福"
        "倒过来贴), read as 福到了 'luck has come': a 福 does not fall over",
        yes="奶奶笑着说：「福【倒】了，福就到了。」",
        no="风太大，门口的花盆【倒】了。",
        before="福 福字",
    ),
    Rule(
        "dao-go-pour",
        "倒",
        "dao4",
        "'pour, dump' as what one goes or takes something out to do (拿出去倒, 提去倒, 我去倒): "
        "a fall is not gone to; it happens after 就 or 一 (一出去就倒了)",
        yes="垃圾装好了，你拿出去【倒】吧。",
        no="他一出门就【倒】在了雪地里。",
        before="去 来 拿去 提去 端去 出去 拿出去 提出去 端出去 拿出 提出",
        after="END 掉 一下 了 吧 PARTICLE",
        verb=True,
    ),
    Rule(
        "dao-rather-secondary",
        "倒",
        "dao4",
        "the adverb 'rather, on the contrary' in X倒在其次 'X matters less' (钱多钱少倒在其次): "
        "what falls lies somewhere (倒在地上), never in 其次",
        yes="钱多钱少【倒】在其次，关键是干得开心。",
        no="他脚下一滑，【倒】在地上。",
        after="在",
        after2="其次 次要",
    ),
    Rule(
        "dao-shift-hands",
        "倒",
        "dao3",
        "'shift' from hand to hand or back and forth (两只手来回倒着拿, 来回倒腾, 倒手): what is "
        "poured goes into something (倒进锅里)",
        yes="刚出锅的包子太烫，他两只手来回【倒】着。",
        no="他把开水来回【倒】进两个杯子里晾凉。",
        before="来回",
        not_after="进 进去 入 在 到 出 出来 掉",
    ),
    Rule(
        "dao-shift-work",
        "倒",
        "dao3",
        "'take turns, rotate' before the shift one works (倒夜班, 倒白班, 倒三班; 倒班 is a "
        "word): what is poured or falls over is never a shift",
        yes="下个月他们车间要【倒】夜班。",
        no="他给上夜班的工友【倒】了一杯热茶。",
        after="夜班 白班 早班 晚班 中班 大夜班 小夜班 大夜 小夜 两班 三班",
    ),
    Rule(
        "dao-backwards-manner",
        "倒",
        "dao4",
        "'in reverse, upside down' before 着 and the action so done (倒着走, 倒着念, 倒着挂, "
        "倒着数): a fallen thing lies (地上倒着一棵树), it does not act",
        yes="他【倒】着走了几步。",
        no="路边【倒】着一棵大树。",
        after="着",
        after2="走 跑 退 数 念 读 背 写 放 挂 插 拿 开 骑 爬 游 说 转 拉 推 飞 看 唱 拼 排 滑 溜 "
        "划",
    ),
    Rule(
        "dao-again-command",
        "倒",
        "dao4",
        "再倒 closing its clause, a call to go on (倒车时喊着「再倒，再倒」 'back up more', 酒杯"
        "空了就说「再倒」 'pour more'): both are dào; falling again is denied or warned of (扶稳"
        "了就不会再倒) or said of what fell (又倒)",
        yes="师傅在车后面喊：「再【倒】，好，停！」",
        no="把花盆扶稳了，它就不会再【倒】。",
        before="再",
        after="END",
        not_near_before="不 别 没 没有 不会 不能 不要 可别 千万别 又 会 要",
    ),
    Rule(
        "dao-reverse-park",
        "倒",
        "dao4",
        "'reverse' a car into a bay or a garage, or into reverse gear (练倒库, 倒车位, 挂倒挡): "
        "what falls does not fall into a garage, and 倒 'sell off' takes the stock (倒库存)",
        yes="下午去驾校练【倒】库。",
        no="他靠【倒】库存赚了一笔。",
        after="库 车库 车位 挡 档 入库",
    ),
    Rule(
        "dao-backwards-count",
        "倒",
        "dao4",
        "the same 'in reverse' before 着数 as jieba cuts 倒着数 'count backwards' (着数 'a move')",
        yes="小明【倒】着数，从十数到一。",
        no="他把树推【倒】了。",
        after="着数",
    ),
    Rule(
        "dao-pour-into-container",
        "倒",
        "dao4",
        "'pour, tip out' into a container named after it (全倒在洗衣篮里, 倒进桶里): what falls "
        "lies beside or on something (倒在垃圾桶旁边, 倒在地上)",
        yes="他把一袋米全【倒】在桶里。",
        no="一个醉汉【倒】在垃圾桶旁边。",
        # and poured back into a bottle or jar (倒回瓶子里); what falls back lies on a bed
        after="在 进 进去 到 回 回到",
        near_after="*篮 *桶 *锅 *盆 *箱 *袋 *碗 *杯 *缸 *罐 *篓 *筐 篮子 桶 锅 盆 箱子 袋子 碗 "
        "杯子 缸 罐子 *瓶 瓶子 瓶 *壶 壶",
        not_near_after="旁边 边上 旁 边 前面 后面 附近 上",
    ),
    Rule(
        "dao-pour-together",
        "倒",
        "dao4",
        "'pour' things together (牛奶和糖倒在一起, 两碗汤倒在一块儿): what falls, dǎo, falls "
        "somewhere, not together",
        yes="把两种果汁【倒】在一起搅匀。",
        no="路边的大树【倒】在了地上。",
        after="在",
        after2="一起 一块 一块儿 一处",
    ),
    Rule(
        "dao-pour-in-cooking",
        "倒",
        "dao4",
        "'pour' down or in where a pot or a liquid was just named (一锅水烧开了倒下去, 油热了"
        "倒下去): a person or a tree that falls is named, not its pot (他晃了晃，倒了下去)",
        yes="等汤煮开了再【倒】下去。",
        no="他晃了两下，就【倒】下去了。",
        after="下去 下来",
        near_before="锅 *锅 水 汤 油 酒 烧开 煮开 烧热",
    ),
    Rule(
        "dao-upside-down",
        "倒",
        "dao4",
        "'upside down' after a verb of putting up, printing or holding (福字贴倒了, 画挂倒了, 这页"
        "印倒了, 书拿倒了): what is knocked, blown or pushed falls, dǎo (推倒了, 吹倒了)",
        yes="门上的福字贴【倒】了。",
        no="门口的花盆被风吹【倒】了。",
        before="贴 挂 印 写 画 拿 装 戴",
        after="了 着 过来 END PARTICLE",
    ),
    Rule(
        "dao-inverted-state",
        "倒",
        "dao4",
        "倒过来 'turned upside down' as a state (是倒过来的) or how a thing is looked at or put "
        "(倒过来看, 倒过来放): a thing that falls toward here ends its clause (朝我倒过来了), dǎo",
        yes="这张地图是【倒】过来的。",
        no="那棵树朝我们【倒】过来了。",
        after="过来",
        after2="的 看 放 挂 写 印 贴 拿 摆 插 装 读 念",
    ),
    Rule(
        "dao-fall",
        "倒",
        "dao3",
        "'fall over' as the complement of a verb (吹倒了, 推倒在地, 碰倒); dào 'pour, "
        "upside down' starts its own verb phrase (倒了一杯水)",
        yes="一棵枯树被吹【倒】了。",
        no="他给我【倒】了一杯水。",
        before="VERB1",
        after="了 在 下 END PARTICLE",
        # (去倒 来倒: 'go and pour', dao-go-pour)
        not_before="MODAL 把 要 想 去 来",
    ),
    Rule(
        "dao-fall-subject",
        "倒",
        "dao3",
        "'fall over' said of its subject, the clause closed by 了 (树倒了, 他倒了); 'pour' has "
        "its object after 了 (倒了一杯水) or 把 before the thing poured (把汤倒了)",
        yes="巷口那棵老榕树【倒】了！",
        no="他把剩下的汤【倒】了。",
        # an adverb may stand between the subject and the verb (树也倒了, 墙都倒了)
        before="NOUN PRON PERSON 也 都 又 全 全都 就 已经 终于 差点 突然",
        after="了",
        after2="END PARTICLE",
        not_near_before="把 将",
    ),
    Rule(
        "dao-fall-person",
        "倒",
        "dao3",
        "a person falling where they lie (他倒在地上, 她倒下了); a person pours something "
        "into a place only with 把 (把水倒在盆里)",
        yes="他一下子【倒】在地上。",
        no="他把水【倒】在盆里。",
        before="PERSON NAME ADV 一下子",
        after="在 下 下来 下去",
        not_near_before="把 将",
    ),
    Rule(
        "dao-fall-down",
        "倒",
        "dao3",
        "'fall' down (老是倒下去, 站不稳就倒下来); pouring down needs the thing poured "
        "(把水倒下去) or where it goes (往锅里倒下去)",
        yes="这个怎么站不起来，老是【倒】下去？",
        no="往锅里【倒】下去一碗水。",
        after="下去 下来",
        # a pot or a liquid just named is what is poured (水烧开了倒下去)
        not_near_before="把 将 往 向 朝 锅 *锅 水 汤 油 酒 烧开 煮开",
    ),
    Rule(
        "dao-cannot-fall",
        "倒",
        "dao3",
        "'will not fall' closing the clause after a word of certainty (应该倒不了, 肯定倒不了, "
        "怎么也倒不了): 'cannot pour' names what will not pour (倒不了水) or where (往杯里倒)",
        yes="这堵墙砌得很结实，肯定【倒】不了。",
        no="瓶口太小，【倒】不了油。",
        before="MODAL 应该 肯定 一定 绝对 永远 怎么也 根本 也 都 准",
        after="不了",
        after2="END PARTICLE",
        not_near_before="把 将 往 向 朝",
    ),
    Rule(
        "dao-fallen-set-upright",
        "倒",
        "dao3",
        "'fallen over' where the clause goes on to set the thing upright (把倒在地上的椅子扶起来, "
        "把倒了的瓶子扶正, 把倒在路边的车立起来): what is poured is not stood up again",
        yes="请把【倒】在地上的椅子扶起来。",
        no="他把茶【倒】在杯子里，扶着奶奶喝。",
        after="在 下 了 的",
        near_after="扶* 立* 竖* 摆正 放正",
    ),
    Rule(
        "dao-fallen-moved-away",
        "倒",
        "dao3",
        "'fallen' where the clause goes on to move the fallen thing out of the way (把倒在路上的"
        "树搬开, 把倒下的车挪走, 锯开倒在门口的树): a liquid poured out is wiped or drunk, not "
        "shifted",
        yes="大家一起把【倒】在路边的电线杆挪开。",
        no="他把【倒】在杯里的茶一口喝了。",
        after="在 下 了 的",
        near_after="搬* 挪* 移* 锯* 拉开 推开 拉走 推走",
    ),
    Rule(
        "dao-pour-down",
        "倒",
        "dao4",
        "'pour' of rain or water going down (雨哗哗地往下倒, 水往外倒): a wall or a tree that "
        "falls is not poured (墙往下倒 is rare, 往后倒 is a person falling back)",
        yes="外面的雨像从天上往下【倒】一样。",
        no="他一个没站稳，往后【倒】了下去。",
        before="下 外 里",
        before2="往 向",
        near_before="雨 水 汤 酒 油 茶 沙子 盆",
    ),
    Rule(
        "dao-pour-ba",
        "倒",
        "dao4",
        "'pour, tip out' with 把 before the thing poured (把茶倒了, 把汤倒在碗里, 把米倒进锅里); "
        "'fall' after 把 is the complement of another verb (把树吹倒了)",
        yes="他把杯子里的茶【倒】了。",
        no="大风把树吹【倒】了。",
        near_before="把 将",
        # 把车倒进来 'back the car in' is dào too, before any directional complement; and
        # before 得 and how it was poured (把水倒得太多)
        after="了 在 进 入 掉 出 回 到 给 得 END 进来 进去 出来 出去 回来 回去 过来 过去 下去 下来",
        not_before="VERB1",
        verb=True,
    ),
    Rule(
        "dao-done-with-care",
        "倒",
        "dao4",
        "'pour, reverse (a car)' closing the clause after the manner it is done in (再慢慢地倒, "
        "小心地倒, 一点一点地倒): a fall is told by where it ends or with 了/下 (慢慢地倒了下去, "
        "缓缓地倒在地上)",
        yes="就把方向盘往右打死，再慢慢地【倒】。",
        no="他慢慢地【倒】在了地上。",
        before="地",
        after="END",
        verb=True,
    ),
    Rule(
        "dao-pour",
        "倒",
        "dao4",
        "'pour, tip out, turn upside down' before what is poured or where (倒茶, 倒一杯水, "
        "倒进锅里, 倒掉, 倒过来)",
        yes="他给客人【倒】茶。",
        no="大树被风吹【倒】了。",
        after="茶 水 酒 汤 油 一 NUM 进 进去 入 出 出来 掉 满 过来 过去",
        not_before="VERB1",
        verb=True,
    ),
    Rule(
        "dao-pour-liquid-product",
        "倒",
        "dao4",
        "'pour' before a liquid named by a word of what it is for or made of, ending in the kind "
        "of liquid (消毒水, 洗衣液, 洗洁精, 沐浴露, 花生油, 米酒, 清洁剂): 'fall' takes no "
        "object, and 倒 'resell' names a commodity traded (倒石油 倒原油 dǎo)",
        yes="洗碗的时候，他往水槽里【倒】洗洁精。",
        no="那几年他跑到南方【倒】石油，赚了不少钱。",
        after="*水 *液 *精 *露 *油 *酒 *汁 *浆 *剂",
        not_after="石油 原油 汽油 柴油",
        not_before="VERB1",
        verb=True,
    ),
    Rule(
        "dao-pour-liquid-of-use",
        "倒",
        "dao4",
        "'pour' before a liquid cut from the use it is named for (消毒|水, 洗碗|精, 清洁|剂): "
        "what is for cleaning or killing germs is a product poured, never a commodity traded",
        yes="洗衣服的时候，记得先【倒】洗衣液，再放衣服。",
        no="他往床上一【倒】，洗澡水都忘了关。",
        after="消毒 清洁 洗涤 漂白 洗衣 洗碗 洗手 洗发 护发 沐浴 杀虫 除臭",
        after2="水 液 剂 精 露 粉 片",
        not_before="VERB1",
        verb=True,
    ),
    Rule(
        "dao-pour-up-to-mark",
        "倒",
        "dao4",
        "'pour' up to a mark, a line or a share of the vessel (倒到第二条线, 倒到八分满, 倒到杯子的"
        "一半): falling dǎo reaches the ground or a place (倒到地上, 倒到床上)",
        yes="量杯上有刻度，【倒】到第一条线就停。",
        no="他一下子【倒】到了床上。",
        after="到",
        near_after="线 刻度 毫升 一半 八分满 七分满 满 杯 杯子 碗 瓶 格",
        not_near_after="地上 床上 地 沙发 路边",
    ),
    Rule(
        "dao-on-the-contrary",
        "倒",
        "dao4",
        "倒是 'on the contrary, for all that' after who or what it says so of (她倒是一点也不慌, "
        "这倒是个好办法, 你倒是说话啊): a fall dǎo is of something that topples, not before 是",
        yes="大家都急坏了，他【倒】是一点也不着急。",
        no="风太大，树被吹【倒】了。",
        before="PRON PERSON NOUN START ADV 这 那 也 却 可 反 反而",
        after="是",
    ),
    Rule(
        "dao-pour-done",
        "倒",
        "dao4",
        "'pour, tip out' before 完 'finished' (倒完垃圾, 水倒完了): a fall is over at once, not "
        "finished; 倒时差 and 倒班 'shift' are dǎo, so 倒完时差 stays with the model",
        yes="桶里的脏水【倒】完了，再接一桶清水。",
        no="他【倒】完时差才回公司上班。",
        after="完",
        not_after2="时差 班 *班",
        not_before="VERB1",
        verb=True,
    ),
    Rule(
        "ding-nail-in",
        "钉",
        "ding4",
        "the verb 'nail, drive in' before a complement of where the nail goes or holds (钉下去, "
        "钉进木板, 钉牢, 钉住): the noun 'nail' is 钉子 or stands after a measure with nothing "
        "after it (一颗钉)",
        yes="木板太厚，两颗钉子要一颗一颗【钉】进去。",
        no="鞋底扎进了一颗【钉】。",
        after="下去 进去 下来 进来 进 入 住 牢 紧 死 好 上去",
        verb=True,
    ),
    Rule(
        "dao-pour-amount",
        "倒",
        "dao4",
        "'pour' with 了 before how much, counted in what holds it (倒了半杯温水, 倒了两碗汤, "
        "倒了一壶茶): what falls over is counted in trees or people (倒了三棵树, 倒了一大片)",
        yes="他给客人【倒】了半杯温水。",
        no="台风过后，路边【倒】了三棵树。",
        after="了",
        after2="NUM 一 半 几 满 大半 小半",
        near_after="杯 碗 壶 盆 瓶 勺 桶 锅 盅 碟 盘 瓢 罐 缸 杯子 碗儿 大杯 大碗 小杯 小碗",
        verb=True,
    ),
    Rule(
        "dao-pour-liquid",
        "倒",
        "dao4",
        "'pour' in one motion (往下一倒, 往锅里一倒) with the liquid named just before it (把油"
        "往下一倒, 一杯水往花盆里一倒): a person falling (往后一倒) names no liquid",
        yes="他把一整锅滚烫的油往下一【倒】，全倒进了锅里。",
        no="他往床上一【倒】，就睡着了。",
        before="一",
        near_before=LIQUIDS,
        verb=True,
    ),
    Rule(
        "dao-pour-liquid-onto",
        "倒",
        "dao4",
        "'pour' right after the liquid poured and before where it goes (糖水倒在豆花上, 把汤倒"
        "进碗里, 酱油倒到盘子里): a liquid does not fall over; a person or a bottle may (他倒在"
        "沙发上, 酒瓶倒在桌上)",
        yes="她舀起一勺热汤【倒】在饭上。",
        no="他累得一下子【倒】在沙发上。",
        before=LIQUIDS + " *汤 *水 *油 *酒 *茶 *奶 *汁",
        after="在 进 到 入",
        verb=True,
    ),
    Rule(
        "dao-pour-into-vessel-24",
        "倒",
        "dao4",
        "'pour, tip' before 在 and a vessel or a sheet that holds what is poured (倒在一张大纸"
        "上, 倒在碗里, 倒在盘子里): a falling person lies on the ground, a bed or a sofa, not in "
        "a bowl; a person before it may be either, so it is left to the rest (他倒在锅边)",
        yes="药称好以后，【倒】在一张大纸上。",
        no="他一下子【倒】在地上。",
        after="在",
        near_after="碗 盘 盘子 锅 杯 杯子 纸 报纸 盆 桶 壶 瓶 瓶子 袋 袋子 罐 罐子 盒 盒子 碟 "
        "碟子 勺 漏斗 砧板 案板 筛子 簸箕 纸上 碗里 锅里 盆里 杯里 盘里 桶里",
        not_before="PERSON NAME",
        verb=True,
    ),
    Rule(
        "dao-pour-onto",
        "倒",
        "dao4",
        "'pour' before the directional 上 and what is poured (倒上油, 倒上一杯茶, 倒上开水): "
        "'fall' takes 下 or 在 and no object",
        yes="他给客人【倒】上一杯热茶。",
        no="他一跤摔【倒】在地上。",
        after="上",
        after2="NUM 一 油 水 酒 茶 汤 开水 热水 冷水 凉水 牛奶 醋 酱油 香油 可乐 果汁 啤酒"
        " 饮料 咖啡",
        verb=True,
    ),
    Rule(
        "hao-several",
        "好",
        "hao3",
        "好 'quite a few' before 几 and what it counts (好几次, 好几个, 好几天, 好几百): the verb "
        "hào 'like' takes an object, never a count",
        yes="他往右一转，【好】几次差点撞到人。",
        no="这孩子【好】动，一刻也坐不住。",
        after="几 几次 几个 几天 几年 几回 几遍 几趟 几十 几百 几千 几万 几位 几家 几条 几只 几本",
    ),
    Rule(
        "hao-good",
        "好",
        "hao3",
        "'good' after a degree word closing the clause or before 的 (很好, 太好了, 最好的); "
        "hào 'be fond of' takes an object (好学 好客 are words)",
        yes="研究结果很【好】。",
        no="他【好】学。",
        before=DEGREE + " 真 挺",
        after="END PARTICLE 的 了",
    ),
    Rule(
        "hao-good-subject",
        "好",
        "hao3",
        "'good' opening a clause before the noun it describes, the subject of what follows (好"
        "东西都被抢光了, 好日子就要来了): hào 'be fond of' takes its object after a subject "
        "(他好面子), and its clause goes on with 又 or 的 (好面子的人)",
        yes="这次旅行，【好】风景都在后半程。",
        no="他【好】面子又好强。",
        before="START",
        after="NOUN",
        after2="都 也 就 全 全都 总是 才 早就",
    ),
    Rule(
        "hao-state",
        "好",
        "hao3",
        "'well, recovered, ready' as the state a clause ends in (现在好了, 饭好了吗, 他好吗); "
        "hào 'be fond of' takes an object and never closes a clause",
        yes="他病了一个月，现在【好】了。",
        no="他【好】学。",
        after="了 啦 吗 吧 呢 啊 呀 END",
    ),
    Rule(
        "hao-complement",
        "好",
        "hao3",
        "'done, properly' as the complement of a verb (穿好, 量好, 调好)",
        yes="小美穿【好】衣服。",
        no="他【好】学。",
        before="VERB",
        not_before="爱 喜 友 讨 嗜 癖 MODAL",
    ),
    Rule(
        "hao-very",
        "好",
        "hao3",
        "the degree adverb 'so, very' before an adjective of feeling or state (好痛, 好冷, 好累, "
        "好漂亮); hào 'be fond of' takes a verb or noun (好学 好客 are words), not a state",
        yes="姑婆，我肚子【好】痛。",
        no="他【好】学。",
        after="ADJ " + FEELINGS.replace("*", ""),
        not_before="爱 喜 友 讨 嗜 癖",
    ),
    Rule(
        "hao-easy",
        "好",
        "hao3",
        "'easy, nice to' before a verb of using or perceiving, after a degree word or 又/也 "
        "(又便宜又好用, 挺好走, 也好找): hào 'be fond of' has its own words (好学 好客 好奇)",
        yes="这种纸又便宜又【好】用。",
        no="他又【好】酒又好色。",
        before=DEGREE + " 又 也 都 还 蛮",
        after="用 吃 喝 看 听 玩 走 写 找 办 做 卖 记 懂 养 骑 开 拿 洗 穿 睡 闻 摸 念 读 算 修 "
        "住 带 放 搬 唱 画 剪 切 煮 烧 种",
    ),
    Rule(
        "zhan-stick",
        "粘",
        "zhan1",
        "the verb 'stick to' with 在/到/住/上 or a direction (粘在锅底, 粘上去, 粘好)",
        yes="免得【粘】在锅底。",
        no="米饭很【粘】。",
        after="在 到 住 上 了 满 上去 上来 回去 好 牢 紧",
    ),
    Rule(
        "zhan-stick-risk",
        "粘",
        "zhan1",
        "the verb 'stick to' a thing, as a risk warned of (免得粘锅底, 容易粘手); nián "
        "'sticky' is said of the thing (米饭很粘)",
        yes="轻轻推一推，免得【粘】锅底。",
        no="这种米煮出来很【粘】。",
        before="免得 以免 防止 容易 别 会 MODAL",
        after="NOUN",
    ),
    Rule(
        "sa-scatter",
        "撒",
        "sa3",
        "'scatter, sprinkle' before what is scattered or where "
        "(撒一点盐, 撒在地上; 撒谎 撒娇 撒手 are words)",
        yes="切碎以后【撒】一点盐。",
        no="他爱【撒】谎。",
        # or before the feed, seed or seasoning scattered (撒食, 撒种子, 撒葱花)
        after="NUM 在 到 上 满 了 下 下去 一点 些 上去 上来 进 进去 匀 遍 回 " + SCATTERED,
        # a net is cast, sā (把网撒下去, 渔网撒开)
        not_near_before="网 渔网 鱼网",
        verb=True,
    ),
    # -- 打: dǎ 'hit, do', dá 'dozen' (一打鸡蛋) ---------------------------------------------------
    Rule(
        "da-once-then",
        "打",
        "yi1 da3",
        "一 + a verb + 就 'as soon as it is done' (露水一打就湿, 电话一打就通): jieba's word 一打 "
        "'a dozen' is followed by what is counted (一打鸡蛋, 一打铅笔), never by 就",
        yes="这种布一【打】就湿。",
        no="他顺路买了一【打】啤酒。",
        word="一打",
        after="就 便",
    ),
    Rule(
        "da-dozen",
        "打",
        "da2",
        "the measure 'dozen' after a numeral and before what is counted (两打鸡蛋, 半打啤酒, 三打"
        "铅笔: 现代汉语词典 dá 量词): jieba glues only 一打 into a word, and a numeral before the "
        "verb dǎ counts sides or bouts, before a number or a name (两打一, 三打白骨精); a bare "
        "numeral only, since a numeral with its measure is the subject (两个打者, 一手打蛋)",
        yes="她去超市买了两【打】鸡蛋。",
        no="三【打】白骨精的故事谁都听过。",
        before="两 二 三 四 五 六 七 八 九 十 几 好几 半 十几 二十 几十",
        after="NOUN",
        not_after="NAME",
    ),
    Rule(
        "yao-want",
        "要",
        "yao4",
        "'want, will, must' by itself (要求 要挟 are words)",
        yes="他非【要】请我吃冰淇淋。",
        no="【要】求",
        after="HAN",
    ),
    Rule(
        "yao-want-to-ask-for-one",
        "要",
        "yao4 qiu2",
        "要 'want to' before 求个 'ask for a' (要求个平安, 一定要求个好签): the noun and verb "
        "要求 yāoqiú take no bare measure word (提个要求, 要求他来, 要求一个说法)",
        yes="过年去庙里，总【要】求个平安。",
        no="他向老板【要】求一个说法。",
        word="要求",
        after="个",
    ),
    Rule(
        "sai-stuff-after-want",
        "塞",
        "yao4 sai1",
        "要 'want, insist' before the verb 塞 'stuff' and where or to whom (非要塞给我, 硬要塞"
        "进去): the fortress 要塞 yàosài is a noun, which takes no 给 or 进",
        yes="奶奶临走还非【要】塞给我两个苹果。",
        no="山顶上有一座古老的要【塞】。",
        word="要塞",
        after="给 进 进去 进来 到 满 住 了 着 过 回",
    ),
    Rule(
        "du-belly-of-a-fish",
        "肚",
        "du4",
        "the belly of a fish named by its kind (虱目鱼肚, 鲑鱼肚): the fish maw eaten, yúdǔ, is "
        "the word 鱼肚 itself (红烧鱼肚), and tripe is an animal's stomach (牛肚 羊肚)",
        yes="早餐吃了一碗虱目鱼【肚】粥。",
        no="他最爱吃火锅里的牛【肚】。",
        before="*鱼",
    ),
    Rule(
        "du-fish-belly-opened",
        "肚",
        "yu2 du4",
        "a fish's belly, dù, cut open or looked into (把鱼肚剖开, 鱼肚里, 鱼肚朝上): the fish maw "
        "eaten, yúdǔ, is cooked and served (红烧鱼肚, 鱼肚汤)",
        yes="他把鱼【肚】剖开，掏出内脏。",
        no="这道红烧鱼【肚】很贵。",
        word="鱼肚",
        after="剖 剖开 划开 切开 破开 里 里面 内 上 朝上 朝天 白",
    ),
    Rule(
        "mei-not-long",
        "没",
        "mei2 duo1 jiu3",
        "没多久 'before long': the context model, reading 没 mò 'sink' nearby, overruled the "
        "word; 没 mò takes what it covers (没过膝盖), which 多久 is not",
        yes="天刚亮，【没】多久雨就停了。",
        no="河水涨得很快，几乎【没】过了膝盖。",
        word="没多久",
    ),
    Rule(
        "de-causing-others",
        "引",
        "yin3 de5",
        "引得 'so that, causing' before whom it moves (引得旁边的鸟也叫起来, 引得大家哈哈大笑): "
        "the index 引得 yǐndé is a book's, named as a noun (编了一部引得)",
        yes="他一句话，【引】得大家哈哈大笑。",
        no="这部书后面附了一部【引】得。",
        word="引得",
        after="NOUN PRON PERSON 旁边 周围 身边 大家 全场 全班 路人 众人 满堂 一阵 一片 不少 很多 "
        "许多 *人 *们",
    ),
    Rule(
        "gan-not-for-nothing",
        "干",
        "gan4",
        "白干 'work for nothing' after a negation or 算 (这活没白干, 不能白干, 算是白干了): the "
        "spirit 白干 báigān is drunk and poured (喝了二两白干)",
        yes="忙了一整年，总算没有白【干】。",
        no="他晚饭时喝了二两白【干】。",
        before="白",
        before2="没 没有 不 别 算 算是 都 也 就 全 可 就是",
        verb=True,
    ),
    Rule(
        "de-so-that-hearts",
        "得",
        "de5 ren2 xin1",
        "看得人心都… 'so that one's heart…': the complement marker after a verb before 人心, "
        "where jieba glued the idiom 得人心 'win hearts', which follows 深, 不 or 很 (深得人心, "
        "不得人心)",
        yes="这场比赛看【得】人心都揪起来了。",
        no="这项政策很【得】人心。",
        word="得人心",
        before="VERB",
        not_before="深 不 很 颇 大 最 更 ADV",
    ),
    Rule(
        "mei-not-yet-put-away",
        "没",
        "mei2 shou1",
        "还没收好 'not yet put away': 没 'not' before the verb 收 and its complement, where jieba "
        "glued 没收 'confiscate', which takes what is seized, not 好 or 完",
        yes="玩具都还【没】收好，就要吃饭了。",
        no="老师没【收】了他的手机。",
        word="没收",
        after="好 完 起来 齐 回 回来 进来 拾",
    ),
    Rule(
        "de-after-self-adverb",
        "地",
        "de5",
        "the manner 地 after the adverbs of doing it oneself (自顾自地, 独自地, 暗自地, 各自地): "
        "land, dì, is named after what is on it, not after 'by oneself'",
        yes="老人也不理，自顾自【地】落子。",
        no="这是他们村自己的【地】。",
        before="自顾自 独自 暗自 各自 擅自 径自 兀自 悄悄 默默 静静",
    ),
    Rule(
        "di-adverb-before-mistagged",
        "地",
        "de5",
        "the adverbial marker after an adverb of two or more characters, before a preposition "
        "or verb jieba took for a name or a place (一个劲儿地朝它招手: 朝 tagged ns): the land "
        "dì follows what it is, not an adverb (满地, 就地 are one character)",
        yes="小狗一个劲儿【地】朝我摇尾巴。",
        no="他就【地】坐了下来。",
        before="ADV",
        # one character (就地, 满地) or a doubled adverb, which di-after-reduplication reads
        not_before="CHAR1 REDUP",
        after="NOUN PRON",
    ),
    Rule(
        "tu-vomit-all-over",
        "吐",
        "tu4",
        "'vomit, throw up' what covers a place or fills a bag (吐了一地, 吐得满身都是, 吐了一塑料"
        "袋): spitting, tǔ, lets out a "
        "mouthful, a breath or words (吐了一口痰, 吐了一口气)",
        yes="孩子晕车，在车上【吐】了一身。",
        no="他长长地【吐】了一口气。",
        after="了 得",
        after2="一地 一身 满地 一床 一车 满身 满脸 一 半 大半",
        # 吐了一|地 as jieba cuts it; 一口 一声 are what one lets out
        not_after2="一口 一声 一句",
        # or fills what was held out for it (吐了一塑料袋, 吐了半盆)
        near_after="地 身 床 车 一地 一身 一床 一车 满地 满身 满脸 塑料袋 袋 袋子 盆 桶 垃圾桶",
    ),
    Rule(
        "zi-suffix",
        "子",
        "zi5",
        "the noun suffix after a character the lexicon has no word "
        "for (园子); 子 zǐ as a word of its own follows a numeral or opens a clause",
        yes="园【子】不大。",
        no="孔戣之【子】",
        before="MORPHEME",
        # a verb takes no noun suffix: 绑|子线 'tie the leader line' (bound 绑 is a verb)
        not_before="VERB",
    ),
    Rule(
        "zi-suffix-after-measure",
        "子",
        "zi5",
        "the noun suffix after a character jieba takes for a measure word, where the lexicon "
        "has no word for the two (路边的桩子, 一根桩子, 把条子递过来): a counted 子 zǐ 'piece, "
        "seed' follows a numeral or demonstrative and its measure (两颗子, 这颗子)",
        yes="后轮撞上了路边的桩【子】。",
        no="他一连吃了两颗【子】。",
        before="MEASURE",
        before2="START 的 把 被 在 了 VERB ADJ PREP NOUN PRON MEASURE",
        not_after="儿",
    ),
    Rule(
        "zi-given-name-glued",
        "子",
        "zi3",
        "子 zǐ, the first character of a given name jieba glued to the surname as a word with "
        "a light 子 (林子|翔, 林子|轩 'Lin Zixiang'): the character after it is the rest of the "
        "name, which jieba tags as one; 林子 'woods' is followed by what is in it (林子里, "
        "林子大了), and a longer word is a noun before a name (小伙子赵强)",
        yes="第一棒打者林【子】翔站上打击区。",
        no="林【子】里有一只鸟。",
        word="?子",
        after="SURNAME",
    ),
    # -- 量: liáng 'measure', liàng 'amount' ----------------------------------------------------
    Rule(
        "liang-measure",
        "量",
        "liang2",
        "the verb 'measure' with its object or complement (量血压, 量一量, 量好, 量着)",
        yes="又教小美用尺子【量】行距。",
        no="这个【量】很大。",
        # 身高 is a noun jieba tags as a verb (量身高)
        after="NOUN 一 了 着 好 错 过 完 出 准 对 一下 一量 身高",
        # 'by the amount' after a preposition of measure: 按量服药, 论量计价
        not_before="NUM DEM 的 按 照 依 论",
        verb=True,
    ),
    Rule(
        "liang-measure-adv",
        "量",
        "liang2",
        "the verb 'measure' after an adverbial (认真地量, 一边量一边记)",
        yes="你先【量】，我再剪。",
        no="饭【量】很大。",
        # 一边量一边记: the work done while another goes on
        before="地 别 再 先 又 去 来 会 要 MODAL 负责 开始 继续 帮 帮忙 轮流 一边 一面 边",
        verb=True,
    ),
    Rule(
        "liang-when-measuring",
        "量",
        "liang2",
        "the verb 'measure' named by the time it takes (量的时候要小心, 量时别动): an amount "
        "does not happen at a time",
        yes="【量】的时候要很小心，豆芽又细又软。",
        no="这个【量】的大小要看情况。",
        before="START ADV 在 正在",
        after="的 时",
        after2="时候 时 END",
        verb=True,
    ),
    Rule(
        "liang-redup",
        "量",
        "liang2",
        "the second verb of 量一量 / 量了量",
        yes="你量一【量】。",
        no="一量【量】",
        before="一 了",
        before2="量",
        verb=True,
    ),
    Rule(
        "liang-times",
        "量",
        "liang2",
        "the verb 'measure' before how many times or a directional complement (各量一次, "
        "量两遍, 量出来): an amount is not done twice (饭量一次比一次大 keeps its 饭量)",
        yes="每天早晚各【量】一次。",
        no="这个【量】出来以后再调。",
        after="一次 两次 三次 几次 多次 一遍 两遍 几遍 一回 出来 起来 出去",
        not_before="NUM 的 按 照 依 论 这 那 这个 那个",
        verb=True,
    ),
    Rule(
        "liang-times-count",
        "量",
        "liang2",
        "the verb 'measure' before a number of times the tagger cuts in two (量|两|次, "
        "量|三|遍): an amount is not counted in times",
        yes="护士每天给他【量】两次血压。",
        no="这个【量】两个人吃不完。",
        after="NUM 两 几",
        after2="次 遍 回",
        not_before="NUM 的 按 照 依 论 这 那 这个 那个",
        verb=True,
    ),
    Rule(
        "liang-measure-out",
        "量",
        "liang2",
        "the verb 'measure out' before an amount in a unit of measure (量二十毫升水, 量三斤米, "
        "量一杯面粉): the noun 'amount' is named with a demonstrative (这个量两人份)",
        yes="每次用量杯【量】二十毫升。",
        no="这个【量】两个人吃不完。",
        after="NUM 两 几 半",
        after2="毫升 升 克 公克 千克 公斤 斤 厘米 公分 毫米 米 杯 勺 碗 度 *升 *克",
        not_before="NUM 的 按 照 依 论 这 那 这个 那个",
        verb=True,
    ),
    Rule(
        "liang-measure-how-many",
        "量",
        "liang2",
        "the verb 'measure' before a count of the things it measures (量十几个尺寸, 量三处伤口, "
        "量两个部位): the amount liàng is the one there is, after 的 or a demonstrative",
        yes="裁缝给他【量】十几个尺寸，一个一个记在本子上。",
        no="这个【量】两个人吃不完。",
        after="NUM 两 几 十几 好几",
        after2="个 处 项 样 种 条 件 道 *个",
        not_before="NUM 的 按 照 依 论 这 那 这个 那个",
        verb=True,
    ),
    Rule(
        "liang-more-times",
        "量",
        "liang2",
        "the verb 'measure' after 多/少 'more/fewer' before how many times (多量几次, 少量一遍): "
        "the amount 量 takes no count of times",
        yes="宁可多【量】几次，也别锯错了。",
        no="多【量】的水倒回去。",
        before="多 少",
        after="几次 一次 两次 三次 几遍 一遍 两遍 几回 一回 一下 NUM",
        verb=True,
    ),
    Rule(
        "liang-some-do",
        "量",
        "liang2",
        "the verb 'measure' after 有的 'some (of them)' sharing out the work, before its object "
        "(有的量水，有的记录): 有的 opens a clause with what each one does",
        yes="有的【量】水，有的搅拌。",
        no="有的【量】大，有的量小。",
        before="的",
        before2="有 还有",
        after="NOUN",
        verb=True,
    ),
    Rule(
        "liang-once-measured",
        "量",
        "liang2",
        "'as soon as (it was) measured', 一 and the verb before what it showed (一量才知道, 一量"
        "就是三十九度, 给他一量，体温很高) or its object (一量体温): the amount is the day's or "
        "a meal's (一天的量), not counted by 一",
        yes="把狗抱到秤上一【量】，才知道它又胖了。",
        no="药不能多吃，一天的【量】就是两片。",
        before="一",
        after="才 就 便 END NOUN",
        verb=True,
    ),
    Rule(
        "liang-measure-how",
        "量",
        "liang2",
        "the verb 'measure' before a complement of how it went (量得准, 量得很快) or where it "
        "starts (从零量起), where jieba tags 量 a noun: the amount before 得 is 'must' (这个量得"
        "减半) or named with a demonstrative or 的",
        yes="弟弟【量】得比我还仔细。",
        no="这个【量】得减半才行。",
        after="得 起 起来",
        not_after2="VERB MODAL",
        not_before="NUM DEM 的 按 照 依 论 饭 食 酒 胃 用",
        verb=True,
    ),
    # -- 数: shǔ 'count', shù 'number' ---------------------------------------------------------
    Rule(
        "shu-number-moved",
        "数",
        "shu4",
        "the noun 'number, figure' moved before its verb by 把/将 (把数记在本子上, 把数报给老师, "
        "把数数清楚): the verb 'count' takes its object after it or after 把 (把钱数一数)",
        yes="再把【数】记在本子上。",
        no="把钱【数】一数。",
        before="把 将",
        after="VERB VERB1",
    ),
    Rule(
        "shu-number-wrong",
        "数",
        "shu4",
        "the noun 'number' after what is numbered, before 不/没 and how it falls short "
        "(起针数不对, 人数不够, 页数没错): counting that fails takes a potential complement "
        "(数不清, 数不过来)",
        yes="起针【数】不对，后面织出来就会歪。",
        no="星星多得【数】不清。",
        # jieba tags a one-character noun before it anyhow (针/p): any word but a counter
        before="HAN",
        not_before="PERSON PRON ADV MODAL 得 地 再 先 又 自己 都 也 还",
        after="不 没",
        after2="对 够 一样 准 错 少 多",
        noun=True,
    ),
    Rule(
        "shu-count",
        "数",
        "shu3",
        "the verb 'count' with its object or complement (数种子, 数一数, 数了数, 数不清, 数我"
        "熨了几条: what a person did is counted; the noun after a demonstrative is not: 这个"
        "数我记下了)",
        yes="她正在【数】种子。",
        no="这个【数】很大。",
        after="NOUN PERSON 一 了 着 不 得 过 完 好 错 清 清楚 明白 到 一下",
        not_before="NUM DEM ADJ 的",
        verb=True,
    ),
    Rule(
        "shu-count-along",
        "数",
        "shu3",
        "'count' along a direction or from a start (往上数, 从左往右数, 倒着数, 从头数): the noun "
        "shù 'number' takes no direction before it",
        yes="顺着这一排往右【数】，第三个就是他。",
        no="这道题的答案是个整【数】。",
        before="上 下 前 后 左 右 回 头 着",
        before2="往 向 朝 从 倒 倒过来 顺",
        verb=True,
    ),
    Rule(
        "shu-count-directional",
        "数",
        "shu3",
        "the verb 'count' before a directional complement (数来数去, 数出来, 数过来, 数下去), "
        "which jieba leaves after it as a verb: a number said after a measure or a "
        "demonstrative comes out as a noun (这个数出来以后)",
        yes="他把零钱倒在桌上，数来【数】去总差一块。",
        no="这个【数】出来以后，大家都愣住了。",
        after="来 去 出 出来 过来 起来 下去",
        not_before="NUM DEM ADJ 的 MEASURE 这个 那个",
        verb=True,
    ),
    Rule(
        "shu-count-times",
        "数",
        "shu3",
        "'count' so many times (把钱数两遍, 数了三次, 数几遍): the number itself, shù, is not "
        "done twice (这个数两遍都算错了 has its 数 after a demonstrative)",
        yes="收银员把零钱【数】两遍才交给我。",
        no="这个【数】两遍都算错了。",
        after="NUM 两 几",
        after2="遍 次 回 下 趟",
        not_before="NUM DEM ADJ 的 这个 那个",
        verb=True,
    ),
    Rule(
        "shu-count-adv",
        "数",
        "shu3",
        "the verb 'count' after an adverbial or at the end of a clause after 地 (一棵一棵地数)",
        yes="她一棵一棵地【数】。",
        no="这个【数】不对。",
        before="地 在 正在 别 再 先 又 去 来 会 要 能 自己 帮 负责 开始 继续 重新 轮流",
        after="END NOUN PERSON 着 了 给",
        verb=True,
    ),
    Rule(
        "shu-count-for-24",
        "数",
        "shu3",
        "'count (it) out for someone to see or hear' (把钱数给我看, 数给大家听): a number handed "
        "over (把这个数给我) is not watched",
        yes="他把钱【数】给我看。",
        no="你把这个【数】给我。",
        after="给",
        after2="PERSON PRON",
        near_after="看 听 瞧",
        verb=True,
    ),
    Rule(
        "shu-count-out-money",
        "数",
        "shu3",
        "'count out' money to someone (把找的零钱数给他, 把工钱数给工人): the number itself handed "
        "over (把这个数给我) has no money before it",
        yes="老板把工钱一张一张【数】给了他。",
        no="你把这个【数】给我。",
        after="给",
        near_before="钱 零钱 *钱 钞票 票子 现金 工资 找头",
        not_before="DEM NUM 的",
        verb=True,
    ),
    Rule(
        "duoshu-count-more",
        "数",
        "duo1 shu3",
        "多数 'count more' before how many times (多数两遍, 多数几次): the majority (多数人, "
        "大多数) is not counted in rounds",
        yes="现在多【数】两遍，省得以后拆。",
        no="多【数】人同意了。",
        word="多数",
        after="NUM 两 几 一 两遍 几遍 一遍 两次 几次",
    ),
    Rule(
        "shu-redup",
        "数",
        "shu3",
        "the second verb of 数一数 / 数了数",
        yes="她数了【数】。",
        no="多【数】人",
        before="一 了",
        before2="数",
        verb=True,
    ),
    Rule(
        "shu-count-once",
        "数",
        "shu3",
        "'count' after 一 'as soon as' and the one counting, closing the clause or before its "
        "result (我一数，少了两个; 老师一数就知道): 'number' is counted, it does not count",
        yes="老师一【数】，发现少了两个人。",
        no="最后只差一【数】。",
        before="一",
        # ...or after what was opened or taken out to count (拆开一数, 掏出来一数)
        before2="PERSON NAME NOUN ADV START *开 掏出 拿出 摸出 掏出来 拿出来",
        after="END 就 才 发现",
        verb=True,
    ),
    Rule(
        "shu-count-manner",
        "数",
        "shu3",
        "the verb 'count' after an adverb, a reduplicated manner word or a one-by-one phrase "
        "(一起数钱, 慢慢数, 一枚一枚数进罐子, 就数他最快): the noun 'number' takes no adverb; "
        "没数 'have no idea' is the noun",
        yes="我们一起【数】星星吧。",
        no="他心里没【数】。",
        # ...and after an interrogative adverb of manner (怎么数都不对, 不知道该怎样数): a number
        # is not done in some manner
        before="ADV REDUP REPEAT 一起 一块 一块儿 怎么 怎样 如何 咋",
        not_before="没 没有",
        verb=True,
    ),
    Rule(
        "shu-count-how",
        "数",
        "shu3",
        "the verb 'count' before a complement of how it went (数得又快又准, 数得很仔细), where "
        "jieba tags 数 a noun: a number before 得 is 'must' (这个数得重新算) and has its "
        "demonstrative or numeral",
        yes="小红【数】得又快又准。",
        no="这个【数】得重新算一遍。",
        after="得",
        after2="ADV ADJ 又 很 最 真 太 比 准 对",
        not_before="NUM DEM 的 这 那",
        verb=True,
    ),
    Rule(
        "liang-use-measuring-tool",
        "用",
        "yong4 liang2",
        "用量 as jieba cuts 用 'use' before a measuring tool 量X when the tool is not a word it "
        "knows (先用量米杯量米, 再用量尺量一下): the noun 用量 'dosage, amount used' follows 的, "
        "a time or the thing used (药的用量, 每天用量), never an adverb of order or a modal",
        yes="先【用】量米杯量两杯米。",
        no="这种药的【用】量要减半。",
        word="用量",
        before="先 再 就 又 还 也 都 可以 能 要 得 START",
        after="NOUN MEASURE 尺 米 杯 勺 筒",
    ),
    Rule(
        "bazi-bundle",
        "把",
        "ba3 zi5",
        "把子 'a bundle' of straw or stalks tied together (草把子, 稻草把子, 柴火把子), the stand "
        "candied haws are stuck in: bàzi is a handle (刀把子, 枪把子)",
        yes="糖葫芦插在一个草【把】子上。",
        no="他握着刀【把】子不放。",
        word="把子",
        before="草 稻草 麦秸 秸秆 柴 柴火 高粱秆 秫秸",
    ),
    Rule(
        "shu-daoshu-reciprocal",
        "倒",
        "dao4 shu4",
        "倒数 'reciprocal' as a thing a number has or two numbers are (三的倒数, 互为倒数, 求倒数, "
        "比率与倒数, 零没有倒数): dàoshǔ 'count backwards' counts to a place (倒数第二, 倒数三秒)",
        yes="二分之三的【倒】数是三分之二。",
        no="他这次考了【倒】数第一。",
        word="倒数",
        before="的 互为 求 求出 与 和 及 没有 有 叫 叫做 称为 是",
        not_after="第 NUM MEASURE 计时 几",
    ),
    Rule(
        "shu-shushu-redup-asked",
        "数",
        "shu3 shu5",
        "数数 'count (them) a little' asked of someone or put off, closing its clause after the "
        "one asked or an adverb of order (你数数, 你再数数, 我先数数): shǔshù 'counting' is "
        "taught, learnt or known (教他们数数, 学数数, 会数数)",
        yes="钱我放在信封里了，你再【数】数。",
        no="我家小侄子两岁就会【数】数了。",
        word="数数",
        before="PRON PERSON 再 先 又 快 好好 仔细 帮我 给我",
        after="END 吧 呢 啊",
        # 教我们数数, 学着数数: counting taught or learnt, with the one taught before it
        not_near_before="教 学 会 练 练习 学会 喜欢 爱",
    ),
    Rule(
        "shu-shushu-redup",
        "数",
        "shu3 shu5",
        "数数 'count (them) a little', the reduplicated verb, before what is counted or asked "
        "(数数纸上的折痕, 数数有几个, 数数看): shǔshù 'count numbers' stands alone (学数数)",
        yes="你【数】数有几个人。",
        no="小孩正在学【数】数。",
        word="数数",
        after="NOUN PRON DEM NUM 看 有 一共 还有 多少 几",
    ),
    Rule(
        "shu-count-up-to",
        "数",
        "shu3",
        "'count' up to a number (数到三, 数到一百再睁眼): the noun 'number' reaches no number",
        yes="照老师说的【数】到五十，大家一起出发。",
        no="这个【数】到底是多少？",
        after="到",
        after2="NUM",
        # 照他说的数到三: 'as he said, count to three' (这个数到底 has 到底 after it)
        not_before="DEM MEASURE NUM",
        verb=True,
    ),
    Rule(
        "shu-count-from-to",
        "数",
        "shu3",
        "'count' from one number to another (从1数到100, 从五数到一): the noun 'number' is not "
        "counted from a numeral",
        yes="从5【数】到1，大家一起喊。",
        no="这个【数】到底是多少？",
        before="NUM",
        near_before="从",
        after="到",
        after2="NUM",
        verb=True,
    ),
    Rule(
        "shu-count-copied",
        "数",
        "shu3",
        "'count' said again after its object before how the counting went (数钱数得手酸, "
        "数票数到一半: jieba glues the object to it, 钱数 票数 'the sum, the vote count'): "
        "数人数 'count the head count' ends there or goes on with another verb",
        yes="他数人【数】到一半就忘了。",
        no="先数一数人【数】，再去买票。",
        word="*数",
        before="数",
        after="到 得 完 错",
    ),
    Rule(
        "shu-count-after-split-noun",
        "数",
        "shu3",
        "'count' glued into a noun by a cut that left a noun of one character before it (客|人数|"
        "了半天, 病|人数|着日子), straight before an aspect particle or a result: a "
        "head count or a sum is compared or reached (报名的人数多了一倍, 人数到齐了)",
        yes="那位客人【数】了两遍零钱。",
        no="报名的人【数】多了一倍。",
        word="*数",
        # a noun of one character (客|人数): after an adverb the word is whole (就|有数|了)
        before="NOUN MORPHEME",
        not_before="WORD2",
        after="了 着 完 错 清 一下 一遍",
    ),
    Rule(
        "chongshu-count-again",
        "数",
        "chong2 shu3",
        "重数 'count again' after a word asking or needing it (要求重数, 只好重数, 得重数): "
        "chóngshù 'multiplicity' is a number something has (根的重数)",
        yes="钱好像对不上，只好重【数】。",
        no="这个根的重【数】是二。",
        word="重数",
        before="MODAL ADV 要求 请 只好 只能 得 必须 需要 决定 同意 申请",
    ),
    Rule(
        "shu-count-again-rounds",
        "数",
        "shu3",
        "'count' after 重/再 'again' before how many rounds (重数一遍, 再数一次), where jieba "
        "tags 重|数 an adjective and a noun: a number is not done in rounds",
        yes="零钱好像少了，只好重【数】一遍。",
        no="这次的人【数】一次比一次多。",
        before="重 再",
        after="一遍 一次 一下 两遍 两次 几遍 几次",
        verb=True,
    ),
    Rule(
        "shu-count-from-to-glued",
        "数",
        "shu3",
        "the same 'count' where jieba glued it to the numeral before it (从十|数 cut 十数 "
        "'a dozen or so'): 从人数到规模 counts no numbers",
        yes="小明倒着数，从十【数】到一。",
        no="从人【数】到规模都变了。",
        word="*数",
        before="从",
        after="到",
        after2="NUM",
    ),
    # -- 种: zhǒng 'kind, seed', zhòng 'plant' ------------------------------------------------
    Rule(
        "zhong-kind",
        "种",
        "zhong3",
        "measure word 'kind' after a numeral or demonstrative (三种, 十几种)",
        yes="他买了三【种】颜色的笔。",
        no="我们去【种】树。",
        before="NUM DEM MEASURE 多 几",
    ),
    Rule(
        "zhong-plant",
        "种",
        "zhong4",
        "the verb 'plant' with its object or complement (种树, 种完, 种过, 种出来)",
        yes="明天咱们一起去【种】西红柿。",
        no="这【种】花很香。",
        after="NOUN 完 了 过 好 出 出来 下 在 着 满 上 东西 进 进去 到",
        not_before="NUM DEM MEASURE",
        verb=True,
    ),
    Rule(
        "zhong-plant-count",
        "种",
        "zhong4",
        "the verb 'plant' before how many plants or how much ground (种五棵树, 种两亩玉米, 种几"
        "盆花): the measure word 'kind' follows its numeral (五种树), never stands before one",
        yes="我们组负责【种】三棵银杏。",
        no="公园里有五【种】树。",
        after="NUM 一 两 几 半 好几",
        near_after="棵 株 亩 排 行 盆 颗 粒 片 畦 垄 垅 分地",
        not_before="NUM DEM MEASURE 什么 多 几 好几 各 每 哪 这 那",
        verb=True,
    ),
    Rule(
        "zhong-plant-more",
        "种",
        "duo1 zhong4",
        "the word 多种 where 多 'more' is an adverb of the verb 'plant' and a number of plants "
        "follows (再多种几样, 还要多种两棵): 'many kinds' is followed by what they are (多种颜色)",
        yes="明年我们再多【种】几样菜。",
        no="商店里有多【种】颜色可选。",
        word="多种",
        before="ADV MODAL 再 还 要 想",
        after="NUM",
    ),
    Rule(
        "zhong-plant-potential",
        "种",
        "zhong4",
        "the verb 'plant' in a potential complement (种不出东西, 种得活, 种不了, 种不好): the "
        "measure word 'kind' follows a numeral or demonstrative (这种不好)",
        yes="这块地不肥，【种】不出东西。",
        no="这【种】不好吃。",
        after="不 得",
        after2="出 出来 了 活 成 好 完 下 起 大",
        not_before="NUM DEM MEASURE 什么 多 几 好几",
        verb=True,
    ),
    Rule(
        "zhong-plant-subject",
        "种",
        "zhong4",
        "the verb 'plant' after its subject, an adverb or a place (我种的, 自己种的, "
        "院子里种的, 还种了); the measure word follows a numeral or demonstrative",
        yes="这是我自己【种】的。",
        no="这【种】的确很好。",
        before="PERSON ADV MODAL 里 上 中 以前 以后 过去 去年 今年 从前 当年",
        not_before="NUM DEM MEASURE",
        not_after="NOUN2",
        verb=True,
    ),
    Rule(
        "zhong-plant-grower",
        "种",
        "zhong4",
        "'plant' after who grew it before 的 (农家种的, 爷爷种的菜, 邻居种的花): the measure "
        "word follows a numeral or demonstrative (这种的, 三种的)",
        yes="高丽菜是山下的农家【种】的。",
        no="这【种】的确很好。",
        before="NOUN NAME WORD2",
        after="的",
        not_before="NUM DEM MEASURE 什么 多 几 好几",
        verb=True,
    ),
    Rule(
        "zhong-after-suo",
        "种",
        "zhong4",
        "'plant' after the particle 所, which only ever stands before a verb (他亲手所种的树, "
        "农民所种的庄稼); the measure word follows a numeral or demonstrative",
        yes="这些都是他亲手所【种】的树。",
        no="这几【种】花都很香。",
        before="所",
        verb=True,
    ),
    Rule(
        "zhong-easy-to-plant",
        "种",
        "zhong4",
        "'plant' after 好/难/容易 'easy, hard to' said of the crop or after a degree word (这种菜"
        "很好种, 地瓜不难种, 番茄好种吗): 'a good breed' (这是个好种, 猪是好种) has a measure "
        "word or 是 before 好",
        yes="这种菜很好【种】。",
        no="这是个好【种】，收成一定好。",
        before="好 难 容易 不难 不好",
        before2="ADV NOUN PRON START 很 挺 太 真 最 蛮 更 比较 特别 不 也 都 还 就",
        after="END PARTICLE 又 也 而且 但 可是",
        verb=True,
    ),
    # -- 教: jiāo 'teach' (the word by itself); jiào in 教育 教室 宗教 -------------------------
    Rule(
        "jiao-private-coach",
        "教",
        "si1 jiao4",
        "私教 'a personal trainer, private lessons' (like 家教 助教, jiào), a word the "
        "dictionaries lack: jieba keeps it whole, and no one teaches after 私",
        yes="他请了一个私【教】。",
        no="她私下【教】我弹琴。",
        word="私教",
    ),
    Rule(
        "jiao-private-lesson",
        "教",
        "jiao4 ke4",
        "the same 私教 where jieba glues 教课 'teach a class' (私|教课): a private lesson is a "
        "kind of class, not a teaching",
        yes="健身房送了一节私【教】课。",
        no="她在中学【教】课。",
        word="教课",
        before="私",
    ),
    Rule(
        "jiao-teach",
        "教",
        "jiao1",
        "the verb 'teach' by itself (教我, 教过, 教小美)",
        yes="外婆【教】小美量行距。",
        no="他信【教】。",
        not_before="信 传 宗 国 佛 道 回 邪 请",
        verb=True,
    ),
    # -- 撇: piē 'skim off; cast aside', piě 'the falling stroke; curl (the lips)' --------------
    Rule(
        "pie-skim",
        "撇",
        "pie1",
        "'skim off' froth or fat, before the result it leaves (把浮沫撇干净, 撇掉油, 撇去血沫: "
        "现代汉语词典 piē 从液体表面上轻轻地舀): piě is the stroke a character is written with "
        "(一撇一捺) and the curling of the lips (撇嘴)",
        yes="汤开了以后，把上面的沫子【撇】干净。",
        no="这个字少写了一【撇】。",
        after="干净 净 掉 去 出去 出来 清",
        verb=True,
    ),
    Rule(
        "pie-stroke",
        "撇",
        "pie3",
        "the falling stroke counted after a numeral (一撇, 那一撇, 两撇胡子: 现代汉语词典 piě 量词 "
        "and 名词): the verb piē 'skim, cast aside' takes no numeral before it",
        yes="他写的那一【撇】太长了。",
        no="汤开了以后，把上面的沫子【撇】干净。",
        before="一 两 几 NUM",
    ),
    Rule(
        "pie-lips-said-twice",
        "撇",
        "pie3",
        "the verb of 撇嘴 'curl the lips' said twice around 了 (撇了撇嘴): jieba keeps the word "
        "only the second time, and the first is the same piě",
        yes="她不服气地【撇】了撇嘴。",
        no="他把汤上的浮沫【撇】了一遍。",
        after="了",
        after2="撇嘴",
    ),
    # -- 待: dāi 'stay', dài 'treat, wait' (words: 等待 对待 期待 待遇) ----------------------
    Rule(
        "dai-stay",
        "待",
        "dai1",
        "'stay' before where or how long (待在家里, 待很久, 待了三天, 待一会儿); dài 'treat' "
        "takes a person (待人, 待他很好)",
        yes="冬天要在外面【待】很久。",
        no="他【待】我很好。",
        after="在 很 了 着 过 一 一会 一会儿 多久 多 几 下去 不住 不下去 NUM 最久 太久 更久 久 "
        "这么久 那么久 最长 得久"
        " 在家 在家里 在家中 在外",  # jieba glues 在 to home (待|在家|里 'stay at home')
        # cpp22: a bare 月 日 时 (jieba's numerals) is what is waited for (待月, 待时而动),
        # not a stay's length, which takes a number (待一个月)
        not_after="PERSON 人 月 日 时",
        verb=True,
    ),
    # -- 背: bēi 'carry on the back', bèi 'back; recite' ------------------------------------
    Rule(
        "bei-carry-bag",
        "背",
        "bei1",
        "'carry on the back' a bag put on (背上包就走, 背上包出门), where jieba tags 包 a verb "
        "'wrap': the back bèi is where something is wrapped on (背上包着纱布) or whose it is",
        yes="吃完早饭，她【背】上包就去赶公交了。",
        no="他受了伤，【背】上包着厚厚的纱布。",
        after="上",
        after2="包",
        not_before="的 在 *在 从 到 *到 满 整个",
        not_near_after="着 *着",
    ),
    Rule(
        "bei-back-owner",
        "背",
        "bei4",
        "the noun 'back' after 把 and its owner, before the locative 上 and what is on it "
        "(把你背上那口剑借我, 把他背上的泥擦掉): 把 already names what 背 'carry' would carry, "
        "so a thing after 背上 belongs to the back",
        yes="把你【背】上那口剑借给我们。",
        no="他把孩子【背】上楼。",
        before="PERSON PRON",
        before2="把",
        after="上",
        after2="的 DEM",
    ),
    Rule(
        "beishang-on-the-back",
        "背",
        "bei4",
        "the noun 'back' before the locative 上 after where or whose it is (在背上, 趴在妈妈的"
        "背上, 爬到背上, 从背上滑下来): 'carry up' (背上书包) follows its subject or opens a "
        "clause",
        yes="小猫趴在妈妈的【背】上。",
        no="他【背】上书包就走了。",
        before="在 *在 的 到 *到 从 往 满 整个",
        after="上",
    ),
    Rule(
        "bei-back-possessed",
        "背",
        "bei4",
        "the noun 'back' after 的 of its owner with no 上 after it (爸爸的背很宽, 他的背挺得"
        "很直; beishang-on-the-back reads 他的背上): the verb 'carry' takes no 的 before it",
        yes="爸爸的【背】很宽。",
        no="他【背】着孩子。",
        before="的",
    ),
    Rule(
        "bei-back-on",
        "背",
        "bei4",
        "the noun 'back' before the locative 上 and what is on it or happens there (背上背着"
        "一个布袋, 背上有一道疤, 背上长了个疮, 背上全是汗): 'carry up' (背上楼, 背上书包) has "
        "where it goes or what it carries after 上",
        yes="头上包着一块花布，【背】上背着一个大布袋。",
        no="他把孩子【背】上楼。",
        after="上",
        # 、: one of a list of places on the body (背上、脖子上都是汗), which no verb opens
        after2="VERB 有 全 全是 都 都是 还 也 被 痒 疼 痛 湿 *着 、 红 肿 青 紫 酸 麻 凉 烫",
    ),
    Rule(
        "bei-back-its",
        "背",
        "bei4",
        "the noun 'back' before 上 after 它/牠 (它背上那片高高的鳍, 牠背上有一道白纹): an "
        "animal carries with 驮, not 背, so 它背上 is where on it",
        yes="大家看那条大鱼，它【背】上那片高高的就是背鳍。",
        no="他【背】上书包就出门了。",
        before="它 牠 它们 牠们",
        after="上 上面",
    ),
    Rule(
        "bei-carry",
        "背",
        "bei1",
        "the verb 'carry on the back' (背着书包, 背起, 背我, 背水壶, 背行李)",
        yes="他【背】起孩子就走。",
        no="他把课文【背】得很熟。",
        after="着 起 起来 上 走 回 回去 PRON 孩子 包 书包 背包 双肩包 水壶 行李 "
        "背篓 竹篓 篓子 箩筐 柴 柴火 麻袋 药箱 吉他 相机 电脑 笔记本 笔记本电脑",
        not_before="NOUN MEASURE",
        verb=True,
    ),
    Rule(
        "bei-carry-after-event",
        "背",
        "bei1",
        "'carry' right after the 后/以后/之后 that closes an event, before the complement of "
        "taking up (下课后背起书包, 吃完饭以后背上包): bei-carry's noun before it is the one "
        "whose back it is (手背), which 'after' is not",
        yes="下课后【背】起书包跑回家。",
        no="他把课文【背】得很熟。",
        before="后 以后 之后",
        after="着 起 起来 上 走 回",
        # 跑到了后背上。: the back itself, 上 its locative closing the clause
        not_after2="END",
        verb=True,
    ),
    Rule(
        "bei-recite-how-far",
        "背",
        "bei4",
        "'recite' up to a number or an ordinal (乘法表背到七的时候, 课文背到第二段就忘了, 背到"
        "一百): carrying goes to a place, and with 把/将 naming what is carried (把孩子背到三楼)",
        yes="我们家阿哲【背】到七的时候就开始乱背。",
        no="他把孩子【背】到三楼。",
        after="到",
        after2="NUM",
        not_near_before="把 将 被",
    ),
    Rule(
        "bei-recite-ordinal",
        "背",
        "bei4",
        "'recite' up to an ordinal, the lesson, verse or paragraph reached (把课文背到第三段, "
        "背到第几课): a place carried to is named, not counted",
        yes="他把课文【背】到第三段就忘了。",
        no="他把孩子【背】到医院。",
        after="到",
        after2="第*",
    ),
    Rule(
        "bei-carry-into",
        "背",
        "bei1",
        "'carry' into or to a place (装满水以后背在包里, 背到山上, 背回家): the noun 'back' is "
        "not followed by where it goes",
        yes="装满水以后【背】在包里。",
        no="用勺【背】轻轻推动。",
        after="在 到 进 回 回家 回去 走",
        verb=True,
    ),
    Rule(
        "beizhe-carrying-person-cpp",
        "背",
        "bei1 zhe5",
        "背着 'carrying on the back' a person who is taken somewhere (背着她往山下走, 背着奶奶"
        "上楼, 背着伤员下山): 'behind someone's back' is followed by what is done in secret "
        "(背着妈妈偷偷地出了门)",
        yes="他【背】着奶奶上楼。",
        no="他【背】着妈妈偷偷地出了门。",
        word="背着",
        after="PRON PERSON NOUN",
        after2="前进 走 跑 爬 上 下 上山 下山 上楼 下楼 回家 过河 赶路 往 向 进 出 逃 冲",
    ),
    Rule(
        "beizhe-carrying-clause",
        "背",
        "bei1 zhe5",
        "背着 'carrying on the back' before a clause that describes what is carried (背着装了水瓶"
        "的背包, 背着刚买的一袋米): 'behind someone's back' names the person (背着他偷偷地…)",
        yes="我下班后【背】着装了水瓶的背包爬楼梯。",
        no="他【背】着妈妈偷偷地出了门。",
        word="背着",
        after="VERB ADV",
        near_after="包 背包 书包 袋 袋子 布袋 篓子 竹篓 背篓 筐 药箱 行李 水壶 米 孩子 娃娃 柴",
    ),
    Rule(
        "beizhe-carrying-own",
        "背",
        "bei1 zhe5",
        "背着 'carrying on the back' before whose bag it is (背着自己的小书包, 背着他的旧背包): "
        "'behind someone's back' names the person and goes on to what is done (背着自己的良心"
        "说假话 has no load)",
        yes="弟弟【背】着自己的新书包去上学。",
        no="他【背】着自己的良心说了假话。",
        word="背着",
        after="PRON",
        after2="的",
        near_after="包 背包 书包 袋 袋子 布袋 篓子 竹篓 背篓 筐 药箱 行李 水壶 孩子 娃娃 柴",
    ),
    Rule(
        "beizhe-carrying-this-load",
        "背",
        "bei1 zhe5",
        "背着 'carrying on the back' before 这/那 and a measure of a load or an animal (背着那只"
        "狗, 背着这袋米, 背着那捆柴), which jieba cuts apart from its demonstrative (那|只, "
        "那|捆): 'behind someone's back' counts people (背着那些人, 背着那位老师)",
        yes="他【背】着那只跛脚的小狗走了一里路。",
        no="他【背】着那些同学偷偷溜出去了。",
        word="背着",
        after="这 那",
        after2="只 袋 包 捆 筐 箱 桶 篮 篓 块 张 台 条 头 堆 摞 壶 罐 瓶 把 麻袋 箱子",
    ),
    Rule(
        "beizhe-carrying",
        "背",
        "bei1 zhe5",
        "背着 'carrying on the back' before what is "
        "carried (背着书包; bèizhe 'behind the back' before a person or 手)",
        yes="小美【背】着书包。",
        no="他【背】着手走来走去。",
        word="背着",
        # 相机 is jieba's adverb (相机行事) before it is the camera carried
        after="NOUN ADJ NUM 小 一 相机 照相机",
        # one's back to the wind or the light is bèi (背着风, 背着光)
        not_after="手 双手 PRON 风 光 阳光 太阳 灯光 月光 亮光",
    ),
    Rule(
        "bei-carry-unable",
        "背",
        "bei1",
        "'carry on the back' before a complement of moving a weight (背不动, 背得动, 背不起): "
        "reciting has no weight",
        yes="我背了一会儿就【背】不动了。",
        no="这首诗我【背】不出来。",
        after="不动 得动 动 不起 得起",
        verb=True,
    ),
    Rule(
        "bei-carry-unable-home",
        "背",
        "bei1",
        "'carry on the back' in a potential complement of where the load goes (背不回去, 背得上楼, "
        "背不走): a text recited comes out or down (背不出来, 背得下来), it is not carried home",
        yes="这袋米太沉，我一个人【背】不回去。",
        no="这首诗我【背】不出来。",
        after="不 得",
        after2="回去 回来 回家 上去 上楼 上山 走 进去",
        verb=True,
    ),
    Rule(
        "bei-carry-able",
        "背",
        "bei1",
        "the same complement cut apart (背得动, 背不起): 背得出 'can recite' moves no weight",
        yes="行李这么多，你【背】得动吗？",
        no="这首诗你【背】得出来吗？",
        after="得 不",
        after2="动 起",
        verb=True,
    ),
    Rule(
        "bei-recite-text",
        "背",
        "bei4",
        "'recite' with a text to learn by heart in its clause (背了一会儿书, 背课文, 背单词); "
        "what is carried is a load, not a text (书包 is not 书)",
        yes="他【背】了一会儿书就睡着了。",
        no="爷爷【背】了一会儿柴。",
        near_after="书 课文 单词 生词 诗 唐诗 古诗 诗词 口诀 乘法表 台词 公式 讲稿 稿子 英语 "
        "拼音 歌词",
    ),
    Rule(
        "bei-carry-while",
        "背",
        "bei1",
        "'carry' for a while or a way (背了一会儿, 背了一路, 背着走了半天) where no text "
        "follows the verb; reciting names what is recited (背了三首诗)",
        yes="我【背】了一会儿就累了。",
        no="他【背】了三首诗。",
        after="了 着",
        after2="一会儿 一会 半天 一路 好久 很久 一阵 一阵子 一段路 老半天",
        verb=True,
    ),
    Rule(
        "bei-carry-up",
        "背",
        "bei1",
        "'carry up' onto a place after what is carried (把孩子背上楼, 把行李背上车, 背上了山): "
        "the noun 'back' before 上 is followed by what is on it, not by where it goes",
        yes="他把孩子【背】上楼。",
        no="油滴在勺【背】上。",
        before="NOUN PERSON",
        after="上",
        after2="楼 山 车 船 床 岸 坡 楼梯 山坡 山顶 了",
        verb=True,
    ),
    Rule(
        "bei-carry-ba",
        "背",
        "bei1",
        "the verb 'carry on the back' after the thing 把 moved before it (把书包背上, 把孩子背起"
        "来, 把行李背回家): the noun 'back' of a thing is not moved by 把 (勺背)",
        yes="她把新书包【背】上又拿下来。",
        no="用勺【背】轻轻推动。",
        # 包 'bag', which jieba tags a verb 'wrap' (把包背好)
        before="NOUN PRON PERSON 包",
        near_before="把 将",
        after="上 起 起来 好 在 走 回 到 着 上去 上来 回去 回来 进",
        verb=True,
    ),
    Rule(
        "bei-back",
        "背",
        "bei4",
        "the noun 'back (of something)' after a noun (勺背, 刀背)",
        yes="用勺【背】轻轻推动。",
        no="他【背】着孩子。",
        before="NOUN MEASURE",
        not_after="着 起 起来 在 到 进 回 走 好",
    ),
    # -- 差: chà 'lack, poor' ------------------------------------------------------------------
    Rule(
        "cha-difference-of",
        "差",
        "cha1",
        "the noun 'difference' after 之 (两数之差, 温度之差, 天壤之差): chà 'short of' is a "
        "verb after its subject, not after 之",
        yes="两个数之【差】正好是九。",
        no="这道题只【差】一步就做完了。",
        before="之",
    ),
    Rule(
        "chai-fuchai",
        "差",
        "chai1",
        "夫差 Fūchāi, the king of Wu, which jieba cuts 夫|差 (吴王夫差): a husband who nearly "
        "did something is 丈夫|差点, cut otherwise",
        yes="吴王夫【差】打败了越国。",
        no="她丈夫【差】点迟到。",
        before="夫",
    ),
    Rule(
        "cha-lack",
        "差",
        "cha4",
        "'short of, poor' before a quantity or after a degree word (差三个月, 很差)",
        yes="这笔钱还【差】三个月到期。",
        no="【差】别很大。",
        # or how little by 这么/那么 (差这么一点, 只差那么几分)
        after="NUM END PARTICLE 这么 那么",
        not_after="VERB",
    ),
    Rule(
        "cha-still-short",
        "差",
        "cha4",
        "'be short of' after an adverb of what remains (还差最后一部分, 就差你了, 只差一步): "
        "chāi 'send someone' takes the person sent (还差人送来)",
        yes="报告我还【差】最后一部分数据。",
        no="他还【差】人送来一封信。",
        before="还 就 只 只是 就是 才 总 都 还是 也",
        not_after="人 VERB",
    ),
    Rule(
        "cha-granted",
        "差",
        "cha4",
        "the first 差 of 差是差(了)点 'short of it, granted': a word repeated around 是 to "
        "concede it takes the reading of its echo, 'lacking' (差是差点儿，可是便宜)",
        yes="这件衣服【差】是差了点，可是便宜。",
        no="两个数的【差】是多少？",
        after="是",
        after2="差 差点 差点儿 差一点",
    ),
    Rule(
        "cha-almost-glued",
        "差",
        "cha4",
        "差 chà 'almost' before 一点/一点点 and what nearly happened, also where jieba glued it "
        "to the noun before it (球差|一点点就飞出去了): 误差 温差 时差 keep chā before "
        "一点也不/都没 'not at all'",
        yes="接杀！球【差】一点点就飞出去了。",
        no="两地的温【差】一点也不大。",
        word="*差",
        after="一点 一点点 一点儿 点儿",
        after2="就 没 没有 把 被 要 VERB",
    ),
    Rule(
        "cha-lies-in",
        "差",
        "cha4",
        "'fall short' before 在 and where the shortfall lies (差在哪里, 就差在这儿, 差在指法上): "
        "差别 'difference' (chā) is a word of its own",
        yes="她自己就听得出来【差】在哪里。",
        no="两个数的【差】是多少？",
        after="在",
        after2="哪 哪里 哪儿 这里 这儿 那里 那儿 这 那 DEM PRON NOUN",
    ),
    # -- 少: shǎo 'few'; shào in 少年 少女 少儿 (lexicon words) ----------------------------------
    Rule(
        "shao-young",
        "少",
        "shao4",
        "'young' before a word for a young master of a house, a sect or a band (少侠, 少庄主, "
        "少掌门, 少东家, 少帝 'the boy emperor'; 少爷 少帅 are words): a title, not 'few'",
        yes="【少】侠好身手！",
        no="今天来的人很【少】。",
        after="侠 帅 主 掌柜 东家 镖头 帝",
    ),
    Rule(
        "shao-too-few",
        "少",
        "guo4 shao3",
        "过少 'too few, too little' (水量过少): the model may take 少 for shào 'young', which no "
        "degree word stands before",
        yes="水量过【少】容易烧干。",
        no="这个人年【少】有为。",
        word="过少",
    ),
    Rule(
        "shao-young-head",
        "少",
        "shao4",
        "the same 'young' before the head of a manor, a fort or a band, cut apart (少庄主, "
        "少堡主, 少帮主, 少掌门): 少帮他 'help him less' has no 主",
        yes="【少】庄主今天不在家。",
        no="你【少】帮他说话。",
        after="庄 堡 寨 帮 宗 掌 岛 谷 门",
        after2="主 门",
    ),
    Rule(
        "shao-little-league",
        "少",
        "shao4",
        "少 shào 'young' in a youth team's name (少棒, 少棒队: Taiwan's little-league baseball, "
        "like 少年 少儿): 'few' is not a kind of baseball",
        yes="东山国小的【少】棒队争夺冠军。",
        no="他的球棒【少】了一根。",
        after="棒 棒队 棒赛 足 足队 篮",
    ),
    Rule(
        "shao-few",
        "少",
        "shao3",
        "'few, little, lack' as a word by itself",
        yes="利息会【少】很多。",
        no="【少】儿读物",
        after="HAN END PARTICLE",
    ),
    # -- 更: gèng 'more'; gēng in 更新 更换 三更 (lexicon words) --------------------------------
    Rule(
        "geng-more",
        "更",
        "geng4",
        "the adverb 'more, even more' as a word by itself",
        yes="味道【更】好。",
        no="系统【更】新了。",
        after="HAN",
        not_after="新 换 改 衣 正 替 迭",
    ),
    # -- 行: xíng 'go, all right', háng 'row' ------------------------------------------------------
    Rule(
        "xing-ok-asked",
        "行",
        "xing2",
        "'all right' asked as A-not-A (你看行不行, 改一遍行不行): a row or a trade is not asked "
        "whether it is all right",
        yes="我们明天再试一次【行】不行？",
        no="这一【行】不好干。",
        after="不行",
    ),
    Rule(
        "hang-row",
        "行",
        "hang2",
        "the measure word 'row, line' after a numeral (两行字, 第二行)",
        yes="第二【行】有错。",
        no="这样做不【行】。",
        before="NUM 每 几",
        not_after="人 人员",
    ),
    Rule(
        "hang-across-banks",
        "行",
        "hang2",
        "跨行 'between banks, across trades' (跨行取款, 跨行汇款要手续费), which jieba cuts "
        "跨|行: stepping over something is 跨过, 跨越",
        yes="在别家银行的机器上取钱算跨【行】。",
        no="这条沟一步就能跨过去，不【行】就绕路。",
        before="跨",
    ),
    Rule(
        "zonghang-head-office",
        "行",
        "zong3 hang2",
        "总行 'head office (of a bank)' as a noun after a verb, a preposition or its owner "
        "(请示总行, 调到了总行, 在总行, 银行的总行); zǒng xíng 'will surely do' follows what "
        "is tried and is asked or settled (这样总行了吧)",
        yes="这笔贷款要报到总【行】审批。",
        no="我都改了三遍了，这样总【行】了吧？",
        word="总行",
        before="VERB PREP 的 了 NOUN NAME PLACE 到 在 向 去 回",
        # 'will surely do' is asked or settled after it (这回总行了吧, 总行吗)
        not_after="了 吧 吗 啊 呀 呢 么",
    ),
    Rule(
        "hang-our-trade-inside",
        "行",
        "hang2",
        "'the firm, the trade' between a plural pronoun and the locative 里 (我们行里的规定, 他们"
        "行里在招人): 'go, all right' takes no 里 after it",
        yes="听说你们【行】里发奖金了。",
        no="我们【行】不行，试试就知道。",
        before="我们 咱们 你们 他们 她们",
        after="里",
    ),
    Rule(
        "hang-our-bank",
        "行",
        "hang2",
        "我行 'our bank', a bank's word for itself, before what belongs to it (我行的客服, 我行"
        "客户); 我行 'I can' closes its clause (这次我行的！) or goes on with a verb (我行我素)",
        yes="请认准我【行】的官方网站。",
        no="你不行，我【行】的！",
        before="我",
        after="的 NOUN",
        not_after2="END PARTICLE",
    ),
    Rule(
        "yihang-row",
        "行",
        "yi1 hang2",
        "一行 'a row' after 每/这/那/第",
        yes="每一【行】之间",
        no="我们一【行】五人",
        word="一行",
        before="每 这 那 第 DEM 一行",
    ),
    Rule(
        "yihang-row-noun",
        "行",
        "yi1 hang2",
        "一行 'a row, a line' before what stands in it (一行大雁, 一行白鹭, 一行小树); yī xíng "
        "'a party' is said of people (一行人, 代表团一行五人)",
        yes="一【行】大雁往南飞。",
        no="考察团一【行】十人。",
        word="一行",
        after="NOUN ADJ",
        not_after="人 人员 *人 NUM PERSON",
        not_before="*团 *队 *组 *员 PRON PERSON NAME",
    ),
    Rule(
        "yihang-row-next",
        "行",
        "yi1 hang2",
        "一行 'a row' before what it holds or another 一行 (一行字, 一行一行地读)",
        yes="一【行】一行地读。",
        no="我们一【行】人",
        word="一行",
        after="一行 字 诗 文字 代码 之间 地 泪",
    ),
    Rule(
        "yihang-row-verb",
        "行",
        "yi1 hang2",
        "一行 'a line' as what a verb makes, leaves or removes (空出一行, 写了一行, 删掉一行); "
        "yī xíng 'a party' follows the people it counts (代表团一行, 我们一行人)",
        yes="请空出一【行】再写。",
        no="市长陪同代表团一【行】参观了工厂。",
        word="一行",
        before="VERB",
        not_after="人 人员 *人 NUM PERSON",
    ),
    Rule(
        "hang-row-ordinal",
        "行",
        "hang2",
        "the row counted after 第 where jieba glued the numeral to it (第三行, 第十行 cut 第|三行):"
        " a party 'travelling together' (一行人) is not numbered",
        yes="请看第三【行】的第二个字。",
        no="第二天，他们一【行】人就出发了。",
        word="*行",
        before="第",
    ),
    Rule(
        "hang-trade",
        "行",
        "hang2",
        "'line of work, trade' (or 'row') after a demonstrative (干我们这行, 你是哪行的, 那行字); "
        "xíng 'all right' there is asked or denied after it (这行吗, 这行不行)",
        yes="开车这【行】，看着简单，其实不容易。",
        no="你看这样【行】吗？",
        before="这 那 哪 本 各",
        not_after="吗 么 不 不* 啊 呀 吧 得 了",
    ),
    Rule(
        "hang-trade-work-in",
        "行",
        "hang2",
        "'line of work' after a demonstrative that a verb of working in it governs (做这行, 干这行"
        "了, 入了这行, 吃这行饭): 'all right' follows no verb of work (这下行了)",
        yes="他说年轻人都不愿意再做这【行】了。",
        no="改了两遍，这下【行】了。",
        before="这 那 哪 本",
        before2="做 干 入 进 转 吃 在 做了 干了 入了 进了 转了",
    ),
    Rule(
        "yihang-row-written",
        "行",
        "yi1 hang2",
        "一行 'a line' that is written, read or copied out (一行写完再写下一行, 一行读完): yī xíng "
        "'the party' visits, arrives or sets out (一行参观了工厂, 一行抵达北京)",
        yes="一【行】写完，再写下一行。",
        no="代表团一【行】参观了工厂。",
        word="一行",
        after="写* 读* 念* 抄* 删* 背* 打完 打好 看完",
    ),
    Rule(
        "hang-shop",
        "行",
        "hang2",
        "'shop, firm' after the trade it deals in (印刷行, 五金行, 琴行, 米行: 现代汉语词典 行 "
        "háng '某些营业机构'); xíng 'all right' there is asked or denied after it (印刷行不行)",
        yes="他在街口开了一家五金【行】。",
        no="你看先印刷【行】吗？",
        before=TRADES,
        not_after="吗 么 不 不* 啊 呀 吧 得 了 嘛 呢 啦",
    ),
    Rule(
        "xing-ok",
        "行",
        "xing2",
        "'all right, will do' at the end of a clause (不行, 就行)",
        yes="这样就【行】。",
        no="这一【行】字",
        before="ADV 不 就 才 也 都 还 可",
        after="END PARTICLE",
    ),
    Rule(
        "tongxing-companion",
        "行",
        "tong2 xing2",
        "同行的 'travelling with us' before a person (同行的阿哲, 同行的朋友, 同行的两位老师); "
        "tóngháng 'the same trade' is said of who shares it (我们是同行, 同行的竞争)",
        yes="同【行】的阿哲很少运动。",
        no="同【行】的竞争很激烈。",
        word="同行",
        after="的",
        after2="PERSON NAME 阿* 朋友 伙伴 同伴 旅伴 队友 同学 家人 人 游客 旅客",
    ),
    Rule(
        "tongxing-together",
        "行",
        "tong2 xing2",
        "同行 'travel together' after 一起, 结伴, 一路 (一起同行, 结伴同行)",
        yes="我们三个人结伴同【行】。",
        no="他们是同【行】。",
        word="同行",
        before="一起 结伴 一路 一同 相伴 沿途",
    ),
    # -- 调, 和, 干 and other verbs with a resultative complement ---------------------------------
    Rule(
        "tiao-adjust",
        "调",
        "tiao2",
        "'adjust, mix' with a resultative complement (调低, 调好, 调匀) or its denied "
        "potential (座椅都调不好, 调不准): a transfer is not done well or evenly",
        yes="请把空调【调】低一点。",
        no="他被【调】到北京工作。",
        after="好 低 高 大 小 匀 整 成 准 亮 暗 快 慢 馅 馅儿 平 直 淡 稀 稠 松 紧 "
        "不好 不准 不匀 不平 不正",
        verb=True,
    ),
    Rule(
        "tiao-regulate-slowly",
        "调",
        "tiao2",
        "'adjust, regulate' closing the clause after 慢慢 or 好好 (湿气重，得慢慢调; 身体要好好"
        "调): care and patience go with adjusting; a transfer (diào) names who or where",
        yes="湿气重，得慢慢【调】。",
        no="他被【调】到北京工作。",
        before="慢慢 好好 细细 慢慢地 好好地",
        after="END 吧 呢 啊",
        verb=True,
    ),
    Rule(
        "tiao-mixed-what",
        "调",
        "tiao2",
        "'mix' a drink, a sauce or a colour closed with 的 before it (自己调的新口味, 他调的"
        "酱汁): diào 'transfer' moves people and posts (刚调的岗位)",
        yes="这杯是老板亲手【调】的鸡尾酒。",
        no="他是上个月刚【调】的岗位。",
        after="的",
        near_after="口味 味道 酒 鸡尾酒 饮料 奶茶 咖啡 酱 酱汁 蘸料 汤汁 颜色 颜料 馅 馅儿 面糊",
        verb=True,
    ),
    Rule(
        "tiao-mix-drinks",
        "调",
        "tiao2",
        "'mix' a number of drinks or sauces (调十几种饮料, 调了三杯鸡尾酒): diào 'transfer' sends "
        "people somewhere (调了两个人去仓库)",
        yes="她一个下午【调】了二十杯奶茶。",
        no="经理【调】了两个人去卖饮料。",
        after="NUM 了 过 杯 一杯",
        near_after="饮料 奶茶 鸡尾酒 咖啡 果汁 酱汁 蘸料 酱 调料 颜料 颜色 口味 汤汁 酒",
        not_near_after="去 来 到 回 走 人 个人 PERSON NAME",
        verb=True,
    ),
    Rule(
        "tiao-adjust-device",
        "调",
        "tiao2",
        "'adjust, tune' an instrument or a setting one turns (调浮标 'set the float', 调闹钟, "
        "调琴弦, 调焦距, 调天线): diào 'transfer, fetch' moves people, troops, goods and files "
        "(调人, 调兵, 调货, 调档案)",
        yes="有人在【调】浮标，有人蹲着绑子线。",
        no="仓库临时【调】货过来。",
        after=DEVICES,
        verb=True,
    ),
    Rule(
        "tiao-adjusted-how",
        "调",
        "tiao2",
        "'adjust, mix' before 得 and how the setting or the mixture came out (曝光调得太亮, "
        "音量调得小一点, 酱汁调得太咸): diào 'transfer' moves people, who are not bright or "
        "salty (被调得很远)",
        yes="相机的曝光【调】得太亮了。",
        no="他被【调】得很远。",
        after="得",
        near_after="亮 暗 高 低 大 小 快 慢 冷 热 淡 咸 甜 酸 辣 浓 稀 稠 准 匀 刚好 正好 合适 "
        "对 不对 松 紧 偏 歪 错",
        verb=True,
    ),
    Rule(
        "tiao-setting",
        "调",
        "tiao2",
        "'adjust, set' a setting measured in degrees or levels (把角度调到, 把温度调回, 把音量"
        "调到最小): diào 'transfer' moves people and things, which have no degree",
        yes="把温度【调】到二十六度。",
        no="公司把他【调】到台中。",
        near_before="*度 音量 声音 频道 座椅 后视镜 闹钟 时钟 火力 火候",
        not_before="PERSON NAME",
        after="到 回 回来 回去 成 为 在",
        verb=True,
    ),
    Rule(
        "tiao-setting-after",
        "调",
        "tiao2",
        "'adjust, set' to a setting measured in degrees or sizes named after it (背带调到合适的"
        "长度, 调到最低的温度, 调成最大的音量): diào 'transfer' takes people and posts to a "
        "place, which has no length or volume",
        yes="背带要【调】到合适的长度。",
        no="他被【调】到外地的分公司。",
        after="到 成 为 回",
        near_after="长度 高度 角度 温度 亮度 宽度 速度 松紧 音量 刻度 深度 湿度 力度 挡位 档位",
        not_before="PERSON NAME",
        verb=True,
    ),
    Rule(
        "tiao-setting-back",
        "调",
        "tiao2 hui2",
        "the same 'set back' where 调回 is cut as one word (把角度调回来, 把温度调回二十度): "
        "diào huí 'transfer back' takes a person (把他调回总部)",
        yes="等一下做个四轮定位，把角度【调】回来。",
        no="公司把他【调】回总部了。",
        word="调回",
        near_before="*度 音量 声音 频道 座椅 后视镜 闹钟 时钟 火力 火候",
        not_before="PERSON NAME",
    ),
    Rule(
        "tiao-adjust-device-set",
        "调",
        "tiao2",
        "the same instrument set to a value or a state, named before the verb (把浮标调到一米"
        "深, 闹钟调成六点, 收音机调得太响): a person or goods moved there take diào",
        yes="我把浮标【调】到一米深。",
        no="公司把他【调】到台中。",
        near_before=DEVICES,
        after="到 回 成 为 在 得",
        not_before="PERSON NAME",
        verb=True,
    ),
    Rule(
        "tiao-adjust-device-bit",
        "调",
        "tiao2",
        "the same instrument named before the verb and moved a little (把座椅往前调一点, 后视镜再"
        "调一下, 收音机调大点 has its result): diào 'swap, move' takes a shift or people, not a "
        "seat or a mirror (跟你调一下班)",
        yes="把座椅往前【调】一点，脚才踩得到底。",
        no="明天我想跟你【调】一下班。",
        near_before=DEVICES,
        after="一点 一些 点 些 一下 一下子 一点儿",
        not_before="PERSON NAME",
        verb=True,
    ),
    Rule(
        "tiao-adjust-device-brief",
        "调",
        "tiao2",
        "the same instrument adjusted a little (得调一下铰链, 把闹钟调一下): diào 'swap, move' "
        "takes a shift or people (调一下班)",
        yes="柜子的门关不上，得【调】一下铰链。",
        no="明天我想跟你【调】一下班。",
        after="一下 一下子",
        near_after=DEVICES,
        verb=True,
    ),
    Rule(
        "tiao-serving",
        "调",
        "tiao2",
        "'mix, blend' what is measured in bowls or cups (调一碗蘸料, 调两杯果汁); diào "
        "'transfer' moves people and things counted otherwise (调一批工人)",
        yes="顺便帮我【调】一碗蘸料。",
        no="公司【调】一批工人来。",
        after="NUM",
        after2=SERVINGS,
        verb=True,
    ),
    Rule(
        "tiao-serving-done",
        "调",
        "tiao2",
        "the same mixing done, with 了 before what was measured out (调了一小碗糨糊, 调了两杯"
        "蜂蜜水); a transfer moves people (调了一批人)",
        yes="奶奶【调】了一小碗面糊。",
        no="厂里【调】了一批新工人。",
        after="了",
        after2="NUM 一",
        near_after=SERVINGS + " 小碗 大碗 小杯 大杯",
        verb=True,
    ),
    Rule(
        "tiao-mix-batter",
        "调",
        "tiao2",
        "'mix, stir' a batter, a sauce or a paint before it (先调面糊, 调一碗蘸料, 调颜料): "
        "diào 'transfer' moves people and posts (调岗位, 调人)",
        yes="炸鱼以前，得先【调】面糊。",
        no="他下个月要【调】岗位了。",
        near_after="面糊 酱 酱汁 蘸料 调料 颜料 馅 馅儿 鸡尾酒 奶茶",
        not_near_after="岗位 人 人手 部门 单位 工作 过来 过去",
        verb=True,
    ),
    Rule(
        "tiao-until-right",
        "调",
        "tiao2",
        "'adjust, mix' over and over until it is right (调了好几次才满意, 调了半天才调对): a "
        "transfer (diào) moves people and posts, and ends somewhere, not in being right",
        yes="这杯奶茶的甜度，他【调】了好几次才满意。",
        no="这几年他被【调】了好几次岗位。",
        after="了",
        # jieba cuts 好几次 好|几次: 好 'quite' opens the count
        after2="好 好几次 几次 半天 好久 好一会 好一会儿 好几遍 几遍 很久 一下午 一上午 一晚上",
        near_after="满意 合适 调对 调准 调匀 顺眼 好看 对劲 顺手",
        verb=True,
    ),
    Rule(
        "tiao-try-adjusting",
        "调",
        "tiao2",
        "'adjust' a little in the tentative reduplication (调一调, 调了调): 'transfer' (diào) "
        "moves people and goods once, it is not tried out",
        yes="看要不要把药量【调】一调。",
        no="公司把他【调】到台中。",
        after="一 了",
        after2="调",
        verb=True,
    ),
    Rule(
        "tiao-try-adjusting-second",
        "调",
        "tiao2",
        "the second verb of 调一调 / 调了调",
        yes="你把音量调一【调】。",
        no="他被【调】走了。",
        before="一 了",
        before2="调",
        verb=True,
    ),
    Rule(
        "diao-transfer-person",
        "调",
        "diao4",
        "'transfer, post' a person somewhere (调我去台中, 调他到总部, 把她调回来); 'adjust' "
        "takes things, not a person sent on with 去/到/回",
        yes="公司临时【调】我去台中出差。",
        no="请把空调【调】低一点。",
        after="PERSON NAME",
        after2="去 到 来 回 回来 回去 过去 过来",
        verb=True,
    ),
    Rule(
        "diao-off-key",
        "调",
        "diao4",
        "the noun 'key, tune' after 走 or 跑 'go off' (走调, 跑调 'off key'), whatever "
        "instrument is named before: tiáo 'tune' follows what is done to the instrument "
        "(把琴调好, 没调过)",
        yes="那把吉他有根弦走【调】了。",
        no="他把吉他的弦【调】准了。",
        before="走 跑",
    ),
    Rule(
        "tiao-tune-instrument",
        "调",
        "tiao2",
        "'tune' with a musical instrument or its strings before it in the clause (钢琴两年没调过, "
        "吉他的弦松了得调一下, 这把琴调好了): diào 'transfer' moves people and goods",
        yes="家里的钢琴已经两年没【调】过了。",
        no="钢琴厂把他【调】到上海。",
        near_before="钢琴 琴 吉他 提琴 小提琴 大提琴 古筝 二胡 琵琶 琴弦 弦 乐器 定音鼓",
        not_before="PERSON NAME",
        not_after="PERSON NAME 来 去 走",
        verb=True,
    ),
    Rule(
        "tiao-setting-object",
        "调",
        "tiao2",
        "'adjust' before the setting it changes, measured in degrees or levels (又调了一下椅子"
        "的高度, 调一下音量, 调了调空调的温度): diào 'transfer' moves people and things",
        yes="老师又【调】了一下椅子的高度。",
        no="公司把他【调】到了温度很低的北方。",
        near_after="*度 音量 亮度 频道 座椅 后视镜 闹钟 火力 火候",
        not_near_before="被 把 将",
        not_after="PERSON NAME 到 去 往",
        verb=True,
    ),
    Rule(
        "huo-knead",
        "和",
        "huo2",
        "'mix, knead (dough)' before its complement 得 (和得太软) or a likeness of how it came "
        "out (和得跟稠粥差不多, 和得像泥一样)",
        yes="面【和】得太软。",
        no="我【和】他一起去。",
        after="得",
        after2="ADV ADJ 跟 像 好像",
        verb=True,
    ),
    Rule(
        "huo-dough",
        "和",
        "huo2",
        "和面 'knead dough' closing a clause (the conjunction 和 needs something after 面)",
        yes="第一步是【和】面。",
        no="我爱吃米饭【和】面。",
        after="面",
        after2="END",
        not_before="NOUN",
        verb=True,
    ),
    Rule(
        "huo-dough-person",
        "和",
        "huo2",
        "和面 'knead dough' closing a clause after the person who kneads (奶奶和面, 妈妈在和"
        "面); 'rice and noodles' joins two foods (我爱吃米饭和面)",
        yes="妈妈剁肉馅，奶奶【和】面。",
        no="我爱吃米饭【和】面。",
        before="PERSON NAME 妈妈 奶奶 姥姥 外婆 婆婆 爸爸 爷爷 婶婶 阿姨 大娘 大婶 师傅 厨师 "
        "在 正在",
        after="面 泥 馅 馅儿",
        after2="END",
        verb=True,
    ),
    Rule(
        "huo-after-adverb",
        "和",
        "huo2",
        "'mix, knead' dough or mud after an adverb, a modal or 从 (从和泥开始, 先和面, 要和"
        "馅): the conjunction joins two nouns and never follows them",
        yes="可是从【和】泥开始。",
        no="我爱吃米饭【和】面。",
        before="从 先 再 就 才 又 开始 MODAL",
        # and the bait an angler kneads from meal (开始和饵, 先和鱼饵)
        after="面 泥 馅 馅儿 饵 鱼饵 饵料",
        verb=True,
    ),
    Rule(
        "huo-dough-with",
        "和",
        "huo2",
        "和面 'knead dough' with what it is kneaded with (用热水和面; 'rice and noodles' has "
        "no 用 before it)",
        yes="用热水【和】面，饼会比较软。",
        no="我爱吃米饭【和】面。",
        after="面",
        near_before="用",
        verb=True,
    ),
    Rule(
        "huo-dough-subject",
        "和",
        "huo2",
        "和面 'kneading dough' opening a clause as what is talked about, before a modal, 是 or "
        "的 (和面得有耐心, 和面要用温水, 和面的时候): a conjunction opening a clause joins 面 to "
        "what it is compared with (和面比起来)",
        yes="【和】面要用温水，水太烫面就发黏。",
        no="【和】面比起来，米饭更顶饱。",
        before="START",
        after="面 泥 馅 馅儿 腻子 水泥 砂浆 灰浆 石膏",
        after2="MODAL 得 的 是 时 时候 前 最 也 都 就 不能 讲究 可",
        verb=True,
    ),
    Rule(
        "huo-kneaded-texture",
        "和",
        "huo2",
        "'knead' before how soft or stiff the dough came out (面和软了, 和硬了不好捏, 和稀一点): "
        "the conjunction joins a noun (馒头和软饼), not a texture closed by 了",
        yes="面【和】硬了，擀起来特别费劲。",
        no="馒头【和】软饼都卖完了。",
        after="软 硬 稀 稠",
        after2="了 END 点 些 一点 一些",
        verb=True,
    ),
    Rule(
        "huo-dough-done",
        "和",
        "huo2",
        "'knead' after the dough it kneads and before its result (面和好了, 泥和完了); the "
        "conjunction joins 面 to another noun (面和米)",
        yes="妈，面【和】好了吗？",
        no="面【和】米都买好了。",
        before=MIXES,
        after="好 完",
        verb=True,
    ),
    Rule(
        "huo-dough-made-when",
        "和",
        "huo2",
        "'knead' before 好的 closing a clause that named the dough first (面是头天晚上和好的, 泥"
        "早就和好了): the conjunction joins two nouns, and nothing follows 好的 here to join",
        yes="包子的面是早上五点【和】好的。",
        no="面包【和】好吃的点心都卖完了。",
        near_before=MIXES,
        after="好 完",
        after2="的 了",
        verb=True,
    ),
    Rule(
        "huo-mixed-done",
        "和",
        "huo2",
        "'mix' before 好的 and what was mixed (和好的水泥, 和好的面): the conjunction joins "
        "two nouns, and 和好 'make up' takes people (和好的消息)",
        yes="把【和】好的砂浆倒在墙根。",
        no="两家人【和】好的消息很快传开了。",
        after="好",
        after2="的",
        near_after=MIXES,
        verb=True,
    ),
    Rule(
        "huo-mix-fresh",
        "和",
        "huo2",
        "'mix' between 现 and 现 in 现X现Y 'Xed on the spot and Yed at once' (现和现用, 现和现"
        "包): the pattern takes two verbs; 现 'now' and another time are joined otherwise "
        "(现和以前)",
        yes="饺子馅最好现【和】现包。",
        no="这条街现【和】以前大不一样。",
        before="现",
        after="现",
        verb=True,
    ),
    Rule(
        "huo-knead-into",
        "和",
        "huo2",
        "'knead' into a dough named after it (用手和成一个面团, 和成软软的面团, 和成泥): the "
        "conjunction joins what comes before to a noun, not to 成",
        yes="再用手【和】成一个软软的面团。",
        no="他【和】成年人一样高。",
        after="成",
        near_after="面团 面 团 泥 泥巴 馅 馅儿",
        verb=True,
    ),
    Rule(
        "huo-mix-in",
        "和",
        "huo4",
        "'mix in, blend' before 匀 or 进去 (和匀, 再和进去一些面粉); the conjunction is "
        "followed by what it joins",
        yes="加一点水，把它【和】匀。",
        no="我【和】进来的人握手。",
        after="匀 均匀 进去",
        verb=True,
    ),
    Rule(
        "huo-mix",
        "和",
        "huo4",
        "'mix, blend in' after 把 and its object, before 在一起, 匀 or 成 (把面粉和鸡蛋和在一起, "
        "和匀); the conjunction joins two nouns",
        yes="把面粉和鸡蛋【和】在一起。",
        no="把书【和】笔放在一起。",
        after="在 匀 成 进 进去",
        near_before="把 将",
        verb=True,
    ),
    Rule(
        "huo-knead-manner",
        "和",
        "huo2",
        "'knead, mix' closing its clause after a manner adverbial with 地 (用手慢慢地和, 再用力地和"
        "匀): the preposition 'with' after 地 takes who it is done with (慢慢地和他说)",
        yes="倒进温水，用筷子慢慢地【和】。",
        no="她慢慢地【和】他说清楚。",
        before="地",
        after="END 好 匀 成 一会儿 一下 均匀",
        verb=True,
    ),
    Rule(
        "gangan-dry",
        "干",
        "gan1 gan1",
        "干干的 'nice and dry', the adjective doubled (晒得干干的, 擦得干干的); the verb doubled "
        "takes its object (干干活)",
        yes="衣服晒得【干】干的。",
        no="周末在家【干】干活。",
        word="干干",
        after="的 地 END PARTICLE",
    ),
    Rule(
        "gan-dry",
        "干",
        "gan1",
        "'dry' as the complement of a verb (晒干, 挤干, 擦干)",
        yes="再用纱布把水挤【干】。",
        no="你在【干】什么？",
        before="VERB",
        # and before what is wrung or drained out (挤干水, 沥干水分)
        after="END PARTICLE 了 净 水 水分 汗 泪",
        # 干得好, 干得漂亮 'well done': how work went; what dries takes 得 before it (晒得干)
        not_after="得",
        # work is done, not a verb that dries (这活干了再说: 活 is also 'live'); and hurried
        # or kept at (抓紧干, 赶紧干, 埋头干): nothing dries in a hurry
        not_before="活 活儿 农活 事 事儿 抓紧 赶紧 加紧 赶快 使劲 拼命 埋头 接着 继续",
        # nor for how long one worked (老张干了二十年, 干了大半辈子: 张 is also a verb)
        not_after2="NUM 一辈子 半辈子 大半辈子 好几 好些",
    ),
    Rule(
        "gan-do-this-way",
        "干",
        "gan4",
        "'do' it this way, after 这么/那么/这样/那样 with a prohibition or a modal before them "
        "(千万别这么干, 你不能那样干, 就得这么干): 'so dry' describes a thing and takes no "
        "warning (天气这么干), and after a verb's 得 it is how dry a thing came out (晒得这么干)",
        yes="下坡的时候千万别这么【干】。",
        no="天气这么【干】，要多喝水。",
        before="这么 那么 这样 那样",
        near_before="别 不要 不能 不该 不许 不准 千万别 可别 甭 能 要 该 应该 敢 会 就 得 也",
        not_near_before="晒 烤 烘 吹 晾 晒得 烤得 烘得 吹得 晾得",
        verb=True,
    ),
    Rule(
        "gan-dry-adj",
        "干",
        "gan1",
        "'dry' describing a noun or after a degree word, closing the clause (嗓子干, 稍微干了, "
        "很干); the verb 'do' has a person before it (我干, 他不干了)",
        yes="就是嗓子【干】，有时候咳得厉害。",
        no="这活儿我来【干】。",
        # 越 of 越X越Y closing its clause (晒得越干越好 is 干越好; 越干越多 'the more one works'
        # goes on with the second 越)
        before="NOUN2 越 " + DEGREE,
        after="END 吗 呢 吧 啊 呀 的",
        not_before="NAME PERSON",
    ),
    Rule(
        "gan-dry-result",
        "干",
        "gan1",
        "'dry' as the result a verb reaches, after its 得 and a degree word (炒得太干, 晒得很干, "
        "烤得有点干): the verb 'do' is what 得 follows (干得很好), not what it reaches",
        yes="鸡蛋煎得太【干】就不嫩了。",
        no="他这份工作【干】得太久了。",
        before=DEGREE,
        before2="得",
    ),
    Rule(
        "gan-half-dry",
        "干",
        "gan1",
        "'dry' after 半 'half' (胶水半干了, 衣服还半干着, 半干的毛巾): work is not done by halves "
        "this way",
        yes="等一两分钟，胶水半【干】了，再把补丁贴上去。",
        no="他【干】了一半就走了。",
        before="半",
    ),
    Rule(
        "gan-dry-adj-le",
        "干",
        "gan1",
        "'dry' with 了 closing the clause (胶水稍微干了, 衣服干了); with a time after 了 it is "
        "the verb 'work' (在市场干了二十多年)",
        yes="等胶水稍微【干】了，再贴上去。",
        no="他在这个市场【干】了二十多年。",
        before="NOUN2 " + DEGREE,
        after="了",
        after2="END",
        not_before="NAME PERSON",
    ),
    Rule(
        "gan-drink-up",
        "干",
        "gan1",
        "'drain (a glass)' with 了 before a drink or its measure (干了这杯, 干了两杯酒): the "
        "verb 'do' with 了 takes a length of time or a task (干了三年)",
        yes="他一口气【干】了两杯酒。",
        no="他在工厂【干】了三年。",
        after="了",
        near_after="杯 碗 瓶 盅 盏 酒 *酒",
    ),
    Rule(
        "gan-drink-one-gulp",
        "干",
        "gan1",
        "'drain (a glass)' in one gulp (一口干了, 一口干掉): 一口气 'in one go' does any work "
        "(一口气干了三个小时)",
        yes="他举起杯子，一口【干】了。",
        no="他一口气【干】了三个小时。",
        before="一口",
    ),
    Rule(
        "gan-drink-toast",
        "干",
        "gan1",
        "'drain (a glass)' in the toast 先干为敬 'I drink first, to honour you': 'do' takes "
        "a task, not 为敬",
        yes="这一杯，我先【干】为敬。",
        no="他先【干】活，再吃饭。",
        after="为",
        after2="敬",
    ),
    Rule(
        "gan-dry-otherwise",
        "干",
        "gan1",
        "'get dry' with 了 after 不然, 否则 or 等, what happens if one waits (不然干了不好擦, "
        "等干了再贴); the verb 'do' names who or what is done",
        yes="用水冲一冲，不然【干】了不好擦。",
        no="不然【干】什么都不顺。",
        before="不然 否则 要不 要不然 等 等到",
        after="了",
    ),
    Rule(
        "gan-dry-then",
        "干",
        "gan1",
        "'get dry' opening a clause with 了 and 以后/之后/再, before the next coat or handling "
        "(干了以后再刷, 干了之后再贴, 干了再收起来): the verb 'do' is followed by what one "
        "learns or says after it (干了以后才知道, 干了再说)",
        yes="先刷一遍底漆，【干】了以后再刷两遍面漆。",
        no="这活儿【干】了以后才知道有多累。",
        before="START NOUN",
        after="了",
        after2="以后 之后 再 后",
        near_after="刷 涂 抹 贴 上漆 刷漆 上色 打磨 叠 收 收起来 装 穿 戴 缝 喷 擦",
    ),
    Rule(
        "gan-dry-how",
        "干",
        "gan1",
        "'dry' said of what dries, before 得 and how dry it is (嗓子干得发疼, 衣服干得很快, 嘴唇"
        "干得裂了口子): 干得 after a person is how the work was done (他干得不错)",
        yes="天气太燥，嘴唇【干】得都裂了。",
        no="他们【干】得热火朝天。",
        before="嗓子 喉咙 嘴 嘴巴 嘴唇 皮肤 眼睛 衣服 被子 头发 土 泥土 地面 空气 油漆 伤口 手",
        after="得",
    ),
    Rule(
        "gan-dry-what-dries",
        "干",
        "gan1",
        "'get dry' right after what dries, a coat, a glue, a washed thing or a surface (涂料干"
        "得很快, 地板干了才能走人, 衣服干了没有): these are not people who do a job",
        yes="涂料【干】得很快。",
        no="工人们【干】得很快。",
        before=DRIES,
    ),
    Rule(
        "gan-dry-how-fast",
        "干",
        "gan1",
        "'get dry' before 得 and how fast, where what dries was named in the clause and jieba cut "
        "it apart (墙|面干得很快, 这种漆干得慢): work done fast has a worker before it (工人刷墙"
        "的时候干得很快)",
        yes="窗户一开，墙面【干】得特别快。",
        no="工人刷墙的时候【干】得很快。",
        near_before=DRIES,
        not_near_before="PERSON NAME 活 活儿 事 事情 工作 家务 *人 *工 师傅",
        after="得",
        near_after="快 慢 透 差不多 很快 很慢 真快",
    ),
    Rule(
        "gan-dry-what-dries-adverb",
        "干",
        "gan1",
        "'get dry' with an adverb between it and what dries (衣服都干了, 墨已经干了, 被子快干了):"
        " work that is done has a person or the job before it (这些活他都干了)",
        yes="太阳一晒，院子里的床单很快都【干】了。",
        no="地里的这些活儿，他们早就【干】了。",
        before="都 已经 都已经 快 早 早就 全 全都 还没 没 差不多 基本 基本上 终于 总算 也 慢慢 "
        "渐渐 慢慢地 渐渐地 很快",
        near_before=DRIES,
        not_near_before="PERSON 活 活儿 事 事情 工作 家务",
    ),
    Rule(
        "dai-stay-longest",
        "待",
        "dai1",
        "'stay' the longest or too long (每天待最久的地方, 待太久会闷): a way of treating "
        "people is not measured in time (待人最真诚)",
        yes="图书馆是他在学校里【待】最久的地方。",
        no="她【待】人最真诚。",
        after="最 更 太",
        after2="久 长",
        verb=True,
    ),
    Rule(
        "gan-dry-cannot",
        "干",
        "gan1",
        "'get dry' before 不了 or 不透 where what dries was named in the clause (地板半天都干不"
        "了, 衣服晾了一天还干不透): work that cannot be done has a person before it (这活儿我干"
        "不了)",
        yes="刚洗的衣服一时【干】不了。",
        no="这么重的活儿，他一个人【干】不了。",
        near_before=DRIES,
        after="不了 不透 不掉",
    ),
    Rule(
        "gan-dry-cannot-days",
        "干",
        "gan1",
        "'get dry' before 不了 or 不透 after how many days it has had (晾的衣服，三四天都干不了, "
        "下雨天两天也干不透): work that cannot be done is 干不完 in that time, or has its work "
        "or its doer named (这活儿我干不了)",
        yes="梅雨季节，毛巾晾了，两天都【干】不了。",
        no="这种粗活，我一天都【干】不了。",
        near_before="天 *天 夜 一夜 一晚上 一上午 一下午 一整天 半天",
        after="不了 不透",
        not_after2="活 活儿 事 事儿 NOUN",
        not_near_before="PERSON NAME 活 活儿 事 工作",
    ),
    Rule(
        "gan-dry-cloth",
        "干",
        "gan1",
        "'dry' before a cloth or towel it describes, or 烧 'boil dry' (用干布擦拭, 拿干毛巾, 水少了"
        "容易干烧; 干烧鱼 the dish is gān too): gàn 'do' takes work, not a cloth",
        yes="插头只能用【干】布擦。",
        no="他一个人【干】活。",
        after="布 毛巾 抹布 纸巾 手巾 棉布 烧",
    ),
    Rule(
        "gan-go-dry-24",
        "干",
        "gan1",
        "'dry' after 发 'turn, feel' (嗓子发干, 嘴唇发干, 眼睛发干): 发 takes a state it turns to "
        "(发红 发苦 发麻), and no one 'sends' work with 干",
        yes="嗓子发【干】都是这个原因。",
        no="大家一起【干】活。",
        before="发",
    ),
    Rule(
        "gan-dried-food-24",
        "干",
        "gan1",
        "'dried (food)' right after the food it is made of when jieba cuts them apart (豆|干, "
        "鱼|干, 虾|干, 菜|干): a food does no work; the verb 'do' after such a noun asks what it "
        "is for (这些菜干什么用)",
        yes="卤味有豆【干】、海带和鸭翅。",
        no="这些菜【干】什么用？",
        before=DRIED_FOODS,
        not_after="活 活儿 什么 啥 嘛 吗 事 事儿",
    ),
    Rule(
        "gan-dried-food-talent",
        "干",
        "gan1 cai2",
        "干才 cut as one word right after the food a 干 is made of is the dried food and the "
        "adverb 才 (豆|干才会硬 'the dried tofu only then'): the noun 干才 'capable person' "
        "(gàncái) follows 个 or an attribute, never a food",
        yes="压得越紧，做出来的豆【干】才越有嚼劲。",
        no="他是个难得的【干】才。",
        word="干才",
        before=DRIED_FOODS,
    ),
    Rule(
        "gan-dry-at-last",
        "干",
        "cai2 gan1",
        "才干 cut as one word closing a clause where something was left to dry (晾一晚上才干, "
        "晒了一天才干透): the adverb 才 and 'get dry'; the noun 才干 'ability' is what a person"
        " has or shows (展示了他的才干)",
        yes="这双鞋在阳台上晒了整整两天才【干】。",
        no="这次比赛让他充分展示了才【干】。",
        word="才干",
        near_before="晒 晾 烤 烘 吹 风干 阴干 晾晒 晾着 放着 搁着",
        after="END 了 透",
    ),
    Rule(
        "gan-dry-left",
        "干",
        "gan1",
        "'get dry' after 就/快/早 when the clause has left the thing to dry, in the air or "
        "the sun (放久了就干了, 晾一晚上就干了, 太阳一晒就干了): the verb 'do' names no way "
        "of leaving a thing (他放下碗就干了起来)",
        yes="毛巾晾一晚上就【干】了。",
        no="他放下碗就【干】了起来。",
        before="就 快 早 都",
        after="了 END",
        not_after2="起来",
        near_before="放 搁 晾 晒 吹 烘 烤 风干 晾着 晒着 放着 搁着",
    ),
    Rule(
        "gan-do-by-count",
        "干",
        "gan4",
        "the verb 'do' closing a clause after a count of people (这活儿得两个人干, 一个人干不"
        "如三个人干): what dries is not counted in people (让人干得难受 names no count)",
        yes="这么多砖，得三个人【干】。",
        no="空调吹久了，让人【干】得难受。",
        before="人 个人",
        before2="NUM MEASURE",
        verb=True,
    ),
    Rule(
        "gan-dry-scattered",
        "干",
        "gan1",
        "'dry' describing what is scattered or spread right after the verb (撒干面粉, 铺干稻草, "
        "垫干草): 'do' follows a verb of going or coming (去干活, 来干事), not one of spreading",
        yes="擀皮的时候，案板上撒【干】面粉就不粘了。",
        no="吃完饭，他又去【干】活了。",
        before="撒 铺 垫 扑 洒 撒上 铺上 垫上 上",
        near_before="撒 铺 垫 扑 洒 撒上 铺上 垫上",  # 铺|上|干稻草
        after="NOUN",
        not_after="活 活儿 事 事情 工作 家务 农活 坏事 好事 正事 买卖",
    ),
    Rule(
        "gan-dry-noun",
        "干",
        "gan1",
        "'dry' describing the noun after a measure (一层干面粉, 一块干毛巾, 几个干辣椒, 捡点干"
        "柴): the verb 'do' takes a count after it (干一件事, 干点活), not before",
        yes="锅里先铺一层【干】稻草。",
        no="他一天要【干】十个小时的活。",
        # and 点, 些 with their 一 dropped (撒点干面粉, 垫些干草): work after them is done
        # (快点干活, 多少干点事)
        before="MEASURE 一层 一块 一把 一条 一件 一些 一点 几个 一袋 一包 点 些"
        # and a quantity without a measure (好多干辣椒, 不少干树叶)
        " 很多 许多 好多 不少 大量 一堆 一大堆 一捆 一大捆 一大把",
        after="NOUN",
        not_after="活 活儿 事 事情 工作 家务 农活 坏事 好事 正事 买卖",
    ),
    Rule(
        "gan-dry-noun-many",
        "干",
        "gan1",
        "'dry' after 很多 or 好多 cut apart (很|多|干树枝): 'do more' is 多干 after a verb or "
        "a subject (多干点活, 他多干了一天)",
        yes="我们捡了很多【干】树枝。",
        no="年轻人应该多【干】点活。",
        before="多",
        before2="很 好 许",
        after="NOUN",
        not_after="活 活儿 事 事情 工作 家务 农活 坏事 好事 正事 买卖",
    ),
    Rule(
        "gan-dry-waste",
        "干",
        "gan1",
        "'dry' naming the kind of rubbish sorted apart from the wet (干垃圾, 干垃圾桶): the verb "
        "'do' before rubbish work has its doer or 在 before it (他在干垃圾清运的活)",
        yes="用过的牙刷和旧毛巾都属于【干】垃圾。",
        no="这个月他一直在【干】垃圾清运的活。",
        after="垃圾*",
        not_before="PERSON 在 正在 MODAL",
    ),
    Rule(
        "gan-do",
        "干",
        "gan4",
        "the verb 'do' with 得, 活 or a question word",
        yes="【干】得不错！",
        no="衣服晒【干】了。",
        after="得 活 吗 嘛 什么 啥 完 了 过",
        not_before="VERB " + DEGREE,
        verb=True,
    ),
    Rule(
        "gan-do-oneself",
        "干",
        "gan4",
        "'do it' oneself or together, closing the clause (不如我们自己干, 大家一起干吧): a thing "
        "left to dry by itself is 'it' (让它自己干)",
        yes="请人太贵，不如我们自己【干】。",
        no="墙别用电扇吹，让它自己【干】。",
        before="自己 亲自 一起 一块 一块儿 一道",
        after="END PARTICLE 了 吧",
        not_near_before="它 它们 晾 晒 放 搁 让",
        verb=True,
    ),
    Rule(
        "gan-do-some-work",
        "干",
        "gan4",
        "the verb 'do' before 点 or 些 'some' and the work done (干点活, 干些家务): 'dry' stands "
        "after the amount (点干柴), not before it",
        yes="你闲着也是闲着，不如帮我【干】点活。",
        no="晒了一上午，这块毛巾【干】了没有？",
        after="点 些 一点 一些",
        after2="活 活儿 事 事情 家务 *活",
        verb=True,
    ),
    Rule(
        "gan-do-hurry",
        "干",
        "gan4",
        "the verb 'work, do' closing its clause after a word of hurry or effort (赶紧干, 抓紧干"
        "吧, 埋头干起来): nothing dries in a hurry; a cup drunk up is named (赶紧干了这杯)",
        yes="活儿堆成山了，大家抓紧【干】吧。",
        no="来，赶紧【干】了这一杯！",
        before="抓紧 赶紧 加紧 赶快 使劲 拼命 埋头",
        after="END 吧 呢 啊 起来 下去",
        verb=True,
    ),
    Rule(
        "gan-do-later",
        "干",
        "gan4",
        "the verb 'do (it)' after 再, 先, 接着 or 继续 with nothing done named after it (再干也"
        "来得及, 你先干吧); 'drink up' takes its cup (再干一杯)",
        yes="等我睡够了再【干】也来得及。",
        no="来，我们再【干】一杯！",
        before="再 先 接着 继续 慢慢",
        after="END 也 就 吧 呢 下去 起来",
        verb=True,
    ),
    Rule(
        "gan-do-a-while",
        "干",
        "gan4",
        "the verb 'work, do' for a while before the rest or the tiredness it ends in (干一会儿"
        "就得歇, 干一阵子就累了): what dries for a while ends ready, not tired (衣服干一会儿就"
        "能收了), or is left to dry (让它干一会儿)",
        yes="他腰不好，【干】一会儿就得坐下来歇歇。",
        no="晾在阳台上的衣服【干】一会儿就能收了。",
        after="一会儿 一会 会儿 一阵 一阵子 一阵儿",
        near_after="歇 歇歇 歇会儿 休息 累 累了 喘 喘气 喘不过气 汗 出汗 腰酸 腰疼 停 停下来",
        not_near_before=DRIES + " 晾 晒 烤 烘 吹 放 搁 让 等 它 它们",
        not_before=DEGREE,
        verb=True,
    ),
    Rule(
        "gan-do-duration",
        "干",
        "gan4",
        "the verb 'do, work' before how long (一起干好几个月, 干一整天); gān 'drink up' "
        "takes cups, not time (干一杯)",
        yes="几百个工匠一起【干】好几个月。",
        no="来，我们【干】一杯！",
        after="NUM 好几 几 一整天 整整",
        near_after="月 个月 天 年 小时 钟头 星期 周 辈子 *天 *年 *月",
        not_before=DEGREE,
        verb=True,
    ),
    # -- measure words after a numeral ----------------------------------------------------------
    Rule(
        "zhi-only-after-times",
        "只",
        "zhi3",
        "the adverb 'only' after a count that already has its measure (一次只过一个人, 每天只"
        "睡五个钟头, 一回只拿两本): the measure zhī follows the bare numeral (两只狗)",
        yes="这种药一天【只】吃一次。",
        no="他有两【只】狗。",
        before="*次 *回 *遍 *趟 *顿 *天 *晚 *年 *周 *星期 *个月 *下",
    ),
    Rule(
        "zhi-measure",
        "只",
        "zhi1",
        "measure word for animals and one of a pair after a numeral (两只狗, 三只小猫)",
        yes="他有两【只】狗。",
        no="他【只】吃了一口。",
        # 另一 这一 那一, which jieba leaves untagged (另一只手)
        before="NUM DEM 几 每 另一 这一 那一 哪一 每一 同一 两",
        not_after="VERB ADV",
    ),
    Rule(
        "zhi-measure-animal",
        "只",
        "zhi1",
        "the measure word after a count before the animal it counts, whatever describes the "
        "animal first (十几只流浪猫, 两只受伤的小鸟; the lexicon calls 流浪 a verb)",
        yes="路边蹲着三【只】流浪的小猫。",
        no="他几天【只】吃一顿饭。",
        before="NUM 几",
        near_after="猫 狗 鸟 鸡 鸭 鹅 羊 兔 猴 *猫 *狗 *鸟 *鸡 *鸭 *鹅 *羊 *兔子 *猴 小猫 小狗 "
        "小鸟",
    ),
    Rule(
        "zhi-measure-animal-there-is",
        "只",
        "zhi1",
        "the measure word with its 一 dropped after 有 or a verb of seeing, right before the "
        "animal (前面有只狗, 看见只猫, 养了只鸟): 'only' before an animal has a verb between "
        "(只有狗)",
        yes="门口有【只】小猫一直在叫。",
        no="家里【只】有狗，没有猫。",
        before="有 看见 看到 见 养 养了 捡 捡了 抓 抓了 买了",
        after="猫 狗 鸟 鸡 鸭 鹅 羊 兔子 猴子 老鼠 蚊子 苍蝇 虫子 麻雀 乌鸦 鸽子 *猫 *狗 *鸟",
    ),
    Rule(
        "tie-dose",
        "帖",
        "tie1",
        "the measure of a dose of herbal medicine (七帖药, 一帖中药: 现代汉语词典 tiē): tiě is a "
        "note or card (请帖), tiè a model to copy (字帖), neither counted before 药",
        yes="大夫给奶奶开了三【帖】中药。",
        no="他给我们发了一张请【帖】。",
        before="NUM 几",
        after="药 中药 汤药 草药",
    ),
    Rule(
        "zhi-measure-noun",
        "只",
        "zhi1",
        "the same measure word between a count and a noun that is also a verb to the tagger "
        "(两只画眉, 三只翻译 is rare): 'only' after a count is followed by a verb, not a noun",
        yes="笼子里养着两【只】画眉。",
        no="我们两个【只】想早点回家。",
        before="NUM 两 几",
        after="NOUN",
        not_after="ADV",
    ),
    Rule(
        "zhi-measure-about",
        "只",
        "zhi1",
        "the measure word after an approximate count of two numerals, even before an adverb "
        "(剪一两只就好, 来了三四只又飞走了): the adverb zhǐ follows a subject, not a count",
        yes="剪一两【只】就好。",
        no="他【只】吃了一口。",
        before="NUM 两 几",
        before2="NUM 一 两 三 几",
        # a span of time jieba tags a numeral (头一个月只准你骑到学校) counts no animals
        not_before="月 年 天 日 周 星期 小时 分钟 秒 岁 次 遍 回 趟",
    ),
    Rule(
        "zhi-measure-like",
        "只",
        "zhi1",
        "the same measure word with its 一 dropped after 像 or 是 before the animal or thing "
        "(像只落汤鸡, 像只猴子, 这是只小猫); the adverb zhǐ goes before a verb (像只会说的人)",
        yes="他淋得像【只】落汤鸡。",
        no="他像【只】会说不会做的人。",
        before="像 活像 就像 好像 真像 变成 成了 是",
        after="NOUN IDIOM",
        not_after="VERB ADV",
    ),
    Rule(
        "zhi-measure-single",
        "只",
        "zhi1",
        "the measure word after 单 'single' for one of a pair, before the thing or its weight "
        "or price (单只鞋, 单只不到两百克, 单只约三百元): 单只 'merely' goes before a verb (单只"
        "靠他一个人)",
        yes="这种跑鞋很轻，单【只】不到两百克。",
        no="这么多活，单【只】靠他一个人可不行。",
        before="单",
        after="NOUN NUM 不到 约 重 大约 售价",
    ),
    Rule(
        "zhi-measure-whole",
        "只",
        "zhi1",
        "the measure word after 整 or 半 'whole, half' before the animal or limb (整只鸡, "
        "整只手臂, 半只鸭): the adverb zhǐ does not follow 整",
        yes="不要用整【只】手臂去压。",
        no="他【只】吃了半碗饭。",
        before="整 半",
        after="NOUN",
    ),
    Rule(
        "gan-measure",
        "杆",
        "gan3",
        "measure word for guns and pens after a numeral (一杆枪)",
        yes="他扛着一【杆】枪。",
        no="旗【杆】很高。",
        before="NUM 几",
    ),
    # -- single characters whose other readings live only in words ----------------------------
    Rule(
        "qie-cut",
        "切",
        "qie1",
        "the verb 'cut' by itself (一切 亲切 切实 are words)",
        yes="他先【切】菜。",
        no="一【切】都好。",
        after="HAN",
    ),
    Rule(
        "qie-cut-once",
        "切",
        "yi1 qie1",
        "一切 'once cut' before 就 and what then happens to the thing cut (西红柿一切就往外冒汁, "
        "一切就碎): 一切 yíqiè 'all' goes on with what all is or does (一切就这样结束了)",
        yes="这块豆腐太嫩，一【切】就碎了。",
        no="过去的一【切】就这样结束了。",
        word="一切",
        after="就 便",
        after2="碎 断 裂 散 烂 开 掉 冒 流 淌 滴 溅 喷 出 往外 往下",
    ),
    Rule(
        "yiqie-one-cut",
        "切",
        "yi1 qie1",
        "一切 'one cut' before how many pieces or the complement it makes (一切两半, 一切成四块, "
        "一切开, 一切下去): yīqiè 'everything' is followed by what is said of it (一切都好, 一切"
        "十分顺利)",
        yes="西瓜一【切】两半，一人一半。",
        no="一【切】都准备好了。",
        word="一切",
        after="NUM 两半 成 开 开来 下去 下来 为二",
        not_after="十分 万分 百分之百",
        # 这一切 所有的一切 对一切: 'everything' after what points at it
        not_before="DEM 这 那 的 所有 PREP",
    ),
    Rule(
        "qie-cut-at-end",
        "切",
        "qie1",
        "the verb 'cut' by itself closing its clause after an adverb or a verb (放凉再切, 等一下"
        "再切, 你来切): 切 qiè lives in words (一切, 真切, 心切) or before 不/勿 'by no means'",
        yes="馒头蒸好以后，先放凉再【切】。",
        no="这件事【切】不可告诉别人。",
        # and after who cuts (他自己切, 我来切, 让你切)
        before="ADV VERB MODAL 再 先 就 才 来 去 PERSON",
        after="END",
    ),
    Rule(
        "xue-strip-rank-cpp",
        "削",
        "xue1",
        "削 xuē 'strip of' before a rank, a title or a power taken away (削爵, 削籍为民, 削兵权, "
        "削籍): one peels xiāo fruit and wood",
        yes="他因罪被【削】籍为民。",
        no="他在【削】苹果。",
        after="爵 爵位 亲王 王爵 官 官职 职 籍 藩 兵权 封号 封地 权",
        verb=True,
    ),
    Rule(
        "bao-peel",
        "剥",
        "bao1",
        "the verb 'peel, strip' by itself (剥花生, 把皮剥下来, 剥干净; 现代汉语词典 剥 bāo): bō "
        "is for its words (剥削 剥落 剥夺)",
        yes="她坐在门口【剥】豆子。",
        no="风雨让墙上的漆【剥】落了。",
        after="HAN",
        verb=True,
    ),
    Rule(
        "bao-peel-off",
        "剥",
        "bao1 diao4",
        "剥掉 'peel off' said of a skin, a shell or a layer one takes off by hand (把树皮剥掉, "
        "剥掉蛋壳): the same bāo as the verb alone; CC-CEDICT's bō is the written word's",
        yes="先把鸡蛋壳【剥】掉。",
        no="他的权利被【剥】夺了。",
        word="剥掉",
    ),
    Rule(
        "xiao-peel",
        "削",
        "xiao1",
        "the verb 'peel, pare' by itself (剥削 削弱 are words)",
        yes="他在【削】苹果。",
        no="剥【削】",
        after="HAN",
    ),
    Rule(
        "xiao-shave-flat",
        "削",
        "xiao1 ping2",
        "削平 'pare flat' closing its clause after what is pared (把桌腿削平, 木楔要削平了再钉):"
        " xuē píng 'put down' takes the revolt or the rivals after it (削平叛乱, 削平群雄)",
        yes="他用刨子把门框的毛边【削】平。",
        no="大军南下，很快就【削】平了叛乱。",
        word="削平",
        after="END 了 再 就 才 以后 后 一点 一些 点 些",
        not_after2="NOUN VERB NAME",
    ),
    Rule(
        "lun-swing",
        "抡",
        "lun1",
        "the verb 'swing, brandish' before its complement or aspect (抡起刀, 抡着锤子, 抡圆了); "
        "lún 'select' is literary (抡材) and names use it (张抡甲)",
        yes="他【抡】起刀就砍。",
        no="他用力一【抡】。",
        after="起 起来 着 了 过 开 圆 动 向",
    ),
    Rule(
        "zheng-just",
        "正",
        "zheng4",
        "'just, right, exactly' by itself before what follows (正扎在, 正好, 正是); zhēng "
        "'first month' lives in 正月",
        yes="一支箭【正】扎在靶心上。",
        no="【正】月初一要拜年。",
        after="HAN",
        not_after="月",
    ),
    Rule(
        "yan-swallow",
        "咽",
        "yan4",
        "the verb 'swallow' before its complement or aspect (咽了回去, 咽不下, 咽下去); yān "
        "'pharynx' is a noun (咽痛, 咽部, 舌咽神经) and yè 'sob' lives in words (哽咽)",
        yes="他把话【咽】了回去。",
        no="他觉得【咽】部不舒服。",
        after="了 下 下去 下来 回去 进 进去 不 不下 着 过 得",
    ),
    # -- 将: jiāng 'will, take'; jiàng 'general, officer' ---------------------------------------
    Rule(
        "jiang-general-of-state-cpp",
        "将",
        "jiang4",
        "将 jiàng 'general' after the state or side he fights for or his rank (魏将, 秦将, "
        "参将, 偏将) when a name, 被, 之, 的 or the clause's end follows: the adverb jiāng 'will' "
        "stands before a verb or a preposition (秦将于明年...)",
        yes="蜀军生擒了一员魏【将】。",
        no="晋【将】于明年举办全省运动会。",
        before="魏 蜀 吴 楚 秦 齐 晋 燕 赵 宋 辽 金 元 清 唐 汉 隋 敌 参 偏 裨 骁 猛 名 良 降 叛",
        after="NAME END 被 之 的 所 后",
        minor=True,
    ),
    Rule(
        "jiang-take-or-will",
        "将",
        "jiang1",
        "the preposition 'take' or the adverb 'will' after an adverb, a modal, a subject or 请 "
        "and before what is taken or done (请先将壶内装水, 并将结果告诉他, 我们将在下周公布): "
        "the general jiàng has his side or rank before him (魏将, 名将) and no object after",
        yes="使用前，请先【将】水壶洗干净。",
        no="他是蜀国的一员猛【将】。",
        before="ADV MODAL START CONJ PRON 请 并 再 先 须 应 要 会 即 均 可 都 已 正 也 还",
        after="NOUN PRON MEASURE NUM DEM VERB 其 此 这 那 所 于 在 以",
    ),
    Rule(
        "jiang-fall",
        "降",
        "jiang4",
        "'fall, lower' before where or how far it falls (降到, 降至, 降下来); xiáng "
        "'surrender, subdue' lives in words or takes a foe (投降, 降妖, 一物降一物)",
        yes="太阳【降】到山后。",
        no="孙悟空要【降】妖。",
        after="到 至 下 下来 下去 为 成 低",
    ),
    Rule(
        "xiang-surrender",
        "降",
        "xiang2",
        "'surrender' of a foe closing its clause (敌军降了, 山贼终于降了): what falls is a "
        "level, a price or the sun",
        yes="敌军终于【降】了。",
        no="气温终于【降】了。",
        near_before="敌军 敌人 敌兵 叛军 守军 残兵 残敌 土匪 山贼 贼兵 俘虏",
        after="了 END",
    ),
    Rule(
        "jiang-fall-amount",
        "降",
        "jiang4",
        "'fall' by an amount (降了三度, 降了不少): surrendering (敌军降了) has no amount",
        yes="气温一下子【降】了十度。",
        no="敌军终于【降】了。",
        after="了",
        after2="NUM 不少 很多 许多 一些 一点 好几 几",
    ),
    Rule(
        "xiang-refuse",
        "降",
        "xiang2",
        "'surrender' refused unto death closing the clause (宁死不降, 死也不降, 誓死不降): a "
        "level that does not fall is set against a rise (不降反升)",
        yes="守城的将士宁死不【降】。",
        no="气温不【降】反升。",
        before="不",
        after="END",
        near_before="宁 死 誓死 宁死 拒",
    ),
    Rule(
        "jiang-against-rise",
        "降",
        "jiang4",
        "'fall' set against a rise in the same clause (不降反升, 不升反降, 有升有降): what "
        "surrenders does not rise",
        yes="今年的房价不【降】反升。",
        no="守城的将士宁死不【降】。",
        near_after="升 涨 增 上升 上涨 增加",
    ),
    Rule(
        "jiang-after-rise",
        "降",
        "jiang4",
        "the same 'fall' after its rise (不升反降, 先升后降)",
        yes="今年的成绩不升反【降】。",
        no="敌军终于【降】了。",
        near_before="升 涨 增 上升 上涨 增加",
    ),
    Rule(
        "jiao-corner",
        "角",
        "jiao3",
        "a corner or horn after the noun it belongs to (眉角, 桌角, 牛角; 嘴角 衣角 are "
        "words); jué 'role' lives in words (主角 角色)",
        yes="从眉【角】一直划到嘴边。",
        no="这支笔五【角】钱。",
        before="NOUN MORPHEME",
        not_before="NUM MEASURE",
    ),
    Rule(
        "pi-cleave",
        "劈",
        "pi1 cheng2",
        "劈成 'cleave into' pieces of a solid (劈成两半, 劈成几块, 劈成两截) is pī 'split with a "
        "blade'; pǐ 'divide' shares out (劈成两股线, 劈成两份)",
        yes="一刀把木头【劈】成两半。",
        no="把这股绳子【劈】成两股。",
        word="劈成",
        # and the strips and splints a blade splits wood or bamboo into (劈成细条, 劈成细细的
        # 篾片, 劈成木柴, 劈成柴火); strands of a thread are shared out (劈成细细的两股)
        near_after="半 两半 截 两截 块 几块 碎片 片 条 细条 长条 篾 篾片 篾条 竹篾 柴 木柴 细细 "
        "柴火 柴禾",
        not_near_after="股 两股 几股 份 两份",
    ),
    Rule(
        "bao-thin",
        "薄",
        "bao2",
        "the colloquial adjective 'thin' after a degree word (稍薄, 很薄; 薄弱 单薄 are words)",
        yes="边上稍【薄】。",
        no="掌握了【薄】谷开来的事",
        before=DEGREE + " 稍 ADV",
    ),
    Rule(
        "bao-thin-free",
        "薄",
        "bao2",
        "'thin' as a word by itself before a noun or closing the clause (一层薄冰, 薄被子, "
        "纸太薄了); bó 'meagre, slight' lives in words (薄弱 淡薄 如履薄冰)",
        yes="河上结了一层【薄】冰。",
        no="掌握了【薄】谷开来的事",
        after="NOUN END PARTICLE 的 了 一点 一些",
        not_after="NAME",
    ),
    Rule(
        "chao-court",
        "朝",
        "chao2",
        "'the court' before 中 or 内 (朝中大臣, 朝中大事, 朝内): zhāo 'morning' opens a clause "
        "before its verb (朝发夕至)",
        yes="皇帝年少，【朝】中大事都由丞相决定。",
        no="【朝】辞白帝彩云间。",
        after="中 内",
    ),
    Rule(
        "zhao-morning",
        "朝",
        "zhao1",
        "'in the morning' opening a clause before its verb (朝发白帝, 朝辞白帝, 朝闻道), often "
        "set against 暮 or 夕; cháo 'towards' takes a place or a person (朝我走来, 朝下看)",
        yes="【朝】辞白帝彩云间。",
        no="【朝】下看，水很深。",
        before="START",
        after="VERB1",
        not_after="上 下 里 外 前 后 左 右 东 南 西 北 着 中 内",
    ),
    Rule(
        "chong-towards",
        "冲",
        "chong4",
        "冲着 'towards, at' before a person (冲着它招手, 冲着我笑)",
        yes="小松鼠【冲】着它招手。",
        no="他【冲】进了房间。",
        after="着",
        after2="PRON PERSON",
    ),
    Rule(
        "chong-towards-thing",
        "冲",
        "chong4",
        "冲着 'towards, facing' a thing (冲着墙扇风, 冲着门口喊, 冲着山顶走): water and waves "
        "dash against what they wash, chōng (海浪冲着礁石)",
        yes="他站在窗前，【冲】着院子喊了一声。",
        no="海浪一下一下地【冲】着礁石。",
        after="着",
        after2="NOUN",
        not_near_before="*水 *浪 浪花 水流 激流 洪水 大水 潮水 水龙头 雨水",
    ),
    Rule(
        "chong-at-person",
        "冲",
        "chong4",
        "冲 'towards, at' a person before what is done at them (冲我笑了笑, 冲他点了点头, 冲大家"
        "喊): 'rush' (冲进, 冲过去) goes somewhere",
        yes="她【冲】我笑了笑。",
        no="他【冲】进了教室。",
        after="PRON PERSON",
        after2="VERB 点 笑 喊 叫 挥 招手 点头 摆手 眨 吼 嚷 发火 发脾气 瞪 竖 做 使",
    ),
    Rule(
        "chong-strong",
        "冲",
        "chong4",
        "冲 'strong, pungent' (这股味道很冲, 烟味太冲了) or 'blunt' (说话很冲) after a degree "
        "word, ending its clause: 'rush' has somewhere to go",
        yes="这股味道很【冲】。",
        no="他一下子【冲】了出去。",
        before=DEGREE,
        after="END PARTICLE 了 的",
    ),
    Rule(
        "zang-dirty",
        "脏",
        "zang1",
        "'dirty' by itself (又脏又乱, 弄脏了); zàng 'organ' lives in words (心脏 内脏)",
        yes="这里又【脏】又乱。",
        no="五【脏】六腑",
        after="HAN END PARTICLE",
        not_before="心 内 肝 肾 脾 肺 五",
    ),
    Rule(
        "pu-spread",
        "铺",
        "pu1",
        "the verb 'spread, lay' before its complement or quantity (铺上, 铺好, 铺在, 铺着, "
        "铺一层); pù 'shop, bunk' is a noun (包子铺, 店铺 床铺 铺子)",
        yes="地面【铺】上了地砖。",
        no="庆丰包子【铺】易地重开。",
        after="上 好 在 着 了 满 开 成 平 到 一 NUM 上去 上来 下去 下来 开来 过去 过来 进去 进 "
        "进来",
        not_before="NUM MEASURE DEM PREP",
        verb=True,
    ),
    Rule(
        "pu-spread-more",
        "铺",
        "pu1",
        "the verb 'spread, lay' after 多 or 少 'more, less' and before how much is laid (多铺一层"
        "稻草, 少铺两块砖), which pu-spread leaves alone after a numeral: a shop is counted by "
        "a measure before it (一间铺), never more of it laid",
        yes="地上太凉，再多【铺】一层纸板。",
        no="街口那家【铺】子卖的是杂货。",
        before="多 少 再多",
        after="一 NUM",
        verb=True,
    ),
    Rule(
        "pu-paved-with",
        "铺",
        "pu1",
        "'paved, laid' with the material named before it, then 的 or 成 (青石板铺的, 用砖铺成的): "
        "a shop, pù, is named after what it sells (杂货铺, 肉铺)",
        yes="院子里的小路是鹅卵石【铺】的。",
        no="街角新开了一家杂货【铺】。",
        before="石板 青石板 青石 板 砖 砖头 石头 木板 地板 瓷砖 水泥 沥青 柏油 石子 鹅卵石 地砖 "
        "大理石 草皮 地毯 *石 *砖",
        after="的 成 满 着 了",
        verb=True,
    ),
    Rule(
        "pu-spread-object",
        "铺",
        "pu1",
        "the verb 'spread, lay' before what it lays, opening a clause or after an adverb, a "
        "modal or its doer (铺菜的时候, 先铺床, 奶奶铺桌布): a shop (肉铺老板) comes after "
        "what it sells, and a bunk's inside (铺里) is a place",
        yes="【铺】菜的时候，最要紧的是压实。",
        no="肉【铺】老板还没开门。",
        before="START ADV MODAL PERSON 再 先 又 就 在 正在 去 来 帮 得 会 要 和 一起 还",
        after="NOUN",
        not_after="里 里面 内 中 上 下",
        verb=True,
    ),
    Rule(
        "pu-lay-object",
        "铺",
        "pu1",
        "the verb 'lay, spread' before what is laid (铺地砖, 铺砖, 铺桌布, 铺石板, 铺柏油路): "
        "the shop pù stands after a count or a description (一间小铺) and before what is in it "
        "or who keeps it (铺里, 铺老板)",
        yes="工人开始【铺】柏油路。",
        no="爷爷开了一间小【铺】。",
        # who lays it, the work begun, or where (院子里铺, 开始铺, 正在铺, 师傅铺): the shop
        # follows what it sells (包子铺) and ends place names (递铺街道, 河铺乡, 十里铺)
        before="START ADV MODAL VERB PRON PERSON 正在 里 上 中 边 *师傅 *们 *工 *匠",
        after="NOUN",
        not_after="里 内 中 外 前 后 旁 边 老板 老板娘 掌柜 伙计 东家 门口 门面 子 "
        "街道 乡 镇 村 社区 街",
        not_before="NUM MEASURE DEM ADJ",
        verb=True,
    ),
    # cpp23: 挑梁 a cantilever beam, and 挑大梁 'take the main role' (现代汉语词典 tiǎo dàliáng):
    # a beam is raised and held out, tiǎo; one picks or carries what is not built in
    Rule(
        "tiao-beam",
        "挑",
        "tiao3",
        "'hold up, raise' before a beam (挑梁 the cantilever beam, 挑着大梁): tiǎo as in "
        "挑大梁; tiāo 'choose, carry' takes what is picked or borne (挑西瓜, 挑水)",
        yes="阳台下面有两根【挑】梁。",
        no="他去井边【挑】水。",
        after="梁 大梁 横梁",
    ),
    Rule(
        "tiao-raise-brow",
        "挑",
        "tiao3",
        "'raise, lift up' before the brows or a thumb (挑眉, 挑眉毛, 挑大拇指): one chooses "
        "or carries a thing, one raises a brow",
        yes="他挑了【挑】眉毛。",
        no="他挑了【挑】西瓜。",
        after="眉 眉毛 眉头 大拇指 帘子 门帘",
    ),
    Rule(
        "tiao-raise-brow-brief",
        "挑",
        "tiao3",
        "the first 挑 of 挑了挑眉, 挑一挑眉毛: the brief action repeated before the brows",
        yes="刀客【挑】了挑眉。",
        no="他【挑】了挑西瓜。",
        after="了 一",
        after2="挑",
        near_after="眉 眉毛 眉头 大拇指",
    ),
    Rule(
        "tiao-carry-to-cpp",
        "挑",
        "tiao1",
        "'carry on a shoulder pole' before where the load goes (挑入宫中, 挑到集市上, 挑回家, "
        "挑进院子): tiǎo 'raise, poke' takes what it lifts or pokes (挑起帘子, 挑开, 挑破)",
        yes="农民把新摘的菜【挑】到集市上去卖。",
        no="他用竹竿【挑】起帘子。",
        after="入 进 进来 进去 到 回 回来 回去 往 向 上山 下山 回家",
        verb=True,
    ),
    Rule(
        "tiao-lift-with-tool",
        "挑",
        "tiao3",
        "'lift, poke' with a thin tool named before it (用筷子挑一团馅, 拿针挑刺, 用竹竿挑起): "
        "choosing, tiāo, is done with the eyes, not with a stick",
        yes="她用筷子【挑】了一点酱放在碗边。",
        no="她在菜摊上仔细地【挑】了两把青菜。",
        near_before="筷子 针 针尖 竹竿 竿子 牙签 刀尖 叉子 棍子",
        not_after="选 出来 好",
        verb=True,
    ),
    Rule(
        "tiao-lift-thread",
        "挑",
        "tiao3",
        "'lift, hook up' a thread, a wick or a stitch moved by 把 (把线挑过来, 把灯芯挑亮, 把线头"
        "挑出来): what is chosen, tiāo, is one of many (把好线挑出来 is left to the model)",
        yes="她用钩针把线【挑】过来，再绕一圈。",
        no="她把最红的苹果都【挑】走了。",
        near_before="线 毛线 线头 灯芯 灯花 针脚",
        after="过来 过去 起 起来 亮 开 上来 上去",
        verb=True,
    ),
    Rule(
        "tiao-poke-out",
        "挑",
        "tiao3",
        "'poke out' a splinter, a pit or a seed from what holds it (把刺挑出来, 把核挑出来, 把籽挑"
        "掉): picking the good ones, tiāo, names what is picked for keeping, not a splinter or "
        "a pit",
        yes="先在枣子上划一刀，把核【挑】出来。",
        no="他把烂的苹果都【挑】出来扔了。",
        after="出来 出 掉 干净",
        # (and the thread ends picked out of a seam: 线头挑出来)
        near_before="刺 核 籽 虫 沙子 鱼刺 木刺 线头 线头儿",
        verb=True,
    ),
    Rule(
        "tiao-poke-thread-ends",
        "挑",
        "tiao3",
        "'pick out' with a needle's point before what is picked (挑线头, 挑针脚, 挑水泡): "
        "choosing, tiāo, takes what is kept (挑西红柿, 挑一块布料)",
        yes="她戴上老花镜，坐在门口【挑】线头。",
        no="她在布店里【挑】了一块花布。",
        after="线头 线头儿 针脚 水泡 血泡 毛球",
        verb=True,
    ),
    Rule(
        "tiao-choose",
        "挑",
        "tiao1",
        "'choose, pick; carry on a pole' before what is chosen or carried or closing the "
        "clause (挑西红柿, 挑水, 挑一件, 随便挑); tiǎo 'raise, poke, stir up' lives in words "
        "(挑战 挑衅 挑拨)",
        yes="阿姨一边【挑】西红柿。",
        no="他用竹竿【挑】起帘子。",
        after="NOUN NUM PRON 一 几 好 了 着 出 中 的 END",
        not_after="起 开",
        verb=True,
    ),
    Rule(
        "tiao-choose-through",
        "挑",
        "tiao1",
        "'pick, sort' through things or out of them (一颗一颗挑过, 都得挑出来, 挑完了): what "
        "is poked out, tiǎo, is poked with something (用针把刺挑出来, 用竹竿挑开)",
        yes="旧书摊上的书，他一本一本都【挑】过了。",
        no="他用针把手上的刺【挑】出来。",
        after="过 出来 完",
        # (and the pit, seed or grain of dirt poked out of what holds it: 把核挑出来)
        not_near_before="刺 针 针尖 竿 竹竿 筷子 牙签 棍 棍子 刀尖 灯芯 用 拿 核 籽 虫 沙子",
        verb=True,
    ),
    Rule(
        "tiao-choose-whole",
        "挑",
        "tiao1",
        "'choose' the whole one or the ones of a size (挑整颗都红透的, 挑个头大的): what is "
        "poked or raised is named, not its size",
        yes="买西瓜要【挑】整个圆滚滚的。",
        no="他用竹竿【挑】起帘子。",
        after="整 整颗 整个 整只 整条 个头 个儿 个大 大个 大个儿",
        verb=True,
    ),
    Rule(
        "tiao-choose-kind",
        "挑",
        "tiao1",
        "'choose' the kind described by a phrase closed with 的 (挑活的, 挑熟的, 挑便宜的, "
        "挑新鲜的): what one picks is named by its quality; tiǎo 'raise, poke' takes 起/开/明",
        yes="买西瓜要【挑】熟的。",
        no="他用竹竿【挑】起门帘的一角。",
        after2="的",
        not_after="起 起来 开 明 破 拨 逗 衅 唆 动 战 灯 刺 头 事 大梁 NUM",
        verb=True,
    ),
    Rule(
        "juan-curly",
        "卷",
        "juan3",
        "卷卷的 'curly', the verb 'roll, curl' doubled into a description before 的/地 (尾巴卷卷"
        "的, 头发卷卷的): jieba takes each 卷 for a measure word, and volumes are not doubled",
        yes="尾巴【卷】卷的，脖子上系着红色项圈。",
        no="全书共分三【卷】。",
        after="卷",
        after2="的 地",
    ),
    Rule(
        "juan-curly-second",
        "卷",
        "juan3",
        "the second 卷 of the same 卷卷的",
        yes="尾巴卷【卷】的。",
        no="把旧地毯卷成两【卷】。",
        before="卷",
        after="的 地",
    ),
    Rule(
        "juan-roll",
        "卷",
        "juan3",
        "the verb 'roll up' before its complement (卷起来, 卷成, 卷着, 卷的时候); juàn "
        "'volume' is a noun (第一卷, 卷四)",
        yes="从长的一边【卷】起来。",
        no="《隋书》【卷】四",
        after="起 起来 成 成* 着 了 好 上 进 入 住 走 在 的 一 NUM 进去 进来 下去 出去 不 紧 回来 "
        "回去",
        not_after="NUM",
        not_before="NUM MEASURE DEM 第 试 答 考",
        verb=True,
    ),
    Rule(
        "juan-rolling-door",
        "卷",
        "juan3",
        "a door or blind that rolls up (铁卷门, 卷门, 卷帘: Taiwan 鐵捲門): a volume (卷 juàn) "
        "is counted or numbered, not hung in a doorway",
        yes="我把铁【卷】门拉起来。",
        no="这是第一【卷】。",
        after="门 帘 帘子 闸门",
        not_before="NUM MEASURE 第 试 答 考",
    ),
    Rule(
        "juan-perm",
        "卷",
        "juan3",
        "the curls of a perm (烫个卷, 烫了卷): what a hairdresser 烫 is curls, juǎn; a volume "
        "(juàn) is not permed, and 烫金 'gilt' on a volume is a word of its own",
        yes="她想去发廊烫个【卷】。",
        no="烫金封面的第二【卷】已经卖完了。",
        near_before="烫",
        not_before="NUM 第 试 答 考",
    ),
    Rule(
        "juan-roll-object",
        "卷",
        "juan3",
        "'roll (up)' before what is rolled or reeled (卷袖子, 卷落叶, 卷线器 'fishing reel'): "
        "the volume juàn is counted or numbered (三卷, 第二卷, 卷一)",
        yes="把【卷】线器装上竿子。",
        no="全书共分三【卷】。",
        after="NOUN",
        not_after="NUM",
        # exam papers are handed in, received and marked (受卷官, 收卷, 阅卷)
        not_before="NUM MEASURE DEM 第 试 答 考 受 交 收 阅 批 评",
    ),
    Rule(
        "juan-curl-complement",
        "卷",
        "juan3",
        "the verb 'curl, roll' before 得 and how much (纸受了潮，卷得厉害; 袖子卷得高高的): an "
        "exam paper or a volume is counted or shown before it (这份卷得了满分)",
        yes="这张海报放久了，四个角【卷】得厉害。",
        no="这份【卷】得了满分。",
        # and 得手 jieba glues when the rolling wore the hands out (卷得手都酸了)
        after="得 得手",
        not_before="NUM MEASURE DEM 份 张 试 考 答 阅 交",
        verb=True,
    ),
    Rule(
        "juan-roll-direction",
        "卷",
        "juan3",
        "'roll, reel' toward where it goes (往回卷, 往里卷, 向外卷), a verb jieba tags a numeral: "
        "a volume is numbered (往回翻到第三卷)",
        yes="他把钓线慢慢往回【卷】。",
        no="他往回翻到第三【卷】。",
        before="回 里 外",
        before2="往 向 朝",
        verb=True,
    ),
    Rule(
        "juan-roll-back-onto",
        "卷",
        "juan3",
        "'roll, reel' before where the rolled thing goes or ends (卷回线轴上, 卷进去, 卷成一团, "
        "卷紧), a verb jieba tags a numeral: a volume is counted, numbered or shown before it "
        "(第一卷到第三卷, 这卷到底讲什么)",
        yes="收工的时候，他把水管一圈圈【卷】回架子上。",
        no="这本小说的第一【卷】到现在还没出版。",
        after="回 回来 回去 进 进去 到 在 成 紧 住 上来 下来",
        not_before="NUM MEASURE DEM 第 试 答 考 受 交 收 阅 批 评 上 下 书 画 经",
        verb=True,
    ),
    Rule(
        "juan-roll-turns",
        "卷",
        "juan3",
        "the verb 'roll up' before how many turns (卷两道, 卷几圈, 卷一下): a volume is counted "
        "before it (两卷书) or numbered (第二卷)",
        yes="裤脚拖地了，你先【卷】两道再走。",
        no="这套书一共有两【卷】。",
        after="NUM 一 两 几",
        after2="道 圈 下 次 遍 层 折 下子",
        verb=True,
    ),
    Rule(
        "juan-roll-measure",
        "卷",
        "juan3",
        "the measure word of rolled things (两卷卫生纸, 这卷胶带, 一卷铁丝; 现代汉语词典 卷 juǎn "
        "'用于成卷儿的东西'): books and scrolls are counted juàn (三卷书)",
        yes="他买了两【卷】卫生纸。",
        no="他买了两【卷】书。",
        before="NUM DEM 几 每",
        after=ROLLS,
    ),
    Rule(
        "juan-roll-measure-one",
        "卷",
        "yi1 juan3",
        "the same measure word in the word 一卷 (一卷胶带), or where the clause rolled the "
        "thing up before counting it (卷成一卷一卷的, 卷成一卷): 'volume one' is a book's",
        yes="刨花卷成一【卷】一卷的。",
        no="书架上放着一【卷】古书。",
        word="一卷",
        near_before="卷 卷成 卷起 一卷",
    ),
    Rule(
        "juan-roll-measure-doubled",
        "卷",
        "yi1 juan3",
        "the measure word doubled (一卷一卷地, 一卷一卷的): curls and rolls that come one "
        "after another; volumes are counted by number (一卷古书, 第一卷)",
        yes="烟一【卷】一卷地往上冒。",
        no="书架上放着一【卷】古书。",
        word="一卷",
        after="一卷",
    ),
    Rule(
        "juan-roll-once-comma-then",
        "卷",
        "yi1 juan3",
        "一卷，就… 'it rolls once and at once…' with a comma before 就 (舌头一卷，就把叶子卷走了): "
        "a book's first volume is 第一卷",
        yes="小猫的舌头一【卷】，就把牛奶舔光了。",
        no="这部小说的第一【卷】，就写了他的童年。",
        word="一卷",
        not_before="第",
        after="END",
        after2="就 便 就把 便把",
    ),
    Rule(
        "juan-roll-once-then",
        "卷",
        "yi1 juan3",
        "一卷就… 'as soon as it is rolled': the verb between 一 and 就 (一卷就破, 一卷就散): a "
        "volume is counted, not followed by what happens at once",
        yes="这种纸太脆，一【卷】就裂。",
        no="书架上放着一【卷】古书。",
        word="一卷",
        after="就 便",
    ),
    Rule(
        "juan-roll-upward",
        "卷",
        "shang4 juan3",
        "往上卷 'roll up' where jieba glued 上卷 'volume one' (从下往上卷紧, 向上卷起来): a "
        "volume is not rolled tight or up",
        yes="把袖子往上【卷】起来。",
        no="这部小说分上【卷】和下卷。",
        word="上卷",
        near_before="往 向 朝",
    ),
    Rule(
        "juan-roll-measure-one-rolls",
        "卷",
        "yi1 juan3",
        "the word 一卷 before rolled things (一卷胶带, 一卷卫生纸)",
        yes="桌上有一【卷】胶带。",
        no="书架上放着一【卷】古书。",
        word="一卷",
        after=ROLLS,
    ),
    Rule(
        "juan-roll-measure-one-far",
        "卷",
        "yi1 juan3",
        "the word 一卷 counting a rolled thing named further on, after what it is for (一卷包书皮"
        "用的透明纸, 一卷刚买的胶带): a volume is a book's, and a book named in between keeps it",
        yes="他送了我一【卷】包书皮用的透明纸。",
        no="他送了我一【卷】讲造纸的古书。",
        word="一卷",
        near_after=ROLLS,
        not_near_after="书 古书 经 经书 画 字画 诗 诗集 文集 史书 手稿 讲",
    ),
    Rule(
        "juan-roll-measure-again",
        "卷",
        "juan3",
        "the measure word after a count where the clause rolled the thing up before counting "
        "it (把地毯卷成两卷, 卷成三卷): 'volume' is a book's",
        yes="把旧地毯卷成两【卷】。",
        no="全书共分三【卷】。",
        before="NUM 几",
        near_before="卷 卷成 卷起",
    ),
    Rule(
        "shan-fan",
        "扇",
        "shan1",
        "the verb 'fan, slap' before its complement or object (扇了几下, 扇风, 扇他一巴掌, "
        "扇起来); shàn is the noun (扇子, 扇状) and the measure word after a numeral (一扇门)",
        yes="他【扇】了几下扇子。",
        no="墙上有一【扇】窗户。",
        # and the fan it is done with (扇扇子, 扇蒲扇)
        after="了 着 过 起 起来 动 灭 风 一 几 PERSON PRON 得 不停 凉 扇子 蒲扇 芭蕉扇 大蒲扇",
        not_before="NUM DEM MEASURE",
        verb=True,
    ),
    Rule(
        "dan-load",
        "担",
        "dan4",
        "the measure word 'load carried on a pole' after a numeral (一担水, 两担米)",
        yes="他挑着一【担】水。",
        no="你别【担】心。",
        before="NUM DEM",
    ),
    Rule(
        "zuan-drill",
        "钻",
        "zuan1",
        "the verb 'drill, bore, get into' before its complement (钻了个洞, 钻进, 钻出来); zuàn "
        "is the noun (电钻 钻石 钻禧)",
        yes="老鼠在墙上【钻】了个洞。",
        no="维多利亚女王登基【钻】禧纪念",
        after="进 进去 进来 出 出来 了 着 过 入 到 一 个 NUM 得",
        not_before="NUM DEM MEASURE",
        verb=True,
    ),
    Rule(
        "zuan-burrow-toward",
        "钻",
        "zuan1",
        "'burrow, squeeze into' closing its clause after where one burrows, led by 往/向/朝 (一直"
        "往我怀里钻, 朝人群里钻): the drill zuàn is a tool one holds or buys (用电钻)",
        yes="小狗冷得直往被窝里【钻】。",
        no="他往墙上钻孔要用电【钻】。",
        near_before="往 向 朝",
        before="里 中 下 底下 内 里面 里头 *里 *中 *底下 *里面",
        after="END 了 着 呢",
        verb=True,
    ),
    Rule(
        "zuan-get-back",
        "钻",
        "zuan1",
        "'slip, crawl' before a direction back, down or over (钻回床底下, 钻下去, 钻过栏杆): "
        "the tool zuàn takes no direction",
        yes="小猫一头【钻】回床底下。",
        no="他用电【钻】在墙上打了个洞。",
        after="回 回去 回来 下 下去 下来 过 过去 上 上去 上来 过来 起来",
        # 一头钻回 'headlong': the numeral is no count of drills here
        not_before="DEM MEASURE 用 拿 电",
        verb=True,
    ),
    Rule(
        "zuan-drill-what",
        "钻",
        "zuan1",
        "the verb 'drill, bore, burrow' before what it goes into (钻牙, 钻孔, 钻墙, 钻被窝, 钻"
        "人群, 钻空子): the tool zuàn is held or used (用钻打孔, 一把钻)",
        yes="里面传出嗡嗡的【钻】牙声。",
        no="他用【钻】打孔。",
        after="牙 洞 孔 眼 眼儿 墙 山洞 被窝 人群 空子 牛角尖 木头 冰 地道 草丛 树林 桌子底下",
        # a demonstrative before it points past the verb phrase (那个钻牙的声音): a drill
        # has no teeth or holes after it
        not_before="NUM MEASURE 用 拿 电",
        verb=True,
    ),
    Rule(
        "cheng-weigh-brief",
        "秤",
        "cheng1",
        "the verb 'weigh' (Taiwan writes it 秤, the mainland 称) said twice, 秤一秤 秤了秤 'weigh "
        "it': the scale chèng is a noun and is not repeated round 一 or 了",
        yes="把这袋米放上去【秤】一秤。",
        no="把这袋米放到【秤】上。",
        after="一 了",
        after2="秤",
        verb=True,
    ),
    Rule(
        "cheng-weigh-brief2",
        "秤",
        "cheng1",
        "the second 秤 of 秤一秤 秤了秤 'weigh it', the same verb",
        yes="把这袋米放上去秤一【秤】。",
        no="他在市场上买了一杆【秤】。",
        before="一 了",
        before2="秤",
        verb=True,
    ),
    Rule(
        "cheng-weigh-done",
        "秤",
        "cheng1",
        "the verb 'weigh' (Taiwan writes it 秤) before an aspect or result (秤过, 秤了三斤, 秤好, "
        "秤一下): the scale chèng is a noun, which takes none of them",
        yes="店员把苹果放上去【秤】好，贴上价钱。",
        no="店员把苹果放到【秤】上。",
        after="过 了 好 完 一下 出 出来 得",
        not_before="的 杆 台 个 DEM",
        verb=True,
    ),
    Rule(
        "cheng-weigh-object",
        "秤",
        "cheng1",
        "the verb 'weigh' (Taiwan writes it 秤) before what is weighed, opening its clause or "
        "after an adverb or 帮 (秤鱼的时候, 先秤米, 帮我秤一下): the scale chèng is named after a "
        "measure or 的 (一杆秤, 他的秤)",
        yes="【秤】菜的时候，老板娘总会多给一把葱。",
        no="他的【秤】很准。",
        before="START 先 再 帮 来 去 给 要 正在 就 都 又",
        after="NOUN",
        # a place on the scale (秤上, 秤盘里) is the noun's
        not_after="上 下 里 旁 边 前 后 中 上面 下面 里面 旁边",
        not_before="的 杆 台 个 DEM NUM MEASURE",
        verb=True,
    ),
    Rule(
        "cheng-weigh-what",
        "秤",
        "cheng1",
        "the verb 'weigh' (Taiwan writes it 秤) after its doer, a modal or an adverb, before "
        "what is weighed or how (我先秤米, 教他秤料, 一克一克地秤准): the scale chèng follows a "
        "verb, a measure or 的 (用秤称, 一杆秤)",
        yes="我先【秤】米，再秤面。",
        no="老板娘用【秤】称了称。",
        before="PRON MODAL ADV 地",
        after="NOUN 料 *料 米 面 糖 盐 准 重量 体重 分量",
        # a demonstrative points at the scale itself (您这秤准不准, 那秤不准): jieba tags it
        # a pronoun
        not_before="这 那 哪 这个 那个 哪个 每",
        verb=True,
    ),
    Rule(
        "cheng-holding",
        "盛",
        "cheng2",
        "'hold, be filled with' before 着 and the amount or the stuff held (碗里盛着半碗饭, 杯里"
        "盛着清水): shèng 'flourishing' closes its clause or follows a word of degree (开得很盛)",
        yes="瓶子里【盛】着一些清水。",
        no="今年的荷花开得很【盛】。",
        after="着",
        after2="NUM 一 半 满 满满 NOUN",
        verb=True,
    ),
    Rule(
        "cheng-ladle",
        "盛",
        "cheng2",
        "the verb 'ladle, fill (a bowl)' before what is served or how much (盛饭, 盛了一碗, "
        "盛满); shèng 'flourishing' closes a clause or lives in words (盛开 茂盛)",
        yes="妈妈给我【盛】了一碗饭。",
        no="花开得正【盛】。",
        after="了 一 NUM 饭 汤 粥 满 在 到 回 上 出 进 好 NOUN 太 多 少 得 不下 不完 够 出来 起来 "
        "进去",
        # flourishing after a word of degree (开得太盛了, 正盛)
        not_before="很 太 更 最 真 挺 非常 十分 特别 正 极 那么 这么 越来越 比较",
        # cpp22: no period is ladled: before a season or period 盛 is shèng 'at its peak'
        # (盛花期 'full bloom', 盛果期, and 盛|水|期 as jieba cuts it), the model's to read
        not_after="NAME *期 *季",
        not_after2="期 季",
        verb=True,
    ),
    Rule(
        "sai-object",
        "塞",
        "sai1",
        "the verb 'stuff, cram' before what is stuffed, where it is stuffed or how being "
        "said before (往嘴里硬塞东西, 往他手里塞钱, 把钱塞...): a 塞 before a noun with "
        "neither is a transliteration (圣何塞市区, 塞西尔) or lives in words (边塞 堵塞)",
        yes="不要往嘴里硬【塞】东西。",
        no="十万人住在圣何【塞】市区。",
        after="NOUN PRON PERSON 东西",
        near_before="往 把 朝 硬 偷偷 使劲 拼命 悄悄",
        not_before="NAME 边 要 关 闭 堵 阻 茅",
        verb=True,
    ),
    Rule(
        "sai-stuff",
        "塞",
        "sai1",
        "the verb 'stuff, squeeze in, stop up' before its complement (塞住, 塞进, 塞给, 塞车); "
        "sài 'frontier pass' and sè 'block' live in words (边塞 要塞 堵塞 阻塞), and "
        "transliterations use sài (圣何塞)",
        yes="他把门【塞】住了。",
        no="圣何【塞】市区",
        after="住 进 进去 入 满 给 到 在 了 着 上 紧 车 回 回去 一 NUM 得 不 些 点",
        not_before="NAME 边 要 关 闭 堵 阻 茅",
        verb=True,
    ),
    Rule(
        "sai-jammed",
        "塞",
        "sai1",
        "'jammed' said of traffic, closing its clause after an adverb of time or degree (一上"
        "高速就开始塞, 这条路又塞了, 早上很塞): the frontier pass sài and the block sè live in "
        "words (边塞 阻塞)",
        yes="一上高架桥就开始【塞】，半天不动。",
        no="他们守着那座边【塞】。",
        before="开始 又 就 很 太 真 好 特别 一直 还在 正在 在 也 都 不 不会 才",
        after="END 了 啦 死 成",
        verb=True,
    ),
    Rule(
        "sai-stuff-with",
        "塞",
        "sai1",
        "'stuff, stop up' with what one stops it with before the complement (用毛巾塞住, 拿"
        "棉花塞紧), whatever jieba tagged the stuffing (it takes 毛巾 for a name): the frontier "
        "sài and the transliterations have no 用 before them",
        yes="他用毛巾【塞】紧了门缝。",
        no="他们用了一天才走到边【塞】。",
        near_before="用 拿",
        after="住 紧 满 好 上 进 进去",
        verb=True,
    ),
    Rule(
        "sai-plug",
        "塞",
        "sai1",
        "'plug, stopper' after what it is made of or for (火星塞, 橡皮塞, 软木塞), and the verb "
        "'stop up' after what is stopped (水管塞住): after a common noun 塞 is sāi; sài 'frontier' "
        "and sè 'block' live in words (边塞 要塞 堵塞), transliterations are names (圣何塞)",
        yes="我刚才把火星【塞】拆下来看。",
        no="十万人住在圣何【塞】市区。",
        before="NOUN",
        not_before="NAME 边 要 关 闭 堵 阻 茅 出",
        after="VERB ADV END 也 都 还 就 的 了 和 跟 PARTICLE",
    ),
    Rule(
        "ji-tie",
        "系",
        "ji4",
        "'tie, fasten' before what is tied or its complement (系鞋带, 系好, 系上, 系紧)",
        yes="他【系】好了鞋带。",
        no="他是中文【系】的学生。",
        after="好 上 紧 住 着 了 反 错 牢 死 结 个 鞋带 领带 安全带 围裙 扣子 绳子 " + SCARVES,
        verb=True,
    ),
    Rule(
        "ji-tie-scarf-before",
        "系",
        "ji4",
        "'tie' right after a scarf or neckerchief (丝巾系得很好看, 红领巾系歪了): a department "
        "系 xì follows the subject it teaches, never a scarf",
        yes="她的丝巾【系】得真好看。",
        no="红领巾是我们【系】的老师送的。",
        before=SCARVES,
        verb=True,
    ),
    Rule(
        "ji-tie-named-before",
        "系",
        "ji4",
        "'tie, fasten' with the thing tied named before it (鞋带都系反了, 领带怎么系, 安全带系"
        "了没有): a department 系 xì follows the subject it teaches (中文系)",
        yes="领带怎么【系】才好看？",
        no="他是中文【系】的学生。",
        near_before="鞋带 领带 安全带 围巾 围裙 丝带 红绳 绳子 带子 腰带 皮带 蝴蝶结 扣子",
        verb=True,
    ),
    Rule(
        "ji-tie-ba-onto",
        "系",
        "ji4",
        "'tie' what 把 moved onto where it is tied (把桶系在绳子上, 把马系在树下): what is "
        "'related' or a department has no 把 before it",
        yes="他把小船【系】在岸边的木桩上。",
        no="这件事和他没有关【系】。",
        near_before="把 将",
        after="在 到 上 好 住 紧 牢",
        verb=True,
    ),
    Rule(
        "ji-tie-onto",
        "系",
        "ji4",
        "'tie' onto a rope, a post or a wrist named after 在 (系在绳子上, 系在旗杆上, 系在手腕上): "
        "a department 系 xì is somewhere in a building (这个系在三楼)",
        yes="两个角都要【系】在旗杆的绳子上。",
        no="我们这个【系】在三楼。",
        after="在",
        near_after="绳 绳子 *绳 带子 树 树上 树枝 杆 *杆 杆子 柱子 木桩 桩 *桩 腰 腰上 腰间 "
        "脖子 手腕 腕 手腕上 脚腕 栏杆 船 船头 船尾 岸边 车 车尾 门把",
        verb=True,
    ),
    Rule(
        "ji-tie-on-body",
        "系",
        "ji4",
        "'tie' under the chin or onto a limb named after 在 (系在下巴底下, 系在脚上, 系在辫子"
        "上): a department 系 xì is in a building, not on a body",
        yes="那根红线一直【系】在她的脚上。",
        no="我们那个【系】在二楼。",
        after="在",
        near_after="下巴 腿 脚 脚上 脚踝 手上 胳膊 胳膊上 头上 头发 辫子 胸前 背后 身上",
        verb=True,
    ),
    Rule(
        "ji-tie-with-rope",
        "系",
        "ji4",
        "'tie' with the rope or thread named before it, before its complement (用麻绳把柿子系起来, "
        "拿细线系好): a department or a system 系 xì is not tied up or on",
        yes="他拿细绳把袋口【系】起来。",
        no="这捆麻绳是中文【系】借去的。",
        near_before="绳 *绳 线 *线 铁丝 毛线 丝线",
        after="起来 上 好 住 紧 牢 在 成 了 着",
        verb=True,
    ),
    Rule(
        "ji-tie-how",
        "系",
        "ji4",
        "'tie' with how tight or well it is tied (系得不紧, 系得很牢, 系得太松): a department "
        "系 xì is not tied",
        yes="小船【系】得不牢，被浪冲走了。",
        no="这个【系】得了第一名。",
        after="得",
        after2="不 紧 牢 松 结实 很 太 真 挺 不够",
        verb=True,
    ),
    Rule(
        "ji-how-many-metres",
        "几",
        "ji3 mi3",
        "几米 'how many metres, a few metres' (还剩几米, 走了十几米), a count before a unit, "
        "not the illustrator Jimmy (几米的绘本), whom CC-CEDICT records: his name is followed "
        "by what is his",
        yes="这根绳子还剩【几】米？",
        no="我最喜欢【几】米的绘本。",
        word="几米",
        not_after="的 绘本 漫画 画 作品 说",
    ),
    Rule(
        "qia-stuck",
        "卡",
        "qia3",
        "'be stuck, wedged' before 在 住 着 进 (鱼刺卡在喉咙里, 卡住了, 缝里卡着一粒石子); the "
        "card (卡 kǎ) is a noun after 的 or a numeral",
        yes="鱼刺【卡】在喉咙里。",
        no="我的【卡】在钱包里。",
        after="在 住 着 进",
        not_before="的 NUM MEASURE DEM",
    ),
    Rule(
        "fen-for-the-sake",
        "分",
        "fen4",
        "分上 fèn·shang 'for the sake of' after 的 (看在老朋友的分上, 冲着你的分上): 分 fēn "
        "'divide' takes what is divided, not 上",
        yes="看在老同学的【分】上，这次就算了。",
        no="把蛋糕【分】给大家。",
        before="的",
        after="上",
        near_before="看在 看 冲着 冲",
    ),
    Rule(
        "o-final-particle",
        "喔",
        "o5",
        "the particle closing a sentence (新手喔？, 要小心喔！), Taiwan's light o: wō is the "
        "rooster's crow, said twice (喔喔)",
        yes="外面下雨了，出门要带伞【喔】！",
        no="公鸡喔【喔】地叫。",
        before="HAN",
        after="END",
        not_before="喔",
    ),
    Rule(
        "long-lane-number",
        "弄",
        "long4",
        "弄 lòng 'lane' numbered in an address after its road (长宁路八百弄, 淮海路128弄): the "
        "verb 'make' is not counted, and a tune's 梅花三弄 names no road",
        yes="她家在长宁路八百【弄】。",
        no="这首曲子叫梅花三【弄】。",
        before="NUM",
        near_before="*路 *街 *巷 路 街 巷",
    ),
    Rule(
        "nong-make",
        "弄",
        "nong4",
        "the verb 'make, handle, get' before its result (弄干, 弄坏, 弄脏了, 弄清楚, 弄不好); lòng "
        "'lane' is a noun in place names",
        yes="蛇鹈会把羽毛【弄】干。",
        no="他家住在长乐路128【弄】。",
        after="干 坏 脏 湿 乱 好 丢 破 错 清楚 明白 懂 到 得 不 成 了 完 出 出来 回 回来 醒 哭 翻",
        verb=True,
    ),
    Rule(
        "qiang-choke",
        "呛",
        "qiang1",
        "'choke' on what went down the wrong way (呛了一口水, 呛着了奶, 呛到一大口海水): qiàng "
        "'irritate' is smoke or a smell in the nose and eyes (油烟呛得人直流眼泪, 呛鼻子)",
        yes="他喝得太急，【呛】了一口水。",
        no="厨房里的油烟【呛】得人直流眼泪。",
        after="了 着 到",
        near_after="水 海水 口水 饭 奶 汤 大口 一口 几口 口 茶 酒",
    ),
    Rule(
        "jin-effort",
        "劲",
        "jin4",
        "'strength, effort' standing alone at the end of a clause (使了半天劲, 没劲, 用足了劲): "
        "jìng 'strong, sturdy' describes what follows or lives in words (劲敌, 刚劲)",
        yes="为了搬这块石头，他费了好大的【劲】。",
        no="这次遇上了【劲】敌。",
        after="END PARTICLE 儿",
        # effort is spent, had or lacked (使了半天劲, 好大的劲, 没劲); a wind or a brush that is
        # strong says so of itself (霜风劲, 笔力劲): jìng
        before="VERB NUM MEASURE 的 有 没 没有 大 小 股 点",
    ),
    Rule(
        "nong-handle",
        "弄",
        "nong4",
        "the verb 'handle, deal with' closing a clause or after 难 好 别 不 (这件事最难弄。, 别弄"
        "了): lòng 'lane' follows a number in an address (长乐路128弄) or lives in words (弄堂)",
        yes="这根绳子打了死结，最难【弄】。",
        no="他家住在长乐路128【弄】。",
        before="难 好 别 不 没 ADV",
        not_before="NUM MEASURE",
        verb=True,
    ),
    Rule(
        "ai-suffer",
        "挨",
        "ai2",
        "'suffer, endure' before what is suffered (挨打, 挨骂, 挨饿, 挨了一顿批评)",
        yes="他又【挨】了一顿骂。",
        no="殿后紧【挨】岩壁。",
        after="打 骂 揍 饿 冻 批评 罚 训 刀 枪 了",
        verb=True,
    ),
    Rule(
        "ai-next",
        "挨",
        "ai1",
        "'be next to, close to' after 紧 or 相 (紧挨, 相挨; 挨着 is a word)",
        yes="殿后紧【挨】岩壁。",
        no="他又【挨】了一顿骂。",
        before="紧 相",
        verb=True,
    ),
    Rule(
        "ai-shoulder",
        "挨",
        "ai1",
        "'next to' shoulder by shoulder (挨肩坐着, 挨着肩膀; 现代汉语词典 挨肩儿 āijiānr): one "
        "suffers blows, not shoulders (挨打, 挨了一拳)",
        yes="两个人【挨】肩走进了会场。",
        no="他又【挨】了一顿揍。",
        after="肩 肩膀",
        verb=True,
    ),
    Rule(
        "ding-nail",
        "钉",
        "ding4",
        "the verb 'nail, sew on' before where or its complement (钉在墙上, 钉住, 钉好, 钉扣子); "
        "dīng is the nail (钉子)",
        yes="他把画【钉】在墙上。",
        no="墙上有一颗【钉】。",
        # and how often (钉一下, 钉两下): a count of times follows a verb
        after="在 上 住 进 到 好 了 扣子 钉子 牢 不 进去 上去 起来 得 完 歪 斜 死 满"
        " 一下 两下 几下",
        not_before="NUM MEASURE DEM",
        verb=True,
    ),
    Rule(
        "ding-nail-ba",
        "钉",
        "ding4",
        "the same verb after the object 把 moved before it, even where jieba made the object's "
        "last character a measure word (把窗帘|杆|钉在墙上): 把 needs a verb",
        yes="他把窗帘杆【钉】在墙上。",
        no="他把【钉】拔出来。",
        near_before="把 将",
        after="在 上 住 进 到 好 牢 进去 上去 得",
        not_before="NUM DEM 把 将",
        verb=True,
    ),
    Rule(
        "ding-nail-adverb",
        "钉",
        "ding4",
        "the verb 'nail' after an adverb or a modal (重新钉, 再钉一下, 要钉): an adverb "
        "describes an action, not the nail",
        yes="门框钉歪了，得重新【钉】。",
        no="鞋底钉了几颗【钉】。",
        before="MODAL 重新 再 又 也 都 就 才 还 先 不 别 只 已经 正在 还没 赶紧 赶快 马上 慢慢 "
        "轻轻 用力 一起 一块儿",
        verb=True,
    ),
    Rule(
        "ding-nail-there",
        "钉",
        "ding1",
        "the nail dīng that there is or is not, closing the clause (墙上还有钉吗, 盒子里没有钉了): "
        "有 takes a thing",
        yes="墙上还有【钉】吗？",
        no="他只【钉】了三颗。",
        before="有 还有 没有 都有 只有",
        after="END PARTICLE 了",
        noun=True,
    ),
    Rule(
        "ding-nail-with",
        "钉",
        "ding4",
        "the verb 'nail' closing its clause after the hand or tool it is done with (用手钉, "
        "拿锤子钉, 用钉枪钉): the nail dīng is counted (一颗钉) or named after 用/拿 itself",
        yes="有些地方得用手【钉】，才钉得结实。",
        no="墙上只剩一颗【钉】。",
        near_before="用 拿",
        after="END",
        not_before="NUM MEASURE DEM 用 拿 把 的 ADJ",
        verb=True,
    ),
    Rule(
        "ding-nail-gun",
        "钉",
        "ding1",
        "the nail dīng in the tool or part named after it (气钉枪, 钉枪, 钉帽 'nail head'): the "
        "verb dìng takes a place or a complement, not a gun",
        yes="他为什么不都用气【钉】枪？",
        no="他把木板【钉】在墙上。",
        after="枪 帽",
        noun=True,
    ),
    Rule(
        "zha-fry",
        "炸",
        "zha2",
        "'deep-fry' for a time or to a state (炸3分钟, 炸至金黄, 炸熟, 炸酥); zhà 'explode' "
        "lives in words (爆炸 炸弹 轰炸) or stands before 了 and its object",
        yes="翻身，续【炸】3分钟。",
        no="敌人【炸】了大桥。",
        after="NUM 至 到 熟 香 酥 脆 金黄 成 好",
        verb=True,
    ),
    Rule(
        "zha-fried-food",
        "炸",
        "zha2",
        "'deep-fried' before the food after a verb of selling, buying or eating (卖炸汤圆, "
        "吃炸鸡, 买了一份炸薯条): zhà 'blow up' has a target, not a dish bought or eaten",
        yes="我在一摊卖【炸】汤圆的前面排队。",
        no="敌人【炸】了大桥。",
        before="卖 买 吃 点 爱吃 想吃 份 盘 碗 块 些",
        after="NOUN",
    ),
    Rule(
        "zha-fried-dish",
        "炸",
        "zha2",
        "'deep-fried' before a food it names a dish of (炸丸子, 炸鸡腿, 炸带鱼, 炸油条): a "
        "bomb's target is a bridge or a building, not meatballs",
        yes="年夜饭有红烧鱼、炖鸡、【炸】丸子。",
        no="敌人【炸】了大桥。",
        after="丸子 鸡 鸡腿 鸡翅 鸡块 鱼 带鱼 小黄鱼 虾 油条 薯条 春卷 酱 排骨 肉 猪排 豆腐 "
        "年糕 馒头 花生 茄子 麻花 藕盒 里脊 鱼块 虾仁 蘑菇 汤圆 地瓜 红薯 白薯 土豆 芋头 洋葱 "
        "洋葱圈 四季豆 青菜 蔬菜 南瓜 韭菜 臭豆腐 鸡排 鸡米花 鱿鱼 虾饼 饺子 馄饨 包子 香蕉",
        verb=True,
    ),
    Rule(
        "zha-fry-portions",
        "炸",
        "zha2",
        "'deep-fry' a count of portions (一晚上炸上百盘, 炸了两份, 炸几串): what is blown up is "
        "not counted by the plate, and blows apart (炸开 炸碎 炸毁)",
        yes="每逢过年，奶奶都要【炸】上好几盘丸子。",
        no="他们用炸药【炸】开了两块大石头。",
        near_after="盘 份 碗 串 篮 袋 斤 包",
        not_after="开 碎 裂 毁 掉 死 伤 飞 断 塌 平",
        verb=True,
    ),
    Rule(
        "zha-fry-while",
        "炸",
        "zha2",
        "'deep-fry' as the one of two things done at once (一边炸一边聊天, 边炸边尝): 一边 "
        "names a task someone keeps at, and blowing up is not kept at while chatting",
        yes="她一边【炸】，一边跟客人聊天。",
        no="鞭炮在门口【炸】了一地红纸。",
        before="一边 边",
        # nor what is blasted while the road is built (一边炸山，一边修路)
        not_after="开 碎 裂 毁 掉 死 伤 飞 断 塌 平 山 桥 楼 房子 石头 岩石 碉堡 大坝 矿 城墙",
        verb=True,
    ),
    Rule(
        "zha-fry-taste",
        "炸",
        "zha2",
        "'deep-fry' where the clause goes on to how the food tastes or looks (炸出来特别香, 炸得"
        "外酥里嫩, 炸到金黄): an explosion is loud or wide, not crisp or fragrant",
        yes="这种小鱼【炸】出来特别香。",
        no="鞭炮在门口【炸】得震天响。",
        near_after="香 脆 酥 香脆 酥脆 好吃 金黄 焦黄 嫩 外酥里嫩 可口 入味",
        not_after="开 碎 裂 毁 掉 死 伤 飞 断 塌 平",
        verb=True,
    ),
    Rule(
        "zha-fry-brief",
        "炸",
        "zha2",
        "the repeated 炸 of 炸一炸, 炸了炸 'fry it a little' (先把自己炸一炸): a brief repeated "
        "action is frying; blowing up is not done 'a little'",
        yes="让我先把自己炸一【炸】。",
        no="敌人【炸】了大桥。",
        before="一 了",
        before2="炸",
        verb=True,
    ),
    Rule(
        "zha-fry-food-named",
        "炸",
        "zha2",
        "'deep-fry' a food named just before it, with a complement (丸子先炸出来, 鸡翅炸透了, "
        "花生炸一下): what is blown up is a bridge or a rock (把石头炸出来)",
        yes="鸡翅要先【炸】透，再裹上酱汁。",
        no="工人把山上的石头【炸】出来。",
        near_before="丸子 肉丸 鸡 鸡块 鸡腿 鸡翅 鱼 鱼块 虾 排骨 薯条 油条 春卷 豆腐 花生 茄子 "
        "酥肉 带鱼 麻花 年糕 馒头 地瓜 红薯 里脊",
        after="出来 出 透 一下 好 熟 过 了",
        not_near_before="把 将",
        verb=True,
    ),
    Rule(
        "zha-fresh-24",
        "炸",
        "zha2",
        "'fried on the spot' after 现 (现炸的鸡排, 现炸现卖): 现 'there and then' goes with "
        "making food (现做 现煮 现烤); nothing is blown up 'on the spot' with 现 (现场 is a word)",
        yes="跟现【炸】的差不了多少。",
        no="那座旧桥被【炸】了。",
        before="现",
        verb=True,
    ),
    Rule(
        "zhaguo-fryer",
        "炸",
        "zha2 guo1",
        "炸锅 'fryer' after what kind it is, a measure or a verb that uses it (气炸锅 cut 气|炸锅, "
        "油炸锅, 一个炸锅, 用炸锅): the uproar zhàguō follows who is in uproar and an adverb "
        "(网上就炸锅了, 全场都炸锅了)",
        yes="要吃的时候用气【炸】锅热五分钟。",
        no="消息一出，网上就【炸】锅了。",
        word="炸锅",
        before="气 空气 油 电 用 买 买了 新 旧 的 个 台 NUM MEASURE DEM",
    ),
    Rule(
        "jin-all",
        "尽",
        "jin4",
        "the adverb 'all, entirely' before a verb (尽交他保管, 尽收眼底); jǐn 'to the utmost' "
        "lives in words (尽量 尽快 尽早 尽管)",
        yes="所有公文账箱【尽】交唐廷桂保管。",
        no="你【尽】着他先挑。",
        # 尽得 'gained all of' (尽得其法): jieba tags the verb 得 a particle
        after="VERB 得",
        not_after="着",
        not_before="VERB",
    ),
    Rule(
        "o-particle",
        "哦",
        "o5",
        "the sentence-final particle closing a clause (记得来哦, 多重签名哦); ò/ó 'oh' opens one",
        yes="有女友的多重签名【哦】。",
        no="【哦】，原来是你。",
        before="HAN",
        after="END",
    ),
    Rule(
        "hong-coax",
        "哄",
        "hong3",
        "'coax, soothe, fool' before a person or its complement (哄孩子, 哄他入睡, 哄了半天); "
        "hōng and hòng live in words (哄堂大笑 起哄)",
        yes="他讲故事【哄】他入睡。",
        no="大家一【哄】而散。",
        after="PERSON NOUN 了 着 好 睡 得",
        not_before="一 起",
        verb=True,
    ),
    Rule(
        "hong-coax-while",
        "哄",
        "hong3",
        "'coax, soothe' in 一边哄一边… (she soothed the child while asking): the uproar hòng is "
        "a noun or a word (起哄, 一哄而散), and no one does it while doing something else",
        yes="孩子哭个不停，她一边【哄】一边收拾东西。",
        no="大家一【哄】而散。",
        before="一边 边 又",
        verb=True,
    ),
    Rule(
        "hong-coax-how",
        "哄",
        "hong3",
        "'coax, soothe' after how or how often it is tried (怎么哄都不行, 都哄不好, 再哄一会儿, "
        "得哄着): the uproar hōng or hòng is a word of its own (哄堂大笑, 起哄, 一哄而散)",
        yes="小家伙哭个不停，奶奶怎么【哄】也没用。",
        no="大家一【哄】而散。",
        before="怎么 怎样 咋 都 也 再 还 得 要 会 去 来 先 别 难",
        verb=True,
    ),
    Rule(
        "he-shout",
        "喝",
        "he4",
        "'shout' before 一声 (大喝一声); hē 'drink' takes what is drunk",
        yes="他大【喝】一声。",
        no="他【喝】了一口水。",
        after="一声",
    ),
    Rule(
        "li-particle",
        "哩",
        "li5",
        "the sentence-final particle closing a clause (做哩, 还早哩); lǐ is the old mile (英哩)",
        yes="俺还有铁匠手艺做【哩】！",
        no="走了三英【哩】路。",
        before="HAN",
        after="END",
        not_before="英 NUM",
    ),
    Rule(
        "kan-mind",
        "看",
        "kan1",
        "'mind, watch over' a stall, shop or luggage for someone (帮忙看摊, 替他看店, 帮我看"
        "行李); kàn 'look at' is what one does to a shop one visits (去看店里的衣服)",
        yes="儿子常来帮忙【看】摊。",
        no="我去【看】店里的新衣服。",
        near_before="帮 帮忙 替",
        after="摊 摊子 摊位 摊儿 铺子 店 店铺 行李",
    ),
    Rule(
        "kan-mind-stall",
        "看",
        "kan1",
        "'mind' a stall, whoever asked (我负责看摊, 轮流看摊子): a stall is minded; one looks at "
        "what is on it (看摊上的水果)",
        yes="爸妈去进货，我一个人在家门口【看】摊。",
        no="我们先去【看】看摊上的水果。",
        after="摊 摊子 摊儿",
    ),
    Rule(
        "kan-mind-luggage",
        "看",
        "kan1",
        "'mind' luggage, whoever asked (看行李, 负责看行李): luggage is watched over, and "
        "looked at only with a word of looking (看一下行李, 看看行李箱)",
        yes="你去买票，我在这儿【看】行李。",
        no="海关要【看】一下行李。",
        after="行李",
    ),
    Rule(
        "kan-mind-durative",
        "看",
        "kan1",
        "the same with the durative 着 (帮你看着摊子, 替我看着行李)",
        yes="你放心，我帮你【看】着摊子。",
        no="他帮我【看】着地图找路。",
        near_before="帮 帮忙 替",
        after="着",
        # or a child, an animal or a door in one's charge (帮我们看着小狗)
        after2="摊 摊子 摊位 摊儿 铺子 店 店铺 行李 " + MINDED,
    ),
    Rule(
        "kan-mind-keep",
        "看",
        "kan1 hao3",
        "看好 'keep an eye on, look after' a child, a door or one's things (看好弟弟, 看好孩子, "
        "看好你的行李); kàn hǎo 'think promising' takes a prospect (看好这家公司)",
        yes="妈妈放心，我会【看】好弟弟的。",
        no="专家都【看】好这家公司。",
        word="看好",
        after=IN_CHARGE,
        near_before="MODAL 帮 替 给 得 你 你们 要 会 一定 记得 记住",
    ),
    Rule(
        "kan-mind-keep-told",
        "看",
        "kan1 hao3",
        "看好 'look after' as a task handed to someone by 让 or 叫 (让我看好门, 叫他看好孩子): "
        "what is minded is a door, a child or a thing; a person after it is the one thought "
        "promising (让大家更看好他们 kàn)",
        yes="妈妈出门前叫我【看】好弟弟。",
        no="这场胜利让大家更【看】好他们。",
        word="看好",
        before="PRON PERSON",
        before2="让 叫",
        after=MINDED,
    ),
    Rule(
        "kan-guard-hold",
        "看",
        "kan1",
        "'keep watch on, hold' before 住, 紧 or 牢 (看住对方的前锋, 看紧孩子, 看不住): the "
        "look kàn takes what is seen (看住处 is 看|住处)",
        yes="你的任务就是【看】住他们的七号。",
        no="我们先去【看】住处，再决定租不租。",
        after="住 紧 牢 不住 住了",
    ),
    Rule(
        "kan-mind-keep-cut",
        "看",
        "kan1",
        "the same 看好 where 看 and 好 are cut apart (记得看好孩子, 要看好门)",
        yes="出门的时候，记得【看】好孩子。",
        no="我们都【看】好这支球队。",
        after="好",
        after2=IN_CHARGE,
    ),
    Rule(
        "kan-mind-charged",
        "看",
        "kan1",
        "'watch over' with the durative 着 after the duty or turn it is (负责看着那几只狗, 轮流看着"
        "孩子, 专门看着这些病人): what is minded follows, a charge or one pointed at; a screen "
        "or a meter is looked at (负责看着屏幕 kàn)",
        yes="晚上我们轮流【看】着那几只刚做完手术的猫。",
        no="他负责【看】着屏幕上的数字。",
        before="负责 轮流 专门",
        after="着",
        after2=IN_CHARGE + " DEM 那些 这些 那几 这几",
    ),
    Rule(
        "pi-sound-word",
        "劈",
        "pi1",
        "the first syllable of the sound word 劈哩啪啦 (Taiwan's spelling of 噼里啪啦) cut apart "
        "from it: pī, as in 噼啪; pǐ 'divide' takes what is shared out (劈成两股)",
        yes="炉子里的木柴烧得【劈】哩啪啦的。",
        no="把这股绳子【劈】成两股。",
        after="哩 里",
        after2="啪 啪啦",
    ),
    Rule(
        "li-sound-word",
        "哩",
        "li5",
        "the middle syllable of the sound word 噼哩啪啦 or 劈哩啪啦 cut apart from it (Taiwan's "
        "spellings of 噼里啪啦 pīlipālā): light, as there, not lǐ 'mile'",
        yes="雨点打在铁皮屋顶上，噼【哩】啪啦地响。",
        no="他跑了三英【哩】。",
        before="噼 劈",
        after="啪 啪啦",
    ),
    Rule(
        "fa-hair-split-verb",
        "发",
        "fa4",
        "the hair of 理发 with the verb split from it (理完发, 理了发, 理个发): jieba tags 理 a "
        "noun and the lone 发 a verb 'send'; fā is sent or handed out after its doer (给大家发了)",
        yes="我下班去理个【发】。",
        no="老师给大家【发】了试卷。",
        before="了 个 完 过 好",
        before2="理",
    ),
    Rule(
        "fa-hair-loose",
        "发",
        "fa4",
        "the hair fà of a word the lexicon lacks after how it is treated or lost (碎发, 掉发, "
        "烫发): 发 fā 'send, issue' takes what is sent or where it goes (发消息, 发给我)",
        yes="他的衣领上沾满了碎【发】。",
        no="他把剪好的视频【发】给了我。",
        before="碎 掉 脱 剪 染 烫 洗 护 假 湿",
        not_after="NOUN PRON PERSON NUM MEASURE NAME 了 给 出 到 过 着 出去 出来 个 一",
    ),
    Rule(
        "la-sound-word",
        "啦",
        "la1",
        "the last syllable of a sound word cut apart from it (劈哩|啪|啦, 哗|啦): after a "
        "sound syllable 啦 is lā, as in the words 噼里啪啦 and 哗啦; the particle follows what "
        "is said (下雨啦)",
        yes="冰雹打在铁皮屋顶上劈哩啪【啦】。",
        no="哎呀，外面下雨【啦】！",
        before="ONOM 啪 哗 呼 呱 嘩",
    ),
    Rule(
        "la-particle",
        "啦",
        "la5",
        "the sentence particle closing a clause (知道啦, 走啦); lā lives in words (啦啦队), "
        "names (哆啦) and the sung la la la",
        yes="小华：知道【啦】。",
        no="他们一起帮忙找哆【啦】。",
        before="HAN",
        after="END PARTICLE",
        not_before="啦 啦啦 哆 *啦",
        not_after="啦 啦啦 *啦",
    ),
    Rule(
        "zhangchang-grow-long",
        "长",
        "zhang3 chang2",
        "长长 'grow long', the verb and its result, before 了 or how much (头发长长了, 等指甲长长"
        "一点): the reduplicated adjective 长长 cháng cháng describes a noun (长长的头发)",
        yes="刘海【长】长了，有点扎眼睛。",
        no="她留着【长】长的头发。",
        word="长长",
        after="了 一点 一些 点 些 不少 很多",
    ),
    Rule(
        "changfa-given-name",
        "长",
        "chang2 fa1",
        "长发 after a surname is a given name, and given names take 发 fā 'prosper' (李长发, "
        "王长发), never fà 'hair'",
        yes="摊主李【长】发正忙着给顾客称重。",
        no="她留着一头【长】发。",
        word="长发",
        before="SURNAME",
    ),
    Rule(
        "pao-brew-a-cup",
        "泡",
        "pao4",
        "'steep, brew, soak' before a count of what holds it (泡一杯咖啡, 泡两壶茶, 泡一碗面): "
        "pāo 'puffy; a bubble's measure' counts what bulges (一泡尿 is a count after 一)",
        yes="他每天早上都要【泡】一壶茶。",
        no="孩子憋了一【泡】尿。",
        after="一 NUM 两 几",
        after2="杯 壶 碗 包 缸 盆 桶 *杯 *壶 *碗",
        verb=True,
    ),
    Rule(
        "pao-dig",
        "刨",
        "pao2",
        "'dig, dig up' before what is dug or its complement (刨坑, 刨出, 刨土, 刨塌); bào "
        "'plane (wood)' takes wood",
        yes="在地上【刨】坑。",
        no="他用刨子【刨】木板。",
        after="坑 出 出来 土 地 开 塌 洞",
        verb=True,
    ),
    Rule(
        "bao-plane",
        "刨",
        "bao4",
        "'plane, shred' before its result (刨成丝, 刨平, 刨光, 刨薄): a plane or a grater "
        "shapes; páo 'dig' takes a hole or the ground",
        yes="把萝卜【刨】成丝。",
        no="小狗在地上【刨】坑。",
        after="成 丝 平 光 薄 片 木头 木板",
        verb=True,
    ),
    Rule(
        "pao-dig-near",
        "刨",
        "pao2",
        "'dig, paw' where the clause names a hole or what is dug up (刨了个坑, 刨土, 刨红薯, "
        "刨树根; 现代汉语词典 刨 páo): a plane shapes wood, bào",
        yes="小狗在院子里【刨】了个坑。",
        no="师傅在阳台上【刨】木板。",
        not_after="成 平 光 薄 片",
        near_after="坑 洞 土 泥 泥土 地 红薯 土豆 花生 树根 根 坟 雪 坑儿 洞儿",
        not_near_after="木 木板 木头 板 板子 刨花",
        verb=True,
    ),
    Rule(
        "jiao-sleep",
        "觉",
        "jiao4",
        "the noun 'sleep' after 睡 in the clause (睡不好觉, 睡了一觉, 睡个好觉); jué 'feel' "
        "lives in words (觉得 感觉 发觉)",
        yes="晚上睡不好【觉】。",
        no="他一点也不【觉】累。",
        near_before="睡",
    ),
    Rule(
        "jiao-a-sleep",
        "觉",
        "yi1 jiao4",
        "一觉 'a sleep' after 睡 or before waking (睡一觉再想, 一觉醒来, 一觉睡到天亮): jué "
        "'feel, become aware' takes what is felt (一觉得冷就加衣服, cut 一|觉得)",
        yes="累了就先睡一【觉】。",
        no="他一【觉】得不对劲，马上停了下来。",
        word="一觉",
        before="睡 睡了 好好睡 美美地睡 START",
    ),
    Rule(
        "jiao-catch-up",
        "觉",
        "jiao4",
        "the noun 'a sleep' after 个 and a verb of catching up or snatching sleep (补个觉, 眯个觉,"
        " 歇个觉): jué 'feel' does not take a measure",
        yes="夜班下来，他先回宿舍补个【觉】。",
        no="补了半天，她还是【觉】不出哪里不对。",
        before="个",
        near_before="补 眯 歇 打",
    ),
    Rule(
        "pu-spread-all-over",
        "铺",
        "pu1",
        "the verb 'spread' before 满 'all over' and what covers (在铺满落叶的路上, 墙上铺满瓷砖): "
        "the shop pù is a noun, and 满 after it is 满是 'full of' or the 满 of a count",
        yes="孩子们躺在【铺】满落叶的草坡上。",
        no="那间杂货【铺】满是灰尘。",
        after="满",
        not_after2="是",
    ),
    Rule(
        "cheng-weigh-again",
        "秤",
        "cheng1",
        "the verb 'weigh', which Taiwan writes 秤, after 重 or 再 'again' (重秤, 再秤一次): the "
        "scale chèng is a noun after a verb or a measure (抬上秤, 一杆秤, 三台计重秤)",
        yes="分量不对，拿回去重【秤】一次。",
        no="老板把篮子放上【秤】。",
        before="重 再",
        # an adverb, a modal or a going back before it (都得重秤, 拿回去重秤): a scale that
        # weighs by weight (计重秤) has a verb there
        before2="ADV MODAL PRON START 得 去 回去 来",
    ),
    Rule(
        "jiao-counted",
        "觉",
        "jiao4",
        "the noun 'a sleep' counted (一觉能睡到中午, 这两觉); jué 'feel' lives in words "
        "(一觉得冷 is 一 + 觉得)",
        yes="他一【觉】能睡到中午。",
        no="他一点也不【觉】累。",
        before="一 两 几 半",
    ),
    Rule(
        "jiao-counted-woke",
        "觉",
        "jiao4 xing3",
        "a sleep counted before 醒 'wake', where jieba glues 觉醒 'awaken' (一觉醒来, 两觉醒"
        "了三回): an awakening of a people or of the mind is a noun after 的 or a verb",
        yes="他一【觉】醒来，天已经大亮了。",
        no="那本小说写的是一个女人的【觉】醒。",
        word="觉醒",
        before="一 两 几 半",
    ),
    Rule(
        "jiao-sleep-fronted",
        "觉",
        "jiao4",
        "the noun 'sleep' put before its verb 睡 (觉要睡够, 觉还没睡醒, 这觉睡得真香): jué "
        "'feel' takes what is felt (觉不出累)",
        yes="我跟你说过多少遍了，【觉】要睡够。",
        no="他一点也不【觉】累。",
        near_after="睡 睡够 睡好 睡足 睡醒 睡饱",
        not_before="PERSON 不 没 也 都 就 才 自",
    ),
    Rule(
        "nan-hard",
        "难",
        "nan2",
        "'difficult' after a degree word or negation (并不难, 很难, 太难了); nàn 'disaster' "
        "lives in words (灾难 遇难 难民)",
        yes="其实补胎并不【难】。",
        no="他们在【难】中互相帮助。",
        before=DEGREE,
    ),
    Rule(
        "nan-hard-predicate",
        "难",
        "nan2",
        "'difficult' closing the clause after what is hard (这道题难, 这玩意儿难吗); nàn "
        "'disaster' follows a verb of meeting or fleeing it (有难, 遇难, 避难)",
        yes="过去总觉得这玩意儿【难】。",
        no="朋友有【难】，大家都来帮忙。",
        after="END 了 吗 呢 啊 吧 啦 极了",
        not_before="有 遇 避 逃 受 落 赴 解 救 危 苦 患 排 发 殉 罹 灾 国 大 空 责 刁 留",
    ),
    Rule(
        "meiguo-not-past",
        "没",
        "mei2 guo4",
        "没过 'before (a while) had passed' before a length of time (没过一会儿, 没过几天, "
        "没过多久); mòguò 'submerge' takes what is covered (水没过膝盖)",
        yes="大棚里又闷又热，【没】过一会儿就出汗了。",
        no="河水【没】过了膝盖。",
        word="没过",
        after="NUM 一会儿 会儿 几 几天 多久 多少 两",
    ),
    Rule(
        "cang-hide",
        "藏",
        "cang2",
        "the verb 'hide, keep' before where or its complement (藏在, 藏着, 藏起来, 藏好); zàng "
        "'Tibet, treasure' lives in words (西藏 宝藏 藏族)",
        yes="草莓【藏】在绿油油的叶子底下。",
        no="川【藏】公路",
        # and how much is hidden or kept back (多藏一些吃的, 藏一点钱)
        after="在 着 了 起 起来 好 进 进去 到 住 于 得 一些 一点 一点儿 些 点",
        verb=True,
    ),
    Rule(
        "cang-after-suo",
        "藏",
        "cang2",
        "the verb 'keep, store' after the particle 所, which only ever stands before a verb "
        "(博物馆所藏的青铜器, 家中所藏古籍)",
        yes="他把家中所【藏】古籍都捐给了图书馆。",
        no="这些文物都来自西【藏】。",
        before="所",
        verb=True,
    ),
    Rule(
        "cang-hide-after-modal",
        "藏",
        "cang2",
        "the verb 'hide, keep back' after a modal verb or an adverb, which only stand before a "
        "verb (起笔要藏锋, 他想藏私房钱, 偷偷藏了一块糖); Tibet zàng stands in words (西藏 藏族) "
        "or after a verb of going there (进藏, 援藏)",
        yes="起笔要【藏】锋，笔尖先往反方向一顶。",
        no="他们明年打算进【藏】旅游。",
        before="MODAL ADV 偷偷 悄悄 偷偷地 悄悄地",
        verb=True,
    ),
    Rule(
        "mei-not-received",
        "没",
        "mei2 shou1",
        "没 'not' before 收到 'receive', which jieba cuts 没收|到 (我还没收到回信): 没收 "
        "'confiscate' takes no complement 到",
        yes="快递到现在还【没】收到。",
        no="违禁物品一律【没】收。",
        word="没收",
        after="到",
        not_before="被",
    ),
    Rule(
        "mu-mold-place",
        "模",
        "mu2",
        "模 mú 'mould' as a thing of its own before where in it (倒进龟模里, 压在模上): mó lives "
        "in words (模型 模仿 模范), which jieba keeps whole",
        yes="把面团放进木头刻的糕【模】里压一压。",
        no="这个飞机【模】型做得很像。",
        after="里 上 中 里面 上面 内 子里",
    ),
    Rule(
        "mo-submerge-to",
        "没",
        "mo4",
        "'submerge, come up to' a part of the body after what can or nearly does (泥巴能没到脚踝, "
        "雪快没过膝盖): 'has not reached' takes 还 or 都 before it (水还没到腰)",
        yes="雪下得真大，快【没】到膝盖了。",
        no="水还【没】到腰，大家别慌。",
        before="能 会 可以 快 足以 足足 几乎 差不多 直 一直",
        after="过 到",
        after2="膝盖 膝 脚踝 脚面 脚背 腰 腰部 胸口 胸 脖子 头顶 头 小腿 大腿 腿 鞋 鞋面 鞋帮 "
        "肩膀 肩 下巴 车轮 轮胎 半腰",
    ),
    Rule(
        "mei-not",
        "没",
        "mei2",
        "'not have, not' by itself (淹没 没收 are words)",
        yes="天还【没】亮。",
        no="淹【没】",
        after="HAN",
    ),
    Rule(
        "wai-sprain",
        "崴",
        "wai3",
        "'sprain, twist' before its aspect, result or the foot (崴了脚, 崴着了, 崴伤); wēi "
        "lives in the literary word 崴嵬 'lofty' and in names (王崴)",
        yes="下楼梯的时候她【崴】了脚。",
        no="群山【崴】嵬，云雾缭绕。",
        after="了 着 过 到 伤 脚 一下 得",
    ),
    Rule(
        "du-commander-cpp",
        "都",
        "du1",
        "都 dū 'chief' in the Ming title 都指挥使 (四川都指挥使), which jieba cuts 都|指挥|使: "
        "the adverb dōu before the verb 指挥 takes what is conducted (他们都指挥过乐队)",
        yes="他后来升任四川【都】指挥使。",
        no="他们【都】指挥过大型乐队。",
        after="指挥",
        after2="使 使司",
    ),
    Rule(
        "du-capital",
        "都",
        "du1",
        "the verb 'have one's capital at' before a place name closing the clause (东汉都洛阳, "
        "还都南京); the adverb dōu goes before a verb or a predicate (他们都在北京)",
        yes="西汉定都长安，东汉【都】洛阳。",
        no="他们还【都】在北京。",
        after="PLACE",
        after2="END",
    ),
    Rule(
        "du-city-reached",
        "都",
        "du1",
        "都 dū 'capital' closing a one-character city name after a verb of going or staying "
        "(运到许都那天, 迁到邺都以后, 在洛都的时候): the adverb dōu comes before what it sums up, "
        "a verb or a state (到这都没人管, 在家都干什么)",
        yes="大军一路开到许【都】城下。",
        no="到了晚上【都】没人来。",
        # 许 'about' is a numeral to jieba's dictionary
        before="CHAR1 许",
        before2="到 在 去 回 迁 抵 至 进 入 攻 往 向 离开 攻下 攻入 进入 回到 来到",
        not_before="PRON PERSON 家 这 那 时 上 里 后 前 边 头",
        not_after="VERB ADV ADJ MODAL PREP 是 有 没 不 也 还 很 一样 一起 了",
    ),
    Rule(
        "dou-all",
        "都",
        "dou1",
        "the adverb 'all, already' by itself (首都 都市 are words)",
        yes="谁【都】能包得又快又好。",
        no="福建【都】指挥使司",
        after="HAN",
        not_before="NAME",
    ),
    Rule(
        "dou-all-after-name",
        "都",
        "dou1",
        "the adverb after a word jieba takes for a name (东西都还在, jieba's 东西/ns) before an "
        "adverb or a verb: the capital dū stands before its place (东汉都洛阳) or in words "
        "(成都 首都)",
        yes="他们说里面的东西【都】还能用。",
        no="西汉定都长安，东汉【都】洛阳。",
        before="NAME",
        after="ADV VERB MODAL 是 不 没 没有 已经 还 也 很 在",
    ),
    Rule(
        "dou-all-will",
        "都",
        "dou1 hui4",
        "都会 cut as one word before a verb is 'all/even ... will' (连碟盘都会刮伤, 大家都会来); "
        "dūhuì 'metropolis' is a noun, before a noun or 的 and after a verb (享受都会生活)",
        yes="再开下去，连碟盘【都】会刮伤。",
        no="台北【都】会区的房价很高。",
        word="都会",
        after="VERB ADV ADJ MODAL",
        not_before="VERB 的 大 ADJ",
    ),
    Rule(
        "zeng-surname",
        "曾",
        "zeng1",
        "the surname Zēng before a title or kinship term (曾大姐, 曾老师, 曾先生); the adverb "
        "céng comes before a verb (曾大声喊过)",
        yes="卖调料的【曾】大姐很热情。",
        no="他【曾】大声喊过。",
        after="大姐 大哥 大妈 大爷 大婶 大叔 老师 先生 女士 小姐 阿姨 叔叔 伯伯 奶奶 爷爷 "
        "老板 经理 医生 师傅 同学 主任 校长 教授 家 姐 哥 总 叔 婶 伯 姨 护士 "
        + TITLES,
    ),
    Rule(
        "zeng-surname-after-de",
        "曾",
        "zeng1",
        "the surname Zēng opening a name after 的 (获奖的曾小北, 跑在前面的曾明): 的 is "
        "followed by a noun phrase, and the adverb céng by a verb, an adverb or a preposition",
        yes="获奖的【曾】小北是五年级学生。",
        no="这是我们【曾】去过的地方。",
        before="的",
        not_after="VERB ADV PREP MODAL NUM 经 经经",
    ),
    Rule(
        "ceng-once",
        "曾",
        "ceng2",
        "the adverb 'once, ever' before a verb (曾经 is a word)",
        yes="他【曾】参加过比赛。",
        no="【曾】先生来了。",
        after="VERB ADV",
        not_before="START",
    ),
    Rule(
        "renjia-household-de",
        "人",
        "ren2 jia1",
        "人家 'household, family' described before it with 的 (离得远的人家, 附近的人家, 山里"
        "的人家): 'others, he, she' is a pronoun, which 的 does not describe",
        yes="离得远的【人】家，我就把药带去。",
        no="别乱动【人】家的东西。",
        word="人家",
        before="的",
    ),
    Rule(
        "renjia-others",
        "人",
        "ren2 jia5",
        "人家 'other people, he, she' (rén jiā 'household' after a numeral or measure word)",
        yes="【人】家说得对。",
        no="村里有几户【人】家。",
        word="人家",
        not_before="NUM MEASURE 户 家 好 有",
    ),
    Rule(
        "duoshao-somewhat",
        "多",
        "duo1 shao3",
        "多少 'more or less' before a verb or adverb (多少有些, 多少会)",
        yes="他【多】少有些失望。",
        no="你有【多】少钱？",
        word="多少",
        after="有 有些 有点 会 也 能 ADV VERB",
    ),
    Rule(
        "yichang-show",
        "场",
        "yi1 chang3",
        "一场 (the dictionaries' yì cháng, a course of events) before a show, a match or an "
        "exam counts it: chǎng (一场电影, 一场比赛, 一场音乐会, 赢一场球)",
        yes="我们看了一【场】电影。",
        no="下了一【场】大雨。",
        word="一场",
        near_after="比赛 电影 演出 球赛 戏 表演 考试 讲座 话剧 京剧 *赛 *戏 *剧 *片 音乐会 晚会 "
        "运动会 演唱会 舞会 联欢会 发布会 讨论会 报告会 球 足球 篮球 棒球 排球 网球 羽毛球 乒乓球"
        # races run by the distance (一场半程马拉松, 一场十公里路跑)
        " 马拉松 *马拉松 路跑 长跑 越野跑 接力 接力赛 铁人三项"
        # and a banquet or a party held on a stage of its own (办一场金婚宴, 一场酒会)
        " 宴会 婚宴 晚宴 酒会 派对 典礼 *宴"
        # and an exhibition or a show one goes to see (一场书法展, 一场画展, 一场展览)
        " 展 *展 展览 展会 画展 书法 秀 时装秀 拍卖会",
    ),
    Rule(
        "yichang-next-round",
        "场",
        "yi1 chang3",
        "下一场 / 上一场 'the next / the last (match, showing)', 来一场 'one more round' and "
        "打一场 'play a match', the match or show left unsaid before who plays it or the end of "
        "the clause (下一场换我们, 上一场是谁赢的, 再来一场!, 再打一场吧): a course of events, "
        "cháng, names its rain, fight or crying (下一场雨, 打一场硬仗, 大哭一场); and before a "
        "modal or a question how it is played (下一场要怎么打, 下一场得换人)",
        yes="这一场输了不要紧，下一【场】我们再赢回来。",
        no="天气预报说，下一【场】雨要到月底才来。",
        word="一场",
        before="下 上 来 重来 再来 打 踢 赛",
        after="END PRON PERSON 换 轮到 是 就 该 再 还 也 都 开始 吧 啊 呢 了 吗"
        " MODAL 得 怎么 一定 必须",
        not_near_after=RAINS_AND_EVENTS,
    ),
    Rule(
        "chang-rain",
        "场",
        "chang2",
        "the measure of a course of events, cháng, before rain, snow, illness, a fight or a "
        "dream (一场大雨, 好几场雪, 一场大病, 一场误会); chǎng counts shows and matches "
        "(一场比赛, 一场电影)",
        yes="这个月下了好几【场】大雨。",
        no="我们看了一【场】比赛。",
        before="NUM 几 好几 这 那",
        near_after=RAINS_AND_EVENTS,
    ),
    Rule(
        "feng-crack",
        "缝",
        "feng4",
        "the noun 'crack, seam' after a preposition, measure word, demonstrative or 的 "
        "(顺着缝流进去, 一道缝, 门的缝里); féng 'sew' takes what is sewn (在缝衣服)",
        yes="雨水顺着【缝】就流进墙里了。",
        no="妈妈在【缝】衣服。",
        # (a numeral and measure jieba keeps as one word: 一条缝, 两道缝)
        before="PREP MEASURE DEM 的 *着 *条 *道 *丝",
        not_before="用 拿 给 帮 替 在 正在",
        not_after="NOUN PRON 了 过 上 好 补 起来 一下 一针 几针 在 进 到 成",
    ),
    Rule(
        "feng-crack-there-is",
        "缝",
        "feng4",
        "the noun 'gap, crack' that there is or is not, closing the clause (外壳有没有缝, 门没有"
        "缝, 留一条缝儿): sewing after 有没有 takes what is sewn (有没有缝扣子)",
        yes="看螺丝拧没拧紧，外壳有没有【缝】。",
        no="你有没有【缝】扣子？",
        before="有 没有 有没有 没 无 留 留有 出现 还有 也有 都有 又有",
        after="END 儿 吗 呢 啊 呀",
    ),
    Rule(
        "feng-crack-inside",
        "缝",
        "feng4",
        "the noun 'crack, gap' before a locative (窗缝里, 门缝中, 石缝间): sewing puts what it "
        "sews 在 a place (缝在里面) or takes a complement (缝上)",
        yes="把窗【缝】里的灰尘挑出来。",
        no="把扣子【缝】上。",
        after="里 里面 中 中间 间 内 边 外",
        not_before="在 正在 帮 给 替 用 拿",
    ),
    Rule(
        "feng-crack-put-in",
        "缝",
        "feng4",
        "the noun 'crack, gap' where something is put or gets in (塞在缝里, 掉进缝里, 卡在石缝"
        "中, 从缝里钻出来): a verb and 在/进/到/从 before, a locative after; sewing does not "
        "follow a verb of placing",
        yes="抹上胶，塞在【缝】里，用锤子一敲。",
        no="她坐在窗前【缝】衣服。",
        before="在 进 到 入 往 从",
        before2="VERB VERB1",
        after="里 里面 中 中间 间 内",
    ),

    Rule(
        "feng-crack-of-hard",
        "缝",
        "feng4",
        "the noun 'crack, gap' after a hard thing nobody sews (石头缝, 墙缝, 门缝, 砖缝, 牙缝, "
        "指缝): féng 'sew' follows who sews and takes cloth (妈妈缝衣服)",
        yes="右边那些石头【缝】是小鱼藏身的地方。",
        no="奶奶每天晚上都要【缝】衣服。",
        before="石头 石 岩石 礁石 石块 墙 墙壁 墙角 门 窗 窗户 砖 瓦 地板 木板 板 桌子 冰 "
        "岩 山 牙 牙齿 手指 指 树皮",
        not_after="NOUN PRON 了 过 上 好 补 起来 一下 一针 几针",
    ),
    Rule(
        "feng-sew-out",
        "缝",
        "feng2",
        "the verb 'sew' before what comes of it (一针一线缝出来的, 缝起来, 缝好了, 缝完): fèng "
        "'crack, seam' is a noun after 的, a measure word or a preposition",
        yes="这床被子是奶奶一针一线【缝】出来的。",
        no="光从门的【缝】里透进来。",
        after="出来 出 起来 好 完 成 上 紧 牢",
        not_before="的 MEASURE DEM PREP 从",
        verb=True,
    ),
    Rule(
        "feng-sew-put",
        "缝",
        "feng2",
        "'sew' with 把 before it and where or how it sews after (把钱缝在衣服里面, 把扣子缝上, "
        "把口袋缝好): a crack is not handled with 把",
        yes="妈妈把钱【缝】在衣服里面。",
        no="把窗【缝】里的灰尘挑出来。",
        near_before="把 将",
        after="在 进 到 成 好 上 起来 了 住 紧",
        not_before="MEASURE DEM 的",
        verb=True,
    ),
    Rule(
        "feng-sew-then",
        "缝",
        "feng2",
        "'sew' closing its clause after an adverb of sequence or a modal (对齐了再缝, 你先缝, 这"
        "得慢慢缝): the noun 'gap' is there or left (还有缝, 留条缝)",
        yes="两片布先用别针别好，对齐了再【缝】。",
        no="门关不严，底下还有【缝】。",
        before="再 先 就 才 重新 又 得 要 会 能 可以 赶紧 慢慢 自己 亲自 一起 帮 替 手工 亲手",
        after="END PARTICLE 吧 呢 啊 呀",
        verb=True,
    ),
    Rule(
        "feng-sew-object",
        "缝",
        "feng2",
        "'sew' before what is sewn or an aspect of sewing (替我缝棉袄, 缝了一针, 缝着扣子): "
        "the noun 'crack' follows a measure word, a demonstrative or 的",
        yes="她坐在灯下替我【缝】棉袄。",
        no="墙上有一道【缝】。",
        after="NOUN PRON 了 过 着 补 一下 一针 几针",
        not_after="之中 之间 中间 中 里 里面 内 间 外 边 下 上",
        not_before="MEASURE DEM 的 NUM PREP",
        verb=True,
    ),
    Rule(
        "duozhong-how-heavy",
        "重",
        "duo1 zhong4",
        "多重 'multiple' (多重国籍) closing a question is 'how heavy' (自行车多重？有多重)",
        yes="这辆自行车多【重】？",
        no="他有多【重】国籍。",
        word="多重",
        after="END 啊 呀 呢 吗",
    ),
    Rule(
        "duozhong-weight",
        "重",
        "duo1 zhong4",
        "多重 'multiple' right after a weight is 'heavy' past the weight (两斤多重的鱼, 十公斤"
        "多重): 'multiple' stands before what is manifold (多重国籍, 多重身份)",
        yes="他钓到一条两斤多【重】的鲤鱼。",
        no="他有多【重】国籍。",
        word="多重",
        before="斤 公斤 千克 克 公克 吨 公吨 磅 两 *斤 *克 *吨",
    ),
    Rule(
        "zhuan-spinning",
        "转",
        "zhuan4",
        "'spin, turn round' after 在 or 正在 closing the clause (指针还在转, 地球在转): "
        "zhuǎn 'turn into, pass on' takes what it turns or passes",
        yes="如果指针还在【转】，就是管子漏水。",
        no="他在【转】身份证的复印件。",
        before="在 正在 还在 一直",
        after="END 着 个 啊 呢 呀",
    ),
    Rule(
        "zhuan-spin-inside",
        "转",
        "zhuan4",
        "'spin, go round' inside the place named just before it, closing the clause (扔进洗衣机"
        "里转, 泪水在眼眶里转, 在脑子里转个不停): a turn toward a place takes 往, 向 or 朝 "
        "(往里转, 向左转)",
        yes="把湿衣服扔进甩干机里【转】。",
        no="车到了小区门口往里【转】。",
        before="里 中 内",
        after="END 着 个 不停 起来 啊 呢 呀",
        not_near_before="往 向 朝 往里 向里 朝里",
    ),
    Rule(
        "zhuan-spinning-manner",
        "转",
        "zhuan4",
        "'spin, turn round' after a manner adverbial with 地, closing the clause (一圈一圈地转, "
        "慢慢地转, 不停地转): turning into or passing on (转给, 转过身) goes on to its object",
        yes="学徒拿着扳手一圈一圈地【转】。",
        no="他慢慢地【转】过身来。",
        before="地",
        after="END 个 啊 呢 呀 起来",
    ),
    Rule(
        "zhuan-spin-described",
        "转",
        "zhuan4",
        "'spinning' described like a quality after a degree word or 又, closing the clause (发球"
        "又低又转, 这个球很转); a turn takes its direction or object (向左转, 又转到了别处)",
        yes="他的发球又低又【转】。",
        no="走到路口向左【转】。",
        before="又 很 太 真 特别 非常 挺 越来越",
        after="END 啊 呢 呀",
    ),
    Rule(
        "zhuan-spin-too-much",
        "转",
        "zhuan4",
        "'spinning' after a degree word with 了 closing the clause (这个球太转了)",
        yes="这个球太【转】了。",
        no="他又【转】了一次车。",
        before="很 太 真 特别 非常 挺 越来越",
        after="了",
        after2="END",
    ),
    Rule(
        "zhuan-spin-flying",
        "转",
        "zhuan4",
        "'spin' while flying, rising or falling (转着飞上天, 转起来才会往上飞, 转着落下来): a turn "
        "of direction, zhuǎn, names where it turns to",
        yes="竹蜻蜓【转】着飞上了天。",
        no="他【转】着头四处看。",
        after="起来 着",
        near_after="飞 飞上 飞上天 飞起来 往上飞 落 落下 落下来 飘 飘下来 掉下来 升 升起来",
    ),
    Rule(
        "zhuan-wheel-spins",
        "转",
        "zhuan4",
        "'spin' after a thing that turns round on its axis, before how it spins (轮子转得很快, "
        "风扇转个不停, 陀螺在地上转起来): a wheel or a fan does not turn into or pass on anything",
        yes="轮子【转】得很快。",
        no="形势【转】得很快。",
        near_before="轮子 车轮 轱辘 风车 陀螺 风扇 电扇 齿轮 磨盘 螺旋桨 马达 电机 发动机 地球 *轮 "
        "*扇 指针 表针 钻头 电钻 转盘 唱片 叶片 滚筒 石磨 磨 竹针 *针 传送带 输送带 皮带 履带 机"
        " *轴 纺车 洗衣机 甩干机 搅拌机 烘干机 机器 放映机 发电机 录音机 抽水机 电动机 卷扬机"
        " 刀片 刀头 砂轮 扇叶 风叶 微波炉 机子 机床 车床 印刷机",
        # (机 alone is the machine of a word jieba split, 放映|机)
        # and the reel a kite's line winds on (线轴转得飞快); or where it comes to rest (指针转到
        # 三点, 竹针转到什么就画什么), or while it spins (洗衣机转的时候)
        after="END 得 起来 个 不停 着 了 到 的",
    ),
    Rule(
        "zhuan-spin-speed",
        "转",
        "zhuan4",
        "'spin, go round' said to go fast or slow (转得越来越快, 转得飞快, 转得很慢): a turn of "
        "the body, the head, a car or the talk, zhuǎn, is named before it (身子转得太快)",
        yes="她踮起脚尖，在冰上【转】得越来越快。",
        no="他身子【转】得太快，差点扭了腰。",
        after="得",
        near_after="快 慢 飞快 很快 很慢 太快 太慢 好快 越来越快 越来越慢 飞速",
        not_near_before="弯 *弯 身 身子 身体 转身 车 *车 头 脸 话锋 风向 形势 局势 话题 天气 病情 "
        "脑筋 脑子 念头 态度 方向",
    ),
    Rule(
        "zhuan-cannot-spin",
        "转",
        "zhuan4",
        "'spin, turn over' with a potential complement of starting or moving (发动机转不起来, "
        "齿轮转不动了): zhuǎn 'turn round' takes 过 (转不过弯来, 转不过身)",
        yes="钥匙拧了半天，机器就是【转】不起来。",
        no="他一时【转】不过弯来。",
        after="不 得",
        after2="起来 动",
    ),
    Rule(
        "zhuan-spin-object",
        "转",
        "zhuan4",
        "'spin' a thing made to turn round (转转盘, 转陀螺, 转呼啦圈, 转魔方): the thing "
        "spun follows; zhuǎn 'turn, pass on' takes a direction or what is passed on (转身, "
        "转给他)",
        yes="他让女儿先【转】转盘上的竹针。",
        no="他【转】身走了。",
        after="转盘 陀螺 风车 呼啦圈 魔方 轮盘 转经筒 经筒 手帕 手绢 笔 伞"
        # and a handle or crank turned round (转把手, 转摇把, 转方向盘)
        " 把手 摇把 摇柄 手柄 曲柄 方向盘 轮子 辘轳 绞盘",
        verb=True,
    ),
    Rule(
        "zhuan-turned-till-sore",
        "转",
        "zhuan4",
        "'turn round' until the arm or the head aches or spins (转得胳膊都酸了, 转得头都晕了): "
        "zhuǎn 'turn into, change' is said of a mood or a topic, not of a body that tires",
        yes="他摇着把手转了半天，【转】得胳膊都酸了。",
        no="他的话题【转】得太快了。",
        after="得",
        near_after="胳膊 胳臂 手 手臂 手腕 膀子 肩膀 头 脑袋 眼睛 眼 头晕 头昏 眼花",
    ),
    Rule(
        "zhuan-start-spinning",
        "转",
        "zhuan4",
        "'spin' starting up before 起来 (让陀螺转起来, 风车转起来了, 脑子转起来): a turn of "
        "direction or state has its word (好转起来, 扭转) or takes where it turns to",
        yes="他用力一拉，让竹蜻蜓【转】起来。",
        no="大家把身子向后【转】过来。",
        after="起来",
    ),
    Rule(
        "zhuan-spin-faster",
        "转",
        "zhuan4",
        "'spin' ever faster or slower in 越转越快 (越转越慢, 越转越晕): a turn that grows is "
        "zhuǎn of a state (天气越转越冷 is rare; 越转越远 left to the model)",
        yes="风车越【转】越快。",
        no="他越【转】越远，最后迷了路。",
        before="越",
        after="越",
        after2="快 慢 急 猛 晕 稳",
    ),
    Rule(
        "zhuan-while-turning",
        "转",
        "zhuan4",
        "'turn round' in 一边转一边 (一边转一边捏, 边转边看): a turn into or a pass on takes "
        "its object (一边转发一边评论 is a word)",
        yes="她把面团托在手心，一边【转】一边捏。",
        no="他一边【转】身一边挥手。",
        before="一边 边 一面",
        after="一边 边 一面",
    ),
    Rule(
        "zhuan-rounds",
        "转",
        "zhuan4",
        "'go round, spin' before how many rounds or how long it went round (转了一圈, "
        "转了好几圈, 转了半天才打开): zhuǎn 'pass on' takes what is passed (转了一笔钱)",
        yes="我刚在楼下【转】了一圈。",
        no="他刚给我【转】了一笔钱。",
        after="了 过 一 NUM 几 好几 起 个",
        # and a stretch of clock time it went round for (转了一个小时; 转了不到五分钟, which
        # jieba cuts 五分|钟)
        near_after="圈 *圈 半天 好半天 一会儿 好一会儿 好久 老半天 分钟 *分钟 钟 小时 *小时 钟头 "
        "脚蹬 踏板 摇把 把手 钥匙 螺丝 陀螺 轮子 手柄 旋钮",
    ),
    Rule(
        "zhuan-wander-a-while",
        "转",
        "zhuan4",
        "'wander about, go round' for a stretch of time or a number of rounds (在门口转了三个晚上, "
        "在街上转了半天, 转了两圈): zhuǎn 'turn, transfer' is counted in corners or changes (转了"
        "三个弯, 转了两次车)",
        yes="他在书店里【转】了一下午，什么也没买。",
        no="车子又【转】了两个弯，才到村口。",
        after="了",
        near_after="天 *天 晚上 *晚上 上午 *上午 下午 *下午 夜 *夜 小时 钟头 圈 *圈 会儿 *会儿 "
        "好久",
    ),
    Rule(
        "zhuan-round-durative",
        "转",
        "zhuan4",
        "'turn round, revolve' going on (慢慢地转着, 风车转着, 转着圈): what is turned into or "
        "passed on (转为, 转给) is a change, not a lasting motion",
        yes="灰尘在光里慢慢地【转】着。",
        no="他把信【转】给了我。",
        after="着",
    ),
    Rule(
        "zhuan-around-something",
        "转",
        "zhuan4",
        "'go round' what 围着, 绕着 or 跟着 names, with nothing after it but how it goes (围着他"
        "转, 绕着桌子转个不停, 跟着机器转): a turn to somewhere or a pass to someone goes on "
        "(跟着转到别处, 接着转给他)",
        yes="一家人都围着他【转】。",
        no="我接着【转】给他。",
        near_before="围着 绕着 跟着 随着 围绕着 绕 围 围绕",
        after="END 个 不停 起来 来 去 啊 呢 呀",
    ),
    Rule(
        "zhuan-turning-it",
        "转",
        "zhuan4",
        "'turn round' right after a verb with 着 that says how it is turned, closing the clause "
        "(用手摇着转, 推着转, 拧着转): a change or a handing on takes an object (带着转到)",
        yes="用手摇着【转】，蜂蜜就甩出来。",
        no="他拿着【转】账单。",
        before="着",
        after="END 个 不停 起来",
    ),
    Rule(
        "zhuan-round-brief",
        "转",
        "zhuan4",
        "the brief 'turn it round, look round' of 转了转, 转一转 (把茶杯转了转, 到处转了转): "
        "a verb repeated for a short action is the motion, both times",
        yes="他把茶杯【转】了转。",
        no="他转了【转】身。",
        after="了 一",
        after2="转",
    ),
    Rule(
        "zhuan-round-brief2",
        "转",
        "zhuan4",
        "the repeated 转 of 转了转, 转一转 closing the phrase (到处转了转)",
        yes="我们到处转了【转】。",
        no="他把信【转】给了我。",
        before="了 一",
        before2="转",
        not_after="身 身子 头 脸 过",
    ),
    # -- 吐: tǔ 'spit out', tù 'vomit' -------------------------------------------------------
    Rule(
        "tu-vomit",
        "吐",
        "tu4",
        "'vomit' closing its clause after a word of wanting or being about to (想吐, 快要吐, "
        "又吐了): spitting out takes what is spat (吐口水, 把核吐了)",
        yes="如果觉得头痛、想【吐】，就往低处走。",
        no="他把葡萄籽【吐】在纸上。",
        before="想 要 快 快要 直 又 就 会 一直 老是 差点 恶心",
        after="END",
    ),
    Rule(
        "tu-vomit-often",
        "吐",
        "tu4",
        "'vomit' after an adverb of habit or a word of being about to, closing its clause "
        "or before 出来/完 with nothing spat named (常常吐, 就会吐出来, 吐完): spitting out "
        "names what is spat or moves it with 把 (把骨头吐出来, 吐出一口气)",
        yes="狗狗吃完饭常常【吐】。",
        no="他把鱼骨头【吐】出来。",
        before="常常 经常 总是 老 还 也 都 又要 开始 会 就会 就 又 一直 老是 快要 想",
        after="END 出来 完",
        not_near_before="把 将",
    ),
    Rule(
        "tu-vomit-done",
        "吐",
        "tu4",
        "'vomit' before 完 with nothing spat named (吐完还没精神)",
        yes="如果它【吐】完还精神不好，就带来看。",
        no="他把嘴里的东西【吐】完了才说话。",
        after="完",
        after2="END 还 就 以后 之后 后 再 了",
        not_near_before="把 将",
    ),
    Rule(
        "tu-vomited",
        "吐",
        "tu4",
        "'vomited' with 了 closing the clause (又吐了, 吐了满地): what is spat comes after "
        "(吐了一口痰) or before with 把 (把核吐了)",
        yes="宝宝喝完奶，又【吐】了。",
        no="他又【吐】了一口痰。",
        after="了",
        after2="END 满地",
        not_near_before="把 将",
    ),
    Rule(
        "tu-vomited-times",
        "吐",
        "tu4",
        "'vomit' counted by times (吐了三次, 吐过好几回): what is spat is counted by mouthfuls "
        "and named (吐了一口痰)",
        yes="它昨天一天【吐】了三次。",
        no="他往地上【吐】了一口痰。",
        after="了 过",
        near_after="次 回 遍 *次 *回",
        not_near_before="把 将",
    ),
    # -- 乐: lè 'happy', yuè 'music' (音乐 乐队 乐器 are words) -----------------------------
    Rule(
        "le-given-name",
        "乐",
        "le4",
        "乐 lè 'joy' as a given name after a surname or the familiar 小/阿 (王乐, 小乐, 阿乐): "
        "music is yuè in its words (音乐, 古乐), which jieba keeps whole",
        yes="和一个叫王【乐】的男生同桌。",
        no="他们为客人奏【乐】。",
        before="SURNAME 小 阿",
        not_after="NOUN2 器 曲 队 团 谱",
    ),
    Rule(
        "le-happy-laugh",
        "乐",
        "le4",
        "'be amused, laugh' after its subject or an adverb, before 了 or a result (大家都乐了, "
        "他一下乐开了, 乐坏了); yuè 'music' lives in words (音乐 乐队) and names",
        yes="大家都【乐】了。",
        no="他在学校的【乐】队里打鼓。",
        before="都 也 就 又 还 全 全都 一下 PERSON ADV",
        after="了 坏 开 起来 呵呵 哈哈",
    ),
    Rule(
        "le-happy-end",
        "乐",
        "le4",
        "'be glad' closing its clause after 就/才/也/又 (涨了就乐, 跌了就愁): what happens makes "
        "one glad; yuè 'music' is a noun, which no such adverb goes before",
        yes="今天涨了就【乐】，明天跌了就愁。",
        no="他从小就学【乐】器。",
        before="就 才 也 又 还 直",
        after="END 得 呢 啊 呀",
    ),
    Rule(
        "le-fun-after-ge",
        "乐",
        "le4",
        "'fun, a laugh' after the measure 个 closing its clause (图个乐, 找个乐, 逗个乐): "
        "yuè 'music' is counted only inside its words (一个乐队, 这个乐器)",
        yes="周末去钓鱼，也就是图个【乐】。",
        no="他组了一个【乐】队。",
        before="个",
        after="END 子 呵 啊 呀 吧 嘛 而已 罢了",
    ),
    Rule(
        "le-happy-ba",
        "乐",
        "le4",
        "把 + a person + 乐的/乐得 'made so happy' (看把你们乐的, 把他乐得直拍手)",
        yes="看把你们【乐】的。",
        no="他每天听音【乐】。",
        near_before="把 将",
        after="的 得 坏 了 END",
    ),
    Rule(
        "le-redup-second",
        "乐",
        "le4",
        "the second 乐 of 乐乐, the reduplicated 'happy' of children's nicknames (谢谢乐乐妈妈, "
        "乐乐今年上小学; the engine's cut leaves each 乐 a word): yuè 'music' is never doubled",
        yes="谢谢乐【乐】妈妈！",
        no="他每天都听音【乐】。",
        before="乐",
    ),
    Rule(
        "le-redup-first",
        "乐",
        "le4",
        "the first 乐 of the same nickname 乐乐",
        yes="谢谢【乐】乐妈妈！",
        no="他在【乐】队里打鼓。",
        after="乐",
    ),
    # -- 哟: yō the interjection of surprise, yo the particle closing a clause ------------------
    Rule(
        "yo-interjection",
        "哟",
        "yo1",
        "the interjection of mild surprise opening a clause (哟，谁包的？); the particle "
        "closes one (快来哟)",
        yes="爸爸：【哟】，今天的饺子谁包的？",
        no="大家快来【哟】！",
        before="START",
        after="END",
    ),
    # -- 来 -------------------------------------------------------------------------------------
    Rule(
        "lai-it-seems",
        "来",
        "kan4 lai2",
        "看来 'it seems' opening a clause or after its topic, a sentence adverb with the full "
        "tone (看来我得多吃几个, 这件事看来不简单)",
        yes="爸爸：看【来】我得多吃几个。",
        no="你过【来】一下。",
        word="看来",
        before="START NOUN PRON PERSON ADV",
    ),
    Rule(
        "lai-come-next-time",
        "来",
        "hui2 lai2",
        "下回来 and 上回来 cut 下|回来 are 下回 'next time', 上回 'last time' and the verb 来 "
        "'come' (等你下回来了再拿, 他上回来的时候): 来 is full; 回来 'come back' takes no 下 or "
        "上 before it as a verb (他下午回来, 从山上回来)",
        yes="等你下回【来】了，我请你吃饭。",
        no="明天下午他就回【来】。",
        word="回来",
        before="下 上",
    ),
    Rule(
        "lai-together-come",
        "来",
        "qi3 lai2",
        "一起来 cut 一|起来 is 一起 'together' and the verb 来 'come (to do)' (大家一起来想办法, "
        "两个人一起来抬): 来 is full; 起来 'up' after a verb is light (站起来), and 一起来 'as "
        "soon as (he) got up' is the verb 起来, full as well",
        yes="周末我们几个一起【来】打扫教室。",
        no="听到铃声，他马上站起【来】。",
        word="起来",
        before="一",
    ),
    # -- 沓: dá the measure 'a pile, a wad'; tà in 杂沓 纷至沓来 -----------------------------------
    Rule(
        "da-measure",
        "沓",
        "da2",
        "the measure of paper and banknotes in a pile (一沓信纸, 两沓钞票, 厚厚一沓: 现代汉语词典 "
        "dá 量词): tà 'repeated, crowded' lives in words (杂沓, 纷至沓来, 拖沓)",
        yes="桌上放着两【沓】信纸。",
        no="会议开得很拖【沓】。",
        before="NUM 一 两 几 好几 半 这 那 厚厚 一大 一小 整整",
    ),
    # -- 扎: zā 'tie, bind', zhā 'prick, pierce' ------------------------------------------------
    Rule(
        "za-bind",
        "扎",
        "za1",
        "'tie, bind' a frame, a bundle or a braid (扎骨架, 扎风筝, 扎辫子, 扎紧袋口: 现代汉语词典 "
        "zā 捆, 束): zhā 'prick' takes a needle or what is pierced (扎针, 扎破手, 扎根)",
        yes="做灯第一步是【扎】骨架。",
        no="护士给他【扎】了一针。",
        after=BOUND,
        verb=True,
    ),
    Rule(
        "za-bound-how",
        "扎",
        "za1",
        "the same 'tie, bind' done, with the thing bound after it in the clause (只扎好了骨架, "
        "扎好风筝): a prick is not done up (扎好针 takes the needle)",
        yes="有的只【扎】好了骨架。",
        no="他的手被刺【扎】破了。",
        # and 出 'tie into being' (扎出了灯笼的样子); a prick draws blood (扎出血来)
        after="好 上 起 出",
        near_after=BOUND,
        verb=True,
    ),
    Rule(
        "za-bound-done",
        "扎",
        "za1",
        "'tie' right after what is tied and before how it was done (钢筋扎好了, 辫子扎紧了, "
        "灯笼骨架扎牢了): what pricks goes in or through (钢筋扎进了鞋底)",
        yes="那几根钢筋【扎】牢了没有？",
        no="一根钢筋【扎】进了他的鞋底。",
        before=BOUND,
        after="好 紧 牢 结实 完 起来 成",
        verb=True,
    ),
    Rule(
        "za-bound-at-end",
        "扎",
        "za1",
        "'tie' closing its clause with what is tied named before it (钢筋得按图纸扎, 辫子让妈妈"
        "扎): what pricks does it to someone, after 被/让/别 (小心被钢筋扎)",
        yes="这些钢筋今天下午就得【扎】。",
        no="小心别被钢筋【扎】。",
        near_before=BOUND,
        # and before the 的 that says who made it (风筝是爷爷自己扎的)
        after="END 的",
        not_near_before="被 让 叫 给 别 小心 当心",
        verb=True,
    ),
    Rule(
        "za-make-one",
        "扎",
        "za1",
        "'tie, make by binding' one more of what was made, its noun left out (明年我也要自己扎一"
        "只, 再扎一个): a prick is counted with 针 or leaves a hole (扎一针, 扎一个洞)",
        yes="这个灯笼真好看，我也想【扎】一个。",
        no="护士给他【扎】了一针。",
        after="一只 一个 一盏 两只 两个 几只 几个 个 只 盏",
        after2="END",
        verb=True,
    ),
    Rule(
        "za-tie",
        "扎",
        "za1",
        "'tie, bind' before how fast it holds (扎结实, 扎紧, 扎牢, 扎起来); zhā 'prick' goes in "
        "or through (扎进去, 扎破)",
        yes="用绳子把篱笆一根一根地【扎】结实。",
        no="小心别让针【扎】破手。",
        after="结实 紧 牢 起来 成",
        verb=True,
    ),
    Rule(
        "za-tie-tight",
        "扎",
        "za1",
        "'tie' with 得 before how tight it holds (扎得紧紧的, 扎得很牢): pricking goes deep "
        "(扎得很深), it does not hold",
        yes="她把辫子【扎】得紧紧的。",
        no="刺【扎】得很深。",
        after="得",
        after2="紧紧 紧 牢 牢牢 结实 结结实实",
        verb=True,
    ),
    Rule(
        "za-tie-too-tight",
        "扎",
        "za1",
        "'tie' with 得 and a degree before how tight (扎得太紧, 扎得不够牢, 扎得有点松): "
        "pricking is too deep, not too tight",
        yes="提醒我们别【扎】得太紧。",
        no="针【扎】得太深了。",
        after="得",
        near_after="紧 牢 结实 松 紧紧 牢牢",
    ),
    Rule(
        "za-bundle-done",
        "扎",
        "za1",
        "'tie' done up bundle by bundle (一捆一捆地扎好, 一束束扎紧): what is counted in "
        "bundles is bound, while a prick goes in or through (一捆柴扎了手 takes no 好 or 紧)",
        yes="晒干的稻草要一束一束地【扎】好。",
        no="他背着一捆柴，手被刺【扎】了一下。",
        near_before=BUNDLES,
        after="好 紧 牢 结实 起来 成 上",
        verb=True,
    ),
    Rule(
        "za-tie-knot",
        "扎",
        "za1",
        "'tie' a knot, a plait or the hair (扎了个结, 扎辫子, 扎马尾, 扎头发): a needle or a "
        "thorn pricks (扎了一针, 扎了手)",
        yes="最后【扎】了个结。",
        no="护士给他【扎】了一针。",
        near_after="结 死结 活结 蝴蝶结 辫子 小辫 小辫子 马尾 马尾辫 头发 腰带 鞋带",
    ),
    Rule(
        "za-tie-with",
        "扎",
        "za1",
        "'tie up' with a cord or band named before it (用草绳扎好, 拿皮筋扎起来, 用丝带扎住): "
        "what pricks is a needle or a thorn (用针扎破)",
        yes="用草绳把稻子【扎】好。",
        no="用针【扎】破了水泡。",
        near_before="*绳 绳子 *带 带子 皮筋 *皮筋 *线 铁丝 布条",
        after="好 住 上 紧 成 起 起来",
        verb=True,
    ),
    Rule(
        "za-tie-ba",
        "扎",
        "za1",
        "'tie up' after 把 and what is tied, before 好/住/上 (把行李扎好, 把袋口扎住): "
        "pricking goes into something (把针扎进去)",
        yes="他把行李【扎】好，放在车上。",
        no="护士把针【扎】进去。",
        near_before="把 将",
        after="好 住 上 紧",
        verb=True,
    ),
    # -- 露: lù 'dew; show' (literary), lòu 'show, let out' in spoken phrases -----------------
    Rule(
        "lou-show",
        "露",
        "lou4",
        "the spoken 'show, let slip' before 了 and what is shown (露了一手, 露了馅, 露了面, "
        "露了马脚); lù is 'dew' and the written 'reveal' (露水, 暴露, 揭露)",
        yes="他【露】了一手轻功。",
        no="草上有【露】水。",
        after="了",
        after2="一手 馅 面 脸 底 马脚 怯",
    ),
    # -- 蜇: zhē 'sting', zhé only in 海蜇 'jellyfish' (a word) ------------------------------
    Rule(
        "zhe-sting",
        "蜇",
        "zhe1",
        "the verb 'sting' standing alone (被蜜蜂蜇了, 不怕蜂蜇, 马蜂会蜇人: 现代汉语词典 zhē): "
        "the jellyfish zhé is the word 海蜇",
        yes="他戴着纱帽，不怕马蜂【蜇】。",
        no="凉拌海【蜇】很爽口。",
        not_before="海",
    ),
    # -- 弹: tán 'pluck, flick, spring', dàn 'bullet' (子弹 炮弹 弹药 are words) -------------
    Rule(
        "tan-spring",
        "弹",
        "tan2",
        "the verb 'spring, bounce' before where it goes (一声弹开了, 弹起来, 弹回去, 弹到墙上): "
        "a bullet or shell is a noun after a number and a measure (一颗子弹)",
        yes="柜门“咔”的一声【弹】开了。",
        no="地上掉了一颗【弹】壳。",
        after="开 起 起来 出 出来 出去 回 回来 回去 到 飞 掉",
    ),
    Rule(
        "tan-pluck",
        "弹",
        "tan2",
        "the verb 'play (a string), flick, spring' by itself (教他弹的, 弹了一首曲子, 手指一弹); "
        "the noun 'bullet, ball' lives in words (子弹 炮弹 弹弓 中弹)",
        yes="这首曲子是他母亲教他【弹】的。",
        no="他中了一颗子【弹】。",
        after="HAN END PARTICLE",
        not_before="NUM MEASURE 颗 枚 发",
    ),
    Rule(
        "tan-play-how",
        "弹",
        "tan2",
        "the verb 'play' before 得 and how it was played, also after a measure word (那一段弹"
        "得太急, 这首弹得最熟): the noun 'bullet, shell' takes no complement (一发弹打偏了)",
        yes="她那一段【弹】得太急了。",
        no="最后一发【弹】打偏了。",
        after="得",
        verb=True,
    ),
    Rule(
        "tan-hard-to-play",
        "难",
        "nan2 tan2",
        "难弹 'hard to play' (CC-CEDICT nán tán; 难 'hard to' before a verb: 难弹的琶音, 这把琴很"
        "难弹), a word the model reads as dàn 'bullet', which 难 does not describe",
        yes="她终于把那段【难】弹的琶音弹顺了。",
        no="这件事很【难】办。",
        word="难弹",
    ),
    # -- 应: yīng 'should', yìng 'answer, respond' (答应 响应 反应 适应 应邀 are words) -----
    Rule(
        "ying-should",
        "应",
        "ying1",
        "the modal 'should' before what should be done: a verb, an adverb, a preposition or a "
        "manner (应按时吃药, 应尽量提前, 应在入口处排队, 应小心, 应如何处理); yìng 'answer' "
        "takes 了, 声 or a result (应了一声, 一口就应下了), and 'in response to' its "
        "requesters (应广大读者要求)",
        yes="病人【应】按时吃药。",
        no="他【应】了一声就走了。",
        after="VERB ADV ADJ PREP MODAL IDIOM 如何 怎样 怎么 及时",
        not_after="了 着 过 下 下来 声 一声 道 广大 有关",
    ),
    # -- 结: jié 'tie, form'; jiē 'bear fruit' (结果 in both, a homograph) ------------------
    Rule(
        "jieguo-blossom-fruit",
        "结",
        "kai1 hua1 jie1 guo3",
        "开花结果 'blossom and bear fruit' (Xiandai Hanyu Cidian kāi huā jiē guǒ; CC-CEDICT 结果 "
        "jie1 guo3 'to bear fruit'): the phrase table has jié, the reading of 结果 'result'",
        yes="桃树开花【结】果要三年。",
        no="比赛的【结】果很好。",
        word="开花结果",
    ),
    Rule(
        "jieguo-bear-fruit",
        "结",
        "jie1 guo3",
        "结果 'bear fruit' said of a tree or a vine closing its clause (苹果树今年结果了, 这棵树"
        "还没结果); 结果 'result' is followed by what it was (种树的结果是…)",
        yes="这棵树还没【结】果。",
        no="种树的【结】果是空气变好了。",
        word="结果",
        near_before="*树 *藤 开花 开了花",
        after="END PARTICLE 了",
    ),
    Rule(
        "jie-bear-fruit",
        "结",
        "jie1",
        "'bear fruit, set seed' said of a fruit tree, vine or crop (梅子结得多, 黄瓜结了一大"
        "串, 树上结满了桃子); jié 'tie, form' is said of knots and ice (树上结了冰, 绳子结了个扣)",
        yes="今年雨水好，院子里的桃树【结】得特别多。",
        no="一夜北风，树枝上【结】了一层冰。",
        near_before="*树 *藤 *秧 梅子 桃子 李子 杏子 枣子 橘子 果子 葡萄 番茄 西红柿 *瓜 辣椒"
        " 茄子 豆角 花生",
        after="得 了 满 出 着",
        not_near_after="冰 霜 网 婚 仇 扣 疙瘩 冻 痂",
        verb=True,
    ),
    Rule(
        "jie-bear-fruit-named",
        "结",
        "jie1",
        "the same 'bear fruit' with the fruit or seed named after it (今年结了好多果子, 会结籽, "
        "结满了南瓜) when the plant is in another clause; what forms or is settled is not borne "
        "(结了账再买西瓜, 结了冰)",
        yes="雨水足，今年【结】了不少梨。",
        no="他【结】了账才去买西瓜。",
        after="了 满 满了 出 出了 着 得 " + FRUITS,
        near_after=FRUITS,
        not_near_after="冰 霜 网 婚 仇 扣 疙瘩 冻 痂 账 伴 盟 对子",
        verb=True,
    ),
    # -- 落: luò 'fall, land'; là 'leave behind' -----------------------------------------------
    Rule(
        "la-leave-behind",
        "落",
        "la4",
        "'leave behind, forget to take' with 把 before what was left and 在 the place after it "
        "(把钥匙落在家里了, 把雨伞落在车上了: Xiandai Hanyu Cidian là); a look, a hope or a "
        "duty that 'falls on' something is luò (把目光落在画上), as is what falls by itself "
        "(鸟儿落在树枝上)",
        yes="我把钥匙【落】在家里了。",
        no="他把目光【落】在那幅画上。",
        near_before="把",
        after="在 到",
        not_near_before="目光 视线 眼光 眼神 重点 重心 重任 责任 希望 担子 脚 脚步 步子",
        verb=True,
    ),
    Rule(
        "la-left-behind-what",
        "落",
        "la4 xia4",
        "落下 'left behind, fallen behind' before 的 and what was missed or forgotten (落下的课, "
        "落下的功课, 有没有落下的东西, 落下什么): 现代汉语词典 là; what falls by itself is luò "
        "(落下的树叶, 落下的雨点)",
        yes="【落】下的课回来我给他补一补。",
        no="【落】下的树叶铺满了小路。",
        word="落下",
        after="的 什么",
        after2="课 功课 作业 课程 进度 内容 东西 END",
    ),
    Rule(
        "la-missed-lessons",
        "落",
        "la4 xia4",
        "落下 'fall behind, miss' an amount of lessons or work (没落下多少课, 落下了两节课, "
        "落下不少功课): what falls by itself has no lessons after it",
        yes="他病了一个星期，【落】下了好几节课。",
        no="天黑以后，大幕慢慢【落】下了。",
        word="落下",
        after="了 多少 不少 很多 好多 太多 NUM 一些 一点",
        near_after="课 功课 作业 课程 进度",
    ),
    Rule(
        "la-left-behind-thing",
        "落",
        "la4 xia4",
        "落下 'leave behind' before the things one may forget, checked for or warned of (看看有"
        "没有落下东西, 别落下什么, 没落下东西吧: 现代汉语词典 là); what falls from a height is "
        "luò, and nobody checks for it (树上落下东西来了)",
        yes="出门前再看看有没有【落】下东西。",
        no="小心，树上【落】下东西来了！",
        word="落下",
        after="东西 什么 啥 行李",
        near_before="没 没有 有没有 别 不要 千万别 看看 检查 查查 免得 以免",
    ),
    Rule(
        "la-left-behind-ba",
        "落",
        "la4 xia4",
        "把 + what was left + 落下 closing the clause or before 了 (他把钱包落下了, 别把孩子的书包"
        "落下): 'leave behind, forget to take' (现代汉语词典 là); what is lowered on purpose, a "
        "curtain, a sail or a flag, is luò (把帘子落下了, 把帆落下)",
        yes="下车的时候，他把雨伞【落】下了。",
        no="天黑了，妈妈把窗帘【落】下了。",
        word="落下",
        near_before="把",
        after="了 END",
        not_near_before="帘子 窗帘 帘 卷帘 百叶窗 旗 旗子 国旗 红旗 帆 船帆 幕 幕布 帷幕 闸 闸门"
        " 栏杆 杆 目光 视线 眼光 眼神 脚 脚步 步子 拳头 手 锤子 斧头",
    ),
    Rule(
        "la-left-belonging",
        "落",
        "la4",
        "a thing one carries before 落在 + a place, with no 把 (围巾落在教室里了, 手机落在出租车"
        "上了): 'left behind' (Xiandai Hanyu Cidian là); what drops onto the ground or into "
        "water falls, luò (钥匙落在地上, 帽子落在水里)",
        yes="我的雨伞【落】在公司了。",
        no="一片树叶【落】在他的书包上。",
        near_before=BELONGINGS,
        after="在",
        not_near_before="从 掉 目光 视线",
        # the ground and water in any cut (水|里), and hands it falls into (落在骗子手里):
        # what lands there fell
        not_near_after="地上 地面 地板 地 水 水里 水中 河 河里 湖 湖里 海 海里 井 井里 泥 草丛"
        " 身上 肩上 头上 脸上 脚边 手里 手中 手上",
        verb=True,
    ),
    Rule(
        "la-left-at-home",
        "落",
        "la4",
        "what was left in a home, a room or a shop one has moved out of or walked away from "
        "(那盆花落在旧家了, 那袋苹果落在店里了): 'left behind' (Xiandai Hanyu Cidian là) "
        "whatever the thing, with no 把; what falls by itself there (树叶, 雪花, 灰尘, 阳光) or "
        "onto a roof or a yard falls, luò (雪花落在屋顶上)",
        yes="妈妈买的那袋苹果【落】在店里了。",
        no="一片雪花【落】在屋顶上了。",
        after="在",
        near_after="家 家里 老家 旧家 房子 老房子 屋里 屋子里 公司 办公室 学校 教室 宿舍 店里"
        " 饭馆 餐馆 酒店 宾馆 旅馆 车里 店 屋 车 商店 超市 饭店",
        not_near_after="上 上面 顶上 屋顶 房顶 院子 院子里 门口 门前 地上 头上 身上",
        not_near_before="从 掉 叶 树叶 叶子 落叶 花瓣 雪 雪花 雨 雨点 雨滴 灰 灰尘 尘土 鸟 鸟儿"
        # and what flies and lands (蜂群落在邻居家的屋檐下, 蝴蝶落在奶奶家的窗台上)
        " *鸟 *蜂 蜂群 *虫 虫子 蝴蝶 蜻蜓 苍蝇 蚊子 鸽子 燕子 麻雀 乌鸦 喜鹊"
        " 阳光 光 目光 视线 眼光 炸弹 炮弹 飞机 星光 月光"
        # what is won or assigned falls to a place (冠军奖杯最终落在我们学校): luò
        " 最终 终于 冠军 奖杯 桂冠 荣誉 名额 任务 重担 担子 责任 希望",
        verb=True,
    ),
    # -- 散: sàn 'disperse, give off', sǎn 'loose' (散文 松散 零散 are words) ---------------
    Rule(
        "san-give-off",
        "散",
        "san4",
        "'disperse, give off' before a directional complement, or its potential form "
        "(散不出去, 散出去, 散去): sǎn 'come loose' closes the clause (行李都散了) or "
        "takes a description (头发散得乱七八糟)",
        yes="热量【散】不出去，体温会升高。",
        no="绳子没捆好，行李都【散】了。",
        after="不 出去 出来 出 去 开 掉 尽",
    ),
    Rule(
        "san-disperse",
        "散",
        "san4",
        "'break up, disperse' of a gathering, a crowd or a mist (会议散了, 人都散了, 雾散了): "
        "what comes loose (绳子散了, 行李散了) is sǎn",
        yes="会议【散】了以后，大家各自回家。",
        no="行李没捆好，都【散】了。",
        near_before="会 会议 人 人们 人群 大家 雾 云 烟 戏 宴席 酒席 队伍 聚会 集会 观众 客人",
        after="了 去 开 场 完 光",
    ),
    # -- 血: xuè in words and written use, xiě alone in speech (流了点儿血) -----------------
    Rule(
        "xue-bleed-colloquial",
        "血",
        "xie3",
        "血 alone after how much of it a verb of bleeding let out (流了不少血, 吐了两口血, "
        "流了点儿血): the spoken xiě of the 普通话异读词审音表; xuè in words (流血 贫血)",
        yes="切到了手指，流了不少【血】。",
        no="泵出的【血】更多。",
        # 滴 is the measure of 几滴血 that jieba tags a verb
        before="不少 很多 好多 多 一点 一点儿 点儿 点 好些 一些 那么多 这么多 NUM MEASURE 滴",
        # seeping and dripping are bleeding too (渗出了一点血, 滴了几滴血)
        near_before="流 吐 淌 冒 咳 呕 出 流出 吐出 冒出 渗 渗出 滴 滴出 淌出 喷 喷出 溅",
    ),
    # -- 假: jià 'leave, holiday', jiǎ 'false' ----------------------------------------------
    Rule(
        "jia-clamp",
        "夹",
        "jia1",
        "the verb 'clamp, hold between' before its result or an aspect (夹住, 夹紧, 夹着, 夹起"
        "来): jiá 'lined' lives in words (夹袄, 夹被), which the lexicon reads",
        yes="他用两根筷子【夹】住一颗花生。",
        no="天冷了，奶奶给我做了一件【夹】袄。",
        after="住 紧 着 起 起来 在 到 了 上 进 出 断 碎 不住 得",
        verb=True,
    ),
    Rule(
        "jia-leave",
        "假",
        "jia4",
        "'leave, days off' after the kind of leave or after asking for it (年假 病假 事假 "
        "产假 when the tagger cuts them; 请了三天假, 请个假): 'false' describes (假的)",
        yes="我下周请了年【假】，带孩子回老家。",
        no="他说的话是【假】的。",
        near_before="请 休 放 度 批 准",
        # and where one then stays or goes (请了假在家陪我, 请了假回老家)
        after="END PARTICLE VERB PREP ADV 在家 回家",
        not_after="的 话",
    ),
    Rule(
        "jia-leave-kind",
        "假",
        "jia4",
        "'leave' after its kind, cut off by the tagger (年|假, 病|假, 婚|假): 假 after "
        "another word describes (真|假)",
        yes="我们单位的年【假】只有五天。",
        no="这件事是真是【假】？",
        before="年 病 事 产 婚 丧 暑 寒 春 探亲 带薪"
        # the days off an occasion or a need gives, Taiwan's 颱風假 防疫假 生理假 育嬰假
        " 台风 防台 防疫 疫情 生理 育婴 陪产 特休 公",
    ),
    Rule(
        "jia-leave-slip",
        "假",
        "jia4",
        "假单 'leave form' (Taiwan usage; the mainland's 假条 jiàtiáo, 现代汉语词典) when the "
        "tagger cuts it 假|单: a false form is 假的单子 or a word (假账 假钞)",
        yes="得请半天假，【假】单要怎么写？",
        no="这张发票是【假】的。",
        after="单 单子",
    ),
    Rule(
        "jia-holiday-run",
        "假",
        "jia4",
        "连假 'a run of days off' (Taiwan usage: 遇到连假, 连假结束): 连 'even' before the "
        "adjective 假 has what is false after it (连假的都有, 连假话都说)",
        yes="如果遇到连【假】，车站的人会很多。",
        no="这里连【假】的都卖。",
        before="连",
        not_after="的 话 NOUN",
    ),
    # -- 当: dāng 'serve as, ought', dàng 'treat as; trick' (上当 split by its object) -----
    Rule(
        "dang-fooled",
        "当",
        "dang4",
        "上当 'be fooled' split by what fooled one (上了他的当, 上过这个当, 上了一次当): "
        "the 当 closes the clause",
        yes="以前我也上过这个【当】。",
        no="他上台【当】主持人。",
        near_before="上",
        after="END",
        before="DEM PRON PERSON 的 个 这个 那个 次 回 NOUN NUM MEASURE",
    ),
    Rule(
        "dang-serve-after-chosen",
        "当",
        "shang4 dang1",
        "选上当班长 'be chosen to serve as': 上 completes the verb before it and 当 dāng takes "
        "the role, where jieba glued 上当 'be fooled', which takes no role after it (上当受骗)",
        yes="他今年被选上【当】班长。",
        no="他又上【当】了。",
        word="上当",
        before="VERB 选 挑 评 推 派",
        after="HAN",
        not_after="受骗 了 过 的 吃亏",
    ),
    Rule(
        "dang-treat-as",
        "当",
        "dang4",
        "'treat as, take for' right after the object 把/将 moved before it (把这把刨子当宝贝, "
        "把他当亲人, 别把我当外人): serving as (去当兵, 当老师) follows its subject or a verb",
        yes="他把这把刨子【当】宝贝。",
        no="他把工作辞了，去【当】兵。",
        near_before="把 将",
        before="NOUN PRON PERSON",
        after="NOUN PRON PERSON ADJ 亲 亲生 回事 一回事 宝 宝贝",
    ),
    Rule(
        "dang-use-as",
        "当",
        "dang4",
        "'as, for' after the thing taken, used or given (拿盒子当凳子, 给它零食当奖励, 用纸箱当"
        "桌子): serving in a role follows its subject (他当老师)",
        yes="剪完给它一点零食【当】奖励。",
        no="他毕业以后去学校【当】老师。",
        before="NOUN",
        near_before="拿 用 给 送 买 留 带 借 找 捡 送给 留给 带给 买给 拿来 用来 插 插进 插上 装 "
        "装上 绑 绑上 放 放进"
        # and a thing dug, cut, broken off or piled up to serve (挖个坑当灶, 折根树枝当筷子)
        " 挖 搬 砍 剪 折 削 撕 摘 编 砌 叠 堆 割 锯",
        after="NOUN VERB ADJ",
    ),
    Rule(
        "dang-serve-as-use",
        "当",
        "dang4",
        "当…用 'use as' after a modal or an adverb, the thing it serves as before 用 (背面还能当"
        "草稿纸用, 这个盒子可以当凳子用): 'when' (dāng) opens a clause, 'serve as' a person "
        "takes a role",
        yes="这个旧脸盆还可以【当】花盆用。",
        no="他以后想【当】老师，用知识帮助别人。",
        before="MODAL 可以 能 还 也 都 就 正好 拿来",
        after="NOUN",
        near_after="用 使",
    ),
    Rule(
        "dang-serve-as-thing",
        "当",
        "dang4",
        "'serve as, be used as' before a thing that serves (撒回田里当肥料, 晒干了当柴烧, 叠起来"
        "当枕头) or a part of what is made (大雪球当身子, 胡萝卜当鼻子): a person serves as a "
        "role, dāng (当厨师, 当老师)",
        yes="玉米秆晒干了可以【当】柴火烧。",
        no="他长大以后想【当】厨师。",
        after="肥料 饲料 燃料 柴 柴火 柴烧 枕头 垫子 凳子 椅子 桌子 被子 饭 零食 点心 礼物 纪念 "
        "玩具 药 身子 身体 脑袋 鼻子 眼睛 嘴巴 耳朵 胳膊 手臂 尾巴 帽子 扣子 纽扣 柄 把手 手柄 "
        "支架 架子 盖子 轮子"
        # and what is paid with a thing instead of money (留下一点米当工钱)
        " 工钱 工资 报酬 酬劳 学费 路费 房租 押金 定金 零花钱 压岁钱 见面礼 奖品",
    ),
    Rule(
        "dang-just-take-it",
        "当",
        "dang4",
        "'take it as, pretend' after 就, 权 or 只 before what is pretended, a verb or a clause "
        "(就当交个朋友, 就当是交学费, 你就当我没说): becoming or serving (就当老师了, 就当上了"
        "班长) takes a role or 上",
        yes="行，就【当】交个朋友。",
        no="他毕业后就【当】老师了。",
        before="就 权 只 全 也 就算",
        after="VERB 是 没 没有 不 作 做 PERSON",
        not_after="上 了 过 起 兵 官",
        not_near_after="的",
    ),
    Rule(
        "danghuishi-take-seriously",
        "当",
        "dang4 hui2 shi4",
        "当回事 'take seriously' (不当回事, 太把自己当回事): 当 dàng 'treat as' (现代汉语词典), "
        "whatever the model says; dāng 'serve as' takes a role, not 回事",
        yes="别仗着年轻就不【当】回事。",
        no="他上台【当】主持人。",
        word="当回事",
    ),
    Rule(
        "dang-take-seriously",
        "当",
        "dang4",
        "the same 'treat as' cut apart before 一回事 or 回事 (大家都不当一回事, 没当回事儿)",
        yes="大家都不【当】一回事。",
        no="他毕业以后去学校【当】老师。",
        after="回事 一回事 回事儿 一回事儿",
    ),
    # -- 发: fā 'send, issue', fà 'hair' (头发 理发 are words) -------------------------------
    Rule(
        "fa-hair-split",
        "发",
        "fa4",
        "头发 'hair' split by the tagger after a verb with 头 (掉头|发, 梳头|发, 洗头|发): "
        "nothing is sent after it; the verb 发 'send' takes its object (回头发了一条消息)",
        yes="青春期的孩子掉头【发】，常见。",
        no="他回头【发】了一条消息。",
        before="*头",
        after="END PARTICLE 很 都 也 又 越来越 用 就 太 掉",
        not_after="了 过 着",
    ),
    # -- 晃: huàng 'sway, shake', huǎng 'flash past' (一晃 'in a flash' is a word) -------------
    Rule(
        "huang-sway-repeat",
        "晃",
        "yi1 huang4",
        "一晃一晃 'swaying to and fro' (一摇一晃): a motion repeated is the swaying huàng; "
        "一晃 alone is 'in a flash' (时间一晃就过去了)",
        yes="扁担压在她肩上，一【晃】一晃的。",
        no="时间一【晃】就过去了。",
        word="一晃",
        after="一晃",
    ),
    Rule(
        "huang-sway-repeated",
        "晃",
        "yi1 huang4",
        "the second 一晃 of 一晃一晃, and 一晃 after 一摇 (小船一摇一晃)",
        yes="树枝一晃一【晃】地动。",
        no="一【晃】十年过去了。",
        word="一晃",
        before="一晃 摇",
    ),
    # -- 吧: ba the particle; bā in 酒吧 网吧 吧台 (words) ------------------------------------
    Rule(
        "ba-particle-end",
        "吧",
        "ba5",
        "the particle closing a clause (好吧。 走吧！ 是你吧？): 'bar' lives in words "
        "(酒吧 网吧 吧台)",
        yes="旅客：好【吧】。那三号早上还有位子吗？",
        no="我们去酒【吧】坐坐。",
        after="END",
    ),
    # -- 把手: bǎshou 'handle'; 把 + 手 'the hand' before a verb ----------------------------
    Rule(
        "ba-hand-disposal",
        "把",
        "ba3 shou3",
        "把手 cut as one word before a verb is 把 with its object 手 (把手伸进来, 把手洗干净, "
        "先把手举起来): the noun 'handle' follows 的 or a measure word and is said of a thing "
        "(门的把手坏了)",
        yes="那你【把】手伸进来给我们看看。",
        no="门的【把】手坏了。",
        word="把手",
        after="VERB",
        # 一起 一齐 一同: adverbs 'together' jieba tags numerals (大家一起把手举高)
        before="START PRON PERSON ADV MODAL VERB CONJ 一起 一齐 一同 一块 一块儿",
    ),
    Rule(
        "ba-hand-with-what",
        "把",
        "ba3 shou3",
        "把手 cut as one word before a verb after what it is done with (用肥皂把手洗干净, 拿毛巾"
        "把手擦干): a handle has its door or its owner before it, not a tool (门的把手坏了)",
        yes="先用毛巾【把】手擦干，再去摸开关。",
        no="柜子的【把】手松了。",
        word="把手",
        before="NOUN",
        near_before="用 拿 使",
        after="VERB",
    ),
    Rule(
        "laogong-husband",
        "公",
        "lao3 gong1",
        "老公 'husband' (我和老公, 她老公): 现代汉语词典 lǎogōng; lǎogong with the light tone "
        "is a palace eunuch, in a text about the court",
        yes="周末我和老【公】去看了电影。",
        no="宫里的老【公】们都跪在地上。",
        word="老公",
        not_near_before="宫 宫里 皇上 皇帝 太监 公公 娘娘 朝廷",
        not_before="宫 宫里 皇上 皇帝 太监 公公 娘娘",
    ),
    Rule(
        "ba-hand-one-move",
        "把",
        "ba3 shou3",
        "把手 cut as one word before 一 and a verb is 把 with its object 手, the hand moved in "
        "one motion (他把手一挥, 就把手一放, 把手一摆): the noun 'handle' follows 的 or a "
        "measure word (门的把手一拧就掉了)",
        yes="他【把】手一挥，大家都安静了。",
        no="门的【把】手一拧就掉了。",
        word="把手",
        after="一",
        after2="VERB",
        before="START PRON PERSON ADV MODAL VERB CONJ 一起 一齐 一同 一块 一块儿",
    ),
    Rule(
        "ba-hand-holds-disposal",
        "把",
        "shou3 ba3",
        "手把 cut as one word before what the hand moves and a verb is 手 with 把 of disposal "
        "(另一只手把药片放到舌头后面, 用手把门推开): the noun 'handle' (shǒubà) is a thing's, "
        "after 的 or a noun (机车的手把)",
        yes="另一只手【把】药片放到舌头后面。",
        no="机车的手【把】有点松了。",
        word="手把",
        after="NOUN PRON PERSON DEM NUM MEASURE",
        near_after="VERB",
        not_before="的 NOUN DEM 个 根 这个 那个 一个",
    ),
    Rule(
        "ba-tool-holds-disposal",
        "把",
        "ba3",
        "a tool glued to 把 after 用 or 拿 (用|刀把|竹子劈开, 用剪刀把线剪断) before what it "
        "works on and a verb: the tool, then 把 of disposal; the handle (刀把 dāobà) is what "
        "is used itself, before the verb (用刀把敲了敲桌子)",
        yes="他用刀【把】绳子割断了。",
        no="他用刀【把】敲了敲桌子。",
        word="*把",
        before="用 拿 使",
        after="NOUN PRON PERSON DEM NUM MEASURE",
        near_after="VERB",
    ),
    Rule(
        "wei-for-people",
        "为",
        "wei4 ren2",
        "为人 cut as one word before a verb is 为 wèi 'for' with its object 人 (为人谋而不忠): "
        "为人 wéirén 'as a person' is followed by what one is (为人正直)",
        yes="他每日自问：【为】人谋而不忠乎？",
        no="他【为】人正直，从不说谎。",
        word="为人",
        after="VERB",
    ),
    Rule(
        "she-give-up",
        "舍",
        "she3",
        "舍 shě 'give up, leave' before what is left (舍舟登岸, 舍船, 舍身): shè 'my humble' "
        "goes before kin (舍弟, 舍妹) and 'house' is a word (宿舍, 寒舍)",
        yes="渡河以后，众人【舍】舟登岸。",
        no="【舍】弟今年十岁。",
        # what one leaves is named by one character: a name spelt with 舍 (舍温) is not
        after="舟 船 车 马 身 命 家 业 官 田 宅 财 利 己 生 义 亲 子 妻 国 城 书 剑 弓 此 彼",
        # and the house before where (舍南舍北皆春水), or after what kind of house (客舍青青)
        not_after="弟 妹 亲 侄 下 间 南 北 东 西 前 后 旁 外 内 中 上 边 REDUP",
        not_before="客 茅 田 农 校 旅 寒 竹 草 精 邻 村 宿 馆 房 屋 庐 学 僧",
        verb=True,
    ),
    Rule(
        "yu-tell",
        "语",
        "yu4 yun2",
        "语 yù 'tell' after the one who tells, glued to 云 'saying' (此中人语云): the saying 语云 "
        "yǔyún follows 古 or 俗 (古语云, 俗语云)",
        yes="临别，此中人【语】云：不必再来。",
        no="古【语】云：有志者事竟成。",
        word="语云",
        before="*人 PRON PERSON",
        not_before="古人 前人 先人 古 俗",
    ),
    Rule(
        "si-basket-food",
        "食",
        "si4",
        "食 sì 'cooked rice' in a bamboo basket (箪食, 箪食壶浆): the one use of 箪",
        yes="母携箪【食】以馈之。",
        no="一日三【食】，皆有定时。",
        before="箪",
    ),
    # -- 档: dàng 'shelf, grade'; dǎng 'gear', written 挡 on the mainland and 檔 in Taiwan ----
    Rule(
        "dang-gear-neutral",
        "档",
        "kong1 dang3",
        "the neutral gear a car is put in (打到空档, 挂空挡, 换到空档; Taiwan writes 檔, whose "
        "lookup copy is 档, for the mainland's 挡): kòngdàng 'gap, free time' is had or found, "
        "not put into",
        yes="排档要打到空【档】，手刹车拉起来。",
        no="我下午有个空【档】，可以见面。",
        word="空档",
        before="到 打 挂 换 推 入 挂到 打到 换到 推到 回到 放到 放 挂入 打入",
    ),
    Rule(
        "dang-gear-shift",
        "档",
        "pai2 dang3",
        "the gear lever or its setting (排檔要打到空檔, 排檔打到倒車檔): a market stall (大排檔) "
        "is not put into gear",
        yes="阿成又说：「排【档】要打到空档。」",
        no="我們晚上去吃大排【檔】。",
        word="排档",
        near_after="空档 档 档位 打到 挂 挂到 换到 推到 倒车档",
        not_before="大 路边 夜",
    ),
    # -- 地方: dìfang 'place', dìfāng 'local, the regions (not the centre)' -------------------
    Rule(
        "fang-local-office",
        "方",
        "di4 fang1",
        "'local, regional' before the offices, powers and customs of a region (地方政府, "
        "地方官员, 地方特色); 'place' has a determiner before it (这个地方风景好)",
        yes="【地】方政府要听取群众的意见。",
        no="这个【地】方风景很好。",
        word="地方",
        after="政府 官员 官 官吏 干部 领导 财政 经济 法规 法律 部队 武装 军 军队 势力 豪强 将领 "
        "特色 风味 小吃 戏 戏曲 口音 方言 志 保护 主义 选举 税",
        not_before="DEM MEASURE NUM PRON 的 好 有 没 没有 什么 ADJ",
    ),
    Rule(
        "fang-local-shang",
        "方",
        "di4 fang1",
        "地方上 'in the regions, locally' with no determiner (地方上的将领, 在地方上工作); "
        "a place has one (我们这地方上, 那个地方上)",
        yes="【地】方上的将领乘机扩大势力。",
        no="我们这【地】方上有一座古庙。",
        word="地方",
        after="上",
        not_before="DEM MEASURE NUM PRON 的 好 有 没 没有 什么 ADJ",
    ),
    Rule(
        "fang-local-centre",
        "方",
        "di4 fang1",
        "'the regions' paired with 中央 'the centre' (中央和地方, 中央与地方)",
        yes="中央和【地】方都要重视。",
        no="这个【地】方和那个地方一样。",
        word="地方",
        before="和 与 及 同 跟",
        before2="中央",
    ),
    # -- 宁: níng 'peaceful' (安宁 宁静, the name of Nanjing), nìng 'would rather' ----------
    Rule(
        "ning-wring",
        "拧",
        "ning2",
        "níng 'wring' what is wet (拧毛巾, 拧一把就能挤出水来, 把衣服拧干): nǐng 'twist, screw' "
        "turns a lid, a screw or a tap (拧螺丝, 拧开瓶盖)",
        yes="他随手一【拧】毛巾，就挤出了半盆水。",
        no="他用扳手把螺丝【拧】紧了。",
        near_after="水 毛巾 湿 衣服 床单 被单 抹布 拖把",
        not_near_after="螺丝 盖 盖子 瓶盖 开关 龙头 水龙头 钥匙 门把",
    ),
    Rule(
        "ning-wring-ba",
        "拧",
        "ning2",
        "the same 'wring' after what is wet is named before it (把湿毛巾拧了又拧, 衣服拧一拧)",
        yes="她把湿毛巾【拧】了又拧，才挂起来。",
        no="他把水龙头【拧】开了。",
        # and over the bucket or basin it drips into (在桶边上拧一拧, 在盆里拧干)
        near_before="毛巾 湿 衣服 床单 被单 抹布 拖把 桶 水桶 盆 脸盆 水盆 水池 洗手池",
        not_near_before="螺丝 盖 盖子 瓶盖 开关 龙头 水龙头 钥匙 门把",
        # what is twisted open or tight there is a tap or a lid (在水池边拧开水龙头)
        not_after="开 紧 松 下来 下 掉 动 不动 不开 不紧",
        not_near_after="螺丝 盖 盖子 瓶盖 开关 龙头 水龙头 钥匙 门把",
    ),
    Rule(
        "ning-wring-dry",
        "拧",
        "ning2",
        "níng 'wring' dry, whatever it is (拧得干, 拧不干, 拧干了): a screw is turned tight or "
        "loose, not dry",
        yes="床单太厚，一个人根本【拧】不干。",
        no="螺丝生锈了，怎么也【拧】不动。",
        after="干 得 不",
        near_after="干",
    ),
    Rule(
        "ning-twist",
        "拧",
        "ning3",
        "nǐng 'twist, screw' off, open, tight or loose (把水龙头拧下来, 拧开瓶盖, 拧紧螺丝): what "
        "is wrung, níng, is wet and wrung dry (rules above), or twisted into one (拧成一股绳)",
        yes="他把坏了的灯泡【拧】下来，换了个新的。",
        no="大家的心要【拧】成一股绳。",
        after="下来 下 开 紧 松 上 掉 动 不动 不开 不紧 坏 歪",
    ),
    Rule(
        "ning-rather",
        "宁",
        "ning4",
        "'would rather' by itself before what one would rather do or suffer (宁死不降, 宁我负人, "
        "宁折不弯; 宁可 宁愿 are words): a surname goes before a title (宁先生)",
        yes="守城的将士【宁】死不降。",
        no="【宁】先生是我们的老师。",
        after="死 VERB PERSON 为 折 缺",
        not_after="先生 女士 老师 小姐 太太 大姐 大哥 同学 总 家",
    ),
    # -- 空: kōng 'empty, sky, in vain', kòng 'leave free, vacant; free time' -------------------
    Rule(
        "kong-vacate",
        "空",
        "kong4",
        "'leave free, clear out' before what it frees (空出一间房, 把那间空出来, 空出时间): "
        "kōng 'empty' describes (肚子空了, 空的箱子)",
        yes="他把中间那间【空】出来给孩子住。",
        no="肚子【空】了。",
        after="出 出来 出去",
    ),
    Rule(
        "kong-vacant-for",
        "空",
        "kong4",
        "'stand vacant' for a time (房子空了三个月, 位子空了两年): what is empty for a while "
        "is unoccupied, not hollow",
        yes="房子【空】了三个月，一直没租出去。",
        no="肚子【空】了。",
        after="了 着",
        after2="NUM",
    ),
    Rule(
        "kong-left-vacant",
        "空",
        "kong4",
        "空着 'left vacant' at the end of its clause or before who is missing (椅子空着, 房子一直"
        "空着没人住, 空着的座位): 空着手 'empty-handed' and 空着肚子 are kōng",
        yes="店里只有一张椅子【空】着。",
        no="他【空】着手来了。",
        after="着",
        after2="END PARTICLE 的 没 没有 呢 也 就 还 都",
    ),
    Rule(
        "kong-vacant-room",
        "空",
        "kong4",
        "'vacant, unoccupied' before a place or a seat left free (空地方, 空位子, 空床位, 空车位: "
        "Xiandai Hanyu Cidian's 空 kòng 'not used', as 空地 空房): what is empty is kōng, a "
        "container (空瓶子) or an empty look (空地方 is room for something, not a void)",
        yes="车里还有一点【空】地方，可以再放一个箱子。",
        no="桌上放着一个【空】瓶子。",
        after="地方 地儿 位子 位置 床位 车位 座儿 铺位",
    ),
    Rule(
        "kong-space-left",
        "空",
        "kong4",
        "the 'space, gap' left between things (中间得留点儿空, 留一点空好透气, 腾出些空): the "
        "empty kōng describes what has nothing in it (空房子)",
        yes="箱子别塞太满，要留点儿【空】。",
        no="他家里只剩下一间【空】房子。",
        before="点 点儿 一点 一点儿 些 一些",
        near_before="留 腾 空出 留出",
    ),
    # -- 汗: hàn 'sweat'; hán in 可汗 and 大汗 'khan' (titles) --------------------------------
    Rule(
        "dahan-sweat",
        "汗",
        "da4 han4",
        "大汗 'a heavy sweat' after what is covered or where it breaks out (满身大汗, 出了一身"
        "大汗, 急得浑身大汗); the khan 大汗 (hán) is a title after a people or a name",
        yes="大家都紧张得满身大【汗】。",
        no="成吉思汗是蒙古的大【汗】。",
        word="大汗",
        before="满身 一身 浑身 全身 满头 满脸 周身 出 冒 流 出了 冒了 流了 冒出 直冒 NUM",
    ),
    # cpp24: a khan's name jieba does not know is cut into single characters (拉|藏|汗,
    # 伊|什|木|汗), where han-sweat-flows took the title for sweat running
    Rule(
        "han-khan-after-name",
        "汗",
        "han2",
        "the title khan closing a name cut into single characters (拉藏汗, 伊什木汗): sweat "
        "after one character is what brings it out, where it is or how much (出汗, 擦擦汗, "
        "脸上汗, 是汗, 一把汗)",
        yes="后来，巴图木【汗】也被部下杀害了。",
        no="他擦了擦【汗】，接着干活。",
        before="CHAR1",
        before2="CHAR1",
        not_before="出 流 擦 冒 淌 发 止 吸 排 捂 抹 揩 拭 滴 沁 渗 见 闷 逼 落 挥 洒 捏 的 身 头 "
        "脸 是 上 里 背 额 心 满 了 着 过 把 点 些 层 颗 粒 大 虚 冷 热 盗 臭 血 香 和 与 及 被 "
        "都 也 又 还 就 全 浑 一",
    ),
    Rule(
        "han-sweat-flows",
        "汗",
        "han4",
        "'sweat' before what sweat does (汗发出来, 汗流下来, 汗湿透了衣服, 汗直往下滴): the "
        "khan (hán) after his name or kin rules and kills (土谢图汗杀害, 其兄汗位)",
        yes="不过【汗】发出来以后千万别吹风。",
        no="他被土谢图【汗】杀害了。",
        after="发 发出 发出来 出来 流 流下 流下来 淌 滴 冒 湿 湿透 直流 直冒 顺着 珠 水 都 也 "
        "就 还 又 一下子 END 把 将"
        # and how long or how freely it runs (汗一直往下流, 汗不停地流, 汗直往下淌)
        " 一直 不停 不住 直 直往 往下 一个劲 止不住",
        not_before="可 天可 NAME PLACE",
    ),
    Rule(
        "han-sweat-broken-out",
        "汗",
        "han4",
        "'sweat' after what brings it out or where it is (出汗, 擦汗, 一身汗, 满头是汗, 细细的汗)",
        yes="他一边擦【汗】一边说。",
        no="他被土谢图【汗】杀害了。",
        before="出 流 擦 冒 淌 发 出了 流了 擦了 冒了 淌着 的 身 一身 头 一头 满头 脸 满脸 是 "
        "全是 都是 些 点 层 把 VERB1",
        not_before="可 天可 NAME PLACE",
    ),
    # -- 涨: zhǎng 'rise' (of water, prices), zhàng 'swell, flush' (of the face, the head) --
    Rule(
        "zhang-flush",
        "涨",
        "zhang4",
        "'flush, swell' of the face or the head filling with blood (脸涨得通红, 脖子涨得粗粗的, "
        "头涨得厉害; 现代汉语词典 涨 zhàng): water, prices and tides rise, zhǎng",
        yes="他的脸【涨】得通红。",
        no="今晚的潮水【涨】得特别高。",
        before="脸 脸蛋 脸颊 脸庞 面孔 脖子 脖颈 头 脑袋 眼睛 脸皮",
    ),
    # -- classical verse: rules that read only sentences ``edition.readings.register`` finds
    # to be verse (or a text the notes declare classical), before the modern rules of their
    # character. Usages that recur across poems; readings as the school textbook prints them.
    Rule(
        "jiao-classical-let",
        "教",
        "jiao4",
        "教 jiào 'let, make' after a word of denial, warning or regret, before what is let "
        "(不教胡马度阴山, 莫教枝上啼, 悔教夫婿觅封侯); 教书 'teach' keeps jiāo",
        yes="但使龙城飞将在，不【教】胡马度阴山。",
        no="先生【教】我读书声，窗外黄鹂相和鸣。",
        before="不 莫 休 悔 肯 谁 争 应 忍 岂 宁 那 不肯 不须",
        not_after="书 学 END",
        register="classical",
    ),
    Rule(
        "xian-classical-appear",
        "见",
        "xian4",
        "见 xiàn 'appear' (现) after what lets it show, a thing low, outside, towering or dim "
        "(草低见牛羊, 突兀见此屋, 才美不外见): seeing (悠然见南山, 忽见) keeps jiàn",
        yes="天苍苍，野茫茫，风吹草低【见】牛羊。",
        no="采菊东篱下，悠然【见】南山。",
        before="低 外 突兀 隐",
        register="classical",
    ),
    Rule(
        "jiang-classical-general",
        "将",
        "jiang4",
        "将 jiàng 'general' after a word that ranks or praises him (飞将 李广, 名将, 良将, "
        "猛将); before a verb 将 is jiāng 'about to, take' (将欲行, 欲将轻骑逐)",
        yes="但使龙城飞【将】在，不教胡马度阴山。",
        no="李白乘舟【将】欲行，忽闻岸上踏歌声。",
        before="飞 名 良 猛 骁 虎 宿 主 副 武 败 勇 上",
        not_after="VERB",
        register="classical",
    ),
    Rule(
        "huan-classical-return",
        "还",
        "huan2",
        "还 huán 'return' closing a line (一日还, 人未还, 照我还, 终不还): the adverb hái "
        "'still' stands before a verb",
        yes="秦时明月汉时关，万里长征人未【还】。",
        no="春风依旧绿，芳草【还】如故。",
        after="END",
        register="classical",
    ),
    Rule(
        "huan-classical-come-back",
        "还",
        "huan2",
        "还 huán opening a line before coming or going home (还来就菊花, 还归故里)",
        yes="待到重阳日，【还】来就菊花。",
        no="春风依旧绿，芳草【还】如故。",
        before="START",
        after="来 归 家 乡 故乡 故里 故园",
        register="classical",
    ),
    Rule(
        "ying-classical-answer",
        "应",
        "ying4",
        "应 yìng 'answer' denied, before whom it answers (不应人, 呼之不应我); 应 before a verb "
        "is yīng 'surely, should' (应怜, 应悔, 应是)",
        yes="路人借问遥招手，怕得鱼惊不【应】人。",
        no="嫦娥【应】悔偷灵药，碧海青天夜夜心。",
        before="不 无 未 莫 谁 相",
        after="人 我 之 君 吾 PERSON",
        register="classical",
    ),
    Rule(
        "ying-classical-light",
        "景",
        "ying3",
        "景 yǐng 'light, shadow' (影): the light thrown back (返景, 回景, 倒景) and following "
        "as a shadow does (景从); scenery (光景, 春景) is jǐng",
        yes="返【景】入深林，复照青苔上。",
        no="胜日寻芳泗水滨，无边光【景】一时新。",
        before="返 回 倒",
        register="classical",
    ),
    Rule(
        "ying-classical-shadow-follows",
        "景",
        "ying3",
        "景从 'follow like a shadow' (赢粮而景从)",
        yes="天下云集响应，赢粮而【景】从。",
        no="胜日寻芳泗水滨，无边光【景】一时新。",
        after="从",
        register="classical",
    ),
    Rule(
        "long-classical-cover",
        "笼",
        "long3",
        "笼 lǒng 'cover, veil' as a verb: 笼盖, 笼罩 (天似穹庐，笼盖四野)",
        yes="天似穹庐，【笼】盖四野。",
        no="鸟在【笼】中啼，人在月下眠。",
        after="盖 罩",
        register="classical",
    ),
    Rule(
        "long-classical-veil",
        "笼",
        "long3",
        "笼 lǒng 'veil' between what veils and what is veiled (雾笼青山, 烟笼寒水); the "
        "noun 'cage' (鸟在笼中) is lóng",
        yes="雾【笼】青嶂晚，风送白云归。",
        no="鸟在【笼】中啼，人在月下眠。",
        before="NOUN",
        after="NOUN ADJ",
        register="classical",
    ),
    Rule(
        "di-classical-ground",
        "地",
        "di4",
        "the adverbial particle 地 de is modern: in verse 地 is the ground, the land "
        "(心远地自偏, 卷地风来)",
        yes="问君何能尔？心远【地】自偏。",
        no="床前明月光，疑是【地】上霜。",
        register="classical",
    ),
    Rule(
        "guo-classical-cross",
        "过",
        "guo4",
        "the aspect particle 过 guo is modern: in verse 过 is 'pass, cross, visit' "
        "(不肯过江东, 已过万重山, 属国过居延)",
        yes="至今思项羽，不肯【过】江东。",
        no="光阴者，百代之【过】客也。",
        register="classical",
    ),
    Rule(
        "fu-classical-opening",
        "夫",
        "fu2",
        "夫 fú opening a statement (夫战，勇气也; 夫天地者): 'husband' is a word (夫婿, 农夫)",
        yes="【夫】战，勇气也。",
        no="忽见陌头杨柳色，悔教【夫】婿觅封侯。",
        before="START",
        register="classical",
    ),
    Rule(
        "fu-classical-pause",
        "夫",
        "fu2",
        "夫 fú, a pause before a question (岱宗夫如何)",
        yes="岱宗【夫】如何？齐鲁青未了。",
        no="忽见陌头杨柳色，悔教【夫】婿觅封侯。",
        after="如何 何",
        register="classical",
    ),
    Rule(
        "chang-classical-long",
        "长",
        "chang2",
        "长 cháng 'long' before a thing that stretches (长云, 长烟, 长路, 长夜, 长剑): 'grow' "
        "zhǎng follows what grows (草长)",
        yes="青海【长】云暗雪山，孤城遥望玉门关。",
        no="草【长】莺飞二月天，拂堤杨柳醉春烟。",
        after="云 风 烟 河 江 路 途 夜 亭 堤 桥 城 空 天 剑 袖 歌 吟 啸 虹 林 沙 川 篇 鞭",
        register="classical",
    ),
    Rule(
        "zhao-classical-morning",
        "朝",
        "zhao1",
        "朝 zhāo 'in the morning' opening a clause before its verb (朝闻道, 朝饮木兰之坠露, "
        "朝辞白帝): the court and facing (朝天阙, 南朝) are cháo",
        yes="【朝】闻道，夕死可矣。",
        no="待从头收拾旧山河，【朝】天阙。",
        before="START",
        after="VERB",
        register="classical",
    ),
    Rule(
        "zhao-classical-and",
        "朝",
        "zhao1",
        "朝 zhāo 'in the morning' opening a clause before 而, set against 暮 (朝而往，暮而归): the "
        "court, cháo, is gone to or served",
        yes="【朝】而出，夕而返，日日如此。",
        no="群臣【朝】于太庙。",
        before="START",
        after="而",
        register="classical",
    ),
    Rule(
        "na-classical-how",
        "那",
        "na3",
        "那 nǎ 'how could' (哪) before what could not be (那得, 那堪, 那知): 'that' (那人) "
        "is nà",
        yes="问渠【那】得清如许？为有源头活水来。",
        no="蓦然回首，【那】人却在，灯火阑珊处。",
        after="得 堪 知 能 可 复 更",
        register="classical",
    ),
    Rule(
        "chong-classical-layers",
        "重",
        "chong2",
        "重 chóng, the measure 'layer, fold' after a number or 'several' (数重山, 万重山, "
        "九重天, 意万重): 'heavy' zhòng comes after what is heavy (花重锦官城)",
        yes="京口瓜洲一水间，钟山只隔数【重】山。",
        no="晓看红湿处，花【重】锦官城。",
        before="NUM 数 几",
        after="NOUN END",
        register="classical",
    ),
    # -- classical prose (古文), read as classical by ``edition.readings.register`` too: usages
    # of the school's 文言 texts that recur across them, readings as the textbook prints them
    Rule(
        "le-classical-enjoy-it",
        "乐",
        "le4",
        "乐 lè 'enjoy, delight in' before its object 之 (心乐之, 乐之者): music, yuè, is heard "
        "or played and takes no object",
        yes="见其子读书，心【乐】之。",
        no="闻【乐】而泣，不能自已。",
        after="之 其",
        register="classical",
    ),
    Rule(
        "le-classical-together",
        "乐",
        "le4",
        "乐 lè 'rejoice' after 相, 自, 独 or 共 (相乐, 自乐, 独乐乐): music is made or heard, not "
        "shared so",
        yes="二人对饮，终日相【乐】。",
        no="闻【乐】而泣，不能自已。",
        before="相 自 独 共 同",
        register="classical",
    ),
    Rule(
        "le-classical-joy",
        "乐",
        "le4",
        "乐 lè 'joy, delight' in classical prose wherever no music is near (山水之乐, "
        "而乐亦无穷): music, yuè, is played, heard or made with its instruments (闻乐, "
        "丝竹之乐, 制礼作乐)",
        yes="登高望远，江山之【乐】，非言语所能尽也。",
        no="丝竹之【乐】，不绝于耳。",
        not_near_before="丝竹 钟鼓 管弦 琴瑟 金石 礼 奏 作 闻 听 鼓 琴 瑟 笙 箫 丝 竹 声 音",
        not_after="声 器 师 府 章 曲 工 官 舞 音 者",
        register="classical",
    ),
    Rule(
        "hao-classical-love-it",
        "好",
        "hao4",
        "好 hào 'love' before its object 之 (好之者, 人皆好之): 'good' describes and takes no "
        "object",
        yes="人皆【好】之，独我恶之。",
        no="此物甚【好】，人皆爱之。",
        after="之",
        register="classical",
    ),
    Rule(
        "fu-classical-man-counted",
        "夫",
        "fu1",
        "夫 fū 'man' counted by a numeral (三夫, 万夫, 匹夫), at a clause's end too: the particle "
        "fú closes an exclamation after what is said (如斯夫), never after a number",
        yes="募得壮士三【夫】，与之同往。",
        no="岁月之去，其速如此【夫】！",
        before="NUM 匹 万 千 百 数",
        register="classical",
    ),
    Rule(
        "fu-classical-particle",
        "夫",
        "fu2",
        "夫 fú, the particle closing an exclamation or opening an argument (如斯夫, 夫战): the "
        "man or husband, fū, is the subject or object of a clause (其夫出门)",
        yes="岁月之去，其速如此【夫】！",
        no="其【夫】出门未归。",
        after="END",
        # classical5: the given name 亚夫 (周亚夫) closes a clause as any name does
        not_before="亚",
        register="classical",
    ),
    Rule(
        "you-classical-and",
        "有",
        "you4",
        "有 yòu 'and' joining a round number to its units (十有五, 三十有二): 'have' takes what is "
        "had",
        yes="年三十【有】二，始学为文。",
        no="年三十，【有】二子。",
        # 年三十有二: jieba glues the age to 年
        before="*十 *百 *千",
        after="一 二 三 四 五 六 七 八 九 余",
        register="classical",
    ),
    Rule(
        "de-classical-obtain",
        "得",
        "de2",
        "得 dé 'find, obtain' before what is found, after an adverb of time or denial (不复得路, "
        "终得其人, 未得一见): a complement follows a verb",
        yes="寻之数日，终【得】其路。",
        no="跑【得】快者先至。",
        before="复 不复 未 非 乃 遂 始 终 既 方 竟 莫 无 不 皆 必 乃得",
        after="NOUN PRON 其 一",
        register="classical",
    ),
    Rule(
        "huan-classical-home",
        "还",
        "huan2",
        "还 huán 'return' before home or native place (还家, 还乡): the adverb hái modifies a verb "
        "or what is still so",
        yes="天色已晚，遂【还】家。",
        no="今【还】有人知之乎？",
        after="家 乡 故乡 家乡",
        register="classical",
    ),
    Rule(
        "qiao-classical",
        "悄",
        "qiao3",
        "悄 qiǎo 'sad, still' in classical prose (悄怆, 悄然): qiāo belongs to the modern doubled "
        "悄悄",
        yes="四顾寂寥，【悄】怆不能去。",
        no="夜深了，四下里静【悄】悄的。",
        not_before="悄 静",
        not_after="悄 悄的",
        register="classical",
    ),
    Rule(
        "wei-classical-tell-them",
        "为",
        "wei4",
        "为 wèi 'to (them)' before an adverb of telling in full (为具言所闻, 为详道之): 为 wéi "
        "'be, make' takes what one is or makes",
        yes="客至，主人【为】具言其事。",
        no="全石以【为】底。",
        after="具 详 备 悉",
        register="classical",
    ),
    Rule(
        "yu-classical-i",
        "予",
        "yu2",
        "予 yú 'I' in classical prose (予独爱莲, 属予作文, 予尝求): 予 yǔ 'give' takes what is "
        "given or the one given to, 之 or 人, and is a word in 给予, 授予, 予以",
        yes="【予】少时好读书，日诵千言。",
        no="取之于民，【予】之于民。",
        not_after="之 人 以 夺 取 民",
        register="classical",
    ),
    Rule(
        "zhu-classical-entrust",
        "属",
        "zhu3",
        "属 zhǔ 'entrust, ask' before the one asked (属予作文, 属吾为之记): 属 shǔ 'belong, kind' "
        "goes before 于 or a noun of kind",
        yes="友人【属】余为之序，辞不获已。",
        no="此地【属】楚，其民多善射。",
        after="予 余 吾 我 其 之 PRON PERSON",
        register="classical",
    ),
    Rule(
        "fu-classical-that",
        "夫",
        "fu2",
        "夫 fú 'that, those' after a verb of looking or a sigh, before what is spoken of (观夫巴陵"
        "胜状, 嗟夫): the husband, fū, is someone's (其夫)",
        yes="吾观【夫】山川之胜，莫过于此。",
        no="其【夫】出门未归。",
        before="观 视 闻 察 嗟 悲 若 今 且 故 盖 惜",
        register="classical",
    ),
    Rule(
        "de-classical-perhaps",
        "得",
        "de2",
        "得无 'is it not that' (得无异乎, 得无难乎): 得 dé, no modal 'must' in a question of doubt",
        yes="古今之人，其好恶【得】无异乎？",
        no="今日之事，汝【得】速归。",
        after="无 无异 毋",
        register="classical",
    ),
    Rule(
        "chu-classical-dwell",
        "处",
        "chu3",
        "处 chǔ 'dwell, be in' opening a clause before the place (处江湖之远, 处深山之中), as 居 "
        "is: chù 'place' is where (何处, 此处)",
        yes="【处】深山之中，与鹿豕游。",
        no="不知何【处】是归途。",
        before="START 则 而 其 身 独",
        after="NOUN PLACE 江湖 山林 深山 乡野 朝廷 乱世",
        register="classical",
    ),
    Rule(
        "ye-classical-question",
        "耶",
        "ye2",
        "耶 yé, the classical question particle closing a sentence (何时而乐耶, 其真无马耶): yē "
        "spells foreign names (耶稣, 耶路撒冷)",
        yes="其真不知此理【耶】？",
        no="【耶】稣生于伯利恒。",
        after="END",
        register="classical",
    ),
    Rule(
        "qie-classical-earnest",
        "切",
        "qie4",
        "切 qiè 'earnestly' before a verb of asking, thinking or hoping (切问, 切思, 切望): 'cut', "
        "qiē, takes what is cut",
        yes="学者当【切】问而慎思。",
        no="【切】肉要顺着纹理。",
        after="问 思 望 盼 嘱 责 谏 记",
        register="classical",
    ),
    # classical2's dev texts (马说, 曹刿论战, 鱼我所欲也): their kinds, on sentences of our own
    Rule(
        "wu-classical-what-is-hated",
        "恶",
        "wu4",
        "恶 wù 'hate' after 所, which stands only before a verb (所恶, 人之所恶): è 'evil' is "
        "a noun or describes one (为恶, 恶人)",
        yes="人之所【恶】，莫过于贫与贱。",
        no="其人为【恶】，乡里皆畏之。",
        before="所",
        register="classical",
    ),
    Rule(
        "wu-classical-hate-it",
        "恶",
        "wu4",
        "恶 wù 'hate' before its object 之 or 其, after the one who hates or an adverb (吾甚恶之, "
        "人皆恶其为人): è 'evil' opens a phrase of its own (恶之大者)",
        yes="吾甚【恶】之，不与之言。",
        no="【恶】之大者，莫过于欺君。",
        before="甚 皆 独 深 亦 共 尤 最 益 PRON ADV",
        after="之 其",
        register="classical",
    ),
    Rule(
        "de-classical-can-get",
        "得",
        "de2",
        "得 dé 'get, obtain' after a word of can, may or wish (不可得, 弗得, 可以得, 苟得): "
        "classical prose has no modal děi 'must' and no complement after a modal",
        yes="欲见其人而不可【得】，乃怅然而归。",
        no="其人走【得】远矣。",
        before="可 不可 可以 弗 苟 能 不能 未能 安 焉 求 欲",
        register="classical",
    ),
    Rule(
        "shen-classical-more-than",
        "甚",
        "shen4 yu2",
        "甚于 shèn yú 'more than' (爱之甚于己子, 防民之口甚于防川): the dictionary's shén yú "
        "reads 甚 as in 甚么, which classical prose never writes",
        yes="吾爱之【甚】于己子。",
        no="其病【甚】，不能起。",
        word="甚于",
        register="classical",
    ),
    Rule(
        "bi-classical-avoid",
        "辟",
        "bi4",
        "辟 bì 'avoid' (as 避) before a harm (辟祸, 辟患, 辟害) or after a denial (不辟, 莫能辟): "
        "pì 'open up' is a word (开辟, 辟地) or takes land",
        yes="可以【辟】祸者，无所不用。",
        no="乃【辟】田百亩，以养其亲。",
        after="祸 患 害 难 兵 乱 世",
        register="classical",
    ),
    Rule(
        "bi-classical-not-avoid",
        "辟",
        "bi4",
        "辟 bì 'avoid' (as 避) after a denial or 所 (不辟, 莫能辟, 所不辟): land is opened, pì, "
        "by someone and takes what is opened",
        yes="君子见祸而不【辟】，非智也。",
        no="乃【辟】田百亩，以养其亲。",
        before="不 弗 莫 未 无 所 所不 能 可以",
        register="classical",
    ),
    Rule(
        "xiang-classical-formerly",
        "乡",
        "xiang4",
        "乡 xiàng 'formerly, if' (as 向, 曩) opening a clause before 为, 使 or 者 (乡为身死, 乡使"
        "吾不言, 乡者): the village, xiāng, is where one lives or leaves (去乡, 乡人)",
        yes="【乡】使吾不言，祸将至矣。",
        no="吾去【乡】三十年，今始归。",
        before="START",
        after="为 使 者 时",
        register="classical",
    ),
    Rule(
        "wei-classical-for-the-sake",
        "为",
        "wei4",
        "为 wèi 'for the sake of' opening a clause whose verb is a later 为 wéi 'do' (今为一己之利"
        "为之): the first names what it is done for",
        yes="今【为】一己之利为之，可乎？",
        no="今【为】天子，而不知民之苦。",
        before="START 今 乡 而",
        # the later 为 may be cut into the word before it (之名|为之: 名为)
        near_after="为 *为",
        register="classical",
    ),
    Rule(
        "yu-classical-question",
        "与",
        "yu2",
        "与 yú, the question particle (as 欤) closing a sentence (此非吾友之所为与？): yǔ 'and, "
        "with, give' stands before what it joins or gives",
        yes="此非吾友之所为【与】？",
        no="吾【与】汝同往，可乎？",
        after="？ ?",
        not_before="谁 孰 相",
        register="classical",
    ),
    Rule(
        "ye-classical-question-xie",
        "邪",
        "ye2",
        "邪 yé, the question particle (as 耶) closing a question (其果无人邪？): xié 'evil' is "
        "driven out or opposed to the upright (去邪, 邪不胜正)",
        yes="其果无人【邪】？",
        no="扶正去【邪】，民乃安。",
        after="？ ?",
        not_before="去 驱 辟 避 祛 正 奸 妖 诛 除 改 归",
        register="classical",
    ),
    Rule(
        "zhi-classical-only",
        "祗",
        "zhi3",
        "祗 zhǐ 'only' (as 只) before a verb or 是, 有 (祗见弃, 祗有): zhī 'revere' goes before "
        "what is revered (祗若天命, 祗敬)",
        yes="故虽有良材，【祗】见弃于世。",
        no="【祗】若天命，不敢有违。",
        # 辱 after it is tagged a bound morpheme (祗辱于奴隶人之手)
        after="VERB MORPHEME 是 有 以 恐 今",
        not_after="若 敬 候 承 奉",
        register="classical",
    ),
    Rule(
        "she-classical-leave-for",
        "舍",
        "she3",
        "舍 shě 'give up' in 舍 X 而 Y 'leave X for Y' (舍本而逐末): the house, shè, is "
        "someone's or somewhere (其舍旁有池)",
        yes="【舍】本而逐末，非治国之道也。",
        no="其【舍】旁有池而鱼游焉。",
        after="NOUN HAN",
        after2="而",
        not_before="客 茅 田 农 校 旅 寒 竹 草 精 邻 村 宿 馆 房 屋 庐 学 僧 其",
        verb=True,
        register="classical",
    ),
    Rule(
        "si-classical-feed",
        "食",
        "si4",
        "食 sì 'feed' before the horse or the silkworm it feeds (食马者, 善食马): they are "
        "kept, not eaten; shí 'eat' takes food (食肉, 食粟)",
        yes="善【食】马者，必知其性。",
        no="日【食】粟一升，不以为少。",
        after="马 蚕 马者",
        verb=True,
        register="classical",
    ),
    Rule(
        "si-classical-feed-with",
        "食",
        "si4",
        "食 sì 'feed' after 以 and the food given, before whom it feeds (以粟食之, 以糠食其犬; "
        "classical9): eating, shí, has the eater before it (其人食之而甘)",
        yes="以粟【食】之，其马日肥。",
        no="其人【食】之而甘，尽一器。",
        before="NOUN",
        before2="以",
        after="之 其",
        verb=True,
        register="classical",
    ),
    Rule(
        "si-classical-fed-with",
        "食",
        "si4",
        "食 sì 'feed' before 以 and the food given (食以草具, 食以粟; classical9): eating at its "
        "time, shí, takes 以时 (食以时)",
        yes="主人轻之，【食】以粝饭，衣以敝衣。",
        no="君子【食】以时，饮以节。",
        after="以",
        after2="HAN",
        # eating at its time, for a purpose or by a rule (食以时, 食以为常, 食以礼)
        not_after2="时 为 养 礼 节 道 义",
        verb=True,
        register="classical",
    ),
    Rule(
        "xing-classical-walk-the-road",
        "行",
        "xing2 dao4",
        "行道 xíng dào 'walk the road' before 之人 or 者 (行道之人, 行道者): the trade, háng, "
        "is no word of classical prose",
        yes="有【行】道者过其门，问之。",
        no="天子【行】仁政，民皆归之。",
        word="行道",
        after="之 者",
        register="classical",
    ),
    # classical3's dev texts (出师表, 送东阳马生序, 孙权劝学, 卖油翁) and the kinds earlier sets
    # left: their kinds, on sentences of our own
    Rule(
        "se-classical-block",
        "塞",
        "se4",
        "塞 sè 'block, stop up' before what it blocks, after 以, 而 or an adverb (以塞忠谏之路, "
        "而塞其源): the frontier, sài, is gone out to or lies beyond (出塞, 塞外)",
        yes="筑堤以【塞】其流，民乃得安。",
        no="将军出【塞】，三年不归。",
        before="以 而 将 欲 乃 遂 必 能 不 勿 莫 PRON",
        not_after="外 上 下 北 翁",
        verb=True,
        register="classical",
    ),
    Rule(
        "wei-classical-those-who-do",
        "为",
        "wei2",
        "为 wéi 'do, act' in 为 X 者 'those who do X', X a deed or a virtue (为善者, 为忠善者): "
        "'for' wèi takes the one served, a person, 之, 其 or 所 (为我者, 为父报仇者, 为所识者)",
        yes="其有【为】善者，乡里皆称之。",
        no="其子有【为】父报仇者，乡人皆义之。",
        # 忠 is tagged a name
        after="ADJ VERB 忠 善 恶 仁 义 学 政 非 不",
        near_after="者",
        not_after="PRON PERSON 之 其 所 吾 我 汝 尔 人 民 国 君 天下 外人 己 子",
        register="classical",
    ),
    Rule(
        "de-classical-get-to",
        "得",
        "de2",
        "得 dé 'get to, manage to' before a verb, after an adverb of time or consequence (因得遍"
        "观群书, 乃得见之, 始得归): a complement de follows a verb",
        yes="会其友至，吾因【得】见之。",
        no="其马走【得】远，人莫能及。",
        before="因 乃 遂 始 终 竟 卒 方 皆 尽 亦 咸 幸",
        after="VERB ADV",
        register="classical",
    ),
    Rule(
        "guan-classical-capped",
        "冠",
        "jia1 guan4",
        "加冠 jiā guàn 'be capped', the coming of age at twenty: 冠 guàn is the verb 'put on the "
        "cap'; the cap, guān, is worn (高冠)",
        yes="年二十，既加【冠】，乃游学四方。",
        no="头戴高【冠】，腰佩长剑。",
        word="加冠",
        register="classical",
    ),
    Rule(
        "jing-classical-strong",
        "劲",
        "jing4",
        "劲 jìng 'strong, stiff, unbending' in classical prose (僵劲, 劲草, 劲旅, 风劲): the "
        "modern noun 'strength', jìn, is used or spent (使劲, 有劲, 费劲)",
        yes="其枝【劲】而不折，人皆奇之。",
        no="众人一齐使【劲】，乃举其石。",
        not_before="使 用 费 有 没 带 起 加 较 鼓 手 的 *股",
        register="classical",
    ),
    Rule(
        "xian-classical-fresh",
        "鲜",
        "xian1",
        "鲜 xiān 'fresh' before the food or the thing that is fresh (鲜肥, 鲜衣, 鲜鱼): 'few', "
        "xiǎn, stands before 有, 矣, 能, 为 or a verb (鲜有, 鲜矣, 鲜能知之)",
        yes="其人居山中，终岁无【鲜】肥之奉。",
        no="世之知者【鲜】矣。",
        after="NOUN ADJ 肥 美 鱼 食 衣 花 肉",
        not_after="有 为 矣 能 见 不 克 及 少 闻 知 VERB",
        register="classical",
    ),
    Rule(
        "xian-classical-few",
        "鲜",
        "xian3",
        "鲜 xiǎn 'few, seldom' before 矣, 有, 能, 克 or 不 (知者鲜矣, 鲜有闻, 鲜能久之): 'fresh', "
        "xiān, goes before the food or thing that is fresh (鲜肥)",
        yes="世之知其道者【鲜】矣，吾独何人哉？",
        no="其人居山中，终岁无【鲜】肥之奉。",
        after="矣 有 能 克 不 为 及 少",
        register="classical",
    ),
    Rule(
        "she-classical-give-up-it",
        "舍",
        "she3",
        "舍 shě 'give up, let go' before 之, 其 or the life given up (舍之, 舍其旧, 舍生, 舍身): "
        "the lodging, shè, is someone's or is come back to (其舍, 同舍, 至舍)",
        yes="吾宁【舍】之，而不与人争利也。",
        no="吾与其人同【舍】三年，未尝见其怒。",
        after="之 其 生 身 命 己",
        not_before="同 至 归 还 入 返 于 吾 余 邻 客 旅 茅 田 村 其",
        verb=True,
        register="classical",
    ),
    Rule(
        "she-classical-lodging",
        "舍",
        "she4",
        "舍 shè 'lodging, house' after 同 (同舍生 'lodgers of the same inn') or a verb of "
        "coming back to it (至舍, 归舍, 还舍): 'give up', shě, takes what is given up",
        yes="吾与其人同【舍】三年，未尝见其怒。",
        no="吾宁【舍】之，不与人争。",
        before="同 至 归 还 入 返 于 吾 余 邻 客 旅 茅 田 村",
        noun=True,
        register="classical",
    ),
    Rule(
        "pi-classical-wear",
        "被",
        "pi1",
        "被 pī 'wear, put on' (as 披) before the silk, armour, fur or hair worn (被绮绣, 被甲, "
        "被裘): the passive bèi goes before the one acting or the verb suffered (被执)",
        yes="其人【被】裘而行，不畏风雪。",
        no="其人【被】执，不屈而死。",
        after="绮 锦 绣 甲 坚 褐 裘 发 衣 袍 麻 蓑 羽 *衣 *裘 *甲 锦绣 绮绣 铠甲 甲胄"
        " 坚*",  # classical11: jieba's 被|坚执|锐 (被坚执锐 'in armour, weapon in hand')
        verb=True,
        register="classical",
    ),
    Rule(
        "xiu-classical-smell",
        "臭",
        "xiu4",
        "臭 xiù 'smell, scent' as a noun after 其, 容 or 无 (其臭如兰, 容臭 'sachet', 无声无臭): "
        "the stink, chòu, is what rotten things do (肉臭)",
        yes="兰生幽谷，其【臭】甚清。",
        no="鱼肉既【臭】，弃之于野。",
        before="其 容 无 声 气 香 异",
        noun=True,
        register="classical",
    ),
    Rule(
        "chu-classical-among",
        "处",
        "chu3",
        "处 chǔ 'be, dwell' before 其间 or 其中 'among them' (处其间, 处其中): chù 'place' is "
        "pointed at or counted (此处, 一处)",
        yes="群贤毕至，吾以后学【处】其中，不敢多言。",
        no="此【处】其地最高，可以望远。",
        after="其间 其中 其上 其下 其位",
        not_before="何 此 彼 一 各 到 NUM 随 深 高 住 DEM",
        verb=True,
        register="classical",
    ),
    Rule(
        "le-classical-worth",
        "乐",
        "le4",
        "乐 lè after 足, 可 or 堪 'worth, can be' and words of degree (足乐, 可乐, 甚乐, 至乐): "
        "music, yuè, is not worth or much",
        yes="山中之游，亦有足【乐】者。",
        no="闻【乐】而泣，不能自已。",
        before="足 可 足以 可以 堪 甚 极 至 何 所",
        register="classical",
    ),
    Rule(
        "ye-classical-exclaimed",
        "邪",
        "ye2",
        "邪 yé closing a rhetorical question that ends in an exclamation mark, after what is "
        "asked of (岂欲卿为博士邪！): xié 'evil' is driven out or opposed to the upright (去邪！)",
        yes="天下之大，岂无一贤者【邪】！",
        no="岂可扶正而去【邪】！",
        before="NOUN PRON NAME PERSON 者 也 乎 人 之",
        after="！ !",
        not_before="去 驱 辟 避 祛 正 奸 妖 诛 除 改 归 助 从 近 远",
        register="classical",
    ),
    Rule(
        "meng-classical-name",
        "蒙",
        "meng2",
        "蒙 méng standing alone in classical prose, a given name (吕蒙) or 'receive, cover' (蒙"
        "恩): Měng 'Mongol' is paired with another people (蒙汉)",
        yes="【蒙】先帝厚恩，不敢忘也。",
        no="其地【蒙】汉杂居，风俗各异。",
        not_after="古 族 汉 藏 回 满 元",
        register="classical",
    ),
    Rule(
        "geng-classical-anew",
        "更",
        "geng1",
        "更 gēng 'anew, in another way' before a verb of renewal (更刮目相待, 更立, 更衣, 更名): "
        "gèng 'still more' goes before what grows (更远, 更见其高)",
        yes="众人议之不决，乃【更】定其约。",
        no="登高而望，【更】见其远。",
        after="刮目相待 刮目 立 名 衣 易 置 始 张 造 定 改 换",
        register="classical",
    ),
    Rule(
        "dan-classical-load",
        "担",
        "dan4",
        "担 dàn 'load, burden' as what is put down (释担, 卸担, 弛担): 'carry', dān, takes what is "
        "carried (担柴)",
        yes="樵夫释【担】于道旁，坐而歇之。",
        no="樵夫【担】柴下山，日暮方归。",
        before="释 卸 弛 息 解 放 去 舍 弃",
        noun=True,
        register="classical",
    ),
    # -- helper classical4's kinds (湖心亭看雪, 伤仲永, 狼), each on sentences of our own
    Rule(
        "huan-classical-return-from",
        "还",
        "huan2",
        "还 huán 'come back' before 自 and where from (还自京师): the adverb hái modifies a verb "
        "or what is still so (还有)",
        yes="三年，【还】自京师，复见其友。",
        no="今【还】有人知之乎？",
        after="自",
        verb=True,
        register="classical",
    ),
    Rule(
        "de-classical-get-to-be",
        "得",
        "de2",
        "得 dé 'can, get to' opening a clause before a verb (得为君子乎): 'must', děi, is spoken "
        "modern Chinese, never written in 文言",
        yes="虽有其才而不学，【得】为君子乎？",
        no="鸟飞【得】高，人不能及。",
        before="START",
        after="VERB 为",
        register="classical",
    ),
    Rule(
        "de-classical-beast-gets",
        "得",
        "de2",
        "得 dé 'get' between the one who gets and what is got (一犬得肉, 一虎得鹿): a complement's "
        "de follows a verb or an adjective, not a noun",
        yes="二虎相争，一虎【得】鹿而归。",
        no="鸟飞【得】高，人不能及。",
        before="NOUN",
        after="NOUN",
        register="classical",
    ),
    Rule(
        "yu-classical-at",
        "於",
        "yu2",
        "於 yú 'at, to, from, than' in classical prose (遊於四方, 學於師): the Traditional copy "
        "keeps 於, which the model may read wū, the exclamation of 於乎 and 於戲 or the tiger 於菟",
        yes="吾嘗學【於】師，三年而成。",
        no="【於】乎！先生之德，山高水長。",
        not_after="乎 戏 戲 菟 穆 铄 鑠 皇",
        register="classical",
    ),
    Rule(
        "chang-classical-threshing-floor",
        "场",
        "chang2",
        "场 cháng 'threshing floor' after the grain threshed on it (麦场, 谷场): 'place, arena', "
        "chǎng, is fought or played on (战场)",
        yes="秋收既毕，农人皆聚于麦【场】，终日不息。",
        no="两军相遇于战【场】，死者甚众。",
        before="麦 谷 稻 禾 打 粟",
        register="classical",
    ),
    Rule(
        "chang-classical-floor-owner",
        "场",
        "chang2",
        "场 cháng 'threshing floor' before its owner or garden (场主, 场圃), as in 麦场 "
        "(chang-classical-threshing-floor)",
        yes="有老翁为【场】主，日夜守其禾，人皆敬之焉。",
        no="两军相遇于战【场】，死者甚众。",
        after="主 圃",
        register="classical",
    ),
    Rule(
        "dan-classical-in-load",
        "担",
        "dan4",
        "担 dàn 'load' before 中 or 内, what lies in the load (担中柴尽): 'carry', dān, takes what "
        "is carried (担柴)",
        yes="樵者暮归，【担】中柴尽。",
        no="樵夫【担】柴下山，日暮方归。",
        after="中 内",
        noun=True,
        register="classical",
    ),
    Rule(
        "shu-classical-several-blows",
        "数",
        "shu4",
        "数 shù 'several' before what is counted out in blows, steps, days or people (数刀, 数步, "
        "数日, 数人): 'count, list', shǔ, takes what is listed (数其罪)",
        yes="其人挥剑而前，身中【数】刀而不退。",
        no="王【数】其罪而责之。",
        after="刀 剑 箭 枪 鞭 杖 步 里 日 月 年 岁 人 次 声 言 语 尺 丈 寸 株 骑",
        register="classical",
    ),
    Rule(
        "pu-classical-spread",
        "铺",
        "pu1",
        "铺 pū 'spread' before what is spread (铺席, 铺毡): the shop, pù, is named after its "
        "trade (药铺)",
        yes="童子【铺】席于地，请客坐之。",
        no="城东有一药【铺】，主人甚贤。",
        after="NOUN 席 毡 毯 被 草 石",
        verb=True,
        register="classical",
    ),
    Rule(
        "qiang-classical-force-oneself",
        "强",
        "qiang3",
        "强 qiǎng 'force oneself to' before a verb of drinking, eating, smiling or speaking "
        "(强饮, 强笑): 'strong', qiáng, describes (兵强)",
        yes="友人将别，吾【强】笑送之。",
        no="其国兵【强】马壮，邻国皆畏之。",
        after="饮 食 笑 起 颜 言 对 答 记 留 谏 争 辩 为 作 忍 欢",
        register="classical",
    ),
    Rule(
        "pan-classical-cling",
        "扳",
        "pan1",
        "扳 pān 'pull along, cling to' (同'攀') in classical prose: the modern tool and verb of "
        "turning, bān, come as 扳手, 扳机, 扳道",
        yes="其父日【扳】之遍谒亲友。",
        no="匠人取【扳】手紧之。",
        not_after="手 机 道 子 *手",
        register="classical",
    ),
    Rule(
        "shan-classical-cover",
        "苫",
        "shan4",
        "苫 shàn 'cover (with straw)' as a verb before what it covers or how (苫其屋, 苫蔽): the "
        "straw mat, shān, is slept on (寝苫枕块)",
        yes="农人以茅【苫】其屋，以御风雨，其勤如此也。",
        no="孝子寝【苫】枕块，三年不出。",
        after="蔽 盖 覆 之 其 屋 顶",
        verb=True,
        register="classical",
    ),
    Rule(
        "chen-classical-match",
        "称",
        "chen4",
        "称 chèn 'match, live up to' after 不能, 不足 or 未能 (不能称其名): 'praise, call', chēng, "
        "has its praiser (人皆称之)",
        yes="其文不能【称】其名也，人皆笑之。",
        no="人皆【称】之，以为贤者。",
        before="不能 不足 未能 未 弗能",
        verb=True,
        register="classical",
    ),
    Rule(
        "zhong-classical-hits-counted",
        "中",
        "zhong4",
        "中 zhòng 'hit' counted between numbers after shooting (发矢十中八九, 十发十中): 'of, "
        "among', zhōng, counts without a shot (十中取一)",
        yes="引弓而射，百发而【中】九十。",
        no="十【中】取一，余皆弃之。",
        before="NUM 而 皆 必 辄 屡",
        near_before="发 射 矢 箭 投 弹 弓",
        verb=True,
        register="classical",
    ),
    Rule(
        "zhong-classical-farm",
        "种",
        "zhong4",
        "种 zhòng 'plant, farm' before the crop or 作 (往来种作, 种桑, 种豆): the seed or kind, "
        "zhǒng, is someone's or something's (其种, 此种)",
        yes="农人春则【种】桑，秋则获粟。",
        no="此【种】之马，日行千里。",
        after="作 植 之 于 田 树 桑 麻 豆 瓜 粟 禾 谷 菊 竹 稻 黍 菜 花",
        not_before="其 此 彼 良 异 佳 何 一 NUM 各 诸 杂 物 人 之 同 绝 灭 别 DEM",
        verb=True,
        register="classical",
    ),
    Rule(
        "yao-classical-invite",
        "要",
        "yao1",
        "要 yāo 'invite, ask along' after 便, 遂 or 乃 before going somewhere (便要还家, 遂要至其"
        "家): classical prose says 'want' with 欲, and 'must' with 当",
        yes="主人见之甚喜，遂【要】至其家，设酒相待。",
        no="今日天寒，汝【要】早归。",
        before="便 遂 乃 因 相 共 争",
        after="还 归 至 入 过 与 之 于 客 还家",
        verb=True,
        register="classical",
    ),
    Rule(
        "chi-classical-islet",
        "坻",
        "chi2",
        "坻 chí 'islet, mound in the water' in classical prose: dǐ lives in place names (宝坻), "
        "which are words",
        yes="水中有【坻】，白鹭集焉。",
        no="宝【坻】在天津之东。",
        not_before="宝",
        noun=True,
        register="classical",
    ),
    Rule(
        "jian-classical-meddle",
        "间",
        "jian4",
        "间 jiàn 'take part in, come between' before 焉 or 之 after 何, a denial or 而 (何间焉, "
        "而间之): the space between, jiān, follows what it lies between (林间, 其间)",
        yes="兄弟之争，外人何【间】焉？",
        no="游于林【间】，乐而忘返。",
        before="何 又何 不 勿 莫 相 而 得",
        after="焉 之",
        verb=True,
        register="classical",
    ),
    Rule(
        "wei-idiom-tell-outsiders",
        "为",
        "bu4 zu2 wei4 wai4 ren2 dao4",
        "不足为外人道 'not worth telling outsiders': 为 wèi 'to' the outsiders told "
        "(现代汉语词典); the lexicon's wéi reads it 'be'",
        yes="其中甘苦，不足【为】外人道也。",
        no="此事不足【为】奇，人皆知之。",
        word="不足为外人道",
    ),
    # classical5: helper classical5's kinds (与朱元思书, 周亚夫军细柳, 生于忧患死于安乐) and two
    # the lead named (a modern word swallowing a classical one: 与其, 夫君), each on sentences
    # of our own
    Rule(
        "dongxi-classical-directions",
        "东",
        "dong1 xi1",
        "东西 dōng xī 'east and west, hither and thither' in classical prose (任意东西, 东西南北): "
        "the modern word dōngxi 'thing' is not classical",
        yes="其人浪迹江湖，随意【东】西，终岁不归。",
        no="自此【东】行三十里，乃至其国。",
        word="东西",
        register="classical",
    ),
    Rule(
        "ben-classical-gallop",
        "奔",
        "ben1",
        "奔 bēn 'gallop, rush' closing its clause (猛浪若奔, 马惊而奔): bèn 'head for' takes the "
        "place it heads for (奔其家)",
        yes="其马惊而【奔】，御者不能止。",
        no="闻父病，即【奔】其家。",
        after="END",
        verb=True,
        register="classical",
    ),
    Rule(
        "zhuan-classical-warble",
        "转",
        "zhuan4",
        "转 zhuàn 'warble' (啭) counted after a numeral where birds, cicadas or a voice sing "
        "(蝉则千转, 莺声百转): a road or a river turning is zhuǎn (山路千转)",
        yes="春日黄鹂千【转】，其声清越。",
        no="山路千【转】，行者苦之。",
        before="NUM 百 千 万 数",
        near_before="莺 鸟 蝉 禽 鹂 雀 鹊 燕 声 歌 喉 啼 鸣 *鸟 *莺 *鹂 *蝉 *声",
        register="classical",
    ),
    Rule(
        "jiang-classical-general-and-below",
        "将",
        "jiang4",
        "将 jiàng 'the general' before 以下 or 以上 (将以下, 将以下皆拜): 'about to, take' jiāng "
        "goes before a verb or the 以 of means (将以此书赠之)",
        yes="太守出迎，【将】以下皆拜于道。",
        no="吾【将】以此书赠之。",
        after="以下 以上",
        register="classical",
    ),
    Rule(
        "ye-classical-rhetorical-question",
        "邪",
        "ye2",
        "邪 yé closing a rhetorical question after 岂, 宁 or what can be (可得而犯邪, 岂不惜邪): "
        "xié 'evil' is what one shuns or does (去邪, 为邪)",
        yes="国有良将，敌岂得而犯【邪】！",
        no="君子正其身，远【邪】而近贤。",
        after="END",
        near_before="岂 宁 讵 庸 得 可 安",
        not_before="去 驱 辟 避 祛 正 奸 妖 诛 除 改 归 助 从 近 远 为 作 行",
        register="classical",
    ),
    Rule(
        "zeng-classical-increase",
        "曾",
        "zeng1",
        "曾 zēng 'increase' (增) before 益 (曾益其所不能): céng 'once' goes before a verb of what "
        "happened (曾见之)",
        yes="勤学不辍，所以【曾】益其才也。",
        no="吾【曾】见其人，貌甚恭。",
        after="益",
        register="classical",
    ),
    Rule(
        "yue-classical-fu-yue",
        "说",
        "yue4",
        "说 yuè in the name 傅说 (the minister raised from the builders, 傅说举于版筑之间): after "
        "the surname 傅 alone 说 is no verb 'say'",
        yes="殷之贤臣傅【说】，起于版筑之间。",
        no="其友【说】之曰：不可。",
        before="傅",
        register="classical",
    ),
    Rule(
        "ge-classical-jiao-ge",
        "鬲",
        "ge2",
        "鬲 gé in the name 胶鬲 (the minister raised from the fish and salt trade): the vessel "
        "鬲 lì is cast and cooked in",
        yes="胶【鬲】举于鱼盐之中，遂为贤臣。",
        no="铸鼎与【鬲】，以祭其祖。",
        before="胶",
        register="classical",
    ),
    Rule(
        "yu-classical-take-part-in-its",
        "与",
        "yu4 qi2",
        "与 yù 'take part in' before 其 'its' after what can or cannot (能与其奇, 不与其事, 得与其"
        "列): the modern word 与其 'rather than' pairs with 不如/宁/孰若, and 与 yǔ 'with' takes a "
        "person (不与其人言)",
        yes="天下之士，未有能【与】其事者。",
        no="【与】其坐而待亡，孰若起而拯之？",
        word="与其",
        before="能 得 不 未 莫 弗 皆 尽 参 预",
        not_after="人 友 子 父 母 兄 弟 妻 君 臣 民 徒 师 PERSON PRON NAME",
        not_near_after="不如 宁 孰若 岂若 毋宁",
        register="classical",
    ),
    Rule(
        "fu-classical-opening-gentleman",
        "夫",
        "fu2 jun1",
        "夫 fú opening an argument before 君子 (夫君子之行), which the cut takes for 夫君 "
        "'husband': the husband is addressed or spoken of (其夫君)",
        yes="【夫】君子之学，不求闻达。",
        no="妾之【夫】君，远戍未归。",
        word="夫君",
        after="子",
        not_before="之 其 妾 吾",
        register="classical",
    ),
    # classical6: helper classical6's kinds (得道多助失道寡助, 富贵不能淫, 河中石兽), each on
    # sentences of our own
    Rule(
        "de-classical-obtain-at",
        "得",
        "de2",
        "得 dé 'find, obtain' before 于 of the place where (果得于数里外, 得之于山中): a modal "
        "děi or a complement's de never comes before 于",
        yes="寻其剑三日，乃【得】于石下。",
        no="其马走【得】远，人莫能及。",
        after="于 於",
        register="classical",
    ),
    Rule(
        "de-classical-have-got",
        "得",
        "de2",
        "得 dé 'get, obtain' after 有 before what is got (必有得天时者, 未有得其心者): modern "
        "有得 'there is to' (有得吃) is spoken, never 文言",
        yes="攻者虽众，未有【得】其城者。",
        no="其马走【得】远，人莫能及。",
        before="有 必有 未有 尝有 多有 或有 亦有",
        after="NOUN PRON 其 天 人 民 一",
        register="classical",
    ),
    Rule(
        "guan-classical-be-capped",
        "冠",
        "guan4",
        "冠 guàn 'be capped', the coming of age, as a verb closing its clause after 之, 既, 而 or "
        "未 (丈夫之冠也, 年二十而冠): the cap, guān, is worn or set straight (正其冠)",
        yes="男子二十而【冠】，始为成人。",
        no="君子正其衣【冠】，尊其瞻视。",
        before="之 既 而 未 已 将 始",
        after="END 也 矣 焉",
        register="classical",
    ),
    Rule(
        "guan-classical-the-cap",
        "冠",
        "guan1",
        "冠 guān 'cap' worn or set straight, after 高, 戴, 正 or its owner 其 (头戴高冠, 正其"
        "冠): the verb guàn 'be capped' closes its clause after 之, 既 or 而",
        yes="君子必正其【冠】，然后出见宾客。",
        no="男子二十而【冠】，始为成人。",
        before="高 峨 危 戴 正 整 脱 其",
        register="classical",
    ),
    Rule(
        "gan-classical-river-bank",
        "干",
        "gan1",
        "干 gān 'bank' after a river (河干, 江干, 溪干): gàn 'do, able' (幹) follows a person or "
        "能 (精明能干)",
        yes="其家居河【干】，以渔为业。",
        no="其人精明能【干】，众皆服之。",
        before="河 江 溪 淇 汉 湘 *河 *江",
        register="classical",
    ),
    Rule(
        "pa-classical-rake",
        "钯",
        "pa2",
        "钯 pá 'rake' (耙), the farm or dredging tool of old texts (曳铁钯): the metal palladium, "
        "bǎ, is modern chemistry",
        yes="农夫荷铁【钯】而归，日已暮矣。",
        no="其人以【钯】金为饰，人皆笑之。",
        not_after="金 NUM",
        register="classical",
    ),
    Rule(
        "zhuan-classical-turning-over",
        "转",
        "zhuan3 zhuan3",
        "转转 zhuǎn zhuǎn 'turning and turning' before 不已 or 不止 (转转不已): the modern "
        "word zhuànzhuan 'stroll' is spoken, and a stone rolling over or a state changing is zhuǎn",
        yes="世事【转】转不已，人莫能测其终。",
        no="其舟随流而【转】，人皆惊之。",
        word="转转",
        after="不已 不止 不息 不休",
        register="classical",
    ),
    # classical7: helper classical7's kinds (邹忌讽齐王纳谏, 北冥有鱼, 塞翁失马), each on
    # sentences of our own
    Rule(
        "hao-classical-fond-of",
        "好",
        "hao4",
        "好 hào 'be fond of' before the pastime or pursuit one is given to (其子好骑, 好读书, "
        "好饮酒, 好猎): 'good' hǎo describes and closes its clause or follows a word of degree "
        "(此马甚好)",
        yes="其弟【好】猎，每出必数日乃归。",
        no="此马甚【好】，骑之如飞，人皆爱之。",
        # (not the things a pastime uses: 好酒 好剑 好琴 are a good wine, sword, zither)
        after="骑 骑射 射 猎 田猎 畋猎 读 读书 学 饮 饮酒 游 弈 博 击剑 鼓琴 辩 勇 武 战 施 古 "
        "问 利 色 善 义 仁 贤 士 客 为",  # classical11: 好善 好士 'love the good'; 好为 'like to'
        not_before="甚 极 最 颇 至 大 殊 太 正 恰",
        register="classical",
    ),
    Rule(
        "zhao-classical-morning-dress",
        "朝",
        "zhao1 fu2",
        "朝服 zhāo fú 'in the morning put on' opening a clause or after its subject, before "
        "what is put on (朝服衣冠, 其人朝服冠带): the court dress, cháo fú, is worn, kept or "
        "named (具朝服, 朝服而立)",
        yes="【朝】服其冠，出见宾客，宾客皆叹其美。",
        no="乃具【朝】服，入见于王，王甚悦之。",
        word="朝服",
        before="START PRON NOUN NAME 其人",
        after="NOUN 衣冠 其 衣 冠 冠带 甲 裘 *衣 *服 *冠",
        register="classical",
    ),
    # 女 rǔ 'you' (通"汝"), the dev set's 往之女家 (富贵不能淫) left since classical6: the one
    # spoken to, told or taught, or addressed as the subject of a question or a bidding
    Rule(
        "ru-classical-you-told",
        "女",
        "ru3",
        "女 rǔ 'you' (汝) after a verb of telling, teaching or charging someone (吾语女, 诲女知之"
        "乎, 告女): a daughter or a woman, nǚ, is had, born, married or named (有女, 生女, 其女)",
        yes="吾语【女】，女其识之，勿忘也。",
        no="其人有【女】三人，皆善歌舞，邻里称之。",
        before="语 诲 告 谓 诏 责 戒 命",
        register="classical",
    ),
    Rule(
        "ru-classical-you-asked",
        "女",
        "ru3",
        "女 rǔ 'you' (汝) opening a clause before a word of asking or bidding (女安知之, 女何不"
        "往, 女勿忧, 女其勉之): the daughter, nǚ, is said of (其女, 有女), and 女子 is a word",
        yes="【女】何不往，而独居于此乎？",
        no="生【女】则喜，生男则忧，此何故也？",
        # or the opening of what is said to the one addressed (曰：“女何不往)
        before="START “ ‘ 「 『",
        after="安* 何* 奚* 曷* 焉 胡* 其 勿 毋 必 当 将 尚 岂 宁 姑 知 闻",
        register="classical",
    ),
    Rule(
        "ru-classical-your-home",
        "女",
        "ru3 jia1",
        "女家 rǔ jiā 'your home' after 之 'go to' that follows 往 or 归 (往之女家): the bride's "
        "family, nǚ jiā, is set against the groom's (男家女家) or visited (至女家)",
        yes="明日往之【女】家，女其待我于门。",
        no="男家【女】家，皆大欢喜。",
        word="女家",
        before="之",
        before2="往 归 适 行",
        register="classical",
    ),
    Rule(
        "zhuo-classical-arrow-cord",
        "缴",
        "zhuo2",
        "缴 zhuó 'the silk cord tied to a fowling arrow' after the bow or the arrow it is tied "
        "to (弓缴, 矰缴; classical8): jiǎo 'hand over' takes what is handed over (缴其粮)",
        yes="猎者持弓【缴】，伏于林下以待雁。",
        no="民皆【缴】其粮于官，官不受。",
        before="弓 矰 *弓",
        register="classical",
    ),
    # classical9: the kinds of 陈涉世家 and 世说新语's 管宁割席, 华歆王朗 and 荀巨伯, on sentences
    # of our own: 文言 readings of 宁 数 少 应 适 度 将 舍 语 华 夏 为
    Rule(
        "ning-classical-how-could",
        "宁",
        "ning4",
        "宁 nìng 'how could; would rather' before a modal, 以, 有 or a negation (宁可以私废公乎, "
        "王侯将相宁有种乎, 宁以身殉之, 宁不愧乎): 'at peace', níng, closes its clause (四境既宁)",
        yes="【宁】可以私恩而废公法乎？",
        no="四境既【宁】，乃修学宫以教子弟。",
        after="可 可以 以 有 能 敢 肯 不 非 使 忍",
        register="classical",
    ),
    Rule(
        "shuo-classical-repeatedly",
        "数",
        "shuo4",
        "数 shuò 'often, again and again' before a verb of advising, asking, fighting or earning "
        "merit (数谏, 数请, 数战, 数败, 数有功): 'several', shù, stands before what is counted "
        "(数日, 数人, 数刀)",
        yes="其臣【数】谏，王不听，国遂亡。",
        no="居【数】日，其父自远方归。",
        after="谏 请 战 败 胜 犯 侵 攻 召 遣 使 问 辱 让 责 荐 劝 有功 有",
        # the number itself, had or named (其数有三: shù)
        not_before="其 之 此 无 定",
        register="classical",
    ),
    Rule(
        "shao-classical-in-youth",
        "少",
        "shao4 shi2",
        "少时 shàoshí 'in one's youth' after the one whose youth it was (其人少时, 余少时, 陈涉少"
        "时): 'a little while', shǎoshí, opens its clause or follows a verb of staying "
        "(少时，一狼径去; 坐少时)",
        yes="其人【少】时家贫，常为人牧羊。",
        no="【少】时，雨止，众皆出。",
        word="少时",
        before="HAN",
        # but a little while after a verb of staying (客坐少时, 居少时: shǎo)
        not_before="居 坐 立 待 停 留 卧 息 止 俄",
        register="classical",
    ),
    Rule(
        "shao-classical-youngest-son",
        "少",
        "shao4 zi3",
        "少子 shàozǐ 'the youngest son' (二世少子也, 其少子): the modern 少子化 'fewer "
        "children' is a word of its own",
        yes="其【少】子最贤，父甚爱之。",
        no="其家【少】女，皆嫁于邻邑。",
        word="少子",
        register="classical",
    ),
    Rule(
        "ying-classical-answered",
        "应",
        "ying4",
        "应 yìng 'answer' before what is said in answer (应曰, 应之曰, 应声, 应诺): 'should', "
        "yīng, stands before what should be done (此事应早图之)",
        yes="呼其子，其子【应】曰：诺。",
        no="此事【应】早图之，不可缓也。",
        after="曰 声 诺 之",
        register="classical",
    ),
    Rule(
        "zhe-classical-banished",
        "适",
        "zhe2",
        "适 zhé (谪) 'send as a punishment' before 戍 'to garrison' (适戍 'banished to the "
        "frontier'): 'go to', shì, takes a place (适楚)",
        yes="秦发贫民【适】戍边郡，道远多死。",
        no="吾【适】楚，道遇故人。",
        after="戍 戍边 戍守",
        register="classical",
    ),
    Rule(
        "duo-classical-reckon",
        "度",
        "duo2",
        "度 duó 'reckon, judge' opening a clause before what is judged (度已不及, 度其必败, 度不"
        "能胜): dù 'cross, pass' follows its subject (夜半度河)",
        yes="【度】已不及，乃弃辎重而走。",
        no="夜半【度】河，敌不觉。",
        before="START",
        after="已 其 必 不 将 势",
        register="classical",
    ),
    Rule(
        "jiang-classical-lead-troops",
        "将",
        "jiang4",
        "将 jiàng 'lead, command' before the troops (将兵, 将骑, 将卒): before a verb 将 is "
        "jiāng 'about to' (兵将至)",
        yes="王使其弟【将】兵击之，大破其众。",
        no="兵【将】至矣，城中皆惧。",
        after="兵 卒 士卒 骑 众 师",
        register="classical",
    ),
    Rule(
        "she-classical-give-up-wished",
        "舍",
        "she3",
        "舍 shě 'give up, abandon' after a wish, a refusal or a forbidding (欲舍, 不忍舍, 勿舍, "
        "不肯舍): the lodging, shè, is come back to (归舍)",
        yes="追兵将至，其人欲【舍】所负之物而走。",
        no="日暮，客归【舍】，闭门而卧。",
        before="欲 忍 不忍 勿 毋 肯 不肯 岂 宁",
        verb=True,
        register="classical",
    ),
    Rule(
        "yu-classical-tell-someone",
        "语",
        "yu4",
        "语 yù 'tell' between the teller and the one told, before 曰 in its clause (其父语其子"
        "曰, 友人语之曰): the saying, yǔ, is had or quoted itself (有语曰, 其语曰)",
        yes="其父【语】其子曰：勿忘此言。",
        no="乡人有【语】曰：种瓜得瓜。",
        near_after="曰 *曰",
        not_after="曰 云",
        register="classical",
    ),
    Rule(
        "hua-classical-surname",
        "华",
        "hua4",
        "华 Huà the surname before a given name of one character jieba does not know (华歆, 华"
        "督; 华佗 is a word): 'splendour, flower', huá, stands in words (华发, 繁华) or after 其",
        yes="【华】督登城而望，见敌兵甚众。",
        no="桃之夭夭，灼灼其【华】。",
        after="MORPHEME",
        register="classical",
    ),
    Rule(
        "hua-classical-surname-alone",
        "华",
        "hua4",
        "华 Huà, a man named by his surname alone, opening a clause before what he did (华怒而"
        "去, 华闻之): the flower, huá, is described "
        "(其华灼灼)",
        yes="【华】闻之，怒而去，终身不复与之言。",
        no="桃之夭夭，灼灼其【华】。",
        before="START",
        after="VERB",
        register="classical",
    ),
    Rule(
        "hua-classical-surname-listed",
        "华",
        "hua4",
        "the same surname listed by 、 before another (华、管之贤, 论华、王之优劣)",
        yes="时人论【华】、管之贤，莫能定也。",
        no="春【华】秋实，各得其时。",
        after="、",
        after2="SURNAME NAME CHAR1",
        register="classical",
    ),
    Rule(
        "jia-classical-yangjia",
        "夏",
        "jia3",
        "夏 jiǎ in 阳夏, the Qin and Han county in Henan, before 人, 者 or 城 (陈郡阳夏人; 阳夏县 "
        "and 阳夏令 glue 夏县 夏令): 'summer', xià, closes its clause (时值阳夏)",
        yes="其人阳【夏】人也，少有大志。",
        no="时值阳【夏】，草木方盛。",
        before="阳",
        after="人 者 城",
        register="classical",
    ),
    Rule(
        "wei-classical-serve-as",
        "为",
        "wei2",
        "为 wéi 'serve as, be' before an office named by where or what it heads (为屯长, 为军吏, "
        "为县令): 'for', wèi, names whom a deed is for (为天下唱, 为我守此城, 为楚将兵: 将 is "
        "left out, 'lead' as often as 'general')",
        yes="后以功【为】军吏，迁郡守。",
        no="汝【为】我守此城，吾往求救。",
        after="NOUN NAME",
        after2="长 守 尉 令 吏",
        register="classical",
    ),
    # classical9, the brief's list of 文言 readings probed on sentences of our own: 说 shuì, 王
    # wàng, 乘 shèng, 相 xiàng, 将 jiàng, 见 xiàn
    Rule(
        "shui-classical-persuade-ruler",
        "说",
        "shui4",
        "说 shuì 'persuade, urge a policy on' before the ruler urged (说齐王, 说其君, 往说秦王): "
        "'speak of', shuō, takes what is told (说其所见)",
        yes="客有【说】其君者，君不能用。",
        no="其人【说】其所见，众皆惊。",
        after="HAN",
        after2="王 君 侯 主 *王 *君 *侯",
        register="classical",
    ),
    Rule(
        "shui-classical-persuade-named",
        "说",
        "shui4",
        "the same shuì before a ruler named by his title or as a word (说天子, 说诸侯, 往说楚王): "
        "the saying, shuō, is had (有说)",
        yes="其人往【说】楚王，楚王不听。",
        no="其人有【说】，众皆服之。",
        after="天子 诸侯 人主 君王 国君 王 君 侯 *王 *君 *侯",
        register="classical",
    ),
    Rule(
        "yue-classical-pleased",
        "说",
        "yue4",
        "说 yuè (悦) 'be pleased' after a word of degree, 皆 or a negation, before 之 or closing "
        "its clause (王大说, 人皆说之, 君不说): 'speak', shuō, has a speaker who tells someone "
        "(吾为汝说之)",
        yes="王闻之大【说】，赐以千金。",
        no="吾为汝【说】之，汝其听之。",
        before="大 甚 皆 不 心 乃 颇",
        after="之 END 乎 焉 其",
        register="classical",
    ),
    Rule(
        "wang-classical-be-king",
        "王",
        "wang4",
        "王 wàng 'rule as king, become king' after a wish, a modal or 者/而, before the land "
        "ruled or closing its clause (欲王关中, 可以王天下, 仁者王): the king, wáng, is named "
        "(齐王, 其王)",
        yes="行仁政而【王】，莫之能御也。",
        no="其【王】好勇，国人畏之。",
        before="欲 将 可 可以 不 而 遂 自 必 能 者 则 足以",
        after="天下 关中 之 于 诸侯 四海 END PLACE 其",  # classical11: 欲王其弟 'make king'
        register="classical",
    ),
    Rule(
        "sheng-classical-chariots",
        "乘",
        "sheng4",
        "乘 shèng counting chariots, after a numeral (车百乘, 兵车千乘, 万乘之国): 'ride', chéng, "
        "takes what is ridden (乘马, 乘舟)",
        yes="其国有兵车三百【乘】，甲士万人。",
        no="吾【乘】马而往，日暮乃至。",
        before="NUM",
        not_after="以",
        register="classical",
    ),
    Rule(
        "xiang-classical-minister",
        "相",
        "xiang4",
        "相 xiàng 'minister, chief minister' closing its clause (为相, 拜为相, 齐之相): 'each "
        "other', xiāng, stands before a verb (相望, 相闻)",
        yes="其父为【相】，其子为将。",
        no="两家隔水【相】望，鸡犬之声相闻。",
        after="END 也 矣",
        not_before="不 互 自 共 所 何 REDUP",
        register="classical",
    ),
    Rule(
        "xiang-classical-be-minister-of",
        "相",
        "xiang4",
        "相 xiàng 'serve as minister of' after the man and before the state he serves (张仪相秦, "
        "惠子相梁): 'each other', xiāng, stands between two parties and a verb (两国相攻)",
        yes="其人【相】齐三年，齐国大治。",
        no="两国【相】攻，民不得息。",
        before="NAME SURNAME NOUN",
        after="齐 秦 楚 赵 魏 韩 燕 鲁 宋 卫 郑 晋 吴 越 梁 陈 蔡",
        register="classical",
    ),
    Rule(
        "jiang-classical-the-generals",
        "将",
        "jiang4",
        "将 jiàng 'general' after a word that counts or gathers them (诸将, 众将, 群将, 偏将, "
        "裨将): 'about to', jiāng, follows its subject before a verb (兵将至)",
        yes="诸【将】皆曰：善。",
        no="大军【将】至，民皆入城。",
        before="诸 众 群 偏 裨 部",
        register="classical",
    ),
    Rule(
        "jiang-classical-be-general",
        "将",
        "jiang4",
        "将 jiàng 'general' after 为/拜 'be made', closing its clause (其子为将, 拜为将): before "
        "a verb 将 is jiāng (将以为)",
        yes="其父为相，其子为【将】。",
        no="吾【将】以为师，汝其勉之。",
        before="为 拜",
        after="END 也 矣 者",
        register="classical",
    ),
    Rule(
        "wei-classical-be-office",
        "为",
        "wei2",
        "为 wéi 'be, serve as' before a minister's, general's or king's office closing its clause "
        "(为相, 为将, 为王。): before the troops led, 为 is wèi 'for' (为楚将兵)",
        yes="其父【为】相，其子为将。",
        no="汝【为】我守此城，吾往求救。",
        after="相 将 王 侯 臣 帅 卿 *相 *将",
        after2="END 也 矣",
        register="classical",
    ),
    Rule(
        "xian-classical-appear-at-end",
        "见",
        "xian4",
        "见 xiàn 'appear, be revealed' closing its clause after the thing that shows, once "
        "something else has happened (图穷而匕首见, 水落而石见): seeing, jiàn, has a seer (吾见, "
        "客至而主人见) or a thing seen after it",
        yes="水落而石【见】，舟人皆喜。",
        no="客至而主人【见】，礼甚恭。",
        before="NOUN",
        after="END",
        near_before="而 则",
        not_before="NAME PRON PERSON 不 未 所 相 可 乃 始 复 人 主人 客 臣 使者 者 子 君 王 公 父 "
        "母 兄 弟 妻 友 吏 民 *人",
        # an audience sought or given in some manner (请以军礼见, 愿以璧见: jiàn 'meet')
        not_near_before="以 请 愿 欲 求 得 往 来 入",
        register="classical",
    ),
    # classical10: the kinds of 周处 (世说新语) and 六国论 (苏洵), on sentences of our own: 更相
    # gēng, 丧 sàng, 暴 pù, 得之 dé, 横 hèng, and 为 wéi before a trade (left by classical9)
    Rule(
        "geng-classical-in-turn",
        "更",
        "geng1",
        "更 gēng 'in turn, one after another' before 相 and the verb done by turns (更相庆, 更相"
        "推让, 更相为命): gèng 'still more' goes before what grows (更远)",
        yes="诸子闻之，【更】相劝勉，终无失德。",
        no="登高而望，【更】见其远。",
        after="相",
        after2="VERB MORPHEME HAN",
        register="classical",
    ),
    Rule(
        "sang-classical-perish",
        "丧",
        "sang4",
        "丧 sàng 'perish, be lost' closing its clause after an adverb or the one lost (六国互丧, "
        "国遂丧, 赂者丧): the mourning, sāng, is kept or attended (居丧, 奔丧, 及其丧)",
        yes="诸侯不相救，故皆【丧】。",
        no="及其【丧】，乡人皆往吊之。",
        before="互 皆 亦 遂 必 且 将 俱 并 乃 竟 以 而 者 国",
        after="END 矣 也 焉",
        register="classical",
    ),
    Rule(
        "pu-classical-expose",
        "暴",
        "pu4",
        "暴 pù (曝) 'expose to sun and weather' before the frost, dew or sun it is exposed to, or "
        "the bones left out (暴霜露, 暴于日, 暴骨于野): 'violent', bào, stands before a ruler or "
        "closes its clause (暴秦, 其君暴)",
        yes="其衣久【暴】于日，色尽褪。",
        no="其君【暴】，民不堪命。",
        after="霜露 霜 露 风霜 雨露 于 日 骨 其骨 尸 其尸",
        register="classical",
    ),
    Rule(
        "de-classical-got-it",
        "得",
        "de2",
        "得 dé 'get it right, grasp it' before 之 closing its clause (此言得之, 吾得之矣): the "
        "complement marker follows a verb before a degree or a result (言得甚明)",
        yes="众议纷纷，惟其言【得】之。",
        no="其人言【得】甚明，众皆服。",
        after="之",
        after2="END 矣 也 乎 焉",
        register="classical",
    ),
    Rule(
        "heng-classical-scourge",
        "横",
        "heng4",
        "横 hèng 'unruly, a scourge' closing its clause after a count of scourges or a word of "
        "degree (谓为三横, 其子益横): 'across', héng, lies over what it crosses (大木横江)",
        yes="其子益【横】，乡人皆畏之。",
        no="大木【横】江，舟不得过。",
        before="二 三 四 益 愈 甚 尤 日 颇 最 NUM",
        after="END 唯 惟 皆 尤 者 也 矣",
        register="classical",
    ),
    Rule(
        "shui-classical-someone-urged",
        "说",
        "shui4",
        "说 shuì 'urge, advise' after 或 'someone' before the one urged (或说项羽曰, 或说其弟从军, "
        "或说处杀虎): 'speak', shuō, stands beside another doing (或说或笑) or before what is "
        "said (或说曰)",
        yes="或【说】其弟弃田从军，弟从之。",
        no="或【说】或笑，各尽其欢。",
        before="或",
        after="NAME NOUN PRON CHAR1 HAN",
        not_after="曰 云 或 者 也 笑 以 于",
        register="classical",
    ),
    # classical10, the brief's list of 文言 readings probed on sentences of our own: 间 jiàn,
    # 从 zòng, 相 xiàng
    Rule(
        "jian-classical-by-stealth",
        "间",
        "jian4",
        "间 jiàn 'by a side way, in secret' before the way or the going (从间道归, 间行而去, "
        "间出): 'between, among', jiān, follows what it lies between (两山之间)",
        yes="遂【间】行而去，追者不及。",
        no="两山之【间】有一小溪。",
        before="START 从 由 乃 遂 而 夜 皆 独 ADV",
        after="道 行 出 归 走 去 至",
        register="classical",
    ),
    Rule(
        "zong-classical-alliance",
        "从",
        "zong4",
        "从 zòng (纵) 'the north-south alliance' after 合 or 约 (合从以拒秦, 约从): 'follow', "
        "cóng, takes whom it follows (从之)",
        yes="六国合【从】，秦兵不敢出关。",
        no="其人【从】之，遂至其家。",
        before="合 约",
        register="classical",
    ),
    Rule(
        "zong-classical-lengthwise",
        "从",
        "zong4",
        "从 zòng (纵) before 横 'lengthwise and across' (从横之士, 从横驰骋): 'from', cóng, takes "
        "a place (从东来)",
        yes="【从】横之士，皆游说诸侯。",
        no="其人【从】东来，不知其名。",
        after="横",
        register="classical",
    ),
    Rule(
        "xiang-classical-survey",
        "相",
        "xiang4",
        "相 xiàng 'survey, judge by its looks' before 其 and the land, house, horse or face judged "
        "(相其地, 相其宅, 相其马): 'each other', xiāng, stands between two parties and a verb",
        yes="王使人【相】其地，可以筑城。",
        no="二人【相】视而笑，莫逆于心。",
        after="其",
        after2="地 宅 马 人 面 形 貌 土 田 居 室 墓 山",
        register="classical",
    ),
    Rule(
        "xiang-classical-surrender",
        "降",
        "xiang2",
        "降 xiáng 'surrender' closing its clause or before 于/者 after one who gives in or speaks "
        "of it (遂降于秦, 来降, 敢言降者, 城降): 'send down', jiàng, takes what is sent (天降大雨, "
        "将降大任)",
        yes="城中粮尽，守将遂【降】于敌。",
        no="天【降】大雨，三日不止。",
        before="遂 乃 请 皆 欲 已 不 来 出 投 言 敢 城 众 卒 兵 亦 终 竟",
        after="END 于 者 矣 也 焉",
        register="classical",
    ),
    Rule(
        "he-classical-join-in-song",
        "和",
        "he4",
        "和 hè 'join in, answer in song or word' before 之 closing its clause, after 而 or 皆 "
        "(倚歌而和之, 众皆和之): 'harmonize', hé, goes on to the means (和之以乐)",
        yes="其人歌之，众皆【和】之。",
        no="其人好酒，众皆【和】之以乐。",
        before="而 皆 相 亦 从 辄",
        after="之",
        after2="END",
        register="classical",
    ),
    Rule(
        "shao-classical-young-self",
        "少",
        "shao4",
        "少 shào 'young, in one's youth' after the speaker or a subject named before what he was "
        "then (吾少也贱, 臣少而好学, 余少孤): 'few', shǎo, is said of what is counted (以其少也, "
        "兵少)",
        yes="臣【少】而好学，长而不倦。",
        no="以其【少】也，故不能胜。",
        before="吾 余 予 臣 我 朕 NAME",
        after="也 而 孤 贫 贱 好 好学 时 年",
        register="classical",
    ),
    Rule(
        "wei-classical-be-a-trade",
        "为",
        "wei2",
        "为 wéi 'be, work as' before a trade (若为佣耕, 为农, 为商贾, 为人佣): 'for', wèi, names "
        "whom a deed is for (为农夫请命)",
        yes="其人少孤，【为】佣耕以养母。",
        no="吾【为】农夫请命，死而无悔。",
        after="佣 佣耕 佣工 农 商 贾 商贾 工 匠 僧 道士 医 巫 奴 仆 盗 贼 吏 兵 卒",
        register="classical",
    ),
    # -- classical11: the kinds of 管晏列传 and 游褒禅山记, each rule probed on sentences of our
    # own
    Rule(
        "shao-classical-youth-opens",
        "少",
        "shao4 shi2",
        "少时 shàoshí 'in his youth' opening a sentence that goes on to what he was or did then "
        "(淮阴人也。少时家贫): 'a little while', shǎoshí, stands alone in its clause (少时，一狼"
        "径去)",
        yes="其人楚人也。【少】时家贫，常为人佣耕。",
        no="【少】时，雨止，众皆出。",
        word="少时",
        before="START",
        not_after="END",
        register="classical",
    ),
    Rule(
        "shao-classical-youth-often",
        "少",
        "shao4",
        "少 shào 'young' before 时常, jieba's cut of 少时|常 'in his youth often' (少时常与鲍叔牙"
        "游): 少 'few' is said of what is counted, not of a time",
        yes="其人【少】时常与其兄游于市。",
        no="其兵【少】，不可与战。",
        after="时常",
        register="classical",
    ),
    Rule(
        "gu-classical-trade",
        "贾",
        "gu3",
        "贾 gǔ 'trade, do business' closing its clause after 与 and the partner (尝与鲍叔贾, "
        "与人贾): the surname Jiǎ goes on to the given name (与贾生游)",
        yes="其父与邻人【贾】，三年而富。",
        no="吾与【贾】生游，甚相得。",
        near_before="与",
        after="END",
        register="classical",
    ),
    Rule(
        "wei-classical-for-someone-deed",
        "为",
        "wei4",
        "为 wèi 'for, on someone's behalf' before the one served and the deed (为鲍叔谋事, 为其友"
        "请命, 为张良守城): 为 wéi 'be, serve as' goes on to the office (尝为鲁相)",
        yes="其人尝【为】其友谋事，不求其报。",
        no="吾尝【为】鲁相，三年而归。",
        after="NAME SURNAME PRON PERSON MORPHEME",
        near_after=(
            "谋 谋事 谋划 计 请 请命 守 守城 言 说 筑 作 造 制 画 致 求 取 报仇 复仇 死 攻 伐 击"
        ),
        register="classical",
    ),
    Rule(
        "wei-classical-its-being",
        "为",
        "wei2",
        "为 wéi 'be, make' after 其 before a noun that is the subject of what follows (其为文犹可"
        "识, 其为人也): 为 wèi 'for' goes on to the deed done (其为民请命)",
        yes="此碑虽残，其【为】文尚可读。",
        no="其【为】民请命，死而无悔。",
        before="其",
        after="NOUN",
        after2="ADV ADJ END",
        register="classical",
    ),
    Rule(
        "hua-classical-mount-hua",
        "华",
        "hua4",
        "华 Huà of 华山, the mountain, where jieba cut the name apart (乃华|山之阳): 'flower', "
        "huá, does not name a mountain (春华秋实)",
        yes="此乃【华】山之阳，故名。",
        no="春【华】秋实，各得其时。",
        after="山 山下 山上 山中 山之 山阳 山阴",
        register="classical",
    ),
    Rule(
        "pu-classical-fallen",
        "仆",
        "pu1",
        "仆 pū 'fall, lie fallen' after what stands and falls (有碑仆道, 其树仆地): the servant, "
        "pú, is had or sent (吾有仆二人, 其仆奔告)",
        yes="有碑【仆】道旁，其文漫灭。",
        no="吾有【仆】二人，皆老矣。",
        before="碑 树 木 柱 旗 尸 马 墙 石",
        register="classical",
    ),
    Rule(
        "pu-classical-fall-to",
        "仆",
        "pu1",
        "仆 pū 'fall' before the ground or the road it falls on (仆地, 仆于道): the servant, pú, "
        "goes on to what he does (其仆奔告其主)",
        yes="其人中矢，【仆】地而死。",
        no="其【仆】奔告其主。",
        after="地 *地 道 于地 于道",
        register="classical",
    ),
    Rule(
        "shao-classical-duke-shao",
        "召",
        "shao4",
        "召 Shào, the fief and surname of 召公 and 召伯 (召公奭), opening a clause or listed with "
        "another: 'summon', zhào, takes the one called (王召其臣)",
        yes="【召】公与周公同辅成王。",
        no="王【召】其臣而问之。",
        before="START 与 及 、",
        after="公 伯",
        register="classical",
    ),
    # classical11, the brief's list of 文言 readings probed on sentences of our own: 语 yù,
    # 说 shuì, 遗 wèi, 衣 yì, 食 sì
    Rule(
        "yu-classical-tell-you",
        "语",
        "yu4",
        "语 yù 'tell' after the teller before the one told (吾语汝, 余语之): the saying, yǔ, is "
        "described (其语甚奇)",
        yes="吾【语】汝，学者当先立志。",
        no="其【语】甚奇，人莫能解。",
        before="吾 余 予 我 臣 PRON NAME",
        after="汝 尔 女 若 子 之 君 卿 公 王",
        register="classical",
    ),
    Rule(
        "shui-classical-persuade-titled",
        "说",
        "shui4",
        "说 shuì before a ruler named by his state and the name he reigned under (说秦惠王, "
        "说齐宣王): 'speak of', shuō, goes on to what is said of him (说周公之德)",
        yes="苏秦以连横【说】秦惠王。",
        no="其师【说】周公之德，弟子皆听。",
        # the state, one character (秦, 齐); 相公 'sir' is no state
        after="CHAR1",
        not_after="之 其 此 于 者 也",
        near_after="王 公 侯 *王 *公 *侯",
        not_after2="之",
        not_near_after="曰 云",
        register="classical",
    ),
    Rule(
        "wei-classical-present",
        "遗",
        "wei4",
        "遗 wèi 'present, send as a gift' before the one given it and the gift (遗之千金, 遗赵王"
        "书): yí 'leave, lose' takes what is left (遗其书于道)",
        yes="王乃【遗】之千金，使归其国。",
        no="其人【遗】其书于道，不复得。",
        after="之 我 吾 汝 NAME SURNAME",
        after2="NOUN NUM *金 书",
        register="classical",
    ),
    Rule(
        "yi-classical-wear",
        "衣",
        "yi4",
        "衣 yì 'wear, be clothed in' before the cloth or hide worn (衣帛, 衣褐, 衣裘): the "
        "garment, yī, is described or had (其衣甚敝)",
        yes="其民【衣】褐而食粟。",
        no="其【衣】甚敝，不能御寒。",
        after="帛 褐 锦 裘 布 绣 葛 麻 皮 绮 罗 纨 缯 絮 缟 素 敝衣 短褐 狐裘",
        verb=True,
        register="classical",
    ),
    Rule(
        "yi-classical-clothe",
        "衣",
        "yi4",
        "衣 yì 'clothe' doubled, the second before the one clothed (解衣衣之): the garment, yī, "
        "is taken off (解衣而卧)",
        yes="见其寒，解衣【衣】之。",
        no="天寒，解【衣】而卧。",
        before="衣",
        after="之 我 PRON",
        verb=True,
        register="classical",
    ),
    Rule(
        "yi-classical-clothed-with",
        "衣",
        "yi4",
        "衣 yì 'clothe' before 以 and the cloth or garment given (衣以敝衣, 衣以布), as 食以草具 "
        "feeds: clothes serving a purpose, yī, go on to it (衣以蔽体)",
        yes="主人轻之，食以粝饭，【衣】以布衣。",
        no="【衣】以蔽体，食以充饥。",
        after="以",
        after2="敝 敝衣 衣 布 布衣 帛 裘 褐 锦 绣 葛 麻 皮 衣裳 衣服 短褐 缟素",
        verb=True,
        register="classical",
    ),
    Rule(
        "si-classical-feed-doubled",
        "食",
        "si4",
        "食 sì 'feed' doubled, the second before the one fed (推食食之): eating, shí, has the "
        "eater before it (其人食之而甘)",
        yes="见其饥，推食【食】之。",
        no="其人【食】之而甘，尽一器。",
        before="食",
        after="之 我 PRON",
        verb=True,
        register="classical",
    ),
    Rule(
        "zhang-classical-grown",
        "长",
        "zhang3",
        "长 zhǎng 'grow up, when grown' opening a clause before 而, the man's later years set "
        "against his youth (少而好学，长而不倦): 'long', cháng, describes a thing named before "
        "it (其路长而险)",
        yes="其人少而贫，【长】而好学，卒为名儒。",
        no="其路【长】而险，人莫能至。",
        before="START",
        after="而",
        register="classical",
    ),
    Rule(
        "cu-classical-suddenly",
        "卒",
        "cu4 ran2",
        "卒然 cùrán 'suddenly' (猝然), a word jieba does not know: the soldier and 'at last', "
        "zú, stand alone (其卒皆勇)",
        yes="【卒】然问之，不能对。",
        no="其【卒】皆勇，战无不胜。",
        word="卒然",
        register="classical",
    ),
    Rule(
        "na-classical-take-in",
        "内",
        "na4",
        "内 nà 'take in, let in' (纳) before 之 and 于 the place (内之于室): 'inside', nèi, "
        "names what is within (城内之民)",
        yes="乃【内】之于室，闭其门。",
        no="城【内】之民皆惊。",
        after="之",
        after2="于",
        verb=True,
        register="classical",
    ),
    Rule(
        "yao-classical-waylay",
        "要",
        "yao1",
        "要 yāo 'waylay, intercept' before 于 and the road (要于路, 要于道): classical prose says "
        "'want' with 欲, and 'must' with 当",
        yes="其党【要】于道，劫其财物。",
        no="汝【要】于明日至，勿误。",
        after="于",
        after2="路 道 途 中 隘 险 *路 *道",
        verb=True,
        register="classical",
    ),
    Rule(
        "nan-classical-trouble",
        "难",
        "nan4",
        "难 nàn 'trouble, peril' after 有 closing its clause (国有难, 其人有难): nán 'hard' goes "
        "on to what is hard or pairs with 易 (有难有易)",
        yes="其友有【难】，吾往救之。",
        no="事有【难】有易，不可一概而论。",
        # jieba glues 国有 'state-owned' (国有难)
        before="有 *有",
        after="END",
        register="classical",
    ),
    Rule(
        "zhuan-classical-biography",
        "传",
        "zhuan4",
        "传 zhuàn 'biography, commentary' written or set up (作传, 立传, 为之撰传): 'hand on', "
        "chuán, is passed from one to another (相传, 口耳相传)",
        yes="其门人为之作【传】以记其事。",
        no="其说相【传】已久，莫知所自。",
        before="作 立 撰 著 为之",
        register="classical",
    ),
    Rule(
        "duo-classical-measure-it",
        "度",
        "duo2",
        "度 duó 'measure, reckon' after 乃/遂/先 before 其 and what is measured (乃度其地, 先度"
        "其力): dù 'cross' goes on to the river or the pass (遂度江)",
        yes="乃【度】其地，筑城以守。",
        no="遂【度】江而北，敌不觉。",
        before="乃 遂 先 往 使 而 START",
        after="其",
        not_after2="河 江 水 川 海 关 山 岭",
        register="classical",
    ),
    Rule(
        "shao-classical-young-opens",
        "少",
        "shao4",
        "少 shào 'when young' opening a clause before what he was or loved then, the man named "
        "before it (中山人也，少好学; 少孤, 少有大志): 'few', shǎo, is said of what is counted "
        "(少则不足)",
        yes="其人楚人也，【少】好学，长而有名。",
        no="兵【少】则不足以守。",
        before="START",
        after="好 好学 孤 贫 贱 聪慧 聪敏 敏 颖悟 习 慕 负 有志 有大志 而",
        register="classical",
    ),
    Rule(
        "xing-classical-examine",
        "省",
        "xing3",
        "省 xǐng 'examine oneself' after 参, 自, 内 or 反 (日参省乎己, 内自省): shěng 'lessen' "
        "goes on to what is lessened (省刑罚)",
        yes="吾日参【省】乎己，恐有过也。",
        no="王如施仁政于民，【省】刑罚，薄税敛。",
        before="参 自 内 反 躬",
        register="classical",
    ),
    Rule(
        "xiang-classical-xiangru",
        "相",
        "xiang4",
        "相 xiàng of the given name 相如 (蔺相如, 司马相如), the man called by it alone opening a "
        "clause or after a verb of calling (相如因持璧, 问相如): 相如 xiāngrú 'be alike' follows "
        "the things compared (二者相如)",
        yes="【相】如闻之，不肯与会。",
        no="二者【相】如，不可辨也。",
        before="START 谓 使 召 问 令 与 及 、",
        after="如",
        not_after2="END",
        register="classical",
    ),
    # -- 处: chù 'place, office'; chǔ 'get along with, deal with' (处理 相处 处分 are words) ---
    Rule(
        "chu-get-along",
        "处",
        "chu3",
        "'get along with, live with' after 跟/和/同/与 and the person, before its result (跟他"
        "处得来, 和邻居处好了, 跟它处出感情来): chù 'place' follows what it belongs to",
        yes="我跟新同事【处】得还不错。",
        no="他跟我说起了那【处】老房子。",
        near_before="跟 和 同 与",
        # or an adverb between (跟谁都处得来, 跟邻居也处得好)
        before="PERSON PRON NOUN NAME VERB 都 也 还 一直 总",
        after="得 不 出 好 久 了 着 下来 下去 不来 得来 成",
        not_before="DEM",
        verb=True,
    ),
    Rule(
        "chu-get-along-pair",
        "处",
        "chu3",
        "'get along' after the pair or group who live together, before how well (婆媳俩处得很好, "
        "他们处得不错, 两个人处久了): a place chù is counted or pointed at (好几处得缝针)",
        yes="她和婆婆住了十年，婆媳俩【处】得像母女一样。",
        no="伤者身上有好几【处】得缝针。",
        before="PRON 俩 们 人 大家 彼此 一家人 两人 夫妻 同事 邻居 室友",
        after="得 不来 得来 久 不好",
        not_before="DEM",
        verb=True,
    ),
    Rule(
        "chu-get-along-potential",
        "处",
        "chu3",
        "'get along' in the potential complement 处得来 / 处不来, cut apart (两只狗处得来吗, 猫跟"
        "狗处不来), whoever the pair: a place chù is counted or pointed at before it, and the "
        "得 after it is 'must' (那一处得来回跑)",
        yes="新来的这两只狗【处】得来吗？",
        no="仓库那一【处】得来回跑好几趟。",
        after="得 不",
        after2="来",
        not_before="NUM DEM 几 好几 多 数 一",
        verb=True,
    ),
    Rule(
        "chu-after-suo",
        "处",
        "chu3",
        "'be situated in, live in' after the particle 所, which only ever stands before a verb "
        "(我们所处的时代, 他当时所处的位置): chù 'place' is counted or pointed at (一处, 这处)",
        yes="我们所【处】的时代变化很快。",
        no="山脚下有一【处】三百年的老宅。",
        before="所",
        verb=True,
    ),
    Rule(
        "chu-impose-penalty",
        "处",
        "chu3",
        "处 chǔ 'sentence to, impose' before the penalty or its amount in judgments and "
        "statutes (并处罚金, 处三年以下有期徒刑, 对违规者处五百元罚款): chù 'place' is counted or "
        "pointed at (一处, 这处) or follows what it belongs to",
        yes="以诈骗罪判处其有期徒刑三年，并【处】罚金五万元。",
        no="山脚下有一【处】三百年的老宅。",
        before="START CONJ ADV 者 可 可以 应 应当 依法",
        # or the currency the fine is counted in (可处新台币六万元罚锾)
        after="NUM 罚金 罚款 罚锾 *刑 拘役 拘留 管制 新台币 人民币 港币 美元 *币",
        verb=True,
    ),
    Rule(
        "chu-counted-cpp",
        "处",
        "chu4",
        "the measure word chù 'place, spot' counted or pointed at (一处古寺, 多处伤口, 几处错"
        "误, 这处院子): chǔ 'get along, be placed' takes 得 不 在 or a partner (两人处得来)",
        yes="城里还保留着多【处】古迹。",
        no="我们所【处】的时代变化很快。",
        before="NUM DEM 几 好几 多 数",
        not_after="得 不 了 着 过 在 于 END",
    ),
    # -- 受累: shòulèi 'be put to trouble', shòulěi 'be implicated' (a homograph word) ------------
    Rule(
        "lei-put-to-trouble",
        "累",
        "shou4 lei4",
        "受累 'be put to trouble' said to or of the person spared it (让您受累了, 省得你受累, "
        "您受累): shòulěi 'be dragged in' takes 于 or what one is implicated in",
        yes="这么晚还来帮忙，让您受【累】了。",
        no="他受【累】于朋友的案子。",
        word="受累",
        before="您 你 你们 让 叫 省得 免得 害得 别",
        not_after="于",
    ),
    # -- 矫情: jiáoqing 'fussy, unreasonable', jiǎoqíng 'feign, affect' (a homograph word) ------
    Rule(
        "jiao-fussy-cpp",
        "矫",
        "jiao2 qing5",
        "矫情 'fussy, unreasonable' (现代汉语词典 jiáo·qing) as a quality said of someone, after "
        "是, a word of degree or a warning (你真矫情, 别矫情了, 他是矫情的): literary jiǎoqíng "
        "'feign feelings' takes what is feigned (矫情饰貌)",
        yes="大家都说他太【矫】情了。",
        no="他【矫】情饰貌，骗过了所有人。",
        word="矫情",
        before=DEGREE + " 是 别 不要 甭 有点儿 这么 那么",
    ),
    # -- 煞气: shàqì 'baleful look, evil influence', shāqì 'leak air' (a homograph word) --------
    Rule(
        "sha-evil-air-cpp",
        "煞",
        "sha4 qi4",
        "煞气 the baleful look or evil influence (满脸煞气, 防煞气; 现代汉语词典 shàqì) but for "
        "a tyre or a ball that loses air, shāqì",
        yes="他满脸【煞】气地走了进来。",
        no="车胎【煞】气了，得去补一补。",
        word="煞气",
        not_before="车胎 轮胎 胎 气球 皮球 球 车带 内胎",
    ),
    # -- 本事: běnshi 'ability, skill', běnshì 'the story a work is based on' (a homograph) -----
    Rule(
        "shi-ability",
        "事",
        "ben3 shi5",
        "本事 'ability' had, lacked or shown (有本事, 没本事, 你这本事, 学本事, 真本事): the "
        "source story běnshì of a poem or play is named with its work (本事诗, 这出戏的本事)",
        yes="有本【事】你自己去说。",
        no="这出戏的本【事】出自唐人小说。",
        word="本事",
        before="有 没 没有 这 那 这么 那么 真 大 学 好 多大 点 这点 啥 什么 没什么 没啥",
    ),
    # -- 大夫: dàifu 'doctor'; dàfū the official of the ancient states (a homograph word) ----
    Rule(
        "fu-doctor",
        "夫",
        "dai4 fu5",
        "大夫 'doctor' in today's prose (看大夫, 王大夫, 大夫说, 村里的大夫): the official dàfū "
        "serves a state or a court (楚国的大夫, 上大夫, 拜为大夫)",
        yes="我带孩子去看大【夫】。",
        no="屈原是楚国的大【夫】。",
        word="大夫",
        not_before="士 上 中 下 为 拜 封 任",
        not_near_before="国 *国 诸侯 朝廷 君 君王 王朝 *朝 周 战国 春秋 古代 楚 齐 秦 晋 鲁",
    ),
    # -- homograph words whose everyday reading is not the lexicon's first ------------------
    Rule(
        "duande-carried-what",
        "的",
        "duan1 de5",
        "端 'carry level in the hands' and the particle 的 before what is carried or when "
        "(端的时候要小心, 他端的那碗汤): jieba glues them into 端的 duāndì 'truly', a word of "
        "old vernacular novels, which says 是 or an adjective next (端的是一条好汉)",
        yes="汤很烫，端【的】时候要小心。",
        no="那人端【的】是一条好汉。",
        word="端的",
        after="时候 时 人 东西 菜 碗 盘子 盆 锅 汤 茶 饭 DEM NUM 那 这",
    ),
    Rule(
        "fenzi-one-of-us",
        "分",
        "fen4 zi3",
        "的一分子 'one member of' a group (家庭的一分子, 班上的一分子, 社会的一分子); a count of "
        "molecules takes no 的 before it (一分子水, 一个分子)",
        yes="他是班上的一【分】子。",
        no="一【分】子水里有两个氢原子。",
        word="分子",
        before="一",
        before2="的",
    ),
    Rule(
        "fenzi-molecule",
        "分",
        "fen1 zi3",
        "分子 'molecule, numerator' (分子和原子, 分子和分母, 这种分子): fènzǐ 'member of a group' "
        "follows the group (积极分子, 知识分子, 恐怖分子, 极端分子)",
        yes="【分】子和原子都非常小。",
        no="他是班里的积极【分】子。",
        word="分子",
        not_before="积极 骨干 知识 恐怖 犯罪 不法 危险 反动 激进 极端 先进 落后 敌对 腐败 投机 "
        "坏 *派 *分子",
    ),
    Rule(
        "zongchang-length",
        "长",
        "zong3 chang2",
        "总长 'total length' before the length (总长五十公里, 总长约三米, 总长达一千米): the "
        "minister zǒngzhǎng is named or speaks",
        yes="全线总【长】五十公里。",
        no="参谋总【长】说明天开会。",
        word="总长",
        after="NUM 为 约 达 超过 将近 近 大约 共 仅 不到 不足 有 是 可达",
    ),
    Rule(
        "zuomo-ponder",
        "琢",
        "zuo2 mo5",
        "琢磨 'ponder' said of a person thinking (我琢磨了半天, 他琢磨着, 琢磨一下, 琢磨不透): "
        "zhuómó 'carve and polish' takes the jade or the writing polished",
        yes="我【琢】磨了半天，还是想不明白。",
        no="玉器要经过反复【琢】磨才能成器。",
        word="琢磨",
        after="了 着 过 一下 半天 出 透 不 不透 不出 起来 出来 来 去 怎么 什么 着呢 END 这 那",
    ),
    Rule(
        "yihuang-sway",
        "晃",
        "yi1 huang4",
        "一晃 'give a wobble, sway once' after what sways, closing its clause (车头一晃, "
        "身子一晃): the dictionary's yìhuǎng 'in a flash' goes before the time that flew "
        "(一晃就是三年, 一晃眼)",
        yes="我骑得太慢，车头一【晃】，差点摔倒。",
        no="一【晃】就是十年过去了。",
        word="一晃",
        before="NOUN",
        after="END",
    ),
    Rule(
        "gong-altar",
        "供",
        "gong4",
        "供 gòng 'offering' naming the altar table or what is offered (供桌, 供桌上, 供台): gōng "
        "'supply' takes what is supplied to someone (供水, 供不应求)",
        yes="她把水果摆在【供】桌上。",
        no="这一带由水库【供】水。",
        after="桌 桌子 桌上 台 品 果 花"
        # and what is offered to (去供神, 供菩萨, 供祖先)
        " 神 神明 佛 佛祖 菩萨 祖先 祖宗 祖宗牌位 牌位 灶王爷",
    ),
    Rule(
        "baibai-worship",
        "拜",
        "bai4 bai5",
        "拜拜 'worship, pray at a temple' (去庙里拜拜, 到妈祖庙拜拜, Taiwan's usage): the "
        "goodbye báibái is said to someone, not at a temple",
        yes="外婆每年都到妈祖庙【拜】拜。",
        no="好了，我先走了，【拜】拜！",
        word="拜拜",
        near_before="庙 寺 宫 天宫 庙里 寺庙 寺里 宫庙 妈祖 神明 祖先 土地公 菩萨 佛祖 烧香 上香",
    ),
    Rule(
        "baibai-worship-whom",
        "拜",
        "bai4 bai5",
        "拜拜 before the deity or the ancestors worshipped (拜拜祖先, 拜拜土地公)",
        yes="过年要【拜】拜祖先。",
        no="好了，我先走了，【拜】拜！",
        word="拜拜",
        after="祖先 神明 妈祖 土地公 菩萨 佛祖 观音 财神",
    ),
    Rule(
        "jiao-divination-block",
        "筊",
        "jiao3",
        "筊 jiǎo, the divination block thrown at a temple (掷筊, 圣筊, 笑筊): the dictionaries' "
        "words for it (掷筊, 筊杯, 杯筊) read jiǎo, the mainland's 珓 jiào",
        yes="一平一凸叫圣【筊】。",
        no="他用竹【筊】绑住了柴。",
        before="掷 圣 笑 阴 丢 一 个",
    ),
    Rule(
        "jiao-divination-throw",
        "筊",
        "zhi4 jiao3",
        "掷筊 'throw the divination blocks', CC-CEDICT's zhì jiǎo, which the model takes for "
        "the mainland's 珓 jiào",
        yes="求签之前要先掷【筊】。",
        no="他用竹【筊】绑住了柴。",
        word="掷筊",
    ),
    Rule(
        "gongyang-provide-for",
        "供",
        "gong1 yang3",
        "供养 'provide for' the family one supports (供养父母, 供养一家老小, 供养孩子上学): "
        "gòngyǎng 'make offerings' goes to a Buddha or the ancestors",
        yes="他每个月寄钱回家【供】养父母。",
        no="寺里【供】养着一尊佛像。",
        word="供养",
        after="PERSON 父母 老人 家人 老母 母亲 父亲 爹娘 双亲 子女 孩子 儿女 弟弟 妹妹 一家 全家 "
        "一家老小 家里 老小 妻儿",
    ),
    Rule(
        "jiaohui-church",
        "教",
        "jiao4 hui4",
        "教会 'the church' where one goes or belongs (去教会, 在教会, 教会学校, 加入教会): "
        "jiāohuì 'taught' is said of a teacher and takes who learned (她教会我游泳)",
        yes="星期天她去【教】会做礼拜。",
        no="是她【教】会我游泳的。",
        word="教会",
        before="去 到 在 进 回 从 离开 加入 的 DEM 天主 基督 本地 当地 那个 这个",
        not_after="PERSON PRON 了",
    ),
    Rule(
        "lengzhan-shiver",
        "战",
        "leng3 zhan5",
        "冷战 'a shiver' one gives (打了个冷战, 打冷战, 直打冷战): the Cold War lěngzhàn is "
        "fought, begins and ends",
        yes="他打了个冷【战】。",
        no="美苏冷【战】结束了。",
        word="冷战",
        before="打了个 打个 个 一个 打 直打 打了 打了一个",
    ),
    Rule(
        "dalengzhan-shiver",
        "战",
        "da3 leng3 zhan5",
        "打冷战 'shiver', one word (冻得直打冷战): 冷战 'a shiver' is light (现代汉语词典: "
        "lěng·zhan)",
        yes="冻得他直打冷【战】。",
        no="美苏冷【战】结束了。",
        word="打冷战",
    ),
    Rule(
        "didao-tunnel",
        "道",
        "di4 dao4",
        "地道 'tunnel' dug, entered or counted (挖地道, 一条地道, 地道里, 地道口): dìdao "
        "'authentic' describes (很地道, 地道的北京话)",
        yes="战士们挖了一条地【道】通到村外。",
        no="这家的菜做得很地【道】。",
        word="地道",
        before="MEASURE 一条 这条 那条 条 挖 钻 钻进 进 修 打 通过 穿过 *进 *出",
        not_after="的",
    ),
    Rule(
        "didao-tunnel-place",
        "道",
        "di4 dao4",
        "地道 'tunnel' as the place where something is (地道里很黑, 地道口, 从地道中): the "
        "adjective 'authentic' is not a place",
        yes="地【道】里很黑，什么也看不见。",
        no="他说一口地【道】的北京话。",
        word="地道",
        after="里 中 内 口 外 入口 出口 尽头 战",
    ),
    Rule(
        "didao-authentic",
        "道",
        "di4 dao5",
        "地道 'authentic, proper' after a degree word or before what it describes (很地道, "
        "地道的北京话, 地道风味): the tunnel dìdào is dug or entered",
        yes="这家的菜做得很地【道】。",
        no="战士们挖了一条地【道】。",
        word="地道",
        before=DEGREE + " 蛮 够 相当 不够 还 也 都 可 得",
    ),
    Rule(
        "dayi-careless",
        "意",
        "da4 yi5",
        "大意 'careless' said of a person (太大意了, 一时大意, 千万别大意, 粗心大意): the gist "
        "dàyì is a text's (文章的大意)",
        yes="你太大【意】了，又把钥匙忘在家里。",
        no="这篇文章的大【意】是什么？",
        word="大意",
        before=DEGREE
        + " 蛮 够 相当 不够 还 也 都 可 别 不能 不可 不要 千万 一时 粗心 疏忽 麻痹 马虎 可别",
    ),
    Rule(
        "zhuan-biography-title-cpp",
        "传",
        "zhuan4",
        "传 zhuàn 'biography, commentary' closing a book's title after the person or clan it "
        "is about (《李白传》, 《春秋左氏传》, 《张骞传·第一章》): a song title passing "
        "something on (《代代传》) has no name before it",
        yes="这本《李白【传】》写得很好。",
        no="他创作了歌曲《代代【传】》。",
        before="NAME 氏",
        after="》 ·",
        minor=True,
    ),
    Rule(
        "waichuan-spread",
        "传",
        "wai4 chuan2",
        "外传 'spread outside' forbidden or feared (不要外传, 不得外传, 切勿外传): wàizhuàn "
        "'unofficial biography' is a book's title (水浒外传)",
        yes="这件事千万不要外【传】。",
        no="他写了一本《水浒外【传】》。",
        word="外传",
        before="不要 别 不得 不可 切勿 千万 不能 不准 不许 不便 严禁 防止 怕 不会 已经 消息",
    ),
    Rule(
        "qingdao-pour",
        "倒",
        "qing1 dao4",
        "倾倒 'dump, pour out' waste (倾倒垃圾, 随意倾倒, 非法倾倒): qīngdǎo 'topple, "
        "captivate' is what a building or an audience does",
        yes="严禁向河里倾【倒】垃圾。",
        no="大楼在地震中倾【倒】了。",
        word="倾倒",
        after="垃圾 废物 废水 污水 废料 渣土 废渣 污泥 泥浆 剩菜 剩饭 脏水 油污 化学品 进 入 在",
    ),
    Rule(
        "qingdao-pour-how",
        "倒",
        "qing1 dao4",
        "倾倒 'dump' after how or where it is forbidden (随意倾倒, 乱倾倒, 非法倾倒, 禁止倾倒): "
        "a toppling building is not forbidden",
        yes="河边禁止随意倾【倒】。",
        no="大楼在地震中倾【倒】了。",
        word="倾倒",
        before="随意 乱 非法 禁止 严禁 不得 偷偷 任意 违规 私自 擅自",
    ),
    Rule(
        "juanzi-exam",
        "卷",
        "juan4 zi5",
        "卷子 'exam paper' (发卷子, 改卷子, 交卷子): juǎnzi is a steamed roll (花卷子, 蒸卷子) "
        "or a hair curler, which hair is rolled on and taken off (把头发卷在卷子上, 拆卷子)",
        yes="老师把【卷】子发下来了。",
        no="妈妈蒸了一锅花【卷】子。",
        word="卷子",
        not_before="花 蒸 葱油 面 肉",
        not_near_before="头发 卷 卷在 烫 发卷",
        not_near_after="拆 拆下 拆下来 取下 取下来 头发",
    ),
    Rule(
        "koujue-quarrel",
        "角",
        "kou3 jue2",
        "口角 'quarrel' that happens or is avoided (发生口角, 起了口角, 一场口角): kǒujiǎo 'the "
        "corner of the mouth' belongs to a face (他的口角)",
        yes="两个人为了一点小事发生了口【角】。",
        no="他的口【角】流出了口水。",
        word="口角",
        before="发生 起 有 场 一场 了 闹 引起 避免 爆发 小 几句 争吵",
    ),
    Rule(
        "zhong-hit",
        "中",
        "zhong4",
        "the complement 'hit, get right' after a verb of aiming, guessing or choosing (打中了, "
        "考中了, 猜中, 看中的, 选中他); after a noun 中 is the locative zhōng (放进水中)",
        yes="他一下子打【中】了靶心。",
        no="把鱼放进水【中】。",
        before="打 射 击 猜 考 选 看 相 押 投 踢 砸 命 刺 扎 戳 说 挑 抽",
        after="了 过 的 PRON PERSON NOUN END",
        minor=True,
    ),
    Rule(
        "zhong-hit-potential",
        "中",
        "zhong4",
        "the potential complement 'can (not) hit, guess right' (猜不中, 打得中, 射不中, 选不中): "
        "after 不 or 得 that follow a verb of aiming or guessing; 不中不西 has no such verb",
        yes="这种谜语我怎么也猜不【中】。",
        no="这幅画画得不【中】不西。",
        before="不 得",
        before2="打 射 击 猜 考 选 看 相 押 投 踢 砸 命 刺 扎 戳 挑 抽",
        minor=True,
    ),
    Rule(
        "zhongyi-liking",
        "中",
        "zhong4 yi4",
        "中意 'to one's liking' (很中意, 不中意, 我中意这件): 中意两国 is China and Italy",
        yes="这件衣服我很【中】意。",
        no="【中】意两国签署了合作协议。",
        word="中意",
        before=DEGREE + " 蛮 够 相当 不够 还 也 都 PRON PERSON 没 不太 MEASURE 件 个 样",
        not_after="两国 关系 双方 合作 友好 建交 邦交",
    ),
    Rule(
        "zhong-hit-target",
        "中",
        "zhong4",
        "中 zhòng 'hit (the mark)', the result of a verb of throwing, striking or shooting that "
        "the lexicon has no word for, also before who is hit when jieba cuts it as a verb "
        "(砸中|打|者, 扔中了他, 一脚踢中门柱; zhong-hit has the verbs of aiming and choosing): "
        "after other verbs 中 is 'in, during' zhōng (还在建中)",
        yes="这一球投得有点偏，差点砸【中】打者。",
        no="这座桥还在建【中】。",
        before="砸 踢 扔 投 射 刺 戳 撞 捅 砍 掷 抛 丢 甩 敲 瞄 押 扎 套",
        after="了 过 PRON PERSON NOUN NAME VERB END NUM 一 一个",
        verb=True,
        minor=True,
    ),
    Rule(
        "pichai-chop",
        "劈",
        "pi1 chai2",
        "劈柴 'chop firewood', the verb and its object (在院子里劈柴, 上山劈柴, 帮奶奶劈柴): "
        "pǐchai 'firewood' is counted or burnt (一捆劈柴)",
        yes="爷爷在院子里【劈】柴。",
        no="门口堆着一捆【劈】柴。",
        word="劈柴",
        before="在 去 来 帮 正在 正 会 要 得 开始 忙着 又 还 一边 PRON PERSON NOUN 上山 到 里 *里",
    ),
    Rule(
        "pichai-chop-how",
        "劈",
        "pi1 chai2",
        "劈柴 'chopping firewood' as an activity, with what it takes named after it (劈柴不能光靠"
        "力气, 劈柴要看纹路, 劈柴的时候): the firewood pǐchai is stacked, counted or burnt",
        yes="爷爷说，【劈】柴要顺着木头的纹路。",
        no="灶台边堆着一捆【劈】柴。",
        word="劈柴",
        near_after="力气 力 斧头 斧子 纹路 技巧 巧劲 诀窍 的时候 时候 时",
    ),
    Rule(
        "chongming-same-name",
        "重",
        "chong2 ming2",
        "重名 'share a name' (两个同学重名, 容易重名): zhòngmíng 'great fame' is enjoyed "
        "(享有重名, 负重名)",
        yes="班上有两个同学【重】名。",
        no="他在学界享有【重】名。",
        word="重名",
        not_before="享 享有 负 久负 颇负 素有 颇有 盛 有",
    ),
    Rule(
        "dianquan-washer",
        "圈",
        "dian4 quan1",
        "垫圈 'washer' under a nut (换个垫圈, 橡胶垫圈); diànjuàn, bedding a pigsty, is rare",
        yes="水龙头漏水，换个垫【圈】就好了。",
        no="他在地上画了一个【圈】。",
        word="垫圈",
    ),
    # -- 折: zhé 'fold, bend', shé 'snap, break' (of a stick, a leg), zhē 'turn over' -------
    Rule(
        "she-broken-by",
        "折",
        "she2",
        "折 shé 'snapped' as the result of a fall, a blow or the wind (摔折了, 吹折了, 压折了, "
        "踩折了): 'fold' (折好, 折了一下) is done to paper or clothes",
        yes="他的腿摔【折】了。",
        no="妈妈把衣服【折】好放进柜子里。",
        before="摔 吹 压 踩 掰 撅 碰 砸 撞 踢 坐 挤 刮",
        after="了 END 的 PARTICLE",
    ),
    Rule(
        "she-snapped",
        "折",
        "she2",
        "折 shé 'snap' said of the thing that broke (筷子也折了, 树枝折了): what is folded "
        "follows 把 (把纸折了一下)",
        yes="一不小心，筷子也【折】了。",
        no="他把纸【折】了一下。",
        before="NOUN 也 都 就 又 竟然 一下子 差点 全 全都",
        after="了",
        # 了 before how many is folded, zhé (就折了一张纸, 又折了两只纸鹤): a snapped thing is
        # not counted after its verb
        not_after2="NUM 一 两 几 好几 半",
        not_near_before="把 将 PRON PERSON",
    ),
    # -- 划: huá 'row; scratch, strike (a match)', huà 'mark off, transfer, draw (a line)' ----
    Rule(
        "hua-swipe",
        "划",
        "hua2",
        "划 huá 'swipe, stroke' done once in a direction or lightly (往上一划, 轻轻一划, 向左一"
        "划): a stroke of writing 一笔一划 huà follows a stroke, not a direction",
        yes="屏幕亮了，用手指往右一【划】就解锁了。",
        no="小朋友一笔一【划】地写着自己的名字。",
        before="一",
        before2="上 下 左 右 往上 往下 往左 往右 向上 向下 向左 向右 轻轻 轻 随手 顺手",
    ),
    Rule(
        "hua-swipe-speed",
        "划",
        "hua2",
        "划 huá 'swipe, row' said to go fast or slow (划得太快, 划得很慢): a line drawn or an "
        "account transferred is said to be straight or large, not quick",
        yes="他的船桨【划】得飞快，一下子就到了对岸。",
        no="这条线【划】得不够直。",
        after="得",
        near_after="快 慢 飞快 太快 太慢 很快 很慢",
    ),
    Rule(
        "hua-scratch-row",
        "划",
        "hua2",
        "划 huá 'scratch, row, strike' with what it leaves or moves (划了一道口子, 划出了血, 划着"
        "桨, 划了一根火柴): huà 'mark off, transfer, draw' gives a line, an area or an account "
        "(划了一条线, 划给村里, 划到账户)",
        yes="他的手被玻璃【划】了一道口子。",
        no="老师在书上【划】了一条线。",
        near_after="口子 伤口 道子 口儿 血 桨 火柴 水面 船 小船 木船 渔船 龙舟 龙船 小舟 竹筏 "
        "木筏 皮艇 筏 刀 一刀 几刀 两刀 *刀"
        # and the marks a scratch leaves (划了一道印子, 划出几道划痕)
        " 印子 印儿 划痕 刮痕 痕 痕迹 *痕",
    ),
    Rule(
        "hua-cut-deep",
        "划",
        "hua2",
        "'cut, score' as deep as its complement says (划得太深, 划得不够深, 划浅一点): a line "
        "drawn, huà, is straight or long, not deep",
        yes="在鱼身上打花刀，千万别【划】得太深。",
        no="这条线【划】得不够直。",
        after="得 浅 深",
        near_after="深 浅 破 伤 出血",
    ),
    Rule(
        "hua-cut-once",
        "划",
        "hua2 yi1",
        "划 huá 'cut, scratch' once, as jieba glues 划一 'uniform' before the measure of the cut "
        "(在中间划一道口子, 划一刀放血): a line marked off is huà (划一道线)",
        yes="用小刀在中间【划】一道口子。",
        no="老师在黑板上【划】一道线。",
        word="划一",
        after="道 刀 下 条",
        near_after="口子 伤口 口儿 血 道子 口",
    ),
    Rule(
        "hua-strike-match",
        "划",
        "hua2",
        "划 huá 'strike' a match named before it in the clause (火柴划着了, 火柴一划就亮): a "
        "line marked, huà, is drawn with a pen or on paper",
        yes="潮湿的火柴【划】了好几次也没亮。",
        no="火柴用完了，他在本子上【划】了一条线记下来。",
        near_before="火柴 洋火 火柴棍 火柴头",
    ),
    Rule(
        "hua-scratched-by",
        "划",
        "hua2",
        "划 huá 'scratch' by something sharp or 'row' with an oar (被玻璃划破, 让树枝划了, 用桨"
        "划): what marks off or transfers is a person or an office",
        yes="小腿被树枝【划】了一下。",
        no="这块地【划】给了村里。",
        near_before="玻璃 刀 刀子 刀片 钉子 树枝 荆棘 指甲 小刀 桨 铁丝 碎片",
    ),
    # -- 宿: sù 'stay the night' (宿舍 住宿 留宿 are words), xiǔ the measure of nights --------
    Rule(
        "xiu-nights",
        "宿",
        "xiu3",
        "xiǔ counting nights after a numeral (住了一宿, 两宿没睡, 一宿无话: 现代汉语词典 xiǔ, "
        "量词): sù 'lodge' stands after a verb or before its place (露宿街头, 宿在庙里)",
        yes="香客们在庙里住了一【宿】，第二天一早又出发了。",
        no="他们只好露【宿】街头。",
        before="NUM 一 两 几 半 整",
    ),
    # -- 择: zé 'choose' lives in words (选择 择优 择校), zhái 'pick over' vegetables --------
    Rule(
        "zhai-pick-over",
        "择",
        "zhai2",
        "zhái 'pick over, trim' vegetables, the spoken verb (择菜, 择干净, 择好了, 择着豆角: "
        "现代汉语词典 zhái, 口语): zé 'choose' stands in words or in written phrases (择日, "
        "择其善者)",
        yes="奶奶把菜一棵一棵地【择】干净。",
        no="他们【择】日再谈。",
        after="干净 好 完 了 着 过 一下 一择 *菜 菜 豆角 韭菜 芹菜 豆芽 菠菜 葱 蒜苗",
        verb=True,
    ),
    # -- 闷: mèn 'low-spirited', mēn 'stuffy' and 'keep covered' ------------------------------
    Rule(
        "men-keep-covered",
        "闷",
        "men1",
        "mēn 'keep covered, let steep' for a time (咸菜要闷一个月, 再闷五分钟, 茶泡上闷一会儿: "
        "现代汉语词典 mēn 使不透气): a heart that is low (心里闷了好几天) is mèn",
        yes="咸菜要【闷】一个月，中间不能打开。",
        no="他心里【闷】了好几天。",
        after="一会儿 一会 一下 片刻 一 半 几 NUM 上",
        not_before="心 心里 里 很 太 真 挺 有点 有些 又 好",
        verb=True,
    ),
    Rule(
        "men-covered-till-soft-cpp",
        "闷",
        "men1",
        "mēn 'keep covered' until what is cooked or soaked is done (闷软, 闷熟, 闷烂, 闷透: "
        "焖): low spirits are not soft or cooked",
        yes="盖上锅盖，把牛肉【闷】烂。",
        no="他心里【闷】得慌。",
        after="软 熟 烂 透 酥",
        verb=True,
    ),
    Rule(
        "men-shut-in",
        "闷",
        "men1",
        "mēn 'shut in, keep from the air' in a place (把热气闷在锅里, 一个人闷在家里: 现代汉语"
        "词典 mēn 使不透气, 呆在家里不出门): mèn is low spirits, which are kept in the heart "
        "(闷在心里) or follow a degree word",
        yes="盖上一层土，把热气【闷】在里面。",
        no="有什么委屈别【闷】在心里。",
        after="在",
        not_near_after="心 心里 心头 心中 肚子 肚子里 肚里",
        not_before="心 心里 很 太 真 挺 有点 有些",
        verb=True,
    ),
    Rule(
        "men-stuffy-air",
        "闷",
        "men1",
        "mēn 'stuffy, close' of the weather or a room's air (天气很闷, 屋里太闷了: 现代汉语词典 "
        "mēn 空气不流通): mèn is a person's low spirits (他心里很闷)",
        yes="今天天气很【闷】，大概要下雨。",
        no="他心里很【闷】，不想说话。",
        # a place and its locative (考场|里, 帐篷|内): jieba cuts 里 off most places
        near_before="天气 天 屋里 屋子 房间 车厢 车里 空气 教室 屋内 室内 仓库 地下室 里 内 "
        "考场 会场 厨房 帐篷 电梯",
        not_near_before="心 心里 心情 我 你 他 她",
        # and one of two things said of it (又闷又湿, 闷而潮)
        after="END 了 得 啊 呀 死 极 热 又 而",
    ),
    # -- 率: lǜ 'rate' closing a word of measure (比率 效率 are words), shuài 'lead' ---------
    Rule(
        "lv-rate-suffix",
        "率",
        "lv4",
        "lǜ 'rate' closing what is measured (及格率是, 出勤率达到, 发芽率很高: 现代汉语词典 "
        "率 lǜ '两个相关的数在一定条件下的比值'): shuài 'lead' takes the people it leads after it "
        "(校长率全体老师)",
        yes="这次考试全班的及格【率】是百分之九十五。",
        no="校长【率】全体老师迎接新生。",
        before="NOUN VERB ADJ",
        after="是 为 达 达到 提高 提升 降低 下降 上升 增加 减少 高 低 很 较 只有 不到 超过 约 "
        "约为 END 的 和 与 也 都 就 NUM",
        not_before="PERSON NAME",
    ),
    # -- 晕: yūn 'dizzy, faint', yùn 'halo' (a noun) and 晕车 晕船 (words) ---------------------
    Rule(
        "yun-halo",
        "晕",
        "yun4",
        "the noun 'halo, ring of light' after 的 or a noun it surrounds, closing its phrase (一圈"
        "淡淡的晕, 太阳周围的晕中, 星系的晕): 现代汉语词典 yùn; yūn 'dizzy, faint' follows "
        "who feels it or an adverb (我有点晕, 头很晕) or takes 了 (晕了过去)",
        yes="月亮周围出现了一圈淡淡的【晕】。",
        no="坐了一天船，我有点【晕】。",
        before="的 NOUN2",
        not_before="NAME PERSON ADV 有点 有些 一点 点",
        after="END 中 里 内 外 上 里面 之中",
        noun=True,
    ),
    # -- 冠: guān 'crown, hat, crest' (a noun); guàn 'put first, champion' (冠军 冠名 words) ----
    Rule(
        "guan-crown",
        "冠",
        "guan1",
        "the noun 'crown, hat, crest' after 的 or what wears it or counts it (公鸡头上的冠, 戴一顶"
        "冠): 现代汉语词典 guān; guàn 'put before, head' takes 以 or a name (冠以美名)",
        yes="这只公鸡头上的【冠】又大又红。",
        no="人们给他【冠】以英雄的美名。",
        before="的 戴 戴着 顶 一顶",
        not_after="以 军",
        noun=True,
    ),
    # -- 涌: yǒng 'gush, surge'; chōng 'creek, branch of a river' in Guangdong place names ------
    Rule(
        "chong-creek",
        "涌",
        "chong1",
        "the noun 'creek' (现代汉语词典 chōng, 方言, 多用于地名) before the head noun of a place "
        "(虾涌村, 东濠涌两岸, 猎德涌口) or counted (这条涌): the verb yǒng 'gush' takes where "
        "and how it goes (涌上岸, 涌向广场, 涌出来)",
        yes="东濠【涌】两岸种满了树。",
        no="潮水【涌】上了岸。",
        after="镇 河 村 口 桥 两岸 沿岸 岸边 边上 畔",
        noun=True,
    ),
    Rule(
        "chong-creek-counted",
        "涌",
        "chong1",
        "the noun 'creek' counted or pointed at (这条涌, 一条小涌): the verb is never counted",
        yes="这条【涌】的水很清。",
        no="人们纷纷【涌】向广场。",
        before="条 这条 那条 小",
        noun=True,
    ),
    # cpp23: a creek's name in a list of places (番禺、麻涌、中山): jieba cuts the name into a
    # one-character name and the verb 涌, but a verb does not stand between two 、
    Rule(
        "chong-creek-listed",
        "涌",
        "chong1",
        "the creek closing a place's name of two characters between the commas of a list "
        "(番禺、麻涌、中山; 虎门、乌涌和黄埔): what gushes has a subject and goes somewhere",
        yes="那年夏天他跑遍了番禺、麻【涌】、中山等地。",
        no="人群、潮水一起【涌】向广场。",
        before="SURNAME",
        before2="、",
        after="、 和 及 与 等",
        noun=True,
    ),
    # -- 蒙: méng 'cover', mēng 'dazed; deceive', Měng 'Mongol' (蒙古 蒙族 are words) ---------
    Rule(
        "meng-mongol-pair-cpp",
        "蒙",
        "meng3",
        "Měng 'Mongol' paired with another people or region it is named with (蒙藏关系, 蒙汉"
        "杂居, 蒙元): covering and fooling take 住/上/了 or who is fooled",
        yes="这里【蒙】汉两族杂居。",
        no="桌子上【蒙】了一层灰。",
        after="藏 汉 回 满 元",
    ),
    Rule(
        "meng-cover",
        "蒙",
        "meng2",
        "'cover' before what covers or 住/上 (蒙了一层灰, 蒙着一层雾, 蒙住眼睛, 蒙上一块布): "
        "现代汉语词典 méng; dazed (打蒙了) has nothing after 了",
        yes="桌子上【蒙】了一层灰。",
        no="他被这一拳打【蒙】了。",
        after="住 上 着 了",
        after2="NUM MEASURE 一层 一块 一片 眼睛 脸 头",
        verb=True,
    ),
    Rule(
        "meng-cover-result",
        "蒙",
        "meng2",
        "'cover' before its result 住/上 (蒙住眼睛, 用布蒙上)",
        yes="她用手帕【蒙】住了脸。",
        no="这么多问题一下子把他问【蒙】了。",
        after="住 上 起来 好",
        verb=True,
    ),
    Rule(
        "meng-dazed",
        "蒙",
        "meng1",
        "'dazed, stunned' as the result of a verb of one character (打蒙了, 问蒙了, 吓蒙了, "
        "听蒙了): 现代汉语词典 mēng; 'cover' takes what covers (蒙了一层灰)",
        yes="这么多问题一下子把他问【蒙】了。",
        no="桌子上【蒙】了一层灰。",
        before="VERB1",
        after="了 END 啦 过去",
        verb=True,
    ),
    Rule(
        "meng-deceive",
        "蒙",
        "meng1",
        "'deceive, fool' after 被/让/给 and who fools (被他蒙了, 让人给蒙了): 现代汉语词典 mēng",
        yes="这次我又被他【蒙】了。",
        no="桌子上【蒙】了一层灰。",
        before="被 给 PERSON PRON",
        near_before="被 让 叫 给",
        after="了 END 啦 过去",
        verb=True,
    ),
    # -- 胖: pàng 'fat'; pán only in 心广体胖 (a word) -----------------------------------------
    Rule(
        "pang-fat",
        "胖",
        "pang4",
        "'fat, plump' wherever 胖 is a word by itself: 现代汉语词典 gives pán only in 心广体胖, "
        "which the lexicon reads whole",
        yes="他退休以后体【胖】了不少。",
        no="他心广体【胖】，整天乐呵呵的。",
        after="END HAN",
    ),
    # -- 镐: gǎo 'pick, pickaxe'; Hào only in 镐京, the Western Zhou capital (a word) --------
    Rule(
        "gao-pick",
        "镐",
        "gao3",
        "the tool 'pick' wherever 镐 is a word by itself (铁镐, 一把镐, 镐头): 现代汉语词典 "
        "gives Hào only in the place name 镐京, which the lexicon reads whole",
        yes="爷爷扛着一把【镐】上山去了。",
        no="王志【镐】获得了冠军。",
        # the tool is counted, named by its metal or handled (一把镐, 铁镐, 抡起镐, 用镐); in a
        # person's given name 镐 is hào
        before="铁 斧 钢 洋 十字 把 一把 两把 根 柄 的 起 着 了 用 拿 PREP",
        not_after="京",
    ),
    # -- 撮: cuō 'pinch, scoop' and its measure (一撮盐); zuǒ the measure of tufts (一撮毛) ----
    Rule(
        "cuo-pinch",
        "撮",
        "yi1 cuo1",
        "一撮 'a pinch' of a powder or small things (一撮盐, 一撮茶叶): 现代汉语词典 cuō; zuǒ "
        "counts tufts of hair or grass (一撮胡子, 一撮毛)",
        yes="炒菜时放一【撮】盐就够了。",
        no="他下巴上留着一【撮】胡子。",
        word="一撮",
        not_after="ADJ 长 短 小 " + TUFTS,
    ),
    Rule(
        "cuo-pinch-counted",
        "撮",
        "cuo1",
        "the measure 'pinch' after a numeral (两撮盐, 几撮茶叶); zuǒ counts tufts (两撮胡子)",
        yes="再撒两【撮】芝麻。",
        no="他下巴上留着两【撮】胡子。",
        before="NUM 两 几",
        not_after="ADJ 长 短 小 " + TUFTS,
    ),
    Rule(
        "zuo-tuft",
        "撮",
        "zuo3",
        "the measure of a tuft of hair or grass after a numeral (一撮胡子, 两撮白毛): 现代汉语词典 "
        "zuǒ; a pinch of a powder is cuō (一撮盐)",
        yes="爷爷的下巴上留着一【撮】胡子。",
        no="炒菜时放一【撮】盐就够了。",
        before="NUM 两 几",
        after=TUFTS + " 灰毛 卷毛 呆毛 刘海 刘海儿",
    ),
    Rule(
        "zuo-tuft-coloured",
        "撮",
        "zuo3",
        "the same tuft with its colour before the hair (一撮黑|毛, 一撮白|胡子), which jieba cuts "
        "apart: a pinch of salt has no hair after it",
        yes="小狗的耳朵尖上有一【撮】黑毛。",
        no="她往汤里撒了一【撮】白糖。",
        before="NUM 两 几",
        after="ADJ 黑 白 黄 红 灰 金 棕 花",
        after2="毛 胡子 胡须 头发 发 须 毛发",
    ),
    # -- 奔: bēn 'run, rush' (奔跑 奔波 are words); bèn 'head for' a destination -------------
    Rule(
        "ben-head-for",
        "奔",
        "ben4",
        "'head straight for' before the destination (连夜奔医院, 直接奔火车站, 奔城里去): "
        "现代汉语词典 bèn; bēn 'run' takes no place after it (一路狂奔, 奔了过来)",
        yes="接到电话，他连夜【奔】医院。",
        no="马在草原上【奔】了一整天。",
        # a destination of two characters or more: a single character may open a place name
        after="PLACE NOUN2",
        verb=True,
    ),
    # -- 背 carried on the back: bēi before a basket so carried ----------------------------------
    Rule(
        "bei-back-basket",
        "背",
        "bei1",
        "'carry on the back' naming a basket so carried (小背篮, 背篓, 背筐: 现代汉语词典 bēilǒu): "
        "bèi 'back' is what things lie on (背上, 背后)",
        yes="男孩子背着小【背】篮。",
        no="他的【背】上长了一颗痣。",
        after="篮 篓 筐 囊 兜",
    ),
    # -- 混: hùn 'mix, muddle; get by'; hún only as 浑 'muddy, foolish' (混水 混蛋 words) -----
    Rule(
        "hun-muddled",
        "混",
        "hun4",
        "混 'mix up, muddle through' closing a word after the verb or manner (弄混, 搞混, 蒙混, "
        "鬼混, 瞎混; 现代汉语词典 hùn; CC-CEDICT's 弄混 nòng hún is the 浑 reading 'muddy', "
        "which a verb of doing does not make); 混 alone keeps its own reading",
        yes="别把这两张表弄【混】了。",
        no="我们把两种豆子【混】在一起。",
        word="?混",
    ),
    # -- 糊: hú 'paste (paper)', 'burnt'; hū 'plaster'; hù in 糊弄 and food pastes ---------------
    Rule(
        "hu-paste-paper",
        "糊",
        "hu2",
        "'paste' paper onto a frame or a wall (糊窗户, 糊纸, 她糊的纸, 糊上了纸: 现代汉语词典 hú 用"
        "黏性物把纸、布等粘起来): hù is a paste of food (辣椒糊) or 糊弄 'fool'",
        yes="刚开始她【糊】的纸总是鼓起小泡。",
        no="小孩子最爱吃芝麻【糊】。",
        after=PAPER + " 的 上 好 平 了",
        near_after=PAPER,
        verb=True,
    ),
    Rule(
        "hu-paper-pasted-how",
        "糊",
        "hu2",
        "the same 'paste' with the paper named before it (把纸糊平, 窗户纸糊好了)",
        yes="先把纸【糊】平再说。",
        no="这碗芝麻【糊】太稠了。",
        near_before=PAPER,
        after="上 好 平 得 了 住 满 END",
        verb=True,
    ),
    # -- 服: fú 'clothes; obey; take (medicine)', fù the measure of doses of Chinese medicine ---
    Rule(
        "fu-dose-word",
        "服",
        "fu4 yao4",
        "服 fù, the measure of doses of Chinese medicine (现代汉语词典 服 fù 量词), after a "
        "numeral or demonstrative in jieba's word 服药 (开了七服药, 头几服药, 这服药): 'take "
        "medicine' fú follows a subject, a count of times or 一 'as soon as' (每日三次服药, "
        "两人服药后, 他一服药就吐)",
        yes="医生开了七【服】药。",
        no="病人每日三次【服】药。",
        word="服药",
        before="NUM 这 那 哪 几",
        not_before="一 *人 *次 *天 *日 *周 *年 *月 *回 *遍 *顿 *点 *分 *岁 *个 *位 *名 *时",
    ),
    Rule(
        "fu-dose",
        "服",
        "fu4",
        "the same measure standing alone after a numeral (再吃几服, 吃了三服就好了, 两服中药); "
        "after 一 it is the verb 'take' (这药一服下去)",
        yes="再吃几【服】调理一下脾胃就行。",
        no="这药一【服】下去，烧就退了。",
        before="NUM 这 那 哪 几",
        not_before="一 *人 *次 *天 *日 *周 *年 *月 *回 *遍 *顿 *点 *分 *岁 *个 *位 *名 *时",
    ),
    # -- 大方: dàfang 'generous'; dà fāng 'big and square' before what is square -------------
    Rule(
        "fang-big-square",
        "方",
        "da4 fang1",
        "大方 right before a noun is 大 'big' and 方 'square' describing it (大方鼎, 大方盒子, "
        "大方桌); dàfang 'generous' describes a person after a degree word, or before 的 or 地 "
        "(她待人很大方, 大方的姑娘, 大方地笑了)",
        yes="您面前这只【大】方鼎重八百多公斤。",
        no="她是个【大】方的姑娘，从不计较。",
        word="大方",
        after="NOUN",
        not_before="很 太 挺 真 更 最 非常 十分 特别 比较 不 够 多么 那么 这么",
    ),
    # -- 和: hé in 和声 'harmony' after 唱, which jieba glues into 唱和 hè 'sing in reply' ----
    Rule(
        "he-sing-harmony",
        "和",
        "chang4 he2",
        "唱和 cut as one word before 声 or 声部 is 唱 with its object 和声 'harmony' (唱和声, "
        "唱和声部): the verb 唱和 'sing in reply, answer a poem' (chànghè) ends its clause or "
        "takes a person (两位诗人常常唱和)",
        yes="合唱团里，她负责唱【和】声。",
        no="两位老诗人常常写诗唱【和】。",
        word="唱和",
        after="声 声部",
    ),
    # -- 磨: mó 'rub, grind, sharpen, wear'; mò 'mill' grain (现代汉语词典 把粮食弄碎) ----------
    Rule(
        "mo-mill-grain-before",
        "磨",
        "mo4",
        "'mill' grain or beans named before it in the clause (把黄豆磨成浆, 咖啡豆磨好了); what "
        "is rubbed or sharpened is mó (把墨磨好, 把刀磨快)",
        yes="把泡软的黄豆【磨】成浆，再煮开。",
        no="先把墨【磨】好，再蘸墨写字。",
        near_before=GRAINS,
        verb=True,
    ),
    Rule(
        "mo-mill-grain-after",
        "磨",
        "mo4",
        "'mill' the grain or beans it takes as its object (磨豆浆, 磨了一上午面粉)",
        yes="奶奶每天早上【磨】豆浆。",
        no="他每天早上【磨】刀。",
        near_after=GRAINS,
        verb=True,
    ),
    Rule(
        "mo-grind-ink",
        "磨",
        "mo2",
        "'grind, sharpen' what is rubbed on a stone, named after it in the clause (自己磨的墨, "
        "磨了一上午的刀): the mill, mò, takes grain (磨的豆浆)",
        yes="这是爷爷亲手【磨】的墨。",
        no="这是奶奶亲手【磨】的豆浆。",
        near_after="墨 墨条 墨汁 刀 菜刀 剪刀 斧头 镰刀 刀子 刀刃",
        not_near_after=GRAINS,
        verb=True,
    ),
    Rule(
        "mo-ground-what-before",
        "磨",
        "mo2",
        "the same 'grind, sharpen' with what is ground named before it, closed by 的 or the "
        "clause's end (这把刀是他自己磨的, 墨是我磨的): grain milled is mò (豆浆是现磨的)",
        yes="这把刀是他自己【磨】的，特别快。",
        no="这豆浆是刚【磨】的。",
        near_before="墨 墨条 刀 菜刀 剪刀 斧头 镰刀 刀子 刀刃",
        after="的 END",
        not_near_before=GRAINS,
        verb=True,
    ),
    Rule(
        "mo-rub",
        "磨",
        "mo2",
        "'rub, grind, sharpen, wear through' before its result, an aspect particle or 得, with "
        "no grain milled (把墨磨好, 把刀磨快, 鞋底磨破了, 磨得发亮); the mill itself is mò "
        "(推磨, 一盘磨)",
        yes="先把墨【磨】好，再蘸墨写字。",
        no="驴在院子里拉【磨】。",
        after="好 平 亮 尖 快 利 破 掉 光 薄 圆 坏 秃 钝 穿 得 了 着 过 出 出来 成 一下 一磨",
        verb=True,
    ),
    # cpp22: kinds of decision CPP loses, each checked against the 现代汉语词典 and tested on
    # sentences of our own (tests/test_readings.py CPP22_KINDS). Each is minor: 肖 喳 吓 are
    # read one way nearly everywhere, so the proof list does not doubt every one the model reads
    # -- 肖: Xiāo the surname (现代汉语词典 肖 Xiāo 姓); xiào 'resemble' lives in words ---------
    Rule(
        "xiao-surname",
        "肖",
        "xiao1",
        "the surname opening a name in a list, after a preposition or a verb of naming (李明、"
        "肖方等人, 和肖老师, 叫肖强): xiào 'resemble' lives in words (肖像 生肖 不肖 酷肖) or "
        "follows what resembles (子肖其父)",
        yes="会上，李明、【肖】方等人先后发言。",
        no="这孩子长大以后，酷【肖】其父。",
        before="START 、 和 与 跟 同 及 的 叫 让 请 给 对 向 被 由 找 问",
        minor=True,
    ),
    # -- 喳: zhā the chirp of birds (喳喳叫), chā in the sound of snapping 喀喳 (现代汉语词典) --
    Rule(
        "cha-snap",
        "喳",
        "cha1",
        "the sound of something snapping or cut through after 喀 or 咔 (喀喳一声, 咔喳咔喳): "
        "现代汉语词典 reads 喀喳 kāchā, the same sound as 咔嚓; a magpie's chirp is zhā",
        yes="只听喀【喳】一声，树枝断了。",
        no="喜鹊在枝头【喳】喳地叫。",
        before="喀 咔",
        minor=True,
    ),
    # -- 吓: xià 'frighten'; hè 'threaten, deter' (恐吓 威吓 恫吓 are words) -----------------
    Rule(
        "he-deter",
        "吓",
        "he4",
        "'deter' after 阻 'stop' (阻吓 zǔhè, as 恐吓 威吓 恫吓 read it): frightening someone "
        "is xià (吓了一跳, 别吓着孩子)",
        yes="这种武器有很强的阻【吓】作用。",
        no="他被【吓】了一跳。",
        before="阻",
        minor=True,
    ),
    # -- 率部: shuài 'lead one's troops', as every word of the lexicon opening with 率 reads it
    # (率军 率队 率领); pypinyin's table alone has 率部 lǜbù
    Rule(
        "shuai-lead-troops",
        "率",
        "shuai4 bu4",
        "率部 'lead one's troops' (率部起义, 率部南下): shuài 'lead' as in 率军 率队; lǜ 'rate' "
        "closes a word of measure (效率 比率)",
        yes="将军【率】部连夜南下。",
        no="这个部门的效【率】很高。",
        word="率部",
    ),
    # -- words pypinyin's table alone reads otherwise than the 现代汉语词典 and their kin --------
    Rule(
        "cha-elevation-difference",
        "差",
        "gao1 cha1",
        "高差 'difference in height' is chā, the difference, as 落差 温差 时差 误差 read it; "
        "chà is 'short of, poor' (差一点, 质量差)",
        yes="两座山峰的高【差】有三百米。",
        no="这家店的服务太【差】了。",
        word="高差",
    ),
    Rule(
        "juan-selaginella",
        "卷",
        "juan3 bai3",
        "卷柏 the spike moss (现代汉语词典 juǎnbǎi), named for its leaves that curl, juǎn, in "
        "drought; juàn is a volume or a paper (试卷)",
        yes="【卷】柏是一种耐旱的蕨类植物。",
        no="老师把试【卷】发了下来。",
        word="卷柏",
    ),
    Rule(
        "jue-gladiator",
        "角",
        "jue2 dou4 shi4",
        "角斗士 'gladiator', one who fights in 角斗 juédòu 'wrestling, combat' (现代汉语词典); "
        "jiǎo is a horn or corner (墙角)",
        yes="古罗马的【角】斗士要和猛兽搏斗。",
        no="他站在墙【角】里。",
        word="角斗士",
    ),
    # cpp23: characters whose reading follows from what they do, each read by the context
    # model alone before (CPP's losses showed the kinds; every sentence here is our own) -----
    # -- 揣: chuāi 'tuck into one's clothes', chuǎi 'guess' (揣测 揣摩 揣度 are words) --------
    Rule(
        "chuai-tuck-bosom",
        "揣",
        "chuai1",
        "'carry tucked in the bosom' after 怀 (怀揣着一封信, 怀揣梦想): chuǎi 'guess' takes "
        "a mind or an intention (揣人心思)",
        yes="他怀【揣】着一封介绍信进了城。",
        no="他很会【揣】人心思。",
        before="怀",
        verb=True,
    ),
    Rule(
        "chuai-tuck-into",
        "揣",
        "chuai1",
        "'tuck' before where the thing goes or the durative 着 (揣在兜里, 揣进口袋, 揣着钱): "
        "what one guesses has no place to go into",
        yes="他把钱【揣】进了口袋。",
        no="他很会【揣】人心思。",
        after="在 进 到 入 回 着 好",
        verb=True,
    ),
    # -- 擂: léi 'pound, beat' (擂鼓); lèi only in the contest ring (擂台 打擂 擂主) ------------
    Rule(
        "lei-pound",
        "擂",
        "lei2",
        "standing alone, 'pound, beat' or what is pounded down on an enemy (擂了他一拳, 投下擂石): "
        "the ring lèi is 擂台, and 打擂 摆擂 守擂 'fight in, set up, hold the ring'",
        yes="他抡起拳头【擂】了几下门。",
        no="他在家门口摆【擂】，等人来挑战。",
        not_before="打 摆 守 攻 设 上",
        not_after="台 主",
        verb=True,
    ),
    # -- 斗: dǒu the bracket of 斗拱, written 斗栱 too (现代汉语词典 dǒugǒng) --------------------
    Rule(
        "dou-bracket",
        "斗",
        "dou3",
        "the bracket before 栱 (斗栱, the variant spelling of 斗拱 dǒugǒng): dòu 'fight' takes "
        "who is fought (斗地主)",
        yes="【斗】栱是中国古建筑特有的构件。",
        no="他们在院子里【斗】蛐蛐。",
        after="栱",
        minor=True,
    ),
    # -- 校: jiào 'check, adjust' (校对 校正 校准); xiào the school ----------------------------
    Rule(
        "jiao-ranging-fire",
        "校",
        "jiao4",
        "before 射 'fire': 校射 the ranging fire that adjusts a gun's aim, jiào as in 校正 "
        "校准; xiào is the school (校射击队 'the school's shooting team' is a word of its own)",
        yes="大炮先【校】射，再齐射。",
        no="他是我们【校】射击队的队长。",
        after="射",
        minor=True,
    ),
    # -- 降: jiàng 'fall'; 比降 the gradient of a river bed (现代汉语词典 bǐjiàng) ---------------
    Rule(
        "jiang-gradient",
        "降",
        "jiang4",
        "after 比: 比降 'gradient' (河道比降), and a fall compared (和去年比降了): xiáng "
        "'surrender' is never measured against anything",
        yes="这段河道的比【降】只有千分之一。",
        no="敌军终于投【降】了。",
        before="比",
        minor=True,
    ),
    # -- 圩: wéi the dyke (圩田 圩堤), xū the country market of the south (赶圩 圩日 圩场) -------
    Rule(
        "xu-market-day",
        "圩",
        "xu1",
        "the market before its day or ground (圩日, 圩场, 圩期) and after 赶 'go to' (赶圩): "
        "the dyke wéi is built, raised and breached, and names the towns of the polders "
        "(六圩镇, 上江圩镇), so a 镇 after it says nothing",
        yes="每逢【圩】日，附近的村民都来买卖东西。",
        no="他家住在六【圩】镇。",
        after="日 场 期 市",
        minor=True,
    ),
    Rule(
        "xu-go-to-market",
        "圩",
        "xu1",
        "after 赶 'go to' (赶圩, the south's 赶集)",
        yes="奶奶一早就去赶【圩】了。",
        no="洪水冲垮了村外的【圩】。",
        before="赶",
        minor=True,
    ),
    # -- 朴: pǔ 'plain' (朴素 朴实), Piáo the surname, pō in 朴刀 ----------------------------------
    Rule(
        "pu-plain",
        "朴",
        "pu3",
        "'plain' after another word of plainness (实朴, 简朴, 淳朴, 古朴: pǔ as in 朴实): the "
        "surname Piáo opens a name",
        yes="这座房子的样式简洁实【朴】。",
        no="这次来访的是【朴】先生。",
        before="实 质 古 简 纯 淳 俭 素 诚 敦 真",
        minor=True,
    ),
    # -- 幢: zhuàng counts buildings (一幢楼), chuáng the sutra pillar (经幢 石幢 铁幢) ----------
    Rule(
        "chuang-pillar",
        "幢",
        "chuang2",
        "the pillar after what it is made of (石幢, 铁幢, as 经幢 chuáng): the measure of "
        "buildings follows a number (一幢楼)",
        yes="寺门前立着一座宋代的铁【幢】。",
        no="村口新盖了一【幢】楼。",
        before="石 铁 经",
        minor=True,
    ),
    # -- 樘: táng a door or window frame, and its measure (门樘, 一樘门) -------------------------
    Rule(
        "tang-frame",
        "樘",
        "tang2",
        "the frame after 门 窗 (门樘, 窗樘) or counted (一樘门): 现代汉语词典 táng; chēng is "
        "an old spelling of 牚 'brace'",
        yes="门【樘】上雕着花。",
        no="这根木【樘】是用来撑住桌腿的。",
        before="门 窗 NUM",
        minor=True,
    ),
    # -- 訾: zǐ 'speak ill of' (訾议, 诋訾), zī a surname and 'wealth' --------------------------
    Rule(
        "zi-slander",
        "訾",
        "zi3",
        "'speak ill of' after 诋 'slander' (诋訾, 现代汉语词典 zǐ): zī is a surname",
        yes="他从不在背后诋【訾】别人。",
        no="这位【訾】先生是本地人。",
        before="诋",
        minor=True,
    ),
    # -- 蛤: há in 蛤蟆 and its spelling 蛤蚂; gé the clam (蛤蜊) ------------------------------
    Rule(
        "ha-toad",
        "蛤",
        "ha2",
        "before 蚂, the spelling of 蛤蟆 háma 'toad' some texts and place names use: the clam "
        "is gé (蛤蜊)",
        yes="池塘里的【蛤】蚂叫个不停。",
        no="海边的滩涂上有很多【蛤】。",
        after="蚂",
        minor=True,
    ),
    # -- 嵌: qiàn 'inlay'; kǎn in 赤嵌 (赤崁, the Tainan fort: CC-CEDICT 赤嵌楼 Chìkǎnlóu) -------
    Rule(
        "kan-chikan",
        "嵌",
        "kan3",
        "after 赤: 赤嵌, the old name of Tainan written 赤崁 too; 'inlay' is qiàn (镶嵌)",
        yes="赤【嵌】又作赤崁，是台南的旧称。",
        no="墙上【嵌】着一块石碑。",
        before="赤",
        minor=True,
    ),
    # -- 勾当: gòudàng 'shady business'; in older prose the verb gōudàng 'manage, be in charge
    # of' (勾当公事, 勾当三班院), a title of Song offices, which takes what it manages --------
    Rule(
        "gou-manage",
        "勾",
        "gou1 dang4",
        "勾当 'manage, be in charge of' before what is managed (勾当公事, 勾当官吏): the "
        "noun 'shady deal' closes its phrase or is pointed at (这种勾当, 见不得人的勾当)",
        yes="他被派去【勾】当公事。",
        no="这种【勾】当你也干得出来？",
        word="勾当",
        after="NOUN NUM NAME",
        not_before="的 种 这种 那种 些 一些 什么 DEM",
    ),
    # -- 上调: shàngtiáo 'raise' (a price, a rate), shàngdiào 'transfer upwards' (a person, to
    # the office above): what is raised is no place, where one is transferred to is --------
    Rule(
        "diao-transfer-up",
        "调",
        "shang4 diao4",
        "上调 before a place or an organisation's name (上调北京, 上调天津队): a person "
        "transferred up, diào; prices and rates are raised, tiáo (上调利率)",
        yes="他从县里上【调】北京工作。",
        no="央行决定上【调】存款利率。",
        word="上调",
        after="PLACE NAME",
    ),
    # -- 垛: duò a stack and 'stack up' (麦秸垛, 垛好); duǒ the battlement and target (垛口) --
    Rule(
        "duo-stack",
        "垛",
        "duo4",
        "the stack after what is stacked (麦秸垛, 柴火垛, 砖垛) and the verb 'stack' before its "
        "result (垛好, 垛起来, 垛整齐): 现代汉语词典 duò; duǒ is the battlement (垛口, 城垛)",
        yes="院子里有个柴火【垛】。",
        no="士兵们躲在城墙的【垛】后面。",
        before="麦秸 秸秆 柴 柴火 草 稻草 干草 麦子 粮食 砖 砖头 木头 木柴 煤 劈柴",
        minor=True,
    ),
    Rule(
        "duo-stack-up",
        "垛",
        "duo4",
        "the verb 'stack' before its result (把砖垛好, 垛起来, 垛整齐)",
        yes="收下来的玉米都要【垛】起来。",
        no="士兵们躲在城墙的【垛】后面。",
        after="好 起 起来 成 整齐 齐",
        minor=True,
    ),
    # cpp24: kinds CPP's losses showed, read by the context model alone before (every
    # sentence here is our own); each reading as the 现代汉语词典 gives it ------------------
    # -- 乐: yuè 'music' opening a word of music jieba does not know (乐评 'music criticism') --
    Rule(
        "yue-music-review",
        "乐",
        "yue4",
        "'music' before 评 and 评人 'review, reviewer' (乐评, 乐评人), as in the lexicon's 乐迷 "
        "乐坛 乐手: lè 'glad' is a predicate, which no 评 follows",
        yes="这张唱片得到了【乐】评人的一致好评。",
        no="大家听完都【乐】了。",
        after="评 评人 评论 评家",
    ),
    # -- 柏: bǎi the cypress; bó in 柏林 (Berlin) and the names spelt after it ---------------
    Rule(
        "bai-old-cypress",
        "柏",
        "bai3",
        "the tree after 古 or 老 'ancient, old' (古柏参天, 一棵老柏), as 古松 老槐 name old "
        "trees: Berlin and the names read bó are not called old",
        yes="庙前有一棵古【柏】，三个人才抱得过来。",
        no="他在【柏】林住了三年。",
        before="古 老 苍 翠 孤",
        minor=True,
    ),
    # -- 揣: chuǎi 'guess, fathom' before the intention one guesses -------------------------
    Rule(
        "chuai-guess-intent",
        "揣",
        "chuai3",
        "'guess, fathom' before whose intention (揣其意, 揣上意 'guess the sovereign's "
        "mind'): 现代汉语词典 chuǎi 估量，忖度; chuāi 'tuck' takes a thing and where it goes "
        "(揣上钱)",
        yes="他总能【揣】其意，事事办得妥帖。",
        no="他【揣】上钱就出门了。",
        after="上 其 圣 人",
        after2="意 意图 心意 心思 旨意",
    ),
    # -- 奔: bèn 'head for' a town, a county or a village named by one character -------------
    Rule(
        "ben-head-for-town",
        "奔",
        "ben4",
        "'head straight for' before 城, 县, 镇, 村 or 乡 standing alone (连夜奔城里, 奔县城, "
        "当晚奔城突围), which ben-head-for leaves to the model since a character may open a "
        "place's name: bēn 'run' takes no place after it (奔了过来)",
        yes="天一亮，大家就【奔】县里去了。",
        no="几匹马【奔】了过来。",
        after="城 县 镇 村 乡",
        verb=True,
    ),
    # -- 弄: lòng 'lane' naming the neighbourhood after it ----------------------------------
    Rule(
        "long-lane-community",
        "弄",
        "long4",
        "the lane (lòng, 现代汉语词典 弄2 'lane, alley') closing a name before 社区 or 小区, "
        "the neighbourhood named after it: the verb nòng follows its subject or an adverb "
        "(你别弄社区的东西)",
        yes="我家住在安乐【弄】社区。",
        no="他把社区的事【弄】清楚了。",
        before="NAME NOUN MORPHEME",
        not_before="*们 PRON",
        after="社区 小区",
        minor=True,
    ),
)
