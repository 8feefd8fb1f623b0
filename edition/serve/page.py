"""What the preview server adds to a page: a bar (the editions, their PDFs), the problems of the
build (the lines the command line prints), the faces to load, and the script that reloads the
page when a new build is ready. Every text from the notes or the article is escaped."""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape
from pathlib import Path

from edition.render.fonts import HAN_FAMILY, LATIN_FAMILY, SERIF_STYLES, FontSet
from edition.render.fonts import serif_unicode_range as _serif_range
from edition.serve.builds import Preview

FONT_PATH = "/_edition/fonts/"
WAIT_PATH = "/_edition/wait"
BODY = re.compile(rb"<body\b[^>]*>", re.IGNORECASE)
HEAD_END = re.compile(rb"</head\s*>", re.IGNORECASE)

# Long polling: the page asks for the next generation; the answer comes when there is one (or
# after a timeout, and then it asks again). A stopped server: it retries every second.
RELOAD = """<script>
(function () {
  var generation = %d;
  function wait() {
    fetch("%s?generation=" + generation, {cache: "no-store"})
      .then(function (r) { return r.json(); })
      .then(function (d) { if (d.generation !== generation) location.reload(); else wait(); })
      .catch(function () { setTimeout(wait, 1000); });
  }
  wait();
})();
</script>
"""
BAR_STYLE = (
    "font: 13px/1.5 sans-serif; color: #333; background: #eef; padding: 0.4em 0.8em; "
    "margin: 0 0 1em; border-radius: 4px;"
)
PROBLEMS_STYLE = (
    "font: 12px/1.5 monospace; white-space: pre-wrap; color: #8a1c1c; background: #fdecea; "
    "border-left: 4px solid #c0392b; padding: 0.5em 0.8em; margin: 0 0 1em;"
)


def font_url(path: Path) -> str:
    return FONT_PATH + path.name


def font_files(fonts: FontSet | None) -> dict[str, Path]:
    """The files a page may load, by the name its URL ends with."""
    if fonts is None:
        return {}
    paths = [fonts.latin_regular, fonts.latin_bold, fonts.han_regular, fonts.han_bold]
    return {p.name: p for p in (*paths, *(fonts.serif or ()))}


def font_faces(fonts: FontSet, url: Callable[[Path], str] = font_url) -> str:
    """``@font-face`` rules for the preview's two families, from the served files. Later rules
    are tried first (CSS Fonts 4), so Noto Serif takes the Latin it covers and the CJK face
    the rest."""
    rules = [
        f'@font-face {{ font-family: "{LATIN_FAMILY}"; font-weight: {w}; src: url("{url(p)}"); }}'
        for w, p in ((400, fonts.latin_regular), (700, fonts.latin_bold))
    ]
    for (weight, style), path in zip(SERIF_STYLES, fonts.serif or (), strict=False):
        rules.append(
            f'@font-face {{ font-family: "{LATIN_FAMILY}"; font-weight: {weight}; '
            f'font-style: {style}; src: url("{url(path)}"); '
            f"unicode-range: {_serif_range(path)}; }}"
        )
    rules += [
        f'@font-face {{ font-family: "{HAN_FAMILY}"; font-weight: {w}; src: url("{url(p)}"); }}'
        for w, p in ((400, fonts.han_regular), (700, fonts.han_bold))
    ]
    return "\n".join(rules) + "\n"


def bar(current: str | None, editions: list[str], problems: list[str], stale: bool) -> str:
    """The bar at the top of each page, and the problems under it."""
    links = []
    for name in editions:
        shown = f"<strong>{escape(name)}</strong>" if name == current else escape(name)
        links.append(
            f'<a href="/{escape(name)}/">{shown}</a> '
            f'(<a href="/{escape(name)}.pdf" title="built on request">PDF</a>)'
        )
    parts = [f'<div id="edition-serve" style="{BAR_STYLE}">edition serve: {" · ".join(links)}']
    if stale:
        parts.append(" · showing the last preview that built")
    parts.append("</div>\n")
    if problems:
        lines = "\n".join(escape(line) for line in problems)
        parts.append(f'<pre id="edition-problems" style="{PROBLEMS_STYLE}">{lines}</pre>\n')
    return "".join(parts)


def decorate(preview: Preview, name: str, editions: list[str], generation: int) -> bytes:
    """The preview of edition ``name`` with the bar, its problems, its faces and the reload
    script; a page with only those when there is no preview."""
    top = bar(name, editions, preview.problems, preview.stale and preview.html is not None)
    script = RELOAD % (generation, WAIT_PATH)
    if preview.html is None:
        return message(f"{name}: not built", top, script)
    html = preview.html
    if preview.fonts is not None:
        style = f'<style id="edition-serve-fonts">\n{font_faces(preview.fonts)}</style>\n'
        head = HEAD_END.search(html)
        at = head.start() if head else 0
        html = html[:at] + style.encode() + html[at:]
    body = BODY.search(html)
    at = body.end() if body else 0
    return html[:at] + (top + script).encode() + html[at:]


def message(title: str, top: str, script: str = "") -> bytes:
    """A page of its own: the bar (with the problems) and nothing else."""
    return (
        f'<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8">'
        f"<title>{escape(title)}</title></head>\n<body>\n{top}{script}</body>\n</html>\n"
    ).encode()
