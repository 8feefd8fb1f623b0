"""Markdown (CommonMark, through markdown-it-py) -> blocks: headings, paragraphs, emphasis,
block quotes, list items, and pictures with their captions.

A paragraph holding only a picture is a figure; its alt text is the caption (pandoc's
convention), and gets readings like the body. Notes live in the notes file: Markdown footnote
syntax (``[^1]``) is an error that says so. Code blocks and raw HTML blocks are left out with a
warning; links keep their text. YAML front matter is skipped (metadata goes in the notes file).
"""

from __future__ import annotations

import re
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token as MdToken

from edition.errors import Problem
from edition.model import SourceLocation
from edition.text.formats.blocks import Builder, Extracted, Position
from edition.text.formats.pictures import local_picture

FOOTNOTE = re.compile(r"\[\^[^\]\s]+\]")
FOOTNOTE_FIX = (
    "notes are written in the notes file (notes: - id, anchor, body), not in the article; "
    "move it there and delete it here"
)


def read_markdown(text: str, shown: str, folder: Path) -> Extracted:
    """Read a Markdown article. Input: the decoded file (``\\n`` line ends), its shown path and
    its folder (pictures are looked up there). Output: its blocks as text lines; Markdown
    footnotes are errors in ``problems``, unusable pictures warnings."""
    lines = text.split("\n")
    body = _without_front_matter(lines)
    md = MarkdownIt("commonmark")
    md.disable("text_join")  # keep escapes and entities as tokens of their own: columns stay exact
    env: dict = {}
    tokens = md.parse("\n".join(body), env)
    reader = _Reader(lines, shown, folder)
    reader.walk(tokens)
    for label, ref in env.get("references", {}).items():
        if label.startswith("^"):
            line = ref.get("map", [0])[0]
            col = max(lines[line].find("[^"), 0) + 1 if line < len(lines) else 1
            reader.b.problems.append(
                Problem(
                    SourceLocation(shown, line + 1, col),
                    f"Markdown footnote '[{label}]: …': {FOOTNOTE_FIX}",
                )
            )
    last = len(lines)
    return reader.b.finish((last, len(lines[-1]) + 1 if lines else 1))


def _without_front_matter(lines: list[str]) -> list[str]:
    """The lines with a YAML front matter block blanked (line numbers stay)."""
    if not lines or lines[0].strip() != "---":
        return lines
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            return [""] * (i + 1) + lines[i + 1 :]
    return lines


