from __future__ import annotations

from edition.text.script import convert_text, lookup_copy


def test_lookup_copy_is_simplified_and_same_length():
    assert lookup_copy("銀行長城重慶音樂") == "银行长城重庆音乐"


def test_source_script_keeps_text():
    conv = convert_text("乾淨的頭髮", "source")
    assert conv.display == "乾淨的頭髮"
    assert conv.back == list(range(6))


def test_t2s_maps_back_and_forward():
    conv = convert_text("乾淨的頭髮\n發布", "t2s")
    assert conv.display == "干净的头发\n发布"
    assert conv.forward[3] == 3
    assert conv.back[6] == 6


def test_taiwan_phrases_from_simplified_source():
    conv = convert_text("我用鼠标打开软件。", "s2twp")
    assert conv.display == "我用滑鼠開啟軟體。"
    assert len(conv.lookup) == len(conv.display)
    assert conv.forward[len("我用鼠标打开软件。")] == len(conv.display)
