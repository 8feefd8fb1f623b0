"""Stage 8: HTML -> PDF bytes with WeasyPrint; fonts, warnings re-labelled, text-layer fix.

One ``FontConfiguration`` serves the ``@font-face`` CSS of the
:class:`~edition.render.fonts.FontSet`, the layout's stylesheets and ``write_pdf``. WeasyPrint's
log records are captured during the render: a CSS warning, which names only ``line:col``,
becomes a problem at the stylesheet's path and line. Warnings are appended to ``problems`` (or
logged when it is None); if any error was logged (a resource that could not be loaded),
EditionError is raised with all of them.

The PDF is deterministic: no build time (WeasyPrint writes /CreationDate only from
``<meta name=dcterms.created>``; with ``SOURCE_DATE_EPOCH`` set both dates are that time),
an ID computed from the content, font subset tags from the font names.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from edition import cache as cache_entries
from edition.errors import EditionError, Problem
from edition.files import PROJECT
from edition.model import SourceLocation
from edition.render import justify, patches, pdfsubsets
from edition.render.fonts import FontSet
from edition.render.rubyfont import RubyFont
from edition.render.speedups import paused_gc
from edition.render.textlayer import fix_text_layer, skip_blanks_when_drawing

log = logging.getLogger(__name__)

POSITION = re.compile(r"\bat (\d+):(\d+)\b")
REFUSED = "ValueError: refused: "  # what WeasyPrint logs when edition.fetch refuses a URL


@cache
def check_harfbuzz_subset() -> bool:
    """Whether WeasyPrint found libharfbuzz-subset (>= 4.1.0); warn once when not.

    WeasyPrint 70 dlopens it in ``weasyprint.text.ffi`` (``harfbuzz_subset``, None when
    missing) and uses it when ``hb_version_atleast(4, 1, 0)``; otherwise it subsets every CJK
    font with fontTools, 10-14 s per font per PDF.
    """
    from weasyprint.text.ffi import harfbuzz, harfbuzz_subset

    if harfbuzz_subset is not None and harfbuzz.hb_version_atleast(4, 1, 0):
        return True
    log.warning(
        "libharfbuzz-subset (>= 4.1.0) not found: WeasyPrint will subset fonts with fontTools, "
        "about 10 s per CJK font per PDF; install it (Debian/Ubuntu: apt install "
        "libharfbuzz-subset0)"
    )
    return False


@cache
def _patch_cffi_array_types() -> None:
    """Make WeasyPrint's font subsetting reuse one cffi array type.

    ``weasyprint.pdf.fonts`` allocates ``ffi.new(f"hb_codepoint_t[{n}]", ...)`` with a new
    length ``n`` for every font; cffi parses each new type string with pycparser against all
    of WeasyPrint's declarations, ~40-75 ms each, 1-2 s per PDF. ``hb_codepoint_t[]`` with
    the same initialiser gives the same array and is parsed once.
    """
    from weasyprint.pdf import fonts as pdf_fonts

    ffi = pdf_fonts.ffi
    if isinstance(ffi, _SizedArrays):
        return
    pdf_fonts.ffi = _SizedArrays(ffi)


class _SizedArrays:
    """Proxy for a cffi FFI whose ``new("T[n]", init)`` becomes ``new("T[]", init)``."""

    ARRAY = re.compile(r"^([\w ]+)\[\d+\]$")

    def __init__(self, ffi) -> None:
        self._ffi = ffi

    def new(self, cdecl, init=None):
        if isinstance(cdecl, str) and init is not None:
            match = self.ARRAY.match(cdecl)
            if match and len(init) == int(cdecl[match.end(1) + 1 : -1]):
                cdecl = f"{match[1]}[]"
        return self._ffi.new(cdecl, init)

    def __getattr__(self, name):
        return getattr(self._ffi, name)


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


_FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<!-- Written by edition: no <dir>, so fontconfig knows only the fonts a document declares
     (and, scanning no folder, writes no cache of its own). -->
<fontconfig></fontconfig>
"""


@contextmanager
def _fontconfig_without_system_fonts() -> Iterator[None]:
    """Make the next FontConfiguration see no system fonts at all.

    WeasyPrint's FontConfiguration loads the system fontconfig setup and adds the @font-face
    fonts to it, so a character missing from our fonts was silently drawn from whatever the
    machine has (DejaVu here, nothing on a bare machine). With a configuration that lists no
    font folders, every glyph comes from fonts/ on every machine; a missing one prints as our
    font's .notdef box and the coverage check warns about it.
    """
    import hashlib
    import os

    folder = cache_entries.folder("fontconfig")
    key = f"fonts-{hashlib.sha256(_FONTCONFIG.encode()).hexdigest()[:16]}"
    conf = cache_entries.find(folder, key, ".conf") or cache_entries.store(
        folder, key, ".conf", lambda tmp: Path(tmp).write_text(_FONTCONFIG, encoding="utf-8")
    )
    old = os.environ.get("FONTCONFIG_FILE")
    os.environ["FONTCONFIG_FILE"] = str(conf)
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("FONTCONFIG_FILE", None)
        else:
            os.environ["FONTCONFIG_FILE"] = old