class _Reader:
    def __init__(self, lines: list[str], shown: str, folder: Path):
        self.lines = lines
        self.shown = shown
        self.folder = folder
        self.b = Builder()
        self.quote = 0
        self.lists: list[str] = []  # "bullet" or "ordered", innermost last
        self.item_marker: str | None = None  # marker of the item whose first paragraph is next
        self.in_item = 0

    def loc(self, line: int, col: int = 1) -> SourceLocation:
        return SourceLocation(self.shown, line, col)

    def walk(self, tokens: list[MdToken]) -> None:
        for i, tok in enumerate(tokens):
            kind = tok.type
            start = (tok.map[0] + 1, 1) if tok.map else (1, 1)
            if kind == "heading_open":
                self.b.begin("heading", start, level=int(tok.tag[1]))
            elif kind == "paragraph_open":
                inline = tokens[i + 1] if i + 1 < len(tokens) else None
                if inline is not None and _only_pictures(inline):
                    self.b.end()
                    continue  # the inline token makes the figures
                if self.item_marker is not None:
                    depth = len(self.lists)
                    self.b.begin("item", start, level=depth, marker=self.item_marker)
                    self.item_marker = None
                elif self.in_item:
                    self.b.begin("item", start, level=len(self.lists))
                else:
                    self.b.begin("quote" if self.quote else "body", start)
            elif kind == "inline":
                self.inline(tok)
            elif kind in ("heading_close", "paragraph_close"):
                self.b.end()
            elif kind == "blockquote_open":
                self.quote += 1
            elif kind == "blockquote_close":
                self.quote -= 1
            elif kind in ("bullet_list_open", "ordered_list_open"):
                self.lists.append("ordered" if kind == "ordered_list_open" else "bullet")
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.lists.pop()
            elif kind == "list_item_open":
                self.in_item += 1
                ordered = self.lists and self.lists[-1] == "ordered"
                self.item_marker = f"{tok.info}{tok.markup}" if ordered else "•"
            elif kind == "list_item_close":
                self.in_item -= 1
                self.item_marker = None
            elif kind in ("fence", "code_block", "html_block"):
                what = "raw HTML block" if kind == "html_block" else "code block"
                self.b.problems.append(
                    Problem(self.loc(*start), f"{what} left out: editions print text", "warning")
                )

    def inline(self, tok: MdToken) -> None:
        content = tok.content
        pos = self._positions(content, tok.map)
        for m in FOOTNOTE.finditer(content):
            line, col = pos[m.start()]
            self.b.problems.append(
                Problem(self.loc(line, col), f"Markdown footnote '{m.group()}': {FOOTNOTE_FIX}")
            )
        figures_only = _only_pictures(tok)
        pictures: list[tuple[MdToken, list[tuple[str, Position]]]] = []
        cur = 0

        def find(s: str) -> int:
            nonlocal cur
            at = content.find(s, cur) if s else -1
            if at < 0:
                return cur
            cur = at + len(s)
            return at

        for child in tok.children or []:
            t = child.type
            if t in ("text", "code_inline"):
                at = find(child.content)
                self.b.add(child.content, [pos[min(at + k, len(pos) - 1)]
                                           for k in range(len(child.content))])  # fmt: skip
            elif t == "text_special":  # an escape or entity: the character, at its markup
                at = find(child.markup)
                self.b.add(child.content, [pos[min(at, len(pos) - 1)]] * len(child.content))
            elif t in ("softbreak", "hardbreak"):
                self.b.add("\n", [pos[min(find("\n"), len(pos) - 1)]])
            elif t in ("em_open", "strong_open"):
                find(child.markup)
                self.b.emphasis_start("em" if t == "em_open" else "strong")
            elif t in ("em_close", "strong_close"):
                find(child.markup)
                self.b.emphasis_end("em" if t == "em_close" else "strong")
            elif t == "html_inline":
                find(child.content)
            elif t == "image":
                at = find("![")
                alt: list[tuple[str, Position]] = []
                for part in child.children or []:
                    text = part.content
                    k = find(part.markup if part.type == "text_special" else text)
                    alt.extend((ch, pos[min(k + j, len(pos) - 1)]) for j, ch in enumerate(text))
                find(child.attrs.get("src", "") or ")")
                pictures.append((child, alt or [("", pos[min(at, len(pos) - 1)])]))
        if not figures_only:
            self.b.end()
        for child, alt in pictures:  # pictures inside a paragraph follow it
            where = alt[0][1]
            caption = "".join(ch for ch, _ in alt)
            picture = local_picture(
                str(child.attrs.get("src", "")),
                caption,
                self.folder,
                self.loc(*where),
                self.b.problems,
            )
            self.b.begin("figure" if picture else "caption", where, picture=picture)
            self.b.add(caption, [p for _, p in alt][: len(caption)])
            self.b.end()

    def _positions(self, content: str, span: list[int] | None) -> list[Position]:
        """Each character of an inline token's content at its line and column in the file."""
        first = span[0] if span else 0
        out: list[Position] = []
        for k, part in enumerate(content.split("\n")):
            n = first + k
            source = self.lines[n] if n < len(self.lines) else ""
            col = source.find(part) if part else len(source) - len(source.lstrip())
            col = max(col, 0)
            out.extend((n + 1, col + j + 1) for j in range(len(part)))
            out.append((n + 1, col + len(part) + 1))  # the line end
        return out


def _only_pictures(inline: MdToken) -> bool:
    """A paragraph of pictures and nothing else (line breaks and spaces aside): figures."""
    children = inline.children or []
    return any(c.type == "image" for c in children) and all(
        c.type in ("image", "softbreak", "hardbreak")
        or (c.type == "text" and not c.content.strip())
        for c in children
    )
