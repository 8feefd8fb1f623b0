from __future__ import annotations

from edition.text.script import convert_string, convert_text, lookup_copy


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


def test_simplified_edition_chooses_by_reading():
    from edition.model import Reading
    from edition.text.script import by_reading

    text = "他看著我，效果顯著，揹著書包。"
    conv = convert_text(text, "t2s")
    assert conv.display == "他看著我，效果显著，揹著书包。"  # OpenCC cannot tell
    readings = [None] * len(text)
    readings[2] = Reading("zhe5")
    readings[8] = Reading("zhu4")
    readings[10] = Reading("bei1")
    readings[11] = Reading("zhe5")
    fixed = by_reading(conv, readings, "t2s")
    assert fixed.display == "他看着我，效果显著，背着书包。"
    assert fixed.lookup == fixed.display
    assert (fixed.back, fixed.forward) == (conv.back, conv.forward)
    # a Traditional edition keeps 著; the source script is never touched
    assert by_reading(convert_text(text, "source"), readings, "source").display == text


def test_simplified_edition_of_taiwan_gears():
    from edition.model import Reading
    from edition.text.script import by_reading

    text = "打到空檔，再看檔案。"
    conv = convert_text(text, "t2s")
    assert conv.display == "打到空档，再看档案。"
    readings = [None] * len(text)
    readings[3], readings[7] = Reading("dang3"), Reading("dang4")
    assert by_reading(conv, readings, "t2s").display == "打到空挡，再看档案。"


def test_traditional_edition_unties_s2t_bei():
    from edition.model import Reading
    from edition.text.script import by_reading

    conv = convert_text("他背着手，背着书包。", "s2t")
    assert conv.display == "他揹着手，揹着書包。"  # OpenCC's phrase table writes 揹着
    readings = [None] * len(conv.display)
    readings[1], readings[6] = Reading("bei4"), Reading("bei1")
    assert by_reading(conv, readings, "s2t").display == "他背着手，揹着書包。"


def test_prose_outside_the_article_chooses_by_its_own_reading():
    from edition.readings.prose import convert_prose

    assert convert_prose("用線牽著，別著急；著名的書。", "t2s") == "用线牵着，别着急；著名的书。"
    assert convert_prose("**揹著**書包", "t2s") == "**背着**书包"
    assert convert_prose("銀行", "s2t") == "銀行"
    assert convert_prose("看著", "source") == "看著"


def test_simplified_edition_of_notes_title_and_glossary(write_notes):
    from edition.notes.layer import load_layer
    from edition.pipeline.output import render
    from edition.pipeline.prepare import prepare

    notes = write_notes(
        """
        article: ../articles/t.txt
        meta:
          title: 看著風箏
        editions:
          - name: s
            layout: booklet
            script: t2s
        notes:
          - id: a
            anchor: 風箏
            body: 用線牽著的玩具，別著急。
        glossary:
          - {word: 線軸, pos: n., gloss: 纏著線的軸}
        """,
        article="他拿著線軸，看著風箏。\n",
    )
    layer = load_layer(notes)
    page = render(prepare(layer, layer.editions[0]), "html").decode("utf-8")
    assert "用线牵着的玩具，别着急。" in page
    assert "缠着线的轴" in page
    assert "<title>看着风筝" in page
    assert "著" not in page


def test_rare_simplified_forms_outside_the_basic_plane_are_not_printed():
    # OpenCC writes 蟳 as 𫊻 (U+2B2BB), which no shipped font has: the page keeps 蟳
    conv = convert_text("紅蟳米糕和鱘魚", "t2s")
    assert conv.display == "红蟳米糕和鲟鱼"
    assert convert_string("紅蟳米糕", "t2s") == "红蟳米糕"


def test_lookup_copy_keeps_a_form_the_dictionaries_read():
    assert lookup_copy("紅蟳米糕") == "红蟳米糕"
    # a source that already has the rare form is looked up by its Traditional one
    assert lookup_copy("红𫊻米糕") == "红蟳米糕"


def test_rare_forms_get_their_reading():
    from edition.readings.engine import pinyin_command

    assert list(pinyin_command(["紅蟳米糕", "红𫊻米糕"])) == ["hóng xún mǐ gāo"] * 2


def test_the_lookup_copy_writes_the_aspect_where_opencc_keeps_a_phrase_of_zhu():
    # OpenCC's t2s keeps 著 for its phrases 著名 and 著作 even after a verb of holding or
    # writing (拿著名單 'holding the list'); a word with 著 zhù keeps it (很著名, 編著, 著作)
    assert lookup_copy("班長拿著名單點名") == "班长拿着名单点名"
    assert lookup_copy("他寫著名字，帶著作業回家。") == "他写着名字，带着作业回家。"
    assert lookup_copy("他很著名，編著名人傳記，這是他的著作。") == (
        "他很著名，编著名人传记，这是他的著作。"
    )
    # and 著書 'write books' after a verb of holding or reading is the aspect and a book
    assert lookup_copy("她抱著書，翻著書。") == "她抱着书，翻着书。"
    assert lookup_copy("他一生著書立說。") == "他一生著书立说。"
    # and 著稱 'famous for' meeting 稱心 after a verb of wearing: 以 opens the phrase 'famous for'
    assert lookup_copy("這雙鞋她穿著稱腳，一直捨不得丟。") == "这双鞋她穿着称脚，一直舍不得丢。"
    assert lookup_copy("他以畫著稱，很少寫字。") == "他以画著称，很少写字。"


def test_the_aspect_before_a_zhu_phrase_is_read_and_printed_as_the_aspect():
    from edition.readings.engine import default_engine
    from edition.text.script import by_reading

    engine = default_engine()
    text = "班長拿著名單點名，他很著名。"
    readings = engine.read(lookup_copy(text))
    assert [readings[i].syllable for i in (3, 11)] == ["zhe5", "zhu4"]
    conv = convert_text(text, "t2s")
    assert by_reading(conv, readings, "t2s").display == "班长拿着名单点名，他很著名。"


def test_lookup_copy_reads_taiwans_weighing_as_the_verb():
    from edition.text.script import lookup_copy

    text = "採多少另外秤重算錢，秤放在櫃檯上。"
    lookup = lookup_copy(text)
    assert len(lookup) == len(text)
    assert lookup.startswith("采多少另外称重算钱")  # the verb 'weigh', read with 称重
    assert "秤放在" in lookup  # the scale stays 秤 chèng
