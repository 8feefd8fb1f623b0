"""The bundled article's reviewed readings: specific polyphonic occurrences, in context.

Each row is an editorial decision (engine, phrase table or an override in
notes/openai-research.yaml): the character, the text just before and after it, and the
syllable the booklet must print there.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from edition.notes.layer import load_layer
from edition.pipeline.prepare import prepare
from edition.readings.engine import unreviewed

NOTES = Path(__file__).resolve().parent.parent / "notes" / "openai-research.yaml"

# (text before, character, text after, expected syllable)
DECISIONS = [
    ("他們還解釋了", "為", "什麼認為", "wei4"),
    ("什麼認", "為", "編程", "wei2"),
    ("離職後", "為", "何迅速", "wei4"),
    ("這些模型專", "為", "攻克", "wei4"),
    ("兩人正", "為", " OpenAI", "wei4"),
    ("突破，", "顯", "著抬高", "xian3"),
    ("顯", "著", "抬高", "zhu4"),
    ("接受", "過", "媒體培訓", "guo5"),
    ("工作", "過", "。", "guo5"),
    ("技術將“", "為", "更多人", "wei4"),
    ("罕見地表現得頗", "為", "低調", "wei2"),
    ("劃分", "為", "‘之前", "wei2"),
    ("重要人物都顯", "得", "黯然", "de5"),
    ("罕見地表現", "得", "頗為", "de5"),
    ("你說", "得", "沒錯", "de5"),
    ("肯定還沒做到。你", "得", "讓模型", "dei3"),
    ("至少還", "得", "花更長", "dei3"),
    ("世界總決賽中奪", "得", "第二名", "de2"),
    ("發布之後還", "得", "到了", "de2"),
    ("設定我們", "長", "期的", "chang2"),
    ("生於中國臺灣，成", "長", "於美國", "zhang3"),
    ("至少還得花更", "長", "時間", "chang2"),
    ("最終也", "強", "勢回歸", "qiang2"),
    ("他", "強", "調，AI", "qiang2"),
    ("罕見地表現得頗為低", "調", "。", "diao4"),
    ("列進行了", "重", "大更新", "zhong4"),
    ("按照你想要的方式", "重", "塑", "chong2"),
    ("他停頓了一下，", "重", "新組織", "chong2"),
    ("一直引領", "行", "業走向", "hang2"),
    ("應用程序首席執", "行", "官", "xing2"),
    ("他認為", "應", "得的支持", "ying1"),
    ("即將上任的", "應", "用程序", "ying4"),
    ("“而", "應", "對流程", "ying4"),
    ("遠遠超出了", "當", "今模型", "dang1"),
    ("遠遠超出", "了", "當今", "le5"),
    ("“瓶頸", "當", "然存在", "dang1"),
    ("我尤其想", "了", "解", "liao3"),
    ("聽起來這", "更", "像是", "geng4"),
    ("系列進行了重大", "更", "新", "geng1"),
    ("能更清楚", "地", "看見", "de5"),
    ("並讓產品真正落", "地", "——", "di4"),
    ("其目", "的", "是讓", "di4"),
    ("究竟意味", "著", "什麼", "zhe5"),
    ("當它們能夠", "著", "眼於", "zhuo2"),
    ("這", "場", "競賽是一場", "chang3"),
    ("不陷入死胡", "同", "的前提", "tong4"),
    ("技術的創造者也很", "好", "奇", "hao4"),
]


@pytest.fixture(scope="module")
def article():
    layer = load_layer(NOTES)
    booklet = next(e for e in layer.editions if e.name == "booklet")
    prepared = prepare(layer, booklet)
    text = prepared.text
    readings = [None] * len(text)
    lookup = list(text)
    for para in prepared.paragraphs:
        for tok in para.tokens:
            lookup[tok.start : tok.start + len(tok.lookup)] = tok.lookup
            for j, r in enumerate(tok.readings):
                readings[tok.start + j] = r
    return prepared, text, "".join(lookup), readings


def _find(text: str, before: str, char: str, after: str) -> int:
    hits = []
    start = text.find(before + char + after)
    while start >= 0:
        hits.append(start + len(before))
        start = text.find(before + char + after, start + 1)
    assert len(hits) == 1, f"{before}【{char}】{after}: {len(hits)} matches"
    return hits[0]


@pytest.mark.parametrize(("before", "char", "after", "expected"), DECISIONS)
def test_reviewed_reading(article, before, char, after, expected):
    _, text, _, readings = article
    i = _find(text, before, char, after)
    assert readings[i] is not None
    assert readings[i].syllable == expected


def test_no_reading_warnings(article):
    prepared = article[0]
    assert [str(p) for p in prepared.warnings if "reading" in p.message] == []


def test_guesses_are_few_and_explained(article):
    # The engine's guesses are listed for review (proof mode, `readings --guesses`); on this
    # article they stay under 5% of the Han characters (issue 11's bound for the proof list,
    # which also lists the verbs, nouns and adjectives of one character the model read) and
    # each says what decided it.
    _, _, lookup, readings = article
    open_ = sorted(unreviewed(lookup, readings))
    han = sum(1 for r in readings if r is not None)
    assert 0 < len(open_) < han // 20
    from edition.readings.engine import default_engine

    details = default_engine().details(lookup)
    assert all(details[i].evidence for i in open_)
