"""The CLI's commands; each takes parsed arguments and returns an exit code."""

from __future__ import annotations

import logging
import os
import re
import signal
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from edition import limits
from edition.cli import workers
from edition.cli.report import Report, print_problems
from edition.errors import EditionError, Problem, escape_controls
from edition.model import SourceLocation
from edition.notes.layer import Edition, Layer

log = logging.getLogger("edition")
STAGES = ("load", "clean", "convert", "anchor", "readings", "segment", "html", "pdf")


def _progress(edition: Edition):
    # Eight lines an edition tell someone watching a terminal that the build moves; in a log
    # file or a pipe (make, CI) they bury the warnings, so there they need -v.
    level = logging.INFO if sys.stderr.isatty() else logging.DEBUG

    def report(stage: str) -> None:
        log.log(
            level, "[%s] Step %d/%d - %s", edition.name, STAGES.index(stage) + 1, len(STAGES), stage
        )

    return report


def _strict_check(args, warnings: list[Problem], articles: set[str]) -> Report:
    """Print the warnings (as :class:`Report` decides); with --strict they are errors."""
    if args.strict and warnings:
        raise EditionError([replace(w, level="error") for w in warnings])
    report = Report(bool(args.verbose), articles)
    report.add(warnings)
    return report


OVERRIDES = (
    "layout",
    "script",
    "style",
    "pinyin",
    "proof",
    "impose",
    "bleed",
    "marks",
    "pdf_variant",
    "tone_colors",
    "notes",
    "neutral",
    "paper",
)


def _selected(layer: Layer, args) -> list[Edition]:
    """The editions to build, with the command line's overrides. An edition an override
    changes gets a file name of its own (``t-booklet-t2s.pdf``): its own file stays as it is."""
    editions = layer.editions
    wanted = getattr(args, "edition", None) or []
    if isinstance(wanted, str):
        wanted = [wanted]
    if wanted:
        # --edition may be repeated: every name is built (argparse kept only the last one,
        # silently, before it appended them).
        declared = [e.name for e in editions]
        names = ", ".join(declared)
        unknown = [n for n in dict.fromkeys(wanted) if n not in declared]
        if unknown:
            raise EditionError(
                [
                    Problem(
                        SourceLocation(layer.shown, 1),
                        f"no edition named '{n}'; the file declares: {names}",
                    )
                    for n in unknown
                ]
            )
        editions = [e for e in editions if e.name in wanted]
    overrides = {k: getattr(args, k, None) for k in OVERRIDES}
    overrides["notes"] = getattr(args, "note_place", None)
    out = []
    for edition in editions:
        changed = replace(edition, **{k: v for k, v in overrides.items() if v is not None})
        suffix = "".join(
            f"-{_slug(k, getattr(changed, k))}"
            for k in OVERRIDES
            if getattr(changed, k) != getattr(edition, k)
        )
        if suffix:
            name = Path(edition.output)
            changed.output = f"{name.stem}{suffix}{name.suffix}"
        out.append(changed)
    return out


def _slug(key: str, value: object) -> str:
    """An override as a file-name part: t2s, saddle, bleed3, pdfa-3b, proof, tone-colors."""
    if value is True:
        return key.replace("_", "-")
    if key == "bleed":
        return f"bleed{value:g}"
    if key == "pinyin":
        return f"pinyin-{value}"
    if key == "paper":  # A4, 'A5 landscape' -> a5-landscape, '148mm 210mm' -> 148mm-210mm
        return re.sub(r"[^a-z0-9.]+", "-", str(value).lower()).strip("-")
    return re.sub(r"[^A-Za-z0-9.-]+", "", str(value))


def _usage_error(args, message: str) -> SystemExit:
    print(f"{args.prog}: error: {message}", file=sys.stderr)
    return SystemExit(2)


def _load(args, notes: Path) -> Layer:
    """The notes file, its layouts looked up in --layouts folders first."""
    from edition.pipeline.prepare import load

    for folder in args.layout_dirs:
        if not folder.is_dir():
            raise _usage_error(args, f"--layouts '{folder}' is not a folder")
    return load(notes, args.layout_dirs)


