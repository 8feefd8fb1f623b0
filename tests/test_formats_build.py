"""Structured articles through the whole pipeline, and the other outputs read back by their
consumers: the EPUB checked (epubcheck when installed, else the container, package document
and navigation against EPUB 3.3's required parts), the Anki deck opened with sqlite, the word
list read by a csv reader."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from edition.cli.main import main
from tests.pdfcheck import fonts, pages_text, squeeze

WEB = Path(__file__).parent / "fixtures" / "web"

ARTICLE = """\
# 茶馬古道

清晨六點，**雲南普洱**的山間還籠罩著薄霧，六十二歲的馬幫後人楊國華已經走上了石板路。

![普洱市郊的一段茶馬古道](images/road.png)

> “古道不能只剩下一個名字。”

近年來，沿線的村寨紛紛開起了*民宿*和茶館。

1. 親手壓製一餅普洱茶；
2. 跟著老馬幫走一段古道。
"""
NOTES = """\
article: ../articles/{name}
meta:
  title: 茶馬古道
  author: 李曉紅
  date: 2025-03-14
editions:
  - name: booklet
    layout: booklet
  - name: pinyin
    layout: pinyin
    style: zhuyin
  - name: reader
    layout: reader
  - name: cards
    layout: reader
    format: tsv
notes:
  - id: mabang
    anchor: {{exact: 馬幫, occurrence: 1}}
    body: 趕著騾馬運貨的隊伍。
glossary:
  - word: 民宿
    pos: n.
    gloss: guesthouse
  - word: 石板路
    pos: n.
    gloss: flagstone path
"""


def _docx(path: Path) -> None:
    import docx
    from docx.shared import Mm

    d = docx.Document()
    d.add_heading("茶馬古道", 1)
    p = d.add_paragraph("清晨六點，")
    p.add_run("雲南普洱").bold = True
    p.add_run("的山間還籠罩著薄霧，六十二歲的馬幫後人楊國華已經走上了石板路。")
    d.add_picture(str(WEB / "images" / "road.png"), width=Mm(60))
    d.add_paragraph("普洱市郊的一段茶馬古道", style="Caption")
    d.add_paragraph("近年來，沿線的村寨紛紛開起了民宿和茶館。")
    d.save(str(path))


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A project with one article in each format and the outputs built from them."""
    root = tmp_path_factory.mktemp("formats")
    articles, notes = root / "articles", root / "notes"
    (articles / "images").mkdir(parents=True)
    notes.mkdir()
    shutil.copy(WEB / "images" / "road.png", articles / "images" / "road.png")
    (articles / "tea.md").write_text(ARTICLE, encoding="utf-8")
    _docx(articles / "tea-word.docx")
    shutil.copy(WEB / "tea-news.html", articles / "tea-news.html")
    for name in ("tea.md", "tea-word.docx"):
        (notes / f"{Path(name).stem}.yaml").write_text(NOTES.format(name=name), encoding="utf-8")
    web = NOTES.format(name="tea-news.html").replace("馬幫", "马帮").replace("石板路", "石板路")
    web = web.replace("茶馬古道", "茶马古道").replace("民宿", "民宿")
    (notes / "tea-news.yaml").write_text(web, encoding="utf-8")
    cwd = os.getcwd()
    os.chdir(root)
    try:
        builds = [
            ("tea", "booklet", "pdf"),
            ("tea-word", "pinyin", "pdf"),
            ("tea-news", "reader", "pdf"),
            ("tea", "booklet", "epub"),
            ("tea", "booklet", "anki"),
            ("tea", "cards", None),
        ]
        for stem, edition, fmt in builds:
            argv = ["build", f"notes/{stem}.yaml", "--edition", edition, "-q"]
            argv += ["--format", fmt] if fmt else []
            assert main(argv) == 0, (stem, edition, fmt)
    finally:
        os.chdir(cwd)
    return root


def test_markdown_booklet(project):
    pdf = project / "output" / "tea-booklet.pdf"
    text = squeeze("".join(pages_text(pdf)))
    for part in ("茶馬古道", "清晨六點", "普洱市郊的一段茶馬古道", "古道不能只剩下一個名字",
                 "親手壓製一餅普洱茶", "趕著騾馬運貨的隊伍"):  # fmt: skip
        assert part in text
    assert "#" not in text
    assert "**" not in text
    assert "![" not in text
    out = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True)
    assert len(out.stdout.strip().splitlines()) == 3  # header, rule, the one picture
    names = {f["name"].split("+")[-1] for f in fonts(pdf)}
    assert "Edition-Ruby-Bold" in names  # the strong run keeps its readings, in bold
    assert all(f["emb"] == "yes" for f in fonts(pdf))


