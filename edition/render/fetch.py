"""Confined resource loading for WeasyPrint: only our own files, nothing from the network.

A layout may reference files under ``layouts/`` and ``fonts/`` (and the font cache), and an
article may reference files in its own folder. Everything else (``file:///etc/…``, ``http(s)``,
large ``data:`` URLs) is refused; each refusal is logged as a warning naming the URL, and the
render goes on without it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint.urls import URLFetcher, URLFetcherResponse

log = logging.getLogger(__name__)
MAX_DATA_URL = 64 * 1024  # bytes of a data: URL; larger ones are refused


class ConfinedFetcher(URLFetcher):
    """A WeasyPrint URL fetcher that serves files below ``roots`` and small data: URLs only."""

    def __init__(self, roots: list[Path]):
        super().__init__(timeout=1, allowed_protocols={"file", "data"}, allow_redirects=False)
        self.roots = [root.resolve() for root in roots]
        self.refused: list[str] = []

    def _refuse(self, url: str, why: str) -> ValueError:
        shown = url if len(url) <= 80 else url[:77] + "..."
        if shown not in self.refused:  # once per URL, however often the document uses it
            self.refused.append(shown)
            log.warning("warning: refused to load '%s': %s", shown, why)
        return ValueError(f"refused: {why}")  # edition.render_pdf drops WeasyPrint's own report

    def fetch(self, url: str, headers=None) -> URLFetcherResponse:
        scheme = urlsplit(url).scheme.lower()
        if scheme == "data":
            if len(url) > MAX_DATA_URL:
                raise self._refuse(url, f"data: URL larger than {MAX_DATA_URL // 1024} KB")
            return super().fetch(url, headers)
        if scheme != "file":
            raise self._refuse(url, "only files of the project are loaded, never the network")
        path = Path(unquote(urlsplit(url).path)).resolve()
        if not any(path.is_relative_to(root) for root in self.roots):
            raise self._refuse(url, "outside the layout, fonts and article folders")
        if not path.is_file():
            raise self._refuse(url, "no such file")
        return URLFetcherResponse(path.as_uri(), path.read_bytes())
