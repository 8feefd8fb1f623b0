"""The small inline markup allowed in note bodies and glosses, rendered through an allow-list.

Everything is escaped first; only these forms then become markup:
``**strong**``, ``*emphasis*`` (Latin names, titles), ``[text](https://…)`` links (http, https
and mailto only), and ``{汉字|hàn zì}`` for a reading given inline. Nothing else the user writes
(``<img>``, ``<script>``, ``url(…)``) is ever interpreted: it prints as text.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

_LINK = re.compile(r"\[([^\]\n]+)\]\(((?:https?://|mailto:)[^\s)]+)\)")
_STRONG = re.compile(r"\*\*([^*\n]+)\*\*")
_EM = re.compile(r"(?<![*\w])\*([^*\n]+)\*(?![*\w])")
_RUBY = re.compile(r"\{([^|{}\n]+)\|([^|{}\n]+)\}")


def render_inline(text: str, convert=None) -> Markup:
    """Note-body markup -> safe HTML; ``convert`` (script conversion) applies to text, not URLs."""
    convert = convert or (lambda s: s)
    links: list[str] = []

    def keep_link(m: re.Match) -> str:
        links.append(f'<a href="{escape(m.group(2))}">{escape(convert(m.group(1)))}</a>')
        # A placeholder of private-use characters that script conversion keeps: OpenCC's
        # s2twp ended the text at a NUL, so a link and all after it were lost.
        return f"\ue000{len(links) - 1}\ue001"

    text = _LINK.sub(keep_link, text)
    html = str(escape(convert(text)))
    html = _STRONG.sub(r"<strong>\1</strong>", html)
    html = _EM.sub(r"<em>\1</em>", html)
    html = _RUBY.sub(r'<span class="inline-reading">\1 <span class="py">\2</span></span>', html)
    html = re.sub(
        "\ue000(\\d+)\ue001",
        lambda m: links[int(m.group(1))] if int(m.group(1)) < len(links) else m.group(0),
        html,
    )
    return Markup(html)


def plain_text(text: str) -> str:
    """The same markup reduced to text (PDF metadata, bookmarks)."""
    text = _LINK.sub(r"\1", text)
    text = _STRONG.sub(r"\1", text)
    text = _EM.sub(r"\1", text)
    return _RUBY.sub(r"\1", text)