def _validate_layout(args, layer: Layer) -> None:
    """A --layout must be one the notes file's editions can use (a usage error otherwise)."""
    from edition.pipeline.prepare import layout_search

    value = getattr(args, "layout", None)
    allowed = layout_search(layer).names()
    if value is not None and value not in allowed:
        raise _usage_error(
            args, f"unknown --layout '{value}'; expected one of: {', '.join(allowed)}"
        )


def _validate_overrides(args) -> None:
    from edition.notes.layer import PINYIN_MODES, SCRIPTS
    from edition.readings.styles import STYLES

    checks = (
        ("script", SCRIPTS),
        ("style", tuple(STYLES)),
        ("pinyin", PINYIN_MODES),
    )
    for key, allowed in checks:
        value = getattr(args, key, None)
        if value is not None and value not in allowed:
            print(
                f"{args.prog}: error: unknown --{key} '{value}'; expected one of: "
                f"{', '.join(allowed)}",
                file=sys.stderr,
            )
            raise SystemExit(2)


def build_one(
    layer: Layer,
    edition: Edition,
    out: Path | None,
    fmt: str,
    strict: bool,
    bounds: limits.Limits | None = None,
) -> tuple[str, dict, int, list[Problem]]:
    """Build one edition within the bounds and write it; returns (output path, stage timings,
    pages, warnings).

    ``bounds``: the run's limits (default: those in force). Raises EditionError, also when a
    bound is reached; nothing is written then.
    """
    from edition.pipeline.build import write_edition

    built = write_edition(make_one(layer, edition, out, fmt, strict, bounds))
    return str(built.path), built.stages, built.pages, built.warnings


def make_one(
    layer: Layer,
    edition: Edition,
    out: Path | None,
    fmt: str,
    strict: bool,
    bounds: limits.Limits | None = None,
):
    """Stages 1-8 of one edition within the time and memory bounds; writes nothing. Returns
    the :class:`~edition.pipeline.build.Made` edition."""
    from edition.pipeline.build import make_edition

    bounds = bounds or limits.current()
    where = edition.loc or SourceLocation(layer.shown, 1)
    try:
        with limits.memory_limit(bounds.max_memory_mb), limits.time_limit(bounds.max_seconds):
            return make_edition(
                layer, edition, out, fmt, strict=strict, progress=_progress(edition)
            )
    except limits.TimeLimitExceeded:
        seconds = limits.format_number(bounds.max_seconds)
        raise EditionError(
            Problem(
                where,
                f"edition '{edition.name}' stopped after {seconds} s (the time limit); "
                "nothing was written; raise the limit with --max-seconds N, or 0 for none",
            )
        ) from None
    except MemoryError:
        raise EditionError(
            Problem(
                where,
                f"edition '{edition.name}' needed more than "
                f"{limits.format_number(bounds.max_memory_mb)} MB of memory (the limit); nothing "
                "was written; raise the limit with --max-memory-mb N, or 0 for none",
            )
        ) from None


