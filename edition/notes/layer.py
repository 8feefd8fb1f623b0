"""The annotation layer: ``notes/*.yaml`` -> :class:`Layer`, validated against a documented schema.

Every problem in the file is collected and reported at once, each at its ``path:line:col``.
The schema (keys, types, meaning) is documented in ``docs/notes-format.md``; the tables below
are the single source of truth for which keys exist.
"""

from __future__ import annotations

import difflib
import errno
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path

from edition.errors import EditionError, Problem
from edition.files import file_kind
from edition.model import Anchor, Correction, GlossaryEntry, Note, ReadingOverride, SourceLocation
from edition.notes.yamlpos import PosDict, PosList, load_yaml_file
from edition.readings.known import is_hsk
from edition.readings.register import REGISTERS
from edition.text.source import display_path

TOP_KEYS = {
    "article": "path of the article text, relative to the notes file",
    "meta": "title, original title, author, publication, date, source URL, credit, language",
    "editions": "list of editions to build (layout and options)",
    "corrections": "editorial corrections applied after automatic cleaning",
    "notes": "footnotes anchored to text",
    "readings": "reading overrides: word -> syllables, or a list of anchored overrides",
    "glossary": "vocabulary entries",
}
META_KEYS = {
    "title": str,
    "subtitle": str,
    "original_title": str,
    "author": str,
    "translator": str,
    "publication": str,
    "date": str,
    "source_url": str,
    "credit": str,
    "language": str,
    "keywords": list,
    "licence": str,
    "title_in_text": bool,
    "register": str,
}
EDITION_KEYS = {
    "name": str,
    "layout": str,
    "output": str,
    "script": str,
    "pinyin": str,
    "style": str,
    "sandhi": bool,
    "proof": bool,
    "known": str,
    "paper": str,
    "editorial_notes": bool,
    "impose": str,
    "bleed": (int, float),
    "marks": str,
    "pdf_variant": str,
    "notes": str,
    "tone_colors": bool,
    "format": str,
    "neutral": str,
}
# What an edition can be written as: pdf (default), an html preview, an EPUB book, the
# vocabulary as an Anki deck or as a word list (tsv).
FORMATS = ("pdf", "html", "epub", "anki", "tsv")
NOTE_PLACES = ("footnotes", "endnotes")
IMPOSE = ("none", "saddle")
MARKS = ("none", "crop")
PDF_VARIANTS = ("none", "pdf/a-3b", "pdf/ua-1")
SCRIPTS = ("source", "t2s", "s2t", "t2tw", "t2hk", "s2twp")
PINYIN_MODES = ("all", "glossary", "first", "none")
NEUTRAL_MODES = ("dictionary", "full")  # edition.readings.neutral
CORRECTION_KEYS = {"find": str, "replace": str, "note": str, "occurrence": int}
ANCHOR_KEYS = {"exact": str, "prefix": str, "suffix": str, "occurrence": int}
NOTE_KEYS = {"id": str, "anchor": (str, dict), "body": str}
GLOSSARY_KEYS = {
    "id": str,
    "word": str,
    "reading": str,
    "pos": str,
    "gloss": str,
    "level": str,
    "anchor": (str, dict),
}
READING_AT_KEYS = {"reading": str, "exact": str, "prefix": str, "suffix": str, "occurrence": int}
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*\Z")  # \Z: '$' would let a final newline through
# BCP 47 as the PDF metadata takes it (edition/press/pdfmeta.py): language, script, region.
LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?\Z")

_CJK = "\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019"
_FOLDED = re.compile(f"(?<=[{_CJK}])\\s+(?=[{_CJK}])")


def unfold(text: str) -> str:
    """Undo YAML line folding between Chinese characters: '>' joins lines with a space, which
    Chinese text does not have (Latin words keep theirs)."""
    return _FOLDED.sub("", text.strip())


@dataclass(slots=True)
class Edition:
    """One edition to build: a layout plus options (documented in docs/notes-format.md)."""

    name: str
    layout: str = "booklet"
    output: str = ""  # file name under output/; default '<notes stem>-<name>.pdf'
    script: str = "source"
    pinyin: str | None = None  # None: the layout's default (layout.yaml)
    style: str | None = None  # None: the layout's default
    sandhi: bool = False
    proof: bool = False
    known: str = ""
    paper: str = ""
    editorial_notes: bool = True
    impose: str = "none"  # 'saddle': two pages on each sheet side, in folding order
    bleed: float = 0  # millimetres added around each page
    marks: str = "none"  # 'crop': crop marks outside the bleed
    pdf_variant: str = "none"  # 'pdf/a-3b' or 'pdf/ua-1'
    notes: str | None = None  # footnotes | endnotes; None: the layout\'s default
    tone_colors: bool = False  # colour each character and its reading by tone
    format: str = ""  # one of FORMATS; "": pdf (or the command line's --format)
    neutral: str = "dictionary"  # neutral tones as the dictionary has them, or 'full' tones
    loc: SourceLocation | None = None
    layout_loc: SourceLocation | None = None  # where 'layout:' is written (else loc)


