"""Mojibake repair on sentences damaged here by the same byte-level edits as issue 3."""

from __future__ import annotations

import random

import pytest
from pypinyin import Style, pinyin

from bench.damage_sim import Damage, damage_line
from bench.damage_sim import naive_decode as decode_out_of_step
from edition.text.charfreq import DocModel, char_model
from edition.text.mojibake import LOST, repair_line


def straddle(text: str) -> str:
    """Turn the pair A3 A1 straddling the first '。“' or '。”' into '!' and decode."""
    data = bytearray(text.encode("gbk"))
    k = text.index("。")
    at = len(text[:k].encode("gbk")) + 1
    assert data[at : at + 2] == b"\xa3\xa1"
    data[at : at + 2] = b"!"
    return decode_out_of_step(bytes(data), {at})


def phantom(text: str, char: str) -> str:
    """Insert, inside ``char``, the reading of the two bytes before the insertion point."""
    data = text.encode("gbk")
    at = len(text[: text.index(char)].encode("gbk")) + 1
    wrong = data[at - 2 : at].decode("gbk")
    syl = pinyin(wrong, style=Style.TONE)[0][0]
    data = data[:at] + b"(" + syl.encode("gbk") + b")" + data[at:]
    return decode_out_of_step(data, set())


SENTENCES = [
    "帕霍基說，陳主要負責組建和管理研究團隊。“我們都是研究員，都會深入技術細節。”",
    "我問他們對這些擔憂有何看法。“很多事情都是高度個人化的決定。”陳說。",
    "結果本身就說明了一切。“我認為這被低估了。”陳告訴我。",
    "我們現在真正想看的是，這些模型在現實世界中能做些什麼。”</p>",
    "他在 X 上发文称。“我们 2022 年发布了模型。”",
    "这就是我们努力的方向之一。”</p>",
    "我认为这是一种非常微妙的平衡。”</p>",
]
# GB2312 text has no trail bytes below 0x80, so a run in Simplified text goes on to the end of the
# line and loses a pair at every full-width mark: long runs without document context.
HARD = [
    "他说，陈主要负责组建和管理研究团队。“我们都是研究员，都会深入技术细节。”",
    "结果本身就说明了一切。“我认为这被低估了。”陈告诉我。",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_straddle_is_repaired(sentence: str) -> None:
    damaged = straddle(sentence)
    assert damaged != sentence
    assert repair_line(damaged).text == sentence


@pytest.mark.parametrize("sentence", HARD)
def test_long_simplified_run(sentence: str) -> None:
    assert repair_line(straddle(sentence)).text == sentence


def test_repair_reports_spans() -> None:
    damaged = straddle(SENTENCES[2])
    result = repair_line(damaged)
    start = damaged.index("?")
    assert result.spans[0][0] == start
    assert result.spans[0][2].startswith("。“我")


def test_phantom_reading_is_removed() -> None:
    sentence = "他們談論的是編程和數學。"
    damaged = phantom(sentence, "論")
    assert "(" not in damaged
    assert ")" in damaged
    assert repair_line(damaged).text == sentence


def test_clean_line_is_unchanged() -> None:
    line = "現在還是這樣嗎?他們幾乎同時回答:“是的!”陳說。"
    assert repair_line(line).text == line


def test_lost_character_in_name_is_not_guessed() -> None:
    sentence = "主管勞倫斯·福康內(nèi)特坐在桌子盡頭。"
    data = bytearray(sentence.encode("gbk"))
    at = data.index("福".encode("gbk")) + 1  # 福 = B8 A3, 康 = BF B5: A3 BF is '？'
    data[at : at + 2] = b"?"
    damaged = decode_out_of_step(bytes(data), {at})
    result = repair_line(damaged)
    assert result.text == sentence.replace("福", LOST)
    assert [u.index for u in result.unsure] == [sentence.index("福")]


def test_conjunction_is_not_followed_by_correlative() -> None:
    # '而我' loses a dropped pair: frequency alone prefers '而且', but '而且則' does not occur
    sentence = "他說，陳主要負責組建和管理研究團隊。“而我則負責制定研究路線圖。”"
    damaged = straddle(sentence)
    assert "岸覄t" in damaged
    assert repair_line(damaged).text == sentence


def test_names_learned_from_the_document() -> None:
    # '回' of '回憶' is lost; the name 帕霍基 recurs in undamaged lines, so '基地' is no reading
    sentence = "“他總是取笑我，說我喜歡的比賽會被自動化。”帕霍基回憶道，“所以我寄予了厚望。”"
    data = bytearray(sentence.encode("gbk"))
    comma = len(sentence[: sentence.index("道，") + 1].encode("gbk"))
    data[comma : comma + 2] = b","  # the pass also made this '，' ASCII
    k = len(sentence[: sentence.index("。")].encode("gbk")) + 1
    data[k : k + 2] = b"!"
    damaged = decode_out_of_step(bytes(data), {k, comma - 1})
    assert "?!" in damaged
    assert "回" not in damaged
    said = ["帕霍基說，這是真的。", "陳和帕霍基都在。", "帕霍基告訴我。", "帕霍基笑了。"] * 3
    doc = "\n".join([*said, damaged])
    # the lost lead byte of '回' (trail D8: 回/地/特/重...) is settled through the learned name;
    # without the document it is not ('基地' is a word)
    assert "帕霍基回" in repair_line(damaged, DocModel(char_model(), doc)).text


def test_an_inline_reading_does_not_split_the_word_it_sits_in() -> None:
    # the annotator put '(dào)' after 道 (B5 C0); out of step, its C0 and the '(' became '?': the
    # reading narrows 道's second byte to 道/到/..., and only 道理 is a word (記(jì)者 likewise)
    text = "银杏叶变成金黄色。”就是这个道理。"
    data = bytearray(text.encode("gbk"))
    at = data.index("。”".encode("gbk")) + 1
    data[at : at + 2] = b"!"
    after = data.index("道".encode("gbk")) + 2
    data[after:after] = "(dào)".encode("gbk")
    damaged = decode_out_of_step(bytes(data), {at})
    assert damaged == "银杏叶变成金黄色?!本褪钦飧龅?dào)理。"
    assert repair_line(damaged).text == "银杏叶变成金黄色。”就是这个道(dào)理。"


@pytest.mark.parametrize(
    "sentence",
    ["房东说。“是我的问题”。那现在该怎么办？</p>", "天气很冷。“我们走吧”。你为什么不高兴？</p>",
     "会议结束了。“好的”。大家都回家了。</p>"],
)  # fmt: skip
def test_a_paragraph_ends_with_a_sentence_mark(sentence: str) -> None:
    # out of step to the end: the last mark's second byte went with the '<' of '</p>' ('?'), so
    # its first byte (A3 or A1) is all that is left of it; a paragraph does not end with '，'
    damaged = straddle(sentence)
    assert damaged.endswith("?/p>")
    assert repair_line(damaged).text == sentence


def test_a_latin_letter_read_as_a_trail_byte_ends_the_run() -> None:
    # out of step, '克（M' gave the pairs 'CB A3' and 'A8 4D' ('∕'): the 'M' is a letter of its
    # own, and the decoder is back in step after it
    sentence = "他们一起设计。“我们请来了专家马克（Mark）帮忙。”"
    damaged = straddle(sentence)
    assert "耍∕ark）" in damaged
    assert repair_line(damaged).text == sentence


@pytest.mark.parametrize(
    "sentence", ["妈妈说。“我们明天去买衣服。小明也一起去。”", "媽媽說。“我們明天去看衣服。小明也一起去。”"]
)
def test_a_pair_dropped_before_a_folded_full_width_form_is_put_back(sentence: str) -> None:
    # out of step, '服。小' gave the pairs 'FE A1' (undecodable: dropped) and 'A3 D0', the
    # full-width 'Ｐ' the damage folds to ASCII: the dropped pair goes back before the 'P'
    # ('衣罚小明' before: 衣 and 服's trail lost with 。)
    damaged = straddle(sentence).replace("Ｐ", "P")
    assert "路P∶" in damaged
    assert repair_line(damaged).text == sentence
    # a letter that was one stays one
    sentence = sentence[:7] + "用GPS定位。”"
    assert repair_line(straddle(sentence)).text == sentence


def test_a_run_that_lost_a_character_is_flagged_whole() -> None:
    # '他' (CB FB) and the lead of '说' (CB) made the undecodable pair FB CB, which the decoder
    # dropped: the bytes left read '。”说。' as well, and word frequencies prefer it. The run's
    # last mark (its byte destroyed: '。' or '”') is a close call about how the sentence ends;
    # closer still is a reading that puts a dropped pair back after '”' ('”所'): the flag names
    # that one (a character may be missing there) and spans the whole run, the lost '他' with it
    from edition.text.clean import clean
    from edition.text.source import SourceText

    damaged = straddle("这就是我们努力的方向。”他说。</p>")
    assert damaged == "这就是我们努力的方向?!彼怠?/p>"
    ct = clean(SourceText("a.txt", damaged + "\n"))
    assert ct.text == "这就是我们努力的方向。”说。\n"
    assert [(f.kind, f.start, f.end) for f in ct.flags] == [("guess", 10, 15)]
    assert [p.message for p in ct.problems] == [
        "damaged text 1:11-15 read as '”' by word frequency, but '”所' is almost as likely, "
        "in '们努力的方向。”说。'; check it: a correction fixes it, or confirms it with "
        "'replace' equal to 'find'"
    ]


def test_a_guess_in_a_run_whose_marks_are_in_doubt_is_flagged() -> None:
    # a run read '。可我…他不' or '?可我…他不' (marks only: no flag) must not hide the close
    # call between '他' and '她' in the same run
    from edition.text.clean import _mojibake_spots
    from edition.text.mojibake import Chosen, Doubt, LineRepair

    text = "事。可我都他不著。"
    r = LineRepair(text, list(range(len(text))), spans=[(1, 7, "。可我都他不")],
                   chosen=[Chosen(5, 0.03, "她")], doubts=[Doubt(1, 2, "。", "?", 1.7)])  # fmt: skip
    spots = _mojibake_spots(r, text, 100)
    assert [(s.kind, s.start, s.end, s.info) for s in spots] == [
        ("guess", 101, 107, {"text": "他", "runner": "她"})
    ]


def test_a_destroyed_byte_reads_a_name_the_document_holds_elsewhere() -> None:
    # '奇' lost its second byte (the phantom 'qí' pins the first): alone, the words choose
    # '其'; with the name's other, undamaged mention in the text, the run '瓦奇克' is the
    # document's own
    damaged = damage_line("记者问诺瓦奇克明年有什么打算。", random.Random(30), frozenset("奇有钦"),
                          Damage(straddle_rate=1.0))  # fmt: skip
    assert damaged == "记?qīn)呶逝低咂?qí)克明年有(yǒu)什么打算。"
    assert repair_line(damaged).text == "记者问诺瓦其(qí)克明年有(yǒu)什么打算。"
    text = "这次请来的顾问叫诺瓦奇克，他在北方工作了很多年。\n" + damaged
    assert repair_line(damaged, DocModel(char_model(), text)).text == (
        "记者问诺瓦奇(qí)克明年有(yǒu)什么打算。"
    )


def _quote_then_name(line: str, reading: str) -> str:
    """``line`` damaged as the bench's texts are: the pair A3 A1 straddling its '。”' made '!'
    (the decoder out of step from there), and the annotator's ``(reading)`` after the first
    character after the quote."""
    data = bytearray(line.encode("gbk"))
    k = line.index("。”")
    at = len(line[:k].encode("gbk")) + 1
    name = len(line[: k + 3].encode("gbk"))
    data[name:name] = f"({reading})".encode("gbk")
    data[at : at + 2] = b"!"
    return decode_out_of_step(bytes(data), {at})


@pytest.mark.parametrize(
    ("before", "want"),
    [
        ("周雨桐是一名小学老师。", "周"),  # the document holds '周雨桐': the name's other mention
        ("她是一名小学老师。", "州"),  # no other mention: word frequency alone (州 over 周)
    ],
)
def test_a_destroyed_byte_makes_a_run_the_document_holds_on_one_side(before, want) -> None:
    # 周's trail byte went under a '?' after '”' (out of step): the mark on its left leaves
    # only the two characters on its right to find the name's other mention with
    damaged = _quote_then_name("观众喊：“加油。”周雨桐笑了笑。", "zhōu")
    assert damaged == "观众喊：“加油?!敝?zhōu)雨桐笑了笑。"
    doc = DocModel(char_model(), before + "\n" + damaged)
    assert repair_line(damaged, doc).text == f"观众喊：“加油。”{want}(zhōu)雨桐笑了笑。"
