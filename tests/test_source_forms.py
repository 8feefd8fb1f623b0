"""A Traditional character the Simplified lookup copy merges with another keeps its only reading
(髮 fà, 隻 zhī, 乾 gān), in editions of either script, the pinyin command and the public function."""

from __future__ import annotations

import gzip

import edition
from edition.notes.layer import load_layer
from edition.pipeline.prepare import prepare
from edition.readings import source_forms
from edition.readings.engine import pinyin_command
from edition.readings.lexicon import read_cedict
from edition.text.script import lookup_copy

ARTICLE = "她用洗髮水洗頭髮，院子裡有一隻貓。\n衣服曬乾了。\n"
NOTES = """
article: ../articles/t.txt
meta:
  title: 測試
editions:
  - name: t
    layout: booklet
  - name: s
    layout: booklet
    script: t2s
"""


def test_table_counts_every_entry_that_writes_the_character_otherwise(tmp_path):
    path = tmp_path / "cedict.txt.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(
            "# a comment\n"
            "髮 发 [fa4] /hair/\n"
            "頭髮 头发 [tou2 fa5] /hair/\n"
            "發 发 [fa1] /to send out/\n"
            "乾坤 乾坤 [qian2 kun1] /heaven and earth/\n"  # the same in both scripts: not counted
            "乾 干 [gan1] /dry/\n"
        )
    assert read_cedict(path).forms == {
        "髮": ("fa4", "fa5"),
        "頭": ("tou2",),
        "發": ("fa1",),
        "乾": ("gan1",),
    }


def test_only_reading_of_the_installed_table():
    assert source_forms.only_reading("髮", "fa1") == "fa4"
    assert source_forms.only_reading("髮", "fa5") is None  # 頭髮 tóufa: the same syllable
    assert source_forms.only_reading("隻", "zhi3") == "zhi1"
    assert source_forms.only_reading("還", "hai2") is None  # two readings: the engine decides
    assert source_forms.only_reading("发", "fa4") is None  # not a Traditional form


def test_public_function_and_pinyin_command_read_the_source_form():
    got = dict(edition.readings("洗髮水"))
    assert got["髮"] == "fà"
    rows = list(pinyin_command(["一隻貓洗髮水\n"], tsv=True))
    assert [r.split("\t")[3] for r in rows] == ["yī", "zhī", "māo", "xǐ", "fà", "shuǐ"]


def test_editions_of_both_scripts_print_the_source_forms_reading(write_notes):
    path = write_notes(NOTES, article=ARTICLE)
    layer = load_layer(path)
    for ed in layer.editions:
        prepared = prepare(layer, ed)
        got = {}
        for para in prepared.paragraphs:
            for tok in para.tokens:
                for j, r in enumerate(tok.readings):
                    if r is not None:
                        got.setdefault(prepared.text[tok.start + j], []).append(r.syllable)
        hair = got["髮" if ed.script != "t2s" else "发"]
        assert hair == ["fa4", "fa4"], ed.name  # 洗髮水 fà, 頭髮 tóufà
        assert got["隻" if ed.script != "t2s" else "只"] == ["zhi1"], ed.name


def test_a_rule_or_a_word_is_not_overruled_by_a_character_a_conversion_may_have_slipped():
    # OpenCC's s2t writes 擠幹 for 挤干 'wring dry': the rule for a verb's complement decides
    got = dict(edition.readings("用紗布把水擠幹。"))
    assert got["幹"] == "gān"
    assert source_forms.only_reading("幹", "gan1") == "gan4"  # what the character alone says


# -- the source's headword and its deliberate characters against the lookup copy's words --------


def _read(text: str) -> list[str | None]:
    return [r for _, r in edition.readings(text)]


def _at(text: str, part: str, k: int = 0) -> str | None:
    """The reading of the ``k``-th character of ``part`` where ``part`` occurs in ``text``."""
    return _read(text)[text.index(part) + k]


def test_headword_table_keeps_the_spellings_that_read_otherwise():
    from edition.readings.lexicon import Lexicon, _headwords

    lex = Lexicon({"发卡": "fa4 qia3", "头发": "tou2 fa5", "当当": "dang1 dang1"}, {}, 2)
    spellings = {
        "发卡": [("髮卡", ("fa4", "qia3"), 2, False), ("發卡", ("fa1", "ka3"), 2, False)],
        # the same syllables in full tone: the spelling does not change the reading
        "头发": [("頭髮", ("tou2", "fa4"), 1, False), ("頭發", ("tou2", "fa1"), 1, True)],
        "当当": [("噹噹", ("dang1", "dang1"), 1, False), ("當當", ("dang4", "dang4"), 1, False)],
    }
    # 頭發 is only a proper noun's spelling; 當當 is a doubled character (a verb said twice)
    assert _headwords(lex, spellings) == {"发卡": {"發卡": "fa1 ka3"}}


def test_installed_headwords_and_deliberate_characters():
    from edition.readings.lexicon import lexicon

    heads = lexicon().headwords
    assert heads["发卡"] == {"發卡": "fa1 ka3"}
    assert heads["尽量"] == {"盡量": "jin4 liang4"}
    assert "头发" not in heads  # 頭髮 reads as the lexicon does
    assert "尽快" not in heads  # 盡快 jin4 kuai4 "see 儘快[jin3 kuai4]": no reading of its own