@dataclass(slots=True)
class Layer:
    """Everything one notes file says about its article."""

    path: Path
    shown: str
    article: Path
    meta: dict[str, object]
    editions: list[Edition]  # never empty: a default booklet when the file declares none
    corrections: list[Correction] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    overrides: list[ReadingOverride] = field(default_factory=list)
    glossary: list[GlossaryEntry] = field(default_factory=list)
    # Where the editions' layouts are looked up, in order (set by the pipeline, which knows
    # --layouts and the built-in folder); empty: the pipeline's default for this file.
    layout_dirs: tuple[Path, ...] = ()
    warnings: list[Problem] = field(default_factory=list)  # about the file itself


class _Checker:
    def __init__(self, shown: str):
        self.shown = shown
        self.problems: list[Problem] = []

    def err(self, loc: SourceLocation, message: str) -> None:
        self.problems.append(Problem(loc, message))

    def keys(self, d: PosDict, allowed, where: str) -> None:
        for key in d:
            if key not in allowed:
                close = difflib.get_close_matches(key, list(allowed), n=1)
                if key in ANCHOR_KEYS and "anchor" in allowed:  # put beside it, not inside
                    hint = f" (it goes inside the anchor: 'anchor: {{exact: ..., {key}: ...}}')"
                elif close:
                    hint = f" (did you mean '{close[0]}'?)"
                else:
                    hint = f"; allowed: {', '.join(allowed)}"
                self.err(d.key_loc(key), f"unknown key '{key}' in {where}{hint}")

    def typed(self, d: PosDict, schema: dict, where: str) -> dict:
        """Keys with values of the right type; wrong ones are reported and left out."""
        self.keys(d, schema, where)
        out = {}
        for key, value in d.items():
            want = schema.get(key)
            if want is None:
                continue
            if want is str and isinstance(value, (int, float)) and not isinstance(value, bool):
                value = str(value)  # a bare number is fine as text
            if (want is int and isinstance(value, bool)) or not isinstance(value, want):
                self.err(
                    d.value_loc(key),
                    f"'{key}' in {where} must be {_type_name(want)}, not {_type_name(type(value))}",
                )
                continue
            out[key] = value
        return out


def _type_name(t) -> str:
    if isinstance(t, tuple):
        return " or ".join(_type_name(x) for x in t)
    for kind in (bool, int, float, str, list, dict):  # PosList and PosDict are a list and a mapping
        if issubclass(t, kind):
            t = kind
            break
    return {
        str: "text",
        int: "a whole number",
        bool: "true or false",
        list: "a list",
        dict: "a mapping",
        float: "a number",
        type(None): "empty",
    }.get(t, t.__name__)


def _anchor(c: _Checker, value, loc: SourceLocation, where: str) -> Anchor | None:
    if isinstance(value, str):
        if not value:
            c.err(loc, f"empty anchor in {where}")
            return None
        return Anchor(exact=value)
    v = c.typed(value, ANCHOR_KEYS, f"the anchor of {where}")
    if not v.get("exact"):
        c.err(value.loc, f"the anchor of {where} needs 'exact': the text the note attaches to")
        return None
    occ = v.get("occurrence")
    if occ is not None and occ < 1:
        c.err(value.value_loc("occurrence"), f"'occurrence' in {where} counts from 1")
        occ = None
    return Anchor(v["exact"], v.get("prefix", ""), v.get("suffix", ""), occ)


def _list(c: _Checker, doc: PosDict, key: str) -> PosList:
    value = doc.get(key)
    if value is None:
        empty = PosList()
        empty.loc, empty.item_locs = doc.loc, []
        return empty
    if not isinstance(value, list):
        c.err(doc.value_loc(key), f"'{key}' must be a list (items start with '- ')")
        empty = PosList()
        empty.loc, empty.item_locs = doc.loc, []
        return empty
    return value


