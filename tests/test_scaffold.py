"""`make_edition.py new`: the scaffolded notes file loads, guesses well and never overwrites."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from edition.errors import EditionError
from edition.notes.layer import load_layer
from edition.notes.scaffold import (
    guess_language,
    guess_title,
    name_candidates,
    scaffold,
    word_candidates,
)

HANT = """\
人工智慧的瓶頸
研究人員說，模型的瓶頸在於資料。首席執行官山姆·奧特曼認為，瓶頸終將被突破。
他說：「擴展定律沒有失效。」奧特曼又說，擴展定律會繼續帶來突破。
"""
HANS = """\
推理模型
研究人员说，推理模型的瓶颈在于数据。首席执行官山姆·奥特曼认为，推理模型会越来越强。
从左到右：马克·陈和雅各布·帕霍基。帕霍基说，推理模型还处于初级阶段。
"""


def _article(project_dir: Path, text: str, name: str = "story") -> Path:
    path = project_dir / "articles" / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return Path("articles") / f"{name}.txt"


def _words(path: Path) -> list[str]:
    return re.findall(r"\{word: ([^,]+),", path.read_text(encoding="utf-8"))


def test_traditional_article(project_dir):
    out = scaffold(_article(project_dir, HANT), Path("notes"))
    assert out == Path("notes/story.yaml")
    layer = load_layer(out)
    assert layer.article == (project_dir / "articles/story.txt").resolve()
    assert layer.meta == {"title": "人工智慧的瓶頸", "title_in_text": True, "language": "zh-Hant"}
    assert [e.name for e in layer.editions] == ["booklet"]
    assert (layer.notes, layer.corrections, layer.glossary) == ([], [], [])
    words = _words(out)
    assert "瓶頸" in words  # recurs 3 times
    assert "擴展定律" in words
    assert not {"展定", "擴展定"} & set(words)  # fragments of a longer word
    assert "山姆·奧特曼" in words
    assert "article: ../articles/story.txt\n" in out.read_text(encoding="utf-8")


def test_simplified_article(project_dir):
    out = scaffold(_article(project_dir, HANS), Path("notes"))
    layer = load_layer(out)
    assert layer.meta == {"title": "推理模型", "title_in_text": True, "language": "zh-Hans"}
    words = _words(out)
    assert words.index("推理模型") < words.index("马克·陈")  # words first, then names
    assert {"山姆·奥特曼", "马克·陈", "雅各布·帕霍基"} <= set(words)
    assert not [w for w in words if "帕霍" in w and "·" not in w]  # name pieces are not words


def test_uncommented_candidates_load_as_a_glossary(project_dir):
    out = scaffold(_article(project_dir, HANT), Path("notes"))
    text = out.read_text(encoding="utf-8")
    text = re.sub(r"^# (glossary:|  - \{word)", r"\1", text, flags=re.M)
    text = text.replace('gloss: ""', "gloss: x")
    out.write_text(text, encoding="utf-8")
    layer = load_layer(out)
    assert "瓶頸" in [g.word for g in layer.glossary]


def test_refuses_to_overwrite(project_dir):
    article = _article(project_dir, HANT)
    (project_dir / "notes" / "story.yaml").write_text("# mine\n", encoding="utf-8")
    with pytest.raises(EditionError) as exc:
        scaffold(article, Path("notes"))
    assert str(exc.value) == (
        "notes/story.yaml:1: error: 'notes/story.yaml' already exists; delete or rename it "
        "to scaffold a new notes file for articles/story.txt"
    )
    assert (project_dir / "notes" / "story.yaml").read_text(encoding="utf-8") == "# mine\n"


def test_missing_article(project_dir):
    with pytest.raises(EditionError, match="article file not found"):
        scaffold(Path("articles/none.txt"), Path("notes"))
    assert not (project_dir / "notes" / "none.yaml").exists()


def test_creates_the_notes_folder(project_dir):
    out = scaffold(_article(project_dir, HANS), Path("more/notes"))
    assert out == Path("more/notes/story.yaml")
    assert load_layer(out).meta["title"] == "推理模型"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("推理模型\n正文。", "推理模型"),
        ("\n\n  推理模型  \n正文。", "推理模型"),
        ("研究人員說，模型的瓶頸在於資料。\n", "TODO"),  # a sentence, not a title
        ("這是一個很長很長很長很長很長很長很長很長很長很長很長很長很長的第一行\n", "TODO"),
        ("", "TODO"),
    ],
)
def test_guess_title(text, title):
    assert guess_title(text) == title


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("研究人員說，模型的瓶頸在於資料。", "zh-Hant"),
        ("研究人员说，模型的瓶颈在于数据。", "zh-Hans"),
        ("no Han at all", "zh-Hans"),
    ],
)
def test_guess_language(text, language):
    assert guess_language(text) == language


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("首席執行官山姆·奧特曼說", ["山姆·奧特曼"]),
        ("從左到右：馬克·陳和雅各布·帕霍基", ["馬克·陳", "雅各布·帕霍基"]),
        ("安全研究員簡·萊克(Jan Leike)", ["簡·萊克"]),
        ("前首席科學家伊利亞·蘇茨克弗成立", ["伊利亞·蘇茨克弗"]),
        ("從左到右：馬克·陳", ["馬克·陳"]),  # a Chinese surname after a transliterated part
        # no transliterated part either side: a dot between words, no name
        ("中點之外·不算", []),
        ("二年级（3）班家长通讯·第十二期", []),
    ],
)
def test_name_extent(text, names):
    assert [c.word for c in name_candidates(text)] == names


def test_word_candidates_counts_across_scripts():
    found = {c.word: c.count for c in word_candidates("瓶頸很多。瓶颈很多。我們的瓶頸。")}
    assert found["瓶頸"] == 3  # shown as first written, counted in both scripts
    assert "我們" not in found  # a function word


def test_word_candidates_leave_out_directional_complements_and_locatives():
    text = "他站起来，又坐下来。她站起来，又坐下来。火锅在桌子上面。火锅在桌子上面。"
    found = [c.word for c in word_candidates(text)]
    assert "火锅" in found
    assert not {"起来", "下来", "上面"} & set(found)


def test_word_candidates_are_dictionary_words_not_recurring_strings():
    text = "他把球傳到左邊，決賽一節開始。她把球傳到右邊，決賽一節結束。"
    found = [c.word for c in word_candidates(text)]
    assert "決賽" in found
    assert not {"球傳", "把球", "後一", "一節"} & set(found)  # they cross word boundaries


def test_word_candidates_leave_out_basic_words_and_verbs_glued_to_a_preposition():
    text = (
        "媽媽把錢包放在桌上，小狗趴在沙發底下。媽媽把錢包放在書包裡，小狗趴在沙發上。"
        "志工說牠被領養了。志工說領養要填表。"
    )
    found = [c.word for c in word_candidates(text)]
    assert {"小狗", "沙發", "領養"} <= set(found)
    assert not {"媽媽", "錢包", "放在", "趴在"} & set(found)  # HSK 1-2; verb + 在


def test_word_candidates_keep_a_recurring_term_whole():
    found = {c.word: c.count for c in word_candidates("擴展定律很重要。擴展定律沒有失效。")}
    assert found.get("擴展定律") == 2
    assert "定律" not in found  # never stands alone here


def test_word_candidates_keep_a_name_jieba_cut_whole():
    # 洪|崖洞: a name's character (洪) cut off before a word, always there, nowhere else
    found = {c.word: c.count for c in word_candidates("我们去了洪崖洞。洪崖洞的灯很亮。")}
    assert (found.get("洪崖洞"), found.get("崖洞")) == (2, None)
    # 逛|夜市: a verb before the word every time, not a name's start
    found = [c.word for c in word_candidates("周末逛夜市。逛夜市的人很多。")]
    assert found == ["夜市"]


def test_a_word_joining_a_surname_to_the_next_word_is_no_candidate(project_dir):
    text = "馬克·陳\n馬克·陳說，模型很好。陳說，模型還會更好。\n"
    out = scaffold(_article(project_dir, text), Path("notes"))
    words = _words(out)
    assert "模型" in words
    assert "馬克·陳" in words
    assert "陳說" not in words  # 'Chen said', not the word 陈说 'to state'


def test_the_placeholder_title_is_a_warning_until_it_is_replaced(project_dir):
    out = scaffold(_article(project_dir, "研究人員說，模型的瓶頸在於資料。\n"), Path("notes"))
    layer = load_layer(out)
    assert layer.meta["title"] == "TODO"
    line = next(
        n
        for n, text in enumerate(out.read_text(encoding="utf-8").splitlines(), 1)
        if text.strip().startswith("title:")
    )
    assert [str(w) for w in layer.warnings] == [
        f"notes/story.yaml:{line}:10: warning: the title is still 'TODO', the placeholder "
        "`edition new` wrote; give the article's title (the cover and the PDF's metadata "
        "print it)"
    ]
    out.write_text(out.read_text(encoding="utf-8").replace("title: TODO", "title: 瓶頸"))
    assert load_layer(out).warnings == []


def test_the_register_hint_uncommented_loads(project_dir):
    out = scaffold(_article(project_dir, HANS), Path("notes"))
    text = out.read_text(encoding="utf-8")
    assert "  # register: auto  #" in text
    out.write_text(text.replace("  # register: auto", "  register: classical"), encoding="utf-8")
    assert load_layer(out).meta["register"] == "classical"


PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>山地救援 - 某某新闻网</title>
<meta property="og:site_name" content="某某新闻网">
<link rel="canonical" href="https://news.example.cn/2025/03/02/rescue.html"></head>
<body><nav><a href="/">首页</a> | <a href="/news">新闻</a></nav>
<header><h1>山地救援</h1><div>2025-03-02 10:11 来源：本站</div></header><article>
<p>周六清晨五点，天还没亮，我就背着装备赶到了集合地点。我们这支山地救援队成立快十年了。</p>
<p>今天不是真的救援，而是一次模拟演练。队长老郑把大家召集到一起，先点了名，又分了组。</p>
<p>下山的路很陡，有一段几乎是贴着崖壁走的。担架重，四个人得轮流换手，谁也没再说话。</p>
</article><footer>版权所有 © 2025 某某新闻网</footer></body></html>
"""


