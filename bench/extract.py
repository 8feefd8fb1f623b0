"""How well a saved web page's article is told from the rest of the page, per extractor.

Pages: the two news pages of tests/fixtures/web/ (a Simplified news site, a Traditional blog;
each with the article's blocks in a .expected.txt beside it), and the bundled article wrapped
the way its source site wraps it (navigation, share buttons, related links, comments; one
<p> per line, a picture before each caption line). For each extractor (trafilatura as
edition uses it; readability-lxml) the article's blocks are matched to our own parse of the
page (edition/text/formats/html.py) and counted:

* recall: share of the article's blocks kept (text compared without whitespace);
* junk: share of the kept blocks that are not the article's (navigation, comments...);
* pictures: pictures kept / pictures of the article.

Run: .venv/bin/python bench/extract.py
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from edition.text.formats.html import parse_page, select, trafilatura_blocks  # noqa: E402

WEB = ROOT / "tests" / "fixtures" / "web"


def wrapped_article() -> tuple[str, list[str], int]:
    """The bundled article as its source site would serve it; (page, expected blocks, pictures)."""
    lines = [
        line
        for line in (ROOT / "articles" / "openai-research.txt").read_text().splitlines()
        if line.strip()
    ]
    body, pictures = [], 0
    for i, line in enumerate(lines):
        if line.startswith(("圖 |", "图 |")):
            pictures += 1
            body.append(f'<p class="f_center"><img src="images/pic{i}.png" alt=""></p>')
        body.append(f"<p>{html.escape(line)}</p>")
    related = "".join(
        f'<li><a href="/a/{k}">{t}</a></li>'
        for k, t in enumerate(["谷歌發布新一代模型", "英偉達財報超預期", "蘋果公布開發者大會日程"])
    )
    comments = "".join(
        f'<div class="tie-item"><span class="user">網友{k}</span><p>{t}</p></div>'
        for k, t in enumerate(
            ["寫得很好，期待下一篇。", "超級對齊到底是什麼？", "支持國產大模型！"]
        )
    )
    nav = "".join(
        f'<li><a href="/{k}">{t}</a></li>'
        for k, t in enumerate(["網易首頁", "新聞", "體育", "科技"])
    )
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>塑造OpenAI研究未來的兩個人_網易訂閱</title>
<script>window.NTES = {{}};</script></head><body>
<div class="ns_area index_nav"><ul>{nav}</ul></div>
<div class="post_main"><h1 class="post_title">塑造 OpenAI 研究未來的兩個人</h1>
<div class="post_info">2025-07-31 10:02:11　來源: DeepTech深科技
<a class="post_share" href="#">分享到</a> <a href="#">微信</a> <a href="#">微博</a></div>
<div class="post_body">{"".join(body)}</div>
<div class="post_statement">本文來自網易號，僅代表作者觀點。</div>
<div class="post_recommend"><h3>相關推薦</h3><ul>{related}</ul></div>
<div class="post_comment"><h3>熱門跟貼</h3>{comments}<a href="#">查看全部跟貼</a></div></div>
<div class="footer">網易公司版權所有 ©1997-2025</div></body></html>"""
    return page, [lines[0], *lines], pictures  # the <h1> is the article's too


def readability_blocks(page: str) -> list[tuple[str, str]]:
    """The article as readability-lxml sees it, in the same shape as trafilatura_blocks."""
    import lxml.html
    from readability import Document

    root = lxml.html.fromstring(Document(page).summary(html_partial=True))
    blocks = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "td"}
    out: list[tuple[str, str]] = []
    for el in root.iter():
        if el.tag == "img":
            out.append(("picture", el.get("src") or el.get("data-src") or ""))
        elif el.tag in blocks or (el.tag == "div" and (el.text or "").strip()):
            if any(c.tag in blocks for c in el.iterdescendants()):
                continue
            words = "".join("".join(el.itertext()).split())
            if words:
                out.append(("text", words))
    return out


def measure(page: str, expected: list[str], pictures: int, extractor) -> tuple[float, float, str]:
    parsed = parse_page(page)
    blocks = extractor(page) or []
    kept = select(parsed, blocks)
    lines = parsed.extracted.text.split("\n")
    want = {"".join(e.split()) for e in expected}
    got = ["".join(lines[i].split()) for i in kept if i not in parsed.figures or lines[i]]
    found = sum(1 for e in want if e in got)
    junk = sum(1 for g in got if g not in want)
    pics = sum(1 for i in kept if i in parsed.figures)
    return found / len(want), junk / max(len(got), 1), f"{pics}/{pictures}"


def main() -> None:
    pages = []
    for name, pics in (("tea-news", 1), ("bakery-blog", 1)):
        text = (WEB / f"{name}.html").read_text(encoding="utf-8")
        expected = (WEB / f"{name}.expected.txt").read_text(encoding="utf-8").splitlines()
        pages.append((name, text, expected, pics))
    page, expected, pics = wrapped_article()
    pages.append(("openai-wrapped", page, expected, pics))
    extractors = {"trafilatura": trafilatura_blocks}
    try:
        import readability  # noqa: F401

        extractors["readability-lxml"] = readability_blocks
    except ImportError:
        print("(readability-lxml not installed: pip install readability-lxml to compare)")
    print(f"{'page':16} {'extractor':17} {'recall':>7} {'junk':>6} pictures")
    for name, text, expected, pics in pages:
        for ex_name, extractor in extractors.items():
            recall, junk, pictures = measure(text, expected, pics, extractor)
            print(f"{name:16} {ex_name:17} {recall:7.1%} {junk:6.1%} {pictures}")


if __name__ == "__main__":
    main()
