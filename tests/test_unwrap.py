"""Hard-wrapped paragraphs (text copied from a PDF or an e-mail) are joined; verse is not."""

from __future__ import annotations

from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from edition.text.clean import clean, report_lines
from edition.text.source import SourceText, load_source
from edition.text.unwrap import _ITEM, find_wraps, wrap_width

# 30 cells a line, broken inside words (猫妈|妈, 小|猫); paragraphs separated by a blank line
WRAPPED = """\
小猫钓鱼

猫妈妈带着小猫在河边钓鱼。一只蜻蜓飞来了，小猫放下钓鱼竿，
就去捉蜻蜓。蜻蜓飞走了，小猫没捉着，空着手回到河边来。猫妈
妈钓着了一条大鱼。

一只蝴蝶飞来了，小猫又放下钓鱼竿，去捉蝴蝶。蝴蝶飞走了，小
猫又没捉着，空着手回到河边来。猫妈妈又钓着了一条大鱼。
"""

VERSE = """\
春望
國破山河在，城春草木深。
感時花濺淚，恨別鳥驚心。
烽火連三月，家書抵萬金。
白頭搔更短，渾欲不勝簪。
"""


def run(text: str, name: str = "a.txt"):
    return clean(SourceText(name, text))


def test_wrapped_paragraphs_are_joined_and_map_back_to_their_lines():
    ct = run(WRAPPED)
    paragraphs = [p for p in ct.text.split("\n") if p]
    assert paragraphs == [
        "小猫钓鱼",
        "猫妈妈带着小猫在河边钓鱼。一只蜻蜓飞来了，小猫放下钓鱼竿，就去捉蜻蜓。蜻蜓飞走了，"
        "小猫没捉着，空着手回到河边来。猫妈妈钓着了一条大鱼。",
        "一只蝴蝶飞来了，小猫又放下钓鱼竿，去捉蝴蝶。蝴蝶飞走了，小猫又没捉着，空着手回到河边来。"
        "猫妈妈又钓着了一条大鱼。",
    ]
    joined = ct.text.index("妈妈钓着")  # the word cut by the wrap is whole again
    assert (ct.loc(joined).line, ct.loc(joined + 1).line) == (4, 5)  # each from its own line
    assert [line for line in report_lines(ct) if ": wrap: " in line] == [
        "a.txt:3:30: wrap: '\\n' -> ''",
        "a.txt:4:30: wrap: '\\n' -> ''",
        "a.txt:7:30: wrap: '\\n' -> ''",
    ]


def test_an_indented_line_starts_a_paragraph():
    text = (
        "\u3000\u3000一只蝴蝶飞来了，小猫又放下钓鱼竿，去捉蝴蝶。蝴蝶飞走\n"
        "了，小猫又没捉着，空着手回到河边来。猫妈妈又钓着了一条大\n"
        "鱼。\n"
        "\u3000\u3000一只蜻蜓飞来了，小猫放下钓鱼竿，就去捉蜻蜓。蜻蜓飞走\n"
        "了，小猫没捉着，空着手回到河边来。猫妈妈钓着了一条大鱼。\n"
    )
    lines = run(text).text.split("\n")
    assert len(lines) == 3  # two paragraphs and the final newline
    assert lines[0].endswith("又钓着了一条大鱼。")
    assert lines[1].startswith("\u3000\u3000一只蜻蜓")


def test_two_latin_words_keep_a_space_between_them():
    text = "".join(
        f"第{n}段：研究人员在实验室里测试了新的模型，结果由 Open\nAI 公布。\n" for n in range(4)
    )
    assert "由 Open AI 公布" in run(text).text


def test_verse_and_prose_with_one_paragraph_a_line_are_left_alone():
    assert find_wraps(VERSE) == []
    assert run(VERSE).text == VERSE
    article = Path(__file__).resolve().parent.parent / "articles" / "openai-research.txt"
    text = article.read_text(encoding="utf-8")
    assert wrap_width(text.split("\n")) is None