def test_docx_pinyin_and_web_page_reader(project):
    for name, present in (
        ("tea-word-pinyin.pdf", ("雲南普洱", "普洱市郊的一段茶馬古道")),
        ("tea-news-reader.pdf", ("古老的茶马古道重新热闹起来", "保护与开发之间",
                                 "图为普洱市郊的一段茶马古道")),
    ):  # fmt: skip
        pdf = project / "output" / name
        text = squeeze("".join(pages_text(pdf)))
        for part in present:
            assert part in text, (name, part)
        out = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True)
        assert len(out.stdout.strip().splitlines()) == 3, name
    news = squeeze("".join(pages_text(project / "output" / "tea-news-reader.pdf")))
    assert "网友评论" not in news
    assert "相关阅读" not in news
    assert "首页" not in news


EPUB_NS = {
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "x": "http://www.w3.org/1999/xhtml",
    "epub": "http://www.idpf.org/2007/ops",
    "c": "urn:oasis:names:tc:opendocument:xmlns:container",
}


def epubcheck() -> list[str] | None:
    for jar in ("/usr/share/java/epubcheck.jar",):
        if Path(jar).is_file() and shutil.which("java"):
            return ["java", "-jar", jar]
    return None


def test_epub_is_valid(project):
    epub = project / "output" / "tea-booklet.epub"
    with zipfile.ZipFile(epub) as z:
        first = z.infolist()[0]
        assert first.filename == "mimetype"
        assert first.compress_type == zipfile.ZIP_STORED
        assert z.read("mimetype") == b"application/epub+zip"
        container = etree.fromstring(z.read("META-INF/container.xml"))
        rootfile = container.find(".//c:rootfile", EPUB_NS).get("full-path")
        opf = etree.fromstring(z.read(rootfile))
        base = rootfile.rsplit("/", 1)[0] + "/"
        meta = opf.find("opf:metadata", EPUB_NS)
        uid = opf.get("unique-identifier")
        assert meta.find(f"dc:identifier[@id='{uid}']", EPUB_NS).text.startswith("urn:uuid:")
        assert meta.find("dc:title", EPUB_NS).text == "茶馬古道"
        assert meta.find("dc:language", EPUB_NS).text == "zh-Hant"
        modified = meta.find("opf:meta[@property='dcterms:modified']", EPUB_NS).text
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", modified)
        items = {i.get("id"): i for i in opf.find("opf:manifest", EPUB_NS)}
        for item in items.values():  # every manifest item is in the container
            z.getinfo(base + item.get("href"))
        nav = [i for i in items.values() if "nav" in (i.get("properties") or "").split()]
        assert len(nav) == 1
        navdoc = etree.fromstring(z.read(base + nav[0].get("href")))
        toc = navdoc.find(".//x:nav", EPUB_NS)
        assert toc.get(f"{{{EPUB_NS['epub']}}}type") == "toc"
        assert toc.find("x:ol", EPUB_NS) is not None
        spine = [r.get("idref") for r in opf.find("opf:spine", EPUB_NS)]
        assert spine
        assert all(s in items for s in spine)
        fonts = [i for i in items.values() if i.get("media-type") == "font/otf"]
        assert len(fonts) == 2
        for font in fonts:  # cut to the characters used: far below a whole CJK face (24 MB)
            assert z.getinfo(base + font.get("href")).file_size < 3_000_000
        text = etree.fromstring(z.read(base + items["text"].get("href")))
        refs = text.findall(".//x:a", EPUB_NS)
        noterefs = [a for a in refs if a.get(f"{{{EPUB_NS['epub']}}}type") == "noteref"]
        asides = text.findall(".//x:aside", EPUB_NS)
        assert len(noterefs) == 1
        assert len(asides) == 1
        assert asides[0].get(f"{{{EPUB_NS['epub']}}}type") == "footnote"
        assert noterefs[0].get("href") == "#" + asides[0].get("id")
        assert "趕著騾馬運貨的隊伍" in "".join(asides[0].itertext())
        rubies = text.findall(".//x:ruby", EPUB_NS)
        # The first line, 茶馬古道, is the title: printed as the title, not again in the text.
        assert ["".join(r.find("x:rt", EPUB_NS).itertext()) for r in rubies[:2]] == ["qīng", "chén"]
        assert text.find(".//x:figure/x:img", EPUB_NS) is not None
        assert "民宿" in z.read(base + "vocabulary.xhtml").decode()
    command = epubcheck()
    if command is None:
        pytest.skip("epubcheck is not installed (scripts/setup.sh installs it)")
    out = subprocess.run([*command, str(epub)], capture_output=True, text=True, timeout=300)
    assert "No errors or warnings detected." in out.stdout, out.stdout + out.stderr