def _run_builds(jobs: list[tuple[Layer, Edition, Path | None]], args) -> int:
    """Build the jobs: in worker processes forked from this one when there are several and
    more than one processor (edition/cli/workers.py), else one after the other. As each edition
    finishes, this process writes its file and reports it with the problems not printed yet;
    a summary line with the count of warnings ends the run.

    Ctrl-C or SIGTERM stops every build at once: files written before stay (the last line
    names them), no other is replaced; exit 130 (SIGINT) or 143 (SIGTERM).
    """
    from edition.pipeline.build import write_edition
    from edition.text.source import display_path

    started = time.perf_counter()
    _check_environment()
    _refuse_shared_outputs(jobs, args)
    report = Report(bool(args.verbose), {display_path(layer.article) for layer, _e, _o in jobs})
    failed: list[BaseException] = []
    written: list[tuple[Path, str]] = []

    def deliver(index: int, outcome) -> None:
        layer, edition, _out = jobs[index]
        if isinstance(outcome, workers.Failure):
            if outcome.signum in workers.STOP_SIGNALS:  # the worker alone was stopped
                raise workers.Stopped(outcome.signum)
            outcome = _failure(layer, edition, outcome)
        if isinstance(outcome, BaseException):
            failed.append(outcome)
            if isinstance(outcome, EditionError):
                report.add(outcome.problems)
            return
        try:
            built = write_edition(outcome)
        except EditionError as exc:
            failed.append(exc)
            report.add(exc.problems)
            return
        written.append((built.path, edition.name))
        report.add(built.warnings)
        cpu = sum(c for c, _ in built.stages.values())
        log.debug(
            "%s: %s",
            built.path,
            ", ".join(f"{name} {c:.2f} s" for name, (c, _w) in built.stages.items()),
        )
        if built.pages:
            log.info("wrote %s (%d pages, %.1f s CPU)", built.path, built.pages, cpu)
        else:  # the HTML preview has no pages
            log.info("wrote %s (%.1f s CPU)", built.path, cpu)

    def make(index: int):
        layer, edition, out = jobs[index]
        try:
            return make_one(layer, edition, out, _format(args, edition), bool(args.strict))
        except EditionError as exc:
            return exc

    processes = min(len(jobs), workers.cpus())
    try:
        with workers.stop_signals(), workers.private_tempdir():
            if processes > 1:
                from edition import cache

                cache.check_writable()  # before the workers fork: one warning, not one per worker
                _warm(jobs, args)
                workers.run([lambda i=i: make(i) for i in range(len(jobs))], processes, deliver)
            else:
                for index in range(len(jobs)):
                    outcome = make(index)
                    with workers.signals_held():
                        deliver(index, outcome)
    except workers.Stopped as stop:
        message = _stopped_message(stop.signum, written, len(jobs))
        print(escape_controls(message), file=sys.stderr, flush=True)
        return 128 + stop.signum
    for exc in failed:
        if not isinstance(exc, EditionError):
            raise exc  # a bug of ours in a worker: main reports it (exit 3)
    log.info(
        "%d of %d editions built in %.1f s%s",
        len(written),
        len(jobs),
        time.perf_counter() - started,
        report.summary(),
    )
    return 1 if failed else 0


def _check_environment() -> None:
    """Refuse a bad SOURCE_DATE_EPOCH before anything reads it (fontconfig reads it too, and
    complains in its own words)."""
    from edition.files import source_date

    try:
        source_date()
    except ValueError as exc:
        raise EditionError(Problem(None, str(exc))) from None


def _refuse_shared_outputs(jobs: list[tuple[Layer, Edition, Path | None]], args) -> None:
    """Two editions of one run writing one file: the second would silently replace the first."""
    from edition.pipeline.output import output_name

    seen: dict[Path, Edition] = {}
    problems = []
    for layer, edition, out in jobs:
        path = out or Path("output") / output_name(edition.output, _format(args, edition))
        first = seen.setdefault(Path(os.path.abspath(path)), edition)
        if first is not edition:
            problems.append(
                Problem(
                    edition.loc or SourceLocation(layer.shown, 1),
                    f"editions '{first.name}' and '{edition.name}' both write {path}; give "
                    "each edition its own 'output'",
                )
            )
    if problems:
        raise EditionError(problems)


def _failure(layer: Layer, edition: Edition, failure: workers.Failure) -> BaseException:
    """What a worker that gave no result means: its exception, or an error naming the signal
    that ended it (out of memory, most likely)."""
    if failure.error is not None:
        if failure.detail:
            failure.error.add_note("in the worker process:\n" + failure.detail)
        return failure.error
    name = signal.Signals(failure.signum).name if failure.signum else "a signal"
    if failure.signum not in (signal.SIGABRT, signal.SIGKILL, signal.SIGSEGV, signal.SIGBUS):
        return RuntimeError(f"the process building edition '{edition.name}' ended with {name}")
    # What a native library does when an allocation fails under the bound (abort or crash),
    # and what the kernel does to a process when the machine runs out (SIGKILL).
    bounds = limits.current()
    bound = (
        f"the limit is {limits.format_number(bounds.max_memory_mb)} MB"
        if bounds.max_memory_mb
        else "no limit was set"
    )
    return EditionError(
        Problem(
            edition.loc or SourceLocation(layer.shown, 1),
            f"the process building edition '{edition.name}' ended with {name}, most likely out "
            f"of memory ({bound}); nothing was written; build it alone (--edition NAME) or "
            "change the limit with --max-memory-mb N",
        )
    )


