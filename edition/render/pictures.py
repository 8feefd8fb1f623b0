"""Where a layout finds an article's picture: its file, a copy in the cache, or a data: URL.

Pictures in the article's folder are used where they are (the confined fetcher serves that
folder); pictures embedded in the source file (a .docx) are written once into the cache,
named by their hash (kind ``pictures``, checked before use: edition/cache.py). The browser
preview is one file, so it carries its pictures inline.
"""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

from edition import cache
from edition.model import Picture
from edition.text.formats.pictures import MEDIA_TYPES

EXTENSIONS = {media: ext for ext, media in reversed(MEDIA_TYPES.items())}


def picture_bytes(picture: Picture) -> bytes:
    if picture.data is not None:
        return picture.data
    return Path(picture.path or "").read_bytes()


def picture_url(picture: Picture, folder: Path, inline: bool = False) -> str:
    """A URL of the picture for WeasyPrint (``file:``) or, ``inline``, a ``data:`` URL."""
    if inline:
        encoded = base64.b64encode(picture_bytes(picture)).decode("ascii")
        return f"data:{picture.media_type};base64,{encoded}"
    if picture.path is not None:
        return Path(picture.path).as_uri()
    data = picture.data or b""
    key, suffix = hashlib.sha256(data).hexdigest()[:16], EXTENSIONS.get(picture.media_type, ".bin")
    path = cache.find(folder, key, suffix) or cache.store(
        folder, key, suffix, lambda tmp: Path(tmp).write_bytes(data)
    )
    return path.as_uri()