def test_markdown_says_where_its_paragraphs_are(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(WRAPPED.replace("小猫钓鱼\n", "# 小猫钓鱼\n"), encoding="utf-8")
    ct = clean(load_source(path))
    assert not [c for c in ct.changes if c.kind == "wrap"]
    assert "猫妈妈钓着了" in ct.text  # Markdown's own paragraphs join the lines


def test_schedules_and_lists_keep_their_lines():
    schedule = (
        "秋游安排\n上午九点　在学校门口集合　带好水壶和帽子\n上午十点　到达公园　分组活动　老师点名\n"
        "中午十二点　在草地上吃午饭　注意卫生\n下午两点　回到学校　写一篇秋游日记\n"
    )
    items = (
        "注意事项\n1. 请同学们在早上八点以前到达学校门口集合，不要迟到\n"
        "2. 请带好水壶、帽子和午饭，穿运动鞋，不要穿拖鞋来\n"
        "3. 如果下雨，活动改到下周六，老师会提前通知大家的\n"
    )
    assert find_wraps(schedule) == []
    assert find_wraps(items) == []


HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也"
MARKS = "，。、；"


_CLAUSE = st.text(alphabet=HAN, min_size=2, max_size=12)
_PARAGRAPH = st.lists(st.tuples(_CLAUSE, st.sampled_from(MARKS)), min_size=4, max_size=14).map(
    lambda parts: "".join(c + m for c, m in parts[:-1]) + parts[-1][0] + "。"
)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(paragraphs=st.lists(_PARAGRAPH, min_size=2, max_size=5), at=st.integers(16, 40))
def test_any_prose_wrapped_at_one_width_comes_back_whole(paragraphs, at):
    # clauses of characters between marks, each paragraph ending with 。 after a blank line;
    # wrapped texts whose full lines mostly end with a mark read as verse and are left alone
    wrapped = "\n\n".join(
        "\n".join(p[i : i + at] for i in range(0, len(p), at)) for p in paragraphs
    )
    assume(sum(1 for line in wrapped.split("\n") if len(line) == at) >= 3)
    assume(
        sum(1 for line in wrapped.split("\n") if len(line) == at and line[-1] in HAN) * 2
        >= sum(1 for line in wrapped.split("\n") if len(line) == at)
    )
    # a line the wrap opens with a list item's number (一、, 2.) starts an item, as it should
    assume(not any(_ITEM.match(p[i : i + at]) for p in paragraphs for i in range(at, len(p), at)))
    edits = find_wraps(wrapped)
    joined = wrapped
    for start, end, rep in reversed(edits):
        joined = joined[:start] + rep + joined[end:]
    assert joined == "\n\n".join(paragraphs)


def test_a_paragraph_ending_near_the_wrap_width_does_not_hide_the_wrap():
    # three paragraphs wrapped at 20, each ending with 。 a few columns short of the width:
    # those last lines close their paragraphs and say nothing of how the wrapper broke, so
    # the one full line ending with a mark does not outvote the two ending mid-sentence
    paragraphs = [
        "春天来了公园里的花全开了，孩子们在草地，上跑来跑去玩得很开心，大家都不想回家。",
        "我们沿着小河一直往前走，河水清清的，岸边的柳树也绿了，风一吹就轻轻摇晃起来。",
        "中午大家坐在树下吃饭，有人带了水果和点心吃完以后又去湖上划船，一直玩到傍晚。",
    ]
    wrapped = "\n\n".join(p[:20] + "\n" + p[20:] for p in paragraphs)
    joined = wrapped
    for start, end, rep in reversed(find_wraps(wrapped)):
        joined = joined[:start] + rep + joined[end:]
    assert joined == "\n\n".join(paragraphs)


def test_a_line_opening_on_a_closing_mark_continues_the_line_before():
    text = "以免来水时造成浪费或漫水\n。检修期间请储水。\n他说：“好的\n”，然后走了。\n"
    assert run(text).text == "以免来水时造成浪费或漫水。检修期间请储水。\n他说：“好的”，然后走了。\n"


# Paragraphs open indented; a long Latin name makes the lines of unequal width, so no wrap
# width is found, yet the unindented lines inside a paragraph continue it.
INDENTED = (
    "\u3000\u3000本小区将于本周六上午8:00至晚上\n"
    "20:00停水检修。请按 HangzhouWaterSupplyGroup 的提示储水，在“业主之家”\n"
    "中联系管家。\n"
    "\u3000\u3000他念道：\n"
    "床前明月光。\n"
    "疑是地上霜。\n"
    "\u3000\u3000停水结束后，请先放水三分钟，再\n"
    "使用热水器。\n"
)


def test_an_unindented_line_inside_an_indented_paragraph_continues_it():
    assert find_wraps(INDENTED) != []
    assert run(INDENTED).text.split("\n") == [
        "\u3000\u3000本小区将于本周六上午8:00至晚上20:00停水检修。请按 HangzhouWaterSupplyGroup "
        "的提示储水，在“业主之家”中联系管家。",
        "\u3000\u3000他念道：",  # a line ending on a colon, a full stop: lines of their own
        "床前明月光。",
        "疑是地上霜。",
        "\u3000\u3000停水结束后，请先放水三分钟，再使用热水器。",
        "",
    ]


def test_without_indented_paragraphs_a_short_line_keeps_its_break():
    text = "今天天气很好，我们去\n公园散步。\n明天再说吧\n"
    assert run(text).text == text


def test_a_heading_after_an_indented_paragraph_ends_it():
    # '五、联系方式' opens flush after an indented paragraph: a paragraph of its own, so the
    # line after it (flush too) starts anew instead of being taken into the heading
    text = (
        "\u3000\u3000如果预约时间不方便，请提前两个工作日打电话到骨科门诊改约。\n"
        "五、联系方式\n"
        "骨科门诊（周一至周五上午八点到下午五点）：0571-8800 1234\n"
        "\u3000\u3000夜间及节假日请到急诊科，或者拨打急救电\n"
        "话120。\n"
    )
    assert run(text).text.split("\n") == [
        "\u3000\u3000如果预约时间不方便，请提前两个工作日打电话到骨科门诊改约。",
        "五、联系方式",
        "骨科门诊（周一至周五上午八点到下午五点）：0571-8800 1234",
        "\u3000\u3000夜间及节假日请到急诊科，或者拨打急救电话120。",
        "",
    ]


def test_a_letters_short_lines_keep_their_breaks():
    # '此致' (indented) over a flush '敬礼！', a signature over its date: short lines a writer
    # set so, in a text whose paragraphs open indented; a wrapper breaks only full lines
    text = (
        "亲爱的小明：\n"
        "\u3000\u3000你好！最近学习怎么样？天气冷了，要多穿衣服。\n"
        "\u3000\u3000家里一切都好，不用挂念。\n"
        "\u3000\u3000此致\n"
        "敬礼！\n"
        "\u3000\u3000\u3000\u3000\u3000\u3000妈妈\n"
        "二〇二六年三月五日\n"
    )
    assert find_wraps(text) == []
    assert run(text).text == text


def test_no_line_is_joined_on_a_character_the_damage_repair_chose() -> None:
    # the indented title's last character lost a byte ('周蔓' ends '周?/p>'): the repair
    # reads it '路' (a guess, flagged); ending on a character, the line would seem to go on
    # into the flush line after it, but that is the guess speaking: the break stays
    text = (
        "\u3000\u3000“写作就是和自?yuē)旱募且涮旨刍辜邸薄ǚ眯∷导抑苈?/p>\n"
        "周蔓的新长篇《河边的房子》上个月出版后，连续三周登上畅销书榜。\n"
        "\u3000\u3000她说，这部小说写的是一个南方小镇上三代女人的故事。\n"
    )
    ct = run(text)
    assert ct.text.split("\n") == [
        "\u3000\u3000“写作就是和自己的记忆讨价还价”。专访小说家周路",
        "周蔓的新长篇《河边的房子》上个月出版后，连续三周登上畅销书榜。",
        "\u3000\u3000她说，这部小说写的是一个南方小镇上三代女人的故事。",
        "",
    ]
    assert [(f.kind, f.start, f.end) for f in ct.flags] == [("guess", 9, 30)]
    assert not [c for c in ct.changes if c.kind == "wrap"]