def _entries(c: _Checker, doc: PosDict, key: str, schema: dict, what: str, shape: str):
    """The mappings of the list ``key`` with their type-checked values; other items are
    reported with ``shape`` (what an item should look like)."""
    items = _list(c, doc, key)
    for item, loc in zip(items, items.item_locs, strict=True):
        if not isinstance(item, dict):
            c.err(loc, shape)
            continue
        yield item, c.typed(item, schema, what)


def _syllables(c: _Checker, text: str, word: str, loc: SourceLocation) -> tuple[str, ...] | None:
    from edition.readings.styles import (
        parse_syllable,  # the readings engine owns syllable validation
    )

    parts = text.replace(",", " ").replace("'", " ").split()
    out = []
    for part in parts:
        try:
            out.append(parse_syllable(part))
        except ValueError as exc:
            c.err(loc, f"reading for '{word}': {exc}")
            return None
    han = [ch for ch in word if not ch.isspace()]
    if len(out) != len(han):
        c.err(loc, f"reading override '{word}': {len(out)} syllables for {len(han)} characters")
        return None
    return tuple(out)


# The title `edition new` writes when the article's first line is no headline.
PLACEHOLDER_TITLE = "TODO"


def load_layer(
    path: Path,
    layouts: Collection[str] | None = None,
    paper: Callable[[str], str | None] | None = None,
) -> Layer:
    """Load and validate a notes file; raises EditionError listing every problem.

    ``layouts``: the layout names an edition may use (the pipeline knows where layouts are
    found); None leaves the names to be checked when the layout is loaded. ``paper``: says
    what is wrong with an edition's ``paper`` (None when nothing is), likewise from the
    pipeline (render knows page sizes); None leaves it to the render.
    """
    shown = display_path(path)
    warnings: list[Problem] = []
    doc = load_yaml_file(path, shown, warnings)
    c = _Checker(shown)
    if not isinstance(doc, dict):
        raise EditionError(
            Problem(
                SourceLocation(shown, 1),
                "a notes file is a YAML mapping with at least 'article:' and 'meta:'",
            )
        )
    c.keys(doc, TOP_KEYS, "the notes file")

    article = doc.get("article")
    article_path = path.parent
    if not isinstance(article, str) or not article:
        c.err(
            doc.key_loc("article") if "article" in doc else doc.loc,
            "'article' must give the path of the article text, relative to the notes file",
        )
    else:
        article_path = Path(os.path.abspath(path.parent / article))
        problem = _article_problem(article_path)
        if problem:
            c.err(doc.value_loc("article"), f"article file '{article}' {problem}")
        else:
            article_path = article_path.resolve()

    meta: dict[str, object] = {}
    raw_meta = doc.get("meta")
    if not isinstance(raw_meta, dict):
        c.err(
            doc.key_loc("meta") if "meta" in doc else doc.loc,
            "'meta' must be a mapping with at least 'title'",
        )
    else:
        meta = c.typed(raw_meta, META_KEYS, "'meta'")
        if not meta.get("title"):
            c.err(raw_meta.loc, "'meta' needs a 'title'")
        elif str(meta["title"]).strip() == PLACEHOLDER_TITLE:
            warnings.append(
                Problem(
                    raw_meta.value_loc("title"),
                    f"the title is still '{PLACEHOLDER_TITLE}', the placeholder `edition new` "
                    "wrote; give the article's title (the cover and the PDF's metadata print it)",
                    "warning",
                )
            )
        register = meta.get("register")
        if register is not None and register not in REGISTERS:
            c.err(
                raw_meta.value_loc("register"),
                f"unknown register '{register}'; expected one of: {', '.join(REGISTERS)}",
            )
        language = meta.get("language")
        if language is not None and not LANGUAGE.match(str(language)):
            c.err(
                raw_meta.value_loc("language"),
                f"'language' must be a BCP 47 tag such as 'zh', 'zh-Hant' or 'zh-CN', "
                f"not '{language}'",
            )

    # A file that declares no edition gets the one a user would expect: the booklet.
    editions = _editions(c, doc, path, layouts, paper) or [
        Edition(name="booklet", output=f"{path.stem}-booklet.pdf")
    ]
    corrections = _corrections(c, doc)
    notes = _notes(c, doc)
    overrides = _overrides(c, doc)
    glossary = _glossary(c, doc)
    if c.problems:
        raise EditionError(c.problems)
    return Layer(
        path,
        shown,
        article_path,
        meta,
        editions,
        corrections,
        notes,
        overrides,
        glossary,
        warnings=warnings,
    )


