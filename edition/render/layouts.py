"""Layouts: folders with a ``layout.yaml`` of defaults, a page template and CSS.

Where they are found (:class:`LayoutSearch`): each ``--layouts DIR``, then ``layouts/`` beside the
notes file (or beside the ``notes/`` folder holding it), then the built-in ones; the first folder
with a layout of that name wins. A layout may extend another (``extends: booklet``): it takes the
base's settings, and its templates and stylesheets are looked up in its own folder first, then in
the base's, so a layout of one ``style.css`` restyles the booklet.

Layouts are data, shared like themes: templates run in Jinja's sandbox (``render/html.py``), and
every template and stylesheet must resolve, links followed, inside the layout's folders (its own
and its bases'), a ``_shared/`` folder of layouts, or ``fonts/``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from edition.errors import EditionError, Problem
from edition.files import FONTS_DIR, LAYOUTS_DIR, shown_path
from edition.model import SourceLocation
from edition.notes.yamlpos import PosDict, load_yaml_file

LAYOUTS = LAYOUTS_DIR  # the built-in layouts
SHARED = "_shared"  # partials and CSS for every layout of a folder; not a layout itself
MAX_EXTENDS = 8  # a chain of bases longer than this is a mistake (or a loop)
LAYOUT_KEYS = {
    "description": "one line shown by 'edition layouts'",
    "extends": "a layout whose settings, templates and stylesheets this one starts from",
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
    bases: tuple[Path, ...] = ()  # folders of the layouts it extends, nearest first
    shared: tuple[Path, ...] = ()  # _shared/ of its own layouts folder, then the built-in one
    stylesheet_files: tuple[Path, ...] = ()  # the stylesheets, found and checked

    def stylesheet_paths(self) -> list[Path]:
        return list(self.stylesheet_files)

    @property
    def template_dirs(self) -> tuple[Path, ...]:
        """Where templates are looked up, in order: the layout, its bases, the shared folders."""
        return (self.folder, *self.bases, *self.shared)

    @property
    def roots(self) -> tuple[Path, ...]:
        """Every folder a file of this layout may resolve into (links followed)."""
        return tuple(p.resolve() for p in (*self.template_dirs, FONTS_DIR))

    def holds(self, path: Path) -> bool:
        """Whether ``path``, links followed, lies inside one of :attr:`roots`."""
        real = path.resolve()
        return any(real.is_relative_to(root) for root in self.roots)


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


PAPER_MM = (50, 1200)  # each side of a page: below, a line holds no word; above, A0's long side
_MM = {"mm": 1.0, "cm": 10.0, "in": 25.4, "pt": 25.4 / 72}


def paper_problem(paper: str) -> str | None:
    """Why ``paper`` is not a page size we print on, or None when it is one: a name of
    :data:`PAPER_NAMES` (optionally 'landscape'), or 'WIDTH HEIGHT' with each side within
    :data:`PAPER_MM` (a page of 1 mm, or of metres, would make WeasyPrint run for ever)."""
    size = page_size(paper)
    if size is None:
        return (
            f"unknown paper '{paper}'; expected one of {', '.join(PAPER_NAMES)} "
            "(optionally 'landscape') or 'WIDTH HEIGHT' such as '148mm 210mm'"
        )
    low, high = PAPER_MM
    sides = re.findall(r"(\d+(?:\.\d+)?)(mm|cm|in|pt)", size)
    if any(not low <= float(n) * _MM[unit] <= high for n, unit in sides):
        return f"paper '{paper}': each side must be from {low} mm to {high} mm"
    return None


@dataclass(frozen=True, slots=True)
class LayoutSearch:
    """The folders layouts are looked up in, in order; the built-in folder is last."""

    dirs: tuple[Path, ...] = ()

    @classmethod
    def for_notes(cls, notes: Path | None, extra: Sequence[Path] = ()) -> LayoutSearch:
        """``extra`` (``--layouts``), ``layouts/`` beside ``notes`` (or beside the ``notes/``
        folder holding it; the working folder without a notes file), then the built-in ones."""
        found = list(extra)
        if notes is None:
            found.append(Path("layouts"))
        else:
            found.append(notes.parent / "layouts")
            if notes.parent.resolve().name == "notes":
                found.append(notes.parent / ".." / "layouts")
        found.append(LAYOUTS)
        dirs: dict[Path, Path] = {}
        for folder in found:
            if folder.is_dir():
                dirs.setdefault(folder.resolve(), folder.absolute())
        return cls(tuple(dirs.values()))

    def names(self) -> tuple[str, ...]:
        """Every layout name found, sorted."""
        return tuple(sorted({name for folder in self.dirs for name in _names_in(folder)}))

    def find(self, name: str, skip: Sequence[Path] = ()) -> Path | None:
        """The folder of layout ``name``: the first one found, leaving out the folders ``skip``
        (resolved), so that a layout may extend the built-in layout of its own name."""
        if name not in self.names():
            return None
        for folder in self.dirs:
            candidate = folder / name
            if (candidate / "layout.yaml").is_file() and candidate.resolve() not in skip:
                return candidate
        return None

    def load(self, name: str, where: SourceLocation | None = None) -> Layout:
        """Read layout ``name`` and the layouts it extends; unknown names and bad keys, files
        outside the layout's folders and missing stylesheets are problems."""
        folder = self.find(name)
        if folder is None:
            raise EditionError(Problem(where, unknown_layout(name, self.names())))
        return _load(self, name, folder)


