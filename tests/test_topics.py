"""A text about Chinese chess reads its pieces as chess does (车 jū, 将 jiàng, 相 xiàng); a text
that only mentions chess, or is about cars, keeps chē and jiāng."""

from __future__ import annotations

import edition
from edition.readings import topics
from edition.readings.engine import default_engine

CHESS = (
    "周末我跟外公下棋。\n"
    "外公的象棋是木头做的，棋盘画在一块布上。\n"
    "他先用一个车，我的车还没动，他的车已经冲到河边。\n"
    "我只好用一个相挡住，可是他又把我的将困住了。\n"
)
CARS = "爸爸的车坏了，我们只好坐公交车去上班。那辆车已经开了十年。\n"
ONCE = "昨天下午我和爷爷下棋。\n然后爸爸开车送我回家，车开得很快。\n他说明天将去北京。\n"


def _read(text: str) -> list[str | None]:
    return [r for _, r in edition.readings(text)]


def _each(text: str, char: str) -> list[str | None]:
    got = _read(text)
    return [got[i] for i, c in enumerate(text) if c == char]


def test_a_chess_text_reads_its_pieces_as_chess_does():
    assert _each(CHESS, "车") == ["jū", "jū", "jū"]
    assert _each(CHESS, "相") == ["xiàng"]
    assert _each(CHESS, "将") == ["jiàng"]


def test_in_a_chess_text_words_keep_their_readings_and_a_named_character_too():
    text = "周末我跟外公下棋。\n外公说，象棋里的车要念居，不能念成汽车的车。将来我也要教弟弟。\n"
    got = _read(text)
    assert got[text.index("汽车的车") + 3] == "chē"  # the car's 车, named
    assert got[text.index("汽车") + 1] == "chē"  # a dictionary word
    assert got[text.index("将来")] == "jiāng"  # a dictionary word
    assert got[text.index("里的车") + 2] == "jū"


def test_a_car_text_and_a_text_that_plays_chess_once_keep_che():
    assert _each(CARS, "车") == ["chē"] * 3
    assert _each(ONCE, "车") == ["chē", "chē"]
    assert _each(ONCE, "将") == ["jiāng"]  # 'will', and one cue is no topic


def test_topic_paragraphs_need_two_cues_within_the_window():
    far = "我们下象棋。\n" + "今天天气很好。\n" * (topics.WINDOW + 1) + "他的车停在门口。\n"
    spans = topics.topics_at(far)
    assert spans == []  # one cue word (象棋) only
    near = "我们下象棋，棋盘很旧。\n" + "今天天气很好。\n" * (topics.WINDOW + 1) + "车。\n"
    covered = {near[a:b] for a, b, _ in topics.topics_at(near)}
    assert "我们下象棋，棋盘很旧。" in covered
    assert "车。" not in covered  # beyond the window


def test_a_rule_or_word_reading_is_never_replaced():
    from edition.model import Reading

    text = "象棋棋盘：车"
    engine = default_engine()
    details = engine.details(text)
    fixed = [Reading("che1", "phrase") if d else None for d in details]
    assert topics.apply_topics(text, fixed, details) == fixed


MAHJONG = (
    "周六晚上三缺一，老孙叫我去打麻将。\n"
    "我摸了半天还差一张才听牌，那一圈谁也没和。\n"
    "下一圈我又没和成。\n"
    "老孙和他太太各和了一把，老孙还自摸了一次。\n"
    "我跟他说，打麻将时能和的牌就别放过。\n"
)


def test_a_mahjong_text_reads_winning_hu_where_he_is_a_verb():
    # 没和, 没和成, 和了一把, 能和的牌: the verb 'win the hand'; 老孙和他太太: the conjunction
    assert _each(MAHJONG, "和") == ["hú", "hú", "hé", "hú", "hú"]


def test_he_stays_he_outside_a_mahjong_text_and_before_an_object():
    assert _each("他们吵了一架，第二天又和了。\n他和弟弟一起去。\n", "和") == ["hé", "hé"]
    text = "我们打麻将，一直打到三缺一才散。\n他没和我说话。\n"
    assert _each(text, "和")[0] == "hé"  # 'with': an object follows


def test_review_table_names_the_topic():
    from edition.readings.proof import review_rows

    found = _topic_readings(CHESS)
    rows = {r.offset: r for r in review_rows(CHESS, CHESS, found)}
    row = rows[CHESS.index("一个车") + 2]
    assert (row.reading, row.evidence) == ("ju1", "a text about xiangqi (车 was read che1)")


def _topic_readings(text: str) -> list:
    engine = default_engine()
    details = engine.details(text)
    return topics.apply_topics(text, [d.reading if d else None for d in details], details)


def test_a_swimming_text_chokes_on_water_and_a_kitchen_on_smoke():
    swim = (
        "今年暑假我去学游泳。\n"
        "第一次在浅水区憋气，我一抬头就呛得直咳嗽。\n"
        "教练说，换气的时候别急，呛了水也不要慌。\n"
    )
    assert _each(swim, "呛") == ["qiāng", "qiāng"]
    assert _each("我们去游泳池练换气，呛了几口水以后，拼命地划、拼命地踢。\n", "划") == ["huá"]
    kitchen = "妈妈在厨房炒辣椒，油烟呛得我直咳嗽。\n"
    assert _each(kitchen, "呛") == ["qiàng"]


