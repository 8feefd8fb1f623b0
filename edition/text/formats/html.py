"""A saved web page -> the blocks of its article: headings, paragraphs, quotations, list items,
pictures with their captions; navigation, share buttons, comments and related links dropped.

Two passes. Our own parse (the standard library's HTMLParser, which reports where each tag
and text starts) cuts the whole page into text blocks, each character placed at its line and
column. trafilatura, a maintained main-text extractor, then says which text is the article:
its blocks are matched to ours, in order, by their text without whitespace, and its kept
pictures by their ``src``. What we print is ours (exact positions, emphasis, figure captions,
which trafilatura drops); what we keep is its judgement. The text then goes through the same
clean stage as a plain-text article.
"""

from __future__ import annotations

import html as htmllib
import logging
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from edition.errors import Problem
from edition.model import Picture, SourceLocation
from edition.text.formats.blocks import Builder, Extracted, Position
from edition.text.formats.pictures import local_picture

log = logging.getLogger(__name__)

SKIP = frozenset(
    "head script style noscript template svg math iframe object canvas button select "
    "textarea form input nav".split()
)
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
BLOCKS = frozenset(
    "address article aside blockquote body caption center dd details dialog div dl dt "
    "fieldset figcaption figure footer h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu "
    "nav ol p pre section summary table tbody td tfoot th thead tr ul".split()
)
EMPHASIS = {"em": "em", "i": "em", "strong": "strong", "b": "strong"}
LAZY_SRC = ("data-src", "data-original", "data-lazy-src", "data-actualsrc")
# Characters (whitespace aside) from which a line between two article blocks is taken to be
# running text the extractor skipped; shorter lines (bylines, link lists) stay out.
MIN_SENTENCE = 20


@dataclass(slots=True)
class _Figure:
    src: str
    alt: str
    at: Position
    caption: bool = False  # the block has text: it is the caption
    in_article: bool = False  # inside the page's <article> or <main>


@dataclass(slots=True)
class _Page:
    """Every text block of the page, before the article is told from the rest."""

    extracted: Extracted
    figures: dict[int, _Figure] = field(default_factory=dict)  # line -> its picture
    links: dict[int, int] = field(default_factory=dict)  # line -> characters of link text
    has_article: bool = False  # the page marks its article with <article> or <main>


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.b = Builder()
        self.stack: list[str] = []
        self.lists: list[list] = []  # [ordered, next number]
        self.skip = 0
        self.figure_src: _Figure | None = None  # the picture of an open <figure>
        self.pending: list[_Figure] = []  # pictures met inside a text block
        self.figures: dict[int, _Figure] = {}
        self.item_marker: str | None = None
        self.links: dict[int, int] = {}
        self.link_chars = 0  # link text in the open block
        self.has_article = False

    # -- structure --------------------------------------------------------------------------
    def _pos(self) -> Position:
        line, col = self.getpos()
        return line, col + 1

    def _kind(self) -> tuple[str, dict]:
        for tag in reversed(self.stack):
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                return "heading", {"level": int(tag[1])}
            if tag == "figure":
                return "figure", {}
            if tag == "li":
                marker, self.item_marker = self.item_marker, None
                return "item", {"level": max(len(self.lists), 1), "marker": marker or ""}
        if "blockquote" in self.stack:
            return "quote", {}
        return "body", {}

    def _close_block(self) -> None:
        if self.b.open:
            before = len(self.b.lines)
            kind = self.b.kind()
            self.b.end()
            if len(self.b.lines) > before and self.link_chars:
                self.links[len(self.b.lines) - 1] = self.link_chars
            self.link_chars = 0
            if len(self.b.lines) > before and kind == "figure" and self.figure_src is not None:
                self.figures[len(self.b.lines) - 1] = self.figure_src
                self.figure_src.caption = bool(self.b.lines[-1])
                if "figure" not in self.stack:
                    self.figure_src = None
        for fig in self.pending:  # pictures met inside the block follow it
            self.b.begin("figure", fig.at)
            self.b.end()
            self.figures[len(self.b.lines) - 1] = fig
        self.pending = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip:
            if tag not in VOID:
                self.stack.append(tag)
                self.skip += tag in SKIP
            return
        values = {k: v or "" for k, v in attrs}
        if (
            tag in SKIP
            or "hidden" in values
            or "display:none" in values.get("style", "").replace(" ", "")
        ):
            if tag not in VOID:
                self.stack.append(tag)
                self.skip += 1
            return
        if tag in BLOCKS or tag == "br":
            if tag in BLOCKS and self.stack and self.stack[-1] == "p":
                self.stack.pop()  # <p> ends where another block starts
            if tag == "li" and "li" in self.stack[-3:]:
                while self.stack and self.stack[-1] != "li":
                    self.stack.pop()
                if self.stack:
                    self.stack.pop()
            self._close_block()
        if tag in ("ul", "ol"):
            start = values.get("start", "1")
            self.lists.append([tag == "ol", int(start) if start.isdigit() else 1])
        elif tag == "li" and self.lists:
            ordered, number = self.lists[-1]
            self.item_marker = f"{number}." if ordered else "•"
            self.lists[-1][1] += 1
        elif tag == "figure":
            self.figure_src = None
        elif tag in ("article", "main"):
            self.has_article = True
        elif tag == "img":
            self._image(values)
        if tag in EMPHASIS:
            self.b.emphasis_start(EMPHASIS[tag])
        if tag not in VOID:
            self.stack.append(tag)

    def _image(self, values: dict[str, str]) -> None:
        src = values.get("src", "")
        if not src or src.startswith("data:"):
            src = next((values[k] for k in LAZY_SRC if values.get(k)), src)
        if not src:
            return
        in_article = "article" in self.stack or "main" in self.stack
        fig = _Figure(src, values.get("alt", ""), self._pos(), in_article=in_article)
        if "figure" in self.stack:
            if self.figure_src is None:
                self.figure_src = fig
            return
        if self.b.open:
            self.pending.append(fig)
        else:  # a picture starts the block: the text after it is its caption
            self.b.begin("figure", fig.at)
            self.figure_src = fig

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.stack:
            return
        if self.skip:
            while self.stack:
                top = self.stack.pop()
                self.skip -= top in SKIP or 0
                if top == tag:
                    break
            self.skip = max(self.skip, 0) if self.stack else 0
            return
        while self.stack:
            top = self.stack.pop()
            if top in EMPHASIS:
                self.b.emphasis_end(EMPHASIS[top])
            if top in ("ul", "ol") and self.lists:
                self.lists.pop()
            if top == tag:
                break
        if tag in BLOCKS:
            self._close_block()
        if tag == "figure":
            fig = self.figure_src
            if fig is not None and fig not in self.figures.values():  # a figure without caption
                self.b.begin("figure", fig.at)
                self.b.end()
                self.figures[len(self.b.lines) - 1] = fig
            self.figure_src = None

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    # -- text -------------------------------------------------------------------------------
    def _text(self, text: str, at: Position, per_char: bool) -> None:
        if self.skip or not text:
            return
        if not self.b.open:
            if not text.strip():
                return
            kind, extra = self._kind()
            if kind == "figure" and self.figure_src is None:
                kind = "body"
            self.b.begin(kind, at, **extra)  # type: ignore[arg-type]
        if "a" in self.stack:
            self.link_chars += len("".join(text.split()))
        if per_char:
            self.b.add(text, at)
        else:
            self.b.add(text, [at] * len(text))

    def handle_data(self, data: str) -> None:
        self._text(data, self._pos(), True)

    def handle_entityref(self, name: str) -> None:
        self._text(htmllib.unescape(f"&{name};"), self._pos(), False)

    def handle_charref(self, name: str) -> None:
        self._text(htmllib.unescape(f"&#{name};"), self._pos(), False)


