"""The builds behind the preview server: one notes file, its editions' HTML previews and PDFs,
each kept until the next change (a new *generation*).

Everything here runs in the server's main thread, one build at a time: the time bound is a
SIGALRM timer, and the PDF stage sets process-wide fontconfig variables.
"""

from __future__ import annotations

import logging
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from edition import limits
from edition.errors import EditionError, Problem
from edition.model import SourceLocation
from edition.notes.layer import Edition, Layer
from edition.render.fonts import FontSet

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Preview:
    """One edition's preview for one generation."""

    generation: int
    html: bytes | None  # None when it could not be built (and none was built before)
    problems: list[str]  # 'path:line:col: level: message' lines, as the command line prints
    fonts: FontSet | None = None  # the faces the page loads (cut down to its characters)
    stale: bool = False  # html is an earlier build's: this one failed


@dataclass(slots=True)
class Builder:
    """Builds the previews and PDFs of the notes file ``notes`` within ``bounds``; layouts are
    looked up in ``layout_dirs`` first (``--layouts``)."""

    notes: Path
    bounds: limits.Limits
    layout_dirs: tuple[Path, ...] = ()
    generation: int = 0
    layer: Layer | None = None
    layer_problems: list[str] = field(default_factory=list)
    previews: dict[str, Preview] = field(default_factory=dict)
    pdfs: dict[str, tuple[int, bytes]] = field(default_factory=dict)
    layout_folders: set[Path] = field(default_factory=set)

    def reload(self) -> None:
        """Read the notes file again: a new generation, every preview and PDF out of date.

        When the file has errors, the editions of its last good version stay listed.
        """
        from edition.pipeline.prepare import load

        self.generation += 1
        try:
            self.layer = load(self.notes, self.layout_dirs)
            self.layer_problems = []
        except EditionError as exc:
            self.layer_problems = _lines(exc.problems)
        except Exception as exc:  # a bug of ours: shown in the page, the server goes on
            self.layer_problems = [_internal(exc)]

    def editions(self) -> list[str]:
        return [e.name for e in self.layer.editions] if self.layer else []

    def watched(self) -> tuple[set[Path], set[Path]]:
        """(files, folders) whose changes make a new generation: the notes file, the article,
        and the folders of the layouts the previews used (their bases and shared partials)."""
        files = {self.notes.resolve()}
        if self.layer is not None:
            files.add(self.layer.article.resolve())
        return files, set(self.layout_folders)

    def _edition(self, name: str) -> Edition | None:
        if self.layer is None:
            return None
        return next((e for e in self.layer.editions if e.name == name), None)

    def preview(self, name: str) -> Preview | None:
        """The HTML preview of edition ``name`` for this generation (built if needed); None
        for an edition the notes file does not declare."""
        current = self.previews.get(name)
        if current is not None and current.generation == self.generation:
            return current
        edition = self._edition(name)
        if edition is None:
            return None
        earlier = current.html if current is not None else None
        if self.layer_problems:
            result = Preview(self.generation, earlier, self.layer_problems, stale=True)
            if current is not None:
                result.fonts = current.fonts
            self.previews[name] = result
            return result
        started = time.perf_counter()
        try:
            html, prepared = self._build(edition, "html")
        except EditionError as exc:
            result = Preview(self.generation, earlier, _lines(exc.problems), stale=True)
        except Exception as exc:
            result = Preview(self.generation, earlier, [_internal(exc)], stale=True)
        else:
            fonts = _preview_fonts(prepared.lang, html.decode("utf-8"))
            self.layout_folders.update(p.resolve() for p in prepared.layout.template_dirs)
            result = Preview(self.generation, html, _lines(prepared.warnings), fonts)
        if result.stale and current is not None:
            result.fonts = current.fonts
        log.info("built the preview of %s in %.1f s", name, time.perf_counter() - started)
        self.previews[name] = result
        return result

    def pdf(self, name: str) -> tuple[bytes | None, list[str]]:
        """The PDF of edition ``name`` for this generation, built on the first request: (bytes,
        problem lines); bytes None when it could not be built."""
        done = self.pdfs.get(name)
        if done is not None and done[0] == self.generation:
            return done[1], []
        edition = self._edition(name)
        if edition is None or self.layer_problems:
            return None, self.layer_problems or [f"error: no edition named '{name}'"]
        started = time.perf_counter()
        try:
            pdf, prepared = self._build(edition, "pdf")
        except EditionError as exc:
            return None, _lines(exc.problems)
        except Exception as exc:
            return None, [_internal(exc)]
        log.info("built the PDF of %s in %.1f s", name, time.perf_counter() - started)
        self.pdfs[name] = (self.generation, pdf)
        return pdf, _lines(prepared.warnings)

    def _build(self, edition: Edition, fmt: str):
        from edition.pipeline.output import render
        from edition.pipeline.prepare import prepare

        assert self.layer is not None
        try:
            with limits.time_limit(self.bounds.max_seconds):
                prepared = prepare(self.layer, edition)
                return render(prepared, fmt), prepared
        except limits.TimeLimitExceeded:
            where = edition.loc or SourceLocation(self.layer.shown, 1)
            raise EditionError(
                Problem(
                    where,
                    f"edition '{edition.name}' stopped after "
                    f"{limits.format_number(self.bounds.max_seconds)} s (the time limit); "
                    "raise the limit with --max-seconds N, or 0 for none",
                )
            ) from None


def _preview_fonts(lang: str, text: str) -> FontSet:
    """The edition's faces cut down to the page's characters, for the browser to load (the
    preview then looks like the PDF on a machine without CJK fonts)."""
    from edition.render.fonts import load_font_set, variant_for_lang

    return load_font_set(variant_for_lang(lang)).subset(text)


def _lines(problems: list[Problem]) -> list[str]:
    return [str(p) for p in sorted(problems, key=Problem.sort_key)]


def _internal(exc: BaseException) -> str:
    """A bug of ours as one line; the traceback is logged (shown with -v)."""
    log.debug("%s", "".join(traceback.format_exception(exc)))
    text = " ".join(str(exc).split())[:300]
    detail = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    return f"internal error: {detail} (run with -v for the traceback)"
