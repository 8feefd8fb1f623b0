"""The CLI's commands; each takes parsed arguments and returns an exit code."""

from __future__ import annotations

import logging
import os
import re
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import replace
from pathlib import Path

from edition import limits
from edition.cli.report import Report, print_problems, setup_logging
from edition.errors import EditionError, Problem
from edition.model import SourceLocation
from edition.notes.layer import Edition, Layer

log = logging.getLogger("edition")
STAGES = ("load", "clean", "convert", "anchor", "readings", "segment", "html", "pdf")


def _progress(edition: Edition):
    def report(stage: str) -> None:
        log.info("[%s] Step %d/%d - %s", edition.name, STAGES.index(stage) + 1, len(STAGES), stage)

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
)


def _selected(layer: Layer, args) -> list[Edition]:
    """The editions to build, with the command line's overrides. An edition an override
    changes gets a file name of its own (``t-booklet-t2s.pdf``): its own file stays as it is."""
    editions = layer.editions
    if getattr(args, "edition", None):
        editions = [e for e in editions if e.name == args.edition]
        if not editions:
            names = ", ".join(e.name for e in layer.editions)
            raise EditionError(
                Problem(
                    SourceLocation(layer.shown, 1),
                    f"no edition named '{args.edition}'; the file declares: {names}",
                )
            )
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
    """Build one edition within the time bound; returns (output path, stage timings, pages,
    warnings).

    ``bounds``: the run's limits (passed explicitly: this may run in a worker process).
    Raises EditionError, also when the time bound is reached; nothing is written then.
    """
    bounds = bounds or limits.current()
    limits.configure(bounds)
    try:
        with limits.time_limit(bounds.max_seconds):
            return _build_one(layer, edition, out, fmt, strict)
    except limits.TimeLimitExceeded:
        where = edition.loc or SourceLocation(layer.shown, 1)
        seconds = limits.format_number(bounds.max_seconds)
        raise EditionError(
            Problem(
                where,
                f"edition '{edition.name}' stopped after {seconds} s (the time limit); "
                "nothing was written; raise the limit with --max-seconds N, or 0 for none",
            )
        ) from None


def _build_one(
    layer: Layer, edition: Edition, out: Path | None, fmt: str, strict: bool
) -> tuple[str, dict, int, list[Problem]]:
    from edition.pipeline.build import build_edition

    built = build_edition(layer, edition, out, fmt, strict=strict, progress=_progress(edition))
    return str(built.path), built.stages, built.pages, built.warnings


def _run_builds(jobs: list[tuple[Layer, Edition, Path | None]], args) -> int:
    """Build the jobs (in parallel processes when there are several). As each edition
    finishes, its problems not printed yet and the file it wrote are reported; a summary line
    with the count of warnings ends the run."""
    from edition.text.source import display_path

    started = time.perf_counter()
    report = Report(bool(args.verbose), {display_path(layer.article) for layer, _e, _o in jobs})
    failed = False
    built = 0

    def collect(run) -> None:
        nonlocal failed, built
        try:
            path, stages, pages, warnings = run()
        except EditionError as exc:
            failed = True
            report.add(exc.problems)
            return
        report.add(warnings)
        built += 1
        cpu = sum(c for c, _ in stages.values())
        log.debug(
            "%s: %s", path, ", ".join(f"{name} {c:.2f} s" for name, (c, _w) in stages.items())
        )
        if pages:
            log.info("wrote %s (%d pages, %.1f s CPU)", path, pages, cpu)
        else:  # the HTML preview has no pages
            log.info("wrote %s (%.1f s CPU)", path, cpu)

    if len(jobs) > 1 and (os.cpu_count() or 1) > 1:
        from edition import cache

        cache.check_writable()  # before the workers fork: one warning, not one per worker
        with ProcessPoolExecutor(
            max_workers=min(len(jobs), os.cpu_count() or 1),
            initializer=_child_logging,
            initargs=(log.level,),
        ) as pool:
            futures = [
                pool.submit(
                    build_one, n, e, o, _format(args, e), bool(args.strict), limits.current()
                )
                for n, e, o in jobs
            ]
            for future in as_completed(futures):
                collect(future.result)
    else:
        for layer, edition, out in jobs:
            collect(
                lambda n=layer, e=edition, o=out: build_one(
                    n, e, o, _format(args, e), bool(args.strict)
                )
            )
    log.info(
        "%d of %d editions built in %.1f s%s",
        built,
        len(jobs),
        time.perf_counter() - started,
        report.summary(),
    )
    return 1 if failed else 0


def _format(args, edition: Edition) -> str:
    """The command line's --format, else the edition's 'format', else pdf."""
    return getattr(args, "format", None) or edition.format or "pdf"


def _child_logging(level: int) -> None:
    class _Args:
        verbose = level <= logging.DEBUG
        quiet = level >= logging.WARNING

    setup_logging(_Args)


def build(args) -> int:
    _validate_overrides(args)
    layer = _load(args, args.notes)
    _validate_layout(args, layer)
    editions = _selected(layer, args)
    return _run_builds([(layer, e, _out(args, e, len(editions))) for e in editions], args)


def _out(args, edition: Edition, count: int) -> Path | None:
    """``--out``: a file (one edition), or a folder (existing, or written with a final '/')
    that gets each edition under its own file name."""
    if args.out is None:
        return None
    out = Path(args.out)
    if out.is_dir() or args.out.endswith(("/", os.sep)):
        from edition.pipeline.output import output_name

        return out / output_name(edition.output, _format(args, edition))
    if count > 1:
        raise _usage_error(
            args, "--out FILE needs a single edition: add --edition NAME, or give a folder"
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
    from edition.pipeline.prepare import prepare
    from edition.text.source import display_path

    layer = _load(args, args.notes)
    warnings: list[Problem] = []
    for edition in layer.editions:
        prepared = prepare(layer, edition)
        warnings.extend(w for w in prepared.warnings if w not in warnings)
    report = _strict_check(args, warnings, {display_path(layer.article)})
    hidden = f" ({report.hidden} not shown, see --verbose)" if report.hidden else ""
    log.info(
        "%s: %d editions, %d notes, %d glossary entries, %d warnings%s",
        layer.shown,
        len(layer.editions),
        len(layer.notes),
        len(layer.glossary),
        len(warnings),
        hidden,
    )
    return 0


def clean(args) -> int:
    from edition.notes import corrections
    from edition.text import clean as clean_stage
    from edition.text.source import load_source

    layer = _load(args, args.notes)
    cleaned = corrections.apply_corrections(
        clean_stage.clean(load_source(layer.article)), layer.corrections
    )
    for line in clean_stage.report_lines(cleaned):
        print(line)
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
    print(format_review(rows, tsv=args.tsv), end="")
    return 0


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
        sys.stdin, args.style, args.tsv, sandhi=args.sandhi, neutral=args.neutral
    ):
        print(line)
    return 0


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
        print(f"{name:10} {layout.description}{based}  [{display_path(layout.folder)}/]")
    if problems:
        raise EditionError(problems)
    return 0


def completion(args) -> int:
    import shtab

    from edition.cli.main import _word

    args.parser.prog = _word(args.prog)
    print(shtab.complete(args.parser, shell=args.shell), end="")
    return 0
