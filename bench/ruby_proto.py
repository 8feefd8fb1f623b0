"""Scratch harness: the bundled article with pypinyin readings, typeset with glyph ruby.

Usage: .venv/bin/python bench/ruby_proto.py [--times N] [--zhuyin] [--out out.pdf]
Prints CPU seconds of font build and render. Not part of the edition package.
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PINYIN_REMNANT = re.compile(r"\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]+\)")
TOKEN = re.compile(
    r"(?P<han>[\u3400-\u9fff\uf900-\ufaff]+)|(?P<latin>[A-Za-z][A-Za-z'.\-]*)"
    r"|(?P<digit>[0-9][0-9.,%]*)|(?P<space>\s+)|(?P<punct>.)"
)


def tokens_for(line: str, lookup: str, lineno: int):
    from pypinyin import Style, pinyin

    from edition.model import Reading, SourceLocation, Token

    out = []
    for m in TOKEN.finditer(line):
        kind = m.lastgroup
        text = m.group()
        look = lookup[m.start() : m.end()]
        readings = ()
        if kind == "han":
            syl = pinyin(look, style=Style.TONE3, neutral_tone_with_five=True, errors="ignore")
            readings = tuple(Reading(s[0]) if s else None for s in syl)
            if len(readings) != len(text):
                readings = (None,) * len(text)
        out.append(
            Token(
                text,
                look,
                kind,
                SourceLocation("article", lineno, m.start() + 1),
                m.start(),
                readings,
            )
        )
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--times", type=int, default=1)
    ap.add_argument("--zhuyin", action="store_true")
    ap.add_argument("--no-justify", action="store_true")
    ap.add_argument("--out", default="/tmp/look_ruby/out.pdf")
    ap.add_argument("--cache", help="folder of the ruby font (default: the cache's)")
    args = ap.parse_args()

    t0 = time.process_time()
    import opencc
    from markupsafe import Markup
    from pypinyin.contrib.tone_convert import to_tone
    from pypinyin.style.bopomofo import BopomofoConverter

    from edition.render.fonts import load_font_set
    from edition.render.inline import inline_html, ruby_pairs
    from edition.render.pdf import render_pdf
    from edition.render.rubyfont import build_ruby_font

    t2s = opencc.OpenCC("t2s")
    lines = (ROOT / "articles" / "openai-research.txt").read_text("utf-8").splitlines()
    lines = [PINYIN_REMNANT.sub("", ln).strip() for ln in lines]
    paras = [tokens_for(ln, t2s.convert(ln), i + 1) for i, ln in enumerate(lines) if ln]
    paras = paras * args.times
    bopo = BopomofoConverter()

    @functools.cache
    def label(reading):
        s = reading.syllable
        if args.zhuyin:
            z = (
                bopo.to_bopomofo(s.replace("5", ""), tone=True)
                if s[-1] != "5"
                else ("˙" + bopo.to_bopomofo(s[:-1], tone=False))
            )
            return z
        return to_tone(s.replace("5", ""))

    t1 = time.process_time()
    fonts = load_font_set("TC")
    pairs = ruby_pairs((t for p in paras for t in p), label)
    from edition import cache

    folder = Path(args.cache) if args.cache else cache.folder("ruby")
    ruby = build_ruby_font(fonts.latin_regular, pairs, "right" if args.zhuyin else "above", folder)
    t2 = time.process_time()

    def para(p):
        return inline_html(
            p, ruby=ruby, label=label, note_html=lambda i: Markup(""), justify=not args.no_justify
        )

    body = "\n".join(f"<p>{para(p)}</p>" for p in paras)
    html = f"""<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8">
<style>@page {{ size: A5; margin: 18mm 16mm 20mm }}
body {{ font-family: "Edition Latin", "Edition Han"; font-size: 11pt; line-height: 2.15;
text-align: justify; }} p {{ text-indent: 2em; margin: 0 }}</style></head>
<body>{body}</body></html>"""
    Path("/tmp/look_ruby").mkdir(exist_ok=True)
    Path("/tmp/look_ruby/out.html").write_text(html, "utf-8")
    t3 = time.process_time()
    import weasyprint  # noqa: F401  (import time reported separately)

    t3b = time.process_time()
    pdf = render_pdf(html, base_url=ROOT, stylesheets=[], fonts=fonts, ruby=ruby)
    t4 = time.process_time()
    Path(args.out).write_bytes(pdf)
    n_pairs = sum(len(v) for v in pairs.values())
    print(
        f"pairs {n_pairs}  setup {t1 - t0:.2f}s  fonts+ruby {t2 - t1:.2f}s  "
        f"html {t3 - t2:.2f}s  import weasyprint {t3b - t3:.2f}s  "
        f"render_pdf {t4 - t3b:.2f}s  total {t4:.2f}s CPU  {len(pdf)} bytes"
    )


if __name__ == "__main__":
    main()
