"""Stage 7, HTML: the finished document model through the layout's Jinja templates.

The template context is a closed set of names (see :class:`Context`); templates only arrange
finished data. Autoescape is on and undefined names fail loudly, reported at the template line.
Layouts are data shared like themes: templates run in Jinja's immutable sandbox (no Python
internals, no changing the data), and are read only from the layout's own folders.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypedDict

import jinja2
from jinja2.loaders import split_template_path
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from markupsafe import Markup

from edition import __version__, cache
from edition.errors import EditionError, Problem
from edition.files import shown_path
from edition.model import SourceLocation
from edition.render.layouts import Layout


class Context(TypedDict):
    """Every name a template may use."""

    article: dict  # title, subtitle, lang, paragraphs: [{kind, html, loc}], meta
    config: dict  # the edition's options (name, script, pinyin, style, proof, ...)
    layout: Layout
    notes: list[dict]  # {id, number, html}
    glossary: list[dict]  # {id, word, reading, pos, gloss, level}
    corrections: list[dict]  # {before, after, note, where}: the editorial-notes appendix
    labels: dict[str, str]  # fixed words in the edition's script (edition/render/labels.py)
    edition_version: str


class _CheckedBytecodeCache(jinja2.BytecodeCache):
    """Compiled templates as cache entries, checked against their digest before use (Jinja's
    own FileSystemBytecodeCache runs whatever bytes it finds)."""

    # Sandboxed templates compile to other code, and Jinja's key (the template's name and file)
    # does not say which kind: the prefix keeps them apart from any compiled without it.
    PREFIX = "sandboxed-"

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        data = cache.load(cache.folder("jinja"), self.PREFIX + bucket.key, ".jinja")
        if data is not None:
            bucket.bytecode_from_string(data)  # Jinja still checks its magic and the source

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        data = bucket.bytecode_to_string()
        cache.save(cache.folder("jinja"), self.PREFIX + bucket.key, ".jinja", data)


class LayoutFileRefused(jinja2.TemplateError):
    """A template name that resolves (through a link) outside the layout's folders."""


class _LayoutLoader(jinja2.BaseLoader):
    """Templates from the layout's folders, then its bases', then the shared partials; a file
    that resolves outside them (a link to elsewhere) is refused before it is read."""

    def __init__(self, layout: Layout):
        self.layout = layout

    def get_source(self, environment, template):
        pieces = split_template_path(template)  # refuses '..' and absolute names
        for folder in self.layout.template_dirs:
            path = folder.joinpath(*pieces)
            if not path.is_file():  # also leaves out FIFOs and devices
                continue
            if not self.layout.holds(path):
                raise LayoutFileRefused(
                    f"'{template}' resolves to {path.resolve()}, outside the layout's folders; "
                    "a layout may use only the files of its own folder, of the layouts it "
                    "extends, of _shared/ and of fonts/"
                )
            mtime = path.stat().st_mtime
            source = path.read_text(encoding="utf-8")
            return source, str(path), lambda p=path, m=mtime: p.is_file() and p.stat().st_mtime == m
        raise jinja2.TemplateNotFound(template)


def environment(layout: Layout) -> jinja2.Environment:
    """The one Jinja environment of a layout, sandboxed: its folder first, then its bases',
    then the shared partials."""
    env = ImmutableSandboxedEnvironment(
        loader=_LayoutLoader(layout),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        # Compiled templates are kept between builds (0.2 s of every build otherwise).
        bytecode_cache=_CheckedBytecodeCache(),
    )
    env.filters["markup"] = Markup
    return env


def _template_problem(layout: Layout, exc: jinja2.TemplateError) -> Problem:
    """The problem at the template file and line where Jinja failed."""
    name = getattr(exc, "filename", None)
    line = getattr(exc, "lineno", None)
    if name is None:  # runtime errors: the template frames of the traceback say where
        name, line = _traceback_place(exc)
    name = name or str(layout.folder / layout.template)
    message = exc.message or str(exc)
    if isinstance(exc, SecurityError):
        message = (
            "refused by the sandbox (a layout is data: its templates may not reach Python "
            f"internals or change what they are given): {message}"
        )
    return Problem(SourceLocation(shown_path(Path(name)), line or 1), f"template: {message}")


def _traceback_place(exc: BaseException) -> tuple[str | None, int | None]:
    tb = exc.__traceback__
    place: tuple[str | None, int | None] = (None, None)
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            place = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return place


def render_html(layout: Layout, context: Context) -> str:
    """Render the layout's page template; template errors become problems at their line."""
    try:
        template = environment(layout).get_template(layout.template)
        return template.render(**context)
    except jinja2.TemplateError as exc:
        raise EditionError(_template_problem(layout, exc)) from None


def base_context(**values) -> Context:
    values.setdefault("edition_version", __version__)
    return Context(**values)
