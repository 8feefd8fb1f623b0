"""Layouts: each folder under ``layouts/`` with a ``layout.yaml`` of defaults, templates and CSS."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from edition.errors import EditionError, Problem
from edition.files import LAYOUTS_DIR
from edition.model import SourceLocation
from edition.notes.yamlpos import load_yaml_file

LAYOUTS = LAYOUTS_DIR
LAYOUT_KEYS = {
    "description": "one line shown by 'make_edition.py layouts'",
    "paper": (
        "page size: A3-A6, B4, B5, JIS-B4, JIS-B5, letter, legal, ledger (optionally "
        "'landscape'), or 'WIDTH HEIGHT' in mm, cm, in or pt"
    ),
    "pinyin": "default pinyin mode: all | glossary | first | none",
    "style": "default reading style",
    "stylesheets": "CSS files of the layout, in order",
    "notes": "where notes print: footnotes (page bottom, default) or endnotes (after the text)",
    "template": "the page template (default page.html.j2)",
}


@dataclass(frozen=True, slots=True)
class Layout:
    name: str
    folder: Path
    description: str = ""
    paper: str = "A5"
    pinyin: str = "all"
    style: str = "marks"
    notes: str = "footnotes"
    template: str = "page.html.j2"
    stylesheets: tuple[str, ...] = field(default=("style.css",))

    def stylesheet_paths(self) -> list[Path]:
        return [self.folder / name for name in self.stylesheets]


PAPER_NAMES = ("A3", "A4", "A5", "A6", "B4", "B5", "JIS-B4", "JIS-B5", "letter", "legal", "ledger")
_LENGTH = r"\d+(?:\.\d+)?(?:mm|cm|in|pt)"
_PAPER = re.compile(
    rf"^(?:(?P<name>{'|'.join(PAPER_NAMES)})(?:\s+(?P<orient>portrait|landscape))?|(?P<w>{_LENGTH})\s+(?P<h>{_LENGTH}))$",
    re.IGNORECASE,
)


def page_size(paper: str) -> str | None:
    """The CSS ``size`` value for a ``paper`` option, or None when it is not one we accept.

    ``A4``, ``a5 landscape``, ``letter``, ``148mm 210mm``: names as in CSS Paged Media.
    """
    match = _PAPER.match(paper.strip())
    if match is None:
        return None
    if match["name"]:
        name = next(n for n in PAPER_NAMES if n.lower() == match["name"].lower())
        return f"{name} {match['orient'].lower()}" if match["orient"] else name
    return f"{match['w']} {match['h']}"


def page_size_css(paper: str) -> str:
    """The stylesheet that sets the page size; it goes after the layout's own CSS."""
    return f"@page {{ size: {page_size(paper)}; }}\n"


@functools.cache
def known_layouts() -> tuple[str, ...]:
    return tuple(sorted(p.parent.name for p in LAYOUTS.glob("*/layout.yaml")))


def load_layout(name: str, where: SourceLocation | None = None) -> Layout:
    """Read ``layouts/<name>/layout.yaml``; unknown names and bad keys are problems."""
    if name not in known_layouts():
        raise EditionError(
            Problem(where, f"unknown layout '{name}'; available: {', '.join(known_layouts())}")
        )
    folder = LAYOUTS / name
    shown = f"layouts/{name}/layout.yaml"
    raw = load_yaml_file(folder / "layout.yaml", shown) or {}
    problems = []
    if not isinstance(raw, dict):
        raise EditionError(Problem(SourceLocation(shown, 1), "layout.yaml must be a mapping"))
    values: dict[str, object] = {}
    for key, value in raw.items():
        if key not in LAYOUT_KEYS:
            problems.append(
                Problem(
                    raw.key_loc(key),
                    f"unknown key '{key}' in layout.yaml; allowed: {', '.join(LAYOUT_KEYS)}",
                )
            )
        elif key == "stylesheets":
            values[key] = tuple(value) if isinstance(value, list) else (str(value),)
        else:
            values[key] = str(value)
    if "paper" in values and page_size(str(values["paper"])) is None:
        problems.append(
            Problem(
                raw.value_loc("paper"),
                f"unknown paper '{values['paper']}'; expected one of {', '.join(PAPER_NAMES)} "
                "(optionally 'landscape') or 'WIDTH HEIGHT' such as '148mm 210mm'",
            )
        )
    for key, allowed in (
        ("pinyin", ("all", "glossary", "first", "none")),
        ("style", ("marks", "numbers", "zhuyin", "none")),
    ):
        if key in values and values[key] not in allowed:
            problems.append(
                Problem(
                    raw.value_loc(key),
                    f"unknown {key} '{values[key]}' in layout.yaml; expected one of: "
                    f"{', '.join(allowed)}",
                )
            )
    for css in values.get("stylesheets", ("style.css",)):
        if not (folder / css).is_file():
            problems.append(
                Problem(
                    raw.loc if raw else SourceLocation(shown, 1),
                    f"stylesheet '{css}' not found in layouts/{name}/",
                )
            )
    if problems:
        raise EditionError(problems)
    return Layout(name=name, folder=folder, **values)