def test_a_piece_after_ba_or_its_side_and_the_chess_words():
    text = (
        "今天下象棋，先把棋盘摆好。\n"
        "红方把车平到中路，黑将只好往旁边躲。\n"
        "再走一步就是「将死」。落子以后不能反悔。\n"
    )
    got = _read(text)
    assert got[text.index("把车") + 1] == "jū"  # the object 把 moves
    assert got[text.index("黑将") + 1] == "jiàng"  # the side that owns it
    assert got[text.index("将死")] == "jiāng"  # 'checkmate', a verb however jieba cut it
    at = text.index("落子")
    assert got[at : at + 2] == ["luò", "zǐ"]  # 'place a piece', not the folk opera


def test_outside_a_chess_text_ba_and_luozi_keep_their_readings():
    text = "我把车停在楼下。\n落子是北方的一种地方戏。\n"
    got = _read(text)
    assert got[text.index("把车") + 1] == "chē"
    assert got[text.index("落子")] == "lào"


def test_the_moves_of_a_lesson_make_a_chess_text():
    text = "老师说，先出车，再跳马。\n要是谁也赢不了，就算和棋。\n他的车还停在原地。\n"
    got = _read(text)
    at = text.index("出车")
    assert got[at : at + 2] == ["chū", "jū"]
    assert got[text.index("他的车") + 2] == "jū"


def test_an_endgame_lesson_is_about_chess():
    text = "今天讲一个残局。\n你的相被我吃掉了，这一步吃子很关键。\n"
    assert _each(text, "相") == ["xiàng"]


def test_a_loan_text_pays_back_and_keeps_the_adverb():
    loan = (
        "我们贷款买了房，首付交了三成。\n"
        "每个月要还四千多，前几年还的大部分是利息，以后越还越少。\n"
        "她还说，如果提前还款，可以省下不少利息。\n"
    )
    got = _read(loan)
    assert got[loan.index("还四千")] == "huán"  # before an amount (over the rule hai-adverb)
    assert got[loan.index("还的")] == "huán"
    assert got[loan.index("越还") + 1] == "huán"
    assert got[loan.index("她还说") + 1] == "hái"  # before a verb: the adverb
    assert got[loan.index("还款")] == "huán"
    # outside a text about a loan, 还 before an amount is 'still'
    assert _each("现在还早，还三天才放假呢。\n", "还") == ["hái", "hái"]


def test_a_hair_text_ties_za_and_a_prick_stays_zha():
    hair = (
        "早上给妹妹梳头，她的头发又长又多。\n"
        "她要扎马尾，扎好了又嫌太高，只好拆了重扎。\n"
        "最后用两根皮筋扎成两个小辫子。\n"
    )
    assert _each(hair, "扎") == ["zā", "zā", "zā", "zā"]
    # outside a text about doing hair, the same clauses keep the model's zhā 'prick'
    assert _each("护士说打针会有点疼，扎好了就不疼了。\n", "扎") == ["zhā"]


def test_a_rowing_text_rows_hua_and_a_plan_stays_hua():
    rowing = (
        "端午节前，村里的龙舟队开始练习。\n"
        "教练说，鼓一响，桨就要一起下水，大家往前划，一直划到终点。\n"
        "我是第一次当划手。\n"
    )
    assert _each(rowing, "划") == ["huá", "huá", "huá"]
    # outside a text about boats 划 keeps the model's reading (计划 huà)
    assert _each("这是我们下个月的计划。\n", "划") == ["huà"]


def test_a_kite_text_ties_za_and_a_prick_stays_zha():
    kite = (
        "周末跟爸爸学做风筝，先用竹条搭骨架。\n"
        "他说我绑的地方太松，让我拆开重新扎了一遍。\n"
        "扎好以后再糊纸。\n"
    )
    assert _each(kite, "扎") == ["zā", "zā"]
    # a splinter of the frame pricks (破 is no way of tying)
    assert _each("风筝骨架上的竹刺扎手，小心别扎破了。\n", "扎") == ["zhā", "zhā"]
    # outside a text about frames, the same clause keeps the model's zhā 'prick'
    assert _each("护士说没找准血管，只好重新扎了一遍。\n", "扎") == ["zhā"]


def test_a_laundry_text_dries_gan_and_work_stays_gan():
    laundry = (
        "星期天早上，妈妈把洗衣机里的衣服拿出来，一件一件挂上衣架。\n"
        "太阳好的时候，中午就干了。\n"
        "爸爸在院子里干了一上午活。\n"
    )
    got = _read(laundry)
    assert got[laundry.index("就干了") + 1] == "gān"
    assert got[laundry.index("干了一") ] == "gàn"  # work done for a span of time


def test_a_frying_text_fries_zha_and_its_frying_pot():
    frying = (
        "晚上我在夜市帮忙炸鸡排，油温要够高，地瓜粉要沾匀。\n"
        "我负责炸，学长负责收钱，炸锅一直没停过。\n"
    )
    assert _each(frying, "炸") == ["zhá", "zhá", "zhá"]
    assert _each("工人用炸药把石头炸开了。\n", "炸") == ["zhà", "zhà"]


def test_an_orchard_text_bears_fruit_jie_and_a_knot_stays_jie2():
    orchard = (
        "外公的果园里种了二十棵桃树，今年的果子又大又甜。\n"
        "他说去年雨水太多，结得很少；今年天气好，结得特别多，明年还会再结。\n"
    )
    assert _each(orchard, "结") == ["jiē", "jiē", "jiē"]
    # outside a text about fruit trees, 结 closing a clause keeps its reading (会议结了)
    assert _each("这笔账已经结了。\n", "结") == ["jié"]