def test_anki_deck_reads_back(project, tmp_path):
    apkg = project / "output" / "tea-booklet.apkg"
    with zipfile.ZipFile(apkg) as z:
        (tmp_path / "c.anki2").write_bytes(z.read("collection.anki2"))
        assert z.read("media") == b"{}"
    db = sqlite3.connect(tmp_path / "c.anki2")
    notes = [row[0].split("\x1f") for row in db.execute("select flds from notes order by id")]
    cards = db.execute("select count(*) from cards").fetchone()[0]
    decks = db.execute("select decks from col").fetchone()[0]
    db.close()
    assert cards == 2
    assert "茶馬古道" in [d["name"] for d in json.loads(decks).values()]
    assert [n[:4] for n in notes] == [
        ["民宿", "mín sù", "n.", "guesthouse"],
        ["石板路", "shí bǎn lù", "n.", "flagstone path"],
    ]
    sentence = notes[0][4]
    assert (
        re.sub(r"<rt>.*?</rt>|<[^>]+>", "", sentence) == "近年來，沿線的村寨紛紛開起了民宿和茶館。"
    )
    assert "<ruby><rb>民</rb><rt>mín</rt></ruby>" in sentence
    assert notes[0][5].startswith("jìn nián lái")


def test_word_list_for_pleco_and_anki(project):
    """The edition 'cards' declares format: tsv in the notes file."""
    data = (project / "output" / "tea-cards.tsv").read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(data), delimiter="\t"))
    assert [r[:2] for r in rows] == [["民宿", "mín sù"], ["石板路", "shí bǎn lù"]]
    assert rows[0][2] == (
        "n. guesthouse — 近年來，沿線的村寨紛紛開起了民宿和茶館。 "
        "(jìn nián lái yán xiàn de cūn zhài fēn fēn kāi qǐ le mín sù hé chá guǎn)"
    )


def test_outputs_are_reproducible(project, tmp_path):
    cwd = os.getcwd()
    os.chdir(project)
    try:
        for fmt, suffix in (("epub", "epub"), ("anki", "apkg")):
            out = tmp_path / f"again.{suffix}"
            argv = ["build", "notes/tea.yaml", "--edition", "booklet", "--format", fmt]
            assert main([*argv, "--out", str(out), "-q"]) == 0
            assert out.read_bytes() == (project / "output" / f"tea-booklet.{suffix}").read_bytes()
    finally:
        os.chdir(cwd)


def test_unknown_format_in_the_notes_file(write_notes, capsys):
    notes = write_notes("""
        article: ../articles/t.txt
        meta: {title: T}
        editions:
          - name: b
            format: mobi
    """)
    assert main(["check", str(notes)]) == 1
    assert capsys.readouterr().err.strip() == (
        "notes/t.yaml:5:13: error: unknown format 'mobi'; expected one of: pdf, html, epub, "
        "anki, tsv"
    )


def test_word_list_needs_a_glossary(write_notes, capsys):
    notes = write_notes("""
        article: ../articles/t.txt
        meta: {title: T}
    """)
    assert main(["build", str(notes), "--format", "tsv", "-q"]) == 1
    assert capsys.readouterr().err.strip() == (
        "notes/t.yaml:1: error: format 'tsv' writes the vocabulary, and notes/t.yaml has no "
        "glossary entries; add some under 'glossary:'"
    )


def test_new_scaffolds_a_markdown_article(project_dir, capsys):
    (project_dir / "articles" / "walk.md").write_text(
        "# 古道漫步\n\n清晨的古道很安靜，古道兩旁是茶園。\n", encoding="utf-8"
    )
    assert main(["new", "articles/walk.md"]) == 0
    text = (project_dir / "notes" / "walk.yaml").read_text(encoding="utf-8")
    assert "article: ../articles/walk.md" in text
    assert "title: 古道漫步  # guessed from the first line" in text
    assert main(["check", "notes/walk.yaml", "-q"]) == 0


def test_html_preview_carries_the_picture_and_the_blocks(project, tmp_path):
    cwd = os.getcwd()
    os.chdir(project)
    try:
        out = tmp_path / "tea.html"
        argv = ["build", "notes/tea.yaml", "--edition", "booklet", "--format", "html"]
        assert main([*argv, "--out", str(out), "-q"]) == 0
    finally:
        os.chdir(cwd)
    html = out.read_text(encoding="utf-8")
    # The heading 茶馬古道 is the title (printed as such, not as the first paragraph).
    assert '<figure class="figure" id="fig2"><img src="data:image/png;base64,' in html
    assert '<figcaption class="caption"><ruby><rb>普</rb><rt>pǔ</rt></ruby>' in html
    assert '<blockquote class="quote"><p>' in html
    assert '<p class="item level-1"><span class="marker">1.</span>' in html
    assert '<strong class="emphasis"><ruby><rb>雲</rb><rt>yún</rt></ruby>' in html