def test_a_web_page_fills_meta_from_its_markup(project_dir):
    (project_dir / "articles" / "page.html").write_text(PAGE, encoding="utf-8")
    out = scaffold(Path("articles/page.html"), Path("notes"))
    layer = load_layer(out)
    # the headline sits in the page header, outside the article: not in the text
    assert layer.meta == {
        "title": "山地救援",
        "date": "2025-03-02",
        "publication": "某某新闻网",
        "source_url": "https://news.example.cn/2025/03/02/rescue.html",
        "language": "zh-Hans",
    }
    assert "  title: 山地救援  # from the page\n" in out.read_text(encoding="utf-8")


def test_a_markdown_front_matter_fills_meta(project_dir):
    text = "---\ntitle: 推理模型\nauthor: [李明, 王刚]\ndate: 2025-03-02T10:00:00\n---\n\n"
    text += "# 推理模型\n\n" + HANS.split("\n", 1)[1]
    path = project_dir / "articles" / "story.md"
    path.write_text(text, encoding="utf-8")
    layer = load_layer(scaffold(Path("articles/story.md"), Path("notes")))
    assert layer.meta == {
        "title": "推理模型",
        "title_in_text": True,
        "author": "李明、王刚",
        "date": "2025-03-02",
        "language": "zh-Hans",
    }


@pytest.mark.parametrize(
    ("article", "counts"),
    [
        ("马克·陈说，推理模型很好。\n推理模型来了。\n", "1 candidate word, 1 name"),
        ("我们今天去公园。\n", "0 candidate words, 0 names"),
    ],
)
def test_new_says_how_many_candidates_in_english(project_dir, caplog, article, counts):
    caplog.set_level(logging.INFO, logger="edition")
    scaffold(_article(project_dir, article), Path("notes"))
    assert [r.getMessage() for r in caplog.records] == [f"wrote notes/story.yaml ({counts})"]