@contextmanager
def _captured() -> Iterator[_Capture]:
    logger = logging.getLogger("weasyprint")
    handler = _Capture()
    logger.addHandler(handler)
    propagate = logger.propagate
    logger.propagate = False
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def _problems(records: list[logging.LogRecord], path: str | None) -> list[Problem]:
    problems = []
    for record in records:
        message = record.getMessage()
        if REFUSED in message:  # the confined fetcher refused it and has warned, naming the URL
            continue
        level = "error" if record.levelno >= logging.ERROR else "warning"
        loc = None
        if path is not None:
            match = POSITION.search(message)
            line, col = (int(match[1]), int(match[2])) if match else (1, None)
            loc = SourceLocation(path, line, col)
        problems.append(Problem(loc, f"WeasyPrint: {message}", level))
    return problems


@contextmanager
def _font_folder_removed(font_config) -> Iterator[None]:
    """Delete the folder where FontConfiguration wrote the @font-face files when the block
    ends, rather than whenever the object is collected (never, if the command ends with
    os._exit)."""
    import shutil

    try:
        yield
    finally:
        folder = getattr(font_config, "_folder", None)
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
            font_config._folder = None


def _display_path(path: Path, *bases: Path) -> str:
    """``path`` relative to the first of ``bases`` that holds it, else as given."""
    for base in bases:
        try:
            return path.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            continue
    return path.as_posix()


@dataclass(slots=True)
class LaidOut:
    """A document laid out by WeasyPrint, not yet written: its pages can be inspected."""

    document: Any  # weasyprint.document.Document
    options: dict
    problems: list[Problem]  # WeasyPrint's warnings so far

    def write(self, problems: list[Problem] | None = None) -> bytes:
        """The PDF bytes; WeasyPrint's warnings go to ``problems`` (or the log).

        Raises EditionError when WeasyPrint logged an error.
        """
        skipping = skip_blanks_when_drawing()
        pdfsubsets.install()
        justify.widened.clear()
        with _captured() as capture, paused_gc(collect_first=False):
            with _font_folder_removed(self.document.font_config):
                pdf = self.document.write_pdf(**self.options)
        found = self.problems + _problems(capture.records, None)
        if any(p.level == "error" for p in found):
            raise EditionError(found)
        if problems is not None:
            problems.extend(found)
        else:
            for problem in found:
                log.warning("%s", problem)
        return fix_text_layer(pdf, blanks_written=not skipping, widened=justify.widened)


def lay_out(
    html: str,
    *,
    base_url: Path,
    stylesheets: list[Path],
    fonts: FontSet,
    ruby: RubyFont | None,
    ruby_bold: RubyFont | None = None,
    url_fetcher: Callable | None = None,
    options: dict | None = None,
) -> LaidOut:
    """Lay ``html`` out in pages (see :func:`render_pdf` for the arguments).

    Raises EditionError when WeasyPrint logged an error.
    """
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    check_harfbuzz_subset()
    _patch_cffi_array_types()
    justify.install(wide=skip_blanks_when_drawing())  # the drawing edit widens glyphs
    patches.apply()
    # Every character the PDF can show: the HTML, plus text generated by the stylesheets.
    text = html + "".join(
        sheet.read_text(encoding="utf-8", errors="replace")
        for sheet in stylesheets
        if sheet.exists()
    )
    fonts = fonts.subset(text)
    with _fontconfig_without_system_fonts():
        font_config = FontConfiguration()
    found: list[Problem] = []
    kwargs = {"url_fetcher": url_fetcher} if url_fetcher is not None else {}
    css = []
    with _captured() as capture:
        css.append(CSS(string=fonts.css(ruby, ruby_bold), font_config=font_config, **kwargs))
    found += _problems(capture.records, "<font css>")
    for sheet in stylesheets:
        with _captured() as capture:
            css.append(CSS(filename=str(sheet), font_config=font_config, **kwargs))
        found += _problems(capture.records, _display_path(sheet, Path.cwd(), PROJECT, base_url))
    options = dict(options or {})
    with _captured() as capture, paused_gc():
        source = HTML(string=html, base_url=str(base_url), **kwargs)
        document = source.render(stylesheets=css, font_config=font_config, **options)
    found += _problems(capture.records, None)
    if any(p.level == "error" for p in found):
        raise EditionError(found)
    return LaidOut(document, options, found)


def render_pdf(
    html: str,
    *,
    base_url: Path,
    stylesheets: list[Path],
    fonts: FontSet,
    ruby: RubyFont | None,
    ruby_bold: RubyFont | None = None,
    url_fetcher: Callable | None = None,
    problems: list[Problem] | None = None,
    options: dict | None = None,
) -> bytes:
    """Render ``html`` to PDF bytes.

    ``base_url``: folder relative URLs resolve against (and problem paths are shown relative
    to). ``stylesheets``: the layout's CSS files, after the font CSS. ``problems``: receives
    WeasyPrint's warnings. ``options``: extra ``write_pdf`` arguments (a PDF variant).
    Raises EditionError when WeasyPrint logged an error.
    """
    laid = lay_out(
        html,
        base_url=base_url,
        stylesheets=stylesheets,
        fonts=fonts,
        ruby=ruby,
        ruby_bold=ruby_bold,
        url_fetcher=url_fetcher,
        options=options,
    )
    return laid.write(problems)