def _stopped_message(signum: int, written: list[tuple[Path, str]], total: int) -> str:
    """The last line of a stopped run: which editions it wrote before the signal (they stay)."""
    what = "interrupted" if signum == signal.SIGINT else f"stopped by {signal.Signals(signum).name}"
    if not written:
        return f"{what}: no edition was written; previous outputs are untouched"
    files = ", ".join(f"{path} ({name})" for path, name in written)
    verb = "was" if len(written) == 1 else "were"
    return (
        f"{what}: {len(written)} of {total} editions {verb} written before it and kept: {files}; "
        "no other output was replaced"
    )


def _warm(jobs: list[tuple[Layer, Edition, Path | None]], args) -> None:
    """Import what every build imports, once, before the workers are forked from this process
    (issue 13, P7: bench/editions.py)."""
    import edition.pipeline.build  # noqa: F401

    if any(_format(args, e) == "pdf" for _layer, e, _out in jobs):
        import pikepdf  # noqa: F401
        import weasyprint  # noqa: F401


def _format(args, edition: Edition) -> str:
    """The command line's --format, else the edition's 'format', else pdf."""
    return getattr(args, "format", None) or edition.format or "pdf"


def build(args) -> int:
    _validate_overrides(args)
    layer = _load(args, args.notes)
    _validate_layout(args, layer)
    editions = _selected(layer, args)
    return _run_builds([(layer, e, _out(args, e, len(editions))) for e in editions], args)


def _out(args, edition: Edition, count: int) -> Path | None:
    """``--out``: a file (one edition), or a folder that gets each edition under its own file
    name: an existing one, one written with a final '/', or, for several editions, a name
    without a file extension (no one means ``--out proofs`` as one file for all of them)."""
    if args.out is None:
        return None
    out = Path(args.out)
    folder = out.is_dir() or args.out.endswith(("/", os.sep)) or (count > 1 and not out.suffix)
    if folder:
        from edition.pipeline.output import output_name

        return out / output_name(edition.output, _format(args, edition))
    if count > 1:
        raise _usage_error(
            args,
            f"--out {args.out} names one file for {count} editions: add --edition NAME, or "
            "give a folder",
        )
    return out


def build_all(args) -> int:
    notes_files = sorted(Path("notes").glob("*.yaml"))
    if not notes_files:
        print(
            f"{args.prog}: error: no notes/*.yaml here; run it from the project folder or "
            "give 'build NOTES'",
            file=sys.stderr,
        )
        return 2
    jobs, failed = [], False
    args.out = None
    for notes in notes_files:
        try:
            layer = _load(args, notes)
        except EditionError as exc:
            failed = True
            print_problems(exc.problems)
            continue
        jobs.extend((layer, e, None) for e in _selected(layer, args))
    code = _run_builds(jobs, args) if jobs else 0
    return 1 if failed else code


def check(args) -> int:
    from edition.pipeline.fontgaps import font_gaps
    from edition.pipeline.prepare import clean_article, prepare
    from edition.text.source import display_path

    layer = _load(args, args.notes)
    _check_environment()
    warnings: list[Problem] = []
    for edition in layer.editions:
        prepared = prepare(layer, edition)
        found = prepared.warnings
        if (edition.format or "pdf") == "pdf":  # what the build warns of, without the render
            found = found + font_gaps(prepared)
        warnings.extend(w for w in found if w not in warnings)
    report = _strict_check(args, warnings, {display_path(layer.article)})
    hidden = f" ({report.hidden} not shown, see --verbose)" if report.hidden else ""
    log.info(
        "%s: %s, %s, %s, %s%s",
        layer.shown,
        _counted(len(layer.editions), "edition"),
        _counted(len(layer.notes), "note"),
        _counted(len(layer.glossary), "glossary entry", "glossary entries"),
        _counted(len(warnings), "warning"),
        hidden,
    )
    cleaned = clean_article(layer)
    repairs = sum(1 for c in cleaned.changes if c.kind != "correction")
    spots = sum(1 for p in cleaned.problems if p.level == "warning")
    log.info(
        "%s, %s (see clean --diff)",
        _counted(repairs, "automatic repair"),
        f"{spots} spot needs you" if spots == 1 else f"{spots} spots need you",
    )
    return 0


