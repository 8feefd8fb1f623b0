"""Editorial corrections from the notes file, applied after the automatic repair."""

from __future__ import annotations

from edition import limits
from edition.errors import Problem
from edition.model import Correction
from edition.text import hidden
from edition.text.clean import Change, CleanText


def _occurrences(text: str, find: str) -> list[int]:
    out = []
    i = text.find(find)
    while i >= 0:
        out.append(i)
        i = text.find(find, i + 1)
    return out


def apply_corrections(ct: CleanText, corrections: list[Correction]) -> CleanText:
    """Apply each correction to the cleaned text, in order; return a new CleanText.

    A correction must match exactly once, or name its ``occurrence``; otherwise a problem at the
    correction's place in the notes file says how often it matched. A correction that would
    leave the text empty is refused. Each applied correction is a Change of kind "correction".
    """
    text, origin = ct.text, list(ct.origin)
    changes = list(ct.changes)
    problems = list(ct.problems)
    hints = {origin[i]: h for i, h in ct.hints.items()}
    path = ct.source.path
    bound = limits.current()
    size = len(text.encode("utf-8"))  # the text's size as an article file, kept up to date
    for c in corrections:
        if not c.find:
            problems.append(
                Problem(c.loc, "correction has an empty 'find'; say what text to replace")
            )
            continue
        hits = _occurrences(text, c.find)
        if c.occurrence is not None:
            if not 1 <= c.occurrence <= len(hits):
                message = (
                    f"correction '{c.find}' has occurrence {c.occurrence} "
                    f"but matches {len(hits)} times in {path}"
                )
                problems.append(Problem(c.loc, message))
                continue
            at = hits[c.occurrence - 1]
        elif len(hits) != 1:
            if not hits:
                problems.append(Problem(c.loc, f"correction '{c.find}' matches 0 times in {path}; "
                                "find strings match the text after automatic cleaning (see the "
                                "clean report)"))  # fmt: skip
            else:
                nums = dict.fromkeys(ct.source.loc(origin[h]).line for h in hits)
                lines = ", ".join(str(n) for n in nums)
                problems.append(Problem(c.loc, f"correction '{c.find}' matches {len(hits)} times "
                                f"(lines {lines}); add 'occurrence: N'"))  # fmt: skip
            continue
        else:
            at = hits[0]
        end = at + len(c.find)
        if c.find == text and not c.replace:
            problems.append(Problem(c.loc, f"correction '{c.find}' would delete the whole text; "
                            "refused"))  # fmt: skip
            continue
        size += len(c.replace.encode("utf-8")) - len(c.find.encode("utf-8"))
        if size > bound.max_article_bytes:
            limit = limits.format_number(bound.max_article_mb)
            message = (
                f"correction '{c.find}' makes the text {limits.format_mb(size)}, more than the "
                f"article limit of {limit} MB; refused"
            )
            problems.append(Problem(c.loc, message))
            break
        s, e = origin[at], origin[end - 1] + 1
        changes.append(Change("correction", s, e, c.find, c.replace, c.note))
        new_origin = [min(s + k, e - 1) for k in range(len(c.replace))]
        text = text[:at] + c.replace + text[end:]
        origin[at:end] = new_origin  # in place: a copy per correction was quadratic
    changes.sort(key=lambda ch: (ch.start, ch.end))
    problems.sort(key=Problem.sort_key)
    # drop the warnings about spots a correction replaced: lost characters, and every flag of
    # the repair whose span a correction overlaps
    spans = [(ch.start, max(ch.end, ch.start + 1)) for ch in changes if ch.kind == "correction"]
    fixed = [ct.source.loc(o) for a, b in spans for o in range(a, b)]
    settled = [f for f in ct.flags if any(a < f.end and f.start < b for a, b in spans)]
    gone = {id(f.problem) for f in settled}
    problems = [
        p
        for p in problems
        if id(p) not in gone
        and not (p.level == "warning" and p.message.startswith("lost character") and p.loc in fixed)
    ]
    if fixed:  # hidden characters are counted again on the corrected text
        problems = [p for p in problems if not hidden.is_hidden_warning(p)]
        problems += hidden.hidden_characters(ct.source, text, origin)
        problems.sort(key=Problem.sort_key)
    flags = [f for f in ct.flags if f not in settled]
    new_hints = {}
    for i, o in enumerate(origin[:-1]):
        if o in hints and (i == 0 or origin[i - 1] != o):
            new_hints[i] = hints[o]
    return CleanText(ct.source, text, origin, changes, problems, new_hints, list(ct.remarks), flags)
