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
