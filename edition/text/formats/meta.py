"""What a structured article says about itself: a web page's title, author, date, site and
address, a Markdown file's YAML front matter. ``edition new`` fills the notes file's ``meta``
with it, so a saved page does not start with ``title: TODO`` when its headline sits in a
page header that the article extractor leaves out.
"""

from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

# notes-file key -> the names a Markdown front matter uses for it
_FRONT_MATTER_KEYS = {
    "title": ("title",),
    "author": ("author", "authors"),
    "date": ("date", "published"),
    "publication": ("publication", "site", "source"),
    "source_url": ("source_url", "url", "link", "canonical_url"),
}
_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")


def page_meta(text: str, kind: str) -> dict[str, str]:
    """``meta`` keys (title, author, date as YYYY-MM-DD, publication, source_url) that the
    article's own markup states; nothing that it does not. ``kind`` is the source format."""
    if kind == "html":
        found = _html_meta(text)
    elif kind == "markdown":
        found = _front_matter(text)
    else:
        return {}
    out = {}
    for key, value in found.items():
        value = " ".join(str(value).split())
        if key == "date":
            m = _DATE.search(value)
            value = m.group(1) if m else ""
        if key == "source_url" and not value.startswith(("http://", "https://")):
            value = ""
        if value:
            out[key] = value
    return out


def _html_meta(text: str) -> dict[str, str]:
    # trafilatura reads <title>, og: and schema.org tags, bylines and dates in the page, and
    # takes the site's name off a title such as '標題 - 某某新聞網'
    from trafilatura.metadata import extract_metadata

    try:
        doc = extract_metadata(text)
    except Exception as exc:  # metadata is a convenience: the article loads without it
        log.debug("no metadata from the page: %s", exc)
        return {}
    if doc is None:
        return {}
    return {
        "title": doc.title or "",
        "author": doc.author or "",
        "date": doc.date or "",
        "publication": doc.sitename or "",
        "source_url": doc.url or "",
    }


def _front_matter(text: str) -> dict[str, str]:
    import yaml

    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    if end is None:
        return {}
    try:
        data = yaml.safe_load("\n".join(lines[1:end]))
    except yaml.YAMLError:
        return {}
    if not isinstance(data, dict):
        return {}
    out = {}
    for key, names in _FRONT_MATTER_KEYS.items():
        for name in names:
            value = data.get(name)
            if isinstance(value, list):
                value = "、".join(str(v) for v in value)
            if value is not None and not isinstance(value, dict):
                out[key] = str(value)
                break
    return out
