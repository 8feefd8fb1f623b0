"""Safe YAML loading that remembers the 1-based line and column of every key and value.

Only plain data comes back (str, int, float, bool, None, lists, dicts): the loader is built on
``yaml.SafeLoader``'s composer, never constructs objects, refuses custom tags, and refuses
aliases outright, so a "billion laughs" file cannot expand in memory.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from edition import limits
from edition.errors import EditionError, Problem
from edition.files import read_bounded
from edition.model import SourceLocation
from edition.text.source import read_error

MAX_NODES = 200_000  # far above any real notes file; a bound, so a hostile file stays cheap
MAX_DEPTH = 50  # nesting of lists and mappings; real files use 4, and the composer recurses


class PosDict(dict):
    """A mapping that knows where it and each of its keys and values stand."""

    loc: SourceLocation
    key_locs: dict[str, SourceLocation]
    value_locs: dict[str, SourceLocation]

    def key_loc(self, key: str) -> SourceLocation:
        return self.key_locs.get(key, self.loc)

    def value_loc(self, key: str) -> SourceLocation:
        return self.value_locs.get(key, self.loc)


class PosList(list):
    """A sequence that knows where it and each of its items stand."""

    loc: SourceLocation
    item_locs: list[SourceLocation]


_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}

# libyaml's parser (ten times faster) when PyYAML was built with it; same nodes and marks.
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_COLLECTION_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}


def _loc(path: str, mark) -> SourceLocation:
    return SourceLocation(path, mark.line + 1, mark.column + 1)


class _Builder:
    def __init__(self, path: str):
        self.path = path
        self.seen: set[int] = set()
        self.count = 0
        self.constructor = yaml.SafeLoader("")

    def build(self, node):
        self.count += 1
        if self.count > MAX_NODES:
            raise EditionError(
                Problem(
                    _loc(self.path, node.start_mark),
                    f"the file has more than {MAX_NODES} values; it is refused as too large",
                )
            )
        if id(node) in self.seen:
            raise EditionError(
                Problem(
                    _loc(self.path, node.start_mark),
                    "YAML aliases (*name) are not supported in notes files; write the value out",
                )
            )
        self.seen.add(id(node))
        loc = _loc(self.path, node.start_mark)
        if node.tag not in _SCALAR_TAGS | _COLLECTION_TAGS:
            raise EditionError(
                Problem(
                    loc,
                    f"unsupported YAML tag '{node.tag}'; notes files hold plain text, "
                    "numbers, lists and mappings",
                )
            )
        if isinstance(node, yaml.MappingNode):
            out = PosDict()
            out.loc, out.key_locs, out.value_locs = loc, {}, {}
            for key_node, value_node in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    raise EditionError(
                        Problem(
                            _loc(self.path, key_node.start_mark),
                            "YAML merge keys (<<) are not supported in notes files",
                        )
                    )
                key = self.build(key_node)
                if not isinstance(key, (str, int, float, bool)) or isinstance(key, bool):
                    raise EditionError(
                        Problem(_loc(self.path, key_node.start_mark), "a key must be plain text")
                    )
                key = str(key)
                if key in out:
                    raise EditionError(
                        Problem(
                            _loc(self.path, key_node.start_mark),
                            f"duplicate key '{key}' (first at line {out.key_locs[key].line})",
                        )
                    )
                out[key] = self.build(value_node)
                out.key_locs[key] = _loc(self.path, key_node.start_mark)
                out.value_locs[key] = _loc(self.path, value_node.start_mark)
            return out
        if isinstance(node, yaml.SequenceNode):
            out = PosList()
            out.loc, out.item_locs = loc, []
            for item in node.value:
                out.append(self.build(item))
                out.item_locs.append(_loc(self.path, item.start_mark))
            return out
        if "\x00" in node.value:
            raise EditionError(
                Problem(
                    loc,
                    "a NUL character (\\0) in the text; notes files hold text, remove it",
                )
            )
        try:
            value = self.constructor.construct_object(node, deep=True)
        except ValueError as exc:
            raise EditionError(Problem(loc, _scalar_problem(node, exc))) from None
        if node.tag == "tag:yaml.org,2002:timestamp":
            return node.value  # dates stay as written: '2025-07-31'
        return value


def _scalar_problem(node, exc: ValueError) -> str:
    """What is wrong with a plain value YAML reads as a date or a number, and the way out."""
    shown = node.value if len(node.value) <= 40 else node.value[:37] + "..."
    if node.tag == "tag:yaml.org,2002:timestamp":
        return (
            f"'{shown}' is not a real date ({exc}); write a date that exists, or quote it "
            "to keep it as text"
        )
    return (
        f"the number '{shown}' has {len(node.value)} characters, too long to read; "
        "quote it to keep it as text"
    )


def _check_depth(text: str, path: str) -> None:
    """Refuse nesting deeper than MAX_DEPTH before composing (the event parser does not recurse).

    Read with libyaml's parser when PyYAML has it: the same events and marks, in a fifteenth of
    the pure-Python parser's 20 ms on the bundled notes file. libyaml refuses some input of its
    own accord (flow nesting beyond 1,000): such a file is read again the slow way, which says
    where it goes too deep, or which YAML error it has.
    """
    try:
        _check_events(text, path, _FAST_LOADER)
    except yaml.YAMLError:
        if _FAST_LOADER is yaml.SafeLoader:
            raise
        _check_events(text, path, yaml.SafeLoader)


def _check_events(text: str, path: str, loader) -> None:
    depth = 0
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                raise EditionError(
                    Problem(
                        _loc(path, event.start_mark),
                        f"lists and mappings nested more than {MAX_DEPTH} deep; a notes file "
                        "needs a few levels",
                    )
                )
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1


def load_yaml(text: str, path: str) -> object:
    """Parse one YAML document; every problem is an EditionError with a 1-based position."""
    try:
        _check_depth(text, path)
        root = yaml.compose(text, Loader=_FAST_LOADER)
    except yaml.YAMLError:
        pass  # parsed again below with the pure-Python parser, whose messages are clearer
    else:
        return None if root is None else _Builder(path).build(root)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        loc = _loc(path, mark) if mark is not None else SourceLocation(path, 1)
        what = exc.problem or exc.context or "invalid YAML"
        raise EditionError(Problem(loc, f"YAML syntax: {what}")) from None
    except yaml.YAMLError as exc:
        raise EditionError(Problem(SourceLocation(path, 1), f"YAML: {exc}")) from None
    if root is None:
        return None
    return _Builder(path).build(root)


def load_yaml_file(path: Path, shown: str, warnings: list[Problem] | None = None) -> object:
    """Read and parse a YAML file; missing or undecodable files become problems.

    The bytes are decoded as articles are (UTF-8, UTF-16 with BOM, GB18030 or Big5); a file
    that is not UTF-8 adds a warning to ``warnings``.
    """
    from edition.text.source import decode

    bound = limits.current()
    try:
        data = read_bounded(path, bound.max_article_bytes)
    except FileNotFoundError:
        raise EditionError(Problem(SourceLocation(shown, 1), "notes file not found")) from None
    except OSError as exc:
        raise EditionError(
            Problem(SourceLocation(shown, 1), read_error(exc, "the notes file"))
        ) from None
    if len(data) > bound.max_article_bytes:
        size = max(len(data), path.stat().st_size)
        raise EditionError(
            Problem(
                SourceLocation(shown, 1),
                f"the notes file is {limits.format_mb(size)}, more than the limit of "
                f"{limits.format_number(bound.max_article_mb)} MB (the bound of the article and "
                f"its notes); if it really is one, raise it with --max-article-mb "
                f"{int(size / (1024 * 1024)) + 1}",
            )
        )
    text, encoding = decode(data, shown)
    if encoding not in ("utf-8", "utf-8-sig") and warnings is not None:
        warnings.append(
            Problem(
                SourceLocation(shown, 1),
                f"read as {encoding.upper()}, not UTF-8; save the notes file as UTF-8 so that "
                "every editor and tool reads it the same",
                "warning",
            )
        )
    return load_yaml(text, shown)
