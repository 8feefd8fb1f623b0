"""Layouts: each folder under ``layouts/`` with a ``layout.yaml`` of defaults, templates and CSS."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from edition.errors import EditionError, Problem
from edition.model import SourceLocation
from edition.yamlpos import load_yaml_file

PROJECT = Path(__file__).resolve().parent.parent
LAYOUTS = PROJECT / "layouts"
LAYOUT_KEYS = {
    "description": "one line shown by 'make_edition.py layouts'",
    "paper": "page size, e.g. A5 or A4",
    "pinyin": "default pinyin mode: all | glossary | first | none",
    "style": "default reading style",
    "stylesheets": "CSS files of the layout, in order",
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
    template: str = "page.html.j2"
    stylesheets: tuple[str, ...] = field(default=("style.css",))

    def stylesheet_paths(self) -> list[Path]:
        return [self.folder / name for name in self.stylesheets]


@functools.cache
def known_layouts() -> tuple[str, ...]:
    return tuple(sorted(p.parent.name for p in LAYOUTS.glob("*/layout.yaml")))


def load_layout(name: str, where: SourceLocation | None = None) -> Layout:
    """Read ``layouts/<name>/layout.yaml``; unknown names and bad keys are problems."""
    if name not in known_layouts():
        raise EditionError(Problem(where, f"unknown layout '{name}'; available: {', '.join(known_layouts())}"))
    folder = LAYOUTS / name
    shown = f"layouts/{name}/layout.yaml"
    raw = load_yaml_file(folder / "layout.yaml", shown) or {}
    problems = []
    if not isinstance(raw, dict):
        raise EditionError(Problem(SourceLocation(shown, 1), "layout.yaml must be a mapping"))
    values: dict[str, object] = {}
    for key, value in raw.items():
        if key not in LAYOUT_KEYS:
            problems.append(Problem(raw.key_loc(key), f"unknown key '{key}' in layout.yaml; allowed: {', '.join(LAYOUT_KEYS)}"))
        elif key == "stylesheets":
            values[key] = tuple(value) if isinstance(value, list) else (str(value),)
        else:
            values[key] = str(value)
    for css in values.get("stylesheets", ("style.css",)):
        if not (folder / css).is_file():
            problems.append(Problem(raw.loc if raw else SourceLocation(shown, 1), f"stylesheet '{css}' not found in layouts/{name}/"))
    if problems:
        raise EditionError(problems)
    return Layout(name=name, folder=folder, **values)