def _article_problem(path: Path) -> str:
    """Why ``path`` cannot be read as the article ('' when it can)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return f"not found (looked for {display_path(path)})"
    except (OSError, RuntimeError) as exc:
        if isinstance(exc, RuntimeError) or exc.errno == errno.ELOOP:
            return "is a loop of symbolic links; point 'article' at a real file"
        return f"cannot be read: {exc.strerror}"
    if not stat.S_ISREG(mode):
        return f"is {file_kind(mode)}, not a text file"
    return ""


def _editions(
    c: _Checker,
    doc: PosDict,
    path: Path,
    layouts: Collection[str] | None,
    paper: Callable[[str], str | None] | None,
) -> list[Edition]:
    from edition.readings.styles import STYLES

    out: list[Edition] = []
    names: set[str] = set()
    outputs: dict[str, Edition] = {}
    for item, v in _entries(
        c,
        doc,
        "editions",
        EDITION_KEYS,
        "an edition",
        "each edition is a mapping with at least 'name' and 'layout'",
    ):
        name = v.get("name")
        if not name or not _ID.match(name):
            c.err(item.loc, "an edition needs a 'name' made of letters, digits, '-', '_' or '.'")
            continue
        if name in names:
            c.err(item.value_loc("name"), f"duplicate edition name '{name}'")
        names.add(name)
        ed = Edition(name=name, loc=item.loc, **{k: v[k] for k in v if k != "name"})
        ed.layout_loc = item.value_loc("layout")
        if layouts is not None and ed.layout not in layouts:
            c.err(ed.layout_loc, f"unknown layout '{ed.layout}'; available: {', '.join(layouts)}")
        if ed.script not in SCRIPTS:
            c.err(
                item.value_loc("script"),
                f"unknown script '{ed.script}'; expected one of: {', '.join(SCRIPTS)}",
            )
        if ed.pinyin is not None and ed.pinyin not in PINYIN_MODES:
            c.err(
                item.value_loc("pinyin"),
                f"unknown pinyin mode '{ed.pinyin}'; expected one of: {', '.join(PINYIN_MODES)}",
            )
        if ed.style is not None and ed.style not in STYLES:
            c.err(
                item.value_loc("style"),
                f"unknown reading style '{ed.style}'; expected one of: {', '.join(STYLES)}",
            )
        if ed.notes is not None and ed.notes not in NOTE_PLACES:
            c.err(
                item.value_loc("notes"),
                f"unknown notes '{ed.notes}'; expected one of: {', '.join(NOTE_PLACES)}",
            )
        for key, allowed in (
            ("impose", IMPOSE),
            ("marks", MARKS),
            ("pdf_variant", PDF_VARIANTS),
            ("neutral", NEUTRAL_MODES),
        ):
            if getattr(ed, key) not in allowed:
                c.err(
                    item.value_loc(key),
                    f"unknown {key} '{getattr(ed, key)}'; expected one of: {', '.join(allowed)}",
                )
        if ed.format and ed.format not in FORMATS:
            c.err(
                item.value_loc("format"),
                f"unknown format '{ed.format}'; expected one of: {', '.join(FORMATS)}",
            )
        if not 0 <= ed.bleed <= 20:
            c.err(item.value_loc("bleed"), "'bleed' is in millimetres, from 0 to 20")
        if ed.known and not is_hsk(ed.known) and not (path.parent / ed.known).is_file():
            c.err(
                item.value_loc("known"),
                f"known-words file '{ed.known}' not found; give a file of words relative to "
                "the notes file, or an HSK level hsk1 ... hsk7",
            )
        if ed.paper and paper and (problem := paper(ed.paper)):
            c.err(item.value_loc("paper"), problem)
        if not ed.output:
            ed.output = f"{path.stem}-{name}.pdf"
        elif "/" in ed.output or "\\" in ed.output or ed.output.startswith("."):
            c.err(
                item.value_loc("output"), "'output' is a file name inside output/, without folders"
            )
        elif control := next((ch for ch in ed.output if _is_control(ch)), None):
            c.err(
                item.value_loc("output"),
                f"'output' contains the control character U+{ord(control):04X}; give a plain "
                "file name",
            )
        first = outputs.setdefault(ed.output.casefold(), ed)
        if first is not ed:
            c.err(
                item.value_loc("output") if "output" in item else item.loc,
                f"editions '{first.name}' and '{ed.name}' both write output/{ed.output}; give "
                "each edition its own 'output'",
            )
        out.append(ed)
    return out


def _is_control(ch: str) -> bool:
    """A character that has no place in a file name: C0/C1 controls, bidi and other format
    characters (they change how the name is shown)."""
    return unicodedata.category(ch) in ("Cc", "Cf")


def _corrections(c: _Checker, doc: PosDict) -> list[Correction]:
    out = []
    for item, v in _entries(
        c,
        doc,
        "corrections",
        CORRECTION_KEYS,
        "a correction",
        "each correction is a mapping with 'find' and 'replace'",
    ):
        if not v.get("find") or "replace" not in v:
            c.err(item.loc, "a correction needs 'find' (non-empty) and 'replace'")
            continue
        out.append(
            Correction(v["find"], v["replace"], item.loc, v.get("note", ""), v.get("occurrence"))
        )
    return out


def _notes(c: _Checker, doc: PosDict) -> list[Note]:
    out = []
    ids: dict[str, SourceLocation] = {}
    for item, v in _entries(
        c,
        doc,
        "notes",
        NOTE_KEYS,
        "a note",
        "each note is a mapping with 'id', 'anchor' and 'body'",
    ):
        nid = v.get("id")
        where = f"note '{nid}'" if nid else "a note"
        if not nid or not _ID.match(nid):
            c.err(item.loc, "a note needs an 'id' made of letters, digits, '-', '_' or '.'")
            continue
        if nid in ids:
            c.err(
                item.value_loc("id"), f"duplicate note id '{nid}' (first at line {ids[nid].line})"
            )
            continue
        ids[nid] = item.value_loc("id")
        if not v.get("body"):
            c.err(item.loc, f"{where} needs a 'body'")
            continue
        if "anchor" not in v:
            c.err(item.loc, f"{where} needs an 'anchor': the text it attaches to")
            continue
        anchor = _anchor(c, v["anchor"], item.value_loc("anchor"), where)
        if anchor:
            out.append(Note(nid, unfold(v["body"]), anchor, item.loc))
    return out


def _overrides(c: _Checker, doc: PosDict) -> list[ReadingOverride]:
    raw = doc.get("readings")
    if raw is None:
        return []
    if not isinstance(raw, dict):
        c.err(
            doc.value_loc("readings"),
            "'readings' maps a word to its syllables, e.g. '重新: chóng xīn'",
        )
        return []
    out = []
    for word, value in raw.items():
        loc = raw.key_loc(word)
        if isinstance(value, str):
            syl = _syllables(c, value, word, raw.value_loc(word))
            if syl:
                out.append(ReadingOverride(word, syl, loc))
        elif isinstance(value, list):
            for item, iloc in zip(value, value.item_locs, strict=True):
                if not isinstance(item, dict):
                    c.err(
                        iloc,
                        f"each anchored reading of '{word}' is a mapping with 'reading' and "
                        "'prefix'/'suffix'/'occurrence'",
                    )
                    continue
                v = c.typed(item, READING_AT_KEYS, f"an anchored reading of '{word}'")
                if "reading" not in v:
                    c.err(item.loc, f"an anchored reading of '{word}' needs 'reading'")
                    continue
                syl = _syllables(c, v["reading"], word, item.value_loc("reading"))
                if syl:
                    anchor = Anchor(
                        word, v.get("prefix", ""), v.get("suffix", ""), v.get("occurrence")
                    )
                    out.append(ReadingOverride(word, syl, item.loc, anchor))
        else:
            c.err(
                raw.value_loc(word),
                f"reading of '{word}' must be text ('chóng xīn') or a list of anchored readings",
            )
    return out


def _glossary(c: _Checker, doc: PosDict) -> list[GlossaryEntry]:
    out = []
    ids: set[str] = set()
    for item, v in _entries(
        c,
        doc,
        "glossary",
        GLOSSARY_KEYS,
        "a glossary entry",
        "each glossary entry is a mapping with 'word' and 'gloss'",
    ):
        word = v.get("word")
        if not word or not v.get("gloss"):
            c.err(item.loc, "a glossary entry needs 'word' and 'gloss'")
            continue
        gid = v.get("id") or f"w{len(out) + 1}"
        if gid in ids:
            c.err(item.loc, f"duplicate glossary word or id '{gid}'")
            continue
        ids.add(gid)
        reading: tuple[str, ...] = ()
        if v.get("reading"):
            reading = _syllables(c, v["reading"], word, item.value_loc("reading")) or ()
        out.append(
            GlossaryEntry(
                gid,
                word,
                unfold(v["gloss"]),
                item.loc,
                reading,
                v.get("pos", ""),
                v.get("level", ""),
            )
        )
    return out
