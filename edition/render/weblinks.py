"""Web addresses in the article's text as links (PDF annotations, the HTML preview, EPUB).

Takes one Latin token's text (``edition/text/segment.py`` keeps an address in one token);
gives the link target or None. Never fetches anything.
"""

from __future__ import annotations

import re

# A web address worth a link: http(s) or www. only (no javascript:, file:, data: targets).
WEB = re.compile(r"(?:https?://|www\.)[^\s<>\"'\\]+", re.ASCII | re.IGNORECASE)


def web_href(text: str) -> str | None:
    """Where the web address ``text`` (one Latin token) links to, or None if it is none.

    A mark that ends a sentence is not part of the address (``a.cn/x.`` links to ``a.cn/x``);
    ``www.`` gets ``http://``, as a browser's address bar would.
    """
    if not WEB.fullmatch(text):
        return None
    href = text.rstrip(".,;:!?)]}")
    if not href.split("://", 1)[-1].split("/", 1)[0]:
        return None  # no host: 'http://', 'https:///x'
    return href if "://" in href else "http://" + href