def parse_page(text: str) -> _Page:
    """Every text block of the page, with its picture where it has one."""
    parser = _Parser()
    parser.feed(text)
    parser.close()
    parser._close_block()
    lines = text.split("\n")
    return _Page(
        parser.b.finish((len(lines), len(lines[-1]) + 1)),
        parser.figures,
        parser.links,
        parser.has_article,
    )


def _bare(text: str) -> str:
    return "".join(text.split())


def trafilatura_blocks(text: str) -> list[tuple[str, str]] | None:
    """The article as trafilatura sees it: ("text", words) and ("picture", src) in order, or
    None when it finds no article."""
    import trafilatura
    from lxml import etree

    found = trafilatura.extract(
        text,
        output_format="xml",
        include_images=True,
        include_tables=True,
        include_comments=False,
        include_formatting=False,
        include_links=False,
        deduplicate=False,
        favor_recall=True,
    )
    if not found:
        return None
    root = etree.fromstring(found.encode("utf-8"))
    main = root.find("main")
    out: list[tuple[str, str]] = []
    leaves = {"head", "p", "item", "cell", "quote", "code"}
    for el in (main if main is not None else root).iter():
        if el.tag == "graphic":
            out.append(("picture", el.get("src", "")))
        elif el.tag in leaves and not any(c.tag in leaves for c in el.iterdescendants()):
            words = _bare("".join(el.itertext()))
            if words:
                out.append(("text", words))
    return out