def unknown_layout(name: str, available: Sequence[str]) -> str:
    return f"unknown layout '{name}'; available: {', '.join(available)}"


def _names_in(folder: Path) -> list[str]:
    return [p.parent.name for p in folder.glob("*/layout.yaml") if p.parent.name[0] not in "_."]


@functools.cache
def known_layouts() -> tuple[str, ...]:
    """The names of the built-in layouts."""
    return tuple(sorted(_names_in(LAYOUTS)))


def load_layout(name: str, where: SourceLocation | None = None) -> Layout:
    """A built-in layout (or one of ``layouts/`` in the working folder)."""
    return LayoutSearch.for_notes(None).load(name, where)


def _read(folder: Path) -> tuple[PosDict, list[Problem]]:
    """``layout.yaml`` of ``folder``, and the problems of its values."""
    shown = shown_path(folder / "layout.yaml")
    if not (folder / "layout.yaml").resolve().is_relative_to(folder.resolve()):
        raise EditionError(
            Problem(SourceLocation(shown, 1), f"layout.yaml {_outside(folder / 'layout.yaml')}")
        )
    raw = load_yaml_file(folder / "layout.yaml", shown)
    if raw is None:  # an empty file: every setting from the defaults (or the base)
        raw = PosDict()
        raw.loc, raw.key_locs, raw.value_locs = SourceLocation(shown, 1), {}, {}
    if not isinstance(raw, PosDict):
        raise EditionError(Problem(SourceLocation(shown, 1), "layout.yaml must be a mapping"))
    problems = []
    for key in raw:
        if key not in LAYOUT_KEYS:
            problems.append(
                Problem(
                    raw.key_loc(key),
                    f"unknown key '{key}' in layout.yaml; allowed: {', '.join(LAYOUT_KEYS)}",
                )
            )
    if "paper" in raw and (problem := paper_problem(str(raw["paper"]))):
        problems.append(Problem(raw.value_loc("paper"), problem))
    for key, allowed in (
        ("pinyin", ("all", "glossary", "first", "none")),
        ("style", ("marks", "numbers", "zhuyin", "none")),
    ):
        if key in raw and raw[key] not in allowed:
            problems.append(
                Problem(
                    raw.value_loc(key),
                    f"unknown {key} '{raw[key]}' in layout.yaml; expected one of: "
                    f"{', '.join(allowed)}",
                )
            )
    return raw, problems


