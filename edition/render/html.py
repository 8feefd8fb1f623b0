"""Stage 7, HTML: the finished document model through the layout's Jinja templates.

The template context is a closed set of names (see :class:`Context`); templates only arrange
finished data. Autoescape is on and undefined names fail loudly, reported at the template line.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypedDict

import jinja2
from markupsafe import Markup

from edition import __version__
from edition.errors import EditionError, Problem
from edition.files import CACHE_DIR
from edition.model import SourceLocation
from edition.render.layouts import LAYOUTS, Layout


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


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    folder = CACHE_DIR / "jinja"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


def environment(layout: Layout) -> jinja2.Environment:
    """The one Jinja environment of a layout: its folder first, then the shared partials."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(layout.folder), str(LAYOUTS / "_shared")]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        # Compiled templates are kept between builds (0.2 s of every build otherwise).
        bytecode_cache=_bytecode_cache(),
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
    path = Path(name)
    try:
        shown = str(path.resolve().relative_to(LAYOUTS.parent))
    except ValueError:
        shown = f"layouts/{layout.name}/{name}"
    return Problem(SourceLocation(shown, line or 1), f"template: {exc.message or exc}")


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