def _counted(n: int, one: str, many: str = "") -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


def clean(args) -> int:
    from edition.pipeline.prepare import clean_article
    from edition.text import clean as clean_stage

    layer = _load(args, args.notes)
    cleaned = clean_article(layer)
    if getattr(args, "text", False):
        # the article itself, line by line; a control character (not a tab) is written as an
        # escape, so that a hostile article cannot drive the terminal
        for line in cleaned.text.rstrip("\n").split("\n"):
            print("\t".join(escape_controls(part) for part in line.split("\t")))
    else:
        lines = (
            clean_stage.diff_lines(cleaned)
            if getattr(args, "diff", False)
            else clean_stage.report_lines(cleaned)
        )
        for line in lines:
            print(escape_controls(line))
    errors = [p for p in cleaned.problems if p.level == "error"]
    if errors:
        raise EditionError(errors)
    if args.strict and cleaned.problems:
        return 1
    return 0


def readings(args) -> int:
    from edition.pipeline.prepare import prepare
    from edition.pipeline.review import review_document
    from edition.readings.proof import format_review

    layer = _load(args, args.notes)
    edition = layer.editions[0]
    prepared = prepare(layer, edition)
    rows = review_document(prepared, guesses_only=args.guesses)
    print(_shown(format_review(rows, tsv=args.tsv)), end="")
    return 0


def _shown(table: str) -> str:
    """Lines of tab-separated cells quoting the article, with control characters escaped in
    each cell (the line ends and tabs of the table stay)."""
    return "\n".join(
        "\t".join(escape_controls(cell) for cell in line.split("\t")) for line in table.split("\n")
    )


def pinyin(args) -> int:
    from edition.readings.engine import pinyin_command
    from edition.readings.styles import STYLES

    if args.style not in STYLES:
        print(
            f"{args.prog}: error: unknown --style '{args.style}'; expected one of: "
            f"{', '.join(STYLES)}",
            file=sys.stderr,
        )
        return 2
    for line in pinyin_command(
        _utf8_lines(sys.stdin), args.style, args.tsv, sandhi=args.sandhi, neutral=args.neutral
    ):
        print(line)
    return 0


def _utf8_lines(stream) -> Iterator[str]:
    """The lines of a text stream read as strict UTF-8 (whatever the locale says); bytes that
    are not UTF-8 end the command with an error at their line and column."""
    raw = getattr(stream, "buffer", None)
    if raw is None:  # already text (a test's StringIO)
        yield from stream
        return
    for number, line in enumerate(raw, 1):
        try:
            yield line.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            col = len(line[: exc.start].decode("utf-8", errors="replace")) + 1
            raise EditionError(
                Problem(
                    SourceLocation("<stdin>", number, col),
                    f"byte 0x{line[exc.start]:02x} is not UTF-8; pinyin reads UTF-8 text "
                    "(convert it first, e.g. iconv -f GB18030 -t UTF-8)",
                )
            ) from None


def new(args) -> int:
    from edition.notes.scaffold import scaffold

    path = scaffold(args.article, Path("notes"))
    print(path)
    return 0


def layouts(args) -> int:
    from edition.render.layouts import LayoutSearch
    from edition.text.source import display_path

    for folder in args.layout_dirs:
        if not folder.is_dir():
            raise _usage_error(args, f"--layouts '{folder}' is not a folder")
    search = LayoutSearch.for_notes(None, args.layout_dirs)
    problems: list[Problem] = []
    for name in search.names():
        try:
            layout = search.load(name)
        except EditionError as exc:
            problems += exc.problems
            continue
        based = f" (extends {layout.bases[0].name})" if layout.bases else ""
        # The folder in full when outside the working one: to copy a built-in layout from.
        print(
            escape_controls(
                f"{name:10} {layout.description}{based}  [{display_path(layout.folder)}/]"
            )
        )
    if problems:
        raise EditionError(problems)
    return 0


def completion(args) -> int:
    import shtab

    from edition.cli.main import _word

    args.parser.prog = _word(args.prog)
    print(shtab.complete(args.parser, shell=args.shell), end="")
    return 0