def _load(search: LayoutSearch, name: str, folder: Path) -> Layout:
    """The layout in ``folder`` merged with its bases (the nearest setting wins)."""
    chain: list[tuple[Path, PosDict]] = []  # the layout first, then its bases
    problems: list[Problem] = []
    current = folder
    while True:
        raw, found = _read(current)
        problems += found
        chain.append((current, raw))
        if "extends" not in raw:
            break
        base, loc = str(raw["extends"]), raw.value_loc("extends")
        following = search.find(base, skip=[f.resolve() for f, _raw in chain])
        if following is None:
            problems.append(
                Problem(loc, f"'extends: {base}' leads back to a layout it extends")
                if base in search.names()
                else Problem(loc, unknown_layout(base, search.names()))
            )
            break
        if len(chain) > MAX_EXTENDS:
            problems.append(Problem(loc, f"more than {MAX_EXTENDS} layouts extend each other"))
            break
        current = following
    values: dict[str, str] = {}
    for _folder, raw in reversed(chain):  # the base first: the layout's own settings win
        values.update(
            (k, str(v)) for k, v in raw.items() if k in LAYOUT_KEYS and k not in _NOT_INHERITED
        )
    values["description"] = str(chain[0][1].get("description", ""))
    shared = [folder.parent / SHARED, LAYOUTS / SHARED]
    layout = Layout(
        name=name,
        folder=folder,
        bases=tuple(f for f, _raw in chain[1:]),
        shared=tuple(dict.fromkeys(p for p in shared if p.is_dir())),
        **values,
    )
    # The stylesheets are those of the nearest layout that lists them (default: style.css).
    declared = next((raw for _f, raw in chain if "stylesheets" in raw), None)
    yaml_loc = chain[0][1].loc
    names, files = _stylesheets(layout, declared, yaml_loc, problems)
    template = _find(layout, layout.template)
    if template is None:
        problems.append(
            Problem(yaml_loc, f"template '{layout.template}' not found in {_where(layout)}")
        )
    elif not layout.holds(template):
        problems.append(Problem(yaml_loc, f"template '{layout.template}' {_outside(template)}"))
    if problems:
        raise EditionError(problems)
    return replace(layout, stylesheets=names, stylesheet_files=files)


_NOT_INHERITED = ("stylesheets", "extends", "description")


def _stylesheets(
    layout: Layout, declared: PosDict | None, yaml_loc: SourceLocation, problems: list[Problem]
) -> tuple[tuple[str, ...], tuple[Path, ...]]:
    """The stylesheet names and their files: each looked up in the layout's folder, then its
    bases'; one that resolves outside the layout's folders is a problem at its entry."""
    if declared is None:
        entries = [("style.css", yaml_loc)]
    else:
        value = declared["stylesheets"]
        if isinstance(value, list):
            entries = [(str(v), loc) for v, loc in zip(value, value.item_locs, strict=True)]
        else:
            entries = [(str(value), declared.value_loc("stylesheets"))]
    files = []
    for name, loc in entries:
        path = _find(layout, name)
        if path is None:
            problems.append(Problem(loc, f"stylesheet '{name}' not found in {_where(layout)}"))
        elif not layout.holds(path):
            problems.append(Problem(loc, f"stylesheet '{name}' {_outside(path)}"))
        else:
            files.append(path)
    return tuple(n for n, _loc in entries), tuple(files)


def _find(layout: Layout, name: str) -> Path | None:
    """``name`` in the layout's folder, else in its bases' (the first that has it)."""
    for folder in (layout.folder, *layout.bases):
        path = folder / name
        if path.is_file():
            return path
    return None


def _where(layout: Layout) -> str:
    folders = [f"{shown_path(f)}/" for f in (layout.folder, *layout.bases)]
    return " or ".join(folders)


def _outside(path: Path) -> str:
    return (
        f"resolves to {path.resolve()}, outside the layout's folders; a layout may use only the "
        "files of its own folder, of the layouts it extends, of _shared/ and of fonts/"
    )