def test_deliberate_characters_are_those_no_conversion_would_have_written_there():
    def chosen(source: str) -> str:
        lookup = lookup_copy(source)
        return "".join(source[i] for i in sorted(source_forms.deliberate(source, lookup)))

    # not s2t's default character for the Simplified one (發 for 发, 幹 for 干, 只 for 只)
    assert chosen("碎髮落在地上，衣服乾了，這隻貓") == "髮乾隻"
    # its default, where s2t in context writes another: 髮卡 'hair clip', 儘量
    assert chosen("銀行開始發卡，請盡量早點到") == "發盡"
    # what s2t itself writes: 擠幹 for 挤干, 盡量 in this sentence, 發落
    assert chosen("把水擠幹，施工中會盡量保留，怎麼發落他") == ""


def test_the_lookup_copys_word_does_not_read_a_character_the_source_writes_otherwise():
    assert _at("剪下來的碎髮落在圍布上。", "髮") == "fà"  # not 发落 fāluò 'deal with'
    assert _at("他每天抹一點髮油。", "髮") == "fà"  # not pypinyin's 发油 fāyóu
    assert _at("壓力太大，髮根都變細了。", "髮") == "fà"
    text = "這隻好可愛，那隻有點兇。"
    got = _read(text)
    assert (got[1], got[7]) == ("zhī", "zhī")  # not 只好 只有 zhǐ
    assert _at("衣服已經乾了。", "乾") == "gān"  # not the rule for 干 'do'
    assert _at("我們乾完這杯再走。", "乾") == "gān"
    assert _at("他蹲下來把鞋帶繫緊。", "繫") == "jì"  # the word 系紧 over the model's xì


def test_the_source_writing_the_words_own_characters_keeps_its_reading():
    assert _at("法官還在考慮怎麼發落他。", "發落") == "fā"
    assert _at("他的頭髮白了。", "頭髮", 1) in ("fà", "fa")
    assert _at("把桌子擦乾淨。", "乾淨") == "gān"
    assert _at("他是基層幹部，很能幹。", "幹部") == "gàn"
    assert _at("他是基層幹部，很能幹。", "能幹", 1) == "gàn"
    assert _at("牛肉麵的麵條很有彈性。", "麵條") == "miàn"
    assert _at("那只是一時衝動。", "衝動") == "chōng"
    assert _at("他常常衝著別人大吼。", "衝著") == "chòng"
    assert _at("我只好自己去。", "只好") == "zhǐ"  # 只 as the source writes it
    assert _at("他在幹嘛？", "幹") == "gàn"
    # readings CC-CEDICT's table lacks for the character: pypinyin has 祕 bì, and OpenCC spells
    # 乱哄哄 亂鬨鬨 (CC-CEDICT writes 亂哄哄 and has 鬨 only as hòng)
    assert _at("他是駐祕魯大使。", "祕") == "bì"
    assert _at("屋裡亂鬨鬨的。", "鬨") == "hōng"


def test_the_source_headword_chooses_among_the_words_readings():
    text = "銀行開始發卡給新客戶，她買了一個髮卡。"
    got = _read(text)
    assert got[text.index("發卡") : text.index("發卡") + 2] == ["fā", "kǎ"]
    assert got[text.index("髮卡") : text.index("髮卡") + 2] == ["fà", "qiǎ"]
    assert _at("請盡量早點到。", "盡量") == "jìn"
    assert _at("請儘量早點到。", "儘量") == "jǐn"
    assert _at("晚餐吃了鮭魚手捲。", "手捲", 1) == "juǎn"


def test_a_rule_of_the_lookup_copy_yields_to_a_character_the_source_chose():
    # 捲子 'hair curlers': the rule for 卷子 'exam paper' reads juàn, a reading pypinyin keeps
    # for 捲 from of old; the source chose 捲 where every conversion writes 卷 (卷子)
    text = "考完試，老師把捲子拆下來，說這是阿嬤燙頭髮用的。"
    assert _at(text, "捲子") == "juǎn"
    # a word of the lookup copy pypinyin reads so stays (祕魯 bì, the test above)
    assert _at("他是駐祕魯大使。", "祕") == "bì"


def test_without_the_engines_details_a_word_is_overruled_only_by_a_deliberate_character():
    from edition.model import Reading

    words = [Reading("fa1", "phrase"), Reading("luo4", "phrase")]
    assert source_forms.settle("髮落", "发落", words)[0] == Reading("fa4", "rule")
    assert source_forms.settle("發落", "发落", words) == words  # s2t's own 發: a word stands
    rule = [Reading("gan4", "rule")]
    assert source_forms.settle("幹", "干", rule) == rule  # s2t's 擠幹 may be a slip


def test_editions_of_a_traditional_article_print_the_hair_not_the_words_fa(write_notes):
    path = write_notes(NOTES, article="剪下來的碎髮落在圍布上，又抹了一點髮油。\n")
    layer = load_layer(path)
    for ed in layer.editions:
        prepared = prepare(layer, ed)
        got = [
            r.syllable
            for para in prepared.paragraphs
            for tok in para.tokens
            for j, r in enumerate(tok.readings)
            if r is not None and prepared.text[tok.start + j] in "髮发"
        ]
        assert got == ["fa4", "fa4"], ed.name


def test_review_table_says_the_source_decided():
    from edition.readings.engine import default_engine
    from edition.readings.proof import review_rows

    text = "銀行開始發卡給新客戶，碎髮落了一地。"
    lookup = lookup_copy(text)
    engine = default_engine()
    found = source_forms.settle(text, lookup, engine.read(lookup), engine.details(lookup))
    rows = {r.offset: r for r in review_rows(text, lookup, found)}
    card, hair = rows[text.index("發")], rows[text.index("髮")]
    assert (card.reading, card.evidence) == ("fa1", "as the source writes 發 (发 was read fa4)")
    assert (hair.reading, hair.evidence) == ("fa4", "髮 has no other reading (发 was read fa1)")
    assert "guess" not in card.flags