def select(page: _Page, article: list[tuple[str, str]]) -> list[int]:
    """The lines of ``page`` that the extractor's ``article`` blocks hold, in order.

    Each extractor block is looked for from the last kept line on: a line with the same
    words, else a run of lines that together make them (a block our parse cut at ``<br>``),
    else a line that contains them (the extractor trimmed it). Pictures match by ``src``.
    """
    lines = page.extracted.text.split("\n")
    bare = [_bare(line) for line in lines]
    keep: list[int] = []
    cursor = 0
    for kind, value in article:
        if kind == "picture":
            for i in range(cursor, len(lines)):
                fig = page.figures.get(i)
                if fig is not None and fig.src.strip() == value.strip():
                    keep.append(i)
                    cursor = i + 1
                    break
            continue
        hit = next((i for i in range(cursor, len(lines)) if bare[i] == value), None)
        if hit is not None:
            keep.append(hit)
            cursor = hit + 1
            continue
        run = _run(bare, cursor, value)
        if run:
            keep.extend(run)
            cursor = run[-1] + 1
            continue
        hit = next((i for i in range(cursor, len(lines)) if bare[i] and value in bare[i]), None)
        if hit is not None:
            keep.append(hit)
            cursor = hit + 1
    # a picture right before a kept line, with the extractor silent about it, stays with it
    # (unless the page marks its article and the picture is outside: a banner over the title)
    kept = set(keep)
    for i in list(kept):
        fig = page.figures.get(i - 1)
        if (
            fig is not None
            and i - 1 not in kept
            and fig.caption is False
            and (fig.in_article or not page.has_article)
        ):
            kept.add(i - 1)
    if kept:  # sentences the extractor skipped between two of its blocks (text after an <h2>)
        first, last = min(kept), max(kept)
        for i in range(first + 1, last):
            if i not in kept and _sentences(page, i, bare[i]):
                kept.add(i)
        # pictures of the page's <article> the extractor was silent about, among its blocks or
        # right after the last one (a closing picture); elsewhere they may be banners or ads
        told = {value.strip() for kind, value in article if kind == "picture"}
        for i, fig in page.figures.items():
            if (
                fig.in_article
                and first < i <= last + 1
                and i not in kept
                and fig.src.strip() not in told
            ):
                kept.add(i)
    return sorted(kept)


def _sentences(page: _Page, i: int, bare: str) -> bool:
    """A line that reads as running text: a paragraph or quotation of some length that ends
    its sentences and is mostly not link text (a related-links box is links)."""
    block = page.extracted.blocks[i]
    return (
        block.kind in ("body", "quote")
        and len(bare) >= MIN_SENTENCE
        and any(ch in bare for ch in "。！？")
        and page.links.get(i, 0) * 2 < len(bare)
    )


def _run(bare: list[str], cursor: int, value: str) -> list[int]:
    """Consecutive lines from some line on whose words, joined, are ``value``."""
    for i in range(cursor, len(bare)):
        if not bare[i] or not value.startswith(bare[i]):
            continue
        rest, run = value, []
        j = i
        while j < len(bare) and rest:
            if not bare[j]:
                j += 1
                continue
            if not rest.startswith(bare[j]):
                break
            rest = rest[len(bare[j]) :]
            run.append(j)
            j += 1
        if not rest:
            return run
    return []


def read_html(text: str, shown: str, folder: Path) -> Extracted:
    """Read a saved web page: the article's blocks as text lines, each character at its line
    and column in the page. Pictures are looked up in ``folder`` (a page saved with its
    pictures keeps them in a folder beside it). When the extractor finds no article, every
    text block of the page is kept, with a warning."""
    page = parse_page(text)
    article = trafilatura_blocks(text)
    problems: list[Problem] = []
    if article is None:
        keep = list(range(len(page.extracted.blocks)))
        problems.append(Problem(SourceLocation(shown, 1), "could not tell the article from the "
                        "rest of the page: every text of the page is kept; cut the page down to "
                        "the article, or save it as text", "warning"))  # fmt: skip
    else:
        keep = select(page, article)
    return _subset(page, keep, shown, folder, problems)


def _subset(
    page: _Page, keep: list[int], shown: str, folder: Path, problems: list[Problem]
) -> Extracted:
    """The kept lines of the page as an Extracted text, pictures resolved."""
    ex = page.extracted
    lines = ex.text.split("\n")
    b = Builder()
    for i in keep:
        block = ex.blocks[i]
        start = block.start
        end = start + len(lines[i])
        picture: Picture | None = None
        fig = page.figures.get(i)
        kind = block.kind
        if fig is not None:
            loc = SourceLocation(shown, *fig.at)
            picture = local_picture(fig.src, fig.alt, folder, loc, problems)
            kind = "figure" if picture is not None else "caption"
        elif kind == "figure":
            kind = "caption"
        at = ex.positions[start]
        b.begin(kind, at, level=block.level, marker=block.marker, picture=picture)
        chars = lines[i]
        marks = _marks(ex, start, end)
        for k, ch in enumerate(chars):
            for mark in ("em", "strong"):
                if mark in marks[k]:
                    b.emphasis_start(mark)
            b.add(ch, [ex.positions[start + k]])
            for mark in ("em", "strong"):
                if mark in marks[k]:
                    b.emphasis_end(mark)
        b.end()
    out = b.finish(ex.positions[-1])
    out.problems = problems + b.problems
    return out


def _marks(ex: Extracted, start: int, end: int) -> list[set[str]]:
    marks: list[set[str]] = [set() for _ in range(end - start)]
    for s, e, mark in ex.emphasis:
        for k in range(max(s, start), min(e, end)):
            marks[k - start].add(mark)
    return marks
