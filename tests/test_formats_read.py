"""Readers of Markdown, saved web pages and .docx files: blocks, emphasis, pictures, and every
character placed at its path:line:col in the file the user wrote."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from edition.errors import EditionError
from edition.model import Correction, SourceLocation
from edition.notes import corrections as corrections_stage
from edition.text import clean as clean_stage
from edition.text.source import load_source

WEB = Path(__file__).parent / "fixtures" / "web"

MARKDOWN = """\
# 茶马古道

清晨六点，**云南普洱**的山间还笼罩着*薄雾*，
杨国华已经走上了石板路。

> “古道不能只剩下一个名字。”

![普洱市郊的一段茶马古道](images/road.png)

- 第一项 \\*星\\* &amp; 月
- 第二项
  1. 子项

## 保护与开发
"""


def lines_and_blocks(source):
    return [
        (b.kind, b.level, b.marker, line)
        for b, line in zip(source.blocks, source.text.split("\n"), strict=True)
    ]


@pytest.fixture
def md(tmp_path):
    (tmp_path / "images").mkdir()
    shutil.copy(WEB / "images" / "road.png", tmp_path / "images" / "road.png")

    def write(text: str = MARKDOWN, name: str = "a.md") -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    return write


def test_markdown_blocks(md, monkeypatch):
    path = md()
    monkeypatch.chdir(path.parent)
    source = load_source(path)
    assert lines_and_blocks(source) == [
        ("heading", 1, "", "茶马古道"),
        ("body", 0, "", "清晨六点，云南普洱的山间还笼罩着薄雾，杨国华已经走上了石板路。"),
        ("quote", 0, "", "“古道不能只剩下一个名字。”"),
        ("figure", 0, "", "普洱市郊的一段茶马古道"),
        ("item", 1, "•", "第一项 *星* & 月"),
        ("item", 1, "•", "第二项"),
        ("item", 2, "1.", "子项"),
        ("heading", 2, "", "保护与开发"),
    ]
    text = source.text
    emphasis = [(text[s:e], kind) for s, e, kind in source.emphasis]
    assert emphasis == [("云南普洱", "strong"), ("薄雾", "em")]
    figure = source.blocks[3].picture
    assert figure is not None
    assert figure.path == str(path.parent / "images" / "road.png")
    assert figure.media_type == "image/png"
    assert figure.alt == "普洱市郊的一段茶马古道"
    # every character at its place in the Markdown file, across the soft line break
    assert str(source.loc(text.index("云"))) == "a.md:3:8"
    assert str(source.loc(text.index("杨"))) == "a.md:4:1"
    assert str(source.loc(text.index("星"))) == "a.md:10:9"  # after the escape '\*'
    assert str(source.loc(text.index("月"))) == "a.md:10:19"  # after the entity '&amp;'
    assert str(source.loc(text.index("普洱市郊"))) == "a.md:8:3"
    assert source.problems == []


def test_markdown_footnotes_are_refused_with_a_clear_message(md, monkeypatch):
    path = md("正文有一個腳注[^1]，寫在文章裡。\n\n[^1]: 腳注的內容。\n")
    monkeypatch.chdir(path.parent)
    with pytest.raises(EditionError) as err:
        load_source(path)
    fix = (
        "notes are written in the notes file (notes: - id, anchor, body), not in the article; "
        "move it there and delete it here"
    )
    assert [str(p) for p in err.value.problems] == [
        f"a.md:1:8: error: Markdown footnote '[^1]': {fix}",
        f"a.md:3:1: error: Markdown footnote '[^1]: …': {fix}",
    ]


def test_pictures_outside_the_folder_or_on_the_web_are_left_out(md, tmp_path, monkeypatch):
    (tmp_path / "secret.png").write_bytes((WEB / "images" / "road.png").read_bytes())
    article = tmp_path / "articles"
    article.mkdir()
    path = article / "a.md"
    path.write_text(
        "正文。\n\n![說明一](../secret.png)\n\n![說明二](https://example.com/x.png)\n\n"
        "![說明三](missing.png)\n\n```\ncode\n```\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    source = load_source(path)
    assert [str(p) for p in source.problems] == [
        "articles/a.md:3:3: warning: picture '../secret.png' lies outside the article's folder; "
        "copy it into that folder and give its name there; left out",
        "articles/a.md:5:3: warning: picture 'https://example.com/x.png' is on the web and "
        "editions load only local files; save it in the article's folder and give its file "
        "name; left out",
        "articles/a.md:7:3: warning: picture 'missing.png' not found in the article's folder; "
        "left out",
        "articles/a.md:9:1: warning: code block left out: editions print text",
    ]
    # the captions stay, as captions without a picture
    assert lines_and_blocks(source)[1:] == [
        ("caption", 0, "", "說明一"),
        ("caption", 0, "", "說明二"),
        ("caption", 0, "", "說明三"),
    ]


def test_clean_report_and_corrections_point_into_the_markdown_file(md, monkeypatch):
    path = md("# 標題\n\n他說,這是**好事**。\n")
    monkeypatch.chdir(path.parent)
    cleaned = clean_stage.clean(load_source(path))
    assert clean_stage.report_lines(cleaned)[0] == "a.md:3:3: punct: ',' -> '，'"
    fixed = corrections_stage.apply_corrections(
        cleaned, [Correction("好事", "壞事", SourceLocation("notes/a.yaml", 5, 5))]
    )
    assert fixed.text == "標題\n他說，這是壞事。"
    change = next(c for c in fixed.changes if c.kind == "correction")
    assert str(fixed.source.loc(change.start)) == "a.md:3:8"


def web_page(name: str, tmp_path: Path) -> Path:
    shutil.copytree(WEB, tmp_path / "web")
    return tmp_path / "web" / f"{name}.html"


def test_web_page_keeps_the_article_and_drops_the_rest(tmp_path, monkeypatch):
    path = web_page("tea-news", tmp_path)
    monkeypatch.chdir(path.parent)
    source = load_source(path)
    expected = (WEB / "tea-news.expected.txt").read_text(encoding="utf-8").splitlines()
    lines = source.text.split("\n")
    assert lines == [*expected, "（责任编辑：张伟）"]
    kinds = [(b.kind, b.level) for b in source.blocks]
    assert kinds[:5] == [("heading", 1), ("body", 0), ("figure", 0), ("body", 0), ("heading", 2)]
    assert ("quote", 0) in kinds
    figure = source.blocks[2].picture
    assert figure is not None
    assert Path(figure.path or "").name == "road.png"
    assert [source.text[s:e] for s, e, _ in source.emphasis] == ["游客最喜欢的是亲手压制一饼普洱茶"]
    page = path.read_text(encoding="utf-8").split("\n")
    i = source.text.index("清晨六点")
    loc = source.loc(i)
    assert page[loc.line - 1][(loc.col or 1) - 1 :].startswith("清晨六点")
    text = source.text
    for junk in ("首页", "分享到", "热门排行", "相关阅读", "网友评论", "去年走过一段", "版权所有"):
        assert junk not in text


def test_web_page_of_br_paragraphs_with_lazy_pictures(tmp_path, monkeypatch):
    path = web_page("bakery-blog", tmp_path)
    monkeypatch.chdir(path.parent)
    source = load_source(path)
    expected = (WEB / "bakery-blog.expected.txt").read_text(encoding="utf-8").splitlines()
    lines = source.text.split("\n")
    for line in expected[1:]:  # the <h1> aside, every block of the article
        assert line in lines
    figure = next(b for b in source.blocks if b.kind == "figure")
    assert figure.picture is not None
    assert figure.picture.src == "images/oven.png"
    assert lines[source.blocks.index(figure)] == "黃冠傑每天凌晨四點升起炭火，爐溫全靠經驗判斷。"
    for junk in ("延伸閱讀", "台南十大排隊美食", "留言", "小時候常吃這家", "熱門文章", "Cookie"):
        assert junk not in source.text


def test_docx_paragraphs_styles_pictures(tmp_path, monkeypatch):
    import docx
    from docx.shared import Mm

    d = docx.Document()
    d.add_heading("茶馬古道", 1)
    p = d.add_paragraph("清晨六點，")
    p.add_run("楊國華").bold = True
    p.add_run("已經走上了石板路。")
    d.add_picture(str(WEB / "images" / "road.png"), width=Mm(60))
    d.add_paragraph("普洱市郊的一段茶馬古道", style="Caption")
    d.add_paragraph("“古道不能只剩下一個名字。”", style="Quote")
    d.add_paragraph("第一項", style="List Number")
    d.add_paragraph("第二項", style="List Number")
    d.add_paragraph("　　不過，遊客增多了。")
    path = tmp_path / "a.docx"
    d.save(str(path))
    monkeypatch.chdir(tmp_path)
    source = load_source(path)
    assert lines_and_blocks(source) == [
        ("heading", 1, "", "茶馬古道"),
        ("body", 0, "", "清晨六點，楊國華已經走上了石板路。"),
        ("figure", 0, "", "普洱市郊的一段茶馬古道"),
        ("quote", 0, "", "“古道不能只剩下一個名字。”"),
        ("item", 1, "1.", "第一項"),
        ("item", 1, "2.", "第二項"),
        ("body", 0, "", "不過，遊客增多了。"),
    ]
    picture = source.blocks[2].picture
    assert picture is not None
    assert picture.media_type == "image/png"
    assert picture.data == (WEB / "images" / "road.png").read_bytes()
    assert [source.text[s:e] for s, e, _ in source.emphasis] == ["楊國華"]
    # paragraph number and character in it
    assert str(source.loc(source.text.index("楊"))) == "a.docx:2:6"
    assert str(source.loc(source.text.index("不過"))) == "a.docx:8:3"


def test_not_a_docx(tmp_path, monkeypatch):
    path = tmp_path / "a.docx"
    path.write_bytes(b"PK\x03\x04 not really")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(EditionError) as err:
        load_source(path)
    assert str(err.value.problems[0]).startswith("a.docx:1: error: not a Word .docx file (")
    assert str(err.value.problems[0]).endswith("); save it from Word as .docx, or as text")


def test_web_page_keeps_the_pictures_of_its_article_the_extractor_was_silent_about(
    tmp_path, monkeypatch
):
    shutil.copytree(WEB / "images", tmp_path / "images")
    story = "".join(
        f"<p>第{n}段：小猫在河边钓鱼，一只蜻蜓飞来了，它就放下钓鱼竿去捉蜻蜓。</p>"
        for n in "一二三"
    )
    page = tmp_path / "story.html"
    page.write_text(
        '<html><head><meta charset="utf-8"><title>小猫钓鱼</title></head><body>'
        '<header><img src="images/road.png" alt="网站横幅"></header>'
        f"<article><h1>小猫钓鱼</h1>{story}"
        '<img src="images/oven.png" alt="结尾的图"></article>'
        "<footer>版权所有 © 2024 儿童故事网</footer></body></html>",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    source = load_source(page)
    figures = [b.picture.src for b in source.blocks if b.kind == "figure" and b.picture]
    # the closing picture of the article stays; the banner in the header does not
    assert figures == ["images/oven.png"]
    assert source.blocks[-1].kind == "figure"
    assert "版权所有" not in source.text
