"""A picture an article names: a file inside the article's folder, or refused with a warning.

Editions load nothing from the network and nothing outside the article's folder (as the
confined fetcher of ``edition/render/fetch.py`` does when rendering); a picture that cannot be
used is left out, its caption kept, and a warning says why and what to do.
"""

from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import unquote, urlsplit

from edition.errors import Problem
from edition.model import Picture, SourceLocation

log = logging.getLogger(__name__)

MEDIA_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".svg": "image/svg+xml",
    ".webp": "image/webp",
}
# A data: URL this short is a page's placeholder (a 1x1 GIF before lazy loading), not a picture.
PLACEHOLDER_BYTES = 512


def local_picture(
    src: str, alt: str, folder: Path, loc: SourceLocation, problems: list[Problem]
) -> Picture | None:
    """The picture ``src`` (as written in the article) names, resolved in ``folder``; None with
    a warning in ``problems`` when it is on the web, outside ``folder``, missing or of a kind
    no layout can show."""
    src = src.strip()
    shown = src if len(src) <= 60 else src[:57] + "..."
    parts = urlsplit(src)
    scheme = parts.scheme.lower()
    if scheme == "data":
        if len(src) > PLACEHOLDER_BYTES:
            problems.append(Problem(loc, f"picture '{shown}' is embedded in the page as a data: "
                            "URL; save it as a file next to the article and name that file; "
                            "left out", "warning"))  # fmt: skip
        return None
    if scheme in ("http", "https", "ftp") or src.startswith("//"):
        problems.append(Problem(loc, f"picture '{shown}' is on the web and editions load only "
                        "local files; save it in the article's folder and give its file name; "
                        "left out", "warning"))  # fmt: skip
        return None
    if scheme not in ("", "file") or not parts.path:
        problems.append(Problem(loc, f"picture '{shown}' is not a file name; left out", "warning"))
        return None
    root = folder.resolve()
    path = (root / unquote(parts.path)).resolve()
    if not path.is_relative_to(root):
        problems.append(Problem(loc, f"picture '{shown}' lies outside the article's folder; "
                        "copy it into that folder and give its name there; left out",
                        "warning"))  # fmt: skip
        return None
    media = MEDIA_TYPES.get(path.suffix.lower())
    if not path.is_file():
        problems.append(Problem(loc, f"picture '{shown}' not found in the article's folder; "
                        "left out", "warning"))  # fmt: skip
        return None
    if media is None:
        kinds = "PNG, JPEG, GIF, SVG or WebP"
        problems.append(Problem(loc, f"picture '{shown}' is not {kinds}; convert it; left out",
                        "warning"))  # fmt: skip
        return None
    return Picture(src, loc, path=str(path), media_type=media, alt=alt)
